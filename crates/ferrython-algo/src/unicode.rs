//! The two Unicode properties that numeric parsing needs: decimal digit
//! values (`int('١٢') == 12`) and whitespace (`float('\u3000 1.5')`).
//!
//! Data: Unicode 14.0, CPython 3.11's `unicodedata.unidata_version`,
//! produced by `python3.11 -c "import unicodedata, sys; print([hex(c) for c
//! in range(sys.maxunicode + 1) if unicodedata.decimal(chr(c), -1) == 0])"`.

/// First code point (the digit zero) of each run of ten decimal digits
/// (general category Nd); every Nd code point belongs to one such run.
static DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a code point (`unicodedata.decimal`), if any.
// CPython: Objects/unicodectype.c, _PyUnicode_ToDecimalDigit.
pub fn decimal_value(cp: u32) -> Option<u32> {
    if cp < 0x80 {
        return (cp as u8 as char).to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = DECIMAL_ZEROS[i.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// `str.isspace()` for one code point (`Py_UNICODE_ISSPACE`): the ASCII
/// whitespace plus the separators 0x1C-0x1F, and the Unicode spaces.
pub fn is_space(cp: u32) -> bool {
    matches!(
        cp,
        0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// C's `isspace` in the C locale (`Py_ISSPACE`): space, \t \n \v \f \r.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step
/// of `int(str)` and `float(str)`: ASCII passes through, non-ASCII
/// whitespace becomes a space, non-ASCII decimal digits their ASCII digit,
/// and anything else `'?'` (which no number syntax accepts).
pub fn transform_decimal_and_space(cps: impl Iterator<Item = u32>) -> Vec<u8> {
    cps.map(|cp| {
        if cp < 0x80 {
            cp as u8
        } else if is_space(cp) {
            b' '
        } else if let Some(d) = decimal_value(cp) {
            b'0' + d as u8
        } else {
            b'?'
        }
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_spaces() {
        assert_eq!(decimal_value('7' as u32), Some(7));
        assert_eq!(decimal_value('a' as u32), None);
        assert_eq!(decimal_value(0x663), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value(0x1fbf9), Some(9));
        assert_eq!(decimal_value(0x1fbfa), None);
        assert_eq!(decimal_value(0xff10), Some(0));
        assert_eq!(decimal_value(0xb2), None); // SUPERSCRIPT TWO is a digit, not decimal
        assert!(is_space(0x3000) && is_space(0x1c) && is_space(0x85));
        assert!(!is_space(0x200b) && !is_space(b'a' as u32));
        assert_eq!(transform_decimal_and_space("\u{3000}١٢x\u{e9}".chars().map(u32::from)), b" 12x?");
    }
}
