//! "Did you mean" suggestions for uncaught NameError and AttributeError,
//! computed when the exception is printed, as CPython 3.11 does.
//!
//! CPython: Python/suggestions.c (3.11). The candidates are
//! * AttributeError (exactly that type, with `name` and `obj` set): `dir(obj)`;
//! * NameError (exactly that type, with `name` set and a traceback): the
//!   innermost frame's `co_varnames`, then its globals, then its builtins,
//!   each list searched on its own and the first with a match wins.
//!
//! The distance is Levenshtein's over UTF-8 bytes with CPython's costs: a
//! move (insert, delete or substitution) costs 2, a substitution that only
//! flips ASCII case costs 1. A candidate is accepted when at most about a
//! third of the characters change: `(len(name) + len(item) + 3) * 2 / 6`.
//! The earliest candidate with the smallest distance wins. Lists of 750 or
//! more candidates are not searched; strings longer than 40 bytes (after
//! trimming a common prefix and suffix) never match.
//! 3.11 has no ImportError suggestions and no "Did you forget to import"
//! hint (both are 3.12).

use crate::object::Value;
use crate::types::{self, exceptions};
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    // Bytes whose low five bits differ cannot be a case flip.
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b`, or anything above `max_cost` once it
/// is certain to exceed it.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost from
    // b[..j] to a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut distance = j * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name` (CPython: calculate_suggestions).
fn closest(candidates: &[Value], name: &str) -> Option<Value> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(Value, usize)> = None;
    for item in candidates {
        let Some(text) = types::str::as_str(item) else { continue };
        if text == name {
            continue;
        }
        let mut max_distance = (name.len() + text.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = &best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), text.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.as_ref().is_none_or(|(_, d)| distance < *d) {
            best = Some((item.clone(), distance));
        }
    }
    best.map(|(v, _)| v)
}

/// The text appended to the printed exception line: `. Did you mean: 'x'?`.
pub fn offer_suggestions(vm: &mut Vm, exc: &Value) -> Option<String> {
    let ty = exc.type_value();
    let suggestion = if ty.is(&exceptions::ATTRIBUTE_ERROR.value()) {
        attribute_error_suggestion(vm, exc)
    } else if ty.is(&exceptions::NAME_ERROR.value()) {
        name_error_suggestion(exc)
    } else {
        None
    }?;
    let r = vm.repr_string(&suggestion).ok()?;
    Some(format!(". Did you mean: {r}?"))
}

fn exact_str(v: &Value) -> Option<&str> {
    if v.type_value().is(&types::str::STR_TYPE.value()) {
        types::str::as_str(v)
    } else {
        None
    }
}

fn attribute_error_suggestion(vm: &mut Vm, exc: &Value) -> Option<Value> {
    let (name, obj) = exceptions::name_context(exc);
    let (name, obj) = (name?, obj?);
    let name = exact_str(&name)?.to_string();
    let names = crate::builtins::dir_of(vm, &obj).ok()?;
    closest(&names, &name)
}

fn name_error_suggestion(exc: &Value) -> Option<Value> {
    let (name, _) = exceptions::name_context(exc);
    let name = name?;
    let name = exact_str(&name)?;
    let d = exceptions::exc_data(exc)?;
    // The innermost entry's frame is where the name was looked up.
    let mut tb = d.traceback.borrow().clone()?;
    loop {
        let next = types::frame::as_traceback(&tb)?.next.borrow().clone();
        match next {
            Some(n) => tb = n,
            None => break,
        }
    }
    let frame = types::frame::as_traceback(&tb)?.frame.clone();
    let f = types::frame::as_frame(&frame)?;
    let code = types::function::as_code(&f.code)?;
    let varnames: Vec<Value> = code.code.varnames.iter().map(|n| types::str::new_str(n)).collect();
    if let Some(s) = closest(&varnames, name) {
        return Some(s);
    }
    for ns in [&f.globals, &f.builtins] {
        let keys = types::dict::as_dict(ns).map(|d| d.borrow().keys()).unwrap_or_default();
        if let Some(s) = closest(&keys, name) {
            return Some(s);
        }
    }
    None
}
