//! Interleave in the browser: the page (`page`), mounted when the document
//! has an element with id `interleave`.
//!
//! The engine runs here exactly as natively: the page drives an
//! `interleave::Session` one loop iteration per microtask and draws the
//! trace it hands out. Nothing is exported to JavaScript but `start`.

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
