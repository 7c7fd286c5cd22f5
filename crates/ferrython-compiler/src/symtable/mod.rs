//! The symbol table: every scope of a module and the binding of every name
//! in it, computed as CPython 3.11's `Python/symtable.c` computes it.
//!
//! # Two passes
//!
//! `builder` walks the AST once (CPython's `symtable_visit_*`), creating a
//! [`Scope`] for the module, each class, function, lambda and comprehension,
//! and recording raw facts about each name as `DEF_*`/`USE` flag bits: bound
//! here, used here, declared `global`, a parameter, ... It raises the
//! SyntaxErrors that need only those facts (duplicate arguments, `global`
//! after use, walrus misuse in comprehensions, `yield` in a comprehension).
//!
//! `analyze` then walks the scope tree (CPython's `analyze_block`) passing
//! down the names bound in enclosing function scopes, and resolves each name
//! to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL; free names of
//! nested scopes flow back up, turning the binding scope's local into a cell
//! and adding pass-through free names to the scopes in between (including
//! class scopes, which get `DEF_FREE_CLASS` when they also bind the name).
//! It raises the errors that need the whole tree: `nonlocal` without a
//! binding, `nonlocal` at module level, a name both `nonlocal` and `global`.
//!
//! # Using it from the code generator
//!
//! [`build`] returns a [`SymbolTable`]: scopes in a `Vec` in creation order
//! (pre-order, as CPython creates its `PySTEntryObject`s), addressed by
//! [`ScopeId`]. The code generator walks the same AST, unmoved, and finds the
//! scope of a `FunctionDef`/`AsyncFunctionDef`/`ClassDef` statement with
//! [`SymbolTable::scope_of_stmt`] and of a `Lambda` or comprehension
//! expression with [`SymbolTable::scope_of_expr`] (keyed by node address, as
//! CPython keys `st_blocks` by the node pointer).
//!
//! Annotation scopes (CPython's `AnnotationBlock`, made only under
//! `from __future__ import annotations`) exist in `scopes` so that names used
//! in string-ized annotations stay out of the real scopes, but they are
//! nobody's child and are never analyzed, exactly as in CPython.

mod analyze;
mod builder;
pub mod dump;
pub mod future;

use ferrython_syntax::ast::{self, Identifier, Location};
use ferrython_syntax::{SyntaxError, SyntaxErrorKind};
use std::collections::HashMap;

pub use future::FutureFeatures;

// ---------------------------------------------------------------------------
// Symbol flags: CPython's Include/internal/pycore_symtable.h, same values.

/// Raw facts about a name in one scope (a bit set of the `DEF_*`/`USE` constants).
pub type SymbolFlags = u16;

/// `global NAME` in this scope (also set on the module's symbol).
pub const DEF_GLOBAL: SymbolFlags = 1;
/// Bound here: assignment, `for`/`with`/`except` target, `def`, `class`, `del`, pattern capture.
pub const DEF_LOCAL: SymbolFlags = 2;
/// A parameter of this function.
pub const DEF_PARAM: SymbolFlags = 4;
/// `nonlocal NAME` in this scope.
pub const DEF_NONLOCAL: SymbolFlags = 8;
/// Read here.
pub const USE: SymbolFlags = 16;
/// Defined by CPython but never set by 3.11's symtable.
pub const DEF_FREE: SymbolFlags = 32;
/// A class binds the name and one of its methods uses it freely.
pub const DEF_FREE_CLASS: SymbolFlags = 64;
/// Bound by `import`.
pub const DEF_IMPORT: SymbolFlags = 128;
/// `NAME: annotation` (simple target).
pub const DEF_ANNOT: SymbolFlags = 256;
/// A comprehension's iteration variable.
pub const DEF_COMP_ITER: SymbolFlags = 512;
/// The flags that make a name local to a scope.
pub const DEF_BOUND: SymbolFlags = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The bit names in bit order, for dumps.
pub const FLAG_NAMES: [(SymbolFlags, &str); 10] = [
    (DEF_GLOBAL, "DEF_GLOBAL"),
    (DEF_LOCAL, "DEF_LOCAL"),
    (DEF_PARAM, "DEF_PARAM"),
    (DEF_NONLOCAL, "DEF_NONLOCAL"),
    (USE, "USE"),
    (DEF_FREE, "DEF_FREE"),
    (DEF_FREE_CLASS, "DEF_FREE_CLASS"),
    (DEF_IMPORT, "DEF_IMPORT"),
    (DEF_ANNOT, "DEF_ANNOT"),
    (DEF_COMP_ITER, "DEF_COMP_ITER"),
];

/// Where a name lives at run time, as decided by the analysis pass
/// (CPython's `LOCAL` .. `CELL`, stored above `SCOPE_OFFSET` in its flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    /// Not analyzed (symbols of annotation scopes only).
    Unresolved = 0,
    /// A local variable (fast local in functions, a namespace entry in
    /// modules and classes).
    Local = 1,
    /// Declared `global` here.
    GlobalExplicit = 2,
    /// Not bound in any enclosing function: a global or builtin.
    GlobalImplicit = 3,
    /// Bound in an enclosing function scope (or `nonlocal`).
    Free = 4,
    /// A local that a nested scope uses freely.
    Cell = 5,
}

impl SymbolScope {
    /// CPython's constant name (`LOCAL`, `GLOBAL_EXPLICIT`, ...), `-` when unresolved.
    pub fn name(self) -> &'static str {
        match self {
            SymbolScope::Unresolved => "-",
            SymbolScope::Local => "LOCAL",
            SymbolScope::GlobalExplicit => "GLOBAL_EXPLICIT",
            SymbolScope::GlobalImplicit => "GLOBAL_IMPLICIT",
            SymbolScope::Free => "FREE",
            SymbolScope::Cell => "CELL",
        }
    }
}

/// One name in one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name as stored, after private-name mangling (`__x` in class `C` is `_C__x`).
    pub name: Identifier,
    pub flags: SymbolFlags,
    pub scope: SymbolScope,
}

impl Symbol {
    pub fn has(&self, flag: SymbolFlags) -> bool {
        self.flags & flag != 0
    }
}

// ---------------------------------------------------------------------------
// Scopes

/// Index of a scope in [`SymbolTable::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

impl ScopeId {
    /// The module scope is always the first.
    pub const TOP: ScopeId = ScopeId(0);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// CPython's `_Py_block_ty`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// Functions, lambdas and comprehensions.
    Function,
    Class,
    Module,
    /// Annotations under `from __future__ import annotations`.
    Annotation,
}

/// What kind of comprehension a function scope implements (CPython's
/// `_Py_comprehension_ty`); it names the "'yield' inside ..." error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// One scope: CPython's `PySTEntryObject`.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, the function or class name (unmangled), `lambda`, `listcomp`,
    /// `setcomp`, `dictcomp`, `genexpr` or `_annotation`.
    pub name: Identifier,
    /// The node's position (all zero for the module), CPython's `ste_lineno`,
    /// `ste_col_offset`, `ste_end_lineno`, `ste_end_col_offset`.
    pub loc: Location,
    pub parent: Option<ScopeId>,
    /// Nested scopes in creation order (annotation scopes excluded).
    pub children: Vec<ScopeId>,
    /// The parameters, in CPython's `ste_varnames` order: positional-only,
    /// positional, keyword-only, `*args`, `**kwargs` (`.0` for a comprehension).
    pub varnames: Vec<Identifier>,
    /// Inside a function (or a scope nested in one).
    pub nested: bool,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or contains `await`/`async for`/`async with` comprehension parts.
    pub is_coroutine: bool,
    /// `Some` for the scope of a comprehension.
    pub comprehension: Option<ComprehensionKind>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// A `return` with a value.
    pub returns_value: bool,
    /// Has free variables (CPython's `ste_free`).
    pub has_free: bool,
    /// Some nested scope has free variables (`ste_child_free`).
    pub child_free: bool,
    /// Class scope whose methods use `__class__` or `super`: the class body
    /// must create the implicit `__class__` cell.
    pub needs_class_closure: bool,
    symbols: Vec<Symbol>,
    index: HashMap<Identifier, u32>,
    /// `global`/`nonlocal` declarations (and their walrus equivalents), for
    /// the positions of errors found during analysis.
    directives: Vec<(Identifier, Location)>,
    /// Builder state: visiting a comprehension's iteration target.
    comp_iter_target: bool,
    /// Builder state: inside a comprehension's iterable expression (a counter).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: Identifier, loc: Location, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            loc,
            parent,
            children: Vec::new(),
            varnames: Vec::new(),
            nested: false,
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            symbols: Vec::new(),
            index: HashMap::new(),
            directives: Vec::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbols in insertion order (CPython's `ste_symbols` dict order),
    /// except that names added only to pass a free variable through this
    /// scope come last sorted by name (CPython adds them in set order).
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The symbol for `name` (already mangled, as stored).
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i as usize])
    }

    /// The flags of `name`, 0 if absent (CPython's `_PyST_GetSymbol`).
    pub fn flags(&self, name: &str) -> SymbolFlags {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name` (CPython's `_PyST_GetScope`).
    pub fn scope_of(&self, name: &str) -> SymbolScope {
        self.lookup(name).map_or(SymbolScope::Unresolved, |s| s.scope)
    }

    /// Functions, lambdas and comprehensions use fast locals (`is_optimized`).
    pub fn is_function(&self) -> bool {
        self.kind == ScopeKind::Function
    }

    /// Names resolved as CELL, sorted as CPython sorts `co_cellvars`
    /// (`dictbytype` orders by the names' code points). The implicit
    /// `__class__` cell of a class (`needs_class_closure`) is included.
    pub fn cellvars(&self) -> Vec<Identifier> {
        let mut names: Vec<Identifier> =
            self.symbols.iter().filter(|s| s.scope == SymbolScope::Cell).map(|s| s.name.clone()).collect();
        if self.needs_class_closure {
            names.push(Identifier::from("__class__"));
        }
        names.sort();
        names
    }

    /// Names resolved as FREE, plus class-scope names marked
    /// `DEF_FREE_CLASS`, sorted as CPython sorts `co_freevars`.
    pub fn freevars(&self) -> Vec<Identifier> {
        let mut names: Vec<Identifier> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Free || s.has(DEF_FREE_CLASS))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }

    /// Names that are local variables but not parameters, in symbol order.
    /// CPython's code generator appends these to `co_varnames` in the order
    /// it first emits an access to each, which can differ (`x = y` loads `y`
    /// first); a code generator should use `varnames` and append on first use.
    pub fn other_locals(&self) -> impl Iterator<Item = &Symbol> {
        self.symbols.iter().filter(|s| s.scope == SymbolScope::Local && !s.has(DEF_PARAM))
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        let i = *self.index.get(name)?;
        Some(&mut self.symbols[i as usize])
    }

    /// Sets `name`'s flags, adding it at the end if new.
    fn set_flags(&mut self, name: &str, flags: SymbolFlags) {
        if let Some(sym) = self.get_mut(name) {
            sym.flags = flags;
            return;
        }
        self.index.insert(Identifier::from(name), self.symbols.len() as u32);
        self.symbols.push(Symbol { name: Identifier::from(name), flags, scope: SymbolScope::Unresolved });
    }
}

// ---------------------------------------------------------------------------
// The table

/// All scopes of one module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// The filename given to [`build`] (CPython's `st_filename`).
    pub filename: String,
    /// Every scope in creation order; `scopes[0]` is the module.
    pub scopes: Vec<Scope>,
    /// `from __future__` features of the module.
    pub future: FutureFeatures,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    /// The module scope.
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope of a `FunctionDef`, `AsyncFunctionDef` or `ClassDef`
    /// statement of the AST given to [`build`].
    pub fn scope_of_stmt(&self, stmt: &ast::Stmt) -> Option<ScopeId> {
        self.by_node.get(&node_key(stmt)).copied()
    }

    /// The scope of a `Lambda`, `ListComp`, `SetComp`, `DictComp` or
    /// `GeneratorExp` expression of the AST given to [`build`].
    pub fn scope_of_expr(&self, expr: &ast::Expr) -> Option<ScopeId> {
        self.by_node.get(&node_key(expr)).copied()
    }

    /// The children of `id` in CPython's order.
    pub fn children(&self, id: ScopeId) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scope(id).children.iter().map(|&c| (c, self.scope(c)))
    }
}

/// The address of an AST node, the key of [`SymbolTable`]'s node map.
fn node_key<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

/// Builds the symbol table of `module`, or returns the first SyntaxError
/// CPython's symtable stage (future statements, then `symtable.c`) raises,
/// or a `RecursionError` (kind [`SyntaxErrorKind::RecursionError`]) for
/// trees deeper than CPython's compiler accepts.
///
/// Errors carry CPython's `lineno`, `offset` (1-based UTF-8 byte column, as
/// `PyErr_RangedSyntaxLocationObject` stores it), `end_lineno` and
/// `end_offset`; `text` is `None`: CPython re-reads the line from the file
/// named `filename`, which the caller does (see [`attach_program_text`]).
pub fn build(module: &ast::Mod, filename: &str) -> Result<SymbolTable, SyntaxError> {
    let future = future::future_features(module)?;
    let mut table = builder::build(module, filename, future)?;
    analyze::analyze(&mut table)?;
    Ok(table)
}

/// CPython's compilers give up past this many nested statements,
/// expressions and patterns: the recursion limit (1000) times
/// `COMPILER_STACK_FRAME_SCALE` (3), for a program compiled with no Python
/// frames on the stack (a script, `-c`). Measured on 3.11.7: `x = 1+1+…`
/// with 2,998 additions compiles, 2,999 raise RecursionError.
pub const COMPILER_RECURSION_LIMIT: u32 = 3000;

/// The error CPython raises past [`COMPILER_RECURSION_LIMIT`].
pub fn recursion_error() -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::RecursionError,
        msg: "maximum recursion depth exceeded during compilation".into(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
        byte_offsets: None,
    }
}

/// A SyntaxError at `loc` as `PyErr_RangedSyntaxLocationObject(filename,
/// lineno, col_offset + 1, end_lineno, end_col_offset + 1)` makes it.
pub fn error_at(msg: impl Into<String>, loc: Location) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: loc.lineno.into(),
        offset: i64::from(loc.col_offset) + 1,
        end_lineno: loc.end_lineno.into(),
        end_offset: i64::from(loc.end_col_offset) + 1,
        text: None,
        byte_offsets: None,
    }
}

/// Fills `err.text` as CPython does for errors raised after parsing
/// (`PyErr_ProgramTextObject`): line `lineno` read back from the program's
/// file, decoded as UTF-8 with replacement. `file_bytes` is `None` when
/// there is no file (`-c`, stdin), and then the text stays `None`.
pub fn attach_program_text(err: &mut SyntaxError, file_bytes: Option<&[u8]>) {
    if err.text.is_some() || err.lineno < 1 {
        return;
    }
    if let Some(bytes) = file_bytes {
        let source = String::from_utf8_lossy(bytes);
        err.text = ferrython_syntax::error::source_line(&source, err.lineno);
    }
}

/// CPython's `_Py_Mangle`: inside class `private`, `__name` becomes
/// `_private__name` (leading underscores of the class name stripped), unless
/// the name ends with `__`, contains a dot, or the class name is all
/// underscores.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    let Some(private) = private else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

#[cfg(test)]
mod tests;
