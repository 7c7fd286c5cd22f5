//! Descriptors of builtin types (CPython's `Objects/descrobject.c`):
//!
//! * `wrapper_descriptor` — a slot exposed as a dunder in a static type's
//!   dict (`int.__add__`); calling it runs the owner type's slot, so
//!   `super().__init__()` or `object.__repr__(x)` reach the Rust code even
//!   when the instance's own type overrides the slot.
//! * `method-wrapper` — a slot wrapper bound to an instance (`(5).__add__`).
//! * `getset_descriptor` — a computed attribute with a Rust getter and an
//!   optional setter (`object.__class__`, `int.real`, a class's `__dict__`).
//!
//! The table saying which wrappers each type gets is in `types::slotdefs`.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{as_type, type_obj_of, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp, UnOp};

/// Which slot a wrapper calls, and how it unpacks its arguments
/// (CPython's `wrap_binaryfunc_l`, `wrap_richcmpfunc`, ... in typeobject.c).
#[derive(Clone, Copy, Debug)]
pub enum SlotKind {
    Repr,
    Str,
    Hash,
    Compare(CmpOp),
    Binary(BinOp),
    /// `__radd__`: the slot called with the operands swapped.
    BinaryRight(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Bool,
    Len,
    GetAttribute,
    SetAttr,
    DelAttr,
    Call,
    Iter,
    Next,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Get,
    Set,
    Delete,
    Init,
}

pub struct SlotWrapper {
    pub name: &'static str,
    pub owner: &'static Obj<TypeObject>,
    pub kind: SlotKind,
}

pub struct MethodWrapper {
    pub descr: Value,
    pub self_: Value,
}

pub type GetterFn = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type SetterFn = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

pub struct GetSet {
    pub name: &'static str,
    /// The type whose dict holds the descriptor.
    pub owner: Value,
    pub get: GetterFn,
    pub set: Option<SetterFn>,
    /// The owner's `getattr`/`setattr` slots serve the attribute by name
    /// (`get`/`set` unused): see `add_slot_attrs`.
    pub via_slots: bool,
}

pub static SLOT_WRAPPER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "wrapper_descriptor",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let w = as_slot_wrapper(v).expect("slot wrapper");
                let s = format!("<slot wrapper '{}' of '{}' objects>", w.name, w.owner.data.name());
                Ok(crate::types::str::new_string(s))
            }),
            call: Some(|vm, v, args| {
                let w = as_slot_wrapper(v).expect("slot wrapper");
                let Some(self_) = args.pos().first() else {
                    return Err(vm.new_type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        w.name,
                        w.owner.data.name()
                    )));
                };
                check_self(vm, w, self_)?;
                call_slot(vm, w, self_, CallArgs { args: &args.args[1..], kwnames: args.kwnames })
            }),
            descr_get: Some(|vm, v, obj, _| match obj {
                Some(o) if !crate::types::bool_none::is_none(o) => {
                    let w = as_slot_wrapper(v).expect("slot wrapper");
                    check_self(vm, w, o)?;
                    Ok(Obj::alloc(&METHOD_WRAPPER_TYPE.0, MethodWrapper { descr: v.clone(), self_: o.clone() }))
                }
                _ => Ok(v.clone()),
            }),
            getattr: Some(|vm, v, name| {
                let w = as_slot_wrapper(v).expect("slot wrapper");
                match crate::types::str::as_str(name).unwrap_or("") {
                    "__name__" => Ok(crate::types::str::new_str(w.name)),
                    "__qualname__" => Ok(crate::types::str::new_string(format!("{}.{}", w.owner.data.name(), w.name))),
                    "__objclass__" => Ok(Value::from_obj(w.owner)),
                    "__doc__" => Ok(vm.none()),
                    _ => crate::types::object::generic_getattr(vm, v, name),
                }
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<SlotWrapper>,
    ),
);

pub static METHOD_WRAPPER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "method-wrapper",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| {
                let m = as_method_wrapper(v).expect("method-wrapper");
                let w = as_slot_wrapper(&m.descr).expect("slot wrapper");
                let s =
                    format!("<method-wrapper '{}' of {} object at {:#x}>", w.name, m.self_.ty().name(), m.self_.bits());
                Ok(crate::types::str::new_string(s))
            }),
            call: Some(|vm, v, args| {
                let m = as_method_wrapper(v).expect("method-wrapper");
                let w = as_slot_wrapper(&m.descr).expect("slot wrapper");
                let self_ = m.self_.clone();
                call_slot(vm, w, &self_, args)
            }),
            getattr: Some(|vm, v, name| {
                let m = as_method_wrapper(v).expect("method-wrapper");
                let w = as_slot_wrapper(&m.descr).expect("slot wrapper");
                match crate::types::str::as_str(name).unwrap_or("") {
                    "__name__" => Ok(crate::types::str::new_str(w.name)),
                    "__qualname__" => Ok(crate::types::str::new_string(format!("{}.{}", w.owner.data.name(), w.name))),
                    "__self__" => Ok(m.self_.clone()),
                    "__objclass__" => Ok(Value::from_obj(w.owner)),
                    "__doc__" => Ok(vm.none()),
                    _ => crate::types::object::generic_getattr(vm, v, name),
                }
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<MethodWrapper>,
    ),
);

macro_rules! getset_type {
    ($static:ident, $name:literal, $repr:literal, $readonly:literal) => {
        pub static $static: StaticObj<TypeObject> = StaticObj::new(
            &crate::types::type_type::TYPE_TYPE,
            TypeObject::new_static(
                $name,
                None,
                0,
                Layout::Builtin,
                SlotInit {
                    repr: Some(|_, v| {
                        let g = as_getset(v).expect("getset");
                        let s = format!(concat!("<", $repr, " '{}' of '{}' objects>"), g.name, owner_name(&g.owner));
                        Ok(crate::types::str::new_string(s))
                    }),
                    descr_get: Some(|vm, v, obj, _| match obj {
                        Some(o) => {
                            let g = as_getset(v).expect("getset");
                            check_getset_self(vm, g, o, "get")?;
                            if g.via_slots {
                                return slot_get(vm, g, o);
                            }
                            (g.get)(vm, o)
                        }
                        _ => Ok(v.clone()),
                    }),
                    descr_set: Some(|vm, v, obj, value| {
                        let g = as_getset(v).expect("getset");
                        check_getset_self(vm, g, obj, "set")?;
                        if g.via_slots {
                            let set = crate::types::type_payload(&g.owner).slots.setattr.get();
                            // The generic slot would find this descriptor again.
                            let generic = crate::types::object::generic_setattr as *const () as usize;
                            if let Some(set) = set.filter(|f| *f as usize != generic) {
                                let name = vm.intern(g.name);
                                return set(vm, obj, &name, value);
                            }
                        }
                        match g.set {
                            Some(set) => set(vm, obj, value),
                            None if $readonly => Err(vm.new_attribute_error_msg("readonly attribute".into())),
                            None => Err(vm.new_attribute_error_msg(format!(
                                "attribute '{}' of '{}' objects is not writable",
                                g.name,
                                owner_name(&g.owner)
                            ))),
                        }
                    }),
                    getattr: Some(|vm, v, name| {
                        let g = as_getset(v).expect("getset");
                        match crate::types::str::as_str(name).unwrap_or("") {
                            "__name__" => Ok(crate::types::str::new_str(g.name)),
                            "__qualname__" => {
                                Ok(crate::types::str::new_string(format!("{}.{}", owner_name(&g.owner), g.name)))
                            }
                            "__objclass__" => Ok(g.owner.clone()),
                            "__doc__" => Ok(vm.none()),
                            _ => crate::types::object::generic_getattr(vm, v, name),
                        }
                    }),
                    ..SlotInit::EMPTY
                },
                drop_obj::<GetSet>,
            ),
        );
    };
}

getset_type!(GETSET_TYPE, "getset_descriptor", "attribute", false);
// `member_descriptor`: a field of the instance layout (`complex.real`).
getset_type!(MEMBER_TYPE, "member_descriptor", "member", true);

pub fn as_slot_wrapper(v: &Value) -> Option<&SlotWrapper> {
    v.downcast_exact::<SlotWrapper>(&SLOT_WRAPPER_TYPE)
}

pub fn as_method_wrapper(v: &Value) -> Option<&MethodWrapper> {
    v.downcast_exact::<MethodWrapper>(&METHOD_WRAPPER_TYPE)
}

pub fn as_getset(v: &Value) -> Option<&GetSet> {
    v.downcast_exact::<GetSet>(&GETSET_TYPE).or_else(|| v.downcast_exact::<GetSet>(&MEMBER_TYPE))
}

pub fn new_slot_wrapper(name: &'static str, owner: &'static StaticObj<TypeObject>, kind: SlotKind) -> Value {
    Obj::alloc_immortal(&SLOT_WRAPPER_TYPE.0, SlotWrapper { name, owner: &owner.0, kind })
}

pub fn new_getset(name: &'static str, owner: Value, get: GetterFn, set: Option<SetterFn>) -> Value {
    Obj::alloc(&GETSET_TYPE.0, GetSet { name, owner, get, set, via_slots: false })
}

/// Adds getset descriptors to a static type's dict.
pub fn add_getsets(
    vm: &mut Vm,
    ty: &'static StaticObj<TypeObject>,
    items: &[(&'static str, GetterFn, Option<SetterFn>)],
) {
    add_descriptors(vm, ty, items, &GETSET_TYPE)
}

/// Adds read-only member descriptors (`complex.real`) to a static type's dict.
pub fn add_members(vm: &mut Vm, ty: &'static StaticObj<TypeObject>, items: &[(&'static str, GetterFn)]) {
    let items: Vec<_> = items.iter().map(|(n, g)| (*n, *g, None)).collect();
    add_descriptors(vm, ty, &items, &MEMBER_TYPE)
}

fn add_descriptors(
    vm: &mut Vm,
    ty: &'static StaticObj<TypeObject>,
    items: &[(&'static str, GetterFn, Option<SetterFn>)],
    kind: &'static StaticObj<TypeObject>,
) {
    for (name, get, set) in items {
        let key = vm.intern(name);
        let d = Obj::alloc(&kind.0, GetSet { name, owner: ty.value(), get: *get, set: *set, via_slots: false });
        d.make_immortal();
        ty.0.data.dict.borrow_mut().set_str(key, d);
    }
    ty.0.data.bump_version();
}

/// Descriptors for attributes a builtin type serves from its own
/// `getattr` (and `setattr`) slot, so that they appear in the type's dict
/// and in `dir()` as CPython's members and getsets do, while the slot
/// keeps the fast path. The slot must handle each name before it falls
/// back to `generic_getattr` (which would find the descriptor again).
/// `members` become `member_descriptor`s, `getsets` `getset_descriptor`s.
pub fn add_slot_attrs(
    vm: &mut Vm,
    ty: &'static StaticObj<TypeObject>,
    members: &[&'static str],
    getsets: &[&'static str],
) {
    let unused: GetterFn = |vm, _| Ok(vm.none());
    for (names, kind) in [(members, &MEMBER_TYPE), (getsets, &GETSET_TYPE)] {
        for name in names {
            let key = vm.intern(name);
            let d = Obj::alloc(&kind.0, GetSet { name, owner: ty.value(), get: unused, set: None, via_slots: true });
            d.make_immortal();
            ty.0.data.dict.borrow_mut().set_str(key, d);
        }
    }
    ty.0.data.bump_version();
}

fn slot_get(vm: &mut Vm, g: &GetSet, obj: &Value) -> PyResult<Value> {
    let name = vm.intern(g.name);
    match crate::types::type_payload(&g.owner).slots.getattr.get() {
        Some(get) => get(vm, obj, &name),
        None => Err(vm.new_attribute_error(obj, &name)),
    }
}

fn owner_name(owner: &Value) -> String {
    crate::types::type_payload(owner).name()
}

fn check_self(vm: &mut Vm, w: &SlotWrapper, self_: &Value) -> PyResult<()> {
    if self_.ty().is_subtype(w.owner) {
        return Ok(());
    }
    Err(vm.new_type_error(format!(
        "descriptor '{}' requires a '{}' object but received a '{}'",
        w.name,
        w.owner.data.name(),
        self_.ty().name()
    )))
}

fn check_getset_self(vm: &mut Vm, g: &GetSet, obj: &Value, _what: &str) -> PyResult<()> {
    if obj.ty().is_subtype(type_obj_of(&g.owner)) {
        return Ok(());
    }
    Err(vm.new_type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        g.name,
        owner_name(&g.owner),
        obj.ty().name()
    )))
}

/// `expected N argument(s), got M` (CPython's `check_num_args`).
fn check_nargs(vm: &mut Vm, w: &SlotWrapper, args: &CallArgs, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("wrapper {}() takes no keyword arguments", w.name)));
    }
    let got = args.args.len();
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.new_type_error(format!("expected {n} argument{s}, got {got}")));
    }
    Ok(())
}

fn missing_slot(vm: &mut Vm, w: &SlotWrapper) -> crate::vm::PyErr {
    vm.new_type_error(format!("'{}' slot of '{}' is not available", w.name, w.owner.data.name()))
}

/// Runs the slot of `w.owner` that `w` wraps, on `self_` and `args`.
pub fn call_slot(vm: &mut Vm, w: &SlotWrapper, self_: &Value, args: CallArgs) -> PyResult<Value> {
    let slots = &w.owner.data.slots;
    let a = args.args;
    match w.kind {
        SlotKind::Repr => {
            check_nargs(vm, w, &args, 0)?;
            match slots.repr.get() {
                Some(f) => f(vm, self_),
                None => crate::types::object::object_repr(vm, self_),
            }
        }
        SlotKind::Str => {
            check_nargs(vm, w, &args, 0)?;
            match slots.str.get() {
                Some(f) => f(vm, self_),
                None => vm.repr(self_),
            }
        }
        SlotKind::Hash => {
            check_nargs(vm, w, &args, 0)?;
            let h = match slots.hash.get() {
                Some(f) => f(vm, self_)?,
                None => return Err(vm.new_type_error(format!("unhashable type: '{}'", self_.ty().name()))),
            };
            Ok(crate::types::int::new_int(h))
        }
        SlotKind::Compare(op) => {
            check_nargs(vm, w, &args, 1)?;
            match slots.compare.get() {
                Some(f) => f(vm, self_, &a[0], op),
                None => Ok(vm.not_implemented()),
            }
        }
        // `__pow__` takes an optional modulus (CPython's `wrap_ternaryfunc`,
        // whose unnamed argument check prints a leading space).
        SlotKind::Binary(BinOp::Pow) | SlotKind::BinaryRight(BinOp::Pow) if a.is_empty() || a.len() > 2 => {
            if !args.kwnames.is_empty() {
                return Err(vm.new_type_error(format!("wrapper {}() takes no keyword arguments", w.name)));
            }
            let msg = if a.is_empty() {
                " expected at least 1 argument, got 0".to_string()
            } else {
                format!(" expected at most 2 arguments, got {}", a.len())
            };
            Err(vm.new_type_error(msg))
        }
        SlotKind::Binary(BinOp::Pow) | SlotKind::BinaryRight(BinOp::Pow) if a.len() == 2 => {
            check_nargs(vm, w, &args, 2)?;
            let right = matches!(w.kind, SlotKind::BinaryRight(_));
            if right {
                // `__rpow__` with a modulus is never reached by `pow()`.
                return Ok(vm.not_implemented());
            }
            crate::number::power_slot(vm, self_, &a[0], &a[1])
        }
        SlotKind::Binary(op) | SlotKind::BinaryRight(op) => {
            check_nargs(vm, w, &args, 1)?;
            let Some(f) = slots.binary.get() else { return Ok(vm.not_implemented()) };
            if matches!(w.kind, SlotKind::BinaryRight(_)) {
                f(vm, &a[0], self_, op)
            } else {
                f(vm, self_, &a[0], op)
            }
        }
        SlotKind::Inplace(op) => {
            check_nargs(vm, w, &args, 1)?;
            vm.inplace_op(self_, &a[0], op)
        }
        SlotKind::Unary(op) => {
            check_nargs(vm, w, &args, 0)?;
            match slots.unary.get() {
                Some(f) => f(vm, self_, op),
                None => Err(missing_slot(vm, w)),
            }
        }
        SlotKind::Bool => {
            check_nargs(vm, w, &args, 0)?;
            let b = match slots.bool.get() {
                Some(f) => f(vm, self_)?,
                None => return Err(missing_slot(vm, w)),
            };
            Ok(vm.bool(b))
        }
        SlotKind::Len => {
            check_nargs(vm, w, &args, 0)?;
            let n = match slots.len.get() {
                Some(f) => f(vm, self_)?,
                None => return Err(missing_slot(vm, w)),
            };
            Ok(crate::types::int::new_int(n as i64))
        }
        SlotKind::GetAttribute => {
            check_nargs(vm, w, &args, 1)?;
            let name = attr_name(vm, &a[0])?;
            match slots.getattr.get() {
                Some(f) => f(vm, self_, &name),
                None => crate::types::object::generic_getattr(vm, self_, &name),
            }
        }
        SlotKind::SetAttr | SlotKind::DelAttr => {
            let set = matches!(w.kind, SlotKind::SetAttr);
            check_nargs(vm, w, &args, if set { 2 } else { 1 })?;
            let name = attr_name(vm, &a[0])?;
            let value = if set { Some(a[1].clone()) } else { None };
            match slots.setattr.get() {
                Some(f) => f(vm, self_, &name, value)?,
                None => crate::types::object::generic_setattr(vm, self_, &name, value)?,
            }
            Ok(vm.none())
        }
        SlotKind::Call => match slots.call.get() {
            Some(f) => f(vm, self_, args),
            None => Err(missing_slot(vm, w)),
        },
        SlotKind::Iter => {
            check_nargs(vm, w, &args, 0)?;
            match slots.iter.get() {
                Some(f) => f(vm, self_),
                None => Err(missing_slot(vm, w)),
            }
        }
        SlotKind::Next => {
            check_nargs(vm, w, &args, 0)?;
            let r = match slots.next.get() {
                Some(f) => f(vm, self_)?,
                None => return Err(missing_slot(vm, w)),
            };
            match r {
                Some(v) => Ok(v),
                None => {
                    let ty = crate::types::exceptions::STOP_ITERATION.value();
                    Err(vm.new_exception_args(&ty, vec![]))
                }
            }
        }
        SlotKind::GetItem => {
            check_nargs(vm, w, &args, 1)?;
            match slots.getitem.get() {
                Some(f) => f(vm, self_, &a[0]),
                None => Err(missing_slot(vm, w)),
            }
        }
        SlotKind::SetItem | SlotKind::DelItem => {
            let set = matches!(w.kind, SlotKind::SetItem);
            check_nargs(vm, w, &args, if set { 2 } else { 1 })?;
            let value = if set { Some(a[1].clone()) } else { None };
            match slots.setitem.get() {
                Some(f) => f(vm, self_, &a[0], value)?,
                None => return Err(missing_slot(vm, w)),
            }
            Ok(vm.none())
        }
        SlotKind::Contains => {
            check_nargs(vm, w, &args, 1)?;
            let r = match slots.contains.get() {
                Some(f) => f(vm, self_, &a[0])?,
                None => return Err(missing_slot(vm, w)),
            };
            Ok(vm.bool(r))
        }
        SlotKind::Get => {
            if !args.kwnames.is_empty() {
                return Err(vm.new_type_error(format!("wrapper {}() takes no keyword arguments", w.name)));
            }
            if a.is_empty() || a.len() > 2 {
                let msg = if a.is_empty() {
                    "expected at least 1 argument, got 0".to_string()
                } else {
                    format!("expected at most 2 arguments, got {}", a.len())
                };
                return Err(vm.new_type_error(msg));
            }
            let none = vm.none();
            let obj = if crate::types::bool_none::is_none(&a[0]) { None } else { Some(&a[0]) };
            let owner = a.get(1).filter(|t| !crate::types::bool_none::is_none(t));
            if obj.is_none() && owner.is_none() {
                return Err(vm.new_type_error("__get__(None, None) is invalid".into()));
            }
            let owner = match owner {
                Some(t) => t.clone(),
                None => obj.map(|o| o.type_value()).unwrap_or(none),
            };
            match slots.descr_get.get() {
                Some(f) => f(vm, self_, obj, &owner),
                None => Err(missing_slot(vm, w)),
            }
        }
        SlotKind::Set | SlotKind::Delete => {
            let set = matches!(w.kind, SlotKind::Set);
            check_nargs(vm, w, &args, if set { 2 } else { 1 })?;
            let value = if set { Some(a[1].clone()) } else { None };
            match slots.descr_set.get() {
                Some(f) => f(vm, self_, &a[0], value)?,
                None => return Err(missing_slot(vm, w)),
            }
            Ok(vm.none())
        }
        SlotKind::Init => {
            match slots.init.get() {
                Some(f) => f(vm, self_, args)?,
                None => crate::types::object::object_init(vm, self_, args)?,
            }
            Ok(vm.none())
        }
    }
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if crate::types::str::as_str(v).is_some() {
        return Ok(v.clone());
    }
    Err(vm.new_type_error(format!("attribute name must be string, not '{}'", v.ty().name())))
}

/// `T.__new__(cls, *args)` of a static type: checks `cls` and runs T's `new` slot.
pub fn tp_new_wrapper(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let owner = &args.args[0];
    let t = crate::types::type_payload(owner);
    let tname = t.name();
    let Some(cls) = args.args.get(1).filter(|_| args.pos().len() > 1) else {
        return Err(vm.new_type_error(format!("{tname}.__new__(): not enough arguments")));
    };
    let Some(ct) = as_type(cls) else {
        return Err(vm.new_type_error(format!("{tname}.__new__(X): X is not a type object ({})", cls.ty().name())));
    };
    if !ct.is_subtype(type_obj_of(owner)) {
        let cname = ct.name();
        return Err(vm.new_type_error(format!("{tname}.__new__({cname}): {cname} is not a subtype of {tname}")));
    }
    // The nearest static base of `cls` must use this very constructor
    // (CPython's `tp_new_wrapper`, which names the nearest class whose
    // `__new__` is not written in Python).
    let new = t.slots.new.get();
    let sbt = crate::types::builtin_subclass::static_base(ct);
    if sbt.slots.new.get().map(|f| f as usize) != new.map(|f| f as usize) {
        return Err(vm.new_type_error(format!(
            "{tname}.__new__({}) is not safe, use {}.__new__()",
            ct.name(),
            crate::types::builtin_subclass::native_new_base(ct).name()
        )));
    }
    let Some(new) = new else {
        return Err(vm.new_type_error(format!("cannot create '{tname}' instances")));
    };
    let cls = cls.clone();
    new(vm, &cls, CallArgs { args: &args.args[2..], kwnames: args.kwnames })
}
