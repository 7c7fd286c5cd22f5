//! The member and getset names of the introspection types (frames,
//! tracebacks, code objects) and of the exception types with extra
//! members, entered in the type dicts (`descr::add_slot_attrs`) so that
//! `dir()` lists them as CPython does, and "Did you mean" finds them.
//! Their `getattr` slots serve the values.

use crate::types::descr::add_slot_attrs;
use crate::types::exceptions as ex;
use crate::types::frame::{FRAME_TYPE, TRACEBACK_TYPE};
use crate::types::function::CODE_TYPE;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    add_slot_attrs(vm, &ex::NAME_ERROR, &["name"], &[]);
    add_slot_attrs(vm, &ex::ATTRIBUTE_ERROR, &["name", "obj"], &[]);
    add_slot_attrs(vm, &ex::IMPORT_ERROR, &["msg", "name", "path"], &[]);
    add_slot_attrs(vm, &ex::STOP_ITERATION, &["value"], &[]);
    add_slot_attrs(vm, &ex::SYSTEM_EXIT, &["code"], &[]);
    add_slot_attrs(
        vm,
        &FRAME_TYPE,
        &["f_trace_lines", "f_trace_opcodes"],
        &["f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals", "f_trace"],
    );
    add_slot_attrs(vm, &TRACEBACK_TYPE, &["tb_frame", "tb_lasti", "tb_lineno"], &["tb_next"]);
    add_slot_attrs(
        vm,
        &CODE_TYPE,
        &[
            "co_argcount",
            "co_consts",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_kwonlyargcount",
            "co_name",
            "co_names",
            "co_nlocals",
            "co_posonlyargcount",
            "co_qualname",
            "co_stacksize",
        ],
        &["co_cellvars", "co_freevars", "co_varnames"],
    );
}
