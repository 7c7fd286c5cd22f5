//! `type`: the type of types, class creation, and the one-time set-up of the
//! static builtin types (bases, MRO, inherited slots).

use crate::object::{drop_obj, StaticObj, Value};
use crate::types::dict::DictData;
use crate::types::{tpflags, type_obj_of, type_payload, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp, UnOp};
use std::borrow::Cow;

pub static TYPE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &TYPE_TYPE,
    TypeObject::new_static(
        "type",
        None,
        tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let t = type_payload(v);
                let module = vm.type_module_name(type_obj_of(v));
                let q = t.qualname.borrow().to_string();
                let s = if module == "builtins" { format!("<class '{q}'>") } else { format!("<class '{module}.{q}'>") };
                Ok(crate::types::str::new_string(s))
            }),
            call: Some(type_call),
            new: Some(type_new),
            getattr: Some(type_getattr),
            setattr: Some(type_setattr),
            hash: Some(|_, v| Ok((v.bits() >> 4) as i64)),
            binary: Some(|vm, _, _, _| Ok(vm.not_implemented())),
            ..SlotInit::EMPTY
        },
        drop_obj::<TypeObject>,
    ),
);

/// `type.__new__(type, name, bases, ns, **kwds)` (and `type.__new__(type, x)`).
fn type_new(vm: &mut Vm, cls: &Value, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let is_type = cls.is(&TYPE_TYPE.value());
    match pos.len() {
        1 if args.kwnames.is_empty() && is_type => Ok(pos[0].type_value()),
        3 => {
            let kw = CallArgs { args: &args.args[3..], kwnames: args.kwnames };
            crate::types::class_create::new_class_kw(vm, cls, &pos[0], &pos[1], &pos[2], kw)
        }
        _ if is_type => Err(vm.new_type_error("type() takes 1 or 3 arguments".into())),
        n => Err(vm.new_type_error(format!("type.__new__() takes exactly 3 arguments ({n} given)"))),
    }
}

/// `T(...)`: `type(x)`, or instantiation via the `new` and `init` slots.
fn type_call(vm: &mut Vm, cls: &Value, args: CallArgs) -> PyResult<Value> {
    if cls.is(&TYPE_TYPE.value()) {
        let pos = args.pos();
        if pos.len() == 1 && args.kwnames.is_empty() {
            return Ok(pos[0].type_value());
        }
        if pos.len() == 3 {
            let kw = CallArgs { args: &args.args[3..], kwnames: args.kwnames };
            return crate::types::class_create::new_class_kw(vm, cls, &pos[0], &pos[1], &pos[2], kw);
        }
        return Err(vm.new_type_error("type() takes 1 or 3 arguments".into()));
    }
    let t = type_payload(cls);
    let new = t.slots.new.get();
    let obj = match new {
        Some(new) => new(vm, cls, args)?,
        None => {
            return Err(vm.new_type_error(format!("cannot create '{}' instances", t.name())));
        }
    };
    // `__init__` runs only when `__new__` returned an instance of `cls`.
    if obj.ty().is_subtype(type_obj_of(cls)) {
        if let Some(init) = obj.ty().slots.init.get() {
            init(vm, &obj, args)?;
        }
    }
    Ok(obj)
}

fn type_getattr(vm: &mut Vm, cls: &Value, name: &Value) -> PyResult<Value> {
    let t = type_payload(cls);
    let n = crate::types::str::as_str(name).unwrap_or("");
    match n {
        "__name__" => return Ok(crate::types::str::new_string(t.name())),
        "__qualname__" => return Ok(crate::types::str::new_string(t.qualname.borrow().to_string())),
        "__mro__" => return Ok(crate::types::tuple::new_tuple(t.mro.borrow().clone())),
        "__bases__" => return Ok(crate::types::tuple::new_tuple(t.bases.borrow().clone())),
        "__base__" => return Ok(t.base.borrow().clone().unwrap_or_else(crate::types::bool_none::none)),
        "__module__" if !t.is_heap_type() => return Ok(crate::types::str::new_str(t.module)),
        "__doc__" if !t.is_heap_type() => {
            return Ok(t.doc.map(crate::types::str::new_str).unwrap_or_else(crate::types::bool_none::none))
        }
        _ => {}
    }
    if n == "__dict__" {
        return Ok(crate::types::mappingproxy::new_class_proxy(cls));
    }
    // A data descriptor on the metatype wins, then the type's own MRO, then
    // other attributes of the metatype (CPython's `type_getattro`).
    let meta = cls.ty();
    let meta_attr = meta.lookup(name);
    if let Some(ma) = &meta_attr {
        if ma.ty().slots.descr_set.get().is_some() {
            if let Some(get) = ma.ty().slots.descr_get.get() {
                return get(vm, ma, Some(cls), &cls.type_value());
            }
        }
    }
    if let Some(found) = t.lookup(name) {
        if let Some(get) = found.ty().slots.descr_get.get() {
            return get(vm, &found, None, cls);
        }
        return Ok(found);
    }
    if let Some(ma) = meta_attr {
        if let Some(get) = ma.ty().slots.descr_get.get() {
            return get(vm, &ma, Some(cls), &cls.type_value());
        }
        return Ok(ma);
    }
    Err(vm.new_attribute_error(cls, name))
}

fn type_setattr(vm: &mut Vm, cls: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let t = type_payload(cls);
    if !t.is_heap_type() {
        let n = crate::types::str::as_str(name).unwrap_or("?");
        return Err(vm.new_type_error(format!("cannot set '{n}' attribute of immutable type '{}'", t.name())));
    }
    let n = crate::types::str::as_str(name).unwrap_or("").to_string();
    // A data descriptor of the metatype wins (`object.__class__`, a
    // metaclass property with a setter), as in CPython's `type_setattro`.
    if n != "__name__" && n != "__qualname__" {
        if let Some(d) = cls.ty().lookup(name) {
            if vm.is_data_descriptor(&d) {
                return vm.descriptor_set(&d, cls, value);
            }
        }
    }
    match value {
        // `__name__` and `__qualname__` live in the type object, not its dict.
        Some(v) if n == "__name__" || n == "__qualname__" => {
            let Some(s) = crate::types::str::as_str(&v) else {
                return Err(vm.new_type_error(format!(
                    "can only assign string to {}.{n}, not '{}'",
                    t.name(),
                    v.ty().name()
                )));
            };
            let field = if n == "__name__" { &t.name } else { &t.qualname };
            *field.borrow_mut() = Cow::Owned(s.to_string());
        }
        None if n == "__name__" || n == "__qualname__" => {
            return Err(vm.new_type_error(format!("cannot delete '{n}' attribute of immutable type '{}'", t.name())));
        }
        Some(v) => t.dict.borrow_mut().set_str(name.clone(), v),
        None => {
            if t.dict.borrow_mut().del_str(name).is_none() {
                return Err(vm.attribute_error_plain(cls, name));
            }
        }
    }
    t.bump_version();
    update_heap_slots(t);
    Ok(())
}

/// `type(name, bases, namespace)`.
pub fn new_class(vm: &mut Vm, name: &Value, bases: &Value, ns: &Value) -> PyResult<Value> {
    crate::types::class_create::new_class_kw(vm, &TYPE_TYPE.value(), name, bases, ns, CallArgs::positional(&[]))
}

/// What CPython's `type_new` does to the namespace: `__new__` becomes a
/// static method, `__init_subclass__` and `__class_getitem__` class methods.
pub(crate) fn prepare_class_dict(vm: &mut Vm, dict: &mut DictData) {
    use crate::types::classmethod::{new_classmethod, new_staticmethod};
    if let Some(f) = dict.get_rust_str("__new__").filter(|f| crate::types::function::as_function(f).is_some()) {
        dict.set_str(vm.intern("__new__"), new_staticmethod(f));
    }
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict.get_rust_str(name).filter(|f| crate::types::function::as_function(f).is_some()) {
            dict.set_str(vm.intern(name), new_classmethod(f));
        }
    }
}

/// `__dict__` and `__weakref__` descriptors for the first class of a
/// hierarchy whose instances have a dict or weak references (CPython's
/// `subtype_getsets_full`), then `__doc__`, and `__hash__ = None` when the
/// class defines `__eq__` only.
pub(crate) fn finish_class_dict(vm: &mut Vm, cls: &Value, add_dict: bool, add_weakref: bool) {
    let t = type_payload(cls);
    type Entry = (&'static str, bool, crate::types::descr::GetterFn, Option<crate::types::descr::SetterFn>);
    let entries: [Entry; 2] = [
        ("__dict__", add_dict, crate::types::object::instance_dict_get, Some(crate::types::object::instance_dict_set)),
        ("__weakref__", add_weakref, |vm: &mut Vm, _: &Value| Ok(vm.none()), None),
    ];
    for (name, add, get, set) in entries {
        if !add || t.dict.borrow().get_rust_str(name).is_some() {
            continue;
        }
        let d = crate::types::descr::new_getset(name, cls.clone(), get, set);
        t.dict.borrow_mut().set_str(vm.intern(name), d);
    }
    let mut dict = t.dict.borrow_mut();
    if dict.get_rust_str("__doc__").is_none() {
        dict.set_str(vm.intern("__doc__"), vm.none());
    }
    if dict.get_rust_str("__eq__").is_some() && dict.get_rust_str("__hash__").is_none() {
        dict.set_str(vm.intern("__hash__"), vm.none());
    }
}

/// `super(cls, cls).__init_subclass__(**kwds)`.
pub(crate) fn init_subclass(vm: &mut Vm, cls: &Value, kw: CallArgs) -> PyResult<()> {
    let mro = type_payload(cls).mro.borrow().clone();
    let found = mro.iter().skip(1).find_map(|b| type_payload(b).dict.borrow().get_rust_str("__init_subclass__"));
    let Some(f) = found else { return Ok(()) };
    let bound = match f.ty().slots.descr_get.get() {
        Some(get) => get(vm, &f, None, cls)?,
        None => f,
    };
    vm.call(&bound, kw)?;
    Ok(())
}

/// Calls `__set_name__(cls, name)` on each attribute that defines it.
pub(crate) fn set_names(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let items: Vec<(Value, Value)> =
        type_payload(cls).dict.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    for (name, value) in items {
        if let Some(f) = value.ty().lookup_str("__set_name__") {
            if let Err(e) = vm.call(&f, CallArgs::positional(&[value.clone(), cls.clone(), name.clone()])) {
                // 3.11 wraps the error (CPython's `type_new_set_names`).
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    value.ty().name(),
                    vm.repr_string(&name)?,
                    type_payload(cls).name()
                );
                let err = vm.new_exception(&crate::types::exceptions::RUNTIME_ERROR, msg);
                if let Some(d) = crate::types::exceptions::exc_data(err.value()) {
                    *d.cause.borrow_mut() = Some(e.0);
                    d.suppress_context.set(true);
                }
                return Err(err);
            }
        }
    }
    Ok(())
}

/// C3 linearization; on failure, the heads left to merge (for the message).
pub(crate) fn c3_mro(cls: &Value, bases: &[Value]) -> Result<Vec<Value>, Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| type_payload(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Points a class's slots at the dunder-dispatching implementations, or
/// inherits the builtin base's slot when no class in the MRO overrides it.
pub fn update_heap_slots(t: &TypeObject) {
    let s = &t.slots;
    // The first class on the MRO whose dict has one of a slot's dunders
    // decides: a class → the dunder-calling slot; a builtin type → its own
    // slot (so `class ML(Mixin, list)` gets list's). Without any, the slot
    // comes from `__base__`.
    let mro = t.mro.borrow().clone();
    let definer = |names: &[&str]| -> Option<&TypeObject> {
        mro.iter().map(type_payload).find(|tp| names.iter().any(|n| tp.dict.borrow().get_rust_str(n).is_some()))
    };
    let base = t.base.borrow().clone();
    let base_slots = base.as_ref().map(|b| &type_payload(b).slots);
    macro_rules! slot {
        ($field:ident, [$($dunder:literal),*], $generic:expr) => {
            match definer(&[$($dunder),*]) {
                Some(d) if d.is_heap_type() => s.$field.set(Some($generic)),
                Some(d) => s.$field.set(d.slots.$field.get()),
                None => s.$field.set(base_slots.and_then(|b| b.$field.get())),
            }
        };
    }
    slot!(repr, ["__repr__"], heap_repr);
    slot!(str, ["__str__"], heap_str);
    slot!(hash, ["__hash__", "__eq__"], heap_hash);
    slot!(compare, ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"], heap_compare);
    slot!(
        binary,
        [
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__rtruediv__",
            "__floordiv__",
            "__rfloordiv__",
            "__mod__",
            "__rmod__",
            "__pow__",
            "__rpow__",
            "__matmul__",
            "__rmatmul__",
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
            "__iadd__",
            "__isub__",
            "__imul__"
        ],
        heap_binary
    );
    slot!(unary, ["__neg__", "__pos__", "__invert__"], heap_unary);
    slot!(bool, ["__bool__", "__len__"], heap_bool);
    slot!(len, ["__len__"], heap_len);
    slot!(getattr, ["__getattr__", "__getattribute__"], heap_getattr);
    slot!(setattr, ["__setattr__", "__delattr__"], heap_setattr);
    slot!(call, ["__call__"], heap_call);
    slot!(iter, ["__iter__"], heap_iter);
    slot!(next, ["__next__"], heap_next);
    slot!(getitem, ["__getitem__"], heap_getitem);
    slot!(setitem, ["__setitem__", "__delitem__"], heap_setitem);
    slot!(contains, ["__contains__"], heap_contains);
    slot!(descr_get, ["__get__"], heap_descr_get);
    slot!(descr_set, ["__set__", "__delete__"], heap_descr_set);
    slot!(init, ["__init__"], heap_init);
    // `heap_new` finds a Python `__new__` or the right builtin base's.
    s.new.set(Some(heap_new));
    if s.getattr.get().is_none() {
        s.getattr.set(Some(crate::types::object::generic_getattr));
    }
    if s.setattr.get().is_none() {
        s.setattr.set(Some(crate::types::object::generic_setattr));
    }
}

fn heap_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.call_method(v, "__repr__", &[])
}
fn heap_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.call_method(v, "__str__", &[])
}
fn heap_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v.ty().lookup_str("__hash__") {
        Some(h) if crate::types::bool_none::is_none(&h) => {
            Err(vm.new_type_error(format!("unhashable type: '{}'", v.ty().name())))
        }
        None => Err(vm.new_type_error(format!("unhashable type: '{}'", v.ty().name()))),
        Some(_) => {
            let r = vm.call_method(v, "__hash__", &[])?;
            match crate::types::int::to_i64(&r) {
                Some(h) => Ok(if h == -1 { -2 } else { h }),
                None => {
                    if crate::types::int::is_int(&r) {
                        Ok(crate::types::int::hash_int(&r))
                    } else {
                        Err(vm.new_type_error("__hash__ method should return an integer".into()))
                    }
                }
            }
        }
    }
}
fn heap_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let name = match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    };
    match vm.lookup_special(a, name) {
        Some(f) => vm.call(&f, CallArgs::positional(&[a.clone(), b.clone()])),
        None => Ok(vm.not_implemented()),
    }
}
/// A class's binary slot: called with the class instance as `a` (forward) or
/// `b` (reflected); dispatches to `__op__` or `__rop__` accordingly.
///
/// As CPython's `SLOT1BINFULL`: when `b`'s class derives from `a`'s and
/// overrides the reflected method, `b.__rop__(a)` is tried first.
fn heap_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (forward, rname, _) = binop_method_names(op);
    let do_other = b.ty().is_heap_type() && !std::ptr::eq(a.ty(), b.ty());
    let mut other_done = false;
    if a.ty().is_heap_type() {
        if do_other && b.ty().is_subtype(a.type_obj()) {
            let rb = vm.lookup_special(b, rname);
            let ra = vm.lookup_special(a, rname);
            let overloaded = match (&rb, &ra) {
                (Some(x), Some(y)) => !x.is(y),
                (Some(_), None) => true,
                _ => false,
            };
            if let (true, Some(f)) = (overloaded, rb) {
                other_done = true;
                let r = vm.call(&f, CallArgs::positional(&[b.clone(), a.clone()]))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = vm.lookup_special(a, forward) {
            let r = vm.call(&f, CallArgs::positional(&[a.clone(), b.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if do_other && !other_done {
        if let Some(f) = vm.lookup_special(b, rname) {
            return vm.call(&f, CallArgs::positional(&[b.clone(), a.clone()]));
        }
    }
    Ok(vm.not_implemented())
}
/// `(__op__, __rop__, __iop__)`: static names, so special-method lookups
/// neither allocate nor miss the type attribute cache.
pub fn binop_method_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

pub fn binop_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::MatMul => "matmul",
        BinOp::TrueDiv => "truediv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
        BinOp::And => "and",
        BinOp::FloorDiv => "floordiv",
    }
}
fn heap_unary(vm: &mut Vm, v: &Value, op: UnOp) -> PyResult<Value> {
    let (name, sym) = match op {
        UnOp::Neg => ("__neg__", "-"),
        UnOp::Pos => ("__pos__", "+"),
        UnOp::Invert => ("__invert__", "~"),
        UnOp::Not => {
            let t = vm.truthy(v)?;
            return Ok(vm.bool(!t));
        }
    };
    match vm.lookup_special(v, name) {
        Some(f) => vm.call(&f, CallArgs::positional(std::slice::from_ref(v))),
        None => Err(vm.new_type_error(format!("bad operand type for unary {sym}: '{}'", v.ty().name()))),
    }
}
fn heap_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if vm.lookup_special(v, "__bool__").is_some() {
        let r = vm.call_method(v, "__bool__", &[])?;
        return match crate::types::bool_none::as_bool(&r) {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("__bool__ should return bool, returned {}", r.ty().name()))),
        };
    }
    Ok(heap_len(vm, v)? > 0)
}
fn heap_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = vm.call_method(v, "__len__", &[])?;
    let n = crate::number::index_bigint(vm, &r)?;
    if num_traits::Signed::is_negative(&n) {
        return Err(vm.new_value_error("__len__() should return >= 0".into()));
    }
    match num_traits::ToPrimitive::to_usize(&n).filter(|&n| n <= i64::MAX as usize) {
        Some(n) => Ok(n),
        None => Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer".into())),
    }
}
fn heap_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let r = if vm
        .lookup_special(v, "__getattribute__")
        .is_some_and(|f| crate::types::function::as_function(&f).is_some())
    {
        vm.call_method(v, "__getattribute__", std::slice::from_ref(name))
    } else {
        crate::types::object::generic_getattr(vm, v, name)
    };
    match r {
        Err(e) if e.is_instance_of(&crate::types::exceptions::ATTRIBUTE_ERROR.0) => {
            if vm.lookup_special(v, "__getattr__").is_some() {
                vm.call_method(v, "__getattr__", std::slice::from_ref(name))
            } else {
                Err(e)
            }
        }
        r => r,
    }
}
fn heap_setattr(vm: &mut Vm, v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(val) => {
            if vm.lookup_special(v, "__setattr__").is_some_and(|f| crate::types::function::as_function(&f).is_some()) {
                vm.call_method(v, "__setattr__", &[name.clone(), val])?;
                return Ok(());
            }
            crate::types::object::generic_setattr(vm, v, name, Some(val))
        }
        None => {
            if vm.lookup_special(v, "__delattr__").is_some_and(|f| crate::types::function::as_function(&f).is_some()) {
                vm.call_method(v, "__delattr__", std::slice::from_ref(name))?;
                return Ok(());
            }
            crate::types::object::generic_setattr(vm, v, name, None)
        }
    }
}
fn heap_call(vm: &mut Vm, v: &Value, args: CallArgs) -> PyResult<Value> {
    let f = vm.lookup_special(v, "__call__").expect("__call__");
    let mut full = vec![v.clone()];
    full.extend(args.args.iter().cloned());
    vm.call(&f, CallArgs { args: &full, kwnames: args.kwnames })
}
fn heap_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // `__iter__ = None` makes a class explicitly not iterable.
    let f = vm.lookup_special(v, "__iter__").filter(|f| !crate::types::bool_none::is_none(f));
    let Some(f) = f else {
        return Err(vm.new_type_error(format!("'{}' object is not iterable", v.ty().name())));
    };
    let it = vm.call(&f, CallArgs::positional(std::slice::from_ref(v)))?;
    if it.ty().slots.next.get().is_none() {
        return Err(vm.new_type_error(format!("iter() returned non-iterator of type '{}'", it.ty().name())));
    }
    Ok(it)
}
fn heap_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match vm.call_method(v, "__next__", &[]) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.is_instance_of(&crate::types::exceptions::STOP_ITERATION.0) => Ok(None),
        Err(e) => Err(e),
    }
}
fn heap_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    vm.call_method(v, "__getitem__", std::slice::from_ref(k))
}
fn heap_setitem(vm: &mut Vm, v: &Value, k: &Value, val: Option<Value>) -> PyResult<()> {
    match val {
        Some(x) => vm.call_method(v, "__setitem__", &[k.clone(), x]).map(drop),
        None => vm.call_method(v, "__delitem__", std::slice::from_ref(k)).map(drop),
    }
}
fn heap_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    let f = vm.lookup_special(v, "__contains__").filter(|f| !crate::types::bool_none::is_none(f));
    let Some(f) = f else {
        return Err(vm.new_type_error(format!("'{}' object is not a container", v.ty().name())));
    };
    let r = vm.call(&f, CallArgs::positional(&[v.clone(), k.clone()]))?;
    vm.truthy(&r)
}
fn heap_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let obj = obj.cloned().unwrap_or_else(crate::types::bool_none::none);
    vm.call_method(d, "__get__", &[obj, owner.clone()])
}
fn heap_new(vm: &mut Vm, cls: &Value, args: CallArgs) -> PyResult<Value> {
    let t = type_payload(cls);
    let Some(new) = t.lookup_str("__new__") else {
        return crate::types::object::object_new(vm, cls, args);
    };
    let object_new = crate::types::object::OBJECT_TYPE.0.data.lookup_str("__new__");
    if object_new.is_some_and(|o| o.is(&new)) {
        return crate::types::object::object_new(vm, cls, args);
    }
    let f = crate::types::classmethod::staticmethod_func(&new).unwrap_or(new);
    let mut full = Vec::with_capacity(args.args.len() + 1);
    full.push(cls.clone());
    full.extend(args.args.iter().cloned());
    vm.call(&f, CallArgs { args: &full, kwnames: args.kwnames })
}
fn heap_init(vm: &mut Vm, obj: &Value, args: CallArgs) -> PyResult<()> {
    let Some(init) = obj.ty().lookup_str("__init__") else {
        return crate::types::object::object_init(vm, obj, args);
    };
    let init = match init.ty().slots.descr_get.get() {
        Some(get) => get(vm, &init, Some(obj), &obj.type_value())?,
        None => init,
    };
    let r = vm.call(&init, args)?;
    if !crate::types::bool_none::is_none(&r) {
        return Err(vm.new_type_error(format!("__init__() should return None, not '{}'", r.ty().name())));
    }
    Ok(())
}
/// A class's `__set__`/`__delete__`; a descriptor defining only one of
/// them fails the other with CPython's bare `AttributeError: __set__`.
fn heap_descr_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let name = if value.is_some() { "__set__" } else { "__delete__" };
    let Some(f) = vm.lookup_special(d, name) else {
        let ty = crate::types::exceptions::ATTRIBUTE_ERROR.value();
        return Err(vm.new_exception_args(&ty, vec![crate::types::str::new_str(name)]));
    };
    let mut args = vec![d.clone(), obj.clone()];
    args.extend(value);
    vm.call(&f, CallArgs::positional(&args)).map(drop)
}

/// Sets bases and MROs of the static types and inherits missing slots from
/// each type's base (`bool` gets `int`'s arithmetic, exceptions share
/// `BaseException`'s). Runs once per process.
pub fn init_static_types() {
    use crate::types::*;
    let pairs: Vec<(&'static StaticObj<TypeObject>, &'static StaticObj<TypeObject>)> = {
        let mut v = vec![(&bool_none::BOOL_TYPE, &int::INT_TYPE)];
        v.extend(exceptions::hierarchy());
        v
    };
    let object = &object::OBJECT_TYPE;
    *object.0.data.mro.borrow_mut() = vec![object.value()];
    // What subclasses inherit rather than add (`__dict__`, `__weakref__`).
    for t in [&type_type::TYPE_TYPE, &set::SET_TYPE, &set::FROZENSET_TYPE] {
        t.0.data.flags.set(t.0.data.flags.get() | tpflags::HAS_WEAKREF);
    }
    type_type::TYPE_TYPE.0.data.flags.set(TYPE_TYPE.0.data.flags.get() | tpflags::MANAGED_DICT);
    for t in static_types() {
        if std::ptr::eq(t, object) {
            continue;
        }
        let base = pairs.iter().find(|(c, _)| std::ptr::eq(*c, t)).map(|(_, b)| *b).unwrap_or(object);
        let mut mro = vec![t.value()];
        mro.extend(base.0.data.mro.borrow().iter().cloned());
        *t.0.data.mro.borrow_mut() = mro;
        *t.0.data.base.borrow_mut() = Some(base.value());
        *t.0.data.bases.borrow_mut() = vec![base.value()];
        if t.0.data.flags.get() & tpflags::BASE_EXC_SUBCLASS != 0 {
            t.0.data.flags.set(t.0.data.flags.get() | tpflags::MANAGED_DICT);
        }
        let s = &t.0.data.slots;
        let b = &base.0.data.slots;
        macro_rules! inherit {
            ($($f:ident),*) => { $( if s.$f.get().is_none() { s.$f.set(b.$f.get()); } )* };
        }
        inherit!(
            repr, str, hash, compare, binary, unary, bool, len, getattr, setattr, iter, next, getitem, setitem,
            contains, new, init
        );
    }
    set_pattern_flags();
    crate::types::exception_group::init_types();
    crate::types::type_cache::invalidate_all();
}

/// The flags pattern matching reads (CPython sets them in each type's
/// `tp_flags`): which builtin types are sequences or mappings, and the
/// eleven whose class pattern `C(x)` matches the subject itself.
fn set_pattern_flags() {
    use crate::types::*;
    let add = |t: &StaticObj<TypeObject>, f: u32| t.0.data.flags.set(t.0.data.flags.get() | f);
    for t in [&list::LIST_TYPE, &tuple::TUPLE_TYPE, &range::RANGE_TYPE] {
        add(t, tpflags::SEQUENCE);
    }
    add(&dict::DICT_TYPE, tpflags::MAPPING);
    for t in [
        &bool_none::BOOL_TYPE,
        &bytes::BYTEARRAY_TYPE,
        &bytes::BYTES_TYPE,
        &dict::DICT_TYPE,
        &float::FLOAT_TYPE,
        &set::FROZENSET_TYPE,
        &int::INT_TYPE,
        &list::LIST_TYPE,
        &set::SET_TYPE,
        &str::STR_TYPE,
        &tuple::TUPLE_TYPE,
    ] {
        add(t, tpflags::MATCH_SELF);
    }
}
