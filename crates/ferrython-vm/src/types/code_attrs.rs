//! The `co_*` attributes of code objects.
//!
//! Names, counts, flags and positions mirror CPython 3.11. What depends on
//! the bytecode itself (`co_code`, `co_consts`, `co_names`, offsets) is
//! Ferrython's own: its instruction set is register based, so offsets are
//! instruction indexes times two (CPython's code units are two bytes).

use crate::object::Value;
use crate::types::function::as_code;
use crate::types::{self};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::code::flags;
use std::rc::Rc;

fn str_tuple(names: &[Rc<str>]) -> Value {
    types::tuple::new_tuple(names.iter().map(|n| types::str::new_str(n)).collect())
}

pub fn code_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let pc = as_code(v).expect("code");
    let co = &pc.code;
    let int = |n: u32| types::int::new_int(n as i64);
    let r = match types::str::as_str(name).unwrap_or("") {
        "co_name" => types::str::new_str(&co.name),
        "co_qualname" => types::str::new_str(&co.qualname),
        "co_filename" => types::str::new_str(&co.filename),
        "co_firstlineno" => int(co.firstlineno),
        "co_argcount" => int(co.argcount),
        "co_posonlyargcount" => int(co.posonlyargcount),
        "co_kwonlyargcount" => int(co.kwonlyargcount),
        "co_nlocals" => int(co.varnames.len() as u32),
        "co_varnames" => str_tuple(&co.varnames),
        "co_cellvars" => str_tuple(&co.cellvars),
        "co_freevars" => str_tuple(&co.freevars),
        "co_names" => types::tuple::new_tuple_from_slice(&pc.names),
        "co_consts" => types::tuple::new_tuple_from_slice(&pc.consts),
        // 3.11 no longer sets CO_NOFREE.
        "co_flags" => int(co.flags & !flags::NOFREE),
        "co_stacksize" => int(co.nregs.saturating_sub(co.varnames.len() as u32).max(1)),
        _ => return crate::types::object::generic_getattr(vm, v, name),
    };
    Ok(r)
}

/// `code.co_lines()`: `(start, end, line)` for each run of instructions on
/// one line, offsets in bytes (two per instruction).
pub fn co_lines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let co = &as_code(v).expect("code").code;
    let mut out: Vec<Value> = Vec::new();
    let mut run: Option<(usize, Option<u32>)> = None;
    for i in 0..co.instrs.len() {
        let line = co.line_of(i);
        match run {
            Some((_, l)) if l == line => {}
            Some((start, l)) => {
                out.push(line_entry(vm, start, i, l));
                run = Some((i, line));
            }
            None => run = Some((i, line)),
        }
    }
    if let Some((start, l)) = run {
        out.push(line_entry(vm, start, co.instrs.len(), l));
    }
    let list = types::list::new_list(out);
    vm.iter(&list)
}

fn line_entry(vm: &Vm, start: usize, end: usize, line: Option<u32>) -> Value {
    let line = match line {
        Some(l) => types::int::new_int(l as i64),
        None => vm.none(),
    };
    types::tuple::new_tuple_from_array([
        types::int::new_int(start as i64 * 2),
        types::int::new_int(end as i64 * 2),
        line,
    ])
}

/// `code.co_positions()`: `(lineno, end_lineno, col, end_col)` per instruction.
pub fn co_positions(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let co = &as_code(v).expect("code").code;
    let opt = |x: u32, ok: bool| if ok { types::int::new_int(x as i64) } else { types::bool_none::none() };
    let items: Vec<Value> = co
        .locations
        .iter()
        .map(|l| {
            let ok = l.lineno != 0;
            types::tuple::new_tuple_from_array([
                opt(l.lineno, ok),
                opt(l.end_lineno, ok),
                opt(l.col_offset, ok),
                opt(l.end_col_offset, ok),
            ])
        })
        .collect();
    let list = types::list::new_list(items);
    vm.iter(&list)
}

pub fn install(vm: &mut Vm) {
    crate::types::methods::add_methods(
        vm,
        &crate::types::function::CODE_TYPE,
        &[
            ("co_lines", |vm, a| {
                crate::args::positional(vm, "co_lines", &crate::types::CallArgs::positional(&a.args[1..]), 0, 0)?;
                let c = a.args[0].clone();
                co_lines(vm, &c)
            }),
            ("co_positions", |vm, a| {
                crate::args::positional(vm, "co_positions", &crate::types::CallArgs::positional(&a.args[1..]), 0, 0)?;
                let c = a.args[0].clone();
                co_positions(vm, &c)
            }),
        ],
    );
}
