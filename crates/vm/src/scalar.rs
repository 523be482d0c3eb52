//! The scalar loop: a small interpreter for the instructions that only move ints, floats, bools
//! and null between slots — arithmetic, comparisons, jumps, `++`/`--`, compound and plain
//! assignment of numbers. Such instructions neither allocate nor release a refcounted value, so
//! nothing can happen between them that the general loop must see (no memory-limit error, no
//! destructor, no collector run, no warning): they are run here, in a function small enough for
//! its state (instruction pointer, slots, literals) to live in registers, and the general loop
//! takes over at the first instruction this one does not handle.

use crate::ops::{put_plain, scalar_binop_into, Num};
use memphis_compiler::bytecode::{Function, Op, Operand, PlaceBase, UnOp};
use memphis_values::Zval;

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
                let (Some(x), Some(y)) = (
                    Num::of(operand(lits, slots, *a)),
                    Num::of(operand(lits, slots, *b)),
                ) else {
                    return ip;
                };
                let slot = &mut slots[*dst as usize];
                if slot.is_refcounted() || !scalar_binop_into(*op, x, y, slot) {
                    return ip;
                }
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
                place,
                op,
                val,
                dst: None,
            } => {
                let p = &func.places[*place as usize];
                let (PlaceBase::Cv(cv), true) = (&p.base, p.elems.is_empty()) else {
                    return ip;
                };
                let (Some(y), Some(x)) = (
                    Num::of(operand(lits, slots, *val)),
                    Num::of(&slots[*cv as usize]),
                ) else {
                    return ip;
                };
                if !scalar_binop_into(*op, x, y, &mut slots[*cv as usize]) {
                    return ip;
                }
                ip += 1;
            }
            Op::IncDec {
                place,
                inc,
                post,
                dst,
            } => {
                let p = &func.places[*place as usize];
                let (PlaceBase::Cv(cv), true) = (&p.base, p.elems.is_empty()) else {
                    return ip;
                };
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
                    put_plain(out, Zval::Long(if *post { old } else { new }));
                }
                slots[*cv as usize] = Zval::Long(new);
                ip += 1;
            }
            Op::AssignCv { cv, val, dst: None } => {
                let v = match operand(lits, slots, *val) {
                    v @ (Zval::Null | Zval::Bool(_) | Zval::Long(_) | Zval::Double(_)) => v.clone(),
                    _ => return ip,
                };
                let slot = &mut slots[*cv as usize];
                if slot.is_refcounted() {
                    return ip;
                }
                put_plain(slot, v);
                ip += 1;
            }
            Op::Un { op, dst, a } => {
                let r = match (op, operand(lits, slots, *a)) {
                    (UnOp::Neg, Zval::Long(i)) => match i.checked_neg() {
                        Some(n) => Zval::Long(n),
                        None => return ip,
                    },
                    (UnOp::Neg, Zval::Double(d)) => Zval::Double(-d),
                    (UnOp::Plus, v @ (Zval::Long(_) | Zval::Double(_))) => v.clone(),
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
                put_plain(out, r);
                ip += 1;
            }
            _ => return ip,
        }
    }
}
