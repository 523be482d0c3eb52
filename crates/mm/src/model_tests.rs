//! Property test: random alloc / free / realloc / gc_mem_caches sequences against a simple model.
//!
//! The model knows the size classes and the counting rules, every bin's free list (a LIFO
//! stack, refilled with a fresh run's slots 1..n in address order), which runs exist, and what
//! `gc_mem_caches()` must give back. It does not know the page layout; the heap's own
//! consistency check (`Heap::check`) covers that, and the model checks that the pages in use
//! are exactly its runs' and large blocks' pages, and that `real_size` is 2 MiB per chunk
//! (in use or cached) plus its huge blocks. Block contents are checked across every realloc.

use super::*;
use crate::chunk::PAGES;
use proptest::prelude::*;
use std::collections::BTreeMap;

const RECORD_BIN: usize = 2;

#[derive(Debug, Clone)]
enum Op {
    Alloc(usize),
    Free(usize),
    Realloc(usize, usize),
    Gc,
    ResetPeak,
}

fn size_strategy() -> impl Strategy<Value = usize> {
    prop_oneof![
        8 => 0..=MAX_SMALL_SIZE,
        3 => MAX_SMALL_SIZE + 1..=64 * PAGE_SIZE,
        1 => 64 * PAGE_SIZE..=MAX_LARGE_SIZE,
        1 => MAX_LARGE_SIZE + 1..=3 * CHUNK_SIZE,
    ]
}

fn op_strategy() -> impl Strategy<Value = Op> {
    prop_oneof![
        10 => size_strategy().prop_map(Op::Alloc),
        7 => any::<usize>().prop_map(Op::Free),
        5 => (any::<usize>(), size_strategy()).prop_map(|(i, n)| Op::Realloc(i, n)),
        1 => Just(Op::Gc),
        1 => Just(Op::ResetPeak),
    ]
}

struct Live {
    ptr: NonNull<u8>,
    /// Bytes in use (all hold `tag`).
    len: usize,
    /// The request the block is accounted as (a small block resized in place keeps its bin).
    class: usize,
    tag: u8,
}

#[derive(Default)]
struct Model {
    live: Vec<Live>,
    size: usize,
    peak: usize,
    /// Sum of the huge blocks' page-rounded sizes.
    huge: usize,
    /// Each bin's free list, top last.
    stacks: Vec<Vec<usize>>,
    /// Small runs: first address → bin.
    runs: BTreeMap<usize, usize>,
    large_pages: usize,
    real_seen: usize,
    next_tag: u8,
}

fn page_round(n: usize) -> usize {
    n.div_ceil(PAGE_SIZE) * PAGE_SIZE
}

fn heap_free_list(bin: usize) -> Vec<usize> {
    with_heap(|h| h.free_list(bin))
}

fn record_of(p: NonNull<u8>) -> Option<usize> {
    with_heap(|h| h.huge_record(p.as_ptr().addr()))
}

impl Model {
    fn new() -> Model {
        Model {
            stacks: vec![Vec::new(); BINS],
            real_seen: CHUNK_SIZE,
            next_tag: 1,
            ..Model::default()
        }
    }

    fn add(&mut self, n: usize) {
        self.size += n;
        self.peak = self.peak.max(self.size);
    }

    /// A small slot of `bin` is taken at `got`: it must be the top of the stack, or else slot 0
    /// of a fresh run, whose other slots then go on the stack.
    fn take_slot(&mut self, bin: usize, got: usize) -> Result<(), TestCaseError> {
        self.add(BIN_SIZES[bin]);
        if let Some(top) = self.stacks[bin].pop() {
            prop_assert_eq!(got, top, "bin {} did not reuse its last freed slot", bin);
            return Ok(());
        }
        let base = got;
        prop_assert_eq!(base % PAGE_SIZE, 0, "a fresh run starts on a page");
        self.runs.insert(base, bin);
        for i in (1..BIN_SLOTS[bin]).rev() {
            self.stacks[bin].push(base + i * BIN_SIZES[bin]);
        }
        Ok(())
    }

    fn give_slot(&mut self, bin: usize, addr: usize) {
        self.size -= BIN_SIZES[bin];
        self.stacks[bin].push(addr);
    }

    /// Accounts a new block of `len` bytes handed out at `p`.
    fn on_alloc(&mut self, len: usize, p: NonNull<u8>) -> Result<(), TestCaseError> {
        let got = p.as_ptr().addr();
        prop_assert_eq!(got % 8, 0);
        if len <= MAX_SMALL_SIZE {
            self.take_slot(bin_for(len), got)?;
        } else if len <= MAX_LARGE_SIZE {
            prop_assert_eq!(got % PAGE_SIZE, 0);
            prop_assert_ne!(got % CHUNK_SIZE, 0);
            self.add(page_round(len));
            self.large_pages += page_round(len) / PAGE_SIZE;
        } else {
            prop_assert_eq!(got % CHUNK_SIZE, 0);
            let record = record_of(p).expect("a huge block has a record");
            self.take_slot(RECORD_BIN, record)?;
            self.add(page_round(len));
            self.huge += page_round(len);
        }
        Ok(())
    }

    /// Accounts freeing the block of `len` bytes at `addr` (`record`: its huge record).
    fn on_free(&mut self, len: usize, addr: usize, record: Option<usize>) {
        if len <= MAX_SMALL_SIZE {
            self.give_slot(bin_for(len), addr);
        } else if len <= MAX_LARGE_SIZE {
            self.size -= page_round(len);
            self.large_pages -= page_round(len) / PAGE_SIZE;
        } else {
            self.give_slot(RECORD_BIN, record.expect("huge blocks have a record"));
            self.size -= page_round(len);
            self.huge -= page_round(len);
        }
    }

    /// `gc_mem_caches()`: drop the runs whose slots are all free; returns their bytes.
    fn gc(&mut self) -> usize {
        let mut free_count: BTreeMap<usize, usize> = BTreeMap::new();
        for stack in &self.stacks {
            for &a in stack {
                let (&base, _) = self.runs.range(..=a).next_back().expect("slot in a run");
                *free_count.entry(base).or_default() += 1;
            }
        }
        let empty: Vec<usize> = free_count
            .into_iter()
            .filter(|&(base, n)| n == BIN_SLOTS[self.runs[&base]])
            .map(|(base, _)| base)
            .collect();
        let mut bytes = 0;
        for base in &empty {
            let bin = self.runs.remove(base).unwrap();
            bytes += BIN_PAGES[bin] * PAGE_SIZE;
            let end = base + BIN_PAGES[bin] * PAGE_SIZE;
            self.stacks[bin].retain(|&a| a < *base || a >= end);
        }
        bytes
    }

    fn used_pages(&self) -> usize {
        self.large_pages + self.runs.values().map(|&b| BIN_PAGES[b]).sum::<usize>()
    }

    fn new_tag(&mut self) -> u8 {
        self.next_tag = self.next_tag.wrapping_add(1).max(1);
        self.next_tag
    }

    /// Checks every counter and free list against the heap.
    ///
    /// `full` adds the heap's whole consistency check (`Heap::check`) and the pages in use;
    /// it is slow under Miri, which runs it only after `gc_mem_caches()` and at the end.
    fn compare(&mut self, full: bool) -> Result<(), TestCaseError> {
        let (chunks, cached) = with_heap(|h| h.chunk_counts());
        if full || !cfg!(miri) {
            let pages = with_heap(|h| h.check()).map_err(TestCaseError::fail)?;
            prop_assert_eq!(pages, self.used_pages(), "pages in use");
            prop_assert!(chunks * (PAGES - 1) >= pages);
        }
        prop_assert_eq!(usage(false), self.size, "memory_get_usage()");
        prop_assert_eq!(peak_usage(false), self.peak, "memory_get_peak_usage()");
        let real = usage(true);
        prop_assert_eq!(
            real,
            CHUNK_SIZE * (chunks + cached) + self.huge,
            "memory_get_usage(true)"
        );
        self.real_seen = self.real_seen.max(real);
        prop_assert!(
            peak_usage(true) >= self.real_seen,
            "memory_get_peak_usage(true)"
        );
        prop_assert_eq!(with_heap(|h| h.huge_total()).0, self.huge);
        for bin in 0..BINS {
            let mut expect = self.stacks[bin].clone();
            expect.reverse();
            prop_assert_eq!(heap_free_list(bin), expect, "free list of bin {}", bin);
        }
        Ok(())
    }
}

fn fill(b: &Live) {
    // SAFETY: `b` is a live block of at least `b.len` bytes.
    unsafe { std::ptr::write_bytes(b.ptr.as_ptr(), b.tag, b.len) }
}

/// Checks that the first `len` bytes at `p` all hold `tag` (sampled under Miri).
fn holds(p: NonNull<u8>, len: usize, tag: u8) -> bool {
    if len == 0 {
        return true;
    }
    // SAFETY: callers pass a live block of at least `len` bytes, all written.
    let bytes = unsafe { std::slice::from_raw_parts(p.as_ptr(), len) };
    if cfg!(miri) {
        [0, len / 3, len / 2, len - 1]
            .iter()
            .all(|&i| bytes[i] == tag)
    } else {
        bytes.iter().all(|&b| b == tag)
    }
}

fn gc_runs() -> usize {
    with_heap(|h| h.gc_runs)
}

fn run_case(ops: Vec<Op>, limit: Option<usize>) -> Result<(), TestCaseError> {
    set_limit(limit.unwrap_or(usize::MAX)).map_err(|r| TestCaseError::fail(format!("{r}")))?;
    let mut m = Model::new();
    m.compare(true)?;
    for op in ops {
        let gc_before = gc_runs();
        // Set when the heap had to run gc_mem_caches by itself (the limit was in the way):
        // the model then does the same before the operation's own effects, as the heap runs it
        // before changing anything.
        let implicit_gc = |m: &mut Model| {
            if gc_runs() != gc_before {
                m.gc();
            }
        };
        let full = matches!(op, Op::Gc);
        match op {
            Op::Alloc(n) => match try_alloc(n) {
                Some(p) => {
                    implicit_gc(&mut m);
                    m.on_alloc(n, p)?;
                    let tag = m.new_tag();
                    let b = Live {
                        ptr: p,
                        len: n,
                        class: n,
                        tag,
                    };
                    fill(&b);
                    m.live.push(b);
                }
                None => {
                    prop_assert!(n > MAX_LARGE_SIZE, "only huge requests may fail");
                    prop_assert!(limit.is_some());
                    implicit_gc(&mut m);
                }
            },
            Op::Free(i) => {
                if m.live.is_empty() {
                    continue;
                }
                let b = m.live.swap_remove(i % m.live.len());
                prop_assert!(holds(b.ptr, b.len, b.tag), "contents changed");
                let record = record_of(b.ptr);
                // SAFETY: a live block of this heap, freed once.
                unsafe { free(b.ptr) };
                m.on_free(b.class, b.ptr.as_ptr().addr(), record);
            }
            Op::Realloc(i, n) => {
                if m.live.is_empty() {
                    continue;
                }
                let idx = i % m.live.len();
                let Live {
                    ptr: old,
                    len: old_len,
                    class: old_class,
                    tag,
                } = m.live[idx];
                let mut class = n;
                let old_addr = old.as_ptr().addr();
                let record = record_of(old);
                // SAFETY: a live block of this heap.
                let got = unsafe { realloc(old, n) };
                implicit_gc(&mut m);
                let Some(new) = got else {
                    prop_assert!(n > MAX_LARGE_SIZE, "only huge requests may fail");
                    prop_assert!(limit.is_some());
                    prop_assert!(holds(old, old_len, tag), "a refused realloc kept the block");
                    continue;
                };
                let new_addr = new.as_ptr().addr();
                prop_assert!(holds(new, old_len.min(n), tag), "realloc lost contents");
                let old_bin = bin_for(old_class);
                if old_class <= MAX_SMALL_SIZE && n <= BIN_SIZES[old_bin] {
                    let moves = old_bin > 0 && n < BIN_SIZES[old_bin - 1] && bin_for(n) < old_bin;
                    if moves {
                        // Truncation: alloc, copy, free — the transient counts in the peak.
                        m.take_slot(bin_for(n), new_addr)?;
                        m.give_slot(old_bin, old_addr);
                    } else {
                        prop_assert_eq!(new_addr, old_addr, "same bin: same slot");
                        class = old_class;
                    }
                } else if old_class > MAX_SMALL_SIZE
                    && old_class <= MAX_LARGE_SIZE
                    && n > MAX_SMALL_SIZE
                    && n <= MAX_LARGE_SIZE
                {
                    // Large to large: in place or moved, the model cannot tell; same counts.
                    let (op, np) = (page_round(old_class), page_round(n));
                    if np <= op {
                        prop_assert_eq!(new_addr, old_addr, "large blocks shrink in place");
                    }
                    m.large_pages = m.large_pages + np / PAGE_SIZE - op / PAGE_SIZE;
                    if np >= op {
                        m.add(np - op);
                    } else {
                        m.size -= op - np;
                    }
                } else if old_class > MAX_LARGE_SIZE
                    && n > MAX_LARGE_SIZE
                    && page_round(n) <= page_round(old_class)
                {
                    // Huge kept or truncated.
                    m.size -= page_round(old_class) - page_round(n);
                    m.huge -= page_round(old_class) - page_round(n);
                    if page_round(n) == page_round(old_class) {
                        prop_assert_eq!(new_addr, old_addr);
                    }
                } else {
                    // Moved: allocate, copy, free; the transient does not count in the peak.
                    let orig_peak = m.peak;
                    m.on_alloc(n, new)?;
                    m.on_free(old_class, old_addr, record);
                    m.peak = orig_peak.max(m.size);
                }
                m.live[idx] = Live {
                    ptr: new,
                    len: n,
                    class,
                    tag: m.new_tag(),
                };
                fill(&m.live[idx]);
            }
            Op::Gc => {
                let want = m.gc();
                prop_assert_eq!(gc_caches(), want, "gc_mem_caches()");
            }
            Op::ResetPeak => {
                reset_peak();
                m.peak = m.size;
                m.real_seen = usage(true);
            }
        }
        if let Some(e) = take_limit_error() {
            prop_assert!(limit.is_some());
            prop_assert_eq!(e.limit, limit.unwrap());
        }
        m.compare(full)?;
    }
    for b in std::mem::take(&mut m.live) {
        prop_assert!(holds(b.ptr, b.len, b.tag));
        let record = record_of(b.ptr);
        // SAFETY: a live block of this heap, freed once.
        unsafe { free(b.ptr) };
        m.on_free(b.class, b.ptr.as_ptr().addr(), record);
    }
    m.compare(true)?;
    prop_assert_eq!(usage(false), 0);
    let want = m.gc();
    prop_assert_eq!(gc_caches(), want);
    m.compare(true)?;
    prop_assert_eq!(
        with_heap(|h| h.check()).map_err(TestCaseError::fail)?,
        0,
        "all pages free"
    );
    Ok(())
}

/// Runs a case on a thread of its own (a fresh heap), passing its verdict back.
fn on_fresh_heap(ops: Vec<Op>, limit: Option<usize>) -> Result<(), TestCaseError> {
    match std::thread::spawn(move || run_case(ops, limit)).join() {
        Ok(r) => r,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

#[cfg(not(miri))]
const CASES: u32 = 256;
#[cfg(miri)]
const CASES: u32 = 4;
#[cfg(not(miri))]
const MAX_OPS: usize = 160;
#[cfg(miri)]
const MAX_OPS: usize = 32;

fn config() -> ProptestConfig {
    // PROPTEST_CASES=n runs more (or fewer) cases.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok());
    ProptestConfig {
        cases: cases.unwrap_or(CASES),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// No limit in the way: every allocation succeeds, and the model predicts everything.
    #[test]
    fn heap_matches_model(ops in prop::collection::vec(op_strategy(), 1..MAX_OPS)) {
        on_fresh_heap(ops, None)?;
    }

    /// A tight limit: huge requests may be refused and the heap runs gc_mem_caches by itself;
    /// the model follows.
    #[test]
    fn heap_matches_model_under_a_limit(
        ops in prop::collection::vec(op_strategy(), 1..MAX_OPS),
        mib in 3usize..16,
    ) {
        on_fresh_heap(ops, Some(mib * 1024 * 1024))?;
    }
}
