//! Pacing a run in the page: one loop iteration per microtask, a real
//! timer for each virtual sleep, and a yield to the browser every few
//! iterations. What the loop does is the engine's; this only decides when
//! the next iteration happens and shows the events, and only while the
//! page still holds the run's `RunHandle`.

use super::Page;
use gloo_timers::future::TimeoutFuture;
use interleave::trace::Event;
use interleave::trace::TaskNames;
use interleave::{Program, RunOptions, Session};
use std::cell::Cell;
use std::rc::Rc;

/// The page's hold on the run in progress. While the page keeps it, the
/// run paints the console, results, timeline and status; `stop` ends the
/// run, which then says "stopped"; dropping it (Run again, another preset)
/// ends the run without its touching the page again, so a run superseded
/// while it waits on a timer cannot paint over the next one.
pub struct RunHandle(Rc<Control>);

/// Shared by the handle and the run's future.
#[derive(Default)]
struct Control {
    /// Stop pressed: end at the next iteration and say so.
    stopped: Cell<bool>,
    /// The handle is gone: end at the next iteration, silently.
    released: Cell<bool>,
    /// Step mode: the run waits for the learner between steps.
    #[cfg(feature = "code")]
    paused: Cell<bool>,
    /// A step asked for and not yet taken.
    #[cfg(feature = "code")]
    step: Cell<Option<Step>>,
    /// How many callback steps (`Session::advance_callback` calls) the run
    /// has taken while stepped: Step back replays one fewer.
    #[cfg(feature = "code")]
    position: Cell<u32>,
    /// To the end: no more real waiting, whatever the speed.
    #[cfg(feature = "code")]
    hurry: Cell<bool>,
    /// How many callback steps the whole run takes (at most
    /// `SCRUB_LIMIT`), mapped when it first pauses: the scrubber's range.
    #[cfg(feature = "code")]
    total: Cell<u32>,
    /// The paused run's future, waiting for the learner: woken by any
    /// change here, so a step shows at once (`Learner`).
    #[cfg(feature = "code")]
    waker: std::cell::RefCell<Option<std::task::Waker>>,
}

#[cfg(feature = "code")]
impl Control {
    /// Something the paused run waits for has changed.
    fn wake(&self) {
        if let Some(waker) = self.waker.borrow_mut().take() {
            waker.wake();
        }
    }
}

/// Resolves when the learner acts on a paused run: a step, Continue,
/// Stop, or the page letting go of it.
#[cfg(feature = "code")]
struct Learner<'a>(&'a Control);

#[cfg(feature = "code")]
impl std::future::Future for Learner<'_> {
    type Output = ();

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        let c = self.0;
        let step = c.step.take();
        let acted = step.is_some() || c.stopped.get() || c.released.get() || !c.paused.get();
        c.step.set(step);
        if acted {
            std::task::Poll::Ready(())
        } else {
            *c.waker.borrow_mut() = Some(cx.waker().clone());
            std::task::Poll::Pending
        }
    }
}

/// How far one press of a step button runs a paused run.
#[cfg(feature = "code")]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// The loop's next callback (`Session::advance_callback`).
    Callback,
    /// The rest of the current iteration (`Session::advance`).
    Iteration,
}

impl RunHandle {
    /// Starts running `program` on the page. `paused: Some(n)` (Code
    /// mode's build only) replays `n` callback steps at once, then waits
    /// for the learner: a run is rewound by replaying it, which the engine
    /// does deterministically and fast.
    pub fn start(
        page: Rc<Page>,
        program: Rc<Program>,
        options: RunOptions,
        speed: Speed,
        paused: Option<u32>,
    ) -> RunHandle {
        let control = Rc::new(Control::default());
        #[cfg(feature = "code")]
        control.paused.set(paused.is_some());
        #[cfg(not(feature = "code"))]
        let _ = paused;
        wasm_bindgen_futures::spawn_local(run(
            page,
            program,
            options,
            speed,
            control.clone(),
            paused.unwrap_or(0),
        ));
        RunHandle(control)
    }

    /// The callback steps a paused run has taken, if it is paused.
    #[cfg(feature = "code")]
    pub fn position(&self) -> Option<u32> {
        self.0.paused.get().then(|| self.0.position.get())
    }

    /// Pauses the run (if it is not) and takes one step.
    #[cfg(feature = "code")]
    pub fn step(&self, step: Step) {
        self.0.paused.set(true);
        self.0.step.set(Some(step));
        self.0.wake();
    }

    /// Lets a paused run go on at its speed.
    #[cfg(feature = "code")]
    pub fn resume(&self) {
        self.0.paused.set(false);
        self.0.wake();
    }

    /// Pauses a running run where it is, between two iterations.
    #[cfg(feature = "code")]
    pub fn pause(&self) {
        self.0.paused.set(true);
    }

    /// Runs a paused run to its end without waiting.
    #[cfg(feature = "code")]
    pub fn to_end(&self) {
        self.0.hurry.set(true);
        self.0.paused.set(false);
        self.0.wake();
    }

    /// Ends the run at its next iteration, with "stopped" as its status.
    pub fn stop(&self) {
        self.0.stopped.set(true);
        #[cfg(feature = "code")]
        self.0.wake();
    }
}

impl Drop for RunHandle {
    fn drop(&mut self) {
        self.0.released.set(true);
        #[cfg(feature = "code")]
        self.0.wake();
    }
}

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

/// Lines of each of the loop panel's lists shown at a pause (the rest are
/// counted): laying out a thousand tasks' lines at every step would cost
/// more than a step.
#[cfg(feature = "code")]
const VIEW_LINES: usize = 100;

/// The scrubber covers at most this many callback steps: counting a run
/// that never ends (`while True`) must not freeze the page.
#[cfg(feature = "code")]
pub const SCRUB_LIMIT: u32 = 50_000;

/// The whole run of a program, mapped once when it is first stepped (the
/// engine is deterministic: every replay makes the same events): the
/// scrubber spans it, the timeline draws it with a cursor at the
/// position, and a console line or timeline mark clicked goes to the step
/// of its event.
#[cfg(feature = "code")]
pub struct RunMap {
    /// How many callback steps it takes, up to `SCRUB_LIMIT`.
    pub total: u32,
    /// Its events, up to there.
    pub events: Vec<Event>,
    /// By event: the callback step after which it has happened.
    pub steps: Vec<u32>,
    /// Who is who in `events`.
    pub tasks: TaskNames,
}

#[cfg(feature = "code")]
fn map_run(program: &Rc<Program>, options: &RunOptions) -> RunMap {
    // Twice: first counting each step's events (let go at once), then
    // keeping them in a vector made to measure. Grown as it fills, the
    // vector would leave its outgrown copies in the allocator's size
    // classes (`alloc.rs`): tens of megabytes for ten thousand tasks.
    let mut steps = Vec::new();
    let mut session = Session::shared(program.clone(), options);
    let mut total = 0;
    let mut take = |session: &mut Session, step: u32| {
        let n = session.new_events().len();
        steps.resize(steps.len() + n, step);
    };
    take(&mut session, 0);
    while total < SCRUB_LIMIT {
        total += 1;
        let going = session.advance_callback();
        take(&mut session, total);
        if !going {
            break;
        }
    }
    let mut session = Session::shared(program.clone(), options);
    let mut events = Vec::with_capacity(steps.len());
    for _ in 0..total {
        events.extend(session.new_events());
        session.advance_callback();
    }
    events.extend(session.new_events());
    events.truncate(steps.len());
    let mut tasks = TaskNames::default();
    tasks.learn(&events);
    RunMap {
        total,
        events,
        steps,
        tasks,
    }
}

async fn run(
    page: Rc<Page>,
    program: Rc<Program>,
    options: RunOptions,
    speed: Speed,
    control: Rc<Control>,
    replay: u32,
) {
    // A refusal comes before anything runs (`RunError::is_refusal`): the
    // run is tried first, unseen. A replay is of a run already tried.
    #[cfg(feature = "code")]
    if replay == 0 {
        if let Some(refusal) = dry_run(&program, &options) {
            ended(&page, &refusal.to_string());
            return;
        }
    }
    let mut session = Session::shared(program.clone(), &options);
    let mut tasks = TaskNames::default();
    let mut events = Seen::default();
    let mut since_yield = 0;
    // Stepped: the whole run mapped first, at its first pause (once per
    // program: a replay reuses it).
    #[cfg(feature = "code")]
    let mut map: Option<Rc<RunMap>> = None;
    // A replay (started paused) is mapped from the start, and takes its
    // events from the map as it goes.
    #[cfg(feature = "code")]
    if control.paused.get() {
        let known = page.run_map(&options, || map_run(&program, &options));
        events.follow(&known);
        map = Some(known);
    }
    // Rewinding: the run replayed to where the learner steps back to.
    #[cfg(feature = "code")]
    if let Some(map) = &map {
        // Counted, not kept: the map has them.
        let mut replayed = session.skip_events();
        for _ in 0..replay {
            control.position.set(control.position.get() + 1);
            let going = session.advance_callback();
            replayed += session.skip_events();
            if !going {
                break;
            }
        }
        let known = &map.events[..replayed.min(map.events.len())];
        tasks.learn(known);
        page.console.show(known, &tasks);
        events.skip(known.len());
    }
    #[cfg(not(feature = "code"))]
    let _ = replay;
    // The view before the last step, and where its events begin; and how
    // many events the narrator has read for the tasks' names.
    #[cfg(feature = "code")]
    let (mut narrator, mut before, mut learned) = (
        interleave::narration::Narrator::default(),
        None::<(interleave::engine::view::LoopView, usize)>,
        0,
    );
    // The tasks' tree, and how many events it has read.
    #[cfg(feature = "code")]
    let (mut tree, mut tree_learned) = (interleave::task_tree::TaskTree::default(), 0);
    loop {
        if control.released.get() {
            return;
        }
        if control.stopped.get() {
            page.status.set_text_content(Some("stopped"));
            draw(&page, events.all(), &tasks);
            page.run_ended();
            return;
        }
        show(&page, &mut events, session.new_events(), &mut tasks);
        #[cfg(feature = "code")]
        if control.paused.get() {
            // Step mode: show where the loop is, wait for the learner,
            // take the step asked for (no real waiting: a step jumps the
            // clock as the loop does).
            let map =
                map.get_or_insert_with(|| page.run_map(&options, || map_run(&program, &options)));
            events.follow(map);
            let events = events.all();
            control.total.set(map.total);
            page.console.flush();
            page.results.draw(events, &tasks);
            // The whole run on the timeline, the cursor where the run is
            // (past the mapped part, the run so far).
            match map.events.get(..events.len()) {
                Some(_) => page.timeline.draw_map(map, events.len()),
                None => page.timeline.draw(events, &tasks),
            }
            let view = session.view();
            let narration = before.take().map(|(before, from)| {
                narrator.learn(&events[learned.min(from)..from]);
                learned = events.len();
                narrator.narrate(&before, &events[from..], Some(&view))
            });
            // Every task's name and call so far (a replay's too).
            narrator.learn(&events[learned.min(events.len())..]);
            learned = events.len();
            tree.learn(&events[tree_learned..]);
            tree_learned = events.len();
            let rows = tree.rows(&view, VIEW_LINES);
            let words = match session.in_loop() {
                true => narrator.loop_in_words(&view, VIEW_LINES),
                false => interleave::narration::OUTSIDE_THE_LOOP.to_string(),
            };
            page.stepping.show(
                Some((&words, &interleave::task_tree::to_text(&rows))),
                narration.as_deref(),
            );
            let marks = super::stepping::Stepping::task_lines(&view);
            page.code_editor().mark_tasks(&marks);
            page.mark_python(&marks);
            super::storage::show_step(Some(control.position.get()));
            page.stepping
                .show_position(control.position.get(), control.total.get());
            let step = loop {
                if control.stopped.get() || control.released.get() || !control.paused.get() {
                    break None;
                }
                if let Some(step) = control.step.take() {
                    break Some(step);
                }
                Learner(&control).await;
            };
            if control.released.get() {
                // Superseded (Run, Step back): the page is the next run's.
                return;
            }
            page.stepping.show(None, None);
            page.code_editor().mark_tasks(&[]);
            page.mark_python(&[]);
            super::storage::show_step(None);
            let Some(step) = step else { continue };
            // One callback is narrated; the rest of an iteration is not.
            if step == Step::Callback {
                before = Some((view, events.len()));
            }
            // Callback by callback either way, so that `position` counts
            // what a replay must redo.
            let going = loop {
                control.position.set(control.position.get() + 1);
                let going = session.advance_callback();
                if !going || step == Step::Callback || session.within().is_none() {
                    break going;
                }
            };
            if !going {
                break;
            }
            continue;
        }
        // The loop would sleep: wait that long for real, then let it run
        // the iteration that starts at the deadline.
        let mut waited = false;
        if let Some(until) = session.idle_until() {
            let wait = speed.millis(until - session.now());
            #[cfg(feature = "code")]
            let wait = if control.hurry.get() { 0 } else { wait };
            if wait > 0 {
                // Time passes visibly: bring the timeline up to now first.
                draw(&page, events.all(), &tasks);
                TimeoutFuture::new(wait).await;
                waited = true;
                if control.stopped.get() || control.released.get() {
                    continue;
                }
            }
        }
        if !advance(&mut session, &control) {
            break;
        }
        if waited {
            since_yield = 0;
            continue;
        }
        since_yield += 1;
        if since_yield >= ITERATIONS_PER_PAINT {
            since_yield = 0;
            page.console.flush();
            TimeoutFuture::new(0).await;
        } else {
            next_microtask().await;
        }
    }
    // `advance` ran without a pause since the check at the loop's top.
    show(&page, &mut events, session.new_events(), &mut tasks);
    draw(&page, events.all(), &tasks);
    let outcome = session.finish();
    let status = match outcome.error {
        Some(e) => e.to_string(),
        None => format!("exit status {}", outcome.exit_status),
    };
    ended(&page, &status);
}

/// Says how the run ended, and lets go of it.
fn ended(page: &Rc<Page>, status: &str) {
    page.status.set_text_content(Some(status));
    page.run_ended();
    // Refused as it ran only for want of asyncio's Python half (what only
    // the values tell apart, as `template % values`): the build that has
    // it takes the page over, program and all, to be run again there.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    if interleave::error::is_needs_asyncio_py(status) {
        page.hand_over(super::code_loader::Build::Asyncio);
    }
}

/// Loop iterations and calls a run is tried for before it is shown: a run
/// that Interleave refuses within them is refused before any of it is
/// shown. A run that goes on longer (one that never ends, `while True`)
/// is shown from the start, and a refusal past here comes where it is met.
/// Tried at once, without yielding: about a tenth of a second at most.
#[cfg(feature = "code")]
const DRY_RUN_STEPS: u64 = 300_000;

/// The refusal the program's run ends in, tried unseen and untraced.
#[cfg(feature = "code")]
fn dry_run(program: &Rc<Program>, options: &RunOptions) -> Option<interleave::error::RunError> {
    let options = RunOptions {
        no_trace: true,
        limits: interleave::Limits {
            max_steps: DRY_RUN_STEPS,
            ..options.limits
        },
        ..options.clone()
    };
    let outcome = Session::shared(program.clone(), &options).finish();
    outcome.error.filter(|e| e.is_refusal())
}

/// Runs the loop's next iteration (or the rest of one stepped into);
/// false once the run is over. Code mode's build goes callback by
/// callback and counts them, so that a run paused while it runs knows its
/// position (Step back replays to one fewer).
fn advance(session: &mut Session, control: &Control) -> bool {
    #[cfg(feature = "code")]
    loop {
        control.position.set(control.position.get() + 1);
        if !session.advance_callback() {
            return false;
        }
        if session.within().is_none() {
            return true;
        }
    }
    #[cfg(not(feature = "code"))]
    {
        let _ = control;
        session.advance()
    }
}

/// Resumes in a microtask: the next loop iteration, without waiting for
/// the browser's next turn.
async fn next_microtask() {
    let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}

/// Takes in new events as they come; the console draws them when the
/// page next paints (`draw`, or before yielding to the browser).
fn show(page: &Page, events: &mut Seen, new: Vec<Event>, tasks: &mut TaskNames) {
    tasks.learn(&new);
    page.console.show(&new, tasks);
    events.take_in(new);
}

/// The run's events so far: its own, or, once the run is mapped, a prefix
/// of the map's (a replay makes the same events): a stepped run of ten
/// thousand tasks then holds its events once, not twice.
#[derive(Default)]
struct Seen {
    own: Vec<Event>,
    #[cfg(feature = "code")]
    mapped: Option<(Rc<RunMap>, usize)>,
}

impl Seen {
    fn all(&self) -> &[Event] {
        #[cfg(feature = "code")]
        if let Some((map, n)) = &self.mapped {
            return &map.events[..*n];
        }
        &self.own
    }

    fn take_in(&mut self, new: Vec<Event>) {
        #[cfg(feature = "code")]
        if let Some((map, n)) = &mut self.mapped {
            if *n + new.len() <= map.events.len() {
                *n += new.len();
                return;
            }
            // Past what the map holds (a run longer than `SCRUB_LIMIT`
            // steps, gone on): the run keeps its own again.
            self.own = map.events[..*n].to_vec();
            self.mapped = None;
        }
        self.own.extend(new);
    }

    /// Counts `n` more events of the map as seen (a replay's).
    #[cfg(feature = "code")]
    fn skip(&mut self, n: usize) {
        if let Some((_, seen)) = &mut self.mapped {
            *seen += n;
        }
    }

    /// Takes the events from `map` from now on, if it holds the run so
    /// far.
    #[cfg(feature = "code")]
    fn follow(&mut self, map: &Rc<RunMap>) {
        if self.mapped.is_none() && self.own.len() <= map.events.len() {
            self.mapped = Some((map.clone(), self.own.len()));
            self.own = Vec::new();
        }
    }
}

/// Redraws the panels that depend on the whole run so far.
fn draw(page: &Page, events: &[Event], tasks: &TaskNames) {
    page.console.flush();
    page.results.draw(events, tasks);
    page.timeline.draw(events, tasks);
}
