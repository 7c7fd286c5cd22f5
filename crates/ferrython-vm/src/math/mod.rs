//! The `math` module (CPython's `Modules/mathmodule.c`).
//!
//! Design: CPython's results are the contract, bit for bit, so each
//! function computes what CPython's does:
//! * most float functions call the C library, as CPython does (`libm`
//!   binds glibc where Rust's own functions differ), and map special
//!   results to exceptions with CPython's `math_1`/`math_2` rules: a NaN
//!   from non-NaN arguments is a ValueError ("math domain error"), an
//!   infinity from finite ones an OverflowError ("math range error") where
//!   the function can overflow, else a ValueError (a pole);
//! * `gamma`/`lgamma` are CPython's own Lanczos code (`gamma`), `fsum` and
//!   `hypot`/`dist` its exactly rounded sums (`sums`);
//! * the integer functions (`integer`) work on big ints.
//!
//! Argument errors use the wording of the C calling convention each
//! function has in CPython: `math.sqrt() takes exactly one argument (2
//! given)` (METH_O), `atan2 expected 2 arguments, got 1` (FASTCALL), the
//! Argument Clinic messages for `isclose` and `prod`.

mod docs;
mod floats;
mod gamma;
mod integer;
pub mod libm;
mod sums;

use crate::args::positional;
use crate::number;
use crate::object::Value;
use crate::types::{self, float, int, CallArgs};
use crate::vm::{PyErr, PyResult, Vm};

/// CPython's `errno` after a math function: EDOM or ERANGE (overflow; an
/// underflow is not reported).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MathError {
    Domain,
    Range,
}

fn math_error(vm: &mut Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain => vm.new_value_error("math domain error".into()),
        MathError::Range => vm.new_overflow_error("math range error".into()),
    }
}

/// The argument of a one-argument (METH_O) function.
fn args_meth_o<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a [Value]> {
    positional(vm, format_args!("math.{name}"), a, 1, 1)
}

/// The arguments of a FASTCALL function: keywords are refused naming
/// `math.name()`, a wrong count naming `name`.
fn args_fastcall<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("math.{name}() takes no keyword arguments")));
    }
    positional(vm, name, a, min, max)
}

/// `PyFloat_AsDouble`: a float (or subclass), an int (OverflowError when
/// too large), `__float__`, or `__index__`.
pub fn as_double(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_float(v) {
        return Ok(f);
    }
    match number::float_of(vm, v)? {
        Some(f) => Ok(f),
        None => Err(vm.new_type_error(format!("must be real number, not {}", v.ty().name()))),
    }
}

/// CPython's `math_1`: `f` of one float, with its error rules.
fn math_1(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let p = args_meth_o(vm, name, a)?;
    let x = as_double(vm, &p[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        let e = if can_overflow { MathError::Range } else { MathError::Domain };
        return Err(math_error(vm, e));
    }
    Ok(float::new_float(r))
}

/// CPython's `math_1a`: `f` reports its own errors.
fn math_1a(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> Result<f64, MathError>) -> PyResult<Value> {
    let p = args_meth_o(vm, name, a)?;
    let x = as_double(vm, &p[0])?;
    match f(x) {
        Ok(r) => Ok(float::new_float(r)),
        Err(e) => Err(math_error(vm, e)),
    }
}

/// The two float arguments of a FASTCALL function.
fn two_doubles(vm: &mut Vm, a: &CallArgs, name: &str) -> PyResult<(f64, f64)> {
    let p = args_fastcall(vm, name, a, 2, 2)?;
    Ok((as_double(vm, &p[0])?, as_double(vm, &p[1])?))
}

/// CPython's `math_2`: `f` of two floats; a NaN from non-NaNs is a
/// domain error, an infinity from finite arguments an overflow.
fn math_2(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, a, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(math_error(vm, MathError::Range));
    }
    Ok(float::new_float(r))
}

/// `PyLong_FromDouble` for floor/ceil/trunc results.
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    // An integral float below 2**62 in magnitude is an i64 (the cast is
    // exact); only larger ones need a big int.
    if x.abs() < 4.611_686_018_427_388e18 {
        return Ok(int::new_int(x as i64));
    }
    match ferrython_algo::float_ops::float_to_int(x) {
        Ok(b) => Ok(int::new_bigint(b)),
        Err(e) => Err(number::float_error(vm, e)),
    }
}

macro_rules! math1 {
    ($name:literal, $f:expr, $can_overflow:expr) => {
        ($name, |vm, a| math_1(vm, &a, $name, $f, $can_overflow))
    };
}

pub fn make_math(vm: &mut Vm) -> Value {
    use floats::*;
    let functions: &[(&'static str, types::function::NativeFn)] = &[
        math1!("acos", libm::acos, false),
        math1!("acosh", libm::acosh, false),
        math1!("asin", libm::asin, false),
        math1!("asinh", libm::asinh, false),
        math1!("atan", f64::atan, false),
        ("atan2", |vm, a| math_2(vm, &a, "atan2", atan2)),
        math1!("atanh", libm::atanh, false),
        math1!("cbrt", libm::cbrt, false),
        ("ceil", |vm, a| rounding(vm, &a, "ceil", "__ceil__", f64::ceil)),
        ("comb", integer::comb),
        ("copysign", |vm, a| math_2(vm, &a, "copysign", f64::copysign)),
        math1!("cos", f64::cos, false),
        math1!("cosh", libm::cosh, true),
        ("degrees", |vm, a| unchecked(vm, &a, "degrees", |x| x * (180.0 / std::f64::consts::PI))),
        ("dist", dist),
        math1!("erf", libm::erf, false),
        math1!("erfc", libm::erfc, false),
        math1!("exp", f64::exp, true),
        math1!("exp2", libm::exp2, true),
        math1!("expm1", libm::expm1, true),
        math1!("fabs", f64::abs, false),
        ("factorial", integer::factorial),
        ("floor", |vm, a| rounding(vm, &a, "floor", "__floor__", f64::floor)),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", |vm, a| math_1a(vm, &a, "gamma", gamma::tgamma)),
        ("gcd", integer::gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", |vm, a| predicate(vm, &a, "isfinite", f64::is_finite)),
        ("isinf", |vm, a| predicate(vm, &a, "isinf", f64::is_infinite)),
        ("isnan", |vm, a| predicate(vm, &a, "isnan", f64::is_nan)),
        ("isqrt", integer::isqrt),
        ("lcm", integer::lcm),
        ("ldexp", ldexp),
        ("lgamma", |vm, a| math_1a(vm, &a, "lgamma", gamma::lgamma)),
        ("log", log),
        math1!("log1p", libm::log1p, false),
        ("log10", |vm, a| log_of(vm, &a, "log10", libm::log10)),
        ("log2", |vm, a| log_of(vm, &a, "log2", libm::log2)),
        ("modf", modf),
        ("pow", pow),
        ("radians", |vm, a| unchecked(vm, &a, "radians", |x| x * (std::f64::consts::PI / 180.0))),
        ("remainder", |vm, a| math_2(vm, &a, "remainder", remainder)),
        math1!("sin", f64::sin, false),
        math1!("sinh", libm::sinh, true),
        math1!("sqrt", f64::sqrt, false),
        math1!("tan", f64::tan, false),
        math1!("tanh", libm::tanh, false),
        ("trunc", trunc),
        ("prod", integer::prod),
        ("perm", integer::perm),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    let m = crate::modules::new_module(vm, "math", &[]);
    for &(name, f) in functions {
        let doc = docs::DOCS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d);
        let func = types::function::new_builtin_bound_doc(name, f, m.clone(), doc);
        crate::modules::set_attr(vm, &m, name, func);
    }
    let doc =
        types::str::new_str("This module provides access to the mathematical functions\ndefined by the C standard.");
    crate::modules::set_attr(vm, &m, "__doc__", doc);
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        crate::modules::set_attr(vm, &m, name, float::new_float(value));
    }
    m
}
