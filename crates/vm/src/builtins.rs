//! Builtins that belong to the engine (function and class handling, errors, ini, output
//! buffering, memory) and the native state of internal classes (closures, generators).

use crate::class::{instance_of_name, vmc, NativeSpec};
use crate::{Callee, Flow, Frame, Vm};
use memphis_compiler::bytecode::Function;
use memphis_std::{params, Args, BResult, Builtin, Engine};
use memphis_values::object::acc;
use memphis_values::weak::{WeakMapData, WeakRefData};
use memphis_values::{ClassEntry, Key, ZArr, ZObj, ZStr, Zval};
use std::cell::RefCell;
use std::rc::Rc;

/// Native state of a Closure.
pub struct ClosureData {
    /// Body.
    pub func: Rc<Function>,
    /// Bound `$this`.
    pub this: Option<ZObj>,
    /// Class scope.
    pub scope: Option<Rc<ClassEntry>>,
    /// Late static binding class.
    pub static_class: Option<Rc<ClassEntry>>,
    /// Captured `use` values (references for `&$x`).
    pub bound: Vec<Zval>,
    /// Static variables of this closure object.
    pub statics: RefCell<Vec<Option<memphis_values::ZRef>>>,
    /// For closures made from builtins/methods with `f(...)`: the callee.
    pub target: Option<Callee>,
    /// PHP's copy of the static-variables table (`use` values and `static`s), which a closure
    /// gets when its function has any: heap blocks held for the accounting.
    #[allow(dead_code)] // held only so that its blocks stay allocated
    pub static_table: Option<[memphis_mm::OwnedBlock; 2]>,
}

/// Bytes of PHP's `zend_closure` (object, embedded function, `$this`, scope): its small bin.
pub const CLOSURE_SIZE: usize = 384;
/// Bytes of PHP's `zend_generator`: its small bin. The suspended frame is a separate block.
pub const GENERATOR_SIZE: usize = 320;

/// What `yield from` delegates to.
pub enum Delegate {
    /// Pre-collected pairs (arrays, Traversables).
    Items {
        items: Vec<(Zval, Zval)>,
        pos: usize,
    },
    /// Another generator.
    Gen { g: ZObj, started: bool },
}

/// A generator's suspended state.
pub struct GenState {
    pub frame: Option<Frame>,
    pub slots: Vec<Zval>,
    pub current_key: Zval,
    pub current: Zval,
    pub sent: Zval,
    pub retval: Zval,
    pub started: bool,
    pub finished: bool,
    pub running: bool,
    pub auto_key: i64,
    pub delegate: Option<Delegate>,
    pub exception_in: Option<ZObj>,
    pub sent_dst: Option<usize>,
    /// The heap block PHP moves a generator's frame into; freed when the generator finishes.
    pub heap_frame: Option<memphis_mm::OwnedBlock>,
}

/// Native state of a Generator.
pub struct GeneratorData {
    pub state: RefCell<GenState>,
}

fn gd(g: &ZObj) -> Option<&GeneratorData> {
    g.native::<GeneratorData>()
}

/// Runs the generator to its first yield if it has not started.
pub fn generator_rewind(vm: &mut Vm, g: &ZObj) -> Result<(), Flow> {
    let Some(d) = gd(g) else { return Ok(()) };
    let started = d.state.borrow().started;
    if !started {
        vm.resume_generator(g)?;
    } else {
        let past_first = d.state.borrow().auto_key > 0 || d.state.borrow().finished;
        if past_first && d.state.borrow().finished {
            return Err(vm.throw_error(
                "Exception",
                "Cannot rewind a generator that was already run".into(),
            ));
        }
    }
    Ok(())
}

/// Resumes to the next yield.
pub fn generator_next(vm: &mut Vm, g: &ZObj) -> Result<(), Flow> {
    let Some(d) = gd(g) else { return Ok(()) };
    if !d.state.borrow().started {
        vm.resume_generator(g)?;
    }
    d.state.borrow_mut().sent = Zval::Null;
    vm.resume_generator(g)
}

/// Whether the generator has a current element.
pub fn generator_valid(vm: &mut Vm, g: &ZObj) -> Result<bool, Flow> {
    let Some(d) = gd(g) else { return Ok(false) };
    if !d.state.borrow().started {
        vm.resume_generator(g)?;
    }
    Ok(!d.state.borrow().finished)
}

/// Current key and value.
pub fn generator_current_pair(g: &ZObj) -> (Zval, Zval) {
    match gd(g) {
        Some(d) => {
            let st = d.state.borrow();
            (st.current_key.clone(), st.current.clone())
        }
        None => (Zval::Null, Zval::Null),
    }
}

/// The value the generator returned.
pub fn generator_return_value(g: &ZObj) -> Zval {
    gd(g)
        .map(|d| d.state.borrow().retval.clone())
        .unwrap_or(Zval::Null)
}

/// Marks a generator finished after an exception escaped it.
pub fn generator_abort(g: &ZObj) {
    if let Some(d) = gd(g) {
        if let Ok(mut st) = d.state.try_borrow_mut() {
            st.finished = true;
            st.heap_frame = None;
            st.running = false;
        }
    }
}

/// Error message for classes that cannot be instantiated with `new`.
pub fn uninstantiable(ce: &ClassEntry) -> Option<String> {
    match ce.lcname.as_slice() {
        b"closure" => Some("Instantiation of class Closure is not allowed".into()),
        b"weakreference" => Some(
            "Direct instantiation of WeakReference is not allowed, use WeakReference::create instead"
                .into(),
        ),
        b"generator" => Some("The \"Generator\" class is reserved for internal use and cannot be manually instantiated".into()),
        _ => None,
    }
}

/// `clone` of internal objects with native state.
pub fn clone_native(vm: &mut Vm, o: &ZObj) -> Result<Option<ZObj>, Flow> {
    if let Some(cd) = o.native::<ClosureData>() {
        let c = vm.make_closure(
            cd.func.clone(),
            cd.this.clone(),
            cd.scope.clone(),
            cd.static_class.clone(),
            cd.bound.clone(),
        );
        return Ok(Some(c));
    }
    if let Some(h) = o.native::<memphis_std::codec::HashCtx>() {
        // A copy of the context's state (PHP clones a HashContext as hash_copy does).
        let state = h.clone();
        let c = vm.instantiate(o.class());
        c.set_native(state);
        return Ok(Some(c));
    }
    if o.native::<GeneratorData>().is_some() {
        return Err(vm.throw_error(
            "Error",
            "Trying to clone an uncloneable object of class Generator".into(),
        ));
    }
    if o.class().lcname == b"weakreference" {
        return Err(vm.throw_error(
            "Error",
            "Trying to clone an uncloneable object of class WeakReference".into(),
        ));
    }
    if o.class().lcname == b"weakmap" {
        let c = ZObj::new(o.class().clone());
        if let Some(m) = o.native::<WeakMapData>() {
            c.set_native(m.duplicate());
            if let Some(m) = c.native::<WeakMapData>() {
                m.bind_owner(&c);
                memphis_values::weak::register_keys(m);
            }
        }
        return Ok(Some(c));
    }
    Ok(None)
}

/// The properties a built-in class written in PHP computes for dumps, casts and
/// `json_encode` (DateTime's date and timezone, as PHP's get_properties_for handler).
pub fn computed_props(vm: &mut Vm, o: &ZObj) -> Option<Vec<memphis_std::PropView>> {
    if !vmc(o.class()).internal || Vm::find_method(o.class(), b"__memphis_props").is_none() {
        return None;
    }
    let Ok(Zval::Arr(a)) = vm.call_method(o, "__memphis_props", Vec::new()) else {
        return None;
    };
    Some(
        a.iter()
            .map(|(k, v)| memphis_std::PropView {
                name: match k {
                    memphis_values::KeyRef::Int(i) => ZStr::new(i.to_string().as_bytes()),
                    memphis_values::KeyRef::Str(s) => s.clone(),
                },
                value: v.clone(),
                flags: acc::PUBLIC,
                class: o.class().name.clone(),
                ty: None,
            })
            .collect(),
    )
}

/// Properties shown for objects whose dump PHP customises (closures, generators, …).
pub fn debug_info(vm: &mut Vm, o: &ZObj) -> Option<Vec<memphis_std::PropView>> {
    if o.native::<GeneratorData>().is_some() {
        return Some(Vec::new());
    }
    let public = |name: &str, value: Zval| memphis_std::PropView {
        name: ZStr::new(name.as_bytes()),
        value,
        flags: acc::PUBLIC,
        class: o.class().name.clone(),
        ty: None,
    };
    if let Some(cd) = o.native::<ClosureData>() {
        return Some(closure_debug_info(cd, &public));
    }
    if let Some(p) = computed_props(vm, o) {
        return Some(p);
    }
    // SplFixedArray shows its elements, with their integer indexes.
    {
        if instance_of_name(o.class(), b"splfixedarray") {
            let mut out = Vec::new();
            let elems = o
                .class()
                .props
                .iter()
                .position(|p| p.name.as_bytes() == b"__a")
                .map(|i| o.slot(i));
            if let Some(Zval::Arr(a)) = elems {
                for (k, v) in a.iter() {
                    if let memphis_values::KeyRef::Int(i) = k {
                        let mut p = public(&i.to_string(), v.clone());
                        p.flags |= memphis_std::PROP_INT_KEY;
                        out.push(p);
                    }
                }
            }
            return Some(out);
        }
    }
    match o.class().lcname.as_slice() {
        b"weakreference" => {
            let target = o
                .native::<WeakRefData>()
                .and_then(|w| w.get())
                .map_or(Zval::Null, Zval::Obj);
            Some(vec![public("object", target)])
        }
        b"weakmap" => {
            let entries = o
                .native::<WeakMapData>()
                .map(|m| m.entries())
                .unwrap_or_default();
            Some(
                entries
                    .into_iter()
                    .enumerate()
                    .map(|(i, (k, v))| {
                        let mut pair = ZArr::with_capacity(2);
                        pair.insert(Key::from_bytes(b"key"), Zval::Obj(k));
                        pair.insert(Key::from_bytes(b"value"), v);
                        let mut p = public(&i.to_string(), Zval::Arr(pair));
                        p.flags |= memphis_std::PROP_INT_KEY;
                        p
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}

/// PHP 8.4's debug view of a Closure: name (or the function a first-class callable names),
/// file, line, `use` variables, bound `$this` and the parameters.
fn closure_debug_info(
    cd: &ClosureData,
    public: &dyn Fn(&str, Zval) -> memphis_std::PropView,
) -> Vec<memphis_std::PropView> {
    let mut out = Vec::new();
    let mut params = ZArr::new();
    let mut add_param = |name: &str, by_ref: bool, optional: bool| {
        let key = format!("{}${}", if by_ref { "&" } else { "" }, name);
        let v = if optional { "<optional>" } else { "<required>" };
        params.insert(Key::from_bytes(key.as_bytes()), Zval::str(v.as_bytes()));
    };
    match &cd.target {
        Some(Callee::Builtin(b)) => {
            out.push(public("function", Zval::str(b.name.as_bytes())));
            let required = b.required();
            for (i, p) in b.params.iter().enumerate() {
                add_param(p.name, p.by_ref, i >= required || p.optional);
            }
        }
        Some(_) => {}
        None => {
            let f = &cd.func;
            out.push(public("name", Zval::str(f.name.as_bytes())));
            out.push(public("file", Zval::str(f.file.as_bytes())));
            out.push(public("line", Zval::Long(f.line_start as i64)));
            if !cd.bound.is_empty() {
                let mut st = ZArr::new();
                for (i, v) in cd.bound.iter().enumerate() {
                    if let Some(n) = f.cv_names.get(f.params.len() + i) {
                        st.insert(Key::from_bytes(n.as_bytes()), v.deref());
                    }
                }
                out.push(public("static", Zval::Arr(st)));
            }
            if let Some(t) = &cd.this {
                out.push(public("this", Zval::Obj(t.clone())));
            }
            for p in &f.params {
                add_param(&p.name, p.by_ref, p.has_default || p.variadic);
            }
        }
    }
    if !params.is_empty() {
        out.push(public("parameter", Zval::Arr(params)));
    }
    out
}

/// The native state of WeakMap object `o` (made on first use).
pub(crate) fn weakmap_of(o: &ZObj) -> &WeakMapData {
    if o.native::<WeakMapData>().is_none() {
        o.set_native(WeakMapData::default());
    }
    match o.native::<WeakMapData>() {
        Some(m) => {
            m.bind_owner(o);
            m
        }
        None => unreachable_engine(),
    }
}

/// `__memphis_array_dup($a)`: a private copy of an array, as SPL's array objects take one
/// (`zend_array_dup`; an empty array becomes a fresh, not the immutable, one).
/// Memory an internal class's C code allocates beside its object (an SPL dual iterator's
/// engine iterator, DateTime's timelib time), kept for the object's life; clones get their own.
pub(crate) struct EngineBlock(#[allow(dead_code)] memphis_mm::OwnedBlock, usize);

/// Gives a clone its own copy of the original's engine block, if it has one.
pub(crate) fn clone_engine_block(from: &ZObj, to: &ZObj) {
    if let Some(b) = from.native::<EngineBlock>() {
        let size = b.1;
        to.set_native(EngineBlock(memphis_mm::OwnedBlock::new(size), size));
    }
}

/// `__memphis_engine_block($this, $bytes)`: attaches such a block.
fn b_engine_block(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let size = a.int(e, 1)?.clamp(8, 4096) as usize;
    if let Zval::Obj(o) = a.get(0) {
        o.set_native(EngineBlock(memphis_mm::OwnedBlock::new(size), size));
    }
    Ok(Zval::Null)
}

fn b_array_dup(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(match a.get(0) {
        Zval::Arr(arr) if arr.is_empty() => Zval::Arr(ZArr::new()),
        Zval::Arr(arr) => Zval::Arr(arr.dup()),
        v => v,
    })
}

/// The built-in classes' methods that run in Rust (class and method names lowercase).
pub(crate) fn native_method(class: &[u8], method: &[u8]) -> Option<&'static NativeSpec> {
    static WEAKREF_CREATE: NativeSpec = NativeSpec {
        name: "WeakReference::create",
        traced: "WeakReference::create",
        params: &["object"],
        is_static: true,
        f: weakref_create,
        silent: false,
    };
    static WEAKREF_GET: NativeSpec = NativeSpec {
        name: "WeakReference::get",
        traced: "WeakReference->get",
        params: &[],
        is_static: false,
        f: weakref_get,
        silent: true,
    };
    match (class, method) {
        (b"weakreference", b"create") => Some(&WEAKREF_CREATE),
        (b"weakreference", b"get") => Some(&WEAKREF_GET),
        _ => None,
    }
}

/// `WeakReference::create(object $object)`: the one WeakReference of the object.
fn weakref_create(vm: &mut Vm, _this: Option<&ZObj>, args: &mut Vec<Zval>) -> Result<Zval, Flow> {
    let first = (!args.is_empty()).then(|| args.swap_remove(0));
    let o = match first {
        Some(Zval::Obj(o)) => o,
        other => {
            let given = memphis_std::args::type_name(&other.unwrap_or(Zval::Null));
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "WeakReference::create(): Argument #1 ($object) must be of type object, {} given",
                    given
                ),
            ));
        }
    };
    // The class is looked up only when a new WeakReference is made.
    if let Some(w) = memphis_values::weak::existing_weakref(&o) {
        o.release_nogc();
        return Ok(Zval::Obj(w));
    }
    let Some(ce) = vm.weakref_class() else {
        return Ok(Zval::Null);
    };
    let w = memphis_values::weak::weakref_for(&o, || ZObj::new(ce));
    o.release_nogc();
    Ok(Zval::Obj(w))
}

/// `WeakReference::get()`: the referent while it lives, else null.
fn weakref_get(_vm: &mut Vm, this: Option<&ZObj>, _args: &mut Vec<Zval>) -> Result<Zval, Flow> {
    Ok(this
        .and_then(|w| w.native::<WeakRefData>())
        .and_then(|d| d.get())
        .map_or(Zval::Null, Zval::Obj))
}

impl Vm {
    /// WeakMap's handlers' TypeError for a key that is not an object.
    pub(crate) fn weakmap_key_error(&mut self) -> Flow {
        self.throw_error("TypeError", "WeakMap key must be an object".into())
    }

    /// WeakMap's read handler's Error for a key it does not hold.
    pub(crate) fn weakmap_missing(&mut self, k: &ZObj) -> Flow {
        let msg = format!(
            "Object {}#{} not contained in WeakMap",
            k.class().name.to_string_lossy(),
            k.handle()
        );
        self.throw_error("Error", msg)
    }
}

/// The WeakMap operations behind the prelude class: 0 get, 1 set, 2 isset, 3 unset, 4 count,
/// 5 entries; for its iterator, at table position (argument 3): 6 the position of the first
/// entry there or after (-1: none), 7 that entry's value, 8 its key.
fn b_weakmap(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(m) = a.get(0) else {
        return Ok(Zval::Null);
    };
    let op = convert_long(&a.get(1));
    let map = weakmap_of(&m);
    match op {
        4 => return Ok(Zval::Long(map.count() as i64)),
        5 => {
            let mut out = ZArr::new();
            for (k, v) in map.entries() {
                out.push(Zval::Arr(ZArr::from_values(vec![Zval::Obj(k), v])));
            }
            return Ok(Zval::Arr(out));
        }
        6..=8 => {
            let pos = u32::try_from(convert_long(&a.get(3))).unwrap_or(u32::MAX);
            return Ok(match (op, map.entry_from(pos)) {
                (6, Some((p, ..))) => Zval::Long(p as i64),
                (6, None) => Zval::Long(-1),
                (7, Some((_, _, v))) => v,
                (8, Some((_, k, _))) => Zval::Obj(k),
                _ => Zval::Null,
            });
        }
        _ => {}
    }
    let key = a.get(2).deref();
    let Zval::Obj(k) = key else {
        return Err(vm.weakmap_key_error());
    };
    match op {
        0 => match map.get(&k) {
            Some(v) => Ok(v),
            None => Err(vm.weakmap_missing(&k)),
        },
        1 => {
            map.set(&k, a.get(3));
            Ok(Zval::Null)
        }
        2 => Ok(Zval::Bool(
            map.get(&k).is_some_and(|v| !v.deref().is_null()),
        )),
        _ => {
            map.unset(&k);
            Ok(Zval::Null)
        }
    }
}

/// PHP's Mersenne Twister (`mt_rand`), seeded like PHP.
pub struct MtRand {
    state: [u32; 624],
    next: usize,
    seeded: bool,
    /// `MT_RAND_PHP`: PHP 5's flawed twist and range scaling (deprecated, kept for old seeds).
    php_mode: bool,
}

impl MtRand {
    pub fn new() -> MtRand {
        MtRand {
            state: [0; 624],
            next: 0,
            seeded: false,
            php_mode: false,
        }
    }

    pub fn seed(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..624 {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.reload();
        self.seeded = true;
    }

    fn reload(&mut self) {
        let php = self.php_mode;
        let s = &mut self.state;
        // The legacy variant takes the low bit from `u` instead of `v`.
        let twist = |m: u32, u: u32, v: u32| -> u32 {
            let low = if php { u } else { v };
            m ^ (((u & 0x8000_0000) | (v & 0x7fff_ffff)) >> 1)
                ^ ((0u32.wrapping_sub(low & 1)) & 0x9908_b0df)
        };
        for i in 0..(624 - 397) {
            s[i] = twist(s[i + 397], s[i], s[i + 1]);
        }
        for i in (624 - 397)..623 {
            s[i] = twist(s[i + 397 - 624], s[i], s[i + 1]);
        }
        s[623] = twist(s[396], s[623], s[0]);
        self.next = 0;
    }

    /// 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if !self.seeded {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u32)
                .unwrap_or(5489);
            self.seed(t ^ std::process::id());
        }
        if self.next >= 624 {
            self.reload();
        }
        let mut y = self.state[self.next];
        self.next += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `mt_rand($min, $max)`: the uniform range, or in `MT_RAND_PHP` mode the old scaling of
    /// a 31-bit draw.
    pub fn range_common(&mut self, min: i64, max: i64) -> i64 {
        if !self.php_mode {
            return self.range(min, max);
        }
        let n = (self.next_u32() >> 1) as f64;
        min.wrapping_add(((max as f64 - min as f64 + 1.0) * (n / (2147483647.0 + 1.0))) as i64)
    }

    /// A uniform integer in `[min, max]` (PHP's range mapping).
    pub fn range(&mut self, min: i64, max: i64) -> i64 {
        let umax = max.wrapping_sub(min) as u64;
        if umax > u32::MAX as u64 {
            // 64-bit range: two draws.
            let mut r = ((self.next_u32() as u64) << 32) | self.next_u32() as u64;
            if umax != u64::MAX {
                let um = umax + 1;
                if um & (um - 1) != 0 {
                    let limit = u64::MAX - (u64::MAX % um) - 1;
                    while r > limit {
                        r = ((self.next_u32() as u64) << 32) | self.next_u32() as u64;
                    }
                }
                r %= um;
            }
            return min.wrapping_add(r as i64);
        }
        let umax = umax as u32;
        let mut r = self.next_u32();
        if umax == u32::MAX {
            return min.wrapping_add(r as i64);
        }
        let um = umax + 1;
        if um & (um - 1) != 0 {
            let limit = u32::MAX - (u32::MAX % um) - 1;
            while r > limit {
                r = self.next_u32();
            }
        }
        min.wrapping_add((r % um) as i64)
    }
}

/// Registers engine constants.
pub fn register_constants(vm: &mut Vm) {
    let c = |vm: &mut Vm, n: &str, v: Zval| {
        if vm.constants.insert(n.as_bytes().to_vec(), v).is_none() {
            vm.engine_constants.push(n.as_bytes().to_vec());
        }
    };
    c(vm, "PHP_VERSION", Zval::str(b"8.4.27"));
    c(vm, "PHP_MAJOR_VERSION", Zval::Long(8));
    c(vm, "PHP_MINOR_VERSION", Zval::Long(4));
    c(vm, "PHP_RELEASE_VERSION", Zval::Long(27));
    c(vm, "PHP_VERSION_ID", Zval::Long(80427));
    c(vm, "PHP_EXTRA_VERSION", Zval::str(b""));
    c(vm, "PHP_OS", Zval::str(b"Linux"));
    c(vm, "PHP_OS_FAMILY", Zval::str(b"Linux"));
    c(vm, "PHP_EOL", Zval::str(b"\n"));
    for (name, v) in [
        ("HASH_HMAC", 1),
        ("PHP_URL_SCHEME", 0),
        ("PHP_URL_HOST", 1),
        ("PHP_URL_PORT", 2),
        ("PHP_URL_USER", 3),
        ("PHP_URL_PASS", 4),
        ("PHP_URL_PATH", 5),
        ("PHP_URL_QUERY", 6),
        ("PHP_URL_FRAGMENT", 7),
        ("PHP_OUTPUT_HANDLER_START", 1),
        ("PHP_OUTPUT_HANDLER_WRITE", 0),
        ("PHP_OUTPUT_HANDLER_FLUSH", 4),
        ("PHP_OUTPUT_HANDLER_CLEAN", 2),
        ("PHP_OUTPUT_HANDLER_FINAL", 8),
        ("PHP_OUTPUT_HANDLER_CONT", 0),
        ("PHP_OUTPUT_HANDLER_END", 8),
        ("PHP_OUTPUT_HANDLER_CLEANABLE", 16),
        ("PHP_OUTPUT_HANDLER_FLUSHABLE", 32),
        ("PHP_OUTPUT_HANDLER_REMOVABLE", 64),
        ("PHP_OUTPUT_HANDLER_STDFLAGS", 112),
        ("PHP_OUTPUT_HANDLER_STARTED", 4096),
        ("PHP_OUTPUT_HANDLER_DISABLED", 8192),
        ("PHP_OUTPUT_HANDLER_PROCESSED", 16384),
    ] {
        c(vm, name, Zval::Long(v));
    }
    c(vm, "PHP_INT_MAX", Zval::Long(i64::MAX));
    c(vm, "PHP_INT_MIN", Zval::Long(i64::MIN));
    c(vm, "PHP_INT_SIZE", Zval::Long(8));
    c(vm, "PHP_FLOAT_EPSILON", Zval::Double(f64::EPSILON));
    c(vm, "PHP_FLOAT_MAX", Zval::Double(f64::MAX));
    c(vm, "PHP_FLOAT_MIN", Zval::Double(f64::MIN_POSITIVE));
    c(vm, "PHP_FLOAT_DIG", Zval::Long(15));
    c(vm, "NAN", Zval::Double(f64::NAN));
    c(vm, "INF", Zval::Double(f64::INFINITY));
    c(vm, "PHP_SAPI", Zval::str(b"cli"));
    c(vm, "DIRECTORY_SEPARATOR", Zval::str(b"/"));
    c(vm, "PATH_SEPARATOR", Zval::str(b":"));
    c(vm, "PHP_MAXPATHLEN", Zval::Long(4096));
    c(vm, "M_PI", Zval::Double(std::f64::consts::PI));
    c(vm, "M_E", Zval::Double(std::f64::consts::E));
    c(vm, "M_SQRT2", Zval::Double(std::f64::consts::SQRT_2));
    c(vm, "COUNT_NORMAL", Zval::Long(0));
    c(vm, "COUNT_RECURSIVE", Zval::Long(1));
    for (n, v) in [
        ("E_ERROR", 1),
        ("E_WARNING", 2),
        ("E_PARSE", 4),
        ("E_NOTICE", 8),
        ("E_CORE_ERROR", 16),
        ("E_CORE_WARNING", 32),
        ("E_COMPILE_ERROR", 64),
        ("E_COMPILE_WARNING", 128),
        ("E_USER_ERROR", 256),
        ("E_USER_WARNING", 512),
        ("E_USER_NOTICE", 1024),
        ("E_STRICT", 2048),
        ("E_RECOVERABLE_ERROR", 4096),
        ("E_DEPRECATED", 8192),
        ("E_USER_DEPRECATED", 16384),
        ("DEBUG_BACKTRACE_PROVIDE_OBJECT", 1),
        ("DEBUG_BACKTRACE_IGNORE_ARGS", 2),
        ("E_ALL", 30719),
        ("INI_SCANNER_NORMAL", 0),
        ("INI_SCANNER_RAW", 1),
        ("INI_SCANNER_TYPED", 2),
    ] {
        c(vm, n, Zval::Long(v));
    }
    for (n, v) in crate::constants_table::more_constants() {
        c(vm, n, v);
    }
    for (n, v) in memphis_std::constants() {
        c(vm, n, v);
    }
    for (n, r) in ["STDIN", "STDOUT", "STDERR"]
        .into_iter()
        .zip(memphis_std::file::std_streams())
    {
        c(vm, n, Zval::Res(r));
    }
}

/// PHP's ini directives with their defaults under `php -n` (a directive without a value
/// reads as "").
pub fn default_ini() -> Vec<(&'static str, &'static str)> {
    crate::ini_table::DIRECTIVES
        .iter()
        .map(|(n, v, _, _)| (*n, v.unwrap_or("")))
        .collect()
}

/// The directive named `name`, if PHP registers it.
pub(crate) fn directive(name: &str) -> Option<&'static crate::ini_table::Directive> {
    // The table is in PHP's order: by name, ignoring case.
    let lc = name.to_ascii_lowercase();
    crate::ini_table::DIRECTIVES
        .binary_search_by(|d| d.0.to_ascii_lowercase().cmp(&lc))
        .ok()
        .map(|i| &crate::ini_table::DIRECTIVES[i])
        .filter(|d| d.0 == name)
}

/// Parses an ini quantity (`128M`, `1G`, `-1`) as PHP does.
pub fn parse_quantity(s: &str) -> Option<i64> {
    let t = s.trim();
    if t == "-1" {
        return Some(-1);
    }
    let (num, mult) = match t.chars().last() {
        Some('k') | Some('K') => (&t[..t.len() - 1], 1024),
        Some('m') | Some('M') => (&t[..t.len() - 1], 1024 * 1024),
        Some('g') | Some('G') => (&t[..t.len() - 1], 1024 * 1024 * 1024),
        _ => (t, 1),
    };
    num.trim().parse::<i64>().ok().map(|n| n * mult)
}

impl Vm {
    /// Applies a `-d`/php.ini setting at start-up.
    pub(crate) fn apply_startup_ini(&mut self, k: &str, v: &str) {
        match k {
            "memory_limit" => {
                if let Some(q) = parse_quantity(v) {
                    let lim = if q < 0 { usize::MAX } else { q as usize };
                    if memphis_mm::set_limit(lim).is_err() {
                        let msg = format!("\nWarning: Failed to set memory limit to {} bytes (Current memory usage is {} bytes) in Unknown on line 0\n", q, memphis_mm::usage(true));
                        self.output(msg.as_bytes());
                        return;
                    }
                }
            }
            "error_reporting" => {
                self.error_reporting = v.trim().parse().unwrap_or(30719);
            }
            "precision" => memphis_compiler::set_fold_precision(v.trim().parse().unwrap_or(14)),
            "zend.assertions" => {
                self.assertions = crate::ini_long(v);
                memphis_compiler::set_assertions(self.assertions);
            }
            _ => {}
        }
        // A name PHP registers no directive for is accepted and kept out of sight, as php
        // keeps `-d` values it has no entry for (ini_get() is false for them).
        if directive(k).is_some() {
            self.ini.insert(k.to_string(), v.to_string());
        }
    }

    /// Records that directive `name` was changed, as PHP's `EG(modified_ini_directives)`
    /// does: the first change allocates that table (its `HashTable` and 8 buckets, 376
    /// bytes), more directives than it holds double it.
    pub(crate) fn note_ini_modified(&mut self, name: &str) {
        if self.modified_ini.iter().any(|n| n == name) {
            return;
        }
        if self.modified_ini_mem.is_empty() {
            self.modified_ini_mem = vec![
                memphis_mm::OwnedBlock::new(56),
                memphis_mm::OwnedBlock::new(8 * 40),
            ];
        }
        self.modified_ini.push(name.to_string());
        let n = self.modified_ini.len();
        let cap = 8usize.max(n.next_power_of_two());
        if n > 8 && n == cap / 2 + 1 {
            // Grown: 32 bytes a bucket and 8 of hash per entry.
            let block = memphis_mm::OwnedBlock::new(cap * 40);
            drop(std::mem::replace(&mut self.modified_ini_mem[1], block));
        }
    }

    /// Puts a directive back to `v` after `ini_restore` (its side effects, not its record).
    fn apply_restored_ini(&mut self, k: &str, v: &str) {
        match k {
            "memory_limit" => {
                if let Some(q) = parse_quantity(v) {
                    let _ = memphis_mm::set_limit(if q < 0 { usize::MAX } else { q as usize });
                }
            }
            "error_reporting" => self.error_reporting = v.trim().parse().unwrap_or(0),
            "zend.enable_gc" => {
                memphis_values::gc::enable(crate::ini_truthy(v));
            }
            _ => {}
        }
        self.ini.insert(k.to_string(), v.to_string());
    }

    /// `ini_set` at run time; returns the old value or None when refused.
    pub(crate) fn ini_set(&mut self, k: &str, v: &str) -> Result<Option<String>, Flow> {
        let old = self.ini.get(k).cloned();
        let Some(old) = old else { return Ok(None) };
        // Only directives a script may change (PHP_INI_USER) are changed at run time.
        if directive(k).is_some_and(|d| d.2 & 1 == 0) {
            return Ok(None);
        }
        // The session extension refuses changes once output has gone out (headers sent).
        if k.starts_with("session.") && self.out.started_at.is_some() {
            self.warn("ini_set(): Session ini settings cannot be changed after headers have already been sent")?;
            return Ok(None);
        }
        self.note_ini_modified(k);
        match k {
            "memory_limit" => {
                let q = parse_quantity(v).unwrap_or(0);
                let lim = if q < 0 { usize::MAX } else { q as usize };
                if let Err(cur) = memphis_mm::set_limit(lim) {
                    self.warn(&format!(
                        "Failed to set memory limit to {} bytes (Current memory usage is {} bytes)",
                        q, cur
                    ))?;
                    return Ok(None);
                }
            }
            "error_reporting" => self.error_reporting = v.trim().parse().unwrap_or(0),
            "zend.enable_gc" => {
                memphis_values::gc::enable(crate::ini_truthy(v));
            }
            "precision" => {
                memphis_compiler::set_fold_precision(v.trim().parse().unwrap_or(14));
            }
            "serialize_precision" => {}
            // PHP's `OnSetExceptionStringParamMaxLen`: 0 to 1 000 000, else refused.
            "zend.exception_string_param_max_len"
                if !(0..=1_000_000).contains(&crate::ini_long(v)) =>
            {
                return Ok(None);
            }
            "zend.assertions" => {
                // Only php.ini may switch compiling them on or off (-1); between 0 and 1 it
                // is a run-time switch.
                let new = crate::ini_long(v);
                if (self.assertions < 0 || new < 0) && new != self.assertions {
                    self.warn(
                        "zend.assertions may be completely enabled or disabled only in php.ini",
                    )?;
                    return Ok(None);
                }
                self.assertions = new;
                memphis_compiler::set_assertions(new);
            }
            // The deprecated assert settings, when set away from their defaults.
            "assert.active" | "assert.exception" | "assert.warning" if !crate::ini_truthy(v) => {
                self.raise(
                    crate::errors::e::DEPRECATED,
                    &format!("ini_set(): {k} INI setting is deprecated"),
                )?;
            }
            "assert.bail" | "assert.callback"
                if (k == "assert.bail" && crate::ini_truthy(v))
                    || (k == "assert.callback" && !v.is_empty()) =>
            {
                self.raise(
                    crate::errors::e::DEPRECATED,
                    &format!("ini_set(): {k} INI setting is deprecated"),
                )?;
            }
            _ => {}
        }
        self.ini.insert(k.to_string(), v.to_string());
        Ok(Some(old))
    }
}

pub(crate) fn vm_of(e: &mut dyn Engine) -> &mut Vm {
    match e.as_any().downcast_mut::<Vm>() {
        Some(v) => v,
        None => unreachable_engine(),
    }
}

fn unreachable_engine() -> ! {
    // Builtins are only ever called by the VM.
    std::process::abort()
}

fn b_function_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?;
    let vm = vm_of(e);
    // `exit` and `die` are functions in PHP 8.4 (the compiler makes their calls).
    let lc = n.as_bytes().to_ascii_lowercase();
    let lc = lc.strip_prefix(b"\\").unwrap_or(&lc);
    Ok(Zval::Bool(
        vm.find_function(n.as_bytes()).is_some()
            || crate::call::frame_function(n.as_bytes()).is_some()
            || lc == b"exit"
            || lc == b"die",
    ))
}

fn b_is_callable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let ok = e.is_callable(&v);
    // The third argument receives the callable's name as PHP spells it.
    if let Some(Zval::Ref(r)) = a.raw(2) {
        let name = match &v {
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
        };
        drop(r.replace(Zval::str(name.as_bytes())));
    }
    Ok(Zval::Bool(ok))
}

fn b_call_user_func(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let f = a.callable(e, 0)?;
    let args: Vec<Zval> = a.vals.drain(1..).collect();
    e.call(&f, args)
}

fn b_call_user_func_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let f = a.callable(e, 0)?;
    let arr = a.array(e, 1)?;
    let vm = vm_of(e);
    let callee = vm.resolve_callable(&f, true)?;
    let user = match &callee {
        Callee::User { func, .. } => Some(func.clone()),
        _ => None,
    };
    // Named keys become named arguments.
    vm.push_call(callee);
    for (i, (k, v)) in arr.iter().enumerate() {
        // A value for a by-reference parameter: PHP's warning (`SEND_ARRAY`), then the value.
        if let (Some(func), memphis_values::KeyRef::Int(_)) = (&user, k) {
            if func.params.get(i).is_some_and(|p| p.by_ref && !p.variadic)
                && !matches!(v, Zval::Ref(_))
            {
                vm.warn_by_ref_value_given(func, i)?;
            }
        }
        match k {
            memphis_values::KeyRef::Int(_) => vm.send(v.clone(), None)?,
            memphis_values::KeyRef::Str(s) => vm.send(v.clone(), Some(s.clone()))?,
        }
    }
    let depth = vm.frames.len();
    vm.native_depth += 1;
    let r = vm.do_call(crate::RetTo::Native);
    let r = match r {
        Ok(()) => {
            if vm.frames.len() > depth {
                let entry = vm.frames.len() - 1;
                vm.run(entry)
            } else {
                Ok(std::mem::take(&mut vm.native_ret))
            }
        }
        Err(e) => Err(e),
    };
    vm.native_depth -= 1;
    r
}

/// Calls `callee` with `args` from a builtin, the way `call_user_func_array` does.
fn call_with_args(vm: &mut Vm, callee: Callee, args: Vec<Zval>) -> BResult {
    vm.push_call(callee);
    for v in args {
        vm.send(v, None)?;
    }
    let depth = vm.frames.len();
    vm.native_depth += 1;
    let r = match vm.do_call(crate::RetTo::Native) {
        Ok(()) if vm.frames.len() > depth => {
            let entry = vm.frames.len() - 1;
            vm.run(entry)
        }
        Ok(()) => Ok(std::mem::take(&mut vm.native_ret)),
        Err(e) => Err(e),
    };
    vm.native_depth -= 1;
    r
}

/// `forward_static_call` and `forward_static_call_array`: a call whose late static binding
/// stays the calling method's when the callee's class is one of its ancestors.
fn forward_static(e: &mut dyn Engine, a: &mut Args, name: &str, args: Vec<Zval>) -> BResult {
    let f = a.callable(e, 0)?;
    let vm = vm_of(e);
    let (scope, called) = match vm.frames.last() {
        Some(fr) => (fr.scope.clone(), fr.static_class.clone()),
        None => (None, None),
    };
    // (Only forward_static_call itself insists on a class scope.)
    if scope.is_none() && name == "forward_static_call" {
        return Err(vm.throw_error(
            "Error",
            format!("Cannot call {name}() when no class scope is active"),
        ));
    }
    let mut callee = vm.resolve_callable(&f, true)?;
    if let (
        Callee::User {
            this: None,
            static_class: Some(sc),
            ..
        },
        Some(called),
    ) = (&mut callee, called)
    {
        if crate::class::instance_of(&called, sc) {
            *sc = called;
        }
    }
    call_with_args(vm, callee, args)
}

fn b_forward_static_call(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let args: Vec<Zval> = a.vals.drain(1..).collect();
    forward_static(e, a, "forward_static_call", args)
}

fn b_forward_static_call_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let arr = a.array(e, 1)?;
    let args = arr.values().map(|v| v.deref()).collect();
    forward_static(e, a, "forward_static_call_array", args)
}

fn b_get_mangled_object_vars(e: &mut dyn Engine, a: &mut Args) -> BResult {
    match a.get(0) {
        Zval::Obj(o) => Ok(Zval::Arr(memphis_std::var::object_to_array(e, &o))),
        v => {
            let vm = vm_of(e);
            Err(a.type_error(vm, 0, "object", &v))
        }
    }
}

fn b_get_class(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    if !a.has(0) {
        return match vm.frames.last().and_then(|f| f.scope.clone()) {
            Some(s) => Ok(Zval::Str(s.name.clone())),
            None => Err(vm.throw_error(
                "Error",
                "get_class() without arguments must be called from within a class".into(),
            )),
        };
    }
    match a.get(0) {
        Zval::Obj(o) => Ok(Zval::str(memphis_std::var::class_display(&o).as_bytes())),
        v => Err(a.type_error(vm, 0, "object", &v)),
    }
}

fn b_get_parent_class(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let ce = if !a.has(0) {
        vm.frames.last().and_then(|f| f.scope.clone())
    } else {
        match a.get(0) {
            Zval::Obj(o) => Some(o.class().clone()),
            Zval::Str(s) => vm.lookup_class(s.as_bytes()),
            _ => None,
        }
    };
    Ok(match ce.and_then(|c| c.parent.clone()) {
        Some(p) => Zval::Str(p.name.clone()),
        None => Zval::Bool(false),
    })
}

/// `__memphis_class_info($objectOrName)`: what ReflectionClass reads of a class — its
/// declared name, flag bits (1 interface, 2 abstract, 4 final, 8 anonymous, 16 enum, 32 trait,
/// 64 internal, 128 constructor not public), parent name — or null when there is none.
fn b_class_info(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Null);
    };
    let f = ce.flags;
    let mut bits = 0i64;
    for (acc_bit, bit) in [
        (acc::INTERFACE, 1),
        (acc::ABSTRACT, 2),
        (acc::FINAL, 4),
        (acc::ANON, 8),
        (acc::ENUM, 16),
        (acc::TRAIT, 32),
    ] {
        if f & acc_bit != 0 {
            bits |= bit;
        }
    }
    if vmc(&ce).internal {
        bits |= 64;
    }
    if vmc(&ce)
        .ctor
        .as_ref()
        .is_some_and(|m| m.flags & (acc::PRIVATE | acc::PROTECTED) != 0)
    {
        bits |= 128;
    }
    let parent = match &ce.parent {
        Some(p) => Zval::Str(p.name.clone()),
        None => Zval::Null,
    };
    Ok(Zval::Arr(ZArr::from_values([
        Zval::Str(ce.name.clone()),
        Zval::Long(bits),
        parent,
    ])))
}

/// `__memphis_class_constants($name)`: a class's constants as PHP lists them (its own in
/// declaration order, then inherited ones).
fn b_class_constants(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Arr(ZArr::new()));
    };
    let mut names: Vec<String> = Vec::new();
    let mut chain = vec![ce.clone()];
    let mut i = 0;
    while i < chain.len() {
        let k = chain[i].clone();
        if let Some(d) = &vmc(&k).decl {
            for c in &d.consts {
                if !names.contains(&c.name) {
                    names.push(c.name.clone());
                }
            }
        }
        if let Some(p) = &k.parent {
            chain.push(p.clone());
        }
        for iface in vmc(&k).interfaces.clone() {
            if let Some(ic) = vm.lookup_class(&iface) {
                if !chain.iter().any(|c| Rc::ptr_eq(c, &ic)) {
                    chain.push(ic);
                }
            }
        }
        i += 1;
    }
    let mut out = ZArr::new();
    for n in names {
        let v = vm.class_constant(&ce, n.as_bytes())?;
        out.insert(Key::Str(ZStr::new(n.as_bytes())), v);
    }
    Ok(Zval::Arr(out))
}

/// `__memphis_class_members($class, $kind)`: the methods (`$kind` 0) or properties (1) a
/// class shows to reflection, in PHP's order: its own in declaration order, then what it
/// inherits in its parent's order (an ancestor's private members are not the class's), then
/// what its traits bring. A list of `[declaring class, name, modifier bits, parameters,
/// required parameters]`; with `$name`, just that member's entry (a method's name compared
/// without case), or null.
fn b_class_members(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let kind = convert_long(&a.get(1));
    let want = match a.get(2) {
        Zval::Str(s) => Some(s),
        _ => None,
    };
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(if want.is_some() {
            Zval::Null
        } else {
            Zval::Arr(ZArr::new())
        });
    };
    let all = class_members(vm, &ce, kind);
    let Some(want) = want else {
        return Ok(Zval::Arr(all));
    };
    for (_, m) in all.iter() {
        if let Zval::Arr(entry) = m {
            if let Some(Zval::Str(n)) = entry.get_int(1) {
                let hit = if kind == 0 {
                    n.as_bytes().eq_ignore_ascii_case(want.as_bytes())
                } else {
                    n.as_bytes() == want.as_bytes()
                };
                if hit {
                    return Ok(m.clone());
                }
            }
        }
    }
    Ok(Zval::Null)
}

/// The member list of `b_class_members`.
fn class_members(vm: &mut Vm, ce: &Rc<ClassEntry>, kind: i64) -> ZArr {
    let ce = ce.clone();
    let mut out = ZArr::new();
    if kind == 0 {
        for lc in method_order(vm, &ce) {
            let Some(m) = vmc(&ce).methods.get(&lc).cloned() else {
                continue;
            };
            let Some(decl) = m.class() else { continue };
            let (np, nr) = match &m.imp {
                crate::class::MethodImpl::User(f) => (f.params.len(), f.required as usize),
                crate::class::MethodImpl::Native(s) => (s.params.len(), s.params.len()),
            };
            out.push(Zval::Arr(ZArr::from_values([
                Zval::Str(decl.name.clone()),
                Zval::Str(ZStr::new(m.name.as_bytes())),
                Zval::Long((m.flags & 0xff) as i64),
                Zval::Long(np as i64),
                Zval::Long(nr as i64),
            ])));
        }
    } else {
        for (class, name, flags) in prop_order(vm, &ce) {
            out.push(Zval::Arr(ZArr::from_values([
                Zval::Str(class),
                Zval::Str(ZStr::new(name.as_bytes())),
                Zval::Long((flags & 0xff) as i64),
            ])));
        }
    }
    out
}

/// The lowercase names of a class's methods in PHP's table order (see `b_class_members`).
fn method_order(vm: &mut Vm, c: &Rc<ClassEntry>) -> Vec<Vec<u8>> {
    let own = |k: &Rc<ClassEntry>| -> Vec<Vec<u8>> {
        vmc(k)
            .decl
            .as_ref()
            .map(|d| {
                d.methods
                    .iter()
                    .map(|f| f.name.to_ascii_lowercase().into_bytes())
                    .filter(|n| !n.starts_with(b"$"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut names = own(c);
    if let Some(p) = c.parent.clone() {
        for n in method_order(vm, &p) {
            let private = vmc(&p)
                .methods
                .get(&n)
                .is_some_and(|m| m.flags & acc::PRIVATE != 0);
            if !private && !names.contains(&n) {
                names.push(n);
            }
        }
    }
    let traits = vmc(c)
        .decl
        .as_ref()
        .map(|d| d.traits.clone())
        .unwrap_or_default();
    for t in traits {
        if let Some(tc) = vm.lookup_class(t.trim_start_matches('\\').as_bytes()) {
            for n in method_order(vm, &tc) {
                if !names.contains(&n) && vmc(c).methods.contains_key(&n) {
                    names.push(n);
                }
            }
        }
    }
    names
}

/// A class's properties in PHP's table order: (declaring class, name, modifier bits).
fn prop_order(vm: &mut Vm, c: &Rc<ClassEntry>) -> Vec<(ZStr, String, u32)> {
    let mut out: Vec<(ZStr, String, u32)> = Vec::new();
    let decl = vmc(c).decl.clone();
    if let Some(d) = &decl {
        for p in &d.props {
            out.push((c.name.clone(), p.name.clone(), p.flags));
        }
    }
    if let Some(par) = c.parent.clone() {
        for (k, n, f) in prop_order(vm, &par) {
            if f & acc::PRIVATE == 0 && !out.iter().any(|(_, x, _)| *x == n) {
                out.push((k, n, f));
            }
        }
    }
    for t in decl.map(|d| d.traits.clone()).unwrap_or_default() {
        if let Some(tc) = vm.lookup_class(t.trim_start_matches('\\').as_bytes()) {
            for (_, n, f) in prop_order(vm, &tc) {
                if !out.iter().any(|(_, x, _)| *x == n) {
                    out.push((c.name.clone(), n, f));
                }
            }
        }
    }
    out
}

/// `__memphis_deprecated($message)`: an E_DEPRECATED from a built-in class, at the user
/// code's line.
fn b_deprecated(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let msg = a.get(0);
    let vm = vm_of(e);
    let (file, line) = vm.user_location();
    let msg = String::from_utf8_lossy(match &msg {
        Zval::Str(s) => s.as_bytes(),
        _ => b"",
    })
    .into_owned();
    vm.raise_at(crate::errors::e::DEPRECATED, &msg, &file, line)?;
    Ok(Zval::Null)
}

/// `__memphis_invoke($object, $class, $method, $args)`: calls a method whatever its
/// visibility (ReflectionMethod::invoke; `$object` null for a static method).
fn b_invoke(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let (obj, cls, name, args) = (a.get(0), a.get(1), a.get(2), a.get(3));
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &cls) else {
        return Ok(Zval::Null);
    };
    let lc = match &name {
        Zval::Str(s) => s.as_bytes().to_ascii_lowercase(),
        _ => return Ok(Zval::Null),
    };
    let Some(m) = vmc(&ce).methods.get(&lc).cloned() else {
        return Ok(Zval::Null);
    };
    let this = match obj {
        Zval::Obj(o) if m.flags & acc::STATIC == 0 => Some(o),
        _ => None,
    };
    let called = this.as_ref().map(|t| t.class().clone()).unwrap_or(ce);
    let callee = vm.method_to_callee(&m, this, called);
    let args = match args {
        Zval::Arr(arr) => arr.iter().map(|(_, v)| v.clone()).collect(),
        _ => Vec::new(),
    };
    vm.call_callee(callee, args)
}

/// `__memphis_prop_access($object, $class, $name, $write, $value)`: reads (or writes) a
/// property whatever its visibility (ReflectionProperty; `$object` null for a static one).
fn b_prop_access(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let (obj, cls, name, write, value) = (a.get(0), a.get(1), a.get(2), a.get(3), a.get(4));
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &cls) else {
        return Ok(Zval::Null);
    };
    let Zval::Str(name) = name else {
        return Ok(Zval::Null);
    };
    let write = memphis_values::convert::to_bool(&write);
    match obj {
        Zval::Obj(o) => {
            // Seen from the declaring class: its private and protected members are in reach.
            vm.with_scope(Some(ce), |vm| {
                if write {
                    vm.write_prop(&o, &name, value).map(|_| Zval::Null)
                } else {
                    vm.read_prop(&o, &name, false)
                }
            })
        }
        _ => {
            crate::class::init_statics(&ce);
            let Some((cell, ..)) = vmc(&ce).statics.get(name.as_bytes()).cloned() else {
                return Ok(Zval::Null);
            };
            if write {
                drop(cell.replace(value));
                Ok(Zval::Null)
            } else {
                Ok(cell.get().into_deref())
            }
        }
    }
}

/// `__memphis_instantiate($name)`: a new instance without running its constructor.
fn b_instantiate(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Null);
    };
    Ok(Zval::Obj(vm.instantiate(&ce)))
}

fn class_of_arg(vm: &mut Vm, v: &Zval) -> Option<Rc<ClassEntry>> {
    match v {
        Zval::Obj(o) => Some(o.class().clone()),
        Zval::Str(s) => vm.lookup_class(s.as_bytes()),
        _ => None,
    }
}

fn b_method_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let m = a.str(e, 1)?;
    let vm = vm_of(e);
    if !matches!(v, Zval::Obj(_) | Zval::Str(_)) {
        return Err(a.type_error(vm, 0, "object|string", &v));
    }
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Bool(false));
    };
    let lc = m.as_bytes().to_ascii_lowercase();
    Ok(Zval::Bool(
        Vm::find_method(&ce, &lc).is_some() || (ce.lcname == b"closure" && lc == b"__invoke"),
    ))
}

fn b_property_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let p = a.str(e, 1)?;
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Bool(false));
    };
    // Private properties of parent classes are not the class's own.
    let declared = ce.props.iter().any(|x| {
        x.name.as_bytes() == p.as_bytes()
            && (x.flags & acc::PRIVATE == 0 || x.declaring.as_bytes() == ce.name.as_bytes())
    });
    if declared || vmc(&ce).statics.contains_key(p.as_bytes()) {
        return Ok(Zval::Bool(true));
    }
    if let Zval::Obj(o) = &v {
        if o.dyn_props()
            .is_some_and(|t| t.get_str(p.as_bytes()).is_some())
        {
            return Ok(Zval::Bool(true));
        }
    }
    Ok(Zval::Bool(false))
}

fn class_exists_kind(e: &mut dyn Engine, a: &mut Args, want: fn(u32) -> bool) -> BResult {
    let n = a.str(e, 0)?;
    let autoload = a.bool_or(e, 1, true)?;
    let vm = vm_of(e);
    let ce = if autoload {
        vm.lookup_class(n.as_bytes())
    } else {
        let lc = n.as_bytes().to_ascii_lowercase();
        vm.declared_class(lc.strip_prefix(b"\\").unwrap_or(&lc))
    };
    Ok(Zval::Bool(ce.is_some_and(|c| want(c.flags))))
}

/// Names PHP reserves, which no class or alias may take.
const RESERVED_CLASS_NAMES: [&str; 15] = [
    "bool", "false", "float", "int", "null", "parent", "self", "static", "string", "true", "void",
    "never", "iterable", "object", "mixed",
];

/// The word PHP uses for a class entry's kind in messages.
fn class_kind_word(flags: u32) -> &'static str {
    if flags & acc::ENUM != 0 {
        "enum"
    } else if flags & acc::INTERFACE != 0 {
        "interface"
    } else if flags & acc::TRAIT != 0 {
        "trait"
    } else {
        "class"
    }
}

fn b_class_alias(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let class = a.str(e, 0)?;
    let alias = a.str(e, 1)?;
    let autoload = a.bool_or(e, 2, true)?;
    let vm = vm_of(e);
    let ce = if autoload {
        vm.lookup_class(class.as_bytes())
    } else {
        let lc = class.as_bytes().to_ascii_lowercase();
        vm.declared_class(lc.strip_prefix(b"\\").unwrap_or(&lc))
    };
    let Some(ce) = ce else {
        vm.warn(&format!(
            "Class \"{}\" not found",
            class.to_string_lossy().trim_start_matches('\\')
        ))?;
        return Ok(Zval::Bool(false));
    };
    let shown = alias.to_string_lossy();
    let shown = shown.trim_start_matches('\\');
    let lc = shown.to_ascii_lowercase();
    if RESERVED_CLASS_NAMES.contains(&lc.as_str()) {
        let (file, line) = (vm.current_file(), vm.current_line());
        return Err(vm.fatal_at(
            &format!("Cannot use \"{shown}\" as a class alias as it is reserved"),
            &file,
            line,
        ));
    }
    // PHP words the clash as a redeclaration of the aliased class under the alias's name: its
    // kind, and where it was declared when it is a user class.
    if vm.declared_class(lc.as_bytes()).is_some() {
        let v = crate::class::vmc(&ce);
        let msg = match &v.decl {
            Some(d) if !v.internal => {
                let file = d
                    .methods
                    .first()
                    .map(|m| m.file.to_string())
                    .unwrap_or_else(|| vm.current_file().to_string());
                format!(
                    "Cannot redeclare {} {} (previously declared in {}:{})",
                    class_kind_word(ce.flags),
                    shown,
                    file,
                    d.line
                )
            }
            _ => format!("Cannot redeclare {} {}", class_kind_word(ce.flags), shown),
        };
        vm.warn(&msg)?;
        return Ok(Zval::Bool(false));
    }
    vm.insert_class(lc.into_bytes(), ce);
    Ok(Zval::Bool(true))
}

/// `get_declared_classes` and its kin: names in declaration order, an alias as its
/// lowercase key.
fn declared(e: &mut dyn Engine, want: fn(u32) -> bool) -> BResult {
    let vm = vm_of(e);
    crate::prelude::declare_all_lazy(vm);
    let mut out = ZArr::new();
    let mut seen = std::collections::HashSet::new();
    for lc in &vm.class_order {
        // (A name can come back after a failed declaration; the prelude's helpers are not
        // PHP's classes.)
        if !seen.insert(lc) || lc.starts_with(b"__memphis") {
            continue;
        }
        let Some(ce) = vm.classes.get(lc) else {
            continue;
        };
        if !want(ce.flags)
            || crate::class::vmc(ce).decl.is_none() && !crate::class::vmc(ce).internal
        {
            continue;
        }
        let name = if ce.lcname == *lc {
            Zval::Str(ce.name.clone())
        } else {
            Zval::str(lc)
        };
        out.push(name);
    }
    Ok(Zval::Arr(out))
}

fn b_get_declared_classes(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    declared(e, |f| f & (acc::INTERFACE | acc::TRAIT) == 0)
}

fn b_get_declared_interfaces(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    declared(e, |f| f & acc::INTERFACE != 0)
}

fn b_get_declared_traits(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    declared(e, |f| f & acc::TRAIT != 0)
}

/// Adds option `key` to `getopt`'s result: a second occurrence makes the entry a list.
fn getopt_add(out: &mut ZArr, key: &[u8], v: Zval) {
    let k = Key::from_bytes(key);
    match out.get_mut(&k) {
        Some(Zval::Arr(list)) => {
            list.push(v);
        }
        Some(old) => {
            let first = std::mem::take(old);
            *old = Zval::Arr(ZArr::from_values([first, v]));
        }
        None => {
            out.insert(k, v);
        }
    }
}

/// `getopt`: the script's options as PHP's parser reads them (no permutation: parsing stops
/// at the first non-option or after `--`; unknown options and required values that are
/// missing are skipped).
fn b_getopt(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let short = a.str(e, 0)?;
    let long: Vec<Vec<u8>> = if a.has(1) {
        let arr = a.array(e, 1)?;
        let mut v = Vec::new();
        for x in arr.values() {
            v.push(e.to_zstr(&x.deref())?.as_bytes().to_vec());
        }
        v
    } else {
        Vec::new()
    };
    // 0: no value, 1: required, 2: optional (attached only).
    let mut shorts: Vec<(u8, u8)> = Vec::new();
    let sb = short.as_bytes();
    let mut k = 0;
    while k < sb.len() {
        let c = sb[k];
        k += 1;
        let mut kind = 0;
        while k < sb.len() && sb[k] == b':' && kind < 2 {
            kind += 1;
            k += 1;
        }
        shorts.push((c, kind));
    }
    let longs: Vec<(Vec<u8>, u8)> = long
        .iter()
        .map(|l| {
            let colons = l.iter().rev().take_while(|&&c| c == b':').count().min(2);
            (l[..l.len() - colons].to_vec(), colons as u8)
        })
        .collect();
    let vm = vm_of(e);
    let args = vm.argv.clone();
    let mut out = ZArr::new();
    let mut i = 1;
    while i < args.len() {
        let arg = &args[i];
        if arg.as_slice() == b"--" {
            i += 1;
            break;
        }
        if arg.len() < 2 || arg[0] != b'-' {
            break;
        }
        if let Some(body) = arg.strip_prefix(b"--") {
            let (name, val) = match body.iter().position(|&c| c == b'=') {
                Some(p) => (&body[..p], Some(&body[p + 1..])),
                None => (body, None),
            };
            // `--name=` with nothing after it is no option at all.
            if val.is_some_and(|v| v.is_empty()) {
                i += 1;
                continue;
            }
            match longs
                .iter()
                .find(|(n, _)| n.as_slice() == name)
                .map(|x| x.1)
            {
                Some(0) => getopt_add(&mut out, name, Zval::Bool(false)),
                Some(1) => {
                    if let Some(v) = val {
                        getopt_add(&mut out, name, Zval::str(v));
                    } else if i + 1 < args.len() {
                        i += 1;
                        getopt_add(&mut out, name, Zval::str(&args[i]));
                    }
                }
                Some(_) => {
                    let v = val.map_or(Zval::Bool(false), Zval::str);
                    getopt_add(&mut out, name, v);
                }
                None => {}
            }
            i += 1;
            continue;
        }
        let chars = &arg[1..];
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            match shorts.iter().find(|(x, _)| *x == c).map(|x| x.1) {
                Some(0) => {
                    getopt_add(&mut out, &[c], Zval::Bool(false));
                    j += 1;
                }
                Some(1) => {
                    if j + 1 < chars.len() {
                        getopt_add(&mut out, &[c], Zval::str(&chars[j + 1..]));
                    } else if i + 1 < args.len() {
                        i += 1;
                        getopt_add(&mut out, &[c], Zval::str(&args[i]));
                    }
                    break;
                }
                Some(_) => {
                    let v = if j + 1 < chars.len() {
                        Zval::str(&chars[j + 1..])
                    } else {
                        Zval::Bool(false)
                    };
                    getopt_add(&mut out, &[c], v);
                    break;
                }
                None => j += 1,
            }
        }
        i += 1;
    }
    a.set_ref(2, Zval::Long(i as i64));
    Ok(Zval::Arr(out))
}

/// `date_create` / `date_create_immutable`: a new object of `class`, or false when the time
/// string does not parse (the constructor's exception is not raised).
fn date_create_common(e: &mut dyn Engine, a: &mut Args, class: &str) -> BResult {
    let args: Vec<Zval> = a.vals.iter().map(|v| v.deref()).collect();
    let vm = vm_of(e);
    let Some(ce) = vm.lookup_class(class.as_bytes()) else {
        return Ok(Zval::Bool(false));
    };
    let o = vm.instantiate(&ce);
    match vm.call_method(&o, "__construct", args) {
        Ok(_) => Ok(Zval::Obj(o)),
        Err(Flow::Throw(ex)) if crate::class::instance_of_name(ex.class(), b"exception") => {
            Ok(Zval::Bool(false))
        }
        Err(f) => Err(f),
    }
}

fn b_date_create(e: &mut dyn Engine, a: &mut Args) -> BResult {
    date_create_common(e, a, "DateTime")
}

fn b_date_create_immutable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    date_create_common(e, a, "DateTimeImmutable")
}

/// `date_create_from_format` and its immutable twin: the class's `createFromFormat`.
fn date_from_format(e: &mut dyn Engine, a: &mut Args, method: &[u8]) -> BResult {
    let format = a.str(e, 0)?;
    let datetime = a.str(e, 1)?;
    let mut args = vec![Zval::Str(format), Zval::Str(datetime)];
    if a.has(2) {
        args.push(a.get(2).deref());
    }
    vm_of(e).call_value(&Zval::str(method), args)
}

fn b_date_create_from_format(e: &mut dyn Engine, a: &mut Args) -> BResult {
    date_from_format(e, a, b"DateTime::createFromFormat")
}

fn b_date_create_immutable_from_format(e: &mut dyn Engine, a: &mut Args) -> BResult {
    date_from_format(e, a, b"DateTimeImmutable::createFromFormat")
}

/// The procedural date functions: argument 0 must be an instance of `iface` (a lowercase
/// class or interface name, named `shown` in PHP's TypeError), the rest go to its method.
fn date_method(
    e: &mut dyn Engine,
    a: &mut Args,
    iface: &[u8],
    shown: &str,
    method: &str,
) -> BResult {
    let target = a.get(0);
    let ok = matches!(&target, Zval::Obj(o) if crate::class::instance_of_name(o.class(), iface));
    if !ok {
        return Err(a.type_error(e, 0, shown, &target));
    }
    let Zval::Obj(o) = target else {
        return Ok(Zval::Null);
    };
    let args: Vec<Zval> = a.vals.iter().skip(1).map(|v| v.deref()).collect();
    vm_of(e).call_method(&o, method, args)
}

macro_rules! date_fn {
    ($name:ident, $iface:expr, $shown:expr, $method:expr) => {
        fn $name(e: &mut dyn Engine, a: &mut Args) -> BResult {
            date_method(e, a, $iface, $shown, $method)
        }
    };
}

date_fn!(
    b_date_format,
    b"datetimeinterface",
    "DateTimeInterface",
    "format"
);
date_fn!(
    b_date_diff,
    b"datetimeinterface",
    "DateTimeInterface",
    "diff"
);
date_fn!(b_date_add, b"datetime", "DateTime", "add");
date_fn!(b_date_sub, b"datetime", "DateTime", "sub");
date_fn!(b_date_modify, b"datetime", "DateTime", "modify");
date_fn!(
    b_date_timestamp_get,
    b"datetimeinterface",
    "DateTimeInterface",
    "gettimestamp"
);
date_fn!(
    b_date_timestamp_set,
    b"datetime",
    "DateTime",
    "settimestamp"
);
date_fn!(b_date_date_set, b"datetime", "DateTime", "setdate");
date_fn!(b_date_time_set, b"datetime", "DateTime", "settime");
date_fn!(
    b_date_offset_get,
    b"datetimeinterface",
    "DateTimeInterface",
    "getoffset"
);
date_fn!(
    b_date_timezone_get,
    b"datetimeinterface",
    "DateTimeInterface",
    "gettimezone"
);
date_fn!(
    b_date_interval_format,
    b"dateinterval",
    "DateInterval",
    "format"
);

fn b_class_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    class_exists_kind(e, a, |f| {
        f & (acc::INTERFACE | acc::TRAIT | acc::ENUM) == 0
            || f & acc::ENUM != 0 && f & acc::INTERFACE == 0
    })
}
fn b_interface_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    class_exists_kind(e, a, |f| f & acc::INTERFACE != 0)
}
fn b_trait_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    class_exists_kind(e, a, |f| f & acc::TRAIT != 0)
}
fn b_enum_exists(e: &mut dyn Engine, a: &mut Args) -> BResult {
    class_exists_kind(e, a, |f| f & acc::ENUM != 0)
}

fn b_get_object_vars(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(o) = a.get(0) else {
        let v = a.get(0);
        return Err(a.type_error(vm, 0, "object", &v));
    };
    if let Some(t) = vm.shared_props_table(&o) {
        return Ok(Zval::Arr(t));
    }
    vm.build_props_table(&o);
    let mut arr = ZArr::new();
    for (k, v) in vm.visible_props(&o)? {
        match k {
            Zval::Str(s) => arr.insert(Key::from_zstr(&s), v),
            Zval::Long(i) => arr.insert(Key::Int(i), v),
            _ => true,
        };
    }
    Ok(Zval::Arr(arr))
}

fn b_get_class_methods(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Err(a.type_error(vm, 0, "object|string", &v));
    };
    let mut names: Vec<(usize, Rc<str>)> = Vec::new();
    // Declaration order: own methods first, then inherited.
    let mut chain = Vec::new();
    let mut c = Some(ce.clone());
    while let Some(k) = c {
        chain.push(k.clone());
        c = k.parent.clone();
    }
    let mut seen = std::collections::HashSet::new();
    for (depth, k) in chain.iter().enumerate() {
        if let Some(d) = &vmc(k).decl {
            for m in d.methods.iter() {
                let lc = m.name.to_ascii_lowercase();
                if seen.insert(lc.clone()) {
                    if let Some(mm) = vmc(&ce).methods.get(lc.as_bytes()) {
                        if mm.flags & acc::PUBLIC != 0
                            || vm.frames.last().and_then(|f| f.scope.clone()).is_some()
                        {
                            names.push((depth, mm.name.clone()));
                        }
                    }
                }
            }
        }
    }
    Ok(Zval::Arr(ZArr::from_values(
        names.into_iter().map(|(_, n)| Zval::str(n.as_bytes())),
    )))
}

fn b_spl_object_id(e: &mut dyn Engine, a: &mut Args) -> BResult {
    match a.get(0) {
        Zval::Obj(o) => Ok(Zval::Long(o.handle() as i64)),
        v => Err(a.type_error(e, 0, "object", &v)),
    }
}

fn b_spl_object_hash(e: &mut dyn Engine, a: &mut Args) -> BResult {
    match a.get(0) {
        Zval::Obj(o) => Ok(Zval::str(format!("{:032x}", o.handle()).as_bytes())),
        v => Err(a.type_error(e, 0, "object", &v)),
    }
}

fn b_spl_autoload_register(e: &mut dyn Engine, a: &mut Args) -> BResult {
    if !a.has(0) {
        return Ok(Zval::Bool(true));
    }
    let f = a.callable(e, 0)?;
    let prepend = a.bool_or(e, 2, false)?;
    let vm = vm_of(e);
    if prepend {
        vm.autoloaders.insert(0, f);
    } else {
        vm.autoloaders.push(f);
    }
    Ok(Zval::Bool(true))
}

/// `spl_autoload_functions()`: the registered autoloaders, in calling order.
fn b_spl_autoload_functions(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    Ok(Zval::Arr(ZArr::from_values(vm.autoloaders.clone())))
}

/// `spl_autoload_unregister()`: removes a registered autoloader.
fn b_spl_autoload_unregister(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let f = a.callable(e, 0)?;
    let vm = vm_of(e);
    let before = vm.autoloaders.len();
    let mut i = 0;
    while i < vm.autoloaders.len() {
        let same = match (&vm.autoloaders[i], &f) {
            (Zval::Obj(x), Zval::Obj(y)) => x.ptr_eq(y),
            (x, y) => memphis_values::convert::strict_eq(x, y),
        };
        if same {
            vm.autoloaders.remove(i);
            break;
        }
        i += 1;
    }
    Ok(Zval::Bool(vm.autoloaders.len() < before))
}

fn b_iterator_to_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let preserve = a.bool_or(e, 1, true)?;
    let vm = vm_of(e);
    let items = vm.iterate_all(&v)?;
    let mut arr = ZArr::new();
    for (k, v) in items {
        if preserve {
            let key = vm.dim_key(&k)?;
            arr.insert(key, v);
        } else {
            arr.push(v);
        }
    }
    Ok(Zval::Arr(arr))
}

fn b_iterator_count(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    Ok(Zval::Long(vm.iterate_all(&v)?.len() as i64))
}

/// `iterator_apply()`: steps the iterator, calling the callback (with `$args`) at each
/// position until it returns something other than `true`; returns the positions visited.
fn b_iterator_apply(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let it = a.get(0);
    let Zval::Obj(mut o) = it else {
        return Err(a.type_error(e, 0, "Traversable", &it));
    };
    if !instance_of_name(o.class(), b"traversable") {
        return Err(a.type_error(e, 0, "Traversable", &Zval::Obj(o)));
    }
    let cb = a.callable(e, 1)?;
    let args: Vec<Zval> = match a.get(2) {
        Zval::Arr(arr) => arr.values().map(Zval::deref).collect(),
        _ => Vec::new(),
    };
    let vm = vm_of(e);
    // An IteratorAggregate hands out the iterator to step.
    let mut guard = 0;
    while !instance_of_name(o.class(), b"iterator") && guard < 32 {
        guard += 1;
        match vm.call_method(&o, "getiterator", vec![])? {
            Zval::Obj(i) => o = i,
            _ => return Ok(Zval::Long(0)),
        }
    }
    vm.call_method(&o, "rewind", vec![])?;
    let mut n = 0i64;
    loop {
        let valid = vm.call_method(&o, "valid", vec![])?;
        if !memphis_values::convert::to_bool(&valid) {
            break;
        }
        n += 1;
        let r = vm.call_value(&cb, args.clone())?;
        if !matches!(r, Zval::Bool(true)) {
            break;
        }
        vm.call_method(&o, "next", vec![])?;
    }
    Ok(Zval::Long(n))
}

fn b_define(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?;
    let v = a.get(1);
    let vm = vm_of(e);
    if vm.constants.contains_key(n.as_bytes()) {
        vm.warn(&format!("Constant {} already defined", n.to_string_lossy()))?;
        return Ok(Zval::Bool(false));
    }
    vm.constants.insert(n.as_bytes().to_vec(), v);
    vm.user_constants.push(n.as_bytes().to_vec());
    Ok(Zval::Bool(true))
}

/// The extension PHP files an engine constant under in `get_defined_constants(true)`.
fn constant_module(name: &[u8]) -> &'static str {
    if let Some((_, m)) = crate::constants_table::MODULE_OF
        .iter()
        .find(|(n, _)| n.as_bytes() == name)
    {
        return m;
    }
    let starts = |p: &[u8]| name.starts_with(p);
    if starts(b"PREG_") || starts(b"PCRE_") {
        "pcre"
    } else if starts(b"JSON_") {
        "json"
    } else if starts(b"DATE_") || starts(b"SUNFUNCS_") {
        "date"
    } else if starts(b"MT_RAND_") {
        "random"
    } else if starts(b"HASH_") || starts(b"MHASH_") {
        "hash"
    } else if starts(b"FILTER_") || starts(b"INPUT_") {
        "filter"
    } else if starts(b"E_")
        || starts(b"PHP_")
            && !starts(b"PHP_URL_")
            && !starts(b"PHP_ROUND_")
            && !starts(b"PHP_QUERY_")
        || starts(b"ZEND_")
        || starts(b"DEBUG_BACKTRACE_")
        || matches!(
            name,
            b"TRUE"
                | b"FALSE"
                | b"NULL"
                | b"DEFAULT_INCLUDE_PATH"
                | b"PEAR_INSTALL_DIR"
                | b"PEAR_EXTENSION_DIR"
                | b"UPLOAD_ERR_OK"
                | b"STDIN"
                | b"STDOUT"
                | b"STDERR"
        )
    {
        "Core"
    } else {
        "standard"
    }
}

/// `get_include_path()`: the `include_path` setting.
fn b_get_include_path(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let v = vm.ini.get("include_path").cloned().unwrap_or_default();
    Ok(Zval::str(v.as_bytes()))
}

/// `set_include_path($p)`: sets `include_path`, returning the old value (false for an empty
/// path, which PHP refuses).
fn b_set_include_path(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let p = a.str(e, 0)?.to_string_lossy();
    let vm = vm_of(e);
    if p.is_empty() {
        return Ok(Zval::Bool(false));
    }
    Ok(match vm.ini_set("include_path", &p)? {
        Some(old) => Zval::str(old.as_bytes()),
        None => Zval::Bool(false),
    })
}

/// The main script's file status, for the functions PHP answers from it (`getmyuid` is the
/// script owner's uid, not the process's).
fn script_meta(e: &mut dyn Engine) -> Option<std::fs::Metadata> {
    let vm = vm_of(e);
    std::fs::metadata(&*vm.main_file).ok()
}

fn b_getmyuid(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(e).map_or(Zval::Bool(false), |m| Zval::Long(m.uid() as i64)))
}

fn b_getmygid(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(e).map_or(Zval::Bool(false), |m| Zval::Long(m.gid() as i64)))
}

fn b_getmyinode(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(e).map_or(Zval::Bool(false), |m| Zval::Long(m.ino() as i64)))
}

fn b_getlastmod(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(e).map_or(Zval::Bool(false), |m| Zval::Long(m.mtime())))
}

/// `get_current_user()`: the name of the script's owner (from the password file; the uid
/// itself when it has no entry there).
fn b_get_current_user(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    use std::os::unix::fs::MetadataExt;
    let Some(uid) = script_meta(e).map(|m| m.uid()) else {
        return Ok(Zval::str(b""));
    };
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let name = passwd
        .lines()
        .find_map(|l| {
            let mut f = l.split(':');
            let name = f.next()?;
            (f.nth(1)?.parse::<u32>().ok()? == uid).then(|| name.to_string())
        })
        .unwrap_or_else(|| uid.to_string());
    Ok(Zval::str(name.as_bytes()))
}

/// `get_included_files` / `get_required_files`: the script, then every file included, once
/// each, in the order they were first included.
fn b_get_included_files(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let mut out = ZArr::new();
    let mut seen = std::collections::HashSet::new();
    for p in &vm.included {
        let full = std::fs::canonicalize(p)
            .map(|x| x.to_string_lossy().into_owned())
            .unwrap_or_else(|_| p.clone());
        if seen.insert(full.clone()) {
            out.push(Zval::str(full.as_bytes()));
        }
    }
    Ok(Zval::Arr(out))
}

/// `ini_parse_quantity`: an ini size (`128M`, `0x10`, `1g`) as PHP reads it, with its
/// warnings for what it reads only for backwards compatibility.
fn b_ini_parse_quantity(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let shown = s.to_string_lossy();
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let b = s.as_bytes();
    let start = b.iter().position(|c| !ws(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !ws(c)).map_or(start, |p| p + 1);
    let t = &b[start..end];
    if t.is_empty() {
        return Ok(Zval::Long(0));
    }
    let (neg, mut i) = match t[0] {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    let mut radix = 10;
    if t.len() > i + 1 && t[i] == b'0' {
        match t[i + 1] {
            b'x' | b'X' => {
                radix = 16;
                i += 2;
            }
            b'o' | b'O' => {
                radix = 8;
                i += 2;
            }
            b'b' | b'B' => {
                radix = 2;
                i += 2;
            }
            b'0'..=b'7' => {
                radix = 8;
                i += 1;
            }
            _ => {}
        }
    }
    let digits_start = i;
    let mut v: i64 = 0;
    let mut overflow = false;
    while i < t.len() && (t[i] as char).is_digit(radix) {
        let d = (t[i] as char).to_digit(radix).unwrap_or(0) as u64;
        match (v as u64)
            .checked_mul(radix as u64)
            .and_then(|x| x.checked_add(d))
        {
            Some(x) if !overflow => v = x as i64,
            // Past the range PHP's reading saturates (to -1 as an int).
            _ => {
                overflow = true;
                v = -1;
            }
        }
        i += 1;
    }
    let vm = vm_of(e);
    if i == digits_start {
        let why = if radix != 10 && digits_start >= 2 && !t[digits_start - 1].is_ascii_digit() {
            "no digits after base prefix"
        } else {
            "no valid leading digits"
        };
        vm.warn(&format!(
            "Invalid quantity \"{shown}\": {why}, interpreting as \"0\" for backwards compatibility"
        ))?;
        return Ok(Zval::Long(0));
    }
    if neg && !overflow {
        v = v.wrapping_neg();
    }
    let digits_end = i;
    while i < t.len() && ws(&t[i]) {
        i += 1;
    }
    if i < t.len() {
        // The multiplier is the last character; anything between is ignored with a warning.
        let last = t[t.len() - 1];
        let mult: i64 = match last {
            b'k' | b'K' => 1 << 10,
            b'm' | b'M' => 1 << 20,
            b'g' | b'G' => 1 << 30,
            c => {
                vm.warn(&format!(
                    "Invalid quantity \"{shown}\": unknown multiplier \"{}\", interpreting as \"{}\" for backwards compatibility",
                    c as char,
                    String::from_utf8_lossy(&t[..i])
                ))?;
                return Ok(Zval::Long(v));
            }
        };
        if i != t.len() - 1 {
            vm.warn(&format!(
                "Invalid quantity \"{shown}\", interpreting as \"{}{}\" for backwards compatibility",
                String::from_utf8_lossy(&t[..digits_end]),
                last as char
            ))?;
        }
        match v.checked_mul(mult) {
            Some(x) => v = x,
            None => {
                overflow = true;
                v = v.wrapping_mul(mult);
            }
        }
    }
    if overflow {
        vm.warn(&format!(
            "Invalid quantity \"{shown}\": value is out of range, using overflow result for backwards compatibility"
        ))?;
    }
    Ok(Zval::Long(v))
}

fn b_get_defined_constants(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let categorize = a.bool_or(e, 0, false)?;
    let vm = vm_of(e);
    let value = |vm: &Vm, n: &[u8]| vm.constants.get(n).cloned();
    if !categorize {
        let mut out = ZArr::new();
        for n in vm.engine_constants.iter().chain(vm.user_constants.iter()) {
            if let Some(v) = value(vm, n) {
                out.insert(Key::Str(ZStr::new(n)), v);
            }
        }
        return Ok(Zval::Arr(out));
    }
    let mut groups: Vec<(&'static str, ZArr)> = Vec::new();
    for n in &vm.engine_constants {
        let Some(v) = value(vm, n) else { continue };
        let m = constant_module(n);
        let i = match groups.iter().position(|(g, _)| *g == m) {
            Some(i) => i,
            None => {
                groups.push((m, ZArr::new()));
                groups.len() - 1
            }
        };
        groups[i].1.insert(Key::Str(ZStr::new(n)), v);
    }
    let mut user = ZArr::new();
    for n in &vm.user_constants {
        if let Some(v) = value(vm, n) {
            user.insert(Key::Str(ZStr::new(n)), v);
        }
    }
    // Groups come in PHP's module order.
    const ORDER: [&str; 14] = [
        "Core", "date", "libxml", "openssl", "pcre", "zlib", "filter", "hash", "json", "pcntl",
        "random", "session", "standard", "sodium",
    ];
    groups.sort_by_key(|(g, _)| ORDER.iter().position(|o| o == g).unwrap_or(ORDER.len()));
    let mut out = ZArr::new();
    for (g, arr) in groups {
        out.insert(Key::Str(ZStr::new(g.as_bytes())), Zval::Arr(arr));
    }
    if !user.is_empty() {
        out.insert(Key::Str(ZStr::new(b"user")), Zval::Arr(user));
    }
    Ok(Zval::Arr(out))
}

fn b_defined(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?;
    let vm = vm_of(e);
    if let Some(p) = n.as_bytes().windows(2).position(|w| w == b"::") {
        let (c, k) = (&n.as_bytes()[..p], &n.as_bytes()[p + 2..]);
        return Ok(Zval::Bool(
            vm.lookup_class(c)
                .is_some_and(|ce| vmc(&ce).consts.borrow().get(k).is_some()),
        ));
    }
    Ok(Zval::Bool(vm.lookup_constant(n.as_bytes()).is_some()))
}

fn b_constant(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?;
    let vm = vm_of(e);
    if let Some(p) = n.as_bytes().windows(2).position(|w| w == b"::") {
        let (c, k) = (&n.as_bytes()[..p], &n.as_bytes()[p + 2..]);
        let ce = vm.class_or_throw(c)?;
        return vm.class_constant(&ce, k);
    }
    match vm.lookup_constant(n.as_bytes()) {
        Some(v) => Ok(v),
        None => Err(vm.throw_error(
            "Error",
            format!("Undefined constant \"{}\"", n.to_string_lossy()),
        )),
    }
}

fn b_ini_get(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let k = a.str(e, 0)?;
    let vm = vm_of(e);
    Ok(match vm.ini.get(&k.to_string_lossy()) {
        Some(v) => Zval::str(v.as_bytes()),
        None => Zval::Bool(false),
    })
}

/// `ini_get_all($extension, $details)`: the directives (of one extension; "core" lists them
/// all, as PHP's does), with their start-up and current values and access level, or just
/// the current values.
fn b_ini_get_all(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let ext = if a.has(0) && !a.get(0).is_null() {
        Some(a.str(e, 0)?.to_string_lossy())
    } else {
        None
    };
    let details = a.bool_or(e, 1, true)?;
    let vm = vm_of(e);
    if let Some(x) = &ext {
        if !crate::ini_table::EXTENSIONS.contains(&x.as_str()) {
            vm.warn(&format!("ini_get_all(): Extension \"{x}\" cannot be found"))?;
            return Ok(Zval::Bool(false));
        }
    }
    // A directive without a default shows null while it holds nothing.
    let shown = |v: Option<&String>, dflt: Option<&str>| match (v, dflt) {
        (Some(v), None) if v.is_empty() => Zval::Null,
        (Some(v), _) => Zval::str(v.as_bytes()),
        (None, Some(d)) => Zval::str(d.as_bytes()),
        (None, None) => Zval::Null,
    };
    let mut out = ZArr::new();
    for (name, dflt, access, owner) in crate::ini_table::DIRECTIVES {
        if ext.as_deref().is_some_and(|x| x != "core" && x != *owner) {
            continue;
        }
        let modified = vm.modified_ini.iter().any(|m| m == name);
        let local = match vm.ini.get(*name) {
            // A value set at run time shows as set, even an empty one.
            Some(v) if modified => Zval::str(v.as_bytes()),
            v => shown(v, *dflt),
        };
        // PHP keeps no original of a directive that had no value: once changed, its global
        // value shows the new one.
        let global = if modified && dflt.is_none() {
            local.clone()
        } else {
            shown(vm.ini_startup.get(*name), *dflt)
        };
        let key = memphis_values::Key::Str(ZStr::new(name.as_bytes()));
        if details {
            let mut d = ZArr::new();
            d.insert(memphis_values::Key::Str(ZStr::new(b"global_value")), global);
            d.insert(memphis_values::Key::Str(ZStr::new(b"local_value")), local);
            d.insert(
                memphis_values::Key::Str(ZStr::new(b"access")),
                Zval::Long(i64::from(*access)),
            );
            out.insert(key, Zval::Arr(d));
        } else {
            out.insert(key, local);
        }
    }
    Ok(Zval::Arr(out))
}

fn b_ini_set(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let k = a.str(e, 0)?;
    let v = a.get(1);
    let vm = vm_of(e);
    let v = match v {
        Zval::Bool(b) => {
            if b {
                "1".to_string()
            } else {
                String::new()
            }
        }
        Zval::Null => String::new(),
        other => vm.to_zstr(&other)?.to_string_lossy(),
    };
    Ok(match vm.ini_set(&k.to_string_lossy(), &v)? {
        Some(old) => Zval::str(old.as_bytes()),
        None => Zval::Bool(false),
    })
}

fn b_error_reporting(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let old = vm.error_reporting;
    if a.has(0) && !a.get(0).is_null() {
        let n = a.int(vm, 0)?;
        vm.error_reporting = n;
        vm.ini.insert("error_reporting".into(), n.to_string());
        vm.note_ini_modified("error_reporting");
    }
    Ok(Zval::Long(old))
}

fn b_set_error_handler(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.get(0);
    let mask = a.int_or(e, 1, 32767)?;
    let vm = vm_of(e);
    let old = vm
        .error_handlers
        .last()
        .map(|(h, _)| h.clone())
        .unwrap_or(Zval::Null);
    vm.error_handlers.push((h, mask));
    Ok(old)
}

fn b_restore_error_handler(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    vm.error_handlers.pop();
    Ok(Zval::Bool(true))
}

fn b_set_exception_handler(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let h = a.get(0);
    let vm = vm_of(e);
    let old = vm.exception_handlers.last().cloned().unwrap_or(Zval::Null);
    vm.exception_handlers.push(h);
    Ok(old)
}

fn b_restore_exception_handler(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    vm.exception_handlers.pop();
    Ok(Zval::Bool(true))
}

fn b_trigger_error(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let msg = a.str(e, 0)?;
    let level = a.int_or(e, 1, 1024)?;
    let vm = vm_of(e);
    if ![256, 512, 1024, 16384].contains(&level) {
        return Err(a.value_error(
            vm,
            1,
            "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED",
        ));
    }
    if level == 256 {
        vm.raise(
            crate::errors::e::DEPRECATED,
            "Passing E_USER_ERROR to trigger_error() is deprecated since 8.4, throw an exception or call exit with a string message instead",
        )?;
        let (file, line) = (vm.current_file(), vm.current_line());
        vm.raise_at_zstr(256, msg.clone(), &file, line)?;
        // E_USER_ERROR ends the script unless a handler took it.
        if vm.error_handlers.last().is_none() {
            vm.exit_status = 255;
            vm.fatal = true;
            return Err(Flow::Exit);
        }
        return Ok(Zval::Bool(true));
    }
    let (file, line) = (vm.current_file(), vm.current_line());
    vm.raise_at_zstr(level, msg, &file, line)?;
    Ok(Zval::Bool(true))
}

/// `assert($assertion, $description)` (compiled calls get "assert(<expression>)" as their
/// description): true when the assertion holds; else the description thrown when it is an
/// exception, an `AssertionError` with it as message (`assert.exception`, on by default),
/// or a warning and false.
fn b_assert(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let holds = memphis_values::convert::to_bool(&a.get(0).deref());
    let setting = |vm: &Vm, k: &str| vm.ini.get(k).is_some_and(|v| crate::ini_truthy(v));
    // Assertions off (`zend.assertions` 0 or -1) pass whatever the call (`$f(false)` too).
    if holds || vm.assertions != 1 || !setting(vm, "assert.active") {
        return Ok(Zval::Bool(true));
    }
    let description = match a.get(1).deref() {
        Zval::Null | Zval::Undef => None,
        Zval::Obj(o) if crate::class::instance_of_name(o.class(), b"throwable") => {
            return Err(Flow::Throw(o));
        }
        d @ (Zval::Arr(_) | Zval::Obj(_) | Zval::Res(_)) if !matches!(&d, Zval::Obj(o) if vm.has_method_lc(o, "__tostring")) =>
        {
            return Err(a.type_error(vm, 1, "Throwable|string|null", &d));
        }
        d => Some(vm.to_zstr(&d)?),
    };
    let callback = vm.ini.get("assert.callback").cloned().unwrap_or_default();
    if !callback.is_empty() {
        let (file, line) = (vm.current_file(), vm.current_line());
        let mut args = vec![
            Zval::str(file.as_bytes()),
            Zval::Long(line as i64),
            Zval::Null,
        ];
        if let Some(d) = &description {
            args.push(Zval::Str(d.clone()));
        }
        drop(vm.call_value(&Zval::str(callback.as_bytes()), args)?);
    }
    if setting(vm, "assert.exception") {
        let msg = description.map(|d| d.to_string_lossy()).unwrap_or_default();
        return Err(vm.throw_error("AssertionError", msg));
    }
    if setting(vm, "assert.warning") {
        let msg = match &description {
            Some(d) => format!("assert(): {} failed", d.to_string_lossy()),
            None => "assert(): Assertion failed".to_string(),
        };
        vm.warn(&msg)?;
    }
    if setting(vm, "assert.bail") {
        return Err(Flow::Exit);
    }
    Ok(Zval::Bool(false))
}

fn b_error_log(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let msg = a.str(e, 0)?;
    let vm = vm_of(e);
    vm.out.flush();
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(msg.as_bytes());
    let _ = err.write_all(b"\n");
    Ok(Zval::Bool(true))
}

fn b_register_shutdown_function(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let f = a.callable(e, 0)?;
    let args: Vec<Zval> = a.vals.drain(1..).collect();
    let vm = vm_of(e);
    vm.shutdown_functions.push((f, args));
    Ok(Zval::Null)
}

fn b_memory_get_usage(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let real = a.bool_or(e, 0, false)?;
    Ok(Zval::Long(memphis_mm::usage(real) as i64))
}

fn b_memory_get_peak_usage(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let real = a.bool_or(e, 0, false)?;
    Ok(Zval::Long(memphis_mm::peak_usage(real) as i64))
}

fn b_memory_reset_peak_usage(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    memphis_mm::reset_peak();
    Ok(Zval::Null)
}

fn b_gc_mem_caches(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(memphis_mm::gc_caches() as i64))
}

fn b_mt_srand(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let seed = if a.has(0) {
        a.int(e, 0)?
    } else {
        std::process::id() as i64
    };
    let mode = a.int_or(e, 1, 0)?;
    let vm = vm_of(e);
    if mode == 1 {
        vm.raise(
            crate::errors::e::DEPRECATED,
            "The MT_RAND_PHP variant of Mt19937 is deprecated",
        )?;
    }
    vm.mt.php_mode = mode == 1;
    vm.mt.seed(seed as u32);
    Ok(Zval::Null)
}

fn b_mt_rand(e: &mut dyn Engine, a: &mut Args) -> BResult {
    if a.is_empty() {
        let vm = vm_of(e);
        return Ok(Zval::Long((vm.mt.next_u32() >> 1) as i64));
    }
    let min = a.int(e, 0)?;
    let max = a.int(e, 1)?;
    let vm = vm_of(e);
    if max < min {
        // rand() takes its bounds either way round.
        if vm.current_builtin == "rand" {
            return Ok(Zval::Long(vm.mt.range_common(max, min)));
        }
        return Err(a.value_error(vm, 1, "must be greater than or equal to argument #1 ($min)"));
    }
    Ok(Zval::Long(vm.mt.range_common(min, max)))
}

fn b_mt_getrandmax(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Long(2147483647))
}

fn b_random_int(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let min = a.int(e, 0)?;
    let max = a.int(e, 1)?;
    let vm = vm_of(e);
    if min > max {
        return Err(a.value_error(vm, 0, "must be less than or equal to argument #2 ($max)"));
    }
    let mut buf = [0u8; 8];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_ok();
    let r = if ok {
        u64::from_le_bytes(buf)
    } else {
        vm.mt.next_u32() as u64
    };
    let span = max.wrapping_sub(min) as u64;
    let v = if span == u64::MAX { r } else { r % (span + 1) };
    Ok(Zval::Long(min.wrapping_add(v as i64)))
}

/// `random_bytes()`: bytes from the system's CSPRNG (`/dev/urandom`, as PHP's fallback).
fn b_random_bytes(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.int(e, 0)?;
    let vm = vm_of(e);
    if n < 1 {
        return Err(a.value_error(vm, 0, "must be greater than 0"));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    // Filled in place in the PHP heap (a refusal past memory_limit leaves the empty string
    // and the limit error for the VM).
    let mut ok = true;
    let s = ZStr::with_fill(n, |buf| {
        ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, buf))
            .is_ok();
    });
    if !ok {
        return Err(vm.throw_error("Exception", "Failed to open /dev/urandom".into()));
    }
    Ok(Zval::Str(s))
}

fn b_debug_backtrace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let options = a.int_or(e, 0, 1)?;
    let limit = a.int_or(e, 1, 0)?;
    let vm = vm_of(e);
    Ok(Zval::Arr(vm.backtrace_with(
        0,
        options,
        limit.max(0) as usize,
    )))
}

fn b_debug_print_backtrace(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let options = a.int_or(e, 0, 0)?;
    let limit = a.int_or(e, 1, 0)?;
    let vm = vm_of(e);
    // The object is never printed; the arguments unless left out.
    let trace = vm.backtrace_with(0, options & 2, limit.max(0) as usize);
    let mut out = String::new();
    let max = vm.exception_param_max_len();
    crate::errors::trace_lines(&trace, &mut out, max);
    e.echo(out.as_bytes());
    Ok(Zval::Null)
}

fn b_trace_string(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(o) = a.get(0) else {
        return Ok(Zval::str(b""));
    };
    Ok(smart_str_result(vm.trace_string(&o).as_bytes()))
}

/// A string built with PHP's `smart_str` and returned without trimming (the trace string):
/// its block is the 256 bytes smart_str starts with, or the pages it grew to.
fn smart_str_result(b: &[u8]) -> Zval {
    let req = if b.len() <= 231 {
        256
    } else {
        (b.len() + 25).next_multiple_of(4096)
    };
    Zval::Str(ZStr::new_requested(b, req))
}

fn b_exception_string(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(o) = a.get(0) else {
        return Ok(Zval::str(b""));
    };
    Ok(Zval::str(vm.uncaught_text(&o).as_bytes()))
}

fn b_closure_bind(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(c) = a.get(0) else {
        return Ok(Zval::Null);
    };
    let new_this = match a.get(1) {
        Zval::Obj(o) => Some(o),
        _ => None,
    };
    let scope_given = matches!(a.get(3), Zval::Bool(true));
    let Some(cd) = c.native::<ClosureData>() else {
        return Ok(Zval::Null);
    };
    let scope = if scope_given {
        match a.get(2) {
            Zval::Obj(o) => Some(o.class().clone()),
            Zval::Str(s) if s.as_bytes() == b"static" => cd.scope.clone(),
            Zval::Str(s) => Some(vm.class_or_throw(s.as_bytes())?),
            _ => None,
        }
    } else {
        cd.scope.clone()
    };
    if new_this.is_some() && cd.func.is_static {
        vm.warn("Cannot bind an instance to a static closure")?;
        return Ok(Zval::Null);
    }
    let sc = new_this
        .as_ref()
        .map(|t| t.class().clone())
        .or_else(|| scope.clone());
    let n = vm.make_closure(cd.func.clone(), new_this, scope, sc, cd.bound.clone());
    Ok(Zval::Obj(n))
}

fn b_closure_call(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(c) = a.get(0) else {
        return Ok(Zval::Null);
    };
    let Zval::Obj(t) = a.get(1) else {
        return Ok(Zval::Null);
    };
    let args: Vec<Zval> = match a.get(2) {
        Zval::Arr(x) => x.values().cloned().collect(),
        _ => Vec::new(),
    };
    let Some(cd) = c.native::<ClosureData>() else {
        return Ok(Zval::Null);
    };
    let tc = t.class().clone();
    let n = vm.make_closure(
        cd.func.clone(),
        Some(t),
        Some(tc.clone()),
        Some(tc),
        cd.bound.clone(),
    );
    vm.call_value(&Zval::Obj(n), args)
}

fn b_closure_from_callable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let f = a.get(0);
    if !vm.is_callable_value(&f) {
        let shown = memphis_std::args::type_name(&f);
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "Failed to create closure from callable: {}",
                if matches!(f, Zval::Str(_)) {
                    format!(
                        "function \"{}\" not found or invalid function name",
                        String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(&f, 14))
                    )
                } else {
                    format!("{shown} given")
                }
            ),
        ));
    }
    if let Zval::Obj(o) = &f {
        if o.class().lcname == b"closure" {
            return Ok(f);
        }
    }
    let callee = vm.resolve_callable(&f, true)?;
    vm.push_call(callee);
    vm.callable_from_pending()
}

fn b_gen(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Obj(g) = a.get(0) else {
        return Ok(Zval::Null);
    };
    let op = convert_long(&a.get(1));
    match op {
        0 => {
            generator_rewind(vm, &g)?;
            Ok(generator_current_pair(&g).1.into_deref())
        }
        1 => {
            generator_rewind(vm, &g)?;
            Ok(generator_current_pair(&g).0)
        }
        2 => {
            generator_next(vm, &g)?;
            Ok(Zval::Null)
        }
        3 => Ok(Zval::Bool(generator_valid(vm, &g)?)),
        4 => {
            generator_rewind(vm, &g)?;
            Ok(Zval::Null)
        }
        5 => {
            let v = a.get(2);
            let Some(d) = gd(&g) else {
                return Ok(Zval::Null);
            };
            if !d.state.borrow().started {
                vm.resume_generator(&g)?;
            }
            if d.state.borrow().finished {
                return Ok(Zval::Null);
            }
            d.state.borrow_mut().sent = v;
            vm.resume_generator(&g)?;
            Ok(generator_current_pair(&g).1.into_deref())
        }
        6 => {
            let Zval::Obj(ex) = a.get(2) else {
                return Ok(Zval::Null);
            };
            let Some(d) = gd(&g) else {
                return Ok(Zval::Null);
            };
            if !d.state.borrow().started || d.state.borrow().finished {
                let mut st = d.state.borrow_mut();
                st.finished = true;
                st.heap_frame = None;
                drop(st);
                return Err(Flow::Throw(ex));
            }
            d.state.borrow_mut().exception_in = Some(ex);
            vm.resume_generator(&g)?;
            Ok(generator_current_pair(&g).1.into_deref())
        }
        8 => {
            // Destroyed while suspended inside try/finally: the finally blocks run, as if the
            // generator returned at its yield.
            let Some(d) = gd(&g) else {
                return Ok(Zval::Null);
            };
            let target = {
                let mut st = d.state.borrow_mut();
                if st.finished || !st.started || st.running {
                    return Ok(Zval::Null);
                }
                let st = &mut *st;
                let Some(frame) = st.frame.as_mut() else {
                    return Ok(Zval::Null);
                };
                let ip = frame.ip.saturating_sub(1) as u32;
                let region = frame
                    .func
                    .try_regions
                    .iter()
                    .rev()
                    .find(|r| r.finally.is_some() && r.start <= ip && ip < r.finally.unwrap_or(0))
                    .cloned();
                match region {
                    Some(r) => {
                        if let Some(k) = st.slots.get_mut(r.fin_kind as usize) {
                            *k = Zval::Long(2);
                        }
                        if let Some(v) = st.slots.get_mut(r.fin_val as usize) {
                            *v = Zval::Null;
                        }
                        frame.ip = r.finally.unwrap_or(0) as usize;
                        st.sent_dst = None;
                        true
                    }
                    None => false,
                }
            };
            if target {
                vm.resume_generator(&g)?;
            }
            Ok(Zval::Null)
        }
        _ => {
            let Some(d) = gd(&g) else {
                return Ok(Zval::Null);
            };
            let st = d.state.borrow();
            if !st.finished {
                drop(st);
                return Err(vm.throw_error(
                    "Exception",
                    "Cannot get return value of a generator that hasn't returned".into(),
                ));
            }
            Ok(st.retval.clone())
        }
    }
}

fn convert_long(v: &Zval) -> i64 {
    memphis_values::convert::to_long(v)
}

fn b_enum_cases(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let n = a.get(0);
    let Zval::Str(n) = n else {
        return Ok(Zval::Null);
    };
    let ce = vm.class_or_throw(n.as_bytes())?;
    let cases = vm.enum_cases(&ce)?;
    Ok(Zval::Arr(ZArr::from_values(cases)))
}

fn b_enum_from(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let Zval::Str(n) = a.get(0) else {
        return Ok(Zval::Null);
    };
    let v = a.get(1);
    let try_ = matches!(a.get(2), Zval::Bool(true));
    let ce = vm.class_or_throw(n.as_bytes())?;
    let backing = vmc(&ce).enum_backing.clone().unwrap_or_default();
    let v = if backing == "int" {
        match &v {
            Zval::Long(_) => v.clone(),
            Zval::Str(s) => match memphis_values::convert::numeric_string(s.as_bytes()) {
                Some(memphis_values::convert::Numeric::Long(i)) => Zval::Long(i),
                _ => {
                    return Err(vm.throw_error(
                        "TypeError",
                        format!(
                            "{}::{}(): Argument #1 ($value) must be of type int, string given",
                            ce.name.to_string_lossy(),
                            if try_ { "tryFrom" } else { "from" }
                        ),
                    ))
                }
            },
            other => other.clone(),
        }
    } else {
        match &v {
            Zval::Long(i) => Zval::str(i.to_string().as_bytes()),
            other => other.clone(),
        }
    };
    // from()/tryFrom() use the backing table, whose building checks for duplicate values.
    if let Some((first, _)) = vmc(&ce).case_decls.first().cloned() {
        vm.enum_case(&ce, first.as_bytes())?;
    }
    for c in vm.enum_cases(&ce)? {
        if let Zval::Obj(o) = &c {
            if let Some(s) = crate::class::prop_slot(o, b"value") {
                if memphis_values::convert::strict_eq(&o.slot(s), &v) {
                    return Ok(c);
                }
            }
        }
    }
    if try_ {
        return Ok(Zval::Null);
    }
    let shown = match &v {
        Zval::Str(s) => format!("\"{}\"", s.to_string_lossy()),
        other => String::from_utf8_lossy(&memphis_values::convert::scalar_to_bytes(other, 14))
            .into_owned(),
    };
    Err(vm.throw_error(
        "ValueError",
        format!(
            "{} is not a valid backing value for enum {}",
            shown,
            memphis_std::var::class_display_name(&ce)
        ),
    ))
}

fn b_func_get_arg(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.int(e, 0)?;
    let vm = vm_of(e);
    let Some(f) = vm.frames.last() else {
        return Ok(Zval::Null);
    };
    let np = f.func.params.len().min(f.argc as usize);
    let n = n as usize;
    if n < np {
        return Ok(vm.stack[f.base + n].deref());
    }
    Ok(f.extra_args
        .get(n - np)
        .map(|v| v.deref())
        .unwrap_or(Zval::Null))
}

fn b_gettype_is_a(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let c = a.str(e, 1)?;
    let allow_string = a.bool_or(e, 2, false)?;
    let vm = vm_of(e);
    let ce = match &v {
        Zval::Obj(o) => Some(o.class().clone()),
        Zval::Str(s) if allow_string => vm.lookup_class(s.as_bytes()),
        _ => None,
    };
    let lc = c.as_bytes().to_ascii_lowercase();
    Ok(Zval::Bool(ce.is_some_and(|ce| {
        vm.instance_of_named(&ce, lc.strip_prefix(b"\\").unwrap_or(&lc))
    })))
}

fn b_is_subclass_of(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let c = a.str(e, 1)?;
    let vm = vm_of(e);
    let ce = match &v {
        Zval::Obj(o) => Some(o.class().clone()),
        Zval::Str(s) => vm.lookup_class(s.as_bytes()),
        _ => None,
    };
    let lc = c.as_bytes().to_ascii_lowercase();
    let lc = lc.strip_prefix(b"\\").unwrap_or(&lc).to_vec();
    let same = |ce: &memphis_values::ClassEntry| {
        ce.lcname == lc || vm.classes.get(&lc).is_some_and(|t| t.lcname == ce.lcname)
    };
    Ok(Zval::Bool(ce.is_some_and(|ce| {
        !same(&ce) && vm.instance_of_named(&ce, &lc)
    })))
}

fn b_class_implements(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Bool(false));
    };
    let mut arr = ZArr::new();
    for i in vmc(&ce).interfaces.iter() {
        if let Some(ic) = vm.classes.get(i).cloned() {
            arr.insert(Key::Str(ic.name.clone()), Zval::Str(ic.name.clone()));
        }
    }
    Ok(Zval::Arr(arr))
}

fn b_class_parents(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Bool(false));
    };
    let mut arr = ZArr::new();
    let mut p = ce.parent.clone();
    while let Some(c) = p {
        arr.insert(Key::Str(c.name.clone()), Zval::Str(c.name.clone()));
        p = c.parent.clone();
    }
    Ok(Zval::Arr(arr))
}

fn b_class_uses(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let vm = vm_of(e);
    let Some(ce) = class_of_arg(vm, &v) else {
        return Ok(Zval::Bool(false));
    };
    let mut arr = ZArr::new();
    if let Some(d) = &vmc(&ce).decl {
        for t in d.traits.iter() {
            let name = vm
                .lookup_class(t.as_bytes())
                .map(|c| c.name.clone())
                .unwrap_or_else(|| ZStr::new(t.as_bytes()));
            arr.insert(Key::Str(name.clone()), Zval::Str(name));
        }
    }
    Ok(Zval::Arr(arr))
}

fn b_settype(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let t = a.str(e, 1)?;
    let vm = vm_of(e);
    let v = a.get(0);
    use memphis_compiler::bytecode::CastKind;
    let kind = match t.as_bytes().to_ascii_lowercase().as_slice() {
        b"int" | b"integer" => CastKind::Int,
        b"float" | b"double" => CastKind::Float,
        b"string" => CastKind::String,
        b"bool" | b"boolean" => CastKind::Bool,
        b"array" => CastKind::Array,
        b"object" => CastKind::Object,
        b"null" => CastKind::Unset,
        b"resource" => return Err(a.value_error(vm, 1, "cannot be \"resource\"")),
        _ => return Err(a.value_error(vm, 1, "must be a valid type")),
    };
    let nv = vm.cast(kind, v)?;
    a.set_ref(0, nv);
    Ok(Zval::Bool(true))
}

fn b_get_defined_functions(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let mut internal: Vec<&str> = vm
        .builtins
        .keys()
        .copied()
        .filter(|n| !n.starts_with("__memphis"))
        .collect();
    internal.sort_unstable();
    let mut user: Vec<(u32, String)> = vm
        .functions
        .iter()
        .map(|(k, f)| (f.line_start, String::from_utf8_lossy(k).into_owned()))
        .collect();
    user.sort();
    let mut out = ZArr::new();
    out.insert(
        Key::Str(ZStr::interned(b"internal")),
        Zval::Arr(ZArr::from_values(
            internal.into_iter().map(|n| Zval::str(n.as_bytes())),
        )),
    );
    out.insert(
        Key::Str(ZStr::interned(b"user")),
        Zval::Arr(ZArr::from_values(
            user.into_iter().map(|(_, n)| Zval::str(n.as_bytes())),
        )),
    );
    Ok(Zval::Arr(out))
}

fn b_get_class_vars(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?;
    let vm = vm_of(e);
    let Some(ce) = vm.lookup_class(n.as_bytes()) else {
        return Ok(Zval::Bool(false));
    };
    let scope = vm.frames.last().and_then(|f| f.scope.clone());
    let visible = |flags: u32, declaring: &[u8]| -> bool {
        if flags & acc::PRIVATE != 0 {
            scope
                .as_ref()
                .is_some_and(|s| s.name.as_bytes() == declaring)
        } else if flags & acc::PROTECTED != 0 {
            scope.as_ref().is_some_and(|s| {
                crate::class::instance_of(s, &ce) || crate::class::instance_of(&ce, s)
            })
        } else {
            true
        }
    };
    let mut out = ZArr::new();
    for p in ce.props.iter() {
        if visible(p.flags, p.declaring.as_bytes()) && !p.default.is_undef() {
            out.insert(Key::from_zstr(&p.name), p.default.clone());
        }
    }
    let mut statics: Vec<_> = vmc(&ce).statics.iter().collect();
    statics.sort_by(|x, y| x.0.cmp(y.0));
    for (name, (cell, flags, declaring, _)) in statics {
        if visible(*flags, declaring.as_bytes()) {
            out.insert(Key::from_bytes(name), cell.get());
        }
    }
    Ok(Zval::Arr(out))
}

fn b_gc_collect_cycles(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let n = vm.collect_cycles();
    if std::mem::take(&mut vm.gc_exit) {
        return Err(Flow::Exit);
    }
    Ok(Zval::Long(n as i64))
}

fn b_gc_enabled(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Bool(memphis_values::gc::enabled()))
}

fn b_gc_enable(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let _ = vm.ini_set("zend.enable_gc", "1")?;
    Ok(Zval::Null)
}

fn b_gc_disable(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    let _ = vm.ini_set("zend.enable_gc", "0")?;
    Ok(Zval::Null)
}

fn b_gc_status(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let s = memphis_values::gc::status();
    let mut out = ZArr::with_capacity(12);
    let mut put = |k: &str, v: Zval| {
        out.insert(Key::from_bytes(k.as_bytes()), v);
    };
    put("running", Zval::Bool(s.running));
    put("protected", Zval::Bool(s.protected));
    put("full", Zval::Bool(s.full));
    put("runs", Zval::Long(s.runs as i64));
    put("collected", Zval::Long(s.collected as i64));
    put("threshold", Zval::Long(s.threshold as i64));
    put("buffer_size", Zval::Long(s.buffer_size as i64));
    put("roots", Zval::Long(s.roots as i64));
    put("application_time", Zval::Double(s.application_time));
    put("collector_time", Zval::Double(s.collector_time));
    put("destructor_time", Zval::Double(s.destructor_time));
    put("free_time", Zval::Double(s.free_time));
    Ok(Zval::Arr(out))
}

/// What the collector may see inside the VM's native object state: a closure's `$this`,
/// bound variables and static variables.
/// Whether native state gives its object an internal destructor: an unfinished generator is
/// closed by PHP's `zend_generator_dtor_storage` (which frees its frame) before it is freed.
pub(crate) fn native_has_destructor(n: &dyn std::any::Any) -> bool {
    n.downcast_ref::<GeneratorData>().is_some_and(|gd| {
        gd.state
            .try_borrow()
            .is_ok_and(|st| st.frame.is_some() && !st.running)
    })
}

/// Closes a generator as its internal destructor does: its frame (variables, temporaries,
/// delegate, `$this`, closure, iterators) goes now; what it yielded and returned stays until
/// the object is freed.
pub(crate) fn generator_close(g: &ZObj) {
    let Some(gd) = g.native::<GeneratorData>() else {
        return;
    };
    let Ok(mut st) = gd.state.try_borrow_mut() else {
        return;
    };
    if st.running {
        return;
    }
    st.finished = true;
    let frame = st.frame.take();
    let slots = std::mem::take(&mut st.slots);
    let delegate = st.delegate.take();
    let ex = st.exception_in.take();
    st.heap_frame = None;
    drop(st);
    drop(slots);
    drop(delegate);
    drop(ex);
    drop(frame);
}

pub(crate) fn native_gc_children(
    n: &dyn std::any::Any,
    f: &mut dyn FnMut(memphis_values::gc::Held<'_>),
) {
    use memphis_values::gc::Held;
    if let Some(cd) = n.downcast_ref::<ClosureData>() {
        if let Some(t) = &cd.this {
            f(Held::Obj(t));
        }
        for v in &cd.bound {
            f(Held::Val(v));
        }
        if let Ok(st) = cd.statics.try_borrow() {
            for r in st.iter().flatten() {
                f(Held::Ref(r));
            }
        }
    }
    // A suspended generator holds its frame's variables and temporaries, what it yielded,
    // was sent and returned, what it delegates to, and its frame's `$this`, closure, extra
    // arguments and foreach iterators (`zend_generator_get_gc`). A running one is on the
    // VM stack and reports nothing.
    if let Some(gd) = n.downcast_ref::<GeneratorData>() {
        let Ok(st) = gd.state.try_borrow() else {
            return;
        };
        if st.running {
            return;
        }
        for v in &st.slots {
            f(Held::Val(v));
        }
        for v in [&st.current_key, &st.current, &st.sent, &st.retval] {
            f(Held::Val(v));
        }
        match &st.delegate {
            Some(Delegate::Items { items, .. }) => {
                for (k, v) in items {
                    f(Held::Val(k));
                    f(Held::Val(v));
                }
            }
            Some(Delegate::Gen { g, .. }) => f(Held::Obj(g)),
            None => {}
        }
        if let Some(e) = &st.exception_in {
            f(Held::Obj(e));
        }
        if let Some(fr) = &st.frame {
            if let Some(t) = &fr.this {
                f(Held::Obj(t));
            }
            if let Some(c) = &fr.closure {
                f(Held::Obj(c));
            }
            for v in fr.extra_args.iter() {
                f(Held::Val(v));
            }
            for it in fr.iters.iter().flatten() {
                match it {
                    crate::exec::Iter::Array { arr, .. } => f(Held::Arr(arr)),
                    crate::exec::Iter::ArrayRef { r, .. } => f(Held::Ref(r)),
                    crate::exec::Iter::Props { items, .. } => {
                        for (k, v) in items {
                            f(Held::Val(k));
                            f(Held::Val(v));
                        }
                    }
                    crate::exec::Iter::Object { obj, .. } => f(Held::Obj(obj)),
                    crate::exec::Iter::PropsRef {
                        obj, keys, held, ..
                    } => {
                        f(Held::Obj(obj));
                        for k in keys {
                            f(Held::Val(k));
                        }
                        if let Some(r) = held {
                            f(Held::Ref(r));
                        }
                    }
                    crate::exec::Iter::Generator { gen, .. } => f(Held::Obj(gen)),
                    crate::exec::Iter::WeakMap { map, .. } => f(Held::Obj(map)),
                }
            }
        }
    }
}

fn b_error_get_last(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    Ok(match &vm.last_error {
        Some((t, m, f, l)) => {
            let mut arr = ZArr::new();
            arr.insert(Key::Str(ZStr::interned(b"type")), Zval::Long(*t));
            // The message is the stored string itself; the file is the compiled file name,
            // an interned string in PHP.
            arr.insert(Key::Str(ZStr::interned(b"message")), Zval::Str(m.clone()));
            arr.insert(
                Key::Str(ZStr::interned(b"file")),
                Zval::Str(ZStr::interned(f.as_bytes())),
            );
            arr.insert(Key::Str(ZStr::interned(b"line")), Zval::Long(*l as i64));
            Zval::Arr(arr)
        }
        None => Zval::Null,
    })
}

fn b_error_clear_last(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let old = vm_of(e).last_error.take();
    drop(old);
    Ok(Zval::Null)
}

/// `set_time_limit`: sets `max_execution_time` as PHP does (an ini change); the CLI's
/// default is no limit, and Memphis keeps no timer.
fn b_set_time_limit(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.int(e, 0)?;
    let vm = vm_of(e);
    vm.ini_set("max_execution_time", &n.to_string())?;
    Ok(Zval::Bool(true))
}

/// `ini_restore`: the directive back to its start-up value.
fn b_ini_restore(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let k = a.str(e, 0)?.to_string_lossy();
    let vm = vm_of(e);
    if let Some(i) = vm.modified_ini.iter().position(|n| *n == k) {
        vm.modified_ini.remove(i);
        let orig = vm.ini_startup.get(&k).cloned().or_else(|| {
            default_ini()
                .into_iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        });
        if let Some(v) = orig {
            vm.apply_restored_ini(&k, &v);
        }
    }
    Ok(Zval::Null)
}

fn b_php_sapi_name(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::str(b"cli"))
}

fn b_phpversion(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    if a.has(0) {
        return Ok(Zval::Bool(false));
    }
    Ok(Zval::str(b"8.4.27"))
}

/// The extensions Memphis provides (of those PHP 8.4 loads under `-n`), in PHP's order.
const EXTENSIONS: [&str; 10] = [
    "Core",
    "date",
    "pcre",
    "filter",
    "hash",
    "json",
    "random",
    "Reflection",
    "SPL",
    "standard",
];

fn b_extension_loaded(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let n = a.str(e, 0)?;
    let lc = n.to_string_lossy().to_ascii_lowercase();
    Ok(Zval::Bool(
        EXTENSIONS.iter().any(|x| x.to_ascii_lowercase() == lc),
    ))
}

fn b_get_loaded_extensions(e: &mut dyn Engine, a: &mut Args) -> BResult {
    // Zend extensions (opcache, xdebug): none.
    if a.bool_or(e, 0, false)? {
        return Ok(Zval::Arr(ZArr::new()));
    }
    let names = EXTENSIONS.iter().map(|n| Zval::str(n.as_bytes()));
    Ok(Zval::Arr(ZArr::from_values(names)))
}

fn b_get_called_class(e: &mut dyn Engine, _a: &mut Args) -> BResult {
    let vm = vm_of(e);
    match vm
        .frames
        .last()
        .and_then(|f| f.static_class.clone().or_else(|| f.scope.clone()))
    {
        Some(c) => Ok(Zval::Str(c.name.clone())),
        None => Err(vm.throw_error(
            "Error",
            "get_called_class() must be called from within a class".into(),
        )),
    }
}

/// Engine builtins.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "function_exists",
        params: params!["function"],
        variadic: false,
        f: b_function_exists,
    },
    Builtin {
        name: "is_callable",
        params: params!["value", "?syntax_only", "?&callable_name"],
        variadic: false,
        f: b_is_callable,
    },
    Builtin {
        name: "call_user_func",
        params: params!["callback", "?args"],
        variadic: true,
        f: b_call_user_func,
    },
    Builtin {
        name: "forward_static_call",
        params: params!["callback", "?args"],
        variadic: true,
        f: b_forward_static_call,
    },
    Builtin {
        name: "forward_static_call_array",
        params: params!["callback", "args"],
        variadic: false,
        f: b_forward_static_call_array,
    },
    Builtin {
        name: "get_mangled_object_vars",
        params: params!["object"],
        variadic: false,
        f: b_get_mangled_object_vars,
    },
    Builtin {
        name: "call_user_func_array",
        params: params!["callback", "args"],
        variadic: false,
        f: b_call_user_func_array,
    },
    Builtin {
        name: "func_get_arg",
        params: params!["position"],
        variadic: false,
        f: b_func_get_arg,
    },
    Builtin {
        name: "get_class",
        params: params!["?object"],
        variadic: false,
        f: b_get_class,
    },
    Builtin {
        name: "get_parent_class",
        params: params!["?object_or_class"],
        variadic: false,
        f: b_get_parent_class,
    },
    Builtin {
        name: "get_called_class",
        params: params![],
        variadic: false,
        f: b_get_called_class,
    },
    Builtin {
        name: "method_exists",
        params: params!["object_or_class", "method"],
        variadic: false,
        f: b_method_exists,
    },
    Builtin {
        name: "property_exists",
        params: params!["object_or_class", "property"],
        variadic: false,
        f: b_property_exists,
    },
    Builtin {
        name: "class_exists",
        params: params!["class", "?autoload"],
        variadic: false,
        f: b_class_exists,
    },
    Builtin {
        name: "interface_exists",
        params: params!["interface", "?autoload"],
        variadic: false,
        f: b_interface_exists,
    },
    Builtin {
        name: "trait_exists",
        params: params!["trait", "?autoload"],
        variadic: false,
        f: b_trait_exists,
    },
    Builtin {
        name: "get_included_files",
        params: params![],
        variadic: false,
        f: b_get_included_files,
    },
    Builtin {
        name: "get_required_files",
        params: params![],
        variadic: false,
        f: b_get_included_files,
    },
    Builtin {
        name: "ini_get_all",
        params: params!["?extension", "?details"],
        variadic: false,
        f: b_ini_get_all,
    },
    Builtin {
        name: "ini_restore",
        params: params!["option"],
        variadic: false,
        f: b_ini_restore,
    },
    Builtin {
        name: "ini_parse_quantity",
        params: params!["shorthand"],
        variadic: false,
        f: b_ini_parse_quantity,
    },
    Builtin {
        name: "get_defined_constants",
        params: params!["?categorize"],
        variadic: false,
        f: b_get_defined_constants,
    },
    Builtin {
        name: "date_create",
        params: params!["?datetime", "?timezone"],
        variadic: false,
        f: b_date_create,
    },
    Builtin {
        name: "date_create_immutable",
        params: params!["?datetime", "?timezone"],
        variadic: false,
        f: b_date_create_immutable,
    },
    Builtin {
        name: "date_create_from_format",
        params: params!["format", "datetime", "?timezone"],
        variadic: false,
        f: b_date_create_from_format,
    },
    Builtin {
        name: "date_create_immutable_from_format",
        params: params!["format", "datetime", "?timezone"],
        variadic: false,
        f: b_date_create_immutable_from_format,
    },
    Builtin {
        name: "date_format",
        params: params!["object", "format"],
        variadic: false,
        f: b_date_format,
    },
    Builtin {
        name: "date_diff",
        params: params!["baseObject", "targetObject", "?absolute"],
        variadic: false,
        f: b_date_diff,
    },
    Builtin {
        name: "date_add",
        params: params!["object", "interval"],
        variadic: false,
        f: b_date_add,
    },
    Builtin {
        name: "date_sub",
        params: params!["object", "interval"],
        variadic: false,
        f: b_date_sub,
    },
    Builtin {
        name: "date_modify",
        params: params!["object", "modifier"],
        variadic: false,
        f: b_date_modify,
    },
    Builtin {
        name: "date_timestamp_get",
        params: params!["object"],
        variadic: false,
        f: b_date_timestamp_get,
    },
    Builtin {
        name: "date_timestamp_set",
        params: params!["object", "timestamp"],
        variadic: false,
        f: b_date_timestamp_set,
    },
    Builtin {
        name: "date_date_set",
        params: params!["object", "year", "month", "day"],
        variadic: false,
        f: b_date_date_set,
    },
    Builtin {
        name: "date_time_set",
        params: params!["object", "hour", "minute", "?second", "?microsecond"],
        variadic: false,
        f: b_date_time_set,
    },
    Builtin {
        name: "date_offset_get",
        params: params!["object"],
        variadic: false,
        f: b_date_offset_get,
    },
    Builtin {
        name: "date_timezone_get",
        params: params!["object"],
        variadic: false,
        f: b_date_timezone_get,
    },
    Builtin {
        name: "date_interval_format",
        params: params!["object", "format"],
        variadic: false,
        f: b_date_interval_format,
    },
    Builtin {
        name: "getopt",
        params: params!["short_options", "?long_options", "&?rest_index"],
        variadic: false,
        f: b_getopt,
    },
    Builtin {
        name: "class_alias",
        params: params!["class", "alias", "?autoload"],
        variadic: false,
        f: b_class_alias,
    },
    Builtin {
        name: "get_declared_classes",
        params: params![],
        variadic: false,
        f: b_get_declared_classes,
    },
    Builtin {
        name: "get_declared_interfaces",
        params: params![],
        variadic: false,
        f: b_get_declared_interfaces,
    },
    Builtin {
        name: "get_declared_traits",
        params: params![],
        variadic: false,
        f: b_get_declared_traits,
    },
    Builtin {
        name: "enum_exists",
        params: params!["enum", "?autoload"],
        variadic: false,
        f: b_enum_exists,
    },
    Builtin {
        name: "get_object_vars",
        params: params!["object"],
        variadic: false,
        f: b_get_object_vars,
    },
    Builtin {
        name: "get_class_methods",
        params: params!["object_or_class"],
        variadic: false,
        f: b_get_class_methods,
    },
    Builtin {
        name: "is_a",
        params: params!["object_or_class", "class", "?allow_string"],
        variadic: false,
        f: b_gettype_is_a,
    },
    Builtin {
        name: "is_subclass_of",
        params: params!["object_or_class", "class", "?allow_string"],
        variadic: false,
        f: b_is_subclass_of,
    },
    Builtin {
        name: "settype",
        params: params!["&var", "type"],
        variadic: false,
        f: b_settype,
    },
    Builtin {
        name: "get_defined_functions",
        params: params!["?exclude_disabled"],
        variadic: false,
        f: b_get_defined_functions,
    },
    Builtin {
        name: "get_class_vars",
        params: params!["class"],
        variadic: false,
        f: b_get_class_vars,
    },
    Builtin {
        name: "class_parents",
        params: params!["object_or_class", "?autoload"],
        variadic: false,
        f: b_class_parents,
    },
    Builtin {
        name: "class_uses",
        params: params!["object_or_class", "?autoload"],
        variadic: false,
        f: b_class_uses,
    },
    Builtin {
        name: "class_implements",
        params: params!["object_or_class", "?autoload"],
        variadic: false,
        f: b_class_implements,
    },
    Builtin {
        name: "spl_object_id",
        params: params!["object"],
        variadic: false,
        f: b_spl_object_id,
    },
    Builtin {
        name: "spl_object_hash",
        params: params!["object"],
        variadic: false,
        f: b_spl_object_hash,
    },
    Builtin {
        name: "spl_autoload_register",
        params: params!["?callback", "?throw", "?prepend"],
        variadic: false,
        f: b_spl_autoload_register,
    },
    Builtin {
        name: "spl_autoload_functions",
        params: params![],
        variadic: false,
        f: b_spl_autoload_functions,
    },
    Builtin {
        name: "spl_autoload_unregister",
        params: params!["callback"],
        variadic: false,
        f: b_spl_autoload_unregister,
    },
    Builtin {
        name: "iterator_to_array",
        params: params!["iterator", "?preserve_keys"],
        variadic: false,
        f: b_iterator_to_array,
    },
    Builtin {
        name: "iterator_apply",
        params: params!["iterator", "function", "?args"],
        variadic: false,
        f: b_iterator_apply,
    },
    Builtin {
        name: "iterator_count",
        params: params!["iterator"],
        variadic: false,
        f: b_iterator_count,
    },
    Builtin {
        name: "define",
        params: params!["constant_name", "value", "?case_insensitive"],
        variadic: false,
        f: b_define,
    },
    Builtin {
        name: "defined",
        params: params!["constant_name"],
        variadic: false,
        f: b_defined,
    },
    Builtin {
        name: "constant",
        params: params!["name"],
        variadic: false,
        f: b_constant,
    },
    Builtin {
        name: "ini_get",
        params: params!["option"],
        variadic: false,
        f: b_ini_get,
    },
    Builtin {
        name: "ini_set",
        params: params!["option", "value"],
        variadic: false,
        f: b_ini_set,
    },
    Builtin {
        name: "ini_alter",
        params: params!["option", "value"],
        variadic: false,
        f: b_ini_set,
    },
    Builtin {
        name: "error_reporting",
        params: params!["?error_level"],
        variadic: false,
        f: b_error_reporting,
    },
    Builtin {
        name: "set_error_handler",
        params: params!["callback", "?error_levels"],
        variadic: false,
        f: b_set_error_handler,
    },
    Builtin {
        name: "restore_error_handler",
        params: params![],
        variadic: false,
        f: b_restore_error_handler,
    },
    Builtin {
        name: "set_exception_handler",
        params: params!["callback"],
        variadic: false,
        f: b_set_exception_handler,
    },
    Builtin {
        name: "restore_exception_handler",
        params: params![],
        variadic: false,
        f: b_restore_exception_handler,
    },
    Builtin {
        name: "get_include_path",
        params: params![],
        variadic: false,
        f: b_get_include_path,
    },
    Builtin {
        name: "set_include_path",
        params: params!["include_path"],
        variadic: false,
        f: b_set_include_path,
    },
    Builtin {
        name: "getmyuid",
        params: params![],
        variadic: false,
        f: b_getmyuid,
    },
    Builtin {
        name: "getmygid",
        params: params![],
        variadic: false,
        f: b_getmygid,
    },
    Builtin {
        name: "getmyinode",
        params: params![],
        variadic: false,
        f: b_getmyinode,
    },
    Builtin {
        name: "getlastmod",
        params: params![],
        variadic: false,
        f: b_getlastmod,
    },
    Builtin {
        name: "get_current_user",
        params: params![],
        variadic: false,
        f: b_get_current_user,
    },
    Builtin {
        name: "assert",
        params: params!["assertion", "?description"],
        variadic: false,
        f: b_assert,
    },
    Builtin {
        name: "trigger_error",
        params: params!["message", "?error_level"],
        variadic: false,
        f: b_trigger_error,
    },
    Builtin {
        name: "user_error",
        params: params!["message", "?error_level"],
        variadic: false,
        f: b_trigger_error,
    },
    Builtin {
        name: "error_log",
        params: params![
            "message",
            "?message_type",
            "?destination",
            "?additional_headers"
        ],
        variadic: false,
        f: b_error_log,
    },
    Builtin {
        name: "register_shutdown_function",
        params: params!["callback", "?args"],
        variadic: true,
        f: b_register_shutdown_function,
    },
    Builtin {
        name: "ob_start",
        params: params!["?callback", "?chunk_size", "?flags"],
        variadic: false,
        f: crate::ob::b_ob_start,
    },
    Builtin {
        name: "ob_get_clean",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_get_clean,
    },
    Builtin {
        name: "ob_get_contents",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_get_contents,
    },
    Builtin {
        name: "ob_end_clean",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_end_clean,
    },
    Builtin {
        name: "ob_end_flush",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_end_flush,
    },
    Builtin {
        name: "ob_get_flush",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_get_flush,
    },
    Builtin {
        name: "ob_get_level",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_get_level,
    },
    Builtin {
        name: "ob_get_length",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_get_length,
    },
    Builtin {
        name: "flush",
        params: params![],
        variadic: false,
        f: crate::ob::b_flush,
    },
    Builtin {
        name: "ob_flush",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_flush,
    },
    Builtin {
        name: "ob_clean",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_clean,
    },
    Builtin {
        name: "ob_get_status",
        params: params!["?full_status"],
        variadic: false,
        f: crate::ob::b_ob_get_status,
    },
    Builtin {
        name: "ob_list_handlers",
        params: params![],
        variadic: false,
        f: crate::ob::b_ob_list_handlers,
    },
    Builtin {
        name: "ob_implicit_flush",
        params: params!["?enable"],
        variadic: false,
        f: crate::ob::b_ob_implicit_flush,
    },
    Builtin {
        name: "headers_sent",
        params: params!["?&filename", "?&line"],
        variadic: false,
        f: crate::ob::b_headers_sent,
    },
    Builtin {
        name: "header",
        params: params!["header", "?replace", "?response_code"],
        variadic: false,
        f: crate::ob::b_header,
    },
    Builtin {
        name: "header_remove",
        params: params!["?name"],
        variadic: false,
        f: crate::ob::b_header_remove,
    },
    Builtin {
        name: "headers_list",
        params: params![],
        variadic: false,
        f: crate::ob::b_headers_list,
    },
    Builtin {
        name: "http_response_code",
        params: params!["?response_code"],
        variadic: false,
        f: crate::ob::b_http_response_code,
    },
    Builtin {
        name: "memory_get_usage",
        params: params!["?real_usage"],
        variadic: false,
        f: b_memory_get_usage,
    },
    Builtin {
        name: "memory_get_peak_usage",
        params: params!["?real_usage"],
        variadic: false,
        f: b_memory_get_peak_usage,
    },
    Builtin {
        name: "memory_reset_peak_usage",
        params: params![],
        variadic: false,
        f: b_memory_reset_peak_usage,
    },
    Builtin {
        name: "gc_mem_caches",
        params: params![],
        variadic: false,
        f: b_gc_mem_caches,
    },
    Builtin {
        name: "gc_collect_cycles",
        params: params![],
        variadic: false,
        f: b_gc_collect_cycles,
    },
    Builtin {
        name: "gc_enabled",
        params: params![],
        variadic: false,
        f: b_gc_enabled,
    },
    Builtin {
        name: "gc_enable",
        params: params![],
        variadic: false,
        f: b_gc_enable,
    },
    Builtin {
        name: "gc_status",
        params: params![],
        variadic: false,
        f: b_gc_status,
    },
    Builtin {
        name: "gc_disable",
        params: params![],
        variadic: false,
        f: b_gc_disable,
    },
    Builtin {
        name: "mt_srand",
        params: params!["?seed", "?mode"],
        variadic: false,
        f: b_mt_srand,
    },
    Builtin {
        name: "srand",
        params: params!["?seed", "?mode"],
        variadic: false,
        f: b_mt_srand,
    },
    Builtin {
        name: "mt_rand",
        params: params!["?min", "?max"],
        variadic: false,
        f: b_mt_rand,
    },
    Builtin {
        name: "rand",
        params: params!["?min", "?max"],
        variadic: false,
        f: b_mt_rand,
    },
    Builtin {
        name: "mt_getrandmax",
        params: params![],
        variadic: false,
        f: b_mt_getrandmax,
    },
    Builtin {
        name: "getrandmax",
        params: params![],
        variadic: false,
        f: b_mt_getrandmax,
    },
    Builtin {
        name: "random_bytes",
        params: params!["length"],
        variadic: false,
        f: b_random_bytes,
    },
    Builtin {
        name: "random_int",
        params: params!["min", "max"],
        variadic: false,
        f: b_random_int,
    },
    Builtin {
        name: "debug_backtrace",
        params: params!["?options", "?limit"],
        variadic: false,
        f: b_debug_backtrace,
    },
    Builtin {
        name: "debug_print_backtrace",
        params: params!["?options", "?limit"],
        variadic: false,
        f: b_debug_print_backtrace,
    },
    Builtin {
        name: "error_get_last",
        params: params![],
        variadic: false,
        f: b_error_get_last,
    },
    Builtin {
        name: "error_clear_last",
        params: params![],
        variadic: false,
        f: b_error_clear_last,
    },
    Builtin {
        name: "set_time_limit",
        params: params!["seconds"],
        variadic: false,
        f: b_set_time_limit,
    },
    Builtin {
        name: "php_sapi_name",
        params: params![],
        variadic: false,
        f: b_php_sapi_name,
    },
    Builtin {
        name: "phpversion",
        params: params!["?extension"],
        variadic: false,
        f: b_phpversion,
    },
    Builtin {
        name: "get_loaded_extensions",
        params: params!["?zend_extensions"],
        variadic: false,
        f: b_get_loaded_extensions,
    },
    Builtin {
        name: "extension_loaded",
        params: params!["extension"],
        variadic: false,
        f: b_extension_loaded,
    },
    Builtin {
        name: "__memphis_engine_block",
        params: params!["o", "bytes"],
        variadic: false,
        f: b_engine_block,
    },
    Builtin {
        name: "__memphis_class_info",
        params: params!["c"],
        variadic: false,
        f: b_class_info,
    },
    Builtin {
        name: "__memphis_class_constants",
        params: params!["c"],
        variadic: false,
        f: b_class_constants,
    },
    Builtin {
        name: "__memphis_class_members",
        params: params!["c", "kind", "?name"],
        variadic: false,
        f: b_class_members,
    },
    Builtin {
        name: "__memphis_deprecated",
        params: params!["m"],
        variadic: false,
        f: b_deprecated,
    },
    Builtin {
        name: "__memphis_invoke",
        params: params!["o", "c", "m", "args"],
        variadic: false,
        f: b_invoke,
    },
    Builtin {
        name: "__memphis_prop_access",
        params: params!["o", "c", "p", "write", "v"],
        variadic: false,
        f: b_prop_access,
    },
    Builtin {
        name: "__memphis_instantiate",
        params: params!["c"],
        variadic: false,
        f: b_instantiate,
    },
    Builtin {
        name: "__memphis_array_dup",
        params: params!["a"],
        variadic: false,
        f: b_array_dup,
    },
    Builtin {
        name: "__memphis_weakmap",
        params: params!["m", "op", "k", "?v"],
        variadic: false,
        f: b_weakmap,
    },
    Builtin {
        name: "__memphis_trace_string",
        params: params!["e"],
        variadic: false,
        f: b_trace_string,
    },
    Builtin {
        name: "__memphis_exception_string",
        params: params!["e"],
        variadic: false,
        f: b_exception_string,
    },
    Builtin {
        name: "__memphis_closure_bind",
        params: params!["closure", "newThis", "newScope", "scopeGiven"],
        variadic: false,
        f: b_closure_bind,
    },
    Builtin {
        name: "__memphis_closure_call",
        params: params!["closure", "newThis", "args"],
        variadic: false,
        f: b_closure_call,
    },
    Builtin {
        name: "__memphis_closure_from_callable",
        params: params!["callback"],
        variadic: false,
        f: b_closure_from_callable,
    },
    Builtin {
        name: "__memphis_gen",
        params: params!["generator", "op", "?value"],
        variadic: false,
        f: b_gen,
    },
    Builtin {
        name: "__memphis_enum_cases",
        params: params!["class"],
        variadic: false,
        f: b_enum_cases,
    },
    Builtin {
        name: "__memphis_enum_from",
        params: params!["class", "value", "try"],
        variadic: false,
        f: b_enum_from,
    },
];
