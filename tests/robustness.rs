//! Arbitrary input never panics and never hangs: random edits of the presets'
//! JSON are loaded, and whatever loads is run under small budgets.

mod support;

use interleave::{presets, Limits, Program, RunOptions};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// One edit of a JSON text: delete, insert or replace a short span.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Replace { at: usize, text: String },
}

fn edit() -> impl Strategy<Value = Edit> {
    // Fragments that keep the text close to valid, so edits reach the
    // validator and the engine, not only the JSON parser.
    let fragment = prop::sample::select(vec![
        "0",
        "-1",
        "1e308",
        "\"x\"",
        "null",
        "true",
        "[]",
        "{}",
        ",",
        ":",
        "\"main\"",
        "{\"int\": -5}",
        "{\"name\": \"x\"}",
        "{\"await\": {\"name\": \"x\"}}",
        "\"pass\"",
        "{\"str\": \"\\u0000\"}",
        "9999999999999999999",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        (any::<usize>(), 1usize..8).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), fragment.clone()).prop_map(|(at, text)| Edit::Insert { at, text }),
        (any::<usize>(), fragment).prop_map(|(at, text)| Edit::Replace { at, text }),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for e in edits {
        let n = bytes.len().max(1);
        match e {
            Edit::Delete { at, len } => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            Edit::Insert { at, text } => {
                let at = at % n;
                bytes.splice(at..at, text.bytes());
            }
            Edit::Replace { at, text } => {
                let at = at % n;
                let end = (at + text.len()).min(bytes.len());
                bytes.splice(at..end, text.bytes());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn edited_programs_load_or_fail_cleanly_and_runs_end() {
    let sources: Vec<String> = presets::all()
        .iter()
        .map(|p| p.program().to_json())
        .collect();
    let options = RunOptions {
        limits: Limits {
            max_steps: 5_000,
            max_tasks: 200,
        },
        no_trace: false,
        ..RunOptions::default()
    };
    let mut runner = support::proptest_runner(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..sources.len(), prop::collection::vec(edit(), 1..4));
    let loaded = std::cell::Cell::new(0usize);
    runner
        .run(&strategy, |(which, edits)| {
            let text = apply(&sources[which], &edits);
            match Program::from_json(&text) {
                Ok(program) => {
                    loaded.set(loaded.get() + 1);
                    let outcome = interleave::run(&program, &options);
                    // Finished or stopped with a reason: never silent.
                    match &outcome.error {
                        Some(e) => prop_assert!(!e.message.is_empty()),
                        // Exit status 1 is an uncaught exception, reported.
                        None => prop_assert!(
                            outcome.exit_status == 0
                                || (outcome.exit_status == 1 && !outcome.stderr.is_empty()),
                            "exit status {} with stderr {:?}",
                            outcome.exit_status,
                            outcome.stderr
                        ),
                    }
                    let last = outcome.events.last().map(|e| &e.kind);
                    prop_assert!(
                        matches!(last, Some(interleave::trace::EventKind::Finished { .. })),
                        "the trace must end with `finished`"
                    );
                }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
            Ok(())
        })
        .unwrap();
    // The edits must also exercise the engine, not only the parser.
    let loaded = loaded.get();
    assert!(loaded > 10, "only {loaded} edited programs loaded");
}
