//! Variable handling: var_dump, print_r, var_export, debug_zval_dump, gettype, is_*, casts.

use crate::{params, Args, BResult, Builtin, Engine, Flow, PropView};
use memphis_values::convert::{self, format_double};
use memphis_values::object::acc;
use memphis_values::{KeyRef, ZArr, ZObj, ZStr, Zval};

fn prop_label_dump(p: &PropView) -> String {
    let n = p.name.to_string_lossy();
    if p.flags & crate::PROP_INT_KEY != 0 {
        format!("[{n}]")
    } else if p.flags & acc::PRIVATE != 0 {
        format!("[\"{}\":\"{}\":private]", n, p.class.to_string_lossy())
    } else if p.flags & acc::PROTECTED != 0 {
        format!("[\"{n}\":protected]")
    } else {
        format!("[\"{n}\"]")
    }
}

fn key_dump(k: KeyRef) -> Vec<u8> {
    match k {
        KeyRef::Int(i) => format!("[{i}]").into_bytes(),
        KeyRef::Str(s) => {
            let mut v = b"[\"".to_vec();
            v.extend_from_slice(s.as_bytes());
            v.extend_from_slice(b"\"]");
            v
        }
    }
}

/// Recursion guard for the dumpers (addresses of arrays and objects being printed).
#[derive(Default)]
pub struct Guard(pub Vec<*const u8>);

impl Guard {
    fn enter(&mut self, p: *const u8) -> bool {
        if self.0.contains(&p) {
            return false;
        }
        self.0.push(p);
        true
    }
    fn leave(&mut self) {
        self.0.pop();
    }
}

/// Appends `var_dump` output for `v` at `indent`.
pub fn var_dump_into(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    v: &Zval,
    indent: usize,
    refcounts: bool,
    g: &mut Guard,
) {
    var_dump_at(e, out, v, indent, refcounts, g, 0)
}

/// `var_dump_into` for a value the dumper itself holds `extra` references to (copies made to
/// read it), which `debug_zval_dump` must not count.
fn var_dump_at(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    v: &Zval,
    indent: usize,
    refcounts: bool,
    g: &mut Guard,
    extra: u32,
) {
    let pad = " ".repeat(indent);
    out.extend_from_slice(pad.as_bytes());
    match v {
        Zval::Res(r) => {
            let kind = if r.kind() == "Unknown" {
                "Unknown".to_string()
            } else {
                r.kind().to_string()
            };
            out.extend_from_slice(
                format!("resource({}) of type ({})", r.handle(), kind).as_bytes(),
            );
            if refcounts {
                out.extend_from_slice(
                    format!(" refcount({})", r.refcount().saturating_sub(extra)).as_bytes(),
                );
            }
            out.push(b'\n');
        }
        Zval::Undef | Zval::Null => out.extend_from_slice(b"NULL\n"),
        Zval::Bool(b) => out.extend_from_slice(format!("bool({b})\n").as_bytes()),
        Zval::Long(i) => out.extend_from_slice(format!("int({i})\n").as_bytes()),
        Zval::Double(d) => out.extend_from_slice(
            format!("float({})\n", format_double(*d, serialize_precision(e))).as_bytes(),
        ),
        Zval::Str(s) => {
            out.extend_from_slice(format!("string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s.as_bytes());
            out.push(b'"');
            if refcounts {
                if s.is_interned() {
                    out.extend_from_slice(b" interned");
                } else {
                    out.extend_from_slice(
                        format!(" refcount({})", s.refcount().saturating_sub(extra)).as_bytes(),
                    );
                }
            }
            out.push(b'\n');
        }
        Zval::Ref(r) => {
            if refcounts {
                out.extend_from_slice(
                    format!(
                        "reference refcount({}) {{\n",
                        r.refcount().saturating_sub(extra)
                    )
                    .as_bytes(),
                );
                let inner = r.get();
                var_dump_at(e, out, &inner, indent + 2, refcounts, g, 1);
                drop(inner);
                out.extend_from_slice(pad.as_bytes());
                out.extend_from_slice(b"}\n");
            } else {
                out.truncate(out.len() - indent);
                let inner = r.get();
                // PHP marks a reference shared by more than one holder with `&` (a copy the
                // dumper holds, `extra`, is not one).
                let start = out.len();
                var_dump_into(e, out, &inner, indent, refcounts, g);
                if r.refcount().saturating_sub(extra) > 1 {
                    let at = start + indent;
                    if at <= out.len() && !out[at..].starts_with(b"*RECURSION*") {
                        out.insert(at, b'&');
                    }
                }
            }
        }
        Zval::Arr(a) => {
            if !g.enter(a.as_ptr()) {
                out.extend_from_slice(b"*RECURSION*\n");
                return;
            }
            out.extend_from_slice(format!("array({}) ", a.len()).as_bytes());
            if refcounts {
                if a.is_packed() {
                    out.extend_from_slice(b"packed ");
                }
                if a.is_immutable() {
                    out.extend_from_slice(b"interned ");
                } else {
                    // The argument copy held by the dumper is not PHP's: subtract nothing; callers
                    // pass the value as PHP does.
                    out.extend_from_slice(
                        format!("refcount({})", a.refcount().saturating_sub(extra)).as_bytes(),
                    );
                }
            }
            out.extend_from_slice(b"{\n");
            for (k, val) in a.iter() {
                out.extend_from_slice(pad.as_bytes());
                out.extend_from_slice(b"  ");
                out.extend_from_slice(&key_dump(k));
                out.extend_from_slice(b"=>\n");
                if let Zval::Ref(r) = val {
                    if !refcounts {
                        let inner = r.get();
                        if let Zval::Arr(x) = &inner {
                            if g.0.contains(&x.as_ptr()) {
                                out.extend_from_slice(pad.as_bytes());
                                out.extend_from_slice(b"  *RECURSION*\n");
                                continue;
                            }
                        }
                    }
                }
                var_dump_into(e, out, val, indent + 2, refcounts, g);
            }
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"}\n");
            g.leave();
            // PHP's dumper counts the array while it prints it and releases it after as a
            // possible root (measured on PHP 8.4: every printed array ends up buffered).
            memphis_values::gc::release_walked(a);
        }
        Zval::Obj(o) => {
            if let Some((name, _)) = e.enum_case(o) {
                out.extend_from_slice(
                    format!(
                        "enum({}::{})\n",
                        o.class().name.to_string_lossy(),
                        name.to_string_lossy()
                    )
                    .as_bytes(),
                );
                return;
            }
            if !g.enter(o.as_ptr()) {
                out.extend_from_slice(b"*RECURSION*\n");
                return;
            }
            e.build_props_table(o);
            let props = e.object_debug_props(o);
            out.extend_from_slice(
                format!(
                    "object({})#{} ({}) ",
                    class_display(o),
                    o.handle(),
                    props.iter().filter(|p| !p.value.is_undef()).count()
                )
                .as_bytes(),
            );
            if refcounts {
                out.extend_from_slice(
                    format!("refcount({})", o.refcount().saturating_sub(extra)).as_bytes(),
                );
            }
            out.extend_from_slice(b"{\n");
            for p in &props {
                out.extend_from_slice(pad.as_bytes());
                out.extend_from_slice(b"  ");
                out.extend_from_slice(prop_label_dump(p).as_bytes());
                out.extend_from_slice(b"=>\n");
                if p.value.is_undef() {
                    out.extend_from_slice(pad.as_bytes());
                    out.extend_from_slice(
                        format!("  uninitialized({})\n", p.ty.clone().unwrap_or_default())
                            .as_bytes(),
                    );
                } else {
                    // The property list holds a copy of each value.
                    var_dump_at(e, out, &p.value, indent + 2, refcounts, g, 1);
                }
            }
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"}\n");
            g.leave();
        }
    }
}

/// Class name as shown by var_dump (anonymous classes cut at the NUL).
pub fn class_display(o: &ZObj) -> String {
    let n = o.class().name.to_string_lossy();
    match n.find('\0') {
        Some(p) => n[..p].to_string() + "@anonymous",
        None => n,
    }
    .replace("@anonymous@anonymous", "@anonymous")
}

/// The `serialize_precision` ini setting (-1: shortest round-trip digits).
pub fn serialize_precision(e: &mut dyn Engine) -> i32 {
    e.ini("serialize_precision")
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(-1)
}

/// Class name of a class entry as messages show it.
pub fn class_display_name(ce: &memphis_values::ClassEntry) -> String {
    let n = ce.name.to_string_lossy();
    match n.find('\0') {
        Some(p) => n[..p].to_string(),
        None => n,
    }
}

fn var_dump(e: &mut dyn Engine, a: &mut Args) -> BResult {
    for v in a.vals.iter() {
        let mut out = Vec::new();
        var_dump_into(e, &mut out, v, 0, false, &mut Guard(Vec::new()));
        e.echo(&out);
    }
    Ok(Zval::Null)
}

fn debug_zval_dump(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let vals = std::mem::take(&mut a.vals);
    for v in vals.iter() {
        let mut out = Vec::new();
        var_dump_into(e, &mut out, v, 0, true, &mut Guard(Vec::new()));
        e.echo(&out);
    }
    Ok(Zval::Null)
}

/// `print_r` text of a value.
pub fn print_r_into(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    v: &Zval,
    indent: usize,
    g: &mut Guard,
) -> Result<(), Flow> {
    match v {
        Zval::Arr(a) => {
            if !g.enter(a.as_ptr()) {
                out.extend_from_slice(b"Array\n *RECURSION*");
                return Ok(());
            }
            out.extend_from_slice(b"Array\n");
            print_r_body(
                e,
                out,
                a.iter()
                    .map(|(k, v)| (k.to_zval(), v.clone(), String::new()))
                    .collect(),
                indent,
                g,
            )?;
            g.leave();
        }
        Zval::Obj(o) => {
            if !g.enter(o.as_ptr()) {
                out.extend_from_slice(
                    format!("{} Object\n *RECURSION*", class_display(o)).as_bytes(),
                );
                return Ok(());
            }
            if let Some((name, val)) = e.enum_case(o) {
                let backing = match &val {
                    Some(Zval::Long(_)) => ":int",
                    Some(_) => ":string",
                    None => "",
                };
                out.extend_from_slice(format!("{} Enum{}\n", class_display(o), backing).as_bytes());
                let mut items = vec![(Zval::str(b"name"), Zval::Str(name), String::new())];
                if let Some(v) = val {
                    items.push((Zval::str(b"value"), v, String::new()));
                }
                print_r_body(e, out, items, indent, g)?;
                g.leave();
                return Ok(());
            }
            out.extend_from_slice(format!("{} Object\n", class_display(o)).as_bytes());
            e.build_props_table(o);
            let props = e.object_debug_props(o);
            let items = props
                .into_iter()
                .filter(|p| !p.value.is_undef())
                .map(|p| {
                    let suffix = if p.flags & acc::PRIVATE != 0 {
                        format!(":{}:private", p.class.to_string_lossy())
                    } else if p.flags & acc::PROTECTED != 0 {
                        ":protected".to_string()
                    } else {
                        String::new()
                    };
                    (Zval::Str(p.name), p.value, suffix)
                })
                .collect();
            print_r_body(e, out, items, indent, g)?;
            g.leave();
        }
        Zval::Ref(r) => {
            let inner = r.get();
            print_r_into(e, out, &inner, indent, g)?;
        }
        _ => {
            let s = e.to_zstr(v)?;
            out.extend_from_slice(s.as_bytes());
        }
    }
    Ok(())
}

fn print_r_body(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    items: Vec<(Zval, Zval, String)>,
    indent: usize,
    g: &mut Guard,
) -> Result<(), Flow> {
    let pad = " ".repeat(indent);
    out.extend_from_slice(pad.as_bytes());
    out.extend_from_slice(b"(\n");
    for (k, v, suffix) in items {
        out.extend_from_slice(pad.as_bytes());
        out.extend_from_slice(b"    [");
        out.extend_from_slice(&convert::scalar_to_bytes(&k, 14));
        out.extend_from_slice(suffix.as_bytes());
        out.extend_from_slice(b"] => ");
        let inner = v.deref();
        match &inner {
            Zval::Arr(_) | Zval::Obj(_) => {
                print_r_into(e, out, &inner, indent + 8, g)?;
                out.push(b'\n');
            }
            _ => {
                print_r_into(e, out, &inner, indent + 8, g)?;
                out.push(b'\n');
            }
        }
    }
    out.extend_from_slice(pad.as_bytes());
    out.extend_from_slice(b")\n");
    Ok(())
}

fn print_r(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let ret = a.bool_or(e, 1, false)?;
    let mut out = Vec::new();
    print_r_into(e, &mut out, &v, 0, &mut Guard(Vec::new()))?;
    if ret {
        Ok(Zval::Str(crate::string::smart_str_result(&out)))
    } else {
        e.echo(&out);
        Ok(Zval::Bool(true))
    }
}

fn export_str(s: &[u8]) -> Vec<u8> {
    let mut out = vec![b'\''];
    for &c in s {
        match c {
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\0' => out.extend_from_slice(b"' . \"\\0\" . '"),
            _ => out.push(c),
        }
    }
    out.push(b'\'');
    out
}

/// `var_export` text of a value.
pub fn var_export_into(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    v: &Zval,
    indent: usize,
    g: &mut Guard,
) -> Result<(), Flow> {
    let pad = " ".repeat(indent);
    match v {
        Zval::Res(_) => {
            e.diag(
                crate::Level::Warning,
                "var_export does not handle resources",
            )?;
            out.extend_from_slice(b"NULL");
        }
        Zval::Undef | Zval::Null => out.extend_from_slice(b"NULL"),
        Zval::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Zval::Long(i) => {
            if *i == i64::MIN {
                out.extend_from_slice(b"-9223372036854775807-1");
            } else {
                out.extend_from_slice(i.to_string().as_bytes());
            }
        }
        Zval::Double(d) => {
            let s = format_double(*d, serialize_precision(e));
            out.extend_from_slice(s.as_bytes());
            if d.is_finite() && !s.contains(['.', 'E', 'N', 'I']) {
                out.extend_from_slice(b".0");
            }
        }
        Zval::Str(s) => out.extend_from_slice(&export_str(s.as_bytes())),
        Zval::Ref(r) => {
            let inner = r.get();
            var_export_into(e, out, &inner, indent, g)?;
        }
        Zval::Arr(a) => {
            if !g.enter(a.as_ptr()) {
                e.diag(
                    crate::Level::Warning,
                    "var_export does not handle circular references",
                )?;
                out.extend_from_slice(b"NULL");
                return Ok(());
            }
            out.extend_from_slice(b"array (\n");
            for (k, val) in a.iter() {
                out.extend_from_slice(pad.as_bytes());
                out.extend_from_slice(b"  ");
                match k {
                    KeyRef::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                    KeyRef::Str(s) => out.extend_from_slice(&export_str(s.as_bytes())),
                }
                out.extend_from_slice(b" => ");
                let inner = val.deref();
                if matches!(inner, Zval::Arr(_) | Zval::Obj(_)) {
                    out.extend_from_slice(b"\n");
                    out.extend_from_slice(pad.as_bytes());
                    out.extend_from_slice(b"  ");
                }
                var_export_into(e, out, &inner, indent + 2, g)?;
                out.extend_from_slice(b",\n");
            }
            out.extend_from_slice(pad.as_bytes());
            out.push(b')');
            g.leave();
        }
        Zval::Obj(o) => {
            if let Some((name, _)) = e.enum_case(o) {
                out.extend_from_slice(
                    format!(
                        "\\{}::{}",
                        o.class().name.to_string_lossy(),
                        name.to_string_lossy()
                    )
                    .as_bytes(),
                );
                return Ok(());
            }
            if !g.enter(o.as_ptr()) {
                e.diag(
                    crate::Level::Warning,
                    "var_export does not handle circular references",
                )?;
                out.extend_from_slice(b"NULL");
                return Ok(());
            }
            let is_std = o.class().lcname == b"stdclass";
            if is_std {
                out.extend_from_slice(b"(object) array(\n");
            } else {
                out.extend_from_slice(
                    format!(
                        "\\{}::__set_state(array(\n",
                        o.class().name.to_string_lossy()
                    )
                    .as_bytes(),
                );
            }
            e.build_props_table(o);
            for p in e.object_props_hooked(o)? {
                if p.value.is_undef() {
                    continue;
                }
                out.extend_from_slice(pad.as_bytes());
                out.extend_from_slice(b"   ");
                out.extend_from_slice(&export_str(p.name.as_bytes()));
                out.extend_from_slice(b" => ");
                let inner = p.value.deref();
                if matches!(inner, Zval::Arr(_) | Zval::Obj(_)) {
                    out.extend_from_slice(b"\n");
                    out.extend_from_slice(pad.as_bytes());
                    out.extend_from_slice(b"  ");
                }
                var_export_into(e, out, &inner, indent + 2, g)?;
                out.extend_from_slice(b",\n");
            }
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(if is_std { b")" } else { b"))" });
            g.leave();
        }
    }
    Ok(())
}

fn var_export(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let ret = a.bool_or(e, 1, false)?;
    let mut out = Vec::new();
    var_export_into(e, &mut out, &v, 0, &mut Guard(Vec::new()))?;
    if ret {
        Ok(Zval::Str(ZStr::new_safe(&out)))
    } else {
        e.echo(&out);
        Ok(Zval::Null)
    }
}

fn gettype(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    // PHP returns its known (interned) strings for the type names.
    Ok(Zval::Str(ZStr::interned(a.get(0).type_name().as_bytes())))
}

/// `get_debug_type()`.
pub fn debug_type(v: &Zval) -> String {
    match v {
        Zval::Obj(o) => class_display(o),
        Zval::Undef | Zval::Null => "null".into(),
        Zval::Bool(_) => "bool".into(),
        Zval::Res(r) => {
            if r.kind() == "Unknown" {
                "resource (closed)".into()
            } else {
                format!("resource ({})", r.kind())
            }
        }
        _ => crate::args::type_name(v),
    }
}

fn get_debug_type(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::str(debug_type(&a.get(0)).as_bytes()))
}

macro_rules! is_fn {
    ($name:ident, $pat:pat) => {
        fn $name(_e: &mut dyn Engine, a: &mut Args) -> BResult {
            Ok(Zval::Bool(matches!(a.get(0), $pat)))
        }
    };
}
is_fn!(is_int, Zval::Long(_));
is_fn!(is_float, Zval::Double(_));
is_fn!(is_string, Zval::Str(_));
is_fn!(is_bool, Zval::Bool(_));
is_fn!(is_array, Zval::Arr(_));
is_fn!(is_object, Zval::Obj(_));
is_fn!(is_null, Zval::Null | Zval::Undef);

fn is_numeric(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(match a.get(0) {
        Zval::Long(_) | Zval::Double(_) => true,
        Zval::Str(s) => {
            // Trailing whitespace is allowed, leading too.
            convert::numeric_string(s.as_bytes()).is_some()
        }
        _ => false,
    }))
}

fn is_scalar(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(matches!(
        a.get(0),
        Zval::Long(_) | Zval::Double(_) | Zval::Str(_) | Zval::Bool(_)
    )))
}

fn is_iterable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    Ok(Zval::Bool(match &v {
        Zval::Arr(_) => true,
        Zval::Obj(o) => e.has_method(o, "getiterator") || e.has_method(o, "current"),
        _ => false,
    }))
}

fn is_countable(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    Ok(Zval::Bool(match &v {
        Zval::Arr(_) => true,
        Zval::Obj(o) => e.has_method(o, "count"),
        _ => false,
    }))
}

fn intval(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    let base = a.int_or(e, 1, 10)?;
    if base != 10 {
        if let Zval::Str(s) = &v {
            let t = s.as_bytes();
            let t = std::str::from_utf8(t).unwrap_or("").trim();
            let (neg, t) = match t.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, t.strip_prefix('+').unwrap_or(t)),
            };
            let (base, t) = match base {
                16 => (16, t.trim_start_matches("0x").trim_start_matches("0X")),
                8 => (8, t.trim_start_matches("0o").trim_start_matches("0O")),
                2 => (2, t.trim_start_matches("0b").trim_start_matches("0B")),
                0 => {
                    if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
                        (16, r)
                    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
                        (2, r)
                    } else if t.starts_with('0') && t.len() > 1 {
                        (8, &t[1..])
                    } else {
                        (10, t)
                    }
                }
                b => (b as u32, t),
            };
            let digits: String = t.chars().take_while(|c| c.is_digit(base)).collect();
            let n = i64::from_str_radix(&digits, base).unwrap_or(if digits.is_empty() {
                0
            } else {
                i64::MAX
            });
            return Ok(Zval::Long(if neg { -n } else { n }));
        }
    }
    Ok(Zval::Long(convert::to_long(&v)))
}

fn floatval(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Double(convert::to_double(&a.get(0))))
}

fn boolval(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(Zval::Bool(convert::to_bool(&a.get(0))))
}

fn strval(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.get(0);
    Ok(Zval::Str(e.to_zstr(&v)?))
}

/// `(array)` of an object: its properties with PHP's mangled names for non-public ones.
pub fn object_to_array(e: &mut dyn Engine, o: &ZObj) -> ZArr {
    let mut arr = ZArr::new();
    for p in e.object_props(o) {
        if p.value.is_undef() {
            continue;
        }
        // Mangled names are PHP's interned property names; a public name is the name the
        // property already has (no new string either way).
        let key = if p.flags & acc::PRIVATE != 0 {
            let mut k = vec![0u8];
            k.extend_from_slice(p.class.as_bytes());
            k.push(0);
            k.extend_from_slice(p.name.as_bytes());
            memphis_values::Key::Str(ZStr::interned(&k))
        } else if p.flags & acc::PROTECTED != 0 {
            let mut k = b"\0*\0".to_vec();
            k.extend_from_slice(p.name.as_bytes());
            memphis_values::Key::Str(ZStr::interned(&k))
        } else {
            memphis_values::Key::from_zstr(&p.name)
        };
        arr.insert(key, p.value);
    }
    arr
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "var_dump",
        params: params!["value"],
        variadic: true,
        f: var_dump,
    },
    Builtin {
        name: "debug_zval_dump",
        params: params!["value"],
        variadic: true,
        f: debug_zval_dump,
    },
    Builtin {
        name: "print_r",
        params: params!["value", "?return"],
        variadic: false,
        f: print_r,
    },
    Builtin {
        name: "var_export",
        params: params!["value", "?return"],
        variadic: false,
        f: var_export,
    },
    Builtin {
        name: "gettype",
        params: params!["value"],
        variadic: false,
        f: gettype,
    },
    Builtin {
        name: "get_debug_type",
        params: params!["value"],
        variadic: false,
        f: get_debug_type,
    },
    Builtin {
        name: "is_int",
        params: params!["value"],
        variadic: false,
        f: is_int,
    },
    Builtin {
        name: "is_integer",
        params: params!["value"],
        variadic: false,
        f: is_int,
    },
    Builtin {
        name: "is_long",
        params: params!["value"],
        variadic: false,
        f: is_int,
    },
    Builtin {
        name: "is_float",
        params: params!["value"],
        variadic: false,
        f: is_float,
    },
    Builtin {
        name: "is_double",
        params: params!["value"],
        variadic: false,
        f: is_float,
    },
    Builtin {
        name: "is_string",
        params: params!["value"],
        variadic: false,
        f: is_string,
    },
    Builtin {
        name: "is_bool",
        params: params!["value"],
        variadic: false,
        f: is_bool,
    },
    Builtin {
        name: "is_array",
        params: params!["value"],
        variadic: false,
        f: is_array,
    },
    Builtin {
        name: "is_object",
        params: params!["value"],
        variadic: false,
        f: is_object,
    },
    Builtin {
        name: "is_null",
        params: params!["value"],
        variadic: false,
        f: is_null,
    },
    Builtin {
        name: "is_numeric",
        params: params!["value"],
        variadic: false,
        f: is_numeric,
    },
    Builtin {
        name: "is_scalar",
        params: params!["value"],
        variadic: false,
        f: is_scalar,
    },
    Builtin {
        name: "is_iterable",
        params: params!["value"],
        variadic: false,
        f: is_iterable,
    },
    Builtin {
        name: "is_countable",
        params: params!["value"],
        variadic: false,
        f: is_countable,
    },
    Builtin {
        name: "intval",
        params: params!["value", "?base"],
        variadic: false,
        f: intval,
    },
    Builtin {
        name: "floatval",
        params: params!["value"],
        variadic: false,
        f: floatval,
    },
    Builtin {
        name: "doubleval",
        params: params!["value"],
        variadic: false,
        f: floatval,
    },
    Builtin {
        name: "boolval",
        params: params!["value"],
        variadic: false,
        f: boolval,
    },
    Builtin {
        name: "strval",
        params: params!["value"],
        variadic: false,
        f: strval,
    },
];
