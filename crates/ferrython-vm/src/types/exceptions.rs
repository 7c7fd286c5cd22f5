//! The builtin exception hierarchy. Exceptions are `Obj<Instance>` whose
//! `exc` part holds `args`, the traceback, `__cause__`, `__context__` and
//! `__suppress_context__`.

use crate::object::{drop_obj, StaticObj, Value};
use crate::types::object::Instance;
use crate::types::{tpflags, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

#[derive(Default)]
pub struct ExcData {
    pub args: RefCell<Option<Value>>,
    /// The traceback object (`__traceback__`): its first entry is the
    /// outermost frame, `tb_next` leads inwards.
    pub traceback: RefCell<Option<Value>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// An exception group's `(message, exceptions tuple)` (`exception_group.rs`).
    pub group: RefCell<Option<(Value, Value)>>,
    /// The members some exception types add (CPython's `PyNameErrorObject`,
    /// `PyAttributeErrorObject`, `PyImportErrorObject`,
    /// `PyStopIterationObject`, `PySystemExitObject`).
    pub members: RefCell<ExcMembers>,
}

#[derive(Default)]
pub struct ExcMembers {
    /// NameError, AttributeError and ImportError `name`.
    pub name: Option<Value>,
    /// AttributeError `obj`.
    pub obj: Option<Value>,
    /// ImportError `path` and `msg`.
    pub path: Option<Value>,
    pub msg: Option<Value>,
    /// StopIteration `value`, SystemExit `code`.
    pub value: Option<Value>,
}

macro_rules! exception_types {
    ($($static:ident = $name:literal : $base:ident;)*) => {
        $(
            pub static $static: StaticObj<TypeObject> = StaticObj::new(
                &crate::types::type_type::TYPE_TYPE,
                TypeObject::new_static(
                    $name,
                    None,
                    tpflags::BASETYPE | tpflags::BASE_EXC_SUBCLASS,
                    Layout::Instance,
                    SlotInit {
                        repr: Some(exc_repr),
                        str: Some(exc_str),
                        new: Some(exc_new),
                        init: Some(exc_init),
                        getattr: Some(exc_getattr),
                        setattr: Some(exc_setattr),
                        ..SlotInit::EMPTY
                    },
                    drop_obj::<Instance>,
                ),
            );
        )*

        /// Every exception type with its base (`None` for BaseException).
        pub fn hierarchy() -> Vec<(&'static StaticObj<TypeObject>, &'static StaticObj<TypeObject>)> {
            vec![$((&$static, exception_types!(@base $base)),)*]
        }

        pub fn all_static() -> Vec<&'static StaticObj<TypeObject>> {
            vec![$(&$static,)*]
        }
    };
    (@base OBJECT) => { &crate::types::object::OBJECT_TYPE };
    (@base $base:ident) => { &$base };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": OBJECT;
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR;
    WARNING = "Warning": EXCEPTION;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    USER_WARNING = "UserWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    BYTES_WARNING = "BytesWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": BASE_EXCEPTION;
    // Its second base, Exception, is added by `exception_group::init_types`.
    EXCEPTION_GROUP = "ExceptionGroup": BASE_EXCEPTION_GROUP;
}

/// The exception state of an exception instance.
pub fn exc_data(v: &Value) -> Option<&ExcData> {
    let ty = v.ty();
    if ty.layout != Layout::Instance || ty.flags.get() & tpflags::BASE_EXC_SUBCLASS == 0 {
        return None;
    }
    // SAFETY: `Layout::Instance` types allocate `Obj<Instance>`.
    let inst = unsafe { v.payload_unchecked::<Instance>() };
    inst.exc.as_deref()
}

pub fn is_exception_instance(v: &Value) -> bool {
    exc_data(v).is_some()
}

/// `args` of an exception as a vector.
pub fn exc_args(v: &Value) -> Vec<Value> {
    exc_data(v)
        .and_then(|d| d.args.borrow().clone())
        .and_then(|a| crate::types::tuple::as_tuple(&a).map(|t| t.to_vec()))
        .unwrap_or_default()
}

fn exc_new(vm: &mut Vm, cls: &Value, args: CallArgsAlias) -> PyResult<Value> {
    let cls = os_error_subclass(cls, args.pos()).unwrap_or_else(|| cls.clone());
    let inst = vm.new_instance(&cls, true);
    if let Some(d) = exc_data(&inst) {
        *d.args.borrow_mut() = Some(crate::types::tuple::new_tuple(os_error_args(vm, &inst, args.pos())));
    }
    Ok(inst)
}

/// `OSError(errno, ...)` makes the subclass for that errno (PEP 3151;
/// CPython: Objects/exceptions.c, OSError_new and `errnomap`).
fn os_error_subclass(cls: &Value, args: &[Value]) -> Option<Value> {
    if !cls.is(&OS_ERROR.value()) || args.len() < 2 {
        return None;
    }
    let errno = args[0].as_small_int()?;
    let ty: &StaticObj<TypeObject> = match errno {
        1 | 13 => &PERMISSION_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        110 => &TIMEOUT_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        _ => return None,
    };
    Some(ty.value())
}

/// `OSError(errno, strerror, filename, winerror, filename2)`: the filenames
/// are kept aside (in the instance dict) and `args` keeps `(errno, strerror)`.
fn os_error_args(vm: &mut Vm, inst: &Value, args: &[Value]) -> Vec<Value> {
    if !inst.ty().is_subtype(&OS_ERROR.0) || !(3..=5).contains(&args.len()) {
        return args.to_vec();
    }
    if let Some(cell) = crate::types::object::instance_dict(inst) {
        let d = cell.borrow_mut().get_or_insert_with(crate::types::dict::new_dict).clone();
        let data = crate::types::dict::as_dict(&d).expect("dict");
        data.borrow_mut().set_str(vm.intern("filename"), args[2].clone());
        if let Some(f2) = args.get(4) {
            data.borrow_mut().set_str(vm.intern("filename2"), f2.clone());
        }
    }
    args[..2].to_vec()
}

fn os_error_filename(v: &Value, name: &str) -> Option<Value> {
    let d = crate::types::object::instance_dict(v)?.borrow().clone()?;
    let r = crate::types::dict::as_dict(&d)?.borrow().get_rust_str(name);
    r
}

/// `OSError.errno`, `.strerror`, `.filename`, `.filename2`.
fn os_error_attr(v: &Value, args: &[Value], attr: &str) -> Option<Value> {
    if !v.ty().is_subtype(&OS_ERROR.0) {
        return None;
    }
    let none = crate::types::bool_none::none;
    let two = (2..=5).contains(&args.len());
    match attr {
        "errno" => Some(if two { args[0].clone() } else { none() }),
        "strerror" => Some(if two { args[1].clone() } else { none() }),
        "filename" | "filename2" => Some(os_error_filename(v, attr).unwrap_or_else(none)),
        _ => None,
    }
}

/// `str(OSError)`: `[Errno 2] No such file or directory: 'x'` (CPython's `OSError_str`).
fn os_error_str(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult<Option<String>> {
    if !v.ty().is_subtype(&OS_ERROR.0) || args.len() != 2 {
        return Ok(None);
    }
    let errno = vm.str_string(&args[0])?;
    let strerror = vm.str_string(&args[1])?;
    Ok(Some(match os_error_filename(v, "filename") {
        Some(f) => {
            let f = vm.repr_string(&f)?;
            match os_error_filename(v, "filename2") {
                Some(f2) => {
                    let f2 = vm.repr_string(&f2)?;
                    format!("[Errno {errno}] {strerror}: {f} -> {f2}")
                }
                None => format!("[Errno {errno}] {strerror}: {f}"),
            }
        }
        None => format!("[Errno {errno}] {strerror}"),
    }))
}

type CallArgsAlias<'a> = crate::types::CallArgs<'a>;

fn exc_init(vm: &mut Vm, obj: &Value, args: CallArgsAlias) -> PyResult<()> {
    let Some(d) = exc_data(obj) else { return Ok(()) };
    let ty = obj.ty();
    let allowed: &[&str] = if ty.is_subtype(&ATTRIBUTE_ERROR.0) {
        &["name", "obj"]
    } else if ty.is_subtype(&NAME_ERROR.0) {
        &["name"]
    } else if ty.is_subtype(&IMPORT_ERROR.0) {
        &["name", "path"]
    } else {
        &[]
    };
    let mut members = ExcMembers::default();
    for (k, v) in args.kw() {
        let key = crate::types::str::as_str(k).unwrap_or("");
        if allowed.is_empty() {
            return Err(vm.new_type_error(format!("{}() takes no keyword arguments", ty.name())));
        }
        match key {
            "name" if allowed.contains(&"name") => members.name = Some(v.clone()),
            "obj" if allowed.contains(&"obj") => members.obj = Some(v.clone()),
            "path" if allowed.contains(&"path") => members.path = Some(v.clone()),
            _ => return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for {}()", ty.name()))),
        }
    }
    let pos = args.pos();
    if ty.is_subtype(&IMPORT_ERROR.0) && pos.len() == 1 {
        members.msg = Some(pos[0].clone());
    }
    *d.args.borrow_mut() = Some(crate::types::tuple::new_tuple(os_error_args(vm, obj, pos)));
    *d.members.borrow_mut() = members;
    init_value_member(obj, pos);
    Ok(())
}

/// `StopIteration.value` and `SystemExit.code` from the arguments, as
/// their `__init__` sets them (also for the ones the VM makes directly).
pub fn init_value_member(exc: &Value, args: &[Value]) {
    let Some(d) = exc_data(exc) else { return };
    let ty = exc.ty();
    if ty.is_subtype(&STOP_ITERATION.0) {
        d.members.borrow_mut().value = args.first().cloned();
    } else if ty.is_subtype(&SYSTEM_EXIT.0) {
        d.members.borrow_mut().value = match args.len() {
            0 => None,
            1 => Some(args[0].clone()),
            _ => Some(crate::types::tuple::new_tuple_from_slice(args)),
        };
    }
}

/// The type-specific member `attr` of exception `v`, if its type has one
/// (`None` values read as Python None).
fn member_attr(v: &Value, d: &ExcData, attr: &str) -> Option<Value> {
    let ty = v.ty();
    let m = d.members.borrow();
    let found = match attr {
        "name"
            if ty.is_subtype(&NAME_ERROR.0) || ty.is_subtype(&ATTRIBUTE_ERROR.0) || ty.is_subtype(&IMPORT_ERROR.0) =>
        {
            &m.name
        }
        "obj" if ty.is_subtype(&ATTRIBUTE_ERROR.0) => &m.obj,
        "path" if ty.is_subtype(&IMPORT_ERROR.0) => &m.path,
        "msg" if ty.is_subtype(&IMPORT_ERROR.0) => &m.msg,
        "value" if ty.is_subtype(&STOP_ITERATION.0) => &m.value,
        "code" if ty.is_subtype(&SYSTEM_EXIT.0) => &m.value,
        _ => return None,
    };
    Some(found.clone().unwrap_or_else(crate::types::bool_none::none))
}

/// Sets a type-specific member; false when `v`'s type has no such member.
fn set_member(v: &Value, d: &ExcData, attr: &str, value: Option<Value>) -> bool {
    if member_attr(v, d, attr).is_none() {
        return false;
    }
    let mut m = d.members.borrow_mut();
    let slot = match attr {
        "name" => &mut m.name,
        "obj" => &mut m.obj,
        "path" => &mut m.path,
        "msg" => &mut m.msg,
        _ => &mut m.value,
    };
    *slot = value;
    true
}

/// Sets `name` (and `obj`) of a NameError or AttributeError the VM raises,
/// which the traceback printer's "Did you mean" suggestions read.
pub fn set_name_context(exc: &Value, name: &Value, obj: Option<&Value>) {
    if let Some(d) = exc_data(exc) {
        let mut m = d.members.borrow_mut();
        m.name = Some(name.clone());
        m.obj = obj.cloned();
    }
}

/// The `name` and `obj` members as set (unset ones are `None`).
pub fn name_context(exc: &Value) -> (Option<Value>, Option<Value>) {
    match exc_data(exc) {
        Some(d) => {
            let m = d.members.borrow();
            (m.name.clone(), m.obj.clone())
        }
        None => (None, None),
    }
}

fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let args = exc_args(v);
    if let Some(s) = crate::types::codecs::unicode_error_str(v, &args) {
        return Ok(crate::types::str::new_string(s));
    }
    if v.ty().is_subtype(&KEY_ERROR.0) && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    if v.ty().is_subtype(&IMPORT_ERROR.0) {
        let msg = exc_data(v).and_then(|d| d.members.borrow().msg.clone());
        if let Some(m) = msg.filter(|m| !crate::types::bool_none::is_none(m)) {
            return vm.str(&m);
        }
    }
    if let Some(s) = syntax_error_str(vm, v, &args)? {
        return Ok(crate::types::str::new_string(s));
    }
    if let Some(s) = os_error_str(vm, v, &args)? {
        return Ok(crate::types::str::new_string(s));
    }
    match args.len() {
        0 => Ok(crate::types::str::new_str("")),
        1 => vm.str(&args[0]),
        _ => vm.repr(&crate::types::tuple::new_tuple(args)),
    }
}

/// `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`:
/// the details tuple, when the exception was made with one.
fn syntax_details(v: &Value, args: &[Value]) -> Option<Vec<Value>> {
    if !v.ty().is_subtype(&SYNTAX_ERROR.0) || args.len() != 2 {
        return None;
    }
    crate::types::tuple::as_tuple(&args[1]).filter(|t| (4..=6).contains(&t.len())).map(|t| t.to_vec())
}

/// `SyntaxError.msg`, `.filename`, `.lineno`, `.offset`, `.text`, `.end_lineno`, `.end_offset`.
fn syntax_error_attr(v: &Value, args: &[Value], attr: &str) -> Option<Value> {
    if !v.ty().is_subtype(&SYNTAX_ERROR.0) {
        return None;
    }
    let none = crate::types::bool_none::none;
    let idx = match attr {
        "msg" => return Some(args.first().cloned().unwrap_or_else(none)),
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        "print_file_and_line" => return Some(none()),
        _ => return None,
    };
    Some(syntax_details(v, args).and_then(|d| d.get(idx).cloned()).unwrap_or_else(none))
}

/// `str(SyntaxError)`: `msg (file.py, line 3)` (CPython's `SyntaxError_str`).
fn syntax_error_str(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult<Option<String>> {
    let Some(d) = syntax_details(v, args) else { return Ok(None) };
    let msg = vm.str_string(&args[0])?;
    let file = crate::types::str::as_str(&d[0]).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = crate::types::int::to_i64(&d[1]).filter(|_| !crate::types::bool_none::is_none(&d[1]));
    Ok(Some(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let args = exc_args(v);
    let name = v.ty().name();
    let inner = if args.len() == 1 {
        vm.repr_string(&args[0])?
    } else {
        let r = vm.repr_string(&crate::types::tuple::new_tuple(args))?;
        if r == "()" {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(crate::types::str::new_string(format!("{name}({inner})")))
}

fn exc_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(d) = exc_data(v) {
        let none = crate::types::bool_none::none;
        match crate::types::str::as_str(name).unwrap_or("") {
            "args" => {
                return Ok(d.args.borrow().clone().unwrap_or_else(|| crate::types::tuple::new_tuple_from_array([])))
            }
            "__cause__" => return Ok(d.cause.borrow().clone().unwrap_or_else(none)),
            "__context__" => return Ok(d.context.borrow().clone().unwrap_or_else(none)),
            "__suppress_context__" => return Ok(vm.bool(d.suppress_context.get())),
            "__traceback__" => return Ok(d.traceback.borrow().clone().unwrap_or_else(none)),
            attr => {
                if let Some(x) = member_attr(v, d, attr) {
                    return Ok(x);
                }
                if let Some(x) = crate::types::codecs::unicode_error_attr(v, &exc_args(v), attr) {
                    return Ok(x);
                }
                if let Some(x) = syntax_error_attr(v, &exc_args(v), attr) {
                    return Ok(x);
                }
                if let Some(x) = os_error_attr(v, &exc_args(v), attr) {
                    return Ok(x);
                }
            }
        }
    }
    crate::types::object::generic_getattr(vm, v, name)
}

fn exc_setattr(vm: &mut Vm, v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(d) = exc_data(v) {
        let some_not_none = |x: &Option<Value>| x.clone().filter(|x| !crate::types::bool_none::is_none(x));
        let n = crate::types::str::as_str(name).unwrap_or("");
        match n {
            "args" => {
                let t = match &value {
                    Some(x) => crate::types::tuple::new_tuple(vm.collect_iterable(x)?),
                    None => return Err(vm.new_type_error("args may not be deleted".into())),
                };
                *d.args.borrow_mut() = Some(t);
                return Ok(());
            }
            "__cause__" | "__context__" => {
                let what = if n == "__cause__" { "cause" } else { "context" };
                match &value {
                    None => return Err(vm.new_type_error(format!("{n} may not be deleted"))),
                    Some(x) if !crate::types::bool_none::is_none(x) && !is_exception_instance(x) => {
                        return Err(
                            vm.new_type_error(format!("exception {what} must be None or derive from BaseException"))
                        )
                    }
                    _ => {}
                }
                if n == "__cause__" {
                    *d.cause.borrow_mut() = some_not_none(&value);
                    d.suppress_context.set(true);
                } else {
                    *d.context.borrow_mut() = some_not_none(&value);
                }
                return Ok(());
            }
            "__traceback__" => {
                let tb = match &value {
                    Some(x) if crate::types::bool_none::is_none(x) => None,
                    Some(x) if crate::types::frame::as_traceback(x).is_some() => Some(x.clone()),
                    Some(_) => return Err(vm.new_type_error("__traceback__ must be a traceback or None".into())),
                    None => return Err(vm.new_type_error("__traceback__ may not be deleted".into())),
                };
                *d.traceback.borrow_mut() = tb;
                return Ok(());
            }
            attr if set_member(v, d, attr, value.clone()) => return Ok(()),
            "__suppress_context__" => {
                let b = match &value {
                    Some(x) => match crate::types::bool_none::as_bool(x) {
                        Some(b) => b,
                        None => return Err(vm.new_type_error("attribute value type must be bool".into())),
                    },
                    None => return Err(vm.new_type_error("can't delete numeric/char attribute".into())),
                };
                d.suppress_context.set(b);
                return Ok(());
            }
            _ => {}
        }
    }
    crate::types::object::generic_setattr(vm, v, name, value)
}

/// `BaseException.__setstate__`.
pub fn install(vm: &mut Vm) {
    crate::types::methods::add_methods(
        vm,
        &BASE_EXCEPTION,
        &[("__setstate__", |vm, a| {
            let cargs = crate::types::CallArgs::positional(&a.args[1..]);
            let p = crate::args::positional(vm, "__setstate__", &cargs, 1, 1)?;
            if crate::types::bool_none::is_none(&p[0]) {
                return Ok(vm.none());
            }
            let Some(d) = crate::types::dict::as_dict(&p[0]) else {
                return Err(vm.new_type_error("state is not a dictionary".into()));
            };
            let items: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
            let exc = a.args[0].clone();
            for (k, v) in items {
                vm.setattr(&exc, &k, Some(v))?;
            }
            Ok(vm.none())
        })],
    );
}
