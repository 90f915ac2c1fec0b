//! Small helpers over web-sys for building the page. Text always goes in as
//! text (`textContent`), never as HTML, so a task named `<b>` shows as typed.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the page runs in a browser window with a document")
}

/// `<tag class="class">text</tag>`, appended to `parent`.
pub fn child(parent: &Element, tag: &str, class: &str, text: &str) -> Element {
    let el = document()
        .create_element(tag)
        .expect("creating a standard element cannot fail");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    parent
        .append_child(&el)
        .expect("appending a new element cannot fail");
    el
}

/// `child`, cast to the element type its tag makes.
pub fn typed<T: JsCast>(parent: &Element, tag: &str, class: &str, text: &str) -> T {
    cast(child(parent, tag, class, text))
}

/// The element `selector` finds inside `root`, which the page's own
/// skeleton guarantees is there.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("the page skeleton has {selector}"))
}

/// `el` as the element type its tag makes, which the page's own markup
/// decides. Unchecked in release builds: a checked cast costs each type
/// an `instanceof` import and its glue (the page's size budgets), and a
/// wrong type could only fail as a JavaScript TypeError on first use,
/// which every test would meet.
pub fn cast<T: JsCast>(el: Element) -> T {
    debug_assert!(el.is_instance_of::<T>(), "an element of the requested type");
    el.unchecked_into::<T>()
}

/// `<option value="value">label</option>`, appended to `select`.
pub fn option(select: &Element, value: &str, label: &str) -> Element {
    let option = child(select, "option", "", label);
    option.set_attribute("value", value).ok();
    option
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    el.set_text_content(None);
}

/// `x` with three decimals (`0.250`), for times and positions, which are
/// never negative. Written out by hand: `{:.3}` would ship the standard
/// library's exact float formatting, a few KB of wasm for this one use.
pub fn fixed3(x: f64) -> String {
    let thousandths = (x.max(0.0) * 1000.0).round() as u64;
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
}
