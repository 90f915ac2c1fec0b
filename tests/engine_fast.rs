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
            real_clock: false,
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
fn the_clock_sums_floats_as_cpython_does_and_never_wakes_a_task_early() {
    let outcome = run(r#"
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = loop.time()
    await asyncio.sleep(1e-10)
    print("moved", loop.time() > t)
    deadline = loop.time() + 1 / 3
    await asyncio.sleep(deadline - loop.time())
    print("on time", loop.time() >= deadline)
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print("sum", loop.time())

asyncio.run(main())
"#);
    // A sleep shorter than a nanosecond still moves the clock, a deadline
    // computed from `loop.time()` is met, and the sums carry CPython's
    // last bits.
    assert_eq!(
        outcome.stdout,
        "moved True\non time True\nsum 0.6333333334333333\n"
    );
}

#[test]
fn a_sleep_longer_than_a_day_wakes_the_loop_once_a_day() {
    let outcome = run(r#"
import asyncio

async def main():
    await asyncio.sleep(2 * 86400 + 1)
    print("woke")

asyncio.run(main())
"#);
    // `select` waits a day at most (`MAXIMUM_SELECT_TIMEOUT`): iterations
    // 2 and 3 run nothing, the timer is due in 4, main wakes in 5.
    assert_eq!(printed_in(&outcome.events), [("woke".to_string(), 5)]);
}

#[test]
fn a_deadline_past_where_the_float_clock_is_coarser_than_a_nanosecond_is_reached() {
    // From 2**24 seconds on, `now + 1e-9` is `now`: a deadline reached
    // exactly is never "before now plus the resolution"; CPython's real
    // clock runs on past it, and so does this one.
    let outcome = run(r#"
import asyncio

async def main():
    await asyncio.sleep(2 ** 24)
    print("woke")

asyncio.run(main())
"#);
    assert_eq!(outcome.stdout, "woke\n");
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

/// `source` stepped as `interleave step --tree` steps it (`callbacks`:
/// before each callback too), on the virtual clock: every step, and the
/// outcome.
fn stepped(source: &str, callbacks: bool) -> (Vec<interleave::Stepped>, RunOutcome) {
    let program = interleave::parse::program(source).unwrap_or_else(|e| panic!("{e}\n{source}"));
    let mut steps = Vec::new();
    let options = RunOptions {
        real_clock: false,
        ..RunOptions::default()
    };
    let outcome = interleave::step(&program, &options, callbacks, true, |step| steps.push(step));
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    (steps, outcome)
}

/// The loop's view before each step, as text (`limit` lines a list).
fn views_within(steps: &[interleave::Stepped], limit: usize) -> Vec<String> {
    steps
        .iter()
        .filter_map(|s| s.view.as_ref().map(|v| v.to_text_within(limit)))
        .collect()
}

/// The loop's view as each iteration begins (`interleave step`), as text.
fn views(source: &str) -> Vec<String> {
    views_within(&stepped(source, false).0, usize::MAX)
}

const BACKGROUND_AND_GATHER: &str = r#"import asyncio


async def worker(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    return name


async def main():
    background = asyncio.create_task(worker("c", 0.3))
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print(results)
    await background


asyncio.run(main())
"#;

#[test]
fn the_loop_view_shows_the_ready_queue_the_timers_and_where_each_task_waits() {
    // As CPython 3.11's loop holds it (tests/support/loop_view.py printed
    // these): the task made first steps first; each sleeping task waits on
    // its timer's future, at the line of its `await`; timers in deadline
    // order, not creation order; a fired timer's task wakes in the next
    // iteration, and its gather callback in the one after.
    let views = views(BACKGROUND_AND_GATHER);
    assert_eq!(
        views[1],
        "== iteration 2 at 0.000000
ready:
  step Task-2
  step Task-3
  step Task-4
timers: none
tasks:
  Task-1 main(): waiting on gather(Task-3, Task-4), line 12
    background = <Task pending name='Task-2' coro=<worker() running at …>>
  Task-2 worker(): not started
  Task-3 worker(): not started
  Task-4 worker(): not started
"
    );
    assert_eq!(
        views[2],
        "== iteration 3 at 0.000000
ready: none
timers:
  0.100000 for Task-4
  0.200000 for Task-3
  0.300000 for Task-2
tasks:
  Task-1 main(): waiting on gather(Task-3, Task-4), line 12
    background = <Task pending name='Task-2' coro=<worker() running at …> wait_for=<Future pending cb=[Task.task_wake…
  Task-2 worker(): waiting on future due at 0.300000, line 6
    name = 'c'
    delay = 0.3
  Task-3 worker(): waiting on future due at 0.200000, line 6
    name = 'a'
    delay = 0.2
  Task-4 worker(): waiting on future due at 0.100000, line 6
    name = 'b'
    delay = 0.1
"
    );
    assert_eq!(
        views[3..5],
        [
            "== iteration 4 at 0.100000
ready:
  wake Task-4: future done
timers:
  0.200000 for Task-3
  0.300000 for Task-2
tasks:
  Task-1 main(): waiting on gather(Task-3, Task-4), line 12
    background = <Task pending name='Task-2' coro=<worker() running at …> wait_for=<Future pending cb=[Task.task_wake…
  Task-2 worker(): waiting on future due at 0.300000, line 6
    name = 'c'
    delay = 0.3
  Task-3 worker(): waiting on future due at 0.200000, line 6
    name = 'a'
    delay = 0.2
  Task-4 worker(): waiting on future, line 6
    name = 'b'
    delay = 0.1
",
            "== iteration 5 at 0.100000
ready:
  gather callback: Task-4 done
timers:
  0.200000 for Task-3
  0.300000 for Task-2
tasks:
  Task-1 main(): waiting on gather(Task-3, Task-4), line 12
    background = <Task pending name='Task-2' coro=<worker() running at …> wait_for=<Future pending cb=[Task.task_wake…
  Task-2 worker(): waiting on future due at 0.300000, line 6
    name = 'c'
    delay = 0.3
  Task-3 worker(): waiting on future due at 0.200000, line 6
    name = 'a'
    delay = 0.2
"
        ]
    );
}

#[test]
fn the_task_tree_hangs_a_task_group_s_tasks_under_the_group_and_the_view_shows_its_queue() {
    let source = r#"import asyncio


async def worker(q, n):
    item = await q.get()
    print(n, "got", item)


async def main():
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(q, 1))
        tg.create_task(worker(q, 2))
        await asyncio.sleep(0)
        q.put_nowait("x")
        await asyncio.sleep(0)
        q.put_nowait("y")


asyncio.run(main())
"#;
    let steps = stepped(source, false).0;
    let trees: Vec<String> = steps
        .iter()
        .filter_map(|s| s.tree.as_deref().map(interleave::task_tree::to_text))
        .collect();
    // As the second iteration begins: the first worker got "x" and is
    // woken, the second waits in the queue's `get`; both under the group,
    // under main, whose `async with` the group is.
    assert_eq!(
        trees[2],
        "Task-1 main(): ready, line 16
  q = <asyncio.queues.Queue object at 0x…>
  tg = <asyncio.taskgroups.TaskGroup object at 0x…>
  TaskGroup: in Task-1
    Task-2 worker(<asyncio.queues.Queue object at 0x…>, 1): woken (the future it awaited finished), its step is queued, line 5
      q = <asyncio.queues.Queue object at 0x…>
      n = 1
    Task-3 worker(<asyncio.queues.Queue object at 0x…>, 2): waiting on future in Queue, line 5
      q = <asyncio.queues.Queue object at 0x…>
      n = 2
"
    );
    // The loop's view says what the queue holds and who waits in it, as
    // tests/support/loop_view.py reads CPython's (`interleave step
    // --callbacks` agrees with it on this program).
    let views = views_within(&steps, usize::MAX);
    assert!(
        views[2].contains(
            "primitives:\n  Queue: items ['x'], 1 unfinished; get: Task-3\n  TaskGroup: in Task-1; tasks: Task-2, Task-3\n"
        ),
        "{}",
        views[2]
    );
}

#[test]
fn the_task_tree_nests_tasks_under_who_awaits_them_and_keeps_the_finished() {
    let trees: Vec<String> = stepped(BACKGROUND_AND_GATHER, false)
        .0
        .iter()
        .filter_map(|s| s.tree.as_deref().map(interleave::task_tree::to_text))
        .collect();
    // Gathered children under the gather main awaits, with their calls;
    // the background task under main, which created it and does not
    // await it (yet); each paused task's variables under it.
    assert_eq!(
        trees[2],
        "Task-1 main(): waiting on gather(Task-3, Task-4), line 12
  background = <Task pending name='Task-2' coro=<worker() running at …> wait_for=<Future pending cb=[Task.task_wake…
  gather(Task-3, Task-4)
    Task-3 worker('a', 0.2): sleeping until 0.200000, line 6
      name = 'a'
      delay = 0.2
    Task-4 worker('b', 0.1): sleeping until 0.100000, line 6
      name = 'b'
      delay = 0.1
  Task-2 worker('c', 0.3): sleeping until 0.300000, line 6; created by Task-1, not awaited
    name = 'c'
    delay = 0.3
"
    );
    // A finished child stays under its gather, with what it returned.
    assert!(
        trees[4].contains("\n    Task-4 worker('b', 0.1): returned 'b'\n"),
        "{}",
        trees[4]
    );
    // Once main awaits the background task, it is main's child; the
    // gathered ones, finished, hang under main that created them.
    assert!(
        trees[9].contains(
            "  Task-2 worker('c', 0.3): sleeping until 0.300000, line 6\n    name = 'c'\n    delay = 0.3\n  Task-3 worker('a', 0.2): returned 'a'\n"
        ),
        "{}",
        trees[9]
    );
    assert_eq!(
        trees.last().unwrap(),
        "Task-1 main(): returned None
  Task-2 worker('c', 0.3): returned 'c'
  Task-3 worker('a', 0.2): returned 'a'
  Task-4 worker('b', 0.1): returned 'b'
"
    );
    // The task the next callback steps is said to run next, and a cut
    // tree counts the rest.
    let steps = stepped(BACKGROUND_AND_GATHER, true).0;
    let view = steps[2].view.as_ref().unwrap();
    let mut tree = interleave::task_tree::TaskTree::default();
    tree.learn(
        &interleave::run(
            &interleave::parse::program(BACKGROUND_AND_GATHER).unwrap(),
            &RunOptions::default(),
        )
        .events[..4],
    );
    let rows = tree.rows(view, 3);
    assert_eq!(
        interleave::task_tree::to_text(&rows),
        "Task-1 main(): waiting on gather(Task-3, Task-4), line 12
  background = <Task pending name='Task-2' coro=<worker() running at …>>
  gather(Task-3, Task-4)
… and 3 more
"
    );
    assert!(
        interleave::task_tree::to_text(&steps[3].tree.clone().unwrap())
            .contains("Task-2 worker('c', 0.3): not started, its first step runs next"),
        "{:?}",
        steps[3].tree
    );
}

#[test]
fn stepping_a_run_changes_nothing_it_does() {
    let (steps, stepped) = stepped(BACKGROUND_AND_GATHER, true);
    let printed: String = steps.iter().map(|s| s.printed.as_str()).collect();
    let run = run(BACKGROUND_AND_GATHER);
    assert_eq!(printed, run.stdout);
    assert_eq!(stepped.stdout, run.stdout);
    assert_eq!(stepped.events, run.events);
    assert_eq!(stepped.iterations, run.iterations);
}

#[test]
fn stepping_callback_by_callback_shows_what_waits_for_the_next_iteration() {
    // gather-squares: each square returns in its first step, which
    // queues gather's callback behind the steps already ready; CPython
    // runs that callback only in the next iteration (tests/support/
    // loop_view.py printed these views from CPython's own loop).
    let source = interleave::program::python::to_python(
        &interleave::presets::find("gather-squares")
            .unwrap()
            .program(),
    );
    let views = views_within(&stepped(&source, true).0, usize::MAX);
    let at = views
        .iter()
        .position(|v| v.starts_with("-- iteration 2, callback 2 of 3"))
        .expect("a view before the second callback of iteration 2");
    assert_eq!(
        views[at],
        "-- iteration 2, callback 2 of 3, at 0.000000
running: step Task-3
ready:
  step Task-4
  (next iteration)
  gather callback: Task-2 done
timers: none
tasks:
  Task-1 main(): waiting on gather(Task-2, Task-3, Task-4), line 9
  Task-3 square(): not started
  Task-4 square(): not started
"
    );
    assert!(views[at + 2].starts_with(
        "== iteration 3 at 0.000000
ready:
  gather callback: Task-2 done
  gather callback: Task-3 done
  gather callback: Task-4 done
"
    ));
}

#[test]
fn each_step_is_narrated_from_what_it_did() {
    let (steps, _) = stepped(BACKGROUND_AND_GATHER, true);
    // The loop in words, as step mode's panel shows it: each callback by
    // what it does, tasks by their calls.
    let words: Vec<&str> = steps.iter().filter_map(|s| s.words.as_deref()).collect();
    assert_eq!(
        words[3],
        "Iteration 2, at 0.000000 s: callback 1 of 3 runs next.
Next: Task-2 (worker('c', 0.3)): its first step.
Then, in order:
  1. Task-3 (worker('a', 0.2)): its first step
  2. Task-4 (worker('b', 0.1)): its first step
Timers: none
"
    );
    assert!(
        words.iter().any(|w| w
            .contains("Next: Task-4 (worker('b', 0.1)) wakes up: the future it awaited finished.")
            && w.contains("  at 0.200000 s: ends Task-3 (worker('a', 0.2))'s wait\n")),
        "{words:#?}"
    );
    let said: Vec<String> = steps.into_iter().filter_map(|s| s.narration).collect();
    let has = |text: &str| said.iter().any(|s| s.contains(text));
    assert!(
        has("Task-2 (worker('c', 0.3)) is created: its first step is scheduled, it does not run yet."),
        "{said:#?}"
    );
    assert!(has("Task-3 (worker('a', 0.2)) runs its next step. It prints 'a starts'. It awaits asyncio.sleep(0.2): it is paused, a timer is set for 0.2 s, and the loop moves on. Next: callback 3 of 3, step Task-4."), "{said:#?}");
    assert!(has("Iteration 3 begins: nothing was ready, so the loop waited for the first timer, and the clock is now 0.100000 s. 1 timer came due and joined the ready queue."), "{said:#?}");
    assert!(has("Task-4 (worker('b', 0.1)) wakes up, because the future it awaited finished, and runs its next step. Task-4 (worker('b', 0.1)) returns 'b'"), "{said:#?}");
    assert!(has("That was the last of the gather's children: it is done, with the results in argument order, ['a', 'b']"), "{said:#?}");
    assert_eq!(
        said.last().map(|s| s.ends_with("The run is over.")),
        Some(true)
    );
}

#[test]
fn a_long_view_can_be_cut_to_a_few_lines_a_list_with_the_rest_counted() {
    // The page shows the first lines of each list at every step.
    let (steps, _) = stepped(
        "import asyncio\n\nasync def w(n):\n    await asyncio.sleep(0)\n\nasync def main():\n    await asyncio.gather(*[w(n) for n in range(5)])\n\nasyncio.run(main())\n",
        false,
    );
    let (views, cut) = (views_within(&steps, usize::MAX), views_within(&steps, 2));
    assert_eq!(
        views[1],
        "== iteration 2 at 0.000000\nready:\n  step Task-2\n  step Task-3\n  step Task-4\n  step Task-5\n  step Task-6\ntimers: none\ntasks:\n  Task-1 main(): waiting on gather(Task-2, Task-3, Task-4, Task-5, Task-6), line 7\n  Task-2 w(): not started\n  Task-3 w(): not started\n  Task-4 w(): not started\n  Task-5 w(): not started\n  Task-6 w(): not started\n"
    );
    assert_eq!(
        cut[1],
        "== iteration 2 at 0.000000\nready:\n  step Task-2\n  step Task-3\n  … and 3 more\ntimers: none\ntasks:\n  Task-1 main(): waiting on gather(Task-2, Task-3, Task-4, Task-5, Task-6), line 7\n  Task-2 w(): not started\n  … and 4 more\n"
    );
}

#[test]
fn an_unseeded_random_draws_from_the_runs_seed_and_says_which() {
    // CPython seeds `random` from the operating system; a run seeds it
    // from `RunOptions::random_seed` and notes the line that makes CPython
    // draw the same (python3 printed these for `random.seed(5)`).
    let source = "import asyncio\nimport random\nasync def main():\n    print(random.random(), random.randint(1, 100))\n    random.seed()\n    print(random.random())\nasyncio.run(main())\n";
    let program = interleave::parse::program(source).unwrap();
    let outcome = interleave::run(
        &program,
        &RunOptions {
            random_seed: 5,
            ..RunOptions::default()
        },
    );
    assert_eq!(
        outcome.stdout,
        "0.6229016948897019 95\n0.6229016948897019\n"
    );
    let notes: Vec<&str> = outcome
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Note { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("add `random.seed(5)` before the first draw"));
    // Seeded by the program: nothing to say.
    let seeded = run("import asyncio\nimport random\nasync def main():\n    random.seed(5)\n    print(random.random())\nasyncio.run(main())\n");
    assert_eq!(seeded.stdout, "0.6229016948897019\n");
    assert!(!seeded
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Note { .. })));
}

#[test]
fn a_module_variable_that_keeps_a_task_to_the_end_is_refused() {
    // CPython frees what the module's variables hold as the interpreter
    // exits, reporting tasks and exceptions in an order of its own.
    let source = "import asyncio\nTASKS = []\nasync def job():\n    raise ValueError('x')\nasync def main():\n    TASKS.append(asyncio.create_task(job()))\n    await asyncio.sleep(0)\nasyncio.run(main())\n";
    let program = interleave::parse::program(source).unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    let error = outcome.error.expect("the run is refused at its end");
    assert!(
        error
            .to_string()
            .contains("still holds a pending or failed task"),
        "{error}"
    );
    // Emptied before the end, it is CPython's ordinary run.
    let emptied = run("import asyncio\nTASKS = []\nasync def main():\n    TASKS.append(1)\n    TASKS.clear()\n    print(TASKS)\nasyncio.run(main())\n");
    assert_eq!(emptied.stdout, "[]\n");
}

#[test]
fn a_worker_thread_prints_in_the_iteration_whose_wait_it_ran_in() {
    // CPython 3.11 on the tests' virtual clock (tests/support/
    // virtual_clock.py --loop-view) prints the worker's lines in
    // iterations 3 and 6: the loop waits in `select` with nothing ready,
    // and the worker runs meanwhile.
    let outcome = run(r#"
import asyncio
import time


def blocking(n):
    print("worker", n, "starts")
    time.sleep(0.5)
    print("worker", n, "ends")
    return n * 10


async def main():
    print("main starts")
    results = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.sleep(0.25, "slept"))
    print(results)


asyncio.run(main())
"#);
    assert_eq!(
        printed_in(&outcome.events),
        [
            ("main starts".to_string(), 1),
            ("worker 1 starts".to_string(), 3),
            ("worker 1 ends".to_string(), 6),
            ("[10, 'slept']".to_string(), 9),
        ]
    );
    // The worker's lines are its own, and its lane knows when it ran and
    // slept.
    let thread_events: Vec<String> = outcome
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::ThreadRan { thread } => Some(format!("{} ran at {}", thread, e.time)),
            EventKind::ThreadSlept { thread, seconds } => Some(format!("{thread} slept {seconds}")),
            EventKind::ThreadIdle { thread } => Some(format!("{} idle at {}", thread, e.time)),
            EventKind::Printed { .. } => e.kind.thread().map(|t| format!("{t} printed")),
            _ => None,
        })
        .collect();
    assert_eq!(
        thread_events,
        [
            "asyncio_0 ran at 0",
            "asyncio_0 printed",
            "asyncio_0 slept 0.5",
            "asyncio_0 ran at 0.5",
            "asyncio_0 printed",
            "asyncio_0 idle at 0.5"
        ]
    );
}

#[test]
fn a_due_timer_runs_before_the_threads_get_their_turn() {
    // A timer already due makes `select`'s timeout 0: the loop does not
    // wait, so the worker runs only at the next wait (CPython 3.11 on the
    // tests' virtual clock: `timer`, `worker`, `got 1`).
    let outcome = run(r#"
import asyncio


def work():
    print("worker")
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work)
    loop.call_later(0, print, "timer")
    print("got", await fut)


asyncio.run(main())
"#);
    assert_eq!(outcome.stdout, "timer\nworker\ngot 1\n");
}

#[test]
fn time_sleep_called_back_by_a_builtin_in_a_thread_is_refused_where_reached() {
    // Its machine cannot pause inside the builtin; before, the sleep was
    // left over and taken by a later call of the loop's own.
    let source = r#"
import asyncio
import time


def work():
    try:
        sorted([0.1, 0.2], key=time.sleep)
    except TypeError:
        return "caught"


async def main():
    print(await asyncio.to_thread(work))


asyncio.run(main())
"#;
    let program = interleave::parse::program(source).unwrap();
    let outcome = interleave::run(
        &program,
        &RunOptions {
            real_clock: false,
            ..RunOptions::default()
        },
    );
    let error = outcome.error.expect("refused");
    assert!(
        error
            .message
            .contains("time.sleep called back by a builtin"),
        "{}",
        error.message
    );
    assert_eq!(error.line, Some(8));
}

/// The notes of a run of `source`.
fn notes_of(source: &str) -> Vec<String> {
    run(source)
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Note { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn an_order_cpython_takes_from_memory_addresses_is_noted_where_it_shows() {
    let address = |notes: &[String]| {
        notes
            .iter()
            .filter(|n| n.contains("order of their memory addresses"))
            .count()
    };
    // A TaskGroup cancelling two running tasks: once, however often.
    let group = "import asyncio\nasync def w(n):\n    await asyncio.sleep(n)\nasync def boom():\n    raise ValueError\nasync def main():\n    for _ in range(2):\n        try:\n            async with asyncio.TaskGroup() as tg:\n                tg.create_task(w(1))\n                tg.create_task(w(2))\n                tg.create_task(boom())\n        except* ValueError:\n            pass\nasyncio.run(main())\n";
    assert_eq!(address(&notes_of(group)), 1);
    // as_completed given coroutines makes its tasks from a set of them.
    let coroutines = "import asyncio\nasync def f(n):\n    return n\nasync def main():\n    for c in asyncio.as_completed([f(1), f(2)]):\n        await c\nasyncio.run(main())\n";
    assert_eq!(address(&notes_of(coroutines)), 1);
    // The program walking wait()'s set of done tasks.
    let done = "import asyncio\nasync def f(n):\n    return n\nasync def main():\n    tasks = [asyncio.create_task(f(1)), asyncio.create_task(f(2))]\n    done, _ = await asyncio.wait(tasks)\n    for t in done:\n        t.result()\nasyncio.run(main())\n";
    assert_eq!(address(&notes_of(done)), 1);
    // Given tasks, as_completed's and wait's own walks show nothing; nor
    // does a TaskGroup cancelling one task, or a program's set of ints.
    let quiet = [
        "import asyncio\nasync def f(n):\n    return n\nasync def main():\n    tasks = [asyncio.create_task(f(1)), asyncio.create_task(f(2))]\n    for c in asyncio.as_completed(tasks):\n        await c\n    await asyncio.wait(tasks)\n    for n in {3, 1, 2}:\n        print(n)\nasyncio.run(main())\n",
        "import asyncio\nasync def w(n):\n    await asyncio.sleep(n)\nasync def boom():\n    raise ValueError\nasync def main():\n    try:\n        async with asyncio.TaskGroup() as tg:\n            tg.create_task(w(1))\n            tg.create_task(boom())\n    except* ValueError:\n        pass\nasyncio.run(main())\n",
    ];
    for source in quiet {
        assert_eq!(address(&notes_of(source)), 0, "{source}");
    }
}

#[test]
fn a_generator_steps_inside_its_callers_step_and_closes_where_it_is_let_go_of() {
    let outcome = run(r#"
import asyncio

def numbers(name):
    try:
        for i in range(3):
            print(name, "yields", i)
            yield i
    finally:
        print(name, "closed")

async def reader(name):
    for n in numbers(name):
        await asyncio.sleep(0)
        if n == 1:
            break
    print(name, "after")

async def main():
    await asyncio.gather(reader("a"), reader("b"))

asyncio.run(main())
"#);
    assert_eq!(
        outcome.stdout,
        "a yields 0\nb yields 0\na yields 1\nb yields 1\na closed\na after\nb closed\nb after\n"
    );
    let lines = printed_in(&outcome.events);
    // Each task's next item is made in that task's step, so the two
    // readers take turns, one item per iteration each.
    assert_eq!(lines[0].1, lines[1].1);
    assert_eq!(lines[2].1, lines[3].1);
    assert!(lines[2].1 > lines[0].1);
    // `break` lets go of the generator paused in its `try`: its `finally`
    // runs there, before the line after the loop.
    assert_eq!(lines[4].1, lines[5].1);
}

#[test]
fn unpacking_any_and_next_run_a_generator_no_further_than_they_need() {
    let outcome = run(r#"
import asyncio

def counted(n):
    for i in range(n):
        print("yield", i)
        yield i

async def main():
    try:
        a, b = counted(5)
    except ValueError as e:
        print(e)
    print(any(counted(5)))
    g = counted(1)
    print(next(g), next(g, "done"))

asyncio.run(main())
"#);
    assert_eq!(
        outcome.stdout,
        "yield 0\nyield 1\nyield 2\ntoo many values to unpack (expected 2)\nyield 0\nyield 1\nTrue\nyield 0\n0 done\n"
    );
}

#[test]
fn set_name_renames_a_task_in_its_repr_the_panels_and_the_narration() {
    const RENAMED: &str = "import asyncio

async def fetch():
    asyncio.current_task().set_name('fetcher')
    await asyncio.sleep(0)
    print(asyncio.current_task().get_name())

async def main():
    coro = fetch()
    task = asyncio.create_task(coro)
    print(task.get_coro() is coro)
    await task
    print(task.get_coro() is coro, task.get_name())

asyncio.run(main())
";
    // As CPython 3.11 prints it: the coroutine object a task was made
    // with is the one `get_coro()` returns, finished or not.
    let outcome = run(RENAMED);
    assert_eq!(outcome.stdout, "True\nfetcher\nTrue fetcher\n");
    // The page's panels name tasks from the trace: the new name replaces
    // the one the task was born with.
    let mut names = interleave::trace::TaskNames::default();
    names.learn(&outcome.events);
    assert_eq!(names.names[1], "fetcher");
    assert_eq!(names.label(1), "fetch()");
    let (steps, _) = stepped(RENAMED, false);
    let said: Vec<String> = steps.into_iter().filter_map(|s| s.narration).collect();
    assert!(
        said.iter()
            .any(|s| s.contains("The task running fetch() is named 'fetcher' from now on")),
        "{said:#?}"
    );
}

/// RecursionError at CPython's depth: its 1,000 frames include those
/// below the program's (asyncio.run's, and the loop's as it steps a
/// task). The depths are what `python3` prints for this program run
/// directly; the virtual-clock harness adds frames of its own, so the
/// corpus cannot hold them.
#[test]
fn recursion_stops_where_cpython_s_frames_run_out() {
    let outcome = run(r#"
import asyncio
depth = 0
def f(n):
    global depth
    depth = n
    return f(n + 1)
async def g(n):
    global depth
    depth = n
    return await g(n + 1)
async def main():
    try:
        f(1)
    except RecursionError as e:
        print("plain", depth, e)
    try:
        await g(1)
    except RecursionError as e:
        print("async", depth, e)
    try:
        await asyncio.create_task(g(1))
    except RecursionError as e:
        print("task", depth, e)
try:
    f(1)
except RecursionError as e:
    print("module", depth, e)
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
"#);
    assert_eq!(
        outcome.stdout,
        "module 999 maximum recursion depth exceeded\n\
         plain 990 maximum recursion depth exceeded\n\
         async 990 maximum recursion depth exceeded\n\
         task 991 maximum recursion depth exceeded\n\
         plain 992 maximum recursion depth exceeded\n\
         async 992 maximum recursion depth exceeded\n\
         task 993 maximum recursion depth exceeded\n"
    );
}
