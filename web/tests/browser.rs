#![cfg(target_arch = "wasm32")]
//! In the browser: the engine compiled to wasm gives, for every preset, the
//! trace the native engine gives (checked in as `presets/<name>/trace.jsonl`
//! by the native differential tests), driven the way the page drives it:
//! one loop iteration at a time. So browser and native cannot drift apart.
//!
//! Run with `wasm-pack test --headless --chrome web` (scripts/test.sh does).

use interleave::trace::to_json_lines;
use interleave::{presets, RunOptions, Session};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NATIVE_TRACES: &[(&str, &str)] = &[
    (
        "blocking-sleep",
        include_str!("../../presets/blocking-sleep/trace.jsonl"),
    ),
    (
        "create-task-awaited",
        include_str!("../../presets/create-task-awaited/trace.jsonl"),
    ),
    (
        "create-task-not-awaited",
        include_str!("../../presets/create-task-not-awaited/trace.jsonl"),
    ),
    (
        "create-task-results",
        include_str!("../../presets/create-task-results/trace.jsonl"),
    ),
    (
        "fetch-data",
        include_str!("../../presets/fetch-data/trace.jsonl"),
    ),
    (
        "gather-numbers-letters",
        include_str!("../../presets/gather-numbers-letters/trace.jsonl"),
    ),
    (
        "gather-squares",
        include_str!("../../presets/gather-squares/trace.jsonl"),
    ),
    (
        "return-exceptions-off",
        include_str!("../../presets/return-exceptions-off/trace.jsonl"),
    ),
    (
        "return-exceptions-on",
        include_str!("../../presets/return-exceptions-on/trace.jsonl"),
    ),
    (
        "sequential-awaits",
        include_str!("../../presets/sequential-awaits/trace.jsonl"),
    ),
];

fn session(name: &str) -> Session {
    let preset = presets::find(name).unwrap_or_else(|e| panic!("{e}"));
    Session::new(&preset.program(), &RunOptions::default())
}

#[wasm_bindgen_test]
fn every_preset_traces_in_the_browser_exactly_as_natively() {
    for (name, native) in NATIVE_TRACES {
        let mut run = session(name);
        let mut trace = to_json_lines(&run.new_events());
        while run.advance() {
            trace.push_str(&to_json_lines(&run.new_events()));
        }
        trace.push_str(&to_json_lines(&run.new_events()));
        assert!(run.is_finished());
        assert_eq!(
            &trace, native,
            "preset {name}: the browser's trace differs from the native one"
        );
    }
}

#[wasm_bindgen_test]
fn every_preset_has_a_native_trace_to_compare_with() {
    let covered: Vec<&str> = NATIVE_TRACES.iter().map(|(n, _)| *n).collect();
    assert_eq!(presets::all().len(), covered.len());
    for preset in presets::all() {
        assert!(
            covered.contains(&preset.name),
            "add presets/{}/trace.jsonl to NATIVE_TRACES",
            preset.name
        );
    }
}

#[wasm_bindgen_test]
fn a_sleeping_loop_says_how_long_the_page_should_wait() {
    let mut run = session("fetch-data");
    let mut waits = Vec::new();
    loop {
        if let Some(until) = run.idle_until() {
            waits.push(until);
        }
        if !run.advance() {
            break;
        }
    }
    // Each fetch sleeps once, for its own delay.
    assert_eq!(waits, vec![0.1, 0.2, 0.3]);
}

/// Containers nested far deeper than CPython can print: the browser's
/// stack is smaller than a native thread's, and neither printing
/// (RecursionError at CPython's depth) nor freeing them may overflow it.
/// `tests/python_source.rs` holds the same program's output to CPython's.
#[wasm_bindgen_test]
fn deep_nesting_fits_the_browser_stack() {
    let source = include_str!("../../corpus/constructs/deep_nesting.py");
    let program = interleave::parse::program(source).expect("the corpus parses");
    let outcome = interleave::run(&program, &RunOptions::default());
    assert_eq!(outcome.error, None);
    assert_eq!(
        outcome
            .stdout
            .matches("RecursionError: maximum recursion depth")
            .count(),
        2,
        "{}",
        outcome.stdout
    );
    assert!(outcome.stdout.ends_with("done\n"), "{}", outcome.stdout);
}
