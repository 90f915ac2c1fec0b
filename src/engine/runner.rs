//! `asyncio.run(main())`, as CPython 3.11's `asyncio.Runner` does it:
//! run main's task until it is done, then cancel every task still pending
//! and run the loop until they have all finished (which is why a task that
//! was never awaited still prints its first line), then the two shutdown
//! steps, then report to stderr what CPython reports.

use super::freed::Place;
#[cfg(feature = "code")]
use super::futures::Outcome;
use super::futures::{Callback, FutRef, TaskBody};
use super::{RunOptions, RunOutcome, Runtime};
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};
use crate::program::Program;
use crate::trace::{Event, EventKind};
#[cfg(feature = "code")]
use crate::value::FreedEntry;
use crate::value::{CoroBody, Coroutine, Exc, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A run in progress, advanced one loop iteration at a time: the CLI runs
/// it to the end at once; the page paces it, one iteration per microtask
/// and real timers for the virtual clock's jumps.
#[must_use = "a session does nothing until it is advanced"]
pub struct Session {
    rt: Rc<Runtime>,
    phase: Phase,
    /// Main's exception, once main is done.
    uncaught: Option<Exc>,
    /// What main returned, until `asyncio.run`'s caller lets go of it.
    #[cfg(feature = "code")]
    main_result: Option<Value>,
    /// Set when Interleave stopped the run.
    error: Option<RunError>,
    /// Bytes of stdout already handed out by `new_output`.
    #[cfg(feature = "code")]
    printed: usize,
    /// The iteration stepped into one callback at a time
    /// (`advance_callback`): how many of its callbacks have run, of how
    /// many.
    #[cfg(feature = "code")]
    within: Option<(usize, usize)>,
    /// The program's module-level code, which calls `asyncio.run` and
    /// goes on when it returns (`Interpreter::module`); `None` for a
    /// program that only runs `asyncio.run(entry())`, and once it ends.
    #[cfg(feature = "code")]
    module: Option<super::Body>,
}

/// Where `asyncio.run` is: running the loop until a future is done, and
/// what to do then.
enum Phase {
    /// The module's code runs next: it starts, or `asyncio.run` returns
    /// to it.
    #[cfg(feature = "code")]
    Module,
    Running {
        until: FutRef,
        then: Then,
    },
    Finished,
}

enum Then {
    /// Main is done: cancel what is left.
    CancelRest,
    /// The future the module's `loop.run_until_complete` waits for is
    /// done (or, `forever`, the module's `loop.run_forever()` was
    /// stopped): the loop stops, and the module's code goes on.
    #[cfg(feature = "asyncio-py")]
    Resume { forever: bool },
    /// The cancelled tasks are done: report the ones that raised instead.
    ReportCancelled(Vec<FutRef>),
    /// Shutdown step `n` (of two) is done.
    Shutdown(u8),
}

impl Session {
    /// `asyncio.run(entry())`: creates main's task; nothing runs yet.
    /// Its tasks' coroutines run on `interpreter`, which `crate::session`
    /// compiles the program into.
    pub(crate) fn start(
        program: &Program,
        options: &RunOptions,
        interpreter: Rc<dyn super::Interpreter>,
        #[cfg(feature = "code")] source: Rc<crate::program::SourceMap>,
    ) -> Session {
        let rt = Runtime::new(
            interpreter,
            options,
            #[cfg(feature = "code")]
            source,
        );
        #[cfg(feature = "asyncio-py")]
        rt.use_contexts(program.imports_module("contextvars"));
        let mut session = Session {
            rt,
            phase: Phase::Finished,
            uncaught: None,
            #[cfg(feature = "code")]
            main_result: None,
            error: None,
            #[cfg(feature = "code")]
            printed: 0,
            #[cfg(feature = "code")]
            within: None,
            #[cfg(feature = "code")]
            module: None,
        };
        #[cfg(feature = "code")]
        session.rt.warn_syntax();
        #[cfg(feature = "asyncio-py")]
        if let Err(e) = session
            .rt
            .interpreter
            .clone()
            .import_library(session.rt.clone())
        {
            session.fail(match e {
                crate::error::Raise::Stop(e) => *e,
                crate::error::Raise::Exc(e) => RunError::internal(format!(
                    "asyncio's Python half raised as it was imported: {}",
                    e.traceback_line()
                )),
            });
            return session;
        }
        #[cfg(feature = "code")]
        if let Some(module) = session.rt.interpreter.clone().module(session.rt.clone()) {
            session.module = Some(module);
            session.phase = Phase::Module;
            return session;
        }
        match session.start_main(program) {
            Ok(phase) => session.phase = phase,
            Err(e) => session.fail(e),
        }
        session
    }

    fn start_main(&self, program: &Program) -> Result<Phase, RunError> {
        let rt = &self.rt;
        let entry = program
            .functions
            .iter()
            .position(|f| f.name == program.entry)
            .ok_or_else(|| RunError::internal("the entry function was not validated"))?;
        let main = Rc::new(Coroutine::new(CoroBody::Function {
            index: entry,
            name: program.entry.as_str().into(),
            args: RefCell::new(vec![]),
            #[cfg(feature = "code")]
            closure: RefCell::new(None),
        }));
        #[cfg(feature = "asyncio-py")]
        rt.loop_made().map_err(stop)?;
        let task = rt.create_task(main, None, false).map_err(stop)?;
        Ok(self.run_until_complete(task, Then::CancelRest))
    }

    /// `run_until_complete(future)`: the loop stops after the iteration in
    /// which the future's done-callback runs. (The module's `run_forever()`
    /// waits on a future done already, and only `stop()` stops the loop.)
    fn run_until_complete(&self, until: FutRef, then: Then) -> Phase {
        #[cfg(feature = "code")]
        {
            self.rt.lp.borrow_mut().set_open(true);
            // `run`, `Runner.run` and `run_until_complete` are below
            // `run_forever`, or only the last, or none.
            #[cfg(feature = "asyncio-py")]
            let below = match then {
                Then::Resume { forever: true } => 6,
                Then::Resume { forever: false } => 7,
                _ => 9,
            };
            #[cfg(not(feature = "asyncio-py"))]
            let below = 9;
            self.rt.frames_below_tasks.set(below);
        }
        #[cfg(feature = "asyncio-py")]
        if matches!(then, Then::Resume { forever: true }) {
            return Phase::Running { until, then };
        }
        self.rt.add_done_callback(&until, Callback::StopLoop);
        Phase::Running { until, then }
    }

    /// Runs one loop iteration, and the runner's next step when the loop
    /// stops. Returns false once the run is over.
    pub fn advance(&mut self) -> bool {
        #[cfg(feature = "code")]
        if matches!(self.phase, Phase::Module) {
            return self.run_module();
        }
        if !matches!(self.phase, Phase::Running { .. }) {
            return false;
        }
        #[cfg(feature = "code")]
        // The rest of an iteration stepped into, or a whole one.
        #[cfg(feature = "code")]
        let ran = match self.within.take() {
            Some((done, ntodo)) => self.rt.run_callbacks(done, ntodo),
            None => self.rt.run_once(),
        };
        #[cfg(not(feature = "code"))]
        let ran = self.rt.run_once();
        if let Err(e) = ran {
            self.fail(e);
            return false;
        }
        self.end_iteration()
    }

    /// One step finer than `advance`: between iterations, begins the next
    /// (the clock moved, due timers made ready) without running anything;
    /// within one, runs its next callback, and the runner's next step when
    /// that was the iteration's last and the loop stopped. Returns false
    /// once the run is over.
    #[cfg(feature = "code")]
    pub fn advance_callback(&mut self) -> bool {
        if matches!(self.phase, Phase::Module) {
            return self.run_module();
        }
        if !matches!(self.phase, Phase::Running { .. }) {
            return false;
        }
        match self.within.take() {
            None => match self.rt.begin_iteration() {
                Ok(0) => self.end_iteration(),
                Ok(ntodo) => {
                    self.within = Some((0, ntodo));
                    true
                }
                Err(e) => {
                    self.fail(e);
                    false
                }
            },
            Some((done, ntodo)) => match self.rt.run_callback(done, ntodo) {
                Ok(true) if done + 1 < ntodo => {
                    self.within = Some((done + 1, ntodo));
                    true
                }
                Ok(_) => self.end_iteration(),
                Err(e) => {
                    self.fail(e);
                    false
                }
            },
        }
    }

    /// Runs the module's code until `asyncio.run` suspends it (the loop
    /// runs main's task next) or it ends (the run ends). Returns false
    /// once the run is over.
    #[cfg(feature = "code")]
    fn run_module(&mut self) -> bool {
        use std::task::Poll;
        let Some(module) = self.module.as_mut() else {
            self.fail(RunError::internal("the module's code ran after it ended"));
            return false;
        };
        let polled = module.as_mut().run_step();
        match polled {
            Poll::Pending => {
                let yielded = self.rt.mailbox.take_yielded();
                #[cfg(feature = "asyncio-py")]
                if let Some(super::suspend::Suspend::On(until)) = &yielded {
                    let module_run = self.rt.lp.borrow_mut().module_run.take();
                    if let Some(forever) = module_run {
                        self.phase =
                            self.run_until_complete(until.clone(), Then::Resume { forever });
                        return true;
                    }
                }
                match yielded {
                    // `asyncio.run(main)` awaits main's task.
                    Some(super::suspend::Suspend::On(main)) if main.task().is_some() => {
                        self.phase = self.run_until_complete(main, Then::CancelRest);
                        true
                    }
                    // `main` was no coroutine: `Runner.run` raised before
                    // any task, and `Runner.close` shuts the loop down.
                    Some(super::suspend::Suspend::On(failed)) => {
                        self.uncaught = failed.result().err();
                        match self.shutdown_step(0) {
                            Ok(phase) => {
                                self.phase = phase;
                                true
                            }
                            Err(e) => {
                                self.fail(e);
                                false
                            }
                        }
                    }
                    _ => {
                        self.fail(RunError::internal(
                            "the module's code waited on something other than asyncio.run",
                        ));
                        false
                    }
                }
            }
            Poll::Ready(outcome) => {
                self.module = None;
                match outcome {
                    Err(Raise::Stop(e)) => self.fail(*e),
                    Err(Raise::Exc(e)) => self.end(Some(e)),
                    Ok(_) => self.end(None),
                }
                false
            }
        }
    }

    /// The module's code ended, having raised `uncaught` or not: the end
    /// of the program.
    #[cfg(feature = "code")]
    fn end(&mut self, uncaught: Option<Exc>) {
        #[cfg(feature = "asyncio-py")]
        if let Some(e) = self.pending_at_exit() {
            self.fail(e);
            return;
        }
        self.uncaught = uncaught;
        self.phase = Phase::Finished;
        self.report();
    }

    /// Tasks still pending as the program ends (made while `asyncio.run`
    /// shut down, or on a loop the program ran with `run_until_complete`):
    /// CPython destroys them as it exits, logging "Task was destroyed but
    /// it is pending!" for each, and closing their coroutines. Refused.
    #[cfg(feature = "asyncio-py")]
    fn pending_at_exit(&self) -> Option<RunError> {
        if self.rt.pending_tasks().is_empty() {
            return None;
        }
        Some(RunError::new(
            crate::error::RunErrorKind::Unsupported,
            "the program ended with tasks still pending (made while `asyncio.run` shut down, or on an event loop it ran with `run_until_complete`): CPython reports \"Task was destroyed but it is pending!\" for each as it exits, which Interleave does not model yet; run them to their end first",
        ))
    }

    /// Where the loop is within an iteration stepped into: the callback
    /// about to run, counted from 1, and how many the iteration runs.
    #[cfg(feature = "code")]
    pub fn within(&self) -> Option<(usize, usize)> {
        self.within.map(|(done, ntodo)| (done + 1, ntodo))
    }

    /// After an iteration: `run_forever` returns if the loop was stopped,
    /// and `asyncio.run` takes its next step.
    fn end_iteration(&mut self) -> bool {
        let Phase::Running { until, .. } = &self.phase else {
            return false;
        };
        let until = until.clone();
        // `SystemExit` left a task's step: `run_forever` ended mid-way.
        // Main's own `asyncio.run` goes on to shut down around it as after
        // any exception of main's; anywhere else it is not modelled.
        #[cfg(feature = "asyncio-py")]
        if self.rt.exiting.take() {
            let main_exited = matches!(
                self.phase,
                Phase::Running {
                    then: Then::CancelRest,
                    ..
                }
            ) && until.exited();
            if !main_exited {
                self.fail(super::callbacks::system_exit_in_loop());
                return false;
            }
            self.rt.lp.borrow_mut().stopping = true;
        }
        if !std::mem::take(&mut self.rt.lp.borrow_mut().stopping) {
            return true;
        }
        #[cfg(not(feature = "asyncio-py"))]
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
        // `loop.stop()` before the future was done: `run_until_complete`
        // takes its callback off the future and raises.
        #[cfg(feature = "asyncio-py")]
        let next = match until.is_pending() {
            true => self.stopped_early(then, &until),
            false => self.next_phase(then, &until),
        };
        #[cfg(not(feature = "asyncio-py"))]
        let next = self.next_phase(then, &until);
        match next {
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

    /// The loop stopped (`loop.stop()`) before `until` was done:
    /// `run_until_complete`'s RuntimeError goes to the module's code, or
    /// out of `asyncio.run` once it has shut down as after main raised.
    #[cfg(feature = "asyncio-py")]
    fn stopped_early(&mut self, then: Then, until: &FutRef) -> Result<Option<Phase>, RunError> {
        self.rt.remove_stop_callback(until);
        let stopped = crate::value::Exception::new(
            crate::value::ExcKind::RuntimeError,
            "Event loop stopped before Future completed.",
        );
        // Raised in `run_until_complete`'s frame.
        stopped.mark_raised();
        match then {
            Then::Resume { .. } => {
                self.rt.lp.borrow_mut().set_open(false);
                self.rt.mailbox.resume_with(Err(stopped));
                Ok(Some(Phase::Module))
            }
            Then::CancelRest => self.cancel_rest(Some(stopped), until),
            _ => Err(stop(RunError::unsupported(
                "loop.stop() while `asyncio.run` shuts down is not supported yet",
            ))),
        }
    }

    fn next_phase(&mut self, then: Then, done: &FutRef) -> Result<Option<Phase>, RunError> {
        match then {
            // `run_until_complete` ends with `future.result()`, which
            // retrieves main's exception.
            Then::CancelRest => self.cancel_rest(done.result().err(), done),
            Then::ReportCancelled(tasks) => {
                self.report_cancelled(&tasks);
                // The gather that waited for them was a temporary of
                // `run_until_complete(gather(*to_cancel))`: gone already.
                if let Some(g) = done.state.borrow_mut().gather.as_mut() {
                    g.children.clear();
                }
                self.free_cancelled(tasks);
                self.shutdown_step(0).map(Some)
            }
            Then::Shutdown(0) => self.shutdown_step(1).map(Some),
            #[cfg(feature = "asyncio-py")]
            Then::Resume { .. } => {
                self.rt.lp.borrow_mut().set_open(false);
                self.rt.mailbox.resume_with(Ok(()));
                Ok(Some(Phase::Module))
            }
            // `asyncio.run` returns to the module's code.
            #[cfg(feature = "code")]
            Then::Shutdown(_) if self.module.is_some() => {
                self.rt.handling.replace(None);
                // Main's exception, the one `result()` raised, goes on
                // out of `asyncio.run`; main's result the module's code
                // takes from main's task.
                let outcome = self.uncaught.take().map_or(Ok(()), Err);
                // `loop.close()`: what is left queued goes with the loop
                // (the next `asyncio.run` makes a fresh one), and its
                // default executor, shut down already.
                #[cfg(feature = "asyncio-py")]
                self.rt.close_executor()?;
                let closed = {
                    let mut lp = self.rt.lp.borrow_mut();
                    lp.close();
                    // `Runner.close`: `set_event_loop(None)`.
                    #[cfg(feature = "asyncio-py")]
                    {
                        lp.policy_loop = None;
                        lp.policy_set = true;
                    }
                    (
                        std::mem::take(&mut lp.ready),
                        std::mem::take(&mut lp.timers),
                    )
                };
                drop(closed);
                self.rt.mailbox.resume_with(outcome);
                Ok(Some(Phase::Module))
            }
            Then::Shutdown(_) => {
                #[cfg(feature = "code")]
                self.rt.lp.borrow_mut().close();
                #[cfg(feature = "asyncio-py")]
                if let Some(e) = self.pending_at_exit() {
                    return Err(e);
                }
                Ok(None)
            }
        }
    }

    /// Main is done (or the loop stopped before it was, `raised` then
    /// being `run_until_complete`'s RuntimeError): `Runner.close` cancels
    /// what is left, then shuts down. (Inlined: Code mode's module, where
    /// only `next_phase` calls it, is 13 bytes smaller.)
    #[cfg_attr(not(feature = "code"), allow(unused_variables))]
    #[inline(always)]
    fn cancel_rest(
        &mut self,
        raised: Option<Exc>,
        done: &FutRef,
    ) -> Result<Option<Phase>, RunError> {
        // What shuts down next runs inside `Runner.__exit__`,
        // while main's exception is being handled.
        // (Or, when main raised nothing, what the module's code
        // that called `asyncio.run` handles.)
        #[cfg(feature = "code")]
        {
            let below = self.rt.handling.borrow().clone();
            self.rt.handling.replace(raised.clone().or(below));
        }
        // With the module's code, this is what `asyncio.run`
        // raises to it when it returns (that code may catch it).
        self.uncaught = raised;
        // `Runner.run` hands main's result to `asyncio.run`, which
        // returns it to the module's statement; main's task goes.
        #[cfg(feature = "code")]
        if self.module.is_none() {
            let outcome = &mut done.state.borrow_mut().outcome;
            if let Outcome::Result(v) = outcome {
                self.main_result = Some(std::mem::replace(v, Value::None));
            }
        }
        match self.cancel_all_tasks()? {
            Some(phase) => Ok(Some(phase)),
            None => self.shutdown_step(0).map(Some),
        }
    }

    /// `shutdown_asyncgens()` then `shutdown_default_executor()`: each a
    /// task that returns at once, each costing the loop two iterations.
    fn shutdown_step(&self, n: u8) -> Result<Phase, RunError> {
        #[cfg(feature = "code")]
        if n == 0 {
            self.refuse_paused_asyncgens()?;
        }
        let name = ["shutdown_asyncgens", "shutdown_default_executor"][n as usize];
        let coro = Rc::new(Coroutine::new(CoroBody::Internal(name)));
        let task = self.rt.create_task(coro, None, true).map_err(stop)?;
        Ok(self.run_until_complete(task, Then::Shutdown(n)))
    }

    /// `shutdown_asyncgens()` closes the async generators still paused in
    /// their bodies (`aclose()` on each, gathered): not modelled yet.
    #[cfg(feature = "code")]
    fn refuse_paused_asyncgens(&self) -> Result<(), RunError> {
        use crate::value::generator::GenState;
        let paused = self.rt.asyncgens.borrow().iter().find_map(|g| {
            let g = g.upgrade()?;
            let paused = matches!(*g.state.borrow(), GenState::Suspended(_));
            paused.then(|| g.name.clone())
        });
        match paused {
            Some(name) => Err(stop(crate::error::RunError::unsupported(format!(
                "the async generator {name}() is still paused in its body as `asyncio.run` ends: asyncio then closes it (`shutdown_asyncgens`), which Interleave does not model yet; let its `async for` run to the end"
            )))),
            None => Ok(()),
        }
    }

    /// `asyncio.runners._cancel_all_tasks`: cancel every pending task and
    /// run until they are all done.
    fn cancel_all_tasks(&self) -> Result<Option<Phase>, RunError> {
        let rt = &self.rt;
        let to_cancel: Vec<FutRef> = rt.pending_tasks();
        if to_cancel.is_empty() {
            return Ok(None);
        }
        let pending = to_cancel
            .iter()
            .filter_map(|t| t.task())
            .map(|t| t.slot)
            .collect_vec();
        rt.emit(|| EventKind::Shutdown { pending });
        // `_cancel_all_tasks` cancels the set `all_tasks()` returns, in the
        // order of the tasks' addresses: with two paused where the
        // cancellation runs their code (an `except`, a `finally`), that
        // order shows.
        #[cfg(feature = "asyncio-py")]
        {
            let handling = to_cancel
                .iter()
                .filter_map(|t| t.task())
                .filter(|t| {
                    matches!(t.body.try_borrow().as_deref(), Ok(TaskBody::Running(b)) if b.handles_throw())
                })
                .count();
            if handling >= 2 {
                rt.note_address_order();
            }
        }
        for task in &to_cancel {
            rt.cancel(task, None);
        }
        let all = to_cancel.iter().cloned().map(Value::Future).collect_vec();
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
                let rt = &self.rt;
                #[cfg(feature = "asyncio-py")]
                if rt.exception_handler().is_some() {
                    let context = Runtime::context(vec![
                        (
                            "message",
                            Value::str("unhandled exception during asyncio.run() shutdown"),
                        ),
                        ("exception", Value::Exception(exc)),
                        ("task", Value::Future(task.clone())),
                    ]);
                    match rt.call_exception_handler(context) {
                        Ok(()) => continue,
                        Err(stopped) => return rt.refuse(stopped.message),
                    }
                }
                let task = match task.repr_checked() {
                    Ok(task) => task,
                    Err(refusal) => return rt.refuse(refusal),
                };
                let mut lines = vec![
                    "unhandled exception during asyncio.run() shutdown".to_string(),
                    format!("task: {task}"),
                ];
                match exc.report_lines(false, &mut rt.formatter()) {
                    Ok(more) => lines.extend(more),
                    Err(raised) => return rt.refuse_raised(raised),
                }
                rt.stderr_lines(&lines);
            }
        }
    }

    /// `_cancel_all_tasks` returns and its variables go: its list of the
    /// tasks it cancelled, last first, but the last task is still its loop
    /// variable's (`for task in to_cancel`), freed after. A task nothing
    /// else holds goes then, with what its CancelledError's traceback kept.
    fn free_cancelled(&self, mut tasks: Vec<FutRef>) {
        let last = tasks.pop();
        while let Some(task) = tasks.pop() {
            drop(task);
        }
        drop(last);
        self.rt.report_freed_at(Place::Shutdown);
    }

    /// Interleave stopped the run: no reports, as the output is cut short.
    fn fail(&mut self, e: RunError) {
        self.error = Some(e);
        self.phase = Phase::Finished;
        self.rt.emit(|| EventKind::Finished { exit_status: 0 });
        release_coroutines(&self.rt);
    }

    /// The end of `asyncio.run`: what CPython writes to stderr. Failed
    /// futures nobody asked were reported as they were freed; main's
    /// traceback keeps what main's frame held until the interpreter exits,
    /// after the traceback is printed.
    fn report(&mut self) {
        let rt = &self.rt.clone();
        if let Some(exc) = &self.uncaught {
            match exit_report(exc, &mut rt.formatter()) {
                Ok(lines) => rt.stderr_lines(&lines),
                Err(raised) => rt.refuse_raised(raised),
            }
        }
        #[cfg(feature = "code")]
        if let Some(result) = self.main_result.take() {
            drop(result);
            rt.report_freed_at(Place::Line(rt.source.run_line()));
        }
        if let Some(exc) = self.uncaught.clone() {
            #[cfg(not(feature = "code"))]
            {
                free_at_exit(&rt.freed, exc.take_traceback(), Vec::new());
                rt.report_freed_at(Place::Exit);
            }
            #[cfg(feature = "code")]
            self.free_at_exit(&exc);
        }
        // A worker still running as the program ends (a loop the
        // program ran by hand and never shut down): CPython waits for it
        // at exit, printing what it prints.
        #[cfg(feature = "asyncio-py")]
        if self.error.is_none() {
            if let Err(e) = rt.close_executor() {
                self.error = Some(e);
            }
        }
        #[cfg(feature = "code")]
        if self.error.is_none() && rt.interpreter.module_keeps_reported() {
            self.error = Some(stop(RunError::unsupported(
                "a module-level variable (or a function's attribute, default or closure) still holds a pending or failed task, an unfinished coroutine, a paused generator or an exception when the program ends: CPython frees and reports those as it exits, in an order Interleave does not model; empty the variable (`x = None`) before the end",
            )));
        }
        #[cfg(feature = "code")]
        self.refuse_unplaced();
        // An async generator freed paused after the loop's last callback.
        if let Some(refusal) = rt.take_refusal() {
            self.error.get_or_insert(refusal);
        }
        let exit_status = self.exit_status();
        #[cfg(feature = "asyncio-py")]
        rt.flush_stderr();
        rt.emit(|| EventKind::Finished { exit_status });
        release_coroutines(rt);
    }

    /// What main's traceback kept, and the tracebacks of the exceptions
    /// chained to it (`__context__`, `__cause__`), freed by the garbage
    /// collector at exit. Its order was measured for one traceback whose
    /// frames hold coroutines directly; where more than one report would
    /// come out of anything else (a list, a task, a chained exception),
    /// its order is the collector's, and the run stops instead.
    #[cfg(feature = "code")]
    fn free_at_exit(&mut self, exc: &crate::value::Exc) {
        let rt = self.rt.clone();
        let held = exc.take_traceback();
        // What the tasks there keep through their own exceptions'
        // tracebacks, and what the chained exceptions' tracebacks keep, the
        // collector finalizes in an order of its own: after the rest here.
        let mut later: Vec<Vec<Value>> = Vec::new();
        for frame in &held {
            detach_nested(frame, &mut later);
        }
        for chained in exc.chain() {
            later.extend(chained.take_traceback());
        }
        let in_order = free_at_exit(&rt.freed, held, later);
        let entries = rt.freed.take();
        // `SystemExit` ends the interpreter another way (`Py_Exit` from
        // `handle_system_exit`): what its traceback kept is freed during
        // finalization, in the collector's order, and warned about with
        // finalization's words. Not modelled.
        #[cfg(feature = "asyncio-py")]
        if exc.kind == crate::value::ExcKind::SystemExit
            && !entries.is_empty()
            && self.error.is_none()
        {
            self.error = Some(stop(RunError::unsupported(
                "SystemExit ended the program while what it left behind holds objects CPython reports as it frees them (coroutines never awaited, failed tasks nobody asked, generators paused in a `try`): CPython frees those as the interpreter finalizes, in an order and with words of its own, which Interleave does not model; let go of them before calling sys.exit()",
            )));
            return;
        }
        // Warnings are shown once per name at exit.
        let mut names: Vec<&crate::program::Name> = Vec::new();
        let mut distinct = 0;
        for e in &entries {
            match e {
                FreedEntry::Coroutine(name) if names.contains(&name) => {}
                FreedEntry::Coroutine(name) => {
                    names.push(name);
                    distinct += 1;
                }
                FreedEntry::NeverRetrieved(..)
                | FreedEntry::AsyncGenerator(_)
                | FreedEntry::Generator(_) => distinct += 1,
                #[cfg(feature = "asyncio-py")]
                FreedEntry::NeverRetrievedFuture(_) => distinct += 1,
                #[cfg(feature = "asyncio-py")]
                FreedEntry::Refused(_) => {}
            }
        }
        if distinct > 1 && in_order < entries.len() && self.error.is_none() {
            self.error = Some(stop(RunError::unsupported(
                "main raised while a list, a task or an exception's traceback holds several objects CPython reports as it frees them (coroutines never awaited, failed tasks): its garbage collector frees those at exit in an order Interleave does not model; await the coroutines, or let go of them before raising",
            )));
            return;
        }
        for e in entries {
            rt.freed.log().freed(e);
        }
        rt.report_freed_at(Place::Exit);
    }

    /// A failed task nobody asked, or a coroutine that never ran, still
    /// alive at the end: a reference cycle the program made keeps it
    /// (a list holding itself, a task's exception whose traceback holds
    /// that task), which CPython's garbage collector frees when enough
    /// has been allocated since it last ran, and reports then. The run
    /// stops rather than guess where that lands.
    #[cfg(feature = "code")]
    fn refuse_unplaced(&mut self) {
        if let (Some((f, _)), None) = (unretrieved(&self.rt).first(), &self.error) {
            let name = match (f.task(), &f.kind) {
                (Some(t), _) => format!("the task {}", t.name()),
                (None, crate::engine::futures::FutKind::Gathering) => "a gather".to_string(),
                (None, _) => "a future".to_string(),
            };
            self.error = Some(stop(RunError::unsupported(format!(
                "{name} failed and nobody retrieved its exception, and a reference cycle keeps it (a container holding itself, or an exception whose traceback holds it): CPython reports it when its garbage collector frees the cycle, which Interleave does not model. Await it (or ask for its result) before letting go of it, or break the cycle"
            ))));
        }
        release_coroutines(&self.rt);
        let tasks: Vec<FutRef> = self
            .rt
            .lp
            .borrow()
            .tasks
            .iter()
            .filter_map(Weak::upgrade)
            .collect_vec();
        for task in tasks {
            let outcome = std::mem::take(&mut task.state.borrow_mut().outcome);
            if let Outcome::Exception(e) = &outcome {
                drop(e.take_traceback());
            }
            drop(outcome);
            let cancelled = task.state.borrow_mut().cancelled_exc.take();
            if let Some(e) = cancelled {
                drop(e.take_traceback());
            }
        }
        let left = self.rt.freed.take();
        let name = left.iter().find_map(|e| match e {
            crate::value::FreedEntry::Coroutine(name) => Some(name.clone()),
            _ => None,
        });
        if let (Some(name), None) = (name, &self.error) {
            self.error = Some(stop(RunError::unsupported(format!(
                "the coroutine {name}() was never awaited, and a reference cycle holds it: CPython warns that it was never awaited whenever its garbage collector runs, which is not modelled; await the coroutine, or drop it where it is made"
            ))));
        }
    }

    fn exit_status(&self) -> i32 {
        match (&self.uncaught, &self.error) {
            // `handle_system_exit`: an int is the status (as the system
            // keeps it, its low byte), None is 0, anything else 1.
            #[cfg(feature = "asyncio-py")]
            (Some(exc), None) if exc.kind == crate::value::ExcKind::SystemExit => {
                match exc.exit_code().unwrap_or(Value::None) {
                    Value::None => 0,
                    Value::Int(code) => (code & 0xff) as i32,
                    Value::Bool(code) => i32::from(code),
                    _ => 1,
                }
            }
            // CPython kills itself with the SIGINT it was not given: a
            // shell reads 128 + 2.
            // (Only KeyboardInterrupt itself: `run_eval_code_obj` asks
            // for its exact type, not a subclass.)
            #[cfg(feature = "asyncio-py")]
            (Some(exc), None)
                if exc.kind == crate::value::ExcKind::KeyboardInterrupt && exc.class.is_none() =>
            {
                130
            }
            (Some(_), None) => 1,
            _ => 0,
        }
    }

    /// What the loop holds now: as its next iteration begins or, within an
    /// iteration stepped into, before its next callback. What `interleave
    /// step` prints, and step mode shows.
    #[cfg(feature = "code")]
    pub fn view(&self) -> super::view::LoopView {
        self.rt.view(self.within())
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.phase, Phase::Finished)
    }

    /// Whether the loop is running: not before `asyncio.run` or after it
    /// returned, while the module's own code runs (nothing of the loop to
    /// show then).
    #[cfg(feature = "code")]
    pub fn in_loop(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// A way to see, after the session is dropped, whether anything of its
    /// run is still alive: tasks' coroutines hold the runtime, so a session
    /// dropped mid-run (the page's Stop) must let go of them, or every run
    /// stopped would leak.
    pub fn watch(&self) -> RunWatch {
        RunWatch(Rc::downgrade(&self.rt))
    }

    /// Virtual seconds since the run started.
    pub fn now(&self) -> f64 {
        self.rt.lp.borrow().seconds()
    }

    /// If the loop has nothing ready, the virtual time its next iteration
    /// will start at (CPython would block in `select` until then).
    pub fn idle_until(&self) -> Option<f64> {
        if !matches!(self.phase, Phase::Running { .. }) {
            return None;
        }
        let mut lp = self.rt.lp.borrow_mut();
        if !lp.ready.is_empty() || lp.stopping {
            return None;
        }
        lp.timers.drop_cancelled();
        lp.timers.next_deadline().map(|when| when.max(lp.now))
    }

    /// The events recorded since the last call, handed over: the session
    /// keeps no copy (a stepped page holds a whole run's events once, not
    /// twice), so `finish` returns only those never taken.
    pub fn new_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.rt.lp.borrow_mut().trace.events)
    }

    /// Lets go of the events recorded since the last `new_events`, and
    /// says how many there were: a replay whose events are known already.
    pub fn skip_events(&mut self) -> usize {
        let mut lp = self.rt.lp.borrow_mut();
        let n = lp.trace.events.len();
        lp.trace.events.clear();
        n
    }

    /// What the program printed since the last call.
    #[cfg(feature = "code")]
    pub fn new_output(&mut self) -> String {
        let lp = self.rt.lp.borrow();
        let fresh = lp.stdout[self.printed..].to_string();
        self.printed = lp.stdout.len();
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

/// See `Session::watch`.
pub struct RunWatch(Weak<Runtime>);

impl RunWatch {
    pub fn is_alive(&self) -> bool {
        self.0.strong_count() > 0
    }
}

impl Drop for Session {
    /// A session dropped mid-run (the page's Stop) must still free its
    /// tasks, whose coroutines hold the runtime.
    fn drop(&mut self) {
        release_coroutines(&self.rt);
    }
}

/// What main's traceback kept (one entry per frame, innermost first),
/// freed by the garbage collector as the interpreter exits (the
/// exception, its traceback and main's task make a cycle): as measured
/// against CPython 3.11, outermost frame first, first what variables held
/// themselves, then each list's or tuple's items, last first; then what
/// is kept `later` (see `Session::free_at_exit`).
///
/// Returns how many reports came in the order measured; what comes after
/// comes in the collector's.
fn free_at_exit(
    freed: &crate::value::Freed,
    mut frames: Vec<Vec<Value>>,
    later: Vec<Vec<Value>>,
) -> usize {
    // Lists and tuples were measured to come after the variables of a
    // single frame's; across frames, not always.
    let one_frame = frames.len() <= 1;
    frames.reverse();
    let direct = |v: &Value| !matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_));
    for frame in &mut frames {
        frame.retain(|v| !direct(v));
    }
    let mut in_order = freed.len();
    let mut rest: Vec<Value> = frames.into_iter().flatten().collect_vec();
    // `drain` frees from the end.
    rest.reverse();
    crate::value::list::drain(rest);
    if one_frame {
        in_order = freed.len();
    }
    drop(later);
    in_order
}

/// Takes what the futures among `values` (and in their lists, tuples and
/// dicts) keep through their exceptions' tracebacks.
#[cfg(feature = "code")]
fn detach_nested(values: &[Value], into: &mut Vec<Vec<Value>>) {
    for v in values {
        match v {
            Value::Future(f) => {
                let st = f.state.borrow();
                if let Outcome::Exception(e) = &st.outcome {
                    into.extend(e.take_traceback());
                }
                if let Some(e) = &st.cancelled_exc {
                    into.extend(e.take_traceback());
                }
            }
            Value::List(items) => detach_nested(&items.borrow(), into),
            Value::Tuple(items) => detach_nested(items, into),
            Value::Dict(d) => {
                let values: Vec<Value> = d.borrow().entries().map(|(_, v)| v.clone()).collect_vec();
                detach_nested(&values, into);
            }
            _ => {}
        }
    }
}

/// Task coroutines hold the runtime; dropping them breaks the cycle.
fn release_coroutines(rt: &Runtime) {
    let n = rt.lp.borrow().tasks.len();
    for i in 0..n {
        let Some(task) = rt.lp.borrow().tasks[i].upgrade() else {
            continue;
        };
        // (Never mid-step, when the body is borrowed: left then.)
        let body = task
            .task()
            .and_then(|info| info.body.try_borrow_mut().ok())
            .map(|mut body| std::mem::replace(&mut *body, TaskBody::Finished));
        drop(body);
        // Pending futures refer to each other in circles Rc cannot free:
        // a task to the gather it was given to (its done-callback), the
        // gather to its children. Taken out first, dropped after: a drop
        // may look at other futures.
        let (waiter, callbacks) = {
            let mut st = task.state.borrow_mut();
            (st.waiter.take(), std::mem::take(&mut st.callbacks))
        };
        if let Some(waiter) = &waiter {
            let mut st = waiter.state.borrow_mut();
            let taken = (st.gather.take(), std::mem::take(&mut st.callbacks));
            drop(st);
            drop(taken);
        }
        drop((waiter, callbacks));
    }
}

/// What the interpreter writes for the exception that ended the
/// program: its traceback, or for `SystemExit`, nothing but a code that
/// is no int (or None), as `str()` makes it (`handle_system_exit`).
fn exit_report(
    exc: &crate::value::Exc,
    user: &mut dyn crate::value::format::UserFormat,
) -> Result<Vec<String>, Raise> {
    #[cfg(feature = "asyncio-py")]
    if exc.kind == crate::value::ExcKind::SystemExit {
        return Ok(match exc.exit_code()? {
            Value::None | Value::Int(_) | Value::Bool(_) => Vec::new(),
            code => vec![code.try_to_str(user)?],
        });
    }
    exc.report_lines(true, user)
}

fn stop(r: Raise) -> RunError {
    match r {
        Raise::Stop(e) => *e,
        Raise::Exc(e) => RunError::internal(format!("unexpected exception {}", e.repr())),
    }
}

impl Runtime {
    /// What CPython's compiler warned about as it compiled the program,
    /// before anything ran (every one: the compiler keeps no registry).
    #[cfg(feature = "code")]
    pub(crate) fn warn_syntax(&self) {
        for (line, message) in &self.source.syntax_warnings {
            self.stderr_lines(&[
                format!("{}:{line}: SyntaxWarning: {message}", self.source.path()),
                format!("  {}", self.source.line_text(*line)),
            ]);
        }
    }

    pub(crate) fn stderr_lines(&self, lines: &[String]) {
        #[cfg(feature = "asyncio-py")]
        self.flush_stderr();
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

/// Failed tasks and gathers whose exception was never retrieved.
#[cfg(feature = "code")]
fn unretrieved(rt: &Runtime) -> Vec<(FutRef, Exc)> {
    let lp = rt.lp.borrow();
    let mut out = Vec::new();
    for f in lp
        .tasks
        .iter()
        .chain(&lp.untasked)
        .filter_map(Weak::upgrade)
    {
        if let Some(e) = f.unretrieved_exception() {
            out.push((f.clone(), e));
        }
    }
    crate::sort::sort_by_key(&mut out, |(f, _)| f.id);
    out
}
