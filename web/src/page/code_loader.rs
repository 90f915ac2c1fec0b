//! The next build, loaded when first wanted. The page comes in three
//! builds, each the one before and more:
//! - the first download, without the whole-program parser and Code mode's
//!   library of builtins (feature `code`), which would put it over its
//!   size budget;
//! - `interleave-code.js`, with them: Code mode and step mode;
//! - `interleave-asyncio.js`, with asyncio's Python half too (feature
//!   `asyncio-py`: Lock, Queue, TaskGroup, wait...), which would put Code
//!   mode's module over its own budget.
//!
//! (Both made by `scripts/post-build.sh`.) The first download loads the
//! second when the learner switches to Code mode or steps, and the third
//! at once when the form asks for asyncio's next chapter
//! (`Scenario::needs_asyncio_py`: TaskGroup, a Semaphore, timeouts,
//! threads) or a preset is a program that needs it; the second loads the
//! third when Code mode's program is refused for want of asyncio's Python
//! half (`interleave::error::is_needs_asyncio_py`), or the form asks. Each
//! hands the page over: this build's page stops and drops its listeners,
//! and the new build mounts a fresh page in the same element, which opens
//! Code mode from the link (`#c=...`), the form from local storage, and
//! the editor's caret from the page it replaces (`code::Carried`).
//!
//! Not in the third build, which has nothing to load.

use super::js::{import_module, start_module};
use super::Page;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The builds' modules, next to this page.
#[cfg(not(feature = "code"))]
const CODE_MODULE: &str = "interleave-code.js";
const ASYNCIO_MODULE: &str = "interleave-asyncio.js";

/// The build after the first download.
#[cfg(not(feature = "code"))]
pub const NEXT: Build = Build::Code;

/// Which build to load: the next (Code mode, in the first download), or
/// the one with asyncio's Python half, which a form may need at once
/// (`Scenario::needs_asyncio_py`) and Code mode's build loads next anyway.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Build {
    #[cfg(not(feature = "code"))]
    Code,
    Asyncio,
}

impl Build {
    fn module(self) -> &'static str {
        match self {
            #[cfg(not(feature = "code"))]
            Build::Code => CODE_MODULE,
            Build::Asyncio => ASYNCIO_MODULE,
        }
    }

    /// What it brings.
    fn brings(self) -> &'static str {
        match self {
            #[cfg(not(feature = "code"))]
            Build::Code => "Code mode",
            Build::Asyncio => "asyncio's Python half",
        }
    }

    /// What the page says while it loads.
    pub fn loading(self) -> &'static str {
        match self {
            #[cfg(not(feature = "code"))]
            Build::Code => "Loading…",
            Build::Asyncio => {
                "Loading asyncio's Python half (Lock, Queue, TaskGroup, wait...) for this program…"
            }
        }
    }
}

/// Loads `build` and hands the page over to it. The module is fetched
/// before this page lets go, so a failed download leaves the page working.
pub async fn hand_over(page: Rc<Page>, build: Build) {
    let module = match JsFuture::from(import_module(build.module())).await {
        Ok(module) => module,
        Err(e) => return page.code_mode_failed(build.brings(), &describe(&e)),
    };
    page.unmount();
    if let Err(e) = JsFuture::from(start_module(&module)).await {
        // This page has let go already: say so where it stood.
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("interleave"))
        {
            root.set_text_content(Some(&format!(
                "{} could not start ({}). Reload the page to go on; your program is in the link.",
                build.brings(),
                describe(&e)
            )));
        }
    }
}

fn describe(error: &JsValue) -> String {
    // A failed `import()` rejects with an `Error`; its `message`, read
    // unchecked, is `undefined` for anything else.
    error
        .as_string()
        .or_else(|| error.unchecked_ref::<js_sys::Error>().message().as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "unknown error".into())
}
