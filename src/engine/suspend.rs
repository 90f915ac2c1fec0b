//! How a task's body (`Coro`) talks to the loop when it awaits: the
//! equivalent of a Python coroutine's `yield`.
//!
//! A coroutine suspends by storing what it waits on in the mailbox and
//! returning `Pending` from `Coro::resume`; the loop's step reads the
//! mailbox (CPython's `result` of `coro.send`). When the loop resumes the
//! task it puts `Ok(())` (send) or the exception to throw into the mailbox
//! and resumes it again. There are no wakers: the loop decides when a
//! task runs, exactly as `Task.__step` does.

use super::futures::FutRef;
use crate::value::Exc;
use std::cell::Cell;

/// What a suspended coroutine handed to its task.
pub(crate) enum Suspend {
    /// `yield future` from `Future.__await__`: resume when it is done.
    On(FutRef),
    /// A bare `yield` (`asyncio.sleep(0)`): resume on the next iteration.
    Yield,
    /// A thread's `time.sleep`, of so many seconds (`threads`).
    #[cfg(feature = "asyncio-py")]
    Block(super::timers::Time),
}

/// The running task's letters to and from the loop. Apart from the
/// loop's state and in cells, so that writing or reading them borrows
/// nothing: a step does each once.
#[derive(Default)]
pub(crate) struct Mailbox {
    /// Filled by the coroutine as it suspends, emptied by the step.
    yielded: Cell<Option<Suspend>>,
    /// Filled by the step before it resumes a suspended coroutine.
    resume: Cell<Option<Result<(), Exc>>>,
}

impl Mailbox {
    /// The coroutine suspends on `how`.
    pub fn suspend(&self, how: Suspend) {
        // Emptied by every step: nothing to drop, but checked inline, not
        // in `Suspend`'s drop glue.
        if let Some(before) = self.yielded.replace(Some(how)) {
            drop(before);
        }
    }

    /// What the coroutine suspended on, taken.
    pub fn take_yielded(&self) -> Option<Suspend> {
        self.yielded.take()
    }

    /// The step resumes the coroutine with `how`: `Err` throws it in.
    pub fn resume_with(&self, how: Result<(), Exc>) {
        drop(self.resume.replace(Some(how)));
    }

    /// What the coroutine is resumed with (a send, when nothing was
    /// put: its first step).
    pub fn take_resume(&self) -> Result<(), Exc> {
        self.resume.take().unwrap_or(Ok(()))
    }
}
