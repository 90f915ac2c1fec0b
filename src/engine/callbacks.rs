//! The program's own callbacks on the loop: `loop.call_soon(callback,
//! *args)`, `call_later`, `call_at` and `fut.add_done_callback(callback)`,
//! as `base_events.py` and `futures.py` of 3.11 schedule them: a `Handle`
//! (or `TimerHandle`) in the ready queue or the timer heap, run in the
//! iteration CPython runs it, calling the program's callable with its
//! arguments, or with the future for a done-callback. asyncio's Python
//! half (`crate::asyncio_py`) is built on these too. Feature
//! `asyncio-py`.
//!
//! What lives elsewhere: the queue and the heap (`event_loop.rs`,
//! `timers.rs`), and calling a value of the program's, which only the
//! interpreter can do (`Interpreter::call_value`).

use super::futures::{Callback, FutRef};
use super::timers::{Fires, Time};
use super::Runtime;
use crate::collect::CollectVec;
use crate::collect::Joined;
use crate::error::{Raise, RunError};
use crate::value::{Exc, Value};
use std::cell::Cell;
use std::rc::Rc;

/// Why a repr with a callback whose arguments have a `__repr__` of the
/// program's is refused.
pub(crate) const SHOWS_PROGRAM_REPR: &str = "the repr of a handle, task or future whose callback (or one of its arguments) has a `__repr__` of the program's is not supported yet (asyncio writes them with `reprlib.repr`, which calls it); print the callback's parts yourself";

/// `asyncio.Handle` (and the call a `TimerHandle` makes): a callable and
/// its arguments, which `cancel()` keeps from running.
#[derive(Debug)]
pub struct CallHandle {
    pub callback: Value,
    pub args: Vec<Value>,
    /// The context the call runs in (`Handle.__init__` copies the current
    /// one; None when the program does not use `contextvars`).
    context: Value,
    /// `TimerHandle.when()`, for a timer's: what `call_at` was given, or
    /// `time() + delay`, as CPython keeps it.
    pub when: Option<Value>,
    cancelled: Cell<bool>,
    /// A timer's entry in the heap, which counts its first cancel
    /// (`TimerHandle::count_cancel`); none for `call_soon`'s.
    timer: std::cell::RefCell<std::rc::Weak<super::timers::TimerHandle>>,
}

impl CallHandle {
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }

    /// `handle.cancel()`: CPython also lets go of the callable and its
    /// arguments, which nothing here shows.
    pub fn cancel(&self) {
        if let Some(timer) = self.timer.borrow().upgrade() {
            timer.count_cancel();
        }
        self.cancelled.set(true);
    }

    /// `repr` as the program gets it: refused where an argument's
    /// `__repr__` is the program's (`shows_program_repr_in`).
    pub fn repr_checked(&self) -> Result<String, String> {
        if !self.is_cancelled() && shows_program_repr_in(&self.callback, &self.args) {
            return Err(SHOWS_PROGRAM_REPR.into());
        }
        Ok(self.repr())
    }

    /// `<Handle cb() at …>` or `<TimerHandle when=… cb() at …>`, as
    /// `events.py` writes them; `cancelled` after the class once cancelled.
    pub fn repr(&self) -> String {
        let class = if self.when.is_some() {
            "TimerHandle"
        } else {
            "Handle"
        };
        let mut parts = vec![class.to_string()];
        if self.is_cancelled() {
            parts.push("cancelled".into());
        }
        if let Some(when) = &self.when {
            parts.push(format!("when={}", when.repr()));
        }
        // (`_repr_info` writes the callback only when there is one:
        // `call_soon(None)` is accepted outside debug mode.)
        if !self.is_cancelled() && !matches!(self.callback, Value::None) {
            parts.push(callback_repr(&self.callback, &self.args));
        }
        format!("<{}>", parts.joined(" "))
    }
}

/// How CPython's `format_helpers._format_callback_source` writes a
/// callback with its arguments: `f(1, 'a') at …` (the file and line are
/// `…`, as everywhere the engine writes a path); a `functools.partial`'s
/// function with the partial's arguments, then the call's:
/// `on_done('T')() at …`.
pub fn callback_repr(callback: &Value, args: &[Value]) -> String {
    let mut text = callback_text(callback, args, &[], String::new());
    // `_get_function_source` finds a file only for a plain function
    // (through partials).
    let mut inner = callback;
    #[cfg(feature = "code")]
    while let Value::Partial(p) = inner {
        inner = &p.func;
    }
    if let Value::Function(_) = inner {
        text.push_str(" at …");
    }
    text
}

/// Whether writing the callback `callback(*args)` runs a `__repr__` of
/// the program's (`reprlib.repr` of an argument, a partial's too): a
/// repr that would show it is refused, not written otherwise.
pub fn shows_program_repr_in(callback: &Value, args: &[Value]) -> bool {
    let shows = |v: &Value| super::futures::shows_program_repr(v, 7);
    #[cfg(feature = "code")]
    if let Value::Partial(p) = callback {
        if p.args.iter().any(shows) || p.kwargs.iter().any(|(_, v)| shows(v)) {
            return true;
        }
        return shows_program_repr_in(&p.func, args);
    }
    (qualname(callback).is_none() && shows(callback)) || args.iter().any(shows)
}

/// `_format_callback(func, args, kwargs, suffix)`.
fn callback_text(
    func: &Value,
    args: &[Value],
    kwargs: &[(crate::program::Name, Value)],
    suffix: String,
) -> String {
    let mut items = args.iter().map(super::futures::reprlib).collect_vec();
    for (name, value) in kwargs {
        items.push(format!("{name}={}", super::futures::reprlib(value)));
    }
    let call = format!("({})", items.joined(", "));
    #[cfg(feature = "code")]
    if let Value::Partial(p) = func {
        return callback_text(&p.func, &p.args, &p.kwargs, call + &suffix);
    }
    // What has no `__qualname__` (an object whose class defines
    // `__call__`) is written by its repr.
    let name = qualname(func).unwrap_or_else(|| func.repr());
    format!("{name}{call}{suffix}")
}

/// A callable's `__qualname__` (or `__name__`), if it has one, as
/// `_format_callback` writes it.
fn qualname(func: &Value) -> Option<String> {
    Some(match func {
        Value::Function(f) => f.name().to_string(),
        Value::BoundMethod(m) => m.1.name().to_string(),
        Value::Builtin(b) => b.name().to_string(),
        // `str.upper`, read from its type, is named for it.
        Value::Method(m) => match &m.0 {
            Value::Class(c) => format!("{}.{}", c.name(), m.1),
            Value::Loop(_) => format!("{}.{}", crate::value::loop_method_owner(&m.1), m.1),
            receiver => format!("{}.{}", receiver.type_name(), m.1),
        },
        Value::UserClass(c) => c.name.to_string(),
        Value::Class(c) => c.name().to_string(),
        // Not callable, but named: `call_soon(coro)` fails only as it runs.
        Value::Coroutine(c) if c.is_named() => c.name().to_string(),
        _ => return None,
    })
}

/// A callable's name as step mode's view names a callback (`call cb()`):
/// its `__qualname__`, else its type's name (a partial's is `partial`).
pub fn callable_name(callback: &Value) -> String {
    qualname(callback).unwrap_or_else(|| match callback {
        Value::Partial(_) => "partial".to_string(),
        other => other.cpython_type_name().to_string(),
    })
}

impl Runtime {
    /// `loop.call_soon(callback, *args)`.
    pub(crate) fn call_soon_program(
        self: &Rc<Self>,
        callback: Value,
        args: Vec<Value>,
    ) -> Result<Rc<CallHandle>, Raise> {
        let context = self.copy_context()?;
        let handle = Rc::new(CallHandle {
            callback,
            args,
            context,
            when: None,
            cancelled: Cell::new(false),
            timer: Default::default(),
        });
        self.call_soon(super::event_loop::Handle::Call(handle.clone()));
        Ok(handle)
    }

    /// `loop.call_at(when, callback, *args)` (`exact`: the program gave
    /// the deadline, `timers::Entry::exact`) and `call_later(delay,
    /// ...)`: due at `at` on the clock; `when` is what
    /// `TimerHandle.when()` gives.
    pub(crate) fn call_at_program(
        self: &Rc<Self>,
        at: Time,
        when: Value,
        callback: Value,
        args: Vec<Value>,
        exact: bool,
    ) -> Result<Rc<CallHandle>, Raise> {
        let context = self.copy_context()?;
        let exact = exact.then(|| self.clock_reads.get());
        let handle = Rc::new(CallHandle {
            callback,
            args,
            context,
            when: Some(when),
            cancelled: Cell::new(false),
            timer: Default::default(),
        });
        // The heap's own handle shares the cancellation: `TimerHandle.cancel`.
        let timer = self.call_at(Some(at), 0.0, Fires::Call(handle.clone()), exact);
        *handle.timer.borrow_mut() = Rc::downgrade(&timer);
        Ok(handle)
    }

    /// The program read the loop's clock (`Runtime::clock_reads`).
    pub(crate) fn count_clock_read(&self) {
        self.clock_reads.set(self.clock_reads.get() + 1);
        self.computed_at_read.set(self.compute.total());
    }

    /// `fut.add_done_callback(callback)`.
    pub(crate) fn add_program_done_callback(
        self: &Rc<Self>,
        fut: &FutRef,
        callable: Value,
    ) -> Result<(), Raise> {
        // A finished future schedules the call on its own loop at once,
        // which refuses it once closed (`_check_closed`).
        if !fut.is_pending() && self.of_an_earlier_loop(fut) {
            let left_open = self.lp.borrow().left_open.contains(&fut.epoch);
            return Err(match left_open {
                true => RunError::unsupported(
                    "add_done_callback() on a finished future of another event loop, not closed, is not supported yet: CPython runs the callback when that loop runs again",
                ),
                false => Raise::Exc(crate::value::Exception::new(
                    crate::value::ExcKind::RuntimeError,
                    "Event loop is closed",
                )),
            });
        }
        let context = self.copy_context()?;
        let call = super::futures::DoneCall { callable, context };
        self.add_done_callback(fut, Callback::Call(Box::new(call)));
        Ok(())
    }

    /// `fut.remove_done_callback(callback)`: how many it removed (every
    /// one equal to `callback`).
    pub(crate) fn remove_program_done_callback(&self, fut: &FutRef, callback: &Value) -> usize {
        let mut st = fut.state.borrow_mut();
        let before = st.callbacks.len();
        st.callbacks.retain(|c| {
            !matches!(c, Callback::Call(call) if crate::value::ops::equal(&call.callable, callback).unwrap_or(false))
        });
        before - st.callbacks.len()
    }

    /// Runs a handle's call (`Handle._run`).
    pub(crate) fn run_program_call(self: &Rc<Self>, call: &Rc<CallHandle>) -> Result<(), RunError> {
        let raised = self.in_context(call.context.clone(), || {
            let handle = Some(Value::Handle(call.clone()));
            self.run_callable(&call.callback, call.args.clone(), handle, || {
                call.repr_checked()
            })
        })?;
        // `Handle._run` calls the program's exception handler in its
        // `except`, outside the callback's context: the callback's
        // exception is the one being handled meanwhile.
        let Some((context, exc)) = raised else {
            return Ok(());
        };
        let before = self.handling.replace(Some(exc));
        let called = self.call_exception_handler(context);
        self.handling.replace(before);
        called?;
        match self.take_refusal() {
            Some(refused) => Err(refused),
            None => Ok(()),
        }
    }

    /// A future's done callback, which `call_soon` made a handle of.
    pub(crate) fn run_done_callback(
        self: &Rc<Self>,
        callable: &Value,
        future: &FutRef,
    ) -> Result<(), RunError> {
        let args = vec![Value::Future(future.clone())];
        let handle = || match shows_program_repr_in(callable, &args) {
            true => Err(SHOWS_PROGRAM_REPR.to_string()),
            false => Ok(format!("<Handle {}>", callback_repr(callable, &args))),
        };
        self.run_callable(callable, args.clone(), None, handle)
            .map(drop)
    }

    /// Calls the program's `callable` from the loop, as `Handle._run`
    /// does: what it raises the loop's exception handler logs
    /// ("Exception in callback f(1) at …", the handle, the exception's
    /// lines), and the loop goes on.
    /// With the program's exception handler set, the context to call it
    /// with and the exception, which the caller does outside the
    /// callback's context (`handle_value`: the handle as the program
    /// holds it; none for a done callback's, which the engine does not
    /// make).
    fn run_callable(
        self: &Rc<Self>,
        callable: &Value,
        args: Vec<Value>,
        handle_value: Option<Value>,
        handle: impl FnOnce() -> Result<String, String>,
    ) -> Result<Option<(Value, Exc)>, RunError> {
        match self
            .interpreter
            .clone()
            .call_value(self.clone(), callable, args.clone())
        {
            Ok(_) => Ok(None),
            Err(Raise::Stop(stop)) => Err(*stop),
            #[cfg(feature = "asyncio-py")]
            Err(Raise::Exc(e)) if e.kind.stops_the_loop() => Err(system_exit_in_loop()),
            Err(Raise::Exc(e)) => {
                // It left `Handle._run`'s frame (`self._context.run(...)`,
                // in events.py) on its way here, whatever raised it: the
                // report announces a traceback even for a builtin's error.
                e.mark_raised();
                let message = format!("Exception in callback {}", callback_repr(callable, &args));
                if self.exception_handler().is_some() {
                    let Some(handle) = handle_value else {
                        return Err(RunError::new(
                            crate::error::RunErrorKind::Unsupported,
                            "a done callback that raised, with the loop's exception handler set, is not supported yet: CPython hands the handler a handle the engine does not make",
                        ));
                    };
                    let context = Self::context(vec![
                        ("message", Value::str(&message)),
                        ("exception", Value::Exception(e.clone())),
                        ("handle", handle),
                    ]);
                    return Ok(Some((context, e)));
                }
                let head = handle().map(|handle| [message, format!("handle: {handle}")]);
                self.log_exception(head, &e);
                match self.take_refusal() {
                    Some(refused) => Err(refused),
                    None => Ok(None),
                }
            }
        }
    }
}

/// `SystemExit` leaving a task's step or a callback: `Handle._run` and
/// `Task.__step` let it through, and it stops the loop in the middle of
/// its iteration, which `asyncio.run` then shuts down around it (every
/// other task cancelled, the rest of the iteration run later): not
/// modelled yet.
#[cfg(feature = "asyncio-py")]
pub(crate) fn system_exit_in_loop() -> RunError {
    RunError::new(
        crate::error::RunErrorKind::Unsupported,
        "SystemExit (`sys.exit()`) or KeyboardInterrupt leaving a task or a callback is not supported yet: it stops the event loop in the middle of an iteration and `asyncio.run` cancels every other task around it, which Interleave does not model; return from main instead, and call `sys.exit()` after `asyncio.run(...)` returns",
    )
}
