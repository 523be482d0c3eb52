//! `parse_ini_string` and `parse_ini_file`: PHP's ini syntax, read as PHP's scanner and
//! grammar read it — the same tokens (longest match, PHP's rule order), the same values in
//! the three scanner modes (normal: strings with constants, `${env}` and `| & ^ ~ !`
//! arithmetic; raw: the text as written; typed: booleans, null and numbers typed) and the
//! same "syntax error, unexpected …" warnings.

use crate::string::{sb, sv};
use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::{Key, ZArr, Zval};

/// `INI_SCANNER_NORMAL`, `INI_SCANNER_RAW`, `INI_SCANNER_TYPED`.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Normal,
    Raw,
    Typed,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// `[` opening a section.
    Section,
    Label(Vec<u8>),
    /// A label followed by `[`: an option with an offset.
    Offset(Vec<u8>),
    Eq,
    RBracket,
    Eol,
    Constant(Vec<u8>),
    Number(Vec<u8>),
    Str(Vec<u8>),
    Raw(Vec<u8>),
    Ws(Vec<u8>),
    Quote,
    Quoted(Vec<u8>),
    DollarCurly,
    VarName(Vec<u8>),
    RCurly,
    /// `:-` in `${NAME:-default}`.
    Fallback,
    True,
    False,
    Null,
    /// `| & ^ ~ ! ( )` in a value, or another character PHP returns as itself.
    Char(u8),
    /// The end of the input, or a character no rule takes (PHP's scanner returns 0 for it).
    End,
}

impl Tok {
    /// The token as bison names it in PHP's messages.
    fn name(&self) -> String {
        match self {
            Tok::Section => "TC_SECTION".into(),
            Tok::Label(_) => "TC_LABEL".into(),
            Tok::Offset(_) => "TC_OFFSET".into(),
            Tok::Eq => "'='".into(),
            Tok::RBracket => "']'".into(),
            Tok::Eol => "END_OF_LINE".into(),
            Tok::Constant(_) => "TC_CONSTANT".into(),
            Tok::Number(_) => "TC_NUMBER".into(),
            Tok::Str(_) => "TC_STRING".into(),
            Tok::Raw(_) => "TC_RAW".into(),
            Tok::Ws(_) => "TC_WHITESPACE".into(),
            Tok::Quote => "'\"'".into(),
            Tok::Quoted(_) => "TC_QUOTED_STRING".into(),
            Tok::DollarCurly => "TC_DOLLAR_CURLY".into(),
            Tok::VarName(_) => "TC_VARNAME".into(),
            Tok::RCurly => "'}'".into(),
            Tok::Fallback => "TC_FALLBACK".into(),
            Tok::True => "BOOL_TRUE".into(),
            Tok::False => "BOOL_FALSE".into(),
            Tok::Null => "NULL_NULL".into(),
            Tok::Char(c) => format!("'{}'", *c as char),
            Tok::End => "end of file".into(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Initial,
    Value,
    RawValue,
    SectionValue,
    SectionRaw,
    Offset,
    DoubleQuotes,
    VarName,
}

fn is_space(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

fn label_char(c: u8) -> bool {
    !b"=\n\r\t;&|^$~(){}!\"[]\0".contains(&c)
}

struct Scanner<'a> {
    s: &'a [u8],
    i: usize,
    line: u32,
    state: State,
    stack: Vec<State>,
    raw: bool,
}

impl Scanner<'_> {
    fn at(&self, k: usize) -> Option<u8> {
        self.s.get(self.i + k).copied()
    }

    fn spaces_from(&self, k: usize) -> usize {
        let mut n = 0;
        while self.at(k + n).is_some_and(is_space) {
            n += 1;
        }
        n
    }

    /// Length of a newline at offset `k` (`\r\n`, `\n`, `\r`), 0 if none.
    fn newline_at(&self, k: usize) -> usize {
        match (self.at(k), self.at(k + 1)) {
            (Some(b'\r'), Some(b'\n')) => 2,
            (Some(b'\n' | b'\r'), _) => 1,
            _ => 0,
        }
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let v = self.s[self.i..self.i + n].to_vec();
        self.i += n;
        v
    }

    /// `true`/`on`/`yes`, `false`/`off`/`no`/`none`, `null` with trailing blanks: the token
    /// and its length.
    fn keyword(&self) -> Option<(Tok, usize)> {
        let rest = &self.s[self.i..];
        let mut best: Option<(Tok, usize)> = None;
        for (w, t) in [
            ("true", Tok::True),
            ("on", Tok::True),
            ("yes", Tok::True),
            ("false", Tok::False),
            ("off", Tok::False),
            ("none", Tok::False),
            ("no", Tok::False),
            ("null", Tok::Null),
        ] {
            if rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()) {
                let n = w.len() + self.spaces_from(w.len());
                if best.as_ref().is_none_or(|b| n > b.1) {
                    best = Some((t, n));
                }
            }
        }
        best
    }

    fn constant_len(&self) -> usize {
        let rest = &self.s[self.i..];
        if !rest
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        {
            return 0;
        }
        rest.iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count()
    }

    /// `[-]?[0-9]+` or `[0-9]*.[0-9]+` or `[0-9]+.[0-9]*`.
    fn number_len(&self) -> usize {
        let rest = &self.s[self.i..];
        let digits = |from: usize| {
            rest[from..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        };
        let lnum = {
            let neg = usize::from(rest.first() == Some(&b'-'));
            let d = digits(neg);
            if d > 0 {
                neg + d
            } else {
                0
            }
        };
        let d1 = digits(0);
        let dnum = if rest.get(d1) == Some(&b'.') {
            let d2 = digits(d1 + 1);
            if d1 + d2 > 0 {
                d1 + 1 + d2
            } else {
                0
            }
        } else {
            0
        };
        lnum.max(dnum)
    }

    /// A run of characters PHP takes as a plain value (`VALUE_CHARS`, or the section and
    /// offset set): a `$` not starting `${` belongs to it, and in sections a backslash
    /// escapes the next character.
    fn chars_len(&self, section: bool) -> usize {
        let mut n = 0;
        while let Some(c) = self.at(n) {
            if c == b'$' {
                match self.at(n + 1) {
                    Some(b'{') | Some(0) | None => break,
                    Some(b'\\') if self.at(n + 2).is_some() => {
                        n += 3;
                        continue;
                    }
                    _ => {
                        n += 2;
                        continue;
                    }
                }
            }
            if section {
                if c == b'\\' {
                    if self.at(n + 1).is_some() {
                        n += 2;
                        continue;
                    }
                    break;
                }
                if b"\n\r;\"']".contains(&c) {
                    break;
                }
            } else if b"= \t\n\r;&|^~()!\"'\0".contains(&c) {
                break;
            }
            n += 1;
        }
        n
    }

    fn next(&mut self) -> Tok {
        if self.i >= self.s.len() {
            return match self.state {
                State::Value | State::RawValue => {
                    self.state = State::Initial;
                    Tok::Eol
                }
                _ => Tok::End,
            };
        }
        match self.state {
            State::Initial => self.initial(),
            State::Value => self.value(),
            State::RawValue => self.raw_value(),
            State::SectionValue | State::Offset => self.section_value(),
            State::SectionRaw => self.section_raw(),
            State::DoubleQuotes => self.double_quotes(),
            State::VarName => self.var_name(),
        }
    }

    /// A comment (`;` to the end of the line) or a newline after blanks: END_OF_LINE.
    fn end_of_line(&mut self) -> Option<Tok> {
        let sp = self.spaces_from(0);
        let nl = self.newline_at(sp);
        if nl > 0 {
            self.i += sp + nl;
            self.line += 1;
            return Some(Tok::Eol);
        }
        if self.at(sp) == Some(b';') {
            let mut k = sp;
            while self.at(k).is_some() && self.newline_at(k) == 0 {
                k += 1;
            }
            let nl = self.newline_at(k);
            self.i += k + nl;
            if nl == 0 {
                // A comment ending the input without a newline is no rule's: the input ends.
                return Some(Tok::End);
            }
            self.line += 1;
            return Some(Tok::Eol);
        }
        None
    }

    fn initial(&mut self) -> Tok {
        if self.at(0) == Some(b'[') {
            self.i += 1;
            self.state = if self.raw {
                State::SectionRaw
            } else {
                State::SectionValue
            };
            return Tok::Section;
        }
        if let Some(t) = self.end_of_line() {
            return t;
        }
        let sp = self.spaces_from(0);
        if self.at(sp) == Some(b'=') {
            self.i += sp + 1;
            self.i += self.spaces_from(0);
            self.state = if self.raw {
                State::RawValue
            } else {
                State::Value
            };
            return Tok::Eq;
        }
        if sp > 0 {
            self.i += sp;
            return self.next();
        }
        let label = {
            let mut n = 0;
            while self.at(n).is_some_and(label_char) {
                n += 1;
            }
            n
        };
        if label > 0 && self.at(label) == Some(b'[') {
            let text = self.take(label);
            self.i += 1 + self.spaces_from(1);
            self.state = State::Offset;
            return Tok::Offset(trim(&text).to_vec());
        }
        if let Some((t, n)) = self.keyword() {
            if n >= label {
                self.i += n;
                return t;
            }
        }
        if label > 0 {
            let text = self.take(label);
            return Tok::Label(trim(&text).to_vec());
        }
        let c = self.s[self.i];
        if b"\"()&|^$!~{}]".contains(&c) {
            self.i += 1;
            return Tok::Char(c);
        }
        Tok::End
    }

    fn value(&mut self) -> Tok {
        if let Some(t) = self.end_of_line() {
            if t == Tok::Eol {
                self.state = State::Initial;
            }
            return t;
        }
        let c = self.s[self.i];
        if c == b'$' && self.at(1) == Some(b'{') {
            self.i += 2;
            self.stack.push(self.state);
            self.state = State::VarName;
            return Tok::DollarCurly;
        }
        if c == b'\'' {
            if let Some(end) = self.s[self.i + 1..].iter().position(|&x| x == b'\'') {
                if end > 0 {
                    let text = self.s[self.i + 1..self.i + 1 + end].to_vec();
                    self.line += text.iter().filter(|&&x| x == b'\n').count() as u32;
                    self.i += end + 2;
                    return Tok::Raw(text);
                }
            }
            // An unterminated quote is no rule's: the input ends there. Empty quotes end the
            // value (what follows reads as a bare label).
            if !self.s[self.i + 1..].contains(&b'\'') {
                return Tok::End;
            }
            self.state = State::Initial;
            return Tok::Eol;
        }
        let sp = self.spaces_from(0);
        if self.at(sp) == Some(b'"') {
            self.i += sp + 1;
            self.stack.push(self.state);
            self.state = State::DoubleQuotes;
            return Tok::Quote;
        }
        if c == b'=' {
            self.state = State::Initial;
            return Tok::Eol;
        }
        if b"&|^~()!".contains(&c) {
            self.i += 1 + self.spaces_from(1);
            return Tok::Char(c);
        }
        // Longest match; on a tie the earlier rule (keyword, constant, number, string).
        let kw = self.keyword();
        let kw_len = kw.as_ref().map_or(0, |k| k.1);
        let cands = [
            kw_len,
            self.constant_len(),
            self.number_len(),
            self.chars_len(false),
            sp,
        ];
        let best = cands.iter().copied().max().unwrap_or(0);
        if best == 0 {
            return Tok::End;
        }
        let which = cands.iter().position(|&n| n == best).unwrap_or(4);
        if which == 0 {
            if let Some((t, n)) = kw {
                self.i += n;
                return t;
            }
        }
        let text = self.take(best);
        match which {
            1 => Tok::Constant(text),
            2 => Tok::Number(text),
            3 => Tok::Str(text),
            _ => Tok::Ws(text),
        }
    }

    /// A value in raw mode: the rest of the line (to a `;` outside double quotes), blanks
    /// trimmed, surrounding double quotes taken off.
    fn raw_value(&mut self) -> Tok {
        if let Some(t) = self.end_of_line() {
            self.state = State::Initial;
            return t;
        }
        let start = self.i;
        let mut k = 0;
        let mut end = None;
        let quoted = self.at(0) == Some(b'"');
        if quoted {
            // A quoted value ends at its closing quote when only blanks or a comment follow.
            if let Some(q) = self.s[start + 1..]
                .iter()
                .position(|&c| c == b'"' || c == b'\n' || c == b'\r')
                .filter(|&q| self.s[start + 1 + q] == b'"')
            {
                let after = start + 2 + q;
                let mut j = after;
                while self.s.get(j).is_some_and(|&c| is_space(c)) {
                    j += 1;
                }
                if matches!(self.s.get(j), None | Some(b'\n' | b'\r' | b';')) {
                    let text = self.s[start + 1..start + 1 + q].to_vec();
                    self.i = j;
                    return Tok::Raw(text);
                }
            }
        }
        while let Some(c) = self.at(k) {
            if c == b'\n' || c == b'\r' {
                break;
            }
            if c == b';' && end.is_none() {
                end = Some(k);
            }
            k += 1;
        }
        let stop = end.unwrap_or(k);
        let mut text = trim(&self.s[start..start + stop]).to_vec();
        self.i = start + k.min(stop.max(k));
        if end.is_some() {
            // The comment runs to the end of the line.
            self.i = start + k;
        }
        if text.len() > 1 && text[0] == b'"' && text[text.len() - 1] == b'"' {
            text = text[1..text.len() - 1].to_vec();
        }
        Tok::Raw(text)
    }

    fn section_value(&mut self) -> Tok {
        let sp = self.spaces_from(0);
        if self.at(sp) == Some(b']') {
            self.i += sp + 1;
            if self.state == State::SectionValue {
                self.i += self.spaces_from(0);
                let nl = self.newline_at(0);
                if nl > 0 {
                    self.i += nl;
                }
                self.line += 1;
            }
            self.state = State::Initial;
            return Tok::RBracket;
        }
        let c = self.s[self.i];
        if c == b'$' && self.at(1) == Some(b'{') {
            self.i += 2;
            self.stack.push(self.state);
            self.state = State::VarName;
            return Tok::DollarCurly;
        }
        if c == b'\'' {
            if let Some(end) = self.s[self.i + 1..].iter().position(|&x| x == b'\'') {
                if end > 0 {
                    let text = self.s[self.i + 1..self.i + 1 + end].to_vec();
                    self.i += end + 2;
                    return Tok::Raw(text);
                }
            }
            return Tok::End;
        }
        if self.at(sp) == Some(b'"') {
            self.i += sp + 1;
            self.stack.push(self.state);
            self.state = State::DoubleQuotes;
            return Tok::Quote;
        }
        let cands = [
            self.constant_len(),
            self.number_len(),
            self.chars_len(true),
            sp,
        ];
        let best = cands.iter().copied().max().unwrap_or(0);
        if best == 0 {
            return Tok::End;
        }
        let which = cands.iter().position(|&n| n == best).unwrap_or(3);
        let text = self.take(best);
        match which {
            0 => Tok::Constant(text),
            1 => Tok::Number(text),
            2 => Tok::Str(text),
            _ => Tok::Ws(text),
        }
    }

    fn section_raw(&mut self) -> Tok {
        if self.at(0) == Some(b']') {
            self.i += 1;
            self.i += self.spaces_from(0);
            let nl = self.newline_at(0);
            self.i += nl;
            self.line += 1;
            self.state = State::Initial;
            return Tok::RBracket;
        }
        let mut n = 0;
        while self.at(n).is_some_and(|c| !b"]\n\r".contains(&c)) {
            n += 1;
        }
        if n == 0 {
            return Tok::End;
        }
        Tok::Raw(self.take(n))
    }

    fn double_quotes(&mut self) -> Tok {
        if self.at(0) == Some(b'"') {
            self.i += 1 + self.spaces_from(1);
            self.state = self.stack.pop().unwrap_or(State::Initial);
            return Tok::Quote;
        }
        if self.at(0) == Some(b'$') && self.at(1) == Some(b'{') {
            self.i += 2;
            self.stack.push(self.state);
            self.state = State::VarName;
            return Tok::DollarCurly;
        }
        let mut n = 0;
        while let Some(c) = self.at(n) {
            if c == b'"' || (c == b'$' && self.at(n + 1) == Some(b'{')) {
                break;
            }
            if c == b'\\' && self.at(n + 1).is_some() {
                n += 2;
                continue;
            }
            n += 1;
        }
        let raw = self.take(n);
        let mut out = Vec::with_capacity(raw.len());
        let mut j = 0;
        while j < raw.len() {
            let c = raw[j];
            if c == b'\n' || (c == b'\r' && raw.get(j + 1) != Some(&b'\n')) {
                self.line += 1;
            }
            if c == b'\\' && j + 1 < raw.len() && matches!(raw[j + 1], b'"' | b'\\' | b'$') {
                out.push(raw[j + 1]);
                j += 2;
                continue;
            }
            out.push(c);
            j += 1;
        }
        Tok::Quoted(out)
    }

    fn var_name(&mut self) -> Tok {
        if self.at(0) == Some(b'}') {
            self.i += 1;
            self.state = self.stack.pop().unwrap_or(State::Initial);
            return Tok::RCurly;
        }
        if self.at(0) == Some(b':') && self.at(1) == Some(b'-') {
            self.i += 2;
            return Tok::Fallback;
        }
        if self.at(0) == Some(b'$') && self.at(1) == Some(b'{') {
            self.i += 2;
            self.stack.push(self.state);
            return Tok::DollarCurly;
        }
        if self.at(0) == Some(b'"') {
            self.i += 1;
            self.stack.push(self.state);
            self.state = State::DoubleQuotes;
            return Tok::Quote;
        }
        let mut n = 0;
        while self
            .at(n)
            .is_some_and(|c| label_char(c) && !(c == b':' && self.at(n + 1) == Some(b'-')))
        {
            n += 1;
        }
        if n == 0 {
            return Tok::End;
        }
        let text = self.take(n);
        Tok::VarName(trim(&text).to_vec())
    }
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|&c| !is_space(c)).unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_space(c))
        .map_or(start, |e| e + 1);
    &b[start..end.max(start)]
}

/// Where a string list stands: constants are not read in section names, numbers are typed
/// only in values.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Value,
    Section,
    Offset,
}

/// A value as the grammar builds it.
#[derive(Clone)]
enum Val {
    Str(Vec<u8>),
    Long(i64),
    Double(f64),
    Bool(bool),
    Null,
}

impl Val {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Val::Str(s) => s.clone(),
            Val::Long(i) => i.to_string().into_bytes(),
            Val::Double(d) => memphis_values::convert::format_double(*d, 14).into_bytes(),
            Val::Bool(true) => b"1".to_vec(),
            Val::Bool(false) | Val::Null => Vec::new(),
        }
    }

    /// The integer an operator takes (`strtol` in base 10 of a string).
    fn long(&self) -> i64 {
        match self {
            Val::Long(i) => *i,
            Val::Double(d) => *d as i64,
            Val::Bool(b) => *b as i64,
            Val::Null => 0,
            Val::Str(s) => {
                let t = trim(s);
                let (neg, digits) = match t.first() {
                    Some(b'-') => (true, &t[1..]),
                    Some(b'+') => (false, &t[1..]),
                    _ => (false, t),
                };
                let mut n: i64 = 0;
                for &c in digits.iter().take_while(|c| c.is_ascii_digit()) {
                    n = match n
                        .checked_mul(10)
                        .and_then(|x| x.checked_add(i64::from(c - b'0')))
                    {
                        Some(v) => v,
                        None => return if neg { i64::MIN } else { i64::MAX },
                    };
                }
                if neg {
                    -n
                } else {
                    n
                }
            }
        }
    }

    fn into_zval(self) -> Zval {
        match self {
            Val::Str(s) => sv(s),
            Val::Long(i) => Zval::Long(i),
            Val::Double(d) => Zval::Double(d),
            Val::Bool(b) => Zval::Bool(b),
            Val::Null => Zval::Null,
        }
    }
}

struct Parser<'e, 'a> {
    e: &'e mut dyn Engine,
    sc: Scanner<'a>,
    tok: Tok,
    /// Line of the current token (as PHP's scanner counts when it is read).
    line: u32,
    mode: Mode,
    sections: bool,
    out: ZArr,
    /// The section entries go to (with sections processed).
    section: Option<Key>,
}

/// A syntax error: the message PHP's warning carries.
struct SyntaxError(String);

impl Parser<'_, '_> {
    fn advance(&mut self) {
        self.tok = self.sc.next();
        self.line = self.sc.line;
    }

    fn unexpected(&self, expecting: &str) -> SyntaxError {
        let mut m = format!("syntax error, unexpected {}", self.tok.name());
        if !expecting.is_empty() {
            m.push_str(", expecting ");
            m.push_str(expecting);
        }
        SyntaxError(m)
    }

    fn statements(&mut self) -> Result<Result<(), SyntaxError>, Flow> {
        self.advance();
        loop {
            match self.tok.clone() {
                Tok::End => return Ok(Ok(())),
                Tok::Eol => self.advance(),
                Tok::Section => {
                    self.advance();
                    let name = match self.string_list(Place::Section)? {
                        Ok(v) => v.map(|v| v.bytes()).unwrap_or_default(),
                        Err(e) => return Ok(Err(e)),
                    };
                    if self.tok != Tok::RBracket {
                        let exp = if self.tok == Tok::End { "']'" } else { "" };
                        return Ok(Err(self.unexpected(exp)));
                    }
                    self.advance();
                    if self.sections {
                        let key = Key::from_bytes(&name);
                        self.out.insert(key.clone(), Zval::Arr(ZArr::new()));
                        self.section = Some(key);
                    }
                }
                Tok::Label(name) => {
                    self.advance();
                    if self.tok != Tok::Eq {
                        // A bare label: nothing to store.
                        if matches!(
                            self.tok,
                            Tok::End | Tok::Eol | Tok::Section | Tok::Label(_) | Tok::Offset(_)
                        ) {
                            continue;
                        }
                        return Ok(Err(self.unexpected("")));
                    }
                    self.advance();
                    let v = match self.string_or_value()? {
                        Ok(v) => v,
                        Err(e) => return Ok(Err(e)),
                    };
                    self.store(&name, None, v);
                }
                Tok::Offset(name) => {
                    self.advance();
                    let off = match self.string_list(Place::Offset)? {
                        Ok(v) => v.map(|v| v.bytes()).unwrap_or_default(),
                        Err(e) => return Ok(Err(e)),
                    };
                    if self.tok != Tok::RBracket {
                        return Ok(Err(self.unexpected("']'")));
                    }
                    self.advance();
                    if self.tok != Tok::Eq {
                        return Ok(Err(self.unexpected("'='")));
                    }
                    self.advance();
                    let v = match self.string_or_value()? {
                        Ok(v) => v,
                        Err(e) => return Ok(Err(e)),
                    };
                    self.store(&name, Some(&off), v);
                }
                _ => return Ok(Err(self.unexpected(""))),
            }
        }
    }

    /// What follows `=`: a boolean or null keyword, an expression, or nothing.
    fn string_or_value(&mut self) -> Result<Result<Val, SyntaxError>, Flow> {
        let typed = self.mode == Mode::Typed;
        let kw = match self.tok {
            Tok::True => Some(if typed {
                Val::Bool(true)
            } else {
                Val::Str(b"1".to_vec())
            }),
            Tok::False => Some(if typed {
                Val::Bool(false)
            } else {
                Val::Str(Vec::new())
            }),
            Tok::Null => Some(if typed {
                Val::Null
            } else {
                Val::Str(Vec::new())
            }),
            Tok::Eol => {
                self.advance();
                return Ok(Ok(Val::Str(Vec::new())));
            }
            _ => None,
        };
        if let Some(v) = kw {
            self.advance();
            return Ok(if self.at_statement_end() {
                Ok(v)
            } else {
                Err(self.unexpected(""))
            });
        }
        let v = match self.expr()? {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        Ok(if self.at_statement_end() {
            Ok(v)
        } else {
            Err(self.unexpected(""))
        })
    }

    fn at_statement_end(&self) -> bool {
        matches!(
            self.tok,
            Tok::End | Tok::Eol | Tok::Section | Tok::Label(_) | Tok::Offset(_)
        )
    }

    /// `expr`: string lists joined by `| & ^` (left to right, one precedence), with `~`, `!`
    /// and parentheses.
    fn expr(&mut self) -> Result<Result<Val, SyntaxError>, Flow> {
        let mut left = match self.unary()? {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        while let Tok::Char(op @ (b'|' | b'&' | b'^')) = self.tok {
            self.advance();
            let right = match self.unary()? {
                Ok(v) => v,
                Err(e) => return Ok(Err(e)),
            };
            let (a, b) = (left.long(), right.long());
            let r = match op {
                b'|' => a | b,
                b'&' => a & b,
                _ => a ^ b,
            };
            left = self.number_result(r);
        }
        Ok(Ok(left))
    }

    fn number_result(&self, r: i64) -> Val {
        if self.mode == Mode::Typed {
            Val::Long(r)
        } else {
            Val::Str(r.to_string().into_bytes())
        }
    }

    fn unary(&mut self) -> Result<Result<Val, SyntaxError>, Flow> {
        match self.tok {
            Tok::Char(b'~') => {
                self.advance();
                let v = match self.unary()? {
                    Ok(v) => v,
                    Err(e) => return Ok(Err(e)),
                };
                Ok(Ok(self.number_result(!v.long())))
            }
            Tok::Char(b'!') => {
                self.advance();
                let v = match self.unary()? {
                    Ok(v) => v,
                    Err(e) => return Ok(Err(e)),
                };
                Ok(Ok(self.number_result(i64::from(v.long() == 0))))
            }
            Tok::Char(b'(') => {
                self.advance();
                let v = match self.expr()? {
                    Ok(v) => v,
                    Err(e) => return Ok(Err(e)),
                };
                if self.tok != Tok::Char(b')') {
                    return Ok(Err(self.unexpected("'^' or '|' or '&' or ')'")));
                }
                self.advance();
                Ok(Ok(v))
            }
            _ => match self.string_list(Place::Value)? {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => Ok(Err(self.unexpected(""))),
                Err(e) => Ok(Err(e)),
            },
        }
    }

    /// A run of pieces written one after another: constants, numbers, strings, quoted
    /// strings and `${var}`s, joined as strings (one piece alone keeps its type). `None` if
    /// there is none.
    fn string_list(&mut self, place: Place) -> Result<Result<Option<Val>, SyntaxError>, Flow> {
        let mut acc: Option<Val> = None;
        loop {
            let piece = match self.tok.clone() {
                Tok::Constant(name) => {
                    self.advance();
                    if place == Place::Section || self.mode == Mode::Raw {
                        Val::Str(name)
                    } else {
                        self.constant(name)?
                    }
                }
                Tok::Number(t) => {
                    self.advance();
                    if self.mode == Mode::Typed && place == Place::Value {
                        typed_number(&t)
                    } else {
                        Val::Str(t)
                    }
                }
                Tok::Ws(t) => {
                    self.advance();
                    // Blanks ending the input do not turn a typed number into a string.
                    if matches!(self.tok, Tok::End | Tok::Eol)
                        && !matches!(acc, Some(Val::Str(_)) | None)
                    {
                        continue;
                    }
                    Val::Str(t)
                }
                Tok::Str(t) | Tok::Raw(t) => {
                    self.advance();
                    Val::Str(t)
                }
                Tok::DollarCurly => match self.var_ref()? {
                    Ok(v) => v,
                    Err(e) => return Ok(Err(e)),
                },
                Tok::Quote => {
                    self.advance();
                    let mut s = Vec::new();
                    loop {
                        match self.tok.clone() {
                            Tok::Quoted(t) => {
                                s.extend_from_slice(&t);
                                self.advance();
                            }
                            Tok::DollarCurly => match self.var_ref()? {
                                Ok(v) => s.extend_from_slice(&v.bytes()),
                                Err(e) => return Ok(Err(e)),
                            },
                            Tok::Quote => {
                                self.advance();
                                break;
                            }
                            _ => {
                                return Ok(Err(
                                    self.unexpected("TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'")
                                ))
                            }
                        }
                    }
                    Val::Str(s)
                }
                _ => return Ok(Ok(acc)),
            };
            acc = Some(match acc {
                None => piece,
                Some(a) => {
                    let mut b = a.bytes();
                    b.extend_from_slice(&piece.bytes());
                    Val::Str(b)
                }
            });
        }
    }

    /// `${name}` or `${name:-default}`: the environment variable (PHP reads configuration
    /// directives first, of which `php -n` has none), else the default.
    fn var_ref(&mut self) -> Result<Result<Val, SyntaxError>, Flow> {
        self.advance();
        let name = match self.tok.clone() {
            Tok::VarName(n) => n,
            _ => return Ok(Err(self.unexpected("TC_VARNAME"))),
        };
        self.advance();
        let mut fallback = None;
        if self.tok == Tok::Fallback {
            self.advance();
            let mut v = Vec::new();
            loop {
                match self.tok.clone() {
                    Tok::VarName(t) | Tok::Quoted(t) => {
                        v.extend_from_slice(&t);
                        self.advance();
                    }
                    Tok::DollarCurly => match self.var_ref()? {
                        Ok(x) => v.extend_from_slice(&x.bytes()),
                        Err(e) => return Ok(Err(e)),
                    },
                    Tok::Quote => self.advance(),
                    _ => break,
                }
            }
            fallback = Some(v);
        }
        if self.tok != Tok::RCurly {
            return Ok(Err(self.unexpected(if fallback.is_some() {
                "'}'"
            } else {
                "TC_FALLBACK or '}'"
            })));
        }
        self.advance();
        let found = self.e.call(&sb(b"getenv"), vec![sv(name)])?;
        Ok(Ok(Val::Str(match found {
            Zval::Str(s) => s.as_bytes().to_vec(),
            _ => fallback.unwrap_or_default(),
        })))
    }

    /// A constant's value as a string, or its name when no such constant is defined.
    fn constant(&mut self, name: Vec<u8>) -> Result<Val, Flow> {
        let n = sv(name.clone());
        let defined = self.e.call(&sb(b"defined"), vec![n.clone()])?;
        if !matches!(defined, Zval::Bool(true)) {
            return Ok(Val::Str(name));
        }
        let v = self.e.call(&sb(b"constant"), vec![n])?;
        let s = self.e.to_zstr(&v)?;
        Ok(Val::Str(s.as_bytes().to_vec()))
    }

    /// Stores `name = v` (or `name[off] = v`) where entries go now.
    fn store(&mut self, name: &[u8], off: Option<&[u8]>, v: Val) {
        let section = self.section.clone();
        let target: &mut ZArr = match &section {
            Some(k) => match self.out.get_mut(k) {
                Some(Zval::Arr(a)) => a,
                _ => &mut self.out,
            },
            None => &mut self.out,
        };
        let key = Key::from_bytes(name);
        let value = v.into_zval();
        match off {
            None => {
                target.insert(key, value);
            }
            Some(off) => {
                let mut arr = match target.get(&key) {
                    Some(Zval::Arr(a)) => a.clone(),
                    _ => ZArr::new(),
                };
                // Written into a table of its own, then put back (copy-on-write).
                target.insert(key.clone(), Zval::Null);
                if off.is_empty() {
                    arr.push(value);
                } else {
                    arr.insert(Key::from_bytes(off), value);
                }
                target.insert(key, Zval::Arr(arr));
            }
        }
    }
}

/// A number token in typed mode: an int or float when PHP's numeric-string check takes it
/// whole (no overflow), the text otherwise.
fn typed_number(t: &[u8]) -> Val {
    let s = String::from_utf8_lossy(t);
    if !s.contains('.') {
        if let Ok(i) = s.parse::<i64>() {
            return Val::Long(i);
        }
        return Val::Str(t.to_vec());
    }
    match s.parse::<f64>() {
        Ok(d) if d.is_finite() => Val::Double(d),
        _ => Val::Str(t.to_vec()),
    }
}

/// Parses `text`; `Ok(None)` after a syntax error (its warning raised, naming `file`).
fn parse(
    e: &mut dyn Engine,
    text: &[u8],
    sections: bool,
    mode: Mode,
    file: &str,
) -> Result<Option<ZArr>, Flow> {
    let mut p = Parser {
        e,
        sc: Scanner {
            s: text,
            i: 0,
            line: 1,
            state: State::Initial,
            stack: Vec::new(),
            raw: mode == Mode::Raw,
        },
        tok: Tok::End,
        line: 1,
        mode,
        sections,
        out: ZArr::new(),
        section: None,
    };
    match p.statements()? {
        Ok(()) => Ok(Some(p.out)),
        Err(SyntaxError(m)) => {
            let line = p.line;
            p.e.diag(Level::Warning, &format!("{m} in {file} on line {line}\n"))?;
            Ok(None)
        }
    }
}

/// The scanner mode argument (a warning and `None` for an unknown one).
fn mode_arg(e: &mut dyn Engine, a: &Args, i: usize) -> Result<Option<Mode>, Flow> {
    Ok(match a.int_or(e, i, 0)? {
        0 => Some(Mode::Normal),
        1 => Some(Mode::Raw),
        2 => Some(Mode::Typed),
        _ => {
            e.diag(Level::Warning, "Invalid scanner mode")?;
            None
        }
    })
}

fn parse_ini_string(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let text = a.str(e, 0)?;
    let sections = a.bool_or(e, 1, false)?;
    let Some(mode) = mode_arg(e, a, 2)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(
        match parse(e, text.as_bytes(), sections, mode, "Unknown")? {
            Some(arr) => Zval::Arr(arr),
            None => Zval::Bool(false),
        },
    )
}

fn parse_ini_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = a.str(e, 0)?;
    if path.is_empty() {
        return Err(a.value_error(e, 0, "must not be empty"));
    }
    if path.as_bytes().contains(&0) {
        return Err(a.value_error(e, 0, "must not contain any null bytes"));
    }
    let sections = a.bool_or(e, 1, false)?;
    let Some(mode) = mode_arg(e, a, 2)? else {
        return Ok(Zval::Bool(false));
    };
    let name = String::from_utf8_lossy(path.as_bytes()).into_owned();
    let text = match std::fs::read(&name) {
        Ok(t) => t,
        Err(err) => {
            let msg = err.to_string();
            let msg = msg.split(" (os error").next().unwrap_or("").to_string();
            e.diag(
                Level::Warning,
                &format!("parse_ini_file({name}): Failed to open stream: {msg}"),
            )?;
            return Ok(Zval::Bool(false));
        }
    };
    Ok(match parse(e, &text, sections, mode, &name)? {
        Some(arr) => Zval::Arr(arr),
        None => Zval::Bool(false),
    })
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "parse_ini_string",
        params: params!["ini_string", "?process_sections", "?scanner_mode"],
        variadic: false,
        f: parse_ini_string,
    },
    Builtin {
        name: "parse_ini_file",
        params: params!["filename", "?process_sections", "?scanner_mode"],
        variadic: false,
        f: parse_ini_file,
    },
];
