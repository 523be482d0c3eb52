//! Script output: PHP's output layer — the stack of output buffers (`ob_start`) over stdout,
//! with what its buffers and handlers take in the PHP heap, and where output started
//! (`headers_sent()`).

use memphis_mm::OwnedBlock;
use memphis_values::Zval;
use std::io::Write;
use std::rc::Rc;

/// Handler operation flags (`PHP_OUTPUT_HANDLER_WRITE` … `FINAL`), as handlers receive them.
pub mod op {
    /// Output written past the chunk size.
    pub const WRITE: i64 = 0;
    /// The handler's first operation.
    pub const START: i64 = 1;
    /// The buffer is being discarded.
    pub const CLEAN: i64 = 2;
    /// `ob_flush()`.
    pub const FLUSH: i64 = 4;
    /// The buffer ends.
    pub const FINAL: i64 = 8;
}

/// Buffer ability and status flags (`PHP_OUTPUT_HANDLER_CLEANABLE` …), as `ob_get_status()`
/// reports them.
pub mod flag {
    /// `ob_clean()` may discard the buffer.
    pub const CLEANABLE: i64 = 0x10;
    /// `ob_flush()` may flush it.
    pub const FLUSHABLE: i64 = 0x20;
    /// `ob_end_*()` may remove it.
    pub const REMOVABLE: i64 = 0x40;
    /// The three abilities: what `ob_start()` gives by default.
    pub const STDFLAGS: i64 = 0x70;
    /// The handler has run at least once.
    pub const STARTED: i64 = 0x1000;
    /// The handler failed (returned false) and is passed over from then on.
    pub const DISABLED: i64 = 0x2000;
    /// The handler has processed data.
    pub const PROCESSED: i64 = 0x4000;
    /// A user callback (`type` 1 in `ob_get_status()`) rather than the default handler.
    pub const USER: i64 = 0x0001;
}

/// Zend's `PHP_OUTPUT_HANDLER_INITBUF_SIZE`: a chunk size rounded up to the next 4 KiB, or the
/// 16 KiB default for none.
fn initbuf_size(s: usize) -> usize {
    if s > 1 {
        s + 4096 - s % 4096
    } else {
        16384
    }
}

/// Bytes the zend_stack of handlers grows by: 16 pointers.
const STACK_BLOCK: usize = 16 * 8;
/// A `php_output_handler`.
const HANDLER_STRUCT: usize = 80;
/// A user handler's `php_output_handler_user_func_t` (call info, cache and the callable).
const USER_FUNC_STRUCT: usize = 128;
/// What PHP keeps once output has reached the client.
const STARTED_BLOCK: usize = 32;

/// One output buffer and its handler.
pub struct Buffer {
    /// What was written to it and not yet passed on.
    pub data: Vec<u8>,
    /// The user callback (`ob_start($callback)`), if any.
    pub handler: Option<Zval>,
    /// The handler's name (`ob_list_handlers()`).
    pub name: String,
    /// `ob_start()`'s chunk size: past it, the handler runs on each write.
    pub chunk_size: usize,
    /// Ability and status flags ([`flag`]).
    pub flags: i64,
    /// PHP's buffer size (`buffer_size` of `ob_get_status()`).
    pub size: usize,
    /// The buffer's memory in the PHP heap.
    block: Option<OwnedBlock>,
    /// The handler's own memory: its struct, its name, a user handler's call info.
    _parts: Vec<OwnedBlock>,
}

impl Buffer {
    /// Marks the handler failed: passed over from now on, its buffer's memory handed on with
    /// the output (PHP gives the buffer itself away).
    pub fn disable(&mut self) {
        self.flags |= flag::DISABLED;
        self.size = 0;
        self.block = None;
    }

    /// Appends `b`, growing PHP's buffer as `php_output_handler_append` does; says whether
    /// the chunk size is reached (the handler must run).
    fn append(&mut self, b: &[u8]) -> bool {
        if b.is_empty() {
            return false;
        }
        let used = self.data.len();
        if self.size - used <= b.len() {
            let grow_int = initbuf_size(self.chunk_size);
            let grow_buf = initbuf_size(b.len() - (self.size - used));
            let size = self.size + grow_int.max(grow_buf);
            // (Refused past memory_limit: the VM reports the recorded failure.)
            if let Some(block) = OwnedBlock::try_new(size) {
                self.block = Some(block);
                self.size = size;
            }
        }
        self.data.extend_from_slice(b);
        self.chunk_size > 0 && self.data.len() >= self.chunk_size
    }
}

/// What a write did.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Written {
    /// Buffered, or sent on.
    Done,
    /// The first output reached the client: the VM records where.
    Started,
    /// The innermost buffer reached its chunk size: its handler must run.
    ChunkFull,
}

/// Output state.
pub struct Output {
    /// Bytes waiting for stdout (the process's own buffer, not PHP memory).
    pending: Vec<u8>,
    /// Active output buffers, innermost last.
    pub buffers: Vec<Buffer>,
    /// The zend_stack of handlers' storage: made by the first `ob_start()`, kept until the end.
    stack_block: Option<OwnedBlock>,
    stack_cap: usize,
    /// Where output to the client started (file, line), once it has.
    pub started_at: Option<(Rc<str>, u32)>,
    started_block: Option<OwnedBlock>,
    /// A handler is running: its own output stays in its buffer (no chunked run).
    pub running: bool,
}

impl Default for Output {
    fn default() -> Self {
        Self::new()
    }
}

impl Output {
    /// No buffers, nothing sent.
    pub fn new() -> Output {
        Output {
            pending: Vec::with_capacity(8192),
            buffers: Vec::new(),
            stack_block: None,
            stack_cap: 0,
            started_at: None,
            started_block: None,
            running: false,
        }
    }

    /// Writes script output into the innermost buffer, or to the client.
    #[inline]
    pub fn write(&mut self, b: &[u8]) -> Written {
        match self.buffers.last_mut() {
            Some(buf) => {
                if buf.append(b) && !self.running {
                    Written::ChunkFull
                } else {
                    Written::Done
                }
            }
            None => self.send(b),
        }
    }

    /// Writes to the client, past every buffer.
    pub fn send(&mut self, b: &[u8]) -> Written {
        if b.is_empty() {
            return Written::Done;
        }
        self.pending.extend_from_slice(b);
        if self.pending.len() > 1 << 16 {
            self.flush();
        }
        if self.started_block.is_none() {
            self.started_block = Some(OwnedBlock::new(STARTED_BLOCK));
            return Written::Started;
        }
        Written::Done
    }

    /// Writes into buffer `level` (0 the outermost; the client when `level` is the count),
    /// as a handler's output passes down; says whether that buffer reached its chunk size.
    pub fn write_at(&mut self, level: usize, b: &[u8]) -> Written {
        match self.buffers.get_mut(level) {
            Some(buf) => {
                if buf.append(b) {
                    Written::ChunkFull
                } else {
                    Written::Done
                }
            }
            None => self.send(b),
        }
    }

    /// Sends pending bytes to stdout.
    pub fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut so = std::io::stdout().lock();
        let _ = so.write_all(&self.pending);
        let _ = so.flush();
        self.pending.clear();
    }

    /// Pushes a buffer: the default handler or a user callback named `name`, with PHP's
    /// memory for it.
    pub fn push(&mut self, handler: Option<Zval>, name: String, chunk_size: usize, flags: i64) {
        let level = self.buffers.len();
        if level + 1 > self.stack_cap {
            self.stack_cap += 16;
            self.stack_block = Some(OwnedBlock::new(STACK_BLOCK * self.stack_cap / 16));
        }
        let mut parts = vec![
            OwnedBlock::new(HANDLER_STRUCT),
            // The name, a zend_string.
            OwnedBlock::new(24 + name.len() + 1),
        ];
        let mut flags = flags & flag::STDFLAGS;
        if handler.is_some() {
            parts.push(OwnedBlock::new(USER_FUNC_STRUCT));
            flags |= flag::USER;
        }
        let size = initbuf_size(chunk_size);
        self.buffers.push(Buffer {
            data: Vec::new(),
            handler,
            name,
            chunk_size,
            flags,
            size,
            block: OwnedBlock::try_new(size),
            _parts: parts,
        });
    }

    /// Pops the innermost buffer (its memory goes with it).
    pub fn pop(&mut self) -> Option<Buffer> {
        self.buffers.pop()
    }

    /// Ends every buffer (flushing their content) and stdout, as at the end of a request.
    pub fn flush_all(&mut self) {
        while let Some(b) = self.buffers.pop() {
            self.write(&b.data);
        }
        self.flush();
    }

    /// Drops all buffered output (after a memory-limit fatal error PHP discards buffers).
    pub fn discard_buffers(&mut self) {
        self.buffers.clear();
    }
}
