//! A scenario into a program: each card becomes an `async def`, the main
//! form becomes `main`, and every field that cannot become Python gets a
//! `FieldError` naming the card and field, with what to enter instead.
//!
//! The Python is written the way the tutorials write it: `0 1 2 3 4` is
//! `for num in range(5)`, `A B C D E` is `for letter in 'ABCDE'`, and
//! `main`'s variables are `task1`, `result1`, `group`, `results`.

use super::RAISABLE;
use super::{
    parse_steps, CardField, MainForm, Mode, Scenario, TaskCard, MAX_CALLS, MAX_CARDS, MAX_STEPS,
};
use crate::collect::{CollectVec, Joined};
use crate::parse;
use crate::program::build::*;
use crate::program::validate::check_identifier;
use crate::program::{Expr, Function, Program, Stmt};

/// One field that needs fixing.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The card, counted from 0; `None` for `main` or the scenario as a whole.
    pub task: Option<usize>,
    /// The field, by its key (`CardField::key`: `"delay"`), or
    /// `"tasks"` for the list of cards.
    pub field: &'static str,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self.task {
            Some(i) => write!(f, "task {} {}: {}", i + 1, self.field, self.message),
            None => write!(f, "{}: {}", self.field, self.message),
        }
    }
}

/// A card whose fields all parsed.
pub(super) struct Card<'s> {
    pub(super) form: &'s TaskCard,
    pub(super) params: Vec<String>,
    /// The argument list of each call.
    calls: Vec<Vec<Expr>>,
    steps: Vec<Expr>,
    delay: Option<Expr>,
    returns: Option<Expr>,
    /// The step (from 1) that raises.
    raise_at: Option<usize>,
}

pub fn compile(scenario: &Scenario) -> Result<Program, Vec<FieldError>> {
    let mut errors = Vec::new();
    if scenario.tasks.len() > MAX_CARDS {
        errors.push(FieldError {
            task: None,
            field: "tasks",
            message: format!(
                "{} tasks is too many; remove some (the limit is {MAX_CARDS})",
                scenario.tasks.len()
            ),
        });
        return Err(errors);
    }
    // At most MAX_CARDS names: a list is enough (and ships no hasher).
    let mut names: Vec<&str> = Vec::new();
    let mut cards = Vec::new();
    for (i, form) in scenario.tasks.iter().enumerate() {
        let mut fail = |field: CardField, message: String| {
            errors.push(FieldError {
                task: Some(i),
                field: field.key(),
                message,
            })
        };
        if let Some(message) = name_problem(&form.name) {
            fail(CardField::Name, message);
        } else if names.contains(&form.name.as_str()) {
            fail(
                CardField::Name,
                format!(
                    "another task is already called `{}`; give each task its own name",
                    form.name
                ),
            );
        }
        names.push(&form.name);
        if let Some(card) = read_card(form, &mut fail) {
            cards.push(card);
        }
    }
    let calls: usize = cards.iter().map(|c| c.calls.len()).sum();
    if calls > MAX_CALLS {
        errors.push(FieldError {
            task: None,
            field: "tasks",
            message: format!(
                "the tasks make {calls} calls in all; the limit is {MAX_CALLS}: shorten some Calls lists"
            ),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // asyncio's next chapter (TaskGroup, Semaphore, timeouts, threads)
    // is written as Python and read by Code mode's parser, which the
    // page's first builds leave out: they hand such a form over to the
    // build that has both (`needs_asyncio_py`).
    if scenario.needs_asyncio_py() {
        #[cfg(feature = "asyncio-py")]
        return super::next_chapter::compile(&scenario.main, cards);
        #[cfg(not(feature = "asyncio-py"))]
        return Err(vec![FieldError {
            task: None,
            field: "mode",
            message: "this needs asyncio's Python half (TaskGroup, Semaphore, timeouts, threads), which this build leaves out".into(),
        }]);
    }
    // Main takes the calls; each card's function, the rest. Nothing is
    // cloned: a program's expressions are moved into it, so the build
    // needs no copy of `Expr::clone`.
    let calls = take_calls(&mut cards, |card, args| call_fn(&card.form.name, args));
    let names: Vec<&str> = cards.iter().map(|c| c.form.name.as_str()).collect_vec();
    let main = main_function(&scenario.main, calls, &names);
    let mut functions: Vec<Function> = cards.into_iter().map(card_function).collect_vec();
    functions.push(main);
    let program = program(functions);
    // The checks above leave nothing for validation to find (the tests,
    // built with debug assertions, hold every compiled scenario to it); the
    // page's release build leaves the validator out, for size.
    debug_assert!(
        crate::program::validate::check(&program).is_ok(),
        "a scenario compiled to an invalid program: {:?}",
        crate::program::validate::check(&program)
    );
    Ok(program)
}

fn is_builtin_name(n: &str) -> bool {
    crate::value::builtin_global(n).is_some()
}

fn name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("enter a name for this task, e.g. `fetch`".into());
    }
    if let Err(message) = check_identifier(name) {
        return Some(message);
    }
    if name == "main" {
        return Some("`main` is the function that runs the tasks; choose another name".into());
    }
    if is_builtin_name(name) {
        return Some(format!(
            "`{name}` is a Python builtin the program may need; choose another name"
        ));
    }
    None
}

fn read_card<'s>(form: &'s TaskCard, fail: &mut impl FnMut(CardField, String)) -> Option<Card<'s>> {
    let before = std::cell::Cell::new(0usize);
    let mut failed = |field, message| {
        before.set(before.get() + 1);
        fail(field, message)
    };
    let params = read_params(&form.params).unwrap_or_else(|m| {
        failed(CardField::Params, m);
        vec![]
    });
    let in_scope = |e: &Expr| -> Result<(), String> {
        for n in parse::names_read(e) {
            if !params.contains(&n) && !is_builtin_name(&n) {
                return Err(if params.is_empty() {
                    format!("`{n}` is not defined: add it under Parameters, or write a value")
                } else {
                    format!(
                        "`{n}` is not defined: use a parameter ({}) or a value",
                        params.joined(", ")
                    )
                });
            }
        }
        Ok(())
    };
    let syntax = |e: parse::SyntaxError| format!("{} (at character {})", e.message, e.col + 1);

    let calls = read_calls(form, &params).unwrap_or_else(|m| {
        failed(CardField::Calls, m);
        vec![]
    });

    let mut steps = Vec::new();
    match parse_steps(&form.prints) {
        Err((col, m)) => failed(CardField::Prints, format!("{m} (at character {})", col + 1)),
        Ok(texts) if texts.len() > MAX_STEPS => failed(
            CardField::Prints,
            format!(
                "{} steps is too many; the limit is {MAX_STEPS}",
                texts.len()
            ),
        ),
        Ok(texts) => {
            for text in texts {
                match parse::template(&text).map_err(syntax).and_then(|e| {
                    in_scope(&e)?;
                    Ok(e)
                }) {
                    Ok(e) => steps.push(e),
                    Err(m) => {
                        failed(CardField::Prints, format!("in step `{text}`: {m}"));
                        break;
                    }
                }
            }
        }
    }

    let delay = if form.delay.trim().is_empty() {
        None
    } else {
        match parse::expression(&form.delay).map_err(syntax) {
            Err(m) => {
                failed(CardField::Delay, m);
                None
            }
            Ok(e) => match &e {
                Expr::Int(v) if *v < 0 => {
                    failed(
                        CardField::Delay,
                        "a delay cannot be negative: enter 0 or more seconds".into(),
                    );
                    None
                }
                Expr::Float(v) if !(*v >= 0.0 && v.is_finite()) => {
                    failed(CardField::Delay, "a delay must be 0 or more seconds".into());
                    None
                }
                Expr::Int(_) | Expr::Float(_) | Expr::Name(_) | Expr::BinOp { .. } => {
                    match in_scope(&e) {
                        Ok(()) => Some(e),
                        Err(m) => {
                            failed(CardField::Delay, m);
                            None
                        }
                    }
                }
                _ => {
                    failed(
                        CardField::Delay,
                        format!(
                            "`{}` is not a number of seconds: enter e.g. 0.5, or a parameter name",
                            form.delay.trim()
                        ),
                    );
                    None
                }
            },
        }
    };

    let returns = if form.returns.trim().is_empty() {
        None
    } else {
        match parse::expression(&form.returns)
            .map_err(syntax)
            .and_then(|e| in_scope(&e).map(|()| e))
        {
            Ok(e) => Some(e),
            Err(m) => {
                failed(CardField::Returns, m);
                None
            }
        }
    };

    let step_count = parse_steps(&form.prints).map_or(0, |s| s.len());
    let raise_at = match form.raise_at.trim() {
        "" => None,
        text => match text.parse::<usize>() {
            Ok(k) if (1..=step_count + 1).contains(&k) => Some(k),
            _ => {
                failed(
                    CardField::RaiseAt,
                    format!(
                        "enter a step from 1 to {} ({} raises after the last step), or leave it empty",
                        step_count + 1,
                        step_count + 1
                    ),
                );
                None
            }
        },
    };
    if raise_at.is_some() && !RAISABLE.contains(&form.raise_type.as_str()) {
        failed(
            CardField::RaiseType,
            format!(
                "`{}` is not offered; choose one of: {}",
                form.raise_type,
                RAISABLE.joined(", ")
            ),
        );
    }
    if before.get() > 0 {
        return None;
    }
    Some(Card {
        form,
        params,
        calls,
        steps,
        delay,
        returns,
        raise_at,
    })
}

fn read_params(text: &str) -> Result<Vec<String>, String> {
    if text.trim().is_empty() {
        return Ok(vec![]);
    }
    let mut params: Vec<String> = Vec::new();
    for p in text.split(',').map(str::trim) {
        if p.is_empty() {
            return Err("separate parameter names with single commas: `source, delay`".into());
        }
        check_identifier(p)?;
        if params.iter().any(|q| q == p) {
            return Err(format!(
                "`{p}` is listed twice; each parameter needs its own name"
            ));
        }
        params.push(p.to_string());
    }
    Ok(params)
}

fn read_calls(form: &TaskCard, params: &[String]) -> Result<Vec<Vec<Expr>>, String> {
    let items = parse::expression_list(&form.calls)
        .map_err(|e| format!("{} (at character {})", e.message, e.col + 1))?;
    if params.is_empty() {
        if !items.is_empty() {
            return Err(
                "this task takes no parameters, so it is called once with none: clear Calls, or add a parameter".into(),
            );
        }
        return Ok(vec![vec![]]);
    }
    if items.is_empty() {
        return Err(format!(
            "list one argument per call, separated by commas, e.g. `{}`",
            if params.len() == 1 {
                "1, 2, 3".to_string()
            } else {
                format!("({})", vec!["1"; params.len()].joined(", "))
            }
        ));
    }
    if items.len() > MAX_CALLS {
        return Err(format!(
            "{} calls is too many; the limit is {MAX_CALLS}",
            items.len()
        ));
    }
    let mut calls = Vec::new();
    for (k, item) in items.into_iter().enumerate() {
        if let Some(n) = parse::names_read(&item)
            .into_iter()
            .find(|n| !is_builtin_name(n))
        {
            return Err(format!(
                "call {}: `{n}` is not defined here; write the argument's value",
                k + 1
            ));
        }
        if params.len() == 1 {
            calls.push(vec![item]);
            continue;
        }
        match item {
            Expr::Tuple(args) if args.len() == params.len() => calls.push(args),
            other => {
                let given = match &other {
                    Expr::Tuple(args) => args.len(),
                    _ => 1,
                };
                return Err(format!(
                    "call {}: `{}` gives {given} value(s), but the task takes {} ({}): write one tuple per call, e.g. ({})",
                    k + 1,
                    crate::program::python::expr(&other, 0),
                    params.len(),
                    params.joined(", "),
                    vec!["…"; params.len()].joined(", ")
                ));
            }
        }
    }
    Ok(calls)
}

/// A name for a generated variable that none of `taken` uses.
pub(super) fn fresh(base: &str, taken: &[&str]) -> String {
    let mut name = base.to_string();
    while taken.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

pub(super) fn card_function(mut card: Card) -> Function {
    let printed = card.raise_at.map_or(card.steps.len(), |k| k - 1);
    let mut steps = std::mem::take(&mut card.steps);
    steps.truncate(printed);
    let taken: Vec<&str> = card.params.iter().map(String::as_str).collect_vec();
    let mut body = step_loop(steps, &card, &taken);
    if card.raise_at.is_some() {
        let class = match card.form.raise_type.strip_prefix("asyncio.") {
            Some(name) => asyncio(name),
            None => crate::program::build::name(&card.form.raise_type),
        };
        let args = if card.form.raise_message.is_empty() {
            vec![]
        } else {
            vec![str(&card.form.raise_message)]
        };
        body.push(Stmt::Raise(Some(call(class, args))));
    } else if let Some(value) = card.returns {
        body.push(return_(value));
    }
    if body.is_empty() {
        body.push(Stmt::Pass);
    }
    let params: Vec<&str> = card.params.iter().map(String::as_str).collect_vec();
    let mut function = async_fn(&card.form.name, &params, body);
    // A thread's function is a plain `def`: `asyncio.to_thread` calls it.
    function.is_async = !card.form.thread;
    function
}

/// The printing steps: a `for` loop when the texts follow a pattern,
/// otherwise one print (and sleep) per step. Sleeping only between steps
/// writes each step out, as a tutorial would rather than test for the last
/// round in the loop.
fn step_loop(steps: Vec<Expr>, card: &Card, taken: &[&str]) -> Vec<Stmt> {
    let pause = |stmts: &mut Vec<Stmt>| {
        // Parsed again for each use rather than cloned: `read_card` read
        // this very text into `card.delay`, so it parses the same.
        if let (Some(_), Ok(d)) = (&card.delay, parse::expression(&card.form.delay)) {
            stmts.push(if card.form.blocking || card.form.thread {
                block(d)
            } else {
                sleep(d)
            });
        }
    };
    let texts: Option<Vec<&str>> = steps
        .iter()
        .map(|e| match e {
            Expr::Str(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    let counting = texts
        .as_ref()
        .is_some_and(|t| t.iter().enumerate().all(|(i, s)| *s == i.to_string()));
    let letters = texts
        .as_ref()
        .is_some_and(|t| t.iter().all(|s| s.chars().count() == 1));
    let joined = texts.map(|t| t.joined(""));
    let between = card.form.between && card.delay.is_some();
    if between {
        let mut body = Vec::new();
        for (k, step) in steps.into_iter().enumerate() {
            if k > 0 {
                pause(&mut body);
            }
            body.push(print(vec![step]));
        }
        return body;
    }
    if steps.len() >= 2 && (counting || letters) {
        let (var, iter) = if counting {
            (
                fresh("num", taken),
                call_fn("range", vec![int(steps.len() as i64)]),
            )
        } else {
            (
                fresh("letter", taken),
                str(joined.as_deref().unwrap_or_default()),
            )
        };
        let mut body = vec![print(vec![name(&var)])];
        pause(&mut body);
        return vec![for_(&var, iter, body)];
    }
    if steps.len() >= 2 && joined.is_some() {
        let var = fresh("text", taken);
        let mut body = vec![print(vec![name(&var)])];
        pause(&mut body);
        return vec![for_(&var, list(steps), body)];
    }
    let mut body = Vec::new();
    for step in steps {
        body.push(print(vec![step]));
        pause(&mut body);
    }
    body
}

/// A prefix for `count` numbered variables (`task1`, `task2`...) of which
/// none is the name of one of `functions`: `task1` must not shadow a
/// function called `task1`.
pub(super) fn numbered_prefix(base: &str, count: usize, functions: &[&str]) -> String {
    let mut prefix = base.to_string();
    while (1..=count).any(|k| functions.contains(&format!("{prefix}{k}").as_str())) {
        prefix.push('_');
    }
    prefix
}

/// Each card's calls, in order, made into what `main` awaits by `call`
/// (from the card and the call's arguments), with whether `main` awaits
/// its task.
pub(super) fn take_calls(
    cards: &mut [Card],
    call: impl Fn(&Card, Vec<Expr>) -> Expr,
) -> Vec<(Expr, bool)> {
    let mut calls: Vec<(Expr, bool)> = Vec::new();
    for card in cards.iter_mut() {
        for args in std::mem::take(&mut card.calls) {
            calls.push((call(card, args), card.form.awaited));
        }
    }
    calls
}

/// `main` in the first three modes, awaiting `calls`; `functions` are the
/// names its variables must not shadow. (Never inlined: with
/// `next_chapter` calling it too, an inlined copy in `compile` would make
/// two.)
#[inline(never)]
pub(super) fn main_function(
    form: &MainForm,
    calls: Vec<(Expr, bool)>,
    functions: &[&str],
) -> Function {
    let numbered = |base: &str| {
        let prefix = numbered_prefix(base, calls.len(), functions);
        move |k: usize| format!("{prefix}{}", k + 1)
    };
    let mut body = Vec::new();
    match form.mode {
        Mode::Gather => {
            let coroutines: Vec<Expr> = calls.into_iter().map(|(c, _)| c).collect_vec();
            let gathered = if form.as_list {
                let tasks = fresh("tasks", functions);
                body.push(assign(&tasks, list(coroutines)));
                gather(vec![starred(name(&tasks))], form.return_exceptions)
            } else {
                gather(coroutines, form.return_exceptions)
            };
            let results = fresh("results", functions);
            let awaited = if form.print_group {
                let group = fresh("group", functions);
                body.push(assign(&group, gathered));
                body.push(print(vec![name(&group)]));
                await_(name(&group))
            } else {
                await_(gathered)
            };
            if form.print_results {
                body.push(assign(&results, awaited));
                body.push(print(vec![name(&results)]));
            } else {
                body.push(expr(awaited));
            }
        }
        Mode::CreateTask => {
            let task = numbered("task");
            let result = numbered("result");
            let awaited: Vec<usize> = (0..calls.len()).filter(|k| calls[*k].1).collect_vec();
            for (k, (c, _)) in calls.into_iter().enumerate() {
                body.push(assign(&task(k), create_task(c)));
            }
            for &k in &awaited {
                body.push(if form.print_results {
                    assign(&result(k), await_(name(&task(k))))
                } else {
                    expr(await_(name(&task(k))))
                });
            }
            if form.print_results {
                for &k in &awaited {
                    body.push(print(vec![name(&result(k))]));
                }
            }
        }
        // Written by `next_chapter`, in the build that has it.
        Mode::TaskGroup | Mode::AsCompleted | Mode::Wait => {}
        Mode::Sequential => {
            let result = numbered("result");
            let count = calls.len();
            for (k, (c, _)) in calls.into_iter().enumerate() {
                body.push(if form.print_results {
                    assign(&result(k), await_(c))
                } else {
                    expr(await_(c))
                });
            }
            if form.print_results {
                for k in 0..count {
                    body.push(print(vec![name(&result(k))]));
                }
            }
        }
    }
    if body.is_empty() {
        body.push(Stmt::Pass);
    }
    async_fn("main", &[], body)
}
