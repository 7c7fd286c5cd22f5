//! The number protocol above the slots (CPython's `Objects/abstract.c`
//! `PyNumber_*` and the builtins resting on them): three-argument `pow`,
//! `divmod`, `abs`, `operator.index`, and conversions to `float`.

use crate::object::Value;
use crate::types::{self, complex, float, int};
use crate::vm::{PyErr, PyResult, Vm};
use ferrython_bytecode::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An error from ferrython-algo's float code as a Python exception.
pub fn float_error(vm: &mut Vm, e: ferrython_algo::float_ops::FloatError) -> PyErr {
    let msg = e.message.to_string();
    match e.exc_type {
        "ZeroDivisionError" => vm.new_zero_division_error(msg),
        "OverflowError" => vm.new_overflow_error(msg),
        "ValueError" => vm.new_value_error(msg),
        _ => vm.new_type_error(msg),
    }
}

/// The value of an exact int or bool (no `__index__`).
fn big(v: &Value) -> Option<BigInt> {
    int::to_bigint(v)
}

/// `pow(base, exp, mod)` (CPython's `PyNumber_Power` / `ternary_op`).
pub fn power(vm: &mut Vm, base: &Value, exp: &Value, modulo: Option<&Value>) -> PyResult<Value> {
    let Some(m) = modulo.filter(|m| !types::bool_none::is_none(m)) else {
        return vm.binary_op(base, exp, BinOp::Pow);
    };
    // Each operand's type gets a turn, as `ternary_op` does.
    let mut tried: Vec<*const types::TypeObject> = Vec::new();
    for v in [base, exp, m] {
        let t = v.ty() as *const types::TypeObject;
        if tried.contains(&t) {
            continue;
        }
        tried.push(t);
        let r = power_slot_of(vm, v, base, exp, m)?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.ty().name(),
        exp.ty().name(),
        m.ty().name()
    )))
}

/// The ternary power slot of `owner`'s type applied to `(a, b, m)`.
fn power_slot_of(vm: &mut Vm, owner: &Value, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if int::is_int(owner) {
        return int_pow_mod(vm, a, b, m);
    }
    if float::as_float(owner).is_some() || complex::as_complex(owner).is_some() {
        let numeric = |v: &Value| int::is_int(v) || float::as_float(v).is_some() || complex::as_complex(v).is_some();
        if !numeric(a) || !numeric(b) {
            return Ok(vm.not_implemented());
        }
        if complex::as_complex(owner).is_some() {
            return Err(vm.new_value_error("complex modulo".into()));
        }
        return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers".into()));
    }
    if owner.ty().is_heap_type() && owner.is(a) {
        if let Some(f) = vm.lookup_special(a, "__pow__") {
            return vm.call(&f, crate::types::CallArgs::positional(&[a.clone(), b.clone(), m.clone()]));
        }
    }
    Ok(vm.not_implemented())
}

/// `int.__pow__(a, b, m)`.
pub fn power_slot(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if types::bool_none::is_none(m) {
        return vm.binary_op(a, b, BinOp::Pow);
    }
    power_slot_of(vm, a, a, b, m)
}

/// `pow(a, b, m)` for ints (CPython's `long_pow` with a modulus).
fn int_pow_mod(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(y), Some(z)) = (big(a), big(b), big(m)) else {
        if float::as_float(a).is_some()
            || float::as_float(b).is_some()
            || float::as_float(m).is_some()
            || complex::as_complex(m).is_some()
        {
            return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers".into()));
        }
        return Ok(vm.not_implemented());
    };
    if z.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0".into()));
    }
    let negative_mod = z.is_negative();
    let zabs = z.abs();
    if zabs.is_one() {
        return Ok(int::new_int(0));
    }
    let (base, exp) = if y.is_negative() {
        match mod_inverse(&x.mod_floor(&zabs), &zabs) {
            Some(inv) => (inv, -y),
            None => return Err(vm.new_value_error("base is not invertible for the given modulus".into())),
        }
    } else {
        (x.mod_floor(&zabs), y)
    };
    let mut r = base.modpow(&exp, &zabs);
    if negative_mod && !r.is_zero() {
        r -= &zabs;
    }
    Ok(int::new_bigint(r))
}

/// `a**-1 mod m` by the extended Euclidean algorithm (`None` if not coprime).
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

/// `divmod(a, b)` (CPython's `PyNumber_Divmod`).
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = divmod_slot(vm, a, b)?;
    if !vm.is_not_implemented(&r) {
        return Ok(r);
    }
    let mut tried_right = false;
    if !std::ptr::eq(a.ty(), b.ty()) && b.ty().is_subtype(a.type_obj()) {
        tried_right = true;
        if let Some(f) = vm.lookup_special(b, "__rdivmod__") {
            let r = vm.call(&f, types::CallArgs::positional(&[b.clone(), a.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = vm.lookup_special(a, "__divmod__").filter(|_| a.ty().is_heap_type()) {
        let r = vm.call(&f, types::CallArgs::positional(&[a.clone(), b.clone()]))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !tried_right && !std::ptr::eq(a.ty(), b.ty()) {
        if let Some(f) = vm.lookup_special(b, "__rdivmod__").filter(|_| b.ty().is_heap_type()) {
            let r = vm.call(&f, types::CallArgs::positional(&[b.clone(), a.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    )))
}

/// `divmod` of two builtin numbers, `NotImplemented` for anything else.
pub fn divmod_slot(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (big(a), big(b)) {
        if y.is_zero() {
            return Err(vm.new_zero_division_error("integer division or modulo by zero".into()));
        }
        let (q, r) = x.div_mod_floor(&y);
        return Ok(types::tuple::new_tuple_from_array([int::new_bigint(q), int::new_bigint(r)]));
    }
    let is_real = |v: &Value| int::is_int(v) || float::as_float(v).is_some();
    if is_real(a) && is_real(b) && (float::as_float(a).is_some() || float::as_float(b).is_some()) {
        let (x, y) = (to_f64(vm, a)?, to_f64(vm, b)?);
        return match ferrython_algo::float_ops::float_divmod(x, y) {
            Ok((q, r)) => Ok(types::tuple::new_tuple_from_array([float::new_float(q), float::new_float(r)])),
            Err(e) => Err(float_error(vm, e)),
        };
    }
    Ok(vm.not_implemented())
}

/// An int or float as an f64 (OverflowError for huge ints); callers check the type.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_float(v) {
        return Ok(f);
    }
    if let Some(i) = int::small_or_bool(v) {
        return Ok(i as f64);
    }
    match int::as_bigint_obj(v).map(ferrython_algo::float_ops::int_to_f64) {
        Some(Ok(f)) => Ok(f),
        Some(Err(e)) => Err(float_error(vm, e)),
        None => Err(vm.new_type_error(format!("must be real number, not {}", v.ty().name()))),
    }
}

/// `abs(x)` (CPython's `PyNumber_Absolute`).
pub fn abs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = int::small_or_bool(v) {
        // An inline int's magnitude fits i64 (inline ints are 63-bit).
        return Ok(match i.checked_abs() {
            Some(a) => int::new_int(a),
            None => int::new_bigint(BigInt::from(i).abs()),
        });
    }
    if let Some(b) = int::as_bigint_obj(v) {
        return Ok(int::new_bigint(b.abs()));
    }
    if let Some(f) = float::as_float(v) {
        return Ok(float::new_float(f.abs()));
    }
    if let Some((re, im)) = complex::as_complex(v) {
        return complex::complex_abs(vm, re, im).map(float::new_float);
    }
    if let Some(f) = vm.lookup_special(v, "__abs__") {
        return vm.call(&f, types::CallArgs::positional(std::slice::from_ref(v)));
    }
    Err(vm.new_type_error(format!("bad operand type for abs(): '{}'", v.ty().name())))
}

/// `operator.index(v)`: an int, from `__index__` when `v` is not one.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(v.clone());
    }
    if v.ty().is_heap_type() {
        if let Some(f) = vm.lookup_special(v, "__index__") {
            let r = vm.call(&f, types::CallArgs::positional(std::slice::from_ref(v)))?;
            if !int::is_int(&r) {
                return Err(vm.new_type_error(format!("__index__ returned non-int (type {})", r.ty().name())));
            }
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name())))
}

/// `operator.index(v)` as a big integer.
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = index(vm, v)?;
    Ok(big(&i).unwrap_or_default())
}

/// `operator.index(v)` clamped to i64 (for counts and sizes), OverflowError
/// `Python int too large to convert to C ssize_t` otherwise.
pub fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    // An inline int is its own index: no big integer is built for it.
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let b = index_bigint(vm, v)?;
    match b.to_i64() {
        Some(i) => Ok(i),
        None => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t".into())),
    }
}

/// `float(v)` for a number (`__float__`, then `__index__`), without strings.
pub fn float_of(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float::as_float(v) {
        return Ok(Some(f));
    }
    if int::is_int(v) {
        return to_f64(vm, v).map(Some);
    }
    if v.ty().is_heap_type() {
        if let Some(f) = vm.lookup_special(v, "__float__") {
            let r = vm.call(&f, types::CallArgs::positional(std::slice::from_ref(v)))?;
            return match float::as_float(&r) {
                Some(x) => Ok(Some(x)),
                None => Err(vm.new_type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    v.ty().name(),
                    r.ty().name()
                ))),
            };
        }
        if vm.lookup_special(v, "__index__").is_some() {
            let i = index(vm, v)?;
            return to_f64(vm, &i).map(Some);
        }
    }
    Ok(None)
}
