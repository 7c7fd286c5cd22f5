//! Functions, builtin functions, bound methods and code objects.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{CodeObject, Instr};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A code object as the VM runs it: the compiler's `CodeObject` plus its
/// constants and names turned into values, and the instruction stream in
/// cells so quickening can rewrite instructions in place.
pub struct PyCode {
    pub code: Rc<CodeObject>,
    /// Registers a frame of this code has: at least one past every register
    /// operand of `instrs` (checked by `eval::code::load_code`).
    pub nregs: u32,
    /// Registers that are named local variables (`co_varnames`).
    pub nlocals: u32,
    /// Positional parameters only (no `*args`, `**kwargs`, keyword-only).
    pub simple_args: bool,
    /// The frame has cells or free variables to set up.
    pub has_cells: bool,
    /// The argument count of a call that `push_simple_call` can take:
    /// `argcount` for a plain function (positional parameters only, not a
    /// generator), `u32::MAX` (no count matches) otherwise. One compare
    /// on the call path instead of three tests.
    pub push_argc: u32,
    /// One cache per name for `LoadGlobal` (see `GlobalCache`).
    pub global_cache: Box<[GlobalCache]>,
    /// One cache per name for `LoadAttr`, one for `StoreAttr` (a class may
    /// read attributes the ordinary way but override `__setattr__`); see
    /// `eval::attr_cache`.
    pub load_attr_cache: Box<[crate::eval::attr_cache::AttrCache]>,
    pub store_attr_cache: Box<[crate::eval::attr_cache::AttrCache]>,
    /// One cache per name for `LoadMethod` (see `eval::method_cache`).
    pub load_method_cache: Box<[crate::eval::method_cache::MethodCache]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub instrs: Box<[Cell<Instr>]>,
    /// What every function made from this code starts with, made on the
    /// first `MakeFunction` and shared by the next ones (as CPython's
    /// functions share `co_name`, `co_qualname` and the docstring constant):
    /// making a function used to intern its name, build its qualname and
    /// docstring, and hash `"__name__"` for its module, every time.
    pub function_defaults: std::cell::OnceCell<FunctionDefaults>,
}

/// See `PyCode::function_defaults`.
pub struct FunctionDefaults {
    pub name: Value,
    pub qualname: Value,
    /// The docstring, or None.
    pub doc: Value,
    /// The interned `"__name__"`: its hash is kept, so the module's name is
    /// looked up in the globals without hashing.
    pub module_key: Value,
}

/// `GlobalCache::builtins_writes` of a name found in the globals: whatever
/// the builtins hold, it shadows them.
pub const ANY_BUILTINS: u64 = u64::MAX - 1;

/// A `LoadGlobal` inline cache: the value found, valid while the globals
/// dict (identified by address) and, for a name found in the builtins, the
/// builtins dict have seen no write.
#[derive(Default)]
pub struct GlobalCache {
    pub globals: Cell<usize>,
    pub globals_writes: Cell<u64>,
    pub builtins_writes: Cell<u64>,
    pub value: RefCell<Option<Value>>,
}

pub struct FunctionObj {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Value>>,
    pub kwdefaults: RefCell<Option<Value>>,
    pub closure: Option<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub dict: RefCell<Option<Value>>,
}

pub type NativeFn = fn(&mut Vm, CallArgs) -> PyResult<Value>;

pub struct BuiltinFunctionObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The object a builtin method is bound to (`[].append`), or the module.
    pub bound: Option<Value>,
    pub doc: Option<&'static str>,
    /// Reads the calling frame (`locals()`, `eval`): see `eval::introspect`.
    pub needs_frame: bool,
}

pub struct MethodObj {
    pub func: Value,
    pub self_: Value,
}

pub static FUNCTION_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "function",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let f = as_function(v).expect("function");
                let q = vm.str_string(&f.qualname.borrow())?;
                Ok(crate::types::str::new_string(format!("<function {q} at {:#x}>", v.bits())))
            }),
            call: Some(|vm, f, args| vm.call_function(f, args)),
            descr_get: Some(|_, f, obj, _| match obj {
                Some(o) if !crate::types::bool_none::is_none(o) => Ok(new_method(f.clone(), o.clone())),
                _ => Ok(f.clone()),
            }),
            getattr: Some(function_getattr),
            setattr: Some(function_setattr),
            ..SlotInit::EMPTY
        },
        drop_obj::<FunctionObj>,
    ),
);

fn function_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let f = as_function(v).expect("function");
    let n = crate::types::str::as_str(name).unwrap_or("");
    let none = crate::types::bool_none::none;
    let r = match n {
        "__name__" => Some(f.name.borrow().clone()),
        "__qualname__" => Some(f.qualname.borrow().clone()),
        "__doc__" => Some(f.doc.borrow().clone()),
        "__module__" => Some(f.module.borrow().clone()),
        "__globals__" => Some(f.globals.clone()),
        "__builtins__" => Some(f.builtins.clone()),
        "__code__" => Some(f.code.clone()),
        "__defaults__" => Some(f.defaults.borrow().clone().unwrap_or_else(none)),
        "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().unwrap_or_else(none)),
        "__closure__" => Some(f.closure.clone().unwrap_or_else(none)),
        "__annotations__" => {
            let mut a = f.annotations.borrow_mut();
            Some(a.get_or_insert_with(crate::types::dict::new_dict).clone())
        }
        "__dict__" => {
            let mut d = f.dict.borrow_mut();
            Some(d.get_or_insert_with(crate::types::dict::new_dict).clone())
        }
        _ => None,
    };
    if let Some(r) = r {
        return Ok(r);
    }
    if let Some(d) = f.dict.borrow().as_ref() {
        if let Some(found) = crate::types::dict::as_dict(d).expect("dict").borrow().get_str(name) {
            return Ok(found);
        }
    }
    crate::types::object::generic_getattr(vm, v, name)
}

/// The members and getsets of `function` (CPython's `func_memberlist`,
/// `func_getsetlist`), served by `function_getattr`/`function_setattr`.
pub const FUNCTION_MEMBERS: &[&str] = &["__closure__", "__doc__", "__globals__", "__module__", "__builtins__"];
pub const FUNCTION_GETSETS: &[&str] =
    &["__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__name__", "__qualname__"];

/// `f.name = value` / `del f.name`: the checks of CPython's `func_set_*`;
/// other names go to the function's `__dict__`.
fn function_setattr(vm: &mut Vm, v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let f = as_function(v).expect("function");
    let n = crate::types::str::as_str(name).unwrap_or("");
    let is_none = |x: &Value| crate::types::bool_none::is_none(x);
    match n {
        "__name__" | "__qualname__" => {
            let Some(s) = value.filter(|x| crate::types::str::as_str(x).is_some()) else {
                return Err(vm.new_type_error(format!("{n} must be set to a string object")));
            };
            *(if n == "__name__" { &f.name } else { &f.qualname }).borrow_mut() = s;
        }
        "__defaults__" => match value {
            Some(t) if crate::types::tuple::as_tuple(&t).is_some() => *f.defaults.borrow_mut() = Some(t),
            Some(x) if !is_none(&x) => {
                return Err(vm.new_type_error("__defaults__ must be set to a tuple object".into()))
            }
            _ => *f.defaults.borrow_mut() = None,
        },
        "__kwdefaults__" => match value {
            Some(d) if crate::types::dict::as_dict(&d).is_some() => *f.kwdefaults.borrow_mut() = Some(d),
            Some(x) if !is_none(&x) => {
                return Err(vm.new_type_error("__kwdefaults__ must be set to a dict object".into()))
            }
            _ => *f.kwdefaults.borrow_mut() = None,
        },
        "__annotations__" => match value {
            Some(d) if crate::types::dict::as_dict(&d).is_some() => *f.annotations.borrow_mut() = Some(d),
            Some(x) if !is_none(&x) => {
                return Err(vm.new_type_error("__annotations__ must be set to a dict object".into()))
            }
            _ => *f.annotations.borrow_mut() = None,
        },
        "__doc__" => *f.doc.borrow_mut() = value.unwrap_or_else(|| vm.none()),
        "__module__" => *f.module.borrow_mut() = value.unwrap_or_else(|| vm.none()),
        "__dict__" => match value {
            Some(d) if crate::types::dict::as_dict(&d).is_some() => *f.dict.borrow_mut() = Some(d),
            Some(x) => {
                return Err(
                    vm.new_type_error(format!("__dict__ must be set to a dictionary, not a '{}'", x.ty().name()))
                )
            }
            None => return Err(vm.new_type_error("cannot delete __dict__".into())),
        },
        "__code__" => {
            return Err(match value {
                Some(c) if as_code(&c).is_some() => {
                    vm.new_type_error("assigning __code__ is not supported by ferrython yet".into())
                }
                _ => vm.new_type_error("__code__ must be set to a code object".into()),
            })
        }
        "__globals__" | "__closure__" | "__builtins__" => {
            return Err(vm.new_attribute_error_msg("readonly attribute".into()))
        }
        _ => {
            if let Some(d) = v.ty().lookup(name) {
                if vm.is_data_descriptor(&d) {
                    return vm.descriptor_set(&d, v, value);
                }
            }
            let dict = f.dict.borrow_mut().get_or_insert_with(crate::types::dict::new_dict).clone();
            let d = crate::types::dict::as_dict(&dict).expect("dict");
            match value {
                Some(x) => d.borrow_mut().set_str(name.clone(), x),
                None => {
                    if d.borrow_mut().del_str(name).is_none() {
                        return Err(vm.new_attribute_error(v, name));
                    }
                }
            }
        }
    }
    Ok(())
}

pub static BUILTIN_FUNCTION_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "builtin_function_or_method",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let f = as_builtin(v).expect("builtin");
                let s = match &f.bound {
                    Some(b) if crate::types::module::as_module(b).is_none() => {
                        format!("<built-in method {} of {} object at {:#x}>", f.name, b.ty().name(), b.bits())
                    }
                    _ => format!("<built-in function {}>", f.name),
                };
                Ok(crate::types::str::new_string(s))
            }),
            call: Some(|vm, f, args| {
                let b = as_builtin(f).expect("builtin");
                match &b.bound {
                    Some(obj) if crate::types::module::as_module(obj).is_none() => {
                        let mut full = Vec::with_capacity(args.args.len() + 1);
                        full.push(obj.clone());
                        full.extend(args.args.iter().cloned());
                        (b.func)(vm, CallArgs { args: &full, kwnames: args.kwnames })
                    }
                    _ => (b.func)(vm, args),
                }
            }),
            getattr: Some(builtin_getattr),
            descr_get: Some(|_, f, obj, _| {
                // Unbound builtin methods in a type's dict bind like functions.
                let b = as_builtin(f).expect("builtin");
                match obj {
                    Some(o) if b.bound.is_none() && !crate::types::bool_none::is_none(o) => {
                        Ok(new_builtin_bound(b.name, b.func, o.clone()))
                    }
                    _ => Ok(f.clone()),
                }
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<BuiltinFunctionObj>,
    ),
);

fn builtin_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let f = as_builtin(v).expect("builtin");
    match crate::types::str::as_str(name).unwrap_or("") {
        "__name__" => Ok(crate::types::str::new_str(f.name)),
        "__qualname__" => {
            let q = match &f.bound {
                Some(b) if crate::types::module::as_module(b).is_none() => {
                    let owner = match crate::types::as_type(b) {
                        Some(t) => t.name(),
                        None => b.ty().name(),
                    };
                    format!("{owner}.{}", f.name)
                }
                _ => f.name.to_string(),
            };
            Ok(crate::types::str::new_string(q))
        }
        "__self__" => Ok(f.bound.clone().or_else(|| vm.builtins_module.clone()).unwrap_or_else(|| vm.none())),
        // Signatures of builtins are not recorded (docs/differences.md).
        "__text_signature__" => Ok(vm.none()),
        "__doc__" => Ok(f.doc.map(crate::types::str::new_str).unwrap_or_else(|| vm.none())),
        "__module__" => Ok(match &f.bound {
            Some(b) if crate::types::module::as_module(b).is_some() => vm.getattr_str(b, "__name__")?,
            Some(_) => vm.none(),
            None => crate::types::str::new_str("builtins"),
        }),
        _ => crate::types::object::generic_getattr(vm, v, name),
    }
}

pub static METHOD_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "method",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let m = v.downcast_exact::<MethodObj>(&METHOD_TYPE).expect("method");
                let q = vm.getattr_str(&m.func, "__qualname__")?;
                let q = vm.str_string(&q)?;
                let r = vm.repr_string(&m.self_)?;
                Ok(crate::types::str::new_string(format!("<bound method {q} of {r}>")))
            }),
            call: Some(|vm, v, args| {
                let m = v.downcast_exact::<MethodObj>(&METHOD_TYPE).expect("method");
                let mut full = Vec::with_capacity(args.args.len() + 1);
                full.push(m.self_.clone());
                full.extend(args.args.iter().cloned());
                let func = m.func.clone();
                vm.call(&func, CallArgs { args: &full, kwnames: args.kwnames })
            }),
            // Bound methods are equal when they bind the same object to the same function.
            compare: Some(|vm, a, b, op| {
                let (Some(x), Some(y)) = (as_method(a), as_method(b)) else { return Ok(vm.not_implemented()) };
                if !matches!(op, ferrython_bytecode::CmpOp::Eq | ferrython_bytecode::CmpOp::Ne) {
                    return Ok(vm.not_implemented());
                }
                let same = x.self_.is(&y.self_) && vm.eq(&x.func, &y.func)?;
                Ok(vm.bool(same == (op == ferrython_bytecode::CmpOp::Eq)))
            }),
            hash: Some(|vm, v| {
                let m = as_method(v).expect("method");
                let h = vm.hash(&m.func)?;
                Ok(ferrython_algo::hash::hash_pointer(m.self_.bits()) ^ h)
            }),
            getattr: Some(|vm, v, name| {
                let m = v.downcast_exact::<MethodObj>(&METHOD_TYPE).expect("method");
                match crate::types::str::as_str(name).unwrap_or("") {
                    "__func__" => Ok(m.func.clone()),
                    "__self__" => Ok(m.self_.clone()),
                    // Other attributes are the function's (CPython's `method_getattro`).
                    _ => {
                        let func = m.func.clone();
                        vm.getattr(&func, name)
                    }
                }
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<MethodObj>,
    ),
);

pub static CODE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "code",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let c = as_code(v).expect("code");
                Ok(crate::types::str::new_string(format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.code.name,
                    v.bits(),
                    c.code.filename,
                    c.code.firstlineno
                )))
            }),
            getattr: Some(crate::types::code_attrs::code_getattr),
            ..SlotInit::EMPTY
        },
        drop_obj::<PyCode>,
    ),
);

pub fn as_function(v: &Value) -> Option<&FunctionObj> {
    v.downcast_exact::<FunctionObj>(&FUNCTION_TYPE)
}

pub fn as_builtin(v: &Value) -> Option<&BuiltinFunctionObj> {
    v.downcast_exact::<BuiltinFunctionObj>(&BUILTIN_FUNCTION_TYPE)
}

pub fn as_method(v: &Value) -> Option<&MethodObj> {
    v.downcast_exact::<MethodObj>(&METHOD_TYPE)
}

pub fn as_code(v: &Value) -> Option<&PyCode> {
    v.downcast_exact::<PyCode>(&CODE_TYPE)
}

pub fn new_method(func: Value, self_: Value) -> Value {
    Obj::alloc(&METHOD_TYPE.0, MethodObj { func, self_ })
}

pub fn new_builtin(name: &'static str, func: NativeFn, doc: Option<&'static str>) -> Value {
    Obj::alloc_immortal(
        &BUILTIN_FUNCTION_TYPE.0,
        BuiltinFunctionObj { name, func, bound: None, doc, needs_frame: false },
    )
}

pub fn new_builtin_bound(name: &'static str, func: NativeFn, bound: Value) -> Value {
    new_builtin_bound_doc(name, func, bound, None)
}

/// A module's builtin function with a `__doc__`.
pub fn new_builtin_bound_doc(name: &'static str, func: NativeFn, bound: Value, doc: Option<&'static str>) -> Value {
    Obj::alloc(&BUILTIN_FUNCTION_TYPE.0, BuiltinFunctionObj { name, func, bound: Some(bound), doc, needs_frame: false })
}

/// A builtin function that reads its caller's frame (see `eval::introspect`).
pub fn new_builtin_frame(name: &'static str, func: NativeFn) -> Value {
    Obj::alloc_immortal(
        &BUILTIN_FUNCTION_TYPE.0,
        BuiltinFunctionObj { name, func, bound: None, doc: None, needs_frame: true },
    )
}
