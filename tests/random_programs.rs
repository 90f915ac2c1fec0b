//! Property: for random asyncio programs, the engine prints what CPython
//! prints. Programs have several tasks that print, sleep (distinct delays,
//! `sleep(0)`, blocking `time.sleep`), count their steps with `for`, or
//! `while` with `+=`, `break` and `continue`, return values and raise, and
//! may clean up in a `finally` (which cancellation runs too); `main` gathers
//! them (either `return_exceptions`), creates tasks (awaited or not, or a
//! list of them awaited in a comprehension and filed in a dict) or awaits
//! them in turn, with or without a `try` and a `finally`.
//!
//! Some seed `random` in main and draw in every step, counting the steps
//! in a module variable through `global`: the draws follow the schedule.
//! In some, every worker is decorated with `@traced`, whose async wrapper
//! counts its calls in a closure (`nonlocal`), forwards `*args` and
//! `**kwargs`, and prints as it enters and, in a `finally`, as it leaves
//! (cancelled too). In some, a worker that fails with a ValueError raises
//! the program's own `StepError(ValueError)`, whose `__init__` calls
//! `super().__init__(message)` and sets an attribute. In some, each
//! worker runs inside `async with Gate(i):`, a class of the program's
//! whose `__aenter__` yields to the loop and whose `__aexit__` prints what
//! left the block and suppresses a KeyError; and some count their steps
//! with `async for` over an async generator that yields to the loop
//! between items (`GATE_AND_TICKS`).
//!
//! When CPython frees a failed task decides when and in what order it
//! reports "Task exception was never retrieved": `main` also keeps tasks
//! without awaiting them, in a list, a dict or one variable rebound, and
//! lets go of them in different ways (clear, pop, rebind, or keep them to
//! the end); and it cancels a task, with or without a message, and prints
//! the CancelledError it gets.
//!
//! Each program is also printed as Python and parsed back, which must print
//! the same again: the parser reads everything the printer writes.
//!
//! CPython runs on the virtual clock (`support/virtual_clock.py`), so the
//! comparison is exact and never flaky. Cases per run: 256, or
//! `INTERLEAVE_PROPTEST_CASES`.

mod support;

use interleave::program::build::*;
use interleave::program::python::to_python;
use interleave::program::{BinOp, CmpOp, Expr, FPart, Function, Program, Stmt, Target};
use interleave::trace::EventKind;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};

/// Delays in milliseconds whose multiples rarely coincide, so that timer
/// order never hinges on float rounding.
const DELAYS_MS: [u32; 6] = [11, 17, 23, 31, 43, 59];

#[derive(Debug, Clone)]
enum Pause {
    /// `await asyncio.sleep(0)`
    Yield,
    /// `await asyncio.sleep(d)`
    Sleep(u32),
    /// `time.sleep(d)`: blocks everyone.
    Block(u32),
    /// No pause: the steps run back to back.
    None,
}

#[derive(Debug, Clone)]
enum Failure {
    Value,
    Key,
    /// `'ten' * 'ten'`
    Type,
    /// `x // 0`
    ZeroDivision,
}

#[derive(Debug, Clone)]
enum Returns {
    Nothing,
    Number,
    Text,
    Items,
}

#[derive(Debug, Clone)]
struct Worker {
    steps: i64,
    pause: Pause,
    fail_at: Option<(i64, Failure)>,
    returns: Returns,
    looping: Looping,
    /// Wrap the loop in `try: ... finally: print(...)`.
    cleanup: bool,
}

/// How a worker counts its steps.
#[derive(Debug, Clone)]
enum Looping {
    /// `for step in range(n):`
    For,
    /// `step = 0` / `while step < n:` ... `step += 1`
    While,
    /// `while True:` with `break` at the end and `continue` past one step.
    WhileBreak { skip: i64 },
    /// `async for step in ticks(n):` (`GATE_AND_TICKS`).
    AsyncFor,
}

#[derive(Debug, Clone)]
enum Mode {
    Gather {
        return_exceptions: bool,
        print_group: bool,
    },
    Tasks {
        awaited: Vec<bool>,
        check_done: bool,
    },
    Sequential,
    /// `tasks = [create_task(...), ...]`, `results = [await t for t in
    /// tasks]`, then each result filed in a dict by position.
    TaskList,
    /// Tasks kept, never awaited, until every one has finished; then let
    /// go of as `release` says.
    Kept {
        holder: Holder,
        release: Release,
    },
    /// `t{victim}.cancel(msg)` after `after` ms, then each task awaited
    /// in a `try` that prints what it raised.
    Cancel {
        victim: usize,
        after: u32,
        message: Option<&'static str>,
    },
}

/// Where `Mode::Kept` keeps its tasks.
#[derive(Debug, Clone)]
enum Holder {
    /// `tasks = [create_task(...), ...]`
    List,
    /// `tasks = {"w0": create_task(...), ...}`
    Dict,
    /// `t = create_task(...)` for each in turn, with a sleep between: each
    /// rebinding lets go of the task before.
    Rebound { between: u32 },
}

/// How `Mode::Kept` lets go of its tasks.
#[derive(Debug, Clone)]
enum Release {
    /// `tasks.clear()` (or `t = None`)
    Clear,
    /// `tasks = None`
    Rebind,
    /// `tasks.pop(...)` of the first, the rest kept to the end.
    PopFirst,
    /// Kept until main returns.
    Keep,
}

#[derive(Debug, Clone)]
struct Spec {
    workers: Vec<Worker>,
    mode: Mode,
    /// Wrap main's awaits in `try: ... except <this> as e:` (two classes,
    /// comma-separated, make a tuple).
    catch: Option<&'static str>,
    /// main sleeps this long (ms) after starting tasks, before awaiting.
    main_sleep: Option<u32>,
    /// main's awaits end with `finally: print("main finally")`.
    main_finally: bool,
    /// In the sequential and task-list modes, each await is
    /// `asyncio.wait_for(..., timeout)` with this timeout (see `timeout`).
    timeout: Option<u32>,
    /// `random.seed(n)` in main, and each step draws `random.randint(1,
    /// 6)` and counts itself in a module variable (`global STEPS`): the
    /// draws land where the loop runs the steps, so their order is the
    /// schedule's.
    draws: Option<u8>,
    /// Every worker is decorated with `@traced` (`traced_fns`).
    traced: bool,
    /// Workers raise the program's `StepError` for their ValueError
    /// (`step_error`).
    custom: bool,
    /// Each worker's body runs in `async with Gate(i):`
    /// (`GATE_AND_TICKS`).
    gated: bool,
}

/// The program's async context manager and async generator, as a
/// program defines them: parsed once, and linked into the programs that
/// use them.
const GATE_AND_TICKS: &str = r#"import asyncio


class Gate:
    opened = 0

    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        Gate.opened += 1
        print(f"gate {self.n} opens, {Gate.opened} open")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, kind, exc, tb):
        Gate.opened -= 1
        print(f"gate {self.n} shuts:", None if kind is None else kind.__name__)
        return kind is KeyError


async def ticks(n):
    for k in range(n):
        yield k
        await asyncio.sleep(0)


async def main():
    pass


asyncio.run(main())
"#;

/// What `GATE_AND_TICKS` defines: the module's statement that makes
/// `Gate`, and the functions (its methods, `ticks`).
fn gate_and_ticks() -> (Vec<Stmt>, Vec<Function>) {
    let parsed = interleave::parse::program(GATE_AND_TICKS).expect("GATE_AND_TICKS parses");
    let (mut module, mut functions) = (Vec::new(), Vec::new());
    for f in parsed.functions {
        match f.name.as_str() {
            interleave::program::MODULE => module.extend(f.body.into_iter().filter(|s| {
                matches!(
                    s,
                    Stmt::Assign {
                        value: Expr::Class(_),
                        ..
                    }
                )
            })),
            "main" => {}
            _ => functions.push(f),
        }
    }
    (module, functions)
}

/// `ms` milliseconds and a seventh: a timeout never due at the same moment
/// as a sleep (whole milliseconds) or as up to six other timeouts, so that
/// the tests' virtual clock, whose floats alone order timers, and the
/// engine, for which deadlines within half a nanosecond are one moment
/// (`timers::tick`), order them alike. (The
/// filter for close deadlines, `has_ambiguous_timers`, sees sleeps only.)
fn timeout(ms: u32) -> Expr {
    float((ms as f64 + 1.0 / 7.0) / 1000.0)
}

/// `await asyncio.wait_for(aw, timeout)`, or plain `await aw`.
fn await_within(aw: Expr, timeout_ms: Option<u32>) -> Expr {
    match timeout_ms {
        Some(ms) => await_(call(asyncio("wait_for"), vec![aw, timeout(ms)])),
        None => await_(aw),
    }
}

fn pause() -> impl Strategy<Value = Pause> {
    prop_oneof![
        2 => Just(Pause::Yield),
        5 => prop::sample::select(DELAYS_MS.to_vec()).prop_map(Pause::Sleep),
        1 => prop::sample::select(DELAYS_MS.to_vec()).prop_map(Pause::Block),
        1 => Just(Pause::None),
    ]
}

fn worker() -> impl Strategy<Value = Worker> {
    let failure = prop_oneof![
        Just(Failure::Value),
        Just(Failure::Key),
        Just(Failure::Type),
        Just(Failure::ZeroDivision)
    ];
    let returns = prop_oneof![
        Just(Returns::Nothing),
        Just(Returns::Number),
        Just(Returns::Text),
        Just(Returns::Items)
    ];
    let looping = prop_oneof![
        2 => Just(Looping::For),
        1 => Just(Looping::While),
        1 => (0i64..4).prop_map(|skip| Looping::WhileBreak { skip }),
        1 => Just(Looping::AsyncFor),
    ];
    (
        0i64..4,
        pause(),
        prop::option::weighted(0.3, (0i64..4, failure)),
        returns,
        looping,
        prop::bool::weighted(0.3),
    )
        .prop_map(
            |(steps, pause, fail_at, returns, looping, cleanup)| Worker {
                steps,
                pause,
                fail_at,
                returns,
                looping,
                cleanup,
            },
        )
}

fn spec() -> impl Strategy<Value = Spec> {
    prop::collection::vec(worker(), 1..5).prop_flat_map(|workers| {
        let n = workers.len();
        let mode = prop_oneof![
            3 => (any::<bool>(), any::<bool>()).prop_map(|(return_exceptions, print_group)| Mode::Gather { return_exceptions, print_group }),
            3 => (prop::collection::vec(any::<bool>(), n), any::<bool>()).prop_map(|(awaited, check_done)| Mode::Tasks { awaited, check_done }),
            1 => Just(Mode::Sequential),
            1 => Just(Mode::TaskList),
            2 => (
                prop_oneof![
                    Just(Holder::List),
                    Just(Holder::Dict),
                    prop::sample::select(DELAYS_MS.to_vec()).prop_map(|between| Holder::Rebound { between }),
                ],
                prop_oneof![Just(Release::Clear), Just(Release::Rebind), Just(Release::PopFirst), Just(Release::Keep)],
            )
                .prop_map(|(holder, release)| Mode::Kept { holder, release }),
            1 => (0..n, prop::sample::select(DELAYS_MS.to_vec()), prop::option::of(prop::sample::select(vec!["stop", "w'ait"])))
                .prop_map(|(victim, after, message)| Mode::Cancel { victim, after, message }),
        ];
        let catch = prop::option::of(prop::sample::select(vec!["Exception", "ValueError", "ArithmeticError", "LookupError", "KeyError, ZeroDivisionError", "IndexError, ValueError"]));
        let main_sleep = prop::option::weighted(0.3, prop::sample::select(DELAYS_MS.to_vec()));
        let timeout = prop::option::weighted(0.5, prop::sample::select(vec![5, 20, 45, 90, 150]));
        let draws = prop::option::weighted(0.4, any::<u8>());
        let traced = prop::bool::weighted(0.3);
        let custom = prop::bool::weighted(0.3);
        let gated = prop::bool::weighted(0.3);
        (Just(workers), mode, catch, main_sleep, prop::bool::weighted(0.3), timeout, draws, (traced, custom, gated)).prop_map(|(workers, mode, catch, main_sleep, main_finally, timeout, draws, (traced, custom, gated))| Spec {
            workers,
            mode,
            catch,
            main_sleep,
            main_finally,
            timeout,
            draws,
            traced,
            custom,
            gated,
        })
    })
}

fn seconds(ms: u32) -> Expr {
    float(ms as f64 / 1000.0)
}

fn worker_fn(i: usize, w: &Worker, draws: bool, custom: bool, gated: bool) -> Function {
    let mut body: Vec<Stmt> = vec![print(vec![Expr::FString(vec![
        FPart::Lit(format!("w{i} x=")),
        FPart::field(name("x"), false, ">3"),
        FPart::Lit(" step ".into()),
        FPart::field(name("step"), false, ""),
    ])])];
    if draws {
        body.push(print(vec![
            str(&format!("w{i} draws")),
            call(attr(name("random"), "randint"), vec![int(1), int(6)]),
        ]));
        body.push(Stmt::AugAssign {
            target: Target::Name("STEPS".into()),
            op: BinOp::Add,
            value: int(1),
        });
    }
    if let Some((at, failure)) = &w.fail_at {
        let fail = match failure {
            Failure::Value if custom => Stmt::Raise(Some(call_fn(
                "StepError",
                vec![int(i as i64), name("step")],
            ))),
            Failure::Value => raise("ValueError", &format!("w{i} failed")),
            Failure::Key => raise("KeyError", &format!("w{i}")),
            Failure::Type => expr(binop(BinOp::Mul, str("ten"), str("ten"))),
            Failure::ZeroDivision => expr(binop(BinOp::FloorDiv, name("x"), int(0))),
        };
        body.push(if_(
            compare(CmpOp::Eq, name("step"), int(*at)),
            vec![fail],
            vec![],
        ));
    }
    match w.pause {
        Pause::Yield => body.push(sleep(int(0))),
        Pause::Sleep(ms) => body.push(sleep(seconds(ms))),
        Pause::Block(ms) => body.push(block(seconds(ms))),
        Pause::None => {}
    }
    let step_up = || Stmt::AugAssign {
        target: interleave::program::Target::Name("step".into()),
        op: BinOp::Add,
        value: int(1),
    };
    let mut stmts = match w.looping {
        Looping::For => vec![for_("step", call_fn("range", vec![int(w.steps)]), body)],
        Looping::AsyncFor => vec![Stmt::AsyncFor {
            target: Target::Name("step".into()),
            iter: call_fn("ticks", vec![int(w.steps)]),
            body,
            orelse: vec![],
        }],
        Looping::While => {
            body.push(step_up());
            vec![
                assign("step", int(0)),
                Stmt::While {
                    test: compare(CmpOp::Lt, name("step"), int(w.steps)),
                    body,
                    orelse: vec![],
                },
            ]
        }
        Looping::WhileBreak { skip } => {
            let mut looped = vec![
                step_up(),
                if_(
                    compare(CmpOp::Ge, name("step"), int(w.steps)),
                    vec![Stmt::Break],
                    vec![],
                ),
                if_(
                    compare(CmpOp::Eq, name("step"), int(skip)),
                    vec![Stmt::Continue],
                    vec![],
                ),
            ];
            looped.extend(body);
            vec![
                assign("step", int(-1)),
                Stmt::While {
                    test: Expr::Bool(true),
                    body: looped,
                    orelse: vec![],
                },
            ]
        }
    };
    if w.cleanup {
        stmts = vec![Stmt::Try {
            body: stmts,
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![print(vec![str(&format!("w{i} cleans up"))])],
        }];
    }
    match w.returns {
        Returns::Nothing => {}
        Returns::Number => stmts.push(return_(binop(BinOp::Mul, name("x"), int(10)))),
        Returns::Text => stmts.push(return_(str(&format!("w{i}'s result")))),
        Returns::Items => stmts.push(return_(list(vec![name("x"), float(0.5), Expr::None]))),
    }
    if gated {
        stmts = vec![Stmt::With {
            is_async: true,
            context: call_fn("Gate", vec![int(i as i64)]),
            target: None,
            body: stmts,
        }];
    }
    if draws {
        stmts.insert(0, Stmt::Global(vec!["STEPS".into()]));
    }
    async_fn(&format!("w{i}"), &["x"], stmts)
}

fn call_worker(i: usize) -> Expr {
    call_fn(&format!("w{i}"), vec![int(i as i64 + 1)])
}

fn main_fn(spec: &Spec) -> Function {
    let n = spec.workers.len();
    let mut setup = Vec::new();
    let mut awaits = Vec::new();
    match &spec.mode {
        Mode::Gather {
            return_exceptions,
            print_group,
        } => {
            setup.push(assign(
                "group",
                gather((0..n).map(call_worker).collect(), *return_exceptions),
            ));
            if *print_group {
                setup.push(print(vec![name("group")]));
            }
            awaits.push(assign("results", await_(name("group"))));
            awaits.push(print(vec![name("results")]));
        }
        Mode::Tasks {
            awaited,
            check_done,
        } => {
            for i in 0..n {
                setup.push(assign(&format!("t{i}"), create_task(call_worker(i))));
            }
            for (i, a) in awaited.iter().enumerate() {
                if *a {
                    awaits.push(print(vec![
                        str(&format!("t{i} gave")),
                        await_(name(&format!("t{i}"))),
                    ]));
                }
            }
            if *check_done {
                awaits.push(print(
                    (0..n)
                        .map(|i| method(name(&format!("t{i}")), "done", vec![]))
                        .collect(),
                ));
            }
        }
        Mode::TaskList => {
            setup.push(assign(
                "tasks",
                list((0..n).map(|i| create_task(call_worker(i))).collect()),
            ));
            // `[await t for t in tasks]` (`results_comprehension`).
            awaits.push(assign(
                "results",
                await_(call(name(RESULTS), vec![name("tasks")])),
            ));
            awaits.push(assign("by_place", Expr::Dict(vec![])));
            awaits.push(Stmt::For {
                target: Target::Tuple(vec![Target::Name("i".into()), Target::Name("r".into())]),
                iter: call_fn("enumerate", vec![name("results")]),
                body: vec![Stmt::Assign {
                    target: Target::Subscript {
                        value: Box::new(name("by_place")),
                        index: Box::new(name("i")),
                    },
                    value: name("r"),
                }],
                orelse: vec![],
            });
            awaits.push(print(vec![name("by_place")]));
        }
        Mode::Kept { holder, release } => {
            let tasks = || (0..n).map(|i| create_task(call_worker(i)));
            let key = |i: usize| str(&format!("w{i}"));
            match holder {
                Holder::List => setup.push(assign("tasks", list(tasks().collect()))),
                Holder::Dict => setup.push(assign(
                    "tasks",
                    Expr::Dict(
                        tasks()
                            .enumerate()
                            .map(|(i, value)| interleave::program::DictItem { key: key(i), value })
                            .collect(),
                    ),
                )),
                Holder::Rebound { between } => {
                    for (i, task) in tasks().enumerate() {
                        if i > 0 {
                            setup.push(sleep(seconds(*between)));
                        }
                        setup.push(assign("t", task));
                        setup.push(print(vec![str(&format!("t is w{i}'s task"))]));
                    }
                }
            }
            // Every worker has finished by then (blocking sleeps
            // included), so what is let go of is reported at once.
            awaits.push(sleep(int(3)));
            let rebound = matches!(holder, Holder::Rebound { .. });
            let let_go = match (release, rebound) {
                (Release::Keep, _) => None,
                (Release::Clear | Release::Rebind, true) => Some(assign("t", Expr::None)),
                (Release::PopFirst, true) => Some(assign("t", int(0))),
                (Release::Clear, false) => Some(expr(method(name("tasks"), "clear", vec![]))),
                (Release::Rebind, false) => Some(assign("tasks", Expr::None)),
                (Release::PopFirst, false) => Some(expr(method(
                    name("tasks"),
                    "pop",
                    vec![match holder {
                        Holder::Dict => key(0),
                        _ => int(0),
                    }],
                ))),
            };
            awaits.extend(let_go);
            awaits.push(print(vec![str("let go")]));
            awaits.push(sleep(int(0)));
        }
        Mode::Cancel {
            victim,
            after,
            message,
        } => {
            for i in 0..n {
                setup.push(assign(&format!("t{i}"), create_task(call_worker(i))));
            }
            setup.push(sleep(seconds(*after)));
            let args = message.map(str).into_iter().collect();
            setup.push(print(vec![
                str("cancel gave"),
                method(name(&format!("t{victim}")), "cancel", args),
            ]));
            for i in 0..n {
                awaits.push(try_except(
                    vec![print(vec![
                        str(&format!("t{i} gave")),
                        await_(name(&format!("t{i}"))),
                    ])],
                    "BaseException",
                    "e",
                    vec![print(vec![
                        str(&format!("t{i} raised")),
                        call_fn("repr", vec![name("e")]),
                    ])],
                ));
            }
        }
        Mode::Sequential => {
            for i in 0..n {
                awaits.push(print(vec![
                    str(&format!("w{i} gave")),
                    await_within(call_worker(i), spec.timeout),
                ]));
            }
        }
    }
    if let Some(ms) = spec.main_sleep {
        setup.push(sleep(seconds(ms)));
    }
    let mut body = setup;
    let handlers = match spec.catch {
        Some(kind) => vec![interleave::program::Handler {
            kind: Some(match kind.split_once(", ") {
                Some((a, b)) => interleave::program::Caught::Tuple(vec![a.into(), b.into()]),
                None => interleave::program::Caught::One(kind.to_string()),
            }),
            name: Some("e".into()),
            body: vec![print(vec![
                str("main caught"),
                call_fn("repr", vec![name("e")]),
            ])],
            star: false,
        }],
        None => vec![],
    };
    let finalbody = if spec.main_finally {
        vec![print(vec![str("main finally")])]
    } else {
        vec![]
    };
    if handlers.is_empty() && finalbody.is_empty() {
        body.extend(awaits);
    } else {
        body.push(Stmt::Try {
            body: awaits,
            handlers,
            orelse: vec![],
            finalbody,
        });
    }
    body.push(print(vec![str("main done")]));
    if let Some(seed) = spec.draws {
        body.insert(
            0,
            expr(call(attr(name("random"), "seed"), vec![int(seed as i64)])),
        );
        body.push(print(vec![str("steps:"), name("STEPS")]));
    }
    async_fn("main", &[], body)
}

/// The list comprehension `Mode::TaskList`'s main calls.
const RESULTS: &str = "<listcomp>#main#0";

/// `[await t for t in tasks]` (`wait_for` around each with a timeout), as
/// the parser makes a list comprehension: a function of its own, called
/// with an iterator over `tasks`, a coroutine since it awaits.
fn results_comprehension(timeout: Option<u32>) -> Function {
    Function {
        name: RESULTS.into(),
        params: vec![interleave::program::Param::plain(
            interleave::program::GENEXPR_ARGUMENT.into(),
            None,
        )],
        body: vec![Stmt::For {
            target: Target::Name("t".into()),
            iter: name(interleave::program::GENEXPR_ARGUMENT),
            body: vec![Stmt::Collect {
                key: None,
                value: await_within(name("t"), timeout),
            }],
            orelse: vec![],
        }],
        is_async: true,
    }
}

fn to_program(spec: &Spec) -> Program {
    let mut workers: Vec<Function> = spec
        .workers
        .iter()
        .enumerate()
        .map(|(i, w)| worker_fn(i, w, spec.draws.is_some(), spec.custom, spec.gated))
        .collect();
    let mut functions = Vec::new();
    // The module's own code: `STEPS = 0`, each `w{i} = traced(<w{i}>)`
    // where its decorated `def` stands, then `asyncio.run(main())`.
    let mut module = Vec::new();
    if spec.draws.is_some() {
        module.push(assign("STEPS", int(0)));
    }
    let mut methods = Vec::new();
    let ticks = spec
        .workers
        .iter()
        .any(|w| matches!(w.looping, Looping::AsyncFor));
    if spec.gated || ticks {
        let (class, defined) = gate_and_ticks();
        if spec.gated {
            module.extend(class);
        }
        methods.extend(defined.into_iter().filter(|f| {
            (spec.gated && f.name.starts_with("Gate.")) || (ticks && f.name == "ticks")
        }));
    }
    if spec.custom {
        let (class, init) = step_error();
        module.push(class);
        methods.push(init);
    }
    if spec.traced {
        functions.extend(traced_fns());
        for w in &mut workers {
            let local = std::mem::take(&mut w.name);
            w.name = format!("{local}#0");
            module.push(assign(&local, call_fn("traced", vec![name(&w.name)])));
        }
    }
    // Decorated functions come after the others, where the module's
    // code binds them (as the parser puts them).
    let (decorated, plain): (Vec<Function>, Vec<Function>) =
        workers.into_iter().partition(|w| w.name.contains('#'));
    functions.extend(plain);
    functions.push(main_fn(spec));
    if let Mode::TaskList = spec.mode {
        functions.push(results_comprehension(spec.timeout));
    }
    functions.extend(methods);
    functions.extend(decorated);
    if !module.is_empty() {
        module.push(expr(call(
            attr(name("asyncio"), "run"),
            vec![call(name("main"), vec![])],
        )));
        functions.push(Function {
            name: interleave::program::MODULE.into(),
            params: Vec::new(),
            body: module,
            is_async: false,
        });
    }
    program(functions)
}

/// The statement that defines `StepError`, and its `__init__`:
///
/// ```python
/// class StepError(ValueError):
///     def __init__(self, worker, step):
///         super().__init__(f"w{worker} failed at step {step}")
///         self.worker = worker
/// ```
fn step_error() -> (Stmt, Function) {
    use interleave::program::{ClassAttr, ClassDef, Param};
    let init = "StepError.__init__";
    let message = Expr::FString(vec![
        FPart::Lit("w".into()),
        FPart::field(name("worker"), false, ""),
        FPart::Lit(" failed at step ".into()),
        FPart::field(name("step"), false, ""),
    ]);
    let function = Function {
        name: init.into(),
        params: ["self", "worker", "step"]
            .into_iter()
            .map(|p| Param::plain(p.into(), None))
            .collect(),
        body: vec![
            expr(call(
                attr(call_fn("super", vec![]), "__init__"),
                vec![message],
            )),
            Stmt::Assign {
                target: Target::Attribute {
                    value: Box::new(name("self")),
                    name: "worker".into(),
                },
                value: name("worker"),
            },
        ],
        is_async: false,
    };
    let class = Stmt::Assign {
        target: Target::Name("StepError".into()),
        value: Expr::Class(Box::new(ClassDef {
            module: None,
            name: "StepError".into(),
            base: Some(name("ValueError")),
            body: vec![ClassAttr {
                name: "__init__".into(),
                value: name(init),
            }],
            decorators: Vec::new(),
            fields: Vec::new(),
            typing_base: None,
        })),
    };
    (class, function)
}

/// `traced` and its wrapper:
///
/// ```python
/// def traced(func):
///     calls = 0
///     async def wrapper(*args, **kwargs):
///         nonlocal calls
///         calls += 1
///         print("enter", func.__name__, calls)
///         try:
///             return await func(*args, **kwargs)
///         finally:
///             print("leave", func.__name__)
///     return wrapper
/// ```
fn traced_fns() -> Vec<Function> {
    use interleave::program::{Keyword, Param, ParamKind};
    let wrapper = "traced.<locals>.wrapper";
    let func_name = || attr(name("func"), "__name__");
    let forwarded = Expr::Call {
        func: Box::new(name("func")),
        args: vec![starred(name("args"))],
        kwargs: vec![Keyword {
            name: Keyword::UNPACK.into(),
            value: name("kwargs"),
        }],
    };
    let traced = Function {
        name: "traced".into(),
        params: vec![Param::plain("func".into(), None)],
        body: vec![
            assign("calls", int(0)),
            assign("wrapper", name(wrapper)),
            return_(name("wrapper")),
        ],
        is_async: false,
    };
    let param = |n: &str, kind| Param {
        name: n.into(),
        default: None,
        kind,
    };
    let wrapper = Function {
        name: wrapper.into(),
        params: vec![
            param("args", ParamKind::VarArgs),
            param("kwargs", ParamKind::VarKw),
        ],
        body: vec![
            Stmt::Nonlocal(vec!["calls".into()]),
            Stmt::AugAssign {
                target: Target::Name("calls".into()),
                op: BinOp::Add,
                value: int(1),
            },
            print(vec![str("enter"), func_name(), name("calls")]),
            Stmt::Try {
                body: vec![return_(await_(forwarded))],
                handlers: Vec::new(),
                orelse: Vec::new(),
                finalbody: vec![print(vec![str("leave"), func_name()])],
            },
        ],
        is_async: true,
    };
    vec![traced, wrapper]
}

/// Timer deadlines that come within a microsecond of each other, set in
/// different loop iterations, could be ordered differently by the tests'
/// virtual clock (floats alone) than by the engine (which, as a real
/// clock would, orders deadlines within half a nanosecond by when they
/// were set).
fn has_ambiguous_timers(program: &Program) -> bool {
    let outcome = interleave::run(program, &support::options());
    let timers: Vec<(f64, u64)> = outcome
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Sleeping { until, .. } => Some((until, e.iteration)),
            _ => None,
        })
        .collect();
    timers.iter().enumerate().any(|(i, a)| {
        timers[i + 1..]
            .iter()
            .any(|b| (a.0 - b.0).abs() < 1e-6 && a.1 != b.1)
    })
}

#[test]
fn random_programs_print_what_cpython_prints() {
    let cases = support::proptest_cases(256);
    let config = Config {
        cases,
        max_local_rejects: cases * 4,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = support::proptest_runner(config);
    let collector_refusals = std::cell::Cell::new(0);
    let result = runner.run(&spec(), |spec| {
        let program = to_program(&spec);
        program.to_json(); // the model must serialise whatever is generated
        if has_ambiguous_timers(&program) {
            return Err(TestCaseError::reject("timers too close to call"));
        }
        let source = to_python(&program);
        // The parser reads the printed program back to a program that
        // prints the same (an empty block comes back as `pass`).
        let parsed = interleave::parse::program(&source)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{source}")))?;
        prop_assert_eq!(
            &to_python(&parsed),
            &source,
            "the parser does not read back what the printer wrote"
        );
        if let Some(why) = refused_for_the_collector(&program, &source) {
            collector_refusals.set(collector_refusals.get() + 1);
            return Err(TestCaseError::reject(why));
        }
        match support::differs_on_virtual_clock(&program, &source) {
            Some(report) => Err(TestCaseError::fail(report)),
            None => Ok(()),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // A refusal is an honest answer, but one that hid most programs would
    // leave this property testing nothing.
    assert!(
        collector_refusals.get() * 20 <= cases,
        "{} of {cases} programs were refused as depending on CPython's garbage collector",
        collector_refusals.get()
    );
}

/// When the engine refuses a program because what CPython would report
/// is freed by its garbage collector (a failed task kept by a reference
/// cycle: `main` catches, from `await t`, the exception whose traceback
/// holds `main`'s frame, which holds `t`), CPython's output must show such
/// a report: the refusal is then honest, and the case is set aside.
fn refused_for_the_collector(program: &Program, source: &str) -> Option<String> {
    let error = interleave::run(program, &support::options()).error?;
    let collector = error.kind == interleave::error::RunErrorKind::Unsupported
        && error.message.contains("garbage collector");
    if !collector {
        return None;
    }
    let theirs = support::cpython_source(source, support::Clock::Virtual);
    assert!(
        !theirs.stderr_exceptions.is_empty(),
        "the engine refused, saying CPython's collector would report something, but CPython reports nothing: {error}\n{source}"
    );
    Some(error.message)
}
