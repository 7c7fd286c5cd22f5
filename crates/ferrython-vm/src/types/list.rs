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
                let items = list.borrow().clone();
                if let Some(sel) = vm.slice_select(key, &items)? {
                    return Ok(new_list(sel));
                }
                Err(vm.new_type_error(format!("list indices must be integers or slices, not {}", key.ty().name())))
            }),
            setitem: Some(|vm, v, key, value| {
                let list = as_list(v).expect("list");
                if let Some(i) = vm.index_value(key)? {
                    let mut items = list.borrow_mut();
                    let n = items.len() as i64;
                    let idx = if i < 0 { i + n } else { i };
                    if idx < 0 || idx >= n {
                        let what = if value.is_some() { "assignment" } else { "deletion" };
                        drop(items);
                        return Err(vm.new_index_error(format!("list {what} index out of range")));
                    }
                    let old = match value {
                        Some(v) => std::mem::replace(&mut items[idx as usize], v),
                        None => items.remove(idx as usize),
                    };
                    drop(items);
                    drop(old);
                    return Ok(());
                }
                Err(vm.new_type_error(format!("list indices must be integers or slices, not {}", key.ty().name())))
            }),
            contains: Some(|vm, v, item| {
                let items = as_list(v).expect("list").borrow().clone();
                for x in &items {
                    if x.is(item) || vm.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }),
            iter: Some(|vm, v| Ok(vm.new_list_iter_live(v.clone()))),
            ..SlotInit::EMPTY
        },
        drop_obj::<ListObj>,
    ),
);

pub fn new_list(items: Vec<Value>) -> Value {
    Obj::alloc(&LIST_TYPE.0, ListObj { items: RefCell::new(items) })
}

pub fn as_list(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    v.downcast_exact::<ListObj>(&LIST_TYPE).map(|l| &l.items)
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let inplace = false;
    let _ = inplace;
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_list(a), as_list(b)) else { return Ok(vm.not_implemented()) };
            let mut out = x.borrow().clone();
            out.extend(y.borrow().iter().cloned());
            Ok(new_list(out))
        }
        BinOp::Mul => {
            let (items, n) = match (as_list(a), as_list(b)) {
                (Some(l), None) => (l.borrow().clone(), b),
                (None, Some(l)) => (l.borrow().clone(), a),
                _ => return Ok(vm.not_implemented()),
            };
            let Some(n) = vm.index_value(n)? else { return Ok(vm.not_implemented()) };
            let n = n.max(0) as usize;
            let mut out = Vec::with_capacity(items.len().saturating_mul(n));
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(new_list(out))
        }
        _ => Ok(vm.not_implemented()),
    }
}
