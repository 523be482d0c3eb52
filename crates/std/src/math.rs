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

/// Float constants of this group (`M_*`).
pub static FLOAT_CONSTANTS: &[(&str, f64)] = &[
    ("M_LOG2E", std::f64::consts::LOG2_E),
    ("M_LOG10E", std::f64::consts::LOG10_E),
    ("M_LN2", std::f64::consts::LN_2),
    ("M_LN10", std::f64::consts::LN_10),
    ("M_PI_2", std::f64::consts::FRAC_PI_2),
    ("M_PI_4", std::f64::consts::FRAC_PI_4),
    ("M_1_PI", std::f64::consts::FRAC_1_PI),
    ("M_2_PI", std::f64::consts::FRAC_2_PI),
    ("M_SQRTPI", 1.772_453_850_905_516),
    ("M_2_SQRTPI", std::f64::consts::FRAC_2_SQRT_PI),
    ("M_LNPI", 1.144_729_885_849_400_2),
    ("M_EULER", 0.577_215_664_901_532_9),
    ("M_SQRT2", std::f64::consts::SQRT_2),
    ("M_SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
    ("M_SQRT3", 1.732_050_807_568_877_2),
];
