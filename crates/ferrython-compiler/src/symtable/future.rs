//! `from __future__ import ...` statements: CPython 3.11's `Python/future.c`.
//!
//! Future statements must open the module (after an optional docstring).
//! This pass records the features and raises the errors future.c raises;
//! a future import found later is the code generator's error ("from
//! __future__ imports must occur at the beginning of the file", see
//! `check::check_compile_errors`), except for the case future.c itself
//! catches: a later future import on the same line as the opening ones.

use ferrython_syntax::ast::{Constant, ExprKind, Mod, Stmt, StmtKind};
use ferrython_syntax::{SyntaxError, SyntaxErrorKind};

/// The `from __future__` features that change compilation (CPython's
/// `PyFutureFeatures`); the others (`division`, `generator_stop`, ...) are
/// accepted and have no effect in 3.11.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations` (PEP 563): annotations are not evaluated.
    pub annotations: bool,
    /// `barry_as_FLUFL`.
    pub barry_as_flufl: bool,
    /// Line of the last future statement, 0 if none (`ff_lineno`).
    pub lineno: u32,
}

const ACCEPTED: [&str; 8] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// Whether `body` starts with a docstring (CPython's `_PyAST_GetDocString`).
pub fn has_docstring(body: &[Stmt]) -> bool {
    matches!(body.first(), Some(Stmt { node: StmtKind::Expr { value }, .. })
        if matches!(value.node, ExprKind::Constant { value: Constant::Str(_), .. }))
}

/// The future features of `module` (CPython's `future_parse`).
pub fn future_features(module: &Mod) -> Result<FutureFeatures, SyntaxError> {
    let mut ff = FutureFeatures::default();
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let start = usize::from(has_docstring(body));
    let mut done = false;
    let mut prev_line = 0;
    for s in &body[start.min(body.len())..] {
        if done && s.loc.lineno > prev_line {
            break;
        }
        prev_line = s.loc.lineno;
        match &s.node {
            StmtKind::ImportFrom { module: Some(m), names, .. } if m == "__future__" => {
                if done {
                    // CPython: PyErr_SyntaxLocationObject(filename, lineno, col_offset),
                    // without the usual +1.
                    return Err(future_error(
                        "from __future__ imports must occur at the beginning of the file",
                        s,
                        s.loc.col_offset.into(),
                    ));
                }
                for alias in names {
                    match alias.name.as_str() {
                        "annotations" => ff.annotations = true,
                        "barry_as_FLUFL" => ff.barry_as_flufl = true,
                        name if ACCEPTED.contains(&name) => {}
                        "braces" => return Err(future_error("not a chance", s, i64::from(s.loc.col_offset) + 1)),
                        name => {
                            return Err(future_error(
                                format!("future feature {name} is not defined"),
                                s,
                                i64::from(s.loc.col_offset) + 1,
                            ))
                        }
                    }
                }
                ff.lineno = s.loc.lineno;
            }
            _ => done = true,
        }
    }
    Ok(ff)
}

/// `PyErr_SyntaxLocationObject(filename, lineno, offset)`: the end is the
/// start line and an unknown (-1) end offset.
fn future_error(msg: impl Into<String>, s: &Stmt, offset: i64) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: s.loc.lineno.into(),
        offset,
        end_lineno: s.loc.lineno.into(),
        end_offset: -1,
        text: None,
        byte_offsets: None,
    }
}
