//! The loop's exception handler (`loop.set_exception_handler`): what the
//! loop calls with `(loop, context)`, instead of logging, for each of its
//! reports (`BaseEventLoop.call_exception_handler`), and what logs a
//! context when no handler is set or the handler itself raised
//! (`default_exception_handler`).
//!
//! Where each report is made, and when, lives with what makes it: a
//! failed future freed unretrieved (`freed`), a callback that raised
//! (`callbacks`), a task that raised as `asyncio.run` shut down (`runner`).
//! Those keep writing their reports themselves while no handler is set.

use super::Runtime;
use crate::error::{Raise, RunError};
use crate::value::{dict::Dict, Value};
use std::rc::Rc;

impl Runtime {
    /// The handler the program set on the loop the engine runs, if any.
    pub(crate) fn exception_handler(&self) -> Option<Value> {
        let lp = self.lp.borrow();
        let handler = lp.program_loop.as_ref()?.exception_handler.borrow().clone();
        handler
    }

    /// A report's context, its keys in the order CPython builds it
    /// (`message`, `exception`, then what it is about).
    pub(crate) fn context(entries: Vec<(&str, Value)>) -> Value {
        let mut d = Dict::default();
        for (key, value) in entries {
            d.push_new(Value::str(key), value);
        }
        Value::dict(d)
    }

    /// `loop.call_exception_handler(context)` of the loop the engine runs,
    /// as the loop's own reports call it.
    pub(crate) fn call_exception_handler(self: &Rc<Self>, context: Value) -> Result<(), RunError> {
        let l = self.lp.borrow().program_loop.clone();
        self.call_loop_exception_handler(l, context)
    }

    /// `l.call_exception_handler(context)`: `l`'s handler, called with `l`
    /// and the context; if it raises, the default handler logs that with
    /// the context ("Unhandled error in exception handler"), in the
    /// `except` that caught it. With no handler set, the default handler
    /// logs the context. What the default handler raises is logged too:
    /// nothing is raised to the caller, and an `Err` stops the run.
    pub(crate) fn call_loop_exception_handler(
        self: &Rc<Self>,
        l: Option<Rc<crate::value::EventLoopObj>>,
        context: Value,
    ) -> Result<(), RunError> {
        let handler = l
            .as_ref()
            .and_then(|l| l.exception_handler.borrow().clone());
        let (Some(handler), Some(l)) = (handler, l) else {
            return self
                .default_logging_failure(&context, "Exception in default exception handler");
        };
        let called = self.interpreter.clone().call_value(
            self.clone(),
            &handler,
            vec![Value::Loop(l), context.clone()],
        );
        match called {
            // What it returned goes there (an `async def` handler's
            // coroutine, never awaited).
            Ok(returned) => {
                drop(returned);
                self.report_freed_at(super::freed::Place::ExceptionHandler);
                Ok(())
            }
            Err(Raise::Exc(e)) if e.kind.stops_the_loop() => {
                Err(super::callbacks::system_exit_in_loop())
            }
            Err(Raise::Exc(e)) => {
                e.mark_raised();
                // Raised by the call itself (its arguments), it is chained
                // to what is handled as it is raised, as in a frame.
                if let (None, Some(handled)) = (e.context(), self.handling.borrow().clone()) {
                    e.set_context(&handled);
                }
                let before = self.handling.replace(Some(e.clone()));
                let logged = self.default_logging_failure(
                    &Self::context(vec![
                        ("message", Value::str("Unhandled error in exception handler")),
                        ("exception", Value::Exception(e)),
                        ("context", context),
                    ]),
                    "Exception in default exception handler while handling an unexpected error in custom exception handler",
                );
                self.handling.replace(before);
                logged
            }
            Err(Raise::Stop(stop)) => Err(*stop),
        }
    }

    /// The default handler, called by `call_exception_handler`, which
    /// logs what it raises under `message` (`logger.error(message,
    /// exc_info=True)`).
    fn default_logging_failure(
        self: &Rc<Self>,
        context: &Value,
        message: &str,
    ) -> Result<(), RunError> {
        match self.default_exception_handler(context) {
            Ok(()) => Ok(()),
            Err(Raise::Exc(e)) if e.kind.stops_the_loop() => {
                Err(super::callbacks::system_exit_in_loop())
            }
            Err(Raise::Exc(e)) => {
                e.mark_raised();
                self.log_lines(vec![message.to_string()], Some(&e));
                Ok(())
            }
            Err(Raise::Stop(stop)) => Err(*stop),
        }
    }

    /// `loop.default_exception_handler(context)`: the message, then each
    /// other key but `exception`, sorted, with its value's repr, then the
    /// exception's traceback, as asyncio's logger writes them.
    pub(crate) fn default_exception_handler(self: &Rc<Self>, context: &Value) -> Result<(), Raise> {
        let Value::Dict(d) = context else {
            return Err(RunError::unsupported(
                "an exception handler's context that is not a dict is not supported yet",
            ));
        };
        let mut entries = Vec::new();
        for (key, value) in d.borrow().entries() {
            let Value::Str(key) = key else {
                return Err(RunError::unsupported(
                    "an exception handler's context with a key that is not a string is not supported yet",
                ));
            };
            entries.push((key.clone(), value.clone()));
        }
        let get = |name: &str| entries.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
        let message = match get("message") {
            Some(Value::Str(m)) if !m.is_empty() => m.to_string(),
            // (`if not message`)
            None | Some(Value::None | Value::Str(_)) => {
                "Unhandled exception in event loop".to_string()
            }
            Some(_) => return Err(RunError::unsupported(
                "an exception handler's context whose message is not a string is not supported yet",
            )),
        };
        let exception = match get("exception") {
            None | Some(Value::None) => None,
            Some(Value::Exception(e)) => Some(e.clone()),
            Some(_) => {
                return Err(RunError::unsupported(
                    "an exception handler's context whose exception is not an exception is not supported yet",
                ))
            }
        };
        crate::sort::sort_by(&mut entries, |a, b| a.0 < b.0);
        let mut lines = vec![message];
        for (key, value) in &entries {
            if &**key == "message" || &**key == "exception" {
                continue;
            }
            let repr = self.interpreter.clone().call_value(
                self.clone(),
                &Value::Builtin(crate::value::Builtin::Repr),
                vec![value.clone()],
            )?;
            let repr = match repr {
                Value::Str(s) => s.to_string(),
                other => other.repr(),
            };
            lines.push(format!("{key}: {repr}"));
        }
        self.log_lines(lines, exception.as_ref());
        Ok(())
    }
}
