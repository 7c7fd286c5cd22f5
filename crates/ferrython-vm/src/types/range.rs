//! `range` over machine-word bounds (big-int ranges are a known gap).

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
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
            repr: Some(|_, v| {
                let r = as_range(v).expect("range");
                let s = if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                };
                Ok(crate::types::str::new_string(s))
            }),
            len: Some(|_, v| Ok(as_range(v).expect("range").len() as usize)),
            bool: Some(|_, v| Ok(!as_range(v).expect("range").is_empty())),
            iter: Some(|_, v| {
                let r = as_range(v).expect("range");
                Ok(crate::types::iter::new_range_iter(r.start, r.step, r.len()))
            }),
            getitem: Some(|vm, v, key| {
                let r = as_range(v).expect("range");
                let Some(i) = vm.index_value(key)? else {
                    return Err(
                        vm.new_type_error(format!("range indices must be integers or slices, not {}", key.ty().name()))
                    );
                };
                let n = r.len();
                let idx = if i < 0 { i + n } else { i };
                if idx < 0 || idx >= n {
                    return Err(vm.new_index_error("range object index out of range".into()));
                }
                Ok(crate::types::int::new_int(r.start + idx * r.step))
            }),
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
