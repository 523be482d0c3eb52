//! The heap: free lists, chunk list, chunk cache, huge list and the counters. Every step of
//! the algorithm described in the crate documentation is one method here, named after the
//! Zend MM routine that does the same job.

use crate::bins::{bin_for, BINS, BIN_PAGES, BIN_SIZES, BIN_SLOTS};
use crate::chunk::{
    self, best_fit, chunk_of, clear_range, high, init_header, is_free_range, is_run_continuation,
    is_set, is_small, large_run, low, os_alloc_chunk, os_free_chunk, set_range, small_run,
    small_run_next, Chunk, FIRST_PAGE, PAGES, USABLE_PAGES,
};
use crate::{LimitError, CHUNK_SIZE, HUGE_RECORD_SIZE, MAX_LARGE_SIZE, MAX_SMALL_SIZE, PAGE_SIZE};
use std::ptr::{null_mut, NonNull};

/// Which figure a [`LimitError`] reports as "tried to allocate".
///
/// `false` — what the PHP 8.4 sources print: the pages of the run or large block that needed
/// a new chunk (`pages × 4096`), and for a huge block the requested byte count.
/// `true` — what some distribution builds print (Debian's 8.4.27, for one, which backported
/// php-src PR #11763): the amount that was actually checked against the limit, i.e. 2 097 152
/// for a new chunk, the page-rounded size for a huge block and the page-rounded growth for a
/// huge block grown in place.
pub(crate) const TRIED_IS_CHECKED_AMOUNT: bool = false;

/// Default `memory_limit` (`main/main.c`: "128M").
const DEFAULT_LIMIT: usize = 128 * 1024 * 1024;

/// Zend's per-request average of chunks in use (`avg_chunks_count`). It starts at 1.0 and is
/// only updated at request end, so for the single request of a CLI script it stays 1.0.
const AVG_CHUNKS_COUNT: f64 = 1.0;

/// The record kept for each huge block (Zend's `zend_mm_huge_list`): 24 bytes, itself a small
/// allocation from bin 24 and counted in `size` like any other.
#[repr(C)]
struct HugeRecord {
    ptr: *mut u8,
    size: usize,
    next: *mut HugeRecord,
}

const _: () = assert!(std::mem::size_of::<HugeRecord>() == HUGE_RECORD_SIZE);

#[inline(always)]
fn page_round(size: usize) -> Option<usize> {
    size.checked_add(PAGE_SIZE - 1)
        .map(|n| n & !(PAGE_SIZE - 1))
}

/// Reads the free-list link stored in the first word of a free slot.
///
/// # Safety
/// `slot` must be a free slot of a live run.
#[inline(always)]
unsafe fn next_free(slot: *mut u8) -> *mut u8 {
    // SAFETY: per the contract the slot is free, 8-aligned and at least 16 bytes long; its
    // first word was written by `free_small` or `alloc_small_slow`.
    unsafe { slot.cast::<*mut u8>().read() }
}

/// Writes the free-list link into a slot.
///
/// # Safety
/// `slot` must be a slot of a live run that nobody uses.
#[inline(always)]
unsafe fn set_next_free(slot: *mut u8, next: *mut u8) {
    // SAFETY: per the contract the slot is ours, 8-aligned and at least 16 bytes long.
    unsafe { slot.cast::<*mut u8>().write(next) }
}

/// What a pointer handed to `free`/`realloc`/`block_size` is, read from its page.
enum Block {
    Small {
        chunk: *mut Chunk,
        offset: usize,
        bin: usize,
    },
    Large {
        chunk: *mut Chunk,
        page: usize,
        pages: usize,
    },
    Huge,
}

/// Looks up a block's kind and size. Blocks at a 2 MiB boundary are huge (chunk page 0 is
/// never handed out); any other block lives in the chunk its address masks to.
///
/// # Safety
/// `addr` must be the address of a live block of this heap.
#[inline(always)]
unsafe fn classify(addr: usize) -> Block {
    let offset = addr & (CHUNK_SIZE - 1);
    if offset == 0 {
        return Block::Huge;
    }
    let chunk = chunk_of(addr);
    let page = offset / PAGE_SIZE;
    // SAFETY: per the contract the block lives in a chunk of this heap, whose header is valid.
    let info = unsafe { (*chunk).map[page] };
    if is_small(info) {
        Block::Small {
            chunk,
            offset,
            bin: low(info),
        }
    } else {
        debug_assert!(
            offset.is_multiple_of(PAGE_SIZE) && low(info) > 0,
            "zend_mm_heap corrupted"
        );
        Block::Large {
            chunk,
            page,
            pages: low(info),
        }
    }
}

/// Zend's `zend_mm_heap`.
pub(crate) struct Heap {
    /// Head of each bin's free list (LIFO), linked through the first word of each free slot.
    free_slot: [*mut u8; BINS],
    /// `memory_get_usage()`.
    pub(crate) size: usize,
    /// `memory_get_peak_usage()`.
    pub(crate) peak: usize,
    /// Bytes of `size` (and `peak`) that `memory_get_usage()` does not show: the engine's own
    /// blocks made during the request (see `uncounted`), which PHP keeps outside its heap.
    pub(crate) uncounted: usize,
    /// `memory_get_usage(true)`.
    pub(crate) real_size: usize,
    /// `memory_get_peak_usage(true)`.
    pub(crate) real_peak: usize,
    /// `memory_limit` in bytes.
    pub(crate) limit: usize,
    /// First limit failure not yet taken by the VM.
    pub(crate) limit_error: Option<LimitError>,
    /// Records of the huge blocks, newest first.
    huge_list: *mut HugeRecord,
    /// Physical capacity of huge blocks mapped bigger than their accounted size (address,
    /// bytes): a growing huge block is reserved geometrically so that `.=` on a huge string is
    /// not quadratic, while the counters follow PHP's sizes. The record itself stays Zend's
    /// 24 bytes, so this lives beside it.
    huge_caps: Vec<(usize, usize)>,
    /// First chunk; null until the first small or large allocation maps it (it is counted in
    /// `real_size` and `chunks_count` from the start, as PHP maps it at startup).
    main_chunk: *mut Chunk,
    /// Empty chunks kept for reuse, linked through `next`.
    cached_chunks: *mut Chunk,
    chunks_count: usize,
    peak_chunks_count: usize,
    cached_chunks_count: usize,
    last_chunks_delete_boundary: usize,
    last_chunks_delete_count: usize,
    /// Times `mm_gc` ran (tests follow the runs the limit triggers).
    #[cfg(test)]
    pub(crate) gc_runs: usize,
}

impl Heap {
    pub(crate) const fn new() -> Heap {
        Heap {
            free_slot: [null_mut(); BINS],
            size: 0,
            peak: 0,
            uncounted: 0,
            real_size: CHUNK_SIZE,
            real_peak: CHUNK_SIZE,
            limit: DEFAULT_LIMIT,
            limit_error: None,
            huge_list: null_mut(),
            huge_caps: Vec::new(),
            main_chunk: null_mut(),
            cached_chunks: null_mut(),
            chunks_count: 1,
            peak_chunks_count: 1,
            cached_chunks_count: 0,
            last_chunks_delete_boundary: 0,
            last_chunks_delete_count: 0,
            #[cfg(test)]
            gc_runs: 0,
        }
    }

    // --- counters -------------------------------------------------------------------------

    /// `memory_get_usage()`: the blocks in use but the engine's own (`uncounted`).
    pub(crate) fn shown_size(&self) -> usize {
        self.size.saturating_sub(self.uncounted)
    }

    /// `memory_get_peak_usage()`, as [`Heap::shown_size`].
    pub(crate) fn shown_peak(&self) -> usize {
        self.peak.saturating_sub(self.uncounted)
    }

    #[inline(always)]
    fn add_size(&mut self, n: usize) {
        self.size += n;
        if self.size > self.peak {
            self.peak = self.size;
        }
    }

    #[inline(always)]
    fn add_real_size(&mut self, n: usize) {
        self.real_size += n;
        if self.real_size > self.real_peak {
            self.real_peak = self.real_size;
        }
    }

    /// What is left under the limit. Saturates: the small/large paths may go past the limit
    /// (see the crate doc), and every later check must then fail too.
    #[inline]
    fn room(&self) -> usize {
        self.limit.saturating_sub(self.real_size)
    }

    pub(crate) fn record_limit_error(&mut self, tried: usize) {
        if self.limit_error.is_none() {
            self.limit_error = Some(LimitError {
                limit: self.limit,
                tried,
            });
        }
    }

    // --- emalloc --------------------------------------------------------------------------

    /// `zend_mm_alloc_heap`: dispatch on the size class.
    #[inline(always)]
    pub(crate) fn alloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        let p = if size <= MAX_SMALL_SIZE {
            self.alloc_small(bin_for(size))
        } else if size <= MAX_LARGE_SIZE {
            self.alloc_large(size)
        } else {
            return self.alloc_huge(size);
        };
        // Chunk memory is never at address 0.
        NonNull::new(p)
    }

    /// `zend_mm_alloc_small`: count the bin size, pop the bin's free list.
    #[inline(always)]
    fn alloc_small(&mut self, bin: usize) -> *mut u8 {
        self.add_size(BIN_SIZES[bin]);
        let slot = self.free_slot[bin];
        if !slot.is_null() {
            // SAFETY: every pointer on a free list is a free slot of a live run.
            self.free_slot[bin] = unsafe { next_free(slot) };
            return slot;
        }
        self.alloc_small_slow(bin)
    }

    /// `zend_mm_alloc_small_slow`: the free list is empty — carve a new run of the bin's page
    /// count, mark its pages, chain slots 1..n on the free list (in address order) and hand
    /// out slot 0.
    #[cold]
    #[inline(never)]
    fn alloc_small_slow(&mut self, bin: usize) -> *mut u8 {
        let pages = BIN_PAGES[bin];
        let (chunk, page) = self.alloc_pages(pages);
        let slot_size = BIN_SIZES[bin];
        // SAFETY: `alloc_pages` reserved pages `page .. page + pages` of the live chunk
        // `chunk` for us; the header and the run are inside the chunk's allocation, and each
        // slot written below lies inside the run (BIN_SLOTS × size ≤ pages × 4096).
        unsafe {
            (*chunk).map[page] = small_run(bin, 0);
            for i in 1..pages {
                (*chunk).map[page + i] = small_run_next(bin, i);
            }
            let run = chunk.cast::<u8>().add(page * PAGE_SIZE);
            let mut slot = run.add(slot_size);
            self.free_slot[bin] = slot;
            for _ in 2..BIN_SLOTS[bin] {
                let next = slot.add(slot_size);
                set_next_free(slot, next);
                slot = next;
            }
            set_next_free(slot, null_mut());
            run
        }
    }

    /// `zend_mm_alloc_large`: a run of whole pages.
    fn alloc_large(&mut self, size: usize) -> *mut u8 {
        let pages = size.div_ceil(PAGE_SIZE);
        let (chunk, page) = self.alloc_pages(pages);
        self.add_size(pages * PAGE_SIZE);
        // SAFETY: the page lies inside the chunk.
        unsafe { chunk.cast::<u8>().add(page * PAGE_SIZE) }
    }

    /// `zend_mm_alloc_pages`: find `pages` free pages in one chunk. Chunks are tried in list
    /// order, each with a best-fit search of its bitmap; when none fits, a chunk is taken from
    /// the cache or the system ([`Heap::get_chunk`]). A chunk found more than two steps down
    /// the list for a short run (< 8 pages) moves to the front, right after the first chunk.
    fn alloc_pages(&mut self, pages: usize) -> (*mut Chunk, usize) {
        if self.main_chunk.is_null() {
            self.init_main_chunk();
        }
        let main = self.main_chunk;
        let mut chunk = main;
        let mut steps = 0;
        // SAFETY: the chunk list only holds live chunks, linked circularly from `main`.
        let page = unsafe {
            loop {
                if (*chunk).free_pages as usize >= pages {
                    if let Some(page) = best_fit(&(*chunk).free_map, pages) {
                        break page;
                    }
                }
                if (*chunk).next == main {
                    chunk = self.get_chunk(pages);
                    break FIRST_PAGE;
                }
                chunk = (*chunk).next;
                steps += 1;
            }
        };
        // SAFETY: `chunk` and its neighbours are live chunks of the list; only header fields
        // are written, through raw places (no two live references to one header).
        unsafe {
            if steps > 2 && pages < 8 {
                (*(*chunk).prev).next = (*chunk).next;
                (*(*chunk).next).prev = (*chunk).prev;
                (*chunk).next = (*main).next;
                (*chunk).prev = main;
                (*(*chunk).next).prev = chunk;
                (*main).next = chunk;
            }
            (*chunk).free_pages -= pages as u32;
            set_range(&mut (*chunk).free_map, page, pages);
            (*chunk).map[page] = large_run(pages);
        }
        (chunk, page)
    }

    /// Maps the first chunk (Zend maps it at startup; here it happens on first use, and it has
    /// been counted in `real_size` and `chunks_count` all along).
    #[cold]
    fn init_main_chunk(&mut self) {
        let chunk = os_alloc_chunk();
        // SAFETY: fresh chunk, ours alone.
        unsafe {
            (*chunk).next = chunk;
            (*chunk).prev = chunk;
            (*chunk).num = 0;
        }
        self.main_chunk = chunk;
    }

    /// The `get_chunk` step of `zend_mm_alloc_pages`: reuse a cached chunk, else map a new
    /// one. Mapping is where the limit is checked: when 2 MiB do not fit under it, `mm_gc` is
    /// run and, if it released anything, the whole step is retried; if the limit still says no,
    /// the failure is recorded (and, unlike PHP, the chunk is mapped anyway — see the crate
    /// doc). The chunk is linked at the end of the list.
    fn get_chunk(&mut self, pages: usize) -> *mut Chunk {
        let chunk = loop {
            if !self.cached_chunks.is_null() {
                let chunk = self.cached_chunks;
                // SAFETY: cached chunks are live and linked through `next`.
                self.cached_chunks = unsafe { (*chunk).next };
                self.cached_chunks_count -= 1;
                // SAFETY: the cached chunk is ours; its pages are all free again.
                unsafe { init_header(chunk) };
                break chunk;
            }
            if CHUNK_SIZE > self.room() {
                if self.mm_gc() != 0 {
                    continue;
                }
                self.record_limit_error(if TRIED_IS_CHECKED_AMOUNT {
                    CHUNK_SIZE
                } else {
                    pages * PAGE_SIZE
                });
            }
            let chunk = os_alloc_chunk();
            self.add_real_size(CHUNK_SIZE);
            break chunk;
        };
        self.chunks_count += 1;
        self.peak_chunks_count = self.peak_chunks_count.max(self.chunks_count);
        self.chunk_init(chunk);
        chunk
    }

    /// `zend_mm_chunk_init`: link a chunk at the end of the list, younger than all others.
    fn chunk_init(&mut self, chunk: *mut Chunk) {
        let main = self.main_chunk;
        // SAFETY: `chunk` is a live chunk not in the list; `main` and its `prev` are live.
        unsafe {
            let last = (*main).prev;
            (*chunk).next = main;
            (*chunk).prev = last;
            (*last).next = chunk;
            (*main).prev = chunk;
            (*chunk).num = (*last).num + 1;
        }
    }

    /// `zend_mm_alloc_huge`: a block of its own, page-rounded and 2 MiB-aligned, plus its
    /// 24-byte record. The limit is checked first (`mm_gc` and one retry, as PHP does); a
    /// refused huge block returns `None` and records the failure.
    #[cold]
    fn alloc_huge(&mut self, size: usize) -> Option<NonNull<u8>> {
        let Some(new_size) = page_round(size).filter(|&n| n <= isize::MAX as usize / 2) else {
            self.record_limit_error(size);
            return None;
        };
        if !self.fits_or_refuse(new_size, size) {
            return None;
        }
        let layout = chunk::huge_layout(new_size)?;
        // SAFETY: the layout has non-zero size (new_size > MAX_LARGE_SIZE).
        let ptr = NonNull::new(unsafe { std::alloc::alloc(layout) });
        let Some(ptr) = ptr else {
            // The system refused (PHP: "Out of memory"); report it as a limit failure.
            self.record_limit_error(size);
            return None;
        };
        self.add_huge_block(ptr.as_ptr(), new_size);
        self.add_real_size(new_size);
        self.add_size(new_size);
        Some(ptr)
    }

    /// The limit check of a huge allocation: `checked` bytes must fit under the limit (after
    /// one `mm_gc` if needed); otherwise the failure is recorded for a request of `size`
    /// bytes and `false` returned.
    fn fits_or_refuse(&mut self, checked: usize, size: usize) -> bool {
        if checked <= self.room() || (self.mm_gc() != 0 && checked <= self.room()) {
            return true;
        }
        self.record_limit_error(if TRIED_IS_CHECKED_AMOUNT {
            checked
        } else {
            size
        });
        false
    }

    /// `zend_mm_add_huge_block`: the record is a small allocation of 24 bytes.
    fn add_huge_block(&mut self, ptr: *mut u8, size: usize) {
        let record = self
            .alloc_small(bin_for(HUGE_RECORD_SIZE))
            .cast::<HugeRecord>();
        // SAFETY: a fresh 24-byte, 8-aligned slot.
        unsafe {
            record.write(HugeRecord {
                ptr,
                size,
                next: self.huge_list,
            })
        };
        self.huge_list = record;
    }

    /// Finds the record of the huge block at `addr` (Zend walks the list the same way).
    fn find_huge(&self, addr: usize) -> *mut HugeRecord {
        let mut record = self.huge_list;
        // SAFETY: the huge list only holds live records.
        unsafe {
            while !record.is_null() && (*record).ptr.addr() != addr {
                record = (*record).next;
            }
        }
        assert!(
            !record.is_null(),
            "zend_mm_heap corrupted: {addr:#x} is no block of this heap"
        );
        record
    }

    // --- efree ----------------------------------------------------------------------------

    /// `zend_mm_free_heap`: the block's page says what it is.
    ///
    /// # Safety
    /// `ptr` must be a live block of this heap.
    #[inline(always)]
    pub(crate) unsafe fn free(&mut self, ptr: NonNull<u8>) {
        // SAFETY: per the contract.
        match unsafe { classify(ptr.as_ptr().addr()) } {
            Block::Small { chunk, offset, bin } => {
                // SAFETY: the slot lies inside the chunk and is the caller's to give back.
                unsafe { self.free_small(chunk.cast::<u8>().add(offset), bin) }
            }
            Block::Large { chunk, page, pages } => self.free_large(chunk, page, pages),
            Block::Huge => self.free_huge(ptr.as_ptr().addr()),
        }
    }

    /// `zend_mm_free_small`: push the slot on its bin's free list. The run stays allocated
    /// (only `mm_gc` gives runs back).
    ///
    /// # Safety
    /// `slot` must be a live slot of bin `bin`.
    #[inline(always)]
    unsafe fn free_small(&mut self, slot: *mut u8, bin: usize) {
        self.size -= BIN_SIZES[bin];
        // SAFETY: per the contract the slot is ours again.
        unsafe { set_next_free(slot, self.free_slot[bin]) };
        self.free_slot[bin] = slot;
    }

    /// `zend_mm_free_large`.
    fn free_large(&mut self, chunk: *mut Chunk, page: usize, pages: usize) {
        self.size -= pages * PAGE_SIZE;
        self.free_pages(chunk, page, pages, true);
    }

    /// `zend_mm_free_pages`: clear the pages; a chunk other than the first that ends up empty
    /// is deleted (`delete_chunk`) when `delete_empty` is set.
    fn free_pages(&mut self, chunk: *mut Chunk, page: usize, pages: usize, delete_empty: bool) {
        // SAFETY: `chunk` is live and pages `page .. page + pages` were in use.
        let empty = unsafe {
            (*chunk).free_pages += pages as u32;
            clear_range(&mut (*chunk).free_map, page, pages);
            (*chunk).map[page] = 0;
            (*chunk).free_pages as usize == USABLE_PAGES
        };
        if delete_empty && empty && chunk != self.main_chunk {
            self.delete_chunk(chunk);
        }
    }

    /// `zend_mm_delete_chunk`: unlink an empty chunk, then cache it or give it back.
    ///
    /// Zend caches it while chunks in use + cached chunks stay below the request average
    /// (+0.1), or when chunks keep being deleted at the same count (4 times or more); otherwise
    /// it frees one chunk — the younger of this one and the head of the cache — and
    /// `real_size` drops by 2 MiB. In a CLI script the average is 1.0, so the only chunk kept
    /// is the first one emptied while a single chunk remains in use.
    fn delete_chunk(&mut self, chunk: *mut Chunk) {
        // SAFETY: `chunk` is a live chunk of the list other than the first; its neighbours
        // are live. Cached chunks are live and linked through `next`.
        unsafe {
            (*(*chunk).next).prev = (*chunk).prev;
            (*(*chunk).prev).next = (*chunk).next;
        }
        self.chunks_count -= 1;
        if ((self.chunks_count + self.cached_chunks_count) as f64) < AVG_CHUNKS_COUNT + 0.1
            || (self.chunks_count == self.last_chunks_delete_boundary
                && self.last_chunks_delete_count >= 4)
        {
            self.cached_chunks_count += 1;
            // SAFETY: as above.
            unsafe { (*chunk).next = self.cached_chunks };
            self.cached_chunks = chunk;
            return;
        }
        self.real_size -= CHUNK_SIZE;
        if self.cached_chunks.is_null() {
            if self.chunks_count != self.last_chunks_delete_boundary {
                self.last_chunks_delete_boundary = self.chunks_count;
                self.last_chunks_delete_count = 0;
            } else {
                self.last_chunks_delete_count += 1;
            }
        }
        // SAFETY: as above; the chunk given back is unlinked from everything.
        unsafe {
            if self.cached_chunks.is_null() || (*chunk).num > (*self.cached_chunks).num {
                os_free_chunk(chunk);
            } else {
                let old = self.cached_chunks;
                (*chunk).next = (*old).next;
                self.cached_chunks = chunk;
                os_free_chunk(old);
            }
        }
    }

    /// `zend_mm_free_huge`: drop the record, give the block back.
    fn free_huge(&mut self, addr: usize) {
        let (ptr, size) = self.del_huge_block(addr);
        let phys = self.take_huge_cap(addr).unwrap_or(size);
        if let Some(layout) = chunk::huge_layout(phys) {
            // SAFETY: the block was allocated with this layout in `alloc_huge`/`realloc_huge`
            // and its record is gone, so nothing refers to it any more.
            unsafe { std::alloc::dealloc(ptr, layout) };
        }
        self.real_size -= size;
        self.size -= size;
    }

    /// Unlinks and frees the record `target` (by identity: two records may name one address
    /// while a block is being moved in place).
    fn unlink_huge_record(&mut self, target: *mut HugeRecord) {
        let mut link: *mut *mut HugeRecord = &mut self.huge_list;
        // SAFETY: `link` points at `huge_list` or at the `next` field of a live record; the
        // record found is a live bin-24 slot which is freed once unlinked.
        unsafe {
            while !(*link).is_null() {
                let record = *link;
                if record == target {
                    *link = (*record).next;
                    self.free_small(record.cast(), bin_for(HUGE_RECORD_SIZE));
                    return;
                }
                link = &raw mut (*record).next;
            }
        }
    }

    /// Removes and returns the physical capacity recorded for the huge block at `addr`.
    fn take_huge_cap(&mut self, addr: usize) -> Option<usize> {
        let i = self.huge_caps.iter().position(|&(a, _)| a == addr)?;
        Some(self.huge_caps.swap_remove(i).1)
    }

    /// `zend_mm_del_huge_block`: unlink and free the record; returns the block and its size.
    fn del_huge_block(&mut self, addr: usize) -> (*mut u8, usize) {
        let mut link: *mut *mut HugeRecord = &mut self.huge_list;
        // SAFETY: `link` points at `huge_list` or at the `next` field of a live record; the
        // record found is a live bin-24 slot which is freed once unlinked.
        unsafe {
            while !(*link).is_null() {
                let record = *link;
                if (*record).ptr.addr() == addr {
                    let HugeRecord { ptr, size, next } = record.read();
                    *link = next;
                    self.free_small(record.cast(), bin_for(HUGE_RECORD_SIZE));
                    return (ptr, size);
                }
                link = &raw mut (*record).next;
            }
        }
        panic!("zend_mm_heap corrupted: {addr:#x} is no block of this heap");
    }

    // --- block size -----------------------------------------------------------------------

    /// `zend_mm_size`: bin size, pages × 4096, or the huge block's page-rounded size.
    ///
    /// # Safety
    /// `ptr` must be a live block of this heap.
    pub(crate) unsafe fn block_size(&self, ptr: NonNull<u8>) -> usize {
        // SAFETY: per the contract.
        match unsafe { classify(ptr.as_ptr().addr()) } {
            Block::Small { bin, .. } => BIN_SIZES[bin],
            Block::Large { pages, .. } => pages * PAGE_SIZE,
            // SAFETY: `find_huge` returns a live record.
            Block::Huge => unsafe { (*self.find_huge(ptr.as_ptr().addr())).size },
        }
    }

    // --- erealloc -------------------------------------------------------------------------

    /// `zend_mm_realloc_heap`.
    ///
    /// * small → small: stays in place while the new size still needs this bin (a size that
    ///   fits the next smaller bin moves down; growing moves up, copying the old bin size);
    /// * large → large: the same page count keeps the block; fewer pages give the tail back in
    ///   place; more pages grow in place when the pages right after it are free;
    /// * huge: see [`Heap::realloc_huge`];
    /// * anything else: `realloc_slow` — allocate, copy, free.
    ///
    /// # Safety
    /// `ptr` must be a live block of this heap.
    pub(crate) unsafe fn realloc(&mut self, ptr: NonNull<u8>, size: usize) -> Option<NonNull<u8>> {
        // SAFETY: per the contract.
        let (old, old_size) = match unsafe { classify(ptr.as_ptr().addr()) } {
            Block::Huge => return self.realloc_huge(ptr.as_ptr().addr(), size),
            Block::Small { chunk, offset, bin } => {
                // SAFETY: the slot lies inside its chunk.
                let old = unsafe { chunk.cast::<u8>().add(offset) };
                let old_size = BIN_SIZES[bin];
                if size <= old_size {
                    let new_bin = bin_for(size);
                    if bin > 0 && size < BIN_SIZES[bin - 1] && new_bin < bin {
                        // Truncation: move to the smaller bin (no peak correction, as in PHP).
                        let new = self.alloc_small(new_bin);
                        // SAFETY: both slots are live, distinct and at least `size` long.
                        unsafe {
                            std::ptr::copy_nonoverlapping(old, new, size);
                            self.free_small(old, bin);
                        }
                        return NonNull::new(new);
                    }
                    return Some(ptr);
                } else if size <= MAX_SMALL_SIZE {
                    let orig_peak = self.peak;
                    let new = self.alloc_small(bin_for(size));
                    // SAFETY: both slots are live and distinct; the new one is larger.
                    unsafe {
                        std::ptr::copy_nonoverlapping(old, new, old_size);
                        self.free_small(old, bin);
                    }
                    self.peak = orig_peak.max(self.size);
                    return NonNull::new(new);
                }
                (old, old_size)
            }
            Block::Large { chunk, page, pages } => {
                // SAFETY: the run lies inside its chunk.
                let old = unsafe { chunk.cast::<u8>().add(page * PAGE_SIZE) };
                if size > MAX_SMALL_SIZE && size <= MAX_LARGE_SIZE {
                    let new_pages = size.div_ceil(PAGE_SIZE);
                    if new_pages == pages {
                        return Some(ptr);
                    }
                    if new_pages < pages {
                        self.size -= (pages - new_pages) * PAGE_SIZE;
                        // SAFETY: `chunk` is live; the tail pages belonged to this block.
                        unsafe {
                            (*chunk).map[page] = large_run(new_pages);
                            (*chunk).free_pages += (pages - new_pages) as u32;
                            clear_range(
                                &mut (*chunk).free_map,
                                page + new_pages,
                                pages - new_pages,
                            );
                        }
                        return Some(ptr);
                    }
                    let extra = new_pages - pages;
                    // SAFETY: `chunk` is live.
                    let grows_in_place = page + new_pages <= PAGES
                        && unsafe { is_free_range(&(*chunk).free_map, page + pages, extra) };
                    if grows_in_place {
                        self.add_size(extra * PAGE_SIZE);
                        // SAFETY: `chunk` is live; the pages taken were free.
                        unsafe {
                            (*chunk).free_pages -= extra as u32;
                            set_range(&mut (*chunk).free_map, page + pages, extra);
                            (*chunk).map[page] = large_run(new_pages);
                        }
                        return Some(ptr);
                    }
                }
                (old, pages * PAGE_SIZE)
            }
        };
        // SAFETY: `old` is the live block, readable for `old_size` bytes.
        unsafe { self.realloc_slow(old, size, old_size.min(size)) }
    }

    /// `zend_mm_realloc_slow`: allocate, copy `copy` bytes, free. The transient double does
    /// not count in `peak` (it is restored afterwards, as in PHP); it does in `real_peak`.
    ///
    /// # Safety
    /// `old` must be a live block of this heap readable for `copy` bytes.
    unsafe fn realloc_slow(
        &mut self,
        old: *mut u8,
        size: usize,
        copy: usize,
    ) -> Option<NonNull<u8>> {
        let orig_peak = self.peak;
        let new = self.alloc(size)?;
        // SAFETY: `new` is a fresh block of at least `size >= copy` bytes, distinct from `old`;
        // `old` is live (per the contract) and freed once.
        unsafe {
            std::ptr::copy_nonoverlapping(old, new.as_ptr(), copy);
            self.free(NonNull::new_unchecked(old));
        }
        self.peak = orig_peak.max(self.size);
        Some(new)
    }

    /// `zend_mm_realloc_huge`. For a huge new size: the same page-rounded size keeps the block;
    /// a smaller one truncates it (the counters drop by the difference, as when PHP unmaps the
    /// tail); a larger one is first checked against the limit for the *growth* only (`mm_gc`
    /// and a retry; refused → `None`, block untouched). PHP then tries `mremap` to grow the
    /// mapping in place, which succeeds only when the address space right after the block
    /// happens to be free; this model assumes it is not — the common case — and accounts the
    /// move as `zend_mm_realloc_slow` does (the whole new block checked against the limit while
    /// the old one still counts). Physically the block is reserved geometrically (see
    /// `huge_caps`), so most growth steps copy nothing.
    fn realloc_huge(&mut self, addr: usize, size: usize) -> Option<NonNull<u8>> {
        let record = self.find_huge(addr);
        // SAFETY: `find_huge` returns a live record.
        let (old_ptr, old_size) = unsafe { ((*record).ptr, (*record).size) };
        if size <= MAX_LARGE_SIZE {
            // SAFETY: the huge block is live and `old_size` bytes long.
            return unsafe { self.realloc_slow(old_ptr, size, old_size.min(size)) };
        }
        let Some(new_size) = page_round(size).filter(|&n| n <= isize::MAX as usize / 2) else {
            self.record_limit_error(size);
            return None;
        };
        if new_size == old_size {
            return NonNull::new(old_ptr);
        }
        let cap = self
            .huge_caps
            .iter()
            .find(|&&(a, _)| a == addr)
            .map_or(old_size, |&(_, c)| c);
        if new_size < old_size {
            // The mapping keeps its pages; only the accounted size drops.
            // SAFETY: the record is live.
            unsafe { (*record).size = new_size };
            if cap == old_size {
                self.huge_caps.push((addr, cap));
            }
            self.real_size -= old_size - new_size;
            self.size -= old_size - new_size;
            return NonNull::new(old_ptr);
        }
        let growth = new_size - old_size;
        if !self.fits_or_refuse(growth, size) {
            return None;
        }
        // The move: a new huge block of `new_size` while the old one still counts.
        if !self.fits_or_refuse(new_size, size) {
            return None;
        }
        let mut ptr = old_ptr;
        if new_size > cap {
            let new_cap = new_size
                .max(cap.saturating_mul(2))
                .min(isize::MAX as usize / 2);
            let new_cap = page_round(new_cap).unwrap_or(new_size);
            let (old_layout, new_layout) = (chunk::huge_layout(cap)?, chunk::huge_layout(new_cap)?);
            // SAFETY: non-zero layout (new_cap > MAX_LARGE_SIZE).
            let Some(new) = NonNull::new(unsafe { std::alloc::alloc(new_layout) }) else {
                self.record_limit_error(size);
                return None;
            };
            // SAFETY: both blocks are live and at least `old_size` bytes long; distinct; the
            // old one was allocated with `old_layout` and nothing refers to it afterwards.
            unsafe {
                std::ptr::copy_nonoverlapping(old_ptr, new.as_ptr(), old_size);
                std::alloc::dealloc(old_ptr, old_layout);
            }
            let _ = self.take_huge_cap(addr);
            if new_cap > new_size {
                self.huge_caps.push((new.as_ptr().addr(), new_cap));
            }
            ptr = new.as_ptr();
        }
        // Counters and records as for alloc-then-free: a new record first, then the old one
        // freed (its 24-byte slot is the next one reused); the transient double shows in the
        // real peak only.
        let orig_peak = self.peak;
        self.add_huge_block(ptr, new_size);
        self.add_real_size(new_size);
        self.add_size(new_size);
        self.unlink_huge_record(record);
        self.real_size -= old_size;
        self.size -= old_size;
        self.peak = orig_peak.max(self.size);
        NonNull::new(ptr)
    }

    // --- gc_mem_caches --------------------------------------------------------------------

    /// `zend_mm_gc` (`gc_mem_caches()`): give back the runs whose slots are all free.
    ///
    /// 1. For each bin, walk its free list and count the free slots of each run in the run's
    ///    page-map word.
    /// 2. If some run of the bin is entirely free, drop that run's slots from the free list
    ///    (the others keep their order).
    /// 3. Walk every chunk's pages: free each entirely free run's pages (counting them) and
    ///    reset the other counters; a chunk left empty goes through `delete_chunk` (the first
    ///    chunk never does).
    ///
    /// Returns the bytes of the runs released (pages × 4096). Cached chunks are not touched:
    /// PHP keeps them too.
    pub(crate) fn mm_gc(&mut self) -> usize {
        #[cfg(test)]
        {
            self.gc_runs += 1;
        }
        if self.main_chunk.is_null() {
            return 0;
        }
        // SAFETY: free lists hold free slots of live runs; the chunk found by masking a slot's
        // address is live, and its pointer is derived from the slot's (chunk-wide)
        // provenance. The page of a slot is a small-run page of the slot's bin.
        unsafe {
            for (bin, &slots) in BIN_SLOTS.iter().enumerate() {
                let mut some_run_free = false;
                let mut slot = self.free_slot[bin];
                while !slot.is_null() {
                    let (chunk, page) = run_of(slot);
                    let count = high((*chunk).map[page]) + 1;
                    some_run_free |= count == slots;
                    (*chunk).map[page] = small_run(bin, count);
                    slot = next_free(slot);
                }
                if !some_run_free {
                    continue;
                }
                let mut link: *mut *mut u8 = &mut self.free_slot[bin];
                while !(*link).is_null() {
                    let slot = *link;
                    let (chunk, page) = run_of(slot);
                    if high((*chunk).map[page]) == slots {
                        *link = next_free(slot);
                    } else {
                        link = slot.cast::<*mut u8>();
                    }
                }
            }
        }
        let mut collected = 0;
        let main = self.main_chunk;
        let mut chunk = main;
        loop {
            let mut page = FIRST_PAGE;
            while page < PAGES {
                // SAFETY: `chunk` is a live chunk of the list.
                let (used, info) =
                    unsafe { (is_set(&(*chunk).free_map, page), (*chunk).map[page]) };
                if !used {
                    page += 1;
                } else if is_small(info) {
                    let bin = low(info);
                    let pages = BIN_PAGES[bin];
                    if high(info) == BIN_SLOTS[bin] {
                        self.free_pages(chunk, page, pages, false);
                        collected += pages;
                    } else {
                        // SAFETY: as above.
                        unsafe { (*chunk).map[page] = small_run(bin, 0) };
                    }
                    page += pages;
                } else {
                    page += low(info);
                }
            }
            // SAFETY: as above.
            let (next, empty) =
                unsafe { ((*chunk).next, (*chunk).free_pages as usize == USABLE_PAGES) };
            if empty && chunk != main {
                self.delete_chunk(chunk);
            }
            chunk = next;
            if chunk == main {
                break;
            }
        }
        collected * PAGE_SIZE
    }

    // --- memory_limit ---------------------------------------------------------------------

    /// `zend_set_memory_limit`: a limit below `real_size` is accepted only if giving back
    /// cached chunks brings `real_size` under it (they are then given back, one by one, until
    /// it does).
    pub(crate) fn set_memory_limit(&mut self, limit: usize) -> Result<(), usize> {
        if limit < self.real_size {
            if limit < self.real_size - self.cached_chunks_count * CHUNK_SIZE {
                return Err(self.real_size);
            }
            while limit < self.real_size {
                let chunk = self.cached_chunks;
                // SAFETY: there are enough cached chunks (checked above); they are live, and
                // the one unlinked here is referenced by nothing else.
                unsafe {
                    self.cached_chunks = (*chunk).next;
                    os_free_chunk(chunk);
                }
                self.cached_chunks_count -= 1;
                self.real_size -= CHUNK_SIZE;
            }
        }
        self.limit = limit;
        Ok(())
    }
}

/// The chunk and first page of the small run holding `slot`.
///
/// # Safety
/// `slot` must be a slot of a live small run (its pointer derived from its chunk's).
#[inline]
unsafe fn run_of(slot: *mut u8) -> (*mut Chunk, usize) {
    let chunk = slot.map_addr(|a| a & !(CHUNK_SIZE - 1)).cast::<Chunk>();
    let mut page = (slot.addr() & (CHUNK_SIZE - 1)) / PAGE_SIZE;
    // SAFETY: per the contract the chunk is live.
    let info = unsafe { (*chunk).map[page] };
    if is_run_continuation(info) {
        page -= high(info);
    }
    (chunk, page)
}

impl Drop for Heap {
    /// Thread exit (PHP: `zend_mm_shutdown`): everything goes back to the system.
    fn drop(&mut self) {
        // SAFETY: the huge records live in chunks that are still mapped here; the chunk lists
        // hold live chunks; after this nothing refers to any of them.
        unsafe {
            let mut record = self.huge_list;
            while !record.is_null() {
                let HugeRecord { ptr, size, next } = record.read();
                let phys = self
                    .huge_caps
                    .iter()
                    .find(|&&(a, _)| a == ptr.addr())
                    .map_or(size, |&(_, c)| c);
                if let Some(layout) = chunk::huge_layout(phys) {
                    std::alloc::dealloc(ptr, layout);
                }
                record = next;
            }
            self.huge_list = null_mut();
            let main = self.main_chunk;
            if !main.is_null() {
                let mut chunk = (*main).next;
                while chunk != main {
                    let next = (*chunk).next;
                    os_free_chunk(chunk);
                    chunk = next;
                }
                os_free_chunk(main);
            }
            let mut chunk = self.cached_chunks;
            while !chunk.is_null() {
                let next = (*chunk).next;
                os_free_chunk(chunk);
                chunk = next;
            }
        }
        self.main_chunk = null_mut();
        self.cached_chunks = null_mut();
    }
}

// --- introspection for the tests ------------------------------------------------------------

#[cfg(test)]
impl Heap {
    /// Addresses on a bin's free list, head first.
    pub(crate) fn free_list(&self, bin: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut slot = self.free_slot[bin];
        while !slot.is_null() {
            out.push(slot.addr());
            // SAFETY: free lists hold free slots.
            slot = unsafe { next_free(slot) };
        }
        out
    }

    /// Chunks in the list (counting the first even before it is mapped) and in the cache.
    pub(crate) fn chunk_counts(&self) -> (usize, usize) {
        (self.chunks_count, self.cached_chunks_count)
    }

    /// The chunks of the list, first chunk first (empty before the first chunk is mapped).
    pub(crate) fn chunks(&self) -> Vec<*mut Chunk> {
        let mut out = Vec::new();
        let main = self.main_chunk;
        if main.is_null() {
            return out;
        }
        let mut chunk = main;
        loop {
            out.push(chunk);
            // SAFETY: live list.
            chunk = unsafe { (*chunk).next };
            if chunk == main {
                return out;
            }
        }
    }

    /// Address of the record of the huge block at `addr`, if it is one.
    pub(crate) fn huge_record(&self, addr: usize) -> Option<usize> {
        let mut record = self.huge_list;
        while !record.is_null() {
            // SAFETY: live records.
            unsafe {
                if (*record).ptr.addr() == addr {
                    return Some(record.addr());
                }
                record = (*record).next;
            }
        }
        None
    }

    /// Sum of the page-rounded sizes of the huge blocks, and their count.
    pub(crate) fn huge_total(&self) -> (usize, usize) {
        let (mut total, mut count) = (0, 0);
        let mut record = self.huge_list;
        while !record.is_null() {
            // SAFETY: live records.
            unsafe {
                total += (*record).size;
                count += 1;
                record = (*record).next;
            }
        }
        (total, count)
    }

    /// Checks every structural invariant and that the counters agree with the structures;
    /// returns the pages in use (all chunks) on success.
    pub(crate) fn check(&self) -> Result<usize, String> {
        // No hashing here: this runs after every step of the property test, also under Miri.
        let chunks = self.chunks();
        let mut by_addr: Vec<(usize, *mut Chunk)> = chunks.iter().map(|&c| (c.addr(), c)).collect();
        by_addr.sort_unstable_by_key(|&(a, _)| a);
        if !chunks.is_empty() && chunks.len() != self.chunks_count {
            return Err(format!(
                "{} chunks linked, {} counted",
                chunks.len(),
                self.chunks_count
            ));
        }
        let mut cached = 0;
        let mut c = self.cached_chunks;
        while !c.is_null() {
            cached += 1;
            // SAFETY: live cache list.
            c = unsafe { (*c).next };
        }
        if cached != self.cached_chunks_count {
            return Err(format!(
                "{cached} chunks cached, {} counted",
                self.cached_chunks_count
            ));
        }
        let (huge, _) = self.huge_total();
        let real = CHUNK_SIZE * (self.chunks_count + self.cached_chunks_count) + huge;
        if real != self.real_size {
            return Err(format!(
                "real_size {} but structures say {real}",
                self.real_size
            ));
        }
        if self.peak < self.size || self.real_peak < self.real_size {
            return Err("a peak is below its counter".into());
        }
        // Free slots, sorted by address.
        let mut free: Vec<usize> = Vec::new();
        for bin in 0..BINS {
            for a in self.free_list(bin) {
                free.push(a);
                let base = a & !(CHUNK_SIZE - 1);
                let Ok(i) = by_addr.binary_search_by_key(&base, |&(a, _)| a) else {
                    return Err(format!("free slot {a:#x} outside every chunk"));
                };
                let chunk = by_addr[i].1;
                let page = (a & (CHUNK_SIZE - 1)) / PAGE_SIZE;
                // SAFETY: live chunk.
                let info = unsafe { (*chunk).map[page] };
                let first = if is_run_continuation(info) {
                    page - high(info)
                } else {
                    page
                };
                // SAFETY: live chunk.
                let first_info = unsafe { (*chunk).map[first] };
                if !is_small(info) || low(info) != bin || is_run_continuation(first_info) {
                    return Err(format!(
                        "free slot {a:#x} of bin {bin} on a page marked {info:#x}"
                    ));
                }
                let off = a - (chunk.addr() + first * PAGE_SIZE);
                if !off.is_multiple_of(BIN_SIZES[bin]) || off / BIN_SIZES[bin] >= BIN_SLOTS[bin] {
                    return Err(format!("free slot {a:#x} misaligned in its run"));
                }
            }
        }
        free.sort_unstable();
        if let Some(w) = free.windows(2).find(|w| w[0] == w[1]) {
            return Err(format!("slot {:#x} twice on the free lists", w[0]));
        }
        // Pages and usage.
        let mut used_pages = 0;
        // Huge blocks, plus every live slot and large run below (huge records are bin-24 slots).
        let mut size = huge;
        for &chunk in &chunks {
            // SAFETY: live chunk.
            let (free_map, map, free_pages) = unsafe {
                (
                    (*chunk).free_map,
                    (*chunk).map,
                    (*chunk).free_pages as usize,
                )
            };
            let set = free_map
                .iter()
                .map(|w| w.count_ones() as usize)
                .sum::<usize>();
            if set + free_pages != PAGES {
                return Err(format!(
                    "chunk bitmap has {set} pages set, free_pages {free_pages}"
                ));
            }
            if chunk != self.main_chunk && free_pages == USABLE_PAGES {
                return Err("an empty chunk other than the first stays in the list".into());
            }
            used_pages += USABLE_PAGES - free_pages;
            let mut page = FIRST_PAGE;
            while page < PAGES {
                if !is_set(&free_map, page) {
                    page += 1;
                    continue;
                }
                let info = map[page];
                if is_small(info) {
                    if is_run_continuation(info) || high(info) != 0 {
                        return Err(format!("page {page} starts a run with word {info:#x}"));
                    }
                    let bin = low(info);
                    for i in 1..BIN_PAGES[bin] {
                        if map[page + i] != small_run_next(bin, i) || !is_set(&free_map, page + i) {
                            return Err(format!("run at page {page} has a bad page {i}"));
                        }
                    }
                    let run = chunk.addr() + page * PAGE_SIZE;
                    let end = run + BIN_PAGES[bin] * PAGE_SIZE;
                    let free_here =
                        free.partition_point(|&a| a < end) - free.partition_point(|&a| a < run);
                    size += (BIN_SLOTS[bin] - free_here) * BIN_SIZES[bin];
                    page += BIN_PAGES[bin];
                } else {
                    let pages = low(info);
                    if info != large_run(pages) || pages == 0 {
                        return Err(format!("page {page} in use with word {info:#x}"));
                    }
                    if !(page..page + pages).all(|p| is_set(&free_map, p)) {
                        return Err(format!("large run at {page} has free pages"));
                    }
                    size += pages * PAGE_SIZE;
                    page += pages;
                }
            }
        }
        if size != self.size {
            return Err(format!(
                "size {} but the blocks in use add up to {size}",
                self.size
            ));
        }
        Ok(used_pages)
    }
}
