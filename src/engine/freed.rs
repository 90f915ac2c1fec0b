//! What CPython writes to stderr as it frees an object: "Task exception
//! was never retrieved" for a failed future nobody asked (any build), and
//! "coroutine 'f' was never awaited" for a coroutine that never ran (Code
//! mode: the forms await every coroutine they make), the most common
//! asyncio mistake.
//!
//! Objects log themselves as they are freed (`value::Freed`): a future
//! from its `Drop`, a coroutine from its own. Freeing follows reference
//! counts, which `Rc` keeps as CPython does, so the moment and the order
//! are CPython's; the loop's own tables hold tasks weakly, as asyncio's
//! `_all_tasks` does. What a warning names is the place Python code was
//! running at that moment (`warnings.warn(..., stacklevel=2)` from the
//! coroutine's finalizer), which only the caller knows:
//! - the task machine, after each instruction: the line of the program
//!   that ran it (a frame that returns frees its variables while its
//!   caller's line is current);
//! - the loop, after each callback: a task's own coroutine returned, and
//!   no Python frame of the program is running but asyncio's
//!   `Handle._run` (`events.py`, line 80);
//! - the runner: the tasks `asyncio.run` cancelled go as its
//!   `_cancel_all_tasks` returns; main's result goes at the line of
//!   `asyncio.run(...)`, and what main's traceback kept at the
//!   interpreter's exit (`sys:1`).
//!
//! The `default` warning filter shows a warning once per place: once per
//! text and line of each module (its `__warningregistry__`).

use super::Runtime;
#[cfg(feature = "code")]
use crate::program::Name;
use crate::value::{Exc, FreedEntry};
#[cfg(feature = "code")]
use std::cell::RefCell;
use std::rc::Rc;

/// Where Python code was when a coroutine was freed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A line of the program.
    #[cfg(feature = "code")]
    Line(u32),
    /// Line 80 of `asyncio/events.py`, which runs every callback.
    #[cfg(feature = "code")]
    Callback,
    /// Line 1808 of `asyncio/base_events.py`, which calls the program's
    /// exception handler (`call_exception_handler`).
    #[cfg(feature = "asyncio-py")]
    ExceptionHandler,
    /// `asyncio.run`'s call of `_cancel_all_tasks` (`runners.py`, line
    /// 71), whose list of the tasks it cancelled goes as it returns.
    Shutdown,
    /// `_run_once` letting go of the handle it ran: as it pops the next
    /// (`base_events.py`, line 1907), or after the last of the iteration
    /// (line 1923).
    Popped { last: bool },
    /// The interpreter's exit.
    Exit,
}

/// The warnings already shown, each module's registry in one list.
#[cfg(feature = "code")]
#[derive(Debug, Default)]
pub(crate) struct Shown(RefCell<Vec<(Place, Name)>>);

/// The source line CPython quotes for `Place::Callback`.
#[cfg(feature = "code")]
const HANDLE_RUN: &str = "self._context.run(self._callback, *self._args)";

impl Runtime {
    /// Writes what was freed since the last call, as freed at `place`.
    /// Inline: it runs after every callback and, in Code mode, every
    /// instruction, and nearly always finds nothing.
    #[inline]
    pub(crate) fn report_freed_at(self: &Rc<Self>, place: Place) {
        if !self.freed.is_empty() {
            self.report_freed(place);
        }
    }

    #[cold]
    fn report_freed(self: &Rc<Self>, _place: Place) {
        // A never-retrieved report holds its exception until it is
        // written (the program's `__str__` may run for it); what letting
        // go of it frees then comes next, as it would have in CPython,
        // where `Future.__del__` logs and the exception goes at once.
        let mut entries: std::collections::VecDeque<FreedEntry> = self.freed.take().into();
        while let Some(entry) = entries.pop_front() {
            match entry {
                FreedEntry::NeverRetrieved(head, exc) => self.log_exception(head, &exc),
                #[cfg(feature = "asyncio-py")]
                FreedEntry::NeverRetrievedFuture(future) => self.never_retrieved_to_handler(future),
                #[cfg(feature = "code")]
                FreedEntry::Coroutine(name) => self.warn_unawaited(name, _place),
                #[cfg(feature = "code")]
                FreedEntry::AsyncGenerator(agen) => self.asyncgen_finalizer(agen),
                #[cfg(feature = "code")]
                FreedEntry::Generator(gen) => self.close_generator(&gen),
                // Nothing more is reported: the run stops here.
                #[cfg(feature = "asyncio-py")]
                FreedEntry::Refused(why) => {
                    self.refuse(why.to_string());
                    drop(entries);
                    self.freed.discard();
                    return;
                }
            }
            for freed in self.freed.take().into_iter().rev() {
                entries.push_front(freed);
            }
        }
    }

    /// What asyncio's default exception handler logs: its two lines ("...
    /// exception was never retrieved" and the future, or "Exception in
    /// callback ..." and the handle), then the exception's lines, written
    /// now, as its logger formats them; a refusal instead of a head that
    /// could not be written.
    pub(crate) fn log_exception(self: &Rc<Self>, head: Result<[String; 2], String>, exc: &Exc) {
        let head = match head {
            Ok(head) => head,
            Err(refusal) => return self.refuse(refusal),
        };
        #[cfg(feature = "asyncio-py")]
        self.log_lines(head.to_vec(), Some(exc));
        // (`log_lines` written out: shared, it cost Code mode's module,
        // which has no `logging` hook, 9 bytes it does not have.)
        #[cfg(not(feature = "asyncio-py"))]
        match exc.report_lines(false, &mut self.formatter()) {
            Ok(lines) => {
                let mut all = head.to_vec();
                all.extend(lines);
                self.stderr_lines(&all);
            }
            Err(raised) => self.refuse_raised(raised),
        }
    }

    /// What asyncio's logger writes for `logger.error(lines,
    /// exc_info=exc)`: the lines, then the exception's, unless the
    /// program silenced asyncio's logger or gave it handlers of its own
    /// (`logging.py`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn log_lines(self: &Rc<Self>, mut lines: Vec<String>, exc: Option<&Exc>) {
        match self
            .interpreter
            .clone()
            .library_hook(self.clone(), "_asyncio_report", Vec::new())
        {
            Some(Ok(crate::value::Value::Int(0))) => return,
            Some(Err(raised)) => return self.refuse_raised(raised),
            _ => {}
        }
        if let Some(exc) = exc {
            match exc.report_lines(false, &mut self.formatter()) {
                Ok(more) => lines.extend(more),
                Err(raised) => return self.refuse_raised(raised),
            }
        }
        self.stderr_lines(&lines);
    }

    /// A failed future freed unretrieved, with the program's exception
    /// handler set: `Future.__del__` calls it with the future itself.
    #[cfg(feature = "asyncio-py")]
    fn never_retrieved_to_handler(self: &Rc<Self>, future: crate::engine::futures::FutRef) {
        let exc = match &future.state.borrow().outcome {
            super::futures::Outcome::Exception(exc) => exc.clone(),
            _ => return,
        };
        // One of a loop that is closed (or another's since) goes to that
        // loop's handler, which the engine no longer knows.
        if self.of_an_earlier_loop(&future) {
            return self.refuse(
                "a failed future freed unretrieved after its loop closed, once an exception handler was set, is not supported yet: CPython calls that loop's handler then".to_string(),
            );
        }
        if self.exception_handler().is_none() {
            return self.log_exception(future.never_retrieved_head(), &exc);
        }
        let message = format!("{} exception was never retrieved", future.type_name());
        let context = Self::context(vec![
            ("message", crate::value::Value::str(&message)),
            ("exception", crate::value::Value::Exception(exc)),
            ("future", crate::value::Value::Future(future)),
        ]);
        if let Err(stopped) = self.call_exception_handler(context) {
            self.refuse(stopped.message);
        }
    }

    /// asyncio's `_asyncgen_finalizer_hook`, for a generator freed while
    /// paused: `call_soon_threadsafe(self.create_task, agen.aclose())`.
    /// The handle goes on the ready queue, and writing to the self-pipe
    /// wakes the loop's next `select`, which queues `_read_from_self`
    /// (`LoopState::self_pipe`).
    #[cfg(feature = "code")]
    fn asyncgen_finalizer(&self, agen: Rc<crate::value::generator::Generator>) {
        // A closed loop closes nothing: the generator just goes, its
        // `finally` never run.
        if !self.lp.borrow().open {
            return;
        }
        let close = crate::value::Coroutine::new(crate::value::CoroBody::AsyncGenClose(agen, None));
        self.schedule_close(Rc::new(close));
    }

    /// `gen_dealloc`: a plain generator freed while paused is closed
    /// there, `GeneratorExit` thrown in at its `yield`, so its `finally`
    /// blocks run now. What the close raises goes to CPython's
    /// unraisable hook, which writes it to stderr and goes on: the
    /// exception alone, without its context.
    #[cfg(feature = "code")]
    fn close_generator(self: &Rc<Self>, gen: &Rc<crate::value::generator::Generator>) {
        let exc = match gen.resume(
            crate::value::Value::None,
            crate::value::generator::Resumption::Close,
        ) {
            Ok(_) => return,
            Err(crate::error::Raise::Stop(e)) => return self.refuse(e.message),
            Err(crate::error::Raise::Exc(e)) => e,
        };
        let head = format!(
            "Exception ignored in: {}",
            crate::value::Value::Generator(gen.clone()).repr()
        );
        let mut lines = vec![head, "Traceback (most recent call last):".into()];
        match exc.last_line(false, &mut self.formatter()) {
            Ok(last) => lines.push(last),
            Err(raised) => return self.refuse_raised(raised),
        };
        #[cfg(feature = "asyncio-py")]
        match exc.note_lines("", &mut self.formatter()) {
            Ok(notes) => lines.extend(notes),
            Err(raised) => return self.refuse_raised(raised),
        };
        self.stderr_lines(&lines);
    }

    /// Keeps `message` (the first one met) to stop the run with, where no
    /// error can be returned.
    pub(crate) fn refuse(&self, message: String) {
        self.refused.borrow_mut().get_or_insert(message);
    }

    /// `refuse`, for what running the program's code for a report raised:
    /// a refusal, since a report swallows the program's exceptions.
    pub(crate) fn refuse_raised(&self, raised: crate::error::Raise) {
        self.refuse(match raised {
            crate::error::Raise::Stop(e) => e.message,
            crate::error::Raise::Exc(e) => format!(
                "an exception raised while a report was written: {}",
                e.traceback_line()
            ),
        })
    }

    /// The refusal met as something was freed (`refused`), to stop the
    /// run with.
    pub(crate) fn take_refusal(&self) -> Option<crate::error::RunError> {
        let message = self.refused.take()?;
        Some(crate::error::RunError::new(
            crate::error::RunErrorKind::Unsupported,
            message,
        ))
    }

    /// "coroutine 'name' was never awaited", unless already shown there.
    #[cfg(feature = "code")]
    fn warn_unawaited(&self, name: Name, place: Place) {
        let key = (place, name);
        if self.warnings_shown.0.borrow().contains(&key) {
            return;
        }
        let name = key.1.clone();
        self.warnings_shown.0.borrow_mut().push(key);
        let message = format!("RuntimeWarning: coroutine '{name}' was never awaited");
        let tracemalloc =
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback";
        let lines = match place {
            // An instruction with no line: CPython says -1 and quotes
            // nothing.
            Place::Line(crate::program::source_map::NO_LINE) => vec![
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
            #[cfg(feature = "asyncio-py")]
            Place::ExceptionHandler => vec![
                format!("…/asyncio/base_events.py:1808: {message}"),
                "  self._exception_handler(self, context)".to_string(),
                tracemalloc.to_string(),
            ],
            Place::Popped { last: false } => vec![
                format!("…/asyncio/base_events.py:1907: {message}"),
                "  handle = self._ready.popleft()".to_string(),
                tracemalloc.to_string(),
            ],
            Place::Popped { last: true } => vec![
                format!("…/asyncio/base_events.py:1923: {message}"),
                "  handle = None  # Needed to break cycles when an exception occurs.".to_string(),
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
