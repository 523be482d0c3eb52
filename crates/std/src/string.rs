//! String functions (`ext/standard/string.c` and friends).
//!
//! Strings are byte strings: every function here works on bytes, and case mapping is ASCII
//! only (PHP 8.2+ made the case functions locale-insensitive).

use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::{Key, ZArr, ZStr, Zval};

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// A string result from an owned buffer.
pub(crate) fn sv(v: Vec<u8>) -> Zval {
    Zval::Str(ZStr::from_vec(v))
}

/// A string result in a block sized as `zend_string_safe_alloc` sizes it (`len + 32`).
pub(crate) fn ss(b: &[u8]) -> Zval {
    Zval::Str(ZStr::new_safe(b))
}

/// A string result built in a `smart_str`, which PHP returns untrimmed: room for 231 bytes to
/// start, then whole 4 KiB pages (an empty result is the interned empty string).
pub(crate) fn smart_str_result(out: &[u8]) -> ZStr {
    if out.is_empty() {
        return ZStr::empty();
    }
    let cap = if out.len() <= 231 {
        231
    } else {
        (out.len() + 25).next_multiple_of(4096) - 25
    };
    ZStr::with_capacity(out, cap)
}

/// A string result copied from bytes.
pub(crate) fn sb(b: &[u8]) -> Zval {
    Zval::Str(ZStr::new(b))
}

/// Whether a result of `len` bytes cannot fit under `memory_limit`. If so, the PHP heap is
/// asked for it anyway so that the refusal is recorded (the VM turns it into PHP's fatal
/// "Allowed memory size … exhausted" error); the caller then returns an empty result.
pub(crate) fn refuse_over_limit(len: usize) -> bool {
    if len <= memphis_mm::limit() {
        return false;
    }
    drop(ZStr::with_fill(len, |b| b.fill(0)));
    true
}

/// ASCII lowercase copy.
pub(crate) fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// First occurrence of `n` in `h` at or after `from`.
pub(crate) fn find_from(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if from > h.len() {
        return None;
    }
    let h = &h[from..];
    // As `zend_memnstr`: a needle's first byte found with memchr, then the rest compared; a
    // searcher (whose set-up costs more than most searches) only for a long needle in a long
    // haystack.
    let found = match n {
        [] => Some(0),
        [b] if h.len() < 32 => h.iter().position(|c| c == b),
        [b] => memchr::memchr(*b, h),
        _ if n.len() > h.len() => None,
        _ if h.len() >= 1024 && n.len() >= 9 => memchr::memmem::find(h, n),
        [first, rest @ ..] => {
            // Candidates start at most here.
            let last = h.len() - n.len();
            let mut at = 0;
            loop {
                let Some(p) = memchr::memchr(*first, &h[at..=last]) else {
                    break None;
                };
                let c = at + p;
                if &h[c + 1..c + n.len()] == rest {
                    break Some(c);
                }
                at = c + 1;
                if at > last {
                    break None;
                }
            }
        }
    };
    found.map(|p| p + from)
}

/// First occurrence of `n` in `h`.
pub(crate) fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    find_from(h, n, 0)
}

/// Last occurrence of `n` lying wholly inside `h[start..end]` (PHP's `zend_memnrstr`).
fn rfind_in(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(h.len());
    if start > end {
        return None;
    }
    if n.is_empty() {
        return Some(end);
    }
    memchr::memmem::rfind(&h[start..end], n).map(|p| p + start)
}

/// A `string|array` argument.
pub(crate) enum StrOrArr {
    /// A string (or a scalar converted to one).
    S(ZStr),
    /// An array.
    A(ZArr),
}

/// Reads an `array|string` parameter with PHP's coercions and messages.
pub(crate) fn str_or_arr(e: &mut dyn Engine, a: &Args, i: usize) -> Result<StrOrArr, Flow> {
    let v = a.get(i);
    match &v {
        Zval::Arr(arr) => Ok(StrOrArr::A(arr.clone())),
        Zval::Null | Zval::Undef => {
            let pname = a.params.get(i).map(|p| p.name).unwrap_or("value");
            e.diag(
                Level::Deprecated,
                &format!(
                    "{}(): Passing null to parameter #{} (${}) of type array|string is deprecated",
                    a.fname,
                    i + 1,
                    pname
                ),
            )?;
            Ok(StrOrArr::S(ZStr::empty()))
        }
        Zval::Obj(o) => {
            if e.has_method(o, "__tostring") {
                Ok(StrOrArr::S(e.to_zstr(&v)?))
            } else {
                Err(a.type_error(e, i, "array|string", &v))
            }
        }
        _ => Ok(StrOrArr::S(a.str(e, i)?)),
    }
}

/// PHP's `php_charmask`: a byte set from a list with `a..z` ranges, warning about bad ranges.
pub(crate) fn charmask(e: &mut dyn Engine, input: &[u8]) -> Result<[bool; 256], Flow> {
    let mut mask = [false; 256];
    let len = input.len();
    let mut i = 0;
    while i < len {
        let c = input[i];
        if i + 3 < len && input[i + 1] == b'.' && input[i + 2] == b'.' && input[i + 3] >= c {
            for x in c..=input[i + 3] {
                mask[x as usize] = true;
            }
            i += 4;
            continue;
        } else if i + 1 < len && input[i] == b'.' && input[i + 1] == b'.' {
            let msg = if i == 0 {
                "Invalid '..'-range, no character to the left of '..'"
            } else if i + 2 >= len {
                "Invalid '..'-range, no character to the right of '..'"
            } else if input[i - 1] > input[i + 2] {
                "Invalid '..'-range, '..'-range needs to be incrementing"
            } else {
                "Invalid '..'-range"
            };
            e.diag(Level::Warning, msg)?;
        } else {
            mask[c as usize] = true;
        }
        i += 1;
    }
    Ok(mask)
}

/// `f(): Argument #N ($name) <msg>` as a TypeError.
pub(crate) fn arg_type_error(e: &mut dyn Engine, a: &Args, i: usize, msg: &str) -> Flow {
    let pname = a.params.get(i).map(|p| p.name).unwrap_or("value");
    e.error(
        "TypeError",
        format!("{}(): Argument #{} (${}) {}", a.fname, i + 1, pname, msg),
    )
}

/// `f(): Argument #N ($name) must be contained in argument #1 ($haystack)`.
fn offset_error(e: &mut dyn Engine, a: &Args, i: usize) -> Flow {
    a.value_error(e, i, "must be contained in argument #1 ($haystack)")
}

/// Compares byte strings as `zend_binary_strcmp`: the first differing bytes' difference, else
/// -1/0/1 by length.
pub fn binary_strcmp(x: &[u8], y: &[u8]) -> i64 {
    for (a, b) in x.iter().zip(y.iter()) {
        if a != b {
            return *a as i64 - *b as i64;
        }
    }
    (x.len() as i64 - y.len() as i64).signum()
}

/// Case-insensitive (ASCII) `binary_strcmp`.
pub fn binary_strcasecmp(x: &[u8], y: &[u8]) -> i64 {
    for (a, b) in x.iter().zip(y.iter()) {
        let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
        if a != b {
            return a as i64 - b as i64;
        }
    }
    (x.len() as i64 - y.len() as i64).signum()
}

fn strncmp_impl(x: &[u8], y: &[u8], n: usize, ci: bool) -> i64 {
    let x = &x[..x.len().min(n)];
    let y = &y[..y.len().min(n)];
    if ci {
        binary_strcasecmp(x, y)
    } else {
        binary_strcmp(x, y)
    }
}

// ---------------------------------------------------------------------------------------------
// Length, substrings, search
// ---------------------------------------------------------------------------------------------

fn strlen(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(Zval::Long(s.len() as i64))
}

fn substr(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let f = a.int(e, 1)?;
    let l = a.nullable_int(e, 2)?;
    let len = s.len() as i64;
    if f > len {
        return Ok(Zval::Str(ZStr::empty()));
    }
    let f = if f < 0 { (len + f.max(-len)).max(0) } else { f };
    let l = match l {
        None => len - f,
        Some(l) if l < 0 => {
            let r = len - f + l.max(-len - 1);
            if r < 0 {
                0
            } else {
                r
            }
        }
        Some(l) => l.min(len - f),
    };
    let (f, l) = (f as usize, l as usize);
    if f == 0 && l == s.len() {
        return Ok(Zval::Str(s));
    }
    Ok(ss(&s.as_bytes()[f..f + l]))
}

/// Normalises a strpos-style offset: negative counts from the end; out of range is an error.
fn pos_offset(e: &mut dyn Engine, a: &Args, hlen: usize, off: i64) -> Result<usize, Flow> {
    let o = if off < 0 {
        off.checked_add(hlen as i64).unwrap_or(-1)
    } else {
        off
    };
    if o < 0 || o as u64 > hlen as u64 {
        return Err(offset_error(e, a, 2));
    }
    Ok(o as usize)
}

fn strpos_impl(e: &mut dyn Engine, a: &mut Args, ci: bool) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    let off = a.int_or(e, 2, 0)?;
    let o = pos_offset(e, a, h.len(), off)?;
    let r = if ci {
        find_from(&lower(h.as_bytes()), &lower(n.as_bytes()), o)
    } else {
        find_from(h.as_bytes(), n.as_bytes(), o)
    };
    Ok(r.map_or(Zval::Bool(false), |p| Zval::Long(p as i64)))
}

fn strpos(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strpos_impl(e, a, false)
}

fn stripos(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strpos_impl(e, a, true)
}

fn strrpos_impl(e: &mut dyn Engine, a: &mut Args, ci: bool) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    let off = a.int_or(e, 2, 0)?;
    let hl = h.len();
    let nl = n.len();
    let (start, end) = if off >= 0 {
        if off as u64 > hl as u64 {
            return Err(offset_error(e, a, 2));
        }
        (off as usize, hl)
    } else {
        if off < -i64::MAX || off.unsigned_abs() > hl as u64 {
            return Err(offset_error(e, a, 2));
        }
        let back = off.unsigned_abs() as usize;
        if back < nl {
            (0, hl)
        } else {
            (0, hl - back + nl)
        }
    };
    let r = if ci {
        rfind_in(&lower(h.as_bytes()), &lower(n.as_bytes()), start, end)
    } else {
        rfind_in(h.as_bytes(), n.as_bytes(), start, end)
    };
    Ok(r.map_or(Zval::Bool(false), |p| Zval::Long(p as i64)))
}

fn strrpos(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strrpos_impl(e, a, false)
}

fn strripos(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strrpos_impl(e, a, true)
}

fn strstr_impl(e: &mut dyn Engine, a: &mut Args, ci: bool) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    let before = a.bool_or(e, 2, false)?;
    let r = if ci {
        find(&lower(h.as_bytes()), &lower(n.as_bytes()))
    } else {
        find(h.as_bytes(), n.as_bytes())
    };
    Ok(match r {
        None => Zval::Bool(false),
        Some(p) if before => sb(&h.as_bytes()[..p]),
        Some(p) => sb(&h.as_bytes()[p..]),
    })
}

fn strstr(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strstr_impl(e, a, false)
}

fn stristr(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strstr_impl(e, a, true)
}

fn strrchr(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    let before = a.bool_or(e, 2, false)?;
    let c = n.as_bytes().first().copied().unwrap_or(0);
    Ok(match h.as_bytes().iter().rposition(|&x| x == c) {
        None => Zval::Bool(false),
        Some(p) if before => sb(&h.as_bytes()[..p]),
        Some(p) => sb(&h.as_bytes()[p..]),
    })
}

fn str_contains(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    Ok(Zval::Bool(find(h.as_bytes(), n.as_bytes()).is_some()))
}

fn str_starts_with(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    Ok(Zval::Bool(h.as_bytes().starts_with(n.as_bytes())))
}

fn str_ends_with(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    Ok(Zval::Bool(h.as_bytes().ends_with(n.as_bytes())))
}

fn strpbrk(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let cl = a.str(e, 1)?;
    if cl.is_empty() {
        return Err(a.value_error(e, 1, "must be a non-empty string"));
    }
    let mut set = [false; 256];
    for &c in cl.as_bytes() {
        set[c as usize] = true;
    }
    Ok(match h.as_bytes().iter().position(|&c| set[c as usize]) {
        Some(p) => sb(&h.as_bytes()[p..]),
        None => Zval::Bool(false),
    })
}

fn substr_count(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    let off = a.int_or(e, 2, 0)?;
    let len = a.nullable_int(e, 3)?;
    if n.is_empty() {
        return Err(a.value_error(e, 1, "must not be empty"));
    }
    let hl = h.len() as i64;
    let mut o = off;
    if o < 0 {
        o = o.saturating_add(hl);
    }
    if o < 0 || o > hl {
        return Err(offset_error(e, a, 2));
    }
    let end = match len {
        None => hl,
        Some(mut l) => {
            if l < 0 {
                l = l.saturating_add(hl - o);
            }
            if l < 0 || l > hl - o {
                return Err(a.value_error(e, 3, "must be contained in argument #1 ($haystack)"));
            }
            o + l
        }
    };
    let hay = &h.as_bytes()[o as usize..end as usize];
    let nb = n.as_bytes();
    let count = match nb {
        [b] => memchr::memchr_iter(*b, hay).count(),
        _ => {
            let mut count = 0;
            let mut i = 0;
            while let Some(p) = find_from(hay, nb, i) {
                count += 1;
                i = p + nb.len();
            }
            count
        }
    };
    Ok(Zval::Long(count as i64))
}

fn substr_compare(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let n = a.str(e, 1)?;
    let off = a.int(e, 2)?;
    let len = a.nullable_int(e, 3)?;
    let ci = a.bool_or(e, 4, false)?;
    if let Some(l) = len {
        if l == 0 {
            return Ok(Zval::Long(0));
        }
        if l < 0 {
            return Err(a.value_error(e, 3, "must be greater than or equal to 0"));
        }
    }
    let hl = h.len() as i64;
    let mut o = off;
    if o < 0 {
        o = o.saturating_add(hl).max(0);
    }
    if o > hl {
        return Err(offset_error(e, a, 2));
    }
    let rest = &h.as_bytes()[o as usize..];
    let cmp_len = match len {
        None => n.len().max(rest.len()),
        Some(l) => l as usize,
    };
    Ok(Zval::Long(strncmp_impl(rest, n.as_bytes(), cmp_len, ci)))
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

fn strcmp(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    Ok(Zval::Long(binary_strcmp(x.as_bytes(), y.as_bytes())))
}

/// `strcoll`: C's `strcoll` in the "C" locale PHP's CLI starts in, which is `strcmp`: the
/// difference of the first differing bytes (C strings: each ends at its first NUL).
fn strcoll(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    let c = |s: &[u8]| s.iter().position(|&b| b == 0).map_or(s.len(), |p| p);
    let (x, y) = (x.as_bytes(), y.as_bytes());
    let (x, y) = (&x[..c(x)], &y[..c(y)]);
    let mut i = 0;
    loop {
        let (p, q) = (
            x.get(i).copied().unwrap_or(0),
            y.get(i).copied().unwrap_or(0),
        );
        if p != q || p == 0 {
            return Ok(Zval::Long(p as i64 - q as i64));
        }
        i += 1;
    }
}

fn strcasecmp(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    Ok(Zval::Long(binary_strcasecmp(x.as_bytes(), y.as_bytes())))
}

fn strncmp_common(e: &mut dyn Engine, a: &mut Args, ci: bool) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    let n = a.int(e, 2)?;
    if n < 0 {
        return Err(a.value_error(e, 2, "must be greater than or equal to 0"));
    }
    Ok(Zval::Long(strncmp_impl(
        x.as_bytes(),
        y.as_bytes(),
        n as usize,
        ci,
    )))
}

fn strncmp(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strncmp_common(e, a, false)
}

fn strncasecmp(e: &mut dyn Engine, a: &mut Args) -> BResult {
    strncmp_common(e, a, true)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Natural-order comparison of byte strings (PHP's `strnatcmp_ex`): runs of digits compare
/// by value, leading zeros at the start are skipped, whitespace runs are ignored.
pub fn strnatcmp_ex(a: &[u8], b: &[u8], ci: bool) -> i32 {
    if a.is_empty() || b.is_empty() {
        return (a.len() as i64 - b.len() as i64).signum() as i32;
    }
    let at = |i: usize| a.get(i).copied().unwrap_or(0);
    let bt = |i: usize| b.get(i).copied().unwrap_or(0);
    let (mut ai, mut bi) = (0usize, 0usize);
    let mut leading = true;
    loop {
        let mut ca = at(ai);
        let mut cb = bt(bi);
        while leading && ca == b'0' && ai + 1 < a.len() && a[ai + 1].is_ascii_digit() {
            ai += 1;
            ca = at(ai);
        }
        while leading && cb == b'0' && bi + 1 < b.len() && b[bi + 1].is_ascii_digit() {
            bi += 1;
            cb = bt(bi);
        }
        leading = false;
        while is_space(ca) {
            ai += 1;
            ca = at(ai);
        }
        while is_space(cb) {
            bi += 1;
            cb = bt(bi);
        }
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let fractional = ca == b'0' || cb == b'0';
            let digit_a = |i: usize| i < a.len() && a[i].is_ascii_digit();
            let digit_b = |i: usize| i < b.len() && b[i].is_ascii_digit();
            let result = if fractional {
                loop {
                    match (digit_a(ai), digit_b(bi)) {
                        (false, false) => break 0,
                        (false, true) => break -1,
                        (true, false) => break 1,
                        _ => {}
                    }
                    if a[ai] != b[bi] {
                        break if a[ai] < b[bi] { -1 } else { 1 };
                    }
                    ai += 1;
                    bi += 1;
                }
            } else {
                let mut bias = 0;
                loop {
                    match (digit_a(ai), digit_b(bi)) {
                        (false, false) => break bias,
                        (false, true) => break -1,
                        (true, false) => break 1,
                        _ => {}
                    }
                    if bias == 0 && a[ai] != b[bi] {
                        bias = if a[ai] < b[bi] { -1 } else { 1 };
                    }
                    ai += 1;
                    bi += 1;
                }
            };
            if result != 0 {
                return result;
            } else if ai >= a.len() && bi >= b.len() {
                return 0;
            } else if ai >= a.len() {
                return -1;
            } else if bi >= b.len() {
                return 1;
            }
            ca = at(ai);
            cb = bt(bi);
        }
        if ci {
            ca = ca.to_ascii_uppercase();
            cb = cb.to_ascii_uppercase();
        }
        if ca < cb {
            return -1;
        } else if ca > cb {
            return 1;
        }
        ai += 1;
        bi += 1;
        if ai >= a.len() && bi >= b.len() {
            return 0;
        } else if ai >= a.len() {
            return -1;
        } else if bi >= b.len() {
            return 1;
        }
    }
}

fn strnatcmp(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    Ok(Zval::Long(
        strnatcmp_ex(x.as_bytes(), y.as_bytes(), false) as i64
    ))
}

fn strnatcasecmp(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    Ok(Zval::Long(
        strnatcmp_ex(x.as_bytes(), y.as_bytes(), true) as i64
    ))
}

// ---------------------------------------------------------------------------------------------
// Replacement
// ---------------------------------------------------------------------------------------------

/// Replaces every non-overlapping occurrence of `from` in `s`; returns the count.
fn replace_all(s: &[u8], from: &[u8], to: &[u8], ci: bool, out: &mut Vec<u8>) -> i64 {
    let hay_l;
    let needle_l;
    let (hay, needle) = if ci {
        hay_l = lower(s);
        needle_l = lower(from);
        (&hay_l[..], &needle_l[..])
    } else {
        (s, from)
    };
    let mut count = 0;
    let mut last = 0;
    let mut put = |p: usize| {
        out.extend_from_slice(&s[last..p]);
        out.extend_from_slice(to);
        count += 1;
        last = p + needle.len();
    };
    if hay.len() < 64 && !needle.is_empty() {
        // A short subject: searched without building a searcher (see `find_from`).
        let mut from = 0;
        while let Some(p) = find_from(hay, needle, from) {
            put(p);
            from = p + needle.len();
        }
    } else {
        for p in memchr::memmem::find_iter(hay, needle) {
            put(p);
        }
    }
    out.extend_from_slice(&s[last..]);
    count
}

/// The block request that leaves a string of `len` bytes where PHP allocated `old` bytes and
/// then shrank it (`zend_string_truncate`): Zend's reallocation asks for the new size plus 8
/// and keeps the old block unless that fits a smaller bin.
pub(crate) fn shrunk_request(old: usize, len: usize) -> usize {
    let r = ((24 + len + 1 + 7) & !7) + 8;
    if old > memphis_mm::BIN_SIZES[memphis_mm::BINS - 1] || r > old {
        return r;
    }
    let ob = memphis_mm::bin_for(old);
    if ob > 0 && r == memphis_mm::BIN_SIZES[ob - 1] {
        memphis_mm::BIN_SIZES[ob]
    } else {
        r
    }
}

/// A replacement's result as PHP allocates it: when the replacement is longer than the text
/// it replaces, `zend_string_safe_alloc(count, repl - needle, subject)`, which requests
/// `count * (repl - needle) + align8(24 + subject + 1)`; exactly otherwise.
fn replaced(
    out: Vec<u8>,
    subject_len: usize,
    count: i64,
    needle_len: usize,
    repl_len: usize,
) -> ZStr {
    if repl_len > needle_len {
        let request = count as usize * (repl_len - needle_len) + ((24 + subject_len + 1 + 7) & !7);
        ZStr::new_requested(&out, request)
    } else {
        ZStr::from_vec(out)
    }
}

fn replace_in_subject(
    e: &mut dyn Engine,
    search: &StrOrArr,
    replace: &StrOrArr,
    subject: ZStr,
    ci: bool,
    count: &mut i64,
) -> Result<ZStr, Flow> {
    if subject.is_empty() {
        return Ok(subject);
    }
    match search {
        StrOrArr::S(s) => {
            let StrOrArr::S(r) = replace else {
                return Ok(subject);
            };
            if s.is_empty() {
                return Ok(subject);
            }
            let mut out = Vec::with_capacity(subject.len());
            let n = replace_all(subject.as_bytes(), s.as_bytes(), r.as_bytes(), ci, &mut out);
            *count += n;
            Ok(if n == 0 {
                subject
            } else {
                replaced(out, subject.len(), n, s.len(), r.len())
            })
        }
        StrOrArr::A(sa) => {
            let mut cur = subject;
            let mut repl_iter = match replace {
                StrOrArr::A(ra) => Some(ra.values().cloned().collect::<Vec<_>>().into_iter()),
                StrOrArr::S(_) => None,
            };
            for sv_ in sa.values() {
                let s = e.to_zstr(sv_)?;
                let r = match (&mut repl_iter, replace) {
                    (Some(it), _) => match it.next() {
                        Some(v) => e.to_zstr(&v)?,
                        None => ZStr::empty(),
                    },
                    (None, StrOrArr::S(r)) => r.clone(),
                    (None, StrOrArr::A(_)) => ZStr::empty(),
                };
                if s.is_empty() {
                    continue;
                }
                let mut out = Vec::with_capacity(cur.len());
                let n = replace_all(cur.as_bytes(), s.as_bytes(), r.as_bytes(), ci, &mut out);
                if n > 0 {
                    *count += n;
                    cur = replaced(out, cur.len(), n, s.len(), r.len());
                }
                if cur.is_empty() {
                    break;
                }
            }
            Ok(cur)
        }
    }
}

fn str_replace_impl(e: &mut dyn Engine, a: &mut Args, ci: bool) -> BResult {
    let search = str_or_arr(e, a, 0)?;
    let replace = str_or_arr(e, a, 1)?;
    let subject = str_or_arr(e, a, 2)?;
    if let (StrOrArr::S(_), StrOrArr::A(_)) = (&search, &replace) {
        return Err(e.error(
            "TypeError",
            format!("{}(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string", a.fname),
        ));
    }
    let mut count = 0;
    let result = match subject {
        StrOrArr::S(s) => Zval::Str(replace_in_subject(e, &search, &replace, s, ci, &mut count)?),
        StrOrArr::A(arr) => {
            let mut out = ZArr::new();
            let entries: Vec<(Key, Zval)> =
                arr.iter().map(|(k, v)| (k.to_key(), v.clone())).collect();
            for (k, v) in entries {
                let s = e.to_zstr(&v)?;
                let r = replace_in_subject(e, &search, &replace, s, ci, &mut count)?;
                out.insert(k, Zval::Str(r));
            }
            Zval::Arr(out)
        }
    };
    if a.len() > 3 {
        a.set_ref(3, Zval::Long(count));
    }
    Ok(result)
}

fn str_replace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    str_replace_impl(e, a, false)
}

fn str_ireplace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    str_replace_impl(e, a, true)
}

/// An `array|int` (or `array|int|null`) parameter.
enum IntOrArr {
    I(Option<i64>),
    A(ZArr),
}

fn int_or_arr(e: &mut dyn Engine, a: &Args, i: usize, nullable: bool) -> Result<IntOrArr, Flow> {
    let v = a.get(i);
    match &v {
        Zval::Arr(arr) => Ok(IntOrArr::A(arr.clone())),
        Zval::Null | Zval::Undef if nullable => Ok(IntOrArr::I(None)),
        Zval::Obj(_) => Err(a.type_error(
            e,
            i,
            if nullable {
                "array|int|null"
            } else {
                "array|int"
            },
            &v,
        )),
        Zval::Double(d) if !d.is_finite() || !(i64::MIN as f64..-(i64::MIN as f64)).contains(d) => {
            Err(a.type_error(
                e,
                i,
                if nullable {
                    "array|int|null"
                } else {
                    "array|int"
                },
                &v,
            ))
        }
        Zval::Str(s) if memphis_values::convert::numeric_string(s.as_bytes()).is_none() => Err(a
            .type_error(
                e,
                i,
                if nullable {
                    "array|int|null"
                } else {
                    "array|int"
                },
                &v,
            )),
        _ => Ok(IntOrArr::I(Some(a.int(e, i)?))),
    }
}

fn substr_replace_one(s: &[u8], repl: &[u8], f: i64, l: i64) -> Vec<u8> {
    let len = s.len() as i64;
    let mut f = f;
    if f < 0 {
        f = f.saturating_add(len).max(0);
    } else if f > len {
        f = len;
    }
    let mut l = l;
    if l < 0 {
        l = (len - f).saturating_add(l).max(0);
    }
    if l > len - f {
        l = len - f;
    }
    let (f, l) = (f as usize, l as usize);
    let mut out = Vec::with_capacity(s.len() - l + repl.len());
    out.extend_from_slice(&s[..f]);
    out.extend_from_slice(repl);
    out.extend_from_slice(&s[f + l..]);
    out
}

fn substr_replace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let string = str_or_arr(e, a, 0)?;
    let replace = str_or_arr(e, a, 1)?;
    let offset = int_or_arr(e, a, 2, false)?;
    let length = if a.has(3) {
        int_or_arr(e, a, 3, true)?
    } else {
        IntOrArr::I(None)
    };
    match string {
        StrOrArr::S(s) => {
            let IntOrArr::I(f) = offset else {
                return Err(e.error(
                    "TypeError",
                    "substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string".into(),
                ));
            };
            let IntOrArr::I(l) = length else {
                return Err(e.error(
                    "TypeError",
                    "substr_replace(): Argument #4 ($length) cannot be an array when working on a single string".into(),
                ));
            };
            let r = match &replace {
                StrOrArr::S(r) => r.clone(),
                StrOrArr::A(ra) => match ra.values().next() {
                    Some(v) => e.to_zstr(v)?,
                    None => ZStr::empty(),
                },
            };
            let l = l.unwrap_or(s.len() as i64);
            Ok(ss(&substr_replace_one(
                s.as_bytes(),
                r.as_bytes(),
                f.unwrap_or(0),
                l,
            )))
        }
        StrOrArr::A(arr) => {
            let mut out = ZArr::new();
            let mut from_it = match &offset {
                IntOrArr::A(x) => Some(x.values().cloned().collect::<Vec<_>>().into_iter()),
                _ => None,
            };
            let mut len_it = match &length {
                IntOrArr::A(x) => Some(x.values().cloned().collect::<Vec<_>>().into_iter()),
                _ => None,
            };
            let mut repl_it = match &replace {
                StrOrArr::A(x) => Some(x.values().cloned().collect::<Vec<_>>().into_iter()),
                _ => None,
            };
            let entries: Vec<(Key, Zval)> =
                arr.iter().map(|(k, v)| (k.to_key(), v.clone())).collect();
            for (k, v) in entries {
                let s = e.to_zstr(&v)?;
                let slen = s.len() as i64;
                let f = match (&mut from_it, &offset) {
                    (Some(it), _) => it
                        .next()
                        .map_or(0, |x| memphis_values::convert::to_long(&x)),
                    (None, IntOrArr::I(f)) => f.unwrap_or(0),
                    _ => 0,
                };
                let l = match (&mut len_it, &length) {
                    (Some(it), _) => it
                        .next()
                        .map_or(slen, |x| memphis_values::convert::to_long(&x)),
                    (None, IntOrArr::I(l)) => l.unwrap_or(slen),
                    _ => slen,
                };
                let r = match (&mut repl_it, &replace) {
                    (Some(it), _) => match it.next() {
                        Some(x) => e.to_zstr(&x)?,
                        None => ZStr::empty(),
                    },
                    (None, StrOrArr::S(r)) => r.clone(),
                    _ => ZStr::empty(),
                };
                out.insert(k, sv(substr_replace_one(s.as_bytes(), r.as_bytes(), f, l)));
            }
            Ok(Zval::Arr(out))
        }
    }
}

fn strtr(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    if a.len() < 3 {
        let from = a.get(1);
        let Zval::Arr(pairs) = from else {
            let given = crate::args::type_name(&from);
            return Err(arg_type_error(
                e,
                a,
                1,
                &format!("must be of type array, {given} given"),
            ));
        };
        if pairs.is_empty() || s.is_empty() {
            return Ok(Zval::Str(s));
        }
        let mut map: Vec<(Vec<u8>, ZStr)> = Vec::new();
        for (k, v) in pairs.iter() {
            let key = match k {
                memphis_values::KeyRef::Int(i) => i.to_string().into_bytes(),
                memphis_values::KeyRef::Str(x) => x.as_bytes().to_vec(),
            };
            if key.is_empty() {
                e.diag(Level::Warning, "Ignoring replacement of empty string")?;
                continue;
            }
            let v = v.clone();
            map.push((key, e.to_zstr(&v)?));
        }
        if map.is_empty() {
            return Ok(Zval::Str(s));
        }
        let mut lens: Vec<usize> = map.iter().map(|(k, _)| k.len()).collect();
        lens.sort_unstable_by(|x, y| y.cmp(x));
        lens.dedup();
        let mut by_key: std::collections::HashMap<&[u8], &ZStr> = std::collections::HashMap::new();
        for (k, v) in &map {
            by_key.insert(k.as_slice(), v);
        }
        let mut present = [false; 256];
        for (k, _) in &map {
            present[k[0] as usize] = true;
        }
        let b = s.as_bytes();
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            let mut done = false;
            if present[b[i] as usize] {
                for &l in &lens {
                    if i + l <= b.len() {
                        if let Some(r) = by_key.get(&b[i..i + l]) {
                            out.extend_from_slice(r.as_bytes());
                            i += l;
                            done = true;
                            break;
                        }
                    }
                }
            }
            if !done {
                out.push(b[i]);
                i += 1;
            }
        }
        return Ok(sv(out));
    }
    let StrOrArr::S(from) = str_or_arr(e, a, 1)? else {
        return Err(arg_type_error(
            e,
            a,
            1,
            "must be of type string, array given",
        ));
    };
    // `?string $to`: null is deprecated and reads as "" (PHP's message for a bad value says
    // "string").
    let to = if a.get(2).is_null() {
        e.diag(
            Level::Deprecated,
            "strtr(): Passing null to parameter #3 ($to) of type ?string is deprecated",
        )?;
        ZStr::empty()
    } else {
        a.str(e, 2)?
    };
    let n = from.len().min(to.len());
    if n == 0 {
        return Ok(Zval::Str(s));
    }
    let mut table: [u8; 256] = [0; 256];
    for (i, t) in table.iter_mut().enumerate() {
        *t = i as u8;
    }
    for i in 0..n {
        table[from.as_bytes()[i] as usize] = to.as_bytes()[i];
    }
    Ok(sv(s
        .as_bytes()
        .iter()
        .map(|&c| table[c as usize])
        .collect()))
}

// ---------------------------------------------------------------------------------------------
// Case, padding, trimming, splitting
// ---------------------------------------------------------------------------------------------

fn strtolower(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    if !s.as_bytes().iter().any(|c| c.is_ascii_uppercase()) {
        return Ok(Zval::Str(s));
    }
    Ok(exact_str(lower(s.as_bytes())))
}

/// A changed copy as `zend_string_alloc` makes it: a string of its own even for one byte.
fn exact_str(b: Vec<u8>) -> Zval {
    let req = (24 + b.len() + 1 + 7) & !7;
    Zval::Str(ZStr::new_requested(&b, req))
}

fn strtoupper(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    if !s.as_bytes().iter().any(|c| c.is_ascii_lowercase()) {
        return Ok(Zval::Str(s));
    }
    Ok(exact_str(s.as_bytes().to_ascii_uppercase()))
}

fn ucfirst(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    match s.as_bytes().first() {
        Some(c) if c.is_ascii_lowercase() => {
            let mut v = s.as_bytes().to_vec();
            v[0] = c.to_ascii_uppercase();
            Ok(sv(v))
        }
        _ => Ok(Zval::Str(s)),
    }
}

fn lcfirst(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    match s.as_bytes().first() {
        Some(c) if c.is_ascii_uppercase() => {
            let mut v = s.as_bytes().to_vec();
            v[0] = c.to_ascii_lowercase();
            Ok(sv(v))
        }
        _ => Ok(Zval::Str(s)),
    }
}

fn ucwords(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let delims = match a.opt_str(e, 1)? {
        Some(d) => d,
        None => ZStr::new(b" \t\r\n\x0c\x0b"),
    };
    if s.is_empty() {
        return Ok(Zval::Str(s));
    }
    let mask = charmask(e, delims.as_bytes())?;
    let mut v = s.as_bytes().to_vec();
    v[0] = v[0].to_ascii_uppercase();
    for i in 1..v.len() {
        if mask[v[i - 1] as usize] {
            v[i] = v[i].to_ascii_uppercase();
        }
    }
    Ok(sv(v))
}

fn str_pad(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let len = a.int(e, 1)?;
    let pad = match a.opt_str(e, 2)? {
        Some(p) => p,
        None => ZStr::single(b' '),
    };
    let ty = a.int_or(e, 3, 1)?;
    if len < 0 || len as u64 <= s.len() as u64 {
        return Ok(Zval::Str(s));
    }
    if pad.is_empty() {
        return Err(a.value_error(e, 2, "must not be empty"));
    }
    if !(0..=2).contains(&ty) {
        return Err(a.value_error(e, 3, "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH"));
    }
    let Ok(total) = usize::try_from(len) else {
        return Err(e.error(
            "Error",
            "Possible integer overflow in memory allocation".into(),
        ));
    };
    let n = total - s.len();
    let (left, right) = match ty {
        0 => (n, 0),
        1 => (0, n),
        _ => (n / 2, n - n / 2),
    };
    let p = pad.as_bytes();
    let src = s.as_bytes();
    Ok(Zval::Str(ZStr::with_fill(total, |buf| {
        for (i, b) in buf[..left].iter_mut().enumerate() {
            *b = p[i % p.len()];
        }
        buf[left..left + src.len()].copy_from_slice(src);
        for (i, b) in buf[left + src.len()..left + src.len() + right]
            .iter_mut()
            .enumerate()
        {
            *b = p[i % p.len()];
        }
    })))
}

fn trim_impl(e: &mut dyn Engine, a: &mut Args, mode: u8) -> BResult {
    let s = a.str(e, 0)?;
    let mask = match a.opt_str(e, 1)? {
        None => {
            let mut m = [false; 256];
            for c in b" \n\r\t\x0b\0" {
                m[*c as usize] = true;
            }
            m
        }
        Some(w) if w.len() == 1 => {
            let mut m = [false; 256];
            m[w.as_bytes()[0] as usize] = true;
            m
        }
        Some(w) => charmask(e, w.as_bytes())?,
    };
    let b = s.as_bytes();
    let mut start = 0;
    let mut end = b.len();
    if mode & 1 != 0 {
        while start < end && mask[b[start] as usize] {
            start += 1;
        }
    }
    if mode & 2 != 0 {
        while end > start && mask[b[end - 1] as usize] {
            end -= 1;
        }
    }
    if start == 0 && end == b.len() {
        return Ok(Zval::Str(s));
    }
    if start == end {
        return Ok(Zval::Str(ZStr::empty()));
    }
    // A new string even for one byte (`zend_string_init`, not PHP's interned characters).
    let r = &b[start..end];
    Ok(Zval::Str(ZStr::new_requested(
        r,
        (24 + r.len() + 1 + 7) & !7,
    )))
}

fn trim(e: &mut dyn Engine, a: &mut Args) -> BResult {
    trim_impl(e, a, 3)
}

fn ltrim(e: &mut dyn Engine, a: &mut Args) -> BResult {
    trim_impl(e, a, 1)
}

fn rtrim(e: &mut dyn Engine, a: &mut Args) -> BResult {
    trim_impl(e, a, 2)
}

fn str_split(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let n = a.int_or(e, 1, 1)?;
    if n < 1 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    if n >= s.len() {
        if s.is_empty() {
            return Ok(Zval::Arr(ZArr::new()));
        }
        return Ok(Zval::Arr(ZArr::from_values([Zval::Str(s)])));
    }
    // PHP allocates every piece, one-byte ones too (no interned characters here).
    Ok(Zval::Arr(ZArr::from_values(s.as_bytes().chunks(n).map(
        |c| Zval::Str(ZStr::try_new(c).unwrap_or_else(ZStr::empty)),
    ))))
}

fn explode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let sep = a.str(e, 0)?;
    let s = a.str(e, 1)?;
    let limit = a.int_or(e, 2, i64::MAX)?;
    if sep.is_empty() {
        return Err(a.value_error(e, 0, "must not be empty"));
    }
    if s.is_empty() {
        return Ok(Zval::Arr(if limit >= 0 {
            ZArr::from_values([Zval::Str(ZStr::empty())])
        } else {
            ZArr::new()
        }));
    }
    if limit == 0 || limit == 1 {
        return Ok(Zval::Arr(ZArr::from_values([Zval::Str(s)])));
    }
    let b = s.as_bytes();
    let d = sep.as_bytes();
    // (Room for a typical line's fields at once: growing from empty reallocated three times.)
    let mut parts: Vec<&[u8]> = Vec::with_capacity(16);
    let mut i = 0;
    if limit > 1 {
        while let Some(p) = find_from(b, d, i) {
            if parts.len() as i64 >= limit - 1 {
                break;
            }
            parts.push(&b[i..p]);
            i = p + d.len();
        }
        parts.push(&b[i..]);
    } else {
        while let Some(p) = find_from(b, d, i) {
            parts.push(&b[i..p]);
            i = p + d.len();
        }
        parts.push(&b[i..]);
        let drop_n = limit.unsigned_abs().min(parts.len() as u64) as usize;
        parts.truncate(parts.len() - drop_n);
    }
    if parts.len() == 1 && parts[0].len() == b.len() {
        return Ok(Zval::Arr(ZArr::from_values([Zval::Str(s)])));
    }
    Ok(Zval::Arr(ZArr::from_values(parts.into_iter().map(ss))))
}

fn implode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let (sep, arr) = if !a.has(1) || a.get(1).is_null() {
        match a.get(0) {
            Zval::Arr(arr) if !a.has(1) => (ZStr::empty(), arr),
            Zval::Arr(_) => {
                return Err(e.error(
                    "TypeError",
                    "implode(): Argument #1 ($pieces) must be of type array, string given".into(),
                ))
            }
            _ => {
                let _ = str_or_arr(e, a, 0)?;
                let given = crate::args::type_name(&a.get(1));
                return Err(e.error(
                    "TypeError",
                    format!("implode(): If argument #1 ($separator) is of type string, argument #2 ($array) must be of type array, {given} given"),
                ));
            }
        }
    } else {
        // Direct two-argument calls use PHP 8.4's frameless implode(), which checks the
        // separator first.
        let sep = match str_or_arr(e, a, 0)? {
            StrOrArr::S(s) => s,
            StrOrArr::A(_) => {
                return Err(e.error(
                    "TypeError",
                    "implode(): Argument #1 ($separator) must be of type string, array given"
                        .into(),
                ))
            }
        };
        match a.get(1) {
            Zval::Arr(arr) => (sep, arr),
            v => return Err(a.type_error(e, 1, "?array", &v)),
        }
    };
    if arr.len() == 1 {
        // PHP returns the one element itself (a string is shared, not copied).
        if let Some(v) = arr.values().next() {
            let v = v.clone();
            return Ok(Zval::Str(e.to_zstr(&v)?));
        }
    }
    let mut out = Vec::new();
    let mut seps = 0;
    for (i, v) in arr.values().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
            seps += sep.len();
        }
        // Strings and ints written straight in (no string made for an int).
        match v {
            Zval::Str(s) => out.extend_from_slice(s.as_bytes()),
            Zval::Long(n) => memphis_values::convert::push_itoa(&mut out, *n),
            v => {
                let v = v.clone();
                let s = e.to_zstr(&v)?;
                out.extend_from_slice(s.as_bytes());
            }
        }
    }
    if arr.is_empty() {
        return Ok(Zval::Str(ZStr::empty()));
    }
    // PHP's block: `zend_string_safe_alloc(count - 1, strlen(separator), pieces)`.
    let pieces = out.len() - seps;
    Ok(Zval::Str(ZStr::with_safe_parts(&out, seps, pieces)))
}

fn str_repeat(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let n = a.int(e, 1)?;
    if n < 0 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 0"));
    }
    let n = n as usize;
    if s.is_empty() || n == 0 {
        return Ok(Zval::Str(ZStr::empty()));
    }
    let Some(total) = s.len().checked_mul(n) else {
        return Err(e.error(
            "Error",
            "Possible integer overflow in memory allocation".into(),
        ));
    };
    let src = s.as_bytes();
    if total == 1 {
        // `zend_string_safe_alloc(1, 1, 0)`: a string of its own, requested as 1 + 32.
        return Ok(Zval::Str(ZStr::new_requested(src, 33)));
    }
    Ok(Zval::Str(ZStr::with_fill(total, |buf| {
        if let [b] = src {
            buf.fill(*b);
            return;
        }
        // Copy once, then double the filled prefix.
        buf[..src.len()].copy_from_slice(src);
        let mut done = src.len();
        while done < buf.len() {
            let n = done.min(buf.len() - done);
            buf.copy_within(..n, done);
            done += n;
        }
    })))
}

fn strrev(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let mut v = s.as_bytes().to_vec();
    v.reverse();
    Ok(sv(v))
}

fn chunk_split(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let n = a.int_or(e, 1, 76)?;
    let end = match a.opt_str(e, 2)? {
        Some(x) => x,
        None => ZStr::new(b"\r\n"),
    };
    if n < 1 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    let b = s.as_bytes();
    let total = (b.len() / n + 1)
        .saturating_mul(end.len())
        .saturating_add(b.len());
    if refuse_over_limit(total) {
        return Ok(Zval::Str(ZStr::empty()));
    }
    let mut out = Vec::with_capacity(total);
    if n > b.len() {
        out.extend_from_slice(b);
        out.extend_from_slice(end.as_bytes());
        return Ok(ss(&out));
    }
    for c in b.chunks(n) {
        out.extend_from_slice(c);
        out.extend_from_slice(end.as_bytes());
    }
    Ok(ss(&out))
}

fn wordwrap(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let text = a.str(e, 0)?;
    let width = a.int_or(e, 1, 75)?;
    let brk = match a.opt_str(e, 2)? {
        Some(x) => x,
        None => ZStr::single(b'\n'),
    };
    let cut = a.bool_or(e, 3, false)?;
    if text.is_empty() {
        return Ok(Zval::Str(text));
    }
    if brk.is_empty() {
        return Err(a.value_error(e, 2, "must not be empty"));
    }
    if width == 0 && cut {
        return Err(a.value_error(e, 3, "cannot be true when argument #2 ($width) is 0"));
    }
    let t = text.as_bytes();
    let bk = brk.as_bytes();
    let n = t.len() as i64;
    if bk.len() == 1 && !cut {
        // One-byte break without cutting: breaks replace spaces in place.
        let mut out = t.to_vec();
        let (mut laststart, mut lastspace) = (0i64, 0i64);
        for cur in 0..n {
            let c = t[cur as usize];
            if c == bk[0] {
                laststart = cur + 1;
                lastspace = cur + 1;
            } else if c == b' ' {
                if cur - laststart >= width {
                    out[cur as usize] = bk[0];
                    laststart = cur + 1;
                }
                lastspace = cur;
            } else if cur - laststart >= width && laststart != lastspace {
                out[lastspace as usize] = bk[0];
                laststart = lastspace + 1;
            }
        }
        return Ok(ss(&out));
    }
    let mut out = Vec::with_capacity(t.len().saturating_add(bk.len()));
    let (mut laststart, mut lastspace) = (0i64, 0i64);
    let mut cur = 0i64;
    while cur < n {
        let c = t[cur as usize];
        let ls = laststart as usize;
        if c == bk[0] && cur + (bk.len() as i64) <= n && t[cur as usize..].starts_with(bk) {
            out.extend_from_slice(&t[ls..cur as usize + bk.len()]);
            cur += bk.len() as i64 - 1;
            laststart = cur + 1;
            lastspace = cur + 1;
        } else if c == b' ' {
            if cur - laststart >= width {
                out.extend_from_slice(&t[ls..cur as usize]);
                out.extend_from_slice(bk);
                laststart = cur + 1;
            }
            lastspace = cur;
        } else if cur - laststart >= width && cut && laststart >= lastspace {
            out.extend_from_slice(&t[ls..cur as usize]);
            out.extend_from_slice(bk);
            laststart = cur;
            lastspace = cur;
        } else if cur - laststart >= width && laststart < lastspace {
            out.extend_from_slice(&t[ls..lastspace as usize]);
            out.extend_from_slice(bk);
            lastspace += 1;
            laststart = lastspace;
        }
        cur += 1;
    }
    if laststart != cur {
        out.extend_from_slice(&t[laststart as usize..]);
    }
    Ok(ss(&out))
}

fn nl2br(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let xhtml = a.bool_or(e, 1, true)?;
    let br: &[u8] = if xhtml { b"<br />" } else { b"<br>" };
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'\n' || c == b'\r') {
        return Ok(Zval::Str(s));
    }
    let mut out = Vec::with_capacity(b.len() + 16);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' || c == b'\n' {
            out.extend_from_slice(br);
            out.push(c);
            if i + 1 < b.len() && (b[i + 1] == b'\r' || b[i + 1] == b'\n') && b[i + 1] != c {
                out.push(b[i + 1]);
                i += 1;
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    Ok(sv(out))
}

// ---------------------------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------------------------

/// `addslashes`' escaping: a backslash before quotes and backslashes, NUL as `\0`.
pub(crate) fn add_slashes_bytes(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + 8);
    for &c in b {
        match c {
            0 => out.extend_from_slice(b"\\0"),
            b'\'' | b'"' | b'\\' => {
                out.push(b'\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn addslashes(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    if !b.iter().any(|&c| matches!(c, b'\'' | b'"' | b'\\' | 0)) {
        return Ok(Zval::Str(s));
    }
    let out = add_slashes_bytes(b);
    // PHP allocates for twice the input from the first byte to escape on
    // (`zend_string_safe_alloc(2, len - offset, offset)`), then shrinks the string.
    let offset = b
        .iter()
        .position(|&c| matches!(c, b'\'' | b'"' | b'\\' | 0))
        .unwrap_or(0);
    let old = 2 * (b.len() - offset) + ((24 + offset + 1 + 7) & !7);
    let req = shrunk_request(old, out.len());
    Ok(Zval::Str(ZStr::new_requested(&out, req)))
}

fn stripslashes(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 1;
            if i < b.len() {
                out.push(if b[i] == b'0' { 0 } else { b[i] });
                i += 1;
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(sv(out))
}

fn addcslashes(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let what = a.str(e, 1)?;
    if s.is_empty() {
        return Ok(Zval::Str(s));
    }
    if what.is_empty() {
        return Ok(Zval::Str(s));
    }
    let mask = charmask(e, what.as_bytes())?;
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        if !mask[c as usize] {
            out.push(c);
            continue;
        }
        if !(32..=126).contains(&c) {
            out.push(b'\\');
            match c {
                b'\n' => out.push(b'n'),
                b'\t' => out.push(b't'),
                b'\r' => out.push(b'r'),
                0x07 => out.push(b'a'),
                0x0b => out.push(b'v'),
                0x08 => out.push(b'b'),
                0x0c => out.push(b'f'),
                _ => out.extend_from_slice(format!("{c:03o}").as_bytes()),
            }
            continue;
        }
        out.push(b'\\');
        out.push(c);
    }
    Ok(sv(out))
}

fn stripcslashes(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = b[i];
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(0x07),
            b'v' => out.push(0x0b),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'\\' => out.push(b'\\'),
            b'x' => {
                if i + 1 < b.len() && b[i + 1].is_ascii_hexdigit() {
                    let mut v: u32 = 0;
                    let mut k = 0;
                    while k < 2 && i + 1 < b.len() && b[i + 1].is_ascii_hexdigit() {
                        v = v * 16 + (b[i + 1] as char).to_digit(16).unwrap_or(0);
                        i += 1;
                        k += 1;
                    }
                    out.push(v as u8);
                } else {
                    out.push(b'x');
                }
            }
            b'0'..=b'7' => {
                let mut v: u32 = 0;
                let mut k = 0;
                while k < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(v as u8);
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    Ok(sv(out))
}

fn quotemeta(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let mut out = Vec::with_capacity(s.len() + 8);
    for &c in s.as_bytes() {
        if matches!(
            c,
            b'.' | b'\\' | b'+' | b'*' | b'?' | b'[' | b'^' | b']' | b'$' | b'(' | b')'
        ) {
            out.push(b'\\');
        }
        out.push(c);
    }
    Ok(ss(&out))
}

// ---------------------------------------------------------------------------------------------
// Bytes and characters
// ---------------------------------------------------------------------------------------------

fn chr(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let c = a.int(e, 0)?;
    Ok(Zval::Str(ZStr::single(c as u8)))
}

fn ord(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(Zval::Long(s.as_bytes().first().copied().unwrap_or(0) as i64))
}

fn bin2hex(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        out.push(HEX[(c >> 4) as usize]);
        out.push(HEX[(c & 15) as usize]);
    }
    // `zend_string_safe_alloc(len, 2, 0)`: requested as 2 * len + 32 (even when empty).
    Ok(Zval::Str(ZStr::new_requested(&out, out.len() + 32)))
}

fn hex2bin(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    if b.len() % 2 != 0 {
        e.diag(
            Level::Warning,
            "Hexadecimal input string must have an even length",
        )?;
        return Ok(Zval::Bool(false));
    }
    let mut out = Vec::with_capacity(b.len() / 2);
    for pair in b.chunks(2) {
        let (Some(h), Some(l)) = (
            (pair[0] as char).to_digit(16),
            (pair[1] as char).to_digit(16),
        ) else {
            e.diag(Level::Warning, "Input string must be hexadecimal string")?;
            return Ok(Zval::Bool(false));
        };
        out.push((h * 16 + l) as u8);
    }
    Ok(sv(out))
}

fn count_chars(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let mode = a.int_or(e, 1, 0)?;
    if !(0..=4).contains(&mode) {
        return Err(a.value_error(e, 1, "must be between 0 and 4 (inclusive)"));
    }
    let mut counts = [0i64; 256];
    for &c in s.as_bytes() {
        counts[c as usize] += 1;
    }
    Ok(match mode {
        0..=2 => {
            let mut out = ZArr::new();
            for (i, &n) in counts.iter().enumerate() {
                if mode == 0 || (mode == 1 && n != 0) || (mode == 2 && n == 0) {
                    out.insert(Key::Int(i as i64), Zval::Long(n));
                }
            }
            Zval::Arr(out)
        }
        3 => sv((0..=255u8).filter(|&c| counts[c as usize] != 0).collect()),
        _ => sv((0..=255u8).filter(|&c| counts[c as usize] == 0).collect()),
    })
}

fn span_common(e: &mut dyn Engine, a: &mut Args, accept: bool) -> BResult {
    let s = a.str(e, 0)?;
    let mask_s = a.str(e, 1)?;
    let off = a.int_or(e, 2, 0)?;
    let len = a.nullable_int(e, 3)?;
    let total = s.len() as i64;
    let mut o = off;
    if o < 0 {
        o = o.saturating_add(total).max(0);
    } else if o > total {
        o = total;
    }
    let mut remain = total - o;
    if let Some(mut l) = len {
        if l < 0 {
            l = l.saturating_add(remain).max(0);
        } else if l > remain {
            l = remain;
        }
        remain = l;
    }
    if remain == 0 {
        return Ok(Zval::Long(0));
    }
    let mut set = [false; 256];
    for &c in mask_s.as_bytes() {
        set[c as usize] = true;
    }
    let part = &s.as_bytes()[o as usize..(o + remain) as usize];
    let n = part
        .iter()
        .position(|&c| set[c as usize] != accept)
        .unwrap_or(part.len());
    Ok(Zval::Long(n as i64))
}

fn strspn(e: &mut dyn Engine, a: &mut Args) -> BResult {
    span_common(e, a, true)
}

fn strcspn(e: &mut dyn Engine, a: &mut Args) -> BResult {
    span_common(e, a, false)
}

fn str_word_count(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let format = a.int_or(e, 1, 0)?;
    let chars = a.nullable_str(e, 2)?;
    if !(0..=2).contains(&format) {
        return Err(a.value_error(e, 1, "must be a valid format value"));
    }
    let mask = match &chars {
        Some(c) => Some(charmask(e, c.as_bytes())?),
        None => None,
    };
    let allowed = |c: u8| mask.as_ref().is_some_and(|m| m[c as usize]);
    let b = s.as_bytes();
    let mut out = ZArr::new();
    let mut count = 0;
    if !b.is_empty() {
        let mut p = 0;
        let mut end = b.len();
        if (b[0] == b'\'' && !allowed(b'\'')) || (b[0] == b'-' && !allowed(b'-')) {
            p = 1;
        }
        if b[end - 1] == b'-' && !allowed(b'-') {
            end -= 1;
        }
        while p < end {
            let st = p;
            while p < end
                && (b[p].is_ascii_alphabetic() || allowed(b[p]) || b[p] == b'\'' || b[p] == b'-')
            {
                p += 1;
            }
            if p > st {
                match format {
                    1 => {
                        out.push(sb(&b[st..p]));
                    }
                    2 => {
                        out.insert(Key::Int(st as i64), sb(&b[st..p]));
                    }
                    _ => count += 1,
                }
            }
            p += 1;
        }
    }
    Ok(if format == 0 {
        Zval::Long(count)
    } else {
        Zval::Arr(out)
    })
}

// ---------------------------------------------------------------------------------------------
// Similarity
// ---------------------------------------------------------------------------------------------

/// PHP's `php_similar_char`: the longest common substring, then recursively the parts left
/// and right of it (the left part only when the first scan improved more than once).
fn similar_chars(a: &[u8], b: &[u8]) -> usize {
    let mut sum = 0;
    let mut work: Vec<(&[u8], &[u8])> = vec![(a, b)];
    while let Some((x, y)) = work.pop() {
        let (mut max, mut count, mut p1, mut p2) = (0usize, 0usize, 0usize, 0usize);
        for i in 0..x.len() {
            for j in 0..y.len() {
                let mut l = 0;
                while i + l < x.len() && j + l < y.len() && x[i + l] == y[j + l] {
                    l += 1;
                }
                if l > max {
                    max = l;
                    count += 1;
                    p1 = i;
                    p2 = j;
                }
            }
        }
        if max == 0 {
            continue;
        }
        sum += max;
        if p1 != 0 && p2 != 0 && count > 1 {
            work.push((&x[..p1], &y[..p2]));
        }
        if p1 + max < x.len() && p2 + max < y.len() {
            work.push((&x[p1 + max..], &y[p2 + max..]));
        }
    }
    sum
}

fn similar_text(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    let total = x.len() + y.len();
    if total == 0 {
        if a.len() > 2 {
            a.set_ref(2, Zval::Double(0.0));
        }
        return Ok(Zval::Long(0));
    }
    let sim = similar_chars(x.as_bytes(), y.as_bytes());
    if a.len() > 2 {
        a.set_ref(2, Zval::Double(sim as f64 * 2.0 * 100.0 / total as f64));
    }
    Ok(Zval::Long(sim as i64))
}

fn levenshtein(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.str(e, 0)?;
    let y = a.str(e, 1)?;
    let ins = a.int_or(e, 2, 1)?;
    let rep = a.int_or(e, 3, 1)?;
    let del = a.int_or(e, 4, 1)?;
    let (s1, s2) = (x.as_bytes(), y.as_bytes());
    if s1.is_empty() {
        return Ok(Zval::Long((s2.len() as i64).wrapping_mul(ins)));
    }
    if s2.is_empty() {
        return Ok(Zval::Long((s1.len() as i64).wrapping_mul(del)));
    }
    let mut p1: Vec<i64> = (0..=s2.len() as i64).map(|i| i.wrapping_mul(ins)).collect();
    let mut p2: Vec<i64> = vec![0; s2.len() + 1];
    for &c1 in s1 {
        p2[0] = p1[0].wrapping_add(del);
        for (j, &c2) in s2.iter().enumerate() {
            let mut c0 = p1[j].wrapping_add(if c1 == c2 { 0 } else { rep });
            let c1v = p1[j + 1].wrapping_add(del);
            if c1v < c0 {
                c0 = c1v;
            }
            let c2v = p2[j].wrapping_add(ins);
            if c2v < c0 {
                c0 = c2v;
            }
            p2[j + 1] = c0;
        }
        std::mem::swap(&mut p1, &mut p2);
    }
    Ok(Zval::Long(p1[s2.len()]))
}

fn soundex(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    // Codes for A..Z; 0 marks letters that are not coded (vowels, H, W, Y).
    const TABLE: &[u8; 26] = b"01230120022455012623010202";
    let mut out: Vec<u8> = Vec::with_capacity(4);
    let mut last = 0u8;
    for &c in s.as_bytes() {
        if out.len() >= 4 {
            break;
        }
        let u = c.to_ascii_uppercase();
        if !u.is_ascii_uppercase() {
            continue;
        }
        let code = match TABLE[(u - b'A') as usize] {
            b'0' => 0,
            x => x,
        };
        if out.is_empty() {
            out.push(u);
            last = code;
        } else if code != last {
            if code != 0 {
                out.push(code);
            }
            last = code;
        }
    }
    while out.len() < 4 {
        out.push(b'0');
    }
    Ok(sv(out))
}

fn metaphone(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let max = a.int_or(e, 1, 0)?;
    if max < 0 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 0"));
    }
    Ok(sv(crate::string::metaphone_impl(
        s.as_bytes(),
        max as usize,
    )))
}

/// Lawrence Philips' Metaphone as PHP implements it (`ext/standard/metaphone.c` behaviour).
#[allow(clippy::collapsible_match)]
fn metaphone_impl(word: &[u8], max: usize) -> Vec<u8> {
    let up: Vec<u8> = word.iter().map(|c| c.to_ascii_uppercase()).collect();
    let at = |i: isize| -> u8 {
        if i < 0 {
            0
        } else {
            up.get(i as usize).copied().unwrap_or(0)
        }
    };
    let is_alpha = |c: u8| c.is_ascii_alphabetic();
    let vowel = |c: u8| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U');
    let frontv = |c: u8| matches!(c, b'E' | b'I' | b'Y');
    let varson = |c: u8| matches!(c, b'C' | b'S' | b'P' | b'T' | b'G');
    let noghf = |c: u8| matches!(c, b'B' | b'D' | b'H');
    let mut out: Vec<u8> = Vec::new();
    let full = |out: &Vec<u8>| max > 0 && out.len() >= max;
    // Skip leading non-letters.
    let mut w: isize = 0;
    while (w as usize) < up.len() && !is_alpha(at(w)) {
        w += 1;
    }
    if w as usize >= up.len() {
        return out;
    }
    let c0 = at(w);
    let c1 = at(w + 1);
    match c0 {
        b'A' => {
            if c1 == b'E' {
                out.push(b'E');
                w += 2;
            } else {
                out.push(b'A');
                w += 1;
            }
        }
        b'G' | b'K' | b'P' => {
            if c1 == b'N' {
                out.push(b'N');
                w += 2;
            }
        }
        b'W' => {
            if c1 == b'R' {
                out.push(b'R');
                w += 2;
            } else if c1 == b'H' || vowel(c1) {
                out.push(b'W');
                w += 2;
            }
        }
        b'X' => {
            out.push(b'S');
            w += 1;
        }
        b'E' | b'I' | b'O' | b'U' => {
            out.push(c0);
            w += 1;
        }
        _ => {}
    }
    let mut skip_letter: isize;
    while (w as usize) < up.len() && !full(&out) {
        let cur = at(w);
        skip_letter = 0;
        if !is_alpha(cur) {
            w += 1;
            continue;
        }
        let prev = at(w - 1);
        if cur == prev && cur != b'C' {
            w += 1;
            continue;
        }
        let next = at(w + 1);
        let after = if next != 0 { at(w + 2) } else { 0 };
        match cur {
            b'B' => {
                if prev != b'M' || is_alpha(next) {
                    out.push(b'B');
                }
            }
            b'C' => {
                if frontv(next) {
                    if next == b'I' && after == b'A' {
                        out.push(b'X');
                    } else if prev == b'S' {
                    } else {
                        out.push(b'S');
                    }
                } else if next == b'H' {
                    out.push(b'X');
                    skip_letter += 1;
                } else {
                    out.push(b'K');
                }
            }
            b'D' => {
                if next == b'G' && frontv(after) {
                    out.push(b'J');
                    skip_letter += 1;
                } else {
                    out.push(b'T');
                }
            }
            b'G' => {
                if next == b'H' {
                    if !(noghf(at(w - 3)) || at(w - 4) == b'H') {
                        out.push(b'F');
                        skip_letter += 1;
                    }
                } else if next == b'N' {
                    let a3 = at(w + 3);
                    if !(!is_alpha(after) || (after == b'E' && a3 == b'D')) {
                        out.push(b'K');
                    }
                } else if frontv(next) && prev != b'G' {
                    out.push(b'J');
                } else {
                    out.push(b'K');
                }
            }
            b'H' => {
                if vowel(next) && !varson(prev) {
                    out.push(b'H');
                }
            }
            b'K' => {
                if prev != b'C' {
                    out.push(b'K');
                }
            }
            b'P' => {
                if next == b'H' {
                    out.push(b'F');
                } else {
                    out.push(b'P');
                }
            }
            b'Q' => out.push(b'K'),
            b'S' => {
                if next == b'I' && (after == b'O' || after == b'A') {
                    out.push(b'X');
                } else if next == b'H' {
                    out.push(b'X');
                    skip_letter += 1;
                } else {
                    out.push(b'S');
                }
            }
            b'T' => {
                if next == b'I' && (after == b'O' || after == b'A') {
                    out.push(b'X');
                } else if next == b'H' {
                    out.push(b'0');
                    skip_letter += 1;
                } else if !(next == b'C' && after == b'H') {
                    out.push(b'T');
                }
            }
            b'V' => out.push(b'F'),
            b'W' => {
                if vowel(next) {
                    out.push(b'W');
                }
            }
            b'X' => {
                out.push(b'K');
                out.push(b'S');
            }
            b'Y' => {
                if vowel(next) {
                    out.push(b'Y');
                }
            }
            b'Z' => out.push(b'S'),
            b'F' | b'J' | b'L' | b'M' | b'N' | b'R' => out.push(cur),
            _ => {}
        }
        w += skip_letter + 1;
    }
    if max > 0 {
        out.truncate(max);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// strip_tags, locale
// ---------------------------------------------------------------------------------------------

/// Whether the tag text collected in `tag` (from `<` to `>`) names one of `allowed` (PHP's
/// `php_tag_find`: lowercased, reduced to `<name>`, `</name>` counting as `<name>`).
fn tag_allowed(tag: &[u8], allowed: &[u8]) -> bool {
    if tag.is_empty() {
        return false;
    }
    let mut norm = Vec::with_capacity(tag.len() + 1);
    let mut started = false;
    for (i, &raw) in tag.iter().enumerate() {
        let c = raw.to_ascii_lowercase();
        match c {
            b'<' => norm.push(c),
            b'>' => break,
            _ if !is_space(c) => {
                started = true;
                let prev = if i > 0 { tag[i - 1] } else { 0 };
                let next = tag.get(i + 1).copied().unwrap_or(0);
                if c != b'/' || (prev != b'<' && next != b'>') {
                    norm.push(c);
                }
            }
            _ => {
                if started {
                    break;
                }
            }
        }
    }
    norm.push(b'>');
    find(allowed, &norm).is_some()
}

/// PHP's tag stripper: a small state machine over HTML tags, PHP blocks (`<? ?>`), `<!…>`
/// declarations and `<!-- -->` comments, with quotes inside tags and nested `<`.
#[allow(clippy::collapsible_match)]
fn strip_tags_bytes(buf: &[u8], allowed: &[u8]) -> Vec<u8> {
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let allow = !allowed.is_empty();
    let mut out = Vec::with_capacity(buf.len());
    let mut tbuf: Vec<u8> = Vec::new();
    let (mut state, mut depth, mut in_q, mut lc, mut br) = (0u8, 0usize, 0u8, 0u8, 0i64);
    let mut is_xml = false;
    let mut p = 0;
    while p < buf.len() {
        let c = buf[p];
        let prev = if p >= 1 { buf[p - 1] } else { 0 };
        match state {
            0 => match c {
                0 => {}
                b'<' => {
                    if in_q != 0 {
                    } else if is_space(at(p + 1)) {
                        out.push(c);
                    } else {
                        lc = b'<';
                        state = 1;
                        if allow {
                            tbuf.clear();
                            tbuf.push(b'<');
                        }
                    }
                }
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 {
                        out.push(c);
                    }
                }
                _ => out.push(c),
            },
            1 => {
                let mut reg = false;
                match c {
                    0 => {}
                    b'<' => {
                        if in_q != 0 {
                        } else if is_space(at(p + 1)) {
                            reg = true;
                        } else {
                            depth += 1;
                        }
                    }
                    b'>' => {
                        if depth > 0 {
                            depth -= 1;
                        } else if in_q != 0 {
                        } else {
                            lc = b'>';
                            if !(is_xml && prev == b'-') {
                                in_q = 0;
                                state = 0;
                                is_xml = false;
                                if allow {
                                    tbuf.push(b'>');
                                    if tag_allowed(&tbuf, allowed) {
                                        out.extend_from_slice(&tbuf);
                                    }
                                    tbuf.clear();
                                }
                            }
                        }
                    }
                    b'"' | b'\'' => {
                        if p != 0 && (in_q == 0 || c == in_q) {
                            in_q = if in_q != 0 { 0 } else { c };
                        }
                        reg = true;
                    }
                    b'!' => {
                        if prev == b'<' && p >= 1 {
                            state = 3;
                            lc = c;
                        } else {
                            reg = true;
                        }
                    }
                    b'?' => {
                        if prev == b'<' && p >= 1 {
                            br = 0;
                            state = 2;
                        } else {
                            reg = true;
                        }
                    }
                    _ => reg = true,
                }
                if reg && allow {
                    tbuf.push(c);
                }
            }
            2 => match c {
                b'(' => {
                    if lc != b'"' && lc != b'\'' {
                        lc = b'(';
                        br += 1;
                    }
                }
                b')' => {
                    if lc != b'"' && lc != b'\'' {
                        lc = b')';
                        br -= 1;
                    }
                }
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 && br == 0 && p >= 1 && lc != b'"' && prev == b'?' {
                        in_q = 0;
                        state = 0;
                        tbuf.clear();
                    }
                }
                b'"' | b'\'' => {
                    if p >= 1 && prev != b'\\' {
                        if lc == c {
                            lc = 0;
                        } else if lc != b'\\' {
                            lc = c;
                        }
                        if p != 0 && (in_q == 0 || c == in_q) {
                            in_q = if in_q != 0 { 0 } else { c };
                        }
                    }
                }
                b'l' | b'L' => {
                    if p > 4
                        && prev.eq_ignore_ascii_case(&b'm')
                        && buf[p - 2].eq_ignore_ascii_case(&b'x')
                        && buf[p - 3] == b'?'
                        && buf[p - 4] == b'<'
                    {
                        state = 1;
                        is_xml = true;
                    }
                }
                _ => {}
            },
            3 => match c {
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 {
                        in_q = 0;
                        state = 0;
                        tbuf.clear();
                    }
                }
                b'"' | b'\'' => {
                    if p != 0 && prev != b'\\' && (in_q == 0 || c == in_q) {
                        in_q = if in_q != 0 { 0 } else { c };
                    }
                }
                b'-' => {
                    if p >= 2 && prev == b'-' && buf[p - 2] == b'!' {
                        state = 4;
                    }
                }
                b'E' | b'e' => {
                    if p > 6 && buf[p - 6..p].eq_ignore_ascii_case(b"doctyp") {
                        state = 1;
                    }
                }
                _ => {}
            },
            _ => {
                if c == b'>' && in_q == 0 && p >= 2 && prev == b'-' && buf[p - 2] == b'-' {
                    in_q = 0;
                    state = 0;
                    tbuf.clear();
                }
            }
        }
        p += 1;
    }
    out
}

fn strip_tags(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let allowed: Vec<u8> = match a.get(1) {
        Zval::Null | Zval::Undef => Vec::new(),
        Zval::Arr(arr) => {
            let mut v = Vec::new();
            for x in arr.values() {
                let x = x.clone();
                let t = e.to_zstr(&x)?;
                v.push(b'<');
                v.extend_from_slice(t.as_bytes());
                v.push(b'>');
            }
            v
        }
        _ => match str_or_arr(e, a, 1)? {
            StrOrArr::S(t) => t.as_bytes().to_vec(),
            StrOrArr::A(_) => Vec::new(),
        },
    };
    Ok(sv(strip_tags_bytes(s.as_bytes(), &lower(&allowed))))
}

fn setlocale(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cat = a.int(e, 0)?;
    if !(0..=12).contains(&cat) {
        return Ok(Zval::Bool(false));
    }
    let mut names: Vec<Zval> = Vec::new();
    for i in 1..a.len() {
        match a.get(i) {
            Zval::Arr(arr) => names.extend(arr.values().map(Zval::deref)),
            v => names.push(v),
        }
    }
    for v in names {
        let name = if v.is_null() {
            ZStr::empty()
        } else {
            e.to_zstr(&v)?
        };
        match name.as_bytes() {
            b"0" => return Ok(sb(b"C")),
            b"" | b"C" | b"POSIX" => return Ok(sb(b"C")),
            _ => {}
        }
    }
    Ok(Zval::Bool(false))
}

fn localeconv(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let mut out = ZArr::new();
    for (k, v) in [
        ("decimal_point", "."),
        ("thousands_sep", ""),
        ("int_curr_symbol", ""),
        ("currency_symbol", ""),
        ("mon_decimal_point", ""),
        ("mon_thousands_sep", ""),
        ("positive_sign", ""),
        ("negative_sign", ""),
    ] {
        out.insert(Key::from_bytes(k.as_bytes()), sb(v.as_bytes()));
    }
    for k in [
        "int_frac_digits",
        "frac_digits",
        "p_cs_precedes",
        "p_sep_by_space",
        "n_cs_precedes",
        "n_sep_by_space",
        "p_sign_posn",
        "n_sign_posn",
    ] {
        out.insert(Key::from_bytes(k.as_bytes()), Zval::Long(127));
    }
    out.insert(Key::from_bytes(b"grouping"), Zval::Arr(ZArr::new()));
    out.insert(Key::from_bytes(b"mon_grouping"), Zval::Arr(ZArr::new()));
    Ok(Zval::Arr(out))
}

// ---------------------------------------------------------------------------------------------
// strtok, str_increment, str_decrement
// ---------------------------------------------------------------------------------------------

thread_local! {
    /// The string `strtok()` is walking and where the next search starts.
    static STRTOK: std::cell::RefCell<Option<(Vec<u8>, usize)>> = const { std::cell::RefCell::new(None) };
}

fn strtok(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let first = a.str(e, 0)?;
    let tok = a.nullable_str(e, 1)?;
    let tok = match tok {
        Some(t) => {
            STRTOK.with(|st| *st.borrow_mut() = Some((first.as_bytes().to_vec(), 0)));
            t
        }
        None => first,
    };
    if STRTOK.with(|st| st.borrow().is_none()) {
        e.diag(
            Level::Warning,
            "Both arguments must be provided when starting tokenization",
        )?;
        return Ok(Zval::Bool(false));
    }
    let mut set = [false; 256];
    for &c in tok.as_bytes() {
        set[c as usize] = true;
    }
    let r = STRTOK.with(|st| {
        let mut st = st.borrow_mut();
        let (buf, last) = st.as_mut()?;
        let end = buf.len();
        let mut p = *last;
        if p >= end {
            return None;
        }
        while set[buf[p] as usize] {
            p += 1;
            if p >= end {
                *st = None;
                return None;
            }
        }
        let start = p;
        p += 1;
        while p < end && !set[buf[p] as usize] {
            p += 1;
        }
        let token = buf[start..p].to_vec();
        *last = p + 1;
        Some(token)
    });
    Ok(match r {
        Some(t) => sv(t),
        None => Zval::Bool(false),
    })
}

fn alnum_arg(e: &mut dyn Engine, a: &Args) -> Result<Vec<u8>, Flow> {
    let s = a.str(e, 0)?;
    if s.is_empty() {
        return Err(a.value_error(e, 0, "must not be empty"));
    }
    if !s.as_bytes().iter().all(u8::is_ascii_alphanumeric) {
        return Err(a.value_error(
            e,
            0,
            "must be composed only of alphanumeric ASCII characters",
        ));
    }
    Ok(s.as_bytes().to_vec())
}

fn str_increment(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let mut v = alnum_arg(e, a)?;
    let mut i = v.len();
    loop {
        if i == 0 {
            let lead = match v[0] {
                b'0' => b'1',
                b'a' => b'a',
                _ => b'A',
            };
            v.insert(0, lead);
            break;
        }
        i -= 1;
        match v[i] {
            b'z' => v[i] = b'a',
            b'Z' => v[i] = b'A',
            b'9' => v[i] = b'0',
            c => {
                v[i] = c + 1;
                break;
            }
        }
    }
    Ok(sv(v))
}

fn str_decrement(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let orig = alnum_arg(e, a)?;
    let mut v = orig.clone();
    let mut i = v.len();
    let mut borrow_out = false;
    loop {
        if i == 0 {
            borrow_out = true;
            break;
        }
        i -= 1;
        match v[i] {
            b'a' => v[i] = b'z',
            b'A' => v[i] = b'Z',
            b'0' => v[i] = b'9',
            c => {
                v[i] = c - 1;
                break;
            }
        }
    }
    if borrow_out || (v[0] == b'0' && v.len() > 1) {
        if v.len() == 1 {
            let shown = String::from_utf8_lossy(&orig).into_owned();
            return Err(a.value_error(e, 0, &format!("\"{shown}\" is out of decrement range")));
        }
        v.remove(0);
    }
    Ok(sv(v))
}

// ---------------------------------------------------------------------------------------------
// str_getcsv
// ---------------------------------------------------------------------------------------------

/// End of `b` without one trailing line break (`\n`, `\r` or `\r\n`).
fn csv_trim_eol(b: &[u8]) -> usize {
    match b {
        [.., b'\r', b'\n'] => b.len() - 2,
        [.., b'\n'] | [.., b'\r'] => b.len() - 1,
        _ => b.len(),
    }
}

/// Splits one CSV record as PHP's `php_fgetcsv` does (enclosures may hold delimiters, doubled
/// enclosures and the escape character keep an enclosure, text after a closing enclosure is
/// kept). `None` for an empty line.
pub fn parse_csv_line(buf: &[u8], delim: u8, enc: u8, esc: Option<u8>) -> Option<Vec<Vec<u8>>> {
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let limit = csv_trim_eol(buf);
    let line_end = &buf[limit..];
    let step = |p: usize| usize::from(p < limit);
    let mut fields = Vec::new();
    let mut bptr = 0;
    let mut first = true;
    loop {
        let mut temp: Vec<u8> = Vec::new();
        let mut inc = step(bptr);
        if inc == 1 {
            let mut t = bptr;
            while at(t) != delim && is_space(at(t)) {
                t += 1;
            }
            if at(t) == enc && t < limit {
                bptr = t;
            }
        }
        if first && bptr == limit {
            return None;
        }
        first = false;
        if inc != 0 && at(bptr) == enc {
            let mut state = 0;
            bptr += 1;
            let mut hunk = bptr;
            inc = step(bptr);
            loop {
                if inc == 0 {
                    if state == 2 {
                        temp.extend_from_slice(&buf[hunk..bptr - 1]);
                        hunk = bptr;
                        break;
                    }
                    if state == 1 {
                        temp.extend_from_slice(&buf[hunk..bptr]);
                        hunk = bptr;
                    }
                    if hunk != limit {
                        temp.extend_from_slice(&buf[hunk..bptr]);
                        hunk = bptr;
                    }
                    temp.extend_from_slice(line_end);
                    break;
                }
                match state {
                    1 => {
                        bptr += 1;
                        state = 0;
                    }
                    2 => {
                        if at(bptr) != enc {
                            temp.extend_from_slice(&buf[hunk..bptr - 1]);
                            hunk = bptr;
                            break;
                        }
                        temp.extend_from_slice(&buf[hunk..bptr]);
                        bptr += 1;
                        hunk = bptr;
                        state = 0;
                    }
                    _ => {
                        if at(bptr) == enc {
                            state = 2;
                        } else if esc == Some(at(bptr)) {
                            state = 1;
                        }
                        bptr += 1;
                    }
                }
                inc = step(bptr);
            }
            while inc != 0 && at(bptr) != delim {
                bptr += 1;
                inc = step(bptr);
            }
            temp.extend_from_slice(&buf[hunk.min(bptr)..bptr.min(buf.len())]);
            bptr += inc;
        } else {
            let hunk = bptr;
            while inc != 0 && at(bptr) != delim {
                bptr += 1;
                inc = step(bptr);
            }
            temp.extend_from_slice(&buf[hunk..bptr]);
            temp.truncate(csv_trim_eol(&temp));
            if at(bptr) == delim {
                bptr += 1;
            }
        }
        fields.push(temp);
        if inc == 0 {
            break;
        }
    }
    Some(fields)
}

fn csv_char(
    e: &mut dyn Engine,
    a: &Args,
    i: usize,
    s: Option<ZStr>,
    default: u8,
    may_be_empty: bool,
) -> Result<Option<u8>, Flow> {
    let Some(s) = s else { return Ok(Some(default)) };
    match s.as_bytes() {
        [c] => Ok(Some(*c)),
        [] if may_be_empty => Ok(None),
        _ => Err(a.value_error(
            e,
            i,
            if may_be_empty {
                "must be empty or a single character"
            } else {
                "must be a single character"
            },
        )),
    }
}

fn str_getcsv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let (d, q, x) = (a.opt_str(e, 1)?, a.opt_str(e, 2)?, a.opt_str(e, 3)?);
    let delim = csv_char(e, a, 1, d, b',', false)?.unwrap_or(b',');
    let enc = csv_char(e, a, 2, q, b'"', false)?.unwrap_or(b'"');
    let esc = csv_char(e, a, 3, x, b'\\', true)?;
    if !a.has(3) {
        e.diag(
            Level::Deprecated,
            "the $escape parameter must be provided as its default value will change",
        )?;
    }
    Ok(Zval::Arr(
        match parse_csv_line(s.as_bytes(), delim, enc, esc) {
            // Each field is a string of its own (`ZVAL_STRINGL`), even an empty or
            // one-character one.
            Some(fields) => ZArr::from_values(fields.into_iter().map(|f| {
                let req = (24 + f.len() + 1 + 7) & !7;
                Zval::Str(ZStr::new_requested(&f, req))
            })),
            None => ZArr::from_values([Zval::Null]),
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// sscanf
// ---------------------------------------------------------------------------------------------

/// Reads a run of decimal digits at `*p` (like `strtoul`), saturating.
fn scan_number(f: &[u8], p: &mut usize) -> usize {
    let mut v: usize = 0;
    while *p < f.len() && f[*p].is_ascii_digit() {
        v = v.saturating_mul(10).saturating_add((f[*p] - b'0') as usize);
        *p += 1;
    }
    v
}

/// Checks a scan format as PHP's `ValidateFormat`: returns how many values it assigns.
fn scan_validate(e: &mut dyn Engine, f: &[u8], num_vars: usize) -> Result<usize, Flow> {
    let at = |i: usize| f.get(i).copied().unwrap_or(0);
    let err = |e: &mut dyn Engine, m: &str| e.error("ValueError", m.to_string());
    let mut nassign: Vec<u32> = vec![0; num_vars.max(16)];
    let (mut obj, mut xpg_size, mut got_xpg, mut got_seq) = (0usize, 0usize, false, false);
    let mut p = 0;
    while at(p) != 0 {
        let c = at(p);
        p += 1;
        if c != b'%' {
            continue;
        }
        let mut ch = at(p);
        p += 1;
        if ch == b'%' {
            continue;
        }
        let mut suppress = false;
        if ch == b'*' {
            suppress = true;
            ch = at(p);
            p += 1;
        } else if ch.is_ascii_digit() {
            let mut q = p - 1;
            let value = scan_number(f, &mut q);
            if at(q) == b'$' {
                p = q + 1;
                ch = at(p);
                p += 1;
                got_xpg = true;
                if got_seq {
                    return Err(err(e, "cannot mix \"%\" and \"%n$\" conversion specifiers"));
                }
                if value == 0
                    || (num_vars > 0 && value > num_vars)
                    || (num_vars == 0 && value > 255)
                {
                    return Err(err(e, "\"%n$\" argument index out of range"));
                }
                obj = value - 1;
                if num_vars == 0 {
                    xpg_size = xpg_size.max(value);
                }
            } else {
                got_seq = true;
                if got_xpg {
                    return Err(err(e, "cannot mix \"%\" and \"%n$\" conversion specifiers"));
                }
            }
        } else {
            got_seq = true;
            if got_xpg {
                return Err(err(e, "cannot mix \"%\" and \"%n$\" conversion specifiers"));
            }
        }
        if ch.is_ascii_digit() {
            let mut q = p - 1;
            scan_number(f, &mut q);
            p = q;
            ch = at(p);
            p += 1;
        }
        if matches!(ch, b'l' | b'L' | b'h') {
            ch = at(p);
            p += 1;
        }
        if !suppress && num_vars > 0 && obj >= num_vars {
            return Err(err(
                e,
                if got_xpg {
                    "\"%n$\" argument index out of range"
                } else {
                    "Different numbers of variable names and field specifiers"
                },
            ));
        }
        match ch {
            b'n' | b'd' | b'D' | b'i' | b'o' | b'x' | b'X' | b'u' | b'f' | b'e' | b'E' | b'g'
            | b's' | b'c' => {}
            b'[' => {
                let bad = |e: &mut dyn Engine| err(e, "Unmatched [ in format string");
                if at(p) == 0 {
                    return Err(bad(e));
                }
                let mut ch = at(p);
                p += 1;
                if ch == b'^' {
                    if at(p) == 0 {
                        return Err(bad(e));
                    }
                    ch = at(p);
                    p += 1;
                }
                if ch == b']' {
                    if at(p) == 0 {
                        return Err(bad(e));
                    }
                    ch = at(p);
                    p += 1;
                }
                while ch != b']' {
                    if at(p) == 0 {
                        return Err(bad(e));
                    }
                    ch = at(p);
                    p += 1;
                }
            }
            _ => {
                let shown = String::from_utf8_lossy(&[ch]).into_owned();
                return Err(err(
                    e,
                    &format!("Bad scan conversion character \"{shown}\""),
                ));
            }
        }
        if !suppress {
            if obj >= nassign.len() {
                nassign.resize(obj + 1, 0);
            }
            nassign[obj] += 1;
            obj += 1;
        }
    }
    let total = if num_vars > 0 {
        num_vars
    } else if xpg_size > 0 {
        xpg_size
    } else {
        obj
    };
    for i in 0..total {
        let n = nassign.get(i).copied().unwrap_or(0);
        if n > 1 {
            return Err(err(
                e,
                "Variable is assigned by multiple \"%n$\" conversion specifiers",
            ));
        } else if xpg_size == 0 && n == 0 {
            return Err(err(
                e,
                "Variable is not assigned by any conversion specifiers",
            ));
        }
    }
    Ok(total)
}

/// A `%[...]` set starting at `f[p]` (after the `[`): the byte set and the index after `]`.
fn scan_charset(f: &[u8], mut p: usize) -> ([bool; 256], usize) {
    let at = |i: usize| f.get(i).copied().unwrap_or(0);
    let mut set = [false; 256];
    let mut negate = false;
    if at(p) == b'^' {
        negate = true;
        p += 1;
    }
    if at(p) == b']' {
        set[b']' as usize] = true;
        p += 1;
    }
    while at(p) != 0 && at(p) != b']' {
        let c = at(p);
        if at(p + 1) == b'-' && at(p + 2) != 0 && at(p + 2) != b']' {
            let (lo, hi) = if c <= at(p + 2) {
                (c, at(p + 2))
            } else {
                (at(p + 2), c)
            };
            for x in lo..=hi {
                set[x as usize] = true;
            }
            p += 3;
        } else {
            set[c as usize] = true;
            p += 1;
        }
    }
    if at(p) == b']' {
        p += 1;
    }
    if negate {
        for x in set.iter_mut() {
            *x = !*x;
        }
    }
    (set, p)
}

/// Parses an integer like C's `strtol`/`strtoul` in `base` (0: by prefix), saturating.
fn scan_strtol(b: &[u8], base: u32, unsigned: bool) -> i64 {
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let mut base = base;
    if (base == 0 || base == 16) && b.len() > i + 1 && b[i] == b'0' && (b[i + 1] | 0x20) == b'x' {
        base = 16;
        i += 2;
    } else if base == 0 {
        base = if b.get(i) == Some(&b'0') { 8 } else { 10 };
    }
    let mut v: u64 = 0;
    let mut overflow = false;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(base)) {
        match v
            .checked_mul(base as u64)
            .and_then(|x| x.checked_add(d as u64))
        {
            Some(x) => v = x,
            None => overflow = true,
        }
        i += 1;
    }
    if unsigned {
        if overflow {
            return -1;
        }
        return if neg {
            (v as i64).wrapping_neg()
        } else {
            v as i64
        };
    }
    if neg {
        if overflow || v > i64::MAX as u64 + 1 {
            i64::MIN
        } else {
            (v as i64).wrapping_neg()
        }
    } else if overflow || v > i64::MAX as u64 {
        i64::MAX
    } else {
        v as i64
    }
}

#[allow(clippy::collapsible_match)]
fn sscanf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let input = a.str(e, 0)?;
    let format = a.str(e, 1)?;
    let num_vars = a.len().saturating_sub(2);
    // C strings: both end at their first NUL byte.
    let cut = |b: &[u8]| b.iter().position(|&c| c == 0).map_or(b.len(), |p| p);
    let s = &input.as_bytes()[..cut(input.as_bytes())];
    let f = &format.as_bytes()[..cut(format.as_bytes())];
    let total = scan_validate(e, f, num_vars)?;
    let sat = |i: usize| s.get(i).copied().unwrap_or(0);
    let fat = |i: usize| f.get(i).copied().unwrap_or(0);
    let mut results: Vec<Zval> = vec![Zval::Null; total];
    let mut assigned = vec![false; total];
    let mut put = |idx: usize, v: Zval| {
        if idx < results.len() {
            results[idx] = v;
            assigned[idx] = true;
        }
    };
    let (mut sp, mut fp) = (0usize, 0usize);
    let mut obj = 0usize;
    let mut nconv = 0usize;
    let mut underflow = false;
    'scan: while fat(fp) != 0 {
        let ch = fat(fp);
        fp += 1;
        if is_space(ch) {
            while is_space(sat(sp)) {
                sp += 1;
            }
            continue;
        }
        let literal = |c: u8, sp: &mut usize, underflow: &mut bool| -> bool {
            if sat(*sp) == 0 {
                *underflow = true;
                return false;
            }
            let sc = sat(*sp);
            *sp += 1;
            sc == c
        };
        if ch != b'%' {
            if !literal(ch, &mut sp, &mut underflow) {
                break;
            }
            continue;
        }
        let mut ch = fat(fp);
        fp += 1;
        if ch == b'%' {
            if !literal(ch, &mut sp, &mut underflow) {
                break;
            }
            continue;
        }
        let mut suppress = false;
        if ch == b'*' {
            suppress = true;
            ch = fat(fp);
            fp += 1;
        } else if ch.is_ascii_digit() {
            let mut q = fp - 1;
            let value = scan_number(f, &mut q);
            if fat(q) == b'$' {
                fp = q + 1;
                ch = fat(fp);
                fp += 1;
                obj = value.saturating_sub(1);
            }
        }
        let mut width = 0usize;
        if ch.is_ascii_digit() {
            let mut q = fp - 1;
            width = scan_number(f, &mut q);
            fp = q;
            ch = fat(fp);
            fp += 1;
        }
        if matches!(ch, b'h' | b'l' | b'L') {
            ch = fat(fp);
            fp += 1;
        }
        let (op, base, unsigned, noskip) = match ch {
            b'n' => {
                if !suppress {
                    put(obj, Zval::Long(sp as i64));
                    obj += 1;
                }
                nconv += 1;
                continue 'scan;
            }
            b'd' | b'D' => (b'i', 10, false, false),
            b'i' => (b'i', 0, false, false),
            b'o' => (b'i', 8, false, false),
            b'x' | b'X' => (b'i', 16, false, false),
            b'u' => (b'i', 10, true, false),
            b'f' | b'e' | b'E' | b'g' => (b'f', 0, false, false),
            b's' => (b's', 0, false, false),
            b'c' => {
                if width == 0 {
                    width = 1;
                }
                (b's', 0, false, true)
            }
            _ => (b'[', 0, false, true),
        };
        if sat(sp) == 0 {
            underflow = true;
            break;
        }
        if !noskip {
            while sat(sp) != 0 && is_space(sat(sp)) {
                sp += 1;
            }
            if sat(sp) == 0 {
                underflow = true;
                break;
            }
        }
        match op {
            b's' => {
                let mut w = if width == 0 { usize::MAX } else { width };
                let mut end = sp;
                while sat(end) != 0 && !is_space(sat(end)) {
                    end += 1;
                    w -= 1;
                    if w == 0 {
                        break;
                    }
                }
                if !suppress {
                    put(obj, sb(&s[sp..end]));
                    obj += 1;
                }
                sp = end;
            }
            b'[' => {
                let (set, next) = scan_charset(f, fp);
                fp = next;
                let mut w = if width == 0 { usize::MAX } else { width };
                let mut end = sp;
                while sat(end) != 0 && set[sat(end) as usize] {
                    end += 1;
                    w -= 1;
                    if w == 0 {
                        break;
                    }
                }
                if end == sp {
                    break 'scan;
                }
                if !suppress {
                    put(obj, sb(&s[sp..end]));
                    obj += 1;
                }
                sp = end;
            }
            b'i' => {
                let mut base = base;
                let mut w = if width == 0 || width > 63 { 63 } else { width };
                let (mut signok, mut nodigits, mut nozero, mut xok) = (true, true, true, false);
                let mut buf: Vec<u8> = Vec::new();
                while w > 0 {
                    let c = sat(sp);
                    let take = match c {
                        b'0' => {
                            if base == 16 {
                                xok = true;
                            }
                            if base == 0 {
                                base = 8;
                                xok = true;
                            }
                            if nozero {
                                signok = false;
                                nodigits = false;
                                nozero = false;
                            } else {
                                signok = false;
                                xok = false;
                                nodigits = false;
                            }
                            true
                        }
                        b'1'..=b'7' => {
                            if base == 0 {
                                base = 10;
                            }
                            signok = false;
                            xok = false;
                            nodigits = false;
                            true
                        }
                        b'8' | b'9' => {
                            if base == 0 {
                                base = 10;
                            }
                            if base <= 8 {
                                false
                            } else {
                                signok = false;
                                xok = false;
                                nodigits = false;
                                true
                            }
                        }
                        b'A'..=b'F' | b'a'..=b'f' => {
                            if base <= 10 {
                                false
                            } else {
                                signok = false;
                                xok = false;
                                nodigits = false;
                                true
                            }
                        }
                        b'+' | b'-' => std::mem::take(&mut signok),
                        b'x' | b'X' => {
                            if xok && buf.len() == 1 {
                                base = 16;
                                xok = false;
                                true
                            } else {
                                false
                            }
                        }
                        _ => false,
                    };
                    if !take {
                        break;
                    }
                    buf.push(c);
                    sp += 1;
                    if sat(sp) == 0 {
                        break;
                    }
                    w -= 1;
                }
                if nodigits {
                    if sat(sp) == 0 {
                        underflow = true;
                    }
                    break 'scan;
                } else if matches!(buf.last(), Some(b'x' | b'X')) {
                    buf.pop();
                    sp -= 1;
                }
                if !suppress {
                    let v = scan_strtol(&buf, if base == 0 { 10 } else { base }, unsigned);
                    if unsigned && v < 0 {
                        put(obj, sv((v as u64).to_string().into_bytes()));
                    } else {
                        put(obj, Zval::Long(v));
                    }
                    obj += 1;
                }
            }
            _ => {
                let mut w = if width == 0 || width > 63 { 63 } else { width };
                let (mut signok, mut nodigits, mut ptok, mut expok) = (true, true, true, true);
                let mut buf: Vec<u8> = Vec::new();
                while w > 0 {
                    let c = sat(sp);
                    let take = match c {
                        b'0'..=b'9' => {
                            signok = false;
                            nodigits = false;
                            true
                        }
                        b'+' | b'-' => std::mem::take(&mut signok),
                        b'.' => {
                            if ptok {
                                signok = false;
                                ptok = false;
                                true
                            } else {
                                false
                            }
                        }
                        b'e' | b'E' => {
                            if !nodigits && expok {
                                expok = false;
                                ptok = false;
                                signok = true;
                                nodigits = true;
                                true
                            } else {
                                false
                            }
                        }
                        _ => false,
                    };
                    if !take {
                        break;
                    }
                    buf.push(c);
                    sp += 1;
                    if sat(sp) == 0 {
                        break;
                    }
                    w -= 1;
                }
                if nodigits {
                    if expok {
                        if sat(sp) == 0 {
                            underflow = true;
                        }
                        break 'scan;
                    }
                    // A bad exponent: give back the 'e' and a sign after it.
                    if let Some(last) = buf.pop() {
                        sp -= 1;
                        if last != b'e' && last != b'E' {
                            buf.pop();
                            sp -= 1;
                        }
                    }
                }
                if !suppress {
                    let v = memphis_values::convert::numeric_prefix(&buf)
                        .map_or(0.0, |(n, _)| n.as_f64());
                    put(obj, Zval::Double(v));
                    obj += 1;
                }
            }
        }
        nconv += 1;
    }
    if underflow && nconv == 0 {
        return Ok(if num_vars > 0 {
            Zval::Long(-1)
        } else {
            Zval::Null
        });
    }
    if num_vars > 0 {
        for (i, v) in results.into_iter().enumerate() {
            if assigned[i] {
                a.set_ref(2 + i, v);
            }
        }
        return Ok(Zval::Long(nconv as i64));
    }
    Ok(Zval::Arr(ZArr::from_values(results)))
}

fn str_shuffle(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let mut v = s.as_bytes().to_vec();
    // Fisher–Yates from the end with the shared Mt19937 state, as php_mt_rand_range draws.
    let mut left = v.len();
    while left > 1 {
        left -= 1;
        let r = e.call(
            &Zval::str(b"mt_rand"),
            vec![Zval::Long(0), Zval::Long(left as i64)],
        )?;
        let j = memphis_values::convert::to_long(&r).clamp(0, left as i64) as usize;
        v.swap(left, j);
    }
    Ok(sv(v))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "strlen",
        params: params!["string"],
        variadic: false,
        f: strlen,
    },
    Builtin {
        name: "substr",
        params: params!["string", "offset", "?length"],
        variadic: false,
        f: substr,
    },
    Builtin {
        name: "strpos",
        params: params!["haystack", "needle", "?offset"],
        variadic: false,
        f: strpos,
    },
    Builtin {
        name: "stripos",
        params: params!["haystack", "needle", "?offset"],
        variadic: false,
        f: stripos,
    },
    Builtin {
        name: "strrpos",
        params: params!["haystack", "needle", "?offset"],
        variadic: false,
        f: strrpos,
    },
    Builtin {
        name: "strripos",
        params: params!["haystack", "needle", "?offset"],
        variadic: false,
        f: strripos,
    },
    Builtin {
        name: "strstr",
        params: params!["haystack", "needle", "?before_needle"],
        variadic: false,
        f: strstr,
    },
    Builtin {
        name: "strchr",
        params: params!["haystack", "needle", "?before_needle"],
        variadic: false,
        f: strstr,
    },
    Builtin {
        name: "stristr",
        params: params!["haystack", "needle", "?before_needle"],
        variadic: false,
        f: stristr,
    },
    Builtin {
        name: "strrchr",
        params: params!["haystack", "needle", "?before_needle"],
        variadic: false,
        f: strrchr,
    },
    Builtin {
        name: "str_contains",
        params: params!["haystack", "needle"],
        variadic: false,
        f: str_contains,
    },
    Builtin {
        name: "str_starts_with",
        params: params!["haystack", "needle"],
        variadic: false,
        f: str_starts_with,
    },
    Builtin {
        name: "str_ends_with",
        params: params!["haystack", "needle"],
        variadic: false,
        f: str_ends_with,
    },
    Builtin {
        name: "strpbrk",
        params: params!["string", "characters"],
        variadic: false,
        f: strpbrk,
    },
    Builtin {
        name: "substr_count",
        params: params!["haystack", "needle", "?offset", "?length"],
        variadic: false,
        f: substr_count,
    },
    Builtin {
        name: "substr_compare",
        params: params![
            "haystack",
            "needle",
            "offset",
            "?length",
            "?case_insensitive"
        ],
        variadic: false,
        f: substr_compare,
    },
    Builtin {
        name: "strcoll",
        params: params!["string1", "string2"],
        variadic: false,
        f: strcoll,
    },
    Builtin {
        name: "strcmp",
        params: params!["string1", "string2"],
        variadic: false,
        f: strcmp,
    },
    Builtin {
        name: "strcasecmp",
        params: params!["string1", "string2"],
        variadic: false,
        f: strcasecmp,
    },
    Builtin {
        name: "strncmp",
        params: params!["string1", "string2", "length"],
        variadic: false,
        f: strncmp,
    },
    Builtin {
        name: "strncasecmp",
        params: params!["string1", "string2", "length"],
        variadic: false,
        f: strncasecmp,
    },
    Builtin {
        name: "strnatcmp",
        params: params!["string1", "string2"],
        variadic: false,
        f: strnatcmp,
    },
    Builtin {
        name: "strnatcasecmp",
        params: params!["string1", "string2"],
        variadic: false,
        f: strnatcasecmp,
    },
    Builtin {
        name: "str_replace",
        params: params!["search", "replace", "subject", "?&count"],
        variadic: false,
        f: str_replace,
    },
    Builtin {
        name: "str_ireplace",
        params: params!["search", "replace", "subject", "?&count"],
        variadic: false,
        f: str_ireplace,
    },
    Builtin {
        name: "substr_replace",
        params: params!["string", "replace", "offset", "?length"],
        variadic: false,
        f: substr_replace,
    },
    Builtin {
        name: "strtr",
        params: params!["string", "from", "?to"],
        variadic: false,
        f: strtr,
    },
    Builtin {
        name: "strtolower",
        params: params!["string"],
        variadic: false,
        f: strtolower,
    },
    Builtin {
        name: "strtoupper",
        params: params!["string"],
        variadic: false,
        f: strtoupper,
    },
    Builtin {
        name: "ucfirst",
        params: params!["string"],
        variadic: false,
        f: ucfirst,
    },
    Builtin {
        name: "lcfirst",
        params: params!["string"],
        variadic: false,
        f: lcfirst,
    },
    Builtin {
        name: "ucwords",
        params: params!["string", "?separators"],
        variadic: false,
        f: ucwords,
    },
    Builtin {
        name: "str_pad",
        params: params!["string", "length", "?pad_string", "?pad_type"],
        variadic: false,
        f: str_pad,
    },
    Builtin {
        name: "trim",
        params: params!["string", "?characters"],
        variadic: false,
        f: trim,
    },
    Builtin {
        name: "ltrim",
        params: params!["string", "?characters"],
        variadic: false,
        f: ltrim,
    },
    Builtin {
        name: "rtrim",
        params: params!["string", "?characters"],
        variadic: false,
        f: rtrim,
    },
    Builtin {
        name: "chop",
        params: params!["string", "?characters"],
        variadic: false,
        f: rtrim,
    },
    Builtin {
        name: "str_split",
        params: params!["string", "?length"],
        variadic: false,
        f: str_split,
    },
    Builtin {
        name: "explode",
        params: params!["separator", "string", "?limit"],
        variadic: false,
        f: explode,
    },
    Builtin {
        name: "implode",
        params: params!["separator", "?array"],
        variadic: false,
        f: implode,
    },
    Builtin {
        name: "join",
        params: params!["separator", "?array"],
        variadic: false,
        f: implode,
    },
    Builtin {
        name: "str_repeat",
        params: params!["string", "times"],
        variadic: false,
        f: str_repeat,
    },
    Builtin {
        name: "strrev",
        params: params!["string"],
        variadic: false,
        f: strrev,
    },
    Builtin {
        name: "chunk_split",
        params: params!["string", "?length", "?separator"],
        variadic: false,
        f: chunk_split,
    },
    Builtin {
        name: "wordwrap",
        params: params!["string", "?width", "?break", "?cut_long_words"],
        variadic: false,
        f: wordwrap,
    },
    Builtin {
        name: "nl2br",
        params: params!["string", "?use_xhtml"],
        variadic: false,
        f: nl2br,
    },
    Builtin {
        name: "addslashes",
        params: params!["string"],
        variadic: false,
        f: addslashes,
    },
    Builtin {
        name: "stripslashes",
        params: params!["string"],
        variadic: false,
        f: stripslashes,
    },
    Builtin {
        name: "addcslashes",
        params: params!["string", "characters"],
        variadic: false,
        f: addcslashes,
    },
    Builtin {
        name: "stripcslashes",
        params: params!["string"],
        variadic: false,
        f: stripcslashes,
    },
    Builtin {
        name: "quotemeta",
        params: params!["string"],
        variadic: false,
        f: quotemeta,
    },
    Builtin {
        name: "chr",
        params: params!["codepoint"],
        variadic: false,
        f: chr,
    },
    Builtin {
        name: "ord",
        params: params!["character"],
        variadic: false,
        f: ord,
    },
    Builtin {
        name: "bin2hex",
        params: params!["string"],
        variadic: false,
        f: bin2hex,
    },
    Builtin {
        name: "hex2bin",
        params: params!["string"],
        variadic: false,
        f: hex2bin,
    },
    Builtin {
        name: "count_chars",
        params: params!["string", "?mode"],
        variadic: false,
        f: count_chars,
    },
    Builtin {
        name: "strspn",
        params: params!["string", "characters", "?offset", "?length"],
        variadic: false,
        f: strspn,
    },
    Builtin {
        name: "strcspn",
        params: params!["string", "characters", "?offset", "?length"],
        variadic: false,
        f: strcspn,
    },
    Builtin {
        name: "str_word_count",
        params: params!["string", "?format", "?characters"],
        variadic: false,
        f: str_word_count,
    },
    Builtin {
        name: "similar_text",
        params: params!["string1", "string2", "?&percent"],
        variadic: false,
        f: similar_text,
    },
    Builtin {
        name: "levenshtein",
        params: params![
            "string1",
            "string2",
            "?insertion_cost",
            "?replacement_cost",
            "?deletion_cost"
        ],
        variadic: false,
        f: levenshtein,
    },
    Builtin {
        name: "soundex",
        params: params!["string"],
        variadic: false,
        f: soundex,
    },
    Builtin {
        name: "metaphone",
        params: params!["string", "?max_phonemes"],
        variadic: false,
        f: metaphone,
    },
    Builtin {
        name: "strip_tags",
        params: params!["string", "?allowed_tags"],
        variadic: false,
        f: strip_tags,
    },
    Builtin {
        name: "setlocale",
        params: params!["category", "locales"],
        variadic: true,
        f: setlocale,
    },
    Builtin {
        name: "localeconv",
        params: params![],
        variadic: false,
        f: localeconv,
    },
    Builtin {
        name: "strtok",
        params: params!["string", "?token"],
        variadic: false,
        f: strtok,
    },
    Builtin {
        name: "str_increment",
        params: params!["string"],
        variadic: false,
        f: str_increment,
    },
    Builtin {
        name: "str_decrement",
        params: params!["string"],
        variadic: false,
        f: str_decrement,
    },
    Builtin {
        name: "str_getcsv",
        params: params!["string", "?separator", "?enclosure", "?escape"],
        variadic: false,
        f: str_getcsv,
    },
    Builtin {
        name: "sscanf",
        params: params!["string", "format", "?&vars"],
        variadic: true,
        f: sscanf,
    },
    Builtin {
        name: "str_shuffle",
        params: params!["string"],
        variadic: false,
        f: str_shuffle,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order() {
        assert_eq!(strnatcmp_ex(b"img12", b"img10", false), 1);
        assert_eq!(strnatcmp_ex(b"img2", b"img10", false), -1);
        assert_eq!(strnatcmp_ex(b"abc", b"ABC", true), 0);
        assert_eq!(strnatcmp_ex(b"", b"a", false), -1);
    }

    #[test]
    fn binary_compare() {
        assert_eq!(binary_strcmp(b"a", b"c"), -2);
        assert_eq!(binary_strcmp(b"abc", b"a"), 1);
        assert_eq!(binary_strcasecmp(b"HELLO", b"hellz"), -11);
    }

    #[test]
    fn csv_records() {
        let f = |s: &[u8]| parse_csv_line(s, b',', b'"', Some(b'\\'));
        assert_eq!(
            f(b"a,\"b,c\",d"),
            Some(vec![b"a".to_vec(), b"b,c".to_vec(), b"d".to_vec()])
        );
        assert_eq!(f(b""), None);
        assert_eq!(f(b"\""), Some(vec![Vec::new()]));
        assert_eq!(f(b"a,"), Some(vec![b"a".to_vec(), Vec::new()]));
    }

    #[test]
    fn tags_and_similarity() {
        assert_eq!(
            strip_tags_bytes(b"<p>Hello <b>World</b></p>", b"<b>"),
            b"Hello <b>World</b>".to_vec()
        );
        assert_eq!(similar_chars(b"World", b"Word"), 4);
        assert_eq!(metaphone_impl(b"Thompson", 0), b"0MPSN".to_vec());
    }
}
