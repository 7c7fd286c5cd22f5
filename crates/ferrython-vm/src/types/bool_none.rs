//! The singletons: `None`, `True`/`False` (instances of `bool`, a subclass of
//! `int`), `NotImplemented` and `Ellipsis`.

use crate::object::{drop_obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};

pub struct Unit;

pub struct BoolObj {
    pub value: bool,
}

pub static NONE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "NoneType",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, _| Ok(crate::types::str::new_str("None"))),
            bool: Some(|_, _| Ok(false)),
            hash: Some(|_, v| Ok((v.bits() >> 4) as i64)),
            ..SlotInit::EMPTY
        },
        drop_obj::<Unit>,
    ),
);

pub static NONE: StaticObj<Unit> = StaticObj::new(&NONE_TYPE, Unit);

pub static NOTIMPLEMENTED_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "NotImplementedType",
        None,
        0,
        Layout::Builtin,
        SlotInit { repr: Some(|_, _| Ok(crate::types::str::new_str("NotImplemented"))), ..SlotInit::EMPTY },
        drop_obj::<Unit>,
    ),
);

pub static NOT_IMPLEMENTED: StaticObj<Unit> = StaticObj::new(&NOTIMPLEMENTED_TYPE, Unit);

pub static ELLIPSIS_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "ellipsis",
        None,
        0,
        Layout::Builtin,
        SlotInit { repr: Some(|_, _| Ok(crate::types::str::new_str("Ellipsis"))), ..SlotInit::EMPTY },
        drop_obj::<Unit>,
    ),
);

pub static ELLIPSIS: StaticObj<Unit> = StaticObj::new(&ELLIPSIS_TYPE, Unit);

pub static BOOL_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "bool",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(crate::types::str::new_str(if as_bool(v) == Some(true) { "True" } else { "False" }))),
            ..SlotInit::EMPTY
        },
        drop_obj::<BoolObj>,
    ),
);

pub static TRUE: StaticObj<BoolObj> = StaticObj::new(&BOOL_TYPE, BoolObj { value: true });
pub static FALSE: StaticObj<BoolObj> = StaticObj::new(&BOOL_TYPE, BoolObj { value: false });

pub fn as_bool(v: &Value) -> Option<bool> {
    v.downcast_exact::<BoolObj>(&BOOL_TYPE).map(|b| b.value)
}

pub fn none() -> Value {
    NONE.value()
}

pub fn is_none(v: &Value) -> bool {
    v.is(&NONE.value())
}
