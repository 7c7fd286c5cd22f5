//! Which dunders each static type exposes for its slots (CPython's
//! `slotdefs` table in typeobject.c and `add_operators`).
//!
//! A static type gets a `wrapper_descriptor` for every slot it defines
//! itself — one whose function differs from its base's — so `int.__add__`
//! exists but `bool.__add__` is inherited, as in CPython. The number slot is
//! one Rust function per type here, while CPython has one per operator, so
//! the operators each type supports are listed by name in `number_dunders`.

use crate::object::StaticObj;
use crate::types::descr::{new_slot_wrapper, tp_new_wrapper, SlotKind};
use crate::types::{type_payload, Slots, TypeObject};
use crate::vm::Vm;
use ferrython_bytecode::{BinOp, CmpOp, UnOp};

const ARITH: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
];
const INTEGRAL: &[&str] = &[
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__invert__",
];
const BITWISE: &[&str] = &["__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__"];
const SET_OPS: &[&str] = &["__sub__", "__rsub__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__"];

/// The number-protocol dunders of a builtin type, by type name.
fn number_dunders(name: &str) -> Vec<&'static str> {
    match name {
        "int" => [ARITH, INTEGRAL].concat(),
        "bool" => BITWISE.to_vec(),
        "float" => [ARITH, &["__floordiv__", "__rfloordiv__", "__mod__", "__rmod__"][..]].concat(),
        "complex" => ARITH.to_vec(),
        "str" | "bytes" | "bytearray" => vec!["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"],
        "list" => vec!["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"],
        "tuple" => vec!["__add__", "__mul__", "__rmul__"],
        "dict" => vec!["__or__", "__ror__", "__ior__"],
        "type" => vec!["__or__", "__ror__"],
        "set" => [SET_OPS, &["__isub__", "__iand__", "__ixor__", "__ior__"][..]].concat(),
        "frozenset" | "dict_keys" | "dict_items" => SET_OPS.to_vec(),
        _ => Vec::new(),
    }
}

fn binop_of(name: &str) -> Option<BinOp> {
    Some(match name {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "matmul" => BinOp::MatMul,
        "truediv" => BinOp::TrueDiv,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and" => BinOp::And,
        "or" => BinOp::Or,
        "xor" => BinOp::Xor,
        _ => return None,
    })
}

/// The wrapper kind of a number dunder (`__radd__` → reflected add).
fn number_kind(dunder: &str) -> Option<SlotKind> {
    let inner = dunder.strip_prefix("__")?.strip_suffix("__")?;
    match inner {
        "neg" => return Some(SlotKind::Unary(UnOp::Neg)),
        "pos" => return Some(SlotKind::Unary(UnOp::Pos)),
        "invert" => return Some(SlotKind::Unary(UnOp::Invert)),
        _ => {}
    }
    if let Some(op) = binop_of(inner) {
        return Some(SlotKind::Binary(op));
    }
    if let Some(op) = inner.strip_prefix('r').and_then(binop_of) {
        return Some(SlotKind::BinaryRight(op));
    }
    inner.strip_prefix('i').and_then(binop_of).map(SlotKind::Inplace)
}

/// Slots CPython does not expose as dunders on these types: `x in
/// d.values()` is a plain iteration, and builtin functions are not
/// descriptors.
fn hidden_wrapper(type_name: &str, dunder: &str) -> bool {
    match dunder {
        "__contains__" => type_name == "dict_values",
        "__get__" => type_name == "builtin_function_or_method",
        _ => false,
    }
}

/// Is slot `$f` of `t` set and different from the base's (`b`)?
macro_rules! own_slot {
    ($t:expr, $b:expr, $f:ident) => {
        match ($t.$f.get(), $b.and_then(|b: &Slots| b.$f.get())) {
            (Some(x), Some(y)) => x as usize != y as usize,
            (Some(_), None) => true,
            _ => false,
        }
    };
}

/// Adds the slot wrappers to every static type's dict (names already
/// present — explicit methods — are kept).
pub fn install(vm: &mut Vm) {
    for ty in crate::types::static_types() {
        install_type(vm, ty);
    }
}

fn install_type(vm: &mut Vm, ty: &'static StaticObj<TypeObject>) {
    let t = &ty.0.data;
    let s = &t.slots;
    let base = t.base.borrow().clone();
    let b = base.as_ref().map(|b| &type_payload(b).slots);
    let mut add: Vec<(&'static str, SlotKind)> = Vec::new();
    if own_slot!(s, b, repr) {
        add.push(("__repr__", SlotKind::Repr));
    }
    // `object.__str__` exists although its slot is empty (it falls back to `repr`).
    if own_slot!(s, b, str) || b.is_none() {
        add.push(("__str__", SlotKind::Str));
    }
    if own_slot!(s, b, hash) {
        add.push(("__hash__", SlotKind::Hash));
    }
    if own_slot!(s, b, compare) {
        for (n, op) in [
            ("__lt__", CmpOp::Lt),
            ("__le__", CmpOp::Le),
            ("__eq__", CmpOp::Eq),
            ("__ne__", CmpOp::Ne),
            ("__gt__", CmpOp::Gt),
            ("__ge__", CmpOp::Ge),
        ] {
            add.push((n, SlotKind::Compare(op)));
        }
    }
    if own_slot!(s, b, binary) || own_slot!(s, b, unary) {
        for n in number_dunders(&t.name()) {
            if let Some(k) = number_kind(n) {
                add.push((n, k));
            }
        }
    }
    let simple: [(bool, &'static str, SlotKind); 12] = [
        // Containers answer truth from their length in CPython (no `__bool__`:
        // a subclass's `__len__` must decide); the bool slot here is a
        // shortcut. `range` is the container CPython gives an `nb_bool`.
        (own_slot!(s, b, bool) && (s.len.get().is_none() || t.name() == "range"), "__bool__", SlotKind::Bool),
        (own_slot!(s, b, len), "__len__", SlotKind::Len),
        (own_slot!(s, b, getattr), "__getattribute__", SlotKind::GetAttribute),
        (own_slot!(s, b, setattr), "__setattr__", SlotKind::SetAttr),
        (own_slot!(s, b, setattr), "__delattr__", SlotKind::DelAttr),
        (own_slot!(s, b, call), "__call__", SlotKind::Call),
        (own_slot!(s, b, iter), "__iter__", SlotKind::Iter),
        (own_slot!(s, b, next), "__next__", SlotKind::Next),
        (own_slot!(s, b, getitem), "__getitem__", SlotKind::GetItem),
        (own_slot!(s, b, contains), "__contains__", SlotKind::Contains),
        (own_slot!(s, b, descr_get), "__get__", SlotKind::Get),
        (own_slot!(s, b, init), "__init__", SlotKind::Init),
    ];
    for (own, n, k) in simple {
        if own && !hidden_wrapper(&t.name(), n) {
            add.push((n, k));
        }
    }
    if own_slot!(s, b, setitem) {
        add.push(("__setitem__", SlotKind::SetItem));
        add.push(("__delitem__", SlotKind::DelItem));
    }
    if own_slot!(s, b, descr_set) {
        add.push(("__set__", SlotKind::Set));
        add.push(("__delete__", SlotKind::Delete));
    }
    for (name, kind) in add {
        let key = vm.intern(name);
        if t.dict.borrow().get_str(&key).is_some() {
            continue;
        }
        t.dict.borrow_mut().set_str(key, new_slot_wrapper(name, ty, kind));
    }
    // Unhashable types say so in their dict, as CPython's `__hash__ = None`.
    if s.hash.get().is_none() && b.is_some_and(|b| b.hash.get().is_some()) {
        let key = vm.intern("__hash__");
        if t.dict.borrow().get_str(&key).is_none() {
            t.dict.borrow_mut().set_str(key, vm.none());
        }
    }
    let doc_key = vm.intern("__doc__");
    if t.dict.borrow().get_str(&doc_key).is_none() {
        let doc = t.doc.map(crate::types::str::new_str).unwrap_or_else(|| vm.none());
        doc.make_immortal();
        t.dict.borrow_mut().set_str(doc_key, doc);
    }
    if own_slot!(s, b, new) {
        let key = vm.intern("__new__");
        if t.dict.borrow().get_str(&key).is_none() {
            let f = crate::types::function::new_builtin_bound("__new__", tp_new_wrapper, ty.value());
            f.make_immortal();
            t.dict.borrow_mut().set_str(key, f);
        }
    }
    t.bump_version();
}
