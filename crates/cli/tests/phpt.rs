//! The `.phpt` harness: every `.phpt` file under `<repo>/tests/` is one test case.
//!
//! A `.phpt` file is PHP's own test format (php-src `run-tests.php`): sections headed by
//! `--NAME--` lines. The script in `--FILE--` is written to a temporary directory, run with the
//! `memphis` binary, and its output (stdout and stderr merged into one pipe, as run-tests.php
//! does with `2>&1`) is compared with `--EXPECT--`, `--EXPECTF--` or `--EXPECTREGEX--` after both
//! are trimmed, again as run-tests.php does. Expectations are the reference PHP's output
//! (`scripts/new-phpt` writes them; `scripts/oracle-check` re-checks them against the oracle).
//!
//! Sections understood:
//!
//! * `--TEST--` title (required)
//! * `--INI--` `key=value` lines, each passed as `-d key=value`
//! * `--ARGS--` arguments after the script name (split like a shell would, quotes allowed)
//! * `--STDIN--` bytes fed to standard input (otherwise stdin is empty)
//! * `--FILE--` the script (required)
//! * `--EXPECT--` / `--EXPECTF--` / `--EXPECTREGEX--` the expected output (exactly one)
//! * `--EXPECT_EXIT--` the expected exit code (a Memphis extension; unchecked when absent)
//! * `--SKIPIF--` a script run first with memphis; output starting with "skip" ignores the test
//! * `--XFAIL--` the test is expected to fail; it is reported as ignored with the given reason
//! * `--CLEAN--` accepted and ignored (each test runs in its own temporary directory anyway)
//!
//! `tests/known-failures.txt` lists tests the VM does not pass yet. They are reported as
//! ignored — but only after running them: a listed test that passes fails the run with
//! "listed in known-failures.txt but passes: remove it", so the list can only shrink.
//! With `--include-ignored` (or `--ignored`) listed tests report their real result.
//!
//! Environment: `PHPT_TIMEOUT` (seconds per run, default 10); `PHPT_BIN` runs another binary
//! instead of memphis (`PHPT_BIN=../shared/tools/php-oracle` checks the harness against PHP);
//! `PHPT_DIR` takes the tests from another directory than `<repo>/tests`.

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use regex::bytes::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const KNOWN_FAILURES: &str = "known-failures.txt";
const KNOWN_REASON: &str = "known failure (tests/known-failures.txt)";

fn main() {
    let args = Arguments::from_args();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = manifest
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| manifest.join("../.."));
    let tests_dir = match std::env::var_os("PHPT_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo.join("tests"),
    };
    let run_ignored = args.include_ignored || args.ignored;

    let mut files = Vec::new();
    collect_phpt(&tests_dir, &mut files);
    files.sort();

    let (known, known_err) = match read_known_failures(&tests_dir.join(KNOWN_FAILURES)) {
        Ok(k) => (k, None),
        Err(e) => (BTreeSet::new(), Some(e)),
    };

    let scratch =
        Arc::new(std::env::temp_dir().join(format!("memphis-phpt-{}", std::process::id())));
    let mut trials = Vec::new();
    let mut names = BTreeSet::new();
    for file in files {
        let name = rel_name(&tests_dir, &file);
        names.insert(name.clone());
        let is_known = known.contains(&name);
        let scratch = Arc::clone(&scratch);
        let trial_name = name.clone();
        trials.push(Trial::ignorable_test(trial_name, move || {
            let case = Case::load(&file, &name).map_err(Failed::from)?;
            if let Some(reason) = &case.xfail {
                if !run_ignored {
                    return Ok(Completion::ignored_with(format!(
                        "XFAIL: {}",
                        reason.trim()
                    )));
                }
            }
            let outcome = case.run(&scratch)?;
            match (outcome, is_known && !run_ignored) {
                (Outcome::Skipped(why), _) => Ok(Completion::ignored_with(why)),
                (Outcome::Pass, false) => Ok(Completion::Completed),
                (Outcome::Fail(report), false) => Err(report.into()),
                (Outcome::Fail(_), true) => Ok(Completion::ignored_with(KNOWN_REASON)),
                (Outcome::Pass, true) => Err(format!(
                    "{name}: listed in known-failures.txt but passes: remove it \
                     (or run scripts/update-known-failures)"
                )
                .into()),
            }
        }));
    }

    // The list itself is checked too: an entry naming no test is a stale entry.
    trials.push(Trial::test(
        "known-failures.txt (entries name existing tests)",
        move || {
            if let Some(e) = known_err {
                return Err(e.into());
            }
            let stale: Vec<_> = known.difference(&names).cloned().collect();
            if stale.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "tests/known-failures.txt lists tests that do not exist: remove them\n  {}",
                    stale.join("\n  ")
                )
                .into())
            }
        },
    ));

    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&*scratch);
    conclusion.exit();
}

fn collect_phpt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_phpt(&path, out);
        } else if path.extension().is_some_and(|e| e == "phpt") {
            out.push(path);
        }
    }
}

fn rel_name(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn read_known_failures(path: &Path) -> Result<BTreeSet<String>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_start_matches("tests/").to_string())
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Parsing a .phpt file
// ---------------------------------------------------------------------------------------------

const KNOWN_SECTIONS: &[&str] = &[
    "TEST",
    "INI",
    "ARGS",
    "STDIN",
    "FILE",
    "EXPECT",
    "EXPECTF",
    "EXPECTREGEX",
    "EXPECT_EXIT",
    "SKIPIF",
    "XFAIL",
    "CLEAN",
    "DESCRIPTION",
    "CREDITS",
];

enum Expect {
    Exact(Vec<u8>),
    Format(Vec<u8>),
    Regex(Vec<u8>),
}

struct Case {
    name: String,
    path: PathBuf,
    title: String,
    ini: Vec<String>,
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    file: Vec<u8>,
    expect: Expect,
    exit: Option<i32>,
    skipif: Option<Vec<u8>>,
    xfail: Option<String>,
}

/// Splits a .phpt file into its sections. A section header is a line `--NAME--` (upper case,
/// digits and `_`); everything up to the next header is the section's body.
fn parse_sections(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut sections: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let trimmed = trim_ascii_end(line);
        let header = trimmed.len() > 4
            && trimmed.starts_with(b"--")
            && trimmed.ends_with(b"--")
            && trimmed[2..trimmed.len() - 2]
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
        if header {
            let name = String::from_utf8_lossy(&trimmed[2..trimmed.len() - 2]).into_owned();
            if sections.contains_key(&name) {
                return Err(format!("section --{name}-- appears twice"));
            }
            sections.insert(name.clone(), Vec::new());
            current = Some(name);
        } else if let Some(name) = &current {
            sections.get_mut(name).unwrap().extend_from_slice(line);
        } else if !trimmed.is_empty() {
            return Err("text before the first section".into());
        }
    }
    Ok(sections)
}

impl Case {
    fn load(path: &Path, name: &str) -> Result<Case, String> {
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut s = parse_sections(&bytes).map_err(|e| format!("{name}: malformed .phpt: {e}"))?;
        for key in s.keys() {
            if !KNOWN_SECTIONS.contains(&key.as_str()) {
                return Err(format!("{name}: unsupported section --{key}--"));
            }
        }
        let text = |v: Vec<u8>| String::from_utf8_lossy(&v).into_owned();
        let title = s
            .remove("TEST")
            .map(|t| text(t).trim().to_string())
            .ok_or_else(|| format!("{name}: missing --TEST--"))?;
        let file = s
            .remove("FILE")
            .ok_or_else(|| format!("{name}: missing --FILE--"))?;
        let mut expects = Vec::new();
        if let Some(e) = s.remove("EXPECT") {
            expects.push(Expect::Exact(e));
        }
        if let Some(e) = s.remove("EXPECTF") {
            expects.push(Expect::Format(e));
        }
        if let Some(e) = s.remove("EXPECTREGEX") {
            expects.push(Expect::Regex(e));
        }
        if expects.len() != 1 {
            return Err(format!(
                "{name}: needs exactly one of --EXPECT--, --EXPECTF--, --EXPECTREGEX--"
            ));
        }
        let ini = s
            .remove("INI")
            .map(|v| {
                text(v)
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with(';'))
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        let args = match s.remove("ARGS") {
            Some(v) => shell_split(text(v).trim()).map_err(|e| format!("{name}: --ARGS--: {e}"))?,
            None => Vec::new(),
        };
        let exit = match s.remove("EXPECT_EXIT") {
            Some(v) => Some(
                text(v)
                    .trim()
                    .parse::<i32>()
                    .map_err(|e| format!("{name}: --EXPECT_EXIT--: {e}"))?,
            ),
            None => None,
        };
        Ok(Case {
            name: name.to_string(),
            path: path.to_path_buf(),
            title,
            ini,
            args,
            stdin: s.remove("STDIN"),
            file,
            expect: expects.pop().unwrap(),
            exit,
            skipif: s.remove("SKIPIF"),
            xfail: s.remove("XFAIL").map(text),
        })
    }
}

/// Splits an --ARGS-- line into words as a POSIX shell would for plain words and quotes.
fn shell_split(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unterminated '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => cur.push(c),
                            Some(c) => {
                                cur.push('\\');
                                cur.push(c)
                            }
                            None => return Err("unterminated \"".into()),
                        },
                        Some(c) => cur.push(c),
                        None => return Err("unterminated \"".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    cur.push(c);
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

enum Outcome {
    Pass,
    Skipped(String),
    Fail(String),
}

struct RunResult {
    output: Vec<u8>,
    code: Option<i32>,
    note: Option<String>,
}

/// The runtime under test: the memphis binary cargo built, or `$PHPT_BIN` when set (e.g. the
/// php-oracle, to check the harness itself against the reference).
fn binary() -> PathBuf {
    match std::env::var_os("PHPT_BIN") {
        Some(b) if !b.is_empty() => PathBuf::from(b),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_memphis")),
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("PHPT_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok());
    Duration::from_secs(secs.unwrap_or(10))
}

/// Runs `memphis [-d ini]... SCRIPT [args]...` in the script's directory, with stdout and
/// stderr on one pipe (run-tests.php runs its command with `2>&1`), killing it after the timeout.
fn run_memphis(dir: &Path, script: &str, case: &Case, stdin: Option<&[u8]>) -> RunResult {
    let (mut reader, writer) = match std::io::pipe() {
        Ok(p) => p,
        Err(e) => return failed_to_run(format!("pipe: {e}")),
    };
    let writer2 = match writer.try_clone() {
        Ok(w) => w,
        Err(e) => return failed_to_run(format!("pipe: {e}")),
    };
    let mut cmd = Command::new(binary());
    for ini in &case.ini {
        cmd.arg("-d").arg(ini);
    }
    cmd.arg(script)
        .args(&case.args)
        .current_dir(dir)
        .stdout(writer)
        .stderr(writer2)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
    // Its own process group, so a timeout kills whatever it started too (a wrapper's children
    // would otherwise keep the pipe open).
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return failed_to_run(format!("cannot start memphis: {e}")),
    };
    // The Command still holds the pipe's write ends: drop it so EOF arrives when the child exits.
    drop(cmd);
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().unwrap();
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let collector = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = reader.read_to_end(&mut buf);
        buf
    });

    let deadline = Instant::now() + timeout();
    let mut note = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                kill_group(child.id());
                let _ = child.kill();
                let _ = child.wait();
                note = Some(format!(
                    "** ERROR: process timed out after {}s **",
                    timeout().as_secs()
                ));
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                note = Some(format!("wait failed: {e}"));
                break None;
            }
        }
    };
    if let Some(f) = feeder {
        let _ = f.join();
    }
    let mut output = collector.join().unwrap_or_default();
    let code = status.and_then(|s| s.code());
    #[cfg(unix)]
    if let Some(sig) = status.and_then(|s| std::os::unix::process::ExitStatusExt::signal(&s)) {
        output.extend_from_slice(format!("\nTermsig={sig}\n").as_bytes());
    }
    if let Some(n) = &note {
        output.extend_from_slice(format!("\n{n}\n").as_bytes());
    }
    RunResult { output, code, note }
}

fn kill_group(pid: u32) {
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn failed_to_run(msg: String) -> RunResult {
    RunResult {
        output: msg.clone().into_bytes(),
        code: None,
        note: Some(msg),
    }
}

impl Case {
    fn run(&self, scratch: &Path) -> Result<Outcome, String> {
        let stem = self.name.trim_end_matches(".phpt");
        let dir = scratch.join(stem);
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let base = Path::new(stem)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let result = self.run_in(&dir, &base);
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn run_in(&self, dir: &Path, base: &str) -> Result<Outcome, String> {
        if let Some(skipif) = &self.skipif {
            let script = format!("{base}.skip.php");
            std::fs::write(dir.join(&script), skipif).map_err(|e| e.to_string())?;
            let r = run_memphis(dir, &script, self, None);
            let out = String::from_utf8_lossy(trim_php(&r.output)).into_owned();
            if out.to_ascii_lowercase().starts_with("skip") {
                return Ok(Outcome::Skipped(out));
            }
        }
        let script = format!("{base}.php");
        std::fs::write(dir.join(&script), &self.file).map_err(|e| e.to_string())?;
        let r = run_memphis(dir, &script, self, self.stdin.as_deref());
        let actual = normalize(&r.output);
        let (ok, wanted, kind) = match &self.expect {
            Expect::Exact(w) => {
                let w = normalize(w);
                (w == actual, w, "EXPECT")
            }
            Expect::Format(w) => {
                let w = normalize(w);
                (matches_regex(&expectf_to_regex(&w), &actual)?, w, "EXPECTF")
            }
            Expect::Regex(w) => {
                let w = normalize(w);
                (
                    matches_regex(&String::from_utf8_lossy(&w), &actual)?,
                    w,
                    "EXPECTREGEX",
                )
            }
        };
        let exit_ok = match self.exit {
            Some(want) => r.code == Some(want),
            None => true,
        };
        if ok && exit_ok && r.note.is_none() {
            return Ok(Outcome::Pass);
        }
        let mut report = String::new();
        report.push_str(&format!("{} — {}\n", self.name, self.title));
        report.push_str(&format!("file: {}\n", self.path.display()));
        if let Some(n) = &r.note {
            report.push_str(&format!("note: {n}\n"));
        }
        if !exit_ok {
            report.push_str(&format!(
                "exit code: expected {}, got {}\n",
                self.exit.unwrap(),
                r.code
                    .map_or("none (killed)".to_string(), |c| c.to_string())
            ));
        }
        if !ok {
            report.push_str(&format!(
                "----- expected ({kind}) -----\n{}\n----- actual -----\n{}\n----- diff (- expected, + actual) -----\n{}",
                String::from_utf8_lossy(&wanted),
                String::from_utf8_lossy(&actual),
                diff(&wanted, &actual, matches!(self.expect, Expect::Format(_))),
            ));
        }
        Ok(Outcome::Fail(report))
    }
}

// ---------------------------------------------------------------------------------------------
// Comparing (run-tests.php's rules)
// ---------------------------------------------------------------------------------------------

/// PHP's trim() character set: " \t\n\r\0\x0B".
fn is_php_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0 | 0x0b)
}

fn trim_php(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_php_space(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_php_space(b))
        .map_or(start, |p| p + 1);
    &s[start..end]
}

fn trim_ascii_end(s: &[u8]) -> &[u8] {
    let end = s
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    &s[..end]
}

/// run-tests.php: `trim(preg_replace("/\r\n/", "\n", $out))`.
fn normalize(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(s[i]);
        i += 1;
    }
    trim_php(&out).to_vec()
}

/// Quotes literal bytes for a `regex::bytes` pattern with Unicode off: meta characters get a
/// backslash, bytes outside printable ASCII become `\xNN`.
fn quote_bytes(s: &[u8], out: &mut String) {
    for &b in s {
        if b.is_ascii_alphanumeric() || b == b'_' || b == b' ' || b == b'%' {
            out.push(b as char);
        } else if b.is_ascii_graphic() {
            if regex_syntax_is_meta(b as char) {
                out.push('\\');
            }
            out.push(b as char);
        } else {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
}

fn regex_syntax_is_meta(c: char) -> bool {
    matches!(
        c,
        '\\' | '.'
            | '+'
            | '*'
            | '?'
            | '('
            | ')'
            | '|'
            | '['
            | ']'
            | '{'
            | '}'
            | '^'
            | '$'
            | '#'
            | '&'
            | '-'
            | '~'
    )
}

/// run-tests.php's `expectf_to_regex`: quote everything except `%r...%r` sections, then
/// replace the placeholders.
fn expectf_to_regex(wanted: &[u8]) -> String {
    let mut quoted = String::new();
    let mut start_offset = 0;
    let len = wanted.len();
    let find = |from: usize| -> Option<usize> {
        (from..len.saturating_sub(1)).find(|&i| wanted[i] == b'%' && wanted[i + 1] == b'r')
    };
    while start_offset < len {
        let (start, end) = match find(start_offset) {
            Some(start) => match find(start + 2) {
                Some(end) => (start, end),
                None => (len, len),
            },
            None => (len, len),
        };
        quote_bytes(&wanted[start_offset..start], &mut quoted);
        if end > start {
            quoted.push('(');
            quoted.push_str(&String::from_utf8_lossy(&wanted[start + 2..end]));
            quoted.push(')');
        }
        start_offset = end + 2;
    }
    // strtr(): scan left to right, replacing each two-byte placeholder.
    let mut out = String::with_capacity(quoted.len());
    let mut chars = quoted.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            let rep = match chars.peek() {
                Some('e') => Some("/"),
                Some('s') => Some(r"[^\r\n]+"),
                Some('S') => Some(r"[^\r\n]*"),
                Some('a') => Some(r".+?"),
                Some('A') => Some(r".*?"),
                Some('w') => Some(r"\s*"),
                Some('i') => Some(r"[+-]?\d+"),
                Some('d') => Some(r"\d+"),
                Some('x') => Some(r"[0-9a-fA-F]+"),
                // PHP's `[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?` without the look-ahead.
                Some('f') => Some(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[Ee][+-]?\d+)?"),
                Some('c') => Some(r"."),
                Some('0') => Some(r"\x00"),
                _ => None,
            };
            if let Some(rep) = rep {
                chars.next();
                out.push_str(rep);
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `preg_match('/^' . $re . '$/s', $output)` with byte semantics.
fn matches_regex(re: &str, actual: &[u8]) -> Result<bool, String> {
    let full = format!("(?s-u)^(?:{re})$");
    let compiled = Regex::new(&full).map_err(|e| format!("invalid expectation regex: {e}"))?;
    Ok(compiled.is_match(actual))
}

// ---------------------------------------------------------------------------------------------
// A short unified-style diff
// ---------------------------------------------------------------------------------------------

fn diff<'a>(wanted: &'a [u8], actual: &'a [u8], expectf: bool) -> String {
    let lines = |s: &'a [u8]| -> Vec<&'a [u8]> {
        if s.is_empty() {
            Vec::new()
        } else {
            s.split(|&b| b == b'\n').collect()
        }
    };
    let a = lines(wanted);
    let b = lines(actual);
    let line_re: Vec<Option<Regex>> = a
        .iter()
        .map(|l| {
            if expectf {
                Regex::new(&format!("(?s-u)^(?:{})$", expectf_to_regex(l))).ok()
            } else {
                None
            }
        })
        .collect();
    let same = |i: usize, j: usize| match &line_re[i] {
        Some(re) => re.is_match(b[j]),
        None => a[i] == b[j],
    };
    const MAX: usize = 2000;
    if a.len() > MAX || b.len() > MAX {
        return format!(
            "(output too long to diff: {} vs {} lines)\n",
            a.len(),
            b.len()
        );
    }
    // LCS table, then walk it producing ' ', '-', '+' lines.
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same(i, j) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &[u8])> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && same(i, j) {
            ops.push((' ', b[j]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    // Print changed lines with two lines of context, hunks separated by "@@".
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| *k != ' ')
        .map(|(i, _)| i)
        .collect();
    let mut out = String::new();
    let mut last_printed: Option<usize> = None;
    for (idx, (kind, line)) in ops.iter().enumerate() {
        let near = changed.iter().any(|&c| idx + 2 >= c && idx <= c + 2);
        if !near {
            continue;
        }
        if let Some(l) = last_printed {
            if idx > l + 1 {
                out.push_str("@@\n");
            }
        }
        out.push(*kind);
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
        last_printed = Some(idx);
    }
    out
}
