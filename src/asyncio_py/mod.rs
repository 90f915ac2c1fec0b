//! The half of asyncio that CPython writes in Python (`asyncio/locks.py`,
//! `queues.py`, `taskgroups.py`, `timeouts.py`, and `shield` of
//! `tasks.py`), written again in Python here and run by the interpreter
//! as it runs the program; `MODULES` lists what each exports.
//!
//! Why Python and not Rust: CPython's own versions are Python code over
//! futures (`loop.create_future()`, `set_result`, `await fut`), so the
//! same code over the engine's futures schedules the same callbacks in the
//! same order, by construction; and Python text costs Code mode's budget a
//! fraction of what the same logic compiled to wasm would. The sources
//! (`*.py` beside this file) follow 3.11's step for step, in our own
//! words; where they differ, a comment there says why (a `deque` is a
//! list; mixins are single bases, as the engine's classes have one).
//! The build embeds them without comments and indented a space a level
//! (`build.rs`): their lines are never shown, and the module's size is
//! budgeted.
//!
//! Linking (`link`): a program that names one of these classes is
//! compiled with the library's functions after its own, each named
//! `asyncio.` and its qualified name (`asyncio.Lock.acquire`), and the
//! library's module code (`program::LIBRARY_MODULE`, which makes the
//! classes) runs before the program's. The library's module variables
//! are the program's named `asyncio.Lock` (`interp::scope`), which is how
//! the program spells them, and no name of the program's can hold a dot.
//! The program's tree, its printing and its source map are untouched:
//! only what runs is linked.
//!
//! What lives elsewhere: the futures, the loop and `get_running_loop`
//! (`engine`, `interp::builtins`); how these frames hide from step mode's
//! view, as the tests' harness passes asyncio's own frames by
//! (`engine::view`).

#[cfg(feature = "asyncio-py")]
use crate::program::{ClassAttr, Expr, Function, Program, Stmt};
#[cfg(feature = "asyncio-py")]
use std::rc::Rc;

#[cfg_attr(not(feature = "asyncio-py"), allow(dead_code))]
/// One module of the library: its name (`__module__` of its classes),
/// its source, and the names it exports, which the program may spell
/// `asyncio.Name` or import.
struct LibModule {
    name: &'static str,
    /// The module a program imports the exports from: `asyncio`, or a
    /// module of the standard library asyncio programs use with it
    /// (`contextlib`). All are linked under `program::LIBRARY`, so no two
    /// modules export one name.
    public: &'static str,
    source: &'static str,
    exports: &'static [&'static str],
}

/// A module's source as the build embeds it (`build.rs`), in the build
/// that has the library; empty in the others.
macro_rules! source {
    ($file:literal) => {
        if IN_THIS_BUILD {
            include_str!(concat!(env!("OUT_DIR"), "/asyncio_py/", $file))
        } else {
            ""
        }
    };
}

/// What a module of the standard library besides asyncio exports, in
/// the build that has the library: a build without it refuses importing
/// the module, before any of its names is asked for, so carries none.
macro_rules! stdlib_exports {
    ($($name:literal),* $(,)?) => {
        if IN_THIS_BUILD {
            &[$($name),*]
        } else {
            &[]
        }
    };
}

/// The library, in the order its module code runs (queues use locks'
/// `Event`).
static MODULES: &[LibModule] = &[
    LibModule {
        name: "asyncio.exceptions",
        public: "asyncio",
        source: source!("exceptions.py"),
        exports: &["BrokenBarrierError"],
    },
    LibModule {
        name: "asyncio.locks",
        public: "asyncio",
        source: source!("locks.py"),
        exports: &[
            "Lock",
            "Event",
            "Condition",
            "Semaphore",
            "BoundedSemaphore",
            "Barrier",
        ],
    },
    LibModule {
        name: "asyncio.queues",
        public: "asyncio",
        source: source!("queues.py"),
        exports: &[
            "Queue",
            "PriorityQueue",
            "LifoQueue",
            "QueueEmpty",
            "QueueFull",
        ],
    },
    LibModule {
        name: "asyncio.taskgroups",
        public: "asyncio",
        source: source!("taskgroups.py"),
        exports: &["TaskGroup"],
    },
    LibModule {
        name: "asyncio.tasks",
        public: "asyncio",
        source: source!("tasks.py"),
        exports: &[
            "shield",
            "wait",
            "as_completed",
            "FIRST_COMPLETED",
            "FIRST_EXCEPTION",
            "ALL_COMPLETED",
        ],
    },
    LibModule {
        name: "asyncio.timeouts",
        public: "asyncio",
        source: source!("timeouts.py"),
        exports: &["Timeout", "timeout", "timeout_at"],
    },
    LibModule {
        name: "asyncio.threads",
        public: "asyncio",
        source: source!("threads.py"),
        exports: &["to_thread"],
    },
    LibModule {
        name: "contextlib",
        public: "contextlib",
        source: source!("contextlib.py"),
        exports: stdlib_exports![
            "contextmanager",
            "asynccontextmanager",
            "suppress",
            "nullcontext",
            "closing",
            "aclosing",
        ],
    },
    LibModule {
        name: "json",
        public: "json",
        source: source!("json.py"),
        exports: stdlib_exports!["dumps"],
    },
    LibModule {
        name: "json.decoder",
        public: "json",
        source: source!("json_decoder.py"),
        exports: stdlib_exports!["loads", "JSONDecodeError"],
    },
    LibModule {
        name: "_io",
        public: "sys",
        source: source!("io.py"),
        exports: stdlib_exports!["stdout", "stderr"],
    },
    LibModule {
        name: "logging",
        public: "logging",
        source: source!("logging.py"),
        exports: stdlib_exports![
            "CRITICAL",
            "FATAL",
            "ERROR",
            "WARNING",
            "WARN",
            "INFO",
            "DEBUG",
            "NOTSET",
            "BASIC_FORMAT",
            "getLevelName",
            "getLevelNamesMapping",
            "addLevelName",
            "LogRecord",
            "Formatter",
            "Filter",
            "Filterer",
            "Handler",
            "StreamHandler",
            "NullHandler",
            "lastResort",
            "Logger",
            "RootLogger",
            "root",
            "basicConfig",
            "getLogger",
            "critical",
            "fatal",
            "error",
            "exception",
            "warning",
            "warn",
            "info",
            "debug",
            "log",
            "disable",
        ],
    },
    LibModule {
        name: "collections",
        public: "collections",
        source: source!("collections.py"),
        exports: stdlib_exports!["deque"],
    },
    LibModule {
        name: "_contextvars",
        public: "contextvars",
        source: source!("contextvars.py"),
        exports: stdlib_exports!["ContextVar", "Token", "Context", "copy_context"],
    },
    LibModule {
        name: "itertools",
        public: "itertools",
        source: source!("itertools.py"),
        exports: stdlib_exports![
            "count",
            "cycle",
            "repeat",
            "chain",
            "islice",
            "zip_longest",
            "product",
            "permutations",
            "combinations",
            "combinations_with_replacement",
            "accumulate",
            "groupby",
            "starmap",
            "takewhile",
            "dropwhile",
            "filterfalse",
            "compress",
            "pairwise",
        ],
    },
];

/// Whether this build has the library (feature `asyncio-py`): the page's
/// Code mode has it in a second module, and its first refuses the
/// library's names as needing it (`closed_world::unmodelled_module_attr`).
pub const IN_THIS_BUILD: bool = cfg!(feature = "asyncio-py");

/// Is `module.name` one of the library's classes or functions, whether
/// or not this build has the library?
pub fn library_name(module: &str, name: &str) -> bool {
    MODULES
        .iter()
        .any(|m| m.public == module && m.exports.contains(&name))
}

/// The modules besides asyncio whose exports are the library's: a build
/// without the library refuses importing them as needing it.
pub fn library_modules() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|m| m.public).filter(|m| *m != "asyncio")
}

/// What else comes with the library, modelled natively for it (feature
/// `asyncio-py`): asyncio's functions and classes its modules and the
/// programs that use them call, and the builtins they need. A build
/// without the library refuses these as needing it (`closed_world`), so
/// that the page's Code mode loads the module that has them; a test holds
/// this table to `value::Module::attr` and `value::builtin_global`.
pub static NATIVE_ASYNCIO: &[&str] = &[
    "get_running_loop",
    "ensure_future",
    "all_tasks",
    "get_event_loop",
    "new_event_loop",
    "set_event_loop",
    "iscoroutine",
    "iscoroutinefunction",
    "Future",
    "Task",
];

/// The builtins that come with the library (see `NATIVE_ASYNCIO`).
/// Besides these, Code mode's module hands over every builtin exception
/// class it lacks (`closed_world::unmodelled_global`): this one has
/// `NotImplementedError`, `ConnectionError` and its four subclasses,
/// `FileNotFoundError`, `PermissionError`, and `IOError` and
/// `EnvironmentError` (`OSError` itself).
pub static NATIVE_BUILTINS: &[&str] = &[
    "set",
    "object",
    "BaseExceptionGroup",
    "ExceptionGroup",
    "divmod",
    "pow",
    "map",
    "getattr",
    "hasattr",
    "setattr",
    "vars",
    "anext",
    "aiter",
    "NotImplemented",
    "issubclass",
    "property",
    "staticmethod",
    "classmethod",
    "callable",
    "reversed",
    "filter",
    "chr",
    "ord",
    "bin",
    "hex",
    "oct",
];

/// The modules that come with the library, modelled natively for the
/// programs that use it: a build without the library refuses importing
/// them as needing it.
pub static NATIVE_MODULES: &[&str] = &[
    "asyncio.exceptions",
    "dataclasses",
    "heapq",
    "math",
    "random",
    "sys",
];

/// Attributes of modules Code mode's module has that come with the
/// library: a build without it refuses them as needing it.
pub static NATIVE_MODULE_ATTRS: &[(&str, &str)] = &[
    ("asyncio", "exceptions"),
    ("functools", "total_ordering"),
    ("time", "strftime"),
    ("functools", "wraps"),
];

/// The library's private attributes whose values are not CPython's: the
/// class that sets it (the nearest of the library's classes an object
/// derives from), the attribute, and what CPython keeps there. The
/// library keeps lists where CPython keeps deques (the same operations,
/// in the subset it uses) and strings where CPython keeps enum members;
/// the program reading one is refused (`refuse_unlike_private`), not
/// shown another value. (`PriorityQueue` and `LifoQueue` keep lists in
/// CPython too.)
#[cfg(feature = "asyncio-py")]
pub static UNLIKE_CPYTHON: &[(&str, &str, &str)] = &[
    ("Barrier", "_state", "a `_BarrierState` member"),
    ("BoundedSemaphore", "_waiters", "a `collections.deque`"),
    ("Condition", "_waiters", "a `collections.deque`"),
    ("Event", "_waiters", "a `collections.deque`"),
    ("Lock", "_waiters", "a `collections.deque`"),
    ("Queue", "_getters", "a `collections.deque`"),
    ("Queue", "_putters", "a `collections.deque`"),
    ("Queue", "_queue", "a `collections.deque`"),
    ("Semaphore", "_waiters", "a `collections.deque`"),
    ("TaskGroup", "_tasks", "a set"),
    ("Timeout", "_state", "a `_State` member"),
];

/// The program reads `obj.name`: refused where `name` is one of the
/// library's private attributes whose value is not CPython's
/// (`UNLIKE_CPYTHON`).
#[cfg(feature = "asyncio-py")]
pub fn refuse_unlike_private(
    obj: &crate::value::Value,
    name: &str,
) -> Result<(), crate::error::Raise> {
    let crate::value::Value::Instance(instance) = obj else {
        return Ok(());
    };
    // The nearest class of the library's.
    let Some(class) = instance.class.ancestry().find(|c| c.module != "__main__") else {
        return Ok(());
    };
    match UNLIKE_CPYTHON.iter().find(|(c, a, _)| *c == class.name && *a == name) {
        Some((_, _, cpython)) => Err(crate::error::RunError::unsupported(format!(
            "reading `{}.{name}` is not supported yet: CPython keeps {cpython} there, Interleave's asyncio another kind of value",
            class.name
        ))),
        None => Ok(()),
    }
}

/// Whether a member of a walked collection makes its order show.
#[cfg(feature = "asyncio-py")]
pub type Shows = fn(&crate::value::Value) -> bool;

/// Where the library walks a collection in an order CPython takes from
/// memory addresses (a set of tasks or coroutines, which hash by
/// identity), by the walking function's `__qualname__`, and which of its
/// members make that order show. The engine
/// walks it in the order they were made or given, one order CPython can
/// produce, and says so once (`Runtime::note_address_order`); a program's
/// own walk over such a set is noted the same way.
#[cfg(feature = "asyncio-py")]
pub static ADDRESS_ORDERED: &[(&str, Shows)] = &[
    // `_abort` cancels the group's tasks still running (a set in CPython,
    // a list here), in the order their CancelledErrors then reach them.
    (
        "TaskGroup._abort",
        |v| matches!(v, crate::value::Value::Future(f) if f.is_pending()),
    ),
    // The tasks `as_completed` makes of the coroutines it is given, from a
    // set of them: the order they start in. (Tasks given are walked too,
    // with nothing to show for it.)
    ("as_completed", |v| {
        matches!(v, crate::value::Value::Coroutine(_))
    }),
    // A context's variables (`contextvars.py`): CPython's map orders them
    // by their hashes, which come from their addresses.
    ("Context._walk", |_| true),
];

/// Is `module.name` one of the library's classes or functions, in this
/// build?
pub fn exports(module: &str, name: &str) -> bool {
    IN_THIS_BUILD && library_name(module, name)
}

/// Is `qualified`, as the program names it through the module
/// (`asyncio.QueueEmpty`, in an `except`), one of the library's, in this
/// build?
pub fn exports_qualified(qualified: &str) -> bool {
    qualified
        .split_once('.')
        .is_some_and(|(module, name)| exports(module, name))
}

/// `program` with the library linked in, when it names one of the
/// library's classes; else `program` itself.
#[cfg(feature = "asyncio-py")]
pub(crate) fn link(program: &Rc<Program>) -> Rc<Program> {
    if !uses_library(program) {
        return program.clone();
    }
    let library = parsed();
    let mut linked = (**program).clone();
    linked.functions.extend(library.iter().cloned());
    Rc::new(linked)
}

/// The library's functions as linked (`linked_name`), then its module
/// code (`program::LIBRARY_MODULE`): parsed once per thread, as every run
/// of a program that uses it links the same (the page replays a run for
/// each step back).
#[cfg(feature = "asyncio-py")]
fn parsed() -> Rc<Vec<Function>> {
    PARSED.with(|p| p.get_or_init(parse_all).0.clone())
}

/// The library as linked, and the qualified names of the functions a
/// worker thread may run (`runs_in_threads`).
#[cfg(feature = "asyncio-py")]
type Parsed = (Rc<Vec<Function>>, Vec<String>);

#[cfg(feature = "asyncio-py")]
thread_local! {
    static PARSED: std::cell::OnceCell<Parsed> = const { std::cell::OnceCell::new() };
}

/// The modules whose code a worker thread may run: their state is none,
/// or the thread's own (a thread's contexts: `engine::contexts`). The
/// rest are asyncio's, which is not thread-safe: the engine refuses them
/// in a thread (`interp::builtins::refuse_in_thread`).
#[cfg(feature = "asyncio-py")]
const THREADS_MAY_RUN: [&str; 5] = [
    "_contextvars",
    "collections",
    "itertools",
    "json",
    "json.decoder",
];

/// May a worker thread's code call the library's function `qualname`
/// (`Context.run`)?
#[cfg(feature = "asyncio-py")]
pub(crate) fn runs_in_threads(qualname: &str) -> bool {
    PARSED.with(|p| p.get_or_init(parse_all).1.iter().any(|n| n == qualname))
}

#[cfg(feature = "asyncio-py")]
fn parse_all() -> Parsed {
    let mut functions = Vec::new();
    let mut threads_may_run = Vec::new();
    let mut module_code: Vec<Stmt> = Vec::new();
    for module in MODULES {
        // The sources are this crate's own, held to parse by the tests.
        let Ok(lib) = crate::parse::parse_library(module.source) else {
            continue;
        };
        for mut f in lib.functions {
            if f.name == crate::program::MODULE {
                for mut statement in f.body {
                    if let Stmt::Assign {
                        value: Expr::Class(class),
                        ..
                    } = &mut statement
                    {
                        // A C type CPython keeps in `builtins` (a context's
                        // `keys` iterator) says so in its body.
                        let builtin = class.body.iter().any(|a| {
                            &*a.name == "__module__"
                                && matches!(&a.value, Expr::Str(m) if m == "builtins")
                        });
                        class.module = Some(if builtin { "builtins" } else { module.name });
                        class.body.iter_mut().for_each(rename_methods);
                    }
                    module_code.push(statement);
                }
                continue;
            }
            if THREADS_MAY_RUN.contains(&module.name) {
                // (`_no_kwargs#0`, a `def` made where it stands, is
                // `_no_kwargs` to the machine.)
                threads_may_run.push(crate::program::qualname(&f.name).into_owned());
            }
            f.name = crate::program::linked_name(&f.name);
            functions.push(f);
        }
    }
    functions.push(Function {
        name: crate::program::LIBRARY_MODULE.to_string(),
        params: Vec::new(),
        body: module_code,
        is_async: false,
    });
    (Rc::new(functions), threads_may_run)
}

#[cfg(feature = "asyncio-py")]
/// A class body's methods are named for the class (`Lock.acquire`), also
/// inside a decorator's call: linked, for the library's (`asyncio.`).
fn rename_methods(attr: &mut ClassAttr) {
    fn rename(e: &mut Expr) {
        match e {
            Expr::Name(n) if crate::program::is_made(n) => {
                *n = crate::program::linked_name(n).into();
            }
            Expr::Call { func, args, .. } => {
                rename(func);
                args.iter_mut().for_each(rename);
            }
            Expr::Attribute { value, .. } => rename(value),
            _ => {}
        }
    }
    rename(&mut attr.value);
}

#[cfg(feature = "asyncio-py")]
/// Does the program name one of the library's classes: `asyncio.Name`
/// (however the module is spelt), `from asyncio import Name`, or `except
/// asyncio.Name`?
fn uses_library(program: &Program) -> bool {
    if program
        .imports
        .iter()
        .any(|i| i.attr.as_deref().is_some_and(|a| exports(&i.module, a)))
    {
        return true;
    }
    let mut found = false;
    for f in &program.functions {
        Stmt::walk(&f.body, &mut |s| {
            if let Stmt::Try { handlers, .. } = s {
                found |= handlers
                    .iter()
                    .filter_map(|h| h.kind.as_ref())
                    .flat_map(|k| k.classes())
                    .any(|c| exports_qualified(c));
            }
            // `module.name`, the module as the program imported it (an
            // alias is looked up; linking more than the program uses
            // would change nothing it prints).
            s.each_own_expr(&mut |e| {
                e.each(&mut |x| {
                    if let Expr::Attribute { value, name } = x {
                        if let Expr::Name(m) = &**value {
                            let module = program
                                .imports
                                .iter()
                                .find(|i| i.attr.is_none() && i.name == *m)
                                .map_or(&**m, |i| &*i.module);
                            found |= exports(module, name);
                        }
                    }
                })
            });
        });
    }
    found
}

#[cfg(all(test, feature = "code", not(feature = "asyncio-py")))]
mod without_the_library {
    use super::*;

    /// Code mode's first module refuses each of the library's names, and
    /// each native one, as needing the library: the page then loads the
    /// module that has it.
    #[test]
    fn natives_need_the_library() {
        let needs =
            |why: Option<String>| why.is_some_and(|w| crate::error::is_needs_asyncio_py(&w));
        for name in NATIVE_ASYNCIO.iter().chain(
            MODULES
                .iter()
                .filter(|m| m.public == "asyncio")
                .flat_map(|m| m.exports),
        ) {
            assert!(
                needs(crate::closed_world::unmodelled_module_attr("asyncio", name)),
                "asyncio.{name}"
            );
        }
        let classes = ["NotImplementedError", "ConnectionResetError", "IOError"];
        for name in NATIVE_BUILTINS.iter().chain(&classes) {
            assert!(
                needs(crate::closed_world::unmodelled_global(name)),
                "{name}"
            );
        }
    }
}

#[cfg(all(test, feature = "asyncio-py"))]
mod tests {
    use super::*;

    /// Each native name is one this build models, and one a build without
    /// the library refuses only because of it (`closed_world`'s tests
    /// cannot see the other build; `cargo test --no-default-features
    /// --features code` runs `natives_need_the_library`).
    #[test]
    fn the_native_tables_are_what_this_build_adds() {
        for name in NATIVE_ASYNCIO {
            assert!(
                crate::value::Module::Asyncio.attr(name).is_some(),
                "asyncio.{name}"
            );
        }
        for name in NATIVE_BUILTINS {
            assert!(crate::value::builtin_global(name).is_some(), "{name}");
        }
    }

    /// `link` skips a module that does not parse: each must, and must
    /// define each name it exports, as a class of its module's code or a
    /// function at its top level.
    #[test]
    fn every_module_parses_and_defines_what_it_exports() {
        for module in MODULES {
            let lib = crate::parse::parse_library(module.source)
                .unwrap_or_else(|e| panic!("{}: {e}", module.name));
            let code = lib.module_index().map(|m| &lib.functions[m].body[..]);
            let mut defined: Vec<&str> = code
                .unwrap_or_default()
                .iter()
                .filter_map(|s| match s {
                    Stmt::Assign {
                        value: Expr::Class(c),
                        ..
                    } => Some(&*c.name),
                    // A constant (`FIRST_COMPLETED`).
                    Stmt::Assign {
                        target: crate::program::Target::Name(n),
                        ..
                    } => Some(n.as_ref()),
                    _ => None,
                })
                .collect();
            defined.extend(lib.functions.iter().map(|f| f.name.as_str()));
            for name in module.exports {
                assert!(
                    defined.contains(name),
                    "{}: no class, function or constant {name}",
                    module.name
                );
            }
        }
    }

    /// A program that names none of the library is run as it is.
    #[test]
    fn a_program_without_the_library_is_not_linked() {
        let program = Rc::new(
            crate::parse::program("import asyncio\nasync def main():\n    print(asyncio.sleep)\nasyncio.run(main())\n")
                .unwrap(),
        );
        assert!(Rc::ptr_eq(&link(&program), &program));
        let uses = Rc::new(
            crate::parse::program(
                "import asyncio\nasync def main():\n    q = asyncio.Queue()\nasyncio.run(main())\n",
            )
            .unwrap(),
        );
        let linked = link(&uses);
        assert!(linked
            .functions
            .iter()
            .any(|f| f.name == "asyncio.Queue.get"));
        assert!(linked
            .functions
            .iter()
            .any(|f| f.name == crate::program::LIBRARY_MODULE));
    }

    /// A TaskGroup one of whose tasks failed raises an ExceptionGroup
    /// out of its block (`BaseExceptionGroup(...)` in `taskgroups.py`,
    /// made an ExceptionGroup by the builtin), reported in CPython's box.
    #[test]
    fn a_failing_task_group_raises_an_exception_group() {
        let program = crate::parse::program(
            "import asyncio\n\nasync def boom():\n    raise ValueError('x')\n\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(boom())\n        print('body')\n\nasyncio.run(main())\n",
        )
        .unwrap();
        let outcome = crate::run(&program, &crate::RunOptions::default());
        assert_eq!(outcome.error, None);
        assert_eq!(outcome.stdout, "body\n");
        assert_eq!(outcome.exit_status, 1);
        assert_eq!(
            outcome.stderr,
            "  + Exception Group Traceback (most recent call last):\n  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    | ValueError: x\n    +------------------------------------\n"
        );
    }

    /// A future of a loop `asyncio.run` closed, given a callback once
    /// done: CPython's closed loop raises as it schedules it, which is
    /// refused, never run as if the loop were open.
    #[test]
    fn a_done_callback_on_a_closed_loop_s_future_is_refused() {
        let program = crate::parse::program(
            "import asyncio\nbox = []\n\nasync def main():\n    box.append(asyncio.get_running_loop())\n\nasyncio.run(main())\ng = box[0].create_future()\ng.cancel()\ng.add_done_callback(print)\nprint('added')\n",
        )
        .unwrap();
        let outcome = crate::run(&program, &crate::RunOptions::default());
        assert_eq!(outcome.stdout, "");
        let error = outcome.error.expect("refused");
        assert!(
            error.message.contains("whose loop has closed"),
            "{}",
            error.message
        );
    }
}
