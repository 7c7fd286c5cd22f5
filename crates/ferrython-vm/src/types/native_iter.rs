//! Iterators implemented by Rust closures: `enumerate`, `zip`, `map`,
//! `filter`, `reversed` and the other builtin iterator types. Each is its
//! own static type (so `type(x).__name__` is right) sharing one payload.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub type Step = Box<dyn FnMut(&mut Vm) -> PyResult<Option<Value>>>;

pub struct NativeIter {
    pub step: RefCell<Option<Step>>,
}

fn native_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    // SAFETY: only the types declared below allocate this payload; checked by name.
    let it = unsafe { v.payload_unchecked::<NativeIter>() };
    // Take the closure out while it runs: re-entrant `next` sees an exhausted iterator.
    let Some(mut step) = it.step.borrow_mut().take() else { return Ok(None) };
    let r = step(vm);
    if matches!(r, Ok(Some(_))) {
        *it.step.borrow_mut() = Some(step);
    }
    r
}

macro_rules! native_iter_types {
    ($($static:ident = $name:literal;)*) => {
        $(
            pub static $static: StaticObj<TypeObject> = StaticObj::new(
                &crate::types::type_type::TYPE_TYPE,
                TypeObject::new_static(
                    $name,
                    None,
                    0,
                    Layout::Builtin,
                    SlotInit { iter: Some(|_, v| Ok(v.clone())), next: Some(native_next), ..SlotInit::EMPTY },
                    drop_obj::<NativeIter>,
                ),
            );
        )*
        pub fn all_static() -> Vec<&'static StaticObj<TypeObject>> { vec![$(&$static,)*] }
    };
}

native_iter_types! {
    ENUMERATE_TYPE = "enumerate";
    ZIP_TYPE = "zip";
    MAP_TYPE = "map";
    FILTER_TYPE = "filter";
    REVERSED_TYPE = "reversed";
    CALLABLE_ITER_TYPE = "callable_iterator";
    LIST_REVERSE_ITER_TYPE = "list_reverseiterator";
    SEQ_GETITEM_ITER_TYPE = "iterator";
}

/// `iter(obj)` for an object with `__getitem__` but no `__iter__` (CPython's
/// `PySeqIter`): `obj[0]`, `obj[1]`, ... until IndexError or StopIteration.
pub fn new_getitem_iter(seq: Value) -> Value {
    let mut i: i64 = 0;
    new_native_iter(
        &SEQ_GETITEM_ITER_TYPE,
        Box::new(move |vm| {
            let idx = crate::types::int::new_int(i);
            match vm.get_item(&seq, &idx) {
                Ok(v) => {
                    i += 1;
                    Ok(Some(v))
                }
                Err(e)
                    if e.is_instance_of(&crate::types::exceptions::INDEX_ERROR.0)
                        || e.is_instance_of(&crate::types::exceptions::STOP_ITERATION.0) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }),
    )
}

pub fn new_native_iter(ty: &'static StaticObj<TypeObject>, step: Step) -> Value {
    Obj::alloc(&ty.0, NativeIter { step: RefCell::new(Some(step)) })
}
