//! What the loop holds between two iterations, as CPython's
//! `BaseEventLoop` holds it when `_run_once` begins: the ready queue in
//! order, the timers in the order they fire, and each pending task with
//! what it waits on and the line it is paused at. Step mode shows it, and
//! `interleave step` prints it; `tests/support/loop_view.py` prints the
//! same text from CPython's own objects (`_ready`, `_scheduled`,
//! `_fut_waiter`, `cr_frame`), and `tests/step.rs` compares the two.
//!
//! Only reading lives here: a view borrows the loop's state and changes
//! nothing, so taking one cannot change the run.
//!
//! Left out, on both sides: cancelled timers (CPython keeps them in its
//! heap until they reach the front, which no learner needs to see), the
//! exception a step throws into its task (CPython's step wrapper does not
//! show it), and finished tasks (whether CPython still holds one depends
//! on who refers to it; the run's results say how each ended).

use super::event_loop::Handle;
use super::futures::{Callback, FutKind, FutRef, FutureObj, TaskBody};
use super::timers::Time;
use super::Runtime;
use crate::collect::CollectVec;
use std::fmt::Write;
use std::rc::Rc;

/// The loop's state as one iteration begins, or, within one stepped a
/// callback at a time, as its next callback is about to run.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LoopView {
    /// The iteration about to run or running, counted from 1.
    pub iteration: u64,
    /// The virtual clock, in seconds.
    pub now: Time,
    /// Within an iteration: the callback about to run, counted from 1,
    /// and how many the iteration runs (CPython's `ntodo`).
    pub callback: Option<(usize, usize)>,
    /// Within an iteration: what that callback is for.
    pub running: Option<Entry>,
    /// What is queued after it, in order (CPython's `_ready`): each said
    /// by what it is for.
    pub ready: Vec<Entry>,
    /// How many of `ready` run in this iteration; the rest were queued
    /// during it and wait for the next (CPython runs only what was ready
    /// when the iteration began).
    pub this_iteration: usize,
    /// The timers, in the order they fire.
    pub timers: Vec<TimerView>,
    /// The pending tasks, in creation order.
    pub tasks: Vec<TaskView>,
    /// asyncio's primitives the program can reach (`primitives`), oldest
    /// first.
    #[cfg(feature = "asyncio-py")]
    pub primitives: Vec<super::primitives::PrimitiveView>,
    /// The default executor's threads alive, and what each is doing.
    #[cfg(feature = "asyncio-py")]
    pub threads: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TimerView {
    pub when: Time,
    /// The task whose sleep (or `wait_for` timeout) it ends, if one is
    /// waiting on its future.
    pub task: Option<String>,
    /// What it calls, when it calls a function rather than ending a
    /// future (`call_later`'s callback, a `timeout()`'s
    /// `Timeout._on_timeout`).
    #[cfg(feature = "asyncio-py")]
    pub calls: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TaskView {
    /// Its number in the run's trace (`trace::EventKind`'s `task`).
    pub slot: usize,
    pub name: String,
    /// The coroutine's function.
    pub coro: String,
    /// False until its first step.
    pub started: bool,
    /// What it is suspended on; `None` for a task whose step is ready.
    pub waiting_on: Option<Awaited>,
    /// The primitive of asyncio's Python half it waits in, by its class
    /// (`trace::PRIMITIVES`: `Lock`, `Queue`...), when it waits.
    pub waits_in: Option<&'static str>,
    /// The line its coroutine is paused at.
    pub line: Option<u32>,
    /// Its coroutine's frames, its own first, then those it awaits: the
    /// line each is paused at and its variables (empty before its first
    /// step).
    pub frames: Vec<FrameView>,
}

/// A callback in the ready queue, by what it is for.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Entry {
    /// The task's next step (`Task.__step`), or its first.
    Step { task: String },
    /// The task resumed by what it awaited (`task_wakeup`).
    Wake { task: String, done: Done },
    /// gather's done-callback for one of its children.
    GatherCallback { done: Done },
    /// `asyncio.run`'s own callback: the loop stops after this iteration.
    StopLoop { done: Done },
    /// `wait_for`'s callback that releases its waiter.
    ReleaseWaiter { done: Done },
    /// A due timer: it completes the future a sleep (or a `wait_for`'s
    /// timeout) waits on.
    Timer { future: Awaited },
    /// asyncio's finalizer hook's `create_task(agen.aclose())`, for the
    /// async generator `generator` let go of while paused.
    CloseGenerator { generator: String },
    /// `_read_from_self`: the loop reads the byte the finalizer hook wrote
    /// to wake it.
    ReadFromSelf,
    /// A callable of the program's (or of asyncio's Python half), by its
    /// `__qualname__`: `loop.call_soon`, `call_later` and
    /// `add_done_callback` (`engine::callbacks`).
    #[cfg(feature = "asyncio-py")]
    Call { callable: String },
}

/// The future a done-callback runs for, and whether it was cancelled
/// rather than finished.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Done {
    pub future: Awaited,
    pub cancelled: bool,
}

impl Done {
    /// How the future ended, in a learner's words: `finished`, or `was
    /// cancelled`.
    pub fn how(&self) -> &'static str {
        if self.cancelled {
            "was cancelled"
        } else {
            "finished"
        }
    }
}

impl std::fmt::Display for Done {
    /// `Task-2 done`, `future due at 0.001000 cancelled`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = if self.cancelled { "cancelled" } else { "done" };
        write!(f, "{} {how}", self.future)
    }
}

impl std::fmt::Display for Entry {
    /// As `loop_view.py` says CPython's: `step Task-2`, `wake Task-1:
    /// Task-2 done`, `timer: future due at 0.001000 due`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Entry::Step { task } => write!(f, "step {task}"),
            Entry::Wake { task, done } => write!(f, "wake {task}: {done}"),
            Entry::GatherCallback { done } => write!(f, "gather callback: {done}"),
            Entry::StopLoop { done } => write!(f, "stop the loop: {done}"),
            Entry::ReleaseWaiter { done } => write!(f, "release wait_for's waiter: {done}"),
            Entry::Timer { future } => write!(f, "timer: {future} due"),
            Entry::CloseGenerator { generator } => {
                write!(f, "create a task to close {generator}()")
            }
            Entry::ReadFromSelf => write!(f, "read the self-pipe"),
            #[cfg(feature = "asyncio-py")]
            Entry::Call { callable } => write!(f, "call {callable}()"),
        }
    }
}

impl Entry {
    /// The task this callback steps (its own step, or its wake-up).
    pub fn task(&self) -> Option<&str> {
        match self {
            Entry::Step { task } | Entry::Wake { task, .. } => Some(task),
            _ => None,
        }
    }
}

/// What a task is suspended on, as the view names it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Awaited {
    /// Another task, by its name.
    Task(String),
    /// A `gather`'s future, with its children in argument order.
    Gather(Vec<Awaited>),
    /// A plain future: a sleep's, completed by the timer due at `due`.
    Future { due: Option<Time> },
}

impl std::fmt::Display for Awaited {
    /// `Task-2`, `gather(Task-2, Task-3)`, `future due at 0.001000`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Awaited::Task(name) => f.write_str(name),
            Awaited::Gather(children) => {
                f.write_str("gather(")?;
                for (i, child) in children.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{child}")?;
                }
                f.write_str(")")
            }
            Awaited::Future { due: Some(when) } => write!(f, "future due at {}", seconds(*when)),
            Awaited::Future { due: None } => f.write_str("future"),
        }
    }
}

/// One frame of a paused coroutine.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FrameView {
    /// The `async def`'s name.
    pub function: String,
    pub line: Option<u32>,
    /// Each bound variable and its `repr`, cut at `VALUE_LIMIT`
    /// characters, in `f_locals`' order.
    pub locals: Vec<(String, String)>,
    /// The primitives its variables hold (`primitives::held_by`), by
    /// address: what the view's `primitives` shows.
    #[cfg(feature = "asyncio-py")]
    #[serde(skip)]
    pub primitives: Vec<usize>,
}

/// How much of a variable's `repr` a view shows: enough for a list of a
/// few tasks, and bounded however long the list.
pub const VALUE_LIMIT: usize = 100;

impl Runtime {
    /// The view now: between iterations (`within` None), or before the
    /// callback `within` says (its number from 1, and the iteration's
    /// count).
    pub(crate) fn view(&self, within: Option<(usize, usize)>) -> LoopView {
        let lp = self.lp.borrow();
        let tasks: Vec<FutRef> = lp
            .tasks
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .filter(|t| t.is_pending())
            .collect_vec();
        let live = lp.timers.live();
        let timers: Vec<&super::timers::TimerHandle> = live.iter().map(|t| &**t).collect_vec();
        // What each task waits on, read once; sorted by address to find a
        // timer's owner without a scan per timer (a thousand sleeping
        // tasks have a thousand timers).
        let waiters: Vec<Option<FutRef>> = tasks
            .iter()
            .map(|t| t.state.borrow().waiter.clone())
            .collect_vec();
        let mut owners: Vec<(*const FutureObj, usize)> = waiters
            .iter()
            .enumerate()
            .filter_map(|(i, w)| w.as_ref().map(|w| (Rc::as_ptr(w), i)))
            .collect_vec();
        crate::sort::sort(&mut owners);
        let owner = |fut: &FutRef| {
            let at = owners.partition_point(|(w, _)| *w < Rc::as_ptr(fut));
            let &(w, i) = owners.get(at)?;
            let task = (w == Rc::as_ptr(fut)).then(|| tasks[i].task())??;
            Some(task.name())
        };
        let awaited = |fut: &FutRef| awaited(fut, &timers);
        // A cancelled timer is skipped, as `_run_once` skips it.
        let live = |handle: &&Handle| match handle {
            Handle::Timer(t) => !t.is_cancelled(),
            #[cfg(feature = "asyncio-py")]
            Handle::Call(c) => !c.is_cancelled(),
            _ => true,
        };
        let name = |task: &FutRef| match task.task() {
            Some(info) => info.name(),
            None => awaited(task).to_string(),
        };
        let entry = |handle: &Handle| match handle {
            Handle::Step { task, .. } => Entry::Step { task: name(task) },
            Handle::Timer(timer) => match &timer.fires {
                super::timers::Fires::Future(future, _) => Entry::Timer {
                    future: awaited(future),
                },
                // asyncio's `_release_waiter(waiter)` (`wait`'s timeout,
                // run as Python here) completes the waiter, as a sleep's
                // timer does, and shows as one, as the harness shows it.
                #[cfg(feature = "asyncio-py")]
                super::timers::Fires::Call(call) => {
                    match (releases_waiter(&call.callback), call.args.first()) {
                        (true, Some(crate::value::Value::Future(waiter))) => Entry::Timer {
                            future: awaited(waiter),
                        },
                        _ => Entry::Call {
                            callable: super::callbacks::callable_name(&call.callback),
                        },
                    }
                }
            },
            #[cfg(feature = "asyncio-py")]
            Handle::Call(call) => Entry::Call {
                callable: super::callbacks::callable_name(&call.callback),
            },
            #[cfg(feature = "asyncio-py")]
            Handle::SetState(_) => Entry::Call {
                callable: "_chain_future.<locals>._set_state".into(),
            },
            #[cfg(feature = "asyncio-py")]
            Handle::ShutdownDone(_) => Entry::Call {
                callable: "Future.set_result".into(),
            },
            #[cfg(feature = "code")]
            Handle::CreateTask(coro) => Entry::CloseGenerator {
                generator: match &coro.body {
                    crate::value::CoroBody::AsyncGenClose(agen, _) => agen.name.to_string(),
                    _ => coro.name().to_string(),
                },
            },
            #[cfg(feature = "code")]
            Handle::ReadFromSelf => Entry::ReadFromSelf,
            Handle::Done { callback, future } => {
                // Why the callback runs: the future finished, or was
                // cancelled (as `asyncio.run` cancels what is left).
                let done = Done {
                    future: awaited(future),
                    cancelled: future.is_cancelled(),
                };
                match callback {
                    Callback::Wakeup(task) => Entry::Wake {
                        task: name(task),
                        done,
                    },
                    Callback::GatherChild(_) => Entry::GatherCallback { done },
                    Callback::StopLoop => Entry::StopLoop { done },
                    Callback::Release(_) => Entry::ReleaseWaiter { done },
                    #[cfg(feature = "asyncio-py")]
                    Callback::Call(c) => Entry::Call {
                        callable: super::callbacks::callable_name(&c.callable),
                    },
                    // asyncio's own, by their qualified names.
                    #[cfg(feature = "asyncio-py")]
                    Callback::CheckCancel(_) => Entry::Call {
                        callable: "_chain_future.<locals>._call_check_cancel".into(),
                    },
                }
            }
        };
        let (front, queued, left) = match within {
            Some((k, ntodo)) => (lp.ready.front().filter(|h| live(h)), 1, ntodo - k),
            None => (None, 0, lp.ready.len()),
        };
        let running = front.map(entry);
        let this_iteration = lp.ready.iter().skip(queued).take(left).filter(live).count();
        let ready = lp
            .ready
            .iter()
            .skip(queued)
            .filter(live)
            .map(entry)
            .collect_vec();
        let timer_views = timers
            .iter()
            .map(|t| TimerView {
                when: t.when,
                task: t.first_future().and_then(owner),
                #[cfg(feature = "asyncio-py")]
                calls: match &t.fires {
                    super::timers::Fires::Call(call) if !releases_waiter(&call.callback) => {
                        Some(super::callbacks::callable_name(&call.callback))
                    }
                    _ => None,
                },
            })
            .collect_vec();
        let task_views = tasks
            .iter()
            .zip(&waiters)
            .filter_map(|(t, waiter)| {
                let info = t.task()?;
                // (A task being stepped has its body borrowed: it shows as
                // one whose coroutine has finished.)
                let (started, frames, waits_in) = match info.body.try_borrow().as_deref() {
                    // A coroutine already run to its end before the task
                    // got it is no longer "created" (`CORO_CLOSED`).
                    Ok(TaskBody::NotStarted) => (info.coroutine.finished.get(), Vec::new(), None),
                    Ok(TaskBody::Running(body)) => (
                        true,
                        body.frames(),
                        waiter.as_ref().and_then(|_| body.waits_in()),
                    ),
                    Ok(TaskBody::Finished) | Err(_) => (true, Vec::new(), None),
                };
                let line = frames.first().and_then(|f| f.line);
                Some(TaskView {
                    slot: info.slot,
                    name: info.name(),
                    coro: info.coro.to_string(),
                    started,
                    waiting_on: waiter.as_ref().map(&awaited),
                    waits_in,
                    line,
                    frames,
                })
            })
            .collect_vec();
        // What the program reaches: the module's variables, and those of
        // the pending tasks' frames shown.
        #[cfg(feature = "asyncio-py")]
        let primitives = {
            let mut reached = self.interpreter.module_primitives();
            for f in task_views.iter().flat_map(|t| &t.frames) {
                reached.extend_from_slice(&f.primitives);
            }
            self.primitive_views(&reached, &owner)
        };
        LoopView {
            iteration: lp.iteration + u64::from(within.is_none()),
            now: lp.now,
            callback: within,
            running,
            ready,
            this_iteration,
            timers: timer_views,
            tasks: task_views,
            #[cfg(feature = "asyncio-py")]
            primitives,
            #[cfg(feature = "asyncio-py")]
            threads: self.thread_views(),
        }
    }
}

/// A future as the view names it: a task by its name, a gather by its
/// children, a future by the timer that completes it.
fn awaited(fut: &FutRef, timers: &[&super::timers::TimerHandle]) -> Awaited {
    match &fut.kind {
        FutKind::Task(info) => Awaited::Task(info.name()),
        FutKind::Gathering => {
            let children = match &fut.state.borrow().gather {
                Some(g) => g.children.clone(),
                None => Vec::new(),
            };
            Awaited::Gather(children.iter().map(|c| awaited(c, timers)).collect_vec())
        }
        FutKind::Plain => Awaited::Future {
            due: timers
                .iter()
                .find(|t| t.first_future().is_some_and(|f| Rc::ptr_eq(f, fut)))
                .map(|t| t.when),
        },
    }
}

/// Virtual time in seconds, to the microsecond: `0.001000`.
/// ` in Lock` after what a task waits on, when it waits in a primitive
/// of asyncio's Python half (`TaskView::waits_in`), else nothing.
pub fn in_primitive(t: &TaskView) -> String {
    t.waits_in.map(|p| format!(" in {p}")).unwrap_or_default()
}

pub fn seconds(t: Time) -> String {
    // As the tests' `loop_view.py` writes it: whole nanoseconds, rounded
    // to microseconds.
    let micros = (super::timers::tick(t).max(0) as u64 + 500) / 1000;
    format!("{}.{:06}", micros / 1_000_000, micros % 1_000_000)
}

impl LoopView {
    /// The task the callback about to run steps (its own step, or its
    /// wake-up).
    pub fn running_task(&self) -> Option<&str> {
        self.running.as_ref()?.task()
    }

    /// The view as `interleave step` prints it, and `loop_view.py` prints
    /// CPython's.
    pub fn to_text(&self) -> String {
        self.to_text_within(usize::MAX)
    }

    /// `to_text` with each section cut at `limit` lines, the rest counted
    /// (`… and 900 more`): what a page can show of a thousand tasks at
    /// every step.
    pub fn to_text_within(&self, limit: usize) -> String {
        let mut out = self.loop_text_within(limit);
        section(&mut out, limit, "tasks", self.task_lines());
        out
    }

    /// The loop's own part of `to_text_within`: the position, the ready
    /// queue and the timers, without the tasks (which step mode's page
    /// shows as a tree, `task_tree`).
    pub fn loop_text_within(&self, limit: usize) -> String {
        let mut out = match self.callback {
            None => format!("== iteration {} at {}\n", self.iteration, seconds(self.now)),
            Some((k, n)) => format!(
                "-- iteration {}, callback {k} of {n}, at {}\nrunning: {}\n",
                self.iteration,
                seconds(self.now),
                self.running
                    .as_ref()
                    .map_or("-".to_string(), Entry::to_string)
            ),
        };
        let mut ready: Vec<String> = self.ready.iter().map(Entry::to_string).collect_vec();
        if self.callback.is_some() && self.this_iteration < ready.len() {
            ready.insert(self.this_iteration, "(next iteration)".to_string());
        }
        section(&mut out, limit, "ready", ready);
        section(
            &mut out,
            limit,
            "timers",
            self.timers
                .iter()
                .map(|t| {
                    #[cfg(feature = "asyncio-py")]
                    if let Some(callable) = &t.calls {
                        return format!("{} call {callable}()", seconds(t.when));
                    }
                    format!(
                        "{} for {}",
                        seconds(t.when),
                        t.task.as_deref().unwrap_or("-")
                    )
                })
                .collect_vec(),
        );
        // Only a program that made one has the section, so that the
        // others' views stay as short as their loops.
        #[cfg(feature = "asyncio-py")]
        if !self.primitives.is_empty() {
            section(
                &mut out,
                limit,
                "primitives",
                self.primitives
                    .iter()
                    .map(ToString::to_string)
                    .collect_vec(),
            );
        }
        #[cfg(feature = "asyncio-py")]
        if !self.threads.is_empty() {
            section(&mut out, limit, "threads", self.threads.clone());
        }
        out
    }

    /// Each pending task, with its frames' variables below it.
    fn task_lines(&self) -> Vec<String> {
        self.tasks
            .iter()
            .map(|t| {
                // The coroutine's `__name__`, as `asyncio` shows it.
                let head = format!("{} {}()", t.name, crate::program::short_name(&t.coro));
                if !t.started {
                    return format!("{head}: not started");
                }
                let line = t.line.map(|l| format!(", line {l}")).unwrap_or_default();
                let mut text = match &t.waiting_on {
                    Some(w) => format!("{head}: waiting on {w}{}{line}", in_primitive(t)),
                    None => format!("{head}: ready{line}"),
                };
                for (depth, frame) in t.frames.iter().enumerate() {
                    let indent = if depth == 0 { "    " } else { "      " };
                    if depth > 0 {
                        let line = frame
                            .line
                            .map(|l| format!(", line {l}"))
                            .unwrap_or_default();
                        let _ = write!(text, "\n    in {}(){line}", frame.function);
                    }
                    for (name, value) in &frame.locals {
                        let _ = write!(text, "\n{indent}{name} = {value}");
                    }
                }
                text
            })
            .collect_vec()
    }
}

/// A titled list, cut at `limit` lines with the rest counted.
fn section(out: &mut String, limit: usize, title: &str, lines: Vec<String>) {
    if lines.is_empty() {
        let _ = writeln!(out, "{title}: none");
    } else {
        let _ = writeln!(out, "{title}:");
        for line in lines.iter().take(limit) {
            let _ = writeln!(out, "  {line}");
        }
        if lines.len() > limit {
            let _ = writeln!(out, "  … and {} more", lines.len() - limit);
        }
    }
}

/// Whether `callback` is asyncio's `_release_waiter` (`asyncio_py`'s
/// `tasks.py`, linked into the program).
#[cfg(feature = "asyncio-py")]
fn releases_waiter(callback: &crate::value::Value) -> bool {
    matches!(callback, crate::value::Value::Function(f) if crate::program::in_library(&f.def().name) && &*f.name() == "_release_waiter")
}
