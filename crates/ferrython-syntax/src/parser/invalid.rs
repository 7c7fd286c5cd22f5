//! The second pass: CPython's `invalid_*` rules and error constructors.
//!
//! Everything here runs only when `call_invalid_rules` is set, i.e. after
//! the first pass failed, so valid code never pays for it. The call sites
//! sit exactly where `python.gram` lists an `| invalid_xxx` alternative;
//! each function is named after the rule it mirrors and raises CPython's
//! message at CPython's position. The constructors mirror the macros of
//! `Parser/pegen.h`:
//!
//! | CPython                                   | here                      |
//! |-------------------------------------------|---------------------------|
//! | `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, …)` | `raise_known_location`    |
//! | `RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, …)` | `raise_range`             |
//! | `RAISE_SYNTAX_ERROR_STARTING_FROM(a, …)`  | `raise_starting_from`     |
//! | `RAISE_SYNTAX_ERROR(…)` (last token)      | `raise_generic`           |
//! | `RAISE_INDENTATION_ERROR(…)`              | `raise_indentation_generic` |
//! | `RAISE_SYNTAX_ERROR_INVALID_TARGET`       | `raise_invalid_target`    |
//!
//! Columns handed to `SyntaxError::at` are 1-based byte offsets, as CPython
//! passes `col_offset + 1` to `_PyPegen_raise_error_known_location`.

use super::targets::{invalid_target, TargetsType};
use super::{EResult, Fail, PResult, Parser};
use crate::ast::{self, Expr, ExprKind, Location};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Token, TokenKind as K};

/// CPython's `_PyPegen_get_expr_name`.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

impl<'s> Parser<'s> {
    // -- constructors -----------------------------------------------------------

    /// Wraps an error to raise. If the parser has already looked at the
    /// tokenizer's error, CPython would be unwinding with that one instead.
    #[cold]
    #[inline(never)]
    fn raise(&mut self, e: SyntaxError) -> Fail {
        if self.fill > self.err_index {
            if let Some(t) = &self.tok_err {
                return Fail::Error(Box::new(t.clone()));
            }
        }
        Fail::Error(Box::new(e))
    }

    #[cold]
    #[inline(never)]
    fn error_span(&self, kind: SyntaxErrorKind, msg: &str, l: u32, c: i64, el: u32, ec: i64) -> SyntaxError {
        SyntaxError::at(kind, msg, self.src, l as i64, c, el as i64, ec)
    }

    /// An error covering token `t`.
    ///
    /// CPython's INDENT, DEDENT and ENDMARKER tokens carry no column
    /// (`col_offset == -1`); `_PyPegen_raise_error` then uses the
    /// tokenizer's position on that line, unconverted to 1-based, and no
    /// end column. At end of input that position is the end of the last
    /// line for a string, 0 for a file (see `SyntaxError::byte_offsets`).
    #[cold]
    #[inline(never)]
    pub(super) fn error_at_token(&self, kind: SyntaxErrorKind, msg: &str, t: &Token) -> SyntaxError {
        match t.kind {
            K::Indent => self.error_span(kind, msg, t.lineno, t.end_col_offset as i64, t.lineno, -1),
            K::Dedent | K::EndMarker if t.start as usize >= self.src.len() => {
                let body = self.src.strip_suffix('\n').unwrap_or(self.src);
                let line_start = body.rfind('\n').map_or(0, |i| i + 1);
                let line = self.src[..line_start].matches('\n').count() as u32 + 1;
                let col = (self.src.len() - line_start) as i64;
                let mut e = self.error_span(kind, msg, line, col, line, -1);
                // Reading a file, CPython's tokenizer buffer is empty at
                // the end of input (`tok->cur == tok->buf`): column 0.
                e.byte_offsets = Some((0, -1));
                e
            }
            K::Dedent => self.error_span(kind, msg, t.lineno, t.col_offset as i64, t.lineno, -1),
            _ => {
                self.error_span(kind, msg, t.lineno, t.col_offset as i64 + 1, t.end_lineno, t.end_col_offset as i64 + 1)
            }
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn raise_at_token(&mut self, t: &Token, msg: &str) -> Fail {
        let e = self.error_at_token(SyntaxErrorKind::SyntaxError, msg, t);
        self.raise(e)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)
    #[cold]
    #[inline(never)]
    pub(super) fn raise_known_location(&mut self, a: Location, msg: &str) -> Fail {
        self.raise_range(a, a, msg)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)
    #[cold]
    #[inline(never)]
    pub(super) fn raise_range(&mut self, a: Location, b: Location, msg: &str) -> Fail {
        let e = self.error_span(
            SyntaxErrorKind::SyntaxError,
            msg,
            a.lineno,
            a.col_offset as i64 + 1,
            b.end_lineno,
            b.end_col_offset as i64 + 1,
        );
        self.raise(e)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): the end is the tokenizer's
    /// current position, the end of the furthest token fetched.
    #[cold]
    #[inline(never)]
    pub(super) fn raise_starting_from(&mut self, a: Location, msg: &str) -> Fail {
        let t = self.toks[self.fill.max(1) - 1];
        let e = self.error_span(
            SyntaxErrorKind::SyntaxError,
            msg,
            a.lineno,
            a.col_offset as i64 + 1,
            t.end_lineno,
            t.end_col_offset as i64,
        );
        self.raise(e)
    }

    /// RAISE_SYNTAX_ERROR(msg): at the last token fetched.
    #[cold]
    #[inline(never)]
    pub(super) fn raise_generic(&mut self, msg: &str) -> Fail {
        let t = self.toks[self.fill.max(1) - 1];
        let e = self.error_at_token(SyntaxErrorKind::SyntaxError, msg, &t);
        self.raise(e)
    }

    /// RAISE_INDENTATION_ERROR(msg): at the last token fetched.
    #[cold]
    #[inline(never)]
    pub(super) fn raise_indentation_generic(&mut self, msg: &str) -> Fail {
        let t = self.toks[self.fill.max(1) - 1];
        let e = self.error_at_token(SyntaxErrorKind::IndentationError, msg, &t);
        self.raise(e)
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET(type, e)
    #[cold]
    #[inline(never)]
    pub(super) fn raise_invalid_target(&mut self, ty: TargetsType, e: &Expr) -> Fail {
        match invalid_target(e, ty) {
            Some(bad) => {
                let verb = if ty == TargetsType::Del { "delete" } else { "assign to" };
                let msg = format!("cannot {verb} {}", expr_name(bad));
                let loc = bad.loc;
                self.raise_known_location(loc, &msg)
            }
            None => Fail::NoMatch,
        }
    }

    // -- expressions ---------------------------------------------------------------

    /// invalid_named_expression, first alternative: `a := b` with a non-name `a`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_named_expression(&mut self, e: &Expr) -> Fail {
        let msg = format!("cannot use assignment expressions with {}", expr_name(e));
        self.raise_known_location(e.loc, &msg)
    }

    /// invalid_named_expression, the `=` alternatives: `if x = 1:` and
    /// `[a.b = 1]`. Called with the current token `=`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_named_expression_eq(&mut self, start: &Token, e: &Expr) -> PResult<()> {
        let single_name = start.kind == K::Name && e.loc == start.loc();
        let bitwise_level = !matches!(
            e.node,
            ExprKind::BoolOp { .. }
                | ExprKind::Compare { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::UnaryOp { op: ast::UnaryOp::Not, .. }
        );
        if !single_name && (!bitwise_level || self.display_or_constant_at(start)) {
            return Ok(());
        }
        let save = self.pos;
        self.bump();
        let rhs = self.attempt(|p| p.bitwise_or());
        let ok = matches!(rhs, Ok(Some(_))) && !matches!(self.kind(), K::Equal | K::ColonEqual);
        self.seek(save);
        if let (true, Ok(Some(b))) = (ok, rhs) {
            if single_name {
                return Err(self.raise_range(
                    e.loc,
                    b.loc,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                ));
            }
            let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e));
            return Err(self.raise_known_location(e.loc, &msg));
        }
        Ok(())
    }

    /// The lookahead `!(list|tuple|genexp|'True'|'None'|'False')` of
    /// invalid_named_expression, at token `start`: does a list or tuple
    /// display or a generator expression start there? (A parenthesized
    /// expression or a comprehension does not count.)
    #[cold]
    #[inline(never)]
    fn display_or_constant_at(&mut self, start: &Token) -> bool {
        match start.kind {
            K::True | K::None | K::False => true,
            K::Lsqb | K::Lpar => {
                let save = self.pos;
                let saved_flag = self.call_invalid_rules;
                self.seek(self.index_of(start));
                self.call_invalid_rules = false;
                let atom = self.attempt(|p| p.atom());
                self.call_invalid_rules = saved_flag;
                self.seek(save);
                matches!(atom, Ok(Some(e))
                    if matches!(e.node, ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. })
                        && (e.loc.lineno, e.loc.col_offset) == (start.lineno, start.col_offset))
            }
            _ => false,
        }
    }

    /// The element of a statement's first expression `e` that ends right
    /// before token `at`, with its first token: CPython's invalid_assignment
    /// (`a=star_named_expression ',' star_named_expressions* ':' …`) parses
    /// a statement's elements one by one with `star_named_expression`, so
    /// that element meets invalid_named_expression. `None` for an element
    /// that `named_expression` cannot parse (`*a`, a bare `yield`).
    #[cold]
    #[inline(never)]
    fn element_before(&self, e: &'_ Expr, at: usize, stmt_start: &Token) -> Option<(Expr, Token)> {
        let mut elt = (e, *stmt_start);
        if let ExprKind::Tuple { elts, .. } = &e.node {
            // Unless the tuple is parenthesized, its last element starts
            // after the last comma outside brackets.
            let first = self.index_of(stmt_start);
            let mut depth = 0i32;
            let mut i = at;
            while i > first {
                match self.toks[i - 1].kind {
                    K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
                    K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
                    K::Comma if depth == 0 => {
                        if i == at {
                            return None; // a trailing comma
                        }
                        elt = (elts.last()?, self.toks[i]);
                        break;
                    }
                    _ => {}
                }
                i -= 1;
            }
        }
        let (elt, start) = elt;
        if matches!(elt.node, ExprKind::Starred { .. }) || start.kind == K::Yield {
            return None;
        }
        Some((elt.clone(), start))
    }

    /// invalid_expression: `a b` inside brackets ("Perhaps you forgot a
    /// comma?"). Called after a disjunction `a` when another expression
    /// seems to follow.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_expression_comma(&mut self, start: &Token, a: &Expr) -> PResult<()> {
        if self.nesting == 0 || !self.can_start_expression() || self.at(K::Star) {
            return Ok(());
        }
        if start.kind == K::Name {
            let next_is_string = self.toks.get(self.index_of(start) + 1).map(|t| t.kind) == Some(K::String);
            let text = start.text(self.src);
            if next_is_string || matches!(text, "match" | "case" | "_") {
                return Ok(());
            }
        }
        if let ExprKind::Name { id, .. } = &a.node {
            if id == "print" || id == "exec" {
                return Ok(());
            }
        }
        let save = self.pos;
        let saved_flag = self.call_invalid_rules;
        self.call_invalid_rules = false;
        let b = self.attempt(|p| p.expression());
        self.call_invalid_rules = saved_flag;
        self.seek(save);
        if let Ok(Some(b)) = b {
            return Err(self.raise_range(a.loc, b.loc, "invalid syntax. Perhaps you forgot a comma?"));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn index_of(&self, t: &Token) -> usize {
        // Tokens are sorted by offset; find the one starting at `t.start`.
        self.toks.partition_point(|x| x.start < t.start)
    }

    /// No atom here: nothing specific yet (invalid_* atoms are reported by
    /// the callers).
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_atom(&mut self) -> PResult<()> {
        Ok(())
    }

    /// invalid_group: `(*a)`; invalid_comprehension for `(*a for …)`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_group_or_tuple(&mut self, first: &Expr) -> PResult<()> {
        if matches!(first.node, ExprKind::Starred { .. }) && matches!(self.kind(), K::For | K::Async) {
            return Err(self.raise_known_location(first.loc, "iterable unpacking cannot be used in comprehension"));
        }
        Ok(())
    }

    /// invalid_kvpair / invalid_double_starred_kvpairs, for a key without ':'.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_kvpair(&mut self, k: &Expr) -> PResult<()> {
        let e = self.error_span(
            SyntaxErrorKind::SyntaxError,
            "':' expected after dictionary key",
            k.loc.lineno,
            k.loc.end_col_offset as i64,
            k.loc.end_lineno,
            -1,
        );
        Err(self.raise(e))
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid_double_starred_kvpairs(&mut self) -> PResult<()> {
        Ok(())
    }

    /// invalid_for_target: ASYNC? 'for' a=star_expressions
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_for_target(&mut self) -> Fail {
        // Rewind to just after 'for'.
        let mut i = self.pos;
        while i > 0 && self.toks[i].kind != K::For {
            i -= 1;
        }
        self.seek(i + 1);
        // The invalid rules stay on: `for x range(3)` inside brackets is
        // invalid_expression's "Perhaps you forgot a comma?".
        let e = self.star_expressions();
        match e {
            Ok(e) => self.raise_invalid_target(TargetsType::For, &e),
            Err(f) => f.into(),
        }
    }

    /// invalid_kwarg: `f(True=1)`, `f(a.b=1)`; the current token is '='.
    #[cold]
    #[inline(never)]
    pub(super) fn no_match_or_invalid_kwarg(&mut self, e: &Expr) -> Fail {
        if !self.call_invalid_rules {
            return Fail::NoMatch;
        }
        let eq = self.tok();
        if let ExprKind::Constant { value: ast::Constant::Bool(_) | ast::Constant::None, .. } = &e.node {
            if e.loc.end_col_offset - e.loc.col_offset <= 5 && e.loc.lineno == e.loc.end_lineno {
                let msg = format!("cannot assign to {}", expr_name(e));
                return self.raise_range(e.loc, eq.loc(), &msg);
            }
        }
        self.raise_range(e.loc, eq.loc(), "expression cannot contain assignment, perhaps you meant \"==\"?")
    }

    /// invalid_kwarg: `a=NAME b='=' expression for_if_clauses`, as in
    /// `any(x=1 for x in y)`; the current token is 'for' or 'async'.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_kwarg_genexp(&mut self, name: &Token, eq: &Token) -> PResult<()> {
        let save = self.pos;
        let clauses = self.attempt(|p| p.for_if_clauses())?;
        self.seek(save);
        if clauses.is_some() {
            return Err(self.raise_range(
                name.loc(),
                eq.loc(),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            ));
        }
        Ok(())
    }

    /// invalid_arguments (the parts that need no lookahead here).
    #[cold]
    #[inline(never)]
    pub(super) fn no_match_or_invalid_arguments(&mut self) -> Fail {
        Fail::NoMatch
    }

    // -- parameters ------------------------------------------------------------------

    /// invalid_parameters: `def f((a, b)):`; the current token is '('.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_parenthesized_params(&mut self, lambda: bool) -> PResult<()> {
        if !self.at(K::Lpar) {
            return Ok(());
        }
        let lpar = self.tok();
        let mut i = 1;
        loop {
            if self.kind_at(i) != K::Name {
                return Ok(());
            }
            i += 1;
            if !lambda && self.kind_at(i) == K::Colon {
                return Ok(());
            }
            if self.kind_at(i) == K::Comma {
                i += 1;
            }
            if self.kind_at(i) == K::Rpar {
                break;
            }
        }
        let rpar = self.toks[self.pos + i];
        let msg = if lambda {
            "Lambda expression parameters cannot be parenthesized"
        } else {
            "Function parameters cannot be parenthesized"
        };
        Err(self.raise_range(lpar.loc(), rpar.loc(), msg))
    }

    /// invalid_parameters: reached when a parameter is out of order. The
    /// previous token is the parameter's last one.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_parameters_or_no_match(&mut self, _lambda: bool) -> Fail {
        if !self.call_invalid_rules {
            return Fail::NoMatch;
        }
        if self.at(K::Slash) {
            let t = self.tok();
            let prev = self.toks[self.pos.max(1) - 1].kind;
            if prev == K::Lpar || prev == K::Lambda {
                return self.raise_at_token(&t, "at least one argument must precede /");
            }
            return self.raise_at_token(&t, "/ may appear only once");
        }
        Fail::NoMatch
    }

    /// invalid_parameters / invalid_lambda_parameters: a parameter without
    /// default after one with a default (`param_no_default` — the parameter
    /// followed by ',' or the closing token `end`). CPython points at that
    /// parameter (name and annotation); the previous token is its last.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_non_default_param(&mut self, end: K) -> Fail {
        if !self.call_invalid_rules || !(self.at(K::Comma) || self.at(end)) {
            return Fail::NoMatch;
        }
        let mut i = self.pos.max(1) - 1;
        while i > 0 && !matches!(self.toks[i].kind, K::Comma | K::Lpar | K::Lambda) {
            i -= 1;
        }
        match self.toks.get(i + 1).copied() {
            Some(t) if t.kind == K::Name => {
                let last = self.toks[self.pos.max(1) - 1];
                self.raise_range(t.loc(), last.loc(), "non-default argument follows default argument")
            }
            _ => Fail::NoMatch,
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid_star_etc_or_no_match(&mut self, lambda: bool) -> Fail {
        if !self.call_invalid_rules {
            return Fail::NoMatch;
        }
        match self.kind() {
            K::Equal => {
                let t = self.tok();
                self.raise_at_token(&t, "var-positional argument cannot have default value")
            }
            K::Star => {
                let t = self.tok();
                self.raise_at_token(&t, "* argument may appear only once")
            }
            _ => {
                // Bare '*' followed by nothing: find the '*'.
                let mut i = self.pos.max(1) - 1;
                while i > 0 && self.toks[i].kind != K::Star {
                    i -= 1;
                }
                let star = self.toks[i];
                if lambda {
                    return self.raise_generic("named arguments must follow bare *");
                }
                self.raise_at_token(&star, "named arguments must follow bare *")
            }
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid_kwds_or_no_match(&mut self, _lambda: bool) -> Fail {
        if !self.call_invalid_rules {
            return Fail::NoMatch;
        }
        let t = self.tok();
        match t.kind {
            K::Equal => self.raise_at_token(&t, "var-keyword argument cannot have default value"),
            K::Star | K::DoubleStar | K::Slash | K::Name => {
                if t.kind == K::Name {
                    let save = self.pos;
                    let end = self.toks[save].loc();
                    let _ = end;
                }
                self.raise_at_token(&t, "arguments cannot follow var-keyword argument")
            }
            _ => Fail::NoMatch,
        }
    }

    // -- statements ----------------------------------------------------------------

    /// After a simple statement that is not followed by NEWLINE or ';'.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_after_simple_stmt(&mut self, last: Option<&ast::Stmt>) -> PResult<()> {
        if let Some(ast::Stmt { node: ast::StmtKind::Expr { value }, .. }) = last {
            if let ExprKind::Name { id, .. } = &value.node {
                if (id == "print" || id == "exec") && self.can_start_expression() {
                    // invalid_legacy_expression
                    let a = value.loc;
                    let save = self.pos;
                    let b = self.attempt(|p| p.star_expressions());
                    self.seek(save);
                    if let Ok(Some(b)) = b {
                        let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                        return Err(self.raise_range(a, b.loc, &msg));
                    }
                }
            }
        }
        Ok(())
    }

    /// A statement's first expression followed by ':=': invalid_named_expression
    /// (`a=expression ':=' expression`) on the element before it, reached
    /// through invalid_assignment as in `invalid_assignment_target`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_expression_stmt(&mut self, start: &Token, first: &Expr) -> PResult<()> {
        if !self.at(K::ColonEqual) {
            return Ok(());
        }
        let Some((elt, elt_start)) = self.element_before(first, self.pos, start) else {
            return Ok(());
        };
        // `x := 1` is an assignment_expression, valid as an element.
        if elt_start.kind == K::Name && matches!(elt.node, ExprKind::Name { .. }) {
            let i = self.index_of(&elt_start);
            if self.toks[i + 1].kind == K::ColonEqual {
                return Ok(());
            }
        }
        let save = self.pos;
        self.bump();
        let value = self.attempt(|p| p.expression())?;
        self.seek(save);
        if value.is_some() {
            return Err(self.invalid_named_expression(&elt));
        }
        Ok(())
    }

    /// invalid_assignment for a bad target before `eq`.
    /// invalid_assignment for a bad target before the '=' at `eq`. The
    /// first target of a statement is first seen by invalid_named_expression
    /// (through `star_named_expression`), hence its "here. Maybe you meant"
    /// variant.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_assignment_target(&mut self, e: &Expr, eq: usize, first: Option<&Token>) -> Fail {
        if let Some((elt, start)) = first.and_then(|start| self.element_before(e, eq, start)) {
            if let Err(f) = self.invalid_named_expression_eq(&start, &elt) {
                return f;
            }
        }
        let parenthesized = eq > 0 && self.toks[eq - 1].kind == K::Rpar;
        if !parenthesized && matches!(e.node, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
            return self.raise_known_location(e.loc, "assignment to yield expression not possible");
        }
        match invalid_target(e, TargetsType::Star) {
            Some(bad) => {
                let name = expr_name(bad);
                let loc = bad.loc;
                let msg = format!("cannot assign to {name}");
                self.raise_known_location(loc, &msg)
            }
            None => Fail::NoMatch,
        }
    }

    /// invalid_assignment's annotation alternatives. An unparenthesized
    /// tuple is reported at its first element (`a=star_named_expression ','`).
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_ann_assign_target(&mut self, target: &Expr, parenthesized: bool) -> Fail {
        match &target.node {
            ExprKind::Tuple { elts, .. } if !parenthesized && !elts.is_empty() => {
                let loc = elts[0].loc;
                self.raise_known_location(loc, "only single target (not tuple) can be annotated")
            }
            ExprKind::Tuple { .. } => {
                self.raise_known_location(target.loc, "only single target (not tuple) can be annotated")
            }
            ExprKind::List { .. } => {
                self.raise_known_location(target.loc, "only single target (not list) can be annotated")
            }
            _ => self.raise_known_location(target.loc, "illegal target for annotation"),
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid_augassign_target(&mut self, target: &Expr) -> Fail {
        let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(target));
        self.raise_known_location(target.loc, &msg)
    }

    /// invalid_with_stmt, tried when no alternative of with_stmt matched:
    ///     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
    ///     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
    /// both "expected ':'".
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_with_stmt(&mut self) -> Fail {
        self.eat(K::Async);
        if !self.eat(K::With) {
            return Fail::NoMatch;
        }
        let after_with = self.pos;
        let items = |p: &mut Self, parenthesized: bool| -> PResult<()> {
            loop {
                if parenthesized {
                    p.expressions()?;
                } else {
                    p.expression()?;
                }
                if p.eat(K::As) {
                    p.star_target()?;
                }
                if !p.eat(K::Comma) || (parenthesized && p.at(K::Rpar)) {
                    return Ok(());
                }
            }
        };
        let plain = self.attempt(|p| {
            items(p, false)?;
            p.expect(K::Newline)
        });
        match plain {
            Ok(Some(_)) => return self.raise_generic("expected ':'"),
            Err(f) => return f,
            Ok(None) => {}
        }
        self.seek(after_with);
        let parenthesized = self.attempt(|p| {
            p.expect(K::Lpar)?;
            items(p, true)?;
            p.expect(K::Rpar)?;
            p.expect(K::Newline)
        });
        match parenthesized {
            Ok(Some(_)) => self.raise_generic("expected ':'"),
            Err(f) => f,
            Ok(None) => Fail::NoMatch,
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid_try_mixed(&mut self, _try_tok: &Token) -> Fail {
        let a = self.tok();
        let next = self.toks[(self.pos + 1).min(self.toks.len() - 1)];
        if next.kind == K::Star {
            return self.raise_range(a.loc(), next.loc(), "cannot have both 'except' and 'except*' on the same 'try'");
        }
        self.raise_at_token(&a, "cannot have both 'except' and 'except*' on the same 'try'")
    }

    /// invalid_except_stmt: `except A, B:`
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_except_comma(&mut self, _except: &Token, e: &Expr) -> Fail {
        let save = self.pos;
        self.bump();
        let ok = self.attempt(|p| p.expressions()).ok().flatten().is_some();
        if ok {
            if self.eat(K::As) {
                self.eat(K::Name);
            }
            if self.at(K::Colon) {
                return self.raise_starting_from(e.loc, "multiple exception types must be parenthesized");
            }
        }
        self.seek(save);
        Fail::NoMatch
    }

    #[cold]
    #[inline(never)]
    pub(super) fn invalid_mapping_rest(&mut self) -> Fail {
        Fail::NoMatch
    }

    /// invalid_arguments: a generator expression that is not the sole
    /// argument. The current token is 'for'/'async' after `elt`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_genexp_argument(&mut self, elt: &Expr) -> Fail {
        let generators = match self.for_if_clauses() {
            Ok(g) => g,
            Err(f) => return f,
        };
        match generators.last() {
            Some(c) => {
                let last = c.ifs.last().map_or(c.iter.loc, |e| e.loc);
                self.raise_range(elt.loc, last, "Generator expression must be parenthesized")
            }
            None => Fail::NoMatch,
        }
    }

    /// invalid_comprehension's first alternative at a call's '(' (CPython
    /// tries `primary genexp` before the call's arguments): `f(*a for a in
    /// x)`, '(' starred_expression for_if_clauses, whatever follows.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_call_comprehension(&mut self) -> PResult<()> {
        let starred = self.attempt(|p| {
            let star = p.bump();
            p.expression()?;
            let loc = p.eloc(&star);
            if !matches!(p.kind(), K::For | K::Async) {
                return Err(Fail::NoMatch);
            }
            p.for_if_clauses()?;
            Ok(loc)
        })?;
        match starred {
            Some(loc) => Err(self.raise_known_location(loc, "iterable unpacking cannot be used in comprehension")),
            None => Ok(()),
        }
    }

    /// invalid_comprehension: `[*a for …]`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_comprehension_first(&mut self, first: &Expr) -> PResult<()> {
        if matches!(first.node, ExprKind::Starred { .. }) && matches!(self.kind(), K::For | K::Async) {
            return Err(self.raise_known_location(first.loc, "iterable unpacking cannot be used in comprehension"));
        }
        Ok(())
    }

    /// invalid_dict_comprehension: `{**a for …}`; the current token is '**'.
    ///
    /// The `**` value is parsed once and handed back to the dict display:
    /// checking first and parsing again in `dict_rest` would parse nested
    /// `{**{**…` displays 2^depth times (found by fuzzing).
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_dict_comprehension(&mut self) -> EResult {
        let t = self.tok();
        let save = self.pos;
        self.bump();
        let Some(value) = self.attempt(|p| p.bitwise_or())? else {
            // `dict_rest` would fail on the same tokens the same way.
            self.seek(save);
            return Err(Fail::NoMatch.into());
        };
        if matches!(self.kind(), K::For | K::Async) {
            return Err(self.raise_at_token(&t, "dict unpacking cannot be used in dict comprehension").into());
        }
        Ok(value)
    }

    /// invalid_kvpair / invalid_double_starred_kvpairs after `key:`.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_dict_value(&mut self) -> PResult<()> {
        let colon = self.toks[self.pos - 1];
        match self.kind() {
            K::Star => {
                let star = self.tok().loc();
                let save = self.pos;
                self.bump();
                if self.attempt(|p| p.bitwise_or())?.is_some() {
                    return Err(self.raise_starting_from(star, "cannot use a starred expression in a dictionary value"));
                }
                self.seek(save);
                Ok(())
            }
            K::Rbrace | K::Comma => {
                Err(self.raise_at_token(&colon, "expression expected after dictionary key and ':'"))
            }
            _ => Ok(()),
        }
    }
}
