//! The code generator: AST → register bytecode.
//!
//! # Design
//!
//! One `Unit` per code object (module, class body, function, lambda,
//! comprehension), as in CPython's compile.c. Registers are laid out as
//! `[locals | cells | frees | temporaries]` (see `ferrython_bytecode::code`).
//! Locals are the scope's parameters followed by its other local names, in
//! symbol-table order, so every named register is known before code is
//! generated; temporaries are allocated as a stack (`alloc`, `mark`,
//! `release`), which keeps call arguments in consecutive registers.
//!
//! Expressions compile either into a chosen register (`expr_to`) or into
//! "wherever the value already is" (`expr`): reading a fast local costs no
//! instruction, the main saving of a register machine over CPython's
//! `LOAD_FAST`/`STORE_FAST` traffic.
//!
//! Jumps name labels while code is generated and are resolved when the unit
//! is finished. `try`, `with` and exception handlers record protected
//! ranges (split around inlined `finally` code) that become the code
//! object's exception table.
//!
//! The compile-stage SyntaxErrors (`'return' outside function`, ...) are
//! raised by `crate::check` before generation starts, so generation itself
//! only fails on constructs not implemented yet.

mod bound;
mod expr;
mod fold;
mod pattern;
mod stmt;

use crate::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use ferrython_bytecode::code::flags;
use ferrython_bytecode::{CodeObject, ConstIdx, Constant, ExceptionEntry, Instr, Label, NameIdx, Reg};
use ferrython_syntax::ast::{self, Location, Mod};
use ferrython_syntax::{SyntaxError, SyntaxErrorKind};
use std::collections::HashMap;
use std::rc::Rc;

pub type CResult<T = ()> = Result<T, SyntaxError>;

/// Compiles a module (file or `-c` program) into its code object.
pub fn compile_module(module: &Mod, filename: &str) -> CResult<CodeObject> {
    compile_module_warn(module, filename, &mut Vec::new())
}

/// `compile_module`, appending the compiler's SyntaxWarnings to `warnings`.
pub fn compile_module_warn(
    module: &Mod,
    filename: &str,
    warnings: &mut Vec<ferrython_syntax::CompileWarning>,
) -> CResult<CodeObject> {
    let table = crate::symtable::build(module, filename)?;
    crate::check::check_compile(module, &table, warnings)?;
    compile_module_with(module, filename, &table)
}

/// `compile_module` for a module whose symbol table is built and checked.
pub fn compile_module_with(module: &Mod, filename: &str, table: &SymbolTable) -> CResult<CodeObject> {
    let mut g = Generator { table, filename: Rc::from(filename), units: Vec::new(), interactive: false };
    let body: &[ast::Stmt] = match module {
        Mod::Module { body, .. } => body,
        Mod::Interactive { body } => {
            g.interactive = true;
            body
        }
        Mod::Expression { .. } | Mod::FunctionType { .. } => {
            return Err(unsupported("eval-mode compilation", Location::default()))
        }
    };
    g.push_unit(ScopeId::TOP, "<module>".into(), "<module>".into(), 1);
    g.module_body(body)?;
    Ok(g.pop_unit())
}

/// Compiles an expression (`eval`).
pub fn compile_expression(module: &Mod, filename: &str) -> CResult<CodeObject> {
    compile_expression_warn(module, filename, &mut Vec::new())
}

/// `compile_expression`, appending the compiler's SyntaxWarnings to `warnings`.
pub fn compile_expression_warn(
    module: &Mod,
    filename: &str,
    warnings: &mut Vec<ferrython_syntax::CompileWarning>,
) -> CResult<CodeObject> {
    let Mod::Expression { body } = module else { return compile_module_warn(module, filename, warnings) };
    let table = crate::symtable::build(module, filename)?;
    crate::check::check_compile(module, &table, warnings)?;
    let mut g = Generator { table: &table, filename: Rc::from(filename), units: Vec::new(), interactive: false };
    g.push_unit(ScopeId::TOP, "<module>".into(), "<module>".into(), 1);
    let r = g.expr(body)?;
    g.emit(Instr::Return { src: r });
    Ok(g.pop_unit())
}

pub(crate) fn unsupported(what: &str, loc: Location) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: format!("{what} not supported by ferrython yet"),
        lineno: loc.lineno.into(),
        offset: i64::from(loc.col_offset) + 1,
        end_lineno: loc.end_lineno.into(),
        end_offset: i64::from(loc.end_col_offset) + 1,
        text: None,
        byte_offsets: None,
    }
}

/// A protected range being built: the segments of code it covers and where
/// an exception inside goes.
struct Protect {
    segments: Vec<(u32, u32)>,
    open: Option<u32>,
    handler: usize,
}

/// What `break`/`continue`/`return` must undo when leaving a block.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        continue_label: usize,
        break_label: usize,
    },
    /// Inside a `try` body with a `finally`: the protect index and the body to inline.
    TryFinally {
        protect: usize,
        body: &'a [ast::Stmt],
    },
    /// Inside a `try` body without `finally` (only the range needs splitting).
    TryExcept {
        protect: usize,
    },
    /// Inside an `except` handler: the saved exc_info register, the bound name.
    Handler {
        protect: usize,
        saved: Reg,
        name: Option<&'a str>,
    },
    /// Inside a `finally` handler run on the exception path.
    FinallyEnd {
        protect: usize,
        saved: Reg,
    },
    /// Inside a `with` body: its `__exit__` register.
    With {
        protect: usize,
        exit: Reg,
    },
}

pub(crate) struct Unit<'a> {
    scope: ScopeId,
    name: Rc<str>,
    qualname: Rc<str>,
    firstlineno: u32,
    instrs: Vec<Instr>,
    locs: Vec<Location>,
    consts: Vec<Constant>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u16>,
    varnames: Vec<Rc<str>>,
    var_index: HashMap<Rc<str>, u16>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    next_temp: u16,
    max_reg: u16,
    labels: Vec<Option<u32>>,
    protects: Vec<Protect>,
    fblocks: Vec<FBlock<'a>>,
    loc: Location,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    docstring: Option<Rc<ferrython_syntax::pystr::PyStr>>,
    /// Class name for private-name mangling.
    private: Option<Rc<str>>,
    /// Local registers surely bound at the statement being compiled (see
    /// `bound`).
    surely_bound: std::collections::HashSet<u16>,
    /// Names the function may unbind (`del`, `except ... as`): never
    /// surely bound (see `bound`).
    unbindable: Rc<std::collections::HashSet<String>>,
}

pub(crate) struct Generator<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    interactive: bool,
}

/// How a name is accessed.
pub(crate) enum NameOp {
    Fast(Reg),
    Deref(Reg),
    ClassDeref(Reg),
    Global,
    Name,
}

impl<'a> Generator<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("unit")
    }

    pub(crate) fn push_unit(&mut self, scope: ScopeId, name: Rc<str>, qualname: Rc<str>, firstlineno: u32) {
        let s = self.table.scope(scope);
        let mut varnames: Vec<Rc<str>> = Vec::new();
        if s.kind == ScopeKind::Function {
            varnames.extend(s.varnames.iter().map(|v| Rc::from(v.as_str())));
            for sym in s.other_locals() {
                if !varnames.iter().any(|v| &**v == sym.name.as_str()) {
                    varnames.push(Rc::from(sym.name.as_str()));
                }
            }
        }
        let var_index = varnames.iter().enumerate().map(|(i, v)| (v.clone(), i as u16)).collect();
        let cellvars: Vec<Rc<str>> = s.cellvars().iter().map(|v| Rc::from(v.as_str())).collect();
        let freevars: Vec<Rc<str>> = s.freevars().iter().map(|v| Rc::from(v.as_str())).collect();
        let nnamed = (varnames.len() + cellvars.len() + freevars.len()) as u16;
        let private = match s.kind {
            ScopeKind::Class => Some(Rc::from(s.name.as_str())),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut fl = 0;
        if s.kind == ScopeKind::Function {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
            if s.has_varargs {
                fl |= flags::VARARGS;
            }
            if s.has_varkeywords {
                fl |= flags::VARKEYWORDS;
            }
            if s.nested {
                fl |= flags::NESTED;
            }
            if s.is_generator {
                fl |= flags::GENERATOR;
            }
        }
        if freevars.is_empty() && cellvars.is_empty() {
            fl |= flags::NOFREE;
        }
        self.units.push(Unit {
            scope,
            name,
            qualname,
            firstlineno,
            instrs: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            var_index,
            cellvars,
            freevars,
            next_temp: nnamed,
            max_reg: nnamed,
            labels: Vec::new(),
            protects: Vec::new(),
            fblocks: Vec::new(),
            loc: Location { lineno: firstlineno, ..Location::default() },
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: fl,
            docstring: None,
            private,
            surely_bound: Default::default(),
            unbindable: Default::default(),
        });
    }

    pub(crate) fn pop_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().expect("unit");
        // Every code path ends in a return: add `return None` after the last instruction.
        let needs_return =
            !matches!(u.instrs.last(), Some(Instr::Return { .. })) || u.labels.contains(&Some(u.instrs.len() as u32));
        if needs_return {
            let k = add_const(&mut u.consts, Constant::None);
            let r = Reg(u.next_temp);
            u.max_reg = u.max_reg.max(u.next_temp + 1);
            u.instrs.push(Instr::LoadConst { dst: r, k });
            u.locs.push(u.loc);
            u.instrs.push(Instr::Return { src: r });
            u.locs.push(u.loc);
        }
        let labels = std::mem::take(&mut u.labels);
        let resolve = |l: Label| Label(labels[l.0 as usize].expect("label bound"));
        for ins in u.instrs.iter_mut() {
            if let Some(target) = ins.jump_target_mut() {
                *target = resolve(*target);
            }
        }
        thread_jumps(&mut u.instrs);
        let mut table = Vec::new();
        for p in &u.protects {
            let handler = labels[p.handler].expect("handler bound");
            for &(start, end) in &p.segments {
                if start < end {
                    table.push(ExceptionEntry { start, end, handler });
                }
            }
        }
        // Innermost first: a range nested in another starts later or ends
        // earlier; sort by length so a lookup's first hit is the innermost.
        table.sort_by_key(|e| e.end - e.start);
        let nlocals = u.varnames.len();
        let scope = self.table.scope(u.scope);
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| scope.varnames.iter().position(|v| v.as_str() == &**c).filter(|&i| i < nlocals).map(|i| i as u32))
            .collect();
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            varnames: u.varnames,
            cellvars: u.cellvars,
            cell2arg,
            freevars: u.freevars,
            nregs: u.max_reg as u32,
            consts: u.consts,
            names: u.names,
            instrs: u.instrs,
            locations: u.locs,
            exception_table: table,
            docstring: u.docstring,
        }
    }

    // ----- emission ---------------------------------------------------------

    pub(crate) fn emit(&mut self, i: Instr) -> usize {
        let u = self.u();
        u.instrs.push(i);
        u.locs.push(u.loc);
        u.instrs.len() - 1
    }

    pub(crate) fn pc(&self) -> u32 {
        self.ur().instrs.len() as u32
    }

    pub(crate) fn new_label(&mut self) -> usize {
        let u = self.u();
        u.labels.push(None);
        u.labels.len() - 1
    }

    pub(crate) fn bind(&mut self, l: usize) {
        let pc = self.pc();
        self.u().labels[l] = Some(pc);
    }

    pub(crate) fn alloc(&mut self) -> Reg {
        let u = self.u();
        let r = u.next_temp;
        u.next_temp += 1;
        u.max_reg = u.max_reg.max(u.next_temp);
        Reg(r)
    }

    pub(crate) fn mark(&self) -> u16 {
        self.ur().next_temp
    }

    pub(crate) fn release(&mut self, mark: u16) {
        self.u().next_temp = mark;
    }

    pub(crate) fn set_loc(&mut self, loc: Location) -> Location {
        std::mem::replace(&mut self.u().loc, loc)
    }

    pub(crate) fn konst(&mut self, c: Constant) -> ConstIdx {
        add_const(&mut self.u().consts, c)
    }

    pub(crate) fn name_idx(&mut self, name: &str) -> NameIdx {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return NameIdx(i);
        }
        let rc: Rc<str> = Rc::from(name);
        let i = u.names.len() as u16;
        u.names.push(rc.clone());
        u.name_index.insert(rc, i);
        NameIdx(i)
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        crate::symtable::mangle(self.ur().private.as_deref(), name).into_owned()
    }

    /// The register of a plain local variable named by `target`, if it is
    /// one: a loop's `ForIter` then writes the item straight into it
    /// (saving a `Move` per iteration), and `return x` returns it directly.
    pub(crate) fn direct_local(&mut self, target: &ast::Expr) -> Option<Reg> {
        match &target.node {
            ast::ExprKind::Name { id, .. } => match self.name_op(id) {
                (NameOp::Fast(r), _) => Some(r),
                _ => None,
            },
            _ => None,
        }
    }

    /// How `name` is read or written in the current unit (compile.c's `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str) -> (NameOp, String) {
        let mangled = self.mangle(name);
        let u = self.ur();
        let scope = self.table.scope(u.scope);
        let sc = scope.scope_of(&mangled);
        let is_function = scope.kind == ScopeKind::Function;
        let is_class = scope.kind == ScopeKind::Class;
        let cell_reg = |u: &Unit| -> Option<Reg> {
            let n = u.varnames.len();
            if let Some(i) = u.cellvars.iter().position(|c| **c == *mangled) {
                return Some(Reg((n + i) as u16));
            }
            u.freevars.iter().position(|c| **c == *mangled).map(|i| Reg((n + u.cellvars.len() + i) as u16))
        };
        let op = match sc {
            SymbolScope::Free => match cell_reg(u) {
                Some(r) if is_class => NameOp::ClassDeref(r),
                Some(r) => NameOp::Deref(r),
                None => NameOp::Name,
            },
            SymbolScope::Cell => match cell_reg(u) {
                Some(r) => NameOp::Deref(r),
                None => NameOp::Name,
            },
            SymbolScope::Local if is_function => match u.var_index.get(mangled.as_str()) {
                Some(&i) => NameOp::Fast(Reg(i)),
                None => NameOp::Name,
            },
            SymbolScope::GlobalImplicit if is_function => NameOp::Global,
            SymbolScope::GlobalExplicit => NameOp::Global,
            _ => {
                // A DEF_FREE_CLASS name in a class body is read through the cell too.
                if is_class {
                    if let Some(r) = cell_reg(u) {
                        if scope.lookup(&mangled).is_some_and(|s| s.has(crate::symtable::DEF_FREE_CLASS))
                            && sc != SymbolScope::Local
                        {
                            return (NameOp::ClassDeref(r), mangled);
                        }
                    }
                }
                NameOp::Name
            }
        };
        (op, mangled)
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.table.scope(self.ur().scope).kind
    }

    // ----- protected ranges -------------------------------------------------

    pub(crate) fn protect_begin(&mut self, handler: usize) -> usize {
        let pc = self.pc();
        let u = self.u();
        u.protects.push(Protect { segments: Vec::new(), open: Some(pc), handler });
        u.protects.len() - 1
    }

    pub(crate) fn protect_pause(&mut self, p: usize) {
        let pc = self.pc();
        let pr = &mut self.u().protects[p];
        if let Some(start) = pr.open.take() {
            pr.segments.push((start, pc));
        }
    }

    pub(crate) fn protect_resume(&mut self, p: usize) {
        let pc = self.pc();
        let pr = &mut self.u().protects[p];
        if pr.open.is_none() {
            pr.open = Some(pc);
        }
    }

    pub(crate) fn protect_end(&mut self, p: usize) {
        self.protect_pause(p);
    }
}

/// Adds a constant (exact-type, bitwise-equal dedup) and returns its index.
fn add_const(consts: &mut Vec<Constant>, c: Constant) -> ConstIdx {
    if let Some(i) = consts.iter().position(|x| same_const(x, &c)) {
        return ConstIdx(i as u16);
    }
    consts.push(c);
    ConstIdx((consts.len() - 1) as u16)
}

fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { real: a1, imag: a2 }, Constant::Complex { real: b1, imag: b2 }) => {
            a1.to_bits() == b1.to_bits() && a2.to_bits() == b2.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        (Constant::Code(x), Constant::Code(y)) => Rc::ptr_eq(x, y),
        (Constant::FrozenSet(_), _) | (_, Constant::FrozenSet(_)) => false,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

/// Jump threading: a jump whose target is an unconditional `Jump` goes
/// straight to that jump's own target (`if x: continue` jumps to the
/// loop's head, not to a `Jump` there), as CPython's optimizer does. A
/// `Jump` cannot raise, so nothing observable changes. A few hops at most,
/// which also stops on a cycle of jumps.
fn thread_jumps(instrs: &mut [Instr]) {
    for i in 0..instrs.len() {
        let Some(mut t) = instrs[i].jump_target() else { continue };
        for _ in 0..8 {
            match instrs.get(t.0 as usize) {
                Some(Instr::Jump { target }) if *target != t => t = *target,
                _ => break,
            }
        }
        if let Some(target) = instrs[i].jump_target_mut() {
            *target = t;
        }
    }
}
