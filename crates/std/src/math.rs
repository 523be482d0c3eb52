//! Math functions (`ext/standard/math.c`): rounding, powers, logarithms, trigonometry, min/max,
//! base conversion, and the legacy random helpers `lcg_value` and `uniqid`.

use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::convert::{self, Numeric};
use memphis_values::{ZStr, Zval};

fn abs(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(match a.number(e, 0)? {
        Numeric::Long(i) => match i.checked_abs() {
            Some(v) => Zval::Long(v),
            None => Zval::Double(-(i as f64)),
        },
        Numeric::Double(d) => Zval::Double(d.abs()),
    })
}

fn ceil(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Double(a.number(e, 0)?.as_f64().ceil()))
}

fn floor(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Double(a.number(e, 0)?.as_f64().floor()))
}

/// Rounding modes (PHP's internal numbering; 1–4 are the `PHP_ROUND_*` constants).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RoundMode {
    /// Half away from zero (`PHP_ROUND_HALF_UP`).
    HalfUp,
    /// Half towards zero (`PHP_ROUND_HALF_DOWN`).
    HalfDown,
    /// Half to even (`PHP_ROUND_HALF_EVEN`).
    HalfEven,
    /// Half to odd (`PHP_ROUND_HALF_ODD`).
    HalfOdd,
    /// Truncation.
    TowardZero,
    /// Away from zero.
    AwayFromZero,
    /// Towards negative infinity.
    Floor,
    /// Towards positive infinity.
    Ceiling,
}

fn pow10(p: i32) -> f64 {
    const P: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if (0..=22).contains(&p) {
        P[p as usize]
    } else {
        10f64.powf(p as f64)
    }
}

/// Rounds `integral` (the value scaled to the rounding position, truncated) by looking at
/// where the original `value` lies against the exact half-way (or zero) edge, as PHP 8.4 does,
/// so that values like 1.955 whose nearest double is a hair below the half still round up.
fn round_helper(integral: f64, value: f64, exponent: f64, places: i32, mode: RoundMode) -> f64 {
    let vabs = value.abs();
    let scale_back = |x: f64| {
        if places > 0 {
            (x / exponent).abs()
        } else {
            (x * exponent).abs()
        }
    };
    let half_edge = || scale_back(integral + 0.5f64.copysign(integral));
    let zero_edge = || scale_back(integral);
    let step = 1.0f64.copysign(integral);
    match mode {
        RoundMode::HalfUp => {
            if vabs >= half_edge() {
                integral + step
            } else {
                integral
            }
        }
        RoundMode::HalfDown => {
            if vabs > half_edge() {
                integral + step
            } else {
                integral
            }
        }
        RoundMode::HalfEven | RoundMode::HalfOdd => {
            let edge = half_edge();
            if vabs > edge {
                integral + step
            } else if vabs == edge {
                let even = integral % 2.0 == 0.0;
                if even == (mode == RoundMode::HalfEven) {
                    integral
                } else {
                    integral + step
                }
            } else {
                integral
            }
        }
        RoundMode::TowardZero => integral,
        RoundMode::AwayFromZero => {
            if vabs > zero_edge() {
                integral + step
            } else {
                integral
            }
        }
        RoundMode::Ceiling => {
            if value > 0.0 && vabs > zero_edge() {
                integral + 1.0
            } else {
                integral
            }
        }
        RoundMode::Floor => {
            if value < 0.0 && vabs > zero_edge() {
                integral - 1.0
            } else {
                integral
            }
        }
    }
}

/// PHP 8.4's `_php_math_round`: rounds `value` to `places` decimal places.
pub fn php_round(value: f64, places: i32, mode: RoundMode) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let places = places.max(i32::MIN + 1);
    let exponent = pow10(places.abs());
    let scaled = if places > 0 {
        value * exponent
    } else {
        value / exponent
    };
    let (mut tmp, tmp2) = if value >= 0.0 {
        let t = scaled.floor();
        (t, t + 1.0)
    } else {
        let t = scaled.ceil();
        (t, t - 1.0)
    };
    let back = if places > 0 {
        tmp2 / exponent
    } else {
        tmp2 * exponent
    };
    if back == value {
        tmp = tmp2;
    }
    if tmp.abs() >= 1e16 {
        return value;
    }
    tmp = round_helper(tmp, value, exponent, places, mode);
    if places.abs() < 23 {
        if places > 0 {
            tmp / exponent
        } else {
            tmp * exponent
        }
    } else {
        // Beyond exact powers of ten: go through the decimal text, as PHP does.
        let text = format!("{:.15}e{}", tmp, -(places as i64));
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() => v,
            _ => value,
        }
    }
}

fn round_mode_arg(e: &mut dyn Engine, a: &Args) -> Result<RoundMode, Flow> {
    if !a.has(2) {
        return Ok(RoundMode::HalfUp);
    }
    let v = a.get(2);
    if let Zval::Obj(o) = &v {
        if o.class()
            .name
            .as_bytes()
            .eq_ignore_ascii_case(b"RoundingMode")
        {
            if let Some((name, _)) = e.enum_case(o) {
                return Ok(match name.as_bytes() {
                    b"HalfAwayFromZero" => RoundMode::HalfUp,
                    b"HalfTowardsZero" => RoundMode::HalfDown,
                    b"HalfEven" => RoundMode::HalfEven,
                    b"HalfOdd" => RoundMode::HalfOdd,
                    b"TowardsZero" => RoundMode::TowardZero,
                    b"AwayFromZero" => RoundMode::AwayFromZero,
                    b"NegativeInfinity" => RoundMode::Floor,
                    _ => RoundMode::Ceiling,
                });
            }
        }
        return Err(a.type_error(e, 2, "RoundingMode|int", &v));
    }
    if let Zval::Arr(_) = v {
        return Err(a.type_error(e, 2, "RoundingMode|int", &v));
    }
    if let Zval::Str(s) = &v {
        if convert::numeric_string(s.as_bytes()).is_none() {
            return Err(a.type_error(e, 2, "RoundingMode|int", &v));
        }
    }
    Ok(match a.int(e, 2)? {
        1 => RoundMode::HalfUp,
        2 => RoundMode::HalfDown,
        3 => RoundMode::HalfEven,
        4 => RoundMode::HalfOdd,
        5 => RoundMode::Ceiling,
        6 => RoundMode::Floor,
        7 => RoundMode::TowardZero,
        8 => RoundMode::AwayFromZero,
        _ => return Err(a.value_error(e, 2, "must be a valid rounding mode (RoundingMode::*)")),
    })
}

fn clamp_places(p: i64) -> i32 {
    p.clamp(i32::MIN as i64, i32::MAX as i64) as i32
}

fn round(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.number(e, 0)?;
    let places = clamp_places(a.int_or(e, 1, 0)?);
    let mode = round_mode_arg(e, a)?;
    Ok(Zval::Double(match n {
        Numeric::Long(i) if places >= 0 => i as f64,
        n => php_round(n.as_f64(), places, mode),
    }))
}

fn intdiv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.int(e, 0)?;
    let y = a.int(e, 1)?;
    if y == 0 {
        return Err(e.error("DivisionByZeroError", "Division by zero".into()));
    }
    if y == -1 && x == i64::MIN {
        return Err(e.error(
            "ArithmeticError",
            "Division of PHP_INT_MIN by -1 is not an integer".into(),
        ));
    }
    Ok(Zval::Long(x / y))
}

fn fmod(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.float(e, 0)?;
    let y = a.float(e, 1)?;
    Ok(Zval::Double(x % y))
}

fn fdiv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.float(e, 0)?;
    let y = a.float(e, 1)?;
    Ok(Zval::Double(x / y))
}

fn fpow(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.float(e, 0)?;
    let y = a.float(e, 1)?;
    Ok(Zval::Double(x.powf(y)))
}

/// An operand of `**` (`pow()`): numbers pass, numeric strings convert, leading-numeric strings
/// warn, anything else is PHP's "Unsupported operand types" TypeError.
fn pow_operand(e: &mut dyn Engine, v: &Zval) -> Result<Option<Numeric>, Flow> {
    Ok(Some(match v {
        Zval::Long(i) => Numeric::Long(*i),
        Zval::Double(d) => Numeric::Double(*d),
        Zval::Bool(b) => Numeric::Long(*b as i64),
        Zval::Null | Zval::Undef => Numeric::Long(0),
        Zval::Str(s) => match convert::operand_number(s.as_bytes()) {
            convert::OperandNumber::Numeric(n) => n,
            convert::OperandNumber::Leading(n) => {
                e.diag(Level::Warning, "A non-numeric value encountered")?;
                n
            }
            convert::OperandNumber::NonNumeric => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// `$base ** $exp` on numbers, with PHP's integer fast path and overflow to float.
pub fn pow_numbers(base: Numeric, exp: Numeric) -> Numeric {
    match (base, exp) {
        (Numeric::Long(b), Numeric::Long(x)) if x >= 0 => {
            if x == 0 {
                return Numeric::Long(1);
            }
            if b == 0 {
                return Numeric::Long(0);
            }
            let (mut acc, mut sq, mut i) = (1i64, b, x);
            while i >= 1 {
                if i % 2 != 0 {
                    i -= 1;
                    match acc.checked_mul(sq) {
                        Some(v) => acc = v,
                        None => {
                            return Numeric::Double(
                                acc as f64 * sq as f64 * (sq as f64).powf(i as f64),
                            )
                        }
                    }
                } else {
                    i /= 2;
                    match sq.checked_mul(sq) {
                        Some(v) => sq = v,
                        None => {
                            return Numeric::Double(
                                acc as f64 * (sq as f64 * sq as f64).powf(i as f64),
                            )
                        }
                    }
                }
            }
            Numeric::Long(acc)
        }
        (b, x) => Numeric::Double(b.as_f64().powf(x.as_f64())),
    }
}

fn pow(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let (bv, xv) = (a.get(0), a.get(1));
    let b = pow_operand(e, &bv)?;
    let x = match b {
        Some(_) => pow_operand(e, &xv)?,
        None => None,
    };
    let (Some(b), Some(x)) = (b, x) else {
        let tn = crate::args::operand_type_name;
        return Err(e.error(
            "TypeError",
            format!("Unsupported operand types: {} ** {}", tn(&bv), tn(&xv)),
        ));
    };
    if b.as_f64() == 0.0 && x.as_f64() < 0.0 {
        e.diag(
            Level::Deprecated,
            "Power of base 0 and negative exponent is deprecated",
        )?;
    }
    Ok(pow_numbers(b, x).to_zval())
}

macro_rules! float_fn {
    ($name:ident, $f:expr) => {
        fn $name(e: &mut dyn Engine, a: &mut Args) -> BResult {
            let x = a.float(e, 0)?;
            let f: fn(f64) -> f64 = $f;
            Ok(Zval::Double(f(x)))
        }
    };
}

float_fn!(sqrt, f64::sqrt);
float_fn!(exp, f64::exp);
float_fn!(expm1, f64::exp_m1);
float_fn!(log10, f64::log10);
float_fn!(log1p, f64::ln_1p);
float_fn!(sin, f64::sin);
float_fn!(cos, f64::cos);
float_fn!(tan, f64::tan);
float_fn!(asin, f64::asin);
float_fn!(acos, f64::acos);
float_fn!(atan, f64::atan);
float_fn!(sinh, f64::sinh);
float_fn!(cosh, f64::cosh);
float_fn!(tanh, f64::tanh);
float_fn!(asinh, f64::asinh);
float_fn!(acosh, f64::acosh);
float_fn!(atanh, f64::atanh);
float_fn!(deg2rad, |d| d / 180.0 * std::f64::consts::PI);
float_fn!(rad2deg, |r| r / std::f64::consts::PI * 180.0);

fn log(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.float(e, 0)?;
    if !a.has(1) {
        return Ok(Zval::Double(x.ln()));
    }
    let base = a.float(e, 1)?;
    Ok(Zval::Double(if base == 2.0 {
        x.log2()
    } else if base == 10.0 {
        x.log10()
    } else if base == 1.0 {
        f64::NAN
    } else if base <= 0.0 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    } else {
        x.ln() / base.ln()
    }))
}

fn atan2(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let y = a.float(e, 0)?;
    let x = a.float(e, 1)?;
    Ok(Zval::Double(y.atan2(x)))
}

fn hypot(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let x = a.float(e, 0)?;
    let y = a.float(e, 1)?;
    Ok(Zval::Double(x.hypot(y)))
}

fn pi(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Double(std::f64::consts::PI))
}

fn is_nan(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(a.float(e, 0)?.is_nan()))
}

fn is_finite(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(a.float(e, 0)?.is_finite()))
}

fn is_infinite(e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(a.float(e, 0)?.is_infinite()))
}

fn as_number(v: &Zval) -> Option<f64> {
    match v {
        Zval::Long(i) => Some(*i as f64),
        Zval::Double(d) => Some(*d),
        _ => None,
    }
}

fn minmax(e: &mut dyn Engine, a: &mut Args, want_max: bool) -> BResult {
    if a.len() == 1 {
        let v = a.get(0);
        let Zval::Arr(arr) = v else {
            return Err(a.type_error(e, 0, "array", &v));
        };
        let mut best: Option<&Zval> = None;
        for x in arr.values() {
            best = Some(match best {
                None => x,
                Some(cur) => {
                    let c = e.compare(cur, x)?;
                    if (want_max && c < 0) || (!want_max && c > 0) {
                        x
                    } else {
                        cur
                    }
                }
            });
        }
        return match best {
            Some(b) => Ok(b.deref()),
            None => Err(a.value_error(e, 0, "must contain at least one element")),
        };
    }
    let vals: Vec<Zval> = (0..a.len()).map(|i| a.get(i)).collect();
    let numeric = |x: &Zval, y: &Zval| -> Option<(f64, f64)> {
        match (x, y) {
            (Zval::Long(_) | Zval::Double(_), Zval::Long(_) | Zval::Double(_)) => {
                Some((as_number(x)?, as_number(y)?))
            }
            _ => None,
        }
    };
    if vals.len() == 2 {
        // PHP 8.4 compiles two-argument min()/max() calls to its "frameless" versions, which
        // keep the first argument only when it is strictly smaller (min) or not smaller (max).
        let (x, y) = (&vals[0], &vals[1]);
        let first = match (x, y) {
            (Zval::Long(p), Zval::Long(q)) => {
                if want_max {
                    p >= q
                } else {
                    p < q
                }
            }
            _ => match numeric(x, y) {
                Some((p, q)) => {
                    if want_max {
                        p >= q
                    } else {
                        p < q
                    }
                }
                None => {
                    let c = e.compare(x, y)?;
                    if want_max {
                        c >= 0
                    } else {
                        c < 0
                    }
                }
            },
        };
        return Ok(if first { x.clone() } else { y.clone() });
    }
    let mut cur = 0;
    for i in 1..vals.len() {
        let (c, x) = (&vals[cur], &vals[i]);
        let replace = match (c, x) {
            (Zval::Long(p), Zval::Long(q)) => (want_max && q > p) || (!want_max && q < p),
            _ => match numeric(c, x) {
                Some((p, q)) => (want_max && p < q) || (!want_max && p > q),
                None => {
                    let r = e.compare(x, c)?;
                    (want_max && r > 0) || (!want_max && r < 0)
                }
            },
        };
        if replace {
            cur = i;
        }
    }
    Ok(vals[cur].clone())
}

fn min(e: &mut dyn Engine, a: &mut Args) -> BResult {
    minmax(e, a, false)
}

fn max(e: &mut dyn Engine, a: &mut Args) -> BResult {
    minmax(e, a, true)
}

// ---------------------------------------------------------------------------------------------
// Base conversion
// ---------------------------------------------------------------------------------------------

/// Reads digits of `base` from `s` (PHP's `_php_math_basetozval`): whitespace around and a
/// `0x`/`0o`/`0b` prefix matching the base are skipped, other invalid characters are ignored
/// with a deprecation; overflow continues in floating point.
fn base_to_number(e: &mut dyn Engine, s: &[u8], base: u32) -> Result<Numeric, Flow> {
    let mut st = 0;
    let mut en = s.len();
    while st < en && convert_is_space(s[st]) {
        st += 1;
    }
    while en > st && convert_is_space(s[en - 1]) {
        en -= 1;
    }
    if en - st >= 2 && s[st] == b'0' {
        let p = s[st + 1].to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            st += 2;
        }
    }
    let mut num: i64 = 0;
    let mut fnum: f64 = 0.0;
    let mut float_mode = false;
    let mut invalid = false;
    let cutoff = i64::MAX / base as i64;
    let cutlim = i64::MAX % base as i64;
    for &c in &s[st..en] {
        let d = match (c as char).to_digit(36) {
            Some(d) if d < base => d as i64,
            _ => {
                invalid = true;
                continue;
            }
        };
        if !float_mode {
            if num < cutoff || (num == cutoff && d <= cutlim) {
                num = num * base as i64 + d;
                continue;
            }
            fnum = num as f64;
            float_mode = true;
        }
        fnum = fnum * base as f64 + d as f64;
    }
    if invalid {
        e.diag(
            Level::Deprecated,
            "Invalid characters passed for attempted conversion, these have been ignored",
        )?;
    }
    Ok(if float_mode {
        Numeric::Double(fnum)
    } else {
        Numeric::Long(num)
    })
}

fn convert_is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// An integer in `base`, read as unsigned (so negative numbers show their two's complement).
fn long_to_base(v: i64, base: u64) -> Vec<u8> {
    let mut u = v as u64;
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(u % base) as usize]);
        u /= base;
        if u == 0 {
            break;
        }
    }
    out.reverse();
    out
}

fn number_to_base(e: &mut dyn Engine, n: Numeric, base: u32) -> Result<Vec<u8>, Flow> {
    match n {
        Numeric::Long(i) => Ok(long_to_base(i, base as u64)),
        Numeric::Double(d) => {
            let mut f = d.floor();
            if f.is_infinite() {
                return Err(e.error(
                    "ValueError",
                    format!("An infinite value cannot be converted to base {base}"),
                ));
            }
            let mut out = Vec::new();
            loop {
                let digit = (f % base as f64) as i64;
                out.push(
                    DIGITS
                        .get(digit.clamp(0, 35) as usize)
                        .copied()
                        .unwrap_or(b'0'),
                );
                f /= base as f64;
                if out.len() >= 1080 || f.abs() < 1.0 {
                    break;
                }
            }
            out.reverse();
            Ok(out)
        }
    }
}

fn base_to_dec(e: &mut dyn Engine, a: &mut Args, base: u32) -> BResult {
    let s = a.str(e, 0)?;
    Ok(base_to_number(e, s.as_bytes(), base)?.to_zval())
}

fn bindec(e: &mut dyn Engine, a: &mut Args) -> BResult {
    base_to_dec(e, a, 2)
}

fn octdec(e: &mut dyn Engine, a: &mut Args) -> BResult {
    base_to_dec(e, a, 8)
}

fn hexdec(e: &mut dyn Engine, a: &mut Args) -> BResult {
    base_to_dec(e, a, 16)
}

fn dec_to(e: &mut dyn Engine, a: &mut Args, base: u64) -> BResult {
    let n = a.int(e, 0)?;
    Ok(Zval::Str(ZStr::from_vec(long_to_base(n, base))))
}

fn decbin(e: &mut dyn Engine, a: &mut Args) -> BResult {
    dec_to(e, a, 2)
}

fn decoct(e: &mut dyn Engine, a: &mut Args) -> BResult {
    dec_to(e, a, 8)
}

fn dechex(e: &mut dyn Engine, a: &mut Args) -> BResult {
    dec_to(e, a, 16)
}

fn base_convert(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let from = a.int(e, 1)?;
    let to = a.int(e, 2)?;
    if !(2..=36).contains(&from) {
        return Err(a.value_error(e, 1, "must be between 2 and 36 (inclusive)"));
    }
    if !(2..=36).contains(&to) {
        return Err(a.value_error(e, 2, "must be between 2 and 36 (inclusive)"));
    }
    let n = base_to_number(e, s.as_bytes(), from as u32)?;
    Ok(Zval::Str(ZStr::from_vec(number_to_base(e, n, to as u32)?)))
}

// ---------------------------------------------------------------------------------------------
// lcg_value and uniqid
// ---------------------------------------------------------------------------------------------

thread_local! {
    static LCG: std::cell::Cell<(i32, i32)> = const { std::cell::Cell::new((0, 0)) };
}

fn now() -> (u64, u32) {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    (d.as_secs(), d.subsec_micros())
}

/// PHP's combined linear congruential generator (`php_combined_lcg`), seeded from the clock
/// and the process id.
pub fn combined_lcg() -> f64 {
    LCG.with(|c| {
        let (mut s1, mut s2) = c.get();
        if s1 == 0 && s2 == 0 {
            let (sec, usec) = now();
            s1 = (sec as i32) ^ ((usec as i32) << 11);
            s2 = std::process::id() as i32 ^ ((usec as i32) << 11);
            if s1 == 0 {
                s1 = 1;
            }
            if s2 == 0 {
                s2 = 1;
            }
        }
        let modmult = |s: i32, a: i32, b: i32, c: i32, m: i32| -> i32 {
            let q = s / a;
            let mut r = b
                .wrapping_mul(s - a.wrapping_mul(q))
                .wrapping_sub(c.wrapping_mul(q));
            if r < 0 {
                r = r.wrapping_add(m);
            }
            r
        };
        s1 = modmult(s1, 53668, 40014, 12211, 2147483563);
        s2 = modmult(s2, 52774, 40692, 3791, 2147483399);
        c.set((s1, s2));
        let mut z = s1.wrapping_sub(s2);
        if z < 1 {
            z = z.wrapping_add(2147483562);
        }
        z as f64 * 4.656613e-10
    })
}

fn lcg_value(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    e.diag(
        Level::Deprecated,
        "Function lcg_value() is deprecated since 8.4, use \\Random\\Randomizer::getFloat() instead",
    )?;
    Ok(Zval::Double(combined_lcg()))
}

thread_local! {
    static LAST_UNIQID: std::cell::Cell<(u64, u32)> = const { std::cell::Cell::new((0, 0)) };
}

fn uniqid(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let prefix = a.opt_str(e, 0)?.unwrap_or_else(ZStr::empty);
    let more = a.bool_or(e, 1, false)?;
    // Without extra entropy PHP waits until the microsecond changes, so that ids differ.
    let (sec, usec) = loop {
        let t = now();
        if more || LAST_UNIQID.with(|l| l.get()) != t {
            break t;
        }
        std::thread::yield_now();
    };
    LAST_UNIQID.with(|l| l.set((sec, usec)));
    let mut out = prefix.as_bytes().to_vec();
    out.extend_from_slice(format!("{:08x}{:05x}", sec, usec).as_bytes());
    if more {
        out.extend_from_slice(format!("{:.8}", combined_lcg() * 10.0).as_bytes());
    }
    // Formatted by PHP's printf into a new string (requested as len + 32).
    Ok(Zval::Str(ZStr::new_safe(&out)))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "abs",
        params: params!["num"],
        variadic: false,
        f: abs,
    },
    Builtin {
        name: "ceil",
        params: params!["num"],
        variadic: false,
        f: ceil,
    },
    Builtin {
        name: "floor",
        params: params!["num"],
        variadic: false,
        f: floor,
    },
    Builtin {
        name: "round",
        params: params!["num", "?precision", "?mode"],
        variadic: false,
        f: round,
    },
    Builtin {
        name: "intdiv",
        params: params!["num1", "num2"],
        variadic: false,
        f: intdiv,
    },
    Builtin {
        name: "fmod",
        params: params!["num1", "num2"],
        variadic: false,
        f: fmod,
    },
    Builtin {
        name: "fdiv",
        params: params!["num1", "num2"],
        variadic: false,
        f: fdiv,
    },
    Builtin {
        name: "fpow",
        params: params!["num", "exponent"],
        variadic: false,
        f: fpow,
    },
    Builtin {
        name: "pow",
        params: params!["num", "exponent"],
        variadic: false,
        f: pow,
    },
    Builtin {
        name: "sqrt",
        params: params!["num"],
        variadic: false,
        f: sqrt,
    },
    Builtin {
        name: "exp",
        params: params!["num"],
        variadic: false,
        f: exp,
    },
    Builtin {
        name: "expm1",
        params: params!["num"],
        variadic: false,
        f: expm1,
    },
    Builtin {
        name: "log",
        params: params!["num", "?base"],
        variadic: false,
        f: log,
    },
    Builtin {
        name: "log10",
        params: params!["num"],
        variadic: false,
        f: log10,
    },
    Builtin {
        name: "log1p",
        params: params!["num"],
        variadic: false,
        f: log1p,
    },
    Builtin {
        name: "sin",
        params: params!["num"],
        variadic: false,
        f: sin,
    },
    Builtin {
        name: "cos",
        params: params!["num"],
        variadic: false,
        f: cos,
    },
    Builtin {
        name: "tan",
        params: params!["num"],
        variadic: false,
        f: tan,
    },
    Builtin {
        name: "asin",
        params: params!["num"],
        variadic: false,
        f: asin,
    },
    Builtin {
        name: "acos",
        params: params!["num"],
        variadic: false,
        f: acos,
    },
    Builtin {
        name: "atan",
        params: params!["num"],
        variadic: false,
        f: atan,
    },
    Builtin {
        name: "atan2",
        params: params!["y", "x"],
        variadic: false,
        f: atan2,
    },
    Builtin {
        name: "sinh",
        params: params!["num"],
        variadic: false,
        f: sinh,
    },
    Builtin {
        name: "cosh",
        params: params!["num"],
        variadic: false,
        f: cosh,
    },
    Builtin {
        name: "tanh",
        params: params!["num"],
        variadic: false,
        f: tanh,
    },
    Builtin {
        name: "asinh",
        params: params!["num"],
        variadic: false,
        f: asinh,
    },
    Builtin {
        name: "acosh",
        params: params!["num"],
        variadic: false,
        f: acosh,
    },
    Builtin {
        name: "atanh",
        params: params!["num"],
        variadic: false,
        f: atanh,
    },
    Builtin {
        name: "hypot",
        params: params!["x", "y"],
        variadic: false,
        f: hypot,
    },
    Builtin {
        name: "deg2rad",
        params: params!["num"],
        variadic: false,
        f: deg2rad,
    },
    Builtin {
        name: "rad2deg",
        params: params!["num"],
        variadic: false,
        f: rad2deg,
    },
    Builtin {
        name: "pi",
        params: params![],
        variadic: false,
        f: pi,
    },
    Builtin {
        name: "is_nan",
        params: params!["num"],
        variadic: false,
        f: is_nan,
    },
    Builtin {
        name: "is_finite",
        params: params!["num"],
        variadic: false,
        f: is_finite,
    },
    Builtin {
        name: "is_infinite",
        params: params!["num"],
        variadic: false,
        f: is_infinite,
    },
    Builtin {
        name: "min",
        params: params!["value"],
        variadic: true,
        f: min,
    },
    Builtin {
        name: "max",
        params: params!["value"],
        variadic: true,
        f: max,
    },
    Builtin {
        name: "bindec",
        params: params!["binary_string"],
        variadic: false,
        f: bindec,
    },
    Builtin {
        name: "octdec",
        params: params!["octal_string"],
        variadic: false,
        f: octdec,
    },
    Builtin {
        name: "hexdec",
        params: params!["hex_string"],
        variadic: false,
        f: hexdec,
    },
    Builtin {
        name: "decbin",
        params: params!["num"],
        variadic: false,
        f: decbin,
    },
    Builtin {
        name: "decoct",
        params: params!["num"],
        variadic: false,
        f: decoct,
    },
    Builtin {
        name: "dechex",
        params: params!["num"],
        variadic: false,
        f: dechex,
    },
    Builtin {
        name: "base_convert",
        params: params!["num", "from_base", "to_base"],
        variadic: false,
        f: base_convert,
    },
    Builtin {
        name: "lcg_value",
        params: params![],
        variadic: false,
        f: lcg_value,
    },
    Builtin {
        name: "uniqid",
        params: params!["?prefix", "?more_entropy"],
        variadic: false,
        f: uniqid,
    },
];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_php_8_4() {
        assert_eq!(php_round(2.5, 0, RoundMode::HalfUp), 3.0);
        assert_eq!(php_round(-2.5, 0, RoundMode::HalfUp), -3.0);
        assert_eq!(php_round(1.955, 2, RoundMode::HalfUp), 1.96);
        assert_eq!(php_round(5.045, 2, RoundMode::HalfUp), 5.05);
        assert_eq!(php_round(5.055, 2, RoundMode::HalfUp), 5.06);
        assert_eq!(php_round(1234567.891, -3, RoundMode::HalfUp), 1235000.0);
        assert_eq!(php_round(2.5, 0, RoundMode::HalfEven), 2.0);
        assert_eq!(php_round(1.5, 0, RoundMode::HalfOdd), 1.0);
        assert_eq!(php_round(-1.2, 0, RoundMode::Floor), -2.0);
        assert_eq!(php_round(1.2, 0, RoundMode::Ceiling), 2.0);
        assert_eq!(php_round(5e-24, 23, RoundMode::HalfUp), 1e-23);
        assert!(php_round(f64::NAN, 2, RoundMode::HalfUp).is_nan());
    }

    #[test]
    fn pow_overflows_to_float() {
        assert_eq!(
            pow_numbers(Numeric::Long(2), Numeric::Long(10)),
            Numeric::Long(1024)
        );
        assert_eq!(
            pow_numbers(Numeric::Long(-2), Numeric::Long(63)),
            Numeric::Long(i64::MIN)
        );
        assert_eq!(
            pow_numbers(Numeric::Long(2), Numeric::Long(63)),
            Numeric::Double(9.223372036854776e18)
        );
        assert_eq!(
            pow_numbers(Numeric::Long(2), Numeric::Long(-1)),
            Numeric::Double(0.5)
        );
    }

    #[test]
    fn bases() {
        assert_eq!(long_to_base(-1, 16), b"ffffffffffffffff".to_vec());
        assert_eq!(long_to_base(5, 2), b"101".to_vec());
        assert_eq!(long_to_base(0, 36), b"0".to_vec());
    }
}
