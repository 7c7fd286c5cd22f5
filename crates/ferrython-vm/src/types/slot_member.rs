//! The `member_descriptor`s a class gets for its `__slots__` (CPython's
//! `PyMemberDescr` with `T_OBJECT_EX` members): each names one entry of the
//! instance's `Instance::slots` array.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::object::Instance;
use crate::types::{type_obj_of, type_payload, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub struct SlotMember {
    /// The (mangled) attribute name, a str.
    pub name: Value,
    /// The class whose `__slots__` declared it.
    pub owner: Value,
    /// Index into `Instance::slots`.
    pub index: usize,
}

pub static SLOT_MEMBER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "member_descriptor",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let m = as_slot_member(v).expect("member");
                let s = format!("<member '{}' of '{}' objects>", name_of(m), type_payload(&m.owner).name());
                Ok(crate::types::str::new_string(s))
            }),
            descr_get: Some(|vm, v, obj, _| {
                let Some(obj) = obj else { return Ok(v.clone()) };
                let m = as_slot_member(v).expect("member");
                let cell = slot_cell(vm, m, obj)?;
                let value = cell.borrow().clone();
                match value {
                    Some(x) => Ok(x),
                    None => Err(vm.new_attribute_error_msg(format!(
                        "'{}' object has no attribute '{}'",
                        obj.ty().name(),
                        name_of(m)
                    ))),
                }
            }),
            descr_set: Some(|vm, v, obj, value| {
                let m = as_slot_member(v).expect("member");
                let cell = slot_cell(vm, m, obj)?;
                let deleting = value.is_none();
                let old = std::mem::replace(&mut *cell.borrow_mut(), value);
                if deleting && old.is_none() {
                    let ty = crate::types::exceptions::ATTRIBUTE_ERROR.value();
                    return Err(vm.new_exception_args(&ty, vec![m.name.clone()]));
                }
                drop(old);
                Ok(())
            }),
            getattr: Some(|vm, v, name| {
                let m = as_slot_member(v).expect("member");
                match crate::types::str::as_str(name).unwrap_or("") {
                    "__name__" => Ok(m.name.clone()),
                    "__qualname__" => Ok(crate::types::str::new_string(format!(
                        "{}.{}",
                        type_payload(&m.owner).qualname.borrow(),
                        name_of(m)
                    ))),
                    "__objclass__" => Ok(m.owner.clone()),
                    "__doc__" => Ok(vm.none()),
                    _ => crate::types::object::generic_getattr(vm, v, name),
                }
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<SlotMember>,
    ),
);

pub fn as_slot_member(v: &Value) -> Option<&SlotMember> {
    v.downcast_exact::<SlotMember>(&SLOT_MEMBER_TYPE)
}

pub fn new_slot_member(name: Value, owner: Value, index: usize) -> Value {
    Obj::alloc(&SLOT_MEMBER_TYPE.0, SlotMember { name, owner, index })
}

fn name_of(m: &SlotMember) -> &str {
    crate::types::str::as_str(&m.name).unwrap_or("?")
}

/// The storage of member `m` in `obj`, after checking `obj` is an instance
/// of the declaring class.
fn slot_cell<'a>(vm: &mut Vm, m: &SlotMember, obj: &'a Value) -> PyResult<&'a RefCell<Option<Value>>> {
    let t = obj.ty();
    let fits = t.is_subtype(type_obj_of(&m.owner)) && t.layout == Layout::Instance && t.is_heap_type();
    // SAFETY: heap types with `Layout::Instance` allocate `Obj<Instance>`.
    let cell = if fits { unsafe { obj.payload_unchecked::<Instance>() }.slots.get(m.index) } else { None };
    cell.ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name_of(m),
            type_payload(&m.owner).name(),
            obj.ty().name()
        ))
    })
}
