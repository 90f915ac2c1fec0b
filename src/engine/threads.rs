//! Threads on the virtual clock: asyncio's default executor
//! (`loop.run_in_executor(None, f, *args)`, which `asyncio.to_thread`
//! calls) and the thread `shutdown_default_executor` starts as
//! `asyncio.run` ends, as CPython 3.11's `base_events.py`, `futures.py`
//! (`wrap_future`, `_chain_future`) and `concurrent/futures/thread.py`
//! run them.
//!
//! CPython's threads take turns on the GIL, and where they print depends
//! on the operating system: a program with two prints in a worker and
//! two in a task printed 38 different outputs in 100 runs here, some with
//! lines cut in half. The engine takes the order CPython produced most
//! often, one it can produce every time, and the tests' harness
//! (`tests/support/virtual_threads.py`) makes CPython take it too:
//!
//! - A thread runs only while the loop waits in `select` with nothing
//!   ready, or in a blocking `time.sleep` of its own: the loop holds the
//!   GIL while it runs callbacks. Work handed to a free worker is taken
//!   (running: cancelling it no longer stops it) at `submit`, and its
//!   code starts then.
//! - Every thread that can run then runs, in the order it became able to,
//!   each until it blocks (`time.sleep`, waiting for work) or ends; only
//!   then does the loop, woken by `call_soon_threadsafe`'s write to its
//!   self-pipe, go on.
//! - A thread's `time.sleep(d)` ends `d` later on the virtual clock; one
//!   ending as a loop timer does goes first if it began first.
//! - The pool has `min(32, os.cpu_count() + 4)` workers, the cores taken
//!   as `CPU_COUNT`; idle workers take new work in the order they went
//!   idle.
//!
//! What lives elsewhere: how a worker's `time.sleep` suspends its machine
//! (`interp::vm`), how `to_thread` wraps the call (asyncio's Python half,
//! `asyncio_py/threads.py`), and the loop's `select` that runs the threads
//! (`event_loop::begin_iteration`).

use super::event_loop::Handle;
use super::futures::{Callback, FutKind, FutRef};
use super::suspend::Suspend;
use super::timers::{tick, Time};
use super::{Body, Runtime};
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};
use crate::trace::EventKind;
use crate::value::{Exc, Value};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// The learner's machine's cores, which CPython's pool size depends on
/// (`os.cpu_count()`); the page cannot know them, so one is chosen.
pub const CPU_COUNT: usize = 8;

/// `ThreadPoolExecutor`'s default `max_workers`.
const MAX_WORKERS: usize = if CPU_COUNT + 4 < 32 {
    CPU_COUNT + 4
} else {
    32
};

/// The run's threads: the engine's alone, reached through `Runtime`'s
/// methods below.
#[derive(Default)]
pub(crate) struct Threads {
    threads: Vec<Thread>,
    /// Threads able to run, in the order they became able to.
    runnable: VecDeque<usize>,
    /// Threads in `time.sleep`: when each wakes, and the order its sleep
    /// began in among the loop's timers (the tie-breaker), sorted.
    sleeping: Vec<(Time, u64, usize)>,
    /// The default executor, made by the first `run_in_executor(None,
    /// ...)`.
    pool: Option<Pool>,
    /// The thread whose code runs now, if any: its `time.sleep` suspends
    /// it, and asyncio's functions are refused in it.
    current: Option<usize>,
    /// Set while the current thread's code calls `time.sleep(...)`
    /// itself (`call_sleep_in_thread`): only then may it sleep.
    sleep_allowed: bool,
    /// The sleep that call asked for: its machine suspends as the call
    /// returns.
    sleep: Option<Time>,
    /// `shutdown_default_executor()` was called on this loop: no more
    /// work (`_check_default_executor`).
    shutdown_called: bool,
}

struct Thread {
    /// CPython's name for it: `asyncio_0`... for the pool's workers.
    name: Rc<str>,
    role: Role,
    /// The work item a worker runs, and its machine once started (taken
    /// out while it runs).
    work: Option<(Rc<WorkItem>, Option<Body>)>,
}

enum Role {
    Worker,
    /// `_do_shutdown`: waits for the pool's work to end, then completes
    /// the future `shutdown_default_executor` awaits.
    Shutdown(FutRef),
}

#[derive(Default)]
struct Pool {
    /// Work waiting for a worker, in the order submitted.
    items: VecDeque<Rc<WorkItem>>,
    /// Workers waiting for work, the longest waiting first.
    idle: VecDeque<usize>,
    /// Workers alive.
    workers: Vec<usize>,
    /// How many workers were ever started (their names' numbers).
    started: usize,
    shutdown: bool,
    /// Threads in `shutdown(wait=True)`, waiting for every worker to be
    /// idle.
    waiting_for_idle: Vec<usize>,
}

impl Pool {
    /// Whether a worker has work, or work waits for one.
    fn busy(&self) -> bool {
        self.idle.len() < self.workers.len() || !self.items.is_empty()
    }
}

/// One call handed to the pool: `_WorkItem` and its
/// `concurrent.futures.Future`, chained to the asyncio future
/// `run_in_executor` returned.
pub struct WorkItem {
    func: Value,
    args: Vec<Value>,
    /// `wrap_future`'s destination.
    dest: FutRef,
    source: RefCell<Source>,
}

/// The state of the item's `concurrent.futures.Future`.
enum Source {
    Pending,
    Running,
    Cancelled,
    Finished(Result<Value, Exc>),
}

impl Runtime {
    /// Whether a thread was ever started: until then the loop waits and
    /// `time.sleep` blocks as they always have.
    pub(crate) fn threads_started(&self) -> bool {
        !self.threads.borrow().threads.is_empty()
    }

    /// Whether the code running now is a thread's.
    pub(crate) fn in_thread(&self) -> bool {
        self.threads.borrow().current.is_some()
    }

    /// The name of the thread whose code runs now, if any.
    pub(crate) fn current_thread_name(&self) -> Option<String> {
        let th = self.threads.borrow();
        Some(th.threads[th.current?].name.to_string())
    }

    /// `loop.run_in_executor(None, func, *args)`: the work goes to the
    /// pool, and the future returned is chained to it (`wrap_future`).
    pub(crate) fn run_in_executor(&self, func: Value, args: Vec<Value>) -> Result<FutRef, Raise> {
        // `_check_default_executor`.
        if self.threads.borrow().shutdown_called {
            return Err(Raise::Exc(crate::value::Exception::new(
                crate::value::ExcKind::RuntimeError,
                "Executor shutdown has been called",
            )));
        }
        if !self.threads_started() {
            let text = format!("worker threads run here only while the loop waits with nothing ready, each until it sleeps or returns (CPython: whenever its GIL lets them, so a thread's print may land elsewhere, even inside another line); the pool has {MAX_WORKERS} workers, as on a machine with {CPU_COUNT} cores");
            self.emit(|| crate::trace::EventKind::Note { text });
        }
        let dest = self.new_future(FutKind::Plain);
        let item = Rc::new(WorkItem {
            func,
            args,
            dest: dest.clone(),
            source: RefCell::new(Source::Pending),
        });
        // `executor.submit`: an idle worker woken or a new one started
        // (`_adjust_thread_count`), else queued. A worker handed the item
        // takes it at once (CPython's `Thread.start` waits for the new
        // thread, which takes the GIL and the item; an idle one nearly
        // always wins the GIL at the loop's next `select`): it is running,
        // and cancelling no longer stops it. Its code runs when the loop
        // next waits.
        {
            let mut th = self.threads.borrow_mut();
            let th = &mut *th;
            let pool = th.pool.get_or_insert_with(Pool::default);
            let worker = match pool.idle.pop_front() {
                Some(worker) => Some(worker),
                None if pool.workers.len() < MAX_WORKERS => {
                    let id = th.threads.len();
                    th.threads.push(Thread {
                        name: format!("asyncio_{}", pool.started).into(),
                        role: Role::Worker,
                        work: None,
                    });
                    pool.started += 1;
                    pool.workers.push(id);
                    Some(id)
                }
                None => None,
            };
            match worker {
                Some(worker) => {
                    *item.source.borrow_mut() = Source::Running;
                    th.threads[worker].work = Some((item.clone(), None));
                    th.runnable.push_back(worker);
                }
                None => pool.items.push_back(item.clone()),
            }
        }
        // `_chain_future`: a cancelled destination cancels the source.
        self.add_done_callback(&dest, Callback::CheckCancel(item));
        Ok(dest)
    }

    /// `shutdown_default_executor()` with an executor: the future its
    /// thread completes once the pool's work is done; `None` without one.
    pub(crate) fn shutdown_default_executor(&self) -> Option<FutRef> {
        let mut th = self.threads.borrow_mut();
        th.shutdown_called = true;
        th.pool.as_ref()?;
        let future = self.new_future(FutKind::Plain);
        let id = th.threads.len();
        th.threads.push(Thread {
            name: "shutdown".into(),
            role: Role::Shutdown(future.clone()),
            work: None,
        });
        th.runnable.push_back(id);
        Some(future)
    }

    /// The loop waits in `select` with nothing ready, until its first
    /// timer (`deadline`: when, and the timer's order) or forever
    /// (`None`): the threads run meanwhile, and the wait ends early when
    /// one writes the self-pipe. Moves the clock to where it ends (with
    /// neither a timer nor a thread to wake, `begin_iteration` says the
    /// loop would wait forever).
    pub(crate) fn wait_in_select(
        self: &Rc<Self>,
        deadline: Option<(Time, u64)>,
    ) -> Result<(), RunError> {
        // A pipe written already makes `select` return at once.
        if self.lp.borrow().self_pipe {
            return Ok(());
        }
        self.run_threads_until(deadline, true)
    }

    /// The loop's own thread in `time.sleep` until `until`: the threads
    /// run meanwhile, those waking by then too (they began first).
    pub(crate) fn block_until(self: &Rc<Self>, until: Time) -> Result<(), RunError> {
        self.run_threads_until(Some((until, u64::MAX)), false)
    }

    /// Runs the threads as the clock moves towards `deadline` (when, and
    /// its order among the timers, which a thread's sleep ending then
    /// must precede to go first), each thread waking in turn; stops at
    /// the deadline, when no thread is left to wake, or, `by_pipe`, once
    /// a thread wrote the self-pipe. The clock is left where it stopped.
    fn run_threads_until(
        self: &Rc<Self>,
        deadline: Option<(Time, u64)>,
        by_pipe: bool,
    ) -> Result<(), RunError> {
        loop {
            self.run_runnable()?;
            let now = self.lp.borrow().now;
            if self.wake_due(now) {
                continue;
            }
            if by_pipe && self.lp.borrow().self_pipe {
                return Ok(());
            }
            let wake = self
                .threads
                .borrow()
                .sleeping
                .first()
                .map(|&(w, o, _)| (w, o));
            let mut lp = self.lp.borrow_mut();
            match (wake, deadline) {
                (Some(w), Some(d)) if (tick(w.0), w.1) > (tick(d.0), d.1) => {
                    lp.now = now.max(d.0);
                    return Ok(());
                }
                (Some(w), _) => lp.now = now.max(w.0),
                (None, Some(d)) => {
                    lp.now = now.max(d.0);
                    return Ok(());
                }
                (None, None) => return Ok(()),
            }
        }
    }

    /// Makes runnable every thread whose sleep has ended by `now`, the
    /// first ended first; whether there was one.
    fn wake_due(&self, now: Time) -> bool {
        let mut th = self.threads.borrow_mut();
        let due = th
            .sleeping
            .partition_point(|&(w, _, _)| tick(w) <= tick(now));
        for i in 0..due {
            let thread = th.sleeping[i].2;
            th.runnable.push_back(thread);
        }
        th.sleeping.drain(..due);
        due > 0
    }

    /// Runs every runnable thread, each until it blocks or ends.
    fn run_runnable(self: &Rc<Self>) -> Result<(), RunError> {
        loop {
            let next = self.threads.borrow_mut().runnable.pop_front();
            let Some(id) = next else {
                return Ok(());
            };
            self.run_thread(id)?;
        }
    }

    /// Runs thread `id` until it blocks or ends.
    fn run_thread(self: &Rc<Self>, id: usize) -> Result<(), RunError> {
        let shutdown = match &self.threads.borrow().threads[id].role {
            Role::Worker => None,
            Role::Shutdown(f) => Some(f.clone()),
        };
        if let Some(future) = shutdown {
            self.run_shutdown(id, future);
            return Ok(());
        }
        loop {
            // The worker's item, or the next one queued.
            let work = self.threads.borrow_mut().threads[id].work.take();
            let (item, body) = match work {
                Some(work) => work,
                None => {
                    let mut guard = self.threads.borrow_mut();
                    let th = &mut *guard;
                    let Some(pool) = th.pool.as_mut() else {
                        return Ok(());
                    };
                    match pool.items.pop_front() {
                        Some(item) => (item, None),
                        None => {
                            let thread = th.threads[id].name.to_string();
                            if pool.shutdown {
                                // A worker ends once shut down with no work.
                                pool.workers.retain(|&w| w != id);
                            } else {
                                pool.idle.push_back(id);
                            }
                            wake_shutdown(pool, &mut th.runnable);
                            drop(guard);
                            self.emit(|| EventKind::ThreadIdle { thread });
                            return Ok(());
                        }
                    }
                }
            };
            let body = match body {
                Some(body) => body,
                None => {
                    // `set_running_or_notify_cancel`: a cancelled item is
                    // skipped (one handed over at `submit` is running
                    // already).
                    if matches!(*item.source.borrow(), Source::Cancelled) {
                        continue;
                    }
                    *item.source.borrow_mut() = Source::Running;
                    match self.thread_body(&item.func, item.args.clone()) {
                        Ok(body) => body,
                        Err(Raise::Exc(e)) => {
                            self.finish(&item, Err(e));
                            continue;
                        }
                        Err(Raise::Stop(stop)) => return Err(*stop),
                    }
                }
            };
            match self.resume_thread(id, body)? {
                Resumed::Sleeps(body, seconds) => {
                    let now = self.lp.borrow().now;
                    let order = self.lp.borrow_mut().timers.next_order();
                    let wake = (now + seconds, order);
                    let mut th = self.threads.borrow_mut();
                    th.threads[id].work = Some((item, Some(body)));
                    let key = (tick(wake.0), wake.1);
                    let at = th.sleeping.partition_point(|&(w, o, _)| (tick(w), o) < key);
                    th.sleeping.insert(at, (wake.0, wake.1, id));
                    return Ok(());
                }
                Resumed::Ended(outcome) => self.finish(&item, outcome),
            }
        }
    }

    /// Resumes a thread's machine with the thread current.
    fn resume_thread(self: &Rc<Self>, id: usize, mut body: Body) -> Result<Resumed, RunError> {
        use std::task::Poll;
        let thread = self.threads.borrow().threads[id].name.clone();
        self.emit(|| EventKind::ThreadRan {
            thread: thread.to_string(),
        });
        self.threads.borrow_mut().current = Some(id);
        let task = self.running.take();
        // A thread's computing is not the loop's: it does not move the
        // loop's clock (CPython's GIL would share the time out; the
        // virtual clock gives a thread's code no time, as a task's).
        #[cfg(feature = "code")]
        let computed = self.compute.set_aside();
        let polled = self.in_thread_contexts(id, || body.as_mut().run_step());
        #[cfg(feature = "code")]
        self.compute.restore(computed);
        self.running.set(task);
        self.threads.borrow_mut().current = None;
        match polled {
            Poll::Pending => match self.mailbox.take_yielded() {
                Some(Suspend::Block(seconds)) => {
                    self.emit(|| EventKind::ThreadSlept {
                        thread: thread.to_string(),
                        seconds,
                    });
                    Ok(Resumed::Sleeps(body, seconds))
                }
                _ => Err(RunError::internal(
                    "a thread's code suspended other than in time.sleep",
                )),
            },
            Poll::Ready(Ok(v)) => Ok(Resumed::Ended(Ok(v))),
            Poll::Ready(Err(Raise::Exc(e))) => Ok(Resumed::Ended(Err(e))),
            Poll::Ready(Err(Raise::Stop(stop))) => Err(*stop),
        }
    }

    /// The item's call returned or raised: its `concurrent.futures`
    /// future is done, and its done-callback `_call_set_state` hands the
    /// outcome to the loop (`call_soon_threadsafe(_set_state, ...)`).
    fn finish(&self, item: &Rc<WorkItem>, outcome: Result<Value, Exc>) {
        *item.source.borrow_mut() = Source::Finished(outcome);
        self.call_soon_threadsafe(Handle::SetState(item.clone()));
    }

    /// `_do_shutdown`: `executor.shutdown(wait=True)`, then the future
    /// `shutdown_default_executor` awaits completed from the thread.
    fn run_shutdown(&self, id: usize, future: FutRef) {
        {
            let mut th = self.threads.borrow_mut();
            let Some(pool) = th.pool.as_mut() else {
                return;
            };
            pool.shutdown = true;
            if pool.busy() {
                pool.waiting_for_idle.push(id);
                return;
            }
            // The idle workers end (CPython's get `None` from the queue),
            // and the pool with them: a next `asyncio.run` makes its own.
            th.pool = None;
        }
        self.call_soon_threadsafe(Handle::ShutdownDone(future));
    }

    /// `loop.call_soon_threadsafe(...)`: queued, and the self-pipe
    /// written, which wakes a waiting `select`.
    fn call_soon_threadsafe(&self, handle: Handle) {
        let mut lp = self.lp.borrow_mut();
        lp.ready.push_back(handle);
        lp.self_pipe = true;
    }

    /// `_set_state(destination, source)`, queued by the item's end:
    /// `_copy_future_state`.
    pub(crate) fn set_state(&self, item: &WorkItem) -> Result<(), RunError> {
        if item.dest.is_cancelled() {
            return Ok(());
        }
        if !item.dest.is_pending() {
            return Err(unsupported(
                "the program completed a future run_in_executor returned (set_result) before its thread ended: CPython's `_set_state` then fails an assertion, which its loop logs (\"Exception in callback\") and goes on, which is not modelled; leave that future to its thread",
            ));
        }
        // A cancelled item was cancelled by its destination's
        // cancellation, handled above.
        match &*item.source.borrow() {
            Source::Finished(Ok(v)) => self.set_result(&item.dest, v.clone()),
            Source::Finished(Err(e)) => self.set_exception(&item.dest, e.clone()),
            Source::Pending | Source::Running | Source::Cancelled => {}
        }
        Ok(())
    }

    /// `_call_check_cancel(destination)`: the destination's done-callback;
    /// cancelled, it cancels the item if no worker has started it, which
    /// then hands its state back (`_call_set_state`).
    pub(crate) fn check_cancel(&self, item: &Rc<WorkItem>) {
        if !item.dest.is_cancelled() {
            return;
        }
        let cancelled = {
            let mut source = item.source.borrow_mut();
            let pending = matches!(*source, Source::Pending);
            if pending {
                *source = Source::Cancelled;
            }
            pending
        };
        if cancelled {
            self.call_soon_threadsafe(Handle::SetState(item.clone()));
        }
    }

    /// `time.sleep(seconds)` in a thread's code: noted, for its machine
    /// to suspend as the call returns; refused unless the thread's code
    /// calls `time.sleep` itself (a builtin calling it back, as
    /// `sorted(key=time.sleep)` does, would sleep in the middle of the
    /// builtin, which the machine cannot pause).
    pub(crate) fn sleep_in_thread(&self, seconds: Time) -> Result<(), Raise> {
        let mut th = self.threads.borrow_mut();
        if !std::mem::take(&mut th.sleep_allowed) {
            return Err(RunError::unsupported(
                "time.sleep called back by a builtin (`sorted(key=time.sleep)`, `map(time.sleep, ...)`) in a thread's code is not supported yet; call time.sleep in the thread's function itself",
            ));
        }
        th.sleep = Some(seconds);
        Ok(())
    }

    /// The thread's code calls `time.sleep(...)` (`call`): whether its
    /// machine suspends, sleeping, after it (it does unless the call
    /// raised before sleeping).
    pub(crate) fn call_sleep_in_thread<T>(&self, call: impl FnOnce() -> T) -> (T, bool) {
        self.threads.borrow_mut().sleep_allowed = true;
        let result = call();
        let slept = {
            let mut th = self.threads.borrow_mut();
            th.sleep_allowed = false;
            th.sleep.take()
        };
        if let Some(seconds) = slept {
            self.mailbox.suspend(Suspend::Block(seconds));
        }
        (result, slept.is_some())
    }

    /// The loop closes (`loop.close()`, or `asyncio.run` ending): its
    /// default executor goes with it; refused while a worker still has
    /// work (CPython's `shutdown(wait=False)` leaves it running, and
    /// what it then does is not modelled).
    pub(crate) fn close_executor(&self) -> Result<(), RunError> {
        let mut th = self.threads.borrow_mut();
        th.shutdown_called = false;
        if th.pool.as_ref().is_some_and(Pool::busy) {
            return Err(unsupported(
                "closing a loop while a worker thread still runs (to_thread, run_in_executor) is not supported yet: await what it returns, or let asyncio.run wait for it",
            ));
        }
        th.pool = None;
        Ok(())
    }

    /// The machine a thread runs `func(*args)` on.
    fn thread_body(self: &Rc<Self>, func: &Value, args: Vec<Value>) -> Result<Body, Raise> {
        self.interpreter.clone().thread(self.clone(), func, args)
    }
}

impl Runtime {
    /// Each thread alive, as step mode shows it: `asyncio_0: sleeping
    /// until 1.000000`, `idle`, `runnable` (it runs when the loop next
    /// waits), or the shutdown thread `waiting for the workers`.
    pub(crate) fn thread_views(&self) -> Vec<String> {
        let th = self.threads.borrow();
        let pool = th.pool.as_ref();
        let alive = |id: &usize| match th.threads[*id].role {
            Role::Worker => pool.is_some_and(|p| p.workers.contains(id)),
            Role::Shutdown(_) => {
                th.runnable.contains(id) || pool.is_some_and(|p| p.waiting_for_idle.contains(id))
            }
        };
        (0..th.threads.len())
            .filter(alive)
            .map(|id| {
                let state = if th.runnable.contains(&id) {
                    "runnable".to_string()
                } else if let Some(&(wake, _, _)) = th.sleeping.iter().find(|s| s.2 == id) {
                    format!("sleeping until {}", super::view::seconds(wake))
                } else if matches!(th.threads[id].role, Role::Shutdown(_)) {
                    "waiting for the workers".to_string()
                } else {
                    "idle".to_string()
                };
                format!("{}: {state}", th.threads[id].name)
            })
            .collect_vec()
    }
}

/// Where a thread's machine stopped (`resume_thread`).
enum Resumed {
    Sleeps(Body, Time),
    Ended(Result<Value, Exc>),
}

/// A refusal where the loop, not a task's code, meets it.
fn unsupported(message: &str) -> RunError {
    RunError::new(crate::error::RunErrorKind::Unsupported, message)
}

/// Lets `shutdown(wait=True)` go on once every worker is idle or ended
/// and no work is left.
fn wake_shutdown(pool: &mut Pool, runnable: &mut VecDeque<usize>) {
    if !pool.busy() {
        runnable.extend(pool.waiting_for_idle.drain(..));
    }
}

impl std::fmt::Debug for WorkItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WorkItem")
    }
}
