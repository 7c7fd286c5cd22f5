//! Class creation: `type.__new__(meta, name, bases, ns, **kwds)`, CPython's
//! `type_new` (Objects/typeobject.c) — the metaclass winner, the base whose
//! layout the class extends, `__slots__`, the class dict, the MRO, and the
//! `__set_name__` / `__init_subclass__` hooks.

use crate::object::{drop_obj, Obj, Value};
use crate::types::builtin_subclass::{best_base, static_base, wraps_payload};
use crate::types::dict::DictData;
use crate::types::type_type::{update_heap_slots, TYPE_TYPE};
use crate::types::{as_type, tpflags, type_obj_of, type_payload, CallArgs, Layout, Slots, TypeObject};
use crate::vm::{PyResult, Vm};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// The most derived of `meta` and the types of `bases`
/// (`_PyType_CalculateMetaclass`), or CPython's "metaclass conflict" error.
pub fn calculate_metaclass(vm: &mut Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.type_value();
        let w = type_payload(&winner);
        if w.is_subtype(type_obj_of(&bt)) {
            continue;
        }
        if type_payload(&bt).is_subtype(type_obj_of(&winner)) {
            winner = bt;
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".into(),
        ));
    }
    Ok(winner)
}

/// What `__slots__` asks for.
struct SlotSpec {
    /// Member names (mangled, sorted), without `__dict__` and `__weakref__`.
    names: Vec<String>,
    add_dict: bool,
    add_weakref: bool,
}

/// The base lacks a `__dict__` / `__weakref__` that a subclass could add.
fn base_has(base: &TypeObject, flag: u32) -> bool {
    base.flags.get() & flag != 0
}

/// `_Py_Mangle` for slot names: `__x` in class `C` is `_C__x`.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Reads `__slots__` (CPython's `type_new_slots`); `None` without one.
fn parse_slots(vm: &mut Vm, name: &str, dict: &DictData, base: &TypeObject) -> PyResult<Option<SlotSpec>> {
    let Some(slots) = dict.get_rust_str("__slots__") else { return Ok(None) };
    let items = if crate::types::str::as_str(&slots).is_some() { vec![slots] } else { vm.collect_iterable(&slots)? };
    let static_b = static_base(base);
    let var_sized = [&crate::types::int::INT_TYPE, &crate::types::tuple::TUPLE_TYPE, &crate::types::bytes::BYTES_TYPE]
        .iter()
        .any(|p| std::ptr::eq(&p.0.data, static_b));
    if !items.is_empty() && var_sized {
        return Err(vm.new_type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base.name())));
    }
    let mut spec = SlotSpec { names: Vec::new(), add_dict: false, add_weakref: false };
    for item in &items {
        let Some(s) = crate::types::str::as_str(item) else {
            return Err(vm.new_type_error(format!("__slots__ items must be strings, not '{}'", item.ty().name())));
        };
        if !is_identifier(s) {
            return Err(vm.new_type_error("__slots__ must be identifiers".into()));
        }
        match s {
            "__dict__" => {
                if base_has(base, tpflags::MANAGED_DICT) || spec.add_dict {
                    return Err(vm.new_type_error("__dict__ slot disallowed: we already got one".into()));
                }
                spec.add_dict = true;
            }
            "__weakref__" => {
                if base_has(base, tpflags::HAS_WEAKREF) || spec.add_weakref {
                    return Err(vm.new_type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0".into(),
                    ));
                }
                spec.add_weakref = true;
            }
            _ => spec.names.push(mangle(name, s)),
        }
    }
    for n in &spec.names {
        if dict.get_rust_str(n).is_some() {
            let r = crate::types::str::repr_text(n);
            return Err(vm.new_value_error(format!("{r} in __slots__ conflicts with class variable")));
        }
    }
    spec.names.sort();
    Ok(Some(spec))
}

/// `type.__new__(meta, name, bases, ns, **kwds)`: the keywords go to the
/// base's `__init_subclass__`.
pub fn new_class_kw(
    vm: &mut Vm,
    meta: &Value,
    name: &Value,
    bases: &Value,
    ns: &Value,
    kw: CallArgs,
) -> PyResult<Value> {
    let Some(name_s) = crate::types::str::as_str(name).map(String::from) else {
        return Err(vm.new_type_error(format!("type.__new__() argument 1 must be str, not {}", name.ty().name())));
    };
    let Some(base_tuple) = crate::types::tuple::as_tuple(bases) else {
        return Err(vm.new_type_error(format!("type.__new__() argument 2 must be tuple, not {}", bases.ty().name())));
    };
    if crate::types::dict::as_dict(ns).is_none() {
        return Err(vm.new_type_error(format!("type.__new__() argument 3 must be dict, not {}", ns.ty().name())));
    }
    let base_tuple = base_tuple.to_vec();
    let winner = calculate_metaclass(vm, meta, &base_tuple)?;
    if !winner.is(meta) {
        // A more derived metaclass with its own `__new__` takes over.
        let wt = type_payload(&winner);
        let own_new = wt.is_heap_type()
            && wt
                .lookup_str("__new__")
                .is_some_and(|f| TYPE_TYPE.0.data.dict.borrow().get_rust_str("__new__").is_none_or(|t| !t.is(&f)));
        if own_new {
            let mut args = vec![name.clone(), bases.clone(), ns.clone()];
            args.extend(kw.args.iter().cloned());
            let new = wt.slots.new.get().expect("heap types have a new slot");
            return new(vm, &winner, CallArgs { args: &args, kwnames: kw.kwnames });
        }
    }
    let meta = winner;
    let mut base_list = base_tuple;
    if base_list.is_empty() {
        base_list.push(crate::types::object::OBJECT_TYPE.value());
    }
    for b in &base_list {
        match as_type(b) {
            Some(bt) if bt.flags.get() & tpflags::BASETYPE != 0 => {}
            Some(bt) => return Err(vm.new_type_error(format!("type '{}' is not an acceptable base type", bt.name()))),
            None => return Err(vm.new_type_error("bases must be types".into())),
        }
    }
    for (i, b) in base_list.iter().enumerate() {
        if base_list[..i].iter().any(|x| x.is(b)) {
            return Err(vm.new_type_error(format!("duplicate base class {}", type_payload(b).name())));
        }
    }
    let base = best_base(vm, &base_list)?;
    let bt = type_payload(&base);
    let sb = static_base(bt);
    let is_meta = std::ptr::eq(sb, &TYPE_TYPE.0.data);
    let is_plain =
        std::ptr::eq(sb, &crate::types::object::OBJECT_TYPE.0.data) || sb.flags.get() & tpflags::BASE_EXC_SUBCLASS != 0;
    if !is_meta && !is_plain && !wraps_payload(sb) {
        return Err(vm.new_type_error(format!("subclassing '{}' is not supported yet by ferrython", sb.name())));
    }
    let mut dict = DictData::new();
    if let Some(d) = crate::types::dict::as_dict(ns) {
        for e in d.borrow().iter() {
            if crate::types::str::as_str(&e.key).is_some() {
                dict.set_str(e.key.clone(), e.value.clone());
            }
        }
    }
    if dict.get_rust_str("__module__").is_none() {
        let module = vm
            .frame_ctx
            .as_ref()
            .and_then(|c| crate::types::dict::as_dict(&c.globals).and_then(|g| g.borrow().get_rust_str("__name__")));
        if let Some(m) = module {
            dict.set_str(vm.intern("__module__"), m);
        }
    }
    let qualname = match dict.get_rust_str("__qualname__") {
        Some(q) => match crate::types::str::as_str(&q) {
            Some(s) => Some(s.to_string()),
            None => return Err(vm.new_type_error(format!("type __qualname__ must be a str, not {}", q.ty().name()))),
        },
        None => None,
    };
    if qualname.is_some() {
        dict.del_str(&vm.intern("__qualname__"));
    }
    let slots = parse_slots(vm, &name_s, &dict, bt)?;
    crate::types::type_type::prepare_class_dict(vm, &mut dict);
    let is_exc = base_list.iter().any(|b| type_payload(b).flags.get() & tpflags::BASE_EXC_SUBCLASS != 0);
    let mut flags = tpflags::HEAPTYPE | tpflags::BASETYPE;
    flags |= bt.flags.get() & tpflags::INHERITED;
    if is_exc {
        flags |= tpflags::BASE_EXC_SUBCLASS;
    }
    // Without `__slots__`, instances get a `__dict__` and weak references
    // (unless the builtin base is variable-sized, as CPython's int/tuple/bytes).
    let base_dict = base_has(bt, tpflags::MANAGED_DICT);
    let base_weak = base_has(bt, tpflags::HAS_WEAKREF);
    let (add_dict, add_weakref) = match &slots {
        Some(s) => (s.add_dict && !base_dict, s.add_weakref && !base_weak),
        None => {
            let var_sized =
                [&crate::types::int::INT_TYPE, &crate::types::tuple::TUPLE_TYPE, &crate::types::bytes::BYTES_TYPE]
                    .iter()
                    .any(|p| std::ptr::eq(&p.0.data, sb));
            (!base_dict, !base_weak && !var_sized)
        }
    };
    if base_dict || add_dict {
        flags |= tpflags::MANAGED_DICT;
    }
    if base_weak || add_weakref {
        flags |= tpflags::HAS_WEAKREF;
    }
    let own_slots = slots.as_ref().map(|s| s.names.clone()).unwrap_or_default();
    let first_slot = bt.nslots.get();
    let (layout, dealloc): (Layout, unsafe fn(std::ptr::NonNull<crate::object::ObjHeader>)) = if is_meta {
        (Layout::Builtin, drop_obj::<TypeObject>)
    } else {
        (Layout::Instance, drop_obj::<crate::types::object::Instance>)
    };
    let ty = TypeObject {
        name: RefCell::new(Cow::Owned(name_s.clone())),
        qualname: RefCell::new(Cow::Owned(qualname.unwrap_or(name_s))),
        module: "",
        doc: None,
        base: RefCell::new(Some(base.clone())),
        bases: RefCell::new(base_list.clone()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(dict),
        flags: Cell::new(flags),
        layout,
        slots: Slots::default(),
        dealloc,
        version: Cell::new(1),
        nslots: Cell::new(first_slot + own_slots.len() as u32),
        subclasses: RefCell::new(Vec::new()),
    };
    let cls = Obj::alloc(type_obj_of(&meta), ty);
    // The MRO's first entry is the class itself; holding a strong reference
    // to itself would leak it, so the MRO stores it but the class is immortal
    // for now (classes are rarely freed; cycle collection will handle it).
    cls.make_immortal();
    let mro = compute_mro(vm, &cls, &base_list)?;
    *type_payload(&cls).mro.borrow_mut() = mro;
    for b in &base_list {
        type_payload(b).subclasses.borrow_mut().push(cls.clone());
    }
    for (i, n) in own_slots.iter().enumerate() {
        let key = vm.intern(n);
        let d = crate::types::slot_member::new_slot_member(key.clone(), cls.clone(), (first_slot as usize) + i);
        type_payload(&cls).dict.borrow_mut().set_str(key, d);
    }
    crate::types::type_type::finish_class_dict(vm, &cls, add_dict, add_weakref);
    update_heap_slots(type_payload(&cls));
    // The dict and MRO were completed after allocation: drop anything the
    // type attribute cache holds for the half-built class.
    type_payload(&cls).bump_version();
    crate::types::type_type::set_names(vm, &cls)?;
    crate::types::type_type::init_subclass(vm, &cls, kw)?;
    Ok(cls)
}

/// The MRO of a new class: C3 of its bases, or the metaclass's own `mro()`.
fn compute_mro(vm: &mut Vm, cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let meta = cls.ty();
    if meta.is_heap_type() {
        let custom = meta.lookup_str("mro");
        let builtin = TYPE_TYPE.0.data.dict.borrow().get_rust_str("mro");
        if let (Some(f), Some(b)) = (custom, builtin) {
            if !f.is(&b) {
                // `type.mro` must work during the call: start from C3.
                let c3 = c3_or_error(vm, cls, bases)?;
                *type_payload(cls).mro.borrow_mut() = c3;
                let r = vm.call(&f, CallArgs::positional(std::slice::from_ref(cls)))?;
                let items = vm.collect_iterable(&r)?;
                for it in &items {
                    if as_type(it).is_none() {
                        return Err(vm.new_type_error(format!("mro() returned a non-class ('{}')", it.ty().name())));
                    }
                }
                return Ok(items);
            }
        }
    }
    c3_or_error(vm, cls, bases)
}

pub(crate) fn c3_or_error(vm: &mut Vm, cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    match crate::types::type_type::c3_mro(cls, bases) {
        Ok(m) => Ok(m),
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(|h| type_payload(h).name()).collect();
            Err(vm.new_type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )))
        }
    }
}
