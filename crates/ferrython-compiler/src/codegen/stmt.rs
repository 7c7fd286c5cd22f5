//! Statements.

use super::expr::{binop_code, FunctionBody};
use super::{unsupported, CResult, FBlock, Generator};
use ferrython_bytecode::{BinOp, Constant, Imm, Instr, Label, Reg};
use ferrython_syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use ferrython_syntax::pystr::PyStr;
use std::rc::Rc;

/// The location CPython 3.11's `compiler_jump_if` leaves behind for the
/// code after a condition: the last comparison it visited (it sets the
/// location for a `Compare` without restoring it), else none. A failed
/// `assert x == 1` points at `x == 1`; `assert f(x)` at the statement.
fn jump_if_location(e: &ast::Expr) -> Option<ferrython_syntax::ast::Location> {
    match &e.node {
        ExprKind::Compare { .. } => Some(e.loc),
        ExprKind::UnaryOp { op: ast::UnaryOp::Not, operand } => jump_if_location(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(jump_if_location),
        ExprKind::IfExp { test, body, orelse } => [orelse, body, test].into_iter().find_map(|x| jump_if_location(x)),
        _ => None,
    }
}

/// The docstring of a body: its first statement, when a string constant.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&PyStr> {
    match body.first().map(|s| &s.node) {
        Some(StmtKind::Expr { value }) => match &value.node {
            ExprKind::Constant { value: ast::Constant::Str(s), .. } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.node {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            has_annotations(body) || has_annotations(orelse)
        }
        StmtKind::For(f) | StmtKind::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        StmtKind::With(w) | StmtKind::AsyncWith(w) => has_annotations(&w.body),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| has_annotations(&h.body))
        }
        _ => false,
    })
}

impl<'a> Generator<'a> {
    pub(crate) fn module_body(&mut self, body: &'a [Stmt]) -> CResult {
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations {});
        }
        let start = if let Some(doc) = docstring(body) {
            if !self.interactive {
                let first = &body[0];
                self.set_loc(first.loc);
                let r = self.alloc();
                let k = self.konst(Constant::Str(Rc::new(doc.clone())));
                self.emit(Instr::LoadConst { dst: r, k });
                let name = self.name_idx("__doc__");
                self.emit(Instr::StoreName { name, src: r });
                self.release(r.0);
                1
            } else {
                0
            }
        } else {
            0
        };
        self.body(&body[start..])
    }

    /// A block of statements. A local that a statement of the block binds
    /// is surely bound for the rest of the block (see `bound`); what the
    /// block learns is forgotten at its end, where control may arrive
    /// without having run it.
    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> CResult {
        let saved = self.ur().surely_bound.clone();
        for s in body {
            self.stmt(s)?;
            for name in super::bound::names_bound_by(s) {
                self.mark_bound(name);
            }
        }
        self.u().surely_bound = saved;
        Ok(())
    }

    /// A function's statements, tracking which locals are surely bound
    /// (see `bound`).
    pub(crate) fn function_body(&mut self, body: &'a [Stmt]) -> CResult {
        self.u().unbindable = Rc::new(super::bound::unbindable_names(body));
        let u = self.ur();
        let nparams = u.argcount
            + u.kwonlyargcount
            + (u.flags & ferrython_bytecode::code::flags::VARARGS != 0) as u32
            + (u.flags & ferrython_bytecode::code::flags::VARKEYWORDS != 0) as u32;
        let params: Vec<Rc<str>> = u.varnames.iter().take(nparams as usize).cloned().collect();
        for p in &params {
            self.mark_bound(p);
        }
        self.body(body)
    }

    /// The register of `e` when it is a local that is surely bound here
    /// (reading it cannot fail, so it needs no checked copy).
    pub(crate) fn surely_bound_local(&mut self, e: &Expr) -> Option<Reg> {
        let ExprKind::Name { id, ctx: ast::ExprContext::Load } = &e.node else { return None };
        match self.name_op(id) {
            (super::NameOp::Fast(r), _) if self.ur().surely_bound.contains(&r.0) => Some(r),
            _ => None,
        }
    }

    /// Records that local `name` is surely bound from here on (unless the
    /// function may unbind it).
    fn mark_bound(&mut self, name: &str) {
        if self.ur().unbindable.contains(name) {
            return;
        }
        if let (super::NameOp::Fast(r), _) = self.name_op(name) {
            self.u().surely_bound.insert(r.0);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.loc);
        let mark = self.mark();
        let r = self.stmt_inner(s);
        self.release(mark);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.node {
            StmtKind::Expr { value } => {
                if let ExprKind::Constant { .. } = value.node {
                    if !self.interactive {
                        return Ok(());
                    }
                }
                // A bare local name still has to be read (checked), so that
                // an unbound one raises UnboundLocalError; `expr` would hand
                // back its register without looking at it.
                let r = if let ExprKind::Name { .. } = value.node {
                    let r = self.alloc();
                    self.expr_to(value, r)?;
                    r
                } else {
                    self.expr(value)?
                };
                if self.interactive {
                    self.set_loc(s.loc);
                    self.emit(Instr::PrintExpr { src: r });
                }
            }
            StmtKind::Pass => {
                self.emit(Instr::Nop {});
            }
            StmtKind::Assign { targets, value, .. } => {
                // A single simple-name target evaluates straight into the local.
                if targets.len() == 1 {
                    if let ExprKind::Name { id, .. } = &targets[0].node {
                        if let (super::NameOp::Fast(r), _) = self.name_op(id) {
                            if !matches!(value.node, ExprKind::Name { .. }) {
                                return self.expr_to(value, r);
                            }
                        }
                    }
                }
                // A surely bound local is stored from its own register when
                // nothing in the target can rebind it first.
                let v = match self.surely_bound_local(value) {
                    Some(r) if targets.len() == 1 && !super::expr::has_walrus(&targets[0]) => r,
                    _ => {
                        let v = self.alloc();
                        self.expr_to(value, v)?;
                        v
                    }
                };
                for t in targets {
                    self.store(t, v)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    let r = self.alloc();
                    self.expr_to(v, r)?;
                    self.store(target, r)?;
                }
                let kind = self.scope_kind();
                if *simple && kind != crate::symtable::ScopeKind::Function {
                    if let ExprKind::Name { id, .. } = &target.node {
                        if !self.table.future.annotations {
                            let a = self.alloc();
                            self.expr_to(annotation, a)?;
                            let anns = self.alloc();
                            let n = self.name_idx("__annotations__");
                            self.emit(Instr::LoadName { dst: anns, name: n });
                            let key = self.alloc();
                            let mangled = self.mangle(id);
                            let k = self.konst(Constant::Str(Rc::new(PyStr::from(mangled.as_str()))));
                            self.emit(Instr::LoadConst { dst: key, k });
                            self.emit(Instr::StoreSubscript { obj: anns, key, src: a });
                        } else {
                            return Err(unsupported("from __future__ import annotations", s.loc));
                        }
                    }
                } else if !*simple && value.is_none() {
                    // Evaluate the target's parts for their side effects.
                    match &target.node {
                        ExprKind::Attribute { value, .. } => {
                            self.expr(value)?;
                        }
                        ExprKind::Subscript { value, slice, .. } => {
                            self.expr(value)?;
                            self.expr(slice)?;
                        }
                        _ => {}
                    }
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.bind(else_l);
                } else {
                    let end = self.new_label();
                    self.emit(Instr::Jump { target: Label(end as u32) });
                    self.bind(else_l);
                    self.body(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let else_l = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.jump_if(test, false, else_l)?;
                self.u().fblocks.push(FBlock::Loop { continue_label: top, break_label: end });
                self.body(body)?;
                self.u().fblocks.pop();
                self.set_loc(s.loc);
                self.emit(Instr::Jump { target: Label(top as u32) });
                self.bind(else_l);
                self.body(orelse)?;
                self.bind(end);
            }
            StmtKind::For(f) => {
                let iter = self.alloc();
                self.iter_expr_to(&f.iter, iter)?;
                self.set_loc(f.iter.loc);
                self.emit(Instr::GetIter { dst: iter, src: iter });
                let top = self.new_label();
                let else_l = self.new_label();
                let end = self.new_label();
                self.bind(top);
                let item = self.alloc();
                // CPython 3.11 gives FOR_ITER the whole statement's span, so
                // an error from the iterator's `__next__` shows the `for`
                // line without carets.
                self.set_loc(s.loc);
                match self.direct_local(&f.target) {
                    Some(r) => {
                        self.emit(Instr::ForIter { iter, dst: r, target: Label(else_l as u32) });
                    }
                    None => {
                        self.emit(Instr::ForIter { iter, dst: item, target: Label(else_l as u32) });
                        self.store(&f.target, item)?;
                    }
                }
                self.u().fblocks.push(FBlock::Loop { continue_label: top, break_label: end });
                // The target is bound at the start of every pass.
                let saved = self.ur().surely_bound.clone();
                let mut targets = Vec::new();
                super::bound::assigned_in(&f.target, &mut targets);
                for name in targets {
                    self.mark_bound(name);
                }
                self.body(&f.body)?;
                self.u().surely_bound = saved;
                self.u().fblocks.pop();
                self.set_loc(s.loc);
                self.emit(Instr::Jump { target: Label(top as u32) });
                self.bind(else_l);
                self.body(&f.orelse)?;
                self.bind(end);
                // The loop lets go of its iterator, as CPython pops it: a
                // generator left by `break` is closed now, not when the
                // register is reused.
                self.emit(Instr::DeleteLocal { reg: iter });
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.node, StmtKind::Break);
                let target = self.unwind_to_loop(is_break)?;
                self.set_loc(s.loc);
                self.emit(Instr::Jump { target: Label(target as u32) });
                self.resume_after_unwind();
            }
            StmtKind::Return { value } => {
                // `return x` of a plain local returns its register (the
                // loop checks it is bound), unless a `finally` or handler
                // exit runs first and could rebind it.
                let nothing_to_unwind = self.ur().fblocks.iter().all(|b| matches!(b, FBlock::Loop { .. }));
                let direct = match value {
                    Some(v) if nothing_to_unwind => self.direct_local(v),
                    _ => None,
                };
                if let (Some(r), Some(v)) = (direct, value) {
                    // An unbound local's error points at the name, as
                    // CPython's LOAD_FAST does.
                    self.set_loc(v.loc);
                    self.emit(Instr::Return { src: r });
                    self.resume_after_unwind();
                    return Ok(());
                }
                let r = match value {
                    Some(v) => {
                        let r = self.alloc();
                        self.expr_to(v, r)?;
                        r
                    }
                    None => {
                        let r = self.alloc();
                        let k = self.konst(Constant::None);
                        self.emit(Instr::LoadConst { dst: r, k });
                        r
                    }
                };
                self.unwind_all()?;
                self.set_loc(s.loc);
                self.emit(Instr::Return { src: r });
                self.resume_after_unwind();
            }
            StmtKind::FunctionDef(f) => self.function_def(s, f, false)?,
            StmtKind::AsyncFunctionDef(_) => return Err(unsupported("async functions", s.loc)),
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Raise { exc, cause } => {
                let e = self.alloc();
                let c = self.alloc();
                let form = match (exc, cause) {
                    (None, _) => 0,
                    (Some(x), None) => {
                        self.expr_to(x, e)?;
                        1
                    }
                    (Some(x), Some(y)) => {
                        self.expr_to(x, e)?;
                        self.expr_to(y, c)?;
                        2
                    }
                };
                self.set_loc(s.loc);
                self.emit(Instr::Raise { exc: e, cause: c, form: Imm(form) });
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                let m = self.alloc();
                if let Some(msg) = msg {
                    self.expr_to(msg, m)?;
                }
                self.set_loc(jump_if_location(test).unwrap_or(s.loc));
                self.emit(Instr::RaiseAssertion { msg: m, has_msg: Imm(msg.is_some() as u16) });
                self.bind(ok);
            }
            StmtKind::Try(t) => self.try_stmt(t, false)?,
            StmtKind::TryStar(t) => self.try_stmt(t, true)?,
            StmtKind::With(w) => self.with_stmt(s, w, 0)?,
            StmtKind::AsyncWith(_) | StmtKind::AsyncFor(_) => return Err(unsupported("async statements", s.loc)),
            StmtKind::Import { names } => {
                for alias in names {
                    let m = self.mark();
                    let fromlist = self.alloc();
                    let level = self.alloc();
                    let none = self.konst(Constant::None);
                    self.emit(Instr::LoadConst { dst: fromlist, k: none });
                    let zero = self.konst(Constant::Int(0));
                    self.emit(Instr::LoadConst { dst: level, k: zero });
                    let module = self.alloc();
                    let name = self.name_idx(&alias.name);
                    self.emit(Instr::ImportName { dst: module, name, fromlist, level });
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let mut cur = module;
                            for part in alias.name.split('.').skip(1) {
                                let n = self.name_idx(part);
                                let next = self.alloc();
                                self.emit(Instr::ImportFrom { dst: next, module: cur, name: n });
                                cur = next;
                            }
                            self.store_name(asname, cur);
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("");
                            self.store_name(top, module);
                        }
                    }
                    self.release(m);
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let fromlist = self.alloc();
                let lvl = self.alloc();
                let items: Vec<Constant> =
                    names.iter().map(|a| Constant::Str(Rc::new(PyStr::from(a.name.as_str())))).collect();
                let k = self.konst(Constant::Tuple(items.into()));
                self.emit(Instr::LoadConst { dst: fromlist, k });
                let k = self.konst(Constant::Int(*level as i64));
                self.emit(Instr::LoadConst { dst: lvl, k });
                let m = self.alloc();
                let name = self.name_idx(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName { dst: m, name, fromlist, level: lvl });
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar { module: m });
                } else {
                    for alias in names {
                        let mark = self.mark();
                        let r = self.alloc();
                        let n = self.name_idx(&alias.name);
                        self.set_loc(alias.loc);
                        self.emit(Instr::ImportFrom { dst: r, module: m, name: n });
                        self.store_name(alias.asname.as_deref().unwrap_or(&alias.name), r);
                        self.release(mark);
                    }
                }
            }
            // Declarations only: no code, as in CPython (no line event
            // either), so a closure's `nonlocal` costs nothing per call.
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
        }
        Ok(())
    }

    /// `cur <op>= value` of an augmented assignment, `value` evaluated here.
    fn aug_binary_op(&mut self, s: &'a Stmt, cur: Reg, value: &'a ast::Expr, op: Imm) -> CResult {
        if let Some(k) = self.constant_operand(value) {
            self.set_loc(s.loc);
            self.emit(Instr::BinaryOpK { dst: cur, a: cur, k, op });
        } else {
            let v = self.expr(value)?;
            self.set_loc(s.loc);
            self.emit(Instr::BinaryOp { dst: cur, a: cur, b: v, op });
        }
        Ok(())
    }

    fn aug_assign(&mut self, s: &'a Stmt, target: &'a ast::Expr, op: ast::Operator, value: &'a ast::Expr) -> CResult {
        let op = Imm(binop_code(op) as u16 | BinOp::INPLACE);
        match &target.node {
            ExprKind::Name { id, .. } => {
                let cur = match self.name_op(id) {
                    (super::NameOp::Fast(r), _)
                        if self.ur().surely_bound.contains(&r.0) && !super::expr::has_walrus(value) =>
                    {
                        // The local cannot be unbound here: the operation
                        // works on its register (see `bound`).
                        return self.aug_binary_op(s, r, value, op);
                    }
                    (super::NameOp::Fast(r), _) => {
                        // Reading an unbound local raises UnboundLocalError.
                        let t = self.alloc();
                        self.emit(Instr::LoadLocalChecked { dst: t, src: r });
                        t
                    }
                    _ => {
                        let t = self.alloc();
                        self.load_name(id, t);
                        t
                    }
                };
                self.aug_binary_op(s, cur, value, op)?;
                self.store_name(id, cur);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                let o = self.expr(obj)?;
                let name = self.mangle(attr);
                let name = self.name_idx(&name);
                let cur = self.alloc();
                self.set_loc(target.loc);
                self.emit(Instr::LoadAttr { dst: cur, obj: o, name });
                self.aug_binary_op(s, cur, value, op)?;
                self.set_loc(target.loc);
                self.emit(Instr::StoreAttr { obj: o, name, src: cur });
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                let o = match self.surely_bound_local(obj) {
                    Some(r) if !super::expr::has_walrus(slice) && !super::expr::has_walrus(value) => r,
                    _ => {
                        let o = self.alloc();
                        self.expr_to(obj, o)?;
                        o
                    }
                };
                if let Some(k) = self.constant_operand(slice) {
                    let cur = self.alloc();
                    self.set_loc(target.loc);
                    self.emit(Instr::SubscriptK { dst: cur, obj: o, k });
                    self.aug_binary_op(s, cur, value, op)?;
                    self.set_loc(target.loc);
                    self.emit(Instr::StoreSubscriptK { obj: o, k, src: cur });
                    return Ok(());
                }
                let k = self.alloc();
                self.expr_to(slice, k)?;
                let cur = self.alloc();
                self.set_loc(target.loc);
                self.emit(Instr::Subscript { dst: cur, obj: o, key: k });
                self.aug_binary_op(s, cur, value, op)?;
                self.set_loc(target.loc);
                self.emit(Instr::StoreSubscript { obj: o, key: k, src: cur });
            }
            _ => return Err(unsupported("this augmented assignment target", target.loc)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a ast::Expr) -> CResult {
        self.set_loc(t.loc);
        let mark = self.mark();
        match &t.node {
            ExprKind::Name { id, .. } => self.delete_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                let (obj, name) = self.attribute_operands(value, attr)?;
                self.set_loc(t.loc);
                self.emit(Instr::DeleteAttr { obj, name });
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.alloc();
                self.expr_to(value, obj)?;
                let key = self.expr(slice)?;
                self.set_loc(t.loc);
                self.emit(Instr::DeleteSubscript { obj, key });
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(unsupported("this del target", t.loc)),
        }
        self.release(mark);
        Ok(())
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef, _is_async: bool) -> CResult {
        let scope = self.table.scope_of_stmt(s).ok_or_else(|| unsupported("function", s.loc))?;
        let start = Reg(self.mark());
        for d in &f.decorator_list {
            let r = self.alloc();
            self.expr_to(d, r)?;
        }
        let func = self.alloc();
        let qual = self.child_qualname(&f.name);
        let first_line = f.decorator_list.first().map(|d| d.loc.lineno).unwrap_or(s.loc.lineno);
        let loc = ast::Location { lineno: first_line, ..s.loc };
        self.function_object(
            scope,
            &f.name,
            &qual,
            Some(&f.args),
            FunctionBody::Statements(&f.body),
            loc,
            func,
            f.returns.as_deref(),
        )?;
        self.set_loc(s.loc);
        self.apply_decorators(start, f.decorator_list.len(), func);
        self.store_name(&f.name, func);
        Ok(())
    }

    /// Calls decorators in `start..start+n` (innermost last) on `func`, in place.
    fn apply_decorators(&mut self, start: Reg, n: usize, func: Reg) {
        for i in (0..n).rev() {
            let d = Reg(start.0 + i as u16);
            let m = self.mark();
            let callee = self.alloc();
            let arg = self.alloc();
            self.emit(Instr::Move { dst: callee, src: d });
            self.emit(Instr::Move { dst: arg, src: func });
            self.emit(Instr::Call { dst: func, func: callee, argc: Imm(1) });
            self.release(m);
        }
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ast::ClassDef) -> CResult {
        let scope = self.table.scope_of_stmt(s).ok_or_else(|| unsupported("class", s.loc))?;
        if c.bases.iter().any(|b| matches!(b.node, ExprKind::Starred { .. }))
            || c.keywords.iter().any(|k| k.arg.is_none())
        {
            return Err(unsupported("class with *bases or **keywords", s.loc));
        }
        let dec_start = Reg(self.mark());
        for d in &c.decorator_list {
            let r = self.alloc();
            self.expr_to(d, r)?;
        }
        let first_line = c.decorator_list.first().map(|d| d.loc.lineno).unwrap_or(s.loc.lineno);
        let qual = self.child_qualname(&c.name);
        // The body runs as a function with the class namespace as its locals.
        self.push_unit(scope, Rc::from(c.name.as_str()), Rc::from(qual.as_str()), first_line);
        self.set_loc(ast::Location { lineno: first_line, ..s.loc });
        {
            let r = self.alloc();
            let n = self.name_idx("__name__");
            self.emit(Instr::LoadName { dst: r, name: n });
            let m = self.name_idx("__module__");
            self.emit(Instr::StoreName { name: m, src: r });
            let k = self.konst(Constant::Str(Rc::new(PyStr::from(qual.as_str()))));
            self.emit(Instr::LoadConst { dst: r, k });
            let q = self.name_idx("__qualname__");
            self.emit(Instr::StoreName { name: q, src: r });
            self.release(r.0);
        }
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations {});
        }
        let body_start = if let Some(doc) = docstring(&c.body) {
            self.set_loc(c.body[0].loc);
            let r = self.alloc();
            let k = self.konst(Constant::Str(Rc::new(doc.clone())));
            self.emit(Instr::LoadConst { dst: r, k });
            let n = self.name_idx("__doc__");
            self.emit(Instr::StoreName { name: n, src: r });
            self.release(r.0);
            1
        } else {
            0
        };
        self.body(&c.body[body_start..])?;
        // Hand the `__class__` cell to type.__new__ through `__classcell__`.
        let class_cell = self.ur().cellvars.iter().position(|v| &**v == "__class__");
        let r = self.alloc();
        match class_cell {
            Some(i) => {
                let reg = Reg((self.ur().varnames.len() + i) as u16);
                self.emit(Instr::Move { dst: r, src: reg });
                let n = self.name_idx("__classcell__");
                self.emit(Instr::StoreName { name: n, src: r });
                self.emit(Instr::Return { src: r });
            }
            None => {
                let k = self.konst(Constant::None);
                self.emit(Instr::LoadConst { dst: r, k });
                self.emit(Instr::Return { src: r });
            }
        }
        let code = self.pop_unit();
        // __build_class__(func, name, *bases, **keywords)
        self.set_loc(s.loc);
        let callee = self.alloc();
        self.emit(Instr::LoadBuildClass { dst: callee });
        let func = self.alloc();
        let mut fl = 0;
        let extra = Reg(self.mark());
        let (_d, _kd, _a, clo) = (self.alloc(), self.alloc(), self.alloc(), self.alloc());
        if self.closure_tuple(&code, clo, s.loc)? {
            fl |= 8;
        }
        let k = self.konst(Constant::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction { dst: func, code: k, flags: Imm(fl), extra });
        self.release(extra.0);
        let name = self.alloc();
        let k = self.konst(Constant::Str(Rc::new(PyStr::from(c.name.as_str()))));
        self.emit(Instr::LoadConst { dst: name, k });
        for b in &c.bases {
            let r = self.alloc();
            self.expr_to(b, r)?;
        }
        for kw in &c.keywords {
            let r = self.alloc();
            self.expr_to(&kw.value, r)?;
        }
        self.set_loc(s.loc);
        let argc = Imm((2 + c.bases.len() + c.keywords.len()) as u16);
        if c.keywords.is_empty() {
            self.emit(Instr::Call { dst: callee, func: callee, argc });
        } else {
            let names: Vec<Constant> = c
                .keywords
                .iter()
                .map(|k| Constant::Str(Rc::new(PyStr::from(k.arg.as_deref().unwrap_or("")))))
                .collect();
            let kwnames = self.konst(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw { dst: callee, func: callee, argc, kwnames });
        }
        self.apply_decorators(dec_start, c.decorator_list.len(), callee);
        self.store_name(&c.name, callee);
        Ok(())
    }

    // ----- exceptions -------------------------------------------------------

    /// `try` (`star`: `try`/`except*`).
    fn try_stmt(&mut self, t: &'a ast::Try, star: bool) -> CResult {
        if !t.finalbody.is_empty() {
            return self.try_finally(t, star);
        }
        if star {
            return self.try_star_except(t);
        }
        self.try_except(t)
    }

    fn try_finally(&mut self, t: &'a ast::Try, star: bool) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let p = self.protect_begin(handler);
        self.u().fblocks.push(FBlock::TryFinally { protect: p, body: &t.finalbody });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else if star {
            self.try_star_except(t)?;
        } else {
            self.try_except(t)?;
        }
        self.u().fblocks.pop();
        self.protect_end(p);
        // Normal path: run the finally body.
        self.body(&t.finalbody)?;
        self.emit(Instr::Jump { target: Label(end as u32) });
        // Exception path.
        let (exc, saved) = self.handler_entry(handler);
        let cleanup = self.new_label();
        let p2 = self.protect_begin(cleanup);
        self.u().fblocks.push(FBlock::FinallyEnd { protect: p2, saved });
        self.body(&t.finalbody)?;
        self.u().fblocks.pop();
        self.protect_end(p2);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc });
        self.bind(cleanup);
        self.cleanup_handler(saved);
        self.bind(end);
        Ok(())
    }

    /// The start of an exception handler: binds `handler` and takes the
    /// in-flight exception into a register, saving the previous exc_info.
    fn handler_entry(&mut self, handler: usize) -> (Reg, Reg) {
        self.bind(handler);
        let exc = self.alloc();
        let saved = self.alloc();
        self.emit(Instr::PushExcInfo { dst: exc, saved });
        (exc, saved)
    }

    /// Code an exception raised inside a handler goes to: restore the
    /// previously handled exception and propagate.
    fn cleanup_handler(&mut self, saved: Reg) {
        let m = self.mark();
        let e = self.alloc();
        let dummy = self.alloc();
        self.emit(Instr::PushExcInfo { dst: e, saved: dummy });
        self.emit(Instr::PopExcInfo { saved: dummy });
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { exc: e });
        self.release(m);
    }

    /// The protected `try` body, then the `else` body and a jump to the end
    /// (shared by `except` and `except*`): returns the handler and end labels.
    fn try_body_and_else(&mut self, t: &'a ast::Try) -> CResult<(usize, usize)> {
        let handler = self.new_label();
        let end = self.new_label();
        let p = self.protect_begin(handler);
        self.u().fblocks.push(FBlock::TryExcept { protect: p });
        self.body(&t.body)?;
        self.u().fblocks.pop();
        self.protect_end(p);
        self.body(&t.orelse)?;
        self.emit(Instr::Jump { target: Label(end as u32) });
        Ok((handler, end))
    }

    fn try_except(&mut self, t: &'a ast::Try) -> CResult {
        let (handler, end) = self.try_body_and_else(t)?;
        let (exc, saved) = self.handler_entry(handler);
        let cleanup = self.new_label();
        for h in &t.handlers {
            self.set_loc(h.loc);
            let next = self.new_label();
            let mark = self.mark();
            let hp = self.protect_begin(cleanup);
            if let Some(ty) = &h.type_ {
                let tr = self.expr(ty)?;
                let m = self.alloc();
                self.set_loc(h.loc);
                self.emit(Instr::CheckExcMatch { dst: m, exc, ty: tr });
                self.emit(Instr::JumpIfFalse { cond: m, target: Label(next as u32) });
            }
            if let Some(name) = &h.name {
                self.store_name(name, exc);
            }
            self.u().fblocks.push(FBlock::Handler { protect: hp, saved, name: h.name.as_deref() });
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.protect_end(hp);
            self.emit(Instr::PopExcInfo { saved });
            if let Some(name) = &h.name {
                self.clear_handler_name(name);
            }
            self.emit(Instr::Jump { target: Label(end as u32) });
            self.release(mark);
            self.bind(next);
        }
        // No clause matched: re-raise (still inside the handler state).
        let hp = self.protect_begin(cleanup);
        self.emit(Instr::Reraise { exc });
        self.protect_end(hp);
        self.bind(cleanup);
        self.cleanup_handler(saved);
        self.bind(end);
        Ok(())
    }

    /// `try`/`except*` (compile.c's `compiler_try_star_except`). The handler
    /// keeps the original exception in `orig` and what is left unhandled in
    /// `rest`; each clause takes its matching part out of `rest`
    /// (`CheckEgMatch`) and runs its body, whose exception, if any, is
    /// collected in a list instead of propagating. At the end
    /// `PrepReraiseStar` combines the raised exceptions and the rest into
    /// what is re-raised, if anything. `break`, `continue` and `return`
    /// cannot leave an `except*` body (a SyntaxError found by the checker),
    /// so the bodies need no unwinding blocks.
    fn try_star_except(&mut self, t: &'a ast::Try) -> CResult {
        let (handler, end) = self.try_body_and_else(t)?;
        let (orig, saved) = self.handler_entry(handler);
        let cleanup = self.new_label();
        let hp = self.protect_begin(cleanup);
        let rest = self.alloc();
        self.emit(Instr::Move { dst: rest, src: orig });
        let raised = self.alloc();
        self.emit(Instr::BuildList { dst: raised, start: raised, count: Imm(0) });
        let none = self.konst(Constant::None);
        for h in &t.handlers {
            self.set_loc(h.loc);
            let next = self.new_label();
            let mark = self.mark();
            let matched = self.alloc();
            let ty = match &h.type_ {
                Some(ty) => self.expr(ty)?,
                None => return Err(unsupported("except* without a type", h.loc)),
            };
            self.set_loc(h.loc);
            self.emit(Instr::CheckEgMatch { dst: matched, rest, ty });
            let is_none = self.alloc();
            self.emit(Instr::LoadConst { dst: is_none, k: none });
            self.emit(Instr::IsOp { dst: is_none, a: matched, b: is_none, invert: Imm(0) });
            self.emit(Instr::JumpIfTrue { cond: is_none, target: Label(next as u32) });
            if let Some(name) = &h.name {
                self.store_name(name, matched);
            }
            let body_error = self.new_label();
            let bp = self.protect_begin(body_error);
            self.body(&h.body)?;
            self.protect_end(bp);
            if let Some(name) = &h.name {
                self.clear_handler_name(name);
            }
            self.emit(Instr::Jump { target: Label(next as u32) });
            // The body raised: collect the exception, keep the handler state.
            self.bind(body_error);
            let (e, dummy) = (self.alloc(), self.alloc());
            self.emit(Instr::PushExcInfo { dst: e, saved: dummy });
            self.emit(Instr::PopExcInfo { saved: dummy });
            self.emit(Instr::ListAppend { list: raised, item: e });
            if let Some(name) = &h.name {
                self.clear_handler_name(name);
            }
            self.release(mark);
            self.bind(next);
        }
        self.emit(Instr::ListAppend { list: raised, item: rest });
        let result = self.alloc();
        self.emit(Instr::PrepReraiseStar { dst: result, orig, excs: raised });
        self.protect_end(hp);
        self.emit(Instr::PopExcInfo { saved });
        let is_none = self.alloc();
        self.emit(Instr::LoadConst { dst: is_none, k: none });
        self.emit(Instr::IsOp { dst: is_none, a: result, b: is_none, invert: Imm(0) });
        self.emit(Instr::JumpIfTrue { cond: is_none, target: Label(end as u32) });
        self.emit(Instr::Reraise { exc: result });
        self.bind(cleanup);
        self.cleanup_handler(saved);
        self.bind(end);
        Ok(())
    }

    /// `except E as name:` ends with `name = None; del name`.
    fn clear_handler_name(&mut self, name: &str) {
        let m = self.mark();
        let r = self.alloc();
        let k = self.konst(Constant::None);
        self.emit(Instr::LoadConst { dst: r, k });
        self.store_name(name, r);
        self.delete_name(name);
        self.release(m);
    }

    fn with_stmt(&mut self, s: &'a Stmt, w: &'a ast::With, item: usize) -> CResult {
        let it = &w.items[item];
        let mgr = self.alloc();
        self.expr_to(&it.context_expr, mgr)?;
        let exit = self.alloc();
        let entered = self.alloc();
        self.set_loc(s.loc);
        self.emit(Instr::BeforeWith { dst: entered, exit, mgr });
        let handler = self.new_label();
        let end = self.new_label();
        let p = self.protect_begin(handler);
        if let Some(v) = &it.optional_vars {
            self.store(v, entered)?;
        }
        self.u().fblocks.push(FBlock::With { protect: p, exit });
        if item + 1 < w.items.len() {
            self.with_stmt(s, w, item + 1)?;
        } else {
            self.body(&w.body)?;
        }
        self.u().fblocks.pop();
        self.protect_end(p);
        self.set_loc(s.loc);
        self.call_exit_none(exit);
        self.emit(Instr::Jump { target: Label(end as u32) });
        let (exc, saved) = self.handler_entry(handler);
        let cleanup = self.new_label();
        let hp = self.protect_begin(cleanup);
        let res = self.alloc();
        self.emit(Instr::WithExceptStart { dst: res, exit, exc });
        let suppress = self.new_label();
        self.emit(Instr::JumpIfTrue { cond: res, target: Label(suppress as u32) });
        self.emit(Instr::Reraise { exc });
        self.protect_end(hp);
        self.bind(suppress);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Jump { target: Label(end as u32) });
        self.bind(cleanup);
        self.cleanup_handler(saved);
        self.bind(end);
        Ok(())
    }

    /// `exit(None, None, None)`.
    fn call_exit_none(&mut self, exit: Reg) {
        let m = self.mark();
        let f = self.alloc();
        self.emit(Instr::Move { dst: f, src: exit });
        let k = self.konst(Constant::None);
        for _ in 0..3 {
            let r = self.alloc();
            self.emit(Instr::LoadConst { dst: r, k });
        }
        self.emit(Instr::Call { dst: f, func: f, argc: Imm(3) });
        self.release(m);
    }

    // ----- leaving blocks early ---------------------------------------------

    /// Emits the cleanup for `break`/`continue` and returns the jump target.
    fn unwind_to_loop(&mut self, is_break: bool) -> CResult<usize> {
        let blocks = self.ur().fblocks.clone();
        for (depth, b) in blocks.iter().enumerate().rev() {
            match b {
                FBlock::Loop { continue_label, break_label, .. } => {
                    return Ok(if is_break { *break_label } else { *continue_label });
                }
                other => self.unwind_block(other, depth)?,
            }
        }
        Err(unsupported("'break' outside loop", self.ur().loc))
    }

    /// Emits the cleanup of every enclosing block (for `return`).
    fn unwind_all(&mut self) -> CResult {
        let blocks = self.ur().fblocks.clone();
        for (depth, b) in blocks.iter().enumerate().rev() {
            self.unwind_block(b, depth)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, b: &FBlock<'a>, depth: usize) -> CResult {
        match b {
            FBlock::Loop { .. } => {}
            FBlock::TryExcept { protect } => self.protect_pause(*protect),
            FBlock::TryFinally { protect, body } => {
                self.protect_pause(*protect);
                // The finally body runs outside this block (and its protection).
                let saved = std::mem::take(&mut self.u().fblocks);
                self.u().fblocks = saved[..depth].to_vec();
                let r = self.body(body);
                self.u().fblocks = saved;
                r?;
            }
            FBlock::Handler { protect, saved, name } => {
                self.protect_pause(*protect);
                self.emit(Instr::PopExcInfo { saved: *saved });
                if let Some(n) = name {
                    self.clear_handler_name(n);
                }
            }
            FBlock::FinallyEnd { protect, saved } => {
                self.protect_pause(*protect);
                self.emit(Instr::PopExcInfo { saved: *saved });
            }
            FBlock::With { protect, exit } => {
                self.protect_pause(*protect);
                self.call_exit_none(*exit);
            }
        }
        Ok(())
    }

    /// After the jump or return that left the blocks, code that follows is
    /// inside them again.
    fn resume_after_unwind(&mut self) {
        let blocks = self.ur().fblocks.clone();
        for b in &blocks {
            match b {
                FBlock::TryExcept { protect }
                | FBlock::TryFinally { protect, .. }
                | FBlock::Handler { protect, .. }
                | FBlock::FinallyEnd { protect, .. }
                | FBlock::With { protect, .. } => self.protect_resume(*protect),
                FBlock::Loop { .. } => {}
            }
        }
    }
}
