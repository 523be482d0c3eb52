//! Diagnostics as PHP prints them under `php -n` (display_errors on, to stdout), fatal errors,
//! and the report of an uncaught exception.

use crate::Vm;
use memphis_std::{Flow, Level};
use memphis_values::{ZObj, ZStr, Zval};

/// `E_*` bits.
#[allow(dead_code)]
pub mod e {
    pub const ERROR: i64 = 1;
    pub const WARNING: i64 = 2;
    pub const PARSE: i64 = 4;
    pub const NOTICE: i64 = 8;
    pub const CORE_ERROR: i64 = 16;
    pub const COMPILE_ERROR: i64 = 64;
    pub const USER_ERROR: i64 = 256;
    pub const USER_WARNING: i64 = 512;
    pub const USER_NOTICE: i64 = 1024;
    pub const STRICT: i64 = 2048;
    pub const RECOVERABLE_ERROR: i64 = 4096;
    pub const DEPRECATED: i64 = 8192;
    pub const USER_DEPRECATED: i64 = 16384;
    pub const ALL: i64 = 32767;
}

/// `E_FATAL_ERRORS`: the levels an `@` leaves reported.
pub const FATAL_ERRORS: i64 =
    e::ERROR | e::CORE_ERROR | e::COMPILE_ERROR | e::USER_ERROR | e::RECOVERABLE_ERROR | e::PARSE;

pub fn level_bits(l: Level) -> i64 {
    match l {
        Level::Warning => e::WARNING,
        Level::Notice => e::NOTICE,
        Level::Deprecated => e::DEPRECATED,
    }
}

pub fn level_label(bits: i64) -> &'static str {
    match bits {
        e::WARNING | e::USER_WARNING => "Warning",
        e::NOTICE | e::USER_NOTICE => "Notice",
        e::DEPRECATED | e::USER_DEPRECATED => "Deprecated",
        e::USER_ERROR | e::ERROR => "Fatal error",
        e::RECOVERABLE_ERROR => "Recoverable fatal error",
        _ => "Warning",
    }
}

impl Vm {
    /// Raises a diagnostic of `bits` with `msg` at the current location; user error handlers
    /// see it first.
    pub(crate) fn raise(&mut self, bits: i64, msg: &str) -> Result<(), Flow> {
        let file = self.current_file();
        let line = self.current_line();
        self.raise_at(bits, msg, &file, line)
    }

    pub(crate) fn raise_at(
        &mut self,
        bits: i64,
        msg: &str,
        file: &str,
        line: u32,
    ) -> Result<(), Flow> {
        // The message as PHP formats it (`zend_vstrpprintf`: a string requested as
        // `zend_string_safe_alloc` requests one).
        self.raise_at_zstr(bits, ZStr::new_safe(msg.as_bytes()), file, line)
    }

    /// [`Vm::raise_at`] with the message as a PHP string: what `trigger_error` passes on (the
    /// string it was given), shared with the handler and kept as the last error.
    pub(crate) fn raise_at_zstr(
        &mut self,
        bits: i64,
        msg: ZStr,
        file: &str,
        line: u32,
    ) -> Result<(), Flow> {
        if let Some((handler, mask)) = self.error_handlers.last().cloned() {
            if mask & bits != 0 && !handler.is_null() {
                // The handler runs with the handler popped (no recursion into itself).
                let saved = self.error_handlers.pop();
                let args = vec![
                    Zval::Long(bits),
                    Zval::Str(msg.clone()),
                    Zval::str(file.as_bytes()),
                    Zval::Long(line as i64),
                ];
                let r = self.call_value(&handler, args);
                if let Some(s) = saved {
                    self.error_handlers.push(s);
                }
                let r = r?;
                if !matches!(r, Zval::Bool(false)) {
                    return Ok(());
                }
            }
        }
        let text = msg.to_string_lossy();
        // The last error is replaced whatever error_reporting says (PHP stores it first).
        drop(self.last_error.take());
        self.last_error = Some((bits, msg, file.to_string(), line));
        if self.error_reporting & bits == 0 || self.silence > 0 {
            return Ok(());
        }
        self.display_error(&format!(
            "{}: {} in {} on line {}",
            level_label(bits),
            text,
            file,
            line
        ));
        Ok(())
    }

    pub(crate) fn warn(&mut self, msg: &str) -> Result<(), Flow> {
        self.raise(e::WARNING, msg)
    }

    /// A fatal error: printed, status 255, execution ends (shutdown functions still run).
    pub(crate) fn fatal(&mut self, msg: &str) -> Flow {
        let file = self.current_file();
        let line = self.current_line();
        self.fatal_at(msg, &file, line)
    }

    /// Shows a diagnostic as `display_errors` says: on stdout (through output buffers), on
    /// stderr, or not at all.
    pub(crate) fn display_error(&mut self, text: &str) {
        let mode = self
            .ini
            .get("display_errors")
            .map(|s| s.to_ascii_lowercase())
            .unwrap_or_else(|| "1".into());
        match mode.as_str() {
            "0" | "off" | "no" | "false" | "" => {}
            "stderr" => {
                self.out.flush();
                use std::io::Write;
                let _ = writeln!(std::io::stderr(), "{}", text);
            }
            _ => {
                let t = format!("\n{}\n", text);
                self.output(t.as_bytes());
            }
        }
    }

    /// A fatal error at `line` of the running file (compile-time errors of a declaration).
    pub(crate) fn fatal_at_line(&mut self, msg: &str, line: u32) -> Flow {
        let file = self.current_file();
        self.fatal_at(msg, &file, line)
    }

    pub(crate) fn fatal_at(&mut self, msg: &str, file: &str, line: u32) -> Flow {
        drop(self.last_error.take());
        self.last_error = Some((1, ZStr::new_safe(msg.as_bytes()), file.to_string(), line));
        self.display_error(&format!(
            "Fatal error: {} in {} on line {}",
            msg, file, line
        ));
        self.exit_status = 255;
        self.fatal = true;
        memphis_values::gc::protect();
        Flow::Exit
    }

    pub(crate) fn compile_error(&mut self, e: &memphis_compiler::CompileError, path: &str) {
        let kind = if e.parse {
            "Parse error"
        } else {
            "Fatal error"
        };
        let text = format!("\n{}: {} in {} on line {}\n", kind, e.message, path, e.line);
        self.output(text.as_bytes());
        self.exit_status = 255;
    }

    /// Creates a throwable of builtin class `class` with `msg`.
    pub(crate) fn make_error(&mut self, class: &str, msg: String) -> ZObj {
        let ce = match self.lookup_class(class.as_bytes()) {
            Some(c) => c,
            None => self.lookup_class(b"Error").expect("Error class exists"),
        };
        let o = self.instantiate(&ce);
        if let Some(slot) = class::prop_slot(&o, b"message") {
            // Formatted by the engine (`zend_vstrpprintf`): a block requested as len + 32.
            o.set_slot(slot, Zval::Str(ZStr::new_safe(msg.as_bytes())));
        }
        o
    }

    /// A `ParseError` for code that did not compile, placed where the bad code is (the
    /// included file or the eval()'d code and its line), not where it was loaded from.
    pub(crate) fn parse_error(&mut self, msg: String, file: &str, line: u32) -> Flow {
        let o = self.make_error("ParseError", msg);
        if let Some(slot) = class::prop_slot(&o, b"file") {
            o.set_slot(slot, Zval::Str(ZStr::new(file.as_bytes())));
        }
        if let Some(slot) = class::prop_slot(&o, b"line") {
            o.set_slot(slot, Zval::Long(i64::from(line)));
        }
        Flow::Throw(o)
    }

    /// `Err(Flow::Throw(...))` for a builtin-class error.
    pub(crate) fn throw_error(&mut self, class: &str, msg: String) -> Flow {
        Flow::Throw(self.make_error(class, msg))
    }

    /// Reports an exception nobody caught, as PHP does, and ends the script with status 255.
    pub(crate) fn uncaught(&mut self, ex: ZObj) {
        if let Some(h) = self.exception_handlers.pop() {
            if !h.is_null() {
                match self.call_value(&h, vec![Zval::Obj(ex.clone())]) {
                    Ok(_) => {
                        self.exit_status = 255;
                        return;
                    }
                    Err(Flow::Throw(e2)) => return self.uncaught(e2),
                    Err(Flow::Exit) => return,
                }
            }
        }
        let file = self.prop_str(&ex, b"file");
        let line = self.prop_long(&ex, b"line");
        // A ParseError or CompileError nobody caught reads as the error it stands for.
        let lc = ex.class().lcname.clone();
        if lc.as_slice() == b"parseerror" || lc.as_slice() == b"compileerror" {
            let m = self.prop_str(&ex, b"message");
            let (bits, kind) = if lc.as_slice() == b"parseerror" {
                (4, "Parse error")
            } else {
                (64, "Fatal error")
            };
            drop(self.last_error.take());
            self.last_error = Some((
                bits,
                ZStr::new_safe(m.as_bytes()),
                file.clone(),
                line as u32,
            ));
            self.display_error(&format!("{kind}: {m} in {file} on line {line}"));
            self.exit_status = 255;
            self.fatal = true;
            return;
        }
        let text = self.uncaught_text(&ex);
        let msg = format!("Uncaught {}\n  thrown", text);
        drop(self.last_error.take());
        self.last_error = Some((1, ZStr::new_safe(msg.as_bytes()), file.clone(), line as u32));
        self.display_error(&format!(
            "Fatal error: {} in {} on line {}",
            msg, file, line
        ));
        self.exit_status = 255;
        self.fatal = true;
    }

    /// `Exception::__toString()` text: class, message, location, trace, with previous ones.
    pub(crate) fn uncaught_text(&mut self, ex: &ZObj) -> String {
        let mut chain = vec![ex.clone()];
        let mut cur = ex.clone();
        while let Some(Zval::Obj(p)) = class::prop_slot(&cur, b"previous").map(|s| cur.slot(s)) {
            if chain.iter().any(|c| c.ptr_eq(&p)) {
                break;
            }
            chain.push(p.clone());
            cur = p;
        }
        let mut text = String::new();
        for (i, e) in chain.iter().rev().enumerate() {
            let cls = e.class().name.to_string_lossy();
            let msg = self.prop_str(e, b"message");
            let file = self.prop_str(e, b"file");
            let line = self.prop_long(e, b"line");
            let trace = self.trace_string(e);
            // PHP appends " and defined" to argument errors that name the call site.
            let msg = if (e.class().lcname == b"typeerror"
                || e.class().lcname == b"argumentcounterror")
                && msg.contains(", called in ")
            {
                format!("{msg} and defined")
            } else {
                msg
            };
            let head = if msg.is_empty() {
                cls.clone()
            } else {
                format!("{cls}: {msg}")
            };
            if i == 0 {
                text = format!("{head} in {file}:{line}\nStack trace:\n{trace}");
            } else {
                text = format!("{text}\n\nNext {head} in {file}:{line}\nStack trace:\n{trace}");
            }
        }
        text
    }

    pub(crate) fn prop_str(&self, o: &ZObj, name: &[u8]) -> String {
        match class::prop_slot(o, name).map(|s| o.slot(s)) {
            Some(Zval::Str(s)) => s.to_string_lossy(),
            Some(v) => String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(&v, 14))
                .into_owned(),
            None => String::new(),
        }
    }

    pub(crate) fn prop_long(&self, o: &ZObj, name: &[u8]) -> i64 {
        class::prop_slot(o, name)
            .map(|s| memphis_values::convert::to_long(&o.slot(s)))
            .unwrap_or(0)
    }

    /// `getTraceAsString()`.
    pub(crate) fn trace_string(&mut self, ex: &ZObj) -> String {
        let trace = class::prop_slot(ex, b"trace").map(|s| ex.slot(s));
        let mut out = String::new();
        let mut n = 0;
        if let Some(Zval::Arr(t)) = trace {
            n = trace_lines(&t, &mut out, self.exception_param_max_len());
        }
        out.push_str(&format!("#{n} {{main}}"));
        out
    }

    /// How many bytes of a string argument traces show
    /// (`zend.exception_string_param_max_len`, 15 unless set).
    pub(crate) fn exception_param_max_len(&self) -> usize {
        self.ini
            .get("zend.exception_string_param_max_len")
            .map_or(15, |v| crate::ini_long(v).clamp(0, 1_000_000) as usize)
    }
}

/// The lines `#N file(line): function(args)` of a trace array, as `getTraceAsString()` and
/// `debug_print_backtrace()` print them, appended to `out`; returns how many.
pub(crate) fn trace_lines(t: &memphis_values::ZArr, out: &mut String, max: usize) -> usize {
    let mut n = 0;
    {
        {
            for (_, fr) in t.iter() {
                let Zval::Arr(fr) = fr.deref() else { continue };
                let get = |k: &[u8]| fr.get_str(k).map(|v| v.deref());
                let file = get(b"file");
                let line = get(b"line");
                let func = get(b"function")
                    .map(|v| {
                        String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(&v, 14))
                            .into_owned()
                    })
                    .unwrap_or_default();
                let class = get(b"class").map(|v| {
                    String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(&v, 14))
                        .into_owned()
                });
                let ty = get(b"type")
                    .map(|v| {
                        String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(&v, 14))
                            .into_owned()
                    })
                    .unwrap_or_default();
                let args = match get(b"args") {
                    Some(Zval::Arr(a)) => a
                        .values()
                        .map(|v| trace_arg(&v.deref(), max))
                        .collect::<Vec<_>>()
                        .join(", "),
                    _ => String::new(),
                };
                let loc = match (file, line) {
                    (Some(f), Some(l)) => format!(
                        "{}({})",
                        String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(&f, 14)),
                        memphis_values::convert::to_long(&l)
                    ),
                    _ => "[internal function]".to_string(),
                };
                let callee = match class {
                    Some(c) => format!("{c}{ty}{func}"),
                    None => func,
                };
                out.push_str(&format!("#{n} {loc}: {callee}({args})\n"));
                n += 1;
            }
        }
    }
    n
}

fn trace_arg(v: &Zval, max: usize) -> String {
    match v {
        Zval::Null | Zval::Undef => "NULL".into(),
        Zval::Bool(b) => {
            if *b {
                "true".into()
            } else {
                "false".into()
            }
        }
        Zval::Long(i) => i.to_string(),
        Zval::Double(d) => memphis_values::convert::format_double(*d, 17),
        Zval::Str(s) => {
            // At most `max` bytes, escaped as PHP's `smart_str_append_escaped` escapes them.
            let b = s.as_bytes();
            let mut out = String::from("'");
            for &c in &b[..b.len().min(max)] {
                match c {
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x0c => out.push_str("\\f"),
                    0x0b => out.push_str("\\v"),
                    b'\\' => out.push_str("\\\\"),
                    0x1b => out.push_str("\\e"),
                    c if !(32..=126).contains(&c) => out.push_str(&format!("\\x{c:02X}")),
                    c => out.push(c as char),
                }
            }
            out.push_str(if b.len() > max { "...'" } else { "'" });
            out
        }
        Zval::Arr(_) => "Array".into(),
        Zval::Obj(o) => format!("Object({})", o.class().name.to_string_lossy()),
        Zval::Res(r) => format!("Resource id #{}", r.handle()),
        Zval::Ref(r) => trace_arg(&r.get(), max),
    }
}

use crate::class;

/// `zend_exception_set_previous`: hangs `add` at the end of `ex`'s chain of previous
/// exceptions (nothing if `add` is already in it, so no loop can form).
pub(crate) fn chain_previous(ex: &ZObj, add: ZObj) {
    if ex.ptr_eq(&add) {
        return;
    }
    let mut cur = ex.clone();
    let mut seen = 0usize;
    loop {
        let Some(slot) = class::prop_slot(&cur, b"previous") else {
            return;
        };
        match cur.slot(slot) {
            Zval::Obj(p) => {
                if p.ptr_eq(&add) {
                    return;
                }
                seen += 1;
                if seen > 10_000 {
                    return;
                }
                cur = p;
            }
            _ => {
                let _ = cur.set_slot(slot, Zval::Obj(add));
                return;
            }
        }
    }
}
