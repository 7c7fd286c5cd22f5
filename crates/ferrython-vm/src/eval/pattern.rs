//! The pattern-matching instructions (`match`, PEP 634): `MatchSequence`,
//! `MatchMapping`, `GetLen`, `MatchKeys`, `MatchClass`. The eval loop hands
//! them all to [`exec`], keeping their bodies out of the hot loop.
//!
//! Semantics and messages follow CPython 3.11's ceval.c (`MATCH_*`,
//! `match_keys`, `match_class`, `match_class_attr`): a failed match is a
//! `False` in the instruction's `dst`, an error is an exception.

use super::{unbound, Frame};
use crate::object::Value;
use crate::types::{self, as_type, tpflags, type_payload, CallArgs};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{Instr, Reg};

/// Runs one pattern-matching instruction.
pub(super) fn exec(vm: &mut Vm, frame: &mut Frame, instr: Instr) -> PyResult<()> {
    match instr {
        Instr::MatchSequence { dst, subject } => {
            let has = get(vm, frame, subject)?.ty().flags.get() & tpflags::SEQUENCE != 0;
            set(frame, dst, vm.bool(has));
        }
        Instr::MatchMapping { dst, subject } => {
            let has = get(vm, frame, subject)?.ty().flags.get() & tpflags::MAPPING != 0;
            set(frame, dst, vm.bool(has));
        }
        Instr::GetLen { dst, src } => {
            let v = get(vm, frame, src)?;
            let n = vm.len(&v)?;
            set(frame, dst, types::int::new_int(n as i64));
        }
        Instr::MatchKeys { dst, subject, keys, count } => {
            let map = get(vm, frame, subject)?;
            let mut key_values = Vec::with_capacity(count.0 as usize);
            for i in 0..count.0 {
                key_values.push(get(vm, frame, Reg(keys.0 + i))?);
            }
            let found = match_keys(vm, &map, &key_values)?;
            let ok = found.is_some();
            for (i, v) in found.into_iter().flatten().enumerate() {
                set(frame, Reg(dst.0 + 1 + i as u16), v);
            }
            set(frame, dst, vm.bool(ok));
        }
        Instr::MatchClass { dst, subject, cls, nargs, kwnames } => {
            let (s, c) = (get(vm, frame, subject)?, get(vm, frame, cls)?);
            let names = frame.code().consts[kwnames.0 as usize].clone();
            let names = types::tuple::as_tuple(&names).map(<[Value]>::to_vec).unwrap_or_default();
            let attrs = match_class(vm, &s, &c, nargs.0 as usize, &names)?;
            let ok = attrs.is_some();
            for (i, v) in attrs.into_iter().flatten().enumerate() {
                set(frame, Reg(dst.0 + 1 + i as u16), v);
            }
            set(frame, dst, vm.bool(ok));
        }
        _ => unreachable!("eval::pattern::exec is only given pattern-matching instructions"),
    }
    Ok(())
}

fn get(vm: &mut Vm, frame: &Frame, r: Reg) -> PyResult<Value> {
    match &frame.regs[r.0 as usize] {
        Some(v) => Ok(v.clone()),
        None => Err(unbound(vm, frame, r.0)),
    }
}

fn set(frame: &mut Frame, r: Reg, v: Value) {
    frame.regs[r.0 as usize] = Some(v);
}

/// `match_keys`: the values of `keys` in `map`, read with
/// `map.get(key, sentinel)` (so `__missing__` is never triggered), or
/// `None` when a key is missing. A key seen twice is a ValueError.
fn match_keys(vm: &mut Vm, map: &Value, keys: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if keys.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let get = vm.getattr_str(map, "get")?;
    let seen = types::set::new_set();
    let dummy = vm.new_instance(&types::object::OBJECT_TYPE.value(), false);
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if types::set::set_contains(vm, &seen, key)? {
            let r = vm.repr_string(key)?;
            return Err(vm.new_value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        let table = &types::set::as_any_set(&seen).expect("a new set").table;
        types::set::add_key(vm, table, key.clone())?;
        let v = vm.call(&get, CallArgs::positional(&[key.clone(), dummy.clone()]))?;
        if v.is(&dummy) {
            return Ok(None);
        }
        values.push(v);
    }
    Ok(Some(values))
}

/// `match_class`: `isinstance(subject, cls)` and then the attributes the
/// sub-patterns match, positional ones named by `cls.__match_args__`
/// (or the subject itself for the builtin types with the match-self flag),
/// then those in `kwnames`; `None` when the match fails.
fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    kwnames: &[Value],
) -> PyResult<Option<Vec<Value>>> {
    let Some(ty) = as_type(cls) else {
        return Err(vm.new_type_error("called match pattern must be a type".into()));
    };
    let ty_name = ty.name();
    if !crate::builtins::isinstance(vm, subject, cls)? {
        return Ok(None);
    }
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs = Vec::with_capacity(nargs + kwnames.len());
    if nargs > 0 {
        let (match_args, match_self) = match vm.getattr_str(cls, "__match_args__") {
            Ok(m) => match types::tuple::as_tuple(&m) {
                Some(items) => (items.to_vec(), false),
                None => {
                    let got = m.ty().name();
                    return Err(vm.new_type_error(format!("{ty_name}.__match_args__ must be a tuple (got {got})")));
                }
            },
            Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => {
                // The match-self flag counts only when `__match_args__` is absent.
                (Vec::new(), type_payload(cls).flags.get() & tpflags::MATCH_SELF != 0)
            }
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.new_type_error(format!(
                "{ty_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if types::str::as_str(name).is_none() {
                    let got = name.ty().name();
                    return Err(vm.new_type_error(format!("__match_args__ elements must be strings (got {got})")));
                }
                match match_class_attr(vm, subject, &ty_name, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in kwnames {
        match match_class_attr(vm, subject, &ty_name, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(attrs))
}

/// `match_class_attr`: `getattr(subject, name)`, `None` on AttributeError.
fn match_class_attr(
    vm: &mut Vm,
    subject: &Value,
    ty_name: &str,
    name: &Value,
    seen: &mut Vec<Value>,
) -> PyResult<Option<Value>> {
    let text = types::str::as_str(name).unwrap_or("");
    if seen.iter().any(|s| types::str::as_str(s) == Some(text)) {
        let r = vm.repr_string(name)?;
        return Err(vm.new_type_error(format!("{ty_name}() got multiple sub-patterns for attribute {r}")));
    }
    seen.push(name.clone());
    match vm.getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of(&types::exceptions::ATTRIBUTE_ERROR.0) => Ok(None),
        Err(e) => Err(e),
    }
}
