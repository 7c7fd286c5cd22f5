//! The type attribute cache: remembers the result of looking a name up
//! along a type's MRO (CPython's method cache in front of `_PyType_Lookup`).
//!
//! Every attribute read on an instance, every method call and every special
//! method the VM looks for (`__init__`, `__new__`, `__getattr__`, ...) starts
//! with a walk of the type's MRO, probing one dict per class. In
//! class-heavy code that walk dominates, and most of the answers never
//! change. The cache maps (type, name) to the answer, including "absent".
//!
//! Validity. One global epoch counter stands for "the contents of every type
//! dict and MRO as of now". It is bumped whenever a type's dict changes
//! (`TypeObject::bump_version`, called by every writer after start-up) and
//! whenever a type object is freed (so a new type allocated at the same
//! address never sees the old type's entries). An entry is used only if it
//! was filled in the current epoch. Changing a class attribute therefore
//! empties the whole cache; that is rare compared with lookups, and it makes
//! subclass invalidation free (no subclass lists are needed).
//!
//! Ownership. Entries hold no reference counts. A cached value is an entry
//! of some type dict of the MRO; as long as the epoch is unchanged that dict
//! entry is unchanged, so the value is alive. A cached `Value` name key must
//! be immortal (interned names are), so its address is never reused; other
//! names bypass the cache. `&str` names are compared by content, stored in
//! the entry.

use crate::object::Value;
use crate::types::TypeObject;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Starts at 1 so that zeroed entries are never current.
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Forgets every cached lookup.
pub fn invalidate_all() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

#[inline(always)]
pub(crate) fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

const VALUE_BITS: u32 = 12;
const STR_BITS: u32 = 10;
/// Longest `&str` name kept in an entry (all dunder names fit).
const MAX_STR: usize = 22;

/// One remembered lookup; `found` is the value's bits, 0 for "absent".
#[derive(Clone, Copy)]
struct ValueEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    found: usize,
}

#[derive(Clone, Copy)]
struct StrEntry {
    ty: usize,
    epoch: u64,
    found: usize,
    len: u8,
    text: [u8; MAX_STR],
}

struct Tables {
    by_value: [ValueEntry; 1 << VALUE_BITS],
    by_str: [StrEntry; 1 << STR_BITS],
}

thread_local! {
    static TABLES: UnsafeCell<Tables> = const {
        UnsafeCell::new(Tables {
            by_value: [ValueEntry { ty: 0, name: 0, epoch: 0, found: 0 }; 1 << VALUE_BITS],
            by_str: [StrEntry { ty: 0, epoch: 0, found: 0, len: 0, text: [0; MAX_STR] }; 1 << STR_BITS],
        })
    };
}

#[inline(always)]
fn slot(a: usize, b: usize, bits: u32) -> usize {
    let h = ((a >> 4) ^ b.rotate_left(17)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h >> (usize::BITS - bits)
}

/// A new reference to the value whose bits an entry keeps (0: absent).
#[inline(always)]
fn revive(found: usize) -> Option<Value> {
    // SAFETY: a current entry's bits belong to a value still stored in a
    // type dict (see the module comment), so it is alive.
    (found != 0).then(|| unsafe { Value::clone_from_bits(found) })
}

/// `t.lookup(name)` through the cache.
#[inline]
pub fn lookup(t: &TypeObject, name: &Value) -> Option<Value> {
    if !name.is_immortal() {
        return t.lookup_uncached(name);
    }
    let ty = t as *const TypeObject as usize;
    let i = slot(ty, name.bits(), VALUE_BITS);
    let now = epoch();
    TABLES.with(|tables| {
        // SAFETY: the tables are only touched here, by this thread, and no
        // reference into them outlives this closure; the lookup below runs
        // before the entry is borrowed again, so it may re-enter the cache.
        let hit = unsafe { (*tables.get()).by_value[i] };
        if hit.ty == ty && hit.name == name.bits() && hit.epoch == now {
            return revive(hit.found);
        }
        let r = t.lookup_uncached(name);
        let entry = ValueEntry { ty, name: name.bits(), epoch: now, found: r.as_ref().map_or(0, Value::bits) };
        // SAFETY: as above; no other borrow of the tables is live.
        unsafe { (*tables.get()).by_value[i] = entry };
        r
    })
}

/// `t.lookup_str(name)` through the cache.
#[inline]
pub fn lookup_str(t: &TypeObject, name: &str) -> Option<Value> {
    if name.len() > MAX_STR {
        return t.lookup_str_uncached(name);
    }
    let ty = t as *const TypeObject as usize;
    let key = name.bytes().fold(name.len(), |h, b| h.rotate_left(5) ^ b as usize);
    let i = slot(ty, key, STR_BITS);
    let now = epoch();
    TABLES.with(|tables| {
        // SAFETY: see `lookup`.
        let found = {
            let hit = unsafe { &(*tables.get()).by_str[i] };
            (hit.ty == ty && hit.epoch == now && &hit.text[..hit.len as usize] == name.as_bytes()).then_some(hit.found)
        };
        if let Some(found) = found {
            return revive(found);
        }
        let r = t.lookup_str_uncached(name);
        let mut text = [0; MAX_STR];
        text[..name.len()].copy_from_slice(name.as_bytes());
        let entry = StrEntry { ty, epoch: now, found: r.as_ref().map_or(0, Value::bits), len: name.len() as u8, text };
        // SAFETY: see `lookup`.
        unsafe { (*tables.get()).by_str[i] = entry };
        r
    })
}
