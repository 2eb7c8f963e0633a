//! CBOR (RFC 8949) through `ciborium`: the two CBOR structures WebAuthn sends (the
//! attestation object, and COSE keys inside authenticator data) and the lookups the
//! ceremonies make in them. What stays ours is where an item ends (authenticator data holds
//! a key followed by extensions), the nesting limit and the map lookups.
//!
//! Inputs are bounded before they get here (the answer's base64url fields have maximum
//! sizes), so a length an item declares cannot make the parser read past what was sent.

pub use ciborium::Value;

/// Deepest nesting accepted (an attestation object is three levels deep).
pub const MAX_DEPTH: usize = 16;

/// Why input is not acceptable CBOR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CborError {
    /// Not one well-formed item (truncated, invalid, too deep).
    #[error("malformed CBOR")]
    Malformed,
    /// Bytes follow the item.
    #[error("unexpected bytes after the CBOR item")]
    Trailing,
}

/// Decodes exactly one item that fills `input`.
pub fn decode(input: &[u8]) -> Result<Value, CborError> {
    let (value, used) = decode_prefix(input)?;
    if used != input.len() {
        return Err(CborError::Trailing);
    }
    Ok(value)
}

/// Decodes the item at the start of `input`; returns it and how many bytes it took.
pub fn decode_prefix(input: &[u8]) -> Result<(Value, usize), CborError> {
    let mut rest = input;
    let value: Value = ciborium::de::from_reader_with_recursion_limit(&mut rest, MAX_DEPTH)
        .map_err(|_| CborError::Malformed)?;
    Ok((value, input.len() - rest.len()))
}

/// Encodes `value` (the tests' authenticators and COSE keys).
#[cfg(test)]
pub(crate) fn encode(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::ser::into_writer(value, &mut out).expect("CBOR into a Vec");
    out
}

/// The lookups the ceremonies make in decoded items.
pub(crate) trait Lookup {
    /// An integer item as `i128`.
    fn int(&self) -> Option<i128>;
    /// A byte string's contents.
    fn bytes(&self) -> Option<&[u8]>;
    /// A map's value under a text key (the first: keys are unique in valid input).
    fn get_text_key(&self, key: &str) -> Option<&Value>;
}

impl Lookup for Value {
    fn int(&self) -> Option<i128> {
        self.as_integer().map(i128::from)
    }

    fn bytes(&self) -> Option<&[u8]> {
        self.as_bytes().map(Vec::as_slice)
    }

    fn get_text_key(&self, key: &str) -> Option<&Value> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_text() == Some(key))
            .map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: i64) -> Value {
        Value::Integer(n.into())
    }

    #[test]
    fn round_trips_the_shapes_webauthn_uses() {
        let v = Value::Map(vec![
            (Value::Text("fmt".into()), Value::Text("none".into())),
            (Value::Text("attStmt".into()), Value::Map(vec![])),
            (Value::Text("authData".into()), Value::Bytes(vec![7; 300])),
            (int(-1), int(1)),
            (int(3), int(-257)),
            (
                Value::Text("f".into()),
                Value::Array(vec![Value::Bool(true), Value::Null]),
            ),
        ]);
        let bytes = encode(&v);
        assert_eq!(decode(&bytes), Ok(v.clone()));
        let cose_alg = v
            .as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.int() == Some(3)));
        assert_eq!(cose_alg.and_then(|(_, alg)| alg.int()), Some(-257));
        assert_eq!(v.get_text_key("fmt").and_then(Value::as_text), Some("none"));
        assert_eq!(
            v.get_text_key("authData")
                .and_then(Lookup::bytes)
                .map(<[u8]>::len),
            Some(300)
        );
    }

    #[test]
    fn an_item_ends_where_it_ends() {
        // A key followed by an extensions map, as in authenticator data.
        let mut bytes = encode(&Value::Map(vec![(int(1), int(2))]));
        let first = bytes.len();
        bytes.extend(encode(&Value::Map(vec![])));
        let (_, used) = decode_prefix(&bytes).expect("the first item");
        assert_eq!(used, first);
        assert_eq!(decode(&bytes), Err(CborError::Trailing));
        assert_eq!(decode(&[0x39, 0x01, 0x00]), Ok(int(-257)));
    }

    #[test]
    fn hostile_input_is_refused_without_panicking() {
        // Lengths far beyond the input, too deep, not UTF-8, nothing at all.
        for bad in [
            &[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff][..],
            &[0xba, 0xff, 0xff, 0xff, 0xff],
            &[0x1c],
            &[0x62, 0xff, 0xfe],
            &[],
        ] {
            assert_eq!(decode(bad), Err(CborError::Malformed), "{bad:?}");
        }
        assert_eq!(decode(&[0x81; 100]), Err(CborError::Malformed));
        let valid = encode(&Value::Map(vec![(
            Value::Text("a".into()),
            Value::Bytes(vec![1, 2, 3]),
        )]));
        for end in 0..valid.len() {
            assert!(decode(&valid[..end]).is_err());
        }
        for seed in 0u32..2000 {
            let bytes: Vec<u8> = (0..16)
                .map(|i| (seed.wrapping_mul(2654435761).rotate_left(i) & 0xff) as u8)
                .collect();
            let _ = decode(&bytes);
        }
    }
}
