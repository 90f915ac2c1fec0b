//! Scenarios: the page's forms as data. A scenario is a few task cards plus
//! the shape of `main`, each field kept as the text the learner typed.
//!
//! A card is one `async def`; its Calls field lists one argument (or tuple
//! of arguments) per call, so `square` with calls `20, 100, 200` is three
//! tasks running one function, as in the tutorials. Each call is one task.
//! Every step of a card prints one line, then sleeps (`await asyncio.sleep`,
//! or the blocking `time.sleep`).
//!
//! Fields stay text, not parsed values, so that nothing typed is lost: a
//! half-finished field survives a reload or a shared link, and `compile`
//! reports each bad field by card and field name with what to enter.
//!
//! What lives here: the types, their JSON (links and local storage, in
//! `json`), and
//! `compile` (scenario → program). What does not: any DOM (the `web` crate)
//! or running (the engine runs the program `compile` returns).

mod compile;
pub mod fields;
mod json;
#[cfg(feature = "asyncio-py")]
mod next_chapter;
mod steps;

pub use compile::{compile, FieldError};
pub use fields::{CardField, MainField};
pub use steps::parse_steps;

/// Most cards one scenario may have.
pub const MAX_CARDS: usize = 20;
/// Most calls (tasks) in all; enough for a stress run, small enough to draw.
pub const MAX_CALLS: usize = 1000;
/// Most printed steps per card.
pub const MAX_STEPS: usize = 100;

/// The exception classes a card can raise, as the form offers them.
pub const RAISABLE: [&str; 7] = [
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "ZeroDivisionError",
    "Exception",
    "asyncio.CancelledError",
];

/// A whole form: the cards, in the order their calls are made, and `main`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub tasks: Vec<TaskCard>,
    pub main: MainForm,
}

/// One `async def` and the calls made to it.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskCard {
    /// The function's name, e.g. `square`.
    pub name: String,
    /// Parameter names, comma-separated: `x`, or `source, delay`.
    pub params: String,
    /// One item per call: an argument (`20, 100, 200`) or, with several
    /// parameters, a tuple per call (`('users', 0.3), ('orders', 0.1)`).
    /// Empty when the function takes no parameters: it is called once.
    pub calls: String,
    /// What each step prints, separated by spaces: `0 1 2 3 4`; quote a
    /// step that contains spaces; `{x}` inserts a parameter.
    pub prints: String,
    /// Seconds to sleep after each step: a number or a parameter name.
    /// Empty: steps run back to back without giving up the loop.
    pub delay: String,
    /// Sleep only between steps, not after the last (`fetch_data` prints,
    /// sleeps, prints and returns).
    pub between: bool,
    /// Sleep with `time.sleep` (blocks the loop) instead of `asyncio.sleep`.
    pub blocking: bool,
    /// A plain `def` run on a worker thread: `main` calls it with
    /// `asyncio.to_thread(f, ...)`, and it sleeps with `time.sleep`, which
    /// blocks only its thread.
    pub thread: bool,
    /// An expression to return, e.g. `x * x`; empty returns `None`.
    pub returns: String,
    /// The step (from 1) at which the task raises instead of printing;
    /// empty never raises. One past the last step raises after it.
    pub raise_at: String,
    /// One of `RAISABLE`.
    pub raise_type: String,
    pub raise_message: String,
    /// With `create_task`: whether `main` awaits this card's tasks.
    pub awaited: bool,
}

impl Default for TaskCard {
    fn default() -> TaskCard {
        TaskCard {
            name: String::new(),
            params: String::new(),
            calls: String::new(),
            prints: String::new(),
            delay: String::new(),
            between: false,
            blocking: false,
            thread: false,
            returns: String::new(),
            raise_at: String::new(),
            raise_type: "ValueError".to_string(),
            raise_message: String::new(),
            awaited: true,
        }
    }
}

/// How `main` runs the tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// `await asyncio.gather(f(), g())`
    #[default]
    Gather,
    /// `t = asyncio.create_task(f())` for each, then `await t` for those awaited.
    CreateTask,
    /// `await f()` then `await g()`: one after the other, to compare.
    Sequential,
    /// `async with asyncio.TaskGroup() as tg:`, `tg.create_task(f())` each.
    TaskGroup,
    /// A task each, then `for next_done in asyncio.as_completed(tasks)`.
    AsCompleted,
    /// A task each, then `asyncio.wait(tasks, return_when=FIRST_COMPLETED)`.
    Wait,
}

impl Mode {
    pub const ALL: [Mode; 6] = [
        Mode::Gather,
        Mode::CreateTask,
        Mode::Sequential,
        Mode::TaskGroup,
        Mode::AsCompleted,
        Mode::Wait,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Mode::Gather => "gather",
            Mode::CreateTask => "create_task",
            Mode::Sequential => "sequential",
            Mode::TaskGroup => "task_group",
            Mode::AsCompleted => "as_completed",
            Mode::Wait => "wait",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Mode::Gather => "asyncio.gather(...)",
            Mode::CreateTask => "asyncio.create_task(...) each",
            Mode::Sequential => "await each in turn",
            Mode::TaskGroup => "async with asyncio.TaskGroup()",
            Mode::AsCompleted => "asyncio.as_completed(...): in finishing order",
            Mode::Wait => "asyncio.wait(...): until the first finishes",
        }
    }

    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The shape of `main`.
#[derive(Debug, Clone, PartialEq)]
pub struct MainForm {
    pub mode: Mode,
    /// `gather(..., return_exceptions=True)`
    pub return_exceptions: bool,
    /// With gather: `group = gather(...)`, `print(group)` before awaiting it.
    pub print_group: bool,
    /// With gather: `tasks = [f(a), f(b)]`, then `gather(*tasks)`.
    pub as_list: bool,
    /// Print what the awaits return.
    pub print_results: bool,
    /// How many tasks may run their body at once, through an
    /// `asyncio.Semaphore`; empty for no limit.
    pub limit: String,
    /// Seconds before `main` gives up; empty for never.
    pub timeout: String,
    /// The timeout applies to each call (`asyncio.wait_for`) rather than to
    /// the whole of `main`'s work (`async with asyncio.timeout(...)`).
    pub timeout_each: bool,
}

impl Default for MainForm {
    fn default() -> MainForm {
        MainForm {
            mode: Mode::Gather,
            return_exceptions: false,
            print_group: false,
            as_list: false,
            print_results: true,
            limit: String::new(),
            timeout: String::new(),
            timeout_each: false,
        }
    }
}

impl Default for Scenario {
    /// The blank scenario: one task that counts to three.
    fn default() -> Scenario {
        Scenario {
            tasks: vec![TaskCard {
                name: "count".into(),
                prints: "1 2 3".into(),
                delay: "0.1".into(),
                returns: "'done'".into(),
                ..TaskCard::default()
            }],
            main: MainForm::default(),
        }
    }
}

impl Scenario {
    /// Whether the program needs asyncio's Python half (TaskGroup,
    /// Semaphore, `asyncio.timeout`, `to_thread`...): only the build with
    /// feature `asyncio-py` compiles it, and the page's other builds hand
    /// the form over to that one.
    pub fn needs_asyncio_py(&self) -> bool {
        let main = &self.main;
        !matches!(
            main.mode,
            Mode::Gather | Mode::CreateTask | Mode::Sequential
        ) || !main.limit.trim().is_empty()
            || !main.timeout.trim().is_empty()
            || self.tasks.iter().any(|t| t.thread)
    }

    /// The scenario as compact JSON, for links and local storage.
    pub fn to_json(&self) -> String {
        json::to_json(self)
    }

    /// Reads a scenario from a link or storage; the error names the field
    /// (`tasks[0].delay`) or the character where the JSON goes wrong.
    /// Missing fields take their defaults, so older links keep opening.
    pub fn from_json(text: &str) -> Result<Scenario, String> {
        json::from_json(text)
    }
}
