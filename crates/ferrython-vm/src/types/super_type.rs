//! `super` (CPython's `Objects/typeobject.c`, `super_*`): attribute lookup
//! that starts after a given class in the MRO of the instance's type.
//!
//! `super()` without arguments takes the class from the calling function's
//! `__class__` cell and the instance from its first argument; the eval loop
//! supplies both (`Vm::frame_ctx`, see `eval::introspect`) when it calls
//! `super` directly.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{as_type, type_obj_of, type_payload, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};

pub struct SuperObj {
    pub thisclass: Value,
    pub obj: Option<Value>,
    pub obj_type: Option<Value>,
}

pub static SUPER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "super",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(super_repr),
            getattr: Some(super_getattr),
            descr_get: Some(|vm, v, obj, _| {
                let s = as_super(v).expect("super");
                match obj {
                    Some(o) if s.obj.is_none() && !crate::types::bool_none::is_none(o) => {
                        let tc = s.thisclass.clone();
                        new_super(vm, &tc, Some(o))
                    }
                    _ => Ok(v.clone()),
                }
            }),
            new: Some(super_new),
            ..SlotInit::EMPTY
        },
        drop_obj::<SuperObj>,
    ),
);

pub fn as_super(v: &Value) -> Option<&SuperObj> {
    v.downcast_exact::<SuperObj>(&SUPER_TYPE)
}

fn super_repr(_: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = as_super(v).expect("super");
    let tc = type_payload(&s.thisclass).name();
    let r = match &s.obj_type {
        Some(t) => format!("<super: <class '{tc}'>, <{} object>>", type_payload(t).name()),
        None => format!("<super: <class '{tc}'>, NULL>"),
    };
    Ok(crate::types::str::new_string(r))
}

/// `super(type, obj)`: the type to search (`obj`'s type, or `obj` itself
/// when it is a subclass of `type`).
fn supercheck(vm: &mut Vm, ty: &Value, obj: &Value) -> PyResult<Value> {
    if let Some(ot) = as_type(obj) {
        if ot.is_subtype(type_obj_of(ty)) {
            return Ok(obj.clone());
        }
    }
    if obj.ty().is_subtype(type_obj_of(ty)) {
        return Ok(obj.type_value());
    }
    Err(vm.new_type_error("super(type, obj): obj must be an instance or subtype of type".into()))
}

fn new_super(vm: &mut Vm, ty: &Value, obj: Option<&Value>) -> PyResult<Value> {
    let obj_type = match obj {
        Some(o) => Some(supercheck(vm, ty, o)?),
        None => None,
    };
    Ok(Obj::alloc(&SUPER_TYPE.0, SuperObj { thisclass: ty.clone(), obj: obj.cloned(), obj_type }))
}

fn super_new(vm: &mut Vm, _cls: &Value, a: CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("super() takes no keyword arguments".into()));
    }
    let pos = a.pos();
    let (ty, obj) = match pos.len() {
        0 => match vm.frame_ctx.as_ref().map(|c| c.super_args.clone()) {
            Some(Ok((t, o))) => (t, Some(o)),
            Some(Err(msg)) => return Err(vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, msg)),
            None => {
                return Err(
                    vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, "super(): no current frame".into())
                )
            }
        },
        1 => (pos[0].clone(), None),
        2 => (pos[0].clone(), Some(pos[1].clone()).filter(|o| !crate::types::bool_none::is_none(o))),
        n => return Err(vm.new_type_error(format!("super() expected at most 2 arguments, got {n}"))),
    };
    make_super(vm, &ty, obj.as_ref())
}

/// `super(ty, obj)` once the arguments are known (zero-argument `super()`
/// finds them in the calling frame).
pub fn make_super(vm: &mut Vm, ty: &Value, obj: Option<&Value>) -> PyResult<Value> {
    if as_type(ty).is_none() {
        return Err(vm.new_type_error(format!("super() argument 1 must be a type, not {}", ty.ty().name())));
    }
    new_super(vm, ty, obj)
}

fn super_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let s = as_super(v).expect("super");
    let skip = crate::types::str::as_str(name) == Some("__class__");
    if let (Some(start), false) = (&s.obj_type, skip) {
        // The lookup runs no Python code (str keys compare as strs), so it
        // reads the MRO in place; the borrow ends before `__get__` runs.
        let found = {
            let mro = type_payload(start).mro.borrow();
            let pos = mro.iter().position(|t| t.is(&s.thisclass)).map(|i| i + 1).unwrap_or(mro.len());
            mro[pos..].iter().find_map(|t| type_payload(t).dict.borrow().get_str(name))
        };
        if let Some(res) = found {
            let Some(get) = res.ty().slots.descr_get.get() else { return Ok(res) };
            // Through `super(C, C)` the instance is the class: bind like class access.
            let obj = s.obj.as_ref().filter(|o| !o.is(start));
            let start = start.clone();
            return get(vm, &res, obj, &start);
        }
    }
    crate::types::object::generic_getattr(vm, v, name)
}
