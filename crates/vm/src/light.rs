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
use memphis_compiler::bytecode::{CallSite, Function, Op, SOp, SendSrc, NO_CV};
use memphis_values::zval::scalar_copy;
use std::rc::Rc;

/// A call running as a scalar call: what its frame record would hold.
pub(crate) struct LightFrame {
    /// The function.
    func: Rc<Function>,
    /// Index of its slot 0 on the VM stack.
    base: usize,
    /// The VM stack slot its result goes to ([`NO_RET`]: discarded).
    ret: usize,
    /// Arguments passed.
    argc: u32,
    /// The caller's next instruction (after the `DoCall`).
    resume: u32,
    /// Bytes it takes on the VM stack model.
    bytes: u32,
    /// The call's destination in the caller's frame ([`NO_CV`]: discarded): where `ret` is,
    /// unless the result goes straight into the variable the caller's next instruction
    /// assigns it to (see [`CallSite::then_cv`]); a frame made for the call returns to the
    /// destination, before that instruction.
    dst: u32,
}

/// [`LightFrame::ret`] of a call whose result is discarded.
const NO_RET: usize = usize::MAX;

/// What became of a call that [`Vm::enter_fused_fcall`] was given.
pub(crate) enum Fused {
    /// Not made: the instruction is the general path's.
    No,
    /// A frame (or several) was pushed: the dispatch loop picks up the top one.
    Frame,
    /// Made as scalar calls that returned: the calling frame goes on at this instruction.
    Back(usize),
}

impl Vm {
    /// Whether user function `f`, which [`Vm::can_enter_fused`] accepted for `argc`
    /// arguments, may run as a scalar call above `light` others: its body is all scalar forms
    /// (which the compiler grants only to plain entries taking values and returning one),
    /// the arguments skip its `Recv`s, its bytes fit the VM stack page (a new page is an
    /// allocation, the general path's) and no interrupt waits.
    #[inline(always)]
    pub(crate) fn scalar_callee_fits(&self, f: &Function, argc: u32, light: usize) -> bool {
        f.scalar_body
            && argc >= f.recv_skip
            && argc as usize <= f.params.len()
            && self.frames.len() + light < self.max_frames
            && self.stack_top + crate::frame_php_size(f, 0) <= self.stack_page_cap
            && !memphis_values::interrupt::raised()
    }

    /// Pushes the arguments of the call `site` describes in `caller` (its frame at `base`)
    /// when each is a scalar (a variable or literal holding one, or int arithmetic), then the
    /// callee's other `slots` undefined; gives where they start. With `check_dst` (a caller
    /// that is a frame, whose slots may hold handles) the destination must hold none, so that
    /// the return releases nothing. `None`, with nothing pushed, otherwise.
    #[inline(always)]
    fn scalar_args(
        &mut self,
        caller: &Function,
        base: usize,
        site: &CallSite,
        slots: usize,
        check_dst: bool,
    ) -> Option<usize> {
        if check_dst
            && site.dst != NO_CV
            && self
                .stack
                .get(base + site.dst as usize)
                .is_none_or(|v| v.is_refcounted())
        {
            return None;
        }
        let args_base = self.stack.len();
        self.stack.reserve(slots.max(site.args.len()));
        for a in site.args.iter() {
            let v = match *a {
                SendSrc::Cv(cv) => self.stack.get(base + cv as usize).and_then(scalar_copy),
                SendSrc::Lit(l) => caller.literals.get(l as usize).and_then(scalar_copy),
                // (The temporary is not written, as the send would have moved it out; one
                // holding a handle is left to the general path, which releases it.)
                SendSrc::Arith { at, tmp } => match (
                    self.stack.get(base + tmp as usize),
                    caller.sops.get(at as usize),
                ) {
                    (Some(t), Some(op)) if !t.is_refcounted() => {
                        crate::scalar::int_result(op, &self.stack[base..])
                    }
                    _ => None,
                },
            };
            match v {
                Some(v) => v.push_onto(&mut self.stack),
                None => {
                    // Only scalars were pushed.
                    memphis_values::zval::truncate_released(&mut self.stack, args_base);
                    return None;
                }
            }
        }
        memphis_values::zval::extend_undef(&mut self.stack, args_base + slots);
        Some(args_base)
    }

    /// The call of `f` that `site` in `real` (whose frame is at `real_base`) describes, made
    /// as a scalar call when its arguments are scalars (see [`Vm::scalar_args`]), and then the
    /// scalar code around it, calls included, until an instruction outside the scalar forms.
    /// `None`, with nothing done, for other arguments.
    #[inline(never)]
    pub(crate) fn scalar_calls(
        &mut self,
        real: &Function,
        real_base: usize,
        f: &Rc<Function>,
        site: &CallSite,
    ) -> Option<Fused> {
        let args_base = self.scalar_args(real, real_base, site, f.num_slots(), true)?;
        let mut light = std::mem::take(&mut self.light_frames);
        let mut ip = self.light_enter(
            &mut light,
            f.clone(),
            args_base,
            site.args.len(),
            real_base,
            site.dst,
            site.resume,
            site.then_cv,
        );
        let out = loop {
            let (func, base): (&Function, usize) = match light.last() {
                Some(l) => (&l.func, l.base),
                None => (real, real_base),
            };
            ip = crate::scalar::run_inline(func, &mut self.stack[base..], ip);
            match func.sops.get(ip) {
                Some(&SOp::Call { site }) => {
                    let callee = match (func.ops.get(ip), func.sites.get(site as usize)) {
                        (Some(&Op::InitFCall { name, argc, .. }), Some(site)) => {
                            let cache = func.runtime.1.borrow();
                            match cache.get(name as usize) {
                                Some(Some(c)) if self.scalar_callee_fits(c, argc, light.len()) => {
                                    Some((c.clone(), site))
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    // (A scalar call's slots hold scalars: only the frame's are checked.)
                    let sent = callee.and_then(|(c, site)| {
                        let at =
                            self.scalar_args(func, base, site, c.num_slots(), light.is_empty());
                        at.map(|at| (c, site, at))
                    });
                    let Some((callee, site, args_base)) = sent else {
                        // The call is the general path's, from a frame.
                        if light.is_empty() {
                            break Fused::Back(ip);
                        }
                        self.make_frames(&mut light, ip);
                        break Fused::Frame;
                    };
                    let (argc, dst, resume) = (site.args.len(), site.dst, site.resume);
                    let then_cv = site.then_cv;
                    ip = self.light_enter(
                        &mut light, callee, args_base, argc, base, dst, resume, then_cv,
                    );
                }
                Some(&SOp::Return { val, lit }) if !light.is_empty() => {
                    let v = if lit {
                        func.literals.get(val as usize)
                    } else {
                        self.stack.get(base + val as usize)
                    };
                    let Some(v) = v.and_then(scalar_copy) else {
                        self.make_frames(&mut light, ip);
                        break Fused::Frame;
                    };
                    let Some(l) = light.last() else {
                        break Fused::Back(ip);
                    };
                    let (lbase, ret, resume, bytes) = (l.base, l.ret, l.resume, l.bytes);
                    light.truncate(light.len() - 1);
                    // Every slot of a scalar call holds a scalar: nothing to release; nor
                    // does the destination, checked at the call.
                    memphis_values::zval::truncate_released(&mut self.stack, lbase);
                    self.stack_top -= bytes as usize;
                    if let Some(out) = self.stack.get_mut(ret) {
                        crate::ops::put(out, v);
                    }
                    ip = resume as usize;
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

    /// Starts a scalar call of `f` with `argc` arguments, its slots pushed from `args_base`
    /// (see [`Vm::scalar_args`]), for a caller whose frame is at `caller_base`, its result
    /// going to slot `dst` there ([`NO_CV`]: discarded) and the caller going on at `resume`,
    /// or, when the instruction at `resume` only assigns the result to variable `then_cv`
    /// holding no handle, straight into that variable with the caller going on after it;
    /// gives its first instruction.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn light_enter(
        &mut self,
        light: &mut Vec<LightFrame>,
        f: Rc<Function>,
        args_base: usize,
        argc: usize,
        caller_base: usize,
        dst: u32,
        resume: u32,
        then_cv: u32,
    ) -> usize {
        let bytes = crate::frame_php_size(&f, 0);
        self.stack_top += bytes;
        let ip = f.recv_skip as usize;
        // (A variable holding no handle is no reference and has nothing to release: writing
        // the result there is what the assignment would do.)
        let direct = then_cv != NO_CV
            && self
                .stack
                .get(caller_base + then_cv as usize)
                .is_some_and(|v| !v.is_refcounted());
        let (ret, resume) = if direct {
            (caller_base + then_cv as usize, resume + 1)
        } else if dst == NO_CV {
            (NO_RET, resume)
        } else {
            (caller_base + dst as usize, resume)
        };
        light.push(LightFrame {
            func: f,
            base: args_base,
            ret,
            argc: argc as u32,
            resume,
            bytes: bytes as u32,
            dst,
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
            // (A call returning straight into a variable returns as a frame to its
            // destination, before the assignment, as the general path's does.)
            let caller_base = self.frames.last().map_or(0, |f| f.base);
            let (ret, resume) = match l.dst {
                NO_CV => (RetTo::Discard, l.resume),
                d if l.ret == caller_base + d as usize => (RetTo::Slot(l.ret), l.resume),
                d => (RetTo::Slot(caller_base + d as usize), l.resume - 1),
            };
            if let Some(fr) = self.frames.last_mut() {
                fr.ip = resume as usize;
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
                ret,
                0,
            );
        }
        if let Some(fr) = self.frames.last_mut() {
            fr.ip = ip;
        }
    }
}
