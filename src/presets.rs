//! The presets: every runnable example of the tutorials in `shared/seeds`,
//! plus a few that show what the tutorials describe in words, and the next
//! chapter of asyncio (TaskGroup, Semaphore, Queue, as_completed, timeouts,
//! to_thread). Most are built here as a `Scenario`, the same forms a
//! learner edits; one that the forms cannot say (a producer and consumers
//! sharing a Queue) is a program, opened in Code mode. `presets/<name>/`
//! holds each one's JSON, its Python and what CPython printed for it,
//! checked by the differential tests.

use crate::collect::CollectVec;
use crate::program::Program;
use crate::scenario::{self, MainForm, Mode, Scenario, TaskCard};

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
    /// The forms, filled in.
    Form(fn() -> Scenario),
    /// A program, in Code mode; `asyncio_py`: whether it needs asyncio's
    /// Python half (the page loads the build that has it).
    Code {
        source: &'static str,
        asyncio_py: bool,
    },
}

impl Preset {
    /// The forms it fills in, unless it is a program.
    pub fn scenario(&self) -> Option<Scenario> {
        match self.shape {
            Shape::Form(build) => Some(build()),
            Shape::Code { .. } => None,
        }
    }

    /// Its source, if it is a program (Code mode).
    pub fn code(&self) -> Option<&'static str> {
        match self.shape {
            Shape::Form(_) => None,
            Shape::Code { source, .. } => Some(source),
        }
    }

    /// Whether it needs asyncio's Python half (`Scenario::needs_asyncio_py`).
    pub fn needs_asyncio_py(&self) -> bool {
        match self.shape {
            Shape::Form(build) => build().needs_asyncio_py(),
            Shape::Code { asyncio_py, .. } => asyncio_py,
        }
    }

    pub fn program(&self) -> Program {
        let scenario = match self.shape {
            Shape::Form(build) => build(),
            #[cfg(feature = "code")]
            Shape::Code { source, .. } => {
                return crate::parse::program(source)
                    .unwrap_or_else(|e| panic!("preset {} does not parse: {e}", self.name))
            }
            #[cfg(not(feature = "code"))]
            Shape::Code { .. } => panic!("preset {} is a program: it needs Code mode", self.name),
        };
        scenario::compile(&scenario).unwrap_or_else(|e| {
            // Display, not Debug: `{:?}` of a string links core's
            // Unicode tables into the page.
            let errors: Vec<String> = e.iter().map(|e| e.to_string()).collect_vec();
            panic!(
                "preset {} does not compile: {}",
                self.name,
                errors.join("; ")
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
            names.join(", ")
        )
    })
}

const PRESETS: &[Preset] = &[
    Preset {
        name: "gather-numbers-letters",
        title: "gather(): numbers and letters take turns",
        lesson: "Each task prints, then sleeps; the loop runs the other meanwhile. The gather future prints as pending before it is awaited.",
        shape: Shape::Form(gather_numbers_letters),
    },
    Preset {
        name: "gather-squares",
        title: "gather(): results come back in argument order",
        lesson: "await gather(...) is a list of the return values, in the order the coroutines were given.",
        shape: Shape::Form(gather_squares),
    },
    Preset {
        name: "return-exceptions-off",
        title: "gather(return_exceptions=False): the first exception propagates",
        lesson: "square('ten') raises TypeError; await gather(...) raises it in main, and the program ends with a traceback.",
        shape: Shape::Form(|| return_exceptions(false)),
    },
    Preset {
        name: "return-exceptions-on",
        title: "gather(return_exceptions=True): exceptions become results",
        lesson: "The TypeError is placed in the result list where square('ten')'s value would be.",
        shape: Shape::Form(|| return_exceptions(true)),
    },
    Preset {
        name: "create-task-awaited",
        title: "create_task(): tasks run as soon as main waits",
        lesson: "Both tasks start when main first awaits; awaiting task1 then task2 lets both finish.",
        shape: Shape::Form(|| display_tasks(Mode::CreateTask, true)),
    },
    Preset {
        name: "create-task-not-awaited",
        title: "create_task() without await: started, never finished",
        lesson: "main returns at once; each task gets one step (0 and A) before asyncio.run cancels them.",
        shape: Shape::Form(|| display_tasks(Mode::CreateTask, false)),
    },
    Preset {
        name: "sequential-awaits",
        title: "await one, then the other: no interleaving",
        lesson: "Awaiting each coroutine in turn runs them one after the other: all the numbers, then all the letters, taking twice as long.",
        shape: Shape::Form(|| display_tasks(Mode::Sequential, true)),
    },
    Preset {
        name: "create-task-results",
        title: "create_task(): await a task to get its return value",
        lesson: "await task gives the coroutine's return value.",
        shape: Shape::Form(create_task_results),
    },
    Preset {
        name: "fetch-data",
        title: "gather(*tasks): fetches finish out of order, results stay in order",
        lesson: "The fetches finish shortest delay first, but the result list follows the order the tasks were given.",
        shape: Shape::Form(fetch_data),
    },
    Preset {
        name: "blocking-sleep",
        title: "time.sleep() blocks the whole loop",
        lesson: "While one task calls time.sleep, no other task can run: the worker's steps wait for it.",
        shape: Shape::Form(blocking_sleep),
    },
    Preset {
        name: "task-group-failure",
        title: "TaskGroup: one task fails, the others are cancelled",
        lesson: "broken raises after 0.1 s; the TaskGroup cancels the two fetches still sleeping, waits for them, and raises an ExceptionGroup holding the ValueError.",
        shape: Shape::Form(task_group_failure),
    },
    Preset {
        name: "semaphore-two",
        title: "Semaphore(2): at most two run at once",
        lesson: "Jobs 3 and 4 wait at async with until jobs 1 and 2 release the semaphore; the four take two rounds.",
        shape: Shape::Form(semaphore_two),
    },
    Preset {
        name: "queue-producer-consumers",
        title: "Queue: a producer and two consumers",
        lesson: "The consumers wait in queue.get() until the producer puts an item; queue.join() returns once every item is marked done, and main then cancels the consumers.",
        shape: Shape::Code {
            source: include_str!("presets/queue_producer_consumers.py"),
            asyncio_py: true,
        },
    },
    Preset {
        name: "as-completed",
        title: "as_completed(): results in finishing order",
        lesson: "Each result is printed as soon as its fetch finishes, shortest delay first, unlike gather's argument order.",
        shape: Shape::Form(as_completed),
    },
    Preset {
        name: "timeout",
        title: "asyncio.timeout(): a slow task is cancelled",
        lesson: "At 0.5 s the timeout cancels main's gather, which cancels slow; the CancelledError becomes the TimeoutError that main catches.",
        shape: Shape::Form(timeout),
    },
    Preset {
        name: "to-thread",
        title: "to_thread(): blocking work off the loop",
        lesson: "blocking_io's time.sleep runs on a worker thread, so the loop keeps running ticker meanwhile; compare time.sleep() blocks the whole loop.",
        shape: Shape::Form(to_thread),
    },
];

/// A card that prints `prints`, sleeping `delay` seconds after each step.
fn steps(name: &str, prints: &str, delay: &str) -> TaskCard {
    TaskCard {
        name: name.into(),
        prints: prints.into(),
        delay: delay.into(),
        ..TaskCard::default()
    }
}

/// `async def square(x): return x * x`, called once per argument.
fn square(calls: &str) -> TaskCard {
    TaskCard {
        name: "square".into(),
        params: "x".into(),
        calls: calls.into(),
        returns: "x * x".into(),
        ..TaskCard::default()
    }
}

fn main(mode: Mode) -> MainForm {
    MainForm {
        mode,
        ..MainForm::default()
    }
}

fn gather_numbers_letters() -> Scenario {
    Scenario {
        tasks: vec![
            steps("task1", "0 1 2 3 4", "0.001"),
            steps("task2", "A B C D E", "0.001"),
        ],
        main: MainForm {
            print_group: true,
            print_results: false,
            ..main(Mode::Gather)
        },
    }
}

fn gather_squares() -> Scenario {
    Scenario {
        tasks: vec![square("20, 100, 200")],
        main: main(Mode::Gather),
    }
}

fn return_exceptions(on: bool) -> Scenario {
    Scenario {
        tasks: vec![square("20, 'ten', 100")],
        main: MainForm {
            return_exceptions: on,
            ..main(Mode::Gather)
        },
    }
}

/// The create_task snippets' `display_nums` and `display_letters`, run
/// by `mode` without printing results; `awaited` only matters to create_task.
fn display_tasks(mode: Mode, awaited: bool) -> Scenario {
    let card = |name, prints| TaskCard {
        awaited,
        ..steps(name, prints, "0.001")
    };
    Scenario {
        tasks: vec![
            card("display_nums", "0 1 2 3 4"),
            card("display_letters", "A B C D E"),
        ],
        main: MainForm {
            print_results: false,
            ..main(mode)
        },
    }
}

fn create_task_results() -> Scenario {
    Scenario {
        tasks: vec![square("10, 20")],
        main: main(Mode::CreateTask),
    }
}

fn fetch_data() -> Scenario {
    Scenario {
        tasks: vec![TaskCard {
            name: "fetch_data".into(),
            params: "source, delay".into(),
            calls: "('users', 0.3), ('orders', 0.1), ('inventory', 0.2)".into(),
            prints: r#""Fetching {source}..." "Fetched {source} after {delay}s""#.into(),
            delay: "delay".into(),
            between: true,
            returns: "f'{source} data'".into(),
            ..TaskCard::default()
        }],
        main: MainForm {
            as_list: true,
            ..MainForm::default()
        },
    }
}

fn blocking_sleep() -> Scenario {
    Scenario {
        tasks: vec![
            steps(
                "worker",
                r#""worker step 0" "worker step 1" "worker step 2""#,
                "0.1",
            ),
            TaskCard {
                blocking: true,
                ..steps(
                    "blocker",
                    r#""blocker: calling time.sleep(0.35)" "blocker: awake again""#,
                    "0.35",
                )
            },
        ],
        main: MainForm {
            print_results: false,
            ..main(Mode::Gather)
        },
    }
}

/// `fetch(name, delay)`: prints, sleeps `delay`, prints, returns.
fn fetch(calls: &str) -> TaskCard {
    TaskCard {
        name: "fetch".into(),
        params: "name, delay".into(),
        calls: calls.into(),
        prints: r#""{name}: started" "{name}: done after {delay}s""#.into(),
        delay: "delay".into(),
        between: true,
        returns: "name".into(),
        ..TaskCard::default()
    }
}

fn task_group_failure() -> Scenario {
    Scenario {
        tasks: vec![
            fetch("('users', 0.3), ('orders', 0.2)"),
            TaskCard {
                raise_at: "2".into(),
                raise_message: "broken failed".into(),
                ..steps("broken", r#""broken: started""#, "0.1")
            },
        ],
        main: main(Mode::TaskGroup),
    }
}

fn semaphore_two() -> Scenario {
    Scenario {
        tasks: vec![TaskCard {
            name: "job".into(),
            params: "n".into(),
            calls: "1, 2, 3, 4".into(),
            prints: r#""job {n} starts" "job {n} ends""#.into(),
            delay: "0.1".into(),
            between: true,
            returns: "n * 10".into(),
            ..TaskCard::default()
        }],
        main: MainForm {
            limit: "2".into(),
            ..main(Mode::Gather)
        },
    }
}

fn as_completed() -> Scenario {
    Scenario {
        tasks: vec![fetch("('users', 0.3), ('orders', 0.1), ('inventory', 0.2)")],
        main: main(Mode::AsCompleted),
    }
}

fn timeout() -> Scenario {
    Scenario {
        tasks: vec![fetch("('quick', 0.2), ('slow', 2)")],
        main: MainForm {
            timeout: "0.5".into(),
            ..main(Mode::Gather)
        },
    }
}

fn to_thread() -> Scenario {
    Scenario {
        tasks: vec![
            steps("ticker", "tick tick tick", "0.3"),
            TaskCard {
                thread: true,
                between: true,
                ..steps(
                    "blocking_io",
                    r#""blocking_io: start" "blocking_io: complete""#,
                    "1",
                )
            },
        ],
        main: MainForm {
            print_results: false,
            ..main(Mode::Gather)
        },
    }
}
