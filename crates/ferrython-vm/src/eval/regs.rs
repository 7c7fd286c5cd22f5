//! Frame registers, carved out of one contiguous register stack.
//!
//! # Design
//!
//! A call used to give its frame a `Vec` of registers from a pool: popping
//! the pool, reserving, zeroing, and on return clearing and pushing back
//! cost more than a hundred instructions per call. Python calls nest, so
//! their frames' registers can live on a stack instead, as CPython's
//! `_PyInterpreterFrame`s live in its per-thread data stack: a call takes
//! the next `n` slots by moving the top up, a return gives them back by
//! moving it down.
//!
//! * The stack is one region reserved once per thread (`STACK_SLOTS`
//!   slots; the memory is only touched as the stack first grows into it).
//!   Slots above the top are always `None`, so a new frame's registers
//!   (its locals unbound) need no initialization.
//! * `Regs` owns a window of registers. Dropping it drops the values and
//!   sets the slots back to `None`, and lowers the top only when the window
//!   *is* the top. Frames die in LIFO order in practice (a run's frames,
//!   nested runs on the Rust stack), but nothing unsafe follows if one
//!   does not: its slots stay reserved until the frames below it are
//!   released, which only wastes them for a while. Two live windows can
//!   therefore never overlap.
//! * A frame that outlives its call (a generator's, which is suspended and
//!   resumed in any order) moves its registers to the heap
//!   (`make_owned`); so does any frame when the stack is full, which keeps
//!   very deep recursion working (only slower).

use crate::object::Value;
use std::cell::Cell;
use std::ptr::NonNull;

type Slot = Option<Value>;

/// Slots reserved per thread (16 MiB of address space): enough for the
/// frames of a recursion limit of 100,000 with a dozen registers each
/// before frames fall back to heap storage.
const STACK_SLOTS: usize = 1 << 21;

#[derive(Clone, Copy)]
struct StackState {
    /// The region, or null before the first frame (or if it could not be
    /// allocated: then every frame uses the heap).
    base: *mut Slot,
    /// Slots in use, counted from `base`.
    top: usize,
    /// Slots below this have been written (with `None` at least) once.
    initialized: usize,
    /// The region could not be allocated; do not try again.
    failed: bool,
}

thread_local! {
    static STACK: Cell<StackState> =
        const { Cell::new(StackState { base: std::ptr::null_mut(), top: 0, initialized: 0, failed: false }) };
}

/// A frame's registers (see the module comment).
pub struct Regs {
    ptr: NonNull<Slot>,
    /// The register count times two, plus one when the window is on the
    /// register stack (rather than a heap box). Two words in all: the
    /// compiler then passes a `Regs` in two registers, where three fields
    /// were built in a stack temporary field by field and copied into the
    /// new frame with one 16-byte load, which waited on those narrower
    /// stores (a store-forwarding stall: 12% of `fib`'s time).
    meta: usize,
}

impl Regs {
    #[inline(always)]
    fn make(ptr: NonNull<Slot>, len: usize, on_stack: bool) -> Regs {
        Regs { ptr, meta: len << 1 | on_stack as usize }
    }

    #[inline(always)]
    fn count(&self) -> usize {
        self.meta >> 1
    }

    #[inline(always)]
    fn on_stack(&self) -> bool {
        self.meta & 1 != 0
    }

    /// `n` unbound registers, from the register stack when it has room.
    #[inline]
    pub fn new(n: usize) -> Regs {
        let fast = STACK.with(|s| {
            let st = s.get();
            if st.top + n <= st.initialized {
                s.set(StackState { top: st.top + n, ..st });
                // SAFETY: `top + n <= initialized <= STACK_SLOTS`, so the
                // window lies inside the region (and `base` is non-null,
                // since `initialized` is 0 until the region exists).
                Some(unsafe { st.base.add(st.top) })
            } else {
                None
            }
        });
        match fast {
            Some(p) => Regs::make(nonnull(p), n, true),
            None => Regs::grow_into(n),
        }
    }

    /// `new` when the initialized part of the stack is too small: extends
    /// it (allocating the region the first time), or uses the heap.
    #[cold]
    fn grow_into(n: usize) -> Regs {
        let got = STACK.with(|s| {
            let mut st = s.get();
            if st.base.is_null() && !st.failed {
                let layout = std::alloc::Layout::array::<Slot>(STACK_SLOTS).expect("layout");
                // SAFETY: the layout has a non-zero size.
                st.base = unsafe { std::alloc::alloc(layout) } as *mut Slot;
                st.failed = st.base.is_null();
            }
            if st.base.is_null() || st.top + n > STACK_SLOTS || n > u32::MAX as usize {
                s.set(st);
                return None;
            }
            while st.initialized < st.top + n {
                // SAFETY: `initialized < STACK_SLOTS`: inside the region,
                // and not yet holding a value, so writing over it drops
                // nothing.
                unsafe { st.base.add(st.initialized).write(None) };
                st.initialized += 1;
            }
            // SAFETY: as in `new`.
            let p = unsafe { st.base.add(st.top) };
            st.top += n;
            s.set(st);
            Some(p)
        });
        match got {
            Some(p) => Regs::make(nonnull(p), n, true),
            None => Regs::owned(n),
        }
    }

    /// `n` unbound registers on the heap.
    pub fn owned(n: usize) -> Regs {
        let b: Box<[Slot]> = (0..n).map(|_| None).collect();
        let len = b.len();
        let p = Box::into_raw(b) as *mut Slot;
        Regs::make(nonnull(p), len, false)
    }

    /// Moves the registers to the heap, for a frame that will outlive the
    /// frames called after it (a generator's).
    pub fn make_owned(&mut self) {
        if !self.on_stack() {
            return;
        }
        let mut heap = Regs::owned(self.count());
        for (to, from) in heap.iter_mut().zip(self.iter_mut()) {
            *to = from.take();
        }
        std::mem::swap(self, &mut heap);
        // `heap` now holds the emptied stack window, released here.
    }

    /// Register `i` without a bounds check.
    ///
    /// # Safety
    /// `i` must be below `len()`.
    #[inline(always)]
    pub unsafe fn get_unchecked(&self, i: usize) -> &Slot {
        debug_assert!(i < self.count());
        // SAFETY: the caller guarantees `i < len`; the window is valid for
        // `len` slots while `self` lives.
        unsafe { &*self.ptr.as_ptr().add(i) }
    }

    /// Register `i`, writable, without a bounds check.
    ///
    /// # Safety
    /// `i` must be below `len()`.
    #[inline(always)]
    pub unsafe fn get_unchecked_mut(&mut self, i: usize) -> &mut Slot {
        debug_assert!(i < self.count());
        // SAFETY: as in `get_unchecked`; `&mut self` makes it exclusive.
        unsafe { &mut *self.ptr.as_ptr().add(i) }
    }
}

fn nonnull(p: *mut Slot) -> NonNull<Slot> {
    NonNull::new(p).unwrap_or(NonNull::dangling())
}

impl std::ops::Deref for Regs {
    type Target = [Slot];
    #[inline(always)]
    fn deref(&self) -> &[Slot] {
        // SAFETY: `ptr` is valid for `len` initialized slots (a stack
        // window or a heap box, or dangling with `len` 0) while `self`
        // lives, and only `self` hands out references to them.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.count()) }
    }
}

impl std::ops::DerefMut for Regs {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Slot] {
        // SAFETY: as in `deref`; `&mut self` makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.count()) }
    }
}

impl Drop for Regs {
    #[inline]
    fn drop(&mut self) {
        if !self.on_stack() {
            // SAFETY: an owned window is a leaked `Box<[Slot]>` of `len`
            // slots (`owned`), freed exactly once, here.
            drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.count())) });
            return;
        }
        // Each value is taken out before it is dropped, so a destructor
        // that runs meanwhile never sees a half-cleared window.
        for slot in self.iter_mut() {
            if slot.is_some() {
                drop(slot.take());
            }
        }
        let (p, n) = (self.ptr.as_ptr(), self.count());
        STACK.with(|s| {
            let st = s.get();
            // SAFETY: only compares addresses inside (or one past) the
            // region.
            if !st.base.is_null() && unsafe { st.base.add(st.top) } == unsafe { p.add(n) } {
                // SAFETY: `p` lies in the region at or above `base`.
                let start = unsafe { p.offset_from(st.base) } as usize;
                s.set(StackState { top: start, ..st });
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_nest_and_release() {
        let a = Regs::new(3);
        let b = Regs::new(2);
        assert_eq!(a.len(), 3);
        assert!(b.iter().all(|s| s.is_none()));
        let pb = b.as_ptr();
        drop(b);
        let c = Regs::new(2);
        assert_eq!(c.as_ptr(), pb, "a released top window is reused");
        drop(c);
        drop(a);
    }

    #[test]
    fn out_of_order_release_never_overlaps() {
        let a = Regs::new(2);
        let mut b = Regs::new(2);
        b[0] = Some(crate::types::int::new_int(5));
        drop(a); // not the top: its slots stay reserved
        let c = Regs::new(2);
        assert_ne!(c.as_ptr(), b.as_ptr());
        assert!(c.iter().all(|s| s.is_none()));
        drop(c);
        drop(b);
    }

    #[test]
    fn make_owned_moves_values() {
        let mut a = Regs::new(2);
        a[1] = Some(crate::types::int::new_int(7));
        a.make_owned();
        assert_eq!(a[1].as_ref().and_then(|v| v.as_small_int()), Some(7));
        let b = Regs::new(1);
        assert!(b[0].is_none());
    }
}
