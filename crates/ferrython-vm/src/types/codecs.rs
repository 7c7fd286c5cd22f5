//! Text encodings for `str.encode`, `bytes.decode`, `bytes(s, enc)` and
//! `str(b, enc)`: UTF-8, ASCII and Latin-1, with the error handlers
//! `strict`, `ignore`, `replace`, `backslashreplace` and (encoding)
//! `xmlcharrefreplace`, and CPython's `UnicodeEncodeError` /
//! `UnicodeDecodeError` (arguments `(encoding, object, start, end,
//! reason)`, message built from them).
//!
//! CPython: Objects/unicodeobject.c (unicode_encode_ucs1,
//! PyUnicode_DecodeUTF8Stateful, the error-handler fast paths),
//! Lib/encodings/__init__.py (normalize_encoding), Lib/encodings/aliases.py,
//! Objects/exceptions.c (UnicodeEncodeError_str, UnicodeDecodeError_str).

use crate::object::Value;
use crate::types::{self, exceptions};
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// `encodings.normalize_encoding` (lower-cased): runs of characters other
/// than ASCII letters, digits and '.' become one '_', none at the ends.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec an encoding name refers to (Lib/encodings/aliases.py).
pub fn lookup(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let n = normalize_encoding(name);
    let codec = match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "us_ascii" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "csisolatin1"
        | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" => Codec::Latin1,
        _ => {
            return Err(vm.new_exception(&exceptions::LOOKUP_ERROR, format!("unknown encoding: {name}")));
        }
    };
    Ok(codec)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    vm.new_exception(&exceptions::LOOKUP_ERROR, format!("unknown error handler name '{errors}'"))
}

/// A `UnicodeEncodeError` / `UnicodeDecodeError` with CPython's five arguments.
fn unicode_error(
    vm: &mut Vm,
    ty: &'static crate::object::StaticObj<types::TypeObject>,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        types::str::new_str(codec.name()),
        object,
        types::int::new_int(start as i64),
        types::int::new_int(end as i64),
        types::str::new_str(reason),
    ];
    vm.new_exception_args(&ty.value(), args)
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                let obj = types::str::new_str(s);
                return Err(unicode_error(vm, &exceptions::UNICODE_ENCODE_ERROR, codec, obj, i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(backslash_escape(c as u32).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn backslash_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// An undecodable run `data[start..end]` handled by `errors` (after a
/// strict failure was ruled out by the caller).
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let obj = types::bytes::new_bytes(data.to_vec());
            Err(unicode_error(vm, &exceptions::UNICODE_DECODE_ERROR, codec, obj, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(vm, codec, data, (i, i + 1), "ordinal not in range(128)", errors, &mut out)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                        let start = pos + good;
                        let (end, reason) = match e.error_len() {
                            None => (data.len(), "unexpected end of data"),
                            Some(n) => {
                                let first = data[start];
                                if matches!(first, 0x80..=0xC1 | 0xF5..=0xFF) {
                                    (start + 1, "invalid start byte")
                                } else {
                                    (start + n, "invalid continuation byte")
                                }
                            }
                        };
                        decode_error(vm, codec, data, (start, end), reason, errors, &mut out)?;
                        pos = end;
                    }
                }
            }
        }
    }
}

/// `str(e)` of a UnicodeEncodeError / UnicodeDecodeError whose arguments
/// have CPython's shape; `None` otherwise (plain exception `str`).
pub fn unicode_error_str(v: &Value, args: &[Value]) -> Option<String> {
    let is_encode = v.ty().is_subtype(&exceptions::UNICODE_ENCODE_ERROR.0);
    let is_decode = v.ty().is_subtype(&exceptions::UNICODE_DECODE_ERROR.0);
    if !(is_encode || is_decode) || args.len() != 5 {
        return None;
    }
    let enc = types::str::as_str(&args[0])?;
    let start = types::int::to_i64(&args[2])?;
    let end = types::int::to_i64(&args[3])?;
    let reason = types::str::as_str(&args[4])?;
    if is_encode {
        let s = types::str::as_str(&args[1])?;
        if start >= 0 && end == start + 1 {
            let c = s.chars().nth(start as usize)? as u32;
            let shown = backslash_escape(c);
            return Some(format!("'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"));
        }
        return Some(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1));
    }
    let data = types::bytes::buffer_vec(&args[1])?;
    if start >= 0 && end == start + 1 {
        let b = *data.get(start as usize)?;
        return Some(format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"));
    }
    Some(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1))
}

/// `e.encoding`, `e.object`, `e.start`, `e.end`, `e.reason` of a Unicode error.
pub fn unicode_error_attr(v: &Value, args: &[Value], name: &str) -> Option<Value> {
    let is_unicode = v.ty().is_subtype(&exceptions::UNICODE_ENCODE_ERROR.0)
        || v.ty().is_subtype(&exceptions::UNICODE_DECODE_ERROR.0);
    if !is_unicode || args.len() != 5 {
        return None;
    }
    let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name)?;
    Some(args[i].clone())
}
