//! Constant folding: the part of CPython's AST optimizer (Python/ast_opt.c
//! in 3.11) that replaces operators on constants by their value.
//!
//! What is folded, bottom-up, so `-(2 * 3) + 1` folds in three steps:
//! - unary `-`, `+`, `~` and `not` of a constant;
//! - binary operators on two constants, except `@` and `str % x`;
//! - `constant[constant]` (`"abc"[1]`, `(1, 2)[-1]`; a slice is not a
//!   constant, so `"abc"[1:]` stays);
//! - tuples whose items are all constants.
//!
//! An operation that would raise (`1 / 0`, `None + 1`, `"a" * -1` is fine
//! but `"a" * 2**70` overflows) is left for run time, where it raises. The
//! size limits keep a constant from blowing up the code object, and they are
//! CPython's, so `co_consts` and `dis` match it: ints of more than 128 bits
//! from `*`, `**` and `<<`, more than 256 items from tuple repetition (and at
//! most 1024 items counting nested tuples), more than 4096 characters or
//! bytes from str/bytes repetition. Concatenation has no limit.
//!
//! Where exact rounding would need more than a float operation (true
//! division of ints beyond 2**53, complex division and powers) the
//! expression is left for run time instead: folding is only an
//! optimization there, and the run-time result is the exact one.

use super::expr::ast_constant;
use ferrython_algo::float_ops;
use ferrython_bytecode::Constant;
use ferrython_syntax::ast::{self, Expr, ExprContext, ExprKind, Operator};
use ferrython_syntax::pystr::PyStr;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Bits of the largest int `*`, `**` and `<<` may fold to.
const MAX_INT_SIZE: u64 = 128;
/// Items of the largest tuple repetition folds to.
const MAX_COLLECTION_SIZE: i64 = 256;
/// Characters (or bytes) of the largest str (bytes) repetition folds to.
const MAX_STR_SIZE: i64 = 4096;
/// Items of a repeated tuple, nested tuples included.
const MAX_TOTAL_ITEMS: i64 = 1024;

/// The constant `e` folds to, or `None` when it stays an expression.
pub(crate) fn fold_constant(e: &Expr) -> Option<Constant> {
    match &e.node {
        ExprKind::Constant { value, .. } => Some(ast_constant(value)),
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, &fold_constant(operand)?),
        ExprKind::BinOp { left, op, right } => fold_binary(&fold_constant(left)?, *op, &fold_constant(right)?),
        ExprKind::Subscript { value, slice, ctx: ExprContext::Load } => {
            fold_subscript(&fold_constant(value)?, &fold_constant(slice)?)
        }
        ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
            let items: Option<Vec<Constant>> = elts.iter().map(fold_constant).collect();
            items.map(|v| Constant::Tuple(v.into()))
        }
        _ => None,
    }
}

/// A number as arithmetic sees it (bool is an int).
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn number(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(b) => Num::Int((**b).clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { real, imag } => Num::Complex(*real, *imag),
        _ => return None,
    })
}

fn int_constant(i: BigInt) -> Constant {
    match i.to_i64() {
        Some(small) => Constant::Int(small),
        None => Constant::BigInt(Rc::new(i)),
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match number(c)? {
        Num::Int(i) => Some(i),
        _ => None,
    }
}

/// `bool(c)`.
fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => !b.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis | Constant::Code(_) => true,
    }
}

fn fold_unary(op: ast::UnaryOp, c: &Constant) -> Option<Constant> {
    if op == ast::UnaryOp::Not {
        return Some(Constant::Bool(!truthy(c)));
    }
    Some(match (op, number(c)?) {
        (ast::UnaryOp::USub, Num::Int(i)) => int_constant(-i),
        (ast::UnaryOp::USub, Num::Float(f)) => Constant::Float(-f),
        (ast::UnaryOp::USub, Num::Complex(re, im)) => Constant::Complex { real: -re, imag: -im },
        (ast::UnaryOp::UAdd, Num::Int(i)) => int_constant(i),
        (ast::UnaryOp::UAdd, Num::Float(f)) => Constant::Float(f),
        (ast::UnaryOp::UAdd, Num::Complex(re, im)) => Constant::Complex { real: re, imag: im },
        (ast::UnaryOp::Invert, Num::Int(i)) => int_constant(!i),
        _ => return None,
    })
}

fn fold_binary(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    match (l, op, r) {
        (Constant::Str(a), Operator::Add, Constant::Str(b)) => {
            let mut s = PyStr::with_capacity(a.as_wtf8().len() + b.as_wtf8().len());
            s.push_pystr(a);
            s.push_pystr(b);
            return Some(Constant::Str(Rc::new(s)));
        }
        (Constant::Bytes(a), Operator::Add, Constant::Bytes(b)) => {
            return Some(Constant::Bytes([&a[..], &b[..]].concat().into()));
        }
        (Constant::Tuple(a), Operator::Add, Constant::Tuple(b)) => {
            return Some(Constant::Tuple(a.iter().chain(b.iter()).cloned().collect()));
        }
        (seq @ (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)), Operator::Mult, n)
        | (n, Operator::Mult, seq @ (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_))) => {
            return repeat(seq, &as_int(n)?);
        }
        // `%` formatting is never folded; any other sequence operand raises.
        (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), ..)
        | (.., Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) => return None,
        _ => {}
    }
    // bool & bool stays a bool.
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(a & b)),
            Operator::BitOr => return Some(Constant::Bool(a | b)),
            Operator::BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    match (number(l)?, number(r)?) {
        (Num::Int(a), Num::Int(b)) => int_binary(a, op, b),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (a, b) = (complex(l)?, complex(r)?);
            let (re, im) = match op {
                Operator::Add => (a.0 + b.0, a.1 + b.1),
                Operator::Sub => (a.0 - b.0, a.1 - b.1),
                Operator::Mult => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
                _ => return None,
            };
            Some(Constant::Complex { real: re, imag: im })
        }
        (a, b) => {
            let (x, y) = (float(a)?, float(b)?);
            let v = match op {
                Operator::Add => x + y,
                Operator::Sub => x - y,
                Operator::Mult => x * y,
                Operator::Div => float_ops::float_true_div(x, y).ok()?,
                Operator::FloorDiv => float_ops::float_floor_div(x, y).ok()?,
                Operator::Mod => float_ops::float_mod(x, y).ok()?,
                Operator::Pow => float_ops::float_pow(x, y).ok()?,
                _ => return None,
            };
            Some(Constant::Float(v))
        }
    }
}

fn float(n: Num) -> Option<f64> {
    match n {
        Num::Int(i) => float_ops::int_to_f64(&i).ok(),
        Num::Float(f) => Some(f),
        Num::Complex(..) => None,
    }
}

fn complex(c: &Constant) -> Option<(f64, f64)> {
    match number(c)? {
        Num::Complex(re, im) => Some((re, im)),
        n => Some((float(n)?, 0.0)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn int_binary(a: BigInt, op: Operator, b: BigInt) -> Option<Constant> {
    Some(int_constant(match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && bits(&a) + bits(&b) > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::Div => {
            // Both exact as floats: one division is correctly rounded.
            let limit = BigInt::from(1u64 << 53);
            if b.is_zero() || a.abs() > limit || b.abs() > limit {
                return None;
            }
            return Some(Constant::Float(a.to_f64()? / b.to_f64()?));
        }
        Operator::FloorDiv if !b.is_zero() => a.div_floor(&b),
        Operator::Mod if !b.is_zero() => a.mod_floor(&b),
        Operator::Pow => {
            if b.is_negative() {
                // A negative exponent gives a float, computed as floats.
                let (x, y) = (float_ops::int_to_f64(&a).ok()?, float_ops::int_to_f64(&b).ok()?);
                return Some(Constant::Float(float_ops::float_pow(x, y).ok()?));
            }
            if a.is_zero() || b.is_zero() {
                return Some(Constant::Int(b.is_zero() as i64));
            }
            let e = b.to_u64()?;
            if bits(&a) > MAX_INT_SIZE / e {
                return None;
            }
            num_traits::pow(a, e as usize)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            if a.is_zero() {
                return Some(Constant::Int(0));
            }
            let n = b.to_u64()?;
            if n > MAX_INT_SIZE || bits(&a) > MAX_INT_SIZE - n {
                return None;
            }
            a << n as usize
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            match b.to_u64().filter(|&n| n < bits(&a) + 1) {
                // Floor division by a power of two.
                Some(n) => a.div_floor(&(BigInt::from(1) << n as usize)),
                None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
            }
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => return None,
    }))
}

/// `seq * n` within CPython's `safe_multiply` limits.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let size = match seq {
        Constant::Str(s) => s.char_len(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    } as i64;
    // An empty sequence repeats to itself; only an index-sized count works.
    let n = n.to_i64()?;
    if size != 0 {
        let limit = if matches!(seq, Constant::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
        if n < 0 || n > limit / size {
            return None;
        }
        if n > 0 && matches!(seq, Constant::Tuple(_)) && complexity(seq, MAX_TOTAL_ITEMS / n) < 0 {
            return None;
        }
    }
    let n = n.max(0) as usize;
    Some(match seq {
        Constant::Str(s) => {
            let mut out = PyStr::with_capacity(s.as_wtf8().len() * n);
            for _ in 0..n {
                out.push_pystr(s);
            }
            Constant::Str(Rc::new(out))
        }
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n).into()),
        Constant::Tuple(t) => Constant::Tuple(t.iter().cycle().take(t.len() * n).cloned().collect()),
        _ => return None,
    })
}

/// What is left of `limit` after counting the items of `c` and of the
/// tuples nested in it (negative: too many).
fn complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(t) | Constant::FrozenSet(t) = c {
        limit -= t.len() as i64;
        for item in t.iter() {
            if limit < 0 {
                break;
            }
            limit = complexity(item, limit);
        }
    }
    limit
}

/// `value[index]` for a str, bytes or tuple and an int index in range.
fn fold_subscript(value: &Constant, index: &Constant) -> Option<Constant> {
    let i = match index {
        Constant::Bool(b) => *b as i64,
        Constant::Int(i) => *i,
        _ => return None,
    };
    let at = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    Some(match value {
        Constant::Str(s) => {
            let cp = s.code_points().nth(at(s.char_len())?)?;
            let mut one = PyStr::new();
            one.push(cp);
            Constant::Str(Rc::new(one))
        }
        Constant::Bytes(b) => Constant::Int(b[at(b.len())?] as i64),
        Constant::Tuple(t) => t[at(t.len())?].clone(),
        _ => return None,
    })
}
