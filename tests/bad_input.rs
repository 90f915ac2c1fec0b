//! Bad input never panics and never hangs: each mistake gets a message that
//! names the place and the fix, and the CLI exits non-zero.

use interleave::error::RunErrorKind;
use interleave::program::build::*;
use interleave::{Limits, Program, RunOptions};
use std::process::Command;

fn load_error(json: &str) -> String {
    match Program::from_json(json) {
        Ok(_) => panic!("expected {json} to be refused"),
        Err(e) => e.to_string(),
    }
}

fn main_only(body: &str) -> String {
    format!(r#"{{"functions": [{{"name": "main", "body": [{body}]}}]}}"#)
}

#[test]
fn malformed_json_names_line_and_column() {
    let e = load_error("{\"functions\": [\n  {\"name\": \"main\" \"body\": []}\n]}");
    assert!(e.contains("line 2 column"), "{e}");
    assert!(e.contains("not valid JSON"), "{e}");
}

#[test]
fn a_misspelt_statement_names_the_path_and_the_choices() {
    let e = load_error(&main_only(r#"{"prnt": []}"#));
    assert!(e.starts_with("functions[0].body[0]"), "{e}");
    assert!(
        e.contains("unknown variant `prnt`") && e.contains("`expr`"),
        "{e}"
    );
}

#[test]
fn an_unknown_function_is_refused_with_the_known_ones() {
    let e = load_error(&main_only(
        r#"{"expr": {"await": {"call": {"func": {"name": "fetch"}, "args": []}}}}"#,
    ));
    assert!(e.contains("functions[0] `main`.body[0].func"), "{e}");
    assert!(e.contains("calls `fetch`, which is not defined"), "{e}");
    assert!(e.contains("one of: main"), "{e}");
}

#[test]
fn a_missing_entry_point_lists_the_functions() {
    let e = load_error(r#"{"functions": [{"name": "start", "body": []}]}"#);
    assert!(e.starts_with("entry:"), "{e}");
    assert!(e.contains("start"), "{e}");
}

#[test]
fn what_cpython_warns_about_at_compile_time_is_refused_in_a_tree() {
    // `print("abc"["1"])`: CPython writes a SyntaxWarning at the learner's
    // line before running; a tree has no such line.
    let e = load_error(&main_only(
        r#"{"expr": {"call": {"func": {"name": "print"}, "args": [{"subscript": {"value": {"str": "abc"}, "index": {"str": "1"}}}]}}}"#,
    ));
    assert!(e.contains("functions[0] `main`.body[0]"), "{e}");
    assert!(
        e.contains("SyntaxWarning: str indices must be integers or slices, not str"),
        "{e}"
    );
}

#[test]
fn await_outside_async_def_is_refused() {
    let e = load_error(
        r#"{"functions": [
            {"name": "helper", "is_async": false, "body": [{"expr": {"await": {"name": "x"}}}]},
            {"name": "main", "body": []}]}"#,
    );
    assert!(e.contains("'await' outside async function"), "{e}");
}

#[test]
fn bad_names_and_duplicates_are_refused() {
    let e = load_error(
        r#"{"functions": [{"name": "main", "body": []}, {"name": "main", "body": []}]}"#,
    );
    assert!(e.contains("already defined"), "{e}");
    let e =
        load_error(r#"{"functions": [{"name": "main", "params": [{"name": "for"}], "body": []}]}"#);
    assert!(e.contains("keyword"), "{e}");
    let e = load_error(r#"{"functions": [{"name": "2fast", "body": []}]}"#);
    assert!(e.contains("not a valid name"), "{e}");
}

#[test]
fn too_large_or_too_deep_programs_are_refused() {
    let big = format!(
        r#"{{"functions": [{{"name": "main", "body": [{}]}}]}}"#,
        vec!["\"pass\""; 25_000].join(",")
    );
    assert!(load_error(&big).contains("too large"));
    let mut deep = "{\"int\": 1}".to_string();
    for _ in 0..60 {
        deep = format!(r#"{{"unary_op": {{"op": "-", "operand": {deep}}}}}"#);
    }
    assert!(load_error(&main_only(&format!(r#"{{"expr": {deep}}}"#))).contains("nested more than"));
    let huge = " ".repeat(interleave::program::MAX_JSON_BYTES + 1);
    assert!(load_error(&huge).contains("limit"));
}

#[test]
fn an_endless_loop_stops_at_the_step_budget() {
    let program = program(vec![async_fn(
        "main",
        &[],
        vec![for_(
            "i",
            call_fn("range", vec![int(1_000_000_000)]),
            vec![print(vec![name("i")])],
        )],
    )]);
    let options = RunOptions {
        limits: Limits {
            max_steps: 10_000,
            ..Limits::default()
        },
        no_trace: true,
        ..RunOptions::default()
    };
    let outcome = interleave::run(&program, &options);
    let error = outcome.error.expect("the run must be stopped");
    assert_eq!(error.kind, RunErrorKind::StepBudget);
    // The engine names no front end's flag; the CLI adds its own.
    assert!(error.to_string().contains("it may loop forever"), "{error}");
    assert!(!error.to_string().contains("--max-steps"), "{error}");
    // The output up to the stop is kept.
    assert!(outcome.stdout.starts_with("0\n1\n2\n"));
}

#[test]
fn tasks_waiting_on_each_other_are_a_deadlock_not_a_hang() {
    let waiter = async_fn(
        "waiter",
        &["box"],
        vec![
            sleep(int(0)),
            for_("t", name("box"), vec![expr(await_(name("t")))]),
        ],
    );
    let main = async_fn(
        "main",
        &[],
        vec![
            assign("box", list(vec![])),
            assign("a", create_task(call_fn("waiter", vec![name("box")]))),
            assign(
                "b",
                create_task(call_fn("waiter", vec![list(vec![name("a")])])),
            ),
            expr(method(name("box"), "append", vec![name("b")])),
            expr(await_(name("a"))),
        ],
    );
    let outcome = interleave::run(&program(vec![waiter, main]), &RunOptions::default());
    assert_eq!(
        outcome.error.expect("a deadlock is reported").kind,
        RunErrorKind::Deadlock
    );
}

#[test]
fn too_many_tasks_stop_the_run() {
    let main = async_fn(
        "main",
        &[],
        vec![for_(
            "i",
            call_fn("range", vec![int(100)]),
            vec![expr(create_task(call_fn("main", vec![])))],
        )],
    );
    let options = RunOptions {
        limits: Limits {
            max_tasks: 50,
            ..Limits::default()
        },
        no_trace: true,
        ..RunOptions::default()
    };
    let error = interleave::run(&program(vec![main]), &options)
        .error
        .expect("stopped");
    assert!(error.to_string().contains("--max-tasks"), "{error}");
}

fn cli(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_interleave"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

#[test]
fn cli_runs_presets_with_pythons_output_and_status() {
    let (out, err, code) = cli(&["run", "--preset", "return-exceptions-off"]);
    assert_eq!(out, "");
    assert!(
        err.ends_with("TypeError: can't multiply sequence by non-int of type 'str'\n"),
        "{err}"
    );
    assert_eq!(code, 1);
    let (out, _, code) = cli(&["run", "--preset", "create-task-not-awaited"]);
    assert_eq!((out.as_str(), code), ("0\nA\n", 0));
}

#[test]
fn cli_steps_a_run_showing_the_loop_before_each_iteration() {
    // `create-task-not-awaited`: main returns while its two tasks sleep,
    // and `asyncio.run` cancels them: their wake-ups come from
    // cancelled futures (CPython's loop holds the same: tests/step.rs).
    let (out, _, code) = cli(&["step", "--preset", "create-task-not-awaited"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("== iteration 1 at 0.000000\nready:\n  step Task-1\ntimers: none\ntasks:\n  Task-1 main(): not started\n== iteration 2"),
        "{out}"
    );
    assert!(
        out.contains("  stop the loop: Task-1 done\ntimers: none\ntasks:\n  Task-2 display_nums(): not started\n  Task-3 display_letters(): not started\n0\nA\n== iteration 3"),
        "{out}"
    );
    assert!(
        out.contains("ready:\n  wake Task-2: future due at 0.001000 cancelled\n  wake Task-3: future due at 0.001000 cancelled\n"),
        "{out}"
    );
    // As JSON Lines: one object per step: the view before it, what it
    // printed, and what it did in words.
    let (json, _, code) = cli(&["step", "--preset", "create-task-not-awaited", "--json"]);
    assert_eq!(code, 0);
    let steps: Vec<serde_json::Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(steps.len(), 9, "{json}");
    assert_eq!(steps[1]["printed"], "0\nA\n");
    let view = &steps[2]["view"];
    assert_eq!(
        view["tasks"][0]["waiting_on"],
        serde_json::json!({"future": {"due": 0.001}})
    );
    // The variables of each paused frame, as `repr` writes them.
    assert_eq!(view["tasks"][0]["frames"][0]["function"], "display_nums");
    assert_eq!(
        view["tasks"][0]["frames"][0]["locals"][0],
        serde_json::json!(["num", "0"])
    );
    assert_eq!(view["tasks"][0]["line"], 7);
    assert_eq!(view["timers"][0]["when"], 0.001);
    assert!(
        steps[1]["narration"]
            .as_str()
            .unwrap()
            .contains("main is done, so asyncio.run cancels the tasks still pending"),
        "{}",
        steps[1]["narration"]
    );
}

#[test]
fn cli_prints_python_trace_and_presets() {
    let (py, _, code) = cli(&["python", "--preset", "gather-squares"]);
    assert_eq!(code, 0);
    assert!(
        py.contains("asyncio.gather(square(20), square(100), square(200))"),
        "{py}"
    );
    let (trace, _, _) = cli(&["trace", "examples/countdown.json"]);
    let lines: Vec<serde_json::Value> = trace
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.first().unwrap()["event"], "task_created");
    assert_eq!(lines.last().unwrap()["event"], "finished");
    assert!(lines
        .iter()
        .any(|l| l["event"] == "printed" && l["text"] == "rocket: 3\n"));
    let (list, _, _) = cli(&["presets"]);
    assert!(list.lines().count() >= 8 && list.contains("fetch-data"));
}

#[test]
fn cli_errors_say_what_to_do_and_exit_2() {
    let (_, err, code) = cli(&["run", "--preset", "nope"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no preset named `nope`; choose one of: gather-numbers-letters"),
        "{err}"
    );
    let (_, err, code) = cli(&["run", "missing.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.json: cannot read it"), "{err}");
    let (_, err, code) = cli(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown command") && err.contains("usage:"),
        "{err}"
    );
    let (_, err, code) = cli(&["run", "--preset", "fetch-data", "--max-steps", "ten"]);
    assert_eq!(code, 2);
    assert!(err.contains("--max-steps wants a whole number"), "{err}");
    // Out of steps: the CLI says how to raise its budget.
    let (_, err, code) = cli(&["run", "--preset", "fetch-data", "--max-steps", "3"]);
    assert_eq!(code, 2);
    assert!(err.contains("it may loop forever"), "{err}");
    assert!(err.contains("raise the budget with --max-steps N"), "{err}");
}

/// A refusal the run meets halfway is shown instead of the output before
/// it: half a run that stops on Interleave's account would show a run
/// CPython never stops at. An endless run keeps its output (that is the
/// program's own behaviour).
#[test]
fn cli_shows_a_refusal_met_while_running_instead_of_half_the_output() {
    let dir = std::env::temp_dir().join(format!("interleave-refusal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let refused = dir.join("refused.py");
    std::fs::write(
        &refused,
        "import asyncio\n\ndef f(a=1):\n    return a\n\nasync def main():\n    print('before')\n    await asyncio.sleep(0.1)\n    print(f.__code__)\n\nasyncio.run(main())\n",
    )
    .unwrap();
    let (out, err, code) = cli(&["run", refused.to_str().unwrap()]);
    assert_eq!(out, "", "nothing of the run is shown");
    assert!(
        err.starts_with("interleave: not supported (line 9, column 13)"),
        "{err}"
    );
    assert_eq!(code, 2);
    let endless = dir.join("endless.py");
    std::fs::write(
        &endless,
        "import asyncio\n\nasync def main():\n    print('tick')\n    while True:\n        pass\n\nasyncio.run(main())\n",
    )
    .unwrap();
    let (out, err, code) = cli(&["run", endless.to_str().unwrap(), "--max-steps", "1000"]);
    assert_eq!(out, "tick\n", "{err}");
    assert!(err.contains("limit reached"), "{err}");
    assert_eq!(code, 2);
}
