//! Python exceptions: the classes the subset knows, their hierarchy (for
//! `except` matching), and how an instance prints.
//!
//! Raising and unwinding live in the interpreter; this module only describes.

use super::format::UserFormat;
use super::Value;
use crate::error::Raise;
use std::rc::Rc;

/// An exception class. The hierarchy is CPython's, restricted to these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    BaseException,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    RuntimeError,
    RecursionError,
    NameError,
    UnboundLocalError,
    AttributeError,
    OSError,
    /// Also `asyncio.TimeoutError`, which is the same class since 3.11:
    /// what `asyncio.wait_for` raises.
    TimeoutError,
    /// `asyncio.CancelledError`: a `BaseException`, so `except Exception`
    /// does not swallow a cancellation.
    CancelledError,
    /// `asyncio.InvalidStateError`
    InvalidStateError,
    /// What a failed `assert` raises.
    AssertionError,
    /// What an async iterator's `__anext__()` raises at its end, which
    /// ends an `async for`.
    StopAsyncIteration,
    /// What `next()` raises at a generator's or an iterator's end, with
    /// the generator's return value (Code mode).
    #[cfg(feature = "code")]
    StopIteration,
    /// What `aclose()` throws into an async generator paused at a
    /// `yield`: a `BaseException`, so `except Exception` lets it through.
    GeneratorExit,
    /// Mostly in an `except` clause (`try: asyncio.run(main()) except
    /// KeyboardInterrupt:`): no learner presses Ctrl-C in a model, so
    /// only the program raises it. Leaving a task's step or a callback, it
    /// stops the loop as `SystemExit` does (`engine::task`). Code mode's
    /// first module has it in `except` clauses only (not in `ALL`).
    KeyboardInterrupt,
    /// `BaseExceptionGroup` and `ExceptionGroup` (`exception_group.rs`):
    /// what a failing `TaskGroup` raises, and what `except*` splits.
    /// `ExceptionGroup` derives from both `BaseExceptionGroup` and
    /// `Exception`, the one place the hierarchy is not a chain
    /// (`is_subclass_of`).
    #[cfg(feature = "asyncio-py")]
    BaseExceptionGroup,
    #[cfg(feature = "asyncio-py")]
    ExceptionGroup,
    // More of the builtin classes, in asyncio's module (Code mode's hands
    // a program naming them over).
    /// What an abstract method raises (`raise NotImplementedError`).
    #[cfg(feature = "asyncio-py")]
    NotImplementedError,
    /// What a simulated network call raises, with its four subclasses.
    #[cfg(feature = "asyncio-py")]
    ConnectionError,
    #[cfg(feature = "asyncio-py")]
    BrokenPipeError,
    #[cfg(feature = "asyncio-py")]
    ConnectionAbortedError,
    #[cfg(feature = "asyncio-py")]
    ConnectionRefusedError,
    #[cfg(feature = "asyncio-py")]
    ConnectionResetError,
    #[cfg(feature = "asyncio-py")]
    FileNotFoundError,
    #[cfg(feature = "asyncio-py")]
    PermissionError,
    /// `dataclasses.FrozenInstanceError`: assigning a field of a frozen
    /// dataclass's instance (`interp::dataclasses`).
    #[cfg(feature = "asyncio-py")]
    FrozenInstanceError,
    /// What `sys.exit()` raises: uncaught at the module level, it ends
    /// the program with its `code` (`engine::runner`).
    #[cfg(feature = "asyncio-py")]
    SystemExit,
}

impl ExcKind {
    /// Every class a program may name in `raise` or `except`.
    pub const ALL: &'static [ExcKind] = &[
        ExcKind::BaseException,
        ExcKind::Exception,
        ExcKind::ArithmeticError,
        ExcKind::ZeroDivisionError,
        ExcKind::OverflowError,
        ExcKind::LookupError,
        ExcKind::KeyError,
        ExcKind::IndexError,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::RuntimeError,
        ExcKind::RecursionError,
        ExcKind::NameError,
        ExcKind::UnboundLocalError,
        ExcKind::AttributeError,
        ExcKind::OSError,
        ExcKind::TimeoutError,
        ExcKind::CancelledError,
        ExcKind::InvalidStateError,
        ExcKind::AssertionError,
        ExcKind::StopAsyncIteration,
        #[cfg(feature = "code")]
        ExcKind::StopIteration,
        ExcKind::GeneratorExit,
        #[cfg(feature = "asyncio-py")]
        ExcKind::BaseExceptionGroup,
        #[cfg(feature = "asyncio-py")]
        ExcKind::ExceptionGroup,
        #[cfg(feature = "asyncio-py")]
        ExcKind::NotImplementedError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::ConnectionError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::BrokenPipeError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::ConnectionAbortedError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::ConnectionRefusedError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::ConnectionResetError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::FileNotFoundError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::PermissionError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::FrozenInstanceError,
        #[cfg(feature = "asyncio-py")]
        ExcKind::SystemExit,
        #[cfg(feature = "asyncio-py")]
        ExcKind::KeyboardInterrupt,
    ];

    /// `type(e).__name__`
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BaseException => "BaseException",
            ExcKind::Exception => "Exception",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::LookupError => "LookupError",
            ExcKind::KeyError => "KeyError",
            ExcKind::IndexError => "IndexError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::OSError => "OSError",
            ExcKind::TimeoutError => "TimeoutError",
            ExcKind::CancelledError => "CancelledError",
            ExcKind::InvalidStateError => "InvalidStateError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::StopAsyncIteration => "StopAsyncIteration",
            #[cfg(feature = "code")]
            ExcKind::StopIteration => "StopIteration",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            #[cfg(feature = "asyncio-py")]
            ExcKind::SystemExit => "SystemExit",
            #[cfg(feature = "asyncio-py")]
            ExcKind::BaseExceptionGroup => "BaseExceptionGroup",
            #[cfg(feature = "asyncio-py")]
            ExcKind::ExceptionGroup => "ExceptionGroup",
            #[cfg(feature = "asyncio-py")]
            ExcKind::NotImplementedError => "NotImplementedError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::ConnectionError => "ConnectionError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::BrokenPipeError => "BrokenPipeError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::ConnectionAbortedError => "ConnectionAbortedError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::ConnectionRefusedError => "ConnectionRefusedError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::ConnectionResetError => "ConnectionResetError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::FileNotFoundError => "FileNotFoundError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::PermissionError => "PermissionError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::FrozenInstanceError => "FrozenInstanceError",
        }
    }

    /// The name a traceback's last line uses: builtins bare, asyncio's
    /// classes with their module, as CPython prints them.
    pub fn qualified_name(self) -> &'static str {
        match self {
            ExcKind::CancelledError => "asyncio.exceptions.CancelledError",
            ExcKind::InvalidStateError => "asyncio.exceptions.InvalidStateError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::FrozenInstanceError => "dataclasses.FrozenInstanceError",
            other => other.name(),
        }
    }

    /// How the class is written in source: asyncio's need their module.
    pub fn source_name(self) -> &'static str {
        match self {
            ExcKind::CancelledError => "asyncio.CancelledError",
            ExcKind::InvalidStateError => "asyncio.InvalidStateError",
            #[cfg(feature = "asyncio-py")]
            ExcKind::FrozenInstanceError => "dataclasses.FrozenInstanceError",
            other => other.name(),
        }
    }

    /// The class named `name` in source, builtins only (asyncio's are
    /// attributes of the `asyncio` module).
    pub fn builtin(name: &str) -> Option<ExcKind> {
        #[cfg(feature = "asyncio-py")]
        if let Some(k) = ExcKind::alias(name) {
            return Some(k);
        }
        ExcKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == name && k.source_name() == name)
    }

    /// Other names of a builtin class: `OSError`'s (`IOError is OSError`).
    #[cfg(feature = "asyncio-py")]
    fn alias(name: &str) -> Option<ExcKind> {
        matches!(name, "IOError" | "EnvironmentError").then_some(ExcKind::OSError)
    }

    /// The class named by an `except` clause or a program model's `type`
    /// field: a builtin name or `asyncio.CancelledError`.
    pub fn from_source(name: &str) -> Option<ExcKind> {
        // `asyncio.exceptions` is where asyncio's classes are defined.
        #[cfg(feature = "code")]
        if let Some(class) = name.strip_prefix("asyncio.exceptions.") {
            return ExcKind::from_source(&format!("asyncio.{class}"));
        }
        if name == "asyncio.TimeoutError" {
            return Some(ExcKind::TimeoutError);
        }
        #[cfg(feature = "code")]
        if name == "KeyboardInterrupt" {
            return Some(ExcKind::KeyboardInterrupt);
        }
        #[cfg(feature = "asyncio-py")]
        if let Some(k) = ExcKind::alias(name) {
            return Some(k);
        }
        ExcKind::ALL
            .iter()
            .copied()
            .find(|k| k.source_name() == name)
    }

    /// Does it stop the loop where it leaves a task's step or a callback,
    /// as `Task.__step` and `Handle._run` let `SystemExit` and
    /// `KeyboardInterrupt` through?
    #[cfg(feature = "asyncio-py")]
    pub fn stops_the_loop(self) -> bool {
        matches!(self, ExcKind::SystemExit | ExcKind::KeyboardInterrupt)
    }

    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | CancelledError | KeyboardInterrupt | GeneratorExit => BaseException,
            #[cfg(feature = "asyncio-py")]
            SystemExit => BaseException,
            #[cfg(feature = "asyncio-py")]
            BaseExceptionGroup => BaseException,
            // Its other base, `BaseExceptionGroup`, is `is_subclass_of`'s.
            #[cfg(feature = "asyncio-py")]
            ExceptionGroup => Exception,
            ArithmeticError | LookupError | ValueError | TypeError | RuntimeError | NameError
            | AttributeError | OSError | InvalidStateError | AssertionError
            | StopAsyncIteration => Exception,
            #[cfg(feature = "code")]
            StopIteration => Exception,
            TimeoutError => OSError,
            ZeroDivisionError | OverflowError => ArithmeticError,
            KeyError | IndexError => LookupError,
            RecursionError => RuntimeError,
            UnboundLocalError => NameError,
            #[cfg(feature = "asyncio-py")]
            NotImplementedError => RuntimeError,
            #[cfg(feature = "asyncio-py")]
            ConnectionError => OSError,
            #[cfg(feature = "asyncio-py")]
            BrokenPipeError => ConnectionError,
            #[cfg(feature = "asyncio-py")]
            ConnectionAbortedError => ConnectionError,
            #[cfg(feature = "asyncio-py")]
            ConnectionRefusedError => ConnectionError,
            #[cfg(feature = "asyncio-py")]
            ConnectionResetError => ConnectionError,
            #[cfg(feature = "asyncio-py")]
            FileNotFoundError => OSError,
            #[cfg(feature = "asyncio-py")]
            PermissionError => OSError,
            #[cfg(feature = "asyncio-py")]
            FrozenInstanceError => AttributeError,
        })
    }

    /// `issubclass(self, other)`
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        #[cfg(feature = "asyncio-py")]
        if self == ExcKind::ExceptionGroup && other == ExcKind::BaseExceptionGroup {
            return true;
        }
        let mut k = Some(self);
        while let Some(c) = k {
            if c == other {
                return true;
            }
            k = c.parent();
        }
        false
    }
}

/// An exception instance: its class and the arguments it was built with.
#[derive(Debug)]
pub struct Exception {
    /// Its class, or for an instance of a class the program derived
    /// from one (`class`), the builtin class that one derives from.
    pub kind: ExcKind,
    /// What the class was called with: its `args`, unless `__init__`
    /// gave `BaseException.__init__` others (`args_set`).
    args: Vec<Value>,
    /// What CPython's report of this exception, uncaught, adds after the
    /// message: `. Did you mean: 'print'?` for a NameError or
    /// AttributeError the interpreter raised (`closed_world::suggest`).
    /// `str(e)` leaves it out, as CPython's does.
    pub suggestion: Option<Box<str>>,
    /// What the exception's traceback keeps alive: the variables of each
    /// frame it left on its way up, one entry per frame, innermost first.
    /// CPython frees them only when the exception goes, so a failed task
    /// or a coroutine that never ran that one of them held is reported
    /// then (`engine::freed`): by reference counting innermost frame first
    /// (`tb_dealloc` lets go of the next traceback entry before its own
    /// frame), which is the order this field drops in.
    traceback_holds: std::cell::RefCell<Vec<Vec<Value>>>,
    /// `__cause__`, `__context__` and the rest of how it is chained to
    /// other exceptions (`chaining.rs`; Code mode: the forms handle no
    /// exceptions).
    #[cfg(feature = "code")]
    pub(super) chaining: super::chaining::Chaining,
    /// The program's class this is an instance of, if it is one (`class
    /// FetchError(Exception)`), and what its `__init__` assigned.
    #[cfg(feature = "code")]
    pub class: Option<Rc<super::class::ClassObj>>,
    #[cfg(feature = "code")]
    pub attrs: super::class::Attrs,
    /// `args` as `super().__init__(message)` (or `e.args = ...`) set
    /// them, replacing what the class was called with.
    #[cfg(feature = "code")]
    args_set: std::cell::RefCell<Option<Vec<Value>>>,
    /// Raised out of `asyncio.run` as main's task's exception: the task
    /// (which `run_until_complete`'s frame, in its traceback, holds) and
    /// it are a reference cycle, which only CPython's garbage collector
    /// frees.
    #[cfg(feature = "code")]
    pub escaped_run: std::cell::Cell<bool>,
    /// An exception group's `exceptions` (`exception_group.rs`); `None`
    /// for any other exception.
    #[cfg(feature = "asyncio-py")]
    pub(super) group: Option<Rc<super::exception_group::Group>>,
    /// Which traceback it has: a new mark each time it is raised or
    /// passes into another frame, as CPython's traceback object changes
    /// then; a bare `raise` keeps it. What `except*` compares to tell an
    /// exception its handler re-raised from one it raised
    /// (`exception_group::prep_reraise_star`). 0: never raised.
    #[cfg(feature = "asyncio-py")]
    pub(super) traceback_mark: std::cell::Cell<u32>,
}

/// Exceptions are shared: the one raised in a task is the one gather returns
/// and the one `except ... as e` binds.
pub type Exc = Rc<Exception>;

impl Exception {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Exc {
        let message: String = message.into();
        Exception::with_args(kind, vec![Value::Str(message.into())])
    }

    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> Exc {
        Rc::new(Exception::made(kind, args, None))
    }

    /// A new exception of `kind`, with nothing chained, kept or assigned.
    fn made(kind: ExcKind, args: Vec<Value>, suggestion: Option<Box<str>>) -> Exception {
        Exception {
            kind,
            args,
            suggestion,
            traceback_holds: Default::default(),
            #[cfg(feature = "code")]
            chaining: Default::default(),
            #[cfg(feature = "code")]
            class: None,
            #[cfg(feature = "code")]
            attrs: Default::default(),
            #[cfg(feature = "code")]
            args_set: Default::default(),
            #[cfg(feature = "code")]
            escaped_run: Default::default(),
            #[cfg(feature = "asyncio-py")]
            group: None,
            #[cfg(feature = "asyncio-py")]
            traceback_mark: Default::default(),
        }
    }

    /// An exception the interpreter raises, with the suggestion CPython's
    /// report of it adds.
    pub fn with_suggestion(
        kind: ExcKind,
        message: impl Into<String>,
        suggestion: Option<String>,
    ) -> Exc {
        let message: String = message.into();
        Rc::new(Exception::made(
            kind,
            vec![Value::Str(message.into())],
            suggestion.map(String::into_boxed_str),
        ))
    }

    pub fn bare(kind: ExcKind) -> Exc {
        Exception::with_args(kind, vec![])
    }

    /// The last line of the interpreter's report of this exception
    /// uncaught: the traceback line and any suggestion.
    /// The traceback leaves a frame that held `values` (nothing is kept
    /// for a frame that held nothing reported as it is freed).
    pub fn keep_frame(&self, values: Vec<Value>) {
        if !values.is_empty() {
            self.traceback_holds.borrow_mut().push(values);
        }
    }

    /// Whether the traceback keeps any value `f` accepts.
    pub fn traceback_keeps(&self, f: impl Fn(&Value) -> bool) -> bool {
        self.traceback_holds.borrow().iter().flatten().any(f)
    }

    /// Lets go of what the traceback keeps, to be freed by the caller: one
    /// entry per frame, innermost first.
    pub fn take_traceback(&self) -> Vec<Vec<Value>> {
        self.traceback_holds.take()
    }

    /// `SystemExit.code`: what the program assigned to it, else its one
    /// argument, None without any, or the tuple of its arguments (as
    /// `SystemExit_init` sets it). A subclass with an `__init__` or a
    /// `code` of its own may set it otherwise, or not at all: refused.
    #[cfg(feature = "asyncio-py")]
    pub fn exit_code(&self) -> Result<Value, Raise> {
        if let Some(code) = self.attrs.get("code") {
            return Ok(code);
        }
        // `code` was set from the arguments the exception was made with.
        if self.args_set.borrow().is_some() {
            return Err(crate::error::RunError::unsupported(
                "the code of a SystemExit whose `args` were assigned after it was made is not supported yet; make a new SystemExit",
            ));
        }
        if let Some(class) = &self.class {
            if class.lookup("__init__").is_some() || class.lookup("code").is_some() {
                return Err(crate::error::RunError::unsupported(format!(
                    "the code of {}, a subclass of SystemExit with an `__init__` or a `code` of its own, is not supported yet; call `sys.exit(code)`",
                    class.name
                )));
            }
        }
        let args = self.args();
        Ok(match &args[..] {
            [] => Value::None,
            [one] => one.clone(),
            _ => Value::tuple(args.into_owned()),
        })
    }

    /// A report's lines for this exception: each exception of its
    /// `__context__` chain first, oldest first, then "During handling of
    /// the above exception, another exception occurred:", as CPython's
    /// traceback printing goes (frames left out). `suggestion`: the
    /// interpreter's own report adds "Did you mean" to each last line,
    /// the `traceback` module's (asyncio's logged reports) does not.
    /// The error is a refusal met running the program's `__str__`.
    // Without Code mode no exception has a context: the pushes then follow
    // the `Vec::new()` directly.
    #[allow(clippy::vec_init_then_push)]
    pub fn report_lines(
        self: &Exc,
        suggestion: bool,
        user: &mut dyn UserFormat,
    ) -> Result<Vec<String>, Raise> {
        #[cfg(feature = "asyncio-py")]
        if super::group_report::needed(self) {
            return super::group_report::lines(self, suggestion, user);
        }
        let mut lines = Vec::new();
        #[cfg(feature = "code")]
        self.report_chain(&mut lines, suggestion, user)?;
        // One raised from C code alone (an async generator's `aclose()`
        // straight from `Task.__step`) has no traceback to announce.
        #[cfg(feature = "code")]
        let traced = self.was_raised();
        #[cfg(not(feature = "code"))]
        let traced = true;
        if traced {
            lines.push("Traceback (most recent call last):".to_string());
        }
        lines.push(self.last_line(suggestion, user)?);
        #[cfg(feature = "asyncio-py")]
        lines.extend(self.note_lines("", user)?);
        Ok(lines)
    }

    /// The last line of a traceback: `TypeError: can't multiply ...`, with
    /// `<exception str() failed>` for the text of an exception whose
    /// `__str__` raised, as both the `traceback` module and the
    /// interpreter write it.
    pub(crate) fn last_line(
        self: &Exc,
        suggestion: bool,
        user: &mut dyn UserFormat,
    ) -> Result<String, Raise> {
        let text = match Value::Exception(self.clone()).try_to_str(user) {
            Err(Raise::Exc(_)) => "<exception str() failed>".to_string(),
            other => other?,
        };
        #[cfg(feature = "code")]
        let name: std::borrow::Cow<'_, str> = match &self.class {
            // The program's classes are `__main__`'s, which a report
            // leaves out, as it does `builtins`.
            Some(class) => format!("{}{}", class.report_prefix(), class.name).into(),
            None => self.kind.qualified_name().into(),
        };
        #[cfg(not(feature = "code"))]
        let name = self.kind.qualified_name();
        let mut line = if text.is_empty() {
            name.to_string()
        } else {
            format!("{name}: {text}")
        };
        if suggestion {
            line.push_str(self.suggestion.as_deref().unwrap_or(""));
        }
        Ok(line)
    }

    /// `e.add_note(note)` (PEP 678): appends to `e.__notes__`, made a list
    /// the first time, as `BaseException_add_note` does.
    #[cfg(feature = "asyncio-py")]
    pub fn add_note(&self, note: Value) -> Result<(), Raise> {
        use super::ops::type_error;
        if !matches!(note, Value::Str(_)) {
            return Err(type_error(format!(
                "note must be a str, not '{}'",
                note.cpython_type_name()
            )));
        }
        let notes = match self.attrs.get("__notes__") {
            Some(notes) => notes,
            None => {
                let notes = Value::list(Vec::new());
                self.attrs.set(&"__notes__".into(), notes.clone());
                notes
            }
        };
        match &notes {
            Value::List(items) => {
                items.borrow_mut().push(note);
                Ok(())
            }
            _ => Err(type_error(
                "Cannot add note: __notes__ is not a list".into(),
            )),
        }
    }

    /// The lines a report prints after the exception's own
    /// (`print_exception_notes`): each note's `str` (`<note str() failed>`
    /// if it raises), its lines each after `margin` (an exception group's
    /// box, or nothing), then a line break, so that a note ending in one
    /// leaves an empty line outside the box. A `__notes__` that is neither
    /// a list nor a tuple is refused (CPython then prints its repr with no
    /// line break after it).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn note_lines(
        &self,
        margin: &str,
        user: &mut dyn UserFormat,
    ) -> Result<Vec<String>, Raise> {
        let notes =
            match self.attrs.get("__notes__") {
                None => return Ok(Vec::new()),
                Some(Value::List(items)) => items.borrow().clone(),
                Some(Value::Tuple(items)) => items.to_vec(),
                Some(_) => return Err(crate::error::RunError::unsupported(
                    "an exception's `__notes__` that is not a list or a tuple is not supported yet",
                )),
            };
        let mut text = String::new();
        for note in notes {
            match note.try_to_str(user) {
                Err(Raise::Exc(_)) => text.push_str("<note str() failed>"),
                Err(stop) => return Err(stop),
                Ok(note) => {
                    // `str.splitlines(keepends=True)`'s line breaks.
                    let mut line = String::new();
                    let mut chars = note.chars().peekable();
                    while let Some(c) = chars.next() {
                        line.push(c);
                        let ends = match c {
                            '\r' if chars.peek() == Some(&'\n') => {
                                line.push(chars.next().unwrap_or('\n'));
                                true
                            }
                            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}'
                            | '\u{2028}' | '\u{2029}' => true,
                            _ => false,
                        };
                        if ends {
                            text.push_str(margin);
                            text.push_str(&std::mem::take(&mut line));
                        }
                    }
                    if !line.is_empty() {
                        text.push_str(margin);
                        text.push_str(&line);
                    }
                }
            }
            text.push('\n');
        }
        text.pop();
        Ok(text.split('\n').map(str::to_string).collect())
    }

    /// The last line of a traceback, with no program code run: for tests
    /// and Interleave's own messages.
    pub fn traceback_line(self: &Exc) -> String {
        self.last_line(false, &mut super::format::NoUserFormat)
            .unwrap_or_else(|_| self.name().to_string())
    }

    /// `e.args`
    pub fn args(&self) -> std::borrow::Cow<'_, [Value]> {
        #[cfg(feature = "code")]
        if let Some(set) = &*self.args_set.borrow() {
            return std::borrow::Cow::Owned(set.clone());
        }
        std::borrow::Cow::Borrowed(&self.args)
    }

    /// Sets `e.args`, returning what it held, to be dropped by the caller
    /// (dropping may report).
    #[cfg(feature = "code")]
    pub fn set_args(&self, args: Vec<Value>) -> Vec<Value> {
        let old = self.args_set.replace(Some(args));
        old.unwrap_or_default()
    }

    /// `type(e).__name__`
    pub fn name(&self) -> &'static str {
        #[cfg(feature = "code")]
        if let Some(class) = &self.class {
            return class.name;
        }
        self.kind.name()
    }

    /// An instance of the program's exception class `class` (derived
    /// from the builtin `kind`), made with `args`, before its `__init__`.
    #[cfg(feature = "code")]
    pub fn of_class(kind: ExcKind, class: Rc<super::class::ClassObj>, args: Vec<Value>) -> Exc {
        Rc::new(Exception {
            class: Some(class),
            ..Exception::made(kind, args, None)
        })
    }
}
