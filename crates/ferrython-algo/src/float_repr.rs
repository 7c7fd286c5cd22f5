//! Float ↔ text: `repr(float)`, `PyOS_double_to_string` (behind `%`
//! formatting and `format()`), `float(str)`, `float.hex` and
//! `float.fromhex`.
//!
//! CPython gets its decimal digits from David Gay's `dtoa` in one of three
//! modes: 0 (shortest string that reads back to the same float), 2 (N
//! significant digits) and 3 (N digits after the point), always correctly
//! rounded with ties to even. Rust's formatter is also exact and rounds
//! ties to even, so `{:.Ne}` and `{:.N}` give modes 2 and 3; mode 0 needs
//! care (see [`shortest_digits`]). The digits are then laid out by a port
//! of CPython's `format_float_short`.
//!
//! CPython: Python/pystrtod.c (PyOS_double_to_string, format_float_short,
//! _Py_string_to_number_with_underscores), Objects/floatobject.c
//! (float_repr, float_from_string_inner, float_hex, float_fromhex).

use crate::unicode::{is_ascii_space, transform_decimal_and_space};
use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// Decimal digits of a finite float's magnitude: the value is
/// `0.DIGITS × 10**decpt`. `digits` has no trailing zeros and is `"0"`
/// (with `decpt == 1`) for zero or a value that rounds to zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i32,
}

impl Digits {
    fn zero() -> Digits {
        Digits { digits: b"0".to_vec(), decpt: 1 }
    }

    /// From Rust's `d.ddde±x` scientific output.
    fn from_scientific(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits == b"0" {
            return Digits::zero();
        }
        Digits { digits, decpt: exp + 1 }
    }
}

/// Mode 0: the shortest digit string that reads back as `x` (finite,
/// non-negative); of several, the closest to `x`, and of two equally close,
/// the even one.
///
/// Rust's `{:e}` finds the shortest length but breaks exact ties away from
/// zero (1223383794756801.25 → …801.3, CPython …801.2). So `{:e}` supplies
/// the length N, and `{:.(N-1)e}` the correctly rounded N digits; those
/// read back as `x` except when `x` is a power of two whose lower
/// neighbour is closer (its rounding interval is lopsided), and then the
/// shortest string itself is the answer.
pub fn shortest_digits(x: f64) -> Digits {
    if x == 0.0 {
        return Digits::zero();
    }
    let shortest = format!("{x:e}");
    let n = shortest.split('e').next().map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let nearest = format!("{:.*e}", n - 1, x);
    if nearest.parse::<f64>() == Ok(x) {
        Digits::from_scientific(&nearest)
    } else {
        Digits::from_scientific(&shortest)
    }
}

/// Mode 2: `x` (finite, non-negative) rounded to `n >= 1` significant
/// digits. Beyond 800 digits every finite double's expansion has ended.
pub fn significant_digits(x: f64, n: usize) -> Digits {
    if x == 0.0 {
        return Digits::zero();
    }
    Digits::from_scientific(&format!("{:.*e}", n.clamp(1, 800) - 1, x))
}

/// Mode 3: `x` (finite, non-negative) rounded to `n` digits after the
/// point. Beyond 1100 digits every finite double's expansion has ended.
pub fn fixed_digits(x: f64, n: usize) -> Digits {
    let s = format!("{:.*}", n.min(1100), x);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let Some(first) = all.iter().position(|&b| b != b'0') else { return Digits::zero() };
    let last = all.iter().rposition(|&b| b != b'0').unwrap_or(first);
    Digits { digits: all[first..=last].to_vec(), decpt: int_part.len() as i32 - first as i32 }
}

/// The flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: a `+` before non-negative values.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `.0` after integral values in fixed notation.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, `-0` shown as `0`.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r` ignores `precision`). Upper-case codes write `E`,
/// `INF` and `NAN`.
// CPython: Python/pystrtod.c, PyOS_double_to_string and format_float_short.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        // A NaN's sign is never shown.
        if x.is_sign_negative() && !x.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let ax = x.abs();
    let mut precision = precision as i64;
    let d = match code {
        'e' => {
            precision += 1;
            significant_digits(ax, precision as usize)
        }
        'f' => fixed_digits(ax, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant_digits(ax, precision as usize)
        }
        _ => shortest_digits(ax),
    };
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && d.digits == b"0" {
        negative = false;
    }
    let digits = &d.digits;
    let ndigits = digits.len() as i64;
    let mut decpt = i64::from(d.decpt);
    // The output is a slice vdigits[start..end] of the digits padded with
    // zeros on both sides, with a point after position `decpt`.
    let mut use_exp = false;
    let mut vend = ndigits;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 { vend.max(decpt + 1) } else { vend.max(decpt) };

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let text = |out: &mut String, b: &[u8]| out.extend(b.iter().map(|&c| c as char));
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= ndigits {
        text(&mut out, &digits[..decpt as usize]);
        out.push('.');
        text(&mut out, &digits[decpt as usize..]);
    } else {
        text(&mut out, digits);
    }
    if ndigits < decpt {
        zeros(&mut out, decpt - ndigits);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - ndigits);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// `repr(x)` (and `str(x)`): shortest round-trip digits, fixed notation
/// for decimal exponents in `-4..16` with a `.0` on integral values,
/// exponent notation otherwise (`1e+16`, `1.5e-05`), `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtsFlags { add_dot_0: true, ..DtsFlags::default() })
}

/// `str(x)`: the same as `repr(x)` since Python 3.2.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `float(text)` for a `str` given as code points; `None` when the text is
/// not a float literal (the caller raises [`float_parse_error_message`]).
///
/// Accepted: surrounding whitespace (any Unicode space), Unicode decimal
/// digits, PEP 515 underscores between digits, `[sign] (digits [. digits]
/// | . digits) [e [sign] digits]`, and `inf`, `infinity`, `nan` in any case
/// with an optional sign.
// CPython: Objects/floatobject.c, PyFloat_FromString.
pub fn float_parse_code_points(cps: impl Iterator<Item = u32>) -> Option<f64> {
    float_parse_ascii(&transform_decimal_and_space(cps))
}

/// `float(text)` for a Rust string; see [`float_parse_code_points`].
pub fn float_parse(text: &str) -> Option<f64> {
    if text.is_ascii() {
        return float_parse_ascii(text.as_bytes());
    }
    float_parse_code_points(text.chars().map(u32::from))
}

/// `float(b)` for `bytes`: ASCII only (no Unicode spaces or digits).
pub fn float_parse_ascii(s: &[u8]) -> Option<f64> {
    let start = s.iter().position(|&b| !is_ascii_space(b))?;
    let end = s.iter().rposition(|&b| !is_ascii_space(b))? + 1;
    let s = &s[start..end];
    let cleaned;
    let s = if s.contains(&b'_') {
        cleaned = remove_underscores(s)?;
        &cleaned[..]
    } else {
        s
    };
    let text = std::str::from_utf8(s).ok()?;
    let (negative, body) = match text.as_bytes()[0] {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let value = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else if is_decimal_literal(body.as_bytes()) {
        // Rust's parser is correctly rounded; the syntax is checked above.
        body.parse::<f64>().ok()?
    } else {
        return None;
    };
    Some(if negative { -value } else { value })
}

/// PEP 515: every underscore must sit between two digits.
// CPython: Python/pystrtod.c, _Py_string_to_number_with_underscores.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// `(digits [. digits] | . digits) [(e|E) [sign] digits]`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < s.len() && s[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - from
    };
    let mut i = 0;
    let mut n = digits(&mut i);
    if i < s.len() && s[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return false;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == s.len()
}

/// The ValueError message of `float(text)`, given `repr(text)`.
pub fn float_parse_error_message(repr: &str) -> String {
    format!("could not convert string to float: {repr}")
}

/// `float.hex(x)`: `[-]0xh.hhhhhhhhhhhhhp±e`, 13 hex digits after the
/// point; subnormals start with `0x0.`; `inf`/`nan` as in `repr`.
// CPython: Objects/floatobject.c, float_hex.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// Errors of [`float_fromhex`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// ValueError "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float".
    Overflow,
}

impl FromHexError {
    pub fn exc_type(self) -> &'static str {
        match self {
            FromHexError::Invalid => "ValueError",
            FromHexError::Overflow => "OverflowError",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::Overflow => "hexadecimal value too large to represent as a float",
        }
    }
}

/// `float.fromhex(text)`: `[sign] [0x] hexdigits [. hexdigits] [p [sign]
/// digits]` or inf/nan, surrounded by ASCII whitespace, rounded half-even.
// CPython: Objects/floatobject.c, float_fromhex.
pub fn float_fromhex(text: &str) -> Result<f64, FromHexError> {
    let s = text.as_bytes();
    let start = s.iter().position(|&b| !is_ascii_space(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|&b| !is_ascii_space(b)).map_or(start, |e| e + 1);
    let s = &s[start..end.max(start)];
    let (negative, mut rest) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let word = std::str::from_utf8(rest).map_err(|_| FromHexError::Invalid)?;
    let apply_sign = |v: f64| if negative { -v } else { v };
    if word.eq_ignore_ascii_case("inf") || word.eq_ignore_ascii_case("infinity") {
        return Ok(apply_sign(f64::INFINITY));
    }
    if word.eq_ignore_ascii_case("nan") {
        return Ok(apply_sign(f64::NAN));
    }
    if rest.len() >= 2 && rest[0] == b'0' && (rest[1] == b'x' || rest[1] == b'X') {
        rest = &rest[2..];
    }
    let int_len = rest.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let mut mantissa_digits: Vec<u8> = rest[..int_len].to_vec();
    rest = &rest[int_len..];
    let mut frac_len = 0;
    if rest.first() == Some(&b'.') {
        rest = &rest[1..];
        frac_len = rest.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        mantissa_digits.extend_from_slice(&rest[..frac_len]);
        rest = &rest[frac_len..];
    }
    if mantissa_digits.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if let Some(&c) = rest.first() {
        if c != b'p' && c != b'P' {
            return Err(FromHexError::Invalid);
        }
        rest = &rest[1..];
        let (exp_negative, digits) = match rest.first() {
            Some(b'-') => (true, &rest[1..]),
            Some(b'+') => (false, &rest[1..]),
            _ => (false, rest),
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return Err(FromHexError::Invalid);
        }
        // Saturating, as strtol does; such exponents over- or underflow anyway.
        let magnitude = digits.iter().fold(0i64, |acc, &d| acc.saturating_mul(10).saturating_add(i64::from(d - b'0')));
        exp = if exp_negative { -magnitude } else { magnitude };
    }
    let mantissa = BigUint::parse_bytes(&mantissa_digits, 16).ok_or(FromHexError::Invalid)?;
    let exp = exp.saturating_sub(4 * frac_len as i64);
    let value = ldexp_biguint(&mantissa, exp).ok_or(FromHexError::Overflow)?;
    Ok(apply_sign(value))
}

/// `m × 2**exp` correctly rounded (half to even) to a double, or `None` on
/// overflow. Also serves int → float conversion and int true division.
pub fn ldexp_biguint(m: &BigUint, exp: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    // The value lies in [2**(top-1), 2**top).
    let top = bits.saturating_add(exp);
    if top > 1024 {
        return None;
    }
    if top < -1074 {
        return Some(0.0);
    }
    // Exponent of the last kept bit: 53 significant bits, fewer for
    // subnormals (whose last bit is 2**-1074).
    let lsb = (top - 53).max(-1074);
    let shift = lsb - exp;
    let kept: u64 = if shift <= 0 {
        // Exact: at most 53 bits, shifted left.
        let v = (m << (-shift) as u64).to_u64()?;
        return Some(scale(v, lsb));
    } else {
        let q = m >> shift as u64;
        let q = q.to_u64()?;
        let half = BigUint::from(1u8) << (shift - 1) as u64;
        let rem = m - (BigUint::from(q) << shift as u64);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let value = scale(kept, lsb);
    value.is_finite().then_some(value)
}

/// `v × 2**e` for `v <= 2**53` and `e` in `-1074..=971`: exact unless it
/// overflows, since both factors are exact doubles and so is the product.
fn scale(v: u64, e: i64) -> f64 {
    let pow2 = if e >= -1022 { f64::from_bits(((e + 1023) as u64) << 52) } else { f64::from_bits(1 << (e + 1074)) };
    v as f64 * pow2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_values() {
        // repr(x) in python3.11
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1223383794756801.0 + 0.25, "1223383794756801.2"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1e22, "1e+22"),
            (1e23, "1e+23"),
            (0.3, "0.3"),
            (2.0f64.powi(-22), "2.384185791015625e-07"),
            (2.0f64.powi(60), "1.152921504606847e+18"),
            (9007199254740993.0, "9007199254740992.0"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn double_to_string_modes() {
        let plain = DtsFlags::default();
        let alt = DtsFlags { alt: true, ..plain };
        // '%.2f' % 0.125, '%.0f' % 0.5, '%.0f' % 2.5 (ties to even)
        assert_eq!(double_to_string(0.125, 'f', 2, plain), "0.12");
        assert_eq!(double_to_string(0.5, 'f', 0, plain), "0");
        assert_eq!(double_to_string(2.5, 'f', 0, plain), "2");
        assert_eq!(double_to_string(2.0, 'f', 0, alt), "2."); // '%#.0f' % 2.0
        assert_eq!(double_to_string(2.0, 'g', 6, alt), "2.00000"); // '%#g' % 2.0
        assert_eq!(double_to_string(1e-5, 'g', 6, plain), "1e-05");
        assert_eq!(double_to_string(123456789.0, 'g', 6, plain), "1.23457e+08");
        assert_eq!(double_to_string(0.0001, 'g', 3, plain), "0.0001");
        assert_eq!(double_to_string(1.0, 'E', 3, plain), "1.000E+00");
        assert_eq!(double_to_string(f64::INFINITY, 'F', 3, plain), "INF");
        assert_eq!(double_to_string(-1e-9, 'f', 2, DtsFlags { no_neg_0: true, ..plain }), "0.00");
        assert_eq!(double_to_string(-1e-9, 'f', 2, plain), "-0.00");
        assert_eq!(double_to_string(1e300, 'f', 0, plain).len(), 301);
        assert_eq!(double_to_string(0.1, 'f', 30, plain), "0.100000000000000005551115123126");
        assert_eq!(double_to_string(1e100, 'e', 3, DtsFlags { sign: true, ..plain }), "+1.000e+100");
        assert_eq!(double_to_string(1234.5, 'g', 4, DtsFlags { add_dot_0: true, ..plain }), "1.234e+03");
        assert_eq!(double_to_string(1.0, 'g', 0, DtsFlags { add_dot_0: true, ..plain }), "1e+00");
    }

    #[test]
    fn parse_syntax() {
        let ok: &[(&str, f64)] = &[
            ("1_0", 10.0),
            ("1e1_0", 1e10),
            (".5", 0.5),
            ("5.", 5.0),
            ("\u{85}1.5\u{3000}", 1.5),
            ("\u{661}\u{662}", 12.0),
            ("-iNfInity", f64::NEG_INFINITY),
            ("  +inf\n", f64::INFINITY),
            ("1E+3", 1000.0),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("1e-400", 0.0),
            ("1e400", f64::INFINITY),
        ];
        for &(text, want) in ok {
            assert_eq!(float_parse(text), Some(want), "{text:?}");
        }
        assert!(float_parse("+nan").unwrap().is_nan());
        assert!(float_parse("-nan").unwrap().is_sign_negative());
        let bad = [
            "\x1c1", "1\x1c", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "in_f", "nan(1)", ".", "1e", "0x10", "", " ",
        ];
        for text in bad {
            assert_eq!(float_parse(text), None, "{text:?}");
        }
        assert_eq!(float_parse_error_message("'abc'"), "could not convert string to float: 'abc'");
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(f64::INFINITY), "inf");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        let ok: &[(&str, f64)] = &[
            ("0x1.8p1", 3.0),
            (" -0X1P-1074 ", -5e-324),
            ("0x1p-1075", 0.0),
            ("0x3p-1076", 5e-324),
            ("1", 1.0),
            (".8", 0.5),
            ("-Infinity", f64::NEG_INFINITY),
            ("0x0p+99999999999999999999999", 0.0),
            ("0x1.0000000000000800001p0", 1.0000000000000002),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            ("ff", 255.0),
            ("0x1.fffffffffffffp1023", f64::MAX),
        ];
        for &(text, want) in ok {
            assert_eq!(float_fromhex(text), Ok(want), "{text:?}");
        }
        for text in ["0x1p1024", "0x1.fffffffffffff8p1023", "0x1p+99999999999999999999999"] {
            assert_eq!(float_fromhex(text), Err(FromHexError::Overflow), "{text:?}");
        }
        for text in ["0x.p1", "0x1p", "0xg", "1_0", "", "0x", "1p1.5"] {
            assert_eq!(float_fromhex(text), Err(FromHexError::Invalid), "{text:?}");
        }
        for x in [0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123.456, f64::MAX] {
            assert_eq!(float_fromhex(&float_hex(x)), Ok(x));
        }
    }
}
