//! Methods of `range` and `slice` (CPython: Objects/rangeobject.c,
//! Objects/sliceobject.c).

use crate::args::positional;
use crate::object::Value;
use crate::types::methods::add_methods;
use crate::types::range::{as_range, range_search, RangeObj, RANGE_TYPE};
use crate::types::slice::{as_slice, SLICE_TYPE};
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

fn this<'a>(vm: &mut Vm, ty: &str, ok: bool, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if ok => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method {ty}.{name}() needs an argument"))),
    }
}

fn this_range<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a RangeObj> {
    let ok = a.args.first().is_some_and(|v| as_range(v).is_some());
    let v = this(vm, "range", ok, name, a)?;
    Ok(as_range(v).expect("range"))
}

fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

/// An int that is not a bool, as `i128` (the arithmetic fast path).
fn exact_int(v: &Value) -> Option<i128> {
    if types::bool_none::as_bool(v).is_some() {
        return None;
    }
    if let Some(i) = v.as_small_int() {
        return Some(i as i128);
    }
    types::int::as_bigint_obj(v).and_then(num_traits::ToPrimitive::to_i128)
}

fn count(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = this_range(vm, "count", &a)?;
    let p = positional(vm, "range.count", &rest(&a), 1, 1)?;
    if let Some(i) = exact_int(&p[0]) {
        return Ok(types::int::new_int(r.position(i).is_some() as i64));
    }
    let n = range_search(vm, r, &p[0], true)?.unwrap_or(0);
    Ok(types::int::new_int(n))
}

fn index(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = this_range(vm, "index", &a)?;
    let p = positional(vm, "range.index", &rest(&a), 1, 1)?;
    if let Some(i) = exact_int(&p[0]) {
        return match r.position(i) {
            Some(pos) => Ok(types::int::new_int(pos)),
            None => {
                let s = vm.repr_string(&p[0])?;
                Err(vm.new_value_error(format!("{s} is not in range")))
            }
        };
    }
    match range_search(vm, r, &p[0], false)? {
        Some(pos) => Ok(types::int::new_int(pos)),
        None => Err(vm.new_value_error("sequence.index(x): x not in sequence".into())),
    }
}

fn reversed(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = this_range(vm, "__reversed__", &a)?;
    positional(vm, "range.__reversed__", &rest(&a), 0, 0)?;
    let n = r.len();
    let last = if n == 0 { r.start } else { r.item(n - 1) as i64 };
    Ok(types::iter::new_range_iter(last, r.step.wrapping_neg(), n))
}

fn range_contains_method(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let ok = a.args.first().is_some_and(|v| as_range(v).is_some());
    let s = this(vm, "range", ok, "__contains__", &a)?.clone();
    let p = positional(vm, "range.__contains__", &rest(&a), 1, 1)?;
    let r = types::range::range_contains(vm, &s, &p[0])?;
    Ok(vm.bool(r))
}

/// An int operand (`__index__`), or `None` when `v` is not one.
fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = types::int::to_bigint(v) {
        return Ok(Some(b));
    }
    if v.ty().is_heap_type() && v.ty().lookup_str("__index__").is_some() {
        let i = vm.call_method(v, "__index__", &[])?;
        return Ok(types::int::to_bigint(&i));
    }
    Ok(None)
}

/// `slice.indices(length)`: `(start, stop, step)` resolved against `length`,
/// in arbitrary precision (CPython's `_PySlice_GetLongIndices`).
fn indices(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let ok = a.args.first().is_some_and(|v| as_slice(v).is_some());
    let s = this(vm, "slice", ok, "indices", &a)?.clone();
    let p = positional(vm, "slice.indices", &rest(&a), 1, 1)?;
    let Some(length) = index_bigint(vm, &p[0])? else {
        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", p[0].ty().name())));
    };
    if length.is_negative() {
        return Err(vm.new_value_error("length should not be negative".into()));
    }
    let sl = as_slice(&s).expect("slice");
    let (start, stop, step) = (sl.start.clone(), sl.stop.clone(), sl.step.clone());
    let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if types::bool_none::is_none(v) {
            return Ok(None);
        }
        match index_bigint(vm, v)? {
            Some(b) => Ok(Some(b)),
            None => Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method".into())),
        }
    };
    let step = bound(vm, &step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.new_value_error("slice step cannot be zero".into()));
    }
    let (lower, upper) =
        if step.is_negative() { (-BigInt::one(), &length - 1) } else { (BigInt::zero(), length.clone()) };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += &length;
                }
                if i < lower {
                    lower.clone()
                } else if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let start_v = bound(vm, &start)?;
    let stop_v = bound(vm, &stop)?;
    let (start, stop) = if step.is_negative() {
        (clamp(start_v, &upper), clamp(stop_v, &lower))
    } else {
        (clamp(start_v, &lower), clamp(stop_v, &upper))
    };
    let items = vec![types::int::new_bigint(start), types::int::new_bigint(stop), types::int::new_bigint(step)];
    Ok(types::tuple::new_tuple(items))
}

pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &RANGE_TYPE,
        &[("count", count), ("index", index), ("__reversed__", reversed), ("__contains__", range_contains_method)],
    );
    add_methods(vm, &SLICE_TYPE, &[("indices", indices)]);
}
