//! The match statement and its patterns (PEP 634).
//!
//! `match`, `case` and `_` are soft keywords. A statement starting with the
//! name `match` is tried as a match statement by `statement` (one bounded
//! retry); inside a match statement `case` starts every block and `_` is
//! the wildcard. Patterns are predicted from their first token, as the
//! grammar's ordered choice effectively does: for example `_` always makes
//! a wildcard, so `case _.x:` is invalid in CPython too.

use super::expr::mk;
use super::{EResult, Fail, PResult, Parser, SResult};
use crate::ast::{self, Expr, ExprContext, ExprKind, Pattern, PatternKind, Stmt, StmtKind};
use crate::token::{Token, TokenKind as K};

#[inline]
fn pat(node: PatternKind, loc: ast::Location) -> Pattern {
    Pattern { node, loc }
}

impl<'s> Parser<'s> {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    pub(super) fn match_stmt(&mut self) -> SResult {
        let start = self.expect(K::Name)?;
        let subject = Box::new(self.subject_expr()?);
        if !self.at(K::Colon) {
            if self.call_invalid_rules && self.at(K::Newline) {
                return Err(self.raise_generic("expected ':'").into());
            }
            return Err(Fail::NoMatch.into());
        }
        self.bump();
        self.expect(K::Newline)?;
        if !self.at(K::Indent) {
            if self.call_invalid_rules {
                let msg = format!("expected an indented block after 'match' statement on line {}", start.lineno);
                return Err(self.raise_indentation_generic(&msg).into());
            }
            return Err(Fail::NoMatch.into());
        }
        self.bump();
        let mut cases = Vec::new();
        while !self.at(K::Dedent) {
            cases.push(self.case_block()?);
        }
        self.bump();
        if cases.is_empty() {
            return Err(Fail::NoMatch.into());
        }
        Ok(Stmt { node: StmtKind::Match { subject, cases }, loc: self.loc_from(&start) })
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    fn subject_expr(&mut self) -> EResult {
        let start = self.start_tok();
        let first = self.star_named_expression()?;
        if !self.at(K::Comma) {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(Fail::NoMatch.into());
            }
            return Ok(first);
        }
        let mut elts = super::vec_of(first);
        while self.eat(K::Comma) {
            if !self.can_start_expression() {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.eloc(&start)))
    }

    /// case_block: "case" patterns guard? ':' block
    fn case_block(&mut self) -> PResult<ast::MatchCase> {
        if !self.at_soft("case") {
            return Err(Fail::NoMatch);
        }
        let start = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(K::If) { Some(Box::new(self.named_expression()?)) } else { None };
        if !self.at(K::Colon) {
            if self.call_invalid_rules && self.at(K::Newline) {
                return Err(self.raise_generic("expected ':'"));
            }
            return Err(Fail::NoMatch);
        }
        self.bump();
        let body = self.case_body(&start)?;
        Ok(ast::MatchCase { pattern, guard, body })
    }

    fn case_body(&mut self, start: &Token) -> PResult<Vec<Stmt>> {
        self.block("'case' statement", start.lineno).map(<[Stmt]>::into_vec)
    }

    /// patterns: open_sequence_pattern | pattern
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start_tok();
        let first = self.maybe_star_pattern()?;
        if !self.at(K::Comma) {
            if matches!(first.node, PatternKind::MatchStar { .. }) {
                return Err(Fail::NoMatch);
            }
            return Ok(first);
        }
        let mut patterns = super::vec_of(first);
        while self.eat(K::Comma) {
            if matches!(self.kind(), K::Colon | K::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(pat(PatternKind::MatchSequence { patterns }, self.eloc(&start)))
    }

    /// maybe_star_pattern: star_pattern | pattern
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at(K::Star) {
            return self.pattern();
        }
        let start = self.bump();
        let (name, t) = self.name()?;
        let name = if name == "_" { None } else { Some(name) };
        if name.is_some() && matches!(self.kind(), K::Dot | K::Lpar | K::Equal) {
            return Err(Fail::NoMatch);
        }
        let _ = t;
        Ok(pat(PatternKind::MatchStar { name }, self.eloc(&start)))
    }

    /// pattern: as_pattern | or_pattern
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter(4)?;
        let start = self.start_tok();
        let p = self.or_pattern()?;
        if !self.at(K::As) {
            self.leave(4);
            return Ok(p);
        }
        self.bump();
        let t = self.tok();
        if t.kind != K::Name {
            if self.call_invalid_rules {
                let e = self.expression()?;
                return Err(self.raise_known_location(e.loc, "invalid pattern target"));
            }
            return Err(Fail::NoMatch);
        }
        let name = self.name_of(&t);
        if name == "_" {
            if self.call_invalid_rules {
                return Err(self.raise_at_token(&t, "cannot use '_' as a target"));
            }
            return Err(Fail::NoMatch);
        }
        self.bump();
        // pattern_capture_target: NAME !('.' | '(' | '='). invalid_as_pattern
        // wants `!NAME expression`, so `as a.b` is plain invalid syntax.
        if matches!(self.kind(), K::Dot | K::Lpar | K::Equal) {
            return Err(Fail::NoMatch);
        }
        self.leave(4);
        Ok(pat(PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }, self.eloc(&start)))
    }

    /// or_pattern: '|'.closed_pattern+
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start_tok();
        let first = self.closed_pattern()?;
        if !self.at(K::Vbar) {
            return Ok(first);
        }
        let mut patterns = super::vec_of(first);
        while self.eat(K::Vbar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(pat(PatternKind::MatchOr { patterns }, self.eloc(&start)))
    }

    /// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
    ///     | value_pattern | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let t = self.tok();
        match t.kind {
            K::None | K::True | K::False => {
                self.bump();
                let value = match t.kind {
                    K::None => ast::Constant::None,
                    K::True => ast::Constant::Bool(true),
                    _ => ast::Constant::Bool(false),
                };
                Ok(pat(PatternKind::MatchSingleton { value }, t.loc()))
            }
            K::Number | K::Minus | K::String => {
                let value = self.literal_expr()?;
                let loc = value.loc;
                Ok(pat(PatternKind::MatchValue { value: Box::new(value) }, loc))
            }
            K::Name => {
                if self.text_of(self.pos) == "_" {
                    self.bump();
                    return Ok(pat(PatternKind::MatchAs { pattern: None, name: None }, t.loc()));
                }
                let cls = self.name_or_attr()?;
                if self.at(K::Lpar) {
                    return self.class_pattern(&t, cls);
                }
                if self.at(K::Equal) {
                    return Err(Fail::NoMatch);
                }
                match &cls.node {
                    ExprKind::Name { id, .. } => {
                        Ok(pat(PatternKind::MatchAs { pattern: None, name: Some(id.clone()) }, cls.loc))
                    }
                    _ => {
                        let loc = cls.loc;
                        Ok(pat(PatternKind::MatchValue { value: Box::new(cls) }, loc))
                    }
                }
            }
            K::Lpar => {
                self.bump();
                self.enter(20)?;
                if self.eat(K::Rpar) {
                    self.leave(20);
                    return Ok(pat(PatternKind::MatchSequence { patterns: Vec::new() }, self.eloc(&t)));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(K::Rpar) {
                    if matches!(first.node, PatternKind::MatchStar { .. }) {
                        return Err(Fail::NoMatch);
                    }
                    self.leave(20);
                    return Ok(first);
                }
                if !self.at(K::Comma) {
                    return Err(Fail::NoMatch);
                }
                let patterns = self.sequence_rest(first, K::Rpar)?;
                self.leave(20);
                Ok(pat(PatternKind::MatchSequence { patterns }, self.eloc(&t)))
            }
            K::Lsqb => {
                self.bump();
                self.enter(20)?;
                if self.eat(K::Rsqb) {
                    self.leave(20);
                    return Ok(pat(PatternKind::MatchSequence { patterns: Vec::new() }, self.eloc(&t)));
                }
                let first = self.maybe_star_pattern()?;
                let patterns = self.sequence_rest(first, K::Rsqb)?;
                self.leave(20);
                Ok(pat(PatternKind::MatchSequence { patterns }, self.eloc(&t)))
            }
            K::Lbrace => {
                self.enter(20)?;
                let p = self.mapping_pattern()?;
                self.leave(20);
                Ok(p)
            }
            _ => Err(Fail::NoMatch),
        }
    }

    /// The elements after the first of a sequence pattern, and the closing bracket.
    fn sequence_rest(&mut self, first: Pattern, close: K) -> PResult<Vec<Pattern>> {
        let mut patterns = super::vec_of(first);
        while self.eat(K::Comma) {
            if self.at(close) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        self.expect(close)?;
        Ok(patterns)
    }

    /// name_or_attr: attr | NAME (Attribute nodes in Load context).
    fn name_or_attr(&mut self) -> EResult {
        let (id, start) = self.name()?;
        let mut e = mk(ExprKind::Name { id, ctx: ExprContext::Load }, start.loc());
        while self.at(K::Dot) {
            self.bump();
            let (attr, _) = self.name()?;
            e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.eloc(&start));
        }
        Ok(e)
    }

    /// literal_expr: signed_number !('+' | '-') | complex_number | strings
    /// (None/True/False are handled by the callers).
    fn literal_expr(&mut self) -> EResult {
        if self.at(K::String) {
            return self.atom();
        }
        let start = self.start_tok();
        let real = self.signed_number()?;
        let op = match self.kind() {
            K::Plus => ast::Operator::Add,
            K::Minus => ast::Operator::Sub,
            _ => return Ok(real),
        };
        // complex_number: signed_real_number ('+' | '-') imaginary_number
        if is_imaginary(&real) {
            return Err(self.raise_known_location(real.loc, "real number required in complex literal").into());
        }
        self.bump();
        let t = self.tok();
        if t.kind != K::Number {
            return Err(Fail::NoMatch.into());
        }
        let imag = self.atom()?;
        if !is_imaginary(&imag) {
            return Err(self.raise_known_location(imag.loc, "imaginary number required in complex literal").into());
        }
        Ok(mk(ExprKind::BinOp { left: Box::new(real), op, right: Box::new(imag) }, self.eloc(&start)))
    }

    /// signed_number: NUMBER | '-' NUMBER
    fn signed_number(&mut self) -> EResult {
        if self.at(K::Minus) {
            let start = self.bump();
            if !self.at(K::Number) {
                return Err(Fail::NoMatch.into());
            }
            let n = self.atom()?;
            return Ok(mk(ExprKind::UnaryOp { op: ast::UnaryOp::USub, operand: Box::new(n) }, self.eloc(&start)));
        }
        if !self.at(K::Number) {
            return Err(Fail::NoMatch.into());
        }
        self.atom()
    }

    /// mapping_pattern: '{' [items_pattern] [double_star_pattern] [','] '}'
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.expect(K::Lbrace)?;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(K::Rbrace) {
            if self.eat(K::DoubleStar) {
                let (name, _) = self.name()?;
                rest = Some(name);
                self.eat(K::Comma);
                if !self.at(K::Rbrace) {
                    if self.call_invalid_rules {
                        return Err(self.invalid_mapping_rest());
                    }
                    return Err(Fail::NoMatch);
                }
                break;
            }
            let key = match self.kind() {
                K::None | K::True | K::False => self.atom()?,
                K::Name => {
                    let e = self.name_or_attr()?;
                    if matches!(e.node, ExprKind::Name { .. }) {
                        return Err(Fail::NoMatch);
                    }
                    e
                }
                _ => self.literal_expr()?,
            };
            self.expect(K::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::Rbrace)?;
        Ok(pat(PatternKind::MatchMapping { keys, patterns, rest }, self.eloc(&start)))
    }

    /// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
    fn class_pattern(&mut self, start: &Token, cls: Expr) -> PResult<Pattern> {
        self.expect(K::Lpar)?;
        self.enter(20)?;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(K::Rpar) {
            if self.at(K::Name) && self.kind_at(1) == K::Equal {
                let (name, _) = self.name()?;
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    if self.call_invalid_rules {
                        // invalid_class_argument_pattern: the error spans all of
                        // the `positional_patterns` that follow.
                        let mut last = p.loc;
                        while self.eat(K::Comma) {
                            match self.attempt(|p| p.pattern())? {
                                Some(q) => last = q.loc,
                                None => break,
                            }
                        }
                        return Err(self.raise_range(p.loc, last, "positional patterns follow keyword patterns"));
                    }
                    return Err(Fail::NoMatch);
                }
                patterns.push(p);
            }
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::Rpar)?;
        self.leave(20);
        Ok(pat(PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }, self.eloc(start)))
    }
}

fn is_imaginary(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Constant { value: ast::Constant::Complex { .. }, .. } => true,
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}
