//! How a task's Rust future talks to the loop when it awaits: the equivalent
//! of a Python coroutine's `yield`.
//!
//! A coroutine suspends by storing what it waits on in the mailbox and
//! returning `Pending`; the loop's step reads the mailbox (CPython's `result`
//! of `coro.send`). When the loop resumes the task it puts `Ok(())` (send)
//! or the exception to throw into the mailbox and polls again. Wakers are
//! not used: the loop, not the waker, decides when a task runs, exactly as
//! `Task.__step` does.

use super::futures::FutRef;
use super::Runtime;
use crate::value::Exc;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// What a suspended coroutine handed to its task.
pub(crate) enum Suspend {
    /// `yield future` from `Future.__await__`: resume when it is done.
    On(FutRef),
    /// A bare `yield` (`asyncio.sleep(0)`): resume on the next iteration.
    Yield,
}

#[derive(Default)]
pub(crate) struct Mailbox {
    /// Filled by the coroutine as it suspends, emptied by the step.
    pub yielded: Option<Suspend>,
    /// Filled by the step before it resumes a suspended coroutine.
    pub resume: Option<Result<(), Exc>>,
}

/// Resolves on its second poll with what the loop resumed it with.
pub(crate) struct SuspendFuture<'a> {
    rt: &'a Runtime,
    what: Option<Suspend>,
}

impl<'a> SuspendFuture<'a> {
    pub fn new(rt: &'a Runtime, what: Suspend) -> Self {
        SuspendFuture {
            rt,
            what: Some(what),
        }
    }
}

impl Future for SuspendFuture<'_> {
    type Output = Result<(), Exc>;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        let rt = self.rt;
        let mut lp = rt.lp.borrow_mut();
        if let Some(what) = self.what.take() {
            lp.mailbox.yielded = Some(what);
            return Poll::Pending;
        }
        // The step always fills `resume` before polling a started task.
        Poll::Ready(lp.mailbox.resume.take().unwrap_or(Ok(())))
    }
}
