//! Array functions (`ext/standard/array.c`).

use crate::{params, Args, BResult, Builtin, Engine};
use memphis_values::convert::Numeric;
use memphis_values::{ZArr, Zval};

fn count(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    match &v {
        Zval::Arr(arr) => {
            let mode = a.int_or(e, 1, 0)?;
            if mode == 1 {
                fn rec(a: &ZArr) -> i64 {
                    let mut n = a.len() as i64;
                    for v in a.values() {
                        if let Zval::Arr(x) = v.deref() {
                            n += rec(&x);
                        }
                    }
                    n
                }
                return Ok(Zval::Long(rec(arr)));
            }
            Ok(Zval::Long(arr.len() as i64))
        }
        Zval::Obj(o) if e.has_method(o, "count") => {
            let name = Zval::str(b"count");
            let cb = Zval::Arr(ZArr::from_values([v.clone(), name]));
            let r = e.call(&cb, Vec::new())?;
            Ok(Zval::Long(memphis_values::convert::to_long(&r)))
        }
        _ => Err(a.type_error(e, 0, "Countable|array", &v)),
    }
}

fn range(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let start = a.get(0);
    let end = a.get(1);
    // Integer ranges (the common case); floats and characters follow PHP's rules.
    let step = if a.has(2) { a.number(e, 2)? } else { Numeric::Long(1) };
    match (&start, &end, step) {
        (Zval::Str(s), Zval::Str(t), Numeric::Long(st)) if s.len() == 1 && t.len() == 1 && !s.as_bytes()[0].is_ascii_digit() => {
            let (x, y) = (s.as_bytes()[0] as i64, t.as_bytes()[0] as i64);
            let st = st.unsigned_abs().max(1) as i64;
            let mut out = Vec::new();
            if x <= y {
                let mut c = x;
                while c <= y {
                    out.push(Zval::Str(memphis_values::ZStr::single(c as u8)));
                    c += st;
                }
            } else {
                let mut c = x;
                while c >= y {
                    out.push(Zval::Str(memphis_values::ZStr::single(c as u8)));
                    c -= st;
                }
            }
            return Ok(Zval::Arr(ZArr::from_values(out)));
        }
        _ => {}
    }
    let num = |v: &Zval| match v {
        Zval::Long(i) => Numeric::Long(*i),
        Zval::Double(d) => Numeric::Double(*d),
        Zval::Str(s) => memphis_values::convert::numeric_string(s.as_bytes()).unwrap_or(Numeric::Long(0)),
        other => Numeric::Long(memphis_values::convert::to_long(other)),
    };
    let (s, t) = (num(&start), num(&end));
    match (s, t, step) {
        (Numeric::Long(x), Numeric::Long(y), Numeric::Long(st)) => {
            let st = st.unsigned_abs();
            if st == 0 {
                return Err(a.value_error(e, 2, "cannot be 0"));
            }
            let span = x.abs_diff(y);
            if span / st >= (1u64 << 31) {
                return Err(a.value_error(e, 1, "is too large"));
            }
            let n = span / st + 1;
            let mut arr = ZArr::with_capacity(n as u32);
            let mut c = x as i128;
            for _ in 0..n {
                arr.push(Zval::Long(c as i64));
                if memphis_mm::limit_hit() {
                    break;
                }
                if x <= y {
                    c += st as i128;
                } else {
                    c -= st as i128;
                }
            }
            Ok(Zval::Arr(arr))
        }
        _ => {
            let (x, y, st) = (s.as_f64(), t.as_f64(), step.as_f64().abs());
            if st == 0.0 {
                return Err(a.value_error(e, 2, "cannot be 0"));
            }
            let n = ((x - y).abs() / st).floor() as u64 + 1;
            let mut arr = ZArr::with_capacity(n.min(1 << 30) as u32);
            for i in 0..n {
                let v = if x <= y { x + i as f64 * st } else { x - i as f64 * st };
                arr.push(Zval::Double(v));
            }
            Ok(Zval::Arr(arr))
        }
    }
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin { name: "count", params: params!["value", "?mode"], variadic: false, f: count },
    Builtin { name: "sizeof", params: params!["value", "?mode"], variadic: false, f: count },
    Builtin { name: "range", params: params!["start", "end", "?step"], variadic: false, f: range },
];
