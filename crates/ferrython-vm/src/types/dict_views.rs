//! Dict views (`dict_keys`, `dict_values`, `dict_items`) and the live dict
//! iterators (CPython: Objects/dictobject.c, `dictview_*`, `dictiter_*`).
//!
//! An iterator walks the dict's entry array by position and checks, on
//! every step, that the dict still has the size it had when iteration
//! began: `dictionary changed size during iteration` (sticky once raised).
//! A same-size mutation that adds a key the iterator did not expect is
//! `dictionary keys changed during iteration`.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::dict::{as_dict, dict_get};
use crate::types::{self, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Value,
    pub kind: ViewKind,
}

pub struct DictIter {
    dict: RefCell<Option<Value>>,
    /// The dict's size when iteration began; -1 after a change was reported.
    used: Cell<isize>,
    /// Next entry position (reverse iterators: the next one down, or -1).
    pos: Cell<isize>,
    /// Items still expected.
    remaining: Cell<usize>,
    kind: ViewKind,
    reverse: bool,
}

macro_rules! static_types {
    ($($static:ident = $name:literal, $slots:expr, $payload:ty;)*) => {
        $(
            pub static $static: StaticObj<TypeObject> = StaticObj::new(
                &crate::types::type_type::TYPE_TYPE,
                TypeObject::new_static($name, None, 0, Layout::Builtin, $slots, drop_obj::<$payload>),
            );
        )*
        pub fn all_static() -> Vec<&'static StaticObj<TypeObject>> { vec![$(&$static,)*] }
    };
}

const ITER_SLOTS: SlotInit =
    SlotInit { iter: Some(|_, v| Ok(v.clone())), next: Some(dict_iter_next), ..SlotInit::EMPTY };

const VIEW_SLOTS: SlotInit = SlotInit {
    repr: Some(view_repr),
    hash: Some(types::list::unhashable),
    len: Some(|_, v| Ok(view_dict(v).map(|d| d.borrow().len()).unwrap_or(0))),
    iter: Some(|_, v| {
        let view = as_view(v).expect("view");
        Ok(new_dict_iter(&view.dict, view.kind, false))
    }),
    contains: Some(view_contains),
    ..SlotInit::EMPTY
};

const SET_VIEW_SLOTS: SlotInit = SlotInit { compare: Some(view_compare), binary: Some(view_binary), ..VIEW_SLOTS };

static_types! {
    DICT_KEYS_TYPE = "dict_keys", SET_VIEW_SLOTS, DictView;
    DICT_VALUES_TYPE = "dict_values", VIEW_SLOTS, DictView;
    DICT_ITEMS_TYPE = "dict_items", SET_VIEW_SLOTS, DictView;
    DICT_KEY_ITER_TYPE = "dict_keyiterator", ITER_SLOTS, DictIter;
    DICT_VALUE_ITER_TYPE = "dict_valueiterator", ITER_SLOTS, DictIter;
    DICT_ITEM_ITER_TYPE = "dict_itemiterator", ITER_SLOTS, DictIter;
    DICT_REVKEY_ITER_TYPE = "dict_reversekeyiterator", ITER_SLOTS, DictIter;
    DICT_REVVALUE_ITER_TYPE = "dict_reversevalueiterator", ITER_SLOTS, DictIter;
    DICT_REVITEM_ITER_TYPE = "dict_reverseitemiterator", ITER_SLOTS, DictIter;
}

pub fn new_view(dict: &Value, kind: ViewKind) -> Value {
    let ty = match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    };
    Obj::alloc(&ty.0, DictView { dict: dict.clone(), kind })
}

pub fn as_view(v: &Value) -> Option<&DictView> {
    v.downcast_exact::<DictView>(&DICT_KEYS_TYPE)
        .or_else(|| v.downcast_exact::<DictView>(&DICT_VALUES_TYPE))
        .or_else(|| v.downcast_exact::<DictView>(&DICT_ITEMS_TYPE))
}

/// A `dict_keys` or `dict_items` view (the set-like ones).
pub fn as_set_view(v: &Value) -> Option<&DictView> {
    as_view(v).filter(|view| view.kind != ViewKind::Values)
}

fn view_dict(v: &Value) -> Option<&RefCell<crate::types::dict::DictData>> {
    as_view(v).and_then(|view| as_dict(&view.dict))
}

/// A live iterator over `dict` (forward from the first entry, or from the last).
pub fn new_dict_iter(dict: &Value, kind: ViewKind, reverse: bool) -> Value {
    let d = as_dict(dict).expect("dict").borrow();
    let used = d.len();
    let pos = if reverse { d.entries_len() as isize - 1 } else { 0 };
    drop(d);
    let ty = match (kind, reverse) {
        (ViewKind::Keys, false) => &DICT_KEY_ITER_TYPE,
        (ViewKind::Values, false) => &DICT_VALUE_ITER_TYPE,
        (ViewKind::Items, false) => &DICT_ITEM_ITER_TYPE,
        (ViewKind::Keys, true) => &DICT_REVKEY_ITER_TYPE,
        (ViewKind::Values, true) => &DICT_REVVALUE_ITER_TYPE,
        (ViewKind::Items, true) => &DICT_REVITEM_ITER_TYPE,
    };
    Obj::alloc(
        &ty.0,
        DictIter {
            dict: RefCell::new(Some(dict.clone())),
            used: Cell::new(used as isize),
            pos: Cell::new(pos),
            remaining: Cell::new(used),
            kind,
            reverse,
        },
    )
}

fn as_dict_iter(v: &Value) -> Option<&DictIter> {
    [
        &DICT_KEY_ITER_TYPE,
        &DICT_VALUE_ITER_TYPE,
        &DICT_ITEM_ITER_TYPE,
        &DICT_REVKEY_ITER_TYPE,
        &DICT_REVVALUE_ITER_TYPE,
        &DICT_REVITEM_ITER_TYPE,
    ]
    .into_iter()
    .find_map(|ty| v.downcast_exact::<DictIter>(ty))
}

/// What one step of a dict iterator found.
enum Step {
    Item(Value, Value),
    End,
    SizeChanged,
    KeysChanged,
}

/// `__length_hint__` (CPython's `dictiter_len`): the items still expected
/// while the dict keeps its size, else 0.
pub fn dict_iter_length_hint(v: &Value) -> Option<usize> {
    let it = as_dict_iter(v)?;
    let Some(dict) = it.dict.borrow().clone() else { return Some(0) };
    let same_size = it.used.get() == as_dict(&dict)?.borrow().len() as isize;
    Some(if same_size { it.remaining.get() } else { 0 })
}

fn dict_iter_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = as_dict_iter(v) else { return Ok(None) };
    let Some(dict) = it.dict.borrow().clone() else { return Ok(None) };
    let step = {
        let d = as_dict(&dict).expect("dict").borrow();
        if it.used.get() != d.len() as isize {
            it.used.set(-1);
            Step::SizeChanged
        } else {
            let mut i = it.pos.get();
            let mut found = None;
            while i >= 0 {
                match d.entry_at(i as usize) {
                    None => break,
                    Some(Some(e)) => {
                        found = Some((e.key.clone(), e.value.clone()));
                        break;
                    }
                    Some(None) => i += if it.reverse { -1 } else { 1 },
                }
            }
            match found {
                None => Step::End,
                Some(_) if it.remaining.get() == 0 => Step::KeysChanged,
                Some((k, val)) => {
                    it.pos.set(if it.reverse { i - 1 } else { i + 1 });
                    it.remaining.set(it.remaining.get() - 1);
                    Step::Item(k, val)
                }
            }
        }
    };
    match step {
        Step::Item(k, val) => Ok(Some(match it.kind {
            ViewKind::Keys => k,
            ViewKind::Values => val,
            ViewKind::Items => types::tuple::new_tuple_from_array([k, val]),
        })),
        Step::End => {
            *it.dict.borrow_mut() = None;
            Ok(None)
        }
        Step::SizeChanged => {
            Err(vm.new_exception(&types::exceptions::RUNTIME_ERROR, "dictionary changed size during iteration".into()))
        }
        Step::KeysChanged => {
            *it.dict.borrow_mut() = None;
            Err(vm.new_exception(&types::exceptions::RUNTIME_ERROR, "dictionary keys changed during iteration".into()))
        }
    }
}

fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let name = v.ty().name();
    if !vm.repr_enter(v) {
        return Ok(types::str::new_str("..."));
    }
    let items = vm.collect_iterable(v);
    let r = items.and_then(|items| {
        let mut out = format!("{name}([");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(x)?);
        }
        out.push_str("])");
        Ok(out)
    });
    vm.repr_leave(v);
    Ok(types::str::new_string(r?))
}

fn view_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let view = as_view(v).expect("view");
    let d = as_dict(&view.dict).expect("dict");
    match view.kind {
        ViewKind::Keys => Ok(dict_get(vm, d, x)?.is_some()),
        ViewKind::Items => {
            let Some(pair) = types::tuple::as_tuple(x).filter(|t| t.len() == 2) else { return Ok(false) };
            let (k, val) = (pair[0].clone(), pair[1].clone());
            match dict_get(vm, d, &k)? {
                Some(found) => Ok(found.is(&val) || vm.eq(&found, &val)?),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            let values: Vec<Value> = d.borrow().iter().map(|e| e.value.clone()).collect();
            for y in &values {
                if y.is(x) || vm.eq(y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Every item of `a` is in `b` (CPython's `all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Comparisons of `dict_keys`/`dict_items` with sets and set-like views.
fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if types::set::as_any_set(b).is_none() && as_set_view(b).is_none() {
        return Ok(vm.not_implemented());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(vm.bool(ok))
}

/// A new set from a view's items (`dictviews_to_set`: keys come straight from the dict).
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_view(v) {
        Some(view) if view.kind == ViewKind::Keys => types::set::make_new_set(vm, false, Some(&view.dict)),
        _ => types::set::make_new_set(vm, false, Some(v)),
    }
}

/// `-`, `&`, `|`, `^` with a set-like view on either side; results are sets.
fn view_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Sub => {
            let r = view_to_set(vm, a)?;
            types::set::difference_update_internal(vm, &r, b)?;
            Ok(r)
        }
        BinOp::Or => {
            let r = view_to_set(vm, a)?;
            let table = &types::set::as_set(&r).expect("set").table;
            types::set::update_internal(vm, table, b)?;
            Ok(r)
        }
        BinOp::Xor => {
            if let (Some(x), Some(y)) = (as_view(a), as_view(b)) {
                if x.kind == ViewKind::Items && y.kind == ViewKind::Items {
                    return items_xor(vm, &x.dict, &y.dict);
                }
            }
            let r = view_to_set(vm, a)?;
            types::set::symmetric_difference_update(vm, &r, b)?;
            Ok(r)
        }
        BinOp::And => view_intersect(vm, a, b),
        _ => Ok(vm.not_implemented()),
    }
}

/// CPython's `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if as_set_view(a).is_some() { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
    let len_self = vm.len(&this)?;
    if types::set::as_set(&other).is_some() && len_self <= vm.len(&other)? {
        return types::set::set_intersection(vm, &other, &this);
    }
    if as_set_view(&other).is_some() && vm.len(&other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = types::set::new_set();
    let table = &types::set::as_set(&result).expect("set").table;
    let it = vm.iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, &this, &x)? {
            types::set::add_key(vm, table, x)?;
        }
    }
    Ok(result)
}

/// `d1.items() ^ d2.items()` (CPython's `dictitems_xor`).
fn items_xor(vm: &mut Vm, d1: &Value, d2: &Value) -> PyResult<Value> {
    let temp = types::dict::new_dict();
    let first: Vec<(Value, Value)> =
        as_dict(d1).expect("dict").borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    types::dict_methods::dict_merge(vm, &temp, first)?;
    let result = types::set::new_set();
    let table = &types::set::as_set(&result).expect("set").table;
    let second: Vec<(Value, Value)> =
        as_dict(d2).expect("dict").borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    let td = as_dict(&temp).expect("dict");
    for (k, v2) in second {
        let delete = match dict_get(vm, td, &k)? {
            Some(v1) => v1.is(&v2) || vm.eq(&v1, &v2)?,
            None => false,
        };
        if delete {
            types::dict::dict_del(vm, td, &k)?;
        } else {
            types::set::add_key(vm, table, types::tuple::new_tuple_from_array([k, v2]))?;
        }
    }
    let rest = new_view(&temp, ViewKind::Items);
    types::set::update_internal(vm, table, &rest)?;
    Ok(result)
}
