//! Array functions (`ext/standard/array.c`).
//!
//! Sorting is stable, as PHP's `zend_sort` is since 8.0 (equal elements keep their order), and
//! compares with PHP 8's rules. By-reference array parameters arrive as `Zval::Ref`; results are
//! written back through [`Args::set_ref`].

use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::convert::{self, Numeric};
use memphis_values::{Key, KeyRef, ZArr, ZRef, ZStr, Zval};
use std::collections::HashSet;

/// `SORT_*` and `ARRAY_FILTER_*` style constants of this group not defined in `lib.rs`.
pub static CONSTANTS: &[(&str, i64)] = &[
    ("EXTR_PREFIX_SAME", 2),
    ("EXTR_PREFIX_ALL", 3),
    ("EXTR_PREFIX_INVALID", 4),
    ("EXTR_IF_EXISTS", 6),
    ("EXTR_PREFIX_IF_EXISTS", 5),
    ("EXTR_REFS", 256),
    ("CASE_LOWER", 0),
    ("CASE_UPPER", 1),
];

// ----- helpers ----------------------------------------------------------------------------------

/// The value to store when copying an element into a new array: a reference held only by the
/// source array is unwrapped (as PHP does), shared references stay references.
pub fn copy_el(v: &Zval) -> Zval {
    match v {
        Zval::Ref(r) if r.refcount() == 1 => r.get(),
        v => v.clone(),
    }
}

/// Builds an array from `(key, value)` pairs, renumbering integer keys when `renumber` is set.
fn rebuild(items: impl IntoIterator<Item = (Key, Zval)>, renumber: bool) -> ZArr {
    let mut out = ZArr::new();
    for (k, v) in items {
        match k {
            Key::Int(_) if renumber => {
                out.push(v);
            }
            k => {
                out.insert(k, v);
            }
        }
    }
    out
}

/// Entries of an array as owned pairs (raw values, references kept).
fn entries(arr: &ZArr) -> Vec<(Key, Zval)> {
    arr.iter().map(|(k, v)| (k.to_key(), v.clone())).collect()
}

/// An array key from a value, as `$a[$v]` converts it (for lookups).
fn offset_key(e: &mut dyn Engine, v: &Zval) -> Result<Key, Flow> {
    Ok(match v {
        Zval::Str(s) => Key::from_zstr(s),
        Zval::Long(i) => Key::Int(*i),
        Zval::Undef | Zval::Null => Key::Str(ZStr::empty()),
        Zval::Bool(b) => Key::Int(*b as i64),
        Zval::Double(d) => {
            let i = convert::double_to_long(*d);
            if !d.is_finite() || (i as f64) != *d {
                let shown = convert::format_double(*d, -1);
                e.diag(
                    Level::Deprecated,
                    &format!("Implicit conversion from float {shown} to int loses precision"),
                )?;
            }
            Key::Int(i)
        }
        Zval::Ref(r) => {
            let x = r.get();
            return offset_key(e, &x);
        }
        Zval::Res(r) => {
            let h = r.handle() as i64;
            e.diag(
                Level::Warning,
                &format!("Resource ID#{h} used as offset, casting to integer ({h})"),
            )?;
            Key::Int(h)
        }
        other => {
            return Err(e.error(
                "TypeError",
                format!(
                    "Cannot access offset of type {} on array",
                    crate::args::type_name(other)
                ),
            ));
        }
    })
}

/// A key from a value the way `array_combine`/`array_fill_keys` do it: ints stay ints,
/// everything else becomes a (normalised) string.
fn string_key(e: &mut dyn Engine, v: &Zval) -> Result<Key, Flow> {
    Ok(match v.deref() {
        Zval::Long(i) => Key::Int(i),
        other => Key::from_zstr(&e.to_zstr(&other)?),
    })
}

/// The by-reference array argument `i` (its current value).
fn ref_array(e: &mut dyn Engine, a: &Args, i: usize) -> Result<ZArr, Flow> {
    a.array(e, i)
}

/// Applies `f` to the array behind by-reference argument `i`, separating it first.
fn with_ref_array<R>(a: &Args, i: usize, f: impl FnOnce(&mut ZArr) -> R) -> Option<R> {
    match a.raw(i) {
        Some(Zval::Ref(r)) => r.modify(|v| match v {
            Zval::Arr(arr) => {
                arr.separate();
                Some(f(arr))
            }
            _ => None,
        }),
        _ => None,
    }
}

fn variadic_type_error(e: &mut dyn Engine, a: &Args, i: usize, ty: &str, v: &Zval) -> Flow {
    e.error(
        "TypeError",
        format!(
            "{}(): Argument #{} must be of type {}, {} given",
            a.fname,
            i + 1,
            ty,
            crate::args::type_name(v)
        ),
    )
}

fn variadic_array(e: &mut dyn Engine, a: &Args, i: usize) -> Result<ZArr, Flow> {
    if i + 1 < a.params.len() {
        return a.array(e, i);
    }
    match a.get(i) {
        Zval::Arr(x) => Ok(x),
        v => Err(variadic_type_error(e, a, i, "array", &v)),
    }
}

fn cb_or_null(e: &mut dyn Engine, a: &Args, i: usize) -> Result<Option<Zval>, Flow> {
    let v = a.get(i);
    if v.is_null() {
        return Ok(None);
    }
    if e.is_callable(&v) {
        return Ok(Some(v));
    }
    let what = callback_problem(&v);
    Err(e.error(
        "TypeError",
        format!(
            "{}(): Argument #{} (${}) must be a valid callback or null, {}",
            a.fname,
            i + 1,
            a.params.get(i).map(|p| p.name).unwrap_or("callback"),
            what
        ),
    ))
}

fn callback_problem(v: &Zval) -> String {
    match v {
        Zval::Str(s) => format!(
            "function \"{}\" not found or invalid function name",
            s.to_string_lossy()
        ),
        Zval::Arr(x) if x.len() != 2 => "array callback must have exactly two members".to_string(),
        Zval::Arr(_) => "class or object not found or invalid method name".to_string(),
        _ => "no array or string given".to_string(),
    }
}

/// A callback given as a variadic (unnamed) argument.
fn variadic_callable(e: &mut dyn Engine, a: &Args, i: usize) -> Result<Zval, Flow> {
    let v = a.get(i);
    if e.is_callable(&v) {
        return Ok(v);
    }
    Err(e.error(
        "TypeError",
        format!(
            "{}(): Argument #{} must be a valid callback, {}",
            a.fname,
            i + 1,
            callback_problem(&v)
        ),
    ))
}

/// `zval_get_long` of a callback result.
fn ret_long(v: &Zval) -> i64 {
    convert::to_long(v)
}

// ----- comparisons ------------------------------------------------------------------------------

/// How `sort` and friends compare (`SORT_*` flags).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SortKind {
    /// `SORT_REGULAR`: PHP 8's `<=>`.
    Regular,
    /// `SORT_NUMERIC`: as numbers.
    Numeric,
    /// `SORT_STRING` (optionally case-insensitive with `SORT_FLAG_CASE`).
    Str(bool),
    /// `SORT_NATURAL` (optionally case-insensitive).
    Natural(bool),
}

/// Decodes a `SORT_*` flags value.
pub fn sort_kind(flags: i64) -> SortKind {
    let ci = flags & 8 != 0;
    match flags & !8 {
        1 => SortKind::Numeric,
        2 | 5 => SortKind::Str(ci),
        6 => SortKind::Natural(ci),
        _ => SortKind::Regular,
    }
}

fn three(o: std::cmp::Ordering) -> i32 {
    o as i32
}

fn cmp_f64(a: f64, b: f64) -> i32 {
    if a < b {
        -1
    } else if a > b {
        1
    } else {
        0
    }
}

fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// PHP's natural-order comparison (`strnatcmp_ex`).
pub fn strnatcmp(a: &[u8], b: &[u8], ci: bool) -> i32 {
    if a.is_empty() || b.is_empty() {
        return three(a.len().cmp(&b.len()));
    }
    let at = |s: &[u8], i: usize| -> u8 { s.get(i).copied().unwrap_or(0) };
    let isdig = |c: u8| c.is_ascii_digit();
    let isspace = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let (mut i, mut j) = (0usize, 0usize);
    let mut leading = true;
    loop {
        let mut ca = at(a, i);
        let mut cb = at(b, j);
        if leading {
            while ca == b'0' && i + 1 < a.len() && isdig(a[i + 1]) {
                i += 1;
                ca = a[i];
            }
            while cb == b'0' && j + 1 < b.len() && isdig(b[j + 1]) {
                j += 1;
                cb = b[j];
            }
            leading = false;
        }
        while isspace(ca) {
            i += 1;
            ca = at(a, i);
        }
        while isspace(cb) {
            j += 1;
            cb = at(b, j);
        }
        if isdig(ca) && isdig(cb) {
            let fractional = ca == b'0' || cb == b'0';
            let mut bias = 0;
            let r = loop {
                let da = i < a.len() && isdig(a[i]);
                let db = j < b.len() && isdig(b[j]);
                match (da, db) {
                    (false, false) => break if fractional { 0 } else { bias },
                    (false, true) => break -1,
                    (true, false) => break 1,
                    _ => {}
                }
                let o = three(a[i].cmp(&b[j]));
                if o != 0 {
                    if fractional {
                        break o;
                    }
                    if bias == 0 {
                        bias = o;
                    }
                }
                i += 1;
                j += 1;
            };
            if r != 0 {
                return r;
            }
            match (i >= a.len(), j >= b.len()) {
                (true, true) => return 0,
                (true, false) => return -1,
                (false, true) => return 1,
                _ => {}
            }
            ca = a[i];
            cb = b[j];
        }
        if ci {
            ca = ca.to_ascii_uppercase();
            cb = cb.to_ascii_uppercase();
        }
        if ca != cb {
            return three(ca.cmp(&cb));
        }
        i += 1;
        j += 1;
        match (i >= a.len(), j >= b.len()) {
            (true, true) => return 0,
            (true, false) => return -1,
            (false, true) => return 1,
            _ => {}
        }
    }
}

/// Compares two values with a sort flag.
pub fn cmp_values(e: &mut dyn Engine, k: SortKind, x: &Zval, y: &Zval) -> Result<i32, Flow> {
    if k == SortKind::Regular && !matches!(x, Zval::Ref(_)) && !matches!(y, Zval::Ref(_)) {
        return Ok(convert::compare(x, y));
    }
    let (x, y) = (x.deref(), y.deref());
    Ok(match k {
        SortKind::Regular => convert::compare(&x, &y),
        SortKind::Numeric => match (&x, &y) {
            (Zval::Long(p), Zval::Long(q)) => three(p.cmp(q)),
            _ => cmp_f64(convert::to_double(&x), convert::to_double(&y)),
        },
        SortKind::Str(ci) => {
            let (p, q) = (e.to_zstr(&x)?, e.to_zstr(&y)?);
            if ci {
                three(lower(p.as_bytes()).cmp(&lower(q.as_bytes())))
            } else {
                three(p.as_bytes().cmp(q.as_bytes()))
            }
        }
        SortKind::Natural(ci) => {
            let (p, q) = (e.to_zstr(&x)?, e.to_zstr(&y)?);
            strnatcmp(p.as_bytes(), q.as_bytes(), ci)
        }
    })
}

fn cmp_keys(e: &mut dyn Engine, k: SortKind, x: &Key, y: &Key) -> Result<i32, Flow> {
    match (k, x, y) {
        (SortKind::Regular, Key::Int(p), Key::Int(q)) => Ok(three(p.cmp(q))),
        (SortKind::Regular, Key::Str(p), Key::Str(q)) => {
            Ok(convert::compare_strings(p.as_bytes(), q.as_bytes()))
        }
        _ => cmp_values(e, k, &x.to_zval(), &y.to_zval()),
    }
}

/// Stable merge sort with a fallible three-way comparator; the first error stops comparing
/// and is returned.
fn msort<T: Clone>(
    v: Vec<T>,
    cmp: &mut dyn FnMut(&T, &T) -> Result<i32, Flow>,
) -> Result<Vec<T>, Flow> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    let mut src = v;
    // Insertion-sort runs of 16, then merge.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start {
                if cmp(&src[j - 1], &src[j])? > 0 {
                    src.swap(j - 1, j);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut dst: Vec<T> = Vec::with_capacity(n);
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                if cmp(&src[i], &src[j])? <= 0 {
                    dst.push(src[i].clone());
                    i += 1;
                } else {
                    dst.push(src[j].clone());
                    j += 1;
                }
            }
            dst.extend_from_slice(&src[i..mid]);
            dst.extend_from_slice(&src[j..hi]);
            lo = hi;
        }
        src = dst;
        width *= 2;
    }
    Ok(src)
}

/// Calls a user comparison callback the way `usort` does (bool results are deprecated; `false`
/// retries with swapped operands).
struct UserCmp {
    cb: Zval,
    warned: bool,
    /// The arguments' vector, reused from call to call.
    args: Vec<Zval>,
}

impl UserCmp {
    fn new(cb: Zval) -> UserCmp {
        UserCmp {
            cb,
            warned: false,
            args: Vec::with_capacity(2),
        }
    }

    fn cmp(&mut self, e: &mut dyn Engine, x: &Zval, y: &Zval) -> Result<i32, Flow> {
        self.args.push(x.deref());
        self.args.push(y.deref());
        let r = e.call_in(&self.cb, &mut self.args)?;
        if let Zval::Bool(b) = r {
            if !self.warned {
                self.warned = true;
                e.diag(Level::Deprecated, "Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero")?;
            }
            if !b {
                self.args.push(y.deref());
                self.args.push(x.deref());
                let r2 = e.call_in(&self.cb, &mut self.args)?;
                return Ok(-ret_long(&r2).signum() as i32);
            }
        }
        Ok(ret_long(&r).signum() as i32)
    }
}

// ----- count / range ----------------------------------------------------------------------------

fn count(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    match &v {
        Zval::Arr(arr) => {
            let mode = a.int_or(e, 1, 0)?;
            if mode != 0 && mode != 1 {
                return Err(a.value_error(e, 1, "must be either COUNT_NORMAL or COUNT_RECURSIVE"));
            }
            if mode == 1 {
                fn rec(a: &ZArr, seen: &mut Vec<*const u8>) -> i64 {
                    let mut n = a.len() as i64;
                    seen.push(a.as_ptr());
                    for v in a.values() {
                        if let Zval::Arr(x) = v.deref() {
                            if !seen.contains(&x.as_ptr()) {
                                n += rec(&x, seen);
                            }
                        }
                    }
                    seen.pop();
                    n
                }
                return Ok(Zval::Long(rec(arr, &mut Vec::new())));
            }
            Ok(Zval::Long(arr.len() as i64))
        }
        Zval::Obj(o) if crate::instance_of(e, o, "Countable")? => {
            let name = Zval::str(b"count");
            let cb = Zval::Arr(ZArr::from_values([v.clone(), name]));
            let r = e.call(&cb, Vec::new())?;
            Ok(Zval::Long(convert::to_long(&r)))
        }
        _ => Err(a.type_error(e, 0, "Countable|array", &v)),
    }
}

/// How `range()` sees one of its bounds.
enum Bound {
    Long(i64),
    Double(f64),
    /// A single byte (or a longer non-numeric string's first byte).
    Char(u8),
    /// A one-digit numeric string: a character unless the other bound is a number.
    Digit(u8),
}

fn range_bound(e: &mut dyn Engine, a: &Args, i: usize) -> Result<Bound, Flow> {
    let v = a.get(i);
    let name = if i == 0 { "start" } else { "end" };
    Ok(match &v {
        Zval::Long(n) => Bound::Long(*n),
        Zval::Double(d) => {
            if d.is_infinite() {
                return Err(a.value_error(e, i, "must be a finite number, INF provided"));
            }
            if d.is_nan() {
                return Err(a.value_error(e, i, "must be a finite number, NAN provided"));
            }
            Bound::Double(*d)
        }
        Zval::Str(s) => {
            let b = s.as_bytes();
            if b.is_empty() {
                e.diag(
                    Level::Warning,
                    &format!(
                        "Argument #{} (${}) must not be empty, casted to 0",
                        i + 1,
                        name
                    ),
                )?;
                return Ok(Bound::Long(0));
            }
            match convert::numeric_string(b) {
                Some(Numeric::Double(d)) => Bound::Double(d),
                Some(Numeric::Long(n)) => {
                    if b.len() == 1 {
                        Bound::Digit(b[0])
                    } else {
                        Bound::Long(n)
                    }
                }
                None => {
                    if b.len() > 1 {
                        e.diag(Level::Warning, &format!("Argument #{} (${}) must be a single byte, subsequent bytes are ignored", i + 1, name))?;
                    }
                    Bound::Char(b[0])
                }
            }
        }
        Zval::Null | Zval::Undef => {
            e.diag(Level::Deprecated, &format!("range(): Passing null to parameter #{} (${}) of type string|int|float is deprecated", i + 1, name))?;
            Bound::Long(0)
        }
        Zval::Bool(b) => Bound::Long(*b as i64),
        _ => return Err(a.type_error(e, i, "string|int|float", &v)),
    })
}

fn range(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let start = range_bound(e, a, 0)?;
    let end = range_bound(e, a, 1)?;
    let mut step = 1.0f64;
    let mut step_double = false;
    let mut step_negative = false;
    if a.has(2) {
        let v = a.get(2);
        let n = match &v {
            Zval::Long(n) => Numeric::Long(*n),
            Zval::Double(d) => Numeric::Double(*d),
            Zval::Bool(b) => Numeric::Long(*b as i64),
            Zval::Str(s) => match convert::numeric_string(s.as_bytes()) {
                Some(n) => n,
                None => return Err(a.type_error(e, 2, "int|float", &v)),
            },
            Zval::Null | Zval::Undef => {
                e.diag(
                    Level::Deprecated,
                    "range(): Passing null to parameter #3 ($step) of type int|float is deprecated",
                )?;
                Numeric::Long(0)
            }
            _ => return Err(a.type_error(e, 2, "int|float", &v)),
        };
        if let Numeric::Double(d) = n {
            if d.is_infinite() {
                return Err(a.value_error(e, 2, "must be a finite number, INF provided"));
            }
            if d.is_nan() {
                return Err(a.value_error(e, 2, "must be a finite number, NAN provided"));
            }
            step_double = d.fract() != 0.0;
        }
        step = n.as_f64();
        if step < 0.0 {
            step_negative = true;
            step = -step;
        }
        if step == 0.0 {
            return Err(a.value_error(e, 2, "cannot be 0"));
        }
    }
    let is_str = |b: &Bound| matches!(b, Bound::Char(_) | Bound::Digit(_));
    let num = |b: &Bound| -> Numeric {
        match *b {
            Bound::Long(n) => Numeric::Long(n),
            Bound::Double(d) => Numeric::Double(d),
            Bound::Char(_) => Numeric::Long(0),
            Bound::Digit(c) => Numeric::Long((c - b'0') as i64),
        }
    };
    let (mut s, mut t) = (num(&start), num(&end));
    if is_str(&start) || is_str(&end) {
        if !is_str(&start) || !is_str(&end) {
            if !is_str(&start) {
                if !matches!(end, Bound::Digit(_)) {
                    e.diag(Level::Warning, "Argument #1 ($start) must be a single byte string if argument #2 ($end) is a single byte string, argument #2 ($end) converted to 0")?;
                }
            } else if !matches!(start, Bound::Digit(_)) {
                e.diag(Level::Warning, "Argument #2 ($end) must be a single byte string if argument #1 ($start) is a single byte string, argument #1 ($start) converted to 0")?;
            }
        } else if step_double {
            e.diag(Level::Warning, "Argument #3 ($step) must be of type int when generating an array of characters, inputs converted to 0")?;
            s = Numeric::Long(0);
            t = Numeric::Long(0);
        } else {
            let ch = |b: &Bound| match *b {
                Bound::Char(c) | Bound::Digit(c) => c as i64,
                _ => 0,
            };
            let (lo, hi) = (ch(&start), ch(&end));
            let st = step as i64;
            let mut out = ZArr::new();
            if lo > hi {
                if lo - hi < st {
                    return Err(a.value_error(e, 2, "must be less than the range spanned by argument #1 ($start) and argument #2 ($end)"));
                }
                let mut c = lo;
                while c >= hi {
                    out.push(Zval::Str(ZStr::single(c as u8)));
                    c -= st;
                }
            } else if hi > lo {
                if step_negative {
                    return Err(a.value_error(
                        e,
                        2,
                        "must be greater than 0 for increasing ranges",
                    ));
                }
                if hi - lo < st {
                    return Err(a.value_error(e, 2, "must be less than the range spanned by argument #1 ($start) and argument #2 ($end)"));
                }
                let mut c = lo;
                while c <= hi {
                    out.push(Zval::Str(ZStr::single(c as u8)));
                    c += st;
                }
            } else {
                out.push(Zval::Str(ZStr::single(lo as u8)));
            }
            return Ok(Zval::Arr(out));
        }
    }
    let max = memphis_values::array::MAX_SIZE as f64;
    if matches!(s, Numeric::Double(_)) || matches!(t, Numeric::Double(_)) || step_double {
        let (x, y) = (s.as_f64(), t.as_f64());
        let mut out = ZArr::new();
        if x > y {
            if x - y < step {
                return Err(a.value_error(e, 2, "must be less than the range spanned by argument #1 ($start) and argument #2 ($end)"));
            }
            let size = (x - y) / step + 1.0;
            if size >= max {
                return Err(range_too_big_f(e, y, x, step));
            }
            let size = size.round() as u64;
            let mut i = 0u64;
            let mut el = x;
            while i < size && el >= y {
                out.push(Zval::Double(el));
                i += 1;
                el = x - i as f64 * step;
            }
        } else if y > x {
            if step_negative {
                return Err(a.value_error(e, 2, "must be greater than 0 for increasing ranges"));
            }
            if y - x < step {
                return Err(a.value_error(e, 2, "must be less than the range spanned by argument #1 ($start) and argument #2 ($end)"));
            }
            let size = (y - x) / step + 1.0;
            if size >= max {
                return Err(range_too_big_f(e, x, y, step));
            }
            let size = size.round() as u64;
            let mut i = 0u64;
            let mut el = x;
            while i < size && el <= y {
                out.push(Zval::Double(el));
                i += 1;
                el = x + i as f64 * step;
            }
        } else {
            out.push(Zval::Double(x));
        }
        return Ok(Zval::Arr(out));
    }
    let (x, y) = match (s, t) {
        (Numeric::Long(x), Numeric::Long(y)) => (x, y),
        _ => (0, 0),
    };
    let st = if step >= 1.8446744073709552e19 {
        u64::MAX
    } else {
        step as u64
    };
    let mut out = ZArr::new();
    if x != y {
        if y > x && step_negative {
            return Err(a.value_error(e, 2, "must be greater than 0 for increasing ranges"));
        }
        let span = x.abs_diff(y);
        if span < st {
            return Err(a.value_error(e, 2, "must be less than the range spanned by argument #1 ($start) and argument #2 ($end)"));
        }
        let n = span / st;
        if n >= (memphis_values::array::MAX_SIZE as u64) - 1 {
            let (lo, hi) = if x > y { (y, x) } else { (x, y) };
            return Err(e.error("ValueError", format!("The supplied range exceeds the maximum array size: start={lo} end={hi} step={st}")));
        }
        let down = x > y;
        out = ZArr::packed_from_fn((n + 1) as u32, |i| {
            let d = (i as i128) * (st as i128);
            let v = if down { x as i128 - d } else { x as i128 + d };
            Zval::Long(v as i64)
        });
    } else {
        out.push(Zval::Long(x));
    }
    Ok(Zval::Arr(out))
}

fn range_too_big_f(e: &mut dyn Engine, lo: f64, hi: f64, step: f64) -> Flow {
    e.error("ValueError", format!("The supplied range exceeds the maximum array size: start={lo:.1} end={hi:.1} step={step:.1}"))
}

// ----- keys and values --------------------------------------------------------------------------

fn array_keys(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let mut out = ZArr::with_capacity(arr.len() as u32);
    if a.has(1) {
        let needle = a.get(1);
        let strict = a.bool_or(e, 2, false)?;
        for (k, v) in arr.iter() {
            let hit = if strict {
                convert::strict_eq(v, &needle)
            } else {
                convert::loose_eq(v, &needle)
            };
            if hit {
                out.push(k.to_zval());
            }
        }
    } else {
        for (k, _) in arr.iter() {
            out.push(k.to_zval());
        }
    }
    Ok(Zval::Arr(out))
}

fn array_values(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    if arr.is_packed() && arr.used() as usize == arr.len() {
        return Ok(Zval::Arr(arr));
    }
    // The live values in order, in one block.
    let values = arr.values().map(copy_el);
    Ok(Zval::Arr(ZArr::packed_from_iter(arr.len() as u32, values)))
}

fn array_merge_impl(e: &mut dyn Engine, a: &Args, recursive: bool) -> BResult {
    if a.is_empty() {
        return Ok(Zval::Arr(ZArr::new()));
    }
    let mut arrays = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        arrays.push(variadic_array(e, a, i)?);
    }
    if arrays.iter().all(ZArr::is_packed) {
        // Lists only: their values one after another, in one block sized for them all.
        let total: usize = arrays.iter().map(ZArr::len).sum();
        if total < memphis_values::array::MAX_SIZE as usize {
            let values = arrays.iter().flat_map(|arr| arr.values()).map(copy_el);
            return Ok(Zval::Arr(ZArr::packed_from_iter(total as u32, values)));
        }
    }
    let mut out = ZArr::new();
    for arr in &arrays {
        for (k, v) in arr.iter() {
            match k {
                KeyRef::Int(_) => {
                    if !out.push(copy_el(v)) {
                        return Err(e.error("Error", "Cannot add element to the array as the next element is already occupied".into()));
                    }
                }
                KeyRef::Str(s) => {
                    if recursive {
                        if let Some(old) = out.get(&Key::Str(s.clone())) {
                            let merged = merge_recursive_values(e, old.deref(), v.deref(), 0)?;
                            out.insert(Key::Str(s.clone()), merged);
                            continue;
                        }
                    }
                    out.insert(Key::Str(s.clone()), copy_el(v));
                }
            }
        }
    }
    Ok(Zval::Arr(out))
}

fn merge_recursive_values(
    e: &mut dyn Engine,
    dest: Zval,
    src: Zval,
    depth: usize,
) -> Result<Zval, Flow> {
    if depth > 256 {
        e.diag(Level::Warning, "Recursion detected")?;
        return Ok(dest);
    }
    let mut d = match dest {
        Zval::Arr(x) => x,
        other => ZArr::from_values([other]),
    };
    match src {
        Zval::Arr(s) => {
            for (k, v) in s.iter() {
                match k {
                    KeyRef::Int(_) => {
                        d.push(copy_el(v));
                    }
                    KeyRef::Str(ks) => {
                        let key = Key::Str(ks.clone());
                        match d.get(&key).map(|x| x.deref()) {
                            Some(old) => {
                                let m = merge_recursive_values(e, old, v.deref(), depth + 1)?;
                                d.insert(key, m);
                            }
                            None => {
                                d.insert(key, copy_el(v));
                            }
                        }
                    }
                }
            }
        }
        other => {
            d.push(other);
        }
    }
    Ok(Zval::Arr(d))
}

fn array_merge(e: &mut dyn Engine, a: &mut Args) -> BResult {
    array_merge_impl(e, a, false)
}

fn array_merge_recursive(e: &mut dyn Engine, a: &mut Args) -> BResult {
    array_merge_impl(e, a, true)
}

fn replace_recursive(dest: &mut ZArr, src: &ZArr, depth: usize) {
    for (k, v) in src.iter() {
        let key = k.to_key();
        let sv = v.deref();
        if let (Zval::Arr(sa), Some(Zval::Arr(mut da))) = (&sv, dest.get(&key).map(|x| x.deref())) {
            if depth < 256 {
                replace_recursive(&mut da, sa, depth + 1);
                dest.insert(key, Zval::Arr(da));
                continue;
            }
        }
        dest.insert(key, copy_el(v));
    }
}

fn array_replace_impl(e: &mut dyn Engine, a: &Args, recursive: bool) -> BResult {
    let mut out = a.array(e, 0)?;
    for i in 1..a.len() {
        let src = variadic_array(e, a, i)?;
        if recursive {
            replace_recursive(&mut out, &src, 0);
        } else {
            for (k, v) in src.iter() {
                out.insert(k.to_key(), copy_el(v));
            }
        }
    }
    Ok(Zval::Arr(out))
}

fn array_replace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    array_replace_impl(e, a, false)
}

fn array_replace_recursive(e: &mut dyn Engine, a: &mut Args) -> BResult {
    array_replace_impl(e, a, true)
}

fn array_combine(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let keys = a.array(e, 0)?;
    let vals = a.array(e, 1)?;
    if keys.len() != vals.len() {
        return Err(e.error("ValueError", "array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements".into()));
    }
    let mut out = ZArr::with_capacity(keys.len() as u32);
    for (k, v) in keys.values().zip(vals.values()) {
        let key = string_key(e, k)?;
        out.insert(key, copy_el(v));
    }
    Ok(Zval::Arr(out))
}

fn array_flip(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let mut out = ZArr::with_capacity(arr.len() as u32);
    for (k, v) in arr.iter() {
        match v.deref() {
            Zval::Long(i) => {
                out.insert(Key::Int(i), k.to_zval());
            }
            Zval::Str(s) => {
                out.insert(Key::from_zstr(&s), k.to_zval());
            }
            _ => e.diag(
                Level::Warning,
                "Can only flip string and integer values, entry skipped",
            )?,
        }
    }
    Ok(Zval::Arr(out))
}

/// Clamps `(offset, length)` to an array of `n` elements as array_slice does.
fn slice_bounds(n: i64, offset: i64, length: Option<i64>) -> (usize, usize) {
    let mut off = offset;
    if off > n {
        return (n as usize, 0);
    }
    if off < 0 {
        off = (n + off).max(0);
    }
    let len = match length {
        None => n - off,
        Some(l) if l < 0 => (n - off + l).max(0),
        Some(l) => l.min(n - off),
    };
    (off as usize, len.max(0) as usize)
}

fn array_slice(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let offset = a.int(e, 1)?;
    let length = a.nullable_int(e, 2)?;
    let preserve = a.bool_or(e, 3, false)?;
    let (off, len) = slice_bounds(arr.len() as i64, offset, length);
    if arr.is_packed() && !preserve {
        // From a list: the values in one block.
        let values = arr.values().skip(off).map(copy_el);
        return Ok(Zval::Arr(ZArr::packed_from_iter(len as u32, values)));
    }
    let mut out = ZArr::with_capacity(len as u32);
    for (k, v) in arr.iter().skip(off).take(len) {
        match k {
            KeyRef::Int(i) if preserve => {
                out.insert(Key::Int(i), copy_el(v));
            }
            KeyRef::Int(_) => {
                out.push(copy_el(v));
            }
            KeyRef::Str(s) => {
                out.insert(Key::Str(s.clone()), copy_el(v));
            }
        }
    }
    Ok(Zval::Arr(out))
}

fn array_splice(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let offset = a.int(e, 1)?;
    let length = a.nullable_int(e, 2)?;
    let repl: Vec<Zval> = if a.has(3) {
        match a.get(3) {
            Zval::Arr(r) => r.values().map(copy_el).collect(),
            Zval::Obj(o) => crate::var::object_to_array(e, &o)
                .values()
                .map(copy_el)
                .collect(),
            Zval::Null | Zval::Undef => Vec::new(),
            v => vec![v],
        }
    } else {
        Vec::new()
    };
    let (off, len) = slice_bounds(arr.len() as i64, offset, length);
    let mut removed = ZArr::new();
    let mut out = ZArr::new();
    for (i, (k, v)) in arr.iter().enumerate() {
        if i == off {
            for r in repl.iter() {
                out.push(r.clone());
            }
        }
        let target = if i >= off && i < off + len {
            &mut removed
        } else {
            &mut out
        };
        match k {
            KeyRef::Int(_) => {
                target.push(v.clone());
            }
            KeyRef::Str(s) => {
                target.insert(Key::Str(s.clone()), v.clone());
            }
        }
    }
    if off >= arr.len() {
        for r in repl {
            out.push(r);
        }
    }
    drop(arr);
    a.set_ref(0, Zval::Arr(out));
    Ok(Zval::Arr(removed))
}

// ----- callbacks --------------------------------------------------------------------------------

fn array_map(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cb = cb_or_null(e, a, 0)?;
    let mut arrays = Vec::new();
    for i in 1..a.len() {
        arrays.push(variadic_array(e, a, i)?);
    }
    if arrays.len() == 1 {
        let arr = &arrays[0];
        let Some(cb) = cb else {
            return Ok(Zval::Arr(arr.clone()));
        };
        let mut out = ZArr::with_capacity(arr.len() as u32);
        let mut args = Vec::with_capacity(1);
        // Walked in place: `arrays` holds a handle of its own, so a callback writing the
        // array separates it first (no copy of the entries).
        for (k, v) in arr.iter() {
            args.push(v.deref());
            let r = e.call_in(&cb, &mut args)?;
            out.set(k, r);
        }
        return Ok(Zval::Arr(out));
    }
    let n = arrays.iter().map(|x| x.len()).max().unwrap_or(0);
    let cols: Vec<Vec<Zval>> = arrays
        .iter()
        .map(|x| x.values().map(|v| v.deref()).collect())
        .collect();
    let mut out = ZArr::with_capacity(n as u32);
    for i in 0..n {
        let args: Vec<Zval> = cols
            .iter()
            .map(|c| c.get(i).cloned().unwrap_or(Zval::Null))
            .collect();
        match &cb {
            Some(cb) => {
                let r = e.call(cb, args)?;
                out.push(r);
            }
            None => {
                out.push(Zval::Arr(ZArr::from_values(args)));
            }
        }
    }
    Ok(Zval::Arr(out))
}

fn array_filter(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let cb = cb_or_null(e, a, 1)?;
    let mode = a.int_or(e, 2, 0)?;
    let mut out = ZArr::new();
    let mut args = Vec::with_capacity(2);
    // Walked in place (`arr` is a handle of its own: a callback's write separates the array).
    for (k, v) in arr.iter() {
        let keep = match &cb {
            None => convert::to_bool(v),
            Some(cb) => {
                match mode {
                    2 => args.push(k.to_zval()),
                    1 => {
                        args.push(v.deref());
                        args.push(k.to_zval());
                    }
                    _ => args.push(v.deref()),
                }
                convert::to_bool(&e.call_in(cb, &mut args)?)
            }
        };
        if keep {
            out.set(k, copy_el(v));
        }
    }
    Ok(Zval::Arr(out))
}

fn array_reduce(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let cb = a.callable(e, 1)?;
    let mut acc = if a.has(2) { a.get(2) } else { Zval::Null };
    let mut args = Vec::with_capacity(2);
    for v in arr.values().map(|v| v.deref()).collect::<Vec<_>>() {
        args.push(acc);
        args.push(v);
        acc = e.call_in(&cb, &mut args)?;
    }
    Ok(acc)
}

/// Makes the element at `pos` of the array behind `r` a reference and returns it with its key.
fn element_ref(r: &ZRef, pos: u32) -> Option<(u32, Zval, ZRef)> {
    r.modify(|v| {
        let Zval::Arr(arr) = v else { return None };
        arr.separate();
        let p = arr.valid_pos(pos)?;
        let key = arr.at(p)?.0.to_zval();
        let slot = arr.at_mut(p)?;
        if !matches!(slot, Zval::Ref(_)) {
            let old = std::mem::take(slot);
            *slot = Zval::Ref(ZRef::new(old));
        }
        match slot {
            Zval::Ref(er) => Some((p, key, er.clone())),
            _ => None,
        }
    })
}

fn walk(
    e: &mut dyn Engine,
    r: &ZRef,
    cb: &Zval,
    extra: Option<&Zval>,
    recursive: bool,
    depth: usize,
) -> Result<(), Flow> {
    let mut pos = 0;
    while let Some((p, key, er)) = element_ref(r, pos) {
        pos = p + 1;
        if recursive && er.with(|v| matches!(v, Zval::Arr(_))) {
            if depth > 256 {
                e.diag(Level::Warning, "Recursion detected")?;
                continue;
            }
            walk(e, &er, cb, extra, true, depth + 1)?;
            continue;
        }
        let mut args = vec![Zval::Ref(er), key];
        if let Some(x) = extra {
            args.push(x.clone());
        }
        e.call(cb, args)?;
    }
    Ok(())
}

fn array_walk_impl(e: &mut dyn Engine, a: &mut Args, recursive: bool) -> BResult {
    let v = a.get(0);
    if !matches!(v, Zval::Arr(_) | Zval::Obj(_)) {
        return Err(a.type_error(e, 0, "array|object", &v));
    }
    let cb = a.callable(e, 1)?;
    let extra = if a.has(2) { Some(a.get(2)) } else { None };
    if let Some(Zval::Ref(r)) = a.raw(0) {
        let r = r.clone();
        if let Zval::Arr(_) = v {
            walk(e, &r, &cb, extra.as_ref(), recursive, 0)?;
        }
    }
    Ok(Zval::Bool(true))
}

fn array_walk(e: &mut dyn Engine, a: &mut Args) -> BResult {
    array_walk_impl(e, a, false)
}

fn array_walk_recursive(e: &mut dyn Engine, a: &mut Args) -> BResult {
    array_walk_impl(e, a, true)
}

fn find_impl(e: &mut dyn Engine, a: &Args) -> Result<Option<(Key, Zval)>, Flow> {
    let arr = a.array(e, 0)?;
    let cb = a.callable(e, 1)?;
    let mut args = Vec::with_capacity(2);
    for (k, v) in entries(&arr) {
        args.push(v.deref());
        args.push(k.to_zval());
        let r = e.call_in(&cb, &mut args)?;
        if convert::to_bool(&r) {
            return Ok(Some((k, v)));
        }
    }
    Ok(None)
}

fn array_find(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(find_impl(e, a)?
        .map(|(_, v)| v.deref())
        .unwrap_or(Zval::Null))
}

fn array_find_key(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(find_impl(e, a)?
        .map(|(k, _)| k.to_zval())
        .unwrap_or(Zval::Null))
}

fn array_any(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(find_impl(e, a)?.is_some()))
}

fn array_all(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let cb = a.callable(e, 1)?;
    let mut args = Vec::with_capacity(2);
    for (k, v) in entries(&arr) {
        args.push(v.deref());
        args.push(k.to_zval());
        let r = e.call_in(&cb, &mut args)?;
        if !convert::to_bool(&r) {
            return Ok(Zval::Bool(false));
        }
    }
    Ok(Zval::Bool(true))
}

// ----- searching --------------------------------------------------------------------------------

fn search(e: &mut dyn Engine, a: &Args) -> Result<Option<Zval>, Flow> {
    let needle = a.get(0);
    let arr = a.array(e, 1)?;
    let strict = a.bool_or(e, 2, false)?;
    // Pairs of scalars are compared here (ints with ints at once); the engine takes any with
    // an object or array (`__toString`, the notice of an object compared with a number).
    let plain = |v: &Zval| !matches!(v, Zval::Obj(_) | Zval::Arr(_) | Zval::Ref(_));
    let needle_plain = plain(&needle);
    for (k, v) in arr.iter() {
        let hit = match (v, &needle) {
            _ if strict => convert::strict_eq(v, &needle),
            (Zval::Long(x), Zval::Long(y)) => x == y,
            _ if needle_plain && plain(v) => convert::loose_eq(v, &needle),
            _ => e.loose_eq(v, &needle)?,
        };
        if hit {
            return Ok(Some(k.to_zval()));
        }
    }
    Ok(None)
}

fn in_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(search(e, a)?.is_some()))
}

fn array_search(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(search(e, a)?.unwrap_or(Zval::Bool(false)))
}

fn array_key_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let k = a.get(0);
    let arr = a.array(e, 1)?;
    let key = offset_key(e, &k)?;
    Ok(Zval::Bool(arr.contains(&key)))
}

fn array_key_first(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    Ok(arr
        .iter()
        .next()
        .map(|(k, _)| k.to_zval())
        .unwrap_or(Zval::Null))
}

fn array_key_last(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    Ok(arr
        .prev_pos(arr.used())
        .and_then(|p| arr.at(p))
        .map(|(k, _)| k.to_zval())
        .unwrap_or(Zval::Null))
}

fn array_is_list(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    Ok(Zval::Bool(arr.iter().enumerate().all(
        |(i, (k, _))| matches!(k, KeyRef::Int(n) if n == i as i64),
    )))
}

// ----- building ---------------------------------------------------------------------------------

fn array_unique(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let flags = a.int_or(e, 1, 2)?;
    let kind = sort_kind(flags);
    if kind == SortKind::Str(false) {
        let mut seen: HashSet<Vec<u8>> = HashSet::new();
        let mut out = ZArr::new();
        for (k, v) in entries(&arr) {
            let s = e.to_zstr(&v.deref())?;
            if seen.insert(s.as_bytes().to_vec()) {
                out.insert(k, copy_el(&v));
            }
        }
        return Ok(Zval::Arr(out));
    }
    let items: Vec<(usize, Zval)> = arr.values().map(|v| v.deref()).enumerate().collect();
    let sorted = msort(items, &mut |x, y| cmp_values(e, kind, &x.1, &y.1))?;
    let mut drop_idx = vec![false; sorted.len()];
    let mut last = 0usize;
    for i in 1..sorted.len() {
        if cmp_values(e, kind, &sorted[last].1, &sorted[i].1)? != 0 {
            last = i;
        } else if sorted[last].0 < sorted[i].0 {
            drop_idx[sorted[i].0] = true;
        } else {
            drop_idx[sorted[last].0] = true;
            last = i;
        }
    }
    let mut out = ZArr::new();
    for (i, (k, v)) in arr.iter().enumerate() {
        if !drop_idx[i] {
            out.insert(k.to_key(), copy_el(v));
        }
    }
    Ok(Zval::Arr(out))
}

fn array_reverse(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let preserve = a.bool_or(e, 1, false)?;
    if !preserve && arr.is_packed() && arr.used() as usize == arr.len() {
        // A list without holes: its values backwards, in one block.
        let values = arr.values().rev().map(copy_el);
        return Ok(Zval::Arr(ZArr::packed_from_iter(arr.len() as u32, values)));
    }
    let mut items = entries(&arr);
    items.reverse();
    let mut out = ZArr::with_capacity(items.len() as u32);
    for (k, v) in items {
        match k {
            Key::Int(_) if !preserve => {
                out.push(copy_el(&v));
            }
            k => {
                out.insert(k, copy_el(&v));
            }
        }
    }
    Ok(Zval::Arr(out))
}

fn array_fill(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let start = a.int(e, 0)?;
    let n = a.int(e, 1)?;
    let v = a.get(2);
    if n < 0 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 0"));
    }
    if n >= memphis_values::array::MAX_SIZE as i64 {
        return Err(a.value_error(e, 1, "is too large"));
    }
    if start == 0 {
        // A list from 0: filled in one block (`ZEND_HASH_FILL_PACKED`).
        return Ok(Zval::Arr(ZArr::packed_from_fn(n as u32, |_| v.clone())));
    }
    let mut out = ZArr::with_capacity(n as u32);
    for i in 0..n {
        match start.checked_add(i) {
            Some(k) => {
                out.insert(Key::Int(k), v.clone());
            }
            None => {
                return Err(e.error(
                    "Error",
                    "Cannot add element to the array as the next element is already occupied"
                        .into(),
                ));
            }
        }
        if memphis_mm::limit_hit() {
            break;
        }
    }
    Ok(Zval::Arr(out))
}

fn array_fill_keys(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let keys = a.array(e, 0)?;
    let v = a.get(1);
    let mut out = ZArr::with_capacity(keys.len() as u32);
    for k in keys.values() {
        let key = string_key(e, k)?;
        out.insert(key, v.clone());
    }
    Ok(Zval::Arr(out))
}

fn array_pad(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let size = a.int(e, 1)?;
    let v = a.get(2);
    let n = arr.len() as i64;
    let target = size.unsigned_abs();
    if target <= n as u64 {
        return Ok(Zval::Arr(arr));
    }
    if target >= memphis_values::array::MAX_SIZE as u64 {
        return Err(a.value_error(e, 1, "must be less than or equal to 1048576"));
    }
    let pads = target as usize - n as usize;
    let mut out = ZArr::with_capacity(target as u32);
    if size < 0 {
        for _ in 0..pads {
            out.push(v.clone());
        }
    }
    for (k, x) in arr.iter() {
        match k {
            KeyRef::Int(_) => {
                out.push(copy_el(x));
            }
            KeyRef::Str(s) => {
                out.insert(Key::Str(s.clone()), copy_el(x));
            }
        }
    }
    if size > 0 {
        for _ in 0..pads {
            out.push(v.clone());
        }
    }
    Ok(Zval::Arr(out))
}

fn column_of(e: &mut dyn Engine, row: &Zval, key: &Zval) -> Result<Option<Zval>, Flow> {
    match row {
        Zval::Arr(r) => {
            let k = match key {
                Zval::Long(i) => Key::Int(*i),
                Zval::Str(s) => Key::from_zstr(s),
                _ => return Ok(None),
            };
            Ok(r.get(&k).map(copy_el))
        }
        Zval::Obj(o) => {
            let name = match key {
                Zval::Long(i) => i.to_string().into_bytes(),
                Zval::Str(s) => s.as_bytes().to_vec(),
                _ => return Ok(None),
            };
            for p in e.object_props(o) {
                if p.flags
                    & (memphis_values::object::acc::PRIVATE
                        | memphis_values::object::acc::PROTECTED)
                    == 0
                    && p.name.as_bytes() == name.as_slice()
                    && !p.value.is_undef()
                {
                    return Ok(Some(p.value.deref()));
                }
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn array_column(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let col = a.get(1);
    let idx = if a.has(2) { a.get(2) } else { Zval::Null };
    for (i, v) in [(1, &col), (2, &idx)] {
        if !matches!(v, Zval::Null | Zval::Undef | Zval::Long(_) | Zval::Str(_)) {
            let v2 = match v {
                Zval::Double(d) => Zval::Long(convert::double_to_long(*d)),
                Zval::Bool(b) => Zval::Long(*b as i64),
                _ => return Err(a.type_error(e, i, "string|int|null", v)),
            };
            let _ = v2;
        }
    }
    let norm = |v: &Zval| match v {
        Zval::Double(d) => Zval::Long(convert::double_to_long(*d)),
        Zval::Bool(b) => Zval::Long(*b as i64),
        v => v.clone(),
    };
    let (col, idx) = (norm(&col), norm(&idx));
    let mut out = ZArr::new();
    for row in arr.values().map(|v| v.deref()).collect::<Vec<_>>() {
        let val = if col.is_null() {
            Some(row.clone())
        } else {
            column_of(e, &row, &col)?
        };
        let Some(val) = val else { continue };
        let k = if idx.is_null() {
            None
        } else {
            column_of(e, &row, &idx)?
        };
        match k {
            Some(Zval::Long(i)) => {
                out.insert(Key::Int(i), val);
            }
            Some(Zval::Str(s)) => {
                out.insert(Key::from_zstr(&s), val);
            }
            Some(Zval::Null) => {
                out.insert(Key::Str(ZStr::empty()), val);
            }
            Some(Zval::Bool(b)) => {
                out.insert(Key::Int(b as i64), val);
            }
            Some(Zval::Double(d)) => {
                out.insert(Key::Int(convert::double_to_long(d)), val);
            }
            Some(other) => {
                let s = e.to_zstr(&other)?;
                out.insert(Key::from_zstr(&s), val);
            }
            None => {
                out.push(val);
            }
        }
    }
    Ok(Zval::Arr(out))
}

fn array_chunk(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let size = a.int(e, 1)?;
    let preserve = a.bool_or(e, 2, false)?;
    if size < 1 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    }
    let size = size.min(arr.len().max(1) as i64) as usize;
    let mut out = ZArr::new();
    let mut cur = ZArr::with_capacity(size as u32);
    for (k, v) in arr.iter() {
        if preserve {
            cur.insert(k.to_key(), copy_el(v));
        } else {
            cur.push(copy_el(v));
        }
        if cur.len() == size {
            out.push(Zval::Arr(std::mem::replace(
                &mut cur,
                ZArr::with_capacity(size as u32),
            )));
        }
    }
    if !cur.is_empty() {
        out.push(Zval::Arr(cur));
    }
    Ok(Zval::Arr(out))
}

fn array_count_values(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let mut out = ZArr::new();
    for v in arr.values().map(|v| v.deref()).collect::<Vec<_>>() {
        let k = match &v {
            Zval::Long(i) => Key::Int(*i),
            Zval::Str(s) => Key::from_zstr(s),
            _ => {
                e.diag(
                    Level::Warning,
                    "Can only count string and integer values, entry skipped",
                )?;
                continue;
            }
        };
        let n = match out.get(&k) {
            Some(Zval::Long(n)) => n + 1,
            _ => 1,
        };
        out.insert(k, Zval::Long(n));
    }
    Ok(Zval::Arr(out))
}

fn array_change_key_case(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let upper = a.int_or(e, 1, 0)? != 0;
    let mut out = ZArr::with_capacity(arr.len() as u32);
    for (k, v) in arr.iter() {
        let key = match k {
            KeyRef::Str(s) => {
                let b = if upper {
                    s.as_bytes().to_ascii_uppercase()
                } else {
                    s.as_bytes().to_ascii_lowercase()
                };
                Key::from_bytes(&b)
            }
            KeyRef::Int(i) => Key::Int(i),
        };
        out.insert(key, copy_el(v));
    }
    Ok(Zval::Arr(out))
}

// ----- arithmetic -------------------------------------------------------------------------------

fn sum_impl(e: &mut dyn Engine, a: &Args, product: bool) -> BResult {
    let arr = a.array(e, 0)?;
    let mut acc = if product {
        Numeric::Long(1)
    } else {
        Numeric::Long(0)
    };
    let what = if product {
        "Multiplication"
    } else {
        "Addition"
    };
    // (The array is this call's own handle: a warning's handler cannot change it under the
    // loop.)
    for v in arr.values() {
        let v = match v {
            Zval::Ref(r) => r.get(),
            v => memphis_values::zval::copy_of(v),
        };
        let n = match &v {
            Zval::Long(i) => Numeric::Long(*i),
            Zval::Double(d) => Numeric::Double(*d),
            Zval::Bool(b) => Numeric::Long(*b as i64),
            Zval::Null | Zval::Undef => Numeric::Long(0),
            Zval::Str(s) => match convert::numeric_prefix(s.as_bytes()) {
                Some((n, used))
                    if used == s.len()
                        || s.as_bytes()[used..]
                            .iter()
                            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)) =>
                {
                    n
                }
                Some((n, _)) => {
                    e.diag(Level::Warning, "A non-numeric value encountered")?;
                    n
                }
                None => {
                    e.diag(
                        Level::Warning,
                        &format!("{what} is not supported on type string"),
                    )?;
                    Numeric::Long(0)
                }
            },
            Zval::Obj(o) => {
                e.diag(
                    Level::Warning,
                    &format!(
                        "{what} is not supported on type {}",
                        o.class().name.to_string_lossy()
                    ),
                )?;
                continue;
            }
            _ => {
                e.diag(
                    Level::Warning,
                    &format!(
                        "{what} is not supported on type {}",
                        crate::args::type_name(&v)
                    ),
                )?;
                continue;
            }
        };
        acc = match (acc, n) {
            (Numeric::Long(x), Numeric::Long(y)) => {
                let r = if product {
                    x.checked_mul(y)
                } else {
                    x.checked_add(y)
                };
                match r {
                    Some(r) => Numeric::Long(r),
                    None => Numeric::Double(if product {
                        x as f64 * y as f64
                    } else {
                        x as f64 + y as f64
                    }),
                }
            }
            (x, y) => Numeric::Double(if product {
                x.as_f64() * y.as_f64()
            } else {
                x.as_f64() + y.as_f64()
            }),
        };
    }
    Ok(acc.to_zval())
}

fn array_sum(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sum_impl(e, a, false)
}

fn array_product(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sum_impl(e, a, true)
}

// ----- set operations ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum ValMode {
    None,
    Str,
    User,
}

#[derive(Clone, Copy, PartialEq)]
enum KeyMode {
    None,
    Exact,
    User,
}

/// The shared engine of array_diff* and array_intersect*.
fn setop(e: &mut dyn Engine, a: &Args, intersect: bool, vm: ValMode, km: KeyMode) -> BResult {
    let ncb = (vm == ValMode::User) as usize + (km == KeyMode::User) as usize;
    let narr = a.len().saturating_sub(ncb);
    if ncb > 0 && a.len() < ncb + 1 {
        return Err(e.error(
            "ArgumentCountError",
            format!(
                "At least {} arguments are required, {} given",
                ncb + 1,
                a.len()
            ),
        ));
    }
    let mut arrays = Vec::with_capacity(narr);
    for i in 0..narr {
        arrays.push(variadic_array(e, a, i)?);
    }
    let (vcb, kcb) = match (vm, km) {
        (ValMode::User, KeyMode::User) => (
            Some(variadic_callable(e, a, narr)?),
            Some(variadic_callable(e, a, narr + 1)?),
        ),
        (ValMode::User, _) => (Some(variadic_callable(e, a, narr)?), None),
        (_, KeyMode::User) => (None, Some(variadic_callable(e, a, narr)?)),
        _ => (None, None),
    };
    let Some(first) = arrays.first() else {
        return Ok(Zval::Arr(ZArr::new()));
    };
    let mut vcmp = vcb.map(UserCmp::new);
    let mut kcmp = kcb.map(UserCmp::new);
    // String forms of values for the string modes.
    let strs = |e: &mut dyn Engine, arr: &ZArr| -> Result<Vec<Vec<u8>>, Flow> {
        let mut out = Vec::with_capacity(arr.len());
        for v in arr.values() {
            out.push(e.to_zstr(&v.deref())?.as_bytes().to_vec());
        }
        Ok(out)
    };
    let first_strs = if vm == ValMode::Str {
        strs(e, first)?
    } else {
        Vec::new()
    };
    let mut others_sets: Vec<HashSet<Vec<u8>>> = Vec::new();
    if vm == ValMode::Str && km == KeyMode::None {
        for arr in &arrays[1..] {
            others_sets.push(strs(e, arr)?.into_iter().collect());
        }
    }
    let mut out = ZArr::new();
    for (idx, (k, v)) in entries(first).into_iter().enumerate() {
        let mut in_all = true;
        let mut in_any = false;
        for (oi, other) in arrays[1..].iter().enumerate() {
            let found = match km {
                KeyMode::None => match vm {
                    ValMode::Str => others_sets[oi].contains(&first_strs[idx]),
                    ValMode::User => {
                        let mut f = false;
                        let vals: Vec<Zval> = other.values().cloned().collect();
                        for w in vals {
                            if let Some(c) = vcmp.as_mut() {
                                if c.cmp(e, &v, &w)? == 0 {
                                    f = true;
                                    break;
                                }
                            }
                        }
                        f
                    }
                    ValMode::None => false,
                },
                KeyMode::Exact => match other.get(&k) {
                    None => false,
                    Some(w) => {
                        let w = w.clone();
                        match vm {
                            ValMode::None => true,
                            ValMode::Str => {
                                e.to_zstr(&w.deref())?.as_bytes() == first_strs[idx].as_slice()
                            }
                            ValMode::User => match vcmp.as_mut() {
                                Some(c) => c.cmp(e, &v, &w)? == 0,
                                None => false,
                            },
                        }
                    }
                },
                KeyMode::User => {
                    let mut f = false;
                    for (k2, w) in entries(other) {
                        let kc = match kcmp.as_mut() {
                            Some(c) => c.cmp(e, &k.to_zval(), &k2.to_zval())?,
                            None => 1,
                        };
                        if kc != 0 {
                            continue;
                        }
                        let ok = match vm {
                            ValMode::None => true,
                            ValMode::Str => {
                                e.to_zstr(&w.deref())?.as_bytes() == first_strs[idx].as_slice()
                            }
                            ValMode::User => match vcmp.as_mut() {
                                Some(c) => c.cmp(e, &v, &w)? == 0,
                                None => false,
                            },
                        };
                        if ok {
                            f = true;
                            break;
                        }
                    }
                    f
                }
            };
            if found {
                in_any = true;
                if !intersect {
                    break;
                }
            } else {
                in_all = false;
                if intersect {
                    break;
                }
            }
        }
        let keep = if intersect { in_all } else { !in_any };
        if keep {
            out.insert(k, copy_el(&v));
        }
    }
    Ok(Zval::Arr(out))
}

macro_rules! setop_fn {
    ($name:ident, $inter:expr, $vm:expr, $km:expr) => {
        fn $name(e: &mut dyn Engine, a: &mut Args) -> BResult {
            setop(e, a, $inter, $vm, $km)
        }
    };
}
setop_fn!(array_diff, false, ValMode::Str, KeyMode::None);
setop_fn!(array_diff_key, false, ValMode::None, KeyMode::Exact);
setop_fn!(array_diff_assoc, false, ValMode::Str, KeyMode::Exact);
setop_fn!(array_diff_ukey, false, ValMode::None, KeyMode::User);
setop_fn!(array_diff_uassoc, false, ValMode::Str, KeyMode::User);
setop_fn!(array_udiff, false, ValMode::User, KeyMode::None);
setop_fn!(array_udiff_assoc, false, ValMode::User, KeyMode::Exact);
setop_fn!(array_udiff_uassoc, false, ValMode::User, KeyMode::User);
setop_fn!(array_intersect, true, ValMode::Str, KeyMode::None);
setop_fn!(array_intersect_key, true, ValMode::None, KeyMode::Exact);
setop_fn!(array_intersect_assoc, true, ValMode::Str, KeyMode::Exact);
setop_fn!(array_intersect_ukey, true, ValMode::None, KeyMode::User);
setop_fn!(array_intersect_uassoc, true, ValMode::Str, KeyMode::User);
setop_fn!(array_uintersect, true, ValMode::User, KeyMode::None);
setop_fn!(array_uintersect_assoc, true, ValMode::User, KeyMode::Exact);
setop_fn!(array_uintersect_uassoc, true, ValMode::User, KeyMode::User);

// ----- stack and queue --------------------------------------------------------------------------

fn next_occupied(e: &mut dyn Engine) -> Flow {
    e.error(
        "Error",
        "Cannot add element to the array as the next element is already occupied".into(),
    )
}

fn array_push(e: &mut dyn Engine, a: &mut Args) -> BResult {
    ref_array(e, a, 0)?;
    let vals: Vec<Zval> = (1..a.len()).map(|i| a.get(i)).collect();
    let r = with_ref_array(a, 0, |arr| {
        for v in vals {
            if !arr.push(v) {
                return None;
            }
        }
        Some(arr.len())
    });
    match r.flatten() {
        Some(n) => Ok(Zval::Long(n as i64)),
        None => Err(next_occupied(e)),
    }
}

fn array_pop(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let Some(p) = arr.prev_pos(arr.used()) else {
        return Ok(Zval::Null);
    };
    let Some((k, _)) = arr.at(p) else {
        return Ok(Zval::Null);
    };
    let key = k.to_key();
    let next = arr.next_index();
    drop(arr);
    let v = with_ref_array(a, 0, |arr| {
        let v = arr.remove(&key);
        // Popping the last integer key gives its index back to `$a[] = …`.
        if matches!(key, Key::Int(i) if i == next.wrapping_sub(1)) {
            arr.set_next_index(next - 1);
        }
        arr.set_internal_pointer(arr.valid_pos(0).unwrap_or(0));
        v
    })
    .flatten();
    Ok(v.map(|v| v.into_deref()).unwrap_or(Zval::Null))
}

fn array_shift(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let mut it = entries(&arr).into_iter();
    let Some((_, first)) = it.next() else {
        return Ok(Zval::Null);
    };
    drop(arr);
    let out = rebuild(it, true);
    a.set_ref(0, Zval::Arr(out));
    Ok(first.into_deref())
}

fn array_unshift(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let mut out = ZArr::with_capacity((arr.len() + a.len() - 1) as u32);
    for i in 1..a.len() {
        out.push(a.get(i));
    }
    for (k, v) in arr.iter() {
        match k {
            KeyRef::Int(_) => {
                out.push(v.clone());
            }
            KeyRef::Str(s) => {
                out.insert(Key::Str(s.clone()), v.clone());
            }
        }
    }
    let n = out.len();
    drop(arr);
    a.set_ref(0, Zval::Arr(out));
    Ok(Zval::Long(n as i64))
}

// ----- internal pointer -------------------------------------------------------------------------

fn ptr_value(arr: &ZArr) -> Zval {
    match arr
        .valid_pos(arr.internal_pointer())
        .and_then(|p| arr.at(p))
    {
        Some((_, v)) => v.deref(),
        None => Zval::Bool(false),
    }
}

fn ptr_arg(e: &mut dyn Engine, a: &Args) -> Result<Option<ZArr>, Flow> {
    match a.get(0) {
        Zval::Arr(x) => Ok(Some(x)),
        Zval::Obj(_) => Ok(None),
        v => Err(a.type_error(e, 0, "array|object", &v)),
    }
}

fn current(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(match ptr_arg(e, a)? {
        Some(arr) => ptr_value(&arr),
        None => Zval::Bool(false),
    })
}

fn key(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(match ptr_arg(e, a)? {
        Some(arr) => match arr
            .valid_pos(arr.internal_pointer())
            .and_then(|p| arr.at(p))
        {
            Some((k, _)) => k.to_zval(),
            None => Zval::Null,
        },
        None => Zval::Null,
    })
}

fn move_ptr(e: &mut dyn Engine, a: &mut Args, f: fn(&ZArr) -> u32) -> BResult {
    if ptr_arg(e, a)?.is_none() {
        return Ok(Zval::Bool(false));
    }
    let r = with_ref_array(a, 0, |arr| {
        let p = f(arr);
        arr.set_internal_pointer(p);
        ptr_value(arr)
    });
    Ok(r.unwrap_or(Zval::Bool(false)))
}

fn next(e: &mut dyn Engine, a: &mut Args) -> BResult {
    move_ptr(e, a, |arr| match arr.valid_pos(arr.internal_pointer()) {
        Some(p) => arr.valid_pos(p + 1).unwrap_or(arr.used()),
        None => arr.used(),
    })
}

fn prev(e: &mut dyn Engine, a: &mut Args) -> BResult {
    move_ptr(e, a, |arr| match arr.valid_pos(arr.internal_pointer()) {
        Some(p) => arr.prev_pos(p).unwrap_or(arr.used()),
        None => arr.used(),
    })
}

fn reset(e: &mut dyn Engine, a: &mut Args) -> BResult {
    move_ptr(e, a, |arr| arr.valid_pos(0).unwrap_or(arr.used()))
}

fn end(e: &mut dyn Engine, a: &mut Args) -> BResult {
    move_ptr(e, a, |arr| arr.prev_pos(arr.used()).unwrap_or(arr.used()))
}

// ----- sorting ----------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum By {
    Value,
    Key,
}

fn sort_impl(e: &mut dyn Engine, a: &mut Args, by: By, reverse: bool, keep_keys: bool) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let kind = sort_kind(a.int_or(e, 1, 0)?);
    let items = entries(&arr);
    drop(arr);
    let order = msort((0..items.len()).collect(), &mut |x: &usize, y: &usize| {
        let (p, q) = (&items[*x], &items[*y]);
        let c = match by {
            By::Value => cmp_values(e, kind, &p.1, &q.1)?,
            By::Key => cmp_keys(e, kind, &p.0, &q.0)?,
        };
        Ok(if reverse { -c } else { c })
    })?;
    a.set_ref(0, Zval::Arr(reorder(items, &order, keep_keys)));
    Ok(Zval::Bool(true))
}

/// Builds the sorted array from entries and a permutation.
fn reorder(items: Vec<(Key, Zval)>, order: &[usize], keep_keys: bool) -> ZArr {
    let mut slots: Vec<Option<(Key, Zval)>> = items.into_iter().map(Some).collect();
    let mut out = ZArr::with_capacity(order.len() as u32);
    for &i in order {
        if let Some((k, v)) = slots.get_mut(i).and_then(Option::take) {
            if keep_keys {
                out.insert(k, v);
            } else {
                out.push(v);
            }
        }
    }
    out
}

fn usort_impl(e: &mut dyn Engine, a: &mut Args, by: By, keep_keys: bool) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let cb = a.callable(e, 1)?;
    let items = entries(&arr);
    drop(arr);
    let mut uc = UserCmp::new(cb);
    let order = msort((0..items.len()).collect(), &mut |x: &usize, y: &usize| {
        let (p, q) = (&items[*x], &items[*y]);
        match by {
            By::Value => uc.cmp(e, &p.1, &q.1),
            By::Key => uc.cmp(e, &p.0.to_zval(), &q.0.to_zval()),
        }
    })?;
    a.set_ref(0, Zval::Arr(reorder(items, &order, keep_keys)));
    Ok(Zval::Bool(true))
}

fn sort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sort_impl(e, a, By::Value, false, false)
}
fn rsort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sort_impl(e, a, By::Value, true, false)
}
fn asort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sort_impl(e, a, By::Value, false, true)
}
fn arsort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sort_impl(e, a, By::Value, true, true)
}
fn ksort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sort_impl(e, a, By::Key, false, true)
}
fn krsort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sort_impl(e, a, By::Key, true, true)
}
fn usort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    usort_impl(e, a, By::Value, false)
}
fn uasort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    usort_impl(e, a, By::Value, true)
}
fn uksort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    usort_impl(e, a, By::Key, true)
}

fn natsort_impl(e: &mut dyn Engine, a: &mut Args, ci: bool) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let items = entries(&arr);
    drop(arr);
    let sorted = msort(items, &mut |x, y| {
        cmp_values(e, SortKind::Natural(ci), &x.1, &y.1)
    })?;
    a.set_ref(0, Zval::Arr(rebuild(sorted, false)));
    Ok(Zval::Bool(true))
}

fn natsort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    natsort_impl(e, a, false)
}

fn natcasesort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    natsort_impl(e, a, true)
}

/// One array of array_multisort: argument index, entries, descending, comparison.
type MultisortColumn = (usize, Vec<(Key, Zval)>, bool, SortKind);

fn array_multisort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    // Columns: (argument index, entries, descending, kind).
    let mut cols: Vec<MultisortColumn> = Vec::new();
    let mut order_set = false;
    let mut flag_set = false;
    for i in 0..a.len() {
        match a.get(i) {
            Zval::Arr(x) => {
                cols.push((i, entries(&x), false, SortKind::Regular));
                order_set = false;
                flag_set = false;
            }
            Zval::Long(f) => {
                let Some(last) = cols.last_mut() else {
                    return Err(e.error("TypeError", format!("array_multisort(): Argument #{} ($array) must be an array or a sort flag", i + 1)));
                };
                match f {
                    4 | 3 => {
                        if order_set {
                            return Err(e.error("TypeError", format!("array_multisort(): Argument #{} must be an array or a sort flag that has not already been specified", i + 1)));
                        }
                        order_set = true;
                        last.2 = f == 3;
                    }
                    0 | 1 | 2 | 5 | 6 | 10 | 14 => {
                        if flag_set {
                            return Err(e.error("TypeError", format!("array_multisort(): Argument #{} must be an array or a sort flag that has not already been specified", i + 1)));
                        }
                        flag_set = true;
                        last.3 = sort_kind(f);
                    }
                    _ => {
                        return Err(e.error(
                            "ValueError",
                            format!(
                                "array_multisort(): Argument #{} must be a valid sort flag",
                                i + 1
                            ),
                        ))
                    }
                }
            }
            _ => {
                return Err(e.error(
                    "TypeError",
                    format!(
                        "array_multisort(): Argument #{} must be an array or a sort flag",
                        i + 1
                    ),
                ));
            }
        }
    }
    let Some(n) = cols.first().map(|c| c.1.len()) else {
        return Ok(Zval::Bool(true));
    };
    if cols.iter().any(|c| c.1.len() != n) {
        return Err(e.error("ValueError", "Array sizes are inconsistent".into()));
    }
    let rows: Vec<usize> = (0..n).collect();
    let sorted = msort(rows, &mut |x, y| {
        for c in cols.iter() {
            let r = cmp_values(e, c.3, &c.1[*x].1, &c.1[*y].1)?;
            if r != 0 {
                return Ok(if c.2 { -r } else { r });
            }
        }
        Ok(0)
    })?;
    for (argi, items, _, _) in cols.iter() {
        let out = rebuild(sorted.iter().filter_map(|&r| items.get(r).cloned()), true);
        a.set_ref(*argi, Zval::Arr(out));
    }
    Ok(Zval::Bool(true))
}

// ----- randomness (through the engine's mt_rand) ------------------------------------------------

fn rand_range(e: &mut dyn Engine, max: i64) -> Result<i64, Flow> {
    let r = e.call(&Zval::str(b"mt_rand"), vec![Zval::Long(0), Zval::Long(max)])?;
    Ok(convert::to_long(&r))
}

fn shuffle(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = ref_array(e, a, 0)?;
    let mut vals: Vec<Zval> = arr.values().cloned().collect();
    drop(arr);
    let mut left = vals.len();
    while left > 1 {
        left -= 1;
        let j = rand_range(e, left as i64)? as usize;
        if j != left && j < vals.len() {
            vals.swap(left, j);
        }
    }
    a.set_ref(0, Zval::Arr(ZArr::from_values(vals)));
    Ok(Zval::Bool(true))
}

fn array_rand(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 0)?;
    let num = a.int_or(e, 1, 1)?;
    let n = arr.len() as i64;
    if n == 0 {
        return Err(a.value_error(e, 0, "must not be empty"));
    }
    if num == 1 {
        let used = arr.used() as i64;
        if n * 2 > used {
            loop {
                let i = rand_range(e, used - 1)?;
                if let Some((k, _)) = arr.at(i as u32) {
                    return Ok(k.to_zval());
                }
            }
        }
        let i = rand_range(e, n - 1)?;
        return Ok(arr
            .iter()
            .nth(i as usize)
            .map(|(k, _)| k.to_zval())
            .unwrap_or(Zval::Null));
    }
    if num <= 0 || num > n {
        return Err(a.value_error(
            e,
            1,
            "must be between 1 and the number of elements in argument #1 ($array)",
        ));
    }
    let negative = num > n / 2;
    let mut want = if negative { n - num } else { num };
    let mut bits = vec![false; n as usize];
    while want > 0 {
        let r = rand_range(e, n - 1)? as usize;
        if r < bits.len() && !bits[r] {
            bits[r] = true;
            want -= 1;
        }
    }
    let mut out = ZArr::with_capacity(num as u32);
    for (i, (k, _)) in arr.iter().enumerate() {
        if bits[i] != negative {
            out.push(k.to_zval());
        }
    }
    Ok(Zval::Arr(out))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "count",
        params: params!["value", "?mode"],
        variadic: false,
        f: count,
    },
    Builtin {
        name: "sizeof",
        params: params!["value", "?mode"],
        variadic: false,
        f: count,
    },
    Builtin {
        name: "range",
        params: params!["start", "end", "?step"],
        variadic: false,
        f: range,
    },
    Builtin {
        name: "array_keys",
        params: params!["array", "?filter_value", "?strict"],
        variadic: false,
        f: array_keys,
    },
    Builtin {
        name: "array_values",
        params: params!["array"],
        variadic: false,
        f: array_values,
    },
    Builtin {
        name: "array_merge",
        params: params!["?arrays"],
        variadic: true,
        f: array_merge,
    },
    Builtin {
        name: "array_merge_recursive",
        params: params!["?arrays"],
        variadic: true,
        f: array_merge_recursive,
    },
    Builtin {
        name: "array_replace",
        params: params!["array", "?replacements"],
        variadic: true,
        f: array_replace,
    },
    Builtin {
        name: "array_replace_recursive",
        params: params!["array", "?replacements"],
        variadic: true,
        f: array_replace_recursive,
    },
    Builtin {
        name: "array_combine",
        params: params!["keys", "values"],
        variadic: false,
        f: array_combine,
    },
    Builtin {
        name: "array_flip",
        params: params!["array"],
        variadic: false,
        f: array_flip,
    },
    Builtin {
        name: "array_slice",
        params: params!["array", "offset", "?length", "?preserve_keys"],
        variadic: false,
        f: array_slice,
    },
    Builtin {
        name: "array_splice",
        params: params!["&array", "offset", "?length", "?replacement"],
        variadic: false,
        f: array_splice,
    },
    Builtin {
        name: "array_map",
        params: params!["callback", "array", "?arrays"],
        variadic: true,
        f: array_map,
    },
    Builtin {
        name: "array_filter",
        params: params!["array", "?callback", "?mode"],
        variadic: false,
        f: array_filter,
    },
    Builtin {
        name: "array_reduce",
        params: params!["array", "callback", "?initial"],
        variadic: false,
        f: array_reduce,
    },
    Builtin {
        name: "array_walk",
        params: params!["&array", "callback", "?arg"],
        variadic: false,
        f: array_walk,
    },
    Builtin {
        name: "array_walk_recursive",
        params: params!["&array", "callback", "?arg"],
        variadic: false,
        f: array_walk_recursive,
    },
    Builtin {
        name: "array_find",
        params: params!["array", "callback"],
        variadic: false,
        f: array_find,
    },
    Builtin {
        name: "array_find_key",
        params: params!["array", "callback"],
        variadic: false,
        f: array_find_key,
    },
    Builtin {
        name: "array_any",
        params: params!["array", "callback"],
        variadic: false,
        f: array_any,
    },
    Builtin {
        name: "array_all",
        params: params!["array", "callback"],
        variadic: false,
        f: array_all,
    },
    Builtin {
        name: "in_array",
        params: params!["needle", "haystack", "?strict"],
        variadic: false,
        f: in_array,
    },
    Builtin {
        name: "array_search",
        params: params!["needle", "haystack", "?strict"],
        variadic: false,
        f: array_search,
    },
    Builtin {
        name: "array_key_exists",
        params: params!["key", "array"],
        variadic: false,
        f: array_key_exists,
    },
    Builtin {
        name: "key_exists",
        params: params!["key", "array"],
        variadic: false,
        f: array_key_exists,
    },
    Builtin {
        name: "array_key_first",
        params: params!["array"],
        variadic: false,
        f: array_key_first,
    },
    Builtin {
        name: "array_key_last",
        params: params!["array"],
        variadic: false,
        f: array_key_last,
    },
    Builtin {
        name: "array_is_list",
        params: params!["array"],
        variadic: false,
        f: array_is_list,
    },
    Builtin {
        name: "array_unique",
        params: params!["array", "?flags"],
        variadic: false,
        f: array_unique,
    },
    Builtin {
        name: "array_reverse",
        params: params!["array", "?preserve_keys"],
        variadic: false,
        f: array_reverse,
    },
    Builtin {
        name: "array_fill",
        params: params!["start_index", "count", "value"],
        variadic: false,
        f: array_fill,
    },
    Builtin {
        name: "array_fill_keys",
        params: params!["keys", "value"],
        variadic: false,
        f: array_fill_keys,
    },
    Builtin {
        name: "array_pad",
        params: params!["array", "length", "value"],
        variadic: false,
        f: array_pad,
    },
    Builtin {
        name: "array_column",
        params: params!["array", "column_key", "?index_key"],
        variadic: false,
        f: array_column,
    },
    Builtin {
        name: "array_chunk",
        params: params!["array", "length", "?preserve_keys"],
        variadic: false,
        f: array_chunk,
    },
    Builtin {
        name: "array_count_values",
        params: params!["array"],
        variadic: false,
        f: array_count_values,
    },
    Builtin {
        name: "array_change_key_case",
        params: params!["array", "?case"],
        variadic: false,
        f: array_change_key_case,
    },
    Builtin {
        name: "array_sum",
        params: params!["array"],
        variadic: false,
        f: array_sum,
    },
    Builtin {
        name: "array_product",
        params: params!["array"],
        variadic: false,
        f: array_product,
    },
    Builtin {
        name: "array_diff",
        params: params!["array", "?arrays"],
        variadic: true,
        f: array_diff,
    },
    Builtin {
        name: "array_diff_key",
        params: params!["array", "?arrays"],
        variadic: true,
        f: array_diff_key,
    },
    Builtin {
        name: "array_diff_assoc",
        params: params!["array", "?arrays"],
        variadic: true,
        f: array_diff_assoc,
    },
    Builtin {
        name: "array_diff_ukey",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_diff_ukey,
    },
    Builtin {
        name: "array_diff_uassoc",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_diff_uassoc,
    },
    Builtin {
        name: "array_udiff",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_udiff,
    },
    Builtin {
        name: "array_udiff_assoc",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_udiff_assoc,
    },
    Builtin {
        name: "array_udiff_uassoc",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_udiff_uassoc,
    },
    Builtin {
        name: "array_intersect",
        params: params!["array", "?arrays"],
        variadic: true,
        f: array_intersect,
    },
    Builtin {
        name: "array_intersect_key",
        params: params!["array", "?arrays"],
        variadic: true,
        f: array_intersect_key,
    },
    Builtin {
        name: "array_intersect_assoc",
        params: params!["array", "?arrays"],
        variadic: true,
        f: array_intersect_assoc,
    },
    Builtin {
        name: "array_intersect_ukey",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_intersect_ukey,
    },
    Builtin {
        name: "array_intersect_uassoc",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_intersect_uassoc,
    },
    Builtin {
        name: "array_uintersect",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_uintersect,
    },
    Builtin {
        name: "array_uintersect_assoc",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_uintersect_assoc,
    },
    Builtin {
        name: "array_uintersect_uassoc",
        params: params!["array", "?rest"],
        variadic: true,
        f: array_uintersect_uassoc,
    },
    Builtin {
        name: "array_push",
        params: params!["&array", "?values"],
        variadic: true,
        f: array_push,
    },
    Builtin {
        name: "array_pop",
        params: params!["&array"],
        variadic: false,
        f: array_pop,
    },
    Builtin {
        name: "array_shift",
        params: params!["&array"],
        variadic: false,
        f: array_shift,
    },
    Builtin {
        name: "array_unshift",
        params: params!["&array", "?values"],
        variadic: true,
        f: array_unshift,
    },
    Builtin {
        name: "current",
        params: params!["array"],
        variadic: false,
        f: current,
    },
    Builtin {
        name: "pos",
        params: params!["array"],
        variadic: false,
        f: current,
    },
    Builtin {
        name: "key",
        params: params!["array"],
        variadic: false,
        f: key,
    },
    Builtin {
        name: "next",
        params: params!["&array"],
        variadic: false,
        f: next,
    },
    Builtin {
        name: "prev",
        params: params!["&array"],
        variadic: false,
        f: prev,
    },
    Builtin {
        name: "reset",
        params: params!["&array"],
        variadic: false,
        f: reset,
    },
    Builtin {
        name: "end",
        params: params!["&array"],
        variadic: false,
        f: end,
    },
    Builtin {
        name: "sort",
        params: params!["&array", "?flags"],
        variadic: false,
        f: sort,
    },
    Builtin {
        name: "rsort",
        params: params!["&array", "?flags"],
        variadic: false,
        f: rsort,
    },
    Builtin {
        name: "asort",
        params: params!["&array", "?flags"],
        variadic: false,
        f: asort,
    },
    Builtin {
        name: "arsort",
        params: params!["&array", "?flags"],
        variadic: false,
        f: arsort,
    },
    Builtin {
        name: "ksort",
        params: params!["&array", "?flags"],
        variadic: false,
        f: ksort,
    },
    Builtin {
        name: "krsort",
        params: params!["&array", "?flags"],
        variadic: false,
        f: krsort,
    },
    Builtin {
        name: "usort",
        params: params!["&array", "callback"],
        variadic: false,
        f: usort,
    },
    Builtin {
        name: "uasort",
        params: params!["&array", "callback"],
        variadic: false,
        f: uasort,
    },
    Builtin {
        name: "uksort",
        params: params!["&array", "callback"],
        variadic: false,
        f: uksort,
    },
    Builtin {
        name: "natsort",
        params: params!["&array"],
        variadic: false,
        f: natsort,
    },
    Builtin {
        name: "natcasesort",
        params: params!["&array"],
        variadic: false,
        f: natcasesort,
    },
    Builtin {
        name: "array_multisort",
        params: params!["*array", "*?rest"],
        variadic: true,
        f: array_multisort,
    },
    Builtin {
        name: "shuffle",
        params: params!["&array"],
        variadic: false,
        f: shuffle,
    },
    Builtin {
        name: "array_rand",
        params: params!["array", "?num"],
        variadic: false,
        f: array_rand,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order() {
        assert_eq!(strnatcmp(b"img12", b"img10", false), 1);
        assert_eq!(strnatcmp(b"img2", b"img10", false), -1);
        assert_eq!(strnatcmp(b"IMG2", b"img2", true), 0);
        assert_eq!(strnatcmp(b"", b"a", false), -1);
        assert_eq!(strnatcmp(b"0.5", b"0.25", false), -1);
    }

    #[test]
    fn slice_clamping() {
        assert_eq!(slice_bounds(5, 1, None), (1, 4));
        assert_eq!(slice_bounds(5, -2, Some(1)), (3, 1));
        assert_eq!(slice_bounds(5, 9, None), (5, 0));
        assert_eq!(slice_bounds(5, 1, Some(-1)), (1, 3));
    }
}
