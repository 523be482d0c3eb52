//! memphis-std — PHP's builtin functions.
//!
//! Builtins see the engine only through the [`Engine`] trait (output, diagnostics, calling back
//! into PHP code, conversions that may run user code), so that this crate depends on values
//! alone and the VM depends on it. Each builtin is a plain function over an [`Args`] list that
//! checks and coerces its arguments the way PHP 8.4's parameter parsing does, with PHP's
//! TypeError, ValueError and ArgumentCountError texts.
//!
//! Functions are grouped like PHP's extensions: [`string`], [`array`], [`math`], [`var`] …

pub mod args;
pub mod array;
pub mod codec;
pub mod file;
pub mod filter;
pub mod format;
pub mod info;
pub mod ini;
pub mod json;
pub mod math;
pub mod output;
pub mod pack;
pub mod password;
pub mod pcre;
pub mod process;
pub mod serialize;
pub mod string;
pub mod time;
pub mod var;

pub use args::{Args, Param};

use memphis_values::{ZObj, ZStr, Zval};

/// Why a builtin stopped early: the VM unwinds accordingly.
#[derive(Debug)]
pub enum Flow {
    /// An exception is being thrown.
    Throw(ZObj),
    /// `exit()` ran, or a fatal error ended the script; nothing more executes.
    Exit,
}

/// What a builtin returns.
pub type BResult = Result<Zval, Flow>;

/// Severity of a diagnostic, as PHP's `E_*` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// `E_WARNING`.
    Warning,
    /// `E_NOTICE`.
    Notice,
    /// `E_DEPRECATED`.
    Deprecated,
}

/// The engine services builtins use.
pub trait Engine {
    /// Writes script output (through output buffers).
    fn echo(&mut self, bytes: &[u8]);
    /// Raises a warning/notice/deprecation at the current line (may run an error handler).
    fn diag(&mut self, level: Level, msg: &str) -> Result<(), Flow>;
    /// Creates a throwable of a builtin class (`TypeError`, `ValueError` …) to throw.
    fn error(&mut self, class: &str, msg: String) -> Flow;
    /// Calls a PHP callable with arguments.
    fn call(&mut self, callable: &Zval, args: Vec<Zval>) -> BResult;
    /// Calls a PHP callable with the arguments in `args`, which are taken out: its buffer
    /// stays for the next call (a callback called per element allocates nothing per call).
    fn call_in(&mut self, callable: &Zval, args: &mut Vec<Zval>) -> BResult {
        self.call(callable, std::mem::take(args))
    }
    /// Whether `v` is callable (strings, arrays, closures, invokable objects).
    fn is_callable(&mut self, v: &Zval) -> bool;
    /// PHP's `==`, objects with `__toString` compared as their string.
    fn loose_eq(&mut self, a: &Zval, b: &Zval) -> Result<bool, Flow> {
        Ok(memphis_values::convert::loose_eq(a, b))
    }
    /// PHP's `<=>`, with the notice of an object compared with a number.
    fn compare(&mut self, a: &Zval, b: &Zval) -> Result<i32, Flow> {
        Ok(memphis_values::convert::compare(a, b))
    }
    /// `(string)$v` for any value, calling `__toString` for objects.
    fn to_zstr(&mut self, v: &Zval) -> Result<ZStr, Flow>;
    /// Current value of an ini setting.
    fn ini(&self, key: &str) -> Option<String>;
    /// Name of the builtin being called (for messages).
    fn current_function(&self) -> &str;
    /// The object's properties in PHP's order (declared, then dynamic), for var_export,
    /// get_object_vars, casts, serialization.
    fn object_props(&mut self, o: &ZObj) -> Vec<PropView>;
    /// What var_dump and print_r show of an object (`get_debug_info`): its properties, or
    /// the view an internal class gives instead (WeakMap's entries, WeakReference's object).
    /// The properties `json_encode` and `var_export` show: as `object_props`, but a hooked
    /// property (PHP 8.4) is read through its get hook and a virtual one is included.
    fn object_props_hooked(&mut self, o: &ZObj) -> Result<Vec<PropView>, Flow> {
        Ok(self.object_props(o))
    }
    /// Properties as debug output shows them.
    fn object_debug_props(&mut self, o: &ZObj) -> Vec<PropView> {
        self.object_props(o)
    }
    /// Gives an object with declared properties the property table PHP builds the first time
    /// something asks for all its properties (`zend_std_get_properties`: var_dump, print_r,
    /// var_export, foreach, get_object_vars), which then stays with the object.
    fn build_props_table(&mut self, _o: &ZObj) {}
    /// Whether the object's class has method `name` (lowercase).
    fn has_method(&self, o: &ZObj, lcname: &str) -> bool;
    /// For enum cases: the case name and backing value.
    fn enum_case(&self, o: &ZObj) -> Option<(ZStr, Option<Zval>)>;
    /// The engine itself, for builtins that belong to the VM (class and function handling).
    fn as_any(&mut self) -> &mut dyn std::any::Any;
    /// Whether strict_types is on for the calling code.
    fn strict_types(&self) -> bool {
        false
    }
    /// Sends the output written so far outside any output buffer to stdout, so that a builtin
    /// writing to the process's stdout or stderr directly (`fwrite(STDOUT, …)`) keeps PHP's
    /// order. The VM implements it with `Output::flush`.
    fn flush_output(&mut self) {}
    /// Creates an object of class `class` (looked up case-insensitively) with its declared
    /// defaults and without running its constructor — for `json_decode`'s `stdClass` objects
    /// and `unserialize`. `None` when there is no such class.
    ///
    /// The default goes through [`Engine::error`], which instantiates a class by name the same
    /// way; an engine should override it with a direct instantiation.
    fn new_object(&mut self, class: &str) -> Option<ZObj> {
        match self.error(class, String::new()) {
            Flow::Throw(o) if o.class().lcname.eq_ignore_ascii_case(class.as_bytes()) => Some(o),
            _ => None,
        }
    }
}

/// Whether `o` is an instance of `class` (a class or interface name), asked through the
/// engine's `is_a()`.
pub fn instance_of(e: &mut dyn Engine, o: &ZObj, class: &str) -> Result<bool, Flow> {
    let r = e.call(
        &Zval::str(b"is_a"),
        vec![Zval::Obj(o.clone()), Zval::str(class.as_bytes())],
    )?;
    Ok(matches!(r, Zval::Bool(true)))
}

/// `PropView::flags` bit: the entry has an integer key (a debug-info array's), which
/// var_dump shows as `[N]`, not `["N"]`.
pub const PROP_INT_KEY: u32 = 1 << 30;

/// One property of an object as the dumpers see it.
pub struct PropView {
    /// Name.
    pub name: ZStr,
    /// Value (`Undef` for an uninitialised typed property).
    pub value: Zval,
    /// `acc::*` visibility bits.
    pub flags: u32,
    /// Declaring class (shown for private properties).
    pub class: ZStr,
    /// Declared type, shown for uninitialised typed properties.
    pub ty: Option<String>,
}

/// A builtin function.
pub type BuiltinFn = fn(&mut dyn Engine, &mut Args) -> BResult;

/// A builtin's signature and implementation.
pub struct Builtin {
    /// Function name.
    pub name: &'static str,
    /// Parameters (names for messages and named arguments, by-reference flags).
    pub params: &'static [Param],
    /// Accepts any number of extra arguments.
    pub variadic: bool,
    /// Implementation.
    pub f: BuiltinFn,
}

impl Builtin {
    /// Number of required parameters.
    pub fn required(&self) -> usize {
        self.params.iter().filter(|p| !p.optional).count()
    }
}

/// Every builtin of this crate.
pub fn all() -> Vec<&'static Builtin> {
    let mut v: Vec<&'static Builtin> = Vec::new();
    v.extend(string::BUILTINS.iter());
    v.extend(array::BUILTINS.iter());
    v.extend(math::BUILTINS.iter());
    v.extend(var::BUILTINS.iter());
    v.extend(output::BUILTINS.iter());
    v.extend(json::BUILTINS.iter());
    v.extend(pcre::BUILTINS.iter());
    v.extend(serialize::BUILTINS.iter());
    v.extend(time::BUILTINS.iter());
    v.extend(format::BUILTINS.iter());
    v.extend(codec::BUILTINS.iter());
    v.extend(file::BUILTINS.iter());
    v.extend(info::BUILTINS.iter());
    v.extend(ini::BUILTINS.iter());
    v.extend(process::BUILTINS.iter());
    v.extend(pack::BUILTINS.iter());
    v.extend(filter::BUILTINS.iter());
    v.extend(password::BUILTINS.iter());
    v
}

/// Constants defined by the standard extensions (sorting flags, JSON options …).
pub fn constants() -> Vec<(&'static str, Zval)> {
    let mut v = vec![];
    for (n, i) in [
        ("SORT_REGULAR", 0),
        ("SORT_NUMERIC", 1),
        ("SORT_STRING", 2),
        ("SORT_LOCALE_STRING", 5),
        ("SORT_NATURAL", 6),
        ("SORT_FLAG_CASE", 8),
        ("SORT_ASC", 4),
        ("SORT_DESC", 3),
        ("ARRAY_FILTER_USE_KEY", 2),
        ("ARRAY_FILTER_USE_BOTH", 1),
        ("EXTR_OVERWRITE", 0),
        ("EXTR_SKIP", 1),
        ("STR_PAD_RIGHT", 1),
        ("STR_PAD_LEFT", 0),
        ("STR_PAD_BOTH", 2),
        ("PHP_ROUND_HALF_UP", 1),
        ("PHP_ROUND_HALF_DOWN", 2),
        ("PHP_ROUND_HALF_EVEN", 3),
        ("PHP_ROUND_HALF_ODD", 4),
        ("ENT_QUOTES", 3),
        ("ENT_COMPAT", 2),
        ("ENT_NOQUOTES", 0),
        ("ENT_HTML401", 0),
        ("ENT_HTML5", 48),
        ("ENT_SUBSTITUTE", 8),
        ("ENT_IGNORE", 4),
        ("MT_RAND_MT19937", 0),
        ("MT_RAND_PHP", 1),
        ("LC_ALL", 6),
        ("LC_NUMERIC", 1),
    ] {
        v.push((n, Zval::Long(i)));
    }
    for (n, i) in array::CONSTANTS
        .iter()
        .chain(json::CONSTANTS)
        .chain(pcre::CONSTANTS)
        .chain(codec::CONSTANTS)
        .chain(file::CONSTANTS)
        .chain(filter::CONSTANTS)
    {
        v.push((n, Zval::Long(*i)));
    }
    for (n, d) in math::FLOAT_CONSTANTS {
        v.push((n, Zval::Double(*d)));
    }
    for (n, s) in time::STRING_CONSTANTS.iter().chain(pcre::STRING_CONSTANTS) {
        v.push((n, Zval::str(s.as_bytes())));
    }
    v.push(("PCRE_JIT_SUPPORT", Zval::Bool(true)));
    v
}

/// Declares a parameter list: `params!["string", "?times"]` — a leading `?` marks an optional
/// parameter, a leading `&` a by-reference one, a leading `*` a by-reference one that also
/// takes a value that is no variable (PHP's "prefer-ref").
#[macro_export]
macro_rules! params {
    ($($p:expr),* $(,)?) => {
        &[$($crate::args::Param::parse($p)),*]
    };
}

#[cfg(test)]
mod tests {
    /// The VM counts missing arguments by the first parameter left unfilled, which holds only
    /// if every builtin lists its required parameters before its optional ones (as PHP's
    /// signatures do).
    #[test]
    fn required_parameters_come_first() {
        for b in super::all() {
            let bad = b.params.windows(2).any(|w| w[0].optional && !w[1].optional);
            assert!(
                !bad,
                "{}: a required parameter after an optional one",
                b.name
            );
        }
    }
}
