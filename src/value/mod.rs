//! Python values as the interpreter sees them, and the rules that make them
//! behave like CPython's: `str`/`repr` (`format`), operators and their error
//! messages (`ops`), and exceptions (`exception`).
//!
//! Objects owned by the event loop (tasks, futures) are shared with the engine
//! through `Rc`; this module only names them and prints them.

use crate::collect::CollectVec;
#[cfg(feature = "code")]
mod chaining;
#[cfg(feature = "code")]
pub mod class;
pub mod decimal;
pub mod dict;
pub mod exception;
#[cfg(feature = "asyncio-py")]
pub mod exception_group;
pub mod format;
#[cfg(feature = "code")]
pub mod format_spec;
#[cfg(feature = "code")]
pub mod generator;
#[cfg(feature = "asyncio-py")]
mod group_report;
pub mod iter;
#[cfg(feature = "code")]
mod key_index;
// The first download runs the forms' programs, whose dicts hold a few
// keys: no index, and none of its code.
#[cfg(not(feature = "code"))]
#[path = "no_key_index.rs"]
mod key_index;
pub mod list;
pub mod ops;
mod printable;
#[cfg(feature = "asyncio-py")]
pub mod protocols;
#[cfg(feature = "asyncio-py")]
pub mod set;
pub mod subscript;

use crate::engine::futures::FutRef;
use crate::program::Name;
pub use exception::{Exc, ExcKind, Exception};
use std::cell::RefCell;
use std::rc::Rc;

/// A Python value.
#[derive(Debug, Clone)]
pub enum Value {
    None,
    Bool(bool),
    /// Python's ints are unbounded; ours are 64-bit and overflow is reported
    /// as an Interleave limit, never wrapped silently.
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    /// Lists are mutable and shared, as in Python (`append` is seen by every
    /// name bound to the list).
    List(Rc<list::List>),
    Tuple(Rc<Tuple>),
    /// Mutable and shared, like lists.
    Dict(Rc<RefCell<dict::Dict>>),
    /// `d.keys()`, `d.values()` or `d.items()`: a live view of the dict.
    DictView(Rc<RefCell<dict::Dict>>, dict::DictPart),
    /// `enumerate(...)` or `zip(...)`: consumed as it is iterated.
    Iterator(Rc<RefCell<iter::Iter>>),
    /// Shared, so that a `Value` stays three words.
    Range(Rc<Range>),
    Exception(Exc),
    /// A class used as a value: `int`, `ValueError`, `type(x)`.
    Class(Class),
    /// A function defined by the program.
    Function(Rc<FunctionObj>),
    Builtin(Builtin),
    Module(Module),
    /// `obj.method` before it is called.
    Method(Rc<(Value, Name)>),
    Coroutine(Rc<Coroutine>),
    /// A Task or a Future (such as `_GatheringFuture`) owned by the loop.
    Future(FutRef),
    /// A class the program defined (`class`), and its instances.
    #[cfg(feature = "code")]
    UserClass(Rc<class::ClassObj>),
    #[cfg(feature = "code")]
    Instance(Rc<class::Instance>),
    /// `obj.method` of a method the program defined: the object, and the
    /// function it is passed to as `self`.
    #[cfg(feature = "code")]
    BoundMethod(Rc<(Value, Rc<FunctionObj>)>),
    /// `super()` in a method of the class, for the object: looks past
    /// the class.
    #[cfg(feature = "code")]
    Super(Rc<(Rc<class::ClassObj>, Value)>),
    /// The traceback of the exception it holds, as `__exit__` is passed
    /// it: an object only shown and passed on (its frames, `tb_lineno` and
    /// the rest are not modelled).
    #[cfg(feature = "code")]
    Traceback(Exc),
    /// What calling a generator function returns, plain or async.
    #[cfg(feature = "code")]
    Generator(Rc<generator::Generator>),
    /// `functools.partial(func, *args, **kwargs)`.
    #[cfg(feature = "code")]
    Partial(Rc<Partial>),
    /// `staticmethod(f)`, `classmethod(f)` or `property(fget)`: what a
    /// class attribute holding one gives when read (`interp::classes`).
    #[cfg(feature = "asyncio-py")]
    Descriptor(Rc<class::Descriptor>),
    /// `asyncio.get_running_loop()`: the loop of one `asyncio.run`.
    #[cfg(feature = "asyncio-py")]
    Loop(Rc<EventLoopObj>),
    /// What `loop.call_soon` and `call_later` return.
    #[cfg(feature = "asyncio-py")]
    Handle(Rc<crate::engine::callbacks::CallHandle>),
    /// A `set`: a dict's keys, its values unused (`set.rs` says what of
    /// it is modelled, and in which order it is iterated).
    #[cfg(feature = "asyncio-py")]
    Set(Rc<RefCell<set::Set>>),
}

/// `functools.partial(func, *args, **kwargs)`: calling it calls `func`
/// with `args` before the call's own, and `kwargs` updated by the call's
/// (`interp::builtins::unwrap_partial`).
#[cfg(feature = "code")]
#[derive(Debug)]
pub struct Partial {
    pub func: Value,
    pub args: Vec<Value>,
    pub kwargs: Vec<(Name, Value)>,
}

/// An event loop as the program holds it: which `asyncio.run` it is (by
/// identity), and whether that one has closed it. What the loop does is
/// the engine's; this is only what the program can see of it.
#[cfg(feature = "asyncio-py")]
#[derive(Debug, Default)]
pub struct EventLoopObj {
    pub closed: std::cell::Cell<bool>,
    /// Whether it runs now (`is_running()`, its repr): the engine's loop
    /// state sets it as it opens and stops (`LoopState::set_open`).
    pub running: std::cell::Cell<bool>,
    /// `set_exception_handler(handler)`: what the loop calls with
    /// `(loop, context)` instead of logging its reports
    /// (`Runtime::call_exception_handler`).
    pub exception_handler: RefCell<Option<Value>>,
}

/// Python's `str.isspace` for one character, what `str.split()` and
/// `str.strip()` remove: Unicode's White_Space (Rust's `is_whitespace`) and
/// the four information separators U+001C to U+001F, which Python counts
/// because their bidirectional class is B or S. (`int()` and `float()`
/// strip White_Space only: `int("\x1c3")` is a ValueError.)
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// A function the program defines: made once per run (`Runtime`), so
/// that naming it costs a reference count, not an allocation.
#[derive(Debug)]
pub struct FunctionObj {
    /// Its index in `Program::functions`.
    pub index: usize,
    /// `__qualname__`, which its `repr` shows. `functools.wraps` gives a
    /// wrapper the name of what it wraps.
    pub name: RefCell<Name>,
    /// The program it is defined in: a call binds its arguments to the
    /// definition's parameters.
    pub program: Rc<crate::program::Program>,
    /// Its parameters' defaults, one per parameter, evaluated when the
    /// function was made: a mutable one is shared by every call that
    /// leaves it out, as in CPython.
    pub defaults: Vec<Option<Value>>,
    /// The cells of the functions around it that it reads (its
    /// `__closure__`), in the order of its free variables.
    #[cfg(feature = "code")]
    pub closure: Closure,
    /// Whether it is an async generator function (`Function::is_generator`,
    /// read once here rather than at every call).
    #[cfg(feature = "code")]
    pub generator: bool,
    /// Its `__dict__`: what the program assigns (`wrapper.calls = 0`, a
    /// decorator counting calls) and what `functools.wraps` copies and
    /// sets (`__wrapped__`).
    #[cfg(feature = "asyncio-py")]
    pub attrs: class::Attrs,
    /// An assigned `__doc__` (by the program, or `functools.wraps`), which
    /// CPython keeps in the function, apart from its `__dict__`; `None`:
    /// the docstring.
    #[cfg(feature = "asyncio-py")]
    pub doc: RefCell<Option<Value>>,
}

/// A variable shared between a function's frame and the functions defined
/// in it: a cell, empty while the variable has no value.
#[cfg(feature = "code")]
pub type Cell = Rc<RefCell<Option<Value>>>;

/// A function's closure: none for one that reads no variable of a
/// function around it, which is nearly every one.
#[cfg(feature = "code")]
pub type Closure = Option<Rc<Vec<Cell>>>;

impl FunctionObj {
    /// Its `__qualname__`.
    pub fn name(&self) -> Name {
        self.name.borrow().clone()
    }

    /// Its definition.
    pub fn def(&self) -> &crate::program::Function {
        &self.program.functions[self.index]
    }
}

/// The builtin classes a bare name can refer to.
pub(crate) static BUILTIN_TYPES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    #[cfg(feature = "asyncio-py")]
    "set",
];

/// What a global name the program does not bind means, if the engine
/// models it: a builtin function, a module, an exception class or a
/// builtin class. The one table of global names: the interpreter looks
/// names up here, and the validator and the forms' compiler accept them
/// from here.
pub fn builtin_global(name: &str) -> Option<Value> {
    // The module's own name: a script runs as `__main__`.
    if name == "__name__" {
        return Some(Value::str("__main__"));
    }
    if let Some(b) = Builtin::by_name(name) {
        return Some(Value::Builtin(b));
    }
    if let Some(m) = Module::by_name(name) {
        return Some(Value::Module(m));
    }
    if let Some(k) = ExcKind::builtin(name) {
        return Some(Value::Class(Class::Exception(k)));
    }
    #[cfg(feature = "asyncio-py")]
    if name == "object" {
        return Some(Value::UserClass(class::object_class()));
    }
    BUILTIN_TYPES
        .iter()
        .find(|t| **t == name)
        .map(|t| Value::Class(Class::Type(t)))
}

/// Is this method of the object written in Python (bound, as CPython
/// shows it), not in C? Of the futures' methods, only
/// `_GatheringFuture.cancel` (`tasks.py`); the rest are `_asyncio`'s.
pub(crate) fn is_python_method(m: &(Value, Name)) -> bool {
    // (asyncio's loop is written in Python: `loop_method_owner`.)
    #[cfg(feature = "asyncio-py")]
    if matches!(m.0, Value::Loop(_)) {
        return true;
    }
    &*m.1 == "cancel"
        && matches!(&m.0, Value::Future(f) if matches!(f.kind, crate::engine::futures::FutKind::Gathering))
}

/// The class that defines the loop's method `name` (its `__qualname__`'s
/// first part): asyncio's loop is written in Python, in `BaseEventLoop`
/// but for the Unix loop's own `close`.
#[cfg(feature = "asyncio-py")]
pub(crate) fn loop_method_owner(name: &str) -> &'static str {
    match name {
        "close" => "_UnixSelectorEventLoop",
        _ => "BaseEventLoop",
    }
}

/// The type whose method `m` is, read from the type (`str.lower`, a
/// `method_descriptor`): called with the object first
/// (`interp::builtins::call_unbound`). `None` for a method read from an
/// object, and for `dict.fromkeys`, a class method.
#[cfg(feature = "asyncio-py")]
pub(crate) fn unbound_owner(receiver: &Value, name: &str) -> Option<&'static str> {
    match receiver {
        Value::Class(Class::Type(t @ ("str" | "list" | "dict" | "set"))) if name != "fromkeys" => {
            Some(t)
        }
        _ => None,
    }
}

/// `range(start, stop, step)`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The classes a program can name or get from `type(x)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Builtin types, by `__name__`: `int`, `str`, `NoneType`, `coroutine`...
    Type(&'static str),
    Exception(ExcKind),
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Type(n) => n,
            Class::Exception(k) => k.name(),
        }
    }
}

/// Builtin functions and module functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Repr,
    Len,
    Range,
    Type,
    Sleep,
    Gather,
    CreateTask,
    AsyncioRun,
    TimeSleep,
    Enumerate,
    Zip,
    Sum,
    Min,
    Max,
    Sorted,
    Any,
    All,
    Abs,
    Isinstance,
    Round,
    Format,
    PerfCounter,
    /// `time.monotonic`: the same virtual clock, under its own name.
    Monotonic,
    /// `time.time`: the same virtual clock again (seconds since the run
    /// began, not since 1970: what timing code subtracts is the same).
    #[cfg(feature = "code")]
    Time,
    /// `time.strftime(format)`: the virtual clock's time, read as a date
    /// from the Unix epoch in UTC (`interp::strftime`).
    #[cfg(feature = "asyncio-py")]
    Strftime,
    #[cfg(feature = "code")]
    WaitFor,
    #[cfg(feature = "code")]
    CurrentTask,
    #[cfg(feature = "asyncio-py")]
    GetRunningLoop,
    #[cfg(feature = "asyncio-py")]
    EnsureFuture,
    #[cfg(feature = "asyncio-py")]
    AllTasks,
    #[cfg(feature = "asyncio-py")]
    GetEventLoop,
    #[cfg(feature = "asyncio-py")]
    NewEventLoop,
    #[cfg(feature = "asyncio-py")]
    SetEventLoop,
    /// `asyncio.iscoroutine`, `asyncio.iscoroutinefunction`.
    #[cfg(feature = "asyncio-py")]
    IsCoroutine,
    #[cfg(feature = "asyncio-py")]
    IsCoroutineFunction,
    /// `random`'s functions: the bound methods of its hidden `Random`
    /// instance (`interp/random.rs`).
    #[cfg(feature = "asyncio-py")]
    RandomRandom,
    #[cfg(feature = "asyncio-py")]
    RandomGetrandbits,
    #[cfg(feature = "asyncio-py")]
    RandomSeed,
    #[cfg(feature = "asyncio-py")]
    RandomUniform,
    #[cfg(feature = "asyncio-py")]
    RandomRandint,
    #[cfg(feature = "asyncio-py")]
    RandomRandrange,
    #[cfg(feature = "asyncio-py")]
    RandomChoice,
    #[cfg(feature = "asyncio-py")]
    RandomShuffle,
    #[cfg(feature = "asyncio-py")]
    RandomSample,
    #[cfg(feature = "asyncio-py")]
    RandomChoices,
    /// `functools.wraps(wrapped)`: a decorator that gives the function it
    /// decorates `wrapped`'s name (`interp/builtins.rs`; asyncio's
    /// module: Code mode's hands a program using it over).
    #[cfg(feature = "asyncio-py")]
    Wraps,
    /// `functools.partial(func, *args, **kwargs)` (`Value::Partial`).
    #[cfg(feature = "code")]
    Partial,
    /// `super(class, obj)`: the compiler gives a method's `super()` its
    /// class and first argument (`interp::classes`).
    #[cfg(feature = "code")]
    Super,
    /// `iter(x)` and `next(it, default)` (`interp/iterables.rs`).
    #[cfg(feature = "code")]
    Iter,
    #[cfg(feature = "code")]
    Next,
    /// `property`, `staticmethod`, `classmethod`: classes in CPython,
    /// whose instances are `Value::Descriptor`s (asyncio's module; Code
    /// mode's hands a program using them over).
    #[cfg(feature = "asyncio-py")]
    Property,
    #[cfg(feature = "asyncio-py")]
    StaticMethod,
    #[cfg(feature = "asyncio-py")]
    ClassMethod,
    /// `divmod(a, b)` and `map(func, *iterables)` (`Iter::Map`).
    #[cfg(feature = "asyncio-py")]
    Divmod,
    #[cfg(feature = "asyncio-py")]
    Pow,
    #[cfg(feature = "asyncio-py")]
    Map,
    /// `getattr`, `hasattr`, `setattr`: attribute access by a name held
    /// in a string.
    #[cfg(feature = "asyncio-py")]
    Getattr,
    #[cfg(feature = "asyncio-py")]
    Hasattr,
    #[cfg(feature = "asyncio-py")]
    Setattr,
    /// `callable(obj)` (`interp::builtins::callable`).
    #[cfg(feature = "asyncio-py")]
    Callable,
    /// `reversed`, `filter` and `functools.reduce` (`interp/iterables.rs`).
    #[cfg(feature = "asyncio-py")]
    Reversed,
    #[cfg(feature = "asyncio-py")]
    Filter,
    #[cfg(feature = "asyncio-py")]
    Reduce,
    /// `chr`, `ord`, `bin`, `hex`, `oct` (`interp/convert.rs`).
    #[cfg(feature = "asyncio-py")]
    Chr,
    #[cfg(feature = "asyncio-py")]
    Ord,
    #[cfg(feature = "asyncio-py")]
    Bin,
    #[cfg(feature = "asyncio-py")]
    Hex,
    #[cfg(feature = "asyncio-py")]
    Oct,
    /// `vars(obj)`: the object's `__dict__` (`class::Attrs`).
    #[cfg(feature = "asyncio-py")]
    Vars,
    /// `anext(iterator)`.
    #[cfg(feature = "asyncio-py")]
    Anext,
    /// `aiter(iterable)`.
    #[cfg(feature = "asyncio-py")]
    Aiter,
    /// `issubclass(cls, classinfo)` (`interp/convert.rs`).
    #[cfg(feature = "asyncio-py")]
    Issubclass,
    /// `NotImplemented`: not a function but the singleton a comparison
    /// method returns to let the other operand's method answer
    /// (`ops::rich`). Calling it is a TypeError (`builtins::call`).
    #[cfg(feature = "asyncio-py")]
    NotImplemented,
    /// `dataclasses.dataclass` and `dataclasses.field`.
    #[cfg(feature = "asyncio-py")]
    Dataclass,
    #[cfg(feature = "asyncio-py")]
    Field,
    /// A method `dataclass` made (`__init__`, `__repr__`, `__eq__`...),
    /// as the class's dict holds it; which one is the name it is held
    /// under (`interp::dataclasses`).
    #[cfg(feature = "asyncio-py")]
    DataclassMethod,
    /// `functools.total_ordering`, and an ordering it made from the
    /// class's `root` one (`interp::total_ordering`).
    #[cfg(feature = "asyncio-py")]
    TotalOrdering,
    #[cfg(feature = "asyncio-py")]
    OrderingFrom(crate::program::CmpOp),
    /// `heapq`'s functions (`interp/heapq.rs`).
    #[cfg(feature = "asyncio-py")]
    Heappush,
    #[cfg(feature = "asyncio-py")]
    Heappop,
    #[cfg(feature = "asyncio-py")]
    Heapify,
    #[cfg(feature = "asyncio-py")]
    Heapreplace,
    #[cfg(feature = "asyncio-py")]
    Heappushpop,
    /// `sys.exit`.
    #[cfg(feature = "asyncio-py")]
    SysExit,
    /// `_interleave.refuse(message)`: the library's Python refusing what
    /// the engine does not model, as the engine's own code does.
    #[cfg(feature = "asyncio-py")]
    LibraryRefuse,
    /// `_interleave.thread_name()`: `threading.current_thread().name`
    /// (`MainThread`, or a worker's, `asyncio_0`).
    #[cfg(feature = "asyncio-py")]
    ThreadName,
    /// `_interleave.context_current()`, `context_enter(ctx)` and
    /// `context_exit()`: the contexts entered on the thread running now,
    /// which `contextvars.py` keeps its variables in (`engine::contexts`).
    #[cfg(feature = "asyncio-py")]
    ContextCurrent,
    #[cfg(feature = "asyncio-py")]
    ContextEnter,
    #[cfg(feature = "asyncio-py")]
    ContextExit,
    /// `math`'s functions (`interp/math.rs`, which has their table).
    #[cfg(feature = "asyncio-py")]
    Math(crate::interp::math::MathFn),
}

impl Builtin {
    /// Whether it is a method a decorator made and put in a class's dict
    /// (`dataclass`'s, `total_ordering`'s): bound when read from an
    /// instance, run by `interp::builtins::call_made`.
    #[cfg(feature = "asyncio-py")]
    pub fn is_made_method(self) -> bool {
        matches!(self, Builtin::DataclassMethod | Builtin::OrderingFrom(_))
    }

    /// The builtin a bare name refers to (`print`, `len`...).
    pub fn by_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "print" => Builtin::Print,
            "repr" => Builtin::Repr,
            "len" => Builtin::Len,
            "range" => Builtin::Range,
            "type" => Builtin::Type,
            "enumerate" => Builtin::Enumerate,
            "zip" => Builtin::Zip,
            "sum" => Builtin::Sum,
            "min" => Builtin::Min,
            "max" => Builtin::Max,
            "sorted" => Builtin::Sorted,
            "any" => Builtin::Any,
            "all" => Builtin::All,
            "abs" => Builtin::Abs,
            "isinstance" => Builtin::Isinstance,
            "round" => Builtin::Round,
            "format" => Builtin::Format,
            #[cfg(feature = "code")]
            "iter" => Builtin::Iter,
            #[cfg(feature = "code")]
            "next" => Builtin::Next,
            #[cfg(feature = "code")]
            "super" => Builtin::Super,
            #[cfg(feature = "asyncio-py")]
            "property" => Builtin::Property,
            #[cfg(feature = "asyncio-py")]
            "staticmethod" => Builtin::StaticMethod,
            #[cfg(feature = "asyncio-py")]
            "classmethod" => Builtin::ClassMethod,
            #[cfg(feature = "asyncio-py")]
            "divmod" => Builtin::Divmod,
            #[cfg(feature = "asyncio-py")]
            "pow" => Builtin::Pow,
            #[cfg(feature = "asyncio-py")]
            "map" => Builtin::Map,
            #[cfg(feature = "asyncio-py")]
            "getattr" => Builtin::Getattr,
            #[cfg(feature = "asyncio-py")]
            "hasattr" => Builtin::Hasattr,
            #[cfg(feature = "asyncio-py")]
            "callable" => Builtin::Callable,
            #[cfg(feature = "asyncio-py")]
            "reversed" => Builtin::Reversed,
            #[cfg(feature = "asyncio-py")]
            "filter" => Builtin::Filter,
            #[cfg(feature = "asyncio-py")]
            "chr" => Builtin::Chr,
            #[cfg(feature = "asyncio-py")]
            "ord" => Builtin::Ord,
            #[cfg(feature = "asyncio-py")]
            "bin" => Builtin::Bin,
            #[cfg(feature = "asyncio-py")]
            "hex" => Builtin::Hex,
            #[cfg(feature = "asyncio-py")]
            "oct" => Builtin::Oct,
            #[cfg(feature = "asyncio-py")]
            "setattr" => Builtin::Setattr,
            #[cfg(feature = "asyncio-py")]
            "vars" => Builtin::Vars,
            #[cfg(feature = "asyncio-py")]
            "anext" => Builtin::Anext,
            #[cfg(feature = "asyncio-py")]
            "aiter" => Builtin::Aiter,
            #[cfg(feature = "asyncio-py")]
            "issubclass" => Builtin::Issubclass,
            #[cfg(feature = "asyncio-py")]
            "NotImplemented" => Builtin::NotImplemented,
            _ => return None,
        })
    }

    /// Where CPython keeps it: `builtins`, `asyncio` or `time`.
    pub fn owner(self) -> &'static str {
        match self {
            Builtin::Sleep | Builtin::Gather | Builtin::CreateTask | Builtin::AsyncioRun => {
                "asyncio"
            }
            #[cfg(feature = "code")]
            Builtin::WaitFor | Builtin::CurrentTask => "asyncio",
            #[cfg(feature = "asyncio-py")]
            Builtin::GetRunningLoop
            | Builtin::EnsureFuture
            | Builtin::AllTasks
            | Builtin::GetEventLoop
            | Builtin::NewEventLoop
            | Builtin::SetEventLoop
            | Builtin::IsCoroutine
            | Builtin::IsCoroutineFunction => "asyncio",
            Builtin::TimeSleep | Builtin::PerfCounter | Builtin::Monotonic => "time",
            #[cfg(feature = "code")]
            Builtin::Time => "time",
            #[cfg(feature = "asyncio-py")]
            Builtin::Strftime => "time",
            #[cfg(feature = "asyncio-py")]
            b if b.is_random() => "random",
            #[cfg(feature = "code")]
            Builtin::Partial => "functools",
            #[cfg(feature = "asyncio-py")]
            Builtin::Wraps => "functools",
            #[cfg(feature = "asyncio-py")]
            Builtin::TotalOrdering | Builtin::Reduce => "functools",
            #[cfg(feature = "asyncio-py")]
            Builtin::Dataclass | Builtin::Field => "dataclasses",
            #[cfg(feature = "asyncio-py")]
            Builtin::Heappush
            | Builtin::Heappop
            | Builtin::Heapify
            | Builtin::Heapreplace
            | Builtin::Heappushpop => "heapq",
            #[cfg(feature = "asyncio-py")]
            Builtin::SysExit => "sys",
            #[cfg(feature = "asyncio-py")]
            Builtin::LibraryRefuse
            | Builtin::ThreadName
            | Builtin::ContextCurrent
            | Builtin::ContextEnter
            | Builtin::ContextExit => "_interleave",
            #[cfg(feature = "asyncio-py")]
            Builtin::Math(_) => "math",
            _ => "builtins",
        }
    }

    /// Whether it is one of `random`'s (bound methods of a `Random`).
    #[cfg(feature = "asyncio-py")]
    pub fn is_random(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            RandomRandom
                | RandomGetrandbits
                | RandomSeed
                | RandomUniform
                | RandomRandint
                | RandomRandrange
                | RandomChoice
                | RandomShuffle
                | RandomSample
                | RandomChoices
        )
    }

    /// Whether it is a class (`range`, `functools.partial`): its type is
    /// `type`, and `isinstance` takes it.
    pub fn is_type(self) -> bool {
        use Builtin::*;
        #[cfg(feature = "code")]
        if matches!(self, Super | Partial) {
            return true;
        }
        #[cfg(feature = "asyncio-py")]
        if matches!(self, Map | Property | StaticMethod | ClassMethod) {
            return true;
        }
        matches!(self, Type | Range | Enumerate | Zip)
    }

    /// The builtin that is the type of a value, where there is one:
    /// `type(range(3)) is range`.
    pub fn type_of(v: &Value) -> Option<Builtin> {
        Some(match v.type_name() {
            "range" => Builtin::Range,
            "type" => Builtin::Type,
            #[cfg(feature = "code")]
            "enumerate" => Builtin::Enumerate,
            #[cfg(feature = "code")]
            "zip" => Builtin::Zip,
            #[cfg(feature = "code")]
            "partial" => Builtin::Partial,
            #[cfg(feature = "asyncio-py")]
            "map" => Builtin::Map,
            _ => return None,
        })
    }

    /// Whether `random`'s is a C method of `_random.Random` rather than
    /// one `random.py` defines.
    #[cfg(feature = "asyncio-py")]
    pub fn is_c_method(self) -> bool {
        matches!(self, Builtin::RandomRandom | Builtin::RandomGetrandbits)
    }

    /// Whether CPython's is a function written in Python (asyncio's are):
    /// its type is `function` and its repr `<function sleep at 0x…>`.
    pub fn is_python_function(self) -> bool {
        // `get_running_loop` and `get_event_loop` are `_asyncio`'s, in C.
        #[cfg(feature = "asyncio-py")]
        if matches!(self, Builtin::GetRunningLoop | Builtin::GetEventLoop) {
            return false;
        }
        self.owner() == "asyncio"
    }

    /// `builtin_function_or_method` repr name, e.g. `print`, `sleep`.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Repr => "repr",
            Builtin::Len => "len",
            Builtin::Range => "range",
            Builtin::Type => "type",
            Builtin::Sleep => "sleep",
            Builtin::Gather => "gather",
            Builtin::CreateTask => "create_task",
            Builtin::AsyncioRun => "run",
            Builtin::TimeSleep => "sleep",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Sum => "sum",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Sorted => "sorted",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Abs => "abs",
            Builtin::Isinstance => "isinstance",
            Builtin::Round => "round",
            Builtin::Format => "format",
            Builtin::PerfCounter => "perf_counter",
            Builtin::Monotonic => "monotonic",
            #[cfg(feature = "code")]
            Builtin::Time => "time",
            #[cfg(feature = "asyncio-py")]
            Builtin::Strftime => "strftime",
            #[cfg(feature = "code")]
            Builtin::WaitFor => "wait_for",
            #[cfg(feature = "code")]
            Builtin::CurrentTask => "current_task",
            #[cfg(feature = "asyncio-py")]
            Builtin::GetRunningLoop => "get_running_loop",
            #[cfg(feature = "asyncio-py")]
            Builtin::EnsureFuture => "ensure_future",
            #[cfg(feature = "asyncio-py")]
            Builtin::AllTasks => "all_tasks",
            #[cfg(feature = "asyncio-py")]
            Builtin::GetEventLoop => "get_event_loop",
            #[cfg(feature = "asyncio-py")]
            Builtin::NewEventLoop => "new_event_loop",
            #[cfg(feature = "asyncio-py")]
            Builtin::SetEventLoop => "set_event_loop",
            #[cfg(feature = "asyncio-py")]
            Builtin::IsCoroutine => "iscoroutine",
            #[cfg(feature = "asyncio-py")]
            Builtin::IsCoroutineFunction => "iscoroutinefunction",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomRandom => "random",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomGetrandbits => "getrandbits",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomSeed => "seed",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomUniform => "uniform",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomRandint => "randint",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomRandrange => "randrange",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomChoice => "choice",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomShuffle => "shuffle",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomSample => "sample",
            #[cfg(feature = "asyncio-py")]
            Builtin::RandomChoices => "choices",
            #[cfg(feature = "asyncio-py")]
            Builtin::Wraps => "wraps",
            #[cfg(feature = "code")]
            Builtin::Partial => "partial",
            #[cfg(feature = "code")]
            Builtin::Super => "super",
            #[cfg(feature = "code")]
            Builtin::Iter => "iter",
            #[cfg(feature = "code")]
            Builtin::Next => "next",
            #[cfg(feature = "asyncio-py")]
            Builtin::Property => "property",
            #[cfg(feature = "asyncio-py")]
            Builtin::StaticMethod => "staticmethod",
            #[cfg(feature = "asyncio-py")]
            Builtin::ClassMethod => "classmethod",
            #[cfg(feature = "asyncio-py")]
            Builtin::Divmod => "divmod",
            #[cfg(feature = "asyncio-py")]
            Builtin::Pow => "pow",
            #[cfg(feature = "asyncio-py")]
            Builtin::Map => "map",
            #[cfg(feature = "asyncio-py")]
            Builtin::Getattr => "getattr",
            #[cfg(feature = "asyncio-py")]
            Builtin::Hasattr => "hasattr",
            #[cfg(feature = "asyncio-py")]
            Builtin::Callable => "callable",
            #[cfg(feature = "asyncio-py")]
            Builtin::Reversed => "reversed",
            #[cfg(feature = "asyncio-py")]
            Builtin::Filter => "filter",
            #[cfg(feature = "asyncio-py")]
            Builtin::Reduce => "reduce",
            #[cfg(feature = "asyncio-py")]
            Builtin::Chr => "chr",
            #[cfg(feature = "asyncio-py")]
            Builtin::Ord => "ord",
            #[cfg(feature = "asyncio-py")]
            Builtin::Bin => "bin",
            #[cfg(feature = "asyncio-py")]
            Builtin::Hex => "hex",
            #[cfg(feature = "asyncio-py")]
            Builtin::Oct => "oct",
            #[cfg(feature = "asyncio-py")]
            Builtin::Setattr => "setattr",
            #[cfg(feature = "asyncio-py")]
            Builtin::Vars => "vars",
            #[cfg(feature = "asyncio-py")]
            Builtin::Anext => "anext",
            #[cfg(feature = "asyncio-py")]
            Builtin::Aiter => "aiter",
            #[cfg(feature = "asyncio-py")]
            Builtin::NotImplemented => "NotImplemented",
            #[cfg(feature = "asyncio-py")]
            Builtin::Issubclass => "issubclass",
            #[cfg(feature = "asyncio-py")]
            Builtin::Dataclass => "dataclass",
            #[cfg(feature = "asyncio-py")]
            Builtin::Field => "field",
            #[cfg(feature = "asyncio-py")]
            Builtin::DataclassMethod => "<dataclass method>",
            #[cfg(feature = "asyncio-py")]
            Builtin::TotalOrdering => "total_ordering",
            #[cfg(feature = "asyncio-py")]
            Builtin::OrderingFrom(_) => "<total_ordering method>",
            #[cfg(feature = "asyncio-py")]
            Builtin::Heappush => "heappush",
            #[cfg(feature = "asyncio-py")]
            Builtin::Heappop => "heappop",
            #[cfg(feature = "asyncio-py")]
            Builtin::Heapify => "heapify",
            #[cfg(feature = "asyncio-py")]
            Builtin::Heapreplace => "heapreplace",
            #[cfg(feature = "asyncio-py")]
            Builtin::Heappushpop => "heappushpop",
            #[cfg(feature = "asyncio-py")]
            Builtin::SysExit => "exit",
            #[cfg(feature = "asyncio-py")]
            Builtin::LibraryRefuse => "refuse",
            #[cfg(feature = "asyncio-py")]
            Builtin::ThreadName => "thread_name",
            #[cfg(feature = "asyncio-py")]
            Builtin::ContextCurrent => "context_current",
            #[cfg(feature = "asyncio-py")]
            Builtin::ContextEnter => "context_enter",
            #[cfg(feature = "asyncio-py")]
            Builtin::ContextExit => "context_exit",
            #[cfg(feature = "asyncio-py")]
            Builtin::Math(f) => f.name(),
        }
    }
}

/// The modules a program imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    Asyncio,
    Time,
    #[cfg(feature = "asyncio-py")]
    Random,
    #[cfg(feature = "code")]
    Functools,
    #[cfg(feature = "asyncio-py")]
    Dataclasses,
    #[cfg(feature = "asyncio-py")]
    Heapq,
    /// Where asyncio defines its exception classes, also reached as
    /// `asyncio.exceptions` (asyncio's `__init__` imports it).
    #[cfg(feature = "asyncio-py")]
    AsyncioExceptions,
    /// What these export is asyncio's Python half's (`crate::asyncio_py`).
    #[cfg(feature = "asyncio-py")]
    Contextlib,
    #[cfg(feature = "asyncio-py")]
    Itertools,
    /// `sys.exit` and `sys.maxsize` only.
    #[cfg(feature = "asyncio-py")]
    Sys,
    /// Its exact functions (`interp/math.rs`).
    #[cfg(feature = "asyncio-py")]
    Math,
    /// `deque`, which asyncio's Python half has (`collections.py`).
    #[cfg(feature = "asyncio-py")]
    Collections,
    /// `dumps` (`json.py`).
    #[cfg(feature = "asyncio-py")]
    Json,
    /// `ContextVar`, `Context`, `Token`, `copy_context` (`contextvars.py`).
    #[cfg(feature = "asyncio-py")]
    Contextvars,
    /// What `logging.py` exports.
    #[cfg(feature = "asyncio-py")]
    Logging,
    /// What the library's Python asks of the engine (`refuse`,
    /// `thread_name`): importable by the library only.
    #[cfg(feature = "asyncio-py")]
    Interleave,
}

impl Module {
    pub fn by_name(name: &str) -> Option<Module> {
        match name {
            "asyncio" => Some(Module::Asyncio),
            "time" => Some(Module::Time),
            #[cfg(feature = "asyncio-py")]
            "random" => Some(Module::Random),
            #[cfg(feature = "code")]
            "functools" => Some(Module::Functools),
            #[cfg(feature = "asyncio-py")]
            "dataclasses" => Some(Module::Dataclasses),
            #[cfg(feature = "asyncio-py")]
            "heapq" => Some(Module::Heapq),
            #[cfg(feature = "asyncio-py")]
            "asyncio.exceptions" => Some(Module::AsyncioExceptions),
            #[cfg(feature = "asyncio-py")]
            "contextlib" => Some(Module::Contextlib),
            #[cfg(feature = "asyncio-py")]
            "itertools" => Some(Module::Itertools),
            #[cfg(feature = "asyncio-py")]
            "sys" => Some(Module::Sys),
            #[cfg(feature = "asyncio-py")]
            "math" => Some(Module::Math),
            #[cfg(feature = "asyncio-py")]
            "collections" => Some(Module::Collections),
            #[cfg(feature = "asyncio-py")]
            "json" => Some(Module::Json),
            #[cfg(feature = "asyncio-py")]
            "contextvars" => Some(Module::Contextvars),
            #[cfg(feature = "asyncio-py")]
            "logging" => Some(Module::Logging),
            #[cfg(feature = "asyncio-py")]
            "_interleave" => Some(Module::Interleave),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Module::Asyncio => "asyncio",
            Module::Time => "time",
            #[cfg(feature = "asyncio-py")]
            Module::Random => "random",
            #[cfg(feature = "code")]
            Module::Functools => "functools",
            #[cfg(feature = "asyncio-py")]
            Module::Dataclasses => "dataclasses",
            #[cfg(feature = "asyncio-py")]
            Module::Heapq => "heapq",
            #[cfg(feature = "asyncio-py")]
            Module::AsyncioExceptions => "asyncio.exceptions",
            #[cfg(feature = "asyncio-py")]
            Module::Contextlib => "contextlib",
            #[cfg(feature = "asyncio-py")]
            Module::Itertools => "itertools",
            #[cfg(feature = "asyncio-py")]
            Module::Sys => "sys",
            #[cfg(feature = "asyncio-py")]
            Module::Math => "math",
            #[cfg(feature = "asyncio-py")]
            Module::Collections => "collections",
            #[cfg(feature = "asyncio-py")]
            Module::Json => "json",
            #[cfg(feature = "asyncio-py")]
            Module::Contextvars => "contextvars",
            #[cfg(feature = "asyncio-py")]
            Module::Logging => "logging",
            #[cfg(feature = "asyncio-py")]
            Module::Interleave => "_interleave",
        }
    }

    /// Whether CPython builds it into the interpreter (its repr says
    /// `(built-in)` where others give the file it came from).
    pub fn is_builtin(self) -> bool {
        matches!(self.name(), "time" | "itertools" | "sys")
    }

    /// Whether the program may name `module.name`: what `attr` makes, or
    /// a class of asyncio's Python half (`crate::asyncio_py`), which the
    /// program's compilation links in.
    pub fn provides(self, name: &str) -> bool {
        #[cfg(feature = "code")]
        if crate::asyncio_py::exports(self.name(), name) {
            return true;
        }
        self.attr(name).is_some()
    }

    /// What `module.name` means, if the engine models it: the one table of
    /// the modules' attributes, which the interpreter looks up and the
    /// parser checks programs against. (In the page's first download,
    /// `asyncio.wait_for` and `current_task` are left to Code mode.)
    pub fn attr(self, name: &str) -> Option<Value> {
        let builtin = match (self, name) {
            (Module::Asyncio, "sleep") => Builtin::Sleep,
            (Module::Asyncio, "gather") => Builtin::Gather,
            (Module::Asyncio, "create_task") => Builtin::CreateTask,
            (Module::Asyncio, "run") => Builtin::AsyncioRun,
            #[cfg(feature = "code")]
            (Module::Asyncio, "wait_for") => Builtin::WaitFor,
            #[cfg(feature = "code")]
            (Module::Asyncio, "current_task") => Builtin::CurrentTask,
            // (With the loop's methods, part of asyncio's Python half's
            // needs: feature `asyncio-py`.)
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "get_running_loop") => Builtin::GetRunningLoop,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "ensure_future") => Builtin::EnsureFuture,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "all_tasks") => Builtin::AllTasks,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "get_event_loop") => Builtin::GetEventLoop,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "new_event_loop") => Builtin::NewEventLoop,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "set_event_loop") => Builtin::SetEventLoop,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "iscoroutine") => Builtin::IsCoroutine,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "iscoroutinefunction") => Builtin::IsCoroutineFunction,
            #[cfg(feature = "asyncio-py")]
            (Module::Asyncio, "exceptions") => {
                return Some(Value::Module(Module::AsyncioExceptions))
            }
            #[cfg(feature = "asyncio-py")]
            (Module::AsyncioExceptions, _) => {
                return Module::Asyncio
                    .attr(name)
                    .filter(|v| matches!(v, Value::Class(Class::Exception(_))))
            }
            (Module::Asyncio, _) => {
                // asyncio's future classes, for `isinstance` and
                // `asyncio.Future()`.
                #[cfg(feature = "asyncio-py")]
                if let Some(class) = ["Future", "Task"].into_iter().find(|c| *c == name) {
                    return Some(Value::Class(Class::Type(class)));
                }
                let kind = match name {
                    "CancelledError" => ExcKind::CancelledError,
                    "InvalidStateError" => ExcKind::InvalidStateError,
                    "TimeoutError" => ExcKind::TimeoutError,
                    _ => return None,
                };
                return Some(Value::Class(Class::Exception(kind)));
            }
            (Module::Time, "sleep") => Builtin::TimeSleep,
            (Module::Time, "perf_counter") => Builtin::PerfCounter,
            (Module::Time, "monotonic") => Builtin::Monotonic,
            #[cfg(feature = "code")]
            (Module::Time, "time") => Builtin::Time,
            #[cfg(feature = "asyncio-py")]
            (Module::Time, "strftime") => Builtin::Strftime,
            (Module::Time, _) => return None,
            #[cfg(feature = "asyncio-py")]
            (Module::Functools, "wraps") => Builtin::Wraps,
            #[cfg(feature = "code")]
            (Module::Functools, "partial") => Builtin::Partial,
            #[cfg(feature = "asyncio-py")]
            (Module::Functools, "total_ordering") => Builtin::TotalOrdering,
            #[cfg(feature = "asyncio-py")]
            (Module::Functools, "reduce") => Builtin::Reduce,
            #[cfg(feature = "code")]
            (Module::Functools, _) => return None,
            #[cfg(feature = "asyncio-py")]
            (Module::Dataclasses, "dataclass") => Builtin::Dataclass,
            #[cfg(feature = "asyncio-py")]
            (Module::Dataclasses, "field") => Builtin::Field,
            #[cfg(feature = "asyncio-py")]
            (Module::Dataclasses, "FrozenInstanceError") => {
                return Some(Value::Class(Class::Exception(ExcKind::FrozenInstanceError)))
            }
            #[cfg(feature = "asyncio-py")]
            (Module::Dataclasses, _) => return None,
            #[cfg(feature = "asyncio-py")]
            (
                Module::Contextlib
                | Module::Itertools
                | Module::Collections
                | Module::Json
                | Module::Contextvars
                | Module::Logging,
                _,
            ) => return None,
            #[cfg(feature = "asyncio-py")]
            (Module::Interleave, "refuse") => Builtin::LibraryRefuse,
            #[cfg(feature = "asyncio-py")]
            (Module::Interleave, "thread_name") => Builtin::ThreadName,
            #[cfg(feature = "asyncio-py")]
            (Module::Interleave, "context_current") => Builtin::ContextCurrent,
            #[cfg(feature = "asyncio-py")]
            (Module::Interleave, "context_enter") => Builtin::ContextEnter,
            #[cfg(feature = "asyncio-py")]
            (Module::Interleave, "context_exit") => Builtin::ContextExit,
            #[cfg(feature = "asyncio-py")]
            (Module::Interleave, _) => return None,
            #[cfg(feature = "asyncio-py")]
            (Module::Sys, "exit") => Builtin::SysExit,
            #[cfg(feature = "asyncio-py")]
            (Module::Sys, "maxsize") => return Some(Value::Int(i64::MAX)),
            #[cfg(feature = "asyncio-py")]
            (Module::Sys, _) => return None,
            #[cfg(feature = "asyncio-py")]
            (Module::Math, _) => {
                use crate::interp::math;
                if let Some((_, c)) = math::CONSTANTS.iter().find(|(n, _)| *n == name) {
                    return Some(Value::Float(*c));
                }
                Builtin::Math(math::MathFn::by_name(name)?)
            }
            #[cfg(feature = "asyncio-py")]
            (Module::Heapq, _) => match name {
                "heappush" => Builtin::Heappush,
                "heappop" => Builtin::Heappop,
                "heapify" => Builtin::Heapify,
                "heapreplace" => Builtin::Heapreplace,
                "heappushpop" => Builtin::Heappushpop,
                _ => return None,
            },
            #[cfg(feature = "asyncio-py")]
            (Module::Random, _) => match name {
                "random" => Builtin::RandomRandom,
                "getrandbits" => Builtin::RandomGetrandbits,
                "seed" => Builtin::RandomSeed,
                "uniform" => Builtin::RandomUniform,
                "randint" => Builtin::RandomRandint,
                "randrange" => Builtin::RandomRandrange,
                "choice" => Builtin::RandomChoice,
                "shuffle" => Builtin::RandomShuffle,
                "sample" => Builtin::RandomSample,
                "choices" => Builtin::RandomChoices,
                _ => return None,
            },
        };
        Some(Value::Builtin(builtin))
    }
}

#[derive(Debug)]
pub enum CoroBody {
    /// A program function called with these arguments (bound to parameters
    /// when the coroutine starts).
    Function {
        index: usize,
        name: Name,
        args: RefCell<Vec<Value>>,
        /// The function object's closure, until the coroutine starts: its
        /// frame holds it then, and a finished coroutine keeps none of its
        /// variables alive (CPython clears the frame, and with it `f_func`).
        #[cfg(feature = "code")]
        closure: RefCell<Closure>,
    },
    /// `asyncio.sleep(delay, result)`: the delay, and what awaiting it
    /// gives (`None` unless given).
    Sleep(Value, Value),
    /// One of `asyncio.run`'s own shutdown coroutines, which return at once.
    Internal(&'static str),
    /// `asyncio.wait_for(aw, timeout)`.
    #[cfg(feature = "code")]
    WaitFor { aw: Value, timeout: Value },
    /// What `agen.__anext__()` and `agen.asend(value)` return (CPython's
    /// `async_generator_asend`): awaiting it runs the generator to its
    /// next `yield`, which evaluates to the value (None for `__anext__`).
    /// (A plain generator's step is one too, run on a machine of its own:
    /// `interp::Compiled::resume`.)
    #[cfg(feature = "code")]
    AsyncGenNext(Rc<generator::Generator>, Value),
    /// What `agen.aclose()` (`None`) and `agen.athrow(exc)` return
    /// (CPython's `async_generator_athrow`): awaiting it throws
    /// `GeneratorExit`, or `exc`, in at the generator's `yield`. (A plain
    /// generator's `close()` and `throw()` too.)
    #[cfg(feature = "code")]
    AsyncGenClose(Rc<generator::Generator>, Option<exception::Exc>),
}

/// A coroutine object: what calling an `async def` (or `asyncio.sleep`)
/// returns. It runs only when awaited or wrapped in a task, and only once.
#[derive(Debug)]
pub struct Coroutine {
    pub body: CoroBody,
    /// Set when the coroutine is awaited or handed to a task; a second use is
    /// CPython's "cannot reuse already awaited coroutine".
    pub started: std::cell::Cell<bool>,
    /// Set when its body has returned or raised. A coroutine whose body is
    /// not Python code (`asyncio.sleep`'s) counts as finished once started.
    pub finished: std::cell::Cell<bool>,
    /// Set when a task is made for the coroutine, so that `gather` spots a
    /// coroutine given twice without hashing every argument.
    pub wrapped: std::cell::Cell<bool>,
    /// Where to say that the coroutine was freed without ever running (the
    /// program's own coroutines; asyncio's internal ones always run).
    #[cfg(feature = "code")]
    unawaited: Option<Rc<FreedLog>>,
}

impl Coroutine {
    /// Whether it has CPython's `__name__` and `__qualname__`: its
    /// function's as called (a coroutine of `async def`, `sleep`,
    /// `wait_for`); asyncio's others are not modelled so.
    #[cfg(feature = "asyncio-py")]
    pub fn is_named(&self) -> bool {
        matches!(
            self.body,
            CoroBody::Function { .. } | CoroBody::Sleep(..) | CoroBody::WaitFor { .. }
        )
    }

    pub fn new(body: CoroBody) -> Coroutine {
        Coroutine {
            body,
            started: std::cell::Cell::new(false),
            finished: std::cell::Cell::new(false),
            wrapped: std::cell::Cell::new(false),
            #[cfg(feature = "code")]
            unawaited: None,
        }
    }

    /// A coroutine the program made (by calling an `async def`,
    /// `asyncio.sleep` or `wait_for`): freed before it ever runs, it is
    /// logged in `log`, as CPython warns "coroutine ... was never awaited".
    pub fn made(body: CoroBody, _log: &Freed) -> Coroutine {
        #[allow(unused_mut)]
        let mut coro = Coroutine::new(body);
        #[cfg(feature = "code")]
        {
            coro.unawaited = Some(_log.0.clone());
        }
        coro
    }

    /// `__qualname__`, as CPython's messages name the coroutine.
    pub fn name(&self) -> &str {
        match &self.body {
            CoroBody::Function { name, .. } => name,
            CoroBody::Sleep(..) => "sleep",
            CoroBody::Internal(name) => name,
            #[cfg(feature = "code")]
            CoroBody::WaitFor { .. } => "wait_for",
            #[cfg(feature = "code")]
            CoroBody::AsyncGenNext(..) => "__anext__",
            #[cfg(feature = "code")]
            CoroBody::AsyncGenClose(..) => "aclose",
        }
    }

    /// The name as a shared string, for task records.
    pub fn name_rc(&self) -> Name {
        match &self.body {
            CoroBody::Function { name, .. } => name.clone(),
            _ => Name::from(self.name()),
        }
    }

    /// The arguments' reprs, for the trace.
    pub fn arg_reprs(&self) -> Vec<String> {
        match &self.body {
            CoroBody::Function { args, .. } => args.borrow().iter().map(Value::repr).collect_vec(),
            CoroBody::Sleep(delay, _) => vec![delay.repr()],
            CoroBody::Internal(_) => vec![],
            #[cfg(feature = "code")]
            CoroBody::WaitFor { aw, timeout } => vec![aw.repr(), timeout.repr()],
            #[cfg(feature = "code")]
            CoroBody::AsyncGenNext(..) => vec![],
            #[cfg(feature = "code")]
            CoroBody::AsyncGenClose(..) => vec![],
        }
    }
}

/// What CPython reports as it frees an object, in the order objects went,
/// waiting to be written: a coroutine freed before it ever ran ("coroutine
/// 'f' was never awaited"), a failed future nobody asked for its exception
/// ("Task exception was never retrieved"). An object knows when it is
/// freed (`Rc` counts references as CPython does) but not where the
/// program is; the task machine, which knows the line, and the loop, after
/// each callback, write what was logged meanwhile (`engine::freed`).
#[derive(Debug, Clone, Default)]
pub struct Freed(Rc<FreedLog>);

#[derive(Debug, Default)]
pub struct FreedLog {
    entries: RefCell<Vec<FreedEntry>>,
    /// How many are logged: checked after every instruction, so kept where
    /// reading it takes no borrow.
    count: std::cell::Cell<usize>,
    /// The program set a loop's exception handler: a failed future freed
    /// unretrieved lives on for it (`NeverRetrievedFuture`).
    #[cfg(feature = "asyncio-py")]
    pub handler_set: std::cell::Cell<bool>,
}

#[derive(Debug)]
pub enum FreedEntry {
    /// A coroutine that never started, by `__qualname__`.
    #[cfg(feature = "code")]
    Coroutine(Name),
    /// An async generator freed while paused in its body, kept alive
    /// for asyncio's finalizer hook to close (`value::generator`).
    #[cfg(feature = "code")]
    AsyncGenerator(Rc<generator::Generator>),
    /// A plain generator freed while paused in its body, to be closed
    /// there and then (`value::generator`).
    #[cfg(feature = "code")]
    Generator(Rc<generator::Generator>),
    /// A "... exception was never retrieved" report: its first two lines
    /// (or the refusal met writing them), and the exception, whose lines
    /// may run the program's `__str__` as they are written.
    NeverRetrieved(Result<[String; 2], String>, Exc),
    /// The same, once the program set an exception handler: the future
    /// itself, for the context CPython's `Future.__del__` hands it (a
    /// copy of the freed one, which nothing else holds).
    #[cfg(feature = "asyncio-py")]
    NeverRetrievedFuture(crate::engine::futures::FutRef),
    /// What cannot be reported as CPython would: the run stops with this.
    #[cfg(feature = "asyncio-py")]
    Refused(&'static str),
}

impl Freed {
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.count.get() == 0
    }

    /// How many are logged.
    pub fn len(&self) -> usize {
        self.0.count.get()
    }

    /// What was logged so far, oldest first; the log is left empty.
    pub fn take(&self) -> Vec<FreedEntry> {
        self.0.count.set(0);
        std::mem::take(&mut *self.0.entries.borrow_mut())
    }

    /// Forgets what was logged, and what forgetting it frees in turn: the
    /// run has stopped, and nothing more of it is reported.
    pub fn discard(&self) {
        while !self.is_empty() {
            drop(self.take());
        }
    }

    /// The log, for an object to write to as it is freed.
    pub fn log(&self) -> Rc<FreedLog> {
        self.0.clone()
    }

    /// The program set (or, `false`, cleared) a loop's exception handler.
    #[cfg(feature = "asyncio-py")]
    pub fn handler_set(&self, set: bool) {
        self.0.handler_set.set(set);
    }
}

impl FreedLog {
    pub fn freed(&self, entry: FreedEntry) {
        self.entries.borrow_mut().push(entry);
        self.count.set(self.count.get() + 1);
    }
}

impl Coroutine {
    /// Closed without running (`coro.close()`, or an exception thrown in
    /// before its first step): it never warns "never awaited", and awaiting
    /// it is CPython's "cannot reuse already awaited coroutine".
    pub fn close_unstarted(&self) {
        self.started.set(true);
        self.finished.set(true);
    }

    /// Whether it warns "never awaited" when freed now.
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn would_warn(&self) -> bool {
        !self.started.get() && self.unawaited.is_some()
    }

    /// Stops the run, as it is freed, with `why` (`value::set`).
    #[cfg(feature = "asyncio-py")]
    pub(crate) fn refuse_freeing(&self, why: &'static str) {
        if let Some(log) = &self.unawaited {
            log.freed(FreedEntry::Refused(why));
        }
    }
}

#[cfg(feature = "code")]
impl Drop for Coroutine {
    /// CPython's `_PyGen_Finalize`: a coroutine freed while it has not
    /// started warns. (Its arguments go after, so a coroutine it was given
    /// is reported after it, as there.)
    fn drop(&mut self) {
        if !self.started.get() {
            if let Some(log) = &self.unawaited {
                log.freed(FreedEntry::Coroutine(self.name_rc()));
            }
        }
    }
}

/// A tuple's items, freed last first as CPython's `tupledealloc` frees
/// them (which decides the order a coroutine held there warns), and
/// without recursing (`list::drain`).
#[derive(Debug, Default)]
pub struct Tuple(Box<[Value]>);

impl std::ops::Deref for Tuple {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl std::ops::DerefMut for Tuple {
    fn deref_mut(&mut self) -> &mut [Value] {
        &mut self.0
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            list::drain(std::mem::take(&mut self.0).into_vec());
        }
    }
}

impl Value {
    /// A tuple of `items`.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple(items.into_boxed_slice())))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(s.into())
    }

    pub fn dict(dict: dict::Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(dict)))
    }

    /// Whether this value is, or holds (through lists, tuples, dicts,
    /// objects and their classes, bound methods and tasks' results),
    /// something CPython reports when it frees it, or may: a pending task
    /// or future, one whose exception nobody retrieved, a coroutine that
    /// has not finished, an exception (its traceback's frames). Walked
    /// with a list of what is left to see, not recursion, and each
    /// container once: a tree of objects whose children point back to
    /// their parent is no reason to say yes.
    #[cfg(feature = "code")]
    pub fn keeps_reported(&self) -> bool {
        let mut todo = vec![self.clone()];
        let mut seen: Vec<*const ()> = Vec::new();
        // Whether `ptr`, a container, is seen for the first time.
        let mut first = |ptr: *const ()| {
            let new = !seen.contains(&ptr);
            if new {
                seen.push(ptr);
            }
            new
        };
        while let Some(v) = todo.pop() {
            match &v {
                // What CPython reports as it frees it: a pending task ("Task
                // was destroyed but it is pending!"), an exception nobody
                // retrieved, a coroutine that never finished (never awaited,
                // or closed where it is paused); or what a result holds.
                Value::Future(f) => {
                    if f.is_pending() || f.unretrieved_exception().is_some() {
                        return true;
                    }
                    if let crate::engine::futures::Outcome::Result(r) = &f.state.borrow().outcome {
                        todo.push(r.clone());
                    }
                }
                Value::Coroutine(c) if !c.finished.get() => return true,
                Value::Exception(_) => return true,
                // What the iterator holds: a list's iterator, nothing to
                // report; one over a paused generator, the generator.
                Value::Iterator(it)
                    if first(Rc::as_ptr(it) as *const ()) && !it.borrow().holds(&mut todo) =>
                {
                    return true
                }
                // A paused generator is closed as it is freed, running
                // its `finally` blocks.
                #[cfg(feature = "code")]
                Value::Generator(g) if !g.is_async() && g.closes_visibly() => return true,
                Value::List(l) if first(Rc::as_ptr(l) as *const ()) => {
                    todo.extend(l.0.borrow().iter().cloned())
                }
                Value::Tuple(t) => todo.extend(t.iter().cloned()),
                Value::Dict(d) | Value::DictView(d, _) if first(Rc::as_ptr(d) as *const ()) => {
                    for (k, v) in d.borrow().entries() {
                        todo.push(k.clone());
                        todo.push(v.clone());
                    }
                }
                Value::Method(m) => todo.push(m.0.clone()),
                Value::Instance(i) if first(Rc::as_ptr(i) as *const ()) => {
                    todo.extend(i.attrs.values())
                }
                Value::UserClass(c) if first(Rc::as_ptr(c) as *const ()) => {
                    todo.extend(c.attrs.values())
                }
                Value::BoundMethod(m) => todo.push(m.0.clone()),
                Value::Super(s) => todo.push(s.1.clone()),
                // What a function keeps: its defaults, the cells it
                // closes over, the attributes assigned to it.
                #[cfg(feature = "code")]
                Value::Function(f) if first(Rc::as_ptr(f) as *const ()) => {
                    todo.extend(f.defaults.iter().flatten().cloned());
                    for cell in f.closure.iter().flat_map(|c| c.iter()) {
                        todo.extend(cell.borrow().clone());
                    }
                    #[cfg(feature = "asyncio-py")]
                    todo.extend(f.attrs.values());
                }
                #[cfg(feature = "code")]
                Value::Partial(p) => {
                    todo.push(p.func.clone());
                    todo.extend(p.args.iter().cloned());
                    todo.extend(p.kwargs.iter().map(|(_, v)| v.clone()));
                }
                _ => {}
            }
        }
        false
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(list::List(RefCell::new(items))))
    }

    /// `type(v).__name__`
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::DictView(_, part) => part.type_name(),
            Value::Iterator(it) => it.borrow().type_name(),
            Value::Range(_) => "range",
            Value::Exception(e) => e.name(),
            Value::Class(_) => "type",
            #[cfg(feature = "code")]
            Value::UserClass(_) => "type",
            #[cfg(feature = "code")]
            Value::Instance(i) => i.class.name,
            #[cfg(feature = "code")]
            Value::BoundMethod(_) => "method",
            #[cfg(feature = "code")]
            Value::Super(_) => "super",
            #[cfg(feature = "code")]
            Value::Traceback(_) => "traceback",
            #[cfg(feature = "code")]
            Value::Generator(g) => g.type_name(),
            #[cfg(feature = "asyncio-py")]
            Value::Descriptor(d) => d.type_name(),
            #[cfg(feature = "code")]
            Value::Partial(_) => "partial",
            #[cfg(feature = "asyncio-py")]
            Value::Loop(_) => "_UnixSelectorEventLoop",
            #[cfg(feature = "asyncio-py")]
            Value::Handle(h) if h.when.is_some() => "TimerHandle",
            #[cfg(feature = "asyncio-py")]
            Value::Handle(_) => "Handle",
            #[cfg(feature = "asyncio-py")]
            Value::Set(_) => "set",
            Value::Function(_) => "function",
            #[cfg(feature = "asyncio-py")]
            Value::Builtin(Builtin::NotImplemented) => "NotImplementedType",
            Value::Builtin(b) if b.is_type() => "type",
            Value::Builtin(b) if b.is_python_function() => "function",
            #[cfg(feature = "asyncio-py")]
            Value::Builtin(b) if b.is_random() && !b.is_c_method() => "method",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Module(_) => "module",
            Value::Method(m) if is_python_method(m) => "method",
            #[cfg(feature = "asyncio-py")]
            Value::Method(m) if unbound_owner(&m.0, &m.1).is_some() => "method_descriptor",
            Value::Method(_) => "builtin_function_or_method",
            #[cfg(feature = "code")]
            Value::Coroutine(c) if matches!(c.body, CoroBody::AsyncGenNext(..)) => {
                "async_generator_asend"
            }
            #[cfg(feature = "code")]
            Value::Coroutine(c) if matches!(c.body, CoroBody::AsyncGenClose(..)) => {
                "async_generator_athrow"
            }
            Value::Coroutine(_) => "coroutine",
            Value::Future(f) => f.type_name(),
        }
    }

    /// How Argument Clinic's "argument 2 must be str, not X" names a
    /// value: `None` for None (`_PyArg_BadArgument`), else the type.
    pub fn clinic_type_name(&self) -> &'static str {
        match self {
            Value::None => "None",
            other => other.cpython_type_name(),
        }
    }

    /// Whether it is a value of a builtin type whose instances have no
    /// `__dict__` (`None`, numbers, strings, the containers, `range`):
    /// `vars()` of it and an attribute assigned to it are CPython's errors.
    pub fn lacks_dict(&self) -> bool {
        match self {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Range(_) => true,
            #[cfg(feature = "asyncio-py")]
            Value::Set(_) => true,
            #[cfg(feature = "asyncio-py")]
            Value::Instance(i) => i.class.is_object(),
            _ => false,
        }
    }

    /// The type's name as CPython's error messages give it (its
    /// `tp_name`): asyncio's C types carry their module.
    pub fn cpython_type_name(&self) -> &'static str {
        match (self, self.type_name()) {
            // Not a class of the program's that is named `Task`.
            (Value::Future(_), "Task") => "_asyncio.Task",
            (Value::Future(_), "Future") => "_asyncio.Future",
            #[cfg(feature = "code")]
            (Value::Partial(_), _) => "functools.partial",
            // itertools' types are C types, named with their module.
            #[cfg(feature = "asyncio-py")]
            (Value::Instance(i), _)
                if matches!(
                    i.class.module,
                    "itertools" | "collections" | "_io" | "_contextvars"
                ) =>
            {
                i.class.c_type_name()
            }
            (_, other) => other,
        }
    }

    /// Python's truth of the value (`PyObject_IsTrue`): an object of the
    /// program's class runs its `__bool__` or `__len__`, which may raise.
    /// (Without asyncio's Python half no class has them, and the truth
    /// cannot fail: inlined, the callers' error paths go, 0.9 KB of Code
    /// mode's module.)
    #[cfg_attr(not(feature = "asyncio-py"), inline(always))]
    pub fn is_true(&self) -> Result<bool, crate::error::Raise> {
        #[cfg(feature = "asyncio-py")]
        if let Some(truth) = protocols::truth(self) {
            return truth;
        }
        Ok(self.truthy())
    }

    /// The truth of a value that runs none of the program's code: what
    /// `is_true` gives every value but an object whose class defines
    /// `__bool__` or `__len__`. (Private: outside, `is_true`, so that no
    /// operation forgets those methods.)
    fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) | Value::DictView(d, _) => !d.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            #[cfg(feature = "asyncio-py")]
            Value::Set(set) => !set.borrow().is_empty(),
            _ => true,
        }
    }
}
