//! String functions (`ext/standard/string.c` and friends).

use crate::{params, Args, BResult, Builtin, Engine};
use memphis_values::{ZStr, Zval};

fn strlen(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(Zval::Long(s.len() as i64))
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
        return Err(e.error("Error", "Possible integer overflow in memory allocation".into()));
    };
    let src = s.as_bytes();
    Ok(Zval::Str(ZStr::with_fill(total, |buf| {
        for chunk in buf.chunks_mut(src.len()) {
            chunk.copy_from_slice(&src[..chunk.len()]);
        }
    })))
}

fn implode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let (sep, arr) = match (a.get(0), a.get(1)) {
        (Zval::Arr(arr), Zval::Null | Zval::Undef) if !a.has(1) => (ZStr::empty(), arr),
        (sep, Zval::Arr(arr)) => (e.to_zstr(&sep)?, arr),
        (Zval::Arr(arr), sep) => (e.to_zstr(&sep)?, arr),
        (_, v) if a.has(1) => return Err(a.type_error(e, 1, "?array", &v)),
        (v, _) => return Err(a.type_error(e, 0, "array", &v)),
    };
    let mut out = Vec::new();
    for (i, v) in arr.values().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        let s = e.to_zstr(v)?;
        out.extend_from_slice(s.as_bytes());
    }
    Ok(Zval::Str(ZStr::from_vec(out)))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin { name: "strlen", params: params!["string"], variadic: false, f: strlen },
    Builtin { name: "str_repeat", params: params!["string", "times"], variadic: false, f: str_repeat },
    Builtin { name: "implode", params: params!["separator", "?array"], variadic: false, f: implode },
    Builtin { name: "join", params: params!["separator", "?array"], variadic: false, f: implode },
];
