//! JSON (`ext/json`): `json_encode`, `json_decode`, `json_last_error`, `json_last_error_msg`.
//!
//! Written from PHP's documented behaviour: `\/` escaping by default, floats printed with
//! `serialize_precision`, integers too big for `int` decoded as floats (or strings with
//! `JSON_BIGINT_AS_STRING`), the depth limit, and PHP's error codes and messages. The decoder is
//! iterative, so deeply nested input cannot overflow the Rust stack.

use crate::{params, Args, BResult, Builtin, Engine, Flow};
use memphis_values::convert;
use memphis_values::object::acc;
use memphis_values::{Key, KeyRef, ZArr, ZObj, ZStr, Zval};
use std::cell::Cell;

/// `JSON_HEX_TAG`.
pub const HEX_TAG: i64 = 1;
/// `JSON_HEX_AMP`.
pub const HEX_AMP: i64 = 2;
/// `JSON_HEX_APOS`.
pub const HEX_APOS: i64 = 4;
/// `JSON_HEX_QUOT`.
pub const HEX_QUOT: i64 = 8;
/// `JSON_FORCE_OBJECT`.
pub const FORCE_OBJECT: i64 = 16;
/// `JSON_NUMERIC_CHECK`.
pub const NUMERIC_CHECK: i64 = 32;
/// `JSON_UNESCAPED_SLASHES`.
pub const UNESCAPED_SLASHES: i64 = 64;
/// `JSON_PRETTY_PRINT`.
pub const PRETTY_PRINT: i64 = 128;
/// `JSON_UNESCAPED_UNICODE`.
pub const UNESCAPED_UNICODE: i64 = 256;
/// `JSON_PARTIAL_OUTPUT_ON_ERROR`.
pub const PARTIAL_OUTPUT: i64 = 512;
/// `JSON_PRESERVE_ZERO_FRACTION`.
pub const PRESERVE_ZERO_FRACTION: i64 = 1024;
/// `JSON_UNESCAPED_LINE_TERMINATORS`.
pub const UNESCAPED_LINE_TERMINATORS: i64 = 2048;
/// `JSON_OBJECT_AS_ARRAY`.
pub const OBJECT_AS_ARRAY: i64 = 1;
/// `JSON_BIGINT_AS_STRING`.
pub const BIGINT_AS_STRING: i64 = 2;
/// `JSON_INVALID_UTF8_IGNORE`.
pub const INVALID_UTF8_IGNORE: i64 = 0x10_0000;
/// `JSON_INVALID_UTF8_SUBSTITUTE`.
pub const INVALID_UTF8_SUBSTITUTE: i64 = 0x20_0000;
/// `JSON_THROW_ON_ERROR`.
pub const THROW_ON_ERROR: i64 = 0x40_0000;

/// Constants of this group.
pub static CONSTANTS: &[(&str, i64)] = &[
    ("JSON_HEX_TAG", HEX_TAG),
    ("JSON_HEX_AMP", HEX_AMP),
    ("JSON_HEX_APOS", HEX_APOS),
    ("JSON_HEX_QUOT", HEX_QUOT),
    ("JSON_FORCE_OBJECT", FORCE_OBJECT),
    ("JSON_NUMERIC_CHECK", NUMERIC_CHECK),
    ("JSON_UNESCAPED_SLASHES", UNESCAPED_SLASHES),
    ("JSON_PRETTY_PRINT", PRETTY_PRINT),
    ("JSON_UNESCAPED_UNICODE", UNESCAPED_UNICODE),
    ("JSON_PARTIAL_OUTPUT_ON_ERROR", PARTIAL_OUTPUT),
    ("JSON_PRESERVE_ZERO_FRACTION", PRESERVE_ZERO_FRACTION),
    (
        "JSON_UNESCAPED_LINE_TERMINATORS",
        UNESCAPED_LINE_TERMINATORS,
    ),
    ("JSON_OBJECT_AS_ARRAY", OBJECT_AS_ARRAY),
    ("JSON_BIGINT_AS_STRING", BIGINT_AS_STRING),
    ("JSON_INVALID_UTF8_IGNORE", INVALID_UTF8_IGNORE),
    ("JSON_INVALID_UTF8_SUBSTITUTE", INVALID_UTF8_SUBSTITUTE),
    ("JSON_THROW_ON_ERROR", THROW_ON_ERROR),
    ("JSON_ERROR_NONE", 0),
    ("JSON_ERROR_DEPTH", 1),
    ("JSON_ERROR_STATE_MISMATCH", 2),
    ("JSON_ERROR_CTRL_CHAR", 3),
    ("JSON_ERROR_SYNTAX", 4),
    ("JSON_ERROR_UTF8", 5),
    ("JSON_ERROR_RECURSION", 6),
    ("JSON_ERROR_INF_OR_NAN", 7),
    ("JSON_ERROR_UNSUPPORTED_TYPE", 8),
    ("JSON_ERROR_INVALID_PROPERTY_NAME", 9),
    ("JSON_ERROR_UTF16", 10),
    ("JSON_ERROR_NON_BACKED_ENUM", 11),
];

const E_DEPTH: i64 = 1;
const E_CTRL_CHAR: i64 = 3;
const E_SYNTAX: i64 = 4;
const E_UTF8: i64 = 5;
const E_RECURSION: i64 = 6;
const E_INF_NAN: i64 = 7;
const E_UNSUPPORTED: i64 = 8;
const E_PROP_NAME: i64 = 9;
const E_UTF16: i64 = 10;
const E_NON_BACKED_ENUM: i64 = 11;

thread_local! {
    static LAST_ERROR: Cell<i64> = const { Cell::new(0) };
}

/// PHP's message for a JSON error code.
pub fn error_msg(code: i64) -> &'static str {
    match code {
        0 => "No error",
        1 => "Maximum stack depth exceeded",
        2 => "State mismatch (invalid or malformed JSON)",
        3 => "Control character error, possibly incorrectly encoded",
        4 => "Syntax error",
        5 => "Malformed UTF-8 characters, possibly incorrectly encoded",
        6 => "Recursion detected",
        7 => "Inf and NaN cannot be JSON encoded",
        8 => "Type is not supported",
        9 => "The decoded property name is invalid",
        10 => "Single unpaired UTF-16 surrogate in unicode escape",
        11 => "Non-backed enums have no default serialization",
        _ => "Unknown error",
    }
}

/// Builds a `JsonException` with PHP's message and the error code.
fn json_exception(e: &mut dyn Engine, code: i64) -> Flow {
    let f = e.error("JsonException", error_msg(code).to_string());
    if let Flow::Throw(o) = &f {
        if let Some(i) = o
            .class()
            .props
            .iter()
            .position(|p| p.name.as_bytes() == b"code")
        {
            drop(o.set_slot(i, Zval::Long(code)));
        }
    }
    f
}

// ----- encoding ---------------------------------------------------------------------------------

/// Decodes one UTF-8 sequence at the start of `b`: the code point and its length.
fn utf8_char(b: &[u8]) -> Option<(u32, usize)> {
    let c0 = *b.first()? as u32;
    let (len, min, init) = match c0 {
        0x00..=0x7f => return Some((c0, 1)),
        0xc2..=0xdf => (2, 0x80, c0 & 0x1f),
        0xe0..=0xef => (3, 0x800, c0 & 0x0f),
        0xf0..=0xf4 => (4, 0x10000, c0 & 0x07),
        _ => return None,
    };
    if b.len() < len {
        return None;
    }
    let mut cp = init;
    for &c in &b[1..len] {
        if c & 0xc0 != 0x80 {
            return None;
        }
        cp = (cp << 6) | (c as u32 & 0x3f);
    }
    if cp < min || cp > 0x10ffff || (0xd800..=0xdfff).contains(&cp) {
        return None;
    }
    Some((cp, len))
}

struct Encoder {
    flags: i64,
    depth: i64,
    max_depth: i64,
    error: i64,
    guard: Vec<*const u8>,
    precision: i32,
}

impl Encoder {
    fn fail(&mut self, code: i64) {
        if self.error == 0 || code == E_DEPTH {
            self.error = code;
        }
    }

    fn partial(&self) -> bool {
        self.flags & PARTIAL_OUTPUT != 0
    }

    fn stop(&self) -> bool {
        self.error != 0 && !self.partial()
    }

    fn newline(&self, out: &mut Vec<u8>) {
        if self.flags & PRETTY_PRINT != 0 {
            out.push(b'\n');
            for _ in 0..self.depth {
                out.extend_from_slice(b"    ");
            }
        }
    }

    fn double(&mut self, out: &mut Vec<u8>, d: f64) {
        if !d.is_finite() {
            self.fail(E_INF_NAN);
            out.push(b'0');
            return;
        }
        let s = convert::format_double(d, self.precision);
        let at = out.len();
        out.extend_from_slice(s.as_bytes());
        // (The exponent's letter lowered in place: no second string.)
        for b in &mut out[at..] {
            if *b == b'E' {
                *b = b'e';
            }
        }
        if self.flags & PRESERVE_ZERO_FRACTION != 0 && !s.contains(['.', 'e', 'E']) {
            out.extend_from_slice(b".0");
        }
    }

    fn string(&mut self, out: &mut Vec<u8>, s: &[u8]) {
        if self.flags & NUMERIC_CHECK != 0 {
            if let Some(n) = convert::numeric_string(s) {
                match n {
                    convert::Numeric::Long(i) => convert::push_itoa(out, i),
                    convert::Numeric::Double(d) => self.double(out, d),
                }
                return;
            }
        }
        let start = out.len();
        out.push(b'"');
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            if c >= 0x80 {
                match utf8_char(&s[i..]) {
                    Some((cp, len)) => {
                        let escape_lt = (cp == 0x2028 || cp == 0x2029)
                            && self.flags & UNESCAPED_LINE_TERMINATORS == 0;
                        if self.flags & UNESCAPED_UNICODE != 0 && !escape_lt {
                            out.extend_from_slice(&s[i..i + len]);
                        } else if cp >= 0x10000 {
                            let v = cp - 0x10000;
                            out.extend_from_slice(
                                format!(
                                    "\\u{:04x}\\u{:04x}",
                                    0xd800 + (v >> 10),
                                    0xdc00 + (v & 0x3ff)
                                )
                                .as_bytes(),
                            );
                        } else {
                            out.extend_from_slice(format!("\\u{cp:04x}").as_bytes());
                        }
                        i += len;
                    }
                    None => {
                        if self.flags & INVALID_UTF8_IGNORE != 0 {
                            i += 1;
                        } else if self.flags & INVALID_UTF8_SUBSTITUTE != 0 {
                            if self.flags & UNESCAPED_UNICODE != 0 {
                                out.extend_from_slice("\u{fffd}".as_bytes());
                            } else {
                                out.extend_from_slice(b"\\ufffd");
                            }
                            i += 1;
                        } else {
                            self.fail(E_UTF8);
                            out.truncate(start);
                            out.extend_from_slice(b"null");
                            return;
                        }
                    }
                }
                continue;
            }
            match c {
                b'"' if self.flags & HEX_QUOT != 0 => out.extend_from_slice(b"\\u0022"),
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'/' if self.flags & UNESCAPED_SLASHES == 0 => out.extend_from_slice(b"\\/"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'<' if self.flags & HEX_TAG != 0 => out.extend_from_slice(b"\\u003C"),
                b'>' if self.flags & HEX_TAG != 0 => out.extend_from_slice(b"\\u003E"),
                b'&' if self.flags & HEX_AMP != 0 => out.extend_from_slice(b"\\u0026"),
                b'\'' if self.flags & HEX_APOS != 0 => out.extend_from_slice(b"\\u0027"),
                c if c < 0x20 => out.extend_from_slice(format!("\\u{:04x}", c).as_bytes()),
                c => out.push(c),
            }
            i += 1;
        }
        out.push(b'"');
    }

    fn value(&mut self, e: &mut dyn Engine, out: &mut Vec<u8>, v: &Zval) -> Result<(), Flow> {
        match v {
            Zval::Res(_) => {
                // Resources have no JSON form (PHP's "Type is not supported").
                self.fail(E_UNSUPPORTED);
                out.extend_from_slice(b"null");
            }
            Zval::Undef | Zval::Null => out.extend_from_slice(b"null"),
            Zval::Bool(true) => out.extend_from_slice(b"true"),
            Zval::Bool(false) => out.extend_from_slice(b"false"),
            Zval::Long(i) => convert::push_itoa(out, *i),
            Zval::Double(d) => self.double(out, *d),
            Zval::Str(s) => self.string(out, s.as_bytes()),
            Zval::Ref(r) => {
                let x = r.get();
                self.value(e, out, &x)?;
            }
            Zval::Arr(a) => {
                let list = self.flags & FORCE_OBJECT == 0
                    && a.iter()
                        .enumerate()
                        .all(|(i, (k, _))| matches!(k, KeyRef::Int(n) if n == i as i64));
                // Walked in place through a handle of its own (PHP code a value runs, such as
                // jsonSerialize(), separates the array before writing it).
                let a = a.clone();
                self.container(e, out, a.as_ptr(), list, a.is_empty(), a.iter())?;
            }
            Zval::Obj(o) => self.object(e, out, o)?,
        }
        Ok(())
    }

    fn object(&mut self, e: &mut dyn Engine, out: &mut Vec<u8>, o: &ZObj) -> Result<(), Flow> {
        if let Some((_, backing)) = e.enum_case(o) {
            match backing {
                Some(v) => return self.value(e, out, &v),
                None => {
                    self.fail(E_NON_BACKED_ENUM);
                    out.push(b'0');
                    return Ok(());
                }
            }
        }
        if crate::instance_of(e, o, "JsonSerializable")? {
            if self.guard.contains(&o.as_ptr()) {
                self.fail(E_RECURSION);
                out.extend_from_slice(b"null");
                return Ok(());
            }
            self.guard.push(o.as_ptr());
            let cb = Zval::Arr(ZArr::from_values([
                Zval::Obj(o.clone()),
                Zval::str(b"jsonSerialize"),
            ]));
            let r = e.call(&cb, Vec::new());
            self.guard.pop();
            let r = r?;
            if let Zval::Obj(same) = &r {
                if same.ptr_eq(o) {
                    return self.plain_object(e, out, o);
                }
            }
            self.guard.push(o.as_ptr());
            let res = self.value(e, out, &r);
            self.guard.pop();
            return res;
        }
        self.plain_object(e, out, o)
    }

    fn plain_object(
        &mut self,
        e: &mut dyn Engine,
        out: &mut Vec<u8>,
        o: &ZObj,
    ) -> Result<(), Flow> {
        let items: Vec<(ZStr, Zval)> = e
            .object_props_hooked(o)?
            .into_iter()
            .filter(|p| p.flags & (acc::PRIVATE | acc::PROTECTED) == 0 && !p.value.is_undef())
            .map(|p| (p.name, p.value))
            .collect();
        self.container(
            e,
            out,
            o.as_ptr(),
            false,
            items.is_empty(),
            items.iter().map(|(k, v)| (KeyRef::Str(k), v)),
        )
    }

    fn container<'a>(
        &mut self,
        e: &mut dyn Engine,
        out: &mut Vec<u8>,
        id: *const u8,
        list: bool,
        empty: bool,
        items: impl Iterator<Item = (KeyRef<'a>, &'a Zval)>,
    ) -> Result<(), Flow> {
        if self.guard.contains(&id) {
            self.fail(E_RECURSION);
            out.extend_from_slice(b"null");
            return Ok(());
        }
        let (open, close) = if list { (b'[', b']') } else { (b'{', b'}') };
        self.depth += 1;
        if self.depth > self.max_depth {
            self.fail(E_DEPTH);
            if !self.partial() {
                self.depth -= 1;
                return Ok(());
            }
        }
        out.push(open);
        if empty {
            out.push(close);
            self.depth -= 1;
            return Ok(());
        }
        self.guard.push(id);
        for (n, (k, v)) in items.enumerate() {
            if n > 0 {
                out.push(b',');
            }
            self.newline(out);
            if !list {
                let mut digits = [0u8; 20];
                let ks = match k {
                    KeyRef::Int(i) => convert::itoa(i, &mut digits),
                    KeyRef::Str(s) => s.as_bytes(),
                };
                let saved = self.flags;
                self.flags &= !NUMERIC_CHECK;
                self.string(out, ks);
                self.flags = saved;
                out.push(b':');
                if self.flags & PRETTY_PRINT != 0 {
                    out.push(b' ');
                }
            }
            self.value(e, out, v)?;
            if self.stop() {
                self.guard.pop();
                self.depth -= 1;
                return Ok(());
            }
        }
        self.guard.pop();
        self.depth -= 1;
        self.newline(out);
        out.push(close);
        Ok(())
    }
}

fn serialize_precision(e: &dyn Engine) -> i32 {
    e.ini("serialize_precision")
        .and_then(|s| s.trim().parse::<i32>().ok())
        .unwrap_or(-1)
}

/// Encodes a value as `json_encode` does: the text and the error code (0 when none). With an
/// error and without `JSON_PARTIAL_OUTPUT_ON_ERROR` the text is incomplete and must be dropped.
pub fn encode(
    e: &mut dyn Engine,
    v: &Zval,
    flags: i64,
    depth: i64,
) -> Result<(Vec<u8>, i64), Flow> {
    let mut enc = Encoder {
        flags,
        depth: 0,
        max_depth: depth,
        error: 0,
        guard: Vec::new(),
        precision: serialize_precision(e),
    };
    let mut out = Vec::new();
    enc.value(e, &mut out, v)?;
    Ok((out, enc.error))
}

fn json_encode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let flags = a.int_or(e, 1, 0)?;
    let depth = a.int_or(e, 2, 512)?;
    if depth > i32::MAX as i64 {
        return Err(a.value_error(e, 2, "must be less than 2147483647"));
    }
    let partial = flags & PARTIAL_OUTPUT != 0;
    let throw = flags & THROW_ON_ERROR != 0 && !partial;
    let (out, code) = encode(e, &v, flags, depth)?;
    if throw {
        if code != 0 {
            return Err(json_exception(e, code));
        }
    } else {
        LAST_ERROR.with(|c| c.set(code));
        if code != 0 && !partial {
            return Ok(Zval::Bool(false));
        }
    }
    Ok(Zval::Str(ZStr::new_safe(&out)))
}

// ----- decoding ---------------------------------------------------------------------------------

enum Frame {
    Array(ZArr),
    /// Members so far, and the stdClass object once its first member is in (PHP's parser
    /// creates it then, which fixes the handle order).
    Object(ZArr, Option<Zval>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    flags: i64,
    assoc: bool,
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.s.get(at..at + 4)?;
        let mut v = 0u32;
        for &c in h {
            v = v * 16 + (c as char).to_digit(16)?;
        }
        Some(v)
    }

    /// A string token's bytes: the input's own when the token is plain ASCII without
    /// escapes (most keys and values), else decoded.
    fn string(&mut self) -> Result<std::borrow::Cow<'a, [u8]>, i64> {
        // self.s[self.i] == '"'
        let s: &'a [u8] = self.s;
        let start = self.i + 1;
        let mut j = start;
        while let Some(&c) = s.get(j) {
            if c == b'"' {
                self.i = j + 1;
                return Ok(std::borrow::Cow::Borrowed(&s[start..j]));
            }
            if c == b'\\' || !(0x20..0x80).contains(&c) {
                break;
            }
            j += 1;
        }
        self.string_decoded().map(std::borrow::Cow::Owned)
    }

    /// [`Parser::string`] for a token with escapes, control or non-ASCII bytes.
    fn string_decoded(&mut self) -> Result<Vec<u8>, i64> {
        // self.s[self.i] == '"'
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(E_CTRL_CHAR);
            };
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let Some(n) = self.s.get(self.i + 1).copied() else {
                        return Err(E_SYNTAX);
                    };
                    self.i += 2;
                    match n {
                        b'"' => out.push(b'"'),
                        b'\\' => out.push(b'\\'),
                        b'/' => out.push(b'/'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let Some(u) = self.hex4(self.i) else {
                                return Err(E_SYNTAX);
                            };
                            self.i += 4;
                            let cp = if (0xd800..0xdc00).contains(&u) {
                                let lo = if self.s.get(self.i) == Some(&b'\\')
                                    && self.s.get(self.i + 1) == Some(&b'u')
                                {
                                    self.hex4(self.i + 2)
                                } else {
                                    None
                                };
                                match lo {
                                    Some(l) if (0xdc00..0xe000).contains(&l) => {
                                        self.i += 6;
                                        0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00)
                                    }
                                    _ => return Err(E_UTF16),
                                }
                            } else if (0xdc00..0xe000).contains(&u) {
                                return Err(E_UTF16);
                            } else {
                                u
                            };
                            let ch = char::from_u32(cp).unwrap_or('\u{fffd}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return Err(E_SYNTAX),
                    }
                }
                c if c < 0x20 => return Err(E_CTRL_CHAR),
                c if c < 0x80 => {
                    out.push(c);
                    self.i += 1;
                }
                _ => match utf8_char(&self.s[self.i..]) {
                    Some((_, len)) => {
                        out.extend_from_slice(&self.s[self.i..self.i + len]);
                        self.i += len;
                    }
                    None => {
                        if self.flags & INVALID_UTF8_IGNORE != 0 {
                            self.i += 1;
                        } else if self.flags & INVALID_UTF8_SUBSTITUTE != 0 {
                            out.extend_from_slice("\u{fffd}".as_bytes());
                            self.i += 1;
                        } else {
                            return Err(E_UTF8);
                        }
                    }
                },
            }
        }
    }

    fn number(&mut self) -> Result<Zval, i64> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.i += 1;
                }
            }
            _ => return Err(E_SYNTAX),
        }
        let mut is_double = false;
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(E_SYNTAX);
            }
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.i += 1;
            }
            is_double = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(E_SYNTAX);
            }
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.i += 1;
            }
            is_double = true;
        }
        let text = &self.s[start..self.i];
        let t = std::str::from_utf8(text).unwrap_or("0");
        if !is_double {
            if let Ok(n) = t.parse::<i64>() {
                return Ok(Zval::Long(n));
            }
            if self.flags & BIGINT_AS_STRING != 0 {
                return Ok(Zval::str(text));
            }
        }
        Ok(Zval::Double(t.parse::<f64>().unwrap_or(0.0)))
    }

    fn literal(&mut self) -> Result<Zval, i64> {
        for (word, v) in [
            (&b"true"[..], Zval::Bool(true)),
            (b"false", Zval::Bool(false)),
            (b"null", Zval::Null),
        ] {
            if self.s[self.i..].starts_with(word) {
                self.i += word.len();
                return Ok(v);
            }
        }
        Err(E_SYNTAX)
    }
}

/// Decodes JSON text; `Err(code)` on failure. Objects become arrays when `assoc` is set,
/// otherwise `stdClass` objects made through the engine.
pub fn decode(
    e: &mut dyn Engine,
    s: &[u8],
    assoc: bool,
    depth: i64,
    flags: i64,
) -> Result<Zval, i64> {
    let mut p = Parser {
        s,
        i: 0,
        flags,
        assoc,
    };
    let mut stack: Vec<(Frame, Option<ZStr>)> = Vec::new();
    let mut result: Option<Zval> = None;
    p.ws();
    if p.peek().is_none() {
        return Err(E_SYNTAX);
    }
    loop {
        p.ws();
        // Parse one value (or open a container).
        let c = p.peek().ok_or(E_SYNTAX)?;
        let mut value = match c {
            b'[' | b'{' => {
                if stack.len() as i64 + 1 >= depth {
                    return Err(E_DEPTH);
                }
                p.i += 1;
                p.ws();
                let close = if c == b'[' { b']' } else { b'}' };
                if p.peek() == Some(close) {
                    p.i += 1;
                    // PHP's parser gives empty containers the immutable empty array.
                    if c == b'[' {
                        Zval::Arr(ZArr::empty())
                    } else {
                        make_object(e, ZArr::empty(), p.assoc)?
                    }
                } else {
                    let frame = if c == b'[' {
                        Frame::Array(ZArr::new())
                    } else {
                        Frame::Object(ZArr::new(), None)
                    };
                    let key = if c == b'{' {
                        Some(object_key(&mut p, assoc)?)
                    } else {
                        None
                    };
                    stack.push((frame, key));
                    continue;
                }
            }
            b'"' => Zval::Str(scanned_string(&p.string()?)),
            b'-' | b'0'..=b'9' => p.number()?,
            _ => p.literal()?,
        };
        // Attach the value to its container, closing containers as they end.
        loop {
            let Some((frame, key)) = stack.last_mut() else {
                result = Some(value);
                break;
            };
            match frame {
                Frame::Array(arr) => {
                    arr.push(value);
                }
                Frame::Object(arr, obj) => {
                    let k = key.take().unwrap_or_else(ZStr::empty);
                    if assoc {
                        arr.insert(Key::from_zstr(&k), value);
                    } else {
                        if obj.is_none() {
                            *obj = Some(make_object(e, ZArr::empty(), false)?);
                        }
                        arr.insert(Key::Str(k), value);
                    }
                }
            }
            p.ws();
            let close = if matches!(frame, Frame::Array(..)) {
                b']'
            } else {
                b'}'
            };
            match p.peek() {
                Some(b',') => {
                    p.i += 1;
                    if matches!(frame, Frame::Object(..)) {
                        *key = Some(object_key(&mut p, assoc)?);
                    }
                    break;
                }
                Some(c) if c == close => {
                    p.i += 1;
                    let Some((frame, _)) = stack.pop() else {
                        return Err(E_SYNTAX);
                    };
                    value = match frame {
                        Frame::Array(arr) => Zval::Arr(arr),
                        Frame::Object(arr, Some(Zval::Obj(o))) => {
                            o.modify_dyn_props(|t| *t = arr);
                            Zval::Obj(o)
                        }
                        Frame::Object(arr, _) => make_object(e, arr, assoc)?,
                    };
                }
                _ => return Err(E_SYNTAX),
            }
        }
        if let Some(v) = result.take() {
            p.ws();
            if p.i != s.len() {
                return Err(E_SYNTAX);
            }
            return Ok(v);
        }
    }
}

/// Reads `"key" :` inside an object.
fn object_key(p: &mut Parser, assoc: bool) -> Result<ZStr, i64> {
    p.ws();
    if p.peek() != Some(b'"') {
        return Err(E_SYNTAX);
    }
    let k = p.string()?;
    if !assoc && k.first() == Some(&0) {
        return Err(E_PROP_NAME);
    }
    p.ws();
    if p.peek() != Some(b':') {
        return Err(E_SYNTAX);
    }
    p.i += 1;
    Ok(scanned_string(&k))
}

/// A string as PHP's JSON scanner makes it: allocated even for one byte (only "" is shared).
fn scanned_string(b: &[u8]) -> ZStr {
    if b.is_empty() {
        return ZStr::empty();
    }
    ZStr::try_new(b).unwrap_or_else(ZStr::empty)
}

fn make_object(e: &mut dyn Engine, props: ZArr, assoc: bool) -> Result<Zval, i64> {
    if assoc {
        return Ok(Zval::Arr(props));
    }
    match e.new_object("stdClass") {
        Some(o) => {
            if !props.is_empty() {
                o.modify_dyn_props(|t| *t = props);
            }
            Ok(Zval::Obj(o))
        }
        None => Ok(Zval::Arr(props)),
    }
}

fn json_decode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let assoc_arg = if a.has(1) && !a.get(1).is_null() {
        Some(a.bool(e, 1)?)
    } else {
        None
    };
    let depth = a.int_or(e, 2, 512)?;
    let flags = a.int_or(e, 3, 0)?;
    if depth <= 0 {
        return Err(a.value_error(e, 2, "must be greater than 0"));
    }
    if depth > i32::MAX as i64 {
        return Err(a.value_error(e, 2, "must be less than 2147483647"));
    }
    let assoc = assoc_arg.unwrap_or(flags & OBJECT_AS_ARRAY != 0);
    let throw = flags & THROW_ON_ERROR != 0;
    if !throw {
        LAST_ERROR.with(|c| c.set(0));
    }
    match decode(e, s.as_bytes(), assoc, depth, flags) {
        Ok(v) => Ok(v),
        Err(code) => {
            if throw {
                return Err(json_exception(e, code));
            }
            LAST_ERROR.with(|c| c.set(code));
            Ok(Zval::Null)
        }
    }
}

fn json_last_error(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(LAST_ERROR.with(|c| c.get())))
}

fn json_last_error_msg(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::str(
        error_msg(LAST_ERROR.with(|c| c.get())).as_bytes(),
    ))
}

fn json_validate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let depth = a.int_or(e, 1, 512)?;
    let flags = a.int_or(e, 2, 0)?;
    if depth <= 0 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    }
    if flags & !INVALID_UTF8_IGNORE != 0 {
        return Err(a.value_error(
            e,
            2,
            "must be a valid flag (allowed flags: JSON_INVALID_UTF8_IGNORE)",
        ));
    }
    let r = decode(e, s.as_bytes(), true, depth, flags);
    let code = r.as_ref().err().copied().unwrap_or(0);
    LAST_ERROR.with(|c| c.set(code));
    Ok(Zval::Bool(code == 0))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "json_encode",
        params: params!["value", "?flags", "?depth"],
        variadic: false,
        f: json_encode,
    },
    Builtin {
        name: "json_decode",
        params: params!["json", "?associative", "?depth", "?flags"],
        variadic: false,
        f: json_decode,
    },
    Builtin {
        name: "json_last_error",
        params: params![],
        variadic: false,
        f: json_last_error,
    },
    Builtin {
        name: "json_last_error_msg",
        params: params![],
        variadic: false,
        f: json_last_error_msg,
    },
    Builtin {
        name: "json_validate",
        params: params!["json", "?depth", "?flags"],
        variadic: false,
        f: json_validate,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_sequences() {
        assert_eq!(utf8_char("é".as_bytes()), Some((0xe9, 2)));
        assert_eq!(utf8_char(b"\xff"), None);
        assert_eq!(utf8_char(b"\xed\xa0\x80"), None);
        assert_eq!(utf8_char("😀".as_bytes()), Some((0x1f600, 4)));
    }
}
