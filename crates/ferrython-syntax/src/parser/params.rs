//! Function and lambda parameters (`params`, `lambda_params`).
//!
//! CPython spells the parameter list as five alternatives (slash with or
//! without defaults, plain, defaults only, star_etc) which a PEG parser
//! tries in turn. They all describe the same left-to-right shape, so we
//! read it in one pass and enforce the ordering rules as we go: a `/` turns
//! the parameters so far into positional-only ones, a parameter without a
//! default may not follow one with a default, `*` starts keyword-only
//! parameters, `**` must come last.

use super::{Fail, PResult, Parser};
use crate::ast::{self, Arg, Arguments};
use crate::token::TokenKind as K;

impl<'s> Parser<'s> {
    /// params: parameters (for `def`; ends before ')').
    pub(super) fn params(&mut self) -> PResult<Arguments> {
        self.parameters(false)
    }

    /// lambda_params: lambda_parameters (ends before ':').
    pub(super) fn lambda_params(&mut self) -> PResult<Arguments> {
        self.parameters(true)
    }

    /// One parameter: NAME [':' expression] (annotations only in `def`).
    /// `star` allows `*args: *Ts` (star_annotation).
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let (arg, start) = match self.name() {
            Ok(x) => x,
            Err(e) => {
                if self.call_invalid_rules {
                    self.invalid_parenthesized_params(lambda)?;
                }
                return Err(e);
            }
        };
        let mut annotation = None;
        if !lambda && self.eat(K::Colon) {
            let a = if star && self.at(K::Star) {
                let st = self.bump();
                let value = self.bitwise_or()?;
                super::expr::mk(
                    ast::ExprKind::Starred { value: Box::new(value), ctx: ast::ExprContext::Load },
                    self.eloc(&st),
                )
            } else {
                self.expression()?
            };
            annotation = Some(Box::new(a));
        }
        Ok(Arg { arg, annotation, type_comment: None, loc: self.eloc(&start) })
    }

    fn param_default(&mut self) -> PResult<Option<ast::Expr>> {
        if self.call_invalid_rules && self.at(K::Equal) && matches!(self.kind_at(1), K::Rpar | K::Comma) {
            // invalid_default
            let t = self.tok();
            return Err(self.raise_at_token(&t, "expected default value expression"));
        }
        if self.eat(K::Equal) {
            Ok(Some(self.expression()?))
        } else {
            Ok(None)
        }
    }

    fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let end = if lambda { K::Colon } else { K::Rpar };
        let mut a = Arguments::default();
        let mut seen_default = false;
        let mut seen_slash = false;
        // Positional parameters, possibly ended by '/'.
        loop {
            match self.kind() {
                k if k == end => return Ok(a),
                K::Star | K::DoubleStar => break,
                K::Slash => {
                    if seen_slash || a.args.is_empty() {
                        return Err(self.invalid_parameters_or_no_match(lambda));
                    }
                    self.bump();
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                    if self.call_invalid_rules && self.at(K::Star) {
                        let t = self.tok();
                        return Err(self.raise_at_token(&t, "expected comma between / and *"));
                    }
                }
                _ => {
                    let p = self.param(lambda, false)?;
                    match self.param_default()? {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None => {
                            if seen_default {
                                return Err(self.invalid_non_default_param(end));
                            }
                        }
                    }
                    a.args.push(p);
                }
            }
            if !self.eat(K::Comma) {
                if self.kind() == end {
                    return Ok(a);
                }
                return Err(self.invalid_parameters_or_no_match(lambda));
            }
        }
        // star_etc
        if self.eat(K::Star) {
            if self.at(K::Comma) {
                // Bare '*': keyword-only parameters must follow.
                self.bump();
                if self.kind() == end || self.at(K::DoubleStar) {
                    return Err(self.invalid_star_etc_or_no_match(lambda));
                }
            } else {
                if self.kind() == end {
                    return Err(self.invalid_star_etc_or_no_match(lambda));
                }
                a.vararg = Some(Box::new(self.param(lambda, true)?));
                if self.at(K::Equal) {
                    return Err(self.invalid_star_etc_or_no_match(lambda));
                }
                if !self.eat(K::Comma) {
                    return if self.kind() == end { Ok(a) } else { Err(self.invalid_parameters_or_no_match(lambda)) };
                }
            }
            while !matches!(self.kind(), K::DoubleStar) && self.kind() != end {
                if self.at(K::Star) {
                    return Err(self.invalid_star_etc_or_no_match(lambda));
                }
                if self.at(K::Slash) {
                    if self.call_invalid_rules {
                        let t = self.tok();
                        return Err(self.raise_at_token(&t, "/ must be ahead of *"));
                    }
                    return Err(Fail::NoMatch);
                }
                let p = self.param(lambda, false)?;
                let d = self.param_default()?;
                a.kwonlyargs.push(p);
                a.kw_defaults.push(d);
                if !self.eat(K::Comma) {
                    if self.kind() == end {
                        return Ok(a);
                    }
                    return Err(self.invalid_parameters_or_no_match(lambda));
                }
            }
        }
        if self.eat(K::DoubleStar) {
            let p = self.param(lambda, false)?;
            if self.at(K::Equal) {
                return Err(self.invalid_kwds_or_no_match(lambda));
            }
            a.kwarg = Some(Box::new(p));
            self.eat(K::Comma);
            if self.kind() != end {
                return Err(self.invalid_kwds_or_no_match(lambda));
            }
        }
        Ok(a)
    }
}
