//! Calling a class without nesting the eval loop on the Rust stack.
//!
//! `C(args)` runs `type.__call__`: `__new__` makes the instance, then
//! `__init__` initializes it. Done natively, the `__init__` call would start
//! a nested `run` for a Python function, which costs a Rust-level call
//! chain per object created and a nested loop. For the common class — plain
//! `type` as metaclass, `object.__new__`, a Python `__init__` — the eval
//! loop instead allocates the instance here and pushes `__init__`'s frame
//! like any Python call, remembering the instance in the frame; `Return`
//! hands the instance to the caller after checking that `__init__` returned
//! None (`init_returned`). Everything else takes the native path.

use crate::object::Value;
use crate::types::function::as_function;
use crate::types::type_payload;
use crate::types::type_type::TYPE_TYPE;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};

/// For a class call that can run `__init__` as a pushed frame: the
/// `__init__` function and the new instance. `None` leaves the call to
/// `type.__call__`; in that case nothing has run yet.
pub(super) fn instance_for_init(vm: &mut Vm, cls: &Value, args: CallArgs) -> PyResult<Option<(Value, Value)>> {
    // A metaclass may override `__call__`; only `type` itself qualifies.
    if !std::ptr::eq(cls.type_obj(), &TYPE_TYPE.0) {
        return Ok(None);
    }
    let t = type_payload(cls);
    if !t.is_heap_type() {
        return Ok(None);
    }
    let Some(init) = t.lookup_str("__init__") else { return Ok(None) };
    let Some(f) = as_function(&init) else { return Ok(None) };
    let is_plain = types::function::as_code(&f.code)
        .is_some_and(|c| c.code.flags & ferrython_bytecode::code::flags::GENERATOR == 0);
    let object_new = types::object::OBJECT_TYPE.0.data.lookup_str("__new__");
    let new_is_object_new = match (t.lookup_str("__new__"), object_new) {
        (Some(n), Some(o)) => n.is(&o),
        _ => false,
    };
    if !is_plain || !new_is_object_new {
        return Ok(None);
    }
    // `object.__new__` returns an instance of `cls`, so `__init__` runs.
    // Its argument checks pass: `__init__` is overridden, `__new__` is not.
    let _ = args;
    let obj = types::object::instance_of(vm, cls)?;
    Ok(Some((init, obj)))
}

/// What a class call returns once its pushed `__init__` frame returned `v`.
pub(super) fn init_returned(vm: &mut Vm, v: Value, obj: Value) -> PyResult<Value> {
    if types::bool_none::is_none(&v) {
        return Ok(obj);
    }
    Err(vm.new_type_error(format!("__init__() should return None, not '{}'", v.ty().name())))
}
