//! `list.sort`: CPython's adaptive, stable natural merge sort ("timsort"
//! with the powersort merge policy of 3.11), written for Ferrython.
//!
//! Why follow CPython's algorithm step for step rather than use any good
//! stable sort: a Python `__lt__` can print, count its calls, raise midway or
//! change its answers. Which comparisons run, in which order, and what the
//! list holds when one of them raises are all visible to the program, so they
//! must be CPython's. The algorithm (Objects/listsort.txt):
//!
//! - Walk the array once, left to right, finding natural runs: the longest
//!   non-descending prefix, or the longest strictly descending one (reversed
//!   in place, which keeps stability because its items are all different).
//!   Runs shorter than `minrun` (32..=64, chosen from the length so that the
//!   number of runs is a power of two or just under) are extended to `minrun`
//!   items by binary insertion.
//! - Each run is pushed on a stack. Before the push, the "power" of the run
//!   below it (its depth in the ideal merge tree of the whole array, from the
//!   midpoints of the two runs) decides which runs merge now: every run deeper
//!   than the new boundary is merged with its right neighbour.
//! - A merge first gallops to skip the prefix of the left run and the suffix
//!   of the right run that are already in place, copies the shorter run aside
//!   and merges from that end. While one side keeps winning `min_gallop` times
//!   in a row, the merge switches to galloping (exponential then binary
//!   search) and `min_gallop` adapts to how well that pays.
//!
//! Ferrython sorts an array of indices into the keys (`u32`: a list cannot
//! hold 2^32 items in this address space's memory budget for Python objects)
//! instead of moving the keys and values in two parallel arrays: the moves
//! are narrower, the code is safe, and the values are permuted once at the
//! end. On an exception the index array is still a permutation (each step
//! below restores it before returning the error), so the list is left in
//! the same partially sorted state CPython leaves it in.
//!
//! The comparison is chosen once, by a pre-sort scan of the keys, as CPython
//! does (`unsafe_latin_compare` and friends): when every key is an inline
//! int, an exact float or an exact str, or every key is a non-empty exact
//! tuple whose first items are, the comparison is a few machine instructions
//! and the sort is compiled separately for it (`Order` implementations). Any
//! other mix runs Python's `<`.

use crate::object::Value;
use crate::types::{float, str, tuple};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::CmpOp;

/// Below this many consecutive wins of one run, merging goes item by item.
const MIN_GALLOP: usize = 7;

/// One way to answer "is x < y" for the keys of one sort.
trait Order {
    fn lt(&mut self, vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool>;
}

/// Python's `<`, with the common builtin types compared directly.
struct AnyOrder;

impl Order for AnyOrder {
    #[inline]
    fn lt(&mut self, vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
        python_lt(vm, x, y)
    }
}

fn python_lt(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    if let Some(r) = fast_lt(x, y) {
        return Ok(r);
    }
    let r = vm.rich_compare(x, y, CmpOp::Lt)?;
    vm.truthy(&r)
}

/// Every key is an inline int.
struct IntOrder;

impl Order for IntOrder {
    #[inline(always)]
    fn lt(&mut self, _: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
        // An inline int is `(i << 1) | 1`: the words order as the ints do.
        Ok((x.bits() as i64) < (y.bits() as i64))
    }
}

/// Every key is an exact float.
struct FloatOrder;

impl Order for FloatOrder {
    #[inline(always)]
    fn lt(&mut self, _: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
        // SAFETY: the pre-sort scan saw that every key is an exact float.
        let (p, q) = unsafe { (x.payload_unchecked::<float::FloatObj>(), y.payload_unchecked::<float::FloatObj>()) };
        Ok(p.value < q.value)
    }
}

/// Every key is an exact str. UTF-8 orders bytewise as the code points do.
struct StrOrder;

impl Order for StrOrder {
    #[inline(always)]
    fn lt(&mut self, _: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
        // SAFETY: the pre-sort scan saw that every key is an exact str.
        let (p, q) = unsafe { (x.payload_unchecked::<str::StrObj>(), y.payload_unchecked::<str::StrObj>()) };
        Ok(p.text.as_bytes() < q.text.as_bytes())
    }
}

/// Every key is a non-empty exact tuple; `F` compares first items.
/// Like CPython's `unsafe_tuple_compare`: items are compared for equality
/// (identity first) until one pair differs; that pair decides with `<`.
struct TupleOrder<F>(F);

impl<F: Order> Order for TupleOrder<F> {
    #[inline]
    fn lt(&mut self, vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
        // SAFETY: the pre-sort scan saw that every key is an exact tuple.
        let (a, b) = unsafe {
            (x.payload_unchecked::<tuple::TupleObj>().items(), y.payload_unchecked::<tuple::TupleObj>().items())
        };
        let n = a.len().min(b.len());
        let mut i = 0;
        while i < n {
            if !a[i].is(&b[i]) && !vm.eq(&a[i], &b[i])? {
                break;
            }
            i += 1;
        }
        if i == n {
            return Ok(a.len() < b.len());
        }
        if i == 0 {
            self.0.lt(vm, &a[0], &b[0])
        } else {
            python_lt(vm, &a[i], &b[i])
        }
    }
}

/// What the pre-sort scan learned about a key (or a tuple key's first item).
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    Str,
    /// Some other type: the pointer only tells types apart.
    Other(usize),
}

fn kind(v: &Value) -> Kind {
    if v.is_small_int() {
        Kind::Int
    } else if float::as_float_exact(v).is_some() {
        Kind::Float
    } else if str::as_str_obj_exact(v).is_some() {
        Kind::Str
    } else {
        Kind::Other(v.type_obj() as *const _ as usize)
    }
}

fn nonempty_tuple(v: &Value) -> Option<&[Value]> {
    tuple::as_tuple_exact(v).filter(|t| !t.is_empty())
}

/// Sorts `keys` stably, returning the order as indices into `keys`: the
/// sorted sequence is `keys[order[0]], keys[order[1]], ...`. With `reverse`,
/// the sort runs on the reversed keys (CPython reverses the list before and
/// after sorting, so equal keys keep their order); the caller reverses the
/// result. On an error the order is still a permutation: the state the sort
/// had reached.
pub fn sort_order(vm: &mut Vm, keys: &[Value], reverse: bool) -> (Vec<u32>, PyResult<()>) {
    let n = keys.len();
    let mut order: Vec<u32> = (0..n as u32).collect();
    if reverse {
        order.reverse();
    }
    if n < 2 {
        return (order, Ok(()));
    }
    // The pre-sort scan (CPython's): the first key decides what to prove.
    let mut in_tuples = nonempty_tuple(&keys[0]).is_some();
    let first = match nonempty_tuple(&keys[0]) {
        Some(t) => kind(&t[0]),
        None => kind(&keys[0]),
    };
    let mut same = true;
    for k in keys {
        let item = if in_tuples {
            match nonempty_tuple(k) {
                Some(t) => &t[0],
                None => {
                    in_tuples = false;
                    same = false;
                    break;
                }
            }
        } else {
            k
        };
        if same && kind(item) != first {
            same = false;
            if !in_tuples {
                break;
            }
        }
    }
    let result = match (in_tuples, same.then_some(first)) {
        (false, Some(Kind::Int)) => timsort(vm, keys, &mut order, IntOrder),
        (false, Some(Kind::Float)) => timsort(vm, keys, &mut order, FloatOrder),
        (false, Some(Kind::Str)) => timsort(vm, keys, &mut order, StrOrder),
        (false, _) => timsort(vm, keys, &mut order, AnyOrder),
        (true, Some(Kind::Int)) => timsort(vm, keys, &mut order, TupleOrder(IntOrder)),
        (true, Some(Kind::Float)) => timsort(vm, keys, &mut order, TupleOrder(FloatOrder)),
        (true, Some(Kind::Str)) => timsort(vm, keys, &mut order, TupleOrder(StrOrder)),
        (true, _) => timsort(vm, keys, &mut order, TupleOrder(AnyOrder)),
    };
    (order, result)
}

/// The comparison of two positions of the working array.
struct Cmp<'k, O> {
    keys: &'k [Value],
    order: O,
}

impl<O: Order> Cmp<'_, O> {
    /// `keys[i] < keys[j]`.
    #[inline(always)]
    fn lt(&mut self, vm: &mut Vm, i: u32, j: u32) -> PyResult<bool> {
        let keys = self.keys;
        // SAFETY: the working array only ever holds a permutation of
        // `0..keys.len()` (every step moves indices, never makes them).
        let (x, y) = unsafe { (keys.get_unchecked(i as usize), keys.get_unchecked(j as usize)) };
        self.order.lt(vm, x, y)
    }

    /// Where `key` goes in the sorted `a`, left of any equal items: the `k`
    /// with `a[k-1] < key <= a[k]`. The search starts at `hint` and widens
    /// by powers of two before bisecting.
    fn gallop_left(&mut self, vm: &mut Vm, key: u32, a: &[u32], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut last, mut ofs) = (0usize, 1usize);
        let (mut lo, mut hi);
        if self.lt(vm, a[hint], key)? {
            // a[hint] < key: gallop right.
            let max = n - hint;
            while ofs < max {
                if self.lt(vm, a[hint + ofs], key)? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            lo = hint + last + 1;
            hi = hint + ofs;
        } else {
            // key <= a[hint]: gallop left.
            let max = hint + 1;
            while ofs < max {
                if self.lt(vm, a[hint - ofs], key)? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            // a[hint - ofs] < key <= a[hint - last]; hint - ofs may be -1.
            lo = hint + 1 - ofs;
            hi = hint - last;
        }
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(vm, a[m], key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Like `gallop_left`, but right of any equal items: `a[k-1] <= key < a[k]`.
    fn gallop_right(&mut self, vm: &mut Vm, key: u32, a: &[u32], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut last, mut ofs) = (0usize, 1usize);
        let (mut lo, mut hi);
        if self.lt(vm, key, a[hint])? {
            // key < a[hint]: gallop left.
            let max = hint + 1;
            while ofs < max {
                if self.lt(vm, key, a[hint - ofs])? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            lo = hint + 1 - ofs;
            hi = hint - last;
        } else {
            // a[hint] <= key: gallop right.
            let max = n - hint;
            while ofs < max {
                if self.lt(vm, key, a[hint + ofs])? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            lo = hint + last + 1;
            hi = hint + ofs;
        }
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(vm, key, a[m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }
}

/// A run waiting on the merge stack.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    /// Depth of the boundary after this run in the ideal merge tree.
    power: u32,
}

struct MergeState<'k, O> {
    cmp: Cmp<'k, O>,
    /// Scratch space for the shorter run of a merge.
    tmp: Vec<u32>,
    runs: Vec<Run>,
    min_gallop: usize,
}

/// How a merge loop ended.
enum MergeEnd {
    /// Everything is in place (or an error left the rest to copy back).
    Done,
    /// One item of the copied-aside run remains; it goes at the far end.
    LastOfTmp,
}

fn timsort<O: Order>(vm: &mut Vm, keys: &[Value], a: &mut [u32], order: O) -> PyResult<()> {
    let n = a.len();
    let mut ms = MergeState { cmp: Cmp { keys, order }, tmp: Vec::new(), runs: Vec::new(), min_gallop: MIN_GALLOP };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let rest = n - lo;
        let (mut len, descending) = ms.count_run(vm, &a[lo..])?;
        if descending {
            a[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = rest.min(minrun);
            ms.binary_sort(vm, &mut a[lo..lo + force], len)?;
            len = force;
        }
        ms.found_new_run(vm, a, len)?;
        ms.runs.push(Run { base: lo, len, power: 0 });
        lo += len;
    }
    // Merge whatever remains, right to left (the smaller neighbour first).
    while ms.runs.len() > 1 {
        let mut i = ms.runs.len() - 2;
        if i > 0 && ms.runs[i - 1].len < ms.runs[i + 1].len {
            i -= 1;
        }
        ms.merge_at(vm, a, i)?;
    }
    Ok(())
}

/// `n` itself below 64; otherwise a length in 32..=64 such that `n / minrun`
/// is a power of two or a little less.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The depth in the ideal merge tree of the boundary between the run
/// `[s1, s1+n1)` and the next `n2` items of an array of `n`: the first bit
/// where the binary fractions of the two runs' midpoints (over `n`) differ.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    power
}

impl<O: Order> MergeState<'_, O> {
    /// The length of the run at the start of `a` (non-empty), and whether it
    /// is strictly descending.
    fn count_run(&mut self, vm: &mut Vm, a: &[u32]) -> PyResult<(usize, bool)> {
        if a.len() == 1 {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.cmp.lt(vm, a[1], a[0])? {
            while n < a.len() && self.cmp.lt(vm, a[n], a[n - 1])? {
                n += 1;
            }
            Ok((n, true))
        } else {
            while n < a.len() && !self.cmp.lt(vm, a[n], a[n - 1])? {
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion of `a[start..]` into the sorted `a[..start]`.
    fn binary_sort(&mut self, vm: &mut Vm, a: &mut [u32], start: usize) -> PyResult<()> {
        for s in start.max(1)..a.len() {
            let pivot = a[s];
            let (mut l, mut r) = (0, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.cmp.lt(vm, pivot, a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            // After equal items: that keeps the sort stable.
            a.copy_within(l..s, l + 1);
            a[l] = pivot;
        }
        Ok(())
    }

    /// The powersort policy: merge every run on the stack whose boundary is
    /// deeper than the one between the top run and the new run of `n2` items.
    fn found_new_run(&mut self, vm: &mut Vm, a: &mut [u32], n2: usize) -> PyResult<()> {
        let Some(top) = self.runs.last() else { return Ok(()) };
        let power = powerloop(top.base, top.len, n2, a.len());
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > power {
            self.merge_at(vm, a, self.runs.len() - 2)?;
        }
        self.runs.last_mut().expect("a run").power = power;
        Ok(())
    }

    /// Merges runs `i` and `i + 1` of the stack.
    fn merge_at(&mut self, vm: &mut Vm, a: &mut [u32], i: usize) -> PyResult<()> {
        let Run { base: mut base_a, len: mut na, .. } = self.runs[i];
        let Run { base: base_b, len: nb, .. } = self.runs[i + 1];
        self.runs[i].len = na + nb;
        self.runs.remove(i + 1);
        // Items of A below B's first are already in place...
        let k = self.cmp.gallop_right(vm, a[base_b], &a[base_a..base_a + na], 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // ...and so are the items of B above A's last.
        let nb = self.cmp.gallop_left(vm, a[base_a + na - 1], &a[base_b..base_b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(vm, a, base_a, na, nb)
        } else {
            self.merge_hi(vm, a, base_a, na, nb)
        }
    }

    /// Merges `a[base..base+na]` with the `nb` items after it, copying the
    /// left run aside and filling from the left. The left run's last item
    /// belongs at the very end, and B's first at the very start.
    fn merge_lo(&mut self, vm: &mut Vm, a: &mut [u32], base: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&a[base..base + na]);
        let (mut dest, mut pa, mut pb) = (base, 0usize, base + na);
        a[dest] = a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let outcome: PyResult<MergeEnd> = 'merge: {
            if nb == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if na == 1 {
                break 'merge Ok(MergeEnd::LastOfTmp);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // One item at a time until one run wins `min_gallop` in a row.
                loop {
                    match self.cmp.lt(vm, a[pb], tmp[pa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest] = a[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(MergeEnd::Done);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(MergeEnd::LastOfTmp);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping, while it keeps paying.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match self.cmp.gallop_right(vm, a[pb], &tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(MergeEnd::LastOfTmp);
                        }
                        // Only an inconsistent comparison gets here.
                        if na == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[dest] = a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(MergeEnd::Done);
                    }
                    let k = match self.cmp.gallop_left(vm, tmp[pa], &a[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(MergeEnd::LastOfTmp);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode costs.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        let result = match outcome {
            Ok(MergeEnd::LastOfTmp) => {
                a.copy_within(pb..pb + nb, dest);
                a[dest + nb] = tmp[pa];
                Ok(())
            }
            done => {
                // Success or failure, what is left of A goes back: the array
                // stays a permutation.
                a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                done.map(|_| ())
            }
        };
        self.tmp = tmp;
        result
    }

    /// Merges `a[base..base+na]` with the `nb` items after it, copying the
    /// right run aside and filling from the right (used when B is shorter).
    /// The mirror image of `merge_lo`, kept as its own routine as CPython
    /// keeps it: with only `<` to compare, a direction flag would make each
    /// comparison's operand order and each boundary test harder to follow.
    fn merge_hi(&mut self, vm: &mut Vm, a: &mut [u32], base: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        let base_b = base + na;
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&a[base_b..base_b + nb]);
        // `dest` and `pa` count down and may step to one below `base`
        // (wrapping) just as the loop ends; they are not read after that.
        let mut dest = base_b + nb - 1;
        let mut pa = base_b - 1;
        let mut pb = nb - 1;
        a[dest] = a[pa];
        dest = dest.wrapping_sub(1);
        pa = pa.wrapping_sub(1);
        na -= 1;
        let outcome: PyResult<MergeEnd> = 'merge: {
            if na == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if nb == 1 {
                break 'merge Ok(MergeEnd::LastOfTmp);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match self.cmp.lt(vm, tmp[pb], a[pa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest] = a[pa];
                            dest = dest.wrapping_sub(1);
                            pa = pa.wrapping_sub(1);
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(MergeEnd::Done);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest] = tmp[pb];
                            dest = dest.wrapping_sub(1);
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(MergeEnd::LastOfTmp);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match self.cmp.gallop_right(vm, tmp[pb], &a[base..base + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest = dest.wrapping_sub(k);
                        pa = pa.wrapping_sub(k);
                        a.copy_within(pa.wrapping_add(1)..pa.wrapping_add(1) + k, dest.wrapping_add(1));
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[dest] = tmp[pb];
                    dest = dest.wrapping_sub(1);
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(MergeEnd::LastOfTmp);
                    }
                    let k = match self.cmp.gallop_left(vm, a[pa], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        // `pb` wraps to "one below B" only when all of B
                        // went, which an inconsistent comparison can cause.
                        dest = dest.wrapping_sub(k);
                        pb = pb.wrapping_sub(k);
                        let from = pb.wrapping_add(1);
                        a[dest.wrapping_add(1)..dest.wrapping_add(1) + k].copy_from_slice(&tmp[from..from + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(MergeEnd::LastOfTmp);
                        }
                        // Only an inconsistent comparison gets here.
                        if nb == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[dest] = a[pa];
                    dest = dest.wrapping_sub(1);
                    pa = pa.wrapping_sub(1);
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(MergeEnd::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        let result = match outcome {
            Ok(MergeEnd::LastOfTmp) => {
                // B's one remaining item goes before all that is left of A.
                let start = dest + 1 - na;
                a.copy_within(pa + 1 - na..pa + 1, start);
                a[start - 1] = tmp[pb];
                Ok(())
            }
            done => {
                // What is left of B (its first `nb` items) goes back.
                if nb > 0 {
                    let start = dest + 1 - nb;
                    a[start..=dest].copy_from_slice(&tmp[..nb]);
                }
                done.map(|_| ())
            }
        };
        self.tmp = tmp;
        result
    }
}

/// `x < y` without running Python code, when both are inline ints, both
/// floats, both strs, or both tuples whose deciding items are such values
/// Exact types only: a subclass may override the comparison.
/// `None`: ask the object protocol.
pub fn fast_lt(x: &Value, y: &Value) -> Option<bool> {
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
