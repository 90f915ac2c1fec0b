//! What the interpreter may do to the loop: the narrow API through which a
//! task's code reaches the event loop's state, each method one thing
//! asyncio itself does (print to stdout, block in `time.sleep`, yield for
//! `sleep(0)`, suspend on a future, register a gather, read the clock and
//! the current task). `LoopState` is private to the engine; the
//! interpreter sees only these.
//!
//! The loop's own machinery (scheduling, timers, cancellation, gather's
//! callbacks) lives in `event_loop.rs`, `futures.rs` and `gather.rs`.

use super::futures::FutRef;
use super::suspend::Suspend;
use super::Runtime;
use crate::trace::EventKind;
use crate::value::Exc;
use std::rc::Rc;

impl Runtime {
    /// `print` writes here: stdout, and a trace event for the console.
    pub(crate) fn print(&self, text: String) {
        let task = self.current_slot();
        self.lp.borrow_mut().stdout.push_str(&text);
        self.emit(|| EventKind::Printed { task, text });
    }

    /// `time.sleep`: the clock moves on while nothing else can run.
    pub(crate) fn block(&self, seconds: f64) {
        #[cfg(feature = "code")]
        self.flush_compute();
        let task = self.current_slot();
        self.emit(|| EventKind::Blocked { task, seconds });
        let mut lp = self.lp.borrow_mut();
        lp.now = lp.now.saturating_add((seconds * 1e9).round() as u64);
    }

    /// `await asyncio.sleep(0)`: the running task gives way for one
    /// iteration (`__sleep0`'s bare yield).
    pub(crate) fn yield_now(&self) {
        self.lp.borrow_mut().mailbox.yielded = Some(Suspend::Yield);
    }

    /// The running task suspends on `future` (what it awaits), to be
    /// woken by its done-callback.
    pub(crate) fn suspend_on(&self, future: &FutRef) {
        self.lp.borrow_mut().mailbox.yielded = Some(Suspend::On(future.clone()));
    }

    /// What the running task is resumed with: `Err` when an exception is
    /// thrown into it (its cancellation).
    pub(crate) fn take_resume(&self) -> Result<(), Exc> {
        self.lp.borrow_mut().mailbox.resume.take().unwrap_or(Ok(()))
    }

    /// The running task's index in the loop's table (its trace `task`).
    pub(crate) fn current_slot(&self) -> Option<usize> {
        self.lp.borrow().current_slot()
    }

    /// `asyncio.current_task()`.
    #[cfg(feature = "code")]
    pub(crate) fn current_task(&self) -> Option<FutRef> {
        let lp = self.lp.borrow();
        lp.current_slot()
            .and_then(|slot| lp.tasks.get(slot)?.upgrade())
    }

    /// `asyncio.get_running_loop()`: `None` outside the loop's callbacks
    /// (the module's code).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn running_loop(&self) -> Option<Rc<crate::value::EventLoopObj>> {
        let mut lp = self.lp.borrow_mut();
        if !lp.open {
            return None;
        }
        Some(lp.program_loop.get_or_insert_with(Default::default).clone())
    }

    /// Whether the loop is running: in a task's step or a callback, not in
    /// the module's code around `asyncio.run`.
    #[cfg(feature = "code")]
    pub(crate) fn loop_running(&self) -> bool {
        self.lp.borrow().open
    }

    /// `loop.create_future()`
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn create_future(&self) -> FutRef {
        self.new_future(super::futures::FutKind::Plain)
    }

    /// `asyncio.run(main)`, called by the module's code: main's task,
    /// which that code then waits for while the session runs the loop.
    /// Each call runs a fresh loop: the last one closed when it returned
    /// (`Session`), and what goes on across loops (the clock, the count
    /// of iterations and of tasks' names) goes on as in CPython.
    ///
    /// `Runner.__enter__` makes the loop before `Runner.run` checks that
    /// `main` is a coroutine: for anything else, a future failed with
    /// that ValueError, and the session runs the loop's shutdown only.
    #[cfg(feature = "code")]
    pub(crate) fn run_main(
        self: &Rc<Self>,
        main: crate::value::Value,
    ) -> Result<FutRef, crate::error::Raise> {
        use crate::value::{ExcKind, Exception, Value};
        match main {
            Value::Coroutine(c) => self.create_task(c, None, false),
            other => {
                let failed = self.new_future(super::futures::FutKind::Plain);
                let message = format!("a coroutine was expected, got {}", other.repr());
                self.set_exception(&failed, Exception::new(ExcKind::ValueError, message));
                Ok(failed)
            }
        }
    }

    /// The virtual clock, in seconds since the run began.
    pub(crate) fn now_seconds(&self) -> f64 {
        self.lp.borrow().now as f64 / 1e9
    }

    /// A gather the program made: the loop keeps track of it (weakly, as
    /// of its tasks), so that one failed and never asked is found at exit.
    pub(crate) fn program_gather(
        self: &Rc<Self>,
        args: Vec<crate::value::Value>,
        return_exceptions: bool,
    ) -> Result<FutRef, crate::error::Raise> {
        let outer = self.gather(args, return_exceptions, false)?;
        self.lp.borrow_mut().gatherings.push(Rc::downgrade(&outer));
        Ok(outer)
    }
}
