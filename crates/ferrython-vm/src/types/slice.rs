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
            hash: Some(crate::types::list::unhashable),
            getattr: Some(|vm, v, name| {
                let s = as_slice(v).expect("slice");
                match crate::types::str::as_str(name) {
                    Some("start") => Ok(s.start.clone()),
                    Some("stop") => Ok(s.stop.clone()),
                    Some("step") => Ok(s.step.clone()),
                    _ => crate::types::object::generic_getattr(vm, v, name),
                }
            }),
            // Slices compare as `(start, stop, step)` tuples.
            compare: Some(|vm, a, b, op| {
                let (Some(x), Some(y)) = (as_slice(a), as_slice(b)) else { return Ok(vm.not_implemented()) };
                let tx = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ty = [y.start.clone(), y.stop.clone(), y.step.clone()];
                vm.compare_sequences(&tx, &ty, op)
            }),
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
