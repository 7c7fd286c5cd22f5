//! Subclasses of builtin types (`class L(list)`, `class P(tuple)`, ...) and
//! the instance-layout rules of class creation.
//!
//! # Design
//!
//! An instance of a class is an `Obj<Instance>` (see `types::object`). When
//! the class derives from a builtin type with a payload of its own — `int`,
//! `str`, `list`, `dict`, ... — the instance's `base` field holds an exact
//! object of that builtin type, created by the builtin's `__new__`, which
//! carries the payload (the list's items, the int's value). The payload
//! accessors of the builtin types (`as_list`, `as_str`, `small_or_bool`, ...)
//! look through `base`, so every builtin method and slot works on subclass
//! instances unchanged, while the instance keeps its own type, `__dict__` and
//! `__slots__`. Fast paths that must not skip a subclass's overridden dunders
//! use the `*_exact` accessors instead (CPython's `PyList_CheckExact`).
//!
//! The `base` object never escapes: methods return the subclass instance
//! itself (`self`) or new exact builtin objects, as CPython's do.
//!
//! Layout compatibility follows CPython's `best_base`/`solid_base`
//! (Objects/typeobject.c): each class has a "solid base", the nearest class
//! on its `__base__` chain that changed the instance layout (added slots, or
//! a builtin payload), and the bases of a new class must have solid bases on
//! one line of inheritance.
//!
//! See `docs/internals/object-model.md`.

use crate::object::{Obj, StaticObj, Value};
use crate::types::object::Instance;
use crate::types::{tpflags, type_obj_of, type_payload, Layout, TypeObject};
use crate::vm::{PyErr, PyResult, Vm};

/// The exact builtin object carrying the payload of `v`, when `v` is an
/// instance of a class derived from a builtin type (`class L(list)`).
#[inline]
pub fn base_value(v: &Value) -> Option<&Value> {
    let t = v.ty();
    if !t.is_heap_type() || t.layout != Layout::Instance {
        return None;
    }
    // SAFETY: heap types with `Layout::Instance` allocate `Obj<Instance>`;
    // `base` is never replaced after allocation, so the borrow lives as long
    // as `v`'s reference.
    unsafe { v.payload_unchecked::<Instance>() }.base.as_ref()
}

/// The nearest builtin (static) type on `t`'s `__base__` chain.
pub fn static_base(t: &TypeObject) -> &TypeObject {
    let mut cur: &TypeObject = t;
    while cur.is_heap_type() {
        let next = cur.base.borrow().clone();
        match next {
            // SAFETY of the lifetime: types are immortal or held by their subclasses.
            Some(b) => cur = unsafe { &*(type_payload(&b) as *const TypeObject) },
            None => break,
        }
    }
    cur
}

/// The nearest class on `t`'s `__base__` chain whose `__new__` is not
/// written in Python (CPython's `staticbase` in `tp_new_wrapper`).
pub fn native_new_base(t: &TypeObject) -> &TypeObject {
    let mut cur: &TypeObject = t;
    loop {
        let python_new = cur.is_heap_type()
            && cur
                .mro
                .borrow()
                .iter()
                .map(type_payload)
                .find(|c| c.dict.borrow().get_rust_str("__new__").is_some())
                .is_some_and(|c| c.is_heap_type());
        if !python_new {
            return cur;
        }
        let next = cur.base.borrow().clone();
        match next {
            // SAFETY of the lifetime: classes are immortal, static types live forever.
            Some(b) => cur = unsafe { &*(type_payload(&b) as *const TypeObject) },
            None => return cur,
        }
    }
}

/// Does a builtin type's payload live in `Instance::base` for subclasses?
/// (`object`, exceptions and `type` have layouts of their own.)
pub fn wraps_payload(t: &TypeObject) -> bool {
    !t.is_heap_type()
        && t.layout == Layout::Builtin
        && !std::ptr::eq(t, &crate::types::type_type::TYPE_TYPE.0.data)
        && PAYLOAD_TYPES.iter().any(|p| std::ptr::eq(&p.0.data, t))
}

/// The builtin types that can be subclassed (besides `object`, `type` and
/// the exceptions).
static PAYLOAD_TYPES: [&StaticObj<TypeObject>; 14] = [
    &crate::types::int::INT_TYPE,
    &crate::types::float::FLOAT_TYPE,
    &crate::types::complex::COMPLEX_TYPE,
    &crate::types::str::STR_TYPE,
    &crate::types::bytes::BYTES_TYPE,
    &crate::types::bytes::BYTEARRAY_TYPE,
    &crate::types::tuple::TUPLE_TYPE,
    &crate::types::list::LIST_TYPE,
    &crate::types::dict::DICT_TYPE,
    &crate::types::set::SET_TYPE,
    &crate::types::set::FROZENSET_TYPE,
    &crate::types::property::PROPERTY_TYPE,
    &crate::types::classmethod::CLASSMETHOD_TYPE,
    &crate::types::classmethod::STATICMETHOD_TYPE,
];

/// Builtin types whose CPython objects have a variable size (`tp_itemsize`):
/// a subclass adding a `__dict__` changes their layout.
fn is_var_sized(t: &TypeObject) -> bool {
    [&crate::types::int::INT_TYPE, &crate::types::tuple::TUPLE_TYPE, &crate::types::bytes::BYTES_TYPE]
        .iter()
        .any(|p| std::ptr::eq(&p.0.data, t))
}

/// The result of a builtin type's `__new__` for class `cls`: `value` itself
/// when `cls` is the builtin type, else a new instance of `cls` carrying it.
///
/// Constructors that return their argument unchanged (`tuple(t)`) may hand
/// over an instance of a subclass; the result is then its exact payload
/// object (immutable types only share it).
pub fn new_for(vm: &mut Vm, cls: &Value, exact: &'static StaticObj<TypeObject>, value: Value) -> PyResult<Value> {
    let value = match base_value(&value) {
        Some(b) if std::ptr::eq(b.ty(), &exact.0.data) => b.clone(),
        _ => value,
    };
    let t = type_payload(cls);
    if std::ptr::eq(t, &exact.0.data) {
        return Ok(value);
    }
    // The instance must carry exactly the payload its accessors expect.
    if !std::ptr::eq(value.ty(), &exact.0.data) || !std::ptr::eq(static_base(t), &exact.0.data) {
        return Err(vm.new_type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            exact.0.data.name(),
            t.name(),
            static_base(t).name()
        )));
    }
    Ok(Obj::alloc(type_obj_of(cls), Instance::new(None, Some(value), t.nslots.get() as usize)))
}

/// Is the class `cls` exactly the builtin type `exact` (not a subclass)?
pub fn is_exact(cls: &Value, exact: &'static StaticObj<TypeObject>) -> bool {
    std::ptr::eq(type_payload(cls), &exact.0.data)
}

/// The class on `t`'s `__base__` chain that last changed the instance
/// layout (CPython's `solid_base`).
fn solid_base(t: &Value) -> Value {
    let tp = type_payload(t);
    if !tp.is_heap_type() {
        if tp.flags.get() & tpflags::BASE_EXC_SUBCLASS != 0 {
            return crate::types::exceptions::BASE_EXCEPTION.value();
        }
        return t.clone();
    }
    let Some(base) = tp.base.borrow().clone() else { return t.clone() };
    let bt = type_payload(&base);
    let adds_slots = tp.nslots.get() > bt.nslots.get();
    let adds_dict = tp.flags.get() & tpflags::MANAGED_DICT != 0
        && bt.flags.get() & tpflags::MANAGED_DICT == 0
        && is_var_sized(static_base(tp));
    if adds_slots || adds_dict {
        return t.clone();
    }
    solid_base(&base)
}

/// The base whose layout a new class extends (CPython's `best_base`): the
/// solid bases of all `bases` must lie on one line of inheritance.
pub fn best_base(vm: &mut Vm, bases: &[Value]) -> PyResult<Value> {
    let mut winner: Option<(Value, Value)> = None;
    for b in bases {
        let candidate = solid_base(b);
        winner = Some(match winner {
            None => (candidate, b.clone()),
            Some((w, wb)) => {
                if type_payload(&w).is_subtype(type_obj_of(&candidate)) {
                    (w, wb)
                } else if type_payload(&candidate).is_subtype(type_obj_of(&w)) {
                    (candidate, b.clone())
                } else {
                    return Err(layout_conflict(vm));
                }
            }
        });
    }
    Ok(winner.map(|(_, b)| b).unwrap_or_else(|| crate::types::object::OBJECT_TYPE.value()))
}

pub fn layout_conflict(vm: &mut Vm) -> PyErr {
    vm.new_type_error("multiple bases have instance lay-out conflict".into())
}

/// Can instances of `a` become instances of `b` by `__class__` assignment
/// (CPython's `compatible_for_assignment`)?
pub fn same_layout(a: &TypeObject, b: &TypeObject) -> bool {
    a.layout == b.layout
        && std::ptr::eq(static_base(a), static_base(b))
        && a.nslots.get() == b.nslots.get()
        && (a.flags.get() & tpflags::MANAGED_DICT) == (b.flags.get() & tpflags::MANAGED_DICT)
        && (a.flags.get() & tpflags::BASE_EXC_SUBCLASS) == (b.flags.get() & tpflags::BASE_EXC_SUBCLASS)
}
