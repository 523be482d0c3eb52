//! memphis-mm — the PHP heap.
//!
//! Every PHP value Memphis creates (strings, arrays, objects, references, VM stack pages …) is
//! allocated here, so that the counters behind `memory_get_usage()`, `memory_get_peak_usage()`
//! and `memory_limit` move exactly as Zend's do.
//!
//! This first version keeps Zend's *accounting* (30 small bins with PHP 8.4's 16-byte minimum,
//! 4 KiB pages for large blocks, page-rounded huge blocks with their 24-byte record, 2 MiB
//! chunks for the real size) on top of the system allocator. The chunk/page/bin layout itself
//! replaces it without changing this API.
//!
//! The heap is per thread (PHP runs one request per thread) and reached through free
//! functions, so that value handles can free themselves in `Drop`.
//!
//! `memory_limit`: small and large allocations never fail — when one needs a new chunk past the
//! limit it still succeeds, and the failure is recorded ([`limit_hit`], [`take_limit_error`])
//! for the VM to raise PHP's fatal error at the next instruction boundary. Huge allocations past
//! the limit are refused ([`try_alloc`] returns `None`), so no script can make the process map
//! far more memory than the limit allows.

use std::cell::UnsafeCell;
use std::ptr::NonNull;

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

/// Slot sizes of the 30 small bins (`Zend/zend_alloc_sizes.h`).
pub const BIN_SIZES: [usize; 30] = [
    8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640,
    768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072,
];

/// The bin index serving a small request (PHP 8.4: requests up to 16 bytes use the 16 bin).
pub fn bin_for(size: usize) -> usize {
    let size = size.max(16);
    BIN_SIZES.iter().position(|&b| b >= size).unwrap_or(BIN_SIZES.len() - 1)
}

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

const HEADER: usize = 16;

struct Heap {
    size: usize,
    peak: usize,
    real_size: usize,
    real_peak: usize,
    /// Bytes of small and large blocks in use; chunks are derived from it.
    chunked: usize,
    huge: usize,
    limit: usize,
    limit_error: Option<LimitError>,
}

impl Heap {
    const fn new() -> Heap {
        Heap {
            size: 0,
            peak: 0,
            real_size: CHUNK_SIZE,
            real_peak: CHUNK_SIZE,
            chunked: 0,
            huge: 0,
            limit: 128 * 1024 * 1024,
            limit_error: None,
        }
    }

    fn chunks_for(&self, chunked: usize) -> usize {
        // Headers take page 0 of every chunk.
        chunked.div_ceil(CHUNK_SIZE - PAGE_SIZE).max(1)
    }

    fn update_real(&mut self) {
        let want = self.chunks_for(self.chunked) * CHUNK_SIZE + self.huge;
        // Empty chunks stay cached: the real size only grows until gc_mem_caches().
        if want > self.real_size {
            self.real_size = want;
        }
        self.real_peak = self.real_peak.max(self.real_size);
    }

    fn grow(&mut self, acct: usize, huge_bytes: usize, request: usize) -> bool {
        if huge_bytes > 0 {
            let after = self.real_size + huge_bytes;
            if after > self.limit {
                self.record_limit(request);
                return false;
            }
            self.huge += huge_bytes;
        } else {
            let before = self.chunks_for(self.chunked);
            let after = self.chunks_for(self.chunked + acct);
            if after > before
                && after * CHUNK_SIZE + self.huge > self.real_size
                && after * CHUNK_SIZE + self.huge > self.limit
            {
                let tried = if request > MAX_SMALL_SIZE { acct } else { PAGE_SIZE };
                self.record_limit(tried);
            }
            self.chunked += acct - huge_bytes;
        }
        self.size += acct;
        self.peak = self.peak.max(self.size);
        self.update_real();
        true
    }

    fn record_limit(&mut self, tried: usize) {
        if self.limit_error.is_none() {
            self.limit_error = Some(LimitError { limit: self.limit, tried });
        }
    }
}

thread_local! {
    static HEAP: UnsafeCell<Heap> = const { UnsafeCell::new(Heap::new()) };
}

fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    // SAFETY: the heap is thread-local and no function of this module calls out while holding
    // the reference, so there is never a second live `&mut Heap`.
    HEAP.with(|h| f(unsafe { &mut *h.get() }))
}

fn layout(total: usize) -> std::alloc::Layout {
    // Cannot fail: sizes are far below isize::MAX (checked by callers) and alignment is 16.
    std::alloc::Layout::from_size_align(total, 16).unwrap_or(std::alloc::Layout::new::<u128>())
}

fn huge_bytes(size: usize) -> usize {
    if size > MAX_LARGE_SIZE {
        size.div_ceil(PAGE_SIZE) * PAGE_SIZE
    } else {
        0
    }
}

/// Allocates `size` bytes (8-aligned, uninitialised). Small and large requests always succeed;
/// past `memory_limit` they record the failure for the VM (see the crate doc). Returns `None`
/// only for a huge request that the limit refuses.
pub fn try_alloc(size: usize) -> Option<NonNull<u8>> {
    if size > isize::MAX as usize / 2 {
        with_heap(|h| h.record_limit(size));
        return None;
    }
    let acct = accounted_size(size);
    if !with_heap(|h| h.grow(acct, huge_bytes(size), size)) {
        return None;
    }
    // SAFETY: the layout has non-zero size (HEADER > 0).
    let raw = unsafe { std::alloc::alloc(layout(size + HEADER)) };
    let Some(raw) = NonNull::new(raw) else {
        std::alloc::handle_alloc_error(layout(size + HEADER));
    };
    // SAFETY: the block is at least HEADER bytes long and 16-aligned; the header stores the size.
    unsafe {
        raw.as_ptr().cast::<usize>().write(size);
        Some(NonNull::new_unchecked(raw.as_ptr().add(HEADER)))
    }
}

/// Allocates a block that is known not to be huge (`size <= MAX_LARGE_SIZE`); never fails.
pub fn alloc(size: usize) -> NonNull<u8> {
    debug_assert!(size <= MAX_LARGE_SIZE);
    match try_alloc(size) {
        Some(p) => p,
        None => std::alloc::handle_alloc_error(layout(size)),
    }
}

/// Size that was requested for the block at `ptr`.
///
/// # Safety
/// `ptr` must come from [`alloc`]/[`try_alloc`]/[`realloc`] and not have been freed.
pub unsafe fn block_size(ptr: NonNull<u8>) -> usize {
    // SAFETY: per the contract the header lies HEADER bytes before `ptr`.
    unsafe { ptr.as_ptr().sub(HEADER).cast::<usize>().read() }
}

/// Frees a block.
///
/// # Safety
/// `ptr` must come from this heap (same thread) and not have been freed.
pub unsafe fn free(ptr: NonNull<u8>) {
    // SAFETY: per the contract.
    let size = unsafe { block_size(ptr) };
    let acct = accounted_size(size);
    let hb = huge_bytes(size);
    with_heap(|h| {
        h.size -= acct;
        if hb > 0 {
            h.huge -= hb;
            h.real_size -= hb;
        } else {
            h.chunked -= acct;
        }
    });
    // SAFETY: the block was allocated with this layout.
    unsafe { std::alloc::dealloc(ptr.as_ptr().sub(HEADER), layout(size + HEADER)) };
}

/// Resizes a block, keeping its first `min(old, new)` bytes. `None` when a huge request is
/// refused by the limit (the old block is then untouched).
///
/// # Safety
/// As for [`free`].
pub unsafe fn realloc(ptr: NonNull<u8>, new_size: usize) -> Option<NonNull<u8>> {
    // SAFETY: per the contract.
    let old = unsafe { block_size(ptr) };
    let new = try_alloc(new_size)?;
    // SAFETY: both blocks are valid for the copied length and do not overlap.
    unsafe {
        std::ptr::copy_nonoverlapping(ptr.as_ptr(), new.as_ptr(), old.min(new_size));
        free(ptr);
    }
    Some(new)
}

/// `memory_get_usage($real)`.
pub fn usage(real: bool) -> usize {
    with_heap(|h| if real { h.real_size } else { h.size })
}

/// `memory_get_peak_usage($real)`.
pub fn peak_usage(real: bool) -> usize {
    with_heap(|h| if real { h.real_peak } else { h.peak })
}

/// `memory_reset_peak_usage()`.
pub fn reset_peak() {
    with_heap(|h| {
        h.peak = h.size;
        h.real_peak = h.real_size;
    })
}

/// `gc_mem_caches()`: gives cached memory back; returns the bytes of small-bin runs released.
pub fn gc_caches() -> usize {
    with_heap(|h| {
        let want = h.chunks_for(h.chunked) * CHUNK_SIZE + h.huge;
        h.real_size = want;
        0
    })
}

/// The limit in bytes (`usize::MAX` for `-1`).
pub fn limit() -> usize {
    with_heap(|h| h.limit)
}

/// Sets `memory_limit`. Fails, returning the current real size, when the new limit is below it.
pub fn set_limit(limit: usize) -> Result<(), usize> {
    with_heap(|h| {
        if limit < h.real_size {
            let want = h.chunks_for(h.chunked) * CHUNK_SIZE + h.huge;
            if limit < want {
                return Err(h.real_size);
            }
            h.real_size = want;
        }
        h.limit = limit;
        Ok(())
    })
}

/// Whether an allocation went past the limit since the last [`take_limit_error`].
pub fn limit_hit() -> bool {
    with_heap(|h| h.limit_error.is_some())
}

/// Takes the recorded limit failure, if any.
pub fn take_limit_error() -> Option<LimitError> {
    with_heap(|h| h.limit_error.take())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_round_up_with_16_minimum() {
        assert_eq!(accounted_size(1), 16);
        assert_eq!(accounted_size(8), 16);
        assert_eq!(accounted_size(17), 24);
        assert_eq!(accounted_size(65), 80);
        assert_eq!(accounted_size(3072), 3072);
        assert_eq!(accounted_size(3073), 4096);
        assert_eq!(accounted_size(MAX_LARGE_SIZE + 1), CHUNK_SIZE + 24);
    }

    #[test]
    fn usage_moves_by_bin_size() {
        let before = usage(false);
        let p = alloc(40);
        assert_eq!(usage(false) - before, 40);
        let q = alloc(1000);
        assert_eq!(usage(false) - before, 40 + 1024);
        // SAFETY: both blocks come from this heap and are freed once.
        unsafe {
            free(p);
            free(q);
        }
        assert_eq!(usage(false), before);
    }
}
