//! The playground page: pick a preset or edit the tasks in the form, read
//! the Python, run it and watch the console, results and timeline fill in.
//!
//! The page schedules nothing itself: it advances a `Session` one loop
//! iteration per microtask (see `run`), and draws the events the session
//! hands out. The scenario lives in the form (`form`), the link and local
//! storage (`storage`); the panels are `console`, `results` and `timeline`.

pub mod code;
#[cfg(not(feature = "asyncio-py"))]
mod code_loader;
mod console;
mod dom;
mod form;
mod js;
mod results;
mod rows;
mod run;
#[cfg(feature = "code")]
mod stepping;
mod storage;
mod timeline;

use gloo_events::EventListener;
use interleave::collect::Joined;
use interleave::presets;
use interleave::program::python::to_python;
use interleave::scenario::{self, Scenario};
use interleave::{Program, RunOptions};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent};

pub use run::Speed;

/// The page's fixed structure; `mount` fills in the menus and finds the parts.
const SKELETON: &str = include_str!("skeleton.html");

/// The preset menu's entry for an empty form.
const BLANK: &str = "blank";
/// The preset menu's entry shown while the form holds the learner's own
/// scenario (edited, or opened from a link or storage).
const OWN: &str = "own";

/// The mounted page. Dropping it removes its listeners.
pub struct Page {
    preset: HtmlSelectElement,
    speed: HtmlSelectElement,
    run_button: HtmlButtonElement,
    stop_button: HtmlButtonElement,
    /// Step, in the first download: loads Code mode's build, which has step
    /// mode, and hands the page over to it, paused.
    #[cfg(not(feature = "code"))]
    step_button: HtmlButtonElement,
    share_button: HtmlButtonElement,
    share_link: HtmlInputElement,
    /// Messages about the page itself: a link or saved scenario that could
    /// not be opened.
    notice: Element,
    lesson: Element,
    form: form::Form,
    /// Code mode's editor, and the button that switches Forms / Code.
    code: code::CodeEditor,
    mode_button: HtmlButtonElement,
    /// In Code mode, the program comes from the editor, not the form.
    code_on: Cell<bool>,
    python: Element,
    copy_button: HtmlButtonElement,
    console: console::Console,
    copy_output_button: HtmlButtonElement,
    status: Element,
    results: results::Results,
    results_section: Element,
    timeline: timeline::Timeline,
    /// Step mode's buttons and loop panel.
    #[cfg(feature = "code")]
    stepping: stepping::Stepping,
    /// What the form says, field by field, as typed.
    scenario: RefCell<Scenario>,
    /// The scenario's program, when every field is valid; Run needs it.
    program: RefCell<Option<Rc<Program>>>,
    /// The run in progress, which paints the panels while it is here.
    current_run: RefCell<Option<run::RunHandle>>,
    /// The whole run (`run::RunMap`), once a stepped run has mapped it,
    /// and whether computing took time then: every replay of the same
    /// program with the same clock reuses it.
    #[cfg(feature = "code")]
    run_map: RefCell<Option<(bool, Rc<run::RunMap>)>>,
    /// Kept so that the listeners live as long as the page, and no longer.
    listeners: RefCell<Vec<EventListener>>,
    /// Set once this page asks for the next build (`code_loader`): every
    /// keystroke refreshes Code mode, and one request is enough.
    #[cfg(not(feature = "asyncio-py"))]
    handing_over: Cell<bool>,
    /// Code mode's first module cannot check a program against Python's
    /// whole grammar: when the mistake it found may hide a SyntaxError
    /// further on, the module that checks takes the page over once the
    /// learner pauses (`GRAMMAR_PAUSE_MS`). Each edit, and leaving Code
    /// mode, counts here, so that a pause only counts if nothing came after.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    edits: Cell<u32>,
}

/// How long a mistake Code mode's first module cannot be sure of stays
/// before the module with the grammar check is loaded to look.
#[cfg(all(feature = "code", not(feature = "asyncio-py")))]
const GRAMMAR_PAUSE_MS: u32 = 1_500;

impl Page {
    /// Builds the page inside `root`, opening the scenario in the link, else
    /// the one saved in this browser, else the first preset.
    pub fn mount(root: &Element) -> Rc<Page> {
        // The editor of the build this one takes over from, if it was in
        // Code mode: read before the markup replaces it.
        let carried = code::Carried::from_page(root);
        // The fixed structure is markup (it holds no user text, so setting
        // it as HTML is safe); only what depends on data is built here.
        root.set_inner_html(SKELETON);
        let find = |class: &str| dom::find(root, class);
        let preset: HtmlSelectElement = dom::cast(find("select.preset"));
        for p in presets::all() {
            dom::option(&preset, p.name, p.title);
        }
        dom::option(&preset, BLANK, "Blank scenario: start from one task");
        dom::option(&preset, OWN, "Your own scenario")
            .set_attribute("disabled", "")
            .ok();
        let speed: HtmlSelectElement = dom::cast(find("select.speed"));
        for s in Speed::ALL {
            dom::option(&speed, s.id(), s.label());
        }
        let python_section = find("section.python");
        let results_section = find("section.results");
        let page = Rc::new(Page {
            preset,
            speed,
            run_button: dom::cast(find("button.run")),
            stop_button: dom::cast(find("button.stop")),
            #[cfg(not(feature = "code"))]
            step_button: dom::cast(find("button.step")),
            share_button: dom::cast(find("button.share")),
            share_link: dom::cast(find("input.share-link")),
            notice: find("p.notice"),
            lesson: find("p.lesson"),
            form: form::Form::in_page(root),
            code: code::CodeEditor::in_page(root),
            mode_button: dom::cast(find("button.mode")),
            code_on: Cell::new(false),
            python: dom::find(&python_section, "pre"),
            copy_button: dom::cast(find("button.copy")),
            console: console::Console::new(find("div.console-view"), find("ol.console")),
            copy_output_button: dom::cast(find("button.copy-output")),
            status: find("p.status"),
            results: results::Results::new(
                dom::find(&results_section, "div.gathered-list"),
                dom::find(&results_section, "div.outcomes-view"),
                dom::find(&results_section, "ol.outcomes"),
            ),
            results_section,
            timeline: timeline::Timeline::new(
                find("div.lanes-view"),
                find("div.lanes"),
                find("div.axis"),
            ),
            #[cfg(feature = "code")]
            stepping: stepping::Stepping::in_page(root),
            scenario: RefCell::new(Scenario::default()),
            program: RefCell::new(None),
            current_run: RefCell::new(None),
            #[cfg(feature = "code")]
            run_map: RefCell::new(None),
            listeners: RefCell::new(Vec::new()),
            #[cfg(not(feature = "asyncio-py"))]
            handing_over: Cell::new(false),
            #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
            edits: Cell::new(0),
        });
        page.listen();
        page.open_first();
        if let Some(carried) = carried {
            page.carry_on(carried);
        }
        page
    }

    /// After a hand-over from another build in Code mode: the program as
    /// it stood in that build's editor (what was typed while this build
    /// loaded included), with its caret and focus, so typing goes on.
    fn carry_on(self: &Rc<Self>, carried: code::Carried) {
        if !self.code_on.get() {
            return;
        }
        if carried.source != self.code.source() {
            self.code.set(&carried.source);
            self.refresh();
        }
        self.code.restore(&carried);
    }

    /// The link's scenario, else the one saved in this browser, else the
    /// first preset. A link or saved scenario that cannot be read is said
    /// in the notice, and the page falls back to the next of these: never a
    /// blank page, and never overwriting saved work with a preset.
    fn open_first(self: &Rc<Self>) {
        // Read before anything opens: opening rewrites the address bar.
        #[cfg(feature = "code")]
        let step = storage::step_from_link();
        #[cfg(not(feature = "asyncio-py"))]
        let tail = storage::link_tail();
        self.open_link_or_saved();
        // A program that needs asyncio's Python half is handed on to the
        // build that has it, with the link's step position.
        #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
        if self.handing_over.get() {
            if let Some(tail) = tail {
                storage::append_to_link(&tail);
            }
            return;
        }
        #[cfg(feature = "code")]
        match step {
            Some(Ok(position)) => self.start_run(Some(position)),
            Some(Err(message)) => self.notice.set_text_content(Some(&message)),
            None => {}
        }
        // A link to a step position: the build with step mode opens it.
        #[cfg(not(feature = "code"))]
        if let Some(tail) = tail {
            storage::append_to_link(&tail);
            if !self.mode_button.disabled() {
                self.hand_over(code_loader::NEXT);
            }
        }
    }

    /// The link's scenario or program, else the saved one, else the first
    /// preset (`open_first`).
    fn open_link_or_saved(self: &Rc<Self>) {
        let mut problems = Vec::new();
        // A link to a preset (another build's hand-over, or shared).
        if let Some(name) = storage::preset_from_link() {
            if presets::get(&name).is_some() {
                self.preset.set_value(&name);
                return self.show_preset();
            }
            problems.push(format!("The link names no preset called “{name}”."));
        }
        // A link to a program opens Code mode over the form saved in this
        // browser, else the first preset's.
        if let Some(code) = storage::code_from_link() {
            match storage::from_storage() {
                Some(Ok(scenario)) => {
                    self.preset.set_value(OWN);
                    self.open(scenario, None);
                }
                _ => self.show_preset(),
            }
            match code {
                Ok(source) => self.enter_code(&source),
                Err(message) => {
                    problems.push(message);
                    problems.push(format!(
                        "Showing the example “{}” instead.",
                        presets::all()[0].title
                    ));
                    self.notice.set_text_content(Some(&problems.joined(" ")));
                }
            }
            return;
        }
        let sources: [(bool, fn() -> _); 2] =
            [(true, storage::from_link), (false, storage::from_storage)];
        for (from_link, source) in sources {
            match source() {
                Some(Ok(scenario)) => {
                    self.preset.set_value(OWN);
                    self.open(scenario, None);
                    if !problems.is_empty() {
                        problems.push("Showing the scenario saved in this browser instead.".into());
                    }
                    self.notice.set_text_content(Some(&problems.joined(" ")));
                    if !from_link {
                        self.resume_code();
                    }
                    return;
                }
                Some(Err(message)) => problems.push(message),
                None => {}
            }
        }
        self.show_preset();
        if !problems.is_empty() {
            problems.push(format!(
                "Showing the example “{}” instead.",
                presets::all()[0].title
            ));
            self.notice.set_text_content(Some(&problems.joined(" ")));
        } else {
            self.resume_code();
        }
    }

    /// Reopens Code mode if it was on when the page was last left.
    fn resume_code(self: &Rc<Self>) {
        if let Some(source) = storage::code_from_storage() {
            self.enter_code(&source);
        }
    }

    fn listen(self: &Rc<Self>) {
        let on = |target: &web_sys::EventTarget, event: &'static str, act: fn(&Rc<Page>)| {
            let page = Rc::downgrade(self);
            EventListener::new(target, event, move |_| {
                if let Some(page) = page.upgrade() {
                    act(&page);
                }
            })
        };
        let keys = {
            let page = Rc::downgrade(self);
            EventListener::new(&dom::document(), "keydown", move |e| {
                let Some(key) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let Some(page) = page.upgrade() else {
                    return;
                };
                if key.key() == "Enter" && (key.ctrl_key() || key.meta_key()) {
                    page.run();
                }
                #[cfg(feature = "code")]
                if key.alt_key() && page.stepping.shortcut(&key.key(), &page) {
                    key.prevent_default();
                }
            })
        };
        let form_events = ["input", "change", "click"].map(|kind| {
            let page = Rc::downgrade(self);
            EventListener::new(&self.form.root, kind, move |e| {
                if let Some(page) = page.upgrade() {
                    page.on_form_event(e);
                }
            })
        });
        let mut listeners = vec![
            on(&self.preset, "change", Page::show_preset),
            on(&self.run_button, "click", Page::run),
            on(&self.stop_button, "click", Page::stop),
            on(&self.share_button, "click", Page::share),
            on(&self.copy_button, "click", Page::copy_python),
            on(&self.copy_output_button, "click", |page| {
                copy(&page.console.text())
            }),
            on(self.console.view(), "scroll", |page| {
                page.console.scrolled()
            }),
            on(self.results.view(), "scroll", |page| {
                page.results.scrolled()
            }),
            on(self.timeline.view(), "scroll", |page| {
                page.timeline.scrolled()
            }),
            on(&self.mode_button, "click", Page::toggle_code),
            #[cfg(not(feature = "code"))]
            on(&self.step_button, "click", Page::step_elsewhere),
            #[cfg(feature = "code")]
            on(&self.stepping.step, "click", |page| {
                page.step(run::Step::Callback)
            }),
            #[cfg(feature = "code")]
            on(&self.stepping.step_iteration, "click", |page| {
                page.step(run::Step::Iteration)
            }),
            #[cfg(feature = "code")]
            on(&self.stepping.resume, "click", Page::resume),
            #[cfg(feature = "code")]
            on(&self.stepping.back, "click", |page| page.step_back(false)),
            #[cfg(feature = "code")]
            on(&self.stepping.to_start, "click", |page| {
                page.step_back(true)
            }),
            #[cfg(feature = "code")]
            on(&self.stepping.pause, "click", Page::pause),
            #[cfg(feature = "code")]
            on(&self.stepping.scrubber, "input", |page| {
                page.scrub_to(page.stepping.scrubbed())
            }),
            #[cfg(feature = "code")]
            on(&self.stepping.to_end, "click", Page::to_end),
            on(&self.code.text, "input", Page::refresh),
            keys,
        ];
        listeners.extend(form_events);
        // A paused run goes to where a clicked console line was printed,
        // or a clicked timeline mark happened.
        #[cfg(feature = "code")]
        for panel in [self.console.el(), self.timeline.view()] {
            let page = Rc::downgrade(self);
            listeners.push(EventListener::new(panel, "click", move |e| {
                let Some(page) = page.upgrade() else { return };
                let event = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.closest("[data-event]").ok().flatten())
                    .and_then(|t| t.get_attribute("data-event")?.parse().ok());
                if let Some(step) = event.and_then(|e| page.step_of_event(e)) {
                    page.scrub_to(step);
                }
            }));
        }
        *self.listeners.borrow_mut() = listeners;
    }

    /// Shows the chosen preset (or the blank scenario) in the form.
    fn show_preset(self: &Rc<Self>) {
        self.notice.set_text_content(None);
        let name = self.preset.value();
        match presets::get(&name) {
            Some(p) => match (p.scenario(), p.code()) {
                (Some(scenario), _) => self.open(scenario, Some(p.lesson)),
                (None, Some(source)) => {
                    self.enter_code(source);
                    self.preset.set_value(p.name);
                    self.lesson.set_text_content(Some(p.lesson));
                }
                // Only the build with asyncio's Python half holds it.
                #[cfg(not(feature = "asyncio-py"))]
                (None, None) => {
                    storage::show_preset_link(p.name);
                    self.hand_over(code_loader::Build::Asyncio);
                }
                #[cfg(feature = "asyncio-py")]
                (None, None) => {}
            },
            None if name == OWN => {}
            None if name == BLANK => self.open(
                Scenario::default(),
                Some("One task to start from: add tasks, change what they print and how long they sleep, then Run."),
            ),
            None => {
                self.preset.set_value(presets::all()[0].name);
                self.show_preset();
            }
        }
    }

    /// Puts `scenario` in the form and clears the output.
    fn open(self: &Rc<Self>, scenario: Scenario, lesson: Option<&str>) {
        self.run_ended();
        #[cfg(feature = "code")]
        self.stepping.show(None, None);
        if self.code_on.get() {
            self.leave_code();
        }
        self.lesson.set_text_content(lesson);
        self.form.draw(&scenario);
        *self.scenario.borrow_mut() = scenario;
        self.clear_output();
        self.refresh();
    }

    fn clear_output(&self) {
        self.console.clear();
        self.results.clear();
        self.timeline.clear();
        self.status.set_text_content(None);
    }

    /// After any edit: check the form, show the Python (or what to fix),
    /// enable Run only when valid, and save the scenario.
    fn refresh(self: &Rc<Self>) {
        if self.code_on.get() {
            return self.refresh_code();
        }
        let scenario = self.scenario.borrow();
        // asyncio's next chapter is compiled in the build that has it:
        // saved, the form reopens there.
        #[cfg(not(feature = "asyncio-py"))]
        if scenario.needs_asyncio_py() {
            storage::save(&scenario);
            self.form.show_errors(&[]);
            self.python
                .set_text_content(Some(code_loader::Build::Asyncio.loading()));
            self.set_program(None);
            self.update_run_button();
            drop(scenario);
            return self.hand_over(code_loader::Build::Asyncio);
        }
        match scenario::compile(&scenario) {
            Ok(program) => {
                self.form.show_errors(&[]);
                self.python.set_text_content(Some(&to_python(&program)));
                self.set_program(Some(program));
            }
            Err(errors) => {
                self.form.show_errors(&errors);
                let n = errors.len();
                self.python.set_text_content(Some(&format!(
                    "# Fix the {} marked in the form to see the Python.",
                    if n == 1 {
                        "field".to_string()
                    } else {
                        format!("{n} fields")
                    }
                )));
                self.set_program(None);
            }
        }
        self.update_run_button();
        storage::save(&scenario);
    }

    /// The program Run runs, or none while the form or the code has a
    /// mistake; a new one is mapped anew.
    fn set_program(&self, program: Option<Program>) {
        *self.program.borrow_mut() = program.map(Rc::new);
        #[cfg(feature = "code")]
        self.run_map.borrow_mut().take();
    }

    /// The whole run of the program with `options` (`map`, once).
    #[cfg(feature = "code")]
    pub(super) fn run_map(
        &self,
        options: &RunOptions,
        map: impl FnOnce() -> run::RunMap,
    ) -> Rc<run::RunMap> {
        let clock = options.real_clock;
        let mut kept = self.run_map.borrow_mut();
        match &*kept {
            Some((same, known)) if *same == clock => known.clone(),
            _ => {
                let known = Rc::new(map());
                *kept = Some((clock, known.clone()));
                known
            }
        }
    }

    /// The callback step after which event `event` of the program's run
    /// has happened, once the run is mapped.
    #[cfg(feature = "code")]
    fn step_of_event(&self, event: usize) -> Option<u32> {
        let kept = self.run_map.borrow();
        kept.as_ref()?.1.steps.get(event).copied()
    }

    /// Run is disabled while a run is going (Stop is enabled) or while
    /// there is no valid program.
    fn update_run_button(&self) {
        self.run_button
            .set_disabled(self.program.borrow().is_none() || !self.stop_button.disabled());
        // Step starts a run too, or steps the one going.
        #[cfg(feature = "code")]
        self.stepping
            .step
            .set_disabled(self.program.borrow().is_none() && self.stop_button.disabled());
        #[cfg(not(feature = "code"))]
        self.step_button
            .set_disabled(self.program.borrow().is_none());
    }

    /// After an edit in Code mode: parse, show the normalised Python or the
    /// mistake, enable Run only when it parses, and save the source.
    fn refresh_code(self: &Rc<Self>) {
        let program = self.code.check();
        self.python.set_text_content(Some(&match &program {
            Some(p) => to_python(p),
            None => {
                "# Fix the program (the message is under the editor) to see it here, normalised."
                    .to_string()
            }
        }));
        self.set_program(program);
        self.update_run_button();
        storage::save_code(Some(&self.code.source()));
        // Refused only for want of asyncio's Python half: load the build
        // that has it, which takes the page over, program and caret.
        #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
        {
            let edit = self.edits.get().wrapping_add(1);
            self.edits.set(edit);
            if interleave::error::is_needs_asyncio_py(&self.code.error()) {
                self.hand_over(code_loader::Build::Asyncio);
            } else if self.code.mistake_may_hide_another() {
                let page = self.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    gloo_timers::future::TimeoutFuture::new(GRAMMAR_PAUSE_MS).await;
                    if page.edits.get() == edit {
                        page.hand_over(code_loader::Build::Asyncio);
                    }
                });
            }
        }
    }

    /// Switches between the form and the code editor. The editor starts
    /// from the form's program; the form is kept as it was.
    pub fn toggle_code(self: &Rc<Self>) {
        if self.code_on.get() {
            self.leave_code();
            self.refresh();
        } else {
            let source = self
                .program
                .borrow()
                .as_ref()
                .map_or_else(|| code::STARTER.to_string(), |p| to_python(p));
            self.enter_code(&source);
        }
    }

    /// Without Code mode in this build, the page hands over to the build
    /// that has it, which reopens Code mode with `source` from the link.
    #[cfg(not(feature = "code"))]
    fn enter_code(self: &Rc<Self>, source: &str) {
        storage::save_code(Some(source));
        self.hand_over(code_loader::NEXT);
    }

    /// Step in the first download: the scenario, with step mode's position
    /// at its start, goes in the link, and the build with step mode takes
    /// the page over and opens it there, paused.
    #[cfg(not(feature = "code"))]
    fn step_elsewhere(self: &Rc<Self>) {
        self.run_ended();
        storage::save(&self.scenario.borrow());
        // Step mode's position at its start (`storage`'s `&step=N`).
        storage::append_to_link("&step=0");
        self.hand_over(code_loader::NEXT);
    }

    /// Loads the next build (`code_loader`: the one with Code mode and
    /// step mode, or the one with asyncio's Python half too), which takes
    /// the page over and opens what the link says.
    #[cfg(not(feature = "asyncio-py"))]
    fn hand_over(self: &Rc<Self>, build: code_loader::Build) {
        if self.handing_over.replace(true) {
            return;
        }
        self.mode_button.set_disabled(true);
        #[cfg(not(feature = "code"))]
        self.step_button.set_disabled(true);
        self.notice.set_text_content(Some(build.loading()));
        wasm_bindgen_futures::spawn_local(code_loader::hand_over(self.clone(), build));
    }

    /// Called by `code_loader` when Code mode could not be loaded: the page
    /// stays as it was, saying why.
    #[cfg(not(feature = "code"))]
    fn code_mode_failed(&self, what: &str, why: &str) {
        self.handing_over.set(false);
        storage::save_code(None);
        storage::save(&self.scenario.borrow());
        self.mode_button.set_disabled(false);
        self.update_run_button();
        self.notice.set_text_content(Some(&format!(
            "{what} could not be loaded ({why}). Check the connection and try again."
        )));
    }

    /// Called by `code_loader` when asyncio's Python half could not be
    /// loaded: the program stays refused, as it is in the editor and the
    /// link, and the page says why. (Not asked again: a module that failed
    /// to load is not fetched again until the page is reloaded.)
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    fn code_mode_failed(&self, what: &str, why: &str) {
        self.mode_button.set_disabled(false);
        self.notice.set_text_content(Some(&format!(
            "{what} could not be loaded ({why}). Reload the page to try again; your program is in the link."
        )));
    }

    /// Stops everything the page does, so that another build can take its
    /// place in the same element.
    #[cfg(not(feature = "asyncio-py"))]
    fn unmount(self: &Rc<Self>) {
        self.run_ended();
        self.listeners.borrow_mut().clear();
    }

    #[cfg(feature = "code")]
    fn enter_code(self: &Rc<Self>, source: &str) {
        self.code_on.set(true);
        self.code.set(source);
        self.code.show(true);
        self.form.root.set_attribute("hidden", "").ok();
        self.mode_button.set_text_content(Some("Back to forms"));
        self.lesson.set_text_content(None);
        self.preset.set_value(OWN);
        self.refresh();
    }

    fn leave_code(&self) {
        #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
        self.edits.set(self.edits.get().wrapping_add(1));
        self.code_on.set(false);
        self.code.show(false);
        self.form.root.remove_attribute("hidden").ok();
        self.mode_button.set_text_content(Some("Edit as code"));
        storage::save_code(None);
    }

    /// An input, change or click somewhere in the form.
    fn on_form_event(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let change = self
            .form
            .apply(&target, &mut self.scenario.borrow_mut(), &event.type_());
        match change {
            form::Change::None => return,
            form::Change::Field => {}
            form::Change::Cards => self.form.draw(&self.scenario.borrow()),
        }
        self.lesson.set_text_content(None);
        self.preset.set_value(OWN);
        self.refresh();
    }

    /// Shows a link to this scenario and copies it, where the browser lets us.
    fn share(self: &Rc<Self>) {
        let link = if self.code_on.get() {
            storage::link_for_code(&self.code.source())
        } else {
            storage::link_for(&self.scenario.borrow())
        };
        // A paused run's position travels too.
        #[cfg(feature = "code")]
        let link = storage::with_step(link, self.paused_at());
        self.share_link.set_value(&link);
        self.share_link.set_hidden(false);
        self.share_link.select();
        copy(&link);
    }

    fn copy_python(self: &Rc<Self>) {
        copy(&self.python.text_content().unwrap_or_default());
    }

    /// Runs the form's program, stopping any run in progress. Does nothing
    /// while a field is invalid (Run is disabled then).
    pub fn run(self: &Rc<Self>) {
        self.start_run(None);
    }

    /// Step: the run in progress pauses and takes one step; with none, a
    /// run starts paused, before its first iteration.
    #[cfg(feature = "code")]
    pub fn step(self: &Rc<Self>, step: run::Step) {
        match self.current_run.borrow().as_ref() {
            Some(run) => return run.step(step),
            None if step == run::Step::Callback => {}
            None => return,
        }
        self.start_run(Some(0));
    }

    /// The callback steps the run in progress has taken, if it is paused.
    #[cfg(feature = "code")]
    fn paused_at(&self) -> Option<u32> {
        self.current_run
            .borrow()
            .as_ref()
            .and_then(|r| r.position())
    }

    /// Step back: the paused run replayed to one callback step before
    /// where it is (a new run, painted from the start); `to_start`, to
    /// before its first iteration.
    #[cfg(feature = "code")]
    pub fn step_back(self: &Rc<Self>, to_start: bool) {
        if let Some(position) = self.paused_at() {
            let back = if to_start {
                0
            } else {
                position.saturating_sub(1)
            };
            self.start_run(Some(back));
        }
    }

    /// Pause: the run going on stops where it is, to be stepped.
    #[cfg(feature = "code")]
    pub fn pause(self: &Rc<Self>) {
        self.with_run(run::RunHandle::pause);
    }

    /// To the end: a paused run goes on without waiting.
    #[cfg(feature = "code")]
    pub fn to_end(self: &Rc<Self>) {
        self.with_run(run::RunHandle::to_end);
    }

    /// The scrubber moved: the run replayed to that many callback steps.
    #[cfg(feature = "code")]
    pub fn scrub_to(self: &Rc<Self>, position: u32) {
        if self.paused_at().is_some_and(|at| at != position) {
            self.start_run(Some(position));
        }
    }

    /// Continue: a paused run goes on at the chosen speed.
    #[cfg(feature = "code")]
    pub fn resume(self: &Rc<Self>) {
        self.with_run(run::RunHandle::resume);
    }

    /// Marks, in the forms' Python panel, the lines tasks are paused at
    /// (`marks` as `Stepping::task_lines` makes them), or clears the
    /// marks. Code mode marks its editor's gutter instead: there the
    /// panel shows the program normalised, whose lines differ.
    #[cfg(feature = "code")]
    pub fn mark_python(&self, marks: &[(u32, String, bool)]) {
        if self.code_on.get() {
            return;
        }
        let text = self.python.text_content().unwrap_or_default();
        dom::clear(&self.python);
        for (i, line) in text.split_inclusive('\n').enumerate() {
            let here = marks.iter().find(|(l, _, _)| *l == i as u32 + 1);
            let (class, title) = match here {
                Some((_, tasks, running)) => {
                    (if *running { "running" } else { "paused" }, tasks.as_str())
                }
                None => ("", ""),
            };
            let span = dom::child(&self.python, "span", class, line);
            if !title.is_empty() {
                span.set_attribute("title", title).ok();
            }
        }
    }

    /// The forms' Python panel's lines marked for tasks, as `line: tasks`
    /// (running marked `*`), as `CodeEditor::task_marks` says the gutter's.
    #[cfg(feature = "code")]
    pub fn python_marks(&self) -> Vec<String> {
        let mut out = Vec::new();
        let Ok(spans) = self.python.query_selector_all("span") else {
            return out;
        };
        for i in 0..spans.length() {
            let Some(span) = spans.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if let Some(title) = span.get_attribute("title") {
                let running = if span.class_name() == "running" {
                    "*"
                } else {
                    ""
                };
                out.push(format!("{}{running}: {title}", i + 1));
            }
        }
        out
    }

    /// What the loop panel shows, the loop's state then the tasks' tree
    /// (empty while no run is paused).
    #[cfg(feature = "code")]
    pub fn loop_view(&self) -> String {
        self.stepping.text() + &self.stepping.tree()
    }

    /// What the loop panel says the last step did.
    #[cfg(feature = "code")]
    pub fn narration(&self) -> String {
        self.stepping.narration()
    }

    /// Runs the program; `paused: Some(n)`, stepped, replayed `n` callback
    /// steps (`run::RunHandle::start`).
    fn start_run(self: &Rc<Self>, paused: Option<u32>) {
        self.run_ended();
        let Some(program) = self.program.borrow().clone() else {
            return;
        };
        // A replay (paused) of a mapped run draws the same timeline: it
        // stays, and the replay moves its cursor.
        #[cfg(feature = "code")]
        let replay = paused.is_some();
        #[cfg(not(feature = "code"))]
        let replay = false;
        if replay {
            self.console.clear();
            self.results.clear();
            self.status.set_text_content(None);
        } else {
            self.clear_output();
        }
        // A paused run replaces the loop panel's text itself; a run that
        // goes on has none to show.
        #[cfg(feature = "code")]
        if paused.is_none() {
            self.stepping.show(None, None);
        }
        self.status.set_text_content(Some("running…"));
        self.run_button.set_disabled(true);
        self.stop_button.set_disabled(false);
        let speed = Speed::from_id(&self.speed.value());
        let options = RunOptions {
            #[cfg(feature = "code")]
            real_clock: self.code_on.get() && self.code.real_clock(),
            #[cfg(feature = "code")]
            random_seed: random_seed(&program),
            ..RunOptions::default()
        };
        let handle = run::RunHandle::start(self.clone(), program, options, speed, paused);
        #[cfg(feature = "code")]
        self.stepping.pause.set_disabled(paused.is_some());
        *self.current_run.borrow_mut() = Some(handle);
    }

    /// Acts on the run in progress, if there is one.
    fn with_run(&self, act: impl FnOnce(&run::RunHandle)) {
        if let Some(run) = self.current_run.borrow().as_ref() {
            act(run);
        }
    }

    /// Stops the run in progress, if any: it says "stopped" and shows what
    /// it had done.
    pub fn stop(self: &Rc<Self>) {
        self.with_run(run::RunHandle::stop);
        self.stop_button.set_disabled(true);
        self.update_run_button();
    }

    /// Lets go of the run in progress, if any: it paints no more (the
    /// panels are about to show something else, or it has just finished
    /// or stopped). Run is enabled again if the program is still valid,
    /// which an edit during the run may have changed.
    pub(super) fn run_ended(&self) {
        drop(self.current_run.borrow_mut().take());
        self.stop_button.set_disabled(true);
        self.update_run_button();
        #[cfg(feature = "code")]
        self.stepping.pause.set_disabled(true);
    }

    /// Selects a preset and a speed, as a person would with the menus.
    pub fn choose(self: &Rc<Self>, preset: &str, speed: Speed) {
        self.preset.set_value(preset);
        self.speed.set_value(speed.id());
        self.show_preset();
    }

    /// The console's lines, as shown.
    pub fn console_lines(&self) -> Vec<String> {
        texts(self.console.el(), ".text")
    }

    /// The console's notes (lines the page adds, not the program's).
    pub fn console_notes(&self) -> Vec<String> {
        texts(self.console.el(), ".note .says")
    }

    /// The status line under the console (`exit status 0` when done).
    pub fn status(&self) -> String {
        self.status.text_content().unwrap_or_default()
    }

    /// The Python panel's text.
    pub fn python(&self) -> String {
        self.python.text_content().unwrap_or_default()
    }

    /// The results panel's text, one line per entry.
    pub fn results(&self) -> Vec<String> {
        texts(&self.results_section, ".gathered, li")
    }

    /// The page's notice (a link or saved scenario it could not open).
    pub fn notice(&self) -> String {
        self.notice.text_content().unwrap_or_default()
    }

    pub fn run_enabled(&self) -> bool {
        !self.run_button.disabled()
    }

    /// The scenario as the form holds it.
    pub fn scenario(&self) -> Scenario {
        self.scenario.borrow().clone()
    }

    /// Code mode's editor, for tests: its text area, message and marked line.
    pub fn code_editor(&self) -> &code::CodeEditor {
        &self.code
    }

    /// The share link, once Share was pressed.
    pub fn share_link(&self) -> String {
        self.share_link.value()
    }
}

/// Puts `text` on the clipboard when the browser allows (it needs a secure
/// context and focus); otherwise the text stays on screen to copy by hand.
fn copy(text: &str) {
    if let Some(window) = web_sys::window() {
        let promise = window.navigator().clipboard().write_text(text);
        // A refusal is not an error worth showing: the text is on screen.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// The text of each element under `root` that `selector` matches.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|t| t.text_content())
        .collect()
}

/// The seed `random` starts from when the program does not seed it
/// (CPython takes one from the operating system): one per program text,
/// so a program draws the same numbers on every run, replay and shared
/// link, and the console's note names the seed to give CPython.
#[cfg(feature = "code")]
fn random_seed(program: &Program) -> u64 {
    let text = program.source.as_ref().map_or("", |s| s.text());
    // FNV-1a: small, and stable across builds.
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    });
    hash % 1_000_000
}
