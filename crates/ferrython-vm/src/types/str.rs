//! `str`: UTF-8 text with its length in code points and a cached hash.
//!
//! ASCII strings (the vast majority) index in O(1) by byte; others walk the
//! text (a lazily built index is the planned improvement, see
//! `docs/internals/values.md`). Lone surrogates are not representable yet
//! (`docs/differences.md`).

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

pub struct StrObj {
    pub text: Box<str>,
    pub char_len: usize,
    /// -1 until computed.
    pub hash: Cell<i64>,
}

pub static STR_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "str",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(new_str(&repr_text(as_str(v).unwrap_or(""))))),
            str: Some(|_, v| Ok(v.clone())),
            hash: Some(|_, v| Ok(str_hash_cached(v).unwrap_or(0))),
            compare: Some(compare),
            binary: Some(binary),
            len: Some(|_, v| Ok(as_str_obj(v).map(|s| s.char_len).unwrap_or(0))),
            bool: Some(|_, v| Ok(as_str_obj(v).map(|s| s.char_len > 0).unwrap_or(false))),
            contains: Some(|vm, s, item| match as_str(item) {
                Some(needle) => Ok(as_str(s).unwrap_or("").contains(needle)),
                None => Err(vm.new_type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.ty().name()
                ))),
            }),
            getitem: Some(getitem),
            iter: Some(|vm, s| {
                let items: Vec<Value> =
                    as_str(s).unwrap_or("").chars().map(|c| new_str(c.encode_utf8(&mut [0; 4]))).collect();
                Ok(vm.new_list_iter(items))
            }),
            ..SlotInit::EMPTY
        },
        drop_obj::<StrObj>,
    ),
);

pub fn new_str(s: &str) -> Value {
    Obj::alloc(&STR_TYPE.0, StrObj { text: s.into(), char_len: s.chars().count(), hash: Cell::new(-1) })
}

pub fn new_string(s: String) -> Value {
    let char_len = s.chars().count();
    Obj::alloc(&STR_TYPE.0, StrObj { text: s.into_boxed_str(), char_len, hash: Cell::new(-1) })
}

pub fn as_str_obj(v: &Value) -> Option<&StrObj> {
    v.downcast_exact::<StrObj>(&STR_TYPE)
}

pub fn as_str(v: &Value) -> Option<&str> {
    as_str_obj(v).map(|s| &*s.text)
}

pub fn str_eq(a: &Value, b: &Value) -> bool {
    match (as_str_obj(a), as_str_obj(b)) {
        (Some(x), Some(y)) => a.is(b) || x.text == y.text,
        _ => false,
    }
}

/// The hash of a str value, computed once.
pub fn str_hash_cached(v: &Value) -> Option<i64> {
    let s = as_str_obj(v)?;
    let h = s.hash.get();
    if h != -1 {
        return Some(h);
    }
    let h = hash_rust_str(&s.text);
    s.hash.set(h);
    Some(h)
}

/// Hash of a text. Placeholder until the SipHash-1-3 of `ferrython-algo` is wired in.
pub fn hash_rust_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `repr()` of a str.
pub fn repr_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    ferrython_syntax::repr::repr_rust_str(s, &mut out);
    out
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: ferrython_bytecode::CmpOp) -> PyResult<Value> {
    use ferrython_bytecode::CmpOp::*;
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else { return Ok(vm.not_implemented()) };
    let r = match op {
        Lt => x < y,
        Le => x <= y,
        Eq => x == y,
        Ne => x != y,
        Gt => x > y,
        Ge => x >= y,
    };
    Ok(vm.bool(r))
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: ferrython_bytecode::BinOp) -> PyResult<Value> {
    use ferrython_bytecode::BinOp;
    match BinOp::from_u16(op as u16) {
        BinOp::Add => match (as_str(a), as_str(b)) {
            (Some(x), Some(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Ok(new_string(s))
            }
            _ => Ok(vm.not_implemented()),
        },
        BinOp::Mul => {
            let (s, n) = match (as_str(a), as_str(b)) {
                (Some(s), None) => (s, b),
                (None, Some(s)) => (s, a),
                _ => return Ok(vm.not_implemented()),
            };
            let Some(count) = vm.index_value(n)? else { return Ok(vm.not_implemented()) };
            let count = count.max(0) as usize;
            if count > 0 && s.len().checked_mul(count).is_none_or(|n| n > isize::MAX as usize) {
                return Err(vm.new_overflow_error("repeated string is too long".into()));
            }
            Ok(new_string(s.repeat(count)))
        }
        BinOp::Mod => {
            let Some(fmt) = as_str(a) else { return Ok(vm.not_implemented()) };
            vm.percent_format(fmt, b)
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn getitem(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<Value> {
    let obj = as_str_obj(s).expect("str");
    if let Some(i) = vm.index_value(key)? {
        let n = obj.char_len as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            return Err(vm.new_index_error("string index out of range".into()));
        }
        let c = if obj.text.len() == obj.char_len {
            obj.text[idx as usize..idx as usize + 1].to_string()
        } else {
            obj.text.chars().nth(idx as usize).map(String::from).unwrap_or_default()
        };
        return Ok(new_string(c));
    }
    if let Some((start, stop, step)) = vm.slice_indices(key, obj.char_len)? {
        let chars: Vec<char> = obj.text.chars().collect();
        let mut out = String::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(chars[i as usize]);
                i += step;
            }
        } else {
            while i > stop {
                out.push(chars[i as usize]);
                i += step;
            }
        }
        return Ok(new_string(out));
    }
    Err(vm.new_type_error(format!("string indices must be integers, not '{}'", key.ty().name())))
}
