//! A run put together: the interpreter compiles the program, and the
//! engine's `Session` runs it, given the compiled program as how its tasks'
//! coroutines run (`engine::Interpreter`). The one place that knows both,
//! so that the engine depends on no interpreter and can be read, tested
//! and changed on its own.

use crate::engine::{RunOptions, RunOutcome, Session};
use crate::interp::Compiled;
use crate::program::Program;
use std::rc::Rc;

impl Session {
    /// `asyncio.run(entry())` for a validated program: compiles it and
    /// creates main's task; nothing runs yet.
    pub fn new(program: &Program, options: &RunOptions) -> Session {
        let program = Rc::new(program.clone());
        // Where each statement stands in the text: the compiler gives
        // instructions their lines, and the engine quotes them in reports.
        #[cfg(feature = "code")]
        let source = program
            .source
            .clone()
            .unwrap_or_else(|| Rc::new(crate::program::python::source_map(&program)));
        let compiled = Compiled::new(
            &program,
            #[cfg(feature = "code")]
            &source,
        );
        Session::start(
            &program,
            options,
            compiled,
            #[cfg(feature = "code")]
            source,
        )
    }
}

/// Runs `asyncio.run(entry())` for a validated program.
pub fn run(program: &Program, options: &RunOptions) -> RunOutcome {
    Session::new(program, options).finish()
}

/// A run as `interleave step` shows it: before each loop iteration (and,
/// with `callbacks`, before each callback the loop runs) what the loop
/// holds (`engine::view`), then what ran printed, handed to `shown`; after
/// the last iteration, what was printed after the loop (no view).
#[cfg(feature = "code")]
pub fn step(
    program: &Program,
    options: &RunOptions,
    callbacks: bool,
    mut shown: impl FnMut(Option<crate::engine::view::LoopView>, String),
) -> RunOutcome {
    let mut session = Session::new(program, options);
    loop {
        // A cancelled timer's turn shows nothing: `_run_once` skips it.
        let view = (!session.is_finished())
            .then(|| session.view())
            .filter(|v| v.callback.is_none() || v.running.is_some());
        let going = if callbacks {
            session.advance_callback()
        } else {
            session.advance()
        };
        shown(view, session.new_output());
        if !going {
            break;
        }
    }
    session.finish()
}
