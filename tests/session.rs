//! The incremental API the page paces runs with: stepping a session one
//! iteration at a time gives the same events as running it at once, and it
//! says when the loop would sleep, so a page can wait that long.

use interleave::trace::EventKind;
use interleave::{presets, RunOptions, Session};

#[test]
fn stepping_gives_the_same_trace_as_running_at_once() {
    for preset in presets::all() {
        let program = preset.program();
        let whole = interleave::run(&program, &RunOptions::default());
        let mut session = Session::new(&program, &RunOptions::default());
        let mut events = session.new_events();
        while session.advance() {
            events.extend(session.new_events());
        }
        events.extend(session.new_events());
        assert_eq!(events, whole.events, "{}", preset.name);
        let outcome = session.finish();
        // Handed out, not kept: a stepped page holds each event once.
        assert_eq!(outcome.events, [], "{}", preset.name);
        assert_eq!(outcome.stdout, whole.stdout, "{}", preset.name);
        assert_eq!(outcome.exit_status, whole.exit_status, "{}", preset.name);
    }
}

#[test]
fn a_session_says_when_the_loop_would_sleep() {
    let program = presets::get("fetch-data").unwrap().program();
    let mut session = Session::new(&program, &RunOptions::default());
    let mut waits = Vec::new();
    loop {
        if let Some(until) = session.idle_until() {
            assert!(until >= session.now(), "the clock never runs backwards");
            waits.push(until);
        }
        if !session.advance() {
            break;
        }
    }
    // The three fetches sleep 0.1, 0.2 and 0.3 seconds from time 0, once.
    assert_eq!(waits, vec![0.1, 0.2, 0.3]);
    assert!(session.is_finished());
    assert_eq!(session.idle_until(), None);
}

#[test]
fn a_session_dropped_mid_run_stops_cleanly() {
    let program = presets::get("gather-numbers-letters").unwrap().program();
    let mut session = Session::new(&program, &RunOptions::default());
    for _ in 0..3 {
        assert!(session.advance());
    }
    let printed: Vec<String> = session
        .new_events()
        .into_iter()
        .filter_map(|e| match e.kind {
            EventKind::Printed { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(printed, vec!["<_GatheringFuture pending>\n", "0\n", "A\n"]);
    let watch = session.watch();
    assert!(watch.is_alive());
    drop(session);
    // Nothing of the run is left: its tasks, which hold the runtime, went.
    assert!(!watch.is_alive());
}
