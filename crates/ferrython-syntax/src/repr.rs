//! Python's `repr()` for the constant types: `str`, `bytes`, `int`, `float`,
//! `complex`, `bool`, `None` and `Ellipsis`.
//!
//! The AST printer needs these for `Constant(value=...)`, and the VM will
//! reuse them for the builtin types' `__repr__`. Each follows the CPython 3.11
//! function cited above it; outputs are checked against `python3.11` in the
//! tests below. Every function appends to a caller-supplied `String` so that
//! printing a whole module's AST performs no per-node allocation.

use crate::ast::{Constant, Int};
use crate::pystr::PyStr;
use crate::unicode_tables::is_printable;
use std::fmt::Write;

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, value: u32, digits: u32) {
    for i in (0..digits).rev() {
        out.push(HEX[((value >> (4 * i)) & 0xF) as usize] as char);
    }
}

/// The quote `repr` uses: `'` unless the text holds `'` and no `"`.
fn choose_quote(has_squote: bool, has_dquote: bool) -> char {
    if has_squote && !has_dquote {
        '"'
    } else {
        '\''
    }
}

/// Appends `repr(s)` for a `str`.
// CPython: Objects/unicodeobject.c, unicode_repr.
pub fn repr_str(s: &PyStr, out: &mut String) {
    match s.as_str() {
        Some(text) => repr_code_points(text.chars().map(u32::from), text.contains('\''), text.contains('"'), out),
        None => {
            let squote = s.code_points().any(|c| c == u32::from('\''));
            let dquote = s.code_points().any(|c| c == u32::from('"'));
            repr_code_points(s.code_points(), squote, dquote, out)
        }
    }
}

/// Appends `repr(s)` for a `str` without lone surrogates.
pub fn repr_rust_str(s: &str, out: &mut String) {
    repr_code_points(s.chars().map(u32::from), s.contains('\''), s.contains('"'), out)
}

fn repr_code_points(cps: impl Iterator<Item = u32>, squote: bool, dquote: bool, out: &mut String) {
    let quote = choose_quote(squote, dquote);
    out.push(quote);
    for cp in cps {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if cp < 0x20 || cp == 0x7F => {
                out.push_str("\\x");
                push_hex(out, u32::from(c), 2);
            }
            Some(c) if cp < 0x7F || is_printable(cp) => out.push(c),
            // Non-printable, or a lone surrogate (`from_u32` gives `None`).
            _ => {
                if cp <= 0xFF {
                    out.push_str("\\x");
                    push_hex(out, cp, 2);
                } else if cp <= 0xFFFF {
                    out.push_str("\\u");
                    push_hex(out, cp, 4);
                } else {
                    out.push_str("\\U");
                    push_hex(out, cp, 8);
                }
            }
        }
    }
    out.push(quote);
}

/// Appends `repr(b)` for a `bytes`.
// CPython: Objects/bytesobject.c, PyBytes_Repr (smartquotes on).
pub fn repr_bytes(b: &[u8], out: &mut String) {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    out.push('b');
    out.push(quote);
    for &byte in b {
        let c = byte as char;
        match byte {
            _ if c == quote || byte == b'\\' => {
                out.push('\\');
                out.push(c);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(c),
            _ => {
                out.push_str("\\x");
                push_hex(out, u32::from(byte), 2);
            }
        }
    }
    out.push(quote);
}

/// Appends `repr(i)` for an `int` (plain decimal digits).
pub fn repr_int(i: &Int, out: &mut String) {
    // Writing to a String cannot fail.
    let _ = match i {
        Int::Small(n) => write!(out, "{n}"),
        Int::Big(n) => write!(out, "{n}"),
    };
}

/// Appends `repr(x)` for a `float`: the shortest digit string that reads back
/// as `x`, in positional notation when the decimal exponent is in `-4..16`,
/// with a `.0` added to integral values; in exponent notation otherwise.
// CPython: Python/pystrtod.c, PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0).
pub fn repr_float(x: f64, out: &mut String) {
    format_float_r(x, true, false, out)
}

/// CPython's `format_float_short` in mode `'r'` (repr). `add_dot_0` appends
/// `.0` to integral positional values; `sign` forces a `+` on non-negatives.
fn format_float_r(x: f64, add_dot_0: bool, sign: bool, out: &mut String) {
    if x.is_nan() {
        // CPython drops the sign of a NaN (`repr(-nan)` is `nan`) but the
        // forced sign still applies.
        out.push_str(if sign { "+nan" } else { "nan" });
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    // CPython uses David Gay's dtoa in mode 0: the shortest digit string
    // that reads back as `x`, and of those the closest to `x`, ties broken
    // to even. Rust's `{:e}` finds the shortest length but breaks exact ties
    // differently (1223383794756801.25 gives ...801.3, CPython ...801.2), so
    // it only supplies the digit count; `{:.N$e}` then yields the correctly
    // rounded (half-to-even) digits of that length, which is Gay's answer.
    let shortest = format!("{:e}", x.abs());
    let ndigits = shortest.split('e').next().map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let sci = format!("{:.*e}", ndigits.saturating_sub(1), x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    // CPython's `decpt`: the value is 0.DIGITS × 10**decpt.
    let decpt = exp + 1;
    let ndigits = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", e.unsigned_abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt >= ndigits {
        out.push_str(&digits);
        for _ in 0..decpt - ndigits {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        let (int_part, frac_part) = digits.split_at(decpt as usize);
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac_part);
    }
}

/// Appends `repr(complex(real, imag))`: `IMAGj` when the real part is +0.0,
/// `(REAL±IMAGj)` otherwise; neither part gets a `.0`.
// CPython: Objects/complexobject.c, complex_repr.
pub fn repr_complex(real: f64, imag: f64, out: &mut String) {
    if real == 0.0 && real.is_sign_positive() {
        format_float_r(imag, false, false, out);
        out.push('j');
    } else {
        out.push('(');
        format_float_r(real, false, false, out);
        format_float_r(imag, false, true, out);
        out.push_str("j)");
    }
}

/// Appends the `repr` of an AST constant.
pub fn repr_constant(c: &Constant, out: &mut String) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => repr_int(i, out),
        Constant::Float(x) => repr_float(*x, out),
        Constant::Complex { real, imag } => repr_complex(*real, *imag, out),
        Constant::Str(s) => repr_str(s, out),
        Constant::Bytes(b) => repr_bytes(b, out),
    }
}

/// `repr` of an AST constant as a new `String`.
pub fn constant_repr(c: &Constant) -> String {
    let mut out = String::new();
    repr_constant(c, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64) -> String {
        constant_repr(&Constant::Float(x))
    }

    fn c(real: f64, imag: f64) -> String {
        constant_repr(&Constant::Complex { real, imag })
    }

    fn s(cps: &[u32]) -> String {
        let mut p = PyStr::new();
        for &cp in cps {
            p.push(cp);
        }
        constant_repr(&Constant::Str(p))
    }

    fn b(bytes: &[u8]) -> String {
        constant_repr(&Constant::Bytes(bytes.to_vec()))
    }

    // Expected values are python3.11's outputs.
    #[test]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (0.0001234, "0.0001234"),
            (1.5, "1.5"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1e22, "1e+22"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e100, "1e+100"),
            (12345.678e10, "123456780000000.0"),
            (-2.5e-7, "-2.5e-07"),
            (100.0, "100.0"),
            // An exact tie between two shortest candidates: half to even.
            (1223383794756801.0 + 0.25, "1223383794756801.2"),
            (928243173467779.0 + 0.25, "928243173467779.2"),
        ];
        for &(x, want) in cases {
            assert_eq!(f(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn complexes() {
        let cases: &[(f64, f64, &str)] = &[
            (0.0, 1.0, "1j"),
            (0.0, 0.0, "0j"),
            (-0.0, -0.0, "(-0-0j)"),
            (1.0, 2.0, "(1+2j)"),
            (0.0, 1e100, "1e+100j"),
            (-0.0, 1.0, "(-0+1j)"),
            (0.0, -0.0, "-0j"),
            (1.0, f64::NAN, "(1+nanj)"),
            (f64::INFINITY, f64::NEG_INFINITY, "(inf-infj)"),
            (0.0, 1.5, "1.5j"),
            (0.0, 1e16, "1e+16j"),
            (0.0, 1e-5, "1e-05j"),
            (0.0, -1.0, "-1j"),
        ];
        for &(re, im, want) in cases {
            assert_eq!(c(re, im), want, "repr(complex({re:?}, {im:?}))");
        }
    }

    #[test]
    fn strings() {
        let cps = |t: &str| t.chars().map(u32::from).collect::<Vec<_>>();
        assert_eq!(s(&cps("a'b")), "\"a'b\"");
        assert_eq!(s(&cps("a\"b")), "'a\"b'");
        assert_eq!(s(&cps("a'\"b")), "'a\\'\"b'");
        assert_eq!(s(&cps("")), "''");
        assert_eq!(s(&cps("é")), "'é'");
        assert_eq!(
            s(&[9, 10, 13, 0, 0x7F, 0x80, 0xA0, 0xAD, 0x2028, 0x1F600, 0xE0001, 0xD800, 0x5C]),
            "'\\t\\n\\r\\x00\\x7f\\x80\\xa0\\xad\\u2028\u{1F600}\\U000e0001\\ud800\\\\'"
        );
    }

    #[test]
    fn bytes() {
        assert_eq!(b(b"a'b"), "b\"a'b\"");
        assert_eq!(b(b"a\"b"), "b'a\"b'");
        assert_eq!(b(b"a'\"b"), "b'a\\'\"b'");
        assert_eq!(b(b"\t\n\r\x00\x7f\x80\xff\\"), "b'\\t\\n\\r\\x00\\x7f\\x80\\xff\\\\'");
    }

    #[test]
    fn ints_and_singletons() {
        let big: num_bigint::BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(constant_repr(&Constant::Int(Int::Big(Box::new(big)))), "-123456789012345678901234567890");
        assert_eq!(constant_repr(&Constant::Int(Int::Small(-7))), "-7");
        assert_eq!(constant_repr(&Constant::None), "None");
        assert_eq!(constant_repr(&Constant::Bool(true)), "True");
        assert_eq!(constant_repr(&Constant::Ellipsis), "Ellipsis");
    }

    #[test]
    fn printable_table_spot_checks() {
        // python3.11: [c.isprintable() for c in ' ~\x7f\xa0\xa1\u0378\U0001f600\U000e0100\ud800']
        let want = [true, true, false, false, true, false, true, true, false];
        let cps = [0x20, 0x7E, 0x7F, 0xA0, 0xA1, 0x378, 0x1F600, 0xE0100, 0xD800];
        for (cp, w) in cps.iter().zip(want) {
            assert_eq!(is_printable(*cp), w, "{cp:#x}");
        }
    }
}
