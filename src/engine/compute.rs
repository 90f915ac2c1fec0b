//! Computation takes time. CPython's loop runs one callback at a time, and
//! while a task computes, the clock runs on and nothing else runs: a timer
//! that falls due meanwhile fires only after, and every deadline set later
//! is later by that much. (It is why CPU-bound work gains nothing from
//! asyncio.) The virtual clock models it with a fixed cost per
//! instruction the task machine runs, per step (`count_step`: a call, a
//! loop round, an item `sum`, `min`, `max`, `any` or `all` takes), for
//! a sort's comparisons, and for CPython's own work around them (a
//! callback run, a loop iteration), all in the same unit. Code mode only:
//! the forms' steps compute for microseconds.
//!
//! The cost is calibrated against CPython 3.11 on the machine the tests
//! run on (see `NANOS_PER_OP`); CPython's own speed varies with the
//! machine and the program, so the model is an estimate. The clock moves
//! by all of it, however little: on a real clock no two callbacks run
//! at the same time, so a deadline set in a later callback is later (a
//! `sleep(0.1)` set after another one fires after it, and a deadline
//! the program computed from an earlier reading, `start + 0.1`, fires
//! before a `sleep(0.1)` set since), and two readings of the clock
//! differ. The timeline shows a computation as blocking the loop from a
//! millisecond on (`QUANTUM`). Where an estimate within a factor `SPREAD`
//! of this one would change which timers are due in an iteration, or
//! which of two timers fires first, the run notes that CPython's order
//! there depends on the machine's speed (`Runtime::note_race`).

use super::timers::{tick, Time};
use super::Runtime;
use crate::trace::EventKind;
use std::cell::Cell;

/// CPython 3.11's time per instruction of the task machine, measured on
/// this machine with `benches/compute_cost.rs` (the ratio of CPython's
/// time to the engine's instruction count over a mix of loops, calls,
/// arithmetic and container work). The machine is shared, and its speed
/// moves: one day's programs took 3 to 16 ns per instruction, another
/// day's 1.8 to 8.1. The middle of both (their geometric mean, about 5),
/// with `SPREAD` either way (1.7 to 15 ns), covers nearly every program
/// on either day, so that an order one of them decides is noted as a
/// race.
pub const NANOS_PER_OP: u64 = 5;

/// A call, a loop round or an item a builtin takes (`count_step`), in
/// instructions.
pub const OPS_PER_STEP: u64 = 4;

/// CPython's own work to run one callback of the ready queue
/// (`Handle._run`, `Context.run`, `Task.__step` and resuming the
/// coroutine), in instructions: 1.75 µs, the middle of 1.2 and 2.5 µs,
/// what a hundred tasks taking a thousand `sleep(0)` steps each took per
/// step here on a quiet and on a busy hour (2026-12-05;
/// `tests/compute/callbacks_take_time.py`).
pub const OPS_PER_CALLBACK: u64 = 350;

/// CPython's own work for one loop iteration (`_run_once`: the heap, the
/// `select(0)` call, the ready queue), in instructions: 1.5 µs, what one
/// task taking 100,000 `sleep(0)` steps took per step (2.6 and 3.9 µs on
/// the same two hours) less a callback's cost.
pub const OPS_PER_ITERATION: u64 = 300;

/// A computation the timeline shows, in nanoseconds: a millisecond on.
pub const QUANTUM: u64 = 1_000_000;

/// How far CPython's speed may stray from the estimate, either way, before
/// an order that depends on it is called certain.
pub const SPREAD: u64 = 3;

/// Computation not yet on the clock.
#[derive(Debug, Default)]
pub(crate) struct Compute {
    /// Whether the run is on the real clock (`RunOptions::real_clock`):
    /// computation takes time, and so does waking (`waking` reads it too).
    pub enabled: bool,
    /// Instructions (and builtins' work, in instructions) since the clock
    /// last moved.
    pending: Cell<u64>,
    /// Nanoseconds of computation moved onto the clock in the whole run,
    /// for telling races (`may_swap`): a point on the clock is made of
    /// sleeps, waits and this, and only this scales with CPython's speed.
    total: Cell<u64>,
    /// Set once the run has noted a race: once is enough to say it.
    noted: Cell<bool>,
}

impl Compute {
    pub fn new(enabled: bool) -> Compute {
        Compute {
            enabled,
            ..Compute::default()
        }
    }

    /// Counts `ops` instructions' worth of work.
    #[inline]
    pub fn charge(&self, ops: u64) {
        self.pending.set(self.pending.get().wrapping_add(ops));
    }

    /// Takes the computing not yet on the clock out of the count, to be
    /// put back (`restore`) after a thread's code, whose work is not
    /// counted.
    #[cfg(feature = "asyncio-py")]
    pub fn set_aside(&self) -> u64 {
        self.pending.replace(0)
    }

    #[cfg(feature = "asyncio-py")]
    pub fn restore(&self, pending: u64) {
        self.pending.set(pending);
    }

    /// Estimated seconds of computing so far, on the clock or not.
    pub fn estimate(&self) -> f64 {
        (self.total.get() as f64 + (self.pending.get() * NANOS_PER_OP) as f64) / 1e9
    }

    /// The clock's whole advance by computing so far.
    pub fn total(&self) -> u64 {
        self.total.get()
    }
}

impl Runtime {
    /// Counts the work of a builtin that walks `items` items.
    pub(crate) fn charge_items(&self, items: usize) {
        self.compute.charge(items as u64);
    }

    /// Moves the clock on by the computation done so far; called before
    /// the clock is read or a deadline set, and after each callback.
    /// Inline: it runs after every callback.
    #[inline]
    pub(crate) fn flush_compute(&self) {
        let c = &self.compute;
        if !c.enabled {
            return;
        }
        let ops = c.pending.replace(0);
        if ops != 0 {
            self.move_clock(ops.saturating_mul(NANOS_PER_OP));
        }
    }

    fn move_clock(&self, nanos: u64) {
        let c = &self.compute;
        c.total.set(c.total.get() + nanos);
        let seconds = nanos as f64 / 1e9;
        if nanos >= QUANTUM {
            // Stamped where the computing began, as `time.sleep`'s block is.
            let task = self.running.get();
            self.emit(|| EventKind::Computed { task, seconds });
        }
        self.lp.borrow_mut().now += seconds;
    }

    /// Says, once per run, that CPython's order here depends on the
    /// machine's speed.
    pub(crate) fn note_race(&self) {
        if self.compute.noted.replace(true) {
            return;
        }
        let text = "here a timer races a task's computing: CPython's order depends on its speed, and Interleave's estimate is one machine's (untick \"real clock\" for a clock only sleeps move)".to_string();
        self.emit(|| EventKind::Note { text });
    }
}

/// Times `a` and `b`, each a point on the clock and how much of it
/// computing made (the clock's advance by computing before it was set,
/// in nanoseconds):
/// `a` is before or at `b` here; would it be after, were computing
/// `SPREAD` times faster or slower than estimated? Only the computed part
/// of a time scales. Two timers, or a timer and the clock as an iteration
/// collects what is due, race when this is so.
pub(crate) fn may_swap(a: (Time, u64), b: (Time, u64)) -> bool {
    let (a_when, a_computed) = (i128::from(tick(a.0)), a.1 as i128);
    let (b_when, b_computed) = (i128::from(tick(b.0)), b.1 as i128);
    if a_computed == b_computed {
        return false;
    }
    let (a_slept, b_slept) = (a_when - a_computed, b_when - b_computed);
    let spread = SPREAD as i128;
    // Times scaled by SPREAD, so that "faster" stays in integers.
    let faster = (a_slept * spread + a_computed, b_slept * spread + b_computed);
    let slower = (a_slept + a_computed * spread, b_slept + b_computed * spread);
    faster.0 > faster.1 || slower.0 > slower.1
}
