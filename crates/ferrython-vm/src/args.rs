//! Argument parsing for builtin functions, with CPython's messages
//! (`Python/getargs.c`): `len() takes exactly one argument (2 given)`,
//! `print() got an unexpected keyword argument 'x'`, ...

use crate::object::Value;
use crate::types::{self, CallArgs};
use crate::vm::{PyResult, Vm};

/// Positional-only arguments: between `min` and `max` of them, no keywords.
///
/// `name` is only formatted for an error (callers may pass `format_args!`).
#[inline(always)]
pub fn positional<'a>(
    vm: &mut Vm,
    name: impl std::fmt::Display,
    args: &CallArgs<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    if args.kwnames.is_empty() && pos.len() >= min && pos.len() <= max {
        return Ok(pos);
    }
    positional_error(vm, &name, args, min, max)
}

#[cold]
#[inline(never)]
fn positional_error<'a>(
    vm: &mut Vm,
    name: &dyn std::fmt::Display,
    args: &CallArgs<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    match count_message(&name.to_string(), None, args.pos().len(), min, max) {
        Some(msg) => Err(vm.new_type_error(msg)),
        None => Ok(args.pos()),
    }
}

/// CPython's message for `n` positional arguments outside `min..=max`
/// (`None` when `n` is inside). `qual` names the function in the "takes"
/// forms; `short` (default `qual`) in the "expected" forms, which Argument
/// Clinic words with the bare method name.
pub fn count_message(qual: &str, short: Option<&str>, n: usize, min: usize, max: usize) -> Option<String> {
    let short = short.unwrap_or(qual);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Some(if min == max && n != min {
        match min {
            0 => format!("{qual}() takes no arguments ({n} given)"),
            1 => format!("{qual}() takes exactly one argument ({n} given)"),
            _ => format!("{short} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{short} expected at least {min} argument{}, got {n}", plural(min))
    } else if n > max {
        format!("{short} expected at most {max} argument{}, got {n}", plural(max))
    } else {
        return None;
    })
}

/// Parses positional-or-keyword parameters named `names` (the first
/// `posonly` positional-only); returns one slot per name.
pub fn parse(
    vm: &mut Vm,
    fname: &str,
    args: &CallArgs,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    if pos.len() > names.len() {
        let msg = if names.len() == required {
            format!(
                "{fname}() takes exactly {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                pos.len()
            )
        } else {
            format!(
                "{fname}() takes at most {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                pos.len()
            )
        };
        return Err(vm.new_type_error(msg));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut unknown = None;
    for (k, v) in args.kw() {
        let key = types::str::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(vm.new_type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => unknown = unknown.or(Some(key)),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    // CPython 3.11's getargs.c reports a stray keyword after the missing
    // arguments, in these words.
    if let Some(key) = unknown {
        return Err(vm.new_type_error(format!("'{key}' is an invalid keyword argument for {fname}()")));
    }
    Ok(out)
}

/// The parameters of an Argument Clinic function (CPython's
/// `_PyArg_UnpackKeywords`, 3.11): `names` in order, the first `posonly`
/// positional-only, at most `maxpos` positional, the first `minpos`
/// required. Returns one slot per name; the messages are clinic's.
pub fn unpack_keywords(
    vm: &mut Vm,
    fname: &str,
    args: &CallArgs,
    names: &[&str],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let kw: Vec<(&str, Value)> = args.kw().map(|(k, v)| (types::str::as_str(k).unwrap_or(""), v.clone())).collect();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let maxargs = names.len();
    if pos.len() + kw.len() > maxargs {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if pos.is_empty() { "keyword " } else { "" },
            plural(maxargs),
            pos.len() + kw.len()
        )));
    }
    if pos.len() > maxpos {
        let how = if minpos < maxpos { "at most" } else { "exactly" };
        return Err(vm.new_type_error(format!(
            "{fname}() takes {how} {maxpos} positional argument{} ({} given)",
            plural(maxpos),
            pos.len()
        )));
    }
    let minposonly = minpos.min(posonly);
    if pos.len() < minposonly {
        let how = if minposonly < maxpos { "at least" } else { "exactly" };
        return Err(vm.new_type_error(format!(
            "{fname}() takes {how} {minposonly} positional argument{} ({} given)",
            plural(minposonly),
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unused = kw.len();
    for i in pos.len().max(posonly)..maxargs {
        out[i] = kw.iter().find(|(k, _)| *k == names[i]).map(|(_, v)| v.clone());
        if out[i].is_some() {
            unused -= 1;
        } else if i < minpos {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if unused > 0 {
        for (i, name) in names.iter().enumerate().take(pos.len()).skip(posonly) {
            if kw.iter().any(|(k, _)| k == name) {
                return Err(vm.new_type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = kw.iter().find(|(k, _)| !names[posonly..].contains(k)) {
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        }
    }
    Ok(out)
}
