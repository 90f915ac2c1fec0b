//! The results panel: what each gather returned (its list, in argument
//! order, with exceptions in place under `return_exceptions=True`) and how
//! each task ended, in the order the tasks were created, drawn a window
//! at a time (`rows`): ten thousand tasks cost the page the ones in view.

use super::dom::{child, clear};
use super::rows::Rows;
use interleave::trace::TaskNames;
use interleave::trace::{Event, EventKind};
use std::cell::RefCell;
use web_sys::Element;

/// An outcome's height in pixels: `.outcomes li` in the stylesheet.
const OUTCOME_PX: f64 = 20.0;

pub struct Results {
    /// What the gathers returned, and the outcomes' heading.
    head: Element,
    outcomes: Rows,
    /// Each task's outcome, main left out.
    ends: RefCell<Vec<Outcome>>,
}

/// A task's label, and how it ended (`returned`, `raised` or `cancelled`,
/// and the value or exception), or `None` while it is pending.
type Outcome = (String, Option<(&'static str, String)>);

impl Results {
    pub fn new(head: Element, view: Element, outcomes: Element) -> Results {
        Results {
            head,
            outcomes: Rows::new(view, outcomes, OUTCOME_PX),
            ends: RefCell::new(Vec::new()),
        }
    }

    pub fn clear(&self) {
        clear(&self.head);
        self.ends.borrow_mut().clear();
        self.outcomes.clear();
    }

    /// Draws the run so far.
    pub fn draw(&self, events: &[Event], tasks: &TaskNames) {
        clear(&self.head);
        gathered(&self.head, events);
        let ends = ends(events, tasks);
        if !ends.is_empty() {
            child(&self.head, "h3", "", "How each task ended");
        }
        let count = ends.len();
        *self.ends.borrow_mut() = ends;
        self.outcomes
            .update(count, true, &mut |i| self.draw_outcome(i));
    }

    /// The view moved: draw the outcomes that came into it.
    pub fn scrolled(&self) {
        self.outcomes
            .update(self.outcomes.len(), false, &mut |i| self.draw_outcome(i));
    }

    /// The box that scrolls.
    pub fn view(&self) -> &Element {
        self.outcomes.view()
    }

    fn draw_outcome(&self, i: usize) -> Element {
        let ends = self.ends.borrow();
        let (label, end) = &ends[i];
        let li = child(self.outcomes.el(), "li", "", "");
        child(&li, "code", "call", label);
        match end {
            Some((how, value)) => {
                li.set_class_name(how);
                child(&li, "span", "", &format!(" {how} "));
                if !value.is_empty() {
                    child(&li, "code", "value", value);
                }
            }
            None => {
                li.set_class_name("pending");
                child(&li, "span", "", " still pending");
            }
        }
        li
    }
}

/// What each gather returned, raised, or that it was cancelled.
fn gathered(panel: &Element, events: &[Event]) {
    for e in events {
        if let EventKind::GatherCompleted {
            result, exception, ..
        } = &e.kind
        {
            let p = child(panel, "p", "gathered", "");
            match (result, exception) {
                (Some(list), _) => {
                    child(&p, "span", "", "gather returned ");
                    child(&p, "code", "value", list);
                }
                (None, Some(exc)) => {
                    child(&p, "span", "", "gather raised ");
                    child(&p, "code", "value failed", exc);
                }
                (None, None) => {
                    child(&p, "span", "", "gather was cancelled");
                }
            }
        }
    }
}

/// How each task but main ended, in the order they were created.
fn ends(events: &[Event], tasks: &TaskNames) -> Vec<Outcome> {
    let mut ends: Vec<Option<(&'static str, String)>> = vec![None; tasks.calls.len()];
    for e in events {
        let (task, end) = match &e.kind {
            EventKind::Returned { task, value } => (*task, ("returned", value.clone())),
            EventKind::Raised { task, exception } => (*task, ("raised", exception.clone())),
            EventKind::Cancelled { task } => (*task, ("cancelled", String::new())),
            _ => continue,
        };
        if let Some(slot) = ends.get_mut(task) {
            // A task that raised CancelledError is reported once, as cancelled.
            if slot.is_none() || end.0 == "cancelled" {
                *slot = Some(end);
            }
        }
    }
    if tasks.calls.len() <= 1 {
        return Vec::new();
    }
    ends.into_iter()
        .enumerate()
        .skip(1)
        .map(|(task, end)| (tasks.label(task), end))
        .collect()
}
