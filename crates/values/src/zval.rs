//! The zval: a 16-byte PHP value. Scalars live inline; strings, arrays, objects and references
//! are handles to refcounted blocks in the PHP heap.

use crate::{ZArr, ZObj, ZRef, ZRes, ZStr};

/// A PHP value.
///
/// The tag is a full word so that the payload always sits at offset 8: moving a zval (or a
/// `Result` holding one, which shares the tag through its niche) is then two aligned words,
/// where a byte tag made the compiler copy bytes 1..16 in unaligned pieces that stalled
/// store-to-load forwarding in the dispatch loop.
#[derive(Clone, Debug, Default)]
#[repr(u64)]
pub enum Zval {
    /// `IS_UNDEF`: an unset slot (never visible to PHP code as a value).
    #[default]
    Undef,
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// `int`.
    Long(i64),
    /// `float`.
    Double(f64),
    /// `string`.
    Str(ZStr),
    /// `array`.
    Arr(ZArr),
    /// `object`.
    Obj(ZObj),
    /// A PHP reference (`&`) shared by several slots.
    Ref(ZRef),
    /// `resource` (streams and the like).
    Res(ZRes),
}

const _: () = assert!(std::mem::size_of::<Zval>() == 16);

/// One bit per kind of value, as [`Zval::kind_bit`] gives them: a set of kinds (the values a
/// declared type takes as they are) is tested against a value in one instruction.
pub mod kind {
    /// `null`.
    pub const NULL: u16 = 1 << 1;
    /// `true`/`false`.
    pub const BOOL: u16 = 1 << 2;
    /// `int`.
    pub const LONG: u16 = 1 << 3;
    /// `float`.
    pub const DOUBLE: u16 = 1 << 4;
    /// `string`.
    pub const STR: u16 = 1 << 5;
    /// `array`.
    pub const ARR: u16 = 1 << 6;
    /// `object`.
    pub const OBJ: u16 = 1 << 7;
    /// Every kind a plain value (not undefined, not a reference) can have.
    pub const ANY_VALUE: u16 = NULL | BOOL | LONG | DOUBLE | STR | ARR | OBJ | 1 << 9;
}
const _: () = assert!(std::mem::align_of::<Zval>() == 8);

impl Zval {
    /// This value's bit among [`kind`]'s (undefined is bit 0, a reference bit 8, a resource
    /// bit 9).
    #[inline(always)]
    pub fn kind_bit(&self) -> u16 {
        match self {
            Zval::Undef => 1,
            Zval::Null => kind::NULL,
            Zval::Bool(_) => kind::BOOL,
            Zval::Long(_) => kind::LONG,
            Zval::Double(_) => kind::DOUBLE,
            Zval::Str(_) => kind::STR,
            Zval::Arr(_) => kind::ARR,
            Zval::Obj(_) => kind::OBJ,
            Zval::Ref(_) => 1 << 8,
            Zval::Res(_) => 1 << 9,
        }
    }

    /// Whether the value is a handle to a refcounted block.
    #[inline]
    pub fn is_refcounted(&self) -> bool {
        matches!(
            self,
            Zval::Str(_) | Zval::Arr(_) | Zval::Obj(_) | Zval::Ref(_) | Zval::Res(_)
        )
    }

    /// Whether this is `IS_UNDEF`.
    #[inline]
    pub fn is_undef(&self) -> bool {
        matches!(self, Zval::Undef)
    }

    /// Whether this is null (or undef, which reads as null).
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Zval::Null | Zval::Undef)
    }

    /// A string value from bytes.
    pub fn str(b: &[u8]) -> Zval {
        Zval::Str(ZStr::new(b))
    }

    /// The value behind a reference (a copy), or a copy of the value itself.
    #[inline]
    pub fn deref(&self) -> Zval {
        match self {
            Zval::Ref(r) => r.get(),
            v => v.clone(),
        }
    }

    /// Runs `f` on the dereferenced value without copying it.
    #[inline]
    pub fn with_deref<R>(&self, f: impl FnOnce(&Zval) -> R) -> R {
        match self {
            Zval::Ref(r) => r.with(f),
            v => f(v),
        }
    }

    /// Stores the value into `out` and returns what `out` held. The copy is made as two word
    /// loads and stores: a 16-byte copy of a value just written in two halves (as a freshly
    /// built zval is) cannot be forwarded from the store buffer and stalls the pipeline, which
    /// the compiler's own copy of a zval does on every slot write of the dispatch loop.
    #[inline(always)]
    pub fn replace_into(self, out: &mut Zval) -> Zval {
        let src = std::mem::ManuallyDrop::new(self);
        let s = &*src as *const Zval as *const std::mem::MaybeUninit<u64>;
        let d = out as *mut Zval as *mut std::mem::MaybeUninit<u64>;
        // SAFETY: `Zval` is 16 bytes with 8-byte alignment (asserted above), so both are two
        // aligned words; words are copied as `MaybeUninit` (a payload may be uninitialised).
        // `old` takes over `out`'s value and `out` takes over `self`'s (not dropped: it is in
        // `ManuallyDrop`), so every handle keeps exactly one owner. The volatile reads keep
        // the two word loads from being merged back into one wide load.
        unsafe {
            let old = std::ptr::read(out);
            let lo = std::ptr::read_volatile(s);
            let hi = std::ptr::read_volatile(s.add(1));
            d.write(lo);
            d.add(1).write(hi);
            old
        }
    }

    /// Stores the value into `out` without reading or releasing what `out` held (for a slot
    /// known to hold no handle; one there would leak), as two word stores for the reason given
    /// at [`Zval::replace_into`].
    #[inline(always)]
    pub fn overwrite(self, out: &mut Zval) {
        let src = std::mem::ManuallyDrop::new(self);
        let s = &*src as *const Zval as *const std::mem::MaybeUninit<u64>;
        let d = out as *mut Zval as *mut std::mem::MaybeUninit<u64>;
        // SAFETY: as in `replace_into`: two aligned words each side, copied as `MaybeUninit`;
        // `out`'s old value is overwritten without a drop (a leak at worst, never a double
        // release) and `self` moves into `out` (it is in `ManuallyDrop`).
        unsafe {
            let lo = std::ptr::read_volatile(s);
            let hi = std::ptr::read_volatile(s.add(1));
            d.write(lo);
            d.add(1).write(hi);
        }
    }

    /// Stores a value computed in registers (a scalar just made) into `out` as two full-word
    /// stores, without going through memory first and without reading or releasing what `out`
    /// held (it must hold no handle; one there would leak). Full words matter: a narrower
    /// store of the tag could not be forwarded to the next instruction's word load of it.
    #[inline(always)]
    pub fn overwrite_fresh(self, out: &mut Zval) {
        let src = std::mem::ManuallyDrop::new(self);
        // SAFETY: `Zval` is two words (asserted above); the value is reinterpreted as them
        // (its payload word may be uninitialised, hence `MaybeUninit`) and moved into `out`,
        // whose old value is overwritten without a drop (a leak at worst, never a double
        // release).
        unsafe {
            let w: [std::mem::MaybeUninit<u64>; 2] = std::mem::transmute_copy(&*src);
            let d = out as *mut Zval as *mut std::mem::MaybeUninit<u64>;
            d.write(w[0]);
            d.add(1).write(w[1]);
        }
    }

    /// Pushes the value on a stack of zvals, copied as two words for the reason given at
    /// [`Zval::replace_into`] (an argument pushed by the dispatch loop is such a fresh value).
    #[inline(always)]
    pub fn push_onto(self, stack: &mut Vec<Zval>) {
        stack.reserve(1);
        let len = stack.len();
        let src = std::mem::ManuallyDrop::new(self);
        let s = &*src as *const Zval as *const std::mem::MaybeUninit<u64>;
        let d = stack.spare_capacity_mut().as_mut_ptr() as *mut std::mem::MaybeUninit<u64>;
        // SAFETY: one slot of spare capacity was reserved above, so `d` points at 16 writable
        // bytes with the alignment of a `Zval` (two aligned words); the value's two words are
        // copied as in `replace_into` and the value itself is not dropped (`ManuallyDrop`), so
        // its handle, if any, moves to the stack with exactly one owner. The length then
        // covers the initialised slot.
        unsafe {
            let lo = std::ptr::read_volatile(s);
            let hi = std::ptr::read_volatile(s.add(1));
            d.write(lo);
            d.add(1).write(hi);
            stack.set_len(len + 1);
        }
    }

    /// Consumes the value, unwrapping a reference into a copy of its content.
    #[inline]
    pub fn into_deref(self) -> Zval {
        match self {
            Zval::Ref(r) => r.get(),
            v => v,
        }
    }

    /// PHP's type name as `gettype()` prints it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Zval::Undef | Zval::Null => "NULL",
            Zval::Bool(_) => "boolean",
            Zval::Long(_) => "integer",
            Zval::Double(_) => "double",
            Zval::Str(_) => "string",
            Zval::Arr(_) => "array",
            Zval::Obj(_) => "object",
            Zval::Res(r) => {
                if r.kind() == "Unknown" {
                    "resource (closed)"
                } else {
                    "resource"
                }
            }
            Zval::Ref(r) => r.with(|v| v.type_name()),
        }
    }

    /// Identity of the refcounted block, if any.
    pub fn block_ptr(&self) -> Option<*const u8> {
        match self {
            Zval::Str(s) => Some(s.as_ptr()),
            Zval::Arr(a) => Some(a.as_ptr()),
            Zval::Obj(o) => Some(o.as_ptr()),
            Zval::Ref(r) => Some(r.as_ptr()),
            Zval::Res(r) => Some(r.as_ptr()),
            _ => None,
        }
    }
}

impl From<i64> for Zval {
    fn from(v: i64) -> Zval {
        Zval::Long(v)
    }
}
impl From<f64> for Zval {
    fn from(v: f64) -> Zval {
        Zval::Double(v)
    }
}
impl From<bool> for Zval {
    fn from(v: bool) -> Zval {
        Zval::Bool(v)
    }
}
impl From<ZStr> for Zval {
    fn from(v: ZStr) -> Zval {
        Zval::Str(v)
    }
}
impl From<ZArr> for Zval {
    fn from(v: ZArr) -> Zval {
        Zval::Arr(v)
    }
}
impl From<ZObj> for Zval {
    fn from(v: ZObj) -> Zval {
        Zval::Obj(v)
    }
}
impl From<&str> for Zval {
    fn from(v: &str) -> Zval {
        Zval::Str(ZStr::new(v.as_bytes()))
    }
}

/// Shortens a stack of zvals to `len`. The common case, a returning frame whose variables were
/// already released, holds only scalars and undefined slots above `len`: those own nothing,
/// so they are forgotten without running the drop glue over each one.
#[inline]
pub fn truncate_stack(stack: &mut Vec<Zval>, len: usize) {
    match stack.get(len..) {
        Some(rest) if rest.iter().all(|z| !z.is_refcounted()) => {
            // SAFETY: `len` is within the vector (the range exists), so this only shortens it,
            // and the elements cut off hold no handles: forgetting them frees nothing twice
            // and leaks nothing.
            unsafe { stack.set_len(len) }
        }
        _ => stack.truncate(len),
    }
}

/// A copy of `v`: a handle with its count raised, a scalar as its two words (no match over
/// every kind, as the derived `clone` makes).
#[inline(always)]
pub fn copy_of(v: &Zval) -> Zval {
    if v.is_refcounted() {
        v.clone()
    } else {
        // SAFETY: a value that is no handle owns nothing, so its bitwise copy is a whole
        // value of its own with nothing shared between the two.
        unsafe { std::ptr::read(v) }
    }
}

/// A copy of `v` when it is a defined value holding no handle (null, a bool, an int, a
/// float): its two words. `None` for anything else. (The scalar loop keeps its own copy by
/// variant, `scalar::scalar`: measured, either one in the other's place cost 1-1.5%.)
#[inline(always)]
pub fn scalar_copy(v: &Zval) -> Option<Zval> {
    if matches!(
        v,
        Zval::Null | Zval::Bool(_) | Zval::Long(_) | Zval::Double(_)
    ) {
        // SAFETY: such a value owns nothing, so its bitwise copy is a whole value of its own.
        Some(unsafe { std::ptr::read(v) })
    } else {
        None
    }
}

/// Appends a copy of each of `src`'s values to `dst` (a handle with its count raised, a
/// scalar as its two words): the record of a builtin call's arguments kept for stack traces.
#[inline]
pub fn extend_copies(dst: &mut Vec<Zval>, src: &[Zval]) {
    dst.reserve(src.len());
    for v in src {
        dst.push(copy_of(v));
    }
}

/// Lengthens a stack of zvals to `len` with undefined slots (a called function's variables);
/// does nothing when it is that long already.
#[inline(always)]
pub fn extend_undef(stack: &mut Vec<Zval>, len: usize) {
    let n = len.saturating_sub(stack.len());
    if n == 0 {
        return;
    }
    stack.reserve(n);
    let p = stack.spare_capacity_mut().as_mut_ptr().cast::<[u64; 2]>();
    // SAFETY: `n` slots of spare capacity were reserved above; each is written whole with
    // zeros, which is `Zval::Undef` (a `repr(u64)` enum's tag is its first word, and `Undef`
    // is the first variant, tag 0; its payload word is unused). The length then covers
    // exactly the slots written.
    unsafe {
        for i in 0..n {
            p.add(i).write([0, 0]);
        }
        stack.set_len(len)
    }
}

/// Index of the first handle among `vals` (`vals.len()` when there is none): a returning
/// frame's slots mostly hold scalars by then, so they are checked four to a branch.
#[inline(always)]
pub fn first_refcounted(vals: &[Zval]) -> usize {
    let mut quads = vals.chunks_exact(4);
    let mut i = 0;
    for q in quads.by_ref() {
        if q[0].is_refcounted() | q[1].is_refcounted() | q[2].is_refcounted() | q[3].is_refcounted()
        {
            break;
        }
        i += 4;
    }
    vals[i..]
        .iter()
        .position(Zval::is_refcounted)
        .map_or(vals.len(), |k| i + k)
}

/// Shortens a stack of zvals to `len` without releasing what lies above it: for slots the
/// caller has already emptied of handles (a handle left there would leak, never be freed
/// twice).
#[inline(always)]
pub fn truncate_released(stack: &mut Vec<Zval>, len: usize) {
    if len < stack.len() {
        debug_assert!(stack[len..].iter().all(|z| !z.is_refcounted()));
        // SAFETY: `len` is below the length, so this only shortens the vector; what is cut
        // off is forgotten, which is memory-safe whatever it holds.
        unsafe { stack.set_len(len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_onto_moves_the_value() {
        let s = crate::ZStr::new("abc".repeat(10).as_bytes());
        let mut v = Vec::new();
        Zval::Str(s.clone()).push_onto(&mut v);
        Zval::Long(7).push_onto(&mut v);
        assert_eq!(v.len(), 2);
        assert!(matches!(&v[0], Zval::Str(x) if x.as_bytes() == s.as_bytes()));
        assert!(matches!(v[1], Zval::Long(7)));
        drop(v);
        drop(s);
    }

    #[test]
    fn copies_share_handles_and_clear_releases_them() {
        let s = crate::ZStr::new("abc".repeat(10).as_bytes());
        let src = vec![Zval::Str(s.clone()), Zval::Long(3), Zval::Null];
        let mut rec = Vec::new();
        extend_copies(&mut rec, &src);
        assert_eq!(rec.len(), 3);
        assert_eq!(s.refcount(), 3);
        assert!(matches!(rec[1], Zval::Long(3)));
        crate::gc::clear_nogc(&mut rec);
        assert!(rec.is_empty());
        assert_eq!(s.refcount(), 2);
        drop(src);
        assert_eq!(s.refcount(), 1);
    }

    #[test]
    fn truncate_released_cuts_without_dropping() {
        let mut v = vec![Zval::Long(1), Zval::Null, Zval::Undef];
        truncate_released(&mut v, 1);
        assert_eq!(v.len(), 1);
        truncate_released(&mut v, 3);
        assert_eq!(v.len(), 1);
    }

    #[test]
    fn extend_undef_fills_undefined_slots() {
        let mut v = vec![Zval::Long(1)];
        extend_undef(&mut v, 4);
        assert_eq!(v.len(), 4);
        assert!(matches!(v[0], Zval::Long(1)));
        assert!(v[1..].iter().all(|z| z.is_undef()));
        extend_undef(&mut v, 2);
        assert_eq!(v.len(), 4);
    }

    #[test]
    fn first_refcounted_finds_the_first_handle() {
        let s = crate::ZStr::new("abc".repeat(10).as_bytes());
        for len in 0..11 {
            for at in 0..=len {
                let mut v: Vec<Zval> = (0..len).map(|i| Zval::Long(i as i64)).collect();
                if at < len {
                    v[at] = Zval::Str(s.clone());
                    if at + 2 < len {
                        v[at + 2] = Zval::Str(s.clone());
                    }
                }
                assert_eq!(first_refcounted(&v), at.min(len));
            }
        }
    }

    #[test]
    fn extend_undef_fills_odd_and_even_counts() {
        for n in 0..7 {
            let mut v = vec![Zval::Long(9)];
            extend_undef(&mut v, 1 + n);
            assert_eq!(v.len(), 1 + n);
            assert!(v[1..].iter().all(|z| z.is_undef()));
        }
    }

    #[test]
    fn truncate_stack_drops_handles_and_forgets_scalars() {
        let s = crate::ZStr::new("abc".repeat(10).as_bytes());
        let mut v = vec![Zval::Long(1), Zval::Undef, Zval::Double(2.0), Zval::Null];
        truncate_stack(&mut v, 1);
        assert_eq!(v.len(), 1);
        v.push(Zval::Str(s.clone()));
        v.push(Zval::Bool(true));
        truncate_stack(&mut v, 1);
        assert_eq!(v.len(), 1);
        truncate_stack(&mut v, 5);
        assert_eq!(v.len(), 1);
        assert!(matches!(v[0], Zval::Long(1)));
        drop(s);
    }

    #[test]
    fn concat_writes_both_parts_into_one_string() {
        let s = crate::ZStr::concat(b"hello, ", b"world");
        assert_eq!(s.as_bytes(), b"hello, world");
        assert_eq!(crate::ZStr::concat(b"", b"x").as_bytes(), b"x");
        assert_eq!(crate::ZStr::concat(b"", b"").as_bytes(), b"");
        let mut buf = [0u8; 20];
        assert_eq!(
            crate::convert::itoa(i64::MIN, &mut buf),
            b"-9223372036854775808"
        );
        assert_eq!(crate::convert::itoa(0, &mut buf), b"0");
    }

    #[test]
    fn replace_into_moves_handles_once() {
        let s = crate::ZStr::new("xyz".repeat(10).as_bytes());
        let mut slot = Zval::Str(s.clone());
        let old = Zval::Long(7).replace_into(&mut slot);
        assert!(matches!(old, Zval::Str(_)));
        assert!(matches!(slot, Zval::Long(7)));
        let old2 = old.replace_into(&mut slot);
        assert!(matches!(old2, Zval::Long(7)));
        assert!(matches!(&slot, Zval::Str(x) if x.as_bytes() == s.as_bytes()));
        let old3 = Zval::Null.replace_into(&mut slot);
        drop(old3);
        assert!(matches!(slot, Zval::Null));
    }
}
