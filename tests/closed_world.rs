//! The closed world: what CPython has but the engine does not model is
//! refused, never imitated with an exception CPython would not raise; only
//! what CPython lacks gets CPython's NameError or AttributeError (the
//! corpus's `constructs/names.py` and `name_suggestion.py` compare those
//! with `python3`). The table of CPython's names is generated from the
//! interpreter and must match the one the tests run.

use interleave::error::RunErrorKind;
use interleave::parse;
use interleave::RunOptions;
mod support;

#[test]
fn the_table_of_cpython_s_names_matches_python3() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/closed_world.py");
    support::python3_ok(&[script, "--check"]);
}

/// Runs `body` as main's body (indented by four) and expects a refusal
/// whose message contains `says`, after printing `printed`.
fn stops(body: &str, printed: &str, says: &str) {
    let source = format!(
        "import asyncio\n\n\nasync def main():\n{}\n\n\nasyncio.run(main())\n",
        body.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let program = parse::program(&source).unwrap_or_else(|e| panic!("{e}\n{source}"));
    let outcome = interleave::run(&program, &RunOptions::default());
    let Some(error) = outcome.error else {
        panic!("expected a refusal, got {outcome:?}\n{source}");
    };
    assert_eq!(error.kind, RunErrorKind::Unsupported, "{error}\n{source}");
    assert!(
        error.message.contains(says),
        "`{}` should say `{says}`\n{source}",
        error.message
    );
    assert_eq!(outcome.stdout, printed, "{source}");
}

#[test]
fn what_cpython_has_but_the_engine_does_not_model_stops_the_run() {
    let cases = [
        // Methods and attributes CPython's types have.
        (
            "print(1)\nprint('hello'.expandtabs())",
            "1\n",
            "`str.expandtabs` is not supported yet",
        ),
        (
            "t = asyncio.current_task()\nprint(t.get_stack())",
            "",
            "`Task.get_stack`",
        ),
        (
            "try:\n    raise ValueError(1)\nexcept ValueError as e:\n    print(e.__traceback__)",
            "",
            "`ValueError.__traceback__`",
        ),
        (
            "print(sorted(['b', 'A'], key=str.casefold))",
            "",
            "`str.casefold` is not supported yet",
        ),
        ("print(int.from_bytes)", "", "`int.from_bytes`"),
        // Arguments CPython's signatures take.
        (
            "print('aaa'.replace('a', 'b', 1))",
            "",
            "str.replace()'s `count` argument",
        ),
        (
            "print('abc'.startswith('b', 1))",
            "",
            "str.startswith()'s `start` argument",
        ),
        (
            "print('abca'.count('a', 1))",
            "",
            "str.count()'s `start` argument",
        ),
        (
            "print([1, 2, 1].index(1, 1))",
            "",
            "list.index()'s `start` argument",
        ),
        (
            "d = {}\nd.update(a=1)\nprint(d)",
            "",
            "dict.update()'s `kwargs` argument",
        ),
        ("print(int('ff', base=16))", "", "int()'s `base` argument"),
        ("print(int('ff', 16))", "", "int()'s `base` argument"),
        (
            "print(round(number=2.5))",
            "",
            "passing `number` to round() by keyword",
        ),
        (
            "print(list(zip([1], [2], strict=True)))",
            "",
            "zip()'s `strict` argument",
        ),
        ("print(int('7', base=8))", "", "int()'s `base` argument"),
        (
            "await asyncio.ensure_future(asyncio.sleep(0), loop=None)",
            "",
            "asyncio.ensure_future()'s `loop` argument",
        ),
        (
            "print(str(5, encoding='ascii'))",
            "",
            "str()'s `encoding` argument",
        ),
        // A function's code object is not modelled.
        (
            "print(1)\nprint(main.__code__)",
            "1\n",
            "`function.__code__` is not supported yet",
        ),
    ];
    for (body, printed, says) in cases {
        stops(body, printed, says);
    }
}

#[test]
fn cpython_s_builtins_and_module_attributes_the_engine_lacks_are_refused_where_written() {
    let cases = [
        ("    raise EOFError\n", 4, 11, "the builtin `EOFError`"),
        ("    x = Ellipsis\n", 4, 9, "the builtin `Ellipsis`"),
        ("    print(__doc__)\n", 4, 11, "the builtin `__doc__`"),
        ("    name = input()\n", 4, 12, "the builtin `input`"),
        (
            "    q = asyncio.open_connection(print)\n",
            4,
            17,
            "`asyncio.open_connection` is not supported yet",
        ),
        (
            "    print(time.localtime())\n",
            4,
            16,
            "`time.localtime` is not supported yet",
        ),
    ];
    for (body, line, col, says) in cases {
        let source =
            format!("import asyncio\nimport time\nasync def main():\n{body}asyncio.run(main())\n");
        match parse::program_unvalidated(&source) {
            Ok(_) => panic!("expected a refusal:\n{source}"),
            Err(e) => {
                assert!(e.message.contains(says), "`{e}` should say `{says}`");
                assert_eq!(
                    (e.line, e.col + 1),
                    (line, col),
                    "`{e}` is in the wrong place"
                );
            }
        }
    }
}

#[test]
fn a_module_used_but_never_imported_is_refused_where_it_is_used() {
    let source =
        "import asyncio\n\n\nasync def main():\n    time.sleep(0.1)\n\n\nasyncio.run(main())\n";
    let e = parse::program_unvalidated(source).unwrap_err();
    assert!(
        e.message.contains("`time` is used but never imported"),
        "{e}"
    );
    assert_eq!((e.line, e.col + 1), (5, 5), "{e}");
}

#[test]
fn a_name_the_program_binds_itself_is_its_own() {
    // `input` and `Queue` are the program's here, not CPython's.
    let source = "import asyncio\n\n\nasync def input():\n    return 'typed'\n\n\nasync def main():\n    print(await input())\n\n\nasyncio.run(main())\n";
    let program = parse::program(source).unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    assert_eq!(outcome.stdout, "typed\n");
    assert!(outcome.error.is_none());
}

#[test]
fn the_guard_s_name_is_the_module_s() {
    let source = "import asyncio\n\n\nasync def main():\n    print('ran')\n\n\nif __name__ == '__main__':\n    asyncio.run(main())\n";
    let program = parse::program(source).unwrap();
    assert_eq!(
        interleave::run(&program, &RunOptions::default()).stdout,
        "ran\n"
    );
}

/// What CPython's constructors and classes do that the engine does not
/// model: refused where it is met, not answered with the engine's guess.
#[test]
fn unmodelled_constructor_arguments_and_class_attributes_are_refused() {
    let cases = [
        // OSError's errno, strerror, filename: a subclass by errno and
        // `[Errno 2] x` text.
        (
            "print(1)\ne = OSError(2, 'nf')",
            "1\n",
            "OSError() with 2 arguments",
        ),
        (
            "e = TimeoutError('slow', 'op')",
            "",
            "TimeoutError() with 2 arguments",
        ),
        (
            "e = NameError('n', name='y')",
            "",
            "NameError()'s keyword arguments",
        ),
        (
            "e = AttributeError('a', obj=1)",
            "",
            "AttributeError()'s keyword arguments",
        ),
        // What every class has from `type`.
        (
            "print(ValueError.__qualname__)",
            "",
            "`ValueError.__qualname__`",
        ),
        ("print(int.mro)", "", "`int.mro`"),
    ];
    for (body, printed, says) in cases {
        stops(body, printed, says);
    }
}

/// CPython runs the module top to bottom: what comes after
/// `asyncio.run(...)` does not exist while main runs. An import or a class
/// there is refused (Interleave binds those before the module's code
/// runs); a `def` is bound where it stands (`corpus/constructs/def_after_run.py`).
#[test]
fn an_import_or_class_after_the_run_is_refused_where_it_is() {
    for (after, line) in [("class Helper:\n    pass\n", 6), ("import time\n", 6)] {
        let source = format!(
            "import asyncio\n\nasync def main():\n    pass\n\nasyncio.run(main())\n{after}"
        );
        let error = parse::program(&source).expect_err(&source);
        assert!(
            error.message.contains("after `asyncio.run(...)`"),
            "{error}"
        );
        assert_eq!(error.line, line + 1, "{error}");
    }
}
