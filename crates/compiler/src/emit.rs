//! AST → bytecode.
//!
//! One [`FnC`] per function body. Expressions compile to an [`Operand`] (a literal, a compiled
//! variable read in place, or a temporary holding the result); statements to instructions.
//! Temporaries are recycled at the end of each statement; the ones that must live across
//! statements (loop iterators, `switch` subjects, `finally` state) are pinned.

use crate::bytecode::*;
use crate::{source, CompileError, LineMap};
use memphis_values::object::acc;
use memphis_values::{Key, ZArr, ZStr, Zval};
use php_ast::ast::{self as a, ExprKind, StmtKind};
use std::collections::HashMap;
use std::rc::Rc;

type R<T> = Result<T, CompileError>;

/// Diagnostics PHP raises while compiling: (line, `E_*` level, message).
pub type Deprecations = Vec<(u32, i64, String)>;

/// `E_DEPRECATED`.
pub const E_DEPRECATED: i64 = 8192;
/// `E_COMPILE_WARNING` (shown as "Warning").
pub const E_COMPILE_WARNING: i64 = 128;

/// File-wide state: source, namespace, imports.
struct Ctx<'s> {
    src: &'s str,
    file: Rc<str>,
    lines: &'s LineMap,
    namespace: String,
    uses: HashMap<String, String>,
    fn_uses: HashMap<String, String>,
    const_uses: HashMap<String, String>,
    strict_types: bool,
    anon_count: u32,
    /// Start offsets of function declarations already hoisted to the top of the script.
    hoisted: std::collections::HashSet<u32>,
    /// Compile-time deprecations (line, message), raised when the file is loaded.
    deprecations: Deprecations,
}

struct LoopCtx {
    breaks: Vec<usize>,
    continues: Vec<usize>,
    /// Literals holding the jump target a `finally` resumes at: (literal, is_break).
    fin_targets: Vec<(u32, bool)>,
    /// Iterator to free when leaving the loop with break (foreach), and the switch marker.
    iter: Option<u32>,
    try_depth: usize,
}

struct TryCtx {
    fin_kind: Slot,
    fin_val: Slot,
    /// Jumps into this try's finally block to patch.
    finally_jumps: Vec<usize>,
    has_finally: bool,
    in_finally: bool,
}

/// Compiler state for one function body.
struct FnC<'c, 's> {
    ctx: &'c mut Ctx<'s>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    literals: Vec<Zval>,
    lit_strs: HashMap<Vec<u8>, u32>,
    lit_ints: HashMap<i64, u32>,
    places: Vec<Place>,
    slots: Vec<String>,
    cv_map: HashMap<String, u32>,
    free_tmps: Vec<Slot>,
    /// Temporaries PHP's compiler would have numbered (it never reuses one): sizes the frame.
    temps_made: u32,
    stmt_tmps: Vec<Vec<Slot>>,
    num_iters: u32,
    loops: Vec<LoopCtx>,
    tries: Vec<TryCtx>,
    try_regions: Vec<TryRegion>,
    line: u32,
    children: Vec<Rc<Function>>,
    classes: Vec<Rc<ClassDecl>>,
    is_generator: bool,
    num_statics: u32,
    class_name: Option<String>,
    func_name: String,
    uses_dynamic_vars: bool,
    in_class_method: bool,
    depth_block: u32,
    returns_ref: bool,
    has_ret_type: bool,
    /// The kinds of value the declared return type takes as they are (`plain_mask`).
    ret_mask: u16,
    /// Return checks counted as temporaries so far (see `verify_return`).
    verify_counted: u32,
    /// Compiling inside a member-access chain (`a->b?->c()->d`).
    in_chain: bool,
    /// Short-circuit jumps of `?->` in the current chain, to its null result.
    nullsafe_jumps: Vec<usize>,
    /// Early class bindings inserted at the top so far.
    early_classes: u32,
    /// `label:` positions, and `goto`s waiting for theirs.
    labels: HashMap<String, Target>,
    gotos: Vec<(usize, String, u32)>,
}

fn err<T>(line: u32, msg: impl Into<String>) -> R<T> {
    Err(CompileError {
        parse: false,
        message: msg.into(),
        line,
    })
}

/// Compiles a file's top level.
pub fn compile_program(
    p: &a::Program,
    src: &str,
    file: Rc<str>,
    lines: &LineMap,
) -> R<(Rc<Function>, Deprecations)> {
    let mut ctx = Ctx {
        src,
        file,
        lines,
        namespace: String::new(),
        uses: HashMap::new(),
        fn_uses: HashMap::new(),
        const_uses: HashMap::new(),
        strict_types: false,
        anon_count: 0,
        hoisted: Default::default(),
        deprecations: Vec::new(),
    };
    let mut f = FnC::new(&mut ctx, String::new(), None);
    f.line = 1;
    // Hoisting: unconditional top-level functions are declared before the script runs, and
    // classes are bound early when their parent already exists.
    f.hoist(&p.stmts)?;
    f.stmts(&p.stmts)?;
    let lit = f.lit(Zval::Long(1));
    f.emit(Op::Return { val: lit });
    f.check_gotos()?;
    let main = Rc::new(f.finish(Vec::new(), 0, None, false, 0, 1, u32::MAX));
    // PHP compiles in source order; hoisting here compiles some declarations first.
    let mut deprecations = std::mem::take(&mut ctx.deprecations);
    deprecations.sort_by_key(|d| d.0);
    Ok((main, deprecations))
}

impl<'c, 's> FnC<'c, 's> {
    fn new(ctx: &'c mut Ctx<'s>, name: String, class_name: Option<String>) -> FnC<'c, 's> {
        FnC {
            ctx,
            ops: Vec::new(),
            lines: Vec::new(),
            literals: Vec::new(),
            lit_strs: HashMap::new(),
            lit_ints: HashMap::new(),
            places: Vec::new(),
            slots: Vec::new(),
            cv_map: HashMap::new(),
            free_tmps: Vec::new(),
            temps_made: 0,
            stmt_tmps: vec![Vec::new()],
            num_iters: 0,
            loops: Vec::new(),
            tries: Vec::new(),
            try_regions: Vec::new(),
            line: 0,
            children: Vec::new(),
            classes: Vec::new(),
            is_generator: false,
            num_statics: 0,
            class_name,
            func_name: name,
            uses_dynamic_vars: false,
            in_class_method: false,
            depth_block: 0,
            returns_ref: false,
            has_ret_type: false,
            ret_mask: 0,
            verify_counted: 0,
            in_chain: false,
            nullsafe_jumps: Vec::new(),
            early_classes: 0,
            labels: HashMap::new(),
            gotos: Vec::new(),
        }
    }

    /// Every `goto` must name a label of the same function.
    fn check_gotos(&self) -> R<()> {
        for (_, name, line) in &self.gotos {
            if !self.labels.contains_key(name) {
                return err(*line, format!("'goto' to undefined label '{name}'"));
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        mut self,
        params: Vec<Param>,
        required: u32,
        ret_type: Option<TypeDecl>,
        by_ref: bool,
        flags: u32,
        line_start: u32,
        line_end: u32,
    ) -> Function {
        for (j, name, _) in std::mem::take(&mut self.gotos) {
            if let Some(&t) = self.labels.get(&name) {
                if let Op::Jmp { target } = &mut self.ops[j] {
                    *target = t;
                }
            }
        }
        let by_ref_params = params.iter().any(|p| p.by_ref);
        let plain_entry = flags & acc::ABSTRACT == 0
            && !self.is_generator
            && !params.last().is_some_and(|p| p.variadic);
        let recv_skip = self
            .ops
            .iter()
            .zip(&params)
            .enumerate()
            .take_while(|(i, (op, p))| {
                matches!(op, Op::Recv { n } if *n as usize == *i)
                    && p.ty.is_none()
                    && !p.by_ref
                    && !p.variadic
            })
            .count() as u32;
        let (mut sops, sites) = crate::bytecode::scalar_form(&self.ops, &self.literals);
        let ret_accepts = ret_type.as_ref().map_or(u16::MAX, TypeDecl::plain_mask);
        crate::bytecode::typed_forms(&self.ops, &mut sops, &params, ret_accepts);
        let scalar_body = plain_entry
            && !by_ref_params
            && !by_ref
            && crate::bytecode::scalar_body(&self.ops, &sops, &sites, recv_skip as usize);
        Function {
            sops,
            sites,
            scalar_body,
            name: self.func_name,
            class_name: self.class_name,
            ops: self.ops,
            lines: self.lines,
            literals: self.literals,
            places: self.places,
            stack_slots: self.slots.iter().filter(|n| !n.is_empty()).count() as u32
                + self.temps_made
                + self.num_iters,
            cv_names: self.slots,
            num_iters: self.num_iters,
            params,
            required,
            ret_accepts,
            ret_class_hit: Default::default(),
            ret_type,
            by_ref,
            by_ref_params,
            plain_entry,
            recv_skip,
            is_generator: self.is_generator,
            is_static: flags & acc::STATIC != 0,
            flags,
            try_regions: self.try_regions,
            statics: std::cell::RefCell::new(vec![None; self.num_statics as usize]),
            file: self.ctx.file.clone(),
            line_start,
            line_end,
            uses_dynamic_vars: self.uses_dynamic_vars,
            num_uses: 0,
            doc: None,
            strict_types: self.ctx.strict_types,
            namespace: self.ctx.namespace.clone(),
            children: self.children,
            classes: self.classes,
            runtime: Default::default(),
        }
    }

    // ----- emission helpers -------------------------------------------------------------------

    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.lines.push(self.line);
        self.ops.len() - 1
    }

    fn here(&self) -> Target {
        self.ops.len() as Target
    }

    fn patch(&mut self, at: usize, target: Target) {
        match &mut self.ops[at] {
            Op::Jmp { target: t }
            | Op::JmpZ { target: t, .. }
            | Op::JmpNz { target: t, .. }
            | Op::JmpSet { target: t, .. }
            | Op::CoalescePlace { target: t, .. }
            | Op::JmpNull { target: t, .. }
            | Op::AssertCheck { target: t, .. }
            | Op::FeReset { end: t, .. }
            | Op::FeResetRef { end: t, .. }
            | Op::FeFetch { end: t, .. }
            | Op::RecvInit { skip: t, .. }
            | Op::StaticInit { done: t, .. }
            | Op::CoalesceAssignCheck { done: t, .. }
            | Op::Catch { next: t, .. } => *t = target,
            Op::InitMethodCall {
                nullsafe: Some((_, t)),
                ..
            } => *t = target,
            _ => {}
        }
    }

    fn line_of(&self, span: php_ast::Span) -> u32 {
        self.ctx.lines.line(span.start)
    }

    fn lit(&mut self, v: Zval) -> Operand {
        match &v {
            Zval::Str(s) => {
                if let Some(&i) = self.lit_strs.get(s.as_bytes()) {
                    return Operand::lit(i);
                }
                let i = self.literals.len() as u32;
                self.lit_strs.insert(s.as_bytes().to_vec(), i);
                self.literals.push(v);
                Operand::lit(i)
            }
            Zval::Long(n) => {
                if let Some(&i) = self.lit_ints.get(n) {
                    return Operand::lit(i);
                }
                let i = self.literals.len() as u32;
                self.lit_ints.insert(*n, i);
                self.literals.push(v);
                Operand::lit(i)
            }
            _ => {
                let i = self.literals.len() as u32;
                self.literals.push(v);
                Operand::lit(i)
            }
        }
    }

    fn lit_str(&mut self, s: &[u8]) -> Operand {
        let z = ZStr::interned(s);
        self.lit(Zval::Str(z))
    }

    fn lit_idx(&mut self, s: &str) -> u32 {
        self.lit_str(s.as_bytes()).as_lit().unwrap_or(0)
    }

    fn cv(&mut self, name: &str) -> Slot {
        if let Some(&s) = self.cv_map.get(name) {
            return s;
        }
        let s = self.slots.len() as Slot;
        self.slots.push(name.to_string());
        self.cv_map.insert(name.to_string(), s);
        s
    }

    fn tmp(&mut self) -> Slot {
        self.temps_made += 1;
        let s = match self.free_tmps.pop() {
            Some(s) => s,
            None => {
                let s = self.slots.len() as Slot;
                self.slots.push(String::new());
                s
            }
        };
        if let Some(l) = self.stmt_tmps.last_mut() {
            l.push(s);
        }
        s
    }

    /// A temporary that lives until the enclosing statement ends (not recycled by nested ones).
    fn pinned_tmp(&mut self) -> Slot {
        self.temps_made += 1;
        let s = self.slots.len() as Slot;
        self.slots.push(String::new());
        s
    }

    /// The compiled variable place `p` is, if it is one without dimensions (else `NO_CV`).
    fn place_cv(&self, p: u32) -> u32 {
        match &self.places[p as usize] {
            Place {
                base: PlaceBase::Cv(cv),
                elems,
            } if elems.is_empty() => *cv,
            _ => crate::bytecode::NO_CV,
        }
    }

    /// The value a `return` gives (`null` for a bare one), checked against the declared
    /// return type when there is one.
    fn return_value(&mut self, e: Option<&a::Expr>) -> R<Operand> {
        let v = match e {
            Some(ex) => self.expr(ex)?,
            None => self.lit(Zval::Null),
        };
        Ok(if self.has_ret_type {
            self.verify_return(v)
        } else {
            v
        })
    }

    /// The check of returned value `v` against the declared return type, into a temporary.
    /// PHP checks a temporary or variable in place and gives a literal a temporary of its own
    /// only when its type needs the check (none at all for falling off the end), so only
    /// then is the temporary counted: frame sizes, and `memory_get_usage()`, are PHP's.
    fn verify_return(&mut self, v: Operand) -> Operand {
        let t = self.tmp();
        self.emit(Op::VerifyReturn { val: v, dst: t });
        let counted = match v.as_lit().and_then(|l| self.literals.get(l as usize)) {
            Some(Zval::Undef) | None => false,
            Some(z) => z.kind_bit() & self.ret_mask == 0,
        };
        if counted {
            self.verify_counted += 1;
        } else {
            self.temps_made -= 1;
        }
        Operand::tmp(t)
    }

    fn place(&mut self, base: PlaceBase, elems: Vec<PlaceElem>) -> u32 {
        self.places.push(Place { base, elems });
        (self.places.len() - 1) as u32
    }

    fn begin_stmt(&mut self) {
        self.stmt_tmps.push(Vec::new());
    }

    fn end_stmt(&mut self) {
        if let Some(l) = self.stmt_tmps.pop() {
            self.free_tmps.extend(l);
        }
    }

    // ----- names ------------------------------------------------------------------------------

    fn resolve_class_name(&self, name: &a::Name) -> String {
        let raw = name.to_string_repr();
        self.resolve_class_str(&raw, name.kind())
    }

    fn resolve_class_str(&self, raw: &str, kind: a::NameKind) -> String {
        if let Some(stripped) = raw.strip_prefix('\\') {
            return stripped.to_string();
        }
        let lower = raw.to_ascii_lowercase();
        if matches!(lower.as_str(), "self" | "parent" | "static") {
            return raw.to_string();
        }
        if kind == a::NameKind::Relative {
            let rest = raw.trim_start_matches("namespace\\");
            return self.ns_join(rest);
        }
        let (first, rest) = match raw.split_once('\\') {
            Some((f, r)) => (f, Some(r)),
            None => (raw, None),
        };
        if let Some(full) = self.ctx.uses.get(&first.to_ascii_lowercase()) {
            return match rest {
                Some(r) => format!("{full}\\{r}"),
                None => full.clone(),
            };
        }
        if is_builtin_type(&lower) && rest.is_none() {
            return raw.to_string();
        }
        self.ns_join(raw)
    }

    fn ns_join(&self, n: &str) -> String {
        if self.ctx.namespace.is_empty() {
            n.to_string()
        } else {
            format!("{}\\{}", self.ctx.namespace, n)
        }
    }

    /// Resolves a function or constant name: (name to try, fallback global name).
    fn resolve_fn_name(&self, name: &a::Name, is_const: bool) -> (String, Option<String>) {
        let raw = name.to_string_repr();
        if let Some(s) = raw.strip_prefix('\\') {
            return (s.to_string(), None);
        }
        if name.kind() == a::NameKind::Relative {
            return (self.ns_join(raw.trim_start_matches("namespace\\")), None);
        }
        if raw.contains('\\') {
            let (first, rest) = raw.split_once('\\').unwrap_or((&raw, ""));
            if let Some(full) = self.ctx.uses.get(&first.to_ascii_lowercase()) {
                return (format!("{full}\\{rest}"), None);
            }
            return (self.ns_join(&raw), None);
        }
        let map = if is_const {
            &self.ctx.const_uses
        } else {
            &self.ctx.fn_uses
        };
        let key = if is_const {
            raw.to_string()
        } else {
            raw.to_ascii_lowercase()
        };
        if let Some(full) = map.get(&key) {
            return (full.clone(), None);
        }
        if self.ctx.namespace.is_empty() {
            (raw.to_string(), None)
        } else {
            (self.ns_join(&raw), Some(raw.to_string()))
        }
    }

    fn class_ref(&mut self, e: &a::Expr) -> R<ClassRef> {
        match &e.kind {
            ExprKind::Name(n) => Ok(self.class_ref_name(&n.to_string_repr(), n.kind())),
            ExprKind::Identifier(n) => Ok(self.class_ref_name(n, a::NameKind::Unqualified)),
            _ => {
                let v = self.expr(e)?;
                Ok(ClassRef::Dynamic(v))
            }
        }
    }

    fn class_ref_name(&mut self, raw: &str, kind: a::NameKind) -> ClassRef {
        match raw.to_ascii_lowercase().as_str() {
            "self" => ClassRef::SelfRef,
            "parent" => ClassRef::Parent,
            "static" => ClassRef::Static,
            _ => {
                let full = self.resolve_class_str(raw, kind);
                ClassRef::Named(self.lit_idx(&full))
            }
        }
    }

    // ----- statements -------------------------------------------------------------------------

    fn hoist(&mut self, stmts: &[a::Stmt]) -> R<()> {
        for s in stmts {
            match &s.kind {
                StmtKind::Function(fd) => {
                    self.line = self.line_of(s.span);
                    let n = self.function_decl(fd, s.span)?;
                    self.emit(Op::DeclareFunction { n });
                    self.ctx.hoisted.insert(s.span.start);
                }
                StmtKind::Namespace(ns) => {
                    if let a::NamespaceBody::Braced(b) = &ns.body {
                        let saved = std::mem::take(&mut self.ctx.namespace);
                        self.ctx.namespace = ns
                            .name
                            .as_ref()
                            .map(|n| n.join_parts().to_string())
                            .unwrap_or_default();
                        self.hoist(&b.stmts)?;
                        self.ctx.namespace = saved;
                    } else {
                        // Simple namespace statements apply to what follows; handled in order.
                        return Ok(());
                    }
                }
                StmtKind::Declare(d) => {
                    for (k, v) in d.directives.iter() {
                        if k.eq_ignore_ascii_case("strict_types") {
                            self.ctx.strict_types = matches!(v.kind, ExprKind::Int(1));
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn stmts(&mut self, stmts: &[a::Stmt]) -> R<()> {
        // Early class binding for classes in this statement list.
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn block_or_stmt(&mut self, s: &a::Stmt) -> R<()> {
        self.stmt(s)
    }

    fn stmt(&mut self, s: &a::Stmt) -> R<()> {
        self.line = self.line_of(s.span);
        self.begin_stmt();
        let r = self.stmt_inner(s);
        self.end_stmt();
        r
    }

    fn stmt_inner(&mut self, s: &a::Stmt) -> R<()> {
        match &s.kind {
            StmtKind::Expression(e) => {
                let v = self.expr_discard(e)?;
                if let Some(v) = v {
                    if v.is_tmp() {
                        let slot = v.as_slot().unwrap_or(0);
                        self.emit(Op::FreeTmp { slot, nogc: false });
                    }
                }
            }
            StmtKind::Echo(es) => {
                for e in es.iter() {
                    let v = self.expr(e)?;
                    self.emit(Op::Echo { val: v });
                }
            }
            StmtKind::InlineHtml(h) => {
                let v = self.lit_str(&source::restore(h.as_bytes()));
                self.emit(Op::Echo { val: v });
            }
            StmtKind::Return(e) => self.return_stmt(*e, s.span)?,
            StmtKind::Block(b) => self.stmts(&b.stmts)?,
            StmtKind::If(i) => self.if_stmt(i)?,
            StmtKind::While(w) => {
                // The condition goes after the body, as PHP lays loops out: one jump per
                // iteration instead of two.
                let to_cond = self.emit(Op::Jmp { target: 0 });
                let top = self.here();
                self.push_loop(None);
                self.block_or_stmt(w.body)?;
                let cond_at = self.here();
                self.patch(to_cond, cond_at);
                self.line = self.line_of(w.condition.span);
                for j in self.branch(&w.condition, true)? {
                    self.patch(j, top);
                }
                let end = self.here();
                self.pop_loop(end, cond_at);
            }
            StmtKind::DoWhile(d) => {
                let top = self.here();
                self.push_loop(None);
                self.block_or_stmt(d.body)?;
                let cont = self.here();
                self.line = self.line_of(d.condition.span);
                for j in self.branch(&d.condition, true)? {
                    self.patch(j, top);
                }
                let end = self.here();
                self.pop_loop(end, cont);
            }
            StmtKind::For(f) => {
                for e in f.init.iter() {
                    if let Some(v) = self.expr_discard(e)? {
                        if v.is_tmp() {
                            self.emit(Op::FreeTmp {
                                nogc: false,
                                slot: v.as_slot().unwrap_or(0),
                            });
                        }
                    }
                }
                // Body first, then the updates, then the condition jumping back (PHP's layout:
                // one jump per iteration).
                let to_cond = self.emit(Op::Jmp { target: 0 });
                let top = self.here();
                self.push_loop(None);
                self.block_or_stmt(f.body)?;
                let cont = self.here();
                for e in f.update.iter() {
                    self.begin_stmt();
                    self.line = self.line_of(e.span);
                    if let Some(v) = self.expr_discard(e)? {
                        if v.is_tmp() {
                            self.emit(Op::FreeTmp {
                                nogc: false,
                                slot: v.as_slot().unwrap_or(0),
                            });
                        }
                    }
                    self.end_stmt();
                }
                let cond_at = self.here();
                self.patch(to_cond, cond_at);
                let n = f.condition.len();
                for (i, e) in f.condition.iter().enumerate() {
                    self.line = self.line_of(e.span);
                    if i + 1 == n {
                        for j in self.branch(e, true)? {
                            self.patch(j, top);
                        }
                    } else {
                        self.expr_discard(e)?;
                    }
                }
                if n == 0 {
                    self.emit(Op::Jmp { target: top });
                }
                let end = self.here();
                self.pop_loop(end, cont);
            }
            StmtKind::Foreach(f) => self.foreach(f)?,
            StmtKind::Switch(sw) => self.switch(sw)?,
            StmtKind::Break(e) => self.break_continue(*e, true, s.span)?,
            StmtKind::Continue(e) => self.break_continue(*e, false, s.span)?,
            StmtKind::Function(fd) => {
                // Hoisted at top level; nested declarations happen when executed.
                if !self.ctx.hoisted.contains(&s.span.start) {
                    let n = self.function_decl(fd, s.span)?;
                    self.emit(Op::DeclareFunction { n });
                }
            }
            StmtKind::Class(c) => {
                let n = self.class_decl(c, s.span, 0)?;
                self.emit_declare_class(n);
            }
            StmtKind::Interface(i) => {
                let n = self.interface_decl(i, s.span)?;
                self.emit_declare_class(n);
            }
            StmtKind::Trait(t) => {
                let n = self.trait_decl(t, s.span)?;
                self.emit_declare_class(n);
            }
            StmtKind::Enum(e) => {
                let n = self.enum_decl(e, s.span)?;
                self.emit_declare_class(n);
            }
            StmtKind::Unset(es) => {
                for e in es.iter() {
                    let p = self.lvalue(e)?;
                    self.emit(Op::Unset { place: p });
                }
            }
            StmtKind::Throw(e) => {
                let v = self.expr(e)?;
                self.emit(Op::Throw { val: v });
            }
            StmtKind::TryCatch(t) => self.try_stmt(t)?,
            StmtKind::Global(es) => {
                for e in es.iter() {
                    match &e.kind {
                        ExprKind::Variable(n) => {
                            let cv = self.cv(n);
                            let name = self.lit_idx(n);
                            self.emit(Op::BindGlobal { cv, name });
                        }
                        _ => {
                            return err(
                                self.line,
                                "global with a variable variable is not supported",
                            )
                        }
                    }
                }
            }
            StmtKind::StaticVar(vars) => {
                for v in vars.iter() {
                    let name = v.name.or_error();
                    let cv = self.cv(name);
                    let idx = self.num_statics;
                    self.num_statics += 1;
                    let j = self.emit(Op::StaticInit { cv, idx, done: 0 });
                    let val = match &v.default {
                        Some(d) => self.expr(d)?,
                        None => self.lit(Zval::Null),
                    };
                    self.emit(Op::StaticSet { cv, idx, val });
                    let h = self.here();
                    self.patch(j, h);
                }
            }
            StmtKind::Namespace(ns) => {
                let name = ns
                    .name
                    .as_ref()
                    .map(|n| n.join_parts().to_string())
                    .unwrap_or_default();
                match &ns.body {
                    a::NamespaceBody::Braced(b) => {
                        let saved = std::mem::replace(&mut self.ctx.namespace, name);
                        let saved_uses = std::mem::take(&mut self.ctx.uses);
                        self.stmts(&b.stmts)?;
                        self.ctx.namespace = saved;
                        self.ctx.uses = saved_uses;
                    }
                    _ => {
                        self.ctx.namespace = name;
                        self.ctx.uses.clear();
                        self.ctx.fn_uses.clear();
                        self.ctx.const_uses.clear();
                    }
                }
            }
            StmtKind::Use(u) => {
                for item in u.uses.iter() {
                    let full = item.name.join_parts().to_string();
                    let full = full.trim_start_matches('\\').to_string();
                    let alias = match &item.alias {
                        Some(a) => a.or_error().to_string(),
                        None => full.rsplit('\\').next().unwrap_or(&full).to_string(),
                    };
                    let kind = item.kind.unwrap_or(u.kind);
                    match kind {
                        a::UseKind::Normal => {
                            self.ctx.uses.insert(alias.to_ascii_lowercase(), full);
                        }
                        a::UseKind::Function => {
                            self.ctx.fn_uses.insert(alias.to_ascii_lowercase(), full);
                        }
                        _ => {
                            self.ctx.const_uses.insert(alias, full);
                        }
                    }
                }
            }
            StmtKind::Const(items) => {
                for c in items.iter() {
                    let name = self.ns_join(c.name.or_error());
                    let v = self.expr(&c.value)?;
                    let n = self.lit_idx(&name);
                    self.emit(Op::DeclareConst { name: n, val: v });
                }
            }
            StmtKind::Declare(d) => {
                for (k, v) in d.directives.iter() {
                    if k.eq_ignore_ascii_case("strict_types") {
                        self.ctx.strict_types = matches!(v.kind, ExprKind::Int(1));
                    }
                }
                if let Some(b) = d.body {
                    self.block_or_stmt(b)?;
                }
            }
            StmtKind::HaltCompiler(_) => {
                let v = self.lit(Zval::Long(1));
                self.emit(Op::Exit { val: Some(v) });
                // `exit` with status from the literal would set 1; use a plain return instead.
                self.ops.pop();
                self.lines.pop();
                let v = self.lit(Zval::Long(1));
                self.emit(Op::Return { val: v });
            }
            StmtKind::Nop => {}
            StmtKind::Label(l) => {
                let name = l.or_error().to_string();
                if self.labels.contains_key(&name) {
                    return err(self.line, format!("Label '{name}' already defined"));
                }
                let h = self.here();
                self.labels.insert(name, h);
            }
            StmtKind::Goto(l) => {
                let j = self.emit(Op::Jmp { target: 0 });
                self.gotos.push((j, l.or_error().to_string(), self.line));
            }
            StmtKind::Error => return err(self.line, "syntax error"),
            _ => return err(self.line, "unsupported statement"),
        }
        Ok(())
    }

    fn emit_declare_class(&mut self, n: u32) {
        let early = self.func_name.is_empty()
            && self.class_name.is_none()
            && self.loops.is_empty()
            && self.tries.is_empty()
            && self.depth_block == 0;
        if early {
            // Bind early at the start of the script when possible (in declaration order); keep
            // the runtime declaration.
            let at = self.early_classes;
            self.early_classes += 1;
            self.ops
                .insert(at as usize, Op::DeclareClass { n, early: true });
            self.lines.insert(at as usize, self.line);
            self.shift_targets(at);
        }
        self.emit(Op::DeclareClass { n, early: false });
    }

    /// After inserting an instruction at `at`, moves every jump target ≥ `at` one forward.
    fn shift_targets(&mut self, at: u32) {
        let bump = |t: &mut Target| {
            if *t >= at {
                *t += 1;
            }
        };
        for op in self.ops.iter_mut() {
            match op {
                Op::Jmp { target }
                | Op::JmpZ { target, .. }
                | Op::JmpNz { target, .. }
                | Op::JmpSet { target, .. }
                | Op::JmpNull { target, .. }
                | Op::AssertCheck { target, .. }
                | Op::CoalescePlace { target, .. } => bump(target),
                Op::FeReset { end, .. } | Op::FeResetRef { end, .. } | Op::FeFetch { end, .. } => {
                    bump(end)
                }
                Op::RecvInit { skip, .. } => bump(skip),
                Op::StaticInit { done, .. } | Op::CoalesceAssignCheck { done, .. } => bump(done),
                Op::Catch { next, .. } => bump(next),
                Op::InitMethodCall {
                    nullsafe: Some((_, t)),
                    ..
                } => bump(t),
                _ => {}
            }
        }
        for r in self.try_regions.iter_mut() {
            bump(&mut r.start);
            bump(&mut r.end);
            if let Some(c) = &mut r.catch {
                bump(c);
            }
            if let Some(f) = &mut r.finally {
                bump(f);
            }
            bump(&mut r.finally_end);
        }
        for l in self.loops.iter_mut() {
            for b in l.breaks.iter_mut().chain(l.continues.iter_mut()) {
                if *b as u32 >= at {
                    *b += 1;
                }
            }
        }
        for t in self.tries.iter_mut() {
            for b in t.finally_jumps.iter_mut() {
                if *b as u32 >= at {
                    *b += 1;
                }
            }
        }
    }

    fn if_stmt(&mut self, i: &a::IfStmt) -> R<()> {
        let jz = self.branch(&i.condition, false)?;
        self.depth_block += 1;
        self.block_or_stmt(i.then_branch)?;
        // A branch jumps over the rest only when a rest follows.
        let n = i.elseif_branches.len();
        let more = |k: usize| k < n || i.else_branch.is_some();
        let mut ends = Vec::new();
        if more(0) {
            ends.push(self.emit(Op::Jmp { target: 0 }));
        }
        let mut next = jz;
        for (k, ei) in i.elseif_branches.iter().enumerate() {
            let h = self.here();
            for j in next {
                self.patch(j, h);
            }
            self.line = self.line_of(ei.span);
            next = self.branch(&ei.condition, false)?;
            self.block_or_stmt(&ei.body)?;
            if more(k + 1) {
                ends.push(self.emit(Op::Jmp { target: 0 }));
            }
        }
        let h = self.here();
        for j in next {
            self.patch(j, h);
        }
        if let Some(e) = i.else_branch {
            self.block_or_stmt(e)?;
        }
        self.depth_block -= 1;
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        Ok(())
    }

    fn push_loop(&mut self, iter: Option<u32>) {
        self.depth_block += 1;
        self.loops.push(LoopCtx {
            breaks: Vec::new(),
            continues: Vec::new(),
            fin_targets: Vec::new(),
            iter,
            try_depth: self.tries.len(),
        });
    }

    fn pop_loop(&mut self, brk: Target, cont: Target) {
        self.depth_block -= 1;
        if let Some(l) = self.loops.pop() {
            for b in l.breaks {
                self.patch(b, brk);
            }
            for c in l.continues {
                self.patch(c, cont);
            }
            for (lit, is_break) in l.fin_targets {
                self.literals[lit as usize] = Zval::Long(if is_break { brk } else { cont } as i64);
            }
        }
    }

    fn break_continue(
        &mut self,
        e: Option<&a::Expr>,
        is_break: bool,
        span: php_ast::Span,
    ) -> R<()> {
        let line = self.line_of(span);
        let n = match e {
            None => 1,
            Some(a::Expr {
                kind: ExprKind::Int(n),
                ..
            }) if *n >= 1 => *n as usize,
            Some(_) => {
                return err(
                    line,
                    format!(
                        "'{}' operator accepts only positive integers",
                        if is_break { "break" } else { "continue" }
                    ),
                )
            }
        };
        if self.loops.is_empty() {
            return err(
                line,
                format!(
                    "'{}' not in the 'loop' or 'switch' context",
                    if is_break { "break" } else { "continue" }
                ),
            );
        }
        if n > self.loops.len() {
            return err(
                line,
                format!(
                    "Cannot '{}' {} level{}",
                    if is_break { "break" } else { "continue" },
                    n,
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
        let depth = self.loops.len() - n;
        // Free iterators of the loops we leave (a continue keeps the target loop's own).
        let frees: Vec<u32> = self.loops[depth..]
            .iter()
            .enumerate()
            .filter(|(i, _)| is_break || *i > 0)
            .filter_map(|(_, l)| l.iter)
            .filter(|&it| it != u32::MAX)
            .collect();
        for it in frees {
            self.emit(Op::FeFree { iter: it });
        }
        // Leaving a try that has a finally: run the finally, which then jumps to the target.
        let try_depth = self.loops[depth].try_depth;
        if let Some(idx) = (try_depth..self.tries.len())
            .rev()
            .find(|&i| self.tries[i].has_finally && !self.tries[i].in_finally)
        {
            let (k, v) = (self.tries[idx].fin_kind, self.tries[idx].fin_val);
            let one = self.lit(Zval::Long(1));
            self.emit(Op::Copy { dst: k, src: one });
            let lit = self.literals.len() as u32;
            self.literals.push(Zval::Long(0));
            self.emit(Op::Copy {
                dst: v,
                src: Operand::lit(lit),
            });
            let j = self.emit(Op::Jmp { target: 0 });
            self.tries[idx].finally_jumps.push(j);
            self.loops[depth].fin_targets.push((lit, is_break));
            return Ok(());
        }
        let j = self.emit(Op::Jmp { target: 0 });
        let lp = &mut self.loops[depth];
        if is_break {
            lp.breaks.push(j);
        } else {
            lp.continues.push(j);
        }
        Ok(())
    }

    fn foreach(&mut self, f: &a::ForeachStmt) -> R<()> {
        let iter = self.num_iters;
        self.num_iters += 1;
        // A list pattern binding references iterates by reference, like `&$v`.
        let list_refs = expr::list_binds_refs(&f.value);
        let by_ref = f.by_ref || (list_refs && is_lvalue(&f.expr));
        let reset = if by_ref {
            let p = self.lvalue(&f.expr)?;
            self.emit(Op::FeResetRef {
                iter,
                place: p,
                end: 0,
            })
        } else {
            let v = self.expr(&f.expr)?;
            self.emit(Op::FeReset {
                iter,
                val: v,
                end: 0,
            })
        };
        let top = self.here();
        let val_tmp = self.pinned_tmp();
        let key_tmp = if f.key.is_some() {
            Some(self.pinned_tmp())
        } else {
            None
        };
        let fetch = self.emit(Op::FeFetch {
            iter,
            val: val_tmp,
            key: key_tmp,
            end: 0,
        });
        // PHP assigns the value target first, then the key target.
        if by_ref && list_refs {
            self.destructure(&f.value, val_tmp)?;
        } else if by_ref {
            let p = self.lvalue(&f.value)?;
            self.emit(Op::AssignRef {
                place: p,
                src: val_tmp,
            });
        } else {
            self.assign_to(&f.value, Operand::tmp(val_tmp))?;
        }
        if let (Some(k), Some(kt)) = (&f.key, key_tmp) {
            self.assign_to(k, Operand::tmp(kt))?;
        }
        self.push_loop(Some(iter));
        self.block_or_stmt(f.body)?;
        self.emit(Op::Jmp { target: top });
        let end = self.here();
        self.emit(Op::FeFree { iter });
        if by_ref && list_refs {
            // The element's working reference goes with the loop.
            self.emit(Op::FreeTmp {
                slot: val_tmp,
                nogc: false,
            });
        }
        self.patch(reset, end);
        self.patch(fetch, end);
        self.pop_loop(end, top);
        Ok(())
    }

    fn switch(&mut self, sw: &a::SwitchStmt) -> R<()> {
        let subj = self.expr(&sw.expr)?;
        let s = self.pinned_tmp();
        match subj.as_slot() {
            Some(x) if subj.is_tmp() => {
                self.emit(Op::Move { dst: s, src: x });
            }
            _ => {
                self.emit(Op::Copy { dst: s, src: subj });
            }
        }
        let mut case_jumps = Vec::new();
        let mut default = None;
        for (i, c) in sw.body.cases.iter().enumerate() {
            match &c.value {
                Some(v) => {
                    self.line = self.line_of(c.span);
                    let val = self.expr(v)?;
                    let t = self.tmp();
                    self.emit(Op::Case {
                        dst: t,
                        a: Operand::cv(s),
                        b: val,
                    });
                    let j = self.emit(Op::JmpNz {
                        cond: Operand::tmp(t),
                        target: 0,
                    });
                    case_jumps.push((i, j));
                }
                None => default = Some(i),
            }
        }
        let to_default = self.emit(Op::Jmp { target: 0 });
        self.push_loop(None);
        let mut starts = Vec::new();
        for c in sw.body.cases.iter() {
            starts.push(self.here());
            self.stmts(&c.body)?;
        }
        let end = self.here();
        for (i, j) in case_jumps {
            self.patch(j, starts[i]);
        }
        self.patch(to_default, default.map_or(end, |d| starts[d]));
        self.pop_loop(end, end);
        self.emit(Op::FreeTmp {
            slot: s,
            nogc: true,
        });
        Ok(())
    }

    fn return_stmt(&mut self, e: Option<&a::Expr>, _span: php_ast::Span) -> R<()> {
        let by_ref = self.returns_ref;
        if by_ref {
            if let Some(ex) = e.filter(|ex| is_lvalue(ex)) {
                let p = self.lvalue(ex)?;
                self.emit(Op::ReturnRef { place: p });
                return Ok(());
            }
        }
        if by_ref && !self.is_generator {
            // Any other value (a bare `return;` too) is returned from a temporary made a
            // reference: a call's result that is one already as it is, anything else with
            // PHP's notice (`ZEND_RETURN_BY_REF` on a TMP, CONST or non-reference VAR).
            let v = self.return_value(e)?;
            let t = self.tmp_of(v);
            let p = self.place(PlaceBase::Tmp(t), vec![]);
            self.emit(Op::ReturnRef { place: p });
            return Ok(());
        }
        // `return c ? a : b;` returns from each branch (no result temporary moved and jumped
        // over to one `return`): the same evaluation, two instructions fewer.
        // (A function returning by reference returns a ternary by value, with PHP's notice.)
        if let (Some(ex), false) = (e, by_ref) {
            let mut inner = ex;
            while let ExprKind::Parenthesized(x) = &inner.kind {
                inner = x;
            }
            if let ExprKind::Ternary(t) = &inner.kind {
                if let Some(then) = t.then_expr {
                    // (PHP's frame has the ternary's result temporary, which it checks in
                    // place: checks the branches counted are taken back.)
                    self.temps_made += 1;
                    let counted = self.verify_counted;
                    let line = self.line;
                    let jz = self.branch(t.condition, false)?;
                    self.return_stmt(Some(then), _span)?;
                    let h = self.here();
                    for j in jz {
                        self.patch(j, h);
                    }
                    self.line = line;
                    self.return_stmt(Some(t.else_expr), _span)?;
                    self.temps_made -= self.verify_counted - counted;
                    self.verify_counted = counted;
                    return Ok(());
                }
            }
        }
        let v = self.return_value(e)?;
        // Inside try/finally: go through the finally blocks.
        if let Some(idx) = (0..self.tries.len())
            .rev()
            .find(|&i| self.tries[i].has_finally && !self.tries[i].in_finally)
        {
            let (k, val) = (self.tries[idx].fin_kind, self.tries[idx].fin_val);
            match v.as_slot() {
                Some(x) if v.is_tmp() => {
                    self.emit(Op::Move { dst: val, src: x });
                }
                _ => {
                    self.emit(Op::Copy { dst: val, src: v });
                }
            }
            let two = self.lit(Zval::Long(2));
            self.emit(Op::Copy { dst: k, src: two });
            let j = self.emit(Op::Jmp { target: 0 });
            self.tries[idx].finally_jumps.push(j);
            return Ok(());
        }
        self.emit(Op::Return { val: v });
        Ok(())
    }

    fn try_stmt(&mut self, t: &a::TryCatchStmt) -> R<()> {
        let has_finally = t.finally.is_some();
        let fin_kind = self.pinned_tmp();
        let fin_val = self.pinned_tmp();
        let live_tmps = (0..self.slots.len() as Slot)
            .filter(|&s| self.slots[s as usize].is_empty() && !self.free_tmps.contains(&s))
            .collect();
        let region_idx = self.try_regions.len();
        self.try_regions.push(TryRegion {
            start: 0,
            end: 0,
            catch: None,
            finally: None,
            finally_end: 0,
            fin_kind,
            fin_val,
            live_tmps,
        });
        self.tries.push(TryCtx {
            fin_kind,
            fin_val,
            finally_jumps: Vec::new(),
            has_finally,
            in_finally: false,
        });
        if has_finally {
            let zero = self.lit(Zval::Long(0));
            self.emit(Op::Copy {
                dst: fin_kind,
                src: zero,
            });
        }
        let start = self.here();
        self.depth_block += 1;
        self.stmts(&t.body.stmts)?;
        let end = self.here();
        let mut to_finally = vec![self.emit(Op::Jmp { target: 0 })];
        let mut catch_start = None;
        if !t.catches.is_empty() {
            catch_start = Some(self.here());
            for c in t.catches.iter() {
                self.line = self.line_of(c.span);
                let classes: Vec<u32> = c
                    .types
                    .iter()
                    .map(|n| {
                        let full = self.resolve_class_name(n);
                        self.lit_idx(&full)
                    })
                    .collect();
                let var = c
                    .var
                    .as_ref()
                    .map(|v| self.cv(v.or_error().trim_start_matches('$')));
                let j = self.emit(Op::Catch {
                    classes: classes.into(),
                    var,
                    next: 0,
                });
                self.stmts(&c.body.stmts)?;
                to_finally.push(self.emit(Op::Jmp { target: 0 }));
                let h = self.here();
                self.patch(j, h);
            }
            self.emit(Op::Rethrow);
        }
        self.depth_block -= 1;
        let finally_start = self.here();
        let ctx = self.tries.pop().unwrap_or(TryCtx {
            fin_kind,
            fin_val,
            finally_jumps: vec![],
            has_finally,
            in_finally: false,
        });
        for j in to_finally {
            self.patch(j, finally_start);
        }
        for j in &ctx.finally_jumps {
            self.patch(*j, finally_start);
        }
        if let Some(fb) = t.finally {
            self.tries.push(TryCtx {
                fin_kind,
                fin_val,
                finally_jumps: Vec::new(),
                has_finally: true,
                in_finally: true,
            });
            self.stmts(&fb.stmts)?;
            self.tries.pop();
            self.emit(Op::FinallyEnd {
                kind: fin_kind,
                val: fin_val,
            });
        }
        let fin_end = self.here();
        let r = &mut self.try_regions[region_idx];
        r.start = start;
        r.end = end;
        r.catch = catch_start;
        r.finally = has_finally.then_some(finally_start);
        r.finally_end = fin_end;
        Ok(())
    }

    // ----- declarations -----------------------------------------------------------------------

    fn type_decl(&self, t: &a::TypeHint) -> TypeDecl {
        match &t.kind {
            a::TypeHintKind::Named(n) => {
                let raw = n.to_string_repr();
                let lower = raw.to_ascii_lowercase();
                if is_builtin_type(&lower) {
                    TypeDecl::Builtin(lower)
                } else {
                    TypeDecl::Class(self.resolve_class_str(&raw, n.kind()))
                }
            }
            a::TypeHintKind::Keyword(b, _) => TypeDecl::Builtin(b.as_str().to_ascii_lowercase()),
            a::TypeHintKind::Nullable(inner) => TypeDecl::Nullable(Box::new(self.type_decl(inner))),
            a::TypeHintKind::Union(ts) => {
                TypeDecl::Union(ts.iter().map(|t| self.type_decl(t)).collect())
            }
            a::TypeHintKind::Intersection(ts) => {
                TypeDecl::Intersection(ts.iter().map(|t| self.type_decl(t)).collect())
            }
            _ => TypeDecl::Builtin("mixed".into()),
        }
    }

    /// Compiles a property's hooks (PHP 8.4) as methods named `$name::get` / `$name::set`.
    fn prop_hooks(
        &mut self,
        cname: &str,
        name: &str,
        ty: Option<&a::TypeHint>,
        hooks: &[a::PropertyHook],
    ) -> R<Option<Rc<PropHooksDecl>>> {
        if hooks.is_empty() {
            return Ok(None);
        }
        let mut backed = false;
        let (mut get, mut set) = (None, None);
        for h in hooks {
            let mut v = BackingUse { name };
            if php_ast::visitor::walk_property_hook(&mut v, h).is_break() {
                backed = true;
            }
            let is_set = matches!(h.kind, a::PropertyHookKind::Set);
            let body = match &h.body {
                a::PropertyHookBody::Block(b) => FnBody::Block(b),
                // `set => expr` stores into the property itself.
                a::PropertyHookBody::Expression(e) if is_set => {
                    backed = true;
                    FnBody::SetProp(e, name.to_string())
                }
                a::PropertyHookBody::Expression(e) => FnBody::Expr(e),
                _ => FnBody::None,
            };
            // A get hook returns the property's type; without a parameter list a set hook's
            // value arrives as `$value`, typed as the property.
            let implicit = (is_set && h.params.is_empty()).then_some(("value".to_string(), ty));
            let f = self.compile_function(
                format!("${name}::{}", if is_set { "set" } else { "get" }),
                Some(cname.to_string()),
                &h.params,
                body,
                if is_set { None } else { ty },
                !is_set && h.by_ref,
                acc::PUBLIC,
                h.span,
                &[],
                implicit,
            )?;
            if is_set {
                set = Some(f);
            } else {
                get = Some(f);
            }
        }
        Ok(Some(Rc::new(PropHooksDecl {
            get,
            set,
            is_virtual: !backed,
        })))
    }

    /// Compiles a function-like body into a child function, with an optional implicit first
    /// parameter (a set hook's `$value`).
    #[allow(clippy::too_many_arguments)]
    fn compile_function(
        &mut self,
        name: String,
        class_name: Option<String>,
        params: &[a::Param],
        body: FnBody,
        ret: Option<&a::TypeHint>,
        by_ref: bool,
        flags: u32,
        span: php_ast::Span,
        uses: &[(String, bool)],
        implicit: Option<(String, Option<&a::TypeHint>)>,
    ) -> R<Rc<Function>> {
        let line_start = self.line_of(span);
        let line_end = self.ctx.lines.line(span.end.saturating_sub(1));
        let src = self.ctx.src;
        let mut sub = FnC::new(self.ctx, name, class_name);
        sub.in_class_method = sub.class_name.is_some();
        sub.line = line_start;
        sub.returns_ref = by_ref;
        sub.has_ret_type = ret.is_some_and(|t| {
            !matches!(
                &t.kind,
                a::TypeHintKind::Keyword(php_ast::ast::BuiltinType::Void, _)
                    | a::TypeHintKind::Keyword(php_ast::ast::BuiltinType::Never, _)
            )
        });
        if let Some(t) = ret {
            sub.ret_mask = sub.type_decl(t).plain_mask();
        }
        let mut ps = Vec::new();
        let mut required = 0;
        for (i, p) in params.iter().enumerate() {
            let pname = p.name.or_error().trim_start_matches('$').to_string();
            sub.cv(&pname);
            let promote = if p.modifiers.visibility.is_some()
                || p.modifiers.set_visibility.is_some()
                || p.modifiers.is_readonly
            {
                let mut fl = match p.modifiers.visibility {
                    Some(a::Visibility::Private) => acc::PRIVATE,
                    Some(a::Visibility::Protected) => acc::PROTECTED,
                    _ => acc::PUBLIC,
                };
                if p.modifiers.is_readonly {
                    fl |= acc::READONLY;
                }
                Some(fl | set_visibility_flags(&p.modifiers))
            } else {
                None
            };
            if p.default.is_none() && !p.variadic {
                required = i as u32 + 1;
            }
            let default_const = p.default.as_ref().and_then(|d| const_value(d, src));
            let ty = p.type_hint.as_ref().map(|t| sub.type_decl(t));
            ps.push(Param {
                name: pname,
                by_ref: p.by_ref,
                variadic: p.variadic,
                accepts: ty.as_ref().map_or(u16::MAX, TypeDecl::plain_mask),
                class_hit: Default::default(),
                ty,
                has_default: p.default.is_some(),
                promote,
                default_const,
            });
        }
        // PHP 8.4's compile-time deprecations about parameters.
        let shown = match &sub.class_name {
            Some(c) if !sub.func_name.starts_with("{closure") => format!("{c}::{}", sub.func_name),
            _ => sub.func_name.clone(),
        };
        let last_required = params
            .iter()
            .rposition(|p| p.default.is_none() && !p.variadic);
        for (i, p) in params.iter().enumerate() {
            let Some(d) = &p.default else { continue };
            let pname = p.name.or_error().trim_start_matches('$').to_string();
            let null_default = matches!(const_value(d, src), Some(Zval::Null));
            let implicitly_nullable =
                null_default && ps[i].ty.as_ref().is_some_and(|t| !type_allows_null(t));
            let line = sub.line_of(p.span);
            if implicitly_nullable {
                sub.ctx.deprecations.push((line, E_DEPRECATED, format!("{shown}(): Implicitly marking parameter ${pname} as nullable is deprecated, the explicit nullable type must be used instead")));
            } else if let Some(j) = last_required.filter(|&j| j > i) {
                let req = params[j]
                    .name
                    .or_error()
                    .trim_start_matches('$')
                    .to_string();
                sub.ctx.deprecations.push((line, E_DEPRECATED, format!("{shown}(): Optional parameter ${pname} declared before required parameter ${req} is implicitly treated as a required parameter")));
            }
        }
        if let Some((pname, t)) = &implicit {
            sub.cv(pname);
            let ty = t.map(|t| sub.type_decl(t));
            ps.push(Param {
                name: pname.clone(),
                by_ref: false,
                variadic: false,
                accepts: ty.as_ref().map_or(u16::MAX, TypeDecl::plain_mask),
                class_hit: Default::default(),
                ty,
                has_default: false,
                promote: None,
                default_const: None,
            });
            required = 1;
            sub.emit(Op::Recv { n: 0 });
        }
        for (u, _) in uses {
            sub.cv(u);
        }
        // Parameter reception.
        for (i, p) in params.iter().enumerate() {
            sub.line = sub.line_of(p.span);
            if p.variadic {
                sub.emit(Op::RecvVariadic { n: i as u32 });
            } else if let Some(d) = &p.default {
                let j = sub.emit(Op::RecvInit {
                    n: i as u32,
                    skip: 0,
                });
                sub.begin_stmt();
                let v = sub.expr(d)?;
                sub.emit(Op::AssignCv {
                    cv: i as u32,
                    val: v,
                    dst: None,
                });
                sub.end_stmt();
                sub.emit(Op::RecvCheck { n: i as u32 });
                let h = sub.here();
                sub.patch(j, h);
            } else {
                sub.emit(Op::Recv { n: i as u32 });
            }
        }
        // Constructor promotion.
        for (i, p) in ps.iter().enumerate() {
            if p.promote.is_some() {
                let name = sub.lit_str(p.name.as_bytes());
                let pl = sub.place(PlaceBase::This, vec![PlaceElem::Prop(name)]);
                sub.emit(Op::Assign {
                    place: pl,
                    val: Operand::cv(i as u32),
                    dst: None,
                });
            }
        }
        sub.line = line_start;
        match body {
            FnBody::Block(b) => {
                sub.stmts(&b.stmts)?;
                sub.line = line_end;
                if sub.has_ret_type && !sub.is_generator {
                    // Falling off the end returns nothing: an undefined literal, which the
                    // check reports as PHP does ("none returned", whatever the type).
                    let none = sub.lit(Zval::Undef);
                    let v = sub.verify_return(none);
                    sub.emit(Op::Return { val: v });
                } else if by_ref && !sub.is_generator {
                    // Falling off the end of a function returning by reference: `null` made a
                    // reference, with PHP's notice (its final `ZEND_RETURN_BY_REF`).
                    sub.return_stmt(None, php_ast::Span::default())?;
                } else {
                    let null = sub.lit(Zval::Null);
                    sub.emit(Op::Return { val: null });
                }
            }
            FnBody::Expr(e) => {
                sub.line = sub.line_of(e.span);
                sub.begin_stmt();
                let v = sub.expr(e)?;
                let v = if sub.has_ret_type {
                    sub.verify_return(v)
                } else {
                    v
                };
                sub.emit(Op::Return { val: v });
                sub.end_stmt();
            }
            FnBody::SetProp(e, prop) => {
                sub.line = sub.line_of(e.span);
                sub.begin_stmt();
                let v = sub.expr(e)?;
                let pname = sub.lit_str(prop.as_bytes());
                let pl = sub.place(PlaceBase::This, vec![PlaceElem::Prop(pname)]);
                sub.emit(Op::Assign {
                    place: pl,
                    val: v,
                    dst: None,
                });
                sub.end_stmt();
                let null = sub.lit(Zval::Null);
                sub.emit(Op::Return { val: null });
            }
            FnBody::None => {
                let null = sub.lit(Zval::Null);
                sub.emit(Op::Return { val: null });
            }
        }
        let ret_type = ret.map(|t| sub.type_decl(t));
        sub.check_gotos()?;
        let mut f = sub.finish(ps, required, ret_type, by_ref, flags, line_start, line_end);
        f.num_uses = uses.len() as u32;
        Ok(Rc::new(f))
    }

    fn function_decl(&mut self, fd: &a::FunctionDecl, span: php_ast::Span) -> R<u32> {
        let name = self.ns_join(fd.name.or_error());
        let f = self.compile_function(
            name,
            None,
            &fd.params,
            FnBody::Block(fd.body),
            fd.return_type.as_ref(),
            fd.by_ref,
            0,
            span,
            &[],
            None,
        )?;
        self.children.push(f);
        Ok((self.children.len() - 1) as u32)
    }

    fn thunk(&mut self, e: &a::Expr, class_name: Option<String>) -> R<Rc<Function>> {
        let src = self.ctx.src;
        let _ = src;
        let line = self.line_of(e.span);
        let mut sub = FnC::new(self.ctx, String::new(), class_name);
        sub.line = line;
        sub.in_class_method = true;
        let v = sub.expr(e)?;
        sub.emit(Op::Return { val: v });
        Ok(Rc::new(sub.finish(
            Vec::new(),
            0,
            None,
            false,
            0,
            line,
            line,
        )))
    }

    fn class_members(
        &mut self,
        cname: &str,
        members: &[a::ClassMember],
        decl: &mut ClassDecl,
    ) -> R<()> {
        for m in members {
            self.line = self.line_of(m.span);
            match &m.kind {
                a::ClassMemberKind::Property(p) => {
                    let init = match &p.default {
                        Some(d) => Some(self.thunk(d, Some(cname.to_string()))?),
                        None => None,
                    };
                    let name = p.name.or_error().trim_start_matches('$').to_string();
                    let hooks = self.prop_hooks(cname, &name, p.type_hint.as_ref(), &p.hooks)?;
                    decl.props.push(PropDecl {
                        name,
                        init,
                        flags: modifier_flags(&p.modifiers),
                        ty: p.type_hint.as_ref().map(|t| self.type_decl(t)),
                        doc: None,
                        hooks,
                    });
                }
                a::ClassMemberKind::Method(md) => {
                    let f = self.method(cname, md, m.span, decl)?;
                    decl.methods.push(f);
                }
                a::ClassMemberKind::ClassConst(c) => {
                    let init = self.thunk(&c.value, Some(cname.to_string()))?;
                    decl.consts.push(ConstDecl {
                        name: c.name.or_error().to_string(),
                        init,
                        flags: modifier_flags(&c.modifiers),
                    });
                }
                a::ClassMemberKind::TraitUse(t) => self.trait_use(t, decl),
                _ => {}
            }
        }
        Ok(())
    }

    fn trait_use(&mut self, t: &a::TraitUseDecl, decl: &mut ClassDecl) {
        for n in t.traits.iter() {
            decl.traits.push(self.resolve_class_name(n));
        }
        for ad in t.adaptations.iter() {
            match &ad.kind {
                a::TraitAdaptationKind::Precedence {
                    trait_name,
                    method,
                    insteadof,
                } => {
                    decl.trait_rules.push(TraitRule::Insteadof {
                        trait_name: self.resolve_class_name(trait_name),
                        method: method.to_string_repr().to_string(),
                        instead_of: insteadof
                            .iter()
                            .map(|n| self.resolve_class_name(n))
                            .collect(),
                    });
                }
                a::TraitAdaptationKind::Alias {
                    trait_name,
                    method,
                    new_modifier,
                    new_name,
                    ..
                } => {
                    decl.trait_rules.push(TraitRule::Alias {
                        trait_name: trait_name.as_ref().map(|n| self.resolve_class_name(n)),
                        method: method.to_string_repr().to_string(),
                        alias: new_name.as_ref().map(|n| n.to_string_repr().to_string()),
                        flags: new_modifier.map(|v| match v {
                            a::Visibility::Public => acc::PUBLIC,
                            a::Visibility::Protected => acc::PROTECTED,
                            _ => acc::PRIVATE,
                        }),
                    });
                }
                _ => {}
            }
        }
    }

    fn method(
        &mut self,
        cname: &str,
        md: &a::MethodDecl,
        span: php_ast::Span,
        decl: &mut ClassDecl,
    ) -> R<Rc<Function>> {
        let mut flags = modifier_flags(&md.modifiers);
        if decl.flags & acc::INTERFACE != 0 {
            flags |= acc::ABSTRACT;
        }
        let body = match md.body {
            Some(b) => FnBody::Block(b),
            None => FnBody::None,
        };
        let f = self.compile_function(
            md.name.or_error().to_string(),
            Some(cname.to_string()),
            &md.params,
            body,
            md.return_type.as_ref(),
            md.by_ref,
            flags,
            span,
            &[],
            None,
        )?;
        // Promoted constructor parameters become properties (with their hooks).
        if md.name.or_error().eq_ignore_ascii_case("__construct") {
            let mut hooks_of = std::collections::HashMap::new();
            for p in md.params.iter() {
                let name = p.name.or_error().trim_start_matches('$').to_string();
                if let Some(h) = self.prop_hooks(cname, &name, p.type_hint.as_ref(), &p.hooks)? {
                    hooks_of.insert(name, Some(h));
                }
            }
            let mut hooks_of = HooksOf(hooks_of);
            for p in f.params.iter() {
                if let Some(fl) = p.promote {
                    decl.props.push(PropDecl {
                        name: p.name.clone(),
                        init: None,
                        flags: fl | if p.ty.is_some() { acc::TYPED } else { 0 },
                        ty: p.ty.clone(),
                        doc: None,
                        hooks: hooks_of.remove(&p.name),
                    });
                }
            }
        }
        Ok(f)
    }

    fn new_class_decl(&self, name: String, flags: u32, span: php_ast::Span) -> ClassDecl {
        ClassDecl {
            name,
            flags,
            parent: None,
            interfaces: Vec::new(),
            traits: Vec::new(),
            trait_rules: Vec::new(),
            consts: Vec::new(),
            props: Vec::new(),
            methods: Vec::new(),
            cases: Vec::new(),
            enum_backing: None,
            line: self.line_of(span),
            line_end: self.ctx.lines.line(span.end.saturating_sub(1)),
            doc: None,
            attributes: Vec::new(),
            toplevel: false,
        }
    }

    fn class_decl(&mut self, c: &a::ClassDecl, span: php_ast::Span, extra_flags: u32) -> R<u32> {
        let name = match &c.name {
            Some(n) => self.ns_join(n.or_error()),
            None => {
                self.ctx.anon_count += 1;
                let base = match &c.extends {
                    Some(p) => self.resolve_class_name(p),
                    None => c
                        .implements
                        .first()
                        .map(|n| self.resolve_class_name(n))
                        .unwrap_or_else(|| "class".into()),
                };
                format!(
                    "{base}@anonymous\0{}:{}${:x}",
                    self.ctx.file,
                    self.line_of(span),
                    self.ctx.anon_count - 1
                )
            }
        };
        let mut flags = extra_flags;
        if c.modifiers.is_abstract {
            flags |= acc::ABSTRACT;
        }
        if c.modifiers.is_final {
            flags |= acc::FINAL;
        }
        if c.modifiers.is_readonly {
            flags |= acc::READONLY;
        }
        let mut decl = self.new_class_decl(name.clone(), flags, span);
        decl.parent = c.extends.as_ref().map(|p| self.resolve_class_name(p));
        decl.interfaces = c
            .implements
            .iter()
            .map(|n| self.resolve_class_name(n))
            .collect();
        decl.attributes = c
            .attributes
            .iter()
            .map(|at| self.resolve_class_name(&at.name))
            .collect();
        self.class_members(&name, &c.body.members, &mut decl)?;
        if c.modifiers.is_readonly {
            for p in decl.props.iter_mut() {
                p.flags |= acc::READONLY;
            }
        }
        self.classes.push(Rc::new(decl));
        Ok((self.classes.len() - 1) as u32)
    }

    fn interface_decl(&mut self, i: &a::InterfaceDecl, span: php_ast::Span) -> R<u32> {
        let name = self.ns_join(i.name.or_error());
        let mut decl = self.new_class_decl(name.clone(), acc::INTERFACE | acc::ABSTRACT, span);
        decl.interfaces = i
            .extends
            .iter()
            .map(|n| self.resolve_class_name(n))
            .collect();
        self.class_members(&name, &i.body.members, &mut decl)?;
        self.classes.push(Rc::new(decl));
        Ok((self.classes.len() - 1) as u32)
    }

    fn trait_decl(&mut self, t: &a::TraitDecl, span: php_ast::Span) -> R<u32> {
        let name = self.ns_join(t.name.or_error());
        let mut decl = self.new_class_decl(name.clone(), acc::TRAIT, span);
        self.class_members(&name, &t.body.members, &mut decl)?;
        self.classes.push(Rc::new(decl));
        Ok((self.classes.len() - 1) as u32)
    }

    fn enum_decl(&mut self, e: &a::EnumDecl, span: php_ast::Span) -> R<u32> {
        let name = self.ns_join(e.name.or_error());
        let mut decl = self.new_class_decl(name.clone(), acc::ENUM | acc::FINAL, span);
        decl.enum_backing = e
            .scalar_type
            .as_ref()
            .map(|n| n.to_string_repr().to_ascii_lowercase());
        decl.interfaces = e
            .implements
            .iter()
            .map(|n| self.resolve_class_name(n))
            .collect();
        for m in e.body.members.iter() {
            self.line = self.line_of(m.span);
            match &m.kind {
                a::EnumMemberKind::Case(c) => {
                    let value = match &c.value {
                        Some(v) => Some(self.thunk(v, Some(name.clone()))?),
                        None => None,
                    };
                    decl.cases.push(CaseDecl {
                        name: c.name.or_error().to_string(),
                        value,
                    });
                }
                a::EnumMemberKind::Method(md) => {
                    let f = self.method(&name, md, m.span, &mut decl)?;
                    decl.methods.push(f);
                }
                a::EnumMemberKind::ClassConst(c) => {
                    let init = self.thunk(&c.value, Some(name.clone()))?;
                    decl.consts.push(ConstDecl {
                        name: c.name.or_error().to_string(),
                        init,
                        flags: modifier_flags(&c.modifiers),
                    });
                }
                a::EnumMemberKind::TraitUse(t) => self.trait_use(t, &mut decl),
                _ => return err(self.line, "Enums may not include properties"),
            }
        }
        self.classes.push(Rc::new(decl));
        Ok((self.classes.len() - 1) as u32)
    }
}

enum FnBody<'x, 'arena, 'src> {
    Block(&'x a::Block<'arena, 'src>),
    Expr(&'x a::Expr<'arena, 'src>),
    /// `set => expr;`: the value of `expr` is stored in the property itself.
    SetProp(&'x a::Expr<'arena, 'src>, String),
    None,
}

/// Hooks of promoted constructor parameters, taken as their properties are declared.
struct HooksOf(std::collections::HashMap<String, Option<Rc<PropHooksDecl>>>);

impl HooksOf {
    fn remove(&mut self, name: &str) -> Option<Rc<PropHooksDecl>> {
        self.0.remove(name).flatten()
    }
}

/// Whether hook bodies read or write the property's own value (`$this->name`): a property whose
/// hooks never do is virtual (PHP 8.4).
struct BackingUse<'n> {
    name: &'n str,
}

impl<'arena, 'src> php_ast::visitor::Visitor<'arena, 'src> for BackingUse<'_> {
    type Break = ();
    fn visit_expr(&mut self, e: &a::Expr<'arena, 'src>) -> std::ops::ControlFlow<()> {
        if let ExprKind::PropertyAccess(pa) | ExprKind::NullsafePropertyAccess(pa) = &e.kind {
            if let (ExprKind::Variable(o), ExprKind::Identifier(p)) =
                (&pa.object.kind, &pa.property.kind)
            {
                if o.as_str() == "this" && p.as_str() == self.name {
                    return std::ops::ControlFlow::Break(());
                }
            }
        }
        php_ast::visitor::walk_expr(self, e)
    }
}

fn modifier_flags(m: &a::Modifiers) -> u32 {
    let mut f = match m.visibility {
        Some(a::Visibility::Private) => acc::PRIVATE,
        Some(a::Visibility::Protected) => acc::PROTECTED,
        _ => acc::PUBLIC,
    };
    if m.is_static {
        f |= acc::STATIC;
    }
    if m.is_abstract {
        f |= acc::ABSTRACT;
    }
    if m.is_final {
        f |= acc::FINAL;
    }
    if m.is_readonly {
        f |= acc::READONLY;
    }
    f | set_visibility_flags(m)
}

/// The `acc` bits of an asymmetric write visibility (`private(set)`, `protected(set)`).
fn set_visibility_flags(m: &a::Modifiers) -> u32 {
    match m.set_visibility {
        Some(a::Visibility::Private) => acc::PRIVATE_SET,
        Some(a::Visibility::Protected) => acc::PROTECTED_SET,
        _ => 0,
    }
}

fn is_builtin_type(lower: &str) -> bool {
    matches!(
        lower,
        "int"
            | "float"
            | "string"
            | "bool"
            | "array"
            | "callable"
            | "iterable"
            | "object"
            | "mixed"
            | "void"
            | "null"
            | "never"
            | "false"
            | "true"
            | "self"
            | "static"
            | "parent"
    )
}

/// Whether `e` gives a call's or `new`'s result (PHP's VAR operand), which a by-reference
/// parameter takes with a notice instead of an Error.
pub(crate) fn is_var_result(e: &a::Expr) -> bool {
    match &e.kind {
        ExprKind::FunctionCall(_)
        | ExprKind::MethodCall(_)
        | ExprKind::NullsafeMethodCall(_)
        | ExprKind::StaticMethodCall(_)
        | ExprKind::StaticMethodCallDynamic(_)
        | ExprKind::New(_) => true,
        ExprKind::Parenthesized(inner) | ExprKind::ErrorSuppress(inner) => is_var_result(inner),
        _ => false,
    }
}

fn is_lvalue(e: &a::Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Variable(_)
            | ExprKind::VariableVariable(_)
            | ExprKind::ArrayAccess(_)
            | ExprKind::PropertyAccess(_)
            | ExprKind::StaticPropertyAccess(_)
    )
}

/// Value of a constant expression known at compile time (literals and arrays of them).
#[allow(clippy::only_used_in_recursion)]
fn const_value(e: &a::Expr, src: &str) -> Option<Zval> {
    Some(match &e.kind {
        ExprKind::Int(i) => Zval::Long(*i),
        ExprKind::Float(f) => Zval::Double(*f),
        ExprKind::String(s) => Zval::Str(ZStr::interned(&source::restore(s.as_bytes()))),
        ExprKind::Bool(b) => Zval::Bool(*b),
        ExprKind::Null => Zval::Null,
        ExprKind::Parenthesized(e) => return const_value(e, src),
        ExprKind::UnaryPrefix(u) if u.op == a::UnaryPrefixOp::Negate => {
            match const_value(u.operand, src)? {
                Zval::Long(i) => i
                    .checked_neg()
                    .map(Zval::Long)
                    .unwrap_or(Zval::Double(-(i as f64))),
                Zval::Double(d) => Zval::Double(-d),
                _ => return None,
            }
        }
        ExprKind::Array(elems) => {
            if elems.is_empty() {
                return Some(Zval::Arr(ZArr::empty()));
            }
            return const_elems(elems, src);
        }
        _ => return None,
    })
}

/// The array a literal's elements make when all are constant (values, keys, and spreads of
/// constant arrays), as PHP's compiler evaluates it.
pub(crate) fn const_elems(elems: &[a::ArrayElement], src: &str) -> Option<Zval> {
    let mut arr = ZArr::with_capacity(elems.len() as u32);
    for el in elems.iter() {
        // `...[constant array]` is folded too: its integer keys renumbered, its
        // string keys written over (PHP 8.1+).
        if let a::ArrayElementKind::Spread(inner) = &el.kind {
            let Zval::Arr(src) = const_value(inner, src)? else {
                return None;
            };
            for (k, v) in src.iter() {
                match k {
                    memphis_values::KeyRef::Int(_) => {
                        if !arr.push(v.clone()) {
                            return None;
                        }
                    }
                    memphis_values::KeyRef::Str(s) => {
                        arr.insert(Key::Str(s.clone()), v.clone());
                    }
                }
            }
            continue;
        }
        let a::ArrayElementKind::Value(v) = &el.kind else {
            return None;
        };
        let v = const_value(v, src)?;
        match &el.key {
            None => {
                if !arr.push(v) {
                    return None;
                }
            }
            Some(k) => {
                let key = match const_value(k, src)? {
                    Zval::Long(i) => Key::Int(i),
                    Zval::Str(s) => Key::from_zstr(&s),
                    Zval::Bool(b) => Key::Int(b as i64),
                    Zval::Null => Key::Str(ZStr::empty()),
                    Zval::Double(d) if d.is_finite() && d.fract() == 0.0 => Key::Int(d as i64),
                    _ => return None,
                };
                arr.insert(key, v);
            }
        }
    }
    Some(Zval::Arr(arr))
}

mod expr;

/// Whether a declared type already admits null (`?T`, `mixed`, `null`, a union with null).
fn type_allows_null(t: &TypeDecl) -> bool {
    match t {
        TypeDecl::Nullable(_) => true,
        TypeDecl::Builtin(b) => b == "mixed" || b == "null",
        TypeDecl::Union(ts) => ts.iter().any(type_allows_null),
        _ => false,
    }
}
