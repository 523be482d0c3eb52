//! `WeakReference` and `WeakMap` state: holders that do not count, told when their object dies.
//!
//! A registry maps each weakly referenced object (by address; flag
//! [`WEAKLY_REFERENCED`](memphis_gc::flags::WEAKLY_REFERENCED) on the object) to its one
//! `WeakReference` object and the maps that use it as a key. When the object is freed —
//! normally or by the collector — its `WeakReference` forgets it and its map entries go.
//! A map's entries live in a PHP array keyed by the key object's address (as Zend keys them),
//! so they cost what PHP's table costs; values are strong, keys are not.

use crate::{ZArr, ZObj, Zval};
use memphis_gc::collector::Child;
use memphis_gc::{flags, Node};
use std::cell::{Cell, RefCell};

/// A holder of weak references to an object: its WeakReference or a WeakMap keyed by it.
#[derive(Clone, Copy, PartialEq)]
enum Referrer {
    Ref(Node),
    Map(*const WeakMapData),
}

/// Marks a map's key in an object's table of holders (object keys are addresses shifted past
/// their alignment, so this bit is free).
const MAP_ID: i64 = 1 << 60;

impl Referrer {
    /// The holder's key in its object's table of holders.
    fn id(self) -> i64 {
        // Addresses shifted past their alignment, as PHP keys its tables by object
        // (`zend_object_to_weakref_key`): low bits that vary spread the entries.
        match self {
            Referrer::Ref(n) => addr_key(n.as_ptr() as usize),
            Referrer::Map(m) => addr_key(m as usize) | MAP_ID,
        }
    }

    /// The holder a key of a table of holders names.
    fn from_id(id: i64) -> Option<Referrer> {
        if id & MAP_ID != 0 {
            Some(Referrer::Map(
                (((id & !MAP_ID) as usize) << 3) as *const WeakMapData,
            ))
        } else {
            Node::new(((id as usize) << 3) as *mut _).map(Referrer::Ref)
        }
    }

    /// The holder as `EG(weakrefs)` stores a lone one: its address, tagged in the low bit.
    fn tagged(self) -> i64 {
        match self {
            Referrer::Ref(n) => n.as_ptr() as usize as i64,
            Referrer::Map(m) => m as usize as i64 | 1,
        }
    }

    /// The holder a tagged address names (see [`Referrer::tagged`]).
    fn untag(t: i64) -> Option<Referrer> {
        if t & 1 != 0 {
            Some(Referrer::Map((t & !1) as usize as *const WeakMapData))
        } else {
            Node::new(t as usize as *mut _).map(Referrer::Ref)
        }
    }
}

/// The registry's key of the object at `addr`.
fn obj_key(addr: usize) -> crate::Key {
    crate::Key::Int(addr_key(addr))
}

/// An object address as a table key: shifted past its alignment, as PHP keys by object.
fn addr_key(addr: usize) -> i64 {
    (addr >> 3) as i64
}

/// Runs `f` over `EG(weakrefs)` (made if missing). Nothing `f` does may reach the registry
/// again: its values are plain numbers and tables of nulls, whose release runs no code.
fn with_registry<R>(f: impl FnOnce(&mut ZArr) -> R) -> R {
    EG_WEAKREFS.with(|t| f(t.borrow_mut().get_or_insert_with(ZArr::new)))
}

/// The holders an entry of the registry names, in the order they came.
fn holders_in(entry: &Zval) -> Holders {
    match entry {
        Zval::Long(x) => Holders::One(Referrer::untag(*x)),
        Zval::Arr(m) => Holders::Many(
            m.iter()
                .filter_map(|(k, _)| match k {
                    crate::KeyRef::Int(i) => Referrer::from_id(i),
                    crate::KeyRef::Str(_) => None,
                })
                .collect(),
        ),
        _ => Holders::One(None),
    }
}

/// [`holders_in`] of an entry that may be missing.
fn holders_in_opt(entry: Option<&Zval>) -> Holders {
    entry.map_or(Holders::One(None), holders_in)
}

/// The holders of one object, as [`holders`] reads them.
enum Holders {
    One(Option<Referrer>),
    Many(Vec<Referrer>),
}

impl Holders {
    fn as_slice(&self) -> &[Referrer] {
        match self {
            Holders::One(Some(r)) => std::slice::from_ref(r),
            Holders::One(None) => &[],
            Holders::Many(v) => v,
        }
    }
}

/// Records that `who` refers weakly to the object at `addr`. As in PHP, `EG(weakrefs)` is the
/// registry: the object's entry holds its one holder as a tagged address, and becomes a table
/// of holders when a second one comes (kept until none is left).
fn register(addr: usize, who: Referrer) {
    with_registry(|t| {
        let k = obj_key(addr);
        match t.get_mut(&k) {
            None => {
                t.add_new_int(addr_key(addr), Zval::Long(who.tagged()));
            }
            Some(slot) => match slot {
                Zval::Long(x) => {
                    let mut m = ZArr::new();
                    if let Some(e) = Referrer::untag(*x) {
                        m.insert(crate::Key::Int(e.id()), Zval::Null);
                    }
                    m.insert(crate::Key::Int(who.id()), Zval::Null);
                    *slot = Zval::Arr(m);
                }
                Zval::Arr(m) => {
                    m.insert(crate::Key::Int(who.id()), Zval::Null);
                }
                _ => {}
            },
        }
    });
}

/// Records that `who` no longer refers to the live object `n` (see [`register`]); the object
/// is no longer weakly referenced once its last holder goes.
fn unregister(n: Node, who: Referrer) {
    let addr = n.as_ptr() as usize;
    let (gone, old) = with_registry(|t| {
        let k = obj_key(addr);
        let gone = match t.get_mut(&k) {
            Some(Zval::Long(x)) => Referrer::untag(*x) == Some(who),
            Some(Zval::Arr(m)) => {
                drop(m.remove_int(who.id()));
                m.is_empty()
            }
            _ => false,
        };
        (gone, if gone { t.remove_int(key_of(n)) } else { None })
    });
    // Freed outside the registry's borrow.
    drop(old);
    if gone {
        // SAFETY: the object is live (holders unregister from live objects only; a freed
        // object's entry is taken out by `object_freed` first).
        unsafe { n.as_ref() }.clear(flags::WEAKLY_REFERENCED);
    }
}

/// Sets up PHP's request-wide registry of weakly referenced objects (`EG(weakrefs)`, whose
/// table grows as objects are registered and never shrinks during the request).
pub fn init() {
    EG_WEAKREFS.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_none() {
            *t = Some(ZArr::new());
        }
    });
}

thread_local! {
    /// `EG(weakrefs)`: the registry of weakly referenced objects, keyed by object address,
    /// in the PHP heap as PHP keeps it.
    static EG_WEAKREFS: RefCell<Option<ZArr>> = const { RefCell::new(None) };
}

fn key_of(n: Node) -> i64 {
    addr_key(n.as_ptr() as usize)
}

fn node_of_key(k: i64) -> Node {
    // SAFETY: keys are made by `key_of` from live (non-null) object addresses.
    unsafe { Node::new_unchecked(((k as usize) << 3) as *mut _) }
}

/// A handle to the object at `n`, adding a count.
fn revive(n: Node) -> ZObj {
    // SAFETY: registered objects are live (they leave the registry when freed).
    unsafe {
        n.as_ref().addref();
        ZObj::from_node(n)
    }
}

/// Called when a weakly referenced object is freed: clears its WeakReference and drops its
/// entries from every WeakMap.
pub(crate) fn object_freed(n: Node) {
    let Some(entry) = with_registry(|t| t.remove_int(key_of(n))) else {
        return;
    };
    // Told in the order they came, as PHP's `zend_weakrefs_notify` walks them (a lone holder,
    // the common case, without a list).
    if let Zval::Long(x) = entry {
        if let Some(h) = Referrer::untag(x) {
            notify(h, n);
        }
        return;
    }
    let hs = holders_in(&entry);
    drop(entry);
    for &h in hs.as_slice() {
        notify(h, n);
    }
}

/// Tells holder `h` that the object at `n` died.
fn notify(h: Referrer, n: Node) {
    match h {
        Referrer::Ref(w) => {
            // SAFETY: a registered WeakReference object is live (it unregisters when freed).
            let o = unsafe { std::mem::ManuallyDrop::new(ZObj::from_node(w)) };
            if let Some(d) = o.native::<WeakRefData>() {
                d.target.set(None);
            }
        }
        Referrer::Map(m) => {
            // SAFETY: a registered map's native state is live (it unregisters when dropped).
            unsafe { &*m }.remove_dead(key_of(n));
        }
    }
}

/// Native state of a `WeakReference` object.
pub struct WeakRefData {
    target: Cell<Option<Node>>,
    /// The WeakReference object holding this state (its key among its referent's holders).
    owner: Node,
}

impl WeakRefData {
    /// The referent, while it lives.
    pub fn get(&self) -> Option<ZObj> {
        self.target.get().map(revive)
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        if let Some(t) = self.target.get() {
            unregister(t, Referrer::Ref(self.owner));
        }
    }
}

/// The WeakReference `o` already has, if any.
pub fn existing_weakref(o: &ZObj) -> Option<ZObj> {
    if !o.gc().has(flags::WEAKLY_REFERENCED) {
        return None;
    }
    let w = with_registry(|t| match t.get_int(key_of(o.node())) {
        Some(Zval::Long(x)) => match Referrer::untag(*x) {
            Some(Referrer::Ref(w)) => Some(w),
            _ => None,
        },
        Some(Zval::Arr(m)) => m.iter().find_map(|(k, _)| match k {
            crate::KeyRef::Int(i) => match Referrer::from_id(i) {
                Some(Referrer::Ref(w)) => Some(w),
                _ => None,
            },
            crate::KeyRef::Str(_) => None,
        }),
        _ => None,
    });
    w.map(revive)
}

/// `WeakReference::create($o)`: the existing WeakReference of `o`, or a new one made by
/// `make` (an instance of the class, without native state yet).
pub fn weakref_for(o: &ZObj, make: impl FnOnce() -> ZObj) -> ZObj {
    let key = o.as_ptr() as usize;
    if let Some(w) = existing_weakref(o) {
        return w;
    }
    let w = make();
    w.set_native(WeakRefData {
        target: Cell::new(Some(o.node())),
        owner: w.node(),
    });
    o.gc().set(flags::WEAKLY_REFERENCED);
    register(key, Referrer::Ref(w.node()));
    w
}

/// Native state of a `WeakMap` object: entries keyed by the key object's address.
pub struct WeakMapData {
    /// The table; `None` only while [`WeakMapData::with_entries`] has it out (taking an
    /// `Option` leaves no empty array to make and drop in its place).
    entries: RefCell<Option<ZArr>>,
    /// The WeakMap object holding this state (its block address), for the collector.
    owner: Cell<usize>,
    /// Keys that died while the table was in use, removed afterwards.
    dead: RefCell<Vec<i64>>,
    busy: Cell<bool>,
}

impl Default for WeakMapData {
    fn default() -> Self {
        WeakMapData {
            entries: RefCell::new(Some(ZArr::new())),
            owner: Cell::new(0),
            dead: RefCell::new(Vec::new()),
            busy: Cell::new(false),
        }
    }
}

impl WeakMapData {
    fn with_entries<R>(&self, f: impl FnOnce(&mut ZArr) -> R) -> R {
        self.busy.set(true);
        let taken = self.entries.borrow_mut().take();
        let mut t = taken.unwrap_or_default();
        let r = f(&mut t);
        *self.entries.borrow_mut() = Some(t);
        self.busy.set(false);
        let dead = std::mem::take(&mut *self.dead.borrow_mut());
        for k in dead {
            self.remove_dead(k);
        }
        r
    }

    fn remove_dead(&self, k: i64) {
        // (Removing runs no PHP code: the value is let go after the table's borrow.)
        let old = match self.entries.try_borrow_mut() {
            Ok(mut t) if !self.busy.get() => t.as_mut().and_then(|t| t.remove_int(k)),
            _ => {
                self.dead.borrow_mut().push(k);
                return;
            }
        };
        drop(old);
    }

    /// Records the WeakMap object that holds this state (the collector pairs entries with it).
    pub fn bind_owner(&self, o: &ZObj) {
        self.owner.set(o.node().as_ptr() as usize);
    }

    /// The entries as the collector sees them from the map: each collectable value with its
    /// key.
    pub(crate) fn map_children(
        &self,
        out: &mut Vec<Child>,
        node_of: impl Fn(&Zval) -> Option<Node>,
    ) {
        let Ok(t) = self.entries.try_borrow() else {
            return;
        };
        let Some(t) = t.as_ref() else {
            return;
        };
        for (k, v) in t.iter() {
            let (crate::KeyRef::Int(k), Some(node)) = (k, node_of(v)) else {
                continue;
            };
            out.push(Child {
                node,
                inline: false,
                weak: memphis_gc::collector::WeakVia::Map {
                    key: node_of_key(k),
                },
            });
        }
    }

    /// The value stored for `key` as a reference (made one in place if it is not yet), for
    /// writes into it and `&$map[$key]`; `None` when `key` has no entry.
    pub fn value_ref(&self, key: &ZObj) -> Option<crate::ZRef> {
        let k = crate::Key::Int(key_of(key.node()));
        self.with_entries(|t| {
            let slot = t.get_mut(&k)?;
            if let Zval::Ref(r) = slot {
                return Some(r.clone());
            }
            let r = crate::ZRef::new(std::mem::take(slot));
            *slot = Zval::Ref(r.clone());
            Some(r)
        })
    }

    /// Number of entries (`count($map)`).
    pub fn count(&self) -> usize {
        self.entries.borrow().as_ref().map_or(0, |t| t.len())
    }

    /// The value stored for `key`.
    pub fn get(&self, key: &ZObj) -> Option<Zval> {
        let k = key_of(key.node());
        self.entries.borrow().as_ref()?.get_int(k).cloned()
    }

    /// Stores `v` for `key` (replacing an older value).
    pub fn set(&self, key: &ZObj, v: Zval) {
        let kn = key.node();
        let k = key_of(kn);
        // One lookup: a new entry is one that made the table longer. A value it replaces
        // goes after the table's borrow (its release may run a destructor that uses the map).
        let (fresh, old) = {
            let mut e = self.entries.borrow_mut();
            let t = e.get_or_insert_with(ZArr::new);
            let before = t.len();
            let old = t.swap_int(k, v);
            (t.len() > before, old)
        };
        drop(old);
        if fresh {
            key.gc().set(flags::WEAKLY_REFERENCED);
            register(
                kn.as_ptr() as usize,
                Referrer::Map(self as *const WeakMapData),
            );
        }
    }

    /// Removes the entry for `key`; returns whether there was one.
    pub fn unset(&self, key: &ZObj) -> bool {
        let kn = key.node();
        let old = self.with_entries(|t| t.remove_int(key_of(kn)));
        let had = old.is_some();
        drop(old);
        if had {
            self.unregister(kn);
        }
        had
    }

    fn unregister(&self, kn: Node) {
        unregister(kn, Referrer::Map(self as *const WeakMapData));
    }

    /// The key of every entry (object addresses, as stored).
    fn keys(&self) -> Vec<i64> {
        let t = self.entries.borrow();
        let Some(t) = t.as_ref() else {
            return Vec::new();
        };
        t.iter()
            .filter_map(|(k, _)| match k {
                crate::KeyRef::Int(i) => Some(i),
                crate::KeyRef::Str(_) => None,
            })
            .collect()
    }

    /// Every entry as (key object, value), in insertion order.
    pub fn entries(&self) -> Vec<(ZObj, Zval)> {
        let t = self.entries.borrow();
        let Some(t) = t.as_ref() else {
            return Vec::new();
        };
        t.iter()
            .filter_map(|(k, v)| match k {
                crate::KeyRef::Int(i) => Some((revive(node_of_key(i)), v.clone())),
                crate::KeyRef::Str(_) => None,
            })
            .collect()
    }

    /// The first entry at table position `pos` or after it, with its position: what a
    /// `foreach` over the map reads step by step (PHP's iterator walks the live table by
    /// position, so entries removed meanwhile are skipped).
    pub fn entry_from(&self, pos: u32) -> Option<(u32, ZObj, Zval)> {
        let t = self.entries.borrow();
        let t = t.as_ref()?;
        let mut p = pos;
        loop {
            let p2 = t.valid_pos(p)?;
            if let Some((crate::KeyRef::Int(i), v)) = t.at(p2) {
                return Some((p2, revive(node_of_key(i)), v.clone()));
            }
            p = p2 + 1;
        }
    }

    /// A copy with the same entries (`clone $map`); [`register_keys`] it once it has its
    /// final address.
    pub fn duplicate(&self) -> WeakMapData {
        WeakMapData {
            entries: RefCell::new(Some(
                self.entries
                    .borrow()
                    .as_ref()
                    .map_or_else(ZArr::new, |t| t.dup()),
            )),
            owner: Cell::new(0),
            dead: RefCell::new(Vec::new()),
            busy: Cell::new(false),
        }
    }
}

/// The entry values of every map that has `key` as a key, as the collector's children of the
/// key, marked with their map: PHP 8.3+ treats an entry as held by its map and its key
/// together (an ephemeron); the collector pairs these with the map's own report of the entry
/// (see `WeakVia`).
pub(crate) fn key_children(
    key: Node,
    mut visit: impl FnMut(Child),
    node_of: impl Fn(&Zval) -> Option<Node>,
) {
    let Ok(hs) = EG_WEAKREFS.with(|t| {
        t.try_borrow()
            .map(|t| holders_in_opt(t.as_ref().and_then(|t| t.get_int(key_of(key)))))
    }) else {
        return;
    };
    let k = key_of(key);
    {
        for &h in hs.as_slice() {
            let Referrer::Map(m) = h else { continue };
            // SAFETY: a registered map's native state is live.
            let m = unsafe { &*m };
            let Some(map) = Node::new(m.owner.get() as *mut _) else {
                continue;
            };
            if let Ok(t) = m.entries.try_borrow() {
                if let Some(node) = t.as_ref().and_then(|t| t.get_int(k)).and_then(&node_of) {
                    visit(Child {
                        node,
                        inline: false,
                        weak: memphis_gc::collector::WeakVia::Key { map },
                    });
                }
            }
        }
    }
}

/// Registers every key of a map whose native state just got its final address (after
/// `set_native` of a [`WeakMapData::duplicate`]).
pub fn register_keys(m: &WeakMapData) {
    let me = m as *const WeakMapData;
    for k in m.keys() {
        register(node_of_key(k).as_ptr() as usize, Referrer::Map(me));
        // SAFETY: a map's keys are live objects.
        unsafe { node_of_key(k).as_ref() }.set(flags::WEAKLY_REFERENCED);
    }
}

impl Drop for WeakMapData {
    fn drop(&mut self) {
        let me = self as *const WeakMapData;
        for k in self.keys() {
            unregister(node_of_key(k), Referrer::Map(me));
        }
    }
}
