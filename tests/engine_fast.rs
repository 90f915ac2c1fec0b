//! The fast tier: the event loop, gather and the runner's shutdown, tried
//! on small programs without running Python, in well under a second.
//! `cargo test --test engine_fast` is the loop to run while changing the
//! engine. Each expected output was printed by CPython 3.11 for the same
//! program (the differential tiers keep checking that the engine still
//! agrees with CPython on everything else).

use interleave::trace::{Event, EventKind};
use interleave::{RunOptions, RunOutcome};

/// Runs `source` on the virtual clock, computing taking no time.
fn run(source: &str) -> RunOutcome {
    let program = interleave::parse::program(source).unwrap_or_else(|e| panic!("{e}\n{source}"));
    let outcome = interleave::run(
        &program,
        &RunOptions {
            compute_time: false,
            ..RunOptions::default()
        },
    );
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    outcome
}

/// The loop iteration each line was printed in.
fn printed_in(events: &[Event]) -> Vec<(String, u64)> {
    events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Printed { text, .. } => Some((text.trim_end().to_string(), e.iteration)),
            _ => None,
        })
        .collect()
}

#[test]
fn timers_due_together_fire_in_the_order_they_were_set() {
    let outcome = run(r#"
import asyncio

async def sleeper(name, delay):
    print(name, "sleeps")
    await asyncio.sleep(delay)
    print(name, "wakes")

async def main():
    b = asyncio.create_task(sleeper("b", 0.5))
    a = asyncio.create_task(sleeper("a", 0.5))
    await asyncio.gather(b, a)

asyncio.run(main())
"#);
    assert_eq!(outcome.stdout, "b sleeps\na sleeps\nb wakes\na wakes\n");
    let lines = printed_in(&outcome.events);
    // Both timers fall due in one iteration; both tasks run in the next.
    assert_eq!(lines[2].1, lines[3].1);
}

#[test]
fn an_iteration_runs_only_what_was_ready_when_it_began() {
    // A task that yields is scheduled again at once, but runs in the next
    // iteration, after the other: the ready queue is taken as it stood.
    let outcome = run(r#"
import asyncio

async def spin(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spin("A"), spin("B"))

asyncio.run(main())
"#);
    assert_eq!(outcome.stdout, "A 0\nB 0\nA 1\nB 1\nA 2\nB 2\n");
    let iterations: Vec<u64> = printed_in(&outcome.events).iter().map(|l| l.1).collect();
    for pair in iterations.chunks(2) {
        assert_eq!(pair[0], pair[1], "A and B take turns within one iteration");
    }
    assert!(iterations.windows(3).all(|w| w[0] < w[2]), "{iterations:?}");
}

#[test]
fn cancelling_a_task_that_has_not_run_means_it_never_runs() {
    // `_must_cancel`: the first step throws CancelledError in at once.
    let outcome = run(r#"
import asyncio

async def never():
    print("never printed")

async def sleeper():
    try:
        print("sleeper starts")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise

async def main():
    t = asyncio.create_task(never())
    print("cancel gave", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled before it ran:", t.cancelled())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("s cancelled:", s.cancelled())

asyncio.run(main())
"#);
    assert_eq!(
        outcome.stdout,
        "cancel gave True\nt cancelled before it ran: True\nsleeper starts\nsleeper cancelled\ns cancelled: True\n"
    );
}

#[test]
fn cancelling_a_gather_cancels_its_children() {
    // 3.11's quirk: the gather's own future ends with the CancelledError
    // set as its exception, so `cancelled()` is False.
    let outcome = run(r#"
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    finally:
        print(name, "cleans up")

async def main():
    g = asyncio.gather(child("a", 1), child("b", 2))
    await asyncio.sleep(0.1)
    print("cancel gave", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

asyncio.run(main())
"#);
    assert_eq!(
        outcome.stdout,
        "cancel gave True\na cleans up\nb cleans up\ngather cancelled: False\n"
    );
}

#[test]
fn gather_keeps_argument_order_and_the_first_exception_wins() {
    let outcome = run(r#"
import asyncio

async def work(n):
    await asyncio.sleep(0.3 - n / 10)
    if n == 1:
        raise ValueError(n)
    return n * 10

async def main():
    print(await asyncio.gather(work(0), work(1), work(2), return_exceptions=True))
    try:
        await asyncio.gather(work(0), work(1), work(2))
    except ValueError as e:
        print("first error:", repr(e))
    await asyncio.sleep(1)
    print("done")

asyncio.run(main())
"#);
    assert_eq!(
        outcome.stdout,
        "[0, ValueError(1), 20]\nfirst error: ValueError(1)\ndone\n"
    );
    assert_eq!(outcome.exit_status, 0);
}

#[test]
fn asyncio_run_cancels_what_is_left_when_main_returns() {
    let outcome = run(r#"
import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print(name, "cancelled at shutdown")

async def main():
    asyncio.create_task(forever("first"))
    asyncio.create_task(forever("second"))
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
"#);
    assert_eq!(
        outcome.stdout,
        "main returns\nfirst cancelled at shutdown\nsecond cancelled at shutdown\n"
    );
    // The shutdown runs after main's last step, and takes no virtual time.
    let last = outcome.events.last().unwrap();
    assert_eq!(last.time, 0.0);
}
