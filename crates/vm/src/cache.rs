//! PHP's run-time cache: what a function's instructions resolved the first time they ran
//! (callees by name, …), kept with the function so later runs skip the lookups.

use crate::Callee;
use memphis_compiler::bytecode::Function;
use std::cell::RefCell;

/// The VM's part of a function's [`memphis_compiler::bytecode::RuntimeCache`].
#[derive(Default)]
pub(crate) struct FnCache {
    /// Callees of `InitFCall`, by the literal index of the called name. Functions cannot be
    /// redeclared, so a resolved name stays resolved (PHP caches it the same way).
    calls: RefCell<Vec<Option<Callee>>>,
}

/// The cache of `func`, created on first use.
#[inline]
fn of(func: &Function) -> Option<&FnCache> {
    func.runtime
        .0
        .get_or_init(|| Box::new(FnCache::default()))
        .downcast_ref::<FnCache>()
}

/// The callee `InitFCall` with name literal `lit` resolved earlier in `func`.
#[inline]
pub(crate) fn call(func: &Function, lit: u32) -> Option<Callee> {
    let c = of(func)?.calls.borrow();
    c.get(lit as usize)?.clone()
}

/// Remembers the callee resolved for name literal `lit` in `func`.
pub(crate) fn set_call(func: &Function, lit: u32, callee: &Callee) {
    if let Some(fc) = of(func) {
        let mut c = fc.calls.borrow_mut();
        if c.len() <= lit as usize {
            c.resize(lit as usize + 1, None);
        }
        c[lit as usize] = Some(callee.clone());
    }
}
