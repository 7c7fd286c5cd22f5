//! The parser (being written).

use crate::ast;
use crate::error::{CompileWarning, SyntaxError};

/// What to parse a source as: CPython's `compile()` modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`, `Py_file_input`).
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`).
    Single,
    /// A function type comment (`func_type`).
    FuncType,
}

/// A parsed tree and the warnings CPython would have issued while parsing.
#[derive(Debug)]
pub struct ParseOutput {
    pub module: ast::Mod,
    pub warnings: Vec<CompileWarning>,
}

/// Parses decoded source text.
pub fn parse(source: &str, mode: Mode) -> Result<ParseOutput, SyntaxError> {
    let _ = (source, mode);
    unimplemented!("parser not yet written")
}
