//! Pacing a run in the page: one loop iteration per microtask, a real
//! timer for each virtual sleep, and a yield to the browser every few
//! iterations. What the loop does is the engine's; this only decides when
//! the next iteration happens and shows the events.

use super::tasks::Tasks;
use super::{console, results, timeline, Page};
use gloo_timers::future::TimeoutFuture;
use interleave::trace::Event;
use interleave::{Program, RunOptions, Session};
use std::cell::Cell;
use std::rc::Rc;

/// How fast virtual time passes on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Speed {
    /// No waiting: the whole run as fast as the browser allows.
    Instant,
    /// One virtual second per second.
    RealTime,
    /// One virtual second per ten seconds, to watch each switch.
    SlowMotion,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::RealTime, Speed::SlowMotion, Speed::Instant];

    pub fn id(self) -> &'static str {
        match self {
            Speed::Instant => "instant",
            Speed::RealTime => "real",
            Speed::SlowMotion => "slow",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Speed::Instant => "instant",
            Speed::RealTime => "real time",
            Speed::SlowMotion => "slow motion (10x slower)",
        }
    }

    pub fn from_id(id: &str) -> Speed {
        Speed::ALL
            .into_iter()
            .find(|s| s.id() == id)
            .unwrap_or(Speed::RealTime)
    }

    /// Real milliseconds for `seconds` of virtual time.
    fn millis(self, seconds: f64) -> u32 {
        let factor = match self {
            Speed::Instant => return 0,
            Speed::RealTime => 1_000.0,
            Speed::SlowMotion => 10_000.0,
        };
        (seconds * factor).round().clamp(0.0, u32::MAX as f64) as u32
    }
}

/// Loop iterations run back to back on the microtask queue before the page
/// yields to the browser: microtasks alone would starve painting and input.
const ITERATIONS_PER_PAINT: u32 = 64;

pub async fn run(
    page: Rc<Page>,
    program: Program,
    options: RunOptions,
    speed: Speed,
    stop: Rc<Cell<bool>>,
) {
    let mut session = Session::new(&program, &options);
    let mut tasks = Tasks::default();
    let mut events = Vec::new();
    let mut since_yield = 0;
    loop {
        if stop.get() {
            page.status.set_text_content(Some("stopped"));
            draw(&page, &events, &tasks);
            return;
        }
        show(&page, &mut events, session.new_events(), &mut tasks);
        // The loop would sleep: wait that long for real, then let it run
        // the iteration that starts at the deadline.
        let mut waited = false;
        if let Some(until) = session.idle_until() {
            let wait = speed.millis(until - session.now());
            if wait > 0 {
                // Time passes visibly: bring the timeline up to now first.
                draw(&page, &events, &tasks);
                TimeoutFuture::new(wait).await;
                waited = true;
                if stop.get() {
                    continue;
                }
            }
        }
        if !session.advance() {
            break;
        }
        if waited {
            since_yield = 0;
            continue;
        }
        since_yield += 1;
        if since_yield >= ITERATIONS_PER_PAINT {
            since_yield = 0;
            TimeoutFuture::new(0).await;
        } else {
            next_microtask().await;
        }
    }
    show(&page, &mut events, session.new_events(), &mut tasks);
    draw(&page, &events, &tasks);
    let outcome = session.finish();
    let status = match outcome.error {
        Some(e) => e.to_string(),
        None => format!("exit status {}", outcome.exit_status),
    };
    page.status.set_text_content(Some(&status));
    page.run_button.set_disabled(false);
    page.stop_button.set_disabled(true);
}

/// Resumes in a microtask: the next loop iteration, without waiting for
/// the browser's next turn.
async fn next_microtask() {
    let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}

/// Adds new events to the console as they come.
fn show(page: &Page, events: &mut Vec<Event>, new: Vec<Event>, tasks: &mut Tasks) {
    tasks.learn(&new);
    console::show(&page.console, &new, tasks);
    events.extend(new);
}

/// Redraws the panels that depend on the whole run so far.
fn draw(page: &Page, events: &[Event], tasks: &Tasks) {
    results::draw(&page.results, events, tasks);
    timeline::draw(&page.timeline, events, tasks);
}
