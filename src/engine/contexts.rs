//! `contextvars`' current context, as CPython keeps it in the thread
//! state (`Python/context.c`), and where asyncio switches it: a task's
//! steps run in the copy of the context it was created in (`Task.__init__`
//! copies it, `Task.__step` runs in it), a callback in the copy made when
//! it was scheduled (`Handle.__init__`, `Future.add_done_callback`), and a
//! worker thread in a context of its own. Feature `asyncio-py`.
//!
//! The contexts themselves, their variables and tokens, are the library's
//! Python (`asyncio_py/contextvars.py`, as opaque `Value`s here); this
//! module only holds which is current. It costs nothing to a program that
//! does not import `contextvars`, which no code can ask for a context:
//! nothing is copied, entered or kept (`use_contexts`).
//!
//! What lives elsewhere: `Context.run` (the library's, through
//! `_interleave.context_enter` and `context_exit`), and `to_thread`'s
//! copy (`asyncio_py/threads.py`).

use super::Runtime;
use crate::error::Raise;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Default)]
pub(crate) struct Contexts {
    /// Whether the program imports `contextvars`: only then can its code
    /// read a context, and so only then are contexts made.
    on: Cell<bool>,
    /// The contexts entered on the thread running now, the current one
    /// last (`ts->context` and each context's `ctx_prev`). Empty until
    /// the library makes the thread's first (`context_get`).
    entered: RefCell<Vec<Value>>,
    /// Each task's context (`Task._context`), by the task's slot.
    tasks: RefCell<Vec<Value>>,
    /// Each worker thread's entered contexts while it does not run, by
    /// its id (a thread's context outlives its work items, as a pool's
    /// thread keeps its own).
    threads: RefCell<Vec<Vec<Value>>>,
}

impl Runtime {
    /// `contextvars.copy_context()` for a task or a callback being made:
    /// None when the program does not import `contextvars`, so that
    /// nothing can read a context.
    pub(crate) fn copy_context(self: &Rc<Self>) -> Result<Value, Raise> {
        if !self.contexts.on.get() {
            return Ok(Value::None);
        }
        self.interpreter
            .clone()
            .library_hook(self.clone(), "_copy_context", Vec::new())
            .unwrap_or(Ok(Value::None))
    }

    /// Whether the program imports `contextvars`, as its run starts.
    pub(crate) fn use_contexts(&self, on: bool) {
        self.contexts.on.set(on);
    }

    /// Keeps `context` as the task's in `slot` (nothing for None).
    pub(crate) fn set_task_context(&self, slot: usize, context: Value) {
        if matches!(context, Value::None) {
            return;
        }
        let mut tasks = self.contexts.tasks.borrow_mut();
        if tasks.len() <= slot {
            tasks.resize(slot + 1, Value::None);
        }
        tasks[slot] = context;
    }

    /// The context of the task in `slot`, for its step (`in_context`):
    /// None when it has none.
    pub(crate) fn task_context(&self, slot: usize) -> Value {
        if !self.contexts.on.get() {
            return Value::None;
        }
        let tasks = self.contexts.tasks.borrow();
        tasks.get(slot).cloned().unwrap_or(Value::None)
    }

    /// Runs `f` in `context` (`Context.run`, as `Handle._run` calls it),
    /// or as it is for None (the program does not use `contextvars`).
    pub(crate) fn in_context<T>(&self, context: Value, f: impl FnOnce() -> T) -> T {
        if matches!(context, Value::None) {
            return f();
        }
        self.contexts.entered.borrow_mut().push(context);
        let out = f();
        self.leave_context();
        out
    }

    /// `_interleave.context_current()`: the current context, or None
    /// before the thread's first.
    pub(crate) fn current_context(&self) -> Value {
        self.contexts
            .entered
            .borrow()
            .last()
            .cloned()
            .unwrap_or(Value::None)
    }

    /// `_interleave.context_enter(ctx)` (`PyContext_Enter`): false, and
    /// nothing entered, when `ctx` is entered already on this thread,
    /// which the library raises CPython's RuntimeError for.
    pub(crate) fn enter_context(&self, context: Value) -> bool {
        let same = |c: &Value| match (c, &context) {
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        let mut entered = self.contexts.entered.borrow_mut();
        if entered.iter().any(same) {
            return false;
        }
        entered.push(context);
        true
    }

    /// Leaves the current context (`PyContext_Exit`).
    pub(crate) fn leave_context(&self) {
        self.contexts.entered.borrow_mut().pop();
    }

    /// Runs `f` with the thread `id`'s contexts in place of the loop's.
    pub(crate) fn in_thread_contexts<T>(&self, id: usize, f: impl FnOnce() -> T) -> T {
        let swap = |c: &Contexts| {
            let mut threads = c.threads.borrow_mut();
            if threads.len() <= id {
                threads.resize_with(id + 1, Vec::new);
            }
            std::mem::swap(&mut threads[id], &mut *c.entered.borrow_mut());
        };
        let on = self.contexts.on.get();
        if on {
            swap(&self.contexts);
        }
        let out = f();
        if on {
            swap(&self.contexts);
        }
        out
    }
}
