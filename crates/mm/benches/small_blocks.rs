//! Small blocks: the Memphis heap against Rust's system allocator (glibc malloc on Linux).
//!
//! `cargo bench -p memphis-mm` prints nanoseconds per alloc+free pair for three patterns,
//! best of several rounds:
//!
//! * `hot`     — allocate and free at once, sizes cycling over typical PHP values (16 … 1 000
//!   bytes): the free-list fast path.
//! * `batch`   — allocate 10 000 mixed small blocks, then free them in allocation order.
//! * `churn`   — keep 4 096 live blocks and replace a pseudo-random one each step.
//!
//! Both allocators get the same sizes in the same order; each block is touched once (one
//! byte written) so neither side can skip work.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::ptr::NonNull;
use std::time::{Duration, Instant};

/// Sizes of typical PHP values: zend_string of a few bytes, refs, arrays, objects, buckets.
const SIZES: [usize; 12] = [16, 24, 32, 40, 56, 64, 96, 128, 200, 320, 560, 1000];

trait Heap {
    fn alloc(&mut self, size: usize) -> NonNull<u8>;
    /// # Safety
    /// `p` must be a live block of `size` bytes from `alloc`.
    unsafe fn free(&mut self, p: NonNull<u8>, size: usize);
}

struct Memphis;
impl Heap for Memphis {
    #[inline(always)]
    fn alloc(&mut self, size: usize) -> NonNull<u8> {
        memphis_mm::alloc(size)
    }
    #[inline(always)]
    unsafe fn free(&mut self, p: NonNull<u8>, _size: usize) {
        // SAFETY: per the trait contract.
        unsafe { memphis_mm::free(p) }
    }
}

struct Sys;
impl Heap for Sys {
    #[inline(always)]
    fn alloc(&mut self, size: usize) -> NonNull<u8> {
        let layout = Layout::from_size_align(size, 8).unwrap();
        // SAFETY: non-zero size.
        NonNull::new(unsafe { System.alloc(layout) }).expect("out of memory")
    }
    #[inline(always)]
    unsafe fn free(&mut self, p: NonNull<u8>, size: usize) {
        let layout = Layout::from_size_align(size, 8).unwrap();
        // SAFETY: per the trait contract, allocated with this layout.
        unsafe { System.dealloc(p.as_ptr(), layout) }
    }
}

#[inline(always)]
fn touch(p: NonNull<u8>) {
    // SAFETY: every block is at least one byte long.
    unsafe { p.as_ptr().write_volatile(1) };
}

fn hot<H: Heap>(h: &mut H, pairs: usize) {
    for i in 0..pairs {
        let n = SIZES[i % SIZES.len()];
        let p = h.alloc(black_box(n));
        touch(p);
        // SAFETY: live block of `n` bytes.
        unsafe { h.free(black_box(p), n) };
    }
}

fn batch<H: Heap>(h: &mut H, pairs: usize) {
    const N: usize = 10_000;
    let mut blocks = Vec::with_capacity(N);
    for _ in 0..pairs / N {
        for i in 0..N {
            let n = SIZES[(i * 7) % SIZES.len()];
            let p = h.alloc(black_box(n));
            touch(p);
            blocks.push((p, n));
        }
        for (p, n) in blocks.drain(..) {
            // SAFETY: live block of `n` bytes.
            unsafe { h.free(p, n) };
        }
    }
}

fn churn<H: Heap>(h: &mut H, pairs: usize) {
    const LIVE: usize = 4096;
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut blocks: Vec<(NonNull<u8>, usize)> = (0..LIVE)
        .map(|i| {
            let n = SIZES[i % SIZES.len()];
            (h.alloc(n), n)
        })
        .collect();
    for _ in 0..pairs {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let slot = (x as usize) % LIVE;
        let n = SIZES[(x >> 32) as usize % SIZES.len()];
        let (old, old_n) = blocks[slot];
        // SAFETY: live block of `old_n` bytes.
        unsafe { h.free(old, old_n) };
        let p = h.alloc(black_box(n));
        touch(p);
        blocks[slot] = (p, n);
    }
    for (p, n) in blocks {
        // SAFETY: live block of `n` bytes.
        unsafe { h.free(p, n) };
    }
}

/// Best of `rounds` runs, in nanoseconds per alloc+free pair.
fn measure(f: impl Fn(usize), pairs: usize, rounds: usize) -> f64 {
    f(pairs / 10); // warm up (maps the chunks, fills the free lists)
    let mut best = Duration::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        f(pairs);
        best = best.min(t.elapsed());
    }
    best.as_nanos() as f64 / pairs as f64
}

fn main() {
    // `cargo test --benches` passes `--test`-like flags; a quick smoke run is enough there.
    let quick = std::env::args().any(|a| a == "--test" || a == "--list");
    let (pairs, rounds) = if quick { (10_000, 1) } else { (2_000_000, 7) };
    println!("small blocks: ns per alloc+free pair (best of {rounds} rounds of {pairs})");
    println!(
        "{:<8} {:>10} {:>10} {:>8}",
        "pattern", "memphis", "system", "ratio"
    );
    type Bench = (&'static str, fn(&mut Memphis, usize), fn(&mut Sys, usize));
    let benches: [Bench; 3] = [
        ("hot", hot, hot),
        ("batch", batch, batch),
        ("churn", churn, churn),
    ];
    for (name, m, s) in benches {
        let mm = measure(|n| m(&mut Memphis, n), pairs, rounds);
        let sys = measure(|n| s(&mut Sys, n), pairs, rounds);
        println!("{name:<8} {mm:>10.2} {sys:>10.2} {:>7.2}x", sys / mm);
    }
}
