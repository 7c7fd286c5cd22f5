//! Binding call arguments to a Python function's parameters, with CPython's
//! error messages (`Python/ceval.c`'s `initialize_locals`).

use crate::object::Value;
use crate::types::function::{FunctionObj, PyCode};
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::code::flags;

/// Fills the first registers of a new frame from the call's arguments.
pub fn bind_arguments(
    vm: &mut Vm,
    func: &FunctionObj,
    code: &PyCode,
    args: CallArgs,
    regs: &mut [Option<Value>],
) -> PyResult<()> {
    let co = &code.code;
    // The qualified name is only made into a String for an error message.
    let qual = || types::str::as_str(&func.qualname.borrow()).unwrap_or("?").to_string();
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let total = argcount + kwonly;
    let pos = args.pos();
    // Positional parameters.
    let n = pos.len().min(argcount);
    for (i, v) in pos[..n].iter().enumerate() {
        regs[i] = Some(v.clone());
    }
    let varkw_dict = if has_varkw { Some(types::dict::new_dict()) } else { None };
    if has_varargs {
        let extra = if pos.len() > argcount { pos[argcount..].to_vec() } else { Vec::new() };
        regs[total] = Some(types::tuple::new_tuple(extra));
    }
    if let Some(d) = &varkw_dict {
        regs[total + has_varargs as usize] = Some(d.clone());
    }
    // Keyword arguments (checked before the positional count, as CPython
    // does: `f(1, 2, 3, x=1)` reports the unexpected keyword first).
    for (name, value) in args.kw() {
        let key = types::str::as_str(name).unwrap_or("");
        let idx = co.varnames[..total].iter().position(|v| &**v == key);
        match idx {
            Some(i) if i >= posonly => {
                if regs[i].is_some() {
                    return Err(vm.new_type_error(format!("{}() got multiple values for argument '{key}'", qual())));
                }
                regs[i] = Some(value.clone());
            }
            _ => {
                if let Some(d) = &varkw_dict {
                    types::dict::as_dict(d).expect("dict").borrow_mut().set_str(name.clone(), value.clone());
                } else {
                    // CPython (`initialize_locals`), at the first keyword it
                    // cannot bind: every positional-only parameter passed by
                    // keyword, in parameter order, else the unexpected one.
                    let kw_names: Vec<&str> = args.kw().filter_map(|(n, _)| types::str::as_str(n)).collect();
                    let posonly_as_kw: Vec<&str> =
                        co.varnames[..posonly].iter().map(|v| &**v).filter(|v| kw_names.contains(v)).collect();
                    if !posonly_as_kw.is_empty() {
                        return Err(vm.new_type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qual(),
                            posonly_as_kw.join(", ")
                        )));
                    }
                    return Err(vm.new_type_error(format!("{}() got an unexpected keyword argument '{key}'", qual())));
                }
            }
        }
    }
    if !has_varargs && pos.len() > argcount {
        return Err(too_many_positional(vm, &qual(), co, func, pos.len(), args));
    }
    // Defaults for missing positional parameters.
    if pos.len() < argcount {
        // One count on the defaults tuple, its items read in place.
        let defaults_tuple = func.defaults.borrow().clone();
        let defaults: &[Value] = defaults_tuple.as_ref().and_then(types::tuple::as_tuple).unwrap_or(&[]);
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in pos.len()..argcount {
            if regs[i].is_none() {
                if i >= first_default {
                    regs[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(vm, &qual(), "positional", &missing));
        }
    }
    // Keyword-only parameters.
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for (slot, name) in regs[argcount..total].iter_mut().zip(&co.varnames[argcount..total]) {
            if slot.is_none() {
                let default = kwdefaults
                    .as_ref()
                    .and_then(|d| types::dict::as_dict(d).and_then(|d| d.borrow().get_rust_str(name)));
                match default {
                    Some(v) => *slot = Some(v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(vm, &qual(), "keyword-only", &missing));
        }
    }
    Ok(())
}

fn missing_error(vm: &mut Vm, qual: &str, kind: &str, missing: &[String]) -> crate::vm::PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let plural = if missing.len() == 1 { "argument" } else { "arguments" };
    vm.new_type_error(format!("{qual}() missing {} required {kind} {plural}: {list}", missing.len()))
}

fn too_many_positional(
    vm: &mut Vm,
    qual: &str,
    co: &ferrython_bytecode::CodeObject,
    func: &FunctionObj,
    given: usize,
    args: CallArgs,
) -> crate::vm::PyErr {
    let argcount = co.argcount as usize;
    let ndefaults =
        func.defaults.borrow().as_ref().and_then(|d| types::tuple::as_tuple(d).map(|t| t.len())).unwrap_or(0);
    let kwonly_given = args
        .kw()
        .filter(|(n, _)| {
            let key = types::str::as_str(n).unwrap_or("");
            co.varnames[argcount..(argcount + co.kwonlyargcount as usize)].iter().any(|v| &**v == key)
        })
        .count();
    let takes = if ndefaults > 0 {
        format!("from {} to {}", argcount - ndefaults.min(argcount), argcount)
    } else {
        argcount.to_string()
    };
    let plural_takes = if ndefaults == 0 && argcount == 1 { "" } else { "s" };
    let given_s = if kwonly_given > 0 {
        let kwp = if kwonly_given == 1 { "" } else { "s" };
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{kwp}) were given",
            if given == 1 { "" } else { "s" }
        )
    } else {
        format!("{given} {} given", if given == 1 { "was" } else { "were" })
    };
    vm.new_type_error(format!("{qual}() takes {takes} positional argument{plural_takes} but {given_s}"))
}
