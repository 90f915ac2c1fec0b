//! The form's options from asyncio's next chapter: `main` running the
//! tasks in an `asyncio.TaskGroup`, collecting them with `as_completed` or
//! `wait(FIRST_COMPLETED)`, at most n at once through a `Semaphore`, under
//! a timeout (on the whole with `asyncio.timeout`, on each with
//! `wait_for`), and cards that run on a worker thread (`to_thread`).
//!
//! These are written as Python text and read back by Code mode's parser,
//! rather than built as a tree like `compile`'s first three modes: they
//! need `async with`, `try`, module-level code (the Semaphore) and the rest
//! of the language that only Code mode's parser knows how to lay out, and
//! the build that has asyncio's Python half has that parser too. The text is what a tutorial writes; the Python shown on the
//! page is this text, normalised like any program.
//!
//! What does not live here: reading the cards' fields (`compile`), or the
//! library these programs call (`crate::asyncio_py`).

use super::compile::{
    card_function, fresh, main_function, numbered_prefix, take_calls, Card, FieldError,
};
use super::{CardField, MainField, MainForm, Mode};
use crate::collect::CollectVec;
use crate::parse;
use crate::program::build::*;
use crate::program::python::{expr as text_of, to_python};
use crate::program::{Expr, Program, Stmt};

/// Most tasks a `Semaphore` limit may let through: more is no limit.
const MAX_LIMIT: i64 = 1000;

pub(super) fn compile(form: &MainForm, mut cards: Vec<Card>) -> Result<Program, Vec<FieldError>> {
    let mut errors = Vec::new();
    let limit = read_limit(&form.limit).map_err(|m| errors.push(error(MainField::Limit, m)));
    let timeout =
        read_timeout(&form.timeout).map_err(|m| errors.push(error(MainField::Timeout, m)));
    let (Ok(limit), Ok(timeout)) = (limit, timeout) else {
        return Err(errors);
    };
    if limit.is_some() {
        if let Some(i) = cards.iter().position(|c| c.form.thread) {
            return Err(vec![FieldError {
                task: Some(i),
                field: CardField::Thread.key(),
                message: "a thread's function is a plain def, which cannot enter the Semaphore: clear this box or the limit".into(),
            }]);
        }
    }
    // The cards' functions, which a limit's Semaphore is entered in (a
    // thread card with a limit is refused above).
    let names: Vec<String> = cards.iter().map(|c| c.form.name.clone()).collect_vec();
    // Names `main` and the module add must not shadow (or be shadowed by).
    let taken: Vec<String> = names
        .iter()
        .cloned()
        .chain(cards.iter().flat_map(|c| c.params.iter().cloned()))
        .collect_vec();
    let functions: Vec<&str> = taken.iter().map(String::as_str).collect_vec();
    let semaphore = fresh("limit", &functions);
    let each = if form.timeout_each {
        timeout.as_deref()
    } else {
        None
    };
    let calls = take_calls(&mut cards, |card, args| {
        let mut call = if card.form.thread {
            let mut with_function = vec![name(&card.form.name)];
            with_function.extend(args);
            call(asyncio("to_thread"), with_function)
        } else {
            call_fn(&card.form.name, args)
        };
        if let Some(seconds) = each {
            // The text was read as a number by `read_timeout`.
            let seconds = parse::expression(seconds).unwrap_or(Expr::Int(0));
            call = call_kw(asyncio("wait_for"), vec![call], vec![("timeout", seconds)]);
        }
        call
    });
    // The first three modes are `compile`'s tree, printed; the others
    // are written here, in place of an empty `main`.
    let written = match form.mode {
        Mode::TaskGroup => Some(task_group(form, &calls, &functions)),
        Mode::AsCompleted => Some(as_completed(form, &calls, &functions)),
        Mode::Wait => Some(wait(form, &calls, &functions)),
        Mode::Gather | Mode::CreateTask | Mode::Sequential => None,
    };
    let main = match written {
        None => main_function(form, calls, &functions),
        Some(_) => async_fn("main", &[], vec![Stmt::Pass]),
    };
    let mut program_functions = cards.into_iter().map(card_function).collect_vec();
    program_functions.push(main);
    let mut text = to_python(&program(program_functions));
    // A limit: one Semaphore for the module, which each task's body
    // enters. (Entering it around the call instead, in `main`, would leave
    // the coroutines of tasks cancelled while they wait for it never
    // awaited, for CPython's garbage collector to report in an order of
    // its own.)
    if let Some(n) = limit {
        for function in &names {
            text = enter_semaphore(&text, function, &semaphore);
        }
        // After the imports, which end at the first two blank lines.
        if let Some(at) = text.find("\n\n\n") {
            text.insert_str(
                at + 3,
                &format!("{semaphore} = asyncio.Semaphore({n})\n\n\n"),
            );
        }
    }
    // `to_python` ends every program with `main` and then
    // `asyncio.run(main())`, after two blank lines.
    const HEAD: &str = "\nasync def main():\n";
    const TAIL: &str = "\n\n\nasyncio.run(main())\n";
    let (Some(start), Some(end)) = (text.find(HEAD), text.rfind(TAIL)) else {
        return Err(vec![internal("main is not where to_python puts it")]);
    };
    let mut body: Vec<String> = match written {
        Some(lines) => lines,
        None => text[start + HEAD.len()..end]
            .lines()
            .map(|l| l.strip_prefix("    ").unwrap_or(l).to_string())
            .collect_vec(),
    };
    if let (Some(seconds), false) = (&timeout, form.timeout_each) {
        body = whole_timeout(seconds, body);
    }
    let mut main = String::new();
    for line in body {
        if !line.is_empty() {
            main.push_str("    ");
        }
        main.push_str(&line);
        main.push('\n');
    }
    let source = format!("{}{HEAD}{main}{}", &text[..start], &text[end + 1..]);
    // Unvalidated, as Code mode reads programs in the page (the validator
    // would be a large part of its module); the tests, built with debug
    // assertions, hold every program written here to it.
    let mut program = parse::program_unvalidated(&source).map_err(|e| {
        vec![internal(&format!(
            "the Python written for these options does not parse ({e}):\n{source}"
        ))]
    })?;
    // A form's program, like `compile`'s: its text is the one `to_python`
    // prints for it, which the page shows and its tracebacks count lines in.
    program.source = None;
    program.module_names.clear();
    debug_assert!(
        crate::program::validate::check(&program).is_ok(),
        "the Python written for a form is invalid: {:?}\n{source}",
        crate::program::validate::check(&program)
    );
    Ok(program)
}

/// `text` with the body of `async def function` inside `async with
/// semaphore:`. A card's body has no blank line, and `to_python` puts two
/// after each function.
fn enter_semaphore(text: &str, function: &str, semaphore: &str) -> String {
    let head = format!("\nasync def {function}(");
    let Some(at) = text.find(&head) else {
        return text.to_string();
    };
    let Some(body) = text[at + 1..].find(":\n").map(|i| at + 1 + i + 2) else {
        return text.to_string();
    };
    let end = text[body..]
        .find("\n\n")
        .map_or(text.len(), |i| body + i + 1);
    let mut out = text[..body].to_string();
    out.push_str(&format!("    async with {semaphore}:\n"));
    for line in text[body..end].lines() {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&text[end..]);
    out
}

fn error(field: MainField, message: String) -> FieldError {
    FieldError {
        task: None,
        field: field.key(),
        message,
    }
}

/// A mistake of this module's, not the learner's: said plainly rather
/// than panicking the page.
fn internal(what: &str) -> FieldError {
    FieldError {
        task: None,
        field: "mode",
        message: format!("Interleave could not write this main (a bug; please report it): {what}"),
    }
}

fn read_limit(text: &str) -> Result<Option<i64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // Read as the other fields are, as a Python expression.
    match parse::expression(text) {
        Ok(Expr::Int(n)) if (1..=MAX_LIMIT).contains(&n) => Ok(Some(n)),
        _ => Err(format!(
            "enter how many tasks may run at once, a whole number from 1 to {MAX_LIMIT}, or leave it empty"
        )),
    }
}

/// The timeout as the text to write: a plain number of seconds.
fn read_timeout(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match parse::expression(text) {
        Ok(Expr::Int(v)) if v >= 0 => Ok(Some(text.to_string())),
        Ok(Expr::Float(v)) if v >= 0.0 && v.is_finite() => Ok(Some(text.to_string())),
        _ => Err(format!(
            "`{text}` is not a number of seconds: enter e.g. 0.5, or leave it empty"
        )),
    }
}

/// The calls, as the text of the list `main` passes on.
fn call_texts(calls: &[(Expr, bool)]) -> Vec<String> {
    calls.iter().map(|(c, _)| text_of(c, 0)).collect_vec()
}

/// `tasks = [asyncio.create_task(f(1)), ...]`: tasks first, so that the
/// order they start in is the calls' order. (`as_completed` and `wait`
/// given bare coroutines make their tasks from a set, in an order that
/// depends on memory addresses.)
fn task_list(tasks: &str, calls: &[(Expr, bool)]) -> Vec<String> {
    let mut lines = vec![format!("{tasks} = [")];
    for call in call_texts(calls) {
        lines.push(format!("    asyncio.create_task({call}),"));
    }
    lines.push("]".into());
    lines
}

fn task_group(form: &MainForm, calls: &[(Expr, bool)], functions: &[&str]) -> Vec<String> {
    let group = fresh("tg", functions);
    let task = numbered_prefix("task", calls.len(), functions);
    let mut lines = vec![format!("async with asyncio.TaskGroup() as {group}:")];
    for (k, call) in call_texts(calls).into_iter().enumerate() {
        lines.push(format!("    {task}{} = {group}.create_task({call})", k + 1));
    }
    if form.print_results {
        for k in 1..=calls.len() {
            lines.push(format!("print({task}{k}.result())"));
        }
    }
    lines
}

fn as_completed(form: &MainForm, calls: &[(Expr, bool)], functions: &[&str]) -> Vec<String> {
    let tasks = fresh("tasks", functions);
    let next = fresh("next_done", functions);
    let mut lines = task_list(&tasks, calls);
    lines.push(format!("for {next} in asyncio.as_completed({tasks}):"));
    if form.print_results {
        let result = fresh("result", functions);
        lines.push(format!("    {result} = await {next}"));
        lines.push(format!("    print({result})"));
    } else {
        lines.push(format!("    await {next}"));
    }
    lines
}

fn wait(form: &MainForm, calls: &[(Expr, bool)], functions: &[&str]) -> Vec<String> {
    let tasks = fresh("tasks", functions);
    let done = fresh("done", functions);
    let pending = fresh("pending", functions);
    let mut lines = task_list(&tasks, calls);
    lines.push(format!(
        "{done}, {pending} = await asyncio.wait({tasks}, return_when=asyncio.FIRST_COMPLETED)"
    ));
    if form.print_results {
        // In the calls' order: a set of tasks iterates in an order that
        // depends on memory addresses.
        let task = fresh("task", functions);
        lines.push(format!("for {task} in {tasks}:"));
        lines.push(format!("    if {task} in {done}:"));
        lines.push(format!("        print({task}.result())"));
        lines.push(format!("print(len({pending}), 'still pending')"));
    }
    lines
}

/// `body` under `async with asyncio.timeout(seconds)`, its TimeoutError
/// caught and said.
fn whole_timeout(seconds: &str, body: Vec<String>) -> Vec<String> {
    let mut lines = vec![
        "try:".to_string(),
        format!("    async with asyncio.timeout({seconds}):"),
    ];
    for line in body {
        lines.push(if line.is_empty() {
            line
        } else {
            format!("        {line}")
        });
    }
    lines.push("except TimeoutError:".into());
    lines.push(format!("    print('timed out after {seconds} s')"));
    lines
}
