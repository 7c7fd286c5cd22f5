//! NUMBER tokens to constants (CPython's `parsenumber` in Parser/pegen.c).
//!
//! The tokenizer has already validated the literal's shape, so this only
//! converts: underscores are dropped, `j`/`J` makes an imaginary number,
//! `.`/`e`/`E` outside a hex literal makes a float (Rust's float parsing is
//! correctly rounded, like CPython's `PyOS_string_to_double`), anything else
//! is an integer of any size.

use crate::ast::{Constant, Int};
use num_bigint::BigInt;

pub(super) fn parse_number(text: &str) -> Option<Constant> {
    let owned;
    let s = if text.contains('_') {
        owned = text.replace('_', "");
        owned.as_str()
    } else {
        text
    };
    let b = s.as_bytes();
    let is_hex_like = b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
    if !is_hex_like {
        if let Some(body) = s.strip_suffix(['j', 'J']) {
            return Some(Constant::Complex { real: 0.0, imag: parse_float(body)? });
        }
        if s.contains(['.', 'e', 'E']) {
            return Some(Constant::Float(parse_float(s)?));
        }
    }
    let (digits, radix) = if is_hex_like {
        let r = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            _ => 2,
        };
        (&s[2..], r)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    // Fast path: fits in an i64.
    let mut v: i64 = 0;
    let mut fits = true;
    for c in digits.bytes() {
        let d = (c as char).to_digit(radix)? as i64;
        match v.checked_mul(radix as i64).and_then(|x| x.checked_add(d)) {
            Some(n) => v = n,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Some(Constant::Int(Int::Small(v)));
    }
    let big = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(Constant::Int(Int::Big(Box::new(big))))
}

fn parse_float(s: &str) -> Option<f64> {
    s.parse::<f64>().ok()
}
