//! Expressions.

use super::{unsupported, CResult, Generator, NameOp};
use ferrython_bytecode::{BinOp, CmpOp, ConstIdx, Constant, Imm, Instr, Label, Reg, UnOp};
use ferrython_syntax::ast::{self, Expr, ExprContext, ExprKind};
use std::rc::Rc;

pub(crate) use super::fold::fold_constant;

/// The constant an AST constant compiles to.
pub(crate) fn ast_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(ast::Int::Small(i)) => Constant::Int(*i),
        ast::Constant::Int(ast::Int::Big(b)) => Constant::BigInt(Rc::new((**b).clone())),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Str(s) => Constant::Str(Rc::new(s.clone())),
        ast::Constant::Bytes(b) => Constant::Bytes(Rc::from(&b[..])),
    }
}

pub(crate) fn binop_code(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// Does evaluating `e` possibly rebind a name (a walrus inside)?
pub(crate) fn has_walrus(e: &Expr) -> bool {
    fn walk(e: &Expr, depth: u32) -> bool {
        if depth > 50 {
            return true;
        }
        let d = depth + 1;
        match &e.node {
            ExprKind::NamedExpr { .. } => true,
            ExprKind::Constant { .. } | ExprKind::Name { .. } => false,
            ExprKind::BinOp { left, right, .. } => walk(left, d) || walk(right, d),
            ExprKind::UnaryOp { operand, .. } => walk(operand, d),
            ExprKind::Attribute { value, .. } => walk(value, d),
            ExprKind::Subscript { value, slice, .. } => walk(value, d) || walk(slice, d),
            ExprKind::Call { func, args, keywords } => {
                walk(func, d) || args.iter().any(|a| walk(a, d)) || keywords.iter().any(|k| walk(&k.value, d))
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } | ExprKind::Set { elts } => {
                elts.iter().any(|a| walk(a, d))
            }
            ExprKind::Compare { left, comparators, .. } => walk(left, d) || comparators.iter().any(|a| walk(a, d)),
            ExprKind::Lambda { .. } => false,
            _ => true,
        }
    }
    walk(e, 0)
}

impl<'a> Generator<'a> {
    /// Compiles `e` and returns the register holding its value: a local's own
    /// register when `e` is a fast local, otherwise a new temporary.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<Reg> {
        if let ExprKind::Name { id, ctx: ExprContext::Load } = &e.node {
            if let (NameOp::Fast(r), _) = self.name_op(id) {
                return Ok(r);
            }
        }
        let r = self.alloc();
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// Like `expr`, but never returns a register that later code could
    /// rebind while the value is still needed (when `later` has a walrus).
    fn expr_stable(&mut self, e: &'a Expr, later: &[&Expr]) -> CResult<Reg> {
        if later.iter().any(|x| has_walrus(x)) {
            let r = self.alloc();
            self.expr_to(e, r)?;
            return Ok(r);
        }
        self.expr(e)
    }

    /// Compiles `e` into register `dst`; temporaries used on the way are released.
    /// The constant an operand evaluates to, if it is one (a literal or a
    /// folded constant expression such as `-1`): instructions with a `K`
    /// form take it from the constants table instead of a register.
    pub(crate) fn constant_operand(&mut self, e: &Expr) -> Option<ConstIdx> {
        let c = match &e.node {
            ExprKind::Constant { value, .. } => ast_constant(value),
            _ => fold_constant(e)?,
        };
        Some(self.konst(c))
    }

    pub(crate) fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        let saved_loc = self.set_loc(e.loc);
        let mark = self.mark();
        let r = self.expr_inner(e, dst);
        self.release(mark);
        self.set_loc(saved_loc);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        match &e.node {
            ExprKind::Constant { value, .. } => {
                let k = self.konst(ast_constant(value));
                self.emit(Instr::LoadConst { dst, k });
            }
            ExprKind::Name { id, .. } => self.load_name(id, dst),
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = fold_constant(e) {
                    let k = self.konst(c);
                    self.emit(Instr::LoadConst { dst, k });
                    return Ok(());
                }
                let a = self.expr_stable(left, &[right])?;
                let op = Imm(binop_code(*op) as u16);
                if let Some(k) = self.constant_operand(right) {
                    self.set_loc(e.loc);
                    self.emit(Instr::BinaryOpK { dst, a, k, op });
                } else {
                    let b = self.expr(right)?;
                    self.set_loc(e.loc);
                    self.emit(Instr::BinaryOp { dst, a, b, op });
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold_constant(e) {
                    let k = self.konst(c);
                    self.emit(Instr::LoadConst { dst, k });
                    return Ok(());
                }
                let src = self.expr(operand)?;
                let op = match op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.set_loc(e.loc);
                self.emit(Instr::UnaryOp { dst, src, op: Imm(op as u16) });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < values.len() {
                        let target = Label(end as u32);
                        match op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalse { cond: dst, target }),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrue { cond: dst, target }),
                        };
                    }
                }
                self.bind(end);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr_to(body, dst)?;
                self.emit(Instr::Jump { target: Label(end as u32) });
                self.bind(else_l);
                self.expr_to(orelse, dst)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr_to(value, dst)?;
                self.store(target, dst)?;
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(e, left, ops, comparators, dst)?,
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords, dst)?,
            ExprKind::Attribute { value, attr, .. } => {
                let (obj, name) = self.attribute_operands(value, attr)?;
                self.set_loc(e.loc);
                self.emit(Instr::LoadAttr { dst, obj, name });
            }
            ExprKind::Subscript { value, slice, .. } => {
                if let Some(c) = fold_constant(e) {
                    let k = self.konst(c);
                    self.emit(Instr::LoadConst { dst, k });
                    return Ok(());
                }
                // The object's constants come first in `co_consts`, as in CPython.
                if let Some(c) = fold_constant(slice) {
                    let obj = self.expr(value)?;
                    let k = self.konst(c);
                    self.set_loc(e.loc);
                    self.emit(Instr::SubscriptK { dst, obj, k });
                    return Ok(());
                }
                let (obj, key) = self.subscript_operands(value, slice)?;
                self.set_loc(e.loc);
                self.emit(Instr::Subscript { dst, obj, key });
            }
            ExprKind::Slice { lower, upper, step } => {
                let start = self.alloc();
                let parts = [lower, upper, step];
                let count = if step.is_some() { 3 } else { 2 };
                for (i, p) in parts.iter().take(count).enumerate() {
                    let r = if i == 0 { start } else { self.alloc() };
                    match p {
                        Some(x) => self.expr_to(x, r)?,
                        None => {
                            let none = self.konst(Constant::None);
                            self.emit(Instr::LoadConst { dst: r, k: none });
                        }
                    }
                }
                self.emit(Instr::BuildSlice { dst, start, count: Imm(count as u16) });
            }
            ExprKind::Tuple { elts, .. } => {
                if let Some(c) = fold_constant(e) {
                    let k = self.konst(c);
                    self.emit(Instr::LoadConst { dst, k });
                    return Ok(());
                }
                self.sequence(elts, dst, SeqKind::Tuple)?
            }
            ExprKind::List { elts, .. } => self.sequence(elts, dst, SeqKind::List)?,
            ExprKind::Set { elts } => self.sequence(elts, dst, SeqKind::Set)?,
            ExprKind::Dict { keys, values } => self.dict_display(keys, values, dst)?,
            ExprKind::JoinedStr { values } => {
                let start = Reg(self.mark());
                for v in values {
                    let r = self.alloc();
                    let m = self.mark();
                    self.fstring_part(v, r)?;
                    self.release(m);
                }
                self.set_loc(e.loc);
                self.emit(Instr::BuildString { dst, start, count: Imm(values.len() as u16) });
            }
            ExprKind::FormattedValue { .. } => self.fstring_part(e, dst)?,
            ExprKind::Lambda { args, body } => {
                let scope = self.table.scope_of_expr(e).ok_or_else(|| unsupported("lambda", e.loc))?;
                let qual = self.child_qualname("<lambda>");
                self.function_object(
                    scope,
                    "<lambda>",
                    &qual,
                    Some(args),
                    FunctionBody::Lambda(body),
                    e.loc,
                    dst,
                    None,
                )?;
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List(elt), generators, dst)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set(elt), generators, dst)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, CompKind::Dict(key, value), generators, dst)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen(elt), generators, dst)?;
            }
            ExprKind::Starred { .. } => return Err(unsupported("starred expression here", e.loc)),
            ExprKind::Yield { value } => {
                let src = match value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let r = self.alloc();
                        let k = self.konst(Constant::None);
                        self.emit(Instr::LoadConst { dst: r, k });
                        r
                    }
                };
                self.set_loc(e.loc);
                self.emit(Instr::Yield { dst, src });
            }
            ExprKind::YieldFrom { value } => {
                let iter = self.alloc();
                self.expr_to(value, iter)?;
                self.set_loc(e.loc);
                self.emit(Instr::GetIter { dst: iter, src: iter });
                let sent = self.alloc();
                let k = self.konst(Constant::None);
                self.emit(Instr::LoadConst { dst: sent, k });
                let top = self.new_label();
                let end = self.new_label();
                self.bind(top);
                let item = self.alloc();
                self.emit(Instr::Send { dst: item, iter, value: sent, target: Label(end as u32) });
                self.emit(Instr::Yield { dst: sent, src: item });
                self.emit(Instr::Jump { target: Label(top as u32) });
                self.bind(end);
                self.emit(Instr::Move { dst, src: item });
            }
            ExprKind::Await { .. } => return Err(unsupported("coroutines", e.loc)),
        }
        Ok(())
    }

    pub(crate) fn load_name(&mut self, id: &str, dst: Reg) {
        let (op, mangled) = self.name_op(id);
        match op {
            NameOp::Fast(r) => {
                self.emit(Instr::LoadLocalChecked { dst, src: r });
            }
            NameOp::Deref(cell) => {
                self.emit(Instr::LoadDeref { dst, cell });
            }
            NameOp::ClassDeref(cell) => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::LoadClassDeref { dst, name, cell });
            }
            NameOp::Global => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::LoadGlobal { dst, name });
            }
            NameOp::Name => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::LoadName { dst, name });
            }
        }
    }

    pub(crate) fn store_name(&mut self, id: &str, src: Reg) {
        let (op, mangled) = self.name_op(id);
        match op {
            NameOp::Fast(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            NameOp::Deref(cell) | NameOp::ClassDeref(cell) => {
                self.emit(Instr::StoreDeref { cell, src });
            }
            NameOp::Global => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::StoreGlobal { name, src });
            }
            NameOp::Name => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::StoreName { name, src });
            }
        }
    }

    pub(crate) fn delete_name(&mut self, id: &str) {
        let (op, mangled) = self.name_op(id);
        match op {
            NameOp::Fast(r) => {
                self.emit(Instr::DeleteLocal { reg: r });
            }
            NameOp::Deref(cell) | NameOp::ClassDeref(cell) => {
                self.emit(Instr::DeleteDeref { cell });
            }
            NameOp::Global => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::DeleteGlobal { name });
            }
            NameOp::Name => {
                let name = self.name_idx(&mangled);
                self.emit(Instr::DeleteName { name });
            }
        }
    }

    /// The object and name of `value.attr` (loads, stores, deletes).
    pub(crate) fn attribute_operands(
        &mut self,
        value: &'a Expr,
        attr: &str,
    ) -> CResult<(Reg, ferrython_bytecode::NameIdx)> {
        let obj = self.expr(value)?;
        let name = self.mangle(attr);
        Ok((obj, self.name_idx(&name)))
    }

    /// The object and key of `value[slice]`; the object's register is not
    /// one the key's evaluation can rebind.
    pub(crate) fn subscript_operands(&mut self, value: &'a Expr, slice: &'a Expr) -> CResult<(Reg, Reg)> {
        let obj = self.expr_stable(value, &[slice])?;
        let key = self.expr(slice)?;
        Ok((obj, key))
    }

    /// Stores `src` into an assignment target.
    pub(crate) fn store(&mut self, target: &'a Expr, src: Reg) -> CResult {
        let saved = self.set_loc(target.loc);
        let mark = self.mark();
        match &target.node {
            ExprKind::Name { id, .. } => self.store_name(id, src),
            ExprKind::Attribute { value, attr, .. } => {
                let (obj, name) = self.attribute_operands(value, attr)?;
                self.set_loc(target.loc);
                self.emit(Instr::StoreAttr { obj, name, src });
            }
            ExprKind::Subscript { value, slice, .. } => {
                if let Some(c) = fold_constant(slice) {
                    let obj = self.expr(value)?;
                    let k = self.konst(c);
                    self.set_loc(target.loc);
                    self.emit(Instr::StoreSubscriptK { obj, k, src });
                } else {
                    let (obj, key) = self.subscript_operands(value, slice)?;
                    self.set_loc(target.loc);
                    self.emit(Instr::StoreSubscript { obj, key, src });
                }
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts.iter().position(|e| matches!(e.node, ExprKind::Starred { .. }));
                if star.is_none() {
                    if let Some(first) = self.consecutive_locals(elts) {
                        // `k, v = pair` where k and v are neighbouring
                        // locals: unpack straight into them (nothing is
                        // stored unless every item is there, as before).
                        self.emit(Instr::UnpackSequence { dst: first, src, count: Imm(elts.len() as u16) });
                        self.release(mark);
                        self.set_loc(saved);
                        return Ok(());
                    }
                }
                let start = Reg(self.mark());
                for _ in 0..elts.len() {
                    self.alloc();
                }
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence { dst: start, src, count: Imm(elts.len() as u16) });
                    }
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        self.emit(Instr::UnpackEx { dst: start, src, before: Imm(i as u16), after: Imm(after as u16) });
                    }
                }
                for (i, el) in elts.iter().enumerate() {
                    let t = match &el.node {
                        ExprKind::Starred { value, .. } => value,
                        _ => el,
                    };
                    self.store(t, Reg(start.0 + i as u16))?;
                }
            }
            ExprKind::Starred { value, .. } => self.store(value, src)?,
            _ => return Err(unsupported("this assignment target", target.loc)),
        }
        self.release(mark);
        self.set_loc(saved);
        Ok(())
    }

    /// The register of the first of `targets` when they are all plain
    /// names of fast locals in consecutive registers, in order.
    fn consecutive_locals(&mut self, targets: &'a [Expr]) -> Option<Reg> {
        let mut first = None;
        for (i, t) in targets.iter().enumerate() {
            let ExprKind::Name { id, .. } = &t.node else { return None };
            let (NameOp::Fast(r), _) = self.name_op(id) else { return None };
            let first = *first.get_or_insert(r);
            if r.0 as usize != first.0 as usize + i {
                return None;
            }
        }
        first
    }

    /// Jumps to `label` when `test` is `when` (true or false).
    pub(crate) fn jump_if(&mut self, test: &'a Expr, when: bool, label: usize) -> CResult {
        let mark = self.mark();
        let target = Label(label as u32);
        match &test.node {
            ExprKind::UnaryOp { op: ast::UnaryOp::Not, operand } => {
                self.release(mark);
                return self.jump_if(operand, !when, label);
            }
            ExprKind::BoolOp { op, values } => {
                let is_and = matches!(op, ast::BoolOp::And);
                // `a and b` jumps on false when any is false; on true when all are true.
                if is_and != when {
                    for v in values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < values.len() {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, label)?;
                        }
                    }
                    self.bind(skip);
                }
                self.release(mark);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() == 1 && !when => {
                if let Some(op) = rich_op(ops[0]) {
                    let a = self.expr_stable(left, &[&comparators[0]])?;
                    let op = Imm(op as u16);
                    if let Some(k) = self.constant_operand(&comparators[0]) {
                        self.set_loc(test.loc);
                        self.emit(Instr::CompareJumpIfFalseK { a, k, op, target });
                    } else {
                        let b = self.expr(&comparators[0])?;
                        self.set_loc(test.loc);
                        self.emit(Instr::CompareJumpIfFalse { a, b, op, target });
                    }
                    self.release(mark);
                    return Ok(());
                }
            }
            _ => {}
        }
        let cond = self.expr(test)?;
        if when {
            self.emit(Instr::JumpIfTrue { cond, target });
        } else {
            self.emit(Instr::JumpIfFalse { cond, target });
        }
        self.release(mark);
        Ok(())
    }

    fn compare(&mut self, e: &'a Expr, left: &'a Expr, ops: &[ast::CmpOp], comps: &'a [Expr], dst: Reg) -> CResult {
        let end = self.new_label();
        let mut a = {
            let later: Vec<&Expr> = comps.iter().collect();
            self.expr_stable(left, &later)?
        };
        for (i, (op, comp)) in ops.iter().zip(comps).enumerate() {
            let last = i + 1 == ops.len();
            let b = if last {
                self.expr(comp)?
            } else {
                let r = self.alloc();
                self.expr_to(comp, r)?;
                r
            };
            self.set_loc(e.loc);
            self.compare_op(*op, a, b, dst);
            if !last {
                self.emit(Instr::JumpIfFalse { cond: dst, target: Label(end as u32) });
            }
            a = b;
        }
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp, a: Reg, b: Reg, dst: Reg) {
        match op {
            ast::CmpOp::Is => self.emit(Instr::IsOp { dst, a, b, invert: Imm(0) }),
            ast::CmpOp::IsNot => self.emit(Instr::IsOp { dst, a, b, invert: Imm(1) }),
            ast::CmpOp::In => self.emit(Instr::ContainsOp { dst, a, b, invert: Imm(0) }),
            ast::CmpOp::NotIn => self.emit(Instr::ContainsOp { dst, a, b, invert: Imm(1) }),
            other => self.emit(Instr::Compare { dst, a, b, op: Imm(rich_op(other).expect("rich") as u16) }),
        };
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        dst: Reg,
    ) -> CResult {
        let has_star = args.iter().any(|a| matches!(a.node, ExprKind::Starred { .. }));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            return self.call_ex(e, func, args, keywords, dst);
        }
        if let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.node {
            if keywords.is_empty() {
                let base = self.alloc();
                self.alloc();
                let m = self.mark();
                let (obj, name) = self.attribute_operands(value, attr)?;
                self.set_loc(func.loc);
                self.emit(Instr::LoadMethod { dst: base, obj, name });
                self.release(m);
                for a in args {
                    let r = self.alloc();
                    self.expr_to(a, r)?;
                }
                self.set_loc(e.loc);
                self.emit(Instr::CallMethod { dst, func: base, argc: Imm(args.len() as u16) });
                return Ok(());
            }
        }
        let base = self.alloc();
        self.expr_to(func, base)?;
        for a in args {
            let r = self.alloc();
            self.expr_to(a, r)?;
        }
        for k in keywords {
            let r = self.alloc();
            self.expr_to(&k.value, r)?;
        }
        self.set_loc(e.loc);
        let argc = Imm((args.len() + keywords.len()) as u16);
        if keywords.is_empty() {
            self.emit(Instr::Call { dst, func: base, argc });
        } else {
            let names: Vec<Constant> = keywords
                .iter()
                .map(|k| Constant::Str(Rc::new(ferrython_syntax::pystr::PyStr::from(k.arg.as_deref().unwrap_or("")))))
                .collect();
            let kwnames = self.konst(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw { dst, func: base, argc, kwnames });
        }
        Ok(())
    }

    fn call_ex(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        dst: Reg,
    ) -> CResult {
        let f = self.alloc();
        self.expr_to(func, f)?;
        let list = self.alloc();
        // `f(*x)` passes `x` itself; `CallEx` makes the tuple, with the
        // "f() argument after * must be an iterable" error (CPython 3.11's
        // CALL_FUNCTION_EX does the same).
        if let [Expr { node: ExprKind::Starred { value, .. }, .. }] = args {
            self.expr_to(value, list)?;
            return self.call_ex_keywords(e, f, list, keywords, dst);
        }
        self.emit(Instr::BuildList { dst: list, start: list, count: Imm(0) });
        for a in args {
            let m = self.mark();
            match &a.node {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr(value)?;
                    self.emit(Instr::ListExtend { list, iterable: r });
                }
                _ => {
                    let r = self.expr(a)?;
                    self.emit(Instr::ListAppend { list, item: r });
                }
            }
            self.release(m);
        }
        self.emit(Instr::ListToTuple { dst: list, src: list });
        self.call_ex_keywords(e, f, list, keywords, dst)
    }

    /// The `**` part of `call_ex`: builds the keyword dict, then `CallEx`.
    fn call_ex_keywords(&mut self, e: &'a Expr, f: Reg, list: Reg, keywords: &'a [ast::Keyword], dst: Reg) -> CResult {
        let kw = self.alloc();
        if keywords.is_empty() {
            self.set_loc(e.loc);
            self.emit(Instr::CallEx { dst, func: f, args: list, kwargs: kw, has_kwargs: Imm(0) });
            return Ok(());
        }
        self.emit(Instr::BuildMap { dst: kw, start: kw, count: Imm(0) });
        for k in keywords {
            let m = self.mark();
            match &k.arg {
                None => {
                    let r = self.expr(&k.value)?;
                    self.set_loc(e.loc);
                    self.emit(Instr::DictMerge { dict: kw, mapping: r, func: f });
                }
                Some(name) => {
                    let key = self.alloc();
                    let kc = self.konst(Constant::Str(Rc::new(ferrython_syntax::pystr::PyStr::from(name.as_str()))));
                    self.emit(Instr::LoadConst { dst: key, k: kc });
                    let v = self.alloc();
                    self.expr_to(&k.value, v)?;
                    let single = self.alloc();
                    self.emit(Instr::BuildMap { dst: single, start: key, count: Imm(1) });
                    self.emit(Instr::DictMerge { dict: kw, mapping: single, func: f });
                }
            }
            self.release(m);
        }
        self.set_loc(e.loc);
        self.emit(Instr::CallEx { dst, func: f, args: list, kwargs: kw, has_kwargs: Imm(1) });
        Ok(())
    }

    /// The iterable of a `for` (CPython's AST optimizer, `fold_iter`): a set
    /// display of constants becomes a frozenset constant, iterated in that
    /// frozenset's order.
    pub(crate) fn iter_expr_to(&mut self, e: &'a Expr, dst: Reg) -> CResult {
        if let ExprKind::Set { elts } = &e.node {
            let folded: Option<Vec<Constant>> = elts.iter().map(fold_constant).collect();
            if let Some(items) = folded {
                let k = self.konst(Constant::FrozenSet(items.into()));
                self.emit(Instr::LoadConst { dst, k });
                return Ok(());
            }
        }
        self.expr_to(e, dst)
    }

    fn sequence(&mut self, elts: &'a [Expr], dst: Reg, kind: SeqKind) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e.node, ExprKind::Starred { .. }));
        // CPython (compile.c, starunpack_helper) builds a set display of three
        // or more constants as `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`;
        // the merge presizes the table, which shows in the set's order.
        if matches!(kind, SeqKind::Set) && !has_star && elts.len() > 2 {
            let folded: Option<Vec<Constant>> = elts.iter().map(fold_constant).collect();
            if let Some(items) = folded {
                let acc = self.alloc();
                self.emit(Instr::BuildSet { dst: acc, start: acc, count: Imm(0) });
                let k = self.konst(Constant::FrozenSet(items.into()));
                let r = self.alloc();
                self.emit(Instr::LoadConst { dst: r, k });
                self.emit(Instr::SetUpdate { set: acc, iterable: r });
                self.emit(Instr::Move { dst, src: acc });
                return Ok(());
            }
        }
        if !has_star {
            let start = Reg(self.mark());
            for el in elts {
                let r = self.alloc();
                self.expr_to(el, r)?;
            }
            let count = Imm(elts.len() as u16);
            match kind {
                SeqKind::Tuple => self.emit(Instr::BuildTuple { dst, start, count }),
                SeqKind::List => self.emit(Instr::BuildList { dst, start, count }),
                SeqKind::Set => self.emit(Instr::BuildSet { dst, start, count }),
            };
            return Ok(());
        }
        let acc = self.alloc();
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet { dst: acc, start: acc, count: Imm(0) }),
            _ => self.emit(Instr::BuildList { dst: acc, start: acc, count: Imm(0) }),
        };
        for el in elts {
            let m = self.mark();
            match &el.node {
                ExprKind::Starred { value, .. } => {
                    let r = self.expr(value)?;
                    match kind {
                        SeqKind::Set => self.emit(Instr::SetUpdate { set: acc, iterable: r }),
                        _ => self.emit(Instr::ListExtend { list: acc, iterable: r }),
                    };
                }
                _ => {
                    let r = self.expr(el)?;
                    match kind {
                        SeqKind::Set => self.emit(Instr::SetAdd { set: acc, item: r }),
                        _ => self.emit(Instr::ListAppend { list: acc, item: r }),
                    };
                }
            }
            self.release(m);
        }
        match kind {
            SeqKind::Tuple => self.emit(Instr::ListToTuple { dst, src: acc }),
            _ => self.emit(Instr::Move { dst, src: acc }),
        };
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], dst: Reg) -> CResult {
        if keys.iter().all(|k| k.is_some()) && keys.len() < 0xffff / 2 {
            let start = Reg(self.mark());
            for (k, v) in keys.iter().zip(values) {
                let kr = self.alloc();
                self.expr_to(k.as_ref().expect("key"), kr)?;
                let vr = self.alloc();
                self.expr_to(v, vr)?;
            }
            self.emit(Instr::BuildMap { dst, start, count: Imm(keys.len() as u16) });
            return Ok(());
        }
        let acc = self.alloc();
        self.emit(Instr::BuildMap { dst: acc, start: acc, count: Imm(0) });
        for (k, v) in keys.iter().zip(values) {
            let m = self.mark();
            match k {
                Some(k) => {
                    let kr = self.alloc();
                    self.expr_to(k, kr)?;
                    let vr = self.expr(v)?;
                    self.emit(Instr::MapAdd { dict: acc, key: kr, value: vr });
                }
                None => {
                    let r = self.expr(v)?;
                    self.emit(Instr::DictUpdate { dict: acc, mapping: r });
                }
            }
            self.release(m);
        }
        self.emit(Instr::Move { dst, src: acc });
        Ok(())
    }

    fn fstring_part(&mut self, v: &'a Expr, dst: Reg) -> CResult {
        match &v.node {
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let src = self.expr(value)?;
                let conv = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                self.set_loc(v.loc);
                match format_spec {
                    Some(spec) => {
                        let s = self.alloc();
                        self.expr_to(spec, s)?;
                        self.emit(Instr::FormatValue { dst, src, spec: s, conv: Imm(conv) });
                    }
                    None => {
                        self.emit(Instr::FormatSimple { dst, src, conv: Imm(conv) });
                    }
                }
                Ok(())
            }
            _ => self.expr_to(v, dst),
        }
    }

    pub(crate) fn child_qualname(&self, name: &str) -> String {
        let u = self.ur();
        let scope = self.table.scope(u.scope);
        match scope.kind {
            crate::symtable::ScopeKind::Module => name.to_string(),
            // A comprehension's children get no `<locals>` (CPython names
            // only function and lambda scopes so).
            crate::symtable::ScopeKind::Function if scope.comprehension.is_none() => {
                format!("{}.<locals>.{name}", u.qualname)
            }
            _ => format!("{}.{name}", u.qualname),
        }
    }

    /// Builds a function object from a child scope into `dst`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn function_object(
        &mut self,
        scope: crate::symtable::ScopeId,
        name: &str,
        qualname: &str,
        args: Option<&'a ast::Arguments>,
        body: FunctionBody<'a>,
        loc: ast::Location,
        dst: Reg,
        returns: Option<&'a Expr>,
    ) -> CResult {
        // Defaults, keyword defaults and annotations are evaluated in the
        // enclosing scope, before the function exists.
        static NO_ARGS: std::sync::LazyLock<ast::Arguments> = std::sync::LazyLock::new(ast::Arguments::default);
        let is_comp = args.is_none();
        let args_ref: &'a ast::Arguments = match args {
            Some(a) => a,
            None => &NO_ARGS,
        };
        let extra = Reg(self.mark());
        let (d, kd, ann, clo) = (self.alloc(), self.alloc(), self.alloc(), self.alloc());
        let mut fl = 0u16;
        if !args_ref.defaults.is_empty() {
            fl |= 1;
            let start = Reg(self.mark());
            for x in &args_ref.defaults {
                let r = self.alloc();
                self.expr_to(x, r)?;
            }
            self.emit(Instr::BuildTuple { dst: d, start, count: Imm(args_ref.defaults.len() as u16) });
            self.release(start.0);
        }
        if args_ref.kw_defaults.iter().any(|k| k.is_some()) {
            fl |= 2;
            let start = Reg(self.mark());
            let mut n = 0;
            for (a, k) in args_ref.kwonlyargs.iter().zip(&args_ref.kw_defaults) {
                if let Some(k) = k {
                    let kr = self.alloc();
                    let name = self.mangle(&a.arg);
                    let c = self.konst(Constant::Str(Rc::new(ferrython_syntax::pystr::PyStr::from(name.as_str()))));
                    self.emit(Instr::LoadConst { dst: kr, k: c });
                    let vr = self.alloc();
                    self.expr_to(k, vr)?;
                    n += 1;
                }
            }
            self.emit(Instr::BuildMap { dst: kd, start, count: Imm(n) });
            self.release(start.0);
        }
        if !self.table.future.annotations {
            let mut pairs: Vec<(&str, &'a Expr)> = Vec::new();
            let all = args_ref
                .posonlyargs
                .iter()
                .chain(&args_ref.args)
                .chain(args_ref.vararg.as_deref())
                .chain(&args_ref.kwonlyargs)
                .chain(args_ref.kwarg.as_deref());
            for a in all {
                if let Some(an) = &a.annotation {
                    pairs.push((a.arg.as_str(), an));
                }
            }
            if let Some(r) = returns {
                pairs.push(("return", r));
            }
            if !pairs.is_empty() {
                fl |= 4;
                let start = Reg(self.mark());
                for (n, an) in &pairs {
                    let kr = self.alloc();
                    let name = self.mangle(n);
                    let c = self.konst(Constant::Str(Rc::new(ferrython_syntax::pystr::PyStr::from(name.as_str()))));
                    self.emit(Instr::LoadConst { dst: kr, k: c });
                    let vr = self.alloc();
                    self.expr_to(an, vr)?;
                }
                self.emit(Instr::BuildMap { dst: ann, start, count: Imm(pairs.len() as u16) });
                self.release(start.0);
            }
        }
        // The child's code.
        let firstlineno = loc.lineno;
        self.push_unit(scope, Rc::from(name), Rc::from(qualname), firstlineno);
        {
            let u = self.u();
            u.argcount = if is_comp { 1 } else { (args_ref.posonlyargs.len() + args_ref.args.len()) as u32 };
            u.posonlyargcount = args_ref.posonlyargs.len() as u32;
            u.kwonlyargcount = args_ref.kwonlyargs.len() as u32;
        }
        self.set_loc(loc);
        match body {
            FunctionBody::Lambda(e) => {
                let r = self.expr(e)?;
                self.emit(Instr::Return { src: r });
            }
            FunctionBody::Comprehension(kind, gens) => self.comprehension_body(kind, gens)?,
            FunctionBody::Statements(stmts) => {
                if let Some(doc) = super::stmt::docstring(stmts) {
                    self.u().docstring = Some(Rc::new(doc.clone()));
                }
                self.function_body(stmts)?;
            }
        }
        let code = self.pop_unit();
        // The closure: our cells for each of the child's free variables.
        if self.closure_tuple(&code, clo, loc)? {
            fl |= 8;
        }
        let k = self.konst(Constant::Code(Rc::new(code)));
        self.set_loc(loc);
        self.emit(Instr::MakeFunction { dst, code: k, flags: Imm(fl), extra });
        self.release(extra.0);
        Ok(())
    }

    /// Builds in `dst` the closure tuple a child code object needs (our cell
    /// for each of its free variables); false when it has none.
    pub(crate) fn closure_tuple(
        &mut self,
        code: &ferrython_bytecode::CodeObject,
        dst: Reg,
        loc: ast::Location,
    ) -> CResult<bool> {
        if code.freevars.is_empty() {
            return Ok(false);
        }
        let start = Reg(self.mark());
        for fv in &code.freevars {
            let r = self.alloc();
            let u = self.ur();
            let n = u.varnames.len();
            let pos = u
                .cellvars
                .iter()
                .position(|c| c == fv)
                .map(|i| n + i)
                .or_else(|| u.freevars.iter().position(|c| c == fv).map(|i| n + u.cellvars.len() + i));
            match pos {
                Some(p) => {
                    self.emit(Instr::Move { dst: r, src: Reg(p as u16) });
                }
                None => return Err(unsupported("closure over this name", loc)),
            }
        }
        self.emit(Instr::BuildTuple { dst, start, count: Imm(code.freevars.len() as u16) });
        self.release(start.0);
        Ok(true)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind<'a>,
        generators: &'a [ast::Comprehension],
        dst: Reg,
    ) -> CResult {
        let scope = self.table.scope_of_expr(e).ok_or_else(|| unsupported("comprehension", e.loc))?;
        if generators.iter().any(|g| g.is_async) {
            return Err(unsupported("asynchronous comprehensions", e.loc));
        }
        let name = match kind {
            CompKind::Gen(_) => "<genexpr>",
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
        };
        let qual = self.child_qualname(name);
        // The outermost iterable is evaluated here and passed as `.0`.
        let func = self.alloc();
        let arg = self.alloc();
        self.iter_expr_to(&generators[0].iter, arg)?;
        self.set_loc(e.loc);
        self.emit(Instr::GetIter { dst: arg, src: arg });
        self.function_object(
            scope,
            name,
            &qual,
            None,
            FunctionBody::Comprehension(kind, generators),
            e.loc,
            func,
            None,
        )?;
        self.set_loc(e.loc);
        self.emit(Instr::Call { dst, func, argc: Imm(1) });
        Ok(())
    }

    /// The body of a comprehension function: nested loops feeding `acc`.
    /// Its loop instructions carry the whole comprehension's location, as
    /// in CPython 3.11 (the unit's location when this starts).
    pub(crate) fn comprehension_body(&mut self, kind: CompKind<'a>, generators: &'a [ast::Comprehension]) -> CResult {
        let acc = self.alloc();
        match kind {
            CompKind::Gen(_) => {
                let k = self.konst(Constant::None);
                self.emit(Instr::LoadConst { dst: acc, k })
            }
            CompKind::List(_) => self.emit(Instr::BuildList { dst: acc, start: acc, count: Imm(0) }),
            CompKind::Set(_) => self.emit(Instr::BuildSet { dst: acc, start: acc, count: Imm(0) }),
            CompKind::Dict(..) => self.emit(Instr::BuildMap { dst: acc, start: acc, count: Imm(0) }),
        };
        let comp_loc = self.u().loc;
        self.comprehension_loop(kind, generators, 0, acc, comp_loc)?;
        self.emit(Instr::Return { src: acc });
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: CompKind<'a>,
        gens: &'a [ast::Comprehension],
        i: usize,
        acc: Reg,
        comp_loc: ferrython_syntax::ast::Location,
    ) -> CResult {
        let g = &gens[i];
        let mark = self.mark();
        let iter = if i == 0 {
            Reg(0)
        } else {
            let r = self.alloc();
            self.iter_expr_to(&g.iter, r)?;
            self.set_loc(comp_loc);
            self.emit(Instr::GetIter { dst: r, src: r });
            r
        };
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        let item = self.alloc();
        self.set_loc(comp_loc);
        match self.direct_local(&g.target) {
            Some(r) => {
                self.emit(Instr::ForIter { iter, dst: r, target: Label(end as u32) });
            }
            None => {
                self.emit(Instr::ForIter { iter, dst: item, target: Label(end as u32) });
                self.store(&g.target, item)?;
            }
        }
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comprehension_loop(kind, gens, i + 1, acc, comp_loc)?;
        } else {
            let m = self.mark();
            match kind {
                CompKind::List(elt) => {
                    let r = self.expr(elt)?;
                    self.emit(Instr::ListAppend { list: acc, item: r });
                }
                CompKind::Gen(elt) => {
                    let r = self.expr(elt)?;
                    let sent = self.alloc();
                    self.set_loc(elt.loc);
                    self.emit(Instr::Yield { dst: sent, src: r });
                }
                CompKind::Set(elt) => {
                    let r = self.expr(elt)?;
                    self.emit(Instr::SetAdd { set: acc, item: r });
                }
                CompKind::Dict(k, v) => {
                    let kr = self.alloc();
                    self.expr_to(k, kr)?;
                    let vr = self.expr(v)?;
                    self.emit(Instr::MapAdd { dict: acc, key: kr, value: vr });
                }
            }
            self.release(m);
        }
        self.emit(Instr::Jump { target: Label(top as u32) });
        self.bind(end);
        self.release(mark);
        Ok(())
    }
}

pub(crate) enum FunctionBody<'a> {
    Lambda(&'a Expr),
    Statements(&'a [ast::Stmt]),
    Comprehension(CompKind<'a>, &'a [ast::Comprehension]),
}

#[derive(Clone, Copy)]
pub(crate) enum CompKind<'a> {
    Gen(&'a Expr),
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

#[derive(Clone, Copy)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

fn rich_op(op: ast::CmpOp) -> Option<CmpOp> {
    Some(match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        _ => return None,
    })
}
