//! Math functions (`ext/standard/math.c`).

use crate::{params, Args, BResult, Builtin, Engine};
use memphis_values::convert::Numeric;
use memphis_values::Zval;

fn abs(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(match a.number(e, 0)? {
        Numeric::Long(i) => match i.checked_abs() {
            Some(v) => Zval::Long(v),
            None => Zval::Double(-(i as f64)),
        },
        Numeric::Double(d) => Zval::Double(d.abs()),
    })
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[Builtin { name: "abs", params: params!["num"], variadic: false, f: abs }];
