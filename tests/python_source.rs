//! Python source in: every program of the corpus (`corpus/**/*.py`: the
//! tutorials' snippets verbatim, and programs of our own covering each
//! construct the parser accepts) prints on the engine what CPython prints
//! when it runs the very same text; every program the engine knows prints
//! as Python that parses back to itself; what the subset does not cover is
//! refused with the line and the construct; no text makes the parser panic.

mod support;

use interleave::parse;
use interleave::program::python::to_python;
use interleave::{Limits, RunOptions};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    support::python_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
}

#[test]
fn the_corpus_holds_every_runnable_snippet_of_the_tutorials() {
    let files = corpus();
    assert!(files.len() >= 10, "the corpus is missing: {files:?}");
    let seeds = files
        .iter()
        .filter(|f| f.to_string_lossy().contains("/seeds/"))
        .count();
    assert_eq!(
        seeds, 7,
        "every runnable snippet of the tutorials is in corpus/seeds"
    );
}

// One test per corpus program, named by its path (`build.rs`):
// `cargo test --test python_source seeds_01` reruns one.
include!(concat!(env!("OUT_DIR"), "/corpus_cases.rs"));

/// The corpus program at `relative` (under `corpus/`) prints on the engine
/// what CPython prints, and reads the same through every parser path.
fn corpus_case(relative: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(relative);
    let name = file.display().to_string();
    let source = std::fs::read_to_string(&file).unwrap();
    let program = parse::program(&source).unwrap_or_else(|e| panic!("{name}: does not parse: {e}"));
    if let Some(report) = support::compare_source(&name, &program, &source) {
        panic!("{report}");
    }
    // The page's parser (no validator) reads it the same.
    assert_eq!(
        parse::program_unvalidated(&source).map(|p| p.without_source()),
        Ok(program.without_source()),
        "{name}"
    );
    // Printed back, normalised, it still parses to the same program.
    assert_eq!(
        parse::program(&to_python(&program)).map(|p| p.without_source()),
        Ok(program.without_source()),
        "{name}"
    );
}

#[test]
fn every_known_program_prints_as_python_that_parses_back_to_itself() {
    let mut programs: Vec<(String, interleave::Program)> = interleave::presets::all()
        .iter()
        .map(|p| (p.name.to_string(), p.program()))
        .collect();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in std::fs::read_dir(examples).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            programs.push((
                path.display().to_string(),
                interleave::Program::from_json(&text).unwrap(),
            ));
        }
    }
    for (name, program) in programs {
        let source = to_python(&program);
        match parse::program(&source) {
            Ok(back) => assert_eq!(
                back.without_source(),
                program.without_source(),
                "{name}:\n{source}"
            ),
            Err(e) => panic!("{name}: {e}\n{source}"),
        }
    }
}

/// Parses `source` expecting an error on `line` whose message contains `says`.
fn refused(source: &str, line: usize, says: &str) {
    match parse::program(source) {
        Ok(p) => panic!("expected an error, but it parsed:\n{}", to_python(&p)),
        Err(e) => {
            assert!(
                e.to_string().contains(says),
                "`{e}` should say `{says}`\n{source}"
            );
            assert_eq!(e.line, line, "`{e}` is on the wrong line\n{source}");
        }
    }
}

const MAIN: &str = "\nasyncio.run(main())\n";

#[test]
fn what_the_subset_lacks_is_named_with_its_line() {
    let cases = [
        (
            "async def main():\n    pass\ndel main\n",
            3,
            "deleting `main` from the module is supported only for a variable the module's code assigns",
        ),
        (
            "def f():\n    global print\n    del print\n",
            3,
            "deleting `print` from the module is supported only",
        ),
        (
            "async def main():\n    x = 1\n    del x, print()\n",
            3,
            "cannot delete function call",
        ),
        (
            "async def main():\n    del 1\n",
            2,
            "cannot delete literal",
        ),
        (
            "def main():\n    async with lock:\n        pass\n",
            2,
            "'async with' outside async function",
        ),
        (
            "def main():\n    async for x in xs:\n        pass\n",
            2,
            "'async for' outside async function",
        ),
        (
            "def gen():\n    yield from xs\n",
            2,
            "`yield from` (a generator) is not supported yet",
        ),
        ("yield 1\n", 1, "'yield' outside function"),
        (
            "async def gen():\n    yield from xs\n",
            2,
            "'yield from' inside async function",
        ),
        (
            "async def gen():\n    return 1\n    yield 2\n",
            2,
            "'return' with value in async generator",
        ),
        (
            "def main():\n    print([x async for x in gen()])\n",
            2,
            "asynchronous comprehension outside of an asynchronous function",
        ),
        (
            "async def main():\n    print(sum(x async for x in gen()))\n",
            2,
            "`await` or `async for` inside a generator expression makes it an async generator",
        ),
        (
            "async with lock:\n    pass\n",
            1,
            "'async with' outside async function",
        ),
        (
            "async def main():\n    x = 1\n    x @= 2\n",
            3,
            "augmented assignment with `@=` is not supported yet",
        ),
        (
            "class A:\n    xs = set(x for x in range(3))\n",
            2,
            "a generator expression in a class body is not supported yet",
        ),
        (
            "async def main():\n    print(sum(await asyncio.sleep(0, x) for x in range(3)))\n",
            2,
            "`await` or `async for` inside a generator expression makes it an async generator, which is not supported",
        ),
        (
            "async def main():\n    xs = [1]\n    xs[0:1] = []\n",
            3,
            "assigning to a slice (`xs[1:3] = ...`) is not supported yet",
        ),
        (
            "async def main():\n    print(1 < len([]) < 3)\n",
            2,
            "a chained comparison whose middle value is computed",
        ),
        (
            "async def main():\n    x = 1.5\n    print(f'took {x!a}s')\n",
            3,
            "f-string conversions other than `!r` and `!s` are not supported",
        ),
        (
            "async def main():\n    try:\n        pass\n    except ValueError as e:\n        f = lambda: e\n",
            5,
            "this lambda reads `e`, the name an `except ... as` binds",
        ),
        (
            "async def main():\n    try:\n        pass\n    except ValueError as e:\n        def f():\n            return e\n",
            1,
            "`main.<locals>.f` reads `e`, the name an `except ... as` of `main` binds",
        ),
        (
            "import functools\nasync def main():\n    functools.lru_cache(print)\n",
            3,
            "`functools.lru_cache` is not supported yet",
        ),
        (
            "async def main():\n    AssertionError = ValueError\n    assert False\n",
            2,
            "the program binds the name `AssertionError`",
        ),
        (
            "if True:\n    def f():\n        pass\n",
            2,
            "a `def` inside a block at the top level is not supported yet",
        ),
        (
            "async def main():\n    class A:\n        pass\n",
            2,
            "a class inside a function or a block is not supported yet",
        ),
        (
            "class A:\n    @property\n    def x(self):\n        return 1\n\n    @x.deleter\n    def x(self):\n        pass\n",
            6,
            "a property's `deleter` is not supported yet",
        ),
        (
            "def deco(f):\n    return f\n\nclass A:\n    def deco(self):\n        pass\n\n    @deco\n    def x(self):\n        return 1\n",
            8,
            "this reads `deco`, an attribute the class body bound above",
        ),
        (
            "class A:\n    def __hash__(self):\n        return 1\n",
            2,
            "a class's `__hash__` is not supported yet",
        ),
        (
            "class A:\n    async def __init__(self):\n        pass\n",
            2,
            "`async def __init__` makes the class call return a coroutine",
        ),
        (
            "class A(ValueError, KeyError):\n    pass\n",
            1,
            "a class with several base classes is not supported yet",
        ),
        (
            "class A(metaclass=type):\n    pass\n",
            1,
            "a class's keywords (`metaclass=...`) are not supported yet",
        ),
        (
            "class A:\n    x = 1\n    y = x + 1\n",
            3,
            "this reads `x`, an attribute the class body bound above",
        ),
        (
            "class A:\n    key = lambda self: 1\n",
            2,
            "a lambda in a class body is not supported yet",
        ),
        (
            "class A:\n    print('hi')\n",
            2,
            "a class body may hold a docstring, attributes (`name = value`) and methods (`def`)",
        ),
        (
            "async def main():\n    super().x()\n",
            2,
            "`super` is supported yet only as `super()` in a method",
        ),
        (
            "class A:\n    def f():\n        return super()\n",
            3,
            "`super` is supported yet only as `super()` in a method",
        ),
        (
            "class A:\n    pass\nA = 1\n",
            3,
            "is both a module variable",
        ),
        (
            "class A:\n    def __init__(self):\n        self.__x = 1\n",
            3,
            "a private name (`__x`) in a class, which CPython renames (`self.__x` is `self._A__x`)",
        ),
        (
            "class A:\n    __slots__ = ('x',)\n",
            2,
            "a class attribute named `__slots__` is not supported yet",
        ),
        (
            "class A: x = 1\n",
            1,
            "a class body on the line of its `class` is supported yet as `pass`",
        ),
        (
            "class A:\n    def f(*args):\n        return super().f()\n",
            3,
            "`super` is supported yet only as `super()` in a method, whose first parameter is positional",
        ),
        (
            "import os\n",
            1,
            "the module `os` is not modelled yet: Interleave runs programs that import asyncio (and `asyncio.exceptions`), time, random, functools (`wraps`, `partial`), dataclasses (`dataclass`, `field`), heapq, math (its exact functions), collections (`deque`), json (`dumps`, `loads`), logging (`%`-style formats without times or callers), contextlib (`contextmanager`, `asynccontextmanager`, `suppress`, `nullcontext`, `closing`, `aclosing`), contextvars, itertools (all but `tee`), sys (`exit`, `maxsize`, `stdout`, `stderr`), and typing",
        ),
        ("from asyncio import open_connection\n", 1, "`asyncio.open_connection` is not supported yet"),
        (
            "from math import log\n",
            1,
            "`math.log` is not supported: CPython's result is the C library's approximation",
        ),
        ("from math import fsum\n", 1, "`math.fsum` is not supported yet"),
        (
            "from asyncio import Nope\n",
            1,
            "ImportError: cannot import name 'Nope' from 'asyncio'",
        ),
        ("from typing import runtime_checkable\n", 1, "`typing.runtime_checkable` is not supported yet"),
        (
            "from asyncio import *\n",
            1,
            "`from asyncio import *` is not supported; import the names the program uses",
        ),
        (
            "from __future__ import annotations\n",
            1,
            "from __future__ imports must occur at the beginning of the file",
        ),
        (
            "async def main():\n    from asyncio import sleep\n",
            2,
            "put imports at the top of the program",
        ),
        (
            "import asyncio as aio\nasync def main():\n    await aio.open_connection(print)\n",
            3,
            "`asyncio.open_connection` is not supported yet",
        ),
        (
            "from typing import List\nasync def main():\n    print(List)\n",
            3,
            "`List` comes from `typing` (or `__future__`), which Interleave models only in annotations",
        ),
        (
            "async def main():\n    pass\nfrom asyncio import sleep as main\n",
            3,
            "this import binds `main`, the name of a function defined above",
        ),
        (
            "async def main(x: Foo = 1):\n    pass\n",
            1,
            "this annotation names `Foo`, which is not defined when the `def` runs (CPython raises NameError there)",
        ),
        (
            "from typing import Dict\nasync def main() -> Dict[str]:\n    pass\n",
            2,
            "`Dict[...]` in this annotation raises TypeError when the `def` runs",
        ),
        (
            "async def main() -> int[str]:\n    pass\n",
            1,
            "`int[...]` in this annotation raises TypeError",
        ),
        (
            "async def main(x: None | None = None):\n    pass\n",
            1,
            "`None | None` in this annotation raises TypeError when the `def` runs",
        ),
        (
            "async def main() -> asyncio.Nope:\n    pass\n",
            1,
            "`asyncio.Nope` in this annotation is not something Interleave knows to be defined",
        ),
        // A type alias binds its name for annotations alone.
        (
            "from typing import TypeVar\nT = TypeVar(\"T\")\nasync def main():\n    print(T)\n",
            4,
            "`T` is a type alias (the module assigns it a type from `typing`",
        ),
        (
            "from typing import TypeVar\nT = TypeVar(\"T\", int)\n",
            2,
            "TypeError: A single constraint is not allowed (CPython raises this here)",
        ),
        (
            "from typing import TypeVar\nT = TypeVar(\"T\", int, str, bound=int)\n",
            2,
            "TypeError: Constraints cannot be combined with bound=...",
        ),
        (
            "from typing import List\nJSON = List[int]\nJSON = 5\n",
            3,
            "`JSON` is a type alias, which Interleave keeps for annotations alone, and is bound otherwise too",
        ),
        (
            "from typing import List\nNum = int\nasync def main(x: List[Num]):\n    global Num\n",
            4,
            "`Num` holds a type that annotations use, and this function may assign it",
        ),
        (
            "from typing import Optional\nasync def main(x: Optional[int,] = None):\n    pass\n",
            2,
            "`Optional[...]` with a comma after its type raises TypeError when it is evaluated",
        ),
        (
            "from typing import List\nasync def main(x: List[\"class\"]):\n    pass\n",
            2,
            "or a string that is not a name, which is not supported yet",
        ),
        (
            "limit = 5\ndel limit\nasync def main(x: limit):\n    pass\n",
            3,
            "this annotation names `limit`, which the module binds only in a branch, a loop or a handler, or deletes",
        ),
        (
            "for C in []:\n    pass\nasync def main(x: C):\n    pass\n",
            3,
            "this annotation names `C`, which the module binds only in a branch, a loop or a handler",
        ),
        (
            "class A:\n    int = 5\n    def m(self, x: int | None):\n        pass\n",
            3,
            "this annotation names `int`, which the class body binds above",
        ),
        (
            "from typing import Dict as List\n",
            1,
            "`from typing import Dict as List` is not supported yet",
        ),
        (
            "from typing import ClassVar\nCV = ClassVar[int]\n",
            2,
            "`CV` holds `ClassVar` (or `InitVar`), which a type alias is not supported with yet",
        ),
        (
            "async def main():\n    def inner(x: Later):\n        pass\n",
            2,
            "which Interleave cannot tell is defined when this `def` runs",
        ),
        (
            "x: Nope = 1\n",
            1,
            "which is not defined when its line runs",
        ),
        (
            "from typing import List, TypeVar\nT = TypeVar(\"T\")\nasync def main():\n    T = 5\n    def inner(a: List[T]):\n        pass\n",
            5,
            "this annotation names `T`, which the function around this `def` binds too",
        ),
        (
            "X = 5\nasync def main():\n    def inner(a: X):\n        pass\ndel X\n",
            3,
            "this annotation names `X`, which the module deletes or assigns again below",
        ),
        (
            "X = 5\ndef clear():\n    global X\n    del X\nasync def main(a: X):\n    pass\n",
            5,
            "this annotation names `X`, which the module binds only in a branch, a loop or a handler, or deletes",
        ),
        (
            "class K:\n    pass\ndel K\n",
            3,
            "deleting the class `K` is not supported yet",
        ),
        (
            "from typing import Generic\nclass Box(Generic):\n    pass\n",
            2,
            "TypeError: Cannot inherit from plain Generic (CPython raises this here)",
        ),
        (
            "from typing import Generic, TypeVar\nT = TypeVar(\"T\")\nclass Box(Generic[T, T]):\n    pass\n",
            3,
            "TypeError: Parameters to Generic[...] must all be unique",
        ),
        (
            "from typing import Generic\nclass Box(Generic[int]):\n    pass\n",
            2,
            "`Generic[...]` is read here with type variables made at the module's top",
        ),
        (
            "from typing import Generic, TypeVar\nT = TypeVar(\"T\")\nclass Box(Generic[T]):\n    pass\nasync def main(b: Box[int, str]):\n    pass\n",
            5,
            "`Box[...]` in this annotation raises TypeError when the `def` runs",
        ),
        (
            "from typing import List\nNum = int\nNum = 2\nasync def main(x: List[Num]):\n    pass\n",
            4,
            "this annotation's subscript holds a variable or a function of the program's",
        ),
        (
            "async def main(x: 1 + 2 = 1):\n    pass\n",
            1,
            "this annotation is not supported yet",
        ),
        (
            "async def main():\n    x: int\n    print(x)\n",
            2,
            "`x: ...` without a value makes `x` a local variable of the function that is never assigned",
        ),
        (
            "async def main():\n    xs = [0]\n    xs[0]: int = 1\n",
            3,
            "annotating something other than a name",
        ),
        (
            "async def main():\n    obj = None\n    obj.x: int\n",
            3,
            "an annotated attribute without a value",
        ),
        (
            "async def main():\n    print(...)\n",
            2,
            "`...` (Ellipsis) as a value is not supported yet",
        ),
        (
            "async def main():\n    print(n)\n    global n\n",
            3,
            "SyntaxError: name 'n' is used prior to global declaration",
        ),
        (
            "async def main():\n    n = 1\n    global n\n",
            3,
            "SyntaxError: name 'n' is assigned to before global declaration",
        ),
        (
            "async def main(n=1):\n    global n\n",
            2,
            "SyntaxError: name 'n' is parameter and global",
        ),
        (
            "async def main():\n    pass\nmain = 1\n",
            3,
            "`main` is both a module variable and a function's or an import's name here",
        ),
        (
            "async def main():\n    try:\n        pass\n    except ():\n        pass\n",
            4,
            "`except ()` catches nothing",
        ),
        (
            "async def main():\n    try:\n        pass\n    except (ValueError, Nope):\n        pass\n",
            4,
            "`Nope` is not an exception class Interleave knows",
        ),
        (
            "async def main():\n    pass\nglobal n\n",
            3,
            "`global` at the top level is not supported",
        ),
        (
            "async def main():\n    print('\\N{BULLET}')\n",
            2,
            "characters by name (`\\N{...}`) are not supported yet",
        ),
        (
            "async def main():\n    print(f'''\n{1}\\N{EM DASH}''')\n",
            3,
            "characters by name",
        ),
        (
            "async def main():\n    print('a\\ud800')\n",
            2,
            "`\\ud800` is a lone surrogate (U+D800 to U+DFFF): such characters in strings are not supported yet",
        ),
        (
            "async def main():\n    print(0xFFFFFFFFFFFFFFFF)\n",
            2,
            "`0xFFFFFFFFFFFFFFFF` is too large: Interleave's integers are 64-bit",
        ),
        (
            "async def main():\n    print(1e309)\n",
            2,
            "`1e309` is too large for a float",
        ),
        (
            "async def main():\n    print(2j)\n",
            2,
            "complex numbers (`1j`) are not supported yet",
        ),
        (
            "async def main():\n    print(1if True else 2)\n",
            2,
            "a keyword right after the number `1` is not supported",
        ),
        // `match` is a soft keyword: a name where it is not a block's head.
        (
            "async def main():\n    match = [1]\n    match[0] = 2\n    match (match):\n        case _:\n            pass\n",
            4,
            "a `match` statement is not supported yet",
        ),
        (
            "match = 1\nmatch {match: 2}:\n    case {1: x}:\n        print(x)\nasync def main():\n    pass\n",
            2,
            "a `match` statement is not supported yet",
        ),
    ];
    for (body, line, says) in cases {
        refused(&format!("import asyncio\n{body}{MAIN}"), line + 1, says);
    }
}

#[test]
fn what_python_itself_rejects_gets_python_s_kind_of_error() {
    let cases = [
        (
            "async def main():\nprint(1)\n",
            2,
            "expected an indented block after function definition on line 2",
        ),
        (
            "async def main():\n    print(1)\n      print(2)\n",
            3,
            "unexpected indent",
        ),
        (
            "async def main():\n        print(1)\n    print(2)\n",
            3,
            "unindent does not match",
        ),
        (
            "async def main():\n    print((1, 2)\n",
            2,
            "SyntaxError: '(' was never closed",
        ),
        ("async def main():\n    print(1))\n", 2, "SyntaxError: unmatched ')'"),
        ("async def main()\n    pass\n", 1, "SyntaxError: expected ':'"),
        (
            "async def main():\n    print('abc)\n",
            2,
            "unterminated string",
        ),
        (
            "def helper():\n    await asyncio.sleep(1)\n",
            2,
            "'await' outside async function",
        ),
        (
            "async def main():\n    return 1\nreturn 2\n",
            3,
            "'return' outside function",
        ),
        (
            "async def main(a, a):\n    pass\n",
            1,
            "duplicate argument 'a'",
        ),
        (
            "async def main(a=1, b):\n    pass\n",
            1,
            "non-default argument follows default argument",
        ),
        (
            "async def main(/, a):\n    pass\n",
            1,
            "at least one argument must precede /",
        ),
        (
            "async def main(a, /, b, /):\n    pass\n",
            1,
            "/ may appear only once",
        ),
        (
            "async def main(*, a, /):\n    pass\n",
            1,
            "/ must be ahead of *",
        ),
        (
            "async def main(*):\n    pass\n",
            1,
            "named arguments must follow bare *",
        ),
        (
            "async def main(*, **k):\n    pass\n",
            1,
            "named arguments must follow bare *",
        ),
        (
            "async def main(*a, *b):\n    pass\n",
            1,
            "* argument may appear only once",
        ),
        (
            "async def main(**k, a):\n    pass\n",
            1,
            "arguments cannot follow var-keyword argument",
        ),
        (
            "async def main(**k=1):\n    pass\n",
            1,
            "var-keyword argument cannot have default value",
        ),
        (
            "async def main(*a=1):\n    pass\n",
            1,
            "var-positional argument cannot have default value",
        ),
        (
            "async def main(*a, **a):\n    pass\n",
            1,
            "duplicate argument 'a'",
        ),
        (
            "async def main(a=1, /, b):\n    pass\n",
            1,
            "non-default argument follows default argument",
        ),
        (
            "async def main():\n    print(**a, b)\n",
            2,
            "positional argument follows keyword argument unpacking",
        ),
        (
            "async def main():\n    print(**a, *b)\n",
            2,
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        (
            "nonlocal x\n",
            1,
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        nonlocal y\n",
            4,
            "no binding for nonlocal 'y' found",
        ),
        (
            "def f(x):\n    def g(x):\n        nonlocal x\n",
            3,
            "name 'x' is parameter and nonlocal",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            4,
            "name 'x' is nonlocal and global",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
            5,
            "name 'x' is used prior to nonlocal declaration",
        ),
        (
            "async def main():\n    print(x=1, 2)\n",
            2,
            "positional argument follows keyword argument",
        ),
        (
            "async def main():\n    else:\n        pass\n",
            2,
            "SyntaxError: invalid syntax",
        ),
        (
            "async def main():\n    print(sum(x for x in range(3), 1))\n",
            2,
            "Generator expression must be parenthesized",
        ),
        ("async def main():\n    break\n", 2, "'break' outside loop"),
        (
            "async def main():\n    if True:\n        continue\n",
            3,
            "'continue' not properly in loop",
        ),
        ("async def main():\n    print(1__000)\n", 2, "invalid decimal literal"),
        ("async def main():\n    print(1_)\n", 2, "invalid decimal literal"),
        ("async def main():\n    print(1e)\n", 2, "invalid decimal literal"),
        ("async def main():\n    print(1abc)\n", 2, "invalid decimal literal"),
        (
            "async def main():\n    print(0123)\n",
            2,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ),
        ("async def main():\n    print(0x)\n", 2, "invalid hexadecimal literal"),
        ("async def main():\n    print(0b_)\n", 2, "invalid binary literal"),
        (
            "async def main():\n    print(0o18)\n",
            2,
            "invalid digit '8' in octal literal",
        ),
        (
            "async def main():\n    print('\\x4')\n",
            2,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
        ),
        (
            "async def main():\n    print('\\N')\n",
            2,
            "malformed \\N character escape",
        ),
        (
            "async def main():\n    print('\\U00110000')\n",
            2,
            "illegal Unicode character",
        ),
        (
            "async def main():\n    print(r'a\\')\n",
            2,
            "unterminated string",
        ),
        (
            "async def main():\n    print(f'{\"\\n\".join(\"ab\")}')\n",
            2,
            "f-string expression part cannot include a backslash",
        ),
        (
            "async def main():\n    print(f'{1 # one}')\n",
            2,
            "f-string expression part cannot include '#'",
        ),
        (
            "async def main():\n    print(f'{1!x}')\n",
            2,
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        (
            "async def main():\n    print(f'{(1]}')\n",
            2,
            "f-string: closing parenthesis ']' does not match opening parenthesis '('",
        ),
        (
            "async def main():\n    if True:\n\tprint(1)\n",
            3,
            "TabError: inconsistent use of tabs and spaces in indentation",
        ),
    ];
    for (body, line, says) in cases {
        let source = format!("import asyncio\n{body}{MAIN}");
        refused(&source, line + 1, says);
        // Python's own error, as CPython names it, not a refusal.
        let e = parse::program(&source).unwrap_err();
        assert!(
            e.raised.is_some(),
            "`{e}` is not Python's own error\n{source}"
        );
    }
    refused(
        "import asyncio\nasync def main():\n    pass\n",
        1,
        "never calls asyncio.run",
    );
}

#[test]
fn a_call_to_an_undefined_function_runs_to_python_s_name_error() {
    // As in CPython: the line runs, raises NameError, and uncaught, the
    // report suggests the name meant.
    let program = parse::program(
        "import asyncio\n\n\nasync def fetch():\n    return 1\n\n\nasync def main():\n    print('before')\n    await fetc()\n\n\nasyncio.run(main())\n",
    )
    .unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    assert_eq!(outcome.stdout, "before\n");
    assert!(
        outcome
            .stderr
            .ends_with("NameError: name 'fetc' is not defined. Did you mean: 'fetch'?\n"),
        "{}",
        outcome.stderr
    );
}

/// Text made of Python's pieces, in any order.
fn pythonish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("async def f(x):\n".to_string()),
        Just("    ".to_string()),
        Just("\n".to_string()),
        Just("await asyncio.sleep(0.1)".to_string()),
        Just("asyncio.run(main())".to_string()),
        Just("print(".to_string()),
        Just(")".to_string()),
        Just("for i in range(3):".to_string()),
        Just("'a".to_string()),
        Just("\"\"\"".to_string()),
        Just("f'{x!r}'".to_string()),
        Just("\\\n".to_string()),
        Just("#".to_string()),
        Just("[(".to_string()),
        Just("sum(x for x in".to_string()),
        Just("*(".to_string()),
        "[ -~]{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

#[test]
fn no_text_makes_the_parser_panic_or_run_away() {
    let corpus: Vec<String> = corpus()
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    // Whole random texts, and corpus programs with a random cut and splice.
    let strategy = prop_oneof![
        pythonish(),
        (
            0..corpus.len(),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            pythonish()
        )
            .prop_map(move |(k, a, b, insert)| {
                let text: Vec<char> = corpus[k].chars().collect();
                let (a, b) = (a.index(text.len() + 1), b.index(text.len() + 1));
                let (a, b) = (a.min(b), a.max(b));
                let mut out: String = text[..a].iter().collect();
                out.push_str(&insert);
                out.extend(&text[b..]);
                out
            }),
    ];
    let mut runner = support::proptest_runner(Config {
        cases: 1024,
        failure_persistence: None,
        ..Config::default()
    });
    let options = RunOptions {
        limits: Limits {
            max_steps: 20_000,
            max_tasks: 1_000,
        },
        ..RunOptions::default()
    };
    let result = runner.run(&strategy, |text| {
        // The page's parser accepts nothing the validator would refuse,
        // except what fails at run time in Python too.
        if let Ok(program) = parse::program_unvalidated(&text) {
            if let Err(e) = interleave::program::validate::check(&program) {
                let runtime_only = e.message.contains("which is not defined");
                prop_assert!(
                    runtime_only,
                    "the page would run what the validator refuses: {e}\n{text}"
                );
            }
        }
        if let Ok(program) = parse::program(&text) {
            // Whatever parses runs to an end (or to its budget) without panicking.
            let _ = interleave::run(&program, &options);
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn an_endless_loop_stops_at_the_step_budget_with_a_message() {
    let program = parse::program(
        "import asyncio\nasync def main():\n    n = 0\n    while True:\n        n += 1\nasyncio.run(main())\n",
    )
    .unwrap();
    let options = RunOptions {
        limits: Limits {
            max_steps: 10_000,
            max_tasks: 10,
        },
        ..RunOptions::default()
    };
    let outcome = interleave::run(&program, &options);
    let error = outcome.error.expect("the budget stops it").to_string();
    assert!(error.contains("may loop forever"), "{error}");
}

#[test]
fn break_and_continue_outside_a_loop_are_refused_in_json_too() {
    let json = r#"{"functions": [{"name": "main", "body": ["break"]}]}"#;
    let e = interleave::Program::from_json(json)
        .unwrap_err()
        .to_string();
    assert!(e.contains("'break' outside loop"), "{e}");
}

#[test]
fn a_generator_expression_in_json_is_the_generator_function_made_of_it() {
    let program = parse::program(
        "import asyncio\nasync def main():\n    print(sum(x for x in range(3)), [*(x for x in 'ab')])\n    xs = [x for x in range(3)]\nasyncio.run(main())\n",
    )
    .unwrap();
    let json = program.to_json();
    assert!(json.contains("<genexpr>#main#1"), "{json}");
    assert_eq!(
        interleave::Program::from_json(&json),
        Ok(program.without_source())
    );
}

#[test]
fn a_generator_expression_given_to_the_program_s_own_function_is_a_generator() {
    // As CPython compiles it: whatever the name calls gets a generator.
    let program = parse::program(
        "import asyncio\ndef total(xs):\n    print(type(xs).__name__, next(xs), list(xs))\n    return 0\nasync def main():\n    sum = total\n    print('before')\n    print(sum(x for x in range(3)))\nasyncio.run(main())\n",
    )
    .unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    assert_eq!(outcome.stdout, "before\ngenerator 0 [1, 2]\n0\n");
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
}

#[test]
fn catching_what_asyncio_run_raised_while_its_traceback_keeps_a_paused_generator_stops_the_run() {
    // CPython: main's task and its exception are a reference cycle, so the
    // generator main held is closed only when the garbage collector runs
    // (here, as the program ends: "caught", "end", then "finally").
    let source = "import asyncio\ndef src():\n    try:\n        yield 1\n    finally:\n        print('finally')\nasync def main():\n    g = src()\n    next(g)\n    raise KeyError('k')\ntry:\n    asyncio.run(main())\nexcept KeyError:\n    print('caught')\nprint('end')\n";
    let program = parse::program(source).unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    assert_eq!(outcome.stdout, "caught\n");
    let error = outcome.error.expect("the run must be stopped").to_string();
    assert!(
        error.contains("this `except` catches the exception `asyncio.run` raised"),
        "{error}"
    );
    // Let go of in main, the generator is closed there, and all is exact.
    let let_go = source.replace("    raise KeyError", "    g = None\n    raise KeyError");
    let outcome = interleave::run(&parse::program(&let_go).unwrap(), &RunOptions::default());
    assert_eq!(outcome.stdout, "finally\ncaught\nend\n");
    assert!(outcome.error.is_none());
}

#[test]
fn a_refusal_as_a_frame_ends_runs_nothing_its_variables_held() {
    // The exception kept in `self.err` holds `run`'s frame, which holds
    // `self`: a cycle, so CPython closes the paused generator only when its
    // collector runs (here at exit: "after run", "done", "end", then "gen
    // finally"). The refusal comes as `run` returns, and unwinding its
    // frame must not run the generator's `finally` on the way out.
    let source = "import asyncio\ndef gen():\n    try:\n        yield 1\n    finally:\n        print('gen finally')\nclass Holder:\n    def run(self):\n        g = gen()\n        next(g)\n        try:\n            raise ValueError('x')\n        except ValueError as e:\n            self.err = e\nasync def main():\n    print('start')\n    Holder().run()\n    print('after run')\nasyncio.run(main())\n";
    let outcome = interleave::run(&parse::program(source).unwrap(), &RunOptions::default());
    assert_eq!(outcome.stdout, "start\n");
    let error = outcome.error.expect("the run must be stopped").to_string();
    assert!(error.contains("a reference cycle"), "{error}");
    // Placed where `run` ends: its last line run.
    assert!(error.contains("line 14"), "{error}");
}

#[test]
fn a_failed_future_a_reference_cycle_keeps_to_the_end_stops_the_run() {
    // CPython reports it when its collector frees the list that holds
    // itself, at exit; nothing frees it here, so the run stops rather than
    // leave the report out.
    let source = "import asyncio\nasync def main():\n    f = asyncio.get_running_loop().create_future()\n    f.set_exception(ValueError('x'))\n    keep = [f]\n    keep.append(keep)\n    print('end')\nasyncio.run(main())\n";
    let outcome = interleave::run(&parse::program(source).unwrap(), &RunOptions::default());
    assert_eq!(outcome.stdout, "end\n");
    let error = outcome.error.expect("the run must be stopped").to_string();
    assert!(
        error.contains("a future failed and nobody retrieved"),
        "{error}"
    );
    // Its exception asked for, or the cycle broken, nothing is refused.
    for fixed in [
        "    f.exception()\n    print('end')",
        "    keep.pop()\n    print('end')",
    ] {
        let fixed = source.replace("    print('end')", fixed);
        let outcome = interleave::run(&parse::program(&fixed).unwrap(), &RunOptions::default());
        assert!(outcome.error.is_none(), "{fixed}: {:?}", outcome.error);
    }
}

#[test]
fn a_callback_whose_argument_has_the_program_s_repr_is_refused_in_a_repr() {
    // asyncio writes a callback's arguments with `reprlib.repr`, which
    // calls the program's `__repr__`: `<Handle plain(K()) at …>`.
    let source = "import asyncio\nfrom functools import partial\nclass K:\n    def __repr__(self):\n        return 'K()'\ndef plain(*a):\n    pass\nasync def main():\n    loop = asyncio.get_running_loop()\n    print(repr(loop.call_soon(plain, 1)))\n    f = loop.create_future()\n    f.add_done_callback(partial(plain, K()))\n    print(repr(loop.call_soon(plain, K())))\nasyncio.run(main())\n";
    let program = parse::program(source).unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    assert_eq!(outcome.stdout, "<Handle plain(1) at …>\n");
    let error = outcome.error.expect("the run must be stopped").to_string();
    assert!(
        error
            .contains("whose callback (or one of its arguments) has a `__repr__` of the program's"),
        "{error}"
    );
    // The future's callback too.
    let future = source.replace("print(repr(loop.call_soon(plain, K())))", "print(repr(f))");
    let outcome = interleave::run(&parse::program(&future).unwrap(), &RunOptions::default());
    assert_eq!(outcome.stdout, "<Handle plain(1) at …>\n");
    assert!(outcome.error.is_some());
}

#[test]
fn an_async_generator_still_paused_as_asyncio_run_ends_stops_the_run_with_a_message() {
    // Held past main (its result), it is closed by `shutdown_asyncgens`,
    // which gathers the `aclose()` of every generator the loop still
    // knows of: not modelled yet. (One let go of in main is closed by the
    // finalizer hook: `corpus/constructs/async_generators_closing*.py`.)
    let kept = "import asyncio\nasync def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('cleanup')\nasync def main():\n    g = gen()\n    print(await g.__anext__())\n    return g\nasyncio.run(main())\n";
    let program = parse::program(kept).unwrap();
    let outcome = interleave::run(&program, &RunOptions::default());
    let error = outcome.error.expect("the run must be stopped").to_string();
    assert!(
        error.contains("is still paused in its body as `asyncio.run` ends"),
        "{error}"
    );
    assert!(!outcome.stdout.contains("cleanup"), "{}", outcome.stdout);
}

#[test]
fn the_parser_itself_refuses_what_the_engine_relies_on_being_absent() {
    // The page runs programs without the general validator, so these are
    // the parser's to refuse, with the line where it can tell.
    let mut deep: String = (1..=25)
        .map(|d| format!("{}if True:\n", "    ".repeat(d)))
        .collect();
    deep.push_str(&format!("{}pass\n", "    ".repeat(26)));
    let cases = [
        (
            "async def main():\n    try:\n        pass\n    except Nope:\n        pass\n"
                .to_string(),
            "`Nope` is not an exception class",
        ),
        (
            "def f():\n    for x in await g():\n        pass\nasync def main():\n    pass\n"
                .to_string(),
            "'await' outside async function",
        ),
        (
            "async def main():\n    x = 1e999\n".to_string(),
            "`1e999` is too large for a float: Python reads it as inf",
        ),
        (
            format!("async def main():\n{deep}"),
            "nested more than 20 deep",
        ),
    ];
    for (body, says) in cases {
        let source = format!("import asyncio\n{body}{MAIN}");
        let e = parse::program_unvalidated(&source).unwrap_err();
        assert!(e.message.contains(says), "`{e}` should say `{says}`");
    }
}

#[test]
fn what_a_dataclass_holds_beyond_its_fields_and_methods_is_refused_not_imitated() {
    // CPython's `Field` has every parameter (`MISSING` where not given)
    // and its own repr; `__dataclass_fields__` holds Fields; the methods
    // `dataclass` and `total_ordering` make are functions of Python's
    // named where they were made. None is modelled: each stops the run.
    let head = "from dataclasses import dataclass, field\nfrom functools import total_ordering\n@total_ordering\n@dataclass\nclass A:\n    x: int = 1\n    def __lt__(self, other):\n        return self.x < other.x\nprint('before')\n";
    for (line, says) in [
        (
            "print(field(default=1))",
            "`dataclasses.Field`'s attributes and repr",
        ),
        (
            "print(field().default_factory)",
            "`dataclasses.Field`'s attributes and repr",
        ),
        (
            "print(A.__dataclass_fields__)",
            "`__dataclass_fields__` is not supported",
        ),
        (
            "print(A(2).__dataclass_params__)",
            "`__dataclass_params__` is not supported",
        ),
        ("print(A.__init__)", "the repr of `__init__`, a method"),
        ("print(A(1).__eq__)", "the repr of `__eq__`, a method"),
        ("print(A(1).__gt__)", "the repr of `__gt__`, a method"),
    ] {
        let source = format!("{head}{line}\n");
        let outcome = interleave::run(&parse::program(&source).unwrap(), &RunOptions::default());
        assert_eq!(outcome.stdout, "before\n", "{line}");
        let error = outcome.error.expect("the run must be stopped").to_string();
        assert!(error.contains(says), "{line}: {error}");
    }
}

/// CPython decodes a file by its coding comment before reading it: read as
/// UTF-8, a latin-1 file's text could differ, so another encoding is
/// refused, at the comment's line, before anything runs.
#[test]
fn a_coding_comment_other_than_utf8_is_refused() {
    refused(
        "# -*- coding: latin-1 -*-\nprint('\u{e9}')\n",
        1,
        "the coding comment names `latin-1`",
    );
    refused(
        "#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nprint(1)\n",
        2,
        "`cp1252`",
    );
    let utf8 = "# -*- coding: utf-8 -*-\nimport asyncio\nasync def main():\n    pass\nasyncio.run(main())\n";
    assert!(parse::program(utf8).is_ok());
}

/// The library keeps lists where CPython's asyncio keeps deques and sets,
/// and strings where it keeps enum members: the program reading one of
/// those private attributes is refused where it is reached, while a
/// private attribute the library keeps as CPython does reads as CPython's.
#[test]
fn a_private_attribute_of_asyncio_s_kept_otherwise_than_cpython_s_is_refused() {
    let head = "import asyncio\nclass Q(asyncio.Queue):\n    pass\nasync def main():\n    sem = asyncio.Semaphore(2)\n    print(sem._value)\n";
    for (line, says) in [
        ("print(asyncio.Queue()._queue)", "reading `Queue._queue`"),
        ("print(Q()._getters)", "reading `Queue._getters`"),
        ("print(asyncio.Lock()._waiters)", "reading `Lock._waiters`"),
        (
            "print(asyncio.BoundedSemaphore()._waiters)",
            "reading `BoundedSemaphore._waiters`",
        ),
        (
            "print(asyncio.timeout(1)._state)",
            "reading `Timeout._state`",
        ),
        (
            "print(asyncio.gather(asyncio.sleep(0))._children)",
            "`_GatheringFuture._children`",
        ),
    ] {
        let source = format!("{head}    {line}\nasyncio.run(main())\n");
        let outcome = interleave::run(&parse::program(&source).unwrap(), &RunOptions::default());
        assert_eq!(outcome.stdout, "2\n", "{line}");
        let error = outcome.error.expect("the run must be stopped").to_string();
        assert!(error.contains(says), "{line}: {error}");
    }
    // A priority queue's list is CPython's too.
    let source = "import asyncio\nasync def main():\n    q = asyncio.PriorityQueue()\n    q.put_nowait(2)\n    q.put_nowait(1)\n    print(q._queue)\nasyncio.run(main())\n";
    let outcome = interleave::run(&parse::program(source).unwrap(), &RunOptions::default());
    assert_eq!(outcome.stdout, "[1, 2]\n");
}

/// Where the model of computed defaults and `except` clauses would part
/// from CPython's, the program is refused where it is written: a method's
/// default reading a class attribute (with a `def` inside the method),
/// lambdas in the defaults of two top-level functions (numbered among
/// the module's), and a later `except*` clause that evaluates what it
/// catches (CPython evaluates it with the last match handled).
#[test]
fn computed_defaults_and_except_clauses_are_refused_where_cpython_would_differ() {
    let run = "import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n";
    let cases = [
        (
            "Y = 1\nclass A:\n    Y = 2\n    def m(self, a=Y):\n        def inner():\n            pass\n        return a\n",
            4,
            "this reads `Y`, an attribute the class body bound above",
        ),
        (
            "def f(g=lambda: 1):\n    return g()\ndef h(g=lambda: 2):\n    return g()\n",
            1,
            "a lambda in a default of a top-level function or a method",
        ),
        (
            "def p(c):\n    return c\ntry:\n    pass\nexcept* p(KeyError):\n    pass\nexcept* p(ValueError):\n    pass\n",
            7,
            "an `except*` clause after the first that evaluates what it catches",
        ),
    ];
    for (source, line, says) in cases {
        refused(&format!("{source}{run}"), line, says);
    }
}

#[test]
fn a_task_of_a_closed_loop_given_to_the_next_one_is_refused_where_cpython_would_raise() {
    // CPython raises RuntimeError ("Event loop is closed") from gather, and
    // ValueError ("belongs to a different loop") from wait_for and
    // as_completed: each call its own, which the engine does not model.
    for call in [
        "asyncio.gather(kept[0])",
        "asyncio.wait_for(kept[0], 1)",
        "asyncio.gather(asyncio.sleep(0), kept[0])",
    ] {
        let source = format!("import asyncio\nkept = []\nasync def first():\n    kept.append(asyncio.create_task(asyncio.sleep(0, 'v')))\n    await kept[0]\nasync def second():\n    print('second')\n    print(await {call})\nasyncio.run(first())\nasyncio.run(second())\n");
        let outcome = interleave::run(&parse::program(&source).unwrap(), &RunOptions::default());
        assert_eq!(outcome.stdout, "second\n", "{call}");
        let error = outcome.error.expect("the run must be stopped").to_string();
        assert!(
            error.contains("of an event loop that has closed"),
            "{call}: {error}"
        );
        assert!(error.contains("line 8"), "{call}: {error}");
    }
}
