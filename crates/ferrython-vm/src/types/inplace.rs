//! In-place operators of the builtin containers (CPython's
//! `nb_inplace_*` / `sq_inplace_*` slots): `list += / *=`, `set |= &= -= ^=`
//! and `dict |=` mutate the left operand and return it.

use crate::object::Value;
use crate::types;
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::BinOp;

/// `a op= b` when `a` is a builtin container with an in-place slot for `op`;
/// `None` to fall back to the binary operator.
pub fn builtin_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if types::list::as_list(a).is_some() {
        return match op {
            BinOp::Add => {
                types::list_methods::list_extend(vm, a, b)?;
                Ok(Some(a.clone()))
            }
            BinOp::Mul => types::list::list_inplace_repeat(vm, a, b),
            _ => Ok(None),
        };
    }
    if types::bytes::as_bytearray(a).is_some() {
        return types::bytes::bytearray_inplace(vm, a, b, op);
    }
    if types::set::as_set(a).is_some() {
        return types::set::set_inplace(vm, a, b, op);
    }
    if types::dict::as_dict(a).is_some() && op == BinOp::Or {
        types::dict_methods::dict_update_arg(vm, a, b)?;
        return Ok(Some(a.clone()));
    }
    Ok(None)
}
