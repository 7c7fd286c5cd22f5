//! `dict`: CPython's compact, ordered layout.
//!
//! `indices` is the open-addressing hash table (slots hold an index into
//! `entries`, or `EMPTY`/`DUMMY`); `entries` holds `(hash, key, value)` in
//! insertion order, with holes left by deletions until the next resize.
//! Probing follows CPython's recurrence (`i = 5*i + 1 + perturb`,
//! `perturb >>= 5`), so collisions resolve the same way.
//!
//! Comparing keys can run Python code (`__eq__`), which may mutate the very
//! dict being searched. Operations that may compare therefore take the
//! `RefCell` and never hold a borrow across a call into Python: they copy the
//! candidate key out, release the borrow, compare, and restart the probe if
//! the dict changed meanwhile (as CPython does).

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

const EMPTY: i64 = -1;
const DUMMY: i64 = -2;
const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictData {
    indices: Vec<i64>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Changes on every insertion or deletion (iteration and lookups check it).
    pub version: u64,
    /// Changes on every write, value replacements included (the global
    /// variable caches of the eval loop check it).
    pub writes: u64,
}

/// Outcome of a probe that did not need Python code.
enum Probe {
    Found(usize),
    Missing,
    /// Must compare `key` (an entry's key) with the Python `==`.
    Compare(Value, usize),
}

impl DictData {
    pub const fn new() -> Self {
        DictData { indices: Vec::new(), entries: Vec::new(), used: 0, version: 0, writes: 0 }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// The probe sequence of CPython's `lookdict`.
    fn probe(&self, hash: i64, key: &Value, mut same: impl FnMut(&Value) -> Option<bool>) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.key.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    if e.hash == hash {
                        match same(&e.key) {
                            Some(true) => return Probe::Found(ix as usize),
                            Some(false) => {}
                            None => return Probe::Compare(e.key.clone(), ix as usize),
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Lookup for str keys without the VM (globals, attribute dicts).
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let hash = crate::types::str::str_hash_cached(key)?;
        match self.probe(hash, key, |k| Some(crate::types::str::str_eq(k, key))) {
            Probe::Found(i) => self.entries[i].as_ref().map(|e| e.value.clone()),
            _ => None,
        }
    }

    /// `get_str` that also gives the entry's index, for a caller that
    /// remembers it as a hint (`value_at_if_key`).
    pub fn get_str_at(&self, key: &Value) -> Option<(usize, Value)> {
        let hash = crate::types::str::str_hash_cached(key)?;
        match self.probe(hash, key, |k| Some(crate::types::str::str_eq(k, key))) {
            Probe::Found(i) => self.entries[i].as_ref().map(|e| (i, e.value.clone())),
            _ => None,
        }
    }

    /// The value of entry `i` when that entry's key is `key` itself (the
    /// same object): a lookup with a remembered index, no hashing. Entries
    /// never move while they live, and a deleted one is `None`.
    #[inline]
    pub fn value_at_if_key(&self, i: usize, key: &Value) -> Option<&Value> {
        match self.entries.get(i) {
            Some(Some(e)) if e.key.is(key) => Some(&e.value),
            _ => None,
        }
    }

    /// Replaces the value of entry `i` when its key is `key` itself (see
    /// `value_at_if_key`), giving back the old value; gives `value` back
    /// when the entry is another.
    #[inline]
    pub fn replace_at_if_key(&mut self, i: usize, key: &Value, value: Value) -> Result<Value, Value> {
        match self.entries.get_mut(i) {
            Some(Some(e)) if e.key.is(key) => {
                self.writes += 1;
                Ok(std::mem::replace(&mut e.value, value))
            }
            _ => Err(value),
        }
    }

    /// `set_str` that gives the entry's index.
    pub fn set_str_at(&mut self, key: Value, value: Value) -> usize {
        let hash = crate::types::str::str_hash_cached(&key).expect("str key");
        match self.probe(hash, &key, |k| Some(crate::types::str::str_eq(k, &key))) {
            Probe::Found(i) => {
                if let Some(e) = &mut self.entries[i] {
                    e.value = value;
                }
                self.writes += 1;
                i
            }
            _ => {
                self.insert_new(hash, key, value);
                self.entries.len() - 1
            }
        }
    }

    /// Lookup by a Rust string (slow path: hashes the text each time).
    pub fn get_rust_str(&self, key: &str) -> Option<Value> {
        let hash = crate::types::str::hash_rust_str(key);
        let probe_key = Value::small_int(0); // never identical to a str key
        match self.probe(hash, &probe_key, |k| Some(crate::types::str::as_str(k) == Some(key))) {
            Probe::Found(i) => self.entries[i].as_ref().map(|e| e.value.clone()),
            _ => None,
        }
    }

    /// Insert for str keys without the VM.
    pub fn set_str(&mut self, key: Value, value: Value) {
        self.set_str_at(key, value);
    }

    /// Removes a str key without the VM.
    pub fn del_str(&mut self, key: &Value) -> Option<Value> {
        let hash = crate::types::str::str_hash_cached(key)?;
        match self.probe(hash, key, |k| Some(crate::types::str::str_eq(k, key))) {
            Probe::Found(i) => self.remove_entry(hash, i),
            _ => None,
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            // CPython's GROWTH_RATE: the smallest table holding used * 3.
            self.resize(self.used * 3);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = self.entries.len() as i64;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.version += 1;
        self.writes += 1;
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size < min_used {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        let mask = size - 1;
        for e in old.into_iter().flatten() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = self.entries.len() as i64;
            self.entries.push(Some(e));
        }
    }

    fn remove_entry(&mut self, hash: i64, ix: usize) -> Option<Value> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as i64 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = DUMMY;
        self.used -= 1;
        self.version += 1;
        self.writes += 1;
        self.entries[ix].take().map(|e| e.value)
    }

    /// Entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The `n`th slot of the entry array (for iterators that survive resizes badly
    /// — they check `version`).
    pub fn entry_at(&self, pos: usize) -> Option<Option<&Entry>> {
        self.entries.get(pos).map(|e| e.as_ref())
    }

    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.version += 1;
        self.writes += 1;
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    /// Length of the entry array, holes included (iterators walk it by position).
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// Removes the last entry (`popitem`); the entry array shrinks so the
    /// next insertion reuses its position, as CPython's `dk_nentries = i`.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let hash = self.entries[i].as_ref()?.hash;
        let key = self.entries[i].as_ref()?.key.clone();
        let value = self.remove_entry(hash, i)?;
        self.entries.truncate(i);
        Some((key, value))
    }
}

/// Can `a == b` be decided without running Python code? Returns the answer.
fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    use crate::types::str;
    if let (Some(_), Some(_)) = (str::as_str_obj_exact(a), str::as_str_obj_exact(b)) {
        return Some(str::str_eq(a, b));
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(a.is(b));
    }
    None
}

/// `d[key]` with full Python semantics.
pub fn dict_get(vm: &mut Vm, d: &RefCell<DictData>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    dict_get_hashed(vm, d, key, hash)
}

pub fn dict_get_hashed(vm: &mut Vm, d: &RefCell<DictData>, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    loop {
        let (probe, version) = {
            let data = d.borrow();
            (data.probe(hash, key, |k| native_eq(k, key)), data.version)
        };
        match probe {
            Probe::Found(i) => return Ok(d.borrow().entries[i].as_ref().map(|e| e.value.clone())),
            Probe::Missing => return Ok(None),
            Probe::Compare(candidate, i) => {
                let eq = vm.eq(&candidate, key)?;
                let data = d.borrow();
                if data.version != version {
                    continue;
                }
                if eq {
                    return Ok(data.entries[i].as_ref().map(|e| e.value.clone()));
                }
                // Not equal: continue probing past this entry by treating it as
                // different; a simple way is a second probe that skips it.
                drop(data);
                return probe_skipping(vm, d, key, hash, vec![i]);
            }
        }
    }
}

/// Slow path: probe while comparing each same-hash key with Python `==`.
fn probe_skipping(
    vm: &mut Vm,
    d: &RefCell<DictData>,
    key: &Value,
    hash: i64,
    mut unequal: Vec<usize>,
) -> PyResult<Option<Value>> {
    loop {
        let (probe, version) = {
            let data = d.borrow();
            let mut found = Probe::Missing;
            if !data.indices.is_empty() {
                let mask = data.mask();
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                loop {
                    let ix = data.indices[i];
                    if ix == EMPTY {
                        break;
                    }
                    if ix >= 0 && !unequal.contains(&(ix as usize)) {
                        if let Some(e) = &data.entries[ix as usize] {
                            if e.key.is(key) {
                                found = Probe::Found(ix as usize);
                                break;
                            }
                            if e.hash == hash {
                                match native_eq(&e.key, key) {
                                    Some(true) => {
                                        found = Probe::Found(ix as usize);
                                        break;
                                    }
                                    Some(false) => {}
                                    None => {
                                        found = Probe::Compare(e.key.clone(), ix as usize);
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
                }
            }
            (found, data.version)
        };
        match probe {
            Probe::Found(i) => return Ok(d.borrow().entries[i].as_ref().map(|e| e.value.clone())),
            Probe::Missing => return Ok(None),
            Probe::Compare(candidate, i) => {
                let eq = vm.eq(&candidate, key)?;
                if d.borrow().version != version {
                    unequal.clear();
                    continue;
                }
                if eq {
                    return Ok(d.borrow().entries[i].as_ref().map(|e| e.value.clone()));
                }
                unequal.push(i);
            }
        }
    }
}

/// Index of the entry whose key equals `key`, with Python semantics.
fn find_index(vm: &mut Vm, d: &RefCell<DictData>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut unequal = Vec::new();
    loop {
        let (probe, version) = {
            let data = d.borrow();
            let p = data.probe(hash, key, |k| native_eq(k, key));
            (p, data.version)
        };
        match probe {
            Probe::Found(i) => return Ok(Some(i)),
            Probe::Missing => return Ok(None),
            Probe::Compare(candidate, i) => {
                if unequal.contains(&i) {
                    // Fall back to the general search.
                    break;
                }
                let eq = vm.eq(&candidate, key)?;
                if d.borrow().version != version {
                    continue;
                }
                if eq {
                    return Ok(Some(i));
                }
                unequal.push(i);
                break;
            }
        }
    }
    // General case: linear scan of same-hash entries (rare: equal hashes, unequal keys).
    let candidates: Vec<(usize, Value)> = d
        .borrow()
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().filter(|e| e.hash == hash).map(|e| (i, e.key.clone())))
        .collect();
    for (i, k) in candidates {
        if unequal.contains(&i) {
            continue;
        }
        if k.is(key) || vm.eq(&k, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut Vm, d: &RefCell<DictData>, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    dict_set_hashed(vm, d, key, hash, value)
}

pub fn dict_set_hashed(vm: &mut Vm, d: &RefCell<DictData>, key: Value, hash: i64, value: Value) -> PyResult<()> {
    match find_index(vm, d, &key, hash)? {
        Some(i) => {
            let old = {
                let mut data = d.borrow_mut();
                data.writes += 1;
                data.entries[i].as_mut().map(|e| std::mem::replace(&mut e.value, value))
            };
            drop(old);
        }
        None => d.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// `del d[key]`; returns the removed value.
pub fn dict_del(vm: &mut Vm, d: &RefCell<DictData>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    match find_index(vm, d, key, hash)? {
        Some(i) => {
            let removed = d.borrow_mut().remove_entry(hash, i);
            Ok(removed)
        }
        None => Ok(None),
    }
}

/// The payload of a `dict` object.
pub struct DictObj {
    pub data: RefCell<DictData>,
}

pub static DICT_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "dict",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(dict_repr),
            hash: Some(crate::types::list::unhashable),
            len: Some(|_, v| Ok(as_dict(v).map(|d| d.borrow().len()).unwrap_or(0))),
            bool: Some(|_, v| Ok(as_dict(v).map(|d| !d.borrow().is_empty()).unwrap_or(false))),
            getitem: Some(dict_subscript),
            setitem: Some(|vm, d, k, v| {
                let data = as_dict(d).expect("dict");
                match v {
                    Some(v) => dict_set(vm, data, k.clone(), v),
                    None => match dict_del(vm, data, k)? {
                        Some(_) => Ok(()),
                        None => Err(vm.new_key_error(k.clone())),
                    },
                }
            }),
            contains: Some(|vm, d, k| Ok(dict_get(vm, as_dict(d).expect("dict"), k)?.is_some())),
            iter: Some(|_, d| {
                Ok(crate::types::dict_views::new_dict_iter(d, crate::types::dict_views::ViewKind::Keys, false))
            }),
            compare: Some(dict_compare),
            binary: Some(|vm, a, b, op| {
                if op != ferrython_bytecode::BinOp::Or || as_dict(a).is_none() || as_dict(b).is_none() {
                    return Ok(vm.not_implemented());
                }
                let entries: Vec<(Value, Value)> =
                    as_dict(a).expect("dict").borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                let new = new_dict_from(DictData::new());
                crate::types::dict_methods::dict_merge(vm, &new, entries)?;
                crate::types::dict_methods::dict_update_arg(vm, &new, b)?;
                Ok(new)
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<DictObj>,
    ),
);

pub fn new_dict() -> Value {
    Obj::alloc(&DICT_TYPE.0, DictObj { data: RefCell::new(DictData::new()) })
}

pub fn new_dict_from(data: DictData) -> Value {
    Obj::alloc(&DICT_TYPE.0, DictObj { data: RefCell::new(data) })
}

/// The table of a dict or of an instance of a dict subclass.
/// The write counter of a dict (`DictData::writes`), read without taking a
/// borrow (the global caches of the eval loop read two per `LoadGlobal`);
/// `None` for a non-dict or a dict being written.
#[inline]
pub fn writes_of(v: &Value) -> Option<u64> {
    let d = as_dict(v)?;
    // SAFETY: the reference reads one field and is dropped at once; no
    // code runs meanwhile that could write the dict.
    unsafe { d.try_borrow_unguarded() }.ok().map(|d| d.writes)
}

pub fn as_dict(v: &Value) -> Option<&RefCell<DictData>> {
    match v.downcast_exact::<DictObj>(&DICT_TYPE) {
        Some(d) => Some(&d.data),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_dict_exact),
    }
}

/// The table of a dict whose entries a merge may copy directly: an exact
/// dict, or a subclass instance that keeps dict's `__iter__` (CPython's
/// `dict_merge` test); others are merged through `keys()` and `__getitem__`.
pub fn as_dict_for_merge(v: &Value) -> Option<&RefCell<DictData>> {
    let d = as_dict(v)?;
    let own_iter = v.ty().slots.iter.get().map(|f| f as usize);
    if own_iter == DICT_TYPE.0.data.slots.iter.get().map(|f| f as usize) {
        Some(d)
    } else {
        None
    }
}

/// The table of an exact dict (namespaces, fast paths).
#[inline]
pub fn as_dict_exact(v: &Value) -> Option<&RefCell<DictData>> {
    v.downcast_exact::<DictObj>(&DICT_TYPE).map(|d| &d.data)
}

/// `d[k]` (CPython's `dict_subscript`): a missing key of a dict subclass
/// goes to its `__missing__`.
pub fn dict_subscript(vm: &mut Vm, d: &Value, k: &Value) -> PyResult<Value> {
    let data = as_dict(d).expect("dict");
    if let Some(v) = dict_get(vm, data, k)? {
        return Ok(v);
    }
    if d.ty().is_heap_type() {
        if let Some(missing) = vm.lookup_special(d, "__missing__") {
            return vm.call(&missing, CallArgs::positional(&[d.clone(), k.clone()]));
        }
    }
    Err(vm.new_key_error(k.clone()))
}

/// `==` and `!=` of two dicts (CPython's `dict_equal`); other orderings are not supported.
fn dict_compare(vm: &mut Vm, a: &Value, b: &Value, op: ferrython_bytecode::CmpOp) -> PyResult<Value> {
    use ferrython_bytecode::CmpOp;
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else { return Ok(vm.not_implemented()) };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented());
    }
    let mut equal = x.borrow().len() == y.borrow().len();
    if equal {
        let entries: Vec<(i64, Value, Value)> =
            x.borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
        for (h, k, v) in entries {
            match dict_get_hashed(vm, y, &k, h)? {
                Some(w) if v.is(&w) || vm.eq(&v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(vm.bool(equal == (op == CmpOp::Eq)))
}

fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let entries: Vec<(Value, Value)> =
        as_dict(v).expect("dict").borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    if entries.is_empty() {
        return Ok(crate::types::str::new_str("{}"));
    }
    if !vm.repr_enter(v) {
        return Ok(crate::types::str::new_str("{...}"));
    }
    let mut out = String::from("{");
    let mut result = Ok(());
    for (i, (k, val)) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm.repr_string(k).and_then(|k| Ok((k, vm.repr_string(val)?))) {
            Ok((k, val)) => {
                out.push_str(&k);
                out.push_str(": ");
                out.push_str(&val);
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_leave(v);
    result?;
    out.push('}');
    Ok(crate::types::str::new_string(out))
}
