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
//! Not here: `async for` (compiled to `__aiter__`/`__anext__` calls,
//! `interp::compile`), and closing a generator left before its end
//! (`aclose()`, asyncio's finalizer hook), which is refused
//! (`FreedEntry::AsyncGenerator`).

use super::{Closure, FreedEntry, FreedLog, Value};
use crate::program::Name;
use std::cell::RefCell;
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
        }
    }
}

impl Drop for AsyncGen {
    /// A generator freed while paused inside its body would be closed by
    /// asyncio (its finalizer hook schedules a task running `aclose()`,
    /// which runs its `finally` blocks): not modelled yet, so logged for
    /// the run to stop there.
    fn drop(&mut self) {
        if let GenState::Suspended(_) = &*self.state.borrow() {
            self.freed
                .freed(FreedEntry::AsyncGenerator(self.name.clone()));
        }
    }
}
