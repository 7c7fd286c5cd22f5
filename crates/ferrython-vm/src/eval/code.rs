//! Turning the compiler's `CodeObject` into the VM's `PyCode` value.

use crate::object::{Obj, Value};
use crate::types::function::{PyCode, CODE_TYPE};
use crate::types::{self};
use crate::vm::Vm;
use ferrython_bytecode::{CodeObject, Constant};
use std::cell::Cell;
use std::rc::Rc;

/// A code value for `code` (constants and names become values once).
pub fn load_code(vm: &mut Vm, code: Rc<CodeObject>) -> Value {
    let consts: Vec<Value> = code.consts.iter().map(|c| constant_value(vm, c)).collect();
    let names: Vec<Value> = code.names.iter().map(|n| vm.intern(n)).collect();
    let instrs: Vec<Cell<ferrython_bytecode::Instr>> = code.instrs.iter().map(|i| Cell::new(*i)).collect();
    use ferrython_bytecode::code::flags;
    let simple_args = code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && code.kwonlyargcount == 0;
    let has_cells = !code.cellvars.is_empty() || !code.freevars.is_empty();
    Obj::alloc(
        &CODE_TYPE.0,
        PyCode {
            code,
            simple_args,
            has_cells,
            global_cache: (0..names.len()).map(|_| Default::default()).collect(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            instrs: instrs.into_boxed_slice(),
        },
    )
}

pub fn constant_value(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => vm.none(),
        Constant::Bool(b) => vm.bool(*b),
        Constant::Ellipsis => types::bool_none::ELLIPSIS.value(),
        Constant::Int(i) => types::int::new_int(*i),
        Constant::BigInt(b) => types::int::new_bigint((**b).clone()),
        Constant::Float(f) => types::float::new_float(*f),
        Constant::Complex { real, imag } => types::complex::new_complex(*real, *imag),
        Constant::Str(s) => match s.as_str() {
            Some(text) if text.len() < 40 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                vm.intern(text)
            }
            Some(text) => types::str::new_str(text),
            None => types::str::new_string(String::from_utf8_lossy(s.as_wtf8()).into_owned()),
        },
        Constant::Bytes(b) => types::bytes::new_bytes(b.to_vec()),
        Constant::Tuple(items) => {
            let v: Vec<Value> = items.iter().map(|c| constant_value(vm, c)).collect();
            types::tuple::new_tuple(v)
        }
        Constant::FrozenSet(items) => {
            // CPython builds the constant from the items, then its compiler
            // (`merge_consts_recursive`) rebuilds it from that set's own
            // iteration order; both steps show in the final table order.
            let v: Vec<Value> = items.iter().map(|c| constant_value(vm, c)).collect();
            let first = types::set::make_new_set(vm, true, Some(&types::tuple::new_tuple(v)));
            let keys = first.map(|f| types::set::as_any_set(&f).map(|s| s.table.borrow().keys()).unwrap_or_default());
            let again = keys.and_then(|k| types::set::make_new_set(vm, true, Some(&types::tuple::new_tuple(k))));
            again.unwrap_or_else(|_| vm.none())
        }
        Constant::Code(code) => load_code(vm, code.clone()),
    }
}
