//! The SyntaxErrors CPython 3.11 raises while generating code
//! (`Python/compile.c`), found by walking the AST in the code generator's
//! order, after the symbol table is built.
//!
//! The code generator will raise these itself; until it exists,
//! [`check_compile_errors`] finds the first one, with CPython's message and
//! position. Its pieces are named after the compile.c functions they mirror
//! (`compiler_break`, `compiler_pattern_as`, ...) so that the code generator
//! can absorb them one by one.
//!
//! compile.c reports an error at its *current location*: the statement being
//! compiled (`SET_LOC` at each statement), or the expression being compiled
//! (set on entry, restored on exit), or the last pattern entered (patterns
//! do not restore it). [`Checker::loc`] models that.
//!
//! The checker also collects the SyntaxWarnings compile.c issues
//! (`"is" with a literal`, ...; see `crate::syntax_warnings`), in
//! compile.c's order and at its locations. compile.c generates some code
//! twice, and then warns twice: `finally` bodies (normal and exception
//! path, plus once per `return`/`break`/`continue` unwinding through them)
//! and the test of a `while` loop (before the body and at its end).

use crate::symtable::{error_at, ScopeId, ScopeKind, SymbolTable, COMPILER_RECURSION_LIMIT};
use ferrython_syntax::ast::{
    Arguments, Comprehension, Constant, Expr, ExprContext, ExprKind, Identifier, Int, Keyword, Location, MatchCase,
    Mod, Pattern, PatternKind, Stmt, StmtKind, Try, UnaryOp,
};
use ferrython_syntax::repr::constant_repr;
use ferrython_syntax::{CompileWarning, SyntaxError};

type Result<T = ()> = std::result::Result<T, SyntaxError>;

/// compile.c's `CO_MAXBLOCKS`: the deepest nesting of loops, `try` and `with`.
const CO_MAXBLOCKS: usize = 20;

/// The first compile-stage SyntaxError of `module`, whose symbol table is
/// `table` (built from the same, unmoved AST). Errors have no `text`, as
/// those of [`crate::symtable::build`].
pub fn check_compile_errors(module: &Mod, table: &SymbolTable) -> Result {
    check_compile(module, table, &mut Vec::new())
}

/// `check_compile_errors` that also appends the SyntaxWarnings compile.c
/// issues (those before the error, when there is one) to `warnings`.
pub fn check_compile(module: &Mod, table: &SymbolTable, warnings: &mut Vec<CompileWarning>) -> Result {
    let mut c = Checker { table, units: Vec::new(), depth: 0, warnings: std::mem::take(warnings) };
    c.units.push(Unit { scope: ScopeId::TOP, kind: UnitKind::Module, fblocks: Vec::new(), loc: Location::default() });
    let result = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => c.visit_body(body),
        Mod::Expression { body } => c.visit_expr(body),
        Mod::FunctionType { .. } => Ok(()),
    };
    *warnings = c.warnings;
    result
}

/// compile.c's `COMPILER_SCOPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// compile.c's `fblocktype`: what a `break`, `continue` or `return` must
/// unwind.
#[derive(Clone, Copy, Debug)]
enum FBlock<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The `finally` body compiled for the exception path.
    FinallyEnd,
    /// The `finally` body, compiled again when unwinding through it.
    FinallyTry(&'a [Stmt]),
    /// The `with` statement, whose location unwinding sets.
    With(Location),
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// A compilation unit: one code object being generated.
struct Unit<'a> {
    scope: ScopeId,
    kind: UnitKind,
    fblocks: Vec<FBlock<'a>>,
    /// The current location (`u_lineno`, ...); `lineno` -1 after `UNSET_LOC`.
    loc: Location,
}

struct Checker<'a> {
    table: &'a SymbolTable,
    units: Vec<Unit<'a>>,
    depth: u32,
    warnings: Vec<CompileWarning>,
}

/// `UNSET_LOC`: compile.c marks the location unknown with line -1.
const UNSET_LINENO: u32 = u32::MAX;

impl<'a> Checker<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("the module unit is never left")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("the module unit is never left")
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scope(self.unit_ref().scope).kind
    }

    fn set_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    /// `compiler_error`: the message at the current location.
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let loc = self.unit_ref().loc;
        let mut err = error_at(msg, loc);
        if loc.lineno == UNSET_LINENO {
            err.lineno = -1;
        }
        err
    }

    /// `compiler_warn`: a SyntaxWarning at the current location.
    fn warn(&mut self, msg: Option<String>) {
        if let Some(msg) = msg {
            let lineno = self.unit_ref().loc.lineno;
            let lineno = if lineno == UNSET_LINENO { 0 } else { lineno };
            self.warnings.push(CompileWarning { category: "SyntaxWarning", msg, lineno });
        }
    }

    /// `compiler_jump_if`: a condition compiled as jumps. It sets no
    /// location of its own for `not`, `and`/`or` and conditional
    /// expressions; everything else is compiled with its own location.
    fn visit_jump_if(&mut self, e: &'a Expr) -> Result {
        match &e.node {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.visit_jump_if(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.visit_jump_if(v)),
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_jump_if(test)?;
                self.visit_jump_if(body)?;
                self.visit_jump_if(orelse)
            }
            _ => self.visit_expr(e),
        }
    }

    /// `forbidden_name` for a store.
    fn forbidden_name(&self, name: &str) -> Result {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        Ok(())
    }

    fn enter_unit(&mut self, node_scope: Option<ScopeId>, kind: UnitKind, loc: Location) {
        // The symbol table has a scope for every unit; fall back to the
        // current one only if the AST changed under us.
        let scope = node_scope.unwrap_or(self.unit_ref().scope);
        self.units.push(Unit { scope, kind, fblocks: Vec::new(), loc });
    }

    fn push_fblock(&mut self, block: FBlock<'a>) -> Result {
        if self.unit_ref().fblocks.len() >= CO_MAXBLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.unit().fblocks.push(block);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn enter_node(&mut self) -> Result {
        self.depth += 1;
        if self.depth > COMPILER_RECURSION_LIMIT {
            return Err(crate::symtable::recursion_error());
        }
        Ok(())
    }

    // -- statements ---------------------------------------------------------

    /// A body that may start with a docstring (skipped, as compile.c does).
    fn visit_body(&mut self, body: &'a [Stmt]) -> Result {
        self.visit_stmts(body)
    }

    fn visit_stmts(&mut self, body: &'a [Stmt]) -> Result {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &'a Stmt) -> Result {
        self.enter_node()?;
        self.set_loc(s.loc);
        self.visit_stmt_kind(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_kind(&mut self, s: &'a Stmt) -> Result {
        match &s.node {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                let is_async = matches!(s.node, StmtKind::AsyncFunctionDef(_));
                self.check_debug_args(&f.args)?;
                self.visit_exprs(&f.decorator_list)?;
                self.visit_exprs(&f.args.defaults)?;
                self.visit_exprs(f.args.kw_defaults.iter().flatten())?;
                if !self.table.future.annotations {
                    let args = &f.args;
                    let annotations = args
                        .args
                        .iter()
                        .chain(&args.posonlyargs)
                        .chain(args.vararg.as_deref())
                        .chain(&args.kwonlyargs)
                        .chain(args.kwarg.as_deref())
                        .filter_map(|a| a.annotation.as_deref())
                        .chain(f.returns.as_deref());
                    for annotation in annotations {
                        match &annotation.node {
                            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                            _ => self.visit_expr(annotation)?,
                        }
                    }
                }
                let kind = if is_async { UnitKind::AsyncFunction } else { UnitKind::Function };
                self.enter_unit(self.table.scope_of_stmt(s), kind, s.loc);
                let skip = usize::from(crate::symtable::future::has_docstring(&f.body));
                let result = self.visit_stmts(&f.body[skip..]);
                self.units.pop();
                result?;
                self.forbidden_name(&f.name)?;
            }
            StmtKind::ClassDef(c) => {
                self.visit_exprs(&c.decorator_list)?;
                self.enter_unit(self.table.scope_of_stmt(s), UnitKind::Class, s.loc);
                let result = self.visit_body(&c.body);
                self.units.pop();
                result?;
                self.call_helper(&c.bases, &c.keywords)?;
                self.forbidden_name(&c.name)?;
            }
            StmtKind::Return { value } => self.compiler_return(s, value.as_deref())?,
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value)?;
                self.visit_exprs(targets)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                match &target.node {
                    ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
                    ExprKind::Subscript { value, slice, .. } => {
                        self.visit_expr(value)?;
                        self.visit_expr(slice)?;
                    }
                    _ => {}
                }
                self.visit_expr(value)?;
                if let ExprKind::Name { id, .. } = &target.node {
                    self.forbidden_name(id)?;
                }
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.visit_expr(target)?;
                }
                let evaluates = matches!(self.unit_ref().kind, UnitKind::Module | UnitKind::Class)
                    && !self.table.future.annotations;
                match &target.node {
                    ExprKind::Name { id, .. } => {
                        self.forbidden_name(id)?;
                        if *simple && evaluates {
                            self.visit_expr(annotation)?;
                        }
                    }
                    ExprKind::Attribute { value: base, attr, .. } => {
                        self.forbidden_name(attr)?;
                        if value.is_none() {
                            self.visit_expr(base)?;
                        }
                    }
                    ExprKind::Subscript { value: base, slice, .. } if value.is_none() => {
                        self.visit_expr(base)?;
                        self.visit_expr(slice)?;
                    }
                    _ => {}
                }
                if !*simple && evaluates {
                    self.visit_expr(annotation)?;
                }
            }
            StmtKind::For(f) => {
                self.push_fblock(FBlock::ForLoop)?;
                self.visit_expr(&f.iter)?;
                self.visit_expr(&f.target)?;
                self.visit_stmts(&f.body)?;
                self.pop_fblock();
                self.visit_stmts(&f.orelse)?;
            }
            StmtKind::AsyncFor(f) => {
                if self.unit_ref().kind != UnitKind::AsyncFunction {
                    return Err(self.error("'async for' outside async function"));
                }
                self.push_fblock(FBlock::ForLoop)?;
                self.visit_expr(&f.iter)?;
                self.visit_expr(&f.target)?;
                self.visit_stmts(&f.body)?;
                self.pop_fblock();
                self.visit_stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.push_fblock(FBlock::WhileLoop)?;
                self.visit_jump_if(test)?;
                self.visit_stmts(body)?;
                self.set_loc(s.loc);
                self.visit_jump_if(test)?;
                self.pop_fblock();
                self.visit_stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.visit_jump_if(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => self.compiler_match(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                    }
                }
            }
            StmtKind::Try(t) => self.compiler_try(t, false)?,
            StmtKind::TryStar(t) => self.compiler_try(t, true)?,
            StmtKind::Assert { test, msg } => {
                self.warn(crate::syntax_warnings::check_assert(test));
                self.visit_jump_if(test)?;
                if let Some(msg) = msg {
                    self.visit_expr(msg)?;
                }
            }
            StmtKind::Import { names } => {
                for alias in names {
                    let store = alias.asname.as_deref().unwrap_or_else(|| alias.name.split('.').next().unwrap_or(""));
                    self.forbidden_name(store)?;
                }
            }
            StmtKind::ImportFrom { module, names, .. } => {
                if s.loc.lineno > self.table.future.lineno && module.as_deref() == Some("__future__") {
                    return Err(self.error("from __future__ imports must occur at the beginning of the file"));
                }
                for (i, alias) in names.iter().enumerate() {
                    if i == 0 && alias.name.starts_with('*') {
                        break;
                    }
                    self.forbidden_name(alias.asname.as_ref().unwrap_or(&alias.name))?;
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {}
            StmtKind::Expr { value } => {
                if !matches!(value.node, ExprKind::Constant { .. }) {
                    self.visit_expr(value)?;
                }
            }
            StmtKind::Break => self.compiler_break_continue("'break' outside loop", s.loc)?,
            StmtKind::Continue => self.compiler_break_continue("'continue' not properly in loop", s.loc)?,
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                let is_async = matches!(s.node, StmtKind::AsyncWith(_));
                for item in &w.items {
                    if is_async && self.unit_ref().kind != UnitKind::AsyncFunction {
                        return Err(self.error("'async with' outside async function"));
                    }
                    self.visit_expr(&item.context_expr)?;
                    self.push_fblock(FBlock::With(s.loc))?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_expr(vars)?;
                    }
                }
                self.visit_stmts(&w.body)?;
                for _ in &w.items {
                    self.pop_fblock();
                }
            }
        }
        Ok(())
    }

    /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
    fn check_debug_args(&self, args: &Arguments) -> Result {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        all.into_iter().try_for_each(|a| self.forbidden_name(&a.arg))
    }

    fn compiler_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> Result {
        let preserve_tos = value.is_some_and(|v| !matches!(v.node, ExprKind::Constant { .. }));
        if self.scope_kind() != ScopeKind::Function {
            return Err(self.error("'return' outside function"));
        }
        let scope = self.table.scope(self.unit_ref().scope);
        if value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if let Some(v) = value {
            if preserve_tos {
                self.visit_expr(v)?;
            } else {
                self.set_loc(v.loc);
            }
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(s.loc);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        Ok(())
    }

    /// `compiler_break` / `compiler_continue`.
    fn compiler_break_continue(&mut self, msg: &str, loc: Location) -> Result {
        if !self.unwind_fblock_stack(false, true)? {
            self.set_loc(loc);
            return Err(self.error(msg));
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: walks the blocks from the innermost,
    /// "emitting" their unwinding, up to a loop if `to_loop`. Returns
    /// whether a loop was found.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, to_loop: bool) -> Result<bool> {
        let Some(&top) = self.unit_ref().fblocks.last() else { return Ok(false) };
        if matches!(top, FBlock::ExceptionGroupHandler) {
            return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block"));
        }
        if to_loop && matches!(top, FBlock::WhileLoop | FBlock::ForLoop) {
            return Ok(true);
        }
        self.unit().fblocks.pop();
        let result =
            self.unwind_fblock(top, preserve_tos).and_then(|()| self.unwind_fblock_stack(preserve_tos, to_loop));
        self.unit().fblocks.push(top);
        result
    }

    /// `compiler_unwind_fblock`: only what affects errors and locations.
    fn unwind_fblock(&mut self, block: FBlock<'a>, preserve_tos: bool) -> Result {
        match block {
            FBlock::FinallyTry(body) => {
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.visit_stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unit().loc.lineno = UNSET_LINENO;
            }
            FBlock::With(loc) => {
                self.set_loc(loc);
                self.unit().loc.lineno = UNSET_LINENO;
            }
            _ => {}
        }
        Ok(())
    }

    /// `compiler_try_finally` / `compiler_try_except` (and their `except*`
    /// forms).
    fn compiler_try(&mut self, t: &'a Try, star: bool) -> Result {
        if !t.finalbody.is_empty() {
            self.push_fblock(FBlock::FinallyTry(&t.finalbody))?;
            if t.handlers.is_empty() {
                self.visit_stmts(&t.body)?;
            } else {
                self.try_except(t, star)?;
            }
            self.pop_fblock();
            self.visit_stmts(&t.finalbody)?;
            // The exception path compiles the body a second time.
            self.push_fblock(FBlock::FinallyEnd)?;
            self.visit_stmts(&t.finalbody)?;
            self.pop_fblock();
            return Ok(());
        }
        self.try_except(t, star)
    }

    fn try_except(&mut self, t: &'a Try, star: bool) -> Result {
        self.push_fblock(FBlock::TryExcept)?;
        self.visit_stmts(&t.body)?;
        self.pop_fblock();
        self.visit_stmts(&t.orelse)?;
        let n = t.handlers.len();
        self.push_fblock(if star { FBlock::ExceptionGroupHandler } else { FBlock::ExceptionHandler })?;
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if !star && h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
            }
            if let Some(name) = &h.name {
                self.forbidden_name(name)?;
            }
            self.push_fblock(FBlock::HandlerCleanup)?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock();
        }
        self.pop_fblock();
        Ok(())
    }

    // -- expressions --------------------------------------------------------

    fn visit_exprs<I: IntoIterator<Item = &'a Expr>>(&mut self, exprs: I) -> Result {
        exprs.into_iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_expr(&mut self, e: &'a Expr) -> Result {
        self.enter_node()?;
        let saved = self.unit_ref().loc;
        self.set_loc(e.loc);
        self.visit_expr_kind(e)?;
        self.set_loc(saved);
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_kind(&mut self, e: &'a Expr) -> Result {
        match &e.node {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.check_debug_args(args)?;
                self.visit_exprs(&args.defaults)?;
                self.visit_exprs(args.kw_defaults.iter().flatten())?;
                self.enter_unit(self.table.scope_of_expr(e), UnitKind::Lambda, e.loc);
                let result = self.visit_expr(body);
                self.units.pop();
                result?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_jump_if(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set { elts } => self.visit_elements(elts)?,
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                if *ctx == ExprContext::Store {
                    self.unpack_helper(elts)?;
                }
                self.visit_elements(elts)?;
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.compiler_comprehension(e, generators, elt, None)?,
            ExprKind::DictComp { key, value, generators } => {
                self.compiler_comprehension(e, generators, key, Some(value))?
            }
            ExprKind::Yield { value } => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::YieldFrom { value } => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.unit_ref().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(value)?;
            }
            ExprKind::Await { value } => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(self.unit_ref().kind, UnitKind::AsyncFunction | UnitKind::Comprehension) {
                    return Err(self.error("'await' outside async function"));
                }
                self.visit_expr(value)?;
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.warn(crate::syntax_warnings::check_compare(left, ops, comparators));
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.warn(crate::syntax_warnings::check_caller(func));
                self.validate_keywords(keywords)?;
                self.visit_expr(func)?;
                self.visit_elements(args)?;
                self.visit_exprs(keywords.iter().map(|k| &k.value))?;
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            // `compiler_nameop`'s `forbidden_name` check.
            ExprKind::Name { id, ctx } => match ctx {
                ExprContext::Store => self.forbidden_name(id)?,
                ExprContext::Del if id == "__debug__" => return Err(self.error("cannot delete __debug__")),
                _ => {}
            },
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                if *ctx == ExprContext::Store {
                    self.forbidden_name(attr)?;
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == ExprContext::Load {
                    self.warn(crate::syntax_warnings::check_subscripter(value));
                    self.warn(crate::syntax_warnings::check_index(value, slice));
                }
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                }));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.visit_exprs([lower, upper, step].into_iter().flatten().map(|b| &**b))?
            }
        }
        Ok(())
    }

    /// Elements of a display, call or target, where `*x` is allowed.
    fn visit_elements(&mut self, elts: &'a [Expr]) -> Result {
        for elt in elts {
            match &elt.node {
                ExprKind::Starred { value, .. } => {
                    self.enter_node()?;
                    let saved = self.unit_ref().loc;
                    self.set_loc(elt.loc);
                    self.visit_expr(value)?;
                    self.set_loc(saved);
                    self.depth -= 1;
                }
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }

    /// `unpack_helper`: at most one starred target.
    fn unpack_helper(&self, elts: &[Expr]) -> Result {
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.node, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 1 << 8 || elts.len() - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                seen_star = true;
            }
        }
        Ok(())
    }

    /// `validate_keywords`: no `__debug__=`, no keyword given twice.
    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> Result {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            self.forbidden_name(arg)?;
            if let Some(other) = keywords[i + 1..].iter().find(|o| o.arg.as_ref() == Some(arg)) {
                self.set_loc(other.loc);
                return Err(self.error(format!("keyword argument repeated: {arg}")));
            }
        }
        Ok(())
    }

    /// `compiler_call_helper` for class bases and keywords.
    fn call_helper(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) -> Result {
        self.validate_keywords(keywords)?;
        self.visit_elements(args)?;
        self.visit_exprs(keywords.iter().map(|k| &k.value))
    }

    /// `compiler_comprehension`: the body is compiled in its own unit first,
    /// then the outermost iterable in the enclosing one.
    fn compiler_comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result {
        let Some(outermost) = generators.first() else { return Ok(()) };
        let enclosing = self.unit_ref().kind;
        let scope = self.table.scope_of_expr(e);
        self.enter_unit(scope, UnitKind::Comprehension, e.loc);
        let is_async = self.table.scope(self.unit_ref().scope).is_coroutine;
        let is_genexp = matches!(e.node, ExprKind::GeneratorExp { .. });
        let result =
            if is_async && !is_genexp && !matches!(enclosing, UnitKind::AsyncFunction | UnitKind::Comprehension) {
                Err(self.error("asynchronous comprehension outside of an asynchronous function"))
            } else {
                self.comprehension_generators(generators, 0, elt, value)
            };
        self.units.pop();
        result?;
        self.visit_expr(&outermost.iter)
    }

    fn comprehension_generators(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result {
        let gen = &generators[index];
        if gen.is_async {
            self.push_fblock(FBlock::AsyncComprehensionGenerator)?;
        }
        if index > 0 {
            // `for y in [f(x)]` is compiled as an assignment of f(x).
            let single = match &gen.iter.node {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => elts.first(),
                _ => None,
            };
            match single {
                Some(only) if !matches!(only.node, ExprKind::Starred { .. }) => self.visit_expr(only)?,
                _ => self.visit_expr(&gen.iter)?,
            }
        }
        self.visit_expr(&gen.target)?;
        gen.ifs.iter().try_for_each(|cond| self.visit_jump_if(cond))?;
        if index + 1 < generators.len() {
            self.comprehension_generators(generators, index + 1, elt, value)?;
        } else {
            self.visit_expr(elt)?;
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        }
        if gen.is_async {
            self.pop_fblock();
        }
        Ok(())
    }

    // -- pattern matching -----------------------------------------------------

    /// `compiler_match`.
    fn compiler_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> Result {
        self.visit_expr(subject)?;
        let has_default = cases.len() > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let n = cases.len() - usize::from(has_default);
        for (i, case) in cases.iter().enumerate() {
            let mut pc =
                PatternContext { stores: Vec::new(), allow_irrefutable: case.guard.is_some() || i + 1 == cases.len() };
            if i < n {
                self.compiler_pattern(&case.pattern, &mut pc)?;
            } else {
                self.set_loc(case.pattern.loc);
            }
            if let Some(guard) = &case.guard {
                self.visit_jump_if(guard)?;
            }
            self.visit_stmts(&case.body)?;
        }
        Ok(())
    }

    fn compiler_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext<'a>) -> Result {
        self.enter_node()?;
        self.set_loc(p.loc);
        match &p.node {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } => {
                if patterns.iter().filter(|q| matches!(q.node, PatternKind::MatchStar { .. })).count() > 1 {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                for q in patterns {
                    self.subpattern(q, pc)?;
                }
            }
            PatternKind::MatchStar { name } => self.store_name(name.as_ref(), pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                let mut seen: Vec<ConstKey> = Vec::new();
                for key in keys {
                    match constant_key(key) {
                        Some((k, repr)) => {
                            if seen.contains(&k) {
                                return Err(self.error(format!("mapping pattern checks duplicate key ({repr})")));
                            }
                            seen.push(k);
                        }
                        None if matches!(key.node, ExprKind::Attribute { .. }) => {}
                        None => {
                            return Err(self.error("mapping pattern keys may only match literals and attribute lookups"))
                        }
                    }
                    self.visit_expr(key)?;
                }
                for q in patterns {
                    self.subpattern(q, pc)?;
                }
                self.store_name(rest.as_ref(), pc)?;
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    if let Some(q) = kwd_patterns.get(i) {
                        self.set_loc(q.loc);
                    }
                    self.forbidden_name(attr)?;
                    if let Some(j) = kwd_attrs[i + 1..].iter().position(|other| other == attr) {
                        if let Some(q) = kwd_patterns.get(i + 1 + j) {
                            self.set_loc(q.loc);
                        }
                        return Err(self.error(format!("attribute name repeated in class pattern: {attr}")));
                    }
                }
                if !kwd_attrs.is_empty() {
                    self.set_loc(p.loc);
                }
                self.visit_expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.subpattern(q, pc)?;
                }
            }
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    return Err(self.error(match name {
                        Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".into(),
                    }));
                }
                self.store_name(name.as_ref(), pc)?;
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                self.compiler_pattern(inner, pc)?;
                self.store_name(name.as_ref(), pc)?;
            }
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        self.depth -= 1;
        Ok(())
    }

    /// `compiler_pattern_subpattern`: nested patterns may be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext<'a>) -> Result {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.compiler_pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    /// `compiler_pattern_or`: every alternative binds the same names.
    fn pattern_or(&mut self, alternatives: &'a [Pattern], pc: &mut PatternContext<'a>) -> Result {
        let outer_stores = std::mem::take(&mut pc.stores);
        let allow_irrefutable = pc.allow_irrefutable;
        let mut control: Option<Vec<&Identifier>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.set_loc(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && allow_irrefutable;
            self.compiler_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => {
                    let same = names.len() == pc.stores.len() && names.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                }
            }
        }
        pc.stores = outer_stores;
        pc.allow_irrefutable = allow_irrefutable;
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        Ok(())
    }

    /// `pattern_helper_store_name`.
    fn store_name(&self, name: Option<&'a Identifier>, pc: &mut PatternContext<'a>) -> Result {
        let Some(name) = name else { return Ok(()) };
        self.forbidden_name(name)?;
        if pc.stores.contains(&name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        pc.stores.push(name);
        Ok(())
    }
}

/// compile.c's `pattern_context`, the parts that raise errors.
struct PatternContext<'a> {
    /// Names captured so far, in order.
    stores: Vec<&'a Identifier>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
}

/// `WILDCARD_CHECK`: `case _`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.node, PatternKind::MatchAs { pattern: None, name: None })
}

/// A mapping-pattern key constant, compared as Python compares dict keys
/// (`1`, `1.0` and `True` are the same key).
#[derive(Clone, Debug, PartialEq)]
enum ConstKey {
    None,
    Number(f64, f64),
    BigInt(String),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    Ellipsis,
    /// A key never equal to another (an unfolded complex literal).
    Unique(usize),
}

/// The key and its `repr` if `key` is a constant after CPython's constant
/// folding (the parser allows `-1` and `1+2j` as keys, which the AST
/// optimizer folds into constants).
fn constant_key(key: &Expr) -> Option<(ConstKey, String)> {
    let (value, negate) = match &key.node {
        ExprKind::Constant { value, .. } => (value, false),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.node {
            ExprKind::Constant { value, .. } => (value, true),
            _ => return None,
        },
        // `1+2j` and friends: not worth folding for a duplicate check; they
        // are constants, so they are allowed.
        ExprKind::BinOp { left, right, .. } => {
            let is_num = |e: &Expr| {
                matches!(&e.node, ExprKind::Constant { .. })
                    || matches!(&e.node, ExprKind::UnaryOp { op: UnaryOp::USub, operand }
                        if matches!(operand.node, ExprKind::Constant { .. }))
            };
            if is_num(left) && is_num(right) {
                let unique = std::ptr::from_ref(key) as usize;
                return Some((ConstKey::Unique(unique), String::new()));
            }
            return None;
        }
        _ => return None,
    };
    let sign = if negate { -1.0 } else { 1.0 };
    let out = match value {
        Constant::None => (ConstKey::None, "None".into()),
        Constant::Bool(b) => (ConstKey::Number(f64::from(u8::from(*b)), 0.0), if *b { "True" } else { "False" }.into()),
        Constant::Ellipsis => (ConstKey::Ellipsis, "Ellipsis".into()),
        Constant::Int(Int::Small(i)) => {
            let v = if negate { -i128::from(*i) } else { i128::from(*i) };
            (ConstKey::Number(v as f64, 0.0), v.to_string())
        }
        Constant::Int(Int::Big(b)) => {
            let text = if negate { format!("-{b}") } else { b.to_string() };
            (ConstKey::BigInt(text.clone()), text)
        }
        Constant::Float(f) => {
            let v = sign * f;
            (ConstKey::Number(v, 0.0), constant_repr(&Constant::Float(v)))
        }
        Constant::Complex { real, imag } => {
            let (r, i) = (sign * real, sign * imag);
            (ConstKey::Number(r, i), constant_repr(&Constant::Complex { real: r, imag: i }))
        }
        Constant::Str(s) => (ConstKey::Str(s.as_wtf8().to_vec()), constant_repr(value)),
        Constant::Bytes(b) => (ConstKey::Bytes(b.clone()), constant_repr(value)),
    };
    Some(out)
}
