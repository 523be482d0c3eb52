//! One flag the VM polls between instructions: something (a due destructor, a memory-limit
//! failure) needs the engine's attention before the script goes on.

use std::cell::Cell;

thread_local! {
    static FLAG: Cell<bool> = const { Cell::new(false) };
}

/// Asks the VM to look at pending work before the next instruction.
#[inline]
pub fn raise() {
    FLAG.with(|f| f.set(true));
}

/// Whether work is pending; clears the flag (the VM then checks each source).
#[inline]
pub fn take() -> bool {
    FLAG.with(|f| f.replace(false)) || memphis_mm::limit_hit()
}
