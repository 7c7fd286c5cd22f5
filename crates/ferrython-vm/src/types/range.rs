//! `range` over machine-word bounds (CPython: Objects/rangeobject.c).
//!
//! Known gap: CPython's ranges take arbitrary ints; here `start`, `stop` and
//! `step` must fit in an `i64` (`range(2**70)` raises IndexError "cannot fit
//! 'int' into an index-sized integer"). Lengths are computed in `i128` so
//! that no in-bounds range overflows.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{self, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::CmpOp;

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of items (CPython's `compute_range_length`).
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    /// The `i`th item, `0 <= i < len`.
    pub fn item(&self, i: i64) -> i128 {
        self.start as i128 + i as i128 * self.step as i128
    }

    /// Position of the int `x` in the range, if it is an item.
    pub fn position(&self, x: i128) -> Option<i64> {
        let (start, step) = (self.start as i128, self.step as i128);
        let n = self.len() as i128;
        if n == 0 {
            return None;
        }
        let last = start + (n - 1) * step;
        let inside = if step > 0 { start <= x && x <= last } else { last <= x && x <= start };
        if inside && (x - start) % step == 0 {
            Some(((x - start) / step) as i64)
        } else {
            None
        }
    }
}

fn int_value(v: i128) -> Value {
    types::int::new_bigint(num_bigint::BigInt::from(v))
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = as_range(v).expect("range");
    let s = if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(types::str::new_string(s))
}

fn range_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = as_range(v).expect("range");
    if let Some(i) = vm.index_value(key)? {
        let n = r.len();
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            return Err(vm.new_index_error("range object index out of range".into()));
        }
        return Ok(int_value(r.item(idx)));
    }
    if let Some((start, stop, step)) = vm.slice_indices(key, r.len() as usize)? {
        // CPython's `compute_slice`: the slice's bounds mapped through the range.
        let new_start = r.item(start);
        let new_stop = r.item(stop);
        let new_step = r.step as i128 * step as i128;
        let fits = |x: i128| i64::try_from(x).ok();
        return match (fits(new_start), fits(new_stop), fits(new_step)) {
            (Some(a), Some(b), Some(c)) => Ok(new_range(a, b, c)),
            _ => Err(vm.new_overflow_error("range slice bounds do not fit in a machine word".into())),
        };
    }
    Err(vm.new_type_error(format!("range indices must be integers or slices, not {}", key.ty().name())))
}

/// An exact int as `i128` (bools go through the generic `==` path, as in CPython).
fn exact_int(v: &Value) -> Option<i128> {
    if types::bool_none::as_bool(v).is_some() {
        return None;
    }
    if let Some(i) = v.as_small_int() {
        return Some(i as i128);
    }
    types::int::as_bigint_obj(v).and_then(num_traits::ToPrimitive::to_i128)
}

/// Is `x` in the range: arithmetic for ints, `==` against every item otherwise.
pub fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = as_range(v).expect("range");
    if let Some(i) = exact_int(x) {
        return Ok(r.position(i).is_some());
    }
    if types::int::is_int(x) && types::bool_none::as_bool(x).is_none() {
        return Ok(false);
    }
    Ok(range_search(vm, r, x, false)?.is_some())
}

/// Generic search: the index of the first item equal to `x` (or the count when `count`).
pub fn range_search(vm: &mut Vm, r: &RangeObj, x: &Value, count: bool) -> PyResult<Option<i64>> {
    let mut found = 0;
    for i in 0..r.len() {
        let item = int_value(r.item(i));
        if vm.eq(&item, x)? {
            if !count {
                return Ok(Some(i));
            }
            found += 1;
        }
    }
    Ok(count.then_some(found))
}

/// `==` of ranges compares the sequences they describe (CPython's `range_equals`).
fn range_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_range(a), as_range(b)) else { return Ok(vm.not_implemented()) };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented());
    }
    let n = x.len();
    let eq = n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

/// CPython's `range_hash`: the hash of `(len, start, step)` with `None`
/// for the parts that do not matter.
fn range_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = as_range(v).expect("range");
    let n = r.len();
    let none = vm.none();
    let (a, b) = match n {
        0 => (none.clone(), none),
        1 => (types::int::new_int(r.start), none),
        _ => (types::int::new_int(r.start), types::int::new_int(r.step)),
    };
    let t = types::tuple::new_tuple_from_array([types::int::new_int(n), a, b]);
    vm.hash(&t)
}

fn range_getattr(vm: &mut Vm, v: &Value, name: &Value) -> PyResult<Value> {
    let r = as_range(v).expect("range");
    match types::str::as_str(name) {
        Some("start") => Ok(types::int::new_int(r.start)),
        Some("stop") => Ok(types::int::new_int(r.stop)),
        Some("step") => Ok(types::int::new_int(r.step)),
        _ => types::object::generic_getattr(vm, v, name),
    }
}

pub static RANGE_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "range",
        None,
        0,
        Layout::Builtin,
        SlotInit {
            repr: Some(range_repr),
            hash: Some(range_hash),
            compare: Some(range_compare),
            getattr: Some(range_getattr),
            len: Some(|_, v| Ok(as_range(v).expect("range").len() as usize)),
            bool: Some(|_, v| Ok(!as_range(v).expect("range").is_empty())),
            iter: Some(|_, v| {
                let r = as_range(v).expect("range");
                Ok(crate::types::iter::new_range_iter(r.start, r.step, r.len()))
            }),
            getitem: Some(range_getitem),
            contains: Some(range_contains),
            ..SlotInit::EMPTY
        },
        drop_obj::<RangeObj>,
    ),
);

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Obj::alloc(&RANGE_TYPE.0, RangeObj { start, stop, step })
}

pub fn as_range(v: &Value) -> Option<&RangeObj> {
    v.downcast_exact::<RangeObj>(&RANGE_TYPE)
}
