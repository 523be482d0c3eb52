//! The scalar loop: a small interpreter for the instructions that only move ints, floats, bools
//! and null between slots — arithmetic, comparisons, jumps, `++`/`--`, compound and plain
//! assignment of numbers. Such instructions neither allocate nor release a refcounted value, so
//! nothing can happen between them that the general loop must see (no memory-limit error, no
//! destructor, no collector run, no warning): they are run here, in a function small enough for
//! its state (instruction pointer, slots, literals) to live in registers, and the general loop
//! takes over at the first instruction this one does not handle.

use memphis_compiler::bytecode::{BinOp, Function, Op, Operand, UnOp, NO_CV};
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

/// Whether `op` is of a kind the scalar loop runs (it may still hand it back for its operands).
#[inline(always)]
pub(crate) fn starts(op: &Op) -> bool {
    matches!(
        op,
        Op::Jmp { .. }
            | Op::JmpZ { .. }
            | Op::JmpNz { .. }
            | Op::Bin { .. }
            | Op::AssignOp { dst: None, .. }
            | Op::IncDec { .. }
            | Op::AssignCv { dst: None, .. }
            | Op::Un { .. }
    )
}

/// Runs `func` from instruction `ip` over the frame's `slots` while the instructions are scalar
/// ones on scalar values, and returns the index of the first instruction left to the general
/// loop (`ip` itself when the first one is).
#[inline(never)]
pub(crate) fn run(func: &Function, slots: &mut [Zval], mut ip: usize) -> usize {
    let ops = &func.ops[..];
    let lits = &func.literals[..];
    loop {
        match &ops[ip] {
            Op::Jmp { target } => {
                ip = *target as usize;
            }
            Op::JmpZ { cond, target } => match truth(operand(lits, slots, *cond)) {
                Some(false) => ip = *target as usize,
                Some(true) => ip += 1,
                None => return ip,
            },
            Op::JmpNz { cond, target } => match truth(operand(lits, slots, *cond)) {
                Some(true) => ip = *target as usize,
                Some(false) => ip += 1,
                None => return ip,
            },
            Op::Bin { op, dst, a, b } => {
                let Some(r) = arith(*op, operand(lits, slots, *a), operand(lits, slots, *b)) else {
                    return ip;
                };
                let slot = &mut slots[*dst as usize];
                if slot.is_refcounted() {
                    return ip;
                }
                set(slot, r);
                ip += 1;
                // A comparison feeding the next instruction's jump branches here (PHP's smart
                // branch): one dispatch fewer.
                if let Zval::Bool(t) = *slot {
                    match ops.get(ip) {
                        Some(Op::JmpZ { cond, target }) if cond.0 == (*dst | Operand::TMP_BIT) => {
                            ip = if t { ip + 1 } else { *target as usize };
                        }
                        Some(Op::JmpNz { cond, target }) if cond.0 == (*dst | Operand::TMP_BIT) => {
                            ip = if t { *target as usize } else { ip + 1 };
                        }
                        _ => {}
                    }
                }
            }
            Op::AssignOp {
                cv,
                op,
                val,
                dst: None,
                ..
            } if *cv != NO_CV => {
                let Some(r) = arith(*op, &slots[*cv as usize], operand(lits, slots, *val)) else {
                    return ip;
                };
                set(&mut slots[*cv as usize], r);
                ip += 1;
            }
            Op::IncDec {
                cv, inc, post, dst, ..
            } if *cv != NO_CV => {
                let Zval::Long(old) = slots[*cv as usize] else {
                    return ip;
                };
                let Some(new) = (if *inc {
                    old.checked_add(1)
                } else {
                    old.checked_sub(1)
                }) else {
                    return ip;
                };
                if let Some(d) = dst {
                    let out = &mut slots[*d as usize];
                    if out.is_refcounted() {
                        return ip;
                    }
                    set(out, Zval::Long(if *post { old } else { new }));
                }
                set(&mut slots[*cv as usize], Zval::Long(new));
                ip += 1;
            }
            Op::AssignCv { cv, val, dst: None } => {
                let Some(v) = scalar(operand(lits, slots, *val)) else {
                    return ip;
                };
                let slot = &mut slots[*cv as usize];
                if slot.is_refcounted() {
                    return ip;
                }
                set(slot, v);
                ip += 1;
            }
            Op::Un { op, dst, a } => {
                let r = match (op, operand(lits, slots, *a)) {
                    (UnOp::Neg, Zval::Long(i)) => match i.checked_neg() {
                        Some(n) => Zval::Long(n),
                        None => return ip,
                    },
                    (UnOp::Neg, Zval::Double(d)) => Zval::Double(-d),
                    (UnOp::Plus, Zval::Long(i)) => Zval::Long(*i),
                    (UnOp::Plus, Zval::Double(d)) => Zval::Double(*d),
                    (UnOp::BitNot, Zval::Long(i)) => Zval::Long(!i),
                    (UnOp::Not, v) => match truth(v) {
                        Some(t) => Zval::Bool(!t),
                        None => return ip,
                    },
                    (UnOp::ToBool, v) => match truth(v) {
                        Some(t) => Zval::Bool(t),
                        None => return ip,
                    },
                    _ => return ip,
                };
                let out = &mut slots[*dst as usize];
                if out.is_refcounted() {
                    return ip;
                }
                set(out, r);
                ip += 1;
            }
            _ => return ip,
        }
    }
}
