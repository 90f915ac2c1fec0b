//! The form's fields, in one table: every field of a task card and of
//! `main`, with the key that names it everywhere (the scenario's JSON, the
//! page's `data-field` attributes and element ids, `FieldError::field`),
//! what kind of value it holds, and the label and hint the form shows. The
//! JSON reader and writer, the compiler's errors and the page's form all
//! go through it, so that a field is added in one place.
//!
//! What does not live here: drawing the form (the `web` crate decides where
//! each field stands) and what a field's text means (`compile`).

use super::{MainForm, Mode, TaskCard};

/// A field's value, to read.
pub enum Value<'a> {
    Text(&'a str),
    Flag(bool),
    Mode(Mode),
}

/// A field's value, to write.
pub enum Slot<'a> {
    Text(&'a mut String),
    Flag(&'a mut bool),
    Mode(&'a mut Mode),
}

/// A field of a task card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardField {
    Name,
    Params,
    Calls,
    Prints,
    Delay,
    Between,
    Blocking,
    Thread,
    Returns,
    RaiseAt,
    RaiseType,
    RaiseMessage,
    Awaited,
}

impl CardField {
    /// In the order the JSON writes them.
    pub const ALL: [CardField; 13] = [
        CardField::Name,
        CardField::Params,
        CardField::Calls,
        CardField::Prints,
        CardField::Delay,
        CardField::Between,
        CardField::Blocking,
        CardField::Thread,
        CardField::Returns,
        CardField::RaiseAt,
        CardField::RaiseType,
        CardField::RaiseMessage,
        CardField::Awaited,
    ];

    pub fn key(self) -> &'static str {
        self.about().0
    }

    /// The label the form shows.
    pub fn label(self) -> &'static str {
        self.about().1
    }

    /// The hint under a text field (empty for none).
    pub fn hint(self) -> &'static str {
        self.about().2
    }

    fn about(self) -> (&'static str, &'static str, &'static str) {
        match self {
            CardField::Name => ("name", "Name", "the async function's name"),
            CardField::Params => (
                "params",
                "Parameters",
                "e.g. x, or source, delay; empty for none",
            ),
            CardField::Calls => (
                "calls",
                "Calls",
                "one argument per call: 20, 100, 200 (a tuple each with several parameters)",
            ),
            CardField::Prints => (
                "prints",
                "Prints, step by step",
                "separated by spaces: 0 1 2 3 4; quote a step with spaces; {x} inserts a parameter",
            ),
            CardField::Delay => (
                "delay",
                "Sleep after each step (s)",
                "e.g. 0.5, or a parameter; empty: no sleep",
            ),
            CardField::Between => (
                "between",
                "sleep only between steps, not after the last",
                "",
            ),
            CardField::Blocking => (
                "blocking",
                "block the loop: time.sleep instead of await asyncio.sleep",
                "",
            ),
            CardField::Thread => (
                "thread",
                "run in a thread: a plain def, called with asyncio.to_thread (sleeps with time.sleep)",
                "",
            ),
            CardField::Returns => (
                "returns",
                "Returns",
                "a Python expression, e.g. x * x; empty returns None",
            ),
            CardField::RaiseAt => ("raise_at", "Raises at step", "empty: never raises"),
            CardField::RaiseType => ("raise_type", "Exception", ""),
            CardField::RaiseMessage => ("raise_message", "Message", ""),
            CardField::Awaited => ("awaited", "main awaits its tasks", ""),
        }
    }

    pub fn by_key(key: &str) -> Option<CardField> {
        CardField::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn get(self, card: &TaskCard) -> Value<'_> {
        match self {
            CardField::Name => Value::Text(&card.name),
            CardField::Params => Value::Text(&card.params),
            CardField::Calls => Value::Text(&card.calls),
            CardField::Prints => Value::Text(&card.prints),
            CardField::Delay => Value::Text(&card.delay),
            CardField::Between => Value::Flag(card.between),
            CardField::Blocking => Value::Flag(card.blocking),
            CardField::Thread => Value::Flag(card.thread),
            CardField::Returns => Value::Text(&card.returns),
            CardField::RaiseAt => Value::Text(&card.raise_at),
            CardField::RaiseType => Value::Text(&card.raise_type),
            CardField::RaiseMessage => Value::Text(&card.raise_message),
            CardField::Awaited => Value::Flag(card.awaited),
        }
    }

    pub fn slot(self, card: &mut TaskCard) -> Slot<'_> {
        match self {
            CardField::Name => Slot::Text(&mut card.name),
            CardField::Params => Slot::Text(&mut card.params),
            CardField::Calls => Slot::Text(&mut card.calls),
            CardField::Prints => Slot::Text(&mut card.prints),
            CardField::Delay => Slot::Text(&mut card.delay),
            CardField::Between => Slot::Flag(&mut card.between),
            CardField::Blocking => Slot::Flag(&mut card.blocking),
            CardField::Thread => Slot::Flag(&mut card.thread),
            CardField::Returns => Slot::Text(&mut card.returns),
            CardField::RaiseAt => Slot::Text(&mut card.raise_at),
            CardField::RaiseType => Slot::Text(&mut card.raise_type),
            CardField::RaiseMessage => Slot::Text(&mut card.raise_message),
            CardField::Awaited => Slot::Flag(&mut card.awaited),
        }
    }
}

/// A field of `main`'s form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainField {
    Mode,
    ReturnExceptions,
    PrintGroup,
    AsList,
    PrintResults,
    Limit,
    Timeout,
    TimeoutEach,
}

impl MainField {
    /// In the order the JSON writes them.
    pub const ALL: [MainField; 8] = [
        MainField::Mode,
        MainField::ReturnExceptions,
        MainField::PrintGroup,
        MainField::AsList,
        MainField::PrintResults,
        MainField::Limit,
        MainField::Timeout,
        MainField::TimeoutEach,
    ];

    pub fn key(self) -> &'static str {
        self.about().0
    }

    pub fn by_key(key: &str) -> Option<MainField> {
        MainField::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The label the form shows.
    pub fn label(self) -> &'static str {
        self.about().1
    }

    /// The hint under a text field (empty for none).
    pub fn hint(self) -> &'static str {
        self.about().2
    }

    fn about(self) -> (&'static str, &'static str, &'static str) {
        match self {
            MainField::Mode => ("mode", "Run the tasks with", ""),
            MainField::ReturnExceptions => ("return_exceptions", "return_exceptions=True", ""),
            MainField::PrintGroup => (
                "print_group",
                "print the gather future before awaiting it",
                "",
            ),
            MainField::AsList => (
                "as_list",
                "build a list first: tasks = [...], then gather(*tasks)",
                "",
            ),
            MainField::PrintResults => ("print_results", "print the results", ""),
            MainField::Limit => (
                "limit",
                "At most this many at once",
                "an asyncio.Semaphore(n) around each task; empty: no limit",
            ),
            MainField::Timeout => ("timeout", "Timeout (s)", "empty: no timeout"),
            MainField::TimeoutEach => (
                "timeout_each",
                "on each task (asyncio.wait_for), not the whole (asyncio.timeout)",
                "",
            ),
        }
    }

    /// The mode this option applies to, if only one.
    pub fn only_in(self) -> Option<Mode> {
        match self {
            MainField::ReturnExceptions | MainField::PrintGroup | MainField::AsList => {
                Some(Mode::Gather)
            }
            MainField::Mode
            | MainField::PrintResults
            | MainField::Limit
            | MainField::Timeout
            | MainField::TimeoutEach => None,
        }
    }

    pub fn get(self, main: &MainForm) -> Value<'_> {
        match self {
            MainField::Mode => Value::Mode(main.mode),
            MainField::ReturnExceptions => Value::Flag(main.return_exceptions),
            MainField::PrintGroup => Value::Flag(main.print_group),
            MainField::AsList => Value::Flag(main.as_list),
            MainField::PrintResults => Value::Flag(main.print_results),
            MainField::Limit => Value::Text(&main.limit),
            MainField::Timeout => Value::Text(&main.timeout),
            MainField::TimeoutEach => Value::Flag(main.timeout_each),
        }
    }

    pub fn slot(self, main: &mut MainForm) -> Slot<'_> {
        match self {
            MainField::Mode => Slot::Mode(&mut main.mode),
            MainField::ReturnExceptions => Slot::Flag(&mut main.return_exceptions),
            MainField::PrintGroup => Slot::Flag(&mut main.print_group),
            MainField::AsList => Slot::Flag(&mut main.as_list),
            MainField::PrintResults => Slot::Flag(&mut main.print_results),
            MainField::Limit => Slot::Text(&mut main.limit),
            MainField::Timeout => Slot::Text(&mut main.timeout),
            MainField::TimeoutEach => Slot::Flag(&mut main.timeout_each),
        }
    }
}
