//! PCRE (`ext/pcre`): `preg_match`, `preg_match_all`, `preg_replace`, `preg_replace_callback`,
//! `preg_replace_callback_array`, `preg_split`, `preg_quote`, `preg_grep`, `preg_last_error`.
//!
//! Patterns are parsed as PHP does (leading whitespace, delimiter, bracket-style delimiters,
//! modifiers `imsxADSUXJnu`) and compiled with PCRE2, the engine PHP uses, through the safe
//! `pcre2` crate. Modifiers the crate has no switch for are expressed in the pattern: `U`, `J`
//! and `n` as inline options, `A` as a `\G` anchor, `D` by rewriting `$`. Compiled patterns are
//! cached per pattern string, as PHP's regex cache does.
//!
//! Empty matches advance as PHP's `/g` emulation does: after an empty match the same position
//! is retried for a non-empty anchored match (a `\G(?:…)(?!\G)` variant of the pattern), and
//! only then the search moves on by one character.

use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::{Key, KeyRef, ZArr, ZStr, Zval};
use pcre2::bytes::{CaptureLocations, Regex, RegexBuilder};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// `PREG_PATTERN_ORDER`.
pub const PATTERN_ORDER: i64 = 1;
/// `PREG_SET_ORDER`.
pub const SET_ORDER: i64 = 2;
/// `PREG_OFFSET_CAPTURE`.
pub const OFFSET_CAPTURE: i64 = 256;
/// `PREG_UNMATCHED_AS_NULL`.
pub const UNMATCHED_AS_NULL: i64 = 512;
/// `PREG_SPLIT_NO_EMPTY`.
pub const SPLIT_NO_EMPTY: i64 = 1;
/// `PREG_SPLIT_DELIM_CAPTURE`.
pub const SPLIT_DELIM_CAPTURE: i64 = 2;
/// `PREG_SPLIT_OFFSET_CAPTURE`.
pub const SPLIT_OFFSET_CAPTURE: i64 = 4;

/// Constants of this group.
pub static CONSTANTS: &[(&str, i64)] = &[
    ("PREG_PATTERN_ORDER", PATTERN_ORDER),
    ("PREG_SET_ORDER", SET_ORDER),
    ("PREG_OFFSET_CAPTURE", OFFSET_CAPTURE),
    ("PREG_UNMATCHED_AS_NULL", UNMATCHED_AS_NULL),
    ("PREG_SPLIT_NO_EMPTY", SPLIT_NO_EMPTY),
    ("PREG_SPLIT_DELIM_CAPTURE", SPLIT_DELIM_CAPTURE),
    ("PREG_SPLIT_OFFSET_CAPTURE", SPLIT_OFFSET_CAPTURE),
    ("PREG_GREP_INVERT", 1),
    ("PREG_NO_ERROR", 0),
    ("PREG_INTERNAL_ERROR", 1),
    ("PREG_BACKTRACK_LIMIT_ERROR", 2),
    ("PREG_RECURSION_LIMIT_ERROR", 3),
    ("PREG_BAD_UTF8_ERROR", 4),
    ("PREG_BAD_UTF8_OFFSET_ERROR", 5),
    ("PREG_JIT_STACKLIMIT_ERROR", 6),
    ("PCRE_VERSION_MAJOR", 10),
    ("PCRE_VERSION_MINOR", 46),
];

/// String constants of this group.
pub static STRING_CONSTANTS: &[(&str, &str)] = &[("PCRE_VERSION", "10.46 2025-08-27")];

const ERR_INTERNAL: i64 = 1;
const ERR_BACKTRACK: i64 = 2;
const ERR_RECURSION: i64 = 3;
const ERR_BAD_UTF8: i64 = 4;
const ERR_BAD_UTF8_OFFSET: i64 = 5;
const ERR_JIT_STACK: i64 = 6;

thread_local! {
    static LAST_ERROR: Cell<i64> = const { Cell::new(0) };
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Compiled>, rustc_hash::FxBuildHasher>> =
        RefCell::new(HashMap::default());
}

fn set_error(code: i64) {
    LAST_ERROR.with(|c| c.set(code));
}

/// A compiled pattern with what PHP's regex cache keeps about it.
pub struct Compiled {
    re: Regex,
    /// Source given to PCRE2 (after modifier rewriting), for the retry variant.
    source: String,
    extended: bool,
    /// The `\G(?:…)(?!\G)` variant for retrying after an empty match (built on demand).
    notempty: RefCell<Option<Option<Regex>>>,
    builder: RegexBuilder,
    /// Group names by group number (0 = whole match).
    names: Vec<Option<String>>,
    /// `u` modifier: subject must be valid UTF-8 and matching advances by characters.
    utf: bool,
    /// The main pattern's match data, kept from match to match (PHP keeps its match data
    /// too); out while a match runs.
    locs: RefCell<Option<CaptureLocations>>,
}

/// One match: per group, byte span or `None` when the group did not participate.
type Groups = Vec<Option<(usize, usize)>>;

enum MatchErr {
    Code(i64),
}

impl Compiled {
    fn groups(&self) -> usize {
        self.names.len()
    }

    fn run(&self, re: &Regex, subject: &[u8], start: usize) -> Result<Option<Groups>, MatchErr> {
        if start > subject.len() {
            return Ok(None);
        }
        let main = std::ptr::eq(re, &self.re);
        let mut locs: CaptureLocations = match main.then(|| self.locs.borrow_mut().take()) {
            Some(Some(l)) => l,
            _ => re.capture_locations(),
        };
        let r = match re.captures_read_at(&mut locs, subject, start) {
            Ok(Some(_)) => {
                let n = self.groups();
                let mut g = Vec::with_capacity(n);
                for i in 0..n {
                    g.push(locs.get(i));
                }
                // Trailing groups that did not participate are not reported.
                Ok(Some(g))
            }
            Ok(None) => Ok(None),
            Err(err) => Err(MatchErr::Code(match_error_code(&err))),
        };
        if main {
            *self.locs.borrow_mut() = Some(locs);
        }
        r
    }

    /// The next match at or after `start`.
    fn find(&self, subject: &[u8], start: usize) -> Result<Option<Groups>, MatchErr> {
        self.run(&self.re, subject, start)
    }

    /// A non-empty match anchored at `start` (PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED).
    fn find_notempty_at(&self, subject: &[u8], start: usize) -> Result<Option<Groups>, MatchErr> {
        let mut slot = self.notempty.borrow_mut();
        if slot.is_none() {
            let (verbs, body) = split_verbs(&self.source);
            let nl = if self.extended { "\n" } else { "" };
            let src = format!("{verbs}\\G(?:{body}{nl})(?!\\G)");
            *slot = Some(self.builder.build(&src).ok());
        }
        let Some(Some(re)) = slot.as_ref() else {
            return Ok(None);
        };
        let re = re.clone();
        drop(slot);
        match self.run(&re, subject, start)? {
            Some(g)
                if g.first()
                    .copied()
                    .flatten()
                    .is_some_and(|(s, _)| s == start) =>
            {
                Ok(Some(g))
            }
            _ => Ok(None),
        }
    }

    /// Length of the character at `pos` (one byte unless in UTF mode).
    fn unit_len(&self, subject: &[u8], pos: usize) -> usize {
        if !self.utf {
            return 1;
        }
        let c = subject.get(pos).copied().unwrap_or(0);
        let n = match c {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        n.min(subject.len().saturating_sub(pos)).max(1)
    }

    /// All matches from `start`, PHP's `/g` loop: `f` gets each match and returns whether to
    /// go on. Returns the error code if matching failed.
    fn each(
        &self,
        subject: &[u8],
        start: usize,
        mut f: impl FnMut(&Groups) -> Result<bool, Flow>,
    ) -> Result<Result<(), i64>, Flow> {
        let mut pos = start;
        let mut after_empty = false;
        loop {
            let found = if after_empty {
                match self.find_notempty_at(subject, pos) {
                    Ok(Some(g)) => Ok(Some(g)),
                    Ok(None) => {
                        if pos >= subject.len() {
                            return Ok(Ok(()));
                        }
                        pos += self.unit_len(subject, pos);
                        self.find(subject, pos)
                    }
                    Err(e) => Err(e),
                }
            } else {
                self.find(subject, pos)
            };
            let g = match found {
                Ok(Some(g)) => g,
                Ok(None) => return Ok(Ok(())),
                Err(MatchErr::Code(c)) => return Ok(Err(c)),
            };
            let (s, e) = g.first().copied().flatten().unwrap_or((pos, pos));
            if !f(&g)? {
                return Ok(Ok(()));
            }
            after_empty = s == e;
            pos = e.max(s);
            if pos > subject.len() {
                return Ok(Ok(()));
            }
        }
    }
}

/// Splits leading `(*VERB)` items (which must stay first) from the rest of a pattern.
fn split_verbs(src: &str) -> (&str, &str) {
    let b = src.as_bytes();
    let mut i = 0;
    while b[i..].starts_with(b"(*") {
        match b[i..].iter().position(|&c| c == b')') {
            Some(p) => {
                let name = &b[i + 2..i + p];
                if name.iter().all(|c| {
                    c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_' || *c == b'='
                }) && !name.is_empty()
                {
                    i += p + 1;
                } else {
                    break;
                }
            }
            None => break,
        }
    }
    (&src[..i], &src[i..])
}

fn match_error_code(err: &pcre2::Error) -> i64 {
    // PCRE2 error codes: -47 match limit, -53 depth limit, -63 heap limit, -46 JIT stack,
    // UTF errors are -3 … -37.
    match err.code() {
        -47 => ERR_BACKTRACK,
        -53 | -63 => ERR_RECURSION,
        -46 => ERR_JIT_STACK,
        -36 => ERR_BAD_UTF8_OFFSET,
        c if (-37..=-3).contains(&c) => ERR_BAD_UTF8,
        _ => ERR_INTERNAL,
    }
}

/// Message of a PCRE2 compile error as PHP prints it ("missing closing parenthesis at
/// offset 4").
fn compile_message(err: &pcre2::Error) -> String {
    let text = err.to_string();
    let msg = match text.find("offset ") {
        Some(p) => match text[p..].find(": ") {
            Some(q) => text[p + q + 2..].to_string(),
            None => text.clone(),
        },
        None => text
            .strip_prefix("PCRE2: error compiling pattern: ")
            .unwrap_or(&text)
            .to_string(),
    };
    match err.offset() {
        Some(off) => format!("{msg} at offset {off}"),
        None => msg,
    }
}

/// Turns raw pattern bytes into the `&str` PCRE2 gets: outside UTF mode, bytes that are not
/// UTF-8 become `\x{hh}` escapes (which match those bytes).
fn pattern_text(b: &[u8], utf: bool) -> Result<String, String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    if utf {
        let off = std::str::from_utf8(b)
            .err()
            .map(|e| e.valid_up_to())
            .unwrap_or(0);
        return Err(format!(
            "UTF-8 error: isolated byte with 0x80 bit set at offset {off}"
        ));
    }
    let mut out = String::with_capacity(b.len() + 8);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' && i + 1 < b.len() && b[i + 1] >= 0x80 {
            out.push_str(&format!("\\x{{{:02x}}}", b[i + 1]));
            i += 2;
        } else if c >= 0x80 {
            out.push_str(&format!("\\x{{{c:02x}}}"));
            i += 1;
        } else {
            out.push(c as char);
            i += 1;
        }
    }
    Ok(out)
}

/// Replaces `$` outside character classes and escapes with `\z` (the `D` modifier).
fn dollar_endonly(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 4);
    let mut in_class = false;
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '$' if !in_class => out.push_str("\\z"),
            c => out.push(c),
        }
    }
    out
}

/// Parses and compiles a PHP regex (`/pattern/flags`), warning as PHP does on errors.
pub fn compile(e: &mut dyn Engine, regex: &[u8]) -> Result<Option<Rc<Compiled>>, Flow> {
    if let Some(c) = CACHE.with(|c| c.borrow().get(regex).cloned()) {
        return Ok(Some(c));
    }
    match compile_uncached(regex) {
        Ok(c) => {
            let c = Rc::new(c);
            CACHE.with(|cache| {
                let mut cache = cache.borrow_mut();
                if cache.len() >= 4096 {
                    cache.clear();
                }
                cache.insert(regex.to_vec(), c.clone());
            });
            Ok(Some(c))
        }
        Err(msg) => {
            e.diag(Level::Warning, &msg)?;
            set_error(ERR_INTERNAL);
            Ok(None)
        }
    }
}

fn compile_uncached(regex: &[u8]) -> Result<Compiled, String> {
    let mut i = 0;
    while i < regex.len() && matches!(regex[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
        i += 1;
    }
    if i >= regex.len() {
        return Err("Empty regular expression".into());
    }
    let start_delim = regex[i];
    if start_delim.is_ascii_alphanumeric() || start_delim == b'\\' || start_delim == 0 {
        return Err("Delimiter must not be alphanumeric, backslash, or NUL byte".into());
    }
    i += 1;
    let pat_start = i;
    let end_delim = match start_delim {
        b'(' => b')',
        b'[' => b']',
        b'{' => b'}',
        b'<' => b'>',
        c => c,
    };
    let mut p = pat_start;
    if start_delim == end_delim {
        while p < regex.len() {
            if regex[p] == b'\\' && p + 1 < regex.len() {
                p += 1;
            } else if regex[p] == end_delim {
                break;
            }
            p += 1;
        }
        if p >= regex.len() {
            return Err(format!("No ending delimiter '{}' found", end_delim as char));
        }
    } else {
        let mut depth = 1;
        while p < regex.len() {
            if regex[p] == b'\\' && p + 1 < regex.len() {
                p += 1;
            } else if regex[p] == end_delim {
                depth -= 1;
                if depth <= 0 {
                    break;
                }
            } else if regex[p] == start_delim {
                depth += 1;
            }
            p += 1;
        }
        if p >= regex.len() {
            return Err(format!(
                "No ending matching delimiter '{}' found",
                end_delim as char
            ));
        }
    }
    let body = &regex[pat_start..p];
    let (
        mut ci,
        mut ml,
        mut dot,
        mut ext,
        mut anch,
        mut dollar,
        mut ungreedy,
        mut utf,
        mut dup,
        mut nocap,
    ) = (
        false, false, false, false, false, false, false, false, false, false,
    );
    for &m in &regex[p + 1..] {
        match m {
            b'i' => ci = true,
            b'm' => ml = true,
            b's' => dot = true,
            b'x' => ext = true,
            b'A' => anch = true,
            b'D' => dollar = true,
            b'S' | b'X' => {}
            b'U' => ungreedy = true,
            b'u' => utf = true,
            b'J' => dup = true,
            b'n' => nocap = true,
            b' ' | b'\n' | b'\r' => {}
            0 => return Err("NUL byte is not a valid modifier".into()),
            c => {
                return Err(if c.is_ascii_graphic() {
                    format!("Unknown modifier '{}'", c as char)
                } else {
                    format!("Unknown modifier '\\x{c:02x}'")
                });
            }
        }
    }
    let mut src = pattern_text(body, utf).map_err(|m| format!("Compilation failed: {m}"))?;
    if dollar && !ml {
        src = dollar_endonly(&src);
    }
    let (verbs, rest) = split_verbs(&src);
    let mut inline = String::new();
    if ungreedy {
        inline.push_str("(?U)");
    }
    if dup {
        inline.push_str("(?J)");
    }
    if nocap {
        inline.push_str("(?n)");
    }
    let nl = if ext { "\n" } else { "" };
    let src = if anch {
        format!("{verbs}{inline}\\G(?:{rest}{nl})")
    } else {
        format!("{verbs}{inline}{rest}")
    };
    let mut b = RegexBuilder::new();
    b.caseless(ci)
        .multi_line(ml)
        .dotall(dot)
        .extended(ext)
        .jit_if_available(true);
    if utf {
        b.utf(true).ucp(true);
    }
    let re = b
        .build(&src)
        .map_err(|err| format!("Compilation failed: {}", compile_message(&err)))?;
    let names = re.capture_names().to_vec();
    Ok(Compiled {
        re,
        source: src,
        extended: ext,
        notempty: RefCell::new(None),
        builder: b,
        names,
        utf,
        locs: RefCell::new(None),
    })
}

// ----- building results -------------------------------------------------------------------------

fn piece(subject: &[u8], span: Option<(usize, usize)>, flags: i64) -> Zval {
    let v = match span {
        Some((s, e)) => Zval::Str(ZStr::new_safe(
            &subject[s.min(subject.len())..e.min(subject.len()).max(s.min(subject.len()))],
        )),
        None if flags & UNMATCHED_AS_NULL != 0 => Zval::Null,
        None => Zval::Str(ZStr::empty()),
    };
    if flags & OFFSET_CAPTURE != 0 {
        let off = span.map(|(s, _)| s as i64).unwrap_or(-1);
        Zval::Arr(ZArr::from_values([v, Zval::Long(off)]))
    } else {
        v
    }
}

/// The `$matches` array of one match as preg_match builds it.
fn match_array(c: &Compiled, subject: &[u8], g: &Groups, flags: i64) -> ZArr {
    let mut n = g.len();
    if flags & UNMATCHED_AS_NULL == 0 {
        while n > 1 && g[n - 1].is_none() {
            n -= 1;
        }
    }
    let mut out = ZArr::new();
    for (i, span) in g.iter().enumerate().take(n) {
        let v = piece(subject, *span, flags);
        if let Some(Some(name)) = c.names.get(i) {
            out.insert(Key::from_bytes(name.as_bytes()), v.clone());
        }
        out.insert(Key::Int(i as i64), v);
    }
    out
}

/// Validates the subject for UTF mode and the start offset.
fn check_subject(c: &Compiled, subject: &[u8], start: usize) -> Result<(), i64> {
    if c.utf {
        if std::str::from_utf8(subject).is_err() {
            return Err(ERR_BAD_UTF8);
        }
        if start < subject.len() && (subject[start] & 0xc0) == 0x80 {
            return Err(ERR_BAD_UTF8_OFFSET);
        }
    }
    Ok(())
}

fn start_offset(len: usize, offset: i64) -> Option<usize> {
    if offset < 0 {
        let o = len as i64 + offset;
        Some(o.max(0) as usize)
    } else if offset as u64 > len as u64 {
        None
    } else {
        Some(offset as usize)
    }
}

// ----- preg_match / preg_match_all -------------------------------------------------------------

fn preg_match(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pat = a.str(e, 0)?;
    let subject = a.str(e, 1)?;
    let flags = a.int_or(e, 3, 0)?;
    let offset = a.int_or(e, 4, 0)?;
    if flags & !(OFFSET_CAPTURE | UNMATCHED_AS_NULL) != 0 {
        return Err(a.value_error(e, 3, "must be a PREG_* constant"));
    }
    let Some(c) = compile(e, pat.as_bytes())? else {
        return Ok(Zval::Bool(false));
    };
    let s = subject.as_bytes();
    set_error(0);
    let Some(start) = start_offset(s.len(), offset) else {
        set_error(ERR_INTERNAL);
        a.set_ref(2, Zval::Arr(ZArr::new()));
        return Ok(Zval::Bool(false));
    };
    if let Err(code) = check_subject(&c, s, start) {
        set_error(code);
        a.set_ref(2, Zval::Arr(ZArr::new()));
        return Ok(Zval::Bool(false));
    }
    match c.find(s, start) {
        Ok(Some(g)) => {
            a.set_ref(2, Zval::Arr(match_array(&c, s, &g, flags)));
            Ok(Zval::Long(1))
        }
        Ok(None) => {
            a.set_ref(2, Zval::Arr(ZArr::new()));
            Ok(Zval::Long(0))
        }
        Err(MatchErr::Code(code)) => {
            set_error(code);
            a.set_ref(2, Zval::Arr(ZArr::new()));
            Ok(Zval::Bool(false))
        }
    }
}

fn preg_match_all(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pat = a.str(e, 0)?;
    let subject = a.str(e, 1)?;
    let flags_given = a.has(3) && !a.get(3).is_null();
    let mut flags = a.int_or(e, 3, 0)?;
    let offset = a.int_or(e, 4, 0)?;
    let order = flags & 0xff;
    if flags_given && (order > 2 || flags & !(0xff | OFFSET_CAPTURE | UNMATCHED_AS_NULL) != 0) {
        return Err(a.value_error(e, 3, "must be a PREG_* constant"));
    }
    let set_order = order == SET_ORDER;
    flags &= OFFSET_CAPTURE | UNMATCHED_AS_NULL;
    let Some(c) = compile(e, pat.as_bytes())? else {
        return Ok(Zval::Bool(false));
    };
    let s = subject.as_bytes();
    set_error(0);
    let Some(start) = start_offset(s.len(), offset) else {
        set_error(ERR_INTERNAL);
        a.set_ref(2, Zval::Arr(ZArr::new()));
        return Ok(Zval::Bool(false));
    };
    if let Err(code) = check_subject(&c, s, start) {
        set_error(code);
        a.set_ref(2, Zval::Arr(ZArr::new()));
        return Ok(Zval::Bool(false));
    }
    let mut all: Vec<Groups> = Vec::new();
    let r = c.each(s, start, |g| {
        all.push(g.clone());
        Ok(true)
    })?;
    if let Err(code) = r {
        set_error(code);
        a.set_ref(2, Zval::Arr(ZArr::new()));
        return Ok(Zval::Bool(false));
    }
    let out = if set_order {
        ZArr::from_values(all.iter().map(|g| Zval::Arr(match_array(&c, s, g, flags))))
    } else {
        let mut out = ZArr::new();
        for i in 0..c.groups() {
            let col = ZArr::from_values(
                all.iter()
                    .map(|g| piece(s, g.get(i).copied().flatten(), flags)),
            );
            if let Some(Some(name)) = c.names.get(i) {
                out.insert(Key::from_bytes(name.as_bytes()), Zval::Arr(col.clone()));
            }
            out.insert(Key::Int(i as i64), Zval::Arr(col));
        }
        out
    };
    a.set_ref(2, Zval::Arr(out));
    Ok(Zval::Long(all.len() as i64))
}

// ----- replacing --------------------------------------------------------------------------------

/// Expands `\n`, `$n` and `${n}` references in a replacement string.
fn expand_replacement(rep: &[u8], subject: &[u8], g: &Groups, out: &mut Vec<u8>) {
    let mut i = 0;
    let mut last: u8 = 0;
    while i < rep.len() {
        let c = rep[i];
        if c == b'\\' || c == b'$' {
            if last == b'\\' {
                // An escaped `\` or `$`: it replaces the backslash already written.
                out.pop();
                out.push(c);
                last = 0;
                i += 1;
                continue;
            }
            if let Some((n, used)) = backref(&rep[i..]) {
                if let Some(Some((s, e))) = g.get(n) {
                    out.extend_from_slice(&subject[*s..*e]);
                }
                i += used;
                last = b'0';
                continue;
            }
        }
        out.push(c);
        last = c;
        i += 1;
    }
}

/// Parses a backreference at the start of `s` (`\12`, `$1`, `${1}`): group and bytes used.
fn backref(s: &[u8]) -> Option<(usize, usize)> {
    let mut i = 1;
    let brace = s[0] == b'$' && s.get(1) == Some(&b'{');
    if brace {
        i += 1;
    }
    let d = *s.get(i)?;
    if !d.is_ascii_digit() {
        return None;
    }
    let mut n = (d - b'0') as usize;
    i += 1;
    if let Some(&d2) = s.get(i) {
        if d2.is_ascii_digit() {
            n = n * 10 + (d2 - b'0') as usize;
            i += 1;
        }
    }
    if brace {
        if s.get(i) != Some(&b'}') {
            return None;
        }
        i += 1;
    }
    Some((n, i))
}

enum Replacement<'a> {
    Text(&'a [u8]),
    Callback(&'a Zval, i64),
}

/// Replaces matches of one pattern in one subject. `None` on a matching error.
fn replace_one(
    e: &mut dyn Engine,
    c: &Compiled,
    subject: &[u8],
    rep: &Replacement,
    limit: i64,
    count: &mut i64,
) -> Result<Option<Vec<u8>>, Flow> {
    if let Err(code) = check_subject(c, subject, 0) {
        set_error(code);
        return Ok(None);
    }
    let mut out = Vec::with_capacity(subject.len());
    let mut last = 0usize;
    let mut left = limit;
    let r = c.each(subject, 0, |g| {
        if left == 0 {
            return Ok(false);
        }
        let (s, en) = g.first().copied().flatten().unwrap_or((last, last));
        out.extend_from_slice(&subject[last.min(s)..s]);
        match rep {
            Replacement::Text(t) => expand_replacement(t, subject, g, &mut out),
            Replacement::Callback(cb, flags) => {
                let m = match_array(c, subject, g, *flags);
                let v = e.call(cb, vec![Zval::Arr(m)])?;
                let s = e.to_zstr(&v)?;
                out.extend_from_slice(s.as_bytes());
            }
        }
        last = en.max(s);
        *count += 1;
        if left > 0 {
            left -= 1;
        }
        Ok(left != 0)
    })?;
    if let Err(code) = r {
        set_error(code);
        return Ok(None);
    }
    out.extend_from_slice(&subject[last.min(subject.len())..]);
    Ok(Some(out))
}

/// The pattern list of preg_replace: `(pattern, replacement)` pairs.
fn pattern_pairs(
    e: &mut dyn Engine,
    a: &Args,
    pats: &Zval,
    reps: Option<&Zval>,
) -> Result<Vec<(ZStr, ZStr)>, Flow> {
    let mut out = Vec::new();
    match pats {
        Zval::Arr(pa) => {
            let rep_list: Option<Vec<Zval>> = match reps {
                Some(Zval::Arr(ra)) => Some(ra.values().map(|v| v.deref()).collect()),
                _ => None,
            };
            let single = match reps {
                Some(Zval::Arr(_)) | None => None,
                Some(v) => Some(e.to_zstr(v)?),
            };
            for (i, p) in pa
                .values()
                .map(|v| v.deref())
                .collect::<Vec<_>>()
                .into_iter()
                .enumerate()
            {
                let ps = e.to_zstr(&p)?;
                let r = match (&rep_list, &single) {
                    (Some(l), _) => match l.get(i) {
                        Some(v) => e.to_zstr(v)?,
                        None => ZStr::empty(),
                    },
                    (None, Some(s)) => s.clone(),
                    _ => ZStr::empty(),
                };
                out.push((ps, r));
            }
        }
        other => {
            if let Some(Zval::Arr(_)) = reps {
                return Err(e.error("TypeError", format!("{}(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given", a.fname)));
            }
            let r = match reps {
                Some(v) => e.to_zstr(v)?,
                None => ZStr::empty(),
            };
            out.push((e.to_zstr(other)?, r));
        }
    }
    Ok(out)
}

fn check_str_or_array(e: &mut dyn Engine, a: &Args, i: usize) -> Result<Zval, Flow> {
    let v = a.get(i);
    match &v {
        Zval::Arr(_) | Zval::Str(_) => Ok(v),
        Zval::Long(_) | Zval::Double(_) | Zval::Bool(_) => Ok(Zval::Str(e.to_zstr(&v)?)),
        Zval::Null | Zval::Undef => {
            e.diag(
                Level::Deprecated,
                &format!(
                    "{}(): Passing null to parameter #{} (${}) of type array|string is deprecated",
                    a.fname,
                    i + 1,
                    a.params[i].name
                ),
            )?;
            Ok(Zval::Str(ZStr::empty()))
        }
        Zval::Obj(o) if e.has_method(o, "__tostring") => Ok(Zval::Str(e.to_zstr(&v)?)),
        _ => Err(a.type_error(e, i, "array|string", &v)),
    }
}

/// Applies a list of (pattern, replacement) to one subject.
fn replace_subject(
    e: &mut dyn Engine,
    pairs: &[(Rc<Compiled>, Replacement)],
    subject: ZStr,
    limit: i64,
    count: &mut i64,
) -> Result<Option<ZStr>, Flow> {
    let mut cur = subject;
    for (c, rep) in pairs {
        let before = *count;
        match replace_one(e, c, cur.as_bytes(), rep, limit, count)? {
            // No match: PHP hands back the subject itself.
            Some(_) if *count == before => {}
            // PHP's result block is sized as by `zend_string_safe_alloc` (len + 32).
            Some(v) => cur = ZStr::new_safe(&v),
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}

fn replace_common(
    e: &mut dyn Engine,
    a: &Args,
    pairs: Vec<(Rc<Compiled>, Replacement)>,
    subject: Zval,
    limit: i64,
    count_arg: usize,
    grep_failed: bool,
) -> BResult {
    let mut count = 0i64;
    let result = match subject {
        Zval::Arr(subjects) => {
            let mut out = ZArr::new();
            for (k, v) in subjects
                .iter()
                .map(|(k, v)| (k.to_key(), v.deref()))
                .collect::<Vec<_>>()
            {
                let s = e.to_zstr(&v)?;
                if grep_failed {
                    continue;
                }
                if let Some(r) = replace_subject(e, &pairs, s, limit, &mut count)? {
                    out.insert(k, Zval::Str(r));
                }
            }
            Zval::Arr(out)
        }
        other => {
            let s = e.to_zstr(&other)?;
            if grep_failed {
                Zval::Null
            } else {
                match replace_subject(e, &pairs, s, limit, &mut count)? {
                    Some(r) => Zval::Str(r),
                    None => Zval::Null,
                }
            }
        }
    };
    a.set_ref(count_arg, Zval::Long(count));
    Ok(result)
}

fn preg_replace_impl(e: &mut dyn Engine, a: &mut Args, filter: bool) -> BResult {
    let pats = check_str_or_array(e, a, 0)?;
    let reps = check_str_or_array(e, a, 1)?;
    let subject = check_str_or_array(e, a, 2)?;
    let limit = a.int_or(e, 3, -1)?;
    set_error(0);
    let list = pattern_pairs(e, a, &pats, Some(&reps))?;
    let mut compiled = Vec::new();
    let mut failed = false;
    for (p, _) in &list {
        match compile(e, p.as_bytes())? {
            Some(c) => compiled.push(c),
            None => failed = true,
        }
    }
    let pairs: Vec<(Rc<Compiled>, Replacement)> = compiled
        .into_iter()
        .zip(list.iter())
        .map(|(c, (_, r))| (c, Replacement::Text(r.as_bytes())))
        .collect();
    if !filter {
        return replace_common(e, a, pairs, subject, limit, 4, failed);
    }
    // preg_filter: only subjects where something matched.
    let mut count = 0i64;
    let one = |e: &mut dyn Engine, s: ZStr, count: &mut i64| -> Result<Option<ZStr>, Flow> {
        let before = *count;
        let r = replace_subject(e, &pairs, s, limit, count)?;
        Ok(if *count > before { r } else { None })
    };
    let result = match subject {
        Zval::Arr(subjects) => {
            let mut out = ZArr::new();
            for (k, v) in subjects
                .iter()
                .map(|(k, v)| (k.to_key(), v.deref()))
                .collect::<Vec<_>>()
            {
                let s = e.to_zstr(&v)?;
                if failed {
                    continue;
                }
                if let Some(r) = one(e, s, &mut count)? {
                    out.insert(k, Zval::Str(r));
                }
            }
            Zval::Arr(out)
        }
        other => {
            let s = e.to_zstr(&other)?;
            if failed {
                Zval::Null
            } else {
                one(e, s, &mut count)?.map(Zval::Str).unwrap_or(Zval::Null)
            }
        }
    };
    a.set_ref(4, Zval::Long(count));
    Ok(result)
}

fn preg_replace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    preg_replace_impl(e, a, false)
}

fn preg_filter(e: &mut dyn Engine, a: &mut Args) -> BResult {
    preg_replace_impl(e, a, true)
}

fn preg_replace_callback(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pats = check_str_or_array(e, a, 0)?;
    let cb = a.callable(e, 1)?;
    let subject = check_str_or_array(e, a, 2)?;
    let limit = a.int_or(e, 3, -1)?;
    let flags = a.int_or(e, 5, 0)?;
    if flags & !(OFFSET_CAPTURE | UNMATCHED_AS_NULL) != 0 {
        return Err(a.value_error(e, 5, "must be a PREG_* constant"));
    }
    set_error(0);
    let list = pattern_pairs(e, a, &pats, None)?;
    let mut pairs = Vec::new();
    let mut failed = false;
    for (p, _) in &list {
        match compile(e, p.as_bytes())? {
            Some(c) => pairs.push((c, Replacement::Callback(&cb, flags))),
            None => failed = true,
        }
    }
    replace_common(e, a, pairs, subject, limit, 4, failed)
}

fn preg_replace_callback_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let map = a.array(e, 0)?;
    let subject = check_str_or_array(e, a, 1)?;
    let limit = a.int_or(e, 2, -1)?;
    let flags = a.int_or(e, 4, 0)?;
    set_error(0);
    let mut cbs = Vec::new();
    for (k, v) in map.iter() {
        let p = match k {
            KeyRef::Str(s) => s.clone(),
            KeyRef::Int(i) => ZStr::new(i.to_string().as_bytes()),
        };
        let cb = v.deref();
        if !e.is_callable(&cb) {
            return Err(e.error("TypeError", "preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks".into()));
        }
        cbs.push((p, cb));
    }
    let mut count = 0i64;
    let mut result = subject;
    for (p, cb) in &cbs {
        let Some(c) = compile(e, p.as_bytes())? else {
            a.set_ref(3, Zval::Long(count));
            return Ok(match result {
                Zval::Arr(_) => Zval::Arr(ZArr::new()),
                _ => Zval::Null,
            });
        };
        let pairs = vec![(c, Replacement::Callback(cb, flags))];
        result = match result {
            Zval::Arr(subjects) => {
                let mut out = ZArr::new();
                for (k, v) in subjects
                    .iter()
                    .map(|(k, v)| (k.to_key(), v.deref()))
                    .collect::<Vec<_>>()
                {
                    let s = e.to_zstr(&v)?;
                    if let Some(r) = replace_subject(e, &pairs, s, limit, &mut count)? {
                        out.insert(k, Zval::Str(r));
                    }
                }
                Zval::Arr(out)
            }
            other => {
                let s = e.to_zstr(&other)?;
                match replace_subject(e, &pairs, s, limit, &mut count)? {
                    Some(r) => Zval::Str(r),
                    None => {
                        a.set_ref(3, Zval::Long(count));
                        return Ok(Zval::Null);
                    }
                }
            }
        };
    }
    a.set_ref(3, Zval::Long(count));
    Ok(result)
}

// ----- split, grep, quote -----------------------------------------------------------------------

fn preg_split(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pat = a.str(e, 0)?;
    let subject = a.str(e, 1)?;
    let mut limit = a.nullable_int(e, 2)?.unwrap_or(-1);
    let flags = a.int_or(e, 3, 0)?;
    let no_empty = flags & SPLIT_NO_EMPTY != 0;
    let delim = flags & SPLIT_DELIM_CAPTURE != 0;
    let offs = flags & SPLIT_OFFSET_CAPTURE != 0;
    let Some(c) = compile(e, pat.as_bytes())? else {
        return Ok(Zval::Bool(false));
    };
    let s = subject.as_bytes();
    set_error(0);
    if let Err(code) = check_subject(&c, s, 0) {
        set_error(code);
        return Ok(Zval::Bool(false));
    }
    if limit == 0 {
        limit = -1;
    }
    let mut out = ZArr::new();
    let add = |out: &mut ZArr, from: usize, to: usize| {
        let v = Zval::Str(ZStr::new_safe(&s[from..to]));
        if offs {
            out.push(Zval::Arr(ZArr::from_values([v, Zval::Long(from as i64)])));
        } else {
            out.push(v);
        }
    };
    let mut last = 0usize;
    if limit == -1 || limit > 1 {
        let r = c.each(s, 0, |g| {
            let (ms, me) = g.first().copied().flatten().unwrap_or((last, last));
            if me == ms && ms == s.len() && ms == last && !out.is_empty() {
                // An empty match at the very end adds nothing new.
            }
            if !no_empty || ms != last {
                add(&mut out, last.min(ms), ms);
                if limit != -1 {
                    limit -= 1;
                }
            }
            if delim {
                for span in g.iter().skip(1).flatten() {
                    if !no_empty || span.0 != span.1 {
                        add(&mut out, span.0, span.1);
                    }
                }
            }
            last = me;
            Ok(limit == -1 || limit > 1)
        })?;
        if let Err(code) = r {
            set_error(code);
            return Ok(Zval::Bool(false));
        }
    }
    if !no_empty || last < s.len() {
        add(&mut out, last.min(s.len()), s.len());
    }
    Ok(Zval::Arr(out))
}

fn preg_grep(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pat = a.str(e, 0)?;
    let arr = a.array(e, 1)?;
    let invert = a.int_or(e, 2, 0)? & 1 != 0;
    let Some(c) = compile(e, pat.as_bytes())? else {
        return Ok(Zval::Bool(false));
    };
    set_error(0);
    let mut out = ZArr::new();
    for (k, v) in arr
        .iter()
        .map(|(k, v)| (k.to_key(), v.clone()))
        .collect::<Vec<_>>()
    {
        let s = e.to_zstr(&v.deref())?;
        if let Err(code) = check_subject(&c, s.as_bytes(), 0) {
            set_error(code);
            break;
        }
        let hit = match c.find(s.as_bytes(), 0) {
            Ok(m) => m.is_some(),
            Err(MatchErr::Code(code)) => {
                set_error(code);
                break;
            }
        };
        if hit != invert {
            out.insert(k, crate::array::copy_el(&v));
        }
    }
    Ok(Zval::Arr(out))
}

fn preg_quote(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let delim = a
        .nullable_str(e, 1)?
        .and_then(|d| d.as_bytes().first().copied());
    let mut out = Vec::with_capacity(s.len() + 8);
    for &c in s.as_bytes() {
        match c {
            b'.' | b'\\' | b'+' | b'*' | b'?' | b'[' | b'^' | b']' | b'$' | b'(' | b')' | b'{'
            | b'}' | b'=' | b'!' | b'>' | b'<' | b'|' | b':' | b'-' | b'#' => {
                out.push(b'\\');
                out.push(c);
            }
            0 => out.extend_from_slice(b"\\000"),
            c if Some(c) == delim => {
                out.push(b'\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    Ok(Zval::Str(ZStr::from_vec(out)))
}

fn preg_last_error(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(LAST_ERROR.with(|c| c.get())))
}

fn preg_last_error_msg(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let msg = match LAST_ERROR.with(|c| c.get()) {
        0 => "No error",
        ERR_INTERNAL => "Internal error",
        ERR_BACKTRACK => "Backtrack limit exhausted",
        ERR_RECURSION => "Recursion limit exhausted",
        ERR_BAD_UTF8 => "Malformed UTF-8 characters, possibly incorrectly encoded",
        ERR_BAD_UTF8_OFFSET => {
            "The offset did not correspond to the beginning of a valid UTF-8 code point"
        }
        ERR_JIT_STACK => "JIT stack limit exhausted",
        _ => "Unknown error",
    };
    Ok(Zval::str(msg.as_bytes()))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "preg_match",
        params: params!["pattern", "subject", "&?matches", "?flags", "?offset"],
        variadic: false,
        f: preg_match,
    },
    Builtin {
        name: "preg_match_all",
        params: params!["pattern", "subject", "&?matches", "?flags", "?offset"],
        variadic: false,
        f: preg_match_all,
    },
    Builtin {
        name: "preg_replace",
        params: params!["pattern", "replacement", "subject", "?limit", "&?count"],
        variadic: false,
        f: preg_replace,
    },
    Builtin {
        name: "preg_filter",
        params: params!["pattern", "replacement", "subject", "?limit", "&?count"],
        variadic: false,
        f: preg_filter,
    },
    Builtin {
        name: "preg_replace_callback",
        params: params!["pattern", "callback", "subject", "?limit", "&?count", "?flags"],
        variadic: false,
        f: preg_replace_callback,
    },
    Builtin {
        name: "preg_replace_callback_array",
        params: params!["pattern", "subject", "?limit", "&?count", "?flags"],
        variadic: false,
        f: preg_replace_callback_array,
    },
    Builtin {
        name: "preg_split",
        params: params!["pattern", "subject", "?limit", "?flags"],
        variadic: false,
        f: preg_split,
    },
    Builtin {
        name: "preg_grep",
        params: params!["pattern", "array", "?flags"],
        variadic: false,
        f: preg_grep,
    },
    Builtin {
        name: "preg_quote",
        params: params!["str", "?delimiter"],
        variadic: false,
        f: preg_quote,
    },
    Builtin {
        name: "preg_last_error",
        params: params![],
        variadic: false,
        f: preg_last_error,
    },
    Builtin {
        name: "preg_last_error_msg",
        params: params![],
        variadic: false,
        f: preg_last_error_msg,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_modifiers() {
        assert!(compile_uncached(b"/a+/i").is_ok());
        assert!(compile_uncached(b"{a{1}}").is_ok());
        assert_eq!(
            compile_uncached(b"abc").err().unwrap(),
            "Delimiter must not be alphanumeric, backslash, or NUL byte"
        );
        assert_eq!(
            compile_uncached(b"/abc").err().unwrap(),
            "No ending delimiter '/' found"
        );
        assert_eq!(
            compile_uncached(b"/a/k").err().unwrap(),
            "Unknown modifier 'k'"
        );
        assert_eq!(
            compile_uncached(b"/(a/").err().unwrap(),
            "Compilation failed: missing closing parenthesis at offset 2"
        );
    }

    #[test]
    fn backrefs() {
        assert_eq!(backref(b"$1x"), Some((1, 2)));
        assert_eq!(backref(b"${12}"), Some((12, 5)));
        assert_eq!(backref(b"\\99"), Some((99, 3)));
        assert_eq!(backref(b"${1"), None);
        assert_eq!(backref(b"$a"), None);
    }
}
