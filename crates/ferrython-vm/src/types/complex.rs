//! `complex` (CPython's `Objects/complexobject.c`): two f64s, arithmetic
//! with ints and floats promoted to complex, `**` with CPython's integer
//! power fast path, `repr`, hash and the `complex()` constructor with its
//! string syntax.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyErr, PyResult, Vm};
use ferrython_algo::float_repr::{double_to_string, DtsFlags};
use ferrython_bytecode::{BinOp, CmpOp, UnOp};

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

pub static COMPLEX_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "complex",
        None,
        crate::types::tpflags::BASETYPE | crate::types::tpflags::NO_REFS,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let (re, im) = as_complex(v).expect("complex");
                Ok(crate::types::str::new_string(complex_repr(re, im)))
            }),
            hash: Some(|_, v| {
                let (re, im) = as_complex(v).expect("complex");
                let identity = ferrython_algo::hash::hash_pointer(v.bits());
                Ok(ferrython_algo::hash::hash_complex(re, im, identity))
            }),
            compare: Some(compare),
            binary: Some(binary),
            unary: Some(unary),
            bool: Some(|_, v| {
                let (re, im) = as_complex(v).expect("complex");
                Ok(re != 0.0 || im != 0.0)
            }),
            new: Some(complex_new),
            ..SlotInit::EMPTY
        },
        drop_obj::<ComplexObj>,
    ),
);

pub fn new_complex(re: f64, im: f64) -> Value {
    Obj::alloc(&COMPLEX_TYPE.0, ComplexObj { re, im })
}

/// The value of a complex or of an instance of a complex subclass.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v.downcast_exact::<ComplexObj>(&COMPLEX_TYPE) {
        Some(c) => Some((c.re, c.im)),
        None => crate::types::builtin_subclass::base_value(v)
            .and_then(|b| b.downcast_exact::<ComplexObj>(&COMPLEX_TYPE))
            .map(|c| (c.re, c.im)),
    }
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`; parts as `repr(float)` without `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtsFlags::default();
    // A NaN imaginary part prints as `+nan` whatever its sign bit.
    let im = if im.is_nan() { f64::NAN.abs() } else { im };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, plain));
    }
    let r = double_to_string(re, 'r', 0, plain);
    let i = double_to_string(im, 'r', 0, DtsFlags { sign: true, ..plain });
    format!("({r}{i}j)")
}

/// A number operand as complex parts; `None` for other types.
fn operand(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    if let Some(f) = crate::types::float::as_float(v) {
        return Ok(Some((f, 0.0)));
    }
    if crate::types::int::is_int(v) {
        return Ok(Some((crate::number::to_f64(vm, v)?, 0.0)));
    }
    Ok(None)
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented());
    }
    let Some((re, im)) = as_complex(a) else { return Ok(vm.not_implemented()) };
    let eq = if let Some((re2, im2)) = as_complex(b) {
        re == re2 && im == im2
    } else if let Some(f) = crate::types::float::as_float(b) {
        im == 0.0 && re == f
    } else if let Some(i) = crate::types::int::to_bigint(b) {
        // Exact: a huge int is not equal to a rounded float.
        im == 0.0 && crate::types::float::compare_int_float(&i, re, CmpOp::Eq)
    } else {
        return Ok(vm.not_implemented());
    };
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's division (CPython's `_Py_c_quot`); `None` for a zero divisor.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed (CPython's errno after `_Py_c_pow`).
enum PowError {
    Domain,
    Range,
}

fn powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` (CPython's `complex_pow`: repeated squaring for small integral
/// exponents, polar form otherwise).
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), PowError> {
    let mut domain = false;
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n as u64)
        } else {
            match quot((1.0, 0.0), powu(a, n.unsigned_abs())) {
                Some(q) => q,
                None => {
                    domain = true;
                    (0.0, 0.0)
                }
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            domain = true;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if domain {
        return Err(PowError::Domain);
    }
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(r)
}

/// `x ** y` with a complex result, for float's negative base case too.
pub fn pow_parts(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    match complex_pow(a, b) {
        Ok((re, im)) => Ok(new_complex(re, im)),
        Err(PowError::Domain) => Err(vm.new_zero_division_error("0.0 to a negative or complex power".into())),
        Err(PowError::Range) => Err(vm.new_overflow_error("complex exponentiation".into())),
    }
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow) {
        return Ok(vm.not_implemented());
    }
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else { return Ok(vm.not_implemented()) };
    let (re, im) = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => prod(x, y),
        BinOp::TrueDiv => match quot(x, y) {
            Some(q) => q,
            None => return Err(vm.new_zero_division_error("complex division by zero".into())),
        },
        _ => return pow_parts(vm, x, y),
    };
    Ok(new_complex(re, im))
}

fn unary(vm: &mut Vm, v: &Value, op: UnOp) -> PyResult<Value> {
    let (re, im) = as_complex(v).expect("complex");
    match op {
        UnOp::Neg => Ok(new_complex(-re, -im)),
        UnOp::Pos => Ok(new_complex(re, im)),
        UnOp::Not => Ok(vm.bool(re == 0.0 && im == 0.0)),
        UnOp::Invert => Err(vm.new_type_error("bad operand type for unary ~: 'complex'".into())),
    }
}

/// `abs(z)`: `hypot`, OverflowError when finite parts overflow.
pub fn complex_abs(vm: &mut Vm, re: f64, im: f64) -> PyResult<f64> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(vm.new_overflow_error("absolute value too large".into()));
    }
    Ok(r)
}

fn malformed(vm: &mut Vm) -> PyErr {
    vm.new_value_error("complex() arg is a malformed string".into())
}

/// The longest prefix of `s` that is a float literal (`PyOS_string_to_double`
/// with an end pointer): `[sign] (digits[.digits] | .digits)[e[sign]digits]`
/// or `inf`/`infinity`/`nan`.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(|b| b.to_ascii_lowercase()).collect();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word.as_bytes()) {
            let end = i + word.len();
            let v = ferrython_algo::float_repr::float_parse_ascii(&s[..end])?;
            return Some((v, end));
        }
    }
    let start_digits = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - start_digits;
    if i < s.len() && s[i] == b'.' {
        i += 1;
        let f = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - f;
    }
    if ndigits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let d = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > d {
            i = j;
        }
    }
    let v = ferrython_algo::float_repr::float_parse_ascii(&s[..i])?;
    Some((v, i))
}

/// Removes PEP 515 underscores (each between two digits); `None` if misplaced.
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !ok {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `complex(str)` (CPython's `complex_from_string_inner`).
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let text = strip_underscores(text)?;
    // Unicode spaces count as whitespace; non-ASCII digits are not accepted here.
    let mut s: &str = text.trim_matches(|c: char| c.is_whitespace());
    let got_bracket = s.starts_with('(');
    if got_bracket {
        s = s.strip_prefix('(')?.strip_suffix(')')?;
        s = s.trim_matches(|c: char| c.is_whitespace());
    }
    let b = s.as_bytes();
    if !b.is_ascii() {
        return None;
    }
    let (mut x, mut y) = (0.0, 0.0);
    let mut i;
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j') | Some(b'J'));
    if let Some((z, end)) = float_prefix(b) {
        i = end;
        match b.get(i) {
            Some(b'+') | Some(b'-') => {
                x = z;
                match float_prefix(&b[i..]) {
                    Some((v, e)) => {
                        y = v;
                        i += e;
                    }
                    None => {
                        y = if b[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(b.get(i)) {
                    return None;
                }
                i += 1;
            }
            Some(b'j') | Some(b'J') => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        i = 0;
        match b.first() {
            Some(b'+') => {
                y = 1.0;
                i = 1;
            }
            Some(b'-') => {
                y = -1.0;
                i = 1;
            }
            _ => y = 1.0,
        }
        if !is_j(b.get(i)) {
            return None;
        }
        i += 1;
    }
    if i != b.len() {
        return None;
    }
    Some((x, y))
}

/// A `complex()` argument as parts and whether it was complex: complex,
/// `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm, v: &Value, first: bool) -> PyResult<Option<((f64, f64), bool)>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some((c, true)));
    }
    if v.ty().is_heap_type() {
        if let Some(f) = vm.lookup_special(v, "__complex__") {
            let r = vm.call(&f, CallArgs::positional(std::slice::from_ref(v)))?;
            return match as_complex(&r) {
                Some(c) => Ok(Some((c, true))),
                None => Err(vm.new_type_error(format!("__complex__ returned non-complex (type {})", r.ty().name()))),
            };
        }
    }
    let _ = first;
    Ok(crate::number::float_of(vm, v)?.map(|f| ((f, 0.0), false)))
}

fn complex_new(vm: &mut Vm, cls: &Value, a: CallArgs) -> PyResult<Value> {
    let v = complex_new_exact(vm, a)?;
    crate::types::builtin_subclass::new_for(vm, cls, &COMPLEX_TYPE, v)
}

fn complex_new_exact(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    for (k, _) in a.kw() {
        let key = crate::types::str::as_str(k).unwrap_or("");
        if key != "real" && key != "imag" {
            return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for complex()")));
        }
    }
    let p = crate::args::parse(vm, "complex", &a, &["real", "imag"], 0, 0)?;
    let (r, i) = (&p[0], &p[1]);
    let Some(r) = r else {
        return match i {
            None => Ok(new_complex(0.0, 0.0)),
            Some(i) => {
                let zero = crate::types::int::new_int(0);
                complex_from_parts(vm, &zero, Some(i))
            }
        };
    };
    if let Some(s) = crate::types::str::as_str(r) {
        if i.is_some() {
            return Err(vm.new_type_error("complex() can't take second arg if first is a string".into()));
        }
        if strip_underscores(s).is_none() {
            let r = crate::types::str::repr_text(s);
            return Err(vm.new_value_error(format!("could not convert string to complex: {r}")));
        }
        return match parse_complex(s) {
            Some((re, im)) => Ok(new_complex(re, im)),
            None => Err(malformed(vm)),
        };
    }
    if i.is_none() && as_complex(r).is_some() {
        return Ok(r.clone());
    }
    complex_from_parts(vm, r, i.as_ref())
}

fn complex_from_parts(vm: &mut Vm, r: &Value, i: Option<&Value>) -> PyResult<Value> {
    if let Some(iv) = i {
        if crate::types::str::as_str(iv).is_some() {
            return Err(vm.new_type_error("complex() second arg can't be a string".into()));
        }
    }
    let Some((cr, cr_is_complex)) = complex_arg(vm, r, true)? else {
        return Err(vm.new_type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.ty().name()
        )));
    };
    let (ci, ci_is_complex) = match i {
        None => ((0.0, 0.0), false),
        Some(iv) => match as_complex(iv) {
            Some(c) => (c, true),
            None => match crate::number::float_of(vm, iv)? {
                Some(f) => ((f, 0.0), false),
                None => {
                    return Err(vm.new_type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        iv.ty().name()
                    )))
                }
            },
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        im += cr.1;
    }
    if i.is_none() {
        im = cr.1;
    }
    Ok(new_complex(re, im))
}
