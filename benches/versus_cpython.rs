//! Benchmark: the engine against CPython's asyncio on gather-heavy programs.
//!
//! `cargo bench --bench versus_cpython` prints, for each program, the best of
//! three CPython runs (timing `asyncio.run` only, after `import asyncio`),
//! the best of the engine's runs over as long as those three took (five at
//! least), their ratio, and the engine's peak heap per task while every
//! task is pending. Targets: 20x faster, under 1 KB a task.

mod programs;

use interleave::program::python::to_python;
use interleave::program::Program;
use interleave::small_objects::SmallObjects;
use interleave::RunOptions;
use programs::{one_step_tasks, yielding_tasks};
use std::alloc::{GlobalAlloc, Layout};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes and their peak, only while `COUNTING` is set, so
/// that the timed runs pay nothing for it; the blocks come from the
/// command line's allocator (`small_objects`), as CPython's come from its
/// pymalloc.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        unsafe { SmallObjects.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        unsafe { SmallObjects.dealloc(ptr, layout) }
    }
    // Forwarded, not left to the default (allocate, copy, free): growing
    // vectors in place is part of what is being measured.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            let live = LIVE.fetch_add(new_size, Ordering::Relaxed) + new_size;
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        unsafe { SmallObjects.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The best of `runs` runs, and of as many more as fit in `window` (the
/// wall time the other side's runs took): on this shared machine a burst
/// of load lasts longer than five runs of 10 ms, and each side's best is
/// then taken over the same length of time.
fn best_within<T>(
    runs: usize,
    window: Duration,
    mut f: impl FnMut() -> (Duration, T),
) -> (Duration, T) {
    let start = Instant::now();
    let mut best = f();
    let mut done = 1;
    while done < runs || start.elapsed() < window {
        let next = f();
        if next.0 < best.0 {
            best = next;
        }
        done += 1;
    }
    best
}

fn best<T>(runs: usize, f: impl FnMut() -> (Duration, T)) -> (Duration, T) {
    best_within(runs, Duration::ZERO, f)
}

fn engine(program: &Program, trace: bool) -> (Duration, String) {
    let options = RunOptions {
        no_trace: !trace,
        ..RunOptions::default()
    };
    let start = Instant::now();
    let outcome = interleave::run(program, &options);
    let elapsed = start.elapsed();
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    (elapsed, outcome.stdout)
}

/// Peak heap growth during a run, per task. Memory freed during the run
/// that was allocated before it could make `LIVE` wrap; the runs allocate
/// and free only their own.
fn bytes_per_task(program: &Program, tasks: usize, trace: bool) -> usize {
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let _ = engine(program, trace);
    COUNTING.store(false, Ordering::Relaxed);
    PEAK.load(Ordering::Relaxed) / tasks
}

fn cpython(program: &Program) -> (Duration, String) {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("interleave_bench_{}.py", std::process::id()));
    std::fs::write(&path, to_python(program)).unwrap();
    let harness = "import asyncio, runpy, sys, time\n\
                   t = time.perf_counter()\n\
                   runpy.run_path(sys.argv[1], run_name='__main__')\n\
                   print(time.perf_counter() - t, file=sys.stderr)";
    let out = Command::new("python3")
        .args(["-c", harness])
        .arg(&path)
        .output()
        .expect("python3 is needed to compare with CPython");
    let _ = std::fs::remove_file(&path);
    let seconds: f64 = String::from_utf8_lossy(&out.stderr)
        .trim()
        .lines()
        .last()
        .and_then(|l| l.parse().ok())
        .expect("the harness prints its timing");
    (
        Duration::from_secs_f64(seconds),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is a name filter.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let cases: Vec<(&str, Program, usize)> = vec![
        (
            "10,000 tasks x 10 sleep(0) steps",
            yielding_tasks(10_000, 10),
            10_000,
        ),
        (
            "100,000 tasks of one step",
            one_step_tasks(100_000),
            100_000,
        ),
    ];
    println!(
        "{:<36} {:>12} {:>12} {:>12} {:>8} {:>14} {:>14}",
        "program", "engine", "engine+trace", "CPython", "ratio", "B/task", "B/task+trace"
    );
    let mut all_met = true;
    for (label, program, tasks) in cases {
        if filter.as_deref().is_some_and(|f| !label.contains(f)) {
            continue;
        }
        let started = Instant::now();
        let (theirs, theirs_out) = best(3, || cpython(&program));
        let window = started.elapsed();
        let (ours, out) = best_within(5, window, || engine(&program, false));
        let (ours_traced, _) = best(3, || engine(&program, true));
        assert_eq!(
            out, theirs_out,
            "the engine and CPython must print the same"
        );
        let ratio = theirs.as_secs_f64() / ours.as_secs_f64();
        let mem = bytes_per_task(&program, tasks, false);
        let mem_traced = bytes_per_task(&program, tasks, true);
        all_met &= ratio >= 20.0 && mem < 1024;
        println!(
            "{:<36} {:>10.1}ms {:>10.1}ms {:>10.1}ms {:>7.1}x {:>14} {:>14}",
            label,
            ours.as_secs_f64() * 1e3,
            ours_traced.as_secs_f64() * 1e3,
            theirs.as_secs_f64() * 1e3,
            ratio,
            mem,
            mem_traced
        );
    }
    println!(
        "targets (engine without trace: >= 20x CPython, < 1024 B per pending task): {}",
        if all_met { "met" } else { "NOT met" }
    );
}
