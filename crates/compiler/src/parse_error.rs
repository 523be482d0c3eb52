//! PHP's wording for parse errors: `syntax error, unexpected token ";"`, `Unclosed '{'` …

use crate::{CompileError, LineMap};
use php_rs_parser::diagnostics::{ParseError, Phase};

/// Describes the token starting at `off` as PHP's parser names it.
fn describe_token(src: &str, off: usize) -> String {
    let rest = &src[off.min(src.len())..];
    let b = rest.as_bytes();
    if b.is_empty() {
        return "end of file".into();
    }
    let c = b[0];
    if c == b'$' && b.len() > 1 && (b[1].is_ascii_alphabetic() || b[1] == b'_' || b[1] >= 0x80) {
        let end = 1 + b[1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c >= 0x80)
            .count();
        return format!("variable \"{}\"", &rest[..end]);
    }
    if c.is_ascii_digit() {
        let end = b
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'_')
            .count();
        let tok = &rest[..end];
        let digits_end = b
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b'_')
            .count();
        if digits_end < end
            && !tok.contains('.')
            && !tok.starts_with("0x")
            && !tok.starts_with("0b")
            && !tok.contains(['e', 'E'])
        {
            return format!("integer \"{}\"", &rest[..digits_end]);
        }
        if tok.contains('.') || tok.contains(['e', 'E']) && !tok.starts_with("0x") {
            return format!("floating-point number \"{tok}\"");
        }
        return format!("integer \"{tok}\"");
    }
    if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 || c == b'\\' {
        let end = b
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c >= 0x80 || **c == b'\\')
            .count();
        let word = &rest[..end];
        if is_keyword(word) {
            return format!("token \"{}\"", word.to_ascii_lowercase());
        }
        if word.contains('\\') {
            return if word.starts_with('\\') {
                format!("fully qualified name \"{word}\"")
            } else {
                format!("qualified name \"{word}\"")
            };
        }
        return format!("identifier \"{word}\"");
    }
    if c == b'"' || c == b'\'' {
        let q = c;
        let mut i = 1;
        while i < b.len() && b[i] != q {
            if b[i] == b'\\' {
                i += 1;
            }
            i += 1;
        }
        let end = (i + 1).min(b.len());
        if q == b'\'' || !rest[..end].contains('$') {
            return format!(
                "double-quoted string \"{}\"",
                &rest[1..end.saturating_sub(1)]
            )
            .replace(
                if q == b'\'' { "double-quoted" } else { "\u{0}" },
                "single-quoted",
            );
        }
        return "token \"\"\"".into();
    }
    const OPS: [&str; 48] = [
        "<<<", "**=", "...", "<=>", "===", "!==", "??=", "?->", "<<=", ">>=", "++", "--", "->",
        "=>", "::", "==", "!=", "<>", "<=", ">=", "&&", "||", "??", "+=", "-=", "*=", "/=", ".=",
        "%=", "&=", "|=", "^=", "<<", ">>", "**", "?>", "<?", "(", ")", "[", "]", "{", "}", ";",
        ",", "=", "+", "-",
    ];
    for op in OPS {
        if rest.starts_with(op) {
            return format!("token \"{op}\"");
        }
    }
    let ch = rest.chars().next().unwrap_or(' ');
    format!("token \"{ch}\"")
}

fn is_keyword(w: &str) -> bool {
    const KW: &[&str] = &[
        "abstract",
        "and",
        "array",
        "as",
        "break",
        "callable",
        "case",
        "catch",
        "class",
        "clone",
        "const",
        "continue",
        "declare",
        "default",
        "do",
        "echo",
        "else",
        "elseif",
        "empty",
        "enddeclare",
        "endfor",
        "endforeach",
        "endif",
        "endswitch",
        "endwhile",
        "eval",
        "exit",
        "die",
        "extends",
        "final",
        "finally",
        "fn",
        "for",
        "foreach",
        "function",
        "global",
        "goto",
        "if",
        "implements",
        "include",
        "include_once",
        "instanceof",
        "insteadof",
        "interface",
        "isset",
        "list",
        "match",
        "namespace",
        "new",
        "or",
        "print",
        "private",
        "protected",
        "public",
        "readonly",
        "require",
        "require_once",
        "return",
        "static",
        "switch",
        "throw",
        "trait",
        "try",
        "unset",
        "use",
        "var",
        "while",
        "xor",
        "yield",
    ];
    KW.iter().any(|k| k.eq_ignore_ascii_case(w))
}

/// Converts the parser's first diagnostic to PHP's message and line.
pub fn convert(err: &ParseError, _all: &[ParseError], src: &str, lines: &LineMap) -> CompileError {
    let span = err.span();
    let line = lines.line(span.start);
    match err {
        ParseError::UnclosedDelimiter {
            delimiter,
            opened_at,
            ..
        } => {
            let d = delimiter.trim_matches('\'');
            let open = match d {
                ")" => "(",
                "]" => "[",
                _ => "{",
            };
            let at_eof = span.start as usize >= src.trim_end().len();
            if at_eof {
                // PHP reports at the end of the file, naming the opening line when it differs.
                let open_line = lines.line(opened_at.start);
                let end_line = lines.line(src.len() as u32);
                let message = if open_line == end_line {
                    format!("Unclosed '{open}'")
                } else {
                    format!("Unclosed '{open}' on line {open_line}")
                };
                return CompileError {
                    parse: true,
                    message,
                    line: end_line,
                };
            }
            CompileError {
                parse: true,
                message: format!(
                    "syntax error, unexpected {}",
                    describe_token(src, span.start as usize)
                ),
                line,
            }
        }
        ParseError::UnmatchedDelimiter { delimiter, .. } => CompileError {
            parse: true,
            message: format!("Unmatched '{}'", delimiter.trim_matches('\'')),
            line,
        },
        ParseError::Forbidden { message, .. }
            if message.starts_with("unterminated block comment") =>
        {
            CompileError {
                parse: true,
                message: format!("Unterminated comment starting line {line}"),
                line,
            }
        }
        ParseError::Forbidden { message, .. } => CompileError {
            parse: err.phase() == Phase::Parse,
            message: message.to_string(),
            line,
        },
        ParseError::UnterminatedString { .. } => CompileError {
            parse: true,
            message: "syntax error, unexpected end of file".into(),
            line: lines.line(src.len() as u32),
        },
        _ => {
            let mut off = span.start as usize;
            let bytes = src.as_bytes();
            while off < bytes.len() && bytes[off].is_ascii_whitespace() {
                off += 1;
            }
            let tok = describe_token(src, off);
            let line = if tok == "end of file" {
                lines.line(src.len() as u32)
            } else {
                lines.line(off as u32)
            };
            CompileError {
                parse: true,
                message: format!("syntax error, unexpected {tok}{}", expecting(err)),
                line,
            }
        }
    }
}

/// Bison's ", expecting …" clause, where the parser's expectation maps onto it.
fn expecting(err: &ParseError) -> String {
    match err {
        ParseError::Expected { expected, .. } => {
            let e = expected.as_ref();
            if e.len() >= 3 && e.starts_with('\'') && e.ends_with('\'') {
                format!(", expecting \"{}\"", &e[1..e.len() - 1])
            } else if e == "class name" || e == "identifier" {
                ", expecting identifier".into()
            } else {
                String::new()
            }
        }
        ParseError::ExpectedAfter {
            expected, after, ..
        } => {
            if expected.as_ref() == "';'" && after.as_ref() == "echo statement" {
                ", expecting \",\" or \";\"".into()
            } else {
                String::new()
            }
        }
        _ => String::new(),
    }
}
