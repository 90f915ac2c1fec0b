//! What stops Python code: a Python exception, which the program may catch,
//! or an Interleave limit or refusal, which ends the run with a message.

use crate::value::Exc;
use std::fmt;

/// Why evaluation did not produce a value.
#[derive(Debug, Clone)]
pub enum Raise {
    /// A Python exception, raised and caught with Python's rules.
    Exc(Exc),
    /// The run must stop: not catchable by the program. Boxed, as it is
    /// rare, to keep every `Result` of the interpreter small.
    Stop(Box<RunError>),
}

impl From<RunError> for Raise {
    fn from(e: RunError) -> Raise {
        Raise::Stop(Box::new(e))
    }
}

impl From<Exc> for Raise {
    fn from(e: Exc) -> Raise {
        Raise::Exc(e)
    }
}

/// An Interleave-level reason to stop a run. CPython would not print these:
/// they mark where the model ends, never a different answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunError {
    pub kind: RunErrorKind,
    pub message: String,
    /// The program's line the run stopped at, when a statement stopped it
    /// (Code mode's instructions know their lines).
    pub line: Option<u32>,
    /// The column (from 1) on that line, 0 when not known: of the attribute
    /// or operator the stop is about when the line holds it once, else of
    /// the statement (`SourceMap::column_in`). A `u16`, which fits in
    /// the struct's padding: a larger `RunError` costs the page's modules
    /// a copy at every place one is moved.
    pub column: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunErrorKind {
    /// The program uses something the model does not cover.
    Unsupported,
    /// The task budget or a size limit was exceeded.
    Limit,
    /// The step budget ran out: the program may loop forever. How to raise
    /// the budget is the front end's to say (the CLI's `--max-steps`).
    StepBudget,
    /// Every task waits and no timer is left: CPython would hang forever.
    Deadlock,
    /// An invariant of the engine broke: a bug in Interleave, not in the
    /// program.
    Internal,
}

impl RunError {
    /// Whether this stop is Interleave's refusal (something the model does
    /// not cover, or a size it does not reach), not the program's own
    /// behaviour (an endless run, or a wait CPython would never end). The
    /// front ends show a refusal instead of the run's output, as if it came
    /// before anything ran: the engine is deterministic, so the run that
    /// found it is the run the learner would have watched, and half a run
    /// that stops on Interleave's account would show output CPython never
    /// stops at.
    pub fn is_refusal(&self) -> bool {
        matches!(self.kind, RunErrorKind::Unsupported | RunErrorKind::Limit)
    }

    /// A stop of `kind`, not yet placed in the program.
    pub fn new(kind: RunErrorKind, message: impl Into<String>) -> RunError {
        RunError {
            kind,
            message: message.into(),
            line: None,
            column: 0,
        }
    }

    pub fn unsupported(message: impl Into<String>) -> Raise {
        RunError::new(RunErrorKind::Unsupported, message).into()
    }

    pub fn internal(message: impl Into<String>) -> RunError {
        RunError::new(RunErrorKind::Internal, message)
    }

    /// What the page's first download, built without Code mode's library,
    /// says of what it leaves out: the page loads it with Code mode.
    #[cfg(not(feature = "code"))]
    pub fn needs_code_mode(what: &str) -> Raise {
        RunError::unsupported(format!(
            "{what} comes with Code mode; press “Edit as code” to load it and run this program there"
        ))
    }

    pub fn limit(message: impl Into<String>) -> Raise {
        RunError::new(RunErrorKind::Limit, message).into()
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            RunErrorKind::Unsupported => "not supported",
            RunErrorKind::Limit | RunErrorKind::StepBudget => "limit reached",
            RunErrorKind::Deadlock => "the program would never finish",
            RunErrorKind::Internal => "internal error (please report it)",
        };
        write!(f, "interleave: {what}")?;
        if let Some(line) = self.line {
            write!(f, " (line {line}")?;
            if self.column != 0 {
                write!(f, ", column {}", u32::from(self.column))?;
            }
            f.write_str(")")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The tail of every refusal of what a build leaves out because only
/// asyncio's Python half has it (feature `asyncio-py`): in the page, Code
/// mode's first module, which then loads the second and hands over.
const NEEDS_ASYNCIO_PY: &str =
    " comes with asyncio's Python half (Lock, Queue, TaskGroup, wait...), which this build leaves out";

/// The refusal for what needs asyncio's Python half, in a build without it.
pub fn needs_asyncio_py(what: &str) -> String {
    format!("{what}{NEEDS_ASYNCIO_PY}")
}

/// Is `message` the refusal `needs_asyncio_py` makes? The page's Code mode
/// loads the module that has it when a program is refused so.
pub fn is_needs_asyncio_py(message: &str) -> bool {
    message.ends_with(NEEDS_ASYNCIO_PY)
}
