//! Methods, attributes and constructors of `int`, `bool`, `float` and
//! `complex` (CPython's `long_methods`, `float_methods`, `complex_methods`
//! and their `tp_new`). The operators are slots, exposed as dunders by
//! `types::slotdefs`.

use crate::args::{parse, positional};
use crate::number::{float_error, index, to_f64};
use crate::object::{StaticObj, Value};
use crate::types::bool_none::BOOL_TYPE;
use crate::types::classmethod::new_classmethod;
use crate::types::complex::{as_complex, new_complex, COMPLEX_TYPE};
use crate::types::descr::add_getsets;
use crate::types::float::{as_float, new_float, FLOAT_TYPE};
use crate::types::function::{new_builtin, NativeFn};
use crate::types::int::{new_bigint, new_int, to_bigint, INT_TYPE};
use crate::types::methods::add_methods;
use crate::types::{self, CallArgs, TypeObject};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// `self` of a method of `ty`, with CPython's descriptor messages.
fn this<'a>(vm: &mut Vm, ty: &'static StaticObj<TypeObject>, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    let tname = ty.0.data.name();
    match a.pos().first() {
        Some(v) if v.ty().is_subtype(&ty.0) => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method {tname}.{name}() needs an argument"))),
    }
}

fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: a.args.get(1..).unwrap_or(&[]), kwnames: a.kwnames }
}

/// A number slot taking no arguments (`__abs__`, `__int__`, `__float__`,
/// `__index__`, ...): CPython wraps these as slots, with the slot messages.
fn noargs_slot<'a>(
    vm: &mut Vm,
    ty: &'static StaticObj<TypeObject>,
    name: &str,
    a: &CallArgs<'a>,
) -> PyResult<&'a Value> {
    let s = this(vm, ty, name, a)?;
    let r = rest(a);
    if !r.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if !r.args.is_empty() {
        return Err(vm.new_type_error(format!("expected 0 arguments, got {}", r.args.len())));
    }
    Ok(s)
}

/// A binary number slot (`__divmod__`): one argument, slot messages.
fn one_arg_slot<'a>(
    vm: &mut Vm,
    ty: &'static StaticObj<TypeObject>,
    name: &str,
    a: &CallArgs<'a>,
) -> PyResult<(&'a Value, &'a Value)> {
    let s = this(vm, ty, name, a)?;
    let r = rest(a);
    if !r.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if r.args.len() != 1 {
        return Err(vm.new_type_error(format!("expected 1 argument, got {}", r.args.len())));
    }
    Ok((s, &r.args[0]))
}

/// A method taking no arguments: `int.bit_length() takes no arguments (1 given)`.
fn noargs<'a>(vm: &mut Vm, ty: &'static StaticObj<TypeObject>, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    let s = this(vm, ty, name, a)?;
    let r = rest(a);
    if !r.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{}.{name}() takes no keyword arguments", ty.0.data.name())));
    }
    if !r.args.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}.{name}() takes no arguments ({} given)",
            ty.0.data.name(),
            r.args.len()
        )));
    }
    Ok(s)
}

fn int_value(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

fn float_value(v: &Value) -> f64 {
    as_float(v).unwrap_or(0.0)
}

/// `round(int, ndigits)`: exact, half to even (CPython's `long_round`).
pub fn round_int(v: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return v.clone();
    }
    let Some(n) = (-ndigits).to_usize().filter(|&n| n < 1_000_000) else { return BigInt::zero() };
    let m = num_traits::pow(BigInt::from(10), n);
    let (q, r) = num_integer::Integer::div_mod_floor(v, &m);
    let twice = &r * 2;
    let up = twice > m || (twice == m && num_integer::Integer::is_odd(&q));
    (if up { q + 1 } else { q }) * m
}

/// `float.__round__(ndigits)` / `round(float, ndigits)`.
pub fn round_float(vm: &mut Vm, f: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    use ferrython_algo::float_ops as fo;
    match ndigits.filter(|n| !types::bool_none::is_none(n)) {
        None => match fo::round_float_to_int(f) {
            Ok(b) => Ok(new_bigint(b)),
            Err(e) => Err(float_error(vm, e)),
        },
        Some(n) => {
            let n = index(vm, n)?;
            let n = int_value(&n).to_i64().unwrap_or(if int_value(&n).is_negative() { i64::MIN } else { i64::MAX });
            match fo::round_float(f, n) {
                Ok(r) => Ok(new_float(r)),
                Err(e) => Err(float_error(vm, e)),
            }
        }
    }
}

fn bit_length(b: &BigInt) -> u64 {
    b.magnitude().bits()
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, &INT_TYPE, "to_bytes", &a)?.clone();
    let p = parse(vm, "to_bytes", &rest(&a), &["length", "byteorder", "signed"], 0, 0)?;
    let length = match &p[0] {
        Some(l) => crate::number::index_i64(vm, l)?,
        None => 1,
    };
    let little = byteorder(vm, p[1].as_ref())?;
    let signed = match &p[2] {
        Some(x) => vm.truthy(x)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative".into()));
    }
    let v = int_value(&s);
    if !signed && v.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned".into()));
    }
    let mut bytes = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    if v.is_zero() {
        bytes.clear();
    }
    let n = length as usize;
    if bytes.len() > n {
        // A signed positive value may carry one redundant sign byte.
        let trimmed =
            bytes.len() - 1 == n && signed && !v.is_negative() && bytes[n] == 0 && (n == 0 || bytes[n - 1] & 0x80 == 0);
        if !trimmed {
            return Err(vm.new_overflow_error("int too big to convert".into()));
        }
        bytes.truncate(n);
    }
    let fill = if signed && v.is_negative() { 0xff } else { 0 };
    bytes.resize(n, fill);
    if !little {
        bytes.reverse();
    }
    Ok(types::bytes::new_bytes(bytes))
}

fn byteorder(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match types::str::as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.new_value_error("byteorder must be either 'little' or 'big'".into())),
        None => Err(vm.new_type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", v.ty().name()))),
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn int_from_bytes(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let cls = a.args.first().cloned().unwrap_or_else(|| INT_TYPE.value());
    let p = parse(vm, "from_bytes", &rest(&a), &["bytes", "byteorder", "signed"], 0, 1)?;
    let src = p[0].clone().unwrap_or_else(|| vm.none());
    let little = byteorder(vm, p[1].as_ref())?;
    let signed = match &p[2] {
        Some(x) => vm.truthy(x)?,
        None => false,
    };
    let mut data = match types::bytes::buffer_vec(&src) {
        Some(d) => d,
        None => {
            if types::str::as_str(&src).is_some() || src.ty().slots.iter.get().is_none() {
                return Err(vm.new_type_error(format!("cannot convert '{}' object to bytes", src.ty().name())));
            }
            let items = vm.collect_iterable(&src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let i = crate::number::index_bigint(vm, it)?;
                match i.to_u8() {
                    Some(b) => out.push(b),
                    None => return Err(vm.new_value_error("bytes must be in range(0, 256)".into())),
                }
            }
            out
        }
    };
    if !little {
        data.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(Sign::Plus, &data) };
    let r = new_bigint(v);
    if cls.is(&INT_TYPE.value()) {
        return Ok(r);
    }
    vm.call(&cls, CallArgs::positional(&[r]))
}

fn int_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("bit_length", |vm, a| {
            let s = noargs(vm, &INT_TYPE, "bit_length", &a)?;
            Ok(new_int(bit_length(&int_value(s)) as i64))
        }),
        ("bit_count", |vm, a| {
            let s = noargs(vm, &INT_TYPE, "bit_count", &a)?;
            let n: u64 = int_value(s).magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
            Ok(new_int(n as i64))
        }),
        ("as_integer_ratio", |vm, a| {
            let s = noargs(vm, &INT_TYPE, "as_integer_ratio", &a)?;
            Ok(types::tuple::new_tuple_from_array([new_bigint(int_value(s)), new_int(1)]))
        }),
        ("conjugate", |vm, a| {
            let s = noargs(vm, &INT_TYPE, "conjugate", &a)?;
            Ok(new_bigint(int_value(s)))
        }),
        ("to_bytes", int_to_bytes),
        ("__abs__", |vm, a| {
            let s = noargs_slot(vm, &INT_TYPE, "__abs__", &a)?;
            Ok(new_bigint(int_value(s).abs()))
        }),
        ("__int__", |vm, a| Ok(new_bigint(int_value(noargs_slot(vm, &INT_TYPE, "__int__", &a)?)))),
        ("__index__", |vm, a| Ok(new_bigint(int_value(noargs_slot(vm, &INT_TYPE, "__index__", &a)?)))),
        ("__trunc__", |vm, a| Ok(new_bigint(int_value(noargs(vm, &INT_TYPE, "__trunc__", &a)?)))),
        ("__floor__", |vm, a| Ok(new_bigint(int_value(noargs(vm, &INT_TYPE, "__floor__", &a)?)))),
        ("__ceil__", |vm, a| Ok(new_bigint(int_value(noargs(vm, &INT_TYPE, "__ceil__", &a)?)))),
        ("__float__", |vm, a| {
            let s = noargs_slot(vm, &INT_TYPE, "__float__", &a)?.clone();
            to_f64(vm, &s).map(new_float)
        }),
        ("__round__", |vm, a| {
            let s = this(vm, &INT_TYPE, "__round__", &a)?;
            let p = positional(vm, "__round__", &rest(&a), 0, 1)?;
            let v = int_value(s);
            match p.first().filter(|n| !types::bool_none::is_none(n)) {
                None => Ok(new_bigint(v)),
                Some(n) => {
                    let n = crate::number::index_bigint(vm, n)?;
                    Ok(new_bigint(round_int(&v, &n)))
                }
            }
        }),
        ("__divmod__", |vm, a| {
            let (s, o) = one_arg_slot(vm, &INT_TYPE, "__divmod__", &a)?;
            if !types::int::is_int(o) {
                return Ok(vm.not_implemented());
            }
            crate::number::divmod_slot(vm, s, o)
        }),
        ("__rdivmod__", |vm, a| {
            let (s, o) = one_arg_slot(vm, &INT_TYPE, "__rdivmod__", &a)?;
            if !types::int::is_int(o) {
                return Ok(vm.not_implemented());
            }
            crate::number::divmod_slot(vm, o, s)
        }),
        ("__getnewargs__", |vm, a| {
            let s = noargs(vm, &INT_TYPE, "__getnewargs__", &a)?;
            Ok(types::tuple::new_tuple_from_array([new_bigint(int_value(s))]))
        }),
        ("__format__", |vm, a| {
            let s = this(vm, &INT_TYPE, "__format__", &a)?.clone();
            let p = positional(vm, "__format__", &rest(&a), 1, 1)?;
            format_method(vm, &s, &p[0])
        }),
        ("__sizeof__", |vm, a| {
            let s = noargs(vm, &INT_TYPE, "__sizeof__", &a)?;
            let digits = bit_length(&int_value(s)).div_ceil(30).max(1);
            Ok(new_int(24 + 4 * digits as i64))
        }),
    ]
}

/// `__format__(spec)`: the spec must be a str.
fn format_method(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let Some(spec) = types::str::as_str(spec) else {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", spec.ty().name())));
    };
    let spec = spec.to_string();
    if spec.is_empty() {
        return vm.str(v);
    }
    vm.format(v, &spec)
}

fn float_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("as_integer_ratio", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "as_integer_ratio", &a)?);
            match ferrython_algo::float_ops::as_integer_ratio(f) {
                Ok((n, d)) => Ok(types::tuple::new_tuple_from_array([new_bigint(n), new_bigint(d)])),
                Err(e) => Err(float_error(vm, e)),
            }
        }),
        ("is_integer", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "is_integer", &a)?);
            Ok(vm.bool(f.is_finite() && f.fract() == 0.0))
        }),
        ("hex", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "hex", &a)?);
            Ok(types::str::new_string(ferrython_algo::float_repr::float_hex(f)))
        }),
        ("conjugate", |vm, a| Ok(new_float(float_value(noargs(vm, &FLOAT_TYPE, "conjugate", &a)?)))),
        ("__abs__", |vm, a| Ok(new_float(float_value(noargs_slot(vm, &FLOAT_TYPE, "__abs__", &a)?).abs()))),
        ("__float__", |vm, a| Ok(new_float(float_value(noargs_slot(vm, &FLOAT_TYPE, "__float__", &a)?)))),
        ("__int__", |vm, a| {
            let f = float_value(noargs_slot(vm, &FLOAT_TYPE, "__int__", &a)?);
            float_to_int(vm, f)
        }),
        ("__trunc__", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "__trunc__", &a)?);
            float_to_int(vm, f)
        }),
        ("__floor__", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "__floor__", &a)?);
            float_to_int(vm, f.floor())
        }),
        ("__ceil__", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "__ceil__", &a)?);
            float_to_int(vm, f.ceil())
        }),
        ("__round__", |vm, a| {
            let f = float_value(this(vm, &FLOAT_TYPE, "__round__", &a)?);
            let p = positional(vm, "__round__", &rest(&a), 0, 1)?;
            round_float(vm, f, p.first())
        }),
        ("__divmod__", |vm, a| {
            let (s, o) = one_arg_slot(vm, &FLOAT_TYPE, "__divmod__", &a)?;
            crate::number::divmod_slot(vm, s, o)
        }),
        ("__rdivmod__", |vm, a| {
            let (s, o) = one_arg_slot(vm, &FLOAT_TYPE, "__rdivmod__", &a)?;
            crate::number::divmod_slot(vm, o, s)
        }),
        ("__getnewargs__", |vm, a| {
            let f = float_value(noargs(vm, &FLOAT_TYPE, "__getnewargs__", &a)?);
            Ok(types::tuple::new_tuple_from_array([new_float(f)]))
        }),
        ("__format__", |vm, a| {
            let s = this(vm, &FLOAT_TYPE, "__format__", &a)?.clone();
            let p = positional(vm, "__format__", &rest(&a), 1, 1)?;
            format_method(vm, &s, &p[0])
        }),
    ]
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    match ferrython_algo::float_ops::float_to_int(f) {
        Ok(b) => Ok(new_bigint(b)),
        Err(e) => Err(float_error(vm, e)),
    }
}

fn complex_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("conjugate", |vm, a| {
            let (re, im) = as_complex(noargs(vm, &COMPLEX_TYPE, "conjugate", &a)?).unwrap_or_default();
            Ok(new_complex(re, -im))
        }),
        ("__abs__", |vm, a| {
            let (re, im) = as_complex(noargs_slot(vm, &COMPLEX_TYPE, "__abs__", &a)?).unwrap_or_default();
            crate::types::complex::complex_abs(vm, re, im).map(new_float)
        }),
        ("__complex__", |vm, a| {
            let (re, im) = as_complex(noargs_slot(vm, &COMPLEX_TYPE, "__complex__", &a)?).unwrap_or_default();
            Ok(new_complex(re, im))
        }),
        ("__getnewargs__", |vm, a| {
            let (re, im) = as_complex(noargs(vm, &COMPLEX_TYPE, "__getnewargs__", &a)?).unwrap_or_default();
            Ok(types::tuple::new_tuple_from_array([new_float(re), new_float(im)]))
        }),
        ("__format__", |vm, a| {
            let s = this(vm, &COMPLEX_TYPE, "__format__", &a)?.clone();
            let p = positional(vm, "__format__", &rest(&a), 1, 1)?;
            let Some(spec) = types::str::as_str(&p[0]) else {
                return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", p[0].ty().name())));
            };
            if spec.is_empty() {
                return vm.str(&s);
            }
            let (re, im) = as_complex(&s).unwrap_or_default();
            match ferrython_algo::format_spec::format_complex_spec(re, im, spec) {
                Ok(r) => Ok(types::str::new_string(r)),
                Err(e) => Err(match e.exc_type {
                    "TypeError" => vm.new_type_error(e.message),
                    _ => vm.new_value_error(e.message),
                }),
            }
        }),
    ]
}

// ----- constructors ---------------------------------------------------------

fn int_error(vm: &mut Vm, e: ferrython_algo::int_str::IntStrError) -> crate::vm::PyErr {
    vm.new_value_error(e.message)
}

/// `int(x=0, /, base=10)` (CPython's `long_new_impl`).
fn int_new(vm: &mut Vm, cls: &Value, a: CallArgs) -> PyResult<Value> {
    // `int(x)`: no keyword parsing, no subclass wrapping.
    if let ([x], []) = (a.args, a.kwnames) {
        if cls.is(&INT_TYPE.value()) {
            return int_from_object(vm, x);
        }
    }
    for (k, _) in a.kw() {
        let key = types::str::as_str(k).unwrap_or("");
        if key != "base" {
            return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for int()")));
        }
    }
    let p = parse(vm, "int", &a, &["x", "base"], 1, 0)?;
    let v = match (&p[0], &p[1]) {
        (None, None) => new_int(0),
        (None, Some(_)) => return Err(vm.new_type_error("int() missing string argument".into())),
        (Some(x), Some(base)) => {
            let b = crate::number::index_bigint(vm, base)?;
            let b = match b.to_u32() {
                Some(b) if b == 0 || (2..=36).contains(&b) => b,
                _ => return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0".into())),
            };
            if let Some(s) = types::str::as_str(x) {
                let r = ferrython_algo::int_str::parse_int(s, b, vm.int_max_str_digits);
                new_bigint(r.map_err(|e| int_error(vm, e))?)
            } else if let Some(d) = types::bytes::buffer_vec(x) {
                let r = ferrython_algo::int_str::parse_int_bytes(&d, b, vm.int_max_str_digits);
                new_bigint(r.map_err(|e| int_error(vm, e))?)
            } else {
                return Err(vm.new_type_error("int() can't convert non-string with explicit base".into()));
            }
        }
        (Some(x), None) => int_from_object(vm, x)?,
    };
    types::builtin_subclass::new_for(vm, cls, &INT_TYPE, v)
}

/// `int(x)` for one argument (CPython's `PyNumber_Long`).
pub fn int_from_object(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(i) = x.as_small_int() {
        return Ok(types::int::new_int(i));
    }
    if types::int::is_int(x) {
        return Ok(new_bigint(int_value(x)));
    }
    if let Some(f) = as_float(x) {
        return float_to_int(vm, f);
    }
    if let Some(s) = types::str::as_str(x) {
        if let Some(i) = ferrython_algo::int_str::parse_small_decimal(s) {
            return Ok(types::int::new_int(i));
        }
        let r = ferrython_algo::int_str::parse_int(s, 10, vm.int_max_str_digits);
        return Ok(new_bigint(r.map_err(|e| int_error(vm, e))?));
    }
    if let Some(d) = types::bytes::buffer_vec(x) {
        let r = ferrython_algo::int_str::parse_int_bytes(&d, 10, vm.int_max_str_digits);
        return Ok(new_bigint(r.map_err(|e| int_error(vm, e))?));
    }
    if x.ty().is_heap_type() {
        if let Some(f) = vm.lookup_special(x, "__int__") {
            let r = vm.call(&f, CallArgs::positional(std::slice::from_ref(x)))?;
            if !types::int::is_int(&r) {
                return Err(vm.new_type_error(format!("__int__ returned non-int (type {})", r.ty().name())));
            }
            return Ok(new_bigint(int_value(&r)));
        }
        if vm.lookup_special(x, "__index__").is_some() {
            let r = index(vm, x)?;
            return Ok(new_bigint(int_value(&r)));
        }
        if let Some(f) = vm.lookup_special(x, "__trunc__") {
            let r = vm.call(&f, CallArgs::positional(std::slice::from_ref(x)))?;
            if types::int::is_int(&r) {
                return Ok(new_bigint(int_value(&r)));
            }
            if r.ty().is_heap_type() && vm.lookup_special(&r, "__index__").is_some() {
                let r = index(vm, &r)?;
                return Ok(new_bigint(int_value(&r)));
            }
            return Err(vm.new_type_error(format!("__trunc__ returned non-Integral (type {})", r.ty().name())));
        }
    }
    Err(vm.new_type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().name()
    )))
}

/// `float(x=0.0, /)` (CPython's `float_new_impl`).
fn float_new(vm: &mut Vm, cls: &Value, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "float", &a, 0, 1)?;
    let v = match p.first() {
        None => new_float(0.0),
        Some(x) => float_from_object(vm, x)?,
    };
    types::builtin_subclass::new_for(vm, cls, &FLOAT_TYPE, v)
}

/// `float(x)` for one argument (CPython's `PyNumber_Float`).
pub fn float_from_object(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(f) = as_float(x) {
        return Ok(new_float(f));
    }
    let text = if let Some(s) = types::str::as_str(x) {
        Some((ferrython_algo::float_repr::float_parse(s), types::str::repr_text(s)))
    } else if let Some(d) = types::bytes::buffer_vec(x) {
        let repr = vm.repr_string(x)?;
        Some((ferrython_algo::float_repr::float_parse_ascii(&d), repr))
    } else {
        None
    };
    if let Some((parsed, repr)) = text {
        return match parsed {
            Some(f) => Ok(new_float(f)),
            None => Err(vm.new_value_error(format!("could not convert string to float: {repr}"))),
        };
    }
    match crate::number::float_of(vm, x)? {
        Some(f) => Ok(new_float(f)),
        None => {
            Err(vm
                .new_type_error(format!("float() argument must be a string or a real number, not '{}'", x.ty().name())))
        }
    }
}

pub fn install(vm: &mut Vm) {
    INT_TYPE.0.data.slots.new.set(Some(int_new));
    FLOAT_TYPE.0.data.slots.new.set(Some(float_new));
    BOOL_TYPE.0.data.slots.new.set(Some(|vm, _, a| {
        let p = positional(vm, "bool", &a, 0, 1)?;
        match p.first() {
            None => Ok(vm.bool(false)),
            Some(x) => {
                let t = vm.truthy(x)?;
                Ok(vm.bool(t))
            }
        }
    }));
    BOOL_TYPE.0.data.slots.binary.set(Some(bool_binary));
    add_methods(vm, &INT_TYPE, &int_methods());
    add_methods(vm, &FLOAT_TYPE, &float_methods());
    add_methods(vm, &COMPLEX_TYPE, &complex_methods());
    for (ty, name, f) in [
        (&INT_TYPE, "from_bytes", int_from_bytes as NativeFn),
        (&FLOAT_TYPE, "fromhex", float_fromhex as NativeFn),
        (&FLOAT_TYPE, "__getformat__", float_getformat as NativeFn),
    ] {
        let key = vm.intern(name);
        let m = new_classmethod(new_builtin(name, f, None));
        m.make_immortal();
        ty.0.data.dict.borrow_mut().set_str(key, m);
    }
    add_getsets(
        vm,
        &INT_TYPE,
        &[
            ("real", |_, v| Ok(new_bigint(int_value(v))), None),
            ("imag", |_, _| Ok(new_int(0)), None),
            ("numerator", |_, v| Ok(new_bigint(int_value(v))), None),
            ("denominator", |_, _| Ok(new_int(1)), None),
        ],
    );
    add_getsets(
        vm,
        &FLOAT_TYPE,
        &[("real", |_, v| Ok(new_float(float_value(v))), None), ("imag", |_, _| Ok(new_float(0.0)), None)],
    );
    crate::types::descr::add_members(
        vm,
        &COMPLEX_TYPE,
        &[
            ("real", (|_, v| Ok(new_float(as_complex(v).unwrap_or_default().0))) as crate::types::descr::GetterFn),
            ("imag", |_, v| Ok(new_float(as_complex(v).unwrap_or_default().1))),
        ],
    );
}

/// `&`, `|`, `^` of two bools stay bools; everything else is int arithmetic.
fn bool_binary(vm: &mut Vm, a: &Value, b: &Value, op: ferrython_bytecode::BinOp) -> PyResult<Value> {
    use ferrython_bytecode::BinOp;
    if let (Some(x), Some(y)) = (types::bool_none::as_bool(a), types::bool_none::as_bool(b)) {
        match op {
            BinOp::And => return Ok(vm.bool(x & y)),
            BinOp::Or => return Ok(vm.bool(x | y)),
            BinOp::Xor => return Ok(vm.bool(x ^ y)),
            _ => {}
        }
    }
    types::int::binary(vm, a, b, op)
}

fn float_fromhex(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "float.fromhex", &rest(&a), 1, 1)?;
    let Some(s) = types::str::as_str(&p[0]) else {
        return Err(vm.new_type_error("bad argument type for built-in operation".into()));
    };
    use ferrython_algo::float_repr::{float_fromhex, FromHexError};
    match float_fromhex(s) {
        Ok(f) => Ok(new_float(f)),
        Err(FromHexError::Invalid) => Err(vm.new_value_error("invalid hexadecimal floating-point string".into())),
        Err(FromHexError::Overflow) => {
            Err(vm.new_overflow_error("hexadecimal value too large to represent as a float".into()))
        }
    }
}

fn float_getformat(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = positional(vm, "float.__getformat__", &rest(&a), 1, 1)?;
    match types::str::as_str(&p[0]) {
        Some("double") | Some("float") => Ok(types::str::new_str("IEEE, little-endian")),
        Some(_) => Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'".into())),
        None => Err(vm.new_type_error(format!("__getformat__() argument must be str, not {}", p[0].ty().name()))),
    }
}
