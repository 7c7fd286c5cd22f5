//! Methods and attributes of `object` and `type` that are not slots
//! (CPython's `object_methods`, `object_getsets`, `type_methods`):
//! `__class__`, `__dir__`, `__format__`, `__init_subclass__`, `mro()`, ...

use crate::args::positional;
use crate::object::Value;
use crate::types::classmethod::new_classmethod;
use crate::types::descr::add_getsets;
use crate::types::function::new_builtin;
use crate::types::methods::add_methods;
use crate::types::object::{instance_dict, OBJECT_TYPE};
use crate::types::type_type::TYPE_TYPE;
use crate::types::{self, as_type, type_obj_of, type_payload, CallArgs};
use crate::vm::{PyResult, Vm};

fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: a.args.get(1..).unwrap_or(&[]), kwnames: a.kwnames }
}

/// `self` of an `object` method (every value is an object).
fn this<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.pos().first() {
        Some(v) => Ok(v),
        None => Err(vm.new_type_error(format!("unbound method object.{name}() needs an argument"))),
    }
}

/// `self` of a `type` method: a type.
fn this_type<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a types::TypeObject> {
    match a.pos().first() {
        Some(v) => match as_type(v) {
            Some(t) => Ok(t),
            None => Err(vm.new_type_error(format!(
                "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
                v.ty().name()
            ))),
        },
        None => Err(vm.new_type_error(format!("unbound method type.{name}() needs an argument"))),
    }
}

/// Names for `dir()`: the keys of every dict along `t`'s MRO, in order.
pub fn type_attr_names(t: &types::TypeObject, out: &mut Vec<Value>) {
    for base in t.mro.borrow().iter() {
        out.extend(type_payload(base).dict.borrow().keys());
    }
}

/// `object.__dir__`: the instance dict's keys, then the class attributes.
fn object_dir(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let mut names = Vec::new();
    if let Some(m) = types::module::as_module(obj) {
        names.extend(types::dict::as_dict(&m.dict).expect("dict").borrow().keys());
    } else if let Some(cell) = instance_dict(obj) {
        if let Some(d) = cell.borrow().as_ref().and_then(types::dict::as_dict) {
            names.extend(d.borrow().keys());
        }
    } else if let Ok(d) = vm.getattr_str(obj, "__dict__") {
        if let Some(d) = types::dict::as_dict(&d) {
            names.extend(d.borrow().keys());
        }
    }
    type_attr_names(obj.ty(), &mut names);
    Ok(types::list::new_list(dedup(vm, names)?))
}

/// Removes repeated names, keeping the first.
fn dedup(vm: &mut Vm, names: Vec<Value>) -> PyResult<Vec<Value>> {
    let seen = types::dict::new_dict();
    let data = types::dict::as_dict(&seen).expect("dict");
    let mut out = Vec::new();
    for n in names {
        if types::dict::dict_get(vm, data, &n)?.is_none() {
            types::dict::dict_set(vm, data, n.clone(), vm.none())?;
            out.push(n);
        }
    }
    Ok(out)
}

fn class_get(_: &mut Vm, obj: &Value) -> PyResult<Value> {
    Ok(obj.type_value())
}

/// `obj.__class__ = C`: only between classes whose instances share a layout.
fn class_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(v) = value else {
        return Err(vm.new_type_error("can't delete __class__ attribute".into()));
    };
    let Some(nt) = as_type(&v) else {
        return Err(vm.new_type_error(format!("__class__ must be set to a class, not '{}' object", v.ty().name())));
    };
    let old = obj.ty();
    if !old.is_heap_type() || !nt.is_heap_type() {
        return Err(
            vm.new_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses".into())
        );
    }
    if !types::builtin_subclass::same_layout(old, nt) {
        return Err(vm.new_type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            old.name()
        )));
    }
    crate::object::set_type(obj, type_obj_of(&v));
    Ok(())
}

pub fn install(vm: &mut Vm) {
    add_getsets(vm, &OBJECT_TYPE, &[("__class__", class_get, Some(class_set))]);
    add_getsets(
        vm,
        &types::exceptions::BASE_EXCEPTION,
        &[("__dict__", types::object::instance_dict_get, Some(types::object::instance_dict_set))],
    );
    add_methods(
        vm,
        &OBJECT_TYPE,
        &[
            ("__dir__", |vm, a| {
                let s = this(vm, "__dir__", &a)?.clone();
                positional(vm, "__dir__", &rest(&a), 0, 0)?;
                object_dir(vm, &s)
            }),
            ("__format__", |vm, a| {
                let s = this(vm, "__format__", &a)?.clone();
                let p = positional(vm, "__format__", &rest(&a), 1, 1)?;
                let Some(spec) = types::str::as_str(&p[0]) else {
                    return Err(
                        vm.new_type_error(format!("__format__() argument must be str, not {}", p[0].ty().name()))
                    );
                };
                if !spec.is_empty() {
                    return Err(
                        vm.new_type_error(format!("unsupported format string passed to {}.__format__", s.ty().name()))
                    );
                }
                vm.str(&s)
            }),
            ("__sizeof__", |vm, a| {
                let s = this(vm, "__sizeof__", &a)?;
                positional(vm, "__sizeof__", &rest(&a), 0, 0)?;
                let n = if s.ty().is_heap_type() { 32 } else { 16 };
                Ok(types::int::new_int(n))
            }),
            ("__getstate__", |vm, a| {
                let s = this(vm, "__getstate__", &a)?;
                positional(vm, "__getstate__", &rest(&a), 0, 0)?;
                let d = instance_dict(s).and_then(|c| c.borrow().clone());
                match d {
                    Some(d) if types::dict::as_dict(&d).is_some_and(|x| !x.borrow().is_empty()) => Ok(d),
                    _ => Ok(vm.none()),
                }
            }),
            ("__reduce__", |vm, a| {
                let s = this(vm, "__reduce__", &a)?;
                Err(vm.new_type_error(format!("cannot pickle '{}' object", s.ty().name())))
            }),
            ("__reduce_ex__", |vm, a| {
                let s = this(vm, "__reduce_ex__", &a)?;
                Err(vm.new_type_error(format!("cannot pickle '{}' object", s.ty().name())))
            }),
        ],
    );
    // Class methods of `object`.
    let cm: [(&'static str, crate::types::function::NativeFn); 2] = [
        ("__init_subclass__", |vm, a| {
            if let Some(k) = a.kwnames.first() {
                let _ = k;
                let cls = a.args.first().map(|c| type_payload(c).name()).unwrap_or_default();
                return Err(vm.new_type_error(format!("{cls}.__init_subclass__() takes no keyword arguments")));
            }
            if a.args.len() > 1 {
                let cls = type_payload(&a.args[0]).name();
                return Err(vm.new_type_error(format!(
                    "{cls}.__init_subclass__() takes no arguments ({} given)",
                    a.args.len() - 1
                )));
            }
            Ok(vm.none())
        }),
        ("__subclasshook__", |vm, _| Ok(vm.not_implemented())),
    ];
    for (name, f) in cm {
        let key = vm.intern(name);
        let m = new_classmethod(new_builtin(name, f, None));
        m.make_immortal();
        OBJECT_TYPE.0.data.dict.borrow_mut().set_str(key, m);
    }
    add_methods(
        vm,
        &TYPE_TYPE,
        &[
            ("mro", |vm, a| {
                let t = this_type(vm, "mro", &a)?;
                positional(vm, "type.mro", &rest(&a), 0, 0)?;
                // A fresh C3 linearization (a metaclass's `mro()` may differ).
                let bases = t.bases.borrow().clone();
                if bases.is_empty() {
                    return Ok(types::list::new_list(t.mro.borrow().clone()));
                }
                let mro = types::class_create::c3_or_error(vm, &a.args[0], &bases)?;
                Ok(types::list::new_list(mro))
            }),
            ("__dir__", |vm, a| {
                let t = this_type(vm, "__dir__", &a)?;
                positional(vm, "__dir__", &rest(&a), 0, 0)?;
                let mut names = Vec::new();
                type_attr_names(t, &mut names);
                Ok(types::list::new_list(dedup(vm, names)?))
            }),
            ("__subclasses__", |vm, a| {
                let t = this_type(vm, "__subclasses__", &a)?;
                positional(vm, "type.__subclasses__", &rest(&a), 0, 0)?;
                Ok(types::list::new_list(t.subclasses.borrow().clone()))
            }),
            ("__instancecheck__", |vm, a| {
                this_type(vm, "__instancecheck__", &a)?;
                let p = positional(vm, "type.__instancecheck__", &rest(&a), 1, 1)?;
                let r = crate::builtins::isinstance_default(&p[0], &a.args[0]);
                Ok(vm.bool(r))
            }),
            ("__subclasscheck__", |vm, a| {
                this_type(vm, "__subclasscheck__", &a)?;
                let p = positional(vm, "type.__subclasscheck__", &rest(&a), 1, 1)?;
                let r = crate::builtins::issubclass_default(vm, &p[0], &a.args[0])?;
                Ok(vm.bool(r))
            }),
        ],
    );
    // `type.__prepare__(name, bases, **kwds)`: a class method returning a new dict.
    let key = vm.intern("__prepare__");
    let m = new_classmethod(new_builtin("__prepare__", |_, _| Ok(types::dict::new_dict()), None));
    m.make_immortal();
    TYPE_TYPE.0.data.dict.borrow_mut().set_str(key, m);
    TYPE_TYPE.0.data.bump_version();
    TYPE_TYPE.0.data.slots.init.set(Some(|vm, _, a| {
        let n = a.pos().len();
        if n == 1 && !a.kwnames.is_empty() {
            return Err(vm.new_type_error("type.__init__() takes no keyword arguments".into()));
        }
        if n != 1 && n != 3 {
            return Err(vm.new_type_error("type.__init__() takes 1 or 3 arguments".into()));
        }
        Ok(())
    }));
}
