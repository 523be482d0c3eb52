//! Places: writing into variables, array elements and properties, with copy-on-write
//! separation, auto-vivification, references and magic.
//!
//! A write walks the place's path from its base to the last step: arrays on the way are
//! separated (they have one owner afterwards) and created from null; objects are modified in
//! place (they are handles); references are entered. Shared cells (object slots, references,
//! static properties) are modified through a temporary move, so the walk never holds two
//! borrows of one cell.

use crate::class::{vmc, PropHooks};
use crate::{Flow, Vm};
use memphis_compiler::bytecode::{BinOp, Function, Operand, PlaceBase, PlaceElem, TypeDecl};
use memphis_values::object::acc;
use memphis_values::{Key, ZArr, ZObj, ZRef, ZStr, Zval};
use std::rc::Rc;

/// What to do at the end of a place.
pub enum PlaceOp {
    /// Store a value; yields it.
    Assign(Zval),
    /// Combine with a binary operator; yields the result.
    AssignOp(BinOp, Zval),
    /// `++`/`--`; yields the new value, or the old one when `post`.
    IncDec { inc: bool, post: bool },
    /// Turn the slot into a reference; yields it (as `Zval::Ref`).
    MakeRef,
    /// Bind the slot to a reference.
    BindRef(ZRef),
    /// `unset()`.
    Unset,
}

/// Makes `slot` hold a reference (wrapping its value) and returns it.
pub fn make_ref_in(slot: &mut Zval) -> ZRef {
    if let Zval::Ref(r) = slot {
        return r.clone();
    }
    let v = std::mem::take(slot);
    let v = if v.is_undef() { Zval::Null } else { v };
    let r = ZRef::new(v);
    *slot = Zval::Ref(r.clone());
    r
}

/// Resolved step of a path.
pub(crate) enum Step {
    Dim(Zval),
    Append,
    Prop(ZStr),
}

impl Drop for Step {
    /// Keys are operands: PHP frees them without buffering a possible root.
    fn drop(&mut self) {
        if let Step::Dim(d) = self {
            memphis_values::gc::release_nogc(std::mem::take(d));
        }
    }
}

impl Vm {
    fn resolve_steps(
        &mut self,
        func: &Function,
        base: usize,
        elems: &[PlaceElem],
    ) -> Result<Vec<Step>, Flow> {
        // A vector kept from the last place operation (nested ones allocate their own).
        let mut out = std::mem::take(&mut self.step_pool);
        out.clear();
        for e in elems {
            out.push(match e {
                // A temporary key is consumed here, as PHP frees it after the instruction.
                PlaceElem::Dim(o) if o.is_tmp() => Step::Dim(
                    std::mem::take(&mut self.stack[base + o.as_slot().unwrap_or(0) as usize])
                        .into_deref(),
                ),
                PlaceElem::Dim(o) => Step::Dim(self.read_quiet(func, base, *o)),
                PlaceElem::Append => Step::Append,
                PlaceElem::Prop(o) | PlaceElem::NullsafeProp(o) => {
                    let v = self.read_quiet(func, base, *o);
                    Step::Prop(self.to_zstr(&v)?)
                }
            });
        }
        Ok(out)
    }

    /// Reads an operand without consuming temporaries and without undefined warnings.
    pub(crate) fn read_quiet(&self, func: &Function, base: usize, o: Operand) -> Zval {
        match o.as_lit() {
            Some(l) => func.literals[l as usize].clone(),
            None => self.stack[base + o.as_slot().unwrap_or(0) as usize].deref(),
        }
    }

    /// Performs `op` on place `pidx` of the current frame.
    pub(crate) fn place_op(
        &mut self,
        func: &Rc<Function>,
        base: usize,
        pidx: u32,
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        let place = &func.places[pidx as usize];
        let mut steps = self.resolve_steps(func, base, &place.elems)?;
        let r = self.place_op_steps(func, base, place, &steps, op);
        steps.clear();
        self.step_pool = steps;
        r
    }

    /// `place_op` once the place's steps are evaluated.
    fn place_op_steps(
        &mut self,
        func: &Rc<Function>,
        base: usize,
        place: &memphis_compiler::bytecode::Place,
        steps: &[Step],
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        match &place.base {
            PlaceBase::Cv(cv) => {
                let idx = base + *cv as usize;
                if steps.is_empty() {
                    if let PlaceOp::IncDec { .. } | PlaceOp::AssignOp(..) = op {
                        if self.stack[idx].is_undef() {
                            let name = func.cv_names[*cv as usize].clone();
                            self.warn(&format!("Undefined variable ${name}"))?;
                        }
                    }
                }
                let mut v = std::mem::take(&mut self.stack[idx]);
                let r = self.walk(&mut v, steps, op, Some(&func.cv_names[*cv as usize]));
                self.stack[idx] = v;
                r
            }
            PlaceBase::Tmp(t) => {
                let idx = base + *t as usize;
                let mut v = std::mem::take(&mut self.stack[idx]);
                let r = self.walk(&mut v, steps, op, None);
                self.stack[idx] = v;
                r
            }
            PlaceBase::This => {
                let this = self.frames.last().and_then(|f| f.this.clone());
                let Some(this) = this else {
                    return Err(
                        self.throw_error("Error", "Using $this when not in object context".into())
                    );
                };
                if steps.is_empty() {
                    return Err(self.fatal("Cannot re-assign $this"));
                }
                let mut v = Zval::Obj(this);
                self.walk(&mut v, steps, op, None)
            }
            PlaceBase::StaticProp(cref, name) => {
                let ce = self.resolve_class_ref(func, base, cref)?;
                let n = self.read_quiet(func, base, *name);
                let n = self.to_zstr(&n)?;
                let cell = self.static_prop(&ce, n.as_bytes())?;
                if steps.is_empty()
                    && matches!(
                        op,
                        PlaceOp::Assign(_) | PlaceOp::AssignOp(..) | PlaceOp::IncDec { .. }
                    )
                {
                    if let Some((_, _, decl, Some(t))) = vmc(&ce).statics.get(n.as_bytes()) {
                        let (decl, t) = (decl.clone(), t.clone());
                        return self.typed_static_write(cell, &decl, &n, &t, op);
                    }
                }
                if steps.is_empty() {
                    if let PlaceOp::BindRef(r) = op {
                        // Rebinding a static property: replace the shared cell's content link.
                        let v = r.get();
                        drop(cell.replace(v));
                        cell.release_nogc();
                        return Ok(Zval::Null);
                    }
                    if let PlaceOp::MakeRef = op {
                        return Ok(Zval::Ref(cell));
                    }
                }
                let mut v = cell.take();
                let r = self.walk(&mut v, steps, op, None);
                drop(cell.replace(v));
                // The engine's handle on the static's cell goes without a root (PHP takes none).
                cell.release_nogc();
                r
            }
            PlaceBase::VarVar(n) => {
                let name = self.read_quiet(func, base, *n);
                let name = self.to_zstr(&name)?;
                let mut v = self.take_var_by_name(name.as_bytes());
                let r = self.walk(&mut v, steps, op, None);
                self.put_var_by_name(name.as_bytes(), v);
                r
            }
            PlaceBase::Global(n) => {
                let name = self.read_quiet(func, base, *n);
                let name = self.to_zstr(&name)?;
                if steps.is_empty() && matches!(op, PlaceOp::Unset) {
                    self.unset_global(name.as_bytes());
                    return Ok(Zval::Null);
                }
                // Written in the global's own slot, as PHP writes its symbol table (taking a
                // reference here would cost a zend_reference that PHP does not allocate).
                let mut v = std::mem::take(self.global_slot(name.as_bytes()));
                let r = self.walk(&mut v, steps, op, None);
                *self.global_slot(name.as_bytes()) = v;
                r
            }
        }
    }

    /// `unset($GLOBALS['name'])`.
    fn unset_global(&mut self, name: &[u8]) {
        if let Some(main) = self.units.first().cloned() {
            if let Some(i) = main.cv_names.iter().position(|n| n.as_bytes() == name) {
                if let Some(slot) = self.stack.get_mut(i) {
                    let old = std::mem::take(slot);
                    drop(old);
                }
                return;
            }
        }
        let old = self.globals_extra.remove(name);
        drop(old);
    }

    /// Applies `op` at the end of `steps` starting from `cur`.
    fn walk(
        &mut self,
        cur: &mut Zval,
        steps: &[Step],
        op: PlaceOp,
        var_name: Option<&str>,
    ) -> Result<Zval, Flow> {
        if steps.is_empty() {
            return self.apply(cur, op, var_name);
        }
        // Enter references (the slot keeps the reference).
        if let Zval::Ref(r) = cur {
            let r = r.clone();
            let mut inner = r.take();
            let res = self.walk(&mut inner, steps, op, var_name);
            drop(r.replace(inner));
            return res;
        }
        match &steps[0] {
            Step::Dim(_) | Step::Append => self.walk_dim(cur, steps, op),
            Step::Prop(name) => {
                let name = name.clone();
                match cur {
                    // Borrowed, not cloned: PHP takes no reference here (a clone released
                    // afterwards would buffer a possible root).
                    Zval::Obj(o) => self.walk_prop(o, &name, &steps[1..], op),
                    Zval::Null | Zval::Undef => {
                        if matches!(op, PlaceOp::Unset) {
                            return Ok(Zval::Null);
                        }
                        Err(self.throw_error(
                            "Error",
                            format!(
                                "Attempt to assign property \"{}\" on null",
                                name.to_string_lossy()
                            ),
                        ))
                    }
                    other => {
                        if matches!(op, PlaceOp::Unset) {
                            return Ok(Zval::Null);
                        }
                        let t = memphis_std::args::type_name(other);
                        Err(self.throw_error(
                            "Error",
                            format!(
                                "Attempt to assign property \"{}\" on {}",
                                name.to_string_lossy(),
                                t
                            ),
                        ))
                    }
                }
            }
        }
    }

    fn walk_dim(&mut self, cur: &mut Zval, steps: &[Step], op: PlaceOp) -> Result<Zval, Flow> {
        let last = steps.len() == 1;
        match cur {
            Zval::Null | Zval::Undef => {
                if matches!(op, PlaceOp::Unset) {
                    return Ok(Zval::Null);
                }
                *cur = Zval::Arr(ZArr::new());
            }
            Zval::Bool(false) => {
                if matches!(op, PlaceOp::Unset) {
                    return Ok(Zval::Null);
                }
                self.raise(
                    crate::errors::e::DEPRECATED,
                    "Automatic conversion of false to array is deprecated",
                )?;
                *cur = Zval::Arr(ZArr::new());
            }
            Zval::Arr(_) => {}
            Zval::Obj(o) => {
                // PHP's standard handler holds the object for the call and releases it
                // (a possible root); the internal classes' own handlers take no reference.
                if vmc(o.class()).internal {
                    let o: &ZObj = o;
                    return self.walk_array_access(o, steps, op);
                }
                let o = o.clone();
                return self.walk_array_access(&o, steps, op);
            }
            Zval::Str(_) => {
                if matches!(op, PlaceOp::Unset) {
                    return Err(self.throw_error("Error", "Cannot unset string offsets".into()));
                }
                if !last {
                    return Err(
                        self.throw_error("Error", "Cannot use string offset as an array".into())
                    );
                }
                return self.string_offset_write(cur, &steps[0], op);
            }
            _ => {
                if matches!(op, PlaceOp::Unset) {
                    return Ok(Zval::Null);
                }
                return Err(
                    self.throw_error("Error", "Cannot use a scalar value as an array".into())
                );
            }
        }
        let Zval::Arr(arr) = cur else {
            return Ok(Zval::Null);
        };
        match &steps[0] {
            Step::Append => {
                if matches!(op, PlaceOp::Unset) {
                    return Err(self.throw_error("Error", "Cannot use [] for unsetting".into()));
                }
                if last {
                    if let PlaceOp::Assign(v) = op {
                        let ret = v.clone();
                        if !arr.push(v) {
                            return self.append_failed();
                        }
                        return Ok(ret);
                    }
                }
                let Some((_, slot)) = arr.push_slot() else {
                    return self.append_failed();
                };
                // `cur` was moved out of the VM's slots, so walking into it cannot alias.
                self.walk(slot, &steps[1..], op, None)
            }
            Step::Dim(d) => {
                let key = self.dim_key(d)?;
                if last {
                    match op {
                        PlaceOp::Assign(v) => {
                            let ret = v.clone();
                            // Assigning into a slot holding a reference writes through it.
                            if let Some(Zval::Ref(r)) = arr.get(&key) {
                                let r = r.clone();
                                drop(r.replace(v));
                                return Ok(ret);
                            }
                            arr.insert(key, v);
                            return Ok(ret);
                        }
                        PlaceOp::Unset => {
                            let old = arr.remove(&key);
                            drop(old);
                            return Ok(Zval::Null);
                        }
                        _ => {}
                    }
                }
                let missing = !arr.contains(&key);
                if missing && last && matches!(op, PlaceOp::IncDec { .. } | PlaceOp::AssignOp(..)) {
                    self.undefined_key_warning(&key)?;
                }
                if missing && matches!(op, PlaceOp::Unset) {
                    return Ok(Zval::Null);
                }
                let Zval::Arr(arr) = cur else {
                    return Ok(Zval::Null);
                };
                let Some(slot) = arr.entry(&key) else {
                    return self.append_failed();
                };
                self.walk(slot, &steps[1..], op, None)
            }
            Step::Prop(_) => Ok(Zval::Null),
        }
    }

    fn append_failed(&mut self) -> Result<Zval, Flow> {
        if memphis_mm::limit_hit() {
            return Ok(Zval::Null);
        }
        Err(self.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied".into(),
        ))
    }

    pub(crate) fn undefined_key_warning(&mut self, key: &Key) -> Result<(), Flow> {
        match key {
            Key::Int(i) => self.warn(&format!("Undefined array key {i}")),
            Key::Str(s) => self.warn(&format!("Undefined array key \"{}\"", s.to_string_lossy())),
        }
    }

    /// Converts a dimension value to an array key (PHP's rules, with its diagnostics).
    pub(crate) fn dim_key(&mut self, d: &Zval) -> Result<Key, Flow> {
        Ok(match d {
            Zval::Long(i) => Key::Int(*i),
            Zval::Str(s) => Key::from_zstr(s),
            Zval::Null | Zval::Undef => Key::Str(ZStr::empty()),
            Zval::Bool(b) => Key::Int(*b as i64),
            Zval::Double(f) => {
                self.float_key_deprecation(*f)?;
                Key::Int(memphis_values::convert::double_to_long(*f))
            }
            Zval::Ref(r) => {
                let v = r.get();
                return self.dim_key(&v);
            }
            Zval::Arr(_) => return Err(self.throw_error("TypeError", "Illegal offset type".into())),
            Zval::Res(r) => {
                self.warn(&format!(
                    "Resource ID#{} used as offset, casting to integer ({})",
                    r.handle(),
                    r.handle()
                ))?;
                Key::Int(r.handle() as i64)
            }
            Zval::Obj(o) => {
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Cannot access offset of type {} on array",
                        o.class().name.to_string_lossy()
                    ),
                ));
            }
        })
    }

    fn string_offset_write(
        &mut self,
        cur: &mut Zval,
        step: &Step,
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        let PlaceOp::Assign(v) = op else {
            return Err(self.throw_error(
                "Error",
                "Cannot increment/decrement string offsets nor use them with compound assignment"
                    .into(),
            ));
        };
        let Step::Dim(d) = step else {
            return Err(self.throw_error("Error", "[] operator not supported for strings".into()));
        };
        let Zval::Str(s) = cur else {
            return Ok(Zval::Null);
        };
        let len = s.len() as i64;
        let mut i = match d {
            Zval::Long(i) => *i,
            other => memphis_values::convert::to_long(other),
        };
        if i < 0 {
            i += len;
        }
        if i < 0 {
            self.warn(&format!("Illegal string offset {}", i - len))?;
            return Ok(Zval::Null);
        }
        let val = self.to_zstr(&v)?;
        if val.is_empty() {
            return Err(self.throw_error(
                "Error",
                "Cannot assign an empty string to a string offset".into(),
            ));
        }
        // As PHP: a string held only here is written in place (a shared or interned one is
        // copied first, at its size); past the end it grows as `.=` grows it, padded with
        // spaces.
        let c = val.as_bytes()[0];
        let i = i as usize;
        if i < s.len() {
            s.make_mut()[i] = c;
        } else {
            if s.is_interned() || s.refcount() > 1 {
                *s = ZStr::new(s.as_bytes());
            }
            let mut tail = vec![b' '; i - s.len()];
            tail.push(c);
            s.append(&tail);
        }
        Ok(Zval::Str(ZStr::single(c)))
    }

    fn walk_array_access(&mut self, o: &ZObj, steps: &[Step], op: PlaceOp) -> Result<Zval, Flow> {
        if !crate::class::instance_of_name(o.class(), b"arrayaccess") {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot use object of type {} as array",
                    o.class().name.to_string_lossy()
                ),
            ));
        }
        let key = match &steps[0] {
            Step::Dim(d) => d.clone(),
            // WeakMap's own handler refuses `[]` (a null key is a TypeError instead).
            _ if o.class().lcname == b"weakmap" && vmc(o.class()).internal => {
                return Err(self.throw_error("Error", "Cannot append to WeakMap".into()));
            }
            _ => Zval::Null,
        };
        // WeakMap's own handlers refuse a key that is not an object, without a method frame.
        if !matches!(key, Zval::Obj(_))
            && vmc(o.class()).internal
            && o.native::<memphis_values::weak::WeakMapData>().is_some()
        {
            memphis_values::gc::release_nogc(key);
            return Err(self.weakmap_key_error());
        }
        if steps.len() == 1 {
            // WeakMap's own handlers, without a method frame, when they cannot fail.
            if let (Zval::Obj(k), Some(m), PlaceOp::Assign(_) | PlaceOp::Unset) =
                (&key, o.native::<memphis_values::weak::WeakMapData>(), &op)
            {
                if vmc(o.class()).internal {
                    let r = match op {
                        PlaceOp::Assign(v) => {
                            m.set(k, v.clone());
                            v
                        }
                        _ => {
                            m.unset(k);
                            Zval::Null
                        }
                    };
                    // The key was an argument of an internal call: released without a root.
                    memphis_values::gc::release_nogc(key);
                    return Ok(r);
                }
            }
            match op {
                PlaceOp::Assign(v) => {
                    self.call_method(o, "offsetset", vec![key, v.clone()])?;
                    return Ok(v);
                }
                PlaceOp::Unset => {
                    self.call_method(o, "offsetunset", vec![key])?;
                    return Ok(Zval::Null);
                }
                PlaceOp::AssignOp(bop, v) => {
                    let old = self.call_method(o, "offsetget", vec![key.clone()])?;
                    let nv = self.binary_op(bop, &old, &v)?;
                    self.call_method(o, "offsetset", vec![key, nv.clone()])?;
                    return Ok(nv);
                }
                PlaceOp::IncDec { inc, post } => {
                    let old = self.call_method(o, "offsetget", vec![key.clone()])?;
                    let nv = self.incdec(&old, inc)?;
                    self.call_method(o, "offsetset", vec![key, nv.clone()])?;
                    return Ok(if post { old } else { nv });
                }
                _ => {}
            }
        }
        // WeakMap's own handler hands out the entry itself for writes (`&$m[$k]`,
        // `$m[$k][] = …`); a missing key is its read error, from offsetGet.
        if o.class().lcname == b"weakmap" && vmc(o.class()).internal {
            if let (Zval::Obj(k), Some(m)) = (&key, o.native::<memphis_values::weak::WeakMapData>())
            {
                if let Some(r) = m.value_ref(k) {
                    let mut v = Zval::Ref(r);
                    let res = self.walk(&mut v, &steps[1..], op, None);
                    memphis_values::gc::release_nogc(v);
                    return res;
                }
            }
        }
        let mut v = self.call_method(o, "offsetget", vec![key])?;
        if !matches!(v, Zval::Obj(_) | Zval::Ref(_)) && !steps[1..].is_empty() {
            self.raise(
                crate::errors::e::NOTICE,
                &format!(
                    "Indirect modification of overloaded element of {} has no effect",
                    o.class().name.to_string_lossy()
                ),
            )?;
        }
        self.walk(&mut v, &steps[1..], op, None)
    }

    fn walk_prop(
        &mut self,
        o: &ZObj,
        name: &ZStr,
        rest: &[Step],
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        match self.active_hooks(o, name.as_bytes()) {
            Some(h) => self.walk_hooked(o, &h, name, rest, op),
            None => self.walk_prop_stored(o, name, rest, op),
        }
    }

    /// The hooks of `$o->name` (PHP 8.4), unless the running code is one of them: inside its
    /// own hooks a property reads and writes its stored value.
    pub(crate) fn active_hooks(&self, o: &ZObj, name: &[u8]) -> Option<Rc<PropHooks>> {
        let hooks = &vmc(o.class()).hooks;
        if hooks.is_empty() {
            return None;
        }
        let h = hooks.get(name)?;
        if let Some(f) = self.frames.last() {
            // Only the hooks running for this very object see through (as PHP's
            // zend_should_call_hook).
            let runs =
                |x: &Option<Rc<Function>>| x.as_ref().is_some_and(|g| Rc::ptr_eq(g, &f.func));
            if (runs(&h.get) || runs(&h.set)) && f.this.as_ref().is_some_and(|t| t.ptr_eq(o)) {
                return None;
            }
        }
        Some(h.clone())
    }

    /// Visibility of a hooked property from the running scope.
    fn hooked_visible(&mut self, o: &ZObj, h: &PropHooks) -> Result<(), Flow> {
        if self.hooked_is_visible(o, h) {
            return Ok(());
        }
        let vis = if h.flags & acc::PRIVATE != 0 {
            "private"
        } else {
            "protected"
        };
        let msg = format!(
            "Cannot access {} property {}::${}",
            vis,
            o.class().name.to_string_lossy(),
            h.name.to_string_lossy()
        );
        Err(self.throw_error("Error", msg))
    }

    /// Whether the running scope sees the hooked property `h` of `o`.
    pub(crate) fn hooked_is_visible(&self, o: &ZObj, h: &PropHooks) -> bool {
        if h.flags & (acc::PRIVATE | acc::PROTECTED) == 0 {
            return true;
        }
        match self.frames.last().and_then(|f| f.scope.as_ref()) {
            Some(s) if s.name.as_bytes() == h.declaring.as_bytes() => true,
            Some(s) if h.flags & acc::PRIVATE == 0 => {
                crate::class::instance_of(s, o.class()) || crate::class::instance_of(o.class(), s)
            }
            _ => false,
        }
    }

    /// Runs a hook of `o` (`$this` bound, the declaring class as scope).
    fn call_hook(&mut self, o: &ZObj, f: &Rc<Function>, args: Vec<Zval>) -> Result<Zval, Flow> {
        let scope = f.class_name.as_ref().and_then(|c| {
            self.classes
                .get(&c.to_ascii_lowercase().into_bytes())
                .cloned()
        });
        let statics = Some(o.class().clone());
        self.call_function(f.clone(), Some(o.clone()), scope, statics, None, args)
    }

    /// Reads a hooked property without a visibility check (for dumps that show them all).
    pub(crate) fn read_hooked_unchecked(
        &mut self,
        o: &ZObj,
        h: &PropHooks,
        name: &ZStr,
    ) -> Result<Zval, Flow> {
        match &h.get {
            Some(g) => self.call_hook(o, g, Vec::new()),
            None => {
                let i = o.class().prop_slots.get(name.as_bytes()).copied();
                Ok(i.map(|i| o.slot(i as usize).deref()).unwrap_or_default())
            }
        }
    }

    /// Reads a hooked property: its get hook, or its stored value.
    pub(crate) fn read_hooked(
        &mut self,
        o: &ZObj,
        h: &PropHooks,
        name: &ZStr,
        quiet: bool,
    ) -> Result<Zval, Flow> {
        self.hooked_visible(o, h)?;
        match &h.get {
            Some(g) => self.call_hook(o, g, Vec::new()),
            None if h.is_virtual => {
                let msg = format!(
                    "Property {}::${} is write-only",
                    o.class().name.to_string_lossy(),
                    h.name.to_string_lossy()
                );
                Err(self.throw_error("Error", msg))
            }
            None => self.read_prop_stored(o, name, quiet),
        }
    }

    /// Stores into a hooked property: its set hook, or its stored value.
    fn write_hooked(&mut self, o: &ZObj, h: &PropHooks, name: &ZStr, v: Zval) -> Result<(), Flow> {
        match &h.set {
            Some(f) => self.call_hook(o, f, vec![v]).map(drop),
            None if h.is_virtual => {
                let msg = format!(
                    "Property {}::${} is read-only",
                    o.class().name.to_string_lossy(),
                    h.name.to_string_lossy()
                );
                Err(self.throw_error("Error", msg))
            }
            None => self
                .walk_prop_stored(o, name, &[], PlaceOp::Assign(v))
                .map(drop),
        }
    }

    /// A write through a hooked property (PHP 8.4).
    fn walk_hooked(
        &mut self,
        o: &ZObj,
        h: &PropHooks,
        name: &ZStr,
        rest: &[Step],
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        self.hooked_visible(o, h)?;
        let indirect = |vm: &mut Vm| {
            let msg = format!(
                "Indirect modification of {}::${} is not allowed",
                o.class().name.to_string_lossy(),
                h.name.to_string_lossy()
            );
            Err(vm.throw_error("Error", msg))
        };
        if !rest.is_empty() {
            // Through an object the property only reads it.
            let mut v = self.read_hooked(o, h, name, false)?;
            if !matches!(v, Zval::Obj(_)) {
                memphis_values::gc::release_nogc(v);
                return indirect(self);
            }
            let r = self.walk(&mut v, rest, op, None);
            memphis_values::gc::release_nogc(v);
            return r;
        }
        match op {
            PlaceOp::Assign(v) => {
                self.write_hooked(o, h, name, v.clone())?;
                Ok(v)
            }
            PlaceOp::AssignOp(bop, v) => {
                let cur = self.read_hooked(o, h, name, false)?;
                let nv = self.binary_op(bop, &cur, &v)?;
                self.write_hooked(o, h, name, nv.clone())?;
                Ok(nv)
            }
            PlaceOp::IncDec { inc, post } => {
                let cur = self.read_hooked(o, h, name, false)?;
                let nv = self.incdec(&cur, inc)?;
                self.write_hooked(o, h, name, nv.clone())?;
                Ok(if post { cur } else { nv })
            }
            PlaceOp::Unset => {
                let msg = format!(
                    "Cannot unset hooked property {}::${}",
                    o.class().name.to_string_lossy(),
                    h.name.to_string_lossy()
                );
                Err(self.throw_error("Error", msg))
            }
            PlaceOp::MakeRef | PlaceOp::BindRef(_) => indirect(self),
        }
    }

    /// A property write or modification on its stored value (no hooks).
    fn walk_prop_stored(
        &mut self,
        o: &ZObj,
        name: &ZStr,
        rest: &[Step],
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        let slot = self.visible_slot(o, name.as_bytes())?;
        match slot {
            PropSlot::Declared(i) => {
                if o.class().props[i].flags & (acc::PRIVATE_SET | acc::PROTECTED_SET) != 0 {
                    let kind = if !rest.is_empty() {
                        // Writing into the value: objects are only read on the way.
                        (!o.with_slot(i, |v| matches!(v.deref(), Zval::Obj(_))))
                            .then_some("indirectly modify")
                    } else {
                        match op {
                            PlaceOp::Assign(_) | PlaceOp::AssignOp(..) | PlaceOp::IncDec { .. } => {
                                Some("modify")
                            }
                            PlaceOp::Unset => Some("unset"),
                            PlaceOp::MakeRef | PlaceOp::BindRef(_) => Some("indirectly modify"),
                        }
                    };
                    if let Some(kind) = kind {
                        self.check_set_visibility(o, i, kind)?;
                    }
                }
                // An unset declared property goes to the magic methods as a missing one does.
                let op = if o.class().flags & acc::USE_GUARDS != 0 && o.slot(i).is_undef() {
                    match self.magic_on_unset_declared(o, i, name, rest, op)? {
                        Ok(r) => return Ok(r),
                        Err(op) => op,
                    }
                } else {
                    op
                };
                if rest.is_empty() {
                    let pinfo_flags = o.class().props[i].flags;
                    if let PlaceOp::Assign(v) = op {
                        let v = self.coerce_prop(o, i, v)?;
                        if pinfo_flags & acc::READONLY != 0 && !self.cloning.contains(&o.as_ptr()) {
                            self.check_readonly_write(o, i)?;
                        }
                        let ret = v.clone();
                        let old = o.set_slot(i, Zval::Undef);
                        if let Zval::Ref(r) = &old {
                            drop(r.replace(v));
                            o.set_slot(i, old);
                        } else {
                            o.set_slot(i, v);
                            drop(old);
                        }
                        return Ok(ret);
                    }
                    if let PlaceOp::Unset = op {
                        if pinfo_flags & acc::READONLY != 0 && !o.slot(i).is_undef() {
                            return Err(self.throw_error(
                                "Error",
                                format!(
                                    "Cannot unset readonly property {}::${}",
                                    o.class().name.to_string_lossy(),
                                    name.to_string_lossy()
                                ),
                            ));
                        }
                        let old = o.set_slot(i, Zval::Undef);
                        // (Unset, the property is no longer "never initialized": magic
                        // applies to it from now on.)
                        o.clear_prop_uninit(i);
                        drop(old);
                        return Ok(Zval::Null);
                    }
                    if pinfo_flags & acc::READONLY != 0 && !matches!(op, PlaceOp::MakeRef) {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot modify readonly property {}::${}",
                                o.class().name.to_string_lossy(),
                                name.to_string_lossy()
                            ),
                        ));
                    }
                    // A typed int property cannot step past the int range.
                    if let PlaceOp::IncDec { inc, .. } = op {
                        let cur = o.slot(i).deref();
                        let edge = if inc { i64::MAX } else { i64::MIN };
                        let int_typed = match vmc(o.class()).prop_types.get(i) {
                            Some(Some(TypeDecl::Builtin(t))) => t == "int",
                            Some(Some(TypeDecl::Nullable(t))) => {
                                matches!(&**t, TypeDecl::Builtin(b) if b == "int")
                            }
                            _ => false,
                        };
                        if int_typed && matches!(cur, Zval::Long(v) if v == edge) {
                            let pi = &o.class().props[i];
                            let msg = format!(
                                "Cannot {} property {}::${} of type {} past its {} value",
                                if inc { "increment" } else { "decrement" },
                                pi.declaring.to_string_lossy(),
                                pi.name.to_string_lossy(),
                                vmc(o.class()).prop_types[i]
                                    .as_ref()
                                    .map(|t| t.display())
                                    .unwrap_or_default(),
                                if inc { "maximal" } else { "minimal" }
                            );
                            return Err(self.throw_error("TypeError", msg));
                        }
                    }
                    if o.slot(i).is_undef()
                        && matches!(op, PlaceOp::IncDec { .. } | PlaceOp::AssignOp(..))
                    {
                        if vmc(o.class())
                            .prop_types
                            .get(i)
                            .cloned()
                            .flatten()
                            .is_some()
                        {
                            return Err(self.throw_error("Error", format!("Typed property {}::${} must not be accessed before initialization", o.class().name.to_string_lossy(), name.to_string_lossy())));
                        }
                        self.warn(&format!(
                            "Undefined property: {}::${}",
                            o.class().name.to_string_lossy(),
                            name.to_string_lossy()
                        ))?;
                    }
                } else if o.class().props[i].flags & acc::READONLY != 0 {
                    let cur = o.slot(i);
                    if !matches!(cur, Zval::Obj(_)) {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot indirectly modify readonly property {}::${}",
                                o.class().name.to_string_lossy(),
                                name.to_string_lossy()
                            ),
                        ));
                    }
                }
                let mut v = o.set_slot(i, Zval::Undef);
                if v.is_undef() && !rest.is_empty() {
                    v = Zval::Null;
                }
                // `+=`, `.=`, `++` … on a typed property: the result is coerced to the type.
                let typed = match (&op, rest.is_empty(), &v) {
                    (PlaceOp::AssignOp(..) | PlaceOp::IncDec { .. }, true, v)
                        if !matches!(v, Zval::Ref(_)) =>
                    {
                        vmc(o.class()).prop_types.get(i).cloned().flatten()
                    }
                    _ => None,
                };
                let Some(t) = typed else {
                    let r = self.walk(&mut v, rest, op, None);
                    let _ = o.set_slot(i, v);
                    return r;
                };
                let pi = &o.class().props[i];
                let (decl, pname) = (pi.declaring.to_string_lossy(), pi.name.to_string_lossy());
                let class = o.class().name.clone();
                let r = self.typed_compound(&mut v, op, &t, &decl, &pname, class.as_bytes());
                let _ = o.set_slot(i, v);
                r
            }
            PropSlot::Dynamic => {
                if rest.is_empty() {
                    if let PlaceOp::Unset = op {
                        if vmc(o.class()).magic_unset
                            && o.dyn_props()
                                .is_none_or(|t| t.get_str(name.as_bytes()).is_none())
                        {
                            self.call_method(o, "__unset", vec![Zval::Str(name.clone())])?;
                            return Ok(Zval::Null);
                        }
                        o.modify_dyn_props(|t| {
                            drop(t.remove(&Key::from_zstr(name)));
                        });
                        return Ok(Zval::Null);
                    }
                }
                let exists = o
                    .dyn_props()
                    .is_some_and(|t| t.get_str(name.as_bytes()).is_some());
                if !exists {
                    if rest.is_empty() {
                        if let PlaceOp::Assign(v) = &op {
                            if vmc(o.class()).magic_set && !self.in_magic(o, name, b"__set") {
                                let v = v.clone();
                                self.with_magic_guard(o, name, b"__set", |vm| {
                                    vm.call_method(
                                        o,
                                        "__set",
                                        vec![Zval::Str(name.clone()), v.clone()],
                                    )
                                })?;
                                return Ok(v);
                            }
                        }
                    } else if vmc(o.class()).magic_get && !self.in_magic(o, name, b"__get") {
                        let mut v = self.with_magic_guard(o, name, b"__get", |vm| {
                            vm.call_method(o, "__get", vec![Zval::Str(name.clone())])
                        })?;
                        if !matches!(v, Zval::Obj(_)) {
                            self.raise(crate::errors::e::NOTICE, &format!("Indirect modification of overloaded property {}::${} has no effect", o.class().name.to_string_lossy(), name.to_string_lossy()))?;
                        }
                        return self.walk(&mut v, rest, op, None);
                    }
                    self.dynamic_prop_check(o, name)?;
                    if rest.is_empty()
                        && matches!(op, PlaceOp::IncDec { .. } | PlaceOp::AssignOp(..))
                    {
                        self.warn(&format!(
                            "Undefined property: {}::${}",
                            o.class().name.to_string_lossy(),
                            name.to_string_lossy()
                        ))?;
                    }
                }
                let key = Key::Str(name.clone());
                // Take the table out so the walk owns it (refcount 1: no separation copy, and
                // no clone whose release would buffer the table as a possible root).
                let mut table = ZArr::empty();
                o.modify_dyn_props(|t| std::mem::swap(t, &mut table));
                let r = match table.entry_with(key.as_ref(), || Zval::Null) {
                    Some(s) => self.walk(s, rest, op, None),
                    None => Ok(Zval::Null),
                };
                o.modify_dyn_props(|t| *t = table);
                r
            }
        }
    }

    /// Deprecation for creating a dynamic property (PHP 8.2+), Error for readonly classes/enums.
    pub(crate) fn dynamic_prop_check(&mut self, o: &ZObj, name: &ZStr) -> Result<(), Flow> {
        let ce = o.class();
        if ce.flags & acc::ALLOW_DYNAMIC != 0
            || ce.lcname == b"stdclass"
            || ce.lcname == b"__php_incomplete_class"
        {
            return Ok(());
        }
        // Readonly classes, enums and the engine's final classes refuse them outright.
        if ce.flags & (acc::READONLY | acc::ENUM) != 0
            || vmc(ce).internal
                && matches!(
                    ce.lcname.as_slice(),
                    b"closure" | b"generator" | b"weakreference" | b"weakmap"
                )
        {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot create dynamic property {}::${}",
                    ce.name.to_string_lossy(),
                    name.to_string_lossy()
                ),
            ));
        }
        self.raise(
            crate::errors::e::DEPRECATED,
            &format!(
                "Creation of dynamic property {}::${} is deprecated",
                ce.name.to_string_lossy(),
                name.to_string_lossy()
            ),
        )
    }

    /// PHP 8.4 asymmetric visibility: a `private(set)` property is written only from its
    /// declaring class, a `protected(set)` one from its class hierarchy.
    fn check_set_visibility(&mut self, o: &ZObj, i: usize, kind: &str) -> Result<(), Flow> {
        let pi = &o.class().props[i];
        let private = pi.flags & acc::PRIVATE_SET != 0;
        let scope = self.frames.last().and_then(|f| f.scope.clone());
        let ok = match &scope {
            Some(s) if s.name.as_bytes() == pi.declaring.as_bytes() => true,
            Some(s) if !private => {
                let decl = self.lookup_class(pi.declaring.as_bytes());
                decl.is_some_and(|d| {
                    crate::class::instance_of(s, &d) || crate::class::instance_of(&d, s)
                })
            }
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let from = match &scope {
            Some(s) => format!("scope {}", s.name.to_string_lossy()),
            None => "global scope".to_string(),
        };
        let pi = &o.class().props[i];
        let msg = format!(
            "Cannot {} {}(set) property {}::${} from {}",
            kind,
            if private { "private" } else { "protected" },
            pi.declaring.to_string_lossy(),
            pi.name.to_string_lossy(),
            from
        );
        Err(self.throw_error("Error", msg))
    }

    fn check_readonly_write(&mut self, o: &ZObj, i: usize) -> Result<(), Flow> {
        let pi = &o.class().props[i];
        let scope = self.frames.last().and_then(|f| f.scope.clone());
        let in_scope = scope.is_some_and(|s| s.name.as_bytes() == pi.declaring.as_bytes());
        if !o.slot(i).is_undef() {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot modify readonly property {}::${}",
                    o.class().name.to_string_lossy(),
                    pi.name.to_string_lossy()
                ),
            ));
        }
        if !in_scope {
            let from = match self.frames.last().and_then(|f| f.scope.clone()) {
                Some(s) => format!("scope {}", s.name.to_string_lossy()),
                None => "global scope".to_string(),
            };
            return Err(self.throw_error(
                "Error",
                format!(
                    "Cannot modify protected(set) readonly property {}::${} from {}",
                    o.class().name.to_string_lossy(),
                    pi.name.to_string_lossy(),
                    from
                ),
            ));
        }
        Ok(())
    }

    /// A write to a typed static property `decl::$name` (its shared `cell`): the new value is
    /// coerced to the type (TypeError when impossible, the old value kept), and an int steps
    /// no further than the int range.
    fn typed_static_write(
        &mut self,
        cell: ZRef,
        decl: &str,
        name: &ZStr,
        t: &TypeDecl,
        op: PlaceOp,
    ) -> Result<Zval, Flow> {
        let int_typed = match t {
            TypeDecl::Builtin(b) => b == "int",
            TypeDecl::Nullable(i) => matches!(&**i, TypeDecl::Builtin(b) if b == "int"),
            _ => false,
        };
        if let (PlaceOp::IncDec { inc, .. }, true) = (&op, int_typed) {
            let edge = if *inc { i64::MAX } else { i64::MIN };
            if cell.with(|v| matches!(v.deref(), Zval::Long(x) if x == edge)) {
                cell.release_nogc();
                let msg = format!(
                    "Cannot {} property {}::${} of type {} past its {} value",
                    if *inc { "increment" } else { "decrement" },
                    decl,
                    name.to_string_lossy(),
                    t.display(),
                    if *inc { "maximal" } else { "minimal" }
                );
                return Err(self.throw_error("TypeError", msg));
            }
        }
        let mut v = cell.take();
        let r = self.typed_compound(
            &mut v,
            op,
            t,
            decl,
            &name.to_string_lossy(),
            decl.as_bytes(),
        );
        drop(cell.replace(v));
        cell.release_nogc();
        r
    }

    /// Runs a write `op` on `v`, the value of a property typed `t` (`decl::$name`), and
    /// coerces the result to the type as the running code's mode allows; when that is
    /// impossible `v` is put back as it was and PHP's TypeError raised. Gives the write's
    /// result (the old value for a postfix `++`/`--`).
    fn typed_compound(
        &mut self,
        v: &mut Zval,
        op: PlaceOp,
        t: &TypeDecl,
        decl: &str,
        name: &str,
        class: &[u8],
    ) -> Result<Zval, Flow> {
        let post = matches!(op, PlaceOp::IncDec { post: true, .. });
        let compound = matches!(op, PlaceOp::AssignOp(..));
        // The engine's copies go without possible roots.
        let old = Held(v.clone());
        let r = match self.walk(v, &[], op, None) {
            Ok(r) => r,
            Err(Flow::Throw(e)) if compound => {
                // PHP computes `$o->p op= x` on a typed property into a fresh value, which a
                // failed operation leaves undefined; that is then coerced to the type as any
                // write (weakly: 0, 0.0, "" or false) and stored.
                let strict = self.frames.last().is_some_and(|f| f.func.strict_types);
                if let Some(z) = undef_coerced(t).filter(|_| !strict) {
                    memphis_values::gc::release_nogc(std::mem::replace(v, z));
                }
                return Err(Flow::Throw(e));
            }
            Err(e) => return Err(e),
        };
        if crate::call::plainly_accepts(t, v) {
            return Ok(r);
        }
        let coerced = self.coerce_for_write(t, v.clone(), class);
        if let Ok(Some(x)) = coerced {
            memphis_values::gc::release_nogc(std::mem::replace(v, x));
            if post {
                return Ok(r);
            }
            memphis_values::gc::release_nogc(r);
            return Ok(v.clone());
        }
        memphis_values::gc::release_nogc(r);
        let given = memphis_std::args::type_name(v);
        memphis_values::gc::release_nogc(std::mem::replace(v, old.0.clone()));
        Err(match coerced {
            Err(e) => e,
            _ => self.prop_type_error(&given, decl, name, t),
        })
    }

    /// PHP's TypeError for a value of type `given` written to property `decl::$name` typed `t`.
    fn prop_type_error(&mut self, given: &str, decl: &str, name: &str, t: &TypeDecl) -> Flow {
        self.throw_error(
            "TypeError",
            format!(
                "Cannot assign {given} to property {decl}::${name} of type {}",
                t.display()
            ),
        )
    }

    /// Coerces a value written to a typed property as the running code's file declares:
    /// `strict_types=1` allows only int → float.
    fn coerce_for_write(
        &mut self,
        t: &TypeDecl,
        v: Zval,
        class: &[u8],
    ) -> Result<Option<Zval>, Flow> {
        if self.frames.last().is_some_and(|f| f.func.strict_types) {
            Ok(self.coerce_strict(t, v, class))
        } else {
            self.coerce_to_type(t, v, class)
        }
    }

    /// Coerces a value for a typed property slot (TypeError when impossible).
    pub(crate) fn coerce_prop(&mut self, o: &ZObj, i: usize, v: Zval) -> Result<Zval, Flow> {
        let ce = o.class().clone();
        let vc = vmc(&ce);
        if vc
            .prop_accepts
            .get(i)
            .is_some_and(|m| m & v.kind_bit() != 0)
        {
            return Ok(v);
        }
        match vc.prop_types.get(i).and_then(|t| t.as_ref()) {
            None => Ok(v),
            Some(t) if crate::call::plainly_accepts(t, &v) => Ok(v),
            Some(t) => match self.coerce_for_write(t, v.clone(), ce.name.as_bytes())? {
                Some(x) => Ok(x),
                None => {
                    let pi = &o.class().props[i];
                    let (decl, name) = (pi.declaring.to_string_lossy(), pi.name.to_string_lossy());
                    Err(self.prop_type_error(&memphis_std::args::type_name(&v), &decl, &name, t))
                }
            },
        }
    }

    /// `&$o->name`: the property made a reference in place (for `foreach` by reference over
    /// an object's properties); the reference.
    pub(crate) fn prop_ref(&mut self, o: &ZObj, name: ZStr) -> Result<Zval, Flow> {
        let mut v = Zval::Obj(o.clone());
        let r = self.walk(&mut v, &[Step::Prop(name)], PlaceOp::MakeRef, None);
        memphis_values::gc::release_nogc(v);
        r
    }

    /// The final step's operation.
    fn apply(
        &mut self,
        cur: &mut Zval,
        op: PlaceOp,
        _var_name: Option<&str>,
    ) -> Result<Zval, Flow> {
        match op {
            PlaceOp::Assign(v) => {
                let ret = v.clone();
                if let Zval::Ref(r) = cur {
                    drop(r.replace(v));
                } else {
                    let old = std::mem::replace(cur, v);
                    drop(old);
                }
                Ok(ret)
            }
            PlaceOp::AssignOp(bop, v) => {
                let old = cur.deref();
                let old = if old.is_undef() { Zval::Null } else { old };
                // In-place append for `.=` on an unshared string.
                if bop == BinOp::Concat {
                    if let Zval::Str(_) = &old {
                        let rhs = self.to_zstr(&v)?;
                        drop(old);
                        let target: &mut Zval = cur;
                        if let Zval::Ref(r) = target {
                            let r = r.clone();
                            let mut inner = r.take();
                            if let Zval::Str(s) = &mut inner {
                                s.append(rhs.as_bytes());
                            }
                            let ret = inner.clone();
                            drop(r.replace(inner));
                            return Ok(ret);
                        }
                        if let Zval::Str(s) = target {
                            s.append(rhs.as_bytes());
                            return Ok(target.clone());
                        }
                        return Ok(Zval::Null);
                    }
                }
                let nv = self.binary_op(bop, &old, &v)?;
                drop(old);
                let ret = nv.clone();
                if let Zval::Ref(r) = cur {
                    drop(r.replace(nv));
                } else {
                    *cur = nv;
                }
                Ok(ret)
            }
            PlaceOp::IncDec { inc, post } => {
                let old = cur.deref();
                let old = if old.is_undef() { Zval::Null } else { old };
                let nv = self.incdec(&old, inc)?;
                let ret = if post { old } else { nv.clone() };
                if let Zval::Ref(r) = cur {
                    drop(r.replace(nv));
                } else {
                    *cur = nv;
                }
                Ok(ret)
            }
            PlaceOp::MakeRef => Ok(Zval::Ref(make_ref_in(cur))),
            PlaceOp::BindRef(r) => {
                let old = std::mem::replace(cur, Zval::Ref(r));
                drop(old);
                Ok(Zval::Null)
            }
            PlaceOp::Unset => {
                let old = std::mem::take(cur);
                drop(old);
                Ok(Zval::Null)
            }
        }
    }

    // ----- quiet reads (isset, empty, ??) -----------------------------------------------------

    /// Reads a place without undefined-variable, -key or -property warnings and without
    /// writes: `None` when it is not set. `coalesce` for `??`, which reads a string offset
    /// given as a float without the deprecation `isset` and `empty` raise.
    pub(crate) fn place_read_quiet(
        &mut self,
        func: &Rc<Function>,
        base: usize,
        pidx: u32,
        need_value: bool,
        coalesce: bool,
    ) -> Result<Option<Zval>, Flow> {
        let place = &func.places[pidx as usize];
        // The containers walked are the VM's temporaries: PHP does not buffer them as roots.
        let cur = Held(match &place.base {
            PlaceBase::Cv(cv) => self.stack[base + *cv as usize].deref(),
            PlaceBase::Tmp(t) => self.stack[base + *t as usize].deref(),
            PlaceBase::This => match self.frames.last().and_then(|f| f.this.clone()) {
                Some(t) => Zval::Obj(t),
                None => return Ok(None),
            },
            PlaceBase::StaticProp(cref, name) => {
                let ce = match self.resolve_class_ref(func, base, cref) {
                    Ok(c) => c,
                    Err(_) => return Ok(None),
                };
                let n = self.read_quiet(func, base, *name);
                let n = self.to_zstr(&n)?;
                crate::class::init_statics(&ce);
                match vmc(&ce).statics.get(n.as_bytes()) {
                    Some((r, _, _, _)) => r.get(),
                    None => return Ok(None),
                }
            }
            PlaceBase::VarVar(n) => {
                let name = self.read_quiet(func, base, *n);
                let name = self.to_zstr(&name)?;
                self.get_var_by_name(name.as_bytes()).unwrap_or(Zval::Undef)
            }
            PlaceBase::Global(n) => {
                let name = self.read_quiet(func, base, *n);
                let name = self.to_zstr(&name)?;
                match self.globals_array().get_str(name.as_bytes()) {
                    Some(v) => v.clone(),
                    None => return Ok(None),
                }
            }
        });
        let steps = self.resolve_steps(func, base, &place.elems)?;
        let r = self.read_quiet_steps(cur, &steps, need_value, coalesce);
        // The vector goes back for the next place (not dropped: a heap allocation each time).
        let mut steps = steps;
        steps.clear();
        self.step_pool = steps;
        r
    }

    /// PHP's deprecation for a float key with a fraction (or none that fits an int), raised by
    /// reads, writes, `isset`, `empty` and `??` alike.
    fn float_key_deprecation(&mut self, f: f64) -> Result<(), Flow> {
        if f.fract() != 0.0 || !f.is_finite() {
            let shown = memphis_values::convert::format_double(f, -1);
            self.raise(
                crate::errors::e::DEPRECATED,
                &format!("Implicit conversion from float {shown} to int loses precision"),
            )?;
        }
        Ok(())
    }

    /// The rest of [`Vm::place_read_quiet`]: the walk from the base value `cur` down `steps`.
    fn read_quiet_steps(
        &mut self,
        mut cur: Held,
        steps: &[Step],
        need_value: bool,
        coalesce: bool,
    ) -> Result<Option<Zval>, Flow> {
        let nsteps = steps.len();
        for (si, s) in steps.iter().enumerate() {
            let want_value = need_value || si + 1 < nsteps;
            if cur.0.is_null() {
                return Ok(None);
            }
            cur = Held(match (s, &cur.0) {
                (Step::Dim(d), Zval::Arr(a)) => {
                    let key = match d {
                        Zval::Long(i) => Key::Int(*i),
                        Zval::Str(s) => Key::from_zstr(s),
                        Zval::Null => Key::Str(ZStr::empty()),
                        Zval::Bool(b) => Key::Int(*b as i64),
                        Zval::Double(f) => {
                            self.float_key_deprecation(*f)?;
                            Key::Int(memphis_values::convert::double_to_long(*f))
                        }
                        _ => return Ok(None),
                    };
                    match a.get(&key) {
                        Some(v) => v.deref(),
                        None => return Ok(None),
                    }
                }
                (Step::Dim(d), Zval::Str(s)) => {
                    let len = s.len() as i64;
                    let i = match d {
                        Zval::Long(i) => *i,
                        Zval::Str(x) => match memphis_values::convert::numeric_string(x.as_bytes())
                        {
                            Some(memphis_values::convert::Numeric::Long(i)) => i,
                            _ => return Ok(None),
                        },
                        // (`??` reads a string offset without it, isset and empty with it.)
                        Zval::Double(f) => {
                            if !coalesce {
                                self.float_key_deprecation(*f)?;
                            }
                            *f as i64
                        }
                        Zval::Bool(b) => *b as i64,
                        _ => return Ok(None),
                    };
                    let i = if i < 0 { i + len } else { i };
                    if i < 0 || i >= len {
                        return Ok(None);
                    }
                    Zval::Str(ZStr::single(s.as_bytes()[i as usize]))
                }
                // A WeakMap's own has-dimension handler: no method frames.
                (Step::Dim(Zval::Obj(k)), Zval::Obj(o))
                    if vmc(o.class()).internal
                        && o.native::<memphis_values::weak::WeakMapData>().is_some() =>
                {
                    let v = o
                        .native::<memphis_values::weak::WeakMapData>()
                        .and_then(|m| m.get(k))
                        .map(Zval::into_deref);
                    match v {
                        Some(v) if !v.is_null() => {
                            if !want_value {
                                return Ok(Some(Zval::Bool(true)));
                            }
                            v
                        }
                        _ => return Ok(None),
                    }
                }
                (Step::Dim(d), Zval::Obj(o)) => {
                    if !crate::class::instance_of_name(o.class(), b"arrayaccess") {
                        return Ok(None);
                    }
                    let o = o.clone();
                    let exists = self.call_method(&o, "offsetexists", vec![d.clone()])?;
                    if !memphis_values::convert::to_bool(&exists) {
                        return Ok(None);
                    }
                    if !want_value {
                        return Ok(Some(Zval::Bool(true)));
                    }
                    self.call_method(&o, "offsetget", vec![d.clone()])?
                }
                (Step::Prop(n), Zval::Obj(o)) if self.active_hooks(o, n.as_bytes()).is_some() => {
                    let o = o.clone();
                    let Some(h) = self.active_hooks(&o, n.as_bytes()) else {
                        return Ok(None);
                    };
                    let v = self.read_hooked(&o, &h, n, true)?;
                    memphis_values::gc::release_nogc(Zval::Obj(o));
                    v
                }
                (Step::Prop(n), Zval::Obj(o)) => match self.visible_slot(o, n.as_bytes()) {
                    Ok(PropSlot::Declared(i)) => {
                        let v = o.slot(i);
                        if v.is_undef() {
                            if self.declared_magic(o, i, n, vmc(o.class()).magic_isset, b"__isset")
                            {
                                let r = self.with_magic_guard(o, n, b"__isset", |vm| {
                                    vm.call_method(o, "__isset", vec![Zval::Str(n.clone())])
                                })?;
                                if !memphis_values::convert::to_bool(&r) {
                                    return Ok(None);
                                }
                                if !want_value {
                                    return Ok(Some(Zval::Bool(true)));
                                }
                                if !self.declared_magic(o, i, n, vmc(o.class()).magic_get, b"__get")
                                {
                                    return Ok(None);
                                }
                                let o = o.clone();
                                let n = n.clone();
                                self.magic_get_declared(&o, i, &n)?
                            } else {
                                return Ok(None);
                            }
                        } else {
                            v.deref()
                        }
                    }
                    Ok(PropSlot::Dynamic) => match o
                        .dyn_props()
                        .and_then(|t| t.get_str(n.as_bytes()).map(|v| v.deref()))
                    {
                        Some(v) => v,
                        None => {
                            if vmc(o.class()).magic_isset && !self.in_magic(o, n, b"__isset") {
                                let r = self.with_magic_guard(o, n, b"__isset", |vm| {
                                    vm.call_method(o, "__isset", vec![Zval::Str(n.clone())])
                                })?;
                                if !memphis_values::convert::to_bool(&r) {
                                    return Ok(None);
                                }
                                if !want_value {
                                    return Ok(Some(Zval::Bool(true)));
                                }
                                if vmc(o.class()).magic_get {
                                    self.with_magic_guard(o, n, b"__get", |vm| {
                                        vm.call_method(o, "__get", vec![Zval::Str(n.clone())])
                                    })?
                                } else {
                                    Zval::Bool(true)
                                }
                            } else {
                                return Ok(None);
                            }
                        }
                    },
                    Err(_) => {
                        if vmc(o.class()).magic_isset {
                            let r = self.call_method(o, "__isset", vec![Zval::Str(n.clone())])?;
                            if !memphis_values::convert::to_bool(&r) {
                                return Ok(None);
                            }
                            if !want_value {
                                return Ok(Some(Zval::Bool(true)));
                            }
                            self.call_method(o, "__get", vec![Zval::Str(n.clone())])?
                        } else {
                            return Ok(None);
                        }
                    }
                },
                _ => return Ok(None),
            });
        }
        if cur.0.is_null() {
            return Ok(None);
        }
        Ok(Some(cur.take()))
    }

    // ----- property visibility ----------------------------------------------------------------

    /// Finds the slot for property `name` of `o` as seen from the current scope.
    pub(crate) fn visible_slot(&mut self, o: &ZObj, name: &[u8]) -> Result<PropSlot, Flow> {
        let scope = self.frames.last().and_then(|f| f.scope.clone());
        let ce = o.class().clone();
        // A private property of the calling scope's class shadows others.
        if let Some(s) = &scope {
            if crate::class::instance_of(&ce, s) {
                for (i, p) in ce.props.iter().enumerate() {
                    if p.flags & acc::PRIVATE != 0
                        && p.declaring.as_bytes() == s.name.as_bytes()
                        && p.name.as_bytes() == name
                    {
                        return Ok(PropSlot::Declared(i));
                    }
                }
            }
        }
        match ce.prop_slots.get(name) {
            Some(&i) => {
                let p = &ce.props[i as usize];
                if p.flags & acc::PUBLIC != 0 || p.flags & (acc::PRIVATE | acc::PROTECTED) == 0 {
                    return Ok(PropSlot::Declared(i as usize));
                }
                let ok = match &scope {
                    Some(s) => {
                        if p.flags & acc::PRIVATE != 0 {
                            s.name.as_bytes() == p.declaring.as_bytes()
                        } else {
                            crate::class::instance_of(s, &ce)
                                || crate::class::instance_of(&ce, s)
                                || self
                                    .lookup_class(p.declaring.as_bytes())
                                    .is_some_and(|d| crate::class::instance_of(s, &d))
                        }
                    }
                    None => false,
                };
                if ok {
                    Ok(PropSlot::Declared(i as usize))
                } else if vmc(&ce).magic_get
                    || vmc(&ce).magic_set
                    || vmc(&ce).magic_isset
                    || vmc(&ce).magic_unset
                {
                    Ok(PropSlot::Dynamic)
                } else {
                    let vis = if p.flags & acc::PRIVATE != 0 {
                        "private"
                    } else {
                        "protected"
                    };
                    Err(self.throw_error(
                        "Error",
                        format!(
                            "Cannot access {} property {}::${}",
                            vis,
                            ce.name.to_string_lossy(),
                            String::from_utf8_lossy(name)
                        ),
                    ))
                }
            }
            None => {
                // Private properties of parent classes are invisible from outside.
                Ok(PropSlot::Dynamic)
            }
        }
    }

    /// The declared slot `visible_slot` finds for `$o->name` from the current scope, when it
    /// finds one without errors or class lookups (for the run-time cache; no side effects).
    pub(crate) fn declared_slot_quiet(&self, o: &ZObj, name: &[u8]) -> Option<usize> {
        let scope = self.frames.last().and_then(|f| f.scope.as_ref());
        let ce = o.class();
        if vmc(ce).hooks.contains_key(name) {
            return None;
        }
        if let Some(s) = scope {
            if crate::class::instance_of(ce, s) {
                for (i, p) in ce.props.iter().enumerate() {
                    if p.flags & acc::PRIVATE != 0
                        && p.declaring.as_bytes() == s.name.as_bytes()
                        && p.name.as_bytes() == name
                    {
                        return Some(i);
                    }
                }
            }
        }
        let i = *ce.prop_slots.get(name)? as usize;
        let p = &ce.props[i];
        if p.flags & acc::PUBLIC != 0 || p.flags & (acc::PRIVATE | acc::PROTECTED) == 0 {
            return Some(i);
        }
        let s = scope?;
        let ok = if p.flags & acc::PRIVATE != 0 {
            s.name.as_bytes() == p.declaring.as_bytes()
        } else {
            crate::class::instance_of(s, ce) || crate::class::instance_of(ce, s)
        };
        ok.then_some(i)
    }

    /// Reads `$o->name` with visibility and `__get`.
    /// `$o->name = v` made by the engine itself (reflection), seen from the current scope.
    pub(crate) fn write_prop(&mut self, o: &ZObj, name: &ZStr, v: Zval) -> Result<Zval, Flow> {
        let mut cur = Held(Zval::Obj(o.clone()));
        let steps = [Step::Prop(name.clone())];
        self.walk(&mut cur.0, &steps, PlaceOp::Assign(v), None)
    }

    /// Runs `f` with the current frame's class scope set to `scope` (reflection reaching
    /// private and protected members as their class).
    pub(crate) fn with_scope<R>(
        &mut self,
        scope: Option<Rc<memphis_values::ClassEntry>>,
        f: impl FnOnce(&mut Vm) -> R,
    ) -> R {
        let old = self
            .frames
            .last_mut()
            .map(|fr| std::mem::replace(&mut fr.scope, scope));
        let r = f(self);
        if let (Some(old), Some(fr)) = (old, self.frames.last_mut()) {
            fr.scope = old;
        }
        r
    }

    pub(crate) fn read_prop(&mut self, o: &ZObj, name: &ZStr, quiet: bool) -> Result<Zval, Flow> {
        if let Some(h) = self.active_hooks(o, name.as_bytes()) {
            return self.read_hooked(o, &h, name, quiet);
        }
        self.read_prop_stored(o, name, quiet)
    }

    /// Reads `$o->name`'s stored value (no hooks).
    fn read_prop_stored(&mut self, o: &ZObj, name: &ZStr, quiet: bool) -> Result<Zval, Flow> {
        match self.visible_slot(o, name.as_bytes())? {
            PropSlot::Declared(i) => {
                let v = o.slot(i);
                if v.is_undef() {
                    if self.declared_magic(o, i, name, vmc(o.class()).magic_get, b"__get") {
                        return self.magic_get_declared(o, i, name);
                    }
                    if vmc(o.class())
                        .prop_types
                        .get(i)
                        .cloned()
                        .flatten()
                        .is_some()
                    {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Typed property {}::${} must not be accessed before initialization",
                                o.class().props[i].declaring.to_string_lossy(),
                                name.to_string_lossy()
                            ),
                        ));
                    }
                    if !quiet {
                        self.warn(&format!(
                            "Undefined property: {}::${}",
                            o.class().name.to_string_lossy(),
                            name.to_string_lossy()
                        ))?;
                    }
                    return Ok(Zval::Null);
                }
                Ok(v.into_deref())
            }
            PropSlot::Dynamic => {
                if let Some(v) = o
                    .dyn_props()
                    .and_then(|t| t.get_str(name.as_bytes()).map(|v| v.deref()))
                {
                    return Ok(v);
                }
                if vmc(o.class()).magic_get && !self.in_magic(o, name, b"__get") {
                    return self.with_magic_guard(o, name, b"__get", |vm| {
                        vm.call_method(o, "__get", vec![Zval::Str(name.clone())])
                    });
                }
                if !quiet {
                    self.warn(&format!(
                        "Undefined property: {}::${}",
                        o.class().name.to_string_lossy(),
                        name.to_string_lossy()
                    ))?;
                }
                Ok(Zval::Null)
            }
        }
    }

    /// Whether declared slot `i` of `o`, found empty, goes to the magic method `kind` (with
    /// `has` telling the class defines it): not while that method runs for this name, and
    /// never for a typed property not yet initialized (PHP's `IS_PROP_UNINIT`).
    fn declared_magic(&self, o: &ZObj, i: usize, name: &ZStr, has: bool, kind: &[u8]) -> bool {
        has && !o.prop_uninit(i) && !self.in_magic(o, name, kind)
    }

    /// A write or modification of declared slot `i` of `o`, found empty, that the class's
    /// magic methods take (as PHP's handlers do when a property was unset): `__set` for an
    /// assignment, `__unset` for an unset, `__get` then the write for `+=`/`++`, `__get` for
    /// a write into the value. The operation comes back (`Err`) when no magic applies; an
    /// unset of a typed property never initialized only ends that state.
    fn magic_on_unset_declared(
        &mut self,
        o: &ZObj,
        i: usize,
        name: &ZStr,
        rest: &[Step],
        op: PlaceOp,
    ) -> Result<Result<Zval, PlaceOp>, Flow> {
        let vc = vmc(o.class());
        let (get, set, unset) = (vc.magic_get, vc.magic_set, vc.magic_unset);
        if !rest.is_empty() {
            if matches!(op, PlaceOp::MakeRef | PlaceOp::BindRef(_))
                || !self.declared_magic(o, i, name, get, b"__get")
            {
                return Ok(Err(op));
            }
            let mut v = self.magic_get_declared(o, i, name)?;
            if !matches!(v, Zval::Obj(_)) {
                self.raise(
                    crate::errors::e::NOTICE,
                    &format!(
                        "Indirect modification of overloaded property {}::${} has no effect",
                        o.class().name.to_string_lossy(),
                        name.to_string_lossy()
                    ),
                )?;
            }
            let r = self.walk(&mut v, rest, op, None);
            memphis_values::gc::release_nogc(v);
            return r.map(Ok);
        }
        match op {
            PlaceOp::Assign(v) if self.declared_magic(o, i, name, set, b"__set") => {
                let args = vec![Zval::Str(name.clone()), v.clone()];
                self.with_magic_guard(o, name, b"__set", |vm| vm.call_method(o, "__set", args))?;
                Ok(Ok(v))
            }
            PlaceOp::Unset if o.prop_uninit(i) => {
                o.clear_prop_uninit(i);
                Ok(Ok(Zval::Null))
            }
            PlaceOp::Unset if self.declared_magic(o, i, name, unset, b"__unset") => {
                let args = vec![Zval::Str(name.clone())];
                self.with_magic_guard(o, name, b"__unset", |vm| {
                    vm.call_method(o, "__unset", args)
                })?;
                Ok(Ok(Zval::Null))
            }
            PlaceOp::AssignOp(bop, v) if self.declared_magic(o, i, name, get, b"__get") => {
                let cur = self.magic_get_declared(o, i, name)?;
                let nv = self.binary_op(bop, &cur, &v)?;
                self.walk_prop_stored(o, name, &[], PlaceOp::Assign(nv))
                    .map(Ok)
            }
            PlaceOp::IncDec { inc, post } if self.declared_magic(o, i, name, get, b"__get") => {
                let cur = self.magic_get_declared(o, i, name)?;
                let nv = self.incdec(&cur, inc)?;
                let r = self.walk_prop_stored(o, name, &[], PlaceOp::Assign(nv))?;
                Ok(Ok(if post { cur } else { r }))
            }
            op => Ok(Err(op)),
        }
    }

    /// `__get` for declared property slot `i` of `o`, which was unset: its result checked
    /// against the property's type as `__get`'s own file declares (coerced unless strict),
    /// with PHP's TypeError otherwise.
    fn magic_get_declared(&mut self, o: &ZObj, i: usize, name: &ZStr) -> Result<Zval, Flow> {
        let v = self.with_magic_guard(o, name, b"__get", |vm| {
            vm.call_method(o, "__get", vec![Zval::Str(name.clone())])
        })?;
        let ce = o.class().clone();
        let Some(t) = vmc(&ce).prop_types.get(i).cloned().flatten() else {
            return Ok(v);
        };
        let strict = match Self::find_method(&ce, b"__get").map(|m| m.imp.clone()) {
            Some(crate::class::MethodImpl::User(f)) => f.strict_types,
            _ => false,
        };
        let given = memphis_std::args::type_name(&v.deref());
        let inner = v.deref();
        let coerced = if strict {
            self.coerce_strict(&t, inner, ce.name.as_bytes())
        } else {
            self.coerce_to_type(&t, inner, ce.name.as_bytes())?
        };
        match coerced {
            Some(x) => {
                memphis_values::gc::release_nogc(v);
                Ok(x)
            }
            None => {
                memphis_values::gc::release_nogc(v);
                let decl = ce.props[i].declaring.to_string_lossy();
                let msg = format!(
                    "Value of type {given} returned from {decl}::__get() must be compatible with unset property {decl}::${} of type {}",
                    name.to_string_lossy(),
                    t.display()
                );
                Err(self.throw_error("TypeError", msg))
            }
        }
    }

    fn in_magic(&self, o: &ZObj, name: &ZStr, kind: &[u8]) -> bool {
        self.magic_guards
            .iter()
            .any(|(p, n, k)| *p == o.as_ptr() && n.as_bytes() == name.as_bytes() && k == kind)
    }

    fn with_magic_guard<T>(
        &mut self,
        o: &ZObj,
        name: &ZStr,
        kind: &[u8],
        f: impl FnOnce(&mut Vm) -> Result<T, Flow>,
    ) -> Result<T, Flow> {
        self.magic_guards
            .push((o.as_ptr(), name.clone(), kind.to_vec()));
        let r = f(self);
        self.magic_guards.pop();
        r
    }

    // ----- variables by name ------------------------------------------------------------------

    /// Takes a variable of the current frame by name (for `$$x` writes).
    pub(crate) fn take_var_by_name(&mut self, name: &[u8]) -> Zval {
        let Some(f) = self.frames.last_mut() else {
            return Zval::Undef;
        };
        if let Some(i) = f.func.cv_names.iter().position(|n| n.as_bytes() == name) {
            let idx = f.base + i;
            return std::mem::take(&mut self.stack[idx]);
        }
        let is_main = self.frames.len() == 1
            || self
                .frames
                .last()
                .is_some_and(|f| f.func.name.is_empty() && f.func.class_name.is_none());
        if is_main {
            return self.globals_extra.remove(name).unwrap_or(Zval::Undef);
        }
        let Some(f) = self.frames.last_mut() else {
            return Zval::Undef;
        };
        f.symtab
            .get_or_insert_with(Default::default)
            .remove(name)
            .unwrap_or(Zval::Undef)
    }

    /// Puts back a variable taken with [`Vm::take_var_by_name`].
    pub(crate) fn put_var_by_name(&mut self, name: &[u8], v: Zval) {
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        if let Some(i) = f.func.cv_names.iter().position(|n| n.as_bytes() == name) {
            let idx = f.base + i;
            self.stack[idx] = v;
            return;
        }
        let is_main = self.frames.len() == 1
            || self
                .frames
                .last()
                .is_some_and(|f| f.func.name.is_empty() && f.func.class_name.is_none());
        if is_main {
            if !v.is_undef() {
                self.globals_extra.insert(name.to_vec(), v);
            }
            return;
        }
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        if !v.is_undef() {
            f.symtab
                .get_or_insert_with(Default::default)
                .insert(name.to_vec(), v);
        }
    }

    /// Reads a variable of the current frame by name.
    pub(crate) fn get_var_by_name(&mut self, name: &[u8]) -> Option<Zval> {
        if name == b"this" {
            return self
                .frames
                .last()
                .and_then(|f| f.this.clone())
                .map(Zval::Obj);
        }
        if name == b"GLOBALS" {
            return Some(Zval::Arr(self.globals_array()));
        }
        let v = self.take_var_by_name(name);
        let r = v.deref();
        self.put_var_by_name(name, v);
        (!r.is_undef()).then_some(r)
    }

    /// A copy of the global variables as an array (`$GLOBALS` reads).
    pub(crate) fn globals_array(&mut self) -> ZArr {
        let mut arr = ZArr::new();
        if let Some(main) = self.units.first().cloned() {
            for (i, n) in main.cv_names.iter().enumerate() {
                if n.is_empty() {
                    continue;
                }
                if let Some(v) = self.stack.get(i) {
                    if !v.is_undef() {
                        arr.insert(Key::from_bytes(n.as_bytes()), v.deref());
                    }
                }
            }
        }
        for (k, v) in self.globals_extra.iter() {
            arr.insert(Key::from_bytes(k), v.deref());
        }
        arr
    }
}

/// Where a property lives.
pub enum PropSlot {
    /// Declared slot.
    Declared(usize),
    /// In the dynamic-properties table (or magic).
    Dynamic,
}

/// A value the VM holds only for the length of one operation (a container being walked):
/// released as PHP releases its temporaries, without buffering a possible root.
pub(crate) struct Held(pub(crate) Zval);

impl Held {
    /// The value, kept.
    pub(crate) fn take(mut self) -> Zval {
        std::mem::take(&mut self.0)
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        memphis_values::gc::release_nogc(std::mem::take(&mut self.0));
    }
}

/// What weak coercion makes of an undefined value for a property of type `t`: the first of
/// int, float, string and bool the type takes (Zend's `zend_verify_weak_scalar_type_hint`
/// order), `None` when it takes none of them.
fn undef_coerced(t: &TypeDecl) -> Option<Zval> {
    fn names<'a>(t: &'a TypeDecl, out: &mut Vec<&'a str>) {
        match t {
            TypeDecl::Builtin(b) => out.push(b),
            TypeDecl::Nullable(i) => names(i, out),
            TypeDecl::Union(ts) => ts.iter().for_each(|t| names(t, out)),
            _ => {}
        }
    }
    let mut n = Vec::new();
    names(t, &mut n);
    let has = |x: &str| n.iter().any(|b| *b == x || *b == "mixed");
    if has("int") {
        Some(Zval::Long(0))
    } else if has("float") {
        Some(Zval::Double(0.0))
    } else if has("string") {
        Some(Zval::Str(memphis_values::ZStr::empty()))
    } else if has("bool") {
        Some(Zval::Bool(false))
    } else {
        None
    }
}
