//! Scalar calls: a call of a plain function whose body the scalar loop runs whole
//! ([`Function::scalar_body`]: arithmetic, comparisons, jumps, assignments of numbers, calls of
//! such functions, returns), made with scalar arguments, runs inside the scalar loop without a
//! frame of its own. Its slots are on the VM stack and its bytes on the VM stack model as a
//! frame's would be; only the frame record is not made. Nothing such a call does can be seen
//! from outside it (no value with a handle, no warning, no allocation in the PHP heap), so the
//! records are made ([`Vm::make_frames`]) the moment one of its instructions leaves the scalar
//! forms, and from there on the calls are ordinary frames: a backtrace, an error or a debugger
//! sees exactly the frames PHP has.
//!
//! Recursive numeric code (`fib($n - 1) + fib($n - 2)`) and small helpers called in loops
//! (`$t = add($t, $i)`) then cost a few dozen instructions per call instead of a frame's push
//! and pop.

use crate::{RetTo, Vm};
use memphis_compiler::bytecode::{Function, Op, SOp};
use memphis_values::Zval;
use std::rc::Rc;

/// A call running as a scalar call: what its frame record would hold.
pub(crate) struct LightFrame {
    /// The function.
    func: Rc<Function>,
    /// Index of its slot 0 on the VM stack.
    base: usize,
    /// Arguments passed.
    argc: u32,
    /// Where its result goes.
    ret: RetTo,
    /// The caller's next instruction (after the `DoCall`).
    resume: usize,
    /// Bytes it takes on the VM stack model.
    bytes: u32,
}

/// What became of a call that [`Vm::enter_fused_fcall`] was given.
pub(crate) enum Fused {
    /// Not made: the instruction is the general path's.
    No,
    /// A frame (or several) was pushed: the dispatch loop picks up the top one.
    Frame,
    /// Made as scalar calls that returned: the calling frame goes on at this instruction.
    Back(usize),
}

/// Whether `v` is a value a scalar call takes or gives: one holding no handle.
#[inline(always)]
fn plain_scalar(v: &Zval) -> bool {
    matches!(
        v,
        Zval::Null | Zval::Bool(_) | Zval::Long(_) | Zval::Double(_)
    )
}

impl Vm {
    /// Whether user function `f`, which [`Vm::can_enter_fused`] accepted for `argc`
    /// arguments, may run as a scalar call above `light` others: its body is all scalar forms,
    /// the arguments skip its `Recv`s, its bytes fit the VM stack page (a new page is an
    /// allocation, the general path's) and no interrupt waits.
    #[inline(always)]
    pub(crate) fn scalar_callee_fits(&self, f: &Function, argc: u32, light: usize) -> bool {
        f.scalar_body
            && !f.by_ref
            && argc >= f.recv_skip
            && self.frames.len() + light < self.max_frames
            && self.stack_top + crate::frame_php_size(f, 0) <= self.stack_page_cap
            && !memphis_values::interrupt::raised()
    }

    /// Pushes the `argc` arguments the instructions at `ip` send to the call begun before it,
    /// when each is a scalar (a variable or literal holding one, or int arithmetic into the
    /// temporary the next `SendVal` sends) and a `DoCall` follows; gives the `DoCall`'s
    /// destination and the instruction after it. `None`, with nothing pushed, otherwise.
    #[inline(always)]
    fn scalar_sends(
        &mut self,
        func: &Function,
        base: usize,
        ip: usize,
        argc: u32,
    ) -> Option<(Option<u32>, usize)> {
        let args_base = self.stack.len();
        let mut at = ip;
        for _ in 0..argc {
            let v = match func.ops.get(at) {
                Some(Op::SendPlace { cv, name: None, .. })
                    if *cv != memphis_compiler::bytecode::NO_CV =>
                {
                    at += 1;
                    self.stack
                        .get(base + *cv as usize)
                        .filter(|v| plain_scalar(v))
                }
                Some(Op::SendVal {
                    val, name: None, ..
                }) => {
                    at += 1;
                    val.as_lit()
                        .and_then(|l| func.literals.get(l as usize))
                        .filter(|v| plain_scalar(v))
                }
                Some(Op::Bin { dst, .. }) if !self.stack[base + *dst as usize].is_refcounted() => {
                    // (The compiler's call mark says that the next instruction sends it.)
                    let sop = func.sops.get(at);
                    at += 2;
                    if let Some(sop) = sop {
                        if let Some(r) = crate::scalar::int_result(sop, &self.stack[base..]) {
                            r.push_onto(&mut self.stack);
                            continue;
                        }
                    }
                    None
                }
                _ => None,
            };
            match v {
                Some(v) => v.clone().push_onto(&mut self.stack),
                None => {
                    // Only scalars were pushed.
                    memphis_values::zval::truncate_released(&mut self.stack, args_base);
                    return None;
                }
            }
        }
        match func.ops.get(at) {
            Some(Op::DoCall { dst }) => Some((*dst, at + 1)),
            _ => {
                memphis_values::zval::truncate_released(&mut self.stack, args_base);
                None
            }
        }
    }

    /// The arguments of a scalar call from `caller` (its frame at `base`) whose sends start
    /// at `ip` (see [`Vm::scalar_sends`]), pushed: where they start, where the result goes and
    /// where the caller goes on. With `check_dst` (a caller that is a frame, whose slots may
    /// hold handles) the destination must hold none, so that the return releases nothing.
    /// `None`, with nothing pushed, otherwise.
    #[inline(always)]
    fn scalar_call_args(
        &mut self,
        caller: &Function,
        base: usize,
        ip: usize,
        argc: u32,
        check_dst: bool,
    ) -> Option<(usize, RetTo, usize)> {
        let args_base = self.stack.len();
        let (dst, resume) = self.scalar_sends(caller, base, ip, argc)?;
        let ret = match dst {
            Some(d) => RetTo::Slot(base + d as usize),
            None => RetTo::Discard,
        };
        if let (true, RetTo::Slot(i)) = (check_dst, ret) {
            if self.stack.get(i).is_none_or(|v| v.is_refcounted()) {
                // Only scalars were pushed.
                memphis_values::zval::truncate_released(&mut self.stack, args_base);
                return None;
            }
        }
        Some((args_base, ret, resume))
    }

    /// The call of `f` begun by the `InitFCall` before `ip` in `real` (whose frame is at
    /// `real_base`), made as a scalar call when its arguments are scalars (see
    /// [`Vm::scalar_sends`]), and then the scalar code around it, calls included, until an
    /// instruction outside the scalar forms. `None`, with nothing done, for other arguments.
    #[inline(never)]
    pub(crate) fn scalar_calls(
        &mut self,
        real: &Function,
        real_base: usize,
        f: &Rc<Function>,
        ip: usize,
        argc: u32,
    ) -> Option<Fused> {
        let (args_base, ret, resume) = self.scalar_call_args(real, real_base, ip, argc, true)?;
        let mut light = std::mem::take(&mut self.light_frames);
        let mut ip = self.light_push(&mut light, f.clone(), args_base, argc, ret, resume);
        let out = loop {
            let (func, base): (&Function, usize) = match light.last() {
                Some(l) => (&l.func, l.base),
                None => (real, real_base),
            };
            ip = crate::scalar::run_inline(func, &mut self.stack[base..], ip);
            match (func.sops.get(ip), func.ops.get(ip)) {
                (Some(SOp::Call), Some(&Op::InitFCall { name, argc, .. })) => {
                    let callee = {
                        let cache = func.runtime.1.borrow();
                        match cache.get(name as usize) {
                            Some(Some(c))
                                if self.can_enter_fused(c, argc)
                                    && self.scalar_callee_fits(c, argc, light.len()) =>
                            {
                                Some(c.clone())
                            }
                            _ => None,
                        }
                    };
                    // (A scalar call's slots hold scalars: only the frame's are checked.)
                    let sent = match &callee {
                        Some(_) => {
                            self.scalar_call_args(func, base, ip + 1, argc, light.is_empty())
                        }
                        None => None,
                    };
                    let (Some(callee), Some((args_base, ret, resume))) = (callee, sent) else {
                        // The call is the general path's, from a frame.
                        if light.is_empty() {
                            break Fused::Back(ip);
                        }
                        self.make_frames(&mut light, ip);
                        break Fused::Frame;
                    };
                    ip = self.light_push(&mut light, callee, args_base, argc, ret, resume);
                }
                (Some(&SOp::Return { val, lit }), _) if !light.is_empty() => {
                    let v = if lit {
                        func.literals.get(val as usize)
                    } else {
                        self.stack.get(base + val as usize)
                    };
                    let v = match v {
                        Some(v) if plain_scalar(v) => v.clone(),
                        _ => {
                            self.make_frames(&mut light, ip);
                            break Fused::Frame;
                        }
                    };
                    let Some(l) = light.pop() else {
                        break Fused::Back(ip);
                    };
                    // Every slot of a scalar call holds a scalar: nothing to release.
                    memphis_values::zval::truncate_released(&mut self.stack, l.base);
                    self.stack_top -= l.bytes as usize;
                    if let RetTo::Slot(i) = l.ret {
                        crate::ops::put(&mut self.stack[i], v);
                    }
                    ip = l.resume;
                }
                _ => {
                    if light.is_empty() {
                        break Fused::Back(ip);
                    }
                    self.make_frames(&mut light, ip);
                    break Fused::Frame;
                }
            }
        };
        self.light_frames = light;
        Some(out)
    }

    /// Starts a scalar call of `f` whose arguments are pushed from `args_base` (which
    /// [`Vm::scalar_callee_fits`] accepted); gives its first instruction.
    #[inline(always)]
    fn light_push(
        &mut self,
        light: &mut Vec<LightFrame>,
        f: Rc<Function>,
        args_base: usize,
        argc: u32,
        ret: RetTo,
        resume: usize,
    ) -> usize {
        memphis_values::zval::extend_undef(&mut self.stack, args_base + f.num_slots());
        let bytes = crate::frame_php_size(&f, 0);
        self.stack_top += bytes;
        let ip = f.recv_skip as usize;
        light.push(LightFrame {
            func: f,
            base: args_base,
            argc,
            ret,
            resume,
            bytes: bytes as u32,
        });
        ip
    }

    /// Makes the frame records of the scalar calls in `light`, outermost first, the top one
    /// going on at `ip`, as the general path would have made them.
    #[cold]
    #[inline(never)]
    fn make_frames(&mut self, light: &mut Vec<LightFrame>, ip: usize) {
        // (Their bytes are taken again as each frame is pushed: the same pages, the same
        // sizes.)
        let bytes: usize = light.iter().map(|l| l.bytes as usize).sum();
        self.stack_top -= bytes;
        memphis_values::gc::set_in_builtin(false);
        for l in light.drain(..) {
            if let Some(fr) = self.frames.last_mut() {
                fr.ip = l.resume;
            }
            self.push_user_frame(
                &l.func,
                None,
                &None,
                &None,
                None,
                l.base,
                l.argc as usize,
                0,
                l.ret,
                0,
            );
        }
        if let Some(fr) = self.frames.last_mut() {
            fr.ip = ip;
        }
    }
}
