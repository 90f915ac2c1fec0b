//! The presets: every runnable example of the tutorials in `shared/seeds`,
//! plus a few that show what the tutorials describe in words, and the next
//! chapter of asyncio (TaskGroup, Semaphore, Queue, as_completed, timeouts,
//! to_thread). Most are built here as a `Scenario`, the same forms a
//! learner edits; one that the forms cannot say (a producer and consumers
//! sharing a Queue) is a program, opened in Code mode. `presets/<name>/`
//! holds each one's JSON, its Python and what CPython printed for it,
//! checked by the differential tests.

use crate::collect::{CollectVec, Joined};
use crate::program::Program;
use crate::scenario::{self, Scenario};

/// One ready-made example.
pub struct Preset {
    /// Stable identifier, used on the command line and in links.
    pub name: &'static str,
    /// One line for a menu.
    pub title: &'static str,
    /// What to notice when it runs.
    pub lesson: &'static str,
    pub shape: Shape,
}

/// What a preset opens as.
pub enum Shape {
    /// The forms, filled in: the scenario's JSON, as a link carries it
    /// (fields left out take their defaults). Data rather than code:
    /// building each card's strings in Rust made the page's modules larger.
    Form(&'static str),
    /// A program, in Code mode; `asyncio_py`: whether it needs asyncio's
    /// Python half (the page loads the build that has it).
    Code {
        source: &'static str,
        asyncio_py: bool,
    },
    /// In a build without asyncio's Python half, a preset that needs it:
    /// listed by name and title, it is opened by the build that has it
    /// (the page hands over with a link to it), so its forms, program and
    /// lesson stay out of the builds that cannot run them.
    Elsewhere,
}

/// `shape` in the build with asyncio's Python half; `Elsewhere` in the
/// others.
const fn next_chapter(shape: Shape) -> Shape {
    if cfg!(feature = "asyncio-py") {
        shape
    } else {
        Shape::Elsewhere
    }
}

/// A lesson the builds without asyncio's Python half never show.
const fn next_chapter_lesson(lesson: &'static str) -> &'static str {
    if cfg!(feature = "asyncio-py") {
        lesson
    } else {
        ""
    }
}

impl Preset {
    /// A form preset's scenario (`tests/differential.rs` opens every one).
    fn form(name: &str, json: &str) -> Scenario {
        Scenario::from_json(json).unwrap_or_else(|e| panic!("preset {name}: {e}"))
    }

    /// The forms it fills in, unless it is a program.
    pub fn scenario(&self) -> Option<Scenario> {
        match self.shape {
            Shape::Form(json) => Some(Self::form(self.name, json)),
            Shape::Code { .. } | Shape::Elsewhere => None,
        }
    }

    /// Its source, if it is a program (Code mode).
    pub fn code(&self) -> Option<&'static str> {
        match self.shape {
            Shape::Form(_) | Shape::Elsewhere => None,
            Shape::Code { source, .. } => Some(source),
        }
    }

    /// Whether it needs asyncio's Python half (`Scenario::needs_asyncio_py`).
    pub fn needs_asyncio_py(&self) -> bool {
        match self.shape {
            Shape::Form(json) => Self::form(self.name, json).needs_asyncio_py(),
            Shape::Code { asyncio_py, .. } => asyncio_py,
            Shape::Elsewhere => true,
        }
    }

    pub fn program(&self) -> Program {
        let scenario = match self.shape {
            Shape::Form(json) => Self::form(self.name, json),
            #[cfg(feature = "code")]
            Shape::Code { source, .. } => {
                return crate::parse::program(source)
                    .unwrap_or_else(|e| panic!("preset {} does not parse: {e}", self.name))
            }
            #[cfg(not(feature = "code"))]
            Shape::Code { .. } => panic!("preset {} is a program: it needs Code mode", self.name),
            Shape::Elsewhere => panic!(
                "preset {} needs asyncio's Python half, which this build leaves out",
                self.name
            ),
        };
        scenario::compile(&scenario).unwrap_or_else(|e| {
            // Display, not Debug: `{:?}` of a string links core's
            // Unicode tables into the page.
            let errors: Vec<String> = e.iter().map(|e| e.to_string()).collect_vec();
            panic!(
                "preset {} does not compile: {}",
                self.name,
                errors.joined("; ")
            )
        })
    }
}

pub fn all() -> &'static [Preset] {
    PRESETS
}

pub fn get(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}

/// `get`, with a message naming the presets there are when `name` is none.
pub fn find(name: &str) -> Result<&'static Preset, String> {
    get(name).ok_or_else(|| {
        let names: Vec<&str> = PRESETS.iter().map(|p| p.name).collect_vec();
        format!(
            "no preset named `{name}`; choose one of: {}",
            names.joined(", ")
        )
    })
}

static PRESETS: &[Preset] = &[
    Preset {
        name: "gather-numbers-letters",
        title: "gather(): numbers and letters take turns",
        lesson: "Each task prints, then sleeps; the loop runs the other meanwhile. The gather future prints as pending before it is awaited.",
        shape: Shape::Form(r#"{"tasks": [{"name": "task1", "prints": "0 1 2 3 4", "delay": "0.001"}, {"name": "task2", "prints": "A B C D E", "delay": "0.001"}], "main": {"print_group": true, "print_results": false}}"#),
    },
    Preset {
        name: "gather-squares",
        title: "gather(): results come back in argument order",
        lesson: "await gather(...) is a list of the return values, in the order the coroutines were given.",
        shape: Shape::Form(r#"{"tasks": [{"name": "square", "params": "x", "calls": "20, 100, 200", "returns": "x * x"}]}"#),
    },
    Preset {
        name: "return-exceptions-off",
        title: "gather(return_exceptions=False): the first exception propagates",
        lesson: "square('ten') raises TypeError; await gather(...) raises it in main, and the program ends with a traceback.",
        shape: Shape::Form(r#"{"tasks": [{"name": "square", "params": "x", "calls": "20, 'ten', 100", "returns": "x * x"}]}"#),
    },
    Preset {
        name: "return-exceptions-on",
        title: "gather(return_exceptions=True): exceptions become results",
        lesson: "The TypeError is placed in the result list where square('ten')'s value would be.",
        shape: Shape::Form(r#"{"tasks": [{"name": "square", "params": "x", "calls": "20, 'ten', 100", "returns": "x * x"}], "main": {"return_exceptions": true}}"#),
    },
    Preset {
        name: "create-task-awaited",
        title: "create_task(): tasks run as soon as main waits",
        lesson: "Both tasks start when main first awaits; awaiting task1 then task2 lets both finish.",
        shape: Shape::Form(r#"{"tasks": [{"name": "display_nums", "prints": "0 1 2 3 4", "delay": "0.001"}, {"name": "display_letters", "prints": "A B C D E", "delay": "0.001"}], "main": {"mode": "create_task", "print_results": false}}"#),
    },
    Preset {
        name: "create-task-not-awaited",
        title: "create_task() without await: started, never finished",
        lesson: "main returns at once; each task gets one step (0 and A) before asyncio.run cancels them.",
        shape: Shape::Form(r#"{"tasks": [{"name": "display_nums", "prints": "0 1 2 3 4", "delay": "0.001", "awaited": false}, {"name": "display_letters", "prints": "A B C D E", "delay": "0.001", "awaited": false}], "main": {"mode": "create_task", "print_results": false}}"#),
    },
    Preset {
        name: "sequential-awaits",
        title: "await one, then the other: no interleaving",
        lesson: "Awaiting each coroutine in turn runs them one after the other: all the numbers, then all the letters, taking twice as long.",
        shape: Shape::Form(r#"{"tasks": [{"name": "display_nums", "prints": "0 1 2 3 4", "delay": "0.001"}, {"name": "display_letters", "prints": "A B C D E", "delay": "0.001"}], "main": {"mode": "sequential", "print_results": false}}"#),
    },
    Preset {
        name: "create-task-results",
        title: "create_task(): await a task to get its return value",
        lesson: "await task gives the coroutine's return value.",
        shape: Shape::Form(r#"{"tasks": [{"name": "square", "params": "x", "calls": "10, 20", "returns": "x * x"}], "main": {"mode": "create_task"}}"#),
    },
    Preset {
        name: "fetch-data",
        title: "gather(*tasks): fetches finish out of order, results stay in order",
        lesson: "The fetches finish shortest delay first, but the result list follows the order the tasks were given.",
        shape: Shape::Form(r#"{"tasks": [{"name": "fetch_data", "params": "source, delay", "calls": "('users', 0.3), ('orders', 0.1), ('inventory', 0.2)", "prints": "\"Fetching {source}...\" \"Fetched {source} after {delay}s\"", "delay": "delay", "between": true, "returns": "f'{source} data'"}], "main": {"as_list": true}}"#),
    },
    Preset {
        name: "blocking-sleep",
        title: "time.sleep() blocks the whole loop",
        lesson: "While one task calls time.sleep, no other task can run: the worker's steps wait for it.",
        shape: Shape::Form(r#"{"tasks": [{"name": "worker", "prints": "\"worker step 0\" \"worker step 1\" \"worker step 2\"", "delay": "0.1"}, {"name": "blocker", "prints": "\"blocker: calling time.sleep(0.35)\" \"blocker: awake again\"", "delay": "0.35", "blocking": true}], "main": {"print_results": false}}"#),
    },
    Preset {
        name: "task-group-failure",
        title: "TaskGroup: one task fails, the others are cancelled",
        lesson: next_chapter_lesson("broken raises after 0.1 s; the TaskGroup cancels the two fetches still sleeping, waits for them, and raises an ExceptionGroup holding the ValueError."),
        shape: next_chapter(Shape::Form(r#"{"tasks": [{"name": "fetch", "params": "name, delay", "calls": "('users', 0.3), ('orders', 0.2)", "prints": "\"{name}: started\" \"{name}: done after {delay}s\"", "delay": "delay", "between": true, "returns": "name"}, {"name": "broken", "prints": "\"broken: started\"", "delay": "0.1", "raise_at": "2", "raise_message": "broken failed"}], "main": {"mode": "task_group"}}"#)),
    },
    Preset {
        name: "semaphore-two",
        title: "Semaphore(2): at most two run at once",
        lesson: next_chapter_lesson("Jobs 3 and 4 wait at async with until jobs 1 and 2 release the semaphore; the four take two rounds."),
        shape: next_chapter(Shape::Form(r#"{"tasks": [{"name": "job", "params": "n", "calls": "1, 2, 3, 4", "prints": "\"job {n} starts\" \"job {n} ends\"", "delay": "0.1", "between": true, "returns": "n * 10"}], "main": {"limit": "2"}}"#)),
    },
    Preset {
        name: "queue-producer-consumers",
        title: "Queue: a producer and two consumers",
        lesson: next_chapter_lesson("The consumers wait in queue.get() until the producer puts an item; queue.join() returns once every item is marked done, and main then cancels the consumers."),
        shape: next_chapter(Shape::Code {
            source: include_str!("presets/queue_producer_consumers.py"),
            asyncio_py: true,
        }),
    },
    Preset {
        name: "as-completed",
        title: "as_completed(): results in finishing order",
        lesson: next_chapter_lesson("Each result is printed as soon as its fetch finishes, shortest delay first, unlike gather's argument order."),
        shape: next_chapter(Shape::Form(r#"{"tasks": [{"name": "fetch", "params": "name, delay", "calls": "('users', 0.3), ('orders', 0.1), ('inventory', 0.2)", "prints": "\"{name}: started\" \"{name}: done after {delay}s\"", "delay": "delay", "between": true, "returns": "name"}], "main": {"mode": "as_completed"}}"#)),
    },
    Preset {
        name: "timeout",
        title: "asyncio.timeout(): a slow task is cancelled",
        lesson: next_chapter_lesson("At 0.5 s the timeout cancels main's gather, which cancels slow; the CancelledError becomes the TimeoutError that main catches."),
        shape: next_chapter(Shape::Form(r#"{"tasks": [{"name": "fetch", "params": "name, delay", "calls": "('quick', 0.2), ('slow', 2)", "prints": "\"{name}: started\" \"{name}: done after {delay}s\"", "delay": "delay", "between": true, "returns": "name"}], "main": {"timeout": "0.5"}}"#)),
    },
    Preset {
        name: "to-thread",
        title: "to_thread(): blocking work off the loop",
        lesson: next_chapter_lesson("blocking_io's time.sleep runs on a worker thread, so the loop keeps running ticker meanwhile; compare time.sleep() blocks the whole loop."),
        shape: next_chapter(Shape::Form(r#"{"tasks": [{"name": "ticker", "prints": "tick tick tick", "delay": "0.3"}, {"name": "blocking_io", "prints": "\"blocking_io: start\" \"blocking_io: complete\"", "delay": "1", "between": true, "thread": true}], "main": {"print_results": false}}"#)),
    },
];
