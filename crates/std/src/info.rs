//! Information about PHP and its environment: `version_compare`, `getenv`/`putenv`,
//! `php_uname`, `zend_version`.

use crate::args::Args;
use crate::{params, BResult, Builtin, Engine};
use memphis_values::{Key, ZArr, ZStr, Zval};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;

/// PHP's canonical version string: `-`, `_`, `+` and other non-alphanumerics become `.`, and
/// a `.` separates runs of digits from runs of other characters.
fn canonicalize(v: &[u8]) -> Vec<u8> {
    let isdig = |c: u8| c.is_ascii_digit();
    let isndig = |c: u8| !c.is_ascii_digit() && c != b'.';
    let Some((&first, rest)) = v.split_first() else {
        return Vec::new();
    };
    let mut q = vec![first];
    let mut lp = first;
    for &c in rest {
        let lq = *q.last().unwrap_or(&0);
        if matches!(c, b'-' | b'_' | b'+') {
            if lq != b'.' {
                q.push(b'.');
            }
        } else if (isndig(lp) && isdig(c)) || (isdig(lp) && c != b'.' && isndig(c)) {
            if lq != b'.' {
                q.push(b'.');
            }
            q.push(c);
        } else if !c.is_ascii_alphanumeric() {
            if lq != b'.' {
                q.push(b'.');
            }
        } else {
            q.push(c);
        }
        lp = c;
    }
    q
}

/// The order of a special version form (`dev` < `alpha` = `a` < `beta` = `b` < `RC` = `rc` <
/// `#` (a number) < `pl` = `p`), matched by prefix; -1 for anything else.
fn special_form(s: &[u8]) -> i32 {
    const FORMS: [(&[u8], i32); 10] = [
        (b"dev", 0),
        (b"alpha", 1),
        (b"a", 1),
        (b"beta", 2),
        (b"b", 2),
        (b"RC", 3),
        (b"rc", 3),
        (b"#", 4),
        (b"pl", 5),
        (b"p", 5),
    ];
    FORMS
        .iter()
        .find(|(n, _)| s.starts_with(n))
        .map_or(-1, |&(_, o)| o)
}

fn compare_forms(a: &[u8], b: &[u8]) -> i32 {
    (special_form(a) - special_form(b)).signum()
}

/// The leading decimal number of `s`, as `strtol` reads it (saturating).
fn leading_number(s: &[u8]) -> i64 {
    s.iter()
        .take_while(|c| c.is_ascii_digit())
        .fold(0i64, |n, &c| {
            n.saturating_mul(10).saturating_add((c - b'0') as i64)
        })
}

/// `php_version_compare`: -1, 0 or 1.
pub fn version_compare_bytes(v1: &[u8], v2: &[u8]) -> i32 {
    if v1.is_empty() || v2.is_empty() {
        return match (v1.is_empty(), v2.is_empty()) {
            (true, true) => 0,
            (false, _) => 1,
            _ => -1,
        };
    }
    let c1 = if v1[0] == b'#' {
        v1.to_vec()
    } else {
        canonicalize(v1)
    };
    let c2 = if v2[0] == b'#' {
        v2.to_vec()
    } else {
        canonicalize(v2)
    };
    let p1: Vec<&[u8]> = c1.split(|&c| c == b'.').collect();
    let p2: Vec<&[u8]> = c2.split(|&c| c == b'.').collect();
    let digit = |s: &[u8]| s.first().is_some_and(|c| c.is_ascii_digit());
    let mut compare = 0;
    let mut i = 0;
    // Parts are compared while both strings go on (an empty part ends one, as PHP's loop
    // stops at a NUL).
    while i < p1.len() && i < p2.len() && !p1[i].is_empty() && !p2[i].is_empty() {
        let (a, b) = (p1[i], p2[i]);
        compare = match (digit(a), digit(b)) {
            (true, true) => match leading_number(a).cmp(&leading_number(b)) {
                Ordering::Less => -1,
                Ordering::Equal => 0,
                Ordering::Greater => 1,
            },
            (false, false) => compare_forms(a, b),
            (true, false) => compare_forms(b"#N#", b),
            (false, true) => compare_forms(a, b"#N#"),
        };
        if compare != 0 {
            return compare;
        }
        i += 1;
        // A string whose last part was just compared stops here.
        if i >= p1.len() || i >= p2.len() {
            break;
        }
    }
    let more1 = i < p1.len();
    let more2 = i < p2.len();
    if more1 && !more2 {
        let rest = p1[i..].join(&b'.');
        if digit(&rest) {
            1
        } else {
            version_compare_bytes(&rest, b"#N#")
        }
    } else if more2 && !more1 {
        let rest = p2[i..].join(&b'.');
        if digit(&rest) {
            -1
        } else {
            version_compare_bytes(b"#N#", &rest)
        }
    } else {
        compare
    }
}

fn version_compare(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v1 = a.str(e, 0)?;
    let v2 = a.str(e, 1)?;
    let c = version_compare_bytes(v1.as_bytes(), v2.as_bytes());
    if !a.has(2) || a.get(2).is_null() {
        return Ok(Zval::Long(c as i64));
    }
    let op = a.str(e, 2)?;
    let r =
        match op.as_bytes() {
            b"<" | b"lt" => c == -1,
            b"<=" | b"le" => c != 1,
            b">" | b"gt" => c == 1,
            b">=" | b"ge" => c != -1,
            b"==" | b"eq" => c == 0,
            b"!=" | b"<>" | b"ne" => c != 0,
            _ => return Err(e.error(
                "ValueError",
                "version_compare(): Argument #3 ($operator) must be a valid comparison operator"
                    .into(),
            )),
        };
    Ok(Zval::Bool(r))
}

thread_local! {
    /// `putenv()`'s changes (None: removed), over the process environment.
    static ENV_CHANGES: RefCell<HashMap<Vec<u8>, Option<Vec<u8>>>> = RefCell::new(HashMap::new());
}

fn env_bytes(s: std::ffi::OsString) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    s.into_vec()
}

/// The environment as the script sees it, in the process's order with `putenv()`'s changes.
fn environment() -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut vars: Vec<(Vec<u8>, Vec<u8>)> = std::env::vars_os()
        .map(|(k, v)| (env_bytes(k), env_bytes(v)))
        .collect();
    ENV_CHANGES.with(|c| {
        for (k, v) in c.borrow().iter() {
            let at = vars.iter().position(|(n, _)| n == k);
            match (at, v) {
                (Some(i), Some(v)) => vars[i].1 = v.clone(),
                (Some(i), None) => {
                    vars.remove(i);
                }
                (None, Some(v)) => vars.push((k.clone(), v.clone())),
                (None, None) => {}
            }
        }
    });
    vars
}

fn getenv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    if !a.has(0) || a.get(0).is_null() {
        let mut arr = ZArr::new();
        for (k, v) in environment() {
            arr.insert(Key::from_bytes(&k), Zval::Str(ZStr::new(&v)));
        }
        return Ok(Zval::Arr(arr));
    }
    let name = a.str(e, 0)?;
    let found = environment()
        .into_iter()
        .find(|(k, _)| k.as_slice() == name.as_bytes());
    Ok(match found {
        Some((_, v)) => Zval::Str(ZStr::new(&v)),
        None => Zval::Bool(false),
    })
}

fn putenv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let s = s.as_bytes();
    if s.is_empty() || s[0] == b'=' {
        return Err(e.error(
            "ValueError",
            "putenv(): Argument #1 ($assignment) must have a valid syntax".into(),
        ));
    }
    let (k, v) = match s.iter().position(|&c| c == b'=') {
        Some(i) => (s[..i].to_vec(), Some(s[i + 1..].to_vec())),
        None => (s.to_vec(), None),
    };
    ENV_CHANGES.with(|c| c.borrow_mut().insert(k, v));
    Ok(Zval::Bool(true))
}

/// A line of `/proc/sys/kernel/`, as `uname()` gives it.
fn kernel(name: &str) -> String {
    std::fs::read_to_string(format!("/proc/sys/kernel/{name}"))
        .map(|s| s.trim_end_matches('\n').to_string())
        .unwrap_or_default()
}

fn php_uname(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let mode = if a.has(0) {
        a.str(e, 0)?.as_bytes().to_vec()
    } else {
        b"a".to_vec()
    };
    let os = {
        let s = kernel("ostype");
        if s.is_empty() {
            "Linux".to_string()
        } else {
            s
        }
    };
    let part = |m: u8| -> String {
        match m {
            b's' => os.clone(),
            b'n' => kernel("hostname"),
            b'r' => kernel("osrelease"),
            b'v' => kernel("version"),
            _ => std::env::consts::ARCH.to_string(),
        }
    };
    let s = match mode.as_slice() {
        [m @ (b's' | b'n' | b'r' | b'v' | b'm')] => part(*m),
        [b'a'] => [b's', b'n', b'r', b'v', b'm']
            .iter()
            .map(|&m| part(m))
            .collect::<Vec<_>>()
            .join(" "),
        _ => {
            return Err(e.error(
                "ValueError",
                "php_uname(): Argument #1 ($mode) must be one of \"a\", \"m\", \"n\", \"r\", \"s\", or \"v\""
                    .into(),
            ))
        }
    };
    Ok(Zval::Str(ZStr::new(s.as_bytes())))
}

fn zend_version(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::str(b"4.4.27"))
}

/// Builtins of this module.
fn getmypid(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(std::process::id() as i64))
}

fn gethostname(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::str(kernel("hostname").as_bytes()))
}

/// The 1, 5 and 15 minute load averages (`false` where the system does not say).
fn sys_getloadavg(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loads: Vec<f64> = text
        .split_whitespace()
        .take(3)
        .filter_map(|x| x.parse().ok())
        .collect();
    if loads.len() != 3 {
        return Ok(Zval::Bool(false));
    }
    Ok(Zval::Arr(ZArr::from_values(
        loads.into_iter().map(Zval::Double),
    )))
}

/// No php.ini is read (`-n`; `-c` files are read as settings, not as PHP's loaded file).
fn php_ini_loaded_file(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Bool(false))
}

thread_local! {
    /// `ignore_user_abort`'s setting (the CLI never sees a client abort).
    static IGNORE_USER_ABORT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn ignore_user_abort(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let old = IGNORE_USER_ABORT.with(|c| c.get());
    if a.has(0) && !matches!(a.get(0), Zval::Null) {
        let on = a.bool_or(e, 0, false)?;
        IGNORE_USER_ABORT.with(|c| c.set(on));
    }
    Ok(Zval::Long(old as i64))
}

/// `CONNECTION_NORMAL`: a CLI script has no client to lose.
fn connection_status(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(0))
}

fn escapeshellarg(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    if s.as_bytes().contains(&0) {
        return Err(a.value_error(e, 0, "must not contain any null bytes"));
    }
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'\'');
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\'' => out.extend_from_slice(b"'\\''"),
            c if c >= 0x80 => {
                // Whole multibyte characters stay; stray bytes go, as in PHP.
                if let Some(n) = crate::process::multibyte_len(&b[i..]) {
                    out.extend_from_slice(&b[i..i + n]);
                    i += n;
                    continue;
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    out.push(b'\'');
    Ok(Zval::Str(ZStr::from_vec(out)))
}

/// A CLI script's client never goes away.
fn connection_aborted(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(0))
}

/// `ip2long`: a dotted IPv4 address in the strict form `inet_pton` takes (four decimal
/// parts without leading zeros), or false.
fn ip2long(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let parts: Vec<&[u8]> = s.as_bytes().split(|&c| c == b'.').collect();
    if parts.len() != 4 {
        return Ok(Zval::Bool(false));
    }
    let mut v: i64 = 0;
    for p in parts {
        let ok = !p.is_empty()
            && p.len() <= 3
            && p.iter().all(u8::is_ascii_digit)
            && !(p.len() > 1 && p[0] == b'0');
        if !ok {
            return Ok(Zval::Bool(false));
        }
        let n: i64 = std::str::from_utf8(p)
            .ok()
            .and_then(|x| x.parse().ok())
            .unwrap_or(256);
        if n > 255 {
            return Ok(Zval::Bool(false));
        }
        v = v << 8 | n;
    }
    Ok(Zval::Long(v))
}

fn long2ip(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.int(e, 0)? as u32;
    let b = n.to_be_bytes();
    Ok(Zval::str(
        format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]).as_bytes(),
    ))
}

/// `getrusage($mode)`: the resources this process (0) or its waited-for children (1) used,
/// under getrusage(2)'s names, in PHP's order; read from `/proc` (times in clock ticks of
/// 1/100 s there, page faults and context switches as counted by the kernel).
fn getrusage(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let children = a.int_or(e, 0, 0)? == 1;
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<i64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    // `rest` starts at field 3 (state): field n is f[n - 3].
    let field = |n: usize| f.get(n - 3).copied().unwrap_or(0);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let status_kb = |key: &str| -> i64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    let io = std::fs::read_to_string("/proc/self/io").unwrap_or_default();
    let io_blocks = |key: &str| -> i64 {
        io.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().parse::<i64>().ok())
            .map_or(0, |b| b / 512)
    };
    let (minflt, majflt, utime, stime) = if children {
        (field(11), field(13), field(16), field(17))
    } else {
        (field(10), field(12), field(14), field(15))
    };
    let (maxrss, nvcsw, nivcsw, inblock, oublock) = if children {
        (0, 0, 0, 0, 0)
    } else {
        (
            status_kb("VmHWM:"),
            status_kb("voluntary_ctxt_switches:"),
            status_kb("nonvoluntary_ctxt_switches:"),
            io_blocks("read_bytes:"),
            io_blocks("write_bytes:"),
        )
    };
    let mut out = ZArr::new();
    for (k, v) in [
        ("ru_oublock", oublock),
        ("ru_inblock", inblock),
        ("ru_msgsnd", 0),
        ("ru_msgrcv", 0),
        ("ru_maxrss", maxrss),
        ("ru_ixrss", 0),
        ("ru_idrss", 0),
        ("ru_minflt", minflt),
        ("ru_majflt", majflt),
        ("ru_nsignals", 0),
        ("ru_nvcsw", nvcsw),
        ("ru_nivcsw", nivcsw),
        ("ru_nswap", 0),
        ("ru_utime.tv_usec", utime % 100 * 10_000),
        ("ru_utime.tv_sec", utime / 100),
        ("ru_stime.tv_usec", stime % 100 * 10_000),
        ("ru_stime.tv_sec", stime / 100),
    ] {
        out.insert(
            memphis_values::Key::Str(ZStr::new(k.as_bytes())),
            Zval::Long(v),
        );
    }
    Ok(Zval::Arr(out))
}

/// `get_resources($type)`: the live resources keyed by number, all or those of one type.
fn get_resources(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let kind = if a.has(0) && !a.get(0).is_null() {
        Some(a.str(e, 0)?)
    } else {
        None
    };
    // The resource types PHP's loaded extensions register (under `php -n`).
    const TYPES: [&[u8]; 6] = [
        b"Unknown",
        b"stream",
        b"persistent stream",
        b"stream-context",
        b"stream filter",
        b"process",
    ];
    if let Some(k) = &kind {
        if !TYPES.contains(&k.as_bytes()) {
            return Err(a.value_error(e, 0, "must be a valid resource type"));
        }
    }
    let mut out = ZArr::new();
    for r in memphis_values::ZRes::live() {
        if kind
            .as_ref()
            .is_none_or(|k| k.as_bytes() == r.kind().as_bytes())
        {
            out.insert(Key::Int(r.handle() as i64), Zval::Res(r));
        }
    }
    Ok(Zval::Arr(out))
}

pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "version_compare",
        params: params!["version1", "version2", "?operator"],
        variadic: false,
        f: version_compare,
    },
    Builtin {
        name: "getenv",
        params: params!["?name", "?local_only"],
        variadic: false,
        f: getenv,
    },
    Builtin {
        name: "putenv",
        params: params!["assignment"],
        variadic: false,
        f: putenv,
    },
    Builtin {
        name: "php_uname",
        params: params!["?mode"],
        variadic: false,
        f: php_uname,
    },
    Builtin {
        name: "zend_version",
        params: params![],
        variadic: false,
        f: zend_version,
    },
    Builtin {
        name: "get_resources",
        params: params!["?type"],
        variadic: false,
        f: get_resources,
    },
    Builtin {
        name: "getrusage",
        params: params!["?mode"],
        variadic: false,
        f: getrusage,
    },
    Builtin {
        name: "getmypid",
        params: params![],
        variadic: false,
        f: getmypid,
    },
    Builtin {
        name: "gethostname",
        params: params![],
        variadic: false,
        f: gethostname,
    },
    Builtin {
        name: "sys_getloadavg",
        params: params![],
        variadic: false,
        f: sys_getloadavg,
    },
    Builtin {
        name: "php_ini_loaded_file",
        params: params![],
        variadic: false,
        f: php_ini_loaded_file,
    },
    Builtin {
        name: "ignore_user_abort",
        params: params!["?enable"],
        variadic: false,
        f: ignore_user_abort,
    },
    Builtin {
        name: "connection_status",
        params: params![],
        variadic: false,
        f: connection_status,
    },
    Builtin {
        name: "escapeshellarg",
        params: params!["arg"],
        variadic: false,
        f: escapeshellarg,
    },
    Builtin {
        name: "connection_aborted",
        params: params![],
        variadic: false,
        f: connection_aborted,
    },
    Builtin {
        name: "ip2long",
        params: params!["ip"],
        variadic: false,
        f: ip2long,
    },
    Builtin {
        name: "long2ip",
        params: params!["ip"],
        variadic: false,
        f: long2ip,
    },
];
