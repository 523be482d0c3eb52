//! The builtins' view of the VM.

use crate::class::vmc;
use crate::{Flow, Vm};
use memphis_std::{BResult, Engine, Level, PropView};
use memphis_values::object::acc;
use memphis_values::{ZObj, ZStr, Zval};

impl Engine for Vm {
    fn echo(&mut self, bytes: &[u8]) {
        self.output(bytes);
    }

    fn diag(&mut self, level: Level, msg: &str) -> Result<(), Flow> {
        let bits = crate::errors::level_bits(level);
        let unprefixed = msg.starts_with("Implicit conversion")
            || msg.starts_with("A non-numeric value")
            || msg.starts_with("A well formed")
            || msg.starts_with("Array to string conversion")
            || msg.starts_with("Undefined array key")
            || msg.starts_with("Resource ID#")
            || msg.starts_with("Object of class")
            || msg.starts_with("Invalid characters passed")
            || msg.starts_with("Power of base 0")
            || msg.starts_with("Function ")
            || msg.starts_with("Calling ")
            || msg.starts_with("syntax error, unexpected")
            || msg.starts_with("Invalid scanner mode")
            || msg.starts_with("parse_ini_file(");
        let msg = if self.current_builtin.is_empty()
            || msg.starts_with(self.current_builtin)
            || level == Level::Deprecated && msg.contains("(): Passing null")
            || unprefixed
        {
            msg.to_string()
        } else {
            format!("{}(): {}", self.current_builtin, msg)
        };
        self.raise(bits, &msg)
    }

    fn error(&mut self, class: &str, msg: String) -> Flow {
        self.throw_error(class, msg)
    }

    fn call(&mut self, callable: &Zval, args: Vec<Zval>) -> BResult {
        let mut args = args;
        self.call_in(callable, &mut args)
    }

    fn call_in(&mut self, callable: &Zval, args: &mut Vec<Zval>) -> BResult {
        let saved = self.current_builtin;
        // User code clears the builtin mark; the builtin's own copies dropped after the
        // callback returns still go without possible roots.
        let mark = memphis_values::gc::in_builtin();
        let r = match self.resolve_callable(callable, true) {
            Ok(callee) => self.call_callee_in(callee, args),
            Err(e) => {
                args.clear();
                Err(e)
            }
        };
        memphis_values::gc::set_in_builtin(mark);
        self.current_builtin = saved;
        r
    }

    fn is_callable(&mut self, v: &Zval) -> bool {
        self.is_callable_value(v)
    }

    fn loose_eq(&mut self, a: &Zval, b: &Zval) -> Result<bool, Flow> {
        Vm::loose_eq(self, a, b)
    }

    fn compare(&mut self, a: &Zval, b: &Zval) -> Result<i32, Flow> {
        Vm::compare(self, a, b)
    }

    fn to_zstr(&mut self, v: &Zval) -> Result<ZStr, Flow> {
        Vm::to_zstr(self, v)
    }

    fn ini(&self, key: &str) -> Option<String> {
        self.ini.get(key).cloned()
    }

    fn current_function(&self) -> &str {
        self.current_builtin
    }

    fn object_debug_props(&mut self, o: &ZObj) -> Vec<PropView> {
        match crate::builtins::debug_info(self, o) {
            Some(v) => v,
            None => self.props_of(o, true),
        }
    }

    fn build_props_table(&mut self, o: &ZObj) {
        Vm::build_props_table(self, o)
    }

    fn object_props(&mut self, o: &ZObj) -> Vec<PropView> {
        if let Some(p) = crate::builtins::computed_props(self, o) {
            return p;
        }
        self.props_of(o, false)
    }

    fn object_props_hooked(&mut self, o: &ZObj) -> Result<Vec<PropView>, Flow> {
        if vmc(o.class()).hooks.is_empty() {
            return Ok(self.object_props(o));
        }
        let stored = self.props_of(o, false);
        let hooks = vmc(o.class()).hooks.clone();
        let mut out = Vec::new();
        let declared = crate::class::declared_props_in_order(o.class());
        for (n, ty) in &declared {
            let n = n.as_bytes();
            match hooks.get(n) {
                Some(h) if h.get.is_some() || !h.is_virtual => {
                    let name = h.name.clone();
                    let value = match self.active_hooks(o, n) {
                        Some(h) => self.read_hooked_unchecked(o, &h, &name)?,
                        None => stored
                            .iter()
                            .find(|s| s.name.as_bytes() == n)
                            .map(|s| s.value.clone())
                            .unwrap_or_default(),
                    };
                    out.push(PropView {
                        name,
                        value,
                        flags: h.flags & (acc::PUBLIC | acc::PROTECTED | acc::PRIVATE),
                        class: h.declaring.clone(),
                        ty: ty.as_ref().map(|t| t.display()),
                    });
                }
                Some(_) => {}
                None => {
                    for s in stored.iter().filter(|s| s.name.as_bytes() == n) {
                        out.push(PropView {
                            name: s.name.clone(),
                            value: s.value.clone(),
                            flags: s.flags,
                            class: s.class.clone(),
                            ty: s.ty.clone(),
                        });
                    }
                }
            }
        }
        // Dynamic properties (and any stored one not declared in the chain) come after the
        // declared ones.
        for s in stored {
            if !declared
                .iter()
                .any(|(n, _)| n.as_bytes() == s.name.as_bytes())
            {
                out.push(s);
            }
        }
        Ok(out)
    }

    fn has_method(&self, o: &ZObj, lcname: &str) -> bool {
        self.has_method_lc(o, lcname)
    }

    fn enum_case(&self, o: &ZObj) -> Option<(ZStr, Option<Zval>)> {
        if o.class().flags & acc::ENUM == 0 {
            return None;
        }
        let name = crate::class::prop_slot(o, b"name").map(|s| o.slot(s));
        let value = crate::class::prop_slot(o, b"value").map(|s| o.slot(s));
        match name {
            Some(Zval::Str(n)) => Some((n, value)),
            _ => None,
        }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn flush_output(&mut self) {
        self.out.flush();
    }

    fn strict_types(&self) -> bool {
        self.frames.last().is_some_and(|f| f.func.strict_types)
    }

    fn new_object(&mut self, class: &str) -> Option<ZObj> {
        let ce = self.lookup_class(class.as_bytes())?;
        Some(self.instantiate(&ce))
    }
}

impl Vm {
    /// An object's properties for var_export, casts and serialization (`debug` false) or for
    /// var_dump/print_r (`debug` true). The private state of built-in classes written in PHP
    /// stands for C fields PHP does not list as properties; var_dump shows it, less the
    /// engine's own bookkeeping (`__`-prefixed).
    fn props_of(&mut self, o: &ZObj, debug: bool) -> Vec<PropView> {
        let mut out = Vec::new();
        // Closures and generators show no properties; WeakMap and WeakReference have none
        // (what var_dump shows of them is debug info).
        if o.class().flags & acc::ENUM == 0
            && (o.native::<crate::builtins::ClosureData>().is_some()
                || o.native::<crate::builtins::GeneratorData>().is_some()
                || matches!(o.class().lcname.as_slice(), b"weakmap" | b"weakreference")
                    && vmc(o.class()).internal)
        {
            return out;
        }
        let types = &vmc(o.class()).prop_types;
        for (i, p) in o.class().props.iter().enumerate() {
            let v = o.slot(i);
            let ty = types.get(i).cloned().flatten();
            if v.is_undef() && ty.is_none() {
                continue;
            }
            if p.flags & acc::PRIVATE != 0
                && self
                    .lookup_class(p.declaring.as_bytes())
                    .is_some_and(|c| vmc(&c).internal)
                && (!debug || p.name.as_bytes().starts_with(b"__"))
            {
                continue;
            }
            out.push(PropView {
                name: p.name.clone(),
                value: v,
                flags: p.flags & (acc::PUBLIC | acc::PROTECTED | acc::PRIVATE),
                class: p.declaring.clone(),
                ty: ty.map(|t| t.display()),
            });
        }
        if let Some(t) = o.dyn_props() {
            for (k, v) in t.iter() {
                let name = match k {
                    memphis_values::KeyRef::Int(i) => ZStr::new(i.to_string().as_bytes()),
                    memphis_values::KeyRef::Str(s) => s.clone(),
                };
                out.push(PropView {
                    name,
                    value: v.clone(),
                    flags: acc::PUBLIC,
                    class: o.class().name.clone(),
                    ty: None,
                });
            }
        }
        out
    }
}
