//! Where a scenario is kept between visits: in the link (`#s=` and the
//! scenario's JSON, percent-encoded) and in local storage. Reading either
//! can fail (a link cut short, storage from another version); the error
//! says which and why, so the page can say so and fall back to a preset.
//! A run paused in step mode adds its position to the link (`&step=N`,
//! after the percent-encoded part, which never holds a bare `&`), so a
//! shared link or a reload reopens it there.

use interleave::scenario::Scenario;

const HASH_PREFIX: &str = "#s=";
/// A program typed in Code mode travels as its source: `#c=`.
const CODE_PREFIX: &str = "#c=";
/// A link to a preset by name: `#p=`. The builds without asyncio's
/// Python half hand over to the build with it with such a link, for a
/// preset only that build holds (`presets::Shape::Elsewhere`).
const PRESET_PREFIX: &str = "#p=";
const STORAGE_KEY: &str = "interleave.scenario";
/// Set while Code mode is on, holding the program's source.
const CODE_KEY: &str = "interleave.code";
/// Where an unreadable stored scenario is moved, so falling back to a
/// preset never destroys what was there.
const UNREADABLE_KEY: &str = "interleave.scenario.unreadable";
/// A step mode position after the link's payload.
#[cfg(feature = "code")]
const STEP_MARK: &str = "&step=";

fn link_hash() -> Option<String> {
    web_sys::window()?.location().hash().ok()
}

/// What follows `prefix` in the page's link, if the link starts so, without
/// a step position. The payload is percent-encoded, so the first `&` ends
/// it (cut at a character: a string pattern's search costs the first
/// download half a kilobyte).
fn link_payload(prefix: &str) -> Option<String> {
    let hash = link_hash()?;
    let payload = hash.strip_prefix(prefix)?;
    Some(payload.split('&').next().unwrap_or(payload).to_string())
}

/// The step mode position the link carries (`&step=N`), if any; an
/// unreadable one is an error saying so.
#[cfg(feature = "code")]
pub fn step_from_link() -> Option<Result<u32, String>> {
    let hash = link_hash()?;
    let (_, position) = hash.split_once(STEP_MARK)?;
    Some(position.parse().map_err(|_| {
        format!("The link's step position `{position}` is not a whole number; the program is shown from its start.")
    }))
}

/// Shows step mode's position in the address bar (none: the run is not
/// paused), so a reload or a copied address reopens it there.
#[cfg(feature = "code")]
pub fn show_step(position: Option<u32>) {
    let Some(hash) = link_hash() else { return };
    let payload = hash.split(STEP_MARK).next().unwrap_or(&hash);
    match position {
        Some(n) => show_in_address_bar(&format!("{payload}{STEP_MARK}{n}")),
        None if payload.len() != hash.len() => show_in_address_bar(payload),
        None => {}
    }
}

/// What follows the link's payload (a step position), which a build
/// handing over (`code_loader`) keeps for the next.
#[cfg(not(feature = "asyncio-py"))]
pub fn link_tail() -> Option<String> {
    let hash = link_hash()?;
    hash.find('&').map(|at| hash[at..].to_string())
}

/// Adds `tail` to the address bar's link (a build hands over to the next
/// so).
#[cfg(not(feature = "asyncio-py"))]
pub fn append_to_link(tail: &str) {
    if let Some(hash) = link_hash() {
        show_in_address_bar(&(hash + tail));
    }
}

/// `link` with step mode's position, if the run is paused.
#[cfg(feature = "code")]
pub fn with_step(link: String, position: Option<u32>) -> String {
    match position {
        Some(n) => format!("{link}{STEP_MARK}{n}"),
        None => link,
    }
}

/// Undoes `encode`; a bad %-escape means the link was damaged.
fn decode_component(encoded: &str) -> Result<String, String> {
    js_sys::decode_uri_component(encoded)
        .map(String::from)
        .map_err(|_| "the link is damaged (a bad %-escape); it may have been cut short".to_string())
}

/// `prefix` and `text`, percent-encoded: the part of a link after `#`.
fn hash_of(prefix: &str, text: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("{prefix}{encoded}")
}

/// This page's address with `hash` in place of its own.
fn link_with(hash: &str) -> String {
    let address = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = address.split('#').next().unwrap_or_default();
    format!("{base}{hash}")
}

/// Puts `hash` in the address bar without adding a history entry per
/// keystroke.
fn show_in_address_bar(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
            .ok();
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The preset the page's link names (`#p=`), if it names one.
pub fn preset_from_link() -> Option<String> {
    link_payload(PRESET_PREFIX)
}

/// Puts a link to the preset `name` in the address bar.
#[cfg(not(feature = "asyncio-py"))]
pub fn show_preset_link(name: &str) {
    show_in_address_bar(&format!("{PRESET_PREFIX}{name}"));
}

/// The program source in the page's link (`#c=`), if it carries one.
pub fn code_from_link() -> Option<Result<String, String>> {
    let encoded = link_payload(CODE_PREFIX)?;
    Some(
        decode_component(&encoded)
            .map_err(|e| format!("The link's program could not be opened: {e}.")),
    )
}

/// The program source saved in Code mode, if Code mode was on.
pub fn code_from_storage() -> Option<String> {
    storage()?.get_item(CODE_KEY).ok()?
}

/// Saves Code mode's source (or, with `None`, leaves Code mode) in local
/// storage and in the address bar.
pub fn save_code(code: Option<&str>) {
    let Some(code) = code else {
        if let Some(store) = storage() {
            store.remove_item(CODE_KEY).ok();
        }
        return;
    };
    if let Some(store) = storage() {
        store.set_item(CODE_KEY, code).ok();
    }
    show_in_address_bar(&hash_of(CODE_PREFIX, code));
}

/// A link that reopens Code mode with `code`.
pub fn link_for_code(code: &str) -> String {
    link_with(&hash_of(CODE_PREFIX, code))
}

/// The scenario in the page's link, if the link carries one.
pub fn from_link() -> Option<Result<Scenario, String>> {
    let encoded = link_payload(HASH_PREFIX)?;
    Some(decode(&encoded).map_err(|e| format!("The link's scenario could not be opened: {e}.")))
}

/// Decodes the part of a link after `#s=`.
pub fn decode(encoded: &str) -> Result<Scenario, String> {
    Scenario::from_json(&decode_component(encoded)?)
}

/// A link that reopens `scenario`: this page's address plus `#s=...`.
pub fn link_for(scenario: &Scenario) -> String {
    link_with(&hash_of(HASH_PREFIX, &scenario.to_json()))
}

/// The scenario saved by the last visit, if any.
pub fn from_storage() -> Option<Result<Scenario, String>> {
    let store = storage()?;
    let json = store.get_item(STORAGE_KEY).ok()??;
    Some(Scenario::from_json(&json).map_err(|e| {
        store.set_item(UNREADABLE_KEY, &json).ok();
        format!(
            "The scenario saved in this browser could not be opened: {e}. It was kept in local storage as `{UNREADABLE_KEY}`."
        )
    }))
}

/// Saves `scenario` to local storage and to the address bar.
pub fn save(scenario: &Scenario) {
    let json = scenario.to_json();
    if let Some(store) = storage() {
        // A full or disabled storage only costs the reload convenience.
        store.set_item(STORAGE_KEY, &json).ok();
    }
    show_in_address_bar(&hash_of(HASH_PREFIX, &json));
}
