//! Freeing without recursion limits.
//!
//! Releasing a value can release what it holds, and so on: a linked list of a million objects
//! would recurse a million times. Containers hand their children to [`drop_value`], which
//! recurses only a bounded number of levels and queues the rest; the outermost call drains the
//! queue. Freeing order stays depth-first for shallow structures, as in PHP.

use crate::Zval;
use std::cell::{Cell, RefCell};

const MAX_DEPTH: u32 = 200;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Zval>> = const { RefCell::new(Vec::new()) };
}

/// Drops `v`, deferring it when the release chain is already deep.
#[inline]
pub fn drop_value(v: Zval) {
    match v {
        // A string holds nothing: no chain to bound, no call.
        Zval::Str(_) => drop(v),
        _ if !v.is_refcounted() => std::mem::forget(v),
        _ => drop_counted(v),
    }
}

/// [`drop_value`] for a value that holds a count.
#[inline(never)]
fn drop_counted(v: Zval) {
    let d = DEPTH.with(|c| c.get());
    if d >= MAX_DEPTH {
        DEFERRED.with(|q| q.borrow_mut().push(v));
        return;
    }
    DEPTH.with(|c| c.set(d + 1));
    drop(v);
    if d == 0 {
        while let Some(next) = DEFERRED.with(|q| q.borrow_mut().pop()) {
            drop(next);
        }
    }
    DEPTH.with(|c| c.set(d));
}

/// Releases a value a garbage node held, in the collector's destroy phase: a handle to an
/// array or object that sits in the root buffer (garbage not destroyed yet, or a root) and
/// keeps other references, or to garbage already destroyed (retyped to NULL, which the
/// collector frees), only loses a count, as Zend's `GC_DELREF` there (such a block is never
/// made a possible root, and no collection can be waiting while one runs); anything else goes
/// as [`drop_value`].
#[inline]
pub(crate) fn release_garbage_child(v: Zval) {
    let h = match &v {
        Zval::Obj(o) => o.gc(),
        Zval::Arr(a) => a.gc(),
        // (A scalar holds nothing: no call for it.)
        _ if !v.is_refcounted() => return,
        _ => return drop_value(v),
    };
    if h.type_code() == memphis_gc::type_code::NULL || (h.address() != 0 && h.refcount() > 1) {
        h.delref();
        std::mem::forget(v);
        return;
    }
    drop_value(v)
}
