//! `int`: inline small ints (see `object.rs`) and heap big ints (`num-bigint`).
//! Every result is normalized: a value that fits inline is stored inline, so
//! a heap int is always outside the inline range.

use crate::object::{drop_obj, Obj, StaticObj, Value, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp, UnOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub struct BigIntObj {
    pub value: BigInt,
}

pub static INT_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "int",
        None,
        crate::types::tpflags::BASETYPE | crate::types::tpflags::NO_REFS,
        Layout::Builtin,
        SlotInit {
            repr: Some(int_repr),
            hash: Some(|_, v| Ok(hash_int(v))),
            compare: Some(compare),
            binary: Some(binary),
            unary: Some(unary),
            bool: Some(|_, v| Ok(!is_zero(v))),
            ..SlotInit::EMPTY
        },
        drop_obj::<BigIntObj>,
    ),
);

/// An int value from an i64.
pub fn new_int(i: i64) -> Value {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
        Value::small_int(i)
    } else {
        Obj::alloc(&INT_TYPE.0, BigIntObj { value: BigInt::from(i) })
    }
}

/// An int value from a big integer (normalized).
pub fn new_bigint(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) => Value::small_int(i),
        _ => Obj::alloc(&INT_TYPE.0, BigIntObj { value: b }),
    }
}

/// The value of a heap int (or of an int subclass instance holding one).
pub fn as_bigint_obj(v: &Value) -> Option<&BigInt> {
    match v.downcast_exact::<BigIntObj>(&INT_TYPE) {
        Some(b) => Some(&b.value),
        None => crate::types::builtin_subclass::base_value(v)
            .and_then(|b| b.downcast_exact::<BigIntObj>(&INT_TYPE))
            .map(|b| &b.value),
    }
}

/// Is `v` an int (exactly, or a bool)?
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || as_bigint_obj(v).is_some() || small_or_bool(v).is_some()
}

/// The value of an int (or bool) as a big integer.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = small_or_bool(v) {
        return Some(BigInt::from(i));
    }
    as_bigint_obj(v).cloned()
}

/// The value of a small int or bool.
pub fn small_or_bool(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    match crate::types::bool_none::as_bool(v) {
        Some(b) => Some(b as i64),
        None => crate::types::builtin_subclass::base_value(v).and_then(|b| b.as_small_int()),
    }
}

/// The value as an i64 if it is an int that fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    small_or_bool(v).or_else(|| as_bigint_obj(v).and_then(|b| b.to_i64()))
}

fn is_zero(v: &Value) -> bool {
    match small_or_bool(v) {
        Some(i) => i == 0,
        None => as_bigint_obj(v).is_none_or(|b| b.is_zero()),
    }
}

pub fn int_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = small_or_bool(v) {
        return Ok(crate::types::str::new_ascii_str(small_decimal(i, &mut [0; 20])));
    }
    let b = as_bigint_obj(v).expect("int");
    match ferrython_algo::int_str::int_to_decimal_str(b, vm.int_max_str_digits) {
        Ok(digits) => Ok(crate::types::str::new_string(digits)),
        Err(e) => Err(vm.new_value_error(e.message)),
    }
}

/// The decimal digits of `i`, written at the end of `buf` (no allocation:
/// `str(i)` is among the commonest conversions).
fn small_decimal(i: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

/// CPython's int hash: the value modulo 2**61 - 1, keeping the sign.
pub fn hash_int(v: &Value) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    if let Some(i) = small_or_bool(v) {
        let h = if i >= 0 { i % MODULUS } else { -((-i) % MODULUS) };
        return if h == -1 { -2 } else { h };
    }
    let b = as_bigint_obj(v).expect("int");
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let ord = match (small_or_bool(a), small_or_bool(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => match (to_bigint(a), to_bigint(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            // Other operand types (float included: its reflected comparison is exact).
            _ => return Ok(vm.not_implemented()),
        },
    };
    Ok(vm.bool(cmp_result(ord, op)))
}

pub fn cmp_result(ord: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Gt => ord == Greater,
        CmpOp::Ge => ord != Less,
    }
}

/// Binary arithmetic on two ints (`NotImplemented` for other operand types).
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (small_or_bool(a), small_or_bool(b)) {
        if let Some(v) = small_binary(vm, x, y, op)? {
            return Ok(v);
        }
    }
    let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
        return Ok(vm.not_implemented());
    };
    big_binary(vm, x, y, op)
}

/// Fast path; `Ok(None)` when the result needs big-integer arithmetic.
pub fn small_binary(vm: &mut Vm, x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(vm.new_zero_division_error("integer division or modulo by zero".into()));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.new_zero_division_error("integer modulo by zero".into()));
            }
            x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(vm.new_value_error("negative shift count".into()));
            }
            if y < 62 && x.unsigned_abs() < (1u64 << (62 - y)) {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(vm.new_value_error("negative shift count".into()));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(vm.new_zero_division_error("division by zero".into()));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Some(crate::types::float::new_float(x as f64 / y as f64)));
            }
            return Ok(None);
        }
        BinOp::Pow => {
            if y < 0 {
                return crate::types::float::float_pow(vm, x as f64, y as f64).map(Some);
            }
            if y > u32::MAX as i64 {
                None
            } else {
                x.checked_pow(y as u32)
            }
        }
        // Ints have no `@`: `None` sends the caller to the generic protocol
        // (`big_binary` answers NotImplemented there), which raises the
        // TypeError or tries the right operand's `__rmatmul__`.
        BinOp::MatMul => None,
    };
    Ok(r.map(new_int))
}

fn big_binary(vm: &mut Vm, x: BigInt, y: BigInt, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                let msg =
                    if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                return Err(vm.new_zero_division_error(msg.into()));
            }
            if op == BinOp::FloorDiv {
                x.div_floor(&y)
            } else {
                x.mod_floor(&y)
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.new_value_error("negative shift count".into()));
            }
            let Some(n) = y.to_usize() else {
                if op == BinOp::RShift || x.is_zero() {
                    return Ok(new_int(if x.is_negative() { -1 } else { 0 }));
                }
                return Err(vm.new_overflow_error("too many digits in integer".into()));
            };
            if op == BinOp::LShift {
                x << n
            } else {
                // Arithmetic shift rounds toward negative infinity.
                if x.is_negative() {
                    -((-x - 1u32) >> n) - 1u32
                } else {
                    x >> n
                }
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.new_zero_division_error("division by zero".into()));
            }
            return match int_true_divide(&x, &y) {
                Some(f) => Ok(crate::types::float::new_float(f)),
                None => Err(vm.new_overflow_error("integer division result too large for a float".into())),
            };
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (a, b) = (new_bigint(x), new_bigint(y));
                let fx = crate::number::to_f64(vm, &a)?;
                let fy = crate::number::to_f64(vm, &b)?;
                return crate::types::float::float_pow(vm, fx, fy);
            }
            let Some(e) = y.to_u32() else {
                // Only 0, 1 and -1 have powers this large that fit in memory.
                if x.is_zero() || x.is_one() {
                    return Ok(new_bigint(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(new_int(if y.is_even() { 1 } else { -1 }));
                }
                return Err(vm.new_exception(&crate::types::exceptions::MEMORY_ERROR, String::new()));
            };
            num_traits::Pow::pow(x, e)
        }
        BinOp::MatMul => return Ok(vm.not_implemented()),
    };
    Ok(new_bigint(r))
}

/// Correctly rounded `x / y` (`None` on overflow).
fn int_true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Some(a as f64 / b as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = 60i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1; // sticky bit for correct rounding
    }
    let f = (q as f64) * 2f64.powi(-shift as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if negative { -f } else { f })
}

fn unary(vm: &mut Vm, v: &Value, op: UnOp) -> PyResult<Value> {
    if let Some(i) = small_or_bool(v) {
        return Ok(match op {
            UnOp::Neg => i.checked_neg().map(new_int).unwrap_or_else(|| new_bigint(-BigInt::from(i))),
            UnOp::Pos => new_int(i),
            UnOp::Invert => new_int(!i),
            UnOp::Not => vm.bool(i == 0),
        });
    }
    let b = as_bigint_obj(v).expect("int").clone();
    Ok(match op {
        UnOp::Neg => new_bigint(-b),
        UnOp::Pos => new_bigint(b),
        UnOp::Invert => new_bigint(-b - 1u32),
        UnOp::Not => vm.bool(b.is_zero()),
    })
}
