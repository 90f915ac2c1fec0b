//! The console panel: each printed line as it happens, marked with the task
//! that printed it and the virtual time, then what CPython writes to stderr.

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
            EventKind::Stderr { text } => {
                let li = child(console, "li", "stderr", "");
                child(&li, "code", "text", text);
            }
            _ => {}
        }
    }
}
