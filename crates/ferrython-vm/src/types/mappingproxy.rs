//! `mappingproxy`: the read-only view a class's `__dict__` returns
//! (CPython's Objects/descrobject.c, `mappingproxy_*`).
//!
//! The proxy reads the class's namespace live; each operation works on a
//! fresh dict copy of it, so nothing can write through the proxy.

use crate::args::positional;
use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::dict::{as_dict, dict_subscript, new_dict_from, DictData};
use crate::types::methods::add_methods;
use crate::types::{type_payload, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};

pub struct MappingProxy {
    /// The class whose namespace is shown.
    pub owner: Value,
}

pub static MAPPINGPROXY_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "mappingproxy",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let r = vm.repr_string(&snapshot(v))?;
                Ok(crate::types::str::new_string(format!("mappingproxy({r})")))
            }),
            str: Some(|vm, v| vm.str(&snapshot(v))),
            compare: Some(|vm, a, b, op| vm.rich_compare(&snapshot(a), b, op)),
            len: Some(|_, v| Ok(as_dict(&snapshot(v)).map_or(0, |d| d.borrow().len()))),
            getitem: Some(|vm, v, k| dict_subscript(vm, &snapshot(v), k)),
            contains: Some(|vm, v, k| vm.contains(&snapshot(v), k)),
            iter: Some(|vm, v| vm.iter(&snapshot(v))),
            ..SlotInit::EMPTY
        },
        drop_obj::<MappingProxy>,
    ),
);

/// `cls.__dict__`.
pub fn new_class_proxy(cls: &Value) -> Value {
    Obj::alloc(&MAPPINGPROXY_TYPE.0, MappingProxy { owner: cls.clone() })
}

/// A dict copy of the class namespace behind proxy `v`.
fn snapshot(v: &Value) -> Value {
    let Some(p) = v.downcast_exact::<MappingProxy>(&MAPPINGPROXY_TYPE) else {
        return crate::types::dict::new_dict();
    };
    let mut copy = DictData::new();
    for e in type_payload(&p.owner).dict.borrow().iter() {
        copy.set_str(e.key.clone(), e.value.clone());
    }
    new_dict_from(copy)
}

/// `self` of a mappingproxy method, as its snapshot dict.
fn this(vm: &mut Vm, name: &str, a: &CallArgs) -> PyResult<Value> {
    match a.args.first() {
        Some(v) if v.downcast_exact::<MappingProxy>(&MAPPINGPROXY_TYPE).is_some() => Ok(snapshot(v)),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method mappingproxy.{name}() needs an argument"))),
    }
}

/// A dict method applied to the snapshot.
fn forward(vm: &mut Vm, a: CallArgs, name: &'static str, min: usize, max: usize) -> PyResult<Value> {
    let d = this(vm, name, &a)?;
    let rest = CallArgs { args: &a.args[1..], kwnames: a.kwnames };
    let p = positional(vm, name, &rest, min, max)?;
    vm.call_method(&d, name, p)
}

pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &MAPPINGPROXY_TYPE,
        &[
            ("keys", |vm, a| forward(vm, a, "keys", 0, 0)),
            ("values", |vm, a| forward(vm, a, "values", 0, 0)),
            ("items", |vm, a| forward(vm, a, "items", 0, 0)),
            ("get", |vm, a| forward(vm, a, "get", 1, 2)),
            ("copy", |vm, a| forward(vm, a, "copy", 0, 0)),
        ],
    );
}
