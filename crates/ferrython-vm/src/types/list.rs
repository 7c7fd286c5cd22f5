//! `list`: a growable vector of values behind a `RefCell` (mutation during a
//! call into Python is detected rather than undefined).

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::BinOp;
use std::cell::RefCell;

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
}

pub static LIST_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "list",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|vm, v| {
                let items = as_list(v).expect("list").borrow().clone();
                vm.repr_sequence(v, &items, "[", "]")
            }),
            compare: Some(|vm, a, b, op| {
                let (Some(x), Some(y)) = (as_list(a), as_list(b)) else { return Ok(vm.not_implemented()) };
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                vm.compare_sequences(&x, &y, op)
            }),
            binary: Some(binary),
            hash: Some(unhashable),
            len: Some(|_, v| Ok(as_list(v).map(|l| l.borrow().len()).unwrap_or(0))),
            bool: Some(|_, v| Ok(as_list(v).is_some_and(|l| !l.borrow().is_empty()))),
            getitem: Some(|vm, v, key| {
                let list = as_list(v).expect("list");
                if let Some(i) = vm.index_value(key)? {
                    let items = list.borrow();
                    let n = items.len() as i64;
                    let idx = if i < 0 { i + n } else { i };
                    if idx < 0 || idx >= n {
                        return Err(vm.new_index_error("list index out of range".into()));
                    }
                    return Ok(items[idx as usize].clone());
                }
                // Resolve the slice first (it may run `__index__`), then copy
                // only the selected items: slicing must not copy the list.
                let len = list.borrow().len();
                if let Some((start, stop, step)) = vm.slice_indices(key, len)? {
                    let items = list.borrow();
                    let mut out = Vec::new();
                    let mut i = start;
                    while (step > 0 && i < stop) || (step < 0 && i > stop) {
                        if let Some(x) = items.get(i as usize) {
                            out.push(x.clone());
                        }
                        i += step;
                    }
                    return Ok(new_list(out));
                }
                Err(vm.new_type_error(format!("list indices must be integers or slices, not {}", key.ty().name())))
            }),
            setitem: Some(list_ass_subscript),
            contains: Some(|vm, v, item| {
                // Item by item, re-reading the list each time (an `__eq__`
                // may change it), as CPython's list_contains does.
                let list = as_list(v).expect("list");
                let mut i = 0;
                loop {
                    let Some(x) = list.borrow().get(i).cloned() else { return Ok(false) };
                    if x.is(item) || vm.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }),
            iter: Some(|vm, v| Ok(vm.new_list_iter_live(v.clone()))),
            ..SlotInit::EMPTY
        },
        drop_obj::<ListObj>,
    ),
);

/// `tp_hash` of the mutable containers (CPython's `PyObject_HashNotImplemented`).
pub fn unhashable(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Err(vm.new_type_error(format!("unhashable type: '{}'", v.ty().name())))
}

pub fn new_list(items: Vec<Value>) -> Value {
    Obj::alloc(&LIST_TYPE.0, ListObj { items: RefCell::new(items) })
}

/// The items of a list or of an instance of a list subclass.
pub fn as_list(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    match v.downcast_exact::<ListObj>(&LIST_TYPE) {
        Some(l) => Some(&l.items),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_list_exact),
    }
}

/// The items of an exact list (fast paths that must not bypass a subclass's dunders).
#[inline]
pub fn as_list_exact(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    v.downcast_exact::<ListObj>(&LIST_TYPE).map(|l| &l.items)
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
                if as_list(a).is_some() && !b.ty().is_heap_type() {
                    return Err(
                        vm.new_type_error(format!("can only concatenate list (not \"{}\") to list", b.ty().name()))
                    );
                }
                return Ok(vm.not_implemented());
            };
            let mut out = x.borrow().clone();
            out.extend(y.borrow().iter().cloned());
            Ok(new_list(out))
        }
        BinOp::Mul => {
            let (items, n) = match (as_list(a), as_list(b)) {
                (Some(l), _) => (l.borrow().clone(), b),
                (None, Some(l)) => (l.borrow().clone(), a),
                _ => return Ok(vm.not_implemented()),
            };
            let Some(n) = repeat_count(vm, n)? else { return Ok(vm.not_implemented()) };
            Ok(new_list(repeat_items(vm, &items, n)?))
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// The count of `seq * n`: `None` when `n` is not an int (or defers to a
/// class's reflected operator), CPython's TypeError for other types.
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = crate::types::int::small_or_bool(n) {
        return Ok(Some(i));
    }
    if crate::types::int::as_bigint_obj(n).is_some() {
        return Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name())));
    }
    if n.ty().is_heap_type() {
        if n.ty().lookup_str("__index__").is_some() {
            let i = vm.call_method(n, "__index__", &[])?;
            return repeat_count(vm, &i);
        }
        return Ok(None);
    }
    Err(vm.new_type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name())))
}

/// `items * n` (negative counts give an empty result). Results past 2**31
/// items raise MemoryError up front instead of exhausting memory.
pub fn repeat_items(vm: &mut Vm, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    let n = n.max(0) as usize;
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = items.len().checked_mul(n).filter(|&t| t <= 1 << 31);
    let Some(total) = total else {
        return Err(vm.new_exception_args(&crate::types::exceptions::MEMORY_ERROR.value(), vec![]));
    };
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

/// `l *= n`.
pub fn list_inplace_repeat(vm: &mut Vm, l: &Value, n: &Value) -> PyResult<Option<Value>> {
    let Some(n) = repeat_count(vm, n)? else { return Ok(None) };
    let items = as_list(l).expect("list").borrow().clone();
    let out = repeat_items(vm, &items, n)?;
    let old = std::mem::replace(&mut *as_list(l).expect("list").borrow_mut(), out);
    drop(old);
    Ok(Some(l.clone()))
}

/// The items of `v` for a slice assignment (CPython's `PySequence_Fast`):
/// `msg` replaces the TypeError of a non-iterable.
pub fn sequence_fast(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Some(l) = as_list(v) {
        return Ok(l.borrow().clone());
    }
    if let Some(t) = crate::types::tuple::as_tuple(v) {
        return Ok(t.to_vec());
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if e.is_instance_of(&crate::types::exceptions::TYPE_ERROR.0) => {
            return Err(vm.new_type_error(msg.to_string()))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `l[key] = value` / `del l[key]` (CPython's `list_ass_subscript`).
fn list_ass_subscript(vm: &mut Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let list = as_list(v).expect("list");
    if let Some(i) = vm.index_value(key)? {
        let mut items = list.borrow_mut();
        let n = items.len() as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            drop(items);
            return Err(vm.new_index_error("list assignment index out of range".into()));
        }
        let old = match value {
            Some(v) => std::mem::replace(&mut items[idx as usize], v),
            None => items.remove(idx as usize),
        };
        drop(items);
        drop(old);
        return Ok(());
    }
    let len = list.borrow().len();
    let Some((start, mut stop, step)) = vm.slice_indices(key, len)? else {
        return Err(vm.new_type_error(format!("list indices must be integers or slices, not {}", key.ty().name())));
    };
    if step == 1 {
        return list_ass_slice(vm, v, start, stop, value);
    }
    // `s[5:2] = []` selects nothing at 5, not at 2.
    if (step < 0 && start < stop) || (step > 0 && start > stop) {
        stop = start;
    }
    let slicelength = slice_length(start, stop, step);
    let indices: Vec<usize> = (0..slicelength).map(|k| (start + k as i64 * step) as usize).collect();
    match value {
        None => {
            let mut drop_mask = vec![false; len];
            for &i in &indices {
                drop_mask[i] = true;
            }
            let old = std::mem::take(&mut *list.borrow_mut());
            let mut kept = Vec::with_capacity(len - indices.len());
            let mut removed = Vec::with_capacity(indices.len());
            for (i, x) in old.into_iter().enumerate() {
                if drop_mask.get(i).copied().unwrap_or(false) {
                    removed.push(x);
                } else {
                    kept.push(x);
                }
            }
            *list.borrow_mut() = kept;
            drop(removed);
            Ok(())
        }
        Some(value) => {
            let seq = if value.is(v) {
                list.borrow().clone()
            } else {
                sequence_fast(vm, &value, "must assign iterable to extended slice")?
            };
            if seq.len() != slicelength {
                return Err(vm.new_value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {slicelength}",
                    seq.len()
                )));
            }
            let mut items = list.borrow_mut();
            let mut old = Vec::with_capacity(seq.len());
            for (&i, x) in indices.iter().zip(seq) {
                // The list cannot have changed length: `seq` was built before borrowing.
                if let Some(slot) = items.get_mut(i) {
                    old.push(std::mem::replace(slot, x));
                }
            }
            drop(items);
            drop(old);
            Ok(())
        }
    }
}

/// The number of indices `range(start, stop, step)` visits.
pub fn slice_length(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// `l[ilow:ihigh] = value` (CPython's `list_ass_slice`).
pub fn list_ass_slice(vm: &mut Vm, v: &Value, ilow: i64, ihigh: i64, value: Option<Value>) -> PyResult<()> {
    let list = as_list(v).expect("list");
    let new_items = match &value {
        None => Vec::new(),
        Some(x) if x.is(v) => list.borrow().clone(),
        Some(x) => sequence_fast(vm, x, "can only assign an iterable")?,
    };
    let mut items = list.borrow_mut();
    let n = items.len() as i64;
    let lo = ilow.clamp(0, n);
    let hi = ihigh.clamp(lo, n);
    let old: Vec<Value> = items.splice(lo as usize..hi as usize, new_items).collect();
    drop(items);
    drop(old);
    Ok(())
}
