//! Interleave in the browser: the page (`page`), mounted when the document
//! has an element with id `interleave`.
//!
//! The engine runs here exactly as natively: the page drives an
//! `interleave::Session` one loop iteration per microtask and draws the
//! trace it hands out. Nothing is exported to JavaScript but `start`, and
//! in Code mode's build `engine_millis`, which the end-to-end test times
//! the engine with.

#[cfg(target_arch = "wasm32")]
mod alloc;
pub mod page;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::SizeClasses = alloc::SizeClasses::new();

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
        // For the end-to-end test's budget: how long until the page works.
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            performance.mark("interleave-interactive").ok();
        }
    }
}

/// Milliseconds the engine takes to run the Python program `source` in
/// this browser, untraced (the page's runs trace, for the panels): the
/// end-to-end test compares it with CPython on the same machine. Code
/// mode's build only, since the first download has no parser.
#[cfg(feature = "code")]
#[wasm_bindgen]
pub fn engine_millis(source: &str) -> Result<f64, JsValue> {
    // As Code mode parses: `program_unvalidated` keeps the validator out
    // of the page (it refuses by itself what the engine relies on).
    let program =
        interleave::parse::program_unvalidated(source).map_err(|e| JsValue::from(e.to_string()))?;
    let options = interleave::RunOptions {
        no_trace: true,
        ..interleave::RunOptions::default()
    };
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .ok_or("no performance clock")?;
    let start = performance.now();
    let outcome = interleave::Session::shared(std::rc::Rc::new(program), &options).finish();
    let millis = performance.now() - start;
    match outcome.error {
        Some(e) => Err(JsValue::from(e.to_string())),
        None => Ok(millis),
    }
}
