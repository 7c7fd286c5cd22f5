//! `classmethod` and `staticmethod` (CPython's `Objects/funcobject.c`):
//! wrappers whose `__get__` binds the function to the class, or not at all.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};

/// The wrapped callable; `None` until `__init__` ran (`classmethod.__new__(classmethod)`).
pub struct FuncWrapper {
    pub func: std::cell::RefCell<Option<Value>>,
}

pub static CLASSMETHOD_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "classmethod",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| wrapper_repr(vm, v, "classmethod")),
            descr_get: Some(|vm, v, obj, owner| {
                let f = initialized(vm, v, "classmethod")?;
                // Through an instance with no owner given, bind to its type.
                let cls = if crate::types::bool_none::is_none(owner) {
                    obj.map(|o| o.type_value()).unwrap_or_else(|| owner.clone())
                } else {
                    owner.clone()
                };
                // A builtin class method binds like CPython's
                // `classmethod_descriptor`: a builtin bound to the class.
                if let Some(b) = crate::types::function::as_builtin(&f).filter(|b| b.bound.is_none()) {
                    return Ok(crate::types::function::new_builtin_bound(b.name, b.func, cls));
                }
                Ok(crate::types::function::new_method(f, cls))
            }),
            getattr: Some(wrapper_getattr),
            new: Some(|vm, cls, _| {
                let v = Obj::alloc(&CLASSMETHOD_TYPE.0, FuncWrapper { func: Default::default() });
                crate::types::builtin_subclass::new_for(vm, cls, &CLASSMETHOD_TYPE, v)
            }),
            init: Some(|vm, v, a| wrapper_init(vm, v, a, "classmethod")),
            ..SlotInit::EMPTY
        },
        drop_obj::<FuncWrapper>,
    ),
);

pub static STATICMETHOD_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "staticmethod",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| wrapper_repr(vm, v, "staticmethod")),
            descr_get: Some(|vm, v, _, _| initialized(vm, v, "staticmethod")),
            call: Some(|vm, v, args: CallArgs| {
                let f = initialized(vm, v, "staticmethod")?;
                vm.call(&f, args)
            }),
            getattr: Some(wrapper_getattr),
            new: Some(|vm, cls, _| {
                let v = Obj::alloc(&STATICMETHOD_TYPE.0, FuncWrapper { func: Default::default() });
                crate::types::builtin_subclass::new_for(vm, cls, &STATICMETHOD_TYPE, v)
            }),
            init: Some(|vm, v, a| wrapper_init(vm, v, a, "staticmethod")),
            ..SlotInit::EMPTY
        },
        drop_obj::<FuncWrapper>,
    ),
);

/// The single positional argument (`classmethod expected 1 argument, got 0`).
fn one_function(vm: &mut Vm, name: &str, a: &CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    match a.pos() {
        [f] => Ok(f.clone()),
        p => Err(vm.new_type_error(format!("{name} expected 1 argument, got {}", p.len()))),
    }
}

/// The payload of a classmethod or staticmethod (or of a subclass instance).
fn wrapper_of(v: &Value) -> Option<&FuncWrapper> {
    fn exact(v: &Value) -> Option<&FuncWrapper> {
        v.downcast_exact::<FuncWrapper>(&CLASSMETHOD_TYPE)
            .or_else(|| v.downcast_exact::<FuncWrapper>(&STATICMETHOD_TYPE))
    }
    exact(v).or_else(|| crate::types::builtin_subclass::base_value(v).and_then(exact))
}

/// The wrapped callable (`None` for one never initialized).
fn func_of(v: &Value) -> Option<Value> {
    wrapper_of(v).and_then(|w| w.func.borrow().clone())
}

fn initialized(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Value> {
    match func_of(v) {
        Some(f) => Ok(f),
        None => Err(vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, format!("uninitialized {what} object"))),
    }
}

/// `classmethod.__init__(self, function)` / `staticmethod.__init__`.
fn wrapper_init(vm: &mut Vm, v: &Value, a: CallArgs, what: &str) -> PyResult<()> {
    let f = one_function(vm, what, &a)?;
    if let Some(w) = wrapper_of(v) {
        *w.func.borrow_mut() = Some(f);
    }
    Ok(())
}

fn wrapper_repr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let r = match func_of(v) {
        Some(f) => vm.repr_string(&f)?,
        None => "<NULL>".to_string(),
    };
    Ok(crate::types::str::new_string(format!("<{name}({r})>")))
}

/// `__func__`/`__wrapped__`, and the wrapped function's name, doc and
/// module (3.10+ copies them, as `functools.wraps` would).
fn wrapper_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let Some(f) = func_of(v) else { return crate::types::object::generic_getattr(vm, v, name) };
    match crate::types::str::as_str(name).unwrap_or("") {
        "__func__" | "__wrapped__" => Ok(f),
        "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => vm.getattr(&f, name),
        "__isabstractmethod__" => match vm.getattr(&f, name) {
            Ok(r) => Ok(r),
            Err(e) if e.is_instance_of(&crate::types::exceptions::ATTRIBUTE_ERROR.0) => Ok(vm.bool(false)),
            Err(e) => Err(e),
        },
        _ => crate::types::object::generic_getattr(vm, v, name),
    }
}

pub fn new_classmethod(func: Value) -> Value {
    Obj::alloc(&CLASSMETHOD_TYPE.0, FuncWrapper { func: std::cell::RefCell::new(Some(func)) })
}

pub fn new_staticmethod(func: Value) -> Value {
    Obj::alloc(&STATICMETHOD_TYPE.0, FuncWrapper { func: std::cell::RefCell::new(Some(func)) })
}

/// The function inside a `staticmethod`.
pub fn staticmethod_func(v: &Value) -> Option<Value> {
    v.downcast_exact::<FuncWrapper>(&STATICMETHOD_TYPE).and_then(|w| w.func.borrow().clone())
}
