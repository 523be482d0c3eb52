//! The scalar loop: a small interpreter for the instructions that only move ints, floats, bools
//! and null between slots — arithmetic, comparisons, jumps, `++`/`--`, compound and plain
//! assignment of numbers. Such instructions neither allocate nor release a refcounted value, so
//! nothing can happen between them that the general loop must see (no memory-limit error, no
//! destructor, no collector run, no warning): they are run here, in a function small enough for
//! its state (instruction pointer, slots, literals) to live in registers, and the general loop
//! takes over at the first instruction this one does not handle.

use memphis_compiler::bytecode::{BinOp, Function, Op, Operand, SOp, UnOp, NO_CV};
use memphis_values::Zval;

/// Writes a scalar over a slot that holds no refcounted value: nothing to release, so no
/// drop glue, and the two words are stored directly.
#[inline(always)]
fn set(slot: &mut Zval, v: Zval) {
    v.overwrite_fresh(slot);
}

/// A scalar copied out (`None` for anything holding a handle, or undefined).
#[inline(always)]
fn scalar(v: &Zval) -> Option<Zval> {
    match *v {
        Zval::Null => Some(Zval::Null),
        Zval::Bool(b) => Some(Zval::Bool(b)),
        Zval::Long(i) => Some(Zval::Long(i)),
        Zval::Double(d) => Some(Zval::Double(d)),
        _ => None,
    }
}

/// `x op y` on ints, when it needs no warning or error (division by zero and the like go to
/// the general path).
#[inline(always)]
fn long_op(op: BinOp, x: i64, y: i64) -> Option<Zval> {
    Some(match op {
        BinOp::Add => match x.checked_add(y) {
            Some(v) => Zval::Long(v),
            None => Zval::Double(x as f64 + y as f64),
        },
        BinOp::Sub => match x.checked_sub(y) {
            Some(v) => Zval::Long(v),
            None => Zval::Double(x as f64 - y as f64),
        },
        BinOp::Mul => match x.checked_mul(y) {
            Some(v) => Zval::Long(v),
            None => Zval::Double(x as f64 * y as f64),
        },
        BinOp::Div if y != 0 && !(x == i64::MIN && y == -1) => {
            if x % y == 0 {
                Zval::Long(x / y)
            } else {
                Zval::Double(x as f64 / y as f64)
            }
        }
        BinOp::Mod if y != 0 && y != -1 => Zval::Long(x % y),
        BinOp::Less => Zval::Bool(x < y),
        BinOp::LessEq => Zval::Bool(x <= y),
        BinOp::Greater => Zval::Bool(x > y),
        BinOp::GreaterEq => Zval::Bool(x >= y),
        BinOp::Identical | BinOp::Eq => Zval::Bool(x == y),
        BinOp::NotIdentical | BinOp::NotEq => Zval::Bool(x != y),
        BinOp::Spaceship => Zval::Long((x > y) as i64 - (x < y) as i64),
        BinOp::BitAnd => Zval::Long(x & y),
        BinOp::BitOr => Zval::Long(x | y),
        BinOp::BitXor => Zval::Long(x ^ y),
        // A negative shift is an error (the general path raises it); 64 bits or more shift
        // everything out, as PHP defines it.
        BinOp::Shl if y >= 0 => Zval::Long(if y < 64 { ((x as u64) << y) as i64 } else { 0 }),
        BinOp::Shr if y >= 0 => Zval::Long(if y < 64 { x >> y } else { x >> 63 }),
        _ => return None,
    })
}

/// `x op y` on floats (an int side converted) for the operators that need no conversion
/// rules beyond that; comparisons only when both sides are floats.
#[inline(always)]
fn double_op(op: BinOp, x: f64, y: f64, both: bool) -> Option<Zval> {
    Some(match op {
        BinOp::Add => Zval::Double(x + y),
        BinOp::Sub => Zval::Double(x - y),
        BinOp::Mul => Zval::Double(x * y),
        BinOp::Div if y != 0.0 => Zval::Double(x / y),
        BinOp::Less if both => Zval::Bool(x < y),
        BinOp::LessEq if both => Zval::Bool(x <= y),
        BinOp::Greater if both => Zval::Bool(x > y),
        BinOp::GreaterEq if both => Zval::Bool(x >= y),
        _ => return None,
    })
}

/// `a op b` on ints and floats when the result needs no conversion, warning or error;
/// `None` for anything else (it goes down the general path).
#[inline(always)]
pub(crate) fn arith(op: BinOp, a: &Zval, b: &Zval) -> Option<Zval> {
    match (a, b) {
        (Zval::Long(x), Zval::Long(y)) => long_op(op, *x, *y),
        (Zval::Double(x), Zval::Double(y)) => double_op(op, *x, *y, true),
        (Zval::Long(x), Zval::Double(y)) => double_op(op, *x as f64, *y, false),
        (Zval::Double(x), Zval::Long(y)) => double_op(op, *x, *y as f64, false),
        _ => None,
    }
}

/// An operand read in place: a literal, or a slot of the frame (compiled variable or temporary).
#[inline(always)]
fn operand<'a>(lits: &'a [Zval], slots: &'a [Zval], o: Operand) -> &'a Zval {
    match o.as_lit() {
        Some(l) => &lits[l as usize],
        None => &slots[(o.0 & !Operand::TMP_BIT) as usize],
    }
}

/// Truthiness of a scalar, `None` for anything that needs the general conversion.
#[inline(always)]
fn truth(v: &Zval) -> Option<bool> {
    match v {
        Zval::Bool(b) => Some(*b),
        Zval::Long(n) => Some(*n != 0),
        Zval::Null => Some(false),
        _ => None,
    }
}

/// Whether the instruction at `ip` is of a kind the scalar loop runs (it may still hand it
/// back for its operands).
#[inline(always)]
pub(crate) fn starts(func: &Function, ip: usize) -> bool {
    !matches!(
        func.sops.get(ip),
        Some(SOp::Exit | SOp::Call { .. } | SOp::Return { .. }) | None
    )
}

/// Stores the result of a binary operator in `dst` and returns the next instruction: the one
/// after, or where the jump that follows and tests `dst` goes (PHP's smart branch: one
/// dispatch fewer). `None` when `dst` holds a refcounted value (the general loop releases it).
#[inline(always)]
fn bin_result(sops: &[SOp], slots: &mut [Zval], dst: u32, r: Zval, ip: usize) -> Option<usize> {
    let slot = &mut slots[dst as usize];
    if slot.is_refcounted() {
        return None;
    }
    set(slot, r);
    let next = ip + 1;
    if let Zval::Bool(t) = *slot {
        match sops.get(next) {
            Some(SOp::JmpZ { cond, target }) if *cond == dst => {
                return Some(if t { next + 1 } else { *target as usize });
            }
            Some(SOp::JmpNz { cond, target }) if *cond == dst => {
                return Some(if t { *target as usize } else { next + 1 });
            }
            _ => {}
        }
    }
    Some(next)
}

/// `x op n` for an int literal `n` (the literal on the right).
#[inline(always)]
fn with_int(op: BinOp, x: &Zval, n: i64) -> Option<Zval> {
    match *x {
        Zval::Long(x) => long_op(op, x, n),
        Zval::Double(x) => double_op(op, x, n as f64, false),
        _ => None,
    }
}

/// `x op d` for a float literal `d` (the literal on the right).
#[inline(always)]
fn with_float(op: BinOp, x: &Zval, d: f64) -> Option<Zval> {
    match *x {
        Zval::Long(x) => double_op(op, x as f64, d, false),
        Zval::Double(x) => double_op(op, x, d, true),
        _ => None,
    }
}

/// Stores a scalar in slot `dst` when it holds no refcounted value (a number result, which no
/// jump can test fused; a scalar assigned to a variable): the next instruction, or `None`
/// (the general loop releases what the slot holds).
#[inline(always)]
fn store_scalar(slots: &mut [Zval], dst: u32, r: Zval, ip: usize) -> Option<usize> {
    let slot = &mut slots[dst as usize];
    if slot.is_refcounted() {
        return None;
    }
    set(slot, r);
    Some(ip + 1)
}

/// `a op b` on two slots for `+`, `-`, `*`: ints (overflowing to float) and floats at once,
/// mixed kinds through `arith`.
macro_rules! arith_ss {
    ($slots:ident, $dst:ident, $a:ident, $b:ident, $ip:ident, $op:ident, $checked:ident, $f:tt) => {
        match (&$slots[$a as usize], &$slots[$b as usize]) {
            (Zval::Long(x), Zval::Long(y)) => {
                let r = match x.$checked(*y) {
                    Some(v) => Zval::Long(v),
                    None => Zval::Double(*x as f64 $f *y as f64),
                };
                store_scalar($slots, $dst, r, $ip)
            }
            (Zval::Double(x), Zval::Double(y)) => {
                let r = Zval::Double(*x $f *y);
                store_scalar($slots, $dst, r, $ip)
            }
            (x, y) => arith(BinOp::$op, x, y).and_then(|r| store_scalar($slots, $dst, r, $ip)),
        }
    };
}

/// `a op n` with an int literal for `+`, `-`, `*`.
macro_rules! arith_si {
    ($slots:ident, $dst:ident, $a:ident, $n:ident, $ip:ident, $checked:ident, $f:tt) => {
        match $slots[$a as usize] {
            Zval::Long(x) => {
                let r = match x.$checked($n) {
                    Some(v) => Zval::Long(v),
                    None => Zval::Double(x as f64 $f $n as f64),
                };
                store_scalar($slots, $dst, r, $ip)
            }
            Zval::Double(x) => store_scalar($slots, $dst, Zval::Double(x $f $n as f64), $ip),
            _ => None,
        }
    };
}

/// `a op d` with a float literal for `+`, `-`, `*`.
macro_rules! arith_sd {
    ($slots:ident, $dst:ident, $a:ident, $d:ident, $ip:ident, $f:tt) => {
        match $slots[$a as usize] {
            Zval::Long(x) => store_scalar($slots, $dst, Zval::Double(x as f64 $f $d), $ip),
            Zval::Double(x) => store_scalar($slots, $dst, Zval::Double(x $f $d), $ip),
            _ => None,
        }
    };
}

/// The value of the decoded arithmetic `op` on ints in the frame's `slots` when it is one of
/// the forms arguments are most often computed in (`$n - 1`, `$a + $b`) and stays an int;
/// `None` for anything else (the caller computes it the general way).
#[inline(always)]
pub(crate) fn int_result(op: &SOp, slots: &[Zval]) -> Option<Zval> {
    let long = |i: u32| match slots.get(i as usize) {
        Some(Zval::Long(x)) => Some(*x),
        _ => None,
    };
    let r = match *op {
        SOp::SubSI { a, n, .. } => long(a)?.checked_sub(n),
        SOp::AddSI { a, n, .. } => long(a)?.checked_add(n),
        SOp::AddSS { a, b, .. } => long(a)?.checked_add(long(b)?),
        SOp::SubSS { a, b, .. } => long(a)?.checked_sub(long(b)?),
        _ => None,
    };
    r.map(Zval::Long)
}

/// The one arithmetic or comparison instruction at `ip`, for the general loop (inlined there:
/// no call for a lone instruction before a call or a send), in the forms it meets most;
/// `None`, with nothing done, for any other form or value.
#[inline(always)]
pub(crate) fn one(func: &Function, slots: &mut [Zval], ip: usize) -> Option<usize> {
    match *func.sops.get(ip)? {
        SOp::CmpJmpSI {
            mask,
            jump_if,
            dst,
            a,
            n,
            target,
        } => match slots[a as usize] {
            Zval::Long(x) => cmp_jump(slots, mask, jump_if, dst, x, n, target, ip),
            _ => None,
        },
        SOp::CmpJmpSS {
            mask,
            jump_if,
            dst,
            a,
            b,
            target,
        } => match (&slots[a as usize], &slots[b as usize]) {
            (Zval::Long(x), Zval::Long(y)) => {
                let (x, y) = (*x, *y);
                cmp_jump(slots, mask, jump_if, dst, x, y, target, ip)
            }
            _ => None,
        },
        SOp::AddSI { dst, a, n } => arith_si!(slots, dst, a, n, ip, checked_add, +),
        SOp::SubSI { dst, a, n } => arith_si!(slots, dst, a, n, ip, checked_sub, -),
        SOp::AddSS { dst, a, b } => arith_ss!(slots, dst, a, b, ip, Add, checked_add, +),
        SOp::SubSS { dst, a, b } => arith_ss!(slots, dst, a, b, ip, Sub, checked_sub, -),
        SOp::MulSS { dst, a, b } => arith_ss!(slots, dst, a, b, ip, Mul, checked_mul, *),
        SOp::MulSI { dst, a, n } => arith_si!(slots, dst, a, n, ip, checked_mul, *),
        SOp::ModSI { dst, a, n } => mod_si(slots, dst, a, n, ip),
        SOp::BitAndSI { dst, a, n } => and_si(slots, dst, a, n, ip),
        SOp::AddSD { dst, a, d } => arith_sd!(slots, dst, a, d, ip, +),
        SOp::MulSD { dst, a, d } => arith_sd!(slots, dst, a, d, ip, *),
        _ => None,
    }
}

/// Runs `func` from instruction `ip` over the frame's `slots` while the instructions are scalar
/// ones on scalar values, and returns the index of the first instruction left to the general
/// loop (`ip` itself when the first one is).
#[inline(never)]
pub(crate) fn run(func: &Function, slots: &mut [Zval], ip: usize) -> usize {
    run_inline(func, slots, ip)
}

/// [`run`] for a caller that has it inlined (the scalar calls' loop, which enters it after
/// every call and return).
#[inline(always)]
pub(crate) fn run_inline(func: &Function, slots: &mut [Zval], mut ip: usize) -> usize {
    let sops = &func.sops[..];
    loop {
        let next = match sops.get(ip) {
            Some(SOp::Jmp { target }) => Some(*target as usize),
            Some(SOp::JmpZ { cond, target }) => match truth(&slots[*cond as usize]) {
                Some(false) => Some(*target as usize),
                Some(true) => Some(ip + 1),
                None => None,
            },
            Some(SOp::JmpNz { cond, target }) => match truth(&slots[*cond as usize]) {
                Some(true) => Some(*target as usize),
                Some(false) => Some(ip + 1),
                None => None,
            },
            Some(&SOp::AddSS { dst, a, b }) => arith_ss!(slots, dst, a, b, ip, Add, checked_add, +),
            Some(&SOp::SubSS { dst, a, b }) => arith_ss!(slots, dst, a, b, ip, Sub, checked_sub, -),
            Some(&SOp::MulSS { dst, a, b }) => arith_ss!(slots, dst, a, b, ip, Mul, checked_mul, *),
            Some(&SOp::AddSI { dst, a, n }) => arith_si!(slots, dst, a, n, ip, checked_add, +),
            Some(&SOp::SubSI { dst, a, n }) => arith_si!(slots, dst, a, n, ip, checked_sub, -),
            Some(&SOp::MulSI { dst, a, n }) => arith_si!(slots, dst, a, n, ip, checked_mul, *),
            Some(&SOp::ModSI { dst, a, n }) => mod_si(slots, dst, a, n, ip),
            Some(&SOp::BitAndSI { dst, a, n }) => and_si(slots, dst, a, n, ip),
            Some(&SOp::AddSD { dst, a, d }) => arith_sd!(slots, dst, a, d, ip, +),
            Some(&SOp::SubSD { dst, a, d }) => arith_sd!(slots, dst, a, d, ip, -),
            Some(&SOp::MulSD { dst, a, d }) => arith_sd!(slots, dst, a, d, ip, *),
            Some(&SOp::BinSS { op, dst, a, b }) => {
                arith(op, &slots[a as usize], &slots[b as usize])
                    .and_then(|r| bin_result(sops, slots, dst, r, ip))
            }
            Some(&SOp::BinSI { op, dst, a, n }) => with_int(op, &slots[a as usize], n)
                .and_then(|r| bin_result(sops, slots, dst, r, ip)),
            Some(&SOp::BinIS { op, dst, n, b }) => arith(op, &Zval::Long(n), &slots[b as usize])
                .and_then(|r| bin_result(sops, slots, dst, r, ip)),
            Some(&SOp::BinSD { op, dst, a, d }) => with_float(op, &slots[a as usize], d)
                .and_then(|r| bin_result(sops, slots, dst, r, ip)),
            Some(&SOp::BinDS { op, dst, d, b }) => arith(op, &Zval::Double(d), &slots[b as usize])
                .and_then(|r| bin_result(sops, slots, dst, r, ip)),
            Some(&SOp::CmpJmpSS {
                mask,
                jump_if,
                dst,
                a,
                b,
                target,
            }) => match (&slots[a as usize], &slots[b as usize]) {
                (Zval::Long(x), Zval::Long(y)) => {
                    let (x, y) = (*x, *y);
                    cmp_jump(slots, mask, jump_if, dst, x, y, target, ip)
                }
                _ => generic(func, slots, ip),
            },
            Some(&SOp::CmpJmpSI {
                mask,
                jump_if,
                dst,
                a,
                n,
                target,
            }) => match slots[a as usize] {
                Zval::Long(x) => cmp_jump(slots, mask, jump_if, dst, x, n, target, ip),
                _ => generic(func, slots, ip),
            },
            // (The variable's own value is checked to be a number: storing over it releases
            // nothing.)
            Some(&SOp::AddAssignS { cv, val }) => {
                arith_ss!(slots, cv, cv, val, ip, Add, checked_add, +)
            }
            Some(&SOp::SubAssignS { cv, val }) => {
                arith_ss!(slots, cv, cv, val, ip, Sub, checked_sub, -)
            }
            Some(&SOp::MulAssignS { cv, val }) => {
                arith_ss!(slots, cv, cv, val, ip, Mul, checked_mul, *)
            }
            Some(&SOp::AddAssignI { cv, n }) => arith_si!(slots, cv, cv, n, ip, checked_add, +),
            Some(&SOp::SubAssignI { cv, n }) => arith_si!(slots, cv, cv, n, ip, checked_sub, -),
            Some(&SOp::AssignOpS { op, cv, val }) => {
                arith(op, &slots[cv as usize], &slots[val as usize]).map(|r| {
                    set(&mut slots[cv as usize], r);
                    ip + 1
                })
            }
            Some(&SOp::AssignOpI { op, cv, n }) => with_int(op, &slots[cv as usize], n).map(|r| {
                set(&mut slots[cv as usize], r);
                ip + 1
            }),
            Some(&SOp::AssignOpD { op, cv, d }) => {
                with_float(op, &slots[cv as usize], d).map(|r| {
                    set(&mut slots[cv as usize], r);
                    ip + 1
                })
            }
            Some(&SOp::IncDec { cv, inc, post, dst }) => incdec(slots, cv, inc, post, dst, ip),
            Some(&SOp::IncCmpJmpSI {
                cv,
                inc,
                mask,
                jump_if,
                dst,
                n,
                target,
            }) => step_int(slots, cv, inc).map(|x| {
                // (The comparison is the next instruction's when its result slot holds a
                // handle.)
                cmp_jump(slots, mask, jump_if, dst, x, n, target, ip + 1).unwrap_or(ip + 1)
            }),
            Some(&SOp::IncCmpJmpSS {
                cv,
                inc,
                mask,
                jump_if,
                dst,
                b,
                target,
            }) => step_int(slots, cv, inc).map(|x| match slots[b as usize] {
                Zval::Long(y) => {
                    cmp_jump(slots, mask, jump_if, dst, x, y, target, ip + 1).unwrap_or(ip + 1)
                }
                _ => ip + 1,
            }),
            Some(&SOp::UnS { op, dst, a }) => match scalar(&slots[a as usize]) {
                Some(v) => unary(slots, op, dst, &v, ip),
                None => None,
            },
            Some(&SOp::AssignCvS { cv, val }) => match scalar(&slots[val as usize]) {
                Some(v) => store_scalar(slots, cv, v, ip),
                None => None,
            },
            Some(&SOp::AssignCvI { cv, n }) => store_scalar(slots, cv, Zval::Long(n), ip),
            Some(&SOp::AssignCvD { cv, d }) => store_scalar(slots, cv, Zval::Double(d), ip),
            Some(&SOp::Recv { slot, accepts }) => recv(slots, slot, accepts, ip),
            Some(&SOp::VerifyReturn { val, dst, accepts }) => match scalar(&slots[val as usize]) {
                Some(v) if v.kind_bit() & accepts != 0 => store_scalar(slots, dst, v, ip),
                _ => None,
            },
            Some(SOp::Generic) => generic(func, slots, ip),
            Some(SOp::Exit | SOp::Call { .. } | SOp::Return { .. }) | None => None,
        };
        match next {
            Some(n) => ip = n,
            None => return ip,
        }
    }
}

/// A passed parameter that plainly fits its type, or an int for a type that takes floats and
/// not ints (converted, as PHP converts it in either mode).
#[inline(always)]
fn recv(slots: &mut [Zval], slot: u32, accepts: u16, ip: usize) -> Option<usize> {
    use memphis_values::zval::kind;
    let v = &mut slots[slot as usize];
    if v.is_undef() {
        return None;
    }
    if v.kind_bit() & accepts != 0 {
        return Some(ip + 1);
    }
    match *v {
        Zval::Long(i) if accepts & (kind::LONG | kind::DOUBLE) == kind::DOUBLE => {
            set(v, Zval::Double(i as f64));
            Some(ip + 1)
        }
        _ => None,
    }
}

/// `a % n` for an int in `a` and an int literal `n` other than 0 and -1; a float or anything
/// else goes the general way (PHP converts it to int, with a deprecation for a fraction).
#[inline(always)]
fn mod_si(slots: &mut [Zval], dst: u32, a: u32, n: i64, ip: usize) -> Option<usize> {
    match slots[a as usize] {
        Zval::Long(x) => store_scalar(slots, dst, Zval::Long(x % n), ip),
        _ => None,
    }
}

/// `a & n` for an int in `a` and an int literal `n`; anything else goes the general way.
#[inline(always)]
fn and_si(slots: &mut [Zval], dst: u32, a: u32, n: i64, ip: usize) -> Option<usize> {
    match slots[a as usize] {
        Zval::Long(x) => store_scalar(slots, dst, Zval::Long(x & n), ip),
        _ => None,
    }
}

/// Two ints compared (`mask`: see [`SOp::CmpJmpSS`]), the result stored in `dst`, and the
/// jump that follows taken or passed over.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn cmp_jump(
    slots: &mut [Zval],
    mask: u8,
    jump_if: bool,
    dst: u32,
    x: i64,
    y: i64,
    target: u32,
    ip: usize,
) -> Option<usize> {
    let outcome = (x >= y) as u8 + (x > y) as u8;
    let t = (mask >> outcome) & 1 != 0;
    let out = &mut slots[dst as usize];
    if out.is_refcounted() {
        return None;
    }
    set(out, Zval::Bool(t));
    Some(if t == jump_if {
        target as usize
    } else {
        ip + 2
    })
}

/// `++`/`--` on an int variable that does not overflow.
#[inline(always)]
fn incdec(
    slots: &mut [Zval],
    cv: u32,
    inc: bool,
    post: bool,
    dst: u32,
    ip: usize,
) -> Option<usize> {
    let (old, new) = stepped(slots, cv, inc)?;
    if dst != NO_CV {
        let out = &mut slots[dst as usize];
        if out.is_refcounted() {
            return None;
        }
        set(out, Zval::Long(if post { old } else { new }));
    }
    set(&mut slots[cv as usize], Zval::Long(new));
    Some(ip + 1)
}

/// `$cv` and `$cv` plus or minus one (`inc`) when it holds an int that does not overflow.
#[inline(always)]
fn stepped(slots: &[Zval], cv: u32, inc: bool) -> Option<(i64, i64)> {
    let Zval::Long(old) = slots[cv as usize] else {
        return None;
    };
    let new = if inc {
        old.checked_add(1)
    } else {
        old.checked_sub(1)
    }?;
    Some((old, new))
}

/// `++$cv`/`--$cv` (`inc`) on an int variable that does not overflow: its new value.
#[inline(always)]
fn step_int(slots: &mut [Zval], cv: u32, inc: bool) -> Option<i64> {
    let (_, new) = stepped(slots, cv, inc)?;
    set(&mut slots[cv as usize], Zval::Long(new));
    Some(new)
}

/// The instructions of the scalar loop's kinds in their general form (operands that are
/// literals other than numbers, unary operators): the next instruction, or `None` to leave
/// this one to the general loop.
#[inline(never)]
fn generic(func: &Function, slots: &mut [Zval], ip: usize) -> Option<usize> {
    let lits = &func.literals[..];
    match &func.ops[ip] {
        Op::Jmp { target } => Some(*target as usize),
        Op::JmpZ { cond, target } => match truth(operand(lits, slots, *cond))? {
            false => Some(*target as usize),
            true => Some(ip + 1),
        },
        Op::JmpNz { cond, target } => match truth(operand(lits, slots, *cond))? {
            true => Some(*target as usize),
            false => Some(ip + 1),
        },
        Op::Bin { op, dst, a, b } => {
            let r = arith(*op, operand(lits, slots, *a), operand(lits, slots, *b))?;
            bin_result(&func.sops, slots, *dst, r, ip)
        }
        Op::AssignOp {
            cv,
            op,
            val,
            dst: None,
            ..
        } if *cv != NO_CV => {
            let r = arith(*op, &slots[*cv as usize], operand(lits, slots, *val))?;
            set(&mut slots[*cv as usize], r);
            Some(ip + 1)
        }
        Op::IncDec {
            cv, inc, post, dst, ..
        } if *cv != NO_CV => incdec(slots, *cv, *inc, *post, dst.unwrap_or(NO_CV), ip),
        Op::AssignCv { cv, val, dst: None } => {
            let v = scalar(operand(lits, slots, *val))?;
            store_scalar(slots, *cv, v, ip)
        }
        Op::Un { op, dst, a } => {
            let v = scalar(operand(lits, slots, *a))?;
            unary(slots, *op, *dst, &v, ip)
        }
        _ => None,
    }
}

/// `dst = op v` for a scalar `v` when it needs no conversion, warning or error.
#[inline(always)]
fn unary(slots: &mut [Zval], op: UnOp, dst: u32, v: &Zval, ip: usize) -> Option<usize> {
    let r = match (op, v) {
        (UnOp::Neg, Zval::Long(i)) => Zval::Long(i.checked_neg()?),
        (UnOp::Neg, Zval::Double(d)) => Zval::Double(-d),
        (UnOp::Plus, Zval::Long(i)) => Zval::Long(*i),
        (UnOp::Plus, Zval::Double(d)) => Zval::Double(*d),
        (UnOp::BitNot, Zval::Long(i)) => Zval::Long(!i),
        (UnOp::Not, v) => Zval::Bool(!truth(v)?),
        (UnOp::ToBool, v) => Zval::Bool(truth(v)?),
        _ => return None,
    };
    let out = &mut slots[dst as usize];
    if out.is_refcounted() {
        return None;
    }
    set(out, r);
    Some(ip + 1)
}
