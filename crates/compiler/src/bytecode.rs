//! The bytecode: three-address instructions over the slots of a frame, close to Zend's opcodes.
//!
//! A frame's slots are its compiled variables (CVs: one per named local, parameters first)
//! followed by its temporaries. Operands name a slot or an entry of the function's literal
//! table. Writes to anything deeper than a plain variable (`$a[1]['x']->p = …`) go through a
//! [`Place`]: a base (variable, `$this`, static property, temporary) and a path of dimension and
//! property steps, which the VM walks with copy-on-write separation and auto-vivification.

use memphis_values::Zval;
use std::cell::RefCell;
use std::rc::Rc;

/// An instruction input: a literal (top bit), a temporary (next bit: read once, moved out) or a
/// compiled variable (copied, warned about when undefined).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Operand(pub u32);

/// The `cv` of an `IncDec`/`AssignOp` whose place is not a plain compiled variable.
pub const NO_CV: u32 = u32::MAX;

const CONST_BIT: u32 = 1 << 31;

impl Operand {
    /// The bit that marks a temporary (below the literal bit).
    pub const TMP_BIT: u32 = 1 << 30;
    /// A compiled-variable operand.
    pub fn cv(i: u32) -> Operand {
        Operand(i)
    }
    /// A temporary operand (consumed by the instruction that reads it).
    pub fn tmp(i: u32) -> Operand {
        Operand(i | Operand::TMP_BIT)
    }
    /// A literal operand.
    pub fn lit(i: u32) -> Operand {
        Operand(i | CONST_BIT)
    }
    /// The literal index, if this is a literal.
    #[inline]
    pub fn as_lit(self) -> Option<u32> {
        (self.0 & CONST_BIT != 0).then_some(self.0 & !CONST_BIT)
    }
    /// The slot index, if this is a slot (CV or temporary).
    #[inline]
    pub fn as_slot(self) -> Option<u32> {
        (self.0 & CONST_BIT == 0).then_some(self.0 & !Operand::TMP_BIT)
    }
    /// Whether this is a temporary.
    #[inline]
    pub fn is_tmp(self) -> bool {
        self.0 & (CONST_BIT | Operand::TMP_BIT) == Operand::TMP_BIT
    }
}

impl std::fmt::Debug for Operand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_lit() {
            Some(l) => write!(f, "L{l}"),
            None if self.is_tmp() => write!(f, "T{}", self.0 & !Operand::TMP_BIT),
            None => write!(f, "CV{}", self.0),
        }
    }
}

/// A slot index.
pub type Slot = u32;
/// An instruction index.
pub type Target = u32;

/// Binary operators.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    Eq,
    NotEq,
    Identical,
    NotIdentical,
    Less,
    LessEq,
    Greater,
    GreaterEq,
    Spaceship,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Xor,
}

/// Unary operators.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Plus,
    Not,
    BitNot,
    ToBool,
}

/// Casts.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastKind {
    Int,
    Float,
    String,
    Bool,
    Array,
    Object,
    Unset,
}

/// How a class is named in an instruction.
#[derive(Clone, Debug)]
pub enum ClassRef {
    /// A class name (literal index of its name as written, resolved for namespaces).
    Named(u32),
    /// `self`.
    SelfRef,
    /// `parent`.
    Parent,
    /// `static`.
    Static,
    /// A value: an object or a class-name string.
    Dynamic(Operand),
}

/// Where a place starts.
#[derive(Clone, Debug)]
pub enum PlaceBase {
    /// A compiled variable.
    Cv(Slot),
    /// A variable named at run time (`$$name`).
    VarVar(Operand),
    /// `$this`.
    This,
    /// A static property `Class::$name`.
    StaticProp(ClassRef, Operand),
    /// A temporary (a call result, `(expr)`): writes go to the value it holds.
    Tmp(Slot),
    /// A global variable named by the operand (`$GLOBALS['name']`).
    Global(Operand),
}

/// One step from a place into its value.
#[derive(Clone, Debug)]
pub enum PlaceElem {
    /// `[dim]`.
    Dim(Operand),
    /// `[]`.
    Append,
    /// `->name`.
    Prop(Operand),
    /// `?->name` (reading only).
    NullsafeProp(Operand),
}

/// A writable location.
#[derive(Clone, Debug)]
pub struct Place {
    /// Start.
    pub base: PlaceBase,
    /// Steps.
    pub elems: Vec<PlaceElem>,
}

/// Argument passing modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendMode {
    /// By value.
    Val,
    /// By reference if the callee's parameter is by reference (the argument is a place).
    VarEx,
    /// By reference always (`f(&$x)` is not PHP syntax; used for builtins known by-ref).
    Ref,
}

/// What `include`-family operator this is.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncludeKind {
    Include,
    IncludeOnce,
    Require,
    RequireOnce,
}

/// Magic constants resolved at run time.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Magic {
    Class,
    Function,
    Method,
}

/// An instruction.
#[allow(missing_docs)]
#[derive(Clone, Debug)]
pub enum Op {
    Nop,
    /// `dst = src` (a copy; references are read through).
    Copy {
        dst: Slot,
        src: Operand,
    },
    /// `dst = src` moving out of a temporary.
    Move {
        dst: Slot,
        src: Slot,
    },
    /// Assigns to a compiled variable (writes through a reference held there).
    AssignCv {
        cv: Slot,
        val: Operand,
        dst: Option<Slot>,
    },
    /// Assigns to a place.
    Assign {
        place: u32,
        val: Operand,
        dst: Option<Slot>,
    },
    /// Compound assignment (`.=`, `+=` …).
    AssignOp {
        place: u32,
        /// The compiled variable `place` is when it is one without dimensions, else
        /// [`NO_CV`] (the hot paths then skip the place table).
        cv: u32,
        op: BinOp,
        val: Operand,
        dst: Option<Slot>,
    },
    /// `??=`: jumps to `done` with the current value in `dst` when it is set and not null.
    CoalesceAssignCheck {
        place: u32,
        dst: Slot,
        done: Target,
    },
    /// `++`/`--` on a place.
    IncDec {
        place: u32,
        /// As in `AssignOp`.
        cv: u32,
        inc: bool,
        post: bool,
        dst: Option<Slot>,
    },
    /// Makes the place hold a reference and puts that reference in `dst`.
    MakeRef {
        place: u32,
        dst: Slot,
    },
    /// Binds the place to the reference in `src` (`$a = &…`).
    AssignRef {
        place: u32,
        src: Slot,
    },
    /// `unset(place)`.
    Unset {
        place: u32,
    },
    /// `isset(place)` / `empty(place)`.
    Isset {
        place: u32,
        dst: Slot,
        empty: bool,
    },
    /// Binary operator.
    Bin {
        op: BinOp,
        dst: Slot,
        a: Operand,
        b: Operand,
    },
    /// Unary operator.
    Un {
        op: UnOp,
        dst: Slot,
        a: Operand,
    },
    /// Cast.
    Cast {
        kind: CastKind,
        dst: Slot,
        a: Operand,
    },
    /// `instanceof`.
    InstanceOf {
        dst: Slot,
        a: Operand,
        class: ClassRef,
    },
    /// String interpolation: concatenates parts into `dst`.
    Rope {
        dst: Slot,
        parts: Box<[Operand]>,
    },
    Jmp {
        target: Target,
    },
    JmpZ {
        cond: Operand,
        target: Target,
    },
    JmpNz {
        cond: Operand,
        target: Target,
    },
    /// Jumps when the value is set and not null (for `??`), copying it into `dst`.
    JmpSet {
        val: Operand,
        dst: Slot,
        target: Target,
    },
    /// `assert()`'s guard (PHP's `ZEND_ASSERT_CHECK`): unless `zend.assertions` is 1 at run
    /// time, `dst` gets `true` and the call is jumped over, its arguments unevaluated.
    AssertCheck {
        dst: Slot,
        target: Target,
    },
    /// Jumps when the value is null, without consuming it (nullsafe `?->` short-circuit).
    JmpNull {
        val: Operand,
        target: Target,
    },
    /// `??` left side as a place read quietly: jumps with the value when set and not null.
    CoalescePlace {
        place: u32,
        dst: Slot,
        target: Target,
    },
    Echo {
        val: Operand,
    },
    /// Reads `base[dim]`.
    FetchDim {
        dst: Slot,
        base: Operand,
        dim: Operand,
        quiet: bool,
    },
    /// Reads `obj->name` (nullsafe: null when obj is null).
    FetchProp {
        dst: Slot,
        obj: Operand,
        name: Operand,
        nullsafe: bool,
        quiet: bool,
    },
    /// Reads `Class::$name`.
    FetchStaticProp {
        dst: Slot,
        class: ClassRef,
        name: Operand,
    },
    /// Reads `Class::NAME` (and `Class::class`).
    FetchClassConst {
        dst: Slot,
        class: ClassRef,
        name: Operand,
    },
    /// Reads a global constant (`name`, with `fallback` for unqualified names in a namespace).
    FetchConst {
        dst: Slot,
        name: u32,
        fallback: Option<u32>,
    },
    /// Reads `$this`.
    FetchThis {
        dst: Slot,
    },
    /// Reads a variable by name (`$$x`, quiet for isset).
    FetchVarVar {
        dst: Slot,
        name: Operand,
        quiet: bool,
    },
    /// Reads a compiled variable, warning when undefined.
    FetchCv {
        dst: Slot,
        cv: Slot,
    },
    /// Declares a constant (`const X = …` / `define`).
    DeclareConst {
        name: u32,
        val: Operand,
    },
    /// Creates an empty array with a size hint.
    InitArray {
        dst: Slot,
        size: u32,
    },
    /// Adds an element (`key => val` or appended).
    AddElem {
        arr: Slot,
        key: Option<Operand>,
        val: Operand,
    },
    /// Adds a reference element `&$place`.
    AddElemRef {
        arr: Slot,
        key: Option<Operand>,
        place: u32,
    },
    /// Adds the elements of `...$val`.
    AddSpread {
        arr: Slot,
        val: Operand,
    },
    /// Begins a call to a function by name.
    InitFCall {
        name: u32,
        fallback: Option<u32>,
        argc: u32,
    },
    /// Begins a call to a callable value.
    InitDynCall {
        callee: Operand,
        argc: u32,
    },
    /// Begins a method call.
    InitMethodCall {
        obj: Operand,
        name: Operand,
        nullsafe: Option<(Slot, Target)>,
        argc: u32,
    },
    /// Begins a static method call.
    InitStaticCall {
        class: ClassRef,
        name: Operand,
        argc: u32,
    },
    /// `new Class(...)`: creates the object in `dst` and begins its constructor call.
    New {
        dst: Slot,
        class: ClassRef,
        argc: u32,
    },
    /// Passes an argument by value (named when `name` is set). `var`: the value is a call's
    /// or `new`'s result (PHP's VAR), which a by-reference parameter takes with a notice;
    /// any other expression there is an Error.
    SendVal {
        val: Operand,
        name: Option<u32>,
        var: bool,
    },
    /// Passes a place: by reference when the callee wants one.
    SendPlace {
        place: u32,
        /// The compiled variable when the place is a plain variable (`NO_CV` otherwise): the
        /// common send reads it without looking the place up.
        cv: u32,
        name: Option<u32>,
        mode: SendMode,
    },
    /// Passes `...$val`.
    SendUnpack {
        val: Operand,
    },
    /// Performs the pending call.
    DoCall {
        dst: Option<Slot>,
    },
    /// Creates a callable from the pending call (`f(...)`).
    CallableFromPending {
        dst: Slot,
    },
    /// Receives parameter `n` that has no default (type check, missing-argument error).
    Recv {
        n: u32,
    },
    /// Receives parameter `n` with a default: jumps to `skip` when the argument was passed.
    RecvInit {
        n: u32,
        skip: Target,
    },
    /// Checks the type of parameter `n` after its default was computed.
    RecvCheck {
        n: u32,
    },
    /// Collects the variadic parameter `n`.
    RecvVariadic {
        n: u32,
    },
    Return {
        val: Operand,
    },
    /// Returns the reference at the place (`function &f()`).
    ReturnRef {
        place: u32,
    },
    /// Checks the value against the declared return type (coercing), into `dst`.
    VerifyReturn {
        val: Operand,
        dst: Slot,
    },
    Throw {
        val: Operand,
    },
    /// Checks the current exception against `classes`; binds it to `var` and continues, or
    /// jumps to `next`.
    Catch {
        classes: Box<[u32]>,
        var: Option<Slot>,
        next: Target,
    },
    /// No catch matched: rethrow the current exception.
    Rethrow,
    /// Ends a `finally` block: resumes what entered it (fallthrough, jump, return, throw).
    FinallyEnd {
        kind: Slot,
        val: Slot,
    },
    /// Starts iteration over `val` into iterator `iter`; jumps to `end` when empty.
    FeReset {
        iter: u32,
        val: Operand,
        end: Target,
    },
    /// Starts by-reference iteration over the array at `place`.
    FeResetRef {
        iter: u32,
        place: u32,
        end: Target,
    },
    /// Next element into `val`/`key`; jumps to `end` when done.
    FeFetch {
        iter: u32,
        val: Slot,
        key: Option<Slot>,
        end: Target,
    },
    /// Frees iterator `iter`.
    FeFree {
        iter: u32,
    },
    /// Declares class `n` of this function (no-op if already declared early; when `early`,
    /// silently skipped if its parent is not declared yet).
    DeclareClass {
        n: u32,
        early: bool,
    },
    /// Declares function `n` of the unit (conditional declarations).
    DeclareFunction {
        n: u32,
    },
    /// Creates a closure from function `n` of the unit, capturing `uses`.
    MakeClosure {
        dst: Slot,
        func: u32,
        uses: Box<[(Slot, bool)]>,
        is_static: bool,
    },
    /// Binds a `static $x` variable: jumps to `done` when already initialised.
    StaticInit {
        cv: Slot,
        idx: u32,
        done: Target,
    },
    /// Stores the initial value of static `idx` and binds it.
    StaticSet {
        cv: Slot,
        idx: u32,
        val: Operand,
    },
    /// `global $name`.
    BindGlobal {
        cv: Slot,
        name: u32,
    },
    /// `clone`.
    Clone {
        dst: Slot,
        val: Operand,
    },
    /// `include`/`require`.
    Include {
        dst: Slot,
        path: Operand,
        kind: IncludeKind,
    },
    /// `eval`.
    Eval {
        dst: Slot,
        code: Operand,
    },
    /// `exit`/`die`.
    Exit {
        val: Option<Operand>,
    },
    /// Starts suppressing errors (`@`): saves the level in `slot`.
    BeginSilence {
        slot: Slot,
    },
    /// Restores the error level.
    EndSilence {
        slot: Slot,
    },
    /// `yield` (value, key) → sent value in dst.
    Yield {
        dst: Option<Slot>,
        val: Option<Operand>,
        key: Option<Operand>,
    },
    /// `yield from`.
    YieldFrom {
        dst: Option<Slot>,
        val: Operand,
    },
    /// `match` without a matching arm.
    MatchError {
        val: Operand,
    },
    /// Magic constants known only at run time.
    Magic {
        dst: Slot,
        kind: Magic,
    },
    /// `print`-style: echo then set dst to 1.
    Print {
        val: Operand,
        dst: Slot,
    },
    /// `is_int($x)` and the other type predicates PHP compiles to ZEND_TYPE_CHECK: `kind` is
    /// 0 null, 1 bool, 2 int, 3 float, 4 string, 5 array, 6 object, 7 resource, 8 scalar.
    TypeCheck {
        dst: Slot,
        val: Operand,
        kind: u8,
    },
    /// `strlen($x)` compiled to an instruction (PHP's ZEND_STRLEN): no call frame, so errors
    /// show no `strlen` frame in traces.
    Strlen {
        dst: Slot,
        val: Operand,
    },
    /// `count($x)` / `sizeof($x)` with one argument (PHP's ZEND_COUNT).
    Count {
        dst: Slot,
        val: Operand,
        /// Spelled `sizeof` (its name shows in errors).
        sizeof: bool,
    },
    /// `array_key_exists($k, $a)` with two arguments (PHP's ZEND_ARRAY_KEY_EXISTS): no call
    /// frame.
    ArrayKeyExists {
        dst: Slot,
        key: Operand,
        arr: Operand,
    },
    /// Frees a temporary nothing reads (released as PHP frees it).
    FreeTmp {
        slot: Slot,
        /// Released without recording a possible root: PHP's `FREE` of a `list()` source, a
        /// `switch` or `match` subject (`zval_ptr_dtor_nogc`). Otherwise (an unused result)
        /// released as a value is.
        nogc: bool,
    },
    /// `$a = &f()` where `f` returns by value: PHP's notice "Only variables should be assigned
    /// by reference" (the slot holds the call's result).
    RefResultCheck {
        slot: Slot,
    },
    /// Strict-equality switch comparison for `match` (dst = a === b).
    CaseStrict {
        dst: Slot,
        a: Operand,
        b: Operand,
    },
    /// Loose comparison for `switch` cases.
    Case {
        dst: Slot,
        a: Operand,
        b: Operand,
    },
    /// `list()` source check helper: fetch dim for destructuring (quiet on non-arrays).
    FetchListDim {
        dst: Slot,
        base: Operand,
        dim: Operand,
    },
    /// `func_get_args()` and friends need the frame; `compact`/`extract` too.
    FuncGetArgs {
        dst: Slot,
    },
    /// `get_defined_vars()`.
    DefinedVars {
        dst: Slot,
    },
    /// `compact(...)` with the names in `names`.
    Compact {
        dst: Slot,
        names: Box<[Operand]>,
    },
    /// `extract($arr, $flags, $prefix)` into the current frame.
    Extract {
        dst: Slot,
        arr: Operand,
        flags: Option<Operand>,
        prefix: Option<Operand>,
    },
}

/// A declared type (parameter, return, property).
#[derive(Clone, Debug, PartialEq)]
pub enum TypeDecl {
    /// A builtin type keyword (`int`, `string`, `mixed`, `self` …), lowercase.
    Builtin(String),
    /// A class or interface name.
    Class(String),
    /// `?T`.
    Nullable(Box<TypeDecl>),
    /// `A|B`.
    Union(Vec<TypeDecl>),
    /// `A&B`.
    Intersection(Vec<TypeDecl>),
}

impl TypeDecl {
    /// The kinds of value ([`memphis_values::zval::kind`]) this type takes as they are, with
    /// no coercion and no class to look at: a value of another kind may still fit (an object
    /// of a named class, an int for `float`), which the full check decides.
    pub fn plain_mask(&self) -> u16 {
        use memphis_values::zval::kind;
        match self {
            TypeDecl::Builtin(b) => match b.as_str() {
                "int" => kind::LONG,
                "float" => kind::DOUBLE,
                "string" => kind::STR,
                "bool" => kind::BOOL,
                "array" => kind::ARR,
                "object" => kind::OBJ,
                "null" => kind::NULL,
                "mixed" => kind::ANY_VALUE,
                _ => 0,
            },
            TypeDecl::Class(_) | TypeDecl::Intersection(_) => 0,
            TypeDecl::Nullable(t) => kind::NULL | t.plain_mask(),
            TypeDecl::Union(ts) => ts.iter().fold(0, |m, t| m | t.plain_mask()),
        }
    }

    /// The type as PHP spells it in messages.
    pub fn display(&self) -> String {
        match self {
            TypeDecl::Builtin(s) if s == "iterable" => "Traversable|array".into(),
            TypeDecl::Builtin(s) | TypeDecl::Class(s) => s.clone(),
            TypeDecl::Nullable(t) => format!("?{}", t.display()),
            TypeDecl::Union(ts) => display_union(ts),
            TypeDecl::Intersection(ts) => {
                ts.iter().map(|t| t.display()).collect::<Vec<_>>().join("&")
            }
        }
    }
}

/// A union type as PHP prints it (`zend_type_to_string`): class names and intersections in
/// their order, then the built-in types in PHP's fixed order, `bool` for `true|false`, and
/// `null` last, or as a `?` before a lone other type.
fn display_union(ts: &[TypeDecl]) -> String {
    let has = |n: &str| {
        ts.iter()
            .any(|t| matches!(t, TypeDecl::Builtin(b) if b.eq_ignore_ascii_case(n)))
    };
    if has("mixed") {
        return "mixed".into();
    }
    let mut parts: Vec<String> = Vec::new();
    for t in ts {
        match t {
            TypeDecl::Class(c) => parts.push(c.clone()),
            TypeDecl::Intersection(_) => parts.push(format!("({})", t.display())),
            _ => {}
        }
    }
    if has("iterable") {
        parts.push("Traversable".into());
    }
    for n in ["static", "callable", "object"] {
        if has(n) {
            parts.push(n.into());
        }
    }
    if has("array") || has("iterable") {
        parts.push("array".into());
    }
    for n in ["string", "int", "float"] {
        if has(n) {
            parts.push(n.into());
        }
    }
    if has("bool") || (has("true") && has("false")) {
        parts.push("bool".into());
    } else if has("false") {
        parts.push("false".into());
    } else if has("true") {
        parts.push("true".into());
    }
    for n in ["void", "never"] {
        if has(n) {
            parts.push(n.into());
        }
    }
    if has("null") {
        if let [one] = &parts[..] {
            if !one.contains('&') {
                return format!("?{one}");
            }
        }
        parts.push("null".into());
    }
    parts.join("|")
}

/// A parameter.
#[derive(Clone, Debug)]
pub struct Param {
    /// Name without `$`.
    pub name: String,
    /// By reference.
    pub by_ref: bool,
    /// Variadic (`...$rest`).
    pub variadic: bool,
    /// Declared type.
    pub ty: Option<TypeDecl>,
    /// The kinds of value `ty` takes as they are ([`TypeDecl::plain_mask`]; every kind when
    /// there is no type).
    pub accepts: u16,
    /// The last class (its entry's address) whose objects `ty` was found to take: classes
    /// never change once declared, so its objects pass again at once.
    pub class_hit: std::cell::Cell<usize>,
    /// Has a default value.
    pub has_default: bool,
    /// Promoted constructor property visibility (`acc::*`), if promoted.
    pub promote: Option<u32>,
    /// Default value when it is a compile-time constant (for reflection-like uses).
    pub default_const: Option<Zval>,
}

/// A try/catch/finally region.
#[derive(Clone, Debug)]
pub struct TryRegion {
    /// First instruction of the try body.
    pub start: Target,
    /// One past the last instruction of the try body.
    pub end: Target,
    /// Catch dispatch code, if there are catches.
    pub catch: Option<Target>,
    /// Finally block start, if any.
    pub finally: Option<Target>,
    /// One past the finally block's `FinallyEnd`.
    pub finally_end: Target,
    /// Slots recording why the finally block was entered.
    pub fin_kind: Slot,
    /// Value that goes with it (return value, exception, jump target).
    pub fin_val: Slot,
    /// Temporaries live when the try statement begins (an enclosing `switch`'s subject, a
    /// `foreach`'s value): an exception caught here frees every other temporary holding a
    /// value, as PHP frees those whose live range it leaves.
    pub live_tmps: Vec<Slot>,
}

/// State the VM fills in while a function's code runs (PHP's run-time cache): resolved
/// callees, property slots. Opaque to the compiler, created on first use.
#[derive(Default)]
pub struct RuntimeCache(
    /// The VM's cache (its own type).
    pub std::cell::OnceCell<Box<dyn std::any::Any>>,
    /// User functions called by name, by the literal index of the name: the most frequent
    /// entry, kept where it is reached without a type check.
    pub RefCell<Vec<Option<Rc<Function>>>>,
    /// Declared property slots of `->name` accesses, by the literal index of the name (also
    /// reached without the VM cache's type check: one per property access).
    pub RefCell<Vec<Option<PropSlotHit>>>,
    /// Classes named by literals (`new C`, `C::x`), by literal index.
    pub RefCell<Vec<Option<Rc<memphis_values::ClassEntry>>>>,
);

/// A property name resolved to a declared slot for objects of `class` seen from `scope`
/// (monomorphic, as PHP's cache slots).
pub struct PropSlotHit {
    /// The objects' class.
    pub class: Rc<memphis_values::ClassEntry>,
    /// The scope the access ran in (visibility depends on it).
    pub scope: Option<Rc<memphis_values::ClassEntry>>,
    /// The slot.
    pub slot: u32,
    /// The kinds of value the slot's declared type takes as they are (every kind when
    /// untyped), so that a write needs no look at the class's types.
    pub accepts: u16,
    /// The property may be written in place (not readonly, no asymmetric visibility).
    pub writable: bool,
}

impl std::fmt::Debug for RuntimeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RuntimeCache")
    }
}

/// The scalar loop's form of an instruction (`Function::sops`, one per instruction, at the
/// same index): its operands decoded ahead of time into slot indices or immediate numbers, so
/// that the loop that runs arithmetic, comparisons and jumps on ints and floats reads each
/// operand with one load instead of telling literals from slots on every run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SOp {
    /// An instruction the scalar loop does not run.
    Exit,
    /// An `Init…Call` or `New` (which the scalar loop does not run either) whose arguments
    /// are sent the way a call made at once from it can take: each a positional
    /// `SendPlace`/`SendVal`, or a `Bin` into the temporary the next `SendVal` sends, then
    /// the `DoCall`. Decided here so that the VM tells any other call at a glance; `site`
    /// indexes [`Function::sites`], the sends decoded.
    Call { site: u32 },
    /// One it runs in its general form (read from `ops`): literal conditions, unary
    /// operators, literals other than ints and floats.
    Generic,
    /// `goto target`.
    Jmp { target: u32 },
    /// Jump when slot `cond` is false.
    JmpZ { cond: u32, target: u32 },
    /// Jump when slot `cond` is true.
    JmpNz { cond: u32, target: u32 },
    /// `dst = a + b`, `a - b`, `a * b` on two slots (the commonest operators have forms of
    /// their own: no second dispatch on the operator).
    AddSS { dst: u32, a: u32, b: u32 },
    /// See `AddSS`.
    SubSS { dst: u32, a: u32, b: u32 },
    /// See `AddSS`.
    MulSS { dst: u32, a: u32, b: u32 },
    /// `dst = a + n` (or `n + a`) with an int literal.
    AddSI { dst: u32, a: u32, n: i64 },
    /// `dst = a - n` with an int literal.
    SubSI { dst: u32, a: u32, n: i64 },
    /// `dst = a * n` (or `n * a`) with an int literal.
    MulSI { dst: u32, a: u32, n: i64 },
    /// `dst = a % n` with an int literal other than 0 and -1 (which go the general way).
    ModSI { dst: u32, a: u32, n: i64 },
    /// `dst = a & n` with an int literal.
    BitAndSI { dst: u32, a: u32, n: i64 },
    /// `dst = a + d` (or `d + a`) with a float literal.
    AddSD { dst: u32, a: u32, d: f64 },
    /// `dst = a - d` with a float literal.
    SubSD { dst: u32, a: u32, d: f64 },
    /// `dst = a * d` (or `d * a`) with a float literal.
    MulSD { dst: u32, a: u32, d: f64 },
    /// `dst = a op b` on two slots.
    BinSS { op: BinOp, dst: u32, a: u32, b: u32 },
    /// `dst = a op n` with an int literal.
    BinSI { op: BinOp, dst: u32, a: u32, n: i64 },
    /// `dst = n op b` with an int literal.
    BinIS { op: BinOp, dst: u32, n: i64, b: u32 },
    /// `dst = a op d` with a float literal.
    BinSD { op: BinOp, dst: u32, a: u32, d: f64 },
    /// `dst = d op b` with a float literal.
    BinDS { op: BinOp, dst: u32, d: f64, b: u32 },
    /// A comparison of two slots into `dst` whose result the next instruction, a jump on
    /// `dst`, tests: taken to `target` when the result equals `jump_if`, else past the jump.
    /// `mask` holds the result for less (bit 0), equal (bit 1) and greater (bit 2), which
    /// decides two ints without branching on the operator.
    CmpJmpSS {
        mask: u8,
        jump_if: bool,
        dst: u32,
        a: u32,
        b: u32,
        target: u32,
    },
    /// The same against an int literal.
    CmpJmpSI {
        mask: u8,
        jump_if: bool,
        dst: u32,
        a: u32,
        n: i64,
        target: u32,
    },
    /// `$cv += slot` (`-=`, `*=` below): forms of their own, as `AddSS`.
    AddAssignS { cv: u32, val: u32 },
    /// See `AddAssignS`.
    SubAssignS { cv: u32, val: u32 },
    /// See `AddAssignS`.
    MulAssignS { cv: u32, val: u32 },
    /// `$cv += n` with an int literal.
    AddAssignI { cv: u32, n: i64 },
    /// `$cv -= n` with an int literal.
    SubAssignI { cv: u32, n: i64 },
    /// `$cv op= slot`.
    AssignOpS { op: BinOp, cv: u32, val: u32 },
    /// `$cv op= n` with an int literal.
    AssignOpI { op: BinOp, cv: u32, n: i64 },
    /// `$cv op= d` with a float literal.
    AssignOpD { op: BinOp, cv: u32, d: f64 },
    /// `++$cv`, `$cv--` …, the expression's value to slot `dst` (`NO_CV`: unused).
    IncDec {
        cv: u32,
        inc: bool,
        post: bool,
        dst: u32,
    },
    /// `dst = op a` on a slot.
    UnS { op: UnOp, dst: u32, a: u32 },
    /// `$cv = slot`.
    AssignCvS { cv: u32, val: u32 },
    /// `$cv = n` with an int literal.
    AssignCvI { cv: u32, n: i64 },
    /// `$cv = d` with a float literal.
    AssignCvD { cv: u32, d: f64 },
    /// `return slot` (`lit`: `val` is a literal's index, the literal an int, float, bool or
    /// null). The scalar loop stops here; the VM's scalar calls return from it (see
    /// [`Function::scalar_body`]).
    Return { val: u32, lit: bool },
    /// Receives parameter `slot`, passed, whose value's kind bit is in `accepts` (the
    /// parameter's `Param::accepts`; an int for a type that takes floats but not ints is
    /// made a float, as PHP does in either mode). Anything else is the general form's.
    Recv { slot: u32, accepts: u16 },
    /// `dst = val` for a returned value whose kind bit is in `accepts` (the function's
    /// `ret_accepts`).
    VerifyReturn { val: u32, dst: u32, accepts: u16 },
    /// `++$cv` or `--$cv` as a statement (`inc`: which) followed by a `CmpJmpSI` of `$cv`
    /// (the step and the condition of a `for` loop): both at once, one dispatch fewer. The
    /// comparison's instruction stays as it is for jumps that land on it.
    IncCmpJmpSI {
        cv: u32,
        inc: bool,
        mask: u8,
        jump_if: bool,
        dst: u32,
        n: i64,
        target: u32,
    },
    /// The same followed by a `CmpJmpSS` of `$cv` against slot `b`.
    IncCmpJmpSS {
        cv: u32,
        inc: bool,
        mask: u8,
        jump_if: bool,
        dst: u32,
        b: u32,
        target: u32,
    },
}

/// Where an argument of a call made at once comes from: its send instructions decoded once,
/// so that the VM reads a slot or a literal without matching the instructions on every call.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SendSrc {
    /// A `SendPlace` of compiled variable `cv`.
    Cv(u32),
    /// A `SendVal` of literal `lit`.
    Lit(u32),
    /// A `Bin` at instruction `at` into temporary `tmp`, which the `SendVal` after it sends.
    Arith { at: u32, tmp: u32 },
}

/// A call whose sends a call made at once can take ([`SOp::Call`]), decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct CallSite {
    /// Each argument's source, in order.
    pub args: Box<[SendSrc]>,
    /// The `DoCall`'s destination slot ([`NO_CV`]: the result is discarded).
    pub dst: u32,
    /// The instruction after the `DoCall`, where the caller goes on.
    pub resume: u32,
    /// The variable that instruction assigns the result to, when it is a plain `$v = f(…)`
    /// (`AssignCv` of the destination, its result unused); [`NO_CV`] otherwise. A scalar call
    /// may return straight into it when it holds no handle (no reference, nothing to release).
    pub then_cv: u32,
}

/// The call begun at `i`, decoded, when the `argc` instructions after it are sends a fused
/// call can take (see [`fused_span`]) of a variable, a literal or arithmetic; `None` for any
/// other (a `SendPlace` of something other than a variable, a `SendVal` of a temporary):
/// such a call is the general path's.
pub fn call_site(ops: &[Op], i: usize, argc: u32) -> Option<CallSite> {
    let end = fused_span(ops, i, argc)?;
    let mut args = Vec::with_capacity(argc as usize);
    let mut at = i + 1;
    while at < end {
        let (src, n) = match &ops[at] {
            Op::SendPlace { cv, .. } if *cv != NO_CV => (SendSrc::Cv(*cv), 1),
            Op::SendVal { val, .. } => (SendSrc::Lit(val.as_lit()?), 1),
            Op::Bin { dst, .. } => (
                SendSrc::Arith {
                    at: at as u32,
                    tmp: *dst,
                },
                2,
            ),
            _ => return None,
        };
        args.push(src);
        at += n;
    }
    let Some(Op::DoCall { dst }) = ops.get(end) else {
        return None;
    };
    let then_cv = match (dst, ops.get(end + 1)) {
        (Some(d), Some(Op::AssignCv { cv, val, dst: None }))
            if val.0 == *d | Operand::TMP_BIT && *cv != NO_CV =>
        {
            *cv
        }
        _ => NO_CV,
    };
    Some(CallSite {
        args: args.into_boxed_slice(),
        dst: dst.unwrap_or(NO_CV),
        resume: end as u32 + 1,
        then_cv,
    })
}

/// Index of the `DoCall` of the call begun at `i` when the `argc` instructions after it are
/// sends a fused call can take (positional `SendPlace`/`SendVal`, or a `Bin` into the
/// temporary the next `SendVal` sends).
pub fn fused_span(ops: &[Op], i: usize, argc: u32) -> Option<usize> {
    let mut at = i + 1;
    for _ in 0..argc {
        at += match ops.get(at) {
            Some(Op::SendPlace { name: None, .. } | Op::SendVal { name: None, .. }) => 1,
            Some(Op::Bin { dst, .. }) => match ops.get(at + 1) {
                Some(Op::SendVal {
                    val, name: None, ..
                }) if val.0 == *dst | Operand::TMP_BIT => 2,
                _ => return None,
            },
            _ => return None,
        };
    }
    matches!(ops.get(at), Some(Op::DoCall { .. })).then_some(at)
}

/// The scalar forms of `Recv` and `VerifyReturn`, which need the parameters' and the return
/// type's kinds (known once the function is compiled): filled into `sops`.
pub fn typed_forms(ops: &[Op], sops: &mut [SOp], params: &[Param], ret_accepts: u16) {
    for (op, sop) in ops.iter().zip(sops.iter_mut()) {
        match op {
            Op::Recv { n } => {
                if let Some(p) = params.get(*n as usize) {
                    if !p.by_ref && !p.variadic {
                        *sop = SOp::Recv {
                            slot: *n,
                            accepts: p.accepts,
                        };
                    }
                }
            }
            Op::VerifyReturn { val, dst } if val.as_lit().is_none() => {
                *sop = SOp::VerifyReturn {
                    val: val.0 & !Operand::TMP_BIT,
                    dst: *dst,
                    accepts: ret_accepts,
                };
            }
            // A literal (most often the implicit `return null` after the last statement):
            // left to the general form at run time, which the scalar loop's general form
            // hands on, so that a function ending so still counts as scalar code.
            Op::VerifyReturn { .. } => *sop = SOp::Generic,
            _ => {}
        }
    }
}

/// Whether every instruction from `from` on has a scalar form or belongs to a plain function
/// call made at once (see [`Function::scalar_body`]; `sites` are the calls' decoded forms).
pub fn scalar_body(ops: &[Op], sops: &[SOp], sites: &[CallSite], from: usize) -> bool {
    let mut i = from;
    while let (Some(op), Some(sop)) = (ops.get(i), sops.get(i)) {
        i = match (sop, op) {
            (SOp::Exit, _) => return false,
            (SOp::Call { site }, Op::InitFCall { .. }) => match sites.get(*site as usize) {
                Some(s) => s.resume as usize,
                None => return false,
            },
            (SOp::Call { .. }, _) => return false,
            _ => i + 1,
        };
    }
    true
}

/// Whether the scalar loop computes binary operator `op` (on ints and floats).
pub fn scalar_binop(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::Div
            | BinOp::Mod
            | BinOp::Less
            | BinOp::LessEq
            | BinOp::Greater
            | BinOp::GreaterEq
            | BinOp::Identical
            | BinOp::Eq
            | BinOp::NotIdentical
            | BinOp::NotEq
            | BinOp::Spaceship
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::Shl
            | BinOp::Shr
    )
}

/// The scalar loop's form of each of `ops` (see [`SOp`]), and the calls made at once that
/// its `SOp::Call`s index: what the loop runs is decided here, once; the loop still checks
/// the kinds of the values it meets and leaves every other case to the general loop.
pub fn scalar_form(ops: &[Op], literals: &[Zval]) -> (Vec<SOp>, Vec<CallSite>) {
    enum Src {
        Slot(u32),
        Int(i64),
        Float(f64),
        Other,
    }
    let src = |o: Operand| match o.as_lit() {
        None => Src::Slot(o.0 & !Operand::TMP_BIT),
        Some(l) => match literals.get(l as usize) {
            Some(Zval::Long(n)) => Src::Int(*n),
            Some(Zval::Double(d)) => Src::Float(*d),
            _ => Src::Other,
        },
    };
    // The outcomes (less, equal, greater) for which a comparison is true, as bits.
    let mask = |op: BinOp| match op {
        BinOp::Less => Some(0b001),
        BinOp::LessEq => Some(0b011),
        BinOp::Greater => Some(0b100),
        BinOp::GreaterEq => Some(0b110),
        BinOp::Identical | BinOp::Eq => Some(0b010),
        BinOp::NotIdentical | BinOp::NotEq => Some(0b101),
        _ => None,
    };
    // The jump after instruction `i` when it tests slot `dst`: its target and when it jumps.
    let jump_on = |i: usize, dst: u32| match ops.get(i + 1) {
        Some(Op::JmpZ { cond, target }) if cond.0 == dst | Operand::TMP_BIT => {
            Some((*target, false))
        }
        Some(Op::JmpNz { cond, target }) if cond.0 == dst | Operand::TMP_BIT => {
            Some((*target, true))
        }
        _ => None,
    };
    let mut sites = Vec::new();
    let sops = ops
        .iter()
        .enumerate()
        .map(|(i, op)| match op {
            // (Calls whose instructions after them are `argc` sends a fused call can take,
            // then the `DoCall`.)
            Op::InitFCall { argc, .. }
            | Op::InitMethodCall { argc, .. }
            | Op::InitStaticCall { argc, .. }
            | Op::New { argc, .. } => match call_site(ops, i, *argc) {
                Some(site) => {
                    sites.push(site);
                    SOp::Call {
                        site: sites.len() as u32 - 1,
                    }
                }
                None => SOp::Exit,
            },
            Op::Jmp { target } => SOp::Jmp { target: *target },
            Op::JmpZ { cond, target } => match src(*cond) {
                Src::Slot(c) => SOp::JmpZ {
                    cond: c,
                    target: *target,
                },
                _ => SOp::Generic,
            },
            Op::JmpNz { cond, target } => match src(*cond) {
                Src::Slot(c) => SOp::JmpNz {
                    cond: c,
                    target: *target,
                },
                _ => SOp::Generic,
            },
            // Operators the scalar loop never computes (concatenation, powers…) are left to
            // the general loop at once.
            Op::Bin { op, .. } if !scalar_binop(*op) => SOp::Exit,
            Op::Bin { op, dst, a, b } => {
                // A comparison whose result the next instruction jumps on.
                if let (Some(mask), Some((target, jump_if))) = (mask(*op), jump_on(i, *dst)) {
                    let dst = *dst;
                    return match (src(*a), src(*b)) {
                        (Src::Slot(a), Src::Slot(b)) => SOp::CmpJmpSS {
                            mask,
                            jump_if,
                            dst,
                            a,
                            b,
                            target,
                        },
                        (Src::Slot(a), Src::Int(n)) => SOp::CmpJmpSI {
                            mask,
                            jump_if,
                            dst,
                            a,
                            n,
                            target,
                        },
                        _ => SOp::Generic,
                    };
                }
                let (op, dst) = (*op, *dst);
                match (op, src(*a), src(*b)) {
                    (BinOp::Add, Src::Slot(a), Src::Slot(b)) => SOp::AddSS { dst, a, b },
                    (BinOp::Sub, Src::Slot(a), Src::Slot(b)) => SOp::SubSS { dst, a, b },
                    (BinOp::Mul, Src::Slot(a), Src::Slot(b)) => SOp::MulSS { dst, a, b },
                    // (Addition and multiplication of numbers commute, overflow included.)
                    (BinOp::Add, Src::Slot(a), Src::Int(n))
                    | (BinOp::Add, Src::Int(n), Src::Slot(a)) => SOp::AddSI { dst, a, n },
                    (BinOp::Sub, Src::Slot(a), Src::Int(n)) => SOp::SubSI { dst, a, n },
                    (BinOp::Mod, Src::Slot(a), Src::Int(n)) if n != 0 && n != -1 => {
                        SOp::ModSI { dst, a, n }
                    }
                    (BinOp::BitAnd, Src::Slot(a), Src::Int(n))
                    | (BinOp::BitAnd, Src::Int(n), Src::Slot(a)) => SOp::BitAndSI { dst, a, n },
                    (BinOp::Mul, Src::Slot(a), Src::Int(n))
                    | (BinOp::Mul, Src::Int(n), Src::Slot(a)) => SOp::MulSI { dst, a, n },
                    (BinOp::Add, Src::Slot(a), Src::Float(d))
                    | (BinOp::Add, Src::Float(d), Src::Slot(a)) => SOp::AddSD { dst, a, d },
                    (BinOp::Sub, Src::Slot(a), Src::Float(d)) => SOp::SubSD { dst, a, d },
                    (BinOp::Mul, Src::Slot(a), Src::Float(d))
                    | (BinOp::Mul, Src::Float(d), Src::Slot(a)) => SOp::MulSD { dst, a, d },
                    (_, a, b) => match (a, b) {
                        (Src::Slot(a), Src::Slot(b)) => SOp::BinSS { op, dst, a, b },
                        (Src::Slot(a), Src::Int(n)) => SOp::BinSI { op, dst, a, n },
                        (Src::Int(n), Src::Slot(b)) => SOp::BinIS { op, dst, n, b },
                        (Src::Slot(a), Src::Float(d)) => SOp::BinSD { op, dst, a, d },
                        (Src::Float(d), Src::Slot(b)) => SOp::BinDS { op, dst, d, b },
                        _ => SOp::Generic,
                    },
                }
            }
            Op::AssignOp {
                cv,
                op,
                val,
                dst: None,
                ..
            } if *cv != NO_CV => {
                let (op, cv) = (*op, *cv);
                match (op, src(*val)) {
                    (BinOp::Add, Src::Slot(val)) => SOp::AddAssignS { cv, val },
                    (BinOp::Sub, Src::Slot(val)) => SOp::SubAssignS { cv, val },
                    (BinOp::Mul, Src::Slot(val)) => SOp::MulAssignS { cv, val },
                    (BinOp::Add, Src::Int(n)) => SOp::AddAssignI { cv, n },
                    (BinOp::Sub, Src::Int(n)) => SOp::SubAssignI { cv, n },
                    (_, val) => match val {
                        Src::Slot(val) => SOp::AssignOpS { op, cv, val },
                        Src::Int(n) => SOp::AssignOpI { op, cv, n },
                        Src::Float(d) => SOp::AssignOpD { op, cv, d },
                        Src::Other => SOp::Generic,
                    },
                }
            }
            Op::IncDec {
                cv, inc, post, dst, ..
            } if *cv != NO_CV => SOp::IncDec {
                cv: *cv,
                inc: *inc,
                post: *post,
                dst: dst.unwrap_or(NO_CV),
            },
            Op::AssignCv { cv, val, dst: None } => match src(*val) {
                Src::Slot(val) => SOp::AssignCvS { cv: *cv, val },
                Src::Int(n) => SOp::AssignCvI { cv: *cv, n },
                Src::Float(d) => SOp::AssignCvD { cv: *cv, d },
                // null and bools run in the general form; a string or array literal is never
                // the scalar loop's.
                Src::Other => match val.as_lit().and_then(|l| literals.get(l as usize)) {
                    Some(Zval::Null | Zval::Bool(_)) => SOp::Generic,
                    _ => SOp::Exit,
                },
            },
            // A scalar copied or moved between slots is stored as an assignment stores it
            // (a moved one may stay in its temporary: a scalar there holds nothing).
            Op::Copy { dst, src: val } => match src(*val) {
                Src::Slot(val) => SOp::AssignCvS { cv: *dst, val },
                Src::Int(n) => SOp::AssignCvI { cv: *dst, n },
                Src::Float(d) => SOp::AssignCvD { cv: *dst, d },
                Src::Other => SOp::Exit,
            },
            Op::Move { dst, src } => SOp::AssignCvS {
                cv: *dst,
                val: *src,
            },
            Op::Return { val } => match val.as_lit() {
                None => SOp::Return {
                    val: val.0 & !Operand::TMP_BIT,
                    lit: false,
                },
                Some(l) => match literals.get(l as usize) {
                    Some(Zval::Null | Zval::Bool(_) | Zval::Long(_) | Zval::Double(_)) => {
                        SOp::Return { val: l, lit: true }
                    }
                    _ => SOp::Exit,
                },
            },
            Op::Un { op, dst, a } => match src(*a) {
                Src::Slot(a) => SOp::UnS {
                    op: *op,
                    dst: *dst,
                    a,
                },
                _ => SOp::Generic,
            },
            _ => SOp::Exit,
        })
        .collect();
    (fuse_steps(sops), sites)
}

/// Fuses a statement `++$i`/`--$i` with the comparison of `$i` and jump after it (see
/// [`SOp::IncCmpJmpSI`]).
fn fuse_steps(mut sops: Vec<SOp>) -> Vec<SOp> {
    for i in 0..sops.len().saturating_sub(1) {
        let SOp::IncDec {
            cv,
            inc,
            dst: NO_CV,
            ..
        } = sops[i]
        else {
            continue;
        };
        sops[i] = match sops[i + 1] {
            SOp::CmpJmpSI {
                mask,
                jump_if,
                dst,
                a,
                n,
                target,
            } if a == cv => SOp::IncCmpJmpSI {
                cv,
                inc,
                mask,
                jump_if,
                dst,
                n,
                target,
            },
            SOp::CmpJmpSS {
                mask,
                jump_if,
                dst,
                a,
                b,
                target,
            } if a == cv => SOp::IncCmpJmpSS {
                cv,
                inc,
                mask,
                jump_if,
                dst,
                b,
                target,
            },
            _ => continue,
        };
    }
    sops
}

/// A compiled function, method, closure body or file's main code.
#[derive(Debug)]
pub struct Function {
    /// Name as declared (`{closure}` for closures, `` for the main script).
    pub name: String,
    /// Declaring class, for methods.
    pub class_name: Option<String>,
    /// The scalar loop's form of `ops` (see [`SOp`]), index for index.
    pub sops: Vec<SOp>,
    /// The calls made at once, decoded (indexed by `SOp::Call`).
    pub sites: Vec<CallSite>,
    /// Instructions.
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Literal table.
    pub literals: Vec<Zval>,
    /// Places used by the instructions.
    pub places: Vec<Place>,
    /// Name of each frame slot: compiled variables have their name (parameters first),
    /// temporaries an empty string.
    pub cv_names: Vec<String>,
    /// zval slots PHP's frame for this code has: compiled variables plus every temporary
    /// (PHP numbers temporaries without reuse), for the VM stack's accounting.
    pub stack_slots: u32,
    /// Number of foreach iterators.
    pub num_iters: u32,
    /// Parameters.
    pub params: Vec<Param>,
    /// Required parameter count.
    pub required: u32,
    /// Declared return type.
    pub ret_type: Option<TypeDecl>,
    /// The kinds of value `ret_type` takes as they are ([`TypeDecl::plain_mask`]).
    pub ret_accepts: u16,
    /// The last class whose objects `ret_type` was found to take (see [`Param::class_hit`]).
    pub ret_class_hit: std::cell::Cell<usize>,
    /// Returns by reference.
    pub by_ref: bool,
    /// Whether some parameter takes its argument by reference (callers then check each
    /// position they send to; most functions have none).
    pub by_ref_params: bool,
    /// Whether a call may enter it directly: not abstract, not a generator, no variadic
    /// parameter (the VM's common-call path checks this one flag).
    pub plain_entry: bool,
    /// How many leading instructions are `Recv`s of untyped by-value parameters, in order:
    /// with that many arguments passed they do nothing, so a call may start after them.
    pub recv_skip: u32,
    /// Whether every instruction after those `Recv`s has a scalar form or belongs to a
    /// plain function call made at once: called with scalars, such a function may run as a
    /// scalar call (the VM's `light` module), its frame made only if it leaves the scalar
    /// forms.
    pub scalar_body: bool,
    /// Contains `yield`: calling it makes a Generator.
    pub is_generator: bool,
    /// `static` method or closure.
    pub is_static: bool,
    /// Modifier bits (`acc::*`) for methods.
    pub flags: u32,
    /// try regions, innermost last within nesting.
    pub try_regions: Vec<TryRegion>,
    /// Static variables' current values (shared by all calls).
    pub statics: RefCell<Vec<Option<memphis_values::ZRef>>>,
    /// File the function was compiled from.
    pub file: Rc<str>,
    /// Line of the declaration.
    pub line_start: u32,
    /// Last line of the declaration.
    pub line_end: u32,
    /// Uses `func_get_args` or variable-variables (needs all args kept).
    pub uses_dynamic_vars: bool,
    /// Number of `use` variables (closures): they are the CVs right after the parameters.
    pub num_uses: u32,
    /// Doc comment.
    pub doc: Option<String>,
    /// Strict types declared in the file.
    pub strict_types: bool,
    /// Namespace the function was declared in.
    pub namespace: String,
    /// Functions declared inside this one (named, closures, methods of nested classes).
    pub children: Vec<Rc<Function>>,
    /// Classes declared inside this one.
    pub classes: Vec<Rc<ClassDecl>>,
    /// What the VM resolved while running this code.
    pub runtime: RuntimeCache,
}

impl Function {
    /// Total slots a frame needs.
    pub fn num_slots(&self) -> usize {
        self.cv_names.len()
    }
}

/// A class constant declaration.
#[derive(Debug)]
pub struct ConstDecl {
    /// Name.
    pub name: String,
    /// Initialiser: a tiny function returning the value.
    pub init: Rc<Function>,
    /// Visibility bits.
    pub flags: u32,
}

/// A property declaration.
#[derive(Debug)]
pub struct PropDecl {
    /// Name without `$`.
    pub name: String,
    /// Initialiser (None: no default → null, or uninitialised when typed).
    pub init: Option<Rc<Function>>,
    /// Visibility and modifier bits.
    pub flags: u32,
    /// Declared type.
    pub ty: Option<TypeDecl>,
    /// Doc comment.
    pub doc: Option<String>,
    /// PHP 8.4 property hooks, if declared.
    pub hooks: Option<Rc<PropHooksDecl>>,
}

/// A property's hooks (PHP 8.4): methods named `$prop::get` / `$prop::set`.
#[derive(Debug)]
pub struct PropHooksDecl {
    /// The `get` hook.
    pub get: Option<Rc<Function>>,
    /// The `set` hook (one parameter: the assigned value).
    pub set: Option<Rc<Function>>,
    /// No hook refers to the property's own value (`$this->prop`): it has no storage.
    pub is_virtual: bool,
}

/// Trait adaptation rules.
#[derive(Debug, Clone)]
pub enum TraitRule {
    /// `T::m insteadof U`.
    Insteadof {
        trait_name: String,
        method: String,
        instead_of: Vec<String>,
    },
    /// `T::m as [visibility] alias`.
    Alias {
        trait_name: Option<String>,
        method: String,
        alias: Option<String>,
        flags: Option<u32>,
    },
}

/// An enum case.
#[derive(Debug)]
pub struct CaseDecl {
    /// Case name.
    pub name: String,
    /// Backing value initialiser.
    pub value: Option<Rc<Function>>,
}

/// A class, interface, trait or enum declaration.
#[derive(Debug)]
pub struct ClassDecl {
    /// Fully qualified name.
    pub name: String,
    /// `acc::*` flags (abstract, final, interface, trait, enum, readonly …).
    pub flags: u32,
    /// Parent class name.
    pub parent: Option<String>,
    /// Implemented (or, for interfaces, extended) interfaces.
    pub interfaces: Vec<String>,
    /// Used traits.
    pub traits: Vec<String>,
    /// Trait rules.
    pub trait_rules: Vec<TraitRule>,
    /// Constants.
    pub consts: Vec<ConstDecl>,
    /// Properties (instance and static).
    pub props: Vec<PropDecl>,
    /// Methods (lowercase name → function).
    pub methods: Vec<Rc<Function>>,
    /// Enum cases.
    pub cases: Vec<CaseDecl>,
    /// Enum backing type (`int`/`string`).
    pub enum_backing: Option<String>,
    /// Declaration line.
    pub line: u32,
    /// Last line.
    pub line_end: u32,
    /// Doc comment.
    pub doc: Option<String>,
    /// Attribute names (for `#[AllowDynamicProperties]`).
    pub attributes: Vec<String>,
    /// Can be declared before the script runs (top level, unconditional).
    pub toplevel: bool,
}

/// The result of compiling one file.
#[derive(Debug)]
pub struct Unit {
    /// The file's top-level code (declarations hang off it as children).
    pub main: Rc<Function>,
    /// File path.
    pub file: Rc<str>,
    /// Deprecations PHP raises while compiling the file (line, message), in source order.
    pub deprecations: Vec<(u32, i64, String)>,
}
