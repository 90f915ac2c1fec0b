//! The narration of a stepped run: one plain paragraph per step, saying
//! what the loop just did and why, in the words a tutorial uses ("the task
//! is paused, a timer is set, and the loop moves on to the next ready
//! callback"). Made only from what is already checked against CPython: the
//! loop's views before and after the step (`engine::view`) and the events
//! the step recorded (`trace`). Nothing here decides anything about the
//! run.

use crate::collect::{CollectVec, Joined};
use crate::engine::view::{seconds, Awaited, Done, Entry, LoopView};
use crate::trace::{Event, EventKind, TaskNames};
use crate::value::Value;

/// Names the tasks the events mention (events carry a task's slot).
#[derive(Debug, Default, Clone)]
pub struct Narrator {
    /// Each task's name and call.
    tasks: TaskNames,
}

impl Narrator {
    /// Learns the names of the tasks `events` create.
    pub fn learn(&mut self, events: &[Event]) {
        self.tasks.learn(events);
    }

    /// `Task-2 (display_nums())`.
    fn task(&self, slot: usize) -> String {
        match self.tasks.names.get(slot) {
            Some(name) if !name.is_empty() => format!("{name} ({})", self.tasks.calls[slot]),
            _ => format!("task {slot}"),
        }
    }

    /// What the step from `before` to `after` did, given the events it
    /// recorded (learnt first: a task it created is named).
    pub fn narrate(
        &mut self,
        before: &LoopView,
        events: &[Event],
        after: Option<&LoopView>,
    ) -> String {
        self.learn(events);
        let whole_iteration =
            before.running.is_none() && after.is_none_or(|a| a.callback.is_none());
        let mut out = match &before.running {
            // `interleave step` without `--callbacks`: a whole iteration.
            None if whole_iteration => {
                let n = before.ready.len();
                let mut sentences = vec![format!(
                    "Iteration {} runs the {n} callback{} ready when it began",
                    before.iteration,
                    plural(n)
                )];
                self.say_events(events, true, &mut sentences);
                sentences.joined(". ") + "."
            }
            None => self.iteration_begins(before, after),
            Some(running) => self.callback(before, running, events),
        };
        match after {
            Some(next) => match (&next.running, next.callback) {
                (Some(r), Some((k, n))) if k > 1 || before.running.is_none() => {
                    out.push_str(&format!(" Next: callback {k} of {n}, {r}."))
                }
                _ if next.callback.is_none() && before.running.is_some() => {
                    out.push_str(" That was the iteration's last callback.")
                }
                _ => {}
            },
            None => out.push_str(" The run is over."),
        }
        out
    }

    fn iteration_begins(&self, before: &LoopView, after: Option<&LoopView>) -> String {
        let Some(after) = after else {
            return format!("Iteration {} begins.", before.iteration);
        };
        let mut out = format!("Iteration {} begins", before.iteration);
        if after.now > before.now {
            out.push_str(&format!(
                ": nothing was ready, so the loop waited for the first timer, and the clock is now {} s",
                seconds(after.now)
            ));
        }
        out.push('.');
        let due = after
            .running
            .iter()
            .chain(after.ready.iter().take(after.this_iteration))
            .filter(|r| matches!(r, Entry::Timer { .. }))
            .count();
        if due > 0 {
            out.push_str(&format!(
                " {due} timer{} came due and joined the ready queue.",
                plural(due)
            ));
        }
        if let Some((_, n)) = after.callback {
            out.push_str(&format!(
                " It runs the {n} callback{} ready now, in order; whatever they schedule waits for the next iteration.",
                plural(n)
            ));
        }
        out
    }

    /// `Task-2 (square(20))`, for a task the view names: its call as the
    /// trace announced it, or (asyncio's own tasks) its coroutine.
    fn named(&self, view: &LoopView, name: &str) -> String {
        let call = self
            .tasks
            .named(name)
            .map(|t| self.tasks.calls[t].clone())
            .or_else(|| {
                view.tasks
                    .iter()
                    .find(|t| t.name == name)
                    .map(|t| format!("{}()", t.coro))
            });
        match call {
            Some(call) => format!("{name} ({call})"),
            None => name.to_string(),
        }
    }

    fn callback(&self, view: &LoopView, running: &Entry, events: &[Event]) -> String {
        // What a done-callback was called for: `Task-2 finished`, `the
        // future it awaited was cancelled`.
        let finished = |done: &Done| {
            let how = done.how();
            match &done.future {
                // A sleep's future, or another the task awaited.
                Awaited::Future { due: None } => format!("the future it awaited {how}"),
                future => format!("{future} {how}"),
            }
        };
        let what = match running {
            Entry::Step { task } => format!("{} runs its next step", self.named(view, task)),
            Entry::Wake { task, done } => format!(
                "{} wakes up, because {}, and runs its next step",
                self.named(view, task),
                finished(done)
            ),
            Entry::GatherCallback { done } => format!(
                "gather's done-callback runs, because {}: the gather counts its finished children",
                finished(done)
            ),
            Entry::StopLoop { done } => format!(
                "asyncio.run's own callback runs, because {}: the loop stops after this iteration",
                finished(done)
            ),
            Entry::Timer { .. } => "a timer fires".to_string(),
            Entry::CloseGenerator { generator } => format!(
                "asyncio's finalizer hook creates a task to close the async generator {generator}() that was let go of while paused (its aclose())"
            ),
            Entry::ReadFromSelf => "the loop reads the byte the finalizer hook wrote to its self-pipe to wake it".to_string(),
            #[cfg(feature = "asyncio-py")]
            Entry::Call { callable } => format!("the loop calls {callable}(), a callback the program scheduled"),
            other @ Entry::ReleaseWaiter { .. } => other.to_string(),
        };
        let mut sentences = vec![what];
        self.say_events(events, false, &mut sentences);
        sentences.joined(". ") + "."
    }

    /// What the events say happened, a sentence each, prints gathered;
    /// `steps`: which task each step is (several callbacks told at once).
    fn say_events(&self, events: &[Event], steps: bool, sentences: &mut Vec<String>) {
        let mut printed = Vec::new();
        let flush = |printed: &mut Vec<String>, sentences: &mut Vec<String>| {
            if !printed.is_empty() {
                sentences.push(format!("It prints {}", printed.joined(", then ")));
                printed.clear();
            }
        };
        for e in events {
            let said = match &e.kind {
                EventKind::Printed { text, .. } => {
                    printed.push(Value::str(text.trim_end_matches('\n')).repr());
                    continue;
                }
                EventKind::StepStarted { task } if steps => {
                    format!("{} runs a step", self.task(*task))
                }
                EventKind::TaskCreated { task, .. } => format!(
                    "{} is created: its first step is scheduled, it does not run yet",
                    self.task(*task)
                ),
                #[cfg(feature = "code")]
                EventKind::Renamed { task, name } => format!(
                    "The task running {} is named {} from now on",
                    self.tasks.label(*task),
                    Value::str(name).repr()
                ),
                EventKind::Sleeping { delay, until, .. } => format!(
                    "It awaits asyncio.sleep({}): it is paused, a timer is set for {} s, and the loop moves on",
                    Value::Float(*delay).repr(),
                    // To the nanosecond: the clock's float sums (`0.7 +
                    // 0.1` is `0.7999999999999999`) are CPython's, but
                    // not what the sentence is about.
                    Value::Float(crate::engine::timers::tick(*until) as f64 / 1e9).repr()
                ),
                EventKind::Yielded { .. } => "It awaits asyncio.sleep(0): it goes to the back of the ready queue, and runs again in the next iteration".to_string(),
                EventKind::Waiting {
                    on,
                    primitive: Some(primitive),
                    ..
                } => format!(
                    "It waits in the {primitive}: it is paused on {on}, which the {primitive} completes when its turn comes"
                ),
                EventKind::Waiting { on, .. } => {
                    format!("It awaits {on}: it is paused until that finishes")
                }
                EventKind::Blocked { seconds, .. } => format!(
                    "It calls time.sleep({}): the whole loop is blocked, no other task runs meanwhile",
                    Value::Float(*seconds).repr()
                ),
                EventKind::Returned { task, value } => format!(
                    "{} returns {value}: whatever awaits it is woken by a done-callback, queued for the next iteration",
                    self.task(*task)
                ),
                EventKind::Raised { task, exception } => format!(
                    "{} raises {exception}: it is done, and whatever awaits it gets the exception",
                    self.task(*task)
                ),
                EventKind::Cancelled { task } => {
                    format!("{} is cancelled", self.task(*task))
                }
                EventKind::Woke { task } => format!(
                    "{}'s sleep is over: its wake-up is queued for the next iteration",
                    self.task(*task)
                ),
                EventKind::GatherCompleted {
                    result: Some(result),
                    ..
                } => format!(
                    "That was the last of the gather's children: it is done, with the results in argument order, {result}"
                ),
                EventKind::GatherCompleted {
                    exception: Some(exception),
                    ..
                } => format!("The gather is done: it raises {exception} to whoever awaits it"),
                EventKind::Shutdown { pending } if pending.is_empty() => {
                    "asyncio.run now shuts down: no task is left pending".to_string()
                }
                EventKind::Shutdown { pending } => format!(
                    "main is done, so asyncio.run cancels the task{} still pending, {}: each will be woken with CancelledError",
                    plural(pending.len()),
                    pending
                        .iter()
                        .map(|t| self.task(*t))
                        .collect_vec()
                        .joined(", ")
                ),
                _ => continue,
            };
            flush(&mut printed, sentences);
            sentences.push(said);
        }
        flush(&mut printed, sentences);
    }
}

/// What step mode's panel says while no loop runs: the module's own code
/// runs (`Session::in_loop` is false), before `asyncio.run` or after it.
pub const OUTSIDE_THE_LOOP: &str = "No event loop is running: the module's own code runs, statement by statement, as a plain script does. asyncio.run(...) creates the loop, runs it until main is done, closes it, and returns main's result here.";

impl Narrator {
    /// The loop's state in words, as step mode's panel shows it: the
    /// callback about to run and the ready queue, each entry said by what
    /// it does ("Task-3 (display_letters()): its first step", "gather's
    /// done-callback, for Task-2 (square(20)), which finished"), with the
    /// line between this iteration's callbacks and the next one's, then
    /// the timers and whom each wakes. The same data as
    /// `LoopView::to_text`, which the tests hold to CPython's.
    pub fn loop_in_words(&self, view: &LoopView, limit: usize) -> String {
        let mut out = match view.callback {
            None => format!(
                "Iteration {} is about to begin, at {} s.\n",
                view.iteration,
                seconds(view.now)
            ),
            Some((k, n)) => format!(
                "Iteration {}, at {} s: callback {k} of {n} runs next.\n",
                view.iteration,
                seconds(view.now)
            ),
        };
        if let Some(running) = &view.running {
            out.push_str(&format!("Next: {}.\n", self.entry(view, running)));
        }
        // Only the lines shown are worked out: ten thousand tasks queue
        // ten thousand callbacks.
        let split = view.callback.is_some() && view.this_iteration < view.ready.len();
        let mut lines = Vec::new();
        for (i, e) in view.ready.iter().enumerate() {
            if split && i == view.this_iteration {
                lines.push("(queued during this iteration: these run in the next one)".to_string());
            }
            if lines.len() >= limit {
                break;
            }
            lines.push(format!("{}. {}", i + 1, self.entry(view, e)));
        }
        let title = match (view.callback, view.ready.is_empty()) {
            (_, true) => "Ready queue: empty",
            (None, false) => "Ready queue, in order (this iteration runs them all):",
            (Some(_), false) => "Then, in order:",
        };
        push_list(
            &mut out,
            title,
            &lines,
            view.ready.len() + usize::from(split),
            limit,
        );
        let timers: Vec<String> = view
            .timers
            .iter()
            .take(limit)
            .map(|t| match &t.task {
                Some(task) => format!(
                    "at {} s: ends {}'s wait",
                    seconds(t.when),
                    self.named(view, task)
                ),
                None => format!("at {} s", seconds(t.when)),
            })
            .collect_vec();
        let title = if timers.is_empty() {
            "Timers: none"
        } else {
            "Timers, in the order they fire:"
        };
        push_list(&mut out, title, &timers, view.timers.len(), limit);
        out
    }

    /// One ready callback in words.
    fn entry(&self, view: &LoopView, entry: &Entry) -> String {
        let finished = |done: &Done| {
            let how = done.how();
            match &done.future {
                Awaited::Task(task) => format!("{} {how}", self.named(view, task)),
                Awaited::Future { due: Some(when) } => {
                    format!("the future due at {} s {how}", seconds(*when))
                }
                Awaited::Future { due: None } => format!("the future it awaited {how}"),
                gather => format!("{gather} {how}"),
            }
        };
        match entry {
            Entry::Step { task } => {
                let first = view.tasks.iter().any(|t| t.name == *task && !t.started);
                let which = if first { "first" } else { "next" };
                format!("{}: its {which} step", self.named(view, task))
            }
            Entry::Wake { task, done } => {
                format!("{} wakes up: {}", self.named(view, task), finished(done))
            }
            Entry::GatherCallback { done } => {
                format!("gather's done-callback: {}", finished(done))
            }
            Entry::StopLoop { done } => format!(
                "asyncio.run's callback: {}, so the loop stops after this iteration",
                finished(done)
            ),
            Entry::ReleaseWaiter { done } => {
                format!("wait_for's callback: {}", finished(done))
            }
            Entry::CloseGenerator { generator } => {
                format!("asyncio's finalizer hook: a task to close {generator}()")
            }
            Entry::ReadFromSelf => "the loop reads its self-pipe".to_string(),
            #[cfg(feature = "asyncio-py")]
            Entry::Call { callable } => format!("a call of {callable}()"),
            Entry::Timer { future } => {
                let owner = view
                    .tasks
                    .iter()
                    .find(|t| t.waiting_on.as_ref() == Some(future));
                match owner {
                    Some(t) => format!("a due timer: it ends {}'s wait", self.named(view, &t.name)),
                    None => "a due timer".to_string(),
                }
            }
        }
    }
}

/// A titled list of `all` lines, the first of them in `lines`, cut at
/// `limit` with the rest counted.
fn push_list(out: &mut String, title: &str, lines: &[String], all: usize, limit: usize) {
    out.push_str(title);
    out.push('\n');
    for line in lines.iter().take(limit) {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    let shown = lines.len().min(limit);
    if all > shown {
        out.push_str(&format!("  … and {} more\n", all - shown));
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
