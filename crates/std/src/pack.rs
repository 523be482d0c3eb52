//! `pack` and `unpack`: binary strings from values and back, with PHP's format codes,
//! repeaters (`*` for "all"), byte orders and its errors and warnings.

use crate::args::Args;
use crate::string::sv;
use crate::{params, BResult, Builtin, Engine, Flow, Level};
use memphis_values::convert::{to_double, to_long};
use memphis_values::{Key, ZArr, Zval};

/// How many items a code takes: a count, or `*` (all that remain).
#[derive(Clone, Copy, PartialEq)]
enum Rep {
    Count(usize),
    All,
}

/// Splits a format into its codes and repeaters (`None` where no repeater was written).
fn codes(format: &[u8]) -> Vec<(u8, Option<Rep>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        i += 1;
        let rep = if i < format.len() && format[i] == b'*' {
            i += 1;
            Some(Rep::All)
        } else if i < format.len() && format[i].is_ascii_digit() {
            // Read as C's atoi reads it (strtol clamped, then an int): a count past the
            // int range wraps, and a negative one means `*`.
            let mut v: i64 = 0;
            while i < format.len() && format[i].is_ascii_digit() {
                v = v
                    .saturating_mul(10)
                    .saturating_add((format[i] - b'0') as i64);
                i += 1;
            }
            let n = v as i32;
            Some(if n < 0 {
                Rep::All
            } else {
                Rep::Count(n as usize)
            })
        } else {
            None
        };
        out.push((c, rep));
    }
    out
}

/// Size in bytes of one item of numeric code `c` (`None` for the string and position codes).
fn width(c: u8) -> Option<usize> {
    Some(match c {
        b'c' | b'C' => 1,
        b's' | b'S' | b'n' | b'v' => 2,
        b'i' | b'I' | b'l' | b'L' | b'N' | b'V' | b'f' | b'g' | b'G' => 4,
        b'q' | b'Q' | b'J' | b'P' | b'd' | b'e' | b'E' => 8,
        _ => return None,
    })
}

/// The bytes of integer `v` for code `c` (machine order is little-endian).
fn int_bytes(c: u8, v: i64) -> Vec<u8> {
    match c {
        b'c' | b'C' => vec![v as u8],
        b's' | b'S' | b'v' => (v as u16).to_le_bytes().to_vec(),
        b'n' => (v as u16).to_be_bytes().to_vec(),
        b'i' | b'I' | b'l' | b'L' | b'V' => (v as u32).to_le_bytes().to_vec(),
        b'N' => (v as u32).to_be_bytes().to_vec(),
        b'q' | b'Q' | b'P' => v.to_le_bytes().to_vec(),
        _ => v.to_be_bytes().to_vec(), // J
    }
}

/// The bytes of float `v` for code `c`.
fn float_bytes(c: u8, v: f64) -> Vec<u8> {
    match c {
        b'f' | b'g' => (v as f32).to_le_bytes().to_vec(),
        b'G' => (v as f32).to_be_bytes().to_vec(),
        b'd' | b'e' => v.to_le_bytes().to_vec(),
        _ => v.to_be_bytes().to_vec(), // E
    }
}

/// A string argument's bytes as `pack` reads them.
fn arg_bytes(e: &mut dyn Engine, v: &Zval) -> Result<Vec<u8>, Flow> {
    Ok(e.to_zstr(v)?.as_bytes().to_vec())
}

/// Hex digits packed two to a byte, high nibble first (`H`) or low first (`h`).
fn pack_hex(late: &mut Vec<String>, code: u8, digits: &[u8], n: usize) -> Vec<u8> {
    let digits = &digits[..n.min(digits.len())];
    let mut out = vec![0u8; digits.len().div_ceil(2)];
    for (i, &d) in digits.iter().enumerate() {
        let nib = match d {
            b'0'..=b'9' => d - b'0',
            b'a'..=b'f' => d - b'a' + 10,
            b'A'..=b'F' => d - b'A' + 10,
            _ => {
                late.push(format!(
                    "Type {}: illegal hex digit {}",
                    code as char, d as char
                ));
                0
            }
        };
        let high = (i % 2 == 0) == (code == b'H');
        out[i / 2] |= if high { nib << 4 } else { nib };
    }
    out
}

fn pack(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let format = a.str(e, 0)?;
    let args: Vec<Zval> = a.vals.iter().skip(1).map(|v| v.deref()).collect();
    let mut next = 0usize;
    let mut out: Vec<u8> = Vec::new();
    // Warnings of PHP's writing pass, raised after those of its checking pass.
    let mut late: Vec<String> = Vec::new();
    for (c, rep) in codes(format.as_bytes()) {
        match c {
            b'a' | b'A' | b'Z' | b'h' | b'H' => {
                let Some(v) = args.get(next) else {
                    return Err(e.error(
                        "ValueError",
                        format!("Type {}: not enough arguments", c as char),
                    ));
                };
                next += 1;
                let s = arg_bytes(e, v)?;
                match c {
                    b'h' | b'H' => {
                        let want = match rep {
                            Some(Rep::All) => s.len(),
                            Some(Rep::Count(n)) => n,
                            None => 1,
                        };
                        if want > s.len() {
                            e.diag(
                                Level::Warning,
                                &format!("Type {}: not enough characters in string", c as char),
                            )?;
                        }
                        let n = want.min(s.len());
                        out.extend(pack_hex(&mut late, c, &s, n));
                    }
                    _ => {
                        let n = match rep {
                            // `Z*` adds the terminating NUL.
                            Some(Rep::All) => s.len() + usize::from(c == b'Z'),
                            Some(Rep::Count(n)) => n,
                            None => 1,
                        };
                        let pad = if c == b'A' { b' ' } else { 0 };
                        if crate::string::refuse_over_limit(out.len().saturating_add(n)) {
                            return Ok(Zval::Bool(false));
                        }
                        // `Z` always ends with a NUL within its width.
                        let room = if c == b'Z' { n.saturating_sub(1) } else { n };
                        let take = s.len().min(room);
                        out.extend_from_slice(&s[..take]);
                        out.resize(out.len() + (n - take), pad);
                    }
                }
            }
            b'x' => {
                let n = match rep {
                    Some(Rep::Count(n)) => n,
                    Some(Rep::All) => {
                        e.diag(Level::Warning, "Type x: '*' ignored")?;
                        1
                    }
                    None => 1,
                };
                if crate::string::refuse_over_limit(out.len().saturating_add(n)) {
                    return Ok(Zval::Bool(false));
                }
                out.resize(out.len() + n, 0);
            }
            b'X' => {
                let n = match rep {
                    Some(Rep::Count(n)) => n,
                    Some(Rep::All) => {
                        e.diag(Level::Warning, "Type X: '*' ignored")?;
                        1
                    }
                    None => 1,
                };
                if n > out.len() {
                    late.push("Type X: outside of string".to_string());
                }
                out.truncate(out.len().saturating_sub(n));
            }
            b'@' => {
                let n = match rep {
                    Some(Rep::Count(n)) => n,
                    Some(Rep::All) => {
                        e.diag(Level::Warning, "Type @: '*' ignored")?;
                        1
                    }
                    None => 1,
                };
                if crate::string::refuse_over_limit(n) {
                    return Ok(Zval::Bool(false));
                }
                out.resize(n, 0);
            }
            _ if width(c).is_some() => {
                let n = match rep {
                    Some(Rep::All) => args.len().saturating_sub(next),
                    Some(Rep::Count(n)) => n,
                    None => 1,
                };
                if next.saturating_add(n) > args.len() {
                    return Err(e.error(
                        "ValueError",
                        format!("Type {}: too few arguments", c as char),
                    ));
                }
                for v in &args[next..next + n] {
                    match c {
                        b'f' | b'g' | b'G' | b'd' | b'e' | b'E' => {
                            out.extend(float_bytes(c, to_double(v)))
                        }
                        _ => out.extend(int_bytes(c, to_long(v))),
                    }
                }
                next += n;
            }
            _ => {
                return Err(e.error(
                    "ValueError",
                    format!("Type {}: unknown format code", c as char),
                ));
            }
        }
    }
    if next < args.len() {
        e.diag(
            Level::Warning,
            &format!("{} arguments unused", args.len() - next),
        )?;
    }
    // PHP checks the codes and arguments in a first pass and writes in a second, which
    // raises these.
    for w in late {
        e.diag(Level::Warning, &w)?;
    }
    Ok(sv(out))
}

/// The integer item of code `c` at the start of `b` (which holds at least its width).
fn read_int(c: u8, b: &[u8]) -> i64 {
    let a2 = || [b[0], b[1]];
    let a4 = || [b[0], b[1], b[2], b[3]];
    let a8 = || [b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]];
    match c {
        b'c' => b[0] as i8 as i64,
        b'C' => b[0] as i64,
        b's' => i16::from_le_bytes(a2()) as i64,
        b'S' | b'v' => u16::from_le_bytes(a2()) as i64,
        b'n' => u16::from_be_bytes(a2()) as i64,
        b'i' | b'l' => i32::from_le_bytes(a4()) as i64,
        b'I' | b'L' | b'V' => u32::from_le_bytes(a4()) as i64,
        b'N' => u32::from_be_bytes(a4()) as i64,
        b'q' | b'Q' | b'P' => i64::from_le_bytes(a8()),
        _ => i64::from_be_bytes(a8()), // J
    }
}

/// The float item of code `c` at the start of `b`.
fn read_float(c: u8, b: &[u8]) -> f64 {
    let a4 = || [b[0], b[1], b[2], b[3]];
    let a8 = || [b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]];
    match c {
        b'f' | b'g' => f32::from_le_bytes(a4()) as f64,
        b'G' => f32::from_be_bytes(a4()) as f64,
        b'd' | b'e' => f64::from_le_bytes(a8()),
        _ => f64::from_be_bytes(a8()), // E
    }
}

/// The key of item `i` (0-based) of a code named `name` repeated `reps` times.
fn item_key(name: &[u8], reps: Option<Rep>, i: usize) -> Key {
    if (reps == Some(Rep::Count(1)) || reps.is_none()) && !name.is_empty() {
        return Key::from_bytes(name);
    }
    let mut k = name.to_vec();
    k.extend_from_slice((i + 1).to_string().as_bytes());
    Key::from_bytes(&k)
}

fn unpack(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let format = a.str(e, 0)?;
    let data = a.str(e, 1)?;
    let offset = a.int_or(e, 2, 0)?;
    if offset < 0 || offset as usize > data.len() {
        return Err(a.value_error(e, 2, "must be contained in argument #2 ($data)"));
    }
    let input = &data.as_bytes()[offset as usize..];
    let mut pos = 0usize;
    let mut out = ZArr::new();
    for part in format.as_bytes().split(|&b| b == b'/') {
        if part.is_empty() {
            continue;
        }
        let c = part[0];
        let mut j = 1;
        let rep = if j < part.len() && part[j] == b'*' {
            j += 1;
            Some(Rep::All)
        } else if j < part.len() && part[j].is_ascii_digit() {
            let mut v: u64 = 0;
            while j < part.len() && part[j].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add((part[j] - b'0') as u64);
                j += 1;
            }
            // PHP reads the count as a C int and refuses one past its range.
            if v > i32::MAX as u64 {
                e.diag(
                    Level::Warning,
                    &format!("Type {}: integer overflow", c as char),
                )?;
                return Ok(Zval::Bool(false));
            }
            Some(Rep::Count(v as usize))
        } else {
            None
        };
        let name = &part[j..];
        let short = |e: &mut dyn Engine, need: usize, have: usize| -> Result<Zval, Flow> {
            e.diag(
                Level::Warning,
                &format!(
                    "Type {}: not enough input values, need {need} values but only {have} {} provided",
                    c as char,
                    if have == 1 { "was" } else { "were" }
                ),
            )?;
            Ok(Zval::Bool(false))
        };
        let rest = input.len().saturating_sub(pos);
        match c {
            b'a' | b'A' | b'Z' => {
                let n = match rep {
                    Some(Rep::All) => rest,
                    Some(Rep::Count(n)) => n,
                    None => 1,
                };
                if n > rest {
                    return short(e, n, rest);
                }
                let s = &input[pos..pos + n];
                pos += n;
                let v: &[u8] = match c {
                    b'a' => s,
                    b'A' => {
                        let end = s
                            .iter()
                            .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0))
                            .map_or(0, |p| p + 1);
                        &s[..end]
                    }
                    _ => &s[..s.iter().position(|&b| b == 0).unwrap_or(s.len())],
                };
                out.insert(item_key(name, Some(Rep::Count(1)), 0), sv(v.to_vec()));
            }
            b'h' | b'H' => {
                let nibbles = match rep {
                    Some(Rep::All) => rest * 2,
                    Some(Rep::Count(n)) => n,
                    None => 1,
                };
                let bytes = nibbles.div_ceil(2);
                if bytes > rest {
                    return short(e, bytes, rest);
                }
                let mut s = Vec::with_capacity(nibbles);
                for k in 0..nibbles {
                    let b = input[pos + k / 2];
                    let nib = if (k % 2 == 0) == (c == b'H') {
                        b >> 4
                    } else {
                        b & 15
                    };
                    s.push(b"0123456789abcdef"[nib as usize]);
                }
                pos += bytes;
                out.insert(item_key(name, Some(Rep::Count(1)), 0), sv(s));
            }
            b'x' => {
                let n = match rep {
                    Some(Rep::Count(n)) => n,
                    Some(Rep::All) => 0,
                    None => 1,
                };
                if n > rest {
                    e.diag(Level::Warning, "Type x: not enough input, need 1, have 0")?;
                    return Ok(Zval::Bool(false));
                }
                pos += n;
            }
            b'X' => {
                let n = match rep {
                    Some(Rep::Count(n)) => n,
                    Some(Rep::All) => 0,
                    None => 1,
                };
                if n > pos {
                    e.diag(Level::Warning, "Type X: outside of string")?;
                    pos = 0;
                } else {
                    pos -= n;
                }
            }
            b'@' => {
                let n = match rep {
                    Some(Rep::Count(n)) => n,
                    _ => 0,
                };
                if n > input.len() {
                    e.diag(Level::Warning, "Type @: outside of string")?;
                    pos = input.len();
                } else {
                    pos = n;
                }
            }
            _ if width(c).is_some() => {
                let w = width(c).unwrap_or(1);
                let n = match rep {
                    Some(Rep::All) => rest / w,
                    Some(Rep::Count(n)) => n,
                    None => 1,
                };
                for i in 0..n {
                    let have = input.len().saturating_sub(pos);
                    if have < w {
                        return short(e, w, have);
                    }
                    let b = &input[pos..pos + w];
                    let v = match c {
                        b'f' | b'g' | b'G' | b'd' | b'e' | b'E' => Zval::Double(read_float(c, b)),
                        _ => Zval::Long(read_int(c, b)),
                    };
                    out.insert(item_key(name, rep, i), v);
                    pos += w;
                }
            }
            _ => {
                return Err(e.error("ValueError", format!("Invalid format type {}", c as char)));
            }
        }
    }
    Ok(Zval::Arr(out))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "pack",
        params: params!["format", "?values"],
        variadic: true,
        f: pack,
    },
    Builtin {
        name: "unpack",
        params: params!["format", "string", "?offset"],
        variadic: false,
        f: unpack,
    },
];
