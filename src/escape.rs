//! HTML escaping as Django's `django.utils.html.escape` does it: `&`, `<`, `>`, `"` and
//! `'`, nothing else. Tera's default also rewrites `/` as `&#x2F;`, an old OWASP
//! suggestion it has since dropped: a `/` cannot end a quoted attribute or open a tag,
//! and every URL on a page grew five bytes per slash. Both renderers (Tera's, through
//! `Tera::set_escape_fn`, and the precompiled plans), the error pages and the language
//! switcher's options use this one.

/// `input` with the five characters replaced by their entities (Django's `escape`).
pub(crate) fn escape_html(input: &str) -> String {
    let mut out = Vec::with_capacity(input.len());
    escape_html_into(input, &mut out);
    // Only ASCII bytes were replaced, by ASCII: still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// [`escape_html`], appended to `out` (no `String` per value).
pub(crate) fn escape_html_into(input: &str, out: &mut Vec<u8>) {
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    // Most values (tokens, names, paths) have nothing to escape: one scan, one copy.
    let Some(first) = input.as_bytes().iter().position(special) else {
        out.extend_from_slice(input.as_bytes());
        return;
    };
    out.reserve(input.len() + input.len() / 2);
    out.extend_from_slice(&input.as_bytes()[..first]);
    for &b in &input.as_bytes()[first..] {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#x27;",
            _ => {
                out.push(b);
                continue;
            }
        };
        out.extend_from_slice(entity);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_django_escapes_and_nothing_else() {
        // Pairs checked against Django 5.2's `django.utils.html.escape`.
        for (input, expected) in [
            ("", ""),
            ("plain-token_0123", "plain-token_0123"),
            ("/account/login/?next=/a%20b", "/account/login/?next=/a%20b"),
            (
                "<a href='x'>\"&\"</a>",
                "&lt;a href=&#x27;x&#x27;&gt;&quot;&amp;&quot;&lt;/a&gt;",
            ),
            ("é/ü✓&", "é/ü✓&amp;"),
            ("&amp;", "&amp;amp;"),
            ("`=", "`="),
        ] {
            assert_eq!(escape_html(input), expected, "{input}");
            let mut out = b"prefix:".to_vec();
            escape_html_into(input, &mut out);
            assert_eq!(out, format!("prefix:{expected}").as_bytes(), "{input}");
        }
    }
}
