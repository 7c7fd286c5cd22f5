//! The object core: the header every heap object starts with, the one-word
//! `Value`, reference counting and deallocation.
//!
//! # Design
//!
//! A `Value` is one machine word (see `docs/internals/values.md`):
//!
//! * low bit 1: an inline small integer, the word shifted right by one
//!   (63-bit two's complement). No allocation, no reference count.
//! * low bit 0: a pointer to an `ObjHeader`, which starts every heap object
//!   (`Obj<T>` is `#[repr(C)]` with the header first, so a pointer to the
//!   header is a pointer to the object).
//!
//! The header holds a non-atomic reference count and the object's type.
//! Counts at or above `IMMORTAL` are never changed (PEP 683): static type
//! objects, `None`, `True`/`False`, interned strings and everything shared
//! between interpreters are immortal, which is also what makes the static
//! builtin types safe to share between threads under the GIL.
//!
//! `Clone` of a `Value` increments the count and `Drop` decrements it, so
//! Rust's ownership rules do the bookkeeping. When a count reaches zero the
//! type's `dealloc` runs. Deallocation can cascade (a tuple drops its items);
//! a chain of a million nested tuples would overflow the native stack, so
//! past a fixed depth objects are queued and freed iteratively, CPython's
//! "trashcan" idea.

use crate::types::TypeObject;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::ptr::NonNull;

/// Reference counts at or above this value are never changed.
pub const IMMORTAL: usize = 1 << 60;

/// The start of every heap object.
#[repr(C)]
pub struct ObjHeader {
    rc: Cell<usize>,
    ty: Cell<*const Obj<TypeObject>>,
}

impl ObjHeader {
    /// The object's type, as a pointer (for identity tests).
    #[inline(always)]
    pub fn type_ptr(&self) -> *const Obj<TypeObject> {
        self.ty.get()
    }
}

/// A heap object: the header, then the type-specific payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// A statically allocated immortal object (builtin types, singletons).
#[repr(transparent)]
pub struct StaticObj<T>(pub Obj<T>);

// SAFETY: static objects are immortal, so their reference counts are never
// written; their interior-mutable payloads are only touched by threads holding
// the GIL (Ferrython runs Python code on one thread at a time).
unsafe impl<T> Sync for StaticObj<T> {}

impl<T> StaticObj<T> {
    /// An immortal object of type `ty` (which may be the object itself, for `type`).
    pub const fn new(ty: &'static StaticObj<TypeObject>, data: T) -> Self {
        StaticObj(Obj {
            header: ObjHeader { rc: Cell::new(IMMORTAL), ty: Cell::new(&ty.0 as *const Obj<TypeObject>) },
            data,
        })
    }

    /// A `Value` referring to this object (no count: it is immortal).
    pub fn value(&'static self) -> Value {
        Value(NonNull::from(&self.0.header))
    }
}

/// One Python value: an inline small int or a counted pointer to a heap object.
#[repr(transparent)]
pub struct Value(NonNull<ObjHeader>);

/// Smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// An inline int; `i` must lie in `SMALL_INT_MIN..=SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        let bits = ((i << 1) | 1) as usize;
        // SAFETY: the low bit is set, so the word is never zero.
        Value(unsafe { NonNull::new_unchecked(bits as *mut ObjHeader) })
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.as_ptr() as usize & 1 == 1
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.as_ptr() as usize as i64) >> 1)
        } else {
            None
        }
    }

    /// The raw word (for identity: `is`, `id()`).
    #[inline(always)]
    pub fn bits(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The header of a heap value.
    #[inline(always)]
    pub fn header(&self) -> Option<&ObjHeader> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: a non-int value always points at a live header: the
            // value holds a reference count on it.
            Some(unsafe { self.0.as_ref() })
        }
    }

    /// The object's type.
    #[inline(always)]
    pub fn type_obj(&self) -> &'static Obj<TypeObject> {
        match self.header() {
            // SAFETY: type objects outlive their instances: an instance holds
            // a count on its heap type (see `Obj::alloc`), static types live forever.
            Some(h) => unsafe { &*h.ty.get() },
            None => &crate::types::int::INT_TYPE.0,
        }
    }

    /// The object's type as a `TypeObject` payload.
    #[inline(always)]
    pub fn ty(&self) -> &'static TypeObject {
        &self.type_obj().data
    }

    /// The type as a value (what `type(x)` returns).
    pub fn type_value(&self) -> Value {
        Value::from_obj(self.type_obj())
    }

    /// Same object (Python's `is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// A new counted reference to a heap object.
    pub fn from_obj<T>(obj: &Obj<T>) -> Value {
        obj.header.incref();
        Value(NonNull::from(&obj.header))
    }

    /// Takes ownership of a freshly boxed object (count already 1).
    fn from_raw_header(ptr: NonNull<ObjHeader>) -> Value {
        Value(ptr)
    }

    /// The payload, if the value is an object whose payload type is `T`.
    /// `ty` must be the static type whose instances carry exactly `Obj<T>`.
    #[inline(always)]
    pub fn downcast_exact<T>(&self, ty: &'static StaticObj<TypeObject>) -> Option<&T> {
        let h = self.header()?;
        if std::ptr::eq(h.ty.get(), &ty.0) {
            // SAFETY: instances of `ty` are allocated as `Obj<T>` (each static
            // type is paired with exactly one payload type by its module).
            Some(unsafe { &(*(h as *const ObjHeader as *const Obj<T>)).data })
        } else {
            None
        }
    }

    /// The payload of a value already known to be an `Obj<T>`.
    ///
    /// # Safety
    /// The value must be a heap object allocated as `Obj<T>`.
    #[inline(always)]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        // SAFETY: the caller guarantees the layout.
        unsafe { &(*(self.0.as_ptr() as *const Obj<T>)).data }
    }

    /// A raw pointer to the payload, for in-place changes to an object the
    /// caller holds the only reference to.
    ///
    /// # Safety
    /// The value must be a heap object allocated as `Obj<T>`; writing
    /// through the pointer requires that no other reference to the payload
    /// is in use.
    #[inline(always)]
    pub unsafe fn payload_ptr_unchecked<T>(&self) -> *mut T {
        // SAFETY: the caller guarantees the layout; the pointer keeps the
        // provenance of the allocation.
        unsafe { &raw mut (*(self.0.as_ptr() as *mut Obj<T>)).data }
    }

    /// Reference count (for `sys.getrefcount`); inline ints report a large number.
    pub fn refcount(&self) -> usize {
        match self.header() {
            Some(h) => h.rc.get().min(IMMORTAL),
            None => IMMORTAL,
        }
    }

    /// Is this value never freed (inline ints, statics, interned strs)?
    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.header().is_none_or(|h| h.rc.get() >= IMMORTAL)
    }

    /// A new reference to the value whose `bits()` these are.
    ///
    /// # Safety
    /// `bits` must come from `Value::bits` of a value that is still alive.
    #[inline(always)]
    pub unsafe fn clone_from_bits(bits: usize) -> Value {
        // SAFETY: the caller guarantees `bits` is a live value's word; it is
        // never zero. The borrowed copy is not dropped, only cloned.
        let borrowed = std::mem::ManuallyDrop::new(Value(unsafe { NonNull::new_unchecked(bits as *mut ObjHeader) }));
        (*borrowed).clone()
    }

    /// Makes this object immortal (interned strings, module-level singletons).
    pub fn make_immortal(&self) {
        if let Some(h) = self.header() {
            h.rc.set(IMMORTAL);
        }
    }
}

impl ObjHeader {
    #[inline(always)]
    fn incref(&self) {
        let rc = self.rc.get();
        if rc < IMMORTAL {
            self.rc.set(rc + 1);
        }
    }

    /// The type's object.
    pub fn type_obj(&self) -> &'static Obj<TypeObject> {
        // SAFETY: see `Value::type_obj`.
        unsafe { &*self.ty.get() }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Value {
    /// Gives up this reference, inlined at the call site. Dropping an
    /// `Option<Value>` goes through drop glue that the compiler keeps out
    /// of line in a function as large as the eval loop; the register
    /// helpers (`put_reg`, `clear_reg`) use this instead.
    #[inline(always)]
    pub fn release(self) {
        let v = std::mem::ManuallyDrop::new(self);
        v.release_ref();
    }

    #[inline(always)]
    fn release_ref(&self) {
        if let Some(h) = self.header() {
            let rc = h.rc.get();
            if rc < IMMORTAL {
                if rc == 1 {
                    dealloc(self.0);
                } else {
                    h.rc.set(rc - 1);
                }
            }
        }
    }
}

/// Stores `v` in a register, releasing the value it held (inline: see
/// `Value::release`).
#[inline(always)]
pub fn put_reg(slot: &mut Option<Value>, v: Value) {
    if let Some(old) = slot.replace(v) {
        old.release();
    }
}

/// Empties a register, releasing the value it held (see `put_reg`).
#[inline(always)]
pub fn clear_reg(slot: &mut Option<Value>) {
    if let Some(old) = slot.take() {
        old.release();
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        self.release_ref();
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value(int {i})"),
            None => write!(f, "Value(<{} object at {:#x}>)", self.ty().name(), self.bits()),
        }
    }
}

/// Brings an object whose count just reached zero back with one reference,
/// for a finalizer that must run Python code first (a suspended generator's
/// `close()`, see `types::generator`); dropping it again frees it.
///
/// # Safety
/// `ptr` must be the object its type's `dealloc` was called with, not yet freed.
pub unsafe fn resurrect(ptr: NonNull<ObjHeader>) -> Value {
    // SAFETY: guaranteed by the caller: the object is still allocated.
    unsafe { ptr.as_ref() }.rc.set(1);
    Value(ptr)
}

/// How to free an `Obj<T>`: drop it as the box it was allocated as.
///
/// # Safety
/// `ptr` must come from `Obj::<T>::alloc` and have no remaining references.
pub unsafe fn drop_obj<T>(ptr: NonNull<ObjHeader>) {
    // SAFETY: guaranteed by the caller.
    drop(unsafe { Box::from_raw(ptr.as_ptr() as *mut Obj<T>) });
}

/// The layout of an `Obj<T>` followed by `tail` bytes, and the offset of
/// those bytes.
///
/// Computed directly rather than with `Layout::extend`: the bytes go right
/// after the object (byte alignment), and the one overflow check left is
/// against `isize::MAX`. Strs are allocated and freed at a high rate.
#[inline(always)]
fn tail_layout<T>(tail: usize) -> (std::alloc::Layout, usize) {
    let head = std::mem::size_of::<Obj<T>>();
    let align = std::mem::align_of::<Obj<T>>();
    if tail > isize::MAX as usize - head - align {
        object_too_large();
    }
    let size = (head + tail + align - 1) & !(align - 1);
    // SAFETY: `align` is a type's alignment (a power of two) and `size`,
    // checked above, does not exceed `isize::MAX` once rounded up.
    (unsafe { std::alloc::Layout::from_size_align_unchecked(size, align) }, head)
}

#[cold]
#[inline(never)]
fn object_too_large() -> ! {
    panic!("object size overflows isize");
}

/// Frees an object made by `Obj::<T>::alloc_with_tail` with `tail` bytes.
///
/// # Safety
/// `ptr` must come from `alloc_with_tail::<T>(.., tail)` and have no
/// remaining references.
pub unsafe fn drop_obj_with_tail<T>(ptr: NonNull<ObjHeader>, tail: usize) {
    let p = ptr.as_ptr() as *mut Obj<T>;
    // SAFETY: guaranteed by the caller: a live `Obj<T>` nobody refers to,
    // allocated with this layout.
    unsafe {
        std::ptr::drop_in_place(p);
        std::alloc::dealloc(p as *mut u8, tail_layout::<T>(tail).0);
    }
}

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Whether `DEALLOC_QUEUE` may be non-empty: a plain flag is cheaper
    /// to test on every outermost deallocation than the queue itself.
    static DEALLOC_QUEUED: Cell<bool> = const { Cell::new(false) };
    static DEALLOC_QUEUE: RefCell<Vec<NonNull<ObjHeader>>> = const { RefCell::new(Vec::new()) };
}

/// Past this nesting of deallocations, objects are queued (the trashcan).
const MAX_DEALLOC_DEPTH: u32 = 200;

#[cold]
fn dealloc(ptr: NonNull<ObjHeader>) {
    // SAFETY: the count just reached zero, so the object is alive and ours.
    let ty = unsafe { ptr.as_ref() }.type_obj();
    if ty.data.flags.get() & crate::types::tpflags::NO_REFS != 0 {
        // Freeing it frees nothing else: no nesting to track. (A static
        // type: no count on the type to give back.)
        // SAFETY: `dealloc` is the function matching this object's allocation.
        unsafe { (ty.data.dealloc)(ptr) };
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEALLOC_QUEUE.with(|q| q.borrow_mut().push(ptr));
        DEALLOC_QUEUED.with(|q| q.set(true));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    free_now(ptr);
    if depth == 0 && DEALLOC_QUEUED.with(|q| q.get()) {
        while let Some(next) = DEALLOC_QUEUE.with(|q| q.borrow_mut().pop()) {
            free_now(next);
        }
        DEALLOC_QUEUED.with(|q| q.set(false));
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

fn free_now(ptr: NonNull<ObjHeader>) {
    // SAFETY: the count just reached zero, so we hold the last reference.
    let header = unsafe { ptr.as_ref() };
    let ty = header.type_obj();
    let heap_type = ty.data.is_heap_type();
    // Keep the (heap) type alive while its instance is being freed.
    let _type_ref = if heap_type { Some(Value::from_obj(ty)) } else { None };
    let free = ty.data.dealloc;
    // SAFETY: `dealloc` is the function matching this object's allocation.
    unsafe { free(ptr) };
    if heap_type {
        // The instance held one count on its heap type; give it back.
        drop(Value(NonNull::from(&ty.header)));
    }
}

impl<T> Obj<T> {
    /// Allocates a new object of type `ty` (whose `dealloc` must be `drop_obj::<T>`).
    pub fn alloc(ty: &Obj<TypeObject>, data: T) -> Value {
        if ty.data.is_heap_type() {
            ty.header.incref();
        }
        let b = Box::new(Obj { header: ObjHeader { rc: Cell::new(1), ty: Cell::new(ty as *const _) }, data });
        Value::from_raw_header(NonNull::from(&Box::leak(b).header))
    }

    /// Allocates a new object of type `ty` (a static type) with `tail`
    /// more bytes right after the payload, in the same allocation (a str's
    /// text); gives the object and the address of those bytes. The type's
    /// `dealloc` must call `drop_obj_with_tail::<T>` with the same `tail`.
    pub fn alloc_with_tail(ty: &'static Obj<TypeObject>, data: T, tail: usize) -> (Value, *mut u8) {
        debug_assert!(!ty.data.is_heap_type());
        let (layout, offset) = tail_layout::<T>(tail);
        // SAFETY: the layout has a non-zero size (it holds a header).
        let p = unsafe { std::alloc::alloc(layout) } as *mut Obj<T>;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        // SAFETY: `p` is a fresh allocation large and aligned enough for an
        // `Obj<T>` followed by `tail` bytes at `offset`.
        unsafe {
            p.write(Obj { header: ObjHeader { rc: Cell::new(1), ty: Cell::new(ty as *const _) }, data });
            let tail_ptr = (p as *mut u8).add(offset);
            (Value::from_raw_header(NonNull::new_unchecked(p as *mut ObjHeader)), tail_ptr)
        }
    }

    /// Allocates an immortal object that is never freed.
    pub fn alloc_immortal(ty: &Obj<TypeObject>, data: T) -> Value {
        let v = Self::alloc(ty, data);
        v.make_immortal();
        v
    }
}

/// Changes an object's type (`obj.__class__ = C`); the caller checks layouts match.
pub fn set_type(v: &Value, ty: &Obj<TypeObject>) {
    if let Some(h) = v.header() {
        if ty.data.is_heap_type() {
            ty.header.incref();
        }
        let old = h.ty.replace(ty as *const _);
        // SAFETY: `old` is a live type object.
        let old = unsafe { &*old };
        if old.data.is_heap_type() {
            drop(Value(NonNull::from(&old.header)));
        }
    }
}
