//! `object`, instances of classes, and the generic attribute protocol
//! (`object.__getattribute__` / `__setattr__`).

use crate::object::{drop_obj, StaticObj, Value};
use crate::types::exceptions::ExcData;
use crate::types::{type_payload, CallArgs};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::CmpOp;
use std::cell::RefCell;

/// The payload of `object()` and of every instance of a class.
///
/// See `docs/internals/object-model.md` for how instances of subclasses of
/// builtin types keep their builtin payload in `base`.
pub struct Instance {
    pub dict: RefCell<Option<Value>>,
    /// Present when the class derives from BaseException.
    pub exc: Option<Box<ExcData>>,
    /// For a subclass of a builtin type other than `object` (`class L(list)`):
    /// the exact builtin object holding the payload. Set when the instance is
    /// created and never replaced, so a borrow of it lives as long as the
    /// instance (`builtin_subclass::base_value`).
    pub base: Option<Value>,
    /// The values of `__slots__` members (`None`: unset), in slot order.
    pub slots: Box<[RefCell<Option<Value>>]>,
}

impl Instance {
    /// An instance with `nslots` unset slots.
    pub fn new(exc: Option<Box<ExcData>>, base: Option<Value>, nslots: usize) -> Instance {
        let slots = (0..nslots).map(|_| RefCell::new(None)).collect();
        Instance { dict: RefCell::new(None), exc, base, slots }
    }
}

pub static OBJECT_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "object",
        Some(
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new \
             featureless\ninstance that has no instance attributes and cannot be given any.\n",
        ),
        crate::types::tpflags::BASETYPE,
        Layout::Instance,
        SlotInit {
            repr: Some(object_repr),
            hash: Some(|_, v| Ok((v.bits() >> 4) as i64)),
            compare: Some(object_richcompare),
            getattr: Some(generic_getattr),
            setattr: Some(generic_setattr),
            new: Some(object_new),
            init: Some(object_init),
            ..SlotInit::EMPTY
        },
        drop_obj::<Instance>,
    ),
);

/// `object.__eq__` and friends (CPython's `object_richcompare`): identity
/// for `==`, the inverse of `__eq__` for `!=`, `NotImplemented` otherwise.
pub fn object_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(if a.is(b) { vm.bool(true) } else { vm.not_implemented() }),
        CmpOp::Ne => {
            let Some(eq) = a.ty().slots.compare.get() else { return Ok(vm.not_implemented()) };
            let r = eq(vm, a, b, CmpOp::Eq)?;
            if vm.is_not_implemented(&r) {
                return Ok(r);
            }
            let t = vm.truthy(&r)?;
            Ok(vm.bool(!t))
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// Does `t` (or a base) define `__new__` other than `object.__new__`?
fn overrides_new(t: &TypeObject) -> bool {
    if !t.is_heap_type() {
        return t.slots.new.get().map(|f| f as usize) != Some(object_new as *const () as usize);
    }
    let object_new_v = OBJECT_TYPE.0.data.lookup_str("__new__");
    match (t.lookup_str("__new__"), object_new_v) {
        (Some(f), Some(o)) => !f.is(&o),
        (Some(_), None) => true,
        _ => false,
    }
}

/// Does `t` (or a base) define `__init__` other than `object.__init__`?
fn overrides_init(t: &TypeObject) -> bool {
    if !t.is_heap_type() {
        return t.slots.init.get().map(|f| f as usize) != Some(object_init as *const () as usize);
    }
    let object_init_v = OBJECT_TYPE.0.data.lookup_str("__init__");
    match (t.lookup_str("__init__"), object_init_v) {
        (Some(f), Some(o)) => !f.is(&o),
        (Some(_), None) => true,
        _ => false,
    }
}

/// `object.__new__(cls, *args)`: extra arguments are an error unless the
/// class defines `__init__` to take them (CPython's `object_new`).
pub fn object_new(vm: &mut Vm, cls: &Value, args: CallArgs) -> PyResult<Value> {
    let t = type_payload(cls);
    if !args.args.is_empty() {
        if overrides_new(t) {
            return Err(
                vm.new_type_error("object.__new__() takes exactly one argument (the type to instantiate)".into())
            );
        }
        if !overrides_init(t) {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    instance_of(vm, cls)
}

/// The new, empty instance `object.__new__(cls)` makes, once its argument
/// checks passed.
pub fn instance_of(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let t = type_payload(cls);
    let sb = crate::types::builtin_subclass::static_base(t);
    if t.layout != Layout::Instance || crate::types::builtin_subclass::wraps_payload(sb) {
        return Err(vm.new_type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            sb.name()
        )));
    }
    Ok(vm.new_instance(cls, false))
}

/// `object.__init__(self, *args)` (CPython's `object_init`).
pub fn object_init(vm: &mut Vm, obj: &Value, args: CallArgs) -> PyResult<()> {
    if !args.args.is_empty() {
        let t = obj.ty();
        if overrides_init(t) {
            return Err(
                vm.new_type_error("object.__init__() takes exactly one argument (the instance to initialize)".into())
            );
        }
        // A class call fails in `object_new` first; this is `object.__init__(x, 1)`.
        if !overrides_new(t) {
            return Err(vm.new_type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(())
}

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

/// The instance dict of `v`, if it has one (classes without `__slots__`,
/// exceptions).
pub fn instance_dict(v: &Value) -> Option<&RefCell<Option<Value>>> {
    let t = v.ty();
    if t.layout == Layout::Instance
        && !v.is_small_int()
        && (!t.is_heap_type() || t.flags.get() & crate::types::tpflags::MANAGED_DICT != 0)
    {
        // SAFETY: `Layout::Instance` types allocate `Obj<Instance>`.
        Some(unsafe { &v.payload_unchecked::<Instance>().dict })
    } else {
        None
    }
}

/// `obj.__dict__` of a class instance (created on first use).
pub fn instance_dict_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match instance_dict(obj) {
        Some(cell) => Ok(cell.borrow_mut().get_or_insert_with(crate::types::dict::new_dict).clone()),
        None => Err(vm.new_attribute_error_msg(format!("'{}' object has no attribute '__dict__'", obj.ty().name()))),
    }
}

/// `obj.__dict__ = d`.
pub fn instance_dict_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(cell) = instance_dict(obj) else {
        return Err(vm.new_attribute_error_msg(format!("'{}' object has no attribute '__dict__'", obj.ty().name())));
    };
    match value {
        Some(d) if crate::types::dict::as_dict(&d).is_some() => {
            *cell.borrow_mut() = Some(d);
            Ok(())
        }
        Some(d) => Err(vm.new_type_error(format!("__dict__ must be set to a dictionary, not a '{}'", d.ty().name()))),
        None => {
            *cell.borrow_mut() = None;
            Ok(())
        }
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
        if ty.is_heap_type() || ty.flags.get() & crate::types::tpflags::MANAGED_DICT != 0 {
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
    // Instances of classes, and of the builtin exceptions (whose dict
    // `BaseException.__dict__` describes), take attributes.
    let takes_attrs = ty.is_heap_type() || ty.flags.get() & crate::types::tpflags::MANAGED_DICT != 0;
    if let Some(dict_cell) = instance_dict(obj).filter(|_| takes_attrs) {
        let dict = dict_cell.borrow_mut().get_or_insert_with(crate::types::dict::new_dict).clone();
        let d = crate::types::dict::as_dict(&dict).expect("dict");
        match value {
            Some(v) => d.borrow_mut().set_str(name.clone(), v),
            None => {
                if d.borrow_mut().del_str(name).is_none() {
                    return Err(vm.attribute_error_plain(obj, name));
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
