//! Methods of `tuple` (CPython: Objects/tupleobject.c).

use crate::args::positional;
use crate::object::Value;
use crate::types::list_methods::index_bounds;
use crate::types::methods::add_methods;
use crate::types::tuple::{as_tuple, TUPLE_TYPE};
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};

fn this<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if as_tuple(v).is_some() => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method tuple.{name}() needs an argument"))),
    }
}

fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

fn count(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let items = this(vm, "count", &a)?;
    let items = as_tuple(items).expect("tuple").to_vec();
    let p = positional(vm, "tuple.count", &rest(&a), 1, 1)?;
    let mut n = 0;
    for x in &items {
        if x.is(&p[0]) || vm.eq(x, &p[0])? {
            n += 1;
        }
    }
    Ok(types::int::new_int(n))
}

fn index(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let items = this(vm, "index", &a)?;
    let items = as_tuple(items).expect("tuple").to_vec();
    let p = positional(vm, "index", &rest(&a), 1, 3)?;
    let (start, stop) = index_bounds(vm, p, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&p[0]) || vm.eq(x, &p[0])? {
            return Ok(types::int::new_int(i as i64));
        }
    }
    Err(vm.new_value_error("tuple.index(x): x not in tuple".into()))
}

fn contains(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__contains__", &a)?.clone();
    let p = positional(vm, "tuple.__contains__", &rest(&a), 1, 1)?;
    let r = vm.contains(&s, &p[0])?;
    Ok(vm.bool(r))
}

fn len(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__len__", &a)?;
    positional(vm, "tuple.__len__", &rest(&a), 0, 0)?;
    Ok(types::int::new_int(as_tuple(s).expect("tuple").len() as i64))
}

pub fn install(vm: &mut Vm) {
    add_methods(vm, &TUPLE_TYPE, &[("count", count), ("index", index), ("__contains__", contains), ("__len__", len)]);
}
