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

pub static SEQ_ITER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "iterator",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            iter: Some(|_, v| Ok(v.clone())),
            next: Some(|_, v| Ok(v.downcast_exact::<SeqIter>(&SEQ_ITER_TYPE).and_then(seq_iter_next))),
            ..SlotInit::EMPTY
        },
        drop_obj::<SeqIter>,
    ),
);

pub fn new_seq_iter(items: Vec<Value>) -> Value {
    Obj::alloc(&SEQ_ITER_TYPE.0, SeqIter { items: RefCell::new(items), source: None, pos: Cell::new(0) })
}

/// The next item of a sequence iterator (also the eval loop's `for` fast path).
#[inline]
pub fn seq_iter_next(it: &SeqIter) -> Option<Value> {
    let pos = it.pos.get();
    let item = match &it.source {
        Some(list) => crate::types::list::as_list(list).and_then(|l| l.borrow().get(pos).cloned()),
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
