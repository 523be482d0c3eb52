//! PHP's conversions and comparisons between values (`Zend/zend_operators.c` behaviour).

use crate::{KeyRef, ZArr, ZStr, Zval};
use std::cmp::Ordering;

/// What a string looks like as a number (`is_numeric_string_ex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeric {
    /// An integer that fits.
    Long(i64),
    /// A float (or an integer too big for `int`).
    Double(f64),
}

impl Numeric {
    /// As a float.
    pub fn as_f64(self) -> f64 {
        match self {
            Numeric::Long(i) => i as f64,
            Numeric::Double(d) => d,
        }
    }
    /// As a zval.
    pub fn to_zval(self) -> Zval {
        match self {
            Numeric::Long(i) => Zval::Long(i),
            Numeric::Double(d) => Zval::Double(d),
        }
    }
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Parses the numeric prefix of `s`. Returns the number and how many bytes it used (including
/// leading whitespace), or `None` when `s` does not start with a number.
pub fn numeric_prefix(s: &[u8]) -> Option<(Numeric, usize)> {
    let mut i = 0;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    let start = i;
    if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut is_double = false;
    let mut frac_digits = 0;
    if i < s.len() && s[i] == b'.' {
        let mut j = i + 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        frac_digits = j - i - 1;
        if int_digits > 0 || frac_digits > 0 {
            is_double = true;
            i = j;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'-' || s[j] == b'+') {
            j += 1;
        }
        if j < s.len() && s[j].is_ascii_digit() {
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            is_double = true;
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).unwrap_or("0");
    if !is_double {
        if let Ok(v) = text.parse::<i64>() {
            return Some((Numeric::Long(v), i));
        }
    }
    let d = text.parse::<f64>().unwrap_or(0.0);
    Some((Numeric::Double(d), i))
}

/// A string's numeric value if the whole string is numeric (whitespace allowed around it):
/// PHP 8's "numeric string".
pub fn numeric_string(s: &[u8]) -> Option<Numeric> {
    let (n, mut used) = numeric_prefix(s)?;
    while used < s.len() && is_ws(s[used]) {
        used += 1;
    }
    (used == s.len()).then_some(n)
}

/// How a string fares as an arithmetic operand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OperandNumber {
    /// Numeric string: fine.
    Numeric(Numeric),
    /// Leading-numeric (`"12abc"`): value plus "A non-numeric value encountered" warning.
    Leading(Numeric),
    /// Not numeric at all: TypeError for arithmetic.
    NonNumeric,
}

/// Classifies a string operand of an arithmetic operator.
pub fn operand_number(s: &[u8]) -> OperandNumber {
    match numeric_prefix(s) {
        None => OperandNumber::NonNumeric,
        Some((n, mut used)) => {
            while used < s.len() && is_ws(s[used]) {
                used += 1;
            }
            if used == s.len() {
                OperandNumber::Numeric(n)
            } else {
                OperandNumber::Leading(n)
            }
        }
    }
}

/// `(int)` of a float: truncation, out-of-range values wrap modulo 2^64, NaN and infinities
/// give 0 (`zend_dval_to_lval`).
pub fn double_to_long(d: f64) -> i64 {
    if !d.is_finite() {
        return 0;
    }
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
        return d as i64;
    }
    let two64 = 18446744073709551616.0f64;
    let mut m = d.trunc() % two64;
    if m < 0.0 {
        m += two64;
    }
    (m as u64) as i64
}

/// `(int)` of a float coming from a numeric string: saturating (`zend_dval_to_lval_cap`).
pub fn double_to_long_cap(d: f64) -> i64 {
    if d.is_nan() {
        return 0;
    }
    if d >= 9.223_372_036_854_776e18 {
        i64::MAX
    } else if d <= -9.223_372_036_854_776e18 {
        i64::MIN
    } else {
        d as i64
    }
}

/// `(int)$s` for a string.
pub fn str_to_long(s: &[u8]) -> i64 {
    match numeric_prefix(s) {
        Some((Numeric::Long(i), _)) => i,
        Some((Numeric::Double(d), _)) => double_to_long_cap(d),
        None => 0,
    }
}

/// `(float)$s` for a string.
pub fn str_to_double(s: &[u8]) -> f64 {
    numeric_prefix(s).map_or(0.0, |(n, _)| n.as_f64())
}

/// `(bool)$v`.
pub fn to_bool(v: &Zval) -> bool {
    match v {
        Zval::Undef | Zval::Null => false,
        Zval::Bool(b) => *b,
        Zval::Long(i) => *i != 0,
        Zval::Double(d) => *d != 0.0,
        Zval::Str(s) => !(s.is_empty() || s.as_bytes() == b"0"),
        Zval::Arr(a) => !a.is_empty(),
        Zval::Obj(_) | Zval::Res(_) => true,
        Zval::Ref(r) => r.with(to_bool),
    }
}

/// `(int)$v` for non-objects (objects give 1; the VM warns).
pub fn to_long(v: &Zval) -> i64 {
    match v {
        Zval::Undef | Zval::Null => 0,
        Zval::Bool(b) => *b as i64,
        Zval::Long(i) => *i,
        Zval::Double(d) => double_to_long(*d),
        Zval::Str(s) => str_to_long(s.as_bytes()),
        Zval::Arr(a) => !a.is_empty() as i64,
        Zval::Obj(_) => 1,
        Zval::Res(r) => r.handle() as i64,
        Zval::Ref(r) => r.with(to_long),
    }
}

/// `(float)$v` for non-objects.
pub fn to_double(v: &Zval) -> f64 {
    match v {
        Zval::Undef | Zval::Null => 0.0,
        Zval::Bool(b) => *b as i64 as f64,
        Zval::Long(i) => *i as f64,
        Zval::Double(d) => *d,
        Zval::Str(s) => str_to_double(s.as_bytes()),
        Zval::Arr(a) => !a.is_empty() as i64 as f64,
        Zval::Obj(_) => 1.0,
        Zval::Res(r) => r.handle() as f64,
        Zval::Ref(r) => r.with(to_double),
    }
}

/// Formats a float as PHP does: `precision` significant digits (`precision` ini, 14 for echo)
/// or, with `-1`, the shortest round-trip digits (`serialize_precision`, for var_dump,
/// var_export, json_encode). Exponent form beyond the precision or below 1e-4 (`1.0E+25`).
pub fn format_double(d: f64, precision: i32) -> String {
    if d.is_nan() {
        return "NAN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if d == 0.0 {
        return if d.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let (digits, decpt, ndigit) = float_digits(d.abs(), precision);
    let mut out = String::new();
    if d < 0.0 {
        out.push('-');
    }
    if decpt < -3 || decpt > ndigit {
        // Exponent form: d.dddE+x
        let exp = decpt - 1;
        out.push_str(&digits[..1]);
        out.push('.');
        if digits.len() > 1 {
            out.push_str(&digits[1..]);
        } else {
            out.push('0');
        }
        out.push('E');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&exp.abs().to_string());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let dp = decpt as usize;
        if digits.len() <= dp {
            out.push_str(&digits);
            for _ in digits.len()..dp {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..dp]);
            out.push('.');
            out.push_str(&digits[dp..]);
        }
    }
    out
}

/// Significant digits (no trailing zeros) and decimal-point position of a positive finite
/// float, plus the digit budget that decides exponent form.
fn float_digits(d: f64, precision: i32) -> (String, i32, i32) {
    if precision < 0 {
        let mut buf = ryu::Buffer::new();
        let s = buf.format_finite(d);
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(p) => (&s[..p], s[p + 1..].parse::<i32>().unwrap_or(0)),
            None => (s, 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(p) => (&mant[..p], &mant[p + 1..]),
            None => (mant, ""),
        };
        let mut all: String = format!("{ip}{fp}");
        let mut decpt = ip.len() as i32 + exp;
        let lead = all.len() - all.trim_start_matches('0').len();
        all.drain(..lead);
        decpt -= lead as i32;
        let t = all.trim_end_matches('0').len();
        all.truncate(t.max(1));
        return (all, decpt, 17);
    }
    let p = precision.max(1) as usize;
    let s = format!("{:.*e}", p - 1, d);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let t = digits.trim_end_matches('0').len();
    digits.truncate(t.max(1));
    (digits, exp + 1, precision)
}

/// `(string)` of a scalar (arrays and objects are the VM's business).
pub fn scalar_to_bytes(v: &Zval, precision: i32) -> Vec<u8> {
    match v {
        Zval::Undef | Zval::Null | Zval::Bool(false) => Vec::new(),
        Zval::Bool(true) => b"1".to_vec(),
        Zval::Long(i) => i.to_string().into_bytes(),
        Zval::Double(d) => format_double(*d, precision).into_bytes(),
        Zval::Str(s) => s.as_bytes().to_vec(),
        Zval::Arr(_) => b"Array".to_vec(),
        Zval::Obj(_) => Vec::new(),
        Zval::Res(r) => format!("Resource id #{}", r.handle()).into_bytes(),
        Zval::Ref(r) => r.with(|v| scalar_to_bytes(v, precision)),
    }
}

/// `(string)` of an int, reusing the interned one-digit strings as PHP does.
pub fn long_to_zstr(i: i64) -> ZStr {
    if (0..10).contains(&i) {
        return ZStr::single(b'0' + i as u8);
    }
    let mut buf = [0u8; 20];
    ZStr::new(itoa(i, &mut buf))
}

/// Appends the decimal digits of `i` (with a minus sign) to `out`.
pub fn push_itoa(out: &mut Vec<u8>, i: i64) {
    let mut buf = [0u8; 20];
    out.extend_from_slice(itoa(i, &mut buf));
}

/// The decimal digits of `i` (with a minus sign), written at the end of `buf`.
pub fn itoa(i: i64, buf: &mut [u8; 20]) -> &[u8] {
    // Two digits per division, from a table of "00" to "99".
    const PAIRS: [u8; 200] = {
        let mut t = [0u8; 200];
        let mut k = 0;
        while k < 100 {
            t[2 * k] = b'0' + (k / 10) as u8;
            t[2 * k + 1] = b'0' + (k % 10) as u8;
            k += 1;
        }
        t
    };
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    while n >= 100 {
        let r = (n % 100) as usize;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[2 * r..2 * r + 2]);
    }
    if n >= 10 {
        let r = n as usize;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[2 * r..2 * r + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

fn ord(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn cmp_f64(a: f64, b: f64) -> i32 {
    // PHP's ZEND_NORMALIZE_BOOL(a - b) semantics: NaN compares as "not equal, not less".
    if a < b {
        -1
    } else if a > b {
        1
    } else if a == b {
        0
    } else {
        1
    }
}

/// Compares two strings as PHP's `==`/`<=>` do: numerically when both are numeric strings,
/// else bytewise.
pub fn compare_strings(a: &[u8], b: &[u8]) -> i32 {
    if let (Some(x), Some(y)) = (numeric_string(a), numeric_string(b)) {
        return match (x, y) {
            (Numeric::Long(i), Numeric::Long(j)) => ord(i.cmp(&j)),
            _ => cmp_f64(x.as_f64(), y.as_f64()),
        };
    }
    ord(a.cmp(b))
}

fn compare_long_string(i: i64, s: &[u8]) -> i32 {
    match numeric_string(s) {
        Some(Numeric::Long(j)) => ord(i.cmp(&j)),
        Some(Numeric::Double(d)) => cmp_f64(i as f64, d),
        None => ord(i.to_string().as_bytes().cmp(s)),
    }
}

fn compare_double_string(f: f64, s: &[u8]) -> i32 {
    match numeric_string(s) {
        Some(n) => cmp_f64(f, n.as_f64()),
        None => {
            if f.is_nan() {
                return 1;
            }
            ord(format_double(f, 14).as_bytes().cmp(s))
        }
    }
}

/// Result of a loose comparison; `Uncomparable` is what PHP gets for `[] <=> 1`-style
/// mismatches that are "greater" one way and never equal.
pub fn compare(a: &Zval, b: &Zval) -> i32 {
    use Zval::*;
    match (a, b) {
        (Ref(r), _) => r.with(|x| compare(x, b)),
        (_, Ref(r)) => r.with(|y| compare(a, y)),
        (Long(x), Long(y)) => ord(x.cmp(y)),
        (Long(x), Double(y)) => cmp_f64(*x as f64, *y),
        (Double(x), Long(y)) => cmp_f64(*x, *y as f64),
        (Double(x), Double(y)) => cmp_f64(*x, *y),
        (Str(x), Str(y)) => {
            if x.ptr_eq(y) {
                0
            } else {
                compare_strings(x.as_bytes(), y.as_bytes())
            }
        }
        (Undef | Null, Undef | Null) => 0,
        (Undef | Null, Bool(y)) => ord(false.cmp(y)),
        (Bool(x), Undef | Null) => ord(x.cmp(&false)),
        (Bool(x), _) => ord(x.cmp(&to_bool(b))),
        (_, Bool(y)) => ord(to_bool(a).cmp(y)),
        (Undef | Null, Str(s)) => {
            if s.is_empty() {
                0
            } else {
                -1
            }
        }
        (Str(s), Undef | Null) => {
            if s.is_empty() {
                0
            } else {
                1
            }
        }
        (Undef | Null, Obj(_)) => -1,
        (Obj(_), Undef | Null) => 1,
        (Undef | Null, _) => ord(false.cmp(&to_bool(b))),
        (_, Undef | Null) => ord(to_bool(a).cmp(&false)),
        (Long(i), Str(s)) => compare_long_string(*i, s.as_bytes()),
        (Str(s), Long(i)) => -compare_long_string(*i, s.as_bytes()),
        (Double(f), Str(s)) => compare_double_string(*f, s.as_bytes()),
        (Str(s), Double(f)) => -compare_double_string(*f, s.as_bytes()),
        (Res(x), Res(y)) => ord(x.handle().cmp(&y.handle())),
        (Res(x), _) => compare(&Long(x.handle() as i64), b),
        (_, Res(y)) => compare(a, &Long(y.handle() as i64)),
        (Arr(x), Arr(y)) => compare_arrays(x, y),
        (Arr(_), _) => 1,
        (_, Arr(_)) => -1,
        (Obj(x), Obj(y)) => compare_objects(x, y),
        (Obj(_), _) => 1,
        (_, Obj(_)) => -1,
    }
}

fn compare_arrays(x: &ZArr, y: &ZArr) -> i32 {
    if x.ptr_eq(y) {
        return 0;
    }
    if x.len() != y.len() {
        return if x.len() < y.len() { -1 } else { 1 };
    }
    for (k, v) in x.iter() {
        let other = match k {
            KeyRef::Int(i) => y.get_int(i),
            KeyRef::Str(s) => y.get_str(s.as_bytes()),
        };
        match other {
            None => return 1,
            Some(w) => {
                let c = compare(v, w);
                if c != 0 {
                    return c;
                }
            }
        }
    }
    0
}

fn compare_objects(x: &crate::ZObj, y: &crate::ZObj) -> i32 {
    if x.ptr_eq(y) {
        return 0;
    }
    if !std::rc::Rc::ptr_eq(x.class(), y.class()) {
        return 1;
    }
    for i in 0..x.num_slots() {
        let (a, b) = (x.slot(i), y.slot(i));
        match (a.is_undef(), b.is_undef()) {
            (true, true) => continue,
            (true, false) => return -1,
            (false, true) => return 1,
            _ => {}
        }
        let c = compare(&a, &b);
        if c != 0 {
            return c;
        }
    }
    match (x.dyn_props(), y.dyn_props()) {
        (Some(a), Some(b)) => compare_arrays(&a, &b),
        (Some(a), None) => (!a.is_empty()) as i32,
        (None, Some(b)) => -((!b.is_empty()) as i32),
        (None, None) => 0,
    }
}

/// `==`.
pub fn loose_eq(a: &Zval, b: &Zval) -> bool {
    use Zval::*;
    match (a, b) {
        (Ref(r), _) => r.with(|x| loose_eq(x, b)),
        (_, Ref(r)) => r.with(|y| loose_eq(a, y)),
        (Str(x), Str(y)) => {
            x.ptr_eq(y) || {
                let (p, q) = (x.as_bytes(), y.as_bytes());
                match (numeric_string(p), numeric_string(q)) {
                    (Some(m), Some(n)) => match (m, n) {
                        (Numeric::Long(i), Numeric::Long(j)) => i == j,
                        _ => m.as_f64() == n.as_f64(),
                    },
                    _ => p == q,
                }
            }
        }
        (Arr(x), Arr(y)) => {
            x.ptr_eq(y)
                || (x.len() == y.len()
                    && x.iter().all(|(k, v)| {
                        let w = match k {
                            KeyRef::Int(i) => y.get_int(i),
                            KeyRef::Str(s) => y.get_str(s.as_bytes()),
                        };
                        w.is_some_and(|w| loose_eq(v, w))
                    }))
        }
        (Obj(x), Obj(y)) => x.ptr_eq(y) || compare_objects(x, y) == 0,
        (Double(x), Double(y)) => x == y,
        (Long(x), Double(y)) | (Double(y), Long(x)) => (*x as f64) == *y,
        _ => compare(a, b) == 0,
    }
}

/// `===`.
pub fn strict_eq(a: &Zval, b: &Zval) -> bool {
    use Zval::*;
    match (a, b) {
        (Ref(r), _) => r.with(|x| strict_eq(x, b)),
        (_, Ref(r)) => r.with(|y| strict_eq(a, y)),
        (Undef | Null, Undef | Null) => true,
        (Bool(x), Bool(y)) => x == y,
        (Long(x), Long(y)) => x == y,
        (Double(x), Double(y)) => x == y,
        (Str(x), Str(y)) => x.ptr_eq(y) || x.as_bytes() == y.as_bytes(),
        (Arr(x), Arr(y)) => {
            x.ptr_eq(y)
                || (x.len() == y.len() && {
                    let mut i1 = x.iter();
                    let mut i2 = y.iter();
                    loop {
                        match (i1.next(), i2.next()) {
                            (None, None) => break true,
                            (Some((k1, v1)), Some((k2, v2))) => {
                                let keq = match (k1, k2) {
                                    (KeyRef::Int(a), KeyRef::Int(b)) => a == b,
                                    (KeyRef::Str(a), KeyRef::Str(b)) => {
                                        a.as_bytes() == b.as_bytes()
                                    }
                                    _ => false,
                                };
                                if !keq || !strict_eq(v1, v2) {
                                    break false;
                                }
                            }
                            _ => break false,
                        }
                    }
                })
        }
        (Obj(x), Obj(y)) => x.ptr_eq(y),
        (Res(x), Res(y)) => x.ptr_eq(y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_php() {
        assert_eq!(format_double(1e14, 14), "1.0E+14");
        assert_eq!(format_double(1e13, 14), "10000000000000");
        assert_eq!(format_double(0.1 + 0.2, 14), "0.3");
        assert_eq!(format_double(0.1 + 0.2, -1), "0.30000000000000004");
        assert_eq!(format_double(1e16, -1), "10000000000000000");
        assert_eq!(format_double(1e17, -1), "1.0E+17");
        assert_eq!(format_double(1e-5, 14), "1.0E-5");
        assert_eq!(format_double(0.0001, 14), "0.0001");
        assert_eq!(format_double(1.0 / 3.0, 14), "0.33333333333333");
        assert_eq!(format_double(-0.0, 14), "-0");
        assert_eq!(format_double(100.0, -1), "100");
        assert_eq!(format_double(2.5e-7, -1), "2.5E-7");
        assert_eq!(
            format_double(123456789012345678.0, 14),
            "1.2345678901235E+17"
        );
    }

    #[test]
    fn numeric_strings() {
        assert_eq!(numeric_string(b" 12 "), Some(Numeric::Long(12)));
        assert_eq!(numeric_string(b"1e3"), Some(Numeric::Double(1000.0)));
        assert_eq!(numeric_string(b"12abc"), None);
        assert_eq!(str_to_long(b"9999999999999999999"), i64::MAX);
        assert_eq!(double_to_long(1e20), 7766279631452241920);
        assert_eq!(crate::array::canonical_int(b"-0"), None);
        assert_eq!(crate::array::canonical_int(b"-10"), Some(-10));
    }
}
