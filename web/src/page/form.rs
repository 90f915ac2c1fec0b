//! The scenario form: one card per task and `main`'s options, drawn from a
//! `Scenario`, with each field's error shown beside it.
//!
//! Fields carry `data-task` (a card index, or `main`) and `data-field` (the
//! `TaskCard` / `MainForm` field name), so the page needs one listener per
//! kind of event for the whole form, not one closure per input; `apply`
//! turns such an event's target into an edit of the scenario. Cards are
//! redrawn only when the list of cards changes (add, remove, move), so
//! typing never loses focus.

use super::dom::{child, typed};
use interleave::scenario::{FieldError, Mode, Scenario, TaskCard, RAISABLE};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// A text field of a card: its field name, label and the hint under it.
struct TextField {
    field: &'static str,
    label: &'static str,
    hint: &'static str,
}

const TEXT_FIELDS: [TextField; 6] = [
    TextField {
        field: "name",
        label: "Name",
        hint: "the async function's name",
    },
    TextField {
        field: "params",
        label: "Parameters",
        hint: "e.g. x, or source, delay; empty for none",
    },
    TextField {
        field: "calls",
        label: "Calls",
        hint: "one argument per call: 20, 100, 200 (a tuple each with several parameters)",
    },
    TextField {
        field: "prints",
        label: "Prints, step by step",
        hint: "separated by spaces: 0 1 2 3 4; quote a step with spaces; {x} inserts a parameter",
    },
    TextField {
        field: "delay",
        label: "Sleep after each step (s)",
        hint: "e.g. 0.5, or a parameter; empty: no sleep",
    },
    TextField {
        field: "returns",
        label: "Returns",
        hint: "a Python expression, e.g. x * x; empty returns None",
    },
];

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
        self.mode.set_value(scenario.main.mode.id());
        for (field, on) in [
            ("return_exceptions", scenario.main.return_exceptions),
            ("print_group", scenario.main.print_group),
            ("print_results", scenario.main.print_results),
        ] {
            if let Some(input) = self.find::<HtmlInputElement>(&format!("main-{field}")) {
                input.set_checked(on);
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
            let Some(task) = e.task else {
                general.push(e.message.clone());
                continue;
            };
            let id = field_id(task, e.field);
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
        self.errors.set_text_content(Some(&general.join("\n")));
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
        if task == "main" {
            let main = &mut scenario.main;
            match field.as_str() {
                "mode" => {
                    main.mode = Mode::from_id(&text).unwrap_or_default();
                    self.show_mode(main.mode);
                }
                "return_exceptions" => main.return_exceptions = on,
                "print_group" => main.print_group = on,
                "print_results" => main.print_results = on,
                _ => return Change::None,
            }
            return Change::Field;
        }
        let Some(card) = task
            .parse::<usize>()
            .ok()
            .and_then(|i| scenario.tasks.get_mut(i))
        else {
            return Change::None;
        };
        match field.as_str() {
            "name" => card.name = text,
            "params" => card.params = text,
            "calls" => card.calls = text,
            "prints" => card.prints = text,
            "delay" => card.delay = text,
            "returns" => card.returns = text,
            "raise_at" => card.raise_at = text,
            "raise_type" => card.raise_type = text,
            "raise_message" => card.raise_message = text,
            "blocking" => card.blocking = on,
            "awaited" => card.awaited = on,
            _ => return Change::None,
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

fn data(el: &Element, task: &str, field: &str) {
    el.set_attribute("data-task", task).ok();
    el.set_attribute("data-field", field).ok();
}

/// A labelled checkbox; `class` lets CSS hide it in modes it does not apply to.
fn check(parent: &Element, task: &str, field: &str, label: &str, class: &str) -> HtmlInputElement {
    let wrap = child(parent, "label", &format!("check {class}"), "");
    let input: HtmlInputElement = typed(&wrap, "input", "", "");
    input.set_type("checkbox");
    let id = if task == "main" {
        format!("main-{field}")
    } else {
        format!("t{task}-{field}")
    };
    input.set_id(&id);
    data(&input, task, field);
    child(&wrap, "span", "", label);
    input
}

/// A labelled text input with its hint and its (empty) error slot.
fn text(parent: &Element, task: usize, f: &TextField, value: &str, class: &str) {
    let id = field_id(task, f.field);
    let wrap = child(parent, "div", &format!("field {class}"), "");
    let label = child(&wrap, "label", "", f.label);
    label.set_attribute("for", &id).ok();
    let input: HtmlInputElement = typed(&wrap, "input", "", "");
    input.set_type("text");
    input.set_id(&id);
    input.set_value(value);
    input.set_attribute("spellcheck", "false").ok();
    input.set_attribute("autocomplete", "off").ok();
    input
        .set_attribute("aria-describedby", &format!("{id}-hint {id}-error"))
        .ok();
    data(&input, &task.to_string(), f.field);
    let hint = child(&wrap, "small", "hint", f.hint);
    hint.set_id(&format!("{id}-hint"));
    let error = child(&wrap, "p", "field-error", "");
    error.set_id(&format!("{id}-error"));
    error.set_attribute("aria-live", "polite").ok();
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
    let values = [
        &card.name,
        &card.params,
        &card.calls,
        &card.prints,
        &card.delay,
        &card.returns,
    ];
    for (f, value) in TEXT_FIELDS.iter().zip(values) {
        text(&set, i, f, value, f.field);
    }
    let t = i.to_string();
    check(
        &set,
        &t,
        "blocking",
        "block the loop: time.sleep instead of await asyncio.sleep",
        "",
    )
    .set_checked(card.blocking);
    let raises = child(&set, "div", "raises", "");
    text(
        &raises,
        i,
        &TextField {
            field: "raise_at",
            label: "Raises at step",
            hint: "empty: never raises",
        },
        &card.raise_at,
        "raise-at",
    );
    let wrap = child(&raises, "div", "field", "");
    let id = field_id(i, "raise_type");
    child(&wrap, "label", "", "Exception")
        .set_attribute("for", &id)
        .ok();
    let kind: HtmlSelectElement = typed(&wrap, "select", "", "");
    kind.set_id(&id);
    data(&kind, &t, "raise_type");
    for name in RAISABLE {
        child(&kind, "option", "", name)
            .set_attribute("value", name)
            .ok();
    }
    kind.set_value(&card.raise_type);
    child(&wrap, "p", "field-error", "").set_id(&format!("{id}-error"));
    text(
        &raises,
        i,
        &TextField {
            field: "raise_message",
            label: "Message",
            hint: "",
        },
        &card.raise_message,
        "",
    );
    check(
        &set,
        &t,
        "awaited",
        "main awaits its tasks",
        "create-task-only",
    )
    .set_checked(card.awaited);
}
