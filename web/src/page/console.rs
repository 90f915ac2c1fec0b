//! The console panel: each printed line as it happens, marked with the task
//! that printed it and the virtual time, then what CPython writes to stderr.
//! Some lines are the page's own, marked as notes: which tasks
//! `asyncio.run` cancels when main ends, since what they print next comes
//! from that, and where CPython's order depends on the machine's speed.

use super::dom::{child, fixed3};
use super::tasks::Tasks;
use interleave::trace::{Event, EventKind};
use web_sys::Element;

/// Appends the console lines of `events` to `console`.
pub fn show(console: &Element, events: &[Event], tasks: &Tasks) {
    for e in events {
        match &e.kind {
            EventKind::Printed { task, text } => {
                let who = tasks.label(*task);
                for line in text.strip_suffix('\n').unwrap_or(text).split('\n') {
                    let li = child(console, "li", "printed", "");
                    child(&li, "span", "who", &who);
                    child(&li, "span", "time", &format!("{}s", fixed3(e.time)));
                    child(&li, "code", "text", line);
                }
            }
            EventKind::Shutdown { pending } if !pending.is_empty() => {
                let who: Vec<String> = pending.iter().map(|t| tasks.label(*t)).collect();
                let mut text = format!("asyncio.run cancels {}", who.join(", "));
                if who.len() > 1 {
                    // CPython walks a set of tasks, ordered by their memory
                    // addresses; the engine takes creation order.
                    text.push_str(" (CPython: in memory-address order)");
                }
                note(console, "asyncio.run", e.time, &text);
            }
            // Where CPython's order depends on the machine (Code mode's
            // computing time).
            #[cfg(feature = "code")]
            EventKind::Note { text } => note(console, "Interleave", e.time, text),
            EventKind::Stderr { text } => {
                let li = child(console, "li", "stderr", "");
                child(&li, "code", "text", text);
            }
            _ => {}
        }
    }
}

/// A line of the page's own: `who` says `text` at virtual time `time`.
fn note(console: &Element, who: &str, time: f64, text: &str) {
    let li = child(console, "li", "note", "");
    child(&li, "span", "who", who);
    child(&li, "span", "time", &format!("{}s", fixed3(time)));
    child(&li, "span", "says", text);
}
