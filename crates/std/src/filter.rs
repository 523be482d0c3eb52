//! Filter (`ext/filter`): `filter_var`, `filter_var_array`, `filter_input`,
//! `filter_input_array`, `filter_has_var`, `filter_list`, `filter_id` and the `FILTER_*` /
//! `INPUT_*` constants.
//!
//! A value is filtered as PHP does: arrays are walked (or refused, by `FILTER_REQUIRE_SCALAR`),
//! scalars become strings first, and the filter either validates the string (giving the typed
//! value, or `false` / `null` with `FILTER_NULL_ON_FAILURE`, or the `default` option) or
//! sanitizes it. Validators are written by hand from PHP's documented rules; the e-mail and
//! `FILTER_VALIDATE_REGEXP` checks go through PCRE, as PHP's do, and URLs are split by
//! `parse_url`. References inside a filtered array are filtered in place, as in PHP.
//!
//! The CLI has no request: `INPUT_GET`, `INPUT_POST` and `INPUT_COOKIE` hold nothing,
//! `INPUT_ENV` is the environment and `INPUT_SERVER` the few entries the CLI registers through
//! the input filter (the script name and an empty `DOCUMENT_ROOT`).

use crate::args::type_name;
use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::convert::{self, Numeric};
use memphis_values::{Key, KeyRef, ZArr, ZRef, ZStr, Zval};

/// `INPUT_POST`.
pub const INPUT_POST: i64 = 0;
/// `INPUT_GET`.
pub const INPUT_GET: i64 = 1;
/// `INPUT_COOKIE`.
pub const INPUT_COOKIE: i64 = 2;
/// `INPUT_ENV`.
pub const INPUT_ENV: i64 = 4;
/// `INPUT_SERVER`.
pub const INPUT_SERVER: i64 = 5;

/// `FILTER_REQUIRE_SCALAR`.
pub const REQUIRE_SCALAR: i64 = 0x0200_0000;
/// `FILTER_REQUIRE_ARRAY`.
pub const REQUIRE_ARRAY: i64 = 0x0100_0000;
/// `FILTER_FORCE_ARRAY`.
pub const FORCE_ARRAY: i64 = 0x0400_0000;
/// `FILTER_NULL_ON_FAILURE`.
pub const NULL_ON_FAILURE: i64 = 0x0800_0000;

/// `FILTER_VALIDATE_INT`.
pub const VALIDATE_INT: i64 = 0x0101;
/// `FILTER_VALIDATE_BOOL`.
pub const VALIDATE_BOOL: i64 = 0x0102;
/// `FILTER_VALIDATE_FLOAT`.
pub const VALIDATE_FLOAT: i64 = 0x0103;
/// `FILTER_VALIDATE_REGEXP`.
pub const VALIDATE_REGEXP: i64 = 0x0110;
/// `FILTER_VALIDATE_URL`.
pub const VALIDATE_URL: i64 = 0x0111;
/// `FILTER_VALIDATE_EMAIL`.
pub const VALIDATE_EMAIL: i64 = 0x0112;
/// `FILTER_VALIDATE_IP`.
pub const VALIDATE_IP: i64 = 0x0113;
/// `FILTER_VALIDATE_MAC`.
pub const VALIDATE_MAC: i64 = 0x0114;
/// `FILTER_VALIDATE_DOMAIN`.
pub const VALIDATE_DOMAIN: i64 = 0x0115;

/// `FILTER_SANITIZE_STRING` (deprecated).
pub const SANITIZE_STRING: i64 = 0x0201;
/// `FILTER_SANITIZE_ENCODED`.
pub const SANITIZE_ENCODED: i64 = 0x0202;
/// `FILTER_SANITIZE_SPECIAL_CHARS`.
pub const SANITIZE_SPECIAL_CHARS: i64 = 0x0203;
/// `FILTER_UNSAFE_RAW` (= `FILTER_DEFAULT`).
pub const UNSAFE_RAW: i64 = 0x0204;
/// `FILTER_SANITIZE_EMAIL`.
pub const SANITIZE_EMAIL: i64 = 0x0205;
/// `FILTER_SANITIZE_URL`.
pub const SANITIZE_URL: i64 = 0x0206;
/// `FILTER_SANITIZE_NUMBER_INT`.
pub const SANITIZE_NUMBER_INT: i64 = 0x0207;
/// `FILTER_SANITIZE_NUMBER_FLOAT`.
pub const SANITIZE_NUMBER_FLOAT: i64 = 0x0208;
/// `FILTER_SANITIZE_FULL_SPECIAL_CHARS`.
pub const SANITIZE_FULL_SPECIAL_CHARS: i64 = 0x020a;
/// `FILTER_SANITIZE_ADD_SLASHES`.
pub const SANITIZE_ADD_SLASHES: i64 = 0x020b;
/// `FILTER_CALLBACK`.
pub const CALLBACK: i64 = 0x0400;

/// `FILTER_FLAG_ALLOW_OCTAL`.
pub const FLAG_ALLOW_OCTAL: i64 = 0x0001;
/// `FILTER_FLAG_ALLOW_HEX`.
pub const FLAG_ALLOW_HEX: i64 = 0x0002;
/// `FILTER_FLAG_STRIP_LOW`.
pub const FLAG_STRIP_LOW: i64 = 0x0004;
/// `FILTER_FLAG_STRIP_HIGH`.
pub const FLAG_STRIP_HIGH: i64 = 0x0008;
/// `FILTER_FLAG_ENCODE_LOW`.
pub const FLAG_ENCODE_LOW: i64 = 0x0010;
/// `FILTER_FLAG_ENCODE_HIGH`.
pub const FLAG_ENCODE_HIGH: i64 = 0x0020;
/// `FILTER_FLAG_ENCODE_AMP`.
pub const FLAG_ENCODE_AMP: i64 = 0x0040;
/// `FILTER_FLAG_NO_ENCODE_QUOTES`.
pub const FLAG_NO_ENCODE_QUOTES: i64 = 0x0080;
/// `FILTER_FLAG_EMPTY_STRING_NULL`.
pub const FLAG_EMPTY_STRING_NULL: i64 = 0x0100;
/// `FILTER_FLAG_STRIP_BACKTICK`.
pub const FLAG_STRIP_BACKTICK: i64 = 0x0200;
/// `FILTER_FLAG_ALLOW_FRACTION`.
pub const FLAG_ALLOW_FRACTION: i64 = 0x1000;
/// `FILTER_FLAG_ALLOW_THOUSAND`.
pub const FLAG_ALLOW_THOUSAND: i64 = 0x2000;
/// `FILTER_FLAG_ALLOW_SCIENTIFIC`.
pub const FLAG_ALLOW_SCIENTIFIC: i64 = 0x4000;
/// `FILTER_FLAG_PATH_REQUIRED`.
pub const FLAG_PATH_REQUIRED: i64 = 0x0004_0000;
/// `FILTER_FLAG_QUERY_REQUIRED`.
pub const FLAG_QUERY_REQUIRED: i64 = 0x0008_0000;
/// `FILTER_FLAG_IPV4` (also `FILTER_FLAG_HOSTNAME` and `FILTER_FLAG_EMAIL_UNICODE`).
pub const FLAG_IPV4: i64 = 0x0010_0000;
/// `FILTER_FLAG_IPV6`.
pub const FLAG_IPV6: i64 = 0x0020_0000;
/// `FILTER_FLAG_NO_RES_RANGE`.
pub const FLAG_NO_RES_RANGE: i64 = 0x0040_0000;
/// `FILTER_FLAG_NO_PRIV_RANGE`.
pub const FLAG_NO_PRIV_RANGE: i64 = 0x0080_0000;
/// `FILTER_FLAG_GLOBAL_RANGE`.
pub const FLAG_GLOBAL_RANGE: i64 = 0x1000_0000;
/// `FILTER_FLAG_HOSTNAME`.
pub const FLAG_HOSTNAME: i64 = 0x0010_0000;
/// `FILTER_FLAG_EMAIL_UNICODE`.
pub const FLAG_EMAIL_UNICODE: i64 = 0x0010_0000;

/// Constants of this group, in PHP's order.
pub static CONSTANTS: &[(&str, i64)] = &[
    ("INPUT_POST", INPUT_POST),
    ("INPUT_GET", INPUT_GET),
    ("INPUT_COOKIE", INPUT_COOKIE),
    ("INPUT_ENV", INPUT_ENV),
    ("INPUT_SERVER", INPUT_SERVER),
    ("FILTER_FLAG_NONE", 0),
    ("FILTER_REQUIRE_SCALAR", REQUIRE_SCALAR),
    ("FILTER_REQUIRE_ARRAY", REQUIRE_ARRAY),
    ("FILTER_FORCE_ARRAY", FORCE_ARRAY),
    ("FILTER_NULL_ON_FAILURE", NULL_ON_FAILURE),
    ("FILTER_VALIDATE_INT", VALIDATE_INT),
    ("FILTER_VALIDATE_BOOLEAN", VALIDATE_BOOL),
    ("FILTER_VALIDATE_BOOL", VALIDATE_BOOL),
    ("FILTER_VALIDATE_FLOAT", VALIDATE_FLOAT),
    ("FILTER_VALIDATE_REGEXP", VALIDATE_REGEXP),
    ("FILTER_VALIDATE_DOMAIN", VALIDATE_DOMAIN),
    ("FILTER_VALIDATE_URL", VALIDATE_URL),
    ("FILTER_VALIDATE_EMAIL", VALIDATE_EMAIL),
    ("FILTER_VALIDATE_IP", VALIDATE_IP),
    ("FILTER_VALIDATE_MAC", VALIDATE_MAC),
    ("FILTER_DEFAULT", UNSAFE_RAW),
    ("FILTER_UNSAFE_RAW", UNSAFE_RAW),
    ("FILTER_SANITIZE_STRING", SANITIZE_STRING),
    ("FILTER_SANITIZE_STRIPPED", SANITIZE_STRING),
    ("FILTER_SANITIZE_ENCODED", SANITIZE_ENCODED),
    ("FILTER_SANITIZE_SPECIAL_CHARS", SANITIZE_SPECIAL_CHARS),
    (
        "FILTER_SANITIZE_FULL_SPECIAL_CHARS",
        SANITIZE_FULL_SPECIAL_CHARS,
    ),
    ("FILTER_SANITIZE_EMAIL", SANITIZE_EMAIL),
    ("FILTER_SANITIZE_URL", SANITIZE_URL),
    ("FILTER_SANITIZE_NUMBER_INT", SANITIZE_NUMBER_INT),
    ("FILTER_SANITIZE_NUMBER_FLOAT", SANITIZE_NUMBER_FLOAT),
    ("FILTER_SANITIZE_ADD_SLASHES", SANITIZE_ADD_SLASHES),
    ("FILTER_CALLBACK", CALLBACK),
    ("FILTER_FLAG_ALLOW_OCTAL", FLAG_ALLOW_OCTAL),
    ("FILTER_FLAG_ALLOW_HEX", FLAG_ALLOW_HEX),
    ("FILTER_FLAG_STRIP_LOW", FLAG_STRIP_LOW),
    ("FILTER_FLAG_STRIP_HIGH", FLAG_STRIP_HIGH),
    ("FILTER_FLAG_STRIP_BACKTICK", FLAG_STRIP_BACKTICK),
    ("FILTER_FLAG_ENCODE_LOW", FLAG_ENCODE_LOW),
    ("FILTER_FLAG_ENCODE_HIGH", FLAG_ENCODE_HIGH),
    ("FILTER_FLAG_ENCODE_AMP", FLAG_ENCODE_AMP),
    ("FILTER_FLAG_NO_ENCODE_QUOTES", FLAG_NO_ENCODE_QUOTES),
    ("FILTER_FLAG_EMPTY_STRING_NULL", FLAG_EMPTY_STRING_NULL),
    ("FILTER_FLAG_ALLOW_FRACTION", FLAG_ALLOW_FRACTION),
    ("FILTER_FLAG_ALLOW_THOUSAND", FLAG_ALLOW_THOUSAND),
    ("FILTER_FLAG_ALLOW_SCIENTIFIC", FLAG_ALLOW_SCIENTIFIC),
    ("FILTER_FLAG_PATH_REQUIRED", FLAG_PATH_REQUIRED),
    ("FILTER_FLAG_QUERY_REQUIRED", FLAG_QUERY_REQUIRED),
    ("FILTER_FLAG_IPV4", FLAG_IPV4),
    ("FILTER_FLAG_IPV6", FLAG_IPV6),
    ("FILTER_FLAG_NO_RES_RANGE", FLAG_NO_RES_RANGE),
    ("FILTER_FLAG_NO_PRIV_RANGE", FLAG_NO_PRIV_RANGE),
    ("FILTER_FLAG_GLOBAL_RANGE", FLAG_GLOBAL_RANGE),
    ("FILTER_FLAG_HOSTNAME", FLAG_HOSTNAME),
    ("FILTER_FLAG_EMAIL_UNICODE", FLAG_EMAIL_UNICODE),
];

/// The filters `filter_list()` names, in PHP's order, with their ids.
const FILTERS: &[(&str, i64)] = &[
    ("int", VALIDATE_INT),
    ("boolean", VALIDATE_BOOL),
    ("float", VALIDATE_FLOAT),
    ("validate_regexp", VALIDATE_REGEXP),
    ("validate_domain", VALIDATE_DOMAIN),
    ("validate_url", VALIDATE_URL),
    ("validate_email", VALIDATE_EMAIL),
    ("validate_ip", VALIDATE_IP),
    ("validate_mac", VALIDATE_MAC),
    ("string", SANITIZE_STRING),
    ("stripped", SANITIZE_STRING),
    ("encoded", SANITIZE_ENCODED),
    ("special_chars", SANITIZE_SPECIAL_CHARS),
    ("full_special_chars", SANITIZE_FULL_SPECIAL_CHARS),
    ("unsafe_raw", UNSAFE_RAW),
    ("email", SANITIZE_EMAIL),
    ("url", SANITIZE_URL),
    ("number_int", SANITIZE_NUMBER_INT),
    ("number_float", SANITIZE_NUMBER_FLOAT),
    ("add_slashes", SANITIZE_ADD_SLASHES),
    ("callback", CALLBACK),
];

/// Whether `id` is accepted as a filter id: the validation and sanitizing ranges (ids inside
/// them that name no filter run the default one) and `FILTER_CALLBACK`.
fn id_exists(id: i64) -> bool {
    (0x0100..=0x0115).contains(&id) || (0x0200..=0x020b).contains(&id) || id == CALLBACK
}

// ----- value helpers ----------------------------------------------------------------------------

/// The result of a failed validation.
fn failed(flags: i64) -> Zval {
    if flags & NULL_ON_FAILURE != 0 {
        Zval::Null
    } else {
        Zval::Bool(false)
    }
}

/// `zval_get_long`: objects warn and count as 1.
fn get_long(e: &mut dyn Engine, v: &Zval) -> Result<i64, Flow> {
    let v = v.deref();
    if let Zval::Obj(o) = &v {
        let msg = format!(
            "Object of class {} could not be converted to int",
            o.class().name.to_string_lossy()
        );
        e.diag(Level::Warning, &msg)?;
        return Ok(1);
    }
    Ok(convert::to_long(&v))
}

/// `zval_get_double`: objects warn and count as 1.
fn get_double(e: &mut dyn Engine, v: &Zval) -> Result<f64, Flow> {
    let v = v.deref();
    if let Zval::Obj(o) = &v {
        let msg = format!(
            "Object of class {} could not be converted to float",
            o.class().name.to_string_lossy()
        );
        e.diag(Level::Warning, &msg)?;
        return Ok(1.0);
    }
    Ok(convert::to_double(&v))
}

/// The option array a filter reads (`None` when the options are absent or not an array).
fn opt_array(opts: Option<&Zval>) -> Option<&ZArr> {
    match opts {
        Some(Zval::Arr(a)) => Some(a),
        _ => None,
    }
}

/// Option `name` of the option array, dereferenced.
fn option(opts: Option<&Zval>, name: &str) -> Option<Zval> {
    opt_array(opts)?.get_str(name.as_bytes()).map(|v| v.deref())
}

/// An integer option (`min_range`, `max_range`).
fn long_option(e: &mut dyn Engine, opts: Option<&Zval>, name: &str) -> Result<Option<i64>, Flow> {
    match option(opts, name) {
        Some(v) => get_long(e, &v).map(Some),
        None => Ok(None),
    }
}

/// A float option.
fn double_option(e: &mut dyn Engine, opts: Option<&Zval>, name: &str) -> Result<Option<f64>, Flow> {
    match option(opts, name) {
        Some(v) => get_double(e, &v).map(Some),
        None => Ok(None),
    }
}

/// A string option; other types count as absent.
fn string_option(opts: Option<&Zval>, name: &str) -> Option<ZStr> {
    match option(opts, name) {
        Some(Zval::Str(s)) => Some(s),
        _ => None,
    }
}

/// What a validator gives: the value, `None` when validation failed, or a throw.
type Checked = Result<Option<Zval>, Flow>;

/// A bad option: a `ValueError` whose message starts with the running function's name.
fn option_error(e: &mut dyn Engine, msg: &str) -> Checked {
    let f = e.current_function().to_string();
    Err(e.error("ValueError", format!("{f}(): {msg}")))
}

/// A byte of `b`, or NUL past its end (C's view of the terminated string).
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The whitespace the validators trim: space, tab, CR, LF and vertical tab.
fn is_trim_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | 0x0b)
}

/// Trims PHP's filter whitespace from both ends.
fn trim(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|&c| !is_trim_space(c)).unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_trim_space(c))
        .map_or(start, |p| p + 1);
    b.get(start..end).unwrap_or(&[])
}

// ----- argument parsing ------------------------------------------------------------------------

/// What an `array|int $options` argument holds.
enum FilterArgs {
    /// An integer: flags (or, for an array definition entry, the filter id).
    Long(i64),
    /// An option array with `filter`, `flags` and `options` keys.
    Arr(ZArr),
}

/// Reads an `array|int` parameter with PHP's coercions and messages.
fn array_or_long(e: &mut dyn Engine, a: &Args, i: usize) -> Result<FilterArgs, Flow> {
    let v = a.get(i);
    if let Zval::Arr(arr) = v {
        return Ok(FilterArgs::Arr(arr));
    }
    if let Zval::Long(n) = v {
        return Ok(FilterArgs::Long(n));
    }
    let type_error = |e: &mut dyn Engine, v: &Zval| {
        let name = a.params.get(i).map(|p| p.name).unwrap_or("options");
        e.error(
            "TypeError",
            format!(
                "{}(): Argument #{} (${}) must be of type array|int, {} given",
                a.fname,
                i + 1,
                name,
                type_name(v)
            ),
        )
    };
    if e.strict_types() {
        return Err(type_error(e, &v));
    }
    // A float (or a float-string, named in the deprecation) must fit an int.
    let from_double = |e: &mut dyn Engine, d: f64, text: Option<&ZStr>| -> Result<i64, Flow> {
        if !d.is_finite() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(type_error(e, &v));
        }
        if d.fract() != 0.0 {
            let what = match text {
                Some(t) => format!("float-string \"{}\"", t.to_string_lossy()),
                None => format!("float {}", convert::format_double(d, -1)),
            };
            e.diag(
                Level::Deprecated,
                &format!("Implicit conversion from {what} to int loses precision"),
            )?;
        }
        Ok(d as i64)
    };
    let n = match &v {
        Zval::Null | Zval::Undef => {
            let name = a.params.get(i).map(|p| p.name).unwrap_or("options");
            e.diag(
                Level::Deprecated,
                &format!(
                    "{}(): Passing null to parameter #{} (${}) of type array|int is deprecated",
                    a.fname,
                    i + 1,
                    name
                ),
            )?;
            0
        }
        Zval::Bool(b) => *b as i64,
        Zval::Double(d) => from_double(e, *d, None)?,
        Zval::Str(s) => match convert::numeric_string(s.as_bytes()) {
            Some(Numeric::Long(n)) => n,
            Some(Numeric::Double(d)) => from_double(e, d, Some(s))?,
            None => return Err(type_error(e, &v)),
        },
        _ => return Err(type_error(e, &v)),
    };
    Ok(FilterArgs::Long(n))
}

// ----- the filtering core ----------------------------------------------------------------------

/// A filter with its flags and options, as `php_filter_call` settles them.
struct Spec {
    filter: i64,
    flags: i64,
    /// The `options` entry: an option array, or the callable of `FILTER_CALLBACK`.
    options: Option<Zval>,
}

/// Works out the filter, flags and options from the `$options` argument (`filter` is -1 for
/// an entry of a `filter_var_array` definition, whose integer form is the filter id).
fn settle(
    e: &mut dyn Engine,
    mut filter: i64,
    args: &FilterArgs,
    mut flags: i64,
) -> Result<Spec, Flow> {
    let mut options = None;
    match args {
        FilterArgs::Long(n) => {
            if filter != -1 {
                flags = *n;
                if flags & (REQUIRE_ARRAY | FORCE_ARRAY) == 0 {
                    flags |= REQUIRE_SCALAR;
                }
            } else {
                filter = *n;
            }
        }
        FilterArgs::Arr(ht) => {
            if let Some(v) = ht.get_str(b"filter") {
                let v = v.clone();
                filter = get_long(e, &v)?;
            }
            if let Some(v) = ht.get_str(b"options") {
                let v = v.deref();
                if filter != CALLBACK {
                    if matches!(v, Zval::Arr(_)) {
                        options = Some(v);
                    }
                } else {
                    options = Some(v);
                    flags = 0;
                }
            }
            if let Some(v) = ht.get_str(b"flags") {
                let v = v.clone();
                flags = get_long(e, &v)?;
                if flags & (REQUIRE_ARRAY | FORCE_ARRAY) == 0 {
                    flags |= REQUIRE_SCALAR;
                }
            }
        }
    }
    Ok(Spec {
        filter,
        flags,
        options,
    })
}

/// `php_filter_call`: filters `value` (arrays walked or refused by the flags) and wraps the
/// result for `FILTER_FORCE_ARRAY`.
fn filter_call(e: &mut dyn Engine, mut value: Zval, spec: &Spec, pending: bool) -> BResult {
    let flags = spec.flags;
    if let Zval::Arr(_) = value {
        if flags & REQUIRE_SCALAR != 0 {
            return Ok(failed(flags));
        }
        if let Zval::Arr(arr) = std::mem::replace(&mut value, Zval::Null) {
            return filter_array(e, arr, spec, pending).map(Zval::Arr);
        }
    }
    if flags & REQUIRE_ARRAY != 0 {
        return Ok(failed(flags));
    }
    let (v, thrown) = filter_scalar(e, value, spec, pending);
    if let Some(f) = thrown {
        return Err(f);
    }
    if flags & FORCE_ARRAY != 0 {
        return Ok(Zval::Arr(ZArr::from_values([v])));
    }
    Ok(v)
}

/// Where an array being walked came from, to put it back when done.
enum Origin {
    /// The value given to the filter.
    Root,
    /// An element (at this position) of the array below it on the walk stack.
    Slot(u32),
    /// The target of a reference.
    Ref(ZRef),
}

/// One array on the walk stack, with the position to go on from.
struct Walk {
    arr: ZArr,
    pos: u32,
    origin: Origin,
}

/// Puts an array back where it came from; the root array is returned.
fn reattach(stack: &mut [Walk], walking: &mut Vec<*const u8>, w: Walk) -> Option<ZArr> {
    match w.origin {
        Origin::Root => return Some(w.arr),
        Origin::Slot(p) => {
            if let Some(slot) = stack.last_mut().and_then(|parent| parent.arr.at_mut(p)) {
                *slot = Zval::Arr(w.arr);
            }
        }
        Origin::Ref(r) => {
            walking.pop();
            drop(r.replace(Zval::Arr(w.arr)));
        }
    }
    None
}

/// Filters every element of an array, nested arrays included, without recursion. References
/// are filtered where they point (as PHP does); an array met again through a reference while
/// it is being walked is left alone. When an element throws, PHP goes on with the rest while
/// the exception is pending (see [`filter_scalar`]); the first exception is then thrown.
fn filter_array(e: &mut dyn Engine, root: ZArr, spec: &Spec, pending: bool) -> Result<ZArr, Flow> {
    let mut stack = vec![Walk {
        arr: root,
        pos: 0,
        origin: Origin::Root,
    }];
    let mut walking: Vec<*const u8> = Vec::new();
    let mut thrown: Option<Flow> = None;
    loop {
        let pending = pending || thrown.is_some();
        let Some(top) = stack.last_mut() else {
            return Ok(ZArr::new());
        };
        let Some(p) = top.arr.valid_pos(top.pos) else {
            let Some(done) = stack.pop() else {
                return Ok(ZArr::new());
            };
            if let Some(root) = reattach(&mut stack, &mut walking, done) {
                return match thrown {
                    Some(f) => Err(f),
                    None => Ok(root),
                };
            }
            continue;
        };
        top.pos = p + 1;
        let Some(el) = top.arr.at_mut(p) else {
            continue;
        };
        let res: Option<Flow> = match el {
            Zval::Ref(r) => {
                let r = r.clone();
                let id = r.as_ptr();
                if walking.contains(&id) {
                    continue;
                }
                match r.take() {
                    Zval::Arr(a) => {
                        walking.push(id);
                        stack.push(Walk {
                            arr: a,
                            pos: 0,
                            origin: Origin::Ref(r),
                        });
                        None
                    }
                    v => {
                        let (v, err) = filter_scalar(e, v, spec, pending);
                        drop(r.replace(v));
                        err
                    }
                }
            }
            Zval::Arr(_) => {
                if let Zval::Arr(a) = std::mem::replace(el, Zval::Null) {
                    stack.push(Walk {
                        arr: a,
                        pos: 0,
                        origin: Origin::Slot(p),
                    });
                }
                None
            }
            _ => {
                let v = std::mem::replace(el, Zval::Null);
                let (v, err) = filter_scalar(e, v, spec, pending);
                *el = v;
                err
            }
        };
        match res {
            None => {}
            Some(f @ Flow::Throw(_)) => thrown = Some(chain(f, thrown)),
            Some(f) => {
                // exit(): put every array back where it was and stop.
                while let Some(w) = stack.pop() {
                    reattach(&mut stack, &mut walking, w);
                }
                return Err(f);
            }
        }
    }
}

/// `php_zval_filter`: one scalar through one filter, then the `default` option on failure.
///
/// A throw does not stop PHP here: the value is still set (`null` for a callback, the string
/// otherwise) and, inside an array, the walk goes on with the exception pending (`pending`):
/// callbacks and `__toString` are not run then, and a failed validation leaves the string as
/// it is. So the value comes back together with what was thrown, if anything.
fn filter_scalar(
    e: &mut dyn Engine,
    value: Zval,
    spec: &Spec,
    pending: bool,
) -> (Zval, Option<Flow>) {
    let flags = spec.flags;
    let value = value.into_deref();
    let mut thrown = None;
    let result = match &value {
        Zval::Obj(o) if !e.has_method(o, "__tostring") => failed(flags),
        _ => {
            let s = match &value {
                Zval::Str(s) => s.clone(),
                Zval::Obj(_) if pending => ZStr::empty(),
                v => match e.to_zstr(v) {
                    Ok(s) => s,
                    Err(f) => {
                        thrown = Some(f);
                        ZStr::empty()
                    }
                },
            };
            let pending = pending || thrown.is_some();
            let opts = spec.options.as_ref();
            match run_filter(e, spec.filter, s.clone(), flags, opts, pending) {
                Ok(v) => v,
                Err(f) => {
                    thrown = Some(chain(f, thrown));
                    if spec.filter == CALLBACK {
                        Zval::Null
                    } else {
                        Zval::Str(s)
                    }
                }
            }
        }
    };
    let failed_now = if flags & NULL_ON_FAILURE != 0 {
        result.is_null()
    } else {
        matches!(result, Zval::Bool(false))
    };
    if failed_now {
        if let Some(d) = option(spec.options.as_ref(), "default") {
            return (d, thrown);
        }
    }
    (result, thrown)
}

/// The `previous` property slot of a throwable.
fn previous_slot(o: &memphis_values::ZObj) -> Option<usize> {
    o.class().props.iter().position(|p| {
        p.name.as_bytes() == b"previous"
            && matches!(p.declaring.as_bytes(), b"Exception" | b"Error")
    })
}

/// An exception thrown while `earlier` was pending: as PHP does, the earlier one becomes the
/// end of the new one's `previous` chain and the new one goes on. `exit()` wins over both.
fn chain(new: Flow, earlier: Option<Flow>) -> Flow {
    let (n, o) = match (new, earlier) {
        (new, None) => return new,
        (Flow::Exit, _) | (_, Some(Flow::Exit)) => return Flow::Exit,
        (Flow::Throw(n), Some(Flow::Throw(o))) => (n, o),
    };
    if n.ptr_eq(&o) {
        return Flow::Throw(n);
    }
    let mut cur = n.clone();
    // Bounded walk to the end of the chain (a chain cannot be this long in practice).
    for _ in 0..100_000 {
        let Some(i) = previous_slot(&cur) else {
            break;
        };
        match cur.slot(i) {
            Zval::Obj(p) if p.ptr_eq(&o) => break,
            Zval::Obj(p) => cur = p,
            _ => {
                drop(cur.set_slot(i, Zval::Obj(o)));
                break;
            }
        }
    }
    Flow::Throw(n)
}

/// Runs filter `id` (unknown ids run `FILTER_UNSAFE_RAW`) on a string.
fn run_filter(
    e: &mut dyn Engine,
    id: i64,
    s: ZStr,
    flags: i64,
    opts: Option<&Zval>,
    pending: bool,
) -> BResult {
    let checked = match id {
        VALIDATE_INT => validate_int(e, &s, flags, opts)?,
        VALIDATE_BOOL => validate_bool(&s),
        VALIDATE_FLOAT => validate_float(e, &s, flags, opts)?,
        VALIDATE_REGEXP => validate_regexp(e, s.clone(), opts)?,
        VALIDATE_DOMAIN => {
            valid_domain(s.as_bytes(), flags & FLAG_HOSTNAME != 0).then(|| Zval::Str(s.clone()))
        }
        VALIDATE_URL => validate_url(e, s.clone(), flags)?,
        VALIDATE_EMAIL => validate_email(e, s.clone(), flags)?,
        VALIDATE_IP => valid_ip(s.as_bytes(), flags).then(|| Zval::Str(s.clone())),
        VALIDATE_MAC => validate_mac(e, s.clone(), opts)?,
        _ => return sanitize(e, id, s, flags, opts, pending),
    };
    Ok(match checked {
        Some(v) => v,
        None if pending => Zval::Str(s),
        None => failed(flags),
    })
}

/// Runs sanitizing filter `id` (unknown ids run `FILTER_UNSAFE_RAW`).
fn sanitize(
    e: &mut dyn Engine,
    id: i64,
    s: ZStr,
    flags: i64,
    opts: Option<&Zval>,
    pending: bool,
) -> BResult {
    match id {
        SANITIZE_STRING => Ok(sanitize_string(s.as_bytes(), flags)),
        SANITIZE_ENCODED => Ok(sanitize_encoded(s.as_bytes(), flags)),
        SANITIZE_SPECIAL_CHARS => Ok(sanitize_special_chars(s.as_bytes(), flags)),
        SANITIZE_FULL_SPECIAL_CHARS => {
            let quotes = if flags & FLAG_NO_ENCODE_QUOTES != 0 {
                0
            } else {
                3
            };
            e.call(
                &Zval::str(b"htmlentities"),
                vec![
                    Zval::Str(s),
                    Zval::Long(quotes),
                    Zval::Null,
                    Zval::Bool(false),
                ],
            )
        }
        SANITIZE_EMAIL => Ok(keep_only(s.as_bytes(), |c| {
            c.is_ascii_alphanumeric() || b"!#$%&'*+-=?^_`{|}~@.[]".contains(&c)
        })),
        SANITIZE_URL => Ok(keep_only(s.as_bytes(), url_char)),
        SANITIZE_NUMBER_INT => Ok(keep_only(s.as_bytes(), |c| {
            c.is_ascii_digit() || c == b'+' || c == b'-'
        })),
        SANITIZE_NUMBER_FLOAT => Ok(keep_only(s.as_bytes(), |c| {
            c.is_ascii_digit()
                || c == b'+'
                || c == b'-'
                || (c == b'.' && flags & FLAG_ALLOW_FRACTION != 0)
                || (c == b',' && flags & FLAG_ALLOW_THOUSAND != 0)
                || ((c == b'e' || c == b'E') && flags & FLAG_ALLOW_SCIENTIFIC != 0)
        })),
        SANITIZE_ADD_SLASHES => Ok(Zval::Str(ZStr::from_vec(crate::string::add_slashes_bytes(
            s.as_bytes(),
        )))),
        CALLBACK => filter_callback(e, s, opts, pending),
        _ => Ok(unsafe_raw(s, flags)),
    }
}

// ----- validators ------------------------------------------------------------------------------

/// Decimal integer with an optional sign, no leading zeros, within `int`.
fn parse_decimal(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    if digits == b"0" {
        return Some(0);
    }
    let (&first, rest) = digits.split_first()?;
    if !(b'1'..=b'9').contains(&first) {
        return None;
    }
    // More digits than an int can hold fails before any arithmetic.
    if rest.len() > 19 {
        return None;
    }
    let d = (first - b'0') as i64;
    let mut v: i64 = if neg { -d } else { d };
    for &c in rest {
        if !c.is_ascii_digit() {
            return None;
        }
        let d = (c - b'0') as i64;
        v = v.checked_mul(10)?;
        v = if neg {
            v.checked_sub(d)?
        } else {
            v.checked_add(d)?
        };
    }
    Some(v)
}

/// Unsigned digits in base 8 or 16, wrapping into `int` as the bits of an unsigned value.
fn parse_radix(b: &[u8], radix: u32) -> Option<i64> {
    let mut v: u64 = 0;
    for &c in b {
        let d = (c as char).to_digit(radix)? as u64;
        v = v.checked_mul(radix as u64)?.checked_add(d)?;
    }
    Some(v as i64)
}

/// `FILTER_VALIDATE_INT`.
fn validate_int(e: &mut dyn Engine, s: &ZStr, flags: i64, opts: Option<&Zval>) -> Checked {
    let min = long_option(e, opts, "min_range")?;
    let max = long_option(e, opts, "max_range")?;
    let t = trim(s.as_bytes());
    if t.is_empty() {
        return Ok(None);
    }
    let parsed = if t[0] == b'0' {
        let rest = &t[1..];
        if flags & FLAG_ALLOW_HEX != 0 && matches!(rest.first(), Some(b'x' | b'X')) {
            let digits = &rest[1..];
            if digits.is_empty() {
                return Ok(None);
            }
            parse_radix(digits, 16)
        } else if flags & FLAG_ALLOW_OCTAL != 0 {
            let digits = match rest.first() {
                Some(b'o' | b'O') => {
                    if rest.len() == 1 {
                        return Ok(None);
                    }
                    &rest[1..]
                }
                _ => rest,
            };
            parse_radix(digits, 8)
        } else if rest.is_empty() {
            Some(0)
        } else {
            None
        }
    } else {
        parse_decimal(t)
    };
    match parsed {
        Some(v) if min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m) => {
            Ok(Some(Zval::Long(v)))
        }
        _ => Ok(None),
    }
}

/// `FILTER_VALIDATE_BOOL`: yes/no words; the empty string is `false`.
fn validate_bool(s: &ZStr) -> Option<Zval> {
    let t = trim(s.as_bytes()).to_ascii_lowercase();
    match t.as_slice() {
        b"1" | b"true" | b"on" | b"yes" => Some(Zval::Bool(true)),
        b"" | b"0" | b"false" | b"off" | b"no" => Some(Zval::Bool(false)),
        _ => None,
    }
}

/// `FILTER_VALIDATE_FLOAT`: digits with an optional decimal separator, exponent and (with
/// `FILTER_FLAG_ALLOW_THOUSAND`) groups of three digits.
fn validate_float(e: &mut dyn Engine, s: &ZStr, flags: i64, opts: Option<&Zval>) -> Checked {
    let t = trim(s.as_bytes());
    if t.is_empty() {
        return Ok(None);
    }
    let mut dec_sep = b'.';
    if let Some(d) = string_option(opts, "decimal") {
        if d.len() != 1 {
            return option_error(e, "\"decimal\" option must be one character long");
        }
        dec_sep = d.as_bytes()[0];
    }
    let thousand: Vec<u8> = match string_option(opts, "thousand") {
        Some(t) => {
            if t.is_empty() {
                return option_error(e, "\"thousand\" option must not be empty");
            }
            // Read as a C string: it ends at the first NUL.
            let b = t.as_bytes();
            b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())].to_vec()
        }
        None => b"',.".to_vec(),
    };
    // A NUL byte always matches the separator list, as C's strchr finds the terminator.
    let is_thousand = |c: u8| c == 0 || thousand.contains(&c);
    let min = double_option(e, opts, "min_range")?;
    let max = double_option(e, opts, "max_range")?;

    let mut num: Vec<u8> = Vec::with_capacity(t.len());
    let mut i = 0;
    if matches!(t.first(), Some(b'+' | b'-')) {
        num.push(t[0]);
        i = 1;
    }
    let mut first = true;
    loop {
        let mut n = 0;
        while i < t.len() && t[i].is_ascii_digit() {
            num.push(t[i]);
            n += 1;
            i += 1;
        }
        let c = at(t, i);
        if i == t.len() || c == dec_sep || c == b'e' || c == b'E' {
            if !first && n != 3 {
                return Ok(None);
            }
            if at(t, i) == dec_sep {
                if i >= t.len() {
                    // A NUL separator matched the end of the string: C steps past it.
                    return Ok(None);
                }
                num.push(b'.');
                i += 1;
                while i < t.len() && t[i].is_ascii_digit() {
                    num.push(t[i]);
                    i += 1;
                }
            }
            if matches!(at(t, i), b'e' | b'E') && i < t.len() {
                num.push(t[i]);
                i += 1;
                if matches!(at(t, i), b'+' | b'-') && i < t.len() {
                    num.push(t[i]);
                    i += 1;
                }
                while i < t.len() && t[i].is_ascii_digit() {
                    num.push(t[i]);
                    i += 1;
                }
            }
            break;
        }
        if flags & FLAG_ALLOW_THOUSAND != 0 && is_thousand(c) {
            let bad = if first { !(1..=3).contains(&n) } else { n != 3 };
            if bad {
                return Ok(None);
            }
            first = false;
            i += 1;
        } else {
            return Ok(None);
        }
    }
    if i != t.len() {
        return Ok(None);
    }
    let in_range = |d: f64| min.is_none_or(|m| d >= m) && max.is_none_or(|m| d <= m);
    match parse_numeric(&num) {
        Some(Numeric::Long(l)) => {
            let d = l as f64;
            if !in_range(d) {
                return Ok(None);
            }
            Ok(Some(Zval::Double(d)))
        }
        Some(Numeric::Double(d)) => {
            let nonzero_digit = num.iter().any(|c| (b'1'..=b'9').contains(c));
            if (d == 0.0 && num.len() > 1 && nonzero_digit) || !d.is_finite() || !in_range(d) {
                return Ok(None);
            }
            Ok(Some(Zval::Double(d)))
        }
        None => Ok(None),
    }
}

/// `is_numeric_string` on the normalised number: a sign, digits, an optional fraction and
/// exponent, nothing else.
fn parse_numeric(b: &[u8]) -> Option<Numeric> {
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    let mut is_double = false;
    if at(b, i) == b'.' && i < b.len() {
        is_double = true;
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - f;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(at(b, i), b'e' | b'E') && i < b.len() {
        let mut j = i + 1;
        if matches!(at(b, j), b'+' | b'-') && j < b.len() {
            j += 1;
        }
        let d = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > d {
            is_double = true;
            i = j;
        }
    }
    if i != b.len() {
        return None;
    }
    let text = std::str::from_utf8(b).ok()?;
    if !is_double {
        if let Ok(l) = text.parse::<i64>() {
            return Some(Numeric::Long(l));
        }
    }
    text.parse::<f64>().ok().map(Numeric::Double)
}

/// `FILTER_VALIDATE_REGEXP`: the `regexp` option must match (PCRE, as `preg_match`).
fn validate_regexp(e: &mut dyn Engine, s: ZStr, opts: Option<&Zval>) -> Checked {
    let Some(re) = string_option(opts, "regexp") else {
        return option_error(e, "\"regexp\" option is missing");
    };
    Ok(pcre_matches(e, re.as_bytes(), &s)?.then_some(Zval::Str(s)))
}

/// Whether PHP regex `re` matches `subject`; compile errors warn under the running function's
/// name and count as no match.
fn pcre_matches(e: &mut dyn Engine, re: &[u8], subject: &ZStr) -> Result<bool, Flow> {
    if crate::pcre::compile(e, re)?.is_none() {
        return Ok(false);
    }
    let r = e.call(
        &Zval::str(b"preg_match"),
        vec![Zval::Str(ZStr::new(re)), Zval::Str(subject.clone())],
    )?;
    Ok(matches!(r, Zval::Long(n) if n > 0))
}

/// Whether `b` is a domain name (with `hostname`: letters, digits and inner hyphens only).
fn valid_domain(b: &[u8], hostname: bool) -> bool {
    let mut end = b.len();
    // A trailing dot is ignored.
    if end > 0 && b[end - 1] == b'.' {
        end -= 1;
    }
    if end > 253 {
        return false;
    }
    let first = at(b, 0);
    if first == b'.' || (hostname && !first.is_ascii_alphanumeric()) {
        return false;
    }
    let mut label = 1u32;
    for i in 0..end {
        let c = b[i];
        if c == b'.' {
            let next = at(b, i + 1);
            let prev = if i > 0 { b[i - 1] } else { 0 };
            if next == b'.'
                || (hostname && (!prev.is_ascii_alphanumeric() || !next.is_ascii_alphanumeric()))
            {
                return false;
            }
            label = 1;
        } else {
            let inner_hyphen = c == b'-' && at(b, i + 1) != 0;
            if label > 63 || (hostname && !inner_hyphen && !c.is_ascii_alphanumeric()) {
                return false;
            }
            label += 1;
        }
    }
    true
}

/// Bytes `FILTER_SANITIZE_URL` keeps (and `FILTER_VALIDATE_URL` accepts).
fn url_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"$-_.+!*'(),{}|\\^~[]`<>#%\";/?:@&=".contains(&c)
}

/// Userinfo characters: unreserved, sub-delims, `:` and `%` escapes.
fn valid_userinfo(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:".contains(&c) {
            i += 1;
        } else if c == b'%'
            && i + 2 < b.len()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_hexdigit()
        {
            i += 3;
        } else {
            return false;
        }
    }
    true
}

/// `FILTER_VALIDATE_URL`.
fn validate_url(e: &mut dyn Engine, s: ZStr, flags: i64) -> Checked {
    if !s.as_bytes().iter().all(|&c| url_char(c)) {
        return Ok(None);
    }
    let parts = e.call(&Zval::str(b"parse_url"), vec![Zval::Str(s.clone())])?;
    let Zval::Arr(parts) = parts else {
        return Ok(None);
    };
    let part = |k: &str| match parts.get_str(k.as_bytes()) {
        Some(Zval::Str(v)) => Some(v.clone()),
        _ => None,
    };
    let scheme = part("scheme");
    let host = part("host");
    if let Some(sc) = &scheme {
        let sc = sc.as_bytes();
        if sc.eq_ignore_ascii_case(b"http") || sc.eq_ignore_ascii_case(b"https") {
            let Some(h) = &host else {
                return Ok(None);
            };
            let h = h.as_bytes();
            let bracketed_v6 = h.len() >= 2
                && h[0] == b'['
                && h[h.len() - 1] == b']'
                && ipv6_parse(&h[1..h.len() - 1]).is_some();
            if !bracketed_v6 && !valid_domain(h, true) {
                return Ok(None);
            }
        }
    }
    let Some(sc) = &scheme else {
        return Ok(None);
    };
    if host.is_none() && !matches!(sc.as_bytes(), b"mailto" | b"news" | b"file") {
        return Ok(None);
    }
    if (flags & FLAG_PATH_REQUIRED != 0 && part("path").is_none())
        || (flags & FLAG_QUERY_REQUIRED != 0 && part("query").is_none())
    {
        return Ok(None);
    }
    if part("user").is_some_and(|u| !valid_userinfo(u.as_bytes()))
        || part("pass").is_some_and(|p| !valid_userinfo(p.as_bytes()))
    {
        return Ok(None);
    }
    Ok(Some(Zval::Str(s)))
}

/// PHP's e-mail pattern (after Michael Rushton's): a dot-atom or quoted local part of at most
/// 64 characters, and a routable domain or an address literal.
const EMAIL_RE: &str = concat!(
    r"/^(?!(?:(?:\x22?\x5C[\x00-\x7E]\x22?)|(?:\x22?[^\x5C\x22]\x22?)){255,})",
    r"(?!(?:(?:\x22?\x5C[\x00-\x7E]\x22?)|(?:\x22?[^\x5C\x22]\x22?)){65,}@)",
    r"(?:(?:[\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E]+)",
    r"|(?:\x22(?:[\x01-\x08\x0B\x0C\x0E-\x1F\x21\x23-\x5B\x5D-\x7F]|(?:\x5C[\x00-\x7F]))*\x22))",
    r"(?:\.(?:(?:[\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E]+)",
    r"|(?:\x22(?:[\x01-\x08\x0B\x0C\x0E-\x1F\x21\x23-\x5B\x5D-\x7F]|(?:\x5C[\x00-\x7F]))*\x22)))*",
    r"@(?:(?:(?!.*[^.]{64,})(?:(?:(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*\.){1,126}){1,}",
    r"(?:(?:[a-z][a-z0-9]*)|(?:(?:xn--)[a-z0-9]+))(?:-+[a-z0-9]+)*)",
    r"|(?:\[(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){7})",
    r"|(?:(?!(?:.*[a-f0-9][:\]]){7,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?::",
    r"(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?)))",
    r"|(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){5}:)",
    r"|(?:(?!(?:.*[a-f0-9]:){5,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3})?::",
    r"(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3}:)?)))?",
    r"(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))",
    r"(?:\.(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))){3}))\]))$/iD",
);

/// `FILTER_VALIDATE_EMAIL` (`FILTER_FLAG_EMAIL_UNICODE` also allows letters and digits of any
/// script in the local part).
fn validate_email(e: &mut dyn Engine, s: ZStr, flags: i64) -> Checked {
    if s.len() > 320 {
        return Ok(None);
    }
    let re = if flags & FLAG_EMAIL_UNICODE != 0 {
        EMAIL_RE
            .replace(r"\x5E-\x7E]", r"\x5E-\x7E\pL\pN]")
            .replace(r"\x5D-\x7F]", r"\x5D-\x7F\pL\pN]")
            + "u"
    } else {
        EMAIL_RE.to_string()
    };
    if pcre_matches(e, re.as_bytes(), &s)? {
        Ok(Some(Zval::Str(s)))
    } else {
        Ok(None)
    }
}

/// A dotted-quad IPv4 address without leading zeros.
fn ipv4_parse(b: &[u8]) -> Option<[u16; 4]> {
    let mut out = [0u16; 4];
    let mut i = 0;
    for (n, slot) in out.iter_mut().enumerate() {
        let start = i;
        let mut v: u16 = 0;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 3 {
            v = v * 10 + (b[i] - b'0') as u16;
            i += 1;
        }
        let len = i - start;
        if len == 0 || v > 255 || (len > 1 && b[start] == b'0') {
            return None;
        }
        if i < b.len() && b[i].is_ascii_digit() {
            // A fourth digit.
            return None;
        }
        *slot = v;
        if n < 3 {
            if at(b, i) != b'.' || i >= b.len() {
                return None;
            }
            i += 1;
        }
    }
    (i == b.len()).then_some(out)
}

/// An IPv6 address (with `::` compression and an optional trailing IPv4 part), as eight
/// 16-bit groups. As in PHP, an address ending in an IPv4 part is reported as IPv4-mapped
/// (`::ffff:a.b.c.d`) whatever its leading groups.
fn ipv6_parse(b: &[u8]) -> Option<[u32; 8]> {
    if !b.contains(&b':') {
        return None;
    }
    let mut text = b;
    let mut v4 = None;
    let mut blocks = 0usize;
    if let Some(dot) = b.iter().position(|&c| c == b'.') {
        let start = b[..dot]
            .iter()
            .rposition(|&c| c == b':')
            .map_or(0, |p| p + 1);
        v4 = Some(ipv4_parse(&b[start..])?);
        if start < 2 {
            return None;
        }
        // The colon before the IPv4 part goes too, unless it closes a `::`.
        text = if b[start - 2] == b':' {
            &b[..start]
        } else {
            &b[..start - 1]
        };
        blocks = 2;
    }
    let mut groups: Vec<u32> = Vec::with_capacity(8);
    let mut compressed: Option<usize> = None;
    let mut i = 0;
    while i < text.len() {
        if text[i] == b':' {
            i += 1;
            if i >= text.len() {
                return None;
            }
            if text[i] == b':' {
                if compressed.is_some() {
                    return None;
                }
                compressed = Some(groups.len());
                blocks += 1;
                i += 1;
                if i == text.len() {
                    if blocks > 8 {
                        return None;
                    }
                    break;
                }
            } else if i == 1 {
                // A single leading colon.
                return None;
            }
        }
        let start = i;
        let mut num: u32 = 0;
        while i < text.len() && text[i].is_ascii_hexdigit() && i - start < 5 {
            num = num * 16 + (text[i] as char).to_digit(16).unwrap_or(0);
            i += 1;
        }
        let n = i - start;
        if !(1..=4).contains(&n) {
            return None;
        }
        groups.push(num);
        blocks += 1;
        if blocks > 8 {
            return None;
        }
    }
    if !(compressed.is_some() && blocks <= 8 || blocks == 8) {
        return None;
    }
    let mut ip = [0u32; 8];
    if let Some(q) = v4 {
        ip[5] = 0xffff;
        ip[6] = ((q[0] as u32) << 8) | q[1] as u32;
        ip[7] = ((q[2] as u32) << 8) | q[3] as u32;
    } else {
        let split = compressed.unwrap_or(groups.len());
        let (head, tail) = groups.split_at(split.min(groups.len()));
        for (k, g) in head.iter().enumerate() {
            if let Some(slot) = ip.get_mut(k) {
                *slot = *g;
            }
        }
        let off = 8usize.saturating_sub(tail.len());
        for (k, g) in tail.iter().enumerate() {
            if let Some(slot) = ip.get_mut(off + k) {
                *slot = *g;
            }
        }
    }
    Some(ip)
}

/// Special-purpose ranges (RFC 6890): `(global, reserved, private)`, or `None` for an
/// ordinary address.
fn ipv4_ranges(ip: [u16; 4]) -> Option<(bool, bool, bool)> {
    let [a, b, c, _] = ip;
    Some(match (a, b, c) {
        (0, _, _) => (false, true, false),
        (10, _, _) => (false, false, true),
        (100, 64..=127, _) => (false, false, false),
        (127, _, _) => (false, true, false),
        (169, 254, _) => (false, true, false),
        (172, 16..=31, _) => (false, false, true),
        (192, 0, 0) | (192, 0, 2) => (false, false, false),
        (192, 88, 99) => (true, false, false),
        (192, 168, _) => (false, false, true),
        (198, 18..=19, _) | (198, 51, 100) | (203, 0, 113) => (false, false, false),
        (240..=255, _, _) => (false, true, false),
        _ => return None,
    })
}

/// Special-purpose IPv6 ranges: `(global, reserved, private)`, or `None`.
fn ipv6_ranges(ip: [u32; 8]) -> Option<(bool, bool, bool)> {
    let zero_prefix = ip[..5].iter().all(|&g| g == 0);
    Some(if zero_prefix && ip[5] == 0 && ip[6] == 0 && ip[7] <= 1 {
        // Unspecified and loopback.
        (false, true, false)
    } else if ip[0] == 0x64 && ip[1] == 0xff9b {
        (true, false, false)
    } else if zero_prefix && ip[5] == 0xffff {
        (false, true, false)
    } else if (ip[0] == 0x100 && ip[1] == 0 && ip[2] == 0 && ip[3] == 0)
        || (ip[0] == 0x2001 && (ip[1] <= 0x01ff || ip[1] == 0x0db8))
        || ip[0] == 0x2002
    {
        (false, false, false)
    } else if (0xfc00..=0xfdff).contains(&ip[0]) {
        (false, false, true)
    } else if (0xfe80..=0xfebf).contains(&ip[0]) {
        (false, true, false)
    } else {
        return None;
    })
}

/// `FILTER_VALIDATE_IP` with its family and range flags.
fn valid_ip(b: &[u8], flags: i64) -> bool {
    let v6 = if b.contains(&b':') {
        true
    } else if b.contains(&b'.') {
        false
    } else {
        return false;
    };
    let want4 = flags & FLAG_IPV4 != 0;
    let want6 = flags & FLAG_IPV6 != 0;
    if want4 != want6 && (want4 == v6) {
        return false;
    }
    let ranges = if v6 {
        match ipv6_parse(b) {
            Some(ip) => ipv6_ranges(ip),
            None => return false,
        }
    } else {
        match ipv4_parse(b) {
            Some(ip) => ipv4_ranges(ip),
            None => return false,
        }
    };
    let Some((global, reserved, private)) = ranges else {
        return true;
    };
    !((flags & FLAG_GLOBAL_RANGE != 0 && !global)
        || (flags & FLAG_NO_PRIV_RANGE != 0 && private)
        || (flags & FLAG_NO_RES_RANGE != 0 && reserved))
}

/// `FILTER_VALIDATE_MAC`: six hex pairs joined by `-` or `:`, or three hex quads joined by
/// `.`; the `separator` option insists on one.
fn validate_mac(e: &mut dyn Engine, s: ZStr, opts: Option<&Zval>) -> Checked {
    let sep_opt = string_option(opts, "separator");
    if let Some(sep) = &sep_opt {
        if sep.len() != 1 {
            return option_error(e, "\"separator\" option must be one character long");
        }
    }
    let b = s.as_bytes();
    let (tokens, len, sep) = match (b.len(), at(b, 2)) {
        (14, _) => (3, 4, b'.'),
        (17, b'-') => (6, 2, b'-'),
        (17, b':') => (6, 2, b':'),
        _ => return Ok(None),
    };
    if sep_opt.is_some_and(|o| o.as_bytes()[0] != sep) {
        return Ok(None);
    }
    for t in 0..tokens {
        let off = t * (len + 1);
        if t < tokens - 1 && at(b, off + len) != sep {
            return Ok(None);
        }
        let ok = b
            .get(off..off + len)
            .is_some_and(|g| g.iter().all(|c| c.is_ascii_hexdigit()));
        if !ok {
            return Ok(None);
        }
    }
    Ok(Some(Zval::Str(s)))
}

// ----- sanitizers ------------------------------------------------------------------------------

/// Removes the bytes `FILTER_FLAG_STRIP_LOW` / `_HIGH` / `_BACKTICK` ask to remove.
fn strip(b: &[u8], flags: i64) -> Vec<u8> {
    b.iter()
        .copied()
        .filter(|&c| {
            !((c >= 127 && flags & FLAG_STRIP_HIGH != 0)
                || (c < 32 && flags & FLAG_STRIP_LOW != 0)
                || (c == b'`' && flags & FLAG_STRIP_BACKTICK != 0))
        })
        .collect()
}

/// Replaces the bytes `enc` selects with decimal character references (`&#60;`).
fn encode_html(b: &[u8], enc: impl Fn(u8) -> bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        if enc(c) {
            out.extend_from_slice(format!("&#{c};").as_bytes());
        } else {
            out.push(c);
        }
    }
    out
}

/// Keeps only the bytes `keep` accepts.
fn keep_only(b: &[u8], keep: impl Fn(u8) -> bool) -> Zval {
    Zval::Str(ZStr::from_vec(
        b.iter().copied().filter(|&c| keep(c)).collect(),
    ))
}

/// `FILTER_UNSAFE_RAW`: unchanged unless flags strip or encode bytes.
fn unsafe_raw(s: ZStr, flags: i64) -> Zval {
    if flags != 0 && !s.is_empty() {
        let b = strip(s.as_bytes(), flags);
        let out = encode_html(&b, |c| {
            (c == b'&' && flags & FLAG_ENCODE_AMP != 0)
                || (c < 32 && flags & FLAG_ENCODE_LOW != 0)
                || (c >= 127 && flags & FLAG_ENCODE_HIGH != 0)
        });
        Zval::Str(ZStr::from_vec(out))
    } else if flags & FLAG_EMPTY_STRING_NULL != 0 && s.is_empty() {
        Zval::Null
    } else {
        Zval::Str(s)
    }
}

/// `FILTER_SANITIZE_STRING` (deprecated): quotes encoded, tags stripped.
fn sanitize_string(b: &[u8], flags: i64) -> Zval {
    let b = strip(b, flags);
    let enc = encode_html(&b, |c| {
        ((c == b'\'' || c == b'"') && flags & FLAG_NO_ENCODE_QUOTES == 0)
            || (c == b'&' && flags & FLAG_ENCODE_AMP != 0)
            || (c < 32 && flags & FLAG_ENCODE_LOW != 0)
            || (c >= 127 && flags & FLAG_ENCODE_HIGH != 0)
    });
    let out = strip_tags(&enc);
    if out.is_empty() && flags & FLAG_EMPTY_STRING_NULL != 0 {
        return Zval::Null;
    }
    Zval::Str(ZStr::from_vec(out))
}

/// `FILTER_SANITIZE_ENCODED`: percent-encodes everything but letters, digits and `-._`.
fn sanitize_encoded(b: &[u8], flags: i64) -> Zval {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let b = strip(b, flags);
    let mut out = Vec::with_capacity(b.len() * 3);
    for c in b {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_') {
            out.push(c);
        } else {
            out.extend_from_slice(&[b'%', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
        }
    }
    Zval::Str(ZStr::from_vec(out))
}

/// `FILTER_SANITIZE_SPECIAL_CHARS`: `'"<>&` and control bytes as character references.
fn sanitize_special_chars(b: &[u8], flags: i64) -> Zval {
    let b = strip(b, flags);
    let out = encode_html(&b, |c| {
        matches!(c, b'\'' | b'"' | b'<' | b'>' | b'&')
            || c < 32
            || (c >= 127 && flags & FLAG_ENCODE_HIGH != 0)
    });
    Zval::Str(ZStr::from_vec(out))
}

/// PHP's tag stripper as the string filter runs it: no allowed tags, and `<` followed by
/// whitespace still opens a tag. NUL bytes go too.
fn strip_tags(buf: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(buf.len());
    // State: 0 text, 1 tag, 2 PHP block, 3 `<!` declaration, 4 comment.
    let (mut state, mut depth, mut in_q, mut lc, mut br) = (0u8, 0usize, 0u8, 0u8, 0i64);
    let mut is_xml = false;
    let quoted = |lc: u8| lc == b'"' || lc == b'\'';
    for p in 0..buf.len() {
        let c = buf[p];
        let prev = if p >= 1 { buf[p - 1] } else { 0 };
        let toggle = |in_q: u8| if in_q != 0 { 0 } else { c };
        match (state, c) {
            (0, 0) => {}
            (0, b'<') if in_q == 0 => {
                lc = b'<';
                state = 1;
            }
            (0, b'<') => {}
            (0..=3, b'>') if depth > 0 => depth -= 1,
            (0, b'>') if in_q == 0 => out.push(c),
            (0, b'>') => {}
            (0, _) => out.push(c),
            (1, b'<') if in_q == 0 => depth += 1,
            (1, b'>') if in_q == 0 => {
                lc = b'>';
                if !(is_xml && prev == b'-') {
                    in_q = 0;
                    state = 0;
                    is_xml = false;
                }
            }
            (1, b'"' | b'\'') if p != 0 && (in_q == 0 || c == in_q) => in_q = toggle(in_q),
            (1, b'!') if prev == b'<' && p >= 1 => {
                state = 3;
                lc = c;
            }
            (1, b'?') if prev == b'<' && p >= 1 => {
                br = 0;
                state = 2;
            }
            (2, b'(') if !quoted(lc) => {
                lc = b'(';
                br += 1;
            }
            (2, b')') if !quoted(lc) => {
                lc = b')';
                br -= 1;
            }
            (2, b'>') if in_q == 0 && br == 0 && p >= 1 && lc != b'"' && prev == b'?' => {
                in_q = 0;
                state = 0;
            }
            (2, b'"' | b'\'') if p >= 1 && prev != b'\\' => {
                if lc == c {
                    lc = 0;
                } else if lc != b'\\' {
                    lc = c;
                }
                if in_q == 0 || c == in_q {
                    in_q = toggle(in_q);
                }
            }
            (2, b'l' | b'L')
                if p > 4
                    && prev.eq_ignore_ascii_case(&b'm')
                    && buf[p - 2].eq_ignore_ascii_case(&b'x')
                    && buf[p - 3] == b'?'
                    && buf[p - 4] == b'<' =>
            {
                state = 1;
                is_xml = true;
            }
            (3, b'>') if in_q == 0 => {
                in_q = 0;
                state = 0;
            }
            (3, b'"' | b'\'') if p != 0 && prev != b'\\' && (in_q == 0 || c == in_q) => {
                in_q = toggle(in_q);
            }
            (3, b'-') if p >= 2 && prev == b'-' && buf[p - 2] == b'!' => state = 4,
            (3, b'E' | b'e') if p > 6 && buf[p - 6..p].eq_ignore_ascii_case(b"doctyp") => {
                state = 1;
            }
            (4, b'>') if in_q == 0 && p >= 2 && prev == b'-' && buf[p - 2] == b'-' => {
                in_q = 0;
                state = 0;
            }
            _ => {}
        }
    }
    out
}

/// `FILTER_CALLBACK`: the `options` callable gets the string and gives the result.
fn filter_callback(e: &mut dyn Engine, s: ZStr, opts: Option<&Zval>, pending: bool) -> BResult {
    let callable = match opts {
        Some(c) if e.is_callable(c) => c.clone(),
        _ => {
            let f = e.current_function().to_string();
            return Err(e.error(
                "TypeError",
                format!("{f}(): Option must be a valid callback"),
            ));
        }
    };
    if pending {
        // PHP calls nothing while an exception is pending.
        return Ok(Zval::Null);
    }
    let r = e.call(&callable, vec![Zval::Str(s)])?;
    Ok(if r.is_undef() { Zval::Null } else { r })
}

// ----- input sources ---------------------------------------------------------------------------

/// The name the script was started with, as the CLI registers it (`PHP_SELF` …).
fn script_name() -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_bytes();
        match a {
            b"-d" | b"-c" => i += 2,
            b"-f" | b"--" => {
                return args
                    .get(i + 1)
                    .map(|f| f.as_bytes().to_vec())
                    .unwrap_or_default()
            }
            b"-r" => return b"Standard input code".to_vec(),
            _ if a.starts_with(b"-") => i += 1,
            _ => return a.to_vec(),
        }
    }
    b"Standard input code".to_vec()
}

/// The variables of an input source; `None` for a source the CLI does not fill. An unknown
/// source throws.
fn storage(e: &mut dyn Engine, a: &Args, kind: i64) -> Result<Option<ZArr>, Flow> {
    match kind {
        INPUT_GET | INPUT_POST | INPUT_COOKIE => Ok(None),
        INPUT_ENV => {
            use std::os::unix::ffi::OsStrExt;
            let mut env = ZArr::new();
            for (k, v) in std::env::vars_os() {
                env.insert(
                    Key::from_bytes(k.as_bytes()),
                    Zval::Str(ZStr::new(v.as_bytes())),
                );
            }
            Ok(Some(env))
        }
        INPUT_SERVER => {
            let script = ZStr::new(&script_name());
            let mut server = ZArr::new();
            for k in [
                &b"PHP_SELF"[..],
                b"SCRIPT_NAME",
                b"SCRIPT_FILENAME",
                b"PATH_TRANSLATED",
            ] {
                server.insert(Key::from_bytes(k), Zval::Str(script.clone()));
            }
            server.insert(Key::from_bytes(b"DOCUMENT_ROOT"), Zval::Str(ZStr::empty()));
            Ok(Some(server))
        }
        _ => Err(a.value_error(e, 0, "must be an INPUT_* constant")),
    }
}

// ----- builtins --------------------------------------------------------------------------------

/// The `Unknown filter with ID` warning, returning `false`.
fn unknown_filter(e: &mut dyn Engine, id: i64) -> BResult {
    e.diag(Level::Warning, &format!("Unknown filter with ID {id}"))?;
    Ok(Zval::Bool(false))
}

/// `filter_var(mixed $value, int $filter = FILTER_DEFAULT, array|int $options = 0): mixed`.
fn filter_var(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let value = a.get(0);
    let filter = a.int_or(e, 1, UNSAFE_RAW)?;
    let args = if a.has(2) {
        array_or_long(e, a, 2)?
    } else {
        FilterArgs::Long(0)
    };
    if !id_exists(filter) {
        return unknown_filter(e, filter);
    }
    let spec = settle(e, filter, &args, REQUIRE_SCALAR)?;
    filter_call(e, value, &spec, false)
}

/// `php_filter_array_handler`: filters an input array by one filter id or by a definition
/// array of `key => filter|options`.
fn array_handler(
    e: &mut dyn Engine,
    a: &Args,
    input: ZArr,
    op: &FilterArgs,
    add_empty: bool,
) -> BResult {
    match op {
        FilterArgs::Long(id) => {
            let spec = settle(e, -1, &FilterArgs::Long(*id), REQUIRE_ARRAY)?;
            filter_call(e, Zval::Arr(input), &spec, false)
        }
        FilterArgs::Arr(def) => {
            let mut out = ZArr::new();
            let entries: Vec<(Key, Zval)> =
                def.iter().map(|(k, v)| (k.to_key(), v.clone())).collect();
            // As in PHP, the entries after one that threw are still filtered (with the
            // exception pending); the first exception is thrown at the end.
            let mut thrown: Option<Flow> = None;
            for (k, elm) in entries {
                let key = match k {
                    Key::Int(_) => {
                        let f = a.fname;
                        return Err(e.error(
                            "TypeError",
                            format!("{f}(): Argument #2 ($options) must contain only string keys"),
                        ));
                    }
                    Key::Str(s) => s,
                };
                if key.is_empty() {
                    return Err(a.value_error(e, 1, "cannot contain empty keys"));
                }
                match input.get_str(key.as_bytes()) {
                    None => {
                        if add_empty {
                            out.set(KeyRef::Str(&key), Zval::Null);
                        }
                    }
                    Some(v) => {
                        let v = v.deref();
                        let fa = match elm.deref() {
                            Zval::Arr(h) => FilterArgs::Arr(h),
                            other => FilterArgs::Long(get_long(e, &other)?),
                        };
                        let spec = settle(e, -1, &fa, REQUIRE_SCALAR)?;
                        match filter_call(e, v, &spec, thrown.is_some()) {
                            Ok(r) => {
                                out.set(KeyRef::Str(&key), r);
                            }
                            Err(f @ Flow::Throw(_)) => thrown = Some(chain(f, thrown)),
                            Err(f) => return Err(f),
                        }
                    }
                }
            }
            match thrown {
                Some(f) => Err(f),
                None => Ok(Zval::Arr(out)),
            }
        }
    }
}

/// `filter_var_array(array $array, array|int $options = FILTER_DEFAULT, bool $add_empty = true)`.
fn filter_var_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let input = a.array(e, 0)?;
    let op = if a.has(1) {
        array_or_long(e, a, 1)?
    } else {
        FilterArgs::Long(UNSAFE_RAW)
    };
    let add_empty = a.bool_or(e, 2, true)?;
    if let FilterArgs::Long(id) = op {
        if !id_exists(id) {
            return unknown_filter(e, id);
        }
    }
    array_handler(e, a, input, &op, add_empty)
}

/// `filter_input(int $type, string $var_name, int $filter = FILTER_DEFAULT, array|int $options = 0)`.
fn filter_input(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let kind = a.int(e, 0)?;
    let name = a.str(e, 1)?;
    let filter = a.int_or(e, 2, UNSAFE_RAW)?;
    let args = if a.has(3) {
        array_or_long(e, a, 3)?
    } else {
        FilterArgs::Long(0)
    };
    if !id_exists(filter) {
        return unknown_filter(e, filter);
    }
    let input = storage(e, a, kind)?;
    let found = input
        .as_ref()
        .and_then(|arr| arr.get_str(name.as_bytes()).map(|v| v.deref()));
    let Some(value) = found else {
        let mut flags = 0;
        match &args {
            FilterArgs::Long(n) => flags = *n,
            FilterArgs::Arr(ht) => {
                if let Some(f) = ht.get_str(b"flags") {
                    let f = f.clone();
                    flags = get_long(e, &f)?;
                }
                if let Some(Zval::Arr(o)) = ht.get_str(b"options").map(|v| v.deref()) {
                    if let Some(d) = o.get_str(b"default") {
                        return Ok(d.deref());
                    }
                }
            }
        }
        // A missing variable gives null, or false with FILTER_NULL_ON_FAILURE (the inverse of
        // a failed validation).
        return Ok(if flags & NULL_ON_FAILURE != 0 {
            Zval::Bool(false)
        } else {
            Zval::Null
        });
    };
    let spec = settle(e, filter, &args, REQUIRE_SCALAR)?;
    filter_call(e, value, &spec, false)
}

/// `filter_input_array(int $type, array|int $options = FILTER_DEFAULT, bool $add_empty = true)`.
fn filter_input_array(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let kind = a.int(e, 0)?;
    let op = if a.has(1) {
        array_or_long(e, a, 1)?
    } else {
        FilterArgs::Long(UNSAFE_RAW)
    };
    let add_empty = a.bool_or(e, 2, true)?;
    if let FilterArgs::Long(id) = op {
        if !id_exists(id) {
            return unknown_filter(e, id);
        }
    }
    let Some(input) = storage(e, a, kind)? else {
        return Ok(Zval::Null);
    };
    array_handler(e, a, input, &op, add_empty)
}

/// `filter_has_var(int $input_type, string $var_name): bool`.
fn filter_has_var(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let kind = a.int(e, 0)?;
    let name = a.str(e, 1)?;
    let input = storage(e, a, kind)?;
    Ok(Zval::Bool(
        input.is_some_and(|arr| arr.get_str(name.as_bytes()).is_some()),
    ))
}

/// `filter_list(): array` — the filter names.
fn filter_list(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Arr(ZArr::from_values(
        FILTERS.iter().map(|(n, _)| Zval::str(n.as_bytes())),
    )))
}

/// `filter_id(string $name): int|false` — compared as a C string (up to a NUL byte).
fn filter_id(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let name = a.str(e, 0)?;
    let b = name.as_bytes();
    let b = &b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())];
    Ok(FILTERS
        .iter()
        .find(|(n, _)| n.as_bytes() == b)
        .map_or(Zval::Bool(false), |(_, id)| Zval::Long(*id)))
}

/// The builtins of this module.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "filter_var",
        params: params!["value", "?filter", "?options"],
        variadic: false,
        f: filter_var,
    },
    Builtin {
        name: "filter_var_array",
        params: params!["array", "?options", "?add_empty"],
        variadic: false,
        f: filter_var_array,
    },
    Builtin {
        name: "filter_input",
        params: params!["type", "var_name", "?filter", "?options"],
        variadic: false,
        f: filter_input,
    },
    Builtin {
        name: "filter_input_array",
        params: params!["type", "?options", "?add_empty"],
        variadic: false,
        f: filter_input_array,
    },
    Builtin {
        name: "filter_has_var",
        params: params!["input_type", "var_name"],
        variadic: false,
        f: filter_has_var,
    },
    Builtin {
        name: "filter_list",
        params: params![],
        variadic: false,
        f: filter_list,
    },
    Builtin {
        name: "filter_id",
        params: params!["name"],
        variadic: false,
        f: filter_id,
    },
];
