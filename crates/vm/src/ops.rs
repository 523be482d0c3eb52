//! Operators with PHP 8.4's juggling rules: arithmetic with overflow to float, string↔number
//! conversion with warnings and TypeErrors, comparisons, bitwise operators, increments.

use crate::{Flow, Vm};
use memphis_compiler::bytecode::{BinOp, CastKind, UnOp};
use memphis_std::args::type_name;
use memphis_values::convert::{self, Numeric, OperandNumber};
use memphis_values::{ZArr, ZStr, Zval};

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        _ => "?",
    }
}

impl Vm {
    fn unsupported(&mut self, op: BinOp, a: &Zval, b: &Zval) -> Flow {
        self.throw_error(
            "TypeError",
            format!(
                "Unsupported operand types: {} {} {}",
                memphis_std::args::operand_type_name(a),
                op_symbol(op),
                memphis_std::args::operand_type_name(b)
            ),
        )
    }

    /// Converts an arithmetic operand to a number (warnings/TypeErrors as PHP).
    #[allow(clippy::wrong_self_convention)]
    fn to_number(&mut self, op: BinOp, v: &Zval, a: &Zval, b: &Zval) -> Result<Numeric, Flow> {
        match v {
            Zval::Long(i) => Ok(Numeric::Long(*i)),
            Zval::Double(d) => Ok(Numeric::Double(*d)),
            Zval::Null | Zval::Undef => Ok(Numeric::Long(0)),
            Zval::Bool(x) => Ok(Numeric::Long(*x as i64)),
            Zval::Str(s) => match convert::operand_number(s.as_bytes()) {
                OperandNumber::Numeric(n) => Ok(n),
                OperandNumber::Leading(n) => {
                    self.warn("A non-numeric value encountered")?;
                    Ok(n)
                }
                OperandNumber::NonNumeric => Err(self.unsupported(op, a, b)),
            },
            Zval::Ref(r) => {
                let x = r.get();
                self.to_number(op, &x, a, b)
            }
            Zval::Arr(_) | Zval::Obj(_) => Err(self.unsupported(op, a, b)),
            Zval::Res(r) => Ok(Numeric::Long(r.handle() as i64)),
        }
    }

    /// The result of a binary operator (integer fast paths inline, the rest out of line).
    #[inline(always)]
    pub(crate) fn binary_op(&mut self, op: BinOp, a: &Zval, b: &Zval) -> Result<Zval, Flow> {
        if let (Zval::Long(x), Zval::Long(y)) = (a, b) {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => {
                    if let Some(v) = x.checked_add(y) {
                        return Ok(Zval::Long(v));
                    }
                }
                BinOp::Sub => {
                    if let Some(v) = x.checked_sub(y) {
                        return Ok(Zval::Long(v));
                    }
                }
                BinOp::Less => return Ok(Zval::Bool(x < y)),
                BinOp::LessEq => return Ok(Zval::Bool(x <= y)),
                BinOp::Greater => return Ok(Zval::Bool(x > y)),
                BinOp::GreaterEq => return Ok(Zval::Bool(x >= y)),
                BinOp::Identical | BinOp::Eq => return Ok(Zval::Bool(x == y)),
                BinOp::NotIdentical | BinOp::NotEq => return Ok(Zval::Bool(x != y)),
                _ => {}
            }
        }
        self.binary_op_slow(op, a, b)
    }

    #[inline(never)]
    fn binary_op_slow(&mut self, op: BinOp, a: &Zval, b: &Zval) -> Result<Zval, Flow> {
        // Fast paths.
        match (op, a, b) {
            (BinOp::Add, Zval::Long(x), Zval::Long(y)) => {
                return Ok(match x.checked_add(*y) {
                    Some(v) => Zval::Long(v),
                    None => Zval::Double(*x as f64 + *y as f64),
                })
            }
            (BinOp::Sub, Zval::Long(x), Zval::Long(y)) => {
                return Ok(match x.checked_sub(*y) {
                    Some(v) => Zval::Long(v),
                    None => Zval::Double(*x as f64 - *y as f64),
                })
            }
            (BinOp::Mul, Zval::Long(x), Zval::Long(y)) => {
                return Ok(match x.checked_mul(*y) {
                    Some(v) => Zval::Long(v),
                    None => Zval::Double(*x as f64 * *y as f64),
                })
            }
            (BinOp::Mod, Zval::Long(x), Zval::Long(y)) if *y != 0 && *y != -1 => {
                return Ok(Zval::Long(x % y))
            }
            (BinOp::Add, Zval::Double(x), Zval::Double(y)) => return Ok(Zval::Double(x + y)),
            (BinOp::Sub, Zval::Double(x), Zval::Double(y)) => return Ok(Zval::Double(x - y)),
            (BinOp::Mul, Zval::Double(x), Zval::Double(y)) => return Ok(Zval::Double(x * y)),
            (BinOp::Less, Zval::Double(x), Zval::Double(y)) => return Ok(Zval::Bool(x < y)),
            (BinOp::Greater, Zval::Double(x), Zval::Double(y)) => return Ok(Zval::Bool(x > y)),
            (BinOp::Less, Zval::Long(x), Zval::Long(y)) => return Ok(Zval::Bool(x < y)),
            (BinOp::Greater, Zval::Long(x), Zval::Long(y)) => return Ok(Zval::Bool(x > y)),
            (BinOp::LessEq, Zval::Long(x), Zval::Long(y)) => return Ok(Zval::Bool(x <= y)),
            (BinOp::GreaterEq, Zval::Long(x), Zval::Long(y)) => return Ok(Zval::Bool(x >= y)),
            (BinOp::Identical, Zval::Long(x), Zval::Long(y)) => return Ok(Zval::Bool(x == y)),
            (BinOp::Eq, Zval::Long(x), Zval::Long(y)) => return Ok(Zval::Bool(x == y)),
            _ => {}
        }
        if let (Zval::Ref(_), _) | (_, Zval::Ref(_)) = (a, b) {
            let (x, y) = (a.deref(), b.deref());
            return self.binary_op(op, &x, &y);
        }
        Ok(match op {
            BinOp::Add if matches!((a, b), (Zval::Arr(_), Zval::Arr(_))) => {
                let (Zval::Arr(x), Zval::Arr(y)) = (a, b) else {
                    unreachable_pair()
                };
                // PHP always duplicates the left array (zend_array_dup), even when nothing is added.
                let mut out = x.dup();
                for (k, v) in y.iter() {
                    if !out.contains(&k.to_key()) {
                        out.set(k, v.clone());
                    }
                }
                Zval::Arr(out)
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let x = self.to_number(op, a, a, b)?;
                let y = self.to_number(op, b, a, b)?;
                match (x, y) {
                    (Numeric::Long(i), Numeric::Long(j)) => {
                        let r = match op {
                            BinOp::Add => i.checked_add(j),
                            BinOp::Sub => i.checked_sub(j),
                            _ => i.checked_mul(j),
                        };
                        match r {
                            Some(v) => Zval::Long(v),
                            None => Zval::Double(farith(op, i as f64, j as f64)),
                        }
                    }
                    _ => Zval::Double(farith(op, x.as_f64(), y.as_f64())),
                }
            }
            BinOp::Div => {
                let x = self.to_number(op, a, a, b)?;
                let y = self.to_number(op, b, a, b)?;
                if y.as_f64() == 0.0 {
                    return Err(self.throw_error("DivisionByZeroError", "Division by zero".into()));
                }
                match (x, y) {
                    (Numeric::Long(i), Numeric::Long(j))
                        if j != 0 && i % j == 0 && !(i == i64::MIN && j == -1) =>
                    {
                        Zval::Long(i / j)
                    }
                    _ => Zval::Double(x.as_f64() / y.as_f64()),
                }
            }
            BinOp::Mod => {
                let i = self.to_long_op(op, a, a, b)?;
                let j = self.to_long_op(op, b, a, b)?;
                if j == 0 {
                    return Err(self.throw_error("DivisionByZeroError", "Modulo by zero".into()));
                }
                if j == -1 {
                    Zval::Long(0)
                } else {
                    Zval::Long(i % j)
                }
            }
            BinOp::Pow => {
                let x = self.to_number(op, a, a, b)?;
                let y = self.to_number(op, b, a, b)?;
                match (x, y) {
                    (Numeric::Long(i), Numeric::Long(j)) if j >= 0 => {
                        let mut r: i64 = 1;
                        let mut ok = true;
                        for _ in 0..j.min(64) {
                            match r.checked_mul(i) {
                                Some(v) => r = v,
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                        if ok && (j <= 64 || i == 0 || i == 1) {
                            Zval::Long(if j > 64 && i == 0 { 0 } else { r })
                        } else {
                            Zval::Double((i as f64).powf(j as f64))
                        }
                    }
                    _ => Zval::Double(x.as_f64().powf(y.as_f64())),
                }
            }
            BinOp::Concat => match concat_plain(a, b) {
                Some(s) => Zval::Str(s),
                None => {
                    let x = Zval::Str(self.to_zstr(a)?);
                    let y = Zval::Str(self.to_zstr(b)?);
                    Zval::Str(concat_plain(&x, &y).unwrap_or_else(ZStr::empty))
                }
            },
            BinOp::Eq => Zval::Bool(self.loose_eq(a, b)?),
            BinOp::NotEq => Zval::Bool(!self.loose_eq(a, b)?),
            BinOp::Identical => Zval::Bool(convert::strict_eq(a, b)),
            BinOp::NotIdentical => Zval::Bool(!convert::strict_eq(a, b)),
            BinOp::Less => Zval::Bool(self.compare(a, b)? < 0),
            BinOp::LessEq => Zval::Bool(self.compare(a, b)? <= 0),
            BinOp::Greater => Zval::Bool(self.compare(b, a)? < 0),
            BinOp::GreaterEq => Zval::Bool(self.compare(b, a)? <= 0),
            BinOp::Spaceship => Zval::Long(self.compare(a, b)? as i64),
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                if let (Zval::Str(x), Zval::Str(y)) = (a, b) {
                    let (x, y) = (x.as_bytes(), y.as_bytes());
                    let v: Vec<u8> = match op {
                        BinOp::BitAnd => x.iter().zip(y).map(|(p, q)| p & q).collect(),
                        BinOp::BitOr => {
                            let (l, s) = if x.len() >= y.len() { (x, y) } else { (y, x) };
                            l.iter()
                                .enumerate()
                                .map(|(i, p)| p | s.get(i).copied().unwrap_or(0))
                                .collect()
                        }
                        _ => x.iter().zip(y).map(|(p, q)| p ^ q).collect(),
                    };
                    return Ok(Zval::Str(ZStr::from_vec(v)));
                }
                let i = self.to_long_op(op, a, a, b)?;
                let j = self.to_long_op(op, b, a, b)?;
                Zval::Long(match op {
                    BinOp::BitAnd => i & j,
                    BinOp::BitOr => i | j,
                    _ => i ^ j,
                })
            }
            BinOp::Shl | BinOp::Shr => {
                let i = self.to_long_op(op, a, a, b)?;
                let j = self.to_long_op(op, b, a, b)?;
                if j < 0 {
                    return Err(
                        self.throw_error("ArithmeticError", "Bit shift by negative number".into())
                    );
                }
                Zval::Long(if op == BinOp::Shl {
                    if j >= 64 {
                        0
                    } else {
                        i.wrapping_shl(j as u32)
                    }
                } else if j >= 64 {
                    if i < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    i >> j
                })
            }
            BinOp::Xor => Zval::Bool(convert::to_bool(a) ^ convert::to_bool(b)),
        })
    }

    #[allow(clippy::wrong_self_convention)]
    fn to_long_op(&mut self, op: BinOp, v: &Zval, a: &Zval, b: &Zval) -> Result<i64, Flow> {
        match self.to_number(op, v, a, b)? {
            Numeric::Long(i) => Ok(i),
            Numeric::Double(d) => self.double_to_long_op(d),
        }
    }

    /// A float operand of an integer operator (`|`, `~`, `%` …) as an int: converted as PHP
    /// does (modularly), with PHP's deprecation when the int is not the same number (a
    /// fraction, out of range, INF, NAN).
    fn double_to_long_op(&mut self, d: f64) -> Result<i64, Flow> {
        let l = convert::double_to_long(d);
        if l as f64 != d {
            let shown = convert::format_double(d, -1);
            self.raise(
                crate::errors::e::DEPRECATED,
                &format!("Implicit conversion from float {shown} to int loses precision"),
            )?;
        }
        Ok(l)
    }

    /// `==` with objects' `__toString` consulted for object/string comparisons, and PHP's
    /// notice for an object compared with a number.
    pub(crate) fn loose_eq(&mut self, a: &Zval, b: &Zval) -> Result<bool, Flow> {
        if let Some(pair) = self.object_vs_number(a, b)? {
            return Ok(pair.is_some_and(|(x, y)| convert::loose_eq(&x, &y)));
        }
        match (a, b) {
            (Zval::Obj(o), Zval::Str(s)) | (Zval::Str(s), Zval::Obj(o)) => {
                if self.has_method_lc(o, "__tostring") {
                    let os = self.to_zstr(&Zval::Obj(o.clone()))?;
                    return Ok(os.as_bytes() == s.as_bytes());
                }
                Ok(false)
            }
            _ => Ok(convert::loose_eq(a, b)),
        }
    }

    /// `<=>` result (an object against a number as in [`Vm::loose_eq`]).
    pub(crate) fn compare(&mut self, a: &Zval, b: &Zval) -> Result<i32, Flow> {
        Ok(match self.object_vs_number(a, b)? {
            Some(Some((x, y))) => convert::compare(&x, &y),
            // (An enum case: uncomparable.)
            Some(None) => 1,
            None => convert::compare(a, b),
        })
    }

    /// An object (or a reference to one) compared with an int or float: PHP casts the object
    /// to the number's kind, which fails with a notice and gives 1. `Some` of the two numbers
    /// to compare, in order, or `Some(None)` for an enum case, which compares with nothing
    /// (uncomparable, no notice); `None` for any other pair. The values are looked at in
    /// place (a copy of the object, released after, would be a possible root).
    fn object_vs_number(
        &mut self,
        a: &Zval,
        b: &Zval,
    ) -> Result<Option<Option<(Zval, Zval)>>, Flow> {
        // (Most comparisons hold no object: told by the kinds alone.)
        let may_hold_object = |v: &Zval| matches!(v, Zval::Obj(_) | Zval::Ref(_));
        if !may_hold_object(a) && !may_hold_object(b) {
            return Ok(None);
        }
        enum Side {
            Obj(std::rc::Rc<memphis_values::ClassEntry>),
            Num(Zval),
        }
        let side = |v: &Zval| {
            v.with_deref(|x| match x {
                Zval::Obj(o) => Some(Side::Obj(o.class().clone())),
                Zval::Long(i) => Some(Side::Num(Zval::Long(*i))),
                Zval::Double(d) => Some(Side::Num(Zval::Double(*d))),
                _ => None,
            })
        };
        let (ce, n, obj_first) = match (side(a), side(b)) {
            (Some(Side::Obj(ce)), Some(Side::Num(n))) => (ce, n, true),
            (Some(Side::Num(n)), Some(Side::Obj(ce))) => (ce, n, false),
            _ => return Ok(None),
        };
        if ce.flags & memphis_values::object::acc::ENUM != 0 {
            return Ok(Some(None));
        }
        let float = matches!(n, Zval::Double(_));
        let cls = ce.name.to_string_lossy();
        let kind = if float { "float" } else { "int" };
        self.raise(
            crate::errors::e::NOTICE,
            &format!("Object of class {cls} could not be converted to {kind}"),
        )?;
        let one = if float {
            Zval::Double(1.0)
        } else {
            Zval::Long(1)
        };
        Ok(Some(Some(if obj_first { (one, n) } else { (n, one) })))
    }

    /// A unary operator.
    pub(crate) fn unary_op(&mut self, op: UnOp, a: &Zval) -> Result<Zval, Flow> {
        Ok(match op {
            UnOp::Not => Zval::Bool(!convert::to_bool(a)),
            UnOp::ToBool => Zval::Bool(convert::to_bool(a)),
            UnOp::Neg => match a {
                Zval::Long(i) => match i.checked_neg() {
                    Some(v) => Zval::Long(v),
                    None => Zval::Double(-(*i as f64)),
                },
                Zval::Double(d) => Zval::Double(-d),
                _ => self.binary_op(BinOp::Mul, a, &Zval::Long(-1))?,
            },
            UnOp::Plus => match a {
                Zval::Long(_) | Zval::Double(_) => a.clone(),
                _ => self.binary_op(BinOp::Mul, a, &Zval::Long(1))?,
            },
            UnOp::BitNot => match a.deref() {
                Zval::Long(i) => Zval::Long(!i),
                Zval::Double(d) => Zval::Long(!self.double_to_long_op(d)?),
                Zval::Str(s) => {
                    Zval::Str(ZStr::from_vec(s.as_bytes().iter().map(|c| !c).collect()))
                }
                other => {
                    return Err(self.throw_error(
                        "TypeError",
                        format!("Cannot perform bitwise not on {}", type_name(&other)),
                    ))
                }
            },
        })
    }

    /// A cast.
    pub(crate) fn cast(&mut self, kind: CastKind, a: Zval) -> Result<Zval, Flow> {
        let a = a.into_deref();
        Ok(match kind {
            CastKind::Int => match &a {
                Zval::Obj(o) => {
                    let cls = o.class().name.to_string_lossy();
                    self.warn(&format!(
                        "Object of class {cls} could not be converted to int"
                    ))?;
                    Zval::Long(1)
                }
                _ => Zval::Long(convert::to_long(&a)),
            },
            CastKind::Float => match &a {
                Zval::Obj(o) => {
                    let cls = o.class().name.to_string_lossy();
                    self.warn(&format!(
                        "Object of class {cls} could not be converted to float"
                    ))?;
                    Zval::Double(1.0)
                }
                _ => Zval::Double(convert::to_double(&a)),
            },
            CastKind::Bool => Zval::Bool(convert::to_bool(&a)),
            CastKind::String => Zval::Str(self.to_zstr(&a)?),
            CastKind::Array => match a {
                Zval::Arr(x) => Zval::Arr(x),
                Zval::Null | Zval::Undef => Zval::Arr(ZArr::empty()),
                Zval::Obj(o) => {
                    if o.class().lcname == b"closure" {
                        Zval::Arr(ZArr::from_values([Zval::Obj(o)]))
                    } else if let Some(t) = self.shared_props_table(&o) {
                        Zval::Arr(t)
                    } else {
                        Zval::Arr(memphis_std::var::object_to_array(self, &o))
                    }
                }
                other => Zval::Arr(ZArr::from_values([other])),
            },
            CastKind::Object => match a {
                Zval::Obj(o) => Zval::Obj(o),
                // An array whose keys are all strings becomes the object's property table
                // itself (shared, copied on write), as PHP's cast does; integer keys make
                // a converted copy.
                Zval::Arr(x)
                    if !x.is_empty()
                        && !x.is_immutable()
                        && x.iter()
                            .all(|(k, _)| matches!(k, memphis_values::KeyRef::Str(_))) =>
                {
                    let ce = self.lookup_class(b"stdClass").expect("stdClass exists");
                    let o = self.instantiate(&ce);
                    o.modify_dyn_props(|p| *p = x);
                    Zval::Obj(o)
                }
                Zval::Arr(x) => {
                    let ce = self.lookup_class(b"stdClass").expect("stdClass exists");
                    let o = self.instantiate(&ce);
                    let mut t = ZArr::new();
                    for (k, v) in x.iter() {
                        let key = match k {
                            memphis_values::KeyRef::Int(i) => {
                                memphis_values::Key::Str(ZStr::new(i.to_string().as_bytes()))
                            }
                            memphis_values::KeyRef::Str(s) => memphis_values::Key::Str(s.clone()),
                        };
                        t.insert(key, v.clone());
                    }
                    // (An empty array is PHP's immutable one, duplicated: an empty table.)
                    o.modify_dyn_props(|p| *p = t);
                    Zval::Obj(o)
                }
                Zval::Null | Zval::Undef => {
                    let ce = self.lookup_class(b"stdClass").expect("stdClass exists");
                    Zval::Obj(self.instantiate(&ce))
                }
                other => {
                    let ce = self.lookup_class(b"stdClass").expect("stdClass exists");
                    let o = self.instantiate(&ce);
                    o.modify_dyn_props(|p| {
                        p.insert(memphis_values::Key::Str(ZStr::interned(b"scalar")), other);
                    });
                    Zval::Obj(o)
                }
            },
            CastKind::Unset => Zval::Null,
        })
    }

    /// `(string)$v`, calling `__toString` on objects and warning on arrays.
    #[allow(clippy::wrong_self_convention)]
    pub(crate) fn to_zstr(&mut self, v: &Zval) -> Result<ZStr, Flow> {
        Ok(match v {
            Zval::Str(s) => s.clone(),
            Zval::Long(i) => convert::long_to_zstr(*i),
            Zval::Null | Zval::Undef | Zval::Bool(false) => ZStr::empty(),
            Zval::Bool(true) => ZStr::single(b'1'),
            Zval::Double(d) => ZStr::new(convert::format_double(*d, self.precision()).as_bytes()),
            Zval::Arr(_) => {
                self.warn("Array to string conversion")?;
                ZStr::interned(b"Array")
            }
            Zval::Obj(o) => {
                if self.has_method_lc(o, "__tostring") {
                    let r = self.call_method(o, "__tostring", Vec::new())?;
                    match r {
                        Zval::Str(s) => s,
                        other => {
                            let _ = other;
                            return Err(self.throw_error("TypeError", format!("{}::__toString(): Return value must be of type string, {} returned", o.class().name.to_string_lossy(), type_name(&Zval::Null))));
                        }
                    }
                } else {
                    return Err(self.throw_error(
                        "Error",
                        format!(
                            "Object of class {} could not be converted to string",
                            o.class().name.to_string_lossy()
                        ),
                    ));
                }
            }
            Zval::Res(r) => ZStr::new(format!("Resource id #{}", r.handle()).as_bytes()),
            Zval::Ref(r) => {
                let x = r.get();
                return self.to_zstr(&x);
            }
        })
    }

    /// The `precision` ini value (14 by default).
    pub(crate) fn precision(&self) -> i32 {
        self.ini
            .get("precision")
            .and_then(|p| p.parse().ok())
            .unwrap_or(14)
    }

    /// `$x++` / `$x--` on a value.
    pub(crate) fn incdec(&mut self, v: &Zval, inc: bool) -> Result<Zval, Flow> {
        Ok(match v {
            Zval::Long(i) => {
                let r = if inc {
                    i.checked_add(1)
                } else {
                    i.checked_sub(1)
                };
                match r {
                    Some(x) => Zval::Long(x),
                    None => Zval::Double(*i as f64 + if inc { 1.0 } else { -1.0 }),
                }
            }
            Zval::Double(d) => Zval::Double(if inc { d + 1.0 } else { d - 1.0 }),
            Zval::Null | Zval::Undef => {
                if inc {
                    Zval::Long(1)
                } else {
                    self.warn("Decrement on type null has no effect, this will change in the next major version of PHP")?;
                    Zval::Null
                }
            }
            Zval::Bool(_) => {
                self.warn(&format!(
                    "{} on type bool has no effect, this will change in the next major version of PHP",
                    if inc { "Increment" } else { "Decrement" }
                ))?;
                v.clone()
            }
            Zval::Str(s) => {
                if s.is_empty() {
                    if inc {
                        self.raise(
                            crate::errors::e::DEPRECATED,
                            "Increment on non-alphanumeric string is deprecated",
                        )?;
                        return Ok(Zval::str(b"1"));
                    }
                    self.raise(
                        crate::errors::e::DEPRECATED,
                        "Decrement on empty string is deprecated as non-numeric",
                    )?;
                    return Ok(Zval::Long(-1));
                }
                match convert::numeric_string(s.as_bytes()) {
                    Some(Numeric::Long(i)) => return self.incdec(&Zval::Long(i), inc),
                    Some(Numeric::Double(d)) => return self.incdec(&Zval::Double(d), inc),
                    None => {}
                }
                if !inc {
                    self.raise(
                        crate::errors::e::DEPRECATED,
                        "Decrement on non-numeric string has no effect and is deprecated",
                    )?;
                    return Ok(v.clone());
                }
                // PHP 8.3: the alphanumeric increment of anything else is deprecated.
                if !s.as_bytes().iter().all(u8::is_ascii_alphanumeric) {
                    self.raise(
                        crate::errors::e::DEPRECATED,
                        "Increment on non-alphanumeric string is deprecated",
                    )?;
                }
                {
                    // A string of its own even for one character (PHP copies an interned
                    // string before incrementing it).
                    let b = str_increment(s.as_bytes());
                    let req = (24 + b.len() + 1 + 7) & !7;
                    Zval::Str(ZStr::new_requested(&b, req))
                }
            }
            Zval::Ref(r) => {
                let x = r.get();
                return self.incdec(&x, inc);
            }
            Zval::Arr(_) => {
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Cannot {} array",
                        if inc { "increment" } else { "decrement" }
                    ),
                ))
            }
            Zval::Res(_) => {
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Cannot {} resource",
                        if inc { "increment" } else { "decrement" }
                    ),
                ))
            }
            Zval::Obj(o) => {
                return Err(self.throw_error(
                    "TypeError",
                    format!(
                        "Cannot {} {}",
                        if inc { "increment" } else { "decrement" },
                        o.class().name.to_string_lossy()
                    ),
                ))
            }
        })
    }
}

fn unreachable_pair() -> ! {
    // Guarded by the match above.
    panic!("pattern checked")
}

fn farith(op: BinOp, x: f64, y: f64) -> f64 {
    match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        _ => x * y,
    }
}

/// Perl-style string increment ("a" → "b", "Az" → "Ba", "zz" → "aaa").
fn str_increment(s: &[u8]) -> Vec<u8> {
    let mut v = s.to_vec();
    let mut i = v.len();
    loop {
        if i == 0 {
            let first = s[0];
            let prefix = if first.is_ascii_digit() {
                b'1'
            } else if first.is_ascii_uppercase() {
                b'A'
            } else {
                b'a'
            };
            v.insert(0, prefix);
            return v;
        }
        i -= 1;
        let c = v[i];
        match c {
            b'z' => v[i] = b'a',
            b'Z' => v[i] = b'A',
            b'9' => v[i] = b'0',
            c if c.is_ascii_alphanumeric() => {
                v[i] = c + 1;
                return v;
            }
            _ => return v,
        }
    }
}

/// `x . y` when both are strings or ints, read in place (ints formatted on the stack) into
/// one new string; an empty side gives the other string itself, as PHP's concatenation does.
/// `None` for other operands, which are converted first.
#[inline]
pub(crate) fn concat_plain(x: &Zval, y: &Zval) -> Option<ZStr> {
    let (mut bx, mut by) = ([0u8; 20], [0u8; 20]);
    let xs: &[u8] = match x {
        Zval::Str(s) => s.as_bytes(),
        Zval::Long(i) => convert::itoa(*i, &mut bx),
        _ => return None,
    };
    let ys: &[u8] = match y {
        Zval::Str(s) => s.as_bytes(),
        Zval::Long(i) => convert::itoa(*i, &mut by),
        _ => return None,
    };
    Some(match (x, y) {
        (_, Zval::Str(s)) if xs.is_empty() => s.clone(),
        (Zval::Str(s), _) if ys.is_empty() => s.clone(),
        _ => ZStr::concat(xs, ys),
    })
}

/// Writes `v` into a slot, releasing its old value; the drop glue runs only for a value that
/// holds a handle (most slots hold scalars).
#[inline(always)]
pub(crate) fn put(out: &mut Zval, v: Zval) {
    release_old(v.replace_into(out));
}

/// Lets go of the value a store replaced: the drop glue runs only for a handle (a scalar
/// owns nothing).
#[inline(always)]
pub(crate) fn release_old(old: Zval) {
    if old.is_refcounted() {
        drop(old);
    } else {
        std::mem::forget(old);
    }
}

/// Writes `v` over a slot that holds no refcounted value: there is nothing to release, so
/// the drop glue is not run on the old value.
#[inline(always)]
pub(crate) fn put_plain(out: &mut Zval, v: Zval) {
    debug_assert!(!out.is_refcounted());
    v.overwrite(out);
}
