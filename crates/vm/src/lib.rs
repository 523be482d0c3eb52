//! memphis-vm — runs compiled PHP.
//!
//! The dispatch loop ([`exec`]) executes the top [`Frame`] of a VM stack; a PHP call pushes a
//! frame and a return pops it, so PHP→PHP calls never recurse on the Rust stack. Builtins that
//! call back into PHP (`array_map`, `usort`, destructors, `__toString`) re-enter the loop; that
//! re-entry is bounded, and past the bound PHP 8.4's "Maximum call stack size" Error is thrown.
//!
//! Between two instructions the loop polls one flag ([`memphis_values::interrupt`]): due
//! destructors run there, and a memory-limit failure becomes PHP's fatal error.

mod builtins;
mod cache;
mod call;
mod class;
mod constants_table;
mod engine;
mod errors;
mod exec;
mod ini_table;
mod light;
mod ob;
mod ops;
mod output;
mod place;
mod prelude;
mod reuse;
mod scalar;

pub use class::{Method, MethodImpl, VmClass};

use memphis_compiler::bytecode::{Function, Unit};
use memphis_std::Flow;
use memphis_values::{ZArr, ZObj, ZRef, ZStr, Zval};
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// A vector most frames leave empty, boxed so that it costs a frame one word: frames are
/// pushed and popped on every call, and a small frame moves without a memory copy call.
#[allow(clippy::box_collection)] // one word in the frame instead of a Vec's three
pub struct RareVec<T>(Option<Box<Vec<T>>>);

impl<T> Default for RareVec<T> {
    fn default() -> Self {
        RareVec(None)
    }
}

impl<T> RareVec<T> {
    /// The vector, created empty on first use.
    pub fn vec_mut(&mut self) -> &mut Vec<T> {
        self.0.get_or_insert_with(Default::default)
    }
    /// Takes the contents out, leaving it empty.
    pub fn take(&mut self) -> Vec<T> {
        self.0.take().map(|b| *b).unwrap_or_default()
    }
    /// Holds `v` (no box for an empty one).
    pub fn set(&mut self, v: Vec<T>) {
        self.0 = (!v.is_empty()).then(|| Box::new(v));
    }
}

impl<T> std::ops::Deref for RareVec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0.as_deref().map(|v| v.as_slice()).unwrap_or(&[])
    }
}

impl<T> std::ops::DerefMut for RareVec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.0 {
            Some(v) => v.as_mut_slice(),
            None => &mut [],
        }
    }
}

/// One activation record on the VM stack.
pub struct Frame {
    /// The code being run.
    pub func: Rc<Function>,
    /// Index of slot 0 in the VM stack.
    pub base: usize,
    /// Next instruction.
    pub ip: usize,
    /// `$this`.
    pub this: Option<ZObj>,
    /// Class scope (for `self::`, private access).
    pub scope: Option<Rc<memphis_values::ClassEntry>>,
    /// Late static binding class (`static::`).
    pub static_class: Option<Rc<memphis_values::ClassEntry>>,
    /// Where the caller wants the return value.
    pub ret: RetTo,
    /// Arguments passed.
    pub argc: u32,
    /// Arguments beyond the declared parameters (for `func_get_args` and variadics).
    pub extra_args: RareVec<Zval>,
    /// Foreach iterators.
    pub iters: RareVec<Option<exec::Iter>>,
    /// The closure object being run, if any.
    pub closure: Option<ZObj>,
    /// Variables created by name that have no compiled slot (`$$x`, `extract`); boxed, as
    /// few frames have one and every frame pays for the field.
    pub symtab: Option<Box<HashMap<Vec<u8>, Zval>>>,
    /// The generator this frame belongs to.
    pub generator: Option<ZObj>,
    /// Length of the pending-call stack when the frame began (calls it starts sit above).
    pub pending_calls_base: u32,
    /// Included file frames bind their variables to the includer's on return.
    pub include_of: Option<u32>,
    /// Bytes this frame takes on Zend's VM stack (0 for frames PHP keeps in the heap:
    /// generators').
    pub stack_bytes: u32,
    /// Whether this frame opened a new VM stack page (freed again when the frame ends).
    pub stack_new_page: bool,
}

impl reuse::Reuse for Frame {
    #[inline(always)]
    fn release(&mut self) {
        // (The classes stay, as the function does: the next call in this entry is most often
        // one of the same class, which then touches no count.)
        let rest = !self.extra_args.is_empty()
            || !self.iters.is_empty()
            || self.symtab.is_some()
            || self.generator.is_some();
        if rest {
            self.release_parts();
        } else if let Some(t) = self.this.take() {
            // A method's frame, the common case: only its object (and the closure running as
            // the method, taken out first: a destructor may push a frame in this entry).
            if self.closure.is_some() {
                let c = self.closure.take();
                drop(t);
                drop(c);
            } else {
                drop(t);
            }
        } else if let Some(c) = self.closure.take() {
            drop(c);
        }
    }
}

impl Frame {
    /// What [`reuse::Reuse::release`] lets go of in a frame that holds something.
    #[inline(never)]
    fn release_parts(&mut self) {
        // A method's frame: only its object to let go (its classes stay, see `release`).
        if self.extra_args.is_empty()
            && self.iters.is_empty()
            && self.closure.is_none()
            && self.symtab.is_none()
            && self.generator.is_none()
        {
            drop(self.this.take());
            return;
        }
        // Taken out before anything is dropped: a destructor may push a frame in this entry.
        // Dropped in the order of the fields, as a frame dropped whole.
        let parts = (
            self.this.take(),
            std::mem::take(&mut self.extra_args),
            std::mem::take(&mut self.iters),
            self.closure.take(),
            self.symtab.take(),
            self.generator.take(),
        );
        drop(parts);
    }
}

impl reuse::Reuse for PendingCall {
    fn release(&mut self) {
        // A user callee keeps its function (cheap to keep, and not moved: moving the whole
        // callee out costs a copy on every call).
        match &mut self.callee {
            Callee::User {
                this,
                scope,
                static_class,
                closure,
                ..
            } => {
                let parts = (
                    this.take(),
                    scope.take(),
                    static_class.take(),
                    closure.take(),
                    std::mem::take(&mut self.named),
                );
                drop(parts);
            }
            Callee::Noop | Callee::Builtin(_) => drop(std::mem::take(&mut self.named)),
            _ => {
                let parts = (
                    std::mem::take(&mut self.callee),
                    std::mem::take(&mut self.named),
                );
                drop(parts);
            }
        }
    }
}

/// Bytes a frame of `func` with `extra` arguments beyond its parameters takes on Zend's VM
/// stack.
#[inline(always)]
pub(crate) fn frame_php_size(func: &Function, extra: usize) -> usize {
    FRAME_HEADER + 16 * (func.stack_slots as usize + extra)
}

/// Starts a frame for `func` at `base` (in a released entry when one is kept); the caller
/// fills in the rest.
#[inline(always)]
pub(crate) fn new_frame<'a>(
    frames: &'a mut reuse::ReuseStack<Frame>,
    func: &Rc<Function>,
    base: usize,
    ret: RetTo,
) -> &'a mut Frame {
    if frames.revive().is_none() {
        frames.push(Frame::new(func.clone(), base, ret));
        let i = frames.len() - 1;
        return &mut frames[i];
    }
    let i = frames.len() - 1;
    let f = &mut frames[i];
    // Released entries hold nothing but their last function: a loop calling one function
    // finds it there and touches no count (the counter's read-modify-writes, one after
    // another on one word, were a good part of a call's time).
    if !Rc::ptr_eq(&f.func, func) {
        f.func = func.clone();
    }
    f.base = base;
    f.ip = 0;
    f.ret = ret;
    f.argc = 0;
    f.pending_calls_base = 0;
    f.include_of = None;
    f.stack_bytes = 0;
    f.stack_new_page = false;
    f
}

/// The memory of a symbol table PHP built for a function's frame: its `HashTable` and the
/// bucket data for `size` entries.
pub(crate) struct SymtabMem {
    _header: memphis_mm::OwnedBlock,
    data: memphis_mm::OwnedBlock,
    size: u32,
}

impl SymtabMem {
    /// A table for `n` entries (`zend_new_array` then a mixed hash: 8 at least).
    fn new(n: u32) -> SymtabMem {
        let size = n.max(8).next_power_of_two();
        SymtabMem {
            _header: memphis_mm::OwnedBlock::new(56),
            data: memphis_mm::OwnedBlock::new(size as usize * 40),
            size,
        }
    }

    /// Room for `n` entries (`zend_hash_extend`).
    fn extend(&mut self, n: u32) {
        if n > self.size {
            let size = n.next_power_of_two();
            let data = memphis_mm::OwnedBlock::new(size as usize * 40);
            drop(std::mem::replace(&mut self.data, data));
            self.size = size;
        }
    }
}

impl Vm {
    /// The running function's frame gets the symbol table PHP builds when something needs
    /// its variables by name (`zend_rebuild_symbol_table`): taken from the cache of tables
    /// earlier calls left, or made, and sized for its compiled variables and any others.
    /// The script's own frame uses the global table, which always exists.
    pub(crate) fn rebuild_symbol_table(&mut self) {
        let Some(fi) = self.frames.len().checked_sub(1) else {
            return;
        };
        let f = &self.frames[fi];
        if fi == 0 || (f.func.name.is_empty() && f.func.class_name.is_none()) {
            return;
        }
        let cvs = f.func.cv_names.iter().filter(|n| !n.is_empty()).count() as u32;
        let extra = f.symtab.as_ref().map_or(0, |t| t.len()) as u32;
        let want = cvs + extra;
        if let Some((d, t)) = self.symtab_frames.last_mut() {
            if *d == fi {
                t.extend(want);
                return;
            }
        }
        self.release_symbol_tables(fi);
        let t = match self.symtab_cache.pop() {
            Some(mut t) => {
                t.extend(want);
                t
            }
            None => SymtabMem::new(want),
        };
        self.symtab_frames.push((fi, t));
    }

    /// Symbol tables of frames at index `fi` and above go to the cache (as PHP's
    /// `zend_clean_and_cache_symbol_table` does when a function returns); past 32 cached
    /// they are freed.
    #[inline]
    pub(crate) fn release_symbol_tables(&mut self, fi: usize) {
        while matches!(self.symtab_frames.last(), Some((d, _)) if *d >= fi) {
            if let Some((_, t)) = self.symtab_frames.pop() {
                if self.symtab_cache.len() < 32 {
                    self.symtab_cache.push(t);
                }
            }
        }
    }
}

/// Engine constants PHP 8.4 deprecates: using one raises "Constant X is deprecated".
pub(crate) const DEPRECATED_CONSTANTS: [&[u8]; 4] = [
    b"E_STRICT",
    b"MT_RAND_PHP",
    b"FILTER_SANITIZE_STRING",
    b"FILTER_SANITIZE_STRIPPED",
];

/// A builtin call in progress, as stack traces show it.
pub(crate) struct NativeCall {
    /// The function's name.
    pub(crate) name: &'static str,
    /// Its arguments.
    pub(crate) args: Vec<Zval>,
    /// How many user frames existed when it was called (it sits above the last of them).
    pub(crate) depth: usize,
}

/// Where a returning frame's value goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetTo {
    /// Discard it.
    Discard,
    /// Into this absolute stack slot of the caller.
    Slot(usize),
    /// Back to the Rust caller of `run` (callbacks, destructors, includes).
    Native,
    /// A constructor: the result is discarded (the object is already in its slot).
    Ctor,
}

/// A callable resolved for a call in progress.
#[derive(Clone, Default)]
pub enum Callee {
    /// User function or method.
    User {
        func: Rc<Function>,
        this: Option<ZObj>,
        scope: Option<Rc<memphis_values::ClassEntry>>,
        static_class: Option<Rc<memphis_values::ClassEntry>>,
        closure: Option<ZObj>,
    },
    /// Builtin function.
    Builtin(&'static memphis_std::Builtin),
    /// Builtin method of an internal class.
    Native {
        f: &'static class::NativeSpec,
        this: Option<ZObj>,
    },
    /// Nothing to call (constructor-less `new`, nullsafe short-circuit).
    #[default]
    Noop,
    /// `__call`/`__callStatic` trampoline.
    Magic {
        method: Rc<Method>,
        this: Option<ZObj>,
        class: Rc<memphis_values::ClassEntry>,
        name: ZStr,
        is_static: bool,
    },
}

impl Callee {
    /// Gives a method callee from the run-time cache its object (static methods take none).
    #[inline]
    pub(crate) fn set_this(&mut self, o: ZObj) {
        match self {
            Callee::User { this, func, .. } if !func.is_static => *this = Some(o),
            Callee::Native { this, f, .. } if !f.is_static => *this = Some(o),
            _ => drop(o),
        }
    }

    /// A plain function: no `$this`, scope or closure.
    pub(crate) fn function(func: Rc<Function>) -> Callee {
        Callee::User {
            func,
            this: None,
            scope: None,
            static_class: None,
            closure: None,
        }
    }
}

/// A call whose arguments are being pushed.
#[derive(Default)]
pub struct PendingCall {
    /// What will be called.
    pub callee: Callee,
    /// Stack index of the first argument.
    pub args_base: usize,
    /// Named arguments collected so far.
    pub named: RareVec<(ZStr, Zval)>,
}

/// An ini setting value.
#[derive(Clone, Debug)]
pub struct IniEntry {
    /// Current value.
    pub value: String,
}

/// Script-visible configuration the CLI passes in.
#[derive(Default, Clone)]
pub struct Config {
    /// `-d key=value` settings (and php.ini ones), in order.
    pub ini: Vec<(String, String)>,
    /// `$argv`.
    pub argv: Vec<Vec<u8>>,
}

/// The virtual machine: one PHP request.
pub struct Vm {
    pub(crate) stack: Vec<Zval>,
    pub(crate) frames: reuse::ReuseStack<Frame>,
    pub(crate) calls: reuse::ReuseStack<PendingCall>,
    pub(crate) functions: HashMap<Vec<u8>, Rc<Function>>,
    pub(crate) builtins: HashMap<&'static str, &'static memphis_std::Builtin>,
    pub(crate) classes: HashMap<Vec<u8>, Rc<memphis_values::ClassEntry>>,
    /// The keys of `classes` in the order they were declared (`get_declared_classes`), the
    /// prelude's lazy classes included.
    pub(crate) class_order: Vec<Vec<u8>>,
    /// The prelude's classes not compiled yet, by lowercase name (see `prelude::load`).
    pub(crate) lazy_classes: HashMap<Vec<u8>, prelude::LazyClass>,
    /// The `Closure` class, once looked up (every closure made needs it).
    pub(crate) closure_class: Option<Rc<memphis_values::ClassEntry>>,
    /// The `WeakReference` class, looked up on first use.
    pub(crate) weakref_class: Option<Rc<memphis_values::ClassEntry>>,
    pub(crate) constants: HashMap<Vec<u8>, Zval>,
    /// Names of the constants the script defined, in order (`get_defined_constants`).
    pub(crate) user_constants: Vec<Vec<u8>>,
    /// Names of the engine's constants in registration order.
    pub(crate) engine_constants: Vec<Vec<u8>>,
    pub(crate) globals_extra: HashMap<Vec<u8>, Zval>,
    pub(crate) ini: HashMap<String, String>,
    pub(crate) out: output::Output,
    pub(crate) error_reporting: i64,
    /// `zend.assertions` at run time (`assert()` runs only at 1).
    pub(crate) assertions: i64,
    pub(crate) silence: u32,
    pub(crate) native_depth: u32,
    /// Bound on `native_depth` for the thread stack the VM runs on.
    pub(crate) max_native_depth: u32,
    pub(crate) exit_status: i32,
    pub(crate) shutdown_functions: Vec<(Zval, Vec<Zval>)>,
    pub(crate) error_handlers: Vec<(Zval, i64)>,
    pub(crate) exception_handlers: Vec<Zval>,
    pub(crate) included: Vec<String>,
    /// The path strings of PHP's table of included files (`EG(included_files)`).
    pub(crate) included_mem: Vec<memphis_mm::OwnedBlock>,
    pub(crate) autoloaders: Vec<Zval>,
    pub(crate) main_file: Rc<str>,
    pub(crate) current_builtin: &'static str,
    pub(crate) fatal: bool,
    pub(crate) in_shutdown: bool,
    pub(crate) mt: builtins::MtRand,
    /// A place operation's evaluated steps, kept for the next one (saves an allocation).
    pub(crate) step_pool: Vec<place::Step>,
    /// A builtin call's argument vector, kept for the next call (saves an allocation).
    pub(crate) args_pool: Vec<Zval>,
    /// The last function named by a literal string that a callable resolved to
    /// (`array_map('trim', …)` resolves it once per element): a literal is never freed, so
    /// its address names it, and a function, once declared, stays.
    pub(crate) callable_by_name: Option<(ZStr, Callee)>,
    /// Scalar calls in progress (see the `light` module); empty between its runs, kept for
    /// its capacity.
    pub(crate) light_frames: Vec<light::LightFrame>,
    pub(crate) units: Vec<Rc<Function>>,
    pub(crate) argv: Vec<Vec<u8>>,
    /// Request start (for gc_status times and microtime-relative figures).
    #[allow(dead_code)]
    pub(crate) start: std::time::Instant,
    pub(crate) autoloading: Vec<Vec<u8>>,
    pub(crate) loading_prelude: bool,
    pub(crate) magic_guards: Vec<(*const u8, ZStr, Vec<u8>)>,
    pub(crate) deferred_exception: Option<ZObj>,
    /// The HTTP response code `header()`/`http_response_code()` set (the CLI sends none).
    pub(crate) response_code: Option<i64>,
    /// `exit()` ran inside a destructor the collector called.
    pub(crate) gc_exit: bool,
    pub(crate) current_exception: Option<ZObj>,
    pub(crate) native_ret: Zval,
    pub(crate) ctor_marks: Vec<usize>,
    /// The buffer string interpolation builds its result in (kept between uses).
    pub(crate) rope_buf: Vec<u8>,
    pub(crate) pending_named_extra: Vec<(ZStr, Zval)>,
    pub(crate) max_frames: usize,
    /// `error_get_last()`: type, message (PHP's string for it, in its heap), file, line.
    pub(crate) last_error: Option<(i64, ZStr, String, u32)>,
    /// PHP's `EG(modified_ini_directives)`: the directives changed since the request began
    /// (by `ini_set`, `error_reporting()`, `set_time_limit()` or an `@`).
    pub(crate) modified_ini: Vec<String>,
    /// The directives as the request began (what `ini_restore` goes back to).
    pub(crate) ini_startup: HashMap<String, String>,
    /// The memory of that table: its `HashTable` and its bucket data.
    pub(crate) modified_ini_mem: Vec<memphis_mm::OwnedBlock>,
    /// Objects whose `__clone` is running (their readonly properties may be reinitialised).
    pub(crate) cloning: Vec<*const u8>,
    /// The VM stack's 256 KiB pages, allocated in the PHP heap as Zend allocates them, so that
    /// deep recursion costs memory and ends at `memory_limit` with PHP's message.
    pub(crate) stack_pages: Vec<memphis_mm::OwnedBlock>,
    /// Bytes in use on the newest VM stack page.
    stack_top: usize,
    /// Usable bytes of the newest page (a page is bigger than 256 KiB only for a huge frame).
    stack_page_cap: usize,
    /// Builtin calls in progress (for stack traces); entries past `native_top` are spare,
    /// kept for their argument vectors' capacity.
    pub(crate) native_calls: Vec<NativeCall>,
    /// Number of builtin calls in progress.
    pub(crate) native_top: usize,
    /// PHP's run-time copies of functions' static-variables tables (by function address),
    /// held for their heap blocks.
    static_tables: HashMap<usize, [memphis_mm::OwnedBlock; 2]>,
    /// The symbol tables PHP built for running functions (`zend_rebuild_symbol_table`, for
    /// compact, extract, get_defined_vars, `$$`, include and eval), by frame index.
    pub(crate) symtab_frames: Vec<(usize, SymtabMem)>,
    /// PHP's cache of cleaned symbol tables that ended functions left (up to 32).
    pub(crate) symtab_cache: Vec<SymtabMem>,
    /// `stack_top` and `stack_page_cap` of each older page, restored when its successor is
    /// freed.
    stack_page_tops: Vec<(usize, usize)>,
}

/// Size of one VM stack page (`ZEND_VM_STACK_PAGE_SIZE`).
const VM_STACK_PAGE: usize = 256 * 1024;
/// Bytes of a call frame's header on Zend's VM stack (`zend_execute_data`, five zval slots).
const FRAME_HEADER: usize = 80;
/// Bytes of a VM stack page's own header (two zval slots).
const VM_STACK_HEADER: usize = 32;

/// Most nested native re-entries (callbacks, destructors) before PHP's stack-size Error, on
/// the CLI's 512 MiB thread stack.
const MAX_NATIVE_DEPTH: u32 = 2000;
/// The thread stack [`MAX_NATIVE_DEPTH`] is sized for.
pub const NATIVE_STACK_BYTES: usize = 512 * 1024 * 1024;

impl Vm {
    /// Tells the VM how large the thread stack it runs on is (when smaller than
    /// [`NATIVE_STACK_BYTES`], fewer nested callbacks fit before PHP's stack-size Error).
    pub fn set_native_stack(&mut self, bytes: usize) {
        let scaled = (MAX_NATIVE_DEPTH as u64 * bytes as u64 / NATIVE_STACK_BYTES as u64) as u32;
        self.max_native_depth = scaled.clamp(16, MAX_NATIVE_DEPTH);
    }

    /// A fresh request with PHP's built-in defaults plus `cfg`.
    pub fn new(cfg: Config) -> Vm {
        memphis_values::object::init_store();
        let mut vm = Vm {
            stack: Vec::with_capacity(1024),
            frames: reuse::ReuseStack::default(),
            calls: reuse::ReuseStack::default(),
            functions: HashMap::default(),
            builtins: HashMap::default(),
            classes: HashMap::default(),
            class_order: Vec::new(),
            lazy_classes: HashMap::default(),
            closure_class: None,
            weakref_class: None,
            constants: HashMap::default(),
            user_constants: Vec::new(),
            engine_constants: Vec::new(),
            globals_extra: HashMap::default(),
            ini: HashMap::default(),
            out: output::Output::new(),
            error_reporting: 30719,
            assertions: 1,
            silence: 0,
            native_depth: 0,
            max_native_depth: MAX_NATIVE_DEPTH,
            exit_status: 0,
            shutdown_functions: Vec::new(),
            error_handlers: Vec::new(),
            exception_handlers: Vec::new(),
            included: Vec::new(),
            included_mem: Vec::new(),
            autoloaders: Vec::new(),
            main_file: Rc::from(""),
            current_builtin: "",
            fatal: false,
            in_shutdown: false,
            mt: builtins::MtRand::new(),
            step_pool: Vec::new(),
            args_pool: Vec::new(),
            callable_by_name: None,
            light_frames: Vec::new(),
            units: Vec::new(),
            argv: cfg.argv.clone(),
            start: std::time::Instant::now(),
            autoloading: Vec::new(),
            loading_prelude: false,
            magic_guards: Vec::new(),
            deferred_exception: None,
            response_code: None,
            gc_exit: false,
            current_exception: None,
            native_ret: Zval::Null,
            ctor_marks: Vec::new(),
            rope_buf: Vec::new(),
            pending_named_extra: Vec::new(),
            max_frames: 1_000_000,
            last_error: None,
            modified_ini: Vec::new(),
            ini_startup: HashMap::default(),
            modified_ini_mem: Vec::new(),
            cloning: Vec::new(),
            stack_pages: Vec::new(),
            stack_top: 0,
            static_tables: HashMap::default(),
            symtab_frames: Vec::new(),
            symtab_cache: Vec::new(),
            native_calls: Vec::new(),
            native_top: 0,
            stack_page_cap: VM_STACK_PAGE - VM_STACK_HEADER,
            stack_page_tops: Vec::new(),
        };
        // PHP allocates the first VM stack page at request start-up.
        vm.stack_pages
            .push(memphis_mm::OwnedBlock::new(VM_STACK_PAGE));
        for b in memphis_std::all() {
            vm.builtins.insert(b.name, b);
        }
        for b in builtins::BUILTINS.iter() {
            vm.builtins.insert(b.name, b);
        }
        builtins::register_constants(&mut vm);
        // What PHP's compiler substitutes: its persistent scalar constants (not the
        // deprecated ones, looked up at run time where the deprecation is raised).
        let ct: Vec<(String, Zval)> = vm
            .engine_constants
            .iter()
            .filter(|n| !DEPRECATED_CONSTANTS.contains(&n.as_slice()))
            .filter_map(|n| {
                let v = vm.constants.get(n)?;
                matches!(
                    v,
                    Zval::Long(_) | Zval::Double(_) | Zval::Bool(_) | Zval::Null | Zval::Str(_)
                )
                .then(|| (String::from_utf8_lossy(n).into_owned(), v.clone()))
            })
            .collect();
        memphis_compiler::set_ct_constants(ct);
        for (k, v) in builtins::default_ini() {
            vm.ini.insert(k.to_string(), v.to_string());
        }
        for (k, v) in &cfg.ini {
            vm.apply_startup_ini(k, v);
        }
        vm.ini_startup = vm.ini.clone();
        prelude::load(&mut vm);
        memphis_values::gc::set_native_children_hook(builtins::native_gc_children);
        memphis_values::gc::set_native_destructor_hook(builtins::native_has_destructor);
        if vm.ini.get("zend.enable_gc").is_some_and(|v| ini_truthy(v)) {
            memphis_values::gc::enable(true);
        }
        memphis_gc::collector::start_request();
        memphis_values::weak::init();
        vm
    }

    /// Compiles and runs a script file; returns the process exit status.
    pub fn run_file(&mut self, path: &str, src: &[u8]) -> i32 {
        self.main_file = Rc::from(path);
        self.included.push(path.to_string());
        let unit = match memphis_compiler::compile_file(src, path) {
            Ok(u) => u,
            Err(e) => {
                self.compile_error(&e, path);
                self.finish_output();
                return 255;
            }
        };
        if std::env::var_os("MEMPHIS_DUMP_BYTECODE").is_some() {
            dump(&unit.main, 0);
        }
        self.run_unit(unit);
        self.shutdown();
        self.finish_output();
        self.exit_status
    }

    /// `php -l`: checks syntax only.
    pub fn lint(src: &[u8], path: &str) -> Result<(), String> {
        match memphis_compiler::compile_file(src, path) {
            Ok(_) => Ok(()),
            Err(e) => Err(if e.parse {
                format!(
                    "PHP Parse error:  {} in {} on line {}",
                    e.message, path, e.line
                )
            } else {
                format!(
                    "PHP Fatal error:  {} in {} on line {}",
                    e.message, path, e.line
                )
            }),
        }
    }

    fn run_unit(&mut self, unit: Unit) {
        if self.compile_deprecations(&unit).is_err() {
            return;
        }
        self.units.push(unit.main.clone());
        self.set_argv_globals(&unit.main);
        let r = self.call_main(unit.main);
        if let Err(Flow::Throw(e)) = r {
            self.uncaught(e);
        }
    }

    /// Raises the deprecations PHP gives while compiling a file (before it runs).
    pub(crate) fn compile_deprecations(&mut self, unit: &Unit) -> Result<(), Flow> {
        for (line, level, msg) in &unit.deprecations {
            self.raise_at(*level, msg, &unit.file, *line)?;
        }
        Ok(())
    }

    fn set_argv_globals(&mut self, _main: &Rc<Function>) {
        use memphis_values::Key;
        let args: Vec<Zval> = self.argv.iter().map(|a| Zval::Str(ZStr::new(a))).collect();
        let argc = args.len() as i64;
        let arr = ZArr::from_values(args);
        // $_ENV and $_SERVER as the CLI fills them (variables_order "EGPCS").
        let mut env = ZArr::new();
        for (k, v) in std::env::vars_os() {
            use std::os::unix::ffi::OsStrExt;
            env.insert(
                Key::from_bytes(k.as_bytes()),
                Zval::Str(ZStr::new(v.as_bytes())),
            );
        }
        let mut server = env.clone();
        server.separate();
        let script = self.argv.first().cloned().unwrap_or_default();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        for k in [
            &b"PHP_SELF"[..],
            b"SCRIPT_NAME",
            b"SCRIPT_FILENAME",
            b"PATH_TRANSLATED",
        ] {
            server.insert(Key::from_bytes(k), Zval::Str(ZStr::new(&script)));
        }
        server.insert(Key::from_bytes(b"DOCUMENT_ROOT"), Zval::Str(ZStr::empty()));
        server.insert(
            Key::from_bytes(b"REQUEST_TIME_FLOAT"),
            Zval::Double(now.as_secs_f64()),
        );
        server.insert(
            Key::from_bytes(b"REQUEST_TIME"),
            Zval::Long(now.as_secs() as i64),
        );
        server.insert(Key::from_bytes(b"argv"), Zval::Arr(arr.clone()));
        server.insert(Key::from_bytes(b"argc"), Zval::Long(argc));
        self.globals_extra.insert(b"_ENV".to_vec(), Zval::Arr(env));
        self.globals_extra
            .insert(b"_SERVER".to_vec(), Zval::Arr(server));
        for g in [&b"_GET"[..], b"_POST", b"_COOKIE", b"_FILES", b"_REQUEST"] {
            self.globals_extra
                .insert(g.to_vec(), Zval::Arr(ZArr::empty()));
        }
        self.globals_extra.insert(b"argv".to_vec(), Zval::Arr(arr));
        self.globals_extra
            .insert(b"argc".to_vec(), Zval::Long(argc));
    }

    fn call_main(&mut self, main: Rc<Function>) -> Result<Zval, Flow> {
        let base = self.stack.len();
        let n = main.num_slots();
        self.stack.resize(base + n, Zval::Undef);
        // $argv / $argc become globals of the main frame.
        for (i, name) in main.cv_names.iter().enumerate() {
            if let Some(v) = self.globals_extra.remove(name.as_bytes()) {
                self.stack[base + i] = v;
            }
        }
        let mut frame = Frame::new(main, base, RetTo::Native);
        self.stack_enter_frame(&mut frame);
        self.frames.push(frame);
        self.run(self.frames.len() - 1)
    }

    /// Runs the registered shutdown functions, then destroys globals and remaining objects as
    /// PHP does at the end of a request.
    fn shutdown(&mut self) {
        self.in_shutdown = true;
        let mut i = 0;
        while i < self.shutdown_functions.len() {
            let (f, args) = self.shutdown_functions[i].clone();
            i += 1;
            self.fatal_in_shutdown_reset();
            match self.call_value(&f, args) {
                Ok(_) => {}
                Err(Flow::Throw(e)) => {
                    self.uncaught(e);
                }
                Err(Flow::Exit) => {
                    if self.fatal {
                        break;
                    }
                }
            }
            self.drain_destructors();
        }
        if self.fatal {
            // After a fatal error PHP calls no more destructors.
            for o in memphis_values::object::live_objects() {
                o.gc().set(memphis_gc::flags::DESTRUCTOR_CALLED);
            }
        }
        // Globals holding the only reference to an object die first, newest first.
        self.destroy_object_globals();
        // Then every object still alive gets its destructor, in creation (handle) order.
        if !self.fatal {
            for o in memphis_values::object::live_objects() {
                if o.gc().has(memphis_gc::flags::HAS_DESTRUCTOR)
                    && !o.gc().has(memphis_gc::flags::DESTRUCTOR_CALLED)
                {
                    o.gc().set(memphis_gc::flags::DESTRUCTOR_CALLED);
                    if let Err(Flow::Throw(e)) = self.call_destructor(&o) {
                        self.uncaught(e);
                    }
                }
                drop(o);
                self.drain_destructors();
            }
        }
        // Finally everything is freed.
        self.destroy_globals();
    }

    fn fatal_in_shutdown_reset(&mut self) {
        // A memory-limit failure lets shutdown functions run with the same limit.
        let _ = memphis_mm::take_limit_error();
    }

    /// Releases global variables in reverse order of creation, as PHP's shutdown does for
    /// objects held only by globals, then everything else.
    fn destroy_object_globals(&mut self) {
        if self.frames.is_empty() && !self.units.is_empty() {
            let main = self.units[0].clone();
            let n = main.num_slots().min(self.stack.len());
            loop {
                let mut any = false;
                for i in (0..n).rev() {
                    let kill = match &self.stack[i] {
                        Zval::Obj(o) => o.refcount() == 1,
                        Zval::Ref(r) => {
                            r.refcount() == 1
                                && r.with(|v| matches!(v, Zval::Obj(o) if o.refcount() == 1))
                        }
                        _ => false,
                    };
                    if kill {
                        let v = std::mem::take(&mut self.stack[i]);
                        drop(v);
                        self.drain_destructors();
                        any = true;
                    }
                }
                if !any {
                    break;
                }
            }
        }
    }

    /// Frees the global variables (their destructors have run by now).
    fn destroy_globals(&mut self) {
        if self.frames.is_empty() && !self.units.is_empty() {
            let main = self.units[0].clone();
            let n = main.num_slots().min(self.stack.len());
            let extra: Vec<Zval> = self.globals_extra.drain().map(|(_, v)| v).collect();
            drop(extra);
            self.drain_destructors();
            for i in 0..n {
                let v = std::mem::take(&mut self.stack[i]);
                drop(v);
                self.drain_destructors();
            }
        }
        self.stack.clear();
    }

    /// Runs due destructors (called between instructions and at shutdown).
    /// Calls `__destruct` on a garbage object for the cycle collector; false once the script
    /// has died (exit or fatal error), which stops the collection.
    pub(crate) fn gc_destructor(&mut self, o: ZObj) -> bool {
        if self.fatal || self.gc_exit {
            return false;
        }
        if o.native::<builtins::GeneratorData>().is_some() {
            builtins::generator_close(&o);
        }
        if self.destruct_chained(&o).is_err() {
            self.gc_exit = true;
        }
        if self.deferred_exception.is_some() {
            memphis_values::interrupt::raise();
        }
        drop(o);
        !(self.fatal || self.gc_exit)
    }

    /// Calls `o`'s destructor with an exception from an earlier destructor set aside, as PHP
    /// keeps EG(exception) aside meanwhile: a new exception gets it as `previous` and waits
    /// for the VM (uncaught when no frame is left); `Err` only for `exit`.
    fn destruct_chained(&mut self, o: &ZObj) -> Result<(), Flow> {
        let pending = self.deferred_exception.take();
        match self.call_destructor(o) {
            Err(Flow::Throw(e)) => {
                if let Some(old) = pending {
                    crate::errors::chain_previous(&e, old);
                }
                if self.frames.is_empty() {
                    self.uncaught(e);
                } else {
                    self.deferred_exception = Some(e);
                }
                Ok(())
            }
            Err(Flow::Exit) => {
                self.deferred_exception = pending;
                Err(Flow::Exit)
            }
            Ok(_) => {
                self.deferred_exception = pending;
                Ok(())
            }
        }
    }

    /// `gc_collect_cycles()` and the automatic runs: one collection with this VM calling the
    /// destructors.
    pub(crate) fn collect_cycles(&mut self) -> u32 {
        let nested = memphis_values::gc::running();
        if !nested {
            self.live_loops(memphis_values::gc::unbuffer_live);
        }
        let n = memphis_values::gc::collect(&mut |o| self.gc_destructor(o));
        if !nested {
            self.live_loops(memphis_values::gc::buffer_live);
        }
        n
    }

    /// Runs the collection the root buffer's threshold asked for.
    pub(crate) fn run_pending_gc(&mut self) {
        if !memphis_values::gc::pending() {
            return;
        }
        self.live_loops(memphis_values::gc::unbuffer_live);
        let held = memphis_values::gc::run_requested(&mut |o| self.gc_destructor(o));
        self.live_loops(memphis_values::gc::buffer_live);
        if let Some(h) = held {
            memphis_values::gc::release_requested(h);
        }
    }

    /// Calls `f` on what each running `foreach` holds, innermost frame first, as PHP visits
    /// its live loop variables around a collection (they leave the root buffer before it and
    /// come back as possible roots after it).
    fn live_loops(&self, mut f: impl FnMut(memphis_values::gc::Live<'_>)) {
        use memphis_values::gc::Live;
        for frame in self.frames.iter().rev() {
            for it in frame.iters.iter().flatten() {
                match it {
                    exec::Iter::Array { arr, .. } => f(Live::Arr(arr)),
                    exec::Iter::ArrayRef { r, .. } => f(Live::Ref(r)),
                    exec::Iter::Object { obj, .. } => f(Live::Obj(obj)),
                    // The loop holds the variable's reference (the object for `$this`).
                    exec::Iter::PropsRef { held: Some(r), .. } => f(Live::Ref(r)),
                    exec::Iter::PropsRef { obj, .. } => f(Live::Obj(obj)),
                    exec::Iter::Generator { gen, .. } => f(Live::Obj(gen)),
                    exec::Iter::Props { .. } | exec::Iter::WeakMap { .. } => {}
                }
            }
        }
    }

    pub(crate) fn drain_destructors(&mut self) {
        while let Some(o) = memphis_values::object::take_pending_destructor() {
            o.gc().set(memphis_gc::flags::DESTRUCTOR_CALLED);
            if self.fatal {
                continue;
            }
            let _ = self.destruct_chained(&o);
        }
    }

    /// Looks up a user or builtin function by name (case-insensitive).
    pub(crate) fn find_function(&self, name: &[u8]) -> Option<Callee> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        let owned;
        let lc: &[u8] = if name.iter().any(|c| c.is_ascii_uppercase()) {
            owned = name.to_ascii_lowercase();
            &owned
        } else {
            name
        };
        if let Some(f) = self.functions.get(lc) {
            return Some(Callee::function(f.clone()));
        }
        let s = std::str::from_utf8(lc).ok()?;
        self.builtins.get(s).map(|b| Callee::Builtin(b))
    }

    /// The line of the instruction running in the top frame.
    pub(crate) fn current_line(&self) -> u32 {
        match self.frames.last() {
            Some(f) => f
                .func
                .lines
                .get(f.ip.saturating_sub(1))
                .copied()
                .unwrap_or(0),
            None => 0,
        }
    }

    /// The file of the code running in the top user frame.
    pub(crate) fn current_file(&self) -> Rc<str> {
        match self.frames.last() {
            Some(f) => f.func.file.clone(),
            None => self.main_file.clone(),
        }
    }

    /// A reference cell for a global variable by name (creating it as null).
    pub(crate) fn global_ref(&mut self, name: &[u8]) -> ZRef {
        if let Some(main) = self.units.first().cloned() {
            if let Some(i) = main.cv_names.iter().position(|n| n.as_bytes() == name) {
                if let Some(slot) = self.stack.get_mut(i) {
                    return place::make_ref_in(slot);
                }
            }
        }
        let slot = self
            .globals_extra
            .entry(name.to_vec())
            .or_insert(Zval::Null);
        place::make_ref_in(slot)
    }

    /// The slot of global `name` (created as null when missing), for writes through
    /// `$GLOBALS` that PHP makes in the symbol table itself (no reference).
    pub(crate) fn global_slot(&mut self, name: &[u8]) -> &mut Zval {
        if let Some(main) = self.units.first().cloned() {
            if let Some(i) = main.cv_names.iter().position(|n| n.as_bytes() == name) {
                if i < self.stack.len() {
                    return &mut self.stack[i];
                }
            }
        }
        self.globals_extra
            .entry(name.to_vec())
            .or_insert(Zval::Null)
    }
}

/// Prints a function's bytecode (MEMPHIS_DUMP_BYTECODE=1), for developers.
fn dump(f: &Function, depth: usize) {
    let pad = "  ".repeat(depth);
    eprintln!("{pad}function {:?} ({} slots)", f.name, f.num_slots());
    for (i, op) in f.ops.iter().enumerate() {
        eprintln!("{pad}  {i:4} L{:<4} {:?}", f.lines[i], op);
    }
    for c in &f.children {
        dump(c, depth + 1);
    }
    for class in &f.classes {
        eprintln!("{pad}  class {}", class.name);
        for m in &class.methods {
            dump(m, depth + 2);
        }
    }
}

impl Vm {
    /// Puts `frame` on Zend's VM stack model: its header, arguments, compiled variables and
    /// temporaries as PHP sizes them; a frame that does not fit the page's rest opens a new
    /// page (256 KiB, or a page-aligned size for a huge frame), as `zend_vm_stack_extend` does.
    pub(crate) fn stack_enter_frame(&mut self, frame: &mut Frame) {
        let bytes = frame.php_size();
        frame.stack_bytes = bytes as u32;
        frame.stack_new_page = self.stack_enter(bytes);
    }

    /// Takes `bytes` of the VM stack model; says whether that opened a new page.
    #[inline(always)]
    pub(crate) fn stack_enter(&mut self, bytes: usize) -> bool {
        if self.stack_top + bytes <= self.stack_page_cap {
            self.stack_top += bytes;
            return false;
        }
        self.stack_enter_page(bytes)
    }

    /// [`Vm::stack_enter`] when the frame does not fit the page's rest.
    #[inline(never)]
    fn stack_enter_page(&mut self, bytes: usize) -> bool {
        let size = if bytes < VM_STACK_PAGE - VM_STACK_HEADER {
            VM_STACK_PAGE
        } else {
            (bytes + VM_STACK_HEADER).next_multiple_of(VM_STACK_PAGE)
        };
        self.stack_pages.push(memphis_mm::OwnedBlock::new(size));
        self.stack_page_tops
            .push((self.stack_top, self.stack_page_cap));
        self.stack_top = bytes;
        self.stack_page_cap = size - VM_STACK_HEADER;
        true
    }

    /// Takes a frame (that opened a page or took `bytes`) off the VM stack model; the page it
    /// opened is freed with it.
    #[inline(always)]
    pub(crate) fn stack_leave(&mut self, new_page: bool, bytes: u32) {
        if new_page {
            self.stack_leave_page();
        } else {
            self.stack_top = self.stack_top.saturating_sub(bytes as usize);
        }
    }

    #[inline(never)]
    fn stack_leave_page(&mut self) {
        self.stack_pages.pop();
        let (top, cap) = self
            .stack_page_tops
            .pop()
            .unwrap_or((0, VM_STACK_PAGE - VM_STACK_HEADER));
        self.stack_top = top;
        self.stack_page_cap = cap;
    }
}

impl Frame {
    /// Bytes PHP's `zend_execute_data` for this call takes: the header, then a zval per
    /// compiled variable, temporary and extra argument.
    #[inline]
    pub(crate) fn php_size(&self) -> usize {
        let extra = (self.argc as usize).saturating_sub(self.func.params.len());
        frame_php_size(&self.func, extra)
    }

    #[inline(always)]
    pub(crate) fn new(func: Rc<Function>, base: usize, ret: RetTo) -> Frame {
        Frame {
            func,
            base,
            ip: 0,
            this: None,
            scope: None,
            static_class: None,
            ret,
            argc: 0,
            extra_args: RareVec::default(),
            iters: RareVec::default(),
            closure: None,
            symtab: None,
            generator: None,
            pending_calls_base: 0,
            include_of: None,
            stack_bytes: 0,
            stack_new_page: false,
        }
    }
}

/// An ini value read as an integer, as `zend_atol` reads one (leading digits; 0 without).
pub(crate) fn ini_long(v: &str) -> i64 {
    let t = v.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let n = digits
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0i64, |a, c| {
            a.wrapping_mul(10).wrapping_add(i64::from(c - b'0'))
        });
    if neg {
        n.wrapping_neg()
    } else {
        n
    }
}

/// An ini value read as a boolean ("1", "On", "yes", "true" are true).
pub(crate) fn ini_truthy(v: &str) -> bool {
    let t = v.trim().to_ascii_lowercase();
    matches!(t.as_str(), "on" | "yes" | "true") || t.parse::<i64>().is_ok_and(|n| n != 0)
}
