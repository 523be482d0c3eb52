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
        "%=", "&=", "|=", "^=", "<<", ">>", "**", "?>", "(", ")", "[", "]", "{", "}", ";", ",",
        "=", "+", "-", "<",
    ];
    for op in OPS {
        if rest.starts_with(op) {
            // `<>` is `!=` by another spelling; PHP names the token so.
            let op = if op == "<>" { "!=" } else { op };
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

/// The length of the numeric literal PHP's lexer reads at the start of `t` (digits with single
/// underscores between them, a fraction, an exponent; `0x`/`0o`/`0b` prefixes).
fn numeric_prefix(t: &[u8]) -> usize {
    let digits = |t: &[u8], from: usize, ok: &dyn Fn(u8) -> bool| -> usize {
        let mut i = from;
        while i < t.len() {
            // An underscore only between two digits.
            let sep = t[i] == b'_' && i > from && i + 1 < t.len() && ok(t[i + 1]) && ok(t[i - 1]);
            if !ok(t[i]) && !sep {
                break;
            }
            i += 1;
        }
        i
    };
    let dec = |c: u8| c.is_ascii_digit();
    if t.len() > 2 && t[0] == b'0' && matches!(t[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let ok: &dyn Fn(u8) -> bool = match t[1] {
            b'x' | b'X' => &|c: u8| c.is_ascii_hexdigit(),
            b'o' | b'O' => &|c: u8| (b'0'..=b'7').contains(&c),
            _ => &|c: u8| c == b'0' || c == b'1',
        };
        let end = digits(t, 2, ok);
        return if end > 2 { end } else { 1 };
    }
    let mut end = digits(t, 0, &dec);
    if end < t.len() && t[end] == b'.' {
        let f = digits(t, end + 1, &dec);
        if f > end + 1 {
            end = f;
        }
    }
    if end < t.len() && matches!(t[end], b'e' | b'E') {
        let mut j = end + 1;
        if j < t.len() && matches!(t[j], b'+' | b'-') {
            j += 1;
        }
        let e = digits(t, j, &dec);
        if e > j {
            end = e;
        }
    }
    end
}

/// Brace depth at byte `off` (a rough count that ignores strings and comments; enough to tell
/// the top level).
fn depth_at(src: &str, off: usize) -> i32 {
    let mut d = 0;
    for c in src.as_bytes()[..off.min(src.len())].iter() {
        match c {
            b'{' => d += 1,
            b'}' => d -= 1,
            _ => {}
        }
    }
    d
}

/// The first closing bracket that does not match the innermost open one, with PHP's message
/// (`Unmatched ')'`, `Unclosed '{' on line 2 does not match ')'`) and its offset. Brackets in
/// a string's interpolation are not looked at (the lexer hands a string over whole).
fn bracket_mismatch(src: &str, lines: &LineMap) -> Option<(u32, String)> {
    use php_lexer::token::TokenKind as T;
    let (tokens, _) = php_lexer::lexer::lex_all(src);
    let mut open: Vec<(char, u32)> = Vec::new();
    for t in &tokens {
        let (opener, closer) = match t.kind {
            T::LeftParen => (Some('('), None),
            // An attribute's `#[` opens a `[` as far as nesting goes.
            T::LeftBracket | T::HashBracket => (Some('['), None),
            T::LeftBrace => (Some('{'), None),
            T::RightParen => (None, Some((')', '('))),
            T::RightBracket => (None, Some((']', '['))),
            T::RightBrace => (None, Some(('}', '{'))),
            T::Eof => break,
            _ => continue,
        };
        if let Some(c) = opener {
            open.push((c, t.span.start));
            continue;
        }
        let Some((c, wants)) = closer else { continue };
        match open.pop() {
            None => return Some((t.span.start, format!("Unmatched '{c}'"))),
            Some((o, _)) if o == wants => {}
            Some((o, at)) => {
                let (ol, cl) = (lines.line(at), lines.line(t.span.start));
                let msg = if ol == cl {
                    format!("Unclosed '{o}' does not match '{c}'")
                } else {
                    format!("Unclosed '{o}' on line {ol} does not match '{c}'")
                };
                return Some((t.span.start, msg));
            }
        }
    }
    None
}

/// Whether the ternary ending just before offset `at` (where another ternary's `?` stands) is
/// a short one (`a ?: b`), and whether the one at `at` is: read off the source, scanning back
/// over brackets and quoted strings at the same nesting level.
fn ternary_forms(src: &str, at: usize) -> (bool, bool) {
    let b = src.as_bytes();
    let outer_short = src
        .get(at + 1..)
        .is_some_and(|r| r.trim_start().starts_with(':'));
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = at.min(b.len());
    while i > 0 {
        i -= 1;
        let c = b[i];
        if let Some(q) = quote {
            if c == q && (i == 0 || b[i - 1] != b'\\') {
                quote = None;
            }
            continue;
        }
        match c {
            b'"' | b'\'' => quote = Some(c),
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            b';' | b',' if depth == 0 => break,
            b':' if depth == 0 => {
                if i > 0 && b[i - 1] == b':' {
                    i -= 1;
                    continue;
                }
                let before = src[..i].trim_end();
                return (before.ends_with('?'), outer_short);
            }
            _ => {}
        }
    }
    (false, outer_short)
}

/// Converts the parser's diagnostics to PHP's message and line: PHP stops at the first error in
/// source order, and parses the whole file before compiling it, so a syntax error anywhere
/// comes before the errors its compiler raises (a nested ternary without parentheses …).
pub fn convert(err: &ParseError, all: &[ParseError], src: &str, lines: &LineMap) -> CompileError {
    let err = all
        .iter()
        .filter(|e| e.phase() == Phase::Parse)
        .min_by_key(|e| e.span().start)
        .or_else(|| all.iter().min_by_key(|e| e.span().start))
        .unwrap_or(err);
    let span = err.span();
    // PHP's lexer checks bracket nesting as the parser reads: a closing bracket that matches
    // nothing ends the parse there, unless a syntax error came before it.
    if let Some((at, message)) = bracket_mismatch(src, lines) {
        if at <= span.start {
            return CompileError {
                parse: true,
                message,
                line: lines.line(at),
            };
        }
    }
    let line = lines.line(span.start);
    let eof_line = lines.line(src.len() as u32);
    let syntax = |message: String, line: u32| CompileError {
        parse: true,
        message,
        line,
    };
    let start = span.start as usize;
    let at = |s: &str| src.get(start..).is_some_and(|r| r.starts_with(s));
    match err {
        // A literal PHP's lexer ends early: the rest is the next token.
        ParseError::Forbidden {
            rule: php_rs_parser::diagnostics::ForbiddenRule::InvalidNumericLiteral,
            ..
        } => {
            let t = &src.as_bytes()[start.min(src.len())..];
            let n = numeric_prefix(t);
            if n > 0 && n < t.len() && (t[n] == b'_' || t[n].is_ascii_alphabetic()) {
                return syntax(
                    format!(
                        "syntax error, unexpected {}",
                        describe_token(src, start + n)
                    ),
                    line,
                );
            }
            return syntax("Invalid numeric literal".into(), line);
        }
        // PHP words the nested-ternary error by the two ternaries' forms (`?:` or `? :`).
        ParseError::Forbidden {
            rule: php_rs_parser::diagnostics::ForbiddenRule::UnparenthesizedNestedTernary,
            ..
        } => {
            let (inner_short, outer_short) = ternary_forms(src, start);
            let (shown, left, right) = match (inner_short, outer_short) {
                (false, true) => ("a ? b : c ?: d", "(a ? b : c) ?: d", "a ? b : (c ?: d)"),
                (true, false) => ("a ?: b ? c : d", "(a ?: b) ? c : d", "a ?: (b ? c : d)"),
                _ => (
                    "a ? b : c ? d : e",
                    "(a ? b : c) ? d : e",
                    "a ? b : (c ? d : e)",
                ),
            };
            return CompileError {
                parse: false,
                message: format!(
                    "Unparenthesized `{shown}` is not supported. Use either `{left}` or `{right}`"
                ),
                line,
            };
        }
        // `1 < 2 > 3`: the grammar has no rule for the second operator.
        ParseError::Forbidden {
            rule: php_rs_parser::diagnostics::ForbiddenRule::NonAssociativeChain,
            ..
        } => {
            return syntax(
                format!("syntax error, unexpected {}", describe_token(src, start)),
                line,
            );
        }
        // A reserved word where a declaration's name goes is a token the grammar rejects.
        ParseError::Forbidden {
            rule:
                php_rs_parser::diagnostics::ForbiddenRule::KeywordAsDeclarationName
                | php_rs_parser::diagnostics::ForbiddenRule::ReservedClassName,
            message,
            ..
        } => {
            let word: String = src[start.min(src.len())..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if is_keyword(&word) {
                let expecting = if message.contains("function name") {
                    "\"(\""
                } else {
                    "identifier"
                };
                return syntax(
                    format!(
                        "syntax error, unexpected token \"{}\", expecting {expecting}",
                        word.to_ascii_lowercase()
                    ),
                    line,
                );
            }
        }
        ParseError::UnterminatedString { .. } => {
            return match src.as_bytes().get(start) {
                // PHP's lexer returns the rest as string content; the message shows its first
                // line.
                Some(b'\'') => {
                    let content: String = src[start + 1..]
                        .chars()
                        .take_while(|c| *c != '\n')
                        .collect();
                    syntax(
                        format!("syntax error, unexpected string content \"{content}\""),
                        line,
                    )
                }
                Some(b'`') => syntax(
                    "syntax error, unexpected end of file, expecting \"`\"".into(),
                    eof_line,
                ),
                _ => syntax(
                    "syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\""
                        .into(),
                    eof_line,
                ),
            };
        }
        // A heredoc or nowdoc that never ends.
        ParseError::Expected { .. } if at("<<<") => {
            return syntax(
                "syntax error, unexpected end of file, expecting variable or heredoc end or \"${\" or \"{$\"".into(),
                eof_line,
            );
        }
        _ => {}
    }
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
        // PHP names the namespace statement's line; the parser points at the statement
        // before it.
        ParseError::Forbidden {
            rule: php_rs_parser::diagnostics::ForbiddenRule::NamespaceNotFirst,
            message,
            ..
        } => {
            let from = (span.end as usize).min(src.len());
            let at = src[from..]
                .match_indices("namespace")
                .map(|(i, _)| from + i)
                .find(|&i| {
                    src[..i]
                        .rsplit('\n')
                        .next()
                        .is_some_and(|l| l.trim().is_empty())
                });
            CompileError {
                parse: err.phase() == Phase::Parse,
                message: message.to_string(),
                line: at.map_or(line, |i| lines.line(i as u32)),
            }
        }
        ParseError::Forbidden { message, .. } => CompileError {
            parse: err.phase() == Phase::Parse,
            message: message.to_string(),
            line,
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
            let mut expect = expecting(err);
            // A token no statement starts with, at the top level: bison expects the end.
            const CLOSERS: [&str; 12] = [
                "else",
                "elseif",
                "endif",
                "endwhile",
                "endfor",
                "endforeach",
                "endswitch",
                "enddeclare",
                "catch",
                "finally",
                "case",
                "default",
            ];
            // Operators only go between operands: none starts a statement either.
            const NON_STARTERS: [&str; 52] = [
                "<",
                ">",
                "*",
                "/",
                "%",
                ".",
                "|",
                "^",
                "&",
                "=",
                "==",
                "!=",
                "===",
                "!==",
                "<=",
                ">=",
                "<=>",
                "=>",
                "->",
                "?->",
                "::",
                "?",
                ":",
                ",",
                "&&",
                "||",
                "??",
                "**",
                "<<",
                ">>",
                "...",
                "+=",
                "-=",
                "*=",
                "/=",
                ".=",
                "%=",
                "&=",
                "|=",
                "^=",
                "<<=",
                ">>=",
                "**=",
                "??=",
                "as",
                "instanceof",
                "and",
                "or",
                "xor",
                "insteadof",
                "extends",
                "implements",
            ];
            let is = |set: &[&str]| set.iter().any(|k| tok == format!("token \"{k}\""));
            if expect.is_empty()
                && (is(&CLOSERS) || (is(&NON_STARTERS) && at_statement_start(src, off)))
                && depth_at(src, off) == 0
            {
                expect = ", expecting end of file".into();
            }
            // `$` not followed by a name.
            if let ParseError::Expected { expected, .. } = err {
                if expected.as_ref() == "variable" {
                    expect = ", expecting variable or \"{\" or \"$\"".into();
                }
            }
            CompileError {
                parse: true,
                message: format!("syntax error, unexpected {tok}{expect}"),
                line,
            }
        }
    }
}

/// Whether offset `off` is where a statement would begin: after a `;`, a `}`, the open tag or
/// nothing.
fn at_statement_start(src: &str, off: usize) -> bool {
    let before = src[..off.min(src.len())].trim_end();
    before.is_empty()
        || before.ends_with(';')
        || before.ends_with('}')
        || before.to_ascii_lowercase().ends_with("<?php")
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
