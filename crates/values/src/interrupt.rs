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

/// Whether work is pending, without clearing the flag.
#[inline(always)]
pub fn raised() -> bool {
    FLAG.with(|f| f.get())
}

/// Whether work is pending; clears the flag (the VM then checks each source).
#[inline(always)]
pub fn take() -> bool {
    FLAG.with(|f| {
        if f.get() {
            f.set(false);
            true
        } else {
            false
        }
    })
}

/// Passes an allocation result through, raising the flag when it went past `memory_limit`.
#[inline]
pub(crate) fn checked<T>(r: T) -> T {
    if memphis_mm::limit_hit() {
        raise();
    }
    r
}
