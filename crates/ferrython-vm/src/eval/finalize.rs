//! Closing generators that were dropped while suspended (see
//! `types::generator`), and reporting what their `close()` raised the way
//! CPython's `PyErr_WriteUnraisable` does.

use super::Frame;
use crate::object::Value;
use crate::types::{self, generator};
use crate::vm::{PyErr, Vm};

/// Closes the generators dropped since the last safe point. `stack` is the
/// running frames (their top is "where" an error without a traceback
/// happened).
#[inline(always)]
pub fn safe_point(vm: &mut Vm, stack: &[Frame]) {
    if generator::has_pending_close() {
        close_pending(vm, stack);
    }
}

#[cold]
pub fn close_pending(vm: &mut Vm, stack: &[Frame]) {
    // Closing one generator can drop others.
    while generator::has_pending_close() {
        for g in generator::take_pending_close() {
            if let Err(err) = generator::close(vm, &g) {
                write_unraisable(vm, err, &g, stack);
            }
        }
    }
}

/// Reports an exception that cannot propagate (CPython:
/// Python/errors.c, `_PyErr_WriteUnraisableMsg` and the default
/// `sys.unraisablehook`): "Exception ignored in: <obj>", the traceback
/// (the current frame's, when the exception has none) and `Type: message`.
pub fn write_unraisable(vm: &mut Vm, err: PyErr, obj: &Value, stack: &[Frame]) {
    let exc = err.0;
    if let Some(d) = types::exceptions::exc_data(&exc) {
        if d.traceback.borrow().is_none() {
            if let (Some(top), Some(f)) = (stack.last(), super::frames::traceback_frame(vm, stack)) {
                let lasti = top.pc.saturating_sub(1) as u32;
                *d.traceback.borrow_mut() = Some(types::frame::new_traceback(None, f, lasti));
            }
        }
    }
    if let Some(hook) = custom_hook(vm) {
        let args = hook_args(vm, &exc, obj);
        if let Ok(a) = args {
            let _ = vm.call(&hook, types::CallArgs::positional(&[a]));
        }
        return;
    }
    let what = vm.repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let text = crate::traceback::format_unraisable(vm, &exc);
    vm.write_stderr(&format!("Exception ignored in: {what}\n{text}"));
}

/// `sys.unraisablehook` when the program replaced the default one.
fn custom_hook(vm: &mut Vm) -> Option<Value> {
    let sys = vm.sys_module.clone()?;
    let hook = vm.getattr_str(&sys, "unraisablehook").ok()?;
    let default = vm.getattr_str(&sys, "__unraisablehook__").ok()?;
    (!hook.is(&default)).then_some(hook)
}

/// The hook's argument: an object with `exc_type`, `exc_value`,
/// `exc_traceback`, `err_msg` and `object` (CPython's `UnraisableHookArgs`).
fn hook_args(vm: &mut Vm, exc: &Value, obj: &Value) -> crate::vm::PyResult<Value> {
    let ns = types::dict::new_dict();
    let tb = types::exceptions::exc_data(exc).and_then(|d| d.traceback.borrow().clone()).unwrap_or_else(|| vm.none());
    let entries = [
        ("exc_type", exc.type_value()),
        ("exc_value", exc.clone()),
        ("exc_traceback", tb),
        ("err_msg", vm.none()),
        ("object", obj.clone()),
    ];
    for (k, v) in entries {
        let key = vm.intern(k);
        types::dict::as_dict(&ns).expect("dict").borrow_mut().set_str(key, v);
    }
    let name = types::str::new_str("UnraisableHookArgs");
    let bases = types::tuple::new_tuple_from_array([]);
    let cls = vm.call(&types::type_type::TYPE_TYPE.value(), types::CallArgs::positional(&[name, bases, ns]))?;
    vm.call(&cls, types::CallArgs::positional(&[]))
}
