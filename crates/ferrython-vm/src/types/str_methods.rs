//! Methods of `str` (see `types::methods` for how they are registered).
//!
//! Argument handling follows each method's CPython 3.11 signature, which
//! decides the error texts: methods converted to Argument Clinic with
//! positional-only parameters say `center expected at least 1 argument, got
//! 0` and `str.center() takes no keyword arguments`; the older
//! `PyArg_ParseTuple` ones (`count`, `find`, `index`, `startswith`, ...) say
//! `count() takes at least 1 argument (0 given)`.
//!
//! Positions are code point indices; the text is UTF-8, so ASCII strings
//! index by byte and others convert (`str::char_to_byte`).
//!
//! CPython: Objects/unicodeobject.c, Objects/stringlib/*.h.

use crate::object::Value;
use crate::types::str::{as_str, as_str_obj, new_str, new_string, STR_TYPE};
use crate::types::{self, methods::add_methods, str_search, CallArgs};
use crate::vm::{PyResult, Vm};
use ferrython_algo::unicode_db as ucd;

/// `self` of a str method, with CPython's descriptor messages.
///
/// Inlined into every method for its common case, an exact str; the rest
/// (subclasses, errors) is out of line.
#[inline(always)]
pub fn this<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if types::str::as_str_obj_exact(v).is_some() && a.kwnames.len() < a.args.len() => Ok(v),
        _ => this_general(vm, name, a),
    }
}

#[inline(never)]
fn this_general<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<&'a Value> {
    match a.args.first() {
        Some(v) if as_str(v).is_some() && a.kwnames.len() < a.args.len() => Ok(v),
        Some(v) if a.kwnames.len() < a.args.len() => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        _ => Err(vm.new_type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// The arguments after `self`.
#[inline(always)]
pub fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

/// Argument Clinic, positional-only parameters: `qual` is `str.center`.
///
/// `qual` is only formatted when there is an error (callers pass
/// `format_args!`, so the common path allocates nothing). The count check
/// is inlined into each method; the messages are out of line.
#[inline(always)]
pub fn clinic_pos<'a>(
    vm: &mut Vm,
    qual: impl std::fmt::Display,
    a: &CallArgs<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let n = a.args.len();
    if a.kwnames.is_empty() && (min..=max).contains(&n) {
        return Ok(a.args);
    }
    clinic_pos_error(vm, &qual, a, min, max)
}

#[cold]
#[inline(never)]
fn clinic_pos_error<'a>(
    vm: &mut Vm,
    qual: &dyn std::fmt::Display,
    a: &CallArgs<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let n = a.args.len();
    let qual = qual.to_string();
    let qual = qual.as_str();
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{qual}() takes no keyword arguments")));
    }
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let Some(msg) = crate::args::count_message(qual, Some(short), n, min, max) else { return Ok(a.args) };
    Err(vm.new_type_error(msg))
}

/// `PyArg_ParseTuple` style: `count() takes at least 1 argument (0 given)`.
pub fn old_style_pos<'a>(
    vm: &mut Vm,
    name: &str,
    qual: impl std::fmt::Display,
    a: &CallArgs<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !a.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = a.args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.new_type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(vm.new_type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok(a.args)
}

/// Argument Clinic with keywords: `'x' is an invalid keyword argument for split()`.
pub fn clinic_kw(vm: &mut Vm, name: &str, a: &CallArgs, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    for k in a.kwnames {
        let key = as_str(k).unwrap_or("");
        if !names.contains(&key) {
            return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
        }
    }
    let total = a.args.len();
    if total > names.len() {
        let plural = if names.len() == 1 { "" } else { "s" };
        return Err(
            vm.new_type_error(format!("{name}() takes at most {} argument{plural} ({total} given)", names.len()))
        );
    }
    crate::args::parse(vm, name, a, names, 0, 0)
}

/// The type name in Argument Clinic's "must be str, not X" (None is "None").
pub fn arg_type_name(v: &Value) -> String {
    if types::bool_none::is_none(v) {
        "None".into()
    } else {
        v.ty().name()
    }
}

/// A `Py_ssize_t` argument (`__index__`), CPython's messages.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = types::int::to_i64(v) {
        return Ok(i);
    }
    if types::int::is_int(v) {
        return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t".into()));
    }
    if v.ty().is_heap_type() && v.ty().lookup_str("__index__").is_some() {
        let r = vm.call_method(v, "__index__", &[])?;
        if types::int::is_int(&r) {
            return ssize_arg(vm, &r);
        }
        return Err(vm.new_type_error(format!("__index__ returned non-int (type {})", r.ty().name())));
    }
    Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name())))
}

/// A C `int` argument.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match ssize_arg(vm, v) {
        Ok(i) if i32::try_from(i).is_ok() => Ok(i),
        Ok(_) => Err(vm.new_overflow_error("Python int too large to convert to C int".into())),
        Err(e) if e.is_instance_of(&types::exceptions::OVERFLOW_ERROR.0) => {
            Err(vm.new_overflow_error("Python int too large to convert to C int".into()))
        }
        Err(e) => Err(e),
    }
}

/// A slice bound of `count`/`find`/`startswith` (`_PyEval_SliceIndex`):
/// None is the default, huge ints clamp.
pub fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if types::bool_none::is_none(v) {
        return Ok(None);
    }
    if let Some(i) = types::int::to_i64(v) {
        return Ok(Some(i));
    }
    if let Some(b) = types::int::to_bigint(v) {
        return Ok(Some(if num_traits::Signed::is_negative(&b) { i64::MIN / 2 } else { i64::MAX / 2 }));
    }
    if v.ty().is_heap_type() && v.ty().lookup_str("__index__").is_some() {
        let r = vm.call_method(v, "__index__", &[])?;
        return slice_bound(vm, Some(&r));
    }
    Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method".into()))
}

/// `ADJUST_INDICES`: start/end against a length, negative ones from the end.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let n = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    (s, e)
}

/// The `str` argument of a search method: "must be str, not int".
fn str_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!("must be str, not {}", v.ty().name()))),
    }
}

/// `(text, sub, start, end)` of `count`/`find`/`index`: code point bounds.
struct Search<'a> {
    text: &'a str,
    /// Every character is one byte (indices are byte offsets).
    ascii: bool,
    sub: &'a str,
    start: i64,
    end: i64,
}

fn search_args<'a>(vm: &mut Vm, name: &str, a: &CallArgs<'a>) -> PyResult<Search<'a>> {
    let s = this(vm, name, a)?;
    let p = old_style_pos(vm, name, format_args!("str.{name}"), &rest(a), 1, 3)?;
    let sub = str_arg(vm, &p[0])?;
    let start = slice_bound(vm, p.get(1))?;
    let end = slice_bound(vm, p.get(2))?;
    let obj = as_str_obj(s).expect("str");
    let (start, end) = adjust_indices(start, end, obj.char_len);
    Ok(Search { text: &obj.text, ascii: obj.char_len == obj.text.len(), sub, start, end })
}

/// The byte range of code points `start..end` (`start <= end <= len`).
fn byte_range(text: &str, ascii: bool, start: i64, end: i64) -> (usize, usize) {
    if ascii {
        return (start as usize, end as usize);
    }
    let mut it = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let b0 = it.nth(start as usize).unwrap_or(text.len());
    let b1 = if end > start { it.nth((end - start - 1) as usize).unwrap_or(text.len()) } else { b0 };
    (b0, b1)
}

fn char_index(text: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        text[..byte].chars().count()
    }
}

/// `find`/`rfind`: the code point index, or -1.
fn find_impl(s: &Search, reverse: bool) -> i64 {
    let sub_len = s.sub.chars().count() as i64;
    if s.end - s.start < sub_len {
        return -1;
    }
    let (b0, b1) = byte_range(s.text, s.ascii, s.start, s.end);
    let hay = &s.text[b0..b1];
    let found = if reverse { str_search::rfind(hay, s.sub) } else { str_search::find(hay, s.sub) };
    match found {
        Some(b) => char_index(s.text, s.ascii, b0 + b) as i64,
        None => -1,
    }
}

fn count_impl(s: &Search) -> i64 {
    let sub_len = s.sub.chars().count() as i64;
    if s.end - s.start < sub_len {
        return 0;
    }
    if s.sub.is_empty() {
        return s.end - s.start + 1;
    }
    let (b0, b1) = byte_range(s.text, s.ascii, s.start, s.end);
    str_search::count(&s.text[b0..b1], s.sub) as i64
}

/// `startswith`/`endswith` of one candidate (`tailmatch`).
fn tail_match(text: &str, char_len: usize, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, char_len);
    let sub_len = sub.chars().count() as i64;
    if end - sub_len < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let (b0, b1) = byte_range(text, char_len == text.len(), start, end);
    let hay = &text[b0..b1];
    if at_end {
        hay.ends_with(sub)
    } else {
        hay.starts_with(sub)
    }
}

fn starts_ends(vm: &mut Vm, a: CallArgs, name: &str, at_end: bool) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    let p = old_style_pos(vm, name, format_args!("str.{name}"), &rest(&a), 1, 3)?;
    let start = slice_bound(vm, p.get(1))?;
    let end = slice_bound(vm, p.get(2))?;
    let obj = as_str_obj(s).expect("str");
    if let Some(items) = types::tuple::as_tuple(&p[0]) {
        for item in items.iter() {
            let Some(sub) = as_str(item) else {
                return Err(
                    vm.new_type_error(format!("tuple for {name} must only contain str, not {}", item.ty().name()))
                );
            };
            if tail_match(&obj.text, obj.char_len, sub, start, end, at_end) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    let Some(sub) = as_str(&p[0]) else {
        return Err(
            vm.new_type_error(format!("{name} first arg must be str or a tuple of str, not {}", p[0].ty().name()))
        );
    };
    Ok(vm.bool(tail_match(&obj.text, obj.char_len, sub, start, end, at_end)))
}

/// `str.split()` / `rsplit()` with no separator: runs of whitespace.
/// `str.split()`/`str.rsplit()` without a separator: runs of whitespace
/// separate, leading and trailing whitespace gives no empty pieces, and
/// after `maxsplit` splits the remainder is kept whole (its far end
/// unstripped). The pieces are slices of `text`.
fn split_whitespace(text: &str, maxsplit: i64, reverse: bool) -> Vec<&str> {
    let is_space = |c: char| if c.is_ascii() { matches!(c, '\t'..='\r' | '\x1c'..=' ') } else { ucd::is_space(c) };
    let mut out = Vec::new();
    let mut splits = 0;
    let mut rest = text;
    if !reverse {
        loop {
            rest = rest.trim_start_matches(is_space);
            if rest.is_empty() {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                out.push(rest);
                break;
            }
            let end = rest.find(is_space).unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
            splits += 1;
        }
    } else {
        loop {
            rest = rest.trim_end_matches(is_space);
            if rest.is_empty() {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                out.push(rest);
                break;
            }
            let start = rest.char_indices().rev().find(|&(_, c)| is_space(c)).map_or(0, |(i, c)| i + c.len_utf8());
            out.push(&rest[start..]);
            rest = &rest[..start];
            splits += 1;
        }
        out.reverse();
    }
    out
}

fn split_impl(vm: &mut Vm, a: CallArgs, name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    let p = clinic_kw(vm, name, &rest(&a), &["sep", "maxsplit"])?;
    let maxsplit = match &p[1] {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let text = as_str(s).expect("str");
    let parts: Vec<&str> = match p[0].as_ref().filter(|v| !types::bool_none::is_none(v)) {
        None => split_whitespace(text, maxsplit, reverse),
        Some(sep) => {
            let Some(sep) = as_str(sep) else {
                return Err(vm.new_type_error(format!("must be str or None, not {}", sep.ty().name())));
            };
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator".into()));
            }
            let n = if maxsplit < 0 { usize::MAX } else { maxsplit as usize + 1 };
            // A one-byte separator (`','`, `' '`, `'\n'`) is found with the
            // memchr crate's iterators and each piece made as it is found:
            // std's char searcher costs about a hundred instructions per
            // piece on short lines, and the pieces need no vector of their own.
            if let [b] = *sep.as_bytes() {
                return Ok(types::list::new_list(split_byte(s, text, b, n, reverse)));
            }
            // A one-character separator searches with memchr (std's `&str`
            // pattern sets up a Two-Way searcher per call).
            let single = one_char(sep);
            let mut v: Vec<&str> = match (reverse, single) {
                (false, Some(c)) => text.splitn(n, c).collect(),
                (false, None) => text.splitn(n, sep).collect(),
                (true, Some(c)) => text.rsplitn(n, c).collect(),
                (true, None) => text.rsplitn(n, sep).collect(),
            };
            if reverse {
                v.reverse();
            }
            v
        }
    };
    // Each piece is one allocation with its text inline; pieces of an
    // ASCII string are ASCII, so `new_substr` counts nothing.
    let items = parts.into_iter().map(|p| types::str::new_substr(s, p)).collect();
    Ok(types::list::new_list(items))
}

/// The pieces of `text` (the text of str `s`) between occurrences of the
/// byte `b` (an ASCII character), at most `n` of them, counted from the
/// end when `reverse` (`rsplit`); in text order either way.
fn split_byte(s: &Value, text: &str, b: u8, n: usize, reverse: bool) -> Vec<Value> {
    let bytes = text.as_bytes();
    // Most lines split into a few pieces: a small start spares regrowth.
    let mut items = Vec::with_capacity(12.min(n));
    // Cutting at an ASCII byte always leaves whole UTF-8 characters.
    let piece = |from: usize, to: usize| types::str::new_substr(s, &text[from..to]);
    if reverse {
        let mut end = bytes.len();
        for pos in memchr::memrchr_iter(b, bytes) {
            if items.len() + 1 == n {
                break;
            }
            items.push(piece(pos + 1, end));
            end = pos;
        }
        items.push(piece(0, end));
        items.reverse();
    } else {
        let mut start = 0;
        for pos in memchr::memchr_iter(b, bytes) {
            if items.len() + 1 == n {
                break;
            }
            items.push(piece(start, pos));
            start = pos + 1;
        }
        items.push(piece(start, bytes.len()));
    }
    items
}

/// `str.splitlines` line boundaries: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(text: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_line_break(c) {
            line.push(c);
            continue;
        }
        let mut end = String::from(c);
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
            end.push('\n');
        }
        if keepends {
            line.push_str(&end);
        }
        out.push(std::mem::take(&mut line));
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = as_str(v) else {
        return Err(vm.new_type_error(format!("The fill character must be a unicode character, not {}", v.ty().name())));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.new_type_error("The fill character must be exactly one character long".into())),
    }
}

/// `center`/`ljust`/`rjust`: 0 = left-justify, 1 = right, 2 = center.
fn justify(vm: &mut Vm, a: CallArgs, name: &str, how: u8) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    let p = clinic_pos(vm, format_args!("str.{name}"), &rest(&a), 1, 2)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = fill_char(vm, p.get(1))?;
    let obj = as_str_obj(s).expect("str");
    let len = obj.char_len as i64;
    if width <= len {
        return Ok(types::str::unchanged(s));
    }
    let marg = width - len;
    let left = match how {
        0 => 0,
        1 => marg,
        // CPython's pad(): odd margins put the extra fill on the right,
        // unless the width is odd too.
        _ => marg / 2 + (marg & width & 1),
    };
    let right = marg - left;
    types::str::check_alloc(vm, (marg as usize).saturating_mul(fill.len_utf8()))?;
    let mut out = String::with_capacity(obj.text.len() + marg as usize);
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(&obj.text);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(new_string(out))
}

/// `strip()` without an argument when both ends stop at ASCII characters
/// (or the text is all whitespace): a byte scan, no character decoding.
/// `None` when a non-ASCII character ends a scan (it may be a Unicode
/// space: the general path decides).
fn strip_ascii_space(text: &str, left: bool, right: bool) -> Option<&str> {
    // Python's whitespace among ASCII: \t \n \x0b \x0c \r, \x1c-\x1f, space.
    let space = |b: u8| matches!(b, b' ' | 9..=13 | 0x1c..=0x1f);
    let bytes = text.as_bytes();
    let (mut i, mut j) = (0, bytes.len());
    if left {
        while i < j && space(bytes[i]) {
            i += 1;
        }
        if i < j && !bytes[i].is_ascii() {
            return None;
        }
    }
    if right {
        while j > i && space(bytes[j - 1]) {
            j -= 1;
        }
        if j > i && !bytes[j - 1].is_ascii() {
            return None;
        }
    }
    // Both bounds sit next to ASCII bytes (or at the ends): char boundaries.
    Some(&text[i..j])
}

/// `strip`/`lstrip`/`rstrip`: which ends.
fn strip_impl(vm: &mut Vm, a: CallArgs, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    let p = clinic_pos(vm, format_args!("str.{name}"), &rest(&a), 0, 1)?;
    let text = as_str(s).expect("str");
    let chars: Option<Vec<char>> = match p.first().filter(|v| !types::bool_none::is_none(v)) {
        None => None,
        Some(c) => match as_str(c) {
            Some(c) => Some(c.chars().collect()),
            None => return Err(vm.new_type_error(format!("{name} arg must be None or str"))),
        },
    };
    if chars.is_none() {
        if let Some(t) = strip_ascii_space(text, left, right) {
            if t.len() == text.len() {
                return Ok(types::str::unchanged(s));
            }
            return Ok(types::str::new_substr(s, t));
        }
    }
    let strip = |c: char| match &chars {
        None => ucd::is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(strip);
    }
    if right {
        t = t.trim_end_matches(strip);
    }
    if t.len() == text.len() {
        return Ok(types::str::unchanged(s));
    }
    Ok(types::str::new_substr(s, t))
}

fn partition_impl(vm: &mut Vm, a: CallArgs, name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    let p = clinic_pos(vm, format_args!("str.{name}"), &rest(&a), 1, 1)?;
    let sep = str_arg(vm, &p[0])?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator".into()));
    }
    let text = as_str(s).expect("str");
    let found = if reverse { str_search::rfind(text, sep) } else { str_search::find(text, sep) };
    let piece = |t: &str| types::str::new_substr(s, t);
    let parts = match found {
        Some(i) => [piece(&text[..i]), p[0].clone(), piece(&text[i + sep.len()..])],
        None if reverse => [new_str(""), new_str(""), s.clone()],
        None => [s.clone(), new_str(""), new_str("")],
    };
    Ok(types::tuple::new_tuple_from_array(parts))
}

fn replace_impl(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "replace", &a)?;
    let p = clinic_pos(vm, "str.replace", &rest(&a), 2, 3)?;
    let mut texts = [""; 2];
    for (i, v) in p[..2].iter().enumerate() {
        match as_str(v) {
            Some(t) => texts[i] = t,
            None => {
                return Err(vm.new_type_error(format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    arg_type_name(v)
                )))
            }
        }
    }
    let count = match p.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let text = as_str(s).expect("str");
    let [old, new] = texts;
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        // Insert `new` before every character and at the end, `limit` times.
        let mut out = String::new();
        let mut n = 0;
        for c in text.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        return Ok(new_string(out));
    }
    // Nothing to replace: the str itself, as in CPython.
    let Some(first) = types::str_search::find(text, old).filter(|_| limit > 0) else {
        return Ok(types::str::unchanged(s));
    };
    let mut out = String::with_capacity(text.len() + new.len().saturating_sub(old.len()) * 4);
    let (mut rest, mut at, mut n) = (text, Some(first), 0usize);
    while let Some(i) = at {
        out.push_str(&rest[..i]);
        out.push_str(new);
        rest = &rest[i + old.len()..];
        n += 1;
        at = if n < limit { types::str_search::find(rest, old) } else { None };
    }
    out.push_str(rest);
    // Each replacement trades old's characters for new's.
    let chars = |t: &str| t.chars().count();
    let char_len = types::str::as_str_obj(s).map_or(0, |o| o.char_len) + n * chars(new) - n * chars(old);
    Ok(types::str::new_string_counted(out, char_len))
}

/// The character of a one-character string.
fn one_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

fn expandtabs(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "expandtabs", &a)?;
    let p = clinic_kw(vm, "expandtabs", &rest(&a), &["tabsize"])?;
    let tabsize = match &p[0] {
        Some(t) => int_arg(vm, t)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in as_str(s).expect("str").chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    types::str::check_alloc(vm, out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

fn zfill(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "zfill", &a)?;
    let p = clinic_pos(vm, "str.zfill", &rest(&a), 1, 1)?;
    let width = ssize_arg(vm, &p[0])?;
    let obj = as_str_obj(s).expect("str");
    let len = obj.char_len as i64;
    if width <= len {
        return Ok(types::str::unchanged(s));
    }
    let fill = (width - len) as usize;
    types::str::check_alloc(vm, fill)?;
    let text = &obj.text;
    let mut out = String::with_capacity(text.len() + fill);
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, &text[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(digits);
    Ok(new_string(out))
}

fn join(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "join", &a)?;
    let p = clinic_pos(vm, "str.join", &rest(&a), 1, 1)?;
    if p[0].ty().slots.iter.get().is_none() {
        return Err(vm.new_type_error("can only join an iterable".into()));
    }
    let items = vm.collect_iterable(&p[0])?;
    let sep = as_str(s).expect("str");
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(t) = as_str(item) else {
            return Err(
                vm.new_type_error(format!("sequence item {i}: expected str instance, {} found", item.ty().name()))
            );
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(t);
    }
    if items.len() == 1 {
        return Ok(items[0].clone());
    }
    Ok(new_string(out))
}

fn remove_affix(vm: &mut Vm, a: CallArgs, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, name, &a)?;
    let p = clinic_pos(vm, format_args!("str.{name}"), &rest(&a), 1, 1)?;
    let Some(affix) = as_str(&p[0]) else {
        return Err(vm.new_type_error(format!("{name}() argument must be str, not {}", arg_type_name(&p[0]))));
    };
    let text = as_str(s).expect("str");
    let r = if suffix { text.strip_suffix(affix) } else { text.strip_prefix(affix) };
    match r {
        Some(t) if !affix.is_empty() => Ok(new_str(t)),
        _ => Ok(types::str::unchanged(s)),
    }
}

/// `str.maketrans(x[, y[, z]])`.
fn maketrans(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = clinic_pos(vm, "str.maketrans", &a, 1, 3)?;
    let d = types::dict::new_dict();
    let data = types::dict::as_dict(&d).expect("dict");
    if p.len() == 1 {
        let Some(src) = types::dict::as_dict(&p[0]) else {
            return Err(vm.new_type_error("if you give only one argument to maketrans it must be a dict".into()));
        };
        let pairs: Vec<(Value, Value)> = src.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in pairs {
            let key = if let Some(ks) = as_str(&k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => types::int::new_int(c as i64),
                    _ => return Err(vm.new_value_error("string keys in translate table must be of length 1".into())),
                }
            } else if types::int::is_int(&k) {
                k
            } else {
                return Err(vm.new_type_error("keys in translate table must be strings or integers".into()));
            };
            types::dict::dict_set(vm, data, key, v)?;
        }
        return Ok(d);
    }
    let Some(x) = as_str(&p[0]) else {
        return Err(vm.new_type_error("first maketrans argument must be a string if there is a second argument".into()));
    };
    let Some(y) = as_str(&p[1]) else {
        return Err(vm.new_type_error(format!("maketrans() argument 2 must be str, not {}", arg_type_name(&p[1]))));
    };
    let z = match p.get(2) {
        Some(z) => match as_str(z) {
            Some(z) => z,
            None => {
                return Err(vm.new_type_error(format!("maketrans() argument 3 must be str, not {}", arg_type_name(z))))
            }
        },
        None => "",
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length".into()));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        types::dict::dict_set(vm, data, types::int::new_int(cx as i64), types::int::new_int(cy as i64))?;
    }
    for cz in z.chars() {
        let none = vm.none();
        types::dict::dict_set(vm, data, types::int::new_int(cz as i64), none)?;
    }
    Ok(d)
}

fn translate(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "translate", &a)?;
    let p = clinic_pos(vm, "str.translate", &rest(&a), 1, 1)?;
    let table = p[0].clone();
    let text = as_str(s).expect("str").to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = types::int::new_int(c as i64);
        let mapped = match vm.get_item(&table, &key) {
            Ok(v) => v,
            Err(e) if e.is_instance_of(&types::exceptions::LOOKUP_ERROR.0) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if types::bool_none::is_none(&mapped) {
            continue;
        }
        if let Some(t) = as_str(&mapped) {
            out.push_str(t);
            continue;
        }
        if types::int::is_int(&mapped) {
            let code = types::int::small_or_bool(&mapped).unwrap_or(-1);
            match u32::try_from(code).ok().filter(|&c| c < 0x110000).and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.new_value_error("character mapping must be in range(0x110000)".into())),
            }
            continue;
        }
        return Err(vm.new_type_error("character mapping must return integer, None or str".into()));
    }
    Ok(new_string(out))
}

fn encode(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = this(vm, "encode", &a)?;
    let p = clinic_kw(vm, "encode", &rest(&a), &["encoding", "errors"])?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, (v, what)) in p.iter().zip(["encoding", "errors"]).enumerate() {
        if let Some(v) = v {
            match as_str(v) {
                Some(t) => names[i] = t.to_string(),
                None => {
                    return Err(
                        vm.new_type_error(format!("encode() argument '{what}' must be str, not {}", arg_type_name(v)))
                    )
                }
            }
        }
    }
    let text = as_str(s).expect("str").to_string();
    let data = types::codecs::encode(vm, &text, &names[0], &names[1])?;
    Ok(types::bytes::new_bytes(data))
}

/// A no-argument method computing a new string.
macro_rules! text_method {
    ($name:literal, $f:expr) => {
        ($name, |vm: &mut Vm, a: CallArgs| {
            let s = this(vm, $name, &a)?;
            clinic_pos(vm, concat!("str.", $name), &rest(&a), 0, 0)?;
            let f: fn(&str) -> String = $f;
            Ok(new_string(f(as_str(s).expect("str"))))
        })
    };
    // With the method's mapping of ASCII bytes, used for ASCII strs.
    ($name:literal, $f:expr, $ascii:expr) => {
        ($name, |vm: &mut Vm, a: CallArgs| {
            let s = this(vm, $name, &a)?;
            clinic_pos(vm, concat!("str.", $name), &rest(&a), 0, 0)?;
            if let Some(r) = crate::types::str::map_ascii(s, $ascii) {
                return Ok(r);
            }
            let f: fn(&str) -> String = $f;
            Ok(new_string(f(as_str(s).expect("str"))))
        })
    };
}

/// A no-argument predicate.
macro_rules! predicate {
    ($name:literal, $f:expr) => {
        ($name, |vm: &mut Vm, a: CallArgs| {
            let s = this(vm, $name, &a)?;
            clinic_pos(vm, concat!("str.", $name), &rest(&a), 0, 0)?;
            let f: fn(&str) -> bool = $f;
            Ok(vm.bool(f(as_str(s).expect("str"))))
        })
    };
}

fn search_method(vm: &mut Vm, a: CallArgs, name: &str) -> PyResult<Value> {
    let s = search_args(vm, name, &a)?;
    let r = match name {
        "count" => count_impl(&s),
        "find" | "index" => find_impl(&s, false),
        _ => find_impl(&s, true),
    };
    if r < 0 && name.ends_with("index") {
        return Err(vm.new_value_error("substring not found".into()));
    }
    Ok(types::int::new_int(r))
}

/// The dunders that are not slot wrappers (those come from `types::slotdefs`).
fn slot_call(vm: &mut Vm, a: CallArgs, name: &str, nargs: usize) -> PyResult<Value> {
    let s = this(vm, name, &a)?.clone();
    let p = clinic_pos(vm, format_args!("str.{name}"), &rest(&a), nargs, nargs)?;
    let obj = as_str_obj(&s).expect("str");
    match name {
        "__format__" => {
            let Some(spec) = as_str(&p[0]) else {
                return Err(
                    vm.new_type_error(format!("__format__() argument must be str, not {}", arg_type_name(&p[0])))
                );
            };
            let spec = spec.to_string();
            vm.format(&s, &spec)
        }
        "__getnewargs__" => Ok(types::tuple::new_tuple_from_array([new_str(&obj.text)])),
        _ => {
            // __sizeof__: the PEP 393 object size of CPython on 64-bit.
            let max = obj.text.chars().map(|c| c as u32).max().unwrap_or(0);
            let (header, width) = match max {
                0..=0x7f => (48, 1),
                0x80..=0xff => (72, 1),
                0x100..=0xffff => (72, 2),
                _ => (72, 4),
            };
            Ok(types::int::new_int(header + (obj.char_len as i64 + 1) * width))
        }
    }
}

macro_rules! dunder {
    ($name:literal, $n:literal) => {
        ($name, |vm: &mut Vm, a: CallArgs| slot_call(vm, a, $name, $n))
    };
}

pub fn install(vm: &mut Vm) {
    STR_TYPE.0.data.slots.new.set(Some(str_new));
    add_methods(
        vm,
        &STR_TYPE,
        &[
            text_method!("lower", ucd::lower, u8::to_ascii_lowercase),
            text_method!("upper", ucd::upper, u8::to_ascii_uppercase),
            text_method!("casefold", ucd::casefold),
            text_method!("swapcase", ucd::swapcase, |b: &u8| if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }),
            // ASCII cased characters are the letters: a letter after a
            // letter is lowered, any other is raised.
            text_method!("title", ucd::title, {
                let mut after_letter = false;
                move |b: &u8| {
                    let out = if after_letter { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                    after_letter = b.is_ascii_alphabetic();
                    out
                }
            }),
            text_method!("capitalize", ucd::capitalize, {
                let mut first = true;
                move |b: &u8| {
                    let out = if first { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
                    first = false;
                    out
                }
            }),
            predicate!("islower", ucd::is_lower),
            predicate!("isupper", ucd::is_upper),
            predicate!("istitle", ucd::is_title),
            predicate!("isspace", |s| ucd::all_have(s, ucd::SPACE)),
            predicate!("isalpha", |s| ucd::all_have(s, ucd::ALPHA)),
            predicate!("isalnum", |s| ucd::all_have(s, ucd::ALPHA | ucd::DECIMAL | ucd::DIGIT | ucd::NUMERIC)),
            predicate!("isdecimal", |s| ucd::all_have(s, ucd::DECIMAL)),
            predicate!("isdigit", |s| ucd::all_have(s, ucd::DIGIT)),
            predicate!("isnumeric", |s| ucd::all_have(s, ucd::NUMERIC)),
            predicate!("isprintable", |s| s.chars().all(|c| ucd::has(c as u32, ucd::PRINTABLE))),
            predicate!("isascii", |s| s.is_ascii()),
            predicate!("isidentifier", ucd::is_identifier),
            ("count", |vm, a| search_method(vm, a, "count")),
            ("find", |vm, a| search_method(vm, a, "find")),
            ("rfind", |vm, a| search_method(vm, a, "rfind")),
            ("index", |vm, a| search_method(vm, a, "index")),
            ("rindex", |vm, a| search_method(vm, a, "rindex")),
            ("startswith", |vm, a| starts_ends(vm, a, "startswith", false)),
            ("endswith", |vm, a| starts_ends(vm, a, "endswith", true)),
            ("split", |vm, a| split_impl(vm, a, "split", false)),
            ("rsplit", |vm, a| split_impl(vm, a, "rsplit", true)),
            ("splitlines", |vm, a| {
                let s = this(vm, "splitlines", &a)?;
                let p = clinic_kw(vm, "splitlines", &rest(&a), &["keepends"])?;
                let keepends = match &p[0] {
                    Some(k) => int_arg(vm, k)? != 0,
                    None => false,
                };
                let lines = splitlines(as_str(s).expect("str"), keepends);
                Ok(types::list::new_list(lines.into_iter().map(new_string).collect()))
            }),
            ("partition", |vm, a| partition_impl(vm, a, "partition", false)),
            ("rpartition", |vm, a| partition_impl(vm, a, "rpartition", true)),
            ("strip", |vm, a| strip_impl(vm, a, "strip", true, true)),
            ("lstrip", |vm, a| strip_impl(vm, a, "lstrip", true, false)),
            ("rstrip", |vm, a| strip_impl(vm, a, "rstrip", false, true)),
            ("center", |vm, a| justify(vm, a, "center", 2)),
            ("ljust", |vm, a| justify(vm, a, "ljust", 0)),
            ("rjust", |vm, a| justify(vm, a, "rjust", 1)),
            ("zfill", zfill),
            ("replace", replace_impl),
            ("expandtabs", expandtabs),
            ("join", join),
            ("removeprefix", |vm, a| remove_affix(vm, a, "removeprefix", false)),
            ("removesuffix", |vm, a| remove_affix(vm, a, "removesuffix", true)),
            ("translate", translate),
            ("encode", encode),
            ("format", types::str_format::str_format_method),
            ("format_map", types::str_format::str_format_map_method),
            dunder!("__format__", 1),
            dunder!("__getnewargs__", 0),
            dunder!("__sizeof__", 0),
        ],
    );
    install_maketrans(vm);
}

/// `str.maketrans` is a static method (callable on instances too).
fn install_maketrans(vm: &mut Vm) {
    let f = types::classmethod::new_staticmethod(types::function::new_builtin("maketrans", maketrans, None));
    let key = vm.intern("maketrans");
    STR_TYPE.0.data.dict.borrow_mut().set_str(key, f);
    STR_TYPE.0.data.bump_version();
}

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, cls: &Value, a: CallArgs) -> PyResult<Value> {
    // `str(x)`: no keyword parsing, no subclass wrapping.
    if let ([x], []) = (a.args, a.kwnames) {
        if cls.is(&types::str::STR_TYPE.value()) {
            return vm.str(x);
        }
    }
    let v = str_new_exact(vm, a)?;
    types::builtin_subclass::new_for(vm, cls, &types::str::STR_TYPE, v)
}

fn str_new_exact(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = clinic_kw(vm, "str", &a, &["object", "encoding", "errors"])?;
    let Some(x) = &p[0] else { return Ok(new_str("")) };
    if p[1].is_none() && p[2].is_none() {
        return vm.str(x);
    }
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, (v, what)) in p[1..].iter().zip(["encoding", "errors"]).enumerate() {
        if let Some(v) = v {
            match as_str(v) {
                Some(t) => names[i] = t.to_string(),
                None => {
                    return Err(
                        vm.new_type_error(format!("str() argument '{what}' must be str, not {}", arg_type_name(v)))
                    )
                }
            }
        }
    }
    let Some(data) = types::bytes::buffer_vec(x) else {
        if as_str(x).is_some() {
            return Err(vm.new_type_error("decoding str is not supported".into()));
        }
        return Err(vm.new_type_error(format!("decoding to str: need a bytes-like object, {} found", x.ty().name())));
    };
    let s = types::codecs::decode(vm, &data, &names[0], &names[1])?;
    Ok(new_string(s))
}
