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

mod awaits;
mod builtins;
mod eval;
mod exec;
mod frame;
mod scope;

pub use scope::Scopes;

use crate::engine::{Body, Runtime};
use crate::value::Coroutine;
use std::rc::Rc;

/// Calls nested deeper than this stop the run: each level is a Rust future
/// polled inside its caller, and the browser's stack is small.
pub const MAX_CALL_DEPTH: usize = 200;

/// The future a task polls: its coroutine, run from the top.
pub(crate) fn task_body(rt: Rc<Runtime>, coro: Rc<Coroutine>) -> Body {
    Box::pin(async move { awaits::run_coroutine(&rt, &coro, 0).await })
        as Body
}

/// Adds the names `body` binds (its local variables) to `names`.
pub(crate) fn collect_locals(body: &[crate::program::Stmt], names: &mut Vec<crate::program::Name>) {
    scope::collect_bound(body, names)
}

/// Is `name` a builtin class such as `str` or `int`?
pub(crate) fn is_builtin_type(name: &str) -> bool {
    builtins::type_by_name(name).is_some()
}

#[cfg(test)]
mod size_probe {
    #[test]
    fn print_sizes() {
        use crate::program::build::*;
        let p = std::rc::Rc::new(program(vec![async_fn("main", &[], vec![])]));
        let rt = crate::engine::Runtime::new(p, &Default::default());
        let coro = std::rc::Rc::new(crate::value::Coroutine {
            body: crate::value::CoroBody::Internal("x"),
            started: std::cell::Cell::new(false),
        });
        let body = super::task_body(rt.clone(), coro.clone());
        let mut frame = super::frame::Frame::new(0, 0, 0, vec![]);
        let eb = super::exec::exec_block(&rt, &mut frame, &[]);
        eprintln!("body future {}", std::mem::size_of_val(&*body));
        eprintln!("exec_block {}", std::mem::size_of_val(&eb));
        drop(eb);
        let rf = super::awaits::run_function(&rt, 0, vec![], 0);
        eprintln!("run_function {}", std::mem::size_of_val(&rf));
        drop(rf);
        let sl = super::awaits::sleep(&rt, &crate::value::Value::None);
        eprintln!("sleep {}", std::mem::size_of_val(&sl));
        eprintln!("Value {} FutureObj {} FutState {}", std::mem::size_of::<crate::value::Value>(), std::mem::size_of::<crate::engine::futures::FutureObj>(), std::mem::size_of::<crate::engine::futures::FutState>());
    }
}
