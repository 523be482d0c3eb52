//! memphis-mm — the PHP heap: a model of Zend MM (`Zend/zend_alloc.c`).
//!
//! Every PHP value Memphis creates (strings, arrays, objects, references, VM stack pages …) is
//! allocated here, so that `memory_get_usage()`, `memory_get_peak_usage()`, `gc_mem_caches()`
//! and `memory_limit` behave exactly as in PHP 8.4. The heap is per thread (PHP runs one
//! request per thread) and is reached through free functions, so that value handles can free
//! themselves in `Drop`.
//!
//! # How the heap works
//!
//! **Chunks.** Memory is taken from the system in *chunks* of 2 MiB, each aligned to 2 MiB.
//! Because of the alignment, the chunk owning any block is found by clearing the low 21 bits
//! of the block's address. A chunk is cut into 512 *pages* of 4 KiB. Page 0 holds the chunk
//! header: the chunk's links in the heap's circular chunk list, its count of free pages, a
//! bitmap with one bit per page (set = in use) and the *page map*, one 32-bit word per page
//! telling what the page is — free, the first page of a large block (with its page count), or
//! part of a small-bin run (with the bin number). The first chunk exists from the start, so
//! `memory_get_usage(true)` starts at 2 MiB.
//!
//! **Three size classes.** A request of up to 3 072 bytes is *small*, up to 2 093 056 bytes
//! (a chunk minus its header page) *large*, anything bigger *huge*. Small blocks are 8-aligned,
//! large ones page-aligned, huge ones 2 MiB-aligned.
//!
//! **Small blocks** come from 30 *bins* of fixed slot sizes, 8 … 3 072 bytes ([`BIN_SIZES`];
//! PHP 8.4 never uses the 8-byte bin, so 1–16 bytes take 16). A request takes the smallest bin
//! that holds it. Each bin has a free list, singly linked through the first word of each free
//! slot, and reused last-in first-out. When the list is empty (`alloc_small_slow`), the bin
//! takes a *run* of pages ([`BIN_PAGES`], 1 to 7) as if it were a large block, marks the run's
//! pages in the page map as belonging to the bin, hands out the run's first slot and chains the
//! others, in address order, onto the free list. Freeing a small block just pushes it on its
//! bin's list: runs are never given back when their slots come free, only by
//! `gc_mem_caches()`.
//!
//! **Large blocks** are runs of whole pages inside one chunk (`alloc_pages`). The chunks are
//! tried in list order; in each, the bitmap is searched for the *best fit*: the first free run
//! of exactly the right length, else the shortest longer one. If no chunk has room, a chunk is
//! taken from the cache of empty chunks, or else a new one is mapped and linked at the end of
//! the list. (Zend's small tweak is kept too: a chunk found more than two steps down the list
//! for a run of fewer than 8 pages moves to the front.) Freeing a large block clears its pages;
//! a chunk other than the first that becomes empty is *deleted* (see the cache below).
//!
//! **Huge blocks** get memory of their own, rounded up to whole pages and aligned to 2 MiB.
//! Each has a 24-byte record (pointer, size, next) on the heap's huge list; the record is
//! itself a small block from bin 24 and counts in `memory_get_usage()` as such.
//!
//! **Freeing needs no size.** A block at a 2 MiB boundary is huge (page 0 of a chunk is never
//! handed out) and its size is on the huge list. Any other block's chunk is found by masking
//! its address, and the page map word of its page gives its bin or page count.
//!
//! **Resizing** (`realloc`) stays in place when it can: a small block keeps its slot while the
//! new size still needs its bin; a large block keeps its pages when the page count is the same,
//! gives back its tail when it shrinks, and grows over the pages right after it when they are
//! free; a huge block keeps its memory for the same page count and is truncated when it
//! shrinks. Otherwise the block moves: allocate, copy, free. The transient double is not
//! counted in the usage peak, as in PHP.
//!
//! **The chunk cache.** An emptied chunk is not always given back: Zend keeps it in a cache
//! (still counted in `memory_get_usage(true)`) while the chunks in use plus the cached ones are
//! below the average number of chunks per request (+0.1). For the single request of a CLI
//! script that average is 1.0, so a chunk is kept only when, once it is unlinked, the first
//! chunk is the only one in use and the cache is empty; the others are given back, except that
//! after four deletions at the same chunk count Zend starts caching too (`delete_chunk` has
//! the exact rule). A cached chunk is reused before a new one is mapped.
//!
//! **`gc_mem_caches()`** (`mm_gc`) counts, for each bin, the free slots of every run; the runs
//! whose slots are all free leave the free list, their pages are freed, and their bytes
//! (pages × 4 096) are the return value. Chunks left empty are then deleted as above. Cached
//! chunks stay cached: PHP's `gc_mem_caches()` does not release them either.
//!
//! # Counters
//!
//! * `size` — [`usage`]`(false)`: bin size of each small block, pages × 4 096 of each large
//!   block, page-rounded size of each huge block (plus its record's 24).
//! * `real_size` — [`usage`]`(true)`: 2 MiB × (chunks in use + cached chunks) + huge blocks.
//! * `peak`, `real_peak` — [`peak_usage`]: high-water marks, updated on every increase;
//!   [`reset_peak`] sets them to the current values.
//!
//! # memory_limit
//!
//! The limit is checked only where Zend checks it — where the heap asks the system for memory:
//!
//! * when a **new chunk** must be mapped (no cached chunk left): refused if 2 MiB > limit −
//!   `real_size`;
//! * for a **huge block**: refused if its page-rounded size > limit − `real_size`; when a huge
//!   block grows, first for the growth alone, then (as the block moves) for the new size.
//!
//! Before refusing, the heap runs `mm_gc` and tries again if that gave anything back. So an
//! allocation that fits in the chunks already mapped never fails, whatever
//! `memory_get_usage()` says, and `memory_get_usage(true)` can reach the limit exactly.
//!
//! What a refusal does here: small and large allocations never fail — the chunk is mapped
//! anyway and the failure is recorded ([`limit_hit`], [`take_limit_error`]) for the VM to raise
//! PHP's fatal error at the next instruction boundary. Huge allocations past the limit are
//! refused ([`try_alloc`] and [`realloc`] return `None` and record the failure), so no script
//! can make the process map far more memory than the limit allows. Only the first failure is
//! kept until it is taken. The "tried to allocate" figure ([`LimitError::tried`]) is what the
//! PHP 8.4 sources print: for a new chunk, the pages × 4 096 of the run or large block that
//! needed it (4 096 for a one-page run, 102 400 for a 100 032-byte string); for a huge block,
//! the requested byte count. (Some distribution builds, Debian's PHP 8.4 among them, print the
//! amount checked instead — 2 097 152 for a chunk; the `TRIED_IS_CHECKED_AMOUNT` switch in
//! `heap.rs` selects that.)
//!
//! [`set_limit`] follows `zend_set_memory_limit`: a limit below `real_size` is accepted only if
//! giving back cached chunks brings `real_size` under it.
//!
//! # Where this differs from PHP
//!
//! * Chunks and huge blocks come from Rust's global allocator with a 2 MiB-aligned layout
//!   instead of `mmap`; the first chunk is mapped on first use (but counted from the start).
//! * Growing a huge block: PHP tries `mremap` in place, which succeeds only if the address
//!   space after the block happens to be free; this model always moves the block (see
//!   `realloc_huge`), so `memory_get_peak_usage(true)` may be higher than PHP's after such a
//!   growth. A truncated huge block may move too (the counters are as in PHP).
//! * Past the limit, small and large allocations succeed (see above) where PHP bails out at
//!   once.
//! * The free-list "heap protection" of 8.4 (a shadow copy of each link, checked on use) is not
//!   modelled beyond its effect on sizes (the 16-byte minimum).

#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

mod bins;
mod chunk;
mod heap;

#[cfg(test)]
mod model_tests;
#[cfg(test)]
mod tests;

use heap::Heap;
use std::cell::UnsafeCell;
use std::ptr::NonNull;

pub use bins::{bin_for, BINS, BIN_PAGES, BIN_SIZES, BIN_SLOTS};

/// Size of a chunk: the unit in which Zend MM takes memory from the OS.
pub const CHUNK_SIZE: usize = 2 * 1024 * 1024;
/// Size of a page inside a chunk.
pub const PAGE_SIZE: usize = 4096;
/// Largest request served from a small bin.
pub const MAX_SMALL_SIZE: usize = 3072;
/// Largest request served as a run of pages inside a chunk; anything bigger is huge.
pub const MAX_LARGE_SIZE: usize = CHUNK_SIZE - PAGE_SIZE;
/// Bookkeeping record each huge block carries (itself a small allocation).
pub const HUGE_RECORD_SIZE: usize = 24;

/// What a request of `size` bytes adds to `memory_get_usage()`.
pub fn accounted_size(size: usize) -> usize {
    if size <= MAX_SMALL_SIZE {
        BIN_SIZES[bin_for(size)]
    } else if size <= MAX_LARGE_SIZE {
        size.div_ceil(PAGE_SIZE) * PAGE_SIZE
    } else {
        size.div_ceil(PAGE_SIZE) * PAGE_SIZE + BIN_SIZES[bin_for(HUGE_RECORD_SIZE)]
    }
}

/// PHP's "Allowed memory size of N bytes exhausted (tried to allocate M bytes)" figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitError {
    /// The memory limit in force (N).
    pub limit: usize,
    /// The size PHP reports as the failed allocation (M).
    pub tried: usize,
}

thread_local! {
    static HEAP: UnsafeCell<Heap> = const { UnsafeCell::new(Heap::new()) };
}

#[inline(always)]
fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    // The pointer comes out of a trivial `with`, which inlines to a thread-local load (a
    // `with` around the whole operation stays an out-of-line call through the key's accessor).
    let h: *mut Heap = HEAP.with(|h| h.get());
    // SAFETY: the heap is thread-local and lives until this thread's thread-local destructors
    // run (`with` above panics once it is gone); no function of this crate calls out (to user
    // code or to another `with_heap`) while holding the reference, so it is the only live one.
    f(unsafe { &mut *h })
}

/// Allocates `size` bytes (8-aligned, uninitialised). Small and large requests always succeed;
/// past `memory_limit` they record the failure for the VM (see the crate doc). Returns `None`
/// only for a huge request that the limit refuses.
#[inline]
pub fn try_alloc(size: usize) -> Option<NonNull<u8>> {
    with_heap(|h| h.alloc(size))
}

/// Allocates a block that is known not to be huge (`size <= MAX_LARGE_SIZE`); never fails.
#[inline]
pub fn alloc(size: usize) -> NonNull<u8> {
    debug_assert!(size <= MAX_LARGE_SIZE);
    match try_alloc(size) {
        Some(p) => p,
        None => std::alloc::handle_alloc_error(
            std::alloc::Layout::from_size_align(size, 8)
                .unwrap_or(std::alloc::Layout::new::<u64>()),
        ),
    }
}

/// Usable size of the block at `ptr`: at least the size requested for it — the bin size of a
/// small block, pages × 4096 of a large one, the page-rounded size of a huge one (Zend's
/// `zend_mem_block_size`).
///
/// # Safety
/// `ptr` must come from [`alloc`]/[`try_alloc`]/[`realloc`] on this thread and not have been
/// freed.
pub unsafe fn block_size(ptr: NonNull<u8>) -> usize {
    // SAFETY: per the contract.
    with_heap(|h| unsafe { h.block_size(ptr) })
}

/// Frees a block.
///
/// # Safety
/// `ptr` must come from this heap (same thread) and not have been freed.
#[inline]
pub unsafe fn free(ptr: NonNull<u8>) {
    // After the thread's heap is gone (thread exit) its memory went with it: nothing to do.
    // SAFETY: per the contract.
    let _ = HEAP.try_with(|h| unsafe { (*h.get()).free(ptr) });
}

/// Resizes a block, keeping its first `min(old, new)` bytes. `None` when a huge request is
/// refused by the limit (the old block is then untouched).
///
/// # Safety
/// As for [`free`].
pub unsafe fn realloc(ptr: NonNull<u8>, new_size: usize) -> Option<NonNull<u8>> {
    // SAFETY: per the contract.
    with_heap(|h| unsafe { h.realloc(ptr, new_size) })
}

/// `memory_get_usage($real)`.
pub fn usage(real: bool) -> usize {
    with_heap(|h| if real { h.real_size } else { h.shown_size() })
}

/// `memory_get_peak_usage($real)`.
pub fn peak_usage(real: bool) -> usize {
    with_heap(|h| if real { h.real_peak } else { h.shown_peak() })
}

/// Runs `f`, whose net allocations are the engine's own and stay for the rest of the run
/// (a built-in class compiled on first use), without counting them in `memory_get_usage()` or
/// its peak: PHP makes its internal classes outside the request heap. They still take room in
/// the chunks (`memory_get_usage(true)`, where the limit is checked).
pub fn uncounted<R>(f: impl FnOnce() -> R) -> R {
    // (Compared as shown usage, so that a nested call's blocks are not taken out twice.)
    let (shown0, peak0) = with_heap(|h| (h.shown_size(), h.shown_peak()));
    let r = f();
    with_heap(|h| {
        let d = h.shown_size().saturating_sub(shown0);
        h.uncounted += d;
        // The peak shown stays what it was before (the shown usage did not move).
        h.peak = (peak0 + h.uncounted).max(h.size);
    });
    r
}

/// `memory_reset_peak_usage()`.
pub fn reset_peak() {
    with_heap(|h| {
        h.peak = h.size;
        h.real_peak = h.real_size;
    })
}

/// `gc_mem_caches()`: gives the runs whose slots are all free back to their chunks (and
/// chunks left empty back to the cache or the system); returns the bytes of runs released.
pub fn gc_caches() -> usize {
    with_heap(|h| h.mm_gc())
}

/// The limit in bytes (`usize::MAX` for `-1`).
pub fn limit() -> usize {
    with_heap(|h| h.limit)
}

/// Sets `memory_limit`. Fails, returning the current real size, when the new limit is below it
/// (after giving back cached chunks, if that is enough).
pub fn set_limit(limit: usize) -> Result<(), usize> {
    with_heap(|h| h.set_memory_limit(limit))
}

/// Whether an allocation went past the limit since the last [`take_limit_error`].
pub fn limit_hit() -> bool {
    with_heap(|h| h.limit_error.is_some())
}

/// Takes the recorded limit failure, if any.
pub fn take_limit_error() -> Option<LimitError> {
    with_heap(|h| h.limit_error.take())
}

/// A block of the PHP heap owned by Rust code and freed when dropped — for memory the engine
/// holds on PHP's account without reading it through a pointer (VM stack pages).
#[derive(Debug)]
pub struct OwnedBlock(NonNull<u8>);

impl OwnedBlock {
    /// Allocates `size` bytes (not huge: `size <= MAX_LARGE_SIZE`).
    pub fn new(size: usize) -> OwnedBlock {
        OwnedBlock(alloc(size))
    }

    /// Allocates `size` bytes of any size; `None` when a huge request passes `memory_limit`
    /// (the failure is recorded for the VM, as [`try_alloc`] records it).
    pub fn try_new(size: usize) -> Option<OwnedBlock> {
        try_alloc(size).map(OwnedBlock)
    }
}

impl Drop for OwnedBlock {
    fn drop(&mut self) {
        // SAFETY: the block came from `alloc` on this thread and is freed exactly once, here.
        unsafe { free(self.0) }
    }
}
