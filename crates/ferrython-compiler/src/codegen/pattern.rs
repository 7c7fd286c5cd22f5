//! `match` statements (PEP 634), after CPython 3.11's compile.c
//! (`compiler_match`, `compiler_pattern_*`).
//!
//! # Design
//!
//! The subject is evaluated once into a temporary. Each pattern reads the
//! register holding its subject and jumps to the case's failure label as
//! soon as a check fails; sub-subjects (sequence items, mapping values,
//! class attributes) are loaded into fresh temporaries.
//!
//! A name a pattern captures goes to a temporary first, reserved for the
//! whole case before its pattern is compiled. Only when the whole pattern
//! has matched are the temporaries stored to the names, in the order
//! CPython stores them (`pc->stores`: the order captures were compiled, an
//! or-pattern contributing its first alternative's order). So a failed case
//! binds nothing and a case whose guard fails keeps its bindings, as in
//! CPython 3.11. Every alternative of an or-pattern captures the same names
//! (the checker enforces it), so they share the temporaries.
//!
//! The compile-time errors (unreachable patterns, duplicate captures,
//! alternatives binding different names, ...) were raised by `crate::check`
//! before generation; this module only emits code. Instruction locations
//! follow compile.c: a pattern sets the location to itself and does not
//! restore it, so what follows a sub-pattern carries the sub-pattern's
//! location.

use super::{CResult, Generator};
use ferrython_bytecode::{BinOp, CmpOp, Constant, Imm, Instr, Label, Reg};
use ferrython_syntax::ast::{self, Pattern, PatternKind};
use ferrython_syntax::pystr::PyStr;
use std::collections::HashMap;
use std::rc::Rc;

/// compile.c's `pattern_context`, for one case.
struct PatternContext<'a> {
    /// Where a failed check jumps.
    fail: usize,
    /// Captured names, in CPython's store order.
    stores: Vec<&'a str>,
    /// The temporary holding each captured name's value.
    temps: HashMap<&'a str, Reg>,
}

/// `WILDCARD_CHECK`: `_`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.node, PatternKind::MatchAs { pattern: None, name: None })
}

/// `WILDCARD_STAR_CHECK`: `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.node, PatternKind::MatchStar { name: None })
}

/// Every name `p` captures, each once, in first-seen order.
fn captured_names<'a>(p: &'a Pattern, out: &mut Vec<&'a str>) {
    let add = |n: &'a Option<ast::Identifier>, out: &mut Vec<&'a str>| {
        if let Some(n) = n {
            if !out.contains(&n.as_str()) {
                out.push(n.as_str());
            }
        }
    };
    match &p.node {
        PatternKind::MatchValue { .. } | PatternKind::MatchSingleton { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            patterns.iter().for_each(|q| captured_names(q, out))
        }
        PatternKind::MatchMapping { patterns, rest, .. } => {
            patterns.iter().for_each(|q| captured_names(q, out));
            add(rest, out);
        }
        PatternKind::MatchClass { patterns, kwd_patterns, .. } => {
            patterns.iter().chain(kwd_patterns).for_each(|q| captured_names(q, out))
        }
        PatternKind::MatchStar { name } => add(name, out),
        PatternKind::MatchAs { pattern, name } => {
            if let Some(q) = pattern {
                captured_names(q, out);
            }
            add(name, out);
        }
    }
}

impl<'a> Generator<'a> {
    /// `compiler_match`.
    pub(crate) fn match_stmt(&mut self, subject: &'a ast::Expr, cases: &'a [ast::MatchCase]) -> CResult {
        let subj = self.alloc();
        self.expr_to(subject, subj)?;
        let end = self.new_label();
        let has_default = cases.len() > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let n = cases.len() - usize::from(has_default);
        for case in &cases[..n] {
            self.set_loc(case.pattern.loc);
            let mark = self.mark();
            let mut names = Vec::new();
            captured_names(&case.pattern, &mut names);
            let temps = names.iter().map(|&name| (name, self.alloc())).collect();
            let fail = self.new_label();
            let mut pc = PatternContext { fail, stores: Vec::new(), temps };
            self.pattern(&case.pattern, subj, &mut pc)?;
            // It's a match: store the captured names.
            for name in &pc.stores {
                let temp = pc.temps[name];
                self.store_name(name, temp);
            }
            self.release(mark);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, fail)?;
            }
            self.body(&case.body)?;
            self.emit(Instr::Jump { target: Label(end as u32) });
            self.set_loc(case.pattern.loc);
            self.bind(fail);
        }
        if has_default {
            let case = &cases[n];
            self.set_loc(case.pattern.loc);
            self.emit(Instr::Nop {});
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// `compiler_pattern`: matches the value in `subject` against `p`.
    fn pattern(&mut self, p: &'a Pattern, subject: Reg, pc: &mut PatternContext<'a>) -> CResult {
        self.set_loc(p.loc);
        let mark = self.mark();
        match &p.node {
            PatternKind::MatchValue { value } => {
                let v = self.expr(value)?;
                self.set_loc(p.loc);
                self.emit(Instr::CompareJumpIfFalse {
                    a: subject,
                    b: v,
                    op: Imm(CmpOp::Eq as u16),
                    target: Label(pc.fail as u32),
                });
            }
            PatternKind::MatchSingleton { value } => {
                let t = self.alloc();
                let k = self.konst(super::expr::ast_constant(value));
                self.emit(Instr::LoadConst { dst: t, k });
                self.emit(Instr::IsOp { dst: t, a: subject, b: t, invert: Imm(0) });
                self.fail_if_false(t, pc);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, subject, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.pattern_mapping(p, keys, patterns, rest.as_deref(), subject, pc)?
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, subject, pc)?
            }
            PatternKind::MatchStar { name } | PatternKind::MatchAs { pattern: None, name } => {
                self.capture(name.as_deref(), subject, pc)
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                self.pattern(inner, subject, pc)?;
                self.capture(name.as_deref(), subject, pc);
            }
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, subject, pc)?,
        }
        self.release(mark);
        Ok(())
    }

    /// `pattern_helper_store_name`: remembers the value to store if the case matches.
    fn capture(&mut self, name: Option<&'a str>, src: Reg, pc: &mut PatternContext<'a>) {
        let Some(name) = name else { return };
        let temp = pc.temps[&name];
        self.emit(Instr::Move { dst: temp, src });
        pc.stores.push(name);
    }

    fn fail_if_false(&mut self, cond: Reg, pc: &PatternContext<'a>) {
        self.emit(Instr::JumpIfFalse { cond, target: Label(pc.fail as u32) });
    }

    /// Fails unless `len(subject) <op> n`.
    fn check_len(&mut self, subject: Reg, op: CmpOp, n: usize, pc: &PatternContext<'a>) {
        let m = self.mark();
        let len = self.alloc();
        let want = self.alloc();
        self.emit(Instr::GetLen { dst: len, src: subject });
        let k = self.konst(Constant::Int(n as i64));
        self.emit(Instr::LoadConst { dst: want, k });
        self.emit(Instr::CompareJumpIfFalse { a: len, b: want, op: Imm(op as u16), target: Label(pc.fail as u32) });
        self.release(m);
    }

    /// `compiler_pattern_sequence`.
    fn pattern_sequence(&mut self, patterns: &'a [Pattern], subject: Reg, pc: &mut PatternContext<'a>) -> CResult {
        let size = patterns.len();
        let star = patterns.iter().position(|q| matches!(q.node, PatternKind::MatchStar { .. }));
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&patterns[i]));
        let only_wildcard = patterns.iter().all(|q| is_wildcard(q) || is_star_wildcard(q));
        let t = self.alloc();
        self.emit(Instr::MatchSequence { dst: t, subject });
        self.fail_if_false(t, pc);
        match star {
            None => self.check_len(subject, CmpOp::Eq, size, pc),
            Some(_) if size > 1 => self.check_len(subject, CmpOp::Ge, size - 1, pc),
            Some(_) => {}
        }
        if only_wildcard {
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => self.sequence_subscr(patterns, star, subject, pc),
            _ => self.sequence_unpack(patterns, star, subject, pc),
        }
    }

    /// `pattern_helper_sequence_unpack`: unpacks the subject, then matches each item.
    fn sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let start = Reg(self.mark());
        for _ in patterns {
            self.alloc();
        }
        match star {
            None => self.emit(Instr::UnpackSequence { dst: start, src: subject, count: Imm(patterns.len() as u16) }),
            Some(i) => {
                let after = Imm((patterns.len() - i - 1) as u16);
                self.emit(Instr::UnpackEx { dst: start, src: subject, before: Imm(i as u16), after })
            }
        };
        for (i, q) in patterns.iter().enumerate() {
            self.pattern(q, Reg(start.0 + i as u16), pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: with a `*_`, items are read by
    /// index (from the end after the star) instead of unpacking.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let size = patterns.len();
        for (i, q) in patterns.iter().enumerate() {
            if is_wildcard(q) || i == star {
                continue;
            }
            let m = self.mark();
            let item = self.alloc();
            let key = self.alloc();
            if i < star {
                let k = self.konst(Constant::Int(i as i64));
                self.emit(Instr::LoadConst { dst: key, k });
            } else {
                let len = self.alloc();
                self.emit(Instr::GetLen { dst: len, src: subject });
                let k = self.konst(Constant::Int((size - i) as i64));
                self.emit(Instr::LoadConst { dst: key, k });
                self.emit(Instr::BinaryOp { dst: key, a: len, b: key, op: Imm(BinOp::Sub as u16) });
            }
            self.emit(Instr::Subscript { dst: item, obj: subject, key });
            self.pattern(q, item, pc)?;
            self.release(m);
        }
        Ok(())
    }

    /// `compiler_pattern_mapping`.
    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [ast::Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let size = keys.len();
        let t = self.alloc();
        self.emit(Instr::MatchMapping { dst: t, subject });
        self.fail_if_false(t, pc);
        if size == 0 && rest.is_none() {
            return Ok(());
        }
        if size > 0 {
            self.check_len(subject, CmpOp::Ge, size, pc);
        }
        let key_start = Reg(self.mark());
        for _ in keys {
            self.alloc();
        }
        for (i, key) in keys.iter().enumerate() {
            self.expr_to(key, Reg(key_start.0 + i as u16))?;
        }
        self.set_loc(p.loc);
        if size > 0 {
            let found = self.alloc();
            for _ in keys {
                self.alloc();
            }
            self.emit(Instr::MatchKeys { dst: found, subject, keys: key_start, count: Imm(size as u16) });
            self.fail_if_false(found, pc);
            for (i, q) in patterns.iter().enumerate() {
                self.pattern(q, Reg(found.0 + 1 + i as u16), pc)?;
            }
        }
        if let Some(rest) = rest {
            // rest = dict(subject); del rest[key] for each key
            let r = self.alloc();
            self.emit(Instr::BuildMap { dst: r, start: r, count: Imm(0) });
            self.emit(Instr::DictUpdate { dict: r, mapping: subject });
            for i in 0..size {
                self.emit(Instr::DeleteSubscript { obj: r, key: Reg(key_start.0 + i as u16) });
            }
            self.capture(Some(rest), r, pc);
        }
        Ok(())
    }

    /// `compiler_pattern_class`.
    #[allow(clippy::too_many_arguments)]
    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a ast::Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [ast::Identifier],
        kwd_patterns: &'a [Pattern],
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let c = self.expr(cls)?;
        self.set_loc(p.loc);
        let names: Vec<Constant> = kwd_attrs.iter().map(|a| Constant::Str(Rc::new(PyStr::from(a.as_str())))).collect();
        let kwnames = self.konst(Constant::Tuple(names.into()));
        let out = self.alloc();
        for _ in patterns.iter().chain(kwd_patterns) {
            self.alloc();
        }
        let nargs = Imm(patterns.len() as u16);
        self.emit(Instr::MatchClass { dst: out, subject, cls: c, nargs, kwnames });
        self.fail_if_false(out, pc);
        for (i, q) in patterns.iter().chain(kwd_patterns).enumerate() {
            if !is_wildcard(q) {
                self.pattern(q, Reg(out.0 + 1 + i as u16), pc)?;
            }
        }
        Ok(())
    }

    /// `compiler_pattern_or`: the first alternative that matches wins.
    fn pattern_or(&mut self, alternatives: &'a [Pattern], subject: Reg, pc: &mut PatternContext<'a>) -> CResult {
        let end = self.new_label();
        let outer_fail = pc.fail;
        let mut control_len = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.set_loc(alt.loc);
            let last = i + 1 == alternatives.len();
            pc.fail = if last { outer_fail } else { self.new_label() };
            self.pattern(alt, subject, pc)?;
            // The names stay in the first alternative's order.
            match control_len {
                None => control_len = Some(pc.stores.len()),
                Some(n) => pc.stores.truncate(n),
            }
            if !last {
                self.emit(Instr::Jump { target: Label(end as u32) });
                self.bind(pc.fail);
            }
        }
        pc.fail = outer_fail;
        self.bind(end);
        Ok(())
    }
}
