//! `asyncio.wait_for(aw, timeout)`, run inside the awaiting task as CPython
//! 3.11 runs the coroutine of that name (`asyncio/tasks.py`), step for step:
//! wrap `aw` in a task, race it against a timer with a waiter future that
//! whichever finishes first completes, and on a timeout cancel the task and
//! wait until it has finished before raising `TimeoutError`. Part of Code
//! mode's library (feature `code`).
//!
//! Each `await` of the original is a suspension here: `start` runs the
//! coroutine up to its first one, `resume` from each to the next. The task
//! machine (`vm.rs`) keeps the state while the task is suspended. What
//! does not live here: the futures, callbacks and timers themselves
//! (`engine`).

use crate::engine::futures::{Callback, FutKind, FutRef};
use crate::engine::timers::TimerHandle;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::trace::EventKind;
use crate::value::{Exc, ExcKind, Exception, Value};
use std::rc::Rc;

/// A `wait_for` suspended at one of its `await`s.
pub(crate) struct WaitFor {
    /// The task (or future) being waited for.
    fut: FutRef,
    /// What the task is suspended on: released by `fut` finishing, by the
    /// timer, or by `fut` finishing after it was cancelled.
    waiter: FutRef,
    /// `timeout_handle`, cancelled however `wait_for` ends (its `finally`);
    /// none when the timeout was zero or less.
    timer: Option<Rc<TimerHandle>>,
    stage: Stage,
}

enum Stage {
    /// `await waiter`: the future finished, or the time is up.
    Racing,
    /// `await _cancel_and_wait(fut)` once the time was up: then `fut`'s
    /// result, its CancelledError becoming TimeoutError.
    CancelledOnTimeout,
    /// `await _cancel_and_wait(fut)` after `wait_for` itself was cancelled:
    /// then that CancelledError again.
    CancelledWithUs(Exc),
}

/// Where `wait_for` goes next.
pub(crate) enum Next {
    /// It returned or raised.
    Done(Result<Value, Raise>),
    /// It awaits this future, to be resumed with `WaitFor::resume`.
    Suspend(Box<WaitFor>),
    /// `timeout` was None: plain `await aw`, which the task machine runs.
    Await(Value),
}

/// Runs `wait_for(aw, timeout)` up to its first `await`.
pub(crate) fn start(rt: &Rc<Runtime>, aw: Value, timeout: &Value) -> Next {
    if let Value::None = timeout {
        return Next::Await(aw);
    }
    // Raised in wait_for's frame, which holds `fut` and `timeout`.
    let seconds = match super::vm::seconds(timeout) {
        Ok(seconds) => seconds,
        Err(e) => {
            return Next::Done(Err(super::vm::kept_in_traceback(
                e,
                vec![aw, timeout.clone()],
            )))
        }
    };
    if seconds <= 0.0 {
        let fut = match rt.ensure_future(aw) {
            Ok(fut) => fut,
            Err(e) => return Next::Done(Err(e)),
        };
        if !fut.is_pending() {
            return Next::Done(result(&fut));
        }
        return cancel_and_wait(rt, fut, None, Stage::CancelledOnTimeout);
    }
    // The virtual clock's bound, as for `asyncio.sleep`.
    if seconds.is_nan() || seconds > super::vm::MAX_SLEEP_SECONDS {
        return Next::Done(Err(RunError::limit(format!(
            "asyncio.wait_for(..., {}) is outside what the virtual clock models; wait at most 1000000000 seconds",
            timeout.repr()
        ))));
    }
    let waiter = rt.new_future(FutKind::Plain);
    let timer = rt.call_later(seconds, waiter.clone(), Value::None);
    // Past this point CPython is inside `try: ... finally:
    // timeout_handle.cancel()`; before it, a bad `aw` leaves the timer set.
    let fut = match rt.ensure_future(aw) {
        Ok(fut) => fut,
        Err(e) => return Next::Done(Err(e)),
    };
    rt.add_done_callback(&fut, Callback::Release(waiter.clone()));
    suspend(
        rt,
        WaitFor {
            fut,
            waiter,
            timer: Some(timer),
            stage: Stage::Racing,
        },
    )
}

impl WaitFor {
    /// Continues from the `await` the task was suspended at, which ended
    /// with `outcome` (an exception thrown in: the task was cancelled).
    pub(crate) fn resume(self, rt: &Rc<Runtime>, outcome: Result<(), Exc>) -> Next {
        let WaitFor {
            fut,
            waiter,
            timer,
            stage,
        } = self;
        // Thrown in, it is raised at wait_for's `await` (tasks.py), in
        // its frame: it has a traceback, whatever happens to it next.
        if let Err(exc) = &outcome {
            exc.mark_raised();
        }
        let next = match stage {
            // `await waiter` returned: `fut` finished, or the time is up.
            Stage::Racing if !fut.is_pending() => Next::Done(match (result(&fut), outcome) {
                // Cancelled as `fut` finished: `except CancelledError: if
                // fut.done(): return fut.result()` raises `fut`'s exception
                // while the CancelledError is being handled.
                (Err(Raise::Exc(e)), Err(cancelled)) => {
                    e.set_context(&cancelled);
                    e.settle_context();
                    Err(Raise::Exc(e))
                }
                (done, _) => done,
            }),
            // Cancelled meanwhile, CPython's `except CancelledError:` does
            // the same, then raises the CancelledError again.
            Stage::Racing => {
                rt.remove_done_callback(&fut, &waiter);
                let then = match outcome {
                    Ok(()) => Stage::CancelledOnTimeout,
                    Err(exc) => Stage::CancelledWithUs(exc),
                };
                return cancel_and_wait(rt, fut, timer, then);
            }
            // `_cancel_and_wait` returned (its `finally` removes its
            // callback): `fut` is done.
            stage => {
                rt.remove_done_callback(&fut, &waiter);
                Next::Done(match (stage, outcome) {
                    // Thrown in again, through `_cancel_and_wait`, while
                    // `wait_for`'s `except CancelledError:` handles the
                    // first: `gen_send_ex2` chains it to that one.
                    (Stage::CancelledWithUs(first), Err(exc)) => {
                        exc.set_context(&first);
                        exc.settle_context();
                        Err(Raise::Exc(exc))
                    }
                    (_, Err(exc)) | (Stage::CancelledWithUs(exc), Ok(())) => Err(Raise::Exc(exc)),
                    _ => match fut.result() {
                        // `raise exceptions.TimeoutError() from exc`, in
                        // `except CancelledError as exc:`: the inner task's
                        // CancelledError (and what its traceback keeps)
                        // lives as long as the TimeoutError.
                        Err(e) if e.kind == ExcKind::CancelledError => {
                            // `fut.result()` raised it in wait_for's frame
                            // (a task cancelled before it ran never had),
                            // which handles nothing there: chained to what
                            // the task handles.
                            e.mark_raised();
                            if let Some(handled) = rt.handling.borrow().clone() {
                                e.set_context(&handled);
                            }
                            let timeout = Exception::bare(ExcKind::TimeoutError);
                            timeout.set_context(&e);
                            timeout.settle_context();
                            timeout.set_cause(Some(e));
                            Err(Raise::Exc(timeout))
                        }
                        other => other.map_err(Raise::Exc),
                    },
                })
            }
        };
        // `finally: timeout_handle.cancel()`
        if let Some(timer) = timer {
            timer.cancel();
        }
        next
    }
}

/// `_cancel_and_wait(fut)` up to its `await waiter`.
fn cancel_and_wait(
    rt: &Rc<Runtime>,
    fut: FutRef,
    timer: Option<Rc<TimerHandle>>,
    stage: Stage,
) -> Next {
    let waiter = rt.new_future(FutKind::Plain);
    rt.add_done_callback(&fut, Callback::Release(waiter.clone()));
    rt.cancel(&fut, None);
    suspend(
        rt,
        WaitFor {
            fut,
            waiter,
            timer,
            stage,
        },
    )
}

/// Suspends the task on the waiter. The timeline shows it waiting for
/// `fut`, as if awaiting it directly: the waiter is an implementation detail
/// a learner never sees.
fn suspend(rt: &Rc<Runtime>, state: WaitFor) -> Next {
    rt.suspend_on(&state.waiter);
    let task = rt.current_slot();
    if let Some(task) = task {
        rt.emit(|| EventKind::Waiting {
            task,
            on: state.fut.repr(),
            primitive: None,
        });
    }
    Next::Suspend(Box::new(state))
}

/// `fut.result()`: its value, or its exception raised, as `return
/// fut.result()` in `wait_for`'s frame, which holds `fut`: the
/// exception the inner task raised gets that frame in its traceback, and
/// the task holds the exception, a cycle only CPython's collector frees;
/// what its traceback keeps that is reported as it is freed would be
/// reported then, which is not modelled.
fn result(fut: &FutRef) -> Result<Value, Raise> {
    fut.result().map_err(|e| {
        use super::vm::{holds_directly, reported_when_freed};
        if e.traceback_keeps(|v| holds_directly(v, reported_when_freed)) {
            return RunError::unsupported(
                "the task `wait_for` ran failed with a traceback that keeps a coroutine never awaited (or a task): a reference cycle, freed (and what it keeps reported) whenever CPython's garbage collector runs, which is not modelled; await the coroutine, or call the function without wait_for",
            );
        }
        Raise::Exc(e)
    })
}
