//! The trace: everything that happened in a run, in order, stamped with the
//! loop iteration and the virtual time. `interleave trace` prints it as JSON
//! Lines; the page draws its console and timeline from exactly these events
//! and nothing else.

use crate::collect::Joined;
use serde::{Deserialize, Serialize};

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Which pass of the event loop (`_run_once`) it happened in; 0 is
    /// before the loop starts.
    pub iteration: u64,
    /// Virtual seconds since `asyncio.run` started.
    pub time: f64,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What a task waits for when it waits inside one of the library's
/// primitives: how the page's timeline colours the wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// For a lock or a semaphore to be free.
    Lock,
    /// For a queue's item, room in it, or its `join`.
    Queue,
    /// For an event, a condition's notice, or a barrier's other parties.
    Event,
}

/// The classes of asyncio's Python half (`crate::asyncio_py`) a task
/// waits inside, with what it waits for: one table, which the interpreter
/// names waits by (`Waiting::primitive`) and the page colours them by.
pub static PRIMITIVES: &[(&str, Wait)] = &[
    ("Lock", Wait::Lock),
    ("Semaphore", Wait::Lock),
    ("BoundedSemaphore", Wait::Lock),
    ("Queue", Wait::Queue),
    ("LifoQueue", Wait::Queue),
    ("PriorityQueue", Wait::Queue),
    ("Event", Wait::Event),
    ("Condition", Wait::Event),
    ("Barrier", Wait::Event),
];

impl EventKind {
    /// The thread whose code printed, for a line a thread printed.
    pub fn thread(&self) -> Option<&str> {
        match self {
            #[cfg(feature = "asyncio-py")]
            EventKind::Printed { thread, .. } => thread.as_deref(),
            _ => None,
        }
    }
}

/// What a task waiting inside an instance of the library's class `name`
/// waits for, if `name` is one of `PRIMITIVES`.
pub fn wait_of(name: &str) -> Option<Wait> {
    PRIMITIVES.iter().find(|(n, _)| *n == name).map(|(_, w)| *w)
}

/// Tasks are named by `task`, their index in creation order (0 is main).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// A task was created (by `asyncio.run`, `create_task` or `gather`) and
    /// its first step scheduled.
    TaskCreated {
        task: usize,
        /// `Task-N`, as CPython names it.
        name: String,
        /// The coroutine function it runs.
        coro: String,
        /// The arguments, as `repr`s.
        args: Vec<String>,
        /// The task that created it, if any.
        parent: Option<usize>,
    },
    /// `task.set_name(value)`: the task is called `name` from now on (its
    /// repr, `get_name()`, and the page's panels).
    #[cfg(feature = "code")]
    Renamed {
        task: usize,
        name: String,
    },
    /// The loop started (or resumed) running the task's coroutine.
    StepStarted {
        task: usize,
    },
    /// The task wrote to stdout (no task: the module's code, before or
    /// after the loop, or a thread's); `text` includes the line ending.
    Printed {
        task: Option<usize>,
        text: String,
        /// The thread whose code printed it (`asyncio_0`...: what
        /// `to_thread` runs), if any.
        #[cfg(feature = "asyncio-py")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thread: Option<String>,
    },
    /// `await asyncio.sleep(delay)` with a positive delay.
    Sleeping {
        task: usize,
        delay: f64,
        until: f64,
    },
    /// `await asyncio.sleep(0)`: give way for one loop iteration.
    Yielded {
        task: usize,
    },
    /// A thread of asyncio's default executor (`asyncio_0`...: what
    /// `to_thread` runs) ran its code, from a start or a wake-up, while
    /// the loop waited.
    #[cfg(feature = "asyncio-py")]
    ThreadRan {
        thread: String,
    },
    /// The thread's code called `time.sleep(seconds)`: it sleeps, the
    /// loop goes on.
    #[cfg(feature = "asyncio-py")]
    ThreadSlept {
        thread: String,
        seconds: f64,
    },
    /// The thread finished its work and waits for more (or ends).
    #[cfg(feature = "asyncio-py")]
    ThreadIdle {
        thread: String,
    },
    /// `time.sleep(seconds)`: the whole loop stood still.
    Blocked {
        task: Option<usize>,
        seconds: f64,
    },
    /// The task computed for `seconds` (a millisecond or more, estimated):
    /// the loop stood still meanwhile, as for `time.sleep`.
    Computed {
        task: Option<usize>,
        seconds: f64,
    },
    /// Something Interleave says about the run, not CPython: where
    /// CPython's order depends on the machine.
    Note {
        text: String,
    },
    /// The task's coroutine suspended, waiting on another task, a gather,
    /// or a future of the program's or of asyncio's Python half.
    Waiting {
        task: usize,
        on: String,
        /// The class of asyncio's Python half (`PRIMITIVES`:
        /// `Lock`, `Queue`, `Event`...) whose method the task waits in, as
        /// the program called it (`await q.join()` waits in the queue, not
        /// in the event the queue waits on).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        primitive: Option<String>,
    },
    /// A sleeping task's timer fired: it runs again on the next iteration.
    Woke {
        task: usize,
    },
    /// The coroutine returned; `value` is the result's `repr`.
    Returned {
        task: usize,
        value: String,
    },
    /// The coroutine raised; `exception` is its `repr`.
    Raised {
        task: usize,
        exception: String,
    },
    Cancelled {
        task: usize,
    },
    /// A `_GatheringFuture` completed, with its result list or exception.
    GatherCompleted {
        gather: usize,
        result: Option<String>,
        exception: Option<String>,
    },
    /// `main()` returned; `asyncio.run` now cancels the tasks still pending.
    Shutdown {
        pending: Vec<usize>,
    },
    /// A line CPython writes to stderr (an uncaught exception, a "never
    /// retrieved" report).
    Stderr {
        text: String,
    },
    /// The run is over; `exit_status` is the process exit status.
    Finished {
        exit_status: i32,
    },
}

/// Who is who in a run: each task's name and call, by its number in the
/// trace, learnt from the events that create them. The page's panels, the
/// narration and the task tree all name tasks from it.
#[derive(Debug, Default, Clone)]
pub struct TaskNames {
    /// `Task-N`, as CPython names the task.
    pub names: Vec<String>,
    /// `square(20)`: the coroutine call it runs; empty for a number the
    /// trace has not announced (asyncio's own tasks).
    pub calls: Vec<String>,
}

impl TaskNames {
    /// Learns the tasks `events` create.
    pub fn learn(&mut self, events: &[Event]) {
        for e in events {
            match &e.kind {
                EventKind::TaskCreated {
                    task,
                    name,
                    coro,
                    args,
                    ..
                } => {
                    if self.calls.len() <= *task {
                        self.calls.resize(*task + 1, String::new());
                        self.names.resize(*task + 1, String::new());
                    }
                    self.calls[*task] = format!("{coro}({})", args.joined(", "));
                    self.names[*task] = name.clone();
                }
                #[cfg(feature = "code")]
                EventKind::Renamed { task, name } => {
                    if let Some(n) = self.names.get_mut(*task) {
                        n.clone_from(name);
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether the trace has announced task `task`.
    pub fn knows(&self, task: usize) -> bool {
        self.calls.get(task).is_some_and(|c| !c.is_empty())
    }

    /// `square(20)`: the coroutine call the task runs.
    pub fn label(&self, task: usize) -> String {
        self.calls
            .get(task)
            .cloned()
            .unwrap_or_else(|| format!("task {task}"))
    }

    /// The last task announced with this name (names may repeat).
    pub fn named(&self, name: &str) -> Option<usize> {
        (0..self.names.len())
            .rev()
            .find(|&t| self.knows(t) && self.names[t] == name)
    }
}

/// Collects events, or only counts them when a benchmark asks for speed.
#[derive(Debug, Default)]
pub struct Trace {
    pub events: Vec<Event>,
    pub enabled: bool,
}

impl Trace {
    pub fn new(enabled: bool) -> Trace {
        Trace {
            events: Vec::new(),
            enabled,
        }
    }

    pub fn push(&mut self, iteration: u64, time: f64, kind: EventKind) {
        if self.enabled {
            self.events.push(Event {
                iteration,
                time,
                kind,
            });
        }
    }
}

/// The trace as JSON Lines, one event per line.
pub fn to_json_lines(events: &[Event]) -> String {
    let mut out = String::new();
    for e in events {
        out.push_str(&serde_json::to_string(e).expect("events always serialise"));
        out.push('\n');
    }
    out
}
