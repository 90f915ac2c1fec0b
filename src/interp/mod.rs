//! The interpreter: runs a task's coroutine as a Rust future.
//!
//! Each function is compiled once per run (`compile`) to flat instructions
//! with names resolved (`scope`). A task's future is a `vm::TaskVm`: polling
//! it runs instructions until the coroutine awaits something that is not
//! done, which it hands to the engine through the mailbox; awaiting another
//! coroutine pushes a frame on the same task, as CPython runs an awaited
//! coroutine inside the awaiting task. Everything between two suspensions
//! runs within one task step, exactly as Python code between two awaits does.
//!
//! Layout: `scope` decides local names, `code` is the instruction set, `compile` turns bodies into
//! instructions, `vm` runs them, `builtins` the functions, methods and attributes Python provides;
//! `wait_for` is the one asyncio coroutine with awaits of its own, which the
//! task machine resumes step by step.

mod builtins;
pub(crate) mod code;
pub(crate) mod compile;
mod convert;
#[cfg(feature = "code")]
mod iterables;
#[cfg(feature = "code")]
mod methods;
mod modelled;
mod scope;
mod vm;
#[cfg(feature = "code")]
mod wait_for;

pub use scope::Scopes;

use crate::engine::{Body, Runtime};
use crate::value::Coroutine;
use std::rc::Rc;

/// Calls nested deeper than this stop the run, well before CPython's
/// recursion limit, so a runaway recursion ends quickly.
pub const MAX_CALL_DEPTH: usize = 200;

/// The future a task polls: its coroutine, run from the top.
pub(crate) fn task_body(rt: Rc<Runtime>, coro: Rc<Coroutine>) -> Body {
    Box::pin(vm::TaskVm::new(rt, coro))
}
