//! Output helpers that need no engine state beyond `echo` (printf family lives in string).

use crate::Builtin;

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[];
