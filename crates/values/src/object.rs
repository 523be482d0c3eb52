//! `zend_object`: header, class, handle, declared property slots inline, dynamic properties on
//! demand — and the object store that hands out handles and defers destructors.
//!
//! An object costs `bin(40 + 16·P)` for P declared property slots (+16 when the class has
//! property magic, for Zend's guard slot), exactly as in PHP.
//!
//! Destructors: when the last reference goes, an object whose class has `__destruct` (not yet
//! called) is not freed; it moves to the pending-destructor queue with refcount 1 and the VM
//! runs its destructor before the next instruction ([`take_pending_destructor`]). PHP calls it
//! at the same point in the script; running it between instructions keeps the Rust side free of
//! re-entrancy.

use crate::{ZArr, ZStr, Zval};
use memphis_gc::{flags, type_code, GcHeader};
use rustc_hash::FxHashMap as HashMap;
use std::any::Any;
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::rc::Rc;

/// Property visibility and modifier bits (`ZEND_ACC_*`).
pub mod acc {
    /// `public`.
    pub const PUBLIC: u32 = 1;
    /// `protected`.
    pub const PROTECTED: u32 = 2;
    /// `private`.
    pub const PRIVATE: u32 = 4;
    /// `static`.
    pub const STATIC: u32 = 0x10;
    /// `final`.
    pub const FINAL: u32 = 0x20;
    /// `abstract`.
    pub const ABSTRACT: u32 = 0x40;
    /// `readonly`.
    pub const READONLY: u32 = 0x80;
    /// Class is an interface.
    pub const INTERFACE: u32 = 0x100;
    /// Class is a trait.
    pub const TRAIT: u32 = 0x200;
    /// Class is an enum.
    pub const ENUM: u32 = 0x400;
    /// Class allows dynamic properties without deprecation (stdClass, `#[AllowDynamicProperties]`).
    pub const ALLOW_DYNAMIC: u32 = 0x800;
    /// Class declares property magic (`__get`/`__set`/`__isset`/`__unset`).
    pub const USE_GUARDS: u32 = 0x1000;
    /// Class is anonymous.
    pub const ANON: u32 = 0x2000;
    /// Property/class is typed-uninitialised until assigned.
    pub const TYPED: u32 = 0x4000;
    /// Property writable only from its declaring class (`private(set)`, PHP 8.4).
    pub const PRIVATE_SET: u32 = 0x8000;
    /// Property writable only from its class hierarchy (`protected(set)`, PHP 8.4).
    pub const PROTECTED_SET: u32 = 0x1_0000;
}

/// A declared instance property.
#[derive(Debug)]
pub struct PropInfo {
    /// Name without `$`.
    pub name: ZStr,
    /// `acc::*` bits.
    pub flags: u32,
    /// Class that declared it (matters for private properties).
    pub declaring: ZStr,
    /// Initial value of the slot (`Undef` for typed properties without default).
    pub default: Zval,
}

/// A class as objects see it: name, layout of property slots, destructor. Everything else the
/// VM needs (methods, constants, statics, types) hangs off [`ClassEntry::ext`].
pub struct ClassEntry {
    /// Name as declared.
    pub name: ZStr,
    /// Lowercased name (class lookups are case-insensitive).
    pub lcname: Vec<u8>,
    /// `acc::*` bits.
    pub flags: u32,
    /// Parent class.
    pub parent: Option<Rc<ClassEntry>>,
    /// Declared instance properties in slot order (inherited ones first).
    pub props: Vec<PropInfo>,
    /// Property name → slot, for the properties visible by name from outside the class.
    pub prop_slots: HashMap<Vec<u8>, u32>,
    /// Whether the class (or a parent) has `__destruct`.
    pub has_destructor: bool,
    /// Smallest block for an instance (0: a plain `zend_object` with its slots): internal
    /// classes whose C structure embeds more, and their subclasses, take PHP's size.
    pub object_size: usize,
    /// The arrays in its declared slots stand for storage PHP keeps inside the object (SPL
    /// containers written in PHP): the collector opens them in place and does not count them.
    pub inline_arrays: bool,
    /// The VM's own data for this class.
    pub ext: Box<dyn Any>,
    /// Handle of the class's enum cases and other per-class mutable state can live in `ext`;
    /// this counter numbers anonymous instances for debugging.
    pub instances: Cell<u64>,
}

impl std::fmt::Debug for ClassEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "class {}", self.name.to_string_lossy())
    }
}

impl ClassEntry {
    /// Whether `self` is `other` or inherits from it (classes only; the VM adds interfaces).
    pub fn is_subclass_of(&self, other: &ClassEntry) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if std::ptr::eq(k, other) {
                return true;
            }
            c = k.parent.as_deref();
        }
        false
    }
}

#[repr(C)]
struct ZendObject {
    gc: GcHeader,
    handle: u32,
    nslots: u32,
    ce: Rc<ClassEntry>,
    props: UnsafeCell<Option<ZArr>>,
    /// Native state of internal classes (closures, generators, iterators), in Zend's
    /// `handlers` word.
    native: UnsafeCell<Option<NativeBox>>,
    // followed by `nslots` UnsafeCell<Zval>
}

/// An internal class's native state behind one thin pointer, in one allocation: the value
/// follows a view of itself as `dyn Any` and the function that frees it. (A `Box<dyn Any>` is
/// two words, too wide for the object header; boxing that box again cost a second
/// allocation for every closure, generator and WeakReference.)
struct NativeBox(NonNull<NativeHead>);

#[repr(C)]
struct NativeHead {
    /// The value, as `dyn Any`: it lies in this same block, after this header.
    any: *const dyn Any,
    /// Frees the whole block (as the `NativeCell` of the value's type it was made as).
    free: unsafe fn(NonNull<NativeHead>),
}

#[repr(C)]
struct NativeCell<T> {
    head: NativeHead,
    value: T,
}

impl NativeBox {
    fn new<T: Any>(value: T) -> NativeBox {
        /// Frees a block made by `NativeBox::new::<T>`.
        ///
        /// # Safety
        /// `p` is such a block, not freed yet.
        unsafe fn free<T>(p: NonNull<NativeHead>) {
            // SAFETY: per the contract the block was leaked from a `Box<NativeCell<T>>`.
            drop(unsafe { Box::from_raw(p.cast::<NativeCell<T>>().as_ptr()) });
        }
        let cell = Box::into_raw(Box::new(NativeCell {
            head: NativeHead {
                any: std::ptr::null::<()>() as *const dyn Any,
                free: free::<T>,
            },
            value,
        }));
        // SAFETY: `cell` is the block just leaked (non-null, initialised); the view points at
        // its value, which never moves while the block lives.
        unsafe {
            (*cell).head.any = &(*cell).value as &dyn Any as *const dyn Any;
            NativeBox(NonNull::new_unchecked(cell.cast::<NativeHead>()))
        }
    }

    fn as_any(&self) -> &dyn Any {
        // SAFETY: the block lives as long as this box; its view points into it.
        unsafe { &*self.0.as_ref().any }
    }
}

impl Drop for NativeBox {
    fn drop(&mut self) {
        // SAFETY: the block was made by `NativeBox::new` with this `free`, and is freed once.
        unsafe { (self.0.as_ref().free)(self.0) }
    }
}

const OBJ_HEADER: usize = std::mem::size_of::<ZendObject>();

/// Writes the two words of a new object's guard slot: which of its typed properties (of
/// class `ce`) are never initialized yet.
///
/// # Safety
/// `words` points at the guard slot of an object being made, 16 writable bytes.
#[cold]
#[inline(never)]
unsafe fn mark_uninit(ce: &ClassEntry, words: *mut u64) {
    let mut bits = [0u64; 2];
    for (i, pi) in ce.props.iter().enumerate().take(UNINIT_TRACKED) {
        if pi.default.is_undef() {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    // SAFETY: per the contract, two words are writable there.
    unsafe {
        words.write(bits[0]);
        words.add(1).write(bits[1]);
    }
}

/// Declared slots whose "never initialized" mark is kept (two words in the guard slot).
const UNINIT_TRACKED: usize = 128;
const _: () = assert!(OBJ_HEADER == 40);

/// A look at an object's dynamic-properties table: a counted handle, released without
/// buffering a possible root (PHP reads the table in place, taking no reference).
pub struct DynProps(ManuallyDrop<ZArr>);

impl std::ops::Deref for DynProps {
    type Target = ZArr;
    fn deref(&self) -> &ZArr {
        &self.0
    }
}

impl Drop for DynProps {
    fn drop(&mut self) {
        // SAFETY: taken exactly once, here; the field is never used afterwards.
        let t = unsafe { ManuallyDrop::take(&mut self.0) };
        t.release_nogc();
    }
}

/// A handle to a PHP object. Objects are shared by handle: no copy-on-write.
pub struct ZObj(NonNull<ZendObject>);

impl ZObj {
    /// Creates an object of class `ce` with its declared defaults, registered in the object store.
    pub fn new(ce: Rc<ClassEntry>) -> ZObj {
        let size = ce.object_size;
        Self::new_sized(ce, size)
    }

    /// Like [`ZObj::new`], in a block of at least `bytes`: internal classes whose C structure
    /// embeds more than `zend_object` (closures, generators, SPL containers) take PHP's size.
    pub fn new_sized(ce: Rc<ClassEntry>, bytes: usize) -> ZObj {
        let n = ce.props.len();
        let guard = if ce.flags & acc::USE_GUARDS != 0 {
            16
        } else {
            0
        };
        let size = (OBJ_HEADER + 16 * n + guard).max(bytes);
        let p = crate::interrupt::checked(memphis_mm::alloc(size)).cast::<ZendObject>();
        let mut fl = 0;
        if ce.has_destructor {
            fl |= flags::HAS_DESTRUCTOR;
        }
        // SAFETY: fresh block of header + n slots; we initialise the header and every slot.
        unsafe {
            let slots = p
                .as_ptr()
                .cast::<u8>()
                .add(OBJ_HEADER)
                .cast::<UnsafeCell<Zval>>();
            for (i, pi) in ce.props.iter().enumerate() {
                slots.add(i).write(UnsafeCell::new(pi.default.clone()));
            }
            if guard != 0 {
                mark_uninit(&ce, slots.add(n).cast::<u64>());
            }
            p.as_ptr().write(ZendObject {
                gc: GcHeader::new(type_code::OBJECT, fl),
                handle: 0,
                nslots: n as u32,
                ce,
                props: UnsafeCell::new(None),
                native: UnsafeCell::new(None),
            });
        }
        let o = ZObj(p);
        let h = store::register(p);
        // SAFETY: we are the only holder; setting the handle field of a fresh object.
        unsafe { (*p.as_ptr()).handle = h };
        o
    }

    /// The guard slot's words (objects of classes with property magic have one), where the
    /// typed properties never initialized are marked (PHP's `IS_PROP_UNINIT`).
    fn uninit_words(&self) -> Option<*mut u64> {
        if self.class().flags & acc::USE_GUARDS == 0 {
            return None;
        }
        let n = self.obj().nslots as usize;
        // SAFETY: an object of a class using guards has 16 bytes after its `n` slots, written
        // as two words when it was made.
        Some(unsafe {
            self.0
                .as_ptr()
                .cast::<u8>()
                .add(OBJ_HEADER + 16 * n)
                .cast::<u64>()
        })
    }

    /// Whether declared slot `i` holds a typed property never initialized (nor unset since):
    /// property magic skips it, as PHP skips `IS_PROP_UNINIT` slots. Known for objects whose
    /// class has magic methods (the only ones where it matters), for their first 128 slots.
    pub fn prop_uninit(&self, i: usize) -> bool {
        match self.uninit_words() {
            // SAFETY: `i < 128` indexes one of the two words (see `uninit_words`).
            Some(w) if i < UNINIT_TRACKED => unsafe { *w.add(i / 64) >> (i % 64) & 1 != 0 },
            _ => false,
        }
    }

    /// Marks declared slot `i` as no longer "never initialized" (it was unset: property magic
    /// applies to it from now on).
    pub fn clear_prop_uninit(&self, i: usize) {
        if let Some(w) = self.uninit_words() {
            if i < UNINIT_TRACKED {
                // SAFETY: as in `prop_uninit`; the words are plain data of this object.
                unsafe { *w.add(i / 64) &= !(1u64 << (i % 64)) };
            }
        }
    }

    #[inline]
    fn obj(&self) -> &ZendObject {
        // SAFETY: a live handle points at an initialised object.
        unsafe { self.0.as_ref() }
    }

    /// The object's class.
    #[inline]
    pub fn class(&self) -> &Rc<ClassEntry> {
        &self.obj().ce
    }

    /// The object handle (`#N` in var_dump, `spl_object_id`).
    #[inline]
    pub fn handle(&self) -> u32 {
        self.obj().handle
    }

    /// Reference count.
    pub fn refcount(&self) -> u32 {
        self.obj().gc.refcount()
    }

    /// The block as the collector sees it.
    #[inline]
    pub(crate) fn node(&self) -> memphis_gc::Node {
        self.0.cast()
    }

    /// A handle from a collector node, taking over one count the caller owns.
    ///
    /// # Safety
    /// `n` is a live object block and the caller gives up one counted reference to it.
    pub(crate) unsafe fn from_node(n: memphis_gc::Node) -> ZObj {
        ZObj(n.cast())
    }

    /// The GC header (flags such as destructor-called, recursion guards).
    pub fn gc(&self) -> &GcHeader {
        &self.obj().gc
    }

    /// Whether both handles are the same object.
    #[inline]
    pub fn ptr_eq(&self, o: &ZObj) -> bool {
        self.0 == o.0
    }

    /// Address, for identity.
    pub fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr().cast()
    }

    /// Number of declared property slots.
    #[inline]
    pub fn num_slots(&self) -> usize {
        self.obj().nslots as usize
    }

    #[inline]
    fn slot_cell(&self, i: usize) -> &UnsafeCell<Zval> {
        assert!(i < self.num_slots());
        // SAFETY: i < nslots; slots follow the header.
        unsafe {
            &*self
                .0
                .as_ptr()
                .cast::<u8>()
                .add(OBJ_HEADER)
                .cast::<UnsafeCell<Zval>>()
                .add(i)
        }
    }

    /// A copy of declared property slot `i` (`Undef` when uninitialised or unset).
    #[inline]
    pub fn slot(&self, i: usize) -> Zval {
        // SAFETY: no borrow of a slot outlives a method of this type.
        unsafe { (*self.slot_cell(i).get()).clone() }
    }

    /// Runs `f` on slot `i` without copying. `f` must not touch this object's slots.
    #[inline(always)]
    pub fn with_slot<R>(&self, i: usize, f: impl FnOnce(&Zval) -> R) -> R {
        // SAFETY: see `slot`; the closure contract forbids re-entry into this slot.
        f(unsafe { &*self.slot_cell(i).get() })
    }

    /// Stores `v` in slot `i`, returning the previous value (the value copied as two words,
    /// see [`Zval::replace_into`]).
    #[inline(always)]
    pub fn set_slot(&self, i: usize, v: Zval) -> Zval {
        // SAFETY: a single store through the cell; no borrow of the slot is live.
        v.replace_into(unsafe { &mut *self.slot_cell(i).get() })
    }

    /// Modifies slot `i` through a temporary move (so the object may be reached again inside).
    pub fn modify_slot<R>(&self, i: usize, f: impl FnOnce(&mut Zval) -> R) -> R {
        let mut v = self.set_slot(i, Zval::Undef);
        let r = f(&mut v);
        let _ = self.set_slot(i, v);
        r
    }

    /// A look at the dynamic-properties table, if any (a counted handle released without a
    /// possible root).
    pub fn dyn_props(&self) -> Option<DynProps> {
        // SAFETY: short shared read of the cell.
        unsafe { (*self.obj().props.get()).clone() }.map(|t| DynProps(ManuallyDrop::new(t)))
    }

    /// Whether the object has a dynamic-properties table.
    pub fn has_dyn_props(&self) -> bool {
        // SAFETY: short shared read.
        unsafe { (*self.obj().props.get()).is_some() }
    }

    /// Modifies the dynamic-properties table (created on demand) through a temporary move.
    pub fn modify_dyn_props<R>(&self, f: impl FnOnce(&mut ZArr) -> R) -> R {
        // SAFETY: single moves in and out of the cell; no borrow outlives them.
        let mut t = unsafe { (*self.obj().props.get()).take() }.unwrap_or_default();
        let r = f(&mut t);
        // SAFETY: as above.
        let old = unsafe { (*self.obj().props.get()).replace(t) };
        drop(old);
        r
    }

    /// Attaches native state; only once per object (returns false if already set), so no
    /// borrow handed out by [`ZObj::native`] can be invalidated.
    pub fn set_native<T: Any>(&self, data: T) -> bool {
        // SAFETY: the cell is only written here, and only while empty (no borrows exist).
        let cell = unsafe { &mut *self.obj().native.get() };
        if cell.is_some() {
            return false;
        }
        *cell = Some(NativeBox::new(data));
        true
    }

    /// The native state, if it is a `T`.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        // SAFETY: once set, the native box is never replaced or dropped before the object is
        // freed, which cannot happen while `&self` is alive.
        let cell = unsafe { &*self.obj().native.get() };
        cell.as_ref().and_then(|b| b.as_any().downcast_ref::<T>())
    }

    /// A new object with the same class and shallow copies of all properties (`clone`); its
    /// dynamic-properties table is the same table, counted once more, when `share_props`
    /// (PHP's fast copy for objects without declared properties or `__clone`).
    pub fn shallow_clone(&self, share_props: bool) -> ZObj {
        let o = ZObj::new(self.class().clone());
        for i in 0..self.num_slots() {
            let _ = o.set_slot(i, self.slot(i));
        }
        // The marks of properties never initialized go with the values (PHP copies the slots
        // whole).
        if let (Some(from), Some(to)) = (self.uninit_words(), o.uninit_words()) {
            // SAFETY: both objects are of one class: two words each (see `uninit_words`).
            unsafe {
                *to = *from;
                *to.add(1) = *from.add(1);
            }
        }
        if let Some(t) = self.dyn_props() {
            // Shared, PHP's fast copy: writes to either object separate it then.
            let copy = if share_props { (*t).clone() } else { t.dup() };
            o.modify_dyn_props(|p| *p = copy);
        }
        o
    }
}

impl ZObj {
    /// Drops this handle without recording a possible root (`zval_ptr_dtor_nogc`: what PHP
    /// does with temporaries and internal functions' arguments).
    #[inline]
    pub fn release_nogc(self) {
        if self.refcount() <= 1 {
            drop(self);
            return;
        }
        self.obj().gc.delref();
        std::mem::forget(self);
    }
}

impl Clone for ZObj {
    #[inline]
    fn clone(&self) -> ZObj {
        self.obj().gc.addref();
        ZObj(self.0)
    }
}

impl Drop for ZObj {
    fn drop(&mut self) {
        let gc = &self.obj().gc;
        if gc.delref() != 0 {
            if gc.may_leak() {
                crate::gc::possible_root(self.node());
            } else if gc.address() != 0 && crate::interrupt::raised() {
                crate::gc::buffered_release(self.node());
            }
            return;
        }
        if gc.type_code() == type_code::NULL {
            return; // garbage the collector is freeing
        }
        if gc.has(flags::HAS_DESTRUCTOR) && !gc.has(flags::DESTRUCTOR_CALLED) {
            gc.set_refcount(1);
            store::defer_destructor(ZObj(self.0));
            return;
        }
        free_object(self.0);
    }
}

fn free_object(p: NonNull<ZendObject>) {
    // SAFETY: refcount reached 0; we own the object exclusively from here. It leaves the root
    // buffer, then is emptied and freed the way the collector frees garbage.
    unsafe {
        if (*p.as_ptr()).gc.address() != 0 {
            memphis_gc::collector::remove_from_buffer(p.cast());
        }
        gc_ops::take_contents(p.cast(), crate::release::drop_value);
        gc_ops::free_block(p.cast());
    }
}

impl std::fmt::Debug for ZObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "object({})#{}",
            self.class().name.to_string_lossy(),
            self.handle()
        )
    }
}

/// Takes the next object whose destructor is due (refcount held by the returned handle).
pub fn take_pending_destructor() -> Option<ZObj> {
    store::take_pending()
}

/// Whether destructors are waiting to run.
pub fn has_pending_destructors() -> bool {
    store::has_pending()
}

/// Every live object, in handle order (for shutdown, which calls remaining destructors in
/// creation order).
pub fn live_objects() -> Vec<ZObj> {
    store::live()
}

/// Number of handles in use or free in the store (its high-water mark).
pub fn store_size() -> usize {
    store::size()
}

mod store {
    use super::{ZObj, ZendObject};
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::ptr::NonNull;

    /// The object store: one pointer per handle in a block of the PHP heap (1024 slots at
    /// first, doubled when full, as `EG(objects_store)`), free handles reused last-in first-out
    /// through a list threaded through the free slots themselves, as PHP's (a free slot holds
    /// the next free handle shifted left, with the low bit set: never an object's address).
    struct Store {
        block: Option<NonNull<u8>>,
        cap: usize,
        top: usize,
        /// The last handle freed (0: none; handle 0 is never given out).
        free_head: u32,
        pending: VecDeque<ZObj>,
    }

    thread_local! {
        static STORE: RefCell<Store> = const { RefCell::new(Store {
            block: None, cap: 0, top: 1, free_head: 0, pending: VecDeque::new()
        }) };
    }

    /// A free slot's link to free handle `next`.
    fn free_link(next: u32) -> *mut ZendObject {
        std::ptr::without_provenance_mut(((next as usize) << 1) | 1)
    }

    /// The store. Taken as a pointer out of a trivial `with`, which inlines to a thread-local
    /// load (a `with` around the whole operation stays an out-of-line call through the key's
    /// accessor: most of a handle's registration cost).
    #[inline(always)]
    fn store() -> &'static RefCell<Store> {
        let s: *const RefCell<Store> = STORE.with(|s| s as *const RefCell<Store>);
        // SAFETY: the thread-local lives until this thread's thread-local destructors run;
        // the reference is only used within the calling function, on this thread, before
        // then (`with` above panics once it is gone, as before).
        unsafe { &*s }
    }

    impl Store {
        fn slots(&self) -> *mut *mut ZendObject {
            self.block
                .map_or(std::ptr::null_mut(), |b| b.as_ptr().cast())
        }
    }

    /// Allocates the store's handle table (request start-up does this in PHP).
    pub fn init() {
        let mut s = store().borrow_mut();
        if s.block.is_none() {
            s.block = Some(crate::interrupt::checked(memphis_mm::alloc(1024 * 8)));
            s.cap = 1024;
        }
    }

    pub fn register(p: NonNull<ZendObject>) -> u32 {
        if store().borrow().block.is_none() {
            init();
        }
        let mut s = store().borrow_mut();
        let h = if s.free_head != 0 {
            let h = s.free_head;
            // SAFETY: a handle on the free list is below `top`, its slot a link.
            s.free_head = (unsafe { *s.slots().add(h as usize) }.addr() >> 1) as u32;
            h
        } else {
            if s.top == s.cap {
                let old = s.block.expect("store initialised");
                // SAFETY: the table block is live; realloc keeps its prefix.
                let nb =
                    unsafe { crate::interrupt::checked(memphis_mm::realloc(old, s.cap * 2 * 8)) }
                        .unwrap_or_else(|| {
                            std::alloc::handle_alloc_error(std::alloc::Layout::new::<u64>())
                        });
                s.block = Some(nb);
                s.cap *= 2;
            }
            s.top += 1;
            (s.top - 1) as u32
        };
        // SAFETY: h < cap.
        unsafe { *s.slots().add(h as usize) = p.as_ptr() };
        h
    }

    pub fn unregister(h: u32) {
        let mut s = store().borrow_mut();
        let link = free_link(s.free_head);
        // SAFETY: h < top <= cap.
        unsafe { *s.slots().add(h as usize) = link };
        s.free_head = h;
    }

    pub fn defer_destructor(o: ZObj) {
        STORE.with(|s| s.borrow_mut().pending.push_back(o));
        crate::interrupt::raise();
    }

    pub fn take_pending() -> Option<ZObj> {
        STORE.with(|s| s.borrow_mut().pending.pop_front())
    }

    pub fn has_pending() -> bool {
        STORE.with(|s| !s.borrow().pending.is_empty())
    }

    pub fn size() -> usize {
        STORE.with(|s| s.borrow().top)
    }

    pub fn live() -> Vec<ZObj> {
        STORE.with(|s| {
            let s = s.borrow();
            let mut out = Vec::new();
            for h in 1..s.top {
                // SAFETY: h < top; an entry is a live object or a free link (low bit set).
                let p = unsafe { *s.slots().add(h) };
                if p.addr() & 1 != 0 {
                    continue;
                }
                if let Some(p) = NonNull::new(p) {
                    // SAFETY: live object: take a new reference to it.
                    unsafe { p.as_ref().gc.addref() };
                    out.push(ZObj(p));
                }
            }
            out
        })
    }
}

pub use store::init as init_store;

/// The collector's view of an object block.
pub(crate) mod gc_ops {
    use super::{store, ZendObject, OBJ_HEADER};
    use crate::{ZArr, Zval};
    use memphis_gc::{flags, Node};
    use std::any::Any;
    use std::cell::UnsafeCell;

    /// What an object holds, part by part.
    pub(crate) enum Part<'a> {
        /// A declared property slot.
        Slot(&'a Zval),
        /// The dynamic-properties table.
        Props(&'a ZArr),
        /// Native state of an internal class.
        Native(&'a dyn Any),
    }

    /// Calls `f` on every declared property, then on the dynamic-properties table and the
    /// native state, if any.
    ///
    /// # Safety
    /// `n` is a live object block and nothing mutates it during the call.
    #[inline(always)]
    pub(crate) unsafe fn visit(n: Node, mut f: impl FnMut(Part<'_>)) {
        let o = n.cast::<ZendObject>().as_ptr();
        // SAFETY: per the contract: a live object, slots initialised, cells not borrowed.
        unsafe {
            let slots = o.cast::<u8>().add(OBJ_HEADER).cast::<UnsafeCell<Zval>>();
            let ce: &std::rc::Rc<super::ClassEntry> = &(*o).ce;
            let inline = ce.inline_arrays;
            for i in 0..(*o).nslots as usize {
                match &*(*slots.add(i)).get() {
                    Zval::Arr(a) if inline => f(Part::Props(a)),
                    v => f(Part::Slot(v)),
                }
            }
            if let Some(t) = (*(*o).props.get()).as_ref() {
                f(Part::Props(t));
            }
            if let Some(b) = (*(*o).native.get()).as_ref() {
                f(Part::Native(b.as_any()));
            }
        }
    }

    /// The native state of object `n`, if any.
    ///
    /// # Safety
    /// `n` is a live object block and nothing mutates it while the borrow lives.
    pub(crate) unsafe fn native<'a>(n: Node) -> Option<&'a dyn Any> {
        let o = n.cast::<ZendObject>().as_ptr();
        // SAFETY: per the contract: a live object whose native cell is not being replaced.
        unsafe { (*(*o).native.get()).as_ref().map(super::NativeBox::as_any) }
    }

    /// Empties object `n` the way `zend_object_std_dtor` does: weak references are told
    /// first, then each property slot and the dynamic-properties table go to `release` in
    /// order (no copy of them is made), then the native state; the handle is given back last.
    ///
    /// # Safety
    /// The caller owns block `n` (refcount 0, or collector garbage); nothing else reads it
    /// while this runs.
    pub(crate) unsafe fn take_contents(n: Node, mut release: impl FnMut(Zval)) {
        let o = n.cast::<ZendObject>().as_ptr();
        // SAFETY: per the contract the caller owns the block; each slot is moved out once
        // and replaced by `Undef`, so `free_block` drops nothing twice.
        unsafe {
            if (*o).gc.has(flags::WEAKLY_REFERENCED) {
                crate::weak::object_freed(n);
            }
            let slots = o.cast::<u8>().add(OBJ_HEADER).cast::<UnsafeCell<Zval>>();
            let count = (*o).nslots as usize;
            for i in 0..count {
                release(std::mem::replace(&mut *(*slots.add(i)).get(), Zval::Undef));
            }
            if let Some(t) = (*(*o).props.get()).take() {
                // A table shared with a clone or an array (PHP's `GC_DELREF` of
                // `zobj->properties`) only loses a count, without becoming a possible root.
                if t.refcount() > 1 {
                    t.release_nogc();
                } else {
                    release(Zval::Arr(t));
                }
            }
            let native = (*(*o).native.get()).take();
            drop(native);
            store::unregister((*o).handle);
        }
    }

    /// Frees the block of an object emptied by [`take_contents`].
    ///
    /// # Safety
    /// `n` is such a block; nothing refers to it any more.
    pub(crate) unsafe fn free_block(n: Node) {
        let o = n.cast::<ZendObject>().as_ptr();
        // SAFETY: the slots hold `Undef` (nothing to drop); the class reference is read out
        // once and the block returned to the PHP heap.
        unsafe {
            let ce = std::ptr::read(&(*o).ce);
            memphis_mm::free(n.cast());
            drop(ce);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::NativeBox;
    use std::cell::Cell;
    use std::rc::Rc;

    /// Counts its drops, to see the state freed exactly once.
    struct Tracked(Rc<Cell<u32>>, [u64; 3]);

    impl Drop for Tracked {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    /// A class `C` with `flags` and one property `p{i}` per default in `defaults`.
    fn class(flags: u32, defaults: Vec<crate::Zval>) -> Rc<super::ClassEntry> {
        use crate::ZStr;
        Rc::new(super::ClassEntry {
            name: ZStr::from("C"),
            lcname: b"c".to_vec(),
            flags,
            parent: None,
            props: defaults
                .into_iter()
                .enumerate()
                .map(|(i, default)| super::PropInfo {
                    name: ZStr::from(format!("p{i}").as_str()),
                    flags: 0,
                    declaring: ZStr::from("C"),
                    default,
                })
                .collect(),
            prop_slots: Default::default(),
            has_destructor: false,
            object_size: 0,
            inline_arrays: false,
            ext: Box::new(()),
            instances: Cell::new(0),
        })
    }

    #[test]
    fn set_slot_swaps_values_and_keeps_counts() {
        use super::ZObj;
        use crate::{ZArr, Zval};
        let o = ZObj::new(class(0, vec![Zval::Null, Zval::Null]));
        let arr = ZArr::new();
        let old = o.set_slot(1, Zval::Arr(arr.clone()));
        assert!(matches!(old, Zval::Null));
        assert_eq!(arr.refcount(), 2);
        let old = o.set_slot(1, Zval::Long(5));
        assert!(matches!(&old, Zval::Arr(a) if a.ptr_eq(&arr)));
        drop(old);
        assert_eq!(arr.refcount(), 1);
        assert!(matches!(o.slot(1), Zval::Long(5)));
        assert!(matches!(o.slot(0), Zval::Null));
    }

    #[test]
    fn never_initialized_marks_follow_unset_and_clone() {
        use super::{acc, ZObj};
        use crate::Zval;
        // Every third property is typed without a default.
        let defaults = |n: usize| {
            (0..n)
                .map(|i| if i % 3 == 0 { Zval::Undef } else { Zval::Null })
                .collect()
        };
        // A class with property magic: its 130 slots' marks, past the first word too.
        let o = ZObj::new(class(acc::USE_GUARDS, defaults(130)));
        assert!(o.prop_uninit(0) && !o.prop_uninit(1) && o.prop_uninit(99));
        assert!(!o.prop_uninit(129), "past the tracked slots: no mark");
        o.clear_prop_uninit(99);
        assert!(!o.prop_uninit(99) && o.prop_uninit(102));
        let c = o.shallow_clone(false);
        assert!(!c.prop_uninit(99) && c.prop_uninit(0));
        // Without magic nothing is kept.
        let p = ZObj::new(class(0, defaults(4)));
        assert!(!p.prop_uninit(0));
    }

    #[test]
    fn native_box_holds_one_value_of_its_type() {
        let drops = Rc::new(Cell::new(0));
        let b = NativeBox::new(Tracked(drops.clone(), [1, 2, 3]));
        let t = b.as_any().downcast_ref::<Tracked>().map(|t| t.1);
        assert_eq!(t, Some([1, 2, 3]));
        assert!(b.as_any().downcast_ref::<u64>().is_none());
        assert_eq!(drops.get(), 0);
        drop(b);
        assert_eq!(drops.get(), 1);
        // A zero-sized state and a large one.
        let z = NativeBox::new(());
        assert!(z.as_any().downcast_ref::<()>().is_some());
        let big = NativeBox::new(vec![7u8; 1000]);
        assert_eq!(
            big.as_any().downcast_ref::<Vec<u8>>().map(|v| v.len()),
            Some(1000)
        );
    }
}
