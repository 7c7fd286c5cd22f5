//! The C library's math functions, which CPython's `math` module calls.
//!
//! Rust's own versions of some (`acosh`, `cbrt`, ...) differ from glibc's
//! in the last bit, so these bind glibc directly. `sin`, `exp`, `log`,
//! `pow`, `atan2`, ... need no binding: Rust's `f64` methods already call
//! glibc's (see `nm target/debug/ferrython | grep ' U '`).
//!
//! `cbrt` is special: the `compiler_builtins` crate that every Rust program
//! links defines a local `cbrt` (a port of musl's), which the linker binds
//! in preference to glibc's, and which differs from it in the last bit on
//! about half of all inputs. A reference to the versioned symbol
//! `cbrt@GLIBC_2.2.5` cannot be captured by that unversioned definition.

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
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        #[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
        #[link_name = "cbrt@GLIBC_2.2.5"]
        pub fn cbrt(x: f64) -> f64;
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

#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
wrap!(cbrt);

/// Elsewhere the libm the program links is the one CPython would call.
#[cfg(not(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64")))]
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

/// The next float after `x` towards `y` (exact, so any libm agrees).
pub fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: pure function of two doubles.
    unsafe { c::nextafter(x, y) }
}

/// `x * 2**e`, correctly rounded (exact, so any libm agrees).
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: pure function of a double and an int.
    unsafe { c::ldexp(x, e) }
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; for a zero, an
/// infinity or a NaN, `(x, 0)` (what CPython's `math_frexp_impl` returns).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    // Keep sign and mantissa, set the exponent field to that of 0.5.
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}
