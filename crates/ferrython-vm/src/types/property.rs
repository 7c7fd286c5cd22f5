//! `property` (CPython's `Objects/descrobject.c`, `property_*`): a data
//! descriptor calling `fget`/`fset`/`fdel`; `getter`/`setter`/`deleter`
//! return copies with one accessor replaced, for decorator use.

use crate::args::{parse, positional};
use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::methods::add_methods;
use crate::types::{CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The accessors are cells because `property.__init__` (re)sets them: a
/// subclass may call it from its own `__init__`.
pub struct Property {
    pub fget: RefCell<Option<Value>>,
    pub fset: RefCell<Option<Value>>,
    pub fdel: RefCell<Option<Value>>,
    pub doc: RefCell<Option<Value>>,
    /// Set by `__set_name__` when the class is created; used in messages.
    pub name: RefCell<Option<Value>>,
    /// Whether `doc` was taken from `fget.__doc__` (then copies refresh it).
    pub getter_doc: std::cell::Cell<bool>,
}

pub static PROPERTY_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "property",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            descr_get: Some(property_get),
            descr_set: Some(property_set),
            getattr: Some(property_getattr),
            new: Some(property_new),
            init: Some(property_init),
            ..SlotInit::EMPTY
        },
        drop_obj::<Property>,
    ),
);

/// The payload of a property or of an instance of a property subclass.
fn as_property(v: &Value) -> Option<&Property> {
    match v.downcast_exact::<Property>(&PROPERTY_TYPE) {
        Some(p) => Some(p),
        None => crate::types::builtin_subclass::base_value(v).and_then(|b| b.downcast_exact(&PROPERTY_TYPE)),
    }
}

fn none_to_option(v: Option<Value>) -> Option<Value> {
    v.filter(|x| !crate::types::bool_none::is_none(x))
}

/// Sets the accessors of `p` (CPython's `property_init_impl`).
fn fill(
    vm: &mut Vm,
    p: &Property,
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
    doc: Option<Value>,
) -> PyResult<()> {
    let (doc, getter_doc) = match (doc, &fget) {
        (Some(d), _) => (Some(d), false),
        (None, Some(g)) => match vm.getattr_str(g, "__doc__") {
            Ok(d) if !crate::types::bool_none::is_none(&d) => (Some(d), true),
            Ok(_) => (None, true),
            Err(e) if e.is_instance_of(&crate::types::exceptions::ATTRIBUTE_ERROR.0) => (None, false),
            Err(e) => return Err(e),
        },
        (None, None) => (None, false),
    };
    *p.fget.borrow_mut() = fget;
    *p.fset.borrow_mut() = fset;
    *p.fdel.borrow_mut() = fdel;
    *p.doc.borrow_mut() = doc;
    p.getter_doc.set(getter_doc);
    Ok(())
}

fn empty() -> Property {
    Property {
        fget: RefCell::new(None),
        fset: RefCell::new(None),
        fdel: RefCell::new(None),
        doc: RefCell::new(None),
        name: RefCell::new(None),
        getter_doc: std::cell::Cell::new(false),
    }
}

/// A property with the given accessors.
fn make(
    vm: &mut Vm,
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
    doc: Option<Value>,
    name: Option<Value>,
) -> PyResult<Value> {
    let v = Obj::alloc(&PROPERTY_TYPE.0, empty());
    let p = as_property(&v).expect("new property");
    fill(vm, p, fget, fset, fdel, doc)?;
    *p.name.borrow_mut() = name;
    Ok(v)
}

/// `property.__new__`: an empty property; `__init__` sets the accessors.
fn property_new(vm: &mut Vm, cls: &Value, _a: CallArgs) -> PyResult<Value> {
    let v = Obj::alloc(&PROPERTY_TYPE.0, empty());
    crate::types::builtin_subclass::new_for(vm, cls, &PROPERTY_TYPE, v)
}

fn property_init(vm: &mut Vm, v: &Value, a: CallArgs) -> PyResult<()> {
    let p = parse(vm, "property", &a, &["fget", "fset", "fdel", "doc"], 0, 0)?;
    let mut it = p.into_iter();
    let fget = none_to_option(it.next().flatten());
    let fset = none_to_option(it.next().flatten());
    let fdel = none_to_option(it.next().flatten());
    let doc = none_to_option(it.next().flatten());
    let prop = as_property(v).expect("property.__init__ on a property");
    fill(vm, prop, fget, fset, fdel, doc)
}

/// `property 'x' of 'C' object has no getter` (3.11's wording).
fn missing(vm: &mut Vm, p: &Property, obj: &Value, what: &str) -> crate::vm::PyErr {
    let q = obj.ty().qualname.borrow().to_string();
    let msg = match p.name.borrow().as_ref() {
        Some(n) => {
            let r = vm.repr_string(n).unwrap_or_default();
            format!("property {r} of '{q}' object has no {what}")
        }
        None => format!("property of '{q}' object has no {what}"),
    };
    vm.new_attribute_error_msg(msg)
}

fn property_get(vm: &mut Vm, v: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(obj) = obj else { return Ok(v.clone()) };
    let p = as_property(v).expect("property");
    let fget = p.fget.borrow().clone();
    match &fget {
        Some(f) => {
            let f = f.clone();
            vm.call(&f, CallArgs::positional(std::slice::from_ref(obj)))
        }
        None => Err(missing(vm, p, obj, "getter")),
    }
}

fn property_set(vm: &mut Vm, v: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let p = as_property(v).expect("property");
    match value {
        Some(x) => match &p.fset.borrow().clone() {
            Some(f) => {
                let f = f.clone();
                vm.call(&f, CallArgs::positional(&[obj.clone(), x])).map(drop)
            }
            None => Err(missing(vm, p, obj, "setter")),
        },
        None => match &p.fdel.borrow().clone() {
            Some(f) => {
                let f = f.clone();
                vm.call(&f, CallArgs::positional(std::slice::from_ref(obj))).map(drop)
            }
            None => Err(missing(vm, p, obj, "deleter")),
        },
    }
}

fn property_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let p = as_property(v).expect("property");
    let none = vm.none();
    match crate::types::str::as_str(name).unwrap_or("") {
        "fget" => Ok(p.fget.borrow().clone().unwrap_or(none)),
        "fset" => Ok(p.fset.borrow().clone().unwrap_or(none)),
        "fdel" => Ok(p.fdel.borrow().clone().unwrap_or(none)),
        "__doc__" => Ok(p.doc.borrow().clone().unwrap_or(none)),
        "__isabstractmethod__" => {
            let fs = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()];
            for f in fs.iter().flatten() {
                if let Ok(r) = vm.getattr_str(f, "__isabstractmethod__") {
                    if vm.truthy(&r)? {
                        return Ok(vm.bool(true));
                    }
                }
            }
            Ok(vm.bool(false))
        }
        _ => crate::types::object::generic_getattr(vm, v, name),
    }
}

/// A copy of property `args[0]` with the accessor `which` replaced by `args[1]`.
fn copy_with(vm: &mut Vm, a: CallArgs, which: &str) -> PyResult<Value> {
    let this = match a.args.first() {
        Some(v) if as_property(v).is_some() => v.clone(),
        Some(v) => {
            return Err(vm.new_type_error(format!(
                "descriptor '{which}' for 'property' objects doesn't apply to a '{}' object",
                v.ty().name()
            )))
        }
        None => return Err(vm.new_type_error(format!("unbound method property.{which}() needs an argument"))),
    };
    let p = positional(vm, which, &CallArgs { args: &a.args[1..], kwnames: a.kwnames }, 1, 1)?;
    let new = none_to_option(Some(p[0].clone()));
    let old = as_property(&this).expect("property");
    let (mut fget, mut fset, mut fdel) =
        (old.fget.borrow().clone(), old.fset.borrow().clone(), old.fdel.borrow().clone());
    match which {
        "getter" => fget = new,
        "setter" => fset = new,
        _ => fdel = new,
    }
    let doc = if old.getter_doc.get() { None } else { old.doc.borrow().clone() };
    let name = old.name.borrow().clone();
    if this.ty().is_heap_type() {
        // A subclass is copied by calling it (CPython's `property_copy`).
        let none = vm.none();
        let args: Vec<Value> = [fget, fset, fdel, doc].into_iter().map(|x| x.unwrap_or_else(|| none.clone())).collect();
        let cls = this.type_value();
        let copy = vm.call(&cls, CallArgs::positional(&args))?;
        if let Some(p) = as_property(&copy) {
            *p.name.borrow_mut() = name;
        }
        return Ok(copy);
    }
    make(vm, fget, fset, fdel, doc, name)
}

pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &PROPERTY_TYPE,
        &[
            ("getter", |vm, a| copy_with(vm, a, "getter")),
            ("setter", |vm, a| copy_with(vm, a, "setter")),
            ("deleter", |vm, a| copy_with(vm, a, "deleter")),
            ("__set_name__", |vm, a| {
                let p = positional(
                    vm,
                    "__set_name__",
                    &CallArgs { args: a.args.get(1..).unwrap_or(&[]), kwnames: a.kwnames },
                    2,
                    2,
                )?;
                if let Some(prop) = a.args.first().and_then(as_property) {
                    *prop.name.borrow_mut() = Some(p[1].clone());
                }
                Ok(vm.none())
            }),
        ],
    );
}
