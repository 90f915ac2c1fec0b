//! No wrong answers: programs written to break an emulator (exact number
//! comparisons, NaN in containers, dicts changed mid-loop, CPython's argument
//! errors, escapes, task reprs at every state...), kept in
//! `tests/adversarial/` (their first versions found 35 wrong answers;
//! `module_names/` holds what a probe of imports, annotations, module
//! variables and `random` found (16 kinds of wrong answer, now right or
//! refused); `never_awaited/` and `never_retrieved/` probe when objects are freed,
//! and where each warning and report lands: the few that still differ,
//! on what CPython's garbage collector or `raise ... from` decide, are
//! kept out until they are modelled). Each must print exactly what CPython prints, or be
//! refused honestly: a refusal before anything runs, or a stop after
//! printing only what CPython printed first. Unlike the corpus, a refusal
//! passes here; a different answer never does.
//!
//! `INTERLEAVE_CASE=nan cargo test --test adversarial` runs the programs
//! whose path contains `nan`.

mod support;

use interleave::error::RunErrorKind;
use interleave::parse;
use std::path::{Path, PathBuf};
use support::{cpython_source, Clock, Observed};

fn programs() -> Vec<PathBuf> {
    let mut out =
        support::python_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/adversarial"));
    let only = std::env::var("INTERLEAVE_CASE").unwrap_or_default();
    out.retain(|p| p.to_string_lossy().contains(&only));
    out
}

/// Why a refusal is one: Interleave's own words, never Python's.
fn is_refusal(message: &str) -> bool {
    ["not supported", "not modelled", "Code mode", "Interleave"]
        .iter()
        .any(|w| message.contains(w))
}

/// `None` when the engine agrees with CPython or refuses honestly.
fn judge(name: &str, source: &str) -> Option<String> {
    let theirs = cpython_source(source, Clock::Virtual);
    let program = match parse::program(source) {
        Ok(p) => p,
        Err(e) if is_refusal(&e.message) => return None,
        // Python's own SyntaxError: CPython must refuse the text too.
        Err(e) => {
            return (theirs.exit_status != 1 || !theirs.stderr_last_line.contains("Error")).then(
                || format!("{name}: the parser says `{e}`, but CPython runs it:\n{theirs:#?}"),
            );
        }
    };
    let outcome = interleave::run(&program, &support::options());
    if let Some(e) = &outcome.error {
        let honest = matches!(
            e.kind,
            RunErrorKind::Unsupported | RunErrorKind::Limit | RunErrorKind::StepBudget
        ) && theirs.stdout.starts_with(&outcome.stdout);
        return (!honest).then(|| {
            format!(
                "{name}: stopped with `{e}` after printing what CPython did not:\n--- engine\n{}\n--- CPython\n{}",
                outcome.stdout, theirs.stdout
            )
        });
    }
    let ours = Observed::of(&outcome);
    if ours == theirs {
        return None;
    }
    // The virtual clock replaces `time`'s functions, whose errors and
    // reprs some of these programs print: plain CPython decides then (the
    // programs keep their timers far apart, so its real clock cannot
    // reorder them).
    for _ in 0..support::REAL_CLOCK_ATTEMPTS {
        if cpython_source(source, Clock::Real) == ours {
            return None;
        }
    }
    Some(format!(
        "{name}: a wrong answer; CPython is right.\n--- engine\n{ours:#?}\n--- CPython\n{theirs:#?}"
    ))
}

#[test]
fn every_adversarial_program_prints_what_cpython_prints_or_is_refused() {
    let files = programs();
    assert!(
        !files.is_empty() || std::env::var("INTERLEAVE_CASE").is_ok(),
        "tests/adversarial is empty"
    );
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let source = std::fs::read_to_string(f).unwrap();
            judge(&f.display().to_string(), &source)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
