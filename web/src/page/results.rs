//! The results panel: what each gather returned (its list, in argument
//! order, with exceptions in place under `return_exceptions=True`) and how
//! each task ended, in the order the tasks were created.

use super::dom::{child, clear};
use super::tasks::Tasks;
use interleave::trace::{Event, EventKind};
use web_sys::Element;

pub fn draw(panel: &Element, events: &[Event], tasks: &Tasks) {
    clear(panel);
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
    let mut ends: Vec<Option<(&'static str, String)>> = vec![None; tasks.labels.len()];
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
    if tasks.labels.len() <= 1 {
        return;
    }
    child(panel, "h3", "", "How each task ended");
    let list = child(panel, "ol", "outcomes", "");
    for (task, end) in ends.iter().enumerate().skip(1) {
        let li = child(list.as_ref(), "li", "", "");
        child(&li, "code", "call", &tasks.label(task));
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
    }
}
