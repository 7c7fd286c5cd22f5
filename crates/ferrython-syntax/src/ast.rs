//! The abstract syntax tree, mirroring CPython 3.11's `Parser/Python.asdl`.
//!
//! Every node kind, field name and field order follows the ASDL file, so that
//! the printer in `ast_dump.rs` can reproduce `ast.dump(..., include_attributes=True)`
//! byte for byte. Where ASDL has `T?` we use `Option<T>`, where it has `T*` a
//! `Vec<T>`.
//!
//! Positions (`Location`) are stored exactly as CPython reports them:
//! 1-based line numbers and 0-based column offsets counted in UTF-8 bytes.
//! We store line/column pairs rather than byte offsets because CPython's
//! positions are not always a function of a source offset (f-string
//! replacement fields in 3.11 are re-parsed from a substring and their
//! columns are computed by CPython's own rules).

use crate::pystr::PyStr;
use compact_str::CompactString;

/// An identifier (already NFKC-normalized, per PEP 3131).
pub type Identifier = CompactString;

/// `(lineno, col_offset, end_lineno, end_col_offset)` as in CPython's `_attributes`.
/// Columns are UTF-8 byte offsets from the start of the line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Location {
    pub const fn new(lineno: u32, col_offset: u32, end_lineno: u32, end_col_offset: u32) -> Self {
        Location { lineno, col_offset, end_lineno, end_col_offset }
    }

    /// The location spanning from the start of `self` to the end of `end`.
    pub const fn to(self, end: Location) -> Location {
        Location {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: end.end_lineno,
            end_col_offset: end.end_col_offset,
        }
    }
}

// ---------------------------------------------------------------------------
// mod

#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    Module { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> },
    Interactive { body: Vec<Stmt> },
    Expression { body: Box<Expr> },
    FunctionType { argtypes: Vec<Expr>, returns: Box<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeIgnore {
    pub lineno: u32,
    pub tag: Box<str>,
}

// ---------------------------------------------------------------------------
// stmt

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub node: StmtKind,
    pub loc: Location,
}

/// Fields shared by `FunctionDef` and `AsyncFunctionDef`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
    pub type_comment: Option<Box<str>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

/// Fields shared by `For` and `AsyncFor`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub type_comment: Option<Box<str>>,
}

/// Fields shared by `With` and `AsyncWith`.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
    pub type_comment: Option<Box<str>>,
}

/// Fields shared by `Try` and `TryStar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    AsyncFunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
        type_comment: Option<Box<str>>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    /// `simple` is true for a bare name target without parentheses.
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For(Box<For>),
    AsyncFor(Box<For>),
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With(Box<With>),
    AsyncWith(Box<With>),
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try(Box<Try>),
    TryStar(Box<Try>),
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    /// `level` is always present in parser output (0 for absolute imports).
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Identifier>,
    },
    Nonlocal {
        names: Vec<Identifier>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

// ---------------------------------------------------------------------------
// expr

/// 64 bytes (checked below): a power of two for the allocator's size
/// classes and one cache line per boxed node. Sequences of the larger
/// variants are boxed slices (16 bytes, not a `Vec`'s 24) to fit.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub node: ExprKind,
    pub loc: Location,
}

const _: () = assert!(std::mem::size_of::<Expr>() == 64);

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A `None` key stands for `**mapping` in the display.
    Dict {
        keys: Box<[Option<Expr>]>,
        values: Box<[Expr]>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Box<[CmpOp]>,
        comparators: Box<[Expr]>,
    },
    Call {
        func: Box<Expr>,
        args: Box<[Expr]>,
        keywords: Box<[Keyword]>,
    },
    /// `conversion` is -1 (none) or the code of `s`, `r` or `a` (115, 114, 97).
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    /// `kind` is CPython's `'u'` for strings written with a `u` prefix.
    Constant {
        value: Constant,
        kind: Option<ConstantKind>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// The `kind` of a `Constant`: only `'u'` exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConstantKind {
    U,
}

impl ConstantKind {
    pub fn as_str(self) -> &'static str {
        "u"
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The value of a `Constant` node (ASDL's builtin `constant` type).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    /// Literals only ever produce a zero real part; folding may not.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
}

/// An integer constant: a machine word when it fits, a big integer otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(Box<num_bigint::BigInt>),
}

// ---------------------------------------------------------------------------
// the product types

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Box<Expr>>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
    pub loc: Location,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
    pub type_comment: Option<Box<str>>,
    pub loc: Location,
}

/// A keyword argument of a call or class definition; `arg` is `None` for `**kwargs`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub loc: Location,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Identifier,
    pub asname: Option<Identifier>,
    pub loc: Location,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

// ---------------------------------------------------------------------------
// pattern

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub node: PatternKind,
    pub loc: Location,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue {
        value: Box<Expr>,
    },
    /// `value` is `None`, `True` or `False`.
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Identifier>,
    },
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    MatchStar {
        name: Option<Identifier>,
    },
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Identifier>,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

// ---------------------------------------------------------------------------
// Dropping deep trees
//
// Left-recursive chains (`1+1+…`, `a.b.c…`, `f()()…`, `x[0][0]…`) are built
// by loops in the parser, so a 10 MB source line can yield a tree millions of
// levels deep. The compiler-generated drop glue would recurse once per level
// and overflow the native stack. Every other kind of nesting is bounded by the
// parser's recursion limits, so it is enough to unroll these chains: before
// a chain node's fields are dropped, its chain child is moved out and dropped
// in a loop, one level at a time, leaving a leaf in its place.

impl Drop for Expr {
    // Inlined into the drop glue: most nodes are leaves or short chains,
    // and for them the whole cost is this test (measured: a call per node
    // was ~4 M instructions on the parser's 3.0 MB sample).
    #[inline]
    fn drop(&mut self) {
        if chain_child(&self.node).is_some() {
            unchain(&mut self.node);
        }
    }
}

#[inline(never)]
fn unchain(node: &mut ExprKind) {
    let mut next = take_chain_child(node);
    while let Some(mut child) = next {
        next = take_chain_child(&mut child.node);
        // `child` now holds at most a chain of two and drops here.
    }
}

#[inline]
fn chain_child(node: &ExprKind) -> Option<&Expr> {
    match node {
        ExprKind::BinOp { left: c, .. }
        | ExprKind::Attribute { value: c, .. }
        | ExprKind::Subscript { value: c, .. }
        | ExprKind::Call { func: c, .. } => Some(c),
        _ => None,
    }
}

/// Moves out the chain child of `node` if the chain goes on at least two
/// more levels below it, leaving a leaf in its place. Shorter chains
/// (`self.x`, `self.f()`, `a.b.c`: most of them) drop by plain recursion,
/// which is then at most two levels deeper, with no node moved.
fn take_chain_child(node: &mut ExprKind) -> Option<Expr> {
    let deep = chain_child(node).and_then(|c| chain_child(&c.node)).is_some_and(|g| chain_child(&g.node).is_some());
    if !deep {
        return None;
    }
    let slot = match node {
        ExprKind::BinOp { left: c, .. }
        | ExprKind::Attribute { value: c, .. }
        | ExprKind::Subscript { value: c, .. }
        | ExprKind::Call { func: c, .. } => c,
        _ => return None,
    };
    let leaf = Expr { node: ExprKind::Constant { value: Constant::None, kind: None }, loc: slot.loc };
    Some(std::mem::replace(&mut **slot, leaf))
}
