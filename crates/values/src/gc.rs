//! The values' side of the cycle collector: which blocks are children of which, how garbage is
//! destroyed and freed, and when a collection runs.
//!
//! Handles record possible roots in their `Drop` (a count dropping to a non-zero value). When
//! the root buffer reaches its threshold the collector holds the root that tipped it and this
//! module raises the [`interrupt`](crate::interrupt) flag: the VM runs [`run_pending`] before
//! the next instruction, so PHP destructors called by the collector never run inside a Rust
//! `Drop`. `gc_collect_cycles()` runs [`collect`] directly.

use crate::object::gc_ops as obj_ops;
use crate::{array, reference, ZObj, Zval};
use memphis_gc::collector::{self, Child, Heap};
use memphis_gc::{type_code, Node};
use std::any::Any;
use std::cell::Cell;

pub use memphis_gc::collector::Status;

/// A handle native state holds, lent to the collector without copying it (a copy and its
/// release would themselves touch the root buffer).
pub enum Held<'a> {
    /// A zval.
    Val(&'a Zval),
    /// An object handle.
    Obj(&'a ZObj),
    /// A reference handle.
    Ref(&'a crate::ZRef),
    /// An array handle.
    Arr(&'a crate::ZArr),
}

/// Reports the handles native state holds (closures' bound variables and `$this`, …).
pub type NativeChildren = fn(&dyn Any, &mut dyn FnMut(Held<'_>));

/// Says whether native state gives its object an internal destructor.
pub type NativeDestructor = fn(&dyn Any) -> bool;

thread_local! {
    static NATIVE_HOOK: Cell<Option<NativeChildren>> = const { Cell::new(None) };
    static NATIVE_DTOR_HOOK: Cell<Option<NativeDestructor>> = const { Cell::new(None) };
    static IN_BUILTIN: Cell<bool> = const { Cell::new(false) };
}

/// Marks whether a builtin function is running; returns the previous mark. PHP's internal
/// functions read their arguments in place and release temporaries without the collector
/// (`zval_ptr_dtor_nogc`), so the copies a Rust builtin takes and drops must not become
/// possible roots. User code called back from a builtin clears the mark.
#[inline]
pub fn set_in_builtin(on: bool) -> bool {
    IN_BUILTIN.with(|c| c.replace(on))
}

/// Whether a builtin function is running (see [`set_in_builtin`]).
pub fn in_builtin() -> bool {
    IN_BUILTIN.with(|c| c.get())
}

/// Lets the collector see into the native state of internal classes the VM defines. Values
/// held there but not reported only make the collector more conservative.
pub fn set_native_children_hook(f: NativeChildren) {
    NATIVE_HOOK.with(|h| h.set(Some(f)));
}

/// Tells the collector which native states give their object a destructor of its internal
/// class (PHP's `dtor_obj` other than the default: a generator's closing).
pub fn set_native_destructor_hook(f: NativeDestructor) {
    NATIVE_DTOR_HOOK.with(|h| h.set(Some(f)));
}

/// Records a possible root and asks the VM for a collection when the threshold is reached.
#[inline(never)]
pub(crate) fn possible_root(n: Node) {
    if IN_BUILTIN.with(|c| c.get()) {
        return;
    }
    if collector::possible_root(n) {
        crate::interrupt::raise();
    }
}

/// An array or object already in the root buffer released (its count still above zero) while
/// a requested collection waits: PHP would have collected before this release (taking the
/// node out of the buffer as live) and buffered it again here, so the release is held until
/// after the collection (see `collector::late_release`). Only called with the interrupt flag
/// up, which a requested collection raises.
#[inline(never)]
pub(crate) fn buffered_release(n: Node) {
    if IN_BUILTIN.with(|c| c.get()) {
        return;
    }
    collector::late_release(n);
}

/// The collector node of a zval, if it is a refcounted block the collector walks through.
#[inline]
fn node_of(v: &Zval) -> Option<Node> {
    match v {
        Zval::Str(s) if !s.is_interned() => Some(s.node()),
        Zval::Arr(a) if !a.is_immutable() => Some(a.node()),
        Zval::Obj(o) => Some(o.node()),
        Zval::Ref(r) => Some(r.node()),
        Zval::Res(r) => Some(r.node()),
        _ => None,
    }
}

/// The children an internal class's native state holds, reported to `visit`: a WeakMap's
/// (ephemerons) gathered first, any other's as they come. Native state is an object's last
/// part, so these follow its slots and properties; it is rare, so kept out of line.
#[inline(never)]
fn native_children(n: &dyn std::any::Any, visit: &mut dyn FnMut(Child)) {
    if let Some(m) = n.downcast_ref::<crate::weak::WeakMapData>() {
        let mut out = Vec::new();
        m.map_children(&mut out, node_of);
        for c in out {
            visit(c);
        }
        return;
    }
    if let Some(f) = NATIVE_HOOK.with(|h| h.get()) {
        f(n, &mut |held| match held {
            Held::Val(v) => {
                if let Some(node) = node_of(v) {
                    visit(Child::plain(node));
                }
            }
            Held::Obj(o) => visit(Child::plain(o.node())),
            Held::Ref(r) => visit(Child::plain(r.node())),
            Held::Arr(a) => {
                if !a.is_immutable() {
                    visit(Child::plain(a.node()))
                }
            }
        });
    }
}

/// Reports `v` to `visit` if it is a collectable handle.
#[inline]
fn visit_val<F: FnMut(Child)>(visit: &mut F, v: &Zval) {
    if let Some(node) = node_of(v) {
        visit(Child::plain(node));
    }
}

/// The PHP heap as the collector sees it; `dtor` runs a destructor (false: the script died).
pub struct PhpHeap<'a> {
    /// Calls `__destruct` on a garbage object (the handle owns the count the collector gave).
    pub dtor: &'a mut dyn FnMut(ZObj) -> bool,
}

// SAFETY: `children` reports exactly the counted handles a block holds: array elements,
// declared slots, the dynamic-properties table (inline), a reference's value, and what the
// native hook reports (native state owns those zvals). It reads blocks without mutating them
// and does not call the collector.
unsafe impl Heap for PhpHeap<'_> {
    fn children(&mut self, node: Node, out: &mut Vec<Child>) {
        self.visit_children(node, |c| out.push(c));
    }

    #[inline]
    fn visit_children_inline<G: FnMut(Node) -> bool, F: FnMut(Child)>(
        &mut self,
        node: Node,
        mut inline: G,
        mut visit: F,
    ) {
        // Only objects have inline parts; their tables open in place, in slot order.
        // SAFETY: the collector only hands over live blocks.
        if unsafe { node.as_ref() }.type_code() != type_code::OBJECT {
            return self.visit_children(node, visit);
        }
        // SAFETY: live object, not mutated during the walk (the tables it opens neither).
        unsafe {
            obj_ops::visit(node, |part| match part {
                obj_ops::Part::Slot(v) => visit_val(&mut visit, v),
                obj_ops::Part::Props(t) => {
                    if !t.is_immutable() && inline(t.node()) {
                        array::gc_ops::for_each_value(t.node(), |v| visit_val(&mut visit, v));
                    }
                }
                obj_ops::Part::Native(n) => native_children(n, &mut visit),
            });
        }
        // SAFETY: as above.
        if unsafe { node.as_ref() }.has(memphis_gc::flags::WEAKLY_REFERENCED) {
            crate::weak::key_children(node, &mut visit, node_of);
        }
    }

    #[inline]
    fn visit_children<F: FnMut(Child)>(&mut self, node: Node, mut visit: F) {
        // SAFETY: the collector only hands over live blocks.
        let code = unsafe { node.as_ref() }.type_code();
        match code {
            type_code::ARRAY => {
                // SAFETY: live array, not mutated during the walk.
                unsafe { array::gc_ops::for_each_value(node, |v| visit_val(&mut visit, v)) }
            }
            type_code::OBJECT => {
                // Native and weak-key children come last.
                // SAFETY: live object, not mutated during the walk.
                unsafe {
                    obj_ops::visit(node, |part| match part {
                        obj_ops::Part::Slot(v) => visit_val(&mut visit, v),
                        obj_ops::Part::Props(t) => {
                            if !t.is_immutable() {
                                visit(Child {
                                    node: t.node(),
                                    inline: true,
                                    weak: memphis_gc::collector::WeakVia::None,
                                });
                            }
                        }
                        obj_ops::Part::Native(n) => native_children(n, &mut visit),
                    });
                }
                // SAFETY: as above.
                if unsafe { node.as_ref() }.has(memphis_gc::flags::WEAKLY_REFERENCED) {
                    crate::weak::key_children(node, &mut visit, node_of);
                }
            }
            type_code::REFERENCE => {
                // SAFETY: live reference, not mutated during the walk.
                visit_val(&mut visit, unsafe { reference::gc_value(node) })
            }
            _ => {}
        }
    }

    #[inline]
    fn has_native_destructor(&mut self, node: Node) -> bool {
        // SAFETY: the collector only hands over live objects; nothing mutates them here.
        let Some(native) = (unsafe { obj_ops::native(node) }) else {
            return false;
        };
        NATIVE_DTOR_HOOK
            .with(|h| h.get())
            .is_some_and(|f| f(native))
    }

    fn call_destructor(&mut self, node: Node) -> bool {
        // SAFETY: the collector handed over one count on a live object.
        let o = unsafe { ZObj::from_node(node) };
        let alive = (self.dtor)(o.clone());
        // PHP's GC_DELREF after the destructor: the count goes, but an object the destructor
        // left unreferenced is not freed here; it stays in the buffer as a root and the rerun
        // collects (and counts) it.
        o.gc().delref();
        std::mem::forget(o);
        alive
    }

    fn destroy(&mut self, node: Node, code: u32) {
        match code {
            type_code::OBJECT => {
                // SAFETY: retyped garbage object owned by the collector.
                unsafe { obj_ops::take_contents(node, crate::release::release_garbage_child) };
            }
            type_code::ARRAY => {
                // SAFETY: retyped garbage array owned by the collector.
                unsafe {
                    array::gc_ops::take_contents(node, crate::release::release_garbage_child)
                };
            }
            _ => {}
        }
    }

    fn free(&mut self, node: Node, code: u32) {
        match code {
            // SAFETY: destroyed garbage nothing refers to any more.
            type_code::OBJECT => unsafe { obj_ops::free_block(node) },
            // SAFETY: as above.
            type_code::ARRAY => unsafe { array::gc_ops::free_header(node) },
            _ => {}
        }
    }
}

/// `gc_collect_cycles()`: one full collection; returns PHP's count of freed values.
pub fn collect(dtor: &mut dyn FnMut(ZObj) -> bool) -> u32 {
    collector::collect_cycles(&mut PhpHeap { dtor })
}

/// The roots a requested collection held (see [`run_requested`]), to give back with
/// [`release_requested`].
pub struct HeldRoots(Node, Vec<Node>);

/// Runs the collection the threshold asked for (the VM calls this between instructions when
/// the interrupt flag was raised and [`pending`] says so); what it held goes back with
/// [`release_requested`], after the VM has put back its live temporaries.
pub fn run_requested(dtor: &mut dyn FnMut(ZObj) -> bool) -> Option<HeldRoots> {
    let (held, late) = collector::run_requested(&mut PhpHeap { dtor })?;
    Some(HeldRoots(held, late))
}

/// Gives back the roots a requested collection held: the one that requested it, then those
/// released after it, as PHP's releases after its collection would.
pub fn release_requested(held: HeldRoots) {
    release_held(held.0, true);
    for n in held.1 {
        release_held(n, false);
    }
}

/// What a running `foreach` holds (PHP's live loop variable), seen by the collector.
pub enum Live<'a> {
    /// The array iterated by value.
    Arr(&'a crate::ZArr),
    /// The object iterated.
    Obj(&'a ZObj),
    /// The reference iterated by reference (its array counts).
    Ref(&'a crate::ZRef),
}

impl Live<'_> {
    fn node(&self) -> Option<Node> {
        match self {
            Live::Arr(a) => (!a.is_immutable()).then(|| a.node()),
            Live::Obj(o) => Some(o.node()),
            Live::Ref(r) => r.with(|v| match v {
                Zval::Arr(a) if !a.is_immutable() => Some(a.node()),
                Zval::Obj(o) => Some(o.node()),
                _ => None,
            }),
        }
    }
}

/// Before a collection, a live loop variable leaves the root buffer
/// (`zend_gc_remove_root_tmpvars`; a reference's value stays).
pub fn unbuffer_live(v: Live<'_>) {
    if matches!(v, Live::Ref(_)) {
        return;
    }
    if let Some(n) = v.node() {
        // SAFETY: a live array or object block.
        if unsafe { n.as_ref() }.address() != 0 {
            collector::remove_from_buffer(n);
        }
    }
}

/// After a collection, a live loop variable is a possible root again, past the threshold if
/// need be (`zend_gc_check_root_tmpvars`, which runs with the collector marked active).
pub fn buffer_live(v: Live<'_>) {
    if let Some(n) = v.node() {
        // SAFETY: a live array or object block.
        if unsafe { n.as_ref() }.may_leak() {
            collector::possible_root_after_collection(n);
        }
    }
}

/// Lets go of a count a builtin took on an array it walked as `zval_ptr_dtor` does, even
/// inside a builtin: the array becomes a possible root. PHP 8.4's `var_dump` and
/// `debug_zval_dump` leave every array they print in the root buffer this way.
pub fn release_walked(a: &crate::ZArr) {
    let was = set_in_builtin(false);
    drop(a.clone());
    set_in_builtin(was);
}

/// Whether a collection is running (a destructor's nested `gc_collect_cycles()` returns 0).
pub fn running() -> bool {
    collector::status().running
}

/// Gives back the count the collector held on a root over a requested collection: the last
/// handle is released the normal way (freeing it, or queueing its destructor); otherwise the
/// node becomes a possible root — past the threshold for the root that requested the
/// collection, as PHP adds it.
fn release_held(n: Node, requester: bool) {
    // SAFETY: held roots are live arrays or objects with one count the collector took.
    let h = unsafe { n.as_ref() };
    if h.refcount() == 1 {
        match h.type_code() {
            // SAFETY: we own that count.
            type_code::OBJECT => drop(unsafe { ZObj::from_node(n) }),
            // SAFETY: as above.
            type_code::ARRAY => drop(unsafe { crate::ZArr::from_node(n) }),
            _ => {}
        }
    } else {
        h.delref();
        if requester {
            collector::possible_root_after_collection(n);
        } else if h.may_leak() {
            possible_root(n);
        }
    }
}

/// Releases a value without recording a possible root (`zval_ptr_dtor_nogc`), as PHP releases
/// temporaries, internal functions' arguments and foreach's copy of what it iterates.
#[inline(always)]
pub fn release_nogc(v: Zval) {
    // Most released values hold nothing, and a string is never a root: no call for them.
    match v {
        Zval::Str(s) => drop(s),
        _ if v.is_refcounted() => release_handle_nogc(v),
        _ => std::mem::forget(v),
    }
}

/// Empties a vector of values as [`release_nogc`] lets go of each (an internal call's
/// arguments, a builtin call's record of them), keeping its capacity for the next call.
#[inline]
pub fn clear_nogc(v: &mut Vec<Zval>) {
    let n = v.len();
    let p = v.as_ptr();
    // SAFETY: the length is set to zero first, so each of the `n` initialised values below
    // is read out exactly once and owned by the read alone (were a release to unwind, the
    // rest would leak, never be freed twice).
    unsafe {
        v.set_len(0);
        for i in 0..n {
            release_nogc(std::ptr::read(p.add(i)));
        }
    }
}

#[inline(never)]
fn release_handle_nogc(v: Zval) {
    match v {
        // A string is never a root: its release is its drop.
        Zval::Str(s) => drop(s),
        Zval::Arr(a) => a.release_nogc(),
        Zval::Obj(o) => o.release_nogc(),
        Zval::Ref(r) => r.release_nogc(),
        v => drop(v),
    }
}

/// Whether a collection is waiting for the VM.
pub fn pending() -> bool {
    collector::collection_requested()
}

/// The figures of `gc_status()`.
pub fn status() -> Status {
    collector::status()
}

/// `gc_enable()`/`gc_disable()` and `zend.enable_gc`; returns the old setting.
pub fn enable(on: bool) -> bool {
    collector::enable(on)
}

/// Whether the collector runs by itself (`gc_enabled()`).
pub fn enabled() -> bool {
    collector::enabled()
}

/// Stops recording roots (after a fatal error, as PHP does).
pub fn protect() {
    collector::protect(true);
}
