//! Date and time (`ext/date`, `ext/standard/microtime.c`): `time`, `microtime`, `hrtime`,
//! `date`, `gmdate`, `idate`, `mktime`, `gmmktime`, `checkdate`, `strtotime`,
//! `date_default_timezone_get/set`.
//!
//! Under `php -n` the default time zone is UTC. Other zone names are accepted when the system
//! zone database knows them, and local times then follow that zone's rules read from its TZif
//! file; without a database everything is UTC.

use crate::{params, Args, BResult, Builtin, Engine, Level};
use memphis_values::{Key, ZArr, ZStr, Zval};
use std::cell::RefCell;
use std::time::{SystemTime, UNIX_EPOCH};

/// `DATE_*` format constants.
pub static STRING_CONSTANTS: &[(&str, &str)] = &[
    ("DATE_ATOM", "Y-m-d\\TH:i:sP"),
    ("DATE_COOKIE", "l, d-M-Y H:i:s T"),
    ("DATE_ISO8601", "Y-m-d\\TH:i:sO"),
    ("DATE_ISO8601_EXPANDED", "X-m-d\\TH:i:sP"),
    ("DATE_RFC822", "D, d M y H:i:s O"),
    ("DATE_RFC850", "l, d-M-y H:i:s T"),
    ("DATE_RFC1036", "D, d M y H:i:s O"),
    ("DATE_RFC1123", "D, d M Y H:i:s O"),
    ("DATE_RFC7231", "D, d M Y H:i:s \\G\\M\\T"),
    ("DATE_RFC2822", "D, d M Y H:i:s O"),
    ("DATE_RFC3339", "Y-m-d\\TH:i:sP"),
    ("DATE_RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"),
    ("DATE_RSS", "D, d M Y H:i:s O"),
    ("DATE_W3C", "Y-m-d\\TH:i:sP"),
];

// ----- time zones -------------------------------------------------------------------------------

/// A time zone: its name and, for non-UTC zones, its transitions.
#[derive(Clone)]
struct Zone {
    name: String,
    /// Transition times (ascending) and the local-time type index in effect from each.
    trans: Vec<(i64, usize)>,
    /// Local-time types: UTC offset, DST flag, abbreviation.
    types: Vec<(i64, bool, String)>,
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            name: "UTC".into(),
            trans: Vec::new(),
            types: vec![(0, false, "UTC".into())],
        }
    }

    /// Offset, DST flag and abbreviation at a UTC timestamp.
    fn at(&self, t: i64) -> (i64, bool, String) {
        let idx = match self.trans.binary_search_by(|(x, _)| x.cmp(&t)) {
            Ok(i) => self.trans[i].1,
            Err(0) => self.types.iter().position(|ty| !ty.1).unwrap_or(0),
            Err(i) => self.trans[i - 1].1,
        };
        self.types
            .get(idx)
            .cloned()
            .unwrap_or((0, false, "UTC".into()))
    }

    /// Offset, DST flag and the time of the transition that began them, at a UTC timestamp
    /// (`i64::MIN` before the first transition).
    fn info(&self, t: i64) -> (i64, bool, i64) {
        let (idx, since) = match self.trans.binary_search_by(|(x, _)| x.cmp(&t)) {
            Ok(i) => (self.trans[i].1, self.trans[i].0),
            Err(0) => (
                self.types.iter().position(|ty| !ty.1).unwrap_or(0),
                i64::MIN,
            ),
            Err(i) => (self.trans[i - 1].1, self.trans[i - 1].0),
        };
        let (off, dst) = self.types.get(idx).map_or((0, false), |ty| (ty.0, ty.1));
        (off, dst, since)
    }

    /// The UTC timestamp of a local wall-clock time (seconds since the epoch as if UTC), as
    /// timelib works it out: with the offset in force at the local time read as UTC, unless
    /// the offset there differs and the time is not inside the change. A time in the hour
    /// skipped when clocks go forward reads with the earlier offset; in the hour repeated
    /// when they go back the pick depends on the zone's side of UTC, and, when the time
    /// carries a zone of its own (`zone_dst`: `mktime` takes the current time's), on whether
    /// that zone was in DST.
    fn to_utc(&self, local: i64, zone_dst: Option<bool>) -> i64 {
        if self.trans.is_empty() {
            return local - self.types.first().map(|t| t.0).unwrap_or(0);
        }
        let (cur, cur_dst, _) = self.info(local);
        let (after, _, after_since) = self.info(local.saturating_sub(cur));
        let (mut act, mut act_since) = (after, after_since);
        if cur == after {
            match zone_dst {
                Some(true) if cur >= 0 && !cur_dst => {
                    let (e, _, e_since) = self.info(local - cur - 7200);
                    if e != after && local - e < after_since {
                        (act, act_since) = (e, e_since);
                    }
                }
                Some(false) if cur <= 0 && cur_dst => {
                    let (l, _, l_since) = self.info(local - cur + 7200);
                    if l != after && local - l >= l_since {
                        (act, act_since) = (l, l_since);
                    }
                }
                _ => {}
            }
        }
        let in_transition = act_since != i64::MIN
            && local - act >= act_since.saturating_add(cur - act)
            && local - act < act_since;
        if cur != act && !in_transition {
            local - act
        } else {
            local - cur
        }
    }
}

fn read_be(b: &[u8], at: usize, n: usize) -> Option<i64> {
    let s = b.get(at..at + n)?;
    let mut v: i64 = 0;
    for &c in s {
        v = (v << 8) | c as i64;
    }
    if n == 4 {
        v = v as i32 as i64;
    }
    Some(v)
}

/// Parses a TZif file (version 2+ 64-bit section when present).
fn parse_tzif(b: &[u8], name: &str) -> Option<Zone> {
    if !b.starts_with(b"TZif") {
        return None;
    }
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, x) in c.iter_mut().enumerate() {
            *x = read_be(b, at + 20 + 4 * i, 4)? as usize;
        }
        Some(c)
    };
    let c1 = counts(0)?;
    let (isut, isstd, leap, timecnt, typecnt, charcnt) = (c1[0], c1[1], c1[2], c1[3], c1[4], c1[5]);
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (base, tsize, c) = if b[4] >= b'2' {
        let at = 44 + v1_len;
        (at, 8usize, counts(at)?)
    } else {
        (0, 4usize, c1)
    };
    let (leap, timecnt, typecnt, charcnt) = (c[2], c[3], c[4], c[5]);
    let mut p = base + 44;
    let mut times = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        times.push(read_be(b, p + i * tsize, tsize)?);
    }
    p += timecnt * tsize;
    let idx: Vec<usize> = b.get(p..p + timecnt)?.iter().map(|&x| x as usize).collect();
    p += timecnt;
    let mut raw_types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let q = p + i * 6;
        raw_types.push((
            read_be(b, q, 4)?,
            *b.get(q + 4)? != 0,
            *b.get(q + 5)? as usize,
        ));
    }
    p += typecnt * 6;
    let chars = b.get(p..p + charcnt)?;
    let _ = leap;
    let types = raw_types
        .into_iter()
        .map(|(off, dst, ai)| {
            let end = chars[ai.min(chars.len())..]
                .iter()
                .position(|&c| c == 0)
                .map(|x| x + ai)
                .unwrap_or(chars.len());
            (
                off,
                dst,
                String::from_utf8_lossy(&chars[ai.min(chars.len())..end]).into_owned(),
            )
        })
        .collect();
    Some(Zone {
        name: name.to_string(),
        trans: times.into_iter().zip(idx).collect(),
        types,
    })
}

fn load_zone(name: &str) -> Option<Zone> {
    if name.eq_ignore_ascii_case("UTC") {
        return Some(Zone::utc());
    }
    if name.is_empty() || name.contains("..") || name.starts_with('/') {
        return None;
    }
    if let Some(z) = ZONES.with(|c| c.borrow().get(name).cloned()) {
        return z;
    }
    let z = std::fs::read(format!("/usr/share/zoneinfo/{name}"))
        .ok()
        .and_then(|data| parse_tzif(&data, name));
    ZONES.with(|c| c.borrow_mut().insert(name.to_string(), z.clone()));
    z
}

thread_local! {
    /// Zones read so far (DateTime objects switch zones often), and names that are none.
    static ZONES: RefCell<std::collections::HashMap<String, Option<Zone>>> =
        RefCell::new(std::collections::HashMap::new());
}

/// Whether `name` is a time zone identifier PHP knows (for `new DateTimeZone`).
fn tz_valid(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?.to_string_lossy();
    Ok(Zval::Bool(load_zone(&n).is_some()))
}

thread_local! {
    static ZONE: RefCell<Option<Zone>> = const { RefCell::new(None) };
    /// The blocks of PHP's cache of UTC's zone information (`DATEG(tzcache)`), made the first
    /// time a local time is worked out and kept for the request.
    static UTC_TZCACHE: RefCell<Vec<memphis_mm::OwnedBlock>> = const { RefCell::new(Vec::new()) };
}

/// Blocks PHP's first look-up of the UTC zone leaves in its zone cache (the cache table and
/// the parsed zone): 800 bytes in all.
const UTC_TZCACHE_BLOCKS: [usize; 2] = [768, 32];

fn zone(e: &dyn Engine) -> Zone {
    if let Some(z) = ZONE.with(|z| z.borrow().clone()) {
        if z.name == "UTC" {
            UTC_TZCACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.is_empty() {
                    c.extend(UTC_TZCACHE_BLOCKS.map(memphis_mm::OwnedBlock::new));
                }
            });
        }
        return z;
    }
    let z = e
        .ini("date.timezone")
        .filter(|s| !s.is_empty())
        .and_then(|n| load_zone(&n))
        .unwrap_or_else(Zone::utc);
    ZONE.with(|c| *c.borrow_mut() = Some(z.clone()));
    zone(e)
}

// ----- calendar arithmetic ----------------------------------------------------------------------

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if is_leap(y) {
                29
            } else {
                28
            }
        }
    }
}

/// A broken-down local time.
struct Tm {
    y: i64,
    mo: i64,
    d: i64,
    h: i64,
    mi: i64,
    s: i64,
    /// 0 = Sunday.
    wd: i64,
    yd: i64,
    off: i64,
    dst: bool,
    abbr: String,
    ts: i64,
}

fn breakdown(ts: i64, z: &Zone) -> Tm {
    let (off, dst, abbr) = z.at(ts);
    let local = ts + off;
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (y, mo, d) = civil_from_days(days);
    Tm {
        y,
        mo,
        d,
        h: secs / 3600,
        mi: secs % 3600 / 60,
        s: secs % 60,
        wd: (days + 4).rem_euclid(7),
        yd: days - days_from_civil(y, 1, 1),
        off,
        dst,
        abbr,
        ts,
    }
}

/// ISO-8601 week number and week-based year.
fn iso_week(t: &Tm) -> (i64, i64) {
    let wd = (t.wd + 6) % 7; // Monday = 0
    let thursday = t.yd - wd + 3;
    if thursday < 0 {
        let py = t.y - 1;
        let pdays = if is_leap(py) { 366 } else { 365 };
        let th = thursday + pdays;
        return (py, th / 7 + 1);
    }
    let ydays = if is_leap(t.y) { 366 } else { 365 };
    if thursday >= ydays {
        return (t.y + 1, 1);
    }
    (t.y, thursday / 7 + 1)
}

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn offset_str(off: i64, colon: bool) -> String {
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.abs();
    if colon {
        format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
    } else {
        format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
    }
}

fn year_str(y: i64) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// Formats a timestamp with PHP's `date()` format characters.
fn format_date(fmt: &[u8], t: &Tm, zone_name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        let s: String = match c {
            b'd' => format!("{:02}", t.d),
            b'D' => DAYS[t.wd as usize][..3].to_string(),
            b'j' => t.d.to_string(),
            b'l' => DAYS[t.wd as usize].to_string(),
            b'N' => (if t.wd == 0 { 7 } else { t.wd }).to_string(),
            b'S' => match t.d {
                1 | 21 | 31 => "st",
                2 | 22 => "nd",
                3 | 23 => "rd",
                _ => "th",
            }
            .to_string(),
            b'w' => t.wd.to_string(),
            b'z' => t.yd.to_string(),
            b'W' => format!("{:02}", iso_week(t).1),
            b'o' => iso_week(t).0.to_string(),
            b'F' => MONTHS[(t.mo - 1) as usize].to_string(),
            b'm' => format!("{:02}", t.mo),
            b'M' => MONTHS[(t.mo - 1) as usize][..3].to_string(),
            b'n' => t.mo.to_string(),
            b't' => days_in_month(t.y, t.mo).to_string(),
            b'L' => (is_leap(t.y) as i32).to_string(),
            b'Y' => year_str(t.y),
            b'X' | b'x' => {
                if c == b'X' || !(0..10000).contains(&t.y) {
                    format!("{}{:04}", if t.y < 0 { '-' } else { '+' }, t.y.abs())
                } else {
                    year_str(t.y)
                }
            }
            b'y' => format!("{:02}", t.y.rem_euclid(100)),
            b'a' => (if t.h < 12 { "am" } else { "pm" }).to_string(),
            b'A' => (if t.h < 12 { "AM" } else { "PM" }).to_string(),
            b'B' => {
                let secs = (t.ts + 3600).rem_euclid(86400);
                format!("{:03}", (secs * 10 / 864) % 1000)
            }
            b'g' => (if t.h % 12 == 0 { 12 } else { t.h % 12 }).to_string(),
            b'G' => t.h.to_string(),
            b'h' => format!("{:02}", if t.h % 12 == 0 { 12 } else { t.h % 12 }),
            b'H' => format!("{:02}", t.h),
            b'i' => format!("{:02}", t.mi),
            b's' => format!("{:02}", t.s),
            b'u' => "000000".to_string(),
            b'v' => "000".to_string(),
            b'e' => zone_name.to_string(),
            b'I' => (t.dst as i32).to_string(),
            b'O' => offset_str(t.off, false),
            b'P' => offset_str(t.off, true),
            b'p' => {
                if t.off == 0 {
                    "Z".to_string()
                } else {
                    offset_str(t.off, true)
                }
            }
            b'T' => {
                if t.abbr.starts_with(['+', '-']) || t.abbr.is_empty() {
                    offset_str(t.off, true)
                } else {
                    t.abbr.clone()
                }
            }
            b'Z' => t.off.to_string(),
            b'U' => t.ts.to_string(),
            b'c' => format!(
                "{}-{:02}-{:02}T{:02}:{:02}:{:02}{}",
                year_str(t.y),
                t.mo,
                t.d,
                t.h,
                t.mi,
                t.s,
                offset_str(t.off, true)
            ),
            b'r' => format!(
                "{}, {:02} {} {} {:02}:{:02}:{:02} {}",
                &DAYS[t.wd as usize][..3],
                t.d,
                &MONTHS[(t.mo - 1) as usize][..3],
                year_str(t.y),
                t.h,
                t.mi,
                t.s,
                offset_str(t.off, false)
            ),
            b'\\' => {
                if i < fmt.len() {
                    out.push(fmt[i]);
                    i += 1;
                }
                continue;
            }
            other => {
                out.push(other);
                continue;
            }
        };
        out.extend_from_slice(s.as_bytes());
    }
    out
}

fn now() -> (i64, u32) {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_micros()),
        Err(_) => (0, 0),
    }
}

// ----- builtins ---------------------------------------------------------------------------------

fn time(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(now().0))
}

fn gettimeofday(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let as_float = a.bool_or(e, 0, false)?;
    let (s, us) = now();
    if as_float {
        return Ok(Zval::Double(s as f64 + us as f64 / 1e6));
    }
    // The offset and daylight-saving flag of the default time zone, as PHP gives them.
    let (off, dst, _) = zone(e).at(s);
    let mut arr = ZArr::new();
    for (k, v) in [
        ("sec", s),
        ("usec", us as i64),
        ("minuteswest", -off / 60),
        ("dsttime", dst as i64),
    ] {
        arr.insert(Key::Str(ZStr::new(k.as_bytes())), Zval::Long(v));
    }
    Ok(Zval::Arr(arr))
}

fn sleep(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.int(e, 0)?;
    if n < 0 {
        return Err(e.error(
            "ValueError",
            "sleep(): Argument #1 ($seconds) must be greater than or equal to 0".into(),
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs(n as u64));
    Ok(Zval::Long(0))
}

fn usleep(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.int(e, 0)?;
    if n < 0 {
        return Err(e.error(
            "ValueError",
            "usleep(): Argument #1 ($microseconds) must be greater than or equal to 0".into(),
        ));
    }
    std::thread::sleep(std::time::Duration::from_micros(n as u64));
    Ok(Zval::Null)
}

fn time_nanosleep(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let secs = a.int(e, 0)?;
    let ns = a.int(e, 1)?;
    if secs < 0 {
        return Err(a.value_error(e, 0, "must be greater than or equal to 0"));
    }
    if ns < 0 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 0"));
    }
    if ns > 999_999_999 {
        return Err(e.error(
            "ValueError",
            "Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative".into(),
        ));
    }
    std::thread::sleep(std::time::Duration::new(secs as u64, ns as u32));
    Ok(Zval::Bool(true))
}

fn time_sleep_until(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let target = a.float(e, 0)?;
    let (s, us) = now();
    let cur = s as f64 + us as f64 / 1e6;
    if target < cur {
        return Err(a.value_error(e, 0, "must be greater than or equal to the current time"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(target - cur));
    Ok(Zval::Bool(true))
}

fn microtime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let as_float = a.bool_or(e, 0, false)?;
    let (s, us) = now();
    if as_float {
        Ok(Zval::Double(s as f64 + us as f64 / 1e6))
    } else {
        // Formatted by PHP's printf into a new string (requested as len + 32).
        Ok(Zval::Str(ZStr::new_safe(
            format!("{:.8} {}", us as f64 / 1e6, s).as_bytes(),
        )))
    }
}

fn hrtime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    let as_num = a.bool_or(e, 0, false)?;
    let start = START.get_or_init(std::time::Instant::now);
    // An arbitrary monotonic origin, as CLOCK_MONOTONIC's is.
    let ns = start.elapsed().as_nanos() as i64 + 1_000_000_000_000;
    if as_num {
        Ok(Zval::Long(ns))
    } else {
        Ok(Zval::Arr(ZArr::from_values([
            Zval::Long(ns / 1_000_000_000),
            Zval::Long(ns % 1_000_000_000),
        ])))
    }
}

fn date_impl(e: &mut dyn Engine, a: &mut Args, gmt: bool) -> BResult {
    let fmt = a.str(e, 0)?;
    let ts = a.nullable_int(e, 1)?.unwrap_or_else(|| now().0);
    let z = if gmt { Zone::utc() } else { zone(e) };
    let t = breakdown(ts, &z);
    // PHP formats into a smart_str and returns it as it stands.
    let out = format_date(fmt.as_bytes(), &t, &z.name);
    Ok(Zval::Str(crate::string::smart_str_result(&out)))
}

fn date(e: &mut dyn Engine, a: &mut Args) -> BResult {
    date_impl(e, a, false)
}

fn gmdate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    date_impl(e, a, true)
}

/// `getdate()`: the parts of a timestamp in the default time zone.
fn getdate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let ts = a.nullable_int(e, 0)?.unwrap_or_else(|| now().0);
    let t = breakdown(ts, &zone(e));
    let mut out = ZArr::new();
    let mut put = |k: &str, v: Zval| {
        out.insert(memphis_values::Key::from_bytes(k.as_bytes()), v);
    };
    put("seconds", Zval::Long(t.s));
    put("minutes", Zval::Long(t.mi));
    put("hours", Zval::Long(t.h));
    put("mday", Zval::Long(t.d));
    put("wday", Zval::Long(t.wd));
    put("mon", Zval::Long(t.mo));
    put("year", Zval::Long(t.y));
    put("yday", Zval::Long(t.yd));
    put("weekday", Zval::str(DAYS[t.wd as usize % 7].as_bytes()));
    put(
        "month",
        Zval::str(MONTHS[(t.mo as usize + 11) % 12].as_bytes()),
    );
    out.insert(memphis_values::Key::Int(0), Zval::Long(ts));
    Ok(Zval::Arr(out))
}

/// `localtime()`: C's `struct tm` for a timestamp, as a list or with `tm_*` keys.
fn localtime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let ts = a.nullable_int(e, 0)?.unwrap_or_else(|| now().0);
    let assoc = a.bool_or(e, 1, false)?;
    let t = breakdown(ts, &zone(e));
    let parts = [
        ("tm_sec", t.s),
        ("tm_min", t.mi),
        ("tm_hour", t.h),
        ("tm_mday", t.d),
        ("tm_mon", t.mo - 1),
        ("tm_year", t.y - 1900),
        ("tm_wday", t.wd),
        ("tm_yday", t.yd),
        ("tm_isdst", i64::from(t.dst)),
    ];
    let mut out = ZArr::new();
    for (k, v) in parts {
        if assoc {
            out.insert(memphis_values::Key::from_bytes(k.as_bytes()), Zval::Long(v));
        } else {
            out.push(Zval::Long(v));
        }
    }
    Ok(Zval::Arr(out))
}

fn idate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let fmt = a.str(e, 0)?;
    let ts = a.nullable_int(e, 1)?.unwrap_or_else(|| now().0);
    if fmt.len() != 1 {
        e.diag(Level::Warning, "idate(): idate format is one char")?;
        return Ok(Zval::Bool(false));
    }
    let z = zone(e);
    let t = breakdown(ts, &z);
    let v = match fmt.as_bytes()[0] {
        b'B' => {
            let secs = (ts + 3600).rem_euclid(86400);
            (secs * 10 / 864) % 1000
        }
        b'd' | b'j' => t.d,
        b'h' | b'g' => {
            if t.h % 12 == 0 {
                12
            } else {
                t.h % 12
            }
        }
        b'H' | b'G' => t.h,
        b'i' => t.mi,
        b'I' => t.dst as i64,
        b'L' => is_leap(t.y) as i64,
        b'm' | b'n' => t.mo,
        b'N' => {
            if t.wd == 0 {
                7
            } else {
                t.wd
            }
        }
        b'o' => iso_week(&t).0,
        b's' => t.s,
        b't' => days_in_month(t.y, t.mo),
        b'U' => ts,
        b'w' => t.wd,
        b'W' => iso_week(&t).1,
        b'y' => t.y % 100,
        b'Y' => t.y,
        b'z' => t.yd,
        b'Z' => t.off,
        _ => {
            e.diag(Level::Warning, "Unrecognized date format token")?;
            return Ok(Zval::Bool(false));
        }
    };
    Ok(Zval::Long(v))
}

/// Local wall-clock seconds (as if UTC) of normalised date parts.
fn local_seconds(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> i64 {
    let mo0 = mo - 1;
    let y = y + mo0.div_euclid(12);
    let mo = mo0.rem_euclid(12) + 1;
    let days = days_from_civil(y, mo, 1) + d - 1;
    days * 86400 + h * 3600 + mi * 60 + s
}

fn mktime_impl(e: &mut dyn Engine, a: &mut Args, gmt: bool) -> BResult {
    let z = if gmt { Zone::utc() } else { zone(e) };
    let t = breakdown(now().0, &z);
    let h = a.int(e, 0)?;
    let mi = a.nullable_int(e, 1)?.unwrap_or(t.mi);
    let s = a.nullable_int(e, 2)?.unwrap_or(t.s);
    let mo = a.nullable_int(e, 3)?.unwrap_or(t.mo);
    let d = a.nullable_int(e, 4)?.unwrap_or(t.d);
    let mut y = a.nullable_int(e, 5)?.unwrap_or(t.y);
    if (0..70).contains(&y) {
        y += 2000;
    } else if (70..=100).contains(&y) {
        y += 1900;
    }
    let local = local_seconds(y, mo, d, h, mi, s);
    // The time carries the current time's zone state (its DST flag), as PHP's does.
    let dst_now = z.info(now().0).1;
    Ok(Zval::Long(z.to_utc(local, Some(dst_now))))
}

fn mktime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    mktime_impl(e, a, false)
}

fn gmmktime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    mktime_impl(e, a, true)
}

fn checkdate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let m = a.int(e, 0)?;
    let d = a.int(e, 1)?;
    let y = a.int(e, 2)?;
    Ok(Zval::Bool(
        (1..=32767).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m),
    ))
}

fn date_default_timezone_get(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::str(zone(e).name.as_bytes()))
}

fn date_default_timezone_set(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let name = a.str(e, 0)?;
    let n = name.to_string_lossy();
    match load_zone(&n) {
        Some(mut z) => {
            if n.eq_ignore_ascii_case("utc") {
                z.name = "UTC".into();
            }
            ZONE.with(|c| *c.borrow_mut() = Some(z));
            Ok(Zval::Bool(true))
        }
        None => {
            e.diag(Level::Notice, &format!("Timezone ID '{n}' is invalid"))?;
            Ok(Zval::Bool(false))
        }
    }
}

// ----- strtotime --------------------------------------------------------------------------------

/// The state `strtotime` builds: date and time parts plus relative offsets.
struct Parsed {
    y: i64,
    mo: i64,
    d: i64,
    h: i64,
    mi: i64,
    s: i64,
    rel_days: i64,
    rel_months: i64,
    rel_secs: i64,
    weekday: Option<(i64, i64)>,
    zone_off: Option<i64>,
    time_set: bool,
    /// "first day of" (`Some(true)`) / "last day of" (`Some(false)`): the day is set in the
    /// month the relative offsets lead to.
    day_of: Option<bool>,
}

fn month_of(w: &str) -> Option<i64> {
    let w = w.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_ascii_lowercase();
            w == m
                || (w.len() >= 3 && m.starts_with(&w) && w.len() <= m.len())
                || (w == "sept" && m == "september")
        })
        .map(|i| i as i64 + 1)
}

fn weekday_of(w: &str) -> Option<i64> {
    let w = w.to_ascii_lowercase();
    DAYS.iter()
        .position(|d| {
            let d = d.to_ascii_lowercase();
            w == d || (w.len() == 3 && d.starts_with(&w))
        })
        .map(|i| i as i64)
}

fn unit_secs(u: &str) -> Option<(i64, i64, i64)> {
    // (months, days, seconds) per unit.
    let u = u.to_ascii_lowercase();
    let u = u.strip_suffix('s').unwrap_or(&u);
    Some(match u {
        "sec" | "second" => (0, 0, 1),
        "min" | "minute" => (0, 0, 60),
        "hour" => (0, 0, 3600),
        "day" => (0, 1, 0),
        "week" => (0, 7, 0),
        "fortnight" => (0, 14, 0),
        "month" => (1, 0, 0),
        "year" => (12, 0, 0),
        _ => return None,
    })
}

fn parse_time_of_day(tok: &str) -> Option<(i64, i64, i64)> {
    let parts: Vec<&str> = tok.split(':').collect();
    if parts.len() < 2 || parts.len() > 3 {
        return None;
    }
    let num = |s: &str| -> Option<i64> {
        let s = s.split('.').next()?;
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let h = num(parts[0])?;
    let m = num(parts[1])?;
    let s = if parts.len() == 3 { num(parts[2])? } else { 0 };
    if h > 24 || m > 59 || s > 60 {
        return None;
    }
    Some((h, m, s))
}

fn parse_zone(tok: &str) -> Option<i64> {
    if tok.eq_ignore_ascii_case("z")
        || tok.eq_ignore_ascii_case("utc")
        || tok.eq_ignore_ascii_case("gmt")
    {
        return Some(0);
    }
    let (sign, rest) = match tok.as_bytes().first()? {
        b'+' => (1, &tok[1..]),
        b'-' => (-1, &tok[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|c| c.is_ascii_digit()) || digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let (h, m) = if digits.len() <= 2 {
        (digits.parse::<i64>().ok()?, 0)
    } else {
        (
            digits[..digits.len() - 2].parse::<i64>().ok()?,
            digits[digits.len() - 2..].parse::<i64>().ok()?,
        )
    };
    Some(sign * (h * 3600 + m * 60))
}

/// A small `strtotime`: ISO dates and times, `@timestamp`, named days, `D Month YYYY`,
/// weekday names and relative offsets. `None` where PHP's parser would fail (or where this one
/// does not know the format).
fn strtotime_parse(text: &str, base: i64, z: &Zone) -> Option<i64> {
    let t = breakdown(base, z);
    let mut p = Parsed {
        y: t.y,
        mo: t.mo,
        d: t.d,
        h: t.h,
        mi: t.mi,
        s: t.s,
        rel_days: 0,
        rel_months: 0,
        rel_secs: 0,
        weekday: None,
        zone_off: None,
        time_set: false,
        day_of: None,
    };
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('@') {
        let n: i64 = rest.trim().parse().ok()?;
        return Some(n);
    }
    let lower = text.to_ascii_lowercase().replace(',', " ");
    // Split "2024-01-15T10:30:00Z" style tokens.
    let mut toks: Vec<String> = Vec::new();
    for w in lower.split_whitespace() {
        if let Some(tpos) = w
            .find('t')
            .filter(|&i| i == 10 && w.as_bytes()[..4].iter().all(|c| c.is_ascii_digit()))
        {
            toks.push(w[..tpos].to_string());
            let rest = &w[tpos + 1..];
            match rest.find(['z', '+', '-']) {
                Some(zp) if zp > 0 => {
                    toks.push(rest[..zp].to_string());
                    toks.push(rest[zp..].to_string());
                }
                _ => toks.push(rest.to_string()),
            }
        } else {
            toks.push(w.to_string());
        }
    }
    let mut i = 0;
    let set_time = |p: &mut Parsed, h, m, s| {
        p.h = h;
        p.mi = m;
        p.s = s;
        p.time_set = true;
    };
    while i < toks.len() {
        let w = toks[i].as_str();
        i += 1;
        let nums: Vec<&str> = w.split('-').collect();
        if nums.len() == 3
            && nums[0].len() == 4
            && nums
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        {
            p.y = nums[0].parse().ok()?;
            p.mo = nums[1].parse().ok()?;
            p.d = nums[2].parse().ok()?;
            if p.mo > 12 || p.d > 31 || p.mo == 0 {
                return None;
            }
            set_time(&mut p, 0, 0, 0);
            p.time_set = false;
            continue;
        }
        let sl: Vec<&str> = w.split('/').collect();
        if sl.len() == 3
            && sl
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        {
            p.mo = sl[0].parse().ok()?;
            p.d = sl[1].parse().ok()?;
            p.y = sl[2].parse().ok()?;
            set_time(&mut p, 0, 0, 0);
            p.time_set = false;
            continue;
        }
        let (w_time, suffix) = match w.strip_suffix("am").or_else(|| w.strip_suffix("pm")) {
            Some(x) if x.contains(':') => (x, Some(&w[x.len()..])),
            _ => (w, None),
        };
        if let Some((h, m, s)) = parse_time_of_day(w_time) {
            set_time(&mut p, h, m, s);
            if let Some(ap) = suffix {
                if p.h > 12 {
                    return None;
                }
                p.h = p.h % 12 + if ap == "pm" { 12 } else { 0 };
                continue;
            }
            if let Some(ap) = toks.get(i).map(|s| s.as_str()) {
                if ap == "am" || ap == "pm" {
                    if p.h > 12 {
                        return None;
                    }
                    p.h = p.h % 12 + if ap == "pm" { 12 } else { 0 };
                    i += 1;
                }
            }
            continue;
        }
        if let Some(off) = parse_zone(w).filter(|_| {
            w.starts_with(['+', '-']) && w.len() >= 3 && p.time_set || !w.starts_with(['+', '-'])
        }) {
            p.zone_off = Some(off);
            continue;
        }
        match w {
            "now" => continue,
            "today" | "midnight" => {
                set_time(&mut p, 0, 0, 0);
                continue;
            }
            "noon" => {
                set_time(&mut p, 12, 0, 0);
                continue;
            }
            "tomorrow" => {
                p.rel_days += 1;
                set_time(&mut p, 0, 0, 0);
                continue;
            }
            "yesterday" => {
                p.rel_days -= 1;
                set_time(&mut p, 0, 0, 0);
                continue;
            }
            "first" | "last"
                if toks.get(i).is_some_and(|t| t.eq_ignore_ascii_case("day"))
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| t.eq_ignore_ascii_case("of")) =>
            {
                p.day_of = Some(w == "first");
                i += 2;
                continue;
            }
            "next" | "last" | "previous" | "this" => {
                let n = match w {
                    "next" => 1,
                    "this" => 0,
                    _ => -1,
                };
                let unit = toks.get(i)?.clone();
                i += 1;
                if let Some(wd) = weekday_of(&unit) {
                    p.weekday = Some((wd, n));
                    if !p.time_set {
                        set_time(&mut p, 0, 0, 0);
                        p.time_set = false;
                    }
                } else {
                    let (mo, d, s) = unit_secs(&unit)?;
                    p.rel_months += mo * n;
                    p.rel_days += d * n;
                    p.rel_secs += s * n;
                }
                continue;
            }
            "ago" => {
                p.rel_months = -p.rel_months;
                p.rel_days = -p.rel_days;
                p.rel_secs = -p.rel_secs;
                continue;
            }
            _ => {}
        }
        if let Some(wd) = weekday_of(w) {
            p.weekday = Some((wd, 0));
            if !p.time_set {
                set_time(&mut p, 0, 0, 0);
                p.time_set = false;
            }
            continue;
        }
        // Relative "+N unit" / "N unit".
        let (sign, numtxt) = match w.as_bytes()[0] {
            b'+' => (1, &w[1..]),
            b'-' => (-1, &w[1..]),
            _ => (1, w),
        };
        if !numtxt.is_empty() && numtxt.bytes().all(|c| c.is_ascii_digit()) {
            let n: i64 = numtxt.parse().ok()?;
            if let Some(unit) = toks.get(i).and_then(|u| unit_secs(u)) {
                i += 1;
                p.rel_months += unit.0 * n * sign;
                p.rel_days += unit.1 * n * sign;
                p.rel_secs += unit.2 * n * sign;
                continue;
            }
            // "15 January 2024"
            if let Some(mo) = toks.get(i).and_then(|m| month_of(m)) {
                i += 1;
                p.d = n;
                p.mo = mo;
                if let Some(y) = toks.get(i).and_then(|y| y.parse::<i64>().ok()) {
                    p.y = y;
                    i += 1;
                }
                set_time(&mut p, 0, 0, 0);
                p.time_set = false;
                continue;
            }
            return None;
        }
        // Sign followed by unit without number is not valid; a month name: "January 15 2024".
        if let Some(mo) = month_of(w) {
            p.mo = mo;
            // "February 2024": a four-digit number after the month is the year.
            if let Some(y) = toks
                .get(i)
                .filter(|y| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()))
                .and_then(|y| y.parse::<i64>().ok())
            {
                p.y = y;
                p.d = 1;
                i += 1;
                set_time(&mut p, 0, 0, 0);
                p.time_set = false;
                continue;
            }
            if let Some(d) = toks.get(i).and_then(|d| {
                d.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .parse::<i64>()
                    .ok()
            }) {
                p.d = d;
                i += 1;
                if let Some(y) = toks.get(i).and_then(|y| y.parse::<i64>().ok()) {
                    p.y = y;
                    i += 1;
                }
            } else {
                p.d = 1;
            }
            set_time(&mut p, 0, 0, 0);
            p.time_set = false;
            continue;
        }
        return None;
    }
    if let Some(first) = p.day_of {
        let m0 = p.mo - 1 + p.rel_months;
        let (y, m) = (p.y + m0.div_euclid(12), m0.rem_euclid(12) + 1);
        p.y = y;
        p.mo = m;
        p.rel_months = 0;
        p.d = if first { 1 } else { days_in_month(y, m) };
    }
    let mut local = local_seconds(p.y, p.mo + p.rel_months, p.d, p.h, p.mi, p.s);
    local += p.rel_days * 86400 + p.rel_secs;
    if let Some((wd, n)) = p.weekday {
        let days = local.div_euclid(86400);
        let cur = (days + 4).rem_euclid(7);
        let mut delta = (wd - cur).rem_euclid(7);
        if n > 0 && delta == 0 {
            delta = 7;
        }
        if n < 0 {
            delta = if delta == 0 { -7 } else { delta - 7 };
        }
        local += delta * 86400;
    }
    Some(match p.zone_off {
        Some(off) => local - off,
        None => z.to_utc(local, None),
    })
}

fn strtotime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let base = a.nullable_int(e, 1)?.unwrap_or_else(|| now().0);
    let z = zone(e);
    let text = String::from_utf8_lossy(s.as_bytes()).into_owned();
    if text.trim().is_empty() {
        return Ok(Zval::Bool(false));
    }
    Ok(match strtotime_parse(&text, base, &z) {
        Some(t) => Zval::Long(t),
        None => Zval::Bool(false),
    })
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "__memphis_tz_valid",
        params: params!["timezone"],
        variadic: false,
        f: tz_valid,
    },
    Builtin {
        name: "time",
        params: params![],
        variadic: false,
        f: time,
    },
    Builtin {
        name: "gettimeofday",
        params: params!["?as_float"],
        variadic: false,
        f: gettimeofday,
    },
    Builtin {
        name: "sleep",
        params: params!["seconds"],
        variadic: false,
        f: sleep,
    },
    Builtin {
        name: "time_nanosleep",
        params: params!["seconds", "nanoseconds"],
        variadic: false,
        f: time_nanosleep,
    },
    Builtin {
        name: "time_sleep_until",
        params: params!["timestamp"],
        variadic: false,
        f: time_sleep_until,
    },
    Builtin {
        name: "usleep",
        params: params!["microseconds"],
        variadic: false,
        f: usleep,
    },
    Builtin {
        name: "microtime",
        params: params!["?as_float"],
        variadic: false,
        f: microtime,
    },
    Builtin {
        name: "hrtime",
        params: params!["?as_number"],
        variadic: false,
        f: hrtime,
    },
    Builtin {
        name: "date",
        params: params!["format", "?timestamp"],
        variadic: false,
        f: date,
    },
    Builtin {
        name: "gmdate",
        params: params!["format", "?timestamp"],
        variadic: false,
        f: gmdate,
    },
    Builtin {
        name: "getdate",
        params: params!["?timestamp"],
        variadic: false,
        f: getdate,
    },
    Builtin {
        name: "localtime",
        params: params!["?timestamp", "?associative"],
        variadic: false,
        f: localtime,
    },
    Builtin {
        name: "idate",
        params: params!["format", "?timestamp"],
        variadic: false,
        f: idate,
    },
    Builtin {
        name: "mktime",
        params: params!["hour", "?minute", "?second", "?month", "?day", "?year"],
        variadic: false,
        f: mktime,
    },
    Builtin {
        name: "gmmktime",
        params: params!["hour", "?minute", "?second", "?month", "?day", "?year"],
        variadic: false,
        f: gmmktime,
    },
    Builtin {
        name: "checkdate",
        params: params!["month", "day", "year"],
        variadic: false,
        f: checkdate,
    },
    Builtin {
        name: "strtotime",
        params: params!["datetime", "?baseTimestamp"],
        variadic: false,
        f: strtotime,
    },
    Builtin {
        name: "date_default_timezone_get",
        params: params![],
        variadic: false,
        f: date_default_timezone_get,
    },
    Builtin {
        name: "date_default_timezone_set",
        params: params!["timezoneId"],
        variadic: false,
        f: date_default_timezone_set,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_roundtrip() {
        for d in [-800_000i64, -1, 0, 1, 11016, 19000, 2_000_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 1, 1), 10957);
    }

    #[test]
    fn formats() {
        let z = Zone::utc();
        let t = breakdown(0, &z);
        assert_eq!(
            format_date(b"c", &t, "UTC"),
            b"1970-01-01T00:00:00+00:00".to_vec()
        );
        assert_eq!(
            format_date(b"D, d M Y \\Y", &t, "UTC"),
            b"Thu, 01 Jan 1970 Y".to_vec()
        );
    }

    #[test]
    fn parse_dates() {
        let z = Zone::utc();
        assert_eq!(strtotime_parse("2024-01-15", 0, &z), Some(1705276800));
        assert_eq!(
            strtotime_parse("2024-01-15 10:30:00", 0, &z),
            Some(1705314600)
        );
        assert_eq!(strtotime_parse("+1 day", 0, &z), Some(86400));
        assert_eq!(strtotime_parse("garbage", 0, &z), None);
    }
}
