//! The console panel: each printed line as it happens, marked with the task
//! that printed it and the virtual time, then what CPython writes to stderr.
//! Some lines are the page's own, marked as notes: which tasks
//! `asyncio.run` cancels when main ends, since what they print next comes
//! from that, and where CPython's order depends on the machine's speed.
//!
//! The lines are kept here and drawn a window at a time (`rows`), so a
//! run that prints a hundred thousand lines costs the page what one that
//! prints a hundred does; Copy puts every line on the clipboard.

use super::dom::{child, fixed3};
use super::rows::Rows;
use interleave::collect::Joined;
use interleave::trace::TaskNames;
use interleave::trace::{Event, EventKind};
use std::cell::{Cell, RefCell};
use web_sys::Element;

/// A console line's height in pixels: `.console li` in the stylesheet.
const LINE_PX: f64 = 20.0;

pub struct Console {
    rows: Rows,
    lines: RefCell<Vec<Line>>,
    /// The last line is not finished: what was printed last had no
    /// newline at its end (`print(x, end="")`, or a `print` whose argument's
    /// `__repr__` ran in Python between the pieces it writes), so the next
    /// printed text goes on on that line, as in a terminal.
    open: Cell<bool>,
    /// A line already drawn has grown since (`open`): `flush` redraws.
    grown: Cell<bool>,
    /// How many events `show` has seen: each line knows its event's
    /// place in the run (step mode: clicking a line goes there).
    #[cfg(feature = "code")]
    seen: std::cell::Cell<usize>,
}

struct Line {
    /// `printed`, `note` or `stderr`: the class the line is drawn with.
    class: &'static str,
    /// Who printed it, and when; a stderr line has neither.
    who: String,
    time: f64,
    text: String,
    /// The run's event it came from, counted from the first.
    #[cfg(feature = "code")]
    event: usize,
}

impl Console {
    pub fn new(view: Element, list: Element) -> Console {
        Console {
            rows: Rows::new(view, list, LINE_PX),
            lines: RefCell::new(Vec::new()),
            open: Cell::new(false),
            grown: Cell::new(false),
            #[cfg(feature = "code")]
            seen: std::cell::Cell::new(0),
        }
    }

    /// The list.
    pub fn el(&self) -> &Element {
        self.rows.el()
    }

    /// The box that scrolls.
    pub fn view(&self) -> &Element {
        self.rows.view()
    }

    pub fn clear(&self) {
        self.lines.borrow_mut().clear();
        self.open.set(false);
        self.rows.clear();
        #[cfg(feature = "code")]
        self.seen.set(0);
    }

    /// Takes in the console lines of `events`; `flush` draws them.
    pub fn show(&self, events: &[Event], tasks: &TaskNames) {
        let mut lines = self.lines.borrow_mut();
        #[cfg(feature = "code")]
        let event = std::cell::Cell::new(self.seen.get());
        let add = |lines: &mut Vec<Line>, class, who: &str, time, text: &str| {
            lines.push(Line {
                class,
                who: who.to_string(),
                time,
                text: text.to_string(),
                #[cfg(feature = "code")]
                event: event.get(),
            })
        };
        for e in events {
            match &e.kind {
                EventKind::Printed { task, text, .. } if !text.is_empty() => {
                    // The module's code prints outside any task, and a
                    // thread's code too.
                    let who = match (e.kind.thread(), task) {
                        (Some(thread), _) => thread.to_string(),
                        (None, Some(t)) => tasks.label(*t),
                        (None, None) => "<module>".to_string(),
                    };
                    let finished = text.strip_suffix('\n');
                    let mut pieces = finished.unwrap_or(text).split('\n');
                    if self.open.get() {
                        let first = pieces.next().unwrap_or_default();
                        if let Some(last) = lines.last_mut() {
                            last.text.push_str(first);
                            self.grown.set(true);
                        }
                    }
                    for line in pieces {
                        add(&mut lines, "printed", &who, e.time, line);
                    }
                    self.open.set(finished.is_none());
                }
                EventKind::Shutdown { pending } if !pending.is_empty() => {
                    let who: Vec<String> = pending.iter().map(|t| tasks.label(*t)).collect();
                    let mut text = format!("asyncio.run cancels {}", who.joined(", "));
                    if who.len() > 1 {
                        // CPython walks a set of tasks, ordered by their
                        // memory addresses; the engine takes creation order.
                        text.push_str(" (CPython: in memory-address order)");
                    }
                    add(&mut lines, "note", "asyncio.run", e.time, &text);
                    self.open.set(false);
                }
                // Where CPython's order depends on the machine (Code mode's
                // computing time).
                #[cfg(feature = "code")]
                EventKind::Note { text } => {
                    add(&mut lines, "note", "Interleave", e.time, text);
                    self.open.set(false);
                }
                EventKind::Stderr { text } => {
                    for line in text.strip_suffix('\n').unwrap_or(text).split('\n') {
                        add(&mut lines, "stderr", "", e.time, line);
                    }
                    self.open.set(false);
                }
                _ => {}
            }
            #[cfg(feature = "code")]
            event.set(event.get() + 1);
        }
        #[cfg(feature = "code")]
        self.seen.set(event.get());
    }

    /// Draws the lines taken in since the last flush, if they are in view
    /// (or the view is at the end, which then follows them).
    pub fn flush(&self) {
        let count = self.lines.borrow().len();
        let grown = self.grown.take();
        if count != self.rows.len() || grown {
            self.rows.update(count, grown, &mut |i| self.draw(i));
        }
    }

    /// The view moved: draw what came into it.
    pub fn scrolled(&self) {
        self.rows
            .update(self.rows.len(), false, &mut |i| self.draw(i));
    }

    fn draw(&self, i: usize) -> Element {
        let lines = self.lines.borrow();
        let line = &lines[i];
        let li = child(self.rows.el(), "li", line.class, "");
        #[cfg(feature = "code")]
        li.set_attribute("data-event", &line.event.to_string()).ok();
        if line.class != "stderr" {
            child(&li, "span", "who", &line.who);
            child(&li, "span", "time", &format!("{}s", fixed3(line.time)));
        }
        let text = if line.class == "note" { "says" } else { "text" };
        child(
            &li,
            if line.class == "note" { "span" } else { "code" },
            text,
            &line.text,
        );
        li
    }

    /// Every line, as text: what the program printed, then what CPython
    /// wrote to stderr, without the page's notes.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in self.lines.borrow().iter().filter(|l| l.class != "note") {
            out.push_str(&line.text);
            out.push('\n');
        }
        out
    }
}
