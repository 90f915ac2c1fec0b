#![cfg(target_arch = "wasm32")]
//! In the browser: the engine compiled to wasm gives, for every preset, the
//! trace the native engine gives (checked in as `presets/<name>/trace.jsonl`
//! by the native differential tests), driven the way the page drives it:
//! one loop iteration at a time; and step mode's text (`steps.txt`, what
//! `interleave step --callbacks --tree --narrate` prints). So browser and
//! native cannot drift apart.
//!
//! Run with `wasm-pack test --headless --chrome web` (scripts/test.sh does).

use interleave::trace::to_json_lines;
use interleave::{presets, RunOptions, Session};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each preset's native trace and step transcript, as the native tests
/// check them in.
macro_rules! native {
    ($($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_str!(concat!("../../presets/", $name, "/trace.jsonl")),
            include_str!(concat!("../../presets/", $name, "/steps.txt")),
        )),*]
    };
}

const NATIVE: &[(&str, &str, &str)] = native![
    "blocking-sleep",
    "create-task-awaited",
    "create-task-not-awaited",
    "create-task-results",
    "fetch-data",
    "gather-numbers-letters",
    "gather-squares",
    "return-exceptions-off",
    "return-exceptions-on",
    "sequential-awaits",
];

fn session(name: &str) -> Session {
    let preset = presets::find(name).unwrap_or_else(|e| panic!("{e}"));
    Session::new(&preset.program(), &virtual_clock())
}

/// The options the native tests record the presets' traces with: the
/// virtual clock, as the page runs the forms' programs.
fn virtual_clock() -> RunOptions {
    RunOptions {
        real_clock: false,
        ..RunOptions::default()
    }
}

#[wasm_bindgen_test]
fn every_preset_traces_in_the_browser_exactly_as_natively() {
    for (name, native, _) in NATIVE {
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

/// Step mode's text (the loop's views, the tasks' tree, the narration),
/// which the page shows, is the native one step by step.
#[wasm_bindgen_test]
fn every_preset_steps_in_the_browser_exactly_as_natively() {
    for (name, _, native) in NATIVE {
        let program = presets::find(name).unwrap().program();
        let mut steps = String::new();
        interleave::step(&program, &virtual_clock(), true, true, |step| {
            steps.push_str(&step.to_text(true))
        });
        assert_eq!(
            &steps, native,
            "preset {name}: the browser's steps differ from the native ones"
        );
    }
}

/// Every preset this build can run; those that need asyncio's Python half
/// (TaskGroup, Semaphore, Queue, timeouts, threads) run in the release
/// build's third module, where `tests/e2e.py` runs each one on the page
/// and compares the console with CPython's output.
#[wasm_bindgen_test]
fn every_preset_has_a_native_trace_to_compare_with() {
    let covered: Vec<&str> = NATIVE.iter().map(|(n, _, _)| *n).collect();
    let here: Vec<&str> = presets::all()
        .iter()
        .filter(|p| !p.needs_asyncio_py())
        .map(|p| p.name)
        .collect();
    for name in &here {
        assert!(covered.contains(name), "add preset {name} to NATIVE");
    }
    assert_eq!(here.len(), covered.len());
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
