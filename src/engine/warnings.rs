//! "coroutine 'f' was never awaited": the warning CPython writes when a
//! coroutine is freed before it ever ran, the most common asyncio mistake
//! (calling an `async def` without `await`). Code mode only: the forms
//! await every coroutine they make.
//!
//! A coroutine logs itself when it is freed unstarted (`value::Unawaited`);
//! freeing follows reference counts, which `Rc` keeps as CPython does, so
//! the moment is CPython's. What is written names the place Python code was
//! running at that moment (`warnings.warn(..., stacklevel=2)` from the
//! coroutine's finalizer), which only the caller knows:
//! - the task machine, after each instruction: the line of the program
//!   that ran it (a frame that returns frees its variables while its
//!   caller's line is current);
//! - the loop, after each callback: a task's own coroutine returned, and
//!   no Python frame of the program is running but asyncio's
//!   `Handle._run` (`events.py`, line 80);
//! - the runner, at the end: the tasks `asyncio.run` cancelled go as its
//!   `_cancel_all_tasks` returns, with what their CancelledError's
//!   traceback kept; main's result goes at the line of `asyncio.run(...)`,
//!   and what main's traceback kept at the interpreter's exit (`sys:1`).
//!
//! The `default` warning filter shows a warning once per place: once per
//! text and line of each module (its `__warningregistry__`).

use super::Runtime;
use crate::program::Name;
use std::cell::RefCell;

/// Where Python code was when a coroutine was freed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A line of the program.
    Line(u32),
    /// Line 80 of `asyncio/events.py`, which runs every callback.
    Callback,
    /// `asyncio.run`'s call of `_cancel_all_tasks` (`runners.py`, line
    /// 71), whose list of the tasks it cancelled goes as it returns.
    Shutdown,
    /// The interpreter's exit.
    Exit,
}

/// The warnings already shown, each module's registry in one list.
#[derive(Debug, Default)]
pub(crate) struct Shown(RefCell<Vec<(Place, Name)>>);

/// The source line CPython quotes for `Place::Callback`.
const HANDLE_RUN: &str = "self._context.run(self._callback, *self._args)";

impl Runtime {
    /// Writes the warning for each coroutine freed unstarted since the last
    /// call, as freed at `place`.
    pub(crate) fn warn_unawaited(&self, place: Place) {
        for name in self.unawaited.take() {
            if self
                .warnings_shown
                .0
                .borrow()
                .contains(&(place, name.clone()))
            {
                continue;
            }
            self.warnings_shown
                .0
                .borrow_mut()
                .push((place, name.clone()));
            let message = format!("RuntimeWarning: coroutine '{name}' was never awaited");
            let tracemalloc =
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback";
            let lines = match place {
                // An instruction with no line: CPython says -1 and quotes
                // nothing.
                Place::Line(crate::interp::compile::NO_LINE) => vec![
                    format!("{}:-1: {message}", self.source.path()),
                    tracemalloc.to_string(),
                ],
                Place::Line(line) => {
                    let text = self.source.line_text(line);
                    vec![
                        format!("{}:{line}: {message}", self.source.path()),
                        format!("  {text}"),
                        tracemalloc.to_string(),
                    ]
                }
                Place::Callback => vec![
                    format!("…/asyncio/events.py:80: {message}"),
                    format!("  {HANDLE_RUN}"),
                    tracemalloc.to_string(),
                ],
                Place::Shutdown => vec![
                    format!("…/asyncio/runners.py:71: {message}"),
                    "  _cancel_all_tasks(loop)".to_string(),
                    tracemalloc.to_string(),
                ],
                // No frame: no source line, and no object traceback either.
                Place::Exit => vec![format!("sys:1: {message}")],
            };
            self.stderr_lines(&lines);
        }
    }
}
