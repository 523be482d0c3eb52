//! Classes at run time: declaration (inheritance, interfaces, traits), method and property
//! lookup, constants, statics, enums, instantiation.

use crate::{Flow, Vm};
use memphis_compiler::bytecode::{ClassDecl, Function, PropHooksDecl, TraitRule, TypeDecl};
use memphis_values::object::acc;
use memphis_values::{ClassEntry, Key, PropInfo, ZArr, ZObj, ZRef, ZStr, Zval};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A method implemented in Rust (internal classes).
pub type NativeMethod = fn(&mut Vm, Option<&ZObj>, &mut Vec<Zval>) -> Result<Zval, Flow>;

/// A built-in class's method run in Rust, as PHP runs its internal methods: no PHP frame,
/// one entry in stack traces, arguments counted and named from this description.
pub struct NativeSpec {
    /// `Class::method` as messages show it.
    pub name: &'static str,
    /// The call as stack traces show it (`Class::method` or `Class->method`).
    pub traced: &'static str,
    /// Parameter names, all required.
    pub params: &'static [&'static str],
    /// A static method.
    pub is_static: bool,
    /// The body (arguments already counted).
    pub f: NativeMethod,
    /// The body runs no PHP code and raises nothing (no error, warning or exception can be
    /// made while it runs): no stack trace can show the call, so none is recorded.
    pub silent: bool,
}

/// How a method runs.
#[derive(Clone)]
pub enum MethodImpl {
    /// Compiled PHP.
    User(Rc<Function>),
    /// Rust.
    Native(&'static NativeSpec),
}

/// A method of a class.
pub struct Method {
    /// Name as declared.
    pub name: Rc<str>,
    /// Body.
    pub imp: MethodImpl,
    /// `acc::*` bits.
    pub flags: u32,
    /// Declaring class.
    pub scope: Weak<ClassEntry>,
}

impl Method {
    /// The declaring class.
    pub fn class(&self) -> Option<Rc<ClassEntry>> {
        self.scope.upgrade()
    }
}

/// A class constant: evaluated on first use.
#[derive(Clone)]
pub enum ConstVal {
    /// Not evaluated yet.
    Lazy(Rc<Function>),
    /// Being evaluated (recursion guard).
    Evaluating,
    /// Value.
    Ready(Zval),
}

/// A property declaration on its way into a class: name, flags, type, default thunk.
type OwnProp = (
    String,
    u32,
    Option<TypeDecl>,
    Option<Rc<Function>>,
    Option<Rc<PropHooksDecl>>,
);
/// The instance properties declared along `ce`'s class chain, in PHP's order (the root
/// class's first; a redeclared property keeps its first place), with their declared types.
pub(crate) fn declared_props_in_order(ce: &Rc<ClassEntry>) -> Vec<(String, Option<TypeDecl>)> {
    let mut chain = Vec::new();
    let mut c = Some(ce.clone());
    while let Some(k) = c {
        c = k.parent.clone();
        chain.push(k);
    }
    let mut out: Vec<(String, Option<TypeDecl>)> = Vec::new();
    for k in chain.iter().rev() {
        if let Some(d) = &vmc(k).decl {
            for p in &d.props {
                if p.flags & acc::STATIC == 0 && !out.iter().any(|(n, _)| *n == p.name) {
                    out.push((p.name.clone(), p.ty.clone()));
                }
            }
        }
    }
    out
}

/// A declared property as the class being built takes it.
fn own_prop(p: &memphis_compiler::bytecode::PropDecl) -> OwnProp {
    (
        p.name.clone(),
        p.flags,
        p.ty.clone(),
        p.init.clone(),
        p.hooks.clone(),
    )
}

/// A static property: its shared cell, flags and declaring class.
/// A static property: its shared cell, flags, declaring class and declared type.
type StaticCell = (ZRef, u32, Rc<str>, Option<Rc<TypeDecl>>);

/// The VM's part of a class entry.
pub struct VmClass {
    /// Methods by lowercase name, inherited ones included.
    pub methods: HashMap<Vec<u8>, Rc<Method>>,
    /// Constants by name (with declaring visibility and class).
    pub consts: RefCell<indexmap_lite::Map<ConstEntry>>,
    /// Static properties by name: shared cells (a child shares its parent's unless redeclared).
    pub statics: HashMap<Vec<u8>, StaticCell>,
    /// PHP's table of the class's static members (a zval each, its parent's included),
    /// allocated the first time a static property of the class is used.
    pub statics_table: RefCell<Option<memphis_mm::OwnedBlock>>,
    /// All interfaces implemented (flattened), lowercase names.
    pub interfaces: Vec<Vec<u8>>,
    /// Implements Throwable: new instances get file, line and trace.
    pub throwable: bool,
    /// Declared types of property slots.
    pub prop_types: Vec<Option<TypeDecl>>,
    /// For each property slot, the kinds of value its type takes as they are
    /// ([`TypeDecl::plain_mask`]; every kind for an untyped property).
    pub prop_accepts: Vec<u16>,
    /// Enum cases created so far.
    pub cases: RefCell<Vec<(Rc<str>, ZObj)>>,
    /// Enum case names in order with their backing-value thunks.
    pub case_decls: Vec<(Rc<str>, Option<Rc<Function>>)>,
    /// Backing type of an enum.
    pub enum_backing: Option<String>,
    /// Part of the built-in prelude (internal class).
    pub internal: bool,
    /// Has `__get` etc.
    pub magic_get: bool,
    pub magic_set: bool,
    pub magic_isset: bool,
    pub magic_unset: bool,
    pub magic_call: bool,
    pub magic_call_static: bool,
    /// Constructor.
    pub ctor: Option<Rc<Method>>,
    /// Destructor.
    pub dtor: Option<Rc<Method>>,
    /// Declaration (for reflection-like uses).
    pub decl: Option<Rc<ClassDecl>>,
    /// Property hooks by property name (PHP 8.4), inherited ones included.
    pub hooks: HashMap<Vec<u8>, Rc<PropHooks>>,
    /// A backed enum's case values were found free of duplicates (PHP checks when it
    /// first updates the class constants, and again on each use until that succeeds).
    pub backed_checked: std::cell::Cell<bool>,
    /// Per enum case (in `case_decls` order), the block PHP's compiler keeps for the case's
    /// constant expression until the case object is first made (then freed).
    pub case_asts: RefCell<Vec<Option<memphis_mm::OwnedBlock>>>,
    /// A backed enum's table from backing value to case name, which PHP builds the first
    /// time it updates the class constants (it stays with the class).
    pub backed_table: RefCell<Option<ZArr>>,
}

/// Bytes of the constant expression PHP's compiler keeps for an enum case until its object
/// is made (a `zend_ast_ref` holding `ZEND_AST_CONST_ENUM_INIT` and its operands; a backed
/// case's has the value as one operand more).
fn case_ast_size(backed: bool) -> usize {
    if backed {
        112
    } else {
        96
    }
}

/// A property's hooks as a class sees them (PHP 8.4).
pub struct PropHooks {
    /// The property's name.
    pub name: ZStr,
    /// `get` hook.
    pub get: Option<Rc<Function>>,
    /// `set` hook.
    pub set: Option<Rc<Function>>,
    /// No stored value (no slot): the hooks are the property.
    pub is_virtual: bool,
    /// Visibility bits.
    pub flags: u32,
    /// Class that declared the property.
    pub declaring: ZStr,
}

impl VmClass {
    /// The data of a class being declared, enough to evaluate its constants.
    fn provisional(
        consts: indexmap_lite::Map<ConstEntry>,
        statics: HashMap<Vec<u8>, StaticCell>,
        interfaces: Vec<Vec<u8>>,
    ) -> VmClass {
        VmClass {
            methods: HashMap::default(),
            consts: RefCell::new(consts),
            statics,
            statics_table: RefCell::new(None),
            throwable: interfaces.iter().any(|i| i == b"throwable"),
            interfaces,
            prop_types: Vec::new(),
            prop_accepts: Vec::new(),
            cases: RefCell::new(Vec::new()),
            case_decls: Vec::new(),
            enum_backing: None,
            internal: false,
            magic_get: false,
            magic_set: false,
            magic_isset: false,
            magic_unset: false,
            magic_call: false,
            magic_call_static: false,
            ctor: None,
            dtor: None,
            decl: None,
            hooks: HashMap::default(),
            backed_checked: std::cell::Cell::new(false),
            case_asts: RefCell::new(Vec::new()),
            backed_table: RefCell::new(None),
        }
    }
}

/// A class constant entry.
#[derive(Clone)]
pub struct ConstEntry {
    /// Value state.
    pub val: ConstVal,
    /// Visibility.
    pub flags: u32,
    /// Declaring class.
    pub class: Rc<str>,
}

/// A tiny insertion-ordered map keyed by bytes.
pub mod indexmap_lite {
    /// Ordered map.
    #[derive(Clone)]
    pub struct Map<V> {
        /// Entries.
        pub entries: Vec<(Vec<u8>, V)>,
    }
    impl<V> Default for Map<V> {
        fn default() -> Self {
            Map {
                entries: Vec::new(),
            }
        }
    }
    impl<V> Map<V> {
        /// Lookup.
        pub fn get(&self, k: &[u8]) -> Option<&V> {
            self.entries.iter().find(|(n, _)| n == k).map(|(_, v)| v)
        }
        /// Mutable lookup.
        pub fn get_mut(&mut self, k: &[u8]) -> Option<&mut V> {
            self.entries
                .iter_mut()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v)
        }
        /// Insert or replace.
        pub fn insert(&mut self, k: Vec<u8>, v: V) {
            match self.get_mut(&k) {
                Some(x) => *x = v,
                None => self.entries.push((k, v)),
            }
        }
    }
}

/// The VM data of a class.
pub fn vmc(ce: &ClassEntry) -> &VmClass {
    ce.ext
        .downcast_ref::<VmClass>()
        .expect("every class entry carries VM data")
}

/// Slot of declared property `name` on the object (any visibility), if it has one.
pub fn prop_slot(o: &ZObj, name: &[u8]) -> Option<usize> {
    match o.class().prop_slots.get(name) {
        Some(&s) => Some(s as usize),
        None => o
            .class()
            .props
            .iter()
            .position(|p| p.name.as_bytes() == name),
    }
}

/// Whether `ce` is `target` or extends/implements it.
pub fn instance_of(ce: &ClassEntry, target: &ClassEntry) -> bool {
    if ce.is_subclass_of(target) {
        return true;
    }
    if target.flags & acc::INTERFACE != 0 {
        return vmc(ce).interfaces.contains(&target.lcname);
    }
    false
}

/// Whether `ce` is or inherits from the class named `lcname` (lowercase).
pub fn instance_of_name(ce: &ClassEntry, lcname: &[u8]) -> bool {
    let mut c = Some(ce);
    while let Some(k) = c {
        if k.lcname == lcname {
            return true;
        }
        c = k.parent.as_deref();
    }
    vmc(ce).interfaces.iter().any(|i| i == lcname)
}

fn visibility_name(f: u32) -> &'static str {
    if f & acc::PRIVATE != 0 {
        "private"
    } else if f & acc::PROTECTED != 0 {
        "protected"
    } else {
        "public"
    }
}

impl Vm {
    /// Finds a class by name, running autoloaders if needed.
    pub(crate) fn lookup_class(&mut self, name: &[u8]) -> Option<Rc<ClassEntry>> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        let lc = name.to_ascii_lowercase();
        if let Some(c) = self.declared_class(&lc) {
            return Some(c);
        }
        if self.autoloaders.is_empty() || self.autoloading.contains(&lc) {
            return None;
        }
        self.autoloading.push(lc.clone());
        let loaders = self.autoloaders.clone();
        for l in loaders {
            let _ = self.call_value(&l, vec![Zval::Str(ZStr::new(name))]);
            if self.classes.contains_key(&lc) {
                break;
            }
        }
        self.autoloading.retain(|x| *x != lc);
        self.classes.get(&lc).cloned()
    }

    /// Whether `ce` is or inherits from the class named `lcname` (lowercase), which may be an
    /// alias made by `class_alias`.
    pub(crate) fn instance_of_named(&self, ce: &ClassEntry, lcname: &[u8]) -> bool {
        if instance_of_name(ce, lcname) {
            return true;
        }
        match self.classes.get(lcname) {
            Some(target) if target.lcname != lcname => instance_of(ce, target),
            _ => false,
        }
    }

    /// Enters a class (or an alias of one) under lowercase name `lc`, remembering the order
    /// names first appeared in.
    pub(crate) fn insert_class(&mut self, lc: Vec<u8>, ce: Rc<ClassEntry>) {
        // (A lazy prelude class has its place in the order from the start.)
        let reserved = self.loading_prelude && self.class_order.contains(&lc);
        if !(self.classes.contains_key(&lc) || reserved) {
            self.class_order.push(lc.clone());
        }
        self.classes.insert(lc, ce);
    }

    /// A declared class by lowercase name, without autoloading (a prelude class not compiled
    /// yet is declared now: it counts as declared from the start).
    pub(crate) fn declared_class(&mut self, lc: &[u8]) -> Option<Rc<ClassEntry>> {
        if let Some(c) = self.classes.get(lc) {
            return Some(c.clone());
        }
        if crate::prelude::declare_lazy(self, lc) {
            return self.classes.get(lc).cloned();
        }
        None
    }

    /// Class lookup that throws PHP's `Class "X" not found` Error.
    pub(crate) fn class_or_throw(&mut self, name: &[u8]) -> Result<Rc<ClassEntry>, Flow> {
        match self.lookup_class(name) {
            Some(c) => Ok(c),
            None => Err(self.throw_error(
                "Error",
                format!(
                    "Class \"{}\" not found",
                    String::from_utf8_lossy(name.strip_prefix(b"\\").unwrap_or(name))
                ),
            )),
        }
    }

    /// Creates an object with its declared defaults (no constructor call).
    pub(crate) fn instantiate(&mut self, ce: &Rc<ClassEntry>) -> ZObj {
        let o = ZObj::new(ce.clone());
        let vc = vmc(ce);
        if vc.throwable {
            self.init_throwable(&o);
        }
        // A WeakMap's table is part of it from the start (embedded in PHP's object).
        if vc.internal && ce.lcname == b"weakmap" {
            crate::builtins::weakmap_of(&o);
        }
        o
    }

    /// Fills file, line and trace of a new exception from the current location.
    pub(crate) fn init_throwable(&mut self, o: &ZObj) {
        let (file, line) = self.user_location();
        if let Some(s) = prop_slot(o, b"file") {
            o.set_slot(s, Zval::Str(ZStr::new(file.as_bytes())));
        }
        if let Some(s) = prop_slot(o, b"line") {
            o.set_slot(s, Zval::Long(line as i64));
        }
        if let Some(s) = prop_slot(o, b"trace") {
            let t = self.backtrace(0);
            o.set_slot(s, Zval::Arr(t));
        }
    }

    /// File and line of the innermost user (non-prelude) frame.
    pub(crate) fn user_location(&self) -> (Rc<str>, u32) {
        for f in self.frames.iter().rev() {
            if f.func.file.as_ref() != crate::prelude::PRELUDE_FILE {
                let line = f
                    .func
                    .lines
                    .get(f.ip.saturating_sub(1))
                    .copied()
                    .unwrap_or(0);
                return (f.func.file.clone(), line);
            }
        }
        (self.main_file.clone(), 0)
    }

    /// Declares a class from its compiled declaration. Returns false (without error) when
    /// `early` and a parent/interface is not available yet.
    pub(crate) fn declare_class(
        &mut self,
        decl: &Rc<ClassDecl>,
        early: bool,
    ) -> Result<bool, Flow> {
        let lc = decl.name.to_ascii_lowercase().into_bytes();
        crate::prelude::declare_lazy(self, &lc);
        if let Some(existing) = self.classes.get(&lc) {
            if let Some(d) = &vmc(existing).decl {
                if Rc::ptr_eq(d, decl) {
                    return Ok(true);
                }
            }
            if early {
                return Ok(false);
            }
            let kind = if decl.flags & acc::INTERFACE != 0 {
                "interface"
            } else if decl.flags & acc::TRAIT != 0 {
                "trait"
            } else if decl.flags & acc::ENUM != 0 {
                "enum"
            } else {
                "class"
            };
            let msg = match &vmc(existing).decl {
                Some(d) if !vmc(existing).internal => format!(
                    "Cannot redeclare {} {} (previously declared in {}:{})",
                    kind,
                    decl.name,
                    self.current_file(),
                    d.line
                ),
                _ => format!(
                    "Cannot declare {} {}, because the name is already in use",
                    kind, decl.name
                ),
            };
            return Err(self.fatal_at(&msg, &self.current_file(), decl.line));
        }
        // Resolve dependencies; early binding gives up quietly when one is not declared yet.
        let mut parent = None;
        if let Some(p) = &decl.parent {
            match self.class_dependency(p, early, "Class")? {
                Some(c) => parent = Some(c),
                None => return Ok(false),
            }
        }
        let mut ifaces = Vec::new();
        for i in &decl.interfaces {
            match self.class_dependency(i, early, "Interface")? {
                Some(c) => ifaces.push(c),
                None => return Ok(false),
            }
        }
        let mut traits = Vec::new();
        for t in &decl.traits {
            match self.class_dependency(t, early, "Trait")? {
                Some(c) => traits.push(c),
                None => return Ok(false),
            }
        }
        if let Some(p) = &parent {
            if p.flags & acc::FINAL != 0 {
                return Err(self.fatal_at(
                    &format!(
                        "Class {} cannot extend final class {}",
                        decl.name,
                        p.name.to_string_lossy()
                    ),
                    &self.current_file(),
                    decl.line,
                ));
            }
            if p.flags & acc::INTERFACE != 0 {
                return Err(self.fatal_at(
                    &format!(
                        "Class {} cannot extend interface {}",
                        decl.name,
                        p.name.to_string_lossy()
                    ),
                    &self.current_file(),
                    decl.line,
                ));
            }
        }
        let ce = self.build_class(decl, parent, ifaces, traits)?;
        self.insert_class(lc, ce);
        Ok(true)
    }

    /// A class a declaration depends on: `None` when binding early and it is not declared yet,
    /// PHP's `Class "X" not found` Error when binding late.
    fn class_dependency(
        &mut self,
        name: &str,
        early: bool,
        kind: &str,
    ) -> Result<Option<Rc<ClassEntry>>, Flow> {
        let found = if early {
            self.declared_class(&name.to_ascii_lowercase().into_bytes())
        } else {
            self.lookup_class(name.as_bytes())
        };
        match found {
            Some(c) => Ok(Some(c)),
            None if early => Ok(None),
            None => Err(self.throw_error("Error", format!("{kind} \"{name}\" not found"))),
        }
    }

    fn build_class(
        &mut self,
        decl: &Rc<ClassDecl>,
        parent: Option<Rc<ClassEntry>>,
        ifaces: Vec<Rc<ClassEntry>>,
        traits: Vec<Rc<ClassEntry>>,
    ) -> Result<Rc<ClassEntry>, Flow> {
        let internal = decl.line == 0 || self.loading_prelude;
        // Properties: inherited slots first.
        let mut props: Vec<PropInfo> = Vec::new();
        let mut prop_slots: HashMap<Vec<u8>, u32> = HashMap::default();
        let mut prop_types: Vec<Option<TypeDecl>> = Vec::new();
        let mut methods: HashMap<Vec<u8>, Rc<Method>> = HashMap::default();
        let mut consts: indexmap_lite::Map<ConstEntry> = Default::default();
        let mut statics: HashMap<Vec<u8>, StaticCell> = HashMap::default();
        let mut interfaces: Vec<Vec<u8>> = Vec::new();
        let mut has_destructor = false;
        let mut flags = decl.flags;
        if let Some(p) = &parent {
            let pv = vmc(p);
            for (i, pi) in p.props.iter().enumerate() {
                props.push(PropInfo {
                    name: pi.name.clone(),
                    flags: pi.flags,
                    declaring: pi.declaring.clone(),
                    default: pi.default.clone(),
                });
                prop_types.push(pv.prop_types.get(i).cloned().flatten());
            }
            for (k, v) in p.prop_slots.iter() {
                let pi = &p.props[*v as usize];
                if pi.flags & acc::PRIVATE == 0 {
                    prop_slots.insert(k.clone(), *v);
                }
            }
            for (k, m) in pv.methods.iter() {
                methods.insert(k.clone(), m.clone());
            }
            for (k, c) in pv.consts.borrow().entries.iter() {
                consts.insert(k.clone(), c.clone());
            }
            for (k, s) in pv.statics.iter() {
                statics.insert(k.clone(), s.clone());
            }
            interfaces.extend(pv.interfaces.iter().cloned());
            has_destructor = p.has_destructor;
            if p.flags & acc::ALLOW_DYNAMIC != 0 {
                flags |= acc::ALLOW_DYNAMIC;
            }
        }
        for i in &ifaces {
            if !interfaces.contains(&i.lcname) {
                interfaces.push(i.lcname.clone());
            }
            for x in vmc(i).interfaces.iter().rev() {
                if !interfaces.contains(x) {
                    interfaces.push(x.clone());
                }
            }
            for (k, c) in vmc(i).consts.borrow().entries.iter() {
                if consts.get(k).is_none() {
                    consts.insert(k.clone(), c.clone());
                }
            }
            for (k, m) in vmc(i).methods.iter() {
                methods.entry(k.clone()).or_insert_with(|| m.clone());
            }
        }
        if decl
            .attributes
            .iter()
            .any(|a| a.eq_ignore_ascii_case("AllowDynamicProperties"))
        {
            flags |= acc::ALLOW_DYNAMIC;
        }
        let cname: Rc<str> = Rc::from(decl.name.as_str());
        let cname_z = ZStr::interned(decl.name.as_bytes());
        // Trait members are copied in as if declared here.
        let mut own_props: Vec<OwnProp> = Vec::new();
        let mut own_methods: Vec<(Rc<str>, MethodImpl, u32)> = Vec::new();
        // An alias without a trait name must name a method only one of the traits has.
        for r in &decl.trait_rules {
            if let TraitRule::Alias {
                trait_name: None,
                method,
                ..
            } = r
            {
                let owners: Vec<String> = traits
                    .iter()
                    .filter(|t| {
                        vmc(t)
                            .methods
                            .contains_key(method.to_ascii_lowercase().as_bytes())
                    })
                    .map(|t| t.name.to_string_lossy())
                    .collect();
                if owners.len() > 1 {
                    let msg = format!(
                        "An alias was defined for method {}(), which exists in both {} and {}. Use {}::{} or {}::{} to resolve the ambiguity",
                        method, owners[0], owners[1], owners[0], method, owners[1], method
                    );
                    return Err(self.fatal_at_line(&msg, decl.line));
                }
            }
        }
        for t in &traits {
            let tv = vmc(t);
            if let Some(td) = &tv.decl {
                own_props.extend(td.props.iter().map(own_prop));
                for (k, c) in tv.consts.borrow().entries.iter() {
                    consts.insert(k.clone(), c.clone());
                }
            }
            for (lc, m) in tv.methods.iter() {
                // Insteadof exclusions.
                let excluded = decl.trait_rules.iter().any(|r| match r {
                    TraitRule::Insteadof {
                        trait_name,
                        method,
                        instead_of,
                    } => {
                        method.eq_ignore_ascii_case(&m.name)
                            && instead_of
                                .iter()
                                .any(|x| x.eq_ignore_ascii_case(&t.name.to_string_lossy()))
                            && !trait_name.eq_ignore_ascii_case(&t.name.to_string_lossy())
                    }
                    _ => false,
                });
                let _ = lc;
                if !excluded {
                    own_methods.push((m.name.clone(), m.imp.clone(), m.flags));
                }
                for r in &decl.trait_rules {
                    if let TraitRule::Alias {
                        trait_name,
                        method,
                        alias,
                        flags: vis,
                    } = r
                    {
                        if !method.eq_ignore_ascii_case(&m.name) {
                            continue;
                        }
                        if let Some(tn) = trait_name {
                            if !tn.eq_ignore_ascii_case(&t.name.to_string_lossy()) {
                                continue;
                            }
                        }
                        let fl = match vis {
                            Some(v) => {
                                (m.flags & !(acc::PUBLIC | acc::PROTECTED | acc::PRIVATE)) | v
                            }
                            None => m.flags,
                        };
                        match alias {
                            Some(a) => own_methods.push((Rc::from(a.as_str()), m.imp.clone(), fl)),
                            None => {
                                if let Some(last) = own_methods
                                    .iter_mut()
                                    .rev()
                                    .find(|x| x.0.eq_ignore_ascii_case(&m.name))
                                {
                                    last.2 = fl;
                                }
                            }
                        }
                    }
                }
            }
        }
        own_props.extend(decl.props.iter().map(own_prop));
        for m in &decl.methods {
            own_methods.push((
                Rc::from(m.name.as_str()),
                MethodImpl::User(m.clone()),
                m.flags,
            ));
        }
        if decl.flags & acc::ENUM != 0 {
            let mut helpers = vec![b"__memphisunitenum".to_vec()];
            if decl.enum_backing.is_some() {
                helpers.push(b"__memphisbackedenum".to_vec());
            }
            for h in helpers {
                if let Some(t) = self.classes.get(&h).cloned() {
                    for m in vmc(&t).methods.values() {
                        own_methods.push((m.name.clone(), m.imp.clone(), m.flags));
                    }
                }
            }
            own_props.insert(
                0,
                (
                    "name".to_string(),
                    acc::PUBLIC | acc::READONLY,
                    Some(TypeDecl::Builtin("string".into())),
                    None,
                    None,
                ),
            );
            if let Some(b) = &decl.enum_backing {
                own_props.insert(
                    1,
                    (
                        "value".to_string(),
                        acc::PUBLIC | acc::READONLY,
                        Some(TypeDecl::Builtin(b.clone())),
                        None,
                        None,
                    ),
                );
            }
        }
        // Constants (lazy).
        for c in &decl.consts {
            consts.insert(
                c.name.clone().into_bytes(),
                ConstEntry {
                    val: ConstVal::Lazy(c.init.clone()),
                    flags: c.flags,
                    class: cname.clone(),
                },
            );
        }
        // Property defaults may name the class's own constants (`self::X`): evaluate them
        // against a provisional entry registered under the class's name.
        let lc_name = decl.name.to_ascii_lowercase().into_bytes();
        let provisional = Rc::new(ClassEntry {
            name: cname_z.clone(),
            lcname: lc_name.clone(),
            flags,
            parent: parent.clone(),
            props: Vec::new(),
            prop_slots: HashMap::default(),
            has_destructor: false,
            object_size: 0,
            inline_arrays: false,
            ext: Box::new(VmClass::provisional(
                consts.clone(),
                statics.clone(),
                interfaces.clone(),
            )),
            instances: std::cell::Cell::new(0),
        });
        self.insert_class(lc_name.clone(), provisional.clone());
        let mut hooks = parent
            .as_ref()
            .map(|p| vmc(p).hooks.clone())
            .unwrap_or_default();
        let r = self.declare_props(
            &decl.flags,
            own_props,
            &provisional,
            &cname,
            &cname_z,
            &mut props,
            &mut prop_slots,
            &mut prop_types,
            &mut statics,
            &mut hooks,
        );
        self.classes.remove(&lc_name);
        r?;
        let is_enum = decl.flags & acc::ENUM != 0;
        if is_enum {
            interfaces.push(b"unitenum".to_vec());
            if decl.enum_backing.is_some() {
                interfaces.push(b"backedenum".to_vec());
            }
        }
        let case_decls: Vec<(Rc<str>, Option<Rc<Function>>)> = decl
            .cases
            .iter()
            .map(|c| (Rc::from(c.name.as_str()), c.value.clone()))
            .collect();
        let case_asts = case_decls
            .iter()
            .map(|_| {
                Some(memphis_mm::OwnedBlock::new(case_ast_size(
                    decl.enum_backing.is_some(),
                )))
            })
            .collect();
        let mut own_method_names = Vec::new();
        for (n, _, _) in &own_methods {
            own_method_names.push(n.to_ascii_lowercase().into_bytes());
        }
        if own_method_names.iter().any(|n| n == b"__destruct") {
            has_destructor = true;
        }
        let magic = |n: &[u8]| own_method_names.iter().any(|x| x == n) || methods.contains_key(n);
        let (mg, ms, mi, mu, mc, mcs) = (
            magic(b"__get"),
            magic(b"__set"),
            magic(b"__isset"),
            magic(b"__unset"),
            magic(b"__call"),
            magic(b"__callstatic"),
        );
        if mg || ms || mi || mu {
            flags |= acc::USE_GUARDS;
        }
        if !interfaces.contains(&b"stringable".to_vec())
            && own_method_names.iter().any(|n| n == b"__tostring")
        {
            interfaces.push(b"stringable".to_vec());
        }
        let decl_c = decl.clone();
        let ce = Rc::new_cyclic(|weak: &Weak<ClassEntry>| {
            for (name, imp, mflags) in own_methods {
                let lc = name.to_ascii_lowercase().into_bytes();
                // The built-in classes' methods that have a Rust body run without a frame.
                let imp = match internal.then(|| crate::builtins::native_method(&lc_name, &lc)) {
                    Some(Some(spec)) => MethodImpl::Native(spec),
                    _ => imp,
                };
                methods.insert(
                    lc,
                    Rc::new(Method {
                        name,
                        imp,
                        flags: mflags,
                        scope: weak.clone(),
                    }),
                );
            }
            let ctor = methods.get(&b"__construct"[..]).cloned();
            let dtor = methods.get(&b"__destruct"[..]).cloned();
            let ext = VmClass {
                methods,
                consts: RefCell::new(consts),
                statics,
                statics_table: RefCell::new(None),
                throwable: interfaces.iter().any(|i| i == b"throwable"),
                interfaces,
                prop_accepts: prop_types
                    .iter()
                    .map(|t| t.as_ref().map_or(u16::MAX, TypeDecl::plain_mask))
                    .collect(),
                prop_types,
                cases: RefCell::new(Vec::new()),
                case_decls,
                enum_backing: decl_c.enum_backing.clone(),
                internal,
                magic_get: mg,
                magic_set: ms,
                magic_isset: mi,
                magic_unset: mu,
                magic_call: mc,
                magic_call_static: mcs,
                ctor,
                dtor,
                decl: Some(decl_c.clone()),
                hooks,
                backed_checked: std::cell::Cell::new(false),
                case_asts: RefCell::new(case_asts),
                backed_table: RefCell::new(None),
            };
            let object_size = match parent.as_ref() {
                _ if internal => internal_object_size(&decl_c.name),
                Some(p) if p.object_size > 0 => {
                    p.object_size + 16 * props.len().saturating_sub(p.props.len())
                }
                _ => 0,
            };
            // SPL containers keep their elements inside the object in PHP (no zval array).
            let inline_arrays = (internal
                && matches!(
                    decl_c.name.as_str(),
                    "SplObjectStorage"
                        | "SplDoublyLinkedList"
                        | "SplFixedArray"
                        | "SplHeap"
                        | "SplPriorityQueue"
                ))
                || parent.as_ref().is_some_and(|p| p.inline_arrays);
            ClassEntry {
                name: cname_z.clone(),
                lcname: decl_c.name.to_ascii_lowercase().into_bytes(),
                flags,
                parent: parent.clone(),
                props,
                prop_slots,
                has_destructor,
                object_size,
                inline_arrays,
                ext: Box::new(ext),
                instances: std::cell::Cell::new(0),
            }
        });
        // Abstract checks for concrete classes.
        if ce.flags & (acc::ABSTRACT | acc::INTERFACE | acc::TRAIT) == 0 {
            let v = vmc(&ce);
            let mut missing: Vec<String> = Vec::new();
            for m in v.methods.values() {
                if m.flags & acc::ABSTRACT != 0 {
                    let owner = m
                        .class()
                        .map(|c| c.name.to_string_lossy())
                        .unwrap_or_default();
                    missing.push(format!("{}::{}", owner, m.name));
                }
            }
            if !missing.is_empty() {
                missing.sort();
                let n = missing.len();
                let msg = if ce.flags & acc::ENUM != 0 {
                    format!(
                        "Enum {} must implement {} abstract method{} ({})",
                        decl.name,
                        n,
                        if n == 1 { "" } else { "s" },
                        missing.join(", ")
                    )
                } else {
                    format!(
                        "Class {} contains {} abstract method{} and must therefore be declared abstract or implement the remaining methods ({})",
                        decl.name,
                        n,
                        if n == 1 { "" } else { "s" },
                        missing.join(", ")
                    )
                };
                return Err(self.fatal_at(&msg, &self.current_file(), decl.line));
            }
        }
        // Visibility of overriding methods.
        if let Some(p) = &ce.parent {
            for (lc, m) in vmc(&ce).methods.iter() {
                if let Some(pm) = vmc(p).methods.get(lc) {
                    if Rc::ptr_eq(pm, m) || pm.flags & acc::PRIVATE != 0 {
                        continue;
                    }
                    if pm.flags & acc::FINAL != 0 && lc != b"__construct" {
                        let msg = format!(
                            "Cannot override final method {}::{}()",
                            p.name.to_string_lossy(),
                            pm.name
                        );
                        return Err(self.fatal_at(&msg, &self.current_file(), decl.line));
                    }
                    let rank = |f: u32| {
                        if f & acc::PRIVATE != 0 {
                            2
                        } else if f & acc::PROTECTED != 0 {
                            1
                        } else {
                            0
                        }
                    };
                    if rank(m.flags) > rank(pm.flags) {
                        let msg = format!(
                            "Access level to {}::{}() must be {} (as in class {}){}",
                            decl.name,
                            m.name,
                            visibility_name(pm.flags),
                            p.name.to_string_lossy(),
                            if pm.flags & acc::PROTECTED != 0 {
                                " or weaker"
                            } else {
                                ""
                            }
                        );
                        return Err(self.fatal_at(&msg, &self.current_file(), decl.line));
                    }
                }
            }
        }
        Ok(ce)
    }

    /// Evaluates property defaults and lays out slots (inherited ones first).
    #[allow(clippy::too_many_arguments)]
    fn declare_props(
        &mut self,
        class_flags: &u32,
        own_props: Vec<OwnProp>,
        scope: &Rc<ClassEntry>,
        cname: &Rc<str>,
        cname_z: &ZStr,
        props: &mut Vec<PropInfo>,
        prop_slots: &mut HashMap<Vec<u8>, u32>,
        prop_types: &mut Vec<Option<TypeDecl>>,
        statics: &mut HashMap<Vec<u8>, StaticCell>,
        hooks: &mut HashMap<Vec<u8>, Rc<PropHooks>>,
    ) -> Result<(), Flow> {
        for (name, pflags, ty, init, hooks_decl) in own_props {
            let key = name.clone().into_bytes();
            if let Some(h) = &hooks_decl {
                // A child's hook replaces its parent's of the same kind; the other is kept.
                let prev = hooks.get(&key).cloned();
                let is_virtual = h.is_virtual && !prop_slots.contains_key(&key);
                hooks.insert(
                    key.clone(),
                    Rc::new(PropHooks {
                        name: ZStr::interned(name.as_bytes()),
                        get: h
                            .get
                            .clone()
                            .or_else(|| prev.as_ref().and_then(|p| p.get.clone())),
                        set: h
                            .set
                            .clone()
                            .or_else(|| prev.as_ref().and_then(|p| p.set.clone())),
                        is_virtual,
                        flags: pflags,
                        declaring: cname_z.clone(),
                    }),
                );
                if is_virtual {
                    // A virtual property has no slot (and takes no room in its objects).
                    continue;
                }
            }
            let default = match &init {
                // A trait's own defaults are evaluated in each class that uses it.
                Some(_) if class_flags & acc::TRAIT != 0 => Zval::Null,
                Some(f) => match self.eval_thunk(f, Some(scope.clone()))? {
                    // The class's default table owns its own copy, not the thunk's literal.
                    // (The thunk's handle goes without a root: these are compile-time values.)
                    Zval::Arr(a) if a.refcount() > 1 && !a.is_immutable() => {
                        let own = a.dup();
                        a.release_nogc();
                        Zval::Arr(own)
                    }
                    v => v,
                },
                None => {
                    if ty.is_some() || pflags & acc::TYPED != 0 {
                        Zval::Undef
                    } else {
                        Zval::Null
                    }
                }
            };
            if pflags & acc::STATIC != 0 {
                statics.insert(
                    name.clone().into_bytes(),
                    (ZRef::new(default), pflags, cname.clone(), ty.map(Rc::new)),
                );
                continue;
            }
            match prop_slots.get(&key).copied() {
                Some(slot) => {
                    let pi = &mut props[slot as usize];
                    pi.default = default;
                    pi.flags = pflags;
                    pi.declaring = cname_z.clone();
                    prop_types[slot as usize] = ty;
                }
                None => {
                    let slot = props.len() as u32;
                    props.push(PropInfo {
                        name: ZStr::interned(name.as_bytes()),
                        flags: pflags,
                        declaring: cname_z.clone(),
                        default,
                    });
                    prop_types.push(ty);
                    prop_slots.insert(key, slot);
                }
            }
        }
        Ok(())
    }

    /// Evaluates a constant-expression thunk in the scope of `scope`.
    pub(crate) fn eval_thunk(
        &mut self,
        f: &Rc<Function>,
        scope: Option<Rc<ClassEntry>>,
    ) -> Result<Zval, Flow> {
        let scope = scope.or_else(|| {
            f.class_name.as_ref().and_then(|c| {
                self.classes
                    .get(&c.to_ascii_lowercase().into_bytes())
                    .cloned()
            })
        });
        self.call_function(f.clone(), None, scope.clone(), scope, None, Vec::new())
    }

    /// `Class::CONST`.
    pub(crate) fn class_constant(
        &mut self,
        ce: &Rc<ClassEntry>,
        name: &[u8],
    ) -> Result<Zval, Flow> {
        if name.eq_ignore_ascii_case(b"class") {
            return Ok(Zval::Str(ce.name.clone()));
        }
        let v = vmc(ce);
        if v.case_decls.iter().any(|(n, _)| n.as_bytes() == name) {
            return self.enum_case(ce, name);
        }
        let entry = v.consts.borrow().get(name).cloned();
        let Some(entry) = entry else {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Undefined constant {}::{}",
                    ce.name.to_string_lossy(),
                    String::from_utf8_lossy(name)
                ),
            ));
        };
        if entry.flags & acc::PROTECTED != 0 {
            let scope = self.frames.last().and_then(|f| f.scope.clone());
            let owner = self
                .classes
                .get(&entry.class.to_ascii_lowercase().into_bytes())
                .cloned();
            let ok = match (&scope, &owner) {
                (Some(s), Some(o)) => instance_of(s, o) || instance_of(o, s),
                _ => false,
            };
            if !ok {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Cannot access protected constant {}::{}",
                        ce.name.to_string_lossy(),
                        String::from_utf8_lossy(name)
                    ),
                ));
            }
        }
        if entry.flags & acc::PRIVATE != 0 {
            let scope = self.frames.last().and_then(|f| f.scope.clone());
            if scope.map(|s| s.name.to_string_lossy()) != Some(entry.class.to_string()) {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Cannot access private constant {}::{}",
                        ce.name.to_string_lossy(),
                        String::from_utf8_lossy(name)
                    ),
                ));
            }
        }
        match entry.val {
            ConstVal::Ready(z) => Ok(z),
            ConstVal::Evaluating => Err(self.throw_error(
                "Error",
                format!(
                    "Cannot declare self-referencing constant self::{}",
                    String::from_utf8_lossy(name)
                ),
            )),
            ConstVal::Lazy(f) => {
                let owner = self
                    .classes
                    .get(&entry.class.to_ascii_lowercase().into_bytes())
                    .cloned()
                    .unwrap_or_else(|| ce.clone());
                if let Some(e) = vmc(ce).consts.borrow_mut().get_mut(name) {
                    e.val = ConstVal::Evaluating;
                }
                let r = self.eval_thunk(&f, Some(owner));
                let val = match r {
                    Ok(v) => v,
                    Err(e) => {
                        if let Some(en) = vmc(ce).consts.borrow_mut().get_mut(name) {
                            en.val = ConstVal::Lazy(f);
                        }
                        return Err(e);
                    }
                };
                if let Some(e) = vmc(ce).consts.borrow_mut().get_mut(name) {
                    e.val = ConstVal::Ready(val.clone());
                }
                Ok(val)
            }
        }
    }

    /// The singleton object of enum case `name`.
    pub(crate) fn enum_case(&mut self, ce: &Rc<ClassEntry>, name: &[u8]) -> Result<Zval, Flow> {
        self.enum_case_of(ce, name, true)
    }

    /// `enum_case`, with or without the duplicate-value check of a backed enum (`cases()`
    /// does not update the class constants, so it does not check).
    fn enum_case_of(
        &mut self,
        ce: &Rc<ClassEntry>,
        name: &[u8],
        check: bool,
    ) -> Result<Zval, Flow> {
        let v = vmc(ce);
        if !check || v.backed_checked.get() || v.enum_backing.is_none() {
            if let Some((_, o)) = v.cases.borrow().iter().find(|(n, _)| n.as_bytes() == name) {
                return Ok(Zval::Obj(o.clone()));
            }
        }
        if !v.case_decls.iter().any(|(n, _)| n.as_bytes() == name) {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Undefined constant {}::{}",
                    ce.name.to_string_lossy(),
                    String::from_utf8_lossy(name)
                ),
            ));
        }
        // A case's object is made the first time its constant is read; the first read of a
        // backed enum's constants (a case, from(), tryFrom()) makes every case, in
        // declaration order, as PHP's update of the class constants does.
        let all = check && v.enum_backing.is_some();
        let decls = v.case_decls.clone();
        for (i, (cname, thunk)) in decls.into_iter().enumerate() {
            if (!all && cname.as_bytes() != name)
                || vmc(ce).cases.borrow().iter().any(|(n, _)| *n == cname)
            {
                continue;
            }
            let o = ZObj::new(ce.clone());
            if let Some(s) = prop_slot(&o, b"name") {
                o.set_slot(s, Zval::Str(ZStr::interned(cname.as_bytes())));
            }
            if let Some(t) = thunk {
                let val = self.eval_thunk(&t, Some(ce.clone()))?;
                if let Some(s) = prop_slot(&o, b"value") {
                    o.set_slot(s, val);
                }
            }
            vmc(ce).cases.borrow_mut().push((cname, o));
            // The evaluated constant expression goes.
            let ast = vmc(ce)
                .case_asts
                .borrow_mut()
                .get_mut(i)
                .and_then(Option::take);
            drop(ast);
        }
        // A backed enum's case values are checked for duplicates (each use fails again).
        if check && vmc(ce).enum_backing.is_some() && !vmc(ce).backed_checked.get() {
            let dup = {
                let cases = vmc(ce).cases.borrow();
                let value = |o: &ZObj| prop_slot(o, b"value").map(|s| o.slot(s));
                let mut dup = None;
                'outer: for j in 0..cases.len() {
                    for i in 0..j {
                        if let (Some(a), Some(b)) = (value(&cases[i].1), value(&cases[j].1)) {
                            if memphis_values::convert::strict_eq(&a, &b) {
                                dup = Some((cases[i].0.clone(), cases[j].0.clone()));
                                break 'outer;
                            }
                        }
                    }
                }
                dup
            };
            if dup.is_none() {
                vmc(ce).backed_checked.set(true);
                self.build_backed_table(ce);
            }
            if let Some((a, b)) = dup {
                return Err(self.throw_error(
                    "Error",
                    format!(
                        "Duplicate value in enum {} for cases {} and {}",
                        ce.name.to_string_lossy(),
                        a,
                        b
                    ),
                ));
            }
        }
        let found = vmc(ce)
            .cases
            .borrow()
            .iter()
            .find(|(n, _)| n.as_bytes() == name)
            .map(|(_, o)| o.clone());
        Ok(found.map(Zval::Obj).unwrap_or(Zval::Null))
    }

    /// Builds a backed enum's table from backing value to case name (once; its blocks are
    /// PHP's `backed_enum_table`).
    fn build_backed_table(&mut self, ce: &Rc<ClassEntry>) {
        let v = vmc(ce);
        if v.backed_table.borrow().is_some() {
            return;
        }
        let mut t = ZArr::new();
        for (name, o) in v.cases.borrow().iter() {
            let Some(s) = prop_slot(o, b"value") else {
                continue;
            };
            let key = match o.slot(s) {
                Zval::Long(i) => Key::Int(i),
                Zval::Str(s) => Key::from_zstr(&s),
                _ => continue,
            };
            t.insert(key, Zval::Str(ZStr::interned(name.as_bytes())));
        }
        *v.backed_table.borrow_mut() = Some(t);
    }

    /// All cases of an enum, in declaration order.
    pub(crate) fn enum_cases(&mut self, ce: &Rc<ClassEntry>) -> Result<Vec<Zval>, Flow> {
        let names: Vec<Rc<str>> = vmc(ce).case_decls.iter().map(|(n, _)| n.clone()).collect();
        let mut out = Vec::new();
        for n in names {
            out.push(self.enum_case_of(ce, n.as_bytes(), false)?);
        }
        Ok(out)
    }

    /// Finds a method by lowercase name.
    pub(crate) fn find_method(ce: &ClassEntry, lcname: &[u8]) -> Option<Rc<Method>> {
        vmc(ce).methods.get(lcname).cloned()
    }

    /// Static property cell.
    pub(crate) fn static_prop(&mut self, ce: &Rc<ClassEntry>, name: &[u8]) -> Result<ZRef, Flow> {
        init_statics(ce);
        match vmc(ce).statics.get(name) {
            Some((r, flags, decl, _)) => {
                if flags & (acc::PRIVATE | acc::PROTECTED) != 0 {
                    let scope = self.frames.last().and_then(|f| f.scope.clone());
                    let ok = match &scope {
                        Some(s) => {
                            if flags & acc::PRIVATE != 0 {
                                s.name.as_bytes() == decl.as_bytes()
                            } else {
                                instance_of(s, ce) || instance_of(ce, s)
                            }
                        }
                        None => false,
                    };
                    if !ok {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Cannot access {} property {}::${}",
                                visibility_name(*flags),
                                ce.name.to_string_lossy(),
                                String::from_utf8_lossy(name)
                            ),
                        ));
                    }
                }
                Ok(r.clone())
            }
            None => Err(self.throw_error(
                "Error",
                format!(
                    "Access to undeclared static property {}::${}",
                    ce.name.to_string_lossy(),
                    String::from_utf8_lossy(name)
                ),
            )),
        }
    }
}

/// Allocates PHP's table of `ce`'s static members the first time one is used
/// (`zend_class_init_statics`: the parent's first, then 16 bytes per static member).
#[inline]
pub(crate) fn init_statics(ce: &ClassEntry) {
    let v = vmc(ce);
    if v.statics.is_empty() || v.statics_table.borrow().is_some() {
        return;
    }
    if let Some(p) = &ce.parent {
        init_statics(p);
    }
    let block = memphis_mm::OwnedBlock::new(16 * v.statics.len());
    *v.statics_table.borrow_mut() = Some(block);
}

/// The block PHP allocates for an instance of an internal class whose C structure embeds
/// more than `zend_object` (0: a plain object). Sizes are the small bins the oracle shows.
fn internal_object_size(name: &str) -> usize {
    match name {
        // spl_array_object
        "ArrayObject" | "ArrayIterator" | "RecursiveArrayIterator" => 160,
        // reflection_object
        "ReflectionClass" => 96,
        // reflection_object with its two properties (name, class)
        "ReflectionMethod" | "ReflectionProperty" => 112,
        // zend_weakref (the referent pointer before the object, no property slot)
        "WeakReference" => 48,
        // php_date_obj (its timelib time is a separate block: `__memphis_engine_block`)
        "DateTime" | "DateTimeImmutable" => 64,
        // spl_dual_it_object (its exact size: a subclass adds its own properties to it)
        "IteratorIterator"
        | "FilterIterator"
        | "CallbackFilterIterator"
        | "LimitIterator"
        | "InfiniteIterator"
        | "NoRewindIterator"
        | "AppendIterator" => 240,
        _ => 0,
    }
}
