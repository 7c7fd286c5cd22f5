//! `tuple`: an immutable array of values stored in the object itself.
//!
//! A tuple is one allocation, as in CPython: the header, the length, then
//! the items (`Obj::alloc_with_tail`). Tuples are made and freed constantly
//! (`BuildTuple`, `enumerate`, `dict.items()`, `str.partition`, multiple
//! return values), so a second allocation for a boxed slice cost about as
//! much again as the tuple itself, plus a pointer chase on every item read.
//! The empty tuple is one immortal object (`() is ()`, as in CPython).

use crate::object::{drop_obj_with_tail, Obj, ObjHeader, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::BinOp;
use std::ptr::NonNull;

/// The payload: the item count; the items follow the object in the same
/// allocation, and are never written after the tuple is made.
pub struct TupleObj {
    len: usize,
}

/// Bytes from the start of a tuple's payload to its first item.
const ITEMS_FROM_PAYLOAD: usize = std::mem::size_of::<Obj<TupleObj>>() - std::mem::offset_of!(Obj<TupleObj>, data);

impl TupleObj {
    #[inline(always)]
    fn items_ptr(&self) -> *const Value {
        // SAFETY: the items start right after the `Obj<TupleObj>` (where
        // `alloc_with_tail` puts the tail: `Obj<TupleObj>`'s size is a
        // multiple of `Value`'s alignment); for the static empty tuple this
        // is one past its end, never read (the length is 0).
        unsafe { (self as *const TupleObj as *const u8).add(ITEMS_FROM_PAYLOAD) as *const Value }
    }

    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `len` initialized items live at `items_ptr` as long as
        // the tuple (see `new_tuple_moved`).
        unsafe { std::slice::from_raw_parts(self.items_ptr(), self.len) }
    }
}

/// Frees a tuple: its items, then the one allocation.
///
/// # Safety
/// `ptr` is a tuple made by `new_tuple_moved`, with no references left.
unsafe fn dealloc_tuple(ptr: NonNull<ObjHeader>) {
    // SAFETY: guaranteed by the caller; the length is read before the items
    // are dropped, and the payload has no destructor of its own.
    unsafe {
        let obj = &*(ptr.as_ptr() as *const Obj<TupleObj>);
        let len = obj.data.len;
        let items = obj.data.items_ptr() as *mut Value;
        std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, len));
        drop_obj_with_tail::<TupleObj>(ptr, len * std::mem::size_of::<Value>());
    }
}

/// The empty tuple.
static EMPTY: StaticObj<TupleObj> = StaticObj::new(&TUPLE_TYPE, TupleObj { len: 0 });

/// Copies `len` items from `src` into a new tuple, which owns them from
/// then on.
///
/// # Safety
/// `src` points to `len` initialized values whose ownership moves to the
/// tuple: the caller must not drop them.
#[inline]
unsafe fn new_tuple_moved(src: *const Value, len: usize) -> Value {
    if len == 0 {
        return EMPTY.value();
    }
    let (v, tail) = Obj::alloc_with_tail(&TUPLE_TYPE.0, TupleObj { len }, len * std::mem::size_of::<Value>());
    // SAFETY: the tail is `len` fresh, suitably aligned slots (see
    // `items_ptr`); `src` holds `len` values whose ownership the caller
    // hands over.
    unsafe { std::ptr::copy_nonoverlapping(src, tail as *mut Value, len) };
    v
}

/// A tuple of copies of `items`.
pub fn new_tuple_from_slice(items: &[Value]) -> Value {
    for x in items {
        std::mem::forget(x.clone());
    }
    // SAFETY: each item's count was just raised, for the tuple to own.
    unsafe { new_tuple_moved(items.as_ptr(), items.len()) }
}

/// A tuple of exactly these items (`divmod`, `partition`, pairs).
pub fn new_tuple_from_array<const N: usize>(items: [Value; N]) -> Value {
    let items = std::mem::ManuallyDrop::new(items);
    // SAFETY: the array gives up its items (it is never dropped).
    unsafe { new_tuple_moved(items.as_ptr(), N) }
}

pub static TUPLE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "tuple",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let items = as_tuple(v).expect("tuple");
                if items.len() == 1 {
                    let r = vm.repr_string(&items[0])?;
                    return Ok(crate::types::str::new_string(format!("({r},)")));
                }
                vm.repr_sequence(v, items, "(", ")")
            }),
            hash: Some(|vm, v| {
                // The items cannot change while `v` is alive: a tuple is
                // immutable, and the caller holds it.
                let items = as_tuple(v).expect("tuple");
                let mut acc = TupleHasher::new();
                for item in items.iter() {
                    acc.add(vm.hash(item)?);
                }
                Ok(acc.finish(items.len()))
            }),
            compare: Some(|vm, a, b, op| {
                // No copies: tuples are immutable and the caller holds both.
                let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else { return Ok(vm.not_implemented()) };
                vm.compare_sequences(x, y, op)
            }),
            binary: Some(binary),
            len: Some(|_, v| Ok(as_tuple(v).map(|t| t.len()).unwrap_or(0))),
            bool: Some(|_, v| Ok(as_tuple(v).is_some_and(|t| !t.is_empty()))),
            getitem: Some(|vm, v, key| {
                let items = as_tuple(v).expect("tuple");
                if let Some(i) = vm.index_value(key)? {
                    let n = items.len() as i64;
                    let idx = if i < 0 { i + n } else { i };
                    if idx < 0 || idx >= n {
                        return Err(vm.new_index_error("tuple index out of range".into()));
                    }
                    return Ok(items[idx as usize].clone());
                }
                if let Some(sel) = vm.slice_select(key, items)? {
                    return Ok(new_tuple(sel));
                }
                Err(vm.new_type_error(format!("tuple indices must be integers or slices, not {}", key.ty().name())))
            }),
            contains: Some(|vm, v, item| {
                let items = as_tuple(v).expect("tuple");
                for x in items {
                    if x.is(item) || vm.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }),
            iter: Some(|_, v| {
                let exact = match crate::types::builtin_subclass::base_value(v) {
                    Some(base) if as_tuple_exact(v).is_none() => base.clone(),
                    _ => v.clone(),
                };
                Ok(crate::types::iter::new_tuple_iter(exact))
            }),
            ..SlotInit::EMPTY
        },
        dealloc_tuple,
    ),
);

pub fn new_tuple(mut items: Vec<Value>) -> Value {
    let n = items.len();
    // SAFETY: the vector forgets its items (length 0) before it is dropped,
    // so their ownership moves to the tuple; only its buffer is freed.
    unsafe {
        items.set_len(0);
        new_tuple_moved(items.as_ptr(), n)
    }
}

/// The items of a tuple or of an instance of a tuple subclass.
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    match v.downcast_exact::<TupleObj>(&TUPLE_TYPE) {
        Some(t) => Some(t.items()),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_tuple_exact),
    }
}

/// The items of an exact tuple.
#[inline]
pub fn as_tuple_exact(v: &Value) -> Option<&[Value]> {
    v.downcast_exact::<TupleObj>(&TUPLE_TYPE).map(TupleObj::items)
}

const P1: u64 = 11400714785074694791;
const P2: u64 = 14029467366897019727;
const P5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash (an xxHash-derived mix), fed one item hash at
/// a time.
pub struct TupleHasher(u64);

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher(P5)
    }

    pub fn add(&mut self, h: i64) {
        self.0 = self.0.wrapping_add((h as u64).wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1);
    }

    pub fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else {
                if as_tuple(a).is_some() && !b.ty().is_heap_type() {
                    return Err(
                        vm.new_type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.ty().name()))
                    );
                }
                return Ok(vm.not_implemented());
            };
            Ok(new_tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        BinOp::Mul => {
            let (items, n) = match (as_tuple(a), as_tuple(b)) {
                (Some(t), _) => (t, b),
                (None, Some(t)) => (t, a),
                _ => return Ok(vm.not_implemented()),
            };
            let Some(n) = crate::types::list::repeat_count(vm, n)? else { return Ok(vm.not_implemented()) };
            if n == 1 && as_tuple(a).is_some() {
                return Ok(a.clone());
            }
            let items = items.to_vec();
            Ok(new_tuple(crate::types::list::repeat_items(vm, &items, n)?))
        }
        _ => Ok(vm.not_implemented()),
    }
}
