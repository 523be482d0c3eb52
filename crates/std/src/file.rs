//! Filesystem and stream functions (`ext/standard/file.c`, `filestat.c`, `dir.c`,
//! `main/streams/*`): plain files, the standard streams and `php://` streams.
//!
//! A stream is a [`Stream`] held by a `stream` resource. It emulates PHP's stream layer: a
//! logical position, a read buffer filled in chunks of 8192 bytes, and an end-of-file flag that
//! is only set when a read of the underlying file returns nothing. That is what makes
//! `feof()` and `fgets()` behave as in PHP (`feof()` is false after reading the last line until
//! a read finds nothing more).

use crate::string::{sb, sv};
use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::{Key, ZArr, ZRes, ZStr, Zval};
use std::cell::{Cell, RefCell};
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Size of one read of the underlying file (PHP's default chunk size).
const CHUNK: usize = 8192;

/// Constants of this module.
pub static CONSTANTS: &[(&str, i64)] = &[
    ("FILE_USE_INCLUDE_PATH", 1),
    ("FILE_IGNORE_NEW_LINES", 2),
    ("FILE_SKIP_EMPTY_LINES", 4),
    ("FILE_APPEND", 8),
    ("FILE_NO_DEFAULT_CONTEXT", 16),
    ("LOCK_SH", 1),
    ("LOCK_EX", 2),
    ("LOCK_UN", 3),
    ("LOCK_NB", 4),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("PATHINFO_DIRNAME", 1),
    ("PATHINFO_BASENAME", 2),
    ("PATHINFO_EXTENSION", 4),
    ("PATHINFO_FILENAME", 8),
    ("PATHINFO_ALL", 15),
    ("GLOB_ERR", 1),
    ("GLOB_MARK", 2),
    ("GLOB_NOSORT", 4),
    ("GLOB_NOCHECK", 16),
    ("GLOB_NOESCAPE", 64),
    ("GLOB_BRACE", 1024),
    ("GLOB_ONLYDIR", 8192),
    ("GLOB_AVAILABLE_FLAGS", 9303),
    ("SCANDIR_SORT_ASCENDING", 0),
    ("SCANDIR_SORT_DESCENDING", 1),
    ("SCANDIR_SORT_NONE", 2),
    ("FNM_NOESCAPE", 2),
    ("FNM_PATHNAME", 1),
    ("FNM_PERIOD", 4),
    ("FNM_CASEFOLD", 16),
];

// ---------------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------------

/// Where a stream's bytes live.
enum Backend {
    /// A plain file.
    File(fs::File),
    /// `php://memory` / `php://temp`: the bytes and the underlying cursor.
    Mem(Vec<u8>, usize),
    /// Standard input (fd 0).
    Stdin,
    /// Standard output (fd 1): bypasses output buffering.
    Stdout,
    /// Standard error (fd 2).
    Stderr,
    /// `php://output`: writes go through the engine's output (and its buffers).
    Output,
    /// A `popen` process: its output to read or its input to write.
    Process(ProcessPipe),
}

/// The running command of a `popen` stream and the pipe the script has to it.
struct ProcessPipe {
    child: std::process::Child,
    out: Option<std::process::ChildStdout>,
    input: Option<std::process::ChildStdin>,
}

impl ProcessPipe {
    /// Closes the pipe and waits for the command: its exit status (128 + signal if killed).
    fn close(&mut self) -> i64 {
        drop(self.input.take());
        drop(self.out.take());
        match self.child.wait() {
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
}

impl Drop for ProcessPipe {
    fn drop(&mut self) {
        self.close();
    }
}

/// A PHP stream: the native object of a `stream` resource.
pub struct Stream {
    be: Backend,
    read: bool,
    write: bool,
    append: bool,
    /// Reads loop until satisfied (plain files, memory and temp streams).
    greedy: bool,
    /// Read-ahead buffer; `rbuf[rpos..]` is not yet consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Logical position (`ftell`).
    pos: i64,
    eof: bool,
    /// A notice to raise once the stream is released (`Read of 8192 bytes failed …`).
    notice: Option<String>,
    /// Bytes for the engine's output (`php://output`).
    echo: Vec<u8>,
    /// PHP's memory for the stream while it is open: its `php_stream` and the wrapper's
    /// state (see [`stream_blocks`]).
    mem: Vec<memphis_mm::OwnedBlock>,
    /// The 8 KiB read buffer PHP allocates at a buffered stream's first read.
    rbuf_mem: Option<memphis_mm::OwnedBlock>,
    /// A memory stream's contents, a string PHP reallocates to the exact length written.
    content_mem: Option<memphis_mm::OwnedBlock>,
    /// `php://temp`: contents past 2 MiB move to a file (no longer in PHP's heap).
    temp: bool,
    /// What `stream_get_meta_data` reports: the mode as PHP keeps it, the URI opened (none
    /// for a process pipe) and the wrapper (`None` for a process pipe).
    mode: Vec<u8>,
    uri: Option<Vec<u8>>,
    wrapper: Option<&'static str>,
    /// Made over a C `FILE*` (the CLI's STDIN/STDOUT/STDERR, `popen`): those take a write
    /// buffer setting.
    stdio_file: bool,
}

/// Bytes PHP 8.4 takes for an open stream beside its 32-byte resource record, as measured,
/// in blocks of its bin sizes: a plain file or stdio stream 416 and its path (`NUL`-ended),
/// `php://memory` 264, `php://temp` 568 (its own state and an inner memory stream with its
/// resource), `php://output` 240.
fn stream_blocks(kind: StreamMem, path_len: usize) -> Vec<memphis_mm::OwnedBlock> {
    let sizes: &[usize] = match kind {
        StreamMem::Plain => &[384, 32],
        StreamMem::Memory => &[224, 40],
        StreamMem::Temp => &[256, 16, 224, 40, 32],
        StreamMem::Output => &[224, 16],
    };
    let mut v: Vec<memphis_mm::OwnedBlock> = sizes
        .iter()
        .map(|&n| memphis_mm::OwnedBlock::new(n))
        .collect();
    if kind == StreamMem::Plain {
        v.push(memphis_mm::OwnedBlock::new(path_len + 1));
    }
    v
}

/// The kinds of stream whose memory [`stream_blocks`] knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StreamMem {
    Plain,
    Memory,
    Temp,
    Output,
}

impl Stream {
    fn new(be: Backend, read: bool, write: bool) -> Stream {
        let greedy = matches!(be, Backend::File(_) | Backend::Mem(..));
        Stream {
            be,
            read,
            write,
            append: false,
            greedy,
            rbuf: Vec::new(),
            rpos: 0,
            pos: 0,
            eof: false,
            notice: None,
            echo: Vec::new(),
            mem: Vec::new(),
            rbuf_mem: None,
            content_mem: None,
            temp: false,
            mode: b"r".to_vec(),
            uri: None,
            wrapper: None,
            stdio_file: false,
        }
    }

    /// Sets what `stream_get_meta_data` reports of the stream.
    fn described(mut self, mode: &[u8], uri: &[u8], wrapper: &'static str) -> Stream {
        self.mode = mode.to_vec();
        self.uri = Some(uri.to_vec());
        self.wrapper = Some(wrapper);
        self
    }

    /// Gives the stream PHP's memory for its kind (see [`stream_blocks`]).
    fn with_mem(mut self, kind: StreamMem, path_len: usize) -> Stream {
        self.mem = stream_blocks(kind, path_len);
        self.temp = kind == StreamMem::Temp;
        self
    }

    /// Accounts a memory stream's contents at their new length (the string PHP reallocates;
    /// none while empty, or for `php://temp` once past 2 MiB). False when the memory limit
    /// refused the growth.
    fn account_content(&mut self) -> bool {
        let Backend::Mem(d, _) = &self.be else {
            return true;
        };
        let len = d.len();
        if len == 0 || (self.temp && len > 2 * 1024 * 1024) {
            self.content_mem = None;
            return true;
        }
        match memphis_mm::OwnedBlock::try_new(24 + len + 1) {
            Some(b) => {
                drop(self.content_mem.replace(b));
                true
            }
            None => false,
        }
    }

    fn buffered(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Whether writes go straight to the process's stdout/stderr.
    fn is_std_out(&self) -> bool {
        matches!(self.be, Backend::Stdout | Backend::Stderr)
    }

    /// One read of the underlying file into the buffer; `None` on an error (notice recorded).
    fn fill(&mut self) -> Option<usize> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        if self.rbuf_mem.is_none() && matches!(self.be, Backend::File(_) | Backend::Stdin) {
            self.rbuf_mem = Some(memphis_mm::OwnedBlock::new(CHUNK));
        }
        let mut tmp = vec![0u8; CHUNK];
        let r = match &mut self.be {
            Backend::File(f) => {
                if !self.read {
                    Err(io::Error::from_raw_os_error(9))
                } else {
                    f.read(&mut tmp)
                }
            }
            Backend::Mem(data, mpos) => {
                if *mpos >= data.len() {
                    Ok(0)
                } else {
                    let n = CHUNK.min(data.len() - *mpos);
                    tmp[..n].copy_from_slice(&data[*mpos..*mpos + n]);
                    *mpos += n;
                    Ok(n)
                }
            }
            Backend::Stdin => io::stdin().lock().read(&mut tmp),
            Backend::Stdout | Backend::Stderr => Err(io::Error::from_raw_os_error(9)),
            Backend::Output => Ok(0),
            Backend::Process(p) => match p.out.as_mut() {
                Some(o) => o.read(&mut tmp),
                None => Err(io::Error::from_raw_os_error(9)),
            },
        };
        match r {
            Ok(0) => {
                self.eof = true;
                Some(0)
            }
            Ok(n) => {
                self.rbuf.extend_from_slice(&tmp[..n]);
                Some(n)
            }
            Err(err) => {
                let code = err.raw_os_error().unwrap_or(5);
                self.notice = Some(format!(
                    "Read of {CHUNK} bytes failed with errno={code} {}",
                    strerror(&err)
                ));
                if code != 9 {
                    self.eof = true;
                }
                None
            }
        }
    }

    fn take(&mut self, n: usize, out: &mut Vec<u8>) -> usize {
        let k = n.min(self.buffered());
        out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + k]);
        self.rpos += k;
        self.pos += k as i64;
        k
    }

    /// `php_stream_read`: up to `n` bytes; `None` when a read failed before anything was read.
    fn read_bytes(&mut self, n: usize) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut left = n;
        while left > 0 {
            left -= self.take(left, &mut out);
            if left == 0 {
                break;
            }
            if self.fill().is_none() {
                if out.is_empty() {
                    return None;
                }
                break;
            }
            let got = self.take(left, &mut out);
            left -= got;
            if got == 0 || !self.greedy {
                break;
            }
        }
        Some(out)
    }

    /// `php_stream_get_line`: a line of at most `max` bytes (with its `\n`), or `None`.
    fn get_line(&mut self, max: Option<usize>) -> Option<Vec<u8>> {
        // Reading lines fills PHP's read buffer even on a memory stream (plain reads of
        // one do not).
        if self.rbuf_mem.is_none() && matches!(self.be, Backend::Mem(..)) {
            self.rbuf_mem = Some(memphis_mm::OwnedBlock::new(CHUNK));
        }
        let mut out = Vec::new();
        loop {
            let room = max.map(|m| m - out.len());
            if self.buffered() > 0 {
                let avail = &self.rbuf[self.rpos..];
                let lim = room.map_or(avail.len(), |r| r.min(avail.len()));
                if let Some(p) = avail[..lim].iter().position(|&c| c == b'\n') {
                    self.take(p + 1, &mut out);
                    break;
                }
                self.take(lim, &mut out);
                if max.is_some_and(|m| out.len() >= m) {
                    break;
                }
            } else if self.eof {
                break;
            } else {
                if self.fill().is_none() {
                    break;
                }
                if self.buffered() == 0 {
                    break;
                }
            }
        }
        if out.is_empty() {
            None
        } else {
            Some(out)
        }
    }

    /// Everything up to the end (`stream_get_contents` without a length).
    fn read_all(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        while let Some(chunk) = self.read_bytes(CHUNK) {
            if chunk.is_empty() {
                break;
            }
            out.extend_from_slice(&chunk);
        }
        out
    }

    /// Drops read-ahead and puts the underlying cursor at the logical position.
    fn sync(&mut self) {
        if self.buffered() > 0 {
            let pos = self.pos;
            match &mut self.be {
                Backend::File(f) => {
                    let _ = f.seek(SeekFrom::Start(pos.max(0) as u64));
                }
                Backend::Mem(_, mpos) => *mpos = pos.max(0) as usize,
                _ => {}
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
    }

    /// `php_stream_write`: bytes written, or `None` (a notice may be recorded).
    fn write_bytes(&mut self, data: &[u8]) -> Option<usize> {
        if self.buffered() > 0 && matches!(self.be, Backend::File(_) | Backend::Mem(..)) {
            self.sync();
        }
        let ebadf =
            |n: usize| format!("Write of {n} bytes failed with errno=9 Bad file descriptor");
        let r = match &mut self.be {
            Backend::File(f) => {
                if !self.write {
                    self.notice = Some(ebadf(data.len()));
                    return None;
                }
                f.write_all(data)
            }
            Backend::Mem(buf, mpos) => {
                if !self.write {
                    return None;
                }
                if self.append {
                    *mpos = buf.len();
                }
                if mpos.saturating_add(data.len()) > memphis_mm::limit() {
                    return None;
                }
                if *mpos > buf.len() {
                    buf.resize(*mpos, 0);
                }
                let end = *mpos + data.len();
                if end > buf.len() {
                    buf.resize(end, 0);
                }
                buf[*mpos..end].copy_from_slice(data);
                *mpos = end;
                if !self.account_content() {
                    return None;
                }
                Ok(())
            }
            Backend::Stdin => {
                self.notice = Some(ebadf(data.len()));
                return None;
            }
            Backend::Stdout => {
                let mut o = io::stdout().lock();
                o.write_all(data).and_then(|_| o.flush())
            }
            Backend::Stderr => {
                let mut o = io::stderr().lock();
                o.write_all(data).and_then(|_| o.flush())
            }
            Backend::Output => {
                self.echo.extend_from_slice(data);
                Ok(())
            }
            Backend::Process(p) => match p.input.as_mut() {
                Some(w) => w.write_all(data).and_then(|_| w.flush()),
                None => {
                    self.notice = Some(ebadf(data.len()));
                    return None;
                }
            },
        };
        match r {
            Ok(()) => {
                self.pos += data.len() as i64;
                Some(data.len())
            }
            Err(err) => {
                self.notice = Some(format!(
                    "Write of {} bytes failed with errno={} {}",
                    data.len(),
                    err.raw_os_error().unwrap_or(5),
                    strerror(&err)
                ));
                None
            }
        }
    }

    /// `php_stream_seek`: whether it worked.
    fn seek(&mut self, offset: i64, whence: i64) -> bool {
        let target = match whence {
            0 => Some(offset),
            1 => self.pos.checked_add(offset),
            2 => {
                let len = match &self.be {
                    Backend::File(f) => f.metadata().map(|m| m.len() as i64).ok(),
                    Backend::Mem(d, _) => Some(d.len() as i64),
                    _ => None,
                };
                len.and_then(|l| l.checked_add(offset))
            }
            _ => None,
        };
        let ok = match (&mut self.be, target) {
            (Backend::File(_) | Backend::Mem(..), Some(t)) if t >= 0 => {
                if let Backend::File(f) = &mut self.be {
                    if f.seek(SeekFrom::Start(t as u64)).is_err() {
                        return false;
                    }
                } else if let Backend::Mem(_, mpos) = &mut self.be {
                    *mpos = t as usize;
                }
                self.rbuf.clear();
                self.rpos = 0;
                self.pos = t;
                self.eof = false;
                true
            }
            _ => false,
        };
        if !ok {
            self.sync();
        }
        ok
    }

    fn truncate(&mut self, size: u64) -> bool {
        match &mut self.be {
            Backend::File(f) => self.write && f.set_len(size).is_ok(),
            Backend::Mem(d, _) => {
                if !self.write || size as usize > memphis_mm::limit() {
                    return false;
                }
                d.resize(size as usize, 0);
                self.account_content()
            }
            _ => false,
        }
    }
}

thread_local! {
    /// The default stream context: a resource PHP makes when a stream is first opened
    /// without one, and keeps.
    static DEFAULT_CONTEXT: RefCell<Option<ZRes>> = const { RefCell::new(None) };
}

/// A stream context's state in PHP's heap: its structure and its options array.
struct ContextMem {
    _blocks: [memphis_mm::OwnedBlock; 2],
}

/// Uses up `n` resource numbers as PHP does for streams opened and closed inside a function
/// (and, the first time, makes the default stream context: 120 bytes with its record).
fn use_handles(n: u32) {
    if DEFAULT_CONTEXT.with(|c| c.borrow().is_none()) {
        let ctx = ContextMem {
            _blocks: [
                memphis_mm::OwnedBlock::new(32),
                memphis_mm::OwnedBlock::new(56),
            ],
        };
        let r = ZRes::new("stream-context", Box::new(ctx));
        DEFAULT_CONTEXT.with(|c| *c.borrow_mut() = Some(r));
    }
    if n > 0 {
        ZRes::reserve_handles(n);
    }
}

fn new_res(s: Stream) -> ZRes {
    use_handles(0);
    ZRes::new("stream", Box::new(s))
}

/// The CLI's `STDIN`, `STDOUT` and `STDERR` (resources 1, 2 and 3 when made first).
///
/// The VM calls this once at start-up and defines the constants `STDIN`, `STDOUT`, `STDERR`
/// as `Zval::Res` of the three handles, in that order.
pub fn std_streams() -> [ZRes; 3] {
    [
        ZRes::new(
            "stream",
            Box::new(Stream {
                stdio_file: true,
                ..std_stream(Backend::Stdin).described(b"rb", b"php://stdin", "PHP")
            }),
        ),
        ZRes::new(
            "stream",
            Box::new(Stream {
                stdio_file: true,
                ..std_stream(Backend::Stdout).described(b"wb", b"php://stdout", "PHP")
            }),
        ),
        ZRes::new(
            "stream",
            Box::new(Stream {
                stdio_file: true,
                ..std_stream(Backend::Stderr).described(b"wb", b"php://stderr", "PHP")
            }),
        ),
    ]
}

/// A standard stream; like PHP, its position starts at -1 when the descriptor is a pipe or a
/// terminal (not seekable) and counts bytes from there.
fn std_stream(be: Backend) -> Stream {
    let (dev, read) = match be {
        Backend::Stdin => ("/dev/stdin", true),
        Backend::Stdout => ("/dev/stdout", false),
        _ => ("/dev/stderr", false),
    };
    let mut s = Stream::new(be, read, !read);
    if !fs::metadata(dev).is_ok_and(|m| m.is_file()) {
        s.pos = -1;
    }
    s
}

/// `strerror(errno)` for an I/O error.
fn strerror(err: &io::Error) -> String {
    let s = err.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The stream argument `i`: a live stream resource.
fn res_arg(e: &mut dyn Engine, a: &Args, i: usize) -> Result<ZRes, Flow> {
    match a.get(i) {
        Zval::Res(r) => {
            let ok = r.kind() == "stream"
                && r.native()
                    .try_borrow()
                    .map(|b| b.as_ref().is_some_and(|x| x.is::<Stream>()))
                    .unwrap_or(false);
            if ok {
                Ok(r)
            } else {
                Err(e.error(
                    "TypeError",
                    format!(
                        "{}(): supplied resource is not a valid stream resource",
                        a.fname
                    ),
                ))
            }
        }
        v => Err(a.type_error(e, i, "resource", &v)),
    }
}

/// Runs `f` on the stream, then raises its notice and echoes its `php://output` bytes once
/// the stream is released (so an error handler may use the stream again).
fn with<T: Default>(
    e: &mut dyn Engine,
    r: &ZRes,
    f: impl FnOnce(&mut Stream) -> T,
) -> Result<T, Flow> {
    let std_out = match r.native().try_borrow() {
        Ok(b) => b
            .as_ref()
            .and_then(|x| x.downcast_ref::<Stream>())
            .is_some_and(|s| s.is_std_out()),
        Err(_) => return Ok(T::default()),
    };
    if std_out {
        e.flush_output();
    }
    let (out, notice, echo) = {
        let Ok(mut b) = r.native().try_borrow_mut() else {
            return Ok(T::default());
        };
        let Some(s) = b.as_mut().and_then(|x| x.downcast_mut::<Stream>()) else {
            return Ok(T::default());
        };
        let out = f(s);
        (out, s.notice.take(), std::mem::take(&mut s.echo))
    };
    if !echo.is_empty() {
        e.echo(&echo);
    }
    if let Some(n) = notice {
        e.diag(Level::Notice, &n)?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Opening
// ---------------------------------------------------------------------------------------------

/// A path argument: a string without NUL bytes.
fn path_arg(e: &mut dyn Engine, a: &Args, i: usize) -> Result<ZStr, Flow> {
    let s = a.str(e, i)?;
    if s.as_bytes().contains(&0) {
        return Err(a.value_error(e, i, "must not contain any null bytes"));
    }
    Ok(s)
}

fn os_path(b: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(b))
}

/// Strips a `file://` scheme.
fn plain(b: &[u8]) -> &[u8] {
    if b.len() >= 7 && b[..7].eq_ignore_ascii_case(b"file://") {
        &b[7..]
    } else {
        b
    }
}

/// Why an open failed: the text after "Failed to open stream: ", or a complete warning.
enum OpenErr {
    Msg(String),
    /// Warnings already complete (invalid `php://` URL).
    Raw(Vec<String>),
    /// A ValueError message.
    Value(&'static str),
}

/// Opens `path` with an fopen `mode`; `extra` is the number of additional resource numbers the
/// stream uses (php://temp's inner memory stream).
fn open_stream(path: &[u8], mode: &[u8]) -> Result<(Stream, u32), OpenErr> {
    if path.is_empty() {
        return Err(OpenErr::Value("Path must not be empty"));
    }
    if path.len() >= 6 && path[..6].eq_ignore_ascii_case(b"php://") {
        let what = path[6..].to_ascii_lowercase();
        let rw_mode = |m: &[u8]| {
            if m.contains(&b'a') {
                (true, true)
            } else if m.contains(&b'w') || m.contains(&b'+') {
                (true, false)
            } else {
                (false, false)
            }
        };
        // Memory-like streams report their mode as binary.
        let mut bmode = mode.to_vec();
        if !bmode.contains(&b'b') {
            bmode.push(b'b');
        }
        let mem = |extra, kind| {
            let (w, app) = rw_mode(mode);
            // PHP keeps one of three modes for memory streams.
            let shown: &[u8] = match (w, app) {
                (_, true) => b"a+b",
                (true, _) => b"w+b",
                _ => b"rb",
            };
            let mut s = Stream::new(Backend::Mem(Vec::new(), 0), true, w)
                .with_mem(kind, 0)
                .described(shown, path, "PHP");
            s.append = app;
            Ok((s, extra))
        };
        let plain = |s: Stream| {
            s.with_mem(StreamMem::Plain, path.len())
                .described(mode, path, "PHP")
        };
        return match what.as_slice() {
            b"stdin" => Ok((plain(std_stream(Backend::Stdin)), 0)),
            b"stdout" => Ok((plain(std_stream(Backend::Stdout)), 0)),
            b"stderr" => Ok((plain(std_stream(Backend::Stderr)), 0)),
            b"output" => Ok((
                Stream::new(Backend::Output, false, true)
                    .with_mem(StreamMem::Output, 0)
                    .described(&bmode, path, "PHP"),
                0,
            )),
            b"input" => Ok((
                Stream::new(Backend::Mem(Vec::new(), 0), true, false)
                    .with_mem(StreamMem::Memory, 0)
                    .described(&bmode, path, "PHP"),
                0,
            )),
            b"memory" => mem(0, StreamMem::Memory),
            w if w == b"temp" || w.starts_with(b"temp/maxmemory:") => mem(1, StreamMem::Temp),
            _ => Err(OpenErr::Raw(vec![
                "Invalid php:// URL specified".to_string(),
                format!("{}: Failed to open stream: operation failed", lossy(path)),
            ])),
        };
    }
    let p = plain(path);
    let mut oo = fs::OpenOptions::new();
    let plus = mode.contains(&b'+');
    let (read, write, append) = match mode.first() {
        Some(b'r') => {
            oo.read(true).write(plus);
            (true, plus, false)
        }
        Some(b'w') => {
            oo.write(true).read(plus).create(true).truncate(true);
            (plus, true, false)
        }
        Some(b'a') => {
            oo.append(true).read(plus).create(true);
            (plus, true, true)
        }
        Some(b'x') => {
            oo.write(true).read(plus).create_new(true);
            (plus, true, false)
        }
        Some(b'c') => {
            oo.write(true).read(plus).create(true);
            (plus, true, false)
        }
        _ => {
            return Err(OpenErr::Msg(format!(
                "`{}' is not a valid mode for fopen",
                lossy(mode)
            )))
        }
    };
    oo.mode(0o666);
    match oo.open(os_path(p)) {
        Ok(f) => {
            if write && f.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(OpenErr::Msg("Is a directory".into()));
            }
            let mut s = Stream::new(Backend::File(f), read, write)
                .with_mem(StreamMem::Plain, path.len())
                .described(mode, path, "plainfile");
            s.append = append;
            Ok((s, 0))
        }
        Err(err) => Err(OpenErr::Msg(strerror(&err))),
    }
}

/// Opens a stream for a builtin, raising PHP's warning on failure (`None`).
fn open_or_warn(
    e: &mut dyn Engine,
    path: &[u8],
    mode: &[u8],
) -> Result<Option<(Stream, u32)>, Flow> {
    match open_stream(path, mode) {
        Ok(s) => Ok(Some(s)),
        Err(OpenErr::Value(m)) => Err(e.error("ValueError", m.to_string())),
        Err(OpenErr::Raw(ws)) => {
            for w in ws {
                let w = if w.starts_with("php://") {
                    format!("{}({}", e.current_function(), w.replacen(": ", "): ", 1))
                } else {
                    w
                };
                e.diag(Level::Warning, &w)?;
            }
            Ok(None)
        }
        Err(OpenErr::Msg(m)) => {
            let f = e.current_function().to_string();
            e.diag(
                Level::Warning,
                &format!("{f}({}): Failed to open stream: {m}", lossy(path)),
            )?;
            Ok(None)
        }
    }
}

fn fopen(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let mode = a.str(e, 1)?;
    let _ = a.bool_or(e, 2, false)?;
    match open_or_warn(e, path.as_bytes(), mode.as_bytes())? {
        Some((s, extra)) => {
            let r = new_res(s);
            if extra > 0 {
                ZRes::reserve_handles(extra);
            }
            Ok(Zval::Res(r))
        }
        None => Ok(Zval::Bool(false)),
    }
}

fn tmpfile(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let dir = temp_dir();
    for _ in 0..16 {
        let p = format!("{dir}/php{}", random_name(6));
        if let Ok(f) = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&p)
        {
            let _ = fs::remove_file(&p);
            return Ok(Zval::Res(new_res(
                Stream::new(Backend::File(f), true, true).described(
                    b"r+b",
                    p.as_bytes(),
                    "plainfile",
                ),
            )));
        }
    }
    e.diag(Level::Warning, "Unable to create temporary file")?;
    Ok(Zval::Bool(false))
}

fn fclose(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    if r.native().try_borrow_mut().is_err() {
        return Ok(Zval::Bool(false));
    }
    r.close();
    Ok(Zval::Bool(true))
}

// ---------------------------------------------------------------------------------------------
// Reading and writing
// ---------------------------------------------------------------------------------------------

fn fread(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let n = a.int(e, 1)?;
    if n <= 0 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    }
    let got = with(e, &r, |s| s.read_bytes(n as usize))?;
    Ok(got.map_or(Zval::Bool(false), sv))
}

fn fgets(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let len = a.nullable_int(e, 1)?;
    let max = match len {
        None => None,
        Some(n) if n <= 0 => return Err(a.value_error(e, 1, "must be greater than 0")),
        Some(1) => return Ok(Zval::Bool(false)),
        Some(n) => Some((n - 1) as usize),
    };
    let got = with(e, &r, |s| s.get_line(max))?;
    // The line is a string of its own, requested as len + 32 (as PHP's line reader makes it).
    Ok(got.map_or(Zval::Bool(false), |b| {
        Zval::Str(ZStr::new_requested(&b, b.len() + 32))
    }))
}

fn fgetc(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let got = with(e, &r, |s| s.read_bytes(1))?;
    Ok(match got {
        Some(b) if !b.is_empty() => sv(b),
        _ => Zval::Bool(false),
    })
}

fn feof(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let v = with(e, &r, |s| s.buffered() == 0 && s.eof)?;
    Ok(Zval::Bool(v))
}

fn fwrite(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let data = a.str(e, 1)?;
    let len = a.nullable_int(e, 2)?;
    let b = data.as_bytes();
    let n = match len {
        None => b.len(),
        Some(l) if l <= 0 => 0,
        Some(l) => (l as usize).min(b.len()),
    };
    if n == 0 {
        return Ok(Zval::Long(0));
    }
    let w = with(e, &r, |s| s.write_bytes(&b[..n]))?;
    Ok(w.map_or(Zval::Bool(false), |n| Zval::Long(n as i64)))
}

fn fflush(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    with(e, &r, |_| ())?;
    Ok(Zval::Bool(true))
}

/// `fsync` / `fdatasync`: a plain file's data (and for `fsync` its metadata) to disk.
fn sync_common(e: &mut dyn Engine, a: &mut Args, data_only: bool) -> BResult {
    let r = res_arg(e, a, 0)?;
    let done = with(e, &r, |s| match &s.be {
        Backend::File(f) => Some(
            if data_only {
                f.sync_data()
            } else {
                f.sync_all()
            }
            .is_ok(),
        ),
        _ => None,
    })?;
    match done {
        Some(ok) => Ok(Zval::Bool(ok)),
        None => {
            e.diag(Level::Warning, "Can't fsync this stream!")?;
            Ok(Zval::Bool(false))
        }
    }
}

fn fsync(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sync_common(e, a, false)
}

fn fdatasync(e: &mut dyn Engine, a: &mut Args) -> BResult {
    sync_common(e, a, true)
}

fn chmod(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    let mode = a.int(e, 1)?;
    let perms = fs::Permissions::from_mode((mode & 0o7777) as u32);
    match fs::set_permissions(os_path(plain(p.as_bytes())), perms) {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => {
            e.diag(Level::Warning, &strerror(&err))?;
            Ok(Zval::Bool(false))
        }
    }
}

/// `umask(?int $mask = null)`: the process's file-creation mask; with a mask, sets it (as
/// PHP does, with the mode bits of the value) and returns the one before.
fn umask(e: &mut dyn Engine, a: &mut Args) -> BResult {
    use rustix::fs::Mode;
    let mask = a.nullable_int(e, 0)?;
    let old = match mask {
        // Read by setting and restoring, as PHP reads it.
        None => {
            let old = rustix::process::umask(Mode::from_raw_mode(0o077));
            rustix::process::umask(old);
            old
        }
        Some(m) => rustix::process::umask(Mode::from_raw_mode((m as u32) & 0o777)),
    };
    Ok(Zval::Long(old.as_raw_mode() as i64))
}

fn ftell(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let p = with(e, &r, |s| s.pos)?;
    Ok(if p < 0 {
        Zval::Bool(false)
    } else {
        Zval::Long(p)
    })
}

fn fseek(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let off = a.int(e, 1)?;
    let whence = a.int_or(e, 2, 0)?;
    let ok = with(e, &r, |s| s.seek(off, whence))?;
    Ok(Zval::Long(if ok { 0 } else { -1 }))
}

fn rewind(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let ok = with(e, &r, |s| s.seek(0, 0))?;
    Ok(Zval::Bool(ok))
}

fn ftruncate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let size = a.int(e, 1)?;
    if size < 0 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 0"));
    }
    let ok = with(e, &r, |s| s.truncate(size as u64))?;
    Ok(Zval::Bool(ok))
}

fn flock(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let op = a.int(e, 1)?;
    let act = op & 3;
    if !(1..=3).contains(&act) {
        return Err(a.value_error(e, 1, "must be one of LOCK_SH, LOCK_EX, or LOCK_UN"));
    }
    if a.has(2) {
        a.set_ref(2, Zval::Long(0));
    }
    let ok = with(e, &r, |s| match &s.be {
        Backend::File(f) => match act {
            1 => f.lock_shared().is_ok(),
            2 => f.lock().is_ok(),
            _ => f.unlock().is_ok(),
        },
        _ => false,
    })?;
    Ok(Zval::Bool(ok))
}

fn stream_get_contents(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let max = a.nullable_int(e, 1)?;
    let off = a.int_or(e, 2, -1)?;
    if let Some(m) = max {
        if m < -1 {
            return Err(a.value_error(e, 1, "must be greater than or equal to -1"));
        }
    }
    if off >= 0 {
        let ok = with(e, &r, |s| s.pos == off || s.seek(off, 0))?;
        if !ok {
            e.diag(
                Level::Warning,
                &format!("Failed to seek to position {off} in the stream"),
            )?;
            return Ok(Zval::Bool(false));
        }
    }
    let out = with(e, &r, |s| match max {
        None | Some(-1) => s.read_all(),
        Some(0) => Vec::new(),
        Some(m) => {
            let mut out = Vec::new();
            while out.len() < m as usize && !(s.buffered() == 0 && s.eof) {
                match s.read_bytes(m as usize - out.len()) {
                    Some(b) if !b.is_empty() => out.extend_from_slice(&b),
                    _ => break,
                }
            }
            out
        }
    })?;
    Ok(stream_contents(out))
}

/// A stream's contents as a string the way PHP's copy into memory makes it: a block of its
/// own requested as len + 32 (empty contents are the empty string).
fn stream_contents(data: Vec<u8>) -> Zval {
    if data.is_empty() {
        return Zval::Str(ZStr::empty());
    }
    Zval::Str(ZStr::new_requested(&data, data.len() + 32))
}

fn fpassthru(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let out = with(e, &r, |s| s.read_all())?;
    e.echo(&out);
    Ok(Zval::Long(out.len() as i64))
}

fn fstat(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let st = with(e, &r, |s| match &s.be {
        Backend::File(f) => f.metadata().ok().map(|m| stat_values(&m)),
        Backend::Mem(d, _) => Some([
            12,
            0,
            if s.write { 0o100666 } else { 0o100444 },
            1,
            0,
            0,
            -1,
            d.len() as i64,
            0,
            0,
            0,
            -1,
            -1,
        ]),
        Backend::Stdin => fs::metadata("/dev/stdin").ok().map(|m| stat_values(&m)),
        Backend::Stdout | Backend::Output => {
            fs::metadata("/dev/stdout").ok().map(|m| stat_values(&m))
        }
        Backend::Stderr => fs::metadata("/dev/stderr").ok().map(|m| stat_values(&m)),
        Backend::Process(_) => None,
    })?;
    Ok(st.map_or(Zval::Bool(false), stat_array))
}

/// `fputcsv`/`fgetcsv` separator, enclosure and escape arguments.
fn csv_args(
    e: &mut dyn Engine,
    a: &Args,
    first: usize,
) -> Result<(u8, u8, Option<u8>, bool), Flow> {
    let mut chars = [b',', b'"'];
    for (k, c) in chars.iter_mut().enumerate() {
        if a.has(first + k) {
            let s = a.str(e, first + k)?;
            match s.as_bytes() {
                [x] => *c = *x,
                _ => return Err(a.value_error(e, first + k, "must be a single character")),
            }
        }
    }
    let esc = if a.has(first + 2) {
        let s = a.str(e, first + 2)?;
        match s.as_bytes() {
            [] => None,
            [x] => Some(*x),
            _ => return Err(a.value_error(e, first + 2, "must be empty or a single character")),
        }
    } else {
        e.diag(
            Level::Deprecated,
            &format!(
                "{}(): the $escape parameter must be provided as its default value will change",
                a.fname
            ),
        )?;
        Some(b'\\')
    };
    Ok((chars[0], chars[1], esc, a.has(first + 2)))
}

fn fputcsv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let fields = a.array(e, 1)?;
    let (delim, encl, esc, _) = csv_args(e, a, 2)?;
    let eol = a.opt_str(e, 5)?;
    let mut line = Vec::new();
    let count = fields.len();
    for (i, v) in fields.values().enumerate() {
        let v = v.deref();
        let f = e.to_zstr(&v)?;
        let f = f.as_bytes();
        let needs = f.iter().any(|&c| {
            c == delim
                || c == encl
                || Some(c) == esc
                || c == b'\n'
                || c == b'\r'
                || c == b'\t'
                || c == b' '
        });
        if needs {
            line.push(encl);
            let mut escaped = false;
            for &c in f {
                if esc == Some(c) {
                    escaped = true;
                } else if !escaped && c == encl {
                    line.push(encl);
                } else {
                    escaped = false;
                }
                line.push(c);
            }
            line.push(encl);
        } else {
            line.extend_from_slice(f);
        }
        if i + 1 != count {
            line.push(delim);
        }
    }
    match eol {
        Some(s) => line.extend_from_slice(s.as_bytes()),
        None => line.push(b'\n'),
    }
    let w = with(e, &r, |s| s.write_bytes(&line))?;
    Ok(w.map_or(Zval::Bool(false), |n| Zval::Long(n as i64)))
}

fn fgetcsv(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let len = a.nullable_int(e, 1)?;
    let max = match len {
        None | Some(0) => None,
        Some(n) if n < 0 => {
            return Err(a.value_error(e, 1, "must be between 0 and 9223372036854775807"))
        }
        Some(n) => Some(n as usize),
    };
    let (delim, encl, esc, _) = csv_args(e, a, 2)?;
    let first = with(e, &r, |s| s.get_line(max))?;
    let Some(first) = first else {
        return Ok(Zval::Bool(false));
    };
    let mut more = || -> Option<Vec<u8>> {
        let mut v = None;
        if let Ok(mut b) = r.native().try_borrow_mut() {
            if let Some(s) = b.as_mut().and_then(|x| x.downcast_mut::<Stream>()) {
                v = s.get_line(None);
                s.notice = None;
            }
        }
        v
    };
    Ok(csv_result(parse_csv(
        first,
        delim,
        encl,
        esc,
        Some(&mut more),
    )))
}

fn csv_result(v: Option<Vec<Vec<u8>>>) -> Zval {
    let mut arr = ZArr::new();
    match v {
        None => {
            arr.push(Zval::Null);
        }
        Some(fields) => {
            // Each field a string of its own (`ZVAL_STRINGL`), even an empty or
            // one-character one.
            for f in fields {
                let req = (24 + f.len() + 1 + 7) & !7;
                arr.push(Zval::Str(ZStr::new_requested(&f, req)));
            }
        }
    }
    Zval::Arr(arr)
}

/// `buf[i]`, or the C string terminator past the end (PHP reads one byte past the line when
/// an enclosure opens at its very end).
fn byte_at(buf: &[u8], i: usize) -> u8 {
    buf.get(i).copied().unwrap_or(0)
}

/// `buf[from..to]`, clamped to the buffer.
fn slice(buf: &[u8], from: usize, to: usize) -> &[u8] {
    let to = to.min(buf.len());
    &buf[from.min(to)..to]
}

/// Where the line end (trailing `\n`, `\r\n` or `\r`) of `b` starts.
fn csv_trailing(b: &[u8]) -> usize {
    let n = b.len();
    if n > 0 && b[n - 1] == b'\n' {
        if n > 1 && b[n - 2] == b'\r' {
            n - 2
        } else {
            n - 1
        }
    } else if n > 0 && b[n - 1] == b'\r' {
        n - 1
    } else {
        n
    }
}

/// PHP's `php_fgetcsv` (single-byte locale): the fields of a line, reading further lines from
/// `more` while an enclosure is open. `None` for a blank line.
#[allow(clippy::type_complexity)]
fn parse_csv(
    mut buf: Vec<u8>,
    delim: u8,
    encl: u8,
    esc: Option<u8>,
    mut more: Option<&mut dyn FnMut() -> Option<Vec<u8>>>,
) -> Option<Vec<Vec<u8>>> {
    let mut limit = csv_trailing(&buf);
    let mut line_end = limit;
    let mut bptr = 0usize;
    let mut first_field = true;
    let mut fields = Vec::new();
    loop {
        let mut temp: Vec<u8> = Vec::new();
        let mut inc = usize::from(bptr < limit);
        if inc == 1 {
            let mut t = bptr;
            while t < buf.len()
                && buf[t] != delim
                && (buf[t].is_ascii_whitespace() || buf[t] == 0x0b)
            {
                t += 1;
            }
            if t < limit && buf[t] == encl {
                bptr = t;
            }
        }
        if first_field && bptr == line_end {
            return None;
        }
        first_field = false;
        let field_end;
        if inc != 0 && buf[bptr] == encl {
            let mut state = 0;
            bptr += 1;
            let mut hunk = bptr;
            inc = usize::from(bptr < limit);
            // 2A: an enclosed field.
            'enclosed: loop {
                if inc == 0 {
                    match state {
                        2 => {
                            temp.extend_from_slice(slice(&buf, hunk, bptr - 1));
                            hunk = bptr;
                            break 'enclosed;
                        }
                        _ => {
                            if state == 1 {
                                temp.extend_from_slice(slice(&buf, hunk, bptr));
                                hunk = bptr;
                            }
                            if hunk != line_end {
                                temp.extend_from_slice(slice(&buf, hunk, bptr));
                                hunk = bptr;
                            }
                            temp.extend_from_slice(&buf[line_end..]);
                            let next = match more.as_mut() {
                                Some(f) => f(),
                                None => None,
                            };
                            match next {
                                None => break 'enclosed,
                                Some(nb) => {
                                    buf = nb;
                                    bptr = 0;
                                    hunk = 0;
                                    limit = csv_trailing(&buf);
                                    line_end = limit;
                                    state = 0;
                                }
                            }
                        }
                    }
                } else {
                    match state {
                        1 => {
                            bptr += 1;
                            state = 0;
                        }
                        2 => {
                            if byte_at(&buf, bptr) != encl {
                                temp.extend_from_slice(slice(&buf, hunk, bptr - 1));
                                hunk = bptr;
                                break 'enclosed;
                            }
                            temp.extend_from_slice(slice(&buf, hunk, bptr));
                            bptr += 1;
                            hunk = bptr;
                            state = 0;
                        }
                        _ => {
                            if byte_at(&buf, bptr) == encl {
                                state = 2;
                            } else if esc == Some(byte_at(&buf, bptr)) {
                                state = 1;
                            }
                            bptr += 1;
                        }
                    }
                }
                inc = usize::from(bptr < limit);
            }
            // Look for the delimiter.
            loop {
                if inc == 0 || buf[bptr] == delim {
                    break;
                }
                bptr += inc;
                inc = usize::from(bptr < limit);
            }
            temp.extend_from_slice(slice(&buf, hunk, bptr));
            bptr += inc;
            field_end = temp.len();
        } else {
            // 2B: a plain field.
            let hunk = bptr;
            loop {
                if inc == 0 || buf[bptr] == delim {
                    break;
                }
                bptr += inc;
                inc = usize::from(bptr < limit);
            }
            temp.extend_from_slice(&buf[hunk..bptr]);
            field_end = csv_trailing(&temp);
            if bptr < buf.len() && buf[bptr] == delim {
                bptr += 1;
            }
        }
        temp.truncate(field_end);
        fields.push(temp);
        if inc == 0 {
            break;
        }
    }
    Some(fields)
}

// ---------------------------------------------------------------------------------------------
// Whole files
// ---------------------------------------------------------------------------------------------

fn file_get_contents(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let _ = a.bool_or(e, 1, false)?;
    let off = a.int_or(e, 3, 0)?;
    let len = a.nullable_int(e, 4)?;
    if let Some(l) = len {
        if l < 0 {
            return Err(a.value_error(e, 4, "must be greater than or equal to 0"));
        }
    }
    let Some((mut s, extra)) = open_or_warn(e, path.as_bytes(), b"rb")? else {
        return Ok(Zval::Bool(false));
    };
    use_handles(1 + extra);
    if off != 0 && !s.seek(off, if off > 0 { 0 } else { 2 }) {
        e.diag(
            Level::Warning,
            &format!("Failed to seek to position {off} in the stream"),
        )?;
        return Ok(Zval::Bool(false));
    }
    let data = match len {
        Some(l) => s.read_bytes(l as usize).unwrap_or_default(),
        None => s.read_all(),
    };
    if let Some(n) = s.notice.take() {
        e.diag(Level::Notice, &n)?;
    }
    Ok(stream_contents(data))
}

/// A whole file's bytes for the `*_file` digests; `None` after PHP's warning when it cannot
/// be opened.
fn read_for_digest(e: &mut dyn Engine, path: &[u8]) -> Result<Option<Vec<u8>>, Flow> {
    let Some((mut s, extra)) = open_or_warn(e, path, b"rb")? else {
        return Ok(None);
    };
    use_handles(1 + extra);
    Ok(Some(s.read_all()))
}

/// A file's bytes for `hash_update_file` (`None` after PHP's warning).
pub(crate) fn read_for_hash(e: &mut dyn Engine, path: &[u8]) -> Result<Option<Vec<u8>>, Flow> {
    read_for_digest(e, path)
}

/// Up to `len` bytes (all when negative) of the stream argument `i`, for
/// `hash_update_stream`.
pub(crate) fn read_stream_for_hash(
    e: &mut dyn Engine,
    a: &Args,
    i: usize,
    len: i64,
) -> Result<Vec<u8>, Flow> {
    let r = res_arg(e, a, i)?;
    with(e, &r, |s| {
        if len < 0 {
            s.read_all()
        } else {
            let mut out = Vec::new();
            while out.len() < len as usize && !(s.buffered() == 0 && s.eof) {
                match s.read_bytes(len as usize - out.len()) {
                    Some(b) if !b.is_empty() => out.extend_from_slice(&b),
                    _ => break,
                }
            }
            out
        }
    })
}

/// A digest as `md5_file` and its kin return it: raw bytes or lowercase hex.
fn digest_result(d: &[u8], raw: bool) -> Zval {
    if raw {
        sv(d.to_vec())
    } else {
        sv(crate::codec::hex(d))
    }
}

fn md5_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let raw = a.bool_or(e, 1, false)?;
    Ok(match read_for_digest(e, path.as_bytes())? {
        Some(data) => digest_result(&crate::codec::md5_digest(&data), raw),
        None => Zval::Bool(false),
    })
}

fn sha1_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let raw = a.bool_or(e, 1, false)?;
    Ok(match read_for_digest(e, path.as_bytes())? {
        Some(data) => digest_result(&crate::codec::sha1_digest(&data), raw),
        None => Zval::Bool(false),
    })
}

fn hash_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let algo = a.str(e, 0)?.to_string_lossy().to_ascii_lowercase();
    let path = path_arg(e, a, 1)?;
    let raw = a.bool_or(e, 2, false)?;
    if crate::codec::hash_bytes(&algo, b"").is_none() {
        return Err(a.value_error(e, 0, "must be a valid hashing algorithm"));
    }
    Ok(match read_for_digest(e, path.as_bytes())? {
        Some(data) => {
            let d = crate::codec::hash_bytes(&algo, &data).unwrap_or_default();
            digest_result(&d, raw)
        }
        None => Zval::Bool(false),
    })
}

fn popen(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cmd = path_arg(e, a, 0)?;
    let mode = a.str(e, 1)?;
    let write = match mode.as_bytes() {
        b"r" | b"rb" => false,
        b"w" | b"wb" => true,
        _ => return Err(a.value_error(e, 1, "must be one of \"r\", \"rb\", \"w\", or \"wb\"")),
    };
    use std::os::unix::ffi::OsStrExt;
    use std::process::{Command, Stdio};
    // What the script printed comes before what the command prints itself.
    e.flush_output();
    let mut c = Command::new("/bin/sh");
    c.arg("-c").arg(std::ffi::OsStr::from_bytes(cmd.as_bytes()));
    if write {
        c.stdin(Stdio::piped());
    } else {
        c.stdout(Stdio::piped());
    }
    let Ok(mut child) = c.spawn() else {
        e.diag(
            Level::Warning,
            &format!(
                "{}: Failed to open stream: operation failed",
                lossy(cmd.as_bytes())
            ),
        )?;
        return Ok(Zval::Bool(false));
    };
    let pipe = ProcessPipe {
        out: child.stdout.take(),
        input: child.stdin.take(),
        child,
    };
    let mut s = Stream::new(Backend::Process(pipe), !write, write).with_mem(StreamMem::Plain, 0);
    s.mode = mode.as_bytes().to_vec();
    s.stdio_file = true;
    Ok(Zval::Res(new_res(s)))
}

fn pclose(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let status = {
        let Ok(mut b) = r.native().try_borrow_mut() else {
            return Ok(Zval::Long(-1));
        };
        match b.as_mut().and_then(|x| x.downcast_mut::<Stream>()) {
            Some(Stream {
                be: Backend::Process(p),
                ..
            }) => Some(p.close()),
            _ => None,
        }
    };
    match status {
        Some(st) => {
            r.close();
            Ok(Zval::Long(st))
        }
        None => Ok(Zval::Long(-1)),
    }
}

fn file_put_contents(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let data = a.get(1);
    let flags = a.int_or(e, 2, 0)?;
    let bytes: Vec<u8> = match &data {
        Zval::Arr(arr) => {
            let mut out = Vec::new();
            for v in arr.values() {
                let v = v.deref();
                out.extend_from_slice(e.to_zstr(&v)?.as_bytes());
            }
            out
        }
        Zval::Res(_) => {
            let r = res_arg(e, a, 1)?;
            with(e, &r, |s| s.read_all())?
        }
        Zval::Null | Zval::Undef => Vec::new(),
        Zval::Obj(o) if !e.has_method(o, "__tostring") => {
            return Err(e.error(
                "TypeError",
                "file_put_contents(): supplied resource is not a valid stream resource".to_string(),
            ))
        }
        v => e.to_zstr(v)?.as_bytes().to_vec(),
    };
    let mode: &[u8] = if flags & 8 != 0 {
        b"ab"
    } else if flags & 2 != 0 {
        b"cb"
    } else {
        b"wb"
    };
    let Some((mut s, extra)) = open_or_warn(e, path.as_bytes(), mode)? else {
        return Ok(Zval::Bool(false));
    };
    use_handles(1 + extra);
    if flags & 2 != 0 {
        if let Backend::File(f) = &s.be {
            let _ = f.lock();
            if flags & 8 == 0 {
                let _ = f.set_len(0);
            }
        }
    }
    if bytes.is_empty() {
        return Ok(Zval::Long(0));
    }
    let w = s.write_bytes(&bytes);
    let std_out = s.is_std_out();
    let echo = std::mem::take(&mut s.echo);
    if std_out {
        e.flush_output();
    }
    if !echo.is_empty() {
        e.echo(&echo);
    }
    match w {
        Some(n) => Ok(Zval::Long(n as i64)),
        None => {
            e.diag(
                Level::Warning,
                &format!(
                    "Only 0 of {} bytes written, possibly out of free disk space",
                    bytes.len()
                ),
            )?;
            Ok(Zval::Bool(false))
        }
    }
}

fn file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let flags = a.int_or(e, 1, 0)?;
    if !(0..=23).contains(&flags) {
        return Err(a.value_error(e, 1, "must be a valid flag value"));
    }
    let Some((mut s, extra)) = open_or_warn(e, path.as_bytes(), b"rb")? else {
        return Ok(Zval::Bool(false));
    };
    use_handles(1 + extra);
    let data = s.read_all();
    if let Some(n) = s.notice.take() {
        e.diag(Level::Notice, &n)?;
    }
    let ignore_nl = flags & 2 != 0;
    let skip_empty = flags & 4 != 0;
    let mut arr = ZArr::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\n' {
            if ignore_nl {
                let end = if i > start && data[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                if !(skip_empty && end == start) {
                    arr.push(sb(&data[start..end]));
                }
            } else {
                arr.push(sb(&data[start..=i]));
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < data.len() {
        arr.push(sb(&data[start..]));
    }
    Ok(Zval::Arr(arr))
}

fn readfile(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let Some((mut s, extra)) = open_or_warn(e, path.as_bytes(), b"rb")? else {
        return Ok(Zval::Bool(false));
    };
    use_handles(1 + extra);
    let data = s.read_all();
    e.echo(&data);
    Ok(Zval::Long(data.len() as i64))
}

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/// PHP's `php_basename` (ASCII-compatible locale).
pub fn basename_of<'a>(s: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    let mut end = s.len();
    while end > 0 && s[end - 1] == b'/' {
        end -= 1;
    }
    if end == 0 {
        return b"";
    }
    let mut start = end - 1;
    while start > 0 && s[start - 1] != b'/' {
        start -= 1;
    }
    let base = &s[start..end];
    if !suffix.is_empty() && suffix.len() < base.len() && base.ends_with(suffix) {
        &base[..base.len() - suffix.len()]
    } else {
        base
    }
}

/// PHP's `zend_dirname`: the length of the directory part, with `"."`/`"/"` results.
pub fn dirname_of(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return Vec::new();
    }
    let mut end = p.len() as isize - 1;
    while end >= 0 && p[end as usize] == b'/' {
        end -= 1;
    }
    if end < 0 {
        return b"/".to_vec();
    }
    while end >= 0 && p[end as usize] != b'/' {
        end -= 1;
    }
    if end < 0 {
        return b".".to_vec();
    }
    while end >= 0 && p[end as usize] == b'/' {
        end -= 1;
    }
    if end < 0 {
        return b"/".to_vec();
    }
    p[..(end + 1) as usize].to_vec()
}

fn basename(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let suffix = a.opt_str(e, 1)?.unwrap_or_else(ZStr::empty);
    Ok(sb(basename_of(s.as_bytes(), suffix.as_bytes())))
}

fn dirname(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let levels = a.int_or(e, 1, 1)?;
    if levels < 1 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 1"));
    }
    let mut cur = s.as_bytes().to_vec();
    let mut left = levels;
    loop {
        let next = dirname_of(&cur);
        let shrank = next.len() < cur.len();
        cur = next;
        left -= 1;
        if !shrank || left == 0 {
            break;
        }
    }
    Ok(sv(cur))
}

fn pathinfo(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let opt = a.int_or(e, 1, 15)?;
    let p = s.as_bytes();
    let mut arr = ZArr::new();
    let key = |k: &str| Key::Str(ZStr::new(k.as_bytes()));
    if opt & 1 != 0 {
        let d = dirname_of(p);
        if !d.is_empty() {
            arr.insert(key("dirname"), sv(d));
        }
    }
    let base = basename_of(p, b"");
    if opt & 2 != 0 {
        arr.insert(key("basename"), sb(base));
    }
    let dot = base.iter().rposition(|&c| c == b'.');
    if opt & 4 != 0 {
        if let Some(i) = dot {
            arr.insert(key("extension"), sb(&base[i + 1..]));
        }
    }
    if opt & 8 != 0 {
        arr.insert(key("filename"), sb(&base[..dot.unwrap_or(base.len())]));
    }
    if opt == 15 {
        Ok(Zval::Arr(arr))
    } else {
        Ok(arr.values().next().cloned().unwrap_or_else(|| sb(b"")))
    }
}

fn realpath(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    if b.contains(&0) {
        return Ok(Zval::Bool(false));
    }
    let p = if b.is_empty() { b"." as &[u8] } else { b };
    Ok(match fs::canonicalize(os_path(p)) {
        Ok(pb) => path_zval(&pb),
        Err(_) => Zval::Bool(false),
    })
}

fn path_zval(p: &Path) -> Zval {
    use std::os::unix::ffi::OsStrExt;
    sb(p.as_os_str().as_bytes())
}

fn getcwd(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(match std::env::current_dir() {
        Ok(p) => path_zval(&p),
        Err(_) => Zval::Bool(false),
    })
}

fn chdir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    match std::env::set_current_dir(os_path(p.as_bytes())) {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => {
            e.diag(
                Level::Warning,
                &format!(
                    "{} (errno {})",
                    strerror(&err),
                    err.raw_os_error().unwrap_or(0)
                ),
            )?;
            Ok(Zval::Bool(false))
        }
    }
}

fn temp_dir() -> String {
    match std::env::var("TMPDIR") {
        Ok(t) if !t.is_empty() => {
            let t = t.trim_end_matches('/');
            if t.is_empty() {
                "/".to_string()
            } else {
                t.to_string()
            }
        }
        _ => "/tmp".to_string(),
    }
}

fn sys_get_temp_dir(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(sb(temp_dir().as_bytes()))
}

fn random_name(n: usize) -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    thread_local! { static COUNTER: Cell<u64> = const { Cell::new(0) }; }
    const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut out = String::new();
    while out.len() < n {
        let mut h = RandomState::new().build_hasher();
        h.write_u64(COUNTER.with(|c| {
            c.set(c.get() + 1);
            c.get()
        }));
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        let mut x = h.finish();
        for _ in 0..10 {
            if out.len() >= n {
                break;
            }
            out.push(ALNUM[(x % 62) as usize] as char);
            x /= 62;
        }
    }
    out
}

fn try_tempfile(dir: &str, prefix: &str) -> Option<String> {
    if dir.is_empty() || !Path::new(dir).is_dir() {
        return None;
    }
    let sep = if dir.ends_with('/') { "" } else { "/" };
    for _ in 0..32 {
        let p = format!("{dir}{sep}{prefix}{}", random_name(19));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&p)
        {
            Ok(_) => return Some(p),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) => return None,
        }
    }
    None
}

fn tempnam(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let dir = path_arg(e, a, 0)?;
    let prefix = path_arg(e, a, 1)?;
    let mut prefix = basename_of(prefix.as_bytes(), b"").to_vec();
    prefix.truncate(63);
    let prefix = lossy(&prefix);
    let dir = lossy(dir.as_bytes());
    if !dir.is_empty() {
        if let Some(p) = try_tempfile(&dir, &prefix) {
            return Ok(sb(p.as_bytes()));
        }
        e.diag(
            Level::Notice,
            "file created in the system's temporary directory",
        )?;
    }
    match try_tempfile(&temp_dir(), &prefix) {
        Some(p) => Ok(sb(p.as_bytes())),
        None => Ok(Zval::Bool(false)),
    }
}

// ---------------------------------------------------------------------------------------------
// File status
// ---------------------------------------------------------------------------------------------

/// A path for the stat family: `None` (result false) for paths with NUL bytes or empty.
fn stat_path(e: &mut dyn Engine, a: &Args) -> Result<Option<ZStr>, Flow> {
    let s = a.str(e, 0)?;
    if s.as_bytes().is_empty() || s.as_bytes().contains(&0) {
        return Ok(None);
    }
    Ok(Some(s))
}

fn file_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(Zval::Bool(
        fs::metadata(os_path(plain(p.as_bytes()))).is_ok(),
    ))
}

fn is_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(Zval::Bool(
        fs::metadata(os_path(plain(p.as_bytes()))).is_ok_and(|m| m.is_file()),
    ))
}

fn is_dir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(Zval::Bool(
        fs::metadata(os_path(plain(p.as_bytes()))).is_ok_and(|m| m.is_dir()),
    ))
}

fn is_link(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(Zval::Bool(
        fs::symlink_metadata(os_path(plain(p.as_bytes()))).is_ok_and(|m| m.is_symlink()),
    ))
}

/// A link operation's failure: PHP names only the error, not the paths.
fn link_fail(e: &mut dyn Engine, err: &io::Error) -> BResult {
    let f = e.current_function().to_string();
    e.diag(Level::Warning, &format!("{f}(): {}", strerror(err)))?;
    Ok(Zval::Bool(false))
}

/// `symlink($target, $link)`: a symbolic link at `$link` holding `$target` as given.
fn symlink(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let target = path_arg(e, a, 0)?;
    let link = path_arg(e, a, 1)?;
    use_handles(0);
    match std::os::unix::fs::symlink(os_path(target.as_bytes()), os_path(plain(link.as_bytes()))) {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => link_fail(e, &err),
    }
}

/// `link($target, $link)`: a hard link.
fn link(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let target = path_arg(e, a, 0)?;
    let link = path_arg(e, a, 1)?;
    use_handles(0);
    match fs::hard_link(
        os_path(plain(target.as_bytes())),
        os_path(plain(link.as_bytes())),
    ) {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => link_fail(e, &err),
    }
}

/// `readlink($path)`: what a symbolic link holds.
fn readlink(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    use_handles(0);
    match fs::read_link(os_path(plain(p.as_bytes()))) {
        Ok(t) => {
            use std::os::unix::ffi::OsStrExt;
            Ok(sb(t.as_os_str().as_bytes()))
        }
        Err(err) => link_fail(e, &err),
    }
}

/// The effective uid and the groups of this process (from `/proc/self/status`).
fn ids() -> (u32, Vec<u32>) {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mut uid = u32::MAX;
    let mut groups = Vec::new();
    for line in status.lines() {
        if let Some(r) = line.strip_prefix("Uid:") {
            uid = r
                .split_whitespace()
                .nth(1)
                .and_then(|x| x.parse().ok())
                .unwrap_or(u32::MAX);
        } else if let Some(r) = line.strip_prefix("Gid:") {
            if let Some(g) = r.split_whitespace().nth(1).and_then(|x| x.parse().ok()) {
                groups.push(g);
            }
        } else if let Some(r) = line.strip_prefix("Groups:") {
            groups.extend(r.split_whitespace().filter_map(|x| x.parse::<u32>().ok()));
        }
    }
    (uid, groups)
}

/// `access(path, mode)` with mode bits 4 (read), 2 (write), 1 (execute).
fn access(p: &[u8], want: u32) -> bool {
    let Ok(m) = fs::metadata(os_path(p)) else {
        return false;
    };
    let mode = m.permissions().mode();
    let (uid, groups) = ids();
    if uid == 0 {
        return want != 1 || mode & 0o111 != 0 || m.is_dir();
    }
    let bits = if m.uid() == uid {
        (mode >> 6) & 7
    } else if groups.contains(&m.gid()) {
        (mode >> 3) & 7
    } else {
        mode & 7
    };
    bits & want == want
}

fn is_readable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(Zval::Bool(access(plain(p.as_bytes()), 4)))
}

fn is_writable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    Ok(Zval::Bool(access(plain(p.as_bytes()), 2)))
}

fn is_executable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    let p = plain(p.as_bytes());
    Ok(Zval::Bool(
        fs::metadata(os_path(p)).is_ok_and(|m| !m.is_dir()) && access(p, 1),
    ))
}

fn stat_values(m: &fs::Metadata) -> [i64; 13] {
    [
        m.dev() as i64,
        m.ino() as i64,
        m.mode() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.rdev() as i64,
        m.size() as i64,
        m.atime(),
        m.mtime(),
        m.ctime(),
        m.blksize() as i64,
        m.blocks() as i64,
    ]
}

fn stat_array(v: [i64; 13]) -> Zval {
    const NAMES: [&str; 13] = [
        "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size", "atime", "mtime", "ctime",
        "blksize", "blocks",
    ];
    let mut arr = ZArr::new();
    for x in v {
        arr.push(Zval::Long(x));
    }
    for (n, x) in NAMES.iter().zip(v) {
        arr.insert(Key::Str(ZStr::new(n.as_bytes())), Zval::Long(x));
    }
    Zval::Arr(arr)
}

/// One of the stat-based functions: `field` picks the value; warns "stat failed".
fn stat_fn(e: &mut dyn Engine, a: &Args, link: bool, field: fn(&fs::Metadata) -> Zval) -> BResult {
    let Some(p) = stat_path(e, a)? else {
        return Ok(Zval::Bool(false));
    };
    let path = os_path(plain(p.as_bytes()));
    let m = if link {
        fs::symlink_metadata(path)
    } else {
        fs::metadata(path)
    };
    match m {
        Ok(m) => Ok(field(&m)),
        Err(_) => {
            let what = if link { "Lstat" } else { "stat" };
            e.diag(
                Level::Warning,
                &format!("{}(): {what} failed for {}", a.fname, lossy(p.as_bytes())),
            )?;
            Ok(Zval::Bool(false))
        }
    }
}

fn filesize(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.size() as i64))
}
fn filemtime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.mtime()))
}
fn fileatime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.atime()))
}
fn filectime(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.ctime()))
}
fn fileperms(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.mode() as i64))
}
fn fileinode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.ino() as i64))
}
fn fileowner(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.uid() as i64))
}
fn filegroup(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| Zval::Long(m.gid() as i64))
}
fn filetype(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, true, |m| {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        let s: &[u8] = if t.is_symlink() {
            b"link"
        } else if t.is_dir() {
            b"dir"
        } else if t.is_file() {
            b"file"
        } else if t.is_fifo() {
            b"fifo"
        } else if t.is_char_device() {
            b"char"
        } else if t.is_block_device() {
            b"block"
        } else if t.is_socket() {
            b"socket"
        } else {
            b"unknown"
        };
        sb(s)
    })
}
fn stat(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, false, |m| stat_array(stat_values(m)))
}
fn lstat(e: &mut dyn Engine, a: &mut Args) -> BResult {
    stat_fn(e, a, true, |m| stat_array(stat_values(m)))
}

fn clearstatcache(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Null)
}

// ---------------------------------------------------------------------------------------------
// Changing the filesystem
// ---------------------------------------------------------------------------------------------

fn touch(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    let mtime = a.nullable_int(e, 1)?;
    let atime = a.nullable_int(e, 2)?;
    use_handles(0);
    if p.as_bytes().is_empty() {
        return Ok(Zval::Bool(false));
    }
    let path = os_path(plain(p.as_bytes()));
    if fs::symlink_metadata(path).is_err() {
        if let Err(err) = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(path)
        {
            e.diag(
                Level::Warning,
                &format!(
                    "Unable to create file {} because {}",
                    lossy(p.as_bytes()),
                    strerror(&err)
                ),
            )?;
            return Ok(Zval::Bool(false));
        }
    }
    let to_time = |t: i64| {
        let d = std::time::Duration::from_secs(t.unsigned_abs());
        let at = if t >= 0 {
            std::time::UNIX_EPOCH.checked_add(d)
        } else {
            std::time::UNIX_EPOCH.checked_sub(d)
        };
        at.unwrap_or(std::time::UNIX_EPOCH)
    };
    let now = std::time::SystemTime::now();
    let m = mtime.map_or(now, to_time);
    let at = match (atime, mtime) {
        (Some(t), _) => to_time(t),
        (None, Some(_)) => m,
        (None, None) => now,
    };
    let times = fs::FileTimes::new().set_modified(m).set_accessed(at);
    let r = fs::File::open(path).and_then(|f| f.set_times(times));
    if let Err(err) = r {
        e.diag(Level::Warning, &format!("Utime failed: {}", strerror(&err)))?;
        return Ok(Zval::Bool(false));
    }
    Ok(Zval::Bool(true))
}

/// Warns `fname(path): strerror` and returns false.
fn fail_with(e: &mut dyn Engine, what: &str, err: &io::Error) -> BResult {
    let f = e.current_function().to_string();
    e.diag(Level::Warning, &format!("{f}({what}): {}", strerror(err)))?;
    Ok(Zval::Bool(false))
}

fn unlink(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    use_handles(0);
    match fs::remove_file(os_path(plain(p.as_bytes()))) {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => fail_with(e, &lossy(p.as_bytes()), &err),
    }
}

fn rmdir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    use_handles(0);
    match fs::remove_dir(os_path(plain(p.as_bytes()))) {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => fail_with(e, &lossy(p.as_bytes()), &err),
    }
}

fn mkdir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    let perms = a.int_or(e, 1, 0o777)?;
    let recursive = a.bool_or(e, 2, false)?;
    use_handles(0);
    let path = os_path(plain(p.as_bytes()));
    let r = if recursive && path.exists() {
        Err(io::Error::from_raw_os_error(17))
    } else {
        fs::DirBuilder::new()
            .recursive(recursive)
            .mode(perms as u32 & 0o7777)
            .create(path)
    };
    match r {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => {
            e.diag(Level::Warning, &strerror(&err))?;
            Ok(Zval::Bool(false))
        }
    }
}

fn rename(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let from = path_arg(e, a, 0)?;
    let to = path_arg(e, a, 1)?;
    use_handles(0);
    let (f, t) = (
        os_path(plain(from.as_bytes())),
        os_path(plain(to.as_bytes())),
    );
    let r = match fs::rename(f, t) {
        Err(err) if err.raw_os_error() == Some(18) => {
            fs::copy(f, t).and_then(|_| fs::remove_file(f))
        }
        r => r,
    };
    match r {
        Ok(()) => Ok(Zval::Bool(true)),
        Err(err) => fail_with(
            e,
            &format!("{},{}", lossy(from.as_bytes()), lossy(to.as_bytes())),
            &err,
        ),
    }
}

fn copy(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let from = path_arg(e, a, 0)?;
    let to = path_arg(e, a, 1)?;
    if fs::metadata(os_path(plain(from.as_bytes()))).is_ok_and(|m| m.is_dir()) {
        e.diag(
            Level::Warning,
            "The first argument to copy() function cannot be a directory",
        )?;
        return Ok(Zval::Bool(false));
    }
    let Some((mut src, x1)) = open_or_warn(e, from.as_bytes(), b"rb")? else {
        return Ok(Zval::Bool(false));
    };
    use_handles(1 + x1);
    if fs::metadata(os_path(plain(to.as_bytes()))).is_ok_and(|m| m.is_dir()) {
        e.diag(
            Level::Warning,
            "The second argument to copy() function cannot be a directory",
        )?;
        return Ok(Zval::Bool(false));
    }
    let Some((mut dst, x2)) = open_or_warn(e, to.as_bytes(), b"wb")? else {
        return Ok(Zval::Bool(false));
    };
    use_handles(1 + x2);
    let data = src.read_all();
    if !data.is_empty() {
        if dst.is_std_out() {
            e.flush_output();
        }
        let ok = dst.write_bytes(&data).is_some();
        let echo = std::mem::take(&mut dst.echo);
        e.echo(&echo);
        if !ok {
            return Ok(Zval::Bool(false));
        }
    }
    Ok(Zval::Bool(true))
}

// ---------------------------------------------------------------------------------------------
// Directory handles
// ---------------------------------------------------------------------------------------------

/// An open directory: the native object of the `stream` resource `opendir` returns.
struct DirHandle {
    /// The entries, `.` and `..` first, read when the directory was opened.
    entries: Vec<Vec<u8>>,
    /// The next entry `readdir` returns.
    pos: usize,
    /// PHP's memory for the directory stream (`php_stream` and its directory state) beside
    /// the resource record.
    _mem: memphis_mm::OwnedBlock,
}

/// Bytes a directory stream takes in PHP's heap beyond its 32-byte resource record
/// (measured on PHP 8.4: an `opendir` takes 256 bytes while open, 32 of them the record).
const DIR_STREAM_BYTES: usize = 224;

thread_local! {
    /// The directory `opendir` opened last: what `readdir()` and its kin use without an
    /// argument (PHP's `DIRG(default_dir)`, which holds a count on it).
    static DEFAULT_DIR: RefCell<Option<ZRes>> = const { RefCell::new(None) };
}

/// `dir($path)`: a `Directory` object over a directory handle (false, with `dir()`'s
/// warning, when the directory cannot be opened).
fn dir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let path = path_arg(e, a, 0)?;
    let h = opendir(e, a)?;
    if !matches!(h, Zval::Res(_)) {
        return Ok(h);
    }
    // The object keeps a copy of the path (PHP makes a string of its own).
    e.call(
        &sb(b"Directory::__memphis_wrap"),
        vec![Zval::Str(ZStr::new(path.as_bytes())), h],
    )
}

fn opendir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    match fs::read_dir(os_path(plain(p.as_bytes()))) {
        Ok(rd) => {
            use std::os::unix::ffi::OsStrExt;
            let mut entries: Vec<Vec<u8>> = vec![b".".to_vec(), b"..".to_vec()];
            entries.extend(rd.flatten().map(|d| d.file_name().as_bytes().to_vec()));
            let mem = memphis_mm::OwnedBlock::new(DIR_STREAM_BYTES);
            use_handles(0);
            let r = ZRes::new(
                "stream",
                Box::new(DirHandle {
                    entries,
                    pos: 0,
                    _mem: mem,
                }),
            );
            let old = DEFAULT_DIR.with(|d| d.borrow_mut().replace(r.clone()));
            drop(old);
            Ok(Zval::Res(r))
        }
        Err(err) => {
            let f = e.current_function().to_string();
            e.diag(
                Level::Warning,
                &format!(
                    "{f}({}): Failed to open directory: {}",
                    lossy(p.as_bytes()),
                    strerror(&err)
                ),
            )?;
            Ok(Zval::Bool(false))
        }
    }
}

/// The directory handle argument (or the last one opened), checked as PHP checks it.
fn dir_arg(e: &mut dyn Engine, a: &Args) -> Result<ZRes, Flow> {
    let r = match a.get(0) {
        Zval::Null => match DEFAULT_DIR.with(|d| d.borrow().clone()) {
            Some(r) => r,
            None => return Err(e.error("TypeError", "No resource supplied".to_string())),
        },
        Zval::Res(r) => r,
        v => return Err(a.type_error(e, 0, "resource or null", &v)),
    };
    if r.kind() != "stream" {
        return Err(e.error(
            "TypeError",
            format!(
                "{}(): supplied resource is not a valid Directory resource",
                a.fname
            ),
        ));
    }
    let is_dir = r
        .native()
        .try_borrow()
        .map(|b| b.as_ref().is_some_and(|x| x.is::<DirHandle>()))
        .unwrap_or(false);
    if !is_dir {
        return Err(e.error(
            "TypeError",
            format!(
                "{}(): Argument #1 ($dir_handle) must be a valid Directory resource",
                a.fname
            ),
        ));
    }
    Ok(r)
}

/// Runs `f` on the directory handle of resource `r` ([`dir_arg`] checked it).
fn with_dir<T>(r: &ZRes, f: impl FnOnce(&mut DirHandle) -> T) -> Option<T> {
    let mut b = r.native().try_borrow_mut().ok()?;
    b.as_mut()?.downcast_mut::<DirHandle>().map(f)
}

fn readdir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = dir_arg(e, a)?;
    let name = with_dir(&r, |d| {
        let n = d.entries.get(d.pos).cloned();
        if n.is_some() {
            d.pos += 1;
        }
        n
    });
    Ok(name.flatten().map_or(Zval::Bool(false), sv))
}

fn rewinddir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = dir_arg(e, a)?;
    with_dir(&r, |d| d.pos = 0);
    Ok(Zval::Null)
}

fn closedir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = dir_arg(e, a)?;
    let was_default = DEFAULT_DIR.with(|d| d.borrow().as_ref().is_some_and(|x| x.ptr_eq(&r)));
    if was_default {
        let old = DEFAULT_DIR.with(|d| d.borrow_mut().take());
        drop(old);
    }
    r.close();
    Ok(Zval::Null)
}

fn scandir(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = path_arg(e, a, 0)?;
    let order = a.int_or(e, 1, 0)?;
    if p.as_bytes().is_empty() {
        return Err(a.value_error(e, 0, "must not be empty"));
    }
    match fs::read_dir(os_path(plain(p.as_bytes()))) {
        Ok(rd) => {
            use_handles(1);
            use std::os::unix::ffi::OsStrExt;
            let mut names: Vec<Vec<u8>> = vec![b".".to_vec(), b"..".to_vec()];
            names.extend(rd.flatten().map(|d| d.file_name().as_bytes().to_vec()));
            match order {
                0 => names.sort(),
                2 => {}
                _ => {
                    names.sort();
                    names.reverse();
                }
            }
            Ok(Zval::Arr(ZArr::from_values(names.into_iter().map(sv))))
        }
        Err(err) => {
            let f = e.current_function().to_string();
            e.diag(
                Level::Warning,
                &format!(
                    "{f}({}): Failed to open directory: {}",
                    lossy(p.as_bytes()),
                    strerror(&err)
                ),
            )?;
            e.diag(
                Level::Warning,
                &format!(
                    "(errno {}): {}",
                    err.raw_os_error().unwrap_or(0),
                    strerror(&err)
                ),
            )?;
            Ok(Zval::Bool(false))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// glob / fnmatch
// ---------------------------------------------------------------------------------------------

/// Shell wildcard match of `name` against `pat` (`*`, `?`, `[...]`, `\` escapes).
fn wild_match(pat: &[u8], name: &[u8], escape: bool, fold: bool) -> bool {
    let eq = |a: u8, b: u8| {
        if fold {
            a.eq_ignore_ascii_case(&b)
        } else {
            a == b
        }
    };
    let (mut p, mut n) = (0, 0);
    let (mut star_p, mut star_n) = (usize::MAX, 0);
    while n < name.len() {
        if p < pat.len() {
            match pat[p] {
                b'*' => {
                    star_p = p;
                    star_n = n;
                    p += 1;
                    continue;
                }
                b'?' => {
                    p += 1;
                    n += 1;
                    continue;
                }
                b'[' => {
                    if let Some((ok, len)) = class_match(&pat[p..], name[n], fold) {
                        if ok {
                            p += len;
                            n += 1;
                            continue;
                        }
                    } else if eq(b'[', name[n]) {
                        p += 1;
                        n += 1;
                        continue;
                    }
                }
                b'\\' if escape && p + 1 < pat.len() => {
                    if eq(pat[p + 1], name[n]) {
                        p += 2;
                        n += 1;
                        continue;
                    }
                }
                c => {
                    if eq(c, name[n]) {
                        p += 1;
                        n += 1;
                        continue;
                    }
                }
            }
        }
        if star_p != usize::MAX {
            p = star_p + 1;
            star_n += 1;
            n = star_n;
            continue;
        }
        return false;
    }
    while p < pat.len() && pat[p] == b'*' {
        p += 1;
    }
    p == pat.len()
}

/// A `[...]` class at the start of `pat`: (matches, length of the class) or `None` if unclosed.
fn class_match(pat: &[u8], c: u8, fold: bool) -> Option<(bool, usize)> {
    let mut i = 1;
    let neg = i < pat.len() && (pat[i] == b'!' || pat[i] == b'^');
    if neg {
        i += 1;
    }
    let mut matched = false;
    let mut first = true;
    let c2 = if fold { c.to_ascii_lowercase() } else { c };
    while i < pat.len() {
        if pat[i] == b']' && !first {
            return Some((matched != neg, i + 1));
        }
        first = false;
        let lo = pat[i];
        if i + 2 < pat.len() && pat[i + 1] == b'-' && pat[i + 2] != b']' {
            let hi = pat[i + 2];
            let (l, h) = if fold {
                (lo.to_ascii_lowercase(), hi.to_ascii_lowercase())
            } else {
                (lo, hi)
            };
            if l <= c2 && c2 <= h || lo <= c && c <= hi {
                matched = true;
            }
            i += 3;
        } else {
            if lo == c || fold && lo.eq_ignore_ascii_case(&c) {
                matched = true;
            }
            i += 1;
        }
    }
    None
}

fn has_wild(s: &[u8]) -> bool {
    s.iter().any(|c| matches!(c, b'*' | b'?' | b'['))
}

/// Expands `{a,b}` alternatives (GLOB_BRACE), in order.
fn brace_expand(p: &[u8]) -> Vec<Vec<u8>> {
    let Some(open) = p.iter().position(|&c| c == b'{') else {
        return vec![p.to_vec()];
    };
    let mut depth = 0;
    let mut close = None;
    let mut commas = Vec::new();
    for (i, &c) in p.iter().enumerate().skip(open) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b',' if depth == 1 => commas.push(i),
            _ => {}
        }
    }
    let Some(close) = close else {
        return vec![p.to_vec()];
    };
    let mut out = Vec::new();
    let mut start = open + 1;
    for end in commas.into_iter().chain(std::iter::once(close)) {
        let mut v = p[..open].to_vec();
        v.extend_from_slice(&p[start..end]);
        v.extend_from_slice(&p[close + 1..]);
        out.extend(brace_expand(&v));
        start = end + 1;
    }
    out
}

fn glob_one(pattern: &[u8], flags: i64) -> Vec<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    let escape = flags & 64 == 0;
    let trailing = pattern.len() > 1 && pattern.ends_with(b"/");
    let absolute = pattern.first() == Some(&b'/');
    let parts: Vec<&[u8]> = pattern
        .split(|&c| c == b'/')
        .filter(|s| !s.is_empty())
        .collect();
    let mut cur: Vec<Vec<u8>> = vec![if absolute { b"/".to_vec() } else { Vec::new() }];
    for (k, part) in parts.iter().enumerate() {
        let last = k + 1 == parts.len();
        let mut next = Vec::new();
        for base in &cur {
            let join = |name: &[u8]| {
                let mut v = base.clone();
                if !v.is_empty() && !v.ends_with(b"/") {
                    v.push(b'/');
                }
                v.extend_from_slice(name);
                v
            };
            if !has_wild(part) {
                let lit: Vec<u8> = if escape {
                    let mut o = Vec::new();
                    let mut i = 0;
                    while i < part.len() {
                        if part[i] == b'\\' && i + 1 < part.len() {
                            i += 1;
                        }
                        o.push(part[i]);
                        i += 1;
                    }
                    o
                } else {
                    part.to_vec()
                };
                let cand = join(&lit);
                if fs::symlink_metadata(os_path(&cand)).is_ok() {
                    next.push(cand);
                }
                continue;
            }
            let dir: &[u8] = if base.is_empty() { b"." } else { base };
            let Ok(rd) = fs::read_dir(os_path(dir)) else {
                continue;
            };
            let mut names: Vec<Vec<u8>> = rd
                .flatten()
                .map(|d| d.file_name().as_bytes().to_vec())
                .filter(|n| {
                    (n.first() != Some(&b'.') || part.first() == Some(&b'.'))
                        && wild_match(part, n, escape, false)
                })
                .collect();
            names.sort();
            for n in names {
                let cand = join(&n);
                if !last && !fs::metadata(os_path(&cand)).is_ok_and(|m| m.is_dir()) {
                    continue;
                }
                next.push(cand);
            }
        }
        cur = next;
    }
    if parts.is_empty() {
        if absolute {
            return vec![b"/".to_vec()];
        }
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in cur {
        let is_dir = fs::metadata(os_path(&c)).is_ok_and(|m| m.is_dir());
        if (trailing || flags & 8192 != 0) && !is_dir {
            continue;
        }
        let mut c = c;
        if (flags & 2 != 0 || trailing) && is_dir && !c.ends_with(b"/") {
            c.push(b'/');
        }
        out.push(c);
    }
    out
}

fn glob(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pat = path_arg(e, a, 0)?;
    let flags = a.int_or(e, 1, 0)?;
    if flags & !9303 != 0 {
        e.diag(
            Level::Warning,
            "At least one of the passed flags is invalid or not supported on this platform",
        )?;
        return Ok(Zval::Bool(false));
    }
    let pats = if flags & 1024 != 0 {
        brace_expand(pat.as_bytes())
    } else {
        vec![pat.as_bytes().to_vec()]
    };
    let mut out = Vec::new();
    for p in &pats {
        out.extend(glob_one(p, flags));
    }
    if out.is_empty() && flags & 16 != 0 {
        out.push(pat.as_bytes().to_vec());
    }
    Ok(Zval::Arr(ZArr::from_values(out.into_iter().map(sv))))
}

fn fnmatch(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pat = a.str(e, 0)?;
    let name = a.str(e, 1)?;
    let flags = a.int_or(e, 2, 0)?;
    let (p, n) = (pat.as_bytes(), name.as_bytes());
    let escape = flags & 2 == 0;
    let fold = flags & 16 != 0;
    if flags & 4 != 0 && n.first() == Some(&b'.') && p.first() != Some(&b'.') {
        return Ok(Zval::Bool(false));
    }
    let ok = if flags & 1 != 0 {
        let ps: Vec<&[u8]> = p.split(|&c| c == b'/').collect();
        let ns: Vec<&[u8]> = n.split(|&c| c == b'/').collect();
        ps.len() == ns.len()
            && ps
                .iter()
                .zip(&ns)
                .all(|(p, n)| wild_match(p, n, escape, fold))
    } else {
        wild_match(p, n, escape, fold)
    };
    Ok(Zval::Bool(ok))
}

fn resource_arg(e: &mut dyn Engine, a: &Args) -> Result<ZRes, Flow> {
    match a.get(0) {
        Zval::Res(r) => Ok(r),
        v => Err(a.type_error(e, 0, "resource", &v)),
    }
}

fn is_resource(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(
        matches!(a.get(0), Zval::Res(r) if r.kind() != "Unknown"),
    ))
}

fn get_resource_type(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = resource_arg(e, a)?;
    Ok(sb(r.kind().as_bytes()))
}

fn get_resource_id(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = resource_arg(e, a)?;
    Ok(Zval::Long(r.handle() as i64))
}

// ---------------------------------------------------------------------------------------------
// Stream introspection and contexts
// ---------------------------------------------------------------------------------------------

/// A stream resource argument that may also be a directory handle (for the functions that
/// take either).
enum AnyStream {
    Stream(ZRes),
    Dir,
}

fn any_stream_arg(e: &mut dyn Engine, a: &Args, i: usize) -> Result<AnyStream, Flow> {
    if let Zval::Res(r) = a.get(i) {
        let dir = r.kind() == "stream"
            && r.native()
                .try_borrow()
                .is_ok_and(|b| b.as_ref().is_some_and(|x| x.is::<DirHandle>()));
        if dir {
            return Ok(AnyStream::Dir);
        }
    }
    res_arg(e, a, i).map(AnyStream::Stream)
}

/// `stream_get_meta_data`: what PHP reports of a stream (no `timed_out`, `blocked`, `eof`
/// for `php://temp`; no wrapper or URI for a process pipe).
fn stream_get_meta_data(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let mut out = ZArr::new();
    let mut put = |k: &str, v: Zval| {
        out.insert(Key::Str(ZStr::new(k.as_bytes())), v);
    };
    match any_stream_arg(e, a, 0)? {
        AnyStream::Dir => {
            put("timed_out", Zval::Bool(false));
            put("blocked", Zval::Bool(true));
            put("eof", Zval::Bool(false));
            put("wrapper_type", sb(b"plainfile"));
            put("stream_type", sb(b"dir"));
            put("mode", sb(b"r"));
            put("unread_bytes", Zval::Long(0));
            put("seekable", Zval::Bool(true));
        }
        AnyStream::Stream(r) => {
            let facts = with(e, &r, |s| {
                let kind: &'static str = match &s.be {
                    Backend::Mem(..) if s.temp => "TEMP",
                    Backend::Mem(..) => "MEMORY",
                    Backend::Output => "Output",
                    _ => "STDIO",
                };
                let seekable = match s.be {
                    Backend::Output | Backend::Process(_) => false,
                    Backend::Stdin => fd_seekable(0),
                    Backend::Stdout => fd_seekable(1),
                    Backend::Stderr => fd_seekable(2),
                    _ => true,
                };
                Some((
                    s.temp,
                    s.eof,
                    s.wrapper,
                    kind,
                    s.mode.clone(),
                    s.buffered(),
                    seekable,
                    s.uri.clone(),
                ))
            })?;
            let Some((temp, eof, wrapper, kind, mode, unread, seekable, uri)) = facts else {
                return Ok(Zval::Bool(false));
            };
            if !temp {
                put("timed_out", Zval::Bool(false));
                put("blocked", Zval::Bool(true));
                put("eof", Zval::Bool(eof));
            }
            if let Some(w) = wrapper {
                put("wrapper_type", sb(w.as_bytes()));
            }
            put("stream_type", sb(kind.as_bytes()));
            put("mode", sv(mode));
            put("unread_bytes", Zval::Long(unread as i64));
            put("seekable", Zval::Bool(seekable));
            if let Some(u) = uri {
                put("uri", sv(u));
            }
        }
    }
    Ok(Zval::Arr(out))
}

/// Whether standard descriptor `fd` can seek (not a pipe, socket or terminal), as PHP finds
/// out when it opens the stream.
fn fd_seekable(fd: u32) -> bool {
    use std::io::IsTerminal;
    use std::os::unix::fs::FileTypeExt;
    let tty = match fd {
        0 => io::stdin().is_terminal(),
        1 => io::stdout().is_terminal(),
        _ => io::stderr().is_terminal(),
    };
    !tty && fs::metadata(format!("/proc/self/fd/{fd}"))
        .is_ok_and(|m| !m.file_type().is_fifo() && !m.file_type().is_socket())
}

/// `stream_isatty`: whether the stream is a terminal.
fn stream_isatty(e: &mut dyn Engine, a: &mut Args) -> BResult {
    use std::io::IsTerminal;
    let r = res_arg(e, a, 0)?;
    let tty = with(e, &r, |s| match &s.be {
        Backend::File(f) => f.is_terminal(),
        Backend::Stdin => io::stdin().is_terminal(),
        Backend::Stdout => io::stdout().is_terminal(),
        Backend::Stderr => io::stderr().is_terminal(),
        _ => false,
    })?;
    Ok(Zval::Bool(tty))
}

/// `stream_get_line`: up to `length` bytes, ending before `ending` (which is consumed) when
/// it occurs; false once nothing is left.
fn stream_get_line(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let len = a.int(e, 1)?;
    if len < 0 {
        return Err(a.value_error(e, 1, "must be greater than or equal to 0"));
    }
    let max = if len == 0 { CHUNK } else { len as usize };
    let ending = if a.has(2) {
        a.str(e, 2)?.as_bytes().to_vec()
    } else {
        Vec::new()
    };
    let got = with(e, &r, |s| {
        // Enough read ahead to see `max` bytes and a delimiter right after them.
        while s.buffered() < max + ending.len() && !s.eof {
            match s.fill() {
                Some(n) if n > 0 => {}
                _ => break,
            }
        }
        let avail = &s.rbuf[s.rpos..];
        let found = if ending.is_empty() {
            None
        } else {
            let lim = avail.len().min(max + ending.len());
            avail[..lim]
                .windows(ending.len())
                .position(|w| w == ending.as_slice())
                .filter(|&p| p <= max)
        };
        let mut out = Vec::new();
        match found {
            Some(p) => {
                s.take(p, &mut out);
                let mut skip = Vec::new();
                s.take(ending.len(), &mut skip);
                Some(out)
            }
            None if avail.is_empty() => None,
            None => {
                s.take(max, &mut out);
                Some(out)
            }
        }
    })?;
    Ok(got.map_or(Zval::Bool(false), sv))
}

/// `stream_copy_to_stream`: bytes copied from one stream to another (from `offset`, at most
/// `length` of them).
fn stream_copy_to_stream(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let from = res_arg(e, a, 0)?;
    let to = res_arg(e, a, 1)?;
    let len = a.nullable_int(e, 2)?;
    let off = a.int_or(e, 3, 0)?;
    if off > 0 && !with(e, &from, |s| s.seek(off, 0))? {
        e.diag(
            Level::Warning,
            &format!("Failed to seek to position {off} in the stream"),
        )?;
        return Ok(Zval::Bool(false));
    }
    let data = with(e, &from, |s| match len {
        None | Some(-1) => s.read_all(),
        Some(n) if n <= 0 => Vec::new(),
        Some(n) => {
            let mut out = Vec::new();
            while out.len() < n as usize {
                match s.read_bytes(n as usize - out.len()) {
                    Some(b) if !b.is_empty() => out.extend_from_slice(&b),
                    _ => break,
                }
            }
            out
        }
    })?;
    if data.is_empty() {
        return Ok(Zval::Long(0));
    }
    match with(e, &to, |s| s.write_bytes(&data))? {
        Some(n) => Ok(Zval::Long(n as i64)),
        None => Ok(Zval::Bool(false)),
    }
}

/// `stream_set_blocking`: accepted by every stream here.
fn stream_set_blocking(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let _ = res_arg(e, a, 0)?;
    let _ = a.bool_or(e, 1, true)?;
    Ok(Zval::Bool(true))
}

/// `stream_set_timeout`: only sockets have a timeout (there are none here).
fn stream_set_timeout(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let _ = res_arg(e, a, 0)?;
    let _ = a.int(e, 1)?;
    let _ = a.int_or(e, 2, 0)?;
    Ok(Zval::Bool(false))
}

/// `stream_set_write_buffer`: 0 for the streams made over a C `FILE*` (which take the
/// setting), -1 for the others.
fn stream_set_write_buffer(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let _ = a.int(e, 1)?;
    let ok = with(e, &r, |s| s.stdio_file)?;
    Ok(Zval::Long(if ok { 0 } else { -1 }))
}

/// `stream_set_read_buffer`: every stream takes it.
fn stream_set_read_buffer(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let _ = res_arg(e, a, 0)?;
    let _ = a.int(e, 1)?;
    Ok(Zval::Long(0))
}

/// `stream_set_chunk_size`: the previous chunk size (PHP's 8192 by default).
fn stream_set_chunk_size(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let _ = res_arg(e, a, 0)?;
    let size = a.int(e, 1)?;
    if size <= 0 {
        return Err(a.value_error(e, 1, "must be greater than 0"));
    }
    if size > i32::MAX as i64 {
        return Err(a.value_error(e, 1, "is too large"));
    }
    let old = CHUNK_SIZE.with(|c| c.replace(size));
    Ok(Zval::Long(old))
}

thread_local! {
    /// What `stream_set_chunk_size` last set (reads keep PHP's 8 KiB buffer).
    static CHUNK_SIZE: Cell<i64> = const { Cell::new(CHUNK as i64) };
}

/// Wrappers whose streams are remote (`is_url` in PHP).
const URL_WRAPPERS: [&[u8]; 4] = [b"http", b"https", b"ftp", b"ftps"];

/// `stream_is_local`: whether a stream or URL is local (not http/ftp).
fn stream_is_local(e: &mut dyn Engine, a: &mut Args) -> BResult {
    if let Zval::Res(_) = a.get(0) {
        let r = res_arg(e, a, 0)?;
        let local = with(e, &r, |s| s.uri.as_ref().is_none_or(|u| !is_url(u)))?;
        return Ok(Zval::Bool(local));
    }
    let p = a.str(e, 0)?;
    Ok(Zval::Bool(!is_url(p.as_bytes())))
}

fn is_url(u: &[u8]) -> bool {
    match u.windows(3).position(|w| w == b"://") {
        Some(i) => URL_WRAPPERS.contains(&u[..i].to_ascii_lowercase().as_slice()),
        None => false,
    }
}

/// `stream_get_wrappers`: the URL wrappers PHP 8.4 has under `php -n` (with openssl and zlib).
fn stream_get_wrappers(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let names: [&[u8]; 9] = [
        b"https",
        b"ftps",
        b"compress.zlib",
        b"php",
        b"file",
        b"glob",
        b"data",
        b"http",
        b"ftp",
    ];
    Ok(Zval::Arr(ZArr::from_values(names.into_iter().map(sb))))
}

/// `stream_resolve_include_path`: the file found along `include_path` (false if none).
fn stream_resolve_include_path(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let f = path_arg(e, a, 0)?;
    if f.is_empty() {
        return Err(a.value_error(e, 0, "cannot be empty"));
    }
    let name = lossy(f.as_bytes());
    let candidates: Vec<String> = if name.starts_with('/') {
        vec![name.clone()]
    } else {
        let inc = e.ini("include_path").unwrap_or_default();
        inc.split(':')
            .filter(|d| !d.is_empty())
            .map(|d| format!("{d}/{name}"))
            .collect()
    };
    for c in candidates {
        if let Ok(p) = fs::canonicalize(&c) {
            if p.exists() {
                return Ok(sb(p.to_string_lossy().as_bytes()));
            }
        }
    }
    Ok(Zval::Bool(false))
}

/// `stream_supports_lock`: streams over a file descriptor can be locked.
fn stream_supports_lock(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = res_arg(e, a, 0)?;
    let ok = with(e, &r, |s| {
        !matches!(s.be, Backend::Mem(..) | Backend::Output)
    })?;
    Ok(Zval::Bool(ok))
}

/// A stream context made by `stream_context_create`: its options by wrapper and its
/// notification callback.
struct StreamContext {
    options: ZArr,
    notification: Option<Zval>,
    /// PHP's `php_stream_context` (the options array accounts for itself).
    _mem: memphis_mm::OwnedBlock,
}

thread_local! {
    /// Options given to the default context (`stream_context_set_default`).
    static DEFAULT_OPTIONS: RefCell<Option<ZArr>> = const { RefCell::new(None) };
}

/// Checks an options array as PHP does: wrapper name => array of options.
fn check_options(e: &mut dyn Engine, _a: &Args, i: usize, opts: &ZArr) -> Result<(), Flow> {
    for (_, v) in opts.iter() {
        if !matches!(v.deref(), Zval::Arr(_)) {
            let _ = i;
            return Err(e.error(
                "ValueError",
                "Options should have the form [\"wrappername\"][\"optionname\"] = $value"
                    .to_string(),
            ));
        }
    }
    Ok(())
}

/// Merges `opts` (wrapper => options) into `into`.
fn merge_options(into: &mut ZArr, opts: &ZArr) {
    for (w, o) in opts.iter() {
        let Zval::Arr(o) = o.deref() else { continue };
        let key = w.to_key();
        let mut cur = match into.get(&key) {
            Some(Zval::Arr(c)) => c.clone(),
            _ => ZArr::new(),
        };
        for (k, v) in o.iter() {
            cur.insert(k.to_key(), v.deref());
        }
        into.insert(key, Zval::Arr(cur));
    }
}

fn stream_context_create(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let mut options = ZArr::new();
    if let Zval::Arr(o) = a.get(0).deref() {
        check_options(e, a, 0, &o)?;
        merge_options(&mut options, &o);
    }
    let mut notification = None;
    if let Zval::Arr(p) = a.get(1).deref() {
        if let Some(n) = p.get(&Key::Str(ZStr::new(b"notification"))) {
            notification = Some(n.deref());
        }
        if let Some(Zval::Arr(o)) = p.get(&Key::Str(ZStr::new(b"options"))).map(|v| v.deref()) {
            merge_options(&mut options, &o);
        }
    }
    use_handles(0);
    Ok(Zval::Res(ZRes::new(
        "stream-context",
        Box::new(StreamContext {
            options,
            notification,
            _mem: memphis_mm::OwnedBlock::new(32),
        }),
    )))
}

/// The context argument `i` (a context, or a stream standing for its context — the default
/// one here), run through `f` with its options (and notification, for user contexts).
fn with_context<T>(
    e: &mut dyn Engine,
    a: &Args,
    i: usize,
    f: impl FnOnce(&mut ZArr, Option<&mut Option<Zval>>) -> T,
) -> Result<T, Flow> {
    let r = match a.get(i) {
        Zval::Res(r) if r.kind() == "stream-context" || r.kind() == "stream" => r,
        v => return Err(a.type_error(e, i, "resource", &v)),
    };
    if r.kind() == "stream-context" {
        if let Ok(mut b) = r.native().try_borrow_mut() {
            if let Some(c) = b.as_mut().and_then(|x| x.downcast_mut::<StreamContext>()) {
                let StreamContext {
                    options,
                    notification,
                    ..
                } = c;
                return Ok(f(options, Some(notification)));
            }
        }
    }
    if r.kind() == "stream" {
        // A stream opened without a context of its own: none to show or change.
        return Ok(f(&mut ZArr::new(), None));
    }
    // The default context.
    Ok(DEFAULT_OPTIONS.with(|d| {
        let mut d = d.borrow_mut();
        let o = d.get_or_insert_with(ZArr::new);
        f(o, None)
    }))
}

fn stream_context_get_options(e: &mut dyn Engine, a: &mut Args) -> BResult {
    with_context(e, a, 0, |o, _| Zval::Arr(o.clone()))
}

fn stream_context_set_option(e: &mut dyn Engine, a: &mut Args) -> BResult {
    if !a.has(2) {
        e.diag(
            Level::Deprecated,
            "Calling stream_context_set_option() with 2 arguments is deprecated, use stream_context_set_options() instead",
        )?;
    }
    match a.get(1).deref() {
        Zval::Arr(opts) => {
            if a.has(2) {
                return Err(a.value_error(
                    e,
                    2,
                    "must be null when argument #2 ($wrapper_or_options) is an array",
                ));
            }
            check_options(e, a, 1, &opts)?;
            with_context(e, a, 0, |o, _| merge_options(o, &opts))?;
        }
        _ => {
            let wrapper = a.str(e, 1)?;
            if !a.has(2) {
                return Err(a.value_error(
                    e,
                    2,
                    "cannot be null when argument #2 ($wrapper_or_options) is a string",
                ));
            }
            let name = a.str(e, 2)?;
            if !a.has(3) {
                return Err(a.value_error(
                    e,
                    3,
                    "must be provided when argument #2 ($wrapper_or_options) is a string",
                ));
            }
            let value = a.get(3).deref();
            let mut one = ZArr::new();
            one.insert(Key::Str(name), value);
            let mut opts = ZArr::new();
            opts.insert(Key::Str(wrapper), Zval::Arr(one));
            with_context(e, a, 0, |o, _| merge_options(o, &opts))?;
        }
    }
    Ok(Zval::Bool(true))
}

fn stream_context_set_options(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Zval::Arr(opts) = a.get(1).deref() else {
        return Err(a.type_error(e, 1, "array", &a.get(1)));
    };
    check_options(e, a, 1, &opts)?;
    with_context(e, a, 0, |o, _| merge_options(o, &opts))?;
    Ok(Zval::Bool(true))
}

fn stream_context_get_params(e: &mut dyn Engine, a: &mut Args) -> BResult {
    with_context(e, a, 0, |o, n| {
        let mut out = ZArr::new();
        if let Some(Some(n)) = n.map(|n| n.clone()) {
            out.insert(Key::Str(ZStr::new(b"notification")), n);
        }
        out.insert(Key::Str(ZStr::new(b"options")), Zval::Arr(o.clone()));
        Zval::Arr(out)
    })
}

fn stream_context_set_params(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Zval::Arr(p) = a.get(1).deref() else {
        return Err(a.type_error(e, 1, "array", &a.get(1)));
    };
    let note = p
        .get(&Key::Str(ZStr::new(b"notification")))
        .map(|v| v.deref());
    let opts = match p.get(&Key::Str(ZStr::new(b"options"))).map(|v| v.deref()) {
        Some(Zval::Arr(o)) => {
            check_options(e, a, 1, &o)?;
            Some(o)
        }
        Some(v) => return Err(a.type_error(e, 1, "array", &v)),
        None => None,
    };
    with_context(e, a, 0, |o, n| {
        if let (Some(v), Some(n)) = (note, n) {
            *n = Some(v);
        }
        if let Some(opts) = opts {
            merge_options(o, &opts);
        }
    })?;
    Ok(Zval::Bool(true))
}

/// The default context resource (made on first use).
fn default_context() -> ZRes {
    use_handles(0);
    DEFAULT_CONTEXT
        .with(|c| c.borrow().clone())
        .unwrap_or_else(|| ZRes::new("stream-context", Box::new(())))
}

fn stream_context_get_default(e: &mut dyn Engine, a: &mut Args) -> BResult {
    if let Zval::Arr(o) = a.get(0).deref() {
        check_options(e, a, 0, &o)?;
        DEFAULT_OPTIONS.with(|d| merge_options(d.borrow_mut().get_or_insert_with(ZArr::new), &o));
    }
    Ok(Zval::Res(default_context()))
}

fn stream_context_set_default(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let Zval::Arr(o) = a.get(0).deref() else {
        return Err(a.type_error(e, 0, "array", &a.get(0)));
    };
    check_options(e, a, 0, &o)?;
    DEFAULT_OPTIONS.with(|d| merge_options(d.borrow_mut().get_or_insert_with(ZArr::new), &o));
    Ok(Zval::Res(default_context()))
}

pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "stream_get_meta_data",
        params: params!["stream"],
        variadic: false,
        f: stream_get_meta_data,
    },
    Builtin {
        name: "stream_isatty",
        params: params!["stream"],
        variadic: false,
        f: stream_isatty,
    },
    Builtin {
        name: "stream_get_line",
        params: params!["stream", "length", "?ending"],
        variadic: false,
        f: stream_get_line,
    },
    Builtin {
        name: "stream_copy_to_stream",
        params: params!["from", "to", "?length", "?offset"],
        variadic: false,
        f: stream_copy_to_stream,
    },
    Builtin {
        name: "stream_set_blocking",
        params: params!["stream", "enable"],
        variadic: false,
        f: stream_set_blocking,
    },
    Builtin {
        name: "stream_set_timeout",
        params: params!["stream", "seconds", "?microseconds"],
        variadic: false,
        f: stream_set_timeout,
    },
    Builtin {
        name: "socket_set_blocking",
        params: params!["stream", "enable"],
        variadic: false,
        f: stream_set_blocking,
    },
    Builtin {
        name: "socket_set_timeout",
        params: params!["stream", "seconds", "?microseconds"],
        variadic: false,
        f: stream_set_timeout,
    },
    Builtin {
        name: "socket_get_status",
        params: params!["stream"],
        variadic: false,
        f: stream_get_meta_data,
    },
    Builtin {
        name: "stream_set_write_buffer",
        params: params!["stream", "size"],
        variadic: false,
        f: stream_set_write_buffer,
    },
    Builtin {
        name: "set_file_buffer",
        params: params!["stream", "size"],
        variadic: false,
        f: stream_set_write_buffer,
    },
    Builtin {
        name: "stream_set_read_buffer",
        params: params!["stream", "size"],
        variadic: false,
        f: stream_set_read_buffer,
    },
    Builtin {
        name: "stream_set_chunk_size",
        params: params!["stream", "size"],
        variadic: false,
        f: stream_set_chunk_size,
    },
    Builtin {
        name: "stream_is_local",
        params: params!["stream"],
        variadic: false,
        f: stream_is_local,
    },
    Builtin {
        name: "stream_get_wrappers",
        params: params![],
        variadic: false,
        f: stream_get_wrappers,
    },
    Builtin {
        name: "stream_resolve_include_path",
        params: params!["filename"],
        variadic: false,
        f: stream_resolve_include_path,
    },
    Builtin {
        name: "stream_supports_lock",
        params: params!["stream"],
        variadic: false,
        f: stream_supports_lock,
    },
    Builtin {
        name: "stream_context_create",
        params: params!["?options", "?params"],
        variadic: false,
        f: stream_context_create,
    },
    Builtin {
        name: "stream_context_get_options",
        params: params!["stream_or_context"],
        variadic: false,
        f: stream_context_get_options,
    },
    Builtin {
        name: "stream_context_set_option",
        params: params!["context", "wrapper_or_options", "?option_name", "?value"],
        variadic: false,
        f: stream_context_set_option,
    },
    Builtin {
        name: "stream_context_set_options",
        params: params!["context", "options"],
        variadic: false,
        f: stream_context_set_options,
    },
    Builtin {
        name: "stream_context_get_params",
        params: params!["context"],
        variadic: false,
        f: stream_context_get_params,
    },
    Builtin {
        name: "stream_context_set_params",
        params: params!["context", "params"],
        variadic: false,
        f: stream_context_set_params,
    },
    Builtin {
        name: "stream_context_get_default",
        params: params!["?options"],
        variadic: false,
        f: stream_context_get_default,
    },
    Builtin {
        name: "stream_context_set_default",
        params: params!["options"],
        variadic: false,
        f: stream_context_set_default,
    },
    Builtin {
        name: "is_resource",
        params: params!["value"],
        variadic: false,
        f: is_resource,
    },
    Builtin {
        name: "get_resource_type",
        params: params!["resource"],
        variadic: false,
        f: get_resource_type,
    },
    Builtin {
        name: "get_resource_id",
        params: params!["resource"],
        variadic: false,
        f: get_resource_id,
    },
    Builtin {
        name: "fopen",
        params: params!["filename", "mode", "?use_include_path", "?context"],
        variadic: false,
        f: fopen,
    },
    Builtin {
        name: "tmpfile",
        params: params![],
        variadic: false,
        f: tmpfile,
    },
    Builtin {
        name: "fclose",
        params: params!["stream"],
        variadic: false,
        f: fclose,
    },
    Builtin {
        name: "fread",
        params: params!["stream", "length"],
        variadic: false,
        f: fread,
    },
    Builtin {
        name: "fgets",
        params: params!["stream", "?length"],
        variadic: false,
        f: fgets,
    },
    Builtin {
        name: "fgetc",
        params: params!["stream"],
        variadic: false,
        f: fgetc,
    },
    Builtin {
        name: "feof",
        params: params!["stream"],
        variadic: false,
        f: feof,
    },
    Builtin {
        name: "fwrite",
        params: params!["stream", "data", "?length"],
        variadic: false,
        f: fwrite,
    },
    Builtin {
        name: "fputs",
        params: params!["stream", "data", "?length"],
        variadic: false,
        f: fwrite,
    },
    Builtin {
        name: "fflush",
        params: params!["stream"],
        variadic: false,
        f: fflush,
    },
    Builtin {
        name: "ftell",
        params: params!["stream"],
        variadic: false,
        f: ftell,
    },
    Builtin {
        name: "fseek",
        params: params!["stream", "offset", "?whence"],
        variadic: false,
        f: fseek,
    },
    Builtin {
        name: "rewind",
        params: params!["stream"],
        variadic: false,
        f: rewind,
    },
    Builtin {
        name: "ftruncate",
        params: params!["stream", "size"],
        variadic: false,
        f: ftruncate,
    },
    Builtin {
        name: "flock",
        params: params!["stream", "operation", "?&would_block"],
        variadic: false,
        f: flock,
    },
    Builtin {
        name: "fstat",
        params: params!["stream"],
        variadic: false,
        f: fstat,
    },
    Builtin {
        name: "stream_get_contents",
        params: params!["stream", "?length", "?offset"],
        variadic: false,
        f: stream_get_contents,
    },
    Builtin {
        name: "fpassthru",
        params: params!["stream"],
        variadic: false,
        f: fpassthru,
    },
    Builtin {
        name: "fputcsv",
        params: params![
            "stream",
            "fields",
            "?separator",
            "?enclosure",
            "?escape",
            "?eol"
        ],
        variadic: false,
        f: fputcsv,
    },
    Builtin {
        name: "fgetcsv",
        params: params!["stream", "?length", "?separator", "?enclosure", "?escape"],
        variadic: false,
        f: fgetcsv,
    },
    Builtin {
        name: "file_get_contents",
        params: params![
            "filename",
            "?use_include_path",
            "?context",
            "?offset",
            "?length"
        ],
        variadic: false,
        f: file_get_contents,
    },
    Builtin {
        name: "file_put_contents",
        params: params!["filename", "data", "?flags", "?context"],
        variadic: false,
        f: file_put_contents,
    },
    Builtin {
        name: "file",
        params: params!["filename", "?flags", "?context"],
        variadic: false,
        f: file,
    },
    Builtin {
        name: "readfile",
        params: params!["filename", "?use_include_path", "?context"],
        variadic: false,
        f: readfile,
    },
    Builtin {
        name: "basename",
        params: params!["path", "?suffix"],
        variadic: false,
        f: basename,
    },
    Builtin {
        name: "dirname",
        params: params!["path", "?levels"],
        variadic: false,
        f: dirname,
    },
    Builtin {
        name: "pathinfo",
        params: params!["path", "?flags"],
        variadic: false,
        f: pathinfo,
    },
    Builtin {
        name: "realpath",
        params: params!["path"],
        variadic: false,
        f: realpath,
    },
    Builtin {
        name: "md5_file",
        params: params!["filename", "?binary"],
        variadic: false,
        f: md5_file,
    },
    Builtin {
        name: "sha1_file",
        params: params!["filename", "?binary"],
        variadic: false,
        f: sha1_file,
    },
    Builtin {
        name: "hash_file",
        params: params!["algo", "filename", "?binary", "?options"],
        variadic: false,
        f: hash_file,
    },
    Builtin {
        name: "popen",
        params: params!["command", "mode"],
        variadic: false,
        f: popen,
    },
    Builtin {
        name: "pclose",
        params: params!["handle"],
        variadic: false,
        f: pclose,
    },
    Builtin {
        name: "opendir",
        params: params!["directory", "?context"],
        variadic: false,
        f: opendir,
    },
    Builtin {
        name: "readdir",
        params: params!["?dir_handle"],
        variadic: false,
        f: readdir,
    },
    Builtin {
        name: "rewinddir",
        params: params!["?dir_handle"],
        variadic: false,
        f: rewinddir,
    },
    Builtin {
        name: "closedir",
        params: params!["?dir_handle"],
        variadic: false,
        f: closedir,
    },
    Builtin {
        name: "fsync",
        params: params!["stream"],
        variadic: false,
        f: fsync,
    },
    Builtin {
        name: "fdatasync",
        params: params!["stream"],
        variadic: false,
        f: fdatasync,
    },
    Builtin {
        name: "proc_open",
        params: params![
            "command",
            "descriptor_spec",
            "&pipes",
            "?cwd",
            "?env_vars",
            "?options"
        ],
        variadic: false,
        f: proc_open,
    },
    Builtin {
        name: "proc_close",
        params: params!["process"],
        variadic: false,
        f: proc_close,
    },
    Builtin {
        name: "proc_get_status",
        params: params!["process"],
        variadic: false,
        f: proc_get_status,
    },
    Builtin {
        name: "proc_terminate",
        params: params!["process", "?signal"],
        variadic: false,
        f: proc_terminate,
    },
    Builtin {
        name: "proc_nice",
        params: params!["priority"],
        variadic: false,
        f: proc_nice,
    },
    Builtin {
        name: "umask",
        params: params!["?mask"],
        variadic: false,
        f: umask,
    },
    Builtin {
        name: "chmod",
        params: params!["filename", "permissions"],
        variadic: false,
        f: chmod,
    },
    Builtin {
        name: "getcwd",
        params: params![],
        variadic: false,
        f: getcwd,
    },
    Builtin {
        name: "chdir",
        params: params!["directory"],
        variadic: false,
        f: chdir,
    },
    Builtin {
        name: "sys_get_temp_dir",
        params: params![],
        variadic: false,
        f: sys_get_temp_dir,
    },
    Builtin {
        name: "tempnam",
        params: params!["directory", "prefix"],
        variadic: false,
        f: tempnam,
    },
    Builtin {
        name: "file_exists",
        params: params!["filename"],
        variadic: false,
        f: file_exists,
    },
    Builtin {
        name: "is_file",
        params: params!["filename"],
        variadic: false,
        f: is_file,
    },
    Builtin {
        name: "is_dir",
        params: params!["filename"],
        variadic: false,
        f: is_dir,
    },
    Builtin {
        name: "is_link",
        params: params!["filename"],
        variadic: false,
        f: is_link,
    },
    Builtin {
        name: "dir",
        params: params!["directory", "?context"],
        variadic: false,
        f: dir,
    },
    Builtin {
        name: "symlink",
        params: params!["target", "link"],
        variadic: false,
        f: symlink,
    },
    Builtin {
        name: "link",
        params: params!["target", "link"],
        variadic: false,
        f: link,
    },
    Builtin {
        name: "readlink",
        params: params!["path"],
        variadic: false,
        f: readlink,
    },
    Builtin {
        name: "is_readable",
        params: params!["filename"],
        variadic: false,
        f: is_readable,
    },
    Builtin {
        name: "is_writable",
        params: params!["filename"],
        variadic: false,
        f: is_writable,
    },
    Builtin {
        name: "is_writeable",
        params: params!["filename"],
        variadic: false,
        f: is_writable,
    },
    Builtin {
        name: "is_executable",
        params: params!["filename"],
        variadic: false,
        f: is_executable,
    },
    Builtin {
        name: "filesize",
        params: params!["filename"],
        variadic: false,
        f: filesize,
    },
    Builtin {
        name: "filemtime",
        params: params!["filename"],
        variadic: false,
        f: filemtime,
    },
    Builtin {
        name: "fileatime",
        params: params!["filename"],
        variadic: false,
        f: fileatime,
    },
    Builtin {
        name: "filectime",
        params: params!["filename"],
        variadic: false,
        f: filectime,
    },
    Builtin {
        name: "fileperms",
        params: params!["filename"],
        variadic: false,
        f: fileperms,
    },
    Builtin {
        name: "fileinode",
        params: params!["filename"],
        variadic: false,
        f: fileinode,
    },
    Builtin {
        name: "fileowner",
        params: params!["filename"],
        variadic: false,
        f: fileowner,
    },
    Builtin {
        name: "filegroup",
        params: params!["filename"],
        variadic: false,
        f: filegroup,
    },
    Builtin {
        name: "filetype",
        params: params!["filename"],
        variadic: false,
        f: filetype,
    },
    Builtin {
        name: "stat",
        params: params!["filename"],
        variadic: false,
        f: stat,
    },
    Builtin {
        name: "lstat",
        params: params!["filename"],
        variadic: false,
        f: lstat,
    },
    Builtin {
        name: "clearstatcache",
        params: params!["?clear_realpath_cache", "?filename"],
        variadic: false,
        f: clearstatcache,
    },
    Builtin {
        name: "touch",
        params: params!["filename", "?mtime", "?atime"],
        variadic: false,
        f: touch,
    },
    Builtin {
        name: "unlink",
        params: params!["filename", "?context"],
        variadic: false,
        f: unlink,
    },
    Builtin {
        name: "rmdir",
        params: params!["directory", "?context"],
        variadic: false,
        f: rmdir,
    },
    Builtin {
        name: "mkdir",
        params: params!["directory", "?permissions", "?recursive", "?context"],
        variadic: false,
        f: mkdir,
    },
    Builtin {
        name: "rename",
        params: params!["from", "to", "?context"],
        variadic: false,
        f: rename,
    },
    Builtin {
        name: "copy",
        params: params!["from", "to", "?context"],
        variadic: false,
        f: copy,
    },
    Builtin {
        name: "scandir",
        params: params!["directory", "?sorting_order", "?context"],
        variadic: false,
        f: scandir,
    },
    Builtin {
        name: "glob",
        params: params!["pattern", "?flags"],
        variadic: false,
        f: glob,
    },
    Builtin {
        name: "fnmatch",
        params: params!["pattern", "filename", "?flags"],
        variadic: false,
        f: fnmatch,
    },
];

// ---------------------------------------------------------------------------------------------
// proc_open and the process resource

/// The native state of a `process` resource (`proc_open`): the command and, once it has
/// ended and been waited for, how.
struct ProcHandle {
    child: std::process::Child,
    command: Vec<u8>,
    /// The exit status, once collected (PHP caches it: a later `proc_close` returns it).
    status: Option<std::process::ExitStatus>,
}

impl ProcHandle {
    /// The status if the command has ended (collected now or before).
    fn poll(&mut self) -> (Option<std::process::ExitStatus>, bool) {
        if let Some(s) = self.status {
            return (Some(s), true);
        }
        let s = self.child.try_wait().ok().flatten();
        self.status = s;
        (s, false)
    }
}

/// The child's side of one descriptor of `$descriptor_spec`, and the stream the script
/// gets for a pipe.
enum Spec {
    Pipe { child_reads: bool },
    Child(std::os::fd::OwnedFd),
    Redirect(usize),
}

/// The descriptor a stream resource given in `$descriptor_spec` stands on, duplicated for
/// the child.
fn fd_of_stream(r: &ZRes) -> Option<std::os::fd::OwnedFd> {
    use std::os::fd::AsFd;
    let b = r.native().try_borrow().ok()?;
    let s = b.as_ref()?.downcast_ref::<Stream>()?;
    let fd = match &s.be {
        Backend::File(f) => f.as_fd().try_clone_to_owned().ok()?,
        Backend::Stdin => io::stdin().as_fd().try_clone_to_owned().ok()?,
        Backend::Stdout => io::stdout().as_fd().try_clone_to_owned().ok()?,
        Backend::Stderr => io::stderr().as_fd().try_clone_to_owned().ok()?,
        _ => return None,
    };
    Some(fd)
}

/// A duplicate of the script's own descriptor `fd` (0, 1 or 2), which a child inherits.
fn own_fd(fd: usize) -> Option<std::os::fd::OwnedFd> {
    use std::os::fd::AsFd;
    match fd {
        0 => io::stdin().as_fd().try_clone_to_owned().ok(),
        1 => io::stdout().as_fd().try_clone_to_owned().ok(),
        _ => io::stderr().as_fd().try_clone_to_owned().ok(),
    }
}

fn proc_open(e: &mut dyn Engine, a: &mut Args) -> BResult {
    use std::os::unix::ffi::OsStrExt;
    use std::process::{Command, Stdio};
    let cmd_v = a.get(0).deref();
    let spec = a.array(e, 1)?;
    let cwd = a.nullable_str(e, 3)?;
    let env = match a.get(4).deref() {
        Zval::Arr(arr) => Some(arr),
        Zval::Null | Zval::Undef => None,
        v => return Err(a.type_error(e, 4, "?array", &v)),
    };
    let (mut command, shown) = match &cmd_v {
        Zval::Arr(parts) => {
            let mut words = Vec::new();
            for v in parts.values() {
                words.push(e.to_zstr(&v.deref())?);
            }
            let Some(first) = words.first() else {
                return Err(a.value_error(e, 0, "must have at least one element"));
            };
            let mut c = Command::new(std::ffi::OsStr::from_bytes(first.as_bytes()));
            for w in &words[1..] {
                c.arg(std::ffi::OsStr::from_bytes(w.as_bytes()));
            }
            (c, first.as_bytes().to_vec())
        }
        v => {
            let s = e.to_zstr(v)?;
            let mut c = Command::new("/bin/sh");
            c.arg("-c").arg(std::ffi::OsStr::from_bytes(s.as_bytes()));
            (c, s.as_bytes().to_vec())
        }
    };
    // The descriptors, by number.
    let mut specs: Vec<(usize, Spec)> = Vec::new();
    for (k, v) in spec.iter() {
        let memphis_values::KeyRef::Int(fd) = k else {
            return Err(a.value_error(e, 1, "must be an integer indexed array"));
        };
        if !(0..=2).contains(&fd) {
            e.diag(
                Level::Warning,
                &format!("proc_open(): Descriptor {fd} cannot be passed to the command: only 0, 1 and 2 are supported"),
            )?;
            return Ok(Zval::Bool(false));
        }
        let item = match v.deref() {
            Zval::Res(r) => match fd_of_stream(&r) {
                Some(s) => Spec::Child(s),
                None => {
                    return Err(e.error(
                        "TypeError",
                        "proc_open(): supplied resource is not a valid stream resource".into(),
                    ))
                }
            },
            Zval::Arr(d) => {
                let word = |i: i64| d.get_int(i).map(|v| v.deref());
                let kind = match word(0) {
                    Some(Zval::Str(s)) => s,
                    _ => {
                        return Err(e.error(
                            "ValueError",
                            "proc_open(): Argument #2 ($descriptor_spec) must contain a type as the first element".into(),
                        ))
                    }
                };
                match kind.as_bytes() {
                    b"pipe" => {
                        let Some(Zval::Str(m)) = word(1) else {
                            return Err(e.error("ValueError", "proc_open(): Argument #2 ($descriptor_spec) must have a second element for pipe".into()));
                        };
                        Spec::Pipe {
                            child_reads: m.as_bytes().first() == Some(&b'r'),
                        }
                    }
                    b"file" => {
                        let (Some(Zval::Str(path)), Some(Zval::Str(mode))) = (word(1), word(2))
                        else {
                            return Err(e.error("ValueError", "proc_open(): Argument #2 ($descriptor_spec) must have a second and third element for file".into()));
                        };
                        let m = mode.as_bytes();
                        let mut o = fs::OpenOptions::new();
                        match m.first() {
                            Some(b'r') => o.read(true),
                            Some(b'a') => o.append(true).create(true),
                            Some(b'x') => o.write(true).create_new(true),
                            _ => o.write(true).create(true).truncate(true),
                        };
                        if m.contains(&b'+') {
                            o.read(true).write(true);
                        }
                        match o.open(os_path(plain(path.as_bytes()))) {
                            Ok(f) => Spec::Child(f.into()),
                            Err(err) => {
                                e.diag(
                                    Level::Warning,
                                    &format!(
                                        "proc_open({}): Failed to open stream: {}",
                                        lossy(path.as_bytes()),
                                        strerror(&err)
                                    ),
                                )?;
                                return Ok(Zval::Bool(false));
                            }
                        }
                    }
                    b"redirect" => match word(1) {
                        Some(Zval::Long(n)) => Spec::Redirect(n as usize),
                        _ => {
                            return Err(e.error(
                                "ValueError",
                                "proc_open(): Missing redirection target".into(),
                            ))
                        }
                    },
                    b"null" => match fs::OpenOptions::new()
                        .read(true)
                        .write(true)
                        .open("/dev/null")
                    {
                        Ok(f) => Spec::Child(f.into()),
                        Err(_) => return Ok(Zval::Bool(false)),
                    },
                    _ => {
                        return Err(e.error(
                            "ValueError",
                            format!(
                                "proc_open(): {} is not a valid descriptor spec/mode",
                                lossy(kind.as_bytes())
                            ),
                        ))
                    }
                }
            }
            _ => return Err(e.error(
                "ValueError",
                "proc_open(): Argument #2 ($descriptor_spec) must only contain arrays and streams"
                    .into(),
            )),
        };
        specs.push((fd as usize, item));
    }
    // Each descriptor's source for the child; pipes are made here, the script keeping the
    // other end. Redirections come last: they duplicate what their target is.
    let mut ours: Vec<(usize, fs::File, bool)> = Vec::new();
    let mut child: [Option<std::os::fd::OwnedFd>; 3] = [None, None, None];
    let mut redirects = Vec::new();
    for (fd, s) in specs {
        match s {
            Spec::Pipe { child_reads } => {
                let Ok((r, w)) = io::pipe() else {
                    e.diag(Level::Warning, "proc_open(): Unable to create pipe")?;
                    return Ok(Zval::Bool(false));
                };
                let (theirs, mine): (std::os::fd::OwnedFd, std::os::fd::OwnedFd) = if child_reads {
                    (r.into(), w.into())
                } else {
                    (w.into(), r.into())
                };
                child[fd] = Some(theirs);
                ours.push((fd, fs::File::from(mine), child_reads));
            }
            Spec::Child(f) => child[fd] = Some(f),
            Spec::Redirect(target) => redirects.push((fd, target)),
        }
    }
    for (fd, target) in redirects {
        let dup = match child.get(target).and_then(|c| c.as_ref()) {
            Some(f) => f.try_clone().ok(),
            None if target <= 2 => own_fd(target),
            None => None,
        };
        let Some(dup) = dup else {
            e.diag(
                Level::Warning,
                &format!("proc_open(): Redirection target {target} not found"),
            )?;
            return Ok(Zval::Bool(false));
        };
        child[fd] = Some(dup);
    }
    let [i, o, er] = child;
    if let Some(f) = i {
        command.stdin(Stdio::from(f));
    }
    if let Some(f) = o {
        command.stdout(Stdio::from(f));
    }
    if let Some(f) = er {
        command.stderr(Stdio::from(f));
    }
    if let Some(dir) = &cwd {
        command.current_dir(os_path(plain(dir.as_bytes())));
    }
    if let Some(vars) = &env {
        command.env_clear();
        for (k, v) in vars.iter() {
            let key = match k {
                memphis_values::KeyRef::Str(s) => s.as_bytes().to_vec(),
                memphis_values::KeyRef::Int(n) => n.to_string().into_bytes(),
            };
            let val = e.to_zstr(&v.deref())?;
            command.env(
                std::ffi::OsStr::from_bytes(&key),
                std::ffi::OsStr::from_bytes(val.as_bytes()),
            );
        }
    }
    // What the script printed comes before what the command prints itself.
    e.flush_output();
    let child = match command.spawn() {
        Ok(c) => c,
        Err(err) => {
            e.diag(
                Level::Warning,
                &format!("proc_open(): Exec failed: {}", strerror(&err)),
            )?;
            return Ok(Zval::Bool(false));
        }
    };
    drop(command);
    // The script's ends of the pipes, as streams, keyed by descriptor.
    let mut pipes = ZArr::new();
    for (fd, f, write) in ours {
        let mut s = Stream::new(Backend::File(f), !write, write).with_mem(StreamMem::Plain, 0);
        s.mode = if write { b"w".to_vec() } else { b"r".to_vec() };
        s.pos = -1;
        // Streams over descriptors: no default stream context is made for them.
        let r = ZRes::new("stream", Box::new(s));
        pipes.insert(Key::Int(fd as i64), Zval::Res(r));
    }
    a.set_ref(2, Zval::Arr(pipes));
    let h = ProcHandle {
        child,
        command: shown,
        status: None,
    };
    Ok(Zval::Res(ZRes::new("process", Box::new(h))))
}

/// The `process` resource argument `i`.
fn proc_arg(e: &mut dyn Engine, a: &Args, i: usize) -> Result<ZRes, Flow> {
    match a.get(i) {
        Zval::Res(r)
            if r.kind() == "process"
                && r.native()
                    .try_borrow()
                    .is_ok_and(|b| b.as_ref().is_some_and(|x| x.is::<ProcHandle>())) =>
        {
            Ok(r)
        }
        Zval::Res(_) => Err(e.error(
            "TypeError",
            format!(
                "{}(): supplied resource is not a valid process resource",
                a.fname
            ),
        )),
        v => Err(a.type_error(e, i, "resource", &v)),
    }
}

/// PHP's view of an exit status: the exit code, or -1 and the signal.
fn exit_parts(st: std::process::ExitStatus) -> (i64, Option<i32>) {
    use std::os::unix::process::ExitStatusExt;
    match st.code() {
        Some(c) => (c as i64, None),
        None => (-1, st.signal()),
    }
}

fn proc_close(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = proc_arg(e, a, 0)?;
    let code = {
        let Ok(mut b) = r.native().try_borrow_mut() else {
            return Ok(Zval::Long(-1));
        };
        match b.as_mut().and_then(|x| x.downcast_mut::<ProcHandle>()) {
            Some(h) => {
                let st = match h.status {
                    Some(s) => Some(s),
                    None => h.child.wait().ok(),
                };
                h.status = st;
                st.map_or(-1, |s| exit_parts(s).0)
            }
            None => -1,
        }
    };
    r.close();
    Ok(Zval::Long(code))
}

fn proc_get_status(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = proc_arg(e, a, 0)?;
    let Ok(mut b) = r.native().try_borrow_mut() else {
        return Ok(Zval::Bool(false));
    };
    let Some(h) = b.as_mut().and_then(|x| x.downcast_mut::<ProcHandle>()) else {
        return Ok(Zval::Bool(false));
    };
    let pid = h.child.id() as i64;
    let (st, cached) = h.poll();
    let (code, sig) = st.map_or((-1, None), exit_parts);
    let mut out = ZArr::new();
    let mut put = |k: &str, v: Zval| {
        out.insert(Key::Str(ZStr::new(k.as_bytes())), v);
    };
    put("command", Zval::Str(ZStr::new(&h.command)));
    put("pid", Zval::Long(pid));
    put("cached", Zval::Bool(cached));
    put("running", Zval::Bool(st.is_none()));
    put("signaled", Zval::Bool(sig.is_some()));
    put("stopped", Zval::Bool(false));
    put("exitcode", Zval::Long(code));
    put("termsig", Zval::Long(sig.unwrap_or(0) as i64));
    put("stopsig", Zval::Long(0));
    Ok(Zval::Arr(out))
}

fn proc_terminate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let r = proc_arg(e, a, 0)?;
    let sig = a.int_or(e, 1, 15)?;
    let Ok(b) = r.native().try_borrow() else {
        return Ok(Zval::Bool(false));
    };
    let Some(h) = b.as_ref().and_then(|x| x.downcast_ref::<ProcHandle>()) else {
        return Ok(Zval::Bool(false));
    };
    let ok = match (
        rustix::process::Pid::from_child(&h.child),
        i32::try_from(sig)
            .ok()
            .and_then(rustix::process::Signal::from_named_raw),
    ) {
        (pid, Some(s)) if h.status.is_none() => rustix::process::kill_process(pid, s).is_ok(),
        _ => false,
    };
    Ok(Zval::Bool(ok))
}

/// `proc_nice($priority)`: changes this process's niceness by `priority`.
fn proc_nice(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let pri = a.int(e, 0)?;
    match rustix::process::nice(pri as i32) {
        Ok(_) => Ok(Zval::Bool(true)),
        Err(_) => {
            e.diag(
                Level::Warning,
                "Only a super user may attempt to increase the priority of a process",
            )?;
            Ok(Zval::Bool(false))
        }
    }
}
