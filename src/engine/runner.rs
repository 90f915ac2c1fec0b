//! `asyncio.run(main())`, as CPython 3.11's `asyncio.Runner` does it:
//! run main's task until it is done, then cancel every task still pending
//! and run the loop until they have all finished (which is why a task that
//! was never awaited still prints its first line), then the two shutdown
//! steps, then report to stderr what CPython reports.

use super::futures::{Callback, FutRef, TaskBody};
use super::{RunOptions, RunOutcome, Runtime};
use crate::error::{Raise, RunError};
use crate::program::Program;
use crate::trace::EventKind;
use crate::value::{CoroBody, Coroutine, Exc, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub(crate) fn asyncio_run(program: Rc<Program>, options: &RunOptions) -> RunOutcome {
    let rt = Runtime::new(program, options);
    let result = drive(&rt);
    finish(&rt, result)
}

/// Everything up to the reports; an error means Interleave stopped the run.
fn drive(rt: &Rc<Runtime>) -> Result<Option<Exc>, RunError> {
    let entry = rt
        .entry
        .ok_or_else(|| RunError::internal("the entry function was not validated"))?;
    let main = Rc::new(Coroutine {
        body: CoroBody::Function {
            index: entry,
            name: rt.program.entry.as_str().into(),
            args: RefCell::new(vec![]),
        },
        started: Cell::new(false),
    });
    let main_task = rt.create_task(main, None, false).map_err(stop)?;
    run_until_complete(rt, &main_task)?;
    // `run_until_complete` ends with `future.result()`, which retrieves it.
    let uncaught = main_task.result().err();

    cancel_all_tasks(rt)?;
    // `shutdown_asyncgens()` and `shutdown_default_executor()`: each a task
    // that returns at once, each costing the loop two more iterations.
    for name in ["shutdown_asyncgens", "shutdown_default_executor"] {
        let coro = Rc::new(Coroutine {
            body: CoroBody::Internal(name),
            started: Cell::new(false),
        });
        let task = rt.create_task(coro, None, true).map_err(stop)?;
        run_until_complete(rt, &task)?;
    }
    Ok(uncaught)
}

fn stop(r: Raise) -> RunError {
    match r {
        Raise::Stop(e) => *e,
        Raise::Exc(e) => RunError::internal(format!("unexpected exception {}", e.repr())),
    }
}

fn run_until_complete(rt: &Rc<Runtime>, future: &FutRef) -> Result<(), RunError> {
    rt.add_done_callback(future, Callback::StopLoop);
    rt.run_forever()?;
    if future.is_pending() {
        return Err(RunError::internal(
            "the loop stopped before the future completed",
        ));
    }
    Ok(())
}

/// `asyncio.runners._cancel_all_tasks`.
fn cancel_all_tasks(rt: &Rc<Runtime>) -> Result<(), RunError> {
    let to_cancel: Vec<FutRef> = rt
        .lp
        .borrow()
        .tasks
        .iter()
        .filter(|t| t.is_pending())
        .cloned()
        .collect();
    if to_cancel.is_empty() {
        return Ok(());
    }
    let pending = to_cancel
        .iter()
        .filter_map(|t| t.task())
        .map(|t| t.slot)
        .collect();
    rt.emit(|| EventKind::Shutdown { pending });
    for task in &to_cancel {
        rt.cancel(task);
    }
    let all = to_cancel.iter().cloned().map(Value::Future).collect();
    let gathering = rt.gather(all, true, true).map_err(stop)?;
    run_until_complete(rt, &gathering)?;
    for task in &to_cancel {
        if task.is_cancelled() {
            continue;
        }
        if let Ok(Some(exc)) = task.exception() {
            rt.stderr_lines(&[
                "unhandled exception during asyncio.run() shutdown".to_string(),
                format!("task: {}", task.repr()),
                "Traceback (most recent call last):".to_string(),
                exc.traceback_line(),
            ]);
        }
    }
    Ok(())
}

impl Runtime {
    pub(crate) fn stderr_lines(&self, lines: &[String]) {
        for line in lines {
            let text = line.clone();
            self.emit(|| EventKind::Stderr { text });
        }
        let mut lp = self.lp.borrow_mut();
        for line in lines {
            lp.stderr.push_str(line);
            lp.stderr.push('\n');
        }
    }
}

/// The "exception was never retrieved" report CPython logs when a failed
/// future is garbage-collected.
fn never_retrieved(rt: &Runtime, future: &FutRef, exc: &Exc) {
    rt.stderr_lines(&[
        format!("{} exception was never retrieved", future.type_name()),
        format!("future: {}", future.repr()),
        "Traceback (most recent call last):".to_string(),
        exc.traceback_line(),
    ]);
}

fn finish(rt: &Rc<Runtime>, result: Result<Option<Exc>, RunError>) -> RunOutcome {
    let (uncaught, error) = match result {
        Ok(uncaught) => (uncaught, None),
        Err(e) => (None, Some(e)),
    };
    if error.is_none() {
        // Futures whose exception nobody looked at, in creation order. Those
        // main's variables hold outlive the traceback (it keeps main's frame).
        let held = rt.main_frame_refs.borrow().clone();
        let failed: Vec<(FutRef, Exc)> = unretrieved(rt);
        let (after, before): (Vec<_>, Vec<_>) = failed
            .into_iter()
            .partition(|(f, _)| uncaught.is_some() && held.contains(&f.id));
        for (f, e) in &before {
            never_retrieved(rt, f, e);
        }
        if let Some(exc) = &uncaught {
            rt.stderr_lines(&[
                "Traceback (most recent call last):".to_string(),
                exc.traceback_line(),
            ]);
        }
        for (f, e) in &after {
            never_retrieved(rt, f, e);
        }
    }
    let exit_status = if uncaught.is_some() { 1 } else { 0 };
    rt.emit(|| EventKind::Finished { exit_status });
    // Task coroutines hold the runtime; dropping them breaks the cycle.
    let tasks = rt.lp.borrow().tasks.clone();
    for task in tasks {
        if let Some(info) = task.task() {
            let body = info.body.replace(TaskBody::Finished);
            drop(body);
        }
    }
    let mut lp = rt.lp.borrow_mut();
    RunOutcome {
        stdout: std::mem::take(&mut lp.stdout),
        stderr: std::mem::take(&mut lp.stderr),
        exit_status,
        error,
        events: std::mem::take(&mut lp.trace.events),
        iterations: lp.iteration,
        steps: rt.steps.get(),
        tasks: lp.tasks.len(),
    }
}

/// Failed tasks and gathers whose exception was never retrieved.
fn unretrieved(rt: &Runtime) -> Vec<(FutRef, Exc)> {
    let lp = rt.lp.borrow();
    let mut out = Vec::new();
    for task in &lp.tasks {
        if let Some(e) = task.unretrieved_exception() {
            out.push((task.clone(), e));
        }
    }
    for g in &lp.gatherings {
        if let Some(e) = g.unretrieved_exception() {
            out.push((g.clone(), e));
        }
    }
    out.sort_by_key(|(f, _)| f.id);
    out
}
