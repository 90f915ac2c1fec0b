//! The forms' model: every bad field is reported at its card and field with
//! what to enter, links decode or say what is wrong, and any scenario that
//! compiles prints what CPython prints for its Python.

mod support;

use interleave::program::python::to_python;
use interleave::scenario::{compile, FieldError, MainForm, Mode, Scenario, TaskCard, RAISABLE};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn card(name: &str) -> TaskCard {
    TaskCard {
        name: name.into(),
        prints: "a b".into(),
        delay: "0.1".into(),
        ..TaskCard::default()
    }
}

fn with(cards: Vec<TaskCard>) -> Scenario {
    Scenario {
        tasks: cards,
        main: MainForm::default(),
    }
}

/// The errors compiling gives, as (card, field, message).
fn errors(s: &Scenario) -> Vec<(Option<usize>, &'static str, String)> {
    match compile(s) {
        Ok(p) => panic!("expected errors, but it compiled:\n{}", to_python(&p)),
        Err(errors) => errors
            .into_iter()
            .map(
                |FieldError {
                     task,
                     field,
                     message,
                 }| (task, field, message),
            )
            .collect(),
    }
}

/// Asserts exactly one error, at `task`/`field`, whose message contains `hint`.
fn assert_flags(s: &Scenario, task: usize, field: &str, hint: &str) {
    let errors = errors(s);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let (t, f, message) = &errors[0];
    assert_eq!((*t, *f), (Some(task), field), "{message}");
    assert!(
        message.contains(hint),
        "`{message}` should mention `{hint}`"
    );
}

#[test]
fn bad_names_are_flagged_on_their_card() {
    assert_flags(&with(vec![card("")]), 0, "name", "enter a name");
    assert_flags(
        &with(vec![card("ok"), card("ok")]),
        1,
        "name",
        "already called `ok`",
    );
    assert_flags(&with(vec![card("2fast")]), 0, "name", "not a valid name");
    assert_flags(&with(vec![card("def")]), 0, "name", "keyword");
    assert_flags(&with(vec![card("main")]), 0, "name", "choose another name");
    assert_flags(&with(vec![card("print")]), 0, "name", "builtin");
    assert_flags(
        &with(vec![card("<b>bold</b>")]),
        0,
        "name",
        "not a valid name",
    );
}

#[test]
fn bad_delays_say_what_to_enter() {
    let delay = |d: &str| {
        with(vec![TaskCard {
            delay: d.into(),
            ..card("t")
        }])
    };
    assert_flags(&delay("-1"), 0, "delay", "cannot be negative");
    assert_flags(&delay("-0.5"), 0, "delay", "0 or more");
    assert_flags(&delay("soon"), 0, "delay", "`soon` is not defined");
    assert_flags(&delay("'1'"), 0, "delay", "not a number of seconds");
    assert_flags(&delay("1 +"), 0, "delay", "expected a value");
    assert!(compile(&delay("")).is_ok(), "empty delay means no sleep");
}

#[test]
fn bad_calls_prints_returns_and_raises_are_flagged() {
    let f = |edit: fn(&mut TaskCard)| {
        let mut c = card("t");
        edit(&mut c);
        with(vec![c])
    };
    assert_flags(
        &f(|c| c.calls = "1, 2".into()),
        0,
        "calls",
        "takes no parameters",
    );
    assert_flags(
        &f(|c| c.params = "x".into()),
        0,
        "calls",
        "one argument per call",
    );
    assert_flags(
        &f(|c| c.params = "x, x".into()),
        0,
        "params",
        "listed twice",
    );
    assert_flags(&f(|c| c.params = "x,".into()), 0, "params", "single commas");
    assert_flags(
        &f(|c| {
            c.params = "a, b".into();
            c.calls = "(1, 2), 3".into();
        }),
        0,
        "calls",
        "call 2: `3` gives 1 value(s), but the task takes 2",
    );
    assert_flags(
        &f(|c| {
            c.params = "x".into();
            c.calls = "y".into();
        }),
        0,
        "calls",
        "`y` is not defined",
    );
    assert_flags(
        &f(|c| c.prints = "\"open".into()),
        0,
        "prints",
        "never closed",
    );
    assert_flags(
        &f(|c| c.prints = "{y}".into()),
        0,
        "prints",
        "`y` is not defined",
    );
    assert_flags(
        &f(|c| c.prints = "1 ".repeat(101)),
        0,
        "prints",
        "limit is 100",
    );
    assert_flags(
        &f(|c| c.returns = "x * x".into()),
        0,
        "returns",
        "add it under Parameters",
    );
    assert_flags(
        &f(|c| c.raise_at = "4".into()),
        0,
        "raise_at",
        "from 1 to 3",
    );
    assert_flags(
        &f(|c| c.raise_at = "two".into()),
        0,
        "raise_at",
        "from 1 to 3",
    );
    assert_flags(
        &f(|c| {
            c.raise_at = "1".into();
            c.raise_type = "SystemExit".into();
        }),
        0,
        "raise_type",
        "choose one of",
    );
}

#[test]
fn too_many_tasks_or_calls_are_refused() {
    let many = with((0..21).map(|i| card(&format!("t{i}"))).collect());
    assert_eq!(errors(&many)[0].1, "tasks");
    let calls = (0..1001)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let big = with(vec![TaskCard {
        params: "x".into(),
        calls,
        ..card("t")
    }]);
    assert!(
        errors(&big)[0].2.contains("limit is 1000"),
        "{:?}",
        errors(&big)
    );
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let s = with(vec![
        TaskCard {
            delay: "-1".into(),
            ..card("")
        },
        TaskCard {
            returns: "(".into(),
            ..card("b")
        },
    ]);
    let fields: Vec<_> = errors(&s).into_iter().map(|(t, f, _)| (t, f)).collect();
    assert_eq!(
        fields,
        [(Some(0), "name"), (Some(0), "delay"), (Some(1), "returns")]
    );
}

#[test]
fn links_round_trip_and_bad_ones_say_where() {
    for preset in interleave::presets::all() {
        let Some(s) = preset.scenario() else {
            continue;
        };
        assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }
    // Whatever was typed survives, even when it does not compile yet.
    let half = with(vec![TaskCard {
        delay: "0.".into(),
        returns: "x *".into(),
        ..card("")
    }]);
    assert_eq!(Scenario::from_json(&half.to_json()).unwrap(), half);

    let e = Scenario::from_json("{\"tasks\": [{\"name\": 5}]}").unwrap_err();
    assert!(e.contains("tasks[0].name"), "{e}");
    let e = Scenario::from_json("{\"tasks\": [{\"nmae\": \"x\"}]}").unwrap_err();
    assert!(e.contains("unknown field `nmae`"), "{e}");
    let e = Scenario::from_json("{\"main\": {\"mode\": \"race\"}}").unwrap_err();
    assert!(e.contains("main.mode") && e.contains("gather"), "{e}");
    assert!(Scenario::from_json("not json")
        .unwrap_err()
        .contains("not valid JSON"));
    // Missing fields take their defaults, so older links keep opening.
    assert_eq!(Scenario::from_json("{}").unwrap().tasks.len(), 1);
}

/// A scenario with every kind of field the form offers, drawn at random.
fn scenario() -> impl Strategy<Value = Scenario> {
    let delay = prop_oneof![
        Just(String::new()),
        Just("0".to_string()),
        (0usize..6).prop_map(|i| format!("0.0{}", [11, 17, 23, 31, 43, 59][i])),
    ];
    let prints = prop_oneof![
        Just(String::new()),
        (1usize..5).prop_map(|n| (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join(" ")),
        Just("A B C".to_string()),
        Just("\"one step\" 'and {x}' done".to_string()),
        Just("{x!r}".to_string()),
    ];
    let returns = prop_oneof![
        Just(String::new()),
        Just("x * x".to_string()),
        Just("f'{x} done'".to_string()),
        Just("[x, None, 1.5]".to_string()),
        Just("x // 0".to_string()),
    ];
    let raise = prop_oneof![
        3 => Just(None),
        1 => (1usize..4, 0..RAISABLE.len(), any::<bool>()).prop_map(Some),
    ];
    let args = prop_oneof![
        Just("1".to_string()),
        Just("2, 'two', 3.5".to_string()),
        Just("-4, 0".to_string()),
        Just("'ten'".to_string()),
    ];
    let card = (
        delay,
        any::<bool>(),
        prints,
        returns,
        raise,
        args,
        any::<bool>(),
        any::<bool>(),
        prop_oneof![4 => Just(false), 1 => Just(true)],
    );
    let limit = prop_oneof![2 => Just(String::new()), 1 => Just("1".to_string()), 1 => Just("2".to_string())];
    let timeout = prop_oneof![
        2 => Just(String::new()),
        1 => Just("0.05".to_string()),
        1 => Just("0.1".to_string()),
    ];
    let main = (
        0..Mode::ALL.len(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        limit,
        timeout,
        any::<bool>(),
    );
    (prop::collection::vec(card, 1..4), main).prop_map(
        |(cards, (mode, re, group, results, as_list, limit, timeout, timeout_each))| {
            let tasks = cards
                .into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (delay, blocking, prints, returns, raise, calls, awaited, between, thread),
                    )| {
                        let steps = interleave::scenario::parse_steps(&prints).unwrap().len();
                        let (raise_at, raise_type, raise_message) = match raise {
                            Some((at, kind, message)) => (
                                (at.min(steps + 1)).to_string(),
                                RAISABLE[kind].to_string(),
                                if message {
                                    format!("task {i} failed")
                                } else {
                                    String::new()
                                },
                            ),
                            None => (String::new(), "ValueError".into(), String::new()),
                        };
                        TaskCard {
                            name: format!("job{i}"),
                            params: "x".into(),
                            calls,
                            prints,
                            delay,
                            between,
                            blocking,
                            // A limit's Semaphore is for async tasks: the
                            // form refuses it with a thread.
                            thread: thread && limit.is_empty(),
                            returns,
                            raise_at,
                            raise_type,
                            raise_message,
                            awaited,
                        }
                    },
                )
                .collect();
            Scenario {
                tasks,
                main: MainForm {
                    mode: Mode::ALL[mode],
                    return_exceptions: re,
                    print_group: group,
                    as_list,
                    print_results: results,
                    limit,
                    timeout,
                    timeout_each,
                },
            }
        },
    )
}

#[test]
fn random_scenarios_print_what_cpython_prints() {
    let cases = support::proptest_cases(96);
    let mut runner = support::proptest_runner(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&scenario(), |s| {
        let program = compile(&s).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        // A refusal is an honest answer (say, main raising while a list
        // holds several failed tasks, whose reports CPython's garbage
        // collector orders); the others must agree with CPython.
        let refused = interleave::run(&program, &interleave::RunOptions::default())
            .error
            .is_some_and(|e| e.kind == interleave::error::RunErrorKind::Unsupported);
        prop_assume!(!refused);
        match support::differs_on_virtual_clock(&program, &to_python(&program)) {
            Some(report) => Err(TestCaseError::fail(report)),
            None => Ok(()),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Field text from a learner's keyboard: printable ASCII, with Python's
/// brackets, quotes and operators well represented.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,30}",
        "[x0-9 ,()'\"{}*+/%.\\-\\[\\]]{0,30}",
        Just("x".to_string()),
        Just("1, 2".to_string()),
    ]
}

#[test]
fn whatever_is_typed_compiles_or_is_flagged_and_never_panics() {
    let card = (
        typed(),
        typed(),
        typed(),
        typed(),
        typed(),
        typed(),
        typed(),
        any::<bool>(),
    );
    let strategy = (
        prop::collection::vec(card, 0..4),
        0..Mode::ALL.len(),
        any::<bool>(),
        (typed(), typed()),
    );
    let mut runner = support::proptest_runner(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |(cards, mode, flag, (limit, timeout))| {
        let tasks = cards
            .into_iter()
            .enumerate()
            .map(
                |(i, (params, calls, prints, delay, returns, raise_at, message, blocking))| {
                    TaskCard {
                        name: format!("t{i}"),
                        params,
                        calls,
                        prints,
                        delay,
                        blocking,
                        thread: blocking && flag,
                        returns,
                        raise_at,
                        raise_message: message,
                        ..TaskCard::default()
                    }
                },
            )
            .collect();
        let s = Scenario {
            tasks,
            main: MainForm {
                mode: Mode::ALL[mode],
                return_exceptions: flag,
                print_group: flag,
                as_list: flag,
                print_results: !flag,
                limit,
                timeout,
                timeout_each: flag,
            },
        };
        match compile(&s) {
            // Every error names a card and a field the form shows.
            Err(errors) => {
                for e in errors {
                    prop_assert!(
                        e.task.is_some()
                            || e.field == "tasks"
                            || interleave::scenario::MainField::by_key(e.field).is_some(),
                        "{e:?}"
                    );
                    prop_assert!(!e.message.is_empty());
                }
            }
            Ok(program) => {
                let outcome = interleave::run(&program, &interleave::RunOptions::default());
                prop_assert!(outcome.error.is_none(), "{:?}", outcome.error);
            }
        }
        prop_assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
