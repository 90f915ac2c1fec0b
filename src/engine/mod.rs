//! The engine: a model of CPython 3.11's asyncio event loop on a virtual
//! clock. Task bodies are Rust futures (see `interp`) that this module's own
//! executor polls, one `Task.__step` at a time.
//!
//! Layout:
//! - `event_loop`: the ready queue, `_run_once`, futures' completion and
//!   cancellation;
//! - `task`: `Task.__step`;
//! - `gather`: `asyncio.gather` and its done-callback;
//! - `timers`: the timer heap;
//! - `futures`: Future, Task and `_GatheringFuture` state and reprs;
//! - `suspend`: how a Rust future yields to the loop;
//! - `runner`: `asyncio.run` (start, cancel-the-rest, stderr reports).
//!
//! Nothing here knows about the DOM, real time or threads: the same program
//! gives the same trace everywhere.

mod api;
#[cfg(feature = "code")]
pub mod compute;
pub mod event_loop;
pub(crate) mod freed;
pub mod futures;
pub mod gather;
pub mod runner;
pub mod suspend;
pub mod task;
pub mod timers;

use crate::error::{Raise, RunError};
use crate::interp::Scopes;
use crate::program::Program;
use crate::trace::Event;
use crate::value::Value;
use event_loop::LoopState;
pub use runner::{RunWatch, Session};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// A task's coroutine as a Rust future.
pub(crate) type Body = Pin<Box<dyn Future<Output = Result<Value, Raise>>>>;

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
    /// Computing takes (estimated) time on the virtual clock, as it takes
    /// real time in CPython (`compute`; Code mode only). On by default;
    /// off, only sleeping moves the clock, as in the tests' CPython on a
    /// virtual clock.
    pub compute_time: bool,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            limits: Limits::default(),
            no_trace: false,
            compute_time: true,
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

/// The shared state of one run: the loop and the program it runs.
pub struct Runtime {
    /// The loop's state: the engine's alone. The interpreter reaches it
    /// through the narrow API of `api.rs`.
    lp: RefCell<LoopState>,
    pub(crate) program: Rc<Program>,
    pub(crate) scopes: Scopes,
    /// Each function's compiled instructions, by index.
    pub(crate) code: Vec<crate::interp::code::FnCode>,
    /// Each function as a value, by index.
    pub(crate) functions: Vec<crate::value::Value>,
    pub(crate) limits: Limits,
    /// Index of the function `asyncio.run` starts.
    pub(crate) entry: Option<usize>,
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
}

impl Runtime {
    pub(crate) fn new(program: Rc<Program>, options: &RunOptions) -> Rc<Runtime> {
        let scopes = Scopes::of(&program);
        #[cfg(feature = "code")]
        let source = program
            .source
            .clone()
            .unwrap_or_else(|| Rc::new(crate::program::python::source_map(&program)));
        let code = crate::interp::compile::compile(
            &program,
            &scopes,
            #[cfg(feature = "code")]
            &source,
        );
        let functions = (0..program.functions.len())
            .map(|index| {
                crate::value::Value::Function(Rc::new(crate::value::FunctionObj {
                    index,
                    name: scopes.function_name(index),
                }))
            })
            .collect();
        Rc::new(Runtime {
            lp: RefCell::new(LoopState::new(!options.no_trace)),
            functions,
            scopes,
            code,
            entry: program
                .functions
                .iter()
                .position(|f| f.name == program.entry),
            program,
            limits: options.limits,
            tracing: !options.no_trace,
            steps: std::cell::Cell::new(0),
            freed: Default::default(),
            #[cfg(feature = "code")]
            warnings_shown: Default::default(),
            #[cfg(feature = "code")]
            source,
            #[cfg(feature = "code")]
            compute: compute::Compute::new(options.compute_time),
        })
    }
}

/// Runs `asyncio.run(entry())` for a validated program.
pub fn run(program: &Program, options: &RunOptions) -> RunOutcome {
    Session::new(program, options).finish()
}
