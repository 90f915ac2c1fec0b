//! Interleave in the browser: the engine, compiled to wasm, behind the small
//! API the page drives.
//!
//! A `Playground` is one run: the page advances it one loop iteration at a
//! time (one microtask each), asks how long the loop would sleep (to wait
//! that long, scaled, on a real timer), and draws the events it hands out.
//! Everything is plain data in and out (JSON strings, numbers). The page
//! itself (`page`) is built on the same `Session`.

pub mod page;

use interleave::{presets, Program, RunOptions, Session};
use wasm_bindgen::prelude::*;

/// Mounts the page into the element with id `interleave`, if there is one
/// (the test harness's page has none).
#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("interleave"));
    if let Some(root) = root {
        // The page lives as long as the document.
        std::mem::forget(page::Page::mount(&root));
    }
}

/// One run of a program, advanced by the page.
#[wasm_bindgen]
pub struct Playground {
    session: Session,
}

#[wasm_bindgen]
impl Playground {
    /// Loads a program in the JSON model. A bad program is an error naming
    /// the place and the fix, as the CLI reports it.
    #[wasm_bindgen(constructor)]
    pub fn new(program_json: &str) -> Result<Playground, JsError> {
        let program = Program::from_json(program_json).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Playground::of(&program))
    }

    /// A built-in preset by name.
    pub fn preset(name: &str) -> Result<Playground, JsError> {
        let preset = presets::find(name).map_err(|e| JsError::new(&e))?;
        Ok(Playground::of(&preset.program()))
    }

    /// Runs one loop iteration; false once the run is over.
    pub fn advance(&mut self) -> bool {
        self.session.advance()
    }

    /// The virtual time the loop would sleep until before its next
    /// iteration, or `undefined` when it has work now (or is done).
    #[wasm_bindgen(js_name = idleUntil)]
    pub fn idle_until(&self) -> Option<f64> {
        self.session.idle_until()
    }

    /// Virtual seconds since the run started.
    pub fn now(&self) -> f64 {
        self.session.now()
    }

    #[wasm_bindgen(js_name = isFinished)]
    pub fn is_finished(&self) -> bool {
        self.session.is_finished()
    }

    /// The events recorded since the last call, as JSON Lines (the format
    /// of `interleave trace`).
    #[wasm_bindgen(js_name = newEvents)]
    pub fn new_events(&mut self) -> String {
        interleave::trace::to_json_lines(&self.session.new_events())
    }
}

impl Playground {
    fn of(program: &Program) -> Playground {
        Playground {
            session: Session::new(program, &RunOptions::default()),
        }
    }
}

/// The presets, as a JSON list of `{name, title, lesson}`.
#[wasm_bindgen(js_name = presetList)]
pub fn preset_list() -> String {
    let list: Vec<serde_json::Value> = presets::all()
        .iter()
        .map(|p| serde_json::json!({"name": p.name, "title": p.title, "lesson": p.lesson}))
        .collect();
    serde_json::Value::Array(list).to_string()
}
