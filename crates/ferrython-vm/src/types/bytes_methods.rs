//! Methods of `bytes` and `bytearray` (see `types::methods` for how they
//! are registered). One implementation serves both types: it receives the
//! `Kind` of its `self`, which picks the result type and the type name in
//! messages. Case and class predicates are ASCII-only, as in CPython.
//!
//! CPython: Objects/bytes_methods.c, Objects/bytesobject.c,
//! Objects/bytearrayobject.c, Objects/stringlib/*.h.

use crate::object::{StaticObj, Value};
use crate::types::bytes::{
    as_bytearray, buffer_vec, byte_value, bytes_from_iterable, expect_buffer, find, new_bytearray, new_bytes, rfind,
    BYTEARRAY_TYPE, BYTES_TYPE,
};
use crate::types::str_methods::{adjust_indices, clinic_kw, clinic_pos, old_style_pos, slice_bound, ssize_arg};
use crate::types::{self, methods::add_methods, CallArgs, TypeObject};
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
    fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => new_bytes(data),
            Kind::ByteArray => new_bytearray(data),
        }
    }
    fn of(self, v: &Value) -> bool {
        match self {
            Kind::Bytes => types::bytes::as_bytes(v).is_some(),
            Kind::ByteArray => as_bytearray(v).is_some(),
        }
    }
}

/// `self` and a copy of its contents.
fn this<'a>(vm: &mut Vm, kind: Kind, name: &str, a: &CallArgs<'a>) -> PyResult<(&'a Value, Vec<u8>)> {
    match a.args.first() {
        Some(v) if kind.of(v) && a.kwnames.len() < a.args.len() => Ok((v, buffer_vec(v).unwrap_or_default())),
        Some(v) if a.kwnames.len() < a.args.len() => Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            kind.name(),
            v.ty().name()
        ))),
        _ => Err(vm.new_type_error(format!("unbound method {}.{name}() needs an argument", kind.name()))),
    }
}

fn rest<'a>(a: &CallArgs<'a>) -> CallArgs<'a> {
    CallArgs { args: &a.args[1..], kwnames: a.kwnames }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// The sub argument of `count`/`find`/`index`: bytes-like or an int byte.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_vec(v) {
        return Ok(b);
    }
    if types::bytes::is_index_like(v) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.new_type_error(format!("argument should be integer or bytes-like object, not '{}'", v.ty().name())))
}

fn search(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = old_style_pos(vm, name, format_args!("{}.{name}", kind.name()), &rest(&a), 1, 3)?;
    let sub = sub_arg(vm, &p[0])?;
    let start = slice_bound(vm, p.get(1))?;
    let end = slice_bound(vm, p.get(2))?;
    let (s, e) = adjust_indices(start, end, data.len());
    let r: i64 = if e - s < sub.len() as i64 {
        if name == "count" {
            0
        } else {
            -1
        }
    } else {
        let (s, e) = (s as usize, e as usize);
        match name {
            "count" => {
                if sub.is_empty() {
                    (e - s + 1) as i64
                } else {
                    let mut n = 0;
                    let mut i = s;
                    while let Some(j) = find(&data[..e], &sub, i) {
                        n += 1;
                        i = j + sub.len();
                    }
                    n
                }
            }
            "find" | "index" => find(&data[..e], &sub, s).map_or(-1, |i| i as i64),
            _ => rfind(&data, &sub, s, e).map_or(-1, |i| i as i64),
        }
    };
    if r < 0 && name.ends_with("index") {
        return Err(vm.new_value_error("subsection not found".into()));
    }
    Ok(types::int::new_int(r))
}

fn starts_ends(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str, at_end: bool) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = old_style_pos(vm, name, format_args!("{}.{name}", kind.name()), &rest(&a), 1, 3)?;
    let start = slice_bound(vm, p.get(1))?;
    let end = slice_bound(vm, p.get(2))?;
    let matches = |sub: &[u8]| {
        let (s, e) = adjust_indices(start, end, data.len());
        if e - (sub.len() as i64) < s {
            return false;
        }
        let hay = &data[s as usize..e as usize];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    if let Some(items) = types::tuple::as_tuple(&p[0]) {
        for item in items.iter() {
            let sub = expect_buffer(vm, item)?;
            if matches(&sub) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    let Some(sub) = buffer_vec(&p[0]) else {
        return Err(
            vm.new_type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", p[0].ty().name()))
        );
    };
    Ok(vm.bool(matches(&sub)))
}

fn split_whitespace(data: &[u8], maxsplit: i64, reverse: bool) -> Vec<Vec<u8>> {
    let text: String = data.iter().map(|&b| b as char).collect();
    // Latin-1 round trip: only ASCII whitespace splits (chars >= 0x80 are
    // never ASCII spaces), so split the char view and map back.
    let is_sp = |c: char| c.is_ascii() && is_space(c as u8);
    let mut out: Vec<Vec<u8>> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut splits = 0;
    if !reverse {
        let mut i = 0;
        while i < chars.len() {
            while i < chars.len() && is_sp(chars[i]) {
                i += 1;
            }
            if i == chars.len() {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                out.push(data[i..].to_vec());
                break;
            }
            let s = i;
            while i < chars.len() && !is_sp(chars[i]) {
                i += 1;
            }
            out.push(data[s..i].to_vec());
            splits += 1;
        }
    } else {
        let mut i = chars.len();
        while i > 0 {
            while i > 0 && is_sp(chars[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if maxsplit >= 0 && splits == maxsplit {
                out.push(data[..i].to_vec());
                break;
            }
            let e = i;
            while i > 0 && !is_sp(chars[i - 1]) {
                i -= 1;
            }
            out.push(data[i..e].to_vec());
            splits += 1;
        }
        out.reverse();
    }
    out
}

fn split_sep(data: &[u8], sep: &[u8], maxsplit: i64, reverse: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !reverse {
        let mut start = 0;
        while maxsplit < 0 || splits < maxsplit {
            match find(data, sep, start) {
                Some(i) => {
                    out.push(data[start..i].to_vec());
                    start = i + sep.len();
                    splits += 1;
                }
                None => break,
            }
        }
        out.push(data[start..].to_vec());
    } else {
        let mut end = data.len();
        while maxsplit < 0 || splits < maxsplit {
            match rfind(data, sep, 0, end) {
                Some(i) => {
                    out.push(data[i + sep.len()..end].to_vec());
                    end = i;
                    splits += 1;
                }
                None => break,
            }
        }
        out.push(data[..end].to_vec());
        out.reverse();
    }
    out
}

fn split(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str, reverse: bool) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = clinic_kw(vm, name, &rest(&a), &["sep", "maxsplit"])?;
    let maxsplit = match &p[1] {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let parts = match p[0].as_ref().filter(|v| !types::bool_none::is_none(v)) {
        None => split_whitespace(&data, maxsplit, reverse),
        Some(sep) => {
            let sep = expect_buffer(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator".into()));
            }
            split_sep(&data, &sep, maxsplit, reverse)
        }
    };
    Ok(types::list::new_list(parts.into_iter().map(|p| kind.make(p)).collect()))
}

fn splitlines(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "splitlines", &a)?;
    let p = clinic_kw(vm, "splitlines", &rest(&a), &["keepends"])?;
    let keepends = match &p[0] {
        Some(k) => ssize_arg(vm, k)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut eol = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            let end = if keepends { eol } else { i };
            out.push(kind.make(data[start..end].to_vec()));
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(kind.make(data[start..].to_vec()));
    }
    Ok(types::list::new_list(out))
}

fn strip(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = clinic_pos(vm, format_args!("{}.{name}", kind.name()), &rest(&a), 0, 1)?;
    let set: Option<Vec<u8>> = match p.first().filter(|v| !types::bool_none::is_none(v)) {
        None => None,
        Some(v) => Some(expect_buffer(vm, v)?),
    };
    let strip_it = |b: u8| match &set {
        None => is_space(b),
        Some(s) => s.contains(&b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip_it(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(data[e - 1]) {
            e -= 1;
        }
    }
    Ok(kind.make(data[s..e].to_vec()))
}

fn join(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, sep) = this(vm, kind, "join", &a)?;
    let p = clinic_pos(vm, format_args!("{}.join", kind.name()), &rest(&a), 1, 1)?;
    if p[0].ty().slots.iter.get().is_none() {
        return Err(vm.new_type_error("can only join an iterable".into()));
    }
    let items = vm.collect_iterable(&p[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = buffer_vec(item) else {
            return Err(vm.new_type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.ty().name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(kind.make(out))
}

fn replace(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "replace", &a)?;
    let p = clinic_pos(vm, format_args!("{}.replace", kind.name()), &rest(&a), 2, 3)?;
    let old = expect_buffer(vm, &p[0])?;
    let new = expect_buffer(vm, &p[1])?;
    let count = match p.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(data.len());
    let mut n = 0;
    if old.is_empty() {
        for &b in &data {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
        return Ok(kind.make(out));
    }
    let mut i = 0;
    while n < limit {
        match find(&data, &old, i) {
            Some(j) => {
                out.extend_from_slice(&data[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(kind.make(out))
}

fn partition(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str, reverse: bool) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = clinic_pos(vm, format_args!("{}.{name}", kind.name()), &rest(&a), 1, 1)?;
    let sep = expect_buffer(vm, &p[0])?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator".into()));
    }
    let found = if reverse { rfind(&data, &sep, 0, data.len()) } else { find(&data, &sep, 0) };
    let parts = match found {
        Some(i) => vec![data[..i].to_vec(), sep.clone(), data[i + sep.len()..].to_vec()],
        None if reverse => vec![Vec::new(), Vec::new(), data.clone()],
        None => vec![data.clone(), Vec::new(), Vec::new()],
    };
    let mut items: Vec<Value> = parts.into_iter().map(|p| kind.make(p)).collect();
    // bytes.partition returns the separator object itself.
    if kind == Kind::Bytes && found.is_some() {
        items[1] = p[0].clone();
    }
    Ok(types::tuple::new_tuple(items))
}

fn remove_affix(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str, suffix: bool) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = clinic_pos(vm, format_args!("{}.{name}", kind.name()), &rest(&a), 1, 1)?;
    let affix = expect_buffer(vm, &p[0])?;
    let r = if suffix { data.strip_suffix(&affix[..]) } else { data.strip_prefix(&affix[..]) };
    Ok(kind.make(r.unwrap_or(&data).to_vec()))
}

fn justify(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str, how: u8) -> PyResult<Value> {
    let (_, data) = this(vm, kind, name, &a)?;
    let p = clinic_pos(vm, format_args!("{}.{name}", kind.name()), &rest(&a), 1, 2)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(f) => match buffer_vec(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.new_type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.ty().name()
                )))
            }
        },
    };
    let len = data.len() as i64;
    if width <= len {
        return Ok(kind.make(data));
    }
    let marg = width - len;
    types::str::check_alloc(vm, width as usize)?;
    let left = match how {
        0 => 0,
        1 => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = vec![fill; left as usize];
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(kind.make(out))
}

fn zfill(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "zfill", &a)?;
    let p = clinic_pos(vm, format_args!("{}.zfill", kind.name()), &rest(&a), 1, 1)?;
    let width = ssize_arg(vm, &p[0])?;
    if width <= data.len() as i64 {
        return Ok(kind.make(data));
    }
    let fill = width as usize - data.len();
    types::str::check_alloc(vm, width as usize)?;
    let mut out = Vec::with_capacity(width as usize);
    let digits = match data.first() {
        Some(&s @ (b'+' | b'-')) => {
            out.push(s);
            &data[1..]
        }
        _ => &data[..],
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(digits);
    Ok(kind.make(out))
}

fn expandtabs(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "expandtabs", &a)?;
    let p = clinic_kw(vm, "expandtabs", &rest(&a), &["tabsize"])?;
    let tabsize = match &p[0] {
        Some(t) => ssize_arg(vm, t)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &b in &data {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    types::str::check_alloc(vm, out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(kind.make(out))
}

fn decode(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "decode", &a)?;
    let p = clinic_kw(vm, "decode", &rest(&a), &["encoding", "errors"])?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, (v, what)) in p.iter().zip(["encoding", "errors"]).enumerate() {
        if let Some(v) = v {
            match types::str::as_str(v) {
                Some(t) => names[i] = t.to_string(),
                None => {
                    return Err(vm.new_type_error(format!(
                        "decode() argument '{what}' must be str, not {}",
                        crate::types::str_methods::arg_type_name(v)
                    )))
                }
            }
        }
    }
    let s = types::codecs::decode(vm, &data, &names[0], &names[1])?;
    Ok(types::str::new_string(s))
}

fn hex(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "hex", &a)?;
    let p = clinic_kw(vm, "hex", &rest(&a), &["sep", "bytes_per_sep"])?;
    let sep: Option<char> = match &p[0] {
        None => None,
        Some(s) => {
            let chars: Vec<char> = if let Some(t) = types::str::as_str(s) {
                t.chars().collect()
            } else if let Some(b) = buffer_vec(s) {
                b.iter().map(|&b| b as char).collect()
            } else {
                vm.len(s)?;
                return Err(vm.new_type_error(format!("object of type '{}' has no len()", s.ty().name())));
            };
            if chars.len() != 1 {
                return Err(vm.new_value_error("sep must be length 1.".into()));
            }
            if !chars[0].is_ascii() {
                return Err(vm.new_value_error("sep must be ASCII.".into()));
            }
            Some(chars[0])
        }
    };
    let per = match &p[1] {
        Some(n) => ssize_arg(vm, n)?,
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let out = match sep {
        Some(sep) if per != 0 && !data.is_empty() => {
            let group = per.unsigned_abs() as usize;
            let n = data.len();
            let mut out = String::new();
            for (i, d) in digits.iter().enumerate() {
                // Groups count from the right for a positive `bytes_per_sep`.
                let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
                if i > 0 && boundary {
                    out.push(sep);
                }
                out.push_str(d);
            }
            out
        }
        _ => digits.concat(),
    };
    Ok(types::str::new_string(out))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`, a class method:
/// `args[0]` is the class.
fn fromhex(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let is_array = a.args.first().is_some_and(|c| c.is(&BYTEARRAY_TYPE.value()));
    let kind = if is_array { Kind::ByteArray } else { Kind::Bytes };
    let p = clinic_pos(vm, format_args!("{}.fromhex", kind.name()), &rest(&a), 1, 1)?;
    let Some(s) = types::str::as_str(&p[0]) else {
        return Err(vm.new_type_error(format!(
            "fromhex() argument must be str, not {}",
            crate::types::str_methods::arg_type_name(&p[0])
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &mut Vm, pos: usize| {
        vm.new_value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"))
    };
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else { return Err(bad(vm, i)) };
        let lo = chars.get(i + 1).filter(|c| c.is_ascii()).and_then(|c| c.to_digit(16));
        let Some(lo) = lo else { return Err(bad(vm, i + 1)) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(kind.make(out))
}

fn translate(vm: &mut Vm, a: CallArgs, kind: Kind) -> PyResult<Value> {
    let (_, data) = this(vm, kind, "translate", &a)?;
    let r = rest(&a);
    let mut delete: Vec<u8> = Vec::new();
    let mut table_arg = None;
    for (k, v) in r.kw() {
        match types::str::as_str(k).unwrap_or("") {
            "delete" => delete = expect_buffer(vm, v)?,
            key => {
                return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for translate()")));
            }
        }
    }
    let pos = r.pos();
    if pos.is_empty() || pos.len() > 2 {
        let msg = if pos.is_empty() {
            "translate() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!("translate() takes at most 2 arguments ({} given)", pos.len())
        };
        return Err(vm.new_type_error(msg));
    }
    if let Some(d) = pos.get(1) {
        delete = expect_buffer(vm, d)?;
    }
    if !types::bool_none::is_none(&pos[0]) {
        let t = expect_buffer(vm, &pos[0])?;
        if t.len() != 256 {
            return Err(vm.new_value_error("translation table must be 256 characters long".into()));
        }
        table_arg = Some(t);
    }
    let out: Vec<u8> =
        data.iter().filter(|b| !delete.contains(b)).map(|&b| table_arg.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(kind.make(out))
}

/// `bytes.maketrans(frm, to)`, a static method.
fn maketrans(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let p = clinic_pos(vm, "maketrans", &a, 2, 2)?;
    let from = expect_buffer(vm, &p[0])?;
    let to = expect_buffer(vm, &p[1])?;
    if from.len() != to.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

/// ASCII case mappings and predicates.
fn case_map(data: &[u8], how: &str) -> Vec<u8> {
    match how {
        "lower" => data.to_ascii_lowercase(),
        "upper" => data.to_ascii_uppercase(),
        "swapcase" => data
            .iter()
            .map(|b| if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
            .collect(),
        "capitalize" => {
            let mut out = data.to_ascii_lowercase();
            if let Some(f) = out.first_mut() {
                f.make_ascii_uppercase();
            }
            out
        }
        _ => {
            let mut prev_cased = false;
            data.iter()
                .map(|&b| {
                    let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                    prev_cased = b.is_ascii_alphabetic();
                    r
                })
                .collect()
        }
    }
}

fn predicate(data: &[u8], how: &str) -> bool {
    let all = |f: fn(&u8) -> bool| !data.is_empty() && data.iter().all(f);
    match how {
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isdigit" => all(u8::is_ascii_digit),
        "isspace" => all(|b| is_space(*b)),
        "isascii" => data.is_ascii(),
        "islower" => data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase),
        "isupper" => data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase),
        _ => {
            // istitle
            let mut cased = false;
            let mut prev_cased = false;
            for &b in data {
                if b.is_ascii_uppercase() {
                    if prev_cased {
                        return false;
                    }
                    prev_cased = true;
                    cased = true;
                } else if b.is_ascii_lowercase() {
                    if !prev_cased {
                        return false;
                    }
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            cased
        }
    }
}

fn no_arg_method(vm: &mut Vm, a: CallArgs, kind: Kind, name: &str) -> PyResult<Value> {
    let (s, data) = this(vm, kind, name, &a)?;
    clinic_pos(vm, format_args!("{}.{name}", kind.name()), &rest(&a), 0, 0)?;
    if name.starts_with("is") {
        return Ok(vm.bool(predicate(&data, name)));
    }
    match name {
        "copy" => Ok(kind.make(data)),
        "clear" => {
            as_bytearray(s).expect("bytearray").borrow_mut().clear();
            Ok(vm.none())
        }
        "reverse" => {
            as_bytearray(s).expect("bytearray").borrow_mut().reverse();
            Ok(vm.none())
        }
        _ => Ok(kind.make(case_map(&data, name))),
    }
}

/// `bytearray` mutators.
fn mutate(vm: &mut Vm, a: CallArgs, name: &str) -> PyResult<Value> {
    let (s, _) = this(vm, Kind::ByteArray, name, &a)?;
    let cell = as_bytearray(s).expect("bytearray");
    let r = rest(&a);
    match name {
        "append" => {
            let p = clinic_pos(vm, "bytearray.append", &r, 1, 1)?;
            let b = byte_value(vm, &p[0])?;
            cell.borrow_mut().push(b);
        }
        "extend" => {
            let p = clinic_pos(vm, "bytearray.extend", &r, 1, 1)?;
            let data = match buffer_vec(&p[0]) {
                Some(b) => b,
                None if p[0].ty().slots.iter.get().is_none() => {
                    return Err(vm.new_type_error(format!("can't extend bytearray with {}", p[0].ty().name())))
                }
                None => bytes_from_iterable(vm, &p[0]).map_err(|e| {
                    if e.is_instance_of(&types::exceptions::VALUE_ERROR.0) {
                        vm.new_value_error("byte must be in range(0, 256)".into())
                    } else {
                        e
                    }
                })?,
            };
            cell.borrow_mut().extend(data);
        }
        "pop" => {
            let p = clinic_pos(vm, "bytearray.pop", &r, 0, 1)?;
            let i = match p.first() {
                Some(x) => ssize_arg(vm, x)?,
                None => -1,
            };
            let n = cell.borrow().len() as i64;
            if n == 0 {
                return Err(vm.new_index_error("pop from empty bytearray".into()));
            }
            let idx = if i < 0 { i + n } else { i };
            if idx < 0 || idx >= n {
                return Err(vm.new_index_error("pop index out of range".into()));
            }
            let b = cell.borrow_mut().remove(idx as usize);
            return Ok(types::int::new_int(i64::from(b)));
        }
        "insert" => {
            let p = clinic_pos(vm, "bytearray.insert", &r, 2, 2)?;
            let i = ssize_arg(vm, &p[0])?;
            let b = byte_value(vm, &p[1])?;
            let mut data = cell.borrow_mut();
            let n = data.len() as i64;
            let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
            data.insert(idx as usize, b);
        }
        _ => {
            // remove
            let p = clinic_pos(vm, "bytearray.remove", &r, 1, 1)?;
            let b = byte_value(vm, &p[0])?;
            let pos = cell.borrow().iter().position(|&x| x == b);
            match pos {
                Some(i) => {
                    cell.borrow_mut().remove(i);
                }
                None => return Err(vm.new_value_error("value not found in bytearray".into())),
            }
        }
    }
    Ok(vm.none())
}

/// `bytearray.__iadd__` / `__imul__`.
fn inplace(vm: &mut Vm, a: CallArgs, name: &str, op: ferrython_bytecode::BinOp) -> PyResult<Value> {
    let (s, _) = this(vm, Kind::ByteArray, name, &a)?;
    let p = clinic_pos(vm, format_args!("bytearray.{name}"), &rest(&a), 1, 1)?;
    match types::bytes::bytearray_inplace(vm, s, &p[0], op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! per_kind {
    ($kind:expr, $($name:literal => $body:expr),* $(,)?) => {
        &[$(($name, { const K: Kind = $kind; |vm: &mut Vm, a: CallArgs| -> PyResult<Value> {
            #[allow(clippy::redundant_closure_call)]
            ($body)(vm, a, K)
        } }),)*]
    };
}

macro_rules! shared_methods {
    ($kind:expr) => {
        per_kind!($kind,
            "decode" => decode,
            "hex" => hex,
            "count" => |vm, a, k| search(vm, a, k, "count"),
            "find" => |vm, a, k| search(vm, a, k, "find"),
            "rfind" => |vm, a, k| search(vm, a, k, "rfind"),
            "index" => |vm, a, k| search(vm, a, k, "index"),
            "rindex" => |vm, a, k| search(vm, a, k, "rindex"),
            "startswith" => |vm, a, k| starts_ends(vm, a, k, "startswith", false),
            "endswith" => |vm, a, k| starts_ends(vm, a, k, "endswith", true),
            "split" => |vm, a, k| split(vm, a, k, "split", false),
            "rsplit" => |vm, a, k| split(vm, a, k, "rsplit", true),
            "splitlines" => splitlines,
            "strip" => |vm, a, k| strip(vm, a, k, "strip", true, true),
            "lstrip" => |vm, a, k| strip(vm, a, k, "lstrip", true, false),
            "rstrip" => |vm, a, k| strip(vm, a, k, "rstrip", false, true),
            "join" => join,
            "replace" => replace,
            "partition" => |vm, a, k| partition(vm, a, k, "partition", false),
            "rpartition" => |vm, a, k| partition(vm, a, k, "rpartition", true),
            "removeprefix" => |vm, a, k| remove_affix(vm, a, k, "removeprefix", false),
            "removesuffix" => |vm, a, k| remove_affix(vm, a, k, "removesuffix", true),
            "center" => |vm, a, k| justify(vm, a, k, "center", 2),
            "ljust" => |vm, a, k| justify(vm, a, k, "ljust", 0),
            "rjust" => |vm, a, k| justify(vm, a, k, "rjust", 1),
            "zfill" => zfill,
            "expandtabs" => expandtabs,
            "translate" => translate,
            "lower" => |vm, a, k| no_arg_method(vm, a, k, "lower"),
            "upper" => |vm, a, k| no_arg_method(vm, a, k, "upper"),
            "swapcase" => |vm, a, k| no_arg_method(vm, a, k, "swapcase"),
            "capitalize" => |vm, a, k| no_arg_method(vm, a, k, "capitalize"),
            "title" => |vm, a, k| no_arg_method(vm, a, k, "title"),
            "isalnum" => |vm, a, k| no_arg_method(vm, a, k, "isalnum"),
            "isalpha" => |vm, a, k| no_arg_method(vm, a, k, "isalpha"),
            "isascii" => |vm, a, k| no_arg_method(vm, a, k, "isascii"),
            "isdigit" => |vm, a, k| no_arg_method(vm, a, k, "isdigit"),
            "islower" => |vm, a, k| no_arg_method(vm, a, k, "islower"),
            "isupper" => |vm, a, k| no_arg_method(vm, a, k, "isupper"),
            "isspace" => |vm, a, k| no_arg_method(vm, a, k, "isspace"),
            "istitle" => |vm, a, k| no_arg_method(vm, a, k, "istitle"),
        )
    };
}

fn install_for(vm: &mut Vm, ty: &'static StaticObj<TypeObject>, methods: &[(&'static str, types::function::NativeFn)]) {
    add_methods(vm, ty, methods);
}

pub fn install(vm: &mut Vm) {
    install_for(vm, &BYTES_TYPE, shared_methods!(Kind::Bytes));
    install_for(vm, &BYTEARRAY_TYPE, shared_methods!(Kind::ByteArray));
    use types::classmethod::{new_classmethod, new_staticmethod};
    use types::function::new_builtin;
    for ty in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        let (k1, k2) = (vm.intern("fromhex"), vm.intern("maketrans"));
        let mut dict = ty.0.data.dict.borrow_mut();
        dict.set_str(k1, new_classmethod(new_builtin("fromhex", fromhex, None)));
        dict.set_str(k2, new_staticmethod(new_builtin("maketrans", maketrans, None)));
        drop(dict);
        ty.0.data.bump_version();
    }
    add_methods(
        vm,
        &BYTEARRAY_TYPE,
        per_kind!(Kind::ByteArray,
            "append" => |vm, a, _| mutate(vm, a, "append"),
            "extend" => |vm, a, _| mutate(vm, a, "extend"),
            "pop" => |vm, a, _| mutate(vm, a, "pop"),
            "insert" => |vm, a, _| mutate(vm, a, "insert"),
            "remove" => |vm, a, _| mutate(vm, a, "remove"),
            "copy" => |vm, a, k| no_arg_method(vm, a, k, "copy"),
            "clear" => |vm, a, k| no_arg_method(vm, a, k, "clear"),
            "reverse" => |vm, a, k| no_arg_method(vm, a, k, "reverse"),
            "__iadd__" => |vm, a, _| inplace(vm, a, "__iadd__", ferrython_bytecode::BinOp::Add),
            "__imul__" => |vm, a, _| inplace(vm, a, "__imul__", ferrython_bytecode::BinOp::Mul),
        ),
    );
}
