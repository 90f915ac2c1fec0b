//! A session dropped mid-run gives back all its memory: the page replays a
//! run for every Step back and scrubber move, dropping the run it
//! replaces, and a run of ten thousand gathered tasks left ten megabytes
//! behind each time (a task and the gather it was given to refer to each
//! other, which reference counting cannot free).
//!
//! The only test in its binary: the allocator below counts every thread's
//! allocations.

use interleave::{RunOptions, Session};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator, counting bytes on the way.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn a_session_dropped_mid_run_frees_its_tasks_and_gathers() {
    let source = "import asyncio\n\n\nasync def worker(n):\n    for step in range(3):\n        await asyncio.sleep(0)\n    return n\n\n\nasync def main():\n    inner = asyncio.gather(*[worker(n) for n in range(500)])\n    results = await asyncio.gather(inner, *[worker(n) for n in range(500)])\n    print(len(results))\n\n\nasyncio.run(main())\n";
    let program = interleave::parse::program(source).unwrap();
    let options = RunOptions::default();
    let before = LIVE.load(Relaxed);
    let mut session = Session::new(&program, &options);
    for _ in 0..1500 {
        assert!(session.advance_callback());
    }
    drop(session.new_events());
    let running = LIVE.load(Relaxed) - before;
    drop(session);
    let left = LIVE.load(Relaxed).saturating_sub(before);
    assert!(
        running > 500_000,
        "a thousand pending tasks take memory: {running} bytes"
    );
    assert!(
        left < 1_000,
        "{left} bytes of the {running} the run held are left after dropping it"
    );
}
