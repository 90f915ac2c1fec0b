//! Where a run's time goes: the same gather of `worker` tasks with 0, 10 and
//! 50 `sleep(0)` steps each (the difference is the cost of a step), and one
//! task taking a million steps (a step without cache misses), and 100,000
//! tasks that return at once (the fixed cost of a task).
//!
//! `cargo bench --bench step_cost [NAME...]`; no CPython here, see
//! `versus_cpython` for the comparison.

mod programs;

use interleave::RunOptions;
use programs::{one_step_tasks, yielding_tasks};
use std::time::Instant;

// As the command line runs, and `versus_cpython` measures.
#[global_allocator]
static ALLOCATOR: interleave::small_objects::SmallObjects = interleave::small_objects::SmallObjects;

fn main() {
    let opts = RunOptions {
        no_trace: true,
        limits: interleave::Limits {
            max_steps: u64::MAX,
            max_tasks: 1 << 30,
        },
        ..RunOptions::default()
    };
    let mk = yielding_tasks;
    let which: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    for (label, p) in [
        ("1 x 1M", mk(1, 1_000_000)),
        ("100 x 10k", mk(100, 10_000)),
        ("10k x 0", mk(10_000, 0)),
        ("10k x 10", mk(10_000, 10)),
        ("10k x 50", mk(10_000, 50)),
        ("100k one-step", one_step_tasks(100_000)),
    ]
    .into_iter()
    .filter(|(l, _)| which.is_empty() || which.iter().any(|w| l.contains(w.as_str())))
    {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            let o = interleave::run(&p, &opts);
            assert!(o.error.is_none(), "{:?}", o.error);
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{label}: {:.2}ms", best * 1e3);
    }
}
