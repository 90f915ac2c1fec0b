//! The timeline: one lane per task, left to right in virtual time, showing
//! when each task ran, slept, waited, blocked the loop, and how it ended,
//! with a mark for every line it printed (hover or focus a mark to read it);
//! then one lane per thread of asyncio's default executor (`to_thread`),
//! showing when it ran and slept.
//!
//! A task's step takes no virtual time, so the horizontal axis is virtual
//! time stretched to give every step its own sliver: each step start and
//! each change of the clock is a point, points are at least a small gap
//! apart, and the rest of the width is shared in proportion to the time
//! that passes. Steps in one loop iteration thus appear in the order they
//! ran.
//!
//! The lanes are worked out from the events in one pass, then drawn a
//! window at a time (`rows`): ten thousand tasks cost the page the lanes in
//! view. Marks closer than the eye can tell apart share one place, so a
//! lane's cost does not grow with every step and print either.

use super::dom::{child, clear, fixed3};
use super::rows::Rows;
use interleave::trace::TaskNames;
use interleave::trace::{wait_of, Wait};
use interleave::trace::{Event, EventKind};
use std::cell::RefCell;
use web_sys::Element;

/// What a stretch of a lane shows.
#[derive(Clone, Copy)]
enum State {
    Ready,
    Sleeping,
    /// On a task or a gather, or, in a primitive of asyncio's Python half
    /// (`asyncio.Lock`...), for what it waits for there.
    Waiting(Option<Wait>),
    Blocking,
}

impl State {
    fn class(self) -> &'static str {
        match self {
            State::Ready => "seg ready",
            State::Sleeping => "seg sleeping",
            State::Waiting(None) => "seg waiting",
            State::Waiting(Some(Wait::Lock)) => "seg waiting lock",
            State::Waiting(Some(Wait::Queue)) => "seg waiting queue",
            State::Waiting(Some(Wait::Event)) => "seg waiting event",
            State::Blocking => "seg blocking",
        }
    }
}

/// Each event's horizontal position, in percent of the width.
fn positions(events: &[Event]) -> Vec<f32> {
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
    xs.iter().map(|x| (100.0 * x / width) as f32).collect()
}

fn place(el: &Element, left: f64, width: Option<f64>) {
    let style = match width {
        Some(w) => format!("left:{}%;width:{}%", fixed3(left), fixed3(w)),
        None => format!("left:{}%", fixed3(left)),
    };
    el.set_attribute("style", &style).ok();
}

/// A lane's height in pixels: `.lane` in the stylesheet.
const LANE_PX: f64 = 22.0;

/// Marks closer than this (percent of the width) are one place on screen:
/// a lane draws at most three prints there, the third saying how many
/// more, and one tick for the steps that ran there, so a task that prints
/// or steps a hundred thousand times draws a few hundred marks.
const SAME_PLACE: f32 = 0.1;

/// What a task does next, after an event.
enum Then {
    Open(State),
    End(&'static str, String),
}

/// Something drawn on a lane, at `x` percent of the width, with the
/// run's event it begins at (counted from the first). Sixteen bytes (the
/// rarer marks boxed): ten thousand lanes of a stepped run's whole
/// timeline stay a few megabytes.
enum Item {
    Stretch(State, f32, f32, u32),
    Step(f32, u32),
    Print(Box<Print>),
    End(Box<End>),
}

/// A printed line's mark, `fan` marks along from the place's first; the
/// third at a place counts the `more` lines not drawn there.
struct Print {
    x: f32,
    fan: u8,
    tip: String,
    more: usize,
    event: u32,
}

/// How a task ended.
struct End {
    x: f32,
    class: &'static str,
    what: String,
    event: u32,
}

/// The timeline panel: its lanes, drawn a window at a time (`rows`), and
/// the time axis under them.
pub struct Timeline {
    rows: Rows,
    axis: Element,
    lanes: RefCell<Vec<(String, String, Vec<Item>)>>,
    /// Step mode: the mapped run the lanes were worked out from, and its
    /// events' places: a step only moves the cursor, a CSS variable
    /// (`--now`) every lane's cursor and veil over what is to come read.
    #[cfg(feature = "code")]
    drawn_map: RefCell<(std::rc::Weak<super::run::RunMap>, Vec<f32>)>,
}

impl Timeline {
    pub fn new(view: Element, lanes: Element, axis: Element) -> Timeline {
        Timeline {
            rows: Rows::new(view, lanes, LANE_PX),
            axis,
            lanes: RefCell::new(Vec::new()),
            #[cfg(feature = "code")]
            drawn_map: RefCell::new((std::rc::Weak::new(), Vec::new())),
        }
    }

    /// The box that scrolls.
    pub fn view(&self) -> &Element {
        self.rows.view()
    }

    pub fn clear(&self) {
        #[cfg(feature = "code")]
        {
            *self.drawn_map.borrow_mut() = (std::rc::Weak::new(), Vec::new());
        }
        self.lanes.borrow_mut().clear();
        self.rows.clear();
        clear(&self.axis);
    }

    /// Draws the run so far.
    pub fn draw(&self, events: &[Event], tasks: &TaskNames) {
        let xs = positions(events);
        *self.lanes.borrow_mut() = lanes(events, &xs, tasks);
        #[cfg(feature = "code")]
        {
            *self.drawn_map.borrow_mut() = (std::rc::Weak::new(), Vec::new());
        }
        self.redraw();
        clear(&self.axis);
        axis(&self.axis, events, &xs);
    }

    /// Step mode: draws the whole mapped run with a cursor after its
    /// first `now` events, and what is still to come veiled. The lanes
    /// are worked out once per map and drawn once per run; a step moves
    /// the cursor.
    #[cfg(feature = "code")]
    pub fn draw_map(&self, map: &std::rc::Rc<super::run::RunMap>, now: usize) {
        let mut drawn = self.drawn_map.borrow_mut();
        let known =
            std::ptr::eq(drawn.0.as_ptr(), std::rc::Rc::as_ptr(map)) && drawn.0.strong_count() > 0;
        if !known {
            let xs = positions(&map.events);
            *self.lanes.borrow_mut() = lanes(&map.events, &xs, &map.tasks);
            *drawn = (std::rc::Rc::downgrade(map), xs);
            clear(&self.axis);
        }
        let xs = &drawn.1;
        if self.axis.child_element_count() == 0 {
            axis(&self.axis, &map.events, xs);
        }
        // Between the last event that happened and the next (the places
        // grow with the events, so what is right of it is to come).
        let before = now
            .checked_sub(1)
            .and_then(|i| xs.get(i))
            .copied()
            .unwrap_or(0.0);
        let after = xs.get(now).copied().unwrap_or(before);
        let at = fixed3(f64::from(before + after) / 2.0);
        self.rows
            .view()
            .set_attribute("style", &format!("--now:{at}%"))
            .ok();
        drop(drawn);
        if !known || self.rows.len() == 0 {
            self.redraw();
        }
    }

    fn redraw(&self) {
        let count = self.lanes.borrow().len();
        self.rows.update(count, true, &mut |i| self.draw_lane(i));
    }

    /// The view moved: draw the lanes that came into it.
    pub fn scrolled(&self) {
        self.rows
            .update(self.rows.len(), false, &mut |i| self.draw_lane(i));
    }

    fn draw_lane(&self, i: usize) -> Element {
        let lanes = self.lanes.borrow();
        let (label, name, items) = &lanes[i];
        let lane = child(self.rows.el(), "div", "lane", "");
        lane.set_attribute("role", "listitem").ok();
        child(&lane, "span", "lane-label", label)
            .set_attribute("title", name)
            .ok();
        let track = child(&lane, "div", "track", "");
        let marked = |el: Element, event: u32| marked(el, event);
        for item in items {
            match item {
                Item::Stretch(state, start, end, event) => place(
                    &marked(child(&track, "span", state.class(), ""), *event),
                    f64::from(*start),
                    Some(f64::from(end - start)),
                ),
                Item::Step(x, event) => place(
                    &marked(child(&track, "span", "seg running", ""), *event),
                    f64::from(*x),
                    None,
                ),
                Item::Print(print) => {
                    let mark = marked(child(&track, "button", "mark", ""), print.event);
                    mark.set_attribute("type", "button").ok();
                    let tip = match print.more {
                        0 => print.tip.clone(),
                        more => format!("{} (and {more} more lines)", print.tip),
                    };
                    mark.set_attribute("data-tip", &tip).ok();
                    mark.set_attribute("aria-label", &tip).ok();
                    let style = format!(
                        "left:calc({}% + {}px)",
                        fixed3(f64::from(print.x)),
                        print.fan * 7
                    );
                    mark.set_attribute("style", &style).ok();
                }
                Item::End(end) => {
                    let mark = marked(child(&track, "span", end.class, ""), end.event);
                    place(&mark, f64::from(end.x), None);
                    mark.set_attribute("title", &end.what).ok();
                }
            }
        }
        // Step mode: the cursor and the veil, where `--now` says.
        #[cfg(feature = "code")]
        if self.drawn_map.borrow().0.strong_count() > 0 {
            for class in ["later", "cursor"] {
                child(&track, "span", class, "")
                    .set_attribute("aria-hidden", "true")
                    .ok();
            }
        }
        lane
    }
}

/// Step mode (Code mode's build): a mark says which event it shows, for a
/// click on it to go there.
fn marked(mark: Element, event: u32) -> Element {
    #[cfg(feature = "code")]
    mark.set_attribute("data-event", &event.to_string()).ok();
    #[cfg(not(feature = "code"))]
    let _ = event;
    mark
}

/// Each task's label, name and what its lane shows, from the events in one
/// pass; then each thread's, after the tasks'.
fn lanes(events: &[Event], xs: &[f32], tasks: &TaskNames) -> Vec<(String, String, Vec<Item>)> {
    let n = tasks.calls.len();
    let mut items: Vec<Vec<Item>> = (0..n).map(|_| Vec::new()).collect();
    // The stretch each lane is in, and where it began.
    let mut open: Vec<Option<(State, f32, u32)>> = vec![None; n];
    // Where each lane's last step tick and print are, how many prints
    // share that place, and which item is its last mark drawn.
    let mut last_step = vec![-1.0f32; n];
    let mut prints_at: Vec<(f32, u8, usize)> = vec![(-1.0, 0, 0); n];
    // The threads, by name, in the order they first ran: lane `n + i`.
    #[cfg(feature = "asyncio-py")]
    let mut threads: Vec<String> = Vec::new();
    let close = |items: &mut Vec<Vec<Item>>,
                 open: &mut Vec<Option<(State, f32, u32)>>,
                 task: usize,
                 x: f32| {
        if let Some((state, start, event)) = open.get_mut(task).and_then(Option::take) {
            // Narrower than a pixel, a stretch would only cost.
            if x - start >= SAME_PLACE / 2.0 {
                items[task].push(Item::Stretch(state, start, x, event));
            }
        }
    };
    for (event, (e, &x)) in events.iter().zip(xs).enumerate() {
        // Four billion events would not fit any page.
        let event = event as u32;
        // A thread's lane, made the first time it is named.
        #[cfg(feature = "asyncio-py")]
        let mut lane_of = |name: &str| {
            let i = match threads.iter().position(|t| t == name) {
                Some(i) => i,
                None => {
                    threads.push(name.to_string());
                    items.push(Vec::new());
                    open.push(None);
                    last_step.push(-1.0);
                    prints_at.push((-1.0, 0, 0));
                    threads.len() - 1
                }
            };
            n + i
        };
        // A printed line's mark on its lane (`who` printed it).
        let print = |items: &mut Vec<Vec<Item>>,
                     prints_at: &mut Vec<(f32, u8, usize)>,
                     lane: usize,
                     who: &str,
                     text: &str| {
            let line = text.strip_suffix('\n').unwrap_or(text);
            let (at, fan, index) = &mut prints_at[lane];
            if x - *at >= SAME_PLACE {
                (*at, *fan) = (x, 0);
            } else if *fan < 2 {
                *fan += 1;
            } else {
                // A third mark here already: it counts the rest.
                if let Some(Item::Print(print)) = items[lane].get_mut(*index) {
                    print.more += 1;
                }
                return;
            }
            *index = items[lane].len();
            let tip = format!("{who} printed {line} at {}s", fixed3(e.time));
            items[lane].push(Item::Print(Box::new(Print {
                x,
                fan: *fan,
                tip,
                more: 0,
                event,
            })));
        };
        let (task, next) = match &e.kind {
            #[cfg(feature = "asyncio-py")]
            EventKind::ThreadRan { thread } => {
                let lane = lane_of(thread);
                close(&mut items, &mut open, lane, x);
                if x - last_step[lane] >= SAME_PLACE {
                    last_step[lane] = x;
                    items[lane].push(Item::Step(x, event));
                }
                continue;
            }
            #[cfg(feature = "asyncio-py")]
            EventKind::ThreadSlept { thread, .. } => {
                let lane = lane_of(thread);
                close(&mut items, &mut open, lane, x);
                open[lane] = Some((State::Sleeping, x, event));
                continue;
            }
            #[cfg(feature = "asyncio-py")]
            EventKind::ThreadIdle { thread } => {
                let lane = lane_of(thread);
                close(&mut items, &mut open, lane, x);
                continue;
            }
            #[cfg(feature = "asyncio-py")]
            EventKind::Printed {
                thread: Some(thread),
                text,
                ..
            } => {
                let lane = lane_of(thread);
                print(&mut items, &mut prints_at, lane, thread, text);
                continue;
            }
            EventKind::TaskCreated { task, .. } => (*task, Then::Open(State::Ready)),
            EventKind::StepStarted { task } if *task < n => {
                close(&mut items, &mut open, *task, x);
                if x - last_step[*task] >= SAME_PLACE {
                    last_step[*task] = x;
                    items[*task].push(Item::Step(x, event));
                }
                continue;
            }
            EventKind::Sleeping { task, .. } => (*task, Then::Open(State::Sleeping)),
            EventKind::Yielded { task } | EventKind::Woke { task } => {
                (*task, Then::Open(State::Ready))
            }
            EventKind::Waiting {
                task, primitive, ..
            } => (
                *task,
                Then::Open(State::Waiting(primitive.as_deref().and_then(wait_of))),
            ),
            // The module's code, outside the loop, has no lane.
            EventKind::Blocked {
                task: Some(task), ..
            }
            | EventKind::Computed {
                task: Some(task), ..
            } => (*task, Then::Open(State::Blocking)),
            EventKind::Printed {
                task: Some(task),
                text,
                ..
            } if *task < n => {
                print(&mut items, &mut prints_at, *task, &tasks.label(*task), text);
                continue;
            }
            EventKind::Returned { task, .. } => (*task, Then::End("end done", "returned".into())),
            EventKind::Raised { task, exception } => (
                *task,
                Then::End("end failed", format!("raised {exception}")),
            ),
            EventKind::Cancelled { task } => {
                (*task, Then::End("end cancelled", "cancelled".into()))
            }
            _ => continue,
        };
        // Tasks only: asyncio's own (`shutdown_default_executor`) have
        // no lane, and threads' lanes come after the tasks'.
        if task >= n {
            continue;
        }
        close(&mut items, &mut open, task, x);
        match next {
            Then::Open(state) => open[task] = Some((state, x, event)),
            Then::End(class, what) => items[task].push(Item::End(Box::new(End {
                x,
                class,
                what,
                event,
            }))),
        }
    }
    // Whatever is still open when the run ends runs to the right edge.
    let last = xs.last().copied().unwrap_or(0.0);
    for lane in 0..items.len() {
        close(&mut items, &mut open, lane, last);
    }
    items
        .into_iter()
        .enumerate()
        .map(|(lane, items)| {
            #[cfg(feature = "asyncio-py")]
            if let Some(t) = lane.checked_sub(n) {
                return (
                    format!("{} (thread)", threads[t]),
                    threads[t].clone(),
                    items,
                );
            }
            (tasks.label(lane), tasks.names[lane].clone(), items)
        })
        .collect()
}

/// A few time labels along the bottom, where the clock moved.
fn axis(row: &Element, events: &[Event], xs: &[f32]) {
    child(row, "span", "lane-label", "virtual time");
    let track = child(row, "div", "track", "");
    let mut last_x = -100.0;
    let mut last_time = -1.0;
    for (e, &x) in events.iter().zip(xs) {
        let x = f64::from(x);
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
