#![cfg(target_arch = "wasm32")]
//! The page, mounted in the test browser: choose a preset, press Run, and
//! read the console and the status a learner would read.

use gloo_timers::future::TimeoutFuture;
use interleave_web::page::{Page, Speed};
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Rc<Page> {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    Page::mount(&root)
}

/// Waits (in real time) until the run shows an exit status.
async fn finished(page: &Page) -> String {
    for _ in 0..200 {
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
    let page = mount();
    page.choose("create-task-not-awaited", Speed::Instant);
    page.run();
    assert_eq!(finished(&page).await, "exit status 0");
    assert_eq!(page.console_lines(), vec!["0", "A"]);
}

#[wasm_bindgen_test]
async fn an_uncaught_exception_ends_the_console_like_a_traceback() {
    let page = mount();
    page.choose("return-exceptions-off", Speed::Instant);
    page.run();
    assert_eq!(finished(&page).await, "exit status 1");
    assert_eq!(
        page.console_lines().last().map(String::as_str),
        Some("TypeError: can't multiply sequence by non-int of type 'str'")
    );
}

#[wasm_bindgen_test]
async fn real_time_runs_wait_for_the_virtual_sleeps() {
    let page = mount();
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
}

#[wasm_bindgen_test]
async fn stop_ends_a_run_midway() {
    let page = mount();
    page.choose("fetch-data", Speed::RealTime);
    page.run();
    TimeoutFuture::new(30).await;
    page.stop();
    TimeoutFuture::new(400).await;
    assert_eq!(page.status(), "stopped");
    // The fetches began, but none of the 0.1 s sleeps was allowed to end.
    assert_eq!(page.console_lines().len(), 3, "{:?}", page.console_lines());
}
