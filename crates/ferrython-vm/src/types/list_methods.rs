//! Methods of `list` (see `types::methods` for how they are registered).

use crate::args::positional;
use crate::types::list::{as_list, LIST_TYPE};
use crate::types::methods::add_methods;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use crate::Value;

/// `self` of a list method (`descriptor 'append' for 'list' objects doesn't apply to a 'int' object`).
fn this<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if as_list(v).is_some() => Ok(v),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

/// The arguments after `self`.
fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &LIST_TYPE,
        &[
            ("append", |vm, a| {
                let s = this(vm, "append", &a)?;
                let p = positional(vm, "list.append", &rest(&a), 1, 1)?;
                as_list(s).expect("list").borrow_mut().push(p[0].clone());
                Ok(vm.none())
            }),
            ("pop", |vm, a| {
                let s = this(vm, "pop", &a)?;
                let p = positional(vm, "pop", &rest(&a), 0, 1)?;
                let l = as_list(s).expect("list");
                let n = l.borrow().len() as i64;
                if n == 0 {
                    return Err(vm.new_index_error("pop from empty list".into()));
                }
                let i = match p.first() {
                    Some(x) => match vm.index_value(x)? {
                        Some(i) => i,
                        None => {
                            return Err(vm.new_type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                x.ty().name()
                            )))
                        }
                    },
                    None => -1,
                };
                let idx = if i < 0 { i + n } else { i };
                if idx < 0 || idx >= n {
                    return Err(vm.new_index_error("pop index out of range".into()));
                }
                let v = l.borrow_mut().remove(idx as usize);
                Ok(v)
            }),
            ("sort", |vm, a| {
                let s = this(vm, "sort", &a)?.clone();
                crate::builtins::list_sort(vm, &s, rest(&a))?;
                Ok(vm.none())
            }),
        ],
    );
    let _ = types::list::new_list;
}
