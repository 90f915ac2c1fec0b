//! The page's memory allocator: power-of-two size classes over memory the
//! module grows itself.
//!
//! Why not the standard library's (dlmalloc): it is about 4 KB of the
//! page's gzipped wasm, and the page has a 150 KB budget. The page is
//! single-threaded and its allocations come and go in two rhythms (small
//! values while a run steps, large trace and DOM buffers per run), which
//! size classes serve well: a freed block goes on its class's free list and
//! is the next one handed out for that class, so repeated runs reuse the
//! same memory instead of growing it, and a class with none free halves a
//! larger free block before growing memory (a vector's outgrown buffers
//! serve the small values that follow). Blocks are never merged again.
//! The cost is up to half of each block unused; memory is never returned
//! to the browser, as with dlmalloc.
//!
//! Only built for wasm32; native builds (the CLI, tests) keep the system's.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

const PAGE: usize = 65_536;
/// Blocks are aligned to their size up to this, which covers every Rust
/// type's alignment in practice; larger alignments are refused (null).
const MAX_ALIGN: usize = 4096;
/// Classes 2^0 .. 2^31 (the wasm32 address space is 4 GiB).
const CLASSES: usize = 32;

struct State {
    /// Head of each class's free list (0 when empty); a free block's first
    /// word holds the next one's address.
    free: [usize; CLASSES],
    /// The untouched memory this allocator has grown: [next, end).
    next: usize,
    end: usize,
}

pub struct SizeClasses {
    state: UnsafeCell<State>,
}

// SAFETY: wasm32 without threads has one thread; nothing else can see this.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub const fn new() -> SizeClasses {
        SizeClasses {
            state: UnsafeCell::new(State {
                free: [0; CLASSES],
                next: 0,
                end: 0,
            }),
        }
    }
}

impl Default for SizeClasses {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a layout: the smallest power of two that holds it, at
/// least a pointer's size so a free block can hold the list link.
fn class_of(layout: Layout) -> usize {
    let size = layout
        .size()
        .max(layout.align())
        .max(std::mem::size_of::<usize>());
    size.next_power_of_two().trailing_zeros() as usize
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() > MAX_ALIGN {
            return std::ptr::null_mut();
        }
        let class = class_of(layout);
        if class >= CLASSES {
            return std::ptr::null_mut();
        }
        // SAFETY: single-threaded, and no reference to the state outlives
        // this call.
        let st = unsafe { &mut *self.state.get() };
        let head = st.free[class];
        if head != 0 {
            // SAFETY: `head` is a block of this class we handed out and got
            // back; its first word is the list link `dealloc` wrote.
            st.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        // A larger free block, halved down to this class (its upper halves
        // go on the lists between): the blocks a vector outgrew serve
        // what comes next instead of lying idle beside fresh memory.
        if let Some(larger) = (class + 1..CLASSES).find(|&c| st.free[c] != 0) {
            let block = st.free[larger];
            // SAFETY: as above, a free block of class `larger`.
            st.free[larger] = unsafe { *(block as *const usize) };
            for half in (class..larger).rev() {
                let upper = block + (1usize << half);
                // SAFETY: the upper half of a free block we own, at least
                // a word long and aligned for one.
                unsafe { *(upper as *mut usize) = st.free[half] };
                st.free[half] = upper;
            }
            return block as *mut u8;
        }
        let bytes = 1usize << class;
        let align = bytes.min(MAX_ALIGN);
        let mut start = (st.next + align - 1) & !(align - 1);
        if start + bytes > st.end {
            let pages = (bytes + align).div_ceil(PAGE);
            let previous = core::arch::wasm32::memory_grow(0, pages);
            if previous == usize::MAX {
                return std::ptr::null_mut();
            }
            let grown = previous * PAGE;
            if grown != st.end {
                // Not contiguous with what we had: start over in the new pages.
                st.next = grown;
            }
            st.end = grown + pages * PAGE;
            start = (st.next + align - 1) & !(align - 1);
        }
        st.next = start + bytes;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let class = class_of(layout);
        // SAFETY: as in `alloc`; `ptr` is a block of `class` (the caller
        // passes the layout it was allocated with), at least a word long.
        let st = unsafe { &mut *self.state.get() };
        unsafe { *(ptr as *mut usize) = st.free[class] };
        st.free[class] = ptr as usize;
    }
}
