//! `slice` objects.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub static SLICE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "slice",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let s = as_slice(v).expect("slice");
                let (a, b, c) = (vm.repr_string(&s.start)?, vm.repr_string(&s.stop)?, vm.repr_string(&s.step)?);
                Ok(crate::types::str::new_string(format!("slice({a}, {b}, {c})")))
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<SliceObj>,
    ),
);

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Obj::alloc(&SLICE_TYPE.0, SliceObj { start, stop, step })
}

pub fn as_slice(v: &Value) -> Option<&SliceObj> {
    v.downcast_exact::<SliceObj>(&SLICE_TYPE)
}
