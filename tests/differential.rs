//! Differential tests: every preset, every example file and a set of edge
//! cases run on the engine and under CPython 3.11, compared byte for byte
//! (stdout, the last stderr line, the exit status).
//!
//! The presets' checked-in files (`presets/<name>/`) are compared too, so a
//! change to a preset's program, its Python or CPython's output shows in
//! review. `INTERLEAVE_BLESS=1 cargo test --test differential` rewrites
//! them from the code and from CPython.

mod support;

use interleave::presets;
use interleave::program::build::*;
use interleave::program::python::to_python;
use interleave::program::{BinOp, Expr, Program};
use std::path::Path;
use support::{assert_all_match, assert_same, cpython, Clock};

fn check_file(path: &Path, want: &str, bless: bool) {
    if bless {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run INTERLEAVE_BLESS=1 cargo test --test differential",
            path.display()
        )
    });
    assert_eq!(have, want, "{} is out of date; run INTERLEAVE_BLESS=1 cargo test --test differential and review the diff", path.display());
}

#[test]
fn every_preset_prints_what_cpython_prints() {
    let bless = std::env::var_os("INTERLEAVE_BLESS").is_some();
    for preset in presets::all() {
        let program = preset.program();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("presets")
            .join(preset.name);
        let theirs = cpython(&program, Clock::Virtual);
        check_file(
            &dir.join("program.json"),
            &format!("{}\n", program.to_json()),
            bless,
        );
        check_file(&dir.join("program.py"), &to_python(&program), bless);
        check_file(&dir.join("cpython.stdout"), &theirs.stdout, bless);
        check_file(
            &dir.join("cpython.stderr-last-line"),
            &format!("{}\n", theirs.stderr_last_line),
            bless,
        );
        // The engine's own trace: the browser tests (web/tests) compare
        // the wasm build against it. On the virtual clock, as the page
        // runs the forms' programs, and as CPython's loop views are
        // compared below.
        let options = support::options();
        let trace = interleave::trace::to_json_lines(&interleave::run(&program, &options).events);
        check_file(&dir.join("trace.jsonl"), &trace, bless);
        // Its steps as `interleave step --callbacks --tree --narrate`
        // prints them (the loop's views are held to CPython's by
        // `assert_same`): the browser tests compare the wasm build's.
        let mut steps = String::new();
        interleave::step(&program, &options, true, true, |step| {
            steps.push_str(&step.to_text(true))
        });
        check_file(&dir.join("steps.txt"), &steps, bless);
        check_file(
            &dir.join("cpython.exit-status"),
            &format!("{}\n", theirs.exit_status),
            bless,
        );
        // The checked-in JSON must load back into the same program (less
        // where a program preset's text put each line, which JSON omits).
        let json = std::fs::read_to_string(dir.join("program.json")).unwrap();
        assert_eq!(
            Program::from_json(&json).unwrap(),
            program.without_source(),
            "{}",
            preset.name
        );
        assert_same(preset.name, &program);
    }
}

#[test]
fn every_example_file_prints_what_cpython_prints() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let program = Program::from_json(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_same(&path.display().to_string(), &program);
            count += 1;
        }
    }
    assert!(count > 0, "examples/ should hold at least one program");
}

fn worker(name_: &str, label: &str, steps: i64, delay: Expr) -> interleave::program::Function {
    async_fn(
        name_,
        &[],
        vec![for_(
            "i",
            call_fn("range", vec![int(steps)]),
            vec![
                print(vec![binop(
                    BinOp::Add,
                    str(label),
                    call_fn("repr", vec![name("i")]),
                )]),
                sleep(delay.clone()),
            ],
        )],
    )
}

fn main_fn(body: Vec<interleave::program::Stmt>) -> interleave::program::Function {
    async_fn("main", &[], body)
}

fn caught(kind: &str, body: Vec<interleave::program::Stmt>) -> interleave::program::Stmt {
    try_except(
        body,
        kind,
        "e",
        vec![print(vec![str("caught"), call_fn("repr", vec![name("e")])])],
    )
}

fn boom(kind: &str, msg: &str) -> interleave::program::Function {
    async_fn(
        "boom",
        &[],
        vec![print(vec![str("boom starts")]), raise(kind, msg)],
    )
}

/// Programs that exercise the corners of the loop, each against CPython.
fn edge_cases() -> Vec<(&'static str, Program)> {
    vec![
        (
            "sleep(0) turns interleave one iteration at a time",
            program(vec![
                worker("a", "a", 3, int(0)),
                worker("b", "b", 3, int(0)),
                worker("c", "c", 2, float(0.01)),
                main_fn(vec![expr(await_(gather(
                    vec![
                        call_fn("a", vec![]),
                        call_fn("b", vec![]),
                        call_fn("c", vec![]),
                    ],
                    false,
                )))]),
            ]),
        ),
        (
            "nested gathers keep argument order",
            program(vec![
                async_fn(
                    "val",
                    &["x", "d"],
                    vec![sleep(name("d")), print(vec![name("x")]), return_(name("x"))],
                ),
                main_fn(vec![
                    assign(
                        "inner",
                        gather(
                            vec![
                                call_fn("val", vec![int(1), float(0.03)]),
                                call_fn("val", vec![int(2), float(0.01)]),
                            ],
                            false,
                        ),
                    ),
                    assign(
                        "r",
                        await_(gather(
                            vec![name("inner"), call_fn("val", vec![int(3), float(0.02)])],
                            false,
                        )),
                    ),
                    print(vec![name("r")]),
                    print(vec![name("inner")]),
                ]),
            ]),
        ),
        (
            "the first exception reaches main while the other tasks keep running",
            program(vec![
                worker("slow", "slow", 3, float(0.02)),
                boom("ValueError", "bad value"),
                main_fn(vec![
                    caught(
                        "ValueError",
                        vec![expr(await_(gather(
                            vec![call_fn("slow", vec![]), call_fn("boom", vec![])],
                            false,
                        )))],
                    ),
                    print(vec![str("main sleeps")]),
                    sleep(float(0.1)),
                    print(vec![str("main done")]),
                ]),
            ]),
        ),
        (
            "an unawaited failing task is reported as never retrieved",
            program(vec![
                boom("KeyError", "missing"),
                main_fn(vec![
                    expr(create_task(call_fn("boom", vec![]))),
                    sleep(float(0.01)),
                    print(vec![str("main done")]),
                ]),
            ]),
        ),
        (
            "main raises while holding a failed task",
            program(vec![
                boom("ValueError", "task failed"),
                main_fn(vec![
                    assign("t", create_task(call_fn("boom", vec![]))),
                    sleep(float(0.01)),
                    raise("RuntimeError", "main failed"),
                ]),
            ]),
        ),
        (
            "awaiting a finished task returns at once; done() tells",
            program(vec![
                async_fn("quick", &[], vec![return_(str("it's done"))]),
                main_fn(vec![
                    assign("t", create_task(call_fn("quick", vec![]))),
                    print(vec![method(name("t"), "done", vec![])]),
                    sleep(int(0)),
                    print(vec![method(name("t"), "done", vec![])]),
                    print(vec![await_(name("t"))]),
                    print(vec![await_(name("t"))]),
                    assign("g", gather(vec![name("t"), name("t")], false)),
                    print(vec![await_(name("g"))]),
                    print(vec![name("g")]),
                    print(vec![
                        attr(call_fn("type", vec![name("t")]), "__name__"),
                        attr(call_fn("type", vec![name("g")]), "__name__"),
                    ]),
                ]),
            ]),
        ),
        (
            "return_exceptions=True collects every kind of error in place",
            program(vec![
                async_fn(
                    "div",
                    &["a", "b"],
                    vec![return_(binop(BinOp::FloorDiv, name("a"), name("b")))],
                ),
                async_fn("key", &[], vec![raise("KeyError", "k")]),
                async_fn("bare", &[], vec![Stmt::Raise(Some(name("ValueError")))]),
                main_fn(vec![
                    assign(
                        "r",
                        await_(gather(
                            vec![
                                call_fn("div", vec![int(7), int(2)]),
                                call_fn("div", vec![int(1), int(0)]),
                                call_fn("key", vec![]),
                                call_fn("bare", vec![]),
                                call_fn("div", vec![float(-7.5), int(2)]),
                            ],
                            true,
                        )),
                    ),
                    print(vec![name("r")]),
                    for_("x", name("r"), vec![print(vec![name("x")])]),
                ]),
            ]),
        ),
        (
            "values print with Python's str and repr",
            program(vec![main_fn(vec![
                print(vec![
                    binop(BinOp::Add, float(0.1), float(0.2)),
                    float(1e-05),
                    float(2.0),
                    binop(BinOp::Div, int(1), int(3)),
                    float(1e16),
                    binop(BinOp::Mod, int(-7), int(2)),
                ]),
                print(vec![
                    str("it's"),
                    call_fn("repr", vec![str("it's")]),
                    list(vec![str("a'b"), str("c\"d"), str("tab\t")]),
                ]),
                print(vec![
                    list(vec![
                        Expr::None,
                        Expr::Bool(true),
                        Expr::Tuple(vec![int(1)]),
                    ]),
                    call_fn("len", vec![str("ABCDE")]),
                ]),
                print(vec![
                    call_fn("range", vec![int(3)]),
                    attr(call_fn("type", vec![float(1.5)]), "__name__"),
                ]),
                call_kw_stmt(),
            ])]),
        ),
        (
            "an uncaught KeyError ends the program with status 1",
            program(vec![
                boom("KeyError", "k"),
                main_fn(vec![expr(await_(call_fn("boom", vec![])))]),
            ]),
        ),
        (
            "time.sleep blocks the loop; timers fire late",
            program(vec![
                worker("w", "w", 3, float(0.01)),
                async_fn(
                    "blocker",
                    &[],
                    vec![block(float(0.05)), print(vec![str("unblocked")])],
                ),
                main_fn(vec![expr(await_(gather(
                    vec![call_fn("w", vec![]), call_fn("blocker", vec![])],
                    false,
                )))]),
            ]),
        ),
        (
            "cancelling a task: awaiting it raises CancelledError",
            program(vec![
                worker("w", "w", 5, float(0.01)),
                main_fn(vec![
                    assign("t", create_task(call_fn("w", vec![]))),
                    sleep(float(0.025)),
                    print(vec![method(name("t"), "cancel", vec![])]),
                    caught("asyncio.CancelledError", vec![expr(await_(name("t")))]),
                    print(vec![
                        method(name("t"), "cancelled", vec![]),
                        method(name("t"), "done", vec![]),
                    ]),
                ]),
            ]),
        ),
        (
            "an empty gather is an empty list",
            program(vec![main_fn(vec![print(vec![await_(gather(
                vec![],
                false,
            ))])])]),
        ),
        (
            "a gather nobody awaits still runs its tasks",
            program(vec![
                worker("w", "w", 2, float(0.01)),
                main_fn(vec![
                    assign("g", gather(vec![call_fn("w", vec![])], false)),
                    print(vec![name("g")]),
                    sleep(float(0.05)),
                    print(vec![name("g")]),
                ]),
            ]),
        ),
        (
            "an unawaited gather of a failing task reports the gather",
            program(vec![
                boom("ValueError", "lost"),
                main_fn(vec![
                    assign("g", gather(vec![call_fn("boom", vec![])], false)),
                    sleep(float(0.01)),
                    print(vec![str("main done")]),
                ]),
            ]),
        ),
        (
            "an unawaited gather is cancelled at shutdown",
            program(vec![
                worker("w", "w", 3, float(0.01)),
                main_fn(vec![
                    assign("g", gather(vec![call_fn("w", vec![])], false)),
                    sleep(float(0.015)),
                ]),
            ]),
        ),
        (
            "sequential awaits run one coroutine after another",
            program(vec![
                worker("a", "a", 2, float(0.01)),
                worker("b", "b", 2, float(0.01)),
                main_fn(vec![
                    expr(await_(call_fn("a", vec![]))),
                    expr(await_(call_fn("b", vec![]))),
                ]),
            ]),
        ),
    ]
}

use interleave::program::Stmt;

fn call_kw_stmt() -> Stmt {
    expr(call_kw(
        name("print"),
        vec![str("a"), str("b")],
        vec![("sep", str("-")), ("end", str("!\n"))],
    ))
}

#[test]
fn edge_cases_print_what_cpython_prints() {
    assert_all_match(&edge_cases());
}
