//! Inline caches for `LoadMethod` (`obj.name(...)`), one per name of a
//! code object: CPython 3.11's `LOAD_METHOD_NO_DICT` and
//! `LOAD_METHOD_WITH_DICT` in one.
//!
//! # Design
//!
//! `Vm::load_method` looks the name up on the object's type (through the
//! type attribute cache: a hash, three compares), checks that what it found
//! is a plain function, and then that the instance dict does not shadow it.
//! For one call site the type is nearly always the same, and while the type
//! cache's epoch is unchanged (no type dict or MRO anywhere has changed and
//! no type was freed, see `types::type_cache`) so is the answer. The cache
//! keeps the type's address, the epoch and the function found; a hit only
//! compares the two and, for instances that can have a `__dict__`, asks the
//! dict whether it has the name (a hit on a dict that does falls back to
//! the full path, which returns the dict's value).
//!
//! Ownership follows the type cache's: the cached function holds no count.
//! It is a value of a type dict of the MRO, unchanged while the epoch is,
//! so it is alive whenever the cache is used.

use crate::object::Value;
use crate::types::object::instance_dict;
use crate::types::{self, type_cache};
use std::cell::Cell;

#[derive(Default)]
pub struct MethodCache {
    /// The type's address, 0 when unused.
    ty: Cell<usize>,
    /// The type cache epoch when the entry was made.
    epoch: Cell<u64>,
    /// The bits of the function found on the type (no count held).
    func: Cell<usize>,
    /// Instances of the type can have a `__dict__` that would shadow it.
    check_dict: Cell<bool>,
}

impl MethodCache {
    /// The unbound function `obj.name` calls, when the cache answers for
    /// `obj`'s type and nothing shadows it.
    #[inline(always)]
    pub fn load(&self, obj: &Value, name: &Value) -> Option<Value> {
        if self.ty.get() != obj.type_obj() as *const _ as usize || self.epoch.get() != type_cache::epoch() {
            return None;
        }
        if self.check_dict.get() && shadowed(obj, name) {
            return None;
        }
        // SAFETY: the function is alive while the epoch is unchanged (see
        // the module comment).
        Some(unsafe { Value::clone_from_bits(self.func.get()) })
    }

    /// After `Vm::load_method` found `func` on `obj`'s type (it returned a
    /// `self`): remembers it for the type.
    pub fn learn(&self, obj: &Value, name: &Value, func: &Value) {
        // An immortal name is never freed (its address stays its own), and
        // one with its hash computed is what `shadowed` can look up.
        if !name.is_immortal() || types::str::str_hash_cached(name).is_none() {
            return;
        }
        self.ty.set(obj.type_obj() as *const _ as usize);
        self.epoch.set(type_cache::epoch());
        self.func.set(func.bits());
        self.check_dict.set(instance_dict(obj).is_some());
    }
}

/// Whether `obj`'s instance dict has `name`.
#[inline]
fn shadowed(obj: &Value, name: &Value) -> bool {
    let Some(cell) = instance_dict(obj) else { return false };
    // SAFETY (both unguarded borrows): the references are used for one
    // lookup right here; no code runs meanwhile that could write the
    // instance's dict slot or the dict (the key is an exact str).
    let Ok(dict) = (unsafe { cell.try_borrow_unguarded() }) else { return true };
    let Some(dict) = dict.as_ref() else { return false };
    match types::dict::as_dict(dict) {
        Some(d) => match unsafe { d.try_borrow_unguarded() } {
            Ok(data) => data.get_str(name).is_some(),
            Err(_) => true,
        },
        None => true,
    }
}
