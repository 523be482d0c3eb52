//! PHP 8.4's synchronous cycle collector: root buffer, trial deletion, destructors, freeing.
//!
//! **Possible roots.** An array or object whose count drops to a non-zero value may be the
//! last external handle on a cycle; [`possible_root`] records it once (purple, its slot in the
//! header). Freed blocks leave the buffer ([`remove_from_buffer`]); free slots form a list and
//! are reused first. Slot 0 is never used. Slots past 512 K are stored "compressed" in the
//! header's 20 bits and found again by probing, as Zend does.
//!
//! **Threshold.** Slots up to the threshold (10 001 at first) fill freely. The next root
//! requests a collection: the collector holds that root (one more count) and the caller runs
//! [`run_requested`] at its next safe point — the VM between two instructions, where no Rust
//! code holds PHP values outside the heap. Afterwards the threshold adapts: +10 000 when a run
//! freed fewer than 100 values, −10 000 (not below the default) otherwise.
//!
//! **A collection** ([`collect_cycles`]) is Bacon–Rajan trial deletion with PHP's details:
//! mark grey (subtract every internal edge), scan (grey nodes still counted are reachable:
//! restore them and everything below black; the rest turn white), collect white (garbage joins
//! the buffer, counted as PHP counts it: objects, arrays and strings, not references). Garbage
//! objects whose destructor has not run get it first, everything they reach is spared for this
//! run, and the collector reruns once so that what those destructors did not resurrect is freed
//! in the same call. Every walk uses an explicit stack.
//!
//! The collector reaches values only through [`Heap`], so it knows nothing of PHP syntax or of
//! the values layer's types; its state is per thread, like the PHP heap.

use crate::{color, flags, type_code, GcHeader, Node, INFO_ADDRESS};
use std::cell::RefCell;
use std::ptr::NonNull;
use std::time::{Duration, Instant};

/// First usable slot (`GC_FIRST_ROOT`).
const FIRST_ROOT: u32 = 1;
/// Slots allocated when the collector is first enabled (`GC_DEFAULT_BUF_SIZE`).
const DEFAULT_BUF_SIZE: u32 = 16 * 1024;
/// Below this the buffer doubles; above, it grows by this many slots.
const BUF_GROW_STEP: u32 = 128 * 1024;
/// Slots from here on are stored compressed in the header.
const MAX_UNCOMPRESSED: u32 = 512 * 1024;
/// Absolute buffer limit (`GC_MAX_BUF_SIZE`).
const MAX_BUF_SIZE: u32 = 0x4000_0000;
/// The threshold a fresh collector starts with (`GC_THRESHOLD_DEFAULT`).
pub const THRESHOLD_DEFAULT: u32 = 10_000 + FIRST_ROOT;
const THRESHOLD_STEP: u32 = 10_000;
const THRESHOLD_MAX: u32 = 1_000_000_000;
/// A run freeing fewer values than this raises the threshold.
const THRESHOLD_TRIGGER: u32 = 100;

/// Tags in the low bits of a buffer entry (`GC_ROOT`, `GC_UNUSED`, …).
const TAG_MASK: usize = 3;
const TAG_ROOT: usize = 0;
const TAG_UNUSED: usize = 1;
const TAG_GARBAGE: usize = 2;
const TAG_DTOR_GARBAGE: usize = 3;

/// One child of a node, as [`Heap::children`] reports it.
#[derive(Clone, Copy, Debug)]
pub struct Child {
    /// The child's header.
    pub node: Node,
    /// An object's property table: walked as part of its object (never counted, never garbage
    /// on its own), as Zend treats `zend_object.properties`.
    pub inline: bool,
    /// A WeakMap entry's value, reached from its map or from its key (PHP 8.3+ ephemerons):
    /// the map's one count on the value is subtracted once, and restored only when both the
    /// map and the key turn out live.
    pub weak: WeakVia,
}

impl Child {
    /// An ordinary child.
    pub fn plain(node: Node) -> Child {
        Child {
            node,
            inline: false,
            weak: WeakVia::None,
        }
    }
}

/// How a child is reached when it is a WeakMap entry's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeakVia {
    /// Not an entry value.
    None,
    /// From the map (the parent) for this key.
    Map {
        /// The entry's key object.
        key: Node,
    },
    /// From the key (the parent) in this map.
    Key {
        /// The WeakMap object.
        map: Node,
    },
}

/// One side of a WeakMap entry, as [`State::weak_entry`] describes it.
struct WeakSide {
    id: (usize, usize),
    mine: u8,
    other: u8,
    other_node: Node,
}

/// Entry flag: the map's count on the value was subtracted while marking the map.
const FROM_MAP: u8 = 1;
/// Entry flag: the map's count on the value was subtracted while marking the key.
const FROM_KEY: u8 = 2;

/// The values the collector works on.
///
/// # Safety
/// Implementations promise that [`Heap::children`] reports, for a live node, exactly the
/// counted references that node holds to refcounted blocks (one entry per counted reference,
/// never a block it does not count), that `children` does not call into this module, and that
/// every reported node is a live block starting with a [`GcHeader`]. Reporting fewer edges
/// than exist is safe (those children look externally referenced and survive); reporting an
/// edge that holds no count would free live data.
pub unsafe trait Heap {
    /// Appends the refcounted children of `node` to `out` (nothing for strings, references'
    /// targets through their value, nothing for nodes retyped to [`type_code::NULL`]).
    fn children(&mut self, node: Node, out: &mut Vec<Child>);

    /// Calls `visit` for each child of `node`, in the order `children` reports them, without
    /// collecting them first (a large array's children would cost a large vector).
    fn visit_children<F: FnMut(Child)>(&mut self, node: Node, mut visit: F) {
        let mut out = Vec::new();
        self.children(node, &mut out);
        for c in out {
            visit(c);
        }
    }

    /// `visit_children`, but an inline child (an object's property table) is offered to
    /// `inline` instead; when that returns true, the table's own children are visited in its
    /// place (collect-white opens a still-white table as part of its object).
    fn visit_children_inline<G: FnMut(Node) -> bool, F: FnMut(Child)>(
        &mut self,
        node: Node,
        mut inline: G,
        mut visit: F,
    ) {
        let mut out = Vec::new();
        self.children(node, &mut out);
        for c in out {
            if !c.inline {
                visit(c);
            } else if inline(c.node) {
                let mut sub = Vec::new();
                self.children(c.node, &mut sub);
                for s in sub {
                    visit(s);
                }
            }
        }
    }

    /// Runs the destructor of the garbage object `node`. The collector has marked it
    /// destructor-called and handed over one counted reference, which the heap releases when
    /// the destructor returns. May run any code, including collector functions (a nested
    /// collection returns 0). Returns false when the script died meanwhile (fatal error), which
    /// ends the collection.
    fn call_destructor(&mut self, node: Node) -> bool;
    /// Whether object `node` has a destructor of its internal class (a suspended generator's
    /// closing), which the collector treats like `__destruct`.
    fn has_native_destructor(&mut self, _node: Node) -> bool {
        false
    }

    /// Releases everything garbage node `node` holds; it was of type `code` and has been
    /// retyped to [`type_code::NULL`], so releases of it reaching zero are no-ops. Objects also
    /// leave the object store and clear their weak references here.
    fn destroy(&mut self, node: Node, code: u32);

    /// Frees the block of a destroyed node of type `code`.
    fn free(&mut self, node: Node, code: u32);
}

/// `gc_status()`'s figures.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Status {
    /// A collection is running.
    pub running: bool,
    /// No new roots are recorded.
    pub protected: bool,
    /// The buffer reached its absolute limit.
    pub full: bool,
    /// Collections run.
    pub runs: u32,
    /// Values freed by all collections.
    pub collected: u32,
    /// Current threshold.
    pub threshold: u32,
    /// Slots in the buffer.
    pub buffer_size: u32,
    /// Roots (and garbage) currently buffered.
    pub roots: u32,
    /// Seconds since the request started.
    pub application_time: f64,
    /// Seconds spent collecting (destructors and freeing included).
    pub collector_time: f64,
    /// Seconds spent in destructors called by the collector.
    pub destructor_time: f64,
    /// Seconds spent freeing garbage.
    pub free_time: f64,
}

/// A root-buffer entry: a node pointer with a tag in its two low bits (node headers are
/// 8-aligned), or a free-list link (`next << 3 | TAG_UNUSED`, no address). Kept as a pointer so
/// that it carries the node's provenance (strict provenance: no integer-to-pointer casts).
type Entry = *mut GcHeader;

/// The entry for `node` with `tag`.
#[inline]
fn entry(node: Node, tag: usize) -> Entry {
    node.as_ptr().map_addr(|a| a | tag)
}

/// A free-list link to slot `next`.
#[inline]
fn unused_link(next: u32) -> Entry {
    std::ptr::without_provenance_mut(((next as usize) << 3) | TAG_UNUSED)
}

/// A walk's work item: a node and whether it is an object's inline property table.
#[derive(Clone, Copy)]
struct Work(Entry);

impl Work {
    /// A node to walk (`inline`: an object's property table, walked as part of it), packed in
    /// one word: a million-node walk keeps its stack at 8 bytes a node.
    #[inline]
    fn new(node: Node, inline: bool) -> Work {
        Work(entry(node, inline as usize))
    }
    #[inline]
    fn node(&self) -> Node {
        ptr_of(self.0)
    }
    #[inline]
    fn inline(&self) -> bool {
        self.0.addr() & 1 != 0
    }
}

struct State {
    /// Slot → tagged pointer (or tagged free-list link); holds the slots below `first_unused`,
    /// with room for `buf_size`.
    buf: Vec<Entry>,
    enabled: bool,
    active: bool,
    protected: bool,
    full: bool,
    /// Head of the free-slot list (0: empty).
    unused: u32,
    /// Next never-used slot.
    first_unused: u32,
    threshold: u32,
    buf_size: u32,
    num_roots: u32,
    runs: u32,
    collected: u32,
    activated_at: Option<Instant>,
    collector_time: Duration,
    dtor_time: Duration,
    free_time: Duration,
    /// The root that requested a collection, held with one extra count until it has run.
    held: Option<Node>,
    /// Possible roots released after `held` in the same instruction, each held with one extra
    /// count and marked (purple, no slot) until the collection has run: PHP collects the
    /// moment the buffer fills, so those releases come after its collection, not before.
    late: Vec<Node>,
    stack: Vec<Work>,
    black_stack: Vec<Node>,
    kids: Vec<Child>,
    /// Per WeakMap entry (map, key): `FROM_MAP` / `FROM_KEY` for this run.
    weak_flags: rustc_hash::FxHashMap<(usize, usize), u8>,
}

thread_local! {
    static GC: RefCell<State> = const { RefCell::new(State {
        buf: Vec::new(),
        enabled: false,
        active: false,
        protected: true,
        full: false,
        unused: 0,
        first_unused: 0,
        threshold: 0,
        buf_size: 0,
        num_roots: 0,
        runs: 0,
        collected: 0,
        activated_at: None,
        collector_time: Duration::ZERO,
        dtor_time: Duration::ZERO,
        free_time: Duration::ZERO,
        held: None,
        late: Vec::new(),
        stack: Vec::new(),
        black_stack: Vec::new(),
        kids: Vec::new(),
        weak_flags: rustc_hash::FxHashMap::with_hasher(rustc_hash::FxBuildHasher),
    }) };
}

/// The collector's state. Taken as a pointer out of a trivial `with` (which then inlines to
/// a thread-local load; a `with` around a whole operation stays an out-of-line call through
/// the key's accessor, a third of a possible root's cost).
#[inline(always)]
fn state() -> &'static RefCell<State> {
    let g: *const RefCell<State> = GC.with(|g| g as *const RefCell<State>);
    // SAFETY: the thread-local lives until this thread's thread-local destructors run; the
    // reference is only used within the calling function on this thread, before then (`with`
    // above panics once it is gone, as before).
    unsafe { &*g }
}

#[inline(always)]
fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    f(&mut state().borrow_mut())
}

#[inline]
fn hdr<'a>(n: Node) -> &'a GcHeader {
    // SAFETY: every node the collector handles is a live block starting with a header (the
    // `Heap` contract and the callers of `possible_root`/`remove_from_buffer` promise it);
    // the header is only accessed through `Cell`s.
    unsafe { n.as_ref() }
}

#[inline]
fn ptr_of(e: Entry) -> Node {
    // SAFETY: entries tagged root/garbage (and work items) hold a non-null node pointer whose
    // low bits are only the tag.
    unsafe { NonNull::new_unchecked(e.map_addr(|a| a & !TAG_MASK)) }
}

#[inline]
fn tag_of(e: Entry) -> usize {
    e.addr() & TAG_MASK
}

#[inline]
fn compress(idx: u32) -> u32 {
    if idx < MAX_UNCOMPRESSED {
        idx
    } else {
        (idx % MAX_UNCOMPRESSED) | MAX_UNCOMPRESSED
    }
}

fn has_pending_destructor(h: &GcHeader) -> bool {
    h.type_code() == type_code::OBJECT
        && h.has(flags::HAS_DESTRUCTOR)
        && !h.has(flags::DESTRUCTOR_CALLED)
}

impl State {
    fn reset(&mut self) {
        if !self.buf.is_empty() {
            self.active = false;
            self.protected = false;
            self.full = false;
            self.unused = 0;
            self.first_unused = FIRST_ROOT;
            self.buf.truncate(FIRST_ROOT as usize);
            self.num_roots = 0;
            self.runs = 0;
            self.collected = 0;
            self.collector_time = Duration::ZERO;
            self.dtor_time = Duration::ZERO;
            self.free_time = Duration::ZERO;
        }
        self.activated_at = Some(Instant::now());
    }

    #[inline]
    fn fetch_unused(&mut self) -> u32 {
        let idx = self.unused;
        self.unused = (self.buf[idx as usize].addr() >> 3) as u32;
        idx
    }

    fn link_unused(&mut self, idx: u32) {
        self.buf[idx as usize] = unused_link(self.unused);
        self.unused = idx;
    }

    #[inline]
    fn fetch_next_unused(&mut self) -> u32 {
        let idx = self.first_unused;
        self.first_unused += 1;
        self.buf.push(std::ptr::null_mut());
        idx
    }

    fn remove_from_roots(&mut self, idx: u32) {
        self.link_unused(idx);
        self.num_roots -= 1;
    }

    fn grow(&mut self) {
        if self.buf_size >= MAX_BUF_SIZE {
            if !self.full {
                self.active = true;
                self.protected = true;
                self.full = true;
            }
            return;
        }
        let new_size = if self.buf_size < BUF_GROW_STEP {
            self.buf_size * 2
        } else {
            self.buf_size + BUF_GROW_STEP
        }
        .min(MAX_BUF_SIZE);
        // Room only: slots come into the vector as they are first used (PHP reallocates
        // without clearing; filling a million fresh slots with zeros cost milliseconds). The
        // vector's own growth is amortised: growing it exactly by each step reallocated (and
        // copied, leaving the old blocks in the allocator) every 128 K slots.
        self.buf.reserve(new_size as usize - self.buf.len());
        self.buf_size = new_size;
    }

    fn adjust_threshold(&mut self, count: u32) {
        if count < THRESHOLD_TRIGGER {
            if self.threshold < THRESHOLD_MAX {
                let new = (self.threshold + THRESHOLD_STEP).min(THRESHOLD_MAX);
                if new > self.buf_size {
                    self.grow();
                }
                if new <= self.buf_size {
                    self.threshold = new;
                }
            }
        } else if self.threshold > THRESHOLD_DEFAULT {
            self.threshold = (self.threshold - THRESHOLD_STEP).max(THRESHOLD_DEFAULT);
        }
    }

    /// A slot for a root, ignoring the threshold (growing the buffer when needed).
    fn slot_unlimited(&mut self) -> Option<u32> {
        if self.unused != 0 {
            Some(self.fetch_unused())
        } else if self.first_unused != self.buf_size {
            Some(self.fetch_next_unused())
        } else {
            self.grow();
            (self.first_unused != self.buf_size).then(|| self.fetch_next_unused())
        }
    }

    #[inline]
    fn store(&mut self, idx: u32, node: Node, tag: usize, col: u32) {
        self.buf[idx as usize] = entry(node, tag);
        hdr(node).set_info(compress(idx) | col);
        self.num_roots += 1;
    }

    fn find_slot(&self, node: Node, idx: u32) -> u32 {
        if self.first_unused < MAX_UNCOMPRESSED {
            return idx;
        }
        let mut i = idx;
        while (i as usize) < self.buf.len() {
            let e = self.buf[i as usize];
            if tag_of(e) != TAG_UNUSED && ptr_of(e) == node {
                return i;
            }
            i += MAX_UNCOMPRESSED;
        }
        idx
    }

    fn remove(&mut self, node: Node) {
        let h = hdr(node);
        let idx = h.address();
        h.set_info(0);
        if idx == 0 || self.buf.is_empty() {
            return;
        }
        let idx = self.find_slot(node, idx);
        self.remove_from_roots(idx);
    }

    /// Moves live entries down over free slots (two-finger compaction).
    fn compact(&mut self) {
        if self.buf.is_empty() || self.num_roots + FIRST_ROOT == self.first_unused {
            return;
        }
        if self.num_roots > 0 {
            let mut free = FIRST_ROOT as usize;
            let mut scan = self.first_unused as usize - 1;
            let end = self.num_roots as usize;
            while free < scan {
                while free < scan && tag_of(self.buf[free]) != TAG_UNUSED {
                    free += 1;
                }
                while scan > free && tag_of(self.buf[scan]) == TAG_UNUSED {
                    scan -= 1;
                }
                if scan > free {
                    let e = self.buf[scan];
                    self.buf[free] = e;
                    let h = hdr(ptr_of(e));
                    h.set_info(compress(free as u32) | h.color());
                    free += 1;
                    scan -= 1;
                    if scan <= end {
                        break;
                    }
                }
            }
        }
        self.unused = 0;
        self.first_unused = self.num_roots + FIRST_ROOT;
        self.buf.truncate(self.first_unused as usize);
    }

    #[inline]
    fn add_garbage(&mut self, node: Node) {
        // After compaction (as in `collect_roots`) garbage is appended.
        if self.unused == 0 && self.first_unused != self.buf_size {
            let idx = self.first_unused;
            self.first_unused += 1;
            self.buf.push(entry(node, TAG_GARBAGE));
            hdr(node).set_info(compress(idx) | color::BLACK);
            self.num_roots += 1;
            return;
        }
        if let Some(idx) = self.slot_unlimited() {
            self.store(idx, node, TAG_GARBAGE, color::BLACK);
        }
    }

    /// For a WeakMap entry child of `parent`: its id (map, key), this side's flag, the other
    /// side's flag and the other side's node (the key when `parent` is the map, and back).
    fn weak_entry(&self, parent: Node, via: WeakVia) -> Option<WeakSide> {
        let (map, key, mine, other, other_node) = match via {
            WeakVia::None => return None,
            WeakVia::Map { key } => (parent, key, FROM_MAP, FROM_KEY, key),
            WeakVia::Key { map } => (map, parent, FROM_KEY, FROM_MAP, map),
        };
        Some(WeakSide {
            id: (map.as_ptr() as usize, key.as_ptr() as usize),
            mine,
            other,
            other_node,
        })
    }

    /// `gc_extra_root`: a grey node the scan must still visit joins the buffer (keeping its
    /// colour); `scan_roots` picks it up.
    fn extra_root(&mut self, node: Node) {
        if let Some(idx) = self.slot_unlimited() {
            let col = hdr(node).color();
            self.store(idx, node, TAG_ROOT, col);
        }
    }

    fn children<H: Heap>(&mut self, heap: &mut H, node: Node) {
        self.kids.clear();
        heap.children(node, &mut self.kids);
    }

    fn mark_roots<H: Heap>(&mut self, heap: &mut H) {
        self.compact();
        self.weak_flags.clear();
        for idx in FIRST_ROOT..self.first_unused {
            let e = self.buf[idx as usize];
            if tag_of(e) == TAG_ROOT && hdr(ptr_of(e)).color() == color::PURPLE {
                let n = ptr_of(e);
                hdr(n).set_color(color::GREY);
                self.mark_grey(heap, n);
            }
        }
    }

    /// Subtracts every edge below `root` and colours what it reaches grey.
    ///
    /// This walk and `scan` go on with the last child they would have pushed without pushing
    /// it (PHP's tail call): the same order as a push and pop, one stack operation fewer a node.
    /// (`scan_black` measured slower that way: its closure keeps more state.)
    fn mark_grey<H: Heap>(&mut self, heap: &mut H, root: Node) {
        let mut next = Some(root);
        while let Some(parent) = next.take().or_else(|| self.stack.pop().map(|w| w.node())) {
            let mut last: Option<Node> = None;
            heap.visit_children(parent, |k| {
                let c = k.node;
                let h = hdr(c);
                match self.weak_entry(parent, k.weak) {
                    // The map's count on an entry value goes once, from whichever of map and
                    // key is marked first.
                    Some(side) => {
                        let f = self.weak_flags.entry(side.id).or_insert(0);
                        *f |= side.mine;
                        if *f & side.other == 0 {
                            h.delref();
                        }
                    }
                    None => {
                        h.delref();
                    }
                }
                if h.color() != color::GREY {
                    h.set_color(color::GREY);
                    if let Some(p) = last.replace(c) {
                        self.stack.push(Work::new(p, false));
                    }
                }
            });
            next = last;
        }
    }

    fn scan_roots<H: Heap>(&mut self, heap: &mut H) {
        let mut idx = FIRST_ROOT;
        while idx < self.first_unused {
            let e = self.buf[idx as usize];
            if tag_of(e) == TAG_ROOT && hdr(ptr_of(e)).color() == color::GREY {
                let n = ptr_of(e);
                hdr(n).set_color(color::WHITE);
                self.scan(heap, n);
            }
            idx += 1;
        }
    }

    /// White nodes still counted from outside are live: restore them; the rest stay white and
    /// pass the colour on to their grey children.
    fn scan<H: Heap>(&mut self, heap: &mut H, root: Node) {
        let mut next = Some(root);
        while let Some(n) = next.take().or_else(|| self.stack.pop().map(|w| w.node())) {
            let h = hdr(n);
            if h.color() != color::WHITE {
                continue;
            }
            if h.refcount() > 0 {
                h.set_color(color::BLACK);
                self.scan_black(heap, n);
                continue;
            }
            let mut last: Option<Node> = None;
            heap.visit_children(n, |k| {
                let c = k.node;
                if hdr(c).color() == color::GREY {
                    hdr(c).set_color(color::WHITE);
                    if let Some(p) = last.replace(c) {
                        self.stack.push(Work::new(p, false));
                    }
                }
            });
            next = last;
        }
    }

    /// Restores the counts below a live node and colours its subgraph black.
    fn scan_black<H: Heap>(&mut self, heap: &mut H, root: Node) {
        self.black_stack.push(root);
        while let Some(n) = self.black_stack.pop() {
            heap.visit_children(n, |k| {
                let c = k.node;
                let h = hdr(c);
                if let Some(side) = self.weak_entry(n, k.weak) {
                    // The value is live only if both its map and its key are: restore it
                    // when the other side is settled black (or was never marked); if the
                    // other side is still grey, make sure it gets scanned.
                    let f = self.weak_flags.entry(side.id).or_insert(0);
                    *f &= !side.mine;
                    let f = *f;
                    if hdr(side.other_node).color() == color::GREY {
                        if hdr(side.other_node).address() == 0 {
                            self.extra_root(side.other_node);
                        }
                        return;
                    }
                    if f & side.other != 0 {
                        return;
                    }
                }
                h.addref();
                if h.color() != color::BLACK {
                    h.set_color(color::BLACK);
                    self.black_stack.push(c);
                }
            });
        }
    }

    /// Drops live roots from the buffer and turns every white node into counted garbage.
    fn collect_roots<H: Heap>(&mut self, heap: &mut H, has_dtors: &mut bool) -> u32 {
        for idx in FIRST_ROOT..self.first_unused {
            let e = self.buf[idx as usize];
            if tag_of(e) == TAG_ROOT && hdr(ptr_of(e)).color() == color::BLACK {
                hdr(ptr_of(e)).set_info(0);
                self.remove_from_roots(idx);
            }
        }
        self.compact();
        let end = self.first_unused;
        let mut count = 0;
        for idx in FIRST_ROOT..end {
            let e = self.buf[idx as usize];
            let n = ptr_of(e);
            self.buf[idx as usize] = entry(n, TAG_GARBAGE);
            if hdr(n).color() == color::WHITE {
                hdr(n).set_color(color::BLACK);
                count += self.collect_white(heap, n, has_dtors);
            }
        }
        count
    }

    fn collect_white<H: Heap>(&mut self, heap: &mut H, root: Node, has_dtors: &mut bool) -> u32 {
        let mut count = 0;
        let mut next = Some(root);
        while let Some(n) = next.take().or_else(|| self.stack.pop().map(|w| w.node())) {
            let h = hdr(n);
            let code = h.type_code();
            if code != type_code::REFERENCE {
                count += 1;
            }
            if code == type_code::OBJECT || code == type_code::ARRAY {
                if h.info() == 0 {
                    self.add_garbage(n);
                }
                // One destructor is enough to know the run must call them.
                if !*has_dtors
                    && (has_pending_destructor(h)
                        || (code == type_code::OBJECT
                            && !h.has(flags::DESTRUCTOR_CALLED)
                            && heap.has_native_destructor(n)))
                {
                    *has_dtors = true;
                }
            }
            // An inline property table that is still white is opened in place: its elements
            // follow the object's own slots.
            let open_table = |t: Node| {
                let h = hdr(t);
                h.addref();
                if h.color() == color::WHITE {
                    h.set_color(color::BLACK);
                    true
                } else {
                    false
                }
            };
            heap.visit_children_inline(n, open_table, |k| self.white_child(n, k, &mut next));
        }
        count
    }

    /// One child of a white node in `collect_white`: counts restored, white ones turn black
    /// and are walked next (the first) or later.
    #[inline(always)]
    fn white_child(&mut self, n: Node, k: Child, next: &mut Option<Node>) {
        let c = k.node;
        let ch = hdr(c);
        if let Some(side) = self.weak_entry(n, k.weak) {
            // Restored by the side whose subtraction is still recorded, once.
            let f = self.weak_flags.get(&side.id).copied().unwrap_or(0);
            if f & side.mine == 0 {
                return;
            }
            self.weak_flags.insert(side.id, 0);
        }
        ch.addref();
        if ch.color() == color::WHITE {
            ch.set_color(color::BLACK);
            if next.is_none() {
                *next = Some(c);
            } else {
                self.stack.push(Work::new(c, false));
            }
        }
    }

    /// Takes everything a destructor's object reaches out of this run's garbage; returns how
    /// many counted values that spares (the object itself included).
    fn remove_nested<H: Heap>(&mut self, heap: &mut H, root: Node) -> u32 {
        let mut count = 0;
        let mut first = true;
        self.stack.push(Work::new(root, false));
        while let Some(w) = self.stack.pop() {
            let h = hdr(w.node());
            if w.inline() {
                if h.address() != 0 && h.color() == color::BLACK {
                    self.remove(w.node());
                }
            } else if first {
                first = false;
                count += 1;
            } else if h.address() != 0 && h.color() == color::BLACK {
                self.remove(w.node());
                count += 1;
            } else if h.type_code() != type_code::REFERENCE {
                continue;
            }
            self.children(heap, w.node());
            for i in (0..self.kids.len()).rev() {
                let k = self.kids[i];
                self.stack.push(Work::new(k.node, k.inline));
            }
        }
        count
    }
}

/// Sets the threshold (tests: the adaptation logic at a scale Miri can run).
#[cfg(test)]
pub(crate) fn set_threshold(t: u32) {
    with(|g| g.threshold = t);
}

/// Switches the collector on or off (`gc_enable()`, `zend.enable_gc`); returns the old setting.
/// The first switch-on allocates the root buffer and starts recording roots.
pub fn enable(on: bool) -> bool {
    with(|g| {
        let old = g.enabled;
        g.enabled = on;
        if on && !old && g.buf.is_empty() {
            // Slot 0 is never used; the others come into the vector as they are taken.
            g.buf = Vec::with_capacity(DEFAULT_BUF_SIZE as usize);
            g.buf.push(std::ptr::null_mut());
            g.buf_size = DEFAULT_BUF_SIZE;
            g.threshold = THRESHOLD_DEFAULT;
            g.reset();
        }
        old
    })
}

/// Whether automatic collection is on (`gc_enabled()`).
pub fn enabled() -> bool {
    with(|g| g.enabled)
}

/// Stops (or resumes) recording roots, as PHP does after a fatal error; returns the old value.
pub fn protect(on: bool) -> bool {
    with(|g| std::mem::replace(&mut g.protected, on))
}

/// Starts the request clock behind `application_time`.
pub fn start_request() {
    with(|g| g.activated_at = Some(Instant::now()));
}

/// Records `node` (an array or object whose count just dropped to a non-zero value, with
/// [`GcHeader::may_leak`]) as a possible root.
///
/// Returns true when this root reached the threshold with the collector enabled: the node is
/// then held (its count raised by one) and the caller must make [`run_requested`] run at its
/// next safe point.
#[inline]
pub fn possible_root(node: Node) -> bool {
    // A release during a collection's walk would be a heap bug; never record roots then.
    let g = state();
    {
        let Ok(mut g) = g.try_borrow_mut() else {
            return false;
        };
        if g.protected {
            return false;
        }
        if g.held.is_some() && !g.active {
            // A collection is due before this release (see `late`).
            let h = hdr(node);
            h.addref();
            h.set_info(color::PURPLE);
            g.late.push(node);
            return false;
        }
        let idx = if g.unused != 0 {
            g.fetch_unused()
        } else if g.first_unused < g.threshold {
            g.fetch_next_unused()
        } else {
            if g.enabled && !g.active && g.held.is_none() {
                hdr(node).addref();
                g.held = Some(node);
                return true;
            }
            match g.slot_unlimited() {
                Some(i) => i,
                None => return false,
            }
        };
        g.store(idx, node, TAG_ROOT, color::PURPLE);
        false
    }
}

/// A node already in the buffer was released (its count still above zero) while a requested
/// collection waits: PHP's collection would have come first and taken it out of the buffer,
/// and this release would have buffered it again. It is held like the roots released after
/// the request (`late`), keeping its slot, and released after the collection.
pub fn late_release(node: Node) {
    let Ok(mut g) = state().try_borrow_mut() else {
        return;
    };
    if g.held.is_some() && !g.active && !g.protected {
        hdr(node).addref();
        g.late.push(node);
    }
}

/// Records a released held root that is still alive, past the threshold if need be (what
/// PHP does with the root that triggered a collection, once the collection is over).
pub fn possible_root_after_collection(node: Node) {
    with(|g| {
        if g.protected || hdr(node).info() != 0 {
            return;
        }
        if let Some(idx) = g.slot_unlimited() {
            g.store(idx, node, TAG_ROOT, color::PURPLE);
        }
    })
}

/// Takes a block that is being freed out of the buffer (call when its address is non-zero).
#[inline]
pub fn remove_from_buffer(node: Node) {
    with(|g| g.remove(node))
}

/// Whether a root is held for a requested collection.
pub fn collection_requested() -> bool {
    with(|g| g.held.is_some())
}

/// Runs the collection a root requested, adapts the threshold, and gives the held root back
/// with the roots released after it (in order, their marks cleared): the caller releases
/// each one's extra count — freeing it at zero, else recording the held root with
/// [`possible_root_after_collection`] and the later ones with [`possible_root`], as PHP's
/// releases after its collection do.
pub fn run_requested<H: Heap>(heap: &mut H) -> Option<(Node, Vec<Node>)> {
    with(|g| g.held)?;
    let count = collect_cycles(heap);
    with(|g| {
        g.adjust_threshold(count);
        let held = g.held.take()?;
        let late = std::mem::take(&mut g.late);
        for &n in &late {
            // The mark goes; a node the collection's destructors (or a weak map's extra
            // root) put in the buffer meanwhile keeps its slot.
            if hdr(n).address() == 0 {
                hdr(n).set_info(0);
            }
        }
        Some((held, late))
    })
}

enum Start {
    Empty,
    Busy,
    NothingFreed,
    Garbage {
        count: u32,
        has_dtors: bool,
        end: u32,
    },
}

/// One full collection (`gc_collect_cycles()`): returns how many values it freed, PHP's way of
/// counting. Works while automatic collection is disabled; returns 0 when nested inside a
/// running collection (a destructor calling it).
pub fn collect_cycles<H: Heap>(heap: &mut H) -> u32 {
    let start_time = Instant::now();
    let mut total = 0u32;
    let mut should_rerun = false;
    let mut did_rerun = false;
    loop {
        let start = with(|g| {
            if g.num_roots == 0 {
                return Start::Empty;
            }
            if g.active {
                return Start::Busy;
            }
            g.runs += 1;
            g.active = true;
            g.mark_roots(heap);
            g.scan_roots(heap);
            let mut has_dtors = false;
            let count = g.collect_roots(heap, &mut has_dtors);
            if g.num_roots == 0 {
                g.active = false;
                return Start::NothingFreed;
            }
            Start::Garbage {
                count,
                has_dtors,
                end: g.first_unused,
            }
        });
        let (mut count, has_dtors, end) = match start {
            Start::Empty => {
                with(|g| g.compact());
                if should_rerun && !did_rerun {
                    did_rerun = true;
                    continue;
                }
                break;
            }
            Start::Busy => {
                with(|g| g.collector_time += start_time.elapsed());
                return 0;
            }
            Start::NothingFreed => break,
            Start::Garbage {
                count,
                has_dtors,
                end,
            } => (count, has_dtors, end),
        };

        if has_dtors {
            should_rerun = true;
            // Objects due a destructor become "destructor garbage" (and purple, so that the
            // rerun sees them as roots); what they reach is spared for this run.
            let spared = with(|g| {
                for idx in FIRST_ROOT..end {
                    let e = g.buf[idx as usize];
                    if tag_of(e) != TAG_GARBAGE {
                        continue;
                    }
                    let h = hdr(ptr_of(e));
                    if h.type_code() == type_code::OBJECT && !h.has(flags::DESTRUCTOR_CALLED) {
                        if h.has(flags::HAS_DESTRUCTOR) || heap.has_native_destructor(ptr_of(e)) {
                            g.buf[idx as usize] = entry(ptr_of(e), TAG_DTOR_GARBAGE);
                            h.set_color(color::PURPLE);
                        } else {
                            h.set(flags::DESTRUCTOR_CALLED);
                        }
                    }
                }
                let mut spared = 0;
                for idx in FIRST_ROOT..end {
                    let e = g.buf[idx as usize];
                    if tag_of(e) == TAG_DTOR_GARBAGE {
                        spared += g.remove_nested(heap, ptr_of(e));
                    }
                }
                spared
            });
            count = count.wrapping_sub(spared);

            let dtor_start = Instant::now();
            let mut alive = true;
            for idx in FIRST_ROOT..end {
                let call = with(|g| {
                    let e = *g.buf.get(idx as usize)?;
                    if tag_of(e) != TAG_DTOR_GARBAGE {
                        return None;
                    }
                    let n = ptr_of(e);
                    g.buf[idx as usize] = entry(n, TAG_ROOT);
                    let h = hdr(n);
                    if h.has(flags::DESTRUCTOR_CALLED) {
                        return None;
                    }
                    h.set(flags::DESTRUCTOR_CALLED);
                    h.addref();
                    Some(n)
                });
                if let Some(n) = call {
                    if !heap.call_destructor(n) {
                        alive = false;
                        break;
                    }
                }
            }
            let stop = with(|g| {
                g.dtor_time += dtor_start.elapsed();
                if !alive {
                    g.protected = true;
                }
                g.protected
            });
            if stop {
                with(|g| {
                    g.active = false;
                    g.collector_time += start_time.elapsed();
                });
                return 0;
            }
        }

        // Destroy the garbage: retype it so that releases reaching zero leave it alone, let
        // the heap release what it holds, then free the blocks.
        let free_start = Instant::now();
        // The type each garbage slot had (0: not retyped here), one byte per slot: the
        // buffer itself says which node a slot holds (a list of the garbage would cost tens of
        // bytes per value on a large collection).
        let mut codes = vec![0u8; (end - FIRST_ROOT) as usize];
        for idx in FIRST_ROOT..end {
            let e = with(|g| g.buf.get(idx as usize).copied());
            let Some(e) = e else { break };
            if tag_of(e) != TAG_GARBAGE {
                continue;
            }
            let n = ptr_of(e);
            let h = hdr(n);
            let code = h.type_code();
            if code == type_code::NULL {
                continue;
            }
            h.set_type_code(type_code::NULL);
            codes[(idx - FIRST_ROOT) as usize] = code as u8;
            heap.destroy(n, code);
        }
        // A slot keeps its garbage entry until here unless its node was freed meanwhile
        // (its slot then went back to the unused list and may hold another entry now).
        for idx in FIRST_ROOT..end {
            let code = codes[(idx - FIRST_ROOT) as usize];
            if code == 0 {
                continue;
            }
            let n = with(|g| {
                let e = g.buf[idx as usize];
                if tag_of(e) != TAG_GARBAGE || hdr(ptr_of(e)).type_code() != type_code::NULL {
                    return None;
                }
                g.link_unused(idx);
                g.num_roots -= 1;
                Some(ptr_of(e))
            });
            if let Some(n) = n {
                heap.free(n, code as u32);
            }
        }
        with(|g| {
            g.free_time += free_start.elapsed();
            g.collected = g.collected.wrapping_add(count);
            g.active = false;
            g.compact();
        });
        total = total.wrapping_add(count);

        if should_rerun && !did_rerun {
            did_rerun = true;
            continue;
        }
        break;
    }
    with(|g| {
        g.collector_time += start_time.elapsed();
        // The walk's stacks go back after a large run, as PHP frees its stack segments.
        if g.stack.capacity() > 4096 {
            g.stack = Vec::new();
        }
        if g.black_stack.capacity() > 4096 {
            g.black_stack = Vec::new();
        }
        if g.kids.capacity() > 4096 {
            g.kids = Vec::new();
        }
    });
    total
}

/// The figures `gc_status()` reports.
pub fn status() -> Status {
    with(|g| Status {
        running: g.active,
        protected: g.protected,
        full: g.full,
        runs: g.runs,
        collected: g.collected,
        threshold: g.threshold,
        buffer_size: g.buf_size,
        roots: g.num_roots,
        application_time: g.activated_at.map_or(0.0, |t| t.elapsed().as_secs_f64()),
        collector_time: g.collector_time.as_secs_f64(),
        destructor_time: g.dtor_time.as_secs_f64(),
        free_time: g.free_time.as_secs_f64(),
    })
}

/// Every node currently buffered as a possible root (for leak reports and tests).
pub fn roots() -> Vec<Node> {
    with(|g| {
        (FIRST_ROOT..g.first_unused.min(g.buf.len() as u32))
            .map(|i| g.buf[i as usize])
            .filter(|&e| tag_of(e) == TAG_ROOT && e.addr() & !TAG_MASK != 0)
            .map(ptr_of)
            .collect()
    })
}

const _: () = assert!(INFO_ADDRESS == MAX_UNCOMPRESSED * 2 - 1);
