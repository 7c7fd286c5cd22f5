//! Iterators over builtin sequences.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use std::cell::Cell;
use std::cell::RefCell;

/// Iterates a snapshot vector, or a live list (`source`), by index.
pub struct SeqIter {
    pub items: RefCell<Vec<Value>>,
    pub source: Option<Value>,
    pub pos: Cell<usize>,
}

macro_rules! seq_iter_type {
    ($static:ident, $name:literal) => {
        pub static $static: StaticObj<TypeObject> = StaticObj::new(
            &crate::types::type_type::TYPE_TYPE,
            TypeObject::new_static(
                $name,
                None,
                0,
                Layout::Builtin,
                SlotInit {
                    iter: Some(|_, v| Ok(v.clone())),
                    next: Some(|_, v| Ok(as_seq_iter(v).and_then(seq_iter_next))),
                    ..SlotInit::EMPTY
                },
                drop_obj::<SeqIter>,
            ),
        );
    };
}

// A list's iterator reads the live list; a tuple's a snapshot of its items.
seq_iter_type!(SEQ_ITER_TYPE, "list_iterator");
seq_iter_type!(TUPLE_ITER_TYPE, "tuple_iterator");

/// The payload of a list or tuple iterator.
#[inline]
pub fn as_seq_iter(v: &Value) -> Option<&SeqIter> {
    v.downcast_exact::<SeqIter>(&SEQ_ITER_TYPE).or_else(|| v.downcast_exact::<SeqIter>(&TUPLE_ITER_TYPE))
}

/// A tuple's iterator: it reads the (exact) tuple itself.
pub fn new_tuple_iter(tuple: Value) -> Value {
    Obj::alloc(&TUPLE_ITER_TYPE.0, SeqIter { items: RefCell::new(Vec::new()), source: Some(tuple), pos: Cell::new(0) })
}

/// An iterator over a snapshot of `items`.
pub fn new_seq_iter(items: Vec<Value>) -> Value {
    Obj::alloc(&TUPLE_ITER_TYPE.0, SeqIter { items: RefCell::new(items), source: None, pos: Cell::new(0) })
}

/// `__length_hint__` of list, tuple and range iterators.
pub fn seq_iter_length_hint(v: &Value) -> Option<usize> {
    if let Some(r) = v.downcast_exact::<RangeIter>(&RANGE_ITER_TYPE) {
        return Some(r.remaining.get().max(0) as usize);
    }
    let it = as_seq_iter(v)?;
    let len = match &it.source {
        Some(src) => match crate::types::tuple::as_tuple_exact(src) {
            Some(t) => t.len(),
            None => crate::types::list::as_list(src).map_or(0, |l| l.borrow().len()),
        },
        None => it.items.borrow().len(),
    };
    Some(len.saturating_sub(it.pos.get()))
}

/// The next item of a sequence iterator (also the eval loop's `for` fast path).
#[inline]
pub fn seq_iter_next(it: &SeqIter) -> Option<Value> {
    let pos = it.pos.get();
    let item = match &it.source {
        Some(src) => match crate::types::list::as_list(src) {
            Some(l) => l.borrow().get(pos).cloned(),
            None => crate::types::tuple::as_tuple_exact(src).and_then(|t| t.get(pos).cloned()),
        },
        None => it.items.borrow().get(pos).cloned(),
    };
    if item.is_some() {
        it.pos.set(pos + 1);
    } else {
        it.pos.set(usize::MAX / 2);
    }
    item
}

pub fn new_live_list_iter(list: Value) -> Value {
    Obj::alloc(&SEQ_ITER_TYPE.0, SeqIter { items: RefCell::new(Vec::new()), source: Some(list), pos: Cell::new(0) })
}

pub struct RangeIter {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
}

pub static RANGE_ITER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "range_iterator",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            iter: Some(|_, v| Ok(v.clone())),
            next: Some(|_, v| Ok(range_iter_next(v.downcast_exact::<RangeIter>(&RANGE_ITER_TYPE).expect("range")))),
            ..SlotInit::EMPTY
        },
        drop_obj::<RangeIter>,
    ),
);

#[inline]
pub fn range_iter_next(it: &RangeIter) -> Option<Value> {
    let rem = it.remaining.get();
    if rem <= 0 {
        return None;
    }
    let v = it.next.get();
    it.remaining.set(rem - 1);
    it.next.set(v.wrapping_add(it.step));
    Some(crate::types::int::new_int(v))
}

pub fn new_range_iter(start: i64, step: i64, len: i64) -> Value {
    Obj::alloc(&RANGE_ITER_TYPE.0, RangeIter { next: Cell::new(start), step, remaining: Cell::new(len) })
}
