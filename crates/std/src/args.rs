//! Argument checking and coercion with PHP 8.4's rules and messages.

use crate::{Engine, Flow, Level};
use memphis_values::convert::{self, Numeric};
use memphis_values::{ZArr, ZStr, Zval};

/// A builtin parameter.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    /// Name (without `$`).
    pub name: &'static str,
    /// Has a default.
    pub optional: bool,
    /// Passed by reference.
    pub by_ref: bool,
    /// By reference when a variable is passed, by value otherwise, without PHP's error for a
    /// value that is no variable (`ZEND_SEND_PREFER_REF`: array_multisort's parameters).
    pub prefer_ref: bool,
}

impl Param {
    /// Parses `"?&name"`-style specs (see `params!`; `*` for prefer-ref).
    pub const fn parse(spec: &'static str) -> Param {
        let b = spec.as_bytes();
        let mut i = 0;
        let mut optional = false;
        let mut by_ref = false;
        let mut prefer_ref = false;
        while i < b.len() && (b[i] == b'?' || b[i] == b'&' || b[i] == b'*') {
            match b[i] {
                b'?' => optional = true,
                b'*' => {
                    by_ref = true;
                    prefer_ref = true;
                }
                _ => by_ref = true,
            }
            i += 1;
        }
        let (_, name) = spec.as_bytes().split_at(i);
        // SAFETY-free: slicing a &'static str at an ASCII boundary.
        let name = match std::str::from_utf8(name) {
            Ok(s) => s,
            Err(_) => "",
        };
        Param {
            name,
            optional,
            by_ref,
            prefer_ref,
        }
    }
}

/// The arguments of one builtin call.
pub struct Args {
    /// The values (by-reference parameters hold `Zval::Ref`).
    pub vals: Vec<Zval>,
    /// Name of the function (for messages).
    pub fname: &'static str,
    /// Parameter info.
    pub params: &'static [Param],
}

/// PHP's name for the type of an operand in "Unsupported operand types: X + Y" (Zend's
/// `zend_zval_type_name`: `bool` for both booleans, where "X given" says `true`/`false`).
pub fn operand_type_name(v: &Zval) -> String {
    match v {
        Zval::Bool(_) => "bool".into(),
        Zval::Ref(r) => r.with(operand_type_name),
        v => type_name(v),
    }
}

/// PHP's name for the type of a value in "X given" messages.
pub fn type_name(v: &Zval) -> String {
    match v {
        Zval::Undef | Zval::Null => "null".into(),
        Zval::Bool(true) => "true".into(),
        Zval::Bool(false) => "false".into(),
        Zval::Long(_) => "int".into(),
        Zval::Double(_) => "float".into(),
        Zval::Str(_) => "string".into(),
        Zval::Arr(_) => "array".into(),
        Zval::Obj(o) => o.class().name.to_string_lossy(),
        Zval::Res(_) => "resource".into(),
        Zval::Ref(r) => r.with(type_name),
    }
}

impl Args {
    /// Number of arguments passed.
    pub fn len(&self) -> usize {
        self.vals.len()
    }

    /// Whether no arguments were passed.
    pub fn is_empty(&self) -> bool {
        self.vals.is_empty()
    }

    /// Whether argument `i` was passed.
    pub fn has(&self, i: usize) -> bool {
        i < self.vals.len() && !self.vals[i].is_undef()
    }

    /// The raw argument (dereferenced copy), or null.
    pub fn get(&self, i: usize) -> Zval {
        self.vals.get(i).map(|v| v.deref()).unwrap_or(Zval::Null)
    }

    /// The raw argument without dereferencing (for by-reference parameters).
    pub fn raw(&self, i: usize) -> Option<&Zval> {
        self.vals.get(i)
    }

    /// Writes through a by-reference argument.
    pub fn set_ref(&self, i: usize, v: Zval) {
        if let Some(Zval::Ref(r)) = self.vals.get(i) {
            drop(r.replace(v));
        }
    }

    fn pname(&self, i: usize) -> &'static str {
        self.params.get(i).map(|p| p.name).unwrap_or("value")
    }

    /// `f(): Argument #N ($name) must be of type T, X given`.
    pub fn type_error(&self, e: &mut dyn Engine, i: usize, ty: &str, v: &Zval) -> Flow {
        e.error(
            "TypeError",
            format!(
                "{}(): Argument #{} (${}) must be of type {}, {} given",
                self.fname,
                i + 1,
                self.pname(i),
                ty,
                type_name(v)
            ),
        )
    }

    /// `f(): Argument #N ($name) <msg>` as a ValueError.
    pub fn value_error(&self, e: &mut dyn Engine, i: usize, msg: &str) -> Flow {
        e.error(
            "ValueError",
            format!(
                "{}(): Argument #{} (${}) {}",
                self.fname,
                i + 1,
                self.pname(i),
                msg
            ),
        )
    }

    fn null_deprecated(&self, e: &mut dyn Engine, i: usize, ty: &str) -> Result<(), Flow> {
        e.diag(
            Level::Deprecated,
            &format!(
                "{}(): Passing null to parameter #{} (${}) of type {} is deprecated",
                self.fname,
                i + 1,
                self.pname(i),
                ty
            ),
        )
    }

    /// A `string` parameter.
    pub fn str(&self, e: &mut dyn Engine, i: usize) -> Result<ZStr, Flow> {
        self.str_as(e, i, "string")
    }

    /// A string parameter whose type reads `ty` in messages (`string`, `?string`).
    fn str_as(&self, e: &mut dyn Engine, i: usize, ty: &str) -> Result<ZStr, Flow> {
        // A string is what every mode accepts: no copy of the argument, no mode asked.
        if let Some(Zval::Str(s)) = self.vals.get(i) {
            return Ok(s.clone());
        }
        let v = self.get(i);
        if e.strict_types() && !matches!(v, Zval::Str(_) | Zval::Obj(_)) {
            return Err(self.type_error(e, i, ty, &v));
        }
        match &v {
            Zval::Str(s) => Ok(s.clone()),
            Zval::Long(_) | Zval::Double(_) | Zval::Bool(_) => {
                Ok(ZStr::new(&convert::scalar_to_bytes(&v, 14)))
            }
            Zval::Null | Zval::Undef => {
                self.null_deprecated(e, i, ty)?;
                Ok(ZStr::empty())
            }
            Zval::Obj(o) => {
                if e.has_method(o, "__tostring") {
                    e.to_zstr(&v)
                } else {
                    Err(self.type_error(e, i, ty, &v))
                }
            }
            _ => Err(self.type_error(e, i, ty, &v)),
        }
    }

    /// An optional `string` parameter.
    pub fn opt_str(&self, e: &mut dyn Engine, i: usize) -> Result<Option<ZStr>, Flow> {
        if self.has(i) {
            self.str(e, i).map(Some)
        } else {
            Ok(None)
        }
    }

    /// A `?string` parameter (null stays None).
    pub fn nullable_str(&self, e: &mut dyn Engine, i: usize) -> Result<Option<ZStr>, Flow> {
        match self.vals.get(i) {
            None | Some(Zval::Undef | Zval::Null) => return Ok(None),
            Some(Zval::Str(s)) => return Ok(Some(s.clone())),
            _ => {}
        }
        if !self.has(i) || self.get(i).is_null() {
            return Ok(None);
        }
        self.str_as(e, i, "?string").map(Some)
    }

    /// An `int` parameter.
    pub fn int(&self, e: &mut dyn Engine, i: usize) -> Result<i64, Flow> {
        self.int_as(e, i, "int")
    }

    /// An integer parameter whose type reads `ty` in messages (`int`, `?int`).
    fn int_as(&self, e: &mut dyn Engine, i: usize, ty: &str) -> Result<i64, Flow> {
        if let Some(Zval::Long(n)) = self.vals.get(i) {
            return Ok(*n);
        }
        let v = self.get(i);
        if e.strict_types() && !matches!(v, Zval::Long(_)) {
            return Err(self.type_error(e, i, ty, &v));
        }
        match &v {
            Zval::Long(n) => Ok(*n),
            Zval::Bool(b) => Ok(*b as i64),
            Zval::Double(d) => self.float_to_int(e, i, *d, &v, ty),
            Zval::Str(s) => match convert::numeric_string(s.as_bytes()) {
                Some(Numeric::Long(n)) => Ok(n),
                Some(Numeric::Double(d)) => self.float_to_int(e, i, d, &v, ty),
                None => Err(self.type_error(e, i, ty, &v)),
            },
            Zval::Null | Zval::Undef => {
                self.null_deprecated(e, i, ty)?;
                Ok(0)
            }
            _ => Err(self.type_error(e, i, ty, &v)),
        }
    }

    fn float_to_int(
        &self,
        e: &mut dyn Engine,
        i: usize,
        d: f64,
        v: &Zval,
        ty: &str,
    ) -> Result<i64, Flow> {
        if !d.is_finite() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(self.type_error(e, i, ty, v));
        }
        if d.fract() != 0.0 {
            let shown = convert::format_double(d, -1);
            e.diag(
                Level::Deprecated,
                &format!("Implicit conversion from float {shown} to int loses precision"),
            )?;
        }
        Ok(d as i64)
    }

    /// An optional `int` parameter with a default.
    pub fn int_or(&self, e: &mut dyn Engine, i: usize, default: i64) -> Result<i64, Flow> {
        if self.has(i) {
            self.int(e, i)
        } else {
            Ok(default)
        }
    }

    /// A `?int` parameter.
    pub fn nullable_int(&self, e: &mut dyn Engine, i: usize) -> Result<Option<i64>, Flow> {
        match self.vals.get(i) {
            None | Some(Zval::Undef | Zval::Null) => return Ok(None),
            Some(Zval::Long(n)) => return Ok(Some(*n)),
            _ => {}
        }
        if !self.has(i) || self.get(i).is_null() {
            return Ok(None);
        }
        self.int_as(e, i, "?int").map(Some)
    }

    /// A `float` parameter.
    pub fn float(&self, e: &mut dyn Engine, i: usize) -> Result<f64, Flow> {
        match self.vals.get(i) {
            Some(Zval::Double(d)) => return Ok(*d),
            Some(Zval::Long(n)) => return Ok(*n as f64),
            _ => {}
        }
        let v = self.get(i);
        if e.strict_types() && !matches!(v, Zval::Long(_) | Zval::Double(_)) {
            return Err(self.type_error(e, i, "float", &v));
        }
        match &v {
            Zval::Double(d) => Ok(*d),
            Zval::Long(n) => Ok(*n as f64),
            Zval::Bool(b) => Ok(*b as i64 as f64),
            Zval::Str(s) => match convert::numeric_string(s.as_bytes()) {
                Some(n) => Ok(n.as_f64()),
                None => Err(self.type_error(e, i, "float", &v)),
            },
            Zval::Null | Zval::Undef => {
                self.null_deprecated(e, i, "float")?;
                Ok(0.0)
            }
            _ => Err(self.type_error(e, i, "float", &v)),
        }
    }

    /// An `int|float` parameter.
    pub fn number(&self, e: &mut dyn Engine, i: usize) -> Result<Numeric, Flow> {
        match self.vals.get(i) {
            Some(Zval::Long(n)) => return Ok(Numeric::Long(*n)),
            Some(Zval::Double(d)) => return Ok(Numeric::Double(*d)),
            _ => {}
        }
        let v = self.get(i);
        match &v {
            Zval::Double(d) => Ok(Numeric::Double(*d)),
            Zval::Long(n) => Ok(Numeric::Long(*n)),
            Zval::Bool(b) => Ok(Numeric::Long(*b as i64)),
            Zval::Str(s) => match convert::numeric_string(s.as_bytes()) {
                Some(n) => Ok(n),
                None => Err(self.type_error(e, i, "int|float", &v)),
            },
            Zval::Null | Zval::Undef => {
                self.null_deprecated(e, i, "int|float")?;
                Ok(Numeric::Long(0))
            }
            _ => Err(self.type_error(e, i, "int|float", &v)),
        }
    }

    /// A `bool` parameter.
    pub fn bool(&self, e: &mut dyn Engine, i: usize) -> Result<bool, Flow> {
        if let Some(Zval::Bool(b)) = self.vals.get(i) {
            return Ok(*b);
        }
        let v = self.get(i);
        if e.strict_types() && !matches!(v, Zval::Bool(_)) {
            return Err(self.type_error(e, i, "bool", &v));
        }
        match &v {
            Zval::Bool(b) => Ok(*b),
            Zval::Long(_) | Zval::Double(_) | Zval::Str(_) => Ok(convert::to_bool(&v)),
            Zval::Null | Zval::Undef => {
                self.null_deprecated(e, i, "bool")?;
                Ok(false)
            }
            _ => Err(self.type_error(e, i, "bool", &v)),
        }
    }

    /// An optional `bool` with a default.
    pub fn bool_or(&self, e: &mut dyn Engine, i: usize, default: bool) -> Result<bool, Flow> {
        if self.has(i) {
            self.bool(e, i)
        } else {
            Ok(default)
        }
    }

    /// An `array` parameter.
    pub fn array(&self, e: &mut dyn Engine, i: usize) -> Result<ZArr, Flow> {
        if let Some(Zval::Arr(a)) = self.vals.get(i) {
            return Ok(a.clone());
        }
        let v = self.get(i);
        match v {
            Zval::Arr(a) => Ok(a),
            _ => Err(self.type_error(e, i, "array", &v)),
        }
    }

    /// A `callable` parameter.
    pub fn callable(&self, e: &mut dyn Engine, i: usize) -> Result<Zval, Flow> {
        let v = self.get(i);
        if e.is_callable(&v) {
            Ok(v)
        } else {
            let what = match &v {
                Zval::Str(s) => format!(
                    "function \"{}\" not found or invalid function name",
                    s.to_string_lossy()
                ),
                Zval::Arr(_) => "array callback must have exactly two members".to_string(),
                _ => "no array or string given".to_string(),
            };
            Err(e.error(
                "TypeError",
                format!(
                    "{}(): Argument #{} (${}) must be a valid callback, {}",
                    self.fname,
                    i + 1,
                    self.pname(i),
                    what
                ),
            ))
        }
    }
}
