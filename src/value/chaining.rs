//! How an exception is chained to others, Code mode only (the forms
//! handle no exceptions): `__context__` (the exception being handled
//! where it was raised), `__cause__` (`raise ... from`), and
//! `__suppress_context__`; whether it was ever raised; and how a report
//! prints the chain. The exception itself, its arguments and its
//! traceback are `exception.rs`'s.

use super::exception::{Exc, Exception};
use crate::collect::CollectVec;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The chaining fields of an `Exception`. Dropped cause first, then
/// context, as `BaseException_clear` lets go of them.
#[derive(Debug, Default)]
pub struct Chaining {
    /// `__cause__`, set by `raise ... from cause` in the program or in
    /// asyncio (`wait_for`'s TimeoutError from the inner task's
    /// CancelledError). Private: `set_cause` also sets
    /// `__suppress_context__`, as `PyException_SetCause` does.
    cause: RefCell<Option<Exc>>,
    /// `__context__`.
    context: RefCell<Option<Exc>>,
    /// `__suppress_context__`: a report leaves the context out (`raise
    /// ... from None` sets it with no cause).
    suppress_context: Cell<bool>,
    /// Whether it was ever raised, and so has a traceback: a cause made
    /// only to be one (`raise E from OSError("x")`) is reported without
    /// the "Traceback (most recent call last):" line.
    raised: Cell<bool>,
    /// Its `__context__` was settled where it was raised: it comes out of
    /// Python code a builtin ran (a generator's step, a `key=` function),
    /// whose frames chained it already. CPython chains an exception once,
    /// at its raise (`_PyErr_SetObject`), never as it leaves frames, so
    /// the machine it reaches next must not chain it again
    /// (`take_settled`).
    settled: Cell<bool>,
}

impl Exception {
    /// Whether it was ever raised in the program's code (`mark_raised`).
    pub fn was_raised(&self) -> bool {
        self.chaining.raised.get()
    }

    /// It is being raised: from now on it has a traceback.
    pub fn mark_raised(&self) {
        self.chaining.raised.set(true);
    }

    /// Its context is final: it leaves code that has chained it already.
    pub fn settle_context(&self) {
        self.chaining.settled.set(true);
    }

    /// Whether its context was settled (`settle_context`), which this
    /// forgets: raised again later (`raise e`), it is chained again.
    pub fn take_settled(&self) -> bool {
        self.chaining.settled.replace(false)
    }

    /// Takes `from`'s cause, context and traceback: a group `split`
    /// derives from `from` (`exceptiongroup_subset`).
    #[cfg(feature = "asyncio-py")]
    pub(super) fn copy_chaining(&self, from: &Exception) {
        *self.chaining.cause.borrow_mut() = from.cause();
        *self.chaining.context.borrow_mut() = from.context();
        self.chaining.suppress_context.set(from.suppress_context());
        self.chaining.raised.set(from.was_raised());
    }

    /// `__cause__`.
    pub fn cause(&self) -> Option<Exc> {
        self.chaining.cause.borrow().clone()
    }

    /// `__context__`.
    pub fn context(&self) -> Option<Exc> {
        self.chaining.context.borrow().clone()
    }

    /// `__suppress_context__`.
    pub fn suppress_context(&self) -> bool {
        self.chaining.suppress_context.get()
    }

    /// `raise self from cause` (`None` for `from None`): CPython's
    /// `PyException_SetCause`, which also suppresses the context.
    pub fn set_cause(&self, cause: Option<Exc>) {
        *self.chaining.cause.borrow_mut() = cause;
        self.chaining.suppress_context.set(true);
    }

    /// `e.__context__ = other` (`BaseException_set_context`), which, unlike
    /// a raise, cuts no loop.
    #[cfg(feature = "asyncio-py")]
    pub fn replace_context(&self, context: Option<Exc>) {
        *self.chaining.context.borrow_mut() = context;
    }

    /// `e.__suppress_context__ = flag`.
    #[cfg(feature = "asyncio-py")]
    pub fn set_suppress_context(&self, suppress: bool) {
        self.chaining.suppress_context.set(suppress);
    }

    /// Raised while `handled` is being handled: CPython's
    /// `_PyErr_SetObject` makes it the new exception's `__context__`,
    /// first cutting the new one out of `handled`'s own chain, so that no
    /// chain loops.
    pub fn set_context(self: &Exc, handled: &Exc) {
        if Rc::ptr_eq(self, handled) {
            return;
        }
        let mut at = handled.clone();
        loop {
            let next = at.context();
            match next {
                Some(c) if Rc::ptr_eq(&c, self) => {
                    *at.chaining.context.borrow_mut() = None;
                    break;
                }
                Some(c) => at = c,
                None => break,
            }
        }
        *self.chaining.context.borrow_mut() = Some(handled.clone());
    }

    /// Every exception chained to this one through causes and contexts,
    /// each once.
    pub fn chain(&self) -> Vec<Exc> {
        let mut out: Vec<Exc> = Vec::new();
        let mut todo: Vec<Exc> = self.cause().into_iter().collect_vec();
        todo.extend(self.context());
        while let Some(e) = todo.pop() {
            if std::ptr::eq(&*e, self) || out.iter().any(|o| Rc::ptr_eq(o, &e)) {
                continue;
            }
            todo.extend(e.cause());
            todo.extend(e.context());
            out.push(e);
        }
        out
    }

    /// Whether `self` is reachable from `from` through causes and
    /// contexts: making `from` its cause would close a reference cycle,
    /// which only CPython's collector frees.
    pub fn chain_reaches(self: &Exc, from: &Exc) -> bool {
        Rc::ptr_eq(self, from) || from.chain().iter().any(|e| Rc::ptr_eq(e, self))
    }

    /// The exception printed before this one in a report, and the line
    /// between them.
    pub(super) fn chained(&self) -> Option<(Exc, &'static str)> {
        if let Some(cause) = self.cause() {
            return Some((
                cause,
                "The above exception was the direct cause of the following exception:",
            ));
        }
        if self.suppress_context() {
            return None;
        }
        self.context().map(|c| {
            (
                c,
                "During handling of the above exception, another exception occurred:",
            )
        })
    }

    /// The lines a report prints before this exception's own: each
    /// exception's cause, or else its context unless a cause suppressed
    /// it, back to the first (CPython's `print_exception_recursive`; the
    /// chains cannot loop, but a long one stops where CPython's recursion
    /// would), oldest first.
    pub(super) fn report_chain(
        self: &Exc,
        lines: &mut Vec<String>,
        suggestion: bool,
        user: &mut dyn super::format::UserFormat,
    ) -> Result<(), crate::error::Raise> {
        let mut chain: Vec<(Exc, &str)> = Vec::new();
        let mut at = self.chained();
        while let Some((c, connector)) = at {
            // CPython's `_seen` set: an exception already printed ends
            // the chain.
            let seen = Rc::ptr_eq(&c, self) || chain.iter().any(|(s, _)| Rc::ptr_eq(s, &c));
            if seen || chain.len() >= 1000 {
                break;
            }
            at = c.chained();
            chain.push((c, connector));
        }
        for (c, connector) in chain.iter().rev() {
            if c.chaining.raised.get() {
                lines.push("Traceback (most recent call last):".to_string());
            }
            lines.push(c.last_line(suggestion, user)?);
            #[cfg(feature = "asyncio-py")]
            lines.extend(c.note_lines("", user)?);
            lines.push(String::new());
            lines.push(connector.to_string());
            lines.push(String::new());
        }
        Ok(())
    }
}
