"""Shared .phpt helpers for scripts/new-phpt and scripts/oracle-check.

The rules are those of crates/cli/tests/phpt.rs (the cargo harness), which follow php-src's
run-tests.php: output and expectation are both trimmed (PHP's trim(), after \\r\\n -> \\n) and
compared exactly (--EXPECT--), through run-tests.php's placeholder translation (--EXPECTF--),
or as a regular expression (--EXPECTREGEX--). Keep the three in step.
"""
import os
import re
import shlex
import subprocess
import tempfile

SECTIONS = {"TEST", "INI", "ARGS", "STDIN", "FILE", "EXPECT", "EXPECTF", "EXPECTREGEX",
            "EXPECT_EXIT", "SKIPIF", "XFAIL", "CLEAN", "DESCRIPTION", "CREDITS"}
HEADER = re.compile(rb"^--([A-Z0-9_]+)--\s*$")
SCRIPTS = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(SCRIPTS)
TESTS = os.environ.get("PHPT_DIR") or os.path.join(REPO, "tests")
ORACLE = os.path.normpath(os.path.join(REPO, "..", "shared", "tools", "php-oracle"))


class BadPhpt(Exception):
    pass


def parse(data: bytes) -> dict:
    """Split a .phpt into {section name: body bytes}."""
    sections, current = {}, None
    for line in data.splitlines(keepends=True):
        m = HEADER.match(line.rstrip())
        if m:
            name = m.group(1).decode()
            if name in sections:
                raise BadPhpt(f"section --{name}-- appears twice")
            if name not in SECTIONS:
                raise BadPhpt(f"unsupported section --{name}--")
            sections[name] = b""
            current = name
        elif current is not None:
            sections[current] += line
        elif line.strip():
            raise BadPhpt("text before the first section")
    for need in ("TEST", "FILE"):
        if need not in sections:
            raise BadPhpt(f"missing --{need}--")
    return sections


def ini_options(sections: dict) -> list:
    opts = []
    for line in sections.get("INI", b"").decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line and not line.startswith(";"):
            opts += ["-d", line]
    return opts


def args_of(sections: dict) -> list:
    return shlex.split(sections.get("ARGS", b"").decode("utf-8", "replace").strip())


def trim_php(s: bytes) -> bytes:
    return s.strip(b" \t\n\r\0\x0b")


def normalize(s: bytes) -> bytes:
    return trim_php(s.replace(b"\r\n", b"\n"))


PLACEHOLDERS = {
    b"e": rb"/",
    b"s": rb"[^\r\n]+",
    b"S": rb"[^\r\n]*",
    b"a": rb".+?",
    b"A": rb".*?",
    b"w": rb"\s*",
    b"i": rb"[+-]?\d+",
    b"d": rb"\d+",
    b"x": rb"[0-9a-fA-F]+",
    b"f": rb"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[Ee][+-]?\d+)?",
    b"c": rb".",
    b"0": rb"\x00",
}


def expectf_to_regex(wanted: bytes) -> bytes:
    """run-tests.php's expectf_to_regex(): quote all but %r...%r, then strtr() placeholders."""
    quoted, start_offset, n = b"", 0, len(wanted)
    while start_offset < n:
        start = wanted.find(b"%r", start_offset)
        if start != -1:
            end = wanted.find(b"%r", start + 2)
            if end == -1:
                start = end = n
        else:
            start = end = n
        quoted += re.escape(wanted[start_offset:start])
        if end > start:
            quoted += b"(" + wanted[start + 2:end] + b")"
        start_offset = end + 2
    out, i = bytearray(), 0
    while i < len(quoted):
        if quoted[i:i + 1] == b"%" and quoted[i + 1:i + 2] in PLACEHOLDERS:
            out += PLACEHOLDERS[quoted[i + 1:i + 2]]
            i += 2
        else:
            out += quoted[i:i + 1]
            i += 1
    return bytes(out)


def expectation(sections: dict):
    kinds = [k for k in ("EXPECT", "EXPECTF", "EXPECTREGEX") if k in sections]
    if len(kinds) != 1:
        raise BadPhpt("needs exactly one of --EXPECT--, --EXPECTF--, --EXPECTREGEX--")
    return kinds[0], sections[kinds[0]]


def matches(kind: str, wanted: bytes, actual: bytes) -> bool:
    wanted, actual = normalize(wanted), normalize(actual)
    if kind == "EXPECT":
        return wanted == actual
    pattern = expectf_to_regex(wanted) if kind == "EXPECTF" else wanted
    return re.fullmatch(b"(?:" + pattern + b")", actual, re.S) is not None


def expected_exit(sections: dict):
    if "EXPECT_EXIT" not in sections:
        return None
    return int(sections["EXPECT_EXIT"].decode().strip())


def oracle_available():
    """(True, None) or (False, reason)."""
    if not os.path.exists(ORACLE):
        return False, f"{ORACLE} not found"
    try:
        p = subprocess.run([ORACLE, "--ensure"], capture_output=True, timeout=600,
                           stdin=subprocess.DEVNULL)
    except Exception as e:  # noqa: BLE001
        return False, f"php-oracle --ensure failed: {e}"
    if p.returncode != 0:
        err = (p.stderr or p.stdout).decode("utf-8", "replace").strip().splitlines()
        return False, "php-oracle --ensure failed: " + (err[-1] if err else f"exit {p.returncode}")
    return True, None


def run_oracle(sections: dict, stem: str, code_key: str = "FILE", timeout: int = 60):
    """Run one section on the oracle like the harness runs memphis: the script is named
    <stem>.php, INI lines become -d options, ARGS follow the script, STDIN is fed in, stdout
    and stderr share one pipe. Returns (output bytes, exit code or None on timeout)."""
    with tempfile.TemporaryDirectory(prefix="phpt-oracle-") as d:
        script = os.path.join(d, stem + ".php")
        with open(script, "wb") as f:
            f.write(sections[code_key])
        cmd = [ORACLE] + ini_options(sections) + [script]
        if code_key == "FILE":
            cmd += args_of(sections)
        stdin = sections.get("STDIN") if code_key == "FILE" else None
        try:
            p = subprocess.run(cmd, input=stdin if stdin is not None else b"",
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=timeout, start_new_session=True)
        except subprocess.TimeoutExpired as e:
            return (e.output or b"") + b"\n** ERROR: process timed out **\n", None
        return p.stdout, p.returncode


RUN_DIR = re.compile(rb"/tmp/run\.[A-Za-z0-9]{6}")


def to_expectation(output: bytes, stem: str):
    """Turn the oracle's raw output into (section name, body). Paths of the oracle's temporary
    run directory become %s and the section is --EXPECTF--; otherwise --EXPECT--."""
    if not RUN_DIR.search(output):
        return "EXPECT", output
    # Escape a literal '%' that run-tests.php would read as a placeholder: %r%%r is a regex
    # section matching one '%'.
    body = re.sub(rb"%(?=[eSsaAwidxfc0r])", b"%r%%r", output)
    body = re.sub(RUN_DIR.pattern + rb"/" + re.escape(stem.encode()) + rb"\.php", b"%s", body)
    body = RUN_DIR.sub(b"%s", body)
    return "EXPECTF", body


def render(sections: dict) -> bytes:
    """Write sections back in the canonical order."""
    order = ["TEST", "DESCRIPTION", "CREDITS", "SKIPIF", "XFAIL", "INI", "ARGS", "STDIN",
             "FILE", "EXPECT", "EXPECTF", "EXPECTREGEX", "EXPECT_EXIT", "CLEAN"]
    out = b""
    for name in order:
        if name in sections:
            body = sections[name]
            if body and not body.endswith(b"\n"):
                body += b"\n"
            out += b"--" + name.encode() + b"--\n" + body
    return out


def all_tests():
    found = []
    for root, _dirs, files in os.walk(TESTS):
        for f in files:
            if f.endswith(".phpt"):
                p = os.path.join(root, f)
                found.append((os.path.relpath(p, TESTS).replace(os.sep, "/"), p))
    return sorted(found)


def stem_of(rel: str) -> str:
    return os.path.basename(rel)[:-len(".phpt")]
