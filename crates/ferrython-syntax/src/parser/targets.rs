//! Assignment and deletion targets.
//!
//! CPython's grammar has separate target rules (`star_targets`,
//! `single_target`, `del_targets`, …) and backtracks from them to
//! expressions. We parse targets with the expression parser instead and
//! convert the result: `to_target` checks that every node is a valid target
//! (the checks of `_PyPegen_get_invalid_target`) and sets `Store`/`Del`
//! context on the outermost names, attributes, subscripts, starred nodes
//! and the tuples/lists around them. The tree and its locations are
//! otherwise identical to what CPython's target rules build.

use super::expr::mk;
use super::{EResult, Fail, PResult, Parser};
use crate::ast::{Expr, ExprContext, ExprKind};
use crate::token::TokenKind as K;

/// Which target rule is being checked (CPython's TARGETS_TYPE).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetsType {
    Star,
    Del,
    For,
}

/// The first sub-expression that makes `e` an invalid target, per
/// `_PyPegen_get_invalid_target`.
pub(super) fn invalid_target(e: &Expr, ty: TargetsType) -> Option<&Expr> {
    match &e.node {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, ty)),
        ExprKind::Starred { value, .. } => {
            if ty == TargetsType::Del {
                Some(e)
            } else {
                invalid_target(value, ty)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if ty == TargetsType::For {
                if ops.first() == Some(&crate::ast::CmpOp::In) {
                    return invalid_target(left, ty);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Sets `ctx` on a target, or gives it back if it is not a valid target.
pub(super) fn to_target(mut e: Expr, ctx: ExprContext) -> Result<Expr, Expr> {
    if set_ctx(&mut e, ctx) {
        Ok(e)
    } else {
        Err(e)
    }
}

fn set_ctx(e: &mut Expr, new: ExprContext) -> bool {
    match &mut e.node {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => {
            *ctx = new;
            true
        }
        ExprKind::Starred { value, ctx } => {
            if new == ExprContext::Del {
                return false;
            }
            *ctx = new;
            // `*` may not be doubled: `**a` never reaches here as a Starred
            // of a Starred from the expression grammar, but `*(*a)` could.
            if matches!(value.node, ExprKind::Starred { .. }) {
                return false;
            }
            set_ctx(value, new)
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            elts.iter_mut().all(|x| set_ctx(x, new))
        }
        _ => false,
    }
}

impl<'s> Parser<'s> {
    /// star_targets: star_target !',' | star_target (',' star_target)* [',']
    pub(super) fn star_targets(&mut self) -> EResult {
        let start = self.start_tok();
        let first = self.star_target()?;
        if !self.at(K::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(K::Comma) {
            match self.attempt(|p| p.star_target())? {
                Some(t) => elts.push(t),
                None => break,
            }
        }
        Ok(mk(ExprKind::Tuple { elts, ctx: ExprContext::Store }, self.eloc(&start)))
    }

    /// star_target: '*' (!'*' star_target) | target_with_star_atom
    pub(super) fn star_target(&mut self) -> EResult {
        if self.at(K::Star) {
            let start = self.bump();
            if self.at(K::Star) {
                return Err(Fail::NoMatch.into());
            }
            self.enter(1)?;
            let value = self.star_target()?;
            self.leave(1);
            return Ok(mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Store }, self.eloc(&start)));
        }
        // target_with_star_atom: t_primary '.' NAME | t_primary '[' slices ']' | star_atom
        let e = self.primary()?;
        if matches!(e.node, ExprKind::Starred { .. }) {
            return Err(Fail::NoMatch.into());
        }
        to_target(e, ExprContext::Store).map_err(|_| Fail::NoMatch.into())
    }

    /// del_targets: ','.del_target+ [','], followed by ';' or NEWLINE.
    pub(super) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut out = Vec::new();
        loop {
            let e = self.primary()?;
            match to_target(e, ExprContext::Del) {
                Ok(t) => out.push(t),
                Err(_) => return Err(Fail::NoMatch),
            }
            if !self.eat(K::Comma) {
                break;
            }
            if matches!(self.kind(), K::Semi | K::Newline) {
                break;
            }
        }
        Ok(out)
    }
}
