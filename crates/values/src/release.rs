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
pub fn drop_value(v: Zval) {
    if !v.is_refcounted() {
        return;
    }
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
