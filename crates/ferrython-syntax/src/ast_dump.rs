//! The AST printer: `ast.dump(tree, include_attributes=True)` of CPython 3.11,
//! byte for byte.
//!
//! CPython: Lib/ast.py, `dump` (with `indent=None`). Its rules, as they apply
//! to trees the parser builds:
//! - a node prints as `Name(field=value, ..., lineno=.., col_offset=..,
//!   end_lineno=.., end_col_offset=..)`: every field in `_fields` order, then
//!   the `_attributes` of node kinds that have positions (`stmt`, `expr`,
//!   `pattern`, `excepthandler`, `arg`, `keyword`, `alias`); `comprehension`,
//!   `arguments`, `withitem`, `match_case` and `type_ignore` have none;
//! - a field whose value is `None` is omitted when ASDL declares it optional
//!   (`T?`), because then the class attribute defaults to `None`; a required
//!   field holding `None` (`Constant(value=None)`, `MatchSingleton`) prints;
//! - list elements that are `None` (`Dict.keys`, `arguments.kw_defaults`)
//!   print as `None`;
//! - booleans stored as ints (`AnnAssign.simple`, `comprehension.is_async`)
//!   print as `0`/`1`; operator and context nodes print as `Add()`, `Load()`;
//! - values are printed with `repr` (`repr.rs`).
//!
//! The output is built in one `String`; each node writes its own opening,
//! fields and closing parenthesis.

use crate::ast::*;
use crate::repr::{repr_constant, repr_rust_str};
use std::fmt::Write;

/// `ast.dump(tree, include_attributes=True)` of a module, expression,
/// interactive statement or function type.
///
/// Trees too deep for CPython to convert to Python objects print as far as
/// the limit allows; use `try_dump_mod` to learn that CPython would have
/// raised RecursionError instead.
pub fn dump_mod(m: &Mod) -> String {
    let mut d = Dumper::new(4096);
    d.module(m);
    d.out
}

/// CPython's `ast.parse` raises `RecursionError: maximum recursion depth
/// exceeded during ast construction` when the tree is deeper than this many
/// nodes (its limit is 3 x the recursion limit of 1000, less what the
/// calling frames have used: measured on 3.11.7 with a module-level
/// `ast.parse` in a fresh `python3.11 -c`, a chain `1+1+...` of 2,988
/// additions converts and 2,989 do not).
pub const AST_CONSTRUCTION_DEPTH_LIMIT: u32 = 2991;

/// The error `try_dump_mod` returns for a tree CPython could not convert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooDeep;

impl std::fmt::Display for TooDeep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("maximum recursion depth exceeded during ast construction")
    }
}

/// Like `dump_mod`, but fails as CPython's `ast.parse` does on trees deeper
/// than `AST_CONSTRUCTION_DEPTH_LIMIT`; it never recurses deeper itself.
pub fn try_dump_mod(m: &Mod) -> Result<String, TooDeep> {
    let mut d = Dumper::new(4096);
    d.module(m);
    if d.too_deep {
        Err(TooDeep)
    } else {
        Ok(d.out)
    }
}

/// `ast.dump(node, include_attributes=True)` of one statement.
pub fn dump_stmt(s: &Stmt) -> String {
    let mut d = Dumper::new(0);
    d.stmt(s);
    d.out
}

/// `ast.dump(node, include_attributes=True)` of one expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper::new(0);
    d.expr(e);
    d.out
}

struct Dumper {
    out: String,
    /// Nodes on the current path (module, statements, expressions, patterns).
    depth: u32,
    too_deep: bool,
}

impl Dumper {
    fn new(capacity: usize) -> Self {
        Dumper { out: String::with_capacity(capacity), depth: 1, too_deep: false }
    }

    /// Enters a node; false (and `too_deep` set) past the depth limit, so
    /// the printer's own recursion stays bounded.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > AST_CONSTRUCTION_DEPTH_LIMIT {
            self.too_deep = true;
        }
        !self.too_deep
    }

    // -- small pieces ------------------------------------------------------

    /// Writes `, name=` (or `name=` for the first field of a node).
    fn key(&mut self, first: &mut bool, name: &str) {
        if !*first {
            self.out.push_str(", ");
        }
        *first = false;
        self.out.push_str(name);
        self.out.push('=');
    }

    /// Writes the four position attributes and closes the node.
    fn attrs(&mut self, first: bool, loc: &Location) {
        if !first {
            self.out.push_str(", ");
        }
        // Writing to a String cannot fail.
        let _ = write!(
            self.out,
            "lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
            loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
        );
    }

    fn int(&mut self, n: i64) {
        let _ = write!(self.out, "{n}");
    }

    fn ident(&mut self, id: &str) {
        repr_rust_str(id, &mut self.out);
    }

    fn opt_ident(&mut self, first: &mut bool, name: &str, id: &Option<Identifier>) {
        if let Some(id) = id {
            self.key(first, name);
            self.ident(id);
        }
    }

    fn opt_str(&mut self, first: &mut bool, name: &str, s: &Option<Box<str>>) {
        if let Some(s) = s {
            self.key(first, name);
            repr_rust_str(s, &mut self.out);
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn idents(&mut self, ids: &[Identifier]) {
        self.list(ids, |d, id| d.ident(id));
    }

    fn stmts(&mut self, first: &mut bool, name: &str, body: &[Stmt]) {
        self.key(first, name);
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, first: &mut bool, name: &str, es: &[Expr]) {
        self.key(first, name);
        self.list(es, |d, e| d.expr(e));
    }

    fn field_expr(&mut self, first: &mut bool, name: &str, e: &Expr) {
        self.key(first, name);
        self.expr(e);
    }

    fn opt_expr(&mut self, first: &mut bool, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.field_expr(first, name, e);
        }
    }

    fn ctx(&mut self, first: &mut bool, ctx: ExprContext) {
        self.key(first, "ctx");
        self.out.push_str(match ctx {
            ExprContext::Load => "Load()",
            ExprContext::Store => "Store()",
            ExprContext::Del => "Del()",
        });
    }

    fn operator(&mut self, first: &mut bool, op: Operator) {
        self.key(first, "op");
        self.out.push_str(match op {
            Operator::Add => "Add()",
            Operator::Sub => "Sub()",
            Operator::Mult => "Mult()",
            Operator::MatMult => "MatMult()",
            Operator::Div => "Div()",
            Operator::Mod => "Mod()",
            Operator::Pow => "Pow()",
            Operator::LShift => "LShift()",
            Operator::RShift => "RShift()",
            Operator::BitOr => "BitOr()",
            Operator::BitXor => "BitXor()",
            Operator::BitAnd => "BitAnd()",
            Operator::FloorDiv => "FloorDiv()",
        });
    }

    fn cmpop(&mut self, op: &CmpOp) {
        self.out.push_str(match op {
            CmpOp::Eq => "Eq()",
            CmpOp::NotEq => "NotEq()",
            CmpOp::Lt => "Lt()",
            CmpOp::LtE => "LtE()",
            CmpOp::Gt => "Gt()",
            CmpOp::GtE => "GtE()",
            CmpOp::Is => "Is()",
            CmpOp::IsNot => "IsNot()",
            CmpOp::In => "In()",
            CmpOp::NotIn => "NotIn()",
        });
    }

    // -- mod -----------------------------------------------------------------

    fn module(&mut self, m: &Mod) {
        let mut first = true;
        match m {
            Mod::Module { body, type_ignores } => {
                self.out.push_str("Module(");
                self.stmts(&mut first, "body", body);
                self.key(&mut first, "type_ignores");
                self.list(type_ignores, |d, t| {
                    let _ = write!(d.out, "TypeIgnore(lineno={}, tag=", t.lineno);
                    repr_rust_str(&t.tag, &mut d.out);
                    d.out.push(')');
                });
            }
            Mod::Interactive { body } => {
                self.out.push_str("Interactive(");
                self.stmts(&mut first, "body", body);
            }
            Mod::Expression { body } => {
                self.out.push_str("Expression(");
                self.field_expr(&mut first, "body", body);
            }
            Mod::FunctionType { argtypes, returns } => {
                self.out.push_str("FunctionType(");
                self.exprs(&mut first, "argtypes", argtypes);
                self.field_expr(&mut first, "returns", returns);
            }
        }
        self.out.push(')');
    }

    // -- stmt ----------------------------------------------------------------

    fn stmt(&mut self, s: &Stmt) {
        if self.enter() {
            self.stmt_inner(s);
        }
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        let mut first = true;
        let f = &mut first;
        match &s.node {
            StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
                self.out.push_str(if matches!(s.node, StmtKind::FunctionDef(_)) {
                    "FunctionDef("
                } else {
                    "AsyncFunctionDef("
                });
                self.key(f, "name");
                self.ident(&def.name);
                self.key(f, "args");
                self.arguments(&def.args);
                self.stmts(f, "body", &def.body);
                self.exprs(f, "decorator_list", &def.decorator_list);
                self.opt_expr(f, "returns", &def.returns);
                self.opt_str(f, "type_comment", &def.type_comment);
            }
            StmtKind::ClassDef(def) => {
                self.out.push_str("ClassDef(");
                self.key(f, "name");
                self.ident(&def.name);
                self.exprs(f, "bases", &def.bases);
                self.key(f, "keywords");
                self.list(&def.keywords, |d, k| d.keyword(k));
                self.stmts(f, "body", &def.body);
                self.exprs(f, "decorator_list", &def.decorator_list);
            }
            StmtKind::Return { value } => {
                self.out.push_str("Return(");
                self.opt_expr(f, "value", value);
            }
            StmtKind::Delete { targets } => {
                self.out.push_str("Delete(");
                self.exprs(f, "targets", targets);
            }
            StmtKind::Assign { targets, value, type_comment } => {
                self.out.push_str("Assign(");
                self.exprs(f, "targets", targets);
                self.field_expr(f, "value", value);
                self.opt_str(f, "type_comment", type_comment);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.out.push_str("AugAssign(");
                self.field_expr(f, "target", target);
                self.operator(f, *op);
                self.field_expr(f, "value", value);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.out.push_str("AnnAssign(");
                self.field_expr(f, "target", target);
                self.field_expr(f, "annotation", annotation);
                self.opt_expr(f, "value", value);
                self.key(f, "simple");
                self.int(i64::from(*simple));
            }
            StmtKind::For(for_) | StmtKind::AsyncFor(for_) => {
                self.out.push_str(if matches!(s.node, StmtKind::For(_)) { "For(" } else { "AsyncFor(" });
                self.field_expr(f, "target", &for_.target);
                self.field_expr(f, "iter", &for_.iter);
                self.stmts(f, "body", &for_.body);
                self.stmts(f, "orelse", &for_.orelse);
                self.opt_str(f, "type_comment", &for_.type_comment);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.out.push_str(if matches!(s.node, StmtKind::While { .. }) { "While(" } else { "If(" });
                self.field_expr(f, "test", test);
                self.stmts(f, "body", body);
                self.stmts(f, "orelse", orelse);
            }
            StmtKind::With(with) | StmtKind::AsyncWith(with) => {
                self.out.push_str(if matches!(s.node, StmtKind::With(_)) { "With(" } else { "AsyncWith(" });
                self.key(f, "items");
                self.list(&with.items, |d, item| d.withitem(item));
                self.stmts(f, "body", &with.body);
                self.opt_str(f, "type_comment", &with.type_comment);
            }
            StmtKind::Match { subject, cases } => {
                self.out.push_str("Match(");
                self.field_expr(f, "subject", subject);
                self.key(f, "cases");
                self.list(cases, |d, c| d.match_case(c));
            }
            StmtKind::Raise { exc, cause } => {
                self.out.push_str("Raise(");
                self.opt_expr(f, "exc", exc);
                self.opt_expr(f, "cause", cause);
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.out.push_str(if matches!(s.node, StmtKind::Try(_)) { "Try(" } else { "TryStar(" });
                self.stmts(f, "body", &t.body);
                self.key(f, "handlers");
                self.list(&t.handlers, |d, h| d.excepthandler(h));
                self.stmts(f, "orelse", &t.orelse);
                self.stmts(f, "finalbody", &t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.out.push_str("Assert(");
                self.field_expr(f, "test", test);
                self.opt_expr(f, "msg", msg);
            }
            StmtKind::Import { names } => {
                self.out.push_str("Import(");
                self.key(f, "names");
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.out.push_str("ImportFrom(");
                self.opt_ident(f, "module", module);
                self.key(f, "names");
                self.list(names, |d, a| d.alias(a));
                self.key(f, "level");
                self.int(i64::from(*level));
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                self.out.push_str(if matches!(s.node, StmtKind::Global { .. }) { "Global(" } else { "Nonlocal(" });
                self.key(f, "names");
                self.idents(names);
            }
            StmtKind::Expr { value } => {
                self.out.push_str("Expr(");
                self.field_expr(f, "value", value);
            }
            StmtKind::Pass => self.out.push_str("Pass("),
            StmtKind::Break => self.out.push_str("Break("),
            StmtKind::Continue => self.out.push_str("Continue("),
        }
        self.attrs(first, &s.loc);
    }

    // -- expr ----------------------------------------------------------------

    fn expr(&mut self, e: &Expr) {
        if self.enter() {
            self.expr_inner(e);
        }
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        let mut first = true;
        let f = &mut first;
        match &e.node {
            ExprKind::BoolOp { op, values } => {
                self.out.push_str("BoolOp(");
                self.key(f, "op");
                self.out.push_str(match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                });
                self.exprs(f, "values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.out.push_str("NamedExpr(");
                self.field_expr(f, "target", target);
                self.field_expr(f, "value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.out.push_str("BinOp(");
                self.field_expr(f, "left", left);
                self.operator(f, *op);
                self.field_expr(f, "right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.out.push_str("UnaryOp(");
                self.key(f, "op");
                self.out.push_str(match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                });
                self.field_expr(f, "operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                self.out.push_str("Lambda(");
                self.key(f, "args");
                self.arguments(args);
                self.field_expr(f, "body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.out.push_str("IfExp(");
                self.field_expr(f, "test", test);
                self.field_expr(f, "body", body);
                self.field_expr(f, "orelse", orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.out.push_str("Dict(");
                self.key(f, "keys");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.out.push_str("None"),
                });
                self.exprs(f, "values", values);
            }
            ExprKind::Set { elts } => {
                self.out.push_str("Set(");
                self.exprs(f, "elts", elts);
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.out.push_str(match e.node {
                    ExprKind::ListComp { .. } => "ListComp(",
                    ExprKind::SetComp { .. } => "SetComp(",
                    _ => "GeneratorExp(",
                });
                self.field_expr(f, "elt", elt);
                self.comprehensions(f, generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.out.push_str("DictComp(");
                self.field_expr(f, "key", key);
                self.field_expr(f, "value", value);
                self.comprehensions(f, generators);
            }
            ExprKind::Await { value } => {
                self.out.push_str("Await(");
                self.field_expr(f, "value", value);
            }
            ExprKind::Yield { value } => {
                self.out.push_str("Yield(");
                self.opt_expr(f, "value", value);
            }
            ExprKind::YieldFrom { value } => {
                self.out.push_str("YieldFrom(");
                self.field_expr(f, "value", value);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.out.push_str("Compare(");
                self.field_expr(f, "left", left);
                self.key(f, "ops");
                self.list(ops, |d, op| d.cmpop(op));
                self.exprs(f, "comparators", comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                self.out.push_str("Call(");
                self.field_expr(f, "func", func);
                self.exprs(f, "args", args);
                self.key(f, "keywords");
                self.list(keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.out.push_str("FormattedValue(");
                self.field_expr(f, "value", value);
                self.key(f, "conversion");
                self.int(i64::from(*conversion));
                self.opt_expr(f, "format_spec", format_spec);
            }
            ExprKind::JoinedStr { values } => {
                self.out.push_str("JoinedStr(");
                self.exprs(f, "values", values);
            }
            ExprKind::Constant { value, kind } => {
                self.out.push_str("Constant(");
                self.key(f, "value");
                repr_constant(value, &mut self.out);
                if let Some(k) = kind {
                    self.key(f, "kind");
                    self.ident(k.as_str());
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.out.push_str("Attribute(");
                self.field_expr(f, "value", value);
                self.key(f, "attr");
                self.ident(attr);
                self.ctx(f, *ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.out.push_str("Subscript(");
                self.field_expr(f, "value", value);
                self.field_expr(f, "slice", slice);
                self.ctx(f, *ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.out.push_str("Starred(");
                self.field_expr(f, "value", value);
                self.ctx(f, *ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.out.push_str("Name(");
                self.key(f, "id");
                self.ident(id);
                self.ctx(f, *ctx);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.out.push_str(if matches!(e.node, ExprKind::List { .. }) { "List(" } else { "Tuple(" });
                self.exprs(f, "elts", elts);
                self.ctx(f, *ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.out.push_str("Slice(");
                self.opt_expr(f, "lower", lower);
                self.opt_expr(f, "upper", upper);
                self.opt_expr(f, "step", step);
            }
        }
        self.attrs(first, &e.loc);
    }

    // -- the product types ---------------------------------------------------

    fn comprehensions(&mut self, first: &mut bool, generators: &[Comprehension]) {
        self.key(first, "generators");
        self.list(generators, |d, c| {
            let mut first = true;
            let f = &mut first;
            d.out.push_str("comprehension(");
            d.field_expr(f, "target", &c.target);
            d.field_expr(f, "iter", &c.iter);
            d.exprs(f, "ifs", &c.ifs);
            d.key(f, "is_async");
            d.int(i64::from(c.is_async));
            d.out.push(')');
        });
    }

    fn excepthandler(&mut self, h: &ExceptHandler) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("ExceptHandler(");
        self.opt_expr(f, "type", &h.type_);
        self.opt_ident(f, "name", &h.name);
        self.stmts(f, "body", &h.body);
        self.attrs(first, &h.loc);
    }

    fn arguments(&mut self, a: &Arguments) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("arguments(");
        self.key(f, "posonlyargs");
        self.list(&a.posonlyargs, |d, arg| d.arg(arg));
        self.key(f, "args");
        self.list(&a.args, |d, arg| d.arg(arg));
        if let Some(vararg) = &a.vararg {
            self.key(f, "vararg");
            self.arg(vararg);
        }
        self.key(f, "kwonlyargs");
        self.list(&a.kwonlyargs, |d, arg| d.arg(arg));
        self.key(f, "kw_defaults");
        self.list(&a.kw_defaults, |d, e| match e {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
        if let Some(kwarg) = &a.kwarg {
            self.key(f, "kwarg");
            self.arg(kwarg);
        }
        self.exprs(f, "defaults", &a.defaults);
        self.out.push(')');
    }

    fn arg(&mut self, a: &Arg) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("arg(");
        self.key(f, "arg");
        self.ident(&a.arg);
        self.opt_expr(f, "annotation", &a.annotation);
        self.opt_str(f, "type_comment", &a.type_comment);
        self.attrs(first, &a.loc);
    }

    fn keyword(&mut self, k: &Keyword) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("keyword(");
        self.opt_ident(f, "arg", &k.arg);
        self.field_expr(f, "value", &k.value);
        self.attrs(first, &k.loc);
    }

    fn alias(&mut self, a: &Alias) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("alias(");
        self.key(f, "name");
        self.ident(&a.name);
        self.opt_ident(f, "asname", &a.asname);
        self.attrs(first, &a.loc);
    }

    fn withitem(&mut self, w: &WithItem) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("withitem(");
        self.field_expr(f, "context_expr", &w.context_expr);
        self.opt_expr(f, "optional_vars", &w.optional_vars);
        self.out.push(')');
    }

    fn match_case(&mut self, c: &MatchCase) {
        let mut first = true;
        let f = &mut first;
        self.out.push_str("match_case(");
        self.key(f, "pattern");
        self.pattern(&c.pattern);
        self.opt_expr(f, "guard", &c.guard);
        self.stmts(f, "body", &c.body);
        self.out.push(')');
    }

    // -- pattern -------------------------------------------------------------

    fn patterns(&mut self, first: &mut bool, name: &str, ps: &[Pattern]) {
        self.key(first, name);
        self.list(ps, |d, p| d.pattern(p));
    }

    fn pattern(&mut self, p: &Pattern) {
        if self.enter() {
            self.pattern_inner(p);
        }
        self.depth -= 1;
    }

    fn pattern_inner(&mut self, p: &Pattern) {
        let mut first = true;
        let f = &mut first;
        match &p.node {
            PatternKind::MatchValue { value } => {
                self.out.push_str("MatchValue(");
                self.field_expr(f, "value", value);
            }
            PatternKind::MatchSingleton { value } => {
                self.out.push_str("MatchSingleton(");
                self.key(f, "value");
                repr_constant(value, &mut self.out);
            }
            PatternKind::MatchSequence { patterns } => {
                self.out.push_str("MatchSequence(");
                self.patterns(f, "patterns", patterns);
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.out.push_str("MatchMapping(");
                self.exprs(f, "keys", keys);
                self.patterns(f, "patterns", patterns);
                self.opt_ident(f, "rest", rest);
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.out.push_str("MatchClass(");
                self.field_expr(f, "cls", cls);
                self.patterns(f, "patterns", patterns);
                self.key(f, "kwd_attrs");
                self.idents(kwd_attrs);
                self.patterns(f, "kwd_patterns", kwd_patterns);
            }
            PatternKind::MatchStar { name } => {
                self.out.push_str("MatchStar(");
                self.opt_ident(f, "name", name);
            }
            PatternKind::MatchAs { pattern, name } => {
                self.out.push_str("MatchAs(");
                if let Some(pattern) = pattern {
                    self.key(f, "pattern");
                    self.pattern(pattern);
                }
                self.opt_ident(f, "name", name);
            }
            PatternKind::MatchOr { patterns } => {
                self.out.push_str("MatchOr(");
                self.patterns(f, "patterns", patterns);
            }
        }
        self.attrs(first, &p.loc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pystr::PyStr;

    fn loc(l: u32, c: u32, el: u32, ec: u32) -> Location {
        Location::new(l, c, el, ec)
    }

    fn name(id: &str, ctx: ExprContext, at: Location) -> Expr {
        Expr { node: ExprKind::Name { id: id.into(), ctx }, loc: at }
    }

    fn constant(value: Constant, at: Location) -> Expr {
        Expr { node: ExprKind::Constant { value, kind: None }, loc: at }
    }

    fn stmt(node: StmtKind, at: Location) -> Stmt {
        Stmt { node, loc: at }
    }

    // Expected strings are python3.11's
    // `ast.dump(ast.parse(SOURCE), include_attributes=True)`.

    #[test]
    fn assign_and_import_from() {
        // from . import x as y
        // x = None
        let m = Mod::Module {
            body: vec![
                stmt(
                    StmtKind::ImportFrom {
                        module: None,
                        names: vec![Alias { name: "x".into(), asname: Some("y".into()), loc: loc(1, 14, 1, 20) }],
                        level: 1,
                    },
                    loc(1, 0, 1, 20),
                ),
                stmt(
                    StmtKind::Assign {
                        targets: vec![name("x", ExprContext::Store, loc(2, 0, 2, 1))],
                        value: Box::new(constant(Constant::None, loc(2, 4, 2, 8))),
                        type_comment: None,
                    },
                    loc(2, 0, 2, 8),
                ),
            ],
            type_ignores: vec![],
        };
        assert_eq!(
            dump_mod(&m),
            "Module(body=[ImportFrom(names=[alias(name='x', asname='y', lineno=1, col_offset=14, end_lineno=1, \
             end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), \
             Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], \
             value=Constant(value=None, lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), lineno=2, \
             col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"
        );
    }

    #[test]
    fn lambda_dict_and_match() {
        // lambda: 0
        let lambda = Expr {
            node: ExprKind::Lambda {
                args: Box::default(),
                body: Box::new(constant(Constant::Int(Int::Small(0)), loc(1, 8, 1, 9))),
            },
            loc: loc(1, 0, 1, 9),
        };
        assert_eq!(
            dump_expr(&lambda),
            "Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), \
             body=Constant(value=0, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, \
             col_offset=0, end_lineno=1, end_col_offset=9)"
        );
        // {**a, 1: 2}
        let dict = Expr {
            node: ExprKind::Dict {
                keys: vec![None, Some(constant(Constant::Int(Int::Small(1)), loc(1, 6, 1, 7)))].into(),
                values: vec![
                    name("a", ExprContext::Load, loc(1, 3, 1, 4)),
                    constant(Constant::Int(Int::Small(2)), loc(1, 9, 1, 10)),
                ]
                .into(),
            },
            loc: loc(1, 0, 1, 11),
        };
        assert_eq!(
            dump_expr(&dict),
            "Dict(keys=[None, Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], \
             values=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), \
             Constant(value=2, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, \
             end_lineno=1, end_col_offset=11)"
        );
        // match a:
        //     case None: pass
        //     case _: pass
        let m = stmt(
            StmtKind::Match {
                subject: Box::new(name("a", ExprContext::Load, loc(1, 6, 1, 7))),
                cases: vec![
                    MatchCase {
                        pattern: Pattern {
                            node: PatternKind::MatchSingleton { value: Constant::None },
                            loc: loc(2, 9, 2, 13),
                        },
                        guard: None,
                        body: vec![stmt(StmtKind::Pass, loc(2, 15, 2, 19))],
                    },
                    MatchCase {
                        pattern: Pattern {
                            node: PatternKind::MatchAs { pattern: None, name: None },
                            loc: loc(3, 9, 3, 10),
                        },
                        guard: None,
                        body: vec![stmt(StmtKind::Pass, loc(3, 12, 3, 16))],
                    },
                ],
            },
            loc(1, 0, 3, 16),
        );
        assert_eq!(
            dump_stmt(&m),
            "Match(subject=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), \
             cases=[match_case(pattern=MatchSingleton(value=None, lineno=2, col_offset=9, end_lineno=2, \
             end_col_offset=13), body=[Pass(lineno=2, col_offset=15, end_lineno=2, end_col_offset=19)]), \
             match_case(pattern=MatchAs(lineno=3, col_offset=9, end_lineno=3, end_col_offset=10), \
             body=[Pass(lineno=3, col_offset=12, end_lineno=3, end_col_offset=16)])], lineno=1, col_offset=0, \
             end_lineno=3, end_col_offset=16)"
        );
    }

    #[test]
    fn constants_kinds_and_comprehensions() {
        // u"x"
        let u = Expr {
            node: ExprKind::Constant {
                value: Constant::Str(PyStr::from("x")),
                kind: Some(crate::ast::ConstantKind::U),
            },
            loc: loc(1, 0, 1, 4),
        };
        assert_eq!(
            dump_expr(&u),
            "Constant(value='x', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)"
        );
        // [x async for x in y if z]
        let comp = Expr {
            node: ExprKind::ListComp {
                elt: Box::new(name("x", ExprContext::Load, loc(1, 1, 1, 2))),
                generators: vec![Comprehension {
                    target: name("x", ExprContext::Store, loc(1, 13, 1, 14)),
                    iter: name("y", ExprContext::Load, loc(1, 18, 1, 19)),
                    ifs: vec![name("z", ExprContext::Load, loc(1, 23, 1, 24))],
                    is_async: true,
                }],
            },
            loc: loc(1, 0, 1, 25),
        };
        assert_eq!(
            dump_expr(&comp),
            "ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), \
             generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, \
             end_col_offset=14), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, \
             end_col_offset=19), ifs=[Name(id='z', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, \
             end_col_offset=24)], is_async=1)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)"
        );
    }

    #[test]
    fn expression_mode_and_type_ignores() {
        let m =
            Mod::Expression { body: Box::new(constant(Constant::Complex { real: 0.0, imag: 1.0 }, loc(1, 0, 1, 2))) };
        assert_eq!(
            dump_mod(&m),
            "Expression(body=Constant(value=1j, lineno=1, col_offset=0, end_lineno=1, end_col_offset=2))"
        );
        let m = Mod::Module { body: vec![], type_ignores: vec![TypeIgnore { lineno: 3, tag: "[x]".into() }] };
        assert_eq!(dump_mod(&m), "Module(body=[], type_ignores=[TypeIgnore(lineno=3, tag='[x]')])");
    }
}
