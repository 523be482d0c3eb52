//! `zend_array`: PHP's ordered hash table.
//!
//! Two layouts, as in PHP 8.2+:
//! * **packed** — keys 0..n in ascending order; the data block is just `T` zvals
//!   (`16·T + 8` bytes), holes are `Undef`;
//! * **hash** — `T` buckets (zval, hash, key: 32 bytes each) behind a `u32` index of `2·T`
//!   entries (`40·T` bytes in all). The first `T` index entries are chain heads, the other `T`
//!   are each bucket's next link — the same bytes Zend spends, laid out for a Rust zval that has
//!   no spare `u2` word.
//!
//! `T` (nTableSize) is a power of two ≥ 8. Buckets are appended in insertion order; deleting
//! leaves an `Undef` hole that a later rehash compacts. Writes go through copy-on-write:
//! every mutating method first separates a shared array ([`ZArr::separate`]).

use crate::{ZStr, Zval};
use memphis_gc::{flags, type_code, GcHeader};
use std::cell::Cell;
use std::ptr::NonNull;

const PACKED: u32 = 1;
const INVALID: u32 = u32::MAX;
const MIN_SIZE: u32 = 8;
/// Largest table size (`HT_MAX_SIZE` on 64-bit).
pub const MAX_SIZE: u32 = 0x4000_0000;

#[repr(C)]
struct ZendArray {
    gc: GcHeader,
    flags: u32,
    mask: u32,
    data: *mut u8,
    n_used: u32,
    n_elems: u32,
    table_size: u32,
    internal_ptr: Cell<u32>,
    next_free: i64,
    _destructor: usize,
}

const _: () = assert!(std::mem::size_of::<ZendArray>() == 56);

#[repr(C)]
struct Bucket {
    val: Zval,
    h: u64,
    key: Option<ZStr>,
}

const _: () = assert!(std::mem::size_of::<Bucket>() == 32);

impl Bucket {
    /// The bucket's key and value, as iteration yields them.
    #[inline]
    fn item(&self) -> (KeyRef<'_>, &Zval) {
        let k = match &self.key {
            Some(s) => KeyRef::Str(s),
            None => KeyRef::Int(self.h as i64),
        };
        (k, &self.val)
    }
}

/// An array key after PHP's normalisation (`"1"` → `1`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// Integer key.
    Int(i64),
    /// String key (never a canonical decimal integer).
    Str(ZStr),
}

/// A borrowed key, as iteration yields it.
#[derive(Clone, Copy, Debug)]
pub enum KeyRef<'a> {
    /// Integer key.
    Int(i64),
    /// String key.
    Str(&'a ZStr),
}

impl KeyRef<'_> {
    /// An owned key.
    pub fn to_key(self) -> Key {
        match self {
            KeyRef::Int(i) => Key::Int(i),
            KeyRef::Str(s) => Key::Str(s.clone()),
        }
    }
    /// The key as a zval.
    pub fn to_zval(self) -> Zval {
        match self {
            KeyRef::Int(i) => Zval::Long(i),
            KeyRef::Str(s) => Zval::Str(s.clone()),
        }
    }
}

impl Key {
    /// The key as a zval.
    pub fn to_zval(&self) -> Zval {
        match self {
            Key::Int(i) => Zval::Long(*i),
            Key::Str(s) => Zval::Str(s.clone()),
        }
    }
    /// Borrowed form.
    pub fn as_ref(&self) -> KeyRef<'_> {
        match self {
            Key::Int(i) => KeyRef::Int(*i),
            Key::Str(s) => KeyRef::Str(s),
        }
    }
}

/// If `b` is a canonical decimal integer (`"0"`, `"-5"`, not `"05"`, `"+1"`, `"1.0"`), its value —
/// PHP's rule for string keys that become integer keys.
#[inline]
pub fn canonical_int(b: &[u8]) -> Option<i64> {
    // (Most string keys start with a letter: told at the first byte.)
    match b.first() {
        Some(c) if c.is_ascii_digit() || *c == b'-' => {}
        _ => return None,
    }
    if b.len() > 20 {
        return None;
    }
    let (neg, digits) = if b[0] == b'-' {
        (true, &b[1..])
    } else {
        (false, b)
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || neg) {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        v = v.checked_mul(10)?;
        v = if neg {
            v.checked_sub((d - b'0') as i64)?
        } else {
            v.checked_add((d - b'0') as i64)?
        };
    }
    Some(v)
}

impl Key {
    /// The key for string bytes, normalised.
    pub fn from_bytes(b: &[u8]) -> Key {
        match canonical_int(b) {
            Some(i) => Key::Int(i),
            None => Key::Str(ZStr::new(b)),
        }
    }
    /// The key for a string, normalised (keeps the handle when it stays a string).
    #[inline]
    pub fn from_zstr(s: &ZStr) -> Key {
        match canonical_int(s.as_bytes()) {
            Some(i) => Key::Int(i),
            None => Key::Str(s.clone()),
        }
    }
}

/// A handle to a PHP array. `Clone` shares it (refcount + 1); writes separate.
pub struct ZArr(NonNull<ZendArray>);

fn table_size_for(n: u32) -> u32 {
    n.max(MIN_SIZE)
        .checked_next_power_of_two()
        .unwrap_or(MAX_SIZE)
        .min(MAX_SIZE)
}

fn packed_bytes(t: u32) -> usize {
    16 * t as usize + 8
}

fn hash_bytes(t: u32) -> usize {
    40 * t as usize
}

/// Heap blocks standing for a hash table of `n` string-keyed entries that the engine keeps
/// outside any PHP array value (a closure's or function's static variables): the 56-byte
/// `zend_array` and its buckets-plus-hash block, as PHP allocates them.
pub fn hash_table_blocks(n: usize) -> [memphis_mm::OwnedBlock; 2] {
    let t = table_size_for(u32::try_from(n).unwrap_or(MAX_SIZE));
    [
        memphis_mm::OwnedBlock::new(std::mem::size_of::<ZendArray>()),
        memphis_mm::OwnedBlock::new(hash_bytes(t)),
    ]
}

impl ZArr {
    /// A new empty array in the PHP heap (data block allocated on first insert).
    pub fn new() -> ZArr {
        Self::with_capacity(0)
    }

    /// A new array sized for `n` elements and already in hash form (`array_init_size` then
    /// `zend_hash_real_init_mixed`, as `unserialize` builds arrays): even integer keys 0..n
    /// take buckets.
    pub fn with_hash_capacity(n: u32) -> ZArr {
        let mut a = Self::with_capacity(n);
        if n > 0 {
            let _ = a.init_hash();
        }
        a
    }

    /// A new array sized for `n` elements (`array_init_size`): `T` is the next power of two.
    pub fn with_capacity(n: u32) -> ZArr {
        let p = crate::interrupt::checked(memphis_mm::alloc(56)).cast::<ZendArray>();
        // SAFETY: fresh 56-byte block, 8-aligned.
        unsafe {
            p.as_ptr().write(ZendArray {
                gc: GcHeader::new(type_code::ARRAY, 0),
                flags: 0,
                mask: 0,
                data: std::ptr::null_mut(),
                n_used: 0,
                n_elems: 0,
                table_size: table_size_for(n),
                internal_ptr: Cell::new(0),
                next_free: i64::MIN,
                _destructor: 0,
            })
        };
        ZArr(p)
    }

    /// The shared immutable empty array (`[]`), which costs nothing.
    pub fn empty() -> ZArr {
        EMPTY.with(|e| (**e).clone())
    }

    #[inline]
    fn ht(&self) -> &ZendArray {
        // SAFETY: a live handle points at an initialised array.
        unsafe { self.0.as_ref() }
    }

    #[inline]
    fn ht_mut(&mut self) -> &mut ZendArray {
        // SAFETY: callers reach this only after `separate`, so this handle is the only one.
        unsafe { self.0.as_mut() }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.ht().n_elems as usize
    }

    /// Whether the array has no elements.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.ht().n_elems == 0
    }

    /// Whether the array uses the packed layout.
    #[inline]
    pub fn is_packed(&self) -> bool {
        self.ht().flags & PACKED != 0
    }

    /// Whether this is the immutable shared empty array.
    pub fn is_immutable(&self) -> bool {
        self.ht().gc.has(flags::IMMUTABLE)
    }

    /// Reference count.
    pub fn refcount(&self) -> u32 {
        self.ht().gc.refcount()
    }

    /// Whether both handles are the same array.
    pub fn ptr_eq(&self, o: &ZArr) -> bool {
        self.0 == o.0
    }

    /// Address, for identity.
    pub fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr().cast()
    }

    /// The block as the collector sees it.
    #[inline]
    pub(crate) fn node(&self) -> memphis_gc::Node {
        self.0.cast()
    }

    /// A handle from a collector node, taking over one count the caller owns.
    ///
    /// # Safety
    /// `n` is a live array block and the caller gives up one counted reference to it.
    pub(crate) unsafe fn from_node(n: memphis_gc::Node) -> ZArr {
        ZArr(n.cast())
    }

    /// The GC header (for the collector and recursion guards).
    pub fn gc(&self) -> &GcHeader {
        &self.ht().gc
    }

    /// Next integer key `$a[] = …` would use.
    pub fn next_index(&self) -> i64 {
        let n = self.ht().next_free;
        if n == i64::MIN {
            0
        } else {
            n
        }
    }

    /// Sets the next integer key `$a[] = …` will use (`nNextFreeElement`), as `array_pop`
    /// does when it removes the last integer key. Separates a shared array first.
    pub fn set_next_index(&mut self, n: i64) {
        self.separate();
        self.ht_mut().next_free = n;
    }

    /// Table size `T` (capacity before the next growth).
    pub fn table_size(&self) -> u32 {
        self.ht().table_size
    }

    // ----- raw access to the data block -------------------------------------------------------

    #[inline]
    fn packed_slots(&self) -> &[Zval] {
        let h = self.ht();
        if h.data.is_null() {
            return &[];
        }
        // SAFETY: a packed data block holds `table_size` zvals, of which `n_used` are initialised.
        unsafe { std::slice::from_raw_parts(h.data.cast::<Zval>(), h.n_used as usize) }
    }

    #[inline]
    fn buckets(&self) -> &[Bucket] {
        let h = self.ht();
        if h.data.is_null() {
            return &[];
        }
        // SAFETY: the buckets follow 2·T u32 index entries; `n_used` of them are initialised.
        unsafe {
            std::slice::from_raw_parts(
                h.data.add(8 * h.table_size as usize).cast::<Bucket>(),
                h.n_used as usize,
            )
        }
    }

    #[inline]
    fn bucket_ptr(&self, i: u32) -> *mut Bucket {
        let h = self.ht();
        // SAFETY: i < table_size; the pointer stays inside the data block.
        unsafe {
            h.data
                .add(8 * h.table_size as usize)
                .cast::<Bucket>()
                .add(i as usize)
        }
    }

    #[inline]
    fn head(&self, slot: u32) -> *mut u32 {
        // SAFETY: slot <= mask < table_size; inside the index part of the block.
        unsafe { self.ht().data.cast::<u32>().add(slot as usize) }
    }

    #[inline]
    fn next_link(&self, i: u32) -> *mut u32 {
        let h = self.ht();
        // SAFETY: i < table_size; the link array follows the T heads.
        unsafe { h.data.cast::<u32>().add(h.table_size as usize + i as usize) }
    }

    // ----- lookup -----------------------------------------------------------------------------

    fn find_int(&self, k: i64) -> Option<u32> {
        let h = self.ht();
        if h.data.is_null() {
            return None;
        }
        if h.flags & PACKED != 0 {
            if k >= 0 && (k as u64) < h.n_used as u64 && !self.packed_slots()[k as usize].is_undef()
            {
                return Some(k as u32);
            }
            return None;
        }
        let hv = k as u64;
        // SAFETY: index entries are initialised for a hash table.
        let mut idx = unsafe { *self.head((hv as u32) & h.mask) };
        while idx != INVALID {
            // SAFETY: chain entries are < n_used.
            let b = unsafe { &*self.bucket_ptr(idx) };
            if b.key.is_none() && b.h == hv {
                return Some(idx);
            }
            // SAFETY: as above.
            idx = unsafe { *self.next_link(idx) };
        }
        None
    }

    fn find_str(&self, k: &[u8], hv: u64) -> Option<u32> {
        self.find_str_where(hv, |bk| bk.as_bytes() == k)
    }

    /// The bucket of the string key with hash `hv` that `same` recognises.
    #[inline(always)]
    fn find_str_where(&self, hv: u64, same: impl Fn(&ZStr) -> bool) -> Option<u32> {
        let h = self.ht();
        if h.data.is_null() || h.flags & PACKED != 0 {
            return None;
        }
        // SAFETY: index entries are initialised for a hash table.
        let mut idx = unsafe { *self.head((hv as u32) & h.mask) };
        while idx != INVALID {
            // SAFETY: chain entries are < n_used.
            let b = unsafe { &*self.bucket_ptr(idx) };
            if b.h == hv && b.key.as_ref().is_some_and(&same) {
                return Some(idx);
            }
            // SAFETY: as above.
            idx = unsafe { *self.next_link(idx) };
        }
        None
    }

    fn find(&self, k: KeyRef<'_>) -> Option<u32> {
        match k {
            KeyRef::Int(i) => self.find_int(i),
            KeyRef::Str(s) => self.find_str(s.as_bytes(), s.hash()),
        }
    }

    fn slot(&self, idx: u32) -> &Zval {
        if self.is_packed() {
            &self.packed_slots()[idx as usize]
        } else {
            &self.buckets()[idx as usize].val
        }
    }

    fn slot_mut(&mut self, idx: u32) -> &mut Zval {
        if self.is_packed() {
            // SAFETY: idx < n_used (from a lookup); we hold the only handle (separated).
            unsafe { &mut *self.ht().data.cast::<Zval>().add(idx as usize) }
        } else {
            // SAFETY: as above.
            unsafe { &mut (*self.bucket_ptr(idx)).val }
        }
    }

    /// The value at `k`.
    pub fn get(&self, k: &Key) -> Option<&Zval> {
        self.find(k.as_ref()).map(|i| self.slot(i))
    }

    /// The value at integer key `k`.
    #[inline]
    pub fn get_int(&self, k: i64) -> Option<&Zval> {
        self.find_int(k).map(|i| self.slot(i))
    }

    /// The value at string key `k` (normalised: `"1"` finds key 1).
    pub fn get_str(&self, k: &[u8]) -> Option<&Zval> {
        match canonical_int(k) {
            Some(i) => self.get_int(i),
            None => self
                .find_str(k, crate::string::hash_bytes(k))
                .map(|i| self.slot(i)),
        }
    }

    /// The value at string key `k` ([`ZArr::get_str`] with the string's cached hash, and its
    /// block compared first: a literal key meets itself in arrays built from literals).
    #[inline]
    pub fn get_zstr(&self, k: &ZStr) -> Option<&Zval> {
        match canonical_int(k.as_bytes()) {
            Some(i) => self.get_int(i),
            None => self.find_zstr(k).map(|i| self.slot(i)),
        }
    }

    #[inline]
    fn find_zstr(&self, k: &ZStr) -> Option<u32> {
        self.find_str_where(k.hash(), |bk| bk.ptr_eq(k) || bk.as_bytes() == k.as_bytes())
    }

    /// Whether key `k` exists.
    pub fn contains(&self, k: &Key) -> bool {
        self.find(k.as_ref()).is_some()
    }

    // ----- separation -------------------------------------------------------------------------

    /// Copy-on-write: makes this handle the only owner of its array, duplicating it when shared
    /// (`SEPARATE_ARRAY`). Called by every mutating method.
    #[inline]
    pub fn separate(&mut self) {
        if self.ht().gc.refcount() > 1 || self.is_immutable() {
            let old = std::mem::replace(self, self.dup());
            old.release_nogc();
        }
    }

    /// Drops this handle without recording a possible root (`GC_TRY_DELREF` in separation:
    /// the other holders keep the array, and a copy cannot have made a cycle garbage).
    #[inline]
    pub fn release_nogc(self) {
        if self.is_immutable() || self.ht().gc.refcount() <= 1 {
            drop(self);
            return;
        }
        self.ht().gc.delref();
        std::mem::forget(self);
    }

    /// `zend_array_dup`: a fresh array with the same elements. References held only by this
    /// array (refcount 1) are unwrapped, as PHP does.
    pub fn dup(&self) -> ZArr {
        let src = self.ht();
        let mut out = ZArr::with_capacity(0);
        if src.data.is_null() || src.n_elems == 0 {
            if !src.data.is_null() || src.gc.has(flags::IMMUTABLE) {
                // PHP keeps the table size of the source.
                out.ht_mut().table_size = src.table_size.max(MIN_SIZE);
            }
            out.ht_mut().next_free = src.next_free;
            return out;
        }
        let unwrap = |v: &Zval| -> Zval {
            match v {
                Zval::Ref(r) if r.refcount() == 1 => r.get(),
                v => v.clone(),
            }
        };
        let t = src.table_size;
        if src.flags & PACKED != 0 {
            let Some(block) = crate::interrupt::checked(memphis_mm::try_alloc(packed_bytes(t)))
            else {
                return out;
            };
            let slots = self.packed_slots();
            // SAFETY: fresh block of T zvals; we initialise the first n_used.
            unsafe {
                let d = block.as_ptr().cast::<Zval>();
                for (i, v) in slots.iter().enumerate() {
                    d.add(i).write(unwrap(v));
                }
            }
            let o = out.ht_mut();
            o.flags = PACKED;
            o.data = block.as_ptr();
            o.table_size = t;
            o.n_used = src.n_used;
            o.n_elems = src.n_elems;
            o.next_free = src.next_free;
            o.internal_ptr.set(src.internal_ptr.get());
        } else {
            let Some(block) = crate::interrupt::checked(memphis_mm::try_alloc(hash_bytes(t)))
            else {
                return out;
            };
            {
                let o = out.ht_mut();
                o.data = block.as_ptr();
                o.table_size = t;
                o.mask = t - 1;
                o.next_free = src.next_free;
            }
            out.reset_index();
            let mut ip = 0;
            let src_ip = src.internal_ptr.get();
            for (i, b) in self.buckets().iter().enumerate() {
                if b.val.is_undef() {
                    continue;
                }
                if (i as u32) < src_ip {
                    ip += 1;
                }
                out.raw_append_bucket(unwrap(&b.val), b.h, b.key.clone());
            }
            out.ht().internal_ptr.set(if src_ip >= src.n_used {
                out.ht().n_used
            } else {
                ip
            });
        }
        out
    }

    // ----- growth and layout changes ----------------------------------------------------------

    fn reset_index(&mut self) {
        let t = self.ht().table_size as usize;
        // SAFETY: the index part holds 2·T u32 entries.
        unsafe { std::ptr::write_bytes(self.ht().data.cast::<u32>(), 0xff, 2 * t) };
    }

    /// Appends a bucket to a hash table that has room (`n_used < T`) and links it.
    fn raw_append_bucket(&mut self, val: Zval, h: u64, key: Option<ZStr>) -> u32 {
        let idx = self.ht().n_used;
        debug_assert!(idx < self.ht().table_size);
        if key.is_none() {
            let k = h as i64;
            let nf = &mut self.ht_mut().next_free;
            if *nf == i64::MIN || k >= *nf {
                *nf = if k == i64::MAX { i64::MAX } else { k + 1 };
            }
        }
        // SAFETY: idx < T, the bucket slot is uninitialised memory inside the block.
        unsafe { self.bucket_ptr(idx).write(Bucket { val, h, key }) };
        let slot = (h as u32) & self.ht().mask;
        // SAFETY: slot and idx are inside the index arrays.
        unsafe {
            *self.next_link(idx) = *self.head(slot);
            *self.head(slot) = idx;
        }
        let ht = self.ht_mut();
        ht.n_used += 1;
        ht.n_elems += 1;
        idx
    }

    fn init_packed(&mut self) -> bool {
        let t = self.ht().table_size;
        let Some(block) = crate::interrupt::checked(memphis_mm::try_alloc(packed_bytes(t))) else {
            return false;
        };
        let ht = self.ht_mut();
        ht.data = block.as_ptr();
        ht.flags |= PACKED;
        true
    }

    fn init_hash(&mut self) -> bool {
        let t = self.ht().table_size;
        let Some(block) = crate::interrupt::checked(memphis_mm::try_alloc(hash_bytes(t))) else {
            return false;
        };
        let ht = self.ht_mut();
        ht.data = block.as_ptr();
        ht.flags &= !PACKED;
        ht.mask = t - 1;
        self.reset_index();
        true
    }

    /// Rebuilds a hash table into a block for `new_t` buckets, compacting holes.
    fn rehash_into(&mut self, new_t: u32) -> bool {
        let Some(block) = crate::interrupt::checked(memphis_mm::try_alloc(hash_bytes(new_t)))
        else {
            return false;
        };
        let old_data = self.ht().data;
        let old_used = self.ht().n_used;
        let old_t = self.ht().table_size;
        let old_n_elems = self.ht().n_elems;
        let ip = self.ht().internal_ptr.get();
        let old_buckets = old_data.wrapping_add(8 * old_t as usize).cast::<Bucket>();
        {
            let ht = self.ht_mut();
            ht.data = block.as_ptr();
            ht.table_size = new_t;
            ht.mask = new_t - 1;
            ht.n_used = 0;
            ht.n_elems = 0;
        }
        if old_n_elems == old_used {
            // No holes: the buckets keep their positions, so they move as one block and are
            // then linked into the new index (as `zend_hash_rehash` after the block grew).
            // Only the heads are reset: every bucket's link is written as it is linked, and
            // links are only read along chains.
            let t = self.ht().table_size as usize;
            // SAFETY: the index part starts with T u32 heads.
            unsafe { std::ptr::write_bytes(self.ht().data.cast::<u32>(), 0xff, t) };
            let new_buckets = self.bucket_ptr(0);
            // SAFETY: the old block holds `old_used` initialised buckets and the new one room
            // for `new_t >= old_used`; the blocks are distinct. The buckets are moved: the old
            // block is freed below without dropping them.
            unsafe { std::ptr::copy_nonoverlapping(old_buckets, new_buckets, old_used as usize) };
            let mask = self.ht().mask;
            for i in 0..old_used {
                // SAFETY: `i < old_used <= new_t`: a bucket just written; its slot is within
                // the heads (`mask < new_t`) and its link within the links.
                unsafe {
                    let slot = ((*new_buckets.add(i as usize)).h as u32) & mask;
                    *self.next_link(i) = *self.head(slot);
                    *self.head(slot) = i;
                }
            }
            let ht = self.ht_mut();
            ht.n_used = old_used;
            ht.n_elems = old_used;
            ht.internal_ptr.set(ip.min(old_used));
            // SAFETY: the old block came from the PHP heap and its contents were moved out.
            unsafe { memphis_mm::free(NonNull::new_unchecked(old_data)) };
            return true;
        }
        self.reset_index();
        let nf = self.ht().next_free;
        let mut new_ip = None;
        for i in 0..old_used {
            // SAFETY: each old bucket is read exactly once (moved) and the old block is then
            // freed without dropping its contents.
            let b = unsafe { old_buckets.add(i as usize).read() };
            if i == ip {
                new_ip = Some(self.ht().n_used);
            }
            if b.val.is_undef() {
                continue;
            }
            self.raw_append_bucket(b.val, b.h, b.key);
        }
        self.ht_mut().next_free = nf;
        self.ht()
            .internal_ptr
            .set(new_ip.unwrap_or(self.ht().n_used));
        // SAFETY: the old block came from the PHP heap and its contents were moved out.
        unsafe { memphis_mm::free(NonNull::new_unchecked(old_data)) };
        true
    }

    /// Makes room for `n` elements in all, as `zend_hash_extend` does before a bulk insert
    /// (unserialize into an object's property table): an unallocated table takes the size,
    /// an allocated hash grows to the power of two that holds them. Shared or packed tables
    /// are left alone. False only when the memory limit refused the growth.
    pub fn extend_for(&mut self, n: u32) -> bool {
        if n == 0 || self.is_immutable() || self.ht().gc.refcount() != 1 || self.is_packed() {
            return true;
        }
        if self.ht().data.is_null() {
            if n > self.ht().table_size {
                self.ht_mut().table_size = table_size_for(n);
            }
            return self.init_hash();
        }
        if n <= self.ht().table_size {
            return true;
        }
        self.rehash_into(table_size_for(n))
    }

    fn hash_make_room(&mut self) -> bool {
        let h = self.ht();
        if h.n_used < h.table_size {
            return true;
        }
        if h.n_used > h.n_elems + (h.n_elems >> 5) {
            let t = h.table_size;
            return self.rehash_into(t);
        }
        if h.table_size >= MAX_SIZE {
            return false;
        }
        let t = h.table_size * 2;
        self.rehash_into(t)
    }

    fn packed_to_hash(&mut self) -> bool {
        let t = self.ht().table_size;
        let Some(block) = crate::interrupt::checked(memphis_mm::try_alloc(hash_bytes(t))) else {
            return false;
        };
        let old = self.ht().data.cast::<Zval>();
        let used = self.ht().n_used;
        let ip = self.ht().internal_ptr.get();
        let nf = self.ht().next_free;
        {
            let ht = self.ht_mut();
            ht.data = block.as_ptr();
            ht.flags &= !PACKED;
            ht.mask = t - 1;
            ht.n_used = 0;
            ht.n_elems = 0;
        }
        self.reset_index();
        let mut new_ip = None;
        for i in 0..used {
            // SAFETY: each old slot is moved out exactly once; the block is freed afterwards.
            let v = unsafe { old.add(i as usize).read() };
            if i == ip {
                new_ip = Some(self.ht().n_used);
            }
            if v.is_undef() {
                continue;
            }
            self.raw_append_bucket(v, i as u64, None);
        }
        self.ht_mut().next_free = nf;
        self.ht()
            .internal_ptr
            .set(new_ip.unwrap_or(self.ht().n_used));
        // SAFETY: old packed block from the PHP heap, contents moved.
        unsafe { memphis_mm::free(NonNull::new_unchecked(old.cast())) };
        true
    }

    fn packed_grow(&mut self) -> bool {
        let t = self.ht().table_size;
        if t >= MAX_SIZE {
            return false;
        }
        let data = self.ht().data;
        // SAFETY: data is a live packed block; realloc keeps the initialised prefix.
        let Some(nb) = (unsafe {
            crate::interrupt::checked(memphis_mm::realloc(
                NonNull::new_unchecked(data),
                packed_bytes(t * 2),
            ))
        }) else {
            return false;
        };
        let ht = self.ht_mut();
        ht.data = nb.as_ptr();
        ht.table_size = t * 2;
        true
    }

    // ----- insertion --------------------------------------------------------------------------

    /// The slot for integer key `k`, created as `Undef` when missing. `None` only when the
    /// memory limit refused growth.
    fn int_slot(&mut self, k: i64) -> Option<&mut Zval> {
        self.separate();
        if self.ht().data.is_null() {
            if k >= 0 && (k as u64) < self.ht().table_size as u64 {
                if !self.init_packed() {
                    return None;
                }
            } else if !self.init_hash() {
                return None;
            }
        }
        if self.is_packed() {
            let h = self.ht();
            if k >= 0 && (k as u64) < h.n_used as u64 {
                if !self.packed_slots()[k as usize].is_undef() {
                    return Some(self.slot_mut(k as u32));
                }
                if !self.packed_to_hash() {
                    return None;
                }
            } else if k >= 0 && (k as u64) < h.table_size as u64 {
                return Some(self.packed_put(k as u32));
            } else if k >= 0
                && ((k as u64) >> 1) < h.table_size as u64
                && (h.table_size >> 1) < h.n_elems
            {
                if !self.packed_grow() {
                    return None;
                }
                return Some(self.packed_put(k as u32));
            } else if !self.packed_to_hash() {
                return None;
            }
        }
        if let Some(i) = self.find_int(k) {
            return Some(self.slot_mut(i));
        }
        if !self.hash_make_room() {
            return None;
        }
        let i = self.raw_append_bucket(Zval::Undef, k as u64, None);
        self.ht_mut().n_elems -= 1; // counted when the caller fills it (see fill)
        Some(self.slot_mut(i))
    }

    /// Puts an `Undef` at packed position `k ≥ n_used`, filling holes; counts on fill.
    fn packed_put(&mut self, k: u32) -> &mut Zval {
        let used = self.ht().n_used;
        let d = self.ht().data.cast::<Zval>();
        for i in used..=k {
            // SAFETY: positions below T are inside the block and uninitialised beyond n_used.
            unsafe { d.add(i as usize).write(Zval::Undef) };
        }
        let ht = self.ht_mut();
        ht.n_used = k + 1;
        let nf = &mut ht.next_free;
        if *nf == i64::MIN || k as i64 >= *nf {
            *nf = k as i64 + 1;
        }
        self.slot_mut(k)
    }

    /// Makes this array an unshared hash, ready for a string key: separated, its table made or
    /// converted from a list. False only when the memory limit refused the table.
    #[inline]
    fn hash_for_str_key(&mut self) -> bool {
        self.separate();
        if self.ht().data.is_null() {
            self.init_hash()
        } else {
            !self.is_packed() || self.packed_to_hash()
        }
    }

    fn str_slot(&mut self, k: &ZStr) -> Option<&mut Zval> {
        if !self.hash_for_str_key() {
            return None;
        }
        if let Some(i) = self.find_zstr(k) {
            return Some(self.slot_mut(i));
        }
        if !self.hash_make_room() {
            return None;
        }
        let key = k.clone();
        let i = self.raw_append_bucket(Zval::Undef, k.hash(), Some(key));
        self.ht_mut().n_elems -= 1;
        Some(self.slot_mut(i))
    }

    /// The slot for `k`, created (as `Undef`) if missing. The caller must store a value into a
    /// fresh slot (check `is_undef()`), e.g. with [`ZArr::fill`] semantics: use
    /// [`ZArr::entry`] instead unless you handle the count yourself.
    fn raw_slot(&mut self, k: KeyRef<'_>) -> Option<&mut Zval> {
        match k {
            KeyRef::Int(i) => self.int_slot(i),
            KeyRef::Str(s) => self.str_slot(s),
        }
    }

    /// The slot for `k`, created holding `null` if missing (for nested writes like
    /// `$a[k][] = v`). `None` only when the memory limit refused growth.
    pub fn entry(&mut self, k: &Key) -> Option<&mut Zval> {
        self.entry_with(k.as_ref(), || Zval::Null)
    }

    /// The slot for `k`, created with `init()` when missing.
    pub fn entry_with(&mut self, k: KeyRef<'_>, init: impl FnOnce() -> Zval) -> Option<&mut Zval> {
        let fresh;
        {
            let s = self.raw_slot(k)?;
            fresh = s.is_undef();
            if fresh {
                *s = init();
            }
        }
        if fresh {
            self.ht_mut().n_elems += 1;
        }
        // Found again (cheap) to return a borrow after the count update.
        let i = self.find(k)?;
        Some(self.slot_mut(i))
    }

    /// `$a[k] = v`. Returns false only when the memory limit refused growth.
    pub fn insert(&mut self, k: Key, v: Zval) -> bool {
        self.set(k.as_ref(), v)
    }

    /// `$a[k] = v` with a borrowed key.
    #[inline]
    pub fn set(&mut self, k: KeyRef<'_>, v: Zval) -> bool {
        match k {
            KeyRef::Str(s) => self.set_str(s, v),
            KeyRef::Int(i) => self.set_int(i, v),
        }
    }

    /// `$a[i] = v`; an append at the next index of an unshared list is written in place.
    fn set_int(&mut self, i: i64, v: Zval) -> bool {
        let v = if i == self.ht().next_free {
            match self.push_packed(v) {
                Ok(()) => return true,
                Err(v) => v,
            }
        } else {
            v
        };
        match self.hash_put_int(i, v, false) {
            Ok(old) => {
                if let Some(old) = old {
                    crate::release::drop_value(old);
                }
                true
            }
            Err(v) => self.set_slow(KeyRef::Int(i), v),
        }
    }

    /// `$a[k] = v` for a key given as PHP gives it (a string key that reads as an integer is
    /// that integer), unless the element at `k` is a PHP reference: then `Err(v)`, with the
    /// array made writable but the element untouched (the caller writes the reference's
    /// target its own way). One lookup for both. `Ok(false)` when the memory limit refused
    /// growth.
    pub fn set_unless_ref(&mut self, k: &Zval, v: Zval) -> Result<bool, Zval> {
        let s = match k {
            Zval::Long(i) => return self.set_int_unless_ref(*i, v),
            Zval::Str(s) => s,
            _ => return Err(v),
        };
        if let Some(i) = canonical_int(s.as_bytes()) {
            return self.set_int_unless_ref(i, v);
        }
        self.put_str(s, v, true)
    }

    /// [`ZArr::set_unless_ref`] for an integer key.
    fn set_int_unless_ref(&mut self, i: i64, v: Zval) -> Result<bool, Zval> {
        // An unshared hash: one lookup. Anything else (or a reference found there): the
        // general write, after the check.
        let v = match self.hash_put_int(i, v, true) {
            Ok(old) => {
                if let Some(old) = old {
                    crate::release::drop_value(old);
                }
                return Ok(true);
            }
            Err(v) => v,
        };
        if let Some(Zval::Ref(_)) = self.get_int(i) {
            return Err(v);
        }
        Ok(self.set_int(i, v))
    }

    /// `$a[k] = v` for a string key that is no canonical integer (a [`Key::Str`]'s): the
    /// element is written as its bucket is made, as `zend_hash_update` does.
    pub fn set_str(&mut self, k: &ZStr, v: Zval) -> bool {
        // (Never `Err`: a reference in the slot is replaced like any value.)
        self.put_str(k, v, false).unwrap_or(false)
    }

    /// [`ZArr::set_str`], which with `keep_ref` leaves an element that is a PHP reference
    /// alone and gives the value back (`Err`); `Ok(false)` when the memory limit refused
    /// growth.
    #[inline(always)]
    fn put_str(&mut self, k: &ZStr, v: Zval, keep_ref: bool) -> Result<bool, Zval> {
        if !self.hash_for_str_key() {
            crate::release::drop_value(v);
            return Ok(false);
        }
        if let Some(i) = self.find_zstr(k) {
            // SAFETY: `i` is a live bucket of this unshared hash.
            let slot = unsafe { &mut (*self.bucket_ptr(i)).val };
            if keep_ref && matches!(slot, Zval::Ref(_)) {
                return Err(v);
            }
            let fresh = slot.is_undef();
            let old = std::mem::replace(slot, v);
            crate::release::drop_value(old);
            if fresh {
                self.ht_mut().n_elems += 1;
            }
            return Ok(true);
        }
        if !self.hash_make_room() {
            crate::release::drop_value(v);
            return Ok(false);
        }
        self.raw_append_bucket(v, k.hash(), Some(k.clone()));
        Ok(true)
    }

    fn set_slow(&mut self, k: KeyRef<'_>, v: Zval) -> bool {
        let fresh;
        {
            let Some(s) = self.raw_slot(k) else {
                return false;
            };
            fresh = s.is_undef();
            let old = std::mem::replace(s, v);
            crate::release::drop_value(old);
        }
        if fresh {
            self.ht_mut().n_elems += 1;
        }
        true
    }

    /// `$a[] = v`. Returns false when the next index is taken (`PHP_INT_MAX` used) or memory
    /// ran out.
    pub fn push(&mut self, v: Zval) -> bool {
        let v = match self.push_packed(v) {
            Ok(()) => return true,
            Err(v) => v,
        };
        let k = self.next_index();
        if self.ht().next_free == i64::MAX && self.contains(&Key::Int(i64::MAX)) {
            return false;
        }
        self.set(KeyRef::Int(k), v)
    }

    /// `$a[] = v` on an unshared packed array with room at its end and no gap before it: the
    /// value is written in place. The value comes back when the general path must decide
    /// (a shared or empty array, a hash, growth, a next index past the end).
    #[inline]
    pub fn push_packed(&mut self, v: Zval) -> Result<(), Zval> {
        let h = self.ht();
        let next = if h.next_free == i64::MIN {
            0
        } else {
            h.next_free
        };
        if h.data.is_null()
            || h.flags & PACKED == 0
            || h.gc.refcount() != 1
            || h.gc.has(flags::IMMUTABLE)
            || h.n_used >= h.table_size
            || next != h.n_used as i64
        {
            return Err(v);
        }
        let i = h.n_used;
        // SAFETY: the array is packed with `n_used < table_size`, so position `i` is inside
        // its data block and holds no value yet (uninitialised past `n_used`); this handle is
        // the only one (refcount 1, not immutable), so nothing else sees the write.
        unsafe { self.ht().data.cast::<Zval>().add(i as usize).write(v) };
        let ht = self.ht_mut();
        ht.n_used = i + 1;
        ht.n_elems += 1;
        ht.next_free = i as i64 + 1;
        Ok(())
    }

    /// The slot `$a[]` creates, holding `null`, and its key. `None` when the next index is taken.
    pub fn push_slot(&mut self) -> Option<(i64, &mut Zval)> {
        let k = self.next_index();
        if self.ht().next_free == i64::MAX && self.contains(&Key::Int(i64::MAX)) {
            return None;
        }
        let s = self.entry_with(KeyRef::Int(k), || Zval::Null)?;
        Some((k, s))
    }

    /// The existing value at `k`, mutable (separating first).
    pub fn get_mut(&mut self, k: &Key) -> Option<&mut Zval> {
        let i = self.find_separated(k.as_ref())?;
        Some(self.slot_mut(i))
    }

    /// `unset($a[k])`; returns the removed value.
    pub fn remove(&mut self, k: &Key) -> Option<Zval> {
        let i = self.find_separated(k.as_ref())?;
        Some(self.remove_at(i))
    }

    /// The position of `k` in this array made unshared, when `k` is there (a shared array is
    /// left as it is otherwise). Found again after a copy: the copy of a hash with holes is
    /// compacted, so positions move.
    fn find_separated(&mut self, k: KeyRef<'_>) -> Option<u32> {
        let i = self.find(k)?;
        if self.ht().gc.refcount() > 1 || self.is_immutable() {
            self.separate();
            return self.find(k);
        }
        Some(i)
    }

    /// `unset($a[k])` for an integer key; returns the removed value. In an unshared hash one
    /// walk of the key's chain finds and unlinks the bucket, as `zend_hash_index_del` does.
    pub fn remove_int(&mut self, k: i64) -> Option<Zval> {
        if !self.is_plain_hash() {
            return self.remove(&Key::Int(k));
        }
        let hv = k as u64;
        // SAFETY: a hash's index entries are initialised; chain members are live buckets
        // below `n_used`, and the link found is rewritten to skip the one removed.
        let i = unsafe {
            let mut p = self.head((hv as u32) & self.ht().mask);
            loop {
                let idx = *p;
                if idx == INVALID {
                    return None;
                }
                let b = &*self.bucket_ptr(idx);
                if b.key.is_none() && b.h == hv {
                    *p = *self.next_link(idx);
                    break idx;
                }
                p = self.next_link(idx);
            }
        };
        // SAFETY: bucket `i` is live (just unlinked); an integer key holds no string.
        let v = unsafe { std::mem::take(&mut (*self.bucket_ptr(i)).val) };
        self.after_remove(i);
        Some(v)
    }

    /// Whether this is an allocated hash (not a list) that only this handle holds: its
    /// buckets may be written in place.
    #[inline(always)]
    fn is_plain_hash(&self) -> bool {
        let h = self.ht();
        !h.data.is_null()
            && h.flags & PACKED == 0
            && h.gc.refcount() == 1
            && !h.gc.has(flags::IMMUTABLE)
    }

    /// `$a[k] = v` for an integer key of an unshared hash, as `zend_hash_index_update`:
    /// gives back the value the key held (`Ok(None)` for a new key). `Err(v)` for any other
    /// array, when growth was refused, or (with `keep_ref`) when the element is a PHP
    /// reference, for the general path to decide.
    #[inline]
    fn hash_put_int(&mut self, k: i64, v: Zval, keep_ref: bool) -> Result<Option<Zval>, Zval> {
        if !self.is_plain_hash() {
            return Err(v);
        }
        if let Some(i) = self.find_int(k) {
            // SAFETY: `i` is a live bucket of this unshared hash.
            let slot = unsafe { &mut (*self.bucket_ptr(i)).val };
            if keep_ref && matches!(slot, Zval::Ref(_)) {
                return Err(v);
            }
            let old = std::mem::replace(slot, v);
            if old.is_undef() {
                self.ht_mut().n_elems += 1;
                return Ok(None);
            }
            return Ok(Some(old));
        }
        if self.ht().n_used >= self.ht().table_size {
            return Err(v);
        }
        self.raw_append_bucket(v, k as u64, None);
        Ok(None)
    }

    /// `$a[k] = v` for an integer key the caller knows is absent (`zend_hash_index_add_new`):
    /// an unshared hash with room appends the bucket without looking the key up first.
    /// False only when the memory limit refused growth.
    pub fn add_new_int(&mut self, k: i64, v: Zval) -> bool {
        if self.is_plain_hash() && self.ht().n_used < self.ht().table_size {
            debug_assert!(self.find_int(k).is_none());
            self.raw_append_bucket(v, k as u64, None);
            return true;
        }
        self.set(KeyRef::Int(k), v)
    }

    /// `$a[k] = v` for an integer key, giving back the value it replaced instead of
    /// releasing it (the caller lets it go when nothing borrows the array any more).
    pub fn swap_int(&mut self, k: i64, v: Zval) -> Option<Zval> {
        let v = match self.hash_put_int(k, v, false) {
            Ok(old) => return old,
            Err(v) => v,
        };
        let Some(s) = self.raw_slot(KeyRef::Int(k)) else {
            crate::release::drop_value(v);
            return None;
        };
        let old = std::mem::replace(s, v);
        if old.is_undef() {
            self.ht_mut().n_elems += 1;
            return None;
        }
        Some(old)
    }

    fn remove_at(&mut self, i: u32) -> Zval {
        let v;
        if self.is_packed() {
            v = std::mem::take(self.slot_mut(i));
        } else {
            // Unlink from its chain.
            let h = self.buckets()[i as usize].h;
            let slot = (h as u32) & self.ht().mask;
            // SAFETY: index entries are valid for a hash table; chain members < n_used.
            unsafe {
                let mut p = self.head(slot);
                while *p != INVALID {
                    if *p == i {
                        *p = *self.next_link(i);
                        break;
                    }
                    p = self.next_link(*p);
                }
            }
            // SAFETY: bucket i is initialised; we take its value and key.
            let b = unsafe { &mut *self.bucket_ptr(i) };
            v = std::mem::take(&mut b.val);
            if let Some(k) = b.key.take() {
                crate::release::drop_value(Zval::Str(k));
            }
        }
        self.after_remove(i);
        v
    }

    /// The bookkeeping after element `i` left: the count, the internal pointer, and the used
    /// length when the element was the last one.
    fn after_remove(&mut self, i: u32) {
        let ht = self.ht_mut();
        ht.n_elems -= 1;
        if ht.internal_ptr.get() == i {
            // Move the internal pointer to the next live element.
            let mut p = i + 1;
            while p < self.ht().n_used && self.slot(p).is_undef() {
                p += 1;
            }
            self.ht().internal_ptr.set(p);
        }
        if self.ht().n_used == i + 1 {
            let mut n = i;
            while n > 0 && self.slot(n - 1).is_undef() {
                n -= 1;
            }
            // (Trailing `Undef` slots hold nothing to drop.)
            let ht = self.ht_mut();
            ht.n_used = n;
            if ht.internal_ptr.get() > n {
                ht.internal_ptr.set(n);
            }
        }
    }

    // ----- iteration --------------------------------------------------------------------------

    /// Iterates `(key, value)` pairs in order.
    #[inline]
    pub fn iter(&self) -> Iter<'_> {
        if self.is_packed() {
            Iter(IterOver::Packed(self.packed_slots().iter().enumerate()))
        } else {
            Iter(IterOver::Hash(self.buckets().iter()))
        }
    }

    /// Position of the first live element at or after `pos` (positions are bucket indexes).
    pub fn valid_pos(&self, mut pos: u32) -> Option<u32> {
        let n = self.ht().n_used;
        while pos < n {
            if !self.slot(pos).is_undef() {
                return Some(pos);
            }
            pos += 1;
        }
        None
    }

    /// The first live element at or after `pos`: its position, key and value, found in one
    /// pass (a foreach step: [`ZArr::valid_pos`] then [`ZArr::at`] looked twice).
    #[inline]
    pub fn next_live(&self, pos: u32) -> Option<(u32, KeyRef<'_>, &Zval)> {
        let start = pos as usize;
        if self.is_packed() {
            let slots = self.packed_slots();
            let i = start + slots.get(start..)?.iter().position(|v| !v.is_undef())?;
            Some((i as u32, KeyRef::Int(i as i64), &slots[i]))
        } else {
            let buckets = self.buckets();
            let i = start
                + buckets
                    .get(start..)?
                    .iter()
                    .position(|b| !b.val.is_undef())?;
            let b = &buckets[i];
            let k = match &b.key {
                Some(s) => KeyRef::Str(s),
                None => KeyRef::Int(b.h as i64),
            };
            Some((i as u32, k, &b.val))
        }
    }

    /// Position of the last live element before `pos`.
    pub fn prev_pos(&self, pos: u32) -> Option<u32> {
        let mut p = pos.min(self.ht().n_used);
        while p > 0 {
            p -= 1;
            if !self.slot(p).is_undef() {
                return Some(p);
            }
        }
        None
    }

    /// The key and value at a live position.
    pub fn at(&self, pos: u32) -> Option<(KeyRef<'_>, &Zval)> {
        if pos >= self.ht().n_used {
            return None;
        }
        if self.is_packed() {
            let v = &self.packed_slots()[pos as usize];
            (!v.is_undef()).then_some((KeyRef::Int(pos as i64), v))
        } else {
            let b = &self.buckets()[pos as usize];
            if b.val.is_undef() {
                return None;
            }
            let k = match &b.key {
                Some(s) => KeyRef::Str(s),
                None => KeyRef::Int(b.h as i64),
            };
            Some((k, &b.val))
        }
    }

    /// Mutable value at a live position (separating first).
    pub fn at_mut(&mut self, pos: u32) -> Option<&mut Zval> {
        if pos >= self.ht().n_used || self.slot(pos).is_undef() {
            return None;
        }
        self.separate();
        Some(self.slot_mut(pos))
    }

    /// Number of bucket positions used (live or holes).
    pub fn used(&self) -> u32 {
        self.ht().n_used
    }

    /// The internal pointer (`current()`/`next()`), as a position.
    pub fn internal_pointer(&self) -> u32 {
        self.ht().internal_ptr.get()
    }

    /// Moves the internal pointer. It is not part of the value, so it moves without separating.
    pub fn set_internal_pointer(&self, pos: u32) {
        self.ht().internal_ptr.set(pos)
    }

    /// Values in order (copies).
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Zval> {
        self.iter().map(|(_, v)| v)
    }

    /// A packed list of `n` values made by `f(0)`, `f(1)`, … in order, written straight into
    /// a block sized as `array_init_size` sizes it (`ZEND_HASH_FILL_PACKED`: no per-element
    /// checks). Empty when the memory limit refused the block (the interrupt is raised).
    pub fn packed_from_fn(n: u32, mut f: impl FnMut(u32) -> Zval) -> ZArr {
        let n = n.min(MAX_SIZE);
        let mut a = ZArr::with_capacity(n);
        if n == 0 || !a.init_packed() {
            return a;
        }
        let d = a.ht().data.cast::<Zval>();
        for i in 0..n {
            let v = f(i);
            // SAFETY: `i < n <= table_size`: inside the fresh block, uninitialised; `n_used`
            // follows each write, so a panic in `f` leaves only initialised slots counted.
            unsafe { d.add(i as usize).write(v) };
            let ht = a.ht_mut();
            ht.n_used = i + 1;
            ht.n_elems = i + 1;
        }
        a.ht_mut().next_free = n as i64;
        a
    }

    /// A packed list of the first `n` values of `values` ([`ZArr::packed_from_fn`]; null for
    /// any the iterator lacks).
    pub fn packed_from_iter(n: u32, mut values: impl Iterator<Item = Zval>) -> ZArr {
        ZArr::packed_from_fn(n, |_| values.next().unwrap_or(Zval::Null))
    }

    /// Builds a packed list from values.
    pub fn from_values(vals: impl IntoIterator<Item = Zval>) -> ZArr {
        let it = vals.into_iter();
        let (lo, _) = it.size_hint();
        let mut a = ZArr::with_capacity(lo.min(MAX_SIZE as usize) as u32);
        for v in it {
            if !a.push(v) {
                break;
            }
        }
        a
    }
}

impl Default for ZArr {
    fn default() -> ZArr {
        ZArr::new()
    }
}

/// Iterator over an array's live elements (over the element slice itself: a builtin's loop
/// over an array costs what PHP's `ZEND_HASH_FOREACH` does).
pub struct Iter<'a>(IterOver<'a>);

enum IterOver<'a> {
    /// A packed array's slots, with their positions (the keys).
    Packed(std::iter::Enumerate<std::slice::Iter<'a, Zval>>),
    /// A hash's buckets.
    Hash(std::slice::Iter<'a, Bucket>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (KeyRef<'a>, &'a Zval);
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.0 {
            IterOver::Packed(it) => it
                .find(|(_, v)| !v.is_undef())
                .map(|(i, v)| (KeyRef::Int(i as i64), v)),
            IterOver::Hash(it) => it.find(|b| !b.val.is_undef()).map(Bucket::item),
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.0 {
            IterOver::Packed(it) => (0, it.size_hint().1),
            IterOver::Hash(it) => (0, it.size_hint().1),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        match &mut self.0 {
            IterOver::Packed(it) => it
                .rfind(|(_, v)| !v.is_undef())
                .map(|(i, v)| (KeyRef::Int(i as i64), v)),
            IterOver::Hash(it) => it.rfind(|b| !b.val.is_undef()).map(Bucket::item),
        }
    }
}

impl Clone for ZArr {
    #[inline]
    fn clone(&self) -> ZArr {
        if !self.is_immutable() {
            self.ht().gc.addref();
        }
        ZArr(self.0)
    }
}

impl Drop for ZArr {
    fn drop(&mut self) {
        if self.is_immutable() {
            return;
        }
        let gc = &self.ht().gc;
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
        if gc.address() != 0 {
            memphis_gc::collector::remove_from_buffer(self.node());
        }
        let h = self.ht();
        let data = h.data;
        if !data.is_null() {
            let packed = h.flags & PACKED != 0;
            let used = h.n_used as usize;
            let t = h.table_size as usize;
            for i in 0..used {
                // SAFETY: each initialised element is moved out once before the block is freed.
                let v = unsafe {
                    if packed {
                        data.cast::<Zval>().add(i).read()
                    } else {
                        let b = data.add(8 * t).cast::<Bucket>().add(i).read();
                        if let Some(k) = b.key {
                            drop(k);
                        }
                        b.val
                    }
                };
                crate::release::drop_value(v);
            }
            // SAFETY: the data block came from the PHP heap.
            unsafe { memphis_mm::free(NonNull::new_unchecked(data)) };
        }
        // SAFETY: the header block came from the PHP heap; nothing refers to it any more.
        unsafe { memphis_mm::free(self.0.cast()) };
    }
}

impl std::fmt::Debug for ZArr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(k, v)| (k.to_key(), v)))
            .finish()
    }
}

thread_local! {
    static EMPTY: std::mem::ManuallyDrop<ZArr> = {
        let layout = std::alloc::Layout::new::<ZendArray>();
        // SAFETY: non-zero-size layout; the block is initialised right away and never freed.
        let p = unsafe { std::alloc::alloc(layout) }.cast::<ZendArray>();
        let Some(p) = NonNull::new(p) else { std::alloc::handle_alloc_error(layout) };
        // SAFETY: fresh block of the right layout.
        unsafe {
            p.as_ptr().write(ZendArray {
                gc: GcHeader::new(type_code::ARRAY, flags::IMMUTABLE),
                flags: 0,
                mask: 0,
                data: std::ptr::null_mut(),
                n_used: 0,
                n_elems: 0,
                table_size: MIN_SIZE,
                internal_ptr: Cell::new(0),
                next_free: i64::MIN,
                _destructor: 0,
            })
        };
        std::mem::ManuallyDrop::new(ZArr(p))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(a: &ZArr) -> Vec<(String, i64)> {
        a.iter()
            .map(|(k, v)| {
                let k = match k {
                    KeyRef::Int(i) => i.to_string(),
                    KeyRef::Str(s) => s.to_string_lossy(),
                };
                let v = match v {
                    Zval::Long(i) => *i,
                    _ => -1,
                };
                (k, v)
            })
            .collect()
    }

    #[test]
    fn next_live_skips_holes_in_packed_and_hashed_arrays() {
        let mut a = ZArr::new();
        for i in 0..5 {
            assert!(a.push(Zval::Long(i * 10)));
        }
        drop(a.remove(&Key::Int(0)));
        drop(a.remove(&Key::Int(2)));
        let mut seen = Vec::new();
        let mut pos = 0;
        while let Some((p, k, v)) = a.next_live(pos) {
            seen.push((p, k.to_zval(), v.clone()));
            pos = p + 1;
        }
        assert_eq!(seen.len(), 3);
        assert!(matches!(seen[0], (1, Zval::Long(1), Zval::Long(10))));
        assert!(matches!(seen[2], (4, Zval::Long(4), Zval::Long(40))));
        let mut h = ZArr::new();
        assert!(h.insert(Key::Str(ZStr::from("a")), Zval::Long(1)));
        assert!(h.insert(Key::Int(7), Zval::Long(2)));
        drop(h.remove(&Key::Str(ZStr::from("a"))));
        let (p, k, v) = h.next_live(0).expect("one live element");
        assert!(matches!(
            (p, k.to_zval(), v),
            (1, Zval::Long(7), Zval::Long(2))
        ));
        assert!(h.next_live(2).is_none());
        assert!(ZArr::new().next_live(0).is_none());
    }

    #[test]
    fn push_packed_appends_in_place_or_hands_back() {
        let mut a = ZArr::new();
        // Empty (no table yet): the general path first.
        assert!(a.push_packed(Zval::Long(0)).is_err());
        assert!(a.push(Zval::Long(0)));
        for i in 1..7 {
            assert!(a.push_packed(Zval::Long(i)).is_ok());
        }
        let s = crate::ZStr::new("a string to own".as_bytes());
        assert!(a.push_packed(Zval::Str(s.clone())).is_ok());
        assert_eq!(a.len(), 8);
        assert_eq!(a.next_index(), 8);
        assert!(matches!(a.get(&Key::Int(7)), Some(Zval::Str(_))));
        // Full table: handed back for growth.
        while a.len() < a.table_size() as usize {
            assert!(a.push_packed(Zval::Null).is_ok());
        }
        assert!(a.push_packed(Zval::Long(1)).is_err());
        // Shared: handed back (separation is the general path's).
        let b = a.clone();
        assert!(a.push_packed(Zval::Long(1)).is_err());
        drop(b);
        // A gap before the next index (the last element removed shortens the used part,
        // the next index stays): handed back.
        let mut c = ZArr::new();
        assert!(c.push(Zval::Long(1)));
        assert!(c.remove(&Key::Int(0)).is_some());
        let v = c.push_packed(Zval::Long(2)).unwrap_err();
        assert!(c.push(v));
        assert_eq!(ints(&c), vec![("1".to_string(), 2)]);
        drop(s);
    }

    #[test]
    fn packed_growth_holes_and_conversion_to_hash() {
        let mut a = ZArr::new();
        for i in 0..20 {
            assert!(a.push(Zval::Long(i)));
        }
        assert!(a.is_packed());
        assert_eq!(a.len(), 20);
        assert_eq!(a.table_size(), 32);
        assert!(a.remove(&Key::Int(5)).is_some());
        assert!(
            a.is_packed(),
            "deleting leaves a hole, the array stays packed"
        );
        assert!(a.get_int(5).is_none());
        a.insert(Key::from_bytes(b"k"), Zval::Long(99));
        assert!(!a.is_packed(), "a string key converts to hash");
        assert_eq!(a.len(), 20);
        assert_eq!(
            a.get_str(b"k").map(|v| matches!(v, Zval::Long(99))),
            Some(true)
        );
        assert_eq!(
            a.get_str(b"7").map(|v| matches!(v, Zval::Long(7))),
            Some(true)
        );
        assert_eq!(a.next_index(), 20);
        let order = ints(&a);
        assert_eq!(order.first().map(|x| x.1), Some(0));
        assert_eq!(order.last().map(|x| x.0.clone()), Some("k".to_string()));
    }

    #[test]
    fn copy_on_write_separates_and_keeps_the_original() {
        let mut a = ZArr::new();
        for i in 0..10 {
            a.push(Zval::Long(i));
        }
        let b = a.clone();
        assert_eq!(a.refcount(), 2);
        a.push(Zval::Long(10));
        assert_eq!(a.refcount(), 1);
        assert_eq!(b.refcount(), 1);
        assert_eq!(b.len(), 10);
        assert_eq!(a.len(), 11);
    }

    #[test]
    fn growth_without_holes_moves_buckets_and_keeps_lookups_order_and_pointer() {
        let mut a = ZArr::new();
        // Mixed keys, with negative and large ints, through several doublings.
        for i in 0..300i64 {
            if i % 3 == 0 {
                a.insert(Key::Int(i * 7 - 500), Zval::Long(i));
            } else {
                a.insert(
                    Key::Str(ZStr::new(format!("k{i}").as_bytes())),
                    Zval::Str(ZStr::new(format!("value number {i}").as_bytes())),
                );
            }
            if i == 40 {
                a.set_internal_pointer(17);
            }
        }
        assert_eq!(a.len(), 300);
        assert_eq!(a.used(), 300);
        assert_eq!(a.internal_pointer(), 17, "no holes: positions do not move");
        for i in 0..300i64 {
            if i % 3 == 0 {
                assert!(matches!(a.get(&Key::Int(i * 7 - 500)), Some(Zval::Long(v)) if *v == i));
            } else {
                let want = format!("value number {i}");
                assert!(
                    matches!(a.get_str(format!("k{i}").as_bytes()), Some(Zval::Str(s)) if s.as_bytes() == want.as_bytes())
                );
            }
        }
        assert!(a.get_str(b"k0").is_none());
        // The next free index follows the largest int key.
        let next = a.next_index();
        assert_eq!(next, 297 * 7 - 500 + 1);
        // Removal after growth unlinks along the chains written by the block move.
        for i in (0..300i64).step_by(2) {
            let k = if i % 3 == 0 {
                Key::Int(i * 7 - 500)
            } else {
                Key::Str(ZStr::new(format!("k{i}").as_bytes()))
            };
            assert!(a.remove(&k).is_some());
        }
        assert_eq!(a.len(), 150);
        let d = a.dup();
        assert_eq!(d.len(), 150);
    }

    #[test]
    fn hash_rehash_after_many_deletes() {
        let mut a = ZArr::new();
        for i in 0..200 {
            a.insert(
                Key::Str(ZStr::new(format!("key{i}").as_bytes())),
                Zval::Long(i),
            );
        }
        for i in 0..150 {
            assert!(a
                .remove(&Key::Str(ZStr::new(format!("key{i}").as_bytes())))
                .is_some());
        }
        for i in 200..260 {
            a.insert(
                Key::Str(ZStr::new(format!("key{i}").as_bytes())),
                Zval::Long(i),
            );
        }
        assert_eq!(a.len(), 110);
        let got: Vec<i64> = ints(&a).into_iter().map(|x| x.1).collect();
        let want: Vec<i64> = (150..260).collect();
        assert_eq!(got, want, "insertion order survives compaction");
        let d = a.dup();
        assert_eq!(ints(&d), ints(&a));
    }

    #[test]
    fn set_str_replaces_separates_and_converts() {
        let k = |t: &str| ZStr::new(t.as_bytes());
        let mut a = ZArr::new();
        assert!(a.set_str(&k("id"), Zval::Long(1)));
        assert!(a.set_str(&k("name"), Zval::Str(k("a string to own"))));
        // The same key again: replaced in place, the old string released.
        assert!(a.set_str(&k("name"), Zval::Long(2)));
        assert_eq!(
            ints(&a),
            vec![("id".to_string(), 1), ("name".to_string(), 2)]
        );
        // Shared: the write separates.
        let b = a.clone();
        assert!(a.set_str(&k("tags"), Zval::Long(3)));
        assert_eq!((a.len(), b.len()), (3, 2));
        // Packed: converted to a hash, order kept.
        let mut p = ZArr::new();
        assert!(p.push(Zval::Long(7)));
        assert!(p.set_str(&k("x"), Zval::Long(8)));
        assert!(!p.is_packed());
        assert_eq!(ints(&p), vec![("0".to_string(), 7), ("x".to_string(), 8)]);
        assert_eq!(p.next_index(), 1);
        // Growth past the first table size.
        for i in 0..40 {
            assert!(p.set_str(&k(&format!("k{i}")), Zval::Long(i)));
        }
        assert_eq!(p.len(), 42);
        assert!(matches!(p.get_str(b"k39"), Some(Zval::Long(39))));
    }

    #[test]
    fn integer_keys_of_a_hash_put_swap_and_remove_in_one_walk() {
        let s = |t: &str| Zval::Str(ZStr::new(t.repeat(8).as_bytes()));
        let mut a = ZArr::new();
        // Sparse keys (object addresses, as the weak-reference registry uses) make a hash;
        // 1 and 1 + 8 share a chain in the first table.
        for k in [1_000_001i64, 1, 9, 17, -5] {
            assert!(a.add_new_int(k, Zval::Long(k)));
        }
        assert!(!a.is_packed());
        assert_eq!(a.next_index(), 1_000_002);
        // Replacing gives the old value back; a new key gives none.
        assert!(matches!(a.swap_int(9, s("nine")), Some(Zval::Long(9))));
        assert!(a.swap_int(33, s("new")).is_none());
        assert_eq!(a.len(), 6);
        // Removing from the middle of a chain, its head, and a missing key.
        assert!(matches!(a.remove_int(9), Some(Zval::Str(_))));
        assert!(matches!(a.remove_int(1), Some(Zval::Long(1))));
        assert!(a.remove_int(1).is_none());
        assert!(matches!(a.get_int(17), Some(Zval::Long(17))));
        assert!(matches!(a.get_int(33), Some(Zval::Str(_))));
        // The last element out: the used length shrinks past the holes.
        assert!(a.remove_int(33).is_some());
        assert!(matches!(a.remove_int(-5), Some(Zval::Long(-5))));
        assert_eq!(a.len(), 2);
        assert_eq!(
            ints(&a),
            vec![("1000001".to_string(), 1_000_001), ("17".to_string(), 17)]
        );
        // A shared hash separates first; the other holder keeps its elements.
        let b = a.clone();
        assert!(a.remove_int(17).is_some());
        assert_eq!((a.len(), b.len()), (1, 2));
        // Growth past the first table size through `set`'s integer path.
        for k in 0..40 {
            assert!(a.set(KeyRef::Int(k * 1000), Zval::Long(k)));
        }
        assert_eq!(a.len(), 41);
        assert!(matches!(a.get_int(39_000), Some(Zval::Long(39))));
        // A list is left to the general path.
        let mut p = ZArr::new();
        assert!(p.push(Zval::Long(7)));
        assert!(p.swap_int(0, Zval::Long(8)).is_some());
        assert!(matches!(p.remove_int(0), Some(Zval::Long(8))));
    }

    #[test]
    fn packed_from_fn_fills_a_list() {
        let a = ZArr::packed_from_fn(5, |i| Zval::Long(i as i64 * 2));
        assert!(a.is_packed());
        assert_eq!((a.len(), a.table_size(), a.next_index()), (5, 8, 5));
        assert_eq!(ints(&a).last(), Some(&("4".to_string(), 8)));
        let mut s = ZArr::packed_from_fn(3, |i| Zval::Str(ZStr::new(format!("s{i}").as_bytes())));
        assert!(s.push(Zval::Long(1)));
        assert_eq!(s.len(), 4);
        let e = ZArr::packed_from_fn(0, |_| Zval::Null);
        assert_eq!((e.len(), e.next_index()), (0, 0));
    }

    #[test]
    fn negative_and_canonical_keys() {
        let mut a = ZArr::new();
        a.insert(Key::Int(-5), Zval::Long(1));
        a.push(Zval::Long(2));
        assert!(
            a.get_int(-4).is_some(),
            "PHP 8.3: the next key follows a negative one"
        );
        assert_eq!(canonical_int(b"08"), None);
        assert_eq!(canonical_int(b"9223372036854775808"), None);
        assert_eq!(canonical_int(b"-9223372036854775808"), Some(i64::MIN));
    }
}

/// The collector's view of an array block.
pub(crate) mod gc_ops {
    use super::{Bucket, ZendArray, PACKED};
    use crate::Zval;
    use memphis_gc::Node;
    use std::ptr::NonNull;

    /// Calls `f` on every element of the array at `n`.
    ///
    /// # Safety
    /// `n` is a live array block and nothing mutates it during the call.
    pub(crate) unsafe fn for_each_value(n: Node, mut f: impl FnMut(&Zval)) {
        // SAFETY: per the contract, a live array.
        let h = unsafe { n.cast::<ZendArray>().as_ref() };
        if h.data.is_null() {
            return;
        }
        let t = h.table_size as usize;
        for i in 0..h.n_used as usize {
            // SAFETY: i < n_used; initialised elements.
            let v = unsafe {
                if h.flags & PACKED != 0 {
                    &*h.data.cast::<Zval>().add(i)
                } else {
                    &(*h.data.add(8 * t).cast::<Bucket>().add(i)).val
                }
            };
            f(v);
        }
    }

    /// Moves every element and key out of garbage array `n` and frees its data block; the
    /// header stays for [`free_header`].
    ///
    /// # Safety
    /// `n` is a live array block the collector owns (retyped garbage).
    pub(crate) unsafe fn take_contents(n: Node, mut release: impl FnMut(Zval)) {
        let (data, used, packed, t) = {
            // SAFETY: per the contract the collector owns the block.
            let h = unsafe { n.cast::<ZendArray>().as_mut() };
            if h.data.is_null() {
                return;
            }
            let r = (
                h.data,
                h.n_used as usize,
                h.flags & PACKED != 0,
                h.table_size as usize,
            );
            // Detached first: nothing released below can reach these elements again.
            h.data = std::ptr::null_mut();
            h.n_used = 0;
            h.n_elems = 0;
            r
        };
        for i in 0..used {
            // SAFETY: each element is moved out once; the block is freed right after.
            unsafe {
                if packed {
                    release(data.cast::<Zval>().add(i).read());
                } else {
                    let b = data.add(8 * t).cast::<Bucket>().add(i).read();
                    drop(b.key);
                    release(b.val);
                }
            }
        }
        // SAFETY: the data block came from the PHP heap and is no longer referenced.
        unsafe { memphis_mm::free(NonNull::new_unchecked(data)) };
    }

    /// Frees the header of a garbage array emptied by [`take_contents`].
    ///
    /// # Safety
    /// `n` is such a header; nothing refers to it any more.
    pub(crate) unsafe fn free_header(n: Node) {
        // SAFETY: the header block came from the PHP heap.
        unsafe { memphis_mm::free(n.cast()) }
    }
}
