//! Formatted output: the printf family and number_format (`ext/standard/formatted_print.c`,
//! `math.c`).

use crate::Builtin;

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[];
