//! Turning the compiler's `CodeObject` into the VM's `PyCode` value.

use crate::object::{Obj, Value};
use crate::types::function::{PyCode, CODE_TYPE};
use crate::types::{self};
use crate::vm::Vm;
use ferrython_bytecode::opcodes::OperandBounds;
use ferrython_bytecode::{CodeObject, Constant, Instr, Reg};
use std::cell::Cell;
use std::rc::Rc;

/// A code value for `code` (constants and names become values once).
///
/// This is also where the code is validated for the eval loop, which
/// indexes registers, constants, names and instructions by the operands it
/// decodes without checking each access: every register operand must be
/// below the frame size, every constant and name index inside its table,
/// every jump and handler target inside the code, and execution must not
/// run off the end. The compiler guarantees all of this; should it ever
/// fail to, the tables are widened (with `None`s, empty names and `Return`
/// instructions) rather than letting the loop read out of bounds.
pub fn load_code(vm: &mut Vm, code: Rc<CodeObject>) -> Value {
    let mut consts: Vec<Value> = code.consts.iter().map(|c| constant_value(vm, c)).collect();
    let mut names: Vec<Value> = code.names.iter().map(|n| vm.intern(n)).collect();
    let mut instrs: Vec<Cell<Instr>> = code.instrs.iter().map(|i| Cell::new(*i)).collect();
    let mut bounds = OperandBounds::default();
    for i in &code.instrs {
        i.operand_bounds(&mut bounds);
    }
    let handlers = code.exception_table.iter().map(|e| e.handler + 1).max().unwrap_or(0);
    let falls_off = !matches!(
        code.instrs.last(),
        Some(Instr::Return { .. } | Instr::Jump { .. } | Instr::Raise { .. } | Instr::Reraise { .. })
    );
    let min_len = (bounds.labels.max(handlers) as usize).max(instrs.len() + falls_off as usize);
    while instrs.len() < min_len {
        instrs.push(Cell::new(Instr::Return { src: Reg(0) }));
    }
    let nregs = code.nregs.max(bounds.regs).max(1);
    let nlocals = code.varnames.len() as u32;
    while consts.len() < bounds.consts as usize {
        consts.push(vm.none());
    }
    while names.len() < bounds.names as usize {
        names.push(vm.intern(""));
    }
    use ferrython_bytecode::code::flags;
    let simple_args = code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && code.kwonlyargcount == 0;
    let has_cells = !code.cellvars.is_empty() || !code.freevars.is_empty();
    let push_argc = if simple_args && code.flags & flags::GENERATOR == 0 { code.argcount } else { u32::MAX };
    Obj::alloc(
        &CODE_TYPE.0,
        PyCode {
            code,
            nregs,
            nlocals,
            simple_args,
            has_cells,
            push_argc,
            global_cache: (0..names.len()).map(|_| Default::default()).collect(),
            load_attr_cache: (0..names.len()).map(|_| Default::default()).collect(),
            store_attr_cache: (0..names.len()).map(|_| Default::default()).collect(),
            load_method_cache: (0..names.len()).map(|_| Default::default()).collect(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            instrs: instrs.into_boxed_slice(),
            function_defaults: std::cell::OnceCell::new(),
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
