//! `tuple`: an immutable boxed slice of values.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::BinOp;

pub struct TupleObj {
    pub items: Box<[Value]>,
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
                let items = as_tuple(v).expect("tuple");
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(vm.hash(item)?);
                }
                Ok(hash_tuple(&hashes))
            }),
            compare: Some(|vm, a, b, op| {
                let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else { return Ok(vm.not_implemented()) };
                let (x, y) = (x.to_vec(), y.to_vec());
                vm.compare_sequences(&x, &y, op)
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
                let items = as_tuple(v).expect("tuple").to_vec();
                for x in &items {
                    if x.is(item) || vm.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }),
            iter: Some(|vm, v| Ok(vm.new_list_iter(as_tuple(v).expect("tuple").to_vec()))),
            ..SlotInit::EMPTY
        },
        drop_obj::<TupleObj>,
    ),
);

pub fn new_tuple(items: Vec<Value>) -> Value {
    Obj::alloc(&TUPLE_TYPE.0, TupleObj { items: items.into_boxed_slice() })
}

/// The items of a tuple or of an instance of a tuple subclass.
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    match v.downcast_exact::<TupleObj>(&TUPLE_TYPE) {
        Some(t) => Some(&t.items),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_tuple_exact),
    }
}

/// The items of an exact tuple.
#[inline]
pub fn as_tuple_exact(v: &Value) -> Option<&[Value]> {
    v.downcast_exact::<TupleObj>(&TUPLE_TYPE).map(|t| &*t.items)
}

/// CPython 3.11's tuple hash (an xxHash-derived mix).
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
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
