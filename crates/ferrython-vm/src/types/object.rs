//! `object`, instances of classes, and the generic attribute protocol
//! (`object.__getattribute__` / `__setattr__`).

use crate::object::{drop_obj, StaticObj, Value};
use crate::types::exceptions::ExcData;
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The payload of `object()` and of every instance of a class.
pub struct Instance {
    pub dict: RefCell<Option<Value>>,
    /// Present when the class derives from BaseException.
    pub exc: Option<Box<ExcData>>,
}

pub static OBJECT_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "object",
        Some("The base class of the class hierarchy."),
        crate::types::tpflags::BASETYPE,
        Layout::Instance,
        SlotInit {
            repr: Some(object_repr),
            hash: Some(|_, v| Ok((v.bits() >> 4) as i64)),
            getattr: Some(generic_getattr),
            setattr: Some(generic_setattr),
            ..SlotInit::EMPTY
        },
        drop_obj::<Instance>,
    ),
);

pub fn object_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = v.ty();
    let module = vm.type_module_name(v.type_obj());
    let name = ty.qualname.borrow().to_string();
    let s = if module == "builtins" {
        format!("<{name} object at {:#x}>", v.bits())
    } else {
        format!("<{module}.{name} object at {:#x}>", v.bits())
    };
    Ok(crate::types::str::new_string(s))
}

/// The instance dict of `v`, if it has one.
pub fn instance_dict(v: &Value) -> Option<&RefCell<Option<Value>>> {
    if v.ty().layout == Layout::Instance && !v.is_small_int() {
        // SAFETY: `Layout::Instance` types allocate `Obj<Instance>`.
        Some(unsafe { &v.payload_unchecked::<Instance>().dict })
    } else {
        None
    }
}

/// `object.__getattribute__`.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = obj.ty();
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        if let Some(get) = d.ty().slots.descr_get.get() {
            if vm.is_data_descriptor(d) {
                return get(vm, d, Some(obj), &obj.type_value());
            }
        }
    }
    if let Some(dict_cell) = instance_dict(obj) {
        if ty.is_heap_type() || obj.ty().flags.get() & crate::types::tpflags::HEAPTYPE != 0 {
            if let Some(dict) = dict_cell.borrow().as_ref() {
                if let Some(v) = crate::types::dict::as_dict(dict).expect("dict").borrow().get_str(name) {
                    return Ok(v);
                }
            }
        }
    }
    if let Some(d) = descr {
        if let Some(get) = d.ty().slots.descr_get.get() {
            return get(vm, &d, Some(obj), &obj.type_value());
        }
        return Ok(d);
    }
    Err(vm.new_attribute_error(obj, name))
}

/// `object.__setattr__` / `__delattr__`.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(d) = ty.lookup(name) {
        if vm.is_data_descriptor(&d) {
            return vm.descriptor_set(&d, obj, value);
        }
    }
    if let Some(dict_cell) = instance_dict(obj).filter(|_| ty.is_heap_type()) {
        let dict = dict_cell.borrow_mut().get_or_insert_with(crate::types::dict::new_dict).clone();
        let d = crate::types::dict::as_dict(&dict).expect("dict");
        match value {
            Some(v) => d.borrow_mut().set_str(name.clone(), v),
            None => {
                if d.borrow_mut().del_str(name).is_none() {
                    return Err(vm.new_attribute_error(obj, name));
                }
            }
        }
        return Ok(());
    }
    let n = crate::types::str::as_str(name).unwrap_or("?");
    if ty.lookup(name).is_some() {
        return Err(vm.new_attribute_error_msg(format!("'{}' object attribute '{n}' is read-only", ty.name())));
    }
    Err(vm.new_attribute_error_msg(format!("'{}' object has no attribute '{n}'", ty.name())))
}
