//! Getting PHP source (bytes) through a `str` parser and back.

use std::borrow::Cow;

/// First code point used to carry a non-UTF-8 byte: U+10FF00 + byte (plane 16 private use).
const CARRIER: u32 = 0x10FF00;

/// The source as text the parser accepts: valid UTF-8 passes through; each byte of an invalid
/// sequence becomes a carrier character. Short open tags (`<?` followed by whitespace) become
/// `<?php`, as `short_open_tag=On` (PHP's default) reads them.
pub fn prepare(src: &[u8]) -> String {
    let text = match std::str::from_utf8(src) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let mut out = String::with_capacity(src.len() + 16);
            let mut rest = src;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY-free: from_utf8 validated this prefix.
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        for &b in &rest[good..good + bad] {
                            out.push(char::from_u32(CARRIER + b as u32).unwrap_or('\u{FFFD}'));
                        }
                        rest = &rest[good + bad..];
                    }
                }
            }
            Cow::Owned(out)
        }
    };
    short_tags(&text)
}

/// Rewrites short open tags in HTML context to `<?php `.
fn short_tags(text: &str) -> String {
    if !text.contains("<?") {
        return text.to_string();
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    let mut html = true;
    let mut last = 0;
    while i < b.len() {
        if html {
            if b[i] == b'<' && i + 1 < b.len() && b[i + 1] == b'?' {
                let rest = &b[i + 2..];
                let is_php = rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"php");
                let is_echo = rest.first() == Some(&b'=');
                if !is_php && !is_echo {
                    out.push_str(&text[last..i]);
                    out.push_str("<?php ");
                    last = i + 2;
                }
                html = false;
                i += 2;
                continue;
            }
            i += 1;
        } else {
            match b[i] {
                b'?' if i + 1 < b.len() && b[i + 1] == b'>' => {
                    html = true;
                    i += 2;
                }
                b'\'' | b'"' | b'`' => {
                    let q = b[i];
                    i += 1;
                    while i < b.len() && b[i] != q {
                        if b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                b'#' if i + 1 < b.len() && b[i + 1] == b'[' => i += 2,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        if b[i] == b'?' && i + 1 < b.len() && b[i + 1] == b'>' {
                            break;
                        }
                        i += 1;
                    }
                }
                b'/' if i + 1 < b.len() && b[i + 1] == b'/' => {
                    while i < b.len() && b[i] != b'\n' {
                        if b[i] == b'?' && i + 1 < b.len() && b[i + 1] == b'>' {
                            break;
                        }
                        i += 1;
                    }
                }
                b'/' if i + 1 < b.len() && b[i + 1] == b'*' => {
                    i += 2;
                    while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                b'<' if b[i..].starts_with(b"<<<") => {
                    // Heredoc/nowdoc: skip to the closing label.
                    let mut j = i + 3;
                    while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                        j += 1;
                    }
                    let quoted = j < b.len() && (b[j] == b'\'' || b[j] == b'"');
                    if quoted {
                        j += 1;
                    }
                    let ls = j;
                    while j < b.len()
                        && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] >= 0x80)
                    {
                        j += 1;
                    }
                    let label = &text[ls..j];
                    if label.is_empty() {
                        i += 3;
                        continue;
                    }
                    let mut k = j;
                    loop {
                        let Some(nl) = text[k..].find('\n') else {
                            i = b.len();
                            break;
                        };
                        k += nl + 1;
                        let line = text[k..].trim_start_matches([' ', '\t']);
                        if let Some(after) = line.strip_prefix(label) {
                            let c = after.as_bytes().first().copied().unwrap_or(b'\n');
                            if !(c.is_ascii_alphanumeric() || c == b'_') {
                                i = k;
                                break;
                            }
                        }
                    }
                }
                _ => i += 1,
            }
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The bytes of a literal as the script wrote them (carrier characters back to raw bytes).
pub fn restore(b: &[u8]) -> Cow<'_, [u8]> {
    // Carriers encode as F4 8F BC/BD xx (U+10FF00..U+10FFFF).
    if !b.windows(2).any(|w| w[0] == 0xF4 && w[1] == 0x8F) {
        return Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if i + 3 < b.len()
            && b[i] == 0xF4
            && b[i + 1] == 0x8F
            && (b[i + 2] == 0xBC || b[i + 2] == 0xBD || b[i + 2] == 0xBE || b[i + 2] == 0xBF)
        {
            let cp = ((b[i] as u32 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F);
            if cp >= CARRIER {
                out.push((cp - CARRIER) as u8);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_round_trip() {
        let src = b"<?php echo \"\xff\xfe ok\";";
        let t = prepare(src);
        let lit_start = t.find('"').unwrap() + 1;
        let lit_end = t.rfind('"').unwrap();
        assert_eq!(&*restore(&t.as_bytes()[lit_start..lit_end]), b"\xff\xfe ok");
    }

    #[test]
    fn short_tag_becomes_php_tag() {
        assert_eq!(
            short_tags("<? echo 1; ?>x<?= 2 ?>"),
            "<?php  echo 1; ?>x<?= 2 ?>"
        );
    }
}
