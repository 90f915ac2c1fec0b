//! asyncio's Future objects: plain futures (what `sleep` waits on), Tasks and
//! `_GatheringFuture`s, with their state, their done-callbacks and their
//! reprs.
//!
//! Only state lives here. Completing a future schedules its callbacks with
//! `call_soon`, which needs the loop: see `event_loop.rs`.

use crate::program::Name;
use crate::value::format::ADDRESS;
use crate::value::{Exc, ExcKind, Exception, Value};
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
    /// `Task-N`, numbered as CPython numbers them (main is `Task-1`).
    pub name: TaskName,
    /// The coroutine's function name, for reprs and the timeline.
    pub coro: Name,
    /// Tasks the runner creates itself (the shutdown steps of
    /// `asyncio.run`); the trace leaves them out.
    pub internal: bool,
    /// The task's coroutine. Apart from `state`, so that polling it never
    /// holds a borrow the coroutine itself may need (`task.done()`).
    pub body: RefCell<TaskBody>,
}

/// A task's coroutine as the loop holds it.
pub enum TaskBody {
    /// Not stepped yet: only the coroutine object, so a task waiting for its
    /// first step costs no more than that.
    NotStarted(Rc<crate::value::Coroutine>),
    /// Suspended (or being polled, when taken out of the table).
    Running(crate::engine::Body),
    Finished,
}

impl std::fmt::Debug for TaskBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TaskBody::NotStarted(_) => "NotStarted",
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
}

impl FutureObj {
    pub fn new(id: usize, kind: FutKind) -> FutRef {
        Rc::new(FutureObj {
            id,
            kind,
            state: RefCell::new(FutState::default()),
        })
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
    /// (the first time only), else a bare CancelledError.
    pub fn make_cancelled_error(&self) -> Exc {
        self.state
            .borrow_mut()
            .cancelled_exc
            .take()
            .unwrap_or_else(|| Exception::bare(ExcKind::CancelledError))
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

    /// The exception to report if nobody ever retrieved it.
    pub fn unretrieved_exception(&self) -> Option<Exc> {
        let st = self.state.borrow();
        match (&st.outcome, st.log_traceback) {
            (Outcome::Exception(e), true) => Some(e.clone()),
            _ => None,
        }
    }

    /// `repr(fut)` as CPython 3.11 writes it, with `…` for file paths and
    /// addresses, which differ between machines.
    pub fn repr(&self) -> String {
        let st = self.state.borrow();
        let state = match &st.outcome {
            Outcome::Pending => "pending",
            Outcome::Cancelled => "cancelled",
            _ => "finished",
        };
        let mut parts = vec![state.to_string()];
        if let FutKind::Task(t) = &self.kind {
            parts.push(format!("name='{}'", t.name));
            let coro_state = if matches!(st.outcome, Outcome::Pending) {
                "running at …"
            } else {
                "done, defined at …"
            };
            parts.push(format!("coro=<{}() {}>", t.coro, coro_state));
        }
        match &st.outcome {
            Outcome::Result(v) => parts.push(format!("result={}", reprlib(v))),
            Outcome::Exception(e) => parts.push(format!("exception={}", e.repr())),
            _ => {}
        }
        if !st.callbacks.is_empty() && !matches!(self.kind, FutKind::Task(_)) {
            parts.push(format!(
                "cb=[{}]",
                st.callbacks
                    .iter()
                    .map(|c| match c {
                        Callback::Wakeup(_) =>
                            format!("<TaskWakeupMethWrapper object at {ADDRESS}>()"),
                        Callback::GatherChild(_) =>
                            "gather.<locals>._done_callback() at …".to_string(),
                        Callback::StopLoop => "_run_until_complete_cb() at …".to_string(),
                        #[cfg(feature = "code")]
                        Callback::Release(w) => format!("_release_waiter({})() at …", w.repr()),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if let Some(w) = &st.waiter {
            parts.push(format!("wait_for={}", w.repr()));
        }
        format!("<{} {}>", self.type_name(), parts.join(" "))
    }
}

/// `reprlib.repr`, which future reprs use for results: long lists are cut
/// after 6 items, long strings in the middle.
fn reprlib(v: &Value) -> String {
    fn go(v: &Value, level: usize) -> String {
        match v {
            Value::List(items) => {
                let items = items.borrow();
                if items.is_empty() {
                    return "[]".into();
                }
                if level == 0 {
                    return "[...]".into();
                }
                let mut parts: Vec<String> =
                    items.iter().take(6).map(|i| go(i, level - 1)).collect();
                if items.len() > 6 {
                    parts.push("...".into());
                }
                format!("[{}]", parts.join(", "))
            }
            Value::Str(_) => {
                let s = v.repr();
                let chars: Vec<char> = s.chars().collect();
                if chars.len() > 30 {
                    let head: String = chars[..13].iter().collect();
                    let tail: String = chars[chars.len() - 14..].iter().collect();
                    format!("{head}...{tail}")
                } else {
                    s
                }
            }
            Value::Int(_) => {
                let s = v.repr();
                if s.len() > 40 {
                    format!("{}...{}", &s[..18], &s[s.len() - 19..])
                } else {
                    s
                }
            }
            other => {
                let s = other.repr();
                let chars: Vec<char> = s.chars().collect();
                if chars.len() > 30 {
                    let head: String = chars[..13].iter().collect();
                    let tail: String = chars[chars.len() - 14..].iter().collect();
                    format!("{head}...{tail}")
                } else {
                    s
                }
            }
        }
    }
    go(v, 6)
}
