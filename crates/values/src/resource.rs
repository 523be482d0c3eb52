//! `zend_resource`: a refcounted handle to something outside PHP's values (a stream, a
//! process, a context). The native object lives on the Rust heap; the 32-byte block PHP
//! accounts for lives in the PHP heap.

use memphis_gc::{flags, GcHeader};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// `IS_RESOURCE` in the type bits of the header.
const TYPE_RESOURCE: u32 = 9;

#[repr(C)]
struct ZendResource {
    gc: GcHeader,
    handle: u32,
    /// Index into the type-name table (`resource(5) of type (stream)`).
    kind: Cell<u32>,
    /// Boxed so that the block stays within PHP's 32 bytes (a `RefCell` of a fat pointer
    /// alone takes 24).
    native: Box<RefCell<Option<Box<dyn Any>>>>,
}

const _: () = assert!(std::mem::size_of::<ZendResource>() <= 32);

/// A handle to a PHP resource.
pub struct ZRes(NonNull<ZendResource>);

thread_local! {
    static NEXT_HANDLE: Cell<u32> = const { Cell::new(1) };
    static KINDS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn kind_index(name: &'static str) -> u32 {
    KINDS.with(|k| {
        let mut k = k.borrow_mut();
        match k.iter().position(|x| *x == name) {
            Some(i) => i as u32,
            None => {
                k.push(name);
                (k.len() - 1) as u32
            }
        }
    })
}

impl ZRes {
    /// A new resource of type `kind` holding `native`, numbered like PHP's resource list.
    pub fn new(kind: &'static str, native: Box<dyn Any>) -> ZRes {
        let handle = NEXT_HANDLE.with(|h| {
            let v = h.get();
            h.set(v + 1);
            v
        });
        let p = crate::interrupt::checked(memphis_mm::alloc(32)).cast::<ZendResource>();
        // SAFETY: a fresh 32-byte, 8-aligned block; ZendResource fits in it.
        unsafe {
            p.as_ptr().write(ZendResource {
                gc: GcHeader::new(TYPE_RESOURCE, flags::NOT_COLLECTABLE),
                handle,
                kind: Cell::new(kind_index(kind)),
                native: Box::new(RefCell::new(Some(native))),
            })
        };
        ZRes(p)
    }

    /// Skips `n` resource numbers (PHP's CLI creates some resources before the script runs).
    pub fn reserve_handles(n: u32) {
        NEXT_HANDLE.with(|h| h.set(h.get() + n));
    }

    /// The block as the collector sees it.
    pub(crate) fn node(&self) -> memphis_gc::Node {
        self.0.cast()
    }

    fn inner(&self) -> &ZendResource {
        // SAFETY: a live handle points at an initialised resource.
        unsafe { self.0.as_ref() }
    }

    /// The resource number (`resource(5)`, `(int)$r`).
    pub fn handle(&self) -> u32 {
        self.inner().handle
    }

    /// The type name (`stream`, or `Unknown` once closed).
    pub fn kind(&self) -> &'static str {
        let i = self.inner().kind.get() as usize;
        KINDS.with(|k| k.borrow().get(i).copied().unwrap_or("Unknown"))
    }

    /// Marks the resource closed: its type becomes `Unknown` and the native object is dropped.
    pub fn close(&self) {
        self.inner().kind.set(kind_index("Unknown"));
        let old = self.inner().native.borrow_mut().take();
        drop(old);
    }

    /// The native object.
    pub fn native(&self) -> &RefCell<Option<Box<dyn Any>>> {
        &self.inner().native
    }

    /// Reference count.
    pub fn refcount(&self) -> u32 {
        self.inner().gc.refcount()
    }

    /// Whether both handles are the same resource.
    pub fn ptr_eq(&self, o: &ZRes) -> bool {
        self.0 == o.0
    }

    /// Address, for identity.
    pub fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr().cast()
    }
}

impl Clone for ZRes {
    fn clone(&self) -> ZRes {
        self.inner().gc.addref();
        ZRes(self.0)
    }
}

impl Drop for ZRes {
    fn drop(&mut self) {
        if self.inner().gc.delref() == 0 {
            // SAFETY: last handle; drop the fields and free the block from the PHP heap.
            unsafe {
                std::ptr::drop_in_place(self.0.as_ptr());
                memphis_mm::free(self.0.cast());
            }
        }
    }
}

impl std::fmt::Debug for ZRes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "resource({}) of type ({})", self.handle(), self.kind())
    }
}
