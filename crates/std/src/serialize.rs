//! serialize (`ext/standard/var.c`).
use crate::Builtin;

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[];
