//! printf-style formatting: `str % args` and `bytes % args`.
//!
//! The engine parses `%[(key)][flags][width][.precision][length]type` and
//! lays out each conversion; the VM supplies the arguments and the
//! object-level conversions (`str()`, `__index__`, `__float__`, ...)
//! through [`PercentArgs`]. The unit type (`char`, `u32` code points for
//! strings with lone surrogates, `u8` for bytes) selects the str or bytes
//! dialect: their `%c` rules and error texts differ.
//!
//! Argument bookkeeping mirrors CPython's exactly, quirks included: a
//! non-tuple argument is a single value, a mapping (any object with
//! `__getitem__` that is not a tuple or str) suppresses "not all arguments
//! converted", so `'abc' % []` is `'abc'`.
//!
//! CPython: Objects/unicodeobject.c (PyUnicode_Format,
//! unicode_format_arg_parse, unicode_format_arg_format,
//! unicode_format_arg_output, mainformatlong, _PyUnicode_FormatLong,
//! formatchar), Objects/bytesobject.c (_PyBytes_FormatEx, byte_converter).

use crate::float_repr::{double_to_string, DtsFlags};
use crate::int_str::int_to_decimal_str;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// A character of a format string and of its output.
pub trait FormatUnit: Copy + PartialEq {
    /// "string" or "bytes", as in "not all arguments converted during
    /// string formatting".
    const KIND: &'static str;
    /// True for bytes, whose `%c` takes a byte.
    const IS_BYTES: bool;
    fn to_u32(self) -> u32;
    /// An ASCII character as a unit.
    fn ascii(b: u8) -> Self;
    /// A code point as a unit, if representable.
    fn from_u32(c: u32) -> Option<Self>;
}

impl FormatUnit for char {
    const KIND: &'static str = "string";
    const IS_BYTES: bool = false;
    fn to_u32(self) -> u32 {
        u32::from(self)
    }
    fn ascii(b: u8) -> Self {
        char::from(b)
    }
    fn from_u32(c: u32) -> Option<Self> {
        char::from_u32(c)
    }
}

impl FormatUnit for u32 {
    const KIND: &'static str = "string";
    const IS_BYTES: bool = false;
    fn to_u32(self) -> u32 {
        self
    }
    fn ascii(b: u8) -> Self {
        u32::from(b)
    }
    fn from_u32(c: u32) -> Option<Self> {
        Some(c)
    }
}

impl FormatUnit for u8 {
    const KIND: &'static str = "bytes";
    const IS_BYTES: bool = true;
    fn to_u32(self) -> u32 {
        u32::from(self)
    }
    fn ascii(b: u8) -> Self {
        b
    }
    fn from_u32(c: u32) -> Option<Self> {
        u8::try_from(c).ok()
    }
}

/// What the right operand of `%` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgsShape {
    /// A tuple of this many items.
    Tuple(usize),
    /// A single value that is a mapping (and not a tuple or str).
    Mapping,
    /// Any other single value.
    Single,
}

/// How `%s`, `%r`, `%a` convert (bytes: `%s`/`%b` use the buffer or
/// `__bytes__`, `%r`/`%a` give `ascii()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextConv {
    Str,
    Repr,
    Ascii,
}

/// A failed conversion of an argument.
#[derive(Debug)]
pub enum ConvError<E> {
    /// The argument's type does not support the conversion; carries the
    /// Python type name for the message.
    WrongType(String),
    /// The conversion raised (e.g. `__index__` raised): passed through.
    Raised(E),
}

/// The VM's side of the `%` operator.
pub trait PercentArgs {
    type Unit: FormatUnit;
    /// A handle to a Python object (cheap to clone).
    type Arg: Clone;
    /// A raised Python exception.
    type Error;

    fn shape(&self) -> ArgsShape;
    /// The whole right operand (the value of a non-tuple operand).
    fn whole(&mut self) -> Self::Arg;
    /// Item `i` of a tuple operand.
    fn item(&mut self, i: usize) -> Self::Arg;
    /// `mapping[key]` for `%(key)s`.
    fn lookup(&mut self, key: &[Self::Unit]) -> Result<Self::Arg, Self::Error>;
    /// The value if `arg` is an int (bool included), for `*` widths.
    fn exact_int(&mut self, arg: &Self::Arg) -> Option<BigInt>;
    /// `%d %i %u` (`index_only == false`: an int, else `int(arg)` for any
    /// number) and `%o %x %X` (`index_only == true`: `__index__`). Objects
    /// that are not numbers, or whose conversion raises TypeError, give
    /// `WrongType`.
    fn to_integer(&mut self, arg: &Self::Arg, index_only: bool) -> Result<BigInt, ConvError<Self::Error>>;
    /// `%e %f %g` ...: `float(arg)` through `__float__`/`__index__`;
    /// `WrongType` for non-numbers.
    fn to_float(&mut self, arg: &Self::Arg) -> Result<f64, ConvError<Self::Error>>;
    /// `%c`: for str, a one-character str gives its code point; for bytes,
    /// a one-byte bytes/bytearray its byte; otherwise the int value via
    /// `__index__`. `WrongType` for anything else.
    fn to_char(&mut self, arg: &Self::Arg) -> Result<BigInt, ConvError<Self::Error>>;
    /// `%s %r %a` (and bytes' `%b`).
    fn to_text(&mut self, arg: &Self::Arg, conv: TextConv) -> Result<Vec<Self::Unit>, Self::Error>;
    /// `sys.get_int_max_str_digits()`.
    fn max_str_digits(&self) -> usize {
        crate::int_str::INT_MAX_STR_DIGITS
    }
}

/// The outcome of a failed `%`.
#[derive(Debug)]
pub enum PercentError<E> {
    /// An exception to raise: type name and message.
    Format { exc_type: &'static str, message: String },
    /// An exception the VM raised in a callback.
    Raised(E),
}

fn fail<T, E>(exc_type: &'static str, message: impl Into<String>) -> Result<T, PercentError<E>> {
    Err(PercentError::Format { exc_type, message: message.into() })
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// The argument cursor: CPython's `arglen`/`argidx` pair, where a
/// non-tuple operand has `arglen == -1` and starts at `argidx == -2`.
struct Cursor<A> {
    arglen: isize,
    argidx: isize,
    /// The value of the last `%(key)`, which replaces the operand.
    keyed: Option<A>,
}

/// `format % args`.
// CPython: Objects/unicodeobject.c, PyUnicode_Format.
pub fn percent_format<P: PercentArgs>(
    format: &[P::Unit],
    args: &mut P,
) -> Result<Vec<P::Unit>, PercentError<P::Error>> {
    let shape = args.shape();
    let is_mapping = shape == ArgsShape::Mapping;
    let mut cur: Cursor<P::Arg> = match shape {
        ArgsShape::Tuple(n) => Cursor { arglen: n as isize, argidx: 0, keyed: None },
        _ => Cursor { arglen: -1, argidx: -2, keyed: None },
    };
    let mut out: Vec<P::Unit> = Vec::with_capacity(format.len() + 16);
    let n = format.len();
    let mut pos = 0;
    let at = |i: usize| format.get(i).map_or(0, |u| u.to_u32());
    while pos < n {
        if at(pos) != u32::from(b'%') {
            let start = pos;
            while pos < n && at(pos) != u32::from(b'%') {
                pos += 1;
            }
            out.extend_from_slice(&format[start..pos]);
            continue;
        }
        pos += 1;
        if at(pos) == u32::from(b'%') && pos < n {
            out.push(P::Unit::ascii(b'%'));
            pos += 1;
            continue;
        }
        // Mapping key.
        if pos < n && at(pos) == u32::from(b'(') {
            if !is_mapping {
                return fail("TypeError", "format requires a mapping");
            }
            pos += 1;
            let key_start = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match char::from_u32(at(pos)) {
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return fail("ValueError", "incomplete format key");
            }
            let key = &format[key_start..pos - 1];
            cur.keyed = Some(args.lookup(key).map_err(PercentError::Raised)?);
            cur.arglen = -1;
            cur.argidx = -2;
        }
        // Flags.
        let mut flags = 0u8;
        let mut ch: u32 = 0;
        let mut more = false;
        while pos < n {
            ch = at(pos);
            pos += 1;
            match char::from_u32(ch) {
                Some('-') => flags |= F_LJUST,
                Some('+') => flags |= F_SIGN,
                Some(' ') => flags |= F_BLANK,
                Some('#') => flags |= F_ALT,
                Some('0') => flags |= F_ZERO,
                _ => {
                    more = true;
                    break;
                }
            }
        }
        if !more {
            return fail("ValueError", "incomplete format");
        }
        // `next` reads the following character into `ch`, if any.
        let next = |pos: &mut usize, ch: &mut u32| -> bool {
            if *pos < n {
                *ch = at(*pos);
                *pos += 1;
                true
            } else {
                false
            }
        };
        let mut have = true;
        // Width.
        let mut width: Option<usize> = None;
        if ch == u32::from(b'*') {
            let v = next_arg(args, &mut cur)?;
            let Some(w) = args.exact_int(&v) else { return fail("TypeError", "* wants int") };
            let w = w.to_i64().ok_or_else(|| PercentError::Format {
                exc_type: "OverflowError",
                message: "Python int too large to convert to C ssize_t".into(),
            })?;
            if w < 0 {
                flags |= F_LJUST;
            }
            width = Some(w.unsigned_abs() as usize);
            have = next(&mut pos, &mut ch);
        } else if (u32::from(b'0')..=u32::from(b'9')).contains(&ch) {
            let mut w = u64::from(ch - u32::from(b'0'));
            loop {
                have = next(&mut pos, &mut ch);
                if !have || !(u32::from(b'0')..=u32::from(b'9')).contains(&ch) {
                    break;
                }
                let d = u64::from(ch - u32::from(b'0'));
                if w > (i64::MAX as u64 - d) / 10 {
                    return fail("ValueError", "width too big");
                }
                w = w * 10 + d;
            }
            width = Some(w as usize);
        }
        // Precision.
        let mut prec: Option<usize> = None;
        if have && ch == u32::from(b'.') {
            prec = Some(0);
            have = next(&mut pos, &mut ch);
            if have && ch == u32::from(b'*') {
                let v = next_arg(args, &mut cur)?;
                let Some(p) = args.exact_int(&v) else { return fail("TypeError", "* wants int") };
                let p = p.to_i32().ok_or_else(|| PercentError::Format {
                    exc_type: "OverflowError",
                    message: "Python int too large to convert to C int".into(),
                })?;
                prec = Some(p.max(0) as usize);
                have = next(&mut pos, &mut ch);
            } else if have && (u32::from(b'0')..=u32::from(b'9')).contains(&ch) {
                let mut p = u64::from(ch - u32::from(b'0'));
                loop {
                    have = next(&mut pos, &mut ch);
                    if !have || !(u32::from(b'0')..=u32::from(b'9')).contains(&ch) {
                        break;
                    }
                    let d = u64::from(ch - u32::from(b'0'));
                    if p > (i32::MAX as u64 - d) / 10 {
                        return fail("ValueError", "precision too big");
                    }
                    p = p * 10 + d;
                }
                prec = Some(p as usize);
            }
        }
        // Length modifiers are ignored.
        if have && matches!(char::from_u32(ch), Some('h' | 'l' | 'L')) {
            have = next(&mut pos, &mut ch);
        }
        if !have {
            return fail("ValueError", "incomplete format");
        }
        let conv = Conversion { ch, flags, width, prec };
        let v = next_arg(args, &mut cur)?;
        format_one(args, &conv, &v, pos, &mut out)?;
        if is_mapping && cur.argidx < cur.arglen {
            return fail("TypeError", format!("not all arguments converted during {} formatting", P::Unit::KIND));
        }
    }
    if cur.argidx < cur.arglen && !is_mapping {
        return fail("TypeError", format!("not all arguments converted during {} formatting", P::Unit::KIND));
    }
    Ok(out)
}

fn next_arg<P: PercentArgs>(args: &mut P, cur: &mut Cursor<P::Arg>) -> Result<P::Arg, PercentError<P::Error>> {
    if cur.argidx < cur.arglen {
        let i = cur.argidx;
        cur.argidx += 1;
        if cur.arglen < 0 {
            return Ok(match &cur.keyed {
                Some(v) => v.clone(),
                None => args.whole(),
            });
        }
        return Ok(args.item(i as usize));
    }
    fail("TypeError", "not enough arguments for format string")
}

struct Conversion {
    ch: u32,
    flags: u8,
    width: Option<usize>,
    prec: Option<usize>,
}

fn ascii_units<U: FormatUnit>(s: &str) -> Vec<U> {
    s.bytes().map(U::ascii).collect()
}

/// One conversion: compute the text, then pad it.
// CPython: Objects/unicodeobject.c, unicode_format_arg_format.
fn format_one<P: PercentArgs>(
    args: &mut P,
    conv: &Conversion,
    v: &P::Arg,
    pos: usize,
    out: &mut Vec<P::Unit>,
) -> Result<(), PercentError<P::Error>> {
    let ty = char::from_u32(conv.ch).unwrap_or('\u{FFFD}');
    let mut numeric = false;
    let text: Vec<P::Unit> = match ty {
        's' | 'r' | 'a' | 'b' if ty != 'b' || P::Unit::IS_BYTES => {
            let which = match ty {
                's' | 'b' => TextConv::Str,
                'r' if !P::Unit::IS_BYTES => TextConv::Repr,
                _ => TextConv::Ascii,
            };
            args.to_text(v, which).map_err(PercentError::Raised)?
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            numeric = true;
            let index_only = matches!(ty, 'o' | 'x' | 'X');
            let n = match args.to_integer(v, index_only) {
                Ok(n) => n,
                Err(ConvError::Raised(e)) => return Err(PercentError::Raised(e)),
                Err(ConvError::WrongType(name)) => {
                    let what = if index_only { "an integer" } else { "a real number" };
                    return fail("TypeError", format!("%{ty} format: {what} is required, not {name}"));
                }
            };
            let s = format_long(&n, conv.flags & F_ALT != 0, conv.prec, ty, args.max_str_digits())?;
            ascii_units(&s)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            numeric = true;
            let x = match args.to_float(v) {
                Ok(x) => x,
                Err(ConvError::Raised(e)) => return Err(PercentError::Raised(e)),
                Err(ConvError::WrongType(name)) => {
                    return fail("TypeError", format!("must be real number, not {name}"))
                }
            };
            let flags = DtsFlags { alt: conv.flags & F_ALT != 0, ..DtsFlags::default() };
            ascii_units(&double_to_string(x, ty, conv.prec.unwrap_or(6), flags))
        }
        'c' => {
            let (limit, wrong, range) = if P::Unit::IS_BYTES {
                (255, "%c requires an integer in range(256) or a single byte", "%c arg not in range(256)")
            } else {
                (0x10FFFF, "%c requires int or char", "%c arg not in range(0x110000)")
            };
            let code = match args.to_char(v) {
                Ok(n) => n,
                Err(ConvError::Raised(e)) => return Err(PercentError::Raised(e)),
                Err(ConvError::WrongType(_)) => return fail("TypeError", wrong),
            };
            let c = code.to_u32().filter(|&c| c <= limit);
            match c.and_then(P::Unit::from_u32) {
                Some(u) => vec![u],
                None => return fail("OverflowError", range),
            }
        }
        _ => {
            let shown = if (31..=126).contains(&conv.ch) { ty } else { '?' };
            return fail(
                "ValueError",
                format!("unsupported format character '{shown}' (0x{:x}) at index {}", conv.ch, pos - 1),
            );
        }
    };
    output(conv, ty, numeric, &text, out);
    Ok(())
}

/// `%d`/`%o`/`%x` digits: base prefix only with `#`, zero-extended to
/// the precision, `X` upper-cases everything including the prefix.
// CPython: Objects/unicodeobject.c, _PyUnicode_FormatLong.
fn format_long<E>(
    n: &BigInt,
    alt: bool,
    prec: Option<usize>,
    ty: char,
    max_str_digits: usize,
) -> Result<String, PercentError<E>> {
    // Magnitudes below 2**64 (nearly all) are written without big-number
    // arithmetic; they have at most 20 digits, under any digit limit.
    let small = num_traits::ToPrimitive::to_u64(n.magnitude());
    let (digits, prefix) = match (ty, small) {
        ('o', Some(m)) => (format!("{m:o}"), "0o"),
        ('x' | 'X', Some(m)) => (format!("{m:x}"), "0x"),
        (_, Some(m)) => (m.to_string(), ""),
        _ => format_big_digits(n, ty, max_str_digits)?,
    };
    let mut s = String::with_capacity(digits.len() + 3);
    if n.sign() == Sign::Minus {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    if let Some(p) = prec {
        s.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    s.push_str(&digits);
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// The digits and base prefix of a magnitude of 2**64 or more.
fn format_big_digits<E>(
    n: &BigInt,
    ty: char,
    max_str_digits: usize,
) -> Result<(String, &'static str), PercentError<E>> {
    Ok(match ty {
        'o' => (n.magnitude().to_str_radix(8), "0o"),
        'x' | 'X' => (n.magnitude().to_str_radix(16), "0x"),
        _ => {
            let d = int_to_decimal_str(&BigInt::from(n.magnitude().clone()), max_str_digits)
                .map_err(|e| PercentError::Format { exc_type: e.exc_type, message: e.message })?;
            (d, "")
        }
    })
}

/// Pads one converted value.
// CPython: Objects/unicodeobject.c, unicode_format_arg_output.
fn output<U: FormatUnit>(conv: &Conversion, ty: char, numeric: bool, text: &[U], out: &mut Vec<U>) {
    let fill = if numeric && conv.flags & F_ZERO != 0 { U::ascii(b'0') } else { U::ascii(b' ') };
    let mut len = text.len();
    if matches!(ty, 's' | 'r' | 'a' | 'b') {
        if let Some(p) = conv.prec {
            len = len.min(p);
        }
    }
    let mut start = 0;
    let mut sign: Option<U> = None;
    if numeric {
        let first = text.first().map_or(0, |u| u.to_u32());
        if first == u32::from(b'-') || first == u32::from(b'+') {
            sign = Some(text[0]);
            len -= 1;
            start = 1;
        } else if conv.flags & F_SIGN != 0 {
            sign = Some(U::ascii(b'+'));
        } else if conv.flags & F_BLANK != 0 {
            sign = Some(U::ascii(b' '));
        }
    }
    let mut width = conv.width.unwrap_or(0).max(len);
    let zero_fill = fill != U::ascii(b' ');
    if let Some(s) = sign {
        if zero_fill {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = conv.flags & F_ALT != 0 && matches!(ty, 'x' | 'X' | 'o');
    if prefixed {
        if zero_fill {
            out.extend_from_slice(&text[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && conv.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if !zero_fill {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.extend_from_slice(&text[start..start + 2]);
            start += 2;
        }
    }
    out.extend_from_slice(&text[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(U::ascii(b' '), width - len));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A miniature object model: enough Python values to drive the engine.
    #[derive(Clone, Debug)]
    enum Obj {
        Int(i64),
        Big(BigInt),
        Float(f64),
        Str(String),
        Bytes(Vec<u8>),
        Tuple(Vec<Obj>),
        Dict(Vec<(String, Obj)>),
        List,
    }

    impl Obj {
        fn type_name(&self) -> &'static str {
            match self {
                Obj::Int(_) | Obj::Big(_) => "int",
                Obj::Float(_) => "float",
                Obj::Str(_) => "str",
                Obj::Bytes(_) => "bytes",
                Obj::Tuple(_) => "tuple",
                Obj::Dict(_) => "dict",
                Obj::List => "list",
            }
        }

        fn str(&self) -> String {
            match self {
                Obj::Int(i) => i.to_string(),
                Obj::Big(i) => i.to_string(),
                Obj::Float(x) => crate::float_repr::float_repr(*x),
                Obj::Str(s) => s.clone(),
                Obj::Bytes(b) => format!("b'{}'", String::from_utf8_lossy(b)),
                Obj::Tuple(_) => "(...)".into(),
                Obj::Dict(_) => "{}".into(),
                Obj::List => "[]".into(),
            }
        }

        fn repr(&self) -> String {
            match self {
                Obj::Str(s) => {
                    let mut out = String::new();
                    ferrython_syntax::repr::repr_rust_str(s, &mut out);
                    out
                }
                other => other.str(),
            }
        }
    }

    struct Args<U>(Obj, std::marker::PhantomData<U>);

    impl<U: FormatUnit> PercentArgs for Args<U> {
        type Unit = U;
        type Arg = Obj;
        type Error = String;

        fn shape(&self) -> ArgsShape {
            match &self.0 {
                Obj::Tuple(items) => ArgsShape::Tuple(items.len()),
                Obj::Dict(_) | Obj::List => ArgsShape::Mapping,
                _ => ArgsShape::Single,
            }
        }
        fn whole(&mut self) -> Obj {
            self.0.clone()
        }
        fn item(&mut self, i: usize) -> Obj {
            match &self.0 {
                Obj::Tuple(items) => items[i].clone(),
                _ => unreachable!(),
            }
        }
        fn lookup(&mut self, key: &[U]) -> Result<Obj, String> {
            let key: String = key.iter().filter_map(|u| char::from_u32(u.to_u32())).collect();
            match &self.0 {
                Obj::Dict(items) => {
                    items.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()).ok_or(format!("KeyError: {key}"))
                }
                _ => Err("TypeError: not subscriptable".into()),
            }
        }
        fn exact_int(&mut self, arg: &Obj) -> Option<BigInt> {
            match arg {
                Obj::Int(i) => Some(BigInt::from(*i)),
                Obj::Big(i) => Some(i.clone()),
                _ => None,
            }
        }
        fn to_integer(&mut self, arg: &Obj, index_only: bool) -> Result<BigInt, ConvError<String>> {
            match arg {
                Obj::Int(i) => Ok(BigInt::from(*i)),
                Obj::Big(i) => Ok(i.clone()),
                Obj::Float(x) if !index_only => Ok(crate::float_ops::float_to_int(*x).unwrap()),
                other => Err(ConvError::WrongType(other.type_name().into())),
            }
        }
        fn to_float(&mut self, arg: &Obj) -> Result<f64, ConvError<String>> {
            match arg {
                Obj::Int(i) => Ok(*i as f64),
                Obj::Float(x) => Ok(*x),
                other => Err(ConvError::WrongType(other.type_name().into())),
            }
        }
        fn to_char(&mut self, arg: &Obj) -> Result<BigInt, ConvError<String>> {
            match arg {
                Obj::Int(i) => Ok(BigInt::from(*i)),
                Obj::Big(i) => Ok(i.clone()),
                Obj::Str(s) if !U::IS_BYTES && s.chars().count() == 1 => {
                    Ok(BigInt::from(u32::from(s.chars().next().unwrap())))
                }
                Obj::Bytes(b) if U::IS_BYTES && b.len() == 1 => Ok(BigInt::from(b[0])),
                other => Err(ConvError::WrongType(other.type_name().into())),
            }
        }
        fn to_text(&mut self, arg: &Obj, conv: TextConv) -> Result<Vec<U>, String> {
            if U::IS_BYTES && conv == TextConv::Str {
                return match arg {
                    Obj::Bytes(b) => Ok(b.iter().map(|&b| U::ascii(b)).collect()),
                    other => Err(format!(
                        "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        other.type_name()
                    )),
                };
            }
            let s = if conv == TextConv::Str { arg.str() } else { arg.repr() };
            Ok(s.chars().filter_map(|c| U::from_u32(u32::from(c))).collect())
        }
    }

    fn fmt(format: &str, args: Obj) -> String {
        let units: Vec<char> = format.chars().collect();
        match percent_format(&units, &mut Args::<char>(args, std::marker::PhantomData)) {
            Ok(out) => out.into_iter().collect(),
            Err(PercentError::Format { exc_type, message }) => format!("!{exc_type}: {message}"),
            Err(PercentError::Raised(e)) => format!("!{e}"),
        }
    }

    fn bfmt(format: &[u8], args: Obj) -> String {
        match percent_format(format, &mut Args::<u8>(args, std::marker::PhantomData)) {
            Ok(out) => String::from_utf8_lossy(&out).into_owned(),
            Err(PercentError::Format { exc_type, message }) => format!("!{exc_type}: {message}"),
            Err(PercentError::Raised(e)) => format!("!{e}"),
        }
    }

    fn t(items: Vec<Obj>) -> Obj {
        Obj::Tuple(items)
    }
    use Obj::{Float as F, Int as I};
    fn s(x: &str) -> Obj {
        Obj::Str(x.into())
    }
    fn d(items: &[(&str, Obj)]) -> Obj {
        Obj::Dict(items.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    #[test]
    fn str_errors() {
        // python3.11: "<format>" % <args>
        assert_eq!(fmt("%5%", t(vec![])), "!TypeError: not enough arguments for format string");
        assert_eq!(fmt("%5%", t(vec![I(1)])), "!ValueError: unsupported format character '%' (0x25) at index 2");
        assert_eq!(fmt("%z", t(vec![])), "!TypeError: not enough arguments for format string");
        assert_eq!(fmt("%z", t(vec![I(1)])), "!ValueError: unsupported format character 'z' (0x7a) at index 1");
        assert_eq!(fmt("abc %", t(vec![])), "!ValueError: incomplete format");
        assert_eq!(fmt("%(a", d(&[("a", I(1))])), "!ValueError: incomplete format key");
        assert_eq!(fmt("%(a)", d(&[("a", I(1))])), "!ValueError: incomplete format");
        assert_eq!(fmt("%(a)s", t(vec![I(1)])), "!TypeError: format requires a mapping");
        assert_eq!(fmt("abc", Obj::List), "abc");
        assert_eq!(fmt("abc", I(5)), "!TypeError: not all arguments converted during string formatting");
        assert_eq!(fmt("%s %s", d(&[])), "!TypeError: not enough arguments for format string");
        assert_eq!(fmt("%s", d(&[])), "{}");
        assert_eq!(fmt("%*d", t(vec![s("a"), I(1)])), "!TypeError: * wants int");
        assert_eq!(
            fmt("%.*f", t(vec![I(1 << 40), F(1.0)])),
            "!OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            fmt("%*d", t(vec![Obj::Big(BigInt::from(1) << 70u32), I(1)])),
            "!OverflowError: Python int too large to convert to C ssize_t"
        );
        assert_eq!(fmt("%c", s("ab")), "!TypeError: %c requires int or char");
        assert_eq!(fmt("%c", I(1114112)), "!OverflowError: %c arg not in range(0x110000)");
        assert_eq!(fmt("%c", I(-1)), "!OverflowError: %c arg not in range(0x110000)");
        assert_eq!(fmt("%c", Obj::Big(BigInt::from(1) << 80u32)), "!OverflowError: %c arg not in range(0x110000)");
        assert_eq!(fmt("%c", F(1.5)), "!TypeError: %c requires int or char");
        assert_eq!(fmt("%d", s("x")), "!TypeError: %d format: a real number is required, not str");
        assert_eq!(fmt("%x", F(1.5)), "!TypeError: %x format: an integer is required, not float");
        assert_eq!(fmt("%f", s("x")), "!TypeError: must be real number, not str");
        assert_eq!(fmt("%s", t(vec![])), "!TypeError: not enough arguments for format string");
        assert_eq!(fmt("%(a)s %s", d(&[("a", I(1))])), "!TypeError: not enough arguments for format string");
        assert_eq!(fmt("%\u{100}", t(vec![I(1)])), "!ValueError: unsupported format character '?' (0x100) at index 1");
        assert_eq!(
            fmt("%(a)(b)s", d(&[("a", I(1))])),
            "!ValueError: unsupported format character '(' (0x28) at index 4"
        );
        assert_eq!(fmt("%99999999999999999999d", I(1)), "!ValueError: width too big");
        assert_eq!(fmt("%.99999999999999d", I(1)), "!ValueError: precision too big");
        assert_eq!(fmt("%.2147483648f", I(1)), "!ValueError: precision too big");
        assert_eq!(
            fmt("%s %s", t(vec![I(1), I(2), I(3)])),
            "!TypeError: not all arguments converted during string formatting"
        );
        assert!(
            fmt("%d", Obj::Big(num_traits::pow(BigInt::from(10), 5000))).starts_with("!ValueError: Exceeds the limit")
        );
    }

    #[test]
    fn str_layout() {
        assert_eq!(fmt("%-05d", I(-3)), "-3   ");
        assert_eq!(fmt("%#X", I(255)), "0XFF");
        assert_eq!(fmt("%+#08x", I(255)), "+0x000ff");
        assert_eq!(fmt("%#8o", I(-8)), "   -0o10");
        assert_eq!(fmt("%.5d", I(-12)), "-00012");
        assert_eq!(fmt("%d", F(1.9)), "1");
        assert_eq!(fmt("%ld %hi %Lf", t(vec![I(1), I(2), F(3.0)])), "1 2 3.000000");
        assert_eq!(fmt("%10.3s|", s("abcdef")), "       abc|");
        assert_eq!(fmt("%+s", s("ab")), "ab");
        assert_eq!(fmt("% 5.1f", F(2.25)), "  2.2");
        assert_eq!(fmt("%05s", s("ab")), "   ab");
        assert_eq!(fmt("%-+5d|", I(3)), "+3   |");
        assert_eq!(fmt("%0+5d", I(3)), "+0003");
        assert_eq!(fmt("%#.0f", F(2.0)), "2.");
        assert_eq!(fmt("%#g", F(2.0)), "2.00000");
        assert_eq!(fmt("%((a))s", d(&[("(a)", I(5))])), "5");
        assert_eq!(fmt("%-*d|", t(vec![I(-5), I(1)])), "1    |");
        assert_eq!(fmt("%*d|", t(vec![I(-5), I(1)])), "1    |");
        assert_eq!(fmt("%.*d|", t(vec![I(-5), I(1)])), "1|");
        assert_eq!(fmt("%i%u", t(vec![I(1), F(2.5)])), "12");
        assert_eq!(fmt("%%%s", I(1)), "%1");
        assert_eq!(fmt("%s", t(vec![s("x")])), "x");
        assert_eq!(fmt("%r", s("x")), "'x'");
        assert_eq!(fmt("%(x)s-%(y)r", d(&[("x", I(1)), ("y", s("z"))])), "1-'z'");
        assert_eq!(fmt("%c%c", t(vec![I(65), s("\u{e9}")])), "A\u{e9}");
        assert_eq!(fmt("%5c|%-3c|", t(vec![I(66), I(67)])), "    B|C  |");
        assert_eq!(fmt("%e", F(12345.678)), "1.234568e+04");
        assert_eq!(fmt("%010.2f", F(-3.25159)), "-000003.25");
        assert_eq!(fmt("%+.3g", F(f64::INFINITY)), "+inf");
        assert_eq!(fmt("%x", I(-255)), "-ff");
        assert_eq!(fmt("%#o", I(0)), "0o0");
    }

    #[test]
    fn bytes_dialect() {
        assert_eq!(bfmt(b"%5%", t(vec![])), "!TypeError: not enough arguments for format string");
        assert_eq!(bfmt(b"%z", t(vec![I(1)])), "!ValueError: unsupported format character 'z' (0x7a) at index 1");
        assert_eq!(bfmt(b"abc", I(5)), "!TypeError: not all arguments converted during bytes formatting");
        assert_eq!(bfmt(b"%c", I(256)), "!OverflowError: %c arg not in range(256)");
        assert_eq!(bfmt(b"%c", s("a")), "!TypeError: %c requires an integer in range(256) or a single byte");
        assert_eq!(
            bfmt(b"%c", Obj::Bytes(b"ab".to_vec())),
            "!TypeError: %c requires an integer in range(256) or a single byte"
        );
        assert_eq!(
            bfmt(b"%s", I(1)),
            "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'"
        );
        assert_eq!(bfmt(b"%d", s("x")), "!TypeError: %d format: a real number is required, not str");
        assert_eq!(bfmt(b"abc %", t(vec![])), "!ValueError: incomplete format");
        assert_eq!(bfmt(b"%x", F(1.5)), "!TypeError: %x format: an integer is required, not float");
        assert_eq!(
            bfmt(b"%s|%b|%5.1f", t(vec![Obj::Bytes(b"x".to_vec()), Obj::Bytes(b"y".to_vec()), F(2.25)])),
            "x|y|  2.2"
        );
        assert_eq!(bfmt(b"%a %r", t(vec![I(1), s("q")])), "1 'q'");
        assert_eq!(bfmt(b"%c%c", t(vec![I(65), Obj::Bytes(b"B".to_vec())])), "AB");
    }
}
