//! `float`: a boxed f64 (a freelist is planned; see `docs/internals/values.md`).

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp, UnOp};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

pub struct FloatObj {
    pub value: f64,
}

pub static FLOAT_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "float",
        None,
        crate::types::tpflags::BASETYPE | crate::types::tpflags::NO_REFS,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(crate::types::str::new_string(float_repr(as_float(v).unwrap_or(0.0))))),
            hash: Some(|_, v| Ok(hash_float(as_float(v).unwrap_or(0.0), v))),
            compare: Some(compare),
            binary: Some(binary),
            unary: Some(unary),
            bool: Some(|_, v| Ok(as_float(v).unwrap_or(0.0) != 0.0)),
            ..SlotInit::EMPTY
        },
        drop_obj::<FloatObj>,
    ),
);

pub fn new_float(f: f64) -> Value {
    Obj::alloc(&FLOAT_TYPE.0, FloatObj { value: f })
}

/// Stores float `f` in a register. When the register's old value is a float
/// nobody else references, its payload is overwritten instead of freeing it
/// and allocating a new one: in `x = x * y + z` loops most results land in a
/// register whose previous float is garbage.
#[inline]
pub fn store_float(slot: &mut Option<Value>, f: f64) {
    if let Some(old) = slot {
        if old.refcount() == 1 && old.downcast_exact::<FloatObj>(&FLOAT_TYPE).is_some() {
            // SAFETY: `old` is an exact float whose only reference is this
            // register, so no other reference to the payload exists; floats
            // cache nothing derived from their value.
            unsafe { (*old.payload_ptr_unchecked::<FloatObj>()).value = f };
            return;
        }
    }
    *slot = Some(new_float(f));
}

/// The value in a register when it holds an exact float: the guard of the
/// quickened float instructions, a null test, a tag test and one type
/// compare on the register's word.
#[inline(always)]
pub fn register_float(slot: &Option<Value>) -> Option<f64> {
    let v = slot.as_ref()?;
    if v.is_small_int() {
        return None;
    }
    // SAFETY: a heap value points at a live `Obj` whose header holds its
    // type; when that type is `float` the payload is a `FloatObj`.
    unsafe {
        let obj = v.bits() as *const Obj<FloatObj>;
        if std::ptr::eq((*obj).header.type_ptr(), &FLOAT_TYPE.0) {
            Some((*obj).data.value)
        } else {
            None
        }
    }
}

/// The value of a float or of an instance of a float subclass.
pub fn as_float(v: &Value) -> Option<f64> {
    match v.downcast_exact::<FloatObj>(&FLOAT_TYPE) {
        Some(f) => Some(f.value),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_float_exact),
    }
}

/// The value of an exact float.
#[inline]
pub fn as_float_exact(v: &Value) -> Option<f64> {
    v.downcast_exact::<FloatObj>(&FLOAT_TYPE).map(|f| f.value)
}

/// `repr(float)`: ferrython-algo's, which (unlike the parser crate's
/// `repr_float`) gets powers of two with a lopsided rounding interval
/// right (`repr(2.0**378)` is `6.156563468186638e+113`).
pub fn float_repr(f: f64) -> String {
    ferrython_algo::float_repr::float_repr(f)
}

/// CPython's `_Py_HashDouble`.
pub fn hash_float(f: f64, obj: &Value) -> i64 {
    if f.is_nan() {
        return (obj.bits() >> 4) as i64;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return crate::types::int::hash_int(&crate::types::int::new_int(f as i64));
    }
    const MODULUS: u64 = (1 << 61) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Exact comparison of an int with a float.
pub fn compare_int_float(i: &BigInt, f: f64, op: CmpOp) -> bool {
    if f.is_nan() {
        return op == CmpOp::Ne;
    }
    let ord = if f.is_infinite() {
        if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        }
    } else {
        let fi = BigInt::from_f64(f.trunc()).unwrap_or_default();
        match i.cmp(&fi) {
            std::cmp::Ordering::Equal => 0.0f64.partial_cmp(&f.fract()).unwrap_or(std::cmp::Ordering::Equal),
            o => o,
        }
    };
    crate::types::int::cmp_result(ord, op)
}

/// A float operand: a float, or an int converted (OverflowError if too big).
fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    if let Some(i) = crate::types::int::small_or_bool(v) {
        return Ok(Some(i as f64));
    }
    if let Some(b) = crate::types::int::as_bigint_obj(v) {
        return match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(Some(f)),
            None => Err(vm.new_overflow_error("int too large to convert to float".into())),
        };
    }
    Ok(None)
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let Some(x) = as_float(a) else { return Ok(vm.not_implemented()) };
    if let Some(y) = as_float(b) {
        let r = match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        };
        return Ok(vm.bool(r));
    }
    if let Some(i) = crate::types::int::to_bigint(b) {
        return Ok(vm.bool(compare_int_float(&i, x, op.swapped())));
    }
    Ok(vm.not_implemented())
}

pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_f64(vm, a)?, to_f64(vm, b)?) else { return Ok(vm.not_implemented()) };
    float_binary(vm, x, y, op)
}

pub fn float_binary(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    use ferrython_algo::float_ops as fo;
    let r = match op {
        BinOp::Add => Ok(x + y),
        BinOp::Sub => Ok(x - y),
        BinOp::Mul => Ok(x * y),
        BinOp::TrueDiv => fo::float_true_div(x, y),
        BinOp::FloorDiv => fo::float_floor_div(x, y),
        BinOp::Mod => fo::float_mod(x, y),
        BinOp::Pow => return float_pow(vm, x, y),
        _ => return Ok(vm.not_implemented()),
    };
    match r {
        Ok(f) => Ok(new_float(f)),
        Err(e) => Err(crate::number::float_error(vm, e)),
    }
}

/// `x ** y` for floats: a negative base to a fractional power gives a complex.
pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    use ferrython_algo::float_ops::{self as fo, FloatPowError};
    match fo::float_pow(x, y) {
        Ok(f) => Ok(new_float(f)),
        Err(FloatPowError::NegativeBaseFractionalExponent) => crate::types::complex::pow_parts(vm, (x, 0.0), (y, 0.0)),
        Err(FloatPowError::Overflow) => Err(vm.new_overflow_error_errno("Numerical result out of range")),
        Err(e) => {
            let msg = e.exception().map(|x| x.message).unwrap_or("math error");
            Err(vm.new_zero_division_error(msg.into()))
        }
    }
}

/// Python's float `divmod` (floatobject.c `float_divmod`).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn unary(vm: &mut Vm, v: &Value, op: UnOp) -> PyResult<Value> {
    let f = as_float(v).unwrap_or(0.0);
    Ok(match op {
        UnOp::Neg => new_float(-f),
        UnOp::Pos => new_float(f),
        UnOp::Not => vm.bool(f == 0.0),
        UnOp::Invert => return Err(vm.new_type_error("bad operand type for unary ~: 'float'".into())),
    })
}
