//! Step mode's controls and its loop panel (Code mode's build only): Step
//! runs the loop's next callback, Step iteration the rest of the current
//! iteration, Step back and Back to start rewind (by replaying the run),
//! Continue lets the run go on at the chosen speed. The panel
//! shows what the loop holds at that moment, the engine's own view
//! (`interleave::engine::view`), in the text `interleave step --callbacks`
//! prints, so the page and the command line cannot disagree; below it the
//! tasks as a tree (`interleave::task_tree`, `interleave step --tree`).
//!
//! The elements are made here, not in the skeleton, so that the first
//! download carries none of it: only Step is there, which in the first
//! download loads this build and hands the page over, paused. When a run pauses and what a step runs is
//! `run.rs`'s; this holds only the elements.

use super::{dom, run::Step, Page};
use interleave::collect::Joined;
use interleave::engine::view::LoopView;
use std::rc::Rc;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement};

/// The keyboard's way to each control: Alt with a key that reads as a
/// direction, so none is taken from typing in the editor.
const SHORTCUTS: &str = "Keys: Alt+↑ Pause, Alt+→ Step, Alt+↓ Step iteration, Alt+← Step back, Alt+Home Back to start, Alt+End Continue, Alt+PageDown To the end.";

pub struct Stepping {
    pub pause: HtmlButtonElement,
    pub step: HtmlButtonElement,
    pub step_iteration: HtmlButtonElement,
    pub back: HtmlButtonElement,
    pub to_start: HtmlButtonElement,
    pub resume: HtmlButtonElement,
    pub to_end: HtmlButtonElement,
    /// The whole run, as callback steps: drag or arrow keys move there.
    pub scrubber: HtmlInputElement,
    /// Where the scrubber is, in words.
    position: Element,
    panel: Element,
    /// What the last step did, in words: the live region a screen reader
    /// announces.
    narration: Element,
    view: Element,
    /// The tasks as a tree (`interleave::task_tree`).
    tree: Element,
}

impl Stepping {
    /// Adds the buttons after Stop and the panel before the timeline.
    pub fn in_page(root: &Element) -> Stepping {
        let controls = dom::find(root, "div.controls");
        let share = dom::find(root, "button.share");
        let button = |class: &str, text: &str, title: &str| {
            let b: HtmlButtonElement = dom::typed(&controls, "button", class, text);
            b.set_title(title);
            controls.insert_before(&b, Some(&share)).ok();
            b
        };
        let pause = button("pause", "Pause", "Pause the run where it is (Alt+↑)");
        pause.set_disabled(true);
        // In the skeleton, as the first download steps by handing over.
        let step: HtmlButtonElement = dom::cast(dom::find(root, "button.step"));
        let step_iteration = button(
            "step-iteration",
            "Step iteration",
            "Run the rest of this loop iteration, then pause (Alt+↓)",
        );
        let back = button(
            "step-back",
            "Step back",
            "Back to before the last callback, the run replayed from its start (Alt+←)",
        );
        let to_start = button(
            "to-start",
            "Back to start",
            "Back to before the first iteration (Alt+Home)",
        );
        let resume = button("resume", "Continue", "Let the paused run go on (Alt+End)");
        let to_end = button(
            "to-end",
            "To the end",
            "Run the paused run to its end at once (Alt+PageDown)",
        );
        for b in [&step_iteration, &back, &to_start, &resume, &to_end] {
            b.set_disabled(true);
        }
        let panel = dom::document()
            .create_element("section")
            .expect("creating a standard element cannot fail");
        panel.set_class_name("loop");
        panel.set_attribute("hidden", "").ok();
        dom::child(&panel, "h2", "", "The loop");
        dom::child(
            &panel,
            "p",
            "hint",
            "What the event loop holds now: the callback about to run, the ready queue in order (only what was ready when the iteration began runs in it), the timers in the order they fire, and asyncio's locks, queues, events and task groups, with the tasks waiting in each.",
        );
        dom::child(&panel, "p", "hint keys", SHORTCUTS);
        let scrub = dom::child(&panel, "label", "scrub", "Position ");
        let scrubber: HtmlInputElement = dom::cast(dom::child(&scrub, "input", "scrubber", ""));
        scrubber.set_type("range");
        scrubber.set_min("0");
        let position = dom::child(&scrub, "output", "position", "");
        let narration = dom::child(&panel, "p", "narration", "");
        narration.set_attribute("aria-live", "polite").ok();
        let view = dom::child(&panel, "pre", "loop-view", "");
        view.set_attribute("aria-label", "The event loop's state")
            .ok();
        dom::child(&panel, "h3", "", "Tasks");
        dom::child(
            &panel,
            "p",
            "hint",
            "Every task so far, under the task or gather that awaits it (else under the one that created it): its call, its state, and the variables of a paused task's frames, as repr shows them.",
        );
        let tree = dom::child(&panel, "pre", "task-tree", "");
        tree.set_attribute("aria-label", "The tasks").ok();
        let timeline = dom::find(root, "section.timeline");
        if let Some(parent) = timeline.parent_node() {
            parent.insert_before(&panel, Some(&timeline)).ok();
        }
        Stepping {
            pause,
            step,
            step_iteration,
            back,
            to_start,
            resume,
            to_end,
            scrubber,
            position,
            panel,
            narration,
            view,
            tree,
        }
    }

    /// A paused run's state (the loop's, and the tasks' tree) and what
    /// its last step did, or nothing (not paused): the panel shows while
    /// there is something to show.
    pub fn show(&self, view: Option<(&str, &str)>, narration: Option<&str>) {
        self.panel
            .toggle_attribute_with_force("hidden", view.is_none())
            .ok();
        self.view.set_text_content(view.map(|v| v.0));
        self.tree.set_text_content(view.map(|v| v.1));
        self.narration.set_text_content(narration);
        for b in [
            &self.step_iteration,
            &self.back,
            &self.to_start,
            &self.resume,
            &self.to_end,
        ] {
            b.set_disabled(view.is_none());
        }
        // Pausing is for a run going on; a paused one is stepped.
        self.pause.set_disabled(view.is_some());
        // The wasm module's memory, for the memory budget (`tests/e2e.py`
        // adds the JavaScript heap).
        use wasm_bindgen::JsCast;
        if let Ok(memory) = wasm_bindgen::memory().dyn_into::<js_sys::WebAssembly::Memory>() {
            let bytes = memory
                .buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length();
            self.panel
                .set_attribute("data-wasm-bytes", &bytes.to_string())
                .ok();
        }
    }

    /// Where a paused run is, of the `total` callback steps the whole run
    /// takes (the last one ends it: the last place to pause is before it).
    pub fn show_position(&self, at: u32, total: u32) {
        let last = total.saturating_sub(1);
        self.scrubber.set_max(&last.to_string());
        self.scrubber.set_value(&at.to_string());
        let more = if total >= super::run::SCRUB_LIMIT {
            "+"
        } else {
            ""
        };
        self.position
            .set_text_content(Some(&format!("step {at} of {last}{more}")));
    }

    /// The scrubber's position.
    pub fn scrubbed(&self) -> u32 {
        self.scrubber.value().parse().unwrap_or(0)
    }

    /// Acts on Alt+`key` if it is a step shortcut and its button is
    /// enabled; says whether it was one.
    pub fn shortcut(&self, key: &str, page: &Rc<Page>) -> bool {
        let (button, act): (&HtmlButtonElement, fn(&Rc<Page>)) = match key {
            "ArrowRight" => (&self.step, |p| p.step(Step::Callback)),
            "ArrowDown" => (&self.step_iteration, |p| p.step(Step::Iteration)),
            "ArrowLeft" => (&self.back, |p| p.step_back(false)),
            "Home" => (&self.to_start, |p| p.step_back(true)),
            "End" => (&self.resume, Page::resume),
            "ArrowUp" => (&self.pause, Page::pause),
            "PageDown" => (&self.to_end, Page::to_end),
            _ => return false,
        };
        if !button.disabled() {
            act(page);
        }
        true
    }

    /// The gutter marks for `view`: each line a pending task's coroutine is
    /// paused at, with the tasks there (the first few named: a thousand
    /// tasks paused on one line make one mark), and the task about to run
    /// marked as running.
    pub fn task_lines(view: &LoopView) -> Vec<(u32, String, bool)> {
        const NAMED: usize = 3;
        let running = view.running_task();
        // Per line: the tasks named, how many in all, and whether the one
        // about to run is there.
        let mut lines: Vec<(u32, Vec<String>, usize, bool)> = Vec::new();
        for task in &view.tasks {
            let Some(line) = task.line else { continue };
            let is_running = running == Some(task.name.as_str());
            let label = format!(
                "{} {}(){}",
                task.name,
                task.coro,
                if is_running {
                    " runs next"
                } else {
                    " paused here"
                }
            );
            let at = match lines.iter().position(|l| l.0 == line) {
                Some(at) => at,
                None => {
                    lines.push((line, Vec::new(), 0, false));
                    lines.len() - 1
                }
            };
            let entry = &mut lines[at];
            entry.2 += 1;
            entry.3 |= is_running;
            // The running task is always named.
            if entry.1.len() < NAMED || is_running {
                entry.1.push(label);
            }
        }
        lines
            .into_iter()
            .map(|(line, named, all, running)| {
                let more = all - named.len();
                let mut title = named.joined("; ");
                if more > 0 {
                    title.push_str(&format!("; and {more} more"));
                }
                (line, title, running)
            })
            .collect()
    }

    pub fn text(&self) -> String {
        self.view.text_content().unwrap_or_default()
    }

    pub fn tree(&self) -> String {
        self.tree.text_content().unwrap_or_default()
    }

    pub fn narration(&self) -> String {
        self.narration.text_content().unwrap_or_default()
    }
}
