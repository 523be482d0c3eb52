//! PHP source text of an expression, written back as PHP's `zend_ast_export` writes it: the
//! text `assert()` gets as its message when no description is given (`assert($a > 1)` fails
//! with "assert($a > 1)"). Spacing, parentheses (only where precedence needs them), quoting
//! and the literal forms are PHP's, not the script's: `array(1)` reads `[1]`, `new Foo`
//! reads `new Foo()`, `$a and $b` reads `$a && $b`, two literal operands of `.` are one
//! string already (PHP's parser folds them).

use crate::source;
use php_ast::ast as a;
use php_ast::ast::ExprKind;

/// Writes expressions of one file.
pub(crate) struct Exporter<'s> {
    src: &'s str,
    precision: i32,
    out: Vec<u8>,
}

/// A literal operand PHP's parser keeps as a value (and folds `.` over).
enum Lit {
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
}

impl Lit {
    fn bytes(&self, precision: i32) -> Vec<u8> {
        match self {
            Lit::Int(i) => i.to_string().into_bytes(),
            Lit::Float(d) => memphis_values::convert::format_double(*d, precision).into_bytes(),
            Lit::Str(s) => s.clone(),
        }
    }
}

/// `name` is a plain variable name (`$name` needs no braces).
fn valid_var_name(name: &[u8]) -> bool {
    let ok = |c: u8, first: bool| {
        c == b'_' || c >= 127 || c.is_ascii_alphabetic() || (!first && c.is_ascii_digit())
    };
    !name.is_empty() && name.iter().enumerate().all(|(i, &c)| ok(c, i == 0))
}

impl<'s> Exporter<'s> {
    /// An exporter over source `src` (the text spans point into), writing floats with
    /// `precision` digits as PHP's `precision` setting does.
    pub(crate) fn new(src: &'s str, precision: i32) -> Self {
        Exporter {
            src,
            precision,
            out: Vec::new(),
        }
    }

    /// `prefix`, the expression, `suffix`.
    pub(crate) fn export(mut self, prefix: &str, e: &a::Expr, suffix: &str) -> Vec<u8> {
        self.s(prefix);
        self.expr(e, 0, 0);
        self.s(suffix);
        self.out
    }

    /// A named argument (`assertion: $x`) as PHP writes it.
    pub(crate) fn export_named(mut self, prefix: &str, name: &str, e: &a::Expr) -> Vec<u8> {
        self.s(prefix);
        self.s(name);
        self.s(": ");
        self.expr(e, 20, 0);
        self.s(")");
        self.out
    }

    fn s(&mut self, t: &str) {
        self.out.extend_from_slice(t.as_bytes());
    }

    fn text(&self, span: php_ast::Span) -> &'s str {
        self.src
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default()
    }

    fn indent(&mut self, n: usize) {
        for _ in 0..n {
            self.s("    ");
        }
    }

    /// The value of a literal operand, folding `.` between literals as PHP's parser does.
    fn literal(&self, e: &a::Expr) -> Option<Lit> {
        Some(match &e.kind {
            ExprKind::Int(i) => Lit::Int(*i),
            ExprKind::Float(f) => Lit::Float(*f),
            ExprKind::String(s) => Lit::Str(source::restore(s.as_bytes()).into_owned()),
            ExprKind::Nowdoc { value, .. } => {
                Lit::Str(source::restore(value.as_bytes()).into_owned())
            }
            ExprKind::Heredoc { parts, .. } | ExprKind::InterpolatedString(parts)
                if parts.iter().all(|p| matches!(p, a::StringPart::Literal(_))) =>
            {
                let mut v = Vec::new();
                for p in parts.iter() {
                    if let a::StringPart::Literal(b) = p {
                        v.extend_from_slice(&source::restore(b.as_bytes()));
                    }
                }
                Lit::Str(v)
            }
            ExprKind::Parenthesized(inner) => return self.literal(inner),
            ExprKind::Binary(b) if b.op == a::BinaryOp::Concat => {
                let (x, y) = (self.literal(b.left)?, self.literal(b.right)?);
                let mut v = x.bytes(self.precision);
                v.extend_from_slice(&y.bytes(self.precision));
                Lit::Str(v)
            }
            _ => return None,
        })
    }

    fn lit(&mut self, l: &Lit) {
        match l {
            Lit::Int(i) => self.s(&i.to_string()),
            Lit::Float(d) => {
                let t = memphis_values::convert::format_double(*d, self.precision);
                let integral = t.bytes().all(|c| c.is_ascii_digit() || c == b'-');
                self.s(&t);
                if integral {
                    self.s(".0");
                }
            }
            // Control characters are only readable escaped: such a string is written
            // double-quoted.
            Lit::Str(v) if v.iter().any(|&c| c < b' ') => {
                self.out.push(b'"');
                self.qstr(b'"', v);
                self.out.push(b'"');
            }
            Lit::Str(v) => {
                self.out.push(b'\'');
                for &c in v {
                    if c == b'\'' || c == b'\\' {
                        self.out.push(b'\\');
                    }
                    self.out.push(c);
                }
                self.out.push(b'\'');
            }
        }
    }

    /// A string part of a double-quoted (or backquoted) string.
    fn qstr(&mut self, quote: u8, v: &[u8]) {
        for &c in v {
            if c < b' ' {
                match c {
                    b'\n' => self.s("\\n"),
                    b'\r' => self.s("\\r"),
                    b'\t' => self.s("\\t"),
                    0x0c => self.s("\\f"),
                    0x0b => self.s("\\v"),
                    0x1b => self.s("\\e"),
                    _ => {
                        self.s("\\0");
                        self.out.push(b'0' + c / 8);
                        self.out.push(b'0' + c % 8);
                    }
                }
            } else {
                if c == quote || c == b'$' || c == b'\\' {
                    self.out.push(b'\\');
                }
                self.out.push(c);
            }
        }
    }

    fn encaps(&mut self, quote: u8, parts: &[a::StringPart]) {
        for (i, p) in parts.iter().enumerate() {
            match p {
                a::StringPart::Literal(b) => self.qstr(quote, &source::restore(b.as_bytes())),
                a::StringPart::Expr(e) => {
                    let next_needs_braces = match parts.get(i + 1) {
                        Some(a::StringPart::Literal(b)) => b.as_bytes().first().is_some_and(|&c| {
                            c == b'[' || c == b'_' || c >= 127 || c.is_ascii_alphanumeric()
                        }),
                        _ => false,
                    };
                    if matches!(e.kind, ExprKind::Variable(_)) && !next_needs_braces {
                        self.expr(e, 0, 0);
                    } else {
                        self.s("{");
                        self.expr(e, 0, 0);
                        self.s("}");
                    }
                }
                _ => {}
            }
        }
    }

    /// A name as written (`\strlen`, `namespace\f`, `Foo\Bar`), or an expression in its place.
    fn ns_name(&mut self, e: &a::Expr, ind: usize) {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Identifier(_) => {
                let t = self.text(e.span);
                self.s(t);
            }
            _ => self.expr(e, 0, ind),
        }
    }

    /// A member name after `->` or `::` (`$a->b`, `$a->$b`, `$a->{'b c'}`).
    fn var(&mut self, e: &a::Expr, ind: usize) {
        match &e.kind {
            ExprKind::Identifier(n) => self.s(n),
            ExprKind::Variable(_) => self.expr(e, 0, ind),
            ExprKind::Parenthesized(inner) => self.var(inner, ind),
            _ => {
                if let Some(Lit::Str(v)) = self.literal(e) {
                    if valid_var_name(&v) {
                        self.out.extend_from_slice(&v);
                        return;
                    }
                }
                self.s("{");
                match self.literal(e) {
                    Some(Lit::Str(v)) => self.out.extend_from_slice(&v),
                    _ => self.expr(e, 0, ind),
                }
                self.s("}");
            }
        }
    }

    fn args(&mut self, args: &[a::Arg], ind: usize) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            if let Some(n) = &arg.name {
                let t = n.to_string_repr();
                self.s(&t);
                self.s(": ");
            }
            match &arg.kind {
                a::ArgKind::Value(v) => self.expr(v, 20, ind),
                a::ArgKind::Spread(v) => {
                    self.s("...");
                    self.expr(v, 20, ind);
                }
                a::ArgKind::ByRef(v) => {
                    self.s("&");
                    self.expr(v, 20, ind);
                }
                a::ArgKind::Placeholder => self.s("?"),
                a::ArgKind::SpreadPlaceholder => self.s("..."),
                _ => {}
            }
        }
    }

    fn binary(
        &mut self,
        l: &a::Expr,
        op: &str,
        r: &a::Expr,
        p: (u32, u32, u32),
        pri: u32,
        ind: usize,
    ) {
        if pri > p.0 {
            self.s("(");
        }
        self.expr(l, p.1, ind);
        self.s(op);
        self.expr(r, p.2, ind);
        if pri > p.0 {
            self.s(")");
        }
    }

    fn prefix(&mut self, op: &str, e: &a::Expr, p: (u32, u32), pri: u32, ind: usize) {
        if pri > p.0 {
            self.s("(");
        }
        self.s(op);
        self.expr(e, p.1, ind);
        if pri > p.0 {
            self.s(")");
        }
    }

    fn type_hint(&mut self, t: &a::TypeHint) {
        match &t.kind {
            a::TypeHintKind::Nullable(inner) => {
                self.s("?");
                self.type_hint(inner);
            }
            a::TypeHintKind::Union(ts) => {
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        self.s("|");
                    }
                    if matches!(t.kind, a::TypeHintKind::Intersection(_)) {
                        self.s("(");
                        self.type_hint(t);
                        self.s(")");
                    } else {
                        self.type_hint(t);
                    }
                }
            }
            a::TypeHintKind::Intersection(ts) => {
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        self.s("&");
                    }
                    self.type_hint(t);
                }
            }
            a::TypeHintKind::Keyword(b, span) => {
                // `array`, `callable` and `static` are type nodes of their own (written in
                // lower case); the others are names, written as in the script.
                let t = self.text(*span);
                match b {
                    a::BuiltinType::Array | a::BuiltinType::Callable | a::BuiltinType::Static => {
                        self.s(&t.to_ascii_lowercase())
                    }
                    _ => self.s(t),
                }
            }
            _ => {
                let t = self.text(t.span);
                self.s(t);
            }
        }
    }

    fn params(&mut self, params: &[a::Param], ind: usize) {
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            if let Some(t) = &p.type_hint {
                self.type_hint(t);
                self.s(" ");
            }
            if p.by_ref {
                self.s("&");
            }
            if p.variadic {
                self.s("...");
            }
            self.s("$");
            self.s(p.name.or_error().trim_start_matches('$'));
            if let Some(d) = &p.default {
                self.s(" = ");
                self.expr(d, 0, ind);
            }
        }
    }

    /// An expression at `pri` (the precedence of where it stands), `ind` levels indented.
    fn expr(&mut self, e: &a::Expr, pri: u32, ind: usize) {
        use a::BinaryOp as B;
        if let Some(l) = self.literal(e) {
            self.lit(&l);
            return;
        }
        match &e.kind {
            ExprKind::Parenthesized(inner) => self.expr(inner, pri, ind),
            ExprKind::Bool(_) | ExprKind::Null => {
                // Constants, written as in the script (`TRUE`, `\null`).
                let t = self.text(e.span);
                let plain = t.trim_start_matches('\\');
                if ["true", "false", "null"]
                    .iter()
                    .any(|w| plain.eq_ignore_ascii_case(w))
                {
                    self.s(t);
                } else {
                    self.s(match e.kind {
                        ExprKind::Bool(true) => "true",
                        ExprKind::Bool(false) => "false",
                        _ => "null",
                    });
                }
            }
            ExprKind::InterpolatedString(parts) | ExprKind::Heredoc { parts, .. } => {
                self.s("\"");
                self.encaps(b'"', parts);
                self.s("\"");
            }
            ExprKind::ShellExec(parts) => {
                self.s("`");
                self.encaps(b'`', parts);
                self.s("`");
            }
            ExprKind::Variable(n) => {
                self.s("$");
                self.s(n);
            }
            ExprKind::VariableVariable(inner) => {
                self.s("$");
                match (&inner.kind, self.literal(inner)) {
                    (ExprKind::Variable(_) | ExprKind::VariableVariable(_), _) => {
                        self.expr(inner, 0, ind)
                    }
                    (_, Some(Lit::Str(v))) if valid_var_name(&v) => self.out.extend_from_slice(&v),
                    _ => {
                        self.s("{");
                        self.expr(inner, 0, ind);
                        self.s("}");
                    }
                }
            }
            ExprKind::Identifier(_) | ExprKind::Name(_) => self.ns_name(e, ind),
            ExprKind::Assign(asg) => {
                let op = match (asg.by_ref, asg.op) {
                    (true, _) => " =& ",
                    (_, a::AssignOp::Assign) => " = ",
                    (_, a::AssignOp::Plus) => " += ",
                    (_, a::AssignOp::Minus) => " -= ",
                    (_, a::AssignOp::Mul) => " *= ",
                    (_, a::AssignOp::Div) => " /= ",
                    (_, a::AssignOp::Mod) => " %= ",
                    (_, a::AssignOp::Pow) => " **= ",
                    (_, a::AssignOp::Concat) => " .= ",
                    (_, a::AssignOp::BitwiseAnd) => " &= ",
                    (_, a::AssignOp::BitwiseOr) => " |= ",
                    (_, a::AssignOp::BitwiseXor) => " ^= ",
                    (_, a::AssignOp::ShiftLeft) => " <<= ",
                    (_, a::AssignOp::ShiftRight) => " >>= ",
                    (_, a::AssignOp::Coalesce) => " ??= ",
                    _ => " = ",
                };
                self.binary(asg.target, op, asg.value, (90, 91, 90), pri, ind);
            }
            ExprKind::Binary(b) => {
                let (op, p) = match b.op {
                    B::Add => (" + ", (200, 200, 201)),
                    B::Sub => (" - ", (200, 200, 201)),
                    B::Mul => (" * ", (210, 210, 211)),
                    B::Div => (" / ", (210, 210, 211)),
                    B::Mod => (" % ", (210, 210, 211)),
                    B::ShiftLeft => (" << ", (190, 190, 191)),
                    B::ShiftRight => (" >> ", (190, 190, 191)),
                    B::Concat => (" . ", (185, 185, 186)),
                    B::BitwiseOr => (" | ", (140, 140, 141)),
                    B::BitwiseAnd => (" & ", (160, 160, 161)),
                    B::BitwiseXor => (" ^ ", (150, 150, 151)),
                    B::Identical => (" === ", (170, 171, 171)),
                    B::NotIdentical => (" !== ", (170, 171, 171)),
                    B::Equal => (" == ", (170, 171, 171)),
                    B::NotEqual => (" != ", (170, 171, 171)),
                    B::Less => (" < ", (180, 181, 181)),
                    B::LessOrEqual => (" <= ", (180, 181, 181)),
                    B::Greater => (" > ", (180, 181, 181)),
                    B::GreaterOrEqual => (" >= ", (180, 181, 181)),
                    B::Spaceship => (" <=> ", (180, 181, 181)),
                    B::Pow => (" ** ", (250, 251, 250)),
                    B::LogicalXor => (" xor ", (40, 40, 41)),
                    B::BooleanAnd | B::LogicalAnd => (" && ", (130, 130, 131)),
                    B::BooleanOr | B::LogicalOr => (" || ", (120, 120, 121)),
                    B::Pipe => (" |> ", (183, 183, 184)),
                    B::Instanceof => {
                        self.expr(b.left, 0, ind);
                        self.s(" instanceof ");
                        self.ns_name(b.right, ind);
                        return;
                    }
                    _ => (" ? ", (0, 0, 0)),
                };
                self.binary(b.left, op, b.right, p, pri, ind);
            }
            ExprKind::UnaryPrefix(u) => {
                use a::UnaryPrefixOp as U;
                let op = match u.op {
                    U::Negate => "-",
                    U::Plus => "+",
                    U::BooleanNot => "!",
                    U::BitwiseNot => "~",
                    U::PreIncrement => "++",
                    U::PreDecrement => "--",
                    _ => "",
                };
                self.prefix(op, u.operand, (240, 241), pri, ind);
            }
            ExprKind::UnaryPostfix(u) => {
                if pri > 240 {
                    self.s("(");
                }
                self.expr(u.operand, 241, ind);
                self.s(match u.op {
                    a::UnaryPostfixOp::PostIncrement => "++",
                    _ => "--",
                });
                if pri > 240 {
                    self.s(")");
                }
            }
            ExprKind::Ternary(t) => {
                if pri > 100 {
                    self.s("(");
                }
                self.expr(t.condition, 100, ind);
                match t.then_expr {
                    Some(then) => {
                        self.s(" ? ");
                        self.expr(then, 101, ind);
                        self.s(" : ");
                    }
                    None => self.s(" ?: "),
                }
                self.expr(t.else_expr, 101, ind);
                if pri > 100 {
                    self.s(")");
                }
            }
            ExprKind::NullCoalesce(n) => {
                self.binary(n.left, " ?? ", n.right, (110, 111, 110), pri, ind)
            }
            ExprKind::FunctionCall(fc) => {
                self.ns_name(fc.name, ind);
                self.s("(");
                self.args(&fc.args, ind);
                self.s(")");
            }
            ExprKind::Array(elems) => {
                self.s("[");
                for (i, el) in elems.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match &el.kind {
                        a::ArrayElementKind::Spread(v) => {
                            self.s("...");
                            self.expr(v, 20, ind);
                        }
                        a::ArrayElementKind::Value(v) | a::ArrayElementKind::ByRef(v) => {
                            if let Some(k) = &el.key {
                                self.expr(k, 80, ind);
                                self.s(" => ");
                            }
                            if el.is_by_ref() {
                                self.s("&");
                            }
                            if !matches!(v.kind, ExprKind::Omit) {
                                self.expr(v, 80, ind);
                            }
                        }
                        _ => {}
                    }
                }
                self.s("]");
            }
            ExprKind::ArrayAccess(aa) => {
                self.expr(aa.array, 260, ind);
                self.s("[");
                if let Some(i) = aa.index {
                    self.expr(i, 0, ind);
                }
                self.s("]");
            }
            ExprKind::Print(inner) => self.prefix("print ", inner, (60, 61), pri, ind),
            ExprKind::Cast(kind, inner) => {
                let op = match kind {
                    a::CastKind::Int => "(int)",
                    a::CastKind::Float => "(double)",
                    a::CastKind::String => "(string)",
                    a::CastKind::Bool => "(bool)",
                    a::CastKind::Array => "(array)",
                    a::CastKind::Object => "(object)",
                    a::CastKind::Unset => "(unset)",
                    _ => "(void)",
                };
                self.prefix(op, inner, (240, 241), pri, ind);
            }
            ExprKind::ErrorSuppress(inner) => self.prefix("@", inner, (240, 241), pri, ind),
            ExprKind::Isset(vars) => {
                // `isset($a, $b)` is `isset($a) && isset($b)` in PHP's tree.
                let n = vars.len();
                let paren = n > 1 && pri > 130;
                if paren {
                    self.s("(");
                }
                for (i, v) in vars.iter().enumerate() {
                    if i > 0 {
                        self.s(" && ");
                    }
                    self.s("isset(");
                    self.expr(v, 0, ind);
                    self.s(")");
                }
                if paren {
                    self.s(")");
                }
            }
            ExprKind::Empty(inner) => {
                self.s("empty(");
                self.expr(inner, 0, ind);
                self.s(")");
            }
            ExprKind::Include(kind, inner) => {
                self.s(match kind {
                    a::IncludeKind::IncludeOnce => "include_once(",
                    a::IncludeKind::Require => "require(",
                    a::IncludeKind::RequireOnce => "require_once(",
                    _ => "include(",
                });
                self.expr(inner, 0, ind);
                self.s(")");
            }
            ExprKind::Eval(inner) => {
                self.s("eval(");
                self.expr(inner, 0, ind);
                self.s(")");
            }
            ExprKind::Exit(v) => match v {
                Some(v) => {
                    self.s("exit(");
                    self.expr(v, 0, ind);
                    self.s(")");
                }
                None => self.s("exit"),
            },
            ExprKind::MagicConst(k) => {
                use a::MagicConstKind as M;
                self.s(match k {
                    M::Class => "__CLASS__",
                    M::Dir => "__DIR__",
                    M::File => "__FILE__",
                    M::Function => "__FUNCTION__",
                    M::Line => "__LINE__",
                    M::Method => "__METHOD__",
                    M::Namespace => "__NAMESPACE__",
                    M::Trait => "__TRAIT__",
                    M::Property => "__PROPERTY__",
                    _ => "",
                });
            }
            ExprKind::Clone(inner) => self.prefix("clone ", inner, (270, 271), pri, ind),
            ExprKind::New(n) => {
                self.s("new ");
                if let ExprKind::AnonymousClass(cd) = &n.class.kind {
                    self.s("class");
                    if !n.args.is_empty() {
                        self.s("(");
                        self.args(&n.args, ind);
                        self.s(")");
                    }
                    self.class_tail(cd, ind);
                } else {
                    self.ns_name(n.class, ind);
                    self.s("(");
                    self.args(&n.args, ind);
                    self.s(")");
                }
            }
            ExprKind::AnonymousClass(cd) => {
                self.s("new class");
                self.class_tail(cd, ind);
            }
            ExprKind::PropertyAccess(pa) | ExprKind::NullsafePropertyAccess(pa) => {
                self.expr(pa.object, 0, ind);
                self.s(if matches!(e.kind, ExprKind::PropertyAccess(_)) {
                    "->"
                } else {
                    "?->"
                });
                self.var(pa.property, ind);
            }
            ExprKind::MethodCall(mc) | ExprKind::NullsafeMethodCall(mc) => {
                self.expr(mc.object, 0, ind);
                self.s(if matches!(e.kind, ExprKind::MethodCall(_)) {
                    "->"
                } else {
                    "?->"
                });
                self.var(mc.method, ind);
                self.s("(");
                self.args(&mc.args, ind);
                self.s(")");
            }
            ExprKind::StaticPropertyAccess(sa) => {
                self.ns_name(sa.class, ind);
                self.s("::");
                // The member is the variable itself (`$b` in `A::$b`).
                self.expr(sa.member, 0, ind);
            }
            ExprKind::StaticPropertyAccessDynamic { class, member } => {
                self.ns_name(class, ind);
                self.s("::$");
                self.var(member, ind);
            }
            ExprKind::ClassConstAccess(sa) => {
                self.ns_name(sa.class, ind);
                self.s("::");
                self.var(sa.member, ind);
            }
            ExprKind::ClassConstAccessDynamic { class, member } => {
                self.ns_name(class, ind);
                self.s("::{");
                self.expr(member, 0, ind);
                self.s("}");
            }
            ExprKind::StaticMethodCall(sc) => {
                self.ns_name(sc.class, ind);
                self.s("::");
                self.var(sc.method, ind);
                self.s("(");
                self.args(&sc.args, ind);
                self.s(")");
            }
            ExprKind::StaticMethodCallDynamic(sc) => {
                self.ns_name(sc.class, ind);
                self.s("::");
                self.var(sc.method, ind);
                self.s("(");
                self.args(&sc.args, ind);
                self.s(")");
            }
            ExprKind::CallableCreate(cc) => {
                match &cc.kind {
                    a::CallableCreateKind::Function(f) => self.ns_name(f, ind),
                    a::CallableCreateKind::Method { object, method } => {
                        self.expr(object, 0, ind);
                        self.s("->");
                        self.var(method, ind);
                    }
                    a::CallableCreateKind::NullsafeMethod { object, method } => {
                        self.expr(object, 0, ind);
                        self.s("?->");
                        self.var(method, ind);
                    }
                    a::CallableCreateKind::StaticMethod { class, method } => {
                        self.ns_name(class, ind);
                        self.s("::");
                        self.var(method, ind);
                    }
                    _ => {}
                }
                self.s("(...)");
            }
            ExprKind::Closure(c) => {
                if c.is_static {
                    self.s("static ");
                }
                self.s("function ");
                if c.by_ref {
                    self.s("&");
                }
                self.s("(");
                self.params(&c.params, ind);
                self.s(")");
                if !c.use_vars.is_empty() {
                    self.s(" use(");
                    for (i, u) in c.use_vars.iter().enumerate() {
                        if i > 0 {
                            self.s(", ");
                        }
                        if u.by_ref {
                            self.s("&");
                        }
                        self.s("$");
                        self.s(u.name.or_error().trim_start_matches('$'));
                    }
                    self.s(")");
                }
                if let Some(t) = &c.return_type {
                    self.s(": ");
                    self.type_hint(t);
                }
                self.s(" {\n");
                self.stmts(&c.body.stmts, ind + 1);
                self.indent(ind);
                self.s("}");
            }
            ExprKind::ArrowFunction(af) => {
                if af.is_static {
                    self.s("static ");
                }
                self.s("fn");
                if af.by_ref {
                    self.s("&");
                }
                self.s("(");
                self.params(&af.params, ind);
                self.s(")");
                if let Some(t) = &af.return_type {
                    self.s(": ");
                    self.type_hint(t);
                }
                self.s(" => ");
                self.expr(af.body, 0, ind);
            }
            ExprKind::Match(m) => {
                self.s("match (");
                self.expr(m.subject, 0, ind);
                self.s(") {\n");
                for arm in m.arms.iter() {
                    self.indent(ind + 1);
                    match &arm.conditions {
                        Some(cs) => {
                            self.list(cs, ind + 1);
                        }
                        None => self.s("default"),
                    }
                    self.s(" => ");
                    self.expr(&arm.body, 0, ind + 1);
                    self.s(",\n");
                }
                self.indent(ind);
                self.s("}");
            }
            ExprKind::Throw(inner) => {
                self.s("throw ");
                self.expr(inner, pri, ind);
            }
            ExprKind::Yield(y) if y.is_from => {
                if let Some(v) = y.value {
                    self.prefix("yield from ", v, (85, 86), pri, ind);
                }
            }
            ExprKind::Yield(y) => {
                if pri > 70 {
                    self.s("(");
                }
                self.s("yield ");
                if let Some(v) = y.value {
                    if let Some(k) = y.key {
                        self.expr(k, 70, ind);
                        self.s(" => ");
                    }
                    self.expr(v, 70, ind);
                }
                if pri > 70 {
                    self.s(")");
                }
            }
            ExprKind::CloneWith(obj, with) => {
                self.s("clone(");
                self.expr(obj, 0, ind);
                self.s(", ");
                self.expr(with, 0, ind);
                self.s(")");
            }
            _ => {}
        }
    }

    /// An anonymous class after `new class(...)`: parents, then its body.
    fn class_tail(&mut self, cd: &a::ClassDecl, ind: usize) {
        if let Some(p) = &cd.extends {
            self.s(" extends ");
            let t = p.to_string_repr();
            self.s(&t);
        }
        if !cd.implements.is_empty() {
            self.s(" implements ");
            for (i, n) in cd.implements.iter().enumerate() {
                if i > 0 {
                    self.s(", ");
                }
                let t = n.to_string_repr();
                self.s(&t);
            }
        }
        self.s(" {\n");
        // Members are written as the script has them (PHP writes each declaration back).
        for m in cd.body.members.iter() {
            self.indent(ind + 1);
            let t = self.text(m.span).trim();
            self.s(t);
            self.s("\n");
        }
        self.indent(ind);
        self.s("}");
    }

    fn stmts(&mut self, stmts: &[a::Stmt], ind: usize) {
        for s in stmts {
            self.stmt(s, ind);
        }
    }

    /// A statement of a closure's body, on its own line(s).
    fn stmt(&mut self, st: &a::Stmt, ind: usize) {
        use a::StmtKind as S;
        if let S::Block(b) = &st.kind {
            return self.stmts(&b.stmts, ind);
        }
        if matches!(st.kind, S::Nop) {
            return;
        }
        self.indent(ind);
        let mut semi = true;
        match &st.kind {
            S::Expression(e) => self.expr(e, 0, ind),
            S::Echo(es) => {
                self.s("echo ");
                self.list(es, ind);
            }
            S::Return(v) => {
                self.s("return");
                if let Some(v) = v {
                    self.s(" ");
                    self.expr(v, 0, ind);
                }
            }
            S::Break(v) | S::Continue(v) => {
                self.s(if matches!(st.kind, S::Break(_)) {
                    "break"
                } else {
                    "continue"
                });
                if let Some(v) = v {
                    self.s(" ");
                    self.expr(v, 0, ind);
                }
            }
            S::Throw(e) => {
                self.s("throw ");
                self.expr(e, 0, ind);
            }
            S::Unset(vs) => {
                self.s("unset(");
                self.list(vs, ind);
                self.s(")");
            }
            S::Global(vs) => {
                self.s("global ");
                self.list(vs, ind);
            }
            S::StaticVar(vs) => {
                for (i, v) in vs.iter().enumerate() {
                    if i > 0 {
                        self.s(";\n");
                        self.indent(ind);
                    }
                    self.s("static $");
                    self.s(v.name.or_error().trim_start_matches('$'));
                    if let Some(d) = &v.default {
                        self.s(" = ");
                        self.expr(d, 0, ind);
                    }
                }
            }
            S::Goto(l) => {
                self.s("goto ");
                self.s(l.or_error());
            }
            S::Label(l) => {
                self.s(l.or_error());
                self.s(":");
                semi = false;
            }
            S::If(i) => {
                semi = false;
                self.s("if (");
                self.expr(&i.condition, 0, ind);
                self.s(") {\n");
                self.body(i.then_branch, ind + 1);
                for b in i.elseif_branches.iter() {
                    self.indent(ind);
                    self.s("} elseif (");
                    self.expr(&b.condition, 0, ind);
                    self.s(") {\n");
                    self.body(&b.body, ind + 1);
                }
                if let Some(e) = i.else_branch {
                    self.indent(ind);
                    self.s("} else {\n");
                    self.body(e, ind + 1);
                }
                self.indent(ind);
                self.s("}");
            }
            S::While(w) => {
                semi = false;
                self.s("while (");
                self.expr(&w.condition, 0, ind);
                self.s(") {\n");
                self.body(w.body, ind + 1);
                self.indent(ind);
                self.s("}");
            }
            S::DoWhile(d) => {
                self.s("do {\n");
                self.body(d.body, ind + 1);
                self.indent(ind);
                self.s("} while (");
                self.expr(&d.condition, 0, ind);
                self.s(")");
            }
            S::For(f) => {
                semi = false;
                self.s("for (");
                self.list(&f.init, ind);
                self.s(";");
                if !f.condition.is_empty() {
                    self.s(" ");
                    self.list(&f.condition, ind);
                }
                self.s(";");
                if !f.update.is_empty() {
                    self.s(" ");
                    self.list(&f.update, ind);
                }
                self.s(") {\n");
                self.body(f.body, ind + 1);
                self.indent(ind);
                self.s("}");
            }
            S::Foreach(f) => {
                semi = false;
                self.s("foreach (");
                self.expr(&f.expr, 0, ind);
                self.s(" as ");
                if let Some(k) = &f.key {
                    self.expr(k, 0, ind);
                    self.s(" => ");
                }
                if f.by_ref {
                    self.s("&");
                }
                self.expr(&f.value, 0, ind);
                self.s(") {\n");
                self.body(f.body, ind + 1);
                self.indent(ind);
                self.s("}");
            }
            S::Switch(sw) => {
                semi = false;
                self.s("switch (");
                self.expr(&sw.expr, 0, ind);
                self.s(") {\n");
                for c in sw.body.cases.iter() {
                    self.indent(ind + 1);
                    match &c.value {
                        Some(v) => {
                            self.s("case ");
                            self.expr(v, 0, ind + 1);
                            self.s(":\n");
                        }
                        None => self.s("default:\n"),
                    }
                    self.stmts(&c.body, ind + 2);
                }
                self.indent(ind);
                self.s("}");
            }
            S::TryCatch(t) => {
                semi = false;
                self.s("try {\n");
                self.stmts(&t.body.stmts, ind + 1);
                self.indent(ind);
                for c in t.catches.iter() {
                    self.s("} catch (");
                    for (i, n) in c.types.iter().enumerate() {
                        if i > 0 {
                            self.s("|");
                        }
                        let s = n.to_string_repr();
                        self.s(&s);
                    }
                    if let Some(v) = &c.var {
                        self.s(" $");
                        self.s(v.or_error().trim_start_matches('$'));
                    }
                    self.s(") {\n");
                    self.stmts(&c.body.stmts, ind + 1);
                    self.indent(ind);
                }
                if let Some(f) = t.finally {
                    self.s("} finally {\n");
                    self.stmts(&f.stmts, ind + 1);
                    self.indent(ind);
                }
                self.s("}");
            }
            _ => {
                // Declarations (functions, classes, constants) are written as the script has
                // them.
                semi = false;
                let t = self.text(st.span).trim();
                self.s(t);
            }
        }
        if semi {
            self.s(";");
        }
        self.s("\n");
    }

    fn body(&mut self, st: &a::Stmt, ind: usize) {
        self.stmt(st, ind);
    }

    fn list(&mut self, es: &[a::Expr], ind: usize) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(e, 0, ind);
        }
    }
}
