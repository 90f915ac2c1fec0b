//! The presets: every runnable example of the tutorials in `shared/seeds`,
//! plus a few that show what the tutorials describe in words. Each is built
//! here with `program::build`; `presets/<name>/` holds its JSON, its Python
//! and what CPython printed for it, checked by the differential tests.

use crate::program::build::*;
use crate::program::{BinOp, Program};

/// One ready-made example.
pub struct Preset {
    /// Stable identifier, used on the command line and in links.
    pub name: &'static str,
    /// One line for a menu.
    pub title: &'static str,
    /// What to notice when it runs.
    pub lesson: &'static str,
    pub build: fn() -> Program,
}

impl Preset {
    pub fn program(&self) -> Program {
        (self.build)()
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
        let names: Vec<&str> = PRESETS.iter().map(|p| p.name).collect();
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
        build: gather_numbers_letters,
    },
    Preset {
        name: "gather-squares",
        title: "gather(): results come back in argument order",
        lesson: "await gather(...) is a list of the return values, in the order the coroutines were given.",
        build: gather_squares,
    },
    Preset {
        name: "return-exceptions-off",
        title: "gather(return_exceptions=False): the first exception propagates",
        lesson: "square('ten') raises TypeError; await gather(...) raises it in main, and the program ends with a traceback.",
        build: || return_exceptions(false),
    },
    Preset {
        name: "return-exceptions-on",
        title: "gather(return_exceptions=True): exceptions become results",
        lesson: "The TypeError is placed in the result list where square('ten')'s value would be.",
        build: || return_exceptions(true),
    },
    Preset {
        name: "create-task-awaited",
        title: "create_task(): tasks run as soon as main waits",
        lesson: "Both tasks start when main first awaits; awaiting task1 then task2 lets both finish.",
        build: || create_task_display(true),
    },
    Preset {
        name: "create-task-not-awaited",
        title: "create_task() without await: started, never finished",
        lesson: "main returns at once; each task gets one step (0 and A) before asyncio.run cancels them.",
        build: || create_task_display(false),
    },
    Preset {
        name: "create-task-results",
        title: "create_task(): await a task to get its return value",
        lesson: "await task gives the coroutine's return value.",
        build: create_task_results,
    },
    Preset {
        name: "fetch-data",
        title: "gather(*tasks): fetches finish out of order, results stay in order",
        lesson: "The fetches finish shortest delay first, but the result list follows the order the tasks were given.",
        build: fetch_data,
    },
    Preset {
        name: "blocking-sleep",
        title: "time.sleep() blocks the whole loop",
        lesson: "While one task calls time.sleep, no other task can run: the worker's steps wait for it.",
        build: blocking_sleep,
    },
];

/// `async def name(): for num in range(5): print(num); await asyncio.sleep(0.001)`
fn numbers_task(name: &str) -> crate::program::Function {
    async_fn(
        name,
        &[],
        vec![print_and_sleep(
            "num",
            call_fn("range", vec![int(5)]),
            0.001,
        )],
    )
}

/// The same over the letters `ABCDE`.
fn letters_task(name: &str) -> crate::program::Function {
    async_fn(name, &[], vec![print_and_sleep("let", str("ABCDE"), 0.001)])
}

/// `for x in iter: print(x); await asyncio.sleep(delay)`
fn print_and_sleep(var: &str, iter: crate::program::Expr, delay: f64) -> crate::program::Stmt {
    for_(var, iter, vec![print(vec![name(var)]), sleep(float(delay))])
}

fn gather_numbers_letters() -> Program {
    program(vec![
        numbers_task("task1"),
        letters_task("task2"),
        async_fn(
            "main",
            &[],
            vec![
                assign(
                    "group",
                    gather(
                        vec![call_fn("task1", vec![]), call_fn("task2", vec![])],
                        false,
                    ),
                ),
                print(vec![name("group")]),
                expr(await_(name("group"))),
            ],
        ),
    ])
}

fn square() -> crate::program::Function {
    async_fn(
        "square",
        &["x"],
        vec![return_(binop(BinOp::Mul, name("x"), name("x")))],
    )
}

fn gather_squares() -> Program {
    let calls = [20, 100, 200]
        .map(|x| call_fn("square", vec![int(x)]))
        .to_vec();
    program(vec![
        square(),
        async_fn(
            "main",
            &[],
            vec![
                assign("group", gather(calls, false)),
                assign("results", await_(name("group"))),
                print(vec![name("results")]),
            ],
        ),
    ])
}

fn return_exceptions(on: bool) -> Program {
    let calls = vec![
        call_fn("square", vec![int(20)]),
        call_fn("square", vec![str("ten")]),
        call_fn("square", vec![int(100)]),
    ];
    program(vec![
        square(),
        async_fn(
            "main",
            &[],
            vec![
                assign("group", gather(calls, on)),
                assign("results", await_(name("group"))),
                print(vec![name("results")]),
            ],
        ),
    ])
}

fn create_task_display(awaited: bool) -> Program {
    let mut main = vec![
        assign("task1", create_task(call_fn("display_nums", vec![]))),
        assign("task2", create_task(call_fn("display_letters", vec![]))),
    ];
    if awaited {
        main.push(expr(await_(name("task1"))));
        main.push(expr(await_(name("task2"))));
    }
    program(vec![
        numbers_task("display_nums"),
        letters_task("display_letters"),
        async_fn("main", &[], main),
    ])
}

fn create_task_results() -> Program {
    program(vec![
        square(),
        async_fn(
            "main",
            &[],
            vec![
                assign("task1", create_task(call_fn("square", vec![int(10)]))),
                assign("task2", create_task(call_fn("square", vec![int(20)]))),
                assign("result1", await_(name("task1"))),
                assign("result2", await_(name("task2"))),
                print(vec![name("result1")]),
                print(vec![name("result2")]),
            ],
        ),
    ])
}

fn fstring(parts: Vec<crate::program::FPart>) -> crate::program::Expr {
    crate::program::Expr::FString(parts)
}

fn lit(s: &str) -> crate::program::FPart {
    crate::program::FPart::Lit(s.to_string())
}

fn field(e: crate::program::Expr) -> crate::program::FPart {
    crate::program::FPart::Field {
        value: e,
        repr: false,
    }
}

fn fetch_data() -> Program {
    let sources = [("users", 0.3), ("orders", 0.1), ("inventory", 0.2)];
    let mut main = vec![assign("tasks", list(vec![]))];
    for (source, delay) in sources {
        main.push(expr(method(
            name("tasks"),
            "append",
            vec![call_fn("fetch_data", vec![str(source), float(delay)])],
        )));
    }
    main.push(assign(
        "results",
        await_(gather(vec![starred(name("tasks"))], false)),
    ));
    main.push(for_(
        "result",
        name("results"),
        vec![print(vec![name("result")])],
    ));
    program(vec![
        async_fn(
            "fetch_data",
            &["source", "delay"],
            vec![
                print(vec![fstring(vec![
                    lit("Fetching "),
                    field(name("source")),
                    lit("..."),
                ])]),
                sleep(name("delay")),
                print(vec![fstring(vec![
                    lit("Fetched "),
                    field(name("source")),
                    lit(" after "),
                    field(name("delay")),
                    lit("s"),
                ])]),
                return_(fstring(vec![field(name("source")), lit(" data")])),
            ],
        ),
        async_fn("main", &[], main),
    ])
}

fn blocking_sleep() -> Program {
    program(vec![
        async_fn(
            "worker",
            &[],
            vec![for_(
                "i",
                call_fn("range", vec![int(3)]),
                vec![
                    print(vec![fstring(vec![lit("worker step "), field(name("i"))])]),
                    sleep(float(0.1)),
                ],
            )],
        ),
        async_fn(
            "blocker",
            &[],
            vec![
                print(vec![str("blocker: calling time.sleep(0.35)")]),
                block(float(0.35)),
                print(vec![str("blocker: awake again")]),
            ],
        ),
        async_fn(
            "main",
            &[],
            vec![expr(await_(gather(
                vec![call_fn("worker", vec![]), call_fn("blocker", vec![])],
                false,
            )))],
        ),
    ])
}
