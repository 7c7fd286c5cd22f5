//! `set` and `frozenset`: CPython's open-addressing set table.
//!
//! # Layout (CPython: Objects/setobject.c)
//!
//! A set is one table of `mask + 1` slots (a power of two, at least 8), each
//! empty, a dummy (a deleted entry, which keeps probe chains intact) or an
//! active `(hash, key)`. `fill` counts active + dummy slots, `used` active
//! ones. Iteration walks the slots in index order, so the order a set
//! prints in is a function of the hashes and of the history of the table;
//! every step below mirrors CPython so that this order is the same:
//!
//! * probing: start at `hash & mask`, look at that slot and the next
//!   `LINEAR_PROBES` ones when they fit before the end of the table, then
//!   jump with `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`;
//! * insertion reuses the last dummy met on the probe path, else takes the
//!   empty slot that ended it, and grows the table when `fill * 5 >= mask * 3`
//!   to the smallest power of two above `used * 4` (`used * 2` past 50,000);
//! * `set_merge` presizes and, for an empty target of the same size, copies
//!   the source table verbatim; `pop` walks from a moving `finger`.
//!
//! Comparing keys can run Python `__eq__`, which may mutate the set being
//! probed. No `RefCell` borrow is held across such a call: the candidate key
//! is cloned, the comparison runs, and the probe restarts if the table was
//! rebuilt or the slot changed meanwhile (`generation` counts rebuilds), as
//! CPython restarts when `so->table` or `entry->key` changed.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{self, tpflags, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp};
use std::cell::{Cell, RefCell};

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped whenever `slots` is replaced (resize, clear, swap).
    generation: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0, generation: 0 }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `(hash, key)` of the active slots in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The keys in table (iteration) order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// CPython's `set_insert_clean`: the key is known to be absent and the
    /// table to have no dummies on its path.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = slots[i + 1..=i + LINEAR_PROBES].iter_mut().find(|s| matches!(s, Slot::Empty)) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's `set_table_resize`: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
        self.generation += 1;
    }

    fn grow_after_insert(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(n);
        }
    }

    pub fn clear(&mut self) {
        // The old keys are dropped only once the table is consistent again.
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; MIN_SIZE]);
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
        drop(old);
    }

    /// CPython's `set_pop`.
    fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let Slot::Active(_, key) = std::mem::replace(&mut self.slots[i], Slot::Dummy) else { return None };
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    /// Resize away dummies after a bulk removal (`set_difference_update_internal`).
    fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
        self.resize(n);
    }
}

/// `a == b` when it needs no Python code (str with str, small int with small int).
fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if types::str::as_str_obj_exact(a).is_some() && types::str::as_str_obj_exact(b).is_some() {
        return Some(types::str::str_eq(a, b));
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(a.is(b));
    }
    None
}

/// What one slot says about `key`.
enum Look {
    Empty,
    Dummy,
    Match,
    Other,
    /// Same hash, needs Python `==` with this key.
    Compare(Value),
}

fn look(t: &SetTable, j: usize, key: &Value, hash: i64) -> Look {
    match &t.slots[j] {
        Slot::Empty => Look::Empty,
        Slot::Dummy => Look::Dummy,
        Slot::Active(h, k) if *h == hash => {
            if k.is(key) {
                return Look::Match;
            }
            match native_eq(k, key) {
                Some(true) => Look::Match,
                Some(false) => Look::Other,
                None => Look::Compare(k.clone()),
            }
        }
        Slot::Active(..) => Look::Other,
    }
}

/// Where a probe for a key ended.
enum Found {
    /// An active slot holding an equal key.
    Active(usize),
    /// Absent: the empty slot that ended the probe and the last dummy met.
    Absent { empty: usize, dummy: Option<usize> },
}

/// The probe loop shared by lookup, insertion and removal.
fn probe(vm: &mut Vm, cell: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<Found> {
    'restart: loop {
        // The scan reads the table without taking a borrow per slot:
        // nothing writes it until a comparison runs Python code, and the
        // table is looked up again after that (the generation check).
        // SAFETY: no mutable borrow of the table is live during a probe
        // (insertion and removal borrow it after the probe returns), and
        // `t` is not used after `vm.eq` without being taken again.
        let mut t: &SetTable = unsafe { cell.try_borrow_unguarded() }.expect("set table borrowed during a probe");
        let (mask, generation) = (t.mask(), t.generation);
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut dummy = None;
        loop {
            let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
            for j in i..=last {
                match look(t, j, key, hash) {
                    Look::Empty => return Ok(Found::Absent { empty: j, dummy }),
                    Look::Dummy => dummy = Some(j),
                    Look::Match => return Ok(Found::Active(j)),
                    Look::Other => {}
                    Look::Compare(k) => {
                        let eq = vm.eq(&k, key)?;
                        // SAFETY: as above; the comparison has returned.
                        t = unsafe { cell.try_borrow_unguarded() }.expect("set table borrowed during a probe");
                        let same =
                            t.generation == generation && matches!(&t.slots[j], Slot::Active(_, now) if now.is(&k));
                        if !same {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Found::Active(j));
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// CPython's `set_add_entry`.
pub fn add_entry(vm: &mut Vm, cell: &RefCell<SetTable>, key: Value, hash: i64) -> PyResult<()> {
    match probe(vm, cell, &key, hash)? {
        Found::Active(_) => Ok(()),
        Found::Absent { dummy: Some(d), .. } => {
            let mut t = cell.borrow_mut();
            t.slots[d] = Slot::Active(hash, key);
            t.used += 1;
            Ok(())
        }
        Found::Absent { empty, dummy: None } => {
            let mut t = cell.borrow_mut();
            t.slots[empty] = Slot::Active(hash, key);
            t.fill += 1;
            t.used += 1;
            t.grow_after_insert();
            Ok(())
        }
    }
}

/// Hashes `key` and adds it (`set_add_key`).
pub fn add_key(vm: &mut Vm, cell: &RefCell<SetTable>, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    add_entry(vm, cell, key, hash)
}

pub fn contains_entry(vm: &mut Vm, cell: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(matches!(probe(vm, cell, key, hash)?, Found::Active(_)))
}

/// Removes `key` if present; true when it was.
pub fn discard_entry(vm: &mut Vm, cell: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<bool> {
    match probe(vm, cell, key, hash)? {
        Found::Active(j) => {
            let old = {
                let mut t = cell.borrow_mut();
                t.used -= 1;
                std::mem::replace(&mut t.slots[j], Slot::Dummy)
            };
            drop(old);
            Ok(true)
        }
        Found::Absent { .. } => Ok(false),
    }
}

/// CPython's `set_merge`: adds every key of `other` (a snapshot of another table).
fn merge(vm: &mut Vm, cell: &RefCell<SetTable>, other: &RefCell<SetTable>) -> PyResult<()> {
    if std::ptr::eq(cell, other) {
        return Ok(());
    }
    let (other_slots, other_fill, other_used) = {
        let o = other.borrow();
        (o.slots.clone(), o.fill, o.used)
    };
    if other_used == 0 {
        return Ok(());
    }
    {
        let mut t = cell.borrow_mut();
        if (t.fill + other_used) * 5 >= t.mask() * 3 {
            let n = (t.used + other_used) * 2;
            t.resize(n);
        }
        if t.fill == 0 && t.slots.len() == other_slots.len() && other_fill == other_used {
            t.slots = other_slots;
            t.fill = other_fill;
            t.used = other_used;
            t.generation += 1;
            return Ok(());
        }
        if t.fill == 0 {
            for s in other_slots {
                if let Slot::Active(h, k) = s {
                    SetTable::insert_clean(&mut t.slots, h, k);
                }
            }
            t.fill = other_used;
            t.used = other_used;
            return Ok(());
        }
    }
    for s in other_slots {
        if let Slot::Active(h, k) = s {
            add_entry(vm, cell, k, h)?;
        }
    }
    Ok(())
}

/// CPython's `set_update_internal`: adds the items of any iterable.
pub fn update_internal(vm: &mut Vm, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_any_set(other) {
        return merge(vm, cell, &o.table);
    }
    if let Some(d) = types::dict::as_dict(other) {
        let entries: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        {
            let mut t = cell.borrow_mut();
            if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
                let n = (t.used + entries.len()) * 2;
                t.resize(n);
            }
        }
        for (h, k) in entries {
            add_entry(vm, cell, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        add_key(vm, cell, x)?;
    }
    Ok(())
}

// ----- the objects ---------------------------------------------------------

pub struct SetObj {
    pub table: RefCell<SetTable>,
    /// A frozenset's hash once computed.
    pub hash: Cell<Option<i64>>,
}

pub fn new_set_from_table(frozen: bool, table: SetTable) -> Value {
    let ty = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    Obj::alloc(&ty.0, SetObj { table: RefCell::new(table), hash: Cell::new(None) })
}

pub fn new_set() -> Value {
    new_set_from_table(false, SetTable::new())
}

/// The payload of a `set` or `frozenset`.
pub fn as_any_set(v: &Value) -> Option<&SetObj> {
    fn exact(v: &Value) -> Option<&SetObj> {
        v.downcast_exact::<SetObj>(&SET_TYPE).or_else(|| v.downcast_exact::<SetObj>(&FROZENSET_TYPE))
    }
    exact(v).or_else(|| crate::types::builtin_subclass::base_value(v).and_then(exact))
}

/// The payload of a (mutable) `set` (or of an instance of a set subclass).
pub fn as_set(v: &Value) -> Option<&SetObj> {
    match v.downcast_exact::<SetObj>(&SET_TYPE) {
        Some(s) => Some(s),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_set_exact),
    }
}

/// The payload of an exact `set`.
#[inline]
pub fn as_set_exact(v: &Value) -> Option<&SetObj> {
    v.downcast_exact::<SetObj>(&SET_TYPE)
}

/// Is `v` a frozenset (or an instance of a frozenset subclass)?
pub fn is_frozenset(v: &Value) -> bool {
    let exact = |v: &Value| v.downcast_exact::<SetObj>(&FROZENSET_TYPE).is_some();
    exact(v) || crate::types::builtin_subclass::base_value(v).is_some_and(exact)
}

/// `make_new_set(type, iterable)`.
pub fn make_new_set(vm: &mut Vm, frozen: bool, iterable: Option<&Value>) -> PyResult<Value> {
    let s = new_set_from_table(frozen, SetTable::new());
    if let Some(it) = iterable {
        update_internal(vm, &as_any_set(&s).expect("set").table, it)?;
    }
    Ok(s)
}

/// A new set of the same kind as `so` (set or frozenset) holding its items.
pub fn set_copy(vm: &mut Vm, so: &Value) -> PyResult<Value> {
    make_new_set(vm, is_frozenset(so), Some(so))
}

/// `key in so`, retrying an unhashable `set` key as a frozenset (`set_contains`).
pub fn set_contains(vm: &mut Vm, so: &Value, key: &Value) -> PyResult<bool> {
    let table = &as_any_set(so).expect("set").table;
    match vm.hash(key) {
        Ok(h) => contains_entry(vm, table, key, h),
        Err(e) => {
            if as_set(key).is_none() || !e.is_instance_of(&types::exceptions::TYPE_ERROR.0) {
                return Err(e);
            }
            let tmp = make_new_set(vm, true, Some(key))?;
            let h = vm.hash(&tmp)?;
            contains_entry(vm, table, &tmp, h)
        }
    }
}

/// The hash of a key for `remove`/`discard`: an unhashable `set` becomes a frozenset.
pub fn key_hash_or_frozen(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if as_set(key).is_none() || !e.is_instance_of(&types::exceptions::TYPE_ERROR.0) {
                return Err(e);
            }
            let tmp = make_new_set(vm, true, Some(key))?;
            let h = vm.hash(&tmp)?;
            Ok((tmp, h))
        }
    }
}

fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let so = as_any_set(v).expect("set");
    let name = v.ty().name();
    let keys = so.table.borrow().keys();
    if keys.is_empty() {
        return Ok(types::str::new_string(format!("{name}()")));
    }
    if !vm.repr_enter(v) {
        return Ok(types::str::new_string(format!("{name}(...)")));
    }
    let mut out = String::new();
    let mut result = Ok(());
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm.repr_string(k) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_leave(v);
    result?;
    // CPython writes the type name except for an exact set.
    let exact_set = as_set_exact(v).is_some();
    let s = if exact_set { format!("{{{out}}}") } else { format!("{name}({{{out}}})") };
    Ok(types::str::new_string(s))
}

fn frozenset_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let so = as_any_set(v).expect("frozenset");
    if let Some(h) = so.hash.get() {
        return Ok(h);
    }
    let hashes: Vec<i64> = so.table.borrow().entries().into_iter().map(|(h, _)| h).collect();
    let h = ferrython_algo::hash::hash_frozenset(hashes);
    so.hash.set(Some(h));
    Ok(h)
}

/// CPython's `set_issubset` for two sets.
pub fn is_subset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let (a, b) = (as_any_set(so).expect("set"), as_any_set(other).expect("set"));
    if a.table.borrow().len() > b.table.borrow().len() {
        return Ok(false);
    }
    let entries = a.table.borrow().entries();
    for (h, k) in entries {
        if !contains_entry(vm, &b.table, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_compare(vm: &mut Vm, v: &Value, w: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (as_any_set(v), as_any_set(w)) else { return Ok(vm.not_implemented()) };
    let (la, lb) = (a.table.borrow().len(), b.table.borrow().len());
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let hashes_differ = matches!((a.hash.get(), b.hash.get()), (Some(x), Some(y)) if x != y);
            let eq = la == lb && !hashes_differ && is_subset(vm, v, w)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => is_subset(vm, v, w)?,
        CmpOp::Ge => is_subset(vm, w, v)?,
        CmpOp::Lt => la < lb && is_subset(vm, v, w)?,
        CmpOp::Gt => la > lb && is_subset(vm, w, v)?,
    };
    Ok(vm.bool(r))
}

fn set_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if as_any_set(a).is_none() || as_any_set(b).is_none() {
        return Ok(vm.not_implemented());
    }
    match op {
        BinOp::Or => set_or(vm, a, b),
        BinOp::And => set_intersection(vm, a, b),
        BinOp::Sub => set_difference(vm, a, b),
        BinOp::Xor => set_symmetric_difference(vm, a, b),
        _ => Ok(vm.not_implemented()),
    }
}

pub fn set_or(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let result = set_copy(vm, so)?;
    if !so.is(other) {
        update_internal(vm, &as_any_set(&result).expect("set").table, other)?;
    }
    Ok(result)
}

/// CPython's `set_intersection`: the result keeps `so`'s kind.
pub fn set_intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return set_copy(vm, so);
    }
    let result = make_new_set(vm, is_frozenset(so), None)?;
    let rt = &as_any_set(&result).expect("set").table;
    if let Some(o) = as_any_set(other) {
        let s = as_any_set(so).expect("set");
        let (small, big) = if o.table.borrow().len() > s.table.borrow().len() { (s, o) } else { (o, s) };
        let entries = small.table.borrow().entries();
        for (h, k) in entries {
            if contains_entry(vm, &big.table, &k, h)? {
                add_entry(vm, rt, k, h)?;
            }
        }
        return Ok(result);
    }
    let st = &as_any_set(so).expect("set").table;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_entry(vm, st, &k, h)? {
            add_entry(vm, rt, k, h)?;
            if rt.borrow().len() >= st.borrow().len() {
                break;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
pub fn difference_update_internal(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let st = &as_any_set(so).expect("set").table;
    if so.is(other) {
        st.borrow_mut().clear();
        return Ok(());
    }
    if let Some(o) = as_any_set(other) {
        let entries = if o.table.borrow().len() >> 3 > st.borrow().len() {
            let tmp = set_intersection(vm, so, other)?;
            let e = as_any_set(&tmp).expect("set").table.borrow().entries();
            e
        } else {
            o.table.borrow().entries()
        };
        for (h, k) in entries {
            discard_entry(vm, st, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            discard_entry(vm, st, &k, h)?;
        }
    }
    st.borrow_mut().shrink_dummies();
    Ok(())
}

/// CPython's `set_difference`.
pub fn set_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let st = &as_any_set(so).expect("set").table;
    let other_size = if let Some(o) = as_any_set(other) {
        o.table.borrow().len()
    } else if let Some(d) = types::dict::as_dict(other) {
        d.borrow().len()
    } else {
        let result = set_copy(vm, so)?;
        difference_update_internal(vm, &result, other)?;
        return Ok(result);
    };
    if st.borrow().len() >> 2 > other_size {
        let result = set_copy(vm, so)?;
        difference_update_internal(vm, &result, other)?;
        return Ok(result);
    }
    let result = make_new_set(vm, is_frozenset(so), None)?;
    let rt = &as_any_set(&result).expect("set").table;
    let entries = st.borrow().entries();
    for (h, k) in entries {
        let present = match types::dict::as_dict(other) {
            Some(d) => types::dict::dict_get_hashed(vm, d, &k, h)?.is_some(),
            None => contains_entry(vm, &as_any_set(other).expect("set").table, &k, h)?,
        };
        if !present {
            add_entry(vm, rt, k, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let st = &as_any_set(so).expect("set").table;
    if so.is(other) {
        st.borrow_mut().clear();
        return Ok(());
    }
    let entries = if let Some(d) = types::dict::as_dict(other) {
        d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect()
    } else if let Some(o) = as_any_set(other) {
        o.table.borrow().entries()
    } else {
        let tmp = make_new_set(vm, is_frozenset(so), Some(other))?;
        let e = as_any_set(&tmp).expect("set").table.borrow().entries();
        e
    };
    for (h, k) in entries {
        if !discard_entry(vm, st, &k, h)? {
            add_entry(vm, st, k, h)?;
        }
    }
    Ok(())
}

pub fn set_symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let result = make_new_set(vm, is_frozenset(so), Some(other))?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

/// `so op= other` for sets: `Some(so)` when handled, `None` for NotImplemented.
pub fn set_inplace(vm: &mut Vm, so: &Value, other: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let Some(s) = as_set(so) else { return Ok(None) };
    if as_any_set(other).is_none() {
        return Ok(None);
    }
    match op {
        BinOp::Or => update_internal(vm, &s.table, other)?,
        BinOp::Sub => difference_update_internal(vm, so, other)?,
        BinOp::Xor => symmetric_difference_update(vm, so, other)?,
        BinOp::And => {
            let tmp = set_intersection(vm, so, other)?;
            swap_bodies(so, &tmp);
        }
        _ => return Ok(None),
    }
    Ok(Some(so.clone()))
}

/// Exchanges the tables of two sets (`set_swap_bodies`).
pub fn swap_bodies(a: &Value, b: &Value) {
    let (x, y) = (as_any_set(a).expect("set"), as_any_set(b).expect("set"));
    if std::ptr::eq(x, y) {
        return;
    }
    std::mem::swap(&mut *x.table.borrow_mut(), &mut *y.table.borrow_mut());
    x.table.borrow_mut().generation += 1;
    y.table.borrow_mut().generation += 1;
    x.hash.set(None);
    y.hash.set(None);
}

/// Removes and returns an arbitrary element.
pub fn set_pop(so: &SetObj) -> Option<Value> {
    so.table.borrow_mut().pop()
}

// ----- types ----------------------------------------------------------------

const SET_SLOTS: SlotInit = SlotInit {
    repr: Some(set_repr),
    hash: Some(crate::types::list::unhashable),
    compare: Some(set_compare),
    binary: Some(set_binary),
    len: Some(|_, v| Ok(as_any_set(v).map(|s| s.table.borrow().len()).unwrap_or(0))),
    bool: Some(|_, v| Ok(as_any_set(v).is_some_and(|s| !s.table.borrow().is_empty()))),
    contains: Some(set_contains),
    iter: Some(|_, v| Ok(new_set_iter(v.clone()))),
    ..SlotInit::EMPTY
};

pub static SET_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static("set", None, tpflags::BASETYPE, Layout::Builtin, SET_SLOTS, drop_obj::<SetObj>),
);

pub static FROZENSET_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "frozenset",
        None,
        tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit { hash: Some(frozenset_hash), ..SET_SLOTS },
        drop_obj::<SetObj>,
    ),
);

/// A live iterator over a set's table (`setiterobject`).
pub struct SetIter {
    set: RefCell<Option<Value>>,
    /// The set's size when iteration began; -1 once a change was reported.
    used: Cell<isize>,
    pos: Cell<usize>,
}

pub static SET_ITER_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "set_iterator",
        None,
        0,
        Layout::Builtin,
        SlotInit { iter: Some(|_, v| Ok(v.clone())), next: Some(set_iter_next), ..SlotInit::EMPTY },
        drop_obj::<SetIter>,
    ),
);

/// `__length_hint__`: the items not yet produced (0 once the set changed).
pub fn set_iter_length_hint(v: &Value) -> Option<usize> {
    let it = v.downcast_exact::<SetIter>(&SET_ITER_TYPE)?;
    let Some(set) = it.set.borrow().clone() else { return Some(0) };
    let t = as_any_set(&set)?.table.borrow();
    if it.used.get() != t.used as isize {
        return Some(0);
    }
    Some(t.slots.iter().skip(it.pos.get()).filter(|s| matches!(s, Slot::Active(..))).count())
}

pub fn new_set_iter(set: Value) -> Value {
    let used = as_any_set(&set).map(|s| s.table.borrow().len()).unwrap_or(0) as isize;
    Obj::alloc(&SET_ITER_TYPE.0, SetIter { set: RefCell::new(Some(set)), used: Cell::new(used), pos: Cell::new(0) })
}

fn set_iter_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast_exact::<SetIter>(&SET_ITER_TYPE).expect("set_iterator");
    let Some(set) = it.set.borrow().clone() else { return Ok(None) };
    let so = as_any_set(&set).expect("set");
    let found = {
        let t = so.table.borrow();
        if it.used.get() != t.used as isize {
            it.used.set(-1);
            None
        } else {
            let mut i = it.pos.get();
            while i < t.slots.len() && !matches!(t.slots[i], Slot::Active(..)) {
                i += 1;
            }
            it.pos.set(i + 1);
            match t.slots.get(i) {
                Some(Slot::Active(_, k)) => Some(Ok(k.clone())),
                _ => Some(Err(())),
            }
        }
    };
    match found {
        None => Err(vm.new_exception(&types::exceptions::RUNTIME_ERROR, "Set changed size during iteration".into())),
        Some(Ok(k)) => Ok(Some(k)),
        Some(Err(())) => {
            *it.set.borrow_mut() = None;
            Ok(None)
        }
    }
}

/// `set.__new__`: an empty set; `set.__init__` fills it (CPython's `set_new`
/// refuses keywords only for `set` itself, so subclasses may take them).
fn set_new(vm: &mut Vm, cls: &Value, a: CallArgs) -> PyResult<Value> {
    if crate::types::builtin_subclass::is_exact(cls, &SET_TYPE) && !a.kwnames.is_empty() {
        return Err(vm.new_type_error("set() takes no keyword arguments".into()));
    }
    let v = make_new_set(vm, false, None)?;
    crate::types::builtin_subclass::new_for(vm, cls, &SET_TYPE, v)
}

/// `set.__init__(self, iterable=())`: clears, then adds the items.
fn set_init(vm: &mut Vm, s: &Value, a: CallArgs) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error("set() takes no keyword arguments".into()));
    }
    let p = crate::args::positional(vm, "set", &a, 0, 1)?;
    let so = as_set(s).expect("set.__init__ on a set");
    *so.table.borrow_mut() = SetTable::new();
    if let Some(it) = p.first() {
        update_internal(vm, &so.table, it)?;
    }
    Ok(())
}

/// `set(iterable=())` and `frozenset(iterable=())`.
fn new_any_set(vm: &mut Vm, frozen: bool, a: crate::types::CallArgs) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = crate::args::positional(vm, name, &a, 0, 1)?;
    match p.first() {
        Some(x) if frozen && is_frozenset(x) => Ok(x.clone()),
        x => make_new_set(vm, frozen, x),
    }
}

/// Sets the constructors and adds the methods of `set` and `frozenset`.
pub fn install(vm: &mut Vm) {
    SET_TYPE.0.data.slots.new.set(Some(set_new));
    SET_TYPE.0.data.slots.init.set(Some(set_init));
    FROZENSET_TYPE.0.data.slots.new.set(Some(|vm, cls, a| {
        if crate::types::builtin_subclass::is_exact(cls, &FROZENSET_TYPE) && !a.kwnames.is_empty() {
            return Err(vm.new_type_error("frozenset() takes no keyword arguments".into()));
        }
        let v = new_any_set(vm, true, CallArgs { args: a.pos(), kwnames: &[] })?;
        crate::types::builtin_subclass::new_for(vm, cls, &FROZENSET_TYPE, v)
    }));
    crate::types::set_methods::install(vm);
}
