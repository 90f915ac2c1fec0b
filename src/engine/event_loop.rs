//! The event loop: CPython's `BaseEventLoop._run_once` on a virtual clock,
//! plus the Future methods that schedule callbacks on it.
//!
//! One iteration (`run_once`):
//! 1. drop cancelled timers from the front of the heap;
//! 2. if nothing is ready, move the clock on to the first deadline, or by
//!    a day at most (CPython blocks in `select` for `when - time()`,
//!    capped at `MAXIMUM_SELECT_TIMEOUT`);
//! 3. move every due timer (`when < time() + clock_resolution`) to the
//!    back of the ready queue;
//! 4. run the callbacks that are in the ready queue *now*, and only those:
//!    what they schedule waits for the next iteration.
//!
//! Task steps live in `task.rs`, gather's callback in `gather.rs`, and
//! `asyncio.run`'s start and shutdown in `runner.rs`.

use super::futures::{Callback, FutKind, FutRef, FutureObj, Outcome, TaskBody, TaskInfo, TaskName};
use super::timers::{Time, TimerHandle, Timers};
use super::{Limits, Runtime};
use crate::error::{RunError, RunErrorKind};
use crate::trace::{EventKind, Trace};
use crate::value::{Coroutine, Exc, ExcKind, Exception, Value};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// `base_events.MAXIMUM_SELECT_TIMEOUT`: the loop waits a day at most,
/// then runs an iteration with nothing to do, and waits again.
const MAXIMUM_SELECT_TIMEOUT: Time = 24.0 * 3600.0;

/// The loop's `_clock_resolution` (`time.get_clock_info('monotonic')`
/// on Linux): a timer due within it is run now.
pub(crate) const CLOCK_RESOLUTION: Time = 1e-9;

/// An entry of the ready queue: CPython's `Handle`, as data.
pub(crate) enum Handle {
    /// `Task.__step(exc)`.
    Step { task: FutRef, exc: Option<Exc> },
    /// A future's done-callback, called with the future.
    Done { callback: Callback, future: FutRef },
    /// A fired `asyncio.sleep` timer: `_set_result_unless_cancelled`.
    Timer(Rc<TimerHandle>),
    /// `loop.create_task(agen.aclose())`, which asyncio's finalizer hook
    /// schedules for an async generator freed while paused.
    #[cfg(feature = "code")]
    CreateTask(Rc<Coroutine>),
    /// `_read_from_self`: the selector found the self-pipe written (by
    /// `call_soon_threadsafe`); reading it changes nothing else.
    #[cfg(feature = "code")]
    ReadFromSelf,
    /// The program's `loop.call_soon(callback, *args)`.
    #[cfg(feature = "asyncio-py")]
    Call(Rc<super::callbacks::CallHandle>),
    /// `_chain_future`'s `_set_state`, queued from a thread as its work
    /// item ends (`threads`).
    #[cfg(feature = "asyncio-py")]
    SetState(Rc<super::threads::WorkItem>),
    /// `future.set_result(None)`, queued by the thread of
    /// `shutdown_default_executor` as the pool's work is done.
    #[cfg(feature = "asyncio-py")]
    ShutdownDone(FutRef),
}

impl Handle {
    /// The task this handle steps, what is thrown into it, and whether
    /// the handle is the task's own step (not `Task.__wakeup`, a future's
    /// done-callback, which throws in the future's exception or sends).
    fn stepping(&mut self) -> Option<(&FutRef, Option<Exc>, bool)> {
        match self {
            Handle::Step { task, exc } => Some((task, exc.take(), true)),
            Handle::Done {
                callback: Callback::Wakeup(task),
                future,
            } => Some((task, future.result().err(), false)),
            _ => None,
        }
    }
}

/// The loop's mutable state. Borrowed briefly, never across a task step.
pub(crate) struct LoopState {
    /// FIFO of callbacks to run; each iteration runs only those present
    /// when it started.
    pub ready: VecDeque<Handle>,
    pub timers: Timers,
    pub now: Time,
    pub iteration: u64,
    /// Set by `run_until_complete`'s callback; ends `run_forever` after the
    /// current iteration.
    pub stopping: bool,
    /// The self-pipe was written since the last `select`
    /// (`call_soon_threadsafe`): the next iteration queues
    /// `_read_from_self`.
    #[cfg(feature = "code")]
    pub self_pipe: bool,
    /// Between `asyncio.run`'s first `run_until_complete` and its
    /// `loop.close()`: where asyncio's finalizer hook still schedules the
    /// closing of an async generator (`not self.is_closed()`).
    #[cfg(feature = "code")]
    pub open: bool,
    /// The loop as the program holds it (`get_running_loop()`), made
    /// when first asked for; closed with the loop.
    #[cfg(feature = "asyncio-py")]
    pub program_loop: Option<Rc<crate::value::EventLoopObj>>,
    /// The event loop policy's current loop (`get_event_loop()`,
    /// `set_event_loop()`), and whether one was ever set: the first
    /// `get_event_loop()` outside a loop makes one unless one was set
    /// (`asyncio.run` sets `None` as it ends).
    #[cfg(feature = "asyncio-py")]
    pub policy_loop: Option<Rc<crate::value::EventLoopObj>>,
    #[cfg(feature = "asyncio-py")]
    pub policy_set: bool,
    /// The module's code waits in `loop.run_until_complete` (`false`) or
    /// `loop.run_forever` (`true`), not in `asyncio.run`: when the future
    /// is done (or the loop is stopped) the loop stops, keeping what it
    /// holds, and the module's code goes on.
    #[cfg(feature = "asyncio-py")]
    pub module_run: Option<bool>,
    /// Every task ever created, by slot: CPython's `all_tasks()`, in
    /// creation order. Held weakly, as asyncio's `_all_tasks` is: a task
    /// goes when the program, the loop's queues and other futures let go
    /// of it, which is when CPython reports an exception it never retrieved.
    pub tasks: Vec<std::rc::Weak<super::futures::FutureObj>>,
    pub trace: Trace,
    pub stdout: String,
    pub stderr: String,
    /// What the program wrote to stderr after its last newline: the
    /// trace's `Stderr` events are lines, given as each line ends (stderr
    /// is line-buffered), the rest before the engine's own reports and as
    /// the run ends (`Runtime::flush_stderr`).
    #[cfg(feature = "asyncio-py")]
    pub stderr_partial: String,
    /// The futures other than tasks that may fail unseen: every
    /// `_GatheringFuture` the program made, and every plain future it set
    /// an exception on. To refuse at the end one whose exception nobody
    /// retrieved and that is still alive then (a reference cycle keeps it).
    pub untasked: Vec<std::rc::Weak<super::futures::FutureObj>>,
    /// CPython numbers tasks `Task-1`, `Task-2`... from this counter.
    pub task_counter: usize,
    /// Creation order of every future; the `id` of the next one.
    pub next_future_id: usize,
    /// Which loop this is, of those the run has made: it moves on as one
    /// closes (or the module's code binds another), and each future keeps
    /// the one it was made on (`FutureObj::epoch`), CPython's
    /// `futures._get_loop`.
    #[cfg(feature = "code")]
    pub epoch: u32,
    /// The epochs of loops the module's code left for another without
    /// closing them: their futures' loops are not closed.
    #[cfg(feature = "asyncio-py")]
    pub left_open: Vec<u32>,
}

impl LoopState {
    /// The loop starts running (`run_forever`) or stops; the program's
    /// object for it says so.
    #[cfg(feature = "code")]
    pub fn set_open(&mut self, open: bool) {
        self.open = open;
        #[cfg(feature = "asyncio-py")]
        if let Some(program_loop) = &self.program_loop {
            program_loop.running.set(open);
        }
    }

    /// `loop.close()`, as `asyncio.run` ends.
    #[cfg(feature = "code")]
    pub fn close(&mut self) {
        self.set_open(false);
        self.epoch += 1;
        #[cfg(feature = "asyncio-py")]
        if let Some(program_loop) = self.program_loop.take() {
            program_loop.closed.set(true);
        }
    }

    pub fn new(trace: bool) -> LoopState {
        LoopState {
            ready: VecDeque::new(),
            timers: Timers::default(),
            now: 0.0,
            iteration: 0,
            stopping: false,
            #[cfg(feature = "code")]
            self_pipe: false,
            #[cfg(feature = "code")]
            open: false,
            #[cfg(feature = "asyncio-py")]
            program_loop: None,
            #[cfg(feature = "asyncio-py")]
            policy_loop: None,
            #[cfg(feature = "asyncio-py")]
            policy_set: false,
            #[cfg(feature = "asyncio-py")]
            module_run: None,
            tasks: Vec::new(),
            trace: Trace::new(trace),
            stdout: String::new(),
            stderr: String::new(),
            #[cfg(feature = "asyncio-py")]
            stderr_partial: String::new(),
            untasked: Vec::new(),
            task_counter: 0,
            next_future_id: 0,
            #[cfg(feature = "code")]
            epoch: 0,
            #[cfg(feature = "asyncio-py")]
            left_open: Vec::new(),
        }
    }

    pub fn seconds(&self) -> f64 {
        self.now
    }
}

impl Runtime {
    /// Records an event. The closure keeps event building off the hot path
    /// when the trace is off.
    #[inline]
    pub(crate) fn emit(&self, kind: impl FnOnce() -> EventKind) {
        if self.tracing {
            self.record(kind());
        }
    }

    /// `task.set_name(value)`, given `str(value)`: its repr and
    /// `get_name()` say the new name, and the trace tells the page.
    #[cfg(feature = "code")]
    pub(crate) fn rename_task(&self, task: &TaskInfo, name: String) {
        if !task.internal {
            let slot = task.slot;
            self.emit(|| EventKind::Renamed {
                task: slot,
                name: name.clone(),
            });
        }
        *task.name.borrow_mut() = TaskName::Given(name);
    }

    fn record(&self, kind: EventKind) {
        let mut lp = self.lp.borrow_mut();
        if lp.trace.enabled {
            let (iteration, time) = (lp.iteration, lp.seconds());
            lp.trace.push(iteration, time, kind);
        }
    }

    #[inline]
    pub(crate) fn call_soon(&self, handle: Handle) {
        self.lp.borrow_mut().ready.push_back(handle);
    }

    pub(crate) fn new_future(&self, kind: FutKind) -> FutRef {
        let mut lp = self.lp.borrow_mut();
        let id = lp.next_future_id;
        lp.next_future_id += 1;
        #[cfg(feature = "asyncio-py")]
        let epoch = lp.epoch;
        drop(lp);
        FutureObj::new(
            id,
            kind,
            &self.freed,
            #[cfg(feature = "asyncio-py")]
            epoch,
        )
    }

    /// Whether `fut` belongs to a loop before the one running now
    /// (`FutureObj::epoch`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn of_an_earlier_loop(&self, fut: &FutRef) -> bool {
        fut.epoch != self.lp.borrow().epoch
    }

    /// `loop.create_task(coro)`: the task's first step is scheduled, not run.
    /// `name` is `create_task(..., name=...)`. The `Task-N` counter moves
    /// either way: CPython 3.11's `asyncio.create_task` creates the task
    /// unnamed, then renames it.
    pub(crate) fn create_task(
        self: &Rc<Self>,
        coro: Rc<Coroutine>,
        name: Option<String>,
        internal: bool,
    ) -> Result<FutRef, crate::error::Raise> {
        self.new_task(coro, name, true, internal)
    }

    /// `Task(coro, name=name)`, as `loop.create_task(coro, name=name)`
    /// makes it: named as it is made, it takes no number (`Task-N`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn create_named_task(
        self: &Rc<Self>,
        coro: Rc<Coroutine>,
        name: String,
    ) -> Result<FutRef, crate::error::Raise> {
        self.new_task(coro, Some(name), false, false)
    }

    /// A task of `coro`; `numbered`: whether it takes the next `Task-N`
    /// number, named or not.
    fn new_task(
        self: &Rc<Self>,
        coro: Rc<Coroutine>,
        name: Option<String>,
        numbered: bool,
        internal: bool,
    ) -> Result<FutRef, crate::error::Raise> {
        let slot = self.lp.borrow().tasks.len();
        if slot >= self.limits.max_tasks {
            return Err(RunError::limit(format!(
                "the program created more than {} tasks; raise the limit with --max-tasks or create fewer",
                self.limits.max_tasks
            )));
        }
        // `Task.__init__`: `self._context = contextvars.copy_context()`.
        #[cfg(feature = "asyncio-py")]
        self.set_task_context(slot, self.copy_context()?);
        let number = {
            let mut lp = self.lp.borrow_mut();
            lp.task_counter += usize::from(numbered);
            lp.task_counter
        };
        let name = match name {
            Some(given) => TaskName::Given(given),
            None => TaskName::Numbered(number),
        };
        coro.wrapped.set(true);
        let task = self.new_future(FutKind::Task(TaskInfo {
            slot,
            name: RefCell::new(name.clone()),
            coro: coro.name_rc(),
            internal,
            coroutine: coro.clone(),
            body: RefCell::new(TaskBody::NotStarted),
        }));
        if !internal {
            let parent = self.running.get();
            self.emit(|| EventKind::TaskCreated {
                task: slot,
                name: name.to_string(),
                coro: coro.name().to_string(),
                args: coro.arg_reprs(),
                parent,
            });
        }
        self.lp.borrow_mut().tasks.push(Rc::downgrade(&task));
        self.call_soon(Handle::Step {
            task: task.clone(),
            exc: None,
        });
        Ok(task)
    }

    /// `loop.call_later(delay, _set_result_unless_cancelled, future)`.
    pub(crate) fn call_later(&self, delay: Time, future: FutRef, result: Value) -> Rc<TimerHandle> {
        self.call_at(
            None,
            delay,
            super::timers::Fires::Future(future, result),
            None,
        )
    }

    /// A timer doing `fires` at `when` (`None`: now), plus `delay`: where
    /// the clock stands is read after the computation so far is on it.
    /// `exact`: a deadline the program gave (`timers::Entry::exact`).
    pub(crate) fn call_at(
        &self,
        when: Option<Time>,
        delay: Time,
        fires: super::timers::Fires,
        exact: Option<u64>,
    ) -> Rc<TimerHandle> {
        #[cfg(feature = "code")]
        self.flush_compute();
        #[cfg(feature = "code")]
        let computed = self.compute.total();
        #[cfg(not(feature = "code"))]
        let computed = 0;
        // A deadline the program gave holds the computing done by the
        // reading it came from, not since (`compute::may_swap` scales
        // only that part).
        #[cfg(feature = "asyncio-py")]
        let computed = match exact {
            Some(_) => self.computed_at_read.get(),
            None => computed,
        };
        let mut lp = self.lp.borrow_mut();
        let when = when.unwrap_or(lp.now) + delay;
        let task = self.running.get();
        lp.timers.schedule(when, fires, task, computed, exact)
    }

    /// `ensure_future(aw)`: a coroutine becomes a new task, a future stays
    /// itself (what `gather` and `wait_for` do with their arguments).
    pub(crate) fn ensure_future(self: &Rc<Self>, aw: Value) -> Result<FutRef, crate::error::Raise> {
        match aw {
            #[cfg(feature = "asyncio-py")]
            Value::Future(fut) if self.of_an_earlier_loop(&fut) => {
                Err(RunError::unsupported(
                    "a task or future of an event loop that has closed (an earlier `asyncio.run`), given to this one, is not supported yet: CPython raises RuntimeError or ValueError, as the call checks; make the task or future in this run",
                ))
            }
            Value::Future(fut) => Ok(fut),
            Value::Coroutine(coro) => self.create_task(coro, None, false),
            _ => Err(crate::error::Raise::Exc(Exception::new(
                ExcKind::TypeError,
                "An asyncio.Future, a coroutine or an awaitable is required",
            ))),
        }
    }

    /// `fut.add_done_callback(cb)`: on a finished future, scheduled at once.
    pub(crate) fn add_done_callback(&self, future: &FutRef, callback: Callback) {
        if future.is_pending() {
            future.state.borrow_mut().callbacks.push(callback);
        } else {
            self.call_soon(Handle::Done {
                callback,
                future: future.clone(),
            });
        }
    }

    /// `fut.remove_done_callback(functools.partial(_release_waiter,
    /// waiter))`: a no-op once the future has finished (its callbacks are
    /// then scheduled already).
    #[cfg(feature = "code")]
    pub(crate) fn remove_done_callback(&self, future: &FutRef, waiter: &FutRef) {
        future
            .state
            .borrow_mut()
            .callbacks
            .retain(|c| !matches!(c, Callback::Release(w) if Rc::ptr_eq(w, waiter)));
    }

    /// `future.remove_done_callback(_run_until_complete_cb)`, as
    /// `run_until_complete` returns or raises.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn remove_stop_callback(&self, future: &FutRef) {
        let mut st = future.state.borrow_mut();
        st.callbacks.retain(|c| !matches!(c, Callback::StopLoop));
    }

    fn schedule_callbacks(&self, future: &FutRef) {
        let callbacks = std::mem::take(&mut future.state.borrow_mut().callbacks);
        for callback in callbacks {
            self.call_soon(Handle::Done {
                callback,
                future: future.clone(),
            });
        }
    }

    pub(crate) fn set_result(&self, future: &FutRef, value: Value) {
        if let Some(t) = future.task().filter(|t| !t.internal) {
            let slot = t.slot;
            self.emit(|| EventKind::Returned {
                task: slot,
                value: value.repr(),
            });
        }
        if matches!(future.kind, FutKind::Gathering) && future.is_traced() {
            self.emit(|| EventKind::GatherCompleted {
                gather: future.id,
                result: Some(value.repr()),
                exception: None,
            });
        }
        future.state.borrow_mut().outcome = Outcome::Result(value);
        self.schedule_callbacks(future);
    }

    pub(crate) fn set_exception(&self, future: &FutRef, exc: Exc) {
        if let Some(t) = future.task() {
            let slot = t.slot;
            self.emit(|| EventKind::Raised {
                task: slot,
                exception: exc.repr(),
            });
        }
        if matches!(future.kind, FutKind::Gathering) && future.is_traced() {
            self.emit(|| EventKind::GatherCompleted {
                gather: future.id,
                result: None,
                exception: Some(exc.repr()),
            });
        }
        {
            let mut st = future.state.borrow_mut();
            st.outcome = Outcome::Exception(exc);
            st.log_traceback = true;
        }
        self.schedule_callbacks(future);
    }

    /// `Future.cancel(msg)` on the future itself (a Task's
    /// `super().cancel()`). Asked to cancel, a failed future counts its
    /// exception as seen, even though it is done (`__log_traceback =
    /// False` comes first).
    pub(crate) fn cancel_future(&self, future: &FutRef, msg: Option<Value>) -> bool {
        {
            let mut st = future.state.borrow_mut();
            st.log_traceback = false;
            if !matches!(st.outcome, Outcome::Pending) {
                return false;
            }
            st.cancel_message = msg;
        }
        if let Some(t) = future.task().filter(|t| !t.internal) {
            let slot = t.slot;
            self.emit(|| EventKind::Cancelled { task: slot });
        }
        future.state.borrow_mut().outcome = Outcome::Cancelled;
        self.schedule_callbacks(future);
        true
    }

    /// `fut.cancel(msg)` for any kind of future, with each kind's own rules.
    pub(crate) fn cancel(&self, future: &FutRef, msg: Option<Value>) -> bool {
        match future.kind {
            FutKind::Plain => self.cancel_future(future, msg),
            FutKind::Task(_) => self.cancel_task(future, msg),
            FutKind::Gathering => self.cancel_gathering(future, msg),
        }
    }

    /// `Task.cancel(msg)`: cancel what the task waits on, or cancel the task
    /// at its next step.
    fn cancel_task(&self, task: &FutRef, msg: Option<Value>) -> bool {
        task.state.borrow_mut().log_traceback = false;
        if !task.is_pending() {
            return false;
        }
        task.state.borrow_mut().cancels_requested += 1;
        let waiter = task.state.borrow().waiter.clone();
        if let Some(w) = waiter {
            if self.cancel(&w, msg.clone()) {
                // The waiter's callback wakes the task with CancelledError.
                return true;
            }
        }
        let mut st = task.state.borrow_mut();
        st.must_cancel = true;
        st.cancel_message = msg;
        true
    }

    /// `_GatheringFuture.cancel(msg)`: cancels the children, not itself; the
    /// children's callbacks then finish the gather.
    fn cancel_gathering(&self, gathering: &FutRef, msg: Option<Value>) -> bool {
        if !gathering.is_pending() {
            return false;
        }
        let children = match &gathering.state.borrow().gather {
            Some(g) => g.children.clone(),
            None => return false,
        };
        let mut any = false;
        for child in &children {
            if self.cancel(child, msg.clone()) {
                any = true;
            }
        }
        if any {
            if let Some(g) = gathering.state.borrow_mut().gather.as_mut() {
                g.cancel_requested = true;
            }
        }
        any
    }

    /// One pass of the loop. Errors stop the whole run.
    pub(crate) fn run_once(self: &Rc<Self>) -> Result<(), RunError> {
        let ntodo = self.begin_iteration()?;
        self.run_callbacks(0, ntodo)
    }

    /// Runs the iteration's callbacks from `from` to the last of `ntodo`
    /// (fewer if the ready queue empties first).
    pub(crate) fn run_callbacks(
        self: &Rc<Self>,
        from: usize,
        ntodo: usize,
    ) -> Result<(), RunError> {
        for i in from..ntodo {
            if !self.run_callback(i, ntodo)? {
                break;
            }
        }
        Ok(())
    }

    /// The start of `_run_once`: the clock moved if nothing is ready, the
    /// due timers moved to the ready queue. Returns how many callbacks
    /// this iteration runs: those ready now, and only those.
    pub(crate) fn begin_iteration(self: &Rc<Self>) -> Result<usize, RunError> {
        // `_run_once`'s own work takes time (`compute`).
        #[cfg(feature = "code")]
        self.compute.charge(super::compute::OPS_PER_ITERATION);
        let ntodo = {
            let mut lp = self.lp.borrow_mut();
            lp.timers.drop_cancelled();
            // With threads, waiting lets them run, and one may end the
            // wait early (`threads`). What they do happens in this
            // iteration, whose `_run_once` waits in `select`. (A timer
            // already due makes `select`'s timeout 0: no wait.)
            #[cfg_attr(not(feature = "asyncio-py"), allow(unused_mut))]
            let mut counted = false;
            #[cfg(feature = "asyncio-py")]
            if lp.ready.is_empty() && !lp.stopping && self.threads_started() {
                let deadline = lp.timers.next_key();
                if deadline.is_none_or(|(when, _)| when >= lp.now + CLOCK_RESOLUTION) {
                    lp.iteration += 1;
                    counted = true;
                    drop(lp);
                    self.wait_in_select(deadline)?;
                    lp = self.lp.borrow_mut();
                }
            }
            if lp.ready.is_empty() && !lp.stopping {
                match lp.timers.next_deadline() {
                    // `select(timeout)`: the clock moves on by `timeout`,
                    // summed as a float, or on the real clock by as long
                    // as the wait lasts there (`waking`).
                    Some(when) => {
                        let timeout = (when - lp.now).clamp(0.0, MAXIMUM_SELECT_TIMEOUT);
                        if timeout > 0.0 {
                            lp.now += self.select_wait(timeout);
                        }
                        // From 2**24 seconds on, the float is coarser than
                        // the clock's resolution: `now + timeout` can stop
                        // on a deadline that adding the resolution never
                        // passes. CPython's real clock runs on past it.
                        if timeout < MAXIMUM_SELECT_TIMEOUT {
                            while when >= lp.now + CLOCK_RESOLUTION {
                                // The next float up (`f64::next_up`, newer
                                // than this crate's MSRV): the clock is
                                // never negative.
                                lp.now = f64::from_bits(lp.now.to_bits() + 1);
                            }
                        }
                    }
                    None => {
                        return Err(RunError::new(
                            RunErrorKind::Deadlock,
                            "every task is waiting and nothing is scheduled to wake any of them, so CPython would wait forever here. Check for tasks that await each other",
                        ))
                    }
                }
            }
            let now = lp.now;
            // Would an estimate of computing time `SPREAD` times off make
            // another timer due now, or reorder two (`compute`)? With
            // nothing ready, the clock jumps to the first deadline, which
            // then is due whatever the estimate.
            #[cfg(feature = "code")]
            let (mut race, clock, mut last) = (
                false,
                (!lp.ready.is_empty()).then(|| (now, self.compute.total())),
                None,
            );
            // `select` returned the self-pipe: `_process_events` queues its
            // reader before the due timers are.
            #[cfg(feature = "code")]
            if std::mem::take(&mut lp.self_pipe) {
                lp.ready.push_back(Handle::ReadFromSelf);
            }
            let end_time = now + CLOCK_RESOLUTION;
            while let Some(timer) = lp.timers.pop_due(end_time) {
                #[cfg(feature = "code")]
                if self.compute.enabled {
                    let this = (timer.when, timer.computed);
                    race |= last.is_some_and(|l| super::compute::may_swap(l, this));
                    race |= clock.is_some_and(|c| super::compute::may_swap(this, c));
                    last = Some(this);
                }
                lp.ready.push_back(Handle::Timer(timer));
            }
            #[cfg(feature = "code")]
            if let (true, Some(next)) = (self.compute.enabled, lp.timers.next()) {
                let next = (next.when, next.computed);
                race |= last.is_some_and(|l| super::compute::may_swap(l, next));
                race |= clock.is_some_and(|c| super::compute::may_swap(c, next));
            }
            if !counted {
                lp.iteration += 1;
            }
            #[cfg(feature = "code")]
            if race {
                drop(lp);
                self.note_race();
                lp = self.lp.borrow_mut();
            }
            lp.ready.len()
        };
        Ok(ntodo)
    }

    /// Runs the iteration's callback `i` of `ntodo`; false when the ready
    /// queue is empty.
    pub(crate) fn run_callback(self: &Rc<Self>, i: usize, ntodo: usize) -> Result<bool, RunError> {
        {
            let handle = self.lp.borrow_mut().ready.pop_front();
            let Some(mut handle) = handle else {
                return Ok(false);
            };
            // So does running a callback, before the program's code runs.
            #[cfg(feature = "code")]
            self.compute.charge(super::compute::OPS_PER_CALLBACK);
            let requeue = match handle.stepping() {
                // `Task.__step` (one call site, so that it is inlined).
                Some((task, exc, own)) => {
                    let yielded = self.step(task, exc)?;
                    if yielded && !own {
                        self.call_soon(Handle::Step {
                            task: task.clone(),
                            exc: None,
                        });
                    }
                    yielded && own
                }
                None => {
                    self.run_handle(&mut handle)?;
                    false
                }
            };
            // A task that yielded bare goes back to the queue as its step
            // ends, in the handle it ran from: no new handle, none dropped.
            let handle = match requeue {
                true => {
                    self.call_soon(handle);
                    None
                }
                false => Some(handle),
            };
            #[cfg(feature = "code")]
            self.flush_compute();
            // What the callback freed outside the program's frames (a
            // task's own coroutine returning frees its variables) was
            // freed in `Handle._run` (a place only warnings name).
            #[cfg(feature = "code")]
            self.report_freed_at(super::freed::Place::Callback);
            // The handle itself (and a task only it still held) goes as
            // `_run_once` moves on: when the next is popped, or after the
            // last.
            drop(handle);
            self.report_freed_at(super::freed::Place::Popped {
                last: i + 1 == ntodo,
            });
        }
        if let Some(refusal) = self.take_refusal() {
            return Err(refusal);
        }
        #[cfg(feature = "asyncio-py")]
        if self.exiting.get() {
            return Ok(false);
        }
        Ok(true)
    }

    /// `call_soon_threadsafe(self.create_task, close)` (asyncio's finalizer
    /// hook).
    #[cfg(feature = "code")]
    pub(crate) fn schedule_close(&self, close: Rc<Coroutine>) {
        let mut lp = self.lp.borrow_mut();
        lp.ready.push_back(Handle::CreateTask(close));
        lp.self_pipe = true;
    }

    fn run_handle(self: &Rc<Self>, handle: &mut Handle) -> Result<(), RunError> {
        match handle {
            #[cfg(feature = "code")]
            Handle::CreateTask(coro) => match self.create_task(coro.clone(), None, false) {
                Ok(_) => Ok(()),
                Err(crate::error::Raise::Stop(stop)) => Err(*stop),
                Err(crate::error::Raise::Exc(e)) => Err(RunError::internal(format!(
                    "creating a task raised {}",
                    e.traceback_line()
                ))),
            },
            // It reads the pipe until it is empty: bytes written since it
            // was queued are read too, and wake no later `select`.
            #[cfg(feature = "code")]
            Handle::ReadFromSelf => {
                self.lp.borrow_mut().self_pipe = false;
                Ok(())
            }
            // Stepped by `run_callback` (`Handle::stepping`), as is a
            // `Callback::Wakeup` below.
            Handle::Step { .. } => Ok(()),
            Handle::Timer(timer) => {
                if timer.is_cancelled() {
                    return Ok(());
                }
                match &timer.fires {
                    super::timers::Fires::Future(future, result) => {
                        if future.is_pending() {
                            if let Some(task) = timer.task {
                                self.emit(|| EventKind::Woke { task });
                            }
                            self.set_result(future, result.clone());
                        }
                        Ok(())
                    }
                    #[cfg(feature = "asyncio-py")]
                    super::timers::Fires::Call(call) => self.run_program_call(call),
                }
            }
            #[cfg(feature = "asyncio-py")]
            Handle::Call(call) => {
                if call.is_cancelled() {
                    return Ok(());
                }
                self.run_program_call(call)
            }
            #[cfg(feature = "asyncio-py")]
            Handle::SetState(item) => self.set_state(item),
            #[cfg(feature = "asyncio-py")]
            Handle::ShutdownDone(future) => {
                if future.is_pending() {
                    self.set_result(future, Value::None);
                }
                Ok(())
            }
            Handle::Done { callback, future } => match callback {
                Callback::Wakeup(_) => Ok(()),
                Callback::GatherChild(outer) => {
                    self.gather_child_done(outer, future);
                    Ok(())
                }
                Callback::StopLoop => {
                    // `_run_until_complete_cb`: a future that ended with
                    // `SystemExit` stopped the loop itself already.
                    #[cfg(feature = "asyncio-py")]
                    if future.exited() {
                        future.state.borrow_mut().log_traceback = false;
                        return Ok(());
                    }
                    self.lp.borrow_mut().stopping = true;
                    Ok(())
                }
                #[cfg(feature = "code")]
                Callback::Release(waiter) => {
                    if waiter.is_pending() {
                        self.set_result(waiter, Value::None);
                    }
                    Ok(())
                }
                #[cfg(feature = "asyncio-py")]
                Callback::Call(call) => {
                    let (callable, context) = (call.callable.clone(), call.context.clone());
                    self.in_context(context, || self.run_done_callback(&callable, future))
                }
                #[cfg(feature = "asyncio-py")]
                Callback::CheckCancel(item) => {
                    self.check_cancel(item);
                    Ok(())
                }
            },
        }
    }

    /// Counts one loop iteration or call against the step budget.
    /// A step is work beyond an instruction's (a call, an item a builtin
    /// takes), so it costs computing time too.
    #[inline]
    pub(crate) fn count_step(&self) -> Result<(), crate::error::Raise> {
        #[cfg(feature = "code")]
        self.compute.charge(super::compute::OPS_PER_STEP);
        let steps = self.steps.get() + 1;
        self.steps.set(steps);
        if steps > self.limits.max_steps {
            return Err(self.out_of_steps());
        }
        Ok(())
    }

    #[cold]
    fn out_of_steps(&self) -> crate::error::Raise {
        RunError::new(
            crate::error::RunErrorKind::StepBudget,
            format!(
                "the run made {} loop iterations and calls without finishing; it may loop forever",
                self.limits.max_steps
            ),
        )
        .into()
    }
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        max_steps: 10_000_000,
        max_tasks: 1_000_000,
    };
}
