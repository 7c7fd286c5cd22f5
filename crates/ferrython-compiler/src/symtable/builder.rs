//! The first pass: walk the AST, create the scopes and record the raw flags
//! of every name. CPython: Python/symtable.c, `symtable_visit_*`.
//!
//! Visiting order matters and follows CPython's exactly: it decides the
//! order of symbols and child scopes, and which error is reported first.
//! Recursion is bounded: every statement, expression and pattern counts one
//! level, and past `COMPILER_RECURSION_LIMIT` the pass fails with
//! RecursionError as CPython's does.

use super::*;
use ferrython_syntax::ast::{
    Alias, Arg, Arguments, Comprehension, ExceptHandler, Expr, ExprContext, ExprKind, Keyword, MatchCase, Mod, Pattern,
    PatternKind, Stmt, StmtKind, Try,
};

type Result<T = ()> = std::result::Result<T, SyntaxError>;

pub(super) fn build(module: &Mod, filename: &str, future: FutureFeatures) -> Result<SymbolTable> {
    let mut b = Builder {
        table: SymbolTable { filename: filename.to_string(), scopes: Vec::new(), future, by_node: HashMap::new() },
        stack: Vec::new(),
        private: None,
        depth: 0,
    };
    b.enter_block(Identifier::from("top"), ScopeKind::Module, node_key(module), Location::default());
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => b.visit_stmts(body)?,
        Mod::Expression { body } => b.visit_expr(body)?,
        Mod::FunctionType { .. } => {
            // CPython raises RuntimeError("this compiler does not handle FunctionTypes").
            return Err(error_at("this compiler does not handle FunctionTypes", Location::default()));
        }
    }
    b.exit_block();
    Ok(b.table)
}

struct Builder {
    table: SymbolTable,
    /// The scopes being visited, innermost last (CPython's `st_stack`).
    stack: Vec<ScopeId>,
    /// The name of the class whose body is being visited, for mangling
    /// (CPython's `st_private`; it stays set inside the class's methods).
    private: Option<Identifier>,
    depth: u32,
}

impl Builder {
    fn cur_id(&self) -> ScopeId {
        // The module scope is entered first and left last.
        *self.stack.last().expect("a scope is always being visited")
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id.index()]
    }

    fn cur_ref(&self) -> &Scope {
        &self.table.scopes[self.cur_id().index()]
    }

    // -- scopes -------------------------------------------------------------

    /// CPython's `symtable_enter_block` (with `ste_new`).
    fn enter_block(&mut self, name: Identifier, kind: ScopeKind, key: usize, loc: Location) {
        let id = ScopeId(self.table.scopes.len() as u32);
        let parent = self.stack.last().copied();
        let mut scope = Scope::new(kind, name, loc, parent);
        if let Some(p) = parent {
            let p = &self.table.scopes[p.index()];
            scope.nested = p.nested || p.kind == ScopeKind::Function;
            // bpo-37757: no walrus anywhere in a comprehension's outermost
            // iterable, even inside a nested lambda or comprehension.
            scope.comp_iter_expr = p.comp_iter_expr;
        }
        self.table.scopes.push(scope);
        self.stack.push(id);
        if kind == ScopeKind::Annotation {
            return;
        }
        self.table.by_node.insert(key, id);
        if let Some(p) = parent {
            self.table.scopes[p.index()].children.push(id);
        }
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    // -- names --------------------------------------------------------------

    fn add_def(&mut self, name: &str, flag: SymbolFlags, loc: Location) -> Result {
        self.add_def_in(self.cur_id(), name, flag, loc)
    }

    /// CPython's `symtable_add_def_helper`: records `flag` for the mangled
    /// `name` in scope `id`.
    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: SymbolFlags, loc: Location) -> Result {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.table.scopes[id.index()];
        let mut val = match scope.lookup(&mangled) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.has(DEF_PARAM) {
                    return Err(error_at(format!("duplicate argument '{name}' in function definition"), loc));
                }
                sym.flags | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error_at(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(Identifier::from(&*mangled));
        } else if flag & DEF_GLOBAL != 0 {
            let top = &mut self.table.scopes[0];
            let merged = flag | top.flags(&mangled);
            top.set_flags(&mangled, merged);
        }
        Ok(())
    }

    /// CPython's `symtable_record_directive`.
    fn record_directive(&mut self, name: &str, loc: Location) {
        let mangled = Identifier::from(&*mangle(self.private.as_deref(), name));
        self.cur().directives.push((mangled, loc));
    }

    fn lookup_flags(&self, name: &str) -> SymbolFlags {
        self.cur_ref().flags(&mangle(self.private.as_deref(), name))
    }

    // -- statements ---------------------------------------------------------

    fn visit_stmts(&mut self, body: &[Stmt]) -> Result {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn enter_node(&mut self) -> Result {
        self.depth += 1;
        if self.depth > COMPILER_RECURSION_LIMIT {
            return Err(recursion_error());
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result {
        self.enter_node()?;
        self.visit_stmt_kind(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_kind(&mut self, s: &Stmt) -> Result {
        match &s.node {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.visit_exprs(&f.args.defaults)?;
                self.visit_opt_exprs(&f.args.kw_defaults)?;
                self.visit_annotations(s, &f.args, f.returns.as_deref())?;
                self.visit_exprs(&f.decorator_list)?;
                self.enter_block(f.name.clone(), ScopeKind::Function, node_key(s), s.loc);
                if matches!(s.node, StmtKind::AsyncFunctionDef(_)) {
                    self.cur().is_coroutine = true;
                }
                self.visit_arguments(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                self.visit_exprs(&c.bases)?;
                self.visit_keywords(&c.keywords)?;
                self.visit_exprs(&c.decorator_list)?;
                self.enter_block(c.name.clone(), ScopeKind::Class, node_key(s), s.loc);
                let saved = self.private.replace(c.name.clone());
                self.visit_stmts(&c.body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.visit_ann_assign(s, target, annotation, value.as_deref(), *simple)?
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_stmts(&f.body)?;
                self.visit_stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                cases.iter().try_for_each(|c| self.visit_match_case(c))?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                    }
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => self.visit_try(t)?,
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(msg) = msg {
                    self.visit_expr(msg)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a))?
            }
            StmtKind::Global { names } => self.visit_declaration(s, names, true)?,
            StmtKind::Nonlocal { names } => self.visit_declaration(s, names, false)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_expr(vars)?;
                    }
                }
                self.visit_stmts(&w.body)?;
            }
        }
        Ok(())
    }

    fn visit_try(&mut self, t: &Try) -> Result {
        self.visit_stmts(&t.body)?;
        self.visit_stmts(&t.orelse)?;
        t.handlers.iter().try_for_each(|h| self.visit_excepthandler(h))?;
        self.visit_stmts(&t.finalbody)
    }

    fn visit_excepthandler(&mut self, h: &ExceptHandler) -> Result {
        if let Some(t) = &h.type_ {
            self.visit_expr(t)?;
        }
        if let Some(name) = &h.name {
            self.add_def(name, DEF_LOCAL, h.loc)?;
        }
        self.visit_stmts(&h.body)
    }

    fn visit_ann_assign(
        &mut self,
        s: &Stmt,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result {
        if let ExprKind::Name { id, .. } = &target.node {
            let cur = self.lookup_flags(id);
            let at_module_level = self.cur_id() == ScopeId::TOP;
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module_level && simple {
                let kind = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                return Err(error_at(format!("annotated name '{id}' can't be {kind}"), s.loc));
            }
            if simple {
                self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
            }
            if value.is_some() {
                self.add_def(id, DEF_LOCAL, target.loc)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        self.visit_annotation(annotation)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    /// `global` (`is_global`) or `nonlocal` names.
    fn visit_declaration(&mut self, s: &Stmt, names: &[Identifier], is_global: bool) -> Result {
        let (word, flag) = if is_global { ("global", DEF_GLOBAL) } else { ("nonlocal", DEF_NONLOCAL) };
        for name in names {
            let cur = self.lookup_flags(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return Err(error_at(msg, s.loc));
            }
            self.add_def(name, flag, s.loc)?;
            self.record_directive(name, s.loc);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> Result {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if name == "*" {
            if self.cur_ref().kind != ScopeKind::Module {
                return Err(error_at("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        // `import a.b.c` binds `a`.
        let store_name = name.split('.').next().unwrap_or(name);
        self.add_def(store_name, DEF_IMPORT, a.loc)
    }

    fn visit_match_case(&mut self, case: &MatchCase) -> Result {
        self.visit_pattern(&case.pattern)?;
        if let Some(guard) = &case.guard {
            self.visit_expr(guard)?;
        }
        self.visit_stmts(&case.body)
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Result {
        self.enter_node()?;
        match &p.node {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?
            }
            PatternKind::MatchStar { name } => {
                if let Some(name) = name {
                    self.add_def(name, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                if let Some(rest) = rest {
                    self.add_def(rest, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                kwd_patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(name) = name {
                    self.add_def(name, DEF_LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    // -- functions ----------------------------------------------------------

    /// Parameters, in CPython's `ste_varnames` order.
    fn visit_arguments(&mut self, a: &Arguments) -> Result {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.loc)?;
        }
        if let Some(arg) = &a.vararg {
            self.add_def(&arg.arg, DEF_PARAM, arg.loc)?;
            self.cur().has_varargs = true;
        }
        if let Some(arg) = &a.kwarg {
            self.add_def(&arg.arg, DEF_PARAM, arg.loc)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    /// A function's annotations, evaluated in the enclosing scope (or, under
    /// `from __future__ import annotations`, in a throw-away annotation
    /// scope: one for the parameters, one for the return annotation).
    fn visit_annotations(&mut self, s: &Stmt, a: &Arguments, returns: Option<&Expr>) -> Result {
        let future = self.table.future.annotations;
        if future {
            self.enter_block(Identifier::from("_annotation"), ScopeKind::Annotation, node_key(s), s.loc);
        }
        let in_order = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_deref())
            .chain(a.kwarg.as_deref())
            .chain(&a.kwonlyargs)
            .filter_map(|arg: &Arg| arg.annotation.as_deref());
        for annotation in in_order {
            self.visit_expr(annotation)?;
        }
        if future {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, annotation: &Expr) -> Result {
        let future = self.table.future.annotations;
        if future {
            self.enter_block(
                Identifier::from("_annotation"),
                ScopeKind::Annotation,
                node_key(annotation),
                annotation.loc,
            );
        }
        self.visit_expr(annotation)?;
        if future {
            self.exit_block();
        }
        Ok(())
    }

    // -- expressions --------------------------------------------------------

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt_exprs(&mut self, exprs: &[Option<Expr>]) -> Result {
        exprs.iter().flatten().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result {
        keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
    }

    fn visit_expr(&mut self, e: &Expr) -> Result {
        self.enter_node()?;
        self.visit_expr_kind(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_kind(&mut self, e: &Expr) -> Result {
        match &e.node {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.handle_namedexpr(e, target, value)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                self.visit_opt_exprs(&args.kw_defaults)?;
                self.enter_block(Identifier::from("lambda"), ScopeKind::Function, node_key(e), e.loc);
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                self.visit_opt_exprs(keys)?;
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.visit_exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.handle_comprehension(e, "dictcomp", ComprehensionKind::Dict, generators, key, Some(value))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_expr(value)?;
                self.mark_generator(e)?;
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                self.visit_expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                self.visit_keywords(keywords)?;
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, e.loc)?;
                // `super()` needs the `__class__` cell of the enclosing class.
                if *ctx == ExprContext::Load && self.cur_ref().kind == ScopeKind::Function && id == "super" {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
        }
        Ok(())
    }

    /// After visiting `yield`/`yield from`: the scope is a generator, and a
    /// comprehension may not contain one.
    fn mark_generator(&mut self, e: &Expr) -> Result {
        let scope = self.cur();
        scope.is_generator = true;
        let what = match scope.comprehension {
            None => return Ok(()),
            Some(ComprehensionKind::List) => "list comprehension",
            Some(ComprehensionKind::Set) => "set comprehension",
            Some(ComprehensionKind::Dict) => "dict comprehension",
            Some(ComprehensionKind::Generator) => "generator expression",
        };
        Err(error_at(format!("'yield' inside {what}"), e.loc))
    }

    /// CPython's `symtable_raise_if_annotation_block`.
    fn raise_if_annotation_block(&self, what: &str, e: &Expr) -> Result {
        if self.cur_ref().kind == ScopeKind::Annotation {
            return Err(error_at(format!("'{what}' can not be used within an annotation"), e.loc));
        }
        Ok(())
    }

    /// CPython's `symtable_handle_comprehension`: the first iterable is
    /// evaluated in the enclosing scope, everything else in a new function
    /// scope whose only parameter, `.0`, is the iterator of that iterable.
    fn handle_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result {
        let Some(outermost) = generators.first() else { return Ok(()) };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter_block(Identifier::from(name), ScopeKind::Function, node_key(e), e.loc);
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().is_coroutine = true;
        }
        let loc = self.cur_ref().loc;
        self.add_def(".0", DEF_PARAM, loc)?;
        self.cur().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for generator in &generators[1..] {
            self.visit_comprehension(generator)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        self.cur().is_generator = is_generator;
        let is_async = self.cur_ref().is_coroutine && !is_generator;
        self.exit_block();
        // 3.11: an async list/set/dict comprehension makes the enclosing
        // comprehension (or function) asynchronous too.
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comprehension(&mut self, c: &Comprehension) -> Result {
        self.cur().comp_iter_target = true;
        self.visit_expr(&c.target)?;
        self.cur().comp_iter_target = false;
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&c.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.visit_exprs(&c.ifs)?;
        if c.is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    /// CPython's `symtable_handle_namedexpr`.
    fn handle_namedexpr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Result {
        if self.cur_ref().comp_iter_expr > 0 {
            return Err(error_at("assignment expression cannot be used in a comprehension iterable expression", e.loc));
        }
        if self.cur_ref().comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// CPython's `symtable_extend_namedexpr_scope`: a walrus target inside a
    /// comprehension binds in the nearest enclosing function (as if declared
    /// `nonlocal` there) or module (as if `global`); a class body is an error.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result {
        let ExprKind::Name { id: name, .. } = &target.node else { return Ok(()) };
        let loc = target.loc;
        for &id in self.stack.iter().rev() {
            let scope = &self.table.scopes[id.index()];
            if scope.comprehension.is_some() {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(error_at(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        loc,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(name) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(name, flag, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(id, name, DEF_LOCAL, loc);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(id, name, DEF_GLOBAL, loc);
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
                ScopeKind::Annotation => {}
            }
        }
        Ok(())
    }
}
