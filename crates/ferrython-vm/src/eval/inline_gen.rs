//! `for x in generator`: the generator's frame runs on the loop's own
//! frame stack.
//!
//! # Design
//!
//! Resuming a generator from native code (`next(g)`, `sum(g)`) starts a
//! nested run of the eval loop: the frame moves out of the generator onto a
//! new frame stack, runs until it yields, and moves back (`generator::
//! resume`). A `for` loop in Python code does not need the nesting: its
//! `ForIter` pushes the generator's frame onto the running stack like a call
//! (CPython 3.12's `FOR_ITER_GEN` does the same), `Yield` pops it back into
//! the generator and hands the value to the loop's target register, and
//! `Return` pops it and makes the loop exit. The frame remembers its
//! generator in `Frame::inline_gen` while it runs there.
//!
//! Only the plain case is taken: no exception is being handled (so there is
//! no `sys.exc_info()` to swap in and out at each resume) and the generator
//! has none saved. Everything `run_frame` does around a resume is mirrored:
//! the running flag, the handled exception a yield leaves behind, PEP 479's
//! RuntimeError for a StopIteration escaping the generator (`leave_on_error`),
//! and the frame object's suspension.

use super::{frames, Frame, StepErr};
use crate::object::Value;
use crate::types::{self, generator::as_generator};
use crate::vm::{PyErr, Vm};
use ferrython_bytecode::{Instr, Reg};

/// For `ForIter` over `it`: pushes the generator's frame when `it` is a
/// generator that can run inline, with `dst` receiving what it yields.
/// `false` (nothing done) sends the loop down the ordinary `next` path.
#[inline]
pub(super) fn try_enter(vm: &mut Vm, stack: &mut Vec<Frame>, it: &Value, dst: Reg) -> Result<bool, StepErr> {
    let Some(g) = as_generator(it) else { return Ok(false) };
    if g.running.get() || vm.exc_info.is_some() || g.exc_state.borrow().is_some() {
        return Ok(false);
    }
    if vm.depth + 1 > vm.recursion_limit {
        return Ok(false);
    }
    let Some(mut frame) = g.frame.borrow_mut().pop() else { return Ok(false) };
    if let Some(d) = g.yield_dst.get() {
        frame.set_register(d, vm.none());
    }
    frame.ret_dst = dst.0;
    frame.inline_gen = Some(it.clone());
    g.running.set(true);
    vm.depth += 1;
    stack.push(frame);
    Ok(true)
}

/// `Yield` in an inline generator frame (the top of `stack`): the frame
/// goes back to its generator, `v` to the loop's target register.
pub(super) fn yield_out(vm: &mut Vm, stack: &mut Vec<Frame>, v: Value, yield_dst: u16) {
    let Some(mut frame) = stack.pop() else { return };
    vm.depth -= 1;
    let Some(gen) = frame.inline_gen.take() else { return };
    let g = as_generator(&gen).expect("generator");
    g.running.set(false);
    frames::frame_suspend(&frame);
    // The loop had no exception being handled; one the generator yielded
    // inside an `except` block stays with the generator.
    if let Some(exc) = vm.exc_info.take() {
        *g.exc_state.borrow_mut() = Some(exc);
    }
    g.yield_dst.set(Some(yield_dst));
    let dst = frame.ret_dst as usize;
    g.frame.borrow_mut().push(frame);
    if let Some(caller) = stack.last_mut() {
        caller.regs[dst] = Some(v);
    }
}

/// `Return` in an inline generator frame (already popped): the generator is
/// exhausted, so the loop in the caller (now the top of `stack`) exits.
pub(super) fn finish(vm: &mut Vm, stack: &mut [Frame], gen: &Value) {
    if let Some(g) = as_generator(gen) {
        g.running.set(false);
    }
    vm.exc_info = None;
    if let Some(caller) = stack.last_mut() {
        let code = caller.code();
        let exit = match code.instrs.get(caller.pc.wrapping_sub(1)).map(|i| i.get()) {
            Some(
                Instr::ForIter { target, .. } | Instr::ForIterRange { target, .. } | Instr::ForIterList { target, .. },
            ) => Some(target.0 as usize),
            _ => None,
        };
        if let Some(t) = exit {
            caller.pc = t;
        }
    }
}

/// An exception is leaving an inline generator frame (`frame`, being popped):
/// the generator stops running, and a StopIteration becomes PEP 479's
/// RuntimeError, as `generator::run_frame` does.
pub(super) fn leave_on_error(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> PyErr {
    let Some(gen) = frame.inline_gen.take() else { return err };
    if let Some(g) = as_generator(&gen) {
        g.running.set(false);
    }
    vm.exc_info = None;
    types::generator::escaping_error(vm, err)
}
