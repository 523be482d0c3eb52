//! Running shell commands: `shell_exec` (and the backtick operator), `exec`, `system`,
//! `passthru`, `escapeshellcmd`. Commands run under `/bin/sh -c` as PHP's `popen` runs them,
//! with the script's standard input and error.

use crate::args::Args;
use crate::string::sv;
use crate::{params, BResult, Builtin, Engine, Flow};
use memphis_values::{ZArr, ZStr, Zval};
use std::io::Read;
use std::process::{Command, Stdio};

/// The command argument: not empty (where PHP insists) and free of NUL bytes.
fn command_arg(e: &mut dyn Engine, a: &Args, empty_ok: bool) -> Result<Vec<u8>, Flow> {
    let c = a.str(e, 0)?;
    if !empty_ok && c.as_bytes().is_empty() {
        return Err(a.value_error(e, 0, "must not be empty"));
    }
    if c.as_bytes().contains(&0) {
        return Err(a.value_error(e, 0, "must not contain any null bytes"));
    }
    Ok(c.as_bytes().to_vec())
}

/// A running `sh -c` whose standard output is read as it comes.
fn spawn(e: &mut dyn Engine, cmd: &[u8]) -> Option<std::process::Child> {
    use std::os::unix::ffi::OsStrExt;
    // What the script printed comes before what the command prints on its own (stderr).
    e.flush_output();
    Command::new("/bin/sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(cmd))
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .ok()
}

/// Reads the child's whole output and waits for it; its exit status as PHP reports it.
fn finish(mut child: std::process::Child, mut each: impl FnMut(&[u8])) -> i64 {
    if let Some(mut out) = child.stdout.take() {
        let mut buf = [0u8; 8192];
        loop {
            match out.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => each(&buf[..n]),
            }
        }
    }
    match child.wait() {
        Ok(st) => match st.code() {
            Some(c) => c as i64,
            None => {
                use std::os::unix::process::ExitStatusExt;
                st.signal().map_or(-1, |s| 128 + s as i64)
            }
        },
        Err(_) => -1,
    }
}

/// A line as `exec` and `system` keep it: trailing whitespace gone.
fn trim_line(l: &[u8]) -> &[u8] {
    let end = l
        .iter()
        .rposition(|c| !c.is_ascii_whitespace() && *c != 0x0b)
        .map_or(0, |p| p + 1);
    &l[..end]
}

fn shell_exec(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cmd = command_arg(e, a, true)?;
    let Some(child) = spawn(e, &cmd) else {
        return Ok(Zval::Bool(false));
    };
    let mut out = Vec::new();
    finish(child, |b| out.extend_from_slice(b));
    Ok(if out.is_empty() { Zval::Null } else { sv(out) })
}

fn exec(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cmd = command_arg(e, a, false)?;
    let Some(child) = spawn(e, &cmd) else {
        return Ok(Zval::Bool(false));
    };
    let mut all = Vec::new();
    let rc = finish(child, |b| all.extend_from_slice(b));
    let mut lines: Vec<&[u8]> = all.split(|&c| c == b'\n').collect();
    if all.ends_with(b"\n") {
        lines.pop();
    }
    let last = lines
        .last()
        .map(|l| trim_line(l).to_vec())
        .unwrap_or_default();
    if matches!(a.raw(1), Some(Zval::Ref(_))) {
        // Lines are appended to an array given; anything else becomes one.
        let mut arr = match a.get(1) {
            Zval::Arr(arr) => arr,
            _ => ZArr::new(),
        };
        for l in &lines {
            arr.push(sv(trim_line(l).to_vec()));
        }
        a.set_ref(1, Zval::Arr(arr));
    }
    a.set_ref(2, Zval::Long(rc));
    Ok(Zval::Str(ZStr::from_vec(last)))
}

fn system(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cmd = command_arg(e, a, false)?;
    let Some(child) = spawn(e, &cmd) else {
        return Ok(Zval::Bool(false));
    };
    let mut all = Vec::new();
    let rc = finish(child, |b| all.extend_from_slice(b));
    e.echo(&all);
    let mut lines: Vec<&[u8]> = all.split(|&c| c == b'\n').collect();
    if all.ends_with(b"\n") {
        lines.pop();
    }
    let last = lines
        .last()
        .map(|l| trim_line(l).to_vec())
        .unwrap_or_default();
    a.set_ref(1, Zval::Long(rc));
    Ok(Zval::Str(ZStr::from_vec(last)))
}

fn passthru(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cmd = command_arg(e, a, false)?;
    let Some(child) = spawn(e, &cmd) else {
        return Ok(Zval::Bool(false));
    };
    let mut all = Vec::new();
    let rc = finish(child, |b| all.extend_from_slice(b));
    e.echo(&all);
    a.set_ref(1, Zval::Long(rc));
    Ok(Zval::Null)
}

/// The length of the valid UTF-8 character starting `b` (which starts with a byte ≥ 0x80),
/// or `None`: PHP's shell escaping keeps whole multibyte characters and drops stray bytes
/// (`mblen` under the CLI's UTF-8 character type).
pub(crate) fn multibyte_len(b: &[u8]) -> Option<usize> {
    (2..=4.min(b.len())).find(|&n| std::str::from_utf8(&b[..n]).is_ok())
}

/// `escapeshellcmd`: a backslash before each shell metacharacter, and before quotes that
/// have no partner.
fn escapeshellcmd(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    if b.contains(&0) {
        return Err(a.value_error(e, 0, "must not contain any null bytes"));
    }
    let mut out = Vec::with_capacity(b.len() * 2);
    // The quote whose partner further on keeps both unescaped, while one is open.
    let mut open: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c >= 0x80 {
            if let Some(n) = multibyte_len(&b[i..]) {
                out.extend_from_slice(&b[i..i + n]);
                i += n;
            } else {
                i += 1;
            }
            continue;
        }
        match c {
            b'"' | b'\'' => match open {
                None if b[i + 1..].contains(&c) => {
                    open = Some(c);
                    out.push(c);
                }
                Some(q) if q == c => {
                    open = None;
                    out.push(c);
                }
                _ => {
                    out.push(b'\\');
                    out.push(c);
                }
            },
            b'#' | b'&' | b';' | b'`' | b'|' | b'*' | b'?' | b'~' | b'<' | b'>' | b'^' | b'('
            | b')' | b'[' | b']' | b'{' | b'}' | b'$' | b'\\' | b'\n' => {
                out.push(b'\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    Ok(sv(out))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "shell_exec",
        params: params!["command"],
        variadic: false,
        f: shell_exec,
    },
    Builtin {
        name: "exec",
        params: params!["command", "&?output", "&?result_code"],
        variadic: false,
        f: exec,
    },
    Builtin {
        name: "system",
        params: params!["command", "&?result_code"],
        variadic: false,
        f: system,
    },
    Builtin {
        name: "passthru",
        params: params!["command", "&?result_code"],
        variadic: false,
        f: passthru,
    },
    Builtin {
        name: "escapeshellcmd",
        params: params!["command"],
        variadic: false,
        f: escapeshellcmd,
    },
];
