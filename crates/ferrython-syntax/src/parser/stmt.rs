//! Statements: `statements` down to each simple and compound statement.
//!
//! Statement positions follow CPython's EXTRA: from the statement's first
//! token (`def`/`class`/`async`, never a decorator) to the last token that
//! is not NEWLINE/INDENT/DEDENT, so a compound statement ends where its last
//! nested statement ends.

use super::targets::{to_target, TargetsType};
use super::{take_above, Fail, PResult, Parser, SResult};
use crate::ast::{self, Expr, ExprContext, ExprKind, Stmt, StmtKind};
use crate::token::{Token, TokenKind as K};

/// Levels charged per nested block (CPython: block → statements →
/// statement → compound_stmt → …_stmt, measured at about 6).
const BLOCK_COST: u32 = 6;

#[inline]
fn st(node: StmtKind, loc: ast::Location) -> Stmt {
    Stmt { node, loc }
}

impl<'s> Parser<'s> {
    /// statements: statement+ (here: until `end`, which is not consumed).
    ///
    /// Bodies travel as `Box<[Stmt]>` up to the statement that owns them
    /// (`into_vec` there costs nothing: the vector is allocated at its
    /// length): `PResult<Box<[Stmt]>>` is two words and comes back in
    /// registers, where a `PResult<Vec<Stmt>>` came back through memory,
    /// written as three 8-byte words and reloaded as a 16-byte piece and
    /// an 8-byte one, a store-forwarding stall per block (perf: 1.5% of the
    /// samples on one load in `block`).
    pub(super) fn statements_until(&mut self, end: K) -> PResult<Box<[Stmt]>> {
        let base = self.stmt_stack.len();
        while !self.at(end) {
            self.statement()?;
            self.slide_window();
        }
        Ok(self.take_stmts(base).into_boxed_slice())
    }

    /// The statements pushed on `stmt_stack` since `base`, as one vector
    /// allocated at its final size.
    fn take_stmts(&mut self, base: usize) -> Vec<Stmt> {
        take_above(&mut self.stmt_stack, base)
    }

    /// statement: compound_stmt | simple_stmts (pushed on `stmt_stack`)
    fn statement(&mut self) -> PResult<()> {
        match self.kind() {
            K::Def | K::At | K::If | K::Class | K::With | K::For | K::Try | K::While => {
                let s = self.compound_stmt()?;
                self.stmt_stack.push(s);
                Ok(())
            }
            K::Async if matches!(self.kind_at(1), K::Def | K::With | K::For) => {
                let s = self.compound_stmt()?;
                self.stmt_stack.push(s);
                Ok(())
            }
            K::Name if self.at_soft("match") => {
                if let Some(s) = self.attempt(|p| p.match_stmt())? {
                    self.stmt_stack.push(s);
                    return Ok(());
                }
                self.simple_stmts()
            }
            _ => self.simple_stmts(),
        }
    }

    /// compound_stmt: function_def | if_stmt | class_def | with_stmt
    ///              | for_stmt | try_stmt | while_stmt | match_stmt
    pub(super) fn compound_stmt(&mut self) -> SResult {
        self.enter(BLOCK_COST)?;
        let s = match self.kind() {
            K::At => self.decorated()?,
            K::Def => self.function_def_raw(Vec::new())?,
            K::Class => self.class_def_raw(Vec::new())?,
            K::If => self.if_stmt()?,
            K::With => self.with_stmt()?,
            K::For => self.for_stmt()?,
            K::Try => self.try_stmt()?,
            K::While => self.while_stmt()?,
            K::Async => match self.kind_at(1) {
                K::Def => self.function_def_raw(Vec::new())?,
                K::With => self.with_stmt()?,
                K::For => self.for_stmt()?,
                _ => return Err(Fail::NoMatch.into()),
            },
            _ => self.match_stmt()?,
        };
        self.leave(BLOCK_COST);
        Ok(s)
    }

    /// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    pub(super) fn simple_stmts(&mut self) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            self.stmt_stack.push(s);
            if !self.eat(K::Semi) {
                break;
            }
            if self.at(K::Newline) {
                break;
            }
        }
        if !self.eat(K::Newline) {
            if self.call_invalid_rules {
                let last = self.stmt_stack.last().cloned();
                self.invalid_after_simple_stmt(last.as_ref())?;
            }
            return Err(Fail::NoMatch);
        }
        Ok(())
    }

    /// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
    ///            | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
    ///            | 'break' | 'continue' | global_stmt | nonlocal_stmt
    fn simple_stmt(&mut self) -> SResult {
        let start = self.start_tok();
        match start.kind {
            K::Pass => {
                self.bump();
                Ok(st(StmtKind::Pass, start.loc()))
            }
            K::Break => {
                self.bump();
                Ok(st(StmtKind::Break, start.loc()))
            }
            K::Continue => {
                self.bump();
                Ok(st(StmtKind::Continue, start.loc()))
            }
            K::Return => {
                self.bump();
                let value = if self.can_start_expression() { Some(Box::new(self.star_expressions()?)) } else { None };
                Ok(st(StmtKind::Return { value }, self.eloc(&start)))
            }
            K::Raise | K::Global | K::Nonlocal | K::Assert => self.keyword_simple_stmt(&start),
            K::Del => self.del_stmt(),
            K::Import => self.import_name(),
            K::From => self.import_from(),
            _ => self.expression_stmt(),
        }
    }

    /// raise_stmt, global_stmt, nonlocal_stmt, assert_stmt. Out of line,
    /// like `del` and the imports: inlined, these rarer statements sat
    /// between the hot lines of `simple_stmts` (assignments, expression
    /// statements, `return`).
    #[inline(never)]
    fn keyword_simple_stmt(&mut self, start: &Token) -> SResult {
        match start.kind {
            K::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.can_start_expression() {
                    exc = Some(Box::new(self.expression()?));
                    if self.eat(K::From) {
                        cause = Some(Box::new(self.expression()?));
                    }
                }
                Ok(st(StmtKind::Raise { exc, cause }, self.eloc(start)))
            }
            K::Global | K::Nonlocal => {
                self.bump();
                let mut names = vec![self.name()?.0];
                while self.eat(K::Comma) {
                    names.push(self.name()?.0);
                }
                let node =
                    if start.kind == K::Global { StmtKind::Global { names } } else { StmtKind::Nonlocal { names } };
                Ok(st(node, self.eloc(start)))
            }
            _ => {
                self.bump();
                let test = Box::new(self.expression()?);
                let msg = if self.eat(K::Comma) { Some(Box::new(self.expression()?)) } else { None };
                Ok(st(StmtKind::Assert { test, msg }, self.eloc(start)))
            }
        }
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    #[inline(never)]
    fn del_stmt(&mut self) -> SResult {
        let start = self.bump();
        let save = self.pos;
        match self.del_targets() {
            Ok(targets) if matches!(self.kind(), K::Semi | K::Newline) => {
                return Ok(st(StmtKind::Delete { targets }, self.eloc(&start)));
            }
            Err(Fail::Error(e)) => return Err(Fail::Error(e).into()),
            _ => {}
        }
        if self.call_invalid_rules {
            self.seek(save);
            let e = self.star_expressions()?;
            return Err(self.raise_invalid_target(TargetsType::Del, &e).into());
        }
        Err(Fail::NoMatch.into())
    }

    /// assignment | star_expressions, decided after parsing the first
    /// expression: what follows it (`=`, `:`, an augmented operator or
    /// nothing) says which statement it is.
    fn expression_stmt(&mut self) -> SResult {
        let start = self.start_tok();
        let first = if self.at(K::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        match self.kind() {
            K::Equal => self.assignment(&start, first),
            K::Colon => self.ann_assign(&start, first),
            k => {
                if let Some(op) = augassign_op(k) {
                    return self.aug_assign(&start, first, op);
                }
                if self.call_invalid_rules {
                    self.invalid_expression_stmt(&start, &first)?;
                }
                Ok(st(StmtKind::Expr { value: Box::new(first) }, self.eloc(&start)))
            }
        }
    }

    /// (star_targets '=')+ (yield_expr | star_expressions) !'='
    fn assignment(&mut self, start: &Token, first: Expr) -> SResult {
        // Room for one: most assignments have one target, and the first
        // push into an empty vector is a call that allocates four.
        let mut targets = Vec::with_capacity(1);
        let mut pending = first;
        while self.at(K::Equal) {
            let eq = self.pos;
            let t = match to_target(pending, ExprContext::Store) {
                Ok(t) => t,
                Err(e) => {
                    if self.call_invalid_rules {
                        let first = if targets.is_empty() { Some(*start) } else { None };
                        return Err(self.invalid_assignment_target(&e, eq, first.as_ref()).into());
                    }
                    return Err(Fail::NoMatch.into());
                }
            };
            targets.push(t);
            self.bump();
            pending = if self.at(K::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        }
        Ok(st(StmtKind::Assign { targets, value: Box::new(pending), type_comment: None }, self.eloc(start)))
    }

    /// NAME ':' expression ['=' annotated_rhs]
    /// | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    #[inline(never)]
    fn ann_assign(&mut self, start: &Token, target: Expr) -> SResult {
        let parenthesized = start.kind == K::Lpar;
        let simple = !parenthesized && matches!(target.node, ExprKind::Name { .. });
        if !matches!(target.node, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
            if self.call_invalid_rules {
                return Err(self.invalid_ann_assign_target(&target, parenthesized).into());
            }
            return Err(Fail::NoMatch.into());
        }
        let target = to_target(target, ExprContext::Store).map_err(|_| Fail::NoMatch)?;
        self.expect(K::Colon)?;
        let annotation = Box::new(self.expression()?);
        let value = if self.eat(K::Equal) {
            Some(Box::new(if self.at(K::Yield) { self.yield_expr()? } else { self.star_expressions()? }))
        } else {
            None
        };
        Ok(st(StmtKind::AnnAssign { target: Box::new(target), annotation, value, simple }, self.eloc(start)))
    }

    /// single_target augassign ~ (yield_expr | star_expressions)
    fn aug_assign(&mut self, start: &Token, target: Expr, op: ast::Operator) -> SResult {
        if !matches!(target.node, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
            if self.call_invalid_rules {
                return Err(self.invalid_augassign_target(&target).into());
            }
            return Err(Fail::NoMatch.into());
        }
        let target = to_target(target, ExprContext::Store).map_err(|_| Fail::NoMatch)?;
        self.bump();
        let value = if self.at(K::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        Ok(st(StmtKind::AugAssign { target: Box::new(target), op, value: Box::new(value) }, self.eloc(start)))
    }

    // -- imports -----------------------------------------------------------------

    /// dotted_name: dotted_name '.' NAME | NAME
    fn dotted_name(&mut self) -> PResult<ast::Identifier> {
        let (mut s, _) = self.name()?;
        while self.at(K::Dot) && self.kind_at(1) == K::Name {
            self.bump();
            let (n, _) = self.name()?;
            s.push('.');
            s.push_str(&n);
        }
        Ok(s)
    }

    /// import_name: 'import' ','.dotted_as_name+
    #[inline(never)]
    fn import_name(&mut self) -> SResult {
        let start = self.bump();
        let mut names = Vec::new();
        loop {
            let a = self.start_tok();
            let name = self.dotted_name()?;
            let asname = if self.eat(K::As) { Some(self.name()?.0) } else { None };
            names.push(ast::Alias { name, asname, loc: self.eloc(&a) });
            if !self.eat(K::Comma) {
                break;
            }
        }
        Ok(st(StmtKind::Import { names }, self.eloc(&start)))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    #[inline(never)]
    fn import_from(&mut self) -> SResult {
        let start = self.bump();
        let mut level = 0;
        loop {
            match self.kind() {
                K::Dot => level += 1,
                K::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(K::Name) { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(Fail::NoMatch.into());
        }
        self.expect(K::Import)?;
        let mut names = Vec::new();
        if self.at(K::Star) {
            let t = self.bump();
            names.push(ast::Alias { name: "*".into(), asname: None, loc: t.loc() });
        } else {
            let paren = self.eat(K::Lpar);
            loop {
                let a = self.start_tok();
                let (name, _) = self.name()?;
                let asname = if self.eat(K::As) { Some(self.name()?.0) } else { None };
                names.push(ast::Alias { name, asname, loc: self.eloc(&a) });
                if !self.at(K::Comma) {
                    break;
                }
                if !paren {
                    if self.kind_at(1) != K::Name {
                        if self.call_invalid_rules && self.kind_at(1) == K::Newline {
                            self.bump();
                            return Err(self
                                .raise_generic("trailing comma not allowed without surrounding parentheses")
                                .into());
                        }
                        return Err(Fail::NoMatch.into());
                    }
                } else if self.kind_at(1) == K::Rpar {
                    self.bump();
                    break;
                }
                self.bump();
            }
            if paren {
                self.expect(K::Rpar)?;
            }
        }
        Ok(st(StmtKind::ImportFrom { module, names, level }, self.eloc(&start)))
    }

    // -- blocks --------------------------------------------------------------------

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    /// `what` names the statement for "expected an indented block after …".
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<Box<[Stmt]>> {
        if self.at(K::Newline) {
            if self.kind_at(1) != K::Indent {
                if self.call_invalid_rules {
                    self.bump();
                    self.kind();
                    let msg = if what.is_empty() {
                        "expected an indented block".to_string()
                    } else {
                        format!("expected an indented block after {what} on line {line}")
                    };
                    return Err(self.raise_indentation_generic(&msg));
                }
                return Err(Fail::NoMatch);
            }
            self.bump();
            self.bump();
            let body = self.statements_until(K::Dedent)?;
            self.expect(K::Dedent)?;
            if body.is_empty() {
                return Err(Fail::NoMatch);
            }
            return Ok(body);
        }
        let base = self.stmt_stack.len();
        self.simple_stmts()?;
        Ok(self.take_stmts(base).into_boxed_slice())
    }

    /// ':' before a block; in the second pass a missing one followed by
    /// NEWLINE is "expected ':'".
    fn block_colon(&mut self) -> PResult<()> {
        if self.eat(K::Colon) {
            return Ok(());
        }
        if self.call_invalid_rules && self.at(K::Newline) {
            return Err(self.raise_generic("expected ':'"));
        }
        Err(Fail::NoMatch)
    }

    // -- compound statements -----------------------------------------------------

    /// decorators: ('@' named_expression NEWLINE)+, then a def or class.
    fn decorated(&mut self) -> SResult {
        let mut decorators = Vec::new();
        while self.eat(K::At) {
            decorators.push(self.named_expression()?);
            self.expect(K::Newline)?;
        }
        match self.kind() {
            K::Def => self.function_def_raw(decorators),
            K::Async if self.kind_at(1) == K::Def => self.function_def_raw(decorators),
            K::Class => self.class_def_raw(decorators),
            _ => Err(Fail::NoMatch.into()),
        }
    }

    /// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    fn function_def_raw(&mut self, decorator_list: Vec<Expr>) -> SResult {
        let start = self.start_tok();
        let is_async = self.eat(K::Async);
        self.expect(K::Def)?;
        let (name, _) = self.name()?;
        self.expect_forced(K::Lpar, "(")?;
        let args = if self.at(K::Rpar) { ast::Arguments::default() } else { self.params()? };
        self.expect(K::Rpar)?;
        // `['->' expression]`: without an expression the option is empty
        // and the forced ':' below is reported at '->'.
        let returns = if self.at(K::Rarrow) {
            self.attempt(|p| {
                p.bump();
                p.expression()
            })?
            .map(Box::new)
        } else {
            None
        };
        self.expect_forced(K::Colon, ":")?;
        let body = self.block("function definition", start.lineno)?.into_vec();
        let f = Box::new(ast::FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
        });
        let node = if is_async { StmtKind::AsyncFunctionDef(f) } else { StmtKind::FunctionDef(f) };
        Ok(st(node, self.loc_from(&start)))
    }

    /// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    fn class_def_raw(&mut self, decorator_list: Vec<Expr>) -> SResult {
        let start = self.expect(K::Class)?;
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.at(K::Lpar) { self.class_arguments()? } else { (Vec::new(), Vec::new()) };
        self.block_colon()?;
        let body = self.block("class definition", start.lineno)?.into_vec();
        let c = Box::new(ast::ClassDef { name, bases, keywords, body, decorator_list });
        Ok(st(StmtKind::ClassDef(c), self.loc_from(&start)))
    }

    fn class_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<ast::Keyword>)> {
        // `class C(x for x in y)` is not a generator argument: arguments
        // there are only `args`.
        self.arguments_in_parens(false)
    }

    /// if_stmt / elif_stmt: ('if' | 'elif') named_expression ':' block (elif_stmt | [else_block])
    fn if_stmt(&mut self) -> SResult {
        let start = self.bump();
        let test = Box::new(self.named_expression()?);
        self.block_colon()?;
        let what = if start.kind == K::If { "'if' statement" } else { "'elif' statement" };
        let body = self.block(what, start.lineno)?.into_vec();
        let orelse = match self.kind() {
            K::Elif => vec![self.if_stmt()?],
            K::Else => self.else_block()?,
            _ => Vec::new(),
        };
        Ok(st(StmtKind::If { test, body, orelse }, self.loc_from(&start)))
    }

    /// else_block: 'else' &&':' block
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let t = self.expect(K::Else)?;
        self.expect_forced(K::Colon, ":")?;
        self.block("'else' statement", t.lineno).map(<[Stmt]>::into_vec)
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    fn while_stmt(&mut self) -> SResult {
        let start = self.bump();
        let test = Box::new(self.named_expression()?);
        self.block_colon()?;
        let body = self.block("'while' statement", start.lineno)?.into_vec();
        let orelse = if self.at(K::Else) { self.else_block()? } else { Vec::new() };
        Ok(st(StmtKind::While { test, body, orelse }, self.loc_from(&start)))
    }

    /// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    fn for_stmt(&mut self) -> SResult {
        let start = self.start_tok();
        let is_async = self.eat(K::Async);
        self.expect(K::For)?;
        let target = match self.star_targets().map_err(Fail::from) {
            Ok(t) if self.at(K::In) => t,
            Err(Fail::Error(e)) => return Err(Fail::Error(e).into()),
            _ => {
                if self.call_invalid_rules {
                    return Err(self.invalid_for_target().into());
                }
                return Err(Fail::NoMatch.into());
            }
        };
        self.bump();
        let iter = Box::new(self.star_expressions()?);
        self.block_colon()?;
        let body = self.block("'for' statement", start.lineno)?.into_vec();
        let orelse = if self.at(K::Else) { self.else_block()? } else { Vec::new() };
        let f = Box::new(ast::For { target: Box::new(target), iter, body, orelse, type_comment: None });
        let node = if is_async { StmtKind::AsyncFor(f) } else { StmtKind::For(f) };
        Ok(st(node, self.loc_from(&start)))
    }

    /// with_stmt:
    ///     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
    ///     | [ASYNC] 'with' ','.with_item+ ':' block
    fn with_stmt(&mut self) -> SResult {
        if !self.call_invalid_rules {
            return self.with_stmt_alternatives();
        }
        let start = self.pos;
        match self.attempt(|p| p.with_stmt_alternatives())? {
            Some(s) => Ok(s),
            None => {
                self.seek(start);
                Err(self.invalid_with_stmt().into())
            }
        }
    }

    fn with_stmt_alternatives(&mut self) -> SResult {
        let start = self.start_tok();
        let is_async = self.eat(K::Async);
        self.expect(K::With)?;
        let mut items = None;
        if self.at(K::Lpar) {
            items = self.attempt(|p| {
                p.bump();
                let mut items = Vec::new();
                loop {
                    items.push(p.with_item()?);
                    if !p.eat(K::Comma) || p.at(K::Rpar) {
                        break;
                    }
                }
                p.expect(K::Rpar)?;
                if !p.at(K::Colon) {
                    return Err(Fail::NoMatch);
                }
                Ok(items)
            })?;
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat(K::Comma) {
                        break;
                    }
                }
                items
            }
        };
        self.block_colon()?;
        let body = self.block("'with' statement", start.lineno)?.into_vec();
        let w = Box::new(ast::With { items, body, type_comment: None });
        let node = if is_async { StmtKind::AsyncWith(w) } else { StmtKind::With(w) };
        Ok(st(node, self.loc_from(&start)))
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    fn with_item(&mut self) -> PResult<ast::WithItem> {
        let context_expr = self.expression()?;
        let mut optional_vars = None;
        if self.eat(K::As) {
            let save = self.pos;
            match self.star_target().map_err(Fail::from) {
                Ok(t) if matches!(self.kind(), K::Comma | K::Rpar | K::Colon) => optional_vars = Some(Box::new(t)),
                Err(Fail::Error(e)) => return Err(Fail::Error(e)),
                _ => {
                    if self.call_invalid_rules {
                        self.seek(save);
                        let e = self.expression()?;
                        if matches!(self.kind(), K::Comma | K::Rpar | K::Colon) {
                            return Err(self.raise_invalid_target(TargetsType::Star, &e));
                        }
                    }
                    return Err(Fail::NoMatch);
                }
            }
        }
        Ok(ast::WithItem { context_expr, optional_vars })
    }

    /// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
    ///         | except_star_block+ [else_block] [finally_block])
    fn try_stmt(&mut self) -> SResult {
        let start = self.bump();
        self.expect_forced(K::Colon, ":")?;
        let body = self.block("'try' statement", start.lineno)?.into_vec();
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(K::Except) {
            let is_star = self.kind_at(1) == K::Star;
            match star {
                None => star = Some(is_star),
                Some(s) if s != is_star => {
                    if self.call_invalid_rules {
                        return Err(self.invalid_try_mixed(&start).into());
                    }
                    return Err(Fail::NoMatch.into());
                }
                _ => {}
            }
            handlers.push(self.except_block()?);
        }
        let orelse = if !handlers.is_empty() && self.at(K::Else) { self.else_block()? } else { Vec::new() };
        let finalbody = if self.at(K::Finally) {
            let t = self.bump();
            self.expect_forced(K::Colon, ":")?;
            self.block("'finally' statement", t.lineno)?.into_vec()
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if self.call_invalid_rules {
                return Err(self.raise_generic("expected 'except' or 'finally' block").into());
            }
            return Err(Fail::NoMatch.into());
        }
        let t = Box::new(ast::Try { body, handlers, orelse, finalbody });
        let node = if star == Some(true) { StmtKind::TryStar(t) } else { StmtKind::Try(t) };
        Ok(st(node, self.loc_from(&start)))
    }

    /// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
    /// except_star_block: 'except' '*' expression ['as' NAME] ':' block
    fn except_block(&mut self) -> PResult<ast::ExceptHandler> {
        let start = self.bump();
        let is_star = self.eat(K::Star);
        if is_star && self.call_invalid_rules && matches!(self.kind(), K::Newline | K::Colon) {
            return Err(self.raise_generic("expected one or more exception types"));
        }
        let mut type_ = None;
        let mut name = None;
        let bare = !is_star && (self.at(K::Colon) || (self.call_invalid_rules && self.at(K::Newline)));
        if !bare {
            let e = self.expression()?;
            if self.call_invalid_rules && self.at(K::Comma) {
                return Err(self.invalid_except_comma(&start, &e));
            }
            type_ = Some(Box::new(e));
            if self.eat(K::As) {
                name = Some(self.name()?.0);
            }
        }
        self.block_colon()?;
        let what = if is_star { "'except*' statement" } else { "'except' statement" };
        let body = self.block(what, start.lineno)?.into_vec();
        Ok(ast::ExceptHandler { type_, name, body, loc: self.loc_from(&start) })
    }

    // -- interactive -----------------------------------------------------------

    /// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    pub(super) fn statement_newline(&mut self) -> PResult<Vec<Stmt>> {
        let base = self.stmt_stack.len();
        match self.kind() {
            K::Newline => {
                let t = self.bump();
                self.stmt_stack.push(st(StmtKind::Pass, t.loc()));
            }
            K::EndMarker => return Err(Fail::NoMatch),
            _ => {
                self.statement()?;
                self.eat(K::Newline);
            }
        }
        let out = self.take_stmts(base);
        while self.eat(K::Newline) {}
        if !self.at(K::EndMarker) {
            return Err(self.raise_generic("multiple statements found while compiling a single statement"));
        }
        Ok(out)
    }
}

/// augassign: '+=' | '-=' | …
fn augassign_op(k: K) -> Option<ast::Operator> {
    use ast::Operator as O;
    Some(match k {
        K::PlusEqual => O::Add,
        K::MinEqual => O::Sub,
        K::StarEqual => O::Mult,
        K::AtEqual => O::MatMult,
        K::SlashEqual => O::Div,
        K::PercentEqual => O::Mod,
        K::AmperEqual => O::BitAnd,
        K::VbarEqual => O::BitOr,
        K::CircumflexEqual => O::BitXor,
        K::LeftShiftEqual => O::LShift,
        K::RightShiftEqual => O::RShift,
        K::DoubleStarEqual => O::Pow,
        K::DoubleSlashEqual => O::FloorDiv,
        _ => return None,
    })
}
