//! asyncio's Future objects: plain futures (what `sleep` waits on), Tasks and
//! `_GatheringFuture`s, with their state, their done-callbacks and their
//! reprs.
//!
//! Only state lives here. Completing a future schedules its callbacks with
//! `call_soon`, which needs the loop: see `event_loop.rs`.

use crate::collect::{CollectVec, Joined};
use crate::program::Name;
use crate::value::{Exc, ExcKind, Exception, Freed, FreedEntry, FreedLog, Value};
use smallvec::SmallVec;
use std::cell::RefCell;
use std::rc::Rc;

/// Futures are shared between the loop, the tasks waiting on them and the
/// program's variables, exactly as Python objects are.
pub type FutRef = Rc<FutureObj>;

#[derive(Debug)]
pub struct FutureObj {
    /// Creation order; stable across runs, so traces are deterministic.
    pub id: usize,
    pub kind: FutKind,
    pub state: RefCell<FutState>,
    /// Where to say, as it is freed, that its exception was never
    /// retrieved (`engine::freed`).
    freed: Rc<FreedLog>,
    /// The loop it belongs to (`LoopState::epoch`).
    #[cfg(feature = "asyncio-py")]
    pub epoch: u32,
}

impl Drop for FutureObj {
    /// CPython's `Future.__del__`: freed with an exception nobody asked
    /// for, it logs "... exception was never retrieved", before what it
    /// holds (the exception, and what that one's traceback kept) goes.
    fn drop(&mut self) {
        let st = self.state.get_mut();
        if !st.log_traceback {
            return;
        }
        // With the program's exception handler set, CPython hands it the
        // future itself (`context["future"]`), which lives on in the
        // handler's call: here a copy, which nothing else holds, made
        // of what this one held. (`_log_traceback` is cleared first.)
        #[cfg(feature = "asyncio-py")]
        if self.freed.handler_set.get() && matches!(st.outcome, Outcome::Exception(_)) {
            st.log_traceback = false;
            let resurrected = Rc::new(FutureObj {
                id: self.id,
                kind: std::mem::replace(&mut self.kind, FutKind::Plain),
                state: RefCell::new(std::mem::take(st)),
                freed: self.freed.clone(),
                epoch: self.epoch,
            });
            self.freed
                .freed(FreedEntry::NeverRetrievedFuture(resurrected));
            return;
        }
        let Outcome::Exception(exc) = &st.outcome else {
            return;
        };
        let exc = exc.clone();
        let head = self.never_retrieved_head();
        self.freed.freed(FreedEntry::NeverRetrieved(head, exc));
    }
}

#[derive(Debug)]
pub enum FutKind {
    /// `loop.create_future()`, as `asyncio.sleep` uses.
    Plain,
    Task(TaskInfo),
    Gathering,
}

/// A task's name: numbered (`Task-3`, formatted only when shown, since
/// most names never are) or given with `create_task(..., name=...)`.
#[derive(Debug, Clone)]
pub enum TaskName {
    Numbered(usize),
    Given(String),
}

impl std::fmt::Display for TaskName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TaskName::Numbered(n) => write!(f, "Task-{n}"),
            TaskName::Given(name) => f.write_str(name),
        }
    }
}

/// What a Task knows about itself from birth.
#[derive(Debug)]
pub struct TaskInfo {
    /// Index in the loop's task table and the trace's `task` field.
    pub slot: usize,
    /// `Task-N`, numbered as CPython numbers them (main is `Task-1`), or
    /// the name given (`create_task(name=)`, `set_name`).
    pub(super) name: RefCell<TaskName>,
    /// The coroutine's function name, for reprs and the timeline.
    pub coro: Name,
    /// Tasks the runner creates itself (the shutdown steps of
    /// `asyncio.run`); the trace leaves them out.
    pub internal: bool,
    /// The coroutine object it was made with (CPython's `_coro`, what
    /// `get_coro()` returns), kept as long as the task is: its body is
    /// run by `body`, and lets go of what it held when it finishes.
    pub(crate) coroutine: Rc<crate::value::Coroutine>,
    /// The task's coroutine. Apart from `state`, so that polling it never
    /// holds a borrow the coroutine itself may need (`task.done()`). It is
    /// borrowed for the whole of its step: whatever else reads it uses
    /// `try_borrow`, and a body it cannot borrow is the running task's.
    pub(crate) body: RefCell<TaskBody>,
}

impl TaskInfo {
    /// What `get_name()` returns.
    pub fn name(&self) -> String {
        self.name.borrow().to_string()
    }

    /// Its coroutine is an async generator's `aclose()` or `athrow()`.
    #[cfg(feature = "code")]
    pub fn closes_generator(&self) -> bool {
        matches!(
            self.coroutine.body,
            crate::value::CoroBody::AsyncGenClose(..)
        )
    }

    /// The type of its coroutine when that is one of an async generator's
    /// awaitables (`__anext__()`, `asend()`; `aclose()`, `athrow()`, as
    /// asyncio's finalizer hook makes a task of), which have no name:
    /// `_format_coroutine` writes them `<async_generator_asend without
    /// __name__>()`.
    pub fn nameless_coroutine(&self) -> Option<&'static str> {
        match &self.coroutine.body {
            #[cfg(feature = "code")]
            crate::value::CoroBody::AsyncGenNext(..) => Some("async_generator_asend"),
            #[cfg(feature = "code")]
            crate::value::CoroBody::AsyncGenClose(..) => Some("async_generator_athrow"),
            _ => None,
        }
    }
}

/// A task's coroutine as the loop holds it.
pub(crate) enum TaskBody {
    /// Not stepped yet: `TaskInfo::coroutine` is all there is, so a task
    /// waiting for its first step costs no more than that.
    NotStarted,
    /// Suspended, or being stepped (borrowed by `Runtime::step` then).
    Running(crate::engine::Body),
    Finished,
}

impl std::fmt::Debug for TaskBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TaskBody::NotStarted => "NotStarted",
            TaskBody::Running(_) => "Running",
            TaskBody::Finished => "Finished",
        })
    }
}

/// Everything about a future that changes as the program runs.
#[derive(Debug, Default)]
pub struct FutState {
    pub outcome: Outcome,
    /// Run, in order, with `call_soon` when the future completes. Nearly
    /// every future has exactly one (its waiter or its gather), kept inline.
    pub callbacks: SmallVec<[Callback; 1]>,
    /// CPython's `_log_traceback`: set when an exception is stored, cleared
    /// when anyone looks at it. Still set when the future dies means
    /// "exception was never retrieved".
    pub log_traceback: bool,
    /// Task only: the future the task's coroutine is suspended on.
    pub waiter: Option<FutRef>,
    /// Task only: cancel at the next step (CPython's `_must_cancel`).
    pub must_cancel: bool,
    /// Task only: the coroutine has been stepped at least once.
    pub started: bool,
    /// `_GatheringFuture` only.
    pub gather: Option<Box<GatherState>>,
    /// The id (plus one; 0 is none) of the last gathering future this one
    /// was an argument of, so that a gather finds a repeated argument
    /// without a map (a hash table's code would cost the page's wasm more
    /// than this word per future costs memory).
    pub gathered_by: usize,
    /// CPython's `_cancelled_exc`: the CancelledError a task's coroutine
    /// raised itself, handed out once by `make_cancelled_error` so that its
    /// message reaches whoever awaits the task.
    pub cancelled_exc: Option<Exc>,
    /// CPython's `_cancel_message`: what `cancel(msg)` was given, for the
    /// CancelledError built when the cancellation arrives.
    pub cancel_message: Option<Value>,
    /// Task only: CPython's `_num_cancels_requested`, which makes a pending
    /// task's repr say `cancelling`.
    pub cancels_requested: u32,
}

#[derive(Debug, Default)]
pub enum Outcome {
    #[default]
    Pending,
    Result(Value),
    Exception(Exc),
    Cancelled,
}

/// The bookkeeping of one `asyncio.gather` call.
#[derive(Debug)]
pub struct GatherState {
    /// One per argument, in argument order; a repeated argument appears twice
    /// but is one future.
    pub children: Vec<FutRef>,
    /// Distinct children: the gather is complete when this many finished.
    pub nfuts: usize,
    pub nfinished: usize,
    pub return_exceptions: bool,
    /// Set when the gather itself was cancelled (it cancels its children).
    pub cancel_requested: bool,
    /// `asyncio.run`'s own gather at shutdown, hidden from the trace.
    pub internal: bool,
}

impl Drop for GatherState {
    /// The gather's children go as its `_children` list does: last first.
    fn drop(&mut self) {
        while let Some(child) = self.children.pop() {
            drop(child);
        }
    }
}

/// A done-callback. CPython stores bound methods; these are their names.
#[derive(Debug, Clone)]
pub enum Callback {
    /// `Task.__wakeup`: resume this task with the future's outcome.
    Wakeup(FutRef),
    /// gather's `_done_callback` for this `_GatheringFuture`.
    GatherChild(FutRef),
    /// `run_until_complete`'s callback: stop the loop.
    StopLoop,
    /// `_release_waiter`: complete this waiter with None unless it is done
    /// (`asyncio.wait_for`).
    #[cfg(feature = "code")]
    Release(FutRef),
    /// The program's `fut.add_done_callback(callable)`.
    #[cfg(feature = "asyncio-py")]
    Call(Box<DoneCall>),
    /// `_chain_future`'s `_call_check_cancel`: a cancelled
    /// `run_in_executor` future cancels its work item (`threads`).
    #[cfg(feature = "asyncio-py")]
    CheckCancel(Rc<super::threads::WorkItem>),
}

/// A done-callback of the program's: the callable, and the context it
/// runs in (`Future.add_done_callback` copies the current one; None when
/// the program does not use `contextvars`: `engine::contexts`).
#[cfg(feature = "asyncio-py")]
#[derive(Debug, Clone)]
pub struct DoneCall {
    pub callable: Value,
    pub context: Value,
}

impl FutureObj {
    pub fn new(
        id: usize,
        kind: FutKind,
        freed: &Freed,
        #[cfg(feature = "asyncio-py")] epoch: u32,
    ) -> FutRef {
        Rc::new(FutureObj {
            id,
            kind,
            state: RefCell::new(FutState::default()),
            freed: freed.log(),
            #[cfg(feature = "asyncio-py")]
            epoch,
        })
    }

    /// The first lines of the report CPython logs when a future that
    /// failed is freed and nobody asked for its exception; the exception's
    /// own lines follow (`Exception::report_lines`). The error is a
    /// refusal: a repr of the program's would show in the future's.
    pub fn never_retrieved_head(&self) -> Result<[String; 2], String> {
        Ok([
            format!("{} exception was never retrieved", self.type_name()),
            format!("future: {}", self.repr_checked()?),
        ])
    }

    pub fn task(&self) -> Option<&TaskInfo> {
        match &self.kind {
            FutKind::Task(t) => Some(t),
            _ => None,
        }
    }

    pub fn is_pending(&self) -> bool {
        matches!(self.state.borrow().outcome, Outcome::Pending)
    }

    pub fn is_cancelled(&self) -> bool {
        matches!(self.state.borrow().outcome, Outcome::Cancelled)
    }

    /// Is this a future the program made (not one of `asyncio.run`'s own)?
    pub fn is_traced(&self) -> bool {
        match &self.kind {
            FutKind::Plain => false,
            FutKind::Task(t) => !t.internal,
            FutKind::Gathering => !self
                .state
                .borrow()
                .gather
                .as_ref()
                .is_some_and(|g| g.internal),
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self.kind {
            FutKind::Plain => "Future",
            FutKind::Task(_) => "Task",
            FutKind::Gathering => "_GatheringFuture",
        }
    }

    /// `fut.result()`: the value, or the stored exception raised, or
    /// CancelledError. Marks the exception as retrieved.
    pub fn result(&self) -> Result<Value, Exc> {
        let mut st = self.state.borrow_mut();
        match &st.outcome {
            Outcome::Pending => Err(Exception::new(
                ExcKind::InvalidStateError,
                "Result is not set.",
            )),
            Outcome::Result(v) => Ok(v.clone()),
            Outcome::Exception(e) => {
                let e = e.clone();
                st.log_traceback = false;
                Err(e)
            }
            Outcome::Cancelled => {
                drop(st);
                Err(self.make_cancelled_error())
            }
        }
    }

    /// CPython's `_make_cancelled_error`: the exception the coroutine raised
    /// (the first time only), else a CancelledError with the message
    /// `cancel(msg)` was given.
    pub fn make_cancelled_error(&self) -> Exc {
        let mut st = self.state.borrow_mut();
        st.cancelled_exc
            .take()
            .unwrap_or_else(|| cancelled_error(st.cancel_message.clone()))
    }

    /// `fut.exception()`: the stored exception or None; CancelledError if
    /// the future was cancelled. Marks the exception as retrieved.
    pub fn exception(&self) -> Result<Option<Exc>, Exc> {
        let mut st = self.state.borrow_mut();
        match &st.outcome {
            Outcome::Pending => Err(Exception::new(
                ExcKind::InvalidStateError,
                "Exception is not set.",
            )),
            Outcome::Result(_) => Ok(None),
            Outcome::Exception(e) => {
                let e = e.clone();
                st.log_traceback = false;
                Ok(Some(e))
            }
            Outcome::Cancelled => {
                drop(st);
                Err(self.make_cancelled_error())
            }
        }
    }

    /// Whether it ended with `SystemExit` or `KeyboardInterrupt` (read
    /// without retrieving it).
    #[cfg(feature = "asyncio-py")]
    pub fn exited(&self) -> bool {
        matches!(&self.state.borrow().outcome, Outcome::Exception(e) if e.kind.stops_the_loop())
    }

    /// The exception to report if nobody ever retrieved it.
    pub fn unretrieved_exception(&self) -> Option<Exc> {
        let st = self.state.borrow();
        match (&st.outcome, st.log_traceback) {
            (Outcome::Exception(e), true) => Some(e.clone()),
            _ => None,
        }
    }

    /// `repr(fut)` as the program gets it. A result or exception of a
    /// class with a `__repr__` of the program's would show that (through
    /// `reprlib` for a result, which stands in for a `__repr__` that
    /// raises), which is not modelled: that is refused rather than shown
    /// otherwise.
    pub fn repr_checked(&self) -> Result<String, String> {
        let st = self.state.borrow();
        let shows = match &st.outcome {
            Outcome::Result(v) => shows_program_repr(v, 7),
            Outcome::Exception(e) => shows_program_repr(&Value::Exception(e.clone()), 7),
            _ => false,
        };
        // A callback's arguments, written by `reprlib.repr` too.
        #[cfg(feature = "asyncio-py")]
        if st.callbacks.iter().any(
            |c| matches!(c, Callback::Call(f) if super::callbacks::shows_program_repr_in(&f.callable, &[])),
        ) {
            return Err(super::callbacks::SHOWS_PROGRAM_REPR.into());
        }
        drop(st);
        if shows {
            return Err("the repr of a task or future whose result or exception has a `__repr__` of the program's is not supported yet; print the result itself".into());
        }
        Ok(self.repr())
    }

    /// `repr(fut)` as CPython 3.11 writes it, with `…` for file paths and
    /// addresses, which differ between machines, and the default repr of
    /// every object (`Value::repr`).
    pub fn repr(&self) -> String {
        let st = self.state.borrow();
        let state = match &st.outcome {
            Outcome::Pending => "pending",
            Outcome::Cancelled => "cancelled",
            _ => "finished",
        };
        let state = match &self.kind {
            FutKind::Task(_) if st.cancels_requested > 0 && state == "pending" => "cancelling",
            _ => state,
        };
        // `_task_repr_info` on `_future_repr_info`: state, a task's name,
        // coroutine and waiter, then the outcome and the callbacks.
        let mut parts = vec![state.to_string()];
        if let FutKind::Task(t) = &self.kind {
            parts.push(format!(
                "name={}",
                crate::value::format::str_repr(&t.name())
            ));
            // `_format_coroutine`: "done" once the coroutine has no frame,
            // as one already awaited to its end before the task got it.
            // (A task being stepped has its body borrowed: not unstarted.)
            let spent = matches!(t.body.try_borrow().as_deref(), Ok(TaskBody::NotStarted) if t.coroutine.finished.get());
            let coro_state = if matches!(st.outcome, Outcome::Pending) && !spent {
                "running at …"
            } else {
                "done, defined at …"
            };
            if let Some(nameless) = t.nameless_coroutine() {
                parts.push(format!("coro=<<{nameless} without __name__>()>"));
            } else {
                parts.push(format!("coro=<{}() {}>", t.coro, coro_state));
            }
            if let Some(w) = &st.waiter {
                parts.push(format!("wait_for={}", w.repr()));
            }
        }
        match &st.outcome {
            Outcome::Result(v) => parts.push(format!("result={}", reprlib(v))),
            Outcome::Exception(e) => parts.push(format!("exception={}", e.repr())),
            _ => {}
        }
        let callback = |c: &Callback| match c {
            Callback::Wakeup(_) => "Task.task_wakeup()".to_string(),
            Callback::GatherChild(_) => "gather.<locals>._done_callback() at …".to_string(),
            Callback::StopLoop => "_run_until_complete_cb() at …".to_string(),
            #[cfg(feature = "code")]
            // `_format_callback` writes arguments with `reprlib.repr`.
            Callback::Release(w) => format!(
                "_release_waiter({})() at …",
                reprlib(&Value::Future(w.clone()))
            ),
            #[cfg(feature = "asyncio-py")]
            Callback::Call(c) => super::callbacks::callback_repr(&c.callable, &[]),
            #[cfg(feature = "asyncio-py")]
            Callback::CheckCancel(_) => {
                "_chain_future.<locals>._call_check_cancel() at …".to_string()
            }
        };
        // `_format_callbacks`: one or two in full, more as the first, a
        // count, and the last.
        match st.callbacks.as_slice() {
            [] => {}
            [one] => parts.push(format!("cb=[{}]", callback(one))),
            [a, b] => parts.push(format!("cb=[{}, {}]", callback(a), callback(b))),
            [first, .., last] => parts.push(format!(
                "cb=[{}, <{} more>, {}]",
                callback(first),
                st.callbacks.len() - 2,
                callback(last)
            )),
        }
        format!("<{} {}>", self.type_name(), parts.joined(" "))
    }
}

/// A CancelledError as `_make_cancelled_error` builds it: with the
/// message `cancel(msg)` was given, if any.
pub(crate) fn cancelled_error(message: Option<Value>) -> Exc {
    Exception::with_args(ExcKind::CancelledError, message.into_iter().collect_vec())
}

/// Whether `repr` (or `reprlib.repr`, which goes six levels deep) of `v`
/// runs a `__repr__` of the program's.
pub(crate) fn shows_program_repr(v: &Value, levels: usize) -> bool {
    if levels == 0 {
        return false;
    }
    match v {
        Value::List(items) => items
            .borrow()
            .iter()
            .any(|i| shows_program_repr(i, levels - 1)),
        Value::Tuple(items) => items.iter().any(|i| shows_program_repr(i, levels - 1)),
        Value::Dict(d) => d
            .borrow()
            .entries()
            .any(|(k, v)| shows_program_repr(k, levels - 1) || shows_program_repr(v, levels - 1)),
        Value::Exception(e) => {
            crate::value::format::program_defines(v, "__repr__")
                || e.args().iter().any(|a| shows_program_repr(a, levels - 1))
        }
        // Sorting a dict's keys or a set's members (`_possibly_sorted`)
        // would run the program's comparisons.
        #[cfg(feature = "asyncio-py")]
        other if crate::value::format::program_compares(other) => true,
        other => crate::value::format::program_defines(other, "__repr__"),
    }
}

/// `reprlib.repr`, which future reprs use for results: at most six items
/// of a list, tuple or set and four of a dict (a set's members and a
/// dict's keys sorted when they can be), six levels deep, and long strings, ints and other reprs cut in the
/// middle, as `reprlib.Repr` of 3.11 does.
pub(crate) fn reprlib(v: &Value) -> String {
    const MAX_STRING: usize = 30;
    const MAX_LONG: usize = 40;
    const MAX_OTHER: usize = 30;
    /// `s[:i] + '...' + s[len(s)-j:]` for a text longer than `max`.
    fn cut(s: String, max: usize) -> String {
        if s.chars().count() <= max {
            return s;
        }
        splice(s, max)
    }
    /// `s[:i] + '...' + s[len(s)-j:]`, the `i` and `j` that leave `max`.
    fn splice(s: String, max: usize) -> String {
        let chars: Vec<char> = s.chars().collect_vec();
        let i = (max - 3) / 2;
        let j = max - 3 - i;
        let head: String = chars[..i.min(chars.len())].iter().collect();
        let tail: String = chars[chars.len().saturating_sub(j)..].iter().collect();
        format!("{head}...{tail}")
    }
    fn iterable(items: &[Value], level: usize, left: &str, right: &str, trail: &str) -> String {
        let n = items.len();
        if level == 0 && n > 0 {
            return format!("{left}...{right}");
        }
        let body = {
            let mut pieces: Vec<String> = items
                .iter()
                .take(6)
                .map(|i| go(i, level.saturating_sub(1)))
                .collect_vec();
            if n > 6 {
                pieces.push("...".into());
            }
            pieces.joined(", ")
        };
        let trail = if n == 1 { trail } else { "" };
        format!("{left}{body}{trail}{right}")
    }
    fn go(v: &Value, level: usize) -> String {
        match v {
            Value::List(items) => iterable(&items.borrow(), level, "[", "]", ""),
            Value::Tuple(items) => iterable(items, level, "(", ")", ","),
            Value::Dict(d) => {
                let d = d.borrow();
                if d.is_empty() {
                    return "{}".into();
                }
                if level == 0 {
                    return "{...}".into();
                }
                // `_possibly_sorted`: sorted keys, or insertion order when
                // they do not compare.
                let mut keys: Vec<Value> = d.entries().map(|(k, _)| k.clone()).collect_vec();
                let mut sorted = keys.clone();
                if sort_values(&mut sorted) {
                    keys = sorted;
                }
                let mut pieces: Vec<String> = keys
                    .iter()
                    .take(4)
                    .map(|k| {
                        let value = d.get(k).ok().flatten().unwrap_or(Value::None);
                        format!("{}: {}", go(k, level - 1), go(&value, level - 1))
                    })
                    .collect_vec();
                if d.len() > 4 {
                    pieces.push("...".into());
                }
                format!("{{{}}}", pieces.joined(", "))
            }
            Value::Str(s) => {
                // repr of the first 30 characters; if that is still too
                // long, of the first 13 and last 14, cut again.
                let chars: Vec<char> = s.chars().collect_vec();
                let head: String = chars.iter().take(MAX_STRING).collect();
                let r = crate::value::format::str_repr(&head);
                if r.chars().count() <= MAX_STRING {
                    return r;
                }
                let i = (MAX_STRING - 3) / 2;
                let j = MAX_STRING - 3 - i;
                let kept: String = chars[..i.min(chars.len())]
                    .iter()
                    .chain(&chars[chars.len().saturating_sub(j)..])
                    .collect();
                splice(crate::value::format::str_repr(&kept), MAX_STRING)
            }
            // `repr_set`: sorted when the members compare, else in the
            // order iterating gives them; six at most, as a list's.
            #[cfg(feature = "asyncio-py")]
            Value::Set(set) => {
                let set = set.borrow();
                if set.is_empty() {
                    return "set()".into();
                }
                let mut items = match set.order() {
                    crate::value::set::Order::Known(items) => items,
                    crate::value::set::Order::Unknown(_) => set.members(),
                };
                let mut sorted = items.clone();
                if sort_values(&mut sorted) {
                    items = sorted;
                }
                iterable(&items, level, "{", "}", "")
            }
            Value::Int(_) => cut(v.repr(), MAX_LONG),
            // An address is cut as CPython writes it, `0x` and twelve
            // digits (`<__main__.Job...x7f0f33591b10>`); what the cut
            // leaves of the digits shows as `…`, as an address does.
            other => {
                const DIGIT: char = '\u{1}';
                const DIGITS: &str = "\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}";
                const ADDRESS: &str = crate::value::format::ADDRESS;
                let full = other.repr();
                let full = match full.find(ADDRESS) {
                    Some(at) => format!("{}0x{DIGITS}{}", &full[..at], &full[at + ADDRESS.len()..]),
                    None => full,
                };
                let mut shown = String::new();
                for c in cut(full, MAX_OTHER).chars() {
                    match c {
                        DIGIT if shown.ends_with('…') => {}
                        DIGIT => shown.push('…'),
                        c => shown.push(c),
                    }
                }
                shown
            }
        }
    }
    go(v, 6)
}

/// Sorts with Python's `<`; false (and the order unspecified) when two
/// items do not compare.
fn sort_values(items: &mut [Value]) -> bool {
    use crate::program::CmpOp;
    use crate::value::ops::compare;
    // Not the program's objects, whose comparisons are its code: a view
    // runs none (a repr the program asks for is refused before this:
    // `shows_program_repr`).
    #[cfg(feature = "code")]
    if items.iter().any(|v| v.program_class().is_some()) {
        return false;
    }
    // Insertion sort: dicts in a repr are small, and the standard library's
    // sort would cost the page's wasm a kilobyte.
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 {
            match compare(CmpOp::Lt, &items[j], &items[j - 1]) {
                Ok(Value::Bool(true)) => items.swap(j, j - 1),
                Ok(_) => break,
                Err(_) => return false,
            }
            j -= 1;
        }
    }
    true
}
