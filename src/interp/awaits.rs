//! The suspension points: awaiting a coroutine (runs it inline, in the same
//! task), a future (suspends the task until it is done) and
//! `asyncio.sleep` (a bare yield for 0, a timer otherwise).

use super::exec::{exec_block, Flow};
use super::frame::Frame;
use super::MAX_CALL_DEPTH;
use crate::engine::futures::{FutKind, FutRef};
use crate::engine::suspend::{Suspend, SuspendFuture};
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::trace::EventKind;
use crate::value::{CoroBody, Coroutine, ExcKind, Exception, Value};
use std::rc::Rc;

/// The longest `asyncio.sleep` the virtual clock accepts, in seconds.
pub const MAX_SLEEP_SECONDS: f64 = 1e9;

/// `await value`
pub(crate) async fn await_value(rt: &Rc<Runtime>, v: Value, depth: usize) -> Result<Value, Raise> {
    match v {
        // Only a program function can await further coroutines, so only it
        // needs a box to break the recursion.
        Value::Coroutine(c) if matches!(c.body, CoroBody::Function { .. }) => {
            Box::pin(run_coroutine(rt, &c, depth + 1)).await
        }
        Value::Coroutine(c) => run_coroutine_leaf(rt, &c).await,
        Value::Future(f) => await_future(rt, &f).await,
        other => Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!(
                "object {} can't be used in 'await' expression",
                other.type_name()
            ),
        ))),
    }
}

fn reused() -> Raise {
    Raise::Exc(Exception::new(
        ExcKind::RuntimeError,
        "cannot reuse already awaited coroutine",
    ))
}

/// Runs `asyncio.sleep` and the runner's own coroutines, which await no
/// further coroutine.
async fn run_coroutine_leaf(rt: &Rc<Runtime>, coro: &Coroutine) -> Result<Value, Raise> {
    if coro.started.replace(true) {
        return Err(reused());
    }
    match &coro.body {
        CoroBody::Sleep(delay) => sleep(rt, delay).await,
        CoroBody::Internal(_) => Ok(Value::None),
        CoroBody::Function { .. } => Err(Raise::Stop(RunError::internal(
            "a function coroutine taken for a leaf",
        ))),
    }
}

/// Runs a coroutine object to its end, in the calling task.
pub(crate) async fn run_coroutine(
    rt: &Rc<Runtime>,
    coro: &Coroutine,
    depth: usize,
) -> Result<Value, Raise> {
    if !matches!(coro.body, CoroBody::Function { .. }) {
        return run_coroutine_leaf(rt, coro).await;
    }
    if coro.started.replace(true) {
        return Err(reused());
    }
    match &coro.body {
        CoroBody::Function { index, args, .. } => {
            if depth > MAX_CALL_DEPTH {
                return Err(RunError::limit(format!(
                    "coroutines awaited more than {MAX_CALL_DEPTH} deep; look for a function that awaits itself without end"
                )));
            }
            let args = std::mem::take(&mut *args.borrow_mut());
            run_function(rt, *index, args, depth).await
        }
        _ => run_coroutine_leaf(rt, coro).await,
    }
}

/// Runs a program function's body with its parameters bound to `args`.
pub(crate) async fn run_function(
    rt: &Rc<Runtime>,
    index: usize,
    args: Vec<Value>,
    depth: usize,
) -> Result<Value, Raise> {
    let program = rt.program.clone();
    let function = &program.functions[index];
    let mut frame = Frame::new(index, depth, rt.scopes.locals(index).len(), args);
    let result = exec_block(rt, &mut frame, &function.body).await;
    if depth == 0 && Some(index) == rt.entry && matches!(result, Err(Raise::Exc(_))) {
        remember_main_frame(rt, &frame);
    }
    match result? {
        Flow::Return(v) => Ok(v),
        Flow::Next => Ok(Value::None),
    }
}

/// Notes which futures main's variables hold as main raises: CPython's
/// traceback keeps them alive, which decides when their reports print.
fn remember_main_frame(rt: &Runtime, frame: &Frame) {
    fn visit(v: &Value, out: &mut Vec<usize>, depth: usize) {
        match v {
            Value::Future(f) => out.push(f.id),
            Value::List(items) if depth < 4 => {
                items.borrow().iter().for_each(|i| visit(i, out, depth + 1))
            }
            Value::Tuple(items) if depth < 4 => items.iter().for_each(|i| visit(i, out, depth + 1)),
            _ => {}
        }
    }
    let mut held = rt.main_frame_refs.borrow_mut();
    for v in frame.slots.iter().flatten() {
        visit(v, &mut held, 0);
    }
}

/// `await future`: suspend until it is done, then its result (or its
/// exception raised here).
pub(crate) async fn await_future(rt: &Rc<Runtime>, f: &FutRef) -> Result<Value, Raise> {
    if f.is_pending() {
        SuspendFuture::new(rt, Suspend::On(f.clone())).await?;
    }
    Ok(f.result()?)
}

/// `await asyncio.sleep(delay)`
pub(crate) async fn sleep(rt: &Rc<Runtime>, delay: &Value) -> Result<Value, Raise> {
    let seconds = match delay {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        other => {
            return Err(Raise::Exc(Exception::new(
                ExcKind::TypeError,
                format!(
                    "'<=' not supported between instances of '{}' and 'int'",
                    other.type_name()
                ),
            )))
        }
    };
    if seconds.is_nan() || seconds > MAX_SLEEP_SECONDS {
        return Err(RunError::limit(format!(
            "asyncio.sleep({}) is outside what the virtual clock models; sleep at most {MAX_SLEEP_SECONDS} seconds",
            delay.repr()
        )));
    }
    if seconds <= 0.0 {
        // `__sleep0`: a bare yield, one trip round the loop.
        SuspendFuture::new(rt, Suspend::Yield).await?;
        return Ok(Value::None);
    }
    let nanos = (seconds * 1e9).round() as u64;
    let future = rt.new_future(FutKind::Plain);
    let timer = rt.call_later(nanos, future.clone());
    let task = rt.lp.borrow().current_slot();
    if let Some(task) = task {
        let until = timer.when as f64 / 1e9;
        rt.emit(|| EventKind::Sleeping {
            task,
            delay: seconds,
            until,
        });
    }
    let result = await_future(rt, &future).await;
    // `finally: h.cancel()`: a cancelled sleep must not fire later.
    timer.cancel();
    result
}
