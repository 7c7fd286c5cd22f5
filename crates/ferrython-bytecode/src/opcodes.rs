//! The one opcode table.
//!
//! Ferrython's bytecode is register based (Lua 5 style, see
//! `docs/internals/bytecode.md`): a frame is a flat array of registers, the
//! first ones naming the code object's local variables, then its cells and
//! free variables, then temporaries. Instructions name their operands.
//!
//! Everything about an instruction is written once, in the `opcodes!`
//! invocation below: its name, its operands (each with a kind that says how
//! to print it), its effect (a template the disassembler fills in) and its
//! documentation. The `Instr` enum, `Instr::name`, the operand walker used by
//! the disassembler and the opcode reference in the docs are generated from
//! it, so they cannot disagree.
//!
//! Quickening (PEP 659) rewrites an instruction in place into a specialized
//! sibling declared in the same table (e.g. `BinaryOp` → `BinaryAddInt`); the
//! specialized forms keep the generic form's operands, so the rewrite is a
//! change of discriminant, and fall back to the generic path when their guard
//! fails.

use std::fmt;

/// A frame register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u16);

/// An index into the code object's constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConstIdx(pub u16);

/// An index into the code object's names (globals, attributes, imports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NameIdx(pub u16);

/// A jump target: an instruction index in the same code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// A small immediate number (a count, an operator code, a flag set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Imm(pub u16);

/// How an operand prints in a disassembly, given the code object's tables.
pub trait OperandKind {
    fn render(&self, names: &dyn OperandContext) -> String;
    /// Records the operand in `b` if it indexes one of the code object's
    /// tables (registers, constants, names, instructions).
    fn bound(&self, _b: &mut OperandBounds) {}
    /// The operand as a jump target, if it is one.
    fn as_label_mut(&mut self) -> Option<&mut Label> {
        None
    }
}

/// One past the largest register, constant, name and jump target the
/// instructions of a code object name directly (`Instr::operand_bounds`).
/// The VM checks these once when it loads a code object, so the eval loop
/// can index by these operands without a check per instruction. Operands
/// reached by arithmetic (`dst + 1`, a `start`..`start + count` range) are
/// not covered: the loop checks those.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OperandBounds {
    pub regs: u32,
    pub consts: u32,
    pub names: u32,
    pub labels: u32,
}

/// What the disassembler knows to turn indices into readable text.
pub trait OperandContext {
    fn register_name(&self, reg: u16) -> String;
    fn const_repr(&self, idx: u16) -> String;
    fn name(&self, idx: u16) -> String;
}

impl OperandKind for Reg {
    fn render(&self, cx: &dyn OperandContext) -> String {
        cx.register_name(self.0)
    }
    fn bound(&self, b: &mut OperandBounds) {
        b.regs = b.regs.max(self.0 as u32 + 1);
    }
}
impl OperandKind for ConstIdx {
    fn render(&self, cx: &dyn OperandContext) -> String {
        cx.const_repr(self.0)
    }
    fn bound(&self, b: &mut OperandBounds) {
        b.consts = b.consts.max(self.0 as u32 + 1);
    }
}
impl OperandKind for NameIdx {
    fn render(&self, cx: &dyn OperandContext) -> String {
        cx.name(self.0)
    }
    fn bound(&self, b: &mut OperandBounds) {
        b.names = b.names.max(self.0 as u32 + 1);
    }
}
impl OperandKind for Label {
    fn render(&self, _: &dyn OperandContext) -> String {
        format!("@{}", self.0)
    }
    fn bound(&self, b: &mut OperandBounds) {
        b.labels = b.labels.max(self.0 + 1);
    }
    fn as_label_mut(&mut self) -> Option<&mut Label> {
        Some(self)
    }
}
impl OperandKind for Imm {
    fn render(&self, _: &dyn OperandContext) -> String {
        self.0.to_string()
    }
}

/// Binary operators, in the order of `ast::Operator` (the `op` of `BinaryOp`).
/// In-place forms add `INPLACE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
    FloorDiv,
}

impl BinOp {
    pub const INPLACE: u16 = 0x100;
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::Or,
        BinOp::Xor,
        BinOp::And,
        BinOp::FloorDiv,
    ];
    pub fn from_u16(v: u16) -> BinOp {
        BinOp::ALL[(v & 0xff) as usize]
    }
    /// The operator as Python source writes it (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

/// Rich comparison operators (the `op` of `Compare`), in CPython's `Py_LT`.. order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];
    pub fn from_u16(v: u16) -> CmpOp {
        CmpOp::ALL[v as usize]
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Unary operators (the `op` of `UnaryOp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum UnOp {
    Invert,
    Not,
    Pos,
    Neg,
}

impl UnOp {
    pub fn from_u16(v: u16) -> UnOp {
        [UnOp::Invert, UnOp::Not, UnOp::Pos, UnOp::Neg][v as usize]
    }
}

macro_rules! opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident { $($field:ident : $kind:ident),* } => $effect:literal;
    )*) => {
        /// One instruction. See the table in `opcodes.rs` for each one's effect.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $kind),* }, )*
        }

        impl Instr {
            /// The instruction's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name { .. } => stringify!($name), )* }
            }

            /// The effect template, with `{field}` placeholders.
            pub fn effect_template(&self) -> &'static str {
                match self { $( Instr::$name { .. } => $effect, )* }
            }

            /// Each operand's name and rendered text.
            #[allow(unused_variables)]
            pub fn operands(&self, cx: &dyn OperandContext) -> Vec<(&'static str, String)> {
                match self {
                    $( Instr::$name { $($field),* } => vec![$((stringify!($field), $field.render(cx))),*], )*
                }
            }

            /// The jump target of a branching instruction, writable (the
            /// compiler resolves labels through it).
            #[allow(unused_variables)]
            pub fn jump_target_mut(&mut self) -> Option<&mut Label> {
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( if let Some(l) = $field.as_label_mut() { return Some(l); } )*
                        None
                    } )*
                }
            }

            /// The jump target of a branching instruction.
            pub fn jump_target(&self) -> Option<Label> {
                let mut copy = *self;
                copy.jump_target_mut().map(|l| *l)
            }

            /// Widens `b` to cover the operands this instruction names.
            #[allow(unused_variables)]
            pub fn operand_bounds(&self, b: &mut OperandBounds) {
                match self {
                    $( Instr::$name { $($field),* } => { $($field.bound(b);)* } )*
                }
            }
        }

        /// `(name, operands, effect, doc)` of every instruction, for documentation.
        pub const OPCODE_TABLE: &[(&str, &[&str], &str, &str)] = &[
            $( (stringify!($name), &[$(stringify!($field)),*], $effect, concat!($($doc, "\n"),*)), )*
        ];
    };
}

opcodes! {
    /// Does nothing (left behind by optimizations).
    Nop {} => "";
    /// Copies a register.
    Move { dst: Reg, src: Reg } => "{dst} = {src}";
    /// Loads a constant.
    LoadConst { dst: Reg, k: ConstIdx } => "{dst} = {k}";
    /// Reads a local that may be unbound (raises UnboundLocalError).
    LoadLocalChecked { dst: Reg, src: Reg } => "{dst} = {src} (checked)";
    /// Unbinds a local variable (`del x`); raises UnboundLocalError if unbound.
    DeleteLocal { reg: Reg } => "del {reg}";
    /// Reads a global, falling back to builtins (NameError if missing).
    LoadGlobal { dst: Reg, name: NameIdx } => "{dst} = global {name}";
    /// Binds a global.
    StoreGlobal { name: NameIdx, src: Reg } => "global {name} = {src}";
    /// Unbinds a global.
    DeleteGlobal { name: NameIdx } => "del global {name}";
    /// Reads a name in a module or class body: locals, then globals, then builtins.
    LoadName { dst: Reg, name: NameIdx } => "{dst} = name {name}";
    /// Binds a name in the current namespace (module or class body).
    StoreName { name: NameIdx, src: Reg } => "name {name} = {src}";
    /// Unbinds a name in the current namespace.
    DeleteName { name: NameIdx } => "del name {name}";
    /// Reads the contents of a cell held in a register (NameError/UnboundLocalError if empty).
    LoadDeref { dst: Reg, cell: Reg } => "{dst} = *{cell}";
    /// In a class body: the class namespace first, then the cell.
    LoadClassDeref { dst: Reg, name: NameIdx, cell: Reg } => "{dst} = class-or-cell {name} / *{cell}";
    /// Sets the contents of a cell.
    StoreDeref { cell: Reg, src: Reg } => "*{cell} = {src}";
    /// Empties a cell.
    DeleteDeref { cell: Reg } => "del *{cell}";
    /// Creates a fresh empty cell in a register.
    MakeCell { dst: Reg } => "{dst} = new cell";

    /// Any binary operator `op` (a `BinOp`, plus `INPLACE` for augmented assignment).
    BinaryOp { dst: Reg, a: Reg, b: Reg, op: Imm } => "{dst} = {a} <op {op}> {b}";
    /// `BinaryOp` whose right operand is a constant (`n - 1`, `x += 1`):
    /// one instruction instead of a `LoadConst` and the operation.
    BinaryOpK { dst: Reg, a: Reg, k: ConstIdx, op: Imm } => "{dst} = {a} <op {op}> {k}";
    /// `BinaryOp` specialized: both operands inline ints, op `+`.
    BinaryAddInt { dst: Reg, a: Reg, b: Reg, op: Imm } => "{dst} = {a} + {b} (int)";
    /// `BinaryOp` specialized: both operands inline ints, op `-`.
    BinarySubInt { dst: Reg, a: Reg, b: Reg, op: Imm } => "{dst} = {a} - {b} (int)";
    /// `BinaryOp` specialized: both floats.
    BinaryFloat { dst: Reg, a: Reg, b: Reg, op: Imm } => "{dst} = {a} <op {op}> {b} (float)";
    /// A unary operator (`UnOp`).
    UnaryOp { dst: Reg, src: Reg, op: Imm } => "{dst} = <unary {op}> {src}";
    /// A rich comparison (`CmpOp`).
    Compare { dst: Reg, a: Reg, b: Reg, op: Imm } => "{dst} = {a} <cmp {op}> {b}";
    /// `Compare` specialized: both operands inline ints.
    CompareInt { dst: Reg, a: Reg, b: Reg, op: Imm } => "{dst} = {a} <cmp {op}> {b} (int)";
    /// `a is b` (`invert`: `is not`).
    IsOp { dst: Reg, a: Reg, b: Reg, invert: Imm } => "{dst} = {a} is {b} (not: {invert})";
    /// `a in b` (`invert`: `not in`).
    ContainsOp { dst: Reg, a: Reg, b: Reg, invert: Imm } => "{dst} = {a} in {b} (not: {invert})";

    /// Unconditional jump.
    Jump { target: Label } => "goto {target}";
    /// Jumps when `cond` is false (by `bool()` rules).
    JumpIfFalse { cond: Reg, target: Label } => "if not {cond}: goto {target}";
    /// Jumps when `cond` is true.
    JumpIfTrue { cond: Reg, target: Label } => "if {cond}: goto {target}";
    /// Jumps when `a < b`-style comparison of `op` fails; fused compare-and-branch.
    CompareJumpIfFalse { a: Reg, b: Reg, op: Imm, target: Label } => "if not {a} <cmp {op}> {b}: goto {target}";
    /// `CompareJumpIfFalse` against a constant (`if n < 2:`).
    CompareJumpIfFalseK { a: Reg, k: ConstIdx, op: Imm, target: Label } => "if not {a} <cmp {op}> {k}: goto {target}";

    /// `iter(src)`.
    GetIter { dst: Reg, src: Reg } => "{dst} = iter({src})";
    /// `dst = next(iter)`, or jump to `target` when exhausted.
    ForIter { iter: Reg, dst: Reg, target: Label } => "{dst} = next({iter}) or goto {target}";
    /// `ForIter` specialized: iterating a `range`.
    ForIterRange { iter: Reg, dst: Reg, target: Label } => "{dst} = next({iter}) or goto {target} (range)";
    /// `ForIter` specialized: iterating a `list`.
    ForIterList { iter: Reg, dst: Reg, target: Label } => "{dst} = next({iter}) or goto {target} (list)";

    /// Calls `func` with `argc` positional arguments in the registers after it.
    Call { dst: Reg, func: Reg, argc: Imm } => "{dst} = {func}(argc={argc})";
    /// Calls `func` with `argc` arguments after it, the last ones keyword
    /// arguments named by the tuple constant `kwnames`.
    CallKw { dst: Reg, func: Reg, argc: Imm, kwnames: ConstIdx } => "{dst} = {func}(argc={argc}, kw={kwnames})";
    /// `func(*args, **kwargs)`; `args` is a tuple, or for `f(*x)` the iterable `x` itself;
    /// `kwargs` is the same register as `args` when absent (flag).
    CallEx { dst: Reg, func: Reg, args: Reg, kwargs: Reg, has_kwargs: Imm } => "{dst} = {func}(*{args}, **{kwargs})";
    /// Returns from the frame.
    Return { src: Reg } => "return {src}";

    /// `(r[start], ..., r[start+count-1])`.
    BuildTuple { dst: Reg, start: Reg, count: Imm } => "{dst} = tuple({start}..+{count})";
    /// `[r[start], ...]`.
    BuildList { dst: Reg, start: Reg, count: Imm } => "{dst} = list({start}..+{count})";
    /// `{r[start], ...}`.
    BuildSet { dst: Reg, start: Reg, count: Imm } => "{dst} = set({start}..+{count})";
    /// `{r[start]: r[start+1], ...}` from `count` key/value pairs.
    BuildMap { dst: Reg, start: Reg, count: Imm } => "{dst} = dict({start}..+2*{count})";
    /// `"".join` of `count` string registers (f-strings).
    BuildString { dst: Reg, start: Reg, count: Imm } => "{dst} = concat({start}..+{count})";
    /// `slice(start, stop[, step])`: `count` is 2 or 3.
    BuildSlice { dst: Reg, start: Reg, count: Imm } => "{dst} = slice({start}..+{count})";
    /// `list.append(list, item)` (comprehensions).
    ListAppend { list: Reg, item: Reg } => "{list}.append({item})";
    /// `list.extend(list, iterable)` (starred displays).
    ListExtend { list: Reg, iterable: Reg } => "{list}.extend({iterable})";
    /// `tuple(list)`.
    ListToTuple { dst: Reg, src: Reg } => "{dst} = tuple({src})";
    /// `set.add(set, item)`.
    SetAdd { set: Reg, item: Reg } => "{set}.add({item})";
    /// `set.update(set, iterable)`.
    SetUpdate { set: Reg, iterable: Reg } => "{set}.update({iterable})";
    /// `dict[key] = value` for displays and comprehensions.
    MapAdd { dict: Reg, key: Reg, value: Reg } => "{dict}[{key}] = {value}";
    /// `dict.update(mapping)` for `{**m}`.
    DictUpdate { dict: Reg, mapping: Reg } => "{dict}.update({mapping})";
    /// `**mapping` in a call: merge, rejecting duplicate keys.
    DictMerge { dict: Reg, mapping: Reg, func: Reg } => "{dict}.merge({mapping}) for {func}";
    /// Unpacks exactly `count` items of `src` into `dst..`.
    UnpackSequence { dst: Reg, src: Reg, count: Imm } => "{dst}..+{count} = *{src}";
    /// Unpacks with a starred target: `before` items, a list, `after` items.
    UnpackEx { dst: Reg, src: Reg, before: Imm, after: Imm } => "{dst}.. = *{src} ({before}, *, {after})";

    /// `format(value, spec)` with the f-string conversion `conv` (0 none, 1 str, 2 repr, 3 ascii).
    FormatValue { dst: Reg, src: Reg, spec: Reg, conv: Imm } => "{dst} = format({src}, {spec}) conv {conv}";
    /// `FormatValue` without a spec.
    FormatSimple { dst: Reg, src: Reg, conv: Imm } => "{dst} = format({src}) conv {conv}";

    /// Attribute load.
    LoadAttr { dst: Reg, obj: Reg, name: NameIdx } => "{dst} = {obj}.{name}";
    /// Attribute store.
    StoreAttr { obj: Reg, name: NameIdx, src: Reg } => "{obj}.{name} = {src}";
    /// Attribute delete.
    DeleteAttr { obj: Reg, name: NameIdx } => "del {obj}.{name}";
    /// Loads a method for a following `Call`: puts the callable in `dst` and
    /// `self` (when bound) in `dst+1`; `CallMethod` uses them.
    LoadMethod { dst: Reg, obj: Reg, name: NameIdx } => "{dst}, {dst}+1 = method {obj}.{name}";
    /// Calls what `LoadMethod` loaded into `func`/`func+1`, with `argc` more arguments after.
    CallMethod { dst: Reg, func: Reg, argc: Imm } => "{dst} = {func}.method(argc={argc})";
    /// `obj[key]`.
    Subscript { dst: Reg, obj: Reg, key: Reg } => "{dst} = {obj}[{key}]";
    /// `obj[k]` with a constant key (`b[0]`, `d["name"]`).
    SubscriptK { dst: Reg, obj: Reg, k: ConstIdx } => "{dst} = {obj}[{k}]";
    /// `obj[key] = src`.
    StoreSubscript { obj: Reg, key: Reg, src: Reg } => "{obj}[{key}] = {src}";
    /// `obj[k] = src` with a constant key.
    StoreSubscriptK { obj: Reg, k: ConstIdx, src: Reg } => "{obj}[{k}] = {src}";
    /// `del obj[key]`.
    DeleteSubscript { obj: Reg, key: Reg } => "del {obj}[{key}]";

    /// Creates a function from the code constant `code`. `flags`: 1 positional
    /// defaults tuple in `extra`, 2 keyword defaults dict in `extra+1`, 4
    /// annotations in `extra+2`, 8 closure tuple in `extra+3`.
    MakeFunction { dst: Reg, code: ConstIdx, flags: Imm, extra: Reg } => "{dst} = function {code} (flags {flags}, {extra}..)";
    /// `__build_class__` helper: pushes nothing, loads the builtin.
    LoadBuildClass { dst: Reg } => "{dst} = __build_class__";
    /// Sets up `__annotations__` in a module or class body.
    SetupAnnotations {} => "__annotations__ = {}";

    /// `import name` with `fromlist` and `level` registers.
    ImportName { dst: Reg, name: NameIdx, fromlist: Reg, level: Reg } => "{dst} = import {name}";
    /// `from module import name`.
    ImportFrom { dst: Reg, module: Reg, name: NameIdx } => "{dst} = {module}.{name} (import)";
    /// `from module import *`.
    ImportStar { module: Reg } => "import * from {module}";

    /// `raise exc from cause`; `form`: 0 re-raise, 1 exc only, 2 exc and cause.
    Raise { exc: Reg, cause: Reg, form: Imm } => "raise {exc} from {cause} (form {form})";
    /// At the start of an exception handler: moves the exception being handled into `dst`
    /// and pushes it as the current `sys.exc_info()`; the previous one goes to `saved`.
    PushExcInfo { dst: Reg, saved: Reg } => "{dst} = caught exception; {saved} = previous exc_info";
    /// Restores the previous handled exception (leaving a handler).
    PopExcInfo { saved: Reg } => "exc_info = {saved}";
    /// Re-raises `exc` (end of a `finally` or unmatched `except`), keeping its traceback.
    Reraise { exc: Reg } => "reraise {exc}";
    /// `isinstance`-style match of an exception against an `except` clause's type.
    CheckExcMatch { dst: Reg, exc: Reg, ty: Reg } => "{dst} = {exc} matches {ty}";
    /// `except* ty`: splits the part of `rest` that `ty` matches into `dst`
    /// (wrapping a bare exception in a group) and leaves the remainder in
    /// `rest`; `dst` is None when nothing matches. A match becomes the
    /// handled exception (`sys.exc_info()`).
    CheckEgMatch { dst: Reg, rest: Reg, ty: Reg } => "{dst}, {rest} = split {rest} by {ty}";
    /// End of a `try`/`except*`: from the original exception `orig` and the
    /// list `excs` of what the handlers raised (and the unhandled rest),
    /// what to re-raise (None for nothing).
    PrepReraiseStar { dst: Reg, orig: Reg, excs: Reg } => "{dst} = exceptions to reraise of {orig} from {excs}";
    /// Raises `AssertionError` (with `msg` when `has_msg`).
    RaiseAssertion { msg: Reg, has_msg: Imm } => "raise AssertionError({msg})";
    /// Loads `AssertionError` (used before `CallAssertion`).
    LoadAssertionError { dst: Reg } => "{dst} = AssertionError";

    /// Enters a context manager: calls `__enter__`, saves `__exit__` in `exit`.
    BeforeWith { dst: Reg, exit: Reg, mgr: Reg } => "{exit} = {mgr}.__exit__; {dst} = {mgr}.__enter__()";
    /// Calls `exit(type, value, tb)` of the exception `exc`; `dst` = its result.
    WithExceptStart { dst: Reg, exit: Reg, exc: Reg } => "{dst} = {exit}(type({exc}), {exc}, tb)";

    /// Yields a value (generators); `dst` receives what `send` passed in.
    Yield { dst: Reg, src: Reg } => "{dst} = yield {src}";
    /// `yield from` step: `dst = iter.send(value)` (`next(iter)` when `value`
    /// is None); when the iterator finishes, `dst` gets its return value and
    /// control goes to `target`.
    Send { dst: Reg, iter: Reg, value: Reg, target: Label } => "{dst} = {iter}.send({value}) or goto {target}";
    /// Pattern matching (`match`): is `subject` a sequence (its type has the
    /// sequence flag: list, tuple, range; never str, bytes or bytearray)?
    MatchSequence { dst: Reg, subject: Reg } => "{dst} = {subject} is a sequence";
    /// Pattern matching: is `subject` a mapping (its type has the mapping flag: dict)?
    MatchMapping { dst: Reg, subject: Reg } => "{dst} = {subject} is a mapping";
    /// `len(src)` for a pattern's length check.
    GetLen { dst: Reg, src: Reg } => "{dst} = len({src})";
    /// Mapping pattern: looks up `count` keys with `subject.get(key, <sentinel>)`;
    /// `dst` is whether all were found, their values go to `dst+1..`.
    MatchKeys { dst: Reg, subject: Reg, keys: Reg, count: Imm } => "{dst}, {dst}+1..+{count} = {subject}.get(*{keys}..+{count})";
    /// Class pattern: `isinstance(subject, cls)`, then the `nargs` attributes
    /// named by `cls.__match_args__` and those named by the str tuple `kwnames`;
    /// `dst` is whether it matched, the attributes go to `dst+1..`.
    MatchClass { dst: Reg, subject: Reg, cls: Reg, nargs: Imm, kwnames: ConstIdx } => "{dst}, {dst}+1.. = match {subject} as {cls}({nargs} positional, {kwnames})";
    /// Prints an expression statement's value in interactive mode.
    PrintExpr { src: Reg } => "print_expr {src}";
}

impl fmt::Display for BinOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        // The eval loop reads one instruction per step; keep it to 12 bytes.
        assert!(std::mem::size_of::<Instr>() <= 12, "{}", std::mem::size_of::<Instr>());
    }

    #[test]
    fn table_lists_every_instruction_once() {
        let mut names: Vec<&str> = OPCODE_TABLE.iter().map(|e| e.0).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(n, names.len());
    }
}
