//! `zend_string`: a refcounted byte string with a cached hash, allocated in the PHP heap.
//!
//! Layout as in Zend: 8-byte header, 8-byte hash, 8-byte length, the bytes, a NUL — so a string
//! of n bytes costs `bin(24 + n + 1)`. Interned strings (literals, one-byte strings, the empty
//! string) live outside the PHP heap, are never freed and never counted.

use memphis_gc::{flags, type_code, GcHeader};
use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

#[repr(C)]
struct ZendString {
    gc: GcHeader,
    h: Cell<u64>,
    len: usize,
    // followed by `len` bytes and a NUL
}

const HEADER: usize = std::mem::size_of::<ZendString>();

/// A handle to a PHP string. `Clone` adds a reference, `Drop` releases one.
pub struct ZStr(NonNull<ZendString>);

/// Zend's DJBX33A string hash (times 33), with the top bit forced on as Zend does, so that
/// a string hash is never 0.
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 5381;
    // Eight bytes a round, unrolled as Zend's `zend_inline_hash_func` is (the same sums).
    let mut chunks = b.chunks_exact(8);
    for c in chunks.by_ref() {
        for &x in c {
            h = h.wrapping_mul(33).wrapping_add(x as u64);
        }
    }
    for &x in chunks.remainder() {
        h = h.wrapping_mul(33).wrapping_add(x as u64);
    }
    h | 0x8000_0000_0000_0000
}

impl ZStr {
    fn header(&self) -> &ZendString {
        // SAFETY: a live handle always points at an initialised ZendString.
        unsafe { self.0.as_ref() }
    }

    /// Allocates an uninitialised string of `len` bytes in the PHP heap, requesting `request`
    /// bytes (Zend's producers differ: `align8(24+len+1)` or `len+32`). `None` when the memory
    /// limit refuses a huge block.
    fn alloc_with_request(len: usize, request: usize) -> Option<ZStr> {
        let p = crate::interrupt::checked(memphis_mm::try_alloc(request))?.cast::<ZendString>();
        // SAFETY: the block is at least HEADER + len + 1 bytes (callers request at least that)
        // and 8-aligned; we initialise the header and the NUL.
        unsafe {
            p.as_ptr().write(ZendString {
                gc: GcHeader::new(type_code::STRING, flags::NOT_COLLECTABLE),
                h: Cell::new(0),
                len,
            });
            *p.as_ptr().cast::<u8>().add(HEADER + len) = 0;
        }
        Some(ZStr(p))
    }

    /// A new heap string holding `bytes` (`zend_string_init`), or `None` when the memory limit
    /// refuses it.
    pub fn try_new(bytes: &[u8]) -> Option<ZStr> {
        let s = Self::alloc_with_request(bytes.len(), (HEADER + bytes.len() + 1 + 7) & !7)?;
        // SAFETY: the block has room for `len` bytes after the header.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), s.data_ptr(), bytes.len());
        }
        Some(s)
    }

    /// A new string with `bytes`; empty and one-byte strings are the interned ones, as in PHP.
    /// Past the memory limit (huge refusal) the empty string is returned and the limit failure
    /// stays recorded for the VM.
    pub fn new(bytes: &[u8]) -> ZStr {
        match bytes.len() {
            0 => ZStr::empty(),
            1 => ZStr::single(bytes[0]),
            _ => Self::try_new(bytes).unwrap_or_else(ZStr::empty),
        }
    }

    /// A string of `len` bytes that `fill` writes (`zend_string_alloc`, then a rope's parts
    /// copied in), sized as [`ZStr::new`] sizes it; empty and one-byte results are the
    /// interned ones. No buffer in between: the parts go straight into the string.
    pub fn new_filled(len: usize, fill: impl FnOnce(&mut [u8])) -> ZStr {
        if len <= 1 {
            let mut b = [0u8; 1];
            fill(&mut b[..len]);
            return ZStr::new(&b[..len]);
        }
        match Self::alloc_with_request(len, (HEADER + len + 1 + 7) & !7) {
            Some(mut s) => {
                // SAFETY: fresh string, refcount 1, `len` bytes of room.
                fill(unsafe { s.bytes_mut_unchecked() });
                s
            }
            None => ZStr::empty(),
        }
    }

    /// A string built like `zend_string_safe_alloc` (e.g. `str_repeat`): requests `len + 32`.
    pub fn with_fill(len: usize, mut fill: impl FnMut(&mut [u8])) -> ZStr {
        if len <= 1 {
            let mut b = [0u8; 1];
            fill(&mut b[..len]);
            return ZStr::new(&b[..len]);
        }
        match Self::alloc_with_request(len, len + 32) {
            Some(mut s) => {
                // SAFETY: fresh string, refcount 1, `len` bytes of room.
                fill(unsafe { s.bytes_mut_unchecked() });
                s
            }
            None => ZStr::empty(),
        }
    }

    /// A string of `bytes` in a block of `request` bytes (at least what it needs): for
    /// producers whose request PHP computes its own way, e.g. `zend_string_safe_alloc(n, m,
    /// l)`'s `n * m + align8(24 + l + 1)`. Always a block of its own (even when empty).
    pub fn new_requested(bytes: &[u8], request: usize) -> ZStr {
        let request = request.max((HEADER + bytes.len() + 1 + 7) & !7);
        match Self::alloc_with_request(bytes.len(), request) {
            Some(mut s) => {
                // SAFETY: fresh string, refcount 1, `len` bytes of room.
                unsafe { s.bytes_mut_unchecked() }.copy_from_slice(bytes);
                s
            }
            None => ZStr::empty(),
        }
    }

    /// A string whose block is requested as `zend_string_safe_alloc` requests it (`len + 32`
    /// bytes): what `substr`, `base64_encode`, `preg_replace`, `serialize` … leave behind.
    /// Empty and one-byte results are the interned strings.
    pub fn new_safe(bytes: &[u8]) -> ZStr {
        Self::with_fill(bytes.len(), |buf| buf.copy_from_slice(bytes))
    }

    /// A string of `bytes` in a block of at least `capacity` content bytes (`24 + capacity + 1`
    /// requested): the result of producers that size a buffer up front and never shrink it
    /// (`sprintf`'s 240-byte start, `htmlspecialchars`, `print_r`'s smart_str).
    pub fn with_capacity(bytes: &[u8], capacity: usize) -> ZStr {
        if bytes.len() <= 1 && capacity <= 1 {
            return ZStr::new(bytes);
        }
        let cap = capacity.max(bytes.len());
        match Self::alloc_with_request(bytes.len(), (HEADER + cap + 1 + 7) & !7) {
            Some(mut s) => {
                // SAFETY: fresh string, refcount 1, `len` bytes of room.
                unsafe { s.bytes_mut_unchecked() }.copy_from_slice(bytes);
                s
            }
            None => ZStr::empty(),
        }
    }

    /// A string of `bytes` in a block PHP's producer requests as `zend_string_safe_alloc(n, m,
    /// l)` does: `n·m` bytes beside an 8-aligned string of `l` (`implode`: the separators,
    /// then the pieces), so a little more than the string needs.
    pub fn with_safe_parts(bytes: &[u8], nm: usize, l: usize) -> ZStr {
        if bytes.len() <= 1 {
            return ZStr::new(bytes);
        }
        let request = (nm + ((HEADER + l + 1 + 7) & !7)).max(HEADER + bytes.len() + 1);
        match Self::alloc_with_request(bytes.len(), request) {
            Some(mut s) => {
                // SAFETY: fresh string, refcount 1, `len` bytes of room.
                unsafe { s.bytes_mut_unchecked() }.copy_from_slice(bytes);
                s
            }
            None => ZStr::empty(),
        }
    }

    /// `a . b` as PHP's concatenation allocates it (`zend_string_alloc` of the total length),
    /// written straight into the new block.
    pub fn concat(a: &[u8], b: &[u8]) -> ZStr {
        let len = a.len() + b.len();
        if len <= 1 {
            return ZStr::new(if a.is_empty() { b } else { a });
        }
        match Self::alloc_with_request(len, (HEADER + len + 1 + 7) & !7) {
            Some(s) => {
                // SAFETY: the fresh block has room for `len` content bytes; the sources are
                // other blocks or Rust memory, never this one.
                unsafe {
                    std::ptr::copy_nonoverlapping(a.as_ptr(), s.data_ptr(), a.len());
                    std::ptr::copy_nonoverlapping(b.as_ptr(), s.data_ptr().add(a.len()), b.len());
                }
                s
            }
            None => ZStr::empty(),
        }
    }

    /// `self . more` in the block itself, resized to the result's exact size, for a string
    /// this handle holds alone (PHP's `zend_string_extend` when a concatenation's left
    /// operand is a temporary: no second block, no copy of the left part when the block can
    /// grow where it is). False, with nothing changed, for an interned or shared string or
    /// when the memory limit refused the block.
    pub fn extend(&mut self, more: &[u8]) -> bool {
        if self.is_interned() || self.refcount() != 1 {
            return false;
        }
        let new_len = self.len() + more.len();
        self.grow_in_place(more, (HEADER + new_len + 1 + 7) & !7)
    }

    /// Appends `more` to a string this handle holds alone (not interned), its block resized to
    /// `request` bytes (room for the result); false, with nothing changed, when the memory
    /// limit refused the block.
    fn grow_in_place(&mut self, more: &[u8], request: usize) -> bool {
        let old_len = self.len();
        let new_len = old_len + more.len();
        debug_assert!(request > HEADER + new_len);
        // SAFETY: the caller holds the string alone and it is a heap block; realloc keeps the
        // header and the bytes, and on failure leaves the old block as it was.
        let Some(p) =
            (unsafe { crate::interrupt::checked(memphis_mm::realloc(self.0.cast(), request)) })
        else {
            return false;
        };
        let p = p.cast::<ZendString>();
        // SAFETY: the block has room for new_len + 1 bytes after the header; `more` is another
        // block or Rust memory (this string was held alone), never this one.
        unsafe {
            (*p.as_ptr()).len = new_len;
            (*p.as_ptr()).h.set(0);
            let d = p.as_ptr().cast::<u8>().add(HEADER);
            std::ptr::copy_nonoverlapping(more.as_ptr(), d.add(old_len), more.len());
            *d.add(new_len) = 0;
        }
        self.0 = p;
        true
    }

    /// A string from an owned buffer (for builtins that build their result in a Vec).
    pub fn from_vec(v: Vec<u8>) -> ZStr {
        ZStr::new(&v)
    }

    /// The interned empty string.
    pub fn empty() -> ZStr {
        interned_table::empty()
    }

    /// The interned one-byte string for `b`.
    pub fn single(b: u8) -> ZStr {
        interned_table::single(b)
    }

    /// The interned string for `bytes`, outside the PHP heap (compiled literals, names, keys
    /// the engine builds): one per distinct content, never freed, as PHP's interned strings.
    pub fn interned(bytes: &[u8]) -> ZStr {
        thread_local! {
            static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<[u8]>, std::mem::ManuallyDrop<ZStr>>> =
                std::cell::RefCell::new(std::collections::HashMap::new());
        }
        INTERNED.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(s) = t.get(bytes) {
                return (**s).clone();
            }
            let s = Self::interned_new(bytes);
            t.insert(bytes.into(), std::mem::ManuallyDrop::new(s.clone()));
            s
        })
    }

    /// A fresh interned string (see [`ZStr::interned`]).
    fn interned_new(bytes: &[u8]) -> ZStr {
        let total = HEADER + bytes.len() + 1;
        let layout = std::alloc::Layout::from_size_align(total, 8)
            .unwrap_or(std::alloc::Layout::new::<u64>());
        // SAFETY: non-zero size layout.
        let raw = unsafe { std::alloc::alloc(layout) };
        let Some(p) = NonNull::new(raw.cast::<ZendString>()) else {
            std::alloc::handle_alloc_error(layout)
        };
        // Interned strings live for the whole run by design (PHP's are permanent too); tell
        // Miri's leak check so.
        #[cfg(miri)]
        // SAFETY: `raw` is the start of a live allocation that is never freed.
        unsafe {
            miri_static_root(raw)
        };
        // SAFETY: fresh block of `total` bytes, 8-aligned.
        unsafe {
            p.as_ptr().write(ZendString {
                gc: GcHeader::new(
                    type_code::STRING,
                    flags::NOT_COLLECTABLE | flags::IMMUTABLE | flags::INTERNED,
                ),
                h: Cell::new(hash_bytes(bytes)),
                len: bytes.len(),
            });
            let d = p.as_ptr().cast::<u8>().add(HEADER);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), d, bytes.len());
            *d.add(bytes.len()) = 0;
        }
        ZStr(p)
    }

    fn data_ptr(&self) -> *mut u8 {
        // SAFETY: the bytes follow the header inside the same block.
        unsafe { self.0.as_ptr().cast::<u8>().add(HEADER) }
    }

    /// The bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes after the header are initialised for the handle's lifetime.
        unsafe { std::slice::from_raw_parts(self.data_ptr(), self.header().len) }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.header().len
    }

    /// Whether the string is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The block as the collector sees it.
    #[inline]
    pub(crate) fn node(&self) -> memphis_gc::Node {
        self.0.cast()
    }

    /// Whether the string is interned (never refcounted).
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.header().gc.has(flags::INTERNED)
    }

    /// Reference count (meaningless for interned strings).
    pub fn refcount(&self) -> u32 {
        self.header().gc.refcount()
    }

    /// The cached hash, computed on first use.
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.header().h.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.as_bytes());
        self.header().h.set(h);
        h
    }

    /// Whether both handles point at the same block.
    pub fn ptr_eq(&self, other: &ZStr) -> bool {
        self.0 == other.0
    }

    /// Mutable bytes of a string nobody else holds.
    ///
    /// # Safety
    /// The caller must hold the only reference and the string must not be interned.
    unsafe fn bytes_mut_unchecked(&mut self) -> &mut [u8] {
        // SAFETY: per the contract nobody else can observe the bytes.
        unsafe { std::slice::from_raw_parts_mut(self.data_ptr(), self.header().len) }
    }

    /// Mutable bytes, separating first (copy-on-write) if the string is shared or interned.
    pub fn make_mut(&mut self) -> &mut [u8] {
        if self.is_interned() || self.refcount() > 1 {
            *self = match Self::try_new(self.as_bytes()) {
                Some(s) => s,
                None => return &mut [],
            };
        }
        self.header().h.set(0);
        // SAFETY: now uniquely held and not interned.
        unsafe { self.bytes_mut_unchecked() }
    }

    /// Appends `more` (`$s .= ...`), reallocating in place when the string is not shared.
    pub fn append(&mut self, more: &[u8]) {
        if more.is_empty() {
            return;
        }
        let old_len = self.len();
        let new_len = old_len + more.len();
        if self.is_interned() || self.refcount() > 1 {
            let mut v = Vec::with_capacity(new_len);
            v.extend_from_slice(self.as_bytes());
            v.extend_from_slice(more);
            *self = match Self::try_new(&v) {
                Some(s) => s,
                None => return,
            };
            return;
        }
        // PHP 8.4's in-place `.=` grows the block to `len + 32` bytes (measured on the oracle).
        self.grow_in_place(more, (new_len + 32 + 7) & !7);
    }

    /// Lossy UTF-8 view for messages.
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(self.as_bytes()).into_owned()
    }

    /// The raw pointer, for identity (e.g. recursion guards).
    pub fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr().cast()
    }
}

impl Clone for ZStr {
    #[inline]
    fn clone(&self) -> ZStr {
        if !self.is_interned() {
            self.header().gc.addref();
        }
        ZStr(self.0)
    }
}

impl Drop for ZStr {
    #[inline]
    fn drop(&mut self) {
        if self.is_interned() {
            return;
        }
        if self.header().gc.delref() == 0 {
            // SAFETY: the last reference is gone; the block came from the PHP heap.
            unsafe { memphis_mm::free(self.0.cast()) }
        }
    }
}

impl PartialEq for ZStr {
    fn eq(&self, other: &ZStr) -> bool {
        self.0 == other.0 || self.as_bytes() == other.as_bytes()
    }
}
impl Eq for ZStr {}

impl fmt::Debug for ZStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

impl From<&str> for ZStr {
    fn from(s: &str) -> ZStr {
        ZStr::new(s.as_bytes())
    }
}

mod interned_table {
    use super::ZStr;
    use std::mem::ManuallyDrop;

    struct Table {
        empty: ManuallyDrop<ZStr>,
        chars: Vec<ManuallyDrop<ZStr>>,
    }

    thread_local! {
        static TABLE: Table = Table {
            empty: ManuallyDrop::new(ZStr::interned(b"")),
            chars: (0..=255u8).map(|b| ManuallyDrop::new(ZStr::interned(&[b]))).collect(),
        };
    }

    pub fn empty() -> ZStr {
        TABLE.with(|t| (*t.empty).clone())
    }

    pub fn single(b: u8) -> ZStr {
        TABLE.with(|t| (*t.chars[b as usize]).clone())
    }
}

#[cfg(miri)]
extern "Rust" {
    /// Miri's hook: the allocation at this address is reachable for the whole program.
    fn miri_static_root(ptr: *const u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extend_grows_a_string_held_alone() {
        let mut s = ZStr::concat(b"abc", b"def");
        assert!(s.extend(b"ghij"));
        assert_eq!(s.as_bytes(), b"abcdefghij");
        assert_eq!(s.hash(), hash_bytes(b"abcdefghij"));
        // Shared or interned: left alone.
        let t = s.clone();
        assert!(!s.extend(b"x"));
        drop(t);
        let mut i = ZStr::interned(b"lit");
        assert!(!i.extend(b"x"));
        assert_eq!(i.as_bytes(), b"lit");
        // Growing across bins keeps the bytes.
        let long = vec![b'z'; 300];
        assert!(s.extend(&long));
        assert_eq!(s.len(), 310);
        assert!(s.as_bytes()[10..].iter().all(|&c| c == b'z'));
    }

    #[test]
    fn hash_bytes_is_djbx33a_at_every_length() {
        let bytes: Vec<u8> = (0..40u8)
            .map(|i| i.wrapping_mul(37).wrapping_add(11))
            .collect();
        for n in 0..bytes.len() {
            let mut h: u64 = 5381;
            for &c in &bytes[..n] {
                h = h.wrapping_mul(33).wrapping_add(c as u64);
            }
            assert_eq!(
                hash_bytes(&bytes[..n]),
                h | 0x8000_0000_0000_0000,
                "length {n}"
            );
        }
    }

    #[test]
    fn new_filled_writes_in_place_and_interns_short_results() {
        let parts: [&[u8]; 3] = [b"item ", b"42", b","];
        let s = ZStr::new_filled(8, |out| {
            let mut at = 0;
            for p in parts {
                out[at..at + p.len()].copy_from_slice(p);
                at += p.len();
            }
        });
        assert_eq!(s.as_bytes(), b"item 42,");
        assert_eq!(s.refcount(), 1);
        assert!(!s.is_interned());
        // Hashed as the same bytes copied in.
        assert_eq!(s.hash(), ZStr::new(b"item 42,").hash());
        // Empty and one-byte results are the interned strings.
        assert!(ZStr::new_filled(0, |_| {}).is_interned());
        let one = ZStr::new_filled(1, |out| out[0] = b'x');
        assert!(one.is_interned());
        assert_eq!(one.as_bytes(), b"x");
    }
}
