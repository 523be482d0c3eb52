//! memphis-gc — the refcount header every refcounted PHP value starts with.
//!
//! Zend gives every refcounted block (`zend_refcounted_h`) 8 bytes: a 32-bit reference count
//! and 32 bits of `type_info` — the value type in the low 4 bits, flags in bits 4–9 and, in the
//! upper 22 bits, the collector's information (root-buffer slot and colour). Memphis keeps the
//! same header so that the cycle collector (possible roots, trial deletion) can grow inside it.

use std::cell::Cell;

/// Type codes stored in the low 4 bits of `type_info` (Zend's `IS_*`).
pub mod type_code {
    /// `IS_STRING`.
    pub const STRING: u32 = 6;
    /// `IS_ARRAY`.
    pub const ARRAY: u32 = 7;
    /// `IS_OBJECT`.
    pub const OBJECT: u32 = 8;
    /// `IS_REFERENCE`.
    pub const REFERENCE: u32 = 10;
}

/// Flags in bits 4–9 of `type_info`.
pub mod flags {
    /// The value is never collected (strings, references).
    pub const NOT_COLLECTABLE: u32 = 1 << 4;
    /// Recursion guard used while printing or comparing.
    pub const PROTECTED: u32 = 1 << 5;
    /// Immutable: shared, never refcounted or freed (interned strings, the empty array).
    pub const IMMUTABLE: u32 = 1 << 6;
    /// Interned string (`IS_STR_INTERNED`).
    pub const INTERNED: u32 = 1 << 7;
    /// Object: destructor already called (`IS_OBJ_DESTRUCTOR_CALLED`).
    pub const DESTRUCTOR_CALLED: u32 = 1 << 8;
    /// Object: class has a destructor that has not run yet.
    pub const HAS_DESTRUCTOR: u32 = 1 << 9;
}

/// `zend_refcounted_h`: the 8-byte header of every refcounted block.
#[repr(C)]
#[derive(Debug)]
pub struct GcHeader {
    refcount: Cell<u32>,
    type_info: Cell<u32>,
}

impl GcHeader {
    /// A header with refcount 1 for a value of type `code` with `flags`.
    pub const fn new(code: u32, flags: u32) -> GcHeader {
        GcHeader {
            refcount: Cell::new(1),
            type_info: Cell::new(code | flags),
        }
    }

    /// Current reference count.
    #[inline]
    pub fn refcount(&self) -> u32 {
        self.refcount.get()
    }

    /// Sets the reference count (used when a destructor holds an object temporarily).
    #[inline]
    pub fn set_refcount(&self, rc: u32) {
        self.refcount.set(rc)
    }

    /// Adds a reference; returns the new count.
    #[inline]
    pub fn addref(&self) -> u32 {
        let rc = self.refcount.get().wrapping_add(1);
        self.refcount.set(rc);
        rc
    }

    /// Drops a reference; returns the new count.
    #[inline]
    pub fn delref(&self) -> u32 {
        let rc = self.refcount.get().wrapping_sub(1);
        self.refcount.set(rc);
        rc
    }

    /// Whole `type_info` word.
    #[inline]
    pub fn type_info(&self) -> u32 {
        self.type_info.get()
    }

    /// Whether any of `f` is set.
    #[inline]
    pub fn has(&self, f: u32) -> bool {
        self.type_info.get() & f != 0
    }

    /// Sets flags `f`.
    #[inline]
    pub fn set(&self, f: u32) {
        self.type_info.set(self.type_info.get() | f)
    }

    /// Clears flags `f`.
    #[inline]
    pub fn clear(&self, f: u32) {
        self.type_info.set(self.type_info.get() & !f)
    }
}
