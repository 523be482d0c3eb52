//! Date and time (`ext/date`, `ext/standard/microtime.c`).
use crate::Builtin;

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[];
