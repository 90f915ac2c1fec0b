//! The playground page: pick a preset, read its Python, run it and watch
//! the console fill in as the loop runs.
//!
//! The page schedules nothing itself: it advances a `Session` one loop
//! iteration per microtask, waits on a real timer when the loop would sleep
//! (scaled by the chosen speed), yields to the browser every few
//! iterations so it can paint and take a click on Stop, and shows the
//! events the session hands out. Forms and the timeline come next (issue 4).

mod dom;
mod run;

use dom::{child, typed};
use gloo_events::EventListener;
use interleave::presets;
use interleave::program::python::to_python;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement, HtmlSelectElement, KeyboardEvent};

pub use run::Speed;

/// The mounted page. Dropping it removes its listeners.
pub struct Page {
    preset: HtmlSelectElement,
    speed: HtmlSelectElement,
    run_button: HtmlButtonElement,
    stop_button: HtmlButtonElement,
    lesson: Element,
    python: Element,
    console: Element,
    status: Element,
    /// Set to stop the run in progress; each run has its own flag.
    stop: RefCell<Rc<Cell<bool>>>,
    /// Kept so that the listeners live as long as the page, and no longer.
    listeners: RefCell<Vec<EventListener>>,
}

impl Page {
    /// Builds the page inside `root`.
    pub fn mount(root: &Element) -> Rc<Page> {
        dom::clear(root);
        let controls = child(root, "div", "controls", "");
        let preset_label = child(&controls, "label", "", "Example ");
        let preset: HtmlSelectElement = typed(&preset_label, "select", "preset", "");
        for p in presets::all() {
            let option = child(&preset, "option", "", p.title);
            option.set_attribute("value", p.name).ok();
        }
        let speed_label = child(&controls, "label", "", "Speed ");
        let speed: HtmlSelectElement = typed(&speed_label, "select", "speed", "");
        for s in Speed::ALL {
            let option = child(&speed, "option", "", s.label());
            option.set_attribute("value", s.id()).ok();
        }
        let run_button: HtmlButtonElement = typed(&controls, "button", "run", "Run");
        run_button.set_title("Run (Ctrl+Enter)");
        let stop_button: HtmlButtonElement = typed(&controls, "button", "stop", "Stop");
        stop_button.set_disabled(true);
        let lesson = child(root, "p", "lesson", "");
        let panels = child(root, "div", "panels", "");
        let code = child(&panels, "section", "python", "");
        child(&code, "h2", "", "Python");
        let python = child(&code, "pre", "", "");
        let out = child(&panels, "section", "output", "");
        child(&out, "h2", "", "Console");
        let console = child(&out, "ol", "console", "");
        console.set_attribute("aria-live", "polite").ok();
        let status = child(&out, "p", "status", "");

        let page = Rc::new(Page {
            preset,
            speed,
            run_button,
            stop_button,
            lesson,
            python,
            console,
            status,
            stop: RefCell::new(Rc::new(Cell::new(false))),
            listeners: RefCell::new(Vec::new()),
        });
        page.listen();
        page.show_preset();
        page
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
                if key.key() == "Enter" && (key.ctrl_key() || key.meta_key()) {
                    if let Some(page) = page.upgrade() {
                        page.run();
                    }
                }
            })
        };
        *self.listeners.borrow_mut() = vec![
            on(&self.preset, "change", Page::show_preset),
            on(&self.run_button, "click", Page::run),
            on(&self.stop_button, "click", Page::stop),
            keys,
        ];
    }

    fn selected(&self) -> &'static presets::Preset {
        presets::get(&self.preset.value()).unwrap_or(&presets::all()[0])
    }

    /// Shows the chosen preset's lesson and Python, and clears the output.
    fn show_preset(self: &Rc<Self>) {
        self.stop();
        let preset = self.selected();
        self.lesson.set_text_content(Some(preset.lesson));
        self.python
            .set_text_content(Some(&to_python(&preset.program())));
        dom::clear(&self.console);
        self.status.set_text_content(None);
    }

    /// Starts a run of the chosen preset, stopping any run in progress.
    pub fn run(self: &Rc<Self>) {
        self.stop();
        let flag = Rc::new(Cell::new(false));
        *self.stop.borrow_mut() = flag.clone();
        dom::clear(&self.console);
        self.status.set_text_content(Some("running…"));
        self.run_button.set_disabled(true);
        self.stop_button.set_disabled(false);
        let speed = Speed::from_id(&self.speed.value());
        let program = self.selected().program();
        wasm_bindgen_futures::spawn_local(run::run(self.clone(), program, speed, flag));
    }

    /// Stops the run in progress, if any.
    pub fn stop(self: &Rc<Self>) {
        self.stop.borrow().set(true);
        self.run_button.set_disabled(false);
        self.stop_button.set_disabled(true);
    }

    /// Selects a preset and a speed, as a person would with the menus.
    pub fn choose(self: &Rc<Self>, preset: &str, speed: Speed) {
        self.preset.set_value(preset);
        self.speed.set_value(speed.id());
        self.show_preset();
    }

    /// The console's lines, as shown.
    pub fn console_lines(&self) -> Vec<String> {
        let Ok(texts) = self.console.query_selector_all(".text") else {
            return Vec::new();
        };
        (0..texts.length())
            .filter_map(|i| texts.item(i))
            .filter_map(|t| t.text_content())
            .collect()
    }

    /// The status line under the console (`exit status 0` when done).
    pub fn status(&self) -> String {
        self.status.text_content().unwrap_or_default()
    }
}
