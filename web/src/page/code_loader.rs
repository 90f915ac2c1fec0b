//! Code mode, loaded when first wanted. The page's first download is built
//! without the whole-program parser and Code mode's library of builtins
//! (feature `code`), which would put it over its size budget; the build
//! with them is `interleave-code.js` beside it (made by
//! `scripts/post-build.sh`). Switching to Code mode imports that module and
//! hands the page over: this build's page stops and drops its listeners,
//! and the new build mounts a fresh page in the same element, which opens
//! Code mode from the link (`#c=...`) and the form from local storage.
//!
//! Only in the build without Code mode.

use super::Page;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The module with Code mode, next to this page.
const CODE_MODULE: &str = "interleave-code.js";

#[wasm_bindgen(inline_js = "
export function import_module(name) {
    return import(new URL(name, document.baseURI).href);
}
export function start_module(module) {
    return module.default();
}")]
extern "C" {
    /// `import(name)`, relative to the page: resolves to the module.
    fn import_module(name: &str) -> js_sys::Promise;
    /// Instantiates the module's wasm, which runs its `start`.
    fn start_module(module: &JsValue) -> js_sys::Promise;
}

/// Loads Code mode and hands the page over to it. The module is fetched
/// before this page lets go, so a failed download leaves the page working.
pub async fn hand_over(page: Rc<Page>) {
    let module = match JsFuture::from(import_module(CODE_MODULE)).await {
        Ok(module) => module,
        Err(e) => return page.code_mode_failed(&describe(&e)),
    };
    page.unmount();
    if let Err(e) = JsFuture::from(start_module(&module)).await {
        // This page has let go already: say so where it stood.
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("interleave"))
        {
            root.set_text_content(Some(&format!(
                "Code mode could not start ({}). Reload the page to go on; your program is in the link.",
                describe(&e)
            )));
        }
    }
}

fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(error, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "unknown error".into())
}
