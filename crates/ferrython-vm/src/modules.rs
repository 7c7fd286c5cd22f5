//! Builtin modules: `sys`, `math`, `time`.

use crate::args::positional;
use crate::object::Value;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};

type Native = crate::types::function::NativeFn;

/// A new module named `name` with the given functions.
pub fn new_module(vm: &mut Vm, name: &str, functions: &[(&'static str, Native)]) -> Value {
    let d = types::dict::new_dict();
    let m = types::module::new_module(d.clone());
    let data = types::dict::as_dict(&d).expect("dict");
    data.borrow_mut().set_str(vm.intern("__name__"), types::str::new_str(name));
    data.borrow_mut().set_str(vm.intern("__doc__"), vm.none());
    for (n, f) in functions {
        let func = types::function::new_builtin_bound(n, *f, m.clone());
        data.borrow_mut().set_str(vm.intern(n), func);
    }
    m
}

pub fn set_attr(vm: &mut Vm, m: &Value, name: &str, v: Value) {
    if let Some(mm) = types::module::as_module(m) {
        let key = vm.intern(name);
        types::dict::as_dict(&mm.dict).expect("dict").borrow_mut().set_str(key, v);
    }
}

/// The builtin module `name`, created on first import; `None` if there is none.
pub fn make_builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(vm.sys_module.clone().expect("sys")),
        "builtins" => vm.builtins_module.clone(),
        "math" => Some(make_math(vm)),
        "time" => Some(make_time(vm)),
        _ => None,
    })
}

pub fn make_sys(vm: &mut Vm, argv: &[String]) -> Value {
    let m = new_module(
        vm,
        "sys",
        &[
            ("exit", |vm, a| {
                let p = positional(vm, "exit", &a, 0, 1)?;
                let ty = types::exceptions::SYSTEM_EXIT.value();
                Err(vm.new_exception_args(&ty, p.to_vec()))
            }),
            ("getrecursionlimit", |vm, a| {
                positional(vm, "getrecursionlimit", &a, 0, 0)?;
                Ok(types::int::new_int(vm.recursion_limit as i64))
            }),
            ("setrecursionlimit", |vm, a| {
                let p = positional(vm, "setrecursionlimit", &a, 1, 1)?;
                let Some(n) = types::int::to_i64(&p[0]).filter(|_| types::float::as_float(&p[0]).is_none()) else {
                    return Err(vm.new_type_error("'float' object cannot be interpreted as an integer".into()));
                };
                if n < 1 {
                    return Err(vm.new_value_error("recursion limit must be greater or equal than 1".into()));
                }
                if (n as usize) <= vm.depth {
                    return Err(vm.new_exception(
                        &types::exceptions::RECURSION_ERROR,
                        format!(
                            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                            vm.depth
                        ),
                    ));
                }
                vm.recursion_limit = n as usize;
                Ok(vm.none())
            }),
            ("intern", |vm, a| {
                let p = positional(vm, "intern", &a, 1, 1)?;
                match types::str::as_str(&p[0]) {
                    Some(s) => {
                        let s = s.to_string();
                        Ok(vm.intern(&s))
                    }
                    None => Err(vm.new_type_error(format!("intern() argument must be str, not {}", p[0].ty().name()))),
                }
            }),
            ("getsizeof", |vm, a| {
                let p = positional(vm, "getsizeof", &a, 1, 2)?;
                let _ = p;
                Ok(types::int::new_int(64))
            }),
            ("_getframe", |vm, a| {
                let p = positional(vm, "_getframe", &a, 0, 1)?;
                let depth = match p.first() {
                    Some(d) => crate::number::index_i64(vm, d)?,
                    None => 0,
                };
                match crate::eval::frames::caller_frame(vm, depth.max(0) as usize) {
                    Some(f) => Ok(f),
                    None => Err(vm.new_value_error("call stack is not deep enough".into())),
                }
            }),
            ("exception", |vm, a| {
                positional(vm, "exception", &a, 0, 0)?;
                Ok(vm.exc_info.clone().unwrap_or_else(|| vm.none()))
            }),
            ("exc_info", |vm, a| {
                positional(vm, "exc_info", &a, 0, 0)?;
                let none = vm.none();
                Ok(match vm.exc_info.clone() {
                    Some(e) => {
                        let tb = types::exceptions::exc_data(&e).and_then(|d| d.traceback.borrow().clone());
                        types::tuple::new_tuple(vec![e.type_value(), e, tb.unwrap_or(none)])
                    }
                    None => types::tuple::new_tuple(vec![none.clone(), none.clone(), none]),
                })
            }),
        ],
    );
    let hook = types::function::new_builtin("unraisablehook", default_unraisablehook, None);
    set_attr(vm, &m, "unraisablehook", hook.clone());
    set_attr(vm, &m, "__unraisablehook__", hook);
    let argv_list = types::list::new_list(argv.iter().map(|s| types::str::new_str(s)).collect());
    set_attr(vm, &m, "argv", argv_list);
    let path = types::list::new_list(vm.path.iter().map(|s| types::str::new_str(s)).collect());
    set_attr(vm, &m, "path", path);
    set_attr(vm, &m, "modules", vm.modules.clone());
    set_attr(vm, &m, "maxsize", types::int::new_int(i64::MAX));
    set_attr(vm, &m, "version", types::str::new_str("3.11.7 (ferrython)"));
    let vi = types::tuple::new_tuple(vec![
        types::int::new_int(3),
        types::int::new_int(11),
        types::int::new_int(7),
        types::str::new_str("final"),
        types::int::new_int(0),
    ]);
    set_attr(vm, &m, "version_info", vi);
    set_attr(vm, &m, "platform", types::str::new_str("linux"));
    use types::file::{new_std_stream, Stream};
    for (names, stream) in [
        (["stdin", "__stdin__"], Stream::Stdin),
        (["stdout", "__stdout__"], Stream::Stdout),
        (["stderr", "__stderr__"], Stream::Stderr),
    ] {
        let f = new_std_stream(stream);
        f.make_immortal();
        for n in names {
            set_attr(vm, &m, n, f.clone());
        }
    }
    set_attr(vm, &m, "byteorder", types::str::new_str("little"));
    m
}

/// The C library's math functions, which CPython's `math` module calls:
/// Rust's own versions of some (`acosh`, `cbrt`, ...) differ from glibc's
/// in the last bit.
mod libm {
    mod c {
        extern "C" {
            pub fn acos(x: f64) -> f64;
            pub fn asin(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn sinh(x: f64) -> f64;
            pub fn cosh(x: f64) -> f64;
            pub fn tanh(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn log2(x: f64) -> f64;
            pub fn log10(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
        }
    }
    macro_rules! wrap {
        ($($f:ident),*) => {$(
            pub fn $f(x: f64) -> f64 {
                // SAFETY: a pure C math function of one double; it reads no
                // memory and sets at most errno.
                unsafe { c::$f(x) }
            }
        )*};
    }
    wrap!(acos, asin, acosh, asinh, atanh, sinh, cosh, tanh, exp2, expm1, log1p, log2, log10, erf, erfc);
}

fn make_math(vm: &mut Vm) -> Value {
    fn unary(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> f64, domain: fn(f64) -> bool) -> PyResult<Value> {
        let p = positional(vm, name, a, 1, 1)?;
        let x = to_float(vm, &p[0])?;
        if !domain(x) {
            return Err(vm.new_value_error("math domain error".into()));
        }
        let r = f(x);
        if r.is_infinite() && x.is_finite() {
            return Err(vm.new_overflow_error("math range error".into()));
        }
        Ok(types::float::new_float(r))
    }
    let m = new_module(
        vm,
        "math",
        &[
            ("sqrt", |vm, a| unary(vm, &a, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan())),
            ("exp", |vm, a| unary(vm, &a, "exp", f64::exp, |_| true)),
            ("sin", |vm, a| unary(vm, &a, "sin", f64::sin, |x| !x.is_infinite())),
            ("cos", |vm, a| unary(vm, &a, "cos", f64::cos, |x| !x.is_infinite())),
            ("tan", |vm, a| unary(vm, &a, "tan", f64::tan, |x| !x.is_infinite())),
            ("atan", |vm, a| unary(vm, &a, "atan", f64::atan, |_| true)),
            ("fabs", |vm, a| unary(vm, &a, "fabs", f64::abs, |_| true)),
            ("acos", |vm, a| unary(vm, &a, "acos", libm::acos, |x| x.abs() <= 1.0 || x.is_nan())),
            ("asin", |vm, a| unary(vm, &a, "asin", libm::asin, |x| x.abs() <= 1.0 || x.is_nan())),
            ("acosh", |vm, a| unary(vm, &a, "acosh", libm::acosh, |x| x >= 1.0 || x.is_nan())),
            ("asinh", |vm, a| unary(vm, &a, "asinh", libm::asinh, |_| true)),
            ("atanh", |vm, a| unary(vm, &a, "atanh", libm::atanh, |x| x.abs() < 1.0 || x.is_nan())),
            ("sinh", |vm, a| unary(vm, &a, "sinh", libm::sinh, |_| true)),
            ("cosh", |vm, a| unary(vm, &a, "cosh", libm::cosh, |_| true)),
            ("tanh", |vm, a| unary(vm, &a, "tanh", libm::tanh, |_| true)),
            ("exp2", |vm, a| unary(vm, &a, "exp2", libm::exp2, |_| true)),
            ("expm1", |vm, a| unary(vm, &a, "expm1", libm::expm1, |_| true)),
            ("log1p", |vm, a| unary(vm, &a, "log1p", libm::log1p, |x| x > -1.0 || x.is_nan())),
            ("log2", |vm, a| unary(vm, &a, "log2", libm::log2, |x| x > 0.0 || x.is_nan())),
            ("log10", |vm, a| unary(vm, &a, "log10", libm::log10, |x| x > 0.0 || x.is_nan())),
            ("erf", |vm, a| unary(vm, &a, "erf", libm::erf, |_| true)),
            ("erfc", |vm, a| unary(vm, &a, "erfc", libm::erfc, |_| true)),
            ("degrees", |vm, a| unary(vm, &a, "degrees", |x| x * (180.0 / std::f64::consts::PI), |_| true)),
            ("radians", |vm, a| unary(vm, &a, "radians", |x| x * (std::f64::consts::PI / 180.0), |_| true)),
            ("isfinite", |vm, a| float_predicate(vm, &a, "isfinite", f64::is_finite)),
            ("isinf", |vm, a| float_predicate(vm, &a, "isinf", f64::is_infinite)),
            ("isnan", |vm, a| float_predicate(vm, &a, "isnan", f64::is_nan)),
            ("copysign", |vm, a| {
                let (x, y) = two_floats(vm, &a, "copysign")?;
                Ok(types::float::new_float(x.copysign(y)))
            }),
            ("atan2", |vm, a| {
                let (y, x) = two_floats(vm, &a, "atan2")?;
                Ok(types::float::new_float(y.atan2(x)))
            }),
            ("fmod", |vm, a| {
                let (x, y) = two_floats(vm, &a, "fmod")?;
                // C's fmod: x infinite or y zero is a domain error; an
                // infinite y leaves a finite x unchanged.
                if (x.is_infinite() || y == 0.0) && !x.is_nan() && !y.is_nan() {
                    return Err(vm.new_value_error("math domain error".into()));
                }
                Ok(types::float::new_float(if y.is_infinite() && x.is_finite() { x } else { x % y }))
            }),
            ("log", |vm, a| {
                let p = positional(vm, "log", &a, 1, 2)?;
                let x = to_float(vm, &p[0])?;
                if x <= 0.0 {
                    return Err(vm.new_value_error("math domain error".into()));
                }
                let r = match p.get(1) {
                    Some(b) => {
                        let b = to_float(vm, b)?;
                        if b <= 0.0 {
                            return Err(vm.new_value_error("math domain error".into()));
                        }
                        if b == 1.0 {
                            return Err(vm.new_zero_division_error("float division by zero".into()));
                        }
                        x.ln() / b.ln()
                    }
                    None => x.ln(),
                };
                Ok(types::float::new_float(r))
            }),
            ("floor", |vm, a| {
                let p = positional(vm, "floor", &a, 1, 1)?;
                if types::int::is_int(&p[0]) {
                    return Ok(types::int::new_bigint(types::int::to_bigint(&p[0]).expect("int")));
                }
                let x = to_float(vm, &p[0])?;
                float_to_int(vm, x.floor())
            }),
            ("trunc", |vm, a| {
                let p = positional(vm, "trunc", &a, 1, 1)?;
                if types::int::is_int(&p[0]) {
                    return Ok(types::int::new_bigint(types::int::to_bigint(&p[0]).expect("int")));
                }
                let x = to_float(vm, &p[0])?;
                float_to_int(vm, x.trunc())
            }),
            ("ceil", |vm, a| {
                let p = positional(vm, "ceil", &a, 1, 1)?;
                if types::int::is_int(&p[0]) {
                    return Ok(types::int::new_bigint(types::int::to_bigint(&p[0]).expect("int")));
                }
                let x = to_float(vm, &p[0])?;
                float_to_int(vm, x.ceil())
            }),
        ],
    );
    set_attr(vm, &m, "pi", types::float::new_float(std::f64::consts::PI));
    set_attr(vm, &m, "e", types::float::new_float(std::f64::consts::E));
    set_attr(vm, &m, "tau", types::float::new_float(std::f64::consts::TAU));
    set_attr(vm, &m, "inf", types::float::new_float(f64::INFINITY));
    set_attr(vm, &m, "nan", types::float::new_float(f64::NAN));
    m
}

/// `math.isnan`-style predicates of one number.
fn float_predicate(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let p = positional(vm, format_args!("math.{name}"), a, 1, 1)?;
    let x = to_float(vm, &p[0])?;
    Ok(vm.bool(f(x)))
}

/// The two float arguments of `copysign`, `atan2`, `fmod`.
fn two_floats(vm: &mut Vm, a: &CallArgs, name: &str) -> PyResult<(f64, f64)> {
    let p = positional(vm, name, a, 2, 2)?;
    Ok((to_float(vm, &p[0])?, to_float(vm, &p[1])?))
}

fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer".into()));
    }
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer".into()));
    }
    Ok(types::int::new_bigint(num_traits::FromPrimitive::from_f64(x).unwrap_or_default()))
}

/// A number as a float (`must be real number, not str` otherwise).
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = types::float::as_float(v) {
        return Ok(f);
    }
    if let Some(b) = types::int::to_bigint(v) {
        return match num_traits::ToPrimitive::to_f64(&b).filter(|f| f.is_finite()) {
            Some(f) => Ok(f),
            None => Err(vm.new_overflow_error("int too large to convert to float".into())),
        };
    }
    Err(vm.new_type_error(format!("must be real number, not {}", v.ty().name())))
}

fn make_time(vm: &mut Vm) -> Value {
    use std::time::{Instant, SystemTime, UNIX_EPOCH};
    thread_local! {
        static START: Instant = Instant::now();
    }
    fn now() -> f64 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
    }
    fn mono() -> f64 {
        START.with(|s| s.elapsed().as_secs_f64())
    }
    new_module(
        vm,
        "time",
        &[
            ("time", |vm, a| {
                positional(vm, "time", &a, 0, 0)?;
                Ok(types::float::new_float(now()))
            }),
            ("time_ns", |vm, a| {
                positional(vm, "time_ns", &a, 0, 0)?;
                Ok(types::int::new_int((now() * 1e9) as i64))
            }),
            ("perf_counter", |vm, a| {
                positional(vm, "perf_counter", &a, 0, 0)?;
                Ok(types::float::new_float(mono()))
            }),
            ("perf_counter_ns", |vm, a| {
                positional(vm, "perf_counter_ns", &a, 0, 0)?;
                Ok(types::int::new_int((mono() * 1e9) as i64))
            }),
            ("monotonic", |vm, a| {
                positional(vm, "monotonic", &a, 0, 0)?;
                Ok(types::float::new_float(mono()))
            }),
            ("monotonic_ns", |vm, a| {
                positional(vm, "monotonic_ns", &a, 0, 0)?;
                Ok(types::int::new_int((mono() * 1e9) as i64))
            }),
            ("process_time", |vm, a| {
                positional(vm, "process_time", &a, 0, 0)?;
                Ok(types::float::new_float(mono()))
            }),
            ("sleep", |vm, a| {
                let p = positional(vm, "sleep", &a, 1, 1)?;
                let s = to_float(vm, &p[0])?;
                if s < 0.0 {
                    return Err(vm.new_value_error("sleep length must be non-negative".into()));
                }
                vm.flush_stdout();
                std::thread::sleep(std::time::Duration::from_secs_f64(s));
                Ok(vm.none())
            }),
        ],
    )
}

/// `sys.__unraisablehook__(args)`: "Exception ignored in: <object>", then
/// the exception's traceback and `Type: message` on stderr.
fn default_unraisablehook(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "unraisablehook", &a, 1, 1)?;
    let args = p[0].clone();
    let exc = vm.getattr_str(&args, "exc_value")?;
    let obj = vm.getattr_str(&args, "object")?;
    let mut text = String::new();
    if !types::bool_none::is_none(&obj) {
        let what = vm.repr_string(&obj).unwrap_or_else(|_| "<object repr() failed>".into());
        text.push_str(&format!("Exception ignored in: {what}\n"));
    }
    text.push_str(&crate::traceback::format_unraisable(vm, &exc));
    vm.write_stderr(&text);
    Ok(vm.none())
}
