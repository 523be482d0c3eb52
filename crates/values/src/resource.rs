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
    /// PHP's resource list (`EG(regular_list)`), for its memory.
    static LIST: RefCell<ResList> = const { RefCell::new(ResList::new()) };
    static KINDS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    /// The live resources by number (ascending: numbers only grow), not counted as handles,
    /// for `get_resources()`.
    static LIVE: RefCell<Vec<(u32, NonNull<ZendResource>)>> = const { RefCell::new(Vec::new()) };
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

/// PHP's resource list (`EG(regular_list)`) as far as its memory goes: a table indexed by
/// resource number that PHP keeps packed (an array of zvals) while the numbers stay dense and
/// turns into a hash once they do not; entries leave when their resource is freed (not when
/// it is closed), and a full hash is compacted rather than grown while it holds few live ones.
struct ResList {
    /// Still a packed array.
    packed: bool,
    /// `nTableSize`: 0 until the first resource.
    size: u32,
    /// The occupant of each used position (`nNumUsed` of them): a resource number, or 0 for
    /// one deleted.
    slots: Vec<u32>,
    /// `nNumOfElements`: live entries.
    elems: u32,
    /// The table's data block in PHP's heap.
    block: Option<memphis_mm::OwnedBlock>,
}

impl ResList {
    const fn new() -> ResList {
        ResList {
            packed: true,
            size: 0,
            slots: Vec::new(),
            elems: 0,
            block: None,
        }
    }

    /// Bytes of the data block: 16 per packed entry, or 32 per bucket plus 8 of hash, with
    /// the 8 bytes of a packed array's minimal hash part.
    fn bytes(&self) -> usize {
        let n = self.size as usize;
        if self.packed {
            n * 16 + 8
        } else {
            n * 40
        }
    }

    /// Reallocates the data block for the current shape (the new one before the old goes).
    fn realloc(&mut self) {
        let b = memphis_mm::OwnedBlock::new(self.bytes());
        drop(self.block.replace(b));
    }

    /// Adds resource number `h` (always past every number used before).
    fn insert(&mut self, h: u32) {
        if self.size == 0 {
            self.size = 8;
            self.realloc();
        }
        if self.packed && h >= self.size {
            if (h >> 1) < self.size && (self.size >> 1) < self.elems {
                self.size *= 2;
            } else {
                if self.slots.len() as u32 >= self.size {
                    self.size *= 2;
                }
                self.packed = false;
            }
            self.realloc();
        }
        if self.packed {
            self.slots.resize(h as usize, 0);
        } else if self.slots.len() as u32 >= self.size {
            // Full: compacted when enough entries are deleted, else doubled.
            if self.slots.len() as u32 > self.elems + (self.elems >> 5) {
                self.slots.retain(|&x| x != 0);
            } else {
                self.size *= 2;
                self.realloc();
            }
        }
        self.slots.push(h);
        self.elems += 1;
    }

    /// Removes resource number `h`; trailing deleted positions are given back.
    fn delete(&mut self, h: u32) {
        let Some(i) = self.slots.iter().rposition(|&x| x == h) else {
            return;
        };
        self.slots[i] = 0;
        self.elems -= 1;
        while self.slots.last() == Some(&0) {
            self.slots.pop();
        }
    }
}

/// Numbers `n` resources that were opened and freed again without the script seeing them.
fn list_transient(first: u32, n: u32) {
    LIST.with(|l| {
        let mut l = l.borrow_mut();
        for h in first..first + n {
            l.insert(h);
            l.delete(h);
        }
    });
}

impl ZRes {
    /// A new resource of type `kind` holding `native`, numbered like PHP's resource list.
    pub fn new(kind: &'static str, native: Box<dyn Any>) -> ZRes {
        let handle = NEXT_HANDLE.with(|h| {
            let v = h.get();
            h.set(v + 1);
            v
        });
        LIST.with(|l| l.borrow_mut().insert(handle));
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
        LIVE.with(|l| l.borrow_mut().push((handle, p)));
        ZRes(p)
    }

    /// Every live resource (open or closed, not yet freed) in number order: PHP's resource
    /// list as `get_resources()` shows it.
    pub fn live() -> Vec<ZRes> {
        LIVE.with(|l| {
            l.borrow()
                .iter()
                .map(|&(_, p)| {
                    // SAFETY: entries leave the list when their block is freed, so `p` is a
                    // live resource; the new handle adds its count.
                    unsafe { p.as_ref() }.gc.addref();
                    ZRes(p)
                })
                .collect()
        })
    }

    /// Skips `n` resource numbers (PHP's CLI creates some resources before the script runs).
    pub fn reserve_handles(n: u32) {
        let first = NEXT_HANDLE.with(|h| {
            let v = h.get();
            h.set(v + n);
            v
        });
        list_transient(first, n);
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
            let h = self.inner().handle;
            LIST.with(|l| l.borrow_mut().delete(h));
            LIVE.with(|l| {
                let mut l = l.borrow_mut();
                if let Ok(i) = l.binary_search_by_key(&h, |e| e.0) {
                    l.remove(i);
                }
            });
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

#[cfg(test)]
mod tests {
    use super::ZRes;

    #[test]
    fn live_lists_resources_until_freed() {
        let a = ZRes::new("stream", Box::new(1u8));
        let b = ZRes::new("stream", Box::new(2u8));
        let seen: Vec<u32> = ZRes::live().iter().map(|r| r.handle()).collect();
        assert!(seen.contains(&a.handle()) && seen.contains(&b.handle()));
        // The handles `live` gave were counted: dropping them leaves the resources alive.
        assert_eq!(a.refcount(), 1);
        let h = a.handle();
        a.close();
        assert_eq!(a.kind(), "Unknown");
        drop(a);
        let seen: Vec<u32> = ZRes::live().iter().map(|r| r.handle()).collect();
        assert!(!seen.contains(&h) && seen.contains(&b.handle()));
    }
}
