//! The command line's memory allocator for small blocks, as CPython's own
//! (`Objects/obmalloc.c`, "pymalloc") serves its objects: a block of up to
//! 512 bytes comes from a free list kept per 16-byte size class, and a
//! class with none free cuts the next block from a 256 KB arena; anything
//! larger, or aligned beyond 16, goes to the system's allocator.
//!
//! Why: a task is about ten small blocks (its coroutine, its future, its
//! machine, a frame's stack and slots...), made and freed by the hundred
//! thousand. glibc's `malloc` and `free` were a quarter of a task's
//! instructions, and its blocks of different sizes interleave in memory,
//! so stepping tasks in order walks memory out of order. Here a block
//! freed is the next one handed out in its class, in about ten
//! instructions, and the blocks of one class made one after another lie
//! side by side. It is what makes the engine's speed comparable with
//! CPython's, which has pymalloc.
//!
//! What it gives up: a freed block only ever serves its own class, and the
//! arenas are never given back to the system (pymalloc gives back an arena
//! once it is empty). A run of the command line ends with its process.
//!
//! What lives here: the allocator only. The binaries opt in
//! (`#[global_allocator]` in `main.rs` and the benchmarks); the library
//! never installs it, and the page has its own (`web/src/alloc.rs`, sized
//! for the page's download budget).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;

/// pymalloc's `SMALL_REQUEST_THRESHOLD`: larger requests go to the system.
const LARGEST: usize = 512;
/// pymalloc's `ALIGNMENT`: every class is a multiple of it, so every block
/// is aligned to it.
const STEP: usize = 16;
const CLASSES: usize = LARGEST / STEP;
/// What a class with nothing free cuts new blocks from (pymalloc's arenas
/// were 256 KB until 3.10).
const ARENA: usize = 256 * 1024;

/// The allocator. It holds nothing itself: each thread has its own free
/// lists and arena, so no lock is taken. A block freed on another thread
/// than the one that made it joins that other thread's list, which is
/// sound, since a block is only memory; a thread's lists are lost when it
/// ends (the command line has one thread).
pub struct SmallObjects;

struct Lists {
    /// Head of each class's free list (null when empty); a free block's
    /// first word holds the next one's address.
    free: [*mut u8; CLASSES],
    /// The untouched rest of the current arena: [next, end).
    next: *mut u8,
    end: *mut u8,
}

thread_local! {
    // `const` and without `Drop`: reading it is one thread-relative load,
    // with no lazy set-up and no destructor to register, which an
    // allocator must not do.
    static LISTS: UnsafeCell<Lists> = const {
        UnsafeCell::new(Lists {
            free: [std::ptr::null_mut(); CLASSES],
            next: std::ptr::null_mut(),
            end: std::ptr::null_mut(),
        })
    };
}

/// The class serving `layout`, if a class does.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    if layout.size() <= LARGEST && layout.align() <= STEP {
        // Size 0 never reaches an allocator (`GlobalAlloc`'s contract);
        // saturating keeps it in class 0 regardless.
        Some(layout.size().saturating_sub(1) / STEP)
    } else {
        None
    }
}

impl SmallObjects {
    /// A block of `class`: the first free one, else cut from the arena.
    #[inline(always)]
    fn take(class: usize) -> *mut u8 {
        LISTS.with(|lists| {
            // SAFETY: the state is this thread's own, and no reference to
            // it outlives this closure, which calls nothing that allocates
            // except `grow`, which borrows nothing from here.
            let lists = unsafe { &mut *lists.get() };
            let head = lists.free[class];
            if !head.is_null() {
                // SAFETY: `head` is a block this class handed out and got
                // back; its first word is the link `give_back` wrote.
                lists.free[class] = unsafe { *(head as *mut *mut u8) };
                return head;
            }
            let size = (class + 1) * STEP;
            if (lists.end as usize) - (lists.next as usize) < size {
                // The arena's unused tail (less than 512 bytes) is left.
                // SAFETY: a valid, non-zero layout.
                let arena = unsafe { System.alloc(Layout::from_size_align_unchecked(ARENA, STEP)) };
                if arena.is_null() {
                    return arena;
                }
                lists.next = arena;
                // SAFETY: one past the end of the arena just made.
                lists.end = unsafe { arena.add(ARENA) };
            }
            let block = lists.next;
            // SAFETY: within the arena, checked above.
            lists.next = unsafe { block.add(size) };
            block
        })
    }

    /// `block` of `class` is free again: first in line for its class.
    #[inline(always)]
    fn give_back(block: *mut u8, class: usize) {
        LISTS.with(|lists| {
            // SAFETY: as in `take`; `block` is at least 16 bytes, aligned
            // to 16, and no longer used by anyone.
            let lists = unsafe { &mut *lists.get() };
            unsafe { *(block as *mut *mut u8) = lists.free[class] };
            lists.free[class] = block;
        })
    }
}

// SAFETY: blocks of a class are `(class + 1) * 16` bytes, aligned to 16,
// and handed out once until given back; others are the system's.
unsafe impl GlobalAlloc for SmallObjects {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(&layout) {
            Some(class) => Self::take(class),
            // SAFETY: the caller's layout, passed on.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class_of(&layout) {
            Some(class) => Self::give_back(ptr, class),
            // SAFETY: the system made it, with this layout.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(&layout) {
            Some(class) => {
                let block = Self::take(class);
                if !block.is_null() {
                    // SAFETY: the block holds at least `layout.size()` bytes.
                    unsafe { block.write_bytes(0, layout.size()) };
                }
                block
            }
            // SAFETY: the caller's layout, passed on.
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    /// Growing within a class keeps the block; between the system's sizes
    /// the system grows in place when it can; otherwise a new block, the
    /// contents copied.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `GlobalAlloc::realloc`'s contract: `new_size`, rounded
        // to the alignment, does not overflow.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(&layout), class_of(&new_layout)) {
            (Some(old), Some(new)) if old == new => ptr,
            // SAFETY: the system made it, with this layout.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            _ => {
                // SAFETY: a valid layout; the copy stays within both blocks.
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    unsafe {
                        std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn a_freed_block_is_the_next_one_of_its_class() {
        let a = unsafe { SmallObjects.alloc(layout(40, 8)) };
        let b = unsafe { SmallObjects.alloc(layout(40, 8)) };
        assert_ne!(a, b);
        unsafe { SmallObjects.dealloc(a, layout(40, 8)) };
        // 33..=48 bytes share a class.
        let c = unsafe { SmallObjects.alloc(layout(48, 16)) };
        assert_eq!(a, c);
        unsafe {
            SmallObjects.dealloc(b, layout(40, 8));
            SmallObjects.dealloc(c, layout(48, 16));
        }
    }

    #[test]
    fn blocks_are_aligned_distinct_and_hold_their_size() {
        let mut blocks = Vec::new();
        for size in (1..=600).step_by(7) {
            for align in [1, 8, 16, 32] {
                let l = layout(size, align);
                let p = unsafe { SmallObjects.alloc(l) };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "{size} bytes aligned to {align}");
                unsafe { p.write_bytes(size as u8, size) };
                blocks.push((p, l));
            }
        }
        // No block was overwritten by another: each still holds its byte.
        for &(p, l) in &blocks {
            let bytes = unsafe { std::slice::from_raw_parts(p, l.size()) };
            assert!(bytes.iter().all(|&b| b == l.size() as u8));
        }
        for (p, l) in blocks {
            unsafe { SmallObjects.dealloc(p, l) };
        }
    }

    #[test]
    fn realloc_keeps_the_contents_across_classes_and_the_system() {
        let mut l = layout(8, 8);
        let mut p = unsafe { SmallObjects.alloc(l) };
        unsafe { p.write_bytes(7, 8) };
        for size in [12, 16, 17, 500, 513, 4000, 300, 9] {
            p = unsafe { SmallObjects.realloc(p, l, size) };
            let kept = l.size().min(size).min(8);
            let bytes = unsafe { std::slice::from_raw_parts(p, kept) };
            assert!(bytes.iter().all(|&b| b == 7), "grown to {size}");
            l = layout(size, 8);
        }
        unsafe { SmallObjects.dealloc(p, l) };
        let z = unsafe { SmallObjects.alloc_zeroed(layout(100, 8)) };
        assert!(unsafe { std::slice::from_raw_parts(z, 100) }
            .iter()
            .all(|&b| b == 0));
        unsafe { SmallObjects.dealloc(z, layout(100, 8)) };
    }

    #[test]
    fn a_block_may_be_freed_on_another_thread() {
        let p = unsafe { SmallObjects.alloc(layout(64, 8)) } as usize;
        std::thread::spawn(move || unsafe { SmallObjects.dealloc(p as *mut u8, layout(64, 8)) })
            .join()
            .unwrap();
        // Arenas outlast threads: making more here still works.
        let q = unsafe { SmallObjects.alloc(layout(64, 8)) };
        assert!(!q.is_null());
        unsafe { SmallObjects.dealloc(q, layout(64, 8)) };
    }
}
