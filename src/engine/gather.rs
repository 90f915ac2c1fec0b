//! `asyncio.gather`: wrap each coroutine in a task (in argument order), wait
//! for all, keep results in argument order. Mirrors CPython 3.11's
//! `tasks.gather` and its `_done_callback` line for line.

use super::futures::{Callback, FutKind, FutRef, GatherState, Outcome, TaskBody};
use super::Runtime;
use crate::collect::CollectVec;
use crate::error::Raise;
use crate::value::Value;
use std::rc::Rc;

impl Runtime {
    /// `asyncio.gather(*args, return_exceptions=...)`. An `internal` gather
    /// (`asyncio.run`'s own, at shutdown) is left out of the trace.
    pub(crate) fn gather(
        self: &Rc<Self>,
        args: Vec<Value>,
        return_exceptions: bool,
        internal: bool,
    ) -> Result<FutRef, Raise> {
        if args.is_empty() {
            // CPython returns a plain, finished Future here.
            let outer = self.new_future(FutKind::Plain);
            self.set_result(&outer, Value::list(vec![]));
            return Ok(outer);
        }
        let outer = self.new_future(FutKind::Gathering);
        let mut children: Vec<FutRef> = Vec::with_capacity(args.len());
        // A repeated argument shares its future (CPython's `arg_to_fut`,
        // keyed by the argument object). A future is marked with this
        // gather's id when first seen; a repeated coroutine is one this call
        // wrapped in a task already (only a coroutine some task wraps needs
        // looking for: the task this call made, after `outer`, still holds
        // it, not yet started). Both are rare, so the linear searches cost
        // nothing in practice.
        let mark = outer.id + 1;
        let mut nfuts = 0;
        for arg in args {
            // `if arg not in arg_to_fut` hashes it first: a list given
            // whole (`gather([c1, c2])`) fails there.
            crate::value::dict::check_hashable(&arg)?;
            let repeated = match &arg {
                Value::Future(f) if f.state.borrow().gathered_by == mark => {
                    children.iter().find(|c| Rc::ptr_eq(c, f)).cloned()
                }
                // Only a task made after `outer` is one this call made: a
                // task given as an argument that wraps the same coroutine
                // (`gather(t, c)`, `t = create_task(c)`) is not its future.
                Value::Coroutine(c) if c.wrapped.get() => children
                    .iter()
                    .find(|t| {
                        t.id > outer.id
                            && t.task().is_some_and(|info| {
                                matches!(
                                    info.body.try_borrow().as_deref(),
                                    Ok(TaskBody::NotStarted)
                                ) && Rc::ptr_eq(&info.coroutine, c)
                            })
                    })
                    .cloned(),
                _ => None,
            };
            if let Some(fut) = repeated {
                children.push(fut);
                continue;
            }
            let fut = self.ensure_future(arg)?;
            fut.state.borrow_mut().gathered_by = mark;
            nfuts += 1;
            self.add_done_callback(&fut, Callback::GatherChild(outer.clone()));
            children.push(fut);
        }
        outer.state.borrow_mut().gather = Some(Box::new(GatherState {
            children,
            nfuts,
            nfinished: 0,
            return_exceptions,
            cancel_requested: false,
            internal,
        }));
        Ok(outer)
    }

    /// gather's `_done_callback(fut)` for the gathering future `outer`.
    pub(crate) fn gather_child_done(&self, outer: &FutRef, fut: &FutRef) {
        let (done, return_exceptions, complete) = {
            let mut st = outer.state.borrow_mut();
            let done = !matches!(st.outcome, Outcome::Pending);
            let Some(g) = st.gather.as_mut() else { return };
            g.nfinished += 1;
            (done, g.return_exceptions, g.nfinished == g.nfuts)
        };
        if done {
            if !fut.is_cancelled() {
                // Marks the exception as retrieved, as CPython does.
                let _ = fut.exception();
            }
            return;
        }
        // A child with a result, the commonest, is neither of the cases
        // below: one look at its outcome instead of two calls.
        if !return_exceptions && !matches!(fut.state.borrow().outcome, Outcome::Result(_)) {
            if fut.is_cancelled() {
                self.set_exception(outer, fut.make_cancelled_error());
                return;
            }
            if let Ok(Some(exc)) = fut.exception() {
                self.set_exception(outer, exc);
                return;
            }
        }
        if complete {
            let (children, cancel_requested) = {
                let st = outer.state.borrow();
                let g = st.gather.as_ref().expect("checked above");
                (g.children.clone(), g.cancel_requested)
            };
            let results: Vec<Value> = children
                .iter()
                .map(|child| {
                    if child.is_cancelled() {
                        // Not `make_cancelled_error`: CPython builds a new
                        // one with the cancel message, '' when there is none.
                        let message = child.state.borrow().cancel_message.clone();
                        return Value::Exception(super::futures::cancelled_error(Some(
                            message.unwrap_or_else(|| Value::str("")),
                        )));
                    }
                    match child.exception() {
                        Ok(Some(e)) => Value::Exception(e),
                        _ => child.result().unwrap_or(Value::None),
                    }
                })
                .collect_vec();
            if cancel_requested {
                // CPython's `fut` here is the results loop's variable: the
                // last child, whichever child's completion got here.
                let last = children.last().unwrap_or(fut);
                self.set_exception(outer, last.make_cancelled_error());
            } else {
                self.set_result(outer, Value::list(results));
            }
        }
    }
}
