//! The float functions of `math` with their own wrappers in CPython
//! (special cases handled before or instead of the C library).

use super::sums::{vector_norm, Fsum, FsumError};
use super::{args_fastcall, args_meth_o, as_double, float_to_int, libm, math_error, two_doubles, MathError};
use crate::object::Value;
use crate::types::{float, int, tuple, CallArgs};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A function of one float that never fails (`degrees`, `radians`).
pub fn unchecked(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let p = args_meth_o(vm, name, a)?;
    let x = as_double(vm, &p[0])?;
    Ok(float::new_float(f(x)))
}

/// `isnan`, `isinf`, `isfinite`.
pub fn predicate(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let p = args_meth_o(vm, name, a)?;
    let x = as_double(vm, &p[0])?;
    Ok(vm.bool(f(x)))
}

/// CPython's `m_atan2`: the special values of C99 Annex F, whatever the libm.
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let angle = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return angle.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// CPython's `m_remainder`: x - n*y for the integer n nearest x/y (ties to
/// even), always exact.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // Compare m with absy - m rather than 0.5*absy, which may round.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // A tie: m if absx = n*absy + m has an even n, else -m.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.floor` / `math.ceil`: an exact float directly, else the type's
/// `__floor__`/`__ceil__`, else the value as a float.
pub fn rounding(vm: &mut Vm, a: &CallArgs, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let p = args_meth_o(vm, name, a)?;
    let v = &p[0];
    if let Some(x) = float::as_float_exact(v) {
        return float_to_int(vm, f(x));
    }
    if vm.lookup_special(v, dunder).is_some() {
        return vm.call_method(v, dunder, &[]);
    }
    let x = as_double(vm, v)?;
    float_to_int(vm, f(x))
}

/// `math.trunc`: the type's `__trunc__`.
pub fn trunc(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "trunc", &a)?;
    let v = &p[0];
    if let Some(x) = float::as_float_exact(v) {
        return float_to_int(vm, x.trunc());
    }
    if vm.lookup_special(v, "__trunc__").is_some() {
        return vm.call_method(v, "__trunc__", &[]);
    }
    Err(vm.new_type_error(format!("type {} doesn't define __trunc__ method", v.ty().name())))
}

/// `math.fmod(x, y)`: C's fmod, except that an infinite y leaves a finite
/// x unchanged.
pub fn fmod(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    Ok(float::new_float(r))
}

/// `math.pow(x, y)`: C99's special values for infinities and NaNs, then
/// libm; 0**negative is a domain error, a finite overflow a range error.
pub fn pow(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, &a, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(math_error(vm, MathError::Domain));
        }
        if r.is_infinite() {
            let e = if x == 0.0 { MathError::Domain } else { MathError::Range };
            return Err(math_error(vm, e));
        }
        r
    };
    Ok(float::new_float(r))
}

/// `math.ldexp(x, i)`: `i` must be an int; exponents beyond C's int range
/// overflow or underflow outright.
pub fn ldexp(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_fastcall(vm, "ldexp", &a, 2, 2)?;
    let x = as_double(vm, &p[0])?;
    let Some(i) = int::to_bigint(&p[1]) else {
        return Err(vm.new_type_error("Expected an int as second argument to ldexp.".into()));
    };
    let exp = i.to_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(math_error(vm, MathError::Range));
    } else if exp < i32::MIN as i64 {
        0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(math_error(vm, MathError::Range));
        }
        r
    };
    Ok(float::new_float(r))
}

/// `math.frexp(x)`: `(m, e)`.
pub fn frexp(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "frexp", &a)?;
    let x = as_double(vm, &p[0])?;
    let (m, e) = libm::frexp(x);
    Ok(tuple::new_tuple_from_array([float::new_float(m), int::new_int(e as i64)]))
}

/// `math.modf(x)`: the fractional and integral parts, both with x's sign.
pub fn modf(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "modf", &a)?;
    let x = as_double(vm, &p[0])?;
    let (frac, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(tuple::new_tuple_from_array([float::new_float(frac), float::new_float(whole)]))
}

pub fn nextafter(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, &a, "nextafter")?;
    Ok(float::new_float(libm::nextafter(x, y)))
}

/// `math.ulp(x)`: the gap from |x| to the next float away from zero (or
/// from the one below, for the largest float).
pub fn ulp(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "ulp", &a)?;
    let x = as_double(vm, &p[0])?.abs();
    if !x.is_finite() {
        return Ok(float::new_float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    let r = if up.is_infinite() { x - libm::nextafter(x, f64::NEG_INFINITY) } else { up - x };
    Ok(float::new_float(r))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub fn isclose(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let p = crate::args::unpack_keywords(vm, "isclose", &a, &names, 0, 2, 2)?;
    let mut vals = [0.0, 0.0, 1e-09, 0.0];
    for (slot, v) in vals.iter_mut().zip(&p) {
        if let Some(v) = v {
            *slot = as_double(vm, v)?;
        }
    }
    let [x, y, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative".into()));
    }
    let close = x == y
        || (!x.is_infinite() && !y.is_infinite() && {
            let diff = (y - x).abs();
            diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol
        });
    Ok(vm.bool(close))
}

/// `math.fsum(iterable)`.
pub fn fsum(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "fsum", &a)?;
    let it = vm.iter(&p[0])?;
    let mut sum = Fsum::default();
    let fail = |vm: &mut Vm, e: FsumError| match e {
        FsumError::Overflow => vm.new_overflow_error(e.message().into()),
        FsumError::InfMinusInf => vm.new_value_error(e.message().into()),
    };
    while let Some(item) = vm.next(&it)? {
        let x = as_double(vm, &item)?;
        if let Err(e) = sum.add(x) {
            return Err(fail(vm, e));
        }
    }
    match sum.total() {
        Ok(r) => Ok(float::new_float(r)),
        Err(e) => Err(fail(vm, e)),
    }
}

/// The norm of non-negative coordinates.
fn norm(coords: &[f64]) -> f64 {
    let max = coords.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(coords, max, coords.iter().any(|x| x.is_nan()))
}

/// `math.hypot(*coordinates)`.
pub fn hypot(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_fastcall(vm, "hypot", &a, 0, usize::MAX)?;
    let mut coords = Vec::with_capacity(p.len());
    for v in p {
        coords.push(as_double(vm, v)?.abs());
    }
    Ok(float::new_float(norm(&coords)))
}

/// `math.dist(p, q)`: the norm of the difference of two points.
pub fn dist(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let args = args_fastcall(vm, "dist", &a, 2, 2)?;
    let p = point(vm, &args[0])?;
    let q = point(vm, &args[1])?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions".into()));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (px, qx) in p.iter().zip(&q) {
        let (px, qx) = (as_double(vm, px)?, as_double(vm, qx)?);
        diffs.push((px - qx).abs());
    }
    Ok(float::new_float(norm(&diffs)))
}

/// A point's coordinates: a tuple's items, or the items of any iterable.
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match tuple::as_tuple(v) {
        Some(items) => Ok(items.to_vec()),
        None => vm.collect_iterable(v),
    }
}

/// `math.log(x[, base])`.
pub fn log(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("log() takes no keyword arguments".into()));
    }
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.new_type_error("math.log requires 1 to 2 arguments".into()));
    }
    let num = log_helper(vm, &p[0], f64::ln)?;
    let Some(base) = p.get(1) else {
        return Ok(float::new_float(num));
    };
    let den = log_helper(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.new_zero_division_error("float division by zero".into()));
    }
    Ok(float::new_float(num / den))
}

/// `math.log2` and `math.log10`.
pub fn log_of(vm: &mut Vm, a: &CallArgs, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let p = args_meth_o(vm, name, a)?;
    log_helper(vm, &p[0], f).map(float::new_float)
}

/// CPython's `loghelper`: an int of any size has a logarithm (from its
/// mantissa and exponent when it is too large for a float); anything
/// else goes through `math_1`'s rules with no overflow possible.
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = int::to_bigint(v) {
        if !n.is_positive() {
            return Err(math_error(vm, MathError::Domain));
        }
        return Ok(match ferrython_algo::float_ops::int_to_f64(&n) {
            Ok(x) => f(x),
            Err(_) => {
                let (m, e) = big_frexp(&n);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = as_double(vm, v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(math_error(vm, MathError::Domain));
    }
    Ok(r)
}

/// `_PyLong_Frexp` of a positive int: `(m, e)` with `n ~= m * 2**e`,
/// `0.5 <= m < 1`, m correctly rounded.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let m = ferrython_algo::float_repr::ldexp_biguint(n.magnitude(), -bits).unwrap_or(0.5);
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Zero;

    #[test]
    fn remainder_ties_go_to_even() {
        assert_eq!(remainder(5.0, 2.0), 1.0);
        assert_eq!(remainder(7.0, 2.0), -1.0);
        assert_eq!(remainder(-5.0, 2.0), -1.0);
        assert!(remainder(1.0, 0.0).is_nan());
    }

    #[test]
    fn big_frexp_rounds_to_one_half() {
        let n = (BigInt::from(1) << 2000u32) - 1;
        assert_eq!(big_frexp(&n), (0.5, 2001));
        assert!(!BigInt::zero().is_positive());
    }
}
