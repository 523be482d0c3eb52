//! PCRE (`ext/pcre`).
use crate::Builtin;

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[];

/// Constants of this group.
pub static CONSTANTS: &[(&str, i64)] = &[];
