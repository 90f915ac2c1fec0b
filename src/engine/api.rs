//! What the interpreter may do to the loop: the narrow API through which a
//! task's code reaches the event loop's state, each method one thing
//! asyncio itself does (print to stdout, block in `time.sleep`, yield for
//! `sleep(0)`, suspend on a future, register a gather, read the clock and
//! the current task). `LoopState` is private to the engine; the
//! interpreter sees only these.
//!
//! The loop's own machinery (scheduling, timers, cancellation, gather's
//! callbacks) lives in `event_loop.rs`, `futures.rs` and `gather.rs`.

use super::futures::FutRef;
use super::suspend::Suspend;
use super::Runtime;
use crate::trace::EventKind;
use crate::value::Exc;
use std::rc::Rc;

impl Runtime {
    /// `print` writes here: stdout, and a trace event for the console.
    pub(crate) fn print(&self, text: String) {
        let task = self.current_slot();
        self.lp.borrow_mut().stdout.push_str(&text);
        #[cfg(feature = "asyncio-py")]
        let thread = self.current_thread_name();
        self.emit(|| EventKind::Printed {
            task,
            text,
            #[cfg(feature = "asyncio-py")]
            thread,
        });
    }

    /// `sys.stderr.write(text)` (and `print(..., file=sys.stderr)`):
    /// stderr gets the text as written; the trace gets each line as it
    /// ends, as a line-buffered stderr writes it out.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn write_stderr(&self, text: &str) {
        let done = {
            let mut lp = self.lp.borrow_mut();
            lp.stderr.push_str(text);
            lp.stderr_partial.push_str(text);
            let Some(end) = lp.stderr_partial.rfind('\n') else {
                return;
            };
            let rest = lp.stderr_partial.split_off(end + 1);
            std::mem::replace(&mut lp.stderr_partial, rest)
        };
        for line in done.lines() {
            let text = line.to_string();
            self.emit(|| EventKind::Stderr { text });
        }
    }

    /// The program's unfinished stderr line, as a line of the trace: the
    /// engine's own report or the run's end follows it.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn flush_stderr(&self) {
        let text = std::mem::take(&mut self.lp.borrow_mut().stderr_partial);
        if !text.is_empty() {
            self.emit(|| EventKind::Stderr { text });
        }
    }

    /// A loop was made (`BaseSelectorEventLoop.__init__`): asyncio's
    /// logger says which selector, which only a program that imported
    /// `logging` (and let its debug messages through) shows.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn loop_made(self: &Rc<Self>) -> Result<(), crate::error::Raise> {
        match self
            .interpreter
            .clone()
            .library_hook(self.clone(), "_loop_made", Vec::new())
        {
            Some(done) => done.map(drop),
            None => Ok(()),
        }
    }

    /// `time.sleep`: the clock moves on while no task can run (threads
    /// can: `threads`; in a thread's code, only that thread sleeps).
    pub(crate) fn block(self: &Rc<Self>, seconds: f64) -> Result<(), crate::error::Raise> {
        #[cfg(feature = "asyncio-py")]
        if self.in_thread() {
            return self.sleep_in_thread(seconds);
        }
        #[cfg(feature = "code")]
        self.flush_compute();
        let task = self.current_slot();
        self.emit(|| EventKind::Blocked { task, seconds });
        #[cfg(feature = "asyncio-py")]
        if self.threads_started() {
            let until = self.lp.borrow().now + seconds;
            return Ok(self.block_until(until)?);
        }
        let wait = self.sleep_wait(seconds);
        self.lp.borrow_mut().now += wait;
        Ok(())
    }

    /// `await asyncio.sleep(0)`: the running task gives way for one
    /// iteration (`__sleep0`'s bare yield).
    pub(crate) fn yield_now(&self) {
        self.mailbox.suspend(Suspend::Yield);
    }

    /// The running task suspends on `future` (what it awaits), to be
    /// woken by its done-callback.
    pub(crate) fn suspend_on(&self, future: &FutRef) {
        self.mailbox.suspend(Suspend::On(future.clone()));
    }

    /// What the running task is resumed with: `Err` when an exception is
    /// thrown into it (its cancellation).
    pub(crate) fn take_resume(&self) -> Result<(), Exc> {
        self.mailbox.take_resume()
    }

    /// The running task's index in the loop's table (its trace `task`).
    pub(crate) fn current_slot(&self) -> Option<usize> {
        self.running.get()
    }

    /// `asyncio.current_task()`.
    #[cfg(feature = "code")]
    pub(crate) fn current_task(&self) -> Option<FutRef> {
        let slot = self.running.get()?;
        self.lp.borrow().tasks.get(slot)?.upgrade()
    }

    /// `asyncio.get_running_loop()`: `None` outside the loop's callbacks
    /// (the module's code).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn running_loop(&self) -> Option<Rc<crate::value::EventLoopObj>> {
        let mut lp = self.lp.borrow_mut();
        if !lp.open {
            return None;
        }
        let l = lp.program_loop.get_or_insert_with(Default::default).clone();
        l.running.set(true);
        Some(l)
    }

    /// `get_event_loop()` outside a loop: the policy's current loop,
    /// made the first time unless one was set.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn policy_loop(
        self: &Rc<Self>,
    ) -> Result<Option<Rc<crate::value::EventLoopObj>>, crate::error::Raise> {
        let made = {
            let mut lp = self.lp.borrow_mut();
            let made = lp.policy_loop.is_none() && !lp.policy_set;
            if made {
                lp.policy_loop = Some(Default::default());
                lp.policy_set = true;
            }
            made
        };
        if made {
            self.loop_made()?;
        }
        Ok(self.lp.borrow().policy_loop.clone())
    }

    /// `set_event_loop(l)`.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn set_policy_loop(&self, l: Option<Rc<crate::value::EventLoopObj>>) {
        let mut lp = self.lp.borrow_mut();
        lp.policy_loop = l;
        lp.policy_set = true;
    }

    /// Makes `l` the loop the engine's loop state is, for the module's
    /// code to run it (`run_until_complete`) or give it tasks: refused
    /// while another loop holds unfinished work (one loop is modelled).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn bind_loop(
        &self,
        l: &Rc<crate::value::EventLoopObj>,
    ) -> Result<(), crate::error::Raise> {
        let busy = !self.pending_tasks().is_empty();
        let mut lp = self.lp.borrow_mut();
        match &lp.program_loop {
            Some(bound) if Rc::ptr_eq(bound, l) => Ok(()),
            Some(_) if busy => Err(crate::error::RunError::unsupported(
                "a second event loop while another has tasks pending is not supported yet: Interleave models one loop at a time",
            )),
            bound => {
                // Another loop than the one bound (not closed) is a new one.
                if bound.is_some() {
                    let left = lp.epoch;
                    lp.left_open.push(left);
                    lp.epoch += 1;
                }
                lp.program_loop = Some(l.clone());
                Ok(())
            }
        }
    }

    /// The module's code waits in `run_until_complete(until)` (or
    /// `run_forever()`): the session runs the loop until `until` is done
    /// (or, `forever`, until `stop()`), then goes back to it.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn run_from_module(&self, forever: bool) {
        self.lp.borrow_mut().module_run = Some(forever);
    }

    /// `loop._write_to_self()` (`call_soon_threadsafe`): the self-pipe
    /// is written, and the next iteration queues `_read_from_self`.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn write_to_self(&self) {
        self.lp.borrow_mut().self_pipe = true;
    }

    /// `loop.stop()` of the running loop: `run_forever` returns after
    /// this iteration.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn stop_loop(&self) {
        self.lp.borrow_mut().stopping = true;
    }

    /// `loop.close()` of the loop the engine runs, not running: what it
    /// holds goes (refused while tasks are pending: CPython destroys them,
    /// logging each, which is not modelled).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn close_loop(
        &self,
        l: &Rc<crate::value::EventLoopObj>,
    ) -> Result<(), crate::error::Raise> {
        let bound = matches!(&self.lp.borrow().program_loop, Some(b) if Rc::ptr_eq(b, l));
        if bound && !self.pending_tasks().is_empty() {
            return Err(crate::error::RunError::unsupported(
                "closing a loop with tasks still pending is not supported yet: CPython reports \"Task was destroyed but it is pending!\" for each as it frees them",
            ));
        }
        #[cfg(feature = "asyncio-py")]
        if bound {
            self.close_executor()?;
        }
        l.closed.set(true);
        if bound {
            let dropped = {
                let mut lp = self.lp.borrow_mut();
                lp.close();
                (
                    std::mem::take(&mut lp.ready),
                    std::mem::take(&mut lp.timers),
                )
            };
            drop(dropped);
        }
        Ok(())
    }

    /// Whether the loop is running: in a task's step or a callback, not in
    /// the module's code around `asyncio.run`.
    #[cfg(feature = "code")]
    pub(crate) fn loop_running(&self) -> bool {
        self.lp.borrow().open
    }

    /// `loop.create_future()`
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn create_future(&self) -> FutRef {
        self.new_future(super::futures::FutKind::Plain)
    }

    /// `asyncio.run(main)`, called by the module's code: main's task,
    /// which that code then waits for while the session runs the loop.
    /// Each call runs a fresh loop: the last one closed when it returned
    /// (`Session`), and what goes on across loops (the clock, the count
    /// of iterations and of tasks' names) goes on as in CPython.
    ///
    /// `Runner.__enter__` makes the loop before `Runner.run` checks that
    /// `main` is a coroutine: for anything else, a future failed with
    /// that ValueError, and the session runs the loop's shutdown only.
    #[cfg(feature = "code")]
    pub(crate) fn run_main(
        self: &Rc<Self>,
        main: crate::value::Value,
    ) -> Result<FutRef, crate::error::Raise> {
        use crate::value::{ExcKind, Exception, Value};
        // A loop after the first: a future the program kept from an
        // earlier one is its loop's (`FutureObj::epoch`), which Code
        // mode's first module does not track; the build with asyncio's
        // Python half does.
        #[cfg(not(feature = "asyncio-py"))]
        if self.lp.borrow().epoch > 0 {
            return Err(crate::error::RunError::unsupported(
                crate::error::needs_asyncio_py("a second `asyncio.run`"),
            ));
        }
        // `asyncio.run` makes a loop of its own: what a loop the module's
        // code ran (`run_until_complete`) still holds would go on there.
        #[cfg(feature = "asyncio-py")]
        {
            if !self.pending_tasks().is_empty() {
                return Err(crate::error::RunError::unsupported(
                    "asyncio.run() while a loop the program ran with run_until_complete has tasks pending is not supported yet: Interleave models one loop at a time",
                ));
            }
            // That loop's default executor stays with it; the new loop
            // makes its own.
            self.close_executor()?;
            self.lp.borrow_mut().program_loop = None;
            self.loop_made()?;
        }
        match main {
            Value::Coroutine(c) => self.create_task(c, None, false),
            other => {
                let failed = self.new_future(super::futures::FutKind::Plain);
                let message = format!(
                    "a coroutine was expected, got {}",
                    other.try_repr(&mut self.formatter())?
                );
                self.set_exception(&failed, Exception::new(ExcKind::ValueError, message));
                Ok(failed)
            }
        }
    }

    /// The virtual clock, in seconds since the run began.
    pub(crate) fn now_seconds(&self) -> f64 {
        self.lp.borrow().now
    }

    /// A gather the program made: the loop keeps track of it (weakly, as
    /// of its tasks), so that one failed and never asked is found at exit.
    pub(crate) fn program_gather(
        self: &Rc<Self>,
        args: Vec<crate::value::Value>,
        return_exceptions: bool,
    ) -> Result<FutRef, crate::error::Raise> {
        let outer = self.gather(args, return_exceptions, false)?;
        self.lp.borrow_mut().untasked.push(Rc::downgrade(&outer));
        Ok(outer)
    }

    /// `fut.set_exception(exc)` by the program on a plain future: the loop
    /// keeps track of it (weakly) too, for the same check at exit.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn program_set_exception(&self, future: &FutRef, exc: crate::value::Exc) {
        self.set_exception(future, exc);
        self.lp.borrow_mut().untasked.push(Rc::downgrade(future));
    }
}
