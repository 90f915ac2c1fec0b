#!/usr/bin/env python3
"""Writes src/closed_world/cpython.rs: what CPython 3.11 itself has.

Interleave models part of Python. For the rest it must answer honestly: a
name CPython has but the engine does not model is refused ("not supported
yet"), and only a name CPython does not have gets CPython's NameError or
AttributeError. Telling the two apart needs CPython's own lists, so they are
read from the interpreter here, checked in, and compared with `python3` by
`tests/closed_world.rs` (which runs this script with --check).

    python3 scripts/closed_world.py          # rewrite the table
    python3 scripts/closed_world.py --check  # exit 1 if it is out of date

What is recorded:
- BUILTINS: the names of the builtins module, in its dict's order (the
  order CPython's "Did you mean" searches them);
- MODULES: dir() of each module a program may import;
- TYPES: dir() of an instance of each type a program's values can have,
  keyed by the type name the engine gives them;
- SIGNATURES: the parameters of each callable the engine runs (the
  CALLABLES table of src/interp/modelled.rs, read from there), from
  inspect.signature, or, where CPython's C code has none, from the
  signature its documentation gives (OVERRIDES below), so that a call
  CPython accepts can be told from one it rejects. Only those: no other
  signature is ever asked for, and the page carries this table.
"""

import ast
import asyncio
import asyncio.tasks
import builtins
import collections
import contextlib
import dataclasses
import functools
import heapq
import inspect
import itertools
import json
import logging
import math
import os
import sys
import textwrap
import types
import random
import re
import time

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "closed_world", "cpython.rs")
MODELLED = os.path.join(os.path.dirname(__file__), "..", "src", "interp", "modelled.rs")


def modelled_callables():
    """The (owner, name) of each entry of modelled.rs's CALLABLES table."""
    return set(modelled_rows())


def asyncio_py_callables():
    """Those of them only asyncio's module has (its rows are marked
    `#[cfg(feature = "asyncio-py")]`): their signatures go in a table of
    their own, which Code mode's module leaves out."""
    return set(modelled_rows(only_asyncio_py=True))


def modelled_rows(only_asyncio_py=False):
    with open(MODELLED) as f:
        text = f.read()
    table = text[text.index("const CALLABLES"):]
    table = table[: table.index("];")]
    pattern = r'(#\[cfg\(feature = "asyncio-py"\)\]\s*)?\(\s*"([^"]+)",\s*"([^"]+)",'
    return [
        (owner, name)
        for gated, owner, name in re.findall(pattern, table)
        if gated or not only_asyncio_py
    ]

# Callables whose C implementation carries no signature: their parameters,
# as the documentation of 3.11 gives them, in inspect's notation. Only the
# ones a program's call must be checked against need to be here; a test
# checks that every callable the engine models has a signature. (`type`
# has none: one argument or three, which no signature says; the engine's
# own code checks its calls.)
OVERRIDES = {
    ("builtins", "bool"): "x=, /",
    ("builtins", "dict"): "mapping=, /, **kwargs",
    ("builtins", "int"): "x=, /, base=",
    ("builtins", "max"): "*args, key=, default=",
    ("builtins", "min"): "*args, key=, default=",
    ("builtins", "next"): "iterator, default=, /",
    ("builtins", "iter"): "object, sentinel=, /",
    ("builtins", "getattr"): "object, name, default=, /",
    ("builtins", "range"): "start, stop=, step=, /",
    ("builtins", "str"): "object=, encoding=, errors=",
    ("builtins", "zip"): "*iterables, strict=",
    ("builtins", "map"): "func, *iterables",
    ("builtins", "filter"): "function, iterable, /",
    ("builtins", "set"): "iterable=, /",
    # A method written in C without a text signature: `coro.close()`
    # takes no argument (`gen_close`, METH_NOARGS).
    ("coroutine", "close"): "/",
    ("set", "add"): "object, /",
    ("set", "clear"): "/",
    ("set", "copy"): "/",
    ("set", "discard"): "object, /",
    ("set", "pop"): "/",
    ("set", "remove"): "object, /",
    ("set", "update"): "*others",
    ("set", "difference"): "*others",
    ("set", "difference_update"): "*others",
    ("set", "intersection"): "*others",
    ("set", "intersection_update"): "*others",
    ("set", "isdisjoint"): "other, /",
    ("set", "issubset"): "other, /",
    ("set", "issuperset"): "other, /",
    ("set", "symmetric_difference"): "other, /",
    ("set", "symmetric_difference_update"): "other, /",
    ("set", "union"): "*others",
    ("builtins", "frozenset"): "iterable=, /",
    ("builtins", "dir"): "object=, /",
    ("builtins", "vars"): "object=, /",
    ("str", "count"): "sub, start=, end=, /",
    ("str", "endswith"): "suffix, start=, end=, /",
    ("str", "find"): "sub, start=, end=, /",
    ("str", "index"): "sub, start=, end=, /",
    ("str", "rfind"): "sub, start=, end=, /",
    ("str", "rindex"): "sub, start=, end=, /",
    ("str", "startswith"): "prefix, start=, end=, /",
    ("str", "format"): "*args, **kwargs",
    ("str", "format_map"): "mapping, /",
    ("dict", "clear"): "/",
    ("dict", "copy"): "/",
    ("dict", "items"): "/",
    ("dict", "keys"): "/",
    ("dict", "values"): "/",
    ("dict", "pop"): "key, default=, /",
    ("dict", "update"): "other=, /, **kwargs",
    ("time", "monotonic"): "/",
    ("time", "perf_counter"): "/",
    ("time", "sleep"): "seconds, /",
    ("time", "time"): "/",
    ("BaseException", "add_note"): "note, /",
    ("BaseException", "with_traceback"): "tb, /",
}


def params(owner, name, fn):
    """The parameters of `fn` in inspect's notation, without self and
    without the defaults' values (only whether there is one matters)."""
    if (owner, name) in OVERRIDES:
        return OVERRIDES[(owner, name)]
    try:
        sig = inspect.signature(fn)
    except (ValueError, TypeError):
        return None
    out = []
    seen_star = False
    ps = list(sig.parameters.values())
    if ps and ps[0].name == "self" and owner not in ("builtins", "asyncio", "time"):
        ps = ps[1:]
    for i, p in enumerate(ps):
        if p.kind is p.VAR_POSITIONAL:
            out.append("*" + p.name)
            seen_star = True
            continue
        if p.kind is p.VAR_KEYWORD:
            out.append("**" + p.name)
            continue
        if p.kind is p.KEYWORD_ONLY and not seen_star:
            out.append("*")
            seen_star = True
        out.append(p.name + ("=" if p.default is not p.empty else ""))
        if p.kind is p.POSITIONAL_ONLY and (
            i + 1 == len(ps) or ps[i + 1].kind is not p.POSITIONAL_ONLY
        ):
            out.append("/")
    if not out:
        out.append("/")
    return ", ".join(out)


def instances():
    """A value of each type the engine's values can have, by the name the
    engine gives that type (`Value::type_name`)."""

    async def coroutine_function():
        pass

    def function():
        pass

    class Probe:
        def method(self):
            pass

    coro = coroutine_function()
    loop = asyncio.new_event_loop()
    d = {1: 2}
    values = {
        "NoneType": None,
        # An instance of a class the program defines has these, with
        # `__dict__`, `__module__` and `__weakref__` (src/value/class.rs).
        "object": object(),
        "bool": True,
        "int": 1,
        "float": 1.0,
        "str": "",
        "list": [],
        "tuple": (),
        "dict": d,
        "set": set(),
        "dict_keys": d.keys(),
        "dict_values": d.values(),
        "dict_items": d.items(),
        "range": range(1),
        "range_iterator": iter(range(1)),
        "list_iterator": iter([]),
        "tuple_iterator": iter(()),
        "enumerate": enumerate([]),
        "zip": zip(),
        # What every class has from its metaclass (`int.__qualname__`,
        # `ValueError.mro`): dir(type), as a class is an instance of type.
        "type": type,
        "function": function,
        # A function read from an instance, and `functools.partial(f)`.
        "method": Probe().method,
        "partial": functools.partial(function),
        "builtin_function_or_method": print,
        "coroutine": coro,
        "Task": asyncio.Task,
        "Future": asyncio.Future,
        "_GatheringFuture": asyncio.tasks._GatheringFuture([], loop=loop),
        # C types the library writes as classes (src/asyncio_py), by the
        # name CPython's messages give them: what CPython's has and the
        # class lacks is refused, not an AttributeError.
        "_io.TextIOWrapper": sys.stdout,
        "collections.deque": collections.deque(),
    }
    for name, value in vars(builtins).items():
        if isinstance(value, type) and issubclass(value, BaseException):
            # The class's dir() is its instances' (their attributes are
            # descriptors of the class), and needs no arguments to make.
            values[name] = value
    values["CancelledError"] = asyncio.CancelledError
    values["InvalidStateError"] = asyncio.InvalidStateError
    table = {name: sorted(dir(v)) for name, v in values.items()}
    # A gather's own attributes (`_children`, `_cancel_requested`), which
    # dir() of an instance of this Python subclass of a C type leaves out.
    gathering = asyncio.tasks._GatheringFuture
    table["_GatheringFuture"] = sorted(set(table["_GatheringFuture"]) | set_on_self(gathering.__init__))
    coro.close()
    loop.close()
    return table


def set_on_self(method):
    """The attributes `method` assigns on `self`."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    return {
        target.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"
    }


EXCEPTION_TYPES = {
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
} | {"CancelledError", "InvalidStateError"}

EXCEPTIONS = os.path.join(os.path.dirname(__file__), "..", "src", "value", "exception.rs")


def exception_classes():
    """The exception classes the engine has (`ExcKind::ALL`, and
    `KeyboardInterrupt`, which only an `except` names), each with whether
    only asyncio's module has it (`#[cfg(feature = "asyncio-py")]`)."""
    with open(EXCEPTIONS) as f:
        text = f.read()
    table = text[text.index("pub const ALL"):]
    table = table[: table.index("];")]
    pattern = r'(#\[cfg\(feature = "asyncio-py"\)\]\s*)?(?:#\[cfg\([^)]*\)\]\s*)?ExcKind::(\w+),'
    found = {name: bool(gated) for gated, name in re.findall(pattern, table)}
    found["KeyboardInterrupt"] = False
    return found


def signatures():
    owners = [
        ("builtins", builtins),
        ("str", str),
        ("list", list),
        ("dict", dict),
        ("set", set),
        ("tuple", tuple),
        ("int", int),
        ("float", float),
        ("Task", asyncio.Task),
        ("asyncio", asyncio),
        ("time", time),
        ("BaseException", BaseException),
        ("coroutine", types.CoroutineType),
    ]
    out = []
    wanted = modelled_callables()
    for owner, obj in owners:
        for name in dir(obj):
            if (owner, name) not in wanted:
                continue
            if name.startswith("_"):
                continue
            fn = getattr(obj, name)
            if not callable(fn):
                continue
            if isinstance(fn, type) and issubclass(fn, BaseException):
                continue
            sig = params(owner, name, fn)
            if sig is not None:
                out.append((owner, name, sig))
    return out


def rust_list(names):
    # One string, the names separated by spaces (`Names`): a table of
    # string slices would cost 8 bytes a name in the wasm, which compress
    # poorly.
    assert all(" " not in n for n in names)
    return 'Names("%s")' % " ".join(names)


def render():
    version = "%d.%d.%d" % sys.version_info[:3]
    lines = [
        "//! What CPython %s has, read from the interpreter by" % version,
        "//! `scripts/closed_world.py`: do not edit; rerun the script.",
        "//! `tests/closed_world.rs` fails when this disagrees with `python3`.",
        "",
        "use super::Names;",
        "",
        "/// The builtins module's names, in its dict's order.",
        "pub(super) const BUILTINS: Names = %s;" % rust_list(list(vars(builtins))),
        "",
        "/// `dir()` of each module a program may import. (Those that come",
        "/// with asyncio's module only: Code mode's first module refuses",
        "/// importing them as needing it, and never asks.)",
        "pub(super) const MODULES: &[(&str, Names)] = &[",
        '    ("asyncio", %s),' % rust_list(dir(asyncio)),
        '    ("time", %s),' % rust_list(dir(time)),
        '    ("functools", %s),' % rust_list(dir(functools)),
    ]
    for name, module in [
        ("random", random),
        ("dataclasses", dataclasses),
        ("heapq", heapq),
        ("asyncio.exceptions", asyncio.exceptions),
        ("contextlib", contextlib),
        ("itertools", itertools),
        ("sys", sys),
        ("math", math),
        ("collections", collections),
        ("json", json),
        ("logging", logging),
    ]:
        lines.append('    #[cfg(feature = "asyncio-py")]')
        lines.append('    ("%s", %s),' % (name, rust_list(dir(module))))
    lines += [
        "];",
        "",
    ]
    # Identical lists (most exception classes have BaseException's) are
    # written once. An exception class the engine has no instance of
    # (`ExcKind`) is left out. The table is asyncio's module's only: Code
    # mode's first module, whose size is budgeted, hands an attribute it
    # does not model over to that module (`interp::modelled`).
    classes = exception_classes()
    rows = []
    for type_name, names in sorted(instances().items()):
        if type_name in EXCEPTION_TYPES and type_name not in classes:
            continue
        rows.append((type_name, tuple(names), classes.get(type_name, False)))
    shared = {}
    consts = []
    entries = []
    for type_name, key, gated in rows:
        if key not in shared:
            shared[key] = "DIR_%d" % len(shared)
            cfg = '#[cfg(feature = "asyncio-py")]\n'
            consts.append("%sconst %s: Names = %s;" % (cfg, shared[key], rust_list(list(key))))
        cfg = '    #[cfg(feature = "asyncio-py")]\n' if gated else ""
        entries.append('%s    ("%s", %s),' % (cfg, type_name, shared[key]))
    lines += consts
    lines += [
        "",
        "/// `dir()` of an instance of each type, by the engine's name for it.",
        '#[cfg(feature = "asyncio-py")]',
        "pub(super) const TYPES: &[(&str, Names)] = &[",
        *entries,
        "];",
        "",
        "/// The parameters of each callable the engine runs, a line each:",
        "/// `owner.name(parameters)`, in inspect's notation without self or the",
        "/// defaults' values.",
        "pub(super) const SIGNATURES: &str = \"\\",
    ]
    only_asyncio_py = asyncio_py_callables()
    both = [s for s in signatures() if s[:2] not in only_asyncio_py]
    theirs = [s for s in signatures() if s[:2] in only_asyncio_py]
    for owner, name, sig in both:
        lines.append("%s.%s(%s)\\n\\" % (owner, name, sig))
    lines.append('";')
    lines += [
        "",
        "/// The same, for the callables only asyncio's module runs.",
        '#[cfg(feature = "asyncio-py")]',
        "pub(super) const ASYNCIO_PY_SIGNATURES: &str = \"\\",
    ]
    for owner, name, sig in theirs:
        lines.append("%s.%s(%s)\\n\\" % (owner, name, sig))
    lines.append('";')
    return "\n".join(lines) + "\n"


def main():
    text = render()
    if "--check" in sys.argv:
        with open(OUT) as f:
            if f.read() != text:
                print(
                    "src/closed_world/cpython.rs does not match this python3 (%s); "
                    "run `python3 scripts/closed_world.py` with CPython 3.11 to rewrite it"
                    % sys.version.split()[0],
                    file=sys.stderr,
                )
                sys.exit(1)
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
