//! The evaluation loop (in progress: see `docs/internals/eval.md`).

use crate::object::Value;
use crate::types::CallArgs;
use crate::vm::{PyResult, Vm};

/// Calls a Python function object.
pub fn call_python_function(vm: &mut Vm, _f: &Value, _args: CallArgs) -> PyResult<Value> {
    Err(vm.new_type_error("calling Python functions is not implemented yet".into()))
}
