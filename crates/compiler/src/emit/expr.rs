//! Expressions, places (lvalues) and calls.

use super::*;

impl<'c, 's> FnC<'c, 's> {
    /// Compiles `e` for its value.
    pub(super) fn expr(&mut self, e: &a::Expr) -> R<Operand> {
        Ok(match self.expr_inner(e, true)? {
            Some(v) => v,
            None => self.lit(Zval::Null),
        })
    }

    /// Compiles `e` for its side effects (the result may be dropped).
    pub(super) fn expr_discard(&mut self, e: &a::Expr) -> R<Option<Operand>> {
        self.expr_inner(e, false)
    }

    pub(super) fn cond(&mut self, e: &a::Expr) -> R<Operand> {
        self.expr(e)
    }

    /// Whether PHP compiles `e` to a `TMP_VAR` (an operator's result), whose slot a `&&`/`||`
    /// reuses for its own result; anything else (a variable, a literal, a call's `VAR`) makes
    /// it number a new temporary. Frame sizes, and so `memory_get_usage()`, follow this.
    fn php_tmp_result(e: &a::Expr) -> bool {
        use a::UnaryPrefixOp as U;
        match &e.kind {
            ExprKind::Parenthesized(inner) => Self::php_tmp_result(inner),
            ExprKind::Binary(_)
            | ExprKind::Cast(..)
            | ExprKind::Isset(_)
            | ExprKind::Empty(_)
            | ExprKind::Ternary(_)
            | ExprKind::UnaryPostfix(_) => true,
            ExprKind::UnaryPrefix(u) => !matches!(u.op, U::PreIncrement | U::PreDecrement),
            _ => false,
        }
    }

    /// Compiles condition `e` into jumps, returned for the caller to patch: taken when `e` is
    /// `when`, passed through otherwise. `&&`, `||`, `and`, `or` and `!` become jumps instead
    /// of a boolean written and then tested (one instruction or three fewer per test, and a
    /// comparison stays next to its jump, where the scalar loop fuses them); evaluation order
    /// and short-circuiting are the same.
    pub(super) fn branch(&mut self, e: &a::Expr, when: bool) -> R<Vec<usize>> {
        use a::BinaryOp as B;
        let saved_line = self.line;
        let l = self.line_of(e.span);
        if l > self.line {
            self.line = l;
        }
        // (Each `&&`, `||` and `!` still counts the temporary PHP gives its result, which
        // sizes PHP's frame and so `memory_get_usage()`; no slot is made for it.)
        let r = match &e.kind {
            ExprKind::Parenthesized(inner) => self.branch(inner, when),
            ExprKind::UnaryPrefix(u) if u.op == a::UnaryPrefixOp::BooleanNot => {
                self.temps_made += 1;
                self.branch(u.operand, !when)
            }
            ExprKind::Binary(b)
                if matches!(
                    b.op,
                    B::BooleanAnd | B::LogicalAnd | B::BooleanOr | B::LogicalOr
                ) =>
            {
                let is_and = matches!(b.op, B::BooleanAnd | B::LogicalAnd);
                if !Self::php_tmp_result(b.left) {
                    self.temps_made += 1;
                }
                if is_and != when {
                    // `a && b` is false, `a || b` true, as soon as either side is.
                    let mut jumps = self.branch(b.left, when)?;
                    jumps.extend(self.branch(b.right, when)?);
                    Ok(jumps)
                } else {
                    // Otherwise both sides decide: the left one settling it the other way
                    // goes past the right one's test.
                    let past = self.branch(b.left, !when)?;
                    let jumps = self.branch(b.right, when)?;
                    let h = self.here();
                    for j in past {
                        self.patch(j, h);
                    }
                    Ok(jumps)
                }
            }
            _ => {
                let c = self.cond(e)?;
                let target = 0;
                Ok(vec![if when {
                    self.emit(Op::JmpNz { cond: c, target })
                } else {
                    self.emit(Op::JmpZ { cond: c, target })
                }])
            }
        };
        self.line = saved_line;
        r
    }

    pub(super) fn tmp_of(&mut self, v: Operand) -> Slot {
        if v.is_tmp() {
            return v.as_slot().unwrap_or(0);
        }
        let t = self.tmp();
        self.emit(Op::Copy { dst: t, src: v });
        t
    }

    fn expr_inner(&mut self, e: &a::Expr, want: bool) -> R<Option<Operand>> {
        let saved_line = self.line;
        let l = self.line_of(e.span);
        if l > self.line {
            self.line = l;
        }
        let r = self.expr_kind(e, want);
        self.line = saved_line.max(self.line.min(l.max(saved_line)));
        self.line = saved_line;
        r
    }

    /// Member chains: a `?->` on a null short-circuits the whole rest of the chain to null.
    fn expr_kind(&mut self, e: &a::Expr, want: bool) -> R<Option<Operand>> {
        let is_chain = matches!(
            e.kind,
            ExprKind::PropertyAccess(_)
                | ExprKind::NullsafePropertyAccess(_)
                | ExprKind::MethodCall(_)
                | ExprKind::NullsafeMethodCall(_)
                | ExprKind::ArrayAccess(_)
        );
        if !is_chain || self.in_chain {
            return self.expr_kind_inner(e, want);
        }
        self.in_chain = true;
        let saved = std::mem::take(&mut self.nullsafe_jumps);
        let r = self.expr_kind_inner(e, true);
        self.in_chain = false;
        let jumps = std::mem::replace(&mut self.nullsafe_jumps, saved);
        let v = r?;
        if jumps.is_empty() {
            return Ok(v);
        }
        let v = match v {
            Some(v) => v,
            None => self.lit(Zval::Null),
        };
        let res = self.tmp();
        self.emit_move(res, v);
        let j = self.emit(Op::Jmp { target: 0 });
        let null_path = self.here();
        for jj in jumps {
            self.patch(jj, null_path);
        }
        let null = self.lit(Zval::Null);
        self.emit(Op::Copy {
            dst: res,
            src: null,
        });
        let end = self.here();
        self.patch(j, end);
        Ok(Some(Operand::tmp(res)))
    }

    fn expr_kind_inner(&mut self, e: &a::Expr, want: bool) -> R<Option<Operand>> {
        let v = match &e.kind {
            ExprKind::Int(i) => self.lit(Zval::Long(*i)),
            ExprKind::Float(f) => self.lit(Zval::Double(*f)),
            ExprKind::String(s) => {
                self.octal_overflow_warnings(e.span);
                self.lit_str(&source::restore(s.as_bytes()))
            }
            ExprKind::Nowdoc { value, .. } => self.lit_str(&source::restore(value.as_bytes())),
            ExprKind::InterpolatedString(parts) | ExprKind::Heredoc { parts, .. } => {
                self.rope(parts)?
            }
            // `cmd`: a call of shell_exec with the (interpolated) command, as PHP compiles it.
            ExprKind::ShellExec(parts) => {
                let name = self.lit_idx("shell_exec");
                self.emit(Op::InitFCall {
                    name,
                    fallback: None,
                    argc: 1,
                });
                let cmd = self.rope(parts)?;
                self.emit(Op::SendVal {
                    val: cmd,
                    name: None,
                    var: false,
                });
                let r = self.tmp();
                self.emit(Op::DoCall { dst: Some(r) });
                Operand::tmp(r)
            }
            ExprKind::Bool(b) => self.lit(Zval::Bool(*b)),
            ExprKind::Null => self.lit(Zval::Null),
            ExprKind::Variable(n) => {
                if n.as_str() == "this" {
                    let t = self.tmp();
                    self.emit(Op::FetchThis { dst: t });
                    Operand::tmp(t)
                } else {
                    Operand::cv(self.cv(n))
                }
            }
            ExprKind::VariableVariable(inner) => {
                self.uses_dynamic_vars = true;
                let name = self.expr(inner)?;
                let t = self.tmp();
                self.emit(Op::FetchVarVar {
                    dst: t,
                    name,
                    quiet: false,
                });
                Operand::tmp(t)
            }
            ExprKind::Identifier(n) => self.constant(n, a::NameKind::Unqualified, None)?,
            ExprKind::Name(n) => {
                let raw = n.to_string_repr().to_string();
                self.constant(&raw, n.kind(), Some(n))?
            }
            ExprKind::Assign(asg) => return self.assign_expr(asg, want),
            ExprKind::Binary(b) => self.binary(b)?,
            ExprKind::UnaryPrefix(u) => self.unary_prefix(u, want)?,
            ExprKind::UnaryPostfix(u) => {
                let p = self.lvalue(u.operand)?;
                let inc = u.op == a::UnaryPostfixOp::PostIncrement;
                if want {
                    let t = self.tmp();
                    self.emit(Op::IncDec {
                        place: p,
                        cv: self.place_cv(p),
                        inc,
                        post: true,
                        dst: Some(t),
                    });
                    Operand::tmp(t)
                } else {
                    self.temps_made += 1;
                    self.emit(Op::IncDec {
                        place: p,
                        cv: self.place_cv(p),
                        inc,
                        post: false,
                        dst: None,
                    });
                    return Ok(None);
                }
            }
            ExprKind::Ternary(t) => {
                let res = self.tmp();
                match t.then_expr {
                    Some(then) => {
                        let jz = self.branch(t.condition, false)?;
                        let v = self.expr(then)?;
                        self.emit_move(res, v);
                        let j = self.emit(Op::Jmp { target: 0 });
                        let h = self.here();
                        for jz in jz {
                            self.patch(jz, h);
                        }
                        let v = self.expr(t.else_expr)?;
                        self.emit_move(res, v);
                        let h = self.here();
                        self.patch(j, h);
                    }
                    None => {
                        let c = self.expr(t.condition)?;
                        let ct = self.tmp_of(c);
                        let b = self.tmp();
                        self.emit(Op::Un {
                            op: UnOp::ToBool,
                            dst: b,
                            a: Operand::cv(ct),
                        });
                        let jz = self.emit(Op::JmpZ {
                            cond: Operand::tmp(b),
                            target: 0,
                        });
                        self.emit(Op::Move { dst: res, src: ct });
                        let j = self.emit(Op::Jmp { target: 0 });
                        let h = self.here();
                        self.patch(jz, h);
                        self.emit(Op::FreeTmp {
                            slot: ct,
                            nogc: false,
                        });
                        let v = self.expr(t.else_expr)?;
                        self.emit_move(res, v);
                        let h = self.here();
                        self.patch(j, h);
                    }
                }
                Operand::tmp(res)
            }
            ExprKind::NullCoalesce(n) => {
                let res = self.tmp();
                let j = if is_lvalue(n.left) {
                    let p = self.lvalue_quiet(n.left)?;
                    self.emit(Op::CoalescePlace {
                        place: p,
                        dst: res,
                        target: 0,
                    })
                } else {
                    let v = self.expr(n.left)?;
                    self.emit(Op::JmpSet {
                        val: v,
                        dst: res,
                        target: 0,
                    })
                };
                let v = self.expr(n.right)?;
                self.emit_move(res, v);
                let h = self.here();
                self.patch(j, h);
                Operand::tmp(res)
            }
            ExprKind::FunctionCall(fc) => return self.function_call(fc, want),
            ExprKind::Array(elems) => self.array_literal(elems)?,
            ExprKind::ArrayAccess(aa) => {
                let base = self.expr(aa.array)?;
                let Some(idx) = aa.index else {
                    return err(self.line, "Cannot use [] for reading");
                };
                let saved_chain = std::mem::replace(&mut self.in_chain, false);
                let saved_jumps = std::mem::take(&mut self.nullsafe_jumps);
                let dim = self.expr(idx);
                self.in_chain = saved_chain;
                self.nullsafe_jumps = saved_jumps;
                let dim = dim?;
                let t = self.tmp();
                self.emit(Op::FetchDim {
                    dst: t,
                    base,
                    dim,
                    quiet: false,
                });
                Operand::tmp(t)
            }
            ExprKind::Print(inner) => {
                let v = self.expr(inner)?;
                let t = self.tmp();
                self.emit(Op::Print { val: v, dst: t });
                Operand::tmp(t)
            }
            ExprKind::Parenthesized(inner) => return self.expr_inner(inner, want),
            ExprKind::Cast(kind, inner) => {
                let v = self.expr(inner)?;
                let k = match kind {
                    a::CastKind::Int => CastKind::Int,
                    a::CastKind::Float => CastKind::Float,
                    a::CastKind::String => CastKind::String,
                    a::CastKind::Bool => CastKind::Bool,
                    a::CastKind::Array => CastKind::Array,
                    a::CastKind::Object => CastKind::Object,
                    _ => CastKind::Unset,
                };
                let t = self.tmp();
                self.emit(Op::Cast {
                    kind: k,
                    dst: t,
                    a: v,
                });
                Operand::tmp(t)
            }
            ExprKind::ErrorSuppress(inner) => {
                let s = self.pinned_tmp();
                self.emit(Op::BeginSilence { slot: s });
                let v = self.expr(inner)?;
                let t = self.tmp_of(v);
                self.emit(Op::EndSilence { slot: s });
                Operand::tmp(t)
            }
            ExprKind::Isset(es) => {
                let res = self.tmp();
                let mut jumps = Vec::new();
                for (i, x) in es.iter().enumerate() {
                    let t = if i == 0 { res } else { self.tmp() };
                    if is_lvalue(x) {
                        let p = self.lvalue_quiet(x)?;
                        self.emit(Op::Isset {
                            place: p,
                            dst: t,
                            empty: false,
                        });
                    } else {
                        let v = self.expr(x)?;
                        let tv = self.tmp_of(v);
                        let p = self.place(PlaceBase::Tmp(tv), vec![]);
                        self.emit(Op::Isset {
                            place: p,
                            dst: t,
                            empty: false,
                        });
                    }
                    if i > 0 {
                        self.emit(Op::Move { dst: res, src: t });
                    }
                    if i + 1 < es.len() {
                        jumps.push(self.emit(Op::JmpZ {
                            cond: Operand::cv(res),
                            target: 0,
                        }));
                    }
                }
                let h = self.here();
                for j in jumps {
                    self.patch(j, h);
                }
                Operand::tmp(res)
            }
            ExprKind::Empty(inner) => {
                let t = self.tmp();
                if is_lvalue(inner) {
                    let p = self.lvalue_quiet(inner)?;
                    self.emit(Op::Isset {
                        place: p,
                        dst: t,
                        empty: true,
                    });
                } else {
                    let v = self.expr(inner)?;
                    self.emit(Op::Un {
                        op: UnOp::Not,
                        dst: t,
                        a: v,
                    });
                }
                Operand::tmp(t)
            }
            ExprKind::Include(kind, path) => {
                let p = self.expr(path)?;
                let t = self.tmp();
                let k = match kind {
                    a::IncludeKind::Include => IncludeKind::Include,
                    a::IncludeKind::IncludeOnce => IncludeKind::IncludeOnce,
                    a::IncludeKind::Require => IncludeKind::Require,
                    _ => IncludeKind::RequireOnce,
                };
                self.uses_dynamic_vars = true;
                self.emit(Op::Include {
                    dst: t,
                    path: p,
                    kind: k,
                });
                Operand::tmp(t)
            }
            ExprKind::Eval(code) => {
                let c = self.expr(code)?;
                let t = self.tmp();
                self.uses_dynamic_vars = true;
                self.emit(Op::Eval { dst: t, code: c });
                Operand::tmp(t)
            }
            ExprKind::Exit(v) => {
                let v = match v {
                    Some(x) => Some(self.expr(x)?),
                    None => None,
                };
                self.emit(Op::Exit { val: v });
                self.lit(Zval::Null)
            }
            ExprKind::MagicConst(k) => self.magic_const(*k)?,
            ExprKind::Clone(inner) => {
                let v = self.expr(inner)?;
                let t = self.tmp();
                self.emit(Op::Clone { dst: t, val: v });
                Operand::tmp(t)
            }
            ExprKind::CloneWith(..) => return err(self.line, "clone with is not supported"),
            ExprKind::New(n) => {
                let class = match &n.class.kind {
                    ExprKind::AnonymousClass(cd) => {
                        let idx = self.class_decl(cd, n.class.span, acc::ANON)?;
                        self.emit(Op::DeclareClass {
                            n: idx,
                            early: false,
                        });
                        let name = self.classes[idx as usize].name.clone();
                        ClassRef::Named(self.lit_idx(&name))
                    }
                    _ => self.class_ref(n.class)?,
                };
                let t = self.tmp();
                self.emit(Op::New {
                    dst: t,
                    class,
                    argc: n.args.len() as u32,
                });
                self.send_args(&n.args)?;
                self.emit(Op::DoCall { dst: None });
                Operand::tmp(t)
            }
            ExprKind::AnonymousClass(cd) => {
                let idx = self.class_decl(cd, e.span, acc::ANON)?;
                self.emit(Op::DeclareClass {
                    n: idx,
                    early: false,
                });
                let name = self.classes[idx as usize].name.clone();
                let t = self.tmp();
                let lit = self.lit_idx(&name);
                self.emit(Op::New {
                    dst: t,
                    class: ClassRef::Named(lit),
                    argc: 0,
                });
                self.emit(Op::DoCall { dst: None });
                Operand::tmp(t)
            }
            ExprKind::PropertyAccess(pa) | ExprKind::NullsafePropertyAccess(pa) => {
                let nullsafe = matches!(e.kind, ExprKind::NullsafePropertyAccess(_));
                let obj = self.expr(pa.object)?;
                if nullsafe {
                    let j = self.emit(Op::JmpNull {
                        val: obj,
                        target: 0,
                    });
                    self.nullsafe_jumps.push(j);
                }
                let name = self.member_name(pa.property)?;
                let t = self.tmp();
                self.emit(Op::FetchProp {
                    dst: t,
                    obj,
                    name,
                    nullsafe,
                    quiet: false,
                });
                Operand::tmp(t)
            }
            ExprKind::StaticPropertyAccess(a::StaticAccessExpr { class, member, .. })
            | ExprKind::StaticPropertyAccessDynamic { class, member } => {
                let class = self.class_ref(class)?;
                let name = self.static_member_name(member)?;
                let t = self.tmp();
                self.emit(Op::FetchStaticProp {
                    dst: t,
                    class,
                    name,
                });
                Operand::tmp(t)
            }
            // `Name::class` is the resolved name itself, known when compiling: no class is
            // looked up (or autoloaded).
            ExprKind::ClassConstAccess(a::StaticAccessExpr { class, member, .. })
                if matches!(&member.kind, ExprKind::Identifier(m) if m.eq_ignore_ascii_case("class"))
                    && self.literal_class_name(class).is_some() =>
            {
                let name = self.literal_class_name(class).unwrap_or_default();
                self.lit_str(name.as_bytes())
            }
            ExprKind::ClassConstAccess(a::StaticAccessExpr { class, member, .. })
            | ExprKind::ClassConstAccessDynamic { class, member } => {
                // A dynamic member is an expression; `member_name` compiles it as one.
                let class = self.class_ref(class)?;
                let name = self.member_name(member)?;
                let t = self.tmp();
                self.emit(Op::FetchClassConst {
                    dst: t,
                    class,
                    name,
                });
                Operand::tmp(t)
            }
            ExprKind::MethodCall(mc) | ExprKind::NullsafeMethodCall(mc) => {
                let nullsafe = matches!(e.kind, ExprKind::NullsafeMethodCall(_));
                let obj = self.expr(mc.object)?;
                if nullsafe {
                    let j = self.emit(Op::JmpNull {
                        val: obj,
                        target: 0,
                    });
                    self.nullsafe_jumps.push(j);
                }
                let name = self.member_name(mc.method)?;
                let t = self.tmp();
                self.emit(Op::InitMethodCall {
                    obj,
                    name,
                    nullsafe: None,
                    argc: mc.args.len() as u32,
                });
                if self.send_args_or_callable(&mc.args, t)? {
                    return Ok(Some(Operand::tmp(t)));
                }
                self.emit(Op::DoCall { dst: Some(t) });
                Operand::tmp(t)
            }
            ExprKind::StaticMethodCall(sc) => {
                let class = self.class_ref(sc.class)?;
                let name = self.member_name(sc.method)?;
                let t = self.tmp();
                self.emit(Op::InitStaticCall {
                    class,
                    name,
                    argc: sc.args.len() as u32,
                });
                if self.send_args_or_callable(&sc.args, t)? {
                    return Ok(Some(Operand::tmp(t)));
                }
                self.emit(Op::DoCall { dst: Some(t) });
                Operand::tmp(t)
            }
            ExprKind::StaticMethodCallDynamic(sc) => {
                let class = self.class_ref(sc.class)?;
                let name = self.expr(sc.method)?;
                let t = self.tmp();
                self.emit(Op::InitStaticCall {
                    class,
                    name,
                    argc: sc.args.len() as u32,
                });
                self.send_args(&sc.args)?;
                self.emit(Op::DoCall { dst: Some(t) });
                Operand::tmp(t)
            }
            ExprKind::Closure(c) => self.closure(c, e.span)?,
            ExprKind::ArrowFunction(af) => self.arrow_fn(af, e.span)?,
            ExprKind::Match(m) => self.match_expr(m)?,
            ExprKind::Throw(inner) => {
                let v = self.expr(inner)?;
                self.emit(Op::Throw { val: v });
                self.lit(Zval::Null)
            }
            ExprKind::Yield(y) => {
                self.is_generator = true;
                if y.is_from {
                    let v = match y.value {
                        Some(x) => self.expr(x)?,
                        None => self.lit(Zval::Null),
                    };
                    let t = self.tmp();
                    self.emit(Op::YieldFrom {
                        dst: Some(t),
                        val: v,
                    });
                    Operand::tmp(t)
                } else {
                    let key = match y.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    };
                    let val = match y.value {
                        // A generator returning by reference yields references to places.
                        Some(v) if self.returns_ref && super::is_lvalue(v) => {
                            let p = self.lvalue(v)?;
                            let t = self.tmp();
                            self.emit(Op::MakeRef { place: p, dst: t });
                            Some(Operand::tmp(t))
                        }
                        Some(v) => Some(self.expr(v)?),
                        None => None,
                    };
                    let t = self.tmp();
                    self.emit(Op::Yield {
                        dst: Some(t),
                        val,
                        key,
                    });
                    Operand::tmp(t)
                }
            }
            ExprKind::CallableCreate(cc) => {
                let t = self.tmp();
                match &cc.kind {
                    a::CallableCreateKind::Function(f) => {
                        self.init_call_for(f, 0)?;
                    }
                    a::CallableCreateKind::Method { object, method }
                    | a::CallableCreateKind::NullsafeMethod { object, method } => {
                        let obj = self.expr(object)?;
                        let name = self.member_name(method)?;
                        self.emit(Op::InitMethodCall {
                            obj,
                            name,
                            nullsafe: None,
                            argc: 0,
                        });
                    }
                    a::CallableCreateKind::StaticMethod { class, method } => {
                        let class = self.class_ref(class)?;
                        let name = self.member_name(method)?;
                        self.emit(Op::InitStaticCall {
                            class,
                            name,
                            argc: 0,
                        });
                    }
                    _ => return err(self.line, "unsupported callable syntax"),
                }
                self.emit(Op::CallableFromPending { dst: t });
                Operand::tmp(t)
            }
            ExprKind::Omit => self.lit(Zval::Null),
            ExprKind::Error => return err(self.line, "syntax error"),
            _ => return err(self.line, "unsupported expression"),
        };
        Ok(Some(v))
    }

    pub(super) fn emit_move(&mut self, dst: Slot, v: Operand) {
        match v.as_slot() {
            Some(s) if v.is_tmp() => {
                if s != dst {
                    self.emit(Op::Move { dst, src: s });
                }
            }
            _ => {
                self.emit(Op::Copy { dst, src: v });
            }
        }
    }

    /// The fully qualified name a class name expression stands for, when it is a plain name
    /// (not `self`, `parent`, `static` or an expression).
    fn literal_class_name(&self, e: &a::Expr) -> Option<String> {
        let (raw, kind) = match &e.kind {
            ExprKind::Name(n) => (n.to_string_repr().to_string(), n.kind()),
            ExprKind::Identifier(n) => (n.to_string(), a::NameKind::Unqualified),
            _ => return None,
        };
        if matches!(
            raw.to_ascii_lowercase().as_str(),
            "self" | "parent" | "static"
        ) {
            return None;
        }
        let full = self.resolve_class_str(&raw, kind);
        Some(full.trim_start_matches('\\').to_string())
    }

    fn member_name(&mut self, e: &a::Expr) -> R<Operand> {
        match &e.kind {
            ExprKind::Identifier(n) => Ok(self.lit_str(n.as_bytes())),
            ExprKind::Name(n) => Ok(self.lit_str(n.to_string_repr().as_bytes())),
            _ => self.expr(e),
        }
    }

    /// The name of a static property: `A::$x` names `x`, `A::$$v` names the value of `$v`.
    fn static_member_name(&mut self, e: &a::Expr) -> R<Operand> {
        match &e.kind {
            ExprKind::Variable(n) => Ok(self.lit_str(n.as_bytes())),
            ExprKind::VariableVariable(inner) => self.expr(inner),
            _ => self.member_name(e),
        }
    }

    fn constant(&mut self, raw: &str, kind: a::NameKind, name: Option<&a::Name>) -> R<Operand> {
        let lower = raw.to_ascii_lowercase();
        match lower.trim_start_matches('\\') {
            "true" => return Ok(self.lit(Zval::Bool(true))),
            "false" => return Ok(self.lit(Zval::Bool(false))),
            "null" => return Ok(self.lit(Zval::Null)),
            _ => {}
        }
        // An engine constant named in the global namespace (or fully qualified) is
        // substituted, as PHP's compiler substitutes its persistent constants.
        let fq = raw.starts_with('\\');
        if fq || self.ctx.namespace.is_empty() {
            let exact = raw.trim_start_matches('\\');
            let known = match exact {
                "PHP_EOL" => Some(Zval::Str(memphis_values::ZStr::interned(b"\n"))),
                "PHP_INT_MAX" => Some(Zval::Long(i64::MAX)),
                "PHP_INT_MIN" => Some(Zval::Long(i64::MIN)),
                "PHP_INT_SIZE" => Some(Zval::Long(8)),
                _ => crate::ct_constant(exact),
            };
            if let Some(v) = known {
                return Ok(match v {
                    Zval::Str(s) => self.lit_str(s.as_bytes()),
                    v => self.lit(v),
                });
            }
        }
        let (n, fb) = match name {
            Some(nm) => self.resolve_fn_name(nm, true),
            None => {
                let _ = kind;
                if self.ctx.namespace.is_empty() {
                    (raw.to_string(), None)
                } else if let Some(full) = self.ctx.const_uses.get(raw) {
                    (full.clone(), None)
                } else {
                    (self.ns_join(raw), Some(raw.to_string()))
                }
            }
        };
        let name = self.lit_idx(&n);
        let fallback = fb.map(|f| self.lit_idx(&f));
        let t = self.tmp();
        self.emit(Op::FetchConst {
            dst: t,
            name,
            fallback,
        });
        Ok(Operand::tmp(t))
    }

    fn magic_const(&mut self, k: a::MagicConstKind) -> R<Operand> {
        Ok(match k {
            a::MagicConstKind::Line => self.lit(Zval::Long(self.line as i64)),
            a::MagicConstKind::File => {
                let f = self.ctx.file.to_string();
                self.lit_str(f.as_bytes())
            }
            a::MagicConstKind::Dir => {
                let f = self.ctx.file.to_string();
                let d = std::path::Path::new(&f)
                    .parent()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_else(|| ".".into());
                self.lit_str(d.as_bytes())
            }
            a::MagicConstKind::Namespace => {
                let n = self.ctx.namespace.clone();
                self.lit_str(n.as_bytes())
            }
            a::MagicConstKind::Class => {
                let t = self.tmp();
                self.emit(Op::Magic {
                    dst: t,
                    kind: Magic::Class,
                });
                Operand::tmp(t)
            }
            a::MagicConstKind::Trait => {
                let n = self.class_name.clone().unwrap_or_default();
                self.lit_str(n.as_bytes())
            }
            a::MagicConstKind::Function => {
                let t = self.tmp();
                self.emit(Op::Magic {
                    dst: t,
                    kind: Magic::Function,
                });
                Operand::tmp(t)
            }
            a::MagicConstKind::Method => {
                let t = self.tmp();
                self.emit(Op::Magic {
                    dst: t,
                    kind: Magic::Method,
                });
                Operand::tmp(t)
            }
            _ => self.lit_str(b""),
        })
    }

    fn rope(&mut self, parts: &[a::StringPart]) -> R<Operand> {
        let mut pieces = Vec::new();
        for p in parts {
            match p {
                a::StringPart::Literal(b) => {
                    pieces.push(RopePiece::Lit(source::restore(b.as_bytes()).into_owned()))
                }
                a::StringPart::Expr(e) => {
                    self.dollar_brace_deprecation(e);
                    pieces.push(RopePiece::Val(self.expr(e)?))
                }
                _ => {}
            }
        }
        Ok(self.rope_of(pieces))
    }

    /// Emits a string built from literal and value pieces as PHP compiles it: no value piece is
    /// an interned literal, a lone value is a string cast (which shares a string), several
    /// pieces are a rope.
    fn rope_of(&mut self, pieces: Vec<RopePiece>) -> Operand {
        let mut merged: Vec<RopePiece> = Vec::new();
        for p in pieces {
            match (p, merged.last_mut()) {
                (RopePiece::Lit(b), _) if b.is_empty() => {}
                (RopePiece::Lit(b), Some(RopePiece::Lit(prev))) => prev.extend_from_slice(&b),
                (p, _) => merged.push(p),
            }
        }
        match merged.as_slice() {
            [] => return self.lit_str(b""),
            [RopePiece::Lit(b)] => return self.lit_str(b),
            [RopePiece::Val(v)] => {
                let t = self.tmp();
                self.emit(Op::Cast {
                    kind: CastKind::String,
                    dst: t,
                    a: *v,
                });
                return Operand::tmp(t);
            }
            _ => {}
        }
        let ops: Vec<Operand> = merged
            .into_iter()
            .map(|p| match p {
                RopePiece::Lit(b) => self.lit_str(&b),
                RopePiece::Val(v) => v,
            })
            .collect();
        let t = self.tmp();
        self.emit(Op::Rope {
            dst: t,
            parts: ops.into(),
        });
        Operand::tmp(t)
    }

    /// PHP 8.4 compiles `sprintf()` with a literal format of only `%s`, `%d` and `%%`, and as
    /// many plain arguments as placeholders, into a rope (no 240-byte format buffer). Returns
    /// `None` when the call does not qualify.
    fn sprintf_rope(&mut self, args: &[a::Arg]) -> R<Option<Operand>> {
        let Some(first) = args.first() else {
            return Ok(None);
        };
        let a::ArgKind::Value(fmt) = &first.kind else {
            return Ok(None);
        };
        let ExprKind::String(fmt) = &fmt.kind else {
            return Ok(None);
        };
        let fmt = source::restore(fmt.as_bytes()).into_owned();
        // Split the format first: nothing is emitted unless the whole call qualifies.
        let mut shape: Vec<Result<Vec<u8>, bool>> = Vec::new(); // Ok(text) | Err(is_int)
        let mut text = Vec::new();
        let mut i = 0;
        while i < fmt.len() {
            if fmt[i] != b'%' {
                text.push(fmt[i]);
                i += 1;
                continue;
            }
            match fmt.get(i + 1) {
                Some(b'%') => text.push(b'%'),
                Some(&c @ (b's' | b'd')) => {
                    shape.push(Ok(std::mem::take(&mut text)));
                    shape.push(Err(c == b'd'));
                }
                _ => return Ok(None),
            }
            i += 2;
        }
        shape.push(Ok(text));
        let holes = shape.iter().filter(|p| p.is_err()).count();
        if holes != args.len() - 1 || holes > 64 {
            return Ok(None);
        }
        let mut values = Vec::new();
        for arg in &args[1..] {
            let a::ArgKind::Value(v) = &arg.kind else {
                return Ok(None);
            };
            values.push(v);
        }
        let mut pieces = Vec::new();
        let mut next = values.into_iter();
        for p in shape {
            match p {
                Ok(t) => pieces.push(RopePiece::Lit(t)),
                Err(is_int) => {
                    let Some(v) = next.next() else {
                        return Ok(None);
                    };
                    let mut op = self.expr(v)?;
                    if is_int {
                        let t = self.tmp();
                        self.emit(Op::Cast {
                            kind: CastKind::Int,
                            dst: t,
                            a: op,
                        });
                        op = Operand::tmp(t);
                    }
                    pieces.push(RopePiece::Val(op));
                }
            }
        }
        Ok(Some(self.rope_of(pieces)))
    }

    fn binary(&mut self, b: &a::BinaryExpr) -> R<Operand> {
        use a::BinaryOp as B;
        let op = match b.op {
            B::BooleanAnd | B::LogicalAnd | B::BooleanOr | B::LogicalOr => {
                let is_and = matches!(b.op, B::BooleanAnd | B::LogicalAnd);
                let res = self.tmp();
                if Self::php_tmp_result(b.left) {
                    // (PHP's result reuses the left operand's temporary.)
                    self.temps_made -= 1;
                }
                let l = self.expr(b.left)?;
                self.emit(Op::Un {
                    op: UnOp::ToBool,
                    dst: res,
                    a: l,
                });
                let j = if is_and {
                    self.emit(Op::JmpZ {
                        cond: Operand::cv(res),
                        target: 0,
                    })
                } else {
                    self.emit(Op::JmpNz {
                        cond: Operand::cv(res),
                        target: 0,
                    })
                };
                let r = self.expr(b.right)?;
                self.emit(Op::Un {
                    op: UnOp::ToBool,
                    dst: res,
                    a: r,
                });
                let h = self.here();
                self.patch(j, h);
                return Ok(Operand::tmp(res));
            }
            B::Instanceof => {
                let v = self.expr(b.left)?;
                let class = self.class_ref(b.right)?;
                let t = self.tmp();
                self.emit(Op::InstanceOf {
                    dst: t,
                    a: v,
                    class,
                });
                return Ok(Operand::tmp(t));
            }
            B::Pipe => return err(self.line, "syntax error, unexpected token \"|>\""),
            B::Add => BinOp::Add,
            B::Sub => BinOp::Sub,
            B::Mul => BinOp::Mul,
            B::Div => BinOp::Div,
            B::Mod => BinOp::Mod,
            B::Pow => BinOp::Pow,
            B::Concat => BinOp::Concat,
            B::Equal => BinOp::Eq,
            B::NotEqual => BinOp::NotEq,
            B::Identical => BinOp::Identical,
            B::NotIdentical => BinOp::NotIdentical,
            B::Less => BinOp::Less,
            B::Greater => BinOp::Greater,
            B::LessOrEqual => BinOp::LessEq,
            B::GreaterOrEqual => BinOp::GreaterEq,
            B::Spaceship => BinOp::Spaceship,
            B::BitwiseAnd => BinOp::BitAnd,
            B::BitwiseOr => BinOp::BitOr,
            B::BitwiseXor => BinOp::BitXor,
            B::ShiftLeft => BinOp::Shl,
            B::ShiftRight => BinOp::Shr,
            B::LogicalXor => BinOp::Xor,
            _ => return err(self.line, "unsupported operator"),
        };
        // Constant folding of literal operands as PHP's compiler does it: concatenation of
        // strings, numbers, booleans and null (the result is an interned literal), and
        // arithmetic on numbers that cannot warn or throw.
        let l = self.expr(b.left)?;
        let r = self.expr(b.right)?;
        if let (Some(li), Some(ri)) = (l.as_lit(), r.as_lit()) {
            if let Some(v) =
                fold_numeric(op, &self.literals[li as usize], &self.literals[ri as usize])
            {
                return Ok(self.lit(v));
            }
            // The union of two constant arrays is one too.
            if let (BinOp::Add, Zval::Arr(x), Zval::Arr(y)) =
                (op, &self.literals[li as usize], &self.literals[ri as usize])
            {
                let mut u = ZArr::with_capacity((x.len() + y.len()) as u32);
                for (k, v) in x.iter() {
                    u.set(k, v.clone());
                }
                for (k, v) in y.iter() {
                    if !u.contains(&k.to_key()) {
                        u.set(k, v.clone());
                    }
                }
                return Ok(self.lit(Zval::Arr(u)));
            }
        }
        if op == BinOp::Concat {
            if let (Some(li), Some(ri)) = (l.as_lit(), r.as_lit()) {
                let text = |z: &Zval| -> Option<Vec<u8>> {
                    Some(match z {
                        Zval::Str(s) => s.as_bytes().to_vec(),
                        Zval::Long(i) => i.to_string().into_bytes(),
                        Zval::Double(_) => {
                            memphis_values::convert::scalar_to_bytes(z, crate::fold_precision())
                        }
                        Zval::Bool(true) => b"1".to_vec(),
                        Zval::Bool(false) | Zval::Null => Vec::new(),
                        _ => return None,
                    })
                };
                if let (Some(mut x), Some(y)) = (
                    text(&self.literals[li as usize]),
                    text(&self.literals[ri as usize]),
                ) {
                    x.extend_from_slice(&y);
                    return Ok(self.lit_str(&x));
                }
            }
        }
        let t = self.tmp();
        self.emit(Op::Bin {
            op,
            dst: t,
            a: l,
            b: r,
        });
        Ok(Operand::tmp(t))
    }

    fn unary_prefix(&mut self, u: &a::UnaryPrefixExpr, want: bool) -> R<Operand> {
        use a::UnaryPrefixOp as U;
        match u.op {
            U::PreIncrement | U::PreDecrement => {
                let p = self.lvalue(u.operand)?;
                let inc = u.op == U::PreIncrement;
                if want {
                    let t = self.tmp();
                    self.emit(Op::IncDec {
                        place: p,
                        cv: self.place_cv(p),
                        inc,
                        post: false,
                        dst: Some(t),
                    });
                    Ok(Operand::tmp(t))
                } else {
                    self.temps_made += 1;
                    self.emit(Op::IncDec {
                        place: p,
                        cv: self.place_cv(p),
                        inc,
                        post: false,
                        dst: None,
                    });
                    Ok(self.lit(Zval::Null))
                }
            }
            _ => {
                if u.op == U::Negate {
                    if let ExprKind::Int(i) = u.operand.kind {
                        return Ok(self.lit(Zval::Long(-i)));
                    }
                    if let ExprKind::Float(f) = u.operand.kind {
                        return Ok(self.lit(Zval::Double(-f)));
                    }
                }
                let v = self.expr(u.operand)?;
                let op = match u.op {
                    U::Negate => UnOp::Neg,
                    U::Plus => UnOp::Plus,
                    U::BooleanNot => UnOp::Not,
                    _ => UnOp::BitNot,
                };
                let t = self.tmp();
                self.emit(Op::Un { op, dst: t, a: v });
                Ok(Operand::tmp(t))
            }
        }
    }

    fn array_literal(&mut self, elems: &[a::ArrayElement]) -> R<Operand> {
        // Fully constant arrays live in the literal table (shared, as PHP's compiled literal).
        let all_const = !elems.is_empty()
            && elems.iter().all(|el| {
                matches!(
                    el.kind,
                    a::ArrayElementKind::Value(_) | a::ArrayElementKind::Spread(_)
                )
            });
        if elems.is_empty() {
            return Ok(self.lit(Zval::Arr(ZArr::empty())));
        }
        if all_const {
            let arr_expr = a::Expr {
                kind: ExprKind::Omit,
                span: php_ast::Span { start: 0, end: 0 },
            };
            let _ = arr_expr;
            if let Some(v) = const_array(elems, self.ctx.src) {
                return Ok(self.lit(v));
            }
        }
        let t = self.tmp();
        self.emit(Op::InitArray {
            dst: t,
            size: elems.len() as u32,
        });
        for el in elems {
            let key = match &el.key {
                Some(k) => Some(self.expr(k)?),
                None => None,
            };
            match &el.kind {
                a::ArrayElementKind::Value(v) => {
                    let v = self.expr(v)?;
                    self.emit(Op::AddElem {
                        arr: t,
                        key,
                        val: v,
                    });
                }
                a::ArrayElementKind::ByRef(v) => {
                    let p = self.lvalue(v)?;
                    self.emit(Op::AddElemRef {
                        arr: t,
                        key,
                        place: p,
                    });
                }
                a::ArrayElementKind::Spread(v) => {
                    let v = self.expr(v)?;
                    self.emit(Op::AddSpread { arr: t, val: v });
                }
                _ => {}
            }
        }
        Ok(Operand::tmp(t))
    }

    // ----- places -----------------------------------------------------------------------------

    /// Compiles `e` as a writable location.
    pub(super) fn lvalue(&mut self, e: &a::Expr) -> R<u32> {
        let (base, elems) = self.place_parts(e)?;
        Ok(self.place(base, elems))
    }

    /// A place for isset/empty/??: same shape, read quietly.
    pub(super) fn lvalue_quiet(&mut self, e: &a::Expr) -> R<u32> {
        self.lvalue(e)
    }

    fn place_parts(&mut self, e: &a::Expr) -> R<(PlaceBase, Vec<PlaceElem>)> {
        match &e.kind {
            ExprKind::Variable(n) => {
                if n.as_str() == "this" {
                    Ok((PlaceBase::This, vec![]))
                } else {
                    Ok((PlaceBase::Cv(self.cv(n)), vec![]))
                }
            }
            ExprKind::VariableVariable(inner) => {
                self.uses_dynamic_vars = true;
                let n = self.expr(inner)?;
                let t = self.tmp_of(n);
                Ok((PlaceBase::VarVar(Operand::cv(t)), vec![]))
            }
            ExprKind::Parenthesized(inner) if is_lvalue(inner) => self.place_parts(inner),
            ExprKind::ArrayAccess(aa) => {
                if let (ExprKind::Variable(n), Some(i)) = (&aa.array.kind, aa.index) {
                    if n.as_str() == "GLOBALS" {
                        let d = self.expr(i)?;
                        let d = if d.is_tmp() {
                            Operand::cv(d.as_slot().unwrap_or(0))
                        } else {
                            d
                        };
                        return Ok((PlaceBase::Global(d), vec![]));
                    }
                }
                let (base, mut elems) = self.place_parts(aa.array)?;
                match aa.index {
                    Some(i) => {
                        // A temporary key stays a temporary: the instruction using the place
                        // consumes it (PHP frees it there).
                        let d = self.expr(i)?;
                        elems.push(PlaceElem::Dim(d));
                    }
                    None => elems.push(PlaceElem::Append),
                }
                Ok((base, elems))
            }
            ExprKind::PropertyAccess(pa) | ExprKind::NullsafePropertyAccess(pa) => {
                let nullsafe = matches!(e.kind, ExprKind::NullsafePropertyAccess(_));
                let (base, mut elems) = self.place_parts(pa.object)?;
                let n = self.member_name(pa.property)?;
                let n = if n.is_tmp() {
                    Operand::cv(n.as_slot().unwrap_or(0))
                } else {
                    n
                };
                elems.push(if nullsafe {
                    PlaceElem::NullsafeProp(n)
                } else {
                    PlaceElem::Prop(n)
                });
                Ok((base, elems))
            }
            ExprKind::StaticPropertyAccess(sa) => {
                let class = self.class_ref(sa.class)?;
                let class = pin_class(self, class);
                let n = self.static_member_name(sa.member)?;
                let n = if n.is_tmp() {
                    Operand::cv(n.as_slot().unwrap_or(0))
                } else {
                    n
                };
                Ok((PlaceBase::StaticProp(class, n), vec![]))
            }
            _ => {
                let v = self.expr(e)?;
                let t = self.tmp_of(v);
                Ok((PlaceBase::Tmp(t), vec![]))
            }
        }
    }

    // ----- assignment -------------------------------------------------------------------------

    /// The temporary for an assignment's result, if it is used. PHP numbers one either way,
    /// which sizes its frame.
    fn result_tmp(&mut self, want: bool) -> Option<Slot> {
        if want {
            Some(self.tmp())
        } else {
            self.temps_made += 1;
            None
        }
    }

    fn assign_expr(&mut self, asg: &a::AssignExpr, want: bool) -> R<Option<Operand>> {
        if asg.by_ref {
            let src = match &asg.value.kind {
                k if is_lvalue(asg.value) && !matches!(k, ExprKind::Parenthesized(_)) => {
                    let sp = self.lvalue(asg.value)?;
                    let t = self.tmp();
                    self.emit(Op::MakeRef { place: sp, dst: t });
                    t
                }
                _ => {
                    // `$a = &f()` / `&new`: bind to the value (functions returning refs give one).
                    let v = self.expr(asg.value)?;
                    let t = self.tmp_of(v);
                    if matches!(
                        asg.value.kind,
                        ExprKind::FunctionCall(_)
                            | ExprKind::MethodCall(_)
                            | ExprKind::NullsafeMethodCall(_)
                            | ExprKind::StaticMethodCall(_)
                    ) {
                        self.emit(Op::RefResultCheck { slot: t });
                    }
                    let pl = self.place(PlaceBase::Tmp(t), vec![]);
                    let r = self.tmp();
                    self.emit(Op::MakeRef { place: pl, dst: r });
                    r
                }
            };
            let p = self.lvalue(asg.target)?;
            self.emit(Op::AssignRef { place: p, src });
            if !want {
                self.temps_made += 1;
            }
            if want {
                let t = self.tmp();
                let pl = self.place(
                    self.places[p as usize].base.clone(),
                    self.places[p as usize].elems.clone(),
                );
                let _ = pl;
                self.emit(Op::Copy {
                    dst: t,
                    src: Operand::cv(src),
                });
                return Ok(Some(Operand::tmp(t)));
            }
            return Ok(None);
        }
        if asg.op == a::AssignOp::Assign {
            if let ExprKind::Array(_) = asg.target.kind {
                // A pattern binding references works on the variable itself (FETCH_LIST_W).
                if list_binds_refs(asg.target) && is_lvalue(asg.value) {
                    let sp = self.lvalue(asg.value)?;
                    let r = self.tmp();
                    self.emit(Op::MakeRef { place: sp, dst: r });
                    self.destructure(asg.target, r)?;
                    return Ok(Some(Operand::tmp(r)));
                }
                let v = self.expr(asg.value)?;
                let t = self.tmp_of(v);
                self.destructure(asg.target, t)?;
                if !want {
                    // PHP reads the source in place and frees it without a root (`FREE`).
                    self.emit(Op::FreeTmp {
                        slot: t,
                        nogc: true,
                    });
                    return Ok(None);
                }
                return Ok(Some(Operand::tmp(t)));
            }
            let dst = self.result_tmp(want);
            if let ExprKind::Variable(n) = &asg.target.kind {
                if n.as_str() != "this" {
                    let v = self.expr(asg.value)?;
                    let cv = self.cv(n);
                    self.emit(Op::AssignCv { cv, val: v, dst });
                    return Ok(dst.map(Operand::tmp));
                }
            }
            let p = self.lvalue(asg.target)?;
            let v = self.expr(asg.value)?;
            self.emit(Op::Assign {
                place: p,
                val: v,
                dst,
            });
            return Ok(dst.map(Operand::tmp));
        }
        if asg.op == a::AssignOp::Coalesce {
            let p = self.lvalue(asg.target)?;
            // The check reads the place without consuming its temporary keys; the assignment
            // after it (a copy of the place) consumes them.
            let keep_elems = self.places[p as usize]
                .elems
                .iter()
                .map(|e| match e {
                    PlaceElem::Dim(d) if d.is_tmp() => {
                        PlaceElem::Dim(Operand::cv(d.as_slot().unwrap_or(0)))
                    }
                    e => e.clone(),
                })
                .collect();
            let keep = self.place(self.places[p as usize].base.clone(), keep_elems);
            let res = self.tmp();
            let j = self.emit(Op::CoalesceAssignCheck {
                place: keep,
                dst: res,
                done: 0,
            });
            let v = self.expr(asg.value)?;
            let p2 = self.place(
                self.places[p as usize].base.clone(),
                self.places[p as usize].elems.clone(),
            );
            self.emit(Op::Assign {
                place: p2,
                val: v,
                dst: Some(res),
            });
            let h = self.here();
            self.patch(j, h);
            return Ok(Some(Operand::tmp(res)));
        }
        let op = match asg.op {
            a::AssignOp::Plus => BinOp::Add,
            a::AssignOp::Minus => BinOp::Sub,
            a::AssignOp::Mul => BinOp::Mul,
            a::AssignOp::Div => BinOp::Div,
            a::AssignOp::Mod => BinOp::Mod,
            a::AssignOp::Pow => BinOp::Pow,
            a::AssignOp::Concat => BinOp::Concat,
            a::AssignOp::BitwiseAnd => BinOp::BitAnd,
            a::AssignOp::BitwiseOr => BinOp::BitOr,
            a::AssignOp::BitwiseXor => BinOp::BitXor,
            a::AssignOp::ShiftLeft => BinOp::Shl,
            a::AssignOp::ShiftRight => BinOp::Shr,
            _ => BinOp::Add,
        };
        let p = self.lvalue(asg.target)?;
        let v = self.expr(asg.value)?;
        let dst = self.result_tmp(want);
        self.emit(Op::AssignOp {
            place: p,
            cv: self.place_cv(p),
            op,
            val: v,
            dst,
        });
        Ok(dst.map(Operand::tmp))
    }

    /// Assigns the value in `src` to a target expression (variable, place or list).
    pub(super) fn assign_to(&mut self, target: &a::Expr, src: Operand) -> R<()> {
        match &target.kind {
            ExprKind::Array(_) => {
                let t = self.tmp_of(src);
                self.destructure(target, t)?;
                self.emit(Op::FreeTmp {
                    slot: t,
                    nogc: true,
                });
            }
            ExprKind::Variable(n) if n.as_str() != "this" => {
                let cv = self.cv(n);
                self.emit(Op::AssignCv {
                    cv,
                    val: src,
                    dst: None,
                });
            }
            _ => {
                let p = self.lvalue(target)?;
                self.emit(Op::Assign {
                    place: p,
                    val: src,
                    dst: None,
                });
            }
        }
        Ok(())
    }

    pub(super) fn destructure(&mut self, target: &a::Expr, src: Slot) -> R<()> {
        let ExprKind::Array(elems) = &target.kind else {
            return Ok(());
        };
        let mut idx = 0i64;
        for el in elems.iter() {
            let value = match &el.kind {
                a::ArrayElementKind::Value(v) => v,
                a::ArrayElementKind::ByRef(v) => {
                    let dim = match &el.key {
                        Some(k) => self.expr(k)?,
                        None => {
                            idx += 1;
                            self.lit(Zval::Long(idx - 1))
                        }
                    };
                    let sp = self.place(PlaceBase::Tmp(src), vec![PlaceElem::Dim(dim)]);
                    let r = self.tmp();
                    self.emit(Op::MakeRef { place: sp, dst: r });
                    let p = self.lvalue(v)?;
                    self.emit(Op::AssignRef { place: p, src: r });
                    continue;
                }
                _ => return err(self.line, "Spread operator is not supported in assignments"),
            };
            if matches!(value.kind, ExprKind::Omit) {
                idx += 1;
                continue;
            }
            let dim = match &el.key {
                Some(k) => self.expr(k)?,
                None => {
                    idx += 1;
                    self.lit(Zval::Long(idx - 1))
                }
            };
            // A nested pattern that binds references works on the element itself.
            if list_binds_refs(value) {
                let sp = self.place(PlaceBase::Tmp(src), vec![PlaceElem::Dim(dim)]);
                let r = self.tmp();
                self.emit(Op::MakeRef { place: sp, dst: r });
                self.destructure(value, r)?;
                // Drop the working handle: the element is a reference only while bound.
                self.emit(Op::FreeTmp {
                    slot: r,
                    nogc: false,
                });
                continue;
            }
            let t = self.tmp();
            self.emit(Op::FetchListDim {
                dst: t,
                base: Operand::cv(src),
                dim,
            });
            self.assign_to(value, Operand::tmp(t))?;
        }
        Ok(())
    }

    // ----- calls ------------------------------------------------------------------------------

    fn init_call_for(&mut self, f: &a::Expr, argc: u32) -> R<()> {
        match &f.kind {
            ExprKind::Name(n) => {
                let (name, fb) = self.resolve_fn_name(n, false);
                let name = self.lit_idx(&name);
                let fallback = fb.map(|f| self.lit_idx(&f));
                self.emit(Op::InitFCall {
                    name,
                    fallback,
                    argc,
                });
            }
            ExprKind::Identifier(n) => {
                let name = self.lit_idx(n);
                self.emit(Op::InitFCall {
                    name,
                    fallback: None,
                    argc,
                });
            }
            _ => {
                let callee = self.expr(f)?;
                self.emit(Op::InitDynCall { callee, argc });
            }
        }
        Ok(())
    }

    fn function_call(&mut self, fc: &a::FunctionCallExpr, want: bool) -> R<Option<Operand>> {
        let simple = match &fc.name.kind {
            ExprKind::Name(n)
                if n.kind() == a::NameKind::Unqualified
                    || n.kind() == a::NameKind::FullyQualified =>
            {
                Some(
                    n.to_string_repr()
                        .trim_start_matches('\\')
                        .to_ascii_lowercase(),
                )
            }
            ExprKind::Identifier(n) => Some(n.to_ascii_lowercase()),
            _ => None,
        };
        // Whether the name resolves to the global function at compile time (PHP compiles its
        // special functions only then).
        let global_name = match &fc.name.kind {
            ExprKind::Name(n) => {
                n.kind() == a::NameKind::FullyQualified || self.ctx.namespace.is_empty()
            }
            _ => self.ctx.namespace.is_empty(),
        };
        if let Some(name) = &simple {
            let plain_args = fc
                .args
                .iter()
                .all(|a| a.name.is_none() && matches!(a.kind, a::ArgKind::Value(_)));
            match name.as_str() {
                "compact" if plain_args => {
                    self.uses_dynamic_vars = true;
                    let mut names = Vec::new();
                    for a in fc.args.iter() {
                        if let a::ArgKind::Value(v) = &a.kind {
                            names.push(self.expr(v)?);
                        }
                    }
                    let t = self.tmp();
                    self.emit(Op::Compact {
                        dst: t,
                        names: names.into(),
                    });
                    return Ok(Some(Operand::tmp(t)));
                }
                "extract" if plain_args && (1..=3).contains(&fc.args.len()) => {
                    self.uses_dynamic_vars = true;
                    let mut ops = Vec::new();
                    for a in fc.args.iter() {
                        if let a::ArgKind::Value(v) = &a.kind {
                            ops.push(self.expr(v)?);
                        }
                    }
                    let t = self.tmp();
                    self.emit(Op::Extract {
                        dst: t,
                        arr: ops[0],
                        flags: ops.get(1).copied(),
                        prefix: ops.get(2).copied(),
                    });
                    return Ok(Some(Operand::tmp(t)));
                }
                "func_get_args" if fc.args.is_empty() => {
                    let t = self.tmp();
                    self.emit(Op::FuncGetArgs { dst: t });
                    return Ok(Some(Operand::tmp(t)));
                }
                "func_num_args" if fc.args.is_empty() => {
                    let t = self.tmp();
                    self.emit(Op::FuncGetArgs { dst: t });
                    let name = self.lit_idx("count");
                    self.emit(Op::InitFCall {
                        name,
                        fallback: None,
                        argc: 1,
                    });
                    self.emit(Op::SendVal {
                        val: Operand::tmp(t),
                        name: None,
                        var: false,
                    });
                    let r = self.tmp();
                    self.emit(Op::DoCall { dst: Some(r) });
                    return Ok(Some(Operand::tmp(r)));
                }
                "is_null" | "is_bool" | "is_int" | "is_integer" | "is_long" | "is_float"
                | "is_double" | "is_string" | "is_array" | "is_object" | "is_resource"
                | "is_scalar"
                    if plain_args && global_name && fc.args.len() == 1 =>
                {
                    if let a::ArgKind::Value(v) = &fc.args[0].kind {
                        let kind = match name.as_str() {
                            "is_null" => 0,
                            "is_bool" => 1,
                            "is_int" | "is_integer" | "is_long" => 2,
                            "is_float" | "is_double" => 3,
                            "is_string" => 4,
                            "is_array" => 5,
                            "is_object" => 6,
                            "is_resource" => 7,
                            _ => 8,
                        };
                        let val = self.expr(v)?;
                        let t = self.tmp();
                        self.emit(Op::TypeCheck { dst: t, val, kind });
                        return Ok(Some(Operand::tmp(t)));
                    }
                }
                "strlen" | "count" | "sizeof"
                    if plain_args && global_name && fc.args.len() == 1 =>
                {
                    if let a::ArgKind::Value(v) = &fc.args[0].kind {
                        let val = self.expr(v)?;
                        let t = self.tmp();
                        self.emit(if name == "strlen" {
                            Op::Strlen { dst: t, val }
                        } else {
                            Op::Count {
                                dst: t,
                                val,
                                sizeof: name == "sizeof",
                            }
                        });
                        return Ok(Some(Operand::tmp(t)));
                    }
                }
                "array_key_exists" if plain_args && global_name && fc.args.len() == 2 => {
                    if let (a::ArgKind::Value(k), a::ArgKind::Value(arr)) =
                        (&fc.args[0].kind, &fc.args[1].kind)
                    {
                        let key = self.expr(k)?;
                        let arr = self.expr(arr)?;
                        let t = self.tmp();
                        self.emit(Op::ArrayKeyExists { dst: t, key, arr });
                        return Ok(Some(Operand::tmp(t)));
                    }
                }
                "sprintf" if plain_args && global_name => {
                    if let Some(op) = self.sprintf_rope(&fc.args)? {
                        return Ok(Some(op));
                    }
                }
                "assert" => return self.assert_call(fc, want),
                "get_defined_vars" if fc.args.is_empty() => {
                    self.uses_dynamic_vars = true;
                    let t = self.tmp();
                    self.emit(Op::DefinedVars { dst: t });
                    return Ok(Some(Operand::tmp(t)));
                }
                _ => {}
            }
        }
        self.init_call_for(fc.name, fc.args.len() as u32)?;
        let t = self.tmp();
        if self.send_args_or_callable(&fc.args, t)? {
            return Ok(Some(Operand::tmp(t)));
        }
        if want {
            self.emit(Op::DoCall { dst: Some(t) });
            Ok(Some(Operand::tmp(t)))
        } else {
            self.emit(Op::DoCall { dst: None });
            Ok(None)
        }
    }

    /// `assert(...)` as PHP compiles it: nothing at all under `zend.assertions=-1`, else a
    /// guard that skips the call unless assertions are on at run time, and with one argument
    /// a second one: the description "assert(<the expression as PHP writes it>)".
    fn assert_call(&mut self, fc: &a::FunctionCallExpr, want: bool) -> R<Option<Operand>> {
        if crate::assertions() < 0 {
            return Ok(want.then(|| self.lit(Zval::Bool(true))));
        }
        if fc.args.len() == 1 && matches!(fc.args[0].kind, a::ArgKind::SpreadPlaceholder) {
            // `assert(...)`: the callable, made as any other.
            self.init_call_for(fc.name, 1)?;
            let t = self.tmp();
            self.send_args_or_callable(&fc.args, t)?;
            return Ok(Some(Operand::tmp(t)));
        }
        let t = self.tmp();
        let guard = self.emit(Op::AssertCheck { dst: t, target: 0 });
        let description = match &fc.args[..] {
            [arg] => {
                let ex = crate::export::Exporter::new(self.ctx.src, crate::fold_precision());
                match (&arg.kind, &arg.name) {
                    (a::ArgKind::Value(v), Some(n)) => {
                        let name = n.to_string_repr().to_string();
                        Some((ex.export_named("assert(", &name, v), true))
                    }
                    (a::ArgKind::Value(v), None) => Some((ex.export("assert(", v, ")"), false)),
                    (a::ArgKind::Spread(v), _) => {
                        let mut m = b"assert(...".to_vec();
                        m.extend(ex.export("", v, ")"));
                        Some((m, false))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if description.is_some() && matches!(fc.args[0].kind, a::ArgKind::Spread(_)) {
            return err(
                self.line,
                "Cannot use positional argument after argument unpacking",
            );
        }
        let argc = fc.args.len() as u32 + description.is_some() as u32;
        self.init_call_for(fc.name, argc)?;
        self.send_args(&fc.args)?;
        if let Some((text, named)) = description {
            let val = self.lit_str(&text);
            let name = named.then(|| self.lit_idx("description"));
            self.emit(Op::SendVal {
                val,
                name,
                var: false,
            });
        }
        self.emit(Op::DoCall { dst: Some(t) });
        let end = self.here();
        self.patch(guard, end);
        Ok(Some(Operand::tmp(t)))
    }

    /// Sends arguments; for `f(...)` creates the callable into `dst` and returns true.
    fn send_args_or_callable(&mut self, args: &[a::Arg], dst: Slot) -> R<bool> {
        if args.len() == 1 && matches!(args[0].kind, a::ArgKind::SpreadPlaceholder) {
            self.emit(Op::CallableFromPending { dst });
            return Ok(true);
        }
        self.send_args(args)?;
        Ok(false)
    }

    pub(super) fn send_args(&mut self, args: &[a::Arg]) -> R<()> {
        let saved_chain = std::mem::replace(&mut self.in_chain, false);
        let saved_jumps = std::mem::take(&mut self.nullsafe_jumps);
        let r = self.send_args_inner(args);
        self.in_chain = saved_chain;
        self.nullsafe_jumps = saved_jumps;
        r
    }

    fn send_args_inner(&mut self, args: &[a::Arg]) -> R<()> {
        for arg in args {
            let name = arg.name.as_ref().map(|n| {
                let s = n.to_string_repr().to_string();
                self.lit_idx(&s)
            });
            match &arg.kind {
                a::ArgKind::Value(v) | a::ArgKind::ByRef(v) => {
                    if is_lvalue(v) && !has_nullsafe(v) {
                        let p = self.lvalue(v)?;
                        self.emit(Op::SendPlace {
                            place: p,
                            cv: self.place_cv(p),
                            name,
                            mode: SendMode::VarEx,
                        });
                    } else {
                        let var = is_var_result(v);
                        let val = self.expr(v)?;
                        self.emit(Op::SendVal { val, name, var });
                    }
                }
                a::ArgKind::Spread(v) => {
                    let val = self.expr(v)?;
                    self.emit(Op::SendUnpack { val });
                }
                _ => {
                    return err(self.line, "Partial function application is not supported");
                }
            }
        }
        Ok(())
    }

    // ----- closures and match -----------------------------------------------------------------

    /// PHP's compile-time warning for `"\400"`-style octal escapes past `\377` in a
    /// double-quoted literal.
    fn octal_overflow_warnings(&mut self, span: php_ast::Span) {
        let src = self.ctx.src.as_bytes();
        let Some(raw) = src.get(span.start as usize..span.end as usize) else {
            return;
        };
        if raw.first() != Some(&b'"') {
            return;
        }
        let mut i = 1;
        while i + 1 < raw.len() {
            if raw[i] != b'\\' {
                i += 1;
                continue;
            }
            let digits = raw[i + 1..]
                .iter()
                .take(3)
                .take_while(|c| (b'0'..=b'7').contains(c))
                .count();
            if digits == 0 {
                i += 2;
                continue;
            }
            let text = &raw[i + 1..i + 1 + digits];
            let v = text.iter().fold(0u32, |a, c| a * 8 + u32::from(c - b'0'));
            if v > 0o377 {
                let line = self.line_of(span);
                self.ctx.deprecations.push((
                    line,
                    E_COMPILE_WARNING,
                    format!(
                        "Octal escape sequence overflow \\{} is greater than \\377",
                        String::from_utf8_lossy(text)
                    ),
                ));
            }
            i += 1 + digits;
        }
    }

    /// PHP 8.2's deprecation of `"${var}"` and `"${expr}"` interpolation, raised at compile
    /// time.
    fn dollar_brace_deprecation(&mut self, e: &a::Expr) {
        let src = self.ctx.src.as_bytes();
        let start = e.span.start as usize;
        let Some(rest) = src.get(start..) else {
            return;
        };
        let Some(inner) = rest.strip_prefix(b"${") else {
            return;
        };
        let ident = inner
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c >= 0x80)
            .count();
        let plain = ident > 0
            && !inner[0].is_ascii_digit()
            && matches!(inner.get(ident), Some(b'}') | Some(b'['));
        let msg = if plain {
            "Using ${var} in strings is deprecated, use {$var} instead"
        } else {
            "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"
        };
        let line = self.line_of(e.span);
        self.ctx
            .deprecations
            .push((line, E_DEPRECATED, msg.to_string()));
    }

    /// PHP 8.4's name for a closure: `{closure:WHERE:LINE}`, WHERE being the enclosing
    /// function (`f()`, `C::m()`), the enclosing closure's name, or the file at top level.
    fn closure_name(&self, span: php_ast::Span) -> String {
        let outer = if self.func_name.starts_with("{closure") {
            self.func_name.clone()
        } else if self.func_name.is_empty() {
            self.ctx.file.to_string()
        } else if let Some(c) = self.class_name.as_ref().filter(|_| self.in_class_method) {
            format!("{}::{}()", c, self.func_name)
        } else {
            format!("{}()", self.func_name)
        };
        format!("{{closure:{}:{}}}", outer, self.line_of(span))
    }

    fn closure(&mut self, c: &a::ClosureExpr, span: php_ast::Span) -> R<Operand> {
        let uses: Vec<(String, bool)> = c
            .use_vars
            .iter()
            .map(|u| {
                (
                    u.name.or_error().trim_start_matches('$').to_string(),
                    u.by_ref,
                )
            })
            .collect();
        let flags = if c.is_static { acc::STATIC } else { 0 };
        let f = self.compile_function(
            self.closure_name(span),
            self.class_name.clone(),
            &c.params,
            FnBody::Block(c.body),
            c.return_type.as_ref(),
            c.by_ref,
            flags,
            span,
            &uses,
            None,
        )?;
        self.children.push(f);
        let idx = (self.children.len() - 1) as u32;
        let captured: Vec<(Slot, bool)> = uses.iter().map(|(n, r)| (self.cv(n), *r)).collect();
        let t = self.tmp();
        self.emit(Op::MakeClosure {
            dst: t,
            func: idx,
            uses: captured.into(),
            is_static: c.is_static,
        });
        Ok(Operand::tmp(t))
    }

    fn arrow_fn(&mut self, af: &a::ArrowFunctionExpr, span: php_ast::Span) -> R<Operand> {
        // Arrow functions capture, by value, every variable of the enclosing scope they use.
        let mut names = Vec::new();
        collect_vars(af.body, &mut names);
        let params: Vec<String> = af
            .params
            .iter()
            .map(|p| p.name.or_error().trim_start_matches('$').to_string())
            .collect();
        let uses: Vec<(String, bool)> = names
            .into_iter()
            .filter(|n| n != "this" && !params.contains(n))
            .filter(|n| self.cv_map.contains_key(n))
            .map(|n| (n, false))
            .collect();
        let flags = if af.is_static { acc::STATIC } else { 0 };
        let f = self.compile_function(
            self.closure_name(span),
            self.class_name.clone(),
            &af.params,
            FnBody::Expr(af.body),
            af.return_type.as_ref(),
            af.by_ref,
            flags,
            span,
            &uses,
            None,
        )?;
        self.children.push(f);
        let idx = (self.children.len() - 1) as u32;
        let captured: Vec<(Slot, bool)> = uses.iter().map(|(n, _)| (self.cv(n), false)).collect();
        let t = self.tmp();
        self.emit(Op::MakeClosure {
            dst: t,
            func: idx,
            uses: captured.into(),
            is_static: af.is_static,
        });
        Ok(Operand::tmp(t))
    }

    fn match_expr(&mut self, m: &a::MatchExpr) -> R<Operand> {
        let subj = self.expr(m.subject)?;
        let s = self.pinned_tmp();
        self.emit_move(s, subj);
        let res = self.tmp();
        let mut ends = Vec::new();
        let mut default = None;
        for arm in m.arms.iter() {
            match &arm.conditions {
                None => default = Some(arm),
                Some(conds) => {
                    let mut hits = Vec::new();
                    for c in conds.iter() {
                        let v = self.expr(c)?;
                        let t = self.tmp();
                        self.emit(Op::CaseStrict {
                            dst: t,
                            a: Operand::cv(s),
                            b: v,
                        });
                        hits.push(self.emit(Op::JmpNz {
                            cond: Operand::tmp(t),
                            target: 0,
                        }));
                    }
                    let skip = self.emit(Op::Jmp { target: 0 });
                    let body = self.here();
                    for h in hits {
                        self.patch(h, body);
                    }
                    let v = self.expr(&arm.body)?;
                    self.emit_move(res, v);
                    ends.push(self.emit(Op::Jmp { target: 0 }));
                    let h = self.here();
                    self.patch(skip, h);
                }
            }
        }
        match default {
            Some(arm) => {
                let v = self.expr(&arm.body)?;
                self.emit_move(res, v);
            }
            None => {
                self.emit(Op::MatchError {
                    val: Operand::cv(s),
                });
            }
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.emit(Op::FreeTmp {
            slot: s,
            nogc: true,
        });
        Ok(Operand::tmp(res))
    }
}

/// Whether a member chain contains `?->` (it then cannot be written or passed by reference).
fn has_nullsafe(e: &a::Expr) -> bool {
    match &e.kind {
        ExprKind::NullsafePropertyAccess(_) | ExprKind::NullsafeMethodCall(_) => true,
        ExprKind::PropertyAccess(pa) => has_nullsafe(pa.object),
        ExprKind::ArrayAccess(aa) => has_nullsafe(aa.array),
        ExprKind::MethodCall(mc) => has_nullsafe(mc.object),
        _ => false,
    }
}

fn pin_class(f: &mut FnC, c: ClassRef) -> ClassRef {
    match c {
        ClassRef::Dynamic(v) if v.is_tmp() => {
            ClassRef::Dynamic(Operand::cv(v.as_slot().unwrap_or(0)))
        }
        ClassRef::Dynamic(v) => {
            let _ = f;
            ClassRef::Dynamic(v)
        }
        other => other,
    }
}

fn const_array(elems: &[a::ArrayElement], src: &str) -> Option<Zval> {
    super::const_elems(elems, src)
}

/// Variable names used in an expression (for arrow-function capture), not descending into
/// nested non-arrow closures.
fn collect_vars(e: &a::Expr, out: &mut Vec<String>) {
    use php_ast::visitor::{walk_expr, Visitor};
    use std::ops::ControlFlow;
    struct V<'o>(&'o mut Vec<String>);
    impl<'arena, 'src> Visitor<'arena, 'src> for V<'_> {
        type Break = ();
        fn visit_expr(&mut self, expr: &a::Expr<'arena, 'src>) -> ControlFlow<()> {
            match &expr.kind {
                ExprKind::Variable(n) => {
                    if !self.0.iter().any(|x| x == n.as_str()) {
                        self.0.push(n.to_string());
                    }
                    ControlFlow::Continue(())
                }
                ExprKind::Closure(c) => {
                    for u in c.use_vars.iter() {
                        let n = u.name.or_error().trim_start_matches('$').to_string();
                        if !self.0.contains(&n) {
                            self.0.push(n);
                        }
                    }
                    ControlFlow::Continue(())
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let _ = V(out).visit_expr(e);
}

/// A piece of a string being compiled into a rope.
enum RopePiece {
    /// Literal bytes.
    Lit(Vec<u8>),
    /// A value converted to string at run time.
    Val(Operand),
}

/// Whether a destructuring pattern binds any element by reference (at any depth).
pub(super) fn list_binds_refs(e: &a::Expr) -> bool {
    let ExprKind::Array(elems) = &e.kind else {
        return false;
    };
    elems.iter().any(|el| match &el.kind {
        a::ArrayElementKind::ByRef(_) => true,
        a::ArrayElementKind::Value(v) => list_binds_refs(v),
        _ => false,
    })
}

/// `a op b` on literal numbers when PHP's compiler folds it: the operators that cannot warn
/// or throw on these operands (no division or modulo by zero, no negative shift), with PHP's
/// overflow to float.
fn fold_numeric(op: BinOp, a: &Zval, b: &Zval) -> Option<Zval> {
    use BinOp as B;
    let num = |z: &Zval| matches!(z, Zval::Long(_) | Zval::Double(_));
    if !num(a) || !num(b) {
        return None;
    }
    let f = |z: &Zval| match z {
        Zval::Long(i) => *i as f64,
        Zval::Double(d) => *d,
        _ => 0.0,
    };
    Some(match (op, a, b) {
        (B::Add, Zval::Long(x), Zval::Long(y)) => x
            .checked_add(*y)
            .map_or(Zval::Double(*x as f64 + *y as f64), Zval::Long),
        (B::Sub, Zval::Long(x), Zval::Long(y)) => x
            .checked_sub(*y)
            .map_or(Zval::Double(*x as f64 - *y as f64), Zval::Long),
        (B::Mul, Zval::Long(x), Zval::Long(y)) => x
            .checked_mul(*y)
            .map_or(Zval::Double(*x as f64 * *y as f64), Zval::Long),
        (B::Add, ..) => Zval::Double(f(a) + f(b)),
        (B::Sub, ..) => Zval::Double(f(a) - f(b)),
        (B::Mul, ..) => Zval::Double(f(a) * f(b)),
        (B::Div, Zval::Long(x), Zval::Long(y)) if *y != 0 => {
            if *y == -1 && *x == i64::MIN {
                Zval::Double(-(*x as f64))
            } else if x % y == 0 {
                Zval::Long(x / y)
            } else {
                Zval::Double(*x as f64 / *y as f64)
            }
        }
        (B::Div, ..) if f(b) != 0.0 => Zval::Double(f(a) / f(b)),
        (B::Mod, Zval::Long(x), Zval::Long(y)) if *y != 0 => {
            Zval::Long(if *y == -1 { 0 } else { x % y })
        }
        (B::Pow, Zval::Long(x), Zval::Long(y)) if *y >= 0 => u32::try_from(*y)
            .ok()
            .and_then(|e| x.checked_pow(e))
            .map_or(Zval::Double((*x as f64).powf(*y as f64)), Zval::Long),
        // (Zero to a negative power is deprecated in 8.4: left to run time.)
        (B::Pow, ..) if !(f(a) == 0.0 && f(b) < 0.0) => Zval::Double(f(a).powf(f(b))),
        (B::BitAnd, Zval::Long(x), Zval::Long(y)) => Zval::Long(x & y),
        (B::BitOr, Zval::Long(x), Zval::Long(y)) => Zval::Long(x | y),
        (B::BitXor, Zval::Long(x), Zval::Long(y)) => Zval::Long(x ^ y),
        (B::Shl, Zval::Long(x), Zval::Long(y)) if *y >= 0 => Zval::Long(if *y >= 64 {
            0
        } else {
            x.wrapping_shl(*y as u32)
        }),
        (B::Shr, Zval::Long(x), Zval::Long(y)) if *y >= 0 => Zval::Long(if *y >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> y
        }),
        _ => return None,
    })
}
