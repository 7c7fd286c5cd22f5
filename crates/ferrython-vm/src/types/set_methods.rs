//! Methods of `set` and `frozenset` (CPython: Objects/setobject.c,
//! `set_methods` / `frozenset_methods`). Methods both types share are
//! generic over `FROZEN` so each type's descriptor checks its own `self`.

use crate::args::positional;
use crate::object::Value;
use crate::types::methods::add_methods;
use crate::types::set::{self, as_any_set, as_set, is_frozenset, FROZENSET_TYPE, SET_TYPE};
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};

fn type_name(frozen: bool) -> &'static str {
    if frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// `self` of a method of `set` (or of `frozenset` when `frozen`).
/// `self` of a set or frozenset method: an exact one inline, the rest out
/// of line.
#[inline(always)]
fn this<'a>(vm: &mut Vm, frozen: bool, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if v.downcast_exact::<set::SetObj>(if frozen { &FROZENSET_TYPE } else { &SET_TYPE }).is_some() => Ok(v),
        _ => this_general(vm, frozen, name, a),
    }
}

#[inline(never)]
fn this_general<'a>(vm: &mut Vm, frozen: bool, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    let ty = type_name(frozen);
    match a.args.first() {
        Some(v) if as_any_set(v).is_some() && is_frozenset(v) == frozen => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method {ty}.{name}() needs an argument"))),
    }
}

#[inline(always)]
fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

/// The `*others` of a METH_VARARGS method (no keywords allowed).
fn varargs<'a>(vm: &mut Vm, frozen: bool, name: &str, a: &CallArgs<'a>) -> PyResult<&'a [Value]> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{}.{name}() takes no keyword arguments", type_name(frozen))));
    }
    Ok(&a.args[1..])
}

/// One argument (METH_O).
fn one<'a>(vm: &mut Vm, frozen: bool, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    if a.args.len() == 2 && a.kwnames.is_empty() {
        return Ok(&a.args[1]);
    }
    Ok(&positional(vm, format_args!("{}.{name}", type_name(frozen)), &rest(a), 1, 1)?[0])
}

/// No arguments (METH_NOARGS).
fn none_args(vm: &mut Vm, frozen: bool, name: &str, a: &CallArgs) -> PyResult<()> {
    positional(vm, format_args!("{}.{name}", type_name(frozen)), &rest(a), 0, 0)?;
    Ok(())
}

fn copy<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "copy", &a)?;
    none_args(vm, FROZEN, "copy", &a)?;
    if FROZEN {
        return Ok(s.clone());
    }
    set::set_copy(vm, s)
}

fn union<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "union", &a)?.clone();
    let others = varargs(vm, FROZEN, "union", &a)?;
    let result = set::set_copy(vm, &s)?;
    for o in others {
        if o.is(&s) {
            continue;
        }
        set::update_internal(vm, &as_any_set(&result).expect("set").table, o)?;
    }
    Ok(result)
}

fn intersection_multi(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return set::set_copy(vm, s);
    }
    let mut result = s.clone();
    for o in others {
        result = set::set_intersection(vm, &result, o)?;
    }
    Ok(result)
}

fn intersection<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "intersection", &a)?.clone();
    let others = varargs(vm, FROZEN, "intersection", &a)?;
    intersection_multi(vm, &s, others)
}

fn difference<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "difference", &a)?.clone();
    let others = varargs(vm, FROZEN, "difference", &a)?;
    let Some((first, more)) = others.split_first() else { return set::set_copy(vm, &s) };
    let result = set::set_difference(vm, &s, first)?;
    for o in more {
        set::difference_update_internal(vm, &result, o)?;
    }
    Ok(result)
}

fn symmetric_difference<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "symmetric_difference", &a)?.clone();
    let o = one(vm, FROZEN, "symmetric_difference", &a)?;
    set::set_symmetric_difference(vm, &s, o)
}

fn isdisjoint<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "isdisjoint", &a)?.clone();
    let other = one(vm, FROZEN, "isdisjoint", &a)?;
    if s.is(other) {
        let empty = as_any_set(&s).expect("set").table.borrow().is_empty();
        return Ok(vm.bool(empty));
    }
    if let Some(o) = as_any_set(other) {
        let so = as_any_set(&s).expect("set");
        let (small, big) = if o.table.borrow().len() > so.table.borrow().len() { (so, o) } else { (o, so) };
        let entries = small.table.borrow().entries();
        for (h, k) in entries {
            if set::contains_entry(vm, &big.table, &k, h)? {
                return Ok(vm.bool(false));
            }
        }
        return Ok(vm.bool(true));
    }
    let table = &as_any_set(&s).expect("set").table;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if set::contains_entry(vm, table, &k, h)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn issubset<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "issubset", &a)?.clone();
    let other = one(vm, FROZEN, "issubset", &a)?;
    let r = if as_any_set(other).is_some() {
        set::is_subset(vm, &s, other)?
    } else {
        let tmp = set::set_intersection(vm, &s, other)?;
        let n = as_any_set(&tmp).expect("set").table.borrow().len();
        n == as_any_set(&s).expect("set").table.borrow().len()
    };
    Ok(vm.bool(r))
}

fn issuperset<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "issuperset", &a)?.clone();
    let other = one(vm, FROZEN, "issuperset", &a)?;
    if as_any_set(other).is_some() {
        let r = set::is_subset(vm, other, &s)?;
        return Ok(vm.bool(r));
    }
    let table = &as_any_set(&s).expect("set").table;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if !set::contains_entry(vm, table, &k, h)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn contains<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "__contains__", &a)?.clone();
    let k = one(vm, FROZEN, "__contains__", &a)?;
    let r = set::set_contains(vm, &s, k)?;
    Ok(vm.bool(r))
}

fn len<const FROZEN: bool>(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, FROZEN, "__len__", &a)?;
    none_args(vm, FROZEN, "__len__", &a)?;
    Ok(types::int::new_int(as_any_set(s).expect("set").table.borrow().len() as i64))
}

/// The mutating methods: `self` must be a `set`.
fn this_set<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    this(vm, false, name, a)
}

fn add(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "add", &a)?;
    let k = one(vm, false, "add", &a)?;
    set::add_key(vm, &as_set(s).expect("set").table, k.clone())?;
    Ok(vm.none())
}

fn clear(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "clear", &a)?;
    none_args(vm, false, "clear", &a)?;
    as_set(s).expect("set").table.borrow_mut().clear();
    Ok(vm.none())
}

fn discard(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "discard", &a)?;
    let k = one(vm, false, "discard", &a)?;
    let (key, h) = set::key_hash_or_frozen(vm, k)?;
    set::discard_entry(vm, &as_set(s).expect("set").table, &key, h)?;
    Ok(vm.none())
}

fn remove(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "remove", &a)?;
    let k = one(vm, false, "remove", &a)?;
    let (key, h) = set::key_hash_or_frozen(vm, k)?;
    if !set::discard_entry(vm, &as_set(s).expect("set").table, &key, h)? {
        return Err(vm.new_key_error(k.clone()));
    }
    Ok(vm.none())
}

fn pop(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "pop", &a)?;
    none_args(vm, false, "pop", &a)?;
    match set::set_pop(as_set(s).expect("set")) {
        Some(k) => Ok(k),
        None => Err(vm.new_key_error(types::str::new_str("pop from an empty set"))),
    }
}

fn update(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "update", &a)?;
    let others = varargs(vm, false, "update", &a)?;
    for o in others {
        set::update_internal(vm, &as_set(s).expect("set").table, o)?;
    }
    Ok(vm.none())
}

fn difference_update(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "difference_update", &a)?.clone();
    let others = varargs(vm, false, "difference_update", &a)?;
    for o in others {
        set::difference_update_internal(vm, &s, o)?;
    }
    Ok(vm.none())
}

fn intersection_update(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "intersection_update", &a)?.clone();
    let others = varargs(vm, false, "intersection_update", &a)?;
    let tmp = intersection_multi(vm, &s, others)?;
    set::swap_bodies(&s, &tmp);
    Ok(vm.none())
}

fn symmetric_difference_update(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this_set(vm, "symmetric_difference_update", &a)?.clone();
    let o = one(vm, false, "symmetric_difference_update", &a)?;
    set::symmetric_difference_update(vm, &s, o)?;
    Ok(vm.none())
}

pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &SET_TYPE,
        &[
            ("add", add),
            ("clear", clear),
            ("__contains__", contains::<false>),
            ("__len__", len::<false>),
            ("copy", copy::<false>),
            ("discard", discard),
            ("difference", difference::<false>),
            ("difference_update", difference_update),
            ("intersection", intersection::<false>),
            ("intersection_update", intersection_update),
            ("isdisjoint", isdisjoint::<false>),
            ("issubset", issubset::<false>),
            ("issuperset", issuperset::<false>),
            ("pop", pop),
            ("remove", remove),
            ("symmetric_difference", symmetric_difference::<false>),
            ("symmetric_difference_update", symmetric_difference_update),
            ("union", union::<false>),
            ("update", update),
        ],
    );
    add_methods(
        vm,
        &FROZENSET_TYPE,
        &[
            ("__contains__", contains::<true>),
            ("__len__", len::<true>),
            ("copy", copy::<true>),
            ("difference", difference::<true>),
            ("intersection", intersection::<true>),
            ("isdisjoint", isdisjoint::<true>),
            ("issubset", issubset::<true>),
            ("issuperset", issuperset::<true>),
            ("symmetric_difference", symmetric_difference::<true>),
            ("union", union::<true>),
        ],
    );
}
