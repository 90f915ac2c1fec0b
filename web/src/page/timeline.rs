//! The timeline: one lane per task, left to right in virtual time, showing
//! when each task ran, slept, waited, blocked the loop, and how it ended,
//! with a mark for every line it printed (hover or focus a mark to read it).
//!
//! A task's step takes no virtual time, so the horizontal axis is virtual
//! time stretched to give every step its own sliver: each step start and
//! each change of the clock is a point, points are at least a small gap
//! apart, and the rest of the width is shared in proportion to the time
//! that passes. Steps in one loop iteration thus appear in the order they
//! ran.

use super::dom::{child, clear, fixed3};
use super::tasks::Tasks;
use interleave::trace::{Event, EventKind};
use web_sys::Element;

/// What a stretch of a lane shows.
#[derive(Clone, Copy)]
enum State {
    Ready,
    Sleeping,
    Waiting,
    Blocking,
}

impl State {
    fn class(self) -> &'static str {
        match self {
            State::Ready => "seg ready",
            State::Sleeping => "seg sleeping",
            State::Waiting => "seg waiting",
            State::Blocking => "seg blocking",
        }
    }
}

/// Each event's horizontal position, in percent of the width.
fn positions(events: &[Event]) -> Vec<f64> {
    let Some(first) = events.first() else {
        return Vec::new();
    };
    let total = events.last().map_or(0.0, |e| e.time) - first.time;
    let steps = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::StepStarted { .. }))
        .count()
        .max(1) as f64;
    // Time gets twice the width the step slivers get.
    let per_second = if total > 0.0 {
        2.0 * steps / total
    } else {
        0.0
    };
    let mut xs = Vec::with_capacity(events.len());
    let (mut x, mut time) = (0.0, first.time);
    for e in events {
        let new_step = matches!(e.kind, EventKind::StepStarted { .. });
        if e.time > time || new_step {
            x += 1.0 + (e.time - time) * per_second;
            time = e.time;
        }
        xs.push(x);
    }
    let width = x.max(1.0) * 1.02;
    xs.iter().map(|x| 100.0 * x / width).collect()
}

fn place(el: &Element, left: f64, width: Option<f64>) {
    let style = match width {
        Some(w) => format!("left:{}%;width:{}%", fixed3(left), fixed3(w)),
        None => format!("left:{}%", fixed3(left)),
    };
    el.set_attribute("style", &style).ok();
}

pub fn draw(panel: &Element, events: &[Event], tasks: &Tasks) {
    clear(panel);
    let xs = positions(events);
    let lanes: Vec<Element> = (0..tasks.labels.len())
        .map(|task| {
            let lane = child(panel, "div", "lane", "");
            lane.set_attribute("role", "listitem").ok();
            let label = child(&lane, "span", "lane-label", &tasks.label(task));
            label.set_attribute("title", &tasks.names[task]).ok();
            child(&lane, "div", "track", "")
        })
        .collect();
    // The stretch each task is in, and where it began.
    let mut open: Vec<Option<(State, f64)>> = vec![None; lanes.len()];
    let mut prints_at: Vec<(f64, usize)> = vec![(-1.0, 0); lanes.len()];
    let close = |open: &mut Vec<Option<(State, f64)>>, task: usize, x: f64| {
        if let Some((state, start)) = open.get_mut(task).and_then(Option::take) {
            if let Some(track) = lanes.get(task) {
                place(
                    &child(track, "span", state.class(), ""),
                    start,
                    Some(x - start),
                );
            }
        }
    };
    for (e, &x) in events.iter().zip(&xs) {
        let (task, next) = match &e.kind {
            EventKind::TaskCreated { task, .. } => (*task, Some(State::Ready)),
            EventKind::StepStarted { task } => {
                close(&mut open, *task, x);
                if let Some(track) = lanes.get(*task) {
                    let tick = child(track, "span", "seg running", "");
                    place(&tick, x, None);
                    tick.set_attribute("title", &format!("runs at {}s", fixed3(e.time)))
                        .ok();
                }
                continue;
            }
            EventKind::Sleeping { task, .. } => (*task, Some(State::Sleeping)),
            EventKind::Yielded { task } | EventKind::Woke { task } => (*task, Some(State::Ready)),
            EventKind::Waiting { task, .. } => (*task, Some(State::Waiting)),
            EventKind::Blocked { task, .. } | EventKind::Computed { task, .. } => {
                (*task, Some(State::Blocking))
            }
            EventKind::Printed { task, text } => {
                let Some(track) = lanes.get(*task) else {
                    continue;
                };
                // Several prints in one step share a point: fan them out.
                let same = &mut prints_at[*task];
                *same = if same.0 == x { (x, same.1 + 1) } else { (x, 0) };
                let mark = child(track, "button", "mark", "");
                mark.set_attribute("type", "button").ok();
                let line = text.strip_suffix('\n').unwrap_or(text);
                let tip = format!(
                    "{} printed {line} at {}s",
                    tasks.label(*task),
                    fixed3(e.time)
                );
                mark.set_attribute("data-tip", &tip).ok();
                mark.set_attribute("aria-label", &tip).ok();
                let style = format!("left:calc({}% + {}px)", fixed3(x), same.1 * 7);
                mark.set_attribute("style", &style).ok();
                continue;
            }
            EventKind::Returned { task, .. } => {
                end(&lanes, *task, x, "done", "returned");
                (*task, None)
            }
            EventKind::Raised { task, exception } => {
                end(&lanes, *task, x, "failed", &format!("raised {exception}"));
                (*task, None)
            }
            EventKind::Cancelled { task } => {
                end(&lanes, *task, x, "cancelled", "cancelled");
                (*task, None)
            }
            _ => continue,
        };
        close(&mut open, task, x);
        if let (Some(state), Some(slot)) = (next, open.get_mut(task)) {
            *slot = Some((state, x));
        }
    }
    // Whatever is still open when the run ends runs to the right edge.
    let last = xs.last().copied().unwrap_or(0.0);
    for task in 0..open.len() {
        close(&mut open, task, last);
    }
    axis(panel, events, &xs);
}

fn end(lanes: &[Element], task: usize, x: f64, class: &str, what: &str) {
    if let Some(track) = lanes.get(task) {
        let mark = child(track, "span", &format!("end {class}"), "");
        place(&mark, x, None);
        mark.set_attribute("title", what).ok();
    }
}

/// A few time labels along the bottom, where the clock moved.
fn axis(panel: &Element, events: &[Event], xs: &[f64]) {
    let row = child(panel, "div", "axis", "");
    child(&row, "span", "lane-label", "virtual time");
    let track = child(&row, "div", "track", "");
    let mut last_x = -100.0;
    let mut last_time = -1.0;
    for (e, &x) in events.iter().zip(xs) {
        if e.time != last_time && x - last_x >= 12.0 {
            place(
                &child(&track, "span", "tick", &format!("{}s", fixed3(e.time))),
                x,
                None,
            );
            last_x = x;
            last_time = e.time;
        }
    }
}
