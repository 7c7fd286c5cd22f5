//! Module objects: a name and a namespace dict.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};

pub struct ModuleObj {
    pub dict: Value,
}

pub static MODULE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "module",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let m = as_module(v).expect("module");
                let d = crate::types::dict::as_dict(&m.dict).expect("dict");
                let name = d.borrow().get_rust_str("__name__");
                let name = name.as_ref().and_then(crate::types::str::as_str).unwrap_or("?").to_string();
                Ok(crate::types::str::new_string(format!("<module '{name}'>")))
            }),
            getattr: Some(|vm, v, name| {
                let m = as_module(v).expect("module");
                if let Some(found) = crate::types::dict::as_dict(&m.dict).expect("dict").borrow().get_str(name) {
                    return Ok(found);
                }
                crate::types::object::generic_getattr(vm, v, name)
            }),
            setattr: Some(|vm, v, name, value| {
                let m = as_module(v).expect("module");
                let d = crate::types::dict::as_dict(&m.dict).expect("dict");
                match value {
                    Some(val) => d.borrow_mut().set_str(name.clone(), val),
                    None => {
                        if d.borrow_mut().del_str(name).is_none() {
                            return Err(vm.new_attribute_error(v, name));
                        }
                    }
                }
                Ok(())
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<ModuleObj>,
    ),
);

pub fn new_module(dict: Value) -> Value {
    Obj::alloc(&MODULE_TYPE.0, ModuleObj { dict })
}

pub fn as_module(v: &Value) -> Option<&ModuleObj> {
    v.downcast_exact::<ModuleObj>(&MODULE_TYPE)
}
