//! Attributes of builtin types that CPython exposes as members, getsets and
//! small methods (`range.start`, `function.__defaults__`,
//! `iterator.__length_hint__`, `BaseException.with_traceback`, ...).
//!
//! Most are served by the types' own `getattr`/`setattr` slots (fast, and
//! written next to the type); here they are also entered in the types'
//! dicts as descriptors (`descr::add_slot_attrs`), so that `dir()`,
//! `type(x).__dict__` and `hasattr(type(x), name)` agree with CPython.

use crate::args::positional;
use crate::object::{StaticObj, Value};
use crate::types::descr::{add_getsets, add_members, add_slot_attrs};
use crate::types::methods::add_methods;
use crate::types::{self, CallArgs, TypeObject};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    use types::function::{BUILTIN_FUNCTION_TYPE, FUNCTION_GETSETS, FUNCTION_MEMBERS, FUNCTION_TYPE, METHOD_TYPE};
    add_slot_attrs(vm, &FUNCTION_TYPE, FUNCTION_MEMBERS, FUNCTION_GETSETS);
    add_slot_attrs(vm, &METHOD_TYPE, &["__func__", "__self__"], &[]);
    METHOD_TYPE.0.data.slots.new.set(Some(method_new));
    add_getsets(vm, &types::cell::CELL_TYPE, &[("cell_contents", cell_get, Some(cell_set))]);
    add_slot_attrs(
        vm,
        &BUILTIN_FUNCTION_TYPE,
        &["__module__"],
        &["__name__", "__qualname__", "__self__", "__text_signature__"],
    );
    add_slot_attrs(vm, &types::range::RANGE_TYPE, &["start", "stop", "step"], &[]);
    add_slot_attrs(vm, &types::slice::SLICE_TYPE, &["start", "stop", "step"], &[]);
    add_slot_attrs(
        vm,
        &types::generator::GENERATOR_TYPE,
        types::generator::GENERATOR_MEMBERS,
        types::generator::GENERATOR_GETSETS,
    );
    add_slot_attrs(vm, &types::property::PROPERTY_TYPE, &["fget", "fset", "fdel"], &["__isabstractmethod__"]);
    for ty in [&types::classmethod::CLASSMETHOD_TYPE, &types::classmethod::STATICMETHOD_TYPE] {
        add_slot_attrs(vm, ty, &["__func__", "__wrapped__"], &["__isabstractmethod__"]);
    }
    add_members(
        vm,
        &types::super_type::SUPER_TYPE,
        &[
            ("__thisclass__", |_, v| Ok(types::super_type::as_super(v).expect("super").thisclass.clone())),
            ("__self__", |vm, v| {
                Ok(types::super_type::as_super(v).expect("super").obj.clone().unwrap_or_else(|| vm.none()))
            }),
            ("__self_class__", |vm, v| {
                Ok(types::super_type::as_super(v).expect("super").obj_type.clone().unwrap_or_else(|| vm.none()))
            }),
        ],
    );
    let exc = &types::exceptions::BASE_EXCEPTION;
    add_slot_attrs(vm, exc, &["__suppress_context__"], &["args", "__cause__", "__context__", "__traceback__"]);
    add_methods(vm, exc, &[("with_traceback", with_traceback), ("add_note", add_note)]);
    install_length_hints(vm);
    add_methods(vm, &types::bytes::BYTES_TYPE, &[("__bytes__", bytes_bytes), ("__getnewargs__", getnewargs)]);
    add_methods(vm, &types::tuple::TUPLE_TYPE, &[("__getnewargs__", getnewargs)]);
    add_methods(vm, &types::bytes::BYTEARRAY_TYPE, &[("__alloc__", bytearray_alloc)]);
    install_singleton_types();
}

/// `NoneType()`, `NotImplementedType()` and `ellipsis()` return their one
/// instance; `bool(NotImplemented)` is true (CPython 3.11 also issues a
/// DeprecationWarning, not shown here: docs/differences.md).
fn install_singleton_types() {
    use types::bool_none::{ELLIPSIS_TYPE, NONE_TYPE, NOTIMPLEMENTED_TYPE};
    fn no_args(vm: &mut Vm, cls: &Value, a: CallArgs) -> PyResult<()> {
        if a.args.is_empty() {
            return Ok(());
        }
        // CPython's messages name the ellipsis type by its `types` name.
        let name = match types::type_payload(cls).name().as_str() {
            "ellipsis" => "EllipsisType".to_string(),
            other => other.to_string(),
        };
        Err(vm.new_type_error(format!("{name} takes no arguments")))
    }
    NONE_TYPE.0.data.slots.new.set(Some(|vm, cls, a| no_args(vm, cls, a).map(|()| vm.none())));
    NOTIMPLEMENTED_TYPE.0.data.slots.new.set(Some(|vm, cls, a| no_args(vm, cls, a).map(|()| vm.not_implemented())));
    ELLIPSIS_TYPE
        .0
        .data
        .slots
        .new
        .set(Some(|vm, cls, a| no_args(vm, cls, a).map(|()| types::bool_none::ELLIPSIS.value())));
    NOTIMPLEMENTED_TYPE.0.data.slots.bool.set(Some(|_, _| Ok(true)));
}

/// `__length_hint__` of the builtin iterators whose remaining length is
/// known (CPython's `*_len` / `*_length_hint` methods).
fn install_length_hints(vm: &mut Vm) {
    use types::dict_views::*;
    let iters: [&'static StaticObj<TypeObject>; 14] = [
        &types::iter::SEQ_ITER_TYPE,
        &types::iter::TUPLE_ITER_TYPE,
        &types::iter::RANGE_ITER_TYPE,
        &types::str::STR_ASCII_ITER_TYPE,
        &types::str::STR_ITER_TYPE,
        &types::bytes::BYTES_ITER_TYPE,
        &types::bytes::BYTEARRAY_ITER_TYPE,
        &types::set::SET_ITER_TYPE,
        &DICT_KEY_ITER_TYPE,
        &DICT_VALUE_ITER_TYPE,
        &DICT_ITEM_ITER_TYPE,
        &DICT_REVKEY_ITER_TYPE,
        &DICT_REVVALUE_ITER_TYPE,
        &DICT_REVITEM_ITER_TYPE,
    ];
    for ty in iters {
        add_methods(vm, ty, &[("__length_hint__", length_hint)]);
    }
}

/// `it.__length_hint__()` for every iterator type above.
fn length_hint(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let hints: [fn(&Value) -> Option<usize>; 5] = [
        types::iter::seq_iter_length_hint,
        types::str::str_iter_length_hint,
        types::bytes::bytes_iter_length_hint,
        types::set::set_iter_length_hint,
        types::dict_views::dict_iter_length_hint,
    ];
    let Some(this) = a.args.first() else {
        return Err(vm.new_type_error("unbound method __length_hint__() needs an argument".into()));
    };
    let Some(n) = hints.iter().find_map(|h| h(this)) else {
        return Err(
            vm.new_type_error(format!("descriptor '__length_hint__' doesn't apply to a '{}' object", this.ty().name()))
        );
    };
    if a.args.len() > 1 || !a.kwnames.is_empty() {
        let n = a.args.len() - 1;
        return Err(vm.new_type_error(format!("{}.__length_hint__() takes no arguments ({n} given)", this.ty().name())));
    }
    Ok(types::int::new_int(n as i64))
}

/// `self` and the one argument of a METH_O method, with its count message.
fn one_argument<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a [Value]> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.args.len() != 2 {
        let given = a.args.len().saturating_sub(1);
        return Err(vm.new_type_error(format!("{name}() takes exactly one argument ({given} given)")));
    }
    Ok(a.args)
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__`, returns the exception.
fn with_traceback(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = one_argument(vm, "BaseException.with_traceback", &a)?;
    let name = vm.intern("__traceback__");
    vm.setattr(&p[0], &name, Some(p[1].clone()))?;
    Ok(p[0].clone())
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list (made on first use).
fn add_note(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = one_argument(vm, "BaseException.add_note", &a)?;
    if types::str::as_str(&p[1]).is_none() {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", p[1].ty().name())));
    }
    let notes = match vm.getattr_str(&p[0], "__notes__") {
        Ok(n) => n,
        Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => {
            let n = types::list::new_list(Vec::new());
            let name = vm.intern("__notes__");
            vm.setattr(&p[0], &name, Some(n.clone()))?;
            n
        }
        Err(e) => return Err(e),
    };
    match types::list::as_list(&notes) {
        Some(l) => l.borrow_mut().push(p[1].clone()),
        None => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list".into())),
    }
    Ok(vm.none())
}

/// `bytes.__bytes__()`: the bytes themselves (a subclass's value as bytes).
fn bytes_bytes(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "__bytes__", &a, 1, 1)?;
    match types::bytes::as_bytes(&p[0]) {
        Some(b) => Ok(types::bytes::new_bytes(b.to_vec())),
        None => Err(vm.new_type_error(format!(
            "descriptor '__bytes__' requires a 'bytes' object but received a '{}'",
            p[0].ty().name()
        ))),
    }
}

/// `__getnewargs__` of bytes and tuples: `(copy,)`, what pickling passes to `__new__`.
fn getnewargs(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "__getnewargs__", &a, 1, 1)?;
    let copy = match types::tuple::as_tuple(&p[0]) {
        Some(t) => types::tuple::new_tuple_from_slice(t),
        None => types::bytes::new_bytes(types::bytes::buffer_vec(&p[0]).unwrap_or_default()),
    };
    Ok(types::tuple::new_tuple_from_array([copy]))
}

/// `bytearray.__alloc__()`: CPython reports its buffer size, the length
/// plus a trailing NUL (0 while nothing was ever stored).
fn bytearray_alloc(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "__alloc__", &a, 1, 1)?;
    let n = types::bytes::buffer_vec(&p[0]).map_or(0, |b| b.len());
    Ok(types::int::new_int(if n == 0 { 0 } else { n as i64 + 1 }))
}

/// `types.MethodType(func, obj)`.
fn method_new(vm: &mut Vm, _cls: &Value, a: CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("method() takes no keyword arguments".into()));
    }
    let p = positional(vm, "method", &a, 2, 2)?;
    if p[0].ty().slots.call.get().is_none() {
        return Err(vm.new_type_error("first argument must be callable".into()));
    }
    if types::bool_none::is_none(&p[1]) {
        return Err(vm.new_type_error("instance must not be None".into()));
    }
    Ok(types::function::new_method(p[0].clone(), p[1].clone()))
}

/// `cell.cell_contents`: ValueError while the cell is empty.
fn cell_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let contents = types::cell::as_cell(v).expect("cell").borrow().clone();
    contents.ok_or_else(|| vm.new_value_error("Cell is empty".into()))
}

fn cell_set(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    *types::cell::as_cell(v).expect("cell").borrow_mut() = value;
    Ok(())
}
