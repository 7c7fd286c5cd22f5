//! Frame and traceback objects (CPython's `types.FrameType` and
//! `types.TracebackType`).
//!
//! The eval loop's frames are plain structs on its own stack
//! (`eval::Frame`); a frame object is made for one only when Python code can
//! see it: a traceback entry, `sys._getframe()`, or the `f_back` of either
//! (`eval::frames` does the materializing). A frame object is a snapshot
//! that is refreshed at those moments and when its frame finishes, so a
//! finished frame's object keeps its last line and variables, as CPython's
//! does.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::function::as_code;
use crate::types::{self, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub struct FrameObj {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The module or class namespace, or for a function frame a dict of its
    /// variables as of the last refresh.
    pub locals: RefCell<Option<Value>>,
    /// The instruction being executed (index into the code's instructions).
    pub lasti: Cell<u32>,
    /// The calling frame's object; `None` for the outermost frame, a
    /// suspended generator, or a caller that could not be reached.
    pub back: RefCell<Option<Value>>,
}

pub struct TracebackObj {
    pub next: RefCell<Option<Value>>,
    pub frame: Value,
    pub lasti: u32,
}

pub static FRAME_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "frame",
        None,
        0,
        Layout::Builtin,
        SlotInit { repr: Some(frame_repr), getattr: Some(frame_getattr), ..SlotInit::EMPTY },
        drop_obj::<FrameObj>,
    ),
);

pub static TRACEBACK_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "traceback",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(types::str::new_string(format!("<traceback object at {:#x}>", v.bits())))),
            getattr: Some(traceback_getattr),
            setattr: Some(traceback_setattr),
            ..SlotInit::EMPTY
        },
        drop_obj::<TracebackObj>,
    ),
);

pub fn as_frame(v: &Value) -> Option<&FrameObj> {
    v.downcast_exact::<FrameObj>(&FRAME_TYPE)
}

pub fn as_traceback(v: &Value) -> Option<&TracebackObj> {
    v.downcast_exact::<TracebackObj>(&TRACEBACK_TYPE)
}

pub fn new_frame_object(code: Value, globals: Value, builtins: Value, lasti: u32) -> Value {
    Obj::alloc(
        &FRAME_TYPE.0,
        FrameObj {
            code,
            globals,
            builtins,
            locals: RefCell::new(None),
            lasti: Cell::new(lasti),
            back: RefCell::new(None),
        },
    )
}

pub fn new_traceback(next: Option<Value>, frame: Value, lasti: u32) -> Value {
    Obj::alloc(&TRACEBACK_TYPE.0, TracebackObj { next: RefCell::new(next), frame, lasti })
}

impl FrameObj {
    /// The line of the current instruction (`None` where it has none).
    pub fn lineno(&self) -> Option<u32> {
        line_of(&self.code, self.lasti.get())
    }
}

impl TracebackObj {
    pub fn code(&self) -> Option<&Value> {
        as_frame(&self.frame).map(|f| &f.code)
    }

    pub fn lineno(&self) -> Option<u32> {
        self.code().and_then(|c| line_of(c, self.lasti))
    }
}

fn line_of(code: &Value, lasti: u32) -> Option<u32> {
    as_code(code).and_then(|c| c.code.line_of(lasti as usize))
}

/// `<frame at 0x..., file 'x.py', line 3, code f>` (CPython: frame_repr).
fn frame_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    crate::eval::frames::sync_live(vm, v);
    let f = as_frame(v).expect("frame");
    let (file, name) = match as_code(&f.code) {
        Some(c) => (c.code.filename.to_string(), c.code.name.to_string()),
        None => (String::new(), String::new()),
    };
    let line = f.lineno().map(|l| l as i64).unwrap_or(-1);
    let file_repr = crate::types::str::repr_text(&file);
    Ok(types::str::new_string(format!("<frame at {:#x}, file {file_repr}, line {line}, code {name}>", v.bits())))
}

fn int_or_none(x: Option<u32>) -> Value {
    match x {
        Some(n) => types::int::new_int(n as i64),
        None => types::bool_none::none(),
    }
}

fn frame_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let f = as_frame(v).expect("frame");
    let none = types::bool_none::none;
    let r = match types::str::as_str(name).unwrap_or("") {
        "f_code" => f.code.clone(),
        "f_globals" => f.globals.clone(),
        "f_builtins" => f.builtins.clone(),
        "f_locals" => f.locals.borrow_mut().get_or_insert_with(types::dict::new_dict).clone(),
        "f_back" => f.back.borrow().clone().unwrap_or_else(none),
        "f_lineno" => {
            crate::eval::frames::sync_live(vm, v);
            int_or_none(f.lineno())
        }
        // CPython counts bytes of 2-byte code units.
        "f_lasti" => types::int::new_int(f.lasti.get() as i64 * 2),
        "f_trace" => none(),
        "f_trace_lines" => vm.bool(true),
        "f_trace_opcodes" => vm.bool(false),
        _ => return crate::types::object::generic_getattr(vm, v, name),
    };
    Ok(r)
}

fn traceback_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let tb = as_traceback(v).expect("traceback");
    let r = match types::str::as_str(name).unwrap_or("") {
        "tb_frame" => tb.frame.clone(),
        "tb_next" => tb.next.borrow().clone().unwrap_or_else(types::bool_none::none),
        "tb_lineno" => int_or_none(tb.lineno()),
        "tb_lasti" => types::int::new_int(tb.lasti as i64 * 2),
        _ => return crate::types::object::generic_getattr(vm, v, name),
    };
    Ok(r)
}

/// Only `tb_next` is writable: a traceback or None, without making a loop
/// (CPython: tb_next_set).
fn traceback_setattr(vm: &mut Vm, v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let tb = as_traceback(v).expect("traceback");
    let n = types::str::as_str(name).unwrap_or("");
    if n != "tb_next" {
        let msg = if matches!(n, "tb_frame" | "tb_lasti" | "tb_lineno") {
            format!("attribute '{n}' of 'traceback' objects is not writable")
        } else {
            format!("'traceback' object has no attribute '{n}'")
        };
        return Err(vm.new_attribute_error_msg(msg));
    }
    let Some(value) = value else {
        return Err(vm.new_type_error("can't delete tb_next attribute".into()));
    };
    if types::bool_none::is_none(&value) {
        *tb.next.borrow_mut() = None;
        return Ok(());
    }
    if as_traceback(&value).is_none() {
        return Err(vm.new_type_error(format!("expected traceback object, got '{}'", value.ty().name())));
    }
    let mut cursor = Some(value.clone());
    while let Some(c) = cursor {
        if c.is(v) {
            return Err(vm.new_value_error("traceback loop detected".into()));
        }
        cursor = as_traceback(&c).and_then(|t| t.next.borrow().clone());
    }
    *tb.next.borrow_mut() = Some(value);
    Ok(())
}

pub fn install(vm: &mut Vm) {
    crate::types::methods::add_methods(
        vm,
        &FRAME_TYPE,
        &[("clear", |vm, a| {
            let cargs = types::CallArgs::positional(&a.args[1..]);
            crate::args::positional(vm, "clear", &cargs, 0, 0)?;
            // Only finished frames reach Python code with a snapshot that
            // clear() could drop; their variables go.
            if let Some(f) = as_frame(&a.args[0]) {
                *f.locals.borrow_mut() = None;
            }
            Ok(vm.none())
        })],
    );
    crate::types::methods::add_methods(
        vm,
        &TRACEBACK_TYPE,
        &[("__dir__", |vm, _| {
            let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];
            Ok(types::list::new_list(names.iter().map(|n| vm.intern(n)).collect()))
        })],
    );
}
