//! `str`: UTF-8 text with its length in code points and a cached hash.
//!
//! ASCII strings (the vast majority) index in O(1) by byte; others walk the
//! text (a lazily built index is the planned improvement, see
//! `docs/internals/values.md`). Lone surrogates are not representable yet
//! (`docs/differences.md`).

use crate::object::{drop_obj, drop_obj_with_tail, Obj, ObjHeader, StaticObj, Value};
use crate::types::{Layout, SlotInit, TypeObject};
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use std::ptr::NonNull;

pub struct StrObj {
    pub text: StrText,
    pub char_len: usize,
    /// -1 until computed.
    pub hash: Cell<i64>,
}

/// A str's UTF-8 text, which dereferences to `&str`.
///
/// Most strs keep their text in the tail of their own object, one
/// allocation for both (`new_str`): a str is made for every slice, method
/// result and f-string, and a second allocation per str was a large share
/// of string-heavy programs. A str built from a `String` adopts the
/// `String`'s buffer instead of copying it, and `s += t` on an unshared str
/// moves its text to a growable heap buffer (`append_in_place`).
pub struct StrText {
    ptr: NonNull<u8>,
    len: usize,
    /// The capacity of the heap buffer holding the text, 0 when the text is
    /// in the object's tail.
    cap: usize,
    /// The bytes allocated in the object's tail (needed to free it).
    tail: usize,
}

impl StrText {
    const EMPTY: StrText = StrText { ptr: NonNull::dangling(), len: 0, cap: 0, tail: 0 };

    /// Takes over `s`'s buffer.
    fn adopt(s: String) -> StrText {
        let mut s = std::mem::ManuallyDrop::new(s);
        let (len, cap) = (s.len(), s.capacity());
        if cap == 0 {
            return StrText::EMPTY;
        }
        StrText { ptr: NonNull::new(s.as_mut_ptr()).unwrap_or(NonNull::dangling()), len, cap, tail: 0 }
    }

    /// Appends `t`, moving the text to a growable heap buffer first if it
    /// is in the tail.
    fn push_str(&mut self, t: &str) {
        let mut s = if self.cap == 0 {
            let mut s = String::with_capacity((self.len + t.len()).max(2 * self.len));
            s.push_str(self);
            s
        } else {
            // SAFETY: a heap text is a `String`'s buffer taken apart by
            // `adopt` (or by an earlier `push_str`): it is put back together
            // with the same pointer, length and capacity.
            unsafe { String::from_raw_parts(self.ptr.as_ptr(), self.len, self.cap) }
        };
        s.push_str(t);
        let mut grown = StrText::adopt(s);
        grown.tail = self.tail;
        // The old `self` owns nothing more to free (its buffer is now `s`'s).
        std::mem::forget(std::mem::replace(self, grown));
    }
}

impl Drop for StrText {
    fn drop(&mut self) {
        if self.cap != 0 {
            // SAFETY: see `push_str`: a heap text is a `String`'s buffer.
            drop(unsafe { String::from_raw_parts(self.ptr.as_ptr(), self.len, self.cap) });
        }
    }
}

impl std::ops::Deref for StrText {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        // SAFETY: `ptr` points at `len` bytes of valid UTF-8 that live as
        // long as the str (its tail or its heap buffer), or is dangling
        // with `len` 0.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), self.len)) }
    }
}

impl PartialEq for StrText {
    #[inline]
    fn eq(&self, other: &StrText) -> bool {
        **self == **other
    }
}

/// Frees a str: its payload (and heap text), then the object with its tail.
///
/// # Safety
/// As `drop_obj_with_tail`: `ptr` is an exact str nobody refers to.
unsafe fn dealloc_str(ptr: NonNull<ObjHeader>) {
    // SAFETY: guaranteed by the caller; the tail size is read before the
    // payload is dropped.
    unsafe {
        let tail = (*(ptr.as_ptr() as *const Obj<StrObj>)).data.text.tail;
        drop_obj_with_tail::<StrObj>(ptr, tail);
    }
}

/// A new exact str of `len` bytes (`char_len` characters) whose text
/// `fill` writes into the object's tail.
///
/// # Safety
/// `fill` must write exactly `len` bytes of valid UTF-8 into the buffer it
/// gets, of `char_len` characters.
#[inline]
unsafe fn new_str_filled(len: usize, char_len: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    let text = StrText { ptr: NonNull::dangling(), len: 0, cap: 0, tail: len };
    let data = StrObj { text, char_len, hash: Cell::new(-1) };
    let (v, tail) = Obj::alloc_with_tail(&STR_TYPE.0, data, len);
    // SAFETY: `tail` is `len` fresh bytes owned by the new object, which
    // nobody else refers to yet; the caller fills them with UTF-8.
    unsafe {
        fill(std::slice::from_raw_parts_mut(tail, len));
        let obj = &mut *v.payload_ptr_unchecked::<StrObj>();
        obj.text.ptr = NonNull::new_unchecked(tail);
        obj.text.len = len;
    }
    v
}

/// A str of ASCII bytes (digits, a number's text), in one allocation.
pub fn new_ascii_str(bytes: &[u8]) -> Value {
    debug_assert!(bytes.is_ascii());
    match std::str::from_utf8(bytes) {
        Ok("") => EMPTY.value(),
        // A number's text is a new str even when it is one digit, as in
        // CPython (`str(5) is str(5)` is false there).
        // SAFETY: the copy of a `str` is valid UTF-8 of the same length.
        Ok(s) => unsafe { new_str_filled(s.len(), s.len(), |buf| buf.copy_from_slice(s.as_bytes())) },
        Err(_) => new_str(&String::from_utf8_lossy(bytes)),
    }
}

/// `f` applied to each byte of `v`'s text when `v` is an ASCII str (an
/// ASCII `lower()`/`upper()`), built straight into the new str.
pub fn map_ascii(v: &Value, mut f: impl FnMut(&u8) -> u8) -> Option<Value> {
    let obj = as_str_obj(v)?;
    if obj.char_len != obj.text.len() || obj.text.is_empty() {
        return None;
    }
    let src = obj.text.as_bytes();
    // SAFETY: `f` maps ASCII bytes to ASCII bytes (the callers pass ASCII
    // case mappings), so the result is ASCII of the same length.
    Some(unsafe {
        new_str_filled(src.len(), src.len(), |buf| {
            for (o, b) in buf.iter_mut().zip(src) {
                *o = f(b);
            }
        })
    })
}

/// A new exact str holding a copy of `s` (`char_len` characters). A
/// one-character str below U+0100 is the shared one (`LATIN1`).
#[inline]
fn new_str_copied(s: &str, char_len: usize) -> Value {
    if char_len == 1 {
        if let Some(v) = latin1_char(s) {
            return v;
        }
    }
    // SAFETY: the copy of a `str` is valid UTF-8 of the same length.
    unsafe { new_str_filled(s.len(), char_len, |buf| buf.copy_from_slice(s.as_bytes())) }
}

pub static STR_TYPE: StaticObj<TypeObject> = StaticObj::new(
    &crate::types::type_type::TYPE_TYPE,
    TypeObject::new_static(
        "str",
        None,
        crate::types::tpflags::BASETYPE | crate::types::tpflags::NO_REFS,
        Layout::Builtin,
        SlotInit {
            repr: Some(|_, v| Ok(new_str(&repr_text(as_str(v).unwrap_or(""))))),
            str: Some(|_, v| Ok(unchanged(v))),
            hash: Some(|_, v| Ok(str_hash_cached(v).unwrap_or(0))),
            compare: Some(compare),
            binary: Some(binary),
            len: Some(|_, v| Ok(as_str_obj(v).map(|s| s.char_len).unwrap_or(0))),
            bool: Some(|_, v| Ok(as_str_obj(v).map(|s| s.char_len > 0).unwrap_or(false))),
            contains: Some(|vm, s, item| match as_str(item) {
                Some(needle) => Ok(crate::types::str_search::find(as_str(s).unwrap_or(""), needle).is_some()),
                None => Err(vm.new_type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.ty().name()
                ))),
            }),
            getitem: Some(getitem),
            iter: Some(str_iter),
            ..SlotInit::EMPTY
        },
        dealloc_str,
    ),
);

/// The UTF-8 text of each code point below 256.
static LATIN1_UTF8: [[u8; 2]; 256] = {
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        if i < 128 {
            t[i][0] = i as u8;
        } else {
            t[i] = [0xC0 | (i >> 6) as u8, 0x80 | (i & 0x3F) as u8];
        }
        i += 1;
    }
    t
};

/// The one-character strs below U+0100: immortal objects shared by every
/// operation that makes such a str (split pieces, slices, `chr`, `str(5)`),
/// as CPython shares its latin-1 singletons. Splitting and iterating text
/// makes many of them; none is allocated.
static LATIN1: [StaticObj<StrObj>; 256] = {
    let mut table = [const { std::mem::MaybeUninit::<StaticObj<StrObj>>::uninit() }; 256];
    let mut i = 0;
    while i < 256 {
        // SAFETY: `LATIN1_UTF8[i]` is a static array, never null; the str
        // only reads its first `len` bytes, the UTF-8 of code point `i`.
        let ptr = unsafe { NonNull::new_unchecked(LATIN1_UTF8[i].as_ptr() as *mut u8) };
        let text = StrText { ptr, len: if i < 128 { 1 } else { 2 }, cap: 0, tail: 0 };
        table[i] =
            std::mem::MaybeUninit::new(StaticObj::new(&STR_TYPE, StrObj { text, char_len: 1, hash: Cell::new(-1) }));
        i += 1;
    }
    // SAFETY: every element was initialized by the loop above, and
    // `MaybeUninit<T>` has `T`'s layout.
    unsafe { std::mem::transmute::<[std::mem::MaybeUninit<StaticObj<StrObj>>; 256], [StaticObj<StrObj>; 256]>(table) }
};

/// The shared str for `s` when it is one character below U+0100.
#[inline]
fn latin1_char(s: &str) -> Option<Value> {
    let cp = match *s.as_bytes() {
        [c] => c as usize,
        [c @ (0xC2 | 0xC3), d] => ((c as usize & 0x1F) << 6) | (d as usize & 0x3F),
        _ => return None,
    };
    Some(LATIN1[cp].value())
}

/// The empty string: one immortal object, as in CPython (`'' is ''`).
static EMPTY: StaticObj<StrObj> =
    StaticObj::new(&STR_TYPE, StrObj { text: StrText::EMPTY, char_len: 0, hash: Cell::new(-1) });

/// A str method's result equal to `self`: `self` itself for an exact str, a
/// new exact str for a subclass instance (CPython's `unicode_result_unchanged`).
pub fn unchanged(s: &Value) -> Value {
    if as_str_obj_exact(s).is_some() {
        return s.clone();
    }
    new_str(as_str(s).unwrap_or(""))
}

pub fn new_str(s: &str) -> Value {
    if s.is_empty() {
        return EMPTY.value();
    }
    new_str_copied(s, s.chars().count())
}

/// A str made of a piece of `parent`'s text: a piece of an ASCII str is
/// ASCII, so its length needs no counting.
pub fn new_substr(parent: &Value, piece: &str) -> Value {
    let Some(parent) = as_str_obj(parent) else { return new_str(piece) };
    if parent.char_len != parent.text.len() {
        return new_str(piece);
    }
    if piece.is_empty() {
        return EMPTY.value();
    }
    new_str_copied(piece, piece.len())
}

pub fn new_string(s: String) -> Value {
    let char_len = s.chars().count();
    new_string_counted(s, char_len)
}

/// A str whose length in characters the caller already knows.
pub fn new_string_counted(text: String, char_len: usize) -> Value {
    debug_assert_eq!(text.chars().count(), char_len);
    if text.is_empty() {
        return EMPTY.value();
    }
    Obj::alloc(&STR_TYPE.0, StrObj { text: StrText::adopt(text), char_len, hash: Cell::new(-1) })
}

/// `a + b` for strs `a` (payload `x`) and `b` (payload `y`), as CPython's
/// `PyUnicode_Concat`: an empty operand gives back the other one itself
/// when that is an exact str.
pub fn add(a: &Value, x: &StrObj, b: &Value, y: &StrObj) -> Value {
    if y.text.is_empty() && as_str_obj_exact(a).is_some() {
        return a.clone();
    }
    if x.text.is_empty() && as_str_obj_exact(b).is_some() {
        return b.clone();
    }
    concat(x, y)
}

/// `a + b` for two strs.
pub fn concat(a: &StrObj, b: &StrObj) -> Value {
    let (x, y) = (a.text.as_bytes(), b.text.as_bytes());
    // SAFETY: two UTF-8 texts one after the other are UTF-8, of the sum of
    // their lengths.
    unsafe {
        new_str_filled(x.len() + y.len(), a.char_len + b.char_len, |buf| {
            buf[..x.len()].copy_from_slice(x);
            buf[x.len()..].copy_from_slice(y);
        })
    }
}

/// `a += b` where `a` is an exact str held only by the caller: appends to
/// `a`'s own buffer (amortized growth) instead of copying both operands, the
/// way CPython's `unicode_concatenate` resizes a uniquely referenced string.
/// This keeps the common `s += piece` loop linear. Returns `a` back when it
/// cannot be reused.
pub fn append_in_place(a: Value, b: &StrObj) -> Result<Value, Value> {
    if a.refcount() != 1 || as_str_obj_exact(&a).is_none() {
        return Err(a);
    }
    // SAFETY: `a` is an exact str (checked above) and its reference count is
    // one, so this `Value` is the only reference: no other `&StrObj` to it
    // exists and nobody can observe the mutation. The hash is reset because
    // the text changes.
    let obj = unsafe { &mut *a.payload_ptr_unchecked::<StrObj>() };
    obj.text.push_str(&b.text);
    obj.char_len += b.char_len;
    obj.hash.set(-1);
    Ok(a)
}

/// The payload of a str or of an instance of a str subclass.
pub fn as_str_obj(v: &Value) -> Option<&StrObj> {
    match v.downcast_exact::<StrObj>(&STR_TYPE) {
        Some(s) => Some(s),
        None => crate::types::builtin_subclass::base_value(v).and_then(as_str_obj_exact),
    }
}

/// The payload of an exact str (fast paths, dict keys).
#[inline]
pub fn as_str_obj_exact(v: &Value) -> Option<&StrObj> {
    v.downcast_exact::<StrObj>(&STR_TYPE)
}

/// The text of an exact str.
#[inline]
pub fn as_str_exact(v: &Value) -> Option<&str> {
    as_str_obj_exact(v).map(|s| &*s.text)
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

/// The process's hash key, read from `PYTHONHASHSEED` once (CPython reads
/// it at startup; an invalid value is reported by the CLI before any hash).
pub fn hash_secret() -> &'static ferrython_algo::hash::HashSecret {
    static SECRET: std::sync::OnceLock<ferrython_algo::hash::HashSecret> = std::sync::OnceLock::new();
    SECRET.get_or_init(|| {
        ferrython_algo::hash::HashSecret::from_env().unwrap_or_else(|_| ferrython_algo::hash::HashSecret::random())
    })
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

/// `hash()` of a text: SipHash-1-3 of its PEP 393 buffer (1, 2 or 4 bytes
/// per code point by the widest one), as CPython's `unicode_hash`.
pub fn hash_rust_str(s: &str) -> i64 {
    ferrython_algo::hash::hash_str(hash_secret(), s)
}

/// `repr()` of a str.
pub fn repr_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    ferrython_syntax::repr::repr_rust_str(s, &mut out);
    out
}

fn compare(vm: &mut Vm, a: &Value, b: &Value, op: ferrython_bytecode::CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else { return Ok(vm.not_implemented()) };
    // UTF-8 byte order is code point order.
    Ok(vm.bool(crate::types::int::cmp_result(x.cmp(y), op)))
}

/// Results larger than this raise MemoryError instead of aborting the
/// process on a failed allocation (CPython raises MemoryError when malloc
/// fails; 64 GiB is beyond any machine the tests run on).
pub const MAX_ALLOC: usize = 1 << 36;

/// MemoryError for a result of `n` bytes that cannot be allocated.
pub fn check_alloc(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > MAX_ALLOC {
        return Err(vm.new_exception(&crate::types::exceptions::MEMORY_ERROR, String::new()));
    }
    Ok(())
}

/// The count of a sequence repetition (`sq_repeat`'s `PyNumber_AsSsize_t`
/// with OverflowError); `None` when `n` is not an integer.
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if let Some(i) = crate::types::int::to_i64(n) {
        return Ok(Some(i.max(0) as usize));
    }
    if crate::types::int::is_int(n) {
        return Err(vm.new_overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name())));
    }
    if n.ty().is_heap_type() && n.ty().lookup_str("__index__").is_some() {
        let i = vm.call_method(n, "__index__", &[])?;
        if crate::types::int::is_int(&i) {
            return repeat_count(vm, &i);
        }
        return Err(vm.new_type_error(format!("__index__ returned non-int (type {})", i.ty().name())));
    }
    Ok(None)
}

/// `seq * n` with a non-int `n`: NotImplemented for classes (their
/// `__rmul__` may handle it), else CPython's sequence message.
pub fn repeat_non_int(vm: &mut Vm, n: &Value) -> PyResult<Value> {
    if n.ty().is_heap_type() {
        return Ok(vm.not_implemented());
    }
    Err(vm.new_type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name())))
}

fn binary(vm: &mut Vm, a: &Value, b: &Value, op: ferrython_bytecode::BinOp) -> PyResult<Value> {
    use ferrython_bytecode::BinOp;
    match BinOp::from_u16(op as u16) {
        BinOp::Add => match (as_str_obj(a), as_str_obj(b)) {
            (Some(x), Some(y)) => Ok(add(a, x, b, y)),
            (Some(_), None) if !b.ty().is_heap_type() => {
                Err(vm.new_type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().name())))
            }
            _ => Ok(vm.not_implemented()),
        },
        BinOp::Mul => {
            let (s, n) = match (as_str(a), as_str(b)) {
                (Some(s), _) => (s, b),
                (None, Some(s)) => (s, a),
                _ => return Ok(vm.not_implemented()),
            };
            let Some(count) = repeat_count(vm, n)? else { return repeat_non_int(vm, n) };
            if count > 0 && s.len().checked_mul(count).is_none_or(|n| n > isize::MAX as usize) {
                return Err(vm.new_overflow_error("repeated string is too long".into()));
            }
            check_alloc(vm, s.len() * count)?;
            Ok(new_string(s.repeat(count)))
        }
        BinOp::Mod => {
            let Some(fmt) = as_str(a) else { return Ok(vm.not_implemented()) };
            vm.percent_format(fmt, b)
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// Byte offset of code point `i` (`i <= char_len`).
pub fn char_to_byte(obj: &StrObj, i: usize) -> usize {
    if obj.text.len() == obj.char_len {
        return i;
    }
    obj.text.char_indices().nth(i).map_or(obj.text.len(), |(b, _)| b)
}

/// Code point index of byte offset `b` (a char boundary).
pub fn byte_to_char(obj: &StrObj, b: usize) -> usize {
    if obj.text.len() == obj.char_len {
        return b;
    }
    obj.text[..b].chars().count()
}

/// `s[start:stop:step]` for already-resolved slice bounds.
pub fn slice_text(obj: &StrObj, start: i64, stop: i64, step: i64) -> String {
    if step == 1 {
        if start >= stop {
            return String::new();
        }
        let b0 = char_to_byte(obj, start as usize);
        let b1 =
            b0 + obj.text[b0..].char_indices().nth((stop - start) as usize).map_or(obj.text.len() - b0, |(b, _)| b);
        return obj.text[b0..b1].to_string();
    }
    let mut out = String::new();
    if obj.text.len() == obj.char_len {
        let bytes = obj.text.as_bytes();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(bytes[i as usize] as char);
            i += step;
        }
        return out;
    }
    let chars: Vec<char> = obj.text.chars().collect();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(chars[i as usize]);
        i += step;
    }
    out
}

fn getitem(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<Value> {
    let obj = as_str_obj(s).expect("str");
    if let Some(i) = crate::types::int::to_i64(key) {
        let n = obj.char_len as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            return Err(vm.new_index_error("string index out of range".into()));
        }
        let c = if obj.text.len() == obj.char_len {
            let b = obj.text.as_bytes()[idx as usize];
            return Ok(vm.intern(std::str::from_utf8(&[b]).unwrap_or("")));
        } else {
            obj.text.chars().nth(idx as usize).unwrap_or('\0')
        };
        return Ok(new_string(c.to_string()));
    }
    if crate::types::int::is_int(key) {
        return Err(vm.new_index_error(format!("cannot fit '{}' into an index-sized integer", key.ty().name())));
    }
    if let Some((start, stop, step)) = vm.slice_indices(key, obj.char_len)? {
        if start == 0 && step == 1 && stop as usize >= obj.char_len {
            return Ok(unchanged(s));
        }
        let piece = slice_text(obj, start, stop, step);
        // A one-character slice is the shared str, as in CPython.
        if let Some(v) = latin1_char(&piece) {
            return Ok(v);
        }
        return Ok(new_string(piece));
    }
    if key.ty().is_heap_type() && key.ty().lookup_str("__index__").is_some() {
        let i = vm.call_method(key, "__index__", &[])?;
        return getitem(vm, s, &i);
    }
    Err(vm.new_type_error(format!("string indices must be integers, not '{}'", key.ty().name())))
}

/// Iterator over a str: `str_ascii_iterator` for ASCII text (CPython 3.11
/// has a separate type for it), `str_iterator` otherwise. Walks the UTF-8
/// text by byte offset.
pub struct StrIter {
    pub s: Value,
    pub pos: Cell<usize>,
}

/// `__length_hint__`: the characters not yet produced.
pub fn str_iter_length_hint(v: &Value) -> Option<usize> {
    let it =
        v.downcast_exact::<StrIter>(&STR_ASCII_ITER_TYPE).or_else(|| v.downcast_exact::<StrIter>(&STR_ITER_TYPE))?;
    let text = as_str(&it.s).unwrap_or("");
    Some(text.get(it.pos.get()..).map_or(0, |t| t.chars().count()))
}

fn str_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: both iterator types below allocate `StrIter` payloads only.
    let it = unsafe { it.payload_unchecked::<StrIter>() };
    let text = as_str(&it.s).unwrap_or("");
    let pos = it.pos.get();
    let Some(c) = text.get(pos..).and_then(|t| t.chars().next()) else { return Ok(None) };
    it.pos.set(pos + c.len_utf8());
    if c.is_ascii() {
        return Ok(Some(vm.ascii_char(c as u8)));
    }
    Ok(Some(new_string(c.to_string())))
}

macro_rules! str_iter_type {
    ($static:ident, $name:literal) => {
        pub static $static: StaticObj<TypeObject> = StaticObj::new(
            &crate::types::type_type::TYPE_TYPE,
            TypeObject::new_static(
                $name,
                None,
                0,
                Layout::Builtin,
                SlotInit { iter: Some(|_, v| Ok(v.clone())), next: Some(str_iter_next), ..SlotInit::EMPTY },
                drop_obj::<StrIter>,
            ),
        );
    };
}

str_iter_type!(STR_ASCII_ITER_TYPE, "str_ascii_iterator");
str_iter_type!(STR_ITER_TYPE, "str_iterator");

fn str_iter(_vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let ty = if as_str(s).is_some_and(str::is_ascii) { &STR_ASCII_ITER_TYPE } else { &STR_ITER_TYPE };
    Ok(Obj::alloc(&ty.0, StrIter { s: s.clone(), pos: Cell::new(0) }))
}
