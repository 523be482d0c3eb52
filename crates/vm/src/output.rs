//! Script output: the stack of output buffers (`ob_start`) over stdout.

use std::io::Write;

/// Output state.
pub struct Output {
    /// Bytes waiting for stdout.
    pending: Vec<u8>,
    /// Active output buffers, innermost last.
    pub buffers: Vec<Vec<u8>>,
    /// The handler callback of each buffer (`ob_start($callback)`), parallel to `buffers`.
    pub handlers: Vec<Option<memphis_values::Zval>>,
}

impl Output {
    pub fn new() -> Output {
        Output {
            pending: Vec::with_capacity(8192),
            buffers: Vec::new(),
            handlers: Vec::new(),
        }
    }

    /// Writes script output.
    #[inline]
    pub fn write(&mut self, b: &[u8]) {
        match self.buffers.last_mut() {
            Some(buf) => buf.extend_from_slice(b),
            None => {
                self.pending.extend_from_slice(b);
                if self.pending.len() > 1 << 16 {
                    self.flush();
                }
            }
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

    /// Ends every buffer (flushing their content) and stdout, as at the end of a request.
    pub fn flush_all(&mut self) {
        while let Some(b) = self.buffers.pop() {
            self.handlers.pop();
            self.write(&b);
        }
        self.flush();
    }

    /// Pushes a buffer with an optional handler.
    pub fn push(&mut self, handler: Option<memphis_values::Zval>) {
        self.buffers.push(Vec::new());
        self.handlers.push(handler);
    }

    /// Pops the innermost buffer and its handler.
    pub fn pop(&mut self) -> Option<(Vec<u8>, Option<memphis_values::Zval>)> {
        let b = self.buffers.pop()?;
        let h = self.handlers.pop().flatten();
        Some((b, h))
    }

    /// Drops all buffered output (after a memory-limit fatal error PHP discards buffers).
    pub fn discard_buffers(&mut self) {
        self.buffers.clear();
        self.handlers.clear();
    }
}
