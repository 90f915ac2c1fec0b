//! Code mode: a plain text editor for a whole Python program, with line
//! numbers in a gutter and the line of a mistake marked there.
//!
//! Only the build with Code mode (feature `code`) parses here; the first
//! download shows the editor only once that build has taken over the page.
//!
//! The program is read by `interleave::parse::program_unvalidated`: the
//! command line's parser without the general validator, whose code does
//! not fit the page's size budget, so a call to an undefined function
//! fails when it runs (a NameError, as in Python) rather than before. The
//! editor knows nothing about running; the page asks it for the program.

use super::dom;
use super::js::{open_editor, put_caret};
use interleave::Program;
use wasm_bindgen::JsValue;
#[cfg(feature = "code")]
use web_sys::HtmlInputElement;
use web_sys::{Element, HtmlTextAreaElement};

/// A program to start from when the form has nothing valid to offer.
pub const STARTER: &str =
    "import asyncio\n\n\nasync def main():\n    print('hello')\n\n\nasyncio.run(main())\n";

pub struct CodeEditor {
    /// The whole Code mode area, hidden in Forms mode.
    area: Element,
    pub text: HtmlTextAreaElement,
    gutter: Element,
    error: Element,
    /// Whether the clock runs as CPython's real one (`RunOptions::real_clock`:
    /// on unless the learner wants CPython's order on a clock only sleeps
    /// move); made by the build with Code mode, as only it computes.
    #[cfg(feature = "code")]
    real_clock: HtmlInputElement,
    /// Whether the mistake shown is certainly the one CPython reports
    /// first (Python's own error, from a build that checks the whole
    /// file, or the tokenizer's), and not one that may hide another.
    #[cfg(feature = "code")]
    certain: std::cell::Cell<bool>,
}

impl CodeEditor {
    /// The editor inside the page's skeleton.
    pub fn in_page(page: &Element) -> CodeEditor {
        CodeEditor {
            area: dom::find(page, "div.code-mode"),
            text: dom::cast(dom::find(page, "textarea.code")),
            gutter: dom::find(page, "pre.gutter"),
            error: dom::find(page, "p.code-error"),
            #[cfg(feature = "code")]
            real_clock: real_clock_checkbox(&dom::find(page, "div.code-mode")),
            #[cfg(feature = "code")]
            certain: std::cell::Cell::new(true),
        }
    }

    pub fn show(&self, on: bool) {
        if on {
            self.area.remove_attribute("hidden").ok();
        } else {
            self.area.set_attribute("hidden", "").ok();
        }
    }

    pub fn set(&self, source: &str) {
        self.text.set_value(source);
    }

    pub fn source(&self) -> String {
        self.text.value()
    }

    /// The program, or the mistake shown under the editor and its line
    /// marked in the gutter.
    #[cfg(feature = "code")]
    pub fn check(&self) -> Option<Program> {
        let source = self.source();
        let lines = source.lines().count().max(1);
        // Rows enough for the whole program, so the gutter lines up with
        // the text without a scroll position to follow.
        self.text.set_rows(lines as u32 + 1);
        let result = interleave::parse::program_unvalidated(&source);
        let bad = result.as_ref().err().map(|e| e.line);
        self.certain
            .set(result.as_ref().err().is_none_or(|e| e.raised.is_some()));
        dom::clear(&self.gutter);
        for n in 1..=lines {
            let class = if Some(n) == bad { "bad" } else { "" };
            dom::child(&self.gutter, "span", class, &format!("{n}\n"));
        }
        match result {
            Ok(program) => {
                self.error.set_text_content(None);
                self.text.remove_attribute("aria-invalid").ok();
                Some(program)
            }
            Err(e) => {
                self.error.set_text_content(Some(&e.to_string()));
                self.text.set_attribute("aria-invalid", "true").ok();
                None
            }
        }
    }

    #[cfg(feature = "code")]
    pub fn real_clock(&self) -> bool {
        self.real_clock.checked()
    }

    /// Whether the program has a mistake that may hide another CPython
    /// would report first (see `certain`).
    #[cfg(feature = "code")]
    pub fn mistake_may_hide_another(&self) -> bool {
        !self.certain.get()
    }

    /// The message under the editor (empty when the program is fine).
    pub fn error(&self) -> String {
        self.error.text_content().unwrap_or_default()
    }

    /// Marks in the gutter the lines tasks are paused at, and the one the
    /// running task is at (step mode): `(line, tasks there, running)`.
    /// Each mark's title names the tasks, for a pointer or a screen
    /// reader; none clears them.
    #[cfg(feature = "code")]
    pub fn mark_tasks(&self, marks: &[(u32, String, bool)]) {
        for (i, line) in self.gutter_lines().into_iter().enumerate() {
            let n = i as u32 + 1;
            let here = marks.iter().find(|(l, _, _)| *l == n);
            // A program that runs has no line marked bad: the class is
            // the task mark's alone.
            match here {
                Some((_, tasks, running)) => {
                    line.set_class_name(if *running { "running" } else { "paused" });
                    line.set_attribute("title", tasks).ok();
                }
                None if line.class_name() != "bad" => {
                    line.set_class_name("");
                    line.remove_attribute("title").ok();
                }
                None => {}
            }
        }
    }

    /// The gutter's lines marked for tasks, as `line: tasks` (running
    /// marked `*`).
    #[cfg(feature = "code")]
    pub fn task_marks(&self) -> Vec<String> {
        self.gutter_lines()
            .into_iter()
            .filter_map(|line| {
                let running = line.class_name() == "running";
                let title = line.get_attribute("title")?;
                let n = line.text_content()?.trim().to_string();
                Some(format!("{n}{}: {title}", if running { "*" } else { "" }))
            })
            .collect()
    }

    /// The gutter's line numbers, one element a line.
    #[cfg(feature = "code")]
    fn gutter_lines(&self) -> Vec<Element> {
        use wasm_bindgen::JsCast;
        let Ok(lines) = self.gutter.query_selector_all("span") else {
            return Vec::new();
        };
        (0..lines.length())
            .filter_map(|i| lines.item(i)?.dyn_into::<Element>().ok())
            .collect()
    }

    /// The gutter's marked line, if a mistake marks one.
    pub fn marked_line(&self) -> Option<String> {
        let bad = self.gutter.query_selector(".bad").ok()??;
        Some(bad.text_content()?.trim().to_string())
    }
}

/// The editor of a page another build is about to replace (`code_loader`),
/// when it was open: the new page puts the program, caret and focus back,
/// so a learner typing when the page changed builds goes on typing. Read
/// and put back in JavaScript, where it is a few lines: through web-sys
/// each property is a binding of its own (Code mode's size budget).
pub struct Carried {
    pub source: String,
    /// `[selectionStart, selectionEnd, focused]`, as `open_editor` gave them.
    caret: JsValue,
}

impl Carried {
    /// The open editor in `root`, if the page there has one.
    pub fn from_page(root: &Element) -> Option<Carried> {
        let found = open_editor(root);
        let source = js_sys::Reflect::get_u32(&found, 0).ok()?.as_string()?;
        let caret = js_sys::Reflect::get_u32(&found, 1).ok()?;
        Some(Carried { source, caret })
    }
}

impl CodeEditor {
    /// Puts back the caret and focus of the editor this one replaces.
    pub fn restore(&self, carried: &Carried) {
        put_caret(&self.text, &carried.caret);
    }
}

/// "real clock", ticked, at the end of Code mode's area.
#[cfg(feature = "code")]
fn real_clock_checkbox(area: &Element) -> HtmlInputElement {
    let label = dom::child(area, "label", "check", "");
    let input: HtmlInputElement = dom::cast(dom::child(&label, "input", "compute-time", ""));
    input.set_type("checkbox");
    input.set_checked(true);
    dom::child(
        &label,
        "span",
        "",
        "real clock: computing and waking take time (untick: only sleeps move it)",
    );
    input
}

#[cfg(not(feature = "code"))]
impl CodeEditor {
    /// Without Code mode nothing is parsed: the page hands Code mode to the
    /// build that has it before the editor is ever used.
    pub fn check(&self) -> Option<Program> {
        None
    }
}
