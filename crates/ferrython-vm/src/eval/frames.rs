//! Frame objects for the eval loop's frames, made on demand.
//!
//! # Design
//!
//! Frames are structs on each `run`'s own stack, out of reach of native
//! code. Two things make them reachable when Python code asks for a frame
//! object (a traceback entry, `sys._getframe`, `f_back`):
//!
//! * A native call made by the loop (`call_native`) publishes the calling
//!   run's frames as a `CallerLink` on the Rust stack and points
//!   `Vm::caller_link` at it for the duration of the call, restoring the
//!   previous link afterwards. The links form a chain, innermost first,
//!   like CPython's `_PyInterpreterFrame.previous` chain. Each records the
//!   run depth (`Vm::run_depth`) it belongs to, so a run started by native
//!   code that was *not* reached through a published call (an `__add__`
//!   called by `a + b`, a generator stepped by `for`) is detected: its
//!   bottom frame's `f_back` is then `None` rather than a wrong frame.
//! * Each `Frame` caches its frame object (`Frame::frame_obj`), so a frame
//!   has one object for its whole life (`sys._getframe() is
//!   sys._getframe()`), and the loop keeps the cost off the common path:
//!   nothing is allocated until an object is asked for, and a frame that
//!   has one refreshes it when it finishes (`frame_exit`), as CPython's
//!   `take_ownership` does.
//!
//! A frame object is a snapshot: its line and, for a function frame, its
//! variables are as of the last refresh (when it was asked for, and when
//! its frame finished), not live.

use super::Frame;
use crate::object::Value;
use crate::types::{self, frame::as_frame};
use crate::vm::Vm;

/// The frames of a run that made a native call, published while the call
/// runs (see the module comment).
pub struct CallerLink {
    pub frames: *const [Frame],
    pub prev: *const CallerLink,
    pub run_depth: usize,
}

/// The executing instruction of a frame (`pc` has moved past it).
fn lasti(frame: &Frame) -> u32 {
    frame.pc.saturating_sub(1) as u32
}

/// `frame`'s object, made if it has none yet; the flag says it was made now.
fn object_for(frame: &Frame) -> (Value, bool) {
    match frame.frame_obj.take() {
        Some(v) => {
            frame.frame_obj.set(Some(v.clone()));
            (v, false)
        }
        None => {
            let v = types::frame::new_frame_object(
                frame.code.clone(),
                frame.globals.clone(),
                frame.builtins.clone(),
                lasti(frame),
            );
            if let Some(ns) = &frame.locals {
                *as_frame(&v).expect("frame").locals.borrow_mut() = Some(ns.clone());
            }
            frame.frame_obj.set(Some(v.clone()));
            (v, true)
        }
    }
}

/// Brings `obj` up to date with `frame`: the current instruction and a new
/// snapshot of a function frame's variables.
fn refresh(obj: &Value, frame: &Frame) {
    let f = as_frame(obj).expect("frame");
    f.lasti.set(lasti(frame));
    if frame.locals.is_none() {
        *f.locals.borrow_mut() = Some(super::introspect::fast_locals(frame));
    }
}

/// The object of the top frame of `frames` (a run at `run_depth`, whose
/// callers are published from `link` down), with `f_back` linked for it
/// and every frame below. `refresh_all` also brings the frames below up
/// to date (`sys._getframe` walks them); otherwise the walk stops at the
/// first frame that already had an object, whose chain is linked already.
fn materialize(frames: &[Frame], run_depth: usize, link: *const CallerLink, refresh_all: bool) -> Option<Value> {
    let mut top: Option<Value> = None;
    let mut upper: Option<Value> = None;
    for (i, frame) in frames.iter().enumerate().rev() {
        let (obj, fresh) = object_for(frame);
        if fresh || refresh_all {
            refresh(&obj, frame);
        } else if top.is_none() {
            as_frame(&obj).expect("frame").lasti.set(lasti(frame));
        }
        if let Some(u) = upper.take() {
            *as_frame(&u).expect("frame").back.borrow_mut() = Some(obj.clone());
        }
        if top.is_none() {
            top = Some(obj.clone());
        }
        if !fresh && !refresh_all && i > 0 {
            return top;
        }
        upper = Some(obj);
    }
    // The bottom frame: its caller is the top of the run that published
    // the call this run was started from, if that is the run just outside.
    let bottom = upper?;
    let caller =
        caller_run(link, run_depth).and_then(|(frames, depth, prev)| materialize(frames, depth, prev, refresh_all));
    *as_frame(&bottom).expect("frame").back.borrow_mut() = caller;
    top
}

/// The published run directly outside a run at `run_depth`.
fn caller_run<'a>(link: *const CallerLink, run_depth: usize) -> Option<(&'a [Frame], usize, *const CallerLink)> {
    let mut cur = link;
    while !cur.is_null() {
        // SAFETY: a `CallerLink` lives on the Rust stack of the
        // `call_native` that published it, which unpublishes it before
        // returning; everything reachable from `Vm::caller_link` is
        // therefore alive, and its frames are borrowed (shared) by that
        // call for as long as it runs.
        let l = unsafe { &*cur };
        if l.run_depth < run_depth {
            if l.run_depth + 1 != run_depth {
                return None;
            }
            // SAFETY: as above.
            let frames = unsafe { &*l.frames };
            return Some((frames, l.run_depth, l.prev));
        }
        cur = l.prev;
    }
    None
}

/// The frame object for a traceback entry of the top frame of `stack`
/// (the run now unwinding).
pub fn traceback_frame(vm: &Vm, stack: &[Frame]) -> Option<Value> {
    materialize(stack, vm.run_depth, vm.caller_link, false)
}

/// The frame `depth` calls up from the innermost frame that made the
/// current native call (`sys._getframe`); `None` past the outermost.
pub fn caller_frame(vm: &Vm, depth: usize) -> Option<Value> {
    if vm.caller_link.is_null() {
        return None;
    }
    // SAFETY: see `caller_run`.
    let l = unsafe { &*vm.caller_link };
    let frames = unsafe { &*l.frames };
    let mut f = materialize(frames, l.run_depth, l.prev, true)?;
    for _ in 0..depth {
        let back = as_frame(&f)?.back.borrow().clone()?;
        f = back;
    }
    Some(f)
}

/// A frame with an object is finishing: its object keeps the final line and
/// variables, and its caller (now `stack`'s top, or the run's caller).
pub fn frame_exit(vm: &Vm, done: &Frame, obj: &Value, stack: &[Frame]) {
    refresh(obj, done);
    let f = as_frame(obj).expect("frame");
    if f.back.borrow().is_some() {
        return;
    }
    let caller = if stack.is_empty() {
        caller_run(vm.caller_link, vm.run_depth)
            .and_then(|(frames, depth, prev)| materialize(frames, depth, prev, false))
    } else {
        materialize(stack, vm.run_depth, vm.caller_link, false)
    };
    *f.back.borrow_mut() = caller;
}

/// A generator frame is suspending: it has no caller until resumed.
pub fn frame_suspend(frame: &Frame) {
    if let Some(obj) = frame.frame_obj.take() {
        refresh(&obj, frame);
        *as_frame(&obj).expect("frame").back.borrow_mut() = None;
        frame.frame_obj.set(Some(obj));
    }
}

/// Brings a frame object whose frame is still running in a published run
/// (suspended in a native call) up to its current line.
pub fn sync_live(vm: &Vm, obj: &Value) {
    let mut cur = vm.caller_link;
    while !cur.is_null() {
        // SAFETY: see `caller_run`.
        let l = unsafe { &*cur };
        let frames = unsafe { &*l.frames };
        for frame in frames {
            let mine = frame.frame_obj.take();
            if let Some(m) = &mine {
                if m.is(obj) {
                    as_frame(m).expect("frame").lasti.set(lasti(frame));
                }
            }
            frame.frame_obj.set(mine);
        }
        cur = l.prev;
    }
}
