//! The scenario form: one card per task and `main`'s options, drawn from a
//! `Scenario`, with each field's error shown beside it.
//!
//! Fields carry `data-task` (a card index, or `main`) and `data-field` (the
//! field's key in `scenario::fields`, whose table also gives each field's
//! label and hint), so the page needs one listener per
//! kind of event for the whole form, not one closure per input; `apply`
//! turns such an event's target into an edit of the scenario. Cards are
//! redrawn only when the list of cards changes (add, remove, move), so
//! typing never loses focus.

use super::dom::{child, typed};
use interleave::collect::Joined;
use interleave::scenario::fields::{Slot, Value};
use interleave::scenario::{CardField, FieldError, MainField, Mode, Scenario, TaskCard, RAISABLE};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// What an input event asks of the scenario.
pub enum Change {
    /// A field's value changed; the Python and errors need refreshing.
    Field,
    /// The list of cards changed; the cards need redrawing too.
    Cards,
    /// Not a form field.
    None,
}

pub struct Form {
    pub root: Element,
    cards: Element,
    errors: Element,
    mode: HtmlSelectElement,
}

impl Form {
    /// The form inside the page's skeleton (`skeleton.html`), with the
    /// mode menu filled in.
    pub fn in_page(page: &Element) -> Form {
        let mode: HtmlSelectElement = super::dom::cast(super::dom::find(page, "#main-mode"));
        for m in Mode::ALL {
            super::dom::option(&mode, m.id(), m.label());
        }
        let main = super::dom::find(page, "fieldset.main-form");
        for field in MainField::ALL {
            let class = match field.only_in() {
                Some(Mode::Gather) => "gather-only",
                Some(Mode::CreateTask) => "create-task-only",
                Some(_) | None => "",
            };
            match field.get(&Default::default()) {
                Value::Mode(_) => {}
                Value::Flag(_) => {
                    check(&main, "main", field.key(), field.label(), class);
                }
                Value::Text(_) => {
                    text(
                        &main,
                        "main",
                        field.key(),
                        (field.label(), field.hint()),
                        "",
                    );
                }
            }
        }
        Form {
            root: super::dom::find(page, "div.form"),
            cards: super::dom::find(page, "div.cards"),
            errors: super::dom::find(page, "p.form-errors"),
            mode,
        }
    }

    /// Shows `scenario` in the form, replacing what was there.
    pub fn draw(&self, scenario: &Scenario) {
        super::dom::clear(&self.cards);
        for (i, card) in scenario.tasks.iter().enumerate() {
            draw_card(&self.cards, i, card, scenario.tasks.len());
        }
        for field in MainField::ALL {
            let input = || self.find::<HtmlInputElement>(&input_id("main", field.key()));
            match field.get(&scenario.main) {
                Value::Mode(mode) => self.mode.set_value(mode.id()),
                Value::Flag(on) => {
                    if let Some(i) = input() {
                        i.set_checked(on);
                    }
                }
                Value::Text(value) => {
                    if let Some(i) = input() {
                        i.set_value(value);
                    }
                }
            }
        }
        self.show_mode(scenario.main.mode);
    }

    /// Options that only apply to one mode are hidden in the others.
    fn show_mode(&self, mode: Mode) {
        self.root
            .set_class_name(&format!("form mode-{}", mode.id()));
    }

    /// Marks each field with its error, and clears the rest.
    pub fn show_errors(&self, errors: &[FieldError]) {
        if let Ok(shown) = self.root.query_selector_all(".field-error") {
            for el in (0..shown.length()).filter_map(|i| shown.item(i)) {
                if let Some(el) = el.dyn_ref::<Element>() {
                    el.set_text_content(None);
                }
            }
        }
        if let Ok(marked) = self.root.query_selector_all("[aria-invalid]") {
            for el in (0..marked.length()).filter_map(|i| marked.item(i)) {
                if let Some(el) = el.dyn_ref::<Element>() {
                    el.remove_attribute("aria-invalid").ok();
                }
            }
        }
        let mut general = Vec::new();
        for e in errors {
            let id = match e.task {
                Some(task) => field_id(task, e.field),
                None => input_id("main", e.field),
            };
            match self.find::<Element>(&format!("{id}-error")) {
                Some(slot) => {
                    slot.set_text_content(Some(&e.message));
                    if let Some(input) = self.find::<Element>(&id) {
                        input.set_attribute("aria-invalid", "true").ok();
                    }
                }
                None => general.push(e.to_string()),
            }
        }
        self.errors.set_text_content(Some(&general.joined("\n")));
    }

    /// The form's element with this id (looked up inside the form, so that
    /// a second page in one document, as in the tests, finds its own).
    fn find<T: JsCast>(&self, id: &str) -> Option<T> {
        self.root
            .query_selector(&format!("#{id}"))
            .ok()??
            .dyn_into()
            .ok()
    }

    /// Applies the edit an event on `target` makes, if it is a form control.
    pub fn apply(&self, target: &Element, scenario: &mut Scenario, event: &str) -> Change {
        if event == "click" {
            return self.click(target, scenario);
        }
        let (Some(task), Some(field)) = (
            target.get_attribute("data-task"),
            target.get_attribute("data-field"),
        ) else {
            return Change::None;
        };
        let (text, on) = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            (input.value(), input.checked())
        } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
            (select.value(), false)
        } else {
            return Change::None;
        };
        let slot = if task == "main" {
            let Some(field) = MainField::by_key(&field) else {
                return Change::None;
            };
            field.slot(&mut scenario.main)
        } else {
            let (Some(field), Some(card)) = (
                CardField::by_key(&field),
                task.parse::<usize>()
                    .ok()
                    .and_then(|i| scenario.tasks.get_mut(i)),
            ) else {
                return Change::None;
            };
            field.slot(card)
        };
        match slot {
            Slot::Text(s) => *s = text,
            Slot::Flag(b) => *b = on,
            Slot::Mode(mode) => {
                *mode = Mode::from_id(&text).unwrap_or_default();
                self.show_mode(*mode);
            }
        }
        Change::Field
    }

    fn click(&self, target: &Element, scenario: &mut Scenario) -> Change {
        let Some(action) = target.get_attribute("data-action") else {
            return Change::None;
        };
        let task = target
            .get_attribute("data-task")
            .and_then(|t| t.parse::<usize>().ok());
        let tasks = &mut scenario.tasks;
        match (action.as_str(), task) {
            ("add", _) => {
                let n = tasks.len() + 1;
                let name = (n..)
                    .map(|k| format!("task{k}"))
                    .find(|name| tasks.iter().all(|t| &t.name != name))
                    .expect("some name is free");
                tasks.push(TaskCard {
                    name,
                    prints: "1 2 3".into(),
                    delay: "0.1".into(),
                    ..TaskCard::default()
                });
            }
            ("remove", Some(i)) if i < tasks.len() => {
                tasks.remove(i);
            }
            ("up", Some(i)) if i > 0 && i < tasks.len() => tasks.swap(i - 1, i),
            ("down", Some(i)) if i + 1 < tasks.len() => tasks.swap(i, i + 1),
            _ => return Change::None,
        }
        Change::Cards
    }
}

fn field_id(task: usize, field: &str) -> String {
    format!("t{task}-{field}")
}

/// The id of a field of a card (`task`, its index) or of `main`.
fn input_id(task: &str, field: &str) -> String {
    match task {
        "main" => format!("main-{field}"),
        _ => format!("t{task}-{field}"),
    }
}

fn data(el: &Element, task: &str, field: &str) {
    el.set_attribute("data-task", task).ok();
    el.set_attribute("data-field", field).ok();
}

/// A labelled checkbox; `class` lets CSS hide it in modes it does not apply to.
fn check(parent: &Element, task: &str, field: &str, label: &str, class: &str) -> HtmlInputElement {
    let wrap = child(parent, "label", &format!("check {class}"), "");
    let input: HtmlInputElement = typed(&wrap, "input", "", "");
    input.set_type("checkbox");
    let id = input_id(task, field);
    input.set_id(&id);
    data(&input, task, field);
    child(&wrap, "span", "", label);
    input
}

/// A card's text input, holding what the card says.
fn card_text(parent: &Element, task: usize, field: CardField, card: &TaskCard, class: &str) {
    let Value::Text(value) = field.get(card) else {
        return;
    };
    let t = task.to_string();
    text(
        parent,
        &t,
        field.key(),
        (field.label(), field.hint()),
        class,
    )
    .set_value(value);
}

/// A labelled text input with its hint and its (empty) error slot; `task`
/// is a card's index, or `main`.
fn text(
    parent: &Element,
    task: &str,
    field: &str,
    (label, hint): (&str, &str),
    class: &str,
) -> HtmlInputElement {
    let id = input_id(task, field);
    let wrap = child(parent, "div", &format!("field {class}"), "");
    let label = child(&wrap, "label", "", label);
    label.set_attribute("for", &id).ok();
    let input: HtmlInputElement = typed(&wrap, "input", "", "");
    input.set_type("text");
    input.set_id(&id);
    input.set_attribute("spellcheck", "false").ok();
    input.set_attribute("autocomplete", "off").ok();
    input
        .set_attribute("aria-describedby", &format!("{id}-hint {id}-error"))
        .ok();
    data(&input, task, field);
    let hint = child(&wrap, "small", "hint", hint);
    hint.set_id(&format!("{id}-hint"));
    let error = child(&wrap, "p", "field-error", "");
    error.set_id(&format!("{id}-error"));
    error.set_attribute("aria-live", "polite").ok();
    input
}

/// A card's checkbox, checked as the card says.
fn card_check(parent: &Element, task: usize, field: CardField, card: &TaskCard, class: &str) {
    let Value::Flag(on) = field.get(card) else {
        return;
    };
    check(parent, &task.to_string(), field.key(), field.label(), class).set_checked(on);
}

fn draw_card(parent: &Element, i: usize, card: &TaskCard, count: usize) {
    let set = child(parent, "fieldset", "card", "");
    child(&set, "legend", "", &format!("Task {}", i + 1));
    let tools = child(&set, "div", "card-tools", "");
    for (action, label, enabled) in [
        ("up", "Move up", i > 0),
        ("down", "Move down", i + 1 < count),
        ("remove", "Remove", true),
    ] {
        let b = child(&tools, "button", action, label);
        b.set_attribute("type", "button").ok();
        b.set_attribute("data-action", action).ok();
        b.set_attribute("data-task", &i.to_string()).ok();
        b.set_attribute("aria-label", &format!("{label}: task {}", i + 1))
            .ok();
        if !enabled {
            b.set_attribute("disabled", "").ok();
        }
    }
    for field in [
        CardField::Name,
        CardField::Params,
        CardField::Calls,
        CardField::Prints,
        CardField::Delay,
    ] {
        card_text(&set, i, field, card, field.key());
    }
    card_check(&set, i, CardField::Between, card, "");
    card_check(&set, i, CardField::Blocking, card, "");
    card_check(&set, i, CardField::Thread, card, "");
    card_text(&set, i, CardField::Returns, card, "returns");
    let t = i.to_string();
    let raises = child(&set, "div", "raises", "");
    card_text(&raises, i, CardField::RaiseAt, card, "raise-at");
    let wrap = child(&raises, "div", "field", "");
    let id = field_id(i, CardField::RaiseType.key());
    child(&wrap, "label", "", CardField::RaiseType.label())
        .set_attribute("for", &id)
        .ok();
    let kind: HtmlSelectElement = typed(&wrap, "select", "", "");
    kind.set_id(&id);
    data(&kind, &t, CardField::RaiseType.key());
    for name in RAISABLE {
        child(&kind, "option", "", name)
            .set_attribute("value", name)
            .ok();
    }
    kind.set_value(&card.raise_type);
    child(&wrap, "p", "field-error", "").set_id(&format!("{id}-error"));
    card_text(&raises, i, CardField::RaiseMessage, card, "");
    card_check(&set, i, CardField::Awaited, card, "create-task-only");
}
