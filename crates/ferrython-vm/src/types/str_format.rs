//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: the
//! replacement-field grammar
//!
//! ```text
//! field       ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//! field_name  ::= (identifier | digits)? ("." attribute | "[" index "]")*
//! ```
//!
//! with automatic (`{}`) or manual (`{0}`) numbering, never both, and
//! replacement fields nested in the format spec (`{:{width}}`), expanded
//! recursively two levels deep at most. The scanner follows CPython's
//! `MarkupIterator` closely, so malformed strings fail with the same message
//! at the same point.
//!
//! CPython: Objects/stringlib/unicode_format.h.

use crate::object::Value;
use crate::types::str::{as_str, new_string};
use crate::types::{self, CallArgs};
use crate::vm::{PyErr, PyResult, Vm};

/// Where positional fields come from and how they are numbered.
struct Fields<'a> {
    args: Option<&'a [Value]>,
    kwargs: Option<Value>,
    /// `None` until the first numeric field, then auto (`true`) or manual.
    auto: Option<bool>,
    next_auto: usize,
}

fn value_error(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_value_error(msg.into())
}

/// A run of ASCII digits as an index; `None` when `s` is not all digits.
fn parse_index(vm: &mut Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        let d = *c as usize - '0' as usize;
        n = match n.checked_mul(10).and_then(|n| n.checked_add(d)).filter(|&n| n <= isize::MAX as usize) {
            Some(n) => n,
            None => return Err(value_error(vm, "Too many decimal digits in format string")),
        };
    }
    Ok(Some(n))
}

/// Resolves `field_name` to an object (`get_field_object`).
fn field_object(vm: &mut Vm, name: &[char], fields: &mut Fields) -> PyResult<Value> {
    let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let first = &name[..first_end];
    let index = parse_index(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        let state = *fields.auto.get_or_insert(empty);
        if state && !empty {
            return Err(value_error(vm, "cannot switch from automatic field numbering to manual field specification"));
        }
        if !state && empty {
            return Err(value_error(vm, "cannot switch from manual field specification to automatic field numbering"));
        }
    }
    let index = if empty {
        let i = fields.next_auto;
        fields.next_auto += 1;
        Some(i)
    } else {
        index
    };
    let mut obj = match index {
        Some(i) => {
            let Some(args) = fields.args else {
                return Err(value_error(vm, "Format string contains positional fields"));
            };
            match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(
                        vm.new_index_error(format!("Replacement index {i} out of range for positional args tuple"))
                    )
                }
            }
        }
        None => {
            let key = new_string(first.iter().collect());
            match &fields.kwargs {
                Some(m) => {
                    let m = m.clone();
                    vm.get_item(&m, &key)?
                }
                None => return Err(vm.new_key_error(key)),
            }
        }
    };
    // The rest: `.attr` and `[key]` parts.
    let mut i = first_end;
    while i < name.len() {
        let c = name[i];
        i += 1;
        match c {
            '.' => {
                let start = i;
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                if start == i {
                    return Err(value_error(vm, "Empty attribute in format string"));
                }
                let attr = vm.intern(&name[start..i].iter().collect::<String>());
                obj = vm.getattr(&obj, &attr)?;
            }
            '[' => {
                let start = i;
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i == name.len() {
                    return Err(value_error(vm, "Missing ']' in format string"));
                }
                let key_chars = &name[start..i];
                i += 1;
                if key_chars.is_empty() {
                    return Err(value_error(vm, "Empty attribute in format string"));
                }
                let key = match parse_index(vm, key_chars)? {
                    Some(n) => types::int::new_int(n as i64),
                    None => new_string(key_chars.iter().collect()),
                };
                obj = vm.get_item(&obj, &key)?;
            }
            _ => return Err(value_error(vm, "Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}

/// `!r`, `!s`, `!a`.
fn convert(vm: &mut Vm, obj: Value, conversion: Option<char>) -> PyResult<Value> {
    match conversion {
        None => Ok(obj),
        Some('r') => vm.repr(&obj),
        Some('s') => vm.str(&obj),
        Some('a') => {
            let r = vm.repr_string(&obj)?;
            Ok(new_string(crate::ops::ascii_escape(&r)))
        }
        Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
            Err(vm.new_value_error(format!("Unknown conversion specifier {c}")))
        }
        Some(c) => Err(vm.new_value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

/// Formats `s` (`build_string` / `output_markup`); `depth` guards nested specs.
fn build(vm: &mut Vm, s: &[char], fields: &mut Fields, depth: i32, out: &mut String) -> PyResult<()> {
    if depth <= 0 {
        return Err(value_error(vm, "Max string recursion exceeded"));
    }
    let n = s.len();
    let mut pos = 0;
    while pos < n {
        // Literal text up to a brace.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < n {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if c == '}' && markup && (at_end || s[pos] != '}') {
            return Err(value_error(vm, "Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(value_error(vm, "Single '{' encountered in format string"));
        }
        if markup {
            if s[pos] == c {
                // `{{` or `}}`: the brace is literal text.
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        // The field: name up to '}', ':' or '!' ('[...]' skipped).
        let name_start = pos;
        let mut c = '\0';
        while pos < n {
            c = s[pos];
            pos += 1;
            match c {
                '{' => return Err(value_error(vm, "unexpected '{' in field name")),
                '[' => {
                    while pos < n && s[pos] != ']' {
                        pos += 1;
                    }
                    c = '\0';
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => c = '\0',
            }
        }
        let name = &s[name_start..if c == '\0' { pos } else { pos - 1 }];
        let mut conversion = None;
        let mut spec: &[char] = &[];
        let mut expand = false;
        if c == '!' || c == ':' {
            let mut spec_follows = true;
            if c == '!' {
                if pos >= n {
                    return Err(value_error(vm, "end of string while looking for conversion specifier"));
                }
                conversion = Some(s[pos]);
                pos += 1;
                if pos < n {
                    let d = s[pos];
                    pos += 1;
                    if d == '}' {
                        spec_follows = false;
                    } else if d != ':' {
                        return Err(value_error(vm, "expected ':' after conversion specifier"));
                    }
                }
            }
            if spec_follows {
                let spec_start = pos;
                let mut count = 1;
                let mut closed = false;
                while pos < n {
                    let d = s[pos];
                    pos += 1;
                    if d == '{' {
                        expand = true;
                        count += 1;
                    } else if d == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &s[spec_start..pos - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(value_error(vm, "unmatched '{' in format spec"));
                }
            }
        } else if c != '}' {
            return Err(value_error(vm, "expected '}' before end of string"));
        }
        let obj = field_object(vm, name, fields)?;
        let obj = convert(vm, obj, conversion)?;
        let spec_text: String = if expand {
            let mut t = String::new();
            build(vm, spec, fields, depth - 1, &mut t)?;
            t
        } else {
            spec.iter().collect()
        };
        let r = vm.format(&obj, &spec_text)?;
        out.push_str(as_str(&r).unwrap_or(""));
    }
    Ok(())
}

fn format_with(vm: &mut Vm, s: &str, fields: &mut Fields) -> PyResult<Value> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    build(vm, &chars, fields, 2, &mut out)?;
    Ok(new_string(out))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = crate::types::str_methods::this(vm, "format", &a)?.clone();
    let pos = &a.pos()[1..];
    let kwargs = if a.kwnames.is_empty() {
        None
    } else {
        let d = types::dict::new_dict();
        let data = types::dict::as_dict(&d).expect("dict");
        for (k, v) in a.kw() {
            types::dict::dict_set(vm, data, k.clone(), v.clone())?;
        }
        Some(d)
    };
    let mut fields = Fields { args: Some(pos), kwargs, auto: None, next_auto: 0 };
    format_with(vm, as_str(&s).expect("str"), &mut fields)
}

/// `str.format_map(mapping)`.
pub fn str_format_map_method(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let s = crate::types::str_methods::this(vm, "format_map", &a)?.clone();
    let p = crate::types::str_methods::clinic_pos(vm, "str.format_map", &crate::types::str_methods::rest(&a), 1, 1)?;
    let mut fields = Fields { args: None, kwargs: Some(p[0].clone()), auto: None, next_auto: 0 };
    format_with(vm, as_str(&s).expect("str"), &mut fields)
}
