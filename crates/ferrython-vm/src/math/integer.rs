//! The integer functions of `math`: `gcd`, `lcm`, `factorial`, `isqrt`,
//! `comb`, `perm` (exact, on big ints) and `prod`. Results are the exact
//! integers CPython computes; its algorithms (binary splitting, table
//! look-ups) only make them faster, so what must match are the argument
//! conversions (`__index__`) and the error messages.

use super::{args_fastcall, args_meth_o};
use crate::number;
use crate::object::Value;
use crate::types::{self, int, CallArgs};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `math.gcd(*integers)`.
pub fn gcd(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_fastcall(vm, "gcd", &a, 0, usize::MAX)?;
    let mut acc = BigInt::zero();
    for v in p {
        let x = number::index_bigint(vm, v)?;
        if !acc.is_one() {
            acc = acc.gcd(&x);
        }
    }
    Ok(int::new_bigint(acc))
}

/// `math.lcm(*integers)`.
pub fn lcm(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_fastcall(vm, "lcm", &a, 0, usize::MAX)?;
    let mut acc = BigInt::one();
    for (i, v) in p.iter().enumerate() {
        let x = number::index_bigint(vm, v)?;
        if i == 0 {
            acc = x.abs();
        } else if !acc.is_zero() {
            acc = if x.is_zero() { x } else { (&acc / acc.gcd(&x) * x).abs() };
        }
    }
    Ok(int::new_bigint(acc))
}

/// The product of the integers in `lo..hi`, by binary splitting (balanced
/// multiplications are much cheaper than a running product).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut acc = BigInt::one();
        let mut k = lo.clone();
        while &k < hi {
            acc *= &k;
            k += 1;
        }
        return acc;
    }
    let mid: BigInt = lo + (n >> 1);
    range_product(lo, &mid) * range_product(&mid, hi)
}

fn factorial_of(n: u64) -> BigInt {
    range_product(&BigInt::one(), &BigInt::from(n + 1))
}

/// `math.factorial(n)`: n must be an int (3.11 refuses floats).
pub fn factorial(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "factorial", &a)?;
    let n = number::index_bigint(vm, &p[0])?;
    factorial_value(vm, &n)
}

fn factorial_value(vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(vm.new_value_error("factorial() not defined for negative values".into()));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.new_overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    Ok(int::new_bigint(factorial_of(n as u64)))
}

/// `math.isqrt(n)`.
pub fn isqrt(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_meth_o(vm, "isqrt", &a)?;
    let n = number::index_bigint(vm, &p[0])?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(int::new_bigint(n.sqrt()))
}

/// n and k of `comb`/`perm`, both `__index__`ed and non-negative.
fn comb_perm_args(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = number::index_bigint(vm, n)?;
    let k = number::index_bigint(vm, k)?;
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer".into()));
    }
    Ok((n, k))
}

/// `math.perm(n, k=None)`.
pub fn perm(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_fastcall(vm, "perm", &a, 1, 2)?;
    let k = match p.get(1) {
        Some(k) if !types::bool_none::is_none(k) => k,
        _ => {
            let n = number::index_bigint(vm, &p[0])?;
            return factorial_value(vm, &n);
        }
    };
    let (n, k) = comb_perm_args(vm, &p[0], k)?;
    if n < k {
        return Ok(int::new_int(0));
    }
    if k.to_i64().is_none() {
        return Err(vm.new_overflow_error(format!("k must not exceed {}", i64::MAX)));
    }
    Ok(int::new_bigint(range_product(&(&n - &k + 1), &(n + 1))))
}

/// `math.comb(n, k)`.
pub fn comb(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = args_fastcall(vm, "comb", &a, 2, 2)?;
    let (n, k) = comb_perm_args(vm, &p[0], &p[1])?;
    if n < k {
        return Ok(int::new_int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(small_k) = k.to_i64() else {
        return Err(vm.new_overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let top = range_product(&(&n - &k + 1), &(n + 1));
    Ok(int::new_bigint(top / factorial_of(small_k as u64)))
}

/// `math.prod(iterable, /, *, start=1)`: `start * item * item ...` with
/// the `*` operator.
pub fn prod(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = crate::args::unpack_keywords(vm, "prod", &a, &["iterable", "start"], 1, 1, 1)?;
    let iterable = p[0].clone().expect("required");
    let it = vm.iter(&iterable)?;
    let mut acc = p[1].clone().unwrap_or_else(|| int::new_int(1));
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, BinOp::Mul)?;
    }
    Ok(acc)
}
