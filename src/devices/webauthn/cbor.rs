//! A small, strict CBOR reader (RFC 8949) for the two CBOR structures WebAuthn sends: the
//! attestation object and COSE keys (inside authenticator data).
//!
//! Only definite lengths (CTAP2's canonical encoding has no other), at most
//! [`MAX_DEPTH`] levels of nesting, and every declared length is checked against the
//! bytes that are left before anything is allocated, so hostile input costs at most its
//! own size and never panics.

/// Deepest nesting accepted (an attestation object is three levels deep).
pub const MAX_DEPTH: usize = 16;

/// A decoded CBOR item.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Major type 0.
    Unsigned(u64),
    /// Major type 1: `-1 - n`, kept exactly.
    Negative(i128),
    /// Major type 2.
    Bytes(Vec<u8>),
    /// Major type 3 (valid UTF-8).
    Text(String),
    /// Major type 4.
    Array(Vec<Value>),
    /// Major type 5, in the order sent.
    Map(Vec<(Value, Value)>),
    /// A tagged item (major type 6).
    Tag(u64, Box<Value>),
    /// `false` / `true`.
    Bool(bool),
    /// `null`.
    Null,
    /// `undefined`.
    Undefined,
    /// A float (major type 7), as its bits widened to f64.
    Float(f64),
}

/// Why input is not acceptable CBOR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CborError {
    /// The input ends inside an item.
    #[error("CBOR input ends early")]
    Truncated,
    /// Bytes follow the item.
    #[error("unexpected bytes after the CBOR item")]
    Trailing,
    /// Indefinite lengths, reserved values, invalid UTF-8 or too deep.
    #[error("malformed CBOR: {0}")]
    Malformed(&'static str),
}

impl Value {
    /// An integer item as `i128` (both major types 0 and 1).
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Value::Unsigned(n) => Some(i128::from(*n)),
            Value::Negative(n) => Some(*n),
            _ => None,
        }
    }

    /// A byte string's contents.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// A text string's contents.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// A map's entries.
    pub fn as_map(&self) -> Option<&[(Value, Value)]> {
        match self {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The value under a text key of a map (the first, keys are unique in valid input).
    pub fn get_text_key(&self, key: &str) -> Option<&Value> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_text() == Some(key))
            .map(|(_, v)| v)
    }

    /// The value under an integer key of a map (COSE keys use them).
    pub fn get_int_key(&self, key: i128) -> Option<&Value> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_int() == Some(key))
            .map(|(_, v)| v)
    }
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
    let mut reader = Reader { input, pos: 0 };
    let value = reader.item(0)?;
    Ok((value, reader.pos))
}

struct Reader<'a> {
    input: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.input.len() - self.pos
    }

    fn take(&mut self, n: usize) -> Result<&[u8], CborError> {
        if n > self.remaining() {
            return Err(CborError::Truncated);
        }
        let bytes = &self.input[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    fn byte(&mut self) -> Result<u8, CborError> {
        Ok(self.take(1)?[0])
    }

    /// The argument of an initial byte with additional information `info`.
    fn argument(&mut self, info: u8) -> Result<u64, CborError> {
        Ok(match info {
            0..=23 => u64::from(info),
            24 => u64::from(self.byte()?),
            25 => u64::from(u16::from_be_bytes(
                self.take(2)?.try_into().map_err(|_| CborError::Truncated)?,
            )),
            26 => u64::from(u32::from_be_bytes(
                self.take(4)?.try_into().map_err(|_| CborError::Truncated)?,
            )),
            27 => u64::from_be_bytes(self.take(8)?.try_into().map_err(|_| CborError::Truncated)?),
            31 => return Err(CborError::Malformed("indefinite length")),
            _ => return Err(CborError::Malformed("reserved additional information")),
        })
    }

    /// A length that must fit in what is left (each element takes at least one byte).
    fn length(&mut self, info: u8) -> Result<usize, CborError> {
        let n = self.argument(info)?;
        match usize::try_from(n) {
            Ok(n) if n <= self.remaining() => Ok(n),
            _ => Err(CborError::Truncated),
        }
    }

    fn item(&mut self, depth: usize) -> Result<Value, CborError> {
        if depth > MAX_DEPTH {
            return Err(CborError::Malformed("nested too deeply"));
        }
        let initial = self.byte()?;
        let (major, info) = (initial >> 5, initial & 0x1f);
        Ok(match major {
            0 => Value::Unsigned(self.argument(info)?),
            1 => Value::Negative(-1 - i128::from(self.argument(info)?)),
            2 => {
                let n = self.length(info)?;
                Value::Bytes(self.take(n)?.to_vec())
            }
            3 => {
                let n = self.length(info)?;
                let text = std::str::from_utf8(self.take(n)?)
                    .map_err(|_| CborError::Malformed("text is not UTF-8"))?;
                Value::Text(text.to_owned())
            }
            4 => {
                let n = self.length(info)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.item(depth + 1)?);
                }
                Value::Array(items)
            }
            5 => {
                // Each entry takes at least two bytes.
                let n = self.length(info)?;
                if n.saturating_mul(2) > self.remaining() {
                    return Err(CborError::Truncated);
                }
                let mut entries = Vec::with_capacity(n);
                for _ in 0..n {
                    let key = self.item(depth + 1)?;
                    let value = self.item(depth + 1)?;
                    entries.push((key, value));
                }
                Value::Map(entries)
            }
            6 => {
                let tag = self.argument(info)?;
                Value::Tag(tag, Box::new(self.item(depth + 1)?))
            }
            _ => match info {
                20 => Value::Bool(false),
                21 => Value::Bool(true),
                22 => Value::Null,
                23 => Value::Undefined,
                25 => {
                    let bits = self.argument(info)? as u16;
                    Value::Float(f16_to_f64(bits))
                }
                26 => Value::Float(f64::from(f32::from_bits(self.argument(info)? as u32))),
                27 => Value::Float(f64::from_bits(self.argument(info)?)),
                _ => return Err(CborError::Malformed("unsupported simple value")),
            },
        })
    }
}

fn f16_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let fraction = f64::from(bits & 0x3ff);
    sign * match exponent {
        0 => fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + fraction / 1024.0) * 2f64.powi(e - 15),
    }
}

/// A minimal CBOR writer, enough for tests to build attestation objects and COSE keys.
#[cfg(test)]
pub(crate) fn encode(value: &Value) -> Vec<u8> {
    fn head(out: &mut Vec<u8>, major: u8, n: u64) {
        let m = major << 5;
        if n < 24 {
            out.push(m | n as u8);
        } else if n <= 0xff {
            out.extend([m | 24, n as u8]);
        } else if n <= 0xffff {
            out.push(m | 25);
            out.extend((n as u16).to_be_bytes());
        } else if n <= 0xffff_ffff {
            out.push(m | 26);
            out.extend((n as u32).to_be_bytes());
        } else {
            out.push(m | 27);
            out.extend(n.to_be_bytes());
        }
    }
    fn go(out: &mut Vec<u8>, value: &Value) {
        match value {
            Value::Unsigned(n) => head(out, 0, *n),
            Value::Negative(n) => head(out, 1, (-1 - *n) as u64),
            Value::Bytes(b) => {
                head(out, 2, b.len() as u64);
                out.extend(b);
            }
            Value::Text(s) => {
                head(out, 3, s.len() as u64);
                out.extend(s.as_bytes());
            }
            Value::Array(items) => {
                head(out, 4, items.len() as u64);
                items.iter().for_each(|i| go(out, i));
            }
            Value::Map(entries) => {
                head(out, 5, entries.len() as u64);
                for (k, v) in entries {
                    go(out, k);
                    go(out, v);
                }
            }
            Value::Tag(t, v) => {
                head(out, 6, *t);
                go(out, v);
            }
            Value::Bool(b) => out.push(0xf4 + u8::from(*b)),
            Value::Null => out.push(0xf6),
            Value::Undefined => out.push(0xf7),
            Value::Float(f) => {
                out.push(0xfb);
                out.extend(f.to_bits().to_be_bytes());
            }
        }
    }
    let mut out = Vec::new();
    go(&mut out, value);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_the_shapes_webauthn_uses() {
        let v = Value::Map(vec![
            (Value::Text("fmt".into()), Value::Text("none".into())),
            (Value::Text("attStmt".into()), Value::Map(vec![])),
            (Value::Text("authData".into()), Value::Bytes(vec![7; 300])),
            (Value::Negative(-1), Value::Unsigned(1)),
            (Value::Unsigned(3), Value::Negative(-257)),
            (
                Value::Text("f".into()),
                Value::Array(vec![Value::Bool(true), Value::Null]),
            ),
        ]);
        let bytes = encode(&v);
        assert_eq!(decode(&bytes), Ok(v.clone()));
        assert_eq!(v.get_int_key(3).and_then(Value::as_int), Some(-257));
        assert_eq!(v.get_text_key("fmt").and_then(Value::as_text), Some("none"));
    }

    #[test]
    fn known_encodings() {
        assert_eq!(decode(&[0x39, 0x01, 0x00]), Ok(Value::Negative(-257)));
        assert_eq!(decode(&[0x26]), Ok(Value::Negative(-7)));
        assert_eq!(
            decode(&[0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Ok(Value::Unsigned(u64::MAX))
        );
        assert_eq!(
            decode(&[0x3b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Ok(Value::Negative(-1 - i128::from(u64::MAX)))
        );
        assert_eq!(decode(&[0xf9, 0x3c, 0x00]), Ok(Value::Float(1.0)));
    }

    #[test]
    fn hostile_input_is_refused_without_panicking_or_allocating() {
        // A byte string claiming 2^64-1 bytes, a map claiming 2^32 entries.
        assert_eq!(
            decode(&[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Err(CborError::Truncated)
        );
        assert_eq!(
            decode(&[0xba, 0xff, 0xff, 0xff, 0xff]),
            Err(CborError::Truncated)
        );
        assert_eq!(
            decode(&[0x9f]),
            Err(CborError::Malformed("indefinite length"))
        );
        assert_eq!(
            decode(&[0x1c]),
            Err(CborError::Malformed("reserved additional information"))
        );
        assert_eq!(
            decode(&[0x62, 0xff, 0xfe]),
            Err(CborError::Malformed("text is not UTF-8"))
        );
        assert_eq!(decode(&[0x00, 0x00]), Err(CborError::Trailing));
        assert_eq!(decode(&[]), Err(CborError::Truncated));
        let deep = vec![0x81; 100];
        assert_eq!(
            decode(&deep),
            Err(CborError::Malformed("nested too deeply"))
        );
        // Every prefix of a valid item is refused, never a panic.
        let valid = encode(&Value::Map(vec![(
            Value::Text("a".into()),
            Value::Bytes(vec![1, 2, 3]),
        )]));
        for end in 0..valid.len() {
            assert!(decode(&valid[..end]).is_err());
        }
        // Arbitrary bytes never panic.
        for seed in 0u32..2000 {
            let bytes: Vec<u8> = (0..16)
                .map(|i| (seed.wrapping_mul(2654435761).rotate_left(i) & 0xff) as u8)
                .collect();
            let _ = decode(&bytes);
        }
    }
}
