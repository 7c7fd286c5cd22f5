//! Methods of `list` (see `types::methods` for how they are registered),
//! with the argument handling of CPython's Objects/listobject.c.

use crate::args::positional;
use crate::types::list::{as_list, list_ass_slice, new_list, LIST_TYPE};
use crate::types::methods::add_methods;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};
use crate::Value;

/// `self` of a list method (`descriptor 'append' for 'list' objects doesn't apply to a 'int' object`).
/// `self` of a list method: an exact list inline, the rest out of line.
#[inline(always)]
fn this<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if crate::types::list::as_list_exact(v).is_some() => Ok(v),
        _ => this_general(vm, name, a),
    }
}

#[inline(never)]
fn this_general<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
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
#[inline(always)]
fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

fn items_of(v: &Value) -> Vec<Value> {
    as_list(v).map(|l| l.borrow().clone()).unwrap_or_default()
}

/// A `Py_ssize_t` argument (`pop(i)`, `insert(i, x)`).
pub fn ssize_arg(vm: &mut Vm, x: &Value) -> PyResult<i64> {
    match vm.index_value(x) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => {
            if x.ty().is_heap_type() && x.ty().lookup_str("__index__").is_some() {
                let i = vm.call_method(x, "__index__", &[])?;
                return ssize_arg(vm, &i);
            }
            Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", x.ty().name())))
        }
        Err(e) if e.is_instance_of(&types::exceptions::INDEX_ERROR.0) => {
            Err(vm.new_overflow_error("Python int too large to convert to C ssize_t".into()))
        }
        Err(e) => Err(e),
    }
}

/// A `start`/`stop` bound of `index()` (CPython's `_PyEval_SliceIndexNotNone`):
/// huge ints saturate.
pub fn slice_index_arg(vm: &mut Vm, x: &Value) -> PyResult<i64> {
    if let Some(i) = types::int::small_or_bool(x) {
        return Ok(i);
    }
    if let Some(b) = types::int::as_bigint_obj(x) {
        return Ok(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX });
    }
    if x.ty().is_heap_type() && x.ty().lookup_str("__index__").is_some() {
        let i = vm.call_method(x, "__index__", &[])?;
        return slice_index_arg(vm, &i);
    }
    Err(vm.new_type_error("slice indices must be integers or have an __index__ method".into()))
}

/// `start`, `stop` of `seq.index(x, start, stop)` resolved against `len`.
pub fn index_bounds(vm: &mut Vm, p: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let resolve = |i: i64| -> usize {
        let i = if i < 0 { i.saturating_add(n).max(0) } else { i };
        i.min(n) as usize
    };
    let start = match p.get(1) {
        Some(x) => resolve(slice_index_arg(vm, x)?),
        None => 0,
    };
    let stop = match p.get(2) {
        Some(x) => resolve(slice_index_arg(vm, x)?),
        None => len,
    };
    Ok((start, stop))
}

/// `l.extend(iterable)`, also `l += iterable`.
pub fn list_extend(vm: &mut Vm, l: &Value, src: &Value) -> PyResult<()> {
    let items = if src.is(l) { items_of(l) } else { vm.collect_iterable(src)? };
    as_list(l).expect("list").borrow_mut().extend(items);
    Ok(())
}

fn append(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "append", &a)?;
    let p = positional(vm, "list.append", &rest(&a), 1, 1)?;
    as_list(s).expect("list").borrow_mut().push(p[0].clone());
    Ok(vm.none())
}

fn clear(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "clear", &a)?;
    positional(vm, "list.clear", &rest(&a), 0, 0)?;
    let old = std::mem::take(&mut *as_list(s).expect("list").borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn copy(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "copy", &a)?;
    positional(vm, "list.copy", &rest(&a), 0, 0)?;
    Ok(new_list(items_of(s)))
}

fn count(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "count", &a)?.clone();
    let p = positional(vm, "list.count", &rest(&a), 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    // Live indexing: an `__eq__` that shrinks the list ends the scan, as in CPython.
    loop {
        let item = as_list(&s).expect("list").borrow().get(i).cloned();
        let Some(x) = item else { break };
        if x.is(&p[0]) || vm.eq(&x, &p[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(types::int::new_int(n))
}

fn extend(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "extend", &a)?.clone();
    let p = positional(vm, "list.extend", &rest(&a), 1, 1)?;
    list_extend(vm, &s, &p[0])?;
    Ok(vm.none())
}

fn index(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "index", &a)?.clone();
    let p = positional(vm, "index", &rest(&a), 1, 3)?;
    let len = as_list(&s).expect("list").borrow().len();
    let (start, stop) = index_bounds(vm, p, len)?;
    let mut i = start;
    while i < stop {
        let item = as_list(&s).expect("list").borrow().get(i).cloned();
        let Some(x) = item else { break };
        if x.is(&p[0]) || vm.eq(&x, &p[0])? {
            return Ok(types::int::new_int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(&p[0])?;
    Err(vm.new_value_error(format!("{r} is not in list")))
}

fn insert(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "insert", &a)?;
    let p = positional(vm, "insert", &rest(&a), 2, 2)?;
    let i = ssize_arg(vm, &p[0])?;
    let mut items = as_list(s).expect("list").borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, p[1].clone());
    Ok(vm.none())
}

fn pop(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "pop", &a)?;
    let p = positional(vm, "pop", &rest(&a), 0, 1)?;
    let i = match p.first() {
        Some(x) => ssize_arg(vm, x)?,
        None => -1,
    };
    let l = as_list(s).expect("list");
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty list".into()));
    }
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.new_index_error("pop index out of range".into()));
    }
    let v = l.borrow_mut().remove(idx as usize);
    Ok(v)
}

fn remove(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "remove", &a)?.clone();
    let p = positional(vm, "list.remove", &rest(&a), 1, 1)?;
    let mut i = 0;
    loop {
        let item = as_list(&s).expect("list").borrow().get(i).cloned();
        let Some(x) = item else { break };
        if x.is(&p[0]) || vm.eq(&x, &p[0])? {
            list_ass_slice(vm, &s, i as i64, i as i64 + 1, None)?;
            return Ok(vm.none());
        }
        i += 1;
    }
    Err(vm.new_value_error("list.remove(x): x not in list".into()))
}

fn reverse(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "reverse", &a)?;
    positional(vm, "list.reverse", &rest(&a), 0, 0)?;
    as_list(s).expect("list").borrow_mut().reverse();
    Ok(vm.none())
}

fn sort(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "sort", &a)?.clone();
    crate::builtins::list_sort(vm, &s, rest(&a))?;
    Ok(vm.none())
}

fn contains(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__contains__", &a)?.clone();
    let p = positional(vm, "list.__contains__", &rest(&a), 1, 1)?;
    let r = vm.contains(&s, &p[0])?;
    Ok(vm.bool(r))
}

fn len(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__len__", &a)?;
    positional(vm, "list.__len__", &rest(&a), 0, 0)?;
    Ok(types::int::new_int(as_list(s).expect("list").borrow().len() as i64))
}

fn iadd(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__iadd__", &a)?.clone();
    let p = positional(vm, "list.__iadd__", &rest(&a), 1, 1)?;
    list_extend(vm, &s, &p[0])?;
    Ok(s)
}

fn imul(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__imul__", &a)?.clone();
    let p = positional(vm, "list.__imul__", &rest(&a), 1, 1)?;
    match types::list::list_inplace_repeat(vm, &s, &p[0])? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented()),
    }
}

/// `reversed(l)`: a live iterator from the end (`list_reverseiterator`).
fn reversed(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "__reversed__", &a)?.clone();
    positional(vm, "list.__reversed__", &rest(&a), 0, 0)?;
    let mut index = as_list(&s).expect("list").borrow().len() as i64 - 1;
    let mut source = Some(s);
    Ok(types::native_iter::new_native_iter(
        &types::native_iter::LIST_REVERSE_ITER_TYPE,
        Box::new(move |_| {
            let item = source.as_ref().and_then(|l| {
                let items = as_list(l)?.borrow();
                if index >= 0 && (index as usize) < items.len() {
                    items.get(index as usize).cloned()
                } else {
                    None
                }
            });
            match item {
                Some(x) => {
                    index -= 1;
                    Ok(Some(x))
                }
                None => {
                    source = None;
                    Ok(None)
                }
            }
        }),
    ))
}

pub fn install(vm: &mut Vm) {
    add_methods(
        vm,
        &LIST_TYPE,
        &[
            ("append", append),
            ("clear", clear),
            ("copy", copy),
            ("count", count),
            ("extend", extend),
            ("index", index),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("reverse", reverse),
            ("sort", sort),
            ("__contains__", contains),
            ("__len__", len),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__reversed__", reversed),
        ],
    );
}
