//! Inline caches for `obj.name` and `obj.name = v` on instances of classes.
//!
//! # Design
//!
//! `LoadAttr` and `StoreAttr` go through `Vm::getattr`/`Vm::setattr`: the
//! type's attribute slot, then (`object.__getattribute__`) a lookup of the
//! name along the type's MRO for a data descriptor, then the instance dict.
//! For the instance attributes of ordinary classes (`self.x`) the answer to
//! everything before the dict is the same every time for a given class, so
//! each code object keeps, per name, the one class for which it has been
//! checked (the shape of CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE`): its
//! instances use `object`'s attribute slots, have an instance dict, and the
//! class has no data descriptor of that name. While the type attribute
//! cache's epoch is unchanged (no type dict or MRO anywhere has changed and
//! no type was freed, see `types::type_cache`), that still holds, and the
//! instance dict is consulted directly.
//!
//! A miss (another class, a new epoch, a name not in the dict) takes the
//! full path, which then records the class if it qualifies. The cache never
//! answers an error: a read that does not find the name in the dict falls
//! back to the full path, which produces the exception (and runs
//! `__getattr__`).

use crate::object::Value;
use crate::types::object::{generic_getattr, generic_setattr, instance_dict};
use crate::types::{self, type_cache};
use std::cell::Cell;

/// One name's cache in a code object (see the module comment): up to
/// `WAYS` classes, since one name is often read on instances of several
/// classes (`self.name` in a base class's method).
#[derive(Default)]
pub struct AttrCache {
    /// The addresses of the classes, 0 when unused.
    types: [Cell<usize>; WAYS],
    /// The type cache epoch when the classes were checked; a new epoch
    /// empties the cache.
    epoch: Cell<u64>,
    /// The entry the next class replaces.
    next: Cell<u8>,
    /// Where the name was last found in an instance dict: instances of one
    /// class usually get their attributes in the same order, so the entry
    /// index is the same from one instance to the next. Checked by key
    /// identity before use (`DictData::value_at_if_key`), so a wrong hint
    /// only costs the probe it would have saved.
    hint: Cell<u32>,
}

const WAYS: usize = 4;

impl AttrCache {
    /// The instance dict of `obj` when this cache vouches for its class.
    #[inline]
    fn dict_of<'a>(&self, obj: &'a Value) -> Option<&'a std::cell::RefCell<Option<Value>>> {
        if obj.is_small_int() || self.epoch.get() != type_cache::epoch() {
            return None;
        }
        let ty = obj.type_obj() as *const _ as usize;
        if !self.types.iter().any(|t| t.get() == ty) {
            return None;
        }
        instance_dict(obj)
    }

    /// `obj.name` from the instance dict, if the cache applies and the dict
    /// has it.
    #[inline]
    pub fn load(&self, obj: &Value, name: &Value) -> Option<Value> {
        let cell = self.dict_of(obj)?;
        // SAFETY (both unguarded borrows): the references are used to read
        // and clone one value right here; no code runs meanwhile that could
        // write the instance's dict slot or the dict.
        let dict = unsafe { cell.try_borrow_unguarded() }.ok()?;
        let data = unsafe { types::dict::as_dict(dict.as_ref()?)?.try_borrow_unguarded() }.ok()?;
        if let Some(v) = data.value_at_if_key(self.hint.get() as usize, name) {
            return Some(v.clone());
        }
        let (i, v) = data.get_str_at(name)?;
        self.hint.set(i as u32);
        Some(v)
    }

    /// `obj.name = v` into the instance dict, if the cache applies; gives
    /// `v` back otherwise.
    #[inline]
    pub fn store(&self, obj: &Value, name: &Value, v: Value) -> Result<(), Value> {
        let Some(cell) = self.dict_of(obj) else { return Err(v) };
        let dict = cell.borrow_mut().get_or_insert_with(types::dict::new_dict).clone();
        match types::dict::as_dict(&dict) {
            Some(d) => {
                let mut data = d.borrow_mut();
                match data.replace_at_if_key(self.hint.get() as usize, name, v) {
                    Ok(old) => {
                        drop(data);
                        // The old value may run code as it goes: only once
                        // the dict is no longer borrowed.
                        drop(old);
                    }
                    Err(v) => {
                        let i = data.set_str_at(name.clone(), v);
                        self.hint.set(i as u32);
                    }
                }
                Ok(())
            }
            None => Err(v),
        }
    }

    /// After the full path handled `obj.name` (a read when `store` is
    /// false): remembers `obj`'s class if the cache can answer for it.
    pub fn learn(&self, obj: &Value, name: &Value, store: bool) {
        if obj.is_small_int() || !name.is_immortal() {
            return;
        }
        // Already vouched for: the full path ran because the name was not
        // in the instance dict (a method read as `obj.m`), which the cache
        // does not answer. Registering the class again would only push
        // another class out.
        let ty = obj.type_obj() as *const _ as usize;
        if self.epoch.get() == type_cache::epoch() && self.types.iter().any(|t| t.get() == ty) {
            return;
        }
        let t = obj.ty();
        if !t.is_heap_type() || instance_dict(obj).is_none() {
            return;
        }
        let generic = if store {
            t.slots.setattr.get().is_some_and(|f| std::ptr::fn_addr_eq(f, generic_setattr as types::SetAttrFn))
        } else {
            t.slots.getattr.get().is_some_and(|f| std::ptr::fn_addr_eq(f, generic_getattr as types::GetAttrFn))
        };
        if !generic {
            return;
        }
        if t.lookup(name).is_some_and(|d| d.ty().slots.descr_set.get().is_some()) {
            return;
        }
        let now = type_cache::epoch();
        if self.epoch.get() != now {
            for t in &self.types {
                t.set(0);
            }
            self.epoch.set(now);
            self.next.set(0);
        }
        let i = self.next.get() as usize % WAYS;
        self.types[i].set(obj.type_obj() as *const _ as usize);
        self.next.set(((i + 1) % WAYS) as u8);
    }
}
