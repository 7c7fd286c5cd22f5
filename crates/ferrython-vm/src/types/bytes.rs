//! `bytes` (immutable, hashable) and `bytearray` (a growable buffer), their
//! iterators, constructors and operators. The methods shared by both live in
//! `types::bytes_methods`; encodings in `types::codecs`.
//!
//! CPython: Objects/bytesobject.c, Objects/bytearrayobject.c,
//! Objects/bytes_methods.c.

use crate::object::{drop_obj, Obj, StaticObj, Value};
use crate::types::{self, CallArgs, Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::{BinOp, CmpOp};
use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

pub struct BytesObj {
    pub data: Box<[u8]>,
    /// -1 until computed.
    pub hash: Cell<i64>,
}

pub struct ByteArrayObj {
    pub data: RefCell<Vec<u8>>,
}

pub static BYTES_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "bytes",
        None,
        crate::types::tpflags::BASETYPE | crate::types::tpflags::NO_REFS,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(types::str::new_string(repr_bytes(as_bytes(v).unwrap_or(&[]))))),
            str: Some(|_, v| Ok(types::str::new_string(repr_bytes(as_bytes(v).unwrap_or(&[]))))),
            hash: Some(|_, v| Ok(bytes_hash(v))),
            compare: Some(compare),
            binary: Some(binary),
            len: Some(|_, v| Ok(as_bytes(v).map_or(0, <[u8]>::len))),
            getitem: Some(getitem),
            contains: Some(contains),
            iter: Some(|_, v| Ok(Obj::alloc(&BYTES_ITER_TYPE.0, BytesIter { seq: v.clone(), pos: Cell::new(0) }))),
            ..SlotInit::EMPTY
        },
        drop_obj::<BytesObj>,
    ),
);

pub static BYTEARRAY_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "bytearray",
        None,
        crate::types::tpflags::BASETYPE,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(types::str::new_string(repr_bytearray(v)))),
            str: Some(|_, v| Ok(types::str::new_string(repr_bytearray(v)))),
            hash: Some(|vm, _| Err(vm.new_type_error("unhashable type: 'bytearray'".into()))),
            compare: Some(compare),
            binary: Some(binary),
            len: Some(|_, v| Ok(as_bytearray(v).map_or(0, |b| b.borrow().len()))),
            getitem: Some(getitem),
            setitem: Some(bytearray_setitem),
            contains: Some(contains),
            iter: Some(|_, v| Ok(Obj::alloc(&BYTEARRAY_ITER_TYPE.0, BytesIter { seq: v.clone(), pos: Cell::new(0) }))),
            ..SlotInit::EMPTY
        },
        drop_obj::<ByteArrayObj>,
    ),
);

/// Iterator over a bytes or bytearray (live: sees bytearray mutation).
pub struct BytesIter {
    pub seq: Value,
    pub pos: Cell<usize>,
}

/// `__length_hint__`: the bytes not yet produced.
pub fn bytes_iter_length_hint(v: &Value) -> Option<usize> {
    let it = v
        .downcast_exact::<BytesIter>(&BYTES_ITER_TYPE)
        .or_else(|| v.downcast_exact::<BytesIter>(&BYTEARRAY_ITER_TYPE))?;
    Some(buffer(&it.seq).map_or(0, |b| b.len().saturating_sub(it.pos.get())))
}

fn bytes_iter_next(_vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: both iterator types below allocate `BytesIter` payloads only.
    let it = unsafe { it.payload_unchecked::<BytesIter>() };
    let pos = it.pos.get();
    let b = buffer(&it.seq).and_then(|b| b.get(pos).copied());
    match b {
        Some(b) => {
            it.pos.set(pos + 1);
            Ok(Some(Value::small_int(i64::from(b))))
        }
        None => {
            it.pos.set(usize::MAX / 2);
            Ok(None)
        }
    }
}

macro_rules! bytes_iter_type {
    ($static:ident, $name:literal) => {
        pub static $static: StaticObj<TypeObject> = StaticObj::new(
            &crate::types::type_type::TYPE_TYPE,
            TypeObject::new_static(
                $name,
                None,
                0,
                Layout::Builtin,
                SlotInit { iter: Some(|_, v| Ok(v.clone())), next: Some(bytes_iter_next), ..SlotInit::EMPTY },
                drop_obj::<BytesIter>,
            ),
        );
    };
}

bytes_iter_type!(BYTES_ITER_TYPE, "bytes_iterator");
bytes_iter_type!(BYTEARRAY_ITER_TYPE, "bytearray_iterator");

pub fn new_bytes(data: Vec<u8>) -> Value {
    Obj::alloc(&BYTES_TYPE.0, BytesObj { data: data.into_boxed_slice(), hash: Cell::new(-1) })
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Obj::alloc(&BYTEARRAY_TYPE.0, ByteArrayObj { data: RefCell::new(data) })
}

/// A new bytes or bytearray, same kind as `like`.
pub fn new_like(like: &Value, data: Vec<u8>) -> Value {
    if as_bytearray(like).is_some() {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// The data of bytes (or of an instance of a bytes subclass).
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    match v.downcast_exact::<BytesObj>(&BYTES_TYPE) {
        Some(b) => Some(&b.data),
        None => crate::types::builtin_subclass::base_value(v)
            .and_then(|b| b.downcast_exact::<BytesObj>(&BYTES_TYPE))
            .map(|b| &*b.data),
    }
}

/// The data of a bytearray (or of an instance of a bytearray subclass).
pub fn as_bytearray(v: &Value) -> Option<&RefCell<Vec<u8>>> {
    match v.downcast_exact::<ByteArrayObj>(&BYTEARRAY_TYPE) {
        Some(b) => Some(&b.data),
        None => crate::types::builtin_subclass::base_value(v)
            .and_then(|b| b.downcast_exact::<ByteArrayObj>(&BYTEARRAY_TYPE))
            .map(|b| &b.data),
    }
}

pub fn is_bytes_like(v: &Value) -> bool {
    as_bytes(v).is_some() || as_bytearray(v).is_some()
}

/// The contents of a bytes or a bytearray (borrowed).
pub enum Buffer<'a> {
    Bytes(&'a [u8]),
    Array(Ref<'a, Vec<u8>>),
}

impl Deref for Buffer<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buffer::Bytes(b) => b,
            Buffer::Array(r) => r,
        }
    }
}

/// The buffer of a bytes-like object (bytes or bytearray).
pub fn buffer(v: &Value) -> Option<Buffer<'_>> {
    if let Some(b) = as_bytes(v) {
        return Some(Buffer::Bytes(b));
    }
    as_bytearray(v).map(|b| Buffer::Array(b.borrow()))
}

/// A copy of a bytes-like object's contents.
pub fn buffer_vec(v: &Value) -> Option<Vec<u8>> {
    buffer(v).map(|b| b.to_vec())
}

/// The buffer of an argument that must be bytes-like, with CPython's
/// "a bytes-like object is required, not 'str'" otherwise.
pub fn expect_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer_vec(v) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", v.ty().name()))),
    }
}

pub fn repr_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    ferrython_syntax::repr::repr_bytes(b, &mut out);
    out
}

/// `repr(bytearray)`: the quotes are chosen as for bytes, but a single
/// quote is escaped even inside double quotes (CPython's bytearray_repr).
fn repr_bytearray(v: &Value) -> String {
    let data = as_bytearray(v).map(|b| b.borrow().clone()).unwrap_or_default();
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(data.len() + 14);
    out.push_str(&v.ty().name());
    out.push_str("(b");
    out.push(quote);
    for &b in &data {
        match b {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

/// `bytearray += x` and `bytearray *= n` mutate in place.
pub fn bytearray_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let cell = as_bytearray(a).expect("bytearray");
    match op {
        BinOp::Add => {
            let Some(extra) = buffer_vec(b) else {
                return Err(vm.new_type_error(format!("can't concat {} to bytearray", b.ty().name())));
            };
            cell.borrow_mut().extend(extra);
            Ok(Some(a.clone()))
        }
        BinOp::Mul => {
            let Some(n) = types::str::repeat_count(vm, b)? else {
                return Err(
                    vm.new_type_error(format!("can't multiply sequence by non-int of type '{}'", b.ty().name()))
                );
            };
            types::str::check_alloc(vm, cell.borrow().len().saturating_mul(n))?;
            let data = cell.borrow().repeat(n);
            *cell.borrow_mut() = data;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn bytes_hash(v: &Value) -> i64 {
    let b = v.downcast_exact::<BytesObj>(&BYTES_TYPE);
    let Some(b) = b.or_else(|| {
        crate::types::builtin_subclass::base_value(v).and_then(|b| b.downcast_exact::<BytesObj>(&BYTES_TYPE))
    }) else {
        return 0;
    };
    if b.hash.get() == -1 {
        b.hash.set(ferrython_algo::hash::hash_bytes(types::str::hash_secret(), &b.data));
    }
    b.hash.get()
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (buffer(a), buffer(b)) else { return Ok(vm.not_implemented()) };
    let ord = (*x).cmp(&*y);
    drop((x, y));
    Ok(vm.bool(types::int::cmp_result(ord, op)))
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match BinOp::from_u16(op as u16) {
        BinOp::Add => {
            let Some(mut x) = buffer_vec(a) else { return Ok(vm.not_implemented()) };
            match buffer(b) {
                Some(y) => x.extend_from_slice(&y),
                None if b.ty().is_heap_type() => return Ok(vm.not_implemented()),
                None => return Err(vm.new_type_error(format!("can't concat {} to {}", b.ty().name(), a.ty().name()))),
            }
            Ok(new_like(a, x))
        }
        BinOp::Mul => {
            let (seq, n) = if is_bytes_like(a) { (a, b) } else { (b, a) };
            let Some(data) = buffer_vec(seq) else { return Ok(vm.not_implemented()) };
            let Some(count) = types::str::repeat_count(vm, n)? else { return types::str::repeat_non_int(vm, n) };
            if count > 0 && data.len().checked_mul(count).is_none_or(|n| n > isize::MAX as usize) {
                if as_bytearray(seq).is_some() {
                    return Err(vm.new_exception(&types::exceptions::MEMORY_ERROR, String::new()));
                }
                return Err(vm.new_overflow_error("repeated bytes are too long".into()));
            }
            types::str::check_alloc(vm, data.len() * count)?;
            Ok(new_like(seq, data.repeat(count)))
        }
        BinOp::Mod => {
            let Some(fmt) = buffer_vec(a) else { return Ok(vm.not_implemented()) };
            let out = types::percent::format_bytes(vm, &fmt, b)?;
            Ok(new_like(a, out))
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// An index for `bytes[i]`: `Some(i)` for ints (and `__index__`).
fn index_arg(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = types::int::to_i64(key) {
        return Ok(Some(i));
    }
    if types::int::is_int(key) {
        return Err(vm.new_index_error(format!("cannot fit '{}' into an index-sized integer", key.ty().name())));
    }
    if key.ty().is_heap_type() && key.ty().lookup_str("__index__").is_some() {
        let r = vm.call_method(key, "__index__", &[])?;
        return index_arg(vm, &r);
    }
    Ok(None)
}

/// Collects the positions of a resolved slice.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let data = buffer_vec(v).unwrap_or_default();
    let kind = v.ty().name();
    if let Some(i) = index_arg(vm, key)? {
        let n = data.len() as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            let what = if kind == "bytes" { "index out of range" } else { "bytearray index out of range" };
            return Err(vm.new_index_error(what.into()));
        }
        return Ok(Value::small_int(i64::from(data[idx as usize])));
    }
    if let Some((start, stop, step)) = vm.slice_indices(key, data.len())? {
        let out: Vec<u8> = slice_positions(start, stop, step).map(|i| data[i]).collect();
        return Ok(new_like(v, out));
    }
    let kind = if kind == "bytes" { "byte" } else { "bytearray" };
    Err(vm.new_type_error(format!("{kind} indices must be integers or slices, not {}", key.ty().name())))
}

fn contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let data = buffer_vec(v).unwrap_or_default();
    if let Some(needle) = buffer_vec(item) {
        return Ok(find(&data, &needle, 0).is_some());
    }
    if !is_index_like(item) {
        return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", item.ty().name())));
    }
    let b = byte_value(vm, item)?;
    Ok(data.contains(&b))
}

/// First position of `needle` in `hay` at or after `from`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Last position of `needle` in `hay[..end]`, at or after `from`.
pub fn rfind(hay: &[u8], needle: &[u8], from: usize, end: usize) -> Option<usize> {
    if needle.len() > end.saturating_sub(from) {
        return None;
    }
    (from..=end - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

/// An int, or an instance of a class with `__index__`.
pub fn is_index_like(v: &Value) -> bool {
    types::int::is_int(v) || (v.ty().is_heap_type() && v.ty().lookup_str("__index__").is_some())
}

/// An int in range(256) (`bytearray.append(x)`, `x in b`, ...), with
/// CPython's messages.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match types::int::small_or_bool(v) {
        Some(i) => i,
        None if types::int::is_int(v) => -1,
        None => {
            if v.ty().is_heap_type() && v.ty().lookup_str("__index__").is_some() {
                let r = vm.call_method(v, "__index__", &[])?;
                return byte_value(vm, &r);
            }
            return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name())));
        }
    };
    u8::try_from(i).map_err(|_| vm.new_value_error("byte must be in range(0, 256)".into()))
}

fn bytearray_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let cell = as_bytearray(v).expect("bytearray");
    if let Some(i) = index_arg(vm, key)? {
        let b = match &value {
            Some(x) => Some(byte_value(vm, x)?),
            None => None,
        };
        let mut data = cell.borrow_mut();
        let n = data.len() as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            drop(data);
            return Err(vm.new_index_error("bytearray index out of range".into()));
        }
        match b {
            Some(b) => data[idx as usize] = b,
            None => {
                data.remove(idx as usize);
            }
        }
        return Ok(());
    }
    let len = cell.borrow().len();
    let Some((start, stop, step)) = vm.slice_indices(key, len)? else {
        return Err(vm.new_type_error(format!("bytearray indices must be integers or slices, not {}", key.ty().name())));
    };
    let new: Option<Vec<u8>> = match &value {
        None => None,
        Some(x) => Some(if let Some(b) = buffer_vec(x) {
            b
        } else if types::int::is_int(x) || types::str::as_str(x).is_some() {
            return Err(
                vm.new_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)".into())
            );
        } else {
            bytes_from_iterable(vm, x)?
        }),
    };
    let mut data = cell.borrow_mut();
    if step == 1 {
        let (s, e) = (start as usize, (stop.max(start)) as usize);
        data.splice(s..e, new.unwrap_or_default());
        return Ok(());
    }
    let positions: Vec<usize> = slice_positions(start, stop, step).collect();
    match new {
        None => {
            let mut sorted = positions;
            sorted.sort_unstable();
            for i in sorted.into_iter().rev() {
                data.remove(i);
            }
            Ok(())
        }
        Some(new) => {
            if new.len() != positions.len() {
                drop(data);
                return Err(vm.new_value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    positions.len()
                )));
            }
            for (i, b) in positions.into_iter().zip(new) {
                data[i] = b;
            }
            Ok(())
        }
    }
}

/// The bytes of an iterable of ints in range(256).
pub fn bytes_from_iterable(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    let items = vm.collect_iterable(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = match types::int::small_or_bool(it) {
            Some(i) => i,
            None if types::int::is_int(it) => -1,
            None => {
                if it.ty().is_heap_type() && it.ty().lookup_str("__index__").is_some() {
                    out.push(byte_value(vm, it)?);
                    continue;
                }
                return Err(
                    vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", it.ty().name()))
                );
            }
        };
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.new_value_error("bytes must be in range(0, 256)".into())),
        }
    }
    Ok(out)
}

/// The contents for `bytes(source, encoding, errors)` and
/// `bytearray(source, encoding, errors)`.
fn construct(vm: &mut Vm, kind: &str, a: CallArgs) -> PyResult<Vec<u8>> {
    let p = types::str_methods::clinic_kw(vm, kind, &a, &["source", "encoding", "errors"])?;
    let text_arg = |vm: &mut Vm, v: &Option<Value>, name: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(x) => match types::str::as_str(x) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.new_type_error(format!(
                    "{kind}() argument '{name}' must be str, not {}",
                    types::str_methods::arg_type_name(x)
                ))),
            },
        }
    };
    let encoding = text_arg(vm, &p[1], "encoding")?;
    let errors = text_arg(vm, &p[2], "errors")?;
    let Some(src) = &p[0] else {
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() { "encoding" } else { "errors" };
            return Err(vm.new_type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = types::str::as_str(src) {
        let Some(enc) = encoding else {
            return Err(vm.new_type_error("string argument without an encoding".into()));
        };
        let s = s.to_string();
        return types::codecs::encode(vm, &s, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if encoding.is_some() || errors.is_some() {
        let what = if encoding.is_some() { "encoding" } else { "errors" };
        return Err(vm.new_type_error(format!("{what} without a string argument")));
    }
    if kind == "bytes" && src.ty().is_heap_type() && src.ty().lookup_str("__bytes__").is_some() {
        let r = vm.call_method(src, "__bytes__", &[])?;
        return match as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.new_type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name()))),
        };
    }
    if let Some(b) = buffer_vec(src) {
        return Ok(b);
    }
    if let Some(n) = types::int::to_i64(src) {
        if n < 0 {
            return Err(vm.new_value_error("negative count".into()));
        }
        types::str::check_alloc(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if types::int::is_int(src) {
        return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer".into()));
    }
    if src.ty().slots.iter.get().is_none() {
        if src.ty().is_heap_type() && src.ty().lookup_str("__index__").is_some() {
            let r = vm.call_method(src, "__index__", &[])?;
            let n = types::int::small_or_bool(&r).unwrap_or(-1);
            if n < 0 {
                return Err(vm.new_value_error("negative count".into()));
            }
            return Ok(vec![0; n as usize]);
        }
        return Err(vm.new_type_error(format!("cannot convert '{}' object to {kind}", src.ty().name())));
    }
    match bytes_from_iterable(vm, src) {
        Err(e) if kind == "bytearray" && e.is_instance_of(&types::exceptions::VALUE_ERROR.0) => {
            Err(vm.new_value_error("byte must be in range(0, 256)".into()))
        }
        r => r,
    }
}

/// Installs the constructors and the methods.
pub fn install(vm: &mut Vm) {
    BYTES_TYPE.0.data.slots.new.set(Some(|vm, cls, a| {
        let data = construct(vm, "bytes", a)?;
        types::builtin_subclass::new_for(vm, cls, &BYTES_TYPE, new_bytes(data))
    }));
    BYTEARRAY_TYPE
        .0
        .data
        .slots
        .new
        .set(Some(|vm, cls, _| types::builtin_subclass::new_for(vm, cls, &BYTEARRAY_TYPE, new_bytearray(Vec::new()))));
    BYTEARRAY_TYPE.0.data.slots.init.set(Some(|vm, b, a| {
        let data = construct(vm, "bytearray", a)?;
        *as_bytearray(b).expect("bytearray.__init__ on a bytearray").borrow_mut() = data;
        Ok(())
    }));
    types::bytes_methods::install(vm);
}
