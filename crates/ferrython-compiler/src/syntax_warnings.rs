//! The SyntaxWarnings CPython 3.11's code generator issues
//! (`Python/compile.c`: `check_compare`, `check_caller`,
//! `check_subscripter`, `check_index` and the tuple test of
//! `compiler_assert`).
//!
//! compile.c looks at the tree *after* the AST optimizer (`ast_opt.c`)
//! folded constants, so `x is -1`, `x is (1, 2)` and `x is 1 + 2` compare
//! with a literal while `x is not None` and `x is (not 1)` (folded to
//! `False`) do not. [`folded`] tells what an expression folds to, by type:
//! the warnings only need the type of a folded value (and whether it is
//! `None`, `True`, `False` or `...`), so no value is computed beyond the
//! zero tests that decide whether a division folds.

use ferrython_syntax::ast::{CmpOp, Constant, Expr, ExprContext, ExprKind, Int, Operator, UnaryOp};

/// What a constant expression folds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Folded {
    None,
    Ellipsis,
    Bool,
    /// `zero`: known to be 0 (a literal 0), which a division does not fold by.
    Int {
        zero: bool,
        negative: bool,
    },
    Float {
        zero: bool,
    },
    Complex {
        zero: bool,
    },
    Str,
    Bytes,
    Tuple,
}

impl Folded {
    fn type_name(self) -> &'static str {
        match self {
            Folded::None => "NoneType",
            Folded::Ellipsis => "ellipsis",
            Folded::Bool => "bool",
            Folded::Int { .. } => "int",
            Folded::Float { .. } => "float",
            Folded::Complex { .. } => "complex",
            Folded::Str => "str",
            Folded::Bytes => "bytes",
            Folded::Tuple => "tuple",
        }
    }

    /// `bool` and `int` (`PyLong_Check`).
    fn is_int(self) -> bool {
        matches!(self, Folded::Bool | Folded::Int { .. })
    }

    fn is_zero(self) -> bool {
        matches!(self, Folded::Int { zero: true, .. } | Folded::Float { zero: true } | Folded::Complex { zero: true })
    }

    /// Numeric rank for the arithmetic result type: int, float, complex.
    fn rank(self) -> Option<u8> {
        match self {
            Folded::Bool | Folded::Int { .. } => Some(0),
            Folded::Float { .. } => Some(1),
            Folded::Complex { .. } => Some(2),
            _ => None,
        }
    }
}

fn constant_kind(c: &Constant) -> Folded {
    match c {
        Constant::None => Folded::None,
        Constant::Ellipsis => Folded::Ellipsis,
        Constant::Bool(_) => Folded::Bool,
        Constant::Int(Int::Small(i)) => Folded::Int { zero: *i == 0, negative: *i < 0 },
        // Literals are never negative: `-5` is a unary minus.
        Constant::Int(Int::Big(_)) => Folded::Int { zero: false, negative: false },
        Constant::Float(f) => Folded::Float { zero: *f == 0.0 },
        Constant::Complex { real, imag } => Folded::Complex { zero: *real == 0.0 && *imag == 0.0 },
        Constant::Str(_) => Folded::Str,
        Constant::Bytes(_) => Folded::Bytes,
    }
}

/// What `e` becomes after `ast_opt.c` folds constants, or `None` when it
/// stays an expression. Operations that would raise (`1 / 0`, `-"a"`) are
/// not folded, as in CPython; the size limits of `safe_multiply` and
/// friends are not modelled.
fn folded(e: &Expr) -> Option<Folded> {
    match &e.node {
        ExprKind::Constant { value, .. } => Some(constant_kind(value)),
        ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
            elts.iter().all(|x| folded(x).is_some()).then_some(Folded::Tuple)
        }
        ExprKind::UnaryOp { op, operand } => {
            let v = folded(operand)?;
            match op {
                UnaryOp::Not => Some(Folded::Bool),
                UnaryOp::Invert => v.is_int().then_some(Folded::Int { zero: false, negative: false }),
                UnaryOp::UAdd | UnaryOp::USub => match v {
                    Folded::Bool => Some(Folded::Int { zero: false, negative: false }),
                    Folded::Int { zero, negative } => {
                        Some(Folded::Int { zero, negative: *op == UnaryOp::USub && !zero && !negative })
                    }
                    Folded::Float { .. } | Folded::Complex { .. } => Some(v),
                    _ => None,
                },
            }
        }
        ExprKind::BinOp { left, op, right } => fold_binop(folded(left)?, *op, folded(right)?),
        _ => None,
    }
}

fn fold_binop(l: Folded, op: Operator, r: Folded) -> Option<Folded> {
    use Operator::*;
    let int = Folded::Int { zero: false, negative: false };
    // Sequences: concatenation and repetition (`%` formatting is never folded).
    match (l, op, r) {
        (Folded::Str, Add, Folded::Str) => return Some(Folded::Str),
        (Folded::Bytes, Add, Folded::Bytes) => return Some(Folded::Bytes),
        (Folded::Tuple, Add, Folded::Tuple) => return Some(Folded::Tuple),
        (s @ (Folded::Str | Folded::Bytes | Folded::Tuple), Mult, n)
        | (n, Mult, s @ (Folded::Str | Folded::Bytes | Folded::Tuple))
            if n.is_int() =>
        {
            return Some(s)
        }
        _ => {}
    }
    let (lr, rr) = (l.rank()?, r.rank()?);
    let rank = lr.max(rr);
    let numeric = |rank: u8| match rank {
        0 => int,
        1 => Folded::Float { zero: false },
        _ => Folded::Complex { zero: false },
    };
    match op {
        Add | Sub | Mult => Some(numeric(rank)),
        Div => (!r.is_zero()).then_some(numeric(rank.max(1))),
        FloorDiv | Mod => (!r.is_zero() && rank < 2).then_some(numeric(rank)),
        Pow => {
            if l.is_zero() && matches!(r, Folded::Int { negative: true, .. }) {
                return None;
            }
            let negative_exponent = matches!(r, Folded::Int { negative: true, .. });
            Some(numeric(if rank == 0 && negative_exponent { 1 } else { rank }))
        }
        LShift | RShift => {
            (l.is_int() && r.is_int() && !matches!(r, Folded::Int { negative: true, .. })).then_some(int)
        }
        BitAnd | BitOr | BitXor => match (l, r) {
            (Folded::Bool, Folded::Bool) => Some(Folded::Bool),
            _ if l.is_int() && r.is_int() => Some(int),
            _ => None,
        },
        MatMult => None,
    }
}

/// compile.c's `infer_type`: the type an expression surely evaluates to.
fn infer_type(e: &Expr) -> Option<&'static str> {
    if let Some(f) = folded(e) {
        return Some(f.type_name());
    }
    Some(match &e.node {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Slice { .. } => "slice",
        _ => return None,
    })
}

/// `check_is_arg`: fine as an operand of `is` (not a literal, or a singleton).
fn is_arg_ok(e: &Expr) -> bool {
    matches!(folded(e), None | Some(Folded::None | Folded::Bool | Folded::Ellipsis))
}

/// `check_compare`: the first `is`/`is not` with a literal operand.
pub fn check_compare(left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<String> {
    let mut left_ok = is_arg_ok(left);
    for (op, right) in ops.iter().zip(comparators) {
        let right_ok = is_arg_ok(right);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
            return Some(
                if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                }
                .to_string(),
            );
        }
        left_ok = right_ok;
    }
    None
}

/// `check_caller`: calling a display, comprehension or literal.
pub fn check_caller(func: &Expr) -> Option<String> {
    let warns = folded(func).is_some()
        || matches!(
            func.node,
            ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        );
    let name = infer_type(func)?;
    warns.then(|| format!("'{name}' object is not callable; perhaps you missed a comma?"))
}

/// `check_subscripter`: subscripting something that never supports it.
pub fn check_subscripter(value: &Expr) -> Option<String> {
    let warns = match folded(value) {
        Some(f) => !matches!(f, Folded::Str | Folded::Bytes | Folded::Tuple),
        None => {
            matches!(
                value.node,
                ExprKind::Set { .. }
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Lambda { .. }
            )
        }
    };
    let name = infer_type(value)?;
    warns.then(|| format!("'{name}' object is not subscriptable; perhaps you missed a comma?"))
}

/// `check_index`: a sequence indexed by something that is not an int or slice.
pub fn check_index(value: &Expr, index: &Expr) -> Option<String> {
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool" | "slice") {
        return None;
    }
    let warns = match folded(value) {
        Some(f) => matches!(f, Folded::Str | Folded::Bytes | Folded::Tuple),
        None => matches!(
            value.node,
            ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        ),
    };
    let name = infer_type(value)?;
    warns.then(|| format!("{name} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"))
}

/// `compiler_assert`: a non-empty tuple as the test is always true.
pub fn check_assert(test: &Expr) -> Option<String> {
    match &test.node {
        ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
            Some("assertion is always true, perhaps remove parentheses?".to_string())
        }
        _ => None,
    }
}
