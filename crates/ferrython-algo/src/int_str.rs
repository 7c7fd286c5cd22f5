//! `int` ↔ `str`: `str(n)`, `int(text, base)`, and the limit on decimal
//! conversions that CPython 3.11 introduced against quadratic-time attacks
//! (`sys.set_int_max_str_digits`, default 4300 digits).
//!
//! CPython: Objects/longobject.c (PyLong_FromString,
//! long_to_decimal_string_internal), Objects/unicodeobject.c
//! (_PyUnicode_TransformDecimalAndSpaceToASCII).

use crate::unicode::{is_ascii_space, transform_decimal_and_space};
use ferrython_syntax::pystr::PyStr;
use ferrython_syntax::repr::{repr_bytes, repr_str};
use num_bigint::BigInt;
use num_traits::{Num, Zero};

/// `sys.int_info.default_max_str_digits`.
pub const INT_MAX_STR_DIGITS: usize = 4300;
/// `sys.int_info.str_digits_check_threshold`: the smallest limit that
/// `sys.set_int_max_str_digits` accepts, and the size below which no check
/// is made.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// An error of an int/str conversion: the Python exception type's name and
/// CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntStrError {
    pub exc_type: &'static str,
    pub message: String,
}

impl IntStrError {
    fn value_error(message: String) -> Self {
        IntStrError { exc_type: "ValueError", message }
    }
}

/// The ValueError of a decimal conversion to `str` over the limit.
pub fn to_str_limit_error(limit: usize) -> IntStrError {
    IntStrError::value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The ValueError of a conversion from a string of `digits` digits.
pub fn to_int_limit_error(limit: usize, digits: usize) -> IntStrError {
    IntStrError::value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `n` in `base` (2..=36): lowercase digits, a `-` for negatives, no prefix.
/// No digit limit applies (CPython limits only non-power-of-two bases, and
/// only base 10 is reachable from Python for output).
pub fn int_to_str_radix(n: &BigInt, base: u32) -> String {
    n.to_str_radix(base)
}

/// `str(n)`, or the ValueError when it would have more than `max_str_digits`
/// digits (the sign not counted); a limit of 0 means unlimited.
pub fn int_to_decimal_str(n: &BigInt, max_str_digits: usize) -> Result<String, IntStrError> {
    // Machine-sized values (at most 19 digits, far below any digit limit)
    // skip the general big-number conversion.
    if let Some(v) = num_traits::ToPrimitive::to_i64(n) {
        return Ok(v.to_string());
    }
    if max_str_digits > 0 {
        // A cheap lower bound on the digit count, so that huge values are
        // refused before the quadratic conversion: log10(2) > 0.30102.
        let bits = n.bits();
        let min_digits = bits.saturating_sub(1) * 30_102 / 100_000 + 1;
        if min_digits > max_str_digits as u64 {
            return Err(to_str_limit_error(max_str_digits));
        }
    }
    let s = n.to_string();
    let ndigits = s.len() - usize::from(n.sign() == num_bigint::Sign::Minus);
    if max_str_digits > 0 && ndigits > max_str_digits {
        return Err(to_str_limit_error(max_str_digits));
    }
    Ok(s)
}

/// Why the ASCII parser refused its input.
enum ParseFailure {
    Invalid,
    TooManyDigits(usize),
}

/// The error message for an invalid base given to `int()`.
pub const BAD_BASE_MESSAGE: &str = "int() base must be >= 2 and <= 36, or 0";

/// `int(text, base)` for a `str` given as code points.
pub fn parse_int_code_points<I>(cps: I, base: u32, max_str_digits: usize) -> Result<BigInt, IntStrError>
where
    I: Iterator<Item = u32> + Clone,
{
    if base == 1 || base > 36 {
        return Err(IntStrError::value_error(BAD_BASE_MESSAGE.to_string()));
    }
    let ascii = transform_decimal_and_space(cps.clone());
    parse_int_ascii(&ascii, base, max_str_digits).map_err(|failure| match failure {
        ParseFailure::TooManyDigits(n) => to_int_limit_error(max_str_digits, n),
        ParseFailure::Invalid => {
            let mut text = PyStr::new();
            for cp in cps {
                text.push(cp);
            }
            let mut repr = String::new();
            repr_str(&text, &mut repr);
            invalid_literal(base, &repr)
        }
    })
}

/// `int(text, base)` for a Rust string.
/// `int(text)` for the common text: optional ASCII blanks, an optional
/// sign, and 1 to 18 ASCII decimal digits (so the value fits an `i64`),
/// nothing else. `None` for anything else (underscores, other bases,
/// Unicode digits or spaces, errors), which `parse_int` handles.
pub fn parse_small_decimal(text: &str) -> Option<i64> {
    let t = text.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8)).as_bytes();
    let (negative, digits) = match t.first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(b - b'0');
    }
    Some(if negative { -v } else { v })
}

pub fn parse_int(text: &str, base: u32, max_str_digits: usize) -> Result<BigInt, IntStrError> {
    parse_int_code_points(text.chars().map(u32::from), base, max_str_digits)
}

/// `int(data, base)` for `bytes`/`bytearray`: ASCII only, no Unicode digits
/// or spaces; the message shows the bytes' repr.
pub fn parse_int_bytes(data: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, IntStrError> {
    if base == 1 || base > 36 {
        return Err(IntStrError::value_error(BAD_BASE_MESSAGE.to_string()));
    }
    parse_int_ascii(data, base, max_str_digits).map_err(|failure| match failure {
        ParseFailure::TooManyDigits(n) => to_int_limit_error(max_str_digits, n),
        ParseFailure::Invalid => {
            let mut repr = String::new();
            repr_bytes(data, &mut repr);
            invalid_literal(base, &repr)
        }
    })
}

/// "invalid literal for int() with base 10: 'abc'"; CPython prints the
/// repr with `%.200R`, keeping its first 200 characters.
fn invalid_literal(base: u32, repr: &str) -> IntStrError {
    let shown: String = repr.chars().take(200).collect();
    IntStrError::value_error(format!("invalid literal for int() with base {base}: {shown}"))
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `PyLong_FromString` over an ASCII buffer that must be consumed whole.
// CPython: Objects/longobject.c, PyLong_FromString.
fn parse_int_ascii(s: &[u8], mut base: u32, max_str_digits: usize) -> Result<BigInt, ParseFailure> {
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1
        }
        _ => {}
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    // Base 0 follows the literal's prefix; "010" is an old-style octal
    // literal, invalid unless its value is zero.
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        // One underscore may follow the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseFailure::Invalid);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(ParseFailure::Invalid);
            }
        } else {
            digits.push(s[i]);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(ParseFailure::Invalid);
    }
    // The digit limit is checked before what follows the digits.
    if !base.is_power_of_two()
        && max_str_digits > 0
        && digits.len() > INT_MAX_STR_DIGITS_THRESHOLD
        && digits.len() > max_str_digits
    {
        return Err(ParseFailure::TooManyDigits(digits.len()));
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseFailure::Invalid);
    }
    // Every byte of `digits` is a valid digit of `base`.
    let Ok(mut value) = BigInt::from_str_radix(std::str::from_utf8(&digits).unwrap_or("!"), base) else {
        return Err(ParseFailure::Invalid);
    };
    if error_if_nonzero && !value.is_zero() {
        return Err(ParseFailure::Invalid);
    }
    if negative {
        value = -value;
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = INT_MAX_STR_DIGITS;

    fn ok(text: &str, base: u32) -> String {
        parse_int(text, base, LIMIT).unwrap().to_string()
    }

    fn err(text: &str, base: u32) -> String {
        parse_int(text, base, LIMIT).unwrap_err().message
    }

    #[test]
    fn parse_valid() {
        assert_eq!(ok("0_0", 0), "0"); // int("0_0",0)
        assert_eq!(ok("00", 0), "0");
        assert_eq!(ok("0x_1f", 0), "31");
        assert_eq!(ok("0x_1f", 16), "31");
        assert_eq!(ok("0b1", 16), "177");
        assert_eq!(ok(" -1_0 ", 10), "-10");
        assert_eq!(ok("z", 36), "35");
        assert_eq!(ok("Z", 36), "35");
        assert_eq!(ok("abc", 16), "2748");
        assert_eq!(ok("\u{663}", 10), "3"); // int("٣")
        assert_eq!(ok("\u{661}\u{662}", 10), "12");
        assert_eq!(ok("1\u{85}", 10), "1");
        assert_eq!(ok(" 0x1F ", 0), "31");
        assert_eq!(ok("\u{660}x1", 0), "1");
        assert_eq!(ok("0b_1", 2), "1");
        assert_eq!(ok("10", 0), "10");
        assert_eq!(ok("+0o17", 0), "15");
        assert_eq!(parse_int_bytes(b" 12 ", 10, LIMIT).unwrap(), BigInt::from(12));
    }

    #[test]
    fn parse_invalid() {
        assert_eq!(err("0_10", 0), "invalid literal for int() with base 0: '0_10'");
        assert_eq!(err("010", 0), "invalid literal for int() with base 0: '010'");
        assert_eq!(err("abc", 0), "invalid literal for int() with base 0: 'abc'");
        assert_eq!(err("0x", 0), "invalid literal for int() with base 0: '0x'");
        assert_eq!(err("1_", 10), "invalid literal for int() with base 10: '1_'");
        assert_eq!(err("+ 1", 10), "invalid literal for int() with base 10: '+ 1'");
        assert_eq!(err("", 10), "invalid literal for int() with base 10: ''");
        assert_eq!(err("abc", 10), "invalid literal for int() with base 10: 'abc'");
        assert_eq!(err("0x", 16), "invalid literal for int() with base 16: '0x'");
        assert_eq!(err("\x1c1", 10), "invalid literal for int() with base 10: '\\x1c1'");
        assert_eq!(err("0b", 2), "invalid literal for int() with base 2: '0b'");
        assert_eq!(err("0b__1", 2), "invalid literal for int() with base 2: '0b__1'");
        assert_eq!(err("_1", 10), "invalid literal for int() with base 10: '_1'");
        assert_eq!(err("1__1", 10), "invalid literal for int() with base 10: '1__1'");
        assert_eq!(err("0_7", 0), "invalid literal for int() with base 0: '0_7'");
        assert_eq!(err("1\0", 10), "invalid literal for int() with base 10: '1\\x00'");
        for base in [1, 37] {
            assert_eq!(err("1", base), "int() base must be >= 2 and <= 36, or 0");
        }
        // int('x'*300): the repr is cut to 200 characters.
        assert_eq!(err(&"x".repeat(300), 10), format!("invalid literal for int() with base 10: '{}", "x".repeat(199)));
        assert_eq!(
            parse_int_bytes(b"1x", 10, LIMIT).unwrap_err().message,
            "invalid literal for int() with base 10: b'1x'"
        );
    }

    #[test]
    fn digit_limits() {
        let too_many = "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
                        use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(err(&"1".repeat(5000), 10), too_many); // int('1'*5000)
        assert_eq!(err(&format!("{}x", "1".repeat(5000)), 10), too_many);
        assert_eq!(err(&"1".repeat(5000), 3), too_many);
        assert!(parse_int(&"1".repeat(5000), 16, LIMIT).is_ok());
        assert!(parse_int(&"1".repeat(5000), 10, 0).is_ok());
        assert!(parse_int(&format!("-{}", "1".repeat(4300)), 10, LIMIT).is_ok());
        // int('1_'*4301+'1'): underscores are not digits.
        assert!(err(&format!("{}1", "1_".repeat(4301)), 10).contains("value has 4302 digits"));
        let to_str = "Exceeds the limit (4300 digits) for integer string conversion; \
                      use sys.set_int_max_str_digits() to increase the limit";
        let big = num_traits::pow(BigInt::from(10), 5000);
        assert_eq!(int_to_decimal_str(&big, LIMIT).unwrap_err().message, to_str); // str(10**5000)
        let edge = -num_traits::pow(BigInt::from(10), 4299); // len(str(-10**4299)) == 4301
        assert_eq!(int_to_decimal_str(&edge, LIMIT).unwrap().len(), 4301);
        let over = num_traits::pow(BigInt::from(10), 4300);
        assert!(int_to_decimal_str(&over, LIMIT).is_err());
        assert!(int_to_decimal_str(&over, 0).is_ok());
    }

    #[test]
    fn radix_output() {
        assert_eq!(int_to_str_radix(&BigInt::from(-255), 16), "-ff");
        assert_eq!(int_to_str_radix(&BigInt::from(5), 2), "101");
        assert_eq!(int_to_str_radix(&BigInt::from(35), 36), "z");
    }
}
