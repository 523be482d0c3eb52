//! Output control as PHP's output layer does it: writes through the buffer stack, handler
//! operations (chunked writes, flush, clean, end) with PHP's flags and results, the `ob_*`
//! builtins, and the header functions as the CLI has them (headers count as sent once
//! output has reached the client).

use crate::errors::e;
use crate::output::{flag, op, Written};
use crate::{Flow, Vm};
use memphis_std::{Args, BResult, Engine};
use memphis_values::{Key, ZArr, ZStr, Zval};

fn vm_of(e: &mut dyn Engine) -> &mut Vm {
    crate::builtins::vm_of(e)
}

impl Vm {
    /// Writes script output through the buffers; a handler's failure on a chunked write
    /// is raised at the next instruction.
    pub(crate) fn output(&mut self, b: &[u8]) {
        if let Err(Flow::Throw(ex)) = self.output_checked(b) {
            self.deferred_exception = Some(ex);
            memphis_values::interrupt::raise();
        }
    }

    /// Writes script output through the buffers, running the handler of a buffer that
    /// reaches its chunk size.
    #[inline]
    pub(crate) fn output_checked(&mut self, b: &[u8]) -> Result<(), Flow> {
        match self.out.write(b) {
            Written::Done => Ok(()),
            Written::Started => {
                self.output_started();
                Ok(())
            }
            Written::ChunkFull => self.chunk_op(self.out.buffers.len() - 1),
        }
    }

    /// Records where output to the client started (`headers_sent()`'s file and line).
    fn output_started(&mut self) {
        let site = (self.current_file(), self.current_line());
        self.out.started_at = Some(site);
    }

    /// Passes a handler's output from buffer `level` to the one below it, or the client.
    fn pass_down(&mut self, level: usize, b: &[u8]) -> Result<(), Flow> {
        if level == 0 {
            if self.out.send(b) == Written::Started {
                self.output_started();
            }
            return Ok(());
        }
        match self.out.write_at(level - 1, b) {
            Written::ChunkFull if !self.out.running => self.chunk_op(level - 1),
            _ => Ok(()),
        }
    }

    /// Buffer `level` reached its chunk size: its handler runs and the result goes on.
    fn chunk_op(&mut self, level: usize) -> Result<(), Flow> {
        let out = self.handler_op(level, op::WRITE)?;
        self.pass_down(level, &out)
    }

    /// Runs the handler of buffer `level` on its content with operation `op` (START added
    /// on its first run) and empties the buffer; returns what the handler gives back. A
    /// user handler returning false is disabled and its buffer passed on as it was (the
    /// buffer's memory with it); true passes nothing; anything else becomes a string.
    /// Output the handler writes itself lands in its own buffer and is discarded.
    pub(crate) fn handler_op(&mut self, level: usize, op: i64) -> Result<Vec<u8>, Flow> {
        let Some(b) = self.out.buffers.get_mut(level) else {
            return Ok(Vec::new());
        };
        let op = if b.flags & flag::STARTED == 0 {
            op | op::START
        } else {
            op
        };
        b.flags |= flag::STARTED | flag::PROCESSED;
        let input = std::mem::take(&mut b.data);
        let handler = match &b.handler {
            Some(h) if b.flags & flag::DISABLED == 0 => h.clone(),
            _ => return Ok(input),
        };
        self.out.running = true;
        let arg = Zval::Str(ZStr::from_vec(input.clone()));
        let r = self.call_value(&handler, vec![arg, Zval::Long(op)]);
        let r = r.and_then(|v| match v {
            Zval::Undef | Zval::Bool(false) => Ok(None),
            Zval::Bool(true) => Ok(Some(Vec::new())),
            v => Ok(Some(self.to_zstr(&v)?.as_bytes().to_vec())),
        });
        self.out.running = false;
        if let Some(b) = self.out.buffers.get_mut(level) {
            b.data.clear();
        }
        match r? {
            Some(out) => Ok(out),
            None => {
                if let Some(b) = self.out.buffers.get_mut(level) {
                    b.disable();
                }
                Ok(input)
            }
        }
    }

    /// Ends the innermost buffer: its handler runs a last time (with CLEAN too when the
    /// output is discarded), it leaves the stack, and its output goes on unless discarded.
    pub(crate) fn end_buffer(&mut self, discard: bool) -> Result<(), Flow> {
        let Some(level) = self.out.buffers.len().checked_sub(1) else {
            return Ok(());
        };
        let mut o = op::FINAL;
        if discard {
            o |= op::CLEAN;
        }
        let out = self.handler_op(level, o);
        // (Freed after its output is written, as PHP frees the handler.)
        let gone = self.out.pop();
        let r = match out {
            Ok(out) if !discard => self.output_checked(&out),
            Ok(_) => Ok(()),
            Err(e) => Err(e),
        };
        drop(gone);
        r
    }

    /// Ends every buffer through its handler at the end of the request, then sends what is
    /// pending to stdout.
    pub(crate) fn finish_output(&mut self) {
        while !self.out.buffers.is_empty() {
            if self.end_buffer(false).is_err() {
                self.out.discard_buffers();
                break;
            }
        }
        self.out.flush_all();
    }

    /// The fatal error of an output function called from inside an output handler.
    fn in_handler_error(&mut self, fname: &str) -> Flow {
        // PHP turns output buffering off first: the buffers go unflushed and the message
        // straight to the client.
        self.out.running = false;
        self.out.discard_buffers();
        self.fatal(&format!(
            "{fname}(): Cannot use output buffering in output buffering display handlers"
        ))
    }

    /// The name and level of the innermost buffer, for notices.
    fn active_name(&self) -> (String, usize) {
        match self.out.buffers.last() {
            Some(b) => (b.name.clone(), self.out.buffers.len() - 1),
            None => (String::new(), 0),
        }
    }

    /// Pops the innermost buffer as `php_output_stack_pop` does: a notice (`send` or
    /// `discard`) and false when it may not be removed.
    fn pop_buffer(&mut self, fname: &str, discard: bool) -> Result<bool, Flow> {
        let removable = self
            .out
            .buffers
            .last()
            .is_some_and(|b| b.flags & flag::REMOVABLE != 0);
        if !removable {
            let (name, level) = self.active_name();
            let what = if discard { "discard" } else { "send" };
            self.raise(
                e::NOTICE,
                &format!("{fname}(): Failed to {what} buffer of {name} ({level})"),
            )?;
            return Ok(false);
        }
        self.end_buffer(discard)?;
        Ok(true)
    }
}

/// A callable's name as `zend_fcall_info_init` gives it (`ob_list_handlers()` shows it).
pub(crate) fn callable_name(v: &Zval) -> String {
    match v {
        Zval::Str(s) => s.to_string_lossy(),
        Zval::Arr(arr) if arr.len() == 2 => {
            let cls = match arr.get_int(0).map(|x| x.deref()) {
                Some(Zval::Obj(o)) => o.class().name.to_string_lossy(),
                Some(Zval::Str(s)) => s.to_string_lossy(),
                _ => String::new(),
            };
            let m = match arr.get_int(1).map(|x| x.deref()) {
                Some(Zval::Str(s)) => s.to_string_lossy(),
                _ => String::new(),
            };
            format!("{cls}::{m}")
        }
        Zval::Obj(o) => format!("{}::__invoke", o.class().name.to_string_lossy()),
        _ => String::new(),
    }
}

/// `ob_start(callback, chunk_size, flags)`.
pub(crate) fn b_ob_start(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let cb = if a.has(0) && !a.get(0).is_null() {
        Some(a.callable(e, 0)?)
    } else {
        None
    };
    let chunk = a.int_or(e, 1, 0)?.max(0) as usize;
    let flags = a.int_or(e, 2, flag::STDFLAGS)?;
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_start"));
    }
    let name = match &cb {
        Some(c) => callable_name(c),
        None => "default output handler".to_string(),
    };
    vm.out.push(cb, name, chunk, flags);
    Ok(Zval::Bool(true))
}

/// `ob_flush()`: the handler runs (FLUSH) and its output goes to the level below.
pub(crate) fn b_ob_flush(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_flush"));
    }
    let Some(level) = vm.out.buffers.len().checked_sub(1) else {
        vm.raise(
            e::NOTICE,
            "ob_flush(): Failed to flush buffer. No buffer to flush",
        )?;
        return Ok(Zval::Bool(false));
    };
    if vm.out.buffers[level].flags & flag::FLUSHABLE == 0 {
        let (name, level) = vm.active_name();
        vm.raise(
            e::NOTICE,
            &format!("ob_flush(): Failed to flush buffer of {name} ({level})"),
        )?;
        return Ok(Zval::Bool(false));
    }
    let out = vm.handler_op(level, op::FLUSH)?;
    vm.pass_down(level, &out)?;
    Ok(Zval::Bool(true))
}

/// `ob_clean()`: the handler runs (CLEAN) and its output is discarded.
pub(crate) fn b_ob_clean(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_clean"));
    }
    let Some(level) = vm.out.buffers.len().checked_sub(1) else {
        vm.raise(
            e::NOTICE,
            "ob_clean(): Failed to delete buffer. No buffer to delete",
        )?;
        return Ok(Zval::Bool(false));
    };
    if vm.out.buffers[level].flags & flag::CLEANABLE == 0 {
        let (name, level) = vm.active_name();
        vm.raise(
            e::NOTICE,
            &format!("ob_clean(): Failed to delete buffer of {name} ({level})"),
        )?;
        return Ok(Zval::Bool(false));
    }
    vm.handler_op(level, op::CLEAN)?;
    Ok(Zval::Bool(true))
}

/// `ob_end_flush()`.
pub(crate) fn b_ob_end_flush(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_end_flush"));
    }
    if vm.out.buffers.is_empty() {
        vm.raise(
            e::NOTICE,
            "ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush",
        )?;
        return Ok(Zval::Bool(false));
    }
    Ok(Zval::Bool(vm.pop_buffer("ob_end_flush", false)?))
}

/// `ob_end_clean()`.
pub(crate) fn b_ob_end_clean(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_end_clean"));
    }
    if vm.out.buffers.is_empty() {
        vm.raise(
            e::NOTICE,
            "ob_end_clean(): Failed to delete buffer. No buffer to delete",
        )?;
        return Ok(Zval::Bool(false));
    }
    Ok(Zval::Bool(vm.pop_buffer("ob_end_clean", true)?))
}

/// `ob_get_clean()`: the contents, then the buffer ends discarded.
pub(crate) fn b_ob_get_clean(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_get_clean"));
    }
    let Some(b) = vm.out.buffers.last() else {
        return Ok(Zval::Bool(false));
    };
    let contents = Zval::Str(ZStr::new(&b.data));
    if !vm.pop_buffer("ob_get_clean", true)? {
        let (name, level) = vm.active_name();
        vm.raise(
            e::NOTICE,
            &format!("ob_get_clean(): Failed to delete buffer of {name} ({level})"),
        )?;
    }
    Ok(contents)
}

/// `ob_get_flush()`: the contents, then the buffer ends flushed.
pub(crate) fn b_ob_get_flush(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if vm.out.running {
        return Err(vm.in_handler_error("ob_get_flush"));
    }
    let Some(b) = vm.out.buffers.last() else {
        vm.raise(
            e::NOTICE,
            "ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush",
        )?;
        return Ok(Zval::Bool(false));
    };
    let contents = Zval::Str(ZStr::new(&b.data));
    if !vm.pop_buffer("ob_get_flush", false)? {
        let (name, level) = vm.active_name();
        vm.raise(
            e::NOTICE,
            &format!("ob_get_flush(): Failed to delete buffer of {name} ({level})"),
        )?;
    }
    Ok(contents)
}

/// `ob_get_contents()`.
pub(crate) fn b_ob_get_contents(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    Ok(match vm.out.buffers.last() {
        Some(b) => Zval::Str(ZStr::new(&b.data)),
        None => Zval::Bool(false),
    })
}

/// `ob_get_level()`.
pub(crate) fn b_ob_get_level(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    Ok(Zval::Long(vm.out.buffers.len() as i64))
}

/// `ob_get_length()`.
pub(crate) fn b_ob_get_length(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    Ok(match vm.out.buffers.last() {
        Some(b) => Zval::Long(b.data.len() as i64),
        None => Zval::Bool(false),
    })
}

/// One buffer's `ob_get_status()` entry.
fn status_of(b: &crate::output::Buffer, level: usize) -> Zval {
    let mut a = ZArr::new();
    let mut put = |k: &str, v: Zval| {
        a.insert(Key::Str(ZStr::new(k.as_bytes())), v);
    };
    put("name", Zval::Str(ZStr::new(b.name.as_bytes())));
    put("type", Zval::Long(b.flags & 0xf));
    put("flags", Zval::Long(b.flags));
    put("level", Zval::Long(level as i64));
    put("chunk_size", Zval::Long(b.chunk_size as i64));
    put("buffer_size", Zval::Long(b.size as i64));
    put("buffer_used", Zval::Long(b.data.len() as i64));
    Zval::Arr(a)
}

/// `ob_get_status(full_status)`.
pub(crate) fn b_ob_get_status(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let full = a.bool_or(e, 0, false)?;
    let vm = vm_of(e);
    let bufs = &vm.out.buffers;
    if full {
        let all: Vec<Zval> = bufs
            .iter()
            .enumerate()
            .map(|(i, b)| status_of(b, i))
            .collect();
        return Ok(Zval::Arr(ZArr::from_values(all)));
    }
    Ok(match bufs.last() {
        Some(b) => status_of(b, bufs.len() - 1),
        None => Zval::Arr(ZArr::new()),
    })
}

/// `ob_list_handlers()`.
pub(crate) fn b_ob_list_handlers(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let names: Vec<Zval> = vm
        .out
        .buffers
        .iter()
        .map(|b| Zval::Str(ZStr::new(b.name.as_bytes())))
        .collect();
    Ok(Zval::Arr(ZArr::from_values(names)))
}

/// `ob_implicit_flush(enable)`: the CLI flushes every write already.
pub(crate) fn b_ob_implicit_flush(e: &mut dyn Engine, a: &mut Args) -> BResult {
    a.bool_or(e, 0, true)?;
    Ok(Zval::Null)
}

/// `flush()`: what the script wrote past the buffers goes to stdout now.
pub(crate) fn b_flush(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    vm_of(e).out.flush();
    Ok(Zval::Null)
}

/// `headers_sent(&$filename, &$line)`: whether output has reached the client, and where.
pub(crate) fn b_headers_sent(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let (sent, file, line) = match &vm.out.started_at {
        Some((f, l)) => (true, f.to_string(), *l as i64),
        None => (false, String::new(), 0),
    };
    if let Some(Zval::Ref(r)) = a.raw(0) {
        drop(r.replace(Zval::Str(ZStr::new(file.as_bytes()))));
    }
    if let Some(Zval::Ref(r)) = a.raw(1) {
        drop(r.replace(Zval::Long(line)));
    }
    Ok(Zval::Bool(sent))
}

impl Vm {
    /// The warning a header change gets once output has started; false when it may go on.
    fn headers_already_sent(&mut self, what: &str) -> Result<bool, Flow> {
        let Some((file, line)) = self.out.started_at.clone() else {
            return Ok(false);
        };
        let msg = match what {
            "" => format!(
                "Cannot modify header information - headers already sent by (output started at {file}:{line})"
            ),
            f => format!(
                "{f}(): Cannot set response code - headers already sent (output started at {file}:{line})"
            ),
        };
        self.raise(e::WARNING, &msg)?;
        Ok(true)
    }
}

/// `header(header, replace, response_code)`: the CLI sends no headers, but the response
/// code it implies is kept (`http_response_code()`), and after output it warns as PHP does.
pub(crate) fn b_header(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.str(e, 0)?;
    let code = a.int_or(e, 2, 0)?;
    let vm = vm_of(e);
    if vm.headers_already_sent("")? {
        return Ok(Zval::Null);
    }
    let h = h.as_bytes();
    if h.len() >= 5 && h[..5].eq_ignore_ascii_case(b"HTTP/") {
        // A status line: its code.
        let code = h
            .split(|&c| c == b' ')
            .nth(1)
            .and_then(|c| std::str::from_utf8(c).ok())
            .and_then(|c| c.parse::<i64>().ok());
        if let Some(c) = code {
            vm.response_code = Some(c);
        }
    } else if h.len() >= 9 && h[..9].eq_ignore_ascii_case(b"location:") && code == 0 {
        // A redirect: 302 unless a 201 or another 3xx is set.
        let keep = matches!(vm.response_code, Some(c) if c == 201 || (300..400).contains(&c));
        if !keep {
            vm.response_code = Some(302);
        }
    }
    if code > 0 {
        vm.response_code = Some(code);
    }
    Ok(Zval::Null)
}

/// `header_remove(name)`.
pub(crate) fn b_header_remove(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    vm.headers_already_sent("")?;
    Ok(Zval::Null)
}

/// `headers_list()`: the CLI keeps none.
pub(crate) fn b_headers_list(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Arr(ZArr::new()))
}

/// `http_response_code(response_code)`: the code set, or false; setting returns true (or
/// the previous code).
pub(crate) fn b_http_response_code(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let code = a.int_or(e, 0, 0)?;
    let vm = vm_of(e);
    if code == 0 {
        return Ok(vm.response_code.map_or(Zval::Bool(false), Zval::Long));
    }
    if vm.headers_already_sent("http_response_code")? {
        return Ok(Zval::Bool(false));
    }
    let old = vm.response_code.replace(code);
    Ok(old.map_or(Zval::Bool(true), Zval::Long))
}
