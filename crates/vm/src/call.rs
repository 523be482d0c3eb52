//! Calls: resolving callees, passing arguments, entering and leaving frames, parameter and
//! return types, callbacks from builtins, includes, generators.

use crate::builtins::{ClosureData, GenState, GeneratorData};
use crate::class::{instance_of, instance_of_name, vmc, Method, MethodImpl};
use crate::exec::Ctl;
use crate::light::Fused;
use crate::{Callee, Flow, Frame, PendingCall, RareVec, RetTo, Vm};
use memphis_compiler::bytecode::{Function, IncludeKind, Op, SOp, SendSrc, TypeDecl, NO_CV};
use memphis_std::args::type_name;
use memphis_values::object::acc;
use memphis_values::{ClassEntry, Key, ZArr, ZObj, ZRef, ZStr, Zval};
use std::rc::Rc;

impl Vm {
    /// The callee of a kept pending-call entry made live again for a new call whose arguments
    /// start here, for the caller to refill in place; `None` when no entry is kept (then
    /// [`Vm::push_new_call`]).
    #[inline(always)]
    fn revive_call(&mut self) -> Option<&mut Callee> {
        let args_base = self.stack.len();
        let pc = self.calls.revive()?;
        pc.args_base = args_base;
        Some(&mut pc.callee)
    }

    /// Begins a call to `callee` in a new pending-call entry.
    #[inline(always)]
    fn push_new_call(&mut self, callee: Callee) {
        let args_base = self.stack.len();
        self.calls.push(PendingCall {
            callee,
            args_base,
            named: RareVec::default(),
        });
    }

    /// Begins a call to `callee`: its arguments go on the stack from here.
    #[inline(always)]
    pub(crate) fn push_call(&mut self, callee: Callee) {
        match self.revive_call() {
            Some(c) => *c = callee,
            None => self.push_new_call(callee),
        }
    }

    /// Begins a call to the plain function `InitFCall` name literal `lit` resolved to earlier
    /// in `caller` (false, touching nothing, when it has not). A released entry that called a
    /// plain function keeps it: only the function is replaced, in place (a whole callee built
    /// aside and moved in is written in pieces and copied in wide loads, a store-forwarding
    /// stall), and not even that when it is the same function (as in a loop or a recursion
    /// calling one function: no count taken and given back).
    #[inline(always)]
    pub(crate) fn push_cached_function_call(&mut self, caller: &Function, lit: u32) -> bool {
        let cache = caller.runtime.1.borrow();
        let Some(Some(f)) = cache.get(lit as usize) else {
            return false;
        };
        match self.revive_call() {
            Some(Callee::User {
                func,
                this: None,
                scope: None,
                static_class: None,
                closure: None,
            }) => {
                if !Rc::ptr_eq(func, f) {
                    *func = f.clone();
                }
            }
            Some(other) => *other = Callee::function(f.clone()),
            None => self.push_new_call(Callee::function(f.clone())),
        }
        true
    }

    /// Begins a call to builtin `b`, in a kept entry that called a builtin without building
    /// a callee aside (see [`Vm::push_cached_function_call`]).
    #[inline(always)]
    pub(crate) fn push_builtin_call(&mut self, b: &'static memphis_std::Builtin) {
        match self.revive_call() {
            Some(Callee::Builtin(old)) => *old = b,
            Some(other) => *other = Callee::Builtin(b),
            None => self.push_new_call(Callee::Builtin(b)),
        }
    }

    /// Begins a call to a built-in class's Rust method, in place as [`Vm::push_builtin_call`]
    /// (`$this` dropped for a static one, as [`Callee::set_this`] does).
    #[inline(always)]
    pub(crate) fn push_native_method(
        &mut self,
        f: &'static crate::class::NativeSpec,
        this: Option<ZObj>,
    ) {
        let this = if f.is_static { None } else { this };
        match self.revive_call() {
            Some(Callee::Native { f: old, this: t }) => {
                *old = f;
                *t = this;
            }
            Some(other) => *other = Callee::Native { f, this },
            None => self.push_new_call(Callee::Native { f, this }),
        }
    }

    /// Begins a call to the user method (or function) `f` with these `$this` and classes,
    /// written field by field into a kept entry (see [`Vm::push_cached_function_call`]). `$this`
    /// is dropped for a static method, as [`Callee::set_this`] does.
    #[inline(always)]
    pub(crate) fn push_user_call(
        &mut self,
        f: &Rc<Function>,
        this: Option<ZObj>,
        scope: &Option<Rc<ClassEntry>>,
        static_class: &Option<Rc<ClassEntry>>,
    ) {
        let this = if f.is_static { None } else { this };
        match self.revive_call() {
            Some(Callee::User {
                func,
                this: t,
                scope: s,
                static_class: sc,
                closure: None,
            }) => {
                if !Rc::ptr_eq(func, f) {
                    *func = f.clone();
                }
                *t = this;
                *s = scope.clone();
                *sc = static_class.clone();
            }
            Some(other) => {
                *other = Callee::User {
                    func: f.clone(),
                    this,
                    scope: scope.clone(),
                    static_class: static_class.clone(),
                    closure: None,
                }
            }
            None => self.push_new_call(Callee::User {
                func: f.clone(),
                this,
                scope: scope.clone(),
                static_class: static_class.clone(),
                closure: None,
            }),
        }
    }

    /// The builtin of the pending call on top when it is a plain one (positional arguments
    /// only, not a constructor): its call is taken off the pending calls and its arguments
    /// off the stack into the argument pool (not returned: a vector moved out of here was
    /// copied through a store-forwarding stall), for the dispatch loop to make the call itself.
    #[inline(always)]
    pub(crate) fn take_simple_builtin_call(&mut self) -> Option<&'static memphis_std::Builtin> {
        let top = self.calls.len().checked_sub(1)?;
        let PendingCall {
            callee: Callee::Builtin(b),
            args_base,
            named,
        } = self.calls.last()?
        else {
            return None;
        };
        if !named.is_empty() || self.ctor_marks.last() == Some(&top) {
            return None;
        }
        let (b, args_base) = (*b, *args_base);
        // A builtin's entry holds nothing else: it is released as it stands.
        self.calls.pop_released();
        self.args_pool.extend(self.stack.drain(args_base..));
        Some(b)
    }

    /// Ends a pending call that calls nothing (`new` of a class without a constructor) when
    /// it has only positional arguments: they are dropped and the result is null. Returns
    /// false for any other pending call.
    #[inline(always)]
    pub(crate) fn finish_noop_call(&mut self, ret: RetTo) -> bool {
        let Some(top) = self.calls.len().checked_sub(1) else {
            return false;
        };
        let Some(PendingCall {
            callee: Callee::Noop,
            args_base,
            named,
        }) = self.calls.last()
        else {
            return false;
        };
        if !named.is_empty() {
            return false;
        }
        let args_base = *args_base;
        self.calls.pop_released();
        self.stack.truncate(args_base);
        self.pending_named_extra.clear();
        let ret = if self.ctor_marks.last() == Some(&top) {
            self.ctor_marks.pop();
            RetTo::Discard
        } else {
            ret
        };
        if let RetTo::Slot(i) = ret {
            crate::ops::put(&mut self.stack[i], Zval::Null);
        }
        true
    }

    /// The Rust method of the pending call on top when it is a plain call (positional
    /// arguments only): taken off the pending calls, with its `$this` and its arguments
    /// (references read through), for the dispatch loop to make the call itself.
    #[inline(always)]
    #[allow(clippy::type_complexity)]
    pub(crate) fn take_simple_native_call(
        &mut self,
    ) -> Option<(&'static crate::class::NativeSpec, Option<ZObj>)> {
        let top = self.calls.len().checked_sub(1)?;
        if self.ctor_marks.last() == Some(&top) {
            return None;
        }
        let pc = self.calls.last_mut()?;
        let PendingCall {
            callee: Callee::Native { f, this, .. },
            args_base,
            named,
        } = pc
        else {
            return None;
        };
        if !named.is_empty() {
            return None;
        }
        let (f, this, args_base) = (*f, this.take(), *args_base);
        self.calls.truncate(top);
        // Into the argument pool (see `take_simple_builtin_call`).
        self.args_pool
            .extend(self.stack.drain(args_base..).map(|v| v.into_deref()));
        Some((f, this))
    }

    /// Whether the pending call's next positional argument may be sent by value without
    /// looking up its parameter: a user function with no by-reference parameter (most), or
    /// a parameter found not to take a reference.
    #[inline(always)]
    pub(crate) fn pending_positional_by_value(&self) -> bool {
        match self.calls.last() {
            Some(PendingCall {
                callee: Callee::User { func, .. },
                named,
                ..
            }) if named.is_empty() => !func.by_ref_params || !self.pending_param_by_ref(None),
            Some(PendingCall {
                callee: Callee::Builtin(_),
                named,
                ..
            }) if named.is_empty() => !self.pending_builtin_param(None).is_some_and(|p| p.by_ref),
            Some(c) if c.named.is_empty() => !self.pending_param_by_ref(None),
            _ => false,
        }
    }

    /// Whether the pending call's next argument (positional, or named `name`) goes to a
    /// by-reference parameter.
    pub(crate) fn pending_param_by_ref(&self, name: Option<ZStr>) -> bool {
        let Some(c) = self.calls.last() else {
            return false;
        };
        let pos = self.stack.len() - c.args_base;
        match &c.callee {
            Callee::User { func, .. } => match name {
                Some(n) => func
                    .params
                    .iter()
                    .any(|p| p.name.as_bytes() == n.as_bytes() && p.by_ref),
                None => match func.params.get(pos) {
                    Some(p) => p.by_ref,
                    None => func.params.last().is_some_and(|p| p.variadic && p.by_ref),
                },
            },
            Callee::Builtin(_) => self
                .pending_builtin_param(name.as_ref())
                .is_some_and(|p| p.by_ref),
            _ => false,
        }
    }

    /// The parameter of the pending call's builtin that its next argument (positional, or
    /// named `name`) goes to, if the callee is a builtin and has one there.
    #[inline]
    fn pending_builtin_param(
        &self,
        name: Option<&ZStr>,
    ) -> Option<&'static memphis_std::args::Param> {
        let c = self.calls.last()?;
        let Callee::Builtin(b) = &c.callee else {
            return None;
        };
        match name {
            Some(n) => b.params.iter().find(|p| p.name.as_bytes() == n.as_bytes()),
            None => b
                .params
                .get(self.stack.len() - c.args_base)
                .or(b.params.last().filter(|_| b.variadic)),
        }
    }

    /// Whether the pending call's next argument goes to a builtin's "prefer-ref" parameter.
    fn pending_param_prefers_ref(&self, name: Option<&ZStr>) -> bool {
        self.pending_builtin_param(name)
            .is_some_and(|p| p.prefer_ref)
    }

    /// Pushes an argument for the pending call.
    pub(crate) fn send(&mut self, v: Zval, name: Option<ZStr>) -> Result<(), Flow> {
        match name {
            None => {
                if self.calls.last().is_some_and(|c| !c.named.is_empty()) {
                    return Err(self.throw_error(
                        "Error",
                        "Cannot use positional argument after named argument".into(),
                    ));
                }
                v.push_onto(&mut self.stack);
            }
            Some(n) => {
                if let Some(c) = self.calls.last_mut() {
                    c.named.vec_mut().push((n, v));
                }
            }
        }
        Ok(())
    }

    /// An argument that is no variable (`v`) for a by-reference parameter of the pending
    /// call: a call's or `new`'s result (`var`) goes with PHP's notice, as a reference to
    /// itself; anything else is PHP's Error (but for a builtin's "prefer-ref" parameter,
    /// which takes values as they are).
    #[cold]
    #[inline(never)]
    pub(crate) fn send_non_variable_by_ref(
        &mut self,
        v: Zval,
        name: Option<ZStr>,
        var: bool,
    ) -> Result<(), Flow> {
        if self.pending_param_prefers_ref(name.as_ref()) {
            return self.send(v, name);
        }
        if var {
            if let Err(e) = self.raise(
                crate::errors::e::NOTICE,
                "Only variables should be passed by reference",
            ) {
                memphis_values::gc::release_nogc(v);
                return Err(e);
            }
            return self.send(Zval::Ref(ZRef::new(v)), name);
        }
        memphis_values::gc::release_nogc(v);
        let Some(c) = self.calls.last() else {
            return Ok(());
        };
        let pos = self.stack.len() - c.args_base;
        let params: Vec<String> = match &c.callee {
            Callee::User { func, .. } => func.params.iter().map(|p| p.name.clone()).collect(),
            Callee::Builtin(b) => b.params.iter().map(|p| p.name.to_string()).collect(),
            _ => Vec::new(),
        };
        let (n, pname) = match &name {
            Some(n) => {
                let i = params
                    .iter()
                    .position(|p| p.as_bytes() == n.as_bytes())
                    .unwrap_or(pos);
                (i, n.to_string_lossy())
            }
            None => (
                pos,
                params
                    .get(pos)
                    .or(params.last())
                    .cloned()
                    .unwrap_or_default(),
            ),
        };
        let fname = self.callee_name(&c.callee);
        Err(self.throw_error(
            "Error",
            format!(
                "{}(): Argument #{} (${}) could not be passed by reference",
                fname,
                n + 1,
                pname
            ),
        ))
    }

    /// Places named arguments into their positions (or the extra list for variadics).
    fn bind_named(&mut self, pc: &mut PendingCall) -> Result<(), Flow> {
        if pc.named.is_empty() {
            return Ok(());
        }
        let names: Vec<(String, bool)> = match &pc.callee {
            Callee::User { func, .. } => func
                .params
                .iter()
                .map(|p| (p.name.clone(), p.variadic))
                .collect(),
            Callee::Builtin(b) => b
                .params
                .iter()
                .map(|p| (p.name.to_string(), false))
                .collect(),
            Callee::Native { f, .. } => f.params.iter().map(|p| (p.to_string(), false)).collect(),
            Callee::Magic { .. } | Callee::Noop => Vec::new(),
        };
        let fname = self.callee_name(&pc.callee);
        let named = pc.named.take();
        for (n, v) in named {
            let pos = names
                .iter()
                .position(|(p, var)| p.as_bytes() == n.as_bytes() && !var);
            match pos {
                Some(i) => {
                    let idx = pc.args_base + i;
                    if idx < self.stack.len() && !self.stack[idx].is_undef() {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Named parameter ${} overwrites previous argument",
                                n.to_string_lossy()
                            ),
                        ));
                    }
                    while self.stack.len() <= idx {
                        self.stack.push(Zval::Undef);
                    }
                    self.stack[idx] = v;
                }
                None => {
                    if names.last().is_some_and(|(_, var)| *var) {
                        self.pending_named_extra.push((n, v));
                    } else {
                        return Err(self.throw_error(
                            "Error",
                            format!("Unknown named parameter ${}", n.to_string_lossy()),
                        ));
                    }
                }
            }
        }
        let _ = fname;
        Ok(())
    }

    /// PHP's warning for a value given to by-reference parameter `i` of `func` by a call from
    /// Rust (`zend_param_must_be_ref`); the call goes on with the value.
    pub(crate) fn warn_by_ref_value_given(
        &mut self,
        func: &Function,
        i: usize,
    ) -> Result<(), Flow> {
        let msg = format!(
            "{}(): Argument #{} (${}) must be passed by reference, value given",
            user_func_name(func),
            i + 1,
            func.params[i].name
        );
        self.warn(&msg)
    }

    fn callee_name(&self, c: &Callee) -> String {
        match c {
            Callee::User { func, .. } => user_func_name(func),
            Callee::Builtin(b) => b.name.to_string(),
            Callee::Native { f, .. } => f.name.to_string(),
            Callee::Magic { class, name, .. } => format!(
                "{}::{}",
                class.name.to_string_lossy(),
                name.to_string_lossy()
            ),
            Callee::Noop => String::new(),
        }
    }

    /// Performs the pending call.
    pub(crate) fn do_call(&mut self, ret: RetTo) -> Result<(), Flow> {
        // The common case, a user function with positional arguments: its parts are taken out
        // of the pending call in place (moving the whole call out costs a copy).
        let top = self.calls.len().wrapping_sub(1);
        if let Some(PendingCall {
            callee:
                Callee::User {
                    func,
                    this,
                    scope,
                    static_class,
                    closure,
                },
            args_base,
            named,
        }) = self.calls.last_mut()
        {
            if named.is_empty() && self.ctor_marks.last() != Some(&top) {
                let func = func.clone();
                let (this, scope) = (this.take(), scope.take());
                let (static_class, closure) = (static_class.take(), closure.take());
                let args_base = *args_base;
                self.calls.truncate(top);
                return self.enter_user(func, this, scope, static_class, closure, args_base, ret);
            }
        }
        let Some(mut pc) = self.calls.take_top() else {
            return Ok(());
        };
        let is_ctor = self.ctor_marks.last() == Some(&self.calls.len());
        if is_ctor {
            self.ctor_marks.pop();
        }
        self.bind_named(&mut pc)?;
        let ret = if is_ctor { RetTo::Ctor } else { ret };
        match std::mem::replace(&mut pc.callee, Callee::Noop) {
            Callee::User {
                func,
                this,
                scope,
                static_class,
                closure,
            } => {
                self.enter_user(func, this, scope, static_class, closure, pc.args_base, ret)?;
            }
            Callee::Builtin(b) => {
                // Arguments move into a vector kept from the last builtin call.
                let mut args = std::mem::take(&mut self.args_pool);
                args.extend(self.stack.drain(pc.args_base..));
                let r = self.call_builtin(b, args)?;
                self.deliver(ret, r);
            }
            Callee::Native { f, this, .. } => {
                let args = self
                    .stack
                    .drain(pc.args_base..)
                    .map(|v| v.into_deref())
                    .collect();
                let r = self.call_native(f, this.as_ref(), args);
                // `$this` goes as PHP's method call releases it (a possible root).
                drop(this);
                self.deliver(ret, r?);
            }
            Callee::Noop => {
                self.stack.truncate(pc.args_base);
                self.pending_named_extra.clear();
                self.deliver(ret, Zval::Null);
            }
            Callee::Magic {
                method,
                this,
                class,
                name,
                is_static,
            } => {
                let args: Vec<Zval> = self
                    .stack
                    .split_off(pc.args_base)
                    .into_iter()
                    .map(|v| v.into_deref())
                    .collect();
                let arr = ZArr::from_values(args);
                let callee = self.method_to_callee(&method, this, class);
                let callee = match callee {
                    Callee::User {
                        func,
                        this,
                        scope,
                        static_class,
                        closure,
                        ..
                    } => Callee::User {
                        func,
                        this,
                        scope,
                        static_class,
                        closure,
                    },
                    c => c,
                };
                let _ = is_static;
                let args_base = self.stack.len();
                self.stack.push(Zval::Str(name));
                self.stack.push(Zval::Arr(arr));
                match callee {
                    Callee::User {
                        func,
                        this,
                        scope,
                        static_class,
                        closure,
                    } => {
                        self.enter_user(func, this, scope, static_class, closure, args_base, ret)?;
                    }
                    _ => {
                        self.stack.truncate(args_base);
                    }
                }
            }
        }
        Ok(())
    }

    fn deliver(&mut self, ret: RetTo, v: Zval) {
        match ret {
            RetTo::Slot(i) => {
                let old = std::mem::replace(&mut self.stack[i], v);
                drop(old);
            }
            RetTo::Native => self.native_ret = v,
            RetTo::Discard | RetTo::Ctor => drop(v),
        }
    }

    /// Calls a builtin with its arguments (checking counts, mapping by-reference parameters).
    pub(crate) fn call_builtin(
        &mut self,
        b: &'static memphis_std::Builtin,
        mut args: Vec<Zval>,
    ) -> Result<Zval, Flow> {
        // Trailing undefs from named-argument gaps are defaults.
        while args.last().is_some_and(|v| v.is_undef()) {
            args.pop();
        }
        self.call_builtin_traced(b, args, true)
    }

    /// [`Vm::call_builtin`] with the call shown in stack traces while it runs; `bind` as for
    /// [`Vm::call_builtin_with`] (arguments that are plain values sent to by-value parameters,
    /// what [`Vm::direct_call_args`] gives, need none).
    #[inline(always)]
    fn call_builtin_traced(
        &mut self,
        b: &'static memphis_std::Builtin,
        args: Vec<Zval>,
        bind: bool,
    ) -> Result<Zval, Flow> {
        let traced = traced(b);
        if traced {
            self.push_native_call(b.name, &args);
        }
        let r = self.call_builtin_with(b, args, bind);
        if traced {
            self.pop_native_call();
        }
        r
    }

    /// Calls a built-in class's Rust method: its arguments are counted as PHP counts an
    /// internal method's, and the call shows in stack traces while it runs.
    pub(crate) fn call_native(
        &mut self,
        spec: &'static crate::class::NativeSpec,
        this: Option<&ZObj>,
        args: Vec<Zval>,
    ) -> Result<Zval, Flow> {
        let n = spec.params.len();
        if args.len() != n {
            let given = args.len();
            self.push_native_call(spec.traced, &args);
            for v in args {
                memphis_values::gc::release_nogc(v);
            }
            let e = self.throw_error(
                "ArgumentCountError",
                format!(
                    "{}() expects exactly {} argument{}, {} given",
                    spec.name,
                    n,
                    if n == 1 { "" } else { "s" },
                    given
                ),
            );
            self.pop_native_call();
            return Err(e);
        }
        let mut args = args;
        if spec.silent {
            let r = (spec.f)(self, this, &mut args);
            memphis_values::gc::clear_nogc(&mut args);
            self.pool_args(args);
            return r;
        }
        self.push_native_call(spec.traced, &args);
        let r = (spec.f)(self, this, &mut args);
        // What the method left of its arguments goes as an internal call's (no roots); the
        // vector goes back to the pool.
        memphis_values::gc::clear_nogc(&mut args);
        self.pool_args(args);
        self.pop_native_call();
        r
    }

    /// Gives an emptied argument vector back to the pool, for the next call to fill.
    #[inline(always)]
    fn pool_args(&mut self, args: Vec<Zval>) {
        debug_assert!(args.is_empty());
        if args.capacity() <= 64 && self.args_pool.capacity() == 0 {
            // The pool held no buffer, so nothing is lost by not dropping it (a drop is an
            // out-of-line call even for an empty vector).
            std::mem::forget(std::mem::replace(&mut self.args_pool, args));
        } else {
            drop(args);
        }
    }

    /// A builtin PHP compiles to an instruction (strlen, count): called without a frame of
    /// its own in stack traces.
    pub(crate) fn call_builtin_inline(
        &mut self,
        name: &str,
        args: Vec<Zval>,
    ) -> Result<Zval, Flow> {
        match self.builtins.get(name).copied() {
            Some(b) => self.call_builtin_checked(b, args),
            None => Ok(Zval::Null),
        }
    }

    #[inline(always)]
    fn call_builtin_checked(
        &mut self,
        b: &'static memphis_std::Builtin,
        args: Vec<Zval>,
    ) -> Result<Zval, Flow> {
        self.call_builtin_with(b, args, true)
    }

    /// Calls builtin `b` after PHP's argument count check; `bind` makes by-value arguments
    /// plain values and by-reference ones references (callers whose arguments are already
    /// so skip it).
    #[inline(always)]
    fn call_builtin_with(
        &mut self,
        b: &'static memphis_std::Builtin,
        mut args: Vec<Zval>,
        bind: bool,
    ) -> Result<Zval, Flow> {
        let max = b.params.len();
        // Required parameters come first: too few arguments leave one of them unfilled.
        let too_few = b.params.get(args.len()).is_some_and(|p| !p.optional);
        if too_few || (!b.variadic && args.len() > max) {
            return Err(self.builtin_count_error(b, args.len()));
        }
        if bind {
            bind_builtin_args(b, &mut args);
        }
        if !self.pending_named_extra.is_empty() {
            self.pending_named_extra.clear();
        }
        let saved = std::mem::replace(&mut self.current_builtin, b.name);
        let mut a = memphis_std::Args {
            vals: args,
            fname: b.name,
            params: b.params,
        };
        let was = memphis_values::gc::set_in_builtin(true);
        let r = (b.f)(self, &mut a);
        memphis_values::gc::clear_nogc(&mut a.vals);
        let vals = std::mem::take(&mut a.vals);
        // What is left holds an empty vector and static references: nothing to drop.
        std::mem::forget(a);
        self.pool_args(vals);
        memphis_values::gc::set_in_builtin(was);
        self.current_builtin = saved;
        r
    }
}

/// Where a call of `f` with `argc` arguments starts: past the `Recv`s of untyped parameters,
/// which do nothing when their arguments were passed.
#[inline(always)]
fn recv_start(f: &Function, argc: usize) -> usize {
    if argc >= f.recv_skip as usize {
        f.recv_skip as usize
    } else {
        0
    }
}

/// A user function's name as PHP's messages give it (`C::m`, `f`, a closure's `{closure:…}`).
fn user_func_name(func: &Function) -> String {
    match &func.class_name {
        Some(cn) if !func.name.starts_with("{closure") => format!("{cn}::{}", func.name),
        _ => func.name.clone(),
    }
}

/// Whether two optional classes are the same one.
#[inline(always)]
fn same_class(a: &Option<Rc<ClassEntry>>, b: &Option<Rc<ClassEntry>>) -> bool {
    crate::cache::scope_id(a) == crate::cache::scope_id(b)
}

/// Whether a call of builtin `b` shows as a frame in stack traces (errors about its own
/// arguments included): the engine's own helpers do not, nor do call_user_func(_array), which
/// PHP compiles into a direct call.
#[inline(always)]
fn traced(b: &memphis_std::Builtin) -> bool {
    match b.name.as_bytes().first() {
        Some(b'_') => !b.name.starts_with("__memphis"),
        Some(b'c') => !matches!(b.name, "call_user_func" | "call_user_func_array"),
        _ => true,
    }
}

/// By-value parameters of builtin `b` get plain values, by-reference ones references.
#[inline(always)]
fn bind_builtin_args(b: &memphis_std::Builtin, args: &mut [Zval]) {
    let tail_by_ref = b.variadic && b.params.last().is_some_and(|p| p.by_ref);
    for (i, a) in args.iter_mut().enumerate() {
        let by_ref = match b.params.get(i) {
            Some(p) => p.by_ref,
            None => tail_by_ref,
        };
        match (by_ref, &*a) {
            (false, Zval::Ref(_)) => {
                let v = std::mem::take(a);
                *a = v.into_deref();
            }
            (true, v) if !matches!(v, Zval::Ref(_)) => {
                let v = std::mem::take(a);
                *a = Zval::Ref(ZRef::new(v));
            }
            _ => {}
        }
    }
}

impl Vm {
    /// PHP's ArgumentCountError for `given` arguments to builtin `b`.
    #[cold]
    #[inline(never)]
    fn builtin_count_error(&mut self, b: &'static memphis_std::Builtin, given: usize) -> Flow {
        let max = b.params.len();
        let required = b.required();
        let expect = if required == max && !b.variadic {
            format!("exactly {}", required)
        } else if given < required {
            format!("at least {}", required)
        } else {
            format!("at most {}", max)
        };
        let n = if given < required { required } else { max };
        self.throw_error(
            "ArgumentCountError",
            format!(
                "{}() expects {} argument{}, {} given",
                b.name,
                expect,
                if n == 1 { "" } else { "s" },
                given
            ),
        )
    }

    /// Records a builtin call for stack traces (its arguments are kept, as PHP's frame keeps
    /// them; `debug_zval_dump`'s are not, so that the counts it prints stay PHP's).
    #[inline(always)]
    fn push_native_call(&mut self, name: &'static str, args: &[Zval]) {
        let depth = self.frames.len();
        if self.native_top == self.native_calls.len() {
            self.native_calls.push(crate::NativeCall {
                name,
                args: Vec::new(),
                depth,
            });
        }
        let nc = &mut self.native_calls[self.native_top];
        nc.name = name;
        nc.depth = depth;
        if name != "debug_zval_dump" {
            memphis_values::zval::extend_copies(&mut nc.args, args);
        }
        self.native_top += 1;
    }

    /// Ends the innermost builtin call's record; its argument handles go without roots.
    #[inline(always)]
    fn pop_native_call(&mut self) {
        if self.native_top == 0 {
            return;
        }
        self.native_top -= 1;
        memphis_values::gc::clear_nogc(&mut self.native_calls[self.native_top].args);
    }

    /// Pushes a frame for a user function whose arguments start at `args_base`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn enter_user(
        &mut self,
        func: Rc<Function>,
        this: Option<ZObj>,
        scope: Option<Rc<ClassEntry>>,
        static_class: Option<Rc<ClassEntry>>,
        closure: Option<ZObj>,
        args_base: usize,
        ret: RetTo,
    ) -> Result<(), Flow> {
        if func.flags & acc::ABSTRACT != 0 {
            self.stack.truncate(args_base);
            let cls = func.class_name.clone().unwrap_or_default();
            return Err(self.throw_error(
                "Error",
                format!("Cannot call abstract method {}::{}()", cls, func.name),
            ));
        }
        if self.frames.len() > self.max_frames {
            self.stack.truncate(args_base);
            return Err(self.fatal(&format!(
                "Allowed memory size of {} bytes exhausted (tried to allocate 262144 bytes)",
                memphis_mm::limit()
            )));
        }
        memphis_values::gc::set_in_builtin(false);
        let nparams = func.params.len();
        let argc = self.stack.len() - args_base;
        // Internal functions refuse extra arguments; the prelude's classes stand for them.
        if argc > nparams
            && func.file.as_ref() == crate::prelude::PRELUDE_FILE
            && !func.params.last().is_some_and(|p| p.variadic)
            && !func.name.starts_with("__")
        {
            let extra_args = self.stack.split_off(args_base);
            for v in extra_args {
                memphis_values::gc::release_nogc(v);
            }
            let cls = func
                .class_name
                .as_deref()
                .map(|c| format!("{c}::"))
                .unwrap_or_default();
            let exact = func.params.iter().all(|p| !p.has_default);
            return Err(self.throw_error(
                "ArgumentCountError",
                format!(
                    "{}{}() expects {} {} argument{}, {} given",
                    cls,
                    func.name,
                    if exact { "exactly" } else { "at most" },
                    nparams,
                    if nparams == 1 { "" } else { "s" },
                    argc
                ),
            ));
        }
        let mut extra = Vec::new();
        if argc > nparams {
            let has_variadic = func.params.last().is_some_and(|p| p.variadic);
            let keep = if has_variadic { nparams - 1 } else { nparams };
            extra = self.stack.split_off(args_base + keep);
            if has_variadic {
                // The variadic slot itself is filled by RecvVariadic from `extra`.
            }
        } else if func.params.last().is_some_and(|p| p.variadic) && argc == nparams {
            // The last argument lands on the variadic parameter: collect it.
            let v = self.stack.split_off(args_base + nparams - 1);
            extra = v;
        }
        memphis_values::zval::extend_undef(&mut self.stack, args_base + func.num_slots());
        // Closure `use` variables follow the parameters.
        if let Some(c) = &closure {
            if let Some(cd) = c.native::<ClosureData>() {
                for (i, v) in cd.bound.iter().enumerate() {
                    let idx = args_base + nparams + i;
                    if idx < self.stack.len() {
                        self.stack[idx] = v.clone();
                    }
                }
            }
        }
        if func.is_generator {
            let mut frame = Frame::new(func.clone(), args_base, ret);
            frame.this = this;
            frame.scope = scope;
            frame.static_class = static_class;
            frame.closure = closure;
            frame.argc = argc as u32;
            frame.extra_args.set(extra);
            frame.pending_calls_base = self.calls.len() as u32;
            // Calling a generator function creates the Generator without running the body.
            let g = self.make_generator(frame);
            self.deliver(ret, Zval::Obj(g));
            return Ok(());
        }
        self.push_user_frame(
            &func,
            this,
            &scope,
            &static_class,
            closure,
            args_base,
            argc,
            argc.saturating_sub(nparams),
            ret,
            0,
        );
        if !extra.is_empty() {
            if let Some(f) = self.frames.last_mut() {
                f.extra_args.set(extra);
            }
        } else if extra.capacity() == 0 {
            // (Owning no buffer, it has nothing to drop: the drop's call is saved.)
            std::mem::forget(extra);
        }
        Ok(())
    }

    /// Starts the frame of a user function whose `argc` arguments are in place on the stack
    /// (`beyond` of them past its parameters, which take room on the VM stack too), going on at
    /// instruction `ip` (past the `Recv`s its arguments skip).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_user_frame(
        &mut self,
        func: &Rc<Function>,
        this: Option<ZObj>,
        scope: &Option<Rc<ClassEntry>>,
        static_class: &Option<Rc<ClassEntry>>,
        closure: Option<ZObj>,
        args_base: usize,
        argc: usize,
        beyond: usize,
        ret: RetTo,
        ip: usize,
    ) {
        let pending_calls_base = self.calls.len() as u32;
        let bytes = crate::frame_php_size(func, beyond);
        let new_page = self.stack_enter(bytes);
        // The frame is filled in one place (one look-up of the entry).
        let frame = crate::new_frame(&mut self.frames, func, args_base, ret);
        frame.ip = ip;
        frame.this = this;
        // (A reused entry most often holds these classes already.)
        if !same_class(&frame.scope, scope) {
            frame.scope = scope.clone();
        }
        if !same_class(&frame.static_class, static_class) {
            frame.static_class = static_class.clone();
        }
        frame.closure = closure;
        frame.argc = argc as u32;
        frame.pending_calls_base = pending_calls_base;
        frame.stack_bytes = bytes as u32;
        frame.stack_new_page = new_page;
        // A new page is the call's only allocation: only it can pass the memory limit.
        if new_page && memphis_mm::limit_hit() {
            memphis_values::interrupt::raise();
        }
    }

    /// The common call, which the dispatch loop makes without going through [`Vm::do_call`]:
    /// a user function, method or constructor whose positional arguments all fit its
    /// parameters (not a closure, generator or abstract method). Does nothing and returns false for
    /// any other call.
    #[inline(always)]
    pub(crate) fn enter_simple(&mut self, mut ret: RetTo) -> bool {
        let top = self.calls.len().wrapping_sub(1);
        let stack_len = self.stack.len();
        let Some(PendingCall {
            callee:
                Callee::User {
                    func,
                    this,
                    scope,
                    static_class,
                    closure: None,
                },
            args_base,
            named,
        }) = self.calls.last_mut()
        else {
            return false;
        };
        let argc = stack_len - *args_base;
        if !named.is_empty()
            || !func.plain_entry
            || argc > func.params.len()
            || self.frames.len() > self.max_frames
        {
            return false;
        }
        // A constructor's result is not the call's: `new` already put the object in place.
        if self.ctor_marks.last() == Some(&top) {
            self.ctor_marks.pop();
            ret = RetTo::Ctor;
        }
        let func = func.clone();
        let (this, scope, static_class) = (this.take(), scope.take(), static_class.take());
        let args_base = *args_base;
        // What the entry held went to the frame (the function stays, as in released entries).
        self.calls.pop_released();
        memphis_values::gc::set_in_builtin(false);
        memphis_values::zval::extend_undef(&mut self.stack, args_base + func.num_slots());
        let ip = recv_start(&func, argc);
        self.push_user_frame(
            &func,
            this,
            &scope,
            &static_class,
            None,
            args_base,
            argc,
            0,
            ret,
            ip,
        );
        true
    }

    /// When the instructions at `ip` only send `argc` plain values (variables holding a value
    /// that is no reference, literals) or arithmetic on numbers (`f($n - 1)`: a `Bin` into a
    /// temporary that the next `SendVal` sends) to the call just begun, and a `DoCall`
    /// follows: pushes those arguments as the callee's first slots and returns the `DoCall`'s
    /// destination and the instruction after it, so that [`Vm::enter_fused`] makes the call
    /// at once. `None`, with nothing pushed and nothing written, for any other shape (an
    /// argument computed otherwise, named, unpacked or undefined, an operator that would warn
    /// or fail). An arithmetic argument is computed as the `Bin` would and sent as the
    /// `SendVal` would (its temporary is not written: the send would have moved it out), in
    /// the same order. Room for the callee's `slots` is reserved first, so that neither the
    /// arguments nor the frame's other slots grow the stack one by one.
    #[inline(always)]
    pub(crate) fn fused_sends(
        &mut self,
        caller: &Function,
        base: usize,
        ip: usize,
        argc: u32,
        slots: usize,
    ) -> Option<(Option<u32>, usize)> {
        // (The compiler marked and decoded the calls whose sends have a shape taken here.)
        let site = marked_site(caller, ip)?;
        debug_assert_eq!(site.args.len(), argc as usize);
        let args_base = self.stack.len();
        self.stack.reserve(slots.max(site.args.len()));
        for a in site.args.iter() {
            let Some(v) = self.site_value(caller, base, *a) else {
                self.unpush_args(args_base);
                return None;
            };
            v.push_onto(&mut self.stack);
        }
        Some((
            (site.dst != NO_CV).then_some(site.dst),
            site.resume as usize,
        ))
    }

    /// The value send `a` of a decoded call site sends, when [`Vm::fused_sends`] can take it
    /// (a variable holding a value that is no reference, a literal, or arithmetic on numbers
    /// into a temporary holding no handle, computed as the `Bin` would).
    #[inline(always)]
    fn site_value(&self, caller: &Function, base: usize, a: SendSrc) -> Option<Zval> {
        match a {
            SendSrc::Cv(cv) => match self.stack.get(base + cv as usize)? {
                Zval::Undef | Zval::Ref(_) => None,
                v => Some(memphis_values::zval::copy_of(v)),
            },
            SendSrc::Lit(l) => caller
                .literals
                .get(l as usize)
                .map(memphis_values::zval::copy_of),
            SendSrc::Arith { at, tmp } => {
                if self.stack.get(base + tmp as usize)?.is_refcounted() {
                    return None;
                }
                let at = at as usize;
                if let Some(r) =
                    crate::scalar::int_result(caller.sops.get(at)?, &self.stack[base..])
                {
                    return Some(r);
                }
                let Some(Op::Bin { op, a, b, .. }) = caller.ops.get(at) else {
                    return None;
                };
                let x = crate::exec::peek(&self.stack, caller, base, *a);
                let y = crate::exec::peek(&self.stack, caller, base, *b);
                crate::scalar::arith(*op, x, y)
            }
        }
    }

    /// The arguments of a call that can be made straight from the `Init…Call` just run: its
    /// `argc` sends at `ip` are plain ones (see [`Vm::fused_sends`]) to parameters `by_ref`
    /// says take values, and the `DoCall` follows them. Gives the `DoCall`'s destination and
    /// the arguments (the frame resumes after the `DoCall`); `None`, with nothing touched, for
    /// any other shape.
    fn direct_call_args(
        &mut self,
        caller: &Function,
        base: usize,
        ip: usize,
        argc: u32,
        by_ref: impl Fn(usize) -> bool,
    ) -> Option<(Option<u32>, Vec<Zval>)> {
        let site = marked_site(caller, ip)?;
        debug_assert_eq!(site.args.len(), argc as usize);
        let mut args = std::mem::take(&mut self.args_pool);
        for (i, a) in site.args.iter().enumerate() {
            match self.site_value(caller, base, *a) {
                Some(v) if !by_ref(i) => args.push(v),
                other => {
                    if let Some(v) = other {
                        memphis_values::gc::release_nogc(v);
                    }
                    // Copies of live values, let go without roots (they were never sent).
                    memphis_values::gc::clear_nogc(&mut args);
                    self.pool_args(args);
                    return None;
                }
            }
        }
        if let Some(fr) = self.frames.last_mut() {
            fr.ip = site.resume as usize;
        }
        Some(((site.dst != NO_CV).then_some(site.dst), args))
    }

    /// A built-in class's Rust method (`$ref->get()`, `WeakReference::create($o)`) called at
    /// once for the `Init…Call` just run (see [`Vm::direct_call_args`]): no pending-call entry
    /// and no dispatch of the sends. Gives the `DoCall`'s destination and the result; `$this`
    /// is the caller's to release after the call, as PHP's method call does.
    pub(crate) fn call_native_fused(
        &mut self,
        spec: &'static crate::class::NativeSpec,
        this: Option<&ZObj>,
        caller: &Function,
        base: usize,
        ip: usize,
        argc: u32,
    ) -> Option<(Option<u32>, Result<Zval, Flow>)> {
        let (dst, args) = self.direct_call_args(caller, base, ip, argc, |_| false)?;
        Some((dst, self.call_native(spec, this, args)))
    }

    /// A builtin called at once for the `InitFCall` just run, as
    /// [`Vm::call_native_fused`] calls a Rust method, when no argument goes to a
    /// by-reference parameter.
    pub(crate) fn call_builtin_fused(
        &mut self,
        b: &'static memphis_std::Builtin,
        caller: &Function,
        base: usize,
        ip: usize,
        argc: u32,
    ) -> Option<(Option<u32>, Result<Zval, Flow>)> {
        let by_ref = |i: usize| match b.params.get(i) {
            Some(p) => p.by_ref,
            None => b.variadic && b.params.last().is_some_and(|p| p.by_ref),
        };
        let (dst, args) = self.direct_call_args(caller, base, ip, argc, by_ref)?;
        Some((dst, self.call_builtin_traced(b, args, false)))
    }

    /// Takes back the arguments [`Vm::fused_sends`] pushed before it met a send it cannot
    /// fuse: copies of live values, let go without buffering roots (they were never sent).
    #[cold]
    #[inline(never)]
    fn unpush_args(&mut self, args_base: usize) {
        while self.stack.len() > args_base {
            if let Some(v) = self.stack.pop() {
                memphis_values::gc::release_nogc(v);
            }
        }
    }

    /// Whether user function `f` may be entered by [`Vm::enter_fused`] with `argc`
    /// arguments: a plain entry taking them all by value, with room for another frame.
    #[inline(always)]
    pub(crate) fn can_enter_fused(&self, f: &Function, argc: u32) -> bool {
        f.plain_entry
            && !f.by_ref_params
            && argc as usize <= f.params.len()
            && self.frames.len() <= self.max_frames
    }

    /// Enters user function `f` (which [`Vm::can_enter_fused`] accepted) for a call whose
    /// `argc` arguments the instructions at `ip` send and [`Vm::fused_sends`] pushed, its
    /// result going to `ret`: the frame starts at once, with no pending-call entry and no
    /// dispatch of the sends, and the caller resumes after the `DoCall`.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn enter_fused(
        &mut self,
        resume: usize,
        argc: u32,
        f: &Rc<Function>,
        this: Option<ZObj>,
        scope: &Option<Rc<ClassEntry>>,
        static_class: &Option<Rc<ClassEntry>>,
        ret: RetTo,
    ) {
        let argc = argc as usize;
        let this = if f.is_static { None } else { this };
        let args_base = self.stack.len() - argc;
        memphis_values::gc::set_in_builtin(false);
        memphis_values::zval::extend_undef(&mut self.stack, args_base + f.num_slots());
        if let Some(fr) = self.frames.last_mut() {
            fr.ip = resume;
        }
        let ip = recv_start(f, argc);
        self.push_user_frame(
            f,
            this,
            scope,
            static_class,
            None,
            args_base,
            argc,
            0,
            ret,
            ip,
        );
    }

    /// `f($a, 1, …)` to a plain function that `InitFCall` literal `lit` resolved to earlier,
    /// its arguments sent as [`Vm::fused_sends`] wants: entered at once (see
    /// [`Vm::enter_fused`]), or run as scalar calls (see the `light` module). Touches
    /// nothing and gives [`Fused::No`] for any other call.
    #[inline(always)]
    pub(crate) fn enter_fused_fcall(
        &mut self,
        caller: &Function,
        base: usize,
        ip: usize,
        lit: u32,
        argc: u32,
    ) -> Fused {
        // The cache stays borrowed through the entry: the function is not cloned out of it
        // (the frame takes its own handle only when its reused entry held another function).
        let cache = caller.runtime.1.borrow();
        let f = match cache.get(lit as usize) {
            Some(Some(f)) if self.can_enter_fused(f, argc) => f,
            _ => return Fused::No,
        };
        if f.scalar_body {
            let f = f.clone();
            drop(cache);
            return self.enter_scalar_fcall(caller, base, ip, &f, argc);
        }
        self.enter_fused_frame(caller, base, ip, f, argc)
    }

    /// [`Vm::enter_fused_fcall`] for a function whose body is all scalar forms: a scalar call
    /// when it may be one, else a frame (out of the dispatch loop's code, which it would
    /// otherwise lengthen).
    #[inline(never)]
    fn enter_scalar_fcall(
        &mut self,
        caller: &Function,
        base: usize,
        ip: usize,
        f: &Rc<Function>,
        argc: u32,
    ) -> Fused {
        if self.scalar_callee_fits(f, argc, 0) {
            if let Some(site) = marked_site(caller, ip) {
                if let Some(out) = self.scalar_calls(caller, base, f, site) {
                    return out;
                }
            }
        }
        self.enter_fused_frame(caller, base, ip, f, argc)
    }

    /// [`Vm::enter_fused_fcall`]'s entry of `f` as a frame.
    #[inline(always)]
    fn enter_fused_frame(
        &mut self,
        caller: &Function,
        base: usize,
        ip: usize,
        f: &Rc<Function>,
        argc: u32,
    ) -> Fused {
        let Some((dst, resume)) = self.fused_sends(caller, base, ip, argc, f.num_slots()) else {
            return Fused::No;
        };
        let ret = match dst {
            Some(d) => RetTo::Slot(base + d as usize),
            None => RetTo::Discard,
        };
        self.enter_fused(resume, argc, f, None, &None, &None, ret);
        Fused::Frame
    }

    /// Receives parameter `n`: missing-argument error, by-reference binding, type coercion.
    pub(crate) fn recv(
        &mut self,
        func: &Rc<Function>,
        base: usize,
        n: u32,
        passed: bool,
    ) -> Result<(), Flow> {
        let argc = self.frames.last().map(|f| f.argc).unwrap_or(0);
        let slot = base + n as usize;
        if !passed && (n >= argc || self.stack[slot].is_undef()) {
            let fname = self.frame_function_name();
            let (file, line) = self.caller_location();
            let required = func.required;
            let exact = func.params.iter().all(|p| !p.has_default && !p.variadic);
            let passed_n = argc.min(n);
            // A built-in class written in PHP words it as PHP's internal functions do.
            if func.file.as_ref() == crate::prelude::PRELUDE_FILE {
                return Err(self.throw_error(
                    "ArgumentCountError",
                    format!(
                        "{}() expects {} {} argument{}, {} given",
                        fname,
                        if exact { "exactly" } else { "at least" },
                        required,
                        if required == 1 { "" } else { "s" },
                        passed_n
                    ),
                ));
            }
            // Called by internal code (a builtin's callback, a built-in class written in
            // PHP): PHP names no call site. (`call_user_func()` PHP compiles to instructions
            // of the calling function, which it names.)
            if (self.frames.last().is_some_and(|f| f.ret == RetTo::Native)
                && !matches!(
                    self.current_builtin,
                    "call_user_func" | "call_user_func_array"
                ))
                || (self.frames.len() >= 2
                    && self.frames[self.frames.len() - 2].func.file.as_ref()
                        == crate::prelude::PRELUDE_FILE)
            {
                return Err(self.throw_error(
                    "ArgumentCountError",
                    format!(
                        "Too few arguments to function {}(), {} passed and {} {} expected",
                        fname,
                        passed_n,
                        if exact { "exactly" } else { "at least" },
                        required
                    ),
                ));
            }
            return Err(self.throw_error(
                "ArgumentCountError",
                format!("Too few arguments to function {}(), {} passed in {} on line {} and {} {} expected", fname, passed_n, file, line, if exact { "exactly" } else { "at least" }, required),
            ));
        }
        let p = &func.params[n as usize];
        if let Some(t) = &p.ty {
            let v = &self.stack[slot];
            if fits_plainly(t, p.accepts, &p.class_hit, v) {
                return Ok(());
            }
            // The checks' own handles go without possible roots (PHP checks in place).
            let v = crate::place::Held(self.stack[slot].clone());
            let v = &v.0;
            let inner = crate::place::Held(v.deref());
            let inner = &inner.0;
            let class_name: &str = func.class_name.as_deref().unwrap_or_default();
            // declare(strict_types=1) in the calling file: no coercion but int → float.
            let strict =
                self.frames.len() >= 2 && self.frames[self.frames.len() - 2].func.strict_types;
            let coerced = if strict {
                self.coerce_strict(t, inner.clone(), class_name.as_bytes())
            } else {
                self.coerce_to_type(t, inner.clone(), class_name.as_bytes())?
            };
            match coerced {
                Some(x) => {
                    if let Zval::Ref(r) = v {
                        if !memphis_values::convert::strict_eq(&x, inner)
                            || x.type_name() != inner.type_name()
                        {
                            drop(r.replace(x));
                        } else {
                            memphis_values::gc::release_nogc(x);
                        }
                    } else {
                        let old = std::mem::replace(&mut self.stack[slot], x);
                        memphis_values::gc::release_nogc(old);
                    }
                }
                None => {
                    let fname = self.frame_function_name();
                    let (file, line) = self.caller_location();
                    let given = type_name(inner);
                    // Internal functions (the prelude's classes stand for them) do not name
                    // the call site.
                    let site = if func.file.as_ref() == crate::prelude::PRELUDE_FILE {
                        String::new()
                    } else {
                        format!(", called in {} on line {}", file, line)
                    };
                    return Err(self.throw_error(
                        "TypeError",
                        format!(
                            "{}(): Argument #{} (${}) must be of type {}, {} given{}",
                            fname,
                            n + 1,
                            p.name,
                            t.display(),
                            given,
                            site
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Name of the function running in the top frame, as PHP prints it in messages.
    pub(crate) fn frame_function_name(&self) -> String {
        match self.frames.last() {
            Some(f) => match &f.func.class_name {
                Some(c) if !f.func.name.starts_with("{closure") => format!(
                    "{}::{}",
                    f.scope
                        .as_ref()
                        .map(|s| s.name.to_string_lossy())
                        .unwrap_or_else(|| c.clone()),
                    f.func.name
                ),
                Some(c) => format!("{}::{}", c, f.func.name),
                _ => f.func.name.clone(),
            },
            None => String::new(),
        }
    }

    /// File and line of the call site of the top frame.
    pub(crate) fn caller_location(&self) -> (Rc<str>, u32) {
        if self.frames.len() >= 2 {
            let f = &self.frames[self.frames.len() - 2];
            return (
                f.func.file.clone(),
                f.func
                    .lines
                    .get(f.ip.saturating_sub(1))
                    .copied()
                    .unwrap_or(0),
            );
        }
        (self.main_file.clone(), 0)
    }

    /// Coerces `v` to a declared type (PHP's weak mode); `None` when it cannot.
    pub(crate) fn coerce_to_type(
        &mut self,
        t: &TypeDecl,
        v: Zval,
        self_class: &[u8],
    ) -> Result<Option<Zval>, Flow> {
        if self.type_accepts(t, &v, self_class) {
            return Ok(Some(v));
        }
        // Scalar coercion (non-strict mode).
        let scalars = scalar_targets(t);
        if scalars.is_empty() {
            return Ok(None);
        }
        let try_int = scalars.contains(&"int");
        let try_float = scalars.contains(&"float");
        let try_string = scalars.contains(&"string");
        let try_bool = scalars.contains(&"bool");
        match &v {
            Zval::Long(i) => {
                if try_float {
                    return Ok(Some(Zval::Double(*i as f64)));
                }
                if try_string {
                    return Ok(Some(Zval::Str(memphis_values::convert::long_to_zstr(*i))));
                }
                if try_bool {
                    return Ok(Some(Zval::Bool(*i != 0)));
                }
            }
            Zval::Double(d) => {
                if try_int && d.is_finite() && d.fract() == 0.0 && d.abs() < 9.2e18 {
                    return Ok(Some(Zval::Long(*d as i64)));
                }
                if try_int && d.is_finite() && d.abs() < 9.2e18 {
                    let shown = memphis_values::convert::format_double(*d, -1);
                    self.raise(
                        crate::errors::e::DEPRECATED,
                        &format!("Implicit conversion from float {shown} to int loses precision"),
                    )?;
                    return Ok(Some(Zval::Long(*d as i64)));
                }
                if try_string {
                    return Ok(Some(Zval::Str(self.to_zstr(&v)?)));
                }
                if try_bool {
                    return Ok(Some(Zval::Bool(*d != 0.0)));
                }
            }
            Zval::Str(s) => {
                if try_int || try_float {
                    if let Some(n) = memphis_values::convert::numeric_string(s.as_bytes()) {
                        return Ok(Some(match n {
                            memphis_values::convert::Numeric::Long(i) if try_int => Zval::Long(i),
                            memphis_values::convert::Numeric::Long(i) => Zval::Double(i as f64),
                            memphis_values::convert::Numeric::Double(d) => {
                                if try_float {
                                    Zval::Double(d)
                                } else if d.fract() == 0.0 {
                                    Zval::Long(d as i64)
                                } else {
                                    return Ok(None);
                                }
                            }
                        }));
                    }
                }
                if try_bool {
                    return Ok(Some(Zval::Bool(memphis_values::convert::to_bool(&v))));
                }
            }
            Zval::Bool(b) => {
                if try_int {
                    return Ok(Some(Zval::Long(*b as i64)));
                }
                if try_float {
                    return Ok(Some(Zval::Double(*b as i64 as f64)));
                }
                if try_string {
                    return Ok(Some(Zval::Str(self.to_zstr(&v)?)));
                }
            }
            Zval::Obj(o) if try_string && self.has_method_lc(o, "__tostring") => {
                return Ok(Some(Zval::Str(self.to_zstr(&v)?)));
            }
            _ => {}
        }
        Ok(None)
    }

    /// Strict-mode check: the value must have the type, except that an int widens to float.
    pub(crate) fn coerce_strict(
        &mut self,
        t: &TypeDecl,
        v: Zval,
        self_class: &[u8],
    ) -> Option<Zval> {
        if self.type_accepts(t, &v, self_class) {
            return Some(v);
        }
        if let Zval::Long(i) = v {
            if scalar_targets(t).contains(&"float") {
                return Some(Zval::Double(i as f64));
            }
        }
        None
    }

    /// Whether `v` already satisfies `t` without coercion.
    pub(crate) fn type_accepts(&mut self, t: &TypeDecl, v: &Zval, self_class: &[u8]) -> bool {
        match t {
            TypeDecl::Nullable(inner) => v.is_null() || self.type_accepts(inner, v, self_class),
            TypeDecl::Union(ts) => ts.iter().any(|x| self.type_accepts(x, v, self_class)),
            TypeDecl::Intersection(ts) => ts.iter().all(|x| self.type_accepts(x, v, self_class)),
            TypeDecl::Builtin(b) => match b.as_str() {
                "mixed" => true,
                "int" => matches!(v, Zval::Long(_)),
                "float" => {
                    matches!(v, Zval::Double(_) | Zval::Long(_)) && { matches!(v, Zval::Double(_)) }
                }
                "string" => matches!(v, Zval::Str(_)),
                "bool" => matches!(v, Zval::Bool(_)),
                "true" => matches!(v, Zval::Bool(true)),
                "false" => matches!(v, Zval::Bool(false)),
                "null" | "void" => v.is_null(),
                "array" => matches!(v, Zval::Arr(_)),
                "object" => matches!(v, Zval::Obj(_)),
                "iterable" => {
                    matches!(v, Zval::Arr(_))
                        || matches!(v, Zval::Obj(o) if instance_of_name(o.class(), b"traversable"))
                }
                "callable" => self.is_callable_value(v),
                "self" | "static" => match v {
                    Zval::Obj(o) => {
                        let sc = if b == "static" {
                            self.frames
                                .last()
                                .and_then(|f| f.static_class.clone())
                                .map(|c| c.lcname.clone())
                        } else {
                            None
                        };
                        let target = sc.unwrap_or_else(|| self_class.to_ascii_lowercase());
                        instance_of_name(o.class(), &target)
                    }
                    _ => false,
                },
                "parent" => match v {
                    Zval::Obj(o) => {
                        let parent = self
                            .classes
                            .get(&self_class.to_ascii_lowercase())
                            .and_then(|c| c.parent.clone());
                        parent.is_some_and(|p| instance_of(o.class(), &p))
                    }
                    _ => false,
                },
                "never" => false,
                _ => false,
            },
            TypeDecl::Class(c) => match v {
                Zval::Obj(o) => {
                    let lc = c.to_ascii_lowercase();
                    self.instance_of_named(o.class(), lc.trim_start_matches('\\').as_bytes())
                }
                _ => false,
            },
        }
    }

    /// Checks a return value against the running function's declared type.
    pub(crate) fn verify_return(&mut self, func: &Rc<Function>, v: Zval) -> Result<Zval, Flow> {
        let Some(t) = &func.ret_type else {
            return Ok(v);
        };
        if let TypeDecl::Builtin(b) = t {
            if b == "void" {
                return Ok(v);
            }
        }
        if v.is_undef() {
            // The end of the function reached without a `return`.
            let fname = self.frame_function_name();
            return Err(self.throw_error(
                "TypeError",
                format!(
                    "{}(): Return value must be of type {}, none returned",
                    fname,
                    t.display()
                ),
            ));
        }
        if fits_plainly(t, func.ret_accepts, &func.ret_class_hit, &v) {
            return Ok(v);
        }
        let class_name: &str = func.class_name.as_deref().unwrap_or_default();
        let coerced = if func.strict_types {
            self.coerce_strict(t, v.clone(), class_name.as_bytes())
        } else {
            self.coerce_to_type(t, v.clone(), class_name.as_bytes())?
        };
        match coerced {
            Some(x) => {
                memphis_values::gc::release_nogc(v);
                Ok(x)
            }
            None => {
                let fname = self.frame_function_name();
                Err(self.throw_error(
                    "TypeError",
                    format!(
                        "{}(): Return value must be of type {}, {} returned",
                        fname,
                        t.display(),
                        type_name(&v)
                    ),
                ))
            }
        }
    }

    /// Leaves the top frame with `v`.
    pub(crate) fn do_return(&mut self, v: Zval) -> Result<Ctl, Flow> {
        let fi = self.frames.len() - 1;
        if let Some(g) = self.frames[fi].generator.clone() {
            return self.generator_return(g, v);
        }
        let ret = self.frames[fi].ret;
        let v = match (&v, self.frames[fi].func.by_ref) {
            (Zval::Ref(_), false) => v.into_deref(),
            _ => v,
        };
        self.pop_frame();
        match ret {
            RetTo::Native => {
                self.native_ret = Zval::Null;
                Ok(Ctl::Done(v))
            }
            other => {
                self.deliver(other, v);
                Ok(Ctl::Next)
            }
        }
    }

    /// `return` inside a try with finally, at the end of the finally block.
    pub(crate) fn finally_return(
        &mut self,
        func: &Rc<Function>,
        base: usize,
        v: Zval,
    ) -> Result<Ctl, Flow> {
        // An enclosing finally (in this frame) runs next.
        let at = self
            .frames
            .last()
            .map(|f| f.ip as u32)
            .unwrap_or(1)
            .saturating_sub(1);
        for r in func.try_regions.iter().rev() {
            let Some(f) = r.finally else { continue };
            if at >= f && at < r.finally_end {
                // The finally block that just ended.
                continue;
            }
            if at >= r.start && at < f {
                let old_k =
                    std::mem::replace(&mut self.stack[base + r.fin_kind as usize], Zval::Long(2));
                drop(old_k);
                let old_v = std::mem::replace(&mut self.stack[base + r.fin_val as usize], v);
                drop(old_v);
                self.jump(f);
                return Ok(Ctl::Next);
            }
        }
        self.do_return(v)
    }

    // ----- resolving callees ------------------------------------------------------------------

    /// The callee for `$o->name(...)`.
    pub(crate) fn method_callee(&mut self, o: &ZObj, name: &ZStr) -> Result<Callee, Flow> {
        let lc = name.as_bytes().to_ascii_lowercase();
        let ce = o.class().clone();
        // Closures: `$closure->__invoke()` / call / bindTo are native.
        if let Some(m) = Self::find_method(&ce, &lc) {
            if m.flags & (acc::PRIVATE | acc::PROTECTED) != 0 && !self.can_call(&m, &ce) {
                if vmc(&ce).magic_call {
                    if let Some(mc) = Self::find_method(&ce, b"__call") {
                        return Ok(Callee::Magic {
                            method: mc,
                            this: Some(o.clone()),
                            class: ce,
                            name: name.clone(),
                            is_static: false,
                        });
                    }
                }
                return Err(self.method_access_error(&m, &ce));
            }
            // A private method of the calling scope wins over an override.
            let m = self.private_shadow(&ce, &lc).unwrap_or(m);
            let is_static = m.flags & acc::STATIC != 0;
            let this = if is_static { None } else { Some(o.clone()) };
            return Ok(self.method_to_callee(&m, this, ce));
        }
        if ce.lcname == b"closure" && lc == b"__invoke" {
            return self.closure_callee(o);
        }
        if vmc(&ce).magic_call {
            if let Some(mc) = Self::find_method(&ce, b"__call") {
                return Ok(Callee::Magic {
                    method: mc,
                    this: Some(o.clone()),
                    class: ce,
                    name: name.clone(),
                    is_static: false,
                });
            }
        }
        Err(self.throw_error(
            "Error",
            format!(
                "Call to undefined method {}::{}()",
                ce.name.to_string_lossy(),
                name.to_string_lossy()
            ),
        ))
    }

    fn private_shadow(&self, ce: &Rc<ClassEntry>, lc: &[u8]) -> Option<Rc<Method>> {
        let scope = self.effective_scope()?;
        if Rc::ptr_eq(&scope, ce) || !instance_of(ce, &scope) {
            return None;
        }
        let m = Self::find_method(&scope, lc)?;
        (m.flags & acc::PRIVATE != 0 && m.class().is_some_and(|c| Rc::ptr_eq(&c, &scope)))
            .then_some(m)
    }

    /// `Call to private method A::m() from scope B` (or `global scope`).
    fn method_access_error(&mut self, m: &Method, ce: &ClassEntry) -> Flow {
        let vis = if m.flags & acc::PRIVATE != 0 {
            "private"
        } else {
            "protected"
        };
        let from = match self.frames.last().and_then(|f| f.scope.clone()) {
            Some(s) => format!("scope {}", s.name.to_string_lossy()),
            None => "global scope".into(),
        };
        let msg = format!(
            "Call to {} method {}::{}() from {}",
            vis,
            ce.name.to_string_lossy(),
            m.name,
            from
        );
        self.throw_error("Error", msg)
    }

    /// The class scope of the innermost user frame (built-in prelude code acts for its caller,
    /// as PHP's internal functions do).
    pub(crate) fn effective_scope(&self) -> Option<Rc<ClassEntry>> {
        self.effective_scope_ref().clone()
    }

    /// [`Vm::effective_scope`] borrowed from its frame (no handle taken).
    #[inline]
    pub(crate) fn effective_scope_ref(&self) -> &Option<Rc<ClassEntry>> {
        const NONE: &Option<Rc<ClassEntry>> = &None;
        self.frames
            .iter()
            .rev()
            .find(|f| f.func.file.as_ref() != crate::prelude::PRELUDE_FILE)
            .map_or(NONE, |f| &f.scope)
    }

    fn can_call(&self, m: &Method, _ce: &Rc<ClassEntry>) -> bool {
        // Built-in classes written in PHP call methods as PHP's C code does (SplHeap calling a
        // subclass's protected compare()): without visibility checks.
        if self
            .frames
            .last()
            .is_some_and(|f| f.func.file.as_ref() == crate::prelude::PRELUDE_FILE)
        {
            return true;
        }
        let scope = self.effective_scope();
        let Some(s) = scope else { return false };
        let Some(decl) = m.class() else { return false };
        if m.flags & acc::PRIVATE != 0 {
            return Rc::ptr_eq(&s, &decl);
        }
        instance_of(&s, &decl) || instance_of(&decl, &s)
    }

    /// The callee for `Class::name(...)`; `forward` keeps `$this` and late static binding.
    pub(crate) fn static_callee(
        &mut self,
        ce: &Rc<ClassEntry>,
        name: &ZStr,
        forward: bool,
    ) -> Result<Callee, Flow> {
        let lc = name.as_bytes().to_ascii_lowercase();
        let this = self.frames.last().and_then(|f| f.this.clone());
        match Self::find_method(ce, &lc) {
            Some(m) => {
                if m.flags & (acc::PRIVATE | acc::PROTECTED) != 0 && !self.can_call(&m, ce) {
                    return Err(self.method_access_error(&m, ce));
                }
                if m.flags & acc::STATIC != 0 {
                    let sc = if forward {
                        self.frames
                            .last()
                            .and_then(|f| f.static_class.clone())
                            .filter(|s| instance_of(s, ce))
                            .unwrap_or_else(|| ce.clone())
                    } else {
                        ce.clone()
                    };
                    let mut c = self.method_to_callee(&m, None, ce.clone());
                    if let Callee::User { static_class, .. } = &mut c {
                        *static_class = Some(sc);
                    }
                    return Ok(c);
                }
                // Non-static method called statically: allowed with a compatible $this.
                match this {
                    Some(t) if instance_of(t.class(), ce) => {
                        let tc = t.class().clone();
                        let mut c = self.method_to_callee(&m, Some(t), ce.clone());
                        if let Callee::User { static_class, .. } = &mut c {
                            *static_class = Some(tc);
                        }
                        Ok(c)
                    }
                    _ => Err(self.throw_error(
                        "Error",
                        format!(
                            "Non-static method {}::{}() cannot be called statically",
                            ce.name.to_string_lossy(),
                            m.name
                        ),
                    )),
                }
            }
            None => {
                if let Some(t) = &this {
                    if vmc(ce).magic_call && instance_of(t.class(), ce) {
                        if let Some(mc) = Self::find_method(ce, b"__call") {
                            return Ok(Callee::Magic {
                                method: mc,
                                this: Some(t.clone()),
                                class: ce.clone(),
                                name: name.clone(),
                                is_static: false,
                            });
                        }
                    }
                }
                if vmc(ce).magic_call_static {
                    if let Some(mc) = Self::find_method(ce, b"__callstatic") {
                        return Ok(Callee::Magic {
                            method: mc,
                            this: None,
                            class: ce.clone(),
                            name: name.clone(),
                            is_static: true,
                        });
                    }
                }
                Err(self.throw_error(
                    "Error",
                    format!(
                        "Call to undefined method {}::{}()",
                        ce.name.to_string_lossy(),
                        name.to_string_lossy()
                    ),
                ))
            }
        }
    }

    /// The callee for a method with a receiver.
    pub(crate) fn method_to_callee(
        &self,
        m: &Rc<Method>,
        this: Option<ZObj>,
        called: Rc<ClassEntry>,
    ) -> Callee {
        let scope = m.class();
        let static_class = match &this {
            Some(t) => Some(t.class().clone()),
            None => Some(called.clone()),
        };
        match &m.imp {
            MethodImpl::User(f) => Callee::User {
                func: f.clone(),
                this,
                scope,
                static_class,
                closure: None,
            },
            MethodImpl::Native(f) => {
                drop(called);
                Callee::Native { f, this }
            }
        }
    }

    fn closure_callee(&mut self, c: &ZObj) -> Result<Callee, Flow> {
        let Some(cd) = c.native::<ClosureData>() else {
            return Err(self.throw_error("Error", "Closure object is not callable".into()));
        };
        match &cd.target {
            Some(callee) => Ok(callee.clone()),
            None => Ok(Callee::User {
                func: cd.func.clone(),
                this: cd.this.clone(),
                scope: cd.scope.clone(),
                static_class: cd.static_class.clone().or_else(|| cd.scope.clone()),
                closure: Some(c.clone()),
            }),
        }
    }

    /// Resolves any PHP callable value.
    pub(crate) fn resolve_callable(&mut self, c: &Zval, throw: bool) -> Result<Callee, Flow> {
        match c {
            Zval::Obj(o) => {
                if o.class().lcname == b"closure" {
                    return self.closure_callee(o);
                }
                if let Some(m) = Self::find_method(o.class(), b"__invoke") {
                    return Ok(self.method_to_callee(&m, Some(o.clone()), o.class().clone()));
                }
                Err(self.throw_error(
                    "Error",
                    "Object of type ".to_string()
                        + &o.class().name.to_string_lossy()
                        + " is not callable",
                ))
            }
            Zval::Str(s) => {
                if let Some((name, c)) = &self.callable_by_name {
                    if name.ptr_eq(s) {
                        return Ok(c.clone());
                    }
                }
                let b = s.as_bytes();
                if let Some(p) = find_double_colon(b) {
                    let (cls, m) = (&b[..p], &b[p + 2..]);
                    let ce = self.class_or_throw(cls)?;
                    return self.static_callee(&ce, &ZStr::new(m), false);
                }
                if let Some(name) = frame_function(b) {
                    return Err(
                        self.throw_error("Error", format!("Cannot call {name}() dynamically"))
                    );
                }
                match self.find_function(b) {
                    Some(c) => {
                        // (Only a literal name is kept: it lives outside the PHP heap, so
                        // holding it changes no memory figure.)
                        if s.is_interned() {
                            self.callable_by_name = Some((s.clone(), c.clone()));
                        }
                        Ok(c)
                    }
                    None => {
                        let _ = throw;
                        Err(self.throw_error(
                            "Error",
                            format!("Call to undefined function {}()", s.to_string_lossy()),
                        ))
                    }
                }
            }
            Zval::Arr(a) if a.len() == 2 => {
                let target = a.get_int(0).map(|v| v.deref());
                let method = a.get_int(1).map(|v| v.deref());
                match (target, method) {
                    (Some(Zval::Obj(o)), Some(Zval::Str(m))) => {
                        let mb = m.as_bytes();
                        if let Some(rest) = mb.strip_prefix(b"parent::") {
                            let parent = o.class().parent.clone();
                            if let Some(p) = parent {
                                let m2 = ZStr::new(rest);
                                let callee = self.static_callee(&p, &m2, true)?;
                                return Ok(match callee {
                                    Callee::User {
                                        func,
                                        scope,
                                        static_class,
                                        closure,
                                        ..
                                    } => Callee::User {
                                        func,
                                        this: Some(o.clone()),
                                        scope,
                                        static_class,
                                        closure,
                                    },
                                    c => c,
                                });
                            }
                        }
                        self.method_callee(&o, &m)
                    }
                    (Some(Zval::Str(cls)), Some(Zval::Str(m))) => {
                        let ce = self.class_or_throw(cls.as_bytes())?;
                        self.static_callee(&ce, &m, false)
                    }
                    _ => Err(self.throw_error(
                        "Error",
                        "Array callback must have exactly two elements".into(),
                    )),
                }
            }
            Zval::Ref(r) => {
                let v = r.get();
                self.resolve_callable(&v, throw)
            }
            _ => Err(self.throw_error("Error", "Value not callable".into())),
        }
    }

    /// Whether a value is callable (without side effects).
    /// Whether `Class::method` named without an object is callable here: a static method, or
    /// an instance method with a compatible `$this` in the calling frame (PHP 8).
    fn static_callable(&self, m: &Method, ce: &Rc<ClassEntry>) -> bool {
        if m.flags & (acc::PRIVATE | acc::PROTECTED) != 0 && !self.can_call(m, ce) {
            return false;
        }
        if m.flags & acc::STATIC != 0 {
            return true;
        }
        self.frames
            .iter()
            .rev()
            .find(|f| f.func.file.as_ref() != crate::prelude::PRELUDE_FILE)
            .and_then(|f| f.this.as_ref())
            .is_some_and(|t| instance_of(t.class(), ce))
    }

    pub(crate) fn is_callable_value(&mut self, v: &Zval) -> bool {
        match v {
            Zval::Obj(o) => {
                o.class().lcname == b"closure"
                    || Self::find_method(o.class(), b"__invoke").is_some()
            }
            Zval::Str(s) => {
                let b = s.as_bytes();
                if let Some(p) = find_double_colon(b) {
                    let (cls, m) = (&b[..p], &b[p + 2..]);
                    let Some(ce) = self.lookup_class(cls) else {
                        return false;
                    };
                    return match Self::find_method(&ce, &m.to_ascii_lowercase()) {
                        Some(mm) => self.static_callable(&mm, &ce),
                        None => vmc(&ce).magic_call_static,
                    };
                }
                self.find_function(b).is_some() || frame_function(b).is_some()
            }
            Zval::Arr(a) if a.len() == 2 => {
                let target = a.get_int(0).map(|v| v.deref());
                let method = a.get_int(1).map(|v| v.deref());
                match (target, method) {
                    (Some(Zval::Obj(o)), Some(Zval::Str(m))) => {
                        let lc = m.as_bytes().to_ascii_lowercase();
                        let lc = lc
                            .strip_prefix(b"parent::")
                            .map(|x| x.to_vec())
                            .unwrap_or(lc);
                        match Self::find_method(o.class(), &lc) {
                            Some(mm) => {
                                mm.flags & acc::PUBLIC != 0 || self.can_call(&mm, o.class())
                            }
                            None => vmc(o.class()).magic_call,
                        }
                    }
                    (Some(Zval::Str(c)), Some(Zval::Str(m))) => {
                        let Some(ce) = self.lookup_class(c.as_bytes()) else {
                            return false;
                        };
                        match Self::find_method(&ce, &m.as_bytes().to_ascii_lowercase()) {
                            Some(mm) => self.static_callable(&mm, &ce),
                            None => vmc(&ce).magic_call_static,
                        }
                    }
                    _ => false,
                }
            }
            Zval::Ref(r) => {
                let x = r.get();
                self.is_callable_value(&x)
            }
            _ => false,
        }
    }

    /// Calls a callable value with arguments, from Rust (callbacks).
    pub(crate) fn call_value(&mut self, c: &Zval, args: Vec<Zval>) -> Result<Zval, Flow> {
        let callee = self.resolve_callable(c, true)?;
        self.call_callee(callee, args)
    }

    /// Calls a resolved callee with arguments, from Rust.
    pub(crate) fn call_callee(&mut self, callee: Callee, args: Vec<Zval>) -> Result<Zval, Flow> {
        if self.native_depth >= self.max_native_depth {
            return Err(self.native_depth_error());
        }
        self.native_depth += 1;
        let r = self.call_callee_inner(callee, args);
        self.native_depth -= 1;
        r
    }

    /// [`Vm::call_callee`] with the arguments taken out of `args`, whose buffer is left for
    /// the caller's next call.
    pub(crate) fn call_callee_in(
        &mut self,
        callee: Callee,
        args: &mut Vec<Zval>,
    ) -> Result<Zval, Flow> {
        let Callee::User {
            func,
            this,
            scope,
            static_class,
            closure,
        } = callee
        else {
            // The callee takes the arguments' buffer and leaves one in the pool when it is
            // done: the caller's vector gets the pool's (empty, with room), so that its next
            // arguments need no allocation.
            let vals = std::mem::replace(args, std::mem::take(&mut self.args_pool));
            return self.call_callee(callee, vals);
        };
        if self.native_depth >= self.max_native_depth {
            args.clear();
            return Err(self.native_depth_error());
        }
        self.native_depth += 1;
        let r = self.call_user_with(func, this, scope, static_class, closure, args.drain(..));
        self.native_depth -= 1;
        r
    }

    /// PHP 8.4's Error for calls from Rust nested past the native stack's limit.
    #[cold]
    fn native_depth_error(&mut self) -> Flow {
        self.throw_error("Error", "Maximum call stack size of 8306688 bytes (zend.max_allowed_stack_size - zend.reserved_stack_size) reached. Infinite recursion?".into())
    }

    /// Calls user function `func` from Rust with `args` (by-reference parameters given
    /// references keep them), running it to its return.
    fn call_user_with(
        &mut self,
        func: Rc<Function>,
        this: Option<ZObj>,
        scope: Option<Rc<ClassEntry>>,
        static_class: Option<Rc<ClassEntry>>,
        closure: Option<ZObj>,
        args: impl Iterator<Item = Zval>,
    ) -> Result<Zval, Flow> {
        let args_base = self.stack.len();
        let mut by_value = Vec::new();
        for (i, a) in args.enumerate() {
            // By-reference parameters of callbacks get references when given them.
            let by_ref = func.params.get(i).is_some_and(|p| p.by_ref);
            if !by_ref {
                self.stack.push(a.into_deref());
            } else {
                if !matches!(a, Zval::Ref(_)) {
                    by_value.push(i);
                }
                self.stack.push(a);
            }
        }
        // A value for a by-reference parameter: PHP's warning, then the call with it.
        for i in by_value {
            if let Err(e) = self.warn_by_ref_value_given(&func, i) {
                for v in self.stack.split_off(args_base) {
                    memphis_values::gc::release_nogc(v);
                }
                return Err(e);
            }
        }
        let depth = self.frames.len();
        // The arguments are values in place: the `Recv`s of untyped parameters would do nothing.
        let start = recv_start(&func, self.stack.len() - args_base);
        self.enter_user(
            func,
            this,
            scope,
            static_class,
            closure,
            args_base,
            RetTo::Native,
        )?;
        if self.frames.len() == depth {
            // A generator was created.
            return Ok(std::mem::take(&mut self.native_ret));
        }
        let entry = self.frames.len() - 1;
        self.frames[entry].ip = start;
        self.run(entry)
    }

    fn call_callee_inner(&mut self, callee: Callee, args: Vec<Zval>) -> Result<Zval, Flow> {
        match callee {
            Callee::Builtin(b) => self.call_builtin(b, args),
            Callee::Native { f, this, .. } => {
                let args = args.into_iter().map(|v| v.into_deref()).collect();
                let r = self.call_native(f, this.as_ref(), args);
                // A callback's object is the caller's: released without a possible root.
                if let Some(t) = this {
                    t.release_nogc();
                }
                r
            }
            Callee::Noop => Ok(Zval::Null),
            Callee::Magic { .. } => {
                self.push_call(callee);
                for a in args {
                    self.stack.push(a);
                }
                let depth = self.frames.len();
                self.do_call(RetTo::Native)?;
                if self.frames.len() > depth {
                    let entry = self.frames.len() - 1;
                    return self.run(entry);
                }
                Ok(std::mem::take(&mut self.native_ret))
            }
            Callee::User {
                func,
                this,
                scope,
                static_class,
                closure,
            } => self.call_user_with(func, this, scope, static_class, closure, args.into_iter()),
        }
    }

    /// Calls a compiled function directly (thunks, includes).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn call_function(
        &mut self,
        func: Rc<Function>,
        this: Option<ZObj>,
        scope: Option<Rc<ClassEntry>>,
        static_class: Option<Rc<ClassEntry>>,
        closure: Option<ZObj>,
        args: Vec<Zval>,
    ) -> Result<Zval, Flow> {
        self.call_callee(
            Callee::User {
                func,
                this,
                scope,
                static_class,
                closure,
            },
            args,
        )
    }

    /// Calls a method by lowercase name on an object.
    pub(crate) fn call_method(
        &mut self,
        o: &ZObj,
        lcname: &str,
        args: Vec<Zval>,
    ) -> Result<Zval, Flow> {
        let ce = o.class().clone();
        match Self::find_method(&ce, lcname.as_bytes()) {
            Some(m) => {
                let this = if m.flags & acc::STATIC != 0 {
                    None
                } else {
                    Some(o.clone())
                };
                let callee = self.method_to_callee(&m, this, ce);
                self.call_callee(callee, args)
            }
            None => {
                let name = ZStr::new(lcname.as_bytes());
                let callee = self.method_callee(o, &name)?;
                self.call_callee(callee, args)
            }
        }
    }

    /// Runs `__destruct` of an object.
    pub(crate) fn call_destructor(&mut self, o: &ZObj) -> Result<Zval, Flow> {
        let Some(m) = crate::class::vmc(o.class()).dtor.clone() else {
            return Ok(Zval::Null);
        };
        let saved_ex = self.current_exception.take();
        let r = match &m.imp {
            // The common destructor, a user method taking nothing: its frame is started here
            // (what `call_callee` would do, without building a callee and an argument list).
            MethodImpl::User(f)
                if f.plain_entry
                    && f.params.is_empty()
                    && !f.is_generator
                    && self.native_depth < self.max_native_depth
                    && self.frames.len() <= self.max_frames =>
            {
                self.native_depth += 1;
                memphis_values::gc::set_in_builtin(false);
                let args_base = self.stack.len();
                memphis_values::zval::extend_undef(&mut self.stack, args_base + f.num_slots());
                let static_class = Some(o.class().clone());
                self.push_user_frame(
                    f,
                    Some(o.clone()),
                    &m.class(),
                    &static_class,
                    None,
                    args_base,
                    0,
                    0,
                    RetTo::Native,
                    0,
                );
                let entry = self.frames.len() - 1;
                let r = self.run(entry);
                self.native_depth -= 1;
                r
            }
            _ => {
                let callee = self.method_to_callee(&m, Some(o.clone()), o.class().clone());
                self.call_callee(callee, Vec::new())
            }
        };
        if self.current_exception.is_none() {
            self.current_exception = saved_ex;
        }
        r
    }

    /// Whether the object's class has a method (lowercase name).
    pub(crate) fn has_method_lc(&self, o: &ZObj, lc: &str) -> bool {
        Self::find_method(o.class(), lc.as_bytes()).is_some()
    }

    /// The `WeakReference` class (looked up once).
    pub(crate) fn weakref_class(&mut self) -> Option<Rc<ClassEntry>> {
        if self.weakref_class.is_none() {
            self.weakref_class = self.classes.get(&b"weakreference"[..]).cloned();
        }
        self.weakref_class.clone()
    }

    /// The `Closure` class (looked up once).
    fn closure_class(&mut self) -> Rc<ClassEntry> {
        if let Some(c) = &self.closure_class {
            return c.clone();
        }
        let c = self
            .classes
            .get(&b"closure"[..])
            .cloned()
            .expect("Closure class exists");
        self.closure_class = Some(c.clone());
        c
    }

    /// Creates a Closure object.
    pub(crate) fn make_closure(
        &mut self,
        func: Rc<Function>,
        this: Option<ZObj>,
        scope: Option<Rc<ClassEntry>>,
        static_class: Option<Rc<ClassEntry>>,
        bound: Vec<Zval>,
    ) -> ZObj {
        let o = ZObj::new_sized(self.closure_class(), crate::builtins::CLOSURE_SIZE);
        let nstat = func.statics.borrow().len();
        let static_table = (bound.len() + nstat > 0)
            .then(|| memphis_values::array::hash_table_blocks(bound.len() + nstat));
        o.set_native(ClosureData {
            func,
            this,
            scope,
            static_class,
            bound,
            statics: std::cell::RefCell::new(vec![None; nstat]),
            target: None,
            static_table,
        });
        o
    }

    /// `f(...)`: a Closure for the pending call.
    pub(crate) fn callable_from_pending(&mut self) -> Result<Zval, Flow> {
        let Some(pc) = self.calls.take_top() else {
            return Ok(Zval::Null);
        };
        self.stack.truncate(pc.args_base);
        match pc.callee {
            Callee::User {
                func,
                this,
                scope,
                static_class,
                closure,
                ..
            } => {
                if let Some(c) = closure {
                    return Ok(Zval::Obj(c));
                }
                let o = self.make_closure(func, this, scope, static_class, Vec::new());
                Ok(Zval::Obj(o))
            }
            other => {
                let o = ZObj::new_sized(self.closure_class(), crate::builtins::CLOSURE_SIZE);
                let dummy = self.units.first().cloned().expect("main unit");
                o.set_native(ClosureData {
                    func: dummy,
                    this: None,
                    scope: None,
                    static_class: None,
                    bound: Vec::new(),
                    statics: Default::default(),
                    target: Some(other),
                    static_table: None,
                });
                Ok(Zval::Obj(o))
            }
        }
    }

    /// Builds `debug_backtrace()`-style frames (also exceptions' traces).
    pub(crate) fn backtrace(&self, skip: usize) -> ZArr {
        self.backtrace_with(skip, 0, 0)
    }

    /// [`Vm::backtrace`] with `debug_backtrace()`'s options (`DEBUG_BACKTRACE_PROVIDE_OBJECT`
    /// adds each method frame's object, `DEBUG_BACKTRACE_IGNORE_ARGS` leaves out the
    /// arguments) and limit (the innermost `limit` frames; 0 for all).
    pub(crate) fn backtrace_with(&self, skip: usize, options: i64, limit: usize) -> ZArr {
        // Calls from the outermost in: user frames, and the internal (builtin) calls between
        // them — a builtin called when `depth` frames existed sits above frame `depth - 1`.
        #[derive(Clone, Copy)]
        enum Rec {
            Frame(usize),
            Native(usize),
        }
        let n = self.frames.len();
        let natives = &self.native_calls[..self.native_top];
        let mut recs = Vec::with_capacity(n + natives.len());
        let mut ni = 0;
        for i in 0..n {
            while ni < natives.len() && natives[ni].depth <= i {
                recs.push(Rec::Native(ni));
                ni += 1;
            }
            recs.push(Rec::Frame(i));
        }
        while ni < natives.len() {
            recs.push(Rec::Native(ni));
            ni += 1;
        }
        // The function asking for the trace is not part of it.
        if let Some(Rec::Native(m)) = recs.last() {
            if matches!(
                natives[*m].name,
                "debug_backtrace" | "debug_print_backtrace"
            ) {
                recs.pop();
            }
        }
        let mut out = ZArr::new();
        let mut skipped = 0;
        // The outermost record is the script itself ({main}) unless the engine called a
        // function with no script frame under it (an exception handler at the end).
        let script_at_bottom = match recs.first() {
            Some(Rec::Frame(i)) => {
                let f = &self.frames[*i];
                f.func.name.is_empty() && f.func.class_name.is_none()
            }
            _ => false,
        };
        let first = usize::from(script_at_bottom);
        let mut k = recs.len();
        while k > first {
            k -= 1;
            if let Rec::Frame(i) = recs[k] {
                let f = &self.frames[i];
                if f.func.name.is_empty() && f.func.class_name.is_none() && f.include_of.is_none() {
                    continue;
                }
                if f.func.file.as_ref() == crate::prelude::PRELUDE_FILE && f.func.name.is_empty() {
                    continue;
                }
            }
            if skipped < skip {
                skipped += 1;
                continue;
            }
            if limit > 0 && out.len() >= limit {
                break;
            }
            let mut fr = ZArr::new();
            // Where the call was made: a user frame's current line; called from internal code
            // (a builtin, a prelude class) there is none ("[internal function]").
            if let Some(&Rec::Frame(ci)) = k.checked_sub(1).and_then(|p| recs.get(p)) {
                let caller = &self.frames[ci];
                if caller.func.file.as_ref() != crate::prelude::PRELUDE_FILE {
                    // PHP shares the compiled file name and interns function and class names.
                    fr.insert(
                        Key::Str(ZStr::interned(b"file")),
                        Zval::Str(ZStr::interned(caller.func.file.as_bytes())),
                    );
                    let line = caller
                        .func
                        .lines
                        .get(caller.ip.saturating_sub(1))
                        .copied()
                        .unwrap_or(0);
                    fr.insert(Key::Str(ZStr::interned(b"line")), Zval::Long(line as i64));
                }
            }
            let mut args = ZArr::new();
            match recs[k] {
                Rec::Native(m) => {
                    fr.insert(
                        Key::Str(ZStr::interned(b"function")),
                        Zval::Str(ZStr::interned(natives[m].name.as_bytes())),
                    );
                    for v in &natives[m].args {
                        args.push(v.deref());
                    }
                }
                Rec::Frame(i) => {
                    let f = &self.frames[i];
                    let fname = if f.include_of.is_some() {
                        "include".to_string()
                    } else {
                        f.func.name.clone()
                    };
                    fr.insert(
                        Key::Str(ZStr::interned(b"function")),
                        Zval::Str(ZStr::interned(fname.as_bytes())),
                    );
                    if let Some(c) = &f.func.class_name {
                        let cname = if f.func.name.starts_with("{closure") {
                            c.clone()
                        } else {
                            f.scope
                                .as_ref()
                                .map(|s| s.name.to_string_lossy())
                                .unwrap_or_else(|| c.clone())
                        };
                        fr.insert(
                            Key::Str(ZStr::interned(b"class")),
                            Zval::Str(ZStr::interned(cname.as_bytes())),
                        );
                        if let (Some(o), true) = (&f.this, options & 1 != 0) {
                            fr.insert(Key::Str(ZStr::interned(b"object")), Zval::Obj(o.clone()));
                        }
                        let ty: &[u8] = if f.this.is_some() { b"->" } else { b"::" };
                        fr.insert(
                            Key::Str(ZStr::interned(b"type")),
                            Zval::Str(ZStr::interned(ty)),
                        );
                    }
                    // A variadic parameter's array is not an argument: the arguments it
                    // gathered are the extra ones.
                    let fixed = f.func.params.iter().take_while(|p| !p.variadic).count();
                    let np = fixed.min(f.argc as usize);
                    for k in 0..np {
                        if let Some(v) = self.stack.get(f.base + k) {
                            args.push(v.deref());
                        }
                    }
                    for v in f.extra_args.iter() {
                        args.push(v.deref());
                    }
                }
            }
            if options & 2 == 0 {
                if args.is_empty() {
                    args = ZArr::empty();
                }
                fr.insert(Key::Str(ZStr::interned(b"args")), Zval::Arr(args));
            }
            out.push(Zval::Arr(fr));
        }
        out
    }

    // ----- include / eval ---------------------------------------------------------------------

    pub(crate) fn include(&mut self, path: &str, kind: IncludeKind) -> Result<Zval, Flow> {
        let resolved = self.resolve_include_path(path);
        let once = matches!(kind, IncludeKind::IncludeOnce | IncludeKind::RequireOnce);
        if let Some(p) = &resolved {
            if once && self.included.iter().any(|x| x == p) {
                return Ok(Zval::Bool(true));
            }
        }
        let src = resolved.as_ref().and_then(|p| std::fs::read(p).ok());
        let (Some(p), Some(src)) = (resolved, src) else {
            let fname = match kind {
                IncludeKind::Include => "include",
                IncludeKind::IncludeOnce => "include_once",
                IncludeKind::Require => "require",
                IncludeKind::RequireOnce => "require_once",
            };
            self.warn(&format!(
                "{}({}): Failed to open stream: No such file or directory",
                fname, path
            ))?;
            let inc_path = self
                .ini
                .get("include_path")
                .cloned()
                .unwrap_or_else(|| ".:/usr/share/php".into());
            if matches!(kind, IncludeKind::Require | IncludeKind::RequireOnce) {
                return Err(self.fatal(&format!(
                    "Uncaught Error: Failed opening required '{}' (include_path='{}')",
                    path, inc_path
                )));
            }
            self.warn(&format!(
                "{}(): Failed opening '{}' for inclusion (include_path='{}')",
                fname, path, inc_path
            ))?;
            return Ok(Zval::Bool(false));
        };
        if !self.included.iter().any(|x| x == &p) {
            // PHP keys its table of included files by the opened path: a string each.
            let full = std::fs::canonicalize(&p)
                .map(|x| x.to_string_lossy().len())
                .unwrap_or(p.len());
            self.included_mem
                .push(memphis_mm::OwnedBlock::new((24 + full + 1 + 7) & !7));
        }
        self.included.push(p.clone());
        let unit = match memphis_compiler::compile_file(&src, &p) {
            Ok(u) => u,
            Err(e) if e.parse => return Err(self.parse_error(e.message, &p, e.line)),
            Err(e) => {
                self.compile_error(&e, &p);
                self.fatal = true;
                return Err(Flow::Exit);
            }
        };
        self.compile_deprecations(&unit)?;
        let r = self.run_included(unit.main);
        // (Variables the file made live in the includer's table too.)
        self.rebuild_symbol_table();
        r
    }

    fn resolve_include_path(&self, path: &str) -> Option<String> {
        let p = std::path::Path::new(path);
        if p.is_absolute() {
            return p.exists().then(|| path.to_string());
        }
        let cur = self.current_file();
        let dir = std::path::Path::new(cur.as_ref())
            .parent()
            .map(|d| d.to_path_buf())
            .unwrap_or_default();
        let candidates = [std::path::PathBuf::from(path), dir.join(path)];
        for c in candidates.iter() {
            if c.exists() {
                return Some(c.to_string_lossy().to_string());
            }
        }
        None
    }

    /// Runs a compiled file in the scope of the current frame (variables shared by name).
    pub(crate) fn run_included(&mut self, main: Rc<Function>) -> Result<Zval, Flow> {
        // Code included (or eval'd) in a function runs on its variables by name.
        self.rebuild_symbol_table();
        // Bind the included code's variables to the includer's by reference.
        let names: Vec<String> = main.cv_names.clone();
        let mut bound = Vec::with_capacity(names.len());
        for n in names.iter() {
            if n.is_empty() {
                bound.push(Zval::Undef);
                continue;
            }
            let mut v = self.take_var_by_name(n.as_bytes());
            let r = crate::place::make_ref_in(&mut v);
            self.put_var_by_name(n.as_bytes(), v);
            bound.push(Zval::Ref(r));
        }
        let (this, scope, sc) = match self.frames.last() {
            Some(f) => (f.this.clone(), f.scope.clone(), f.static_class.clone()),
            None => (None, None, None),
        };
        let args_base = self.stack.len();
        let n = main.num_slots();
        for v in bound.into_iter().take(n) {
            self.stack.push(v);
        }
        self.stack.resize(args_base + n, Zval::Undef);
        let mut frame = Frame::new(main, args_base, RetTo::Native);
        frame.this = this;
        frame.scope = scope;
        frame.static_class = sc;
        frame.pending_calls_base = self.calls.len() as u32;
        frame.include_of = Some(self.frames.len().saturating_sub(1) as u32);
        self.stack_enter_frame(&mut frame);
        self.frames.push(frame);
        let entry = self.frames.len() - 1;
        self.native_depth += 1;
        let r = self.run(entry);
        self.native_depth -= 1;
        r
    }

    pub(crate) fn eval(&mut self, code: &[u8]) -> Result<Zval, Flow> {
        let mut src = b"<?php ".to_vec();
        src.extend_from_slice(code);
        let file = format!(
            "{}({}) : eval()'d code",
            self.current_file(),
            self.current_line()
        );
        match memphis_compiler::compile_file(&src, &file) {
            Ok(u) => {
                self.compile_deprecations(&u)?;
                let r = self.run_included(u.main)?;
                // eval returns null unless the code returns something.
                Ok(if matches!(r, Zval::Long(1)) {
                    Zval::Null
                } else {
                    r
                })
            }
            Err(e) => {
                if e.parse {
                    Err(self.parse_error(e.message, &file, e.line))
                } else {
                    Err(self.fatal_at(&e.message, &file, e.line))
                }
            }
        }
    }

    // ----- generators -------------------------------------------------------------------------

    fn make_generator(&mut self, frame: Frame) -> ZObj {
        let ce = self
            .classes
            .get(&b"generator"[..])
            .cloned()
            .expect("Generator class exists");
        let o = ZObj::new_sized(ce, crate::builtins::GENERATOR_SIZE);
        let heap_frame = memphis_mm::OwnedBlock::new(frame.php_size());
        let n = frame.func.num_slots();
        let slots: Vec<Zval> = self.stack.split_off(frame.base);
        let mut slots = slots;
        slots.truncate(n.max(slots.len()));
        let state = GenState {
            frame: Some(frame),
            slots,
            current_key: Zval::Null,
            current: Zval::Null,
            sent: Zval::Null,
            retval: Zval::Null,
            started: false,
            finished: false,
            running: false,
            auto_key: -1,
            delegate: None,
            exception_in: None,
            sent_dst: None,
            heap_frame: Some(heap_frame),
        };
        o.set_native(GeneratorData {
            state: std::cell::RefCell::new(state),
        });
        o
    }

    /// Resumes a generator until its next yield or its end.
    pub(crate) fn resume_generator(&mut self, g: &ZObj) -> Result<(), Flow> {
        let Some(gd) = g.native::<GeneratorData>() else {
            return Ok(());
        };
        let (frame, slots) = {
            let mut st = gd.state.borrow_mut();
            if st.finished {
                return Ok(());
            }
            if st.running {
                drop(st);
                return Err(
                    self.throw_error("Error", "Cannot resume an already running generator".into())
                );
            }
            let Some(frame) = st.frame.take() else {
                return Ok(());
            };
            st.running = true;
            st.started = true;
            let mut slots = std::mem::take(&mut st.slots);
            if let Some(d) = st.sent_dst.take() {
                if d < slots.len() {
                    slots[d] = std::mem::take(&mut st.sent);
                }
            }
            st.sent = Zval::Null;
            (frame, slots)
        };
        let mut frame = frame;
        frame.base = self.stack.len();
        frame.ret = RetTo::Native;
        frame.generator = Some(g.clone());
        frame.pending_calls_base = self.calls.len() as u32;
        self.stack.extend(slots);
        let need = frame.base + frame.func.num_slots();
        if self.stack.len() < need {
            self.stack.resize(need, Zval::Undef);
        }
        self.frames.push(frame);
        let entry = self.frames.len() - 1;
        // An exception thrown into the generator is raised at the yield.
        let pending = gd.state.borrow_mut().exception_in.take();
        self.native_depth += 1;
        let r = match pending {
            // The exception appears at the paused `yield`.
            Some(ex) => match self.unwind(Flow::Throw(ex), entry) {
                Ok(()) => self.run(entry).map(|_| ()),
                Err(e) => Err(e),
            },
            None => self.run(entry).map(|_| ()),
        };
        self.native_depth -= 1;
        if let Some(gd) = g.native::<GeneratorData>() {
            let mut st = gd.state.borrow_mut();
            st.running = false;
            if r.is_err() {
                st.finished = true;
                st.heap_frame = None;
                st.frame = None;
                st.slots.clear();
            }
        }
        r
    }

    /// `yield`: suspends the generator frame.
    pub(crate) fn do_yield(
        &mut self,
        key: Option<Zval>,
        val: Zval,
        dst: Option<u32>,
    ) -> Result<Ctl, Flow> {
        let fi = self.frames.len() - 1;
        let Some(g) = self.frames[fi].generator.clone() else {
            return Err(self.fatal("Cannot yield outside a generator"));
        };
        let Some(gd) = g.native::<GeneratorData>() else {
            return Ok(Ctl::Next);
        };
        let mut frame = self.frames.pop().expect("generator frame");
        let slots = self.stack.split_off(frame.base);
        // The suspended frame must not own its generator (that would be a cycle).
        frame.generator = None;
        let mut st = gd.state.borrow_mut();
        let key = match key {
            Some(k) => {
                if let Zval::Long(i) = k {
                    if i > st.auto_key {
                        st.auto_key = i;
                    }
                }
                k
            }
            None => {
                st.auto_key += 1;
                Zval::Long(st.auto_key)
            }
        };
        st.current_key = key;
        st.current = val;
        st.sent_dst = dst.map(|d| d as usize);

        st.frame = Some(frame);
        st.slots = slots;
        Ok(Ctl::Done(Zval::Null))
    }

    /// `yield from`: delegates to an array, Traversable or generator.
    pub(crate) fn do_yield_from(&mut self, src: Zval, dst: Option<u32>) -> Result<Ctl, Flow> {
        let fi = self.frames.len() - 1;
        let Some(g) = self.frames[fi].generator.clone() else {
            return Err(self.fatal("Cannot use \"yield from\" outside a generator"));
        };
        // Set up the delegate, then yield its first element (re-executing this instruction on
        // each resume until the delegate is exhausted).
        let gd = g.native::<GeneratorData>().expect("generator data");
        let has_delegate = gd.state.borrow().delegate.is_some();
        if !has_delegate {
            let items = match &src {
                Zval::Obj(o) if o.native::<GeneratorData>().is_some() => {
                    crate::builtins::Delegate::Gen {
                        g: o.clone(),
                        started: false,
                    }
                }
                Zval::Arr(a) => crate::builtins::Delegate::Items {
                    items: a.iter().map(|(k, v)| (k.to_zval(), v.deref())).collect(),
                    pos: 0,
                },
                Zval::Obj(_) => {
                    let items = self.iterate_all(&src)?;
                    crate::builtins::Delegate::Items { items, pos: 0 }
                }
                _ => {
                    return Err(self.throw_error(
                        "Error",
                        "Can use \"yield from\" only with arrays and Traversables".into(),
                    ))
                }
            };
            gd.state.borrow_mut().delegate = Some(items);
        }
        let next = {
            let mut st = gd.state.borrow_mut();
            match st.delegate.as_mut() {
                Some(crate::builtins::Delegate::Items { items, pos }) => {
                    if *pos < items.len() {
                        let (k, v) = items[*pos].clone();
                        *pos += 1;
                        Some(Ok((k, v)))
                    } else {
                        None
                    }
                }
                Some(crate::builtins::Delegate::Gen { g, started }) => {
                    let inner = g.clone();
                    let first = !*started;
                    *started = true;
                    Some(Err((inner, first)))
                }
                None => None,
            }
        };
        match next {
            Some(Ok((k, v))) => {
                // Re-run this instruction on resume.
                if let Some(f) = self.frames.last_mut() {
                    f.ip -= 1;
                }
                self.yield_raw(g, k, v)
            }
            Some(Err((inner, first))) => {
                if first {
                    crate::builtins::generator_rewind(self, &inner)?;
                } else {
                    crate::builtins::generator_next(self, &inner)?;
                }
                if crate::builtins::generator_valid(self, &inner)? {
                    let (k, v) = crate::builtins::generator_current_pair(&inner);
                    if let Some(f) = self.frames.last_mut() {
                        f.ip -= 1;
                    }
                    self.yield_raw(g, k, v)
                } else {
                    let rv = crate::builtins::generator_return_value(&inner);
                    gd.state.borrow_mut().delegate = None;
                    if let Some(d) = dst {
                        let base = self.frames[fi].base;
                        self.stack[base + d as usize] = rv;
                    }
                    Ok(Ctl::Next)
                }
            }
            None => {
                gd.state.borrow_mut().delegate = None;
                if let Some(d) = dst {
                    let base = self.frames[fi].base;
                    self.stack[base + d as usize] = Zval::Null;
                }
                Ok(Ctl::Next)
            }
        }
    }

    fn yield_raw(&mut self, g: ZObj, k: Zval, v: Zval) -> Result<Ctl, Flow> {
        let gd = g.native::<GeneratorData>().expect("generator data");
        let mut frame = self.frames.pop().expect("generator frame");
        frame.generator = None;
        let slots = self.stack.split_off(frame.base);

        let mut st = gd.state.borrow_mut();
        st.current_key = k;
        st.current = v;
        st.sent_dst = None;
        st.frame = Some(frame);
        st.slots = slots;
        Ok(Ctl::Done(Zval::Null))
    }

    fn generator_return(&mut self, g: ZObj, v: Zval) -> Result<Ctl, Flow> {
        self.pop_frame();
        if let Some(gd) = g.native::<GeneratorData>() {
            let mut st = gd.state.borrow_mut();
            st.finished = true;
            st.heap_frame = None;
            st.retval = v;
            st.current = Zval::Null;
            st.current_key = Zval::Null;
        }
        Ok(Ctl::Done(Zval::Null))
    }
}

fn find_double_colon(b: &[u8]) -> Option<usize> {
    b.windows(2).position(|w| w == b"::")
}

fn scalar_targets(t: &TypeDecl) -> Vec<&'static str> {
    let mut out = Vec::new();
    fn walk(t: &TypeDecl, out: &mut Vec<&'static str>) {
        match t {
            TypeDecl::Builtin(b) => match b.as_str() {
                "int" => out.push("int"),
                "float" => out.push("float"),
                "string" => out.push("string"),
                "bool" => out.push("bool"),
                _ => {}
            },
            TypeDecl::Nullable(i) => walk(i, out),
            TypeDecl::Union(ts) => ts.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(t, &mut out);
    // PHP prefers int, then float, then string, then bool.
    let order = ["int", "float", "string", "bool"];
    let mut sorted: Vec<&'static str> = order.iter().copied().filter(|o| out.contains(o)).collect();
    sorted.dedup();
    sorted
}

/// Whether `v` satisfies `t` by a check that needs no class lookup, scope or coercion (the
/// common case of parameter and return types); `false` means "ask `type_accepts`".
/// Whether `ce`, a parent of it or an interface it implements is named `name` (any case).
fn class_named(ce: &ClassEntry, name: &[u8]) -> bool {
    let mut k = Some(ce);
    while let Some(c) = k {
        if c.name.as_bytes().eq_ignore_ascii_case(name) {
            return true;
        }
        k = c.parent.as_deref();
    }
    crate::class::vmc(ce)
        .interfaces
        .iter()
        .any(|i| i.eq_ignore_ascii_case(name))
}

/// Whether `v` fits a declared type as it is: its kind is one the type takes whole (`mask`),
/// it is an object of the class last found to fit (`hit`), or [`plainly_accepts`] finds it
/// fits (an object's class is then remembered).
#[inline(always)]
pub(crate) fn fits_plainly(
    t: &TypeDecl,
    mask: u16,
    hit: &std::cell::Cell<usize>,
    v: &Zval,
) -> bool {
    if mask & v.kind_bit() != 0 {
        return true;
    }
    if let Zval::Obj(o) = v {
        let c = Rc::as_ptr(o.class()) as usize;
        if hit.get() == c {
            return true;
        }
        if plainly_accepts(t, v) {
            hit.set(c);
            return true;
        }
        return false;
    }
    plainly_accepts(t, v)
}

pub(crate) fn plainly_accepts(t: &TypeDecl, v: &Zval) -> bool {
    match t {
        TypeDecl::Nullable(inner) => matches!(v, Zval::Null) || plainly_accepts(inner, v),
        // The value's kind picks the one name to compare (not every name in turn), as a
        // constant: compared inline, not through `memcmp`.
        TypeDecl::Builtin(b) => {
            let b = b.as_str();
            let exact = match v {
                Zval::Long(_) => b == "int",
                Zval::Double(_) => b == "float",
                Zval::Str(_) => b == "string",
                Zval::Bool(_) => b == "bool",
                Zval::Arr(_) => b == "array",
                Zval::Obj(_) => b == "object",
                Zval::Ref(_) => return false,
                _ => false,
            };
            exact || b == "mixed"
        }
        TypeDecl::Class(c) => match v {
            Zval::Obj(o) => {
                let c = c.strip_prefix('\\').unwrap_or(c).as_bytes();
                let ce = o.class();
                // The class as the type spells it (the usual case), else any spelling of it,
                // of a parent or of an interface.
                ce.name.as_bytes() == c || class_named(ce, c)
            }
            _ => false,
        },
        _ => false,
    }
}

/// The functions that read or write their caller's frame, whose calls the compiler makes
/// itself: called by a name held in a value, they throw as PHP's do.
const FRAME_FUNCTIONS: [&str; 6] = [
    "compact",
    "extract",
    "get_defined_vars",
    "func_get_args",
    "func_num_args",
    "func_get_arg",
];

/// The name of the frame-reading function `name` designates (any case, a leading `\\`
/// allowed), if it is one.
pub(crate) fn frame_function(name: &[u8]) -> Option<&'static str> {
    let n = name.strip_prefix(b"\\").unwrap_or(name);
    FRAME_FUNCTIONS
        .iter()
        .find(|f| f.as_bytes().eq_ignore_ascii_case(n))
        .copied()
}

/// The decoded sends of the `Init…Call`/`New` just run (at `ip - 1`), when the compiler
/// marked it as a call a fused entry can take (`SOp::Call`).
#[inline(always)]
fn marked_site(caller: &Function, ip: usize) -> Option<&memphis_compiler::bytecode::CallSite> {
    match caller.sops.get(ip.wrapping_sub(1)) {
        Some(SOp::Call { site }) => caller.sites.get(*site as usize),
        _ => None,
    }
}
