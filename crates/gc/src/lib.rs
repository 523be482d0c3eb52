//! memphis-gc — the refcount header every refcounted PHP value starts with, and PHP's cycle
//! collector.
//!
//! Zend gives every refcounted block (`zend_refcounted_h`) 8 bytes: a 32-bit reference count
//! and 32 bits of `type_info` — the value type in the low 4 bits, flags in bits 4–9 and, in the
//! upper 22 bits, the collector's information (a 20-bit root-buffer slot and a 2-bit colour).
//! Memphis keeps the same header, and [`collector`] is PHP 8.4's synchronous cycle collector
//! over it: possible roots in a root buffer, trial deletion (mark grey, scan, collect white),
//! destructors first, then freeing. The collector knows nodes and their children only through
//! the [`collector::Heap`] trait, which the values layer implements.

use std::cell::Cell;
use std::ptr::NonNull;

pub mod collector;
#[cfg(test)]
mod tests;

/// A refcounted block as the collector sees it: a pointer to its header.
pub type Node = NonNull<GcHeader>;

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
    /// `IS_NULL`: what the collector turns garbage into while it frees it, so that releases
    /// reaching zero on the way do nothing (the collector frees the block itself).
    pub const NULL: u32 = 1;
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
    /// Object: some WeakReference or WeakMap refers to it (`IS_OBJ_WEAKLY_REFERENCED`; shares
    /// its bit with [`INTERNED`], which only strings use, as in Zend).
    pub const WEAKLY_REFERENCED: u32 = 1 << 7;
}

/// Shift of the collector's information (slot and colour) inside `type_info`.
const INFO_SHIFT: u32 = 10;
/// Root-buffer slot bits of the information (`GC_ADDRESS`).
pub const INFO_ADDRESS: u32 = 0x0f_ffff;
/// Colour bits of the information (`GC_COLOR`).
pub const INFO_COLOR: u32 = 0x30_0000;

/// The collector's colours, as stored in the information bits.
pub mod color {
    /// In use or free (must be zero).
    pub const BLACK: u32 = 0;
    /// Member of a garbage cycle.
    pub const WHITE: u32 = 0x10_0000;
    /// Possible member of a cycle.
    pub const GREY: u32 = 0x20_0000;
    /// Possible root of a cycle.
    pub const PURPLE: u32 = 0x30_0000;
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

    /// The type code (low 4 bits).
    #[inline]
    pub fn type_code(&self) -> u32 {
        self.type_info.get() & 0xf
    }

    /// Replaces the type code (the collector retypes garbage to [`type_code::NULL`]).
    #[inline]
    pub fn set_type_code(&self, code: u32) {
        self.type_info.set((self.type_info.get() & !0xf) | code)
    }

    /// The collector's information: root-buffer slot and colour (`GC_INFO`); 0 when the
    /// block is black and not buffered.
    #[inline]
    pub fn info(&self) -> u32 {
        self.type_info.get() >> INFO_SHIFT
    }

    /// Replaces the collector's information.
    #[inline]
    pub fn set_info(&self, info: u32) {
        self.type_info
            .set((self.type_info.get() & ((1 << INFO_SHIFT) - 1)) | (info << INFO_SHIFT))
    }

    /// The root-buffer slot (0: not buffered).
    #[inline]
    pub fn address(&self) -> u32 {
        self.info() & INFO_ADDRESS
    }

    /// The colour (one of [`color`]).
    #[inline]
    pub fn color(&self) -> u32 {
        self.info() & INFO_COLOR
    }

    /// Sets the colour, keeping the slot.
    #[inline]
    pub fn set_color(&self, c: u32) {
        self.set_info((self.info() & !INFO_COLOR) | c)
    }

    /// Whether a drop to a non-zero count should make this block a possible root: nothing
    /// buffered yet, black, and collectable (`GC_MAY_LEAK`).
    #[inline]
    pub fn may_leak(&self) -> bool {
        self.type_info.get()
            & ((u32::MAX << INFO_SHIFT) | flags::NOT_COLLECTABLE | flags::IMMUTABLE)
            == 0
    }
}
