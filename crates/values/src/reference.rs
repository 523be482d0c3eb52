//! `zend_reference`: the box two or more variables share after `$b = &$a`.

use crate::Zval;
use memphis_gc::{flags, type_code, GcHeader};
use std::cell::UnsafeCell;
use std::ptr::NonNull;

#[repr(C)]
struct ZendReference {
    gc: GcHeader,
    val: UnsafeCell<Zval>,
    /// Typed-property sources in Zend; kept for the 32-byte size.
    _sources: usize,
}

/// A handle to a PHP reference. The value inside is only reached by copying it out or
/// swapping it, so that no two borrows of one shared slot can ever overlap.
pub struct ZRef(NonNull<ZendReference>);

impl ZRef {
    /// A new reference holding `v` (refcount 1).
    pub fn new(v: Zval) -> ZRef {
        let p = crate::interrupt::checked(memphis_mm::alloc(std::mem::size_of::<ZendReference>()))
            .cast::<ZendReference>();
        // SAFETY: fresh block of the right size and alignment.
        unsafe {
            p.as_ptr().write(ZendReference {
                gc: GcHeader::new(type_code::REFERENCE, flags::NOT_COLLECTABLE),
                val: UnsafeCell::new(v),
                _sources: 0,
            })
        };
        ZRef(p)
    }

    fn inner(&self) -> &ZendReference {
        // SAFETY: a live handle points at an initialised reference.
        unsafe { self.0.as_ref() }
    }

    /// A copy of the value inside (adds a reference to it).
    #[inline]
    pub fn get(&self) -> Zval {
        // SAFETY: no `&mut` to the slot is ever handed out; this shared read ends before return.
        unsafe { (*self.inner().val.get()).clone() }
    }

    /// Runs `f` on the value without copying it. `f` must not touch this reference again.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&Zval) -> R) -> R {
        // SAFETY: the slot is only mutated by `replace`, which callers cannot reach from `f`
        // for this reference without breaking the documented rule; value drops run no PHP code
        // (destructors are deferred), so no hidden re-entry happens.
        f(unsafe { &*self.inner().val.get() })
    }

    /// Puts `v` inside and returns the previous value.
    #[inline]
    pub fn replace(&self, v: Zval) -> Zval {
        // SAFETY: the swap is a single move; no borrow of the slot outlives a method call.
        unsafe { std::mem::replace(&mut *self.inner().val.get(), v) }
    }

    /// Takes the value out, leaving null (to modify it and put it back).
    #[inline]
    pub fn take(&self) -> Zval {
        self.replace(Zval::Null)
    }

    /// Runs `f` on the value where it lies, for arithmetic on a scalar inside (a static
    /// property's `++`). `f` must not touch this reference again, and a value it overwrites
    /// must own nothing (so that no drop glue runs while the slot is borrowed).
    #[inline]
    pub fn modify_in_place<R>(&self, f: impl FnOnce(&mut Zval) -> R) -> R {
        // SAFETY: per the contract nothing reaches this slot while `f` holds it: `f` does not
        // touch the reference and drops nothing that could run code.
        f(unsafe { &mut *self.inner().val.get() })
    }

    /// Modifies the value in place through a temporary move.
    pub fn modify<R>(&self, f: impl FnOnce(&mut Zval) -> R) -> R {
        let mut v = self.take();
        let r = f(&mut v);
        let _ = self.replace(v);
        r
    }

    /// Reference count.
    pub fn refcount(&self) -> u32 {
        self.inner().gc.refcount()
    }

    /// Whether both handles are the same reference.
    pub fn ptr_eq(&self, o: &ZRef) -> bool {
        self.0 == o.0
    }

    /// Address, for identity.
    pub fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr().cast()
    }
}

impl Clone for ZRef {
    #[inline]
    fn clone(&self) -> ZRef {
        self.inner().gc.addref();
        ZRef(self.0)
    }
}

impl ZRef {
    /// Drops this handle without buffering the referenced array or object as a possible root
    /// (`zval_ptr_dtor_nogc`: the engine's own temporary handles).
    pub fn release_nogc(self) {
        if self.inner().gc.refcount() > 1 {
            self.inner().gc.delref();
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }
}

impl Drop for ZRef {
    fn drop(&mut self) {
        let rc = self.inner().gc.delref();
        if rc != 0 {
            // A reference is looked through: its array or object may be a cycle's last handle.
            let target = self.with(|v| match v {
                Zval::Arr(a) if a.gc().may_leak() => Some(a.node()),
                Zval::Obj(o) if o.gc().may_leak() => Some(o.node()),
                _ => None,
            });
            if let Some(n) = target {
                crate::gc::possible_root(n);
            }
            return;
        }
        // References are never collector garbage (only arrays and objects are), so the last
        // release always frees here.
        // SAFETY: last handle; drop the value and free the block from the PHP heap.
        unsafe {
            let v = std::ptr::read(self.inner().val.get());
            memphis_mm::free(self.0.cast());
            crate::release::drop_value(v);
        }
    }
}

impl ZRef {
    /// The block as the collector sees it.
    #[inline]
    pub(crate) fn node(&self) -> memphis_gc::Node {
        self.0.cast()
    }
}

/// The value inside the reference block `n`, for the collector.
///
/// # Safety
/// `n` is a live reference block and nothing mutates it during the call.
pub(crate) unsafe fn gc_value<'a>(n: memphis_gc::Node) -> &'a Zval {
    // SAFETY: per the contract.
    unsafe { &*n.cast::<ZendReference>().as_ref().val.get() }
}

impl std::fmt::Debug for ZRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "&{:?}", self.get())
    }
}
