//! The collector against a toy heap: nodes with counted edges, external handles, optional
//! destructors. After every explicit collection exactly the nodes unreachable from external
//! handles must be gone, and every survivor's count must equal its real number of holders.

use crate::collector::{self, Child, Heap};
use crate::{flags, type_code, GcHeader, Node};
use proptest::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ptr::NonNull;

#[repr(C)]
struct ToyNode {
    gc: GcHeader,
    id: usize,
    edges: RefCell<Vec<Node>>,
}

/// The toy world: every allocated node by id, the external handles, destructor log.
#[derive(Default)]
struct Toy {
    nodes: HashMap<usize, Node>,
    external: Vec<Node>,
    next_id: usize,
    dtor_log: Vec<usize>,
    resurrect: HashSet<usize>,
}

fn toy(n: Node) -> &'static ToyNode {
    // SAFETY: toy nodes are only reached while live (the tests check membership first).
    unsafe { n.cast::<ToyNode>().as_ref() }
}

impl Toy {
    fn alloc(&mut self, code: u32, dtor: bool) -> Node {
        let id = self.next_id;
        self.next_id += 1;
        let fl = if code == type_code::OBJECT || code == type_code::ARRAY {
            if dtor {
                flags::HAS_DESTRUCTOR
            } else {
                0
            }
        } else {
            flags::NOT_COLLECTABLE
        };
        let b = Box::new(ToyNode {
            gc: GcHeader::new(code, fl),
            id,
            edges: RefCell::new(Vec::new()),
        });
        let n = NonNull::from(Box::leak(b)).cast::<GcHeader>();
        self.nodes.insert(id, n);
        self.external.push(n);
        n
    }

    /// Drops one reference to `n`, as a value handle's `Drop` does.
    fn release(&mut self, n: Node) {
        let mut work = vec![n];
        while let Some(n) = work.pop() {
            let h = toy(n);
            let rc = h.gc.delref();
            if rc != 0 {
                let mut t = n;
                if h.gc.type_code() == type_code::REFERENCE {
                    match h.edges.borrow().first() {
                        Some(&inner) => t = inner,
                        None => continue,
                    }
                }
                let th = toy(t);
                let code = th.gc.type_code();
                if (code == type_code::OBJECT || code == type_code::ARRAY)
                    && th.gc.may_leak()
                    && collector::possible_root(t)
                {
                    self.safe_point();
                }
                continue;
            }
            if h.gc.type_code() == type_code::NULL {
                continue; // garbage: the collector frees it
            }
            if h.gc.has(flags::HAS_DESTRUCTOR) && !h.gc.has(flags::DESTRUCTOR_CALLED) {
                h.gc.set(flags::DESTRUCTOR_CALLED);
                self.dtor_log.push(h.id);
            }
            if h.gc.address() != 0 {
                collector::remove_from_buffer(n);
            }
            work.extend(h.edges.borrow_mut().drain(..));
            self.dealloc(n);
        }
    }

    fn dealloc(&mut self, n: Node) {
        let id = toy(n).id;
        self.nodes.remove(&id);
        // SAFETY: allocated by `alloc` through a leaked box; freed once.
        drop(unsafe { Box::from_raw(n.cast::<ToyNode>().as_ptr()) });
    }

    fn safe_point(&mut self) {
        // Collections requested from inside a release run later, at a safe point.
    }

    fn run_pending(&mut self) {
        if collector::collection_requested() {
            if let Some((held, late)) = collector::run_requested(self) {
                if toy(held).gc.refcount() == 1 {
                    self.release(held);
                } else {
                    toy(held).gc.delref();
                    collector::possible_root_after_collection(held);
                }
                // Roots released after the request: their releases come now (a root that
                // fills the buffer again waits for the next safe point).
                for n in late {
                    self.release(n);
                }
            }
        }
    }

    fn link(&mut self, from: Node, to: Node) {
        toy(to).gc.addref();
        toy(from).edges.borrow_mut().push(to);
    }

    fn unlink(&mut self, from: Node, i: usize) {
        let e = {
            let mut edges = toy(from).edges.borrow_mut();
            if edges.is_empty() {
                return;
            }
            let i = i % edges.len();
            edges.remove(i)
        };
        self.release(e);
        self.run_pending();
    }

    fn drop_external(&mut self, i: usize) {
        if self.external.is_empty() {
            return;
        }
        let n = self.external.swap_remove(i % self.external.len());
        self.release(n);
        self.run_pending();
    }

    /// Ids reachable from the external handles.
    fn reachable(&self) -> HashSet<usize> {
        let mut seen = HashSet::new();
        let mut work: Vec<Node> = self.external.clone();
        while let Some(n) = work.pop() {
            if seen.insert(toy(n).id) {
                work.extend(toy(n).edges.borrow().iter().copied());
            }
        }
        seen
    }

    /// Checks survivors against reachability and their counts against real holders.
    fn check(&self) -> Result<(), String> {
        let reach = self.reachable();
        let live: HashSet<usize> = self.nodes.keys().copied().collect();
        if reach != live {
            return Err(format!("reachable {reach:?} but live {live:?}"));
        }
        let mut holders: HashMap<usize, u32> = HashMap::new();
        for n in &self.external {
            *holders.entry(toy(*n).id).or_default() += 1;
        }
        for n in self.nodes.values() {
            for e in toy(*n).edges.borrow().iter() {
                *holders.entry(toy(*e).id).or_default() += 1;
            }
        }
        for (id, n) in &self.nodes {
            let rc = toy(*n).gc.refcount();
            if rc != holders[id] {
                return Err(format!("node {id}: refcount {rc}, holders {}", holders[id]));
            }
            if toy(*n).gc.color() != crate::color::BLACK
                && toy(*n).gc.color() != crate::color::PURPLE
            {
                return Err(format!("node {id} left coloured {:x}", toy(*n).gc.color()));
            }
        }
        Ok(())
    }

    fn teardown(&mut self) {
        while !self.external.is_empty() {
            self.drop_external(0);
        }
        collector::collect_cycles(self);
        assert!(self.nodes.is_empty(), "nodes left after teardown");
        assert_eq!(collector::status().roots, 0);
    }
}

// SAFETY: children are exactly a node's counted edges; nothing here calls the collector.
unsafe impl Heap for Toy {
    fn children(&mut self, node: Node, out: &mut Vec<Child>) {
        if toy(node).gc.type_code() == type_code::NULL {
            return;
        }
        for &e in toy(node).edges.borrow().iter() {
            out.push(Child::plain(e));
        }
    }

    fn call_destructor(&mut self, node: Node) -> bool {
        let id = toy(node).id;
        self.dtor_log.push(id);
        if self.resurrect.contains(&id) {
            self.external.push(node); // keeps the reference handed over
        } else {
            self.release(node);
        }
        true
    }

    fn destroy(&mut self, node: Node, _code: u32) {
        let edges: Vec<Node> = toy(node).edges.borrow_mut().drain(..).collect();
        for e in edges {
            self.release(e);
        }
    }

    fn free(&mut self, node: Node, _code: u32) {
        self.dealloc(node);
    }
}

fn fresh() -> Toy {
    collector::enable(true);
    Toy::default()
}

#[test]
fn self_cycle_is_collected_and_counted() {
    let mut t = fresh();
    let a = t.alloc(type_code::OBJECT, false);
    t.link(a, a);
    t.drop_external(0);
    assert_eq!(t.nodes.len(), 1);
    assert_eq!(collector::status().roots, 1);
    assert_eq!(collector::collect_cycles(&mut t), 1);
    assert!(t.nodes.is_empty());
    assert_eq!(collector::status().roots, 0);
}

#[test]
fn strings_owned_by_garbage_count_references_do_not() {
    let mut t = fresh();
    let a = t.alloc(type_code::ARRAY, false);
    let r = t.alloc(type_code::REFERENCE, false);
    let s = t.alloc(type_code::STRING, false);
    t.link(a, r);
    t.link(r, a);
    t.link(a, s);
    t.drop_external(2); // s
    t.drop_external(1); // r
    t.drop_external(0); // a
    assert_eq!(collector::collect_cycles(&mut t), 2);
    assert!(t.nodes.is_empty());
}

#[test]
fn live_cycle_survives_with_counts_restored() {
    let mut t = fresh();
    let a = t.alloc(type_code::OBJECT, false);
    let b = t.alloc(type_code::OBJECT, false);
    t.link(a, b);
    t.link(b, a);
    t.drop_external(1); // b: only a holds it now; a still external
    assert_eq!(collector::collect_cycles(&mut t), 0);
    t.check().unwrap();
    t.teardown();
}

#[test]
fn destructors_run_then_rerun_frees() {
    let mut t = fresh();
    let a = t.alloc(type_code::OBJECT, true);
    let b = t.alloc(type_code::OBJECT, true);
    t.link(a, b);
    t.link(b, a);
    t.drop_external(0);
    t.drop_external(0);
    let runs = collector::status().runs;
    assert_eq!(collector::collect_cycles(&mut t), 2);
    assert_eq!(collector::status().runs, runs + 2);
    assert_eq!(t.dtor_log.len(), 2);
    assert!(t.nodes.is_empty());
}

#[test]
fn resurrected_object_survives_and_is_freed_later_without_second_destructor() {
    let mut t = fresh();
    let a = t.alloc(type_code::OBJECT, true);
    t.link(a, a);
    let id = toy(a).id;
    t.resurrect.insert(id);
    t.drop_external(0);
    assert_eq!(collector::collect_cycles(&mut t), 0);
    assert_eq!(t.nodes.len(), 1);
    t.check().unwrap();
    t.resurrect.clear();
    t.drop_external(0);
    assert_eq!(collector::collect_cycles(&mut t), 1);
    assert_eq!(t.dtor_log, vec![id]);
    assert!(t.nodes.is_empty());
}

#[test]
fn threshold_triggers_and_adapts() {
    let mut t = fresh();
    // Under Miri the same logic runs from a lower threshold (10 001 roots take it hours).
    let start = if cfg!(miri) {
        collector::set_threshold(201);
        201
    } else {
        collector::THRESHOLD_DEFAULT
    };
    let before = collector::status();
    // Live roots fill the buffer up to the threshold without a run.
    let mut keep = Vec::new();
    for _ in 0..start {
        let a = t.alloc(type_code::OBJECT, false);
        let holder = t.alloc(type_code::ARRAY, false);
        t.link(holder, a);
        keep.push(holder);
    }
    // Dropping the external handle of each `a` buffers it (holder keeps it alive).
    // (A set: a quadratic scan here made the test take hours under Miri.)
    let keep: HashSet<Node> = keep.into_iter().collect();
    let mut ext: Vec<Node> = std::mem::take(&mut t.external);
    let holders: Vec<Node> = ext.iter().copied().filter(|n| keep.contains(n)).collect();
    ext.retain(|n| !keep.contains(n));
    t.external = holders;
    for (i, n) in ext.into_iter().enumerate() {
        t.release(n);
        t.run_pending();
        let s = collector::status();
        if i + 1 < start as usize {
            assert_eq!(s.runs, before.runs, "no run before the threshold");
        }
    }
    let s = collector::status();
    assert_eq!(s.runs, before.runs + 1);
    assert_eq!(
        s.threshold,
        start + 10_000,
        "nothing freed: threshold grows"
    );
    assert_eq!(s.roots, 1);
    t.check().unwrap();
    t.teardown();
}

#[test]
fn a_long_garbage_ring_collects_without_recursion() {
    let mut t = fresh();
    let n = if cfg!(miri) { 2_000 } else { 200_000 };
    let first = t.alloc(type_code::OBJECT, false);
    let mut prev = first;
    for _ in 1..n {
        let x = t.alloc(type_code::OBJECT, false);
        t.link(prev, x);
        prev = x;
    }
    t.link(prev, first);
    collector::enable(false);
    while let Some(x) = t.external.pop() {
        t.release(x);
    }
    assert_eq!(collector::collect_cycles(&mut t), n);
    collector::enable(true);
    assert!(t.nodes.is_empty());
}

#[derive(Clone, Debug)]
enum Op {
    New(u8, bool),
    Link(usize, usize),
    Unlink(usize, usize),
    DropExternal(usize),
    Collect,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u8..4, any::<bool>()).prop_map(|(k, d)| Op::New(k, d)),
        5 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Link(a, b)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Unlink(a, b)),
        3 => any::<usize>().prop_map(Op::DropExternal),
        1 => Just(Op::Collect),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: if cfg!(miri) { 8 } else { 512 },
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Random graphs of objects, arrays, references and strings under random mutation: after
    /// every explicit collection exactly the unreachable nodes are gone and every count is
    /// the number of real holders.
    #[test]
    fn collection_frees_exactly_the_unreachable(ops in proptest::collection::vec(op(), 1..80)) {
        let mut t = fresh();
        for o in ops {
            match o {
                Op::New(k, d) => {
                    let code = [type_code::OBJECT, type_code::ARRAY, type_code::REFERENCE,
                                type_code::STRING][k as usize];
                    t.alloc(code, d && code == type_code::OBJECT);
                }
                Op::Link(a, b) => {
                    let ids: Vec<Node> = t.nodes.values().copied().collect();
                    if ids.is_empty() { continue; }
                    let mut from = ids[a % ids.len()];
                    let to = ids[b % ids.len()];
                    // Strings hold nothing; a reference holds one value.
                    let fc = toy(from).gc.type_code();
                    if fc == type_code::STRING { continue; }
                    if fc == type_code::REFERENCE {
                        if !toy(from).edges.borrow().is_empty() { continue; }
                        if toy(to).gc.type_code() == type_code::REFERENCE { continue; }
                    }
                    // Only values reachable from outside get new edges (as in PHP).
                    if !t.reachable().contains(&toy(from).id) || !t.reachable().contains(&toy(to).id) {
                        continue;
                    }
                    if fc == type_code::REFERENCE && toy(to).gc.type_code() == type_code::REFERENCE {
                        from = to;
                    }
                    t.link(from, to);
                }
                Op::Unlink(a, i) => {
                    let ids: Vec<Node> = t.nodes.values().copied().collect();
                    if ids.is_empty() { continue; }
                    let from = ids[a % ids.len()];
                    if !t.reachable().contains(&toy(from).id) { continue; }
                    t.unlink(from, i);
                }
                Op::DropExternal(i) => t.drop_external(i),
                Op::Collect => {
                    collector::collect_cycles(&mut t);
                    prop_assert_eq!(t.check(), Ok(()));
                }
            }
        }
        collector::collect_cycles(&mut t);
        prop_assert_eq!(t.check(), Ok(()));
        t.teardown();
    }
}
