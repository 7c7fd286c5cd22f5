//! Builtin modules: `sys`, `time` (and `math`, in `crate::math`).

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
        "math" => Some(crate::math::make_math(vm)),
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
                        types::tuple::new_tuple_from_array([e.type_value(), e, tb.unwrap_or(none)])
                    }
                    None => types::tuple::new_tuple_from_array([none.clone(), none.clone(), none]),
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
    let vi = types::tuple::new_tuple_from_array([
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
