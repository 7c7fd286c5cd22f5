//! Float arithmetic whose Python semantics differ from IEEE or libm:
//! floor division and modulo with the divisor's sign, `**` special cases,
//! `round(x, n)` correctly rounded in decimal, `as_integer_ratio`, and
//! int → float conversion rounded half to even.
//!
//! CPython: Objects/floatobject.c (float_rem, _float_div_mod, float_pow,
//! double_round, float_as_integer_ratio), Objects/longobject.c
//! (PyLong_AsDouble).

use crate::float_repr::ldexp_biguint;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::One;

/// An arithmetic error: the Python exception type's name and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloatError {
    pub exc_type: &'static str,
    pub message: &'static str,
}

const fn error(exc_type: &'static str, message: &'static str) -> FloatError {
    FloatError { exc_type, message }
}

pub const FLOAT_DIVISION_BY_ZERO: FloatError = error("ZeroDivisionError", "float division by zero");
pub const FLOAT_MODULO_BY_ZERO: FloatError = error("ZeroDivisionError", "float modulo");
pub const FLOAT_FLOOR_DIVISION_BY_ZERO: FloatError = error("ZeroDivisionError", "float floor division by zero");
pub const FLOAT_DIVMOD_BY_ZERO: FloatError = error("ZeroDivisionError", "float divmod()");
pub const INT_TOO_LARGE_FOR_FLOAT: FloatError = error("OverflowError", "int too large to convert to float");

/// `x / y`.
pub fn float_true_div(x: f64, y: f64) -> Result<f64, FloatError> {
    if y == 0.0 {
        return Err(FLOAT_DIVISION_BY_ZERO);
    }
    Ok(x / y)
}

/// `x % y`: the remainder takes the divisor's sign; a zero remainder is a
/// zero with the divisor's sign.
// CPython: Objects/floatobject.c, float_rem.
pub fn float_mod(x: f64, y: f64) -> Result<f64, FloatError> {
    if y == 0.0 {
        return Err(FLOAT_MODULO_BY_ZERO);
    }
    Ok(mod_nonzero(x, y))
}

fn mod_nonzero(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// `divmod(x, y)` as `(x // y, x % y)`.
// CPython: Objects/floatobject.c, _float_div_mod.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), FloatError> {
    if y == 0.0 {
        return Err(FLOAT_DIVMOD_BY_ZERO);
    }
    Ok(div_mod_nonzero(x, y))
}

/// `x // y`.
pub fn float_floor_div(x: f64, y: f64) -> Result<f64, FloatError> {
    if y == 0.0 {
        return Err(FLOAT_FLOOR_DIVISION_BY_ZERO);
    }
    Ok(div_mod_nonzero(x, y).0)
}

fn div_mod_nonzero(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    // x - m is exactly a multiple of y; the division may be a hair off an
    // integer, which the snapping below absorbs.
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Why `x ** y` has no float result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatPowError {
    /// A negative base to a non-integral power: the result is complex; the
    /// VM computes it with complex `**`.
    NegativeBaseFractionalExponent,
    /// ZeroDivisionError "0.0 cannot be raised to a negative power".
    ZeroToNegativePower,
    /// OverflowError `(34, 'Numerical result out of range')` (errno ERANGE).
    Overflow,
}

impl FloatPowError {
    /// The exception, for the errors that raise one.
    pub fn exception(self) -> Option<FloatError> {
        match self {
            FloatPowError::NegativeBaseFractionalExponent => None,
            FloatPowError::ZeroToNegativePower => {
                Some(error("ZeroDivisionError", "0.0 cannot be raised to a negative power"))
            }
            FloatPowError::Overflow => Some(error("OverflowError", "Numerical result out of range")),
        }
    }

    /// The errno that CPython's OverflowError carries as its first argument.
    pub const ERANGE: i32 = 34;
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats, with CPython's special cases decided before libm's
/// `pow` is trusted (C99 Annex F values, but `0.0 ** -1` raises and a
/// negative base to a fractional power goes complex).
// CPython: Objects/floatobject.c, float_pow.
pub fn float_pow(x: f64, y: f64) -> Result<f64, FloatPowError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(FloatPowError::ZeroToNegativePower);
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Err(FloatPowError::NegativeBaseFractionalExponent);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(FloatPowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// `x.as_integer_ratio()`: the exact fraction in lowest terms, positive
/// denominator.
// CPython: Objects/floatobject.c, float_as_integer_ratio_impl.
pub fn as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FloatError> {
    if x.is_infinite() {
        return Err(error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(error("ValueError", "cannot convert NaN to integer ratio"));
    }
    let (mant, exp) = decompose(x);
    let mut n = BigInt::from(mant);
    let mut d = BigInt::one();
    if exp > 0 {
        n <<= exp as u64;
    } else if mant != 0 {
        // The denominator is a power of two: cancel the mantissa's
        // trailing zero bits.
        let tz = (mant.trailing_zeros() as i64).min(-exp);
        n >>= tz as u64;
        d <<= (-exp - tz) as u64;
    }
    if x < 0.0 {
        n = -n;
    }
    Ok((n, d))
}

/// A finite float's magnitude as `mant × 2**exp` (mant < 2**53).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

/// `float(n)` for an int: correctly rounded, half to even.
// CPython: Objects/longobject.c, PyLong_AsDouble.
pub fn int_to_f64(n: &BigInt) -> Result<f64, FloatError> {
    let v = ldexp_biguint(n.magnitude(), 0).ok_or(INT_TOO_LARGE_FOR_FLOAT)?;
    Ok(if n.sign() == Sign::Minus { -v } else { v })
}

/// Beyond this many digits, `round(x, n)` is `x` for every float.
const NDIGITS_MAX: i64 = 323;
/// Below this, `round(x, n)` is a zero with the sign of `x`.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`: `x` rounded to the nearest multiple of
/// `10**-ndigits`, ties to even, decided on the exact binary value (so
/// `round(2.675, 2) == 2.67`), the decimal result then read back correctly
/// rounded. OverflowError "rounded value too large to represent" when the
/// result exceeds the float range.
// CPython: Objects/floatobject.c, float___round___impl and double_round.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FloatError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (mant, exp) = decompose(x);
    // |x| = mant × 2**exp; scaled = |x| × 10**ndigits as num / den.
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let ten_pow = num_traits::pow(BigUint::from(10u8), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= ten_pow;
    } else {
        den *= ten_pow;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u8;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u8;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}{q}e{}", -ndigits);
    // The text is digits and an exponent: Rust parses it correctly rounded.
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(error("OverflowError", "rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `round(x)` with no digits: the nearest integer, ties to even, as an int.
/// ValueError for NaN, OverflowError for infinities.
// CPython: Objects/floatobject.c, float___round___impl (ndigits None).
pub fn round_float_to_int(x: f64) -> Result<BigInt, FloatError> {
    if x.is_nan() {
        return Err(error("ValueError", "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(error("OverflowError", "cannot convert float infinity to integer"));
    }
    float_to_int(x.round_ties_even())
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(x: f64) -> Result<BigInt, FloatError> {
    if x.is_nan() {
        return Err(error("ValueError", "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(error("OverflowError", "cannot convert float infinity to integer"));
    }
    let (mant, exp) = decompose(x.trunc());
    let mut n = BigInt::from(mant);
    if exp >= 0 {
        n <<= exp as u64;
    } else {
        n >>= (-exp) as u64;
    }
    Ok(if x < 0.0 { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn floor_div_and_mod() {
        // Python: -0.0 % 5.0 → 0.0; 0.0 % -5.0 → -0.0; -1e-300 % 1e300 → 1e+300
        assert!(same(float_mod(-0.0, 5.0).unwrap(), 0.0));
        assert!(same(float_mod(0.0, -5.0).unwrap(), -0.0));
        assert!(same(float_mod(-1e-300, 1e300).unwrap(), 1e300));
        assert!(same(float_mod(-7.5, 2.0).unwrap(), 0.5));
        assert_eq!(float_mod(1.0, 0.0), Err(FLOAT_MODULO_BY_ZERO));
        assert_eq!(FLOAT_MODULO_BY_ZERO.message, "float modulo");
        // (-0.0) // 1.0 → -0.0; 0.0 // -1.0 → -0.0; 7.5 // 2 → 3.0
        assert!(same(float_floor_div(-0.0, 1.0).unwrap(), -0.0));
        assert!(same(float_floor_div(0.0, -1.0).unwrap(), -0.0));
        assert!(same(float_floor_div(7.5, 2.0).unwrap(), 3.0));
        assert_eq!(float_floor_div(5.0, -0.0).unwrap_err().message, "float floor division by zero");
        assert_eq!(float_divmod(-7.5, 2.0), Ok((-4.0, 0.5)));
        assert_eq!(float_divmod(1.0, 0.0).unwrap_err().message, "float divmod()");
        assert_eq!(float_true_div(1.0, 0.0).unwrap_err().message, "float division by zero");
        // 1 // 0.1 → 9.0, 1 % 0.1 → 0.09999999999999995
        assert_eq!(float_divmod(1.0, 0.1), Ok((9.0, 0.09999999999999995)));
    }

    #[test]
    fn powers() {
        assert_eq!(float_pow(0.0, -1.0), Err(FloatPowError::ZeroToNegativePower));
        assert_eq!(float_pow(-0.0, -3.0), Err(FloatPowError::ZeroToNegativePower));
        assert_eq!(
            FloatPowError::ZeroToNegativePower.exception().unwrap().message,
            "0.0 cannot be raised to a negative power"
        );
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(FloatPowError::NegativeBaseFractionalExponent));
        assert_eq!(float_pow(10.0, 400.0), Err(FloatPowError::Overflow));
        assert_eq!(float_pow(-10.0, 401.0), Err(FloatPowError::Overflow));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert!(same(float_pow(-2.0, -1075.0).unwrap(), -0.0));
        assert!(same(float_pow(2.0, -1080.0).unwrap(), 0.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert!(same(float_pow(-0.0, 3.0).unwrap(), -0.0));
        assert!(same(float_pow(f64::NEG_INFINITY, 3.0).unwrap(), f64::NEG_INFINITY));
        assert!(same(float_pow(f64::NEG_INFINITY, -3.0).unwrap(), -0.0));
        assert_eq!(float_pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(float_pow(2.0, 0.5), Ok(std::f64::consts::SQRT_2));
    }

    #[test]
    fn ratios_and_conversions() {
        assert_eq!(as_integer_ratio(1.5), Ok((BigInt::from(3), BigInt::from(2))));
        assert_eq!(as_integer_ratio(-0.0), Ok((BigInt::from(0), BigInt::from(1))));
        assert_eq!(as_integer_ratio(-0.75), Ok((BigInt::from(-3), BigInt::from(4))));
        assert_eq!(as_integer_ratio(1e20).unwrap().0, "100000000000000000000".parse::<BigInt>().unwrap());
        let (n, d) = as_integer_ratio(5e-324).unwrap();
        assert_eq!((n, d.bits()), (BigInt::from(1), 1075));
        assert_eq!(as_integer_ratio(f64::INFINITY).unwrap_err().message, "cannot convert Infinity to integer ratio");
        assert_eq!(as_integer_ratio(f64::NAN).unwrap_err().exc_type, "ValueError");
        // float(2**53 + 1) → 9007199254740992.0; float(2**53 + 3) → 9007199254740996.0
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(int_to_f64(&(&two53 + 1)), Ok(9007199254740992.0));
        assert_eq!(int_to_f64(&(&two53 + 3)), Ok(9007199254740996.0));
        assert_eq!(int_to_f64(&-(BigInt::from(1) << 1023u32)), Ok(-(2f64.powi(1023))));
        assert_eq!(int_to_f64(&(BigInt::from(1) << 1024u32)), Err(INT_TOO_LARGE_FOR_FLOAT));
        assert_eq!(float_to_int(-2.5), Ok(BigInt::from(-2)));
        assert_eq!(float_to_int(1e20).unwrap().to_string(), "100000000000000000000");
        assert_eq!(round_float_to_int(2.5), Ok(BigInt::from(2)));
        assert_eq!(round_float_to_int(-3.5), Ok(BigInt::from(-4)));
        assert_eq!(round_float_to_int(0.49999999999999994), Ok(BigInt::from(0)));
    }

    #[test]
    fn rounding() {
        // round(x, n) in python3.11
        assert_eq!(round_float(0.125, 2), Ok(0.12));
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert!(same(round_float(-0.4, 0).unwrap(), -0.0));
        assert_eq!(round_float(f64::MAX, -308).unwrap_err().message, "rounded value too large to represent");
        assert_eq!(round_float(123456.789, -2), Ok(123500.0));
        assert_eq!(round_float(5e-324, 323), Ok(0.0));
        assert_eq!(round_float(5e-324, 324), Ok(5e-324));
        assert!(same(round_float(-1.5, -309).unwrap(), -0.0));
        assert_eq!(round_float(1e300, -300), Ok(1e300));
        assert_eq!(round_float(5e-324, 400), Ok(5e-324));
        assert_eq!(round_float(0.5, 0), Ok(0.0));
        assert_eq!(round_float(1.5, 0), Ok(2.0));
        assert_eq!(round_float(2.5, -1), Ok(0.0));
        assert_eq!(round_float(15.0, -1), Ok(20.0));
        assert_eq!(round_float(25.0, -1), Ok(20.0));
        assert_eq!(round_float(0.1 + 0.2, 15), Ok(0.3));
    }
}
