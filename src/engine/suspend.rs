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

#[derive(Default)]
pub(crate) struct Mailbox {
    /// Filled by the coroutine as it suspends, emptied by the step.
    pub yielded: Option<Suspend>,
    /// Filled by the step before it resumes a suspended coroutine.
    pub resume: Option<Result<(), Exc>>,
}

impl Mailbox {
    /// The coroutine suspends on `how`. What was there is taken out
    /// first, so that the new value is written in place: assigned over a
    /// value to be dropped, it was built on the stack and copied, and
    /// the copy stalled a `sleep(0)` step on the CPU's store forwarding.
    pub fn suspend(&mut self, how: Suspend) {
        drop(self.yielded.take());
        self.yielded = Some(how);
    }

    /// What the coroutine suspended on, taken. A bare yield is read in
    /// place: moved out whole, the one byte written for it was read back
    /// as sixteen, which stalled a `sleep(0)` step on store forwarding.
    pub fn take_yielded(&mut self) -> Option<Suspend> {
        if let Some(Suspend::Yield) = self.yielded {
            self.yielded = None;
            return Some(Suspend::Yield);
        }
        self.yielded.take()
    }
}
