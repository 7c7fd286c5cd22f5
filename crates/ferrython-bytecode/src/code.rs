//! Code objects: what the compiler produces for a module, class body,
//! function, lambda or comprehension, and what a frame executes.

use crate::opcodes::{Instr, OperandContext};
use ferrython_syntax::ast::Location;
use ferrython_syntax::pystr::PyStr;
use num_bigint::BigInt;
use std::rc::Rc;

/// A compile-time constant (CPython's `co_consts` entries).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Rc<PyStr>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// `co_flags` bits, with CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// One entry of the exception table: an exception raised by an instruction
/// in `start..end` transfers control to `handler`. Entries are sorted so the
/// innermost protecting range comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Local variable names; local `i` lives in register `i`. Parameters
    /// come first, as in `co_varnames`.
    pub varnames: Vec<Rc<str>>,
    /// Names of cells created by this frame; cell `i` lives in register
    /// `varnames.len() + i`.
    pub cellvars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, the parameter's index.
    pub cell2arg: Vec<Option<u32>>,
    /// Free variables (cells received from the closure); free `i` lives in
    /// register `varnames.len() + cellvars.len() + i`.
    pub freevars: Vec<Rc<str>>,
    /// Total registers: named ones, then temporaries.
    pub nregs: u32,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    pub instrs: Vec<Instr>,
    /// Source span of each instruction (same length as `instrs`); a zero
    /// `lineno` means the instruction has no position.
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
    pub docstring: Option<Rc<PyStr>>,
}

impl CodeObject {
    /// The register holding cell `i`.
    pub fn cell_register(&self, i: usize) -> usize {
        self.varnames.len() + i
    }

    /// The register holding free variable `i`.
    pub fn free_register(&self, i: usize) -> usize {
        self.varnames.len() + self.cellvars.len() + i
    }

    /// The handler for an exception raised at instruction `pc`, if any.
    pub fn handler_for(&self, pc: u32) -> Option<u32> {
        self.exception_table.iter().find(|e| e.start <= pc && pc < e.end).map(|e| e.handler)
    }

    /// The line an instruction reports (`co_lines` / `f_lineno`).
    pub fn line_of(&self, pc: usize) -> Option<u32> {
        self.locations.get(pc).map(|l| l.lineno).filter(|&l| l != 0)
    }
}

impl OperandContext for CodeObject {
    fn register_name(&self, reg: u16) -> String {
        let r = reg as usize;
        if r < self.varnames.len() {
            format!("r{r}({})", self.varnames[r])
        } else if r < self.varnames.len() + self.cellvars.len() {
            format!("r{r}(cell {})", self.cellvars[r - self.varnames.len()])
        } else if r < self.varnames.len() + self.cellvars.len() + self.freevars.len() {
            format!("r{r}(free {})", self.freevars[r - self.varnames.len() - self.cellvars.len()])
        } else {
            format!("r{r}")
        }
    }

    fn const_repr(&self, idx: u16) -> String {
        match self.consts.get(idx as usize) {
            Some(c) => constant_repr(c),
            None => format!("<bad const {idx}>"),
        }
    }

    fn name(&self, idx: u16) -> String {
        match self.names.get(idx as usize) {
            Some(n) => n.to_string(),
            None => format!("<bad name {idx}>"),
        }
    }
}

/// `repr()` of a constant as CPython would print it.
pub fn constant_repr(c: &Constant) -> String {
    let mut out = String::new();
    write_constant_repr(c, &mut out);
    out
}

fn write_constant_repr(c: &Constant, out: &mut String) {
    use ferrython_syntax::repr;
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => repr::repr_float(*f, out),
        Constant::Complex { real, imag } => repr::repr_complex(*real, *imag, out),
        Constant::Str(s) => repr::repr_str(s, out),
        Constant::Bytes(b) => repr::repr_bytes(b, out),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_constant_repr(item, out);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            out.push_str("frozenset({");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_constant_repr(item, out);
            }
            out.push_str("})");
        }
        Constant::Code(code) => out.push_str(&format!("<code object {}, line {}>", code.name, code.firstlineno)),
    }
}
