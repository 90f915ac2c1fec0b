//! `asyncio.run(main())`, as CPython 3.11's `asyncio.Runner` does it:
//! run main's task until it is done, then cancel every task still pending
//! and run the loop until they have all finished (which is why a task that
//! was never awaited still prints its first line), then the two shutdown
//! steps, then report to stderr what CPython reports.

use super::futures::{Callback, FutRef, TaskBody};
use super::{RunOptions, RunOutcome, Runtime};
use crate::error::{Raise, RunError};
use crate::program::Program;
use crate::trace::{Event, EventKind};
use crate::value::{CoroBody, Coroutine, Exc, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A run in progress, advanced one loop iteration at a time: the CLI runs
/// it to the end at once; the page paces it, one iteration per microtask
/// and real timers for the virtual clock's jumps.
#[must_use = "a session does nothing until it is advanced"]
pub struct Session {
    rt: Rc<Runtime>,
    phase: Phase,
    /// Main's exception, once main is done.
    uncaught: Option<Exc>,
    /// Set when Interleave stopped the run.
    error: Option<RunError>,
    /// Events already handed out by `new_events`.
    seen: usize,
}

/// Where `asyncio.run` is: running the loop until a future is done, and
/// what to do then.
enum Phase {
    Running { until: FutRef, then: Then },
    Finished,
}

enum Then {
    /// Main is done: cancel what is left.
    CancelRest,
    /// The cancelled tasks are done: report the ones that raised instead.
    ReportCancelled(Vec<FutRef>),
    /// Shutdown step `n` (of two) is done.
    Shutdown(u8),
}

impl Session {
    /// `asyncio.run(entry())`: creates main's task; nothing runs yet.
    pub fn new(program: &Program, options: &RunOptions) -> Session {
        let rt = Runtime::new(Rc::new(program.clone()), options);
        let mut session = Session {
            rt,
            phase: Phase::Finished,
            uncaught: None,
            error: None,
            seen: 0,
        };
        match session.start_main() {
            Ok(phase) => session.phase = phase,
            Err(e) => session.fail(e),
        }
        session
    }

    fn start_main(&self) -> Result<Phase, RunError> {
        let rt = &self.rt;
        let entry = rt
            .entry
            .ok_or_else(|| RunError::internal("the entry function was not validated"))?;
        let main = Rc::new(Coroutine::new(CoroBody::Function {
            index: entry,
            name: rt.program.entry.as_str().into(),
            args: RefCell::new(vec![]),
        }));
        let task = rt.create_task(main, None, false).map_err(stop)?;
        Ok(self.run_until_complete(task, Then::CancelRest))
    }

    /// `run_until_complete(future)`: the loop stops after the iteration in
    /// which the future's done-callback runs.
    fn run_until_complete(&self, until: FutRef, then: Then) -> Phase {
        self.rt.add_done_callback(&until, Callback::StopLoop);
        Phase::Running { until, then }
    }

    /// Runs one loop iteration, and the runner's next step when the loop
    /// stops. Returns false once the run is over.
    pub fn advance(&mut self) -> bool {
        let Phase::Running { until, .. } = &self.phase else {
            return false;
        };
        let until = until.clone();
        if let Err(e) = self.rt.run_once() {
            self.fail(e);
            return false;
        }
        if !std::mem::take(&mut self.rt.lp.borrow_mut().stopping) {
            return true;
        }
        if until.is_pending() {
            self.fail(RunError::internal(
                "the loop stopped before the future completed",
            ));
            return false;
        }
        let Phase::Running { then, .. } = std::mem::replace(&mut self.phase, Phase::Finished)
        else {
            return false;
        };
        match self.next_phase(then, &until) {
            Ok(Some(phase)) => {
                self.phase = phase;
                true
            }
            Ok(None) => {
                self.report();
                false
            }
            Err(e) => {
                self.fail(e);
                false
            }
        }
    }

    fn next_phase(&mut self, then: Then, done: &FutRef) -> Result<Option<Phase>, RunError> {
        match then {
            Then::CancelRest => {
                // `run_until_complete` ends with `future.result()`, which
                // retrieves main's exception.
                self.uncaught = done.result().err();
                // What main's end frees is reported before the shutdown's
                // own reports.
                self.report_freed(false);
                match self.cancel_all_tasks()? {
                    Some(phase) => Ok(Some(phase)),
                    None => self.shutdown_step(0).map(Some),
                }
            }
            Then::ReportCancelled(tasks) => {
                self.report_cancelled(&tasks);
                #[cfg(feature = "code")]
                self.free_cancelled(&tasks);
                self.shutdown_step(0).map(Some)
            }
            Then::Shutdown(0) => self.shutdown_step(1).map(Some),
            Then::Shutdown(_) => Ok(None),
        }
    }

    /// `shutdown_asyncgens()` then `shutdown_default_executor()`: each a
    /// task that returns at once, each costing the loop two iterations.
    fn shutdown_step(&self, n: u8) -> Result<Phase, RunError> {
        let name = ["shutdown_asyncgens", "shutdown_default_executor"][n as usize];
        let coro = Rc::new(Coroutine::new(CoroBody::Internal(name)));
        let task = self.rt.create_task(coro, None, true).map_err(stop)?;
        Ok(self.run_until_complete(task, Then::Shutdown(n)))
    }

    /// `asyncio.runners._cancel_all_tasks`: cancel every pending task and
    /// run until they are all done.
    fn cancel_all_tasks(&self) -> Result<Option<Phase>, RunError> {
        let rt = &self.rt;
        let to_cancel: Vec<FutRef> = rt
            .lp
            .borrow()
            .tasks
            .iter()
            .filter(|t| t.is_pending())
            .cloned()
            .collect();
        if to_cancel.is_empty() {
            return Ok(None);
        }
        let pending = to_cancel
            .iter()
            .filter_map(|t| t.task())
            .map(|t| t.slot)
            .collect();
        rt.emit(|| EventKind::Shutdown { pending });
        for task in &to_cancel {
            rt.cancel(task, None);
        }
        let all = to_cancel.iter().cloned().map(Value::Future).collect();
        let gathering = rt.gather(all, true, true).map_err(stop)?;
        Ok(Some(self.run_until_complete(
            gathering,
            Then::ReportCancelled(to_cancel),
        )))
    }

    fn report_cancelled(&self, tasks: &[FutRef]) {
        for task in tasks {
            if task.is_cancelled() {
                continue;
            }
            if let Ok(Some(exc)) = task.exception() {
                self.rt.stderr_lines(&[
                    "unhandled exception during asyncio.run() shutdown".to_string(),
                    format!("task: {}", task.repr()),
                    "Traceback (most recent call last):".to_string(),
                    exc.traceback_line(),
                ]);
            }
        }
    }

    /// `_cancel_all_tasks` returns and its variables go: its list of the
    /// tasks it cancelled, last first, but the last task is still its loop
    /// variable's (`for task in to_cancel`), freed after. Each task goes
    /// then (unless main's traceback holds it), and what its
    /// CancelledError's traceback kept.
    #[cfg(feature = "code")]
    fn free_cancelled(&self, tasks: &[FutRef]) {
        let rt = &self.rt;
        let kept = rt.main_frame_refs.borrow().clone();
        let (last, rest) = match tasks.split_last() {
            Some((last, rest)) => (Some(last), rest),
            None => (None, tasks),
        };
        for task in rest.iter().rev().chain(last) {
            if self.uncaught.is_some() && kept.contains(&task.id) {
                continue;
            }
            let exc = task.state.borrow_mut().cancelled_exc.clone();
            if let Some(exc) = exc {
                drop(exc.traceback_holds.take());
            }
            rt.warn_unawaited(super::warnings::Place::Shutdown);
        }
    }

    /// Interleave stopped the run: no reports, as the output is cut short.
    fn fail(&mut self, e: RunError) {
        self.error = Some(e);
        self.phase = Phase::Finished;
        self.rt.emit(|| EventKind::Finished { exit_status: 0 });
        release_coroutines(&self.rt);
    }

    /// "exception was never retrieved" for the failed futures nobody looked
    /// at, in creation order, once CPython would have freed them: when main
    /// ends (its variables go) for those nothing else still refers to, and
    /// at the very end for the rest. A callback waiting to run keeps a
    /// future alive (and may yet retrieve its exception);
    /// those main's variables hold when main raised wait for its traceback,
    /// which keeps main's frame (`report`).
    ///
    /// When main returned, those its variables held go last, in the order
    /// freeing its frame frees them (a list's items last first, as
    /// `list_dealloc` drops them); the others were freed before, as each
    /// finished, so they come first, in creation order.
    fn report_freed(&self, at_end: bool) {
        let rt = &self.rt;
        let held = rt.main_frame_refs.borrow();
        let pending = unretrieved(rt);
        let free = pending.iter().filter(|(f, _)| !held.contains(&f.id));
        let by_frame = held
            .iter()
            .filter(|_| self.uncaught.is_none())
            .filter_map(|id| pending.iter().find(|(f, _)| f.id == *id));
        for (f, e) in free.chain(by_frame) {
            if !at_end && still_referenced(rt, f) {
                continue;
            }
            never_retrieved(rt, f, e);
            f.state.borrow_mut().log_traceback = false;
            // The task goes, and its exception with what its traceback
            // kept, while main's frame is freed in main's last step.
            #[cfg(feature = "code")]
            if !at_end {
                drop(e.traceback_holds.take());
                rt.warn_unawaited(super::warnings::Place::Callback);
            }
        }
    }

    /// The end of `asyncio.run`: what CPython writes to stderr.
    fn report(&mut self) {
        self.report_freed(true);
        let rt = &self.rt.clone();
        // Those main's frame held, in the order that frame frees them (no
        // sort: each sort's code costs the page's wasm a kilobyte).
        let left = unretrieved(rt);
        let after: Vec<&(FutRef, Exc)> = rt
            .main_frame_refs
            .borrow()
            .iter()
            .filter_map(|id| left.iter().find(|(f, _)| f.id == *id))
            .collect();
        if let Some(exc) = &self.uncaught {
            rt.stderr_lines(&[
                "Traceback (most recent call last):".to_string(),
                exc.uncaught_line(),
            ]);
        }
        for (f, e) in after {
            never_retrieved(rt, f, e);
        }
        #[cfg(feature = "code")]
        self.free_at_exit();
        let exit_status = self.exit_status();
        rt.emit(|| EventKind::Finished { exit_status });
        release_coroutines(rt);
    }

    /// What is freed after `asyncio.run` returns: main's result, at the
    /// line that called it; when main raised, what its traceback kept, at
    /// the interpreter's exit. A coroutine that never ran and is freed
    /// with any other task's result or exception would be reported when
    /// CPython frees that task, which follows its references (issue 10's
    /// lifetimes): the run stops rather than guess where.
    #[cfg(feature = "code")]
    fn free_at_exit(&mut self) {
        use super::futures::Outcome;
        use super::warnings::Place;
        let rt = self.rt.clone();
        let main = rt.lp.borrow().tasks.first().cloned();
        match (&self.uncaught, main) {
            (None, Some(main)) => {
                let result =
                    std::mem::replace(&mut main.state.borrow_mut().outcome, Outcome::Cancelled);
                drop(result);
                rt.warn_unawaited(Place::Line(rt.source.run_line()));
            }
            (Some(exc), _) => {
                drop(exc.traceback_holds.take());
                rt.warn_unawaited(Place::Exit);
            }
            _ => {}
        }
        release_coroutines(&rt);
        let tasks = rt.lp.borrow().tasks.clone();
        for task in tasks {
            let outcome = std::mem::take(&mut task.state.borrow_mut().outcome);
            if let Outcome::Exception(e) = &outcome {
                drop(e.traceback_holds.take());
            }
            drop(outcome);
            let cancelled = task.state.borrow_mut().cancelled_exc.take();
            if let Some(e) = cancelled {
                drop(e.traceback_holds.take());
            }
        }
        let left = rt.unawaited.take();
        if let (Some(name), None) = (left.first(), &self.error) {
            self.error = Some(stop(RunError::unsupported(format!(
                "the coroutine {name}() was never awaited, and what kept it (a task's result or exception) is freed when CPython frees that task, which Interleave does not model yet: CPython warns \"RuntimeWarning: coroutine '{name}' was never awaited\" there. Await the coroutine, or drop it where it is made"
            ))));
        }
    }

    fn exit_status(&self) -> i32 {
        if self.uncaught.is_some() && self.error.is_none() {
            1
        } else {
            0
        }
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.phase, Phase::Finished)
    }

    /// Virtual seconds since the run started.
    pub fn now(&self) -> f64 {
        self.rt.lp.borrow().seconds()
    }

    /// If the loop has nothing ready, the virtual time its next iteration
    /// will start at (CPython would block in `select` until then).
    pub fn idle_until(&self) -> Option<f64> {
        if self.is_finished() {
            return None;
        }
        let mut lp = self.rt.lp.borrow_mut();
        if !lp.ready.is_empty() || lp.stopping {
            return None;
        }
        lp.timers.drop_cancelled_front();
        lp.timers
            .next_deadline()
            .map(|when| when.max(lp.now) as f64 / 1e9)
    }

    /// The events recorded since the last call.
    pub fn new_events(&mut self) -> Vec<Event> {
        let lp = self.rt.lp.borrow();
        let fresh = lp.trace.events[self.seen..].to_vec();
        self.seen = lp.trace.events.len();
        fresh
    }

    /// Runs to the end and returns everything the run produced.
    pub fn finish(mut self) -> RunOutcome {
        while self.advance() {}
        let rt = &self.rt;
        let mut lp = rt.lp.borrow_mut();
        RunOutcome {
            stdout: std::mem::take(&mut lp.stdout),
            stderr: std::mem::take(&mut lp.stderr),
            exit_status: self.exit_status(),
            error: self.error.take(),
            events: std::mem::take(&mut lp.trace.events),
            iterations: lp.iteration,
            steps: rt.steps.get(),
            tasks: lp.tasks.len(),
            #[cfg(feature = "code")]
            computed: rt.compute.estimate(),
            #[cfg(not(feature = "code"))]
            computed: 0.0,
        }
    }
}

impl Drop for Session {
    /// A session dropped mid-run (the page's Stop) must still free its
    /// tasks, whose coroutines hold the runtime.
    fn drop(&mut self) {
        release_coroutines(&self.rt);
    }
}

/// Task coroutines hold the runtime; dropping them breaks the cycle.
fn release_coroutines(rt: &Runtime) {
    let tasks = rt.lp.borrow().tasks.clone();
    for task in tasks {
        if let Some(info) = task.task() {
            let body = info.body.replace(TaskBody::Finished);
            drop(body);
        }
    }
}

fn stop(r: Raise) -> RunError {
    match r {
        Raise::Stop(e) => *e,
        Raise::Exc(e) => RunError::internal(format!("unexpected exception {}", e.repr())),
    }
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

/// Is a done-callback about `future` waiting in the ready queue? (A
/// failed child of a gather always queues one, which then retrieves its
/// exception or finishes the gather.)
fn still_referenced(rt: &Runtime, future: &FutRef) -> bool {
    use super::event_loop::Handle;
    rt.lp
        .borrow()
        .ready
        .iter()
        .any(|h| matches!(h, Handle::Done { future: f, .. } if Rc::ptr_eq(f, future)))
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
