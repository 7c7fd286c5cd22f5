//! The VM's side of printf-style formatting, `str % args` and
//! `bytes % args`: the engine (`ferrython_algo::percent_format`) parses the
//! format and lays out each conversion; this module supplies the operand's
//! shape, its items and the object conversions.
//!
//! CPython: Objects/unicodeobject.c (PyUnicode_Format), Objects/bytesobject.c
//! (_PyBytes_FormatEx): "mapping" means any object with `__getitem__` that
//! is not a tuple or a str (nor bytes/bytearray for bytes formatting).

use crate::object::Value;
use crate::types::{self, bytes, str as pystr};
use crate::vm::{PyErr, PyResult, Vm};
use ferrython_algo::percent_format::{percent_format, ArgsShape, ConvError, PercentArgs, PercentError, TextConv};
use num_bigint::BigInt;
use std::marker::PhantomData;

struct Operand<'a, U> {
    vm: &'a mut Vm,
    args: Value,
    shape: ArgsShape,
    unit: PhantomData<U>,
}

fn shape_of(args: &Value, for_bytes: bool) -> ArgsShape {
    if let Some(t) = types::tuple::as_tuple(args) {
        return ArgsShape::Tuple(t.len());
    }
    let excluded = pystr::as_str(args).is_some() || (for_bytes && bytes::is_bytes_like(args));
    if args.ty().slots.getitem.get().is_some() && !excluded {
        ArgsShape::Mapping
    } else {
        ArgsShape::Single
    }
}

impl<U> Operand<'_, U> {
    fn item_at(&mut self, i: usize) -> Value {
        types::tuple::as_tuple(&self.args).and_then(|t| t.get(i).cloned()).unwrap_or_else(|| self.vm.none())
    }

    fn integer(&mut self, arg: &Value, index_only: bool) -> Result<BigInt, ConvError<PyErr>> {
        if let Some(n) = types::int::to_bigint(arg) {
            return Ok(n);
        }
        let vm = &mut *self.vm;
        if let Some(f) = types::float::as_float(arg) {
            if index_only {
                return Err(ConvError::WrongType(arg.ty().name()));
            }
            if f.is_nan() {
                return Err(ConvError::Raised(vm.new_value_error("cannot convert float NaN to integer".into())));
            }
            if f.is_infinite() {
                return Err(ConvError::Raised(
                    vm.new_overflow_error("cannot convert float infinity to integer".into()),
                ));
            }
            return Ok(ferrython_algo::float_ops::float_to_int(f).unwrap_or_default());
        }
        let names: &[&str] = if index_only { &["__index__"] } else { &["__int__", "__index__"] };
        for name in names {
            if vm.lookup_special(arg, name).is_some() {
                let r = vm.call_method(arg, name, &[]).map_err(ConvError::Raised)?;
                return types::int::to_bigint(&r).ok_or_else(|| {
                    ConvError::Raised(vm.new_type_error(format!("{name} returned non-int (type {})", r.ty().name())))
                });
            }
        }
        Err(ConvError::WrongType(arg.ty().name()))
    }

    fn float(&mut self, arg: &Value) -> Result<f64, ConvError<PyErr>> {
        if let Some(f) = types::float::as_float(arg) {
            return Ok(f);
        }
        let vm = &mut *self.vm;
        if let Some(n) = types::int::to_bigint(arg) {
            return match num_traits::ToPrimitive::to_f64(&n).filter(|f| f.is_finite()) {
                Some(f) => Ok(f),
                None => Err(ConvError::Raised(vm.new_overflow_error("int too large to convert to float".into()))),
            };
        }
        if vm.lookup_special(arg, "__float__").is_some() {
            let r = vm.call_method(arg, "__float__", &[]).map_err(ConvError::Raised)?;
            return types::float::as_float(&r).ok_or_else(|| {
                ConvError::Raised(vm.new_type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    arg.ty().name(),
                    r.ty().name()
                )))
            });
        }
        if vm.lookup_special(arg, "__index__").is_some() {
            let n = self.integer(arg, true)?;
            return Ok(num_traits::ToPrimitive::to_f64(&n).unwrap_or(f64::INFINITY));
        }
        Err(ConvError::WrongType(arg.ty().name()))
    }
}

impl PercentArgs for Operand<'_, char> {
    type Unit = char;
    type Arg = Value;
    type Error = PyErr;

    fn shape(&self) -> ArgsShape {
        self.shape
    }
    fn whole(&mut self) -> Value {
        self.args.clone()
    }
    fn item(&mut self, i: usize) -> Value {
        self.item_at(i)
    }
    fn lookup(&mut self, key: &[char]) -> PyResult<Value> {
        let k = pystr::new_string(key.iter().collect());
        let args = self.args.clone();
        self.vm.get_item(&args, &k)
    }
    fn exact_int(&mut self, arg: &Value) -> Option<BigInt> {
        types::int::to_bigint(arg)
    }
    fn to_integer(&mut self, arg: &Value, index_only: bool) -> Result<BigInt, ConvError<PyErr>> {
        self.integer(arg, index_only)
    }
    fn to_float(&mut self, arg: &Value) -> Result<f64, ConvError<PyErr>> {
        self.float(arg)
    }
    fn to_char(&mut self, arg: &Value) -> Result<BigInt, ConvError<PyErr>> {
        if let Some(s) = pystr::as_str(arg) {
            let mut chars = s.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(BigInt::from(c as u32)),
                _ => Err(ConvError::WrongType("str".into())),
            };
        }
        if types::int::is_int(arg) || self.vm.lookup_special(arg, "__index__").is_some() {
            return self.integer(arg, true);
        }
        Err(ConvError::WrongType(arg.ty().name()))
    }
    fn to_text(&mut self, arg: &Value, conv: TextConv) -> PyResult<Vec<char>> {
        let s = match conv {
            TextConv::Str => self.vm.str_string(arg)?,
            TextConv::Repr => self.vm.repr_string(arg)?,
            TextConv::Ascii => crate::ops::ascii_escape(&self.vm.repr_string(arg)?),
        };
        Ok(s.chars().collect())
    }
    fn max_str_digits(&self) -> usize {
        self.vm.int_max_str_digits
    }
}

impl PercentArgs for Operand<'_, u8> {
    type Unit = u8;
    type Arg = Value;
    type Error = PyErr;

    fn shape(&self) -> ArgsShape {
        self.shape
    }
    fn whole(&mut self) -> Value {
        self.args.clone()
    }
    fn item(&mut self, i: usize) -> Value {
        self.item_at(i)
    }
    fn lookup(&mut self, key: &[u8]) -> PyResult<Value> {
        let k = bytes::new_bytes(key.to_vec());
        let args = self.args.clone();
        self.vm.get_item(&args, &k)
    }
    fn exact_int(&mut self, arg: &Value) -> Option<BigInt> {
        types::int::to_bigint(arg)
    }
    fn to_integer(&mut self, arg: &Value, index_only: bool) -> Result<BigInt, ConvError<PyErr>> {
        self.integer(arg, index_only)
    }
    fn to_float(&mut self, arg: &Value) -> Result<f64, ConvError<PyErr>> {
        self.float(arg)
    }
    fn to_char(&mut self, arg: &Value) -> Result<BigInt, ConvError<PyErr>> {
        if let Some(b) = bytes::buffer(arg) {
            return match *b {
                [c] => Ok(BigInt::from(c)),
                _ => Err(ConvError::WrongType(arg.ty().name())),
            };
        }
        if types::int::is_int(arg) || self.vm.lookup_special(arg, "__index__").is_some() {
            return self.integer(arg, true);
        }
        Err(ConvError::WrongType(arg.ty().name()))
    }
    fn to_text(&mut self, arg: &Value, conv: TextConv) -> PyResult<Vec<u8>> {
        match conv {
            TextConv::Str => {
                if let Some(b) = bytes::buffer(arg) {
                    return Ok(b.to_vec());
                }
                if self.vm.lookup_special(arg, "__bytes__").is_some() {
                    let r = self.vm.call_method(arg, "__bytes__", &[])?;
                    return match bytes::as_bytes(&r) {
                        Some(b) => Ok(b.to_vec()),
                        None => Err(self
                            .vm
                            .new_type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name()))),
                    };
                }
                Err(self.vm.new_type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    arg.ty().name()
                )))
            }
            _ => Ok(crate::ops::ascii_escape(&self.vm.repr_string(arg)?).into_bytes()),
        }
    }
    fn max_str_digits(&self) -> usize {
        self.vm.int_max_str_digits
    }
}

fn raise(vm: &mut Vm, e: PercentError<PyErr>) -> PyErr {
    match e {
        PercentError::Raised(e) => e,
        PercentError::Format { exc_type, message } => match exc_type {
            "TypeError" => vm.new_type_error(message),
            "OverflowError" => vm.new_overflow_error(message),
            _ => vm.new_value_error(message),
        },
    }
}

/// `fmt % args` for a str format.
pub fn format_str(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    if let Some(v) = format_str_simple(fmt, args) {
        return Ok(v);
    }
    let units: Vec<char> = fmt.chars().collect();
    let shape = shape_of(args, false);
    let mut op = Operand::<char> { vm, args: args.clone(), shape, unit: PhantomData };
    match percent_format(&units, &mut op) {
        Ok(out) => Ok(pystr::new_string(out.into_iter().collect())),
        Err(e) => Err(raise(vm, e)),
    }
}

/// The commonest `str % args` without the general engine's character
/// vectors: a tuple (or one value that is not a tuple, str or mapping) whose
/// items match `%s` (an exact str, an inline int or an exact float), `%d`,
/// `%i` or `%x` (an inline int) and `%%`, with no flags, width, precision
/// or keys. Anything else, including every error, is `None`: the general
/// path runs, and since nothing here runs Python code, nothing has happened
/// twice.
fn format_str_simple(fmt: &str, args: &Value) -> Option<Value> {
    use std::fmt::Write;
    let one = [args.clone()];
    let items: &[Value] = match types::tuple::as_tuple_exact(args) {
        Some(t) => t,
        None if args.is_small_int() || types::float::as_float_exact(args).is_some() => &one,
        None => return None,
    };
    let mut out = String::with_capacity(fmt.len() + 8 * items.len());
    let mut next = items.iter();
    let mut rest = fmt;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let spec = *rest.as_bytes().get(at + 1)?;
        if !spec.is_ascii() {
            return None;
        }
        // `spec` is ASCII, so `at + 2` is a character boundary.
        rest = &rest[at + 2..];
        if spec == b'%' {
            out.push('%');
            continue;
        }
        let v = next.next()?;
        match spec {
            b's' => {
                if let Some(t) = pystr::as_str_exact(v) {
                    out.push_str(t);
                } else if let Some(i) = v.as_small_int() {
                    let _ = write!(out, "{i}");
                } else {
                    out.push_str(&types::float::float_repr(types::float::as_float_exact(v)?));
                }
            }
            b'd' | b'i' => {
                let _ = write!(out, "{}", v.as_small_int()?);
            }
            b'x' => {
                let i = v.as_small_int()?;
                let sign = if i < 0 { "-" } else { "" };
                let _ = write!(out, "{sign}{:x}", i.unsigned_abs());
            }
            _ => return None,
        }
    }
    if next.next().is_some() {
        return None;
    }
    out.push_str(rest);
    Some(pystr::new_string(out))
}

/// `fmt % args` for a bytes or bytearray format (the result is bytes).
pub fn format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let shape = shape_of(args, true);
    let mut op = Operand::<u8> { vm, args: args.clone(), shape, unit: PhantomData };
    percent_format(fmt, &mut op).map_err(|e| raise(vm, e))
}
