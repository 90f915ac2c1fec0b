//! Generator objects: what calling a function whose body holds a `yield`
//! returns, as CPython's `generator` (a plain `def`) and `async_generator`
//! (an `async def`), `genobject.c`.
//!
//! The object only keeps its place: its frame while paused at a `yield`.
//! The frame is the machine's type, opaque here (`Box<dyn Any>`): values
//! do not know how code runs.
//!
//! An async generator's frame is pushed onto the awaiting task's frames
//! when `__anext__()` is awaited, and taken back at the next `yield`
//! (`interp::vm`), so what it awaits in between suspends that task, as in
//! CPython. One let go of while paused is handed, as asyncio's finalizer
//! hook is, to the loop (`FreedEntry::AsyncGenerator`), which closes it in
//! a task of its own: `aclose()` (`CoroBody::AsyncGenClose`) throws
//! `GeneratorExit` in at the `yield`, so its `finally` blocks run.
//!
//! A plain generator cannot await, so `next()` runs it at once, on a
//! machine of its own, through the run that made it (`Resume`, held
//! weakly: a generator kept in a module variable must not keep its run
//! alive). One let go of while paused is closed where it is freed
//! (`FreedEntry::Generator`), as CPython's `gen_dealloc` closes it.
//!
//! Not here: `for` and `async for` (compiled to the iteration protocol,
//! `interp::compile`; `value::iter` steps a plain generator).

use super::{Closure, FreedEntry, FreedLog, Value};
use crate::error::Raise;
use crate::program::Name;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What resuming a generator does at its paused `yield`.
#[derive(Debug, Clone)]
pub enum Resumption {
    /// `next()`, `send()`: the `yield` evaluates to `gen.sent`.
    Send,
    /// `close()`: `GeneratorExit` is thrown in; a `yield` now is CPython's
    /// "generator ignored GeneratorExit", and `GeneratorExit` leaving the
    /// body is the close done (None).
    Close,
    /// `throw(exc)`: `exc` is raised at the `yield`, and the generator
    /// goes on as it handles it: its next `yield` is the call's value, its
    /// end `StopIteration`.
    #[cfg(feature = "asyncio-py")]
    Throw(super::Exc),
}

/// What runs a plain generator's body: the run that made it
/// (`engine::Runtime`, which hands it to its interpreter).
pub trait Resume {
    /// Runs `gen` to its next `yield` (its value), as `how` says. A body
    /// that ends raises `StopIteration` with its return value.
    fn resume(self: Rc<Self>, gen: &Rc<Generator>, how: Resumption) -> Result<Value, Raise>;
}

/// Where a generator stands.
pub enum GenState {
    /// Not started: its function and the arguments bound to it.
    Created {
        index: usize,
        args: Vec<Value>,
        closure: Closure,
    },
    /// Paused at a `yield`: its frame.
    Suspended(Box<dyn std::any::Any>),
    /// Its frame is on a machine's stack: running, or (an async one)
    /// awaiting.
    Running,
    /// Returned or raised: a step raises `StopIteration`, an
    /// `__anext__()` `StopAsyncIteration`.
    Finished,
}

pub struct Generator {
    /// `__qualname__`, which its repr shows.
    pub name: Name,
    /// How a plain generator's body runs; `None` for an async generator,
    /// which the awaiting task runs.
    host: Option<Weak<dyn Resume>>,
    pub state: RefCell<GenState>,
    /// Where to say it was freed while paused (see the module's header).
    freed: Rc<FreedLog>,
    /// `aclose()` has begun (CPython's `ag_closed`): a `yield` now is
    /// "async generator ignored GeneratorExit", and `GeneratorExit`
    /// leaving the body is the close done.
    pub closing: Cell<bool>,
    /// An exception was thrown into its `aclose()` while that awaited:
    /// CPython 3.11 then never clears `ag_running_async`
    /// (`async_gen_athrow_throw`), so every later `anext()`, `athrow()`
    /// or `aclose()` says it is already running.
    #[cfg(feature = "asyncio-py")]
    pub stuck_running: Cell<bool>,
    /// What the paused `yield` evaluates to when a plain generator next
    /// runs (`send(value)`; `next()` sends None).
    pub sent: RefCell<Value>,
    /// Paused inside a `try` or a `with` of its body: closing it runs its
    /// code (`except`, `finally`, `__exit__`). A plain generator paused
    /// elsewhere goes silently when freed.
    pub paused_in_try: Cell<bool>,
    /// Handed to the finalizer once already: freed again, it is not.
    finalized: bool,
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object {}>", self.type_name(), self.name)
    }
}

impl Generator {
    /// A generator of the function `index`; `host` runs a plain one
    /// (`None`: an async generator).
    pub fn new(
        name: Name,
        index: usize,
        args: Vec<Value>,
        closure: Closure,
        log: &super::Freed,
        host: Option<Weak<dyn Resume>>,
    ) -> Generator {
        let created = GenState::Created {
            index,
            args,
            closure,
        };
        Generator::with_state(name, host, created, log.log(), false)
    }

    fn with_state(
        name: Name,
        host: Option<Weak<dyn Resume>>,
        state: GenState,
        freed: Rc<FreedLog>,
        finalized: bool,
    ) -> Generator {
        Generator {
            name,
            host,
            state: RefCell::new(state),
            freed,
            closing: Cell::new(false),
            #[cfg(feature = "asyncio-py")]
            stuck_running: Cell::new(false),
            sent: RefCell::new(Value::None),
            paused_in_try: Cell::new(false),
            finalized,
        }
    }

    /// An `async def`'s generator, which a task awaits.
    pub fn is_async(&self) -> bool {
        self.host.is_none()
    }

    /// Paused where freeing it runs its code: an async generator paused
    /// anywhere (asyncio's finalizer closes it in a task), a plain one
    /// paused inside a `try` or a `with`.
    pub fn closes_visibly(&self) -> bool {
        matches!(&*self.state.borrow(), GenState::Suspended(_))
            && (self.is_async() || self.paused_in_try.get())
    }

    /// CPython's name for its type.
    pub fn type_name(&self) -> &'static str {
        match self.is_async() {
            true => "async_generator",
            false => "generator",
        }
    }

    /// A plain generator's next step (`next()`, a `for` loop): what it
    /// yields, `Ok(None)` once its body has ended (its `StopIteration`
    /// dropped, as a `for` loop drops it).
    pub fn step(self: &Rc<Self>) -> Result<Option<Value>, Raise> {
        match self.resume(Value::None, Resumption::Send) {
            Err(Raise::Exc(e)) if e.kind == super::ExcKind::StopIteration => Ok(None),
            other => other.map(Some),
        }
    }

    /// Resumes a plain generator (`Resume::resume`). Its run has ended
    /// only once nothing of the program runs any more.
    pub fn resume(self: &Rc<Self>, sent: Value, how: Resumption) -> Result<Value, Raise> {
        match self.host.as_ref().and_then(Weak::upgrade) {
            Some(host) => {
                *self.sent.borrow_mut() = sent;
                host.resume(self, how)
            }
            None => Err(crate::error::RunError::internal(
                "a generator resumed with no run to run it",
            )
            .into()),
        }
    }
}

impl Drop for Generator {
    /// A generator freed while paused inside its body: an async one goes
    /// to asyncio's finalizer hook, which keeps it alive for the task
    /// that closes it, and a plain one is closed where it was freed
    /// (CPython resurrects the object; here its frame moves to a new one,
    /// which no program can tell apart: addresses are not shown).
    fn drop(&mut self) {
        if self.finalized || !self.closes_visibly() {
            return;
        }
        let state = self.state.replace(GenState::Finished);
        let kept = Generator::with_state(
            self.name.clone(),
            self.host.clone(),
            state,
            self.freed.clone(),
            true,
        );
        self.freed.freed(match kept.is_async() {
            true => FreedEntry::AsyncGenerator(Rc::new(kept)),
            false => FreedEntry::Generator(Rc::new(kept)),
        });
    }
}
