//! `Task.__step`: run a task's coroutine until it suspends, returns or
//! raises, then act on what it yielded, as CPython 3.11's task does.

use super::event_loop::Handle;
use super::futures::{cancelled_error, Callback, FutRef, TaskBody};
use super::suspend::Suspend;
use super::Runtime;
use crate::error::{Raise, RunError};
use crate::trace::EventKind;
use crate::value::{Exc, ExcKind, Exception};
use std::rc::Rc;
use std::task::Poll;

impl Runtime {
    /// Runs one step of `task`, throwing `exc` into it if given. True when
    /// the coroutine yielded bare (`sleep(0)`): the caller schedules the
    /// next step, `Task.__step`'s last act (`call_soon(self.__step)`),
    /// which a step run from its own handle does by putting that handle
    /// back, and a `Task.__wakeup` by queueing a new one (`run_callback`).
    #[must_use = "a bare yield's next step is the caller's to schedule"]
    pub(crate) fn step(
        self: &Rc<Self>,
        task: &FutRef,
        mut exc: Option<Exc>,
    ) -> Result<bool, RunError> {
        let Some(info) = task.task() else {
            return Ok(false);
        };
        let (slot, internal) = (info.slot, info.internal);
        let started = {
            let mut st = task.state.borrow_mut();
            if !matches!(st.outcome, super::futures::Outcome::Pending) {
                return Ok(false);
            }
            if st.must_cancel {
                if !exc
                    .as_ref()
                    .is_some_and(|e| e.kind == ExcKind::CancelledError)
                {
                    exc = Some(cancelled_error(st.cancel_message.clone()));
                }
                st.must_cancel = false;
            }
            st.waiter = None;
            std::mem::replace(&mut st.started, true)
        };
        if !internal {
            self.emit(|| EventKind::StepStarted { task: slot });
        }
        // Thrown into the coroutine while the loop's caller handles an
        // exception (shutdown after main raised): chained to it.
        #[cfg(feature = "code")]
        if let Some(e) = &exc {
            if let Some(handled) = &*self.handling.borrow() {
                e.set_context(handled);
            }
        }
        // Borrowed through the step, not taken out and put back: what
        // reads a task's body meanwhile (its repr, gather's look for an
        // unstarted task, the view) uses `try_borrow`, and finds this one
        // running.
        let mut body = info.body.borrow_mut();
        // A coroutine that never started raises what is thrown into it
        // before running a line.
        let mut thrown_unstarted = false;
        if matches!(*body, TaskBody::NotStarted) {
            match exc.is_some() {
                // `aclose()` thrown into before its first step (asyncio.run
                // cancelling what is left) throws that into the generator
                // instead of `GeneratorExit` (`async_gen_athrow_throw`).
                #[cfg(feature = "code")]
                true if info.closes_generator() => {
                    if let Some(exc) = exc.take() {
                        self.mailbox.resume_with(Err(exc));
                    }
                    *body = TaskBody::Running(self.start(info.coroutine.clone()));
                }
                // One that is finished already (closed, or awaited to its
                // end elsewhere) raises CPython's RuntimeError instead
                // (`gen_send_ex2` on a completed frame).
                true => {
                    if info.coroutine.finished.get() {
                        exc = Some(Exception::new(
                            ExcKind::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ));
                    } else {
                        // Thrown in at the coroutine's first line, it
                        // leaves that frame with a traceback entry (`async
                        // def ...`): a report of it ("exception was never
                        // retrieved") announces a traceback. (The first
                        // download reports every exception so.)
                        #[cfg(feature = "code")]
                        if let Some(thrown) = &exc {
                            thrown.mark_raised();
                        }
                    }
                    info.coroutine.close_unstarted();
                    *body = TaskBody::Finished;
                    thrown_unstarted = true;
                }
                false => *body = TaskBody::Running(self.start(info.coroutine.clone())),
            }
        }
        let poll = match &mut *body {
            TaskBody::Running(coro) => {
                self.running.set(Some(slot));
                if started {
                    self.mailbox.resume_with(exc.take().map_or(Ok(()), Err));
                }
                // `Task.__step` runs in the task's context.
                #[cfg(feature = "asyncio-py")]
                let resumed = self.in_context(self.task_context(slot), || coro.as_mut().resume());
                #[cfg(not(feature = "asyncio-py"))]
                let resumed = coro.as_mut().resume();
                // `Coro::run_step`'s match, written out: through the
                // vtable, its outcome would come back through memory on
                // every step (`Coro::resume` says why that stalls).
                match resumed {
                    Poll::Pending => Poll::Pending,
                    Poll::Ready(()) => Poll::Ready(coro.as_mut().take_outcome()),
                }
            }
            _ if thrown_unstarted => {
                Poll::Ready(Err(Raise::Exc(exc.take().expect("checked is_some"))))
            }
            _ => {
                return Err(RunError::internal(format!(
                    "task {slot} was stepped after its coroutine finished"
                )))
            }
        };
        // The step is over: what did the coroutine yield?
        self.running.set(None);
        let yielded = self.mailbox.take_yielded();
        if poll.is_pending() {
            drop(body);
        } else {
            // The coroutine's frame is cleared as it returns or raises,
            // before `Task.__step` sets the task's outcome: what it held
            // is freed first (an async generator is handed to the
            // finalizer hook before the task's done-callbacks are
            // scheduled).
            let ended = std::mem::replace(&mut *body, TaskBody::Finished);
            drop(body);
            drop(ended);
            // A step that stops the run runs nothing more of the program:
            // what its frames freed as the refusal unwound them (a
            // generator paused in a `try`, whose `finally` CPython would
            // run at another moment) is dropped unreported.
            #[cfg(feature = "code")]
            match &poll {
                Poll::Ready(Err(Raise::Stop(_))) => self.freed.discard(),
                _ => self.report_freed_at(super::freed::Place::Callback),
            }
        }
        match poll {
            Poll::Ready(Ok(value)) => {
                let must_cancel = std::mem::take(&mut task.state.borrow_mut().must_cancel);
                if must_cancel {
                    // Cancelled right before the coroutine returned.
                    let msg = task.state.borrow().cancel_message.clone();
                    self.cancel_future(task, msg);
                } else {
                    self.set_result(task, value);
                }
            }
            Poll::Ready(Err(Raise::Exc(e))) if e.kind == ExcKind::CancelledError => {
                task.state.borrow_mut().cancelled_exc = Some(e);
                self.cancel_future(task, None);
            }
            Poll::Ready(Err(Raise::Exc(e))) => {
                // `Task.__step` sets `SystemExit` (and `KeyboardInterrupt`)
                // too, then lets it through: the loop stops where it is.
                #[cfg(feature = "asyncio-py")]
                if e.kind.stops_the_loop() {
                    self.exiting.set(true);
                }
                self.set_exception(task, e)
            }
            Poll::Ready(Err(Raise::Stop(err))) => return Err(*err),
            Poll::Pending => match yielded {
                #[cfg(feature = "asyncio-py")]
                Some(Suspend::Block(_)) => {
                    return Err(RunError::internal(
                        "a task's code suspended in a thread's sleep",
                    ))
                }
                Some(Suspend::Yield) => {
                    if !internal {
                        self.emit(|| EventKind::Yielded { task: slot });
                    }
                    return Ok(true);
                }
                // Checked first, as `Task.__step` does. (Code mode's
                // first module runs one loop: `Runtime::run_main`.)
                #[cfg(feature = "asyncio-py")]
                Some(Suspend::On(future)) if self.of_an_earlier_loop(&future) => {
                    let e = Exception::new(
                        ExcKind::RuntimeError,
                        format!(
                            "Task {} got Future {} attached to a different loop",
                            task.repr(),
                            future.repr()
                        ),
                    );
                    self.call_soon(Handle::Step {
                        task: task.clone(),
                        exc: Some(e),
                    });
                }
                Some(Suspend::On(future)) if Rc::ptr_eq(&future, task) => {
                    let e = Exception::new(
                        ExcKind::RuntimeError,
                        format!("Task cannot await on itself: {}", task.repr()),
                    );
                    self.call_soon(Handle::Step {
                        task: task.clone(),
                        exc: Some(e),
                    });
                }
                Some(Suspend::On(future)) => {
                    if !internal && !matches!(future.kind, super::futures::FutKind::Plain) {
                        self.emit(|| EventKind::Waiting {
                            task: slot,
                            on: future.repr(),
                            primitive: None,
                        });
                    }
                    self.add_done_callback(&future, Callback::Wakeup(task.clone()));
                    let (must_cancel, msg) = {
                        let mut st = task.state.borrow_mut();
                        st.waiter = Some(future.clone());
                        (st.must_cancel, st.cancel_message.clone())
                    };
                    if must_cancel && self.cancel(&future, msg) {
                        task.state.borrow_mut().must_cancel = false;
                    }
                }
                None => {
                    return Err(RunError::internal(format!(
                        "task {slot} suspended without saying what it waits on"
                    )))
                }
            },
        }
        Ok(false)
    }
}
