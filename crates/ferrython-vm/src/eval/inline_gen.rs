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
    if !move_last_frame(&mut g.frame.borrow_mut(), stack) {
        return Ok(false);
    }
    // The frame is set up where it now lies (see `move_last_frame`).
    let frame = stack.last_mut().expect("frame");
    if let Some(d) = g.yield_dst.get() {
        frame.set_register(d, vm.none());
    }
    frame.ret_dst = dst.0;
    frame.inline_gen = Some(it.clone());
    g.running.set(true);
    vm.depth += 1;
    Ok(true)
}

/// Moves the last frame of `from` to the end of `to` (false: `from` is
/// empty), eight bytes at a time (see `copy_frame_words`). perf put 55% of
/// `yield_out`'s samples on two plain moves of the frame per `yield` (out
/// of the stack into a local, then into the generator); now it moves once.
fn move_last_frame(from: &mut Vec<Frame>, to: &mut Vec<Frame>) -> bool {
    let Some(last) = from.len().checked_sub(1) else { return false };
    to.reserve(1);
    // SAFETY: `last` is an initialized frame of `from`, copied to the spare
    // slot `reserve` made at the end of `to` (a different vector). The
    // lengths then hand the frame over: `from` forgets it before `to` owns
    // it, so it is never dropped twice nor leaked.
    unsafe {
        super::copy_frame_words(from.as_ptr().add(last), to.as_mut_ptr().add(to.len()));
        from.set_len(last);
        to.set_len(to.len() + 1);
    }
    true
}

/// `Yield` in an inline generator frame (the top of `stack`): the frame
/// goes back to its generator, `v` to the loop's target register.
pub(super) fn yield_out(vm: &mut Vm, stack: &mut Vec<Frame>, v: Value, yield_dst: u16) {
    // The frame is finished with where it lies, then moved once.
    let Some(frame) = stack.last_mut() else { return };
    let Some(gen) = frame.inline_gen.take() else {
        stack.pop();
        vm.depth -= 1;
        return;
    };
    let g = as_generator(&gen).expect("generator");
    g.running.set(false);
    frames::frame_suspend(frame);
    let dst = frame.ret_dst as usize;
    vm.depth -= 1;
    // The loop had no exception being handled; one the generator yielded
    // inside an `except` block stays with the generator.
    if let Some(exc) = vm.exc_info.take() {
        *g.exc_state.borrow_mut() = Some(exc);
    }
    g.yield_dst.set(Some(yield_dst));
    move_last_frame(stack, &mut g.frame.borrow_mut());
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
