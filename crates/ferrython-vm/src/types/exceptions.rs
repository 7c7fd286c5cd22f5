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
    /// Traceback entries, innermost last: (code value, instruction index).
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// An exception group's `(message, exceptions tuple)` (`exception_group.rs`).
    pub group: RefCell<Option<(Value, Value)>>,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Value,
    pub pc: u32,
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
    let inst = vm.new_instance(cls, true);
    if let Some(d) = exc_data(&inst) {
        *d.args.borrow_mut() = Some(crate::types::tuple::new_tuple(os_error_args(vm, &inst, args.pos())));
    }
    Ok(inst)
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
    if let Some(d) = exc_data(obj) {
        *d.args.borrow_mut() = Some(crate::types::tuple::new_tuple(os_error_args(vm, obj, args.pos())));
    }
    Ok(())
}

fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let args = exc_args(v);
    if let Some(s) = crate::types::codecs::unicode_error_str(v, &args) {
        return Ok(crate::types::str::new_string(s));
    }
    if v.ty().is_subtype(&KEY_ERROR.0) && args.len() == 1 {
        return vm.repr(&args[0]);
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
            "args" => return Ok(d.args.borrow().clone().unwrap_or_else(|| crate::types::tuple::new_tuple(vec![]))),
            "__cause__" => return Ok(d.cause.borrow().clone().unwrap_or_else(none)),
            "__context__" => return Ok(d.context.borrow().clone().unwrap_or_else(none)),
            "__suppress_context__" => return Ok(vm.bool(d.suppress_context.get())),
            "__traceback__" => return Ok(none()),
            // `StopIteration.value` and `SystemExit.code` (CPython keeps them
            // as members set from the arguments).
            "value" if v.ty().is_subtype(&STOP_ITERATION.0) => {
                return Ok(exc_args(v).into_iter().next().unwrap_or_else(none))
            }
            "code" if v.ty().is_subtype(&SYSTEM_EXIT.0) => {
                let args = exc_args(v);
                return Ok(match args.len() {
                    0 => none(),
                    1 => args[0].clone(),
                    _ => crate::types::tuple::new_tuple(args),
                });
            }
            attr => {
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
            // There are no traceback objects yet (docs/differences.md).
            "__traceback__" => {
                return match &value {
                    Some(x) if crate::types::bool_none::is_none(x) => Ok(()),
                    Some(_) => Err(vm.new_type_error("__traceback__ must be a traceback or None".into())),
                    None => Err(vm.new_type_error("__traceback__ may not be deleted".into())),
                };
            }
            _ => {}
        }
    }
    crate::types::object::generic_setattr(vm, v, name, value)
}
