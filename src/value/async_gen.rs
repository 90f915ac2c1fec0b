//! Async generator objects: what calling an `async def` whose body holds a
//! `yield` returns, as CPython's `async_generator` (`genobject.c`).
//!
//! The object only keeps its place: its frame while paused at a `yield`,
//! which the task machine (`interp::vm`) pushes onto the awaiting task's
//! frames when `__anext__()` is awaited, and takes back at the next
//! `yield`. So what it awaits in between suspends that task, as in CPython.
//! The frame is the machine's type, opaque here (`Box<dyn Any>`): values
//! do not know how code runs.
//!
//! A generator let go of while paused is handed, as asyncio's finalizer
//! hook is, to the loop (`FreedEntry::AsyncGenerator`), which closes it
//! in a task of its own: `aclose()` (`CoroBody::AsyncGenClose`) throws
//! `GeneratorExit` in at the `yield`, so its `finally` blocks run.
//!
//! Not here: `async for` (compiled to `__aiter__`/`__anext__` calls,
//! `interp::compile`).

use super::{Closure, FreedEntry, FreedLog, Value};
use crate::program::Name;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where an async generator stands.
pub enum GenState {
    /// Not started: its function and the arguments bound to it.
    Created {
        index: usize,
        args: Vec<Value>,
        closure: Closure,
    },
    /// Paused at a `yield`: its frame.
    Suspended(Box<dyn std::any::Any>),
    /// Its frame is on a task's stack, running or awaiting.
    Running,
    /// Returned or raised: `__anext__()` raises `StopAsyncIteration`.
    Finished,
}

pub struct AsyncGen {
    /// `__qualname__`, which its repr shows.
    pub name: Name,
    pub state: RefCell<GenState>,
    /// Where to say it was freed while paused (see the module's header).
    freed: Rc<FreedLog>,
    /// `aclose()` has begun (CPython's `ag_closed`): a `yield` now is
    /// "async generator ignored GeneratorExit", and `GeneratorExit`
    /// leaving the body is the close done.
    pub closing: Cell<bool>,
    /// Its `aclose()` was thrown into before its first step, and so is
    /// still unstarted: the next value sent throws `GeneratorExit` in.
    pub close_pending: Cell<bool>,
    /// Handed to the finalizer once already: freed again, it is not.
    finalized: bool,
}

impl std::fmt::Debug for AsyncGen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<async_generator object {}>", self.name)
    }
}

impl AsyncGen {
    pub fn new(
        name: Name,
        index: usize,
        args: Vec<Value>,
        closure: Closure,
        log: &super::Freed,
    ) -> AsyncGen {
        AsyncGen {
            name,
            state: RefCell::new(GenState::Created {
                index,
                args,
                closure,
            }),
            freed: log.log(),
            closing: Cell::new(false),
            close_pending: Cell::new(false),
            finalized: false,
        }
    }
}

impl Drop for AsyncGen {
    /// A generator freed while paused inside its body goes to asyncio's
    /// finalizer hook, which keeps it alive for the task that closes it
    /// (CPython resurrects the object; here its frame moves to a new one,
    /// which no program can tell apart: addresses are not shown).
    fn drop(&mut self) {
        if self.finalized || !matches!(&*self.state.borrow(), GenState::Suspended(_)) {
            return;
        }
        let state = self.state.replace(GenState::Finished);
        let kept = AsyncGen {
            name: self.name.clone(),
            state: RefCell::new(state),
            freed: self.freed.clone(),
            closing: Cell::new(false),
            close_pending: Cell::new(false),
            finalized: true,
        };
        self.freed.freed(FreedEntry::AsyncGenerator(Rc::new(kept)));
    }
}
