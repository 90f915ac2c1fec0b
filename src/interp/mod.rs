//! The interpreter: runs a program function's body as a Rust future.
//!
//! Every `async def` call becomes a coroutine object; when a task runs it (or
//! another coroutine awaits it) its body is executed here, statement by
//! statement. The only places a body can suspend are the awaits of
//! `awaits.rs`, which hand a future (or a bare yield) to the engine through
//! the mailbox; everything else runs to completion within one task step,
//! exactly as Python code between two awaits does.
//!
//! Layout: `scope` decides local names, `frame` holds them, `exec` runs
//! statements, `eval` expressions, `builtins` the functions and methods
//! Python provides, `awaits` the suspension points.

mod builtins;
pub(crate) mod compile;
mod iter;
mod scope;
mod vm;

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

/// Adds the names `body` binds (its local variables) to `names`.
pub(crate) fn collect_locals(body: &[crate::program::Stmt], names: &mut Vec<crate::program::Name>) {
    scope::collect_bound(body, names)
}

/// Is `name` a builtin class such as `str` or `int`?
pub(crate) fn is_builtin_type(name: &str) -> bool {
    builtins::type_by_name(name).is_some()
}
