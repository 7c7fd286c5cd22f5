//! A stable merge sort whose comparison can fail (it runs Python `<`).
//!
//! Rust's `sort_by` may panic when the comparison is not a total order, which
//! a Python `__lt__` is free to be; this sort never panics: it only ever
//! asks "is b < a?", as CPython's list.sort does, and stops at the first error.

use crate::object::Value;
use crate::vm::PyResult;

/// Sorts `items` stably by `lt`.
pub fn merge_sort(items: &mut [Value], lt: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Binary-insertion sort runs of 32, then merge runs pairwise.
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut lo = start;
            let mut hi = i;
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&items[i], &items[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            items[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<Value> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            buf.clear();
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                // Take from the right only when strictly less (stability).
                if lt(&items[j], &items[i])? {
                    buf.push(items[j].clone());
                    j += 1;
                } else {
                    buf.push(items[i].clone());
                    i += 1;
                }
            }
            buf.extend(items[i..mid].iter().cloned());
            buf.extend(items[j..hi].iter().cloned());
            for (k, v) in buf.drain(..).enumerate() {
                items[lo + k] = v;
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// `x < y` without running Python code, when both are inline ints, both
/// floats, both strs, or both tuples whose deciding items are such values
/// Exact types only: a subclass may override the comparison.
/// (CPython's list.sort pre-checks key types the same way,
/// `unsafe_tuple_compare` and friends). `None`: ask the object protocol.
pub fn fast_lt(x: &Value, y: &Value) -> Option<bool> {
    use crate::types::{float, str, tuple};
    if let (Some(p), Some(q)) = (x.as_small_int(), y.as_small_int()) {
        return Some(p < q);
    }
    if let (Some(p), Some(q)) = (float::as_float_exact(x), float::as_float_exact(y)) {
        return Some(p < q);
    }
    if let (Some(p), Some(q)) = (str::as_str_exact(x), str::as_str_exact(y)) {
        return Some(p < q);
    }
    let (a, b) = (tuple::as_tuple_exact(x)?, tuple::as_tuple_exact(y)?);
    // Lexicographic: the first pair of items that differ decides.
    for (p, q) in a.iter().zip(b) {
        if p.is(q) {
            continue;
        }
        if fast_eq(p, q)? {
            continue;
        }
        return fast_lt(p, q);
    }
    Some(a.len() < b.len())
}

/// `x == y` for the value kinds `fast_lt` knows (identity already checked).
fn fast_eq(x: &Value, y: &Value) -> Option<bool> {
    use crate::types::{float, str};
    if let (Some(p), Some(q)) = (x.as_small_int(), y.as_small_int()) {
        return Some(p == q);
    }
    if let (Some(p), Some(q)) = (float::as_float_exact(x), float::as_float_exact(y)) {
        return Some(p == q);
    }
    if let (Some(p), Some(q)) = (str::as_str_exact(x), str::as_str_exact(y)) {
        return Some(p == q);
    }
    None
}
