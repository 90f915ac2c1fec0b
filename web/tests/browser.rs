#![cfg(target_arch = "wasm32")]
//! In the browser: the engine compiled to wasm gives, for every preset, the
//! trace the native engine gives (checked in as `presets/<name>/trace.jsonl`
//! by the native differential tests), driven the way the page drives it:
//! one loop iteration at a time. So browser and native cannot drift apart.
//!
//! Run with `wasm-pack test --headless --chrome web` (scripts/test.sh does).

use interleave_web::{preset_list, Playground};
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
];

#[wasm_bindgen_test]
fn every_preset_traces_in_the_browser_exactly_as_natively() {
    for (name, native) in NATIVE_TRACES {
        let mut run = Playground::preset(name).unwrap_or_else(|_| panic!("preset {name}"));
        let mut trace = run.new_events();
        while run.advance() {
            trace.push_str(&run.new_events());
        }
        trace.push_str(&run.new_events());
        assert!(run.is_finished());
        assert_eq!(
            &trace, native,
            "preset {name}: the browser's trace differs from the native one"
        );
    }
}

#[wasm_bindgen_test]
fn every_preset_has_a_native_trace_to_compare_with() {
    let list: Vec<serde_json::Value> = serde_json::from_str(&preset_list()).unwrap();
    let names: Vec<&str> = list.iter().map(|p| p["name"].as_str().unwrap()).collect();
    let covered: Vec<&str> = NATIVE_TRACES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names.len(), covered.len());
    for name in names {
        assert!(
            covered.contains(&name),
            "add presets/{name}/trace.jsonl to NATIVE_TRACES"
        );
    }
}

#[wasm_bindgen_test]
fn a_sleeping_loop_says_how_long_the_page_should_wait() {
    let mut run = Playground::preset("fetch-data").unwrap();
    let mut waits = Vec::new();
    loop {
        if let Some(until) = run.idle_until() {
            waits.push(until);
        }
        if !run.advance() {
            break;
        }
    }
    assert_eq!(waits, vec![0.1, 0.2, 0.3]);
}

#[wasm_bindgen_test]
fn a_bad_program_is_refused_with_the_place_and_the_fix() {
    let program = r#"{"functions": [{"name": "main", "body": [{"prnt": []}]}]}"#;
    let err = match Playground::new(program) {
        Ok(_) => panic!("a misspelt statement must be refused"),
        Err(e) => wasm_bindgen::JsValue::from(e),
    };
    let message = js_sys_message(&err);
    assert!(message.contains("functions[0].body[0]"), "{message}");
    assert!(message.contains("unknown variant `prnt`"), "{message}");
}

/// The message of a JS `Error`.
fn js_sys_message(err: &wasm_bindgen::JsValue) -> String {
    let message = wasm_bindgen::JsValue::from_str("message");
    js_sys::Reflect::get(err, &message)
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_default()
}
