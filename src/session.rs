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
        Session::shared(Rc::new(program.clone()), options)
    }

    /// `new`, for a program the caller shares rather than lends: the page
    /// runs and replays one program many times, and copying it each time
    /// would cost time, and the build a copy of the whole tree's `clone`.
    pub fn shared(program: Rc<Program>, options: &RunOptions) -> Session {
        // The real clock is for programs written in Python: the forms'
        // tasks compute for microseconds and sleep for round times, and
        // the page shows them on the virtual clock. (Without Code mode
        // every program is the forms', and the clock is virtual.)
        #[cfg(feature = "code")]
        let options = &RunOptions {
            real_clock: options.real_clock && program.source.is_some(),
            ..options.clone()
        };
        // With asyncio's Python half, when the program uses it.
        #[cfg(feature = "asyncio-py")]
        let program = crate::asyncio_py::link(&program);
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

/// One step of a stepped run (`step`).
#[cfg(feature = "code")]
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stepped {
    /// What the loop held before the step; none after the loop (what the
    /// program printed then) or before a cancelled timer's turn, which
    /// `_run_once` skips without running anything.
    pub view: Option<crate::engine::view::LoopView>,
    /// What the step printed.
    pub printed: String,
    /// What the step did, in words (`narration`).
    pub narration: Option<String>,
    /// The tasks before the step, as a tree (`task_tree`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tree: Option<Vec<crate::task_tree::Row>>,
    /// With the tree: the loop before the step in words, as step mode's
    /// panel shows it (`Narrator::loop_in_words`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
}

#[cfg(feature = "code")]
impl Stepped {
    /// The step as `interleave step` prints it: the loop's view before it
    /// (and the tasks' tree, when asked for), what it printed, and, with
    /// `narrate`, what it did in words (`» ...`).
    pub fn to_text(&self, narrate: bool) -> String {
        let mut text = self.view.as_ref().map(|v| v.to_text()).unwrap_or_default();
        if let Some(words) = &self.words {
            text.push_str("in words:\n");
            for line in words.lines() {
                text.push_str("  ");
                text.push_str(line);
                text.push('\n');
            }
        }
        if let Some(rows) = &self.tree {
            text.push_str("task tree:\n");
            for line in crate::task_tree::to_text(rows).lines() {
                text.push_str("  ");
                text.push_str(line);
                text.push('\n');
            }
        }
        text.push_str(&self.printed);
        if let (true, Some(narration)) = (narrate, &self.narration) {
            text.push_str("» ");
            text.push_str(narration);
            text.push('\n');
        }
        text
    }
}

/// A run as `interleave step` shows it: before each loop iteration (and,
/// with `callbacks`, before each callback the loop runs) what the loop
/// holds (`engine::view`), then what ran printed and what it did, handed
/// to `shown` step by step; with `tree`, the tasks as a tree too.
#[cfg(feature = "code")]
pub fn step(
    program: &Program,
    options: &RunOptions,
    callbacks: bool,
    tree: bool,
    mut shown: impl FnMut(Stepped),
) -> RunOutcome {
    let mut session = Session::new(program, options);
    let mut narrator = crate::narration::Narrator::default();
    let mut tasks = crate::task_tree::TaskTree::default();
    // Every event, for the outcome (the session hands each out once).
    let mut all = session.new_events();
    narrator.learn(&all);
    tasks.learn(&all);
    // A cancelled timer's turn shows nothing: `_run_once` skips it; nor
    // does the module's code, before or after the loop.
    let view = |session: &Session| {
        session
            .in_loop()
            .then(|| session.view())
            .filter(|v| v.callback.is_none() || v.running.is_some())
    };
    let mut before = view(&session);
    loop {
        let going = if callbacks {
            session.advance_callback()
        } else {
            session.advance()
        };
        let events = session.new_events();
        let after = view(&session);
        // The loop in words before the step, with the names known then.
        let words = before
            .as_ref()
            .filter(|_| tree)
            .map(|b| narrator.loop_in_words(b, usize::MAX));
        let narration = before
            .as_ref()
            .map(|b| narrator.narrate(b, &events, after.as_ref().filter(|_| going)));
        // The tree before the step: what the events up to it say.
        let rows = before
            .as_ref()
            .filter(|_| tree)
            .map(|b| tasks.rows(b, usize::MAX));
        tasks.learn(&events);
        all.extend(events);
        shown(Stepped {
            view: before,
            printed: session.new_output(),
            narration,
            tree: rows,
            words,
        });
        if !going {
            break;
        }
        before = after;
    }
    let mut outcome = session.finish();
    all.append(&mut outcome.events);
    outcome.events = all;
    outcome
}
