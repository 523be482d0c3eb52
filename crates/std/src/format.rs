//! Formatted output: the printf family and number_format (`ext/standard/formatted_print.c`,
//! `math.c`).

use crate::math::{php_round, RoundMode};
use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::convert::{self, Numeric};
use memphis_values::{ZStr, Zval};

// ---------------------------------------------------------------------------------------------
// Float text
// ---------------------------------------------------------------------------------------------

/// `v` (finite, not negative) with exactly `prec` digits after the point, correctly rounded
/// (ties to even on exact binary halves, like `zend_dtoa` mode 3).
pub(crate) fn fixed(v: f64, prec: usize) -> String {
    // Fast path: when the shortest round-trip text has no more than `prec` decimals and a
    // unit in the last place is below 10^-prec, the exact value cannot round elsewhere, so the
    // shortest text padded with zeros is the correctly rounded result.
    if prec <= 17
        && v.is_finite()
        && v != 0.0
        && v.abs() < 1e15
        && v.abs() * (2.0 * f64::EPSILON) < 10f64.powi(-(prec as i32))
    {
        let mut s = format!("{v}");
        let decimals = s.find('.').map_or(0, |p| s.len() - p - 1);
        if decimals <= prec {
            if prec > 0 {
                if decimals == 0 {
                    s.push('.');
                }
                s.extend(std::iter::repeat_n('0', prec - decimals));
            }
            return s;
        }
    }
    format!("{:.*}", prec, v)
}

/// Significant digits (trailing zeros removed, at least one) and the decimal exponent of `v`
/// (finite, not negative), rounded to `ndigit` digits, or shortest round-trip when `None`.
fn sig_digits(v: f64, ndigit: Option<usize>) -> (Vec<u8>, i32) {
    if let Some(n) = ndigit {
        if v.fract() == 0.0 && (1.0..1e15).contains(&v) && n > 0 {
            // zend_dtoa's quick path gives up on an exact half and its small-integer path
            // then keeps trailing zeros when the tie rounds down (to even).
            let exact = format!("{v:.0}");
            let all = exact.as_bytes();
            if all.len() > n
                && all[n] == b'5'
                && all[n + 1..].iter().all(|&c| c == b'0')
                && (all[n - 1] - b'0').is_multiple_of(2)
            {
                return (all[..n].to_vec(), all.len() as i32);
            }
        }
    }
    sig_digits_rounded_opt(v, ndigit)
}

fn sig_digits_rounded_opt(v: f64, ndigit: Option<usize>) -> (Vec<u8>, i32) {
    let s = match ndigit {
        Some(n) => format!("{:.*e}", n.saturating_sub(1), v),
        None => format!("{:e}", v),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    (digits, exp + 1)
}

/// PHP's `zend_gcvt`: `%g`-style text with `precision` significant digits (`None`: shortest).
fn gcvt(value: f64, precision: Option<usize>, exp_char: u8) -> Vec<u8> {
    let mut out = Vec::new();
    if value.is_sign_negative() {
        out.push(b'-');
    }
    let v = value.abs();
    let (digits, decpt) = if v == 0.0 {
        (vec![b'0'], 1)
    } else {
        sig_digits(v, precision)
    };
    let ndigit = precision.unwrap_or(17) as i32;
    if if decpt < 0 {
        decpt < -3
    } else {
        decpt > ndigit
    } {
        let e = decpt - 1;
        out.push(digits[0]);
        out.push(b'.');
        if digits.len() > 1 {
            out.extend_from_slice(&digits[1..]);
        } else {
            out.push(b'0');
        }
        out.push(exp_char);
        out.push(if e < 0 { b'-' } else { b'+' });
        out.extend_from_slice(e.unsigned_abs().to_string().as_bytes());
    } else if decpt <= 0 {
        out.extend_from_slice(b"0.");
        out.resize(out.len() + decpt.unsigned_abs() as usize, b'0');
        out.extend_from_slice(&digits);
    } else {
        let dp = decpt as usize;
        for i in 0..dp {
            out.push(digits.get(i).copied().unwrap_or(b'0'));
        }
        if digits.len() > dp {
            out.push(b'.');
            out.extend_from_slice(&digits[dp..]);
        }
    }
    out
}

/// `%e`-style text of `v` (finite, not negative): `d.ddde+X` with `prec` decimals.
fn exp_form(v: f64, prec: usize, exp_char: u8) -> Vec<u8> {
    let s = format!("{:.*e}", prec, v);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut out = mant.as_bytes().to_vec();
    out.push(exp_char);
    out.push(if exp < 0 { b'-' } else { b'+' });
    out.extend_from_slice(exp.unsigned_abs().to_string().as_bytes());
    out
}

// ---------------------------------------------------------------------------------------------
// sprintf
// ---------------------------------------------------------------------------------------------

const MAX_FLOAT_PRECISION: usize = 53;

/// Appends `add` padded to `min_width` (`php_sprintf_appendstring`). With `precision` set the
/// text is cut to that many bytes. A sign is kept in front of zero padding.
#[allow(clippy::too_many_arguments)]
fn append_padded(
    out: &mut Vec<u8>,
    add: &[u8],
    min_width: usize,
    precision: Option<usize>,
    padding: u8,
    left: bool,
    neg: bool,
    always_sign: bool,
) {
    let mut add = add;
    let mut copy_len = match precision {
        Some(p) => p.min(add.len()),
        None => add.len(),
    };
    let npad = min_width.saturating_sub(copy_len);
    if !left {
        if (neg || always_sign) && padding == b'0' && !add.is_empty() {
            out.push(if neg { b'-' } else { b'+' });
            add = &add[1..];
            copy_len = copy_len.saturating_sub(1);
        }
        out.resize(out.len() + npad, padding);
    }
    out.extend_from_slice(&add[..copy_len.min(add.len())]);
    if left {
        out.resize(out.len() + npad, padding);
    }
}

struct Spec {
    width: usize,
    precision: Option<usize>,
    padding: u8,
    left: bool,
    always_sign: bool,
}

fn append_int(out: &mut Vec<u8>, n: i64, sp: &Spec) {
    let mut text = Vec::new();
    if n < 0 {
        text.push(b'-');
    } else if sp.always_sign {
        text.push(b'+');
    }
    text.extend_from_slice(n.unsigned_abs().to_string().as_bytes());
    let padding = if sp.left && sp.padding == b'0' {
        b' '
    } else {
        sp.padding
    };
    append_padded(
        out,
        &text,
        sp.width,
        None,
        padding,
        sp.left,
        n < 0,
        sp.always_sign,
    );
}

fn append_uint(out: &mut Vec<u8>, n: i64, sp: &Spec) {
    let text = (n as u64).to_string();
    let padding = if sp.left && sp.padding == b'0' {
        b' '
    } else {
        sp.padding
    };
    append_padded(
        out,
        text.as_bytes(),
        sp.width,
        None,
        padding,
        sp.left,
        false,
        false,
    );
}

fn append_2n(out: &mut Vec<u8>, n: i64, sp: &Spec, shift: u32, upper: bool) {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mask = (1u64 << shift) - 1;
    let mut u = n as u64;
    let mut text = Vec::new();
    loop {
        text.push(digits[(u & mask) as usize]);
        u >>= shift;
        if u == 0 {
            break;
        }
    }
    text.reverse();
    // PHP passes the precision as a maximum length here: "%.2x" prints only padding.
    let cut = sp.precision.map(|_| 0);
    append_padded(out, &text, sp.width, cut, sp.padding, sp.left, false, false);
}

fn append_double(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    v: f64,
    sp: &Spec,
    fmt: u8,
) -> Result<(), Flow> {
    let mut precision = match sp.precision {
        None => 6,
        Some(p) if p > MAX_FLOAT_PRECISION && p != usize::MAX => {
            e.diag(
                Level::Notice,
                &format!("Requested precision of {p} digits was truncated to PHP maximum of {MAX_FLOAT_PRECISION} digits"),
            )?;
            MAX_FLOAT_PRECISION
        }
        Some(p) => p,
    };
    if v.is_nan() {
        append_padded(
            out,
            b"NaN",
            3,
            None,
            sp.padding,
            sp.left,
            false,
            sp.always_sign,
        );
        return Ok(());
    }
    if v.is_infinite() {
        let neg = v < 0.0;
        let s: &[u8] = if neg { b"-INF" } else { b"INF" };
        append_padded(
            out,
            s,
            s.len(),
            None,
            sp.padding,
            sp.left,
            neg,
            sp.always_sign,
        );
        return Ok(());
    }
    let mut text = Vec::new();
    let neg;
    match fmt {
        b'e' | b'E' | b'f' | b'F' => {
            neg = v < 0.0;
            if neg {
                text.push(b'-');
            } else if sp.always_sign {
                text.push(b'+');
            }
            if fmt == b'f' || fmt == b'F' {
                text.extend_from_slice(fixed(v.abs(), precision).as_bytes());
            } else {
                text.extend_from_slice(&exp_form(v.abs(), precision, fmt));
            }
        }
        _ => {
            if precision == 0 {
                precision = 1;
            }
            let exp_char = if fmt == b'G' || fmt == b'H' {
                b'E'
            } else {
                b'e'
            };
            let p = if precision == usize::MAX {
                None
            } else {
                Some(precision)
            };
            let g = gcvt(v, p, exp_char);
            neg = g.first() == Some(&b'-');
            if !neg && sp.always_sign {
                text.push(b'+');
            }
            text.extend_from_slice(&g);
        }
    }
    append_padded(
        out,
        &text,
        sp.width,
        None,
        sp.padding,
        sp.left,
        neg,
        sp.always_sign,
    );
    Ok(())
}

/// Where the arguments come from, for the error when some are missing.
#[derive(Clone, Copy)]
pub enum ArgSource {
    /// Variadic arguments after `n` fixed ones (`sprintf`: 1, `fprintf`: 2).
    Variadic(usize),
    /// An array (`vsprintf`).
    Array,
}

/// Reads a run of decimal digits as PHP's `php_sprintf_getnumber` does: `None` past `INT_MAX`.
fn get_number(f: &[u8], pos: &mut usize) -> Option<usize> {
    let start = *pos;
    while *pos < f.len() && f[*pos].is_ascii_digit() {
        *pos += 1;
    }
    let mut n: u64 = 0;
    for &c in &f[start..*pos] {
        n = n.saturating_mul(10).saturating_add((c - b'0') as u64);
    }
    if n >= i32::MAX as u64 {
        None
    } else {
        Some(n as usize)
    }
}

fn value_error(e: &mut dyn Engine, msg: String) -> Flow {
    e.error("ValueError", msg)
}

/// An `N$` argument number at `pos` (for `*` widths and precisions), if one is there.
fn star_argnum(e: &mut dyn Engine, f: &[u8], pos: &mut usize) -> Result<Option<usize>, Flow> {
    let mut t = *pos;
    while t < f.len() && f[t].is_ascii_digit() {
        t += 1;
    }
    if f.get(t) != Some(&b'$') {
        return Ok(None);
    }
    match get_number(f, pos) {
        Some(n) if n > 0 => {
            *pos += 1;
            Ok(Some(n - 1))
        }
        _ => Err(value_error(
            e,
            format!(
                "Argument number specifier must be greater than zero and less than {}",
                i32::MAX
            ),
        )),
    }
}

/// PHP's `sprintf` engine over `format` and `args`.
pub fn php_sprintf(
    e: &mut dyn Engine,
    format: &[u8],
    args: &[Zval],
    source: ArgSource,
) -> Result<Vec<u8>, Flow> {
    let f = format;
    let at = |i: usize| f.get(i).copied().unwrap_or(0);
    let mut out = Vec::with_capacity(f.len() + 16);
    let mut pos = 0;
    let mut currarg = 0usize;
    let mut max_missing: Option<usize> = None;
    let nargs = args.len();
    while pos < f.len() {
        if f[pos] != b'%' {
            let next = f[pos..]
                .iter()
                .position(|&c| c == b'%')
                .map_or(f.len(), |p| pos + p);
            out.extend_from_slice(&f[pos..next]);
            pos = next;
            continue;
        }
        if at(pos + 1) == b'%' {
            out.push(b'%');
            pos += 2;
            continue;
        }
        pos += 1;
        let mut sp = Spec {
            width: 0,
            precision: None,
            padding: b' ',
            left: false,
            always_sign: false,
        };
        let mut argnum: Option<usize> = None;
        let mut missing = false;
        if !at(pos).is_ascii_alphabetic() {
            let mut t = pos;
            while t < f.len() && f[t].is_ascii_digit() {
                t += 1;
            }
            if at(t) == b'$' {
                match get_number(f, &mut pos) {
                    Some(n) if n > 0 => argnum = Some(n - 1),
                    _ => {
                        return Err(value_error(
                            e,
                            format!(
                            "Argument number specifier must be greater than zero and less than {}",
                            i32::MAX
                        ),
                        ))
                    }
                }
                pos += 1;
            }
            loop {
                match at(pos) {
                    b' ' | b'0' => sp.padding = at(pos),
                    b'-' => sp.left = true,
                    b'+' => sp.always_sign = true,
                    b'\'' => {
                        if pos + 1 < f.len() {
                            pos += 1;
                            sp.padding = f[pos];
                        } else {
                            return Err(value_error(e, "Missing padding character".into()));
                        }
                    }
                    _ => break,
                }
                pos += 1;
            }
            if at(pos) == b'*' {
                pos += 1;
                let n = match star_argnum(e, f, &mut pos)? {
                    Some(n) => n,
                    None => {
                        currarg += 1;
                        currarg - 1
                    }
                };
                if n >= nargs {
                    max_missing = max_missing.max(Some(n));
                    missing = true;
                } else {
                    match args[n].deref() {
                        Zval::Long(w) => {
                            if !(0..=i32::MAX as i64).contains(&w) {
                                return Err(value_error(
                                    e,
                                    format!("Width must be between 0 and {}", i32::MAX),
                                ));
                            }
                            sp.width = w as usize;
                        }
                        _ => return Err(value_error(e, "Width must be an integer".into())),
                    }
                }
            } else if at(pos).is_ascii_digit() {
                match get_number(f, &mut pos) {
                    Some(w) => sp.width = w,
                    None => {
                        return Err(value_error(
                            e,
                            format!("Width must be between 0 and {}", i32::MAX),
                        ))
                    }
                }
            }
            if !missing && at(pos) == b'.' {
                pos += 1;
                if at(pos) == b'*' {
                    pos += 1;
                    let n = match star_argnum(e, f, &mut pos)? {
                        Some(n) => n,
                        None => {
                            currarg += 1;
                            currarg - 1
                        }
                    };
                    if n >= nargs {
                        max_missing = max_missing.max(Some(n));
                        missing = true;
                    } else {
                        match args[n].deref() {
                            Zval::Long(p) => {
                                if !(-1..=i32::MAX as i64).contains(&p) {
                                    return Err(value_error(
                                        e,
                                        format!("Precision must be between -1 and {}", i32::MAX),
                                    ));
                                }
                                sp.precision = Some(if p == -1 { usize::MAX } else { p as usize });
                            }
                            _ => return Err(value_error(e, "Precision must be an integer".into())),
                        }
                    }
                } else if at(pos).is_ascii_digit() {
                    match get_number(f, &mut pos) {
                        Some(p) => sp.precision = Some(p),
                        None => {
                            return Err(value_error(
                                e,
                                format!("Precision must be between 0 and {}", i32::MAX),
                            ))
                        }
                    }
                } else {
                    sp.precision = Some(0);
                }
            }
        }
        if missing {
            continue;
        }
        if crate::string::refuse_over_limit(sp.width.saturating_add(out.len())) {
            return Ok(Vec::new());
        }
        if at(pos) == b'l' {
            pos += 1;
        }
        let n = match argnum {
            Some(n) => n,
            None => {
                currarg += 1;
                currarg - 1
            }
        };
        if n >= nargs {
            max_missing = max_missing.max(Some(n));
            continue;
        }
        let spec = at(pos);
        if sp.precision == Some(usize::MAX) && !matches!(spec, b'g' | b'G' | b'h' | b'H') {
            return Err(value_error(
                e,
                "Precision -1 is only supported for %g, %G, %h and %H".into(),
            ));
        }
        let arg = args[n].deref();
        match spec {
            b's' => {
                let s = e.to_zstr(&arg)?;
                append_padded(
                    &mut out,
                    s.as_bytes(),
                    sp.width,
                    sp.precision,
                    sp.padding,
                    sp.left,
                    false,
                    false,
                );
            }
            b'd' => append_int(&mut out, convert::to_long(&arg), &sp),
            b'u' => append_uint(&mut out, convert::to_long(&arg), &sp),
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'h' | b'H' => {
                append_double(e, &mut out, convert::to_double(&arg), &sp, spec)?;
            }
            b'c' => out.push(convert::to_long(&arg) as u8),
            b'o' => append_2n(&mut out, convert::to_long(&arg), &sp, 3, false),
            b'x' => append_2n(&mut out, convert::to_long(&arg), &sp, 4, false),
            b'X' => append_2n(&mut out, convert::to_long(&arg), &sp, 4, true),
            b'b' => append_2n(&mut out, convert::to_long(&arg), &sp, 1, false),
            b'%' => out.push(b'%'),
            0 if pos >= f.len() => {
                return Err(value_error(
                    e,
                    "Missing format specifier at end of string".into(),
                ))
            }
            c => {
                let shown = String::from_utf8_lossy(&[c]).into_owned();
                return Err(value_error(
                    e,
                    format!("Unknown format specifier \"{shown}\""),
                ));
            }
        }
        pos += 1;
    }
    if let Some(m) = max_missing {
        return Err(match source {
            ArgSource::Array => value_error(
                e,
                format!(
                    "The arguments array must contain {} items, {} given",
                    m + 1,
                    nargs
                ),
            ),
            ArgSource::Variadic(fixed) => e.error(
                "ArgumentCountError",
                format!(
                    "{} arguments are required, {} given",
                    m + fixed + 1,
                    nargs + fixed
                ),
            ),
        });
    }
    Ok(out)
}

/// The string `sprintf` returns: PHP formats into a 240-byte buffer, doubled as needed, and
/// returns it without trimming.
fn sprintf_result(out: &[u8]) -> ZStr {
    let mut cap = 240usize;
    while cap < out.len() + 1 {
        cap = cap.saturating_mul(2);
    }
    ZStr::with_capacity(out, cap)
}

fn sprintf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let fmt = a.str(e, 0)?;
    let args: Vec<Zval> = a.vals.iter().skip(1).map(Zval::deref).collect();
    let out = php_sprintf(e, fmt.as_bytes(), &args, ArgSource::Variadic(1))?;
    Ok(Zval::Str(sprintf_result(&out)))
}

fn printf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let fmt = a.str(e, 0)?;
    let args: Vec<Zval> = a.vals.iter().skip(1).map(Zval::deref).collect();
    let out = php_sprintf(e, fmt.as_bytes(), &args, ArgSource::Variadic(1))?;
    e.echo(&out);
    Ok(Zval::Long(out.len() as i64))
}

fn array_args(e: &mut dyn Engine, a: &Args) -> Result<Vec<Zval>, Flow> {
    let v = a.get(1);
    match v {
        Zval::Arr(arr) => Ok(arr.values().map(Zval::deref).collect()),
        _ => Err(a.type_error(e, 1, "array", &v)),
    }
}

fn vsprintf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let fmt = a.str(e, 0)?;
    let args = array_args(e, a)?;
    let out = php_sprintf(e, fmt.as_bytes(), &args, ArgSource::Array)?;
    Ok(Zval::Str(sprintf_result(&out)))
}

fn vprintf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let fmt = a.str(e, 0)?;
    let args = array_args(e, a)?;
    let out = php_sprintf(e, fmt.as_bytes(), &args, ArgSource::Array)?;
    e.echo(&out);
    Ok(Zval::Long(out.len() as i64))
}

// ---------------------------------------------------------------------------------------------
// number_format
// ---------------------------------------------------------------------------------------------

/// Inserts `sep` every three digits from the right of `int_part`.
fn group(int_part: &[u8], sep: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(int_part.len() + int_part.len() / 3 * sep.len());
    for (i, &c) in int_part.iter().enumerate() {
        if i > 0 && (int_part.len() - i).is_multiple_of(3) {
            out.extend_from_slice(sep);
        }
        out.push(c);
    }
    out
}

/// PHP's `number_format` for a float.
pub fn number_format_double(d: f64, dec: i32, dec_point: &[u8], thousands: &[u8]) -> Vec<u8> {
    let mut neg = d < 0.0;
    let d = php_round(d.abs(), dec, RoundMode::HalfUp);
    let dec = dec.max(0) as usize;
    if d.is_nan() {
        return b"nan".to_vec();
    }
    if d.is_infinite() {
        return b"inf".to_vec();
    }
    // PHP formats at most 318 decimals (NDIG - 2) and pads the rest with zeros.
    let shown = dec.min(318);
    let text = fixed(d, shown);
    if neg && d == 0.0 {
        neg = false;
    }
    let (ip, fp) = match text.split_once('.') {
        Some((i, f)) => (i.as_bytes(), f.as_bytes()),
        None => (text.as_bytes(), &b""[..]),
    };
    let mut out = Vec::with_capacity(ip.len() * 2 + dec + dec_point.len() + 1);
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&group(ip, thousands));
    if dec > 0 {
        out.extend_from_slice(dec_point);
        out.extend_from_slice(fp);
        out.resize(out.len() + (dec - fp.len()), b'0');
    }
    out
}

/// PHP's `number_format` for an int (negative `dec` rounds to tens, hundreds …).
pub fn number_format_long(n: i64, dec: i32, dec_point: &[u8], thousands: &[u8]) -> Vec<u8> {
    let mut v = n as i128;
    if dec < 0 {
        let places = dec.unsigned_abs();
        if places >= 20 {
            v = 0;
        } else {
            let p = 10i128.pow(places);
            let r = (v.abs() + p / 2) / p * p;
            v = if v < 0 { -r } else { r };
        }
    }
    let mut out = Vec::new();
    if v < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&group(v.unsigned_abs().to_string().as_bytes(), thousands));
    if dec > 0 {
        out.extend_from_slice(dec_point);
        out.resize(out.len() + dec as usize, b'0');
    }
    out
}

fn number_format(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.number(e, 0)?;
    let dec = a.int_or(e, 1, 0)?.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let dp = a.nullable_str(e, 2)?.unwrap_or_else(|| ZStr::single(b'.'));
    let ts = a.nullable_str(e, 3)?.unwrap_or_else(|| ZStr::single(b','));
    if dec > 0 && crate::string::refuse_over_limit(dec as usize) {
        return Ok(Zval::Str(ZStr::empty()));
    }
    let out = match n {
        Numeric::Long(i) => number_format_long(i, dec, dp.as_bytes(), ts.as_bytes()),
        // Negative decimals on a float that fits an int round the integer exactly.
        Numeric::Double(d) if dec < 0 && (i64::MIN as f64..-(i64::MIN as f64)).contains(&d) => {
            number_format_long(d as i64, dec, dp.as_bytes(), ts.as_bytes())
        }
        Numeric::Double(d) => number_format_double(d, dec, dp.as_bytes(), ts.as_bytes()),
    };
    Ok(Zval::Str(ZStr::from_vec(out)))
}

/// Writes `bytes` to a stream through the file extension's `fwrite()`.
fn write_to_stream(e: &mut dyn Engine, stream: Zval, bytes: Vec<u8>) -> Result<(), Flow> {
    e.call(
        &Zval::str(b"fwrite"),
        vec![stream, Zval::Str(ZStr::from_vec(bytes))],
    )?;
    Ok(())
}

fn stream_arg(e: &mut dyn Engine, a: &Args) -> Result<Zval, Flow> {
    let v = a.get(0);
    if matches!(v, Zval::Res(_)) {
        Ok(v)
    } else {
        Err(a.type_error(e, 0, "resource", &v))
    }
}

fn fprintf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let stream = stream_arg(e, a)?;
    let fmt = a.str(e, 1)?;
    let args: Vec<Zval> = a.vals.iter().skip(2).map(Zval::deref).collect();
    let out = php_sprintf(e, fmt.as_bytes(), &args, ArgSource::Variadic(2))?;
    let n = out.len();
    write_to_stream(e, stream, out)?;
    Ok(Zval::Long(n as i64))
}

fn vfprintf(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let stream = stream_arg(e, a)?;
    let fmt = a.str(e, 1)?;
    let v = a.get(2);
    let Zval::Arr(arr) = v else {
        return Err(a.type_error(e, 2, "array", &v));
    };
    let args: Vec<Zval> = arr.values().map(Zval::deref).collect();
    let out = php_sprintf(e, fmt.as_bytes(), &args, ArgSource::Array)?;
    let n = out.len();
    write_to_stream(e, stream, out)?;
    Ok(Zval::Long(n as i64))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "sprintf",
        params: params!["format"],
        variadic: true,
        f: sprintf,
    },
    Builtin {
        name: "printf",
        params: params!["format"],
        variadic: true,
        f: printf,
    },
    Builtin {
        name: "vsprintf",
        params: params!["format", "values"],
        variadic: false,
        f: vsprintf,
    },
    Builtin {
        name: "vprintf",
        params: params!["format", "values"],
        variadic: false,
        f: vprintf,
    },
    Builtin {
        name: "number_format",
        params: params![
            "num",
            "?decimals",
            "?decimal_separator",
            "?thousands_separator"
        ],
        variadic: false,
        f: number_format,
    },
    Builtin {
        name: "fprintf",
        params: params!["stream", "format"],
        variadic: true,
        f: fprintf,
    },
    Builtin {
        name: "vfprintf",
        params: params!["stream", "format", "values"],
        variadic: false,
        f: vfprintf,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_format_keeps_zend_dtoa_quirks() {
        assert_eq!(gcvt(0.0001, Some(6), b'e'), b"0.0001".to_vec());
        assert_eq!(gcvt(0.00001, Some(6), b'e'), b"1.0e-5".to_vec());
        assert_eq!(gcvt(1e15, Some(6), b'e'), b"1.0e+15".to_vec());
        assert_eq!(gcvt(100000.0, Some(6), b'e'), b"100000".to_vec());
        assert_eq!(gcvt(-0.0, Some(6), b'e'), b"-0".to_vec());
        // An exact half rounded down to even keeps its trailing zero (small-integer path).
        assert_eq!(gcvt(2040605.0, Some(6), b'e'), b"2.04060e+6".to_vec());
        assert_eq!(gcvt(4788602.0, Some(6), b'e'), b"4.7886e+6".to_vec());
    }

    #[test]
    fn exponent_and_fixed_forms() {
        assert_eq!(exp_form(1234.5678, 6, b'e'), b"1.234568e+3".to_vec());
        assert_eq!(exp_form(0.0, 6, b'e'), b"0.000000e+0".to_vec());
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(2.5, 0), "2");
    }

    #[test]
    fn number_format_groups_and_rounds() {
        assert_eq!(
            number_format_double(1234567.891, 2, b".", b","),
            b"1,234,567.89".to_vec()
        );
        assert_eq!(number_format_double(1.005, 2, b".", b","), b"1.01".to_vec());
        assert_eq!(number_format_double(-0.4, 0, b".", b","), b"0".to_vec());
        assert_eq!(
            number_format_long(i64::MIN, -1, b".", b","),
            b"-9,223,372,036,854,775,810".to_vec()
        );
        assert_eq!(
            number_format_long(1234, 2, b",", b"."),
            b"1.234,00".to_vec()
        );
    }
}
