//! Property: random programs of asyncio's next chapter print, iteration
//! by iteration, what CPython prints. Workers share a Lock, a Semaphore,
//! a Queue and an Event; each takes a few steps (print, sleep, yield, hold
//! the lock or the semaphore across a sleep, put or get an item, set or
//! wait for the event, a shielded sleep) and may end by raising. `main`
//! runs them with gather, a TaskGroup (its failure caught with `except*`),
//! `wait(FIRST_COMPLETED)` then cancelling the rest, `as_completed`, or
//! gather under `asyncio.timeout`; all of it under an outer timeout, so a
//! program whose workers wait for each other forever ends, on both sides,
//! with "main timed out".
//!
//! The programs are Python source, read by the engine's parser and run
//! by CPython on the virtual clock, stepped (`support::
//! differs_on_virtual_clock`): the loop's state before each iteration
//! must agree too. Delays are multiples of 1/64 s, exact in binary, so
//! that deadlines reached by different sums are equal on both sides.
//! Cases per run: 48, or `INTERLEAVE_PROPTEST_CASES`.

mod support;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use std::fmt::Write;

/// Delays, in 64ths of a second.
const DELAYS: [u32; 5] = [1, 2, 3, 5, 8];

#[derive(Debug, Clone)]
enum Step {
    Print,
    Sleep(u32),
    Yield,
    Lock(u32),
    Semaphore(u32),
    Put,
    Get,
    SetEvent,
    WaitEvent,
    Shield(u32),
    /// `wait_for(sleep(a), b)`, its TimeoutError caught.
    WaitFor(u32, u32),
    /// `async with timeout(b): await sleep(a)`, its TimeoutError caught.
    Timeout(u32, u32),
    /// Catches its own cancellation, says so, and goes on.
    SwallowCancel(u32),
}

#[derive(Debug, Clone)]
struct Worker {
    steps: Vec<Step>,
    raises: bool,
}

#[derive(Debug, Clone)]
enum Mode {
    Gather,
    TaskGroup,
    WaitFirst,
    AsCompleted,
    /// Gather under `asyncio.timeout` of this many 64ths of a second.
    Timeout(u32),
    /// Tasks, the first cancelled after this many 64ths of a second, then
    /// gathered.
    CancelFirst(u32),
}

#[derive(Debug, Clone)]
struct Spec {
    workers: Vec<Worker>,
    mode: Mode,
    semaphore: u32,
    queue_size: u32,
}

fn delay() -> impl Strategy<Value = u32> {
    prop::sample::select(DELAYS.to_vec())
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Print),
        delay().prop_map(Step::Sleep),
        Just(Step::Yield),
        delay().prop_map(Step::Lock),
        delay().prop_map(Step::Semaphore),
        Just(Step::Put),
        Just(Step::Get),
        Just(Step::SetEvent),
        Just(Step::WaitEvent),
        delay().prop_map(Step::Shield),
        (delay(), delay()).prop_map(|(a, b)| Step::WaitFor(a, b)),
        (delay(), delay()).prop_map(|(a, b)| Step::Timeout(a, b)),
        delay().prop_map(Step::SwallowCancel),
    ]
}

fn worker() -> impl Strategy<Value = Worker> {
    (
        prop::collection::vec(step(), 1..5),
        prop::bool::weighted(0.25),
    )
        .prop_map(|(steps, raises)| Worker { steps, raises })
}

fn spec() -> impl Strategy<Value = Spec> {
    let mode = prop_oneof![
        Just(Mode::Gather),
        Just(Mode::TaskGroup),
        Just(Mode::WaitFirst),
        Just(Mode::AsCompleted),
        (4u32..20).prop_map(Mode::Timeout),
        (1u32..12).prop_map(Mode::CancelFirst),
    ];
    (
        prop::collection::vec(worker(), 1..5),
        mode,
        1u32..3,
        0u32..3,
    )
        .prop_map(|(workers, mode, semaphore, queue_size)| Spec {
            workers,
            mode,
            semaphore,
            queue_size,
        })
}

fn seconds(sixty_fourths: u32) -> String {
    format!("{}", sixty_fourths as f64 / 64.0)
}

/// The program as Python source.
fn source(spec: &Spec) -> String {
    let mut out = String::from("import asyncio\n\n");
    for (i, w) in spec.workers.iter().enumerate() {
        let _ = writeln!(out, "\nasync def w{i}(lock, sem, q, ev):");
        let _ = writeln!(out, "    print('w{i} starts')");
        for (k, s) in w.steps.iter().enumerate() {
            let line = match s {
                Step::Print => format!("    print('w{i} step {k}')\n"),
                Step::Sleep(d) => format!("    await asyncio.sleep({})\n", seconds(*d)),
                Step::Yield => "    await asyncio.sleep(0)\n".to_string(),
                Step::Lock(d) => format!(
                    "    async with lock:\n        print('w{i} holds the lock')\n        await asyncio.sleep({})\n",
                    seconds(*d)
                ),
                Step::Semaphore(d) => format!(
                    "    async with sem:\n        print('w{i} holds the semaphore')\n        await asyncio.sleep({})\n",
                    seconds(*d)
                ),
                Step::Put => format!("    await q.put('w{i}-{k}')\n    print('w{i} put', q.qsize())\n"),
                Step::Get => format!("    print('w{i} got', await q.get())\n    q.task_done()\n"),
                Step::SetEvent => format!("    ev.set()\n    print('w{i} set the event')\n"),
                Step::WaitEvent => format!("    await ev.wait()\n    print('w{i} saw the event')\n"),
                Step::Shield(d) => format!(
                    "    print('w{i} shielded', await asyncio.shield(asyncio.sleep({}, 'sh')))\n",
                    seconds(*d)
                ),
                Step::WaitFor(a, b) => format!(
                    "    try:\n        print('w{i} waited', await asyncio.wait_for(asyncio.sleep({}, 'wf'), {}))\n    except TimeoutError:\n        print('w{i} wait_for timed out')\n",
                    seconds(*a),
                    seconds(*b)
                ),
                Step::Timeout(a, b) => format!(
                    "    try:\n        async with asyncio.timeout({}) as cm:\n            await asyncio.sleep({})\n        print('w{i} in time', cm.expired())\n    except TimeoutError:\n        print('w{i} timed out')\n",
                    seconds(*b),
                    seconds(*a)
                ),
                Step::SwallowCancel(d) => format!(
                    "    try:\n        await asyncio.sleep({})\n    except asyncio.CancelledError:\n        print('w{i} cancelled, goes on')\n",
                    seconds(*d)
                ),
            };
            out.push_str(&line);
        }
        if w.raises {
            let _ = writeln!(out, "    raise ValueError('w{i} fails')");
        } else {
            let _ = writeln!(out, "    return 'w{i} done'");
        }
    }
    let calls = (0..spec.workers.len())
        .map(|i| format!("w{i}(lock, sem, q, ev)"))
        .collect::<Vec<_>>()
        .join(", ");
    let tasks = (0..spec.workers.len())
        .map(|i| format!("asyncio.create_task(w{i}(lock, sem, q, ev), name='t{i}')"))
        .collect::<Vec<_>>()
        .join(", ");
    let body = match spec.mode {
        Mode::Gather => format!(
            "results = await asyncio.gather({calls}, return_exceptions=True)\nprint([repr(r) for r in results])\n"
        ),
        Mode::TaskGroup => {
            let created = (0..spec.workers.len())
                .map(|i| format!("tg.create_task(w{i}(lock, sem, q, ev), name='t{i}')"))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "try:\n    async with asyncio.TaskGroup() as tg:\n        ts = [{created}]\n    print([t.result() for t in ts])\nexcept* ValueError as eg:\n    print('the group failed', repr(eg))\n"
            )
        }
        Mode::WaitFirst => format!(
            "ts = [{tasks}]\ndone, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)\nprint(sorted(t.get_name() for t in done), len(pending))\nfor t in pending:\n    t.cancel()\nrest = await asyncio.gather(*ts, return_exceptions=True)\nprint([type(r).__name__ for r in rest])\n"
        ),
        Mode::AsCompleted => format!(
            "ts = [{tasks}]\nfor c in asyncio.as_completed(ts):\n    try:\n        print('got', await c)\n    except ValueError as e:\n        print('failed', repr(e))\n"
        ),
        Mode::CancelFirst(t) => format!(
            "ts = [{tasks}]\nawait asyncio.sleep({})\nprint('cancel', ts[0].cancel())\nresults = await asyncio.gather(*ts, return_exceptions=True)\nprint([repr(r) for r in results])\n",
            seconds(t)
        ),
        Mode::Timeout(t) => format!(
            "try:\n    async with asyncio.timeout({}):\n        print(await asyncio.gather({calls}, return_exceptions=True))\nexcept TimeoutError:\n    print('the gather timed out')\n",
            seconds(t)
        ),
    };
    let _ = writeln!(out, "\nasync def main():");
    let _ = writeln!(out, "    lock = asyncio.Lock()");
    let _ = writeln!(out, "    sem = asyncio.Semaphore({})", spec.semaphore);
    let _ = writeln!(out, "    q = asyncio.Queue({})", spec.queue_size);
    let _ = writeln!(out, "    ev = asyncio.Event()");
    out.push_str("    try:\n        async with asyncio.timeout(4):\n");
    for line in body.lines() {
        let _ = writeln!(out, "            {line}");
    }
    out.push_str("    except TimeoutError:\n        print('main timed out')\n");
    out.push_str(
        "    print('main ends', q.qsize(), ev.is_set(), lock.locked(), sem.locked())\n\n\nasyncio.run(main())\n",
    );
    out
}

#[test]
fn random_programs_of_asyncio_s_next_chapter_run_as_in_cpython() {
    let config = Config {
        cases: support::proptest_cases(48),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = support::proptest_runner(config);
    let result = runner.run(&spec(), |spec| {
        let text = source(&spec);
        let program = interleave::parse::program(&text)
            .map_err(|e| TestCaseError::fail(format!("does not parse: {e}\n{text}")))?;
        if let Some(report) = support::differs_on_virtual_clock(&program, &text) {
            return Err(TestCaseError::fail(report));
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
