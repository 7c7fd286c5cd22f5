//! Numeric builtins (CPython's `builtin_abs`, `builtin_divmod`,
//! `builtin_pow`, `builtin_round`, `builtin_bin`/`oct`/`hex`) and
//! `iter(callable, sentinel)`.

use crate::args::{parse, positional};
use crate::object::Value;
use crate::types::native_iter::{new_native_iter, CALLABLE_ITER_TYPE};
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use num_traits::Signed;

type Native = crate::types::function::NativeFn;

pub const FUNCTIONS: &[(&str, Native)] = &[
    ("abs", |vm, a| {
        let p = positional(vm, "abs", &a, 1, 1)?;
        crate::number::abs(vm, &p[0])
    }),
    ("divmod", |vm, a| {
        let p = positional(vm, "divmod", &a, 2, 2)?;
        crate::number::divmod(vm, &p[0], &p[1])
    }),
    ("pow", |vm, a| {
        let p = parse(vm, "pow", &a, &["base", "exp", "mod"], 0, 2)?;
        let none = vm.none();
        let (b, e) = (p[0].clone().unwrap_or_else(|| none.clone()), p[1].clone().unwrap_or(none));
        crate::number::power(vm, &b, &e, p[2].as_ref())
    }),
    ("round", builtin_round),
    ("bin", |vm, a| radix(vm, a, "bin", 2, "0b")),
    ("oct", |vm, a| radix(vm, a, "oct", 8, "0o")),
    ("hex", |vm, a| radix(vm, a, "hex", 16, "0x")),
    ("iter", builtin_iter),
];

/// `round(number, ndigits=None)`.
fn builtin_round(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = parse(vm, "round", &a, &["number", "ndigits"], 0, 1)?;
    let x = p[0].clone().unwrap_or_else(|| vm.none());
    let nd = p[1].clone().filter(|v| !types::bool_none::is_none(v));
    if let Some(f) = types::float::as_float(&x) {
        return types::number_methods::round_float(vm, f, nd.as_ref());
    }
    if types::int::is_int(&x) {
        let v = types::int::to_bigint(&x).unwrap_or_default();
        return match nd {
            None => Ok(types::int::new_bigint(v)),
            Some(n) => {
                let n = crate::number::index_bigint(vm, &n)?;
                Ok(types::int::new_bigint(types::number_methods::round_int(&v, &n)))
            }
        };
    }
    match vm.lookup_special(&x, "__round__").filter(|_| x.ty().is_heap_type()) {
        Some(f) => {
            let mut args = vec![x.clone()];
            args.extend(nd);
            vm.call(&f, CallArgs::positional(&args))
        }
        None => Err(vm.new_type_error(format!("type {} doesn't define __round__ method", x.ty().name()))),
    }
}

/// `bin`/`oct`/`hex`: the integer (via `__index__`) with its prefix.
fn radix(vm: &mut Vm, a: CallArgs, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let p = positional(vm, name, &a, 1, 1)?;
    let b = crate::number::index_bigint(vm, &p[0])?;
    let digits = b.magnitude().to_str_radix(base);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(types::str::new_string(format!("{sign}{prefix}{digits}")))
}

/// `iter(iterable)` or `iter(callable, sentinel)`.
fn builtin_iter(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "iter", &a, 1, 2)?;
    let Some(sentinel) = p.get(1).cloned() else { return vm.iter(&p[0]) };
    let f = p[0].clone();
    if f.ty().slots.call.get().is_none() {
        return Err(vm.new_type_error("iter(v, w): v must be callable".into()));
    }
    Ok(new_native_iter(
        &CALLABLE_ITER_TYPE,
        Box::new(move |vm| {
            let r = match vm.call(&f, CallArgs::positional(&[])) {
                Ok(r) => r,
                Err(e) if e.is_instance_of(&types::exceptions::STOP_ITERATION.0) => return Ok(None),
                Err(e) => return Err(e),
            };
            if vm.eq(&sentinel, &r)? {
                return Ok(None);
            }
            Ok(Some(r))
        }),
    ))
}
