//! Cells: the boxes closures share variables through.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use std::cell::RefCell;

pub struct CellObj {
    pub contents: RefCell<Option<Value>>,
}

pub static CELL_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static("cell", None, 0, Layout::Builtin, SlotInit::EMPTY, drop_obj::<CellObj>),
);

pub fn new_cell(v: Option<Value>) -> Value {
    Obj::alloc(&CELL_TYPE.0, CellObj { contents: RefCell::new(v) })
}

pub fn as_cell(v: &Value) -> Option<&RefCell<Option<Value>>> {
    v.downcast_exact::<CellObj>(&CELL_TYPE).map(|c| &c.contents)
}
