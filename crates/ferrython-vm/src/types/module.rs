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
                let file = d.borrow().get_rust_str("__file__");
                // CPython's `module_repr`: the file a module came from, or
                // "(built-in)" for the modules compiled into the interpreter
                // (`sys.builtin_module_names`).
                let s = match file.as_ref().and_then(crate::types::str::as_str) {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    None if matches!(name.as_str(), "builtins" | "sys" | "time") => {
                        format!("<module '{name}' (built-in)>")
                    }
                    None => format!("<module '{name}'>"),
                };
                Ok(crate::types::str::new_string(s))
            }),
            getattr: Some(|vm, v, name| {
                let m = as_module(v).expect("module");
                if let Some(found) = crate::types::dict::as_dict(&m.dict).expect("dict").borrow().get_str(name) {
                    return Ok(found);
                }
                if crate::types::str::as_str(name) == Some("__dict__") {
                    return Ok(m.dict.clone());
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
                            // `del m.x` goes through the generic setattr: no module name.
                            let n = crate::types::str::as_str(name).unwrap_or("?");
                            return Err(vm.new_attribute_error_msg(format!("'module' object has no attribute '{n}'")));
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
