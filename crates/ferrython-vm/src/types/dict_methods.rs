//! Methods of `dict` and its views, and the `dict(...)` constructor, with
//! the argument handling of CPython's Objects/dictobject.c.

use crate::args::positional;
use crate::object::Value;
use crate::types::dict::{as_dict, dict_del, dict_get, dict_set, new_dict, DICT_TYPE};
use crate::types::dict_views::{as_view, new_dict_iter, new_view, ViewKind};
use crate::types::dict_views::{DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_VALUES_TYPE};
use crate::types::methods::add_methods;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};

/// `self` of a dict method: an exact dict inline, the rest out of line.
#[inline(always)]
fn this<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if crate::types::dict::as_dict_exact(v).is_some() => Ok(v),
        _ => this_general(vm, name, a),
    }
}

#[inline(never)]
fn this_general<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if as_dict(v).is_some() => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method dict.{name}() needs an argument"))),
    }
}

#[inline(always)]
fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

/// Sets each `(key, value)` in order.
pub fn dict_merge(vm: &mut Vm, d: &Value, pairs: Vec<(Value, Value)>) -> PyResult<()> {
    let data = as_dict(d).expect("dict");
    for (k, v) in pairs {
        dict_set(vm, data, k, v)?;
    }
    Ok(())
}

/// `d.update(arg)` for one positional argument (CPython's `dict_update_arg`):
/// a dict, a mapping with `keys()`, or an iterable of pairs.
pub fn dict_update_arg(vm: &mut Vm, d: &Value, arg: &Value) -> PyResult<()> {
    if let Some(src) = types::dict::as_dict_for_merge(arg) {
        let pairs: Vec<(Value, Value)> = src.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        return dict_merge(vm, d, pairs);
    }
    let has_keys = match vm.getattr_str(arg, "keys") {
        Ok(_) => true,
        Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => false,
        Err(e) => return Err(e),
    };
    if has_keys {
        return vm.dict_update(d, arg, None);
    }
    merge_from_seq2(vm, d, arg)
}

/// CPython's `PyDict_MergeFromSeq2`: an iterable of 2-item iterables.
fn merge_from_seq2(vm: &mut Vm, d: &Value, seq: &Value) -> PyResult<()> {
    let it = vm.iter(seq)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.iter(&item) {
            Ok(_) => vm.collect_iterable(&item)?,
            Err(e) if e.is_instance_of(&types::exceptions::TYPE_ERROR.0) => {
                return Err(
                    vm.new_type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
                )
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(vm.new_value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (Some(k), Some(v)) = (pair.next(), pair.next()) else { break };
        dict_set(vm, as_dict(d).expect("dict"), k, v)?;
        i += 1;
    }
    Ok(())
}

/// `update(self, [arg], **kwargs)` shared by `dict.update` and `dict(...)`.
fn update_common(vm: &mut Vm, d: &Value, a: &CallArgs, name: &str) -> PyResult<()> {
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("{name} expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(arg) = pos.first() {
        dict_update_arg(vm, d, arg)?;
    }
    for (k, v) in a.kw() {
        dict_set(vm, as_dict(d).expect("dict"), k.clone(), v.clone())?;
    }
    Ok(())
}

fn clear(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "clear", &a)?;
    positional(vm, "dict.clear", &rest(&a), 0, 0)?;
    let old = std::mem::take(&mut *as_dict(s).expect("dict").borrow_mut());
    {
        let mut d = as_dict(s).expect("dict").borrow_mut();
        d.version = old.version + 1;
        d.writes = old.writes + 1;
    }
    drop(old);
    Ok(vm.none())
}

fn copy(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "copy", &a)?;
    positional(vm, "dict.copy", &rest(&a), 0, 0)?;
    let d = new_dict();
    let Some(src) = types::dict::as_dict_for_merge(s) else {
        vm.dict_update(&d, s, None)?;
        return Ok(d);
    };
    let pairs: Vec<(Value, Value)> = src.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    dict_merge(vm, &d, pairs)?;
    Ok(d)
}

fn fromkeys(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    // A class method: args[0] is the class; a subclass gets `cls()` filled
    // through its own `__setitem__` (CPython's `_PyDict_FromKeys`).
    let p = positional(vm, "fromkeys", &rest(&a), 1, 2)?;
    let value = p.get(1).cloned().unwrap_or_else(|| vm.none());
    let cls = a.args[0].clone();
    let exact = cls.is(&DICT_TYPE.value());
    let d = if exact { new_dict() } else { vm.call(&cls, CallArgs::positional(&[]))? };
    let it = vm.iter(&p[0])?;
    while let Some(k) = vm.next(&it)? {
        if exact {
            dict_set(vm, as_dict(&d).expect("dict"), k, value.clone())?;
        } else {
            vm.set_item(&d, &k, Some(value.clone()))?;
        }
    }
    Ok(d)
}

fn get(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "get", &a)?;
    let p = positional(vm, "get", &rest(&a), 1, 2)?;
    match dict_get(vm, as_dict(s).expect("dict"), &p[0])? {
        Some(v) => Ok(v),
        None => Ok(p.get(1).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn view_method(vm: &mut Vm, a: CallArgs, name: &str, kind: ViewKind) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    positional(vm, format_args!("dict.{name}"), &rest(&a), 0, 0)?;
    Ok(new_view(s, kind))
}

fn pop(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "pop", &a)?;
    let p = positional(vm, "pop", &rest(&a), 1, 2)?;
    match dict_del(vm, as_dict(s).expect("dict"), &p[0])? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_key_error(p[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "popitem", &a)?;
    positional(vm, "dict.popitem", &rest(&a), 0, 0)?;
    let last = as_dict(s).expect("dict").borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(types::tuple::new_tuple_from_array([k, v])),
        None => Err(vm.new_key_error(types::str::new_str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "setdefault", &a)?;
    let p = positional(vm, "setdefault", &rest(&a), 1, 2)?;
    let d = as_dict(s).expect("dict");
    if let Some(v) = dict_get(vm, d, &p[0])? {
        return Ok(v);
    }
    let v = p.get(1).cloned().unwrap_or_else(|| vm.none());
    dict_set(vm, d, p[0].clone(), v.clone())?;
    Ok(v)
}

fn update(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "update", &a)?.clone();
    update_common(vm, &s, &rest(&a), "update")?;
    Ok(vm.none())
}

fn contains(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__contains__", &a)?;
    let p = positional(vm, "dict.__contains__", &rest(&a), 1, 1)?;
    let r = dict_get(vm, as_dict(s).expect("dict"), &p[0])?.is_some();
    Ok(vm.bool(r))
}

fn len(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__len__", &a)?;
    positional(vm, "dict.__len__", &rest(&a), 0, 0)?;
    Ok(types::int::new_int(as_dict(s).expect("dict").borrow().len() as i64))
}

fn getitem(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__getitem__", &a)?.clone();
    let p = positional(vm, "dict.__getitem__", &rest(&a), 1, 1)?;
    types::dict::dict_subscript(vm, &s, &p[0])
}

fn reversed(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__reversed__", &a)?;
    positional(vm, "dict.__reversed__", &rest(&a), 0, 0)?;
    Ok(new_dict_iter(s, ViewKind::Keys, true))
}

fn ior(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__ior__", &a)?.clone();
    let p = positional(vm, "dict.__ior__", &rest(&a), 1, 1)?;
    dict_update_arg(vm, &s, &p[0])?;
    Ok(s)
}

/// `self` of a view method, for view type `ty`.
fn view_this<'a>(vm: &mut Vm, ty: &str, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if as_view(v).is_some() && v.ty().name() == ty => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method {ty}.{name}() needs an argument"))),
    }
}

fn view_reversed(vm: &mut Vm, a: CallArgs, ty: &str) -> PyResult<Value> {
    let s = view_this(vm, ty, "__reversed__", &a)?;
    positional(vm, format_args!("{ty}.__reversed__"), &rest(&a), 0, 0)?;
    let view = as_view(s).expect("view");
    Ok(new_dict_iter(&view.dict, view.kind, true))
}

/// `view.isdisjoint(other)` (CPython's `dictviews_isdisjoint`).
fn view_isdisjoint(vm: &mut Vm, a: CallArgs, ty: &str) -> PyResult<Value> {
    let s = view_this(vm, ty, "isdisjoint", &a)?.clone();
    let p = positional(vm, format_args!("{ty}.isdisjoint"), &rest(&a), 1, 1)?;
    let other = p[0].clone();
    if s.is(&other) {
        let empty = vm.len(&s)? == 0;
        return Ok(vm.bool(empty));
    }
    // Iterate the smaller side when both sizes are known cheaply.
    let other_sized = types::set::as_any_set(&other).is_some() || as_view(&other).is_some();
    let (probe, container) =
        if other_sized && vm.len(&s)? > vm.len(&other)? { (s.clone(), other.clone()) } else { (other, s) };
    let it = vm.iter(&probe)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&container, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

pub fn install(vm: &mut Vm) {
    // `dict.__new__` makes an empty dict; `dict.__init__` fills it.
    DICT_TYPE
        .0
        .data
        .slots
        .new
        .set(Some(|vm, cls, _| types::builtin_subclass::new_for(vm, cls, &DICT_TYPE, new_dict())));
    DICT_TYPE.0.data.slots.init.set(Some(|vm, d, a| update_common(vm, d, &a, "dict")));
    add_methods(
        vm,
        &DICT_TYPE,
        &[
            ("clear", clear),
            ("copy", copy),
            ("get", get),
            ("items", |vm, a| view_method(vm, a, "items", ViewKind::Items)),
            ("keys", |vm, a| view_method(vm, a, "keys", ViewKind::Keys)),
            ("values", |vm, a| view_method(vm, a, "values", ViewKind::Values)),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
            ("__contains__", contains),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__reversed__", reversed),
            ("__ior__", ior),
        ],
    );
    // `fromkeys` is a classmethod: stored bound to the class.
    let key = vm.intern("fromkeys");
    let f = types::classmethod::new_classmethod(types::function::new_builtin("fromkeys", fromkeys, None));
    f.make_immortal();
    DICT_TYPE.0.data.dict.borrow_mut().set_str(key, f);
    DICT_TYPE.0.data.bump_version();
    add_methods(
        vm,
        &DICT_KEYS_TYPE,
        &[
            ("isdisjoint", |vm, a| view_isdisjoint(vm, a, "dict_keys")),
            ("__reversed__", |vm, a| view_reversed(vm, a, "dict_keys")),
        ],
    );
    add_methods(
        vm,
        &DICT_ITEMS_TYPE,
        &[
            ("isdisjoint", |vm, a| view_isdisjoint(vm, a, "dict_items")),
            ("__reversed__", |vm, a| view_reversed(vm, a, "dict_items")),
        ],
    );
    add_methods(vm, &DICT_VALUES_TYPE, &[("__reversed__", |vm, a| view_reversed(vm, a, "dict_values"))]);
}
