//! Computing takes time (`engine::compute`): a task that computes holds the
//! loop, timers fall due meanwhile and fire after, and CPU-bound work gains
//! nothing from `gather`.
//!
//! The programs in `tests/compute/` are compared with plain `python3` on
//! the real clock, since CPython on the tests' virtual clock computes in no
//! time. Each is written so that its order holds on any machine within
//! `compute::SPREAD` of the estimate (the engine notes no race for it), and
//! each prints something else with computing time off, so the comparison
//! can fail. The rest needs no Python.
//!
//! `INTERLEAVE_CASE=blocks cargo test --test real_clock` runs the
//! programs whose path contains `blocks`.

mod support;

use interleave::trace::EventKind;
use interleave::{parse, RunOptions, RunOutcome};
use std::path::Path;
use support::{cpython_source, Clock, Observed, REAL_CLOCK_ATTEMPTS};

fn run(source: &str, real_clock: bool) -> RunOutcome {
    let program = parse::program(source).unwrap_or_else(|e| panic!("{e}\n{source}"));
    let options = RunOptions {
        real_clock,
        ..RunOptions::default()
    };
    let outcome = interleave::run(&program, &options);
    assert!(outcome.error.is_none(), "{:?}\n{source}", outcome.error);
    outcome
}

fn notes(outcome: &RunOutcome) -> Vec<&str> {
    outcome
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Note { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn programs_that_compute_print_what_cpython_prints_on_the_real_clock() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compute");
    let only = std::env::var("INTERLEAVE_CASE").unwrap_or_default();
    let mut failures = Vec::new();
    for path in support::python_files(&dir) {
        if !path.to_string_lossy().contains(&only) {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.display();
        let on = run(&source, true);
        assert_eq!(
            notes(&on),
            Vec::<&str>::new(),
            "{name}: its order must not be a race"
        );
        let ours = Observed::of(&on);
        let off = Observed::of(&run(&source, false));
        assert_ne!(
            off, ours,
            "{name}: computing time must change what it prints"
        );
        let mut theirs = cpython_source(&source, Clock::Real);
        for _ in 1..REAL_CLOCK_ATTEMPTS {
            if theirs == ours {
                break;
            }
            theirs = cpython_source(&source, Clock::Real);
        }
        if theirs != ours {
            failures.push(format!(
                "{name}:\n--- engine\n{ours:#?}\n--- CPython\n{theirs:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A ticker every 10 ms, and chunks of computing of about 20 ms (as
/// estimated) with `sleep(0)` between them.
const RACE: &str = "import asyncio


async def crunch():
    for chunk in range(6):
        total = 0
        for i in range(200000):
            total += i % 7
        print('chunk', chunk)
        await asyncio.sleep(0)


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.01)


async def main():
    await asyncio.gather(ticker(), crunch())


asyncio.run(main())
";

#[test]
fn a_timer_falling_due_during_a_step_of_similar_length_is_noted_as_a_race() {
    let on = run(RACE, true);
    let notes = notes(&on);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("races"), "{}", notes[0]);
    // The ticker's timer falls due during chunk 0 and it ticks after chunk
    // 2; CPython, about as fast here, ticked after chunk 2 or chunk 3.
    assert_eq!(
        on.stdout,
        "tick 0\nchunk 0\nchunk 1\nchunk 2\ntick 1\nchunk 3\nchunk 4\nchunk 5\ntick 2\n"
    );
}

#[test]
fn computing_shows_as_blocking_the_loop_and_moves_the_clock() {
    let on = run(RACE, true);
    let computed: Vec<f64> = on
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Computed { seconds, .. } => Some(seconds),
            _ => None,
        })
        .collect();
    assert_eq!(computed.len(), 6, "one block per chunk: {computed:?}");
    for s in &computed {
        assert!(*s >= 0.005 && *s <= 0.1, "{s}");
    }
    assert!(on.computed >= computed.iter().sum::<f64>());
    // The blocks are on the clock: the run ends after all of them.
    let last = on.events.last().unwrap().time;
    assert!(last >= computed.iter().sum::<f64>(), "{last}");
}

#[test]
fn with_computing_time_off_only_sleeps_move_the_clock() {
    let off = run(RACE, false);
    assert!(notes(&off).is_empty());
    assert!(!off
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Computed { .. })));
    // Every chunk runs before the first timer falls due.
    assert_eq!(
        off.stdout,
        "tick 0\nchunk 0\nchunk 1\nchunk 2\nchunk 3\nchunk 4\nchunk 5\ntick 1\ntick 2\n"
    );
}
