//! The page's own JavaScript, in one snippet for every build. Each build's
//! wasm-bindgen writes its snippets beside the page, in the same directory
//! (`snippets/interleave-web-<hash>/`) and numbered in the order it meets
//! them (`inline0.js`...), so two builds with different snippets would
//! overwrite each other's: the first download would then import a
//! function from the third build's file. One snippet, the same text in
//! every build, is the same file whoever writes it.
//!
//! Not every build calls every function (the third loads no module).

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlTextAreaElement};

#[wasm_bindgen(inline_js = "
export function import_module(name) {
    return import(new URL(name, document.baseURI).href);
}
export function start_module(module) {
    return module.default();
}
export function open_editor(root) {
    const area = root.querySelector('div.code-mode');
    if (!area || area.hidden) return null;
    const text = area.querySelector('textarea.code');
    return [text.value, [text.selectionStart, text.selectionEnd, document.activeElement === text]];
}
export function put_caret(text, [start, end, focused]) {
    text.setSelectionRange(start, end);
    if (focused) text.focus();
}")]
extern "C" {
    /// `import(name)`, relative to the page: resolves to the module.
    #[cfg(not(feature = "asyncio-py"))]
    pub fn import_module(name: &str) -> js_sys::Promise;
    /// Instantiates the module's wasm, which runs its `start`.
    #[cfg(not(feature = "asyncio-py"))]
    pub fn start_module(module: &JsValue) -> js_sys::Promise;
    /// `[source, caret]` of the open Code mode editor in `root`, else
    /// `null` (`code::Carried`).
    pub fn open_editor(root: &Element) -> JsValue;
    /// Puts back a caret `open_editor` gave.
    pub fn put_caret(text: &HtmlTextAreaElement, caret: &JsValue);
}
