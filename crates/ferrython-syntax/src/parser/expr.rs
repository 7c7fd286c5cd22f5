//! Expressions: `star_expressions` down to `atom`.
//!
//! The binary-operator levels of the grammar (`bitwise_or` … `term`) are
//! parsed by precedence climbing in one loop (`binary`), which builds the
//! same left-associative trees as CPython's left-recursive rules without
//! recursing once per operator: a 10 MB `1+1+…` chain is a loop. Every node
//! gets CPython's EXTRA location: from the first token of the rule (so an
//! operand written `(a)` starts at its parenthesis) to the end of the last
//! token consumed.

use super::{take_above, EResult, Fail, PResult, Parser};
use crate::ast::{self, Expr, ExprContext, ExprKind, Location};
use crate::token::{Token, TokenKind as K};

/// Levels charged for a bracketed atom: CPython goes through ~28 rules from
/// `named_expression` down to `atom` and back into `group`/`tuple`/`list`.
const BRACKET_COST: u32 = 28;

#[inline]
pub(super) fn mk(node: ExprKind, loc: Location) -> Expr {
    Expr { node, loc }
}

/// Binding power of a binary operator token (`bitwise_or` = 1 … `term` = 6).
#[inline]
fn binop_of(k: K) -> Option<(u8, ast::Operator)> {
    use ast::Operator as O;
    Some(match k {
        K::Vbar => (1, O::BitOr),
        K::Circumflex => (2, O::BitXor),
        K::Amper => (3, O::BitAnd),
        K::LeftShift => (4, O::LShift),
        K::RightShift => (4, O::RShift),
        K::Plus => (5, O::Add),
        K::Minus => (5, O::Sub),
        K::Star => (6, O::Mult),
        K::Slash => (6, O::Div),
        K::DoubleSlash => (6, O::FloorDiv),
        K::Percent => (6, O::Mod),
        K::At => (6, O::MatMult),
        _ => return None,
    })
}

/// Can a token start a primary (`atom`)? Prefix operators (`not`, `-`,
/// `+`, `~`, `await`) and `lambda` cannot.
#[inline]
fn starts_primary(k: K) -> bool {
    matches!(
        k,
        K::Name | K::Number | K::String | K::Lpar | K::Lsqb | K::Lbrace | K::None | K::True | K::False | K::Ellipsis
    )
}

/// Does a token after a primary extend it to a larger `disjunction`: an
/// operator of one of the rules from `disjunction` down to `power`?
#[inline]
fn continues_primary(k: K) -> bool {
    binop_of(k).is_some()
        || matches!(
            k,
            K::DoubleStar
                | K::EqEqual
                | K::NotEqual
                | K::Less
                | K::LessEqual
                | K::Greater
                | K::GreaterEqual
                | K::In
                | K::Not
                | K::Is
                | K::And
                | K::Or
        )
}

/// Does a token after a NAME end the `disjunction` it starts: neither a
/// trailer (`.`, `(`, `[`) of `primary` nor an operator of the rules from
/// `disjunction` down to `power`?
#[inline]
fn ends_bare_name(next: K) -> bool {
    !matches!(next, K::Dot | K::Lpar | K::Lsqb) && !continues_primary(next)
}

impl<'s> Parser<'s> {
    // -- tuples and starred ---------------------------------------------------

    /// star_expressions: star_expression (',' star_expression)* [',']
    pub(super) fn star_expressions(&mut self) -> EResult {
        let start = self.start_tok();
        let first = self.star_expression()?;
        if !self.at(K::Comma) {
            return Ok(first);
        }
        let mut elts = super::vec_of(first);
        while self.eat(K::Comma) {
            if !self.can_start_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.eloc(&start)))
    }

    /// star_expression: '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> EResult {
        if self.at(K::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.eloc(&start)));
        }
        self.expression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    pub(super) fn star_named_expression(&mut self) -> EResult {
        if self.at(K::Star) {
            let start = self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.eloc(&start)));
        }
        self.named_expression()
    }

    /// expressions: expression (',' expression)* [',']
    pub(super) fn expressions(&mut self) -> EResult {
        let start = self.start_tok();
        let first = self.expression()?;
        if !self.at(K::Comma) {
            return Ok(first);
        }
        let mut elts = super::vec_of(first);
        while self.eat(K::Comma) {
            if !self.can_start_expression() {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.eloc(&start)))
    }

    /// Can the current token begin an expression (or a starred one)? Used
    /// where the grammar has an optional trailing comma.
    pub(super) fn can_start_expression(&mut self) -> bool {
        matches!(
            self.kind(),
            K::Name
                | K::Number
                | K::String
                | K::Lpar
                | K::Lsqb
                | K::Lbrace
                | K::Minus
                | K::Plus
                | K::Tilde
                | K::Star
                | K::Not
                | K::Lambda
                | K::Await
                | K::None
                | K::True
                | K::False
                | K::Ellipsis
        )
    }

    // -- named / conditional / lambda ---------------------------------------

    /// named_expression: assignment_expression | expression !':='
    pub(super) fn named_expression(&mut self) -> EResult {
        if self.at(K::Name) && self.kind_at(1) == K::ColonEqual {
            return self.assignment_expression();
        }
        let start = self.start_tok();
        let e = self.expression()?;
        if self.at(K::ColonEqual) {
            if self.call_invalid_rules {
                return Err(self.invalid_named_expression(&e).into());
            }
            return Err(Fail::NoMatch.into());
        }
        if self.call_invalid_rules && self.at(K::Equal) {
            self.invalid_named_expression_eq(&start, &e)?;
        }
        Ok(e)
    }

    /// assignment_expression | expression !':=' (call arguments and
    /// generator elements, where invalid_named_expression does not apply).
    fn arg_expression(&mut self) -> EResult {
        if self.at(K::Name) && self.kind_at(1) == K::ColonEqual {
            return self.assignment_expression();
        }
        let e = self.expression()?;
        if self.at(K::ColonEqual) {
            return Err(Fail::NoMatch.into());
        }
        Ok(e)
    }

    /// assignment_expression: NAME ':=' ~ expression
    pub(super) fn assignment_expression(&mut self) -> EResult {
        let (id, start) = self.name()?;
        self.expect(K::ColonEqual)?;
        let value = self.expression()?;
        let target = mk(ExprKind::Name { id, ctx: ExprContext::Store }, start.loc());
        Ok(mk(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, self.eloc(&start)))
    }

    /// expression:
    ///     | disjunction 'if' disjunction 'else' expression
    ///     | disjunction
    ///     | lambdef
    pub(super) fn expression(&mut self) -> EResult {
        if self.at(K::Lambda) {
            return self.lambdef();
        }
        let start = self.start_tok();
        let body = self.disjunction()?;
        if !self.at(K::If) {
            if self.call_invalid_rules {
                self.invalid_expression_comma(&start, &body)?;
            }
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat(K::Else) {
            if self.call_invalid_rules {
                return Err(self.raise_range(body.loc, test.loc, "expected 'else' after 'if' expression").into());
            }
            return Err(Fail::NoMatch.into());
        }
        self.enter(1)?;
        let orelse = self.expression()?;
        self.leave(1);
        Ok(mk(
            ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
            self.eloc(&start),
        ))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    fn lambdef(&mut self) -> EResult {
        let start = self.expect(K::Lambda)?;
        self.enter(2)?;
        let args = self.lambda_params()?;
        self.expect(K::Colon)?;
        let body = self.expression()?;
        self.leave(2);
        Ok(mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, self.eloc(&start)))
    }

    // -- boolean operators -----------------------------------------------------

    /// disjunction: conjunction ('or' conjunction)+ | conjunction
    pub(super) fn disjunction(&mut self) -> EResult {
        if !self.call_invalid_rules && starts_primary(self.kind()) {
            // Fast path: most operands are a bare primary (`x`, `f(a)`,
            // `self.b[i]`, `"s"`), for which the seven rules from
            // conjunction down to await_primary only pass the node up.
            // Parse the primary at the level power would charge; if no
            // operator follows, that is the result. Otherwise rewind and
            // take the full path, whose `primary` call at this same token
            // (nothing is consumed on the way down: no prefix operator
            // starts a primary) picks the node up from the memo, so no
            // token is parsed twice. Tokens looked at, warnings and levels
            // are exactly those of the full path. Measured on the stdlib
            // benchmark: ~10% of parse time.
            if self.kind() == K::Name && ends_bare_name(self.kind_at(1)) {
                // A bare name (the most frequent operand): the whole rule
                // is atom's NAME, returned in place. Through `primary` the
                // 64-byte node was copied out of atom's result, and that
                // first read of the node, written field by field, stalled
                // on store forwarding (perf annotate: a tenth of
                // `primary`'s samples on one load). Peeking at the next
                // token changes nothing: `primary` looks at it as soon as
                // the name is consumed.
                self.enter(1)?;
                self.leave(1);
                return self.atom();
            }
            let save = self.pos;
            self.enter(1)?;
            let e = self.primary();
            self.leave(1);
            let e = e?;
            if !continues_primary(self.kind()) {
                return Ok(e);
            }
            self.primary_memo = Some(super::PrimaryMemo { start: save, end: self.pos, expr: e });
            self.seek(save);
        }
        let start = self.start_tok();
        let first = self.conjunction()?;
        if !self.at(K::Or) {
            return Ok(first);
        }
        let mut values = super::vec_of(first);
        while self.eat(K::Or) {
            values.push(self.conjunction()?);
        }
        Ok(mk(ExprKind::BoolOp { op: ast::BoolOp::Or, values }, self.eloc(&start)))
    }

    /// conjunction: inversion ('and' inversion)+ | inversion
    fn conjunction(&mut self) -> EResult {
        let start = self.start_tok();
        let first = self.inversion()?;
        if !self.at(K::And) {
            return Ok(first);
        }
        let mut values = super::vec_of(first);
        while self.eat(K::And) {
            values.push(self.inversion()?);
        }
        Ok(mk(ExprKind::BoolOp { op: ast::BoolOp::And, values }, self.eloc(&start)))
    }

    /// inversion: 'not' inversion | comparison
    fn inversion(&mut self) -> EResult {
        if !self.at(K::Not) {
            return self.comparison();
        }
        let start = self.bump();
        self.enter(1)?;
        let operand = self.inversion()?;
        self.leave(1);
        Ok(mk(ExprKind::UnaryOp { op: ast::UnaryOp::Not, operand: Box::new(operand) }, self.eloc(&start)))
    }

    /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    fn comparison(&mut self) -> EResult {
        let start = self.start_tok();
        let left = self.bitwise_or()?;
        let Some(op) = self.compare_op() else {
            return Ok(left);
        };
        let right = self.bitwise_or()?;
        // Most comparisons have one operator: their two one-element lists
        // are allocated at that size, not grown and then shrunk.
        let Some(op2) = self.compare_op() else {
            return Ok(mk(
                ExprKind::Compare { left: Box::new(left), ops: Box::new([op]), comparators: Box::new([right]) },
                self.eloc(&start),
            ));
        };
        self.comparison_chain(&start, left, [op, op2], right)
    }

    /// The rest of a comparison with two or more operators (`a < b < c`),
    /// `ops` and `right` being the first two operators and the second
    /// operand. Out of line: rare, and inlined it put ~500 bytes between
    /// the hot lines of `inversion`.
    #[inline(never)]
    fn comparison_chain(&mut self, start: &Token, left: Expr, ops: [ast::CmpOp; 2], right: Expr) -> EResult {
        let mut ops = ops.to_vec();
        let mut comparators = vec![right, self.bitwise_or()?];
        while let Some(op) = self.compare_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        Ok(mk(
            ExprKind::Compare { left: Box::new(left), ops: ops.into(), comparators: comparators.into() },
            self.eloc(start),
        ))
    }

    /// compare_op of compare_op_bitwise_or_pair: consumes the operator's
    /// token(s), or returns `None` with nothing consumed.
    #[inline]
    fn compare_op(&mut self) -> Option<ast::CmpOp> {
        use ast::CmpOp as C;
        let op = match self.kind() {
            K::EqEqual => C::Eq,
            K::NotEqual => C::NotEq,
            K::Less => C::Lt,
            K::LessEqual => C::LtE,
            K::Greater => C::Gt,
            K::GreaterEqual => C::GtE,
            K::In => C::In,
            K::Is => {
                if self.kind_at(1) == K::Not {
                    self.bump();
                    C::IsNot
                } else {
                    C::Is
                }
            }
            K::Not if self.kind_at(1) == K::In => {
                self.bump();
                C::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    // -- binary operators ----------------------------------------------------

    /// bitwise_or (and the levels below it down to `term`).
    pub(super) fn bitwise_or(&mut self) -> EResult {
        self.binary(1)
    }

    /// Precedence climbing over `bitwise_or` … `term`: parses operators
    /// binding at least as tightly as `min`.
    fn binary(&mut self, min: u8) -> EResult {
        let start = self.start_tok();
        let mut left = self.factor()?;
        while let Some((prec, op)) = binop_of(self.kind()) {
            if prec < min {
                break;
            }
            self.bump();
            let right = if prec == 6 { self.factor()? } else { self.binary(prec + 1)? };
            left = mk(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, self.eloc(&start));
        }
        Ok(left)
    }

    /// factor: '+' factor | '-' factor | '~' factor | power
    fn factor(&mut self) -> EResult {
        let op = match self.kind() {
            K::Plus => ast::UnaryOp::UAdd,
            K::Minus => ast::UnaryOp::USub,
            K::Tilde => ast::UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.bump();
        self.enter(1)?;
        let operand = self.factor()?;
        self.leave(1);
        Ok(mk(ExprKind::UnaryOp { op, operand: Box::new(operand) }, self.eloc(&start)))
    }

    /// power: await_primary '**' factor | await_primary
    fn power(&mut self) -> EResult {
        let start = self.start_tok();
        // The rules below power (await_primary, primary, atom) stack one
        // more level than factor's recursion accounts for: measured, 5,969
        // unary minuses or 2,984 lambdas parse and one more is MemoryError.
        self.enter(1)?;
        let left = self.await_primary();
        self.leave(1);
        let left = left?;
        if !self.at(K::DoubleStar) {
            return Ok(left);
        }
        self.bump();
        self.enter(2)?;
        let right = self.factor()?;
        self.leave(2);
        Ok(mk(
            ExprKind::BinOp { left: Box::new(left), op: ast::Operator::Pow, right: Box::new(right) },
            self.eloc(&start),
        ))
    }

    /// await_primary: AWAIT primary | primary
    fn await_primary(&mut self) -> EResult {
        if !self.at(K::Await) {
            return self.primary();
        }
        let start = self.bump();
        let value = self.primary()?;
        Ok(mk(ExprKind::Await { value: Box::new(value) }, self.eloc(&start)))
    }

    // -- primary -------------------------------------------------------------

    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///        | primary '[' slices ']' | atom
    pub(super) fn primary(&mut self) -> EResult {
        if let Some(m) = self.primary_memo.take() {
            if m.start == self.pos {
                self.seek(m.end);
                return Ok(m.expr);
            }
        }
        let start = self.start_tok();
        let mut e = self.atom()?;
        loop {
            match self.kind() {
                K::Dot => {
                    self.bump();
                    let (attr, _) = self.name()?;
                    e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.eloc(&start));
                }
                K::Lpar => {
                    let (args, keywords) = self.call_arguments()?;
                    e = mk(
                        ExprKind::Call { func: Box::new(e), args: args.into(), keywords: keywords.into() },
                        self.eloc(&start),
                    );
                }
                K::Lsqb => {
                    self.bump();
                    self.nesting += 1;
                    let slice = self.slices()?;
                    self.expect(K::Rsqb)?;
                    self.nesting -= 1;
                    e = mk(
                        ExprKind::Subscript { value: Box::new(e), slice: Box::new(slice), ctx: ExprContext::Load },
                        self.eloc(&start),
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    fn slices(&mut self) -> EResult {
        let start = self.start_tok();
        let (first, starred) = self.slice_or_starred()?;
        if !self.at(K::Comma) && !starred {
            return Ok(first);
        }
        let mut elts = super::vec_of(first);
        while self.eat(K::Comma) {
            if self.at(K::Rsqb) {
                break;
            }
            elts.push(self.slice_or_starred()?.0);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.eloc(&start)))
    }

    /// slice | starred_expression; the flag tells a starred element.
    fn slice_or_starred(&mut self) -> PResult<(Expr, bool)> {
        let start = self.start_tok();
        if self.at(K::Star) {
            self.bump();
            let value = self.expression()?;
            return Ok((
                mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.eloc(&start)),
                true,
            ));
        }
        // slice: [expression] ':' [expression] [':' [expression]] | named_expression
        let lower = if self.at(K::Colon) {
            None
        } else {
            let bare_walrus = self.at(K::Name) && self.kind_at(1) == K::ColonEqual;
            let e = self.named_expression()?;
            if !self.at(K::Colon) {
                return Ok((e, false));
            }
            if bare_walrus {
                return Err(Fail::NoMatch);
            }
            Some(Box::new(e))
        };
        self.expect(K::Colon)?;
        let upper = if self.slice_bound_follows() { Some(Box::new(self.expression()?)) } else { None };
        let mut step = None;
        if self.eat(K::Colon) && self.slice_bound_follows() {
            step = Some(Box::new(self.expression()?));
        }
        Ok((mk(ExprKind::Slice { lower, upper, step }, self.eloc(&start)), false))
    }

    #[inline]
    fn slice_bound_follows(&mut self) -> bool {
        !matches!(self.kind(), K::Colon | K::Comma | K::Rsqb)
    }

    /// '(' [arguments] ')', or a generator expression as the sole argument
    /// (`primary genexp`, whose GeneratorExp spans the parentheses).
    pub(super) fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<ast::Keyword>)> {
        self.arguments_in_parens(true)
    }

    /// `'(' [arguments] ')'`; with `genexp`, also a call's sole generator
    /// argument (`primary genexp`), which a class's bases lack.
    pub(super) fn arguments_in_parens(&mut self, genexp: bool) -> PResult<(Vec<Expr>, Vec<ast::Keyword>)> {
        // Positional arguments go on `arg_stack` above `base`, keyword
        // arguments on `kw_stack` above `kw_base`, and leave them as
        // vectors of their exact length (box-slices in the tree; shrinking
        // a grown `Vec` reallocated every call's). Every exit leaves the
        // stacks as they were, so rewinds need not know.
        let base = self.arg_stack.len();
        let kw_base = self.kw_stack.len();
        let result = self.arguments_from(genexp, base, kw_base);
        self.arg_stack.truncate(base);
        self.kw_stack.truncate(kw_base);
        result
    }

    fn arguments_from(&mut self, genexp: bool, base: usize, kw_base: usize) -> PResult<(Vec<Expr>, Vec<ast::Keyword>)> {
        let lpar = self.expect(K::Lpar)?;
        self.enter(BRACKET_COST)?;
        self.nesting += 1;
        if genexp && self.call_invalid_rules && self.at(K::Star) {
            self.invalid_call_comprehension()?;
        }
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        while !self.at(K::Rpar) {
            let start = self.start_tok();
            match self.kind() {
                K::Star => {
                    if seen_double_star {
                        if self.call_invalid_rules {
                            return Err(
                                self.raise_generic("iterable argument unpacking follows keyword argument unpacking")
                            );
                        }
                        return Err(Fail::NoMatch);
                    }
                    self.bump();
                    let value = self.expression()?;
                    let starred =
                        mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, self.eloc(&start));
                    // invalid_arguments' `args for_if_clauses` with more than
                    // one positional argument (`f(x, *a for a in y)`).
                    if self.call_invalid_rules
                        && self.arg_stack.len() > base
                        && matches!(self.kind(), K::For | K::Async)
                    {
                        return Err(self.invalid_genexp_argument(&starred));
                    }
                    self.arg_stack.push(starred);
                }
                K::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    let loc = self.eloc(&start);
                    self.kw_stack.push(ast::Keyword { arg: None, value, loc });
                    seen_double_star = true;
                }
                K::Name if self.kind_at(1) == K::Equal => {
                    let (arg, _) = self.name()?;
                    let eq = self.bump();
                    let value = self.expression()?;
                    if self.call_invalid_rules && matches!(self.kind(), K::For | K::Async) {
                        self.invalid_kwarg_genexp(&start, &eq)?;
                    }
                    let loc = self.eloc(&start);
                    self.kw_stack.push(ast::Keyword { arg: Some(arg), value, loc });
                    seen_keyword = true;
                }
                K::Name
                    if !self.call_invalid_rules
                        && !seen_keyword
                        && !seen_double_star
                        && matches!(self.kind_at(1), K::Comma | K::Rpar) =>
                {
                    // A bare name, the most frequent argument: what
                    // `arg_expression` returns for it, built by `atom`
                    // without passing the node up through three results
                    // (levels as `disjunction`'s fast path charges them).
                    self.enter(1)?;
                    self.leave(1);
                    let e = self.atom()?;
                    self.arg_stack.push(e);
                }
                _ => {
                    let e = self.arg_expression()?;
                    if self.at(K::Equal) {
                        // `a := 1 = 2`: invalid_kwarg's `expression` cannot
                        // parse an unparenthesized walrus.
                        if start.kind == K::Name && matches!(e.node, ExprKind::NamedExpr { .. }) {
                            return Err(Fail::NoMatch);
                        }
                        return Err(self.no_match_or_invalid_kwarg(&e));
                    }
                    if self.arg_stack.len() == base
                        && self.kw_stack.len() == kw_base
                        && matches!(self.kind(), K::For | K::Async)
                    {
                        if !genexp {
                            return Err(Fail::NoMatch);
                        }
                        let save = self.pos;
                        let generators = self.for_if_clauses()?;
                        if !self.at(K::Rpar) {
                            // invalid_arguments: `expression for_if_clauses ','`.
                            if self.call_invalid_rules && self.at(K::Comma) {
                                self.seek(save);
                                return Err(self.invalid_genexp_argument(&e));
                            }
                            return Err(Fail::NoMatch);
                        }
                        self.bump();
                        let g = mk(ExprKind::GeneratorExp { elt: Box::new(e), generators }, self.eloc(&lpar));
                        self.leave(BRACKET_COST);
                        self.nesting -= 1;
                        return Ok((vec![g], Vec::new()));
                    }
                    if matches!(self.kind(), K::For | K::Async) && self.call_invalid_rules {
                        return Err(self.invalid_genexp_argument(&e));
                    }
                    if seen_keyword || seen_double_star {
                        if self.call_invalid_rules {
                            // invalid_arguments' `args ',' args` reads the
                            // remaining arguments before raising at the last
                            // token it fetched.
                            while self.eat(K::Comma) && self.can_start_expression() {
                                if self.attempt(|p| p.arg_expression())?.is_none() {
                                    break;
                                }
                            }
                            let msg = if self.kw_stack[kw_base..].iter().any(|k| k.arg.is_none()) {
                                "positional argument follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument"
                            };
                            return Err(self.raise_generic(msg));
                        }
                        return Err(Fail::NoMatch);
                    }
                    self.arg_stack.push(e);
                }
            }
            if !self.eat(K::Comma) {
                break;
            }
        }
        if !self.at(K::Rpar) {
            return Err(self.no_match_or_invalid_arguments());
        }
        self.bump();
        self.leave(BRACKET_COST);
        self.nesting -= 1;
        Ok((take_above(&mut self.arg_stack, base), take_above(&mut self.kw_stack, kw_base)))
    }

    // -- atoms -----------------------------------------------------------------

    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
    ///     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
    pub(super) fn atom(&mut self) -> EResult {
        let t = self.tok();
        let constant = |v| ExprKind::Constant { value: v, kind: None };
        match t.kind {
            K::Name => {
                self.bump();
                Ok(mk(ExprKind::Name { id: self.name_of(&t), ctx: ExprContext::Load }, t.loc()))
            }
            K::True => {
                self.bump();
                Ok(mk(constant(ast::Constant::Bool(true)), t.loc()))
            }
            K::False => {
                self.bump();
                Ok(mk(constant(ast::Constant::Bool(false)), t.loc()))
            }
            K::None => {
                self.bump();
                Ok(mk(constant(ast::Constant::None), t.loc()))
            }
            K::Ellipsis => {
                self.bump();
                Ok(mk(constant(ast::Constant::Ellipsis), t.loc()))
            }
            K::Number => self.number(),
            K::String => self.strings(),
            K::Lpar => self.paren_atom(),
            K::Lsqb => self.list_atom(),
            K::Lbrace => self.brace_atom(),
            _ => {
                if self.call_invalid_rules {
                    self.invalid_atom()?;
                }
                Err(Fail::NoMatch.into())
            }
        }
    }

    /// NUMBER.
    #[inline(never)]
    fn number(&mut self) -> EResult {
        let t = self.bump();
        match super::number::parse_number(t.text(self.src)) {
            Some(v) => Ok(mk(ExprKind::Constant { value: v, kind: None }, t.loc())),
            None => Err(self.raise_at_token(&t, "invalid number literal").into()),
        }
    }

    /// strings: STRING+ (implicit concatenation), handed to `string.rs`.
    #[inline(never)]
    fn strings(&mut self) -> EResult {
        let first = self.pos;
        while self.at(K::String) {
            self.bump();
        }
        let toks = &self.toks[first..self.pos];
        // CPython's string errors point at p->tokens[p->fill - 1].
        let lookahead = self.toks.get(self.fill.wrapping_sub(1));
        crate::string::parse_strings_at(self.src, toks, lookahead, &mut self.warnings)
            .map_err(|e| Fail::Error(Box::new(e)).into())
    }

    /// tuple | group | genexp
    #[inline(never)]
    fn paren_atom(&mut self) -> EResult {
        let lpar = self.bump();
        self.enter(BRACKET_COST)?;
        self.nesting += 1;
        let e = self.paren_atom_inner(&lpar)?;
        self.nesting -= 1;
        self.leave(BRACKET_COST);
        Ok(e)
    }

    fn paren_atom_inner(&mut self, lpar: &Token) -> EResult {
        if self.eat(K::Rpar) {
            return Ok(mk(ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }, self.eloc(lpar)));
        }
        if self.call_invalid_rules && self.at(K::DoubleStar) {
            let t = self.tok();
            self.bump();
            if self.attempt(|p| p.expression())?.is_some() && self.at(K::Rpar) {
                return Err(self.raise_at_token(&t, "cannot use double starred expression here").into());
            }
            return Err(Fail::NoMatch.into());
        }
        if self.at(K::Yield) {
            // group: '(' yield_expr ')'
            let e = self.yield_expr()?;
            self.expect(K::Rpar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        match self.kind() {
            K::Rpar => {
                if matches!(first.node, ExprKind::Starred { .. }) {
                    if self.call_invalid_rules {
                        return Err(self.raise_known_location(first.loc, "cannot use starred expression here").into());
                    }
                    return Err(Fail::NoMatch.into());
                }
                self.bump();
                Ok(first)
            }
            K::Comma => {
                let mut elts = super::vec_of(first);
                while self.eat(K::Comma) {
                    if self.at(K::Rpar) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                self.expect(K::Rpar)?;
                Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.eloc(lpar)))
            }
            K::For | K::Async if !matches!(first.node, ExprKind::Starred { .. }) => {
                let generators = self.for_if_clauses()?;
                self.expect(K::Rpar)?;
                Ok(mk(ExprKind::GeneratorExp { elt: Box::new(first), generators }, self.eloc(lpar)))
            }
            _ => {
                if self.call_invalid_rules {
                    self.invalid_group_or_tuple(&first)?;
                }
                Err(Fail::NoMatch.into())
            }
        }
    }

    /// list | listcomp
    #[inline(never)]
    fn list_atom(&mut self) -> EResult {
        self.nesting += 1;
        let e = self.list_atom_inner()?;
        self.nesting -= 1;
        Ok(e)
    }

    fn list_atom_inner(&mut self) -> EResult {
        let lsqb = self.bump();
        self.enter(BRACKET_COST)?;
        if self.eat(K::Rsqb) {
            self.leave(BRACKET_COST);
            return Ok(mk(ExprKind::List { elts: Vec::new(), ctx: ExprContext::Load }, self.eloc(&lsqb)));
        }
        let first = self.star_named_expression()?;
        if self.call_invalid_rules {
            self.invalid_comprehension_first(&first)?;
        }
        if matches!(self.kind(), K::For | K::Async) && !matches!(first.node, ExprKind::Starred { .. }) {
            let generators = self.for_if_clauses()?;
            self.expect(K::Rsqb)?;
            self.leave(BRACKET_COST);
            return Ok(mk(ExprKind::ListComp { elt: Box::new(first), generators }, self.eloc(&lsqb)));
        }
        let mut elts = super::vec_of(first);
        while self.eat(K::Comma) {
            if self.at(K::Rsqb) {
                break;
            }
            if self.call_invalid_rules && matches!(self.kind(), K::For | K::Async) {
                let comma = self.toks[self.pos - 1].loc();
                return Err(self
                    .raise_range(elts[0].loc, comma, "did you forget parentheses around the comprehension target?")
                    .into());
            }
            elts.push(self.star_named_expression()?);
        }
        if self.call_invalid_rules && elts.len() > 1 && matches!(self.kind(), K::For | K::Async) {
            let (a, b) = (elts[0].loc, elts[elts.len() - 1].loc);
            return Err(self.raise_range(a, b, "did you forget parentheses around the comprehension target?").into());
        }
        self.expect(K::Rsqb)?;
        self.leave(BRACKET_COST);
        Ok(mk(ExprKind::List { elts, ctx: ExprContext::Load }, self.eloc(&lsqb)))
    }

    /// dict | set | dictcomp | setcomp
    #[inline(never)]
    fn brace_atom(&mut self) -> EResult {
        let lbrace = self.bump();
        self.enter(BRACKET_COST)?;
        self.nesting += 1;
        let e = self.brace_atom_inner(&lbrace)?;
        self.nesting -= 1;
        self.leave(BRACKET_COST);
        Ok(e)
    }

    fn brace_atom_inner(&mut self, lbrace: &Token) -> EResult {
        if self.eat(K::Rbrace) {
            return Ok(mk(ExprKind::Dict { keys: Box::default(), values: Box::default() }, self.eloc(lbrace)));
        }
        if self.at(K::DoubleStar) {
            if self.call_invalid_rules {
                let value = self.invalid_dict_comprehension()?;
                return self.dict_rest(lbrace, vec![None], vec![value]);
            }
            return self.dict_rest(lbrace, Vec::new(), Vec::new());
        }
        let bare_walrus = self.at(K::Name) && self.kind_at(1) == K::ColonEqual;
        let first = self.star_named_expression()?;
        if self.call_invalid_rules {
            self.invalid_comprehension_first(&first)?;
        }
        if self.at(K::Colon) && !matches!(first.node, ExprKind::Starred { .. }) {
            // A dict key is an `expression`: a bare walrus is not allowed.
            if bare_walrus {
                return Err(Fail::NoMatch.into());
            }
            self.bump();
            if self.call_invalid_rules {
                self.invalid_dict_value()?;
            }
            let value = self.expression()?;
            if matches!(self.kind(), K::For | K::Async) {
                let generators = self.for_if_clauses()?;
                self.expect(K::Rbrace)?;
                return Ok(mk(
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators },
                    self.eloc(lbrace),
                ));
            }
            return self.dict_rest(lbrace, vec![Some(first)], vec![value]);
        }
        if matches!(self.kind(), K::For | K::Async) && !matches!(first.node, ExprKind::Starred { .. }) {
            let generators = self.for_if_clauses()?;
            self.expect(K::Rbrace)?;
            return Ok(mk(ExprKind::SetComp { elt: Box::new(first), generators }, self.eloc(lbrace)));
        }
        let mut elts = super::vec_of(first);
        while self.eat(K::Comma) {
            if self.at(K::Rbrace) {
                break;
            }
            if self.call_invalid_rules && matches!(self.kind(), K::For | K::Async) {
                let comma = self.toks[self.pos - 1].loc();
                return Err(self
                    .raise_range(elts[0].loc, comma, "did you forget parentheses around the comprehension target?")
                    .into());
            }
            elts.push(self.star_named_expression()?);
        }
        if self.call_invalid_rules && elts.len() > 1 && matches!(self.kind(), K::For | K::Async) {
            let (a, b) = (elts[0].loc, elts[elts.len() - 1].loc);
            return Err(self.raise_range(a, b, "did you forget parentheses around the comprehension target?").into());
        }
        self.expect(K::Rbrace)?;
        Ok(mk(ExprKind::Set { elts }, self.eloc(lbrace)))
    }

    /// The rest of a dict display: `(',' kvpair | ',' '**' bitwise_or)* [','] '}'`,
    /// or its first `**` entry when `keys` is empty.
    fn dict_rest(&mut self, lbrace: &Token, mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> EResult {
        let mut need_comma = !keys.is_empty();
        loop {
            if need_comma {
                if !self.eat(K::Comma) {
                    break;
                }
                if self.at(K::Rbrace) {
                    break;
                }
            }
            need_comma = true;
            if self.eat(K::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = if self.call_invalid_rules {
                    // A later key followed by another expression is "':'
                    // expected after dictionary key" for CPython, not
                    // invalid_expression's "Perhaps you forgot a comma?"
                    // (measured: `{1: 1, 3 2}`, `{**a, 3 2}`; the first
                    // item does get the comma message).
                    self.call_invalid_rules = false;
                    let k = self.attempt(|p| p.expression());
                    self.call_invalid_rules = true;
                    match k? {
                        Some(k) => k,
                        None => self.expression()?,
                    }
                } else {
                    self.expression()?
                };
                if !self.at(K::Colon) {
                    if self.call_invalid_rules {
                        self.invalid_kvpair(&k)?;
                    }
                    return Err(Fail::NoMatch.into());
                }
                self.bump();
                if self.call_invalid_rules {
                    self.invalid_dict_value()?;
                }
                let v = self.expression()?;
                keys.push(Some(k));
                values.push(v);
            }
        }
        if !self.at(K::Rbrace) {
            if self.call_invalid_rules {
                self.invalid_double_starred_kvpairs()?;
            }
            return Err(Fail::NoMatch.into());
        }
        self.bump();
        Ok(mk(ExprKind::Dict { keys: keys.into(), values: values.into() }, self.eloc(lbrace)))
    }

    // -- comprehensions and yield -----------------------------------------------

    /// for_if_clauses: for_if_clause+
    /// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    pub(super) fn for_if_clauses(&mut self) -> PResult<Vec<ast::Comprehension>> {
        let mut out = Vec::new();
        while matches!(self.kind(), K::For | K::Async) {
            let is_async = self.eat(K::Async);
            if !self.eat(K::For) {
                return Err(Fail::NoMatch);
            }
            let target = match self.star_targets().map_err(Fail::from) {
                Ok(t) => t,
                Err(Fail::NoMatch) if self.call_invalid_rules => return Err(self.invalid_for_target()),
                Err(e) => return Err(e),
            };
            if !self.eat(K::In) {
                if self.call_invalid_rules {
                    return Err(self.invalid_for_target());
                }
                return Err(Fail::NoMatch);
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            // ('if' disjunction)*: an `if` not followed by a disjunction is
            // left for the caller, as the PEG loop backtracks.
            while self.at(K::If) {
                let save = self.pos;
                self.bump();
                match self.disjunction().map_err(Fail::from) {
                    Ok(e) => ifs.push(e),
                    Err(Fail::NoMatch) => {
                        self.seek(save);
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
            out.push(ast::Comprehension { target, iter, ifs, is_async });
        }
        Ok(out)
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> EResult {
        let start = self.expect(K::Yield)?;
        if self.eat(K::From) {
            let value = self.expression()?;
            return Ok(mk(ExprKind::YieldFrom { value: Box::new(value) }, self.eloc(&start)));
        }
        let value = if self.can_start_expression() { Some(Box::new(self.star_expressions()?)) } else { None };
        Ok(mk(ExprKind::Yield { value }, self.eloc(&start)))
    }
}
