//! The engine: a model of CPython 3.11's asyncio event loop on a virtual
//! clock. Task bodies are coroutines (`Coro`), made by the `Interpreter`
//! the run was given (`crate::session` gives it `interp`'s), that the loop
//! resumes one `Task.__step` at a time. Nothing here imports the
//! interpreter.
//!
//! Layout:
//! - `event_loop`: the ready queue, `_run_once`, futures' completion and
//!   cancellation;
//! - `task`: `Task.__step`;
//! - `gather`: `asyncio.gather` and its done-callback;
//! - `timers`: the timer heap;
//! - `futures`: Future, Task and `_GatheringFuture` state and reprs;
//! - `suspend`: how a task's body yields to the loop;
//! - `runner`: `asyncio.run` (start, cancel-the-rest, stderr reports);
//! - `view`: what the loop holds between two iterations, for step mode
//!   (Code mode only).
//!
//! Nothing here knows about the DOM, real time or threads: the same program
//! gives the same trace everywhere.

mod api;
#[cfg(feature = "asyncio-py")]
pub mod callbacks;
#[cfg(feature = "code")]
pub mod compute;
#[cfg(feature = "asyncio-py")]
mod contexts;
pub mod event_loop;
#[cfg(feature = "asyncio-py")]
mod exception_handler;
pub(crate) mod freed;
pub mod futures;
pub mod gather;
#[cfg(feature = "asyncio-py")]
pub mod primitives;
#[cfg(feature = "asyncio-py")]
mod random;
pub mod runner;
pub mod suspend;
pub mod task;
#[cfg(feature = "asyncio-py")]
pub(crate) mod threads;
pub mod timers;
#[cfg(feature = "code")]
pub mod view;
mod waking;

use crate::collect::CollectVec;
use crate::error::{Raise, RunError};
use crate::trace::Event;
use crate::value::Value;
use event_loop::LoopState;
pub use runner::{RunWatch, Session};
use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

/// A task's coroutine, as the loop steps it.
pub(crate) type Body = Pin<Box<dyn Coro>>;

/// What the loop runs a task's coroutine as, and may ask of it while it is
/// paused.
pub(crate) trait Coro {
    /// A step of the coroutine (`Task.__step`'s `send` or `throw`, as
    /// `Runtime::take_resume` says): `Pending` while it is suspended,
    /// `Ready` once it has ended, its outcome then taken by
    /// `take_outcome`. (A flag comes back rather than the outcome, whose
    /// 32 bytes, returned through memory on every step, stalled a
    /// `sleep(0)` step on the CPU's store forwarding.)
    fn resume(self: Pin<&mut Self>) -> Poll<()>;
    /// What the coroutine ended with, once `resume` said it has.
    fn take_outcome(self: Pin<&mut Self>) -> Result<Value, Raise>;
    /// `resume`, with the outcome once it has ended: for the module's
    /// code, a thread's and a nested call, stepped less often than tasks.
    #[cfg(feature = "code")]
    fn run_step(mut self: Pin<&mut Self>) -> Poll<Result<Value, Raise>> {
        match self.as_mut().resume() {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => Poll::Ready(self.take_outcome()),
        }
    }
    /// The coroutine's frames as it is paused, its own first, then each
    /// coroutine it awaits (CPython's `cr_frame`, then `cr_await`'s):
    /// the line each is at and its variables, for the loop's view
    /// (`view`).
    #[cfg(feature = "code")]
    fn frames(&self) -> Vec<view::FrameView>;
    /// The primitive of asyncio's Python half the coroutine waits in, by
    /// its class (`trace::PRIMITIVES`), for the loop's view.
    #[cfg(feature = "code")]
    fn waits_in(&self) -> Option<&'static str>;
    /// Whether something thrown in now would run code of the program's:
    /// a frame paused inside a `try` or a `with`.
    #[cfg(feature = "asyncio-py")]
    fn handles_throw(&self) -> bool;
}

/// How a coroutine's code runs. The engine steps tasks and knows nothing of
/// instructions: whoever starts a run gives it an interpreter
/// (`interp::Compiled`, by `crate::session`), which makes each task's
/// body.
pub(crate) trait Interpreter {
    /// The future that runs `coro`, a task's coroutine, from its first
    /// line.
    fn start(self: Rc<Self>, rt: Rc<Runtime>, coro: Rc<crate::value::Coroutine>) -> Body;
    /// The future that runs the program's module-level code (a program
    /// read from source has some, `program::MODULE`), outside the loop:
    /// it calls `asyncio.run`, which suspends it until the loop is done
    /// (`Runtime::run_main`). `None` for a program that only runs
    /// `asyncio.run(entry())`.
    #[cfg(feature = "code")]
    fn module(self: Rc<Self>, rt: Rc<Runtime>) -> Option<Body>;
    /// Runs the module code of asyncio's Python half (`crate::asyncio_py`)
    /// when the program uses it: it makes the library's classes, and
    /// neither prints nor awaits. As CPython imports asyncio before the
    /// program's first line runs.
    #[cfg(feature = "asyncio-py")]
    fn import_library(self: Rc<Self>, rt: Rc<Runtime>) -> Result<(), Raise>;
    /// Calls the program's `callable` with `args` from the loop (a
    /// callback, `engine::callbacks`): a plain function runs to its end on
    /// a machine of its own; a coroutine function's coroutine is made and
    /// let go of, as CPython's `Handle._run` does.
    #[cfg(feature = "asyncio-py")]
    fn call_value(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        callable: &Value,
        args: Vec<Value>,
    ) -> Result<Value, Raise>;
    /// The machine a thread of the default executor runs `func(*args)`
    /// on: a plain function's frames, whose `time.sleep` suspends it.
    #[cfg(feature = "asyncio-py")]
    fn thread(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        func: &Value,
        args: Vec<Value>,
    ) -> Result<Body, Raise>;
    /// Calls the library's module-level function `name` (`logging.py`'s
    /// `_loop_made`) with `args`, when the program is linked with the
    /// module that defines it: how the loop's own steps reach a module of
    /// the library the program imported (asyncio's logger). `None` when
    /// it is not linked.
    #[cfg(feature = "asyncio-py")]
    fn library_hook(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        name: &str,
        args: Vec<Value>,
    ) -> Option<Result<Value, Raise>>;
    /// The primitives the module's variables hold
    /// (`primitives::held_by`), for the loop's view.
    #[cfg(feature = "asyncio-py")]
    fn module_primitives(&self) -> Vec<usize>;
    /// Runs the program's plain function `function` with `args` (bound)
    /// to its end, for a builtin that calls back into the program
    /// (`sorted(..., key=f)`): it cannot suspend, being no coroutine.
    #[cfg(feature = "code")]
    fn call(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        function: &crate::value::FunctionObj,
        args: Vec<Value>,
    ) -> Result<Value, Raise>;
    /// Runs a plain generator's body to its next `yield`, or closes it
    /// (`value::generator::Resume`): on a machine of its own, as `call`.
    #[cfg(feature = "code")]
    fn resume(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        gen: &Rc<crate::value::generator::Generator>,
        how: crate::value::generator::Resumption,
    ) -> Result<Value, Raise>;
    /// `str(obj)` or `repr(obj)` for an object whose class is the
    /// program's and defines `method` (`__str__`, `__repr__`): the
    /// method run to its end, as CPython's C code calls back into Python.
    /// `None` for any other object.
    #[cfg(feature = "code")]
    fn user_format(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        obj: &Value,
        method: &'static str,
    ) -> Option<Result<String, Raise>>;
    /// Whether the module's variables still hold, as the run ends,
    /// something CPython reports when it frees it (a task, a future, a
    /// coroutine, an exception): CPython frees them as the interpreter
    /// exits, in an order of its own, which is not modelled.
    #[cfg(feature = "code")]
    fn module_keeps_reported(&self) -> bool;
}

/// Bounds that keep a run finite and small whatever the program does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Loop iterations and calls a run may make before it is stopped.
    pub max_steps: u64,
    /// Tasks a run may create.
    pub max_tasks: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub limits: Limits,
    /// Record the trace. Off only for benchmarks that measure the loop alone.
    pub no_trace: bool,
    /// The clock runs as CPython's real one does: computing takes
    /// (estimated) time (`compute`), and a wait lasts as long as epoll and
    /// Linux make it, a little past its deadline (`waking`). On by
    /// default, for programs written in Python (`Program::source`); the
    /// forms' programs run on the virtual clock. Off, only sleeping moves
    /// the clock, each sleep by exactly its length, as in the tests'
    /// CPython on a virtual clock.
    pub real_clock: bool,
    /// The seed of `random`'s generator until the program seeds it (CPython
    /// seeds it from the operating system; Code mode only).
    pub random_seed: u64,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            limits: Limits::default(),
            no_trace: false,
            real_clock: true,
            random_seed: 0,
        }
    }
}

/// What a run printed and how it ended.
#[derive(Debug, Clone)]
pub struct RunOutcome {
    /// Everything the program printed, exactly as CPython prints it.
    pub stdout: String,
    /// What CPython writes to stderr: uncaught exceptions and "never
    /// retrieved" reports, with traceback frames left out.
    pub stderr: String,
    /// CPython's exit status: 0, or 1 after an uncaught exception.
    pub exit_status: i32,
    /// Set when Interleave stopped the run (a limit, a deadlock, an
    /// unsupported operation): the output is then incomplete.
    pub error: Option<RunError>,
    pub events: Vec<Event>,
    /// Loop iterations, steps counted against the budget, and tasks created.
    pub iterations: u64,
    pub steps: u64,
    pub tasks: usize,
    /// Estimated seconds of computing (`compute`), whether or not the
    /// clock counted them.
    pub computed: f64,
}

/// The shared state of one run: the loop, and how its tasks run.
pub struct Runtime {
    /// The loop's state: the engine's alone. The interpreter reaches it
    /// through the narrow API of `api.rs`.
    lp: RefCell<LoopState>,
    /// What the running task and the loop hand each other.
    mailbox: suspend::Mailbox,
    /// The slot of the task whose step is running (for `print`
    /// attribution, `current_task()`). A cell apart from the loop's
    /// state: a step sets it twice, and much reads it.
    running: std::cell::Cell<Option<usize>>,
    /// What runs each task's coroutine.
    interpreter: Rc<dyn Interpreter>,
    pub(crate) limits: Limits,
    /// Whether events are recorded; fixed for the run, so checking it needs
    /// no borrow.
    pub(crate) tracing: bool,
    /// Loop iterations and calls so far, against `Limits::max_steps`.
    pub(crate) steps: std::cell::Cell<u64>,
    /// What was freed that CPython reports as it frees it (failed futures
    /// nobody asked, coroutines that never ran), not yet written
    /// (`freed`).
    pub(crate) freed: crate::value::Freed,
    #[cfg(feature = "code")]
    pub(crate) warnings_shown: freed::Shown,
    /// Where the program's statements stand in its text.
    #[cfg(feature = "code")]
    pub(crate) source: Rc<crate::program::SourceMap>,
    /// Computing not yet on the clock.
    #[cfg(feature = "code")]
    pub(crate) compute: compute::Compute,
    /// The exception the code driving the loop is handling: main's, while
    /// `asyncio.run` shuts down after main raised (`Runner.__exit__`).
    /// Throwing into a coroutine chains to it (`gen_send_ex2` calls
    /// `_PyErr_ChainStackItem`), so the CancelledError a task gets then
    /// has it as its `__context__`.
    #[cfg(feature = "code")]
    pub(crate) handling: RefCell<Option<crate::value::Exc>>,
    /// `random`'s generator for this run.
    #[cfg(feature = "asyncio-py")]
    pub(crate) random: random::RunRandom,
    /// The Python frames CPython's thread holds below a task's first one
    /// while the loop steps it, which count towards its recursion limit:
    /// nine under `asyncio.run` (the module's, `run`, `Runner.run`,
    /// `run_until_complete`, `run_forever`, `_run_once`, `Handle._run`,
    /// and the C step's call), seven when the module's code runs the
    /// loop itself (`loop.run_until_complete`). Set by the runner.
    #[cfg(feature = "code")]
    pub(crate) frames_below_tasks: std::cell::Cell<usize>,
    /// The async generators started so far, weakly (asyncio's
    /// `_asyncgens`, which its `firstiter` hook fills): one still paused
    /// in its body when `asyncio.run` shuts down would be closed by
    /// `shutdown_asyncgens`, which is not modelled (`refuse_paused_asyncgens`).
    #[cfg(feature = "code")]
    pub(crate) asyncgens: RefCell<Vec<std::rc::Weak<crate::value::generator::Generator>>>,
    /// A refusal met where no error can be returned (as an object is
    /// freed): the loop stops with it after the callback.
    pub(crate) refused: RefCell<Option<String>>,
    /// The primitives of asyncio's Python half made so far, for step
    /// mode's view.
    #[cfg(feature = "asyncio-py")]
    pub(crate) primitives: primitives::Made,
    /// The threads of asyncio's default executor (`to_thread`).
    #[cfg(feature = "asyncio-py")]
    threads: RefCell<threads::Threads>,
    /// How many times the program has read the loop's clock (`loop.time()`,
    /// `time.monotonic()`, and `timeout(delay)`'s reading): a deadline it
    /// gives `call_at` is taken to come from the last one
    /// (`timers::Entry::exact`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) clock_reads: std::cell::Cell<u64>,
    /// The clock's advance by computing (`compute::Compute::total`) at the
    /// program's last reading of it.
    #[cfg(feature = "asyncio-py")]
    pub(crate) computed_at_read: std::cell::Cell<u64>,
    /// Whether the run has said that an order CPython takes from memory
    /// addresses was chosen (`note_address_order`).
    #[cfg(feature = "asyncio-py")]
    address_order_noted: std::cell::Cell<bool>,
    /// A task's step let `SystemExit` through (`Task.__step` sets it on
    /// the task, then re-raises it): `run_forever` ends at once, in the
    /// middle of its iteration, the iteration's other callbacks left
    /// queued for the loop's next run (`runner::Session::end_iteration`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) exiting: std::cell::Cell<bool>,
    /// `contextvars`' current context, and each task's (`contexts`).
    #[cfg(feature = "asyncio-py")]
    contexts: contexts::Contexts,
}

impl Runtime {
    pub(crate) fn new(
        interpreter: Rc<dyn Interpreter>,
        options: &RunOptions,
        #[cfg(feature = "code")] source: Rc<crate::program::SourceMap>,
    ) -> Rc<Runtime> {
        Rc::new(Runtime {
            lp: RefCell::new(LoopState::new(!options.no_trace)),
            mailbox: Default::default(),
            running: Default::default(),
            interpreter,
            limits: options.limits,
            tracing: !options.no_trace,
            steps: std::cell::Cell::new(0),
            freed: Default::default(),
            #[cfg(feature = "code")]
            warnings_shown: Default::default(),
            #[cfg(feature = "code")]
            source,
            #[cfg(feature = "code")]
            compute: compute::Compute::new(options.real_clock),
            #[cfg(feature = "code")]
            handling: RefCell::new(None),
            #[cfg(feature = "asyncio-py")]
            random: random::RunRandom::new(options.random_seed),
            #[cfg(feature = "code")]
            frames_below_tasks: std::cell::Cell::new(9),
            #[cfg(feature = "code")]
            asyncgens: RefCell::new(Vec::new()),
            refused: RefCell::new(None),
            #[cfg(feature = "asyncio-py")]
            primitives: Default::default(),
            #[cfg(feature = "asyncio-py")]
            threads: Default::default(),
            #[cfg(feature = "asyncio-py")]
            clock_reads: Default::default(),
            #[cfg(feature = "asyncio-py")]
            computed_at_read: Default::default(),
            #[cfg(feature = "asyncio-py")]
            address_order_noted: Default::default(),
            #[cfg(feature = "asyncio-py")]
            exiting: Default::default(),
            #[cfg(feature = "asyncio-py")]
            contexts: Default::default(),
        })
    }

    /// Says, once per run, that CPython walks a set of tasks, futures or
    /// coroutines in the order of their memory addresses, and which order
    /// the engine takes instead.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn note_address_order(&self) {
        if self.address_order_noted.replace(true) {
            return;
        }
        let text = "CPython walks a set of tasks, futures or coroutines (and a context's variables) in the order of their memory addresses, which vary between machines and runs; Interleave walks them in the order they were made (tasks, futures) or added, one order CPython can produce".to_string();
        self.emit(|| crate::trace::EventKind::Note { text });
    }

    /// The loop's tasks not done yet, in the order they were made.
    pub(crate) fn pending_tasks(&self) -> Vec<crate::engine::futures::FutRef> {
        self.lp
            .borrow()
            .tasks
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .filter(|t| t.is_pending())
            .collect_vec()
    }

    /// Calls the program's `callable` with `args` to its end, for a
    /// builtin that calls one (`eg.split(predicate)`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn call_value(
        self: &Rc<Self>,
        callable: &Value,
        args: Vec<Value>,
    ) -> Result<Value, Raise> {
        self.interpreter
            .clone()
            .call_value(self.clone(), callable, args)
    }

    /// Runs the program's plain function `function` to its end
    /// (`Interpreter::call`), for a builtin that calls one.
    #[cfg(feature = "code")]
    pub(crate) fn call_function(
        self: &Rc<Self>,
        function: &crate::value::FunctionObj,
        args: Vec<Value>,
    ) -> Result<Value, Raise> {
        self.interpreter.clone().call(self.clone(), function, args)
    }

    /// What formats values as the program sees them: with its own
    /// `__repr__` and `__str__` (`value::format::UserFormat`).
    pub(crate) fn formatter(self: &Rc<Self>) -> Formatter<'_> {
        Formatter(self)
    }

    /// The future that runs a task's coroutine (`Task.__step` starts it).
    pub(crate) fn start(self: &Rc<Self>, coro: Rc<crate::value::Coroutine>) -> Body {
        self.interpreter.clone().start(self.clone(), coro)
    }
}

/// The run resumes the plain generators its program makes.
#[cfg(feature = "code")]
impl crate::value::generator::Resume for Runtime {
    fn resume(
        self: Rc<Self>,
        gen: &Rc<crate::value::generator::Generator>,
        how: crate::value::generator::Resumption,
    ) -> Result<Value, Raise> {
        self.interpreter.clone().resume(self, gen, how)
    }
}

/// The run calls the functions of the `map`s its program makes.
#[cfg(feature = "asyncio-py")]
impl crate::value::iter::Call for Runtime {
    fn call(self: Rc<Self>, func: &Value, args: Vec<Value>) -> Result<Value, Raise> {
        self.interpreter.clone().call_value(self, func, args)
    }
}

/// Runs the program's `__repr__` and `__str__` for `Value::try_repr` and
/// the reports (`Runtime::formatter`).
pub(crate) struct Formatter<'a>(#[allow(dead_code)] &'a Rc<Runtime>);

impl crate::value::format::UserFormat for Formatter<'_> {
    #[cfg(feature = "code")]
    fn call(&mut self, obj: &Value, method: &'static str) -> Option<Result<String, Raise>> {
        let rt = self.0;
        rt.interpreter.clone().user_format(rt.clone(), obj, method)
    }

    #[cfg(not(feature = "code"))]
    fn call(&mut self, _: &Value, _: &'static str) -> Option<Result<String, Raise>> {
        None
    }
}
