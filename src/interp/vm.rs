//! The task machine: a task's coroutine as a body the loop resumes
//! (`engine::Coro`), running compiled instructions (`compile.rs`) until it
//! awaits.
//!
//! Awaiting a coroutine pushes its frame on this task's frame stack, as
//! CPython runs an awaited coroutine inside the awaiting task; awaiting a
//! future (or sleeping) stores what the task waits on in the runtime's
//! mailbox and returns `Pending`; the loop's step resumes it again with the
//! outcome. So
//! a step costs no allocation, and a suspended task is its frames and
//! nothing more.

use super::builtins::{self, Kwargs};
use super::code::{Op, NO_KW};
use super::{Compiled, MAX_CALL_DEPTH};
use crate::collect::CollectVec;
#[cfg(feature = "code")]
use crate::engine::freed::Place;
use crate::engine::futures::{FutKind, FutRef};
use crate::engine::timers::TimerHandle;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::trace::EventKind;
use crate::value::dict::Dict;
#[cfg(feature = "code")]
use crate::value::generator::{GenState, Generator};
use crate::value::iter::Iter;
use crate::value::subscript;
use crate::value::{ops, Class, CoroBody, Coroutine, Exc, ExcKind, Exception, Value};
use smallvec::SmallVec;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

/// The longest `asyncio.sleep` the virtual clock accepts, in seconds. The
/// messages spell it out (1000000000): formatting an `f64` anywhere would
/// link the standard library's float formatter, a twentieth of the page.
pub const MAX_SLEEP_SECONDS: f64 = 1e9;

/// A `try` block in effect: where to go, and how much to unwind.
struct Block {
    handler: u32,
    stack: usize,
    iters: usize,
    handling: usize,
}

/// One function call in progress.
struct Frame {
    function: usize,
    pc: usize,
    stack: Vec<Value>,
    slots: Vec<Option<Value>>,
    /// Loops in progress; nearly always at most one, kept inline.
    iters: SmallVec<[Iter; 1]>,
    blocks: Vec<Block>,
    /// Exceptions being handled by `except` blocks, for a bare `raise`,
    /// each with the slot its `as` name binds (`u32::MAX`: none).
    handling: Vec<(Exc, u32)>,
    /// The coroutine whose body this frame runs (none for a plain `def`):
    /// marked finished when the frame ends, however it ends.
    coro: Option<Rc<Coroutine>>,
    /// The exceptions whose tracebacks hold this frame: those caught here,
    /// and those holding a frame this one called when that frame ended
    /// (CPython's frame object then keeps its caller, `f_back`). Whichever
    /// is still alive when this frame ends keeps its variables
    /// (`keep_in_holders`).
    #[cfg(feature = "code")]
    holders: Vec<std::rc::Weak<Exception>>,
    /// Its cells: its cell variables, then its free variables
    /// (`Scopes::cell`).
    #[cfg(feature = "code")]
    cells: Vec<crate::value::Cell>,
    /// The generator whose body this frame runs: a `yield` hands the
    /// frame back to it (`TaskVm::act`).
    #[cfg(feature = "code")]
    agen: Option<Rc<Generator>>,
}

/// A frame let go of with values still in it (a paused generator freed,
/// or a coroutine closed): CPython unwinds its value stack top first, the
/// innermost loop's iterator before the outer's, as the `GeneratorExit`
/// thrown into it leaves, and only then frees its variables in order. A
/// generator paused in each shows it, by when its `finally` runs.
impl Drop for Frame {
    fn drop(&mut self) {
        while let Some(v) = self.stack.pop() {
            drop(v);
        }
        while let Some(it) = self.iters.pop() {
            drop(it);
        }
    }
}

/// A frame's slots: its arguments, then its other locals, unbound.
/// Natively the arguments' vector becomes the slots' when it has room
/// for the locals (collected in place: `Option<Value>` is the size of
/// `Value`), so that a call frees no vector and makes none: 1.5% of a
/// one-step task. (Not in the page's modules, whose budget that would
/// cost 0.17 KB.)
#[cfg(not(target_arch = "wasm32"))]
fn slots_of(args: Vec<Value>, nlocals: usize) -> Vec<Option<Value>> {
    let mut slots: Vec<Option<Value>> = match args.capacity() >= nlocals {
        true => args.into_iter().map(Some).collect(),
        false => {
            let mut slots = Vec::with_capacity(nlocals);
            slots.extend(args.into_iter().map(Some));
            slots
        }
    };
    slots.resize(nlocals.max(slots.len()), None);
    slots
}

/// (The native version's second arm, with the page's resize: shared
/// through one function, the native one-step task ran 0.65% more
/// instructions.)
#[cfg(target_arch = "wasm32")]
#[inline(always)]
fn slots_of(args: Vec<Value>, nlocals: usize) -> Vec<Option<Value>> {
    let mut slots: Vec<Option<Value>> = Vec::with_capacity(nlocals.max(args.len()));
    slots.extend(args.into_iter().map(Some));
    slots.resize(slots.capacity(), None);
    slots
}

impl Frame {
    /// Ends the `except` blocks handling exceptions past the first `keep`,
    /// which an exception raised in them leaves: Python deletes each one's
    /// `as` name on that way out too.
    fn end_handlers(&mut self, keep: usize) {
        // The first download has no `except`: nothing is handled there.
        #[cfg(feature = "code")]
        for (_, slot) in self.handling.drain(keep.min(self.handling.len())..) {
            if let Some(bound) = self.slots.get_mut(slot as usize) {
                *bound = None;
            }
        }
        #[cfg(not(feature = "code"))]
        self.handling.truncate(keep);
    }

    fn new(function: usize, nlocals: usize, args: Vec<Value>) -> Frame {
        let slots = slots_of(args, nlocals);
        Frame {
            function,
            pc: 0,
            // Small vectors: a suspended task is mostly its frames, and most
            // tasks have one frame with a shallow stack and one loop.
            stack: Vec::with_capacity(4),
            slots,
            iters: SmallVec::new(),
            blocks: Vec::new(),
            handling: Vec::new(),
            coro: None,
            #[cfg(feature = "code")]
            holders: Vec::new(),
            #[cfg(feature = "code")]
            cells: Vec::new(),
            #[cfg(feature = "code")]
            agen: None,
        }
    }

    /// An `except` (or a `with`'s exit, or `except*`'s clauses) begins
    /// handling `exc`, its `as` name in `slot`: the innermost handled
    /// exception now, which the code this frame calls sees
    /// (`TaskVm::publish`).
    #[cfg(feature = "code")]
    fn begin_handling(&mut self, rt: &Runtime, exc: Exc, slot: u32) {
        *rt.handling.borrow_mut() = Some(exc.clone());
        self.handling.push((exc, slot));
    }

    /// After an `except` ended: tells the runtime what this frame still
    /// handles. False when it handles nothing, and what the machine
    /// handles is below it (`Action::Publish`).
    #[cfg(feature = "code")]
    fn republish(&self, rt: &Runtime) -> bool {
        let Some((exc, _)) = self.handling.last() else {
            return false;
        };
        *rt.handling.borrow_mut() = Some(exc.clone());
        true
    }

    /// `exceptions` hold this frame in their tracebacks from now on.
    #[cfg(feature = "code")]
    fn hold(&mut self, exceptions: &[Exc]) {
        self.holders.retain(|h| h.strong_count() > 0);
        for e in exceptions {
            if !self
                .holders
                .iter()
                .any(|h| std::ptr::eq(h.as_ptr(), Rc::as_ptr(e)))
            {
                self.holders.push(Rc::downgrade(e));
            }
        }
    }

    /// The frame ends: a coroutine (or async generator) it ran can never
    /// run again.
    fn finish(&self) {
        if let Some(coro) = &self.coro {
            coro.finished.set(true);
        }
        #[cfg(feature = "code")]
        if let Some(agen) = &self.agen {
            *agen.state.borrow_mut() = GenState::Finished;
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        // Not `unwrap_or(Value::None)`, which builds and drops a `None`
        // on every pop (a call to `Value`'s drop glue).
        match self.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }
}

/// What the task is suspended on, and so what resuming it means.
enum Waiting {
    Nothing,
    /// `await future`: resume with its result.
    Future(FutRef),
    /// `asyncio.sleep(d, result)`: resume with `result`, and cancel the
    /// timer (CPython's `finally: h.cancel()`).
    Sleep(Rc<TimerHandle>, Value),
    /// Inside `asyncio.wait_for`, which goes on from where it was.
    #[cfg(feature = "code")]
    WaitFor(Box<super::wait_for::WaitFor>),
    /// `asyncio.sleep(0, result)`: resume with `result`.
    Yield(Value),
    /// `asyncio.sleep(0)`: resume with None. (Apart from `Yield`, so that
    /// the commonest suspension writes one byte, not a value.)
    YieldNone,
    /// Not waiting: the coroutine has ended with this outcome, which
    /// `take_ended` hands over (`Stopped::Ended`). Kept here, where a pending
    /// task has room for it, not in a field of its own.
    Ended(Result<Value, Raise>),
    /// `asyncio.run(main())` in the module's code: resume with main's
    /// result, or raise its exception, which is then in a reference cycle
    /// (`Exception::escaped_run`).
    #[cfg(feature = "code")]
    Run(FutRef),
}

/// A task's coroutine.
pub(crate) struct TaskVm {
    rt: Rc<Runtime>,
    /// The program's instructions, which every task's machine shares.
    m: Rc<Compiled>,
    /// The coroutine, until the first poll starts it.
    coro: Option<Rc<Coroutine>>,
    /// The call stack; the task's own coroutine's frame is kept inline, so a
    /// step touches one allocation less.
    frames: SmallVec<[Frame; 1]>,
    waiting: Waiting,
    /// The awaiting statement drops the value it resumes with.
    discard: bool,
    /// What runs this machine, which says how deep its frames may go.
    #[cfg(feature = "code")]
    stack: Stack,
    /// The exception this step threw into the task (what it awaited
    /// raised, or its cancellation). CPython's `task_wakeup` holds it
    /// until the step returns, so what only it keeps alive (a cancelled
    /// task's traceback, caught and let go) is freed in `Handle._run`,
    /// not where the `except` ends.
    thrown: Option<Exc>,
    /// The exception the code that polls this machine is handling (the
    /// runtime's `handling` as the step began): the caller's, for a
    /// generator's step or a `key=` function a builtin runs; for a task,
    /// what the loop's driver handles (main's, as `asyncio.run` shuts
    /// down). A bare `raise` and implicit chaining look here once this
    /// machine's own frames handle nothing, as CPython's exception-state
    /// chain goes on from a generator's frame into its caller's.
    #[cfg(feature = "code")]
    outer: Option<Exc>,
    /// How many frames, from the bottom, an exception thrown into the task
    /// this step is still passing back through (`throw`); 0 once none.
    #[cfg(feature = "code")]
    throw_levels: usize,
    /// The `aclose()` this machine runs was thrown into before its first
    /// step, and so is still unstarted: the next value sent throws
    /// `GeneratorExit` into its generator (`async_gen_athrow_send`).
    #[cfg(feature = "code")]
    close_pending: bool,
}

/// Where a run of the machine stopped: suspended, or its coroutine ended,
/// the outcome then kept in `Waiting::Ended` until `take_ended` hands it
/// over.
/// One byte passes up from `act` through `execute`, `run` and `step`:
/// moving the outcome itself up those calls, a nested enum written a
/// field at a time and read back whole, stalled the CPU's store
/// forwarding at every return (ARCHITECTURE.md, "Performance").
#[derive(Clone, Copy)]
enum Stopped {
    Suspended,
    Ended,
}

/// What a machine runs on, for CPython's recursion limit: Python frames
/// below its own count towards the thread's 1,000.
#[cfg(feature = "code")]
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stack {
    /// The module's code, whose frame is the thread's first.
    Module,
    /// A task's coroutine, stepped by the loop, whose own code holds
    /// frames below it (`Runtime::frames_below_tasks`).
    Task,
    /// A function a builtin calls back, a generator's step, a thread's
    /// function: the frames below are not counted, so a recursion there
    /// stops at `MAX_CALL_DEPTH`, refused, rather than guess where
    /// CPython's limit falls.
    Nested,
}

/// CPython's recursion limit (`sys.getrecursionlimit()`).
#[cfg(feature = "code")]
const RECURSION_LIMIT: usize = 1000;

impl TaskVm {
    pub fn new(
        rt: Rc<Runtime>,
        m: Rc<Compiled>,
        coro: Rc<Coroutine>,
        #[cfg(feature = "code")] stack: Stack,
    ) -> TaskVm {
        TaskVm {
            rt,
            m,
            coro: Some(coro),
            frames: SmallVec::new(),
            waiting: Waiting::Nothing,
            discard: false,
            #[cfg(feature = "code")]
            stack,
            thrown: None,
            #[cfg(feature = "code")]
            outer: None,
            #[cfg(feature = "code")]
            throw_levels: 0,
            #[cfg(feature = "code")]
            close_pending: false,
        }
    }

    /// The coroutine ended with `outcome`, which `take_ended` gives.
    fn end(&mut self, outcome: Result<Value, Raise>) -> Stopped {
        self.waiting = Waiting::Ended(outcome);
        Stopped::Ended
    }

    /// Starts the task's coroutine (the first `send(None)`), or, for an
    /// `aclose()` thrown into before its first step, throws `thrown` into
    /// its generator instead of `GeneratorExit` (`async_gen_athrow_throw`):
    /// the `aclose()` is then still unstarted, and the next value sent
    /// throws `GeneratorExit` in (`close_pending`).
    fn start(
        &mut self,
        coro: Rc<Coroutine>,
        #[cfg(feature = "code")] thrown: Option<Exc>,
    ) -> Result<Option<Stopped>, Raise> {
        #[cfg(feature = "code")]
        let entered = match (&coro.body, thrown) {
            // `aclose()` then closes on its next send; `athrow()` has
            // thrown (`async_gen_athrow_throw` hands the throw on).
            (CoroBody::AsyncGenClose(agen, athrown), Some(thrown)) => {
                coro.started.set(true);
                self.close_pending = athrown.is_none();
                self.close_agen(agen, Some(thrown), athrown.is_none())
            }
            _ => self.enter(&coro, true),
        };
        #[cfg(not(feature = "code"))]
        let entered = self.enter(&coro, true);
        Ok(match entered? {
            Some(v) => Some(self.end(Ok(v))),
            None if matches!(self.waiting, Waiting::Nothing) => None,
            None => Some(Stopped::Suspended),
        })
    }

    /// Begins running a coroutine in this task, for the task itself or for
    /// `await coro`: `Some(v)` when it completes at once; `None` when a frame
    /// was pushed (run it) or the task suspended (`waiting` says on what).
    ///
    /// A coroutine runs once. Finished, it raises CPython's "cannot reuse
    /// already awaited coroutine"; suspended in another await, "coroutine
    /// is being awaited already". A task whose coroutine someone else has
    /// already started would resume it from where that one left it, one
    /// coroutine driven by two tasks, which the engine does not model.
    fn enter(&mut self, coro: &Rc<Coroutine>, by_task: bool) -> Result<Option<Value>, Raise> {
        #[cfg(feature = "code")]
        if let CoroBody::AsyncGenNext(agen, _) | CoroBody::AsyncGenClose(agen, _) = &coro.body {
            let next = matches!(coro.body, CoroBody::AsyncGenNext(..));
            if coro.started.replace(true) {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    match next {
                        true => "cannot reuse already awaited __anext__()/asend()",
                        false => "cannot reuse already awaited aclose()/athrow()",
                    },
                )));
            }
            return match &coro.body {
                // `asend(value)`: what the `yield` evaluates to. (A plain
                // generator's `send` has set it already.)
                CoroBody::AsyncGenNext(agen, sent) => {
                    if !matches!(sent, Value::None) {
                        *agen.sent.borrow_mut() = sent.clone();
                    }
                    self.resume_agen(agen)
                }
                #[cfg(feature = "asyncio-py")]
                CoroBody::AsyncGenClose(agen, Some(thrown)) => {
                    self.throw_agen(agen, thrown.clone())
                }
                // (`async_gen_athrow_send`: a finished generator's
                // `aclose()` is done before the running check.)
                #[cfg(feature = "asyncio-py")]
                _ if agen.stuck_running.get()
                    && !matches!(&*agen.state.borrow(), GenState::Finished) =>
                {
                    Err(Raise::Exc(already_running("aclose")))
                }
                _ => self.close_agen(agen, None, true),
            };
        }
        if coro.started.replace(true) {
            // Still running somewhere (the forms never get here: they use
            // each coroutine once).
            #[cfg(feature = "code")]
            if !coro.finished.get() {
                if by_task {
                    return Err(RunError::unsupported(format!(
                        "a task resumes the coroutine {}(), which another task or await already started: one coroutine driven by two tasks is not modelled; pass each task a coroutine of its own",
                        coro.name()
                    )));
                }
                return Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    "coroutine is being awaited already",
                )));
            }
            #[cfg(not(feature = "code"))]
            let _ = by_task;
            return Err(Raise::Exc(Exception::new(
                ExcKind::RuntimeError,
                "cannot reuse already awaited coroutine",
            )));
        }
        match &coro.body {
            CoroBody::Function {
                index,
                args,
                #[cfg(feature = "code")]
                closure,
                ..
            } => {
                #[cfg_attr(not(feature = "code"), allow(unused_mut))]
                let mut args = std::mem::take(&mut *args.borrow_mut());
                // `asyncio.run(main())`'s coroutine is made by the runner,
                // which knows no parameters: main's defaults go in here.
                // (The forms' main has none.)
                #[cfg(feature = "code")]
                if let Some(Value::Function(f)) = self.m.functions.get(*index) {
                    if args.len() < f.def().params.len() {
                        args =
                            super::builtins::bind(f.def(), &f.defaults, args, Default::default())?;
                    }
                }
                self.push_frame(
                    *index,
                    args,
                    #[cfg(feature = "code")]
                    closure.take(),
                )?;
                if let Some(frame) = self.frames.last_mut() {
                    frame.coro = Some(coro.clone());
                }
                Ok(None)
            }
            body => {
                coro.finished.set(true);
                let entered = match body {
                    CoroBody::Sleep(delay, result) => self.sleep(delay, result.clone()),
                    // With a default executor, its thread shuts it down
                    // and the task waits for the future it completes.
                    #[cfg(feature = "asyncio-py")]
                    CoroBody::Internal("shutdown_default_executor") => {
                        match self.rt.shutdown_default_executor() {
                            Some(done) => self.await_value(Value::Future(done)),
                            None => Ok(Some(Value::None)),
                        }
                    }
                    #[cfg(feature = "code")]
                    CoroBody::WaitFor { aw, timeout } => {
                        let next = super::wait_for::start(&self.rt, aw.clone(), timeout);
                        self.wait_for(next)
                    }
                    _ => Ok(Some(Value::None)),
                };
                // These are Python code in CPython (`sleep`, `wait_for`, in
                // tasks.py): what they raise (`delay <= 0` of a bad delay)
                // has their frame in its traceback, even when a task runs
                // them directly. (The first download reports every
                // exception so.)
                #[cfg(feature = "code")]
                if let Err(Raise::Exc(e)) = &entered {
                    e.mark_raised();
                }
                entered
            }
        }
    }

    /// Awaiting `agen.__anext__()`: its frame goes on this task's stack,
    /// to run to its next `yield` (`act`), returning `StopAsyncIteration`
    /// once its body has ended. A plain generator's next step starts the
    /// same way, on a machine of its own (`Compiled::resume`), with what
    /// `send` gave it, and ends in `StopIteration`.
    #[cfg(feature = "code")]
    fn resume_agen(&mut self, agen: &Rc<Generator>) -> Result<Option<Value>, Raise> {
        let sent = agen.sent.replace(Value::None);
        #[cfg(feature = "asyncio-py")]
        if agen.stuck_running.get() {
            return Err(Raise::Exc(already_running("anext")));
        }
        let state = agen.state.replace(GenState::Running);
        match state {
            GenState::Created { .. } if !matches!(sent, Value::None) => {
                *agen.state.borrow_mut() = state;
                return Err(Raise::Exc(Exception::new(
                    ExcKind::TypeError,
                    match agen.is_async() {
                        true => "can't send non-None value to a just-started async generator",
                        false => "can't send non-None value to a just-started generator",
                    },
                )));
            }
            GenState::Created {
                index,
                args,
                closure,
            } => {
                // asyncio's `firstiter` hook: the loop keeps it, weakly.
                if agen.is_async() {
                    self.rt.asyncgens.borrow_mut().push(Rc::downgrade(agen));
                }
                self.push_frame(index, args, closure)?
            }
            GenState::Suspended(frame) => {
                let mut frame = agen_frame(frame)?;
                // What the `yield` evaluates to: `__anext__` sends None.
                frame.stack.push(sent);
                self.rt.count_step()?;
                let handled = !frame.handling.is_empty();
                self.frames.push(*frame);
                if handled {
                    self.publish();
                }
            }
            other => {
                let running = matches!(other, GenState::Running);
                *agen.state.borrow_mut() = other;
                return Err(Raise::Exc(match (running, agen.is_async()) {
                    (true, true) => already_running("anext"),
                    (true, false) => crate::value::iter::already_executing(),
                    (false, true) => Exception::with_args(ExcKind::StopAsyncIteration, Vec::new()),
                    (false, false) => Exception::with_args(ExcKind::StopIteration, Vec::new()),
                }));
            }
        }
        if let Some(frame) = self.frames.last_mut() {
            frame.agen = Some(agen.clone());
        }
        Ok(None)
    }

    /// Awaiting `agen.aclose()`: a generator paused at a `yield` gets its
    /// frame back on this task's stack with `GeneratorExit` raised there
    /// (the error returned is raised in that frame), so its `finally`
    /// blocks run; one not started or finished is closed at once.
    ///
    /// With `close` false, `thrown` is raised at the `yield` as by
    /// `throw()` (see `throw_agen`), and the generator may go on.
    #[cfg(feature = "code")]
    fn close_agen(
        &mut self,
        agen: &Rc<Generator>,
        thrown: Option<Exc>,
        close: bool,
    ) -> Result<Option<Value>, Raise> {
        let state = agen.state.replace(GenState::Running);
        match state {
            GenState::Suspended(frame) => {
                let mut frame = agen_frame(frame)?;
                self.rt.count_step()?;
                frame.agen = Some(agen.clone());
                agen.closing.set(close);
                self.frames.push(*frame);
                let exc = thrown.unwrap_or_else(|| Exception::bare(ExcKind::GeneratorExit));
                // `aclose()` and `throw()` throw it in (`_gen_throw`),
                // chained to what the generator handles; `close()` sets it
                // first (`gen_close`), chained to what its caller handles.
                if agen.is_async() || !close {
                    self.chain_to_own(&exc);
                    exc.settle_context();
                }
                Err(Raise::Exc(exc))
            }
            GenState::Running => {
                *agen.state.borrow_mut() = GenState::Running;
                Err(Raise::Exc(match (agen.is_async(), close) {
                    (true, true) => already_running("aclose"),
                    (true, false) => already_running("athrow"),
                    (false, _) => crate::value::iter::already_executing(),
                }))
            }
            state @ (GenState::Created { .. } | GenState::Finished) => {
                *agen.state.borrow_mut() = GenState::Finished;
                match thrown {
                    // Thrown into a body that never ran, it leaves that
                    // body at once, as any exception leaving it does (PEP
                    // 479's RuntimeError for what ends an iteration).
                    Some(e) if !close && matches!(state, GenState::Created { .. }) => {
                        let message = pep_479_message(e.kind, Some(agen.is_async()), false);
                        Err(Raise::Exc(match message {
                            Some(message) => pep_479(e, message),
                            None => e,
                        }))
                    }
                    Some(e) => Err(Raise::Exc(e)),
                    None => Ok(Some(Value::None)),
                }
            }
        }
    }

    /// Awaiting `agen.athrow(exc)`, or a plain generator's `throw(exc)`:
    /// `exc` raised at the paused `yield` (`close_agen` without closing).
    /// A finished async generator's `athrow` returns None and one being
    /// closed raises `StopAsyncIteration` (3.11's
    /// `async_gen_athrow_send`); a plain generator's raises `exc` itself.
    #[cfg(feature = "asyncio-py")]
    fn throw_agen(&mut self, agen: &Rc<Generator>, thrown: Exc) -> Result<Option<Value>, Raise> {
        if agen.is_async() {
            if matches!(&*agen.state.borrow(), GenState::Finished) {
                return Ok(Some(Value::None));
            }
            if agen.stuck_running.get() {
                return Err(Raise::Exc(already_running("athrow")));
            }
            if agen.closing.get() {
                return Err(Raise::Exc(Exception::with_args(
                    ExcKind::StopAsyncIteration,
                    Vec::new(),
                )));
            }
        }
        self.close_agen(agen, Some(thrown), false)
    }

    fn push_frame(
        &mut self,
        function: usize,
        args: Vec<Value>,
        #[cfg(feature = "code")] closure: crate::value::Closure,
    ) -> Result<(), Raise> {
        // CPython's RecursionError where its limit is known to fall: the
        // frames below this machine's, and its own, reach 1,000.
        #[cfg(feature = "code")]
        let below = match self.stack {
            Stack::Module => Some(0),
            Stack::Task => Some(self.rt.frames_below_tasks.get()),
            Stack::Nested => None,
        };
        #[cfg(feature = "code")]
        if below.is_some_and(|below| self.frames.len() + below >= RECURSION_LIMIT) {
            return Err(Raise::Exc(Exception::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            )));
        }
        #[cfg(not(feature = "code"))]
        let below: Option<usize> = None;
        if below.is_none() && self.frames.len() >= MAX_CALL_DEPTH {
            return Err(RunError::limit(format!(
                "calls nested more than {MAX_CALL_DEPTH} deep; look for a function that calls or awaits itself without end"
            )));
        }
        // Calls count against the budget, so recursion cannot run forever.
        self.rt.count_step()?;
        // asyncio's Python half from a thread's code (its own `to_thread`
        // wrapper, the thread's first frame, aside).
        #[cfg(feature = "asyncio-py")]
        if !self.frames.is_empty()
            && self.rt.in_thread()
            && self.m.scopes.in_library(function)
            && !crate::asyncio_py::runs_in_threads(&self.m.scopes.function_name(function))
        {
            let name = self.m.scopes.function_name(function);
            let (owner, name) = name.rsplit_once('.').unwrap_or(("asyncio", &name));
            super::builtins::refuse_in_thread(&self.rt, owner, name)?;
        }
        let code = &self.m.code[function];
        #[cfg_attr(not(feature = "code"), allow(unused_mut))]
        let mut frame = Frame::new(function, code.slot_names.len(), args);
        // Its cell variables, a parameter's with the argument moved in
        // (`MAKE_CELL`), then its closure's cells (`COPY_FREE_VARS`).
        #[cfg(feature = "code")]
        if !code.cell_params.is_empty() || closure.is_some() {
            let mut cells: Vec<crate::value::Cell> = Vec::new();
            for &slot in &code.cell_params {
                let value = frame.slots.get_mut(slot as usize).and_then(Option::take);
                cells.push(Rc::new(std::cell::RefCell::new(value)));
            }
            cells.extend(closure.iter().flat_map(|c| c.iter().cloned()));
            frame.cells = cells;
        }
        self.frames.push(frame);
        Ok(())
    }

    /// The value the awaiting expression produces now that the task is
    /// resumed with `outcome`.
    /// `None` when it suspends again (inside `wait_for`).
    fn resumed(&mut self, outcome: Result<(), Exc>) -> Result<Option<Value>, Raise> {
        let waiting = std::mem::replace(&mut self.waiting, Waiting::Nothing);
        if let Waiting::Sleep(timer, _) = &waiting {
            timer.cancel();
        }
        #[cfg(feature = "code")]
        if let Waiting::WaitFor(state) = waiting {
            // Thrown into `wait_for`'s own frame, which handles nothing
            // then: chained to nothing, now or when it raises it again.
            if let Err(e) = &outcome {
                e.settle_context();
            }
            let next = (*state).resume(&self.rt, outcome);
            return self.wait_for(next);
        }
        // Main's exception out of `asyncio.run`: in a cycle with its task.
        #[cfg(feature = "code")]
        let waiting = match waiting {
            Waiting::Run(f) => {
                let escaped = match &outcome {
                    Err(e) => Some(e.clone()),
                    Ok(()) => f.result().err(),
                };
                if let Some(e) = escaped {
                    e.escaped_run.set(true);
                }
                Waiting::Future(f)
            }
            w => w,
        };
        if let Err(e) = &outcome {
            self.thrown = Some(e.clone());
        }
        outcome?;
        match waiting {
            Waiting::Future(f) => match f.result() {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    self.thrown = Some(e.clone());
                    Err(Raise::Exc(e))
                }
            },
            Waiting::Sleep(_, result) | Waiting::Yield(result) => Ok(Some(result)),
            _ => Ok(Some(Value::None)),
        }
    }

    /// Where `asyncio.wait_for` went: its value, or a suspension (`None`).
    #[cfg(feature = "code")]
    fn wait_for(&mut self, next: super::wait_for::Next) -> Result<Option<Value>, Raise> {
        use super::wait_for::Next;
        match next {
            Next::Done(result) => result.map(Some),
            Next::Suspend(state) => {
                self.waiting = Waiting::WaitFor(state);
                Ok(None)
            }
            Next::Await(aw) => self.await_value(aw),
        }
    }

    /// `await asyncio.sleep(delay)`: always suspends (`None`); errors in
    /// the delay raise. (`result` is moved in, not cloned from a borrow:
    /// a `sleep(0)` step measured a tenth faster, `cargo bench --bench
    /// step_cost`.)
    fn sleep(&mut self, delay: &Value, result: Value) -> Result<Option<Value>, Raise> {
        let seconds = seconds(delay)?;
        if seconds.is_nan() || seconds > MAX_SLEEP_SECONDS {
            return Err(RunError::limit(format!(
                "asyncio.sleep({}) is outside what the virtual clock models; sleep at most 1000000000 seconds",
                delay.repr()
            )));
        }
        if seconds <= 0.0 {
            self.yield_once(result);
            return Ok(None);
        }
        let rt = &self.rt;
        let future = rt.new_future(FutKind::Plain);
        let timer = rt.call_later(seconds, future.clone(), result.clone());
        let task = rt.current_slot();
        if let Some(task) = task {
            let until = timer.when;
            rt.emit(|| EventKind::Sleeping {
                task,
                delay: seconds,
                until,
            });
        }
        rt.suspend_on(&future);
        self.waiting = Waiting::Sleep(timer, result);
        Ok(None)
    }

    /// `__sleep0`: a bare yield, one trip round the loop, resumed with
    /// `result`.
    fn yield_once(&mut self, result: Value) {
        self.rt.yield_now();
        self.wait(match result {
            Value::None => Waiting::YieldNone,
            result => Waiting::Yield(result),
        });
    }

    /// What the machine waits for now. The one before is nearly always
    /// `Nothing` or `YieldNone`, which hold nothing: checked here, inline,
    /// so that a `sleep(0)` step does not call out twice to `Waiting`'s
    /// drop glue (4% of its instructions).
    #[inline(always)]
    fn wait(&mut self, next: Waiting) {
        match std::mem::replace(&mut self.waiting, next) {
            before @ (Waiting::Nothing | Waiting::YieldNone) => std::mem::forget(before),
            before => drop(before),
        }
    }

    /// `await value`: `Some(v)` when it completes at once, `None` when the
    /// task suspends or a frame was pushed.
    fn await_value(&mut self, v: Value) -> Result<Option<Value>, Raise> {
        match v {
            Value::Coroutine(c) => self.enter(&c, false),
            Value::Future(f) => {
                if !f.is_pending() {
                    return Ok(Some(f.result()?));
                }
                self.rt.suspend_on(&f);
                // A future of the program's or of asyncio's Python half
                // (`loop.create_future()`): the engine says what waits on
                // it only for the futures it makes itself.
                #[cfg(feature = "asyncio-py")]
                if let (FutKind::Plain, Some(task)) = (&f.kind, self.rt.current_slot()) {
                    self.rt.emit(|| EventKind::Waiting {
                        task,
                        on: f.repr(),
                        primitive: self.waiting_in().map(str::to_string),
                    });
                }
                self.waiting = Waiting::Future(f);
                Ok(None)
            }
            other => Err(Raise::Exc(Exception::new(
                ExcKind::TypeError,
                format!(
                    "object {} can't be used in 'await' expression",
                    other.cpython_type_name()
                ),
            ))),
        }
    }

    /// The primitive of asyncio's Python half (`trace::PRIMITIVES`)
    /// the task waits in: the class of the first of its frames, from its
    /// own coroutine's, that runs a method of the library's, as the
    /// program called it (`q.join()` waits in a `Queue`, though the
    /// future is an `Event`'s). A subclass of the program's counts as the
    /// library class it derives from.
    #[cfg(feature = "asyncio-py")]
    fn waiting_in(&self) -> Option<&'static str> {
        let frame = self
            .frames
            .iter()
            .find(|f| self.m.scopes.in_library(f.function))?;
        let Some(Some(Value::Instance(this))) = frame.slots.first() else {
            return None;
        };
        this.class.primitive()
    }

    /// The exception being handled nearest the top of this machine's
    /// frames, else its poller's (`outer`): what CPython's exception-state
    /// chain finds first.
    #[cfg(feature = "code")]
    fn innermost_handled(&self) -> Option<Exc> {
        match self.frames.iter().rev().find_map(|f| f.handling.last()) {
            Some((handled, _)) => Some(handled.clone()),
            None => self.outer.clone(),
        }
    }

    /// Tells the runtime what this machine now handles, for the code it
    /// calls next (see `poll`). Called wherever the innermost handled
    /// exception may have changed other than by an `except` being entered.
    #[cfg(feature = "code")]
    fn publish(&self) {
        *self.rt.handling.borrow_mut() = self.innermost_handled();
    }

    /// `exc` thrown into the task where it waits (`coro.throw(exc)`, what
    /// it awaited having failed or been cancelled). CPython's `_gen_throw`
    /// hands it down the chain of awaits without making their exception
    /// states current, and `gen_send_ex2` chains it, at the coroutine that
    /// receives it and at each one it then leaves back up that chain, to
    /// that coroutine's own handled exception only
    /// (`_PyErr_ChainStackItem`): never to one a coroutine further out
    /// handles (`unwind` does the leaving).
    /// Out of `wait_for` (a coroutine of asyncio's between) during a
    /// throw, the same: it was chained in `wait_for`'s frame first.
    #[cfg(feature = "code")]
    fn throw(&mut self, exc: Exc) -> Option<Stopped> {
        self.chain_to_own(&exc);
        exc.settle_context();
        self.throw_levels = self.frames.len();
        self.raise(exc)
    }

    /// Chains `exc` to what the top frame itself handles, if anything.
    /// (Not settled: `raise` settles what it is about to raise, and a
    /// flag left on an exception unwinding would outlive this raise.)
    #[cfg(feature = "code")]
    fn chain_to_own(&self, exc: &Exc) {
        if let Some((handled, _)) = self.frames.last().and_then(|f| f.handling.last()) {
            exc.set_context(handled);
        }
    }

    /// Raises `exc` where the task is: into the innermost `try`, else out of
    /// frames one by one. `Some` when it leaves the task.
    fn raise(&mut self, exc: Exc) -> Option<Stopped> {
        #[cfg(feature = "code")]
        {
            exc.mark_raised();
            // Raised while another is handled here: that one is its
            // context, unless it comes chained already out of code a
            // builtin ran.
            if !exc.take_settled() {
                if let Some(handled) = self.innermost_handled() {
                    exc.set_context(&handled);
                }
            }
        }
        let step = self.unwind(exc);
        #[cfg(feature = "code")]
        self.publish();
        step
    }

    /// `raise`'s unwinding, once `exc` is chained.
    #[cfg_attr(not(feature = "code"), allow(unused_mut))]
    fn unwind(&mut self, mut exc: Exc) -> Option<Stopped> {
        let rt = self.rt.clone();
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Some(self.end(Err(Raise::Exc(exc))));
            };
            if let Some(block) = frame.blocks.pop() {
                frame.stack.truncate(block.stack);
                frame.iters.truncate(block.iters);
                frame.end_handlers(block.handling);
                #[cfg(feature = "code")]
                {
                    report_freed_where_raised(&rt, &self.m, frame);
                    frame.hold(std::slice::from_ref(&exc));
                }
                frame.stack.push(Value::Exception(exc));
                frame.pc = block.handler as usize;
                return None;
            }
            frame.finish();
            #[cfg(feature = "code")]
            let holders = match keep_in_holders(frame, Some(&exc)) {
                Ok(holders) => holders,
                Err(stop) => {
                    let stop = located(stop, &rt, &self.m, frame, 1);
                    return Some(self.end(Err(stop)));
                }
            };
            leave_in_traceback(&rt, &self.m, frame, &exc);
            #[cfg(feature = "code")]
            let agen = frame.agen.as_ref().map(|a| a.is_async());
            #[cfg(feature = "code")]
            let coroutine = agen.is_none()
                && matches!(&self.m.functions[frame.function], Value::Function(f) if f.def().is_async);
            #[cfg(feature = "code")]
            let closing = frame.agen.as_ref().is_some_and(|a| a.closing.get());
            self.frames.pop();
            // On into its caller: CPython's traceback gains the caller's
            // frame.
            #[cfg(feature = "asyncio-py")]
            exc.new_traceback();
            // A generator's or a coroutine's body may not end by raising
            // what ends an iteration (PEP 479): CPython's `gen_send_ex2`
            // makes that a RuntimeError, caused by it.
            #[cfg(feature = "code")]
            let message = pep_479_message(exc.kind, agen, coroutine);
            #[cfg(feature = "code")]
            if let Some(message) = message {
                exc = pep_479(exc, message);
            }
            // `GeneratorExit` leaving a generator being closed is the
            // close done: `aclose()` returns None.
            #[cfg(feature = "code")]
            if closing && exc.kind == ExcKind::GeneratorExit {
                if self.frames.is_empty() {
                    return Some(self.end(Ok(Value::None)));
                }
                self.push(Value::None);
                return None;
            }
            #[cfg(feature = "code")]
            if let Some(caller) = self.frames.last_mut() {
                caller.hold(&holders);
            }
            // Back up a chain of awaits a throw came down: chained there.
            #[cfg(feature = "code")]
            if self.frames.len() < self.throw_levels {
                self.throw_levels = self.frames.len();
                self.chain_to_own(&exc);
            }
            if self.frames.is_empty() {
                return Some(self.end(Err(Raise::Exc(exc))));
            }
        }
    }

    /// Runs instructions until the task suspends, returns or raises.
    fn run(&mut self) -> Stopped {
        loop {
            match self.execute() {
                Ok(Some(step)) => return step,
                Ok(None) => {}
                Err(Raise::Exc(exc)) => {
                    if let Some(step) = self.raise(exc) {
                        return step;
                    }
                }
                Err(stop @ Raise::Stop(_)) => return self.end(Err(stop)),
            }
        }
    }

    /// Executes instructions until the task suspends or finishes (`Some`);
    /// an `Err` goes back to `run`, which unwinds it and calls again.
    fn execute(&mut self) -> Result<Option<Stopped>, Raise> {
        loop {
            let action = {
                let Some(frame) = self.frames.last_mut() else {
                    return Ok(Some(self.end(Ok(Value::None))));
                };
                let (rt, m) = (&self.rt, &self.m);
                // A failed instruction leaves `pc` just past itself.
                run_frame(rt, m, frame).map_err(|e| located(e, rt, m, frame, 1))?
            };
            // A failed action was asked for by the instruction before `pc`.
            match self.act(action) {
                Ok(None) => {}
                Ok(step) => return Ok(step),
                Err(e) => {
                    return Err(match self.frames.last() {
                        Some(frame) => located(e, &self.rt, &self.m, frame, 1),
                        None => e,
                    })
                }
            }
        }
    }

    /// Does what the top frame asked for; `Some` when the task suspends or
    /// finishes.
    fn act(&mut self, action: Action) -> Result<Option<Stopped>, Raise> {
        match action {
            Action::Enter(function, args) => self.push_frame(
                function.index,
                args,
                #[cfg(feature = "code")]
                function.closure.clone(),
            )?,
            #[cfg(feature = "code")]
            Action::Reraise => {
                return Err(Raise::Exc(self.innermost_handled().unwrap_or_else(|| {
                    Exception::new(ExcKind::RuntimeError, "No active exception to reraise")
                })));
            }
            #[cfg(feature = "code")]
            Action::Publish => self.publish(),
            #[cfg(feature = "code")]
            Action::RunLoop(main) => {
                self.rt.suspend_on(&main);
                self.waiting = Waiting::Run(main);
                return Ok(Some(Stopped::Suspended));
            }
            Action::Await => {
                let awaited = self.pop();
                match self.await_value(awaited)? {
                    Some(v) => self.push(v),
                    None if matches!(self.waiting, Waiting::Nothing) => {}
                    None => return Ok(Some(Stopped::Suspended)),
                }
            }
            #[cfg(feature = "asyncio-py")]
            Action::Block => {
                self.discard = true;
                return Ok(Some(Stopped::Suspended));
            }
            Action::YieldNow => {
                // `yield_once(Value::None)` written out: called (even
                // `#[inline(always)]`), a step ran 1% more instructions.
                self.rt.yield_now();
                self.wait(Waiting::YieldNone);
                self.discard = true;
                return Ok(Some(Stopped::Suspended));
            }
            Action::Sleep => {
                // (`sleep(0)` written so is `Action::YieldNow`.)
                let delay = self.pop();
                // `async def sleep(delay)`: what its frame raises
                // (`delay <= 0` on a bad delay) keeps that frame, and
                // `delay`.
                self.sleep(&delay, Value::None)
                    .map_err(|e| kept_in_traceback(e, vec![delay.clone()]))?;
                self.discard = true;
                return Ok(Some(Stopped::Suspended));
            }
            #[cfg(feature = "code")]
            Action::Yield => {
                let v = self.pop();
                let Some(mut frame) = self.frames.pop() else {
                    return Ok(None);
                };
                self.throw_levels = self.throw_levels.min(self.frames.len());
                let Some(agen) = frame.agen.take() else {
                    return Err(RunError::internal("`yield` outside a generator's frame").into());
                };
                if agen.closing.get() {
                    // `athrow`'s check: a generator being closed may not
                    // yield. It stays closed, its frame left unfinished
                    // (and no longer running, even after a throw).
                    *agen.state.borrow_mut() = GenState::Finished;
                    #[cfg(feature = "asyncio-py")]
                    agen.stuck_running.set(false);
                    drop(frame);
                    let error = Exception::new(
                        ExcKind::RuntimeError,
                        match agen.is_async() {
                            true => "async generator ignored GeneratorExit",
                            false => "generator ignored GeneratorExit",
                        },
                    );
                    // A task running `aclose()` itself gets it from C, with
                    // no frame of the program's on the way.
                    if self.frames.is_empty() {
                        return Ok(Some(self.end(Err(Raise::Exc(error)))));
                    }
                    return Err(Raise::Exc(error));
                }
                agen.paused_in_try.set(!frame.blocks.is_empty());
                // A generator paused inside an `except` takes what it
                // handles away with it.
                let handled = !frame.handling.is_empty();
                *agen.state.borrow_mut() = GenState::Suspended(Box::new(frame));
                if handled {
                    self.publish();
                }
                // A task running `__anext__()` itself ends with the value.
                if self.frames.is_empty() {
                    return Ok(Some(self.end(Ok(v))));
                }
                self.push(v);
            }
            Action::Return => return self.return_from_frame(),
        }
        Ok(None)
    }

    /// `return`: the top frame ends with the value on its stack, which
    /// goes to its caller, or ends the task. (Apart from `act`, whose
    /// loop a frame's end, once per call, would otherwise crowd.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn return_from_frame(&mut self) -> Result<Option<Stopped>, Raise> {
        let v = self.pop();
        // An async generator's body ending: what awaits its
        // `__anext__()` gets `StopAsyncIteration`.
        // (One being closed returns `aclose()`'s None instead.)
        #[cfg(feature = "code")]
        let ended_agen = self
            .frames
            .last()
            .and_then(|f| f.agen.as_ref())
            .filter(|a| !a.closing.get())
            .map(|a| a.is_async());
        // The frame is read where it lies and dropped there
        // (`truncate`): popped, all 256 bytes of it were copied out.
        if let Some(frame) = self.frames.last() {
            let below = self.frames.len() - 1;
            #[cfg(feature = "code")]
            {
                self.throw_levels = self.throw_levels.min(below);
            }
            frame.finish();
            #[cfg(feature = "code")]
            let handled = !frame.handling.is_empty();
            #[cfg(feature = "code")]
            let holders =
                keep_in_holders(frame, None).map_err(|e| located(e, &self.rt, &self.m, frame, 1));
            self.frames.truncate(below);
            #[cfg(feature = "code")]
            {
                let holders = holders?;
                if let Some(caller) = self.frames.last_mut() {
                    caller.hold(&holders);
                }
                if handled {
                    self.publish();
                }
            }
        }
        // A plain generator's: `StopIteration`, with the value it
        // returned (none for None, as `gen_send_ex` sets it).
        #[cfg(feature = "code")]
        match ended_agen {
            Some(true) => {
                return Err(Raise::Exc(Exception::with_args(
                    ExcKind::StopAsyncIteration,
                    Vec::new(),
                )))
            }
            Some(false) => {
                let args = match v {
                    Value::None => Vec::new(),
                    v => vec![v],
                };
                return Err(Raise::Exc(Exception::with_args(
                    ExcKind::StopIteration,
                    args,
                )));
            }
            None => {}
        }
        if self.frames.is_empty() {
            return Ok(Some(self.end(Ok(v))));
        }
        self.push(v);
        Ok(None)
    }

    /// Pops the current frame's stack: the value an `Action` acts on,
    /// which `run_frame` leaves there rather than moving it out inside
    /// the action (a small action comes back in registers).
    fn pop(&mut self) -> Value {
        self.frames.last_mut().map_or(Value::None, Frame::pop)
    }

    /// Pushes onto the current frame's stack.
    fn push(&mut self, v: Value) {
        if let Some(frame) = self.frames.last_mut() {
            frame.stack.push(v);
        }
    }
}

impl crate::engine::Coro for TaskVm {
    fn resume(self: Pin<&mut Self>) -> Poll<()> {
        match self.get_mut().resume_step() {
            Stopped::Suspended => Poll::Pending,
            Stopped::Ended => Poll::Ready(()),
        }
    }

    fn take_outcome(self: Pin<&mut Self>) -> Result<Value, Raise> {
        self.get_mut().take_ended()
    }

    #[cfg(feature = "asyncio-py")]
    fn handles_throw(&self) -> bool {
        self.frames.iter().any(|f| !f.blocks.is_empty())
    }

    #[cfg(feature = "code")]
    fn waits_in(&self) -> Option<&'static str> {
        #[cfg(feature = "asyncio-py")]
        return self.waiting_in();
        #[cfg(not(feature = "asyncio-py"))]
        None
    }

    #[cfg(feature = "code")]
    fn frames(&self) -> Vec<crate::engine::view::FrameView> {
        use crate::engine::view::{FrameView, VALUE_LIMIT};
        // A task paused inside an async generator: CPython's chain of
        // awaits (`cr_await`) ends at the `__anext__()` object, which
        // shows no frame, so the view ends there too.
        let shown = self
            .frames
            .iter()
            .position(|f| f.agen.is_some())
            .unwrap_or(self.frames.len());
        // asyncio's Python half's frames (`Lock.acquire`) are passed by,
        // as the tests' harness passes asyncio's own.
        self.frames[..shown]
            .iter()
            .filter(|frame| !self.m.scopes.in_library(frame.function))
            .map(|frame| {
                let code = &self.m.code[frame.function];
                let line = code.line_before(frame.pc);
                // Its code's `co_name`.
                let function = match &self.m.functions[frame.function] {
                    Value::Function(f) => crate::program::short_name(&f.name()).to_string(),
                    _ => String::new(),
                };
                // As `f_locals` lists them, bound names only: its own
                // variables (a parameter kept in a cell where the
                // parameter is), then its other cell variables, then its
                // free variables.
                let cell = |c: usize| frame.cells.get(c).and_then(|c| c.borrow().clone());
                let mut locals = Vec::new();
                #[cfg(feature = "asyncio-py")]
                let mut primitives = Vec::new();
                #[cfg(feature = "asyncio-py")]
                let mut shown = |v: &Value| crate::engine::primitives::held_by(v, &mut primitives);
                #[cfg(not(feature = "asyncio-py"))]
                let shown = |_: &Value| {};
                for &slot in &code.local_order {
                    let value = match code.cell_params.iter().position(|&p| p == slot) {
                        Some(c) => cell(c),
                        None => frame.slots.get(slot as usize).cloned().flatten(),
                    };
                    if let (Some(v), Some(name)) = (value, code.slot_names.get(slot as usize)) {
                        shown(&v);
                        locals.push((name.to_string(), v.repr_within(VALUE_LIMIT)));
                    }
                }
                for (c, name) in self.m.scopes.cell_names(frame.function).enumerate() {
                    let param = code.cell_params.get(c).is_some_and(|&p| p != u32::MAX);
                    if let (false, Some(v)) = (param, cell(c)) {
                        shown(&v);
                        locals.push((name.to_string(), v.repr_within(VALUE_LIMIT)));
                    }
                }
                // A method calling `super()` has the free variable
                // `__class__` (its class, a module variable here), last.
                if code.class_cell {
                    let name = self.m.scopes.function_name(frame.function);
                    let class = crate::program::method_class(&name)
                        .and_then(|c| self.m.scopes.module_var(c))
                        .and_then(|slot| {
                            self.m
                                .globals
                                .borrow()
                                .get(slot as usize)
                                .cloned()
                                .flatten()
                        });
                    if let Some(class) = class {
                        locals.push(("__class__".into(), class.repr_within(VALUE_LIMIT)));
                    }
                }
                FrameView {
                    function,
                    line: (line != super::code::NO_LINE).then_some(line),
                    locals,
                    #[cfg(feature = "asyncio-py")]
                    primitives,
                }
            })
            .collect_vec()
    }
}

impl TaskVm {
    /// One step of the task as its poller sees it (`Coro::resume`).
    fn resume_step(&mut self) -> Stopped {
        // While the step runs, the runtime's `handling` is this machine's
        // innermost handled exception (`publish`), which is what the code
        // it calls sees; the poller's comes back when the step ends.
        #[cfg(feature = "code")]
        {
            let outer = self.rt.handling.borrow().clone();
            self.outer = outer;
            self.throw_levels = 0;
            // With nothing handled, by the poller or here (most steps),
            // `handling` is None already.
            if self.outer.is_some() || self.frames.iter().any(|f| !f.handling.is_empty()) {
                self.publish();
            }
        }
        let step = self.step();
        self.thrown = None;
        #[cfg(feature = "code")]
        {
            let outer = self.outer.take();
            // The module's code running the loop (`asyncio.run`) stays
            // below the tasks on CPython's stack of handled exceptions:
            // what it handles, they see handled (a bare `raise`, the
            // context of what they raise) until the loop is done.
            let unchanged = outer.is_none() && self.rt.handling.borrow().is_none();
            if !unchanged && !matches!(self.waiting, Waiting::Run(_)) {
                *self.rt.handling.borrow_mut() = outer;
            }
        }
        step
    }

    /// The outcome of the coroutine, which has ended.
    fn take_ended(&mut self) -> Result<Value, Raise> {
        match std::mem::replace(&mut self.waiting, Waiting::Nothing) {
            Waiting::Ended(outcome) => outcome,
            _ => Err(RunError::internal("a task's coroutine ended without an outcome").into()),
        }
    }

    /// Goes on from the await the task was resumed at, whose value is
    /// `v`: it ends the task that runs `asyncio.sleep` itself (no
    /// frames); the awaiting statement drops it (`discard`) or uses it.
    /// (Always inlined: `sleep(0)`'s wakeup then builds no `None` to
    /// pass, 3% of a step.)
    #[inline(always)]
    fn go_on_with(&mut self, v: Value) -> Stopped {
        if self.frames.is_empty() {
            return self.end(Ok(v));
        }
        if std::mem::take(&mut self.discard) {
            discard(v);
        } else {
            self.push(v);
        }
        self.run()
    }

    /// One step of the task: `__step`, from a start or a wakeup.
    fn step(&mut self) -> Stopped {
        let this = self;
        if let Some(coro) = this.coro.take() {
            // What was thrown in before the start (`aclose()` only).
            #[cfg(feature = "code")]
            let thrown = this.rt.take_resume().err();
            match this.start(
                coro,
                #[cfg(feature = "code")]
                thrown,
            ) {
                Ok(Some(step)) => return step,
                Ok(None) => {}
                // Raised in a frame the start pushed (`aclose()` throwing
                // into its generator's).
                Err(Raise::Exc(exc)) if !this.frames.is_empty() => {
                    if let Some(step) = this.raise(exc) {
                        return step;
                    }
                }
                Err(e) => return this.end(Err(e)),
            }
        } else {
            #[cfg_attr(not(feature = "code"), allow(unused_mut))]
            let mut outcome = this.rt.take_resume();
            // The `aclose()` that was thrown into before its first step is
            // still unstarted: sent a value now, it throws `GeneratorExit`
            // in wherever the generator stands (`async_gen_athrow_send`).
            #[cfg(feature = "code")]
            if outcome.is_ok() && std::mem::take(&mut this.close_pending) {
                // (Its generator's frame is the machine's first until it
                // ends, and the task with it.)
                if this.frames.first().is_some_and(|f| f.agen.is_some()) {
                    outcome = Err(Exception::bare(ExcKind::GeneratorExit));
                }
            }
            // `sleep(0)`'s wakeup, the commonest, on a path of its own:
            // its None is dropped by the statement that awaited it
            // (`discard`), and no value passes through `resumed` (moving
            // the whole `Waiting` and the value about cost a step a tenth).
            if outcome.is_ok() && matches!(this.waiting, Waiting::YieldNone) {
                this.wait(Waiting::Nothing);
                return this.go_on_with(Value::None);
            }
            // `wait_for`'s frame resumed by a send raises as a frame does
            // (chained to what the task handles, not re-chained on the
            // way out); by a throw, what leaves it leaves during the throw.
            #[cfg(feature = "code")]
            let raised_in_wait_for = outcome.is_ok() && matches!(this.waiting, Waiting::WaitFor(_));
            match this.resumed(outcome) {
                Ok(None) => return Stopped::Suspended,
                Ok(Some(v)) => return this.go_on_with(v),
                Err(Raise::Exc(exc)) => {
                    this.discard = false;
                    // Thrown into an `aclose()` that awaits: 3.11 leaves
                    // the generator marked running for good.
                    #[cfg(feature = "asyncio-py")]
                    if let Some(agen) = this.frames.last().and_then(|f| f.agen.as_ref()) {
                        if agen.is_async() && agen.closing.get() {
                            agen.stuck_running.set(true);
                        }
                    }
                    #[cfg(feature = "code")]
                    let step = match raised_in_wait_for {
                        true => this.raise(exc),
                        false => this.throw(exc),
                    };
                    #[cfg(not(feature = "code"))]
                    let step = this.raise(exc);
                    if let Some(step) = step {
                        return step;
                    }
                }
                Err(stop) => return this.end(Err(stop)),
            }
        }
        this.run()
    }
}

/// An iterator over what an assignment unpacks, or CPython's TypeError
/// for something that cannot be iterated.
#[cfg(feature = "code")]
fn unpacked(value: Value) -> Result<Iter, Raise> {
    let type_name = value.cpython_type_name();
    // (An object whose class defines `__iter__` keeps its own error.)
    let own = value.defines_iter();
    Iter::new(value).map_err(|e| match e {
        Raise::Exc(e) if e.kind == ExcKind::TypeError && !own => Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!("cannot unpack non-iterable {type_name} object"),
        )),
        // A refusal (a set whose order is not modelled) stays one.
        other => other,
    })
}

/// `e`, raised in a frame of asyncio's written in Python that held
/// `values` (its arguments): its traceback keeps them until it goes.
pub(crate) fn kept_in_traceback(e: Raise, values: Vec<Value>) -> Raise {
    if let Raise::Exc(exc) = &e {
        exc.keep_frame(values);
    }
    e
}

/// The program's code (not the library's) reading one of the library's
/// private attributes whose value is not CPython's is refused
/// (`asyncio_py::UNLIKE_CPYTHON`).
#[cfg(feature = "asyncio-py")]
#[inline]
fn refuse_unlike_private(
    m: &Compiled,
    function: usize,
    obj: &Value,
    name: &str,
) -> Result<(), Raise> {
    if name.starts_with('_') && !name.starts_with("__") && !m.scopes.in_library(function) {
        crate::asyncio_py::refuse_unlike_private(obj, name)?;
    }
    Ok(())
}

/// `obj.name`. The AttributeError for a name `obj` lacks holds `obj`
/// (CPython's `AttributeError.obj`): a coroutine never awaited or a
/// failed task it is, or a list directly holds, goes, and is reported,
/// when the exception goes.
fn attr_of(rt: &Rc<Runtime>, obj: Value, name: &crate::program::Name) -> Result<Value, Raise> {
    let keep = holds_directly(&obj, reported_when_freed).then(|| obj.clone());
    builtins::get_attr(rt, obj, name).map_err(|e| match keep {
        Some(obj) => kept_in_traceback(e, vec![obj]),
        None => e,
    })
}

/// `v`, about to be walked by a `for` in `function`: says once that
/// CPython's order here comes from memory addresses, when it does and
/// shows: in the program's own code, a set of two or more members hashed
/// by identity (tasks, futures, coroutines, instances); in the library,
/// where `asyncio_py::ADDRESS_ORDERED` says.
#[cfg(feature = "asyncio-py")]
fn walked_in_address_order(rt: &Runtime, m: &Compiled, function: usize, v: &Value) {
    // Every `for` starts here: what cannot show goes first, cheaply.
    if !matches!(v, Value::Set(_) | Value::List(_)) {
        return;
    }
    let shows: crate::asyncio_py::Shows = if m.scopes.in_library(function) {
        let name = m.scopes.function_name(function);
        match crate::asyncio_py::ADDRESS_ORDERED
            .iter()
            .find(|(walker, _)| **walker == *name)
        {
            Some((_, shows)) => *shows,
            None => return,
        }
    } else if matches!(v, Value::Set(_)) {
        crate::value::set::by_identity
    } else {
        return;
    };
    let count = match v {
        Value::Set(set) => set.borrow().count(shows),
        Value::List(list) => list.borrow().iter().filter(|v| shows(v)).count(),
        _ => 0,
    };
    if count >= 2 {
        rt.note_address_order();
    }
}

/// A stop (not an exception) names the statement it stopped at: the
/// instruction `back` before the frame's `pc`, and the column of what that
/// instruction does (its attribute or operator) on the line.
fn located(e: Raise, rt: &Runtime, m: &Compiled, frame: &Frame, back: usize) -> Raise {
    #[cfg(feature = "code")]
    if let Raise::Stop(mut stop) = e {
        let code = &m.code[frame.function];
        let at = frame.pc.wrapping_sub(back);
        // An instruction of no line of its own (a function's implicit
        // return): the line of the last one before it that has one.
        let line = (0..=at.min(code.lines.len()))
            .rev()
            .map(|i| code.line_of(i, i.wrapping_sub(1)))
            .find(|&l| l != super::code::NO_LINE && l != super::code::LAST_RUN)
            .unwrap_or(super::code::NO_LINE);
        if stop.line.is_none() && line != super::code::NO_LINE {
            let token = match code.ops.get(at) {
                Some(
                    Op::Attr(n)
                    | Op::LoadMethod(n)
                    | Op::SetAttr(n)
                    | Op::DelAttr(n)
                    | Op::CallMethod { name: n, .. },
                ) => code.names.get(*n as usize).map(|n| &**n),
                Some(Op::Bin(op)) => Some(op.symbol()),
                Some(Op::Cmp(op)) => Some(op.symbol()),
                _ => None,
            };
            stop.line = Some(line);
            stop.column = rt.source.column_in(line, token).try_into().unwrap_or(0);
        }
        return Raise::Stop(stop);
    }
    #[cfg(not(feature = "code"))]
    let _ = (rt, m, frame, back);
    e
}

/// `exc` leaves `frame`: CPython pops the frame's value stack where it
/// raised, and the traceback keeps the frame, and so its variables, until
/// the exception goes. Only what is reported as it is freed, a future or a
/// coroutine that never ran (and a container directly holding one), is
/// kept here, so no cycle through the exception itself is made; and in a
/// comprehension's frame, an iterator (its `.0`, which may be `zip(gen)`
/// over a generator paused in a `try`).
fn leave_in_traceback(rt: &Rc<Runtime>, m: &Compiled, frame: &mut Frame, exc: &Exc) {
    frame.stack.clear();
    frame.iters.clear();
    frame.end_handlers(0);
    #[cfg(feature = "code")]
    report_freed_where_raised(rt, m, frame);
    #[cfg(not(feature = "code"))]
    let _ = rt;
    #[cfg(feature = "code")]
    let comprehension = matches!(&m.functions[frame.function],
        Value::Function(f) if crate::program::is_comprehension(&f.def().name));
    #[cfg(not(feature = "code"))]
    let comprehension = {
        let _ = m;
        false
    };
    let kept = frame.slots.iter_mut().filter(|slot| {
        slot.as_ref().is_some_and(|v| {
            holds_directly(v, reported_when_freed)
                || (comprehension && matches!(v, Value::Iterator(_)))
        })
    });
    exc.keep_frame(kept.filter_map(Option::take).collect_vec());
}

/// `frame` ends (returning, or as `leaving` leaves it): an exception that
/// holds the frame in its traceback and is still alive keeps what the
/// frame's variables hold that is reported as it is freed, until that
/// exception goes; and, as CPython's frame object then keeps its caller,
/// it holds the caller too (the returned holders). A variable here
/// holding such an exception makes a cycle (exception, traceback, this
/// frame, the variable) that only CPython's collector frees: with
/// something reported in it, stop.
#[cfg(feature = "code")]
fn keep_in_holders(frame: &Frame, leaving: Option<&Exc>) -> Result<Vec<Exc>, Raise> {
    let mut alive = Vec::new();
    // Nearly every frame: no exception it caught holds it.
    if frame.holders.is_empty() {
        return Ok(alive);
    }
    let kept: Vec<Value> = frame
        .slots
        .iter()
        .flatten()
        .filter(|v| holds_directly(v, reported_when_freed))
        .cloned()
        .collect_vec();
    for caught in frame.holders.iter().filter_map(std::rc::Weak::upgrade) {
        if leaving.is_some_and(|l| Rc::ptr_eq(l, &caught)) {
            continue;
        }
        let held_here = frame.slots.iter().flatten().any(|v| {
            holds_directly(
                v,
                |i| matches!(i, Value::Exception(e) if Rc::ptr_eq(e, &caught)),
            )
        });
        if held_here && (!kept.is_empty() || caught.traceback_keeps(reported_when_freed)) {
            return Err(RunError::unsupported(
                "this function ends while a variable holds an exception it caught, whose traceback holds the function's variables: a reference cycle, freed (and what it keeps reported) whenever CPython's garbage collector runs, which is not modelled; set it to None (`err = None`) or keep `str(e)`",
            ));
        }
        caught.keep_frame(kept.clone());
        alive.push(caught);
    }
    Ok(alive)
}

/// What the stack the raise popped held, reported at the line that raised.
#[cfg(feature = "code")]
fn report_freed_where_raised(rt: &Rc<Runtime>, m: &Compiled, frame: &Frame) {
    if !rt.freed.is_empty() {
        let line = m.code[frame.function].line_before(frame.pc);
        rt.report_freed_at(Place::Line(line));
    }
}

/// Is `v` something CPython reports as it frees it: a coroutine that never
/// ran, a future (a failed one nobody asked), or an async generator paused
/// in its body (which the finalizer hook then closes)? Only these are
/// kept where CPython keeps them past their frame (tracebacks, holders),
/// so no Rust cycle forms through what is kept.
pub(crate) fn reported_when_freed(v: &Value) -> bool {
    match v {
        Value::Coroutine(c) => !c.started.get(),
        Value::Future(_) => true,
        #[cfg(feature = "code")]
        Value::Generator(g) => g.closes_visibly(),
        _ => false,
    }
}

/// Is `v`, or an item of the list, tuple or dict `v` is (or an attribute
/// of the object), such that `is`?
pub(crate) fn holds_directly(v: &Value, is: impl Fn(&Value) -> bool) -> bool {
    is(v)
        || match v {
            Value::List(items) => items.borrow().iter().any(&is),
            Value::Tuple(items) => items.iter().any(&is),
            Value::Dict(d) => d.borrow().entries().any(|(_, v)| is(v)),
            #[cfg(feature = "asyncio-py")]
            Value::Set(set) => set.borrow().members().iter().any(&is),
            // An object's attributes, as a container's items.
            #[cfg(feature = "code")]
            Value::Instance(i) => i.attrs.values().iter().any(&is),
            _ => false,
        }
}

/// An exception caught in a frame keeps that frame in its traceback; when
/// the handler ends (the exception swallowed, the frame going on) and the
/// frame holds the failed task that holds the exception (`t =
/// create_task(...)`, then `await t` raised), that is a reference cycle,
/// which CPython frees only when its garbage collector runs, at a moment
/// that depends on how much the program allocated. A coroutine never
/// awaited that the cycle keeps would warn then, naming where the
/// collector ran: the run stops rather than guess. Nothing to report,
/// nothing to stop for.
#[cfg(feature = "code")]
fn refuse_collected_cycle(frame: &Frame, exc: &Exc) -> Result<(), Raise> {
    use crate::engine::futures::Outcome;
    let holds_exc = |f: &crate::engine::futures::FutRef| {
        let st = f.state.borrow();
        matches!(&st.outcome, Outcome::Exception(e) if Rc::ptr_eq(e, exc))
            || st
                .cancelled_exc
                .as_ref()
                .is_some_and(|e| Rc::ptr_eq(e, exc))
    };
    // Raised out of `asyncio.run`, it is in a cycle of its own.
    if exc.escaped_run.get() && exc.traceback_keeps(Value::keeps_reported) {
        return Err(RunError::unsupported(
            "this `except` catches the exception `asyncio.run` raised, which main's task and its traceback keep in a reference cycle: CPython's garbage collector frees it when it happens to run, finalizing what the traceback keeps (a generator paused in `try`, a coroutine never awaited, a failed task), which Interleave does not model; let go of those in `main` before the exception leaves (`g = None`), or let the exception end the program",
        ));
    }
    let in_cycle = frame
        .slots
        .iter()
        .flatten()
        .any(|v| holds_directly(v, |i| matches!(i, Value::Future(f) if holds_exc(f))));
    if !in_cycle {
        return Ok(());
    }
    // A failed task the cycle keeps is reported when it goes (at exit, as
    // the engine frees main's frame, when nothing else collects it
    // sooner): its report names no place. A warning names one.
    let reported = |v: &Value| matches!(v, Value::Coroutine(c) if !c.started.get());
    let keeps_reported = exc.traceback_keeps(|v| holds_directly(v, reported))
        || frame
            .slots
            .iter()
            .flatten()
            .any(|v| holds_directly(v, reported));
    if keeps_reported {
        return Err(RunError::unsupported(
            "this `except` catches a task's exception while a variable here holds the task: a reference cycle, freed (and what it keeps reported) whenever CPython's garbage collector runs, which is not modelled; set the variable to None (`t = None`) first",
        ));
    }
    Ok(())
}

/// What the top frame needs from its task: something that changes the frame
/// stack or may suspend.
enum Action {
    /// Run a plain `def` as a new frame, with its arguments bound.
    Enter(Rc<crate::value::FunctionObj>, Vec<Value>),
    Await,
    Sleep,
    /// `await asyncio.sleep(0)`: yield, then drop the None it gives.
    YieldNow,
    Return,
    /// A bare `raise` in a frame handling no exception of its own.
    #[cfg(feature = "code")]
    Reraise,
    /// The top frame's last `except` ended: what the machine handles now
    /// is found below it (`TaskVm::publish`).
    #[cfg(feature = "code")]
    Publish,
    /// `asyncio.run(...)` from the module's code: wait, outside the loop,
    /// for main's task (or the future that says main is no coroutine)
    /// while the session runs the loop.
    #[cfg(feature = "code")]
    RunLoop(FutRef),
    /// `yield value` in an async generator's frame.
    #[cfg(feature = "code")]
    Yield,
    /// A thread's `time.sleep`: its machine suspends (`engine::threads`).
    #[cfg(feature = "asyncio-py")]
    Block,
}

/// Runs `frame`'s instructions until it needs its task (`Action`). Ops that
/// stay within the frame never leave this loop, which keeps it tight.
fn run_frame(rt: &Rc<Runtime>, m: &Compiled, frame: &mut Frame) -> Result<Action, Raise> {
    let code = &m.code[frame.function];
    // Instructions run, for the time computing takes (`engine::compute`).
    #[cfg(feature = "code")]
    let mut ops: u64 = 0;
    #[allow(clippy::redundant_closure_call)]
    let result = (|| {
        // The position and, in Code mode, where the last two instructions
        // were (for the line a warning names) are the closure's own, so they
        // stay in registers; the frame's `pc` is written as each instruction
        // starts, so an error leaves the frame at the instruction that
        // raised, whose line the unwinding names (a handler then sets its
        // own position).
        let mut pc = frame.pc;
        #[cfg(feature = "code")]
        let mut ran = (pc.wrapping_sub(1), usize::MAX);
        // Saves the position before handing control back to the task.
        macro_rules! leave {
            ($action:expr) => {{
                let action = $action;
                frame.pc = pc;
                return Ok(action);
            }};
        }
        // Puts the instructions run so far on the count before a call, so
        // that a builtin reading the clock or setting a deadline
        // (`loop.time()`, `call_later`) sees the time they took.
        macro_rules! charge {
            () => {
                #[cfg(feature = "code")]
                rt.compute.charge(std::mem::take(&mut ops));
            };
        }
        // Checked after every instruction: found once, not through `rt`
        // each time.
        #[cfg(feature = "code")]
        let freed = &rt.freed;
        loop {
            // A coroutine freed unstarted by the instruction just run (or by a
            // callee's return) is reported at its line.
            #[cfg(feature = "code")]
            if !freed.is_empty() {
                rt.report_freed_at(Place::Line(code.line_of(ran.0, ran.1)));
            }
            #[cfg(feature = "code")]
            {
                ops += 1;
                ran = (pc, ran.0);
            }
            // Natively matched where it lies: copied out first, all of an
            // instruction's fields were loaded before the dispatch (1% of
            // a step). The page's modules copy it: 83 bytes smaller.
            #[cfg(not(target_arch = "wasm32"))]
            let op = &code.ops[pc];
            #[cfg(target_arch = "wasm32")]
            let op = &{ code.ops[pc] };
            pc += 1;
            frame.pc = pc;
            match *op {
                Op::Const(i) => frame.stack.push(code.consts[i as usize].clone()),
                Op::Local(slot) => {
                    let v = frame.slots[slot as usize]
                        .clone()
                        .ok_or_else(|| unbound_local(&code.slot_names[slot as usize]))?;
                    frame.stack.push(v);
                }
                Op::Store(slot) => frame.slots[slot as usize] = Some(frame.pop()),
                Op::Function(f) => frame.stack.push(m.functions[f as usize].clone()),
                #[cfg(feature = "code")]
                Op::MakeFunction(k) => {
                    let (f, captured) = &code.closures[k as usize];
                    if let Value::Function(g) = &m.functions[*f as usize] {
                        let closure: Vec<_> = captured
                            .iter()
                            .map(|&c| frame.cells[c as usize].clone())
                            .collect_vec();
                        // Its defaults, just evaluated: `def` evaluates
                        // them each time it runs, so a `[]` default is each
                        // function's own.
                        let params = &g.def().params;
                        let given =
                            frame.pop_n(params.iter().filter(|p| p.default.is_some()).count());
                        let mut given = given.into_iter();
                        let defaults = params
                            .iter()
                            .map(|p| p.default.as_ref().and_then(|_| given.next()))
                            .collect_vec();
                        frame
                            .stack
                            .push(Value::Function(Rc::new(crate::value::FunctionObj {
                                index: g.index,
                                name: std::cell::RefCell::new(g.name()),
                                program: g.program.clone(),
                                defaults,
                                closure: (!closure.is_empty()).then(|| Rc::new(closure)),
                                generator: g.generator,
                                #[cfg(feature = "asyncio-py")]
                                attrs: Default::default(),
                                #[cfg(feature = "asyncio-py")]
                                doc: Default::default(),
                            })));
                    }
                }
                #[cfg(feature = "code")]
                Op::LoadCell(c) => {
                    let value = frame.cells[c as usize].borrow().clone();
                    match value {
                        Some(v) => frame.stack.push(v),
                        None => return Err(unbound_cell(m, frame.function, c)),
                    }
                }
                #[cfg(feature = "code")]
                Op::StoreCell(c) => {
                    let value = frame.pop();
                    // The old value goes after the borrow ends (freeing it
                    // may report).
                    let old = frame.cells[c as usize].replace(Some(value));
                    drop(old);
                }
                #[cfg(feature = "code")]
                Op::DeleteLocal(slot) => {
                    if frame.slots[slot as usize].take().is_none() {
                        return Err(unbound_local(&code.slot_names[slot as usize]));
                    }
                }
                #[cfg(feature = "code")]
                Op::DeleteCell(c) => {
                    // The old value goes after the borrow ends (freeing it
                    // may report).
                    let old = frame.cells[c as usize].replace(None);
                    if old.is_none() {
                        return Err(unbound_cell(m, frame.function, c));
                    }
                }
                #[cfg(feature = "code")]
                Op::DeleteGlobal(slot) => {
                    let old = m.globals.borrow_mut()[slot as usize].take();
                    if old.is_none() {
                        let name = &m.scopes.module_vars()[slot as usize];
                        return Err(missing_global(m, frame.function, name));
                    }
                }
                #[cfg(feature = "code")]
                Op::DelItem => {
                    let index = frame.pop();
                    let container = frame.pop();
                    drop(subscript::del_item(&container, &index)?);
                }
                #[cfg(feature = "code")]
                Op::DelSlice => {
                    let step = frame.pop();
                    let upper = frame.pop();
                    let lower = frame.pop();
                    let container = frame.pop();
                    drop(subscript::del_slice(&container, &lower, &upper, &step)?);
                }
                #[cfg(feature = "code")]
                Op::DelAttr(n) => {
                    let obj = frame.pop();
                    drop(super::classes::del_attr(&obj, &code.names[n as usize])?);
                }
                #[cfg(feature = "code")]
                Op::LoadGlobal(slot) => {
                    let value = m.globals.borrow()[slot as usize].clone();
                    // Unassigned, the name is looked up among the builtins,
                    // as LOAD_GLOBAL does.
                    let value = match value {
                        Some(v) => v,
                        None => global(m, frame.function, &m.scopes.module_vars()[slot as usize])?,
                    };
                    frame.stack.push(value);
                }
                #[cfg(feature = "code")]
                Op::StoreGlobal(slot) => {
                    let value = frame.pop();
                    // The old value goes after the borrow ends: freeing it
                    // may report, and reports may read the variables.
                    let old = m.globals.borrow_mut()[slot as usize].replace(value);
                    drop(old);
                }
                Op::Global(n) => {
                    frame
                        .stack
                        .push(global(m, frame.function, &code.names[n as usize])?)
                }
                Op::Attr(n) => {
                    let obj = frame.pop();
                    let name = &code.names[n as usize];
                    #[cfg(feature = "asyncio-py")]
                    refuse_unlike_private(m, frame.function, &obj, name)?;
                    frame.stack.push(attr_of(rt, obj, name)?);
                }
                Op::LoadMethod(n) => {
                    let obj = frame.pop();
                    let name = &code.names[n as usize];
                    #[cfg(feature = "asyncio-py")]
                    refuse_unlike_private(m, frame.function, &obj, name)?;
                    if builtins::is_method(&obj, name) {
                        frame.stack.push(obj);
                        frame.stack.push(Value::Bool(true));
                    } else {
                        frame.stack.push(attr_of(rt, obj, name)?);
                        frame.stack.push(Value::Bool(false));
                    }
                }
                Op::Call { argc, kw } => {
                    charge!();
                    // (Not in the page's modules, whose size budget it
                    // would cost 0.3 KB.)
                    #[cfg(not(target_arch = "wasm32"))]
                    if kw == NO_KW {
                        if let Some(range) = range_of_ints(&frame.stack, argc as usize) {
                            // `range` and its ints: nothing to free.
                            frame.stack.truncate(frame.stack.len() - argc as usize - 1);
                            frame.stack.push(Value::Range(Rc::new(range)));
                            continue;
                        }
                    }
                    let kwargs = take_kwargs(frame, &code.kwnames, kw);
                    let args = frame.pop_n(argc as usize);
                    let callee = frame.pop();
                    if let Some(action) = call_here(rt, frame, callee, args, kwargs)? {
                        leave!(action);
                    }
                }
                Op::CallStar { kw } => {
                    charge!();
                    let kwargs = take_kwargs(frame, &code.kwnames, kw);
                    let args = list_items(frame.pop());
                    let callee = frame.pop();
                    if let Some(action) = call_here(rt, frame, callee, args, kwargs)? {
                        leave!(action);
                    }
                }
                // `list.append(x)`, the commonest method call, specialised
                // as CPython 3.11 specialises it (`PRECALL_NO_KW_LIST_APPEND`):
                // no argument vector, none of `call_method`'s look-ups.
                Op::CallMethod {
                    name,
                    argc: 1,
                    kw: NO_KW,
                } if matches!(
                    frame
                        .stack
                        .len()
                        .checked_sub(3)
                        .map(|at| &frame.stack[at..]),
                    Some([Value::List(_), Value::Bool(true), _])
                ) && &*code.names[name as usize] == "append" =>
                {
                    let item = frame.pop();
                    frame.stack.pop();
                    if let Some(Value::List(list)) = frame.stack.last() {
                        list.borrow_mut().push(item);
                    }
                    // The call's None takes the list's place.
                    if let Some(top) = frame.stack.last_mut() {
                        *top = Value::None;
                    }
                }
                Op::CallMethod { name, argc, kw } => {
                    charge!();
                    let kwargs = take_kwargs(frame, &code.kwnames, kw);
                    let args = if argc == u32::MAX {
                        list_items(frame.pop())
                    } else {
                        frame.pop_n(argc as usize)
                    };
                    let is_method = matches!(frame.pop(), Value::Bool(true));
                    let target = frame.pop();
                    if is_method {
                        #[cfg(feature = "code")]
                        let kwargs = builtins::unpack_kwargs(
                            &target,
                            Some(&code.names[name as usize]),
                            kwargs,
                        )?;
                        let v = builtins::call_method(
                            rt,
                            &target,
                            &code.names[name as usize],
                            args,
                            kwargs,
                        )?;
                        #[cfg(feature = "asyncio-py")]
                        if matches!(target, Value::Loop(_))
                            && &*code.names[name as usize] == "time"
                            && m.scopes.reads_deadlines(frame.function)
                        {
                            rt.count_clock_read();
                        }
                        // `loop.run_until_complete(f)` (or `run_forever()`)
                        // from the module's code: it waits, outside the
                        // loop, while the session runs the loop until `f`
                        // is done (or the loop is stopped).
                        #[cfg(feature = "asyncio-py")]
                        if let (Value::Loop(_), Value::Future(until)) = (&target, &v) {
                            let run = &*code.names[name as usize];
                            if run == "run_until_complete" || run == "run_forever" {
                                leave!(Action::RunLoop(until.clone()));
                            }
                        }
                        frame.stack.push(v);
                    } else if let Some(action) = call_here(rt, frame, target, args, kwargs)? {
                        leave!(action);
                    }
                }
                Op::Bin(op) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    // printf-style formatting runs the program's
                    // `__str__` and `__repr__`, which the operators
                    // cannot.
                    #[cfg(feature = "asyncio-py")]
                    if let (crate::program::BinOp::Mod, Value::Str(template)) = (op, &a) {
                        frame
                            .stack
                            .push(super::formatting::percent(rt, template, &b)?);
                        continue;
                    }
                    frame.stack.push(ops::binop(op, &a, &b)?);
                }
                #[cfg(feature = "code")]
                Op::Inplace(op) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    match (&a, op) {
                        (Value::List(items), crate::program::BinOp::Add) => {
                            super::methods::extend_list(items, b)?;
                            frame.stack.push(a);
                        }
                        (Value::List(items), crate::program::BinOp::Mul) => {
                            // In place too: every name for the list sees it.
                            // `*` itself checks the count and the size.
                            if let Value::List(repeated) = ops::inplace(op, &a, &b)? {
                                // A new list nothing else holds: its items move.
                                let repeated = std::mem::take(&mut *repeated.borrow_mut());
                                *items.borrow_mut() = repeated;
                            }
                            frame.stack.push(a);
                        }
                        #[cfg(feature = "asyncio-py")]
                        (
                            Value::Set(set),
                            crate::program::BinOp::BitOr
                            | crate::program::BinOp::Sub
                            | crate::program::BinOp::BitXor
                            | crate::program::BinOp::BitAnd,
                        ) if matches!(b, Value::Set(_)) => {
                            if let Value::Set(other) = &b {
                                super::sets::in_place(set, op, other)?;
                            }
                            frame.stack.push(a);
                        }
                        // `dict_ior`: `update` in place (every name for the
                        // dict sees it), from a mapping or pairs.
                        #[cfg(feature = "asyncio-py")]
                        (Value::Dict(_), crate::program::BinOp::BitOr) => {
                            builtins::call_method(rt, &a, "update", vec![b], Vec::new())?;
                            frame.stack.push(a);
                        }
                        _ => frame.stack.push(ops::inplace(op, &a, &b)?),
                    }
                }
                #[cfg(feature = "code")]
                Op::GetIter => {
                    let v = frame.pop();
                    // A comprehension's first iterable: its loop walks it.
                    #[cfg(feature = "asyncio-py")]
                    walked_in_address_order(rt, m, frame.function, &v);
                    // The comprehension's loop steps what `iter()` gave
                    // (`FOR_ITER` on `.0`): an object of the program's is
                    // wrapped, so that its `__iter__` is not called again.
                    let it = match super::iterables::to_iterator(v)? {
                        #[cfg(feature = "asyncio-py")]
                        it if it.program_class().is_some() => {
                            Value::Iterator(Rc::new(std::cell::RefCell::new(Iter::Object(it))))
                        }
                        it => it,
                    };
                    frame.stack.push(it);
                }
                #[cfg(feature = "code")]
                Op::PopIter => {
                    frame.iters.pop();
                }
                #[cfg(feature = "code")]
                Op::Tick => rt.count_step()?,
                Op::Unary(op) => {
                    let v = frame.pop();
                    frame.stack.push(ops::unary(op, &v)?);
                }
                Op::Cmp(op) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.stack.push(ops::compare(op, &a, &b)?);
                }
                Op::List(n) => {
                    let items = frame.pop_n(n as usize);
                    frame.stack.push(Value::list(items));
                }
                Op::Tuple(n) => {
                    let items = frame.pop_n(n as usize);
                    frame.stack.push(Value::tuple(items));
                }
                Op::Dict(n) => {
                    let flat = frame.pop_n(2 * n as usize);
                    let mut dict = Dict::default();
                    let mut flat = flat.into_iter();
                    while let (Some(k), Some(v)) = (flat.next(), flat.next()) {
                        dict.insert(k, v)?;
                    }
                    frame.stack.push(Value::dict(dict));
                }
                #[cfg(feature = "code")]
                Op::Collect => {
                    let value = frame.pop();
                    let key = match frame.stack.first() {
                        Some(Value::Dict(_)) => frame.pop(),
                        _ => Value::None,
                    };
                    match frame.stack.first() {
                        Some(Value::List(l)) => l.borrow_mut().push(value),
                        Some(Value::Dict(d)) => d.borrow_mut().insert(key, value)?,
                        #[cfg(feature = "asyncio-py")]
                        Some(Value::Set(set)) => set.borrow_mut().add(value)?,
                        _ => {}
                    }
                }
                Op::GetItem => {
                    let index = frame.pop();
                    let container = frame.pop();
                    frame.stack.push(subscript::get_item(&container, &index)?);
                }
                Op::GetSlice => {
                    let [container, lower, upper, step]: [Value; 4] =
                        frame.pop_n(4).try_into().map_err(|_| {
                            RunError::internal("a slice needs four values on the stack")
                        })?;
                    frame
                        .stack
                        .push(subscript::get_slice(&container, &lower, &upper, &step)?);
                }
                #[cfg(feature = "code")]
                Op::SetItem => {
                    let index = frame.pop();
                    let container = frame.pop();
                    let value = frame.pop();
                    subscript::set_item(&container, index, value)?;
                }
                #[cfg(feature = "code")]
                Op::Dup2 => {
                    let n = frame.stack.len();
                    if n >= 2 {
                        let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                        frame.stack.push(a);
                        frame.stack.push(b);
                    }
                }
                #[cfg(feature = "code")]
                Op::Rot3 => {
                    let top = frame.pop();
                    let at = frame.stack.len().saturating_sub(2);
                    frame.stack.insert(at, top);
                }
                Op::ListAppend => {
                    let item = frame.pop();
                    if let Some(Value::List(l)) = frame.stack.last() {
                        l.borrow_mut().push(item);
                    }
                }
                #[cfg(not(feature = "code"))]
                Op::Unsupported(message) => {
                    let Value::Str(message) = &code.consts[message as usize] else {
                        unreachable!("the compiler stores the message as a str")
                    };
                    return Err(RunError::unsupported(message.to_string()));
                }
                #[cfg(feature = "code")]
                Op::StarArgs => {
                    let v = frame.pop();
                    let not = v.cpython_type_name();
                    let own = v.defines_iter();
                    let items: Vec<Value> = match Iter::new_sized(v) {
                        Ok(it) => it.all()?,
                        Err(Raise::Exc(e)) if e.kind == ExcKind::TypeError && !own => {
                            let n = frame.stack.len();
                            let (callee, method) = match code.ops.get(pc) {
                                // `LoadMethod`'s pair: the object and a
                                // method's name, or the attribute's value.
                                Some(Op::CallMethod { name, .. }) => {
                                    let is_method = frame
                                        .stack
                                        .get(n.wrapping_sub(1))
                                        .is_some_and(|v| matches!(v, Value::Bool(true)));
                                    (
                                        frame.stack.get(n.wrapping_sub(2)),
                                        is_method.then(|| &*code.names[*name as usize]),
                                    )
                                }
                                _ => (frame.stack.last(), None),
                            };
                            let callee =
                                builtins::callee_str(callee.unwrap_or(&Value::None), method)?;
                            return Err(builtins::type_error(format!(
                                "{callee} argument after * must be an iterable, not {not}"
                            )));
                        }
                        Err(e) => return Err(e),
                    };
                    frame.stack.push(Value::list(items));
                }
                Op::ListExtend => {
                    #[cfg(feature = "code")]
                    let not = frame
                        .stack
                        .last()
                        .filter(|v| !v.defines_iter())
                        .map(Value::cpython_type_name);
                    let items = Iter::new_sized(frame.pop());
                    // As LIST_EXTEND words it (`[*5]`, `f(1, *5)`).
                    #[cfg(feature = "code")]
                    let items = items.map_err(|e| match (e, not) {
                        (Raise::Exc(e), Some(not)) if e.kind == ExcKind::TypeError => {
                            builtins::type_error(format!(
                                "Value after * must be an iterable, not {not}"
                            ))
                        }
                        (e, _) => e,
                    });
                    let items: Vec<Value> = items?.all()?;
                    if let Some(Value::List(l)) = frame.stack.last() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::ListToTuple => {
                    let items = list_items(frame.pop());
                    frame.stack.push(Value::tuple(items));
                }
                Op::Format(repr) => {
                    let v = frame.pop();
                    let user = &mut rt.formatter();
                    let text = if repr {
                        v.try_repr(user)?
                    } else {
                        v.try_to_str(user)?
                    };
                    frame.stack.push(Value::Str(text.into()));
                }
                Op::FormatSpec => {
                    let spec = frame.pop();
                    let v = frame.pop();
                    frame
                        .stack
                        .push(Value::Str(format_spec(rt, &v, &spec.to_str())?.into()));
                }
                Op::Concat(n) => {
                    let parts = frame.pop_n(n as usize);
                    let mut out = String::new();
                    for p in &parts {
                        if let Value::Str(s) = p {
                            out.push_str(s);
                        }
                    }
                    frame.stack.push(Value::Str(out.into()));
                }
                Op::Pop => {
                    frame.stack.pop();
                }
                Op::Jump(to) => pc = to as usize,
                Op::JumpIfFalse(to) => {
                    if !frame.pop().is_true()? {
                        pc = to as usize;
                    }
                }
                Op::JumpIfTrue(to) => {
                    if frame.pop().is_true()? {
                        pc = to as usize;
                    }
                }
                Op::JumpIfFalseOrPop(to) => {
                    if !frame.stack.last().map_or(Ok(true), Value::is_true)? {
                        pc = to as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(to) => {
                    if frame.stack.last().map_or(Ok(false), Value::is_true)? {
                        pc = to as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Op::Iter => {
                    let v = frame.pop();
                    #[cfg(feature = "asyncio-py")]
                    walked_in_address_order(rt, m, frame.function, &v);
                    let it = Iter::new(v)?;
                    frame.iters.push(it);
                }
                // A range, the commonest loop, on a path of its own: its
                // int goes straight to the slot, where an item returned
                // through memory stalled each round on the CPU's store
                // forwarding. (The general arm's round, written out: made
                // one with it, taking an `Option<Value>`, this path
                // measured 2% slower a `sleep(0)` step.)
                Op::ForIter(to) if frame.iters.last().is_some_and(Iter::is_range) => {
                    match frame.iters.last_mut().and_then(Iter::range_next) {
                        Some(n) => {
                            rt.count_step()?;
                            if let Some(&Op::Store(slot)) = code.ops.get(pc) {
                                pc += 1;
                                // The loop's int replaces the last one in
                                // place: no call to `Value`'s drop glue.
                                match &mut frame.slots[slot as usize] {
                                    Some(Value::Int(old)) => *old = n,
                                    other => *other = Some(Value::Int(n)),
                                }
                            } else {
                                frame.stack.push(Value::Int(n));
                            }
                        }
                        None => {
                            frame.iters.pop();
                            pc = to as usize;
                        }
                    }
                }
                Op::ForIter(to) => match frame.iters.last_mut().map_or(Ok(None), Iter::step)? {
                    Some(item) => {
                        rt.count_step()?;
                        // `for name in ...`: the item goes straight to the
                        // name's slot, not through the stack.
                        if let Some(&Op::Store(slot)) = code.ops.get(pc) {
                            pc += 1;
                            frame.slots[slot as usize] = Some(item);
                        } else {
                            frame.stack.push(item);
                        }
                    }
                    None => {
                        frame.iters.pop();
                        pc = to as usize;
                    }
                },
                #[cfg(feature = "code")]
                Op::Unpack(n) => {
                    let mut items = unpacked(frame.pop())?;
                    // One item more than the targets at most, as
                    // `UNPACK_SEQUENCE` takes them: a generator runs no
                    // further.
                    let n = n as usize;
                    let mut values = Vec::with_capacity(n);
                    while values.len() <= n {
                        match items.step()? {
                            Some(item) => values.push(item),
                            None => break,
                        }
                    }
                    drop(items);
                    if values.len() != n {
                        let msg = if values.len() > n {
                            format!("too many values to unpack (expected {n})")
                        } else {
                            format!(
                                "not enough values to unpack (expected {n}, got {})",
                                values.len()
                            )
                        };
                        return Err(Raise::Exc(Exception::new(ExcKind::ValueError, msg)));
                    }
                    frame.stack.extend(values.into_iter().rev());
                }
                // `unpack_iterable` with targets after the star: every
                // item taken, the middle ones made a new list.
                #[cfg(feature = "asyncio-py")]
                Op::UnpackStarred { before, after } => {
                    let mut items = unpacked(frame.pop())?;
                    let (before, after) = (before as usize, after as usize);
                    let mut values = Vec::new();
                    while values.len() < before {
                        match items.step()? {
                            Some(item) => values.push(item),
                            None => break,
                        }
                    }
                    // The rest is `list(it)` (`Iter::for_list`).
                    if values.len() == before {
                        items = items.for_list()?;
                        while let Some(item) = items.step()? {
                            values.push(item);
                        }
                    }
                    drop(items);
                    if values.len() < before + after {
                        return Err(Raise::Exc(Exception::new(
                            ExcKind::ValueError,
                            format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                values.len()
                            ),
                        )));
                    }
                    let last = values.split_off(values.len() - after);
                    let middle = values.split_off(before);
                    frame.stack.extend(last.into_iter().rev());
                    frame.stack.push(Value::list(middle));
                    frame.stack.extend(values.into_iter().rev());
                }
                Op::Await => leave!(Action::Await),
                Op::Sleep => leave!(Action::Sleep),
                Op::YieldNow => leave!(Action::YieldNow),
                Op::Return => leave!(Action::Return),
                Op::Raise => {
                    let v = frame.pop();
                    let exc = to_exception(rt, v)?;
                    // Raised anew: chained to what is handled here.
                    #[cfg(feature = "code")]
                    exc.take_settled();
                    #[cfg(feature = "asyncio-py")]
                    exc.new_traceback();
                    return Err(Raise::Exc(exc));
                }
                #[cfg(feature = "code")]
                Op::RaiseFrom => {
                    let cause = frame.pop();
                    let exc = to_exception(rt, frame.pop())?;
                    exc.take_settled();
                    // CPython's `do_raise`: the exception first, then its cause.
                    let cause = match cause {
                        Value::None => None,
                        other => Some(to_exception(rt, other).map_err(|_| {
                            Raise::Exc(Exception::new(
                                ExcKind::TypeError,
                                "exception causes must derive from BaseException",
                            ))
                        })?),
                    };
                    if let Some(c) = &cause {
                        if exc.chain_reaches(c) {
                            return Err(RunError::unsupported(
                            "this `raise ... from` makes an exception part of its own cause's chain: a reference cycle, which CPython frees only when its garbage collector happens to run, and reports with the chain cut where it loops; raise a new exception instead (`raise RuntimeError(...) from e`)",
                        ));
                        }
                    }
                    exc.set_cause(cause);
                    #[cfg(feature = "asyncio-py")]
                    exc.new_traceback();
                    return Err(Raise::Exc(exc));
                }
                #[cfg(feature = "code")]
                Op::Reraise => match frame.handling.last() {
                    Some((exc, _)) => return Err(Raise::Exc(exc.clone())),
                    // A function called from an `except` block re-raises its
                    // caller's exception: the task looks down its frames.
                    None => leave!(Action::Reraise),
                },
                #[cfg(feature = "code")]
                Op::TryBegin(handler) | Op::WithBegin(handler) => {
                    let entered = matches!(op, Op::WithBegin(_)) as usize;
                    let block = Block {
                        handler,
                        stack: frame.stack.len() - entered,
                        iters: frame.iters.len(),
                        handling: frame.handling.len(),
                    };
                    frame.blocks.push(block);
                }
                #[cfg(feature = "code")]
                Op::TryEnd => {
                    frame.blocks.pop();
                }
                #[cfg(feature = "code")]
                Op::ExcMatch(kind) => {
                    let matched = matches!(frame.stack.last(), Some(Value::Exception(e)) if e.kind.is_subclass_of(kind));
                    frame.stack.push(Value::Bool(matched));
                }
                #[cfg(feature = "code")]
                Op::HandlerEnter(slot) => {
                    if let Value::Exception(exc) = frame.pop() {
                        if slot != u32::MAX {
                            frame.slots[slot as usize] = Some(Value::Exception(exc.clone()));
                        }
                        frame.begin_handling(rt, exc, slot);
                    }
                }
                #[cfg(feature = "code")]
                Op::HandlerExit(slot) => {
                    if let Some((exc, _)) = frame.handling.pop() {
                        refuse_collected_cycle(frame, &exc)?;
                    }
                    // Python deletes the `as` name when the handler ends.
                    if slot != u32::MAX {
                        frame.slots[slot as usize] = None;
                    }
                    if !frame.republish(rt) {
                        leave!(Action::Publish);
                    }
                }
                #[cfg(feature = "asyncio-py")]
                Op::MatchBegin => {
                    if let Some(Value::Exception(exc)) = frame.stack.last() {
                        // (Bound to no slot: `u32::MAX`, as `HandlerEnter`'s.)
                        frame.begin_handling(rt, exc.clone(), u32::MAX);
                    }
                }
                #[cfg(feature = "asyncio-py")]
                Op::MatchEnd => {
                    // (`except*` with nothing left to match: none begun.)
                    let at = frame.stack.len() - 2;
                    if matches!(frame.stack[at], Value::Exception(_)) {
                        frame.handling.pop();
                        if !frame.republish(rt) {
                            leave!(Action::Publish);
                        }
                    }
                }
                #[cfg(feature = "code")]
                Op::ExcMatchClass => {
                    let class = frame.pop();
                    let matched = match (&class, frame.stack.last()) {
                        (Value::UserClass(c), Some(exc)) if c.exception_base().is_some() => {
                            super::classes::is_instance(exc, c)
                        }
                        (Value::Class(Class::Exception(k)), Some(Value::Exception(e))) => {
                            e.kind.is_subclass_of(*k)
                        }
                        // What `except exceptions` read: CPython checks
                        // every class before matching any; not a nested
                        // tuple (`check_except_type_valid`).
                        #[cfg(feature = "asyncio-py")]
                        (Value::Tuple(t), Some(exc))
                            if t.iter().all(super::exception_groups::is_exception_class) =>
                        {
                            super::convert::isinstance(exc, &class)?
                        }
                        _ => {
                            let error = Exception::new(
                                ExcKind::TypeError,
                                "catching classes that do not inherit from BaseException is not allowed",
                            );
                            // Raised while the exception is being matched.
                            if let Some(Value::Exception(handled)) = frame.stack.last() {
                                error.set_context(handled);
                                error.settle_context();
                            }
                            return Err(Raise::Exc(error));
                        }
                    };
                    frame.stack.push(Value::Bool(matched));
                }
                #[cfg(feature = "code")]
                Op::SetAttr(n) => {
                    let obj = frame.pop();
                    let value = frame.pop();
                    super::classes::set_attr(rt, &obj, &code.names[n as usize], value)?;
                }
                #[cfg(feature = "code")]
                Op::Dup => {
                    let top = frame.stack.last().cloned().unwrap_or(Value::None);
                    frame.stack.push(top);
                }
                #[cfg(feature = "asyncio-py")]
                Op::Copy(n) => {
                    let at = frame.stack.len().checked_sub(n as usize);
                    let v = at.and_then(|at| frame.stack.get(at)).cloned();
                    frame.stack.push(v.unwrap_or(Value::None));
                }
                #[cfg(feature = "code")]
                Op::Swap => {
                    let n = frame.stack.len();
                    frame.stack.swap(n - 1, n - 2);
                }
                #[cfg(feature = "code")]
                Op::MakeClass {
                    name,
                    attrs,
                    #[cfg(feature = "asyncio-py")]
                    typing,
                } => {
                    let names = &code.kwnames[attrs as usize];
                    let values = frame.pop_n(names.len());
                    let base = frame.pop();
                    frame.stack.push(super::classes::make(
                        rt,
                        &code.names[name as usize],
                        base,
                        names,
                        values,
                        #[cfg(feature = "asyncio-py")]
                        (&code.kwnames[attrs as usize + 1], typing),
                    )?);
                }
                #[cfg(feature = "code")]
                Op::WithEnter(is_async) => {
                    let manager = frame.pop();
                    let (exit, enter) = super::classes::context_manager(rt, &manager, is_async)?;
                    frame.stack.push(exit);
                    frame.stack.push(enter);
                }
                #[cfg(feature = "code")]
                Op::Awaitable(from) => {
                    let top = frame.stack.last();
                    if let Some(v) =
                        top.filter(|v| !matches!(v, Value::Coroutine(_) | Value::Future(_)))
                    {
                        use super::code::Awaited;
                        let what = match from {
                            Awaited::Enter => "'async with' received an object from __aenter__ that does not implement __await__",
                            Awaited::Exit => "'async with' received an object from __aexit__ that does not implement __await__",
                            Awaited::Next => "'async for' received an invalid object from __anext__",
                        };
                        return Err(ops::type_error(format!(
                            "{what}: {}",
                            v.cpython_type_name()
                        )));
                    }
                }
                #[cfg(feature = "code")]
                Op::AsyncIter => {
                    let iterable = frame.pop();
                    frame.stack.push(super::classes::async_iter(rt, iterable)?);
                }
                #[cfg(feature = "code")]
                Op::AsyncNext => {
                    let iterator = frame.stack.last().cloned().unwrap_or(Value::None);
                    frame.stack.push(super::classes::async_next(rt, iterator)?);
                }
                #[cfg(feature = "code")]
                Op::Yield => leave!(Action::Yield),
                #[cfg(feature = "code")]
                Op::WithExcept => {
                    if let Value::Exception(exc) = frame.pop() {
                        let class = super::classes::class_of(&Value::Exception(exc.clone()))
                            .unwrap_or(Value::Class(Class::Exception(exc.kind)));
                        frame.stack.push(class);
                        frame.stack.push(Value::Exception(exc.clone()));
                        frame.stack.push(Value::Traceback(exc.clone()));
                        frame.begin_handling(rt, exc, u32::MAX);
                    }
                }
                #[cfg(feature = "asyncio-py")]
                #[cfg(feature = "asyncio-py")]
                Op::DictAdd { unpack } => {
                    let value = frame.pop();
                    let key = (!unpack).then(|| frame.pop());
                    let Some(Value::Dict(dict)) = frame.stack.last().cloned() else {
                        unreachable!("the compiler puts the dict below")
                    };
                    match (key, value) {
                        (Some(key), value) => dict.borrow_mut().insert(key, value)?,
                        (None, Value::Dict(from)) => crate::value::dict::Dict::merge(&dict, &from)?,
                        (None, Value::Instance(_)) => {
                            return Err(RunError::unsupported(
                                "`**` of an object of the program's in a dict display is not supported yet; unpack a dict",
                            ))
                        }
                        (None, other) => {
                            return Err(ops::type_error(format!(
                                "'{}' object is not a mapping",
                                other.cpython_type_name()
                            )))
                        }
                    }
                }
                #[cfg(feature = "asyncio-py")]
                Op::BuildSet { n, folded } => {
                    let items = frame.pop_n(n as usize);
                    let mut set = crate::value::set::Set::new();
                    for item in items {
                        set.add(item)?;
                    }
                    if folded {
                        set = set.folded_constant()?;
                    }
                    frame
                        .stack
                        .push(Value::Set(Rc::new(std::cell::RefCell::new(set))));
                }
                #[cfg(feature = "asyncio-py")]
                Op::StarBegin => {
                    let exc = frame.pop();
                    // Being handled while the clauses run, as CPython's
                    // `PUSH_EXC_INFO` has it: the context of what they
                    // raise outside a handler (a clause's TypeError).
                    if let Value::Exception(e) = &exc {
                        frame.begin_handling(rt, e.clone(), u32::MAX);
                    }
                    frame.stack.push(exc.clone());
                    frame.stack.push(exc);
                    frame.stack.push(Value::list(Vec::new()));
                }
                #[cfg(feature = "asyncio-py")]
                Op::StarMatch => {
                    let classes = frame.pop();
                    let mut matcher = super::exception_groups::star_matcher(classes)?;
                    let at = frame.stack.len() - 2;
                    let Value::Exception(rest) = frame.stack[at].clone() else {
                        // Every part matched an earlier clause.
                        frame.stack.push(Value::Bool(false));
                        continue;
                    };
                    let split = crate::value::exception_group::star_match(&rest, &mut *matcher)?;
                    frame.stack[at] = split.rest.map_or(Value::None, Value::Exception);
                    match split.matched {
                        Some(matched) => {
                            frame.stack.push(Value::Exception(matched));
                            frame.stack.push(Value::Bool(true));
                        }
                        None => frame.stack.push(Value::Bool(false)),
                    }
                }
                #[cfg(feature = "asyncio-py")]
                Op::StarRaised => {
                    let exc = frame.pop();
                    if let Some(Value::List(raised)) = frame.stack.last() {
                        raised.borrow_mut().push(exc);
                    }
                }
                #[cfg(feature = "asyncio-py")]
                Op::StarEnd => {
                    let (raised, rest, orig) = (frame.pop(), frame.pop(), frame.pop());
                    frame.handling.pop();
                    let mut excs: Vec<Exc> = match &raised {
                        Value::List(l) => l
                            .borrow()
                            .iter()
                            .filter_map(|v| match v {
                                Value::Exception(e) => Some(e.clone()),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    if let Value::Exception(rest) = rest {
                        excs.push(rest);
                    }
                    if let Value::Exception(orig) = &orig {
                        if let Some(exc) =
                            crate::value::exception_group::prep_reraise_star(orig, excs)
                        {
                            return Err(Raise::Exc(exc));
                        }
                    }
                    if !frame.republish(rt) {
                        leave!(Action::Publish);
                    }
                }
                #[cfg(feature = "code")]
                Op::Unmatched => {
                    let v = frame.pop();
                    // Raised again as it was (CPython's `RERAISE`), chained
                    // where it was first raised.
                    let exc = to_exception(rt, v)?;
                    exc.settle_context();
                    return Err(Raise::Exc(exc));
                }
            }
        }
    })();
    #[cfg(feature = "code")]
    rt.compute.charge(ops);
    result
}

/// CPython's RuntimeError for an async generator stepped (`anext`),
/// thrown into (`athrow`) or closed (`aclose`) while it is running.
#[cfg(feature = "code")]
#[cold]
fn already_running(method: &str) -> Exc {
    Exception::new(
        ExcKind::RuntimeError,
        format!("{method}(): asynchronous generator is already running"),
    )
}

/// What PEP 479 makes of `kind` leaving a body: a plain generator's
/// (`agen` `Some(false)`), an async generator's (`Some(true)`), or a
/// coroutine's; `None` when it leaves as it is.
#[cfg(feature = "code")]
fn pep_479_message(kind: ExcKind, agen: Option<bool>, coroutine: bool) -> Option<&'static str> {
    match (kind, agen, coroutine) {
        (ExcKind::StopIteration, Some(false), _) => Some("generator raised StopIteration"),
        (ExcKind::StopIteration, Some(true), _) => Some("async generator raised StopIteration"),
        (ExcKind::StopAsyncIteration, Some(true), _) => {
            Some("async generator raised StopAsyncIteration")
        }
        (ExcKind::StopIteration, None, true) => Some("coroutine raised StopIteration"),
        _ => None,
    }
}

/// What ends an iteration, leaving a generator's or a coroutine's body
/// (PEP 479): CPython's `gen_send_ex2` makes it a RuntimeError, caused by
/// it.
#[cfg(feature = "code")]
fn pep_479(exc: Exc, message: &str) -> Exc {
    let error = Exception::new(ExcKind::RuntimeError, message);
    // Raised by `gen_send_ex2` itself, with a traceback of its own.
    error.mark_raised();
    error.set_context(&exc);
    error.set_cause(Some(exc));
    error
}

/// `format(v, spec)`, which comes with Code mode's library.
#[cfg(feature = "code")]
fn format_spec(rt: &Rc<Runtime>, v: &Value, spec: &str) -> Result<String, Raise> {
    crate::value::format_spec::format_value(v, spec, &mut rt.formatter())
}

#[cfg(not(feature = "code"))]
fn format_spec(_: &Rc<Runtime>, _: &Value, _: &str) -> Result<String, Raise> {
    Err(RunError::needs_code_mode("a format spec (`{x:.2f}`)"))
}

/// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` of
/// ints, the commonest builtin call of a loop, if the top of `stack` is
/// one that makes its range (`step` not 0): made by the caller in place,
/// as CPython 3.11 calls a builtin class through its vectorcall
/// (`PRECALL_BUILTIN_CLASS`), without an argument vector or the general
/// path's checks, which such a call passes. Anything else (bools, objects
/// with `__index__`, a zero step, the wrong count) goes the general way.
#[cfg(not(target_arch = "wasm32"))]
fn range_of_ints(stack: &[Value], argc: usize) -> Option<crate::value::Range> {
    let at = stack.len().checked_sub(argc + 1)?;
    let [Value::Builtin(crate::value::Builtin::Range), args @ ..] = &stack[at..] else {
        return None;
    };
    let (start, stop, step) = match args {
        [Value::Int(stop)] => (0, *stop, 1),
        [Value::Int(start), Value::Int(stop)] => (*start, *stop, 1),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if *step != 0 => {
            (*start, *stop, *step)
        }
        _ => return None,
    };
    Some(crate::value::Range { start, stop, step })
}

/// Drops `v`, inline when it holds nothing to free (None, a bool, an
/// int, a float): the commonest values a step lets go of skip the call to
/// `Value`'s drop glue.
#[inline(always)]
fn discard(v: Value) {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => std::mem::forget(v),
        v => drop(v),
    }
}

/// A call of a function of the program's: a plain `def` needs a frame
/// (`Some`); an `async def`'s call makes its coroutine, a generator
/// function's its generator, pushed here.
fn call_function_here(
    rt: &Rc<Runtime>,
    frame: &mut Frame,
    f: &Rc<crate::value::FunctionObj>,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Option<Action>, Raise> {
    let function = f.def();
    #[cfg(feature = "code")]
    let plain = !function.is_async && !f.generator;
    #[cfg(not(feature = "code"))]
    let plain = !function.is_async;
    if plain {
        let args = builtins::bind(function, &f.defaults, args, kwargs)?;
        return Ok(Some(Action::Enter(f.clone(), args)));
    }
    frame
        .stack
        .push(builtins::call_function(rt, f, args, kwargs)?);
    Ok(None)
}

/// A call: builtins and coroutine creation complete here, their value
/// pushed (`None`); a plain `def` needs a frame of its own (`Some`).
fn call_here(
    rt: &Rc<Runtime>,
    frame: &mut Frame,
    callee: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Option<Action>, Raise> {
    // A function of the program's given no keywords, the commonest call
    // (`worker(i)` for a gather): none of the look-ups below (`**`, a
    // class's `__call__`, a partial, a bound method) can apply to it.
    if let (Value::Function(f), true) = (&callee, kwargs.is_empty()) {
        return call_function_here(rt, frame, f, args, kwargs);
    }
    #[cfg(feature = "code")]
    let kwargs = builtins::unpack_kwargs(&callee, None, kwargs)?;
    // An object whose class has `__call__`: that method, bound.
    #[cfg(feature = "asyncio-py")]
    let callee = builtins::called_method(callee)?;
    #[cfg(feature = "code")]
    let (callee, args, kwargs) = builtins::unwrap_partial(callee, args, kwargs);
    // A method the program defined, of a plain `def`: a frame, with the
    // object as its first argument.
    #[cfg(feature = "code")]
    let (callee, args) = match callee {
        Value::BoundMethod(m) if !m.1.def().is_async => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.0.clone());
            all.extend(args);
            (Value::Function(m.1.clone()), all)
        }
        other => (other, args),
    };
    if let Value::Function(f) = &callee {
        return call_function_here(rt, frame, f, args, kwargs);
    }
    // `asyncio.run(main)` from the module's code: it waits, outside the
    // loop, for main's task, while the session runs the loop.
    #[cfg(feature = "code")]
    if matches!(callee, Value::Builtin(crate::value::Builtin::AsyncioRun))
        && rt.current_slot().is_none()
    {
        return match builtins::call(rt, callee, args, kwargs)? {
            Value::Future(main) => Ok(Some(Action::RunLoop(main))),
            _ => Err(RunError::internal("asyncio.run made no future").into()),
        };
    }
    // `time.sleep(...)` in a thread's code: the thread sleeps, the call's
    // `None` already in place for when it wakes.
    #[cfg(feature = "asyncio-py")]
    if matches!(callee, Value::Builtin(crate::value::Builtin::TimeSleep)) && rt.in_thread() {
        let (result, slept) = rt.call_sleep_in_thread(|| builtins::call(rt, callee, args, kwargs));
        frame.stack.push(result?);
        return Ok(slept.then_some(Action::Block));
    }
    frame.stack.push(builtins::call(rt, callee, args, kwargs)?);
    Ok(None)
}

fn take_kwargs(frame: &mut Frame, kwnames: &[Vec<crate::program::Name>], kw: u32) -> Kwargs {
    if kw == NO_KW {
        return Vec::new();
    }
    let names = &kwnames[kw as usize];
    let values = frame.pop_n(names.len());
    names.iter().cloned().zip(values).collect_vec()
}

fn list_items(v: Value) -> Vec<Value> {
    match v {
        Value::List(l) => std::mem::take(&mut *l.borrow_mut()),
        _ => Vec::new(),
    }
}

/// What `raise value` raises: an instance, or a class called with no args.
#[cfg_attr(not(feature = "code"), allow(unused_variables))]
pub(crate) fn to_exception(rt: &Rc<Runtime>, v: Value) -> Result<Exc, Raise> {
    match v {
        Value::Exception(e) => Ok(e),
        Value::Class(Class::Exception(k)) => Ok(Exception::bare(k)),
        #[cfg(feature = "code")]
        Value::UserClass(class) if class.exception_base().is_some() => {
            match super::classes::instantiate(rt, &class, Vec::new(), Vec::new())? {
                Value::Exception(e) => Ok(e),
                _ => Err(RunError::internal("an exception class made no exception").into()),
            }
        }
        _ => Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        ))),
    }
}

/// Reading cell `cell` of a frame of `function` while it is empty: an
/// own variable not assigned yet, or one of a function around it.
#[cfg(feature = "code")]
fn unbound_cell(m: &Compiled, function: usize, cell: u32) -> Raise {
    let own = cell < m.code[function].cell_params.len() as u32;
    let name = m
        .scopes
        .cell_names(function)
        .nth(cell as usize)
        .map_or("?", |n| &**n);
    if own {
        return unbound_local(name);
    }
    Raise::Exc(
        // With "Did you mean", which CPython looks for as for any NameError.
        Exception::with_suggestion(
            ExcKind::NameError,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            crate::closed_world::suggest::for_name(
                name,
                &m.scopes.locals(function).iter().map(|n| &**n).collect_vec(),
                &m.scopes.module_globals(),
            ),
        ),
    )
}

/// The frame an async generator kept while paused (opaque to values).
#[cfg(feature = "code")]
fn agen_frame(kept: Box<dyn std::any::Any>) -> Result<Box<Frame>, Raise> {
    kept.downcast::<Frame>().map_err(|_| {
        RunError::internal("an async generator kept something else than a frame").into()
    })
}

/// Reading (or deleting) the local `name` while it has no value.
fn unbound_local(name: &str) -> Raise {
    Raise::Exc(Exception::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    ))
}

/// A name that is neither local nor a program function, read in
/// `function`.
fn global(m: &Compiled, function: usize, name: &str) -> Result<Value, Raise> {
    crate::value::builtin_global(name).ok_or_else(|| missing_global(m, function, name))
}

/// The NameError (with CPython's "Did you mean") for the module's name
/// `name`, read or deleted in `function` while it has no value.
fn missing_global(m: &Compiled, function: usize, name: &str) -> Raise {
    let varnames: Vec<&str> = m.scopes.locals(function).iter().map(|n| &**n).collect_vec();
    super::modelled::missing_name(name, &varnames, &m.scopes.module_globals())
}

/// A delay in seconds (`asyncio.sleep`'s, `wait_for`'s timeout): a number,
/// else the TypeError CPython's `delay <= 0` raises.
pub(crate) fn seconds(delay: &Value) -> Result<f64, Raise> {
    number(delay).ok_or_else(|| {
        Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!(
                "'<=' not supported between instances of '{}' and 'int'",
                delay.cpython_type_name()
            ),
        ))
    })
}

/// A delay's number, if it is one (`seconds`, without building its error).
fn number(delay: &Value) -> Option<f64> {
    match delay {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}
