//! Unit tests. Each runs on a thread of its own, so it starts from a fresh heap (the first
//! chunk counted, nothing allocated, limit 128M).

use super::*;
use crate::chunk::USABLE_PAGES;

const MIB: usize = 1024 * 1024;

/// Runs `f` on a new thread, i.e. with a fresh heap, and checks the heap's invariants after.
fn fresh(f: impl FnOnce() + Send + 'static) {
    std::thread::spawn(move || {
        f();
        check();
    })
    .join()
    .unwrap();
}

fn check() -> usize {
    with_heap(|h| h.check()).unwrap_or_else(|e| panic!("heap invariant: {e}"))
}

fn free_list(bin: usize) -> Vec<usize> {
    with_heap(|h| h.free_list(bin))
}

fn chunk_counts() -> (usize, usize) {
    with_heap(|h| h.chunk_counts())
}

fn addr(p: NonNull<u8>) -> usize {
    p.as_ptr().addr()
}

/// Frees a block of this thread's heap.
fn release(p: NonNull<u8>) {
    // SAFETY: every caller passes a live block it allocated on this thread, once.
    unsafe { free(p) }
}

fn resize(p: NonNull<u8>, n: usize) -> Option<NonNull<u8>> {
    // SAFETY: as for `release`.
    unsafe { realloc(p, n) }
}

fn size_of_block(p: NonNull<u8>) -> usize {
    // SAFETY: as for `release`.
    unsafe { block_size(p) }
}

fn fill(p: NonNull<u8>, n: usize, byte: u8) {
    // SAFETY: `p` is a live block of at least `n` bytes.
    unsafe { std::ptr::write_bytes(p.as_ptr(), byte, n) }
}

fn byte_at(p: NonNull<u8>, i: usize) -> u8 {
    // SAFETY: callers read inside the block.
    unsafe { p.as_ptr().add(i).read() }
}

/// Packed array data of nTableSize `t` (`Zend/zend_hash.c`): 16·T + 8 bytes.
fn packed(t: usize) -> usize {
    16 * t + 8
}

// --- tables and bin selection -------------------------------------------------------------

#[test]
fn bin_table_is_zends() {
    for bin in 0..BINS {
        let run = BIN_PAGES[bin] * PAGE_SIZE;
        assert_eq!(BIN_SLOTS[bin], run / BIN_SIZES[bin], "bin {bin}");
        assert!(BIN_PAGES[bin] <= 8);
    }
    assert!(BIN_SIZES.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(BIN_SIZES[BINS - 1], MAX_SMALL_SIZE);
}

#[test]
fn bins_round_up_with_16_minimum() {
    assert_eq!(bin_for(0), 1);
    assert_eq!(bin_for(1), 1);
    assert_eq!(bin_for(8), 1);
    assert_eq!(bin_for(16), 1);
    assert_eq!(bin_for(17), 2);
    assert_eq!(bin_for(24), 2);
    assert_eq!(bin_for(56), 6);
    assert_eq!(bin_for(64), 7);
    assert_eq!(bin_for(65), 8);
    assert_eq!(bin_for(3072), 29);
    for n in 0..=MAX_SMALL_SIZE {
        let b = bin_for(n);
        assert!(BIN_SIZES[b] >= n.max(16), "{n}");
        assert!(
            b == 1 || BIN_SIZES[b - 1] < n,
            "{n} is not in the smallest bin"
        );
    }
    assert_eq!(accounted_size(1), 16);
    assert_eq!(accounted_size(8), 16);
    assert_eq!(accounted_size(17), 24);
    assert_eq!(accounted_size(65), 80);
    assert_eq!(accounted_size(3072), 3072);
    assert_eq!(accounted_size(3073), 4096);
    assert_eq!(accounted_size(MAX_LARGE_SIZE), MAX_LARGE_SIZE);
    assert_eq!(accounted_size(MAX_LARGE_SIZE + 1), CHUNK_SIZE + 24);
}

#[test]
fn starts_with_one_chunk_counted() {
    fresh(|| {
        assert_eq!(usage(false), 0);
        assert_eq!(usage(true), CHUNK_SIZE);
        assert_eq!(peak_usage(true), CHUNK_SIZE);
        assert_eq!(limit(), 128 * MIB);
        assert_eq!(chunk_counts(), (1, 0));
        let p = alloc(40);
        assert_eq!(
            usage(true),
            CHUNK_SIZE,
            "the first chunk was already counted"
        );
        release(p);
    });
}

// --- accounting (facts file, §2) ------------------------------------------------------------

#[test]
fn usage_moves_by_bin_size() {
    fresh(|| {
        let p = alloc(40);
        assert_eq!(usage(false), 40);
        let q = alloc(1000);
        assert_eq!(usage(false), 40 + 1024);
        let r = alloc(8);
        assert_eq!(usage(false), 40 + 1024 + 16);
        assert_eq!(size_of_block(p), 40);
        assert_eq!(size_of_block(q), 1024);
        assert_eq!(size_of_block(r), 16);
        release(p);
        release(q);
        release(r);
        assert_eq!(usage(false), 0);
        assert_eq!(peak_usage(false), 40 + 1024 + 16);
    });
}

#[test]
fn packed_array_sizes_are_accounted_as_php() {
    fresh(|| {
        // T = 8: 136 bytes → bin 160.
        let p = alloc(packed(8));
        assert_eq!(usage(false), 160);
        release(p);
        // T = 1024: 16 392 bytes → 5 pages.
        let p = alloc(packed(1024));
        assert_eq!(usage(false), 20480);
        assert_eq!(size_of_block(p), 20480);
        release(p);
        // T = 65536: 1 048 584 → 257 pages = 1 052 672, still inside a chunk.
        let p = alloc(packed(65536));
        assert_eq!(usage(false), 1_052_672);
        assert_eq!(usage(true), CHUNK_SIZE);
        release(p);
        // T = 131072: 2 097 160 → huge 2 101 248, plus the 24-byte record.
        let p = try_alloc(packed(131072)).unwrap();
        assert_eq!(usage(false), 2_101_248 + 24);
        assert_eq!(usage(true), CHUNK_SIZE + 2_101_248);
        assert_eq!(addr(p) % CHUNK_SIZE, 0, "huge blocks are 2 MiB-aligned");
        assert_eq!(size_of_block(p), 2_101_248);
        release(p);
        assert_eq!(usage(false), 0);
        assert_eq!(usage(true), CHUNK_SIZE);
        assert_eq!(peak_usage(false), 2_101_248 + 24);
        assert_eq!(peak_usage(true), CHUNK_SIZE + 2_101_248);
    });
}

#[test]
fn hash_and_string_sizes() {
    fresh(|| {
        // range(1, 100000): 56-byte header + huge packed data of 131072 slots.
        let header = alloc(56);
        let data = try_alloc(packed(131072)).unwrap();
        assert_eq!(usage(false), 2_101_328);
        // str_repeat('x', 3000000): 3 000 032 → 3 002 368 + 24.
        let s = try_alloc(3_000_032).unwrap();
        assert_eq!(usage(false), 2_101_328 + 3_002_392);
        release(s);
        release(data);
        release(header);
        // Hash of 128 slots: 40·128 = 5 120 → 2 pages.
        let h = alloc(40 * 128);
        assert_eq!(usage(false), 8192);
        release(h);
        assert_eq!(usage(false), 0);
    });
}

// --- small bins -------------------------------------------------------------------------------

#[test]
fn a_new_run_is_carved_in_address_order() {
    fresh(|| {
        let bin = bin_for(40);
        let first = alloc(40);
        assert_eq!(addr(first) % PAGE_SIZE, 0, "slot 0 starts the run");
        let list = free_list(bin);
        assert_eq!(list.len(), BIN_SLOTS[bin] - 1);
        for (i, a) in list.iter().enumerate() {
            assert_eq!(*a, addr(first) + (i + 1) * 40);
        }
        let second = alloc(33);
        assert_eq!(addr(second), addr(first) + 40);
        release(first);
        release(second);
    });
}

#[test]
fn free_lists_are_lifo() {
    fresh(|| {
        let a = alloc(24);
        let b = alloc(24);
        let c = alloc(24);
        release(a);
        release(c);
        release(b);
        assert_eq!(&free_list(bin_for(24))[..3], &[addr(b), addr(c), addr(a)]);
        assert_eq!(alloc(20), b);
        assert_eq!(alloc(17), c);
        assert_eq!(alloc(24), a);
        for p in [a, b, c] {
            release(p);
        }
    });
}

#[test]
fn multi_page_runs_are_marked_on_every_page() {
    fresh(|| {
        // Bin 320: runs of 5 pages, 64 slots. Free a slot on the run's last page.
        let blocks: Vec<_> = (0..64).map(|_| alloc(300)).collect();
        assert_eq!(usage(false), 64 * 320);
        let last = blocks[63];
        assert_eq!(addr(last) - addr(blocks[0]), 63 * 320);
        assert_eq!(size_of_block(last), 320);
        release(last);
        assert_eq!(alloc(320), last);
        for p in blocks {
            release(p);
        }
        assert_eq!(usage(false), 0);
        assert_eq!(gc_caches(), 5 * PAGE_SIZE);
    });
}

#[test]
fn runs_come_back_only_through_gc_caches() {
    fresh(|| {
        // Two full runs of bin 16 (256 slots each) and one slot of a third.
        let blocks: Vec<_> = (0..513).map(|_| alloc(16)).collect();
        let pages_before = check();
        assert_eq!(pages_before, 3);
        for &p in &blocks[..512] {
            release(p);
        }
        assert_eq!(check(), 3, "freed slots keep their runs");
        assert_eq!(gc_caches(), 2 * PAGE_SIZE);
        assert_eq!(check(), 1);
        assert_eq!(
            free_list(bin_for(16)).len(),
            255,
            "only the live run's free slots remain"
        );
        assert_eq!(gc_caches(), 0);
        release(blocks[512]);
        assert_eq!(gc_caches(), PAGE_SIZE);
        assert!(free_list(bin_for(16)).is_empty());
    });
}

#[test]
fn gc_keeps_the_order_of_other_free_slots() {
    fresh(|| {
        let run1: Vec<_> = (0..256).map(|_| alloc(16)).collect();
        let run2: Vec<_> = (0..256).map(|_| alloc(16)).collect();
        // Free all of run 1 and three slots of run 2, interleaved.
        release(run2[5]);
        for &p in &run1[..100] {
            release(p);
        }
        release(run2[9]);
        for &p in &run1[100..] {
            release(p);
        }
        release(run2[7]);
        assert_eq!(gc_caches(), PAGE_SIZE);
        assert_eq!(
            free_list(bin_for(16)),
            vec![addr(run2[7]), addr(run2[9]), addr(run2[5])]
        );
        for (i, &p) in run2.iter().enumerate() {
            if ![5, 7, 9].contains(&i) {
                release(p);
            }
        }
    });
}

#[test]
fn small_realloc_follows_zend() {
    fresh(|| {
        let p = alloc(100); // bin 112
        fill(p, 100, 7);
        // Same bin, or a size whose smaller bin is not below it: stays.
        assert_eq!(resize(p, 112), Some(p));
        assert_eq!(resize(p, 97), Some(p));
        assert_eq!(
            resize(p, 96),
            Some(p),
            "96 is not below the next smaller bin (96)"
        );
        assert_eq!(usage(false), 112);
        // Truncation below the next smaller bin: moves to bin 64.
        let q = resize(p, 60).unwrap();
        assert_ne!(q, p);
        assert_eq!(usage(false), 64);
        assert!((0..60).all(|i| byte_at(q, i) == 7));
        // Growth within small: moves, copies, no transient in the peak.
        reset_peak();
        let r = resize(q, 2000).unwrap();
        assert_eq!(usage(false), 2048);
        assert_eq!(peak_usage(false), 2048);
        assert!((0..60).all(|i| byte_at(r, i) == 7));
        // Small to large and back.
        let s = resize(r, 10_000).unwrap();
        assert_eq!(usage(false), 12288);
        assert_eq!(peak_usage(false), 12288);
        assert!((0..60).all(|i| byte_at(s, i) == 7));
        let t = resize(s, 50).unwrap();
        assert_eq!(usage(false), 56);
        assert!((0..50).all(|i| byte_at(t, i) == 7));
        release(t);
    });
}

// --- large blocks -----------------------------------------------------------------------------

#[test]
fn large_blocks_take_the_best_fit() {
    fresh(|| {
        // Lay out [a:2][h5:5][b:1][h3:3][c:1][h4:4][d:1] then free the h* blocks.
        let a = alloc(2 * PAGE_SIZE);
        let h5 = alloc(5 * PAGE_SIZE);
        let b = alloc(PAGE_SIZE);
        let h3 = alloc(3 * PAGE_SIZE);
        let c = alloc(PAGE_SIZE);
        let h4 = alloc(4 * PAGE_SIZE);
        let d = alloc(PAGE_SIZE);
        assert_eq!(addr(a) % CHUNK_SIZE, PAGE_SIZE, "first free page is page 1");
        assert_eq!(addr(h5), addr(a) + 2 * PAGE_SIZE);
        release(h5);
        release(h3);
        release(h4);
        // 3 pages: the exact hole.
        let x = alloc(3 * PAGE_SIZE - 100);
        assert_eq!(x, h3);
        // 2 pages: no exact hole; the smallest that fits is the 4-page one.
        let y = alloc(2 * PAGE_SIZE);
        assert_eq!(y, h4);
        // 4 pages: only the 5-page hole (the tail of the chunk is longer).
        let z = alloc(4 * PAGE_SIZE);
        assert_eq!(z, h5);
        for p in [a, b, c, d, x, y, z] {
            release(p);
        }
        assert_eq!(usage(false), 0);
        assert_eq!(check(), 0);
    });
}

#[test]
fn large_realloc_grows_and_shrinks_in_place() {
    fresh(|| {
        let p = alloc(5000); // 2 pages
        fill(p, 5000, 3);
        assert_eq!(resize(p, 8192), Some(p));
        assert_eq!(usage(false), 8192);
        // The pages after it are free: grows in place.
        let p2 = resize(p, 40_000).unwrap();
        assert_eq!(p2, p);
        assert_eq!(usage(false), 40960);
        assert_eq!(size_of_block(p), 40960);
        // Shrinks in place, giving the tail back.
        assert_eq!(resize(p, 12_000), Some(p));
        assert_eq!(usage(false), 12288);
        assert_eq!(check(), 3);
        // Something right after it: growth moves the block.
        let blocker = alloc(PAGE_SIZE);
        assert_eq!(addr(blocker), addr(p) + 3 * PAGE_SIZE);
        let q = resize(p, 20_000).unwrap();
        assert_ne!(q, p);
        assert_eq!(usage(false), 20480 + 4096);
        assert!((0..5000).all(|i| byte_at(q, i) == 3));
        release(q);
        release(blocker);
        assert_eq!(usage(false), 0);
    });
}

// --- chunks and the cache ------------------------------------------------------------------------

#[test]
fn chunks_are_added_and_cached_as_php() {
    // The scenario measured on PHP 8.4 (two 1.5 MB strings, freed, gc_mem_caches, two more).
    fresh(|| {
        let big = 1_500_032;
        let a = alloc(big);
        let b = alloc(big);
        assert_eq!(usage(true), 2 * CHUNK_SIZE);
        assert_eq!(chunk_counts(), (2, 0));
        release(b);
        assert_eq!(usage(true), 2 * CHUNK_SIZE, "the emptied chunk is cached");
        assert_eq!(chunk_counts(), (1, 1));
        assert_eq!(gc_caches(), 0);
        assert_eq!(
            usage(true),
            2 * CHUNK_SIZE,
            "gc_mem_caches keeps cached chunks"
        );
        let c = alloc(big);
        let d = alloc(big);
        assert_eq!(usage(true), 3 * CHUNK_SIZE);
        assert_eq!(chunk_counts(), (3, 0));
        release(c);
        assert_eq!(
            usage(true),
            2 * CHUNK_SIZE,
            "with two chunks in use, the emptied one goes"
        );
        release(d);
        assert_eq!(
            usage(true),
            2 * CHUNK_SIZE,
            "the last one emptied is cached"
        );
        assert_eq!(chunk_counts(), (1, 1));
        release(a);
        assert_eq!(
            usage(true),
            2 * CHUNK_SIZE,
            "the first chunk is never deleted"
        );
    });
}

#[test]
fn a_cached_chunk_is_reused_before_mapping() {
    fresh(|| {
        let a = alloc(MAX_LARGE_SIZE);
        let b = alloc(PAGE_SIZE);
        let chunk_b = addr(b) & !(CHUNK_SIZE - 1);
        release(b);
        assert_eq!(chunk_counts(), (1, 1));
        let c = alloc(MAX_LARGE_SIZE);
        assert_eq!(addr(c) & !(CHUNK_SIZE - 1), chunk_b);
        assert_eq!(addr(c) % CHUNK_SIZE, PAGE_SIZE);
        assert_eq!(chunk_counts(), (2, 0));
        assert_eq!(usage(true), 2 * CHUNK_SIZE);
        release(a);
        release(c);
    });
}

#[test]
fn real_size_is_whole_chunks_without_huge_blocks() {
    fresh(|| {
        let mut blocks = Vec::new();
        for i in 0..400 {
            blocks.push(alloc(3000 + i * 97));
            assert_eq!(usage(true) % CHUNK_SIZE, 0);
        }
        // 400 blocks of 1 to 11 pages: more than one chunk.
        assert!(usage(true) >= 2 * CHUNK_SIZE);
        assert_eq!(
            usage(true),
            CHUNK_SIZE * (chunk_counts().0 + chunk_counts().1)
        );
        for p in blocks.drain(..).rev() {
            release(p);
            assert_eq!(usage(true) % CHUNK_SIZE, 0);
        }
        assert_eq!(usage(false), 0);
        assert!(
            usage(true) <= 2 * CHUNK_SIZE,
            "at most one chunk stays cached"
        );
    });
}

#[test]
fn gc_deletes_chunks_its_runs_emptied() {
    fresh(|| {
        // Fill the first chunk with a large block so that small runs land in a second chunk.
        let a = alloc(MAX_LARGE_SIZE);
        let smalls: Vec<_> = (0..1000).map(|_| alloc(40)).collect();
        assert_eq!(chunk_counts(), (2, 0));
        for p in smalls {
            release(p);
        }
        assert_eq!(usage(true), 2 * CHUNK_SIZE);
        let runs = 1000usize.div_ceil(BIN_SLOTS[bin_for(40)]);
        assert_eq!(gc_caches(), runs * PAGE_SIZE);
        assert_eq!(
            chunk_counts(),
            (1, 1),
            "the emptied chunk went to the cache"
        );
        release(a);
    });
}

#[test]
fn chunk_found_far_down_the_list_moves_to_the_front() {
    fresh(|| {
        // Four chunks, each filled but for one page; then ask for a one-page run.
        let mut big = Vec::new();
        for _ in 0..4 {
            big.push(alloc(MAX_LARGE_SIZE - PAGE_SIZE));
        }
        assert_eq!(chunk_counts(), (4, 0));
        let chunks_before = with_heap(|h| h.chunks());
        let p = alloc(PAGE_SIZE);
        assert_eq!(addr(p) & !(CHUNK_SIZE - 1), chunks_before[0].addr());
        // Fill pages until the one free page of the fourth chunk is used: 3 steps away.
        let q = alloc(PAGE_SIZE);
        let r = alloc(PAGE_SIZE);
        let s = alloc(PAGE_SIZE);
        assert_eq!(addr(s) & !(CHUNK_SIZE - 1), chunks_before[3].addr());
        let chunks_after = with_heap(|h| h.chunks());
        assert_eq!(chunks_after[1], chunks_before[3]);
        for x in big.into_iter().chain([p, q, r, s]) {
            release(x);
        }
    });
}

// --- huge blocks -------------------------------------------------------------------------------------

#[test]
fn huge_blocks_and_their_records() {
    fresh(|| {
        let a = try_alloc(3_000_000).unwrap();
        let b = try_alloc(2_500_000).unwrap();
        assert_eq!(usage(false), 3_002_368 + 2_502_656 + 48);
        assert_eq!(usage(true), CHUNK_SIZE + 3_002_368 + 2_502_656);
        assert_eq!(with_heap(|h| h.huge_total()), (3_002_368 + 2_502_656, 2));
        fill(a, 3_000_000, 1);
        fill(b, 2_500_000, 2);
        release(a);
        assert_eq!(usage(false), 2_502_656 + 24);
        assert_eq!(byte_at(b, 2_499_999), 2);
        release(b);
        assert_eq!(usage(false), 0);
        assert_eq!(usage(true), CHUNK_SIZE);
    });
}

#[test]
fn huge_realloc() {
    fresh(|| {
        let p = try_alloc(3_000_000).unwrap();
        fill(p, 3_000_000, 9);
        // Same page count: same block.
        assert_eq!(resize(p, 3_002_000), Some(p));
        // Shrink: counters drop by the difference.
        let q = resize(p, 2_500_000).unwrap();
        assert_eq!(usage(false), 2_502_656 + 24);
        assert_eq!(usage(true), CHUNK_SIZE + 2_502_656);
        assert_eq!(byte_at(q, 2_499_999), 9);
        // Grow: moves; the transient shows in real_peak, not in peak.
        reset_peak();
        let r = resize(q, 4_000_000).unwrap();
        assert_eq!(usage(false), 4_001_792 + 24);
        assert_eq!(usage(true), CHUNK_SIZE + 4_001_792);
        assert_eq!(peak_usage(false), 4_001_792 + 24);
        assert_eq!(peak_usage(true), CHUNK_SIZE + 2_502_656 + 4_001_792);
        assert_eq!(byte_at(r, 0), 9);
        assert_eq!(byte_at(r, 2_499_999), 9);
        // Huge to large.
        let s = resize(r, 100_000).unwrap();
        assert_eq!(usage(false), 102_400);
        assert_eq!(usage(true), CHUNK_SIZE);
        assert_eq!(byte_at(s, 99_999), 9);
        // Large to huge.
        let t = resize(s, 2_200_000).unwrap();
        assert_eq!(usage(false), 2_203_648 + 24);
        assert_eq!(byte_at(t, 99_999), 9);
        release(t);
        assert_eq!(usage(false), 0);
    });
}

// --- memory_limit ------------------------------------------------------------------------------

#[test]
fn limit_on_new_chunks_records_pages_of_the_request() {
    fresh(|| {
        set_limit(8 * MIB).unwrap();
        // A loop appending str_repeat("z", 100000): 100 032 bytes → 25 pages each.
        let mut blocks = Vec::new();
        while !limit_hit() {
            blocks.push(alloc(100_032));
            assert!(usage(true) <= 8 * MIB || limit_hit());
        }
        assert_eq!(
            take_limit_error(),
            Some(LimitError {
                limit: 8 * MIB,
                tried: 102_400
            })
        );
        // The allocation itself succeeded (past the limit).
        assert_eq!(usage(true), 8 * MIB + CHUNK_SIZE);
        assert_eq!(blocks.len(), 4 * (USABLE_PAGES / 25) + 1);
        assert!(!limit_hit());
        // Small runs needing a new chunk report their run's pages.
        let fill_up: Vec<_> = (0..200).map(|_| alloc(100_032)).collect();
        assert!(limit_hit());
        let e = take_limit_error().unwrap();
        assert_eq!(e.tried, 102_400);
        for p in blocks.into_iter().chain(fill_up) {
            release(p);
        }
    });
}

#[test]
fn limit_on_a_small_run() {
    fresh(|| {
        set_limit(4 * MIB).unwrap();
        let a = alloc(MAX_LARGE_SIZE);
        let b = alloc(MAX_LARGE_SIZE);
        assert!(!limit_hit());
        assert_eq!(usage(true), 4 * MIB);
        let c = alloc(300); // bin 320: a 5-page run, in a third chunk
        assert_eq!(
            take_limit_error(),
            Some(LimitError {
                limit: 4 * MIB,
                tried: 5 * PAGE_SIZE
            })
        );
        // Only the first failure is kept until taken.
        let d = alloc(MAX_LARGE_SIZE);
        let e = alloc(MAX_LARGE_SIZE);
        assert_eq!(take_limit_error().unwrap().tried, MAX_LARGE_SIZE);
        // A one-page run of bin 40 needing a chunk reports 4096.
        let f = alloc((USABLE_PAGES - 5) * PAGE_SIZE);
        assert!(!limit_hit(), "the third chunk had room");
        let g = alloc(40);
        assert_eq!(
            take_limit_error(),
            Some(LimitError {
                limit: 4 * MIB,
                tried: PAGE_SIZE
            })
        );
        for p in [a, b, c, d, e, f, g] {
            release(p);
        }
    });
}

#[test]
fn huge_requests_over_the_limit_are_refused() {
    fresh(|| {
        set_limit(8 * MIB).unwrap();
        let a = try_alloc(3_000_000).unwrap();
        let b = try_alloc(3_000_000).unwrap();
        assert_eq!(usage(true), CHUNK_SIZE + 2 * 3_002_368);
        let before = (usage(false), usage(true));
        assert_eq!(try_alloc(3_000_000), None);
        assert_eq!(
            take_limit_error(),
            Some(LimitError {
                limit: 8 * MIB,
                tried: 3_000_000
            })
        );
        assert_eq!((usage(false), usage(true)), before);
        // A large block still fits in the chunk already mapped: no check at all.
        let c = alloc(1_000_000);
        assert!(!limit_hit());
        for p in [a, b, c] {
            release(p);
        }
    });
}

#[test]
fn huge_growth_checks_the_growth_first() {
    fresh(|| {
        // PHP 8.4, limit 8M: $s = str_repeat(3 000 000); $s .= str_repeat(2 500 000).
        set_limit(8 * MIB).unwrap();
        let s = try_alloc(3_000_032).unwrap();
        let y = try_alloc(2_500_032).unwrap();
        assert_eq!(usage(true), 7_602_176);
        fill(s, 16, 5);
        // Growth 2 498 560 > 8M − 7 602 176: refused before anything moves.
        assert_eq!(resize(s, 5_500_032), None);
        assert_eq!(
            take_limit_error(),
            Some(LimitError {
                limit: 8 * MIB,
                tried: 5_500_032
            })
        );
        assert_eq!(
            byte_at(s, 15),
            5,
            "a refused realloc leaves the block alone"
        );
        assert_eq!(usage(true), 7_602_176);
        // Limit 10M: the growth fits, the moved block (5 500 928 bytes) does not.
        set_limit(10 * MIB).unwrap();
        assert_eq!(resize(s, 5_500_032), None);
        assert_eq!(take_limit_error().unwrap().tried, 5_500_032);
        release(y);
        set_limit(11 * MIB).unwrap();
        let t = resize(s, 5_500_032).unwrap();
        assert!(!limit_hit());
        assert_eq!(byte_at(t, 15), 5);
        assert_eq!(usage(true), CHUNK_SIZE + 5_500_928);
        release(t);
    });
}

#[test]
fn the_limit_runs_gc_before_refusing() {
    fresh(|| {
        set_limit(4 * MIB).unwrap();
        let a = alloc(MAX_LARGE_SIZE);
        // 200 slots of bin 40 (two runs) land in a second chunk; then all are freed.
        let smalls: Vec<_> = (0..200).map(|_| alloc(40)).collect();
        assert_eq!(usage(true), 4 * MIB);
        for p in smalls {
            release(p);
        }
        // The next block needs a third chunk, past the limit. gc_mem_caches runs first: it
        // frees the two runs, the second chunk becomes empty and is cached, and the retry
        // takes it from the cache: no error.
        let b = alloc(MAX_LARGE_SIZE);
        assert!(!limit_hit());
        assert_eq!(usage(true), 4 * MIB);
        assert_eq!(chunk_counts(), (2, 0));
        assert!(free_list(bin_for(40)).is_empty());
        release(a);
        release(b);
    });
}

#[test]
fn set_limit_gives_back_cached_chunks_or_fails() {
    fresh(|| {
        let a = alloc(1_500_032);
        let b = alloc(1_500_032);
        release(b);
        assert_eq!(usage(true), 4 * MIB);
        // Below real_size, and the cached chunk does not help enough.
        assert_eq!(set_limit(MIB), Err(4 * MIB));
        assert_eq!(limit(), 128 * MIB);
        // Giving back the cached chunk is enough.
        assert_eq!(set_limit(3 * MIB), Ok(()));
        assert_eq!(limit(), 3 * MIB);
        assert_eq!(usage(true), 2 * MIB);
        assert_eq!(chunk_counts(), (1, 0));
        // Another chunk is now past the limit.
        let c = alloc(1_500_032);
        assert_eq!(
            take_limit_error(),
            Some(LimitError {
                limit: 3 * MIB,
                tried: 1_503_232
            })
        );
        set_limit(usize::MAX).unwrap();
        release(a);
        release(c);
    });
}

#[test]
fn peaks_and_reset() {
    fresh(|| {
        let a = alloc(100_000);
        let b = try_alloc(3_000_000).unwrap();
        release(b);
        assert_eq!(peak_usage(false), 102_400 + 3_002_368 + 24);
        assert_eq!(peak_usage(true), CHUNK_SIZE + 3_002_368);
        reset_peak();
        assert_eq!(peak_usage(false), 102_400);
        assert_eq!(peak_usage(true), CHUNK_SIZE);
        release(a);
        assert_eq!(peak_usage(false), 102_400);
    });
}

#[test]
fn blocks_are_aligned_and_disjoint() {
    fresh(|| {
        let sizes = [1, 7, 8, 9, 16, 24, 100, 320, 3072, 3073, 9000, 100_000];
        let mut blocks: Vec<(NonNull<u8>, usize)> = Vec::new();
        for round in 0..3 {
            for &n in &sizes {
                let p = alloc(n);
                assert_eq!(addr(p) % 8, 0);
                if n > MAX_SMALL_SIZE {
                    assert_eq!(addr(p) % PAGE_SIZE, 0);
                }
                fill(p, n, round as u8);
                blocks.push((p, n));
            }
        }
        blocks.sort_by_key(|(p, _)| addr(*p));
        for w in blocks.windows(2) {
            assert!(addr(w[0].0) + w[0].1 <= addr(w[1].0), "blocks overlap");
        }
        for (p, _) in blocks {
            release(p);
        }
        assert_eq!(usage(false), 0);
    });
}

#[test]
fn free_after_the_heap_is_gone_is_harmless() {
    // A value dropped by a thread-local destructor that runs after the heap's: nothing happens.
    struct Late(Option<NonNull<u8>>);
    impl Drop for Late {
        fn drop(&mut self) {
            if let Some(p) = self.0.take() {
                release(p);
            }
        }
    }
    thread_local! {
        static LATE: std::cell::RefCell<Late> = const { std::cell::RefCell::new(Late(None)) };
    }
    for late_first in [true, false] {
        std::thread::spawn(move || {
            if late_first {
                LATE.with(|_| ());
            }
            let p = alloc(64);
            LATE.with(|l| l.borrow_mut().0 = Some(p));
        })
        .join()
        .unwrap();
    }
}

#[test]
fn uncounted_blocks_stay_out_of_usage_and_peak() {
    fresh(|| {
        let a = alloc(100);
        let (u0, p0) = (usage(false), peak_usage(false));
        // The engine's block: neither usage nor peak moves; the chunks still hold it.
        let kept = uncounted(|| alloc(1000));
        assert_eq!((usage(false), peak_usage(false)), (u0, p0));
        // Nested: each block is taken out once.
        let nested = uncounted(|| {
            let inner = uncounted(|| alloc(300));
            (inner, alloc(500))
        });
        assert_eq!((usage(false), peak_usage(false)), (u0, p0));
        assert_eq!(size_of_block(kept), 1024);
        // Later blocks count as before, and the peak follows them.
        let b = alloc(2000);
        assert_eq!(usage(false), u0 + 2048);
        assert_eq!(peak_usage(false), u0 + 2048);
        release(b);
        assert_eq!(usage(false), u0);
        reset_peak();
        assert_eq!(peak_usage(false), u0);
        release(a);
        assert_eq!(usage(false), 0);
        // (The engine's block stays until the end, as PHP's internal classes do.)
        with_heap(|h| h.uncounted = 0);
        release(kept);
        release(nested.0);
        release(nested.1);
    });
}
