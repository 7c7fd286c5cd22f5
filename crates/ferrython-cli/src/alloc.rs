//! The global allocator: mimalloc, called through its plain entry points.
//!
//! The `mimalloc` crate's `GlobalAlloc` passes every request to
//! `mi_malloc_aligned`, whose alignment checks cost about fifteen
//! instructions per call. Every Python object is an allocation (a float
//! result, a bound method, a str), so the interpreter calls the allocator
//! tens of millions of times a second. mimalloc already aligns each block to
//! at least `min(size, 16)` bytes, and a Rust layout's size is a multiple of
//! its alignment, so requests aligned to 16 or less go straight to
//! `mi_malloc`/`mi_realloc`/`mi_zalloc`; larger alignments keep the aligned
//! entry points.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc's `MI_MAX_ALIGN_SIZE`: the alignment every block of at least
/// this size has.
const PLAIN_ALIGN: usize = 16;

pub struct Mimalloc;

/// Small blocks freed lately, kept for reuse: the last freed block of a size
/// is the first handed out again (LIFO), while it is still in the cache.
///
/// Why: mimalloc returns a freed block to its page's local free list, which
/// is only reused once the page's other free blocks are used up, so the
/// block a new object gets has usually left the cache long ago. perf put
/// half of `mi_malloc`'s samples on reading the first word of that block
/// (its free-list link). Python programs free and allocate objects of the
/// same few sizes all the time (a float, a str piece, a bound method);
/// CPython's per-type free lists serve them from recently freed memory.
///
/// One stack per size up to `MAX_CACHED` bytes, by 8 (a size rounded up to
/// 8 bytes always falls in the same mimalloc bin, so a block freed as that
/// size fits any request of it, with the same alignment). Only requests
/// whose alignment mimalloc gives anyway (`plain`) use it.
const MAX_CACHED: usize = 128;
const CLASSES: usize = MAX_CACHED / 8;
const DEPTH: usize = 32;

struct BlockCache {
    len: [usize; CLASSES],
    blocks: [[*mut u8; DEPTH]; CLASSES],
}

thread_local! {
    // Const-initialized with no destructor: usable at any point of a
    // thread's life, teardown included. Blocks still cached when a thread
    // ends stay allocated (at most CLASSES * DEPTH small blocks).
    static CACHE: std::cell::UnsafeCell<BlockCache> = const {
        std::cell::UnsafeCell::new(BlockCache { len: [0; CLASSES], blocks: [[std::ptr::null_mut(); DEPTH]; CLASSES] })
    };
}

#[inline(always)]
fn class_of(size: usize) -> usize {
    size.div_ceil(8) - 1
}

#[inline(always)]
fn plain(layout: &Layout) -> bool {
    layout.align() <= PLAIN_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every method forwards to mimalloc, which returns blocks of at least
// the requested size and alignment (see the module comment for the plain
// entry points), or null on failure; `dealloc` and `realloc` receive only
// pointers this allocator returned.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(&layout) && layout.size() <= MAX_CACHED {
            let class = class_of(layout.size());
            // SAFETY: the cache is this thread's; nothing else borrows it
            // while this runs (the allocator does not reenter itself). A
            // cached block is a mimalloc block of this size class.
            let hit = CACHE.with(|c| unsafe {
                let c = &mut *c.get();
                let n = c.len[class];
                if n == 0 {
                    return None;
                }
                c.len[class] = n - 1;
                Some(c.blocks[class][n - 1])
            });
            if let Some(p) = hit {
                return p;
            }
        }
        // SAFETY: see the impl comment.
        unsafe {
            if plain(&layout) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl comment.
        unsafe {
            if plain(&layout) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.size() <= MAX_CACHED && layout.size() != 0 {
            let class = class_of(layout.size());
            // SAFETY: as in `alloc`; `ptr` is a live block of this size
            // class that its owner gives up.
            let kept = CACHE.with(|c| unsafe {
                let c = &mut *c.get();
                let n = c.len[class];
                if n == DEPTH {
                    return false;
                }
                c.blocks[class][n] = ptr;
                c.len[class] = n + 1;
                true
            });
            if kept {
                return;
            }
        }
        // SAFETY: see the impl comment.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl comment; the new layout keeps the alignment.
        unsafe {
            if layout.align() <= PLAIN_ALIGN && layout.align() <= new_size {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
