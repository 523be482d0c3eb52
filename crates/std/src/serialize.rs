//! `serialize` / `unserialize` (`ext/standard/var.c`, `var_unserializer.re`).
//!
//! The format is PHP's: `N;`, `b:1;`, `i:5;`, `d:0.1;`, `s:3:"abc";`, `a:n:{…}`,
//! `O:len:"Class":n:{…}`, `E:len:"Enum:Case";`, and back-references `r:n;` (the same object
//! again) and `R:n;` (a PHP reference). Objects go through `__serialize`/`__unserialize`,
//! `__sleep`/`__wakeup`, or their properties with PHP's mangled names for private
//! (`"\0Class\0name"`) and protected (`"\0*\0name"`) ones.

use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::convert;
use memphis_values::object::acc;
use memphis_values::{Key, KeyRef, ZArr, ZObj, ZRef, ZStr, Zval};
use std::collections::{HashMap, HashSet};

// ----- serialize --------------------------------------------------------------------------------

struct Ser {
    /// Number of the last value written (PHP numbers every value from 1).
    n: i64,
    /// Objects and references already written, by address, with their numbers.
    seen: HashMap<*const u8, i64>,
    precision: i32,
}

fn method_cb(o: &ZObj, name: &str) -> Zval {
    Zval::Arr(ZArr::from_values([
        Zval::Obj(o.clone()),
        Zval::str(name.as_bytes()),
    ]))
}

/// Appends `tag:i;` (`i:5;`, `r:2;`).
fn push_tagged_int(out: &mut Vec<u8>, tag: &[u8], i: i64) {
    out.extend_from_slice(tag);
    convert::push_itoa(out, i);
    out.push(b';');
}

fn write_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(b"s:");
    convert::push_itoa(out, s.len() as i64);
    out.extend_from_slice(b":\"");
    out.extend_from_slice(s);
    out.extend_from_slice(b"\";");
}

fn write_key(out: &mut Vec<u8>, k: KeyRef) {
    match k {
        KeyRef::Int(i) => push_tagged_int(out, b"i:", i),
        KeyRef::Str(s) => write_str(out, s.as_bytes()),
    }
}

/// A property's name as serialize writes it (mangled for private and protected ones).
fn mangled(name: &[u8], flags: u32, class: &[u8]) -> Vec<u8> {
    if flags & acc::PRIVATE != 0 {
        let mut k = vec![0u8];
        k.extend_from_slice(class);
        k.push(0);
        k.extend_from_slice(name);
        k
    } else if flags & acc::PROTECTED != 0 {
        let mut k = b"\0*\0".to_vec();
        k.extend_from_slice(name);
        k
    } else {
        name.to_vec()
    }
}

impl Ser {
    fn value(&mut self, e: &mut dyn Engine, out: &mut Vec<u8>, v: &Zval) -> Result<(), Flow> {
        match v {
            Zval::Ref(r) => {
                let inner = r.get();
                let key = match &inner {
                    Zval::Obj(o) => o.as_ptr(),
                    _ => r.as_ptr(),
                };
                if let Some(&idx) = self.seen.get(&key) {
                    push_tagged_int(out, b"R:", idx);
                    return Ok(());
                }
                self.n += 1;
                self.seen.insert(key, self.n);
                self.plain(e, out, &inner)
            }
            Zval::Obj(o) => {
                self.n += 1;
                if let Some(&idx) = self.seen.get(&o.as_ptr()) {
                    push_tagged_int(out, b"r:", idx);
                    return Ok(());
                }
                self.seen.insert(o.as_ptr(), self.n);
                self.plain(e, out, v)
            }
            _ => {
                self.n += 1;
                self.plain(e, out, v)
            }
        }
    }

    /// Writes a value whose number has already been taken.
    fn plain(&mut self, e: &mut dyn Engine, out: &mut Vec<u8>, v: &Zval) -> Result<(), Flow> {
        match v {
            Zval::Res(_) => out.extend_from_slice(b"i:0;"),
            Zval::Undef | Zval::Null => out.extend_from_slice(b"N;"),
            Zval::Bool(b) => out.extend_from_slice(if *b { b"b:1;" } else { b"b:0;" }),
            Zval::Long(i) => push_tagged_int(out, b"i:", *i),
            Zval::Double(d) => {
                out.extend_from_slice(b"d:");
                out.extend_from_slice(convert::format_double(*d, self.precision).as_bytes());
                out.push(b';');
            }
            Zval::Str(s) => write_str(out, s.as_bytes()),
            Zval::Ref(r) => {
                let x = r.get();
                return self.plain(e, out, &x);
            }
            Zval::Arr(a) => {
                out.extend_from_slice(b"a:");
                convert::push_itoa(out, a.len() as i64);
                out.extend_from_slice(b":{");
                let items: Vec<(Key, Zval)> =
                    a.iter().map(|(k, v)| (k.to_key(), v.clone())).collect();
                for (k, v) in items {
                    write_key(out, k.as_ref());
                    self.value(e, out, &v)?;
                }
                out.push(b'}');
            }
            Zval::Obj(o) => self.object(e, out, o)?,
        }
        Ok(())
    }

    fn object(&mut self, e: &mut dyn Engine, out: &mut Vec<u8>, o: &ZObj) -> Result<(), Flow> {
        let class = o.class().name.clone();
        if let Some((case, _)) = e.enum_case(o) {
            let text = format!("{}:{}", class.to_string_lossy(), case.to_string_lossy());
            out.extend_from_slice(format!("E:{}:\"{}\";", text.len(), text).as_bytes());
            return Ok(());
        }
        let lc = o.class().lcname.clone();
        if matches!(
            lc.as_slice(),
            b"closure" | b"generator" | b"weakmap" | b"weakreference"
        ) || o.class().flags & acc::ANON != 0
        {
            let shown = if o.class().flags & acc::ANON != 0 {
                "class@anonymous".to_string()
            } else {
                class.to_string_lossy()
            };
            return Err(e.error(
                "Exception",
                format!("Serialization of '{shown}' is not allowed"),
            ));
        }
        let head = |out: &mut Vec<u8>, n: usize| {
            out.extend_from_slice(format!("O:{}:\"", class.len()).as_bytes());
            out.extend_from_slice(class.as_bytes());
            out.extend_from_slice(format!("\":{n}:{{").as_bytes());
        };
        if e.has_method(o, "__serialize") {
            let r = e.call(&method_cb(o, "__serialize"), Vec::new())?;
            let Zval::Arr(data) = r else {
                return Err(e.error(
                    "TypeError",
                    format!(
                        "{}::__serialize() must return an array",
                        class.to_string_lossy()
                    ),
                ));
            };
            head(out, data.len());
            let items: Vec<(Key, Zval)> =
                data.iter().map(|(k, v)| (k.to_key(), v.clone())).collect();
            for (k, v) in items {
                write_key(out, k.as_ref());
                self.value(e, out, &v)?;
            }
            out.push(b'}');
            return Ok(());
        }
        let props = e.object_props(o);
        if e.has_method(o, "__sleep") {
            let r = e.call(&method_cb(o, "__sleep"), Vec::new())?;
            let Zval::Arr(names) = r else {
                e.diag(Level::Warning, "__sleep should return an array only containing the names of instance-variables to serialize")?;
                out.extend_from_slice(b"N;");
                return Ok(());
            };
            let mut chosen: Vec<(Vec<u8>, Zval)> = Vec::new();
            for n in names.values().map(|v| v.deref()).collect::<Vec<_>>() {
                let name = e.to_zstr(&n)?;
                match props.iter().find(|p| p.name.as_bytes() == name.as_bytes()) {
                    Some(p) if !p.value.is_undef() => chosen.push((
                        mangled(p.name.as_bytes(), p.flags, p.class.as_bytes()),
                        p.value.clone(),
                    )),
                    Some(_) => {}
                    None => {
                        e.diag(Level::Warning, &format!("\"{}\" returned as member variable from __sleep() but does not exist", name.to_string_lossy()))?;
                    }
                }
            }
            head(out, chosen.len());
            for (k, v) in chosen {
                write_str(out, &k);
                self.value(e, out, &v)?;
            }
            out.push(b'}');
            return Ok(());
        }
        let live: Vec<_> = props.into_iter().filter(|p| !p.value.is_undef()).collect();
        head(out, live.len());
        for p in live {
            write_str(
                out,
                &mangled(p.name.as_bytes(), p.flags, p.class.as_bytes()),
            );
            self.value(e, out, &p.value)?;
        }
        out.push(b'}');
        Ok(())
    }
}

/// `serialize($v)` as bytes.
pub fn serialize_value(e: &mut dyn Engine, v: &Zval) -> Result<Vec<u8>, Flow> {
    let precision = e
        .ini("serialize_precision")
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(-1);
    let mut s = Ser {
        n: 0,
        seen: HashMap::new(),
        precision,
    };
    let mut out = Vec::new();
    s.value(e, &mut out, v)?;
    Ok(out)
}

fn serialize(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let v = a.raw(0).cloned().unwrap_or(Zval::Null).into_deref();
    Ok(Zval::Str(ZStr::new_safe(&serialize_value(e, &v)?)))
}

// ----- unserialize ------------------------------------------------------------------------------

enum Allowed {
    All,
    None,
    Only(Vec<Vec<u8>>),
}

struct De<'a> {
    s: &'a [u8],
    i: usize,
    /// Values in numbering order, for `r:`/`R:` back-references.
    slots: Vec<Zval>,
    allowed: Allowed,
    max_depth: usize,
    depth_error: bool,
    /// Objects whose `__wakeup`/`__unserialize` must run once parsing is done.
    wakeups: Vec<(ZObj, Option<ZArr>)>,
    /// Numbers of the values some `R:` refers to (they are made references when created).
    ref_targets: HashSet<usize>,
    /// Where the innermost failing value started.
    err_at: Option<usize>,
    /// Where a structural error (missing quote or brace, depth) was found.
    fail_cursor: Option<usize>,
    /// A `}` stood where a value was expected.
    unexpected_end: bool,
}

/// Walks serialized data without building values, collecting the targets of `R:` items.
fn scan_refs(
    s: &[u8],
    i: &mut usize,
    slot: &mut usize,
    out: &mut HashSet<usize>,
    depth: usize,
) -> Option<()> {
    if depth > 4096 {
        return None;
    }
    let num = |i: &mut usize, end: u8| -> Option<i64> {
        let start = *i;
        while *i < s.len() && s[*i] != end {
            *i += 1;
        }
        let n = std::str::from_utf8(&s[start..*i]).ok()?.parse().ok();
        *i += 1;
        n
    };
    let skip_str = |i: &mut usize| -> Option<()> {
        let start = *i;
        while *i < s.len() && s[*i] != b':' {
            *i += 1;
        }
        let n: usize = std::str::from_utf8(&s[start..*i]).ok()?.parse().ok()?;
        *i += 2 + n + 1;
        Some(())
    };
    let t = *s.get(*i)?;
    if t != b'R' {
        *slot += 1;
    }
    *i += 2;
    match t {
        b'N' => *i -= 1,
        b'b' | b'i' | b'd' | b'r' => {
            num(i, b';');
        }
        b'R' => {
            let n = num(i, b';')?;
            out.insert(n.max(0) as usize);
        }
        b's' | b'E' => {
            skip_str(i)?;
            *i += 1;
        }
        b'a' | b'O' => {
            if t == b'O' {
                skip_str(i)?;
                *i += 1;
            }
            let n = num(i, b':')?;
            *i += 1;
            for _ in 0..n.max(0) {
                match *s.get(*i)? {
                    b'i' => {
                        *i += 2;
                        num(i, b';')?;
                    }
                    b's' => {
                        *i += 2;
                        skip_str(i)?;
                        *i += 1;
                    }
                    _ => return None,
                }
                scan_refs(s, i, slot, out, depth + 1)?;
            }
            *i += 1;
        }
        _ => return None,
    }
    Some(())
}

impl De<'_> {
    fn expect(&mut self, c: u8) -> Option<()> {
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Some(())
        } else {
            None
        }
    }

    fn int_until(&mut self, end: u8) -> Option<i64> {
        let start = self.i;
        while self.i < self.s.len() && self.s[self.i] != end {
            self.i += 1;
        }
        let t = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        let t = t.strip_prefix('+').unwrap_or(t);
        if t.is_empty()
            || !t
                .bytes()
                .enumerate()
                .all(|(k, c)| c.is_ascii_digit() || (k == 0 && c == b'-'))
        {
            return None;
        }
        let n = t.parse::<i64>().ok()?;
        self.expect(end)?;
        Some(n)
    }

    fn len_str(&mut self) -> Option<Vec<u8>> {
        let n = self.int_until(b':')?;
        if n < 0 {
            return None;
        }
        self.expect(b'"')?;
        let n = n as usize;
        let bytes = self.s.get(self.i..self.i.checked_add(n)?)?.to_vec();
        self.i += n;
        if self.expect(b'"').is_none() {
            self.fail_cursor = Some(self.i);
            return None;
        }
        Some(bytes)
    }

    fn key(&mut self) -> Option<Key> {
        let t = *self.s.get(self.i)?;
        self.i += 1;
        self.expect(b':')?;
        match t {
            b'i' => Some(Key::Int(self.int_until(b';')?)),
            b's' => {
                let b = self.len_str()?;
                self.expect(b';')?;
                Some(Key::from_bytes(&b))
            }
            _ => None,
        }
    }

    fn value(&mut self, e: &mut dyn Engine, depth: usize) -> Result<Option<Zval>, Flow> {
        let start = self.i;
        let Some(&t) = self.s.get(self.i) else {
            self.err_at.get_or_insert(start);
            return Ok(None);
        };
        if t != b'R' {
            self.slots.push(Zval::Null);
        }
        let slot = self.slots.len().saturating_sub(1);
        let mut v = match self.value_inner(e, t, depth)? {
            Some(v) => v,
            None => {
                let at = self.fail_cursor.take().unwrap_or(start);
                self.err_at.get_or_insert(at);
                return Ok(None);
            }
        };
        if t != b'R' {
            if self.ref_targets.contains(&(slot + 1)) {
                v = Zval::Ref(ZRef::new(v));
            }
            if let Some(s) = self.slots.get_mut(slot) {
                *s = v.clone();
            }
        }
        Ok(Some(v))
    }

    fn value_inner(
        &mut self,
        e: &mut dyn Engine,
        t: u8,
        depth: usize,
    ) -> Result<Option<Zval>, Flow> {
        if t == b'}' {
            self.unexpected_end = true;
            self.fail_cursor = Some(self.i);
            return Ok(None);
        }
        self.i += 1;
        if t == b'N' {
            return Ok(self.expect(b';').map(|_| Zval::Null));
        }
        if self.expect(b':').is_none() {
            return Ok(None);
        }
        Ok(match t {
            b'b' => {
                let v = match self.s.get(self.i) {
                    Some(b'0') => false,
                    Some(b'1') => true,
                    _ => return Ok(None),
                };
                self.i += 1;
                self.expect(b';').map(|_| Zval::Bool(v))
            }
            b'i' => self.int_until(b';').map(Zval::Long),
            b'd' => {
                let start = self.i;
                while self.i < self.s.len() && self.s[self.i] != b';' {
                    self.i += 1;
                }
                let txt = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
                let d = match txt {
                    "INF" => Some(f64::INFINITY),
                    "-INF" => Some(f64::NEG_INFINITY),
                    "NAN" => Some(f64::NAN),
                    t => t
                        .parse::<f64>()
                        .ok()
                        .filter(|_| !t.is_empty() && !t.contains(['i', 'n', 'I', 'N'])),
                };
                match d {
                    Some(d) => self.expect(b';').map(|_| Zval::Double(d)),
                    None => None,
                }
            }
            b's' => {
                let b = self.len_str();
                match b {
                    Some(b) => self.expect(b';').map(|_| Zval::Str(ZStr::new_safe(&b))),
                    None => None,
                }
            }
            b'r' | b'R' => {
                let Some(n) = self.int_until(b';') else {
                    return Ok(None);
                };
                if n < 1 {
                    return Ok(None);
                }
                match self.slots.get(n as usize - 1) {
                    Some(v) => {
                        let v = v.clone();
                        if t == b'R' {
                            // A PHP reference: both slots share one ZRef.
                            let r = match &v {
                                Zval::Ref(r) => r.clone(),
                                other => ZRef::new(other.clone()),
                            };
                            if let Some(s) = self.slots.get_mut(n as usize - 1) {
                                *s = Zval::Ref(r.clone());
                            }
                            Some(Zval::Ref(r))
                        } else {
                            Some(v.into_deref())
                        }
                    }
                    None => None,
                }
            }
            b'a' => {
                let Some(n) = self.int_until(b':') else {
                    return Ok(None);
                };
                if n < 0 || self.expect(b'{').is_none() {
                    return Ok(None);
                }
                if depth >= self.max_depth {
                    self.depth_error = true;
                    self.fail_cursor = Some(self.i);
                    return Ok(None);
                }
                let mut arr = ZArr::with_hash_capacity(n.min(1 << 16) as u32);
                for _ in 0..n {
                    let Some(k) = self.key() else { return Ok(None) };
                    let Some(v) = self.value(e, depth + 1)? else {
                        return Ok(None);
                    };
                    arr.insert(k, v);
                }
                if self.expect(b'}').is_none() {
                    self.fail_cursor = Some(self.i);
                    return Ok(None);
                }
                Some(Zval::Arr(arr))
            }
            b'E' => {
                let Some(text) = self.len_str() else {
                    return Ok(None);
                };
                if self.expect(b';').is_none() {
                    return Ok(None);
                }
                let Some(p) = text.iter().position(|&c| c == b':') else {
                    return Ok(None);
                };
                let mut name = text[..p].to_vec();
                name.extend_from_slice(b"::");
                name.extend_from_slice(&text[p + 1..]);
                let v = e.call(
                    &Zval::str(b"constant"),
                    vec![Zval::Str(ZStr::from_vec(name))],
                )?;
                if matches!(v, Zval::Obj(_)) {
                    Some(v)
                } else {
                    None
                }
            }
            b'O' => {
                let Some(class) = self.len_str() else {
                    return Ok(None);
                };
                if self.expect(b':').is_none() {
                    return Ok(None);
                }
                let Some(n) = self.int_until(b':') else {
                    return Ok(None);
                };
                if n < 0 || self.expect(b'{').is_none() {
                    return Ok(None);
                }
                if depth >= self.max_depth {
                    self.depth_error = true;
                    self.fail_cursor = Some(self.i);
                    return Ok(None);
                }
                // Internal classes that refuse serialization refuse the way back too.
                if matches!(
                    class.to_ascii_lowercase().as_slice(),
                    b"closure" | b"generator" | b"weakmap" | b"weakreference"
                ) {
                    let shown = String::from_utf8_lossy(&class).into_owned();
                    return Err(e.error(
                        "Exception",
                        format!("Unserialization of '{shown}' is not allowed"),
                    ));
                }
                let mut data = ZArr::new();
                // The object takes its slot before its properties are read.
                let cname = String::from_utf8_lossy(&class).into_owned();
                let allowed = match &self.allowed {
                    Allowed::All => true,
                    Allowed::None => false,
                    Allowed::Only(list) => list.iter().any(|c| c.eq_ignore_ascii_case(&class)),
                };
                let obj = if allowed { e.new_object(&cname) } else { None };
                let (obj, incomplete) = match obj {
                    Some(o) => (o, false),
                    None => match e
                        .new_object("__PHP_Incomplete_Class")
                        .or_else(|| e.new_object("stdClass"))
                    {
                        Some(o) => (o, true),
                        None => return Ok(None),
                    },
                };
                if let Some(s) = self.slots.last_mut() {
                    *s = Zval::Obj(obj.clone());
                }
                for _ in 0..n {
                    let Some(k) = self.key() else { return Ok(None) };
                    let Some(v) = self.value(e, depth + 1)? else {
                        return Ok(None);
                    };
                    data.insert(k, v);
                }
                if self.expect(b'}').is_none() {
                    self.fail_cursor = Some(self.i);
                    return Ok(None);
                }
                if incomplete {
                    obj.modify_dyn_props(|t| {
                        t.insert(
                            Key::Str(ZStr::new(b"__PHP_Incomplete_Class_Name")),
                            Zval::Str(ZStr::from_vec(class.clone())),
                        );
                    });
                    for (k, v) in data.iter() {
                        set_prop(&obj, k, v.clone());
                    }
                } else if e.has_method(&obj, "__unserialize") {
                    self.wakeups.push((obj.clone(), Some(data)));
                } else {
                    // PHP writes the properties through the object's property table, which it
                    // builds first (and which stays with the object), extended for the
                    // incoming ones on top of those it holds.
                    e.build_props_table(&obj);
                    // (PHP's table holds the declared properties as entries; the model's
                    // holds only the dynamic ones, with room made for the declared.)
                    let declared = obj.num_slots() as u32;
                    obj.modify_dyn_props(|t| {
                        let want = declared + t.len() as u32 + n as u32;
                        t.extend_for(want)
                    });
                    for (k, v) in data.iter() {
                        set_prop(&obj, k, v.clone());
                    }
                    if e.has_method(&obj, "__wakeup") {
                        self.wakeups.push((obj.clone(), None));
                    }
                }
                Some(Zval::Obj(obj))
            }
            _ => None,
        })
    }
}

/// Sets a property from its serialized (possibly mangled) name.
fn set_prop(o: &ZObj, k: KeyRef, v: Zval) {
    let raw: Vec<u8> = match k {
        KeyRef::Int(i) => i.to_string().into_bytes(),
        KeyRef::Str(s) => s.as_bytes().to_vec(),
    };
    let (scope, name): (Option<&[u8]>, &[u8]) = if raw.first() == Some(&0) {
        match raw[1..].iter().position(|&c| c == 0) {
            Some(p) => (Some(&raw[1..1 + p]), &raw[p + 2..]),
            None => (None, &raw[..]),
        }
    } else {
        (None, &raw[..])
    };
    let ce = o.class().clone();
    let slot = ce.props.iter().position(|p| {
        p.name.as_bytes() == name
            && match scope {
                None => p.flags & acc::PRIVATE == 0,
                Some(b"*") => p.flags & acc::PRIVATE == 0,
                Some(c) => {
                    p.flags & acc::PRIVATE == 0 || p.declaring.as_bytes().eq_ignore_ascii_case(c)
                }
            }
    });
    match slot {
        Some(i) => drop(o.set_slot(i, v)),
        None => o.modify_dyn_props(|t| {
            t.insert(Key::Str(ZStr::new(&raw)), v);
        }),
    }
}

fn unserialize(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let mut allowed = Allowed::All;
    let mut max_depth = e
        .ini("unserialize_max_depth")
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or(4096);
    if a.has(1) {
        let opts = a.array(e, 1)?;
        if let Some(v) = opts.get_str(b"allowed_classes") {
            allowed = match v.deref() {
                Zval::Bool(true) => Allowed::All,
                Zval::Bool(false) => Allowed::None,
                Zval::Arr(list) => {
                    let mut names = Vec::new();
                    for c in list.values() {
                        names.push(e.to_zstr(&c.deref())?.as_bytes().to_vec());
                    }
                    Allowed::Only(names)
                }
                other => {
                    return Err(e.error("TypeError", format!("unserialize(): Option \"allowed_classes\" must be an array or of type bool, {} given", crate::args::type_name(&other))));
                }
            };
        }
        if let Some(v) = opts.get_str(b"max_depth") {
            match v.deref() {
                Zval::Long(n) if n >= 0 => max_depth = n,
                Zval::Long(_) => {
                    return Err(e.error(
                        "ValueError",
                        "unserialize(): Option \"max_depth\" must be greater than or equal to 0"
                            .into(),
                    ))
                }
                other => {
                    return Err(e.error(
                        "TypeError",
                        format!(
                            "unserialize(): Option \"max_depth\" must be of type int, {} given",
                            crate::args::type_name(&other)
                        ),
                    ))
                }
            }
        }
    }
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Ok(Zval::Bool(false));
    }
    let mut ref_targets = HashSet::new();
    if bytes.windows(2).any(|w| w == b"R:") {
        let (mut i, mut slot) = (0usize, 0usize);
        let _ = scan_refs(bytes, &mut i, &mut slot, &mut ref_targets, 0);
    }
    let mut de = De {
        s: bytes,
        i: 0,
        slots: Vec::new(),
        allowed,
        max_depth: if max_depth == 0 {
            usize::MAX
        } else {
            max_depth as usize
        },
        depth_error: false,
        wakeups: Vec::new(),
        ref_targets,
        err_at: None,
        fail_cursor: None,
        unexpected_end: false,
    };
    let r = de.value(e, 0)?;
    let wakeups = std::mem::take(&mut de.wakeups);
    match r {
        Some(v) => {
            for (o, data) in wakeups {
                match data {
                    Some(d) => {
                        e.call(&method_cb(&o, "__unserialize"), vec![Zval::Arr(d)])?;
                    }
                    None => {
                        e.call(&method_cb(&o, "__wakeup"), Vec::new())?;
                    }
                }
            }
            if de.i < bytes.len() {
                e.diag(
                    Level::Warning,
                    &format!(
                        "Extra data starting at offset {} of {} bytes",
                        de.i,
                        bytes.len()
                    ),
                )?;
            }
            Ok(v.into_deref())
        }
        None => {
            if de.unexpected_end {
                e.diag(Level::Warning, "Unexpected end of serialized data")?;
            }
            if de.depth_error {
                e.diag(Level::Warning, &format!("Maximum depth of {max_depth} exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting"))?;
            }
            let at = de.err_at.unwrap_or(de.i).min(bytes.len());
            e.diag(
                Level::Warning,
                &format!("Error at offset {} of {} bytes", at, bytes.len()),
            )?;
            Ok(Zval::Bool(false))
        }
    }
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "serialize",
        params: params!["value"],
        variadic: false,
        f: serialize,
    },
    Builtin {
        name: "unserialize",
        params: params!["data", "?options"],
        variadic: false,
        f: unserialize,
    },
];
