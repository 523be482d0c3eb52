//! memphis-compiler — PHP 8.4 source to bytecode.
//!
//! The front end is php-rs-parser (pinned `=0.28.0`); this crate turns its AST into
//! [`bytecode::Function`]s: one per function, method, closure and file, each with its compiled
//! variables, temporaries, literal table and try regions. The compiler knows no run-time state:
//! names are resolved (namespaces, `use` imports) but looked up by the VM.
//!
//! PHP strings are bytes, the parser's source is `str`: bytes that are not UTF-8 are carried
//! through the parser as private-use characters and restored in every string literal
//! ([`source::restore`]), so they survive byte-exact.

pub mod bytecode;
mod emit;
mod export;
mod parse_error;
pub mod source;

pub use bytecode::*;

use std::rc::Rc;

/// Why a file did not compile.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// `true` for a parse error (`Parse error: …`), `false` for a compile-time fatal error.
    pub parse: bool,
    /// PHP's message (without "Parse error: " and location).
    pub message: String,
    /// Line of the error.
    pub line: u32,
}

thread_local! {
    /// The `precision` setting literal floats are folded into strings with.
    static FOLD_PRECISION: std::cell::Cell<i32> = const { std::cell::Cell::new(14) };
}

/// Sets the `precision` the compiler converts literal floats to strings with when it folds
/// a concatenation (PHP folds with the setting in force when the file is compiled).
pub fn set_fold_precision(p: i32) {
    FOLD_PRECISION.with(|c| c.set(p));
}

pub(crate) fn fold_precision() -> i32 {
    FOLD_PRECISION.with(|c| c.get())
}

thread_local! {
    /// `zend.assertions` as the compiler sees it: below 0, `assert()` calls are not compiled.
    static ASSERTIONS: std::cell::Cell<i64> = const { std::cell::Cell::new(1) };
}

/// Sets the `zend.assertions` mode files are compiled with (PHP reads it when compiling each
/// `assert()`: at -1 the call is left out altogether).
pub fn set_assertions(mode: i64) {
    ASSERTIONS.with(|c| c.set(mode));
}

pub(crate) fn assertions() -> i64 {
    ASSERTIONS.with(|c| c.get())
}

thread_local! {
    /// The engine's constants PHP substitutes when compiling (its persistent ones).
    static CT_CONSTANTS: std::cell::RefCell<std::collections::HashMap<String, memphis_values::Zval>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Gives the compiler the engine's constants it may substitute at compile time, as PHP's
/// compiler substitutes its persistent internal constants (`M_PI`, `E_ALL`, `PHP_VERSION`):
/// scalars only.
pub fn set_ct_constants(consts: Vec<(String, memphis_values::Zval)>) {
    CT_CONSTANTS.with(|c| *c.borrow_mut() = consts.into_iter().collect());
}

/// The value of engine constant `name` (exact case), if the compiler may substitute it.
pub(crate) fn ct_constant(name: &str) -> Option<memphis_values::Zval> {
    CT_CONSTANTS.with(|c| c.borrow().get(name).cloned())
}

/// Compiles a whole file.
pub fn compile_file(src: &[u8], file: &str) -> Result<Unit, CompileError> {
    let text = source::prepare(src);
    let arena = php_rs_parser::bumpalo::Bump::new();
    let opts = php_rs_parser::ParseOptions::default().version(php_rs_parser::PhpVersion::Php84);
    let result = php_rs_parser::parse_arena_with(&arena, &text, &opts);
    let lines = LineMap::new(text.as_bytes());
    if let Some(err) = result.errors.first() {
        return Err(parse_error::convert(err, &result.errors, &text, &lines));
    }
    let file: Rc<str> = Rc::from(file);
    let (main, deprecations) = emit::compile_program(&result.program, &text, file.clone(), &lines)?;
    Ok(Unit {
        main,
        file,
        deprecations,
    })
}

/// Byte offset → line number.
pub struct LineMap {
    starts: Vec<u32>,
}

impl LineMap {
    /// Indexes the line starts of `src`.
    pub fn new(src: &[u8]) -> LineMap {
        let mut starts = vec![0];
        for (i, &b) in src.iter().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineMap { starts }
    }

    /// 1-based line of byte offset `off`.
    pub fn line(&self, off: u32) -> u32 {
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
}
