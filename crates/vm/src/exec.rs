//! The dispatch loop.

use crate::class::{instance_of_name, vmc};
use crate::place::PlaceOp;
use crate::{Callee, Flow, Frame, RetTo, Vm};
use memphis_compiler::bytecode::{ClassRef, Function, Magic, Op, Operand, Param, NO_CV};
use memphis_values::object::acc;
use memphis_values::{Key, KeyRef, ZArr, ZObj, ZRef, ZStr, Zval};
use std::rc::Rc;

/// The value an operand names, borrowed: a literal or a slot's content (a reference held there
/// is not read through; an undefined variable shows as `Undef`).
#[inline(always)]
pub(crate) fn peek<'a>(stack: &'a [Zval], func: &'a Function, base: usize, o: Operand) -> &'a Zval {
    match o.as_lit() {
        Some(l) => &func.literals[l as usize],
        None => &stack[base + (o.0 & !Operand::TMP_BIT) as usize],
    }
}

/// Releases a binary operator's copy of an operand. PHP frees its operands without
/// buffering roots, except that a loose comparison of arrays leaves both arrays buffered (as
/// measured on PHP 8.4: `==`, `!=`, `<`, `<=`, `>`, `>=`, `<=>`).
#[inline]
fn release_operand(op: memphis_compiler::bytecode::BinOp, v: Zval) {
    use memphis_compiler::bytecode::BinOp as B;
    let compares = matches!(
        op,
        B::Eq | B::NotEq | B::Less | B::LessEq | B::Greater | B::GreaterEq | B::Spaceship
    );
    if compares && matches!(v, Zval::Arr(_)) {
        drop(v);
    } else {
        memphis_values::gc::release_nogc(v);
    }
}

/// `a === b` when one side is an object and the other an object or a plain scalar (identity;
/// never equal across types); `None` for anything else.
#[inline]
fn identical_plain(a: &Zval, b: &Zval) -> Option<bool> {
    let plain = |v: &Zval| {
        matches!(
            v,
            Zval::Null | Zval::Bool(_) | Zval::Long(_) | Zval::Double(_)
        )
    };
    match (a, b) {
        (Zval::Obj(x), Zval::Obj(y)) => Some(x.ptr_eq(y)),
        (Zval::Obj(_), v) | (v, Zval::Obj(_)) if plain(v) => Some(false),
        _ => None,
    }
}

/// State of a `foreach`.
pub enum Iter {
    /// Over a copy of an array (by value).
    Array { arr: ZArr, pos: u32 },
    /// Over the array inside a reference (by reference).
    ArrayRef { r: ZRef, pos: u32 },
    /// Over an object's visible properties (by value).
    Props {
        items: Vec<(Zval, Zval)>,
        pos: usize,
    },
    /// Over a plain object's visible properties, read (or, by reference, made a reference in
    /// place) when the loop reaches each: the names visible when the loop began, then
    /// dynamic properties added meanwhile, as PHP walks the live table.
    PropsRef {
        obj: ZObj,
        keys: Vec<Zval>,
        pos: usize,
        by_ref: bool,
        /// The reference the loop made of the iterated variable (what PHP's loop holds);
        /// none for `$this`.
        held: Option<ZRef>,
    },
    /// Over an `Iterator` object.
    Object { obj: ZObj, first: bool },
    /// Over a generator.
    Generator { gen: ZObj, first: bool },
    /// Over a WeakMap by value: the map is held (as PHP's iterator holds it) and its table
    /// read by position, so entries that vanish meanwhile are skipped.
    WeakMap { map: ZObj, pos: u32 },
}

/// What an instruction did to control flow.
pub(crate) enum Ctl {
    /// Go on in the same frame.
    Next,
    /// The entry frame returned this value.
    Done(Zval),
}

impl Vm {
    /// Reads an operand: literals are copied, temporaries moved out, compiled variables copied
    /// (warning when undefined).
    #[inline(always)]
    pub(crate) fn read(&mut self, func: &Function, base: usize, o: Operand) -> Result<Zval, Flow> {
        if let Some(l) = o.as_lit() {
            return Ok(func.literals[l as usize].clone());
        }
        let slot = o.as_slot().unwrap_or(0) as usize;
        if o.is_tmp() {
            let v = std::mem::take(&mut self.stack[base + slot]);
            return Ok(match v {
                Zval::Ref(r) => r.get(),
                v => v,
            });
        }
        match &self.stack[base + slot] {
            Zval::Undef => self.read_undefined(func, slot),
            Zval::Ref(r) => Ok(r.get()),
            v => Ok(v.clone()),
        }
    }

    #[cold]
    #[inline(never)]
    fn read_undefined(&mut self, func: &Function, slot: usize) -> Result<Zval, Flow> {
        let name = &func.cv_names[slot];
        if name.is_empty() {
            return Ok(Zval::Null);
        }
        match name.as_str() {
            "GLOBALS" => return Ok(Zval::Arr(self.globals_array())),
            "_SERVER" | "_ENV" | "_GET" | "_POST" | "_COOKIE" | "_FILES" | "_REQUEST" => {
                // Superglobals are visible in every scope.
                let r = self.global_ref(name.clone().as_bytes());
                let v = r.get();
                if let Some(f) = self.frames.last() {
                    let idx = f.base + slot;
                    self.stack[idx] = Zval::Ref(r);
                }
                return Ok(v);
            }
            _ => {}
        }
        let msg = format!("Undefined variable ${name}");
        self.warn(&msg)?;
        Ok(Zval::Null)
    }

    /// Goes on in the scalar loop when the instruction at `ip` is one it may run (the one just
    /// run here was scalar, so a run of them may follow).
    #[inline(always)]
    fn scalar_chain(&mut self, func: &Function, base: usize, ip: usize) -> usize {
        if crate::scalar::starts(func, ip) {
            crate::scalar::run(func, &mut self.stack[base..], ip)
        } else {
            ip
        }
    }

    /// An operand's value for keeping: a temporary is moved out, a literal or variable copied
    /// as it lies (no reference read through, no undefined-variable warning: callers have
    /// checked the value).
    #[inline(always)]
    fn take_operand(&mut self, func: &Function, base: usize, o: Operand) -> Zval {
        if o.is_tmp() {
            std::mem::take(&mut self.stack[base + (o.0 & !Operand::TMP_BIT) as usize])
        } else {
            peek(&self.stack, func, base, o).clone()
        }
    }

    /// Releases an operand read in place when it is a temporary, as PHP frees an instruction's
    /// operand (`FREE_OP`: no possible root); literals and variables stay.
    #[inline(always)]
    fn release_tmp(&mut self, base: usize, o: Operand) {
        if o.is_tmp() {
            let t = std::mem::take(&mut self.stack[base + (o.0 & !Operand::TMP_BIT) as usize]);
            memphis_values::gc::release_nogc(t);
        }
    }

    #[inline(always)]
    fn set_slot(&mut self, base: usize, slot: u32, v: Zval) {
        crate::ops::put(&mut self.stack[base + slot as usize], v);
    }

    /// Runs frames until the frame at index `entry` returns.
    pub(crate) fn run(&mut self, entry: usize) -> Result<Zval, Flow> {
        loop {
            let fi = self.frames.len() - 1;
            let func = self.frames[fi].func.clone();
            // The instructions as a slice borrowed from this handle: its start and length
            // stay in registers (read through `func` they are reloaded after every call the
            // optimiser cannot see into).
            let ops: &[Op] = &func.ops;
            let base = self.frames[fi].base;
            let depth = self.frames.len();
            // The instruction pointer lives here while the fast paths run; it is stored in the
            // frame before anything that can observe it (errors, warnings, calls, destructors).
            let mut ip = self.frames[fi].ip;
            loop {
                if memphis_values::interrupt::take() {
                    self.frames[fi].ip = ip;
                    if let Err(e) = self.interrupt() {
                        match self.unwind(e, entry) {
                            Ok(()) => break,
                            Err(e) => return Err(e),
                        }
                    }
                }
                let op = &ops[ip];
                ip += 1;
                // The hottest instructions on scalars are handled here, the rest in `step`.
                match op {
                    Op::Jmp { target } => {
                        ip = *target as usize;
                        ip = self.scalar_chain(&func, base, ip);
                        continue;
                    }
                    Op::JmpZ { cond, target } | Op::JmpNz { cond, target } => {
                        let c = match peek(&self.stack, &func, base, *cond) {
                            Zval::Bool(b) => Some(*b),
                            Zval::Long(n) => Some(*n != 0),
                            Zval::Null => Some(false),
                            _ => None,
                        };
                        if let Some(t) = c {
                            if t == matches!(op, Op::JmpNz { .. }) {
                                ip = *target as usize;
                            }
                            ip = self.scalar_chain(&func, base, ip);
                            continue;
                        }
                    }
                    Op::Bin { op: bop, dst, a, b } => {
                        // The commonest forms, decoded ahead (see `scalar::one`).
                        if let Some(next) =
                            crate::scalar::one(&func, &mut self.stack[base..], ip - 1)
                        {
                            ip = self.scalar_chain(&func, base, next);
                            continue;
                        }
                        let (x, y) = (
                            peek(&self.stack, &func, base, *a),
                            peek(&self.stack, &func, base, *b),
                        );
                        let numbers = matches!(x, Zval::Long(_) | Zval::Double(_))
                            && matches!(y, Zval::Long(_) | Zval::Double(_));
                        if numbers {
                            let done = !self.stack[base + *dst as usize].is_refcounted()
                                && match crate::scalar::arith(*bop, x, y) {
                                    Some(r) => {
                                        crate::ops::put_plain(
                                            &mut self.stack[base + *dst as usize],
                                            r,
                                        );
                                        true
                                    }
                                    None => false,
                                };
                            if done {
                                let slot = &self.stack[base + *dst as usize];
                                // A comparison feeding the next instruction's jump branches
                                // here (PHP's smart branch): one dispatch fewer.
                                if let (
                                    Zval::Bool(t),
                                    Some(Op::JmpZ { cond, target } | Op::JmpNz { cond, target }),
                                ) = (slot, ops.get(ip))
                                {
                                    if cond.is_tmp() && cond.0 & !Operand::TMP_BIT == *dst {
                                        let nz = matches!(ops[ip], Op::JmpNz { .. });
                                        ip = if *t == nz { *target as usize } else { ip + 1 };
                                    }
                                }
                                ip = self.scalar_chain(&func, base, ip);
                                continue;
                            }
                        } else if *bop == memphis_compiler::bytecode::BinOp::Concat
                            && self.concat_in_loop(&func, base, *dst, *a, *b)
                        {
                            continue;
                        } else if let (
                            memphis_compiler::bytecode::BinOp::Identical
                            | memphis_compiler::bytecode::BinOp::NotIdentical,
                            Some(same),
                        ) = (
                            bop,
                            identical_plain(
                                peek(&self.stack, &func, base, *a),
                                peek(&self.stack, &func, base, *b),
                            ),
                        ) {
                            // `===` on objects (and null/bool/int beside one): identity.
                            self.release_tmp(base, *a);
                            self.release_tmp(base, *b);
                            let r = same == (*bop == memphis_compiler::bytecode::BinOp::Identical);
                            self.set_slot(base, *dst, Zval::Bool(r));
                            ip = self.scalar_chain(&func, base, ip);
                            continue;
                        }
                    }
                    // `$s .= "…"` on a variable holding a string.
                    Op::AssignOp {
                        cv,
                        op: memphis_compiler::bytecode::BinOp::Concat,
                        val,
                        dst: None,
                        ..
                    } if *cv != NO_CV && self.concat_assign_fast(&func, base, *cv, *val) => {
                        continue;
                    }
                    Op::Rope { dst, parts } if self.rope_fast(&func, base, *dst, parts) => {
                        continue;
                    }
                    // `$x op= n` and `$x++` on a number in a plain variable: the scalar loop.
                    Op::AssignOp {
                        cv,
                        op: bop,
                        dst: None,
                        ..
                    } if *cv != NO_CV && *bop != memphis_compiler::bytecode::BinOp::Concat => {
                        let next = crate::scalar::run(&func, &mut self.stack[base..], ip - 1);
                        if next != ip - 1 {
                            ip = next;
                            continue;
                        }
                    }
                    Op::IncDec { cv, .. } if *cv != NO_CV => {
                        let next = crate::scalar::run(&func, &mut self.stack[base..], ip - 1);
                        if next != ip - 1 {
                            ip = next;
                            continue;
                        }
                    }
                    // `self::$n++` on a static property holding an int, in place.
                    Op::IncDec {
                        place,
                        inc,
                        post,
                        dst,
                        ..
                    } => {
                        let (inc, post) = (*inc, *post);
                        if let Some(r) =
                            self.static_scalar_op(&func, *place, |cur| incdec_long(cur, inc, post))
                        {
                            if let Some(d) = dst {
                                self.set_slot(base, *d, r);
                            }
                            continue;
                        }
                    }
                    // `self::$n += 1` on a static property holding a number, in place.
                    Op::AssignOp {
                        place,
                        op: bop,
                        val,
                        dst,
                        ..
                    } if *bop != memphis_compiler::bytecode::BinOp::Concat => {
                        let v = peek(&self.stack, &func, base, *val);
                        if matches!(v, Zval::Long(_) | Zval::Double(_)) {
                            let v = v.clone();
                            if let Some(r) = self
                                .static_scalar_op(&func, *place, |cur| static_arith(*bop, cur, &v))
                            {
                                if let Some(d) = dst {
                                    self.set_slot(base, *d, r);
                                }
                                continue;
                            }
                        }
                    }
                    Op::AssignCv { cv, val, dst: None } => {
                        // A scalar into a variable that holds no reference or refcounted value.
                        let v = match peek(&self.stack, &func, base, *val) {
                            v @ (Zval::Null | Zval::Bool(_) | Zval::Long(_) | Zval::Double(_)) => {
                                Some(v.clone())
                            }
                            _ => None,
                        };
                        if let Some(v) = v {
                            let slot = &mut self.stack[base + *cv as usize];
                            if !slot.is_refcounted() {
                                crate::ops::put_plain(slot, v);
                                ip = self.scalar_chain(&func, base, ip);
                                continue;
                            }
                        }
                        // Any other value into a variable that holds no reference.
                        let v = match peek(&self.stack, &func, base, *val) {
                            Zval::Undef | Zval::Ref(_) => None,
                            _ if matches!(self.stack[base + *cv as usize], Zval::Ref(_)) => None,
                            _ if val.is_tmp() => Some(std::mem::take(
                                &mut self.stack[base + (val.0 & !Operand::TMP_BIT) as usize],
                            )),
                            v => Some(v.clone()),
                        };
                        if let Some(v) = v {
                            self.set_slot(base, *cv, v);
                            continue;
                        }
                    }
                    Op::InitMethodCall {
                        obj, name, argc, ..
                    } => {
                        // A method the run-time cache resolved for this class and scope.
                        let hit = match (name.as_lit(), peek(&self.stack, &func, base, *obj)) {
                            (Some(l), Zval::Obj(ob)) => {
                                let scope = crate::cache::scope_id(self.effective_scope_ref());
                                crate::cache::method_ref(&func, l, ob.class(), scope)
                            }
                            _ => None,
                        };
                        if let Some(hit) = hit {
                            // A user method with plainly sent arguments: entered at once.
                            let fused = match &*hit {
                                Callee::User {
                                    func: f,
                                    closure: None,
                                    ..
                                } if self.can_enter_fused(f, *argc) => {
                                    let room = f.num_slots();
                                    self.fused_sends(&func, base, ip, *argc, room).map(
                                        |(d, resume)| match d {
                                            Some(d) => (RetTo::Slot(base + d as usize), resume),
                                            None => (RetTo::Discard, resume),
                                        },
                                    )
                                }
                                _ => None,
                            };
                            let ob = self.take_operand(&func, base, *obj);
                            // (The object read above: the hit was found on it.)
                            if let Zval::Obj(o) = ob {
                                if let (
                                    Some((ret, resume)),
                                    Callee::User {
                                        func: f,
                                        scope,
                                        static_class,
                                        ..
                                    },
                                ) = (fused, &*hit)
                                {
                                    self.enter_fused(
                                        resume,
                                        *argc,
                                        f,
                                        Some(o),
                                        scope,
                                        static_class,
                                        ret,
                                    );
                                    break;
                                }
                                match &*hit {
                                    Callee::User {
                                        func: f,
                                        scope,
                                        static_class,
                                        closure: None,
                                        ..
                                    } => self.push_user_call(f, Some(o), scope, static_class),
                                    Callee::Native { f, .. } => {
                                        let this = (!f.is_static).then_some(o);
                                        match self.call_native_fused(
                                            f,
                                            this.as_ref(),
                                            &func,
                                            base,
                                            ip,
                                            *argc,
                                        ) {
                                            Some((dst, r)) => {
                                                // `$this` goes as PHP's method call releases
                                                // it (a possible root), before the result is
                                                // stored.
                                                drop(this);
                                                match self
                                                    .after_direct_call(base, dst, r, entry, depth)
                                                {
                                                    Ok(true) => {
                                                        ip = self.frames[fi].ip;
                                                        continue;
                                                    }
                                                    Ok(false) => break,
                                                    Err(e) => return Err(e),
                                                }
                                            }
                                            None => self.push_native_method(f, this),
                                        }
                                    }
                                    c => {
                                        let mut c = c.clone();
                                        c.set_this(o);
                                        self.push_call(c);
                                    }
                                }
                            }
                            continue;
                        }
                    }
                    Op::FreeTmp { slot, .. } => {
                        // An unused result that holds nothing (most calls' `null`).
                        let s = &mut self.stack[base + *slot as usize];
                        if !s.is_refcounted() {
                            crate::ops::put_plain(s, Zval::Undef);
                            continue;
                        }
                    }
                    Op::FetchThis { dst } => {
                        // `$this->name` read at once when the next instruction reads a
                        // declared, initialised property of this temporary that the run-time
                        // cache knows: no handle on `$this` is taken.
                        if let Some(Op::FetchProp {
                            dst: pdst,
                            obj,
                            name,
                            ..
                        }) = ops.get(ip)
                        {
                            let f = &self.frames[fi];
                            let hit = match (
                                obj.0 == (*dst | Operand::TMP_BIT),
                                name.as_lit(),
                                &f.this,
                            ) {
                                (true, Some(l), Some(t)) => {
                                    crate::cache::prop(&func, l, t.class(), &f.scope)
                                        .map(|i| t.slot(i))
                                        .filter(|v| !v.is_undef())
                                }
                                _ => None,
                            };
                            if let Some(v) = hit {
                                let slot = &mut self.stack[base + *pdst as usize];
                                match v {
                                    Zval::Ref(r) => crate::ops::put(slot, r.get()),
                                    v => crate::ops::put(slot, v),
                                }
                                ip += 1;
                                continue;
                            }
                        }
                        if let Some(t) = self.frames[fi].this.clone() {
                            self.set_slot(base, *dst, Zval::Obj(t));
                            continue;
                        }
                    }
                    Op::FetchProp { dst, obj, name, .. } => {
                        // A declared, initialised property the run-time cache knows.
                        let hit = match (name.as_lit(), peek(&self.stack, &func, base, *obj)) {
                            (Some(l), Zval::Obj(ob)) => {
                                crate::cache::prop(&func, l, ob.class(), &self.frames[fi].scope)
                                    .map(|i| ob.slot(i))
                                    .filter(|v| !v.is_undef())
                            }
                            _ => None,
                        };
                        if let Some(v) = hit {
                            self.release_tmp(base, *obj);
                            // Each kind written in its own arm: joined, the value went
                            // through a stack temporary in two halves and was read back
                            // whole, a store-forwarding stall.
                            let slot = &mut self.stack[base + *dst as usize];
                            match v {
                                Zval::Ref(r) => crate::ops::put(slot, r.get()),
                                v => crate::ops::put(slot, v),
                            }
                            continue;
                        }
                    }
                    Op::InitStaticCall {
                        class: ClassRef::Named(n),
                        name,
                        argc,
                    } => {
                        let hit = match (name.as_lit(), crate::cache::class(&func, *n)) {
                            (Some(l), Some(ce)) => crate::cache::static_call_ref(&func, l, &ce),
                            _ => None,
                        };
                        if let Some(c) = hit {
                            // Written into the kept entry in place (see `push_cached_function_call`).
                            match &*c {
                                Callee::User {
                                    func: f,
                                    this: None,
                                    scope,
                                    static_class,
                                    closure: None,
                                } => self.push_user_call(f, None, scope, static_class),
                                Callee::Native { f, this: None } => {
                                    match self.call_native_fused(f, None, &func, base, ip, *argc) {
                                        Some((dst, r)) => {
                                            match self.after_direct_call(base, dst, r, entry, depth)
                                            {
                                                Ok(true) => {
                                                    ip = self.frames[fi].ip;
                                                    continue;
                                                }
                                                Ok(false) => break,
                                                Err(e) => return Err(e),
                                            }
                                        }
                                        None => self.push_native_method(f, None),
                                    }
                                }
                                c => self.push_call(c.clone()),
                            }
                            continue;
                        }
                    }
                    Op::New {
                        dst,
                        class: ClassRef::Named(n),
                        argc,
                    } => {
                        // A user class named outright, with a public constructor or none.
                        if let Some(ce) = crate::cache::class(&func, *n) {
                            let vc = vmc(&ce);
                            let plain = ce.flags
                                & (acc::ABSTRACT | acc::INTERFACE | acc::TRAIT | acc::ENUM)
                                == 0
                                && !vc.internal
                                && vc
                                    .ctor
                                    .as_ref()
                                    .is_none_or(|m| m.flags & (acc::PRIVATE | acc::PROTECTED) == 0);
                            if plain {
                                let ctor = vc.ctor.clone();
                                self.frames[fi].ip = ip;
                                let o = self.instantiate(&ce);
                                match ctor {
                                    // No constructor and no arguments: nothing to call.
                                    None if matches!(ops.get(ip), Some(Op::DoCall { .. })) => {
                                        self.set_slot(base, *dst, Zval::Obj(o));
                                        ip += 1;
                                        continue;
                                    }
                                    None => {
                                        self.set_slot(base, *dst, Zval::Obj(o));
                                        self.push_call(Callee::Noop);
                                    }
                                    Some(m) => {
                                        self.set_slot(base, *dst, Zval::Obj(o.clone()));
                                        // A user constructor with plainly sent arguments:
                                        // entered at once (its result is not the call's).
                                        if let crate::class::MethodImpl::User(f) = &m.imp {
                                            let fused = if self.can_enter_fused(f, *argc) {
                                                self.fused_sends(
                                                    &func,
                                                    base,
                                                    ip,
                                                    *argc,
                                                    f.num_slots(),
                                                )
                                            } else {
                                                None
                                            };
                                            if let Some((_, resume)) = fused {
                                                let sc = Some(o.class().clone());
                                                self.enter_fused(
                                                    resume,
                                                    *argc,
                                                    f,
                                                    Some(o),
                                                    &m.class(),
                                                    &sc,
                                                    RetTo::Ctor,
                                                );
                                                break;
                                            }
                                        }
                                        if let crate::class::MethodImpl::User(f) = &m.imp {
                                            let sc = Some(o.class().clone());
                                            self.push_user_call(f, Some(o), &m.class(), &sc);
                                        } else {
                                            let c = self.method_to_callee(&m, Some(o), ce.clone());
                                            self.push_call(c);
                                        }
                                    }
                                }
                                self.ctor_marks.push(self.calls.len() - 1);
                                continue;
                            }
                        }
                    }
                    Op::InitFCall { name, argc, .. } => {
                        match self.enter_fused_fcall(&func, base, ip, *name, *argc) {
                            // The outer loop picks up the new frame.
                            crate::light::Fused::Frame => break,
                            crate::light::Fused::Back(next) => {
                                ip = next;
                                continue;
                            }
                            crate::light::Fused::No => {}
                        }
                        if self.push_cached_function_call(&func, *name) {
                            continue;
                        }
                        if let Some(b) = crate::cache::builtin(&func, *name) {
                            match self.call_builtin_fused(b, &func, base, ip, *argc) {
                                Some((dst, r)) => {
                                    match self.after_direct_call(base, dst, r, entry, depth) {
                                        Ok(true) => ip = self.frames[fi].ip,
                                        Ok(false) => break,
                                        Err(e) => return Err(e),
                                    }
                                }
                                None => self.push_builtin_call(b),
                            }
                            continue;
                        }
                    }
                    Op::DoCall { dst } => {
                        let ret = match dst {
                            Some(d) => RetTo::Slot(base + *d as usize),
                            None => RetTo::Discard,
                        };
                        self.frames[fi].ip = ip;
                        if self.enter_simple(ret) {
                            // The outer loop picks up the new frame.
                            break;
                        }
                        if self.finish_noop_call(ret) {
                            continue;
                        }
                        // A builtin or a built-in class's Rust method, called right here.
                        let called = if let Some((spec, this)) = self.take_simple_native_call() {
                            let args = std::mem::take(&mut self.args_pool);
                            let r = self.call_native(spec, this.as_ref(), args);
                            // `$this` goes as PHP's method call releases it (a possible root).
                            drop(this);
                            Some(r)
                        } else {
                            self.take_simple_builtin_call().map(|b| {
                                let args = std::mem::take(&mut self.args_pool);
                                self.call_builtin(b, args)
                            })
                        };
                        match called {
                            Some(Ok(v)) => {
                                match ret {
                                    RetTo::Slot(i) => crate::ops::put(&mut self.stack[i], v),
                                    _ => drop(v),
                                }
                                if self.frames.len() != depth {
                                    break;
                                }
                                ip = self.frames[fi].ip;
                                continue;
                            }
                            Some(Err(e)) => match self.unwind(e, entry) {
                                Ok(()) => break,
                                Err(e) => return Err(e),
                            },
                            None => {}
                        }
                    }
                    Op::Return { val } => {
                        // A plain value back to a calling function's slot.
                        let f = &self.frames[fi];
                        let v = match peek(&self.stack, &func, base, *val) {
                            Zval::Undef | Zval::Ref(_) => None,
                            // Generators, the script's own frame and includes go the long way.
                            _ if f.generator.is_some() || fi == 0 || f.include_of.is_some() => None,
                            _ if val.is_tmp() => Some(std::mem::take(
                                &mut self.stack[base + (val.0 & !Operand::TMP_BIT) as usize],
                            )),
                            v => Some(v.clone()),
                        };
                        if let Some(v) = v {
                            let ret = f.ret;
                            self.pop_user_frame();
                            match ret {
                                RetTo::Slot(i) => crate::ops::put(&mut self.stack[i], v),
                                // (A value holding nothing is not moved to be dropped:
                                // that copy read back whole what was written in halves.)
                                RetTo::Discard | RetTo::Ctor => {
                                    if v.is_refcounted() {
                                        drop(v)
                                    } else {
                                        std::mem::forget(v)
                                    }
                                }
                                // Back to the Rust caller (a destructor, a callback).
                                RetTo::Native => {
                                    self.native_ret = Zval::Null;
                                    return Ok(v);
                                }
                            }
                            break;
                        }
                    }
                    Op::Move { dst, src } => {
                        let v = std::mem::take(&mut self.stack[base + *src as usize]);
                        self.set_slot(base, *dst, v);
                        continue;
                    }
                    Op::Copy { dst, src } => {
                        let v = match peek(&self.stack, &func, base, *src) {
                            Zval::Undef | Zval::Ref(_) => None,
                            _ if src.is_tmp() => Some(std::mem::take(
                                &mut self.stack[base + (src.0 & !Operand::TMP_BIT) as usize],
                            )),
                            v => Some(v.clone()),
                        };
                        if let Some(v) = v {
                            self.set_slot(base, *dst, v);
                            continue;
                        }
                    }
                    // A declared property, or an element of an unshared array, written directly.
                    Op::Assign {
                        place,
                        val,
                        dst: None,
                    } if match prop_place(&func, *place) {
                        Some((p, l)) => self.assign_prop_fast(&func, base, fi, p, l, *val),
                        None => self.assign_in_loop(&func, base, *place, *val),
                    } =>
                    {
                        continue;
                    }
                    Op::InitArray { dst, size } => {
                        self.set_slot(base, *dst, Zval::Arr(ZArr::with_capacity(*size)));
                        continue;
                    }
                    // `isset($a[k])` / `empty($a[k])` on an array in a variable.
                    Op::Isset { place, dst, empty } => {
                        let empty = *empty;
                        let r = self.quiet_dim(&func, base, *place, |v| match v {
                            None => empty,
                            Some(v) if empty => !memphis_values::convert::to_bool(v),
                            Some(v) => !v.is_null(),
                        });
                        if let Some(r) = r {
                            self.set_slot(base, *dst, Zval::Bool(r));
                            continue;
                        }
                    }
                    // `$a[k] ?? …` on an array in a variable.
                    Op::CoalescePlace { place, dst, target } => {
                        let r = self.quiet_dim(&func, base, *place, |v| match v {
                            Some(v) if !v.is_null() => Some(v.clone()),
                            _ => None,
                        });
                        if let Some(r) = r {
                            if let Some(v) = r {
                                self.set_slot(base, *dst, v);
                                ip = *target as usize;
                            }
                            continue;
                        }
                    }
                    // `unset($x)`: the variable's handle goes (a destructor it makes due runs
                    // at the next instruction's interrupt check, as after the general path).
                    Op::Unset { place } => {
                        let p = &func.places[*place as usize];
                        if let (memphis_compiler::bytecode::PlaceBase::Cv(cv), true) =
                            (&p.base, p.elems.is_empty())
                        {
                            let old = std::mem::take(&mut self.stack[base + *cv as usize]);
                            self.frames[fi].ip = ip;
                            drop(old);
                            continue;
                        }
                    }
                    Op::Strlen { dst, val } => {
                        if let Zval::Str(s) = peek(&self.stack, &func, base, *val) {
                            let n = s.len() as i64;
                            self.release_tmp(base, *val);
                            self.set_slot(base, *dst, Zval::Long(n));
                            continue;
                        }
                    }
                    Op::ArrayKeyExists { dst, key, arr } => {
                        let found = match peek(&self.stack, &func, base, *arr) {
                            Zval::Arr(a) => elem_at(a, peek(&self.stack, &func, base, *key))
                                .map(|e| e.is_some()),
                            _ => None,
                        };
                        if let Some(r) = found {
                            self.release_tmp(base, *key);
                            self.release_tmp(base, *arr);
                            self.set_slot(base, *dst, Zval::Bool(r));
                            continue;
                        }
                    }
                    Op::Count { dst, val, .. } => {
                        if let Zval::Arr(a) = peek(&self.stack, &func, base, *val) {
                            let n = a.len() as i64;
                            self.release_tmp(base, *val);
                            self.set_slot(base, *dst, Zval::Long(n));
                            continue;
                        }
                    }
                    // `is_int($x)` and its kin on a defined value, read in place.
                    Op::TypeCheck { dst, val, kind } if *kind != 7 => {
                        let v = peek(&self.stack, &func, base, *val);
                        if !matches!(v, Zval::Undef | Zval::Ref(_)) {
                            let r = type_check(*kind, v);
                            self.release_tmp(base, *val);
                            self.set_slot(base, *dst, Zval::Bool(r));
                            continue;
                        }
                    }
                    Op::Un { .. } => {
                        let next = crate::scalar::run(&func, &mut self.stack[base..], ip - 1);
                        if next != ip - 1 {
                            ip = next;
                            continue;
                        }
                    }
                    // `foreach ($array as …)` over a non-empty array, and its end.
                    Op::FeReset { iter, val, .. }
                        if self.fe_reset_array(&func, base, *iter, *val) =>
                    {
                        continue;
                    }
                    Op::FeFree { iter } if self.fe_free_array(fi, *iter) => continue,
                    Op::FeFetch {
                        iter,
                        val,
                        key,
                        end,
                    } => {
                        // The next element of an array walked by value.
                        let f = &mut self.frames[fi];
                        if let Some(Some(Iter::Array { arr, pos })) =
                            f.iters.get_mut(*iter as usize)
                        {
                            match arr.next_live(*pos) {
                                None => ip = *end as usize,
                                Some((p, k, v)) => {
                                    *pos = p + 1;
                                    let k = key.map(|_| k.to_zval());
                                    let v = match v {
                                        Zval::Ref(r) => r.get(),
                                        v => memphis_values::zval::copy_of(v),
                                    };
                                    // The value straight into the loop variable when the next
                                    // instruction only assigns it to one holding no reference
                                    // (PHP's FE_FETCH writes its CV itself).
                                    let target = match ops.get(ip) {
                                        Some(Op::AssignCv {
                                            cv,
                                            val: from,
                                            dst: None,
                                        }) if from.0 == (*val | Operand::TMP_BIT)
                                            && !matches!(
                                                self.stack[base + *cv as usize],
                                                Zval::Ref(_)
                                            ) =>
                                        {
                                            Some(*cv)
                                        }
                                        _ => None,
                                    };
                                    match target {
                                        Some(cv) => {
                                            self.set_slot(base, cv, v);
                                            ip += 1;
                                        }
                                        None => self.set_slot(base, *val, v),
                                    }
                                    if let (Some(ks), Some(k)) = (key, k) {
                                        // The key likewise, when the instruction after
                                        // assigns it to a variable holding no reference.
                                        match ops.get(ip) {
                                            Some(Op::AssignCv {
                                                cv,
                                                val: from,
                                                dst: None,
                                            }) if target.is_some()
                                                && from.0 == (*ks | Operand::TMP_BIT)
                                                && !matches!(
                                                    self.stack[base + *cv as usize],
                                                    Zval::Ref(_)
                                                ) =>
                                            {
                                                self.set_slot(base, *cv, k);
                                                ip += 1;
                                            }
                                            _ => self.set_slot(base, *ks, k),
                                        }
                                    }
                                }
                            }
                            continue;
                        }
                    }
                    Op::AddElem { arr, key, val } => {
                        // A plain value under no key or an int/string literal key.
                        self.frames[fi].ip = ip;
                        match self.add_elem_in_loop(&func, base, *arr, *key, *val) {
                            Ok(true) => continue,
                            Ok(false) => {}
                            Err(e) => match self.unwind(e, entry) {
                                Ok(()) => break,
                                Err(e) => return Err(e),
                            },
                        }
                    }
                    Op::FetchDim {
                        dst,
                        base: b,
                        dim,
                        quiet: false,
                    } => {
                        // An element that exists, read from an array by an int or string.
                        let (x, d) = (
                            peek(&self.stack, &func, base, *b),
                            peek(&self.stack, &func, base, *dim),
                        );
                        let hit = match (x, d) {
                            (Zval::Arr(a), Zval::Long(i)) => a.get_int(*i),
                            (Zval::Arr(a), Zval::Str(s)) => a.get_zstr(s),
                            _ => None,
                        };
                        let v = match hit {
                            Some(Zval::Ref(r)) => Some(r.get()),
                            Some(v) => Some(v.clone()),
                            // A WeakMap's own read handler (a missing key: the general
                            // path's error).
                            None => match (x, d) {
                                (Zval::Obj(o), Zval::Obj(k)) if vmc(o.class()).internal => o
                                    .native::<memphis_values::weak::WeakMapData>()
                                    .and_then(|m| m.get(k))
                                    .map(Zval::into_deref),
                                _ => None,
                            },
                        };
                        if let Some(v) = v {
                            // Operands read from temporaries are released as PHP frees them
                            // (the container without a possible root).
                            self.release_tmp(base, *b);
                            self.release_tmp(base, *dim);
                            self.set_slot(base, *dst, v);
                            continue;
                        }
                    }
                    Op::Recv { n } => {
                        // A passed parameter that plainly fits its type (or has none), or an
                        // int for a float (which PHP converts in strict mode too).
                        let slot = &mut self.stack[base + *n as usize];
                        if !slot.is_undef() {
                            use memphis_values::zval::kind;
                            match func.params.get(*n as usize) {
                                // (An untyped parameter takes every kind.)
                                Some(p) if p.accepts & slot.kind_bit() != 0 => continue,
                                // An int for a type that takes floats but not ints (told
                                // before the type's names are looked at: they cannot take it).
                                Some(p)
                                    if p.accepts & (kind::LONG | kind::DOUBLE) == kind::DOUBLE
                                        && matches!(slot, Zval::Long(_)) =>
                                {
                                    if let Zval::Long(i) = slot {
                                        let d = *i as f64;
                                        crate::ops::put_plain(slot, Zval::Double(d));
                                        continue;
                                    }
                                }
                                Some(p @ Param { ty: Some(t), .. })
                                    if crate::call::fits_plainly(
                                        t,
                                        p.accepts,
                                        &p.class_hit,
                                        slot,
                                    ) =>
                                {
                                    continue
                                }
                                _ => {}
                            }
                        }
                    }
                    Op::VerifyReturn { val, dst } if val.as_lit().is_none() => {
                        // A returned value that plainly fits the declared type.
                        let fits = match (&func.ret_type, peek(&self.stack, &func, base, *val)) {
                            (_, Zval::Undef | Zval::Ref(_)) => false,
                            (Some(t), v) => crate::call::fits_plainly(
                                t,
                                func.ret_accepts,
                                &func.ret_class_hit,
                                v,
                            ),
                            (None, _) => true,
                        };
                        if fits {
                            let src = base + (val.0 & !Operand::TMP_BIT) as usize;
                            let v = if val.is_tmp() {
                                std::mem::take(&mut self.stack[src])
                            } else {
                                self.stack[src].clone()
                            };
                            self.set_slot(base, *dst, v);
                            continue;
                        }
                    }
                    Op::SendVal {
                        val, name: None, ..
                    } if self.pending_positional_by_value() => {
                        let v = match peek(&self.stack, &func, base, *val) {
                            Zval::Undef | Zval::Ref(_) => None,
                            _ if val.is_tmp() => Some(std::mem::take(
                                &mut self.stack[base + (val.0 & !Operand::TMP_BIT) as usize],
                            )),
                            v => Some(v.clone()),
                        };
                        if let Some(v) = v {
                            v.push_onto(&mut self.stack);
                            continue;
                        }
                    }
                    Op::SendPlace {
                        place,
                        cv,
                        name: None,
                        ..
                    } => {
                        if *cv != memphis_compiler::bytecode::NO_CV {
                            let v = &self.stack[base + *cv as usize];
                            if !matches!(v, Zval::Undef | Zval::Ref(_))
                                && self.pending_positional_by_value()
                            {
                                v.clone().push_onto(&mut self.stack);
                                continue;
                            }
                        }
                        let p = &func.places[*place as usize];
                        // `$this` as an argument.
                        if let (memphis_compiler::bytecode::PlaceBase::This, true) =
                            (&p.base, p.elems.is_empty())
                        {
                            if self.pending_positional_by_value() {
                                if let Some(t) = self.frames[fi].this.clone() {
                                    Zval::Obj(t).push_onto(&mut self.stack);
                                    continue;
                                }
                            }
                        }
                    }
                    _ => {}
                }
                self.frames[fi].ip = ip;
                let r = match op {
                    Op::JmpZ { cond, target } | Op::JmpNz { cond, target } => {
                        match self.read(&func, base, *cond) {
                            Ok(c) => {
                                if truthy(&c) == matches!(op, Op::JmpNz { .. }) {
                                    ip = *target as usize;
                                }
                                continue;
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::Bin { op: bop, dst, a, b } => {
                        match (self.read(&func, base, *a), self.read(&func, base, *b)) {
                            (Ok(x), Ok(y)) => {
                                let r = self.binary_op(*bop, &x, &y);
                                release_operand(*bop, x);
                                release_operand(*bop, y);
                                r.map(|v| {
                                    self.set_slot(base, *dst, v);
                                    Ctl::Next
                                })
                            }
                            (Err(e), x) | (x, Err(e)) => {
                                if let Ok(x) = x {
                                    memphis_values::gc::release_nogc(x);
                                }
                                Err(e)
                            }
                        }
                    }
                    _ => self.step(&func, base, op),
                };
                match r {
                    Ok(Ctl::Next) => {
                        if self.frames.len() != depth {
                            break;
                        }
                        ip = self.frames[fi].ip;
                    }
                    Ok(Ctl::Done(v)) => return Ok(v),
                    Err(e) => match self.unwind(e, entry) {
                        Ok(()) => break,
                        Err(e) => return Err(e),
                    },
                }
            }
            if self.frames.len() <= entry {
                // The entry frame was popped by a yield or an exception handled outside.
                return Ok(std::mem::take(&mut self.native_ret));
            }
        }
    }

    /// Applies `f` in place to the static property `C::$name` named by place `pidx` when the
    /// place is the property itself (no dimensions), its class resolves and it is plainly
    /// accessible (public, or private to the running class); `f` returns `None` to leave the
    /// value to the general path. Nothing else is touched: no handle is taken on the property.
    fn static_scalar_op(
        &mut self,
        func: &Function,
        pidx: u32,
        f: impl FnOnce(&mut Zval) -> Option<Zval>,
    ) -> Option<Zval> {
        use memphis_compiler::bytecode::PlaceBase;
        let p = &func.places[pidx as usize];
        let (PlaceBase::StaticProp(cref, name), true) = (&p.base, p.elems.is_empty()) else {
            return None;
        };
        let scope = &self.frames.last()?.scope;
        let mut f = Some(f);
        // (`f` only does arithmetic on the int or float it finds, overwriting a scalar.)
        let hit = crate::cache::with_static_cell(func, pidx, scope, |cell| {
            f.take().and_then(|f| cell.modify_in_place(f))
        });
        if let Some(r) = hit {
            return r;
        }
        let f = f?;
        let ce = match cref {
            ClassRef::SelfRef => scope.clone()?,
            ClassRef::Named(n) => crate::cache::class(func, *n)?,
            _ => return None,
        };
        let name = lit_bytes(func, name.as_lit()?);
        crate::class::init_statics(&ce);
        let (cell, flags, decl, _) = vmc(&ce).statics.get(name)?;
        if flags & acc::PROTECTED != 0
            || (flags & acc::PRIVATE != 0 && scope.as_ref()?.name.as_bytes() != decl.as_bytes())
        {
            return None;
        }
        crate::cache::set_static_prop(func, pidx, scope, cell);
        cell.modify_in_place(f)
    }

    /// The object and slot of the place `$obj->name` / `$this->name` when it is a declared,
    /// visible property that may be written directly (not readonly, no asymmetric visibility,
    /// no hooks); the slot comes from the run-time cache, which a miss fills.
    fn direct_prop_slot(
        &self,
        func: &Function,
        base: usize,
        pidx: u32,
    ) -> Option<(&ZObj, usize, u16)> {
        use memphis_compiler::bytecode::PlaceElem;
        let p = &func.places[pidx as usize];
        let [PlaceElem::Prop(name)] = p.elems.as_slice() else {
            return None;
        };
        let l = name.as_lit()?;
        let f = self.frames.last()?;
        let o = place_object(&self.stack, base, &p.base, f)?;
        let (i, accepts) = self.prop_write_slot(func, l, o, &f.scope)?;
        Some((o, i, accepts))
    }

    /// `$obj->name = v` / `$this->name = v` on a property `direct_prop_slot` finds whose type
    /// (if any) plainly accepts `v` and whose slot holds no reference: written in the slot.
    /// Anything else gives `v` back for the general path.
    fn assign_declared_prop(
        &mut self,
        func: &Function,
        base: usize,
        pidx: u32,
        v: Zval,
        want: bool,
    ) -> Result<Zval, Zval> {
        let Some((o, i)) = self.plain_declared_target(func, base, pidx, &v) else {
            return Err(v);
        };
        let ret = if want { v.clone() } else { Zval::Null };
        let old = o.set_slot(i, v);
        drop(old);
        Ok(ret)
    }

    /// The object and slot `$obj->name = v` may write directly: a property `direct_prop_slot`
    /// finds, not holding a reference, whose type `v` plainly fits.
    fn plain_declared_target(
        &self,
        func: &Function,
        base: usize,
        pidx: u32,
        v: &Zval,
    ) -> Option<(&ZObj, usize)> {
        let (o, i, accepts) = self.direct_prop_slot(func, base, pidx)?;
        fits_slot_plainly(v, accepts, o, i).then_some((o, i))
    }

    /// `foreach` over a non-empty array: its iterator set at once (true); false, with nothing
    /// touched, for anything else.
    #[inline(never)]
    fn fe_reset_array(&mut self, func: &Function, base: usize, iter: u32, val: Operand) -> bool {
        if !matches!(peek(&self.stack, func, base, val), Zval::Arr(a) if !a.is_empty()) {
            return false;
        }
        // (An array, as just seen.)
        match self.take_operand(func, base, val) {
            Zval::Arr(a) => {
                self.set_iter(iter, Iter::Array { arr: a, pos: 0 });
                true
            }
            other => self.untake_operand(base, val, other),
        }
    }

    /// The end of a `foreach` over an array: its copy let go without a root (true); false,
    /// with nothing touched, for any other iterator.
    #[inline(never)]
    fn fe_free_array(&mut self, fi: usize, iter: u32) -> bool {
        let slot = self.frames[fi].iters.get_mut(iter as usize);
        match slot {
            Some(s @ Some(Iter::Array { .. })) => {
                if let Some(Iter::Array { arr, .. }) = s.take() {
                    arr.release_nogc();
                }
                true
            }
            _ => false,
        }
    }

    /// The dispatch loop's direct writes other than [`Vm::assign_prop_fast`]'s, by the shape
    /// of the place: one element of an array ([`Vm::assign_dim_in_loop`]), an element of a
    /// property's array or a property of an array's element. False, with nothing touched,
    /// when none takes it.
    #[inline(never)]
    fn assign_in_loop(&mut self, func: &Function, base: usize, pidx: u32, val: Operand) -> bool {
        use memphis_compiler::bytecode::PlaceElem;
        match func.places[pidx as usize].elems.as_slice() {
            // (Cached ones `assign_prop_fast` took; a miss fills the cache in the general path.)
            [PlaceElem::Prop(_)] => false,
            [_] => self.assign_dim_in_loop(func, base, pidx, val),
            [PlaceElem::Prop(_), PlaceElem::Dim(_) | PlaceElem::Append] => {
                self.assign_prop_dim_in_loop(func, base, pidx, val)
            }
            [PlaceElem::Dim(_), PlaceElem::Prop(_)] => {
                self.assign_dim_prop_in_loop(func, base, pidx, val)
            }
            _ => false,
        }
    }

    /// The slot of the property named by literal `l` of `o` as seen from `scope`, and the
    /// kinds its type takes as they are, when it may be written in place: from the run-time
    /// cache, which a miss fills.
    #[inline(always)]
    fn prop_write_slot(
        &self,
        func: &Function,
        l: u32,
        o: &ZObj,
        scope: &Option<Rc<memphis_values::ClassEntry>>,
    ) -> Option<(usize, u16)> {
        match crate::cache::prop_write(func, l, o.class(), scope) {
            Some(hit) => hit,
            None => self.fill_prop_write_slot(func, l, o, scope),
        }
    }

    /// [`Vm::prop_write_slot`] on a cache miss: the declared slot looked up and remembered.
    #[cold]
    #[inline(never)]
    fn fill_prop_write_slot(
        &self,
        func: &Function,
        l: u32,
        o: &ZObj,
        scope: &Option<Rc<memphis_values::ClassEntry>>,
    ) -> Option<(usize, u16)> {
        let i = self.declared_slot_quiet(o, lit_bytes(func, l))?;
        crate::cache::set_prop(func, l, o.class(), scope, i);
        crate::cache::prop_write(func, l, o.class(), scope)?
    }

    /// `$var[k]->name = value` from the dispatch loop: done (true) when `$var` holds an array
    /// whose element `k` (an int or string) is an object, and the property is a declared one
    /// the run-time cache knows as writable in place for this class and scope, whose slot
    /// holds no reference, and the value (neither undefined nor a reference) is of a kind its
    /// type takes as it is. The array is separated first when shared, as PHP's write fetch of
    /// the element does. Otherwise nothing is touched.
    fn assign_dim_prop_in_loop(
        &mut self,
        func: &Function,
        base: usize,
        pidx: u32,
        val: Operand,
    ) -> bool {
        use memphis_compiler::bytecode::{PlaceBase, PlaceElem};
        let p = &func.places[pidx as usize];
        let (PlaceBase::Cv(cv), [PlaceElem::Dim(d), PlaceElem::Prop(name)]) =
            (&p.base, p.elems.as_slice())
        else {
            return false;
        };
        let (Some(l), Some(f)) = (name.as_lit(), self.frames.last()) else {
            return false;
        };
        let Zval::Arr(a) = &self.stack[base + *cv as usize] else {
            return false;
        };
        let Some(Some(Zval::Obj(o))) = elem_at(a, peek(&self.stack, func, base, *d)) else {
            return false;
        };
        let Some((i, accepts)) = self.prop_write_slot(func, l, o, &f.scope) else {
            return false;
        };
        let v = peek(&self.stack, func, base, val);
        if !fits_slot_plainly(v, accepts, o, i) {
            return false;
        }
        // The engine's own handle on the object while the array is separated and the value
        // taken (no root: PHP takes none). The array is separated before the value is read,
        // in PHP's order (the element is fetched for writing first): `$a[0]->p = $a` stores
        // the array itself, not a copy made because the value shared it.
        let o = o.clone();
        if let Zval::Arr(a) = &mut self.stack[base + *cv as usize] {
            a.separate();
        }
        let v = self.take_operand(func, base, val);
        let old = o.set_slot(i, v);
        crate::ops::release_old(old);
        o.release_nogc();
        let d = *d;
        self.release_tmp(base, d);
        true
    }

    /// `$var->name[k] = value` / `$this->name[] = value` from the dispatch loop: done (true)
    /// when the property is a declared one the run-time cache knows as writable in place for
    /// this class and scope, holding an array (no reference), `k` an int or string, the
    /// element written not a reference and the value plain; the array is separated first when
    /// shared, as the general walk does. Otherwise nothing is touched.
    fn assign_prop_dim_in_loop(
        &mut self,
        func: &Function,
        base: usize,
        pidx: u32,
        val: Operand,
    ) -> bool {
        use memphis_compiler::bytecode::PlaceElem;
        let p = &func.places[pidx as usize];
        let [PlaceElem::Prop(name), elem] = p.elems.as_slice() else {
            return false;
        };
        let Some(l) = name.as_lit() else {
            return false;
        };
        let Some(f) = self.frames.last() else {
            return false;
        };
        let Some(o) = place_object(&self.stack, base, &p.base, f) else {
            return false;
        };
        let Some((i, _)) = self.prop_write_slot(func, l, o, &f.scope) else {
            return false;
        };
        let (key, dim) = match elem {
            PlaceElem::Dim(d) => match peek(&self.stack, func, base, *d) {
                Zval::Long(n) => (Some(Zval::Long(*n)), Some(*d)),
                Zval::Str(s) => (Some(Zval::Str(s.clone())), Some(*d)),
                _ => return false,
            },
            _ => (None, None),
        };
        if !o.with_slot(i, |s| matches!(s, Zval::Arr(_)))
            || matches!(
                peek(&self.stack, func, base, val),
                Zval::Undef | Zval::Ref(_)
            )
        {
            return false;
        }
        // The object is held while its slot is modified (the value is taken from the stack).
        let o = o.clone();
        let v = self.take_operand(func, base, val);
        let refused = o.modify_slot(i, |slot| match (slot, &key) {
            // (One lookup for the reference check and the write; an element that is a
            // reference is the general path's.)
            (Zval::Arr(a), Some(k)) => a.set_unless_ref(k, v).map(drop),
            (Zval::Arr(a), None) => {
                a.separate();
                append_elem(a, v)
            }
            _ => Err(v),
        });
        drop(key);
        o.release_nogc();
        if let Err(v) = refused {
            // The next index is taken: the general path raises PHP's error.
            return self.untake_operand(base, val, v);
        }
        if let Some(d) = dim {
            self.release_tmp(base, d);
        }
        true
    }

    /// `$var->name = value` / `$this->name = value` from the dispatch loop: a declared
    /// property the run-time cache knows as writable in place for this class and scope, whose
    /// slot holds no reference, and a value (neither undefined nor a reference) its type takes
    /// as it is. Stores it and returns true; touches nothing and returns false otherwise.
    #[inline(never)]
    fn assign_prop_fast(
        &mut self,
        func: &Function,
        base: usize,
        fi: usize,
        p: &memphis_compiler::bytecode::Place,
        l: u32,
        val: Operand,
    ) -> bool {
        use memphis_compiler::bytecode::PlaceBase;
        let f = &self.frames[fi];
        let Some(o) = place_object(&self.stack, base, &p.base, f) else {
            return false;
        };
        // (A miss goes the general way, whose `direct_prop_slot` fills the cache.)
        let Some(Some((i, accepts))) = crate::cache::prop_write(func, l, o.class(), &f.scope)
        else {
            return false;
        };
        let v = peek(&self.stack, func, base, val);
        if !fits_slot_plainly(v, accepts, o, i) {
            return false;
        }
        // A value held by a variable or literal, or a scalar, is copied in while the object
        // is at hand (a scalar temporary needs no release).
        if !val.is_tmp() || !v.is_refcounted() {
            let old = o.set_slot(i, memphis_values::zval::copy_of(v));
            crate::ops::release_old(old);
            return true;
        }
        // A temporary's handle is moved: taken, then the object found again (the move needs
        // the stack); nothing ran in between.
        let v = std::mem::take(&mut self.stack[base + (val.0 & !Operand::TMP_BIT) as usize]);
        let o = match p.base {
            PlaceBase::Cv(cv) => match &self.stack[base + cv as usize] {
                Zval::Obj(o) => o,
                _ => return self.untake_operand(base, val, v),
            },
            _ => match &self.frames[fi].this {
                Some(t) => t,
                None => return self.untake_operand(base, val, v),
            },
        };
        let old = o.set_slot(i, v);
        crate::ops::release_old(old);
        true
    }

    /// `"x$i,"` (a rope) from the dispatch loop when every part is a string or an int, held
    /// as it is (no reference, nothing undefined): a short result is gathered in a buffer on
    /// the stack and copied once into its string, a longer one is copied part by part into a
    /// string of the summed length (`rope_pieces`); temporaries among the parts are released.
    /// False, with nothing touched, for any other rope.
    #[inline(never)]
    fn rope_fast(&mut self, func: &Function, base: usize, dst: u32, parts: &[Operand]) -> bool {
        let mut buf = [0u8; 64];
        let mut digits = [0u8; 20];
        let mut len = 0usize;
        for p in parts {
            let b: &[u8] = match peek(&self.stack, func, base, *p) {
                Zval::Str(s) => s.as_bytes(),
                Zval::Long(i) => memphis_values::convert::itoa(*i, &mut digits),
                _ => return false,
            };
            match buf.get_mut(len..len + b.len()) {
                Some(room) => room.copy_from_slice(b),
                None => return self.rope_pieces(func, base, dst, parts),
            }
            len += b.len();
        }
        self.rope_done(base, dst, parts, ZStr::new(&buf[..len]));
        true
    }

    /// [`Vm::rope_fast`] for a result longer than its buffer, of at most eight parts: the
    /// parts' bytes are gathered (ints written once, on the stack), then copied straight into
    /// a string of their summed length, as PHP's `ROPE_END` does.
    #[inline(never)]
    fn rope_pieces(&mut self, func: &Function, base: usize, dst: u32, parts: &[Operand]) -> bool {
        const MAX: usize = 8;
        if parts.len() > MAX {
            return false;
        }
        let mut digits = [[0u8; 20]; MAX];
        let mut pieces: [&[u8]; MAX] = [&[]; MAX];
        let mut len = 0usize;
        for ((p, piece), buf) in parts.iter().zip(pieces.iter_mut()).zip(digits.iter_mut()) {
            *piece = match peek(&self.stack, func, base, *p) {
                Zval::Str(s) => s.as_bytes(),
                Zval::Long(i) => memphis_values::convert::itoa(*i, buf),
                _ => return false,
            };
            len += piece.len();
        }
        let s = ZStr::new_filled(len, |out| {
            let mut at = 0;
            for piece in &pieces[..parts.len()] {
                if let Some(o) = out.get_mut(at..at + piece.len()) {
                    o.copy_from_slice(piece);
                }
                at += piece.len();
            }
        });
        self.rope_done(base, dst, parts, s);
        true
    }

    /// A rope's end: its temporaries released, its string in `dst`.
    #[inline(always)]
    fn rope_done(&mut self, base: usize, dst: u32, parts: &[Operand], s: ZStr) {
        for p in parts {
            self.release_tmp(base, *p);
        }
        self.set_slot(base, dst, Zval::Str(s));
    }

    /// `$s .= v` from the dispatch loop on a variable holding a string (no reference) and a
    /// string or int `v`: appended in place (see `ZStr::append`). False, with nothing
    /// touched, otherwise.
    #[inline(never)]
    fn concat_assign_fast(&mut self, func: &Function, base: usize, cv: u32, val: Operand) -> bool {
        let idx = base + cv as usize;
        if !matches!(self.stack.get(idx), Some(Zval::Str(_)))
            || !matches!(
                peek(&self.stack, func, base, val),
                Zval::Str(_) | Zval::Long(_)
            )
        {
            return false;
        }
        let v = self.take_operand(func, base, val);
        if let Some(Zval::Str(s)) = self.stack.get_mut(idx) {
            match &v {
                Zval::Str(r) => s.append(r.as_bytes()),
                Zval::Long(i) => s.append(memphis_values::convert::itoa(*i, &mut [0u8; 20])),
                _ => {}
            }
        }
        drop(v);
        true
    }

    /// Puts back a value [`Vm::take_operand`] took, and returns false.
    #[cold]
    fn untake_operand(&mut self, base: usize, o: Operand, v: Zval) -> bool {
        if o.is_tmp() {
            self.stack[base + (o.0 & !Operand::TMP_BIT) as usize] = v;
        } else {
            memphis_values::gc::release_nogc(v);
        }
        false
    }

    /// What `f` makes of the element that `isset`, `empty` or `??` reads at place `pidx` (`None`
    /// when it is missing), when the place is `$a[k]` on a variable holding an array and an int
    /// or string key; `None`, with nothing touched, for any other place or an element that is a
    /// reference (the general walk's). A temporary key is released after, as the walk does.
    #[inline(never)]
    fn quiet_dim<R>(
        &mut self,
        func: &Function,
        base: usize,
        pidx: u32,
        f: impl FnOnce(Option<&Zval>) -> R,
    ) -> Option<R> {
        use memphis_compiler::bytecode::{PlaceBase, PlaceElem};
        let p = &func.places[pidx as usize];
        let (PlaceBase::Cv(cv), [PlaceElem::Dim(d)]) = (&p.base, p.elems.as_slice()) else {
            return None;
        };
        let Zval::Arr(a) = &self.stack[base + *cv as usize] else {
            return None;
        };
        let hit = elem_at(a, peek(&self.stack, func, base, *d))?;
        if matches!(hit, Some(Zval::Ref(_))) {
            return None;
        }
        let r = f(hit);
        let d = *d;
        self.release_tmp(base, d);
        Some(r)
    }

    /// `$a[k] = value` / `$a[] = value` from the dispatch loop: done (true) when `$a` is a
    /// variable holding an array (separated first when shared, as the general path does), `k`
    /// an int or string, the element written not a reference, and the value plain (neither
    /// undefined nor a reference); otherwise nothing is touched.
    fn assign_dim_in_loop(
        &mut self,
        func: &Function,
        base: usize,
        pidx: u32,
        val: Operand,
    ) -> bool {
        use memphis_compiler::bytecode::{PlaceBase, PlaceElem};
        let p = &func.places[pidx as usize];
        let (PlaceBase::Cv(cv), [elem]) = (&p.base, p.elems.as_slice()) else {
            return false;
        };
        // `$map[$key] = v` on a WeakMap: its own write handler, no method frame (the key is
        // read in place, as an internal handler's operand).
        if matches!(
            peek(&self.stack, func, base, val),
            Zval::Undef | Zval::Ref(_)
        ) {
            return false;
        }
        if let (Zval::Obj(o), PlaceElem::Dim(d)) = (&self.stack[base + *cv as usize], elem) {
            if o.native::<memphis_values::weak::WeakMapData>().is_some()
                && vmc(o.class()).internal
                && matches!(peek(&self.stack, func, base, *d), Zval::Obj(_))
            {
                let v = self.take_operand(func, base, val);
                if let (Zval::Obj(o), Zval::Obj(k)) = (
                    &self.stack[base + *cv as usize],
                    peek(&self.stack, func, base, *d),
                ) {
                    if let Some(m) = o.native::<memphis_values::weak::WeakMapData>() {
                        m.set(k, v);
                    }
                }
                self.release_tmp(base, *d);
                return true;
            }
        }
        if let PlaceElem::Dim(d) = elem {
            // `$a[k] = v`: the key read in place (a handle on a string taken only to write
            // it), one lookup for the reference check and the write.
            let d = *d;
            let key = match peek(&self.stack, func, base, d) {
                Zval::Long(i) => Zval::Long(*i),
                Zval::Str(s) => Zval::Str(s.clone()),
                _ => return false,
            };
            if !matches!(&self.stack[base + *cv as usize], Zval::Arr(_)) {
                return false;
            }
            let v = self.take_operand(func, base, val);
            let Zval::Arr(a) = &mut self.stack[base + *cv as usize] else {
                return self.untake_operand(base, val, v);
            };
            if let Err(v) = a.set_unless_ref(&key, v) {
                return self.untake_operand(base, val, v);
            }
            drop(key);
            // A key read from a temporary is released as PHP frees an operand.
            self.release_tmp(base, d);
            return true;
        }
        // `$a[] = v` (a shared or immutable array is separated, as the general path would).
        if !matches!(elem, PlaceElem::Append)
            || !matches!(&self.stack[base + *cv as usize], Zval::Arr(_))
        {
            return false;
        }
        let v = self.take_operand(func, base, val);
        let Zval::Arr(a) = &mut self.stack[base + *cv as usize] else {
            return self.untake_operand(base, val, v);
        };
        a.separate();
        if let Err(v) = append_elem(a, v) {
            // The next index is taken: the general path raises PHP's error.
            return self.untake_operand(base, val, v);
        }
        true
    }

    /// `a . b` on strings and ints from the dispatch loop, read in place (no copies of the
    /// operands); false, touching nothing, for any other operands.
    fn concat_in_loop(
        &mut self,
        func: &Function,
        base: usize,
        dst: u32,
        a: Operand,
        b: Operand,
    ) -> bool {
        // A temporary string held alone on the left grows in place by a string on the right,
        // as PHP's concatenation extends its left temporary (both sides non-empty strings, as
        // there: with a number on the right PHP makes a new string).
        if a.is_tmp() {
            let ai = base + (a.0 & !Operand::TMP_BIT) as usize;
            let extendable = matches!(peek(&self.stack, func, base, b), Zval::Str(t) if !t.is_empty())
                && matches!(&self.stack[ai], Zval::Str(s) if !s.is_empty() && !s.is_interned() && s.refcount() == 1);
            if extendable {
                if let Zval::Str(mut s) = std::mem::take(&mut self.stack[ai]) {
                    let done = match peek(&self.stack, func, base, b) {
                        Zval::Str(t) => s.extend(t.as_bytes()),
                        _ => false,
                    };
                    if done {
                        self.release_tmp(base, b);
                        self.set_slot(base, dst, Zval::Str(s));
                        return true;
                    }
                    // (Put back as it was: the general form decides.)
                    crate::ops::put_plain(&mut self.stack[ai], Zval::Str(s));
                }
            }
        }
        let Some(r) = crate::ops::concat_plain(
            peek(&self.stack, func, base, a),
            peek(&self.stack, func, base, b),
        ) else {
            return false;
        };
        // Operands read from temporaries are released as PHP frees them.
        self.release_tmp(base, a);
        self.release_tmp(base, b);
        self.set_slot(base, dst, Zval::Str(r));
        true
    }

    /// An array literal's element from the dispatch loop: done (true) when the value is
    /// plain (neither undefined nor a reference) and the key absent or an int or string
    /// literal; otherwise (false) nothing is touched.
    fn add_elem_in_loop(
        &mut self,
        func: &Function,
        base: usize,
        arr: u32,
        key: Option<Operand>,
        val: Operand,
    ) -> Result<bool, Flow> {
        // (A string literal is borrowed as the key, not cloned into one.)
        let key = match key.map(|k| (k.as_lit(), k)) {
            None => None,
            Some((Some(l), _)) => match &func.literals[l as usize] {
                Zval::Long(i) => Some(KeyRef::Int(*i)),
                Zval::Str(s) => Some(match memphis_values::array::canonical_int(s.as_bytes()) {
                    Some(i) => KeyRef::Int(i),
                    None => KeyRef::Str(s),
                }),
                _ => return Ok(false),
            },
            Some((None, _)) => return Ok(false),
        };
        if matches!(
            peek(&self.stack, func, base, val),
            Zval::Undef | Zval::Ref(_)
        ) {
            return Ok(false);
        }
        if !matches!(&self.stack[base + arr as usize], Zval::Arr(a) if a.refcount() == 1) {
            return Ok(false);
        }
        let v = self.take_operand(func, base, val);
        let Zval::Arr(a) = &mut self.stack[base + arr as usize] else {
            return Ok(false);
        };
        let ok = match key {
            Some(k) => a.set(k, v),
            None => a.push(v),
        };
        if !ok && !memphis_mm::limit_hit() {
            return Err(self.throw_error(
                "Error",
                "Cannot add element to the array as the next element is already occupied".into(),
            ));
        }
        Ok(true)
    }

    /// `++`/`--` on a property `direct_prop_slot` finds, holding an int that does not
    /// overflow, untyped or typed `int`: done in the slot. Gives the old and new values.
    fn incdec_declared_prop(
        &mut self,
        func: &Function,
        base: usize,
        pidx: u32,
        inc: bool,
    ) -> Option<(i64, i64)> {
        use memphis_values::zval::kind;
        let (o, i, accepts) = self.direct_prop_slot(func, base, pidx)?;
        // Untyped (every kind) or exactly `int`.
        if accepts != u16::MAX && accepts != kind::LONG {
            return None;
        }
        let Zval::Long(old) = o.slot(i) else {
            return None;
        };
        let new = if inc {
            old.checked_add(1)?
        } else {
            old.checked_sub(1)?
        };
        o.set_slot(i, Zval::Long(new));
        Some((old, new))
    }

    /// Work flagged between instructions: destructors, memory limit.
    pub(crate) fn interrupt(&mut self) -> Result<(), Flow> {
        if let Some(err) = memphis_mm::take_limit_error() {
            let msg = format!(
                "Allowed memory size of {} bytes exhausted (tried to allocate {} bytes)",
                err.limit, err.tried
            );
            self.out.discard_buffers();
            return Err(self.fatal(&msg));
        }
        self.drain_destructors();
        if memphis_values::gc::pending() {
            self.run_pending_gc();
            self.drain_destructors();
            if std::mem::take(&mut self.gc_exit) {
                return Err(Flow::Exit);
            }
        }
        if let Some(e) = self.deferred_exception.take() {
            return Err(Flow::Throw(e));
        }
        Ok(())
    }

    /// Routes an exception to a handler in the frames above `entry`, or gives it back.
    pub(crate) fn unwind(&mut self, e: Flow, entry: usize) -> Result<(), Flow> {
        let ex = match e {
            Flow::Throw(ex) => ex,
            Flow::Exit => {
                // exit/fatal: unwind everything down to the entry and stop.
                while self.frames.len() > entry {
                    self.pop_frame();
                }
                return Err(Flow::Exit);
            }
        };
        loop {
            let fi = self.frames.len() - 1;
            let func = self.frames[fi].func.clone();
            let ip = self.frames[fi].ip.saturating_sub(1) as u32;
            let base = self.frames[fi].base;
            let mut target = None;
            for r in func.try_regions.iter().rev() {
                if r.start <= ip && ip < r.end {
                    if let Some(c) = r.catch {
                        target = Some((c, None, r));
                        break;
                    }
                    if let Some(f) = r.finally {
                        target = Some((f, Some((r.fin_kind, r.fin_val)), r));
                        break;
                    }
                } else if let Some(f) = r.finally {
                    let catch_start = r.catch.unwrap_or(r.end);
                    if ip >= catch_start.min(r.end) && ip < f && ip >= r.end {
                        target = Some((f, Some((r.fin_kind, r.fin_val)), r));
                        break;
                    }
                }
            }
            if let Some((t, fin, region)) = target {
                // Temporaries the exception leaves (an array being built, a string being
                // joined) go now, as PHP's live-range cleanup frees them (without roots).
                for (i, name) in func.cv_names.iter().enumerate() {
                    if name.is_empty()
                        && !region.live_tmps.contains(&(i as u32))
                        && self.stack.get(base + i).is_some_and(Zval::is_refcounted)
                    {
                        let v = std::mem::take(&mut self.stack[base + i]);
                        memphis_values::gc::release_nogc(v);
                    }
                }
                // Abandon calls in progress and stack values above the frame's slots.
                let calls_base = self.frames[fi].pending_calls_base as usize;
                self.calls.truncate(calls_base);
                let top = base + func.num_slots();
                self.stack.truncate(top);
                self.frames[fi].ip = t as usize;
                match fin {
                    Some((k, v)) => {
                        self.set_slot(base, k, Zval::Long(3));
                        self.set_slot(base, v, Zval::Obj(ex));
                    }
                    None => self.current_exception = Some(ex),
                }
                return Ok(());
            }
            let is_entry = fi == entry;
            if let Some(g) = self.frames[fi].generator.clone() {
                crate::builtins::generator_abort(&g);
            }
            // A constructor `new` called that ends in an exception: its object never gets a
            // destructor call (`zend_object_store_ctor_failed`), whoever holds it.
            let failed = match (self.frames[fi].ret, &self.frames[fi].this) {
                (RetTo::Ctor, Some(t)) => {
                    t.gc().set(memphis_gc::flags::DESTRUCTOR_CALLED);
                    Some(t.as_ptr())
                }
                _ => None,
            };
            self.pop_frame();
            if let Some(obj) = failed {
                self.release_new_result(obj);
            }
            if is_entry || self.frames.is_empty() {
                return Err(Flow::Throw(ex));
            }
        }
    }

    /// Releases the result of the `new` whose constructor just failed: the caller's
    /// temporary holding object `obj`, which PHP frees when the exception passes the `new`
    /// (its live range), not when the slot is next written.
    fn release_new_result(&mut self, obj: *const u8) {
        let Some(f) = self.frames.last() else {
            return;
        };
        let (base, func) = (f.base, f.func.clone());
        for (i, name) in func.cv_names.iter().enumerate() {
            if !name.is_empty() {
                continue;
            }
            if matches!(self.stack.get(base + i), Some(Zval::Obj(o)) if o.as_ptr() == obj) {
                let v = std::mem::take(&mut self.stack[base + i]);
                drop(v);
                return;
            }
        }
    }

    /// Pops the top frame, releasing its variables in slot order.
    pub(crate) fn pop_frame(&mut self) {
        if self.frames.len() == 1
            && self.frames[0].func.name.is_empty()
            && self.frames[0].func.class_name.is_none()
        {
            // The script's own frame: its variables are the globals, which live until shutdown
            // (after shutdown functions) and die there in PHP's order.
            if let Some(f) = self.frames.pop() {
                self.stack_leave(f.stack_new_page, f.stack_bytes);
                self.calls.truncate(f.pending_calls_base as usize);
                let keep = f.base + f.func.num_slots();
                let extra = self.stack.split_off(keep.min(self.stack.len()));
                drop(extra);
            }
            return;
        }
        self.pop_user_frame();
    }

    /// Finishes a call made straight from its `Init…Call` (a builtin's or a Rust method's):
    /// the result goes to `dst` (or is dropped), an exception unwinds. `Ok(true)` when the
    /// loop goes on in the same frame, `Ok(false)` when it must pick up another (a handler
    /// caught the exception, or the frames changed), `Err` when the exception leaves `run`.
    #[inline(always)]
    fn after_direct_call(
        &mut self,
        base: usize,
        dst: Option<u32>,
        r: Result<Zval, Flow>,
        entry: usize,
        depth: usize,
    ) -> Result<bool, Flow> {
        match r {
            Ok(v) => match dst {
                Some(d) => self.set_slot(base, d, v),
                None => drop(v),
            },
            Err(e) => {
                self.unwind(e, entry)?;
                return Ok(false);
            }
        }
        Ok(self.frames.len() == depth)
    }

    /// Ends the top frame of a function (not the script's own): its variables die in order.
    #[inline(always)]
    fn pop_user_frame(&mut self) {
        // The frame is taken apart in place (it is large; moving it out costs a copy).
        let Some(fi) = self.frames.len().checked_sub(1) else {
            return;
        };
        let f = &self.frames[fi];
        let (base, pcb) = (f.base, f.pending_calls_base as usize);
        let (new_page, bytes) = (f.stack_new_page, f.stack_bytes);
        self.stack_leave(new_page, bytes);
        if matches!(self.symtab_frames.last(), Some((d, _)) if *d >= fi) {
            self.release_symbol_tables(fi);
        }
        // The function is read where the frame holds it (no handle taken: its count is
        // touched on every call otherwise); releasing values cannot reach the frames.
        let func = &*self.frames[fi].func;
        let top = self.stack.len();
        let end = (base + func.num_slots()).min(top);
        // Built-in classes written in PHP stand for internal functions, whose arguments and
        // `$this` PHP releases without buffering possible roots.
        let internal = func.file.as_ref() == crate::prelude::PRELUDE_FILE;
        // Variables die in compiled-variable order; leftover temporaries go as PHP frees
        // them (no root).
        // (Most frames of small functions hold only scalars by now: one pass over the slice
        // finds that, with one bounds check.)
        // (Each release may run a destructor, which uses the stack above `end`: the slots are
        // found again after each one, skipping scalars four at a time.)
        let mut i = base + memphis_values::zval::first_refcounted(&self.stack[base..end]);
        while i < end {
            let v = std::mem::take(&mut self.stack[i]);
            if internal || func.cv_names[i - base].is_empty() {
                memphis_values::gc::release_nogc(v);
            } else {
                drop(v);
            }
            i += 1;
            // (The next slot told first: handles often sit side by side.)
            if let Some(rest) = self.stack.get(i..end) {
                if rest.first().is_some_and(|v| !v.is_refcounted()) {
                    i += memphis_values::zval::first_refcounted(rest);
                }
            }
        }
        if end == top {
            // Every handle of the frame was released just above.
            memphis_values::zval::truncate_released(&mut self.stack, base);
        } else {
            memphis_values::zval::truncate_stack(&mut self.stack, base);
        }
        self.calls.truncate(pcb);
        // `$this` of an internal method goes as PHP's OBJ_RELEASE after the call (a possible
        // root) when a user instruction called it; a call the engine makes itself (an
        // iterator's or ArrayAccess handler's method, an error's constructor) or one between
        // built-in classes' own methods stands for C code, which takes no handle at all.
        if internal
            && !(fi > 0
                && self.frames[fi].ret != RetTo::Native
                && self.frames[fi - 1].func.file.as_ref() != crate::prelude::PRELUDE_FILE)
        {
            if let Some(t) = self.frames[fi].this.take() {
                t.release_nogc();
            }
        }
        self.frames.truncate(fi);
    }

    /// Executes one instruction.
    fn step(&mut self, func: &Rc<Function>, base: usize, op: &Op) -> Result<Ctl, Flow> {
        match op {
            Op::Nop => {}
            Op::Copy { dst, src } => {
                let v = self.read(func, base, *src)?;
                self.set_slot(base, *dst, v);
            }
            Op::Move { dst, src } => {
                let v = std::mem::take(&mut self.stack[base + *src as usize]);
                self.set_slot(base, *dst, v);
            }
            Op::AssignCv { cv, val, dst } => {
                let v = self.read(func, base, *val)?;
                if let Some(d) = dst {
                    self.set_slot(base, *d, v.clone());
                }
                let slot = &mut self.stack[base + *cv as usize];
                if let Zval::Ref(r) = slot {
                    let old = r.replace(v);
                    drop(old);
                } else {
                    let old = std::mem::replace(slot, v);
                    drop(old);
                }
            }
            Op::Assign { place, val, dst } => {
                let v = self.read(func, base, *val)?;
                let prop = matches!(
                    func.places[*place as usize].elems.as_slice(),
                    [memphis_compiler::bytecode::PlaceElem::Prop(_)]
                );
                let tried = match prop {
                    true => self.assign_declared_prop(func, base, *place, v, dst.is_some()),
                    false => Err(v),
                };
                let v = match tried {
                    Ok(r) => {
                        if let Some(d) = dst {
                            self.set_slot(base, *d, r);
                        }
                        return Ok(Ctl::Next);
                    }
                    Err(v) => v,
                };
                let r = self.place_op(func, base, *place, PlaceOp::Assign(v))?;
                match dst {
                    Some(d) => self.set_slot(base, *d, r),
                    // An unused result is a temporary: released without the collector.
                    None => memphis_values::gc::release_nogc(r),
                }
            }
            Op::AssignOp {
                place,
                op,
                val,
                dst,
                ..
            } => {
                let v = self.read(func, base, *val)?;
                // Fast path: arithmetic on a local holding a number.
                let p = &func.places[*place as usize];
                if let (memphis_compiler::bytecode::PlaceBase::Cv(cv), true) =
                    (&p.base, p.elems.is_empty())
                {
                    let idx = base + *cv as usize;
                    if matches!(self.stack[idx], Zval::Long(_) | Zval::Double(_))
                        && matches!(v, Zval::Long(_) | Zval::Double(_))
                    {
                        let cur = std::mem::take(&mut self.stack[idx]);
                        let r = self.binary_op(*op, &cur, &v);
                        match r {
                            Ok(r) => {
                                if let Some(d) = dst {
                                    self.set_slot(base, *d, r.clone());
                                }
                                self.stack[idx] = r;
                                return Ok(Ctl::Next);
                            }
                            Err(e) => {
                                self.stack[idx] = cur;
                                return Err(e);
                            }
                        }
                    }
                    if *op == memphis_compiler::bytecode::BinOp::Concat {
                        if let (Zval::Str(s), Zval::Str(rhs)) = (&mut self.stack[idx], &v) {
                            s.append(rhs.as_bytes());
                            if let Some(d) = dst {
                                let r = self.stack[idx].clone();
                                self.set_slot(base, *d, r);
                            }
                            return Ok(Ctl::Next);
                        }
                    }
                }
                // `self::$n += 1` on a static property holding a number.
                if matches!(v, Zval::Long(_) | Zval::Double(_)) {
                    let op = *op;
                    let hit = self.static_scalar_op(func, *place, |cur| static_arith(op, cur, &v));
                    if let Some(r) = hit {
                        if let Some(d) = dst {
                            self.set_slot(base, *d, r);
                        }
                        return Ok(Ctl::Next);
                    }
                }
                let r = self.place_op(func, base, *place, PlaceOp::AssignOp(*op, v))?;
                if let Some(d) = dst {
                    self.set_slot(base, *d, r);
                }
            }
            Op::CoalesceAssignCheck { place, dst, done } => {
                if let Some(v) = self.place_read_quiet(func, base, *place, true, true)? {
                    self.set_slot(base, *dst, v);
                    self.jump(*done);
                }
            }
            Op::IncDec {
                place,
                inc,
                post,
                dst,
                ..
            } => {
                // Fast path: `$i++` on a local holding an int.
                let p = &func.places[*place as usize];
                if let (memphis_compiler::bytecode::PlaceBase::Cv(cv), true) =
                    (&p.base, p.elems.is_empty())
                {
                    if let Zval::Long(i) = self.stack[base + *cv as usize] {
                        let n = if *inc {
                            i.checked_add(1)
                        } else {
                            i.checked_sub(1)
                        };
                        if let Some(n) = n {
                            self.stack[base + *cv as usize] = Zval::Long(n);
                            if let Some(d) = dst {
                                self.set_slot(base, *d, Zval::Long(if *post { i } else { n }));
                            }
                            return Ok(Ctl::Next);
                        }
                    }
                }
                // `$obj->n++` on a declared property holding an int.
                if let Some((old, new)) = self.incdec_declared_prop(func, base, *place, *inc) {
                    if let Some(d) = dst {
                        self.set_slot(base, *d, Zval::Long(if *post { old } else { new }));
                    }
                    return Ok(Ctl::Next);
                }
                // `self::$n++` on a static property holding an int.
                let (inc_, post_) = (*inc, *post);
                let hit = self.static_scalar_op(func, *place, |cur| incdec_long(cur, inc_, post_));
                if let Some(r) = hit {
                    if let Some(d) = dst {
                        self.set_slot(base, *d, r);
                    }
                    return Ok(Ctl::Next);
                }
                let r = self.place_op(
                    func,
                    base,
                    *place,
                    PlaceOp::IncDec {
                        inc: *inc,
                        post: *post,
                    },
                )?;
                if let Some(d) = dst {
                    self.set_slot(base, *d, r);
                }
            }
            Op::MakeRef { place, dst } => {
                let r = self.place_op(func, base, *place, PlaceOp::MakeRef)?;
                self.set_slot(base, *dst, r);
            }
            Op::AssignRef { place, src } => {
                let v = std::mem::take(&mut self.stack[base + *src as usize]);
                let r = match v {
                    Zval::Ref(r) => r,
                    other => ZRef::new(other),
                };
                self.place_op(func, base, *place, PlaceOp::BindRef(r))?;
            }
            Op::Unset { place } => {
                self.place_op(func, base, *place, PlaceOp::Unset)?;
            }
            Op::Isset { place, dst, empty } => {
                let v = self.place_read_quiet(func, base, *place, *empty, false)?;
                let r = if *empty {
                    match v {
                        None => true,
                        Some(v) => !memphis_values::convert::to_bool(&v),
                    }
                } else {
                    v.is_some()
                };
                self.set_slot(base, *dst, Zval::Bool(r));
            }
            Op::Un { op, dst, a } => {
                let x = crate::place::Held(self.read(func, base, *a)?);
                let r = self.unary_op(*op, &x.0)?;
                self.set_slot(base, *dst, r);
            }
            Op::Cast { kind, dst, a } => {
                let x = self.read(func, base, *a)?;
                let r = self.cast(*kind, x)?;
                self.set_slot(base, *dst, r);
            }
            Op::InstanceOf { dst, a, class } => {
                let x = self.read(func, base, *a)?;
                let r = match &x {
                    Zval::Obj(o) => match class {
                        ClassRef::Named(n) => {
                            let name = lit_bytes(func, *n);
                            let lc = name.to_ascii_lowercase();
                            self.instance_of_named(o.class(), lc.strip_prefix(b"\\").unwrap_or(&lc))
                        }
                        ClassRef::Dynamic(v) => {
                            let cv = self.read_quiet(func, base, *v);
                            match cv {
                                Zval::Obj(c) => crate::class::instance_of(o.class(), c.class()),
                                Zval::Str(s) => {
                                    let lc = s.as_bytes().to_ascii_lowercase();
                                    self.instance_of_named(
                                        o.class(),
                                        lc.strip_prefix(b"\\").unwrap_or(&lc),
                                    )
                                }
                                _ => {
                                    return Err(self.throw_error(
                                        "Error",
                                        "Class name must be a valid object or a string".into(),
                                    ))
                                }
                            }
                        }
                        other => {
                            let ce = self.resolve_class_ref(func, base, other)?;
                            crate::class::instance_of(o.class(), &ce)
                        }
                    },
                    _ => false,
                };
                self.set_slot(base, *dst, Zval::Bool(r));
            }
            Op::Rope { dst, parts } => {
                // Built in a buffer kept between ropes, then copied once into the string.
                let mut out = std::mem::take(&mut self.rope_buf);
                out.clear();
                for p in parts.iter() {
                    let v = match self.read(func, base, *p) {
                        Ok(v) => v,
                        Err(e) => {
                            self.rope_buf = out;
                            return Err(e);
                        }
                    };
                    match &v {
                        Zval::Str(s) => out.extend_from_slice(s.as_bytes()),
                        Zval::Long(i) => {
                            let mut b = [0u8; 20];
                            out.extend_from_slice(memphis_values::convert::itoa(*i, &mut b));
                        }
                        _ => match self.to_zstr(&v) {
                            Ok(s) => out.extend_from_slice(s.as_bytes()),
                            Err(e) => {
                                self.rope_buf = out;
                                return Err(e);
                            }
                        },
                    }
                }
                let s = ZStr::new(&out);
                if out.capacity() <= 4096 {
                    self.rope_buf = out;
                }
                self.set_slot(base, *dst, Zval::Str(s));
            }
            // Jumps and binary operators never get here: `run` executes them.
            Op::Jmp { .. } | Op::JmpZ { .. } | Op::JmpNz { .. } | Op::Bin { .. } => {}
            Op::JmpSet { val, dst, target } => {
                let v = if let Some(s) = val.as_slot().filter(|_| !val.is_tmp()) {
                    self.stack[base + s as usize].deref()
                } else {
                    self.read(func, base, *val)?
                };
                if !v.is_null() {
                    self.set_slot(base, *dst, v);
                    self.jump(*target);
                }
            }
            Op::AssertCheck { dst, target } => {
                if self.assertions != 1 {
                    self.set_slot(base, *dst, Zval::Bool(true));
                    self.jump(*target);
                }
            }
            Op::JmpNull { val, target } => {
                if self.read_quiet(func, base, *val).is_null() {
                    self.jump(*target);
                }
            }
            Op::CoalescePlace { place, dst, target } => {
                if let Some(v) = self.place_read_quiet(func, base, *place, true, true)? {
                    self.set_slot(base, *dst, v);
                    self.jump(*target);
                }
            }
            Op::Echo { val } => {
                let v = self.read(func, base, *val)?;
                match &v {
                    Zval::Str(s) => self.output_checked(s.as_bytes())?,
                    Zval::Long(i) => self.output_checked(i.to_string().as_bytes())?,
                    _ => {
                        let s = self.to_zstr(&v)?;
                        self.output_checked(s.as_bytes())?;
                    }
                }
            }
            Op::Print { val, dst } => {
                let v = self.read(func, base, *val)?;
                let s = self.to_zstr(&v)?;
                self.output_checked(s.as_bytes())?;
                self.set_slot(base, *dst, Zval::Long(1));
            }
            Op::FetchDim {
                dst,
                base: b,
                dim,
                quiet,
            } => {
                // The container is released as PHP frees an operand: no possible root.
                let container = crate::place::Held(self.read(func, base, *b)?);
                let d = self.read(func, base, *dim)?;
                let r = self.fetch_dim(&container.0, &d, *quiet)?;
                self.set_slot(base, *dst, r);
            }
            Op::FetchListDim { dst, base: b, dim } => {
                // The container is read as PHP's FETCH_LIST_R reads it, in place: the copy
                // taken here goes without a root.
                let container = crate::place::Held(self.read_quiet(func, base, *b));
                let d = self.read(func, base, *dim)?;
                let r = match &container.0 {
                    Zval::Arr(_) | Zval::Obj(_) => self.fetch_dim(&container.0, &d, false)?,
                    _ => Zval::Null,
                };
                drop(container);
                self.set_slot(base, *dst, r);
            }
            Op::FetchProp {
                dst,
                obj,
                name,
                nullsafe,
                quiet,
            } => {
                let o = crate::place::Held(self.read(func, base, *obj)?);
                if let (Zval::Obj(ob), Some(l)) = (&o.0, name.as_lit()) {
                    let scope = self.frames.last().and_then(|f| f.scope.clone());
                    if let Some(i) = crate::cache::prop(func, l, ob.class(), &scope) {
                        let v = ob.slot(i);
                        if !v.is_undef() {
                            self.set_slot(base, *dst, v.into_deref());
                            return Ok(Ctl::Next);
                        }
                    } else if let Some(i) = self.declared_slot_quiet(ob, lit_bytes(func, l)) {
                        crate::cache::set_prop(func, l, ob.class(), &scope, i);
                    }
                }
                let n = self.read(func, base, *name)?;
                let r = match &o.0 {
                    Zval::Obj(ob) => {
                        let n = self.to_zstr(&n)?;
                        self.read_prop(ob, &n, *quiet)?
                    }
                    Zval::Null | Zval::Undef if *nullsafe => Zval::Null,
                    other => {
                        let n = self.to_zstr(&n)?;
                        if !*quiet {
                            let t = memphis_std::args::type_name(other);
                            self.warn(&format!(
                                "Attempt to read property \"{}\" on {}",
                                n.to_string_lossy(),
                                t
                            ))?;
                        }
                        Zval::Null
                    }
                };
                self.set_slot(base, *dst, r);
            }
            Op::FetchStaticProp { dst, class, name } => {
                let ce = self.resolve_class_ref(func, base, class)?;
                let n = self.read(func, base, *name)?;
                let n = self.to_zstr(&n)?;
                let cell = self.static_prop(&ce, n.as_bytes())?;
                let v = cell.get();
                if v.is_undef() {
                    return Err(self.throw_error("Error", format!("Typed static property {}::${} must not be accessed before initialization", ce.name.to_string_lossy(), n.to_string_lossy())));
                }
                self.set_slot(base, *dst, v);
            }
            Op::FetchClassConst { dst, class, name } => {
                let ce = self.resolve_class_ref(func, base, class)?;
                let n = self.read(func, base, *name)?;
                let n = self.to_zstr(&n)?;
                let v = self.class_constant(&ce, n.as_bytes())?;
                self.set_slot(base, *dst, v);
            }
            Op::FetchConst {
                dst,
                name,
                fallback,
            } => {
                let v = self.fetch_constant(func, *name, *fallback)?;
                self.set_slot(base, *dst, v);
            }
            Op::FetchThis { dst } => {
                let t = self.frames.last().and_then(|f| f.this.clone());
                match t {
                    Some(o) => self.set_slot(base, *dst, Zval::Obj(o)),
                    None => {
                        return Err(self
                            .throw_error("Error", "Using $this when not in object context".into()))
                    }
                }
            }
            Op::FetchVarVar { dst, name, quiet } => {
                self.rebuild_symbol_table();
                let n = self.read(func, base, *name)?;
                let n = self.to_zstr(&n)?;
                let v = match self.get_var_by_name(n.as_bytes()) {
                    Some(v) => v,
                    None => {
                        if !*quiet {
                            self.warn(&format!("Undefined variable ${}", n.to_string_lossy()))?;
                        }
                        Zval::Null
                    }
                };
                self.set_slot(base, *dst, v);
            }
            Op::FetchCv { dst, cv } => {
                let v = self.read(func, base, Operand::cv(*cv))?;
                self.set_slot(base, *dst, v);
            }
            Op::DeclareConst { name, val } => {
                let v = self.read(func, base, *val)?;
                let n = lit_bytes(func, *name).to_vec();
                let msg = format!("Constant {} already defined", String::from_utf8_lossy(&n));
                match self.constants.entry(n) {
                    std::collections::hash_map::Entry::Occupied(_) => self.warn(&msg)?,
                    std::collections::hash_map::Entry::Vacant(e) => {
                        self.user_constants.push(e.key().clone());
                        e.insert(v);
                    }
                }
            }
            Op::InitArray { dst, size } => {
                self.set_slot(base, *dst, Zval::Arr(ZArr::with_capacity(*size)));
            }
            Op::AddElem { arr, key, val } => {
                let v = self.read(func, base, *val)?;
                let k = match key {
                    Some(k) => {
                        let kv = self.read(func, base, *k)?;
                        Some(self.dim_key(&kv)?)
                    }
                    None => None,
                };
                let slot = &mut self.stack[base + *arr as usize];
                if let Zval::Arr(a) = slot {
                    let ok = match k {
                        Some(k) => a.insert(k, v),
                        None => a.push(v),
                    };
                    if !ok && !memphis_mm::limit_hit() {
                        return Err(self.throw_error("Error", "Cannot add element to the array as the next element is already occupied".into()));
                    }
                }
            }
            Op::AddElemRef { arr, key, place } => {
                let r = self.place_op(func, base, *place, PlaceOp::MakeRef)?;
                let k = match key {
                    Some(k) => {
                        let kv = self.read(func, base, *k)?;
                        Some(self.dim_key(&kv)?)
                    }
                    None => None,
                };
                if let Zval::Arr(a) = &mut self.stack[base + *arr as usize] {
                    match k {
                        Some(k) => a.insert(k, r),
                        None => a.push(r),
                    };
                }
            }
            Op::AddSpread { arr, val } => {
                let v = self.read(func, base, *val)?;
                let items = self.iterate_all(&v)?;
                if let Zval::Arr(a) = &mut self.stack[base + *arr as usize] {
                    for (k, v) in items {
                        match k {
                            Zval::Str(s) => {
                                a.insert(Key::from_zstr(&s), v);
                            }
                            _ => {
                                a.push(v);
                            }
                        }
                    }
                }
            }
            Op::InitFCall { name, fallback, .. } => {
                if let Some(c) = crate::cache::call(func, *name) {
                    self.push_call(c);
                    return Ok(Ctl::Next);
                }
                let n = lit_bytes(func, *name);
                let callee = match self.find_function(n) {
                    Some(c) => c,
                    None => match fallback.and_then(|f| self.find_function(lit_bytes(func, f))) {
                        Some(c) => c,
                        None => {
                            let shown = String::from_utf8_lossy(
                                fallback.map(|f| lit_bytes(func, f)).unwrap_or(n),
                            )
                            .into_owned();
                            let shown = if fallback.is_some() {
                                String::from_utf8_lossy(n).into_owned()
                            } else {
                                shown
                            };
                            return Err(self.throw_error(
                                "Error",
                                format!("Call to undefined function {}()", shown),
                            ));
                        }
                    },
                };
                crate::cache::set_call(func, *name, &callee);
                self.push_call(callee);
            }
            Op::InitDynCall { callee, .. } => {
                let c = self.read(func, base, *callee)?;
                let callee = self.resolve_callable(&c, true);
                // The operand goes as PHP's INIT_DYNAMIC_CALL frees it (the call keeps its own
                // handle): without a possible root.
                memphis_values::gc::release_nogc(c);
                self.push_call(callee?);
            }
            Op::InitMethodCall {
                obj,
                name,
                nullsafe,
                ..
            } => {
                let o = self.read(func, base, *obj)?;
                let n = self.read(func, base, *name)?;
                match o {
                    Zval::Obj(ob) => {
                        let n = match n {
                            Zval::Str(s) => s,
                            Zval::Obj(closure) if closure.class().lcname == b"closure" => {
                                // `$obj->$closure()` is not PHP; treat as method name error.
                                let _ = closure;
                                return Err(self
                                    .throw_error("Error", "Method name must be a string".into()));
                            }
                            other => self.to_zstr(&other)?,
                        };
                        let lit = name.as_lit();
                        if let Some(l) = lit {
                            let scope = crate::cache::scope_id(self.effective_scope_ref());
                            let hit = crate::cache::method_ref(func, l, ob.class(), scope)
                                .map(|c| c.clone());
                            if let Some(mut c) = hit {
                                c.set_this(ob);
                                self.push_call(c);
                                return Ok(Ctl::Next);
                            }
                        }
                        let callee = self.method_callee(&ob, &n)?;
                        // A built-in class's Rust method resolves the same for its class.
                        if let (Some(l), Callee::Native { f, .. }) = (lit, &callee) {
                            let template = Callee::Native { f, this: None };
                            let eff = self.effective_scope();
                            crate::cache::set_method(func, l, ob.class(), &eff, template);
                        }
                        if let (
                            Some(l),
                            Callee::User {
                                func: f,
                                scope,
                                static_class,
                                closure: None,
                                ..
                            },
                        ) = (lit, &callee)
                        {
                            // Only plain methods: the class is the object's, so `static` is too.
                            if static_class
                                .as_ref()
                                .is_some_and(|c| Rc::ptr_eq(c, ob.class()))
                            {
                                let template = Callee::User {
                                    func: f.clone(),
                                    this: None,
                                    scope: scope.clone(),
                                    static_class: static_class.clone(),
                                    closure: None,
                                };
                                let eff = self.effective_scope();
                                crate::cache::set_method(func, l, ob.class(), &eff, template);
                            }
                        }
                        self.push_call(callee);
                    }
                    Zval::Null | Zval::Undef if nullsafe.is_some() => {
                        let (dst, target) = nullsafe.unwrap_or((0, 0));
                        self.set_slot(base, dst, Zval::Null);
                        self.jump(target);
                    }
                    other => {
                        let n = self.to_zstr(&n)?;
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Call to a member function {}() on {}",
                                n.to_string_lossy(),
                                memphis_std::args::type_name(&other)
                            ),
                        ));
                    }
                }
            }
            Op::InitStaticCall { class, name, .. } => {
                let ce = self.resolve_class_ref(func, base, class)?;
                let n = self.read(func, base, *name)?;
                let n = self.to_zstr(&n)?;
                let forward = matches!(
                    class,
                    ClassRef::SelfRef | ClassRef::Parent | ClassRef::Static
                );
                let callee = self.static_callee(&ce, &n, forward)?;
                // A public static method named outright resolves the same way every time.
                match (class, name.as_lit(), &callee) {
                    (
                        ClassRef::Named(_),
                        Some(l),
                        Callee::User {
                            func: f,
                            this: None,
                            ..
                        },
                    ) => {
                        let plain = acc::STATIC;
                        if f.flags & (acc::STATIC | acc::PRIVATE | acc::PROTECTED | acc::ABSTRACT)
                            == plain
                        {
                            crate::cache::set_static_call(func, l, &ce, &callee);
                        }
                    }
                    (ClassRef::Named(_), Some(l), Callee::Native { f, this: None, .. })
                        if f.is_static =>
                    {
                        crate::cache::set_static_call(func, l, &ce, &callee);
                    }
                    _ => {}
                }
                self.push_call(callee);
            }
            Op::New { dst, class, .. } => {
                let ce = self.resolve_class_ref(func, base, class)?;
                if ce.flags & (acc::ABSTRACT | acc::INTERFACE | acc::TRAIT | acc::ENUM) != 0 {
                    let kind = if ce.flags & acc::INTERFACE != 0 {
                        "interface"
                    } else if ce.flags & acc::TRAIT != 0 {
                        "trait"
                    } else if ce.flags & acc::ENUM != 0 {
                        "enum"
                    } else {
                        "abstract class"
                    };
                    return Err(self.throw_error(
                        "Error",
                        format!("Cannot instantiate {} {}", kind, ce.name.to_string_lossy()),
                    ));
                }
                if let Some(msg) = crate::builtins::uninstantiable(&ce) {
                    return Err(self.throw_error("Error", msg));
                }
                let o = self.instantiate(&ce);
                let callee = match vmc(&ce).ctor.clone() {
                    None => {
                        // No constructor: nothing holds the object but its result slot.
                        self.set_slot(base, *dst, Zval::Obj(o));
                        Callee::Noop
                    }
                    Some(m) => {
                        self.set_slot(base, *dst, Zval::Obj(o.clone()));
                        if m.flags & (acc::PRIVATE | acc::PROTECTED) != 0 {
                            let scope = self.frames.last().and_then(|f| f.scope.clone());
                            let decl = m.class();
                            let ok = match (&scope, &decl) {
                                (Some(s), Some(d)) => {
                                    if m.flags & acc::PRIVATE != 0 {
                                        Rc::ptr_eq(s, d)
                                    } else {
                                        crate::class::instance_of(s, d)
                                            || crate::class::instance_of(d, s)
                                    }
                                }
                                _ => false,
                            };
                            if !ok {
                                let vis = if m.flags & acc::PRIVATE != 0 {
                                    "private"
                                } else {
                                    "protected"
                                };
                                let from = match &scope {
                                    Some(s) => format!("scope {}", s.name.to_string_lossy()),
                                    None => "global scope".into(),
                                };
                                return Err(self.throw_error(
                                    "Error",
                                    format!(
                                        "Call to {} {}::__construct() from {}",
                                        vis,
                                        ce.name.to_string_lossy(),
                                        from
                                    ),
                                ));
                            }
                        }
                        self.method_to_callee(&m, Some(o), ce.clone())
                    }
                };
                self.push_call(callee);
                self.ctor_marks.push(self.calls.len() - 1);
            }
            Op::SendVal { val, name, var } => {
                let v = self.read(func, base, *val)?;
                let name = name.map(|n| lit_zstr(func, n));
                if self.pending_param_by_ref(name.clone()) {
                    self.send_non_variable_by_ref(v, name, *var)?;
                } else {
                    self.send(v, name)?;
                }
            }
            Op::SendPlace { place, name, .. } => {
                let by_ref = self.pending_param_by_ref(name.map(|n| lit_zstr(func, n)));
                let v = if by_ref {
                    self.place_op(func, base, *place, PlaceOp::MakeRef)?
                } else {
                    self.read_place_for_send(func, base, *place)?
                };
                self.send(v, name.map(|n| lit_zstr(func, n)))?;
            }
            Op::SendUnpack { val } => {
                let v = self.read(func, base, *val)?;
                let items = match &v {
                    Zval::Arr(_) | Zval::Obj(_) => self.iterate_all(&v)?,
                    other => {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Only arrays and Traversables can be unpacked, {} given",
                                memphis_std::args::type_name(other)
                            ),
                        ));
                    }
                };
                for (k, v) in items {
                    match k {
                        Zval::Str(s) => self.send(v, Some(s))?,
                        _ => {
                            if self.calls.last().is_some_and(|c| !c.named.is_empty()) {
                                return Err(self.throw_error("Error", "Cannot use positional argument after named argument during unpacking".into()));
                            }
                            self.send(v, None)?
                        }
                    }
                }
            }
            Op::DoCall { dst } => {
                let ret = match dst {
                    Some(d) => RetTo::Slot(base + *d as usize),
                    None => RetTo::Discard,
                };
                self.do_call(ret)?;
            }
            Op::CallableFromPending { dst } => {
                let v = self.callable_from_pending()?;
                self.set_slot(base, *dst, v);
            }
            Op::Recv { n } => self.recv(func, base, *n, false)?,
            Op::RecvInit { n, skip } => {
                let f = self.frames.last().map(|f| f.argc).unwrap_or(0);
                if *n < f && !self.stack[base + *n as usize].is_undef() {
                    self.recv(func, base, *n, true)?;
                    self.jump(*skip);
                }
            }
            Op::RecvCheck { .. } => {}
            Op::RecvVariadic { n } => {
                let extra = self
                    .frames
                    .last_mut()
                    .map(|f| f.extra_args.take())
                    .unwrap_or_default();
                let named = std::mem::take(&mut self.pending_named_extra);
                let mut arr = ZArr::new();
                let p = &func.params[*n as usize];
                for v in extra.iter() {
                    let v = if let Some(t) = &p.ty {
                        let fname = self.frame_function_name();
                        match self.coerce_to_type(t, v.deref(), b"")? {
                            Some(x) => x,
                            None => {
                                let (file, line) = self.caller_location();
                                return Err(self.throw_error("TypeError", format!("{}(): Argument #{} (${}) must be of type {}, {} given, called in {} on line {}", fname, n + 1 + arr.len() as u32, p.name, t.display(), memphis_std::args::type_name(v), file, line)));
                            }
                        }
                    } else {
                        v.clone()
                    };
                    arr.push(v);
                }
                for (k, v) in named {
                    arr.insert(Key::Str(k), v);
                }
                if let Some(f) = self.frames.last_mut() {
                    f.extra_args.set(extra);
                }
                self.set_slot(base, *n, Zval::Arr(arr));
            }
            Op::Return { val } => {
                let v = self.read(func, base, *val)?;
                return self.do_return(v);
            }
            Op::ReturnRef { place } => {
                if let Some(memphis_compiler::bytecode::Place {
                    base: memphis_compiler::bytecode::PlaceBase::Tmp(t),
                    elems,
                }) = func.places.get(*place as usize)
                {
                    if elems.is_empty() && !matches!(self.stack[base + *t as usize], Zval::Ref(_)) {
                        self.raise(
                            crate::errors::e::NOTICE,
                            "Only variable references should be returned by reference",
                        )?;
                    }
                }
                let r = self.place_op(func, base, *place, PlaceOp::MakeRef)?;
                return self.do_return(r);
            }
            Op::VerifyReturn { val, dst } => {
                let v = self.read(func, base, *val)?;
                let v = self.verify_return(func, v)?;
                self.set_slot(base, *dst, v);
            }
            Op::Throw { val } => {
                let v = self.read(func, base, *val)?;
                return match v {
                    Zval::Obj(o) if instance_of_name(o.class(), b"throwable") => {
                        Err(Flow::Throw(o))
                    }
                    _ => Err(self.throw_error("Error", "Can only throw objects".into())),
                };
            }
            Op::Catch { classes, var, next } => {
                let Some(ex) = &self.current_exception else {
                    self.jump(*next);
                    return Ok(Ctl::Next);
                };
                let mut hit = false;
                for c in classes.iter() {
                    let name = lit_bytes(func, *c).to_ascii_lowercase();
                    let name = name.strip_prefix(b"\\").unwrap_or(&name).to_vec();
                    if self.instance_of_named(ex.class(), &name) {
                        hit = true;
                        break;
                    }
                }
                // The caught exception moves into its variable, as PHP's catch takes it (no
                // copy whose release would record a possible root).
                let caught = if hit {
                    self.current_exception.take()
                } else {
                    None
                };
                if let Some(ex) = caught {
                    if let Some(v) = var {
                        let slot = &mut self.stack[base + *v as usize];
                        if let Zval::Ref(r) = slot {
                            drop(r.replace(Zval::Obj(ex)));
                        } else {
                            let old = std::mem::replace(slot, Zval::Obj(ex));
                            drop(old);
                        }
                    }
                } else if !hit {
                    self.jump(*next);
                }
            }
            Op::Rethrow => {
                let ex = self.current_exception.take();
                if let Some(e) = ex {
                    return Err(Flow::Throw(e));
                }
            }
            Op::FinallyEnd { kind, val } => {
                let k = std::mem::take(&mut self.stack[base + *kind as usize]);
                let v = std::mem::take(&mut self.stack[base + *val as usize]);
                match k {
                    Zval::Long(2) => return self.finally_return(func, base, v),
                    Zval::Long(3) => {
                        if let Zval::Obj(o) = v {
                            return Err(Flow::Throw(o));
                        }
                    }
                    Zval::Long(1) => {
                        if let Zval::Long(t) = v {
                            self.jump(t as u32);
                        }
                    }
                    _ => {}
                }
            }
            Op::FeReset { iter, val, end } => {
                let v = self.read(func, base, *val)?;
                let it = self.make_iter(v)?;
                match it {
                    Some(it) => self.set_iter(*iter, it),
                    None => self.jump(*end),
                }
            }
            Op::FeResetRef { iter, place, end } => {
                // `foreach ($this as &$v)`: the object itself (`$this` is never made a
                // reference).
                let p = &func.places[*place as usize];
                if let (memphis_compiler::bytecode::PlaceBase::This, true) =
                    (&p.base, p.elems.is_empty())
                {
                    let this = self.frames.last().and_then(|f| f.this.clone());
                    let it = match this {
                        Some(o) => self.props_ref_iter(o, None)?,
                        None => {
                            return Err(self.throw_error(
                                "Error",
                                "Using $this when not in object context".into(),
                            ))
                        }
                    };
                    match it {
                        Some(it) => self.set_iter(*iter, it),
                        None => self.jump(*end),
                    }
                    return Ok(Ctl::Next);
                }
                let r = self.place_op(func, base, *place, PlaceOp::MakeRef)?;
                let Zval::Ref(r) = r else {
                    return Ok(Ctl::Next);
                };
                // Looked at in place: a copy of the array released here would be a root.
                let it = match r.with(|v| matches!(v, Zval::Arr(_))) {
                    true => Some(Iter::ArrayRef { r, pos: 0 }),
                    false => match r.get() {
                        // A WeakMap hands out its entries themselves to iteration by reference.
                        Zval::Obj(o)
                            if o.native::<memphis_values::weak::WeakMapData>().is_some()
                                && vmc(o.class()).internal =>
                        {
                            let mut items = Vec::new();
                            if let Some(m) = o.native::<memphis_values::weak::WeakMapData>() {
                                for (k, v) in m.entries() {
                                    drop(v);
                                    if let Some(vr) = m.value_ref(&k) {
                                        items.push((Zval::Obj(k), Zval::Ref(vr)));
                                    }
                                }
                            }
                            o.release_nogc();
                            (!items.is_empty()).then_some(Iter::Props { items, pos: 0 })
                        }
                        Zval::Obj(o) => self.props_ref_iter(o, Some(r))?,
                        other => self.make_iter(other)?,
                    },
                };
                match it {
                    Some(it) => self.set_iter(*iter, it),
                    None => self.jump(*end),
                }
            }
            Op::FeFetch {
                iter,
                val,
                key,
                end,
            } => match self.iter_next(*iter, key.is_some())? {
                Some((k, v)) => {
                    self.set_slot(base, *val, v);
                    if let Some(ks) = key {
                        self.set_slot(base, *ks, k);
                    }
                }
                None => self.jump(*end),
            },
            Op::FeFree { iter } => {
                if let Some(f) = self.frames.last_mut() {
                    if let Some(slot) = f.iters.get_mut(*iter as usize) {
                        match slot.take() {
                            Some(Iter::Array { arr, .. }) => arr.release_nogc(),
                            Some(Iter::Object { obj, .. })
                            | Some(Iter::Generator { gen: obj, .. }) => obj.release_nogc(),
                            // PHP's iterator is freed and releases the map it held.
                            Some(Iter::WeakMap { map, .. }) => drop(map),
                            // PHP walks the property table itself: the copies go without roots.
                            Some(Iter::Props { items, .. }) => {
                                for (k, v) in items {
                                    memphis_values::gc::release_nogc(k);
                                    memphis_values::gc::release_nogc(v);
                                }
                            }
                            // FE_FREE releases the loop's reference without a root.
                            Some(Iter::ArrayRef { r, .. }) => r.release_nogc(),
                            Some(Iter::PropsRef {
                                obj, keys, held, ..
                            }) => {
                                obj.release_nogc();
                                if let Some(r) = held {
                                    r.release_nogc();
                                }
                                for k in keys {
                                    memphis_values::gc::release_nogc(k);
                                }
                            }
                            None => {}
                        }
                    }
                }
            }
            Op::DeclareClass { n, early } => {
                let decl = func.classes[*n as usize].clone();
                // Without opcache PHP never binds early a class that implements interfaces,
                // uses traits, or an enum (which implements UnitEnum): they exist from their
                // declaration.
                let skip = *early
                    && (!decl.interfaces.is_empty()
                        || !decl.traits.is_empty()
                        || decl.flags & memphis_values::object::acc::ENUM != 0);
                if !skip {
                    self.declare_class(&decl, *early)?;
                }
            }
            Op::DeclareFunction { n } => {
                let f = func.children[*n as usize].clone();
                let lc = f.name.to_ascii_lowercase().into_bytes();
                if let Some(prev) = self.functions.get(&lc).cloned() {
                    let line = f.line_start;
                    return Err(self.fatal_at(
                        &format!(
                            "Cannot redeclare function {}() (previously declared in {}:{})",
                            f.name, prev.file, prev.line_start
                        ),
                        &func.file,
                        line,
                    ));
                }
                if self
                    .builtins
                    .contains_key(f.name.to_ascii_lowercase().as_str())
                {
                    let line = f.line_start;
                    return Err(self.fatal_at(
                        &format!("Cannot redeclare function {}()", f.name),
                        &func.file,
                        line,
                    ));
                }
                self.functions.insert(lc, f);
            }
            Op::MakeClosure {
                dst,
                func: fi,
                uses,
                is_static,
            } => {
                let f = func.children[*fi as usize].clone();
                let mut bound = Vec::with_capacity(uses.len());
                for (slot, by_ref) in uses.iter() {
                    if *by_ref {
                        let r = crate::place::make_ref_in(&mut self.stack[base + *slot as usize]);
                        bound.push(Zval::Ref(r));
                    } else {
                        let v = match &self.stack[base + *slot as usize] {
                            Zval::Undef => {
                                let name = func.cv_names[*slot as usize].clone();
                                self.warn(&format!("Undefined variable ${name}"))?;
                                Zval::Null
                            }
                            v => v.deref(),
                        };
                        bound.push(v);
                    }
                }
                let (this, scope, sc) = match self.frames.last() {
                    Some(fr) => (
                        if *is_static { None } else { fr.this.clone() },
                        fr.scope.clone(),
                        fr.static_class.clone(),
                    ),
                    None => (None, None, None),
                };
                let c = self.make_closure(f, this, scope, sc, bound);
                self.set_slot(base, *dst, Zval::Obj(c));
            }
            Op::StaticInit { cv, idx, done } => {
                let cell = self.static_cell(func, *idx);
                if let Some(r) = cell {
                    self.set_slot(base, *cv, Zval::Ref(r));
                    self.jump(*done);
                }
            }
            Op::StaticSet { cv, idx, val } => {
                let v = self.read(func, base, *val)?;
                let r = ZRef::new(v);
                self.store_static_cell(func, *idx, r.clone());
                self.set_slot(base, *cv, Zval::Ref(r));
            }
            Op::BindGlobal { cv, name } => {
                let n = lit_bytes(func, *name).to_vec();
                let r = self.global_ref(&n);
                self.set_slot(base, *cv, Zval::Ref(r));
            }
            Op::Clone { dst, val } => {
                let v = self.read(func, base, *val)?;
                let Zval::Obj(o) = v else {
                    return Err(
                        self.throw_error("Error", "__clone method called on non-object".into())
                    );
                };
                let c = self.clone_object(&o);
                // The operand goes as PHP's CLONE frees it: without a possible root.
                o.release_nogc();
                self.set_slot(base, *dst, Zval::Obj(c?));
            }
            Op::Include { dst, path, kind } => {
                let p = self.read(func, base, *path)?;
                let p = self.to_zstr(&p)?;
                let r = self.include(&p.to_string_lossy(), *kind)?;
                self.set_slot(base, *dst, r);
            }
            Op::Eval { dst, code } => {
                let c = self.read(func, base, *code)?;
                let c = self.to_zstr(&c)?;
                let r = self.eval(c.as_bytes())?;
                self.set_slot(base, *dst, r);
            }
            Op::Exit { val } => {
                if let Some(v) = val {
                    let v = self.read(func, base, *v)?;
                    match v {
                        Zval::Long(i) => self.exit_status = i as i32,
                        other => {
                            let s = self.to_zstr(&other)?;
                            self.output(s.as_bytes());
                        }
                    }
                }
                return Err(Flow::Exit);
            }
            Op::BeginSilence { slot } => {
                // PHP's `@` lowers error_reporting through the ini machinery, recording the
                // directive as changed (unless only fatal errors were reported already).
                if self.error_reporting & !crate::errors::FATAL_ERRORS != 0 {
                    self.note_ini_modified("error_reporting");
                }
                self.silence += 1;
                self.set_slot(base, *slot, Zval::Long(1));
            }
            Op::EndSilence { slot } => {
                if !self.stack[base + *slot as usize].is_undef() {
                    self.silence = self.silence.saturating_sub(1);
                    self.set_slot(base, *slot, Zval::Undef);
                }
            }
            Op::Yield { dst, val, key } => {
                let v = match val {
                    // A by-reference generator's yielded reference stays one (foreach by
                    // reference binds to it).
                    Some(v) if func.by_ref && v.is_tmp() => {
                        std::mem::take(&mut self.stack[base + (v.0 & !Operand::TMP_BIT) as usize])
                    }
                    Some(v) => self.read(func, base, *v)?,
                    None => Zval::Null,
                };
                if func.by_ref && val.is_some() && !matches!(v, Zval::Ref(_)) {
                    self.raise(
                        crate::errors::e::NOTICE,
                        "Only variable references should be yielded by reference",
                    )?;
                }
                let k = match key {
                    Some(k) => Some(self.read(func, base, *k)?),
                    None => None,
                };
                return self.do_yield(k, v, *dst);
            }
            Op::YieldFrom { dst, val } => {
                let v = self.read(func, base, *val)?;
                return self.do_yield_from(v, *dst);
            }
            Op::MatchError { val } => {
                let v = self.read_quiet(func, base, *val);
                let shown = match &v {
                    Zval::Str(s) => format!(
                        "'{}'",
                        s.to_string_lossy()
                            .replace('\\', "\\\\")
                            .replace('\'', "\\'")
                    ),
                    Zval::Long(i) => i.to_string(),
                    Zval::Double(d) => memphis_values::convert::format_double(*d, 17),
                    Zval::Bool(b) => {
                        if *b {
                            "true".into()
                        } else {
                            "false".into()
                        }
                    }
                    Zval::Null | Zval::Undef => "NULL".into(),
                    other => format!("of type {}", memphis_std::args::type_name(other)),
                };
                return Err(self.throw_error(
                    "UnhandledMatchError",
                    format!("Unhandled match case {}", shown),
                ));
            }
            Op::Magic { dst, kind } => {
                let fr = self.frames.last();
                let v = match kind {
                    Magic::Class => fr
                        .and_then(|f| f.scope.clone())
                        .map(|c| Zval::Str(c.name.clone()))
                        .unwrap_or(Zval::Str(ZStr::empty())),
                    Magic::Function => {
                        let n = &func.name;
                        Zval::str(n.as_bytes())
                    }
                    Magic::Method => {
                        let n = match &func.class_name {
                            Some(c)
                                if !func.name.is_empty() && !func.name.starts_with("{closure") =>
                            {
                                format!("{}::{}", c, func.name)
                            }
                            _ => func.name.clone(),
                        };
                        Zval::str(n.as_bytes())
                    }
                };
                self.set_slot(base, *dst, v);
            }
            Op::FreeTmp { slot, nogc } => {
                let v = std::mem::take(&mut self.stack[base + *slot as usize]);
                if *nogc {
                    memphis_values::gc::release_nogc(v);
                } else {
                    drop(v);
                }
            }
            Op::TypeCheck { dst, val, kind } => {
                // Read in place: PHP's type check takes no reference (no possible root).
                let v = match peek(&self.stack, func, base, *val) {
                    Zval::Undef if !val.is_tmp() && val.as_lit().is_none() => {
                        self.read(func, base, *val)?
                    }
                    Zval::Ref(r) => r.get(),
                    v => v.clone(),
                };
                self.release_tmp(base, *val);
                let r = type_check(*kind, &v);
                memphis_values::gc::release_nogc(v);
                self.set_slot(base, *dst, Zval::Bool(r));
            }
            Op::ArrayKeyExists { dst, key, arr } => {
                let k = self.read(func, base, *key)?;
                let a = self.read(func, base, *arr)?;
                self.release_tmp(base, *key);
                self.release_tmp(base, *arr);
                let r = self.call_builtin_inline("array_key_exists", vec![k, a])?;
                self.set_slot(base, *dst, r);
            }
            Op::Strlen { dst, val } | Op::Count { dst, val, .. } => {
                let strlen = matches!(op, Op::Strlen { .. });
                let fast = match peek(&self.stack, func, base, *val) {
                    Zval::Str(s) if strlen => Some(s.len() as i64),
                    Zval::Arr(a) if !strlen => Some(a.len() as i64),
                    _ => None,
                };
                let r = match fast {
                    Some(n) => {
                        self.release_tmp(base, *val);
                        Zval::Long(n)
                    }
                    None => {
                        let v = self.read(func, base, *val)?;
                        let name = match op {
                            Op::Strlen { .. } => "strlen",
                            Op::Count { sizeof: true, .. } => "sizeof",
                            _ => "count",
                        };
                        self.call_builtin_inline(name, vec![v])?
                    }
                };
                self.set_slot(base, *dst, r);
            }
            Op::RefResultCheck { slot } => {
                if !matches!(self.stack[base + *slot as usize], Zval::Ref(_)) {
                    self.raise(
                        crate::errors::e::NOTICE,
                        "Only variables should be assigned by reference",
                    )?;
                }
            }
            Op::CaseStrict { dst, a, b } => {
                let x = self.read_quiet(func, base, *a);
                let y = self.read(func, base, *b)?;
                self.set_slot(
                    base,
                    *dst,
                    Zval::Bool(memphis_values::convert::strict_eq(&x, &y)),
                );
            }
            Op::Case { dst, a, b } => {
                let x = self.read_quiet(func, base, *a);
                let y = self.read(func, base, *b)?;
                let r = self.loose_eq(&x, &y)?;
                self.set_slot(base, *dst, Zval::Bool(r));
            }
            Op::FuncGetArgs { dst } => {
                let fr = self.frames.last();
                let mut arr = ZArr::new();
                if let Some(f) = fr {
                    let declared = f.func.params.iter().filter(|p| !p.variadic).count();
                    let np = declared.min(f.argc as usize);
                    for i in 0..np {
                        arr.push(self.stack[f.base + i].deref());
                    }
                    for v in f.extra_args.iter() {
                        arr.push(v.deref());
                    }
                }
                self.set_slot(base, *dst, Zval::Arr(arr));
            }
            Op::DefinedVars { dst } => {
                self.rebuild_symbol_table();
                let arr = self.defined_vars();
                self.set_slot(base, *dst, Zval::Arr(arr));
            }
            Op::Compact { dst, names } => {
                self.rebuild_symbol_table();
                let mut arr = ZArr::new();
                for n in names.iter() {
                    let v = self.read(func, base, *n)?;
                    self.compact_into(&mut arr, &v)?;
                }
                self.set_slot(base, *dst, Zval::Arr(arr));
            }
            Op::Extract {
                dst,
                arr,
                flags,
                prefix,
            } => {
                let a = self.read(func, base, *arr)?;
                let flags = match flags {
                    Some(f) => memphis_values::convert::to_long(&self.read(func, base, *f)?),
                    None => 0,
                };
                let prefix = match prefix {
                    Some(p) => {
                        let v = self.read(func, base, *p)?;
                        self.to_zstr(&v)?.as_bytes().to_vec()
                    }
                    None => Vec::new(),
                };
                let Zval::Arr(a) = a else {
                    return Err(self.throw_error(
                        "TypeError",
                        format!(
                            "extract(): Argument #1 ($array) must be of type array, {} given",
                            memphis_std::args::type_name(&a)
                        ),
                    ));
                };
                self.rebuild_symbol_table();
                let mut n = 0;
                // EXTR_OVERWRITE 0, EXTR_SKIP 1, EXTR_PREFIX_SAME 2, EXTR_PREFIX_ALL 3, EXTR_REFS 256.
                let mode = flags & 0xff;
                for (k, v) in a.iter() {
                    let key_name: Vec<u8> = match k {
                        KeyRef::Str(s) => s.as_bytes().to_vec(),
                        KeyRef::Int(i) if mode == 3 => i.to_string().into_bytes(),
                        _ => continue,
                    };
                    let exists = self.get_var_by_name(&key_name).is_some();
                    let name_owned: Vec<u8> = match mode {
                        1 if exists => continue,
                        2 if exists => [&prefix[..], b"_", &key_name[..]].concat(),
                        3 => [&prefix[..], b"_", &key_name[..]].concat(),
                        _ => key_name,
                    };
                    {
                        let name = &name_owned[..];
                        if name == b"this"
                            || name.is_empty()
                            || !(name[0].is_ascii_alphabetic()
                                || name[0] == b'_'
                                || name[0] >= 0x80)
                        {
                            continue;
                        }
                        let mut cur = self.take_var_by_name(name);
                        if let Zval::Ref(r) = &cur {
                            drop(r.replace(v.deref()));
                        } else {
                            cur = v.deref();
                        }
                        self.put_var_by_name(name, cur);
                        n += 1;
                    }
                }
                // (Names beyond the compiled variables made the table grow.)
                self.rebuild_symbol_table();
                self.set_slot(base, *dst, Zval::Long(n));
            }
        }
        Ok(Ctl::Next)
    }

    #[inline]
    pub(crate) fn jump(&mut self, t: u32) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = t as usize;
        }
    }

    fn set_iter(&mut self, n: u32, it: Iter) {
        if let Some(f) = self.frames.last_mut() {
            let n = n as usize;
            let iters = f.iters.vec_mut();
            if iters.len() <= n {
                iters.resize_with(n + 1, || None);
            }
            iters[n] = Some(it);
        }
    }

    fn compact_into(&mut self, arr: &mut ZArr, v: &Zval) -> Result<(), Flow> {
        match v {
            Zval::Str(s) => match self.get_var_by_name(s.as_bytes()) {
                Some(val) => {
                    arr.insert(Key::from_zstr(s), val);
                }
                None => {
                    self.warn(&format!(
                        "compact(): Undefined variable ${}",
                        s.to_string_lossy()
                    ))?;
                }
            },
            Zval::Arr(a) => {
                for x in a.values() {
                    let x = x.deref();
                    self.compact_into(arr, &x)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Variables of the current frame as an array.
    pub(crate) fn defined_vars(&mut self) -> ZArr {
        let mut arr = ZArr::new();
        let Some(f) = self.frames.last() else {
            return arr;
        };
        let is_main = f.func.name.is_empty() && f.func.class_name.is_none();
        for (i, n) in f.func.cv_names.iter().enumerate() {
            if n.is_empty() || n == "this" {
                continue;
            }
            let v = &self.stack[f.base + i];
            if !v.is_undef() {
                arr.insert(Key::from_bytes(n.as_bytes()), v.deref());
            }
        }
        if let Some(t) = &f.symtab {
            for (k, v) in t.iter() {
                arr.insert(Key::from_bytes(k), v.deref());
            }
        }
        if is_main {
            let extra: Vec<(Vec<u8>, Zval)> = self
                .globals_extra
                .iter()
                .map(|(k, v)| (k.clone(), v.deref()))
                .collect();
            for (k, v) in extra {
                arr.insert(Key::from_bytes(&k), v);
            }
        }
        arr
    }

    /// Reads an element for `$a[k]`.
    pub(crate) fn fetch_dim(
        &mut self,
        container: &Zval,
        d: &Zval,
        quiet: bool,
    ) -> Result<Zval, Flow> {
        match container {
            Zval::Arr(a) => {
                let key = self.dim_key(d)?;
                match a.get(&key) {
                    Some(v) => Ok(v.deref()),
                    None => {
                        if !quiet {
                            self.undefined_key_warning(&key)?;
                        }
                        Ok(Zval::Null)
                    }
                }
            }
            Zval::Str(s) => {
                let len = s.len() as i64;
                let i = match d {
                    Zval::Long(i) => *i,
                    Zval::Str(x) => match memphis_values::convert::numeric_string(x.as_bytes()) {
                        Some(memphis_values::convert::Numeric::Long(i)) => i,
                        _ => {
                            return Err(self.throw_error(
                                "TypeError",
                                format!(
                                    "Cannot access offset of type {} on string",
                                    memphis_std::args::type_name(d)
                                ),
                            ));
                        }
                    },
                    Zval::Bool(b) => *b as i64,
                    Zval::Double(f) => *f as i64,
                    Zval::Null | Zval::Undef => 0,
                    other => {
                        return Err(self.throw_error(
                            "TypeError",
                            format!(
                                "Cannot access offset of type {} on string",
                                memphis_std::args::type_name(other)
                            ),
                        ));
                    }
                };
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    if !quiet {
                        self.warn(&format!("Uninitialized string offset {}", i))?;
                    }
                    return Ok(Zval::Str(ZStr::empty()));
                }
                Ok(Zval::Str(ZStr::single(s.as_bytes()[j as usize])))
            }
            Zval::Obj(o) => {
                // A WeakMap's own read handler: no method frame.
                if let (Some(m), true) = (
                    o.native::<memphis_values::weak::WeakMapData>(),
                    vmc(o.class()).internal,
                ) {
                    let Zval::Obj(k) = d.deref() else {
                        return Err(self.weakmap_key_error());
                    };
                    return match m.get(&k) {
                        Some(v) => Ok(v.into_deref()),
                        None if quiet => Ok(Zval::Null),
                        None => Err(self.weakmap_missing(&k)),
                    };
                }
                if instance_of_name(o.class(), b"arrayaccess") {
                    let o = o.clone();
                    return self.call_method(&o, "offsetget", vec![d.clone()]);
                }
                Err(self.throw_error(
                    "Error",
                    format!(
                        "Cannot use object of type {} as array",
                        o.class().name.to_string_lossy()
                    ),
                ))
            }
            Zval::Ref(r) => {
                let v = r.get();
                self.fetch_dim(&v, d, quiet)
            }
            Zval::Null | Zval::Undef => {
                if !quiet {
                    self.warn("Trying to access array offset on null")?;
                }
                Ok(Zval::Null)
            }
            other => {
                if !quiet {
                    let t = match other {
                        Zval::Bool(true) => "true",
                        Zval::Bool(false) => "false",
                        Zval::Long(_) => "int",
                        _ => "float",
                    };
                    self.warn(&format!("Trying to access array offset on {}", t))?;
                }
                Ok(Zval::Null)
            }
        }
    }

    fn fetch_constant(
        &mut self,
        func: &Function,
        name: u32,
        fallback: Option<u32>,
    ) -> Result<Zval, Flow> {
        let n = lit_bytes(func, name);
        if let Some(v) = self.lookup_constant(n) {
            self.deprecated_constant(n)?;
            return Ok(v);
        }
        if let Some(fb) = fallback {
            let f = lit_bytes(func, fb);
            if let Some(v) = self.lookup_constant(f) {
                self.deprecated_constant(f)?;
                return Ok(v);
            }
            let shown = String::from_utf8_lossy(f).into_owned();
            return Err(self.throw_error("Error", format!("Undefined constant \"{}\"", shown)));
        }
        Err(self.throw_error(
            "Error",
            format!("Undefined constant \"{}\"", String::from_utf8_lossy(n)),
        ))
    }

    /// A global constant by name (namespaced names are case-sensitive except the namespace).
    /// PHP 8.4's deprecation of a constant that still exists, raised where it is used.
    fn deprecated_constant(&mut self, n: &[u8]) -> Result<(), Flow> {
        let n = n.strip_prefix(b"\\").unwrap_or(n);
        if crate::DEPRECATED_CONSTANTS.contains(&n) {
            self.raise(
                crate::errors::e::DEPRECATED,
                &format!("Constant {} is deprecated", String::from_utf8_lossy(n)),
            )?;
        }
        Ok(())
    }

    pub(crate) fn lookup_constant(&mut self, n: &[u8]) -> Option<Zval> {
        let n = n.strip_prefix(b"\\").unwrap_or(n);
        if let Some(v) = self.constants.get(n) {
            return Some(v.clone());
        }
        match n.to_ascii_lowercase().as_slice() {
            b"true" => Some(Zval::Bool(true)),
            b"false" => Some(Zval::Bool(false)),
            b"null" => Some(Zval::Null),
            _ => match n {
                b"PHP_EOL" => Some(Zval::str(b"\n")),
                _ => None,
            },
        }
    }

    /// Resolves a class reference of an instruction.
    pub(crate) fn resolve_class_ref(
        &mut self,
        func: &Function,
        base: usize,
        c: &ClassRef,
    ) -> Result<Rc<memphis_values::ClassEntry>, Flow> {
        match c {
            ClassRef::Named(n) => {
                if let Some(ce) = crate::cache::class(func, *n) {
                    return Ok(ce);
                }
                let name = lit_bytes(func, *n).to_vec();
                let ce = self.class_or_throw(&name)?;
                crate::cache::set_class(func, *n, &ce);
                Ok(ce)
            }
            ClassRef::SelfRef => match self.frames.last().and_then(|f| f.scope.clone()) {
                Some(s) => Ok(s),
                None => Err(self.throw_error(
                    "Error",
                    "Cannot use \"self\" when no class scope is active".into(),
                )),
            },
            ClassRef::Static => match self
                .frames
                .last()
                .and_then(|f| f.static_class.clone().or_else(|| f.scope.clone()))
            {
                Some(s) => Ok(s),
                None => Err(self.throw_error(
                    "Error",
                    "Cannot use \"static\" when no class scope is active".into(),
                )),
            },
            ClassRef::Parent => {
                let scope = self.frames.last().and_then(|f| f.scope.clone());
                match scope {
                    Some(s) => match &s.parent {
                        Some(p) => Ok(p.clone()),
                        None => Err(self.throw_error(
                            "Error",
                            "Cannot use \"parent\" when current class scope has no parent".into(),
                        )),
                    },
                    None => Err(self.throw_error(
                        "Error",
                        "Cannot use \"parent\" when no class scope is active".into(),
                    )),
                }
            }
            ClassRef::Dynamic(v) => {
                let val = self.read_quiet(func, base, *v);
                match val {
                    Zval::Obj(o) => Ok(o.class().clone()),
                    Zval::Str(s) => self.class_or_throw(s.as_bytes()),
                    _ => Err(self.throw_error("Error", "Cannot use value as class name".into())),
                }
            }
        }
    }

    fn static_cell(&mut self, func: &Rc<Function>, idx: u32) -> Option<ZRef> {
        // Closures keep their own statics; functions share theirs.
        if let Some(c) = self.frames.last().and_then(|f| f.closure.clone()) {
            if let Some(cd) = c.native::<crate::builtins::ClosureData>() {
                return cd.statics.borrow().get(idx as usize).cloned().flatten();
            }
        }
        func.statics.borrow().get(idx as usize).cloned().flatten()
    }

    fn store_static_cell(&mut self, func: &Rc<Function>, idx: u32, r: ZRef) {
        if let Some(c) = self.frames.last().and_then(|f| f.closure.clone()) {
            if let Some(cd) = c.native::<crate::builtins::ClosureData>() {
                let mut s = cd.statics.borrow_mut();
                if s.len() <= idx as usize {
                    s.resize(idx as usize + 1, None);
                }
                s[idx as usize] = Some(r);
                return;
            }
        }
        let mut s = func.statics.borrow_mut();
        if s.len() <= idx as usize {
            s.resize(idx as usize + 1, None);
        }
        s[idx as usize] = Some(r);
        // PHP copies the function's static-variables table into the heap on first use.
        let n = s.len();
        drop(s);
        self.static_tables
            .entry(Rc::as_ptr(func) as usize)
            .or_insert_with(|| memphis_values::array::hash_table_blocks(n));
    }

    /// Value of a place for passing by value.
    fn read_place_for_send(
        &mut self,
        func: &Rc<Function>,
        base: usize,
        place: u32,
    ) -> Result<Zval, Flow> {
        let p = &func.places[place as usize];
        if p.elems.is_empty() {
            if let memphis_compiler::bytecode::PlaceBase::Cv(cv) = p.base {
                return self.read(func, base, Operand::cv(cv));
            }
        }
        // Evaluate the place as a read: base value, then each step.
        // Intermediate containers are the VM's temporaries: released without a possible root.
        let mut cur = crate::place::Held(match &p.base {
            memphis_compiler::bytecode::PlaceBase::Cv(cv) => {
                self.read(func, base, Operand::cv(*cv))?
            }
            memphis_compiler::bytecode::PlaceBase::Tmp(t) => {
                std::mem::take(&mut self.stack[base + *t as usize]).into_deref()
            }
            memphis_compiler::bytecode::PlaceBase::This => {
                match self.frames.last().and_then(|f| f.this.clone()) {
                    Some(o) => Zval::Obj(o),
                    None => {
                        return Err(self
                            .throw_error("Error", "Using $this when not in object context".into()))
                    }
                }
            }
            memphis_compiler::bytecode::PlaceBase::StaticProp(c, n) => {
                let ce = self.resolve_class_ref(func, base, c)?;
                let n = self.read_quiet(func, base, *n);
                let n = self.to_zstr(&n)?;
                self.static_prop(&ce, n.as_bytes())?.get()
            }
            memphis_compiler::bytecode::PlaceBase::Global(n) => {
                let n = self.read_quiet(func, base, *n);
                let n = self.to_zstr(&n)?;
                let g = self.globals_array();
                match g.get_str(n.as_bytes()) {
                    Some(v) => v.deref(),
                    None => {
                        self.warn(&format!(
                            "Undefined global variable ${}",
                            n.to_string_lossy()
                        ))?;
                        Zval::Null
                    }
                }
            }
            memphis_compiler::bytecode::PlaceBase::VarVar(n) => {
                let n = self.read_quiet(func, base, *n);
                let n = self.to_zstr(&n)?;
                match self.get_var_by_name(n.as_bytes()) {
                    Some(v) => v,
                    None => {
                        self.warn(&format!("Undefined variable ${}", n.to_string_lossy()))?;
                        Zval::Null
                    }
                }
            }
        });
        for e in p.elems.iter() {
            cur = crate::place::Held(match e {
                memphis_compiler::bytecode::PlaceElem::Dim(d) => {
                    let d = self.read_quiet(func, base, *d);
                    self.fetch_dim(&cur.0, &d, false)?
                }
                memphis_compiler::bytecode::PlaceElem::Append => {
                    return Err(self.throw_error("Error", "Cannot use [] for reading".into()));
                }
                memphis_compiler::bytecode::PlaceElem::Prop(n)
                | memphis_compiler::bytecode::PlaceElem::NullsafeProp(n) => {
                    let n = self.read_quiet(func, base, *n);
                    let n = self.to_zstr(&n)?;
                    match &cur.0 {
                        Zval::Obj(o) => self.read_prop(o, &n, false)?,
                        Zval::Null | Zval::Undef
                            if matches!(
                                e,
                                memphis_compiler::bytecode::PlaceElem::NullsafeProp(_)
                            ) =>
                        {
                            Zval::Null
                        }
                        other => {
                            let t = memphis_std::args::type_name(other);
                            self.warn(&format!(
                                "Attempt to read property \"{}\" on {}",
                                n.to_string_lossy(),
                                t
                            ))?;
                            Zval::Null
                        }
                    }
                }
            });
        }
        Ok(cur.take())
    }

    /// Builds the iterator for `foreach` over `v`; `None` when there is nothing to iterate.
    pub(crate) fn make_iter(&mut self, v: Zval) -> Result<Option<Iter>, Flow> {
        match v {
            Zval::Arr(a) => {
                if a.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Iter::Array { arr: a, pos: 0 }))
            }
            Zval::Obj(o) => {
                if let Some(g) = o.native::<crate::builtins::GeneratorData>() {
                    if g.state.borrow().finished && g.state.borrow().started {
                        return Err(self.throw_error(
                            "Exception",
                            "Cannot traverse an already closed generator".into(),
                        ));
                    }
                    return Ok(Some(Iter::Generator {
                        gen: o,
                        first: true,
                    }));
                }
                // The iterated value is released as PHP frees foreach's operand: no root.
                let o = crate::place::Held(Zval::Obj(o));
                let Zval::Obj(ob) = &o.0 else {
                    return Ok(None);
                };
                // A WeakMap is walked by the engine (key object => value), not through
                // getIterator() and an iterator object's methods.
                if let Some(m) = ob.native::<memphis_values::weak::WeakMapData>() {
                    if vmc(ob.class()).internal {
                        let empty = m.count() == 0;
                        let map = ob.clone();
                        if empty {
                            // PHP's iterator was made and freed at once: it releases the map.
                            drop(map);
                            return Ok(None);
                        }
                        return Ok(Some(Iter::WeakMap { map, pos: 0 }));
                    }
                }
                if instance_of_name(ob.class(), b"iteratoraggregate") {
                    let inner = self.call_method(ob, "getiterator", vec![])?;
                    match &inner {
                        Zval::Obj(i) if instance_of_name(i.class(), b"traversable") => {
                            return self.make_iter(inner)
                        }
                        _ => {
                            return Err(self.throw_error("Exception", format!("Objects returned by {}::getIterator() must be traversable or implement interface Iterator", ob.class().name.to_string_lossy())));
                        }
                    }
                }
                let o = o.take();
                let Zval::Obj(o) = o else {
                    return Ok(None);
                };
                if instance_of_name(o.class(), b"iterator") {
                    return Ok(Some(Iter::Object {
                        obj: o,
                        first: true,
                    }));
                }
                // PHP iterates the object's own table (built now if need be), separating it
                // first when it is shared.
                self.build_props_table(&o);
                if o.dyn_props().is_some_and(|t| t.refcount() > 2) {
                    o.modify_dyn_props(|t| t.separate());
                }
                let props = self.visible_props(&o);
                let props = match props {
                    Ok(p) => p,
                    Err(e) => {
                        o.release_nogc();
                        return Err(e);
                    }
                };
                if props.is_empty() {
                    o.release_nogc();
                    return Ok(None);
                }
                // Read live when each name finds its one property (no hooks, no private
                // property of a parent shadowed by a same-named one); else from this list.
                let names = o.class().props.iter().map(|p| p.name.as_bytes());
                let unique = names
                    .clone()
                    .enumerate()
                    .all(|(i, n)| o.class().props[..i].iter().all(|p| p.name.as_bytes() != n));
                if unique && vmc(o.class()).hooks.is_empty() {
                    let keys = props
                        .into_iter()
                        .map(|(k, v)| {
                            memphis_values::gc::release_nogc(v);
                            k
                        })
                        .collect();
                    return Ok(Some(Iter::PropsRef {
                        obj: o,
                        keys,
                        pos: 0,
                        by_ref: false,
                        held: None,
                    }));
                }
                o.release_nogc();
                Ok(Some(Iter::Props {
                    items: props,
                    pos: 0,
                }))
            }
            other => {
                let t = memphis_std::args::type_name(&other);
                self.warn(&format!(
                    "foreach() argument must be of type array|object, {} given",
                    t
                ))?;
                Ok(None)
            }
        }
    }

    /// The iterator of `foreach ($o as &$v)`: over the visible properties of a plain object,
    /// each made a reference when reached (its table separated first when shared, as PHP's
    /// FE_RESET_RW does); a Traversable goes as by value.
    fn props_ref_iter(&mut self, o: ZObj, held: Option<ZRef>) -> Result<Option<Iter>, Flow> {
        let release = |held: Option<ZRef>| {
            if let Some(r) = held {
                r.release_nogc();
            }
        };
        if instance_of_name(o.class(), b"traversable") {
            release(held);
            return self.make_iter(Zval::Obj(o));
        }
        self.build_props_table(&o);
        if o.dyn_props().is_some_and(|t| t.refcount() > 2) {
            o.modify_dyn_props(|t| t.separate());
        }
        let props = self.visible_props(&o);
        let props = match props {
            Ok(p) => p,
            Err(e) => {
                o.release_nogc();
                release(held);
                return Err(e);
            }
        };
        if props.is_empty() {
            o.release_nogc();
            release(held);
            return Ok(None);
        }
        let keys = props
            .into_iter()
            .map(|(k, v)| {
                memphis_values::gc::release_nogc(v);
                k
            })
            .collect();
        Ok(Some(Iter::PropsRef {
            obj: o,
            keys,
            pos: 0,
            by_ref: true,
            held,
        }))
    }

    /// Next `(key, value)` of iterator `n` of the current frame.
    /// The next (key, value) of iterator `n`; the key is only fetched when `want_key` (as PHP
    /// asks an iterator for its key only when the loop has a key variable), null otherwise.
    fn iter_next(&mut self, n: u32, want_key: bool) -> Result<Option<(Zval, Zval)>, Flow> {
        let Some(f) = self.frames.last_mut() else {
            return Ok(None);
        };
        let Some(slot) = f.iters.get_mut(n as usize) else {
            return Ok(None);
        };
        let Some(it) = slot.as_mut() else {
            return Ok(None);
        };
        match it {
            Iter::Array { arr, pos } => {
                let Some(p) = arr.valid_pos(*pos) else {
                    return Ok(None);
                };
                *pos = p + 1;
                let (k, v) = arr
                    .at(p)
                    .map(|(k, v)| (k.to_zval(), v.deref()))
                    .unwrap_or((Zval::Null, Zval::Null));
                Ok(Some((k, v)))
            }
            Iter::ArrayRef { r, pos } => {
                let r = r.clone();
                let p0 = *pos;
                let mut arr_v = r.take();
                let res = if let Zval::Arr(arr) = &mut arr_v {
                    match arr.valid_pos(p0) {
                        Some(p) => {
                            let key = arr.at(p).map(|(k, _)| k.to_zval()).unwrap_or(Zval::Null);
                            let rv = arr
                                .at_mut(p)
                                .map(|slot| Zval::Ref(crate::place::make_ref_in(slot)));
                            Some((p, key, rv.unwrap_or(Zval::Null)))
                        }
                        None => None,
                    }
                } else {
                    None
                };
                drop(r.replace(arr_v));
                // The loop's own handle, copied for the step: no root (PHP takes none).
                r.release_nogc();
                match res {
                    Some((p, k, v)) => {
                        if let Some(Some(Iter::ArrayRef { pos, .. })) = self
                            .frames
                            .last_mut()
                            .and_then(|f| f.iters.get_mut(n as usize))
                        {
                            *pos = p + 1;
                        }
                        Ok(Some((k, v)))
                    }
                    None => Ok(None),
                }
            }
            Iter::Props { items, pos } => {
                if *pos >= items.len() {
                    return Ok(None);
                }
                let (k, v) = items[*pos].clone();
                *pos += 1;
                Ok(Some((k, v)))
            }
            Iter::PropsRef {
                obj,
                keys,
                pos,
                by_ref,
                ..
            } => {
                // The next property still set (one unset meanwhile is skipped, as PHP's walk
                // of the live table skips it).
                let o = obj.clone();
                let mut next = None;
                loop {
                    // Dynamic properties added meanwhile come after the others, in table
                    // order (PHP walks the live table).
                    if *pos >= keys.len() {
                        if let Some(t) = o.dyn_props() {
                            for (k, _) in t.iter() {
                                let k = k.to_zval();
                                if !keys.iter().any(|x| strict_key_eq(x, &k)) {
                                    keys.push(k);
                                }
                            }
                        }
                        if *pos >= keys.len() {
                            break;
                        }
                    }
                    let k = keys[*pos].clone();
                    *pos += 1;
                    let name = match &k {
                        Zval::Str(s) => s.clone(),
                        other => ZStr::new(&memphis_values::convert::scalar_to_bytes(other, 14)),
                    };
                    if prop_is_set(&o, &name) {
                        next = Some((k, name));
                        break;
                    }
                }
                let by_ref = *by_ref;
                let r = match next {
                    Some((k, name)) if by_ref => {
                        let readonly = crate::class::prop_slot(&o, name.as_bytes())
                            .map(|i| &o.class().props[i])
                            .filter(|p| p.flags & acc::READONLY != 0);
                        match readonly {
                            Some(p) => {
                                let msg = format!(
                                    "Cannot acquire reference to readonly property {}::${}",
                                    p.declaring.to_string_lossy(),
                                    name.to_string_lossy()
                                );
                                Err(self.throw_error("Error", msg))
                            }
                            None => self.prop_ref(&o, name).map(|r| Some((k, r))),
                        }
                    }
                    Some((k, name)) => {
                        let v = match crate::class::prop_slot(&o, name.as_bytes()) {
                            Some(i) => o.slot(i).deref(),
                            None => dyn_prop(&o, &name).unwrap_or(Zval::Null),
                        };
                        Ok(Some((k, v)))
                    }
                    None => Ok(None),
                };
                o.release_nogc();
                r
            }
            Iter::Object { obj, first } => {
                let o = obj.clone();
                let was_first = *first;
                *first = false;
                if was_first {
                    self.call_method(&o, "rewind", vec![])?;
                } else {
                    self.call_method(&o, "next", vec![])?;
                }
                let valid = self.call_method(&o, "valid", vec![])?;
                if !memphis_values::convert::to_bool(&valid) {
                    return Ok(None);
                }
                let v = self.call_method(&o, "current", vec![])?;
                let k = if want_key {
                    self.call_method(&o, "key", vec![])?
                } else {
                    Zval::Null
                };
                Ok(Some((k, v)))
            }
            Iter::WeakMap { map, pos } => {
                let next = map
                    .native::<memphis_values::weak::WeakMapData>()
                    .and_then(|m| m.entry_from(*pos));
                Ok(next.map(|(p, k, v)| {
                    *pos = p + 1;
                    // A key handle not asked for goes as PHP never made it: no root.
                    let k = if want_key {
                        Zval::Obj(k)
                    } else {
                        k.release_nogc();
                        Zval::Null
                    };
                    (k, v.into_deref())
                }))
            }
            Iter::Generator { gen, first } => {
                let g = gen.clone();
                let was_first = *first;
                *first = false;
                if was_first {
                    crate::builtins::generator_rewind(self, &g)?;
                } else {
                    crate::builtins::generator_next(self, &g)?;
                }
                if !crate::builtins::generator_valid(self, &g)? {
                    return Ok(None);
                }
                let (k, v) = crate::builtins::generator_current_pair(&g);
                Ok(Some((k, v)))
            }
        }
    }

    /// Every `(key, value)` of an array or Traversable (spread, unpacking, iterator_to_array).
    pub(crate) fn iterate_all(&mut self, v: &Zval) -> Result<Vec<(Zval, Zval)>, Flow> {
        match v {
            Zval::Arr(a) => Ok(a.iter().map(|(k, v)| (k.to_zval(), v.deref())).collect()),
            Zval::Obj(_) => {
                let mut out = Vec::new();
                let Some(it) = self.make_iter(v.clone())? else {
                    return Ok(out);
                };
                let f = self.frames.len();
                // Use a temporary iterator slot on the current frame.
                let idx = self.frames.last().map(|f| f.iters.len()).unwrap_or(0) as u32;
                if f == 0 {
                    return Ok(out);
                }
                self.set_iter(idx, it);
                while let Some(pair) = self.iter_next(idx, true)? {
                    out.push(pair);
                }
                if let Some(fr) = self.frames.last_mut() {
                    fr.iters.vec_mut().truncate(idx as usize);
                }
                Ok(out)
            }
            Zval::Ref(r) => {
                let x = r.get();
                self.iterate_all(&x)
            }
            _ => Ok(Vec::new()),
        }
    }

    /// Properties visible from the current scope, as `(name, value)` (foreach over objects).
    pub(crate) fn visible_props(&mut self, o: &ZObj) -> Result<Vec<(Zval, Zval)>, Flow> {
        if !vmc(o.class()).hooks.is_empty() {
            return self.visible_props_hooked(o);
        }
        Ok(self.visible_stored_props(o, None))
    }

    /// `visible_props` of a class with property hooks (PHP 8.4): declaration order, hooked
    /// properties read through their get hooks, virtual ones included.
    fn visible_props_hooked(&mut self, o: &ZObj) -> Result<Vec<(Zval, Zval)>, Flow> {
        let mut out = Vec::new();
        for (n, _) in crate::class::declared_props_in_order(o.class()) {
            let n = n.into_bytes();
            match self.active_hooks(o, &n) {
                Some(h) => {
                    if !self.hooked_is_visible(o, &h) || (h.get.is_none() && h.is_virtual) {
                        continue;
                    }
                    let name = h.name.clone();
                    let v = self.read_hooked(o, &h, &name, true)?;
                    out.push((Zval::Str(name), v));
                }
                None => out.extend(self.visible_stored_props(o, Some(&n))),
            }
        }
        if let Some(t) = o.dyn_props() {
            for (k, v) in t.iter() {
                out.push((k.to_zval(), v.deref()));
            }
        }
        Ok(out)
    }

    /// Stored properties visible from the current scope (only those named `only`, if given;
    /// dynamic ones too when not).
    fn visible_stored_props(&mut self, o: &ZObj, only: Option<&[u8]>) -> Vec<(Zval, Zval)> {
        let scope = self.frames.last().and_then(|f| f.scope.clone());
        let mut out = Vec::new();
        for (i, p) in o.class().props.iter().enumerate() {
            if only.is_some_and(|n| n != p.name.as_bytes()) {
                continue;
            }
            let visible = if p.flags & acc::PRIVATE != 0 {
                scope
                    .as_ref()
                    .is_some_and(|s| s.name.as_bytes() == p.declaring.as_bytes())
            } else if p.flags & acc::PROTECTED != 0 {
                scope.as_ref().is_some_and(|s| {
                    crate::class::instance_of(s, o.class())
                        || crate::class::instance_of(o.class(), s)
                })
            } else {
                true
            };
            if !visible {
                continue;
            }
            let v = o.slot(i);
            if v.is_undef() {
                continue;
            }
            out.push((Zval::Str(p.name.clone()), v.deref()));
        }
        if only.is_none() {
            if let Some(t) = o.dyn_props() {
                for (k, v) in t.iter() {
                    out.push((k.to_zval(), v.deref()));
                }
            }
        }
        out
    }

    /// Whether `o` keeps all its properties in its dynamic-properties table under PHP's
    /// standard handlers (no declared property, a user class or `stdClass`): PHP then shares
    /// that table where it would copy it (`clone`, `(array)`, `get_object_vars`).
    pub(crate) fn plain_props_object(&self, o: &ZObj) -> bool {
        o.num_slots() == 0 && (!vmc(o.class()).internal || o.class().lcname == b"stdclass")
    }

    /// The dynamic-properties table of a `plain_props_object`, counted once more, as PHP's
    /// `zend_proptable_to_symtable` hands it out as an array: not when a key is a numeric
    /// string (the array's key would be an int: a copy is made then).
    pub(crate) fn shared_props_table(&self, o: &ZObj) -> Option<ZArr> {
        if !self.plain_props_object(o) {
            return None;
        }
        let t = o.dyn_props()?;
        let numeric = t.iter().any(|(k, _)| match k {
            memphis_values::KeyRef::Str(s) => {
                matches!(
                    memphis_values::Key::from_bytes(s.as_bytes()),
                    memphis_values::Key::Int(_)
                )
            }
            memphis_values::KeyRef::Int(_) => true,
        });
        (!numeric).then(|| (*t).clone())
    }

    /// The property table PHP builds for an object with declared properties the first time
    /// something asks for all of them (`rebuild_object_properties`: a hash table sized for the
    /// declared properties, kept with the object), modelled as the object's dynamic-property
    /// table made then rather than at the first dynamic property.
    pub(crate) fn build_props_table(&mut self, o: &ZObj) {
        let n = o.num_slots();
        if n == 0
            || o.has_dyn_props()
            || vmc(o.class()).internal
            || o.class().flags & acc::ENUM != 0
        {
            return;
        }
        let t = ZArr::with_hash_capacity(n as u32);
        o.modify_dyn_props(|p| *p = t);
    }

    /// `clone $o`.
    pub(crate) fn clone_object(&mut self, o: &ZObj) -> Result<ZObj, Flow> {
        if o.class().flags & acc::ENUM != 0 {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Trying to clone an uncloneable object of class {}",
                    o.class().name.to_string_lossy()
                ),
            ));
        }
        if let Some(c) = crate::builtins::clone_native(self, o)? {
            return Ok(c);
        }
        let clone_method = Self::find_method(o.class(), b"__clone");
        let share = clone_method.is_none() && self.plain_props_object(o);
        let c = o.shallow_clone(share);
        crate::builtins::clone_engine_block(o, &c);
        if let Some(m) = clone_method {
            let callee = self.method_to_callee(&m, Some(c.clone()), o.class().clone());
            self.cloning.push(c.as_ptr());
            let r = self.call_callee(callee, Vec::new());
            self.cloning.pop();
            r?;
        }
        Ok(c)
    }
}

#[inline]
fn truthy(v: &Zval) -> bool {
    match v {
        Zval::Bool(b) => *b,
        _ => memphis_values::convert::to_bool(v),
    }
}

/// The bytes of a string literal.
pub(crate) fn lit_bytes(func: &Function, i: u32) -> &[u8] {
    match &func.literals[i as usize] {
        Zval::Str(s) => s.as_bytes(),
        _ => b"",
    }
}

/// A string literal as a handle.
pub(crate) fn lit_zstr(func: &Function, i: u32) -> ZStr {
    match &func.literals[i as usize] {
        Zval::Str(s) => s.clone(),
        _ => ZStr::empty(),
    }
}

impl Frame {
    /// Whether this frame runs a file's top-level code.
    pub fn is_main(&self) -> bool {
        self.func.name.is_empty() && self.func.class_name.is_none()
    }
}

/// `$x op= v` on a number in place, when the result keeps its type (a change of type goes
/// the general way: typed properties check it); the result, or `None` to leave it.
fn static_arith(op: memphis_compiler::bytecode::BinOp, cur: &mut Zval, v: &Zval) -> Option<Zval> {
    let out = crate::scalar::arith(op, cur, v)?;
    let same_kind = std::mem::discriminant(&out) == std::mem::discriminant(cur);
    same_kind.then(|| {
        *cur = out.clone();
        out
    })
}

/// `++`/`--` on an int in place, unless it overflows; the expression's value.
fn incdec_long(cur: &mut Zval, inc: bool, post: bool) -> Option<Zval> {
    let Zval::Long(i) = cur else { return None };
    let old = *i;
    let n = if inc {
        old.checked_add(1)
    } else {
        old.checked_sub(1)
    }?;
    *i = n;
    Some(Zval::Long(if post { old } else { n }))
}

/// Whether property `name` of `o` is set (a declared one not unset, or a dynamic one).
fn prop_is_set(o: &ZObj, name: &ZStr) -> bool {
    match crate::class::prop_slot(o, name.as_bytes()) {
        Some(i) => !o.slot(i).is_undef(),
        None => dyn_prop(o, name).is_some(),
    }
}

/// Dynamic property `name` of `o` (a property table keeps a numeric name as a string; one
/// stored as an int is found too).
fn dyn_prop(o: &ZObj, name: &ZStr) -> Option<Zval> {
    let t = o.dyn_props()?;
    t.get(&Key::Str(name.clone()))
        .or_else(|| t.get_str(name.as_bytes()))
        .map(Zval::deref)
}

/// Whether two property keys name the same property.
fn strict_key_eq(a: &Zval, b: &Zval) -> bool {
    match (a, b) {
        (Zval::Str(x), Zval::Str(y)) => x.as_bytes() == y.as_bytes(),
        (Zval::Long(x), Zval::Long(y)) => x == y,
        _ => false,
    }
}

/// `$a[] = v` into an array its caller has separated; the value back when the next index is
/// taken (PHP's error is the general path's).
#[inline]
fn append_elem(a: &mut ZArr, v: Zval) -> Result<(), Zval> {
    match a.push_packed(v).map_err(|v| (a.push_slot(), v)) {
        Ok(()) => Ok(()),
        Err((Some((_, slot)), v)) => {
            *slot = v;
            Ok(())
        }
        Err((None, v)) => Err(v),
    }
}

/// Place `pidx` and the literal naming its property when it is one property of its base
/// named outright (`$o->p`, `$this->p`): the writes `assign_prop_fast` makes; any other place
/// is `assign_in_loop`'s (told before either call).
#[inline(always)]
fn prop_place(func: &Function, pidx: u32) -> Option<(&memphis_compiler::bytecode::Place, u32)> {
    use memphis_compiler::bytecode::PlaceElem;
    let p = func.places.get(pidx as usize)?;
    match p.elems.as_slice() {
        [PlaceElem::Prop(name)] => Some((p, name.as_lit()?)),
        _ => None,
    }
}

/// The object a place's base names (`$var` holding one, or `$this`), if it does.
#[inline(always)]
fn place_object<'a>(
    stack: &'a [Zval],
    base: usize,
    pb: &memphis_compiler::bytecode::PlaceBase,
    f: &'a crate::Frame,
) -> Option<&'a ZObj> {
    use memphis_compiler::bytecode::PlaceBase;
    match pb {
        PlaceBase::Cv(cv) => match stack.get(base + *cv as usize) {
            Some(Zval::Obj(o)) => Some(o),
            _ => None,
        },
        PlaceBase::This => f.this.as_ref(),
        _ => None,
    }
}

/// Whether `v` may be stored as it is in declared slot `i` of `o`, whose type takes the kinds
/// `accepts` as they are: neither undefined nor a reference, of such a kind (or one the type
/// plainly takes: a class-typed property given an object), and the slot not a reference.
#[inline(always)]
fn fits_slot_plainly(v: &Zval, accepts: u16, o: &ZObj, i: usize) -> bool {
    !matches!(v, Zval::Undef | Zval::Ref(_))
        && (accepts == u16::MAX || accepts & v.kind_bit() != 0 || type_plainly_takes(v, o, i))
        // (A reference is the general path's; an empty slot only where no magic may take it.)
        && !o.with_slot(i, |s| matches!(s, Zval::Ref(_)) || (s.is_undef() && magic_may_take(o)))
}

/// `is_null()` … `is_scalar()` (`Op::TypeCheck`'s `kind`) of a value read through any reference
/// (undefined reads as null).
#[inline(always)]
fn type_check(kind: u8, v: &Zval) -> bool {
    match kind {
        0 => matches!(v, Zval::Null | Zval::Undef),
        1 => matches!(v, Zval::Bool(_)),
        2 => matches!(v, Zval::Long(_)),
        3 => matches!(v, Zval::Double(_)),
        4 => matches!(v, Zval::Str(_)),
        5 => matches!(v, Zval::Arr(_)),
        6 => matches!(v, Zval::Obj(_)),
        7 => matches!(v, Zval::Res(r) if r.kind() != "Unknown"),
        _ => matches!(
            v,
            Zval::Bool(_) | Zval::Long(_) | Zval::Double(_) | Zval::Str(_)
        ),
    }
}

/// Whether an empty declared slot of `o` may be its class's `__set`'s to write (a class with
/// property magic): the general path decides.
#[inline(always)]
fn magic_may_take(o: &ZObj) -> bool {
    o.class().flags & memphis_values::object::acc::USE_GUARDS != 0
}

/// The element of `a` at key `k` when `k` is an int or a string (`Some(None)`: missing);
/// `None` for a key of another kind, which the general path converts.
#[inline(always)]
fn elem_at<'a>(a: &'a ZArr, k: &Zval) -> Option<Option<&'a Zval>> {
    match k {
        Zval::Long(i) => Some(a.get_int(*i)),
        Zval::Str(s) => Some(a.get_zstr(s)),
        _ => None,
    }
}

/// Whether the declared type of slot `i` of `o` (if any) takes `v` as it is, when its kind is
/// not among those the type takes outright (a class-typed property given an object): the
/// rarer part of [`fits_slot_plainly`], out of line.
#[cold]
#[inline(never)]
fn type_plainly_takes(v: &Zval, o: &ZObj, i: usize) -> bool {
    match vmc(o.class()).prop_types.get(i) {
        Some(Some(t)) => crate::call::plainly_accepts(t, v),
        _ => true,
    }
}
