#![cfg(target_arch = "wasm32")]
//! The page, mounted in the test browser and used as a learner would: choose
//! a preset, type into the form, press Run, and read the console, results,
//! timeline, errors and notices.

use gloo_timers::future::TimeoutFuture;
use interleave_web::page::{Page, Speed};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh page in its own element; a saved scenario or link from an
/// earlier test is cleared first unless the test sets its own.
fn mount_as_is() -> (Rc<Page>, Element) {
    // One page at a time, as in the browser: ids are unique then.
    if let Some(old) = document().query_selector(".test-root").unwrap() {
        old.remove();
    }
    // The page's own stylesheet: how much of the console and timeline is
    // in view, and so drawn, depends on it.
    if document()
        .query_selector("style.page-css")
        .unwrap()
        .is_none()
    {
        let style = document().create_element("style").unwrap();
        style.set_class_name("page-css");
        style.set_text_content(Some(include_str!("../../www/style.css")));
        document().body().unwrap().append_child(&style).unwrap();
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    (Page::mount(&root), root)
}

fn mount() -> (Rc<Page>, Element) {
    storage().clear().unwrap();
    set_hash("");
    mount_as_is()
}

fn set_hash(hash: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{hash}")),
        )
        .unwrap();
}

/// The element `selector` finds inside `root`.
fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// Types `value` into a field, as a person would: the page hears `input`.
fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Waits (in real time) until the run shows an exit status.
async fn finished(page: &Page) -> String {
    for _ in 0..300 {
        let status = page.status();
        if status.starts_with("exit status") || status.starts_with("interleave:") {
            return status;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("the run did not finish; status: {:?}", page.status());
}

#[wasm_bindgen_test]
async fn running_a_preset_fills_the_console_as_python_would() {
    let (page, _) = mount();
    page.choose("create-task-not-awaited", Speed::Instant);
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.console_lines(), vec!["0", "A"]);
    // Why the tasks stop after one line each, in a note of the page's own.
    let notes = page.console_notes();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].starts_with("asyncio.run cancels ")
            && notes[0].ends_with(" (CPython: in memory-address order)"),
        "{notes:?}"
    );
}

#[wasm_bindgen_test]
async fn an_uncaught_exception_ends_the_console_like_a_traceback() {
    let (page, _) = mount();
    page.choose("return-exceptions-off", Speed::Instant);
    page.run();
    assert_eq!(finished(&page).await, "exit status 1");
    assert_eq!(
        page.console_lines().last().map(String::as_str),
        Some("TypeError: can't multiply sequence by non-int of type 'str'")
    );
}

#[wasm_bindgen_test]
async fn results_come_in_argument_order_with_exceptions_in_place() {
    let (page, _) = mount();
    page.choose("return-exceptions-on", Speed::Instant);
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    let results = page.results();
    let expected = "gather returned [400, TypeError(\"can't multiply sequence by non-int of type 'str'\"), 10000]";
    assert_eq!(results[0], expected, "{results:?}");
    assert_eq!(results[1], "square(20) returned 400");
    assert!(
        results[2].starts_with("square('ten') raised TypeError("),
        "{results:?}"
    );
    assert_eq!(results[3], "square(100) returned 10000");
}

#[wasm_bindgen_test]
async fn real_time_runs_wait_for_the_virtual_sleeps() {
    let (page, root) = mount();
    page.choose("gather-numbers-letters", Speed::RealTime);
    page.run();
    // Ten sleeps of a millisecond: it finishes, in order, after real waits.
    assert_eq!(finished(&page).await, "exit status 0");
    let lines = page.console_lines();
    assert_eq!(lines[0], "<_GatheringFuture pending>");
    assert_eq!(
        &lines[1..],
        ["0", "A", "1", "B", "2", "C", "3", "D", "4", "E"]
    );
    // The timeline: a lane per task (main and the two), a mark per print.
    let lanes = root.query_selector_all(".lanes .lane").unwrap().length();
    assert_eq!(lanes, 3);
    let marks = root.query_selector_all(".lanes .mark").unwrap().length();
    assert_eq!(marks, 11);
    let tip = find(&root, ".lanes .lane:nth-child(3) .mark")
        .get_attribute("data-tip")
        .unwrap();
    assert_eq!(tip, "task2() printed A at 0.000s");
    assert_eq!(
        root.query_selector_all(".lanes .end.done")
            .unwrap()
            .length(),
        3
    );
}

#[wasm_bindgen_test]
async fn stop_ends_a_run_midway() {
    let (page, _) = mount();
    page.choose("fetch-data", Speed::RealTime);
    page.run();
    TimeoutFuture::new(30).await;
    page.stop();
    TimeoutFuture::new(400).await;
    assert_eq!(page.status(), "stopped");
    // The fetches began, but none of the 0.1 s sleeps was allowed to end.
    assert_eq!(page.console_lines().len(), 3, "{:?}", page.console_lines());
}

#[wasm_bindgen_test]
async fn a_run_superseded_midway_never_paints_over_the_next() {
    let (page, root) = mount();
    // Its fetches sleep 0.1 s of real time: it is waiting on a timer when
    // another preset is chosen and run.
    page.choose("fetch-data", Speed::RealTime);
    page.run();
    TimeoutFuture::new(30).await;
    page.choose("create-task-not-awaited", Speed::Instant);
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    // The first run's timer fires meanwhile: it must leave the page alone.
    TimeoutFuture::new(400).await;
    assert_eq!(page.status(), "exit status 0");
    assert_eq!(page.console_lines(), vec!["0", "A"]);
    let results = text(&root, "section.results");
    assert!(!results.contains("pending"), "{results}");
    assert!(page.run_enabled());
}

#[wasm_bindgen_test]
async fn a_field_made_invalid_during_a_run_keeps_run_disabled_after_it() {
    let (page, root) = mount();
    page.choose("gather-numbers-letters", Speed::RealTime);
    page.run();
    type_into(&root, "t1-delay", "-1");
    assert_eq!(finished(&page).await, "exit status 0");
    assert!(!page.run_enabled());
    type_into(&root, "t1-delay", "0.001");
    assert!(page.run_enabled());
}

#[wasm_bindgen_test]
async fn a_bad_field_is_flagged_beside_it_and_blocks_run_until_fixed() {
    let (page, root) = mount();
    page.choose("gather-numbers-letters", Speed::Instant);
    assert!(page.run_enabled());
    type_into(&root, "t1-delay", "-1");
    assert_eq!(
        text(&root, "#t1-delay-error"),
        "a delay cannot be negative: enter 0 or more seconds"
    );
    assert_eq!(
        find(&root, "#t1-delay")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(!page.run_enabled());
    assert!(
        page.python().starts_with("# Fix the field"),
        "{}",
        page.python()
    );
    type_into(&root, "t1-name", "task1");
    assert!(text(&root, "#t1-name-error").contains("already called `task1`"));

    type_into(&root, "t1-name", "letters");
    type_into(&root, "t1-delay", "0.5");
    assert_eq!(text(&root, "#t1-delay-error"), "");
    assert!(page.run_enabled());
    assert!(
        page.python().contains("async def letters():"),
        "{}",
        page.python()
    );
    assert!(
        page.python().contains("await asyncio.sleep(0.5)"),
        "{}",
        page.python()
    );
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.console_lines()[1..4], ["0", "A", "1"]);
}

#[wasm_bindgen_test]
async fn markup_in_names_and_prints_shows_as_text() {
    let (page, root) = mount();
    page.choose("blank", Speed::Instant);
    type_into(&root, "t0-name", "<b>bold</b>");
    assert!(text(&root, "#t0-name-error").contains("`<b>bold</b>` is not a valid name"));
    assert!(root.query_selector("b").unwrap().is_none());
    type_into(&root, "t0-name", "shout");
    type_into(&root, "t0-prints", "'<b>hi</b>' <i>");
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.console_lines(), ["<b>hi</b>", "<i>", "['done']"]);
    assert!(root.query_selector("b, i").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn tasks_can_be_added_moved_and_removed() {
    let (page, root) = mount();
    page.choose("blank", Speed::Instant);
    click(&root, ".add-task");
    let names = |page: &Page| {
        page.scenario()
            .tasks
            .iter()
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&page), ["count", "task2"]);
    click(&root, "button.up[data-task='1']");
    assert_eq!(names(&page), ["task2", "count"]);
    assert_eq!(
        find(&root, "#t0-name")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        "task2"
    );
    assert!(page.python().find("task2()").unwrap() < page.python().find("count()").unwrap());
    click(&root, "button.remove[data-task='0']");
    assert_eq!(names(&page), ["count"]);
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.console_lines(), ["1", "2", "3", "['done']"]);
}

#[wasm_bindgen_test]
async fn the_scenario_survives_a_reload_and_travels_in_a_link() {
    let (page, root) = mount();
    page.choose("blank", Speed::Instant);
    type_into(&root, "t0-prints", "x y");
    // A reload: a new page on the same storage opens the edited scenario.
    set_hash("");
    let (again, _) = mount_as_is();
    assert_eq!(again.scenario().tasks[0].prints, "x y");

    click(&root, "button.share");
    let link = page.share_link();
    let hash = &link[link.find('#').unwrap()..];
    storage().clear().unwrap();
    set_hash(hash);
    let (shared, _) = mount_as_is();
    assert_eq!(shared.scenario(), page.scenario());
    assert_eq!(shared.notice(), "");
}

#[wasm_bindgen_test]
fn a_broken_link_or_saved_scenario_falls_back_to_a_preset_with_a_message() {
    storage().clear().unwrap();
    set_hash("#s=%7B%22tasks%22%3A%5B%7B%22nmae");
    let (page, _) = mount_as_is();
    assert!(
        page.notice()
            .contains("The link's scenario could not be opened"),
        "{}",
        page.notice()
    );
    assert!(
        page.notice().contains("Showing the example"),
        "{}",
        page.notice()
    );
    assert!(page.python().contains("asyncio.run(main())"));

    // With work saved in this browser, a broken link falls back to it.
    page.choose("fetch-data", Speed::Instant);
    set_hash("#s=%E0%A4%A");
    let (page, _) = mount_as_is();
    assert!(page.notice().contains("damaged"), "{}", page.notice());
    assert!(
        page.notice().contains("saved in this browser instead"),
        "{}",
        page.notice()
    );
    assert_eq!(page.scenario().tasks[0].name, "fetch_data");

    set_hash("");
    storage()
        .set_item("interleave.scenario", "{\"main\": {\"mode\": 3}}")
        .unwrap();
    let (page, _) = mount_as_is();
    assert!(
        page.notice().contains("saved in this browser"),
        "{}",
        page.notice()
    );
    assert!(page.notice().contains("main.mode"), "{}", page.notice());
    // What was there is kept, not overwritten.
    assert_eq!(
        storage()
            .get_item("interleave.scenario.unreadable")
            .unwrap()
            .as_deref(),
        Some("{\"main\": {\"mode\": 3}}")
    );
}

/// Types a whole program into Code mode's editor.
fn type_code(page: &Page, source: &str) {
    let text = &page.code_editor().text;
    text.set_value(source);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    text.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_tutorial_snippet_pasted_in_code_mode_runs_as_python_would() {
    let (page, root) = mount();
    click(&root, "button.mode");
    // The editor starts from the form's program.
    assert!(page.code_editor().source().contains("async def task1():"));
    type_code(
        &page,
        include_str!("../../corpus/seeds/04-return-exceptions-on.py"),
    );
    assert_eq!(page.code_editor().error(), "");
    assert!(page.run_enabled());
    // The Python panel shows it normalised.
    assert!(
        page.python().contains("        return_exceptions=True,\n"),
        "{}",
        page.python()
    );
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(
        page.console_lines(),
        ["[400, TypeError(\"can't multiply sequence by non-int of type 'str'\"), 10000]"]
    );
    // Back to forms: the form is as it was.
    click(&root, "button.mode");
    assert_eq!(page.scenario().tasks[0].name, "task1");
}

#[wasm_bindgen_test]
async fn text_printed_without_a_newline_goes_on_on_the_same_console_line() {
    let (page, root) = mount();
    click(&root, "button.mode");
    // CPython prints `abc`, `d`, `ef`: a line is what ends in a newline,
    // whichever task wrote its pieces.
    type_code(
        &page,
        "import asyncio\nasync def other():\n    print('b', end='')\nasync def main():\n    print('a', end='')\n    task = asyncio.create_task(other())\n    await asyncio.sleep(0)\n    print('c')\n    print('d\\ne', end='')\n    print('f')\nasyncio.run(main())\n",
    );
    assert_eq!(page.code_editor().error(), "");
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.console_lines(), ["abc", "d", "ef"]);
}

#[wasm_bindgen_test]
fn an_unsupported_construct_marks_its_line_and_blocks_run() {
    let (page, root) = mount();
    click(&root, "button.mode");
    type_code(
        &page,
        "import asyncio\n\ndef numbers():\n    yield from range(3)\n\nasyncio.run(main())\n",
    );
    assert!(
        page.code_editor()
            .error()
            .starts_with("line 4, column 5: `yield from` (a generator) is not supported yet"),
        "{}",
        page.code_editor().error()
    );
    assert_eq!(page.code_editor().marked_line().as_deref(), Some("4"));
    assert!(!page.run_enabled());
    type_code(
        &page,
        "import asyncio\nasync def main():\n    print('<b>hi</b>')\nasyncio.run(main())\n",
    );
    assert_eq!(page.code_editor().marked_line(), None);
    assert!(page.run_enabled());
}

#[wasm_bindgen_test]
async fn code_travels_in_a_link_and_survives_a_reload() {
    let (page, root) = mount();
    click(&root, "button.mode");
    let source = "import asyncio\n\nasync def main():\n    for i in range(2):\n        print('tick', i)\n        await asyncio.sleep(0.01)\n\nasyncio.run(main())\n";
    type_code(&page, source);
    set_hash("");
    let (again, _) = mount_as_is();
    assert_eq!(
        again.code_editor().source(),
        source,
        "a reload reopens Code mode"
    );

    click(&root, "button.share");
    let link = page.share_link();
    let hash = &link[link.find('#').unwrap()..];
    assert!(hash.starts_with("#c="), "{hash}");
    storage().clear().unwrap();
    set_hash(hash);
    let (shared, _) = mount_as_is();
    assert_eq!(shared.code_editor().source(), source);
    shared.run();
    assert_eq!(finished(&shared).await, "exit status 0");
    assert_eq!(shared.console_lines(), ["tick 0", "tick 1"]);
}

#[wasm_bindgen_test]
async fn long_runs_draw_only_the_lines_and_lanes_in_view() {
    let (page, root) = mount();
    page.choose("blank", Speed::Instant);
    type_into(&root, "t0-params", "x");
    let calls: Vec<String> = (0..400).map(|i| i.to_string()).collect();
    type_into(&root, "t0-calls", &calls.join(", "));
    type_into(&root, "t0-prints", "{x}");
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    let console = find(&root, "ol.console");
    let lanes = find(&root, "div.lanes");
    let console_view = find(&root, "div.console-view");
    // 400 prints and the gather's list, 400 tasks and main: all there
    // to scroll to, but only those near the view are elements.
    assert_eq!(console.get_attribute("data-rows").unwrap(), "401");
    assert_eq!(lanes.get_attribute("data-rows").unwrap(), "401");
    let drawn = |selector: &str| root.query_selector_all(selector).unwrap().length();
    assert!(
        drawn(".console li") < 300,
        "{} lines drawn",
        drawn(".console li")
    );
    assert!(
        drawn(".lanes .lane") < 300,
        "{} lanes drawn",
        drawn(".lanes .lane")
    );
    // The console followed the run to its end, as a terminal does.
    let lines = page.console_lines();
    assert!(
        lines.last().unwrap().starts_with("['done', 'done'"),
        "{lines:?}"
    );
    assert!(console_view.scroll_top() > 0);
    // Scrolled back to the top, the first lines and lanes are drawn, and a
    // screen reader is told where in the whole list each stands.
    console_view.set_scroll_top(0);
    find(&root, "div.lanes-view").set_scroll_top(0);
    TimeoutFuture::new(50).await;
    assert_eq!(page.console_lines()[..3], ["0", "1", "2"]);
    let first = find(&root, ".console li");
    assert_eq!(first.get_attribute("aria-posinset").unwrap(), "1");
    assert_eq!(first.get_attribute("aria-setsize").unwrap(), "401");
    assert_eq!(
        text(&root, ".lanes .lane:nth-child(2) .lane-label"),
        "count(0)"
    );
}

/// The forms take names in ASCII only (the first download has no table of
/// Unicode's letters): a name beyond it is flagged at its field, and Run
/// waits for it to be fixed.
#[wasm_bindgen_test]
async fn a_name_beyond_ascii_in_a_field_is_flagged_at_the_field() {
    let (page, root) = mount();
    page.choose("blank", Speed::Instant);
    type_into(&root, "t0-returns", "café");
    let error = text(&root, "#t0-returns-error");
    assert!(error.contains("use ASCII letters in names"), "{error}");
    assert!(!page.run_enabled());
}

/// Presses Alt+`key` (a step shortcut) on the page.
fn press_alt(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_alt_key(true);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().dispatch_event(&event).unwrap();
}

/// What `interleave step --callbacks --tree` shows for `source` with the
/// page's options: the view before each step (the loop in words, then the
/// tasks' tree, as the page shows them), and what each step did.
fn native_steps(page: &Page, source: &str) -> (Vec<String>, Vec<String>) {
    let (views, narrations, _) = native_steps_printing(page, source);
    (views, narrations)
}

/// `native_steps`, with what each step printed.
fn native_steps_printing(page: &Page, source: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let program = interleave::parse::program(source).unwrap();
    let options = interleave::RunOptions {
        real_clock: page.code_editor().real_clock(),
        ..interleave::RunOptions::default()
    };
    let (mut views, mut narrations, mut printed) = (Vec::new(), Vec::new(), Vec::new());
    interleave::step(&program, &options, true, true, |step| {
        let tree = interleave::task_tree::to_text(&step.tree.unwrap_or_default());
        let words = step.words.unwrap_or_default();
        views.extend(step.view.map(|_| words + &tree));
        narrations.push(step.narration.unwrap_or_default());
        printed.push(step.printed);
    });
    (views, narrations, printed)
}

/// The position the page shows, from `step 7 of 40`.
fn shown_position(root: &Element) -> usize {
    let shown = text(root, "output.position");
    shown
        .split(' ')
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no position in {shown:?}"))
}

/// Waits until the loop panel shows something other than `before`.
async fn loop_view_after(page: &Page, before: &str) -> String {
    for _ in 0..300 {
        let now = page.loop_view();
        if now != before {
            return now;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("the loop panel did not change from:\n{before}");
}

#[wasm_bindgen_test]
async fn stepping_shows_the_loop_as_the_command_line_does() {
    let (page, root) = mount();
    click(&root, "button.mode");
    let source = include_str!("../../corpus/seeds/05-create-task-awaited.py");
    type_code(&page, source);
    // What `interleave step --callbacks` shows for the same run.
    let (expected, narrations) = native_steps(&page, source);
    // The first Step starts the run paused before its first iteration;
    // each one after runs one callback, and says what it did.
    let mut shown = String::new();
    for (i, want) in expected.iter().take(12).enumerate() {
        click(&root, "button.step");
        shown = loop_view_after(&page, &shown).await;
        assert_eq!(&shown, want, "after {} presses of Step", i + 1);
        let said = if i == 0 { "" } else { &narrations[i - 1] };
        assert_eq!(page.narration(), said, "after {} presses of Step", i + 1);
    }
    assert!(
        narrations[1]
            .starts_with("Task-1 (main()) runs its next step. Task-2 (display_nums()) is created"),
        "{}",
        narrations[1]
    );
    assert_eq!(page.status(), "running…");
    assert!(page
        .console_lines()
        .starts_with(&["0".to_string(), "A".to_string()]));
    // The editor's gutter marks where each task is paused, and the task
    // about to run.
    let marks = page.code_editor().task_marks();
    assert!(
        marks
            .iter()
            .any(|m| m.starts_with("6") && m.contains("Task-2 display_nums()"))
            && marks
                .iter()
                .any(|m| m.starts_with("11") && m.contains("Task-3 display_letters()"))
            && marks
                .iter()
                .any(|m| m.starts_with("16: Task-1 main() paused here")),
        "{marks:?}\n{shown}"
    );
    // Step back: the run as it was one callback earlier, then forward
    // again to the same place.
    click(&root, "button.step-back");
    shown = loop_view_after(&page, &shown).await;
    assert_eq!(shown, expected[10]);
    click(&root, "button.step");
    shown = loop_view_after(&page, &shown).await;
    assert_eq!(shown, expected[11]);
    // Back to start: nothing has run, nothing is printed.
    click(&root, "button.to-start");
    shown = loop_view_after(&page, &shown).await;
    assert_eq!(shown, expected[0]);
    assert_eq!(page.console_lines(), Vec::<String>::new());
    // The keyboard steps too: Alt+→ one callback, Alt+← back again.
    press_alt("ArrowRight");
    shown = loop_view_after(&page, &shown).await;
    assert_eq!(shown, expected[1]);
    press_alt("ArrowLeft");
    shown = loop_view_after(&page, &shown).await;
    assert_eq!(shown, expected[0]);
    // Step iteration runs what is left of the iteration.
    click(&root, "button.step-iteration");
    let after = loop_view_after(&page, &shown).await;
    assert!(after.starts_with("Iteration "), "{after}");
    // Continue lets it run to the end, as Run would have.
    click(&root, "button.resume");
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(
        page.console_lines(),
        ["0", "A", "1", "B", "2", "C", "3", "D", "4", "E"]
    );
    assert_eq!(page.loop_view(), "");
}

#[wasm_bindgen_test]
async fn a_running_run_can_be_paused_and_run_to_its_end() {
    let (page, root) = mount();
    click(&root, "button.mode");
    type_code(
        &page,
        "import asyncio\n\n\nasync def tick(n):\n    for i in range(n):\n        print(i)\n        await asyncio.sleep(0.2)\n\n\nasync def main():\n    await tick(10)\n\n\nasyncio.run(main())\n",
    );
    page.run();
    for _ in 0..100 {
        if !page.console_lines().is_empty() {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    click(&root, "button.pause");
    let paused = loop_view_after(&page, "").await;
    assert!(paused.starts_with("Iteration "), "{paused}");
    assert_eq!(page.status(), "running…");
    let printed = page.console_lines().len();
    assert!(printed < 10, "{printed} lines before the pause");
    // Paused mid-run, the run knows where it is: the view is the command
    // line's at that position, and Step back goes one callback back.
    let (expected, _) = native_steps(&page, &page.code_editor().source());
    let at = shown_position(&root);
    assert!(at > 0);
    assert_eq!(paused, expected[at]);
    click(&root, "button.step-back");
    let back = loop_view_after(&page, &paused).await;
    assert_eq!(back, expected[at - 1]);
    assert_eq!(shown_position(&root), at - 1);
    // Two virtual seconds remain; To the end runs them without waiting.
    let start = js_sys::Date::now();
    click(&root, "button.to-end");
    assert_eq!(finished(&page).await, "exit status 0");
    assert!(js_sys::Date::now() - start < 1000.0);
    assert_eq!(page.console_lines().len(), 10);
}

#[wasm_bindgen_test]
async fn a_step_position_travels_in_the_link_and_survives_a_reload() {
    storage().clear().unwrap();
    let source = include_str!("../../corpus/seeds/05-create-task-awaited.py");
    let encoded: String = js_sys::encode_uri_component(source).into();
    set_hash(&format!("#c={encoded}&step=7"));
    let (page, root) = mount_as_is();
    let (expected, _) = native_steps(&page, source);
    // Opened paused where the link says, as if Step had been pressed.
    let shown = loop_view_after(&page, "").await;
    assert_eq!(shown, expected[7]);
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash().ends_with("&step=7"), "{}", hash());
    click(&root, "button.step");
    assert_eq!(loop_view_after(&page, &shown).await, expected[8]);
    assert!(hash().ends_with("&step=8"), "{}", hash());
    click(&root, "button.share");
    assert!(
        page.share_link().ends_with("&step=8"),
        "{}",
        page.share_link()
    );
    // Reloaded (mounted again on the same address): the same position.
    let (page, _) = mount_as_is();
    assert_eq!(loop_view_after(&page, "").await, expected[8]);
    // Going on takes the position out of the address.
    page.resume();
    assert_eq!(finished(&page).await, "exit status 0");
    assert!(!hash().contains("&step="), "{}", hash());
    // A position that is not a number is said, and the program opens.
    set_hash(&format!("#c={encoded}&step=seven"));
    let (page, _) = mount_as_is();
    assert!(
        page.notice()
            .contains("step position `seven` is not a whole number"),
        "{}",
        page.notice()
    );
    assert_eq!(page.code_editor().source(), source);
}

#[wasm_bindgen_test]
async fn the_scrubber_moves_a_paused_run_anywhere_in_it() {
    let (page, root) = mount();
    click(&root, "button.mode");
    let source = include_str!("../../corpus/seeds/05-create-task-awaited.py");
    type_code(&page, source);
    let (expected, _) = native_steps(&page, source);
    click(&root, "button.step");
    let shown = loop_view_after(&page, "").await;
    // The scrubber spans the whole run, one callback step a notch.
    let scrubber: HtmlInputElement = find(&root, "input.scrubber").dyn_into().unwrap();
    let total: usize = scrubber.max().parse().unwrap();
    assert_eq!(total, expected.len() - 1);
    assert_eq!(text(&root, "output.position"), format!("step 0 of {total}"));
    // Dragged to a place: the run as it is there.
    scrubber.set_value("20");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    scrubber
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    let there = loop_view_after(&page, &shown).await;
    assert_eq!(there, expected[20]);
    assert_eq!(
        text(&root, "output.position"),
        format!("step 20 of {total}")
    );
    // A console line clicked: the run goes back to just after the step
    // that printed it.
    let (_, _, printed) = native_steps_printing(&page, source);
    let after_a = 1 + printed.iter().position(|p| p.contains('A')).unwrap();
    assert!(after_a < 20);
    let line = root
        .query_selector_all(".console li.printed")
        .unwrap()
        .item(1)
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    assert!(line.text_content().unwrap().ends_with('A'));
    line.click();
    let back = loop_view_after(&page, &there).await;
    assert_eq!(back, expected[after_a]);
    assert_eq!(page.console_lines(), ["0", "A"]);
    // The timeline draws the whole run, what is to come veiled, with a
    // cursor at the position; a mark clicked goes to its moment, ahead
    // as well as back.
    assert!(root.query_selector(".timeline .cursor").unwrap().is_some());
    assert!(root.query_selector(".timeline .later").unwrap().is_some());
    let percent = |style: String, after: &str| -> f64 {
        let from = style.find(after).unwrap() + after.len();
        let number: String = style[from..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        number.parse().unwrap()
    };
    let now = percent(
        find(&root, "[style*='--now']")
            .get_attribute("style")
            .unwrap(),
        "--now:",
    );
    let last_mark = {
        let marks = root.query_selector_all(".timeline button.mark").unwrap();
        marks.item(marks.length() - 1).unwrap()
    };
    let mark = last_mark.dyn_ref::<Element>().unwrap();
    let tip = mark.get_attribute("data-tip").unwrap();
    assert!(tip.contains("printed E"), "{tip}");
    // E is printed after the position: right of the cursor, under the veil.
    assert!(
        percent(mark.get_attribute("style").unwrap(), "calc(") > now,
        "{now}"
    );
    let after_e = 1 + printed.iter().position(|p| p.contains('E')).unwrap();
    last_mark
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    assert_eq!(loop_view_after(&page, &back).await, expected[after_e]);
    assert_eq!(shown_position(&root), after_e);
    assert_eq!(page.console_lines().last().unwrap(), "E");
}

#[wasm_bindgen_test]
async fn stepping_in_the_forms_marks_the_python_lines_tasks_are_paused_at() {
    let (page, root) = mount();
    let preset: web_sys::HtmlSelectElement = find(&root, "select.preset").dyn_into().unwrap();
    preset.set_value("create-task-not-awaited");
    preset
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    assert!(page.python().contains("async def display_nums():"));
    // Step in the forms: the run paused, the forms still shown; five
    // callbacks on, main is done and both tasks sleep, at lines 7 and 13
    // of the Python panel.
    let mut shown = String::new();
    for _ in 0..6 {
        click(&root, "button.step");
        shown = loop_view_after(&page, &shown).await;
    }
    assert_eq!(text(&root, "button.mode"), "Edit as code");
    let marks = page.python_marks();
    assert!(
        marks
            .iter()
            .any(|m| m == "7: Task-2 display_nums() paused here")
            && marks
                .iter()
                .any(|m| m == "13: Task-3 display_letters() paused here"),
        "{marks:?}\n{shown}\n{}",
        page.python()
    );
    // The panel's text is the program still, for Copy.
    assert!(page.python().contains("    await asyncio.sleep(0.001)\n"));
    page.to_end();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.python_marks(), Vec::<String>::new());
}

/// Waits (in real time) until the notice says `words`.
async fn notice_says(page: &Page, words: &str) -> String {
    for _ in 0..300 {
        if page.notice().contains(words) {
            return page.notice();
        }
        TimeoutFuture::new(10).await;
    }
    panic!(
        "the notice never said {words:?}; it says {:?}",
        page.notice()
    );
}

/// The form's next chapter (here a Semaphore limit) is compiled by the
/// build with asyncio's Python half: this one keeps what was typed, saves
/// it for that build, says it is loading it, and (the test page has no
/// such module) then says it could not be loaded.
#[wasm_bindgen_test]
async fn a_limit_hands_the_form_over_to_asyncio_s_module() {
    let (page, root) = mount();
    page.choose("gather-squares", Speed::Instant);
    type_into(&root, "main-limit", "2");
    assert_eq!(page.scenario().main.limit, "2");
    assert!(
        page.python().starts_with("Loading asyncio's Python half"),
        "{}",
        page.python()
    );
    assert!(!page.run_enabled());
    let saved = storage().get_item("interleave.scenario").unwrap().unwrap();
    assert!(saved.contains("\"limit\":\"2\""), "{saved}");
    notice_says(&page, "asyncio's Python half could not be loaded").await;
}

/// A preset only the build with asyncio's Python half holds is listed
/// here; choosing it puts a link to it in the address bar, for that build
/// to open, and asks for the module.
#[wasm_bindgen_test]
async fn a_next_chapter_preset_is_opened_by_asyncio_s_module() {
    let (page, root) = mount();
    let listed = root
        .query_selector("select.preset option[value='task-group-failure']")
        .unwrap();
    assert!(listed.is_some(), "the TaskGroup preset is in the menu");
    page.choose("task-group-failure", Speed::Instant);
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#p=task-group-failure");
    notice_says(&page, "could not be loaded").await;
}
