//! PHP's run-time cache: what a function's instructions resolved the first time they ran
//! (callees by name, property slots, methods), kept with the function so later runs skip the lookups.

use crate::Callee;
use memphis_compiler::bytecode::Function;
use memphis_values::ClassEntry;
use std::cell::RefCell;
use std::rc::Rc;

/// The VM's part of a function's [`memphis_compiler::bytecode::RuntimeCache`].
#[derive(Default)]
pub(crate) struct FnCache {
    /// Callees of `InitFCall` other than plain functions (kept in the compiler's own
    /// `RuntimeCache` slot) and builtins, by the literal index of the called name. Functions
    /// cannot be redeclared, so a resolved name stays resolved (PHP caches it the same way).
    calls: RefCell<Vec<Option<Callee>>>,
    /// Builtin callees of `InitFCall`, by name literal: one pointer for the dispatch loop.
    builtins: RefCell<Vec<Option<&'static memphis_std::Builtin>>>,
    /// Methods of `->name()` calls, by the literal index of the name: the last two classes
    /// seen at the site (a call over two alternating classes stays cached).
    methods: RefCell<Vec<Vec<MethodHit>>>,
    /// Public static methods of `C::name()` calls, by the literal index of the name, with the
    /// class they were found in (what they resolve to depends on nothing else).
    static_calls: RefCell<Vec<Option<StaticHit>>>,
    /// Cells of static properties `C::$name`, by place index, with the class and the scope
    /// they were found (and found accessible) for. A class's static cells never change.
    statics: RefCell<Vec<Option<StaticPropHit>>>,
}

/// A static property cell resolved from a scope (see [`with_static_cell`]).
pub(crate) struct StaticPropHit {
    scope: Option<Rc<ClassEntry>>,
    cell: memphis_values::ZRef,
}

/// Runs `f` on the cell of the static property of place `pidx` when it was resolved earlier
/// from this `scope`; `None` (without calling `f`) otherwise. The scope alone identifies the
/// hit: a place names its class outright or as `self::` (`static::` is never cached), and a
/// named class, once declared, stays the one it names.
#[inline]
pub(crate) fn with_static_cell<R>(
    func: &Function,
    pidx: u32,
    scope: &Option<Rc<ClassEntry>>,
    f: impl FnOnce(&memphis_values::ZRef) -> R,
) -> Option<R> {
    let c = of(func)?.statics.borrow();
    let h = c.get(pidx as usize)?.as_ref()?;
    same(&h.scope, scope).then(|| f(&h.cell))
}

/// Remembers the cell of the static property of place `pidx` (see [`with_static_cell`]).
pub(crate) fn set_static_prop(
    func: &Function,
    pidx: u32,
    scope: &Option<Rc<ClassEntry>>,
    cell: &memphis_values::ZRef,
) {
    if let Some(fc) = of(func) {
        put(
            &fc.statics,
            pidx,
            StaticPropHit {
                scope: scope.clone(),
                cell: cell.clone(),
            },
        );
    }
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
    if let Some(f) = function(func, lit) {
        return Some(Callee::function(f));
    }
    if let Some(b) = builtin(func, lit) {
        return Some(Callee::Builtin(b));
    }
    let c = of(func)?.calls.borrow();
    c.get(lit as usize)?.clone()
}

/// The plain function `InitFCall` with name literal `lit` resolved to earlier in `func`.
#[inline]
pub(crate) fn function(func: &Function, lit: u32) -> Option<Rc<Function>> {
    func.runtime.1.borrow().get(lit as usize)?.clone()
}

/// The builtin `InitFCall` with name literal `lit` resolved to earlier in `func`.
#[inline]
pub(crate) fn builtin(func: &Function, lit: u32) -> Option<&'static memphis_std::Builtin> {
    let c = of(func)?.builtins.borrow();
    *c.get(lit as usize)?
}

/// Remembers the callee resolved for name literal `lit` in `func`.
pub(crate) fn set_call(func: &Function, lit: u32, callee: &Callee) {
    if let Callee::User {
        func: f,
        this: None,
        scope: None,
        static_class: None,
        closure: None,
    } = callee
    {
        put(&func.runtime.1, lit, f.clone());
    } else if let Some(fc) = of(func) {
        match callee {
            Callee::Builtin(b) => put(&fc.builtins, lit, *b),
            _ => put(&fc.calls, lit, callee.clone()),
        }
    }
}

/// A static method resolved for a class named outright: the class and its callee.
type StaticHit = (Rc<ClassEntry>, Callee);

/// A method name resolved for objects of `class` called from `scope` (`this` left empty).
pub(crate) struct MethodHit {
    class: Rc<ClassEntry>,
    scope: Option<Rc<ClassEntry>>,
    callee: Callee,
}

#[inline(always)]
fn same(a: &Option<Rc<ClassEntry>>, b: &Option<Rc<ClassEntry>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn put<T>(v: &RefCell<Vec<Option<T>>>, i: u32, x: T) {
    let mut v = v.borrow_mut();
    if v.len() <= i as usize {
        v.resize_with(i as usize + 1, || None);
    }
    v[i as usize] = Some(x);
}

/// The declared slot the property named by literal `lit` had for `class` from `scope`.
#[inline]
pub(crate) fn prop(
    func: &Function,
    lit: u32,
    class: &Rc<ClassEntry>,
    scope: &Option<Rc<ClassEntry>>,
) -> Option<usize> {
    let c = func.runtime.2.borrow();
    let h = c.get(lit as usize)?.as_ref()?;
    (Rc::ptr_eq(&h.class, class) && same(&h.scope, scope)).then_some(h.slot as usize)
}

/// The slot of the property named by literal `lit` for `class` seen from `scope`, with the
/// kinds of value its type takes as they are, when it may be written in place.
#[inline(always)]
pub(crate) fn prop_write(
    func: &Function,
    lit: u32,
    class: &Rc<ClassEntry>,
    scope: &Option<Rc<ClassEntry>>,
) -> Option<Option<(usize, u16)>> {
    let c = func.runtime.2.borrow();
    let h = c.get(lit as usize)?.as_ref()?;
    (Rc::ptr_eq(&h.class, class) && same(&h.scope, scope))
        .then(|| h.writable.then_some((h.slot as usize, h.accepts)))
}

/// Remembers that the property named by literal `lit` is slot `slot` for `class` from `scope`.
pub(crate) fn set_prop(
    func: &Function,
    lit: u32,
    class: &Rc<ClassEntry>,
    scope: &Option<Rc<ClassEntry>>,
    slot: usize,
) {
    use memphis_values::object::acc;
    let hit = memphis_compiler::bytecode::PropSlotHit {
        class: class.clone(),
        scope: scope.clone(),
        slot: slot as u32,
        accepts: crate::class::vmc(class)
            .prop_accepts
            .get(slot)
            .copied()
            .unwrap_or(u16::MAX),
        writable: class.props.get(slot).is_some_and(|p| {
            p.flags & (acc::READONLY | acc::PRIVATE_SET | acc::PROTECTED_SET) == 0
        }),
    };
    put(&func.runtime.2, lit, hit);
}

/// The callee the method named by literal `lit` had for `class` from `scope` (without
/// `this`), borrowed from the cache.
#[inline]
pub(crate) fn method_ref<'a>(
    func: &'a Function,
    lit: u32,
    class: &Rc<ClassEntry>,
    scope: usize,
) -> Option<std::cell::Ref<'a, Callee>> {
    let c = of(func)?.methods.borrow();
    std::cell::Ref::filter_map(c, |c| {
        c.get(lit as usize)?
            .iter()
            .find(|h| Rc::ptr_eq(&h.class, class) && scope_id(&h.scope) == scope)
            .map(|h| &h.callee)
    })
    .ok()
}

/// A scope's identity for the method cache (0 for none): compared without a handle taken.
#[inline(always)]
pub(crate) fn scope_id(scope: &Option<Rc<ClassEntry>>) -> usize {
    scope.as_ref().map_or(0, |s| Rc::as_ptr(s) as usize)
}

/// Remembers the callee (without `this`) of the method named by literal `lit`.
pub(crate) fn set_method(
    func: &Function,
    lit: u32,
    class: &Rc<ClassEntry>,
    scope: &Option<Rc<ClassEntry>>,
    callee: Callee,
) {
    if let Some(fc) = of(func) {
        let hit = MethodHit {
            class: class.clone(),
            scope: scope.clone(),
            callee,
        };
        let mut m = fc.methods.borrow_mut();
        if m.len() <= lit as usize {
            m.resize_with(lit as usize + 1, Vec::new);
        }
        let site = &mut m[lit as usize];
        if site.len() >= 2 {
            site.remove(0);
        }
        site.push(hit);
    }
}

/// The callee of `class::name()` (name literal `lit`) resolved earlier in `func` for this
/// class, borrowed.
#[inline]
pub(crate) fn static_call_ref<'a>(
    func: &'a Function,
    lit: u32,
    class: &Rc<ClassEntry>,
) -> Option<std::cell::Ref<'a, Callee>> {
    let c = of(func)?.static_calls.borrow();
    std::cell::Ref::filter_map(c, |c| {
        let (k, callee) = c.get(lit as usize)?.as_ref()?;
        Rc::ptr_eq(k, class).then_some(callee)
    })
    .ok()
}

/// Remembers the callee of `class::name()` (name literal `lit`): a public static method.
pub(crate) fn set_static_call(func: &Function, lit: u32, class: &Rc<ClassEntry>, callee: &Callee) {
    if let Some(fc) = of(func) {
        put(&fc.static_calls, lit, (class.clone(), callee.clone()));
    }
}

/// The class literal `lit` named when it was last resolved in `func`.
#[inline]
pub(crate) fn class(func: &Function, lit: u32) -> Option<Rc<ClassEntry>> {
    let c = func.runtime.3.borrow();
    c.get(lit as usize)?.clone()
}

/// Remembers the class literal `lit` names.
pub(crate) fn set_class(func: &Function, lit: u32, ce: &Rc<ClassEntry>) {
    put(&func.runtime.3, lit, ce.clone());
}
