//! Chunks: 2 MiB of memory aligned to 2 MiB, cut into 512 pages of 4 KiB. Page 0 holds the
//! chunk header defined here — the links of the chunk list, the count of free pages, a bitmap
//! with one bit per page (set = in use) and the page map, one 32-bit word per page saying what
//! the page is.

use crate::{CHUNK_SIZE, PAGE_SIZE};
use std::alloc::Layout;

/// Pages in a chunk.
pub(crate) const PAGES: usize = CHUNK_SIZE / PAGE_SIZE;
/// First page that can be handed out; page 0 is the header.
pub(crate) const FIRST_PAGE: usize = 1;
/// Pages a fully empty chunk has free.
pub(crate) const USABLE_PAGES: usize = PAGES - FIRST_PAGE;
const MAP_WORDS: usize = PAGES / 64;

// --- The page map -------------------------------------------------------------------------
//
// Each page's word is one of:
//   0                       free page, or a page inside a large run after its first page;
//   LARGE | pages           first page of a large run of `pages` pages (page 0 is LARGE | 1);
//   SMALL | bin | count<<16 first page of a small-bin run; `count` is scratch space for the
//                           free-slot count while `mm_gc` runs, 0 otherwise;
//   SMALL | LARGE | bin | offset<<16
//                           a later page of a multi-page small run, `offset` pages after its
//                           first page.
// So `word & SMALL` tells "this pointer is a small slot" for any page of a run, and a freed
// pointer's kind and size come from its page alone.

/// Flag: page belongs to a large run (alone) or is a later page of a small run (with SMALL).
pub(crate) const LARGE: u32 = 1 << 30;
/// Flag: page belongs to a small-bin run.
pub(crate) const SMALL: u32 = 1 << 31;
const LOW_MASK: u32 = 0x3ff;
const HIGH_SHIFT: u32 = 16;
const HIGH_MASK: u32 = 0x3ff << HIGH_SHIFT;

#[inline(always)]
pub(crate) const fn large_run(pages: usize) -> u32 {
    LARGE | pages as u32
}
#[inline(always)]
pub(crate) const fn small_run(bin: usize, free_count: usize) -> u32 {
    SMALL | bin as u32 | (free_count as u32) << HIGH_SHIFT
}
#[inline(always)]
pub(crate) const fn small_run_next(bin: usize, offset: usize) -> u32 {
    SMALL | LARGE | bin as u32 | (offset as u32) << HIGH_SHIFT
}
#[inline(always)]
pub(crate) const fn is_small(info: u32) -> bool {
    info & SMALL != 0
}
#[inline(always)]
pub(crate) const fn is_run_continuation(info: u32) -> bool {
    info & (SMALL | LARGE) == SMALL | LARGE
}
/// Bin number of a small-run page, or page count of a large run's first page.
#[inline(always)]
pub(crate) const fn low(info: u32) -> usize {
    (info & LOW_MASK) as usize
}
/// Free-slot count (first page of a small run) or offset (later page of a small run).
#[inline(always)]
pub(crate) const fn high(info: u32) -> usize {
    ((info & HIGH_MASK) >> HIGH_SHIFT) as usize
}

/// The header in page 0 of every chunk.
#[repr(C)]
pub(crate) struct Chunk {
    /// Next chunk in the heap's circular list (or in the cache list).
    pub(crate) next: *mut Chunk,
    /// Previous chunk in the heap's circular list.
    pub(crate) prev: *mut Chunk,
    /// Pages not in use.
    pub(crate) free_pages: u32,
    /// Age: each chunk linked in gets the number of the last chunk of the list plus one.
    pub(crate) num: u32,
    /// One bit per page, set when the page is in use (page 0 always is).
    pub(crate) free_map: [u64; MAP_WORDS],
    /// One word per page, see above.
    pub(crate) map: [u32; PAGES],
}

const _: () = assert!(std::mem::size_of::<Chunk>() <= PAGE_SIZE);
const _: () = assert!(std::mem::align_of::<Chunk>() <= PAGE_SIZE);

/// The chunk holding a non-huge block, found by masking its address to 2 MiB.
///
/// The pointer carries the provenance the chunk exposed when it was created (see
/// [`os_alloc_chunk`]), not that of `addr`'s pointer, so the header and any slot can be reached
/// from it whatever the caller did with its own pointer.
#[inline(always)]
pub(crate) fn chunk_of(addr: usize) -> *mut Chunk {
    std::ptr::with_exposed_provenance_mut(addr & !(CHUNK_SIZE - 1))
}

fn chunk_layout() -> Layout {
    // CHUNK_SIZE is a power of two far below isize::MAX.
    match Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE) {
        Ok(l) => l,
        Err(_) => unreachable!(),
    }
}

/// Takes a 2 MiB-aligned chunk from the system and writes a fresh header into it: all pages
/// free but page 0. The caller links it.
pub(crate) fn os_alloc_chunk() -> *mut Chunk {
    let layout = chunk_layout();
    // SAFETY: the layout has non-zero size.
    let raw = unsafe { std::alloc::alloc(layout) };
    if raw.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // Freed pointers find their chunk by address (`chunk_of`); expose this allocation's
    // provenance so that such pointers may use it.
    let _ = raw.expose_provenance();
    let chunk = raw.cast::<Chunk>();
    // SAFETY: `raw` is a fresh, 2 MiB-aligned block of CHUNK_SIZE bytes, large and aligned
    // enough for the header (checked by the const asserts above).
    unsafe { init_header(chunk) };
    chunk
}

/// Resets a chunk's header to "all pages free but page 0" (links and number untouched).
///
/// # Safety
/// `chunk` must point to a chunk owned by the heap.
pub(crate) unsafe fn init_header(chunk: *mut Chunk) {
    let mut map = [0u32; PAGES];
    map[0] = large_run(FIRST_PAGE);
    let mut free_map = [0u64; MAP_WORDS];
    free_map[0] = (1 << FIRST_PAGE) - 1;
    // SAFETY: per the contract the header memory is ours; writing whole fields needs no
    // initialised old value.
    unsafe {
        chunk.write(Chunk {
            next: std::ptr::null_mut(),
            prev: std::ptr::null_mut(),
            free_pages: USABLE_PAGES as u32,
            num: 0,
            free_map,
            map,
        });
    }
}

/// Gives a chunk back to the system.
///
/// # Safety
/// `chunk` must come from [`os_alloc_chunk`] and be referenced by nothing any more.
pub(crate) unsafe fn os_free_chunk(chunk: *mut Chunk) {
    // SAFETY: allocated in `os_alloc_chunk` with this layout.
    unsafe { std::alloc::dealloc(chunk.cast(), chunk_layout()) }
}

/// Layout of a huge block of `size` bytes (already page-rounded): 2 MiB-aligned, like Zend's
/// huge mappings, so that a huge pointer is told apart from a chunk slot by its address alone.
pub(crate) fn huge_layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size, CHUNK_SIZE).ok()
}

// --- The page bitmap ----------------------------------------------------------------------

#[inline]
pub(crate) fn is_set(map: &[u64; MAP_WORDS], page: usize) -> bool {
    map[page / 64] & (1 << (page % 64)) != 0
}

/// Calls `f(word, mask)` for each bitmap word touched by pages `start .. start + len`.
#[inline]
fn for_range(start: usize, len: usize, mut f: impl FnMut(usize, u64)) {
    let end = start + len;
    let mut i = start;
    while i < end {
        let bit = i % 64;
        let take = (64 - bit).min(end - i);
        let mask = if take == 64 {
            !0
        } else {
            ((1u64 << take) - 1) << bit
        };
        f(i / 64, mask);
        i += take;
    }
}

pub(crate) fn set_range(map: &mut [u64; MAP_WORDS], start: usize, len: usize) {
    for_range(start, len, |w, m| map[w] |= m);
}

pub(crate) fn clear_range(map: &mut [u64; MAP_WORDS], start: usize, len: usize) {
    for_range(start, len, |w, m| map[w] &= !m);
}

pub(crate) fn is_free_range(map: &[u64; MAP_WORDS], start: usize, len: usize) -> bool {
    let mut free = true;
    for_range(start, len, |w, m| free &= map[w] & m == 0);
    free
}

/// First page at or after `from` whose bit equals `used`.
#[inline]
fn next_with(map: &[u64; MAP_WORDS], from: usize, used: bool) -> Option<usize> {
    let mut w = from / 64;
    if w >= MAP_WORDS {
        return None;
    }
    let mut word = if used { map[w] } else { !map[w] } & (!0u64 << (from % 64));
    loop {
        if word != 0 {
            return Some(w * 64 + word.trailing_zeros() as usize);
        }
        w += 1;
        if w == MAP_WORDS {
            return None;
        }
        word = if used { map[w] } else { !map[w] };
    }
}

/// Best fit: the first free run of exactly `pages` pages, otherwise the smallest free run
/// longer than that (the earliest of equals), otherwise `None`.
pub(crate) fn best_fit(map: &[u64; MAP_WORDS], pages: usize) -> Option<usize> {
    let mut best = None;
    let mut best_len = usize::MAX;
    let mut from = 0;
    while let Some(start) = next_with(map, from, false) {
        let end = next_with(map, start, true).unwrap_or(PAGES);
        let len = end - start;
        if len == pages {
            return Some(start);
        }
        if len > pages && len < best_len {
            best = Some(start);
            best_len = len;
        }
        from = end;
    }
    best
}
