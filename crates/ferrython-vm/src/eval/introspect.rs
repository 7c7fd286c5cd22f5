//! What builtins that look at their caller's frame need: `globals()`,
//! `locals()`, `vars()`, `dir()`, `eval`/`exec` without namespaces, and
//! zero-argument `super()`.
//!
//! Frames live on the eval loop's own stack, so native code cannot reach
//! them. Instead, when the loop calls one of these callables directly (the
//! builtin is marked `needs_frame`, or it is the `super` type), it first
//! stores a `FrameCtx` snapshot in `Vm::frame_ctx` and clears it after the
//! call. A call from native code (`map(locals, ...)`) finds no snapshot.

use super::Frame;
use crate::object::Value;
use crate::types;

pub struct FrameCtx {
    pub globals: Value,
    pub builtins: Value,
    /// The frame's namespace: the module or class dict, or for a function a
    /// snapshot dict of its bound local, cell and free variables (`None`
    /// for callables that only need the globals).
    pub locals: Option<Value>,
    /// `(__class__, first argument)` for `super()`, or the RuntimeError message.
    pub super_args: Result<(Value, Value), String>,
}

/// Does calling `f` with `nargs` positional arguments need the caller's
/// frame? (`type(name, bases, ns)` takes `__module__` from its globals.)
pub fn needs_frame(f: &Value, nargs: usize) -> bool {
    if let Some(b) = types::function::as_builtin(f) {
        return b.needs_frame;
    }
    f.is(&types::super_type::SUPER_TYPE.value()) || (nargs == 3 && f.is(&types::type_type::TYPE_TYPE.value()))
}

/// The snapshot of `frame` for a frame-reading builtin `f`.
pub fn frame_ctx(frame: &Frame, f: &Value) -> FrameCtx {
    let is_super = f.is(&types::super_type::SUPER_TYPE.value());
    let locals = if types::function::as_builtin(f).is_none() {
        None
    } else {
        match &frame.locals {
            Some(l) => Some(l.clone()),
            None => Some(fast_locals(frame)),
        }
    };
    let super_args = if is_super { super_args(frame) } else { Err(String::new()) };
    FrameCtx { globals: frame.globals.clone(), builtins: frame.builtins.clone(), locals, super_args }
}

fn cell_contents(v: &Option<Value>) -> Option<Value> {
    v.as_ref().and_then(|c| types::cell::as_cell(c).and_then(|c| c.borrow().clone()))
}

/// A dict of a function frame's bound variables, in `co_varnames`,
/// `co_cellvars`, `co_freevars` order (CPython's `PyFrame_FastToLocals`).
pub(super) fn fast_locals(frame: &Frame) -> Value {
    let co = &frame.code().code;
    let d = types::dict::new_dict();
    let data = types::dict::as_dict(&d).expect("dict");
    let n = co.varnames.len();
    for (i, name) in co.varnames.iter().enumerate() {
        // An argument that is also a cell lives in its cell.
        let v = match co.cellvars.iter().position(|c| c == name) {
            Some(ci) => cell_contents(&frame.regs[n + ci]),
            None => frame.regs[i].clone(),
        };
        if let Some(v) = v {
            data.borrow_mut().set_str(types::str::new_str(name), v);
        }
    }
    for (ci, name) in co.cellvars.iter().enumerate() {
        if co.varnames.contains(name) {
            continue;
        }
        if let Some(v) = cell_contents(&frame.regs[n + ci]) {
            data.borrow_mut().set_str(types::str::new_str(name), v);
        }
    }
    for (fi, name) in co.freevars.iter().enumerate() {
        if let Some(v) = cell_contents(&frame.regs[n + co.cellvars.len() + fi]) {
            data.borrow_mut().set_str(types::str::new_str(name), v);
        }
    }
    d
}

/// `super()`'s class and instance (CPython's `super_init_without_args`).
pub(super) fn super_args(frame: &Frame) -> Result<(Value, Value), String> {
    let co = &frame.code().code;
    if co.argcount == 0 {
        return Err("super(): no arguments".into());
    }
    let n = co.varnames.len();
    let first = match co.cellvars.iter().position(|c| Some(c) == co.varnames.first()) {
        Some(ci) => cell_contents(&frame.regs[n + ci]),
        None => frame.regs[0].clone(),
    };
    let Some(first) = first else { return Err("super(): arg[0] deleted".into()) };
    let Some(fi) = co.freevars.iter().position(|f| &**f == "__class__") else {
        return Err("super(): __class__ cell not found".into());
    };
    let Some(cls) = cell_contents(&frame.regs[n + co.cellvars.len() + fi]) else {
        return Err("super(): empty __class__ cell".into());
    };
    if types::as_type(&cls).is_none() {
        return Err(format!("super(): __class__ is not a type ({})", cls.ty().name()));
    }
    Ok((cls, first))
}
