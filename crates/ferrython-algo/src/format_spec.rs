//! The format mini-language of `format()`, `str.format` and f-strings
//! (PEP 3101, with PEP 378 `,`, PEP 515 `_` and PEP 682 `z`):
//!
//! ```text
//! [[fill]align][sign][z][#][0][width][,|_][.precision][type]
//! ```
//!
//! [`parse_spec`] reads a spec with the defaults of the value's type; the
//! `format_*` functions lay a value out. Numbers are built the way
//! CPython's `calc_number_widths`/`fill_number` do: the output is
//!
//! ```text
//! <lpad> <sign> <prefix> <spad> <grouped digits> <decimal point> <remainder> <rpad>
//! ```
//!
//! where at most one padding is non-empty, and `0` padding (`=` alignment
//! with fill `0`) instead widens the digits, so that the zeros are grouped
//! too: `format(1234, '010,')` is `'00,001,234'`. The `n` type uses the C
//! locale (no grouping, `.` as the point), as CPython does until
//! `locale.setlocale` is called.
//!
//! CPython: Python/formatter_unicode.c, Objects/unicodeobject.c
//! (_PyUnicode_InsertThousandsGrouping).

use crate::float_repr::{double_to_string, DtsFlags};
use crate::int_str::int_to_decimal_str;
use crate::unicode::decimal_value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// An error of `format()`: the exception type's name and CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub exc_type: &'static str,
    pub message: String,
}

impl FormatError {
    fn value(message: impl Into<String>) -> Self {
        FormatError { exc_type: "ValueError", message: message.into() }
    }

    fn overflow(message: impl Into<String>) -> Self {
        FormatError { exc_type: "OverflowError", message: message.into() }
    }
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) ...
    Underscore,
    /// ... or every four (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

impl Grouping {
    fn separator(self) -> Option<(usize, char)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((3, ',')),
            Grouping::Underscore => Some((3, '_')),
            Grouping::UnderscoreFour => Some((4, '_')),
        }
    }

    fn char(self) -> char {
        if self == Grouping::Comma {
            ','
        } else {
            '_'
        }
    }
}

/// A parsed format spec (`InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// One of `<`, `>`, `^`, `=` (the type's default when not given).
    pub align: char,
    /// `+`, `-` or ` `, if given.
    pub sign: Option<char>,
    /// `z`: negative zero shown as zero (floats only).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The type letter; `None` only where the type has no default (float,
    /// complex).
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `"... '%c' ..."` for printable ASCII, else `'\x%x'`.
fn code_repr(c: char) -> String {
    let v = u32::from(c);
    if v > 32 && v < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{v:x}'")
    }
}

/// Parses `spec` for a value of Python type `type_name` whose defaults are
/// `default_type` (`'s'` for str, `'d'` for int, `None` for float and
/// complex) and `default_align` (`'<'` for str, `'>'` for numbers).
// CPython: Python/formatter_unicode.c, parse_internal_render_format_spec.
pub fn parse_spec(
    spec: &str,
    default_type: Option<char>,
    default_align: char,
    type_name: &str,
) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    let mut fill_specified = false;
    let mut align_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if at(0).is_some_and(is_align) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        f.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        f.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    f.width = parse_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some('_') {
        if f.grouping != Grouping::None {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(',') && f.grouping == Grouping::Underscore {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        f.precision = parse_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    if chars.len() - pos > 1 {
        return Err(FormatError::value(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    if pos < chars.len() {
        f.ty = Some(chars[pos]);
    }
    if f.grouping != Grouping::None {
        let ty = f.ty.unwrap_or('\0');
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => f.grouping = Grouping::UnderscoreFour,
            _ => {
                return Err(FormatError::value(format!(
                    "Cannot specify '{}' with {}.",
                    f.grouping.char(),
                    code_repr(ty)
                )))
            }
        }
    }
    Ok(f)
}

/// A run of decimal digits (any Unicode Nd digit) as a width or precision.
// CPython: Python/formatter_unicode.c, get_integer.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: i64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(u32::from(c))) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(FormatError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!("Unknown format code {} for object of type '{type_name}'", code_repr(ty)))
}

/// Left and right padding for `n` characters in `width` with `align`.
// CPython: Python/formatter_unicode.c, calc_padding.
fn padding(n: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.map_or(n, |w| w.max(n));
    let left = match align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    (left, total - n - left)
}

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `format(s, spec)` for a `str` (type `s`; precision truncates, width and
/// precision count code points).
// CPython: Python/formatter_unicode.c, format_string_internal.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
        None => return Err(unknown_code('\0', "str")),
    }
    if spec.sign == Some(' ') {
        return Err(FormatError::value("Space not allowed in string format specifier"));
    }
    if spec.sign.is_some() {
        return Err(FormatError::value("Sign not allowed in string format specifier"));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == '=' {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let len = s.chars().count();
    let shown = spec.precision.map_or(len, |p| p.min(len));
    let (left, right) = padding(shown, spec.width, spec.align);
    let mut out = String::with_capacity(s.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.extend(s.chars().take(shown));
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// [`parse_spec`] then [`format_str`].
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &parse_spec(spec, Some('s'), '<', "str")?)
}

/// The pieces of a formatted number before padding and grouping.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// Lays out a number (`calc_number_widths` + `fill_number`).
fn layout_number(out: &mut String, n: &Number, spec: &FormatSpec, grouping: Grouping, upper: bool) {
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let non_digits = usize::from(sign.is_some())
        + n.prefix.chars().count()
        + usize::from(n.has_decimal)
        + n.remainder.chars().count();
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - non_digits as i64 } else { 0 };
    let grouped = if n.digits.is_empty() { String::new() } else { group_digits(n.digits, min_width, grouping) };
    let used = (non_digits + grouped.chars().count()) as i64;
    let pad = (width - used).max(0) as usize;
    let (lpad, spad, rpad) = match spec.align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    push_fill(out, spec.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    let case = |s: &str| if upper { s.to_ascii_uppercase() } else { s.to_string() };
    out.push_str(&case(n.prefix));
    push_fill(out, spec.fill, spad);
    out.push_str(&case(&grouped));
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    push_fill(out, spec.fill, rpad);
}

/// The digits with separators inserted, widened with zeros to at least
/// `min_width` characters (separators included).
// CPython: Objects/unicodeobject.c, _PyUnicode_InsertThousandsGrouping.
fn group_digits(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let digits = digits.as_bytes();
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() * 2);
    let mut end = digits.len();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut use_sep = false;
    let mut emit = |rev: &mut Vec<u8>, len: i64, remaining: i64, sep: Option<char>| {
        let zeros = (len - remaining).max(0);
        let n = remaining.min(len).max(0) as usize;
        if let Some(c) = sep {
            rev.push(c as u8);
        }
        rev.extend(digits[end - n..end].iter().rev());
        end -= n;
        rev.extend(std::iter::repeat_n(b'0', zeros as usize));
        n as i64
    };
    let sep = grouping.separator();
    let mut done = false;
    if let Some((size, c)) = sep {
        loop {
            let len = (size as i64).min(remaining.max(min_width).max(1));
            let used = emit(&mut rev, len, remaining, use_sep.then_some(c));
            use_sep = true;
            remaining -= used;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        emit(&mut rev, len, remaining, if use_sep { sep.map(|s| s.1) } else { None });
    }
    rev.reverse();
    // Only ASCII digits, zeros and separators were written.
    String::from_utf8(rev).unwrap_or_default()
}

/// Splits a `PyOS_double_to_string` result into sign, digits, point and
/// remainder (`parse_number`).
fn split_number(s: &str) -> Number<'_> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let ndigits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(ndigits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Number { negative, prefix: "", digits, has_decimal, remainder }
}

/// `format(n, spec)` for an `int` (types `b c d o x X n`, and `e E f F g G
/// %` through float). `max_str_digits` is the limit of decimal output
/// (`sys.get_int_max_str_digits()`, 0 for none).
// CPython: Python/formatter_unicode.c, _PyLong_FormatAdvancedWriter and
// format_long_internal.
pub fn format_int(n: &BigInt, spec: &FormatSpec, max_str_digits: usize) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = crate::float_ops::int_to_f64(n).map_err(|e| FormatError::overflow(e.message))?;
            return format_float(x, spec);
        }
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let mut out = String::new();
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let v = n.to_i64().ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let c = u32::try_from(v)
            .ok()
            .filter(|&v| v <= 0x10FFFF)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates have no `char`; the VM formats those itself.
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        let text = ch.to_string();
        let num = Number { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
        layout_number(&mut out, &num, spec, Grouping::None, false);
        return Ok(out);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        int_to_decimal_str(&n.magnitude().clone().into(), max_str_digits)
            .map_err(|e| FormatError { exc_type: e.exc_type, message: e.message })?
    } else {
        n.magnitude().to_str_radix(base)
    };
    let num = Number {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let grouping = if ty == 'n' { Grouping::None } else { spec.grouping };
    layout_number(&mut out, &num, spec, grouping, ty == 'X');
    Ok(out)
}

/// [`parse_spec`] then [`format_int`]; an empty spec gives `str(n)`.
pub fn format_int_spec(n: &BigInt, spec: &str, max_str_digits: usize) -> Result<String, FormatError> {
    format_int(n, &parse_spec(spec, Some('d'), '>', "int")?, max_str_digits)
}

/// [`format_int_spec`] for an int that fits an `i64`: the common digit
/// types (`d b o x X`, no precision) lay out its digits without a `BigInt`;
/// everything else, errors included, goes through [`format_int`].
pub fn format_small_int_spec(n: i64, spec: &str, max_str_digits: usize) -> Result<String, FormatError> {
    let parsed = parse_spec(spec, Some('d'), '>', "int")?;
    let ty = parsed.ty.unwrap_or('d');
    if !matches!(ty, 'd' | 'b' | 'o' | 'x' | 'X') || parsed.precision.is_some() || parsed.no_neg_0 {
        return format_int(&BigInt::from(n), &parsed, max_str_digits);
    }
    let m = n.unsigned_abs();
    let (digits, prefix) = match ty {
        'b' => (format!("{m:b}"), "0b"),
        'o' => (format!("{m:o}"), "0o"),
        'x' | 'X' => (format!("{m:x}"), "0x"),
        _ => (m.to_string(), ""),
    };
    let num = Number {
        negative: n < 0,
        prefix: if parsed.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let mut out = String::new();
    layout_number(&mut out, &num, &parsed, parsed.grouping, ty == 'X');
    Ok(out)
}

const PRECISION_TOO_BIG: &str = "precision too big";

/// The `PyOS_double_to_string` call that a float spec asks for.
fn float_conversion(spec: &FormatSpec, complex: bool) -> (char, usize, DtsFlags) {
    let mut flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..DtsFlags::default() };
    let (mut code, default_precision) = match spec.ty {
        None => {
            // Like repr() without a precision, else like 'g' but (for
            // floats) keeping a digit after the point.
            flags.add_dot_0 = !complex;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => ('f', 6),
        Some(c) => (c, 6),
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    (code, precision, flags)
}

/// `format(x, spec)` for a `float` (types `e E f F g G n %` and none).
// CPython: Python/formatter_unicode.c, format_float_internal.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if let Some(ty) = spec.ty {
        if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(ty, "float"));
        }
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value(PRECISION_TOO_BIG));
    }
    let (code, precision, flags) = float_conversion(spec, false);
    let percent = spec.ty == Some('%');
    let mut text = double_to_string(if percent { x * 100.0 } else { x }, code, precision, flags);
    if percent {
        text.push('%');
    }
    let mut out = String::new();
    let grouping = if spec.ty == Some('n') { Grouping::None } else { spec.grouping };
    layout_number(&mut out, &split_number(&text), spec, grouping, false);
    Ok(out)
}

/// [`parse_spec`] then [`format_float`].
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, FormatError> {
    format_float(x, &parse_spec(spec, None, '>', "float")?)
}

/// `format(complex(re, im), spec)` (types `e E f F g G n` and none; no
/// `0` padding or `=` alignment). Without a type it follows `str()`:
/// parentheses unless the real part is +0.0, which is then left out.
// CPython: Python/formatter_unicode.c, format_complex_internal.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if let Some(ty) = spec.ty {
        if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(ty, "complex"));
        }
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value(PRECISION_TOO_BIG));
    }
    if spec.fill == '0' {
        return Err(FormatError::value("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == '=' {
        return Err(FormatError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (code, precision, flags) = float_conversion(spec, true);
    let mut skip_re = false;
    let mut parens = false;
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let re_text = double_to_string(re, code, precision, flags);
    let im_text = double_to_string(im, code, precision, flags);
    let grouping = if spec.ty == Some('n') { Grouping::None } else { spec.grouping };
    // Each part is laid out unpadded; the padding applies to the whole.
    let mut part_spec = FormatSpec { fill: '\0', align: '<', width: None, ..spec.clone() };
    let mut body = String::new();
    if !skip_re {
        layout_number(&mut body, &split_number(&re_text), &part_spec, grouping, false);
        part_spec.sign = Some('+');
    }
    layout_number(&mut body, &split_number(&im_text), &part_spec, grouping, false);
    body.push('j');
    let n = body.chars().count() + if parens { 2 } else { 0 };
    let (left, right) = padding(n, spec.width, spec.align);
    let mut out = String::new();
    push_fill(&mut out, spec.fill, left);
    if parens {
        out.push('(');
    }
    out.push_str(&body);
    if parens {
        out.push(')');
    }
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// [`parse_spec`] then [`format_complex`].
pub fn format_complex_spec(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    format_complex(re, im, &parse_spec(spec, None, '>', "complex")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: i64, spec: &str) -> Result<String, String> {
        format_int_spec(&BigInt::from(n), spec, 4300).map_err(|e| format!("{}: {}", e.exc_type, e.message))
    }

    fn float(x: f64, spec: &str) -> Result<String, String> {
        format_float_spec(x, spec).map_err(|e| format!("{}: {}", e.exc_type, e.message))
    }

    fn string(s: &str, spec: &str) -> Result<String, String> {
        format_str_spec(s, spec).map_err(|e| format!("{}: {}", e.exc_type, e.message))
    }

    fn complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
        format_complex_spec(re, im, spec).map_err(|e| format!("{}: {}", e.exc_type, e.message))
    }

    fn ok(s: &str) -> Result<String, String> {
        Ok(s.to_string())
    }

    fn err(s: &str) -> Result<String, String> {
        Err(s.to_string())
    }

    #[test]
    fn spec_errors() {
        // format(...) in python3.11
        assert_eq!(float(1.5, "abc"), err("ValueError: Invalid format specifier 'abc' for object of type 'float'"));
        assert_eq!(int(1, "xx"), err("ValueError: Invalid format specifier 'xx' for object of type 'int'"));
        assert_eq!(string("a", "xx"), err("ValueError: Invalid format specifier 'xx' for object of type 'str'"));
        assert_eq!(float(1.5, "."), err("ValueError: Format specifier missing precision"));
        assert_eq!(string("a", ",s"), err("ValueError: Cannot specify ',' with 's'."));
        assert_eq!(string("a", ","), err("ValueError: Cannot specify ',' with 's'."));
        assert_eq!(float(1.5, "x"), err("ValueError: Unknown format code 'x' for object of type 'float'"));
        assert_eq!(string("a", "+"), err("ValueError: Sign not allowed in string format specifier"));
        assert_eq!(string("a", "#"), err("ValueError: Alternate form (#) not allowed in string format specifier"));
        assert_eq!(string("a", "=5"), err("ValueError: '=' alignment not allowed in string format specifier"));
        assert_eq!(
            string("a", "z"),
            err("ValueError: Negative zero coercion (z) not allowed in string format specifier")
        );
        assert_eq!(int(1, "z"), err("ValueError: Negative zero coercion (z) not allowed in integer format specifier"));
        assert_eq!(int(1, ".2"), err("ValueError: Precision not allowed in integer format specifier"));
        assert_eq!(int(65, "+c"), err("ValueError: Sign not allowed with integer format specifier 'c'"));
        assert_eq!(int(65, "#c"), err("ValueError: Alternate form (#) not allowed with integer format specifier 'c'"));
        assert_eq!(int(-1, "c"), err("OverflowError: %c arg not in range(0x110000)"));
        assert_eq!(
            format_int_spec(&(BigInt::from(1) << 80u32), "c", 0).unwrap_err().message,
            "Python int too large to convert to C long"
        );
        assert_eq!(int(1, ",_"), err("ValueError: Cannot specify both ',' and '_'."));
        assert_eq!(int(1, "_,"), err("ValueError: Cannot specify both ',' and '_'."));
        assert_eq!(int(1, ",n"), err("ValueError: Cannot specify ',' with 'n'."));
        assert_eq!(int(1, "_n"), err("ValueError: Cannot specify '_' with 'n'."));
        assert_eq!(int(1, ",b"), err("ValueError: Cannot specify ',' with 'b'."));
        assert_eq!(int(1, "_c"), err("ValueError: Cannot specify '_' with 'c'."));
        assert_eq!(int(1, "99999999999999999999"), err("ValueError: Too many decimal digits in format string"));
        assert_eq!(float(1.5, ".99999999999999999999"), err("ValueError: Too many decimal digits in format string"));
        assert_eq!(float(1.5, ".2147483648"), err("ValueError: precision too big"));
        assert_eq!(complex(0.0, 1.0, "05"), err("ValueError: Zero padding is not allowed in complex format specifier"));
        assert_eq!(
            complex(0.0, 1.0, "=5"),
            err("ValueError: '=' alignment flag is not allowed in complex format specifier")
        );
        assert_eq!(complex(0.0, 1.0, "%"), err("ValueError: Unknown format code '%' for object of type 'complex'"));
        assert_eq!(int(1, "\u{100}"), err("ValueError: Unknown format code '\\x100' for object of type 'int'"));
        assert_eq!(int(1, "\x01"), err("ValueError: Unknown format code '\\x1' for object of type 'int'"));
        assert_eq!(
            format_int_spec(&(BigInt::from(1) << 1030u32), "e", 0).unwrap_err(),
            FormatError::overflow("int too large to convert to float")
        );
        let limit = format_int_spec(&num_traits::pow(BigInt::from(10), 5000), "d", 4300).unwrap_err();
        assert!(limit.message.starts_with("Exceeds the limit (4300 digits) for integer string conversion;"));
    }

    #[test]
    fn ints() {
        assert_eq!(int(1, "\u{663}"), ok("  1")); // format(1, '٣')
        assert_eq!(int(1, "<05"), ok("10000"));
        assert_eq!(int(1234, "0=10,"), ok("00,001,234"));
        assert_eq!(int(1234, "010,"), ok("00,001,234"));
        assert_eq!(int(1, "_b"), ok("1"));
        assert_eq!(int(-1234, "_x"), ok("-4d2"));
        assert_eq!(int(255, "#_b"), ok("0b1111_1111"));
        assert_eq!(int(-255, "#012_x"), ok("-0x0000_00ff"));
        assert_eq!(int(255, "#X"), ok("0XFF"));
        assert_eq!(int(123456789, "n"), ok("123456789"));
        assert_eq!(int(-1234567, ",d"), ok("-1,234,567"));
        assert_eq!(int(65, "^5c"), ok("  A  "));
        assert_eq!(int(1, "%"), ok("100.000000%"));
        assert_eq!(int(1, "e"), ok("1.000000e+00"));
        assert_eq!(int(42, "+"), ok("+42"));
        assert_eq!(int(42, " "), ok(" 42"));
        assert_eq!(int(-42, "*^9"), ok("***-42***"));
        assert_eq!(int(-42, "*=9"), ok("-******42"));
        assert_eq!(int(0, "#o"), ok("0o0"));
        assert_eq!(int(5, "08b"), ok("00000101"));
    }

    #[test]
    fn floats() {
        assert_eq!(float(f64::INFINITY, "010"), ok("0000000inf"));
        assert_eq!(float(f64::NAN, "=+10"), ok("+      nan"));
        assert_eq!(float(1.5, "#"), ok("1.5"));
        assert_eq!(float(-0.0, "z"), ok("0.0"));
        assert_eq!(float(-0.0, "z.1f"), ok("0.0"));
        assert_eq!(float(-1e-9, "z.2f"), ok("0.00"));
        assert_eq!(float(1.5, ","), ok("1.5"));
        assert_eq!(float(12345.678, ","), ok("12,345.678"));
        assert_eq!(float(1e20, ","), ok("1e+20"));
        assert_eq!(float(1e20, ",f"), ok("100,000,000,000,000,000,000.000000"));
        assert_eq!(float(1.5, "n"), ok("1.5"));
        assert_eq!(float(1.0, ".0"), ok("1e+00"));
        assert_eq!(float(1234.5, ".4"), ok("1.234e+03"));
        assert_eq!(float(1e16, ""), ok("1e+16"));
        assert_eq!(float(1e16, ".17"), ok("1e+16"));
        assert_eq!(float(0.0001, ".3"), ok("0.0001"));
        assert_eq!(float(123.0, ".3"), ok("1.23e+02"));
        assert_eq!(float(100.0, ".3"), ok("1e+02"));
        assert_eq!(float(1.5, ".0%"), ok("150%"));
        assert_eq!(float(3.0, ""), ok("3.0"));
        assert_eq!(float(3.0, "g"), ok("3"));
        assert_eq!(float(-3.25, "012.3f"), ok("-0000003.250"));
        assert_eq!(float(1234567.0, "_.2f"), ok("1_234_567.00"));
    }

    #[test]
    fn strings_and_complex() {
        assert_eq!(string("abc", ".1"), ok("a"));
        assert_eq!(string("abc", "^7.2"), ok("  ab   "));
        assert_eq!(string("abc", "x<7"), ok("abcxxxx"));
        assert_eq!(string("ab", "05"), ok("ab000"));
        assert_eq!(string("\u{e9}t\u{e9}", ">5"), ok("  \u{e9}t\u{e9}"));
        assert_eq!(complex(-0.0, -0.0, "z"), ok("(0+0j)"));
        assert_eq!(complex(0.0, 1.0, "#"), ok("1.j"));
        assert_eq!(complex(-0.0, -0.0, "z"), ok("(0+0j)"));
        assert_eq!(complex(1.0, 2.0, ""), ok("(1+2j)"));
        assert_eq!(complex(1.0, 2.0, ".2"), ok("(1+2j)"));
        assert_eq!(complex(0.0, 2.0, "10"), ok("        2j"));
        assert_eq!(complex(-0.0, 2.0, ""), ok("(-0+2j)"));
        assert_eq!(complex(1.0, -2.0, "+.1f"), ok("+1.0-2.0j"));
        assert_eq!(complex(0.0, 3.0, "+"), ok("+3j"));
        assert_eq!(complex(1.0, 2.0, ","), ok("(1+2j)"));
        assert_eq!(complex(1.0, 2.0, "n"), ok("1+2j"));
    }
}
