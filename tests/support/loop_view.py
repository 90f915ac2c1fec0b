"""The loop's state between two iterations, read from CPython's own objects.

`install()` wraps `BaseEventLoop._run_once` so that, as each iteration
begins, it prints what the loop holds then: the ready queue in order (each
callback said by what it is for), the timers in deadline order and every
pending task with what it waits on and the line it is paused at; and
`Handle._run`, so that it prints the same before each callback, with the
callback and which of those queued still run in this iteration. The text
is the format `interleave step --callbacks` prints for the engine
(`src/engine/view.rs` says what each line means), so the two compare line
by line.

It reads attributes only (`_ready`, `_scheduled`, `_fut_waiter`,
`_children`, `cr_frame`, `cr_await`, and `f_locals`, whose copy it
empties again): nothing it does changes what the program does or when
anything is freed.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.tasks
import collections
import functools
import gc
import heapq
import inspect
import os
import re
import reprlib
import types
import sys
import weakref

import virtual_threads

_iteration = 0


def _time(seconds):
    micros = (round(seconds * 1e9) + 500) // 1000
    return f"{micros // 1_000_000}.{micros % 1_000_000:06}"


virtual_threads._format_time = _time


def _describe(fut, loop, waiting):
    if isinstance(fut, asyncio.Task):
        return fut.get_name()
    children = getattr(fut, "_children", None)
    if children is not None:
        return "gather(" + ", ".join(_describe(c, loop, waiting) for c in children) + ")"
    for timer in loop._scheduled:
        if not timer._cancelled and timer._args and timer._args[0] is fut:
            return "future due at " + _time(timer._when)
    return "future"


def _done(fut, loop, waiting):
    # Why a done-callback runs: the future finished, or was cancelled.
    return _describe(fut, loop, waiting) + (" cancelled" if fut.cancelled() else " done")


def _entry(handle, loop, waiting):
    callback, args = handle._callback, handle._args or ()
    owner = getattr(callback, "__self__", None)
    name = getattr(callback, "__qualname__", "") or ""
    if isinstance(handle, asyncio.TimerHandle) and name in ("_set_result_unless_cancelled", "_release_waiter"):
        # A sleep's `_set_result_unless_cancelled(fut, None)`, or
        # `wait_for`'s `_release_waiter(waiter)`: both complete the future.
        return f"timer: {_describe(args[0], loop, waiting)} due"
    if type(callback).__name__ == "TaskStepMethWrapper":
        return f"step {owner.get_name()}"
    if name.endswith("task_wakeup") or name.endswith("__wakeup"):
        return f"wake {owner.get_name()}: {_done(args[0], loop, waiting)}"
    if name == "gather.<locals>._done_callback":
        return f"gather callback: {_done(args[0], loop, waiting)}"
    if name == "_run_until_complete_cb":
        return f"stop the loop: {_done(args[0], loop, waiting)}"
    if isinstance(callback, functools.partial) and callback.func.__name__ == "_release_waiter":
        return f"release wait_for's waiter: {_done(args[0], loop, waiting)}"
    # asyncio's finalizer hook: `call_soon_threadsafe(self.create_task,
    # agen.aclose())` (the harness wraps `create_task`), and the reader of
    # the self-pipe that call wrote to.
    if name.endswith("create_task") or name == "_create_task_in_order":
        return f"create a task to close {_closed_generator(args[0]).__qualname__}()"
    if name.endswith("_read_from_self"):
        return "read the self-pipe"
    # The program's own callbacks (`loop.call_soon`, `call_later`,
    # `add_done_callback`), and those of asyncio's modules written in
    # Python, which the engine runs as Python too: by their qualified name.
    return f"call {name or type(callback).__name__}()"


def _closed_generator(awaitable):
    """The async generator an `aclose()` or `__anext__()` object steps: it
    shows it only to the garbage collector."""
    return next(r for r in gc.get_referents(awaitable) if inspect.isasyncgen(r))


# The order tasks were made in (`install`).
_task_order = None

# How much of a variable's repr a view shows (`VALUE_LIMIT` in view.rs).
_VALUE_LIMIT = 100


# The modules whose objects the engine's view shows with `object`'s repr:
# the program's, and asyncio's modules written in Python, which the engine
# runs as Python too (src/asyncio_py, whose MODULES lists them).
_PROGRAM_MODULES = (
    "__main__", "asyncio.locks", "asyncio.queues", "asyncio.taskgroups", "asyncio.timeouts",
    "contextlib", "itertools", "logging", "_io",
)


def _repr_upto(value, out, budget, active):
    """Appends `repr(value)` to `out` (a list of pieces), stopping soon
    after `budget` characters: a list of ten thousand tasks costs no more
    than a short one. Lists, tuples, dicts and sets are written here as their
    own repr writes them (`[...]` for one inside itself); anything else
    is its repr; the program's objects show `object`'s (or
    `BaseException`'s) repr, as the engine's view runs no code of the
    program's (a `__repr__` that printed would print as one looks)."""
    # A set (the harness's own `_InOrder` too) is written as one.
    kind = set if isinstance(value, set) else type(value)
    if kind is set and not value:
        out.append("set()")
        return
    # asyncio's modules written in Python are run by the engine as Python
    # too (src/asyncio_py, whose MODULES lists them): their objects show
    # `object`'s repr as well.
    if kind.__module__ in _PROGRAM_MODULES:
        base = BaseException if isinstance(value, BaseException) else object
        out.append(base.__repr__(value))
        return
    if isinstance(value, types.MethodType) and type(value.__self__).__module__ == "__main__":
        out.append(f"<bound method {value.__func__.__qualname__} of ")
        _repr_upto(value.__self__, out, budget, active)
        out.append(">")
        return
    if kind not in (list, tuple, dict, set):
        out.append(repr(value))
        return
    if id(value) in active:
        out.append({list: "[...]", tuple: "(...)", dict: "{...}"}[kind])
        return
    active.add(id(value))
    left, right = {list: "[]", tuple: "()", dict: "{}", set: "{}"}[kind]
    out.append(left)
    items = value.items() if kind is dict else value
    unordered = False
    if kind is set:
        # A set of tasks in the order they were made, as the engine orders
        # a set of futures (src/value/set.rs); CPython's is by address.
        items = list(value)
        if all(isinstance(m, asyncio.Future) for m in items):
            items.sort(key=_task_order)
        elif _order_from_hashes(items):
            # The engine's view claims no order it cannot know: sorted by
            # repr, and said so (`UNORDERED` in src/value/format.rs).
            items.sort(key=repr)
            unordered = True
    for i, item in enumerate(items):
        if sum(map(len, out)) > budget:
            break
        if i:
            out.append(", ")
        if kind is dict:
            _repr_upto(item[0], out, budget, active)
            out.append(": ")
            item = item[1]
        _repr_upto(item, out, budget, active)
    else:
        if kind is tuple and len(value) == 1:
            out.append(",")
        out.append(right)
        if unordered:
            out.append(" (order not modelled)")
    active.discard(id(value))


def _order_from_hashes(members):
    """Whether CPython's order of a set of `members` comes from hashes the
    engine does not model (`Order::Unknown` in src/value/set.rs): two or
    more, not all ints (bools among them), not all hashed by identity."""
    if len(members) < 2 or all(type(m) in (int, bool) for m in members):
        return False
    by_identity = (
        asyncio.Future,
        asyncio.AbstractEventLoop,
        asyncio.Handle,
        types.CoroutineType,
        types.FunctionType,
        types.GeneratorType,
        types.AsyncGeneratorType,
        BaseException,
    )
    return not all(
        isinstance(m, by_identity) or type(m).__module__ == "__main__" for m in members
    )


def _mask(text):
    """A repr with the file paths and memory addresses CPython writes in
    reprs (`at 0x7f3a…`, `running at /path/prog.py:12`, a module's `from
    '/path'`) written `…`, as the engine writes them: no model can know
    them. Also inside strings, which may hold such a repr (`r =
    repr(task)`); a string that merely says `at 0xab` is left alone."""
    text = re.sub(r" at 0x[0-9a-f]{8,}", " at 0x…", text)
    text = re.sub(r"\.\.\.x[0-9a-f]{8,}>", "...x…>", text)
    text = re.sub(r" at /[^>\],]*\.py:\d+", " at …", text)
    return re.sub(r" from '/[^']*'", " from '…'", text)


def _value(value):
    """A variable as the engine's view shows it: its repr, objects' paths
    and addresses masked (`_mask`), cut at `_VALUE_LIMIT` characters."""
    out = []
    # A future's repr shows its result through `reprlib`, which would run
    # the program's `__repr__`: the view runs none, as the engine's.
    aRepr = reprlib.aRepr
    shown = aRepr.repr_instance

    def repr_instance(x, level):
        if type(x).__module__ not in _PROGRAM_MODULES:
            return shown(x, level)
        s = (BaseException if isinstance(x, BaseException) else object).__repr__(x)
        if len(s) > aRepr.maxother:
            i = max(0, (aRepr.maxother - 3) // 2)
            j = max(0, aRepr.maxother - 3 - i)
            s = s[:i] + "..." + s[len(s) - j:]
        return s

    aRepr.repr_instance = repr_instance
    try:
        # Paths shrink to one character: write well past the limit.
        _repr_upto(value, out, 40 * _VALUE_LIMIT, set())
    finally:
        del aRepr.repr_instance
    text = _mask("".join(out))
    return text if len(text) <= _VALUE_LIMIT else text[:_VALUE_LIMIT] + "…"


def _locals(frame):
    """The frame's bound variables, in `f_locals`' order. `f_locals`
    copies them into a dict the frame keeps; emptying it again leaves no
    reference behind, so nothing lives longer than it would have."""
    names = frame.f_locals
    shown = [(name, _value(value)) for name, value in names.items()]
    names.clear()
    return shown


def _frames(coro, script):
    """The program's own frames of a paused coroutine: its own, then each
    coroutine it awaits (`cr_await`), down to a future. asyncio's own
    coroutines on the way (`sleep`, `wait_for` awaiting a coroutine
    itself) are passed through. An async comprehension's own frame is
    shown, as the engine runs it too: 3.11 runs `[await f(x) for x in
    xs]` as a `<listcomp>` coroutine, with `.0` and its variables."""
    frames, waits_in = [], None
    while inspect.iscoroutine(coro):
        frame = coro.cr_frame
        if frame is None:
            break
        ours = os.path.abspath(frame.f_code.co_filename) == script
        if ours:
            frames.append(frame)
        if waits_in is None:
            waits_in = _primitive(frame)
        coro = coro.cr_await
    return frames, waits_in or ""


# The primitives of asyncio's Python half a task can wait in: the
# engine's `trace::PRIMITIVES`.
_PRIMITIVES = {"Lock", "Semaphore", "BoundedSemaphore", "Queue", "LifoQueue",
               "PriorityQueue", "Event", "Condition", "Barrier"}


def _asyncio_code():
    """asyncio's Python code (every function's, and the functions defined
    in them), each code object with whether it is a method whose frame's
    `self` says what a task waits in (first variable `self`, and no cells:
    in 3.11 reading `f_locals` where a frame has cells writes them back).
    Worked out before the program runs, so that looking a frame up makes
    no objects while it runs."""
    directory = os.path.dirname(os.path.abspath(asyncio.__file__))
    kinds = {}
    todo = [f.__code__ for f in gc.get_objects() if isinstance(f, types.FunctionType)]
    while todo:
        code = todo.pop()
        if code in kinds or os.path.dirname(os.path.abspath(code.co_filename)) != directory:
            continue
        kinds[code] = (not code.co_cellvars and not code.co_freevars
                       and code.co_varnames[:1] == ("self",))
        todo.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    return kinds


_ASYNCIO_CODE = _asyncio_code()


def _primitive(frame):
    """For `_frames`, walking a task's coroutines from its own: `None`
    until the first that runs asyncio's code, which decides what the task
    waits in (` in Lock`), by the class of its `self` or the asyncio class
    that one derives from, as the program called it (`q.join()` waits in
    the queue); else `""`."""
    method = _ASYNCIO_CODE.get(frame.f_code)
    if method is None:
        return None
    if not method:
        return ""
    this = frame.f_locals.get("self")
    name = _library_class(this, _PRIMITIVES) if this is not None else None
    return f" in {name}" if name else ""


# What the view's `primitives` section shows: the primitives, and task
# groups (`engine::primitives::shown`).
_SHOWN = _PRIMITIVES | {"TaskGroup"}


def _library_class(obj, names):
    """The first asyncio class among `names` up `obj`'s MRO, the most
    derived first (a `BoundedSemaphore` is one, not a `Semaphore`), or
    None: as `ClassObj::library_class`."""
    for cls in type(obj).__mro__:
        if cls.__name__ in names and cls.__module__.startswith("asyncio."):
            return cls.__name__
    return None


def _primitive_class(obj):
    """The class `obj` shows as in the `primitives` section, or None."""
    return _library_class(obj, _SHOWN)


# Every primitive made, weakly, with its class, in the order made (as
# `engine::primitives::Made` keeps them).
_made = []


def _note_made(init):
    def __init__(self, *args, **kwargs):
        if not any(ref() is self for ref, _ in _made):
            _made.append((weakref.ref(self), _primitive_class(self)))
        init(self, *args, **kwargs)
    return __init__


for _cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
             asyncio.Barrier, asyncio.Queue, asyncio.TaskGroup):
    _cls.__init__ = _note_made(_cls.__init__)


def _in_play(obj, name):
    """As `in_play` in src/engine/primitives.rs: a task group only between
    its `async with` and its tasks' end."""
    return name != "TaskGroup" or (obj._entered and (not obj._exiting or bool(obj._tasks)))


def _held(value, out):
    """As `held_by` in src/engine/primitives.rs: the ids of the primitives
    `value` holds, itself or one level down (the items of a list, tuple,
    dict's values or set, an object of the program's class's attributes)."""
    def one(v):
        if _primitive_class(v) is not None:
            out.add(id(v))
    one(value)
    if type(value) in (list, tuple) or isinstance(value, set):
        for v in value:
            one(v)
    elif type(value) is dict:
        for v in value.values():
            one(v)
    elif (type(value).__module__ == "__main__" and not isinstance(value, BaseException)
          and hasattr(value, "__dict__")):
        for v in vars(value).values():
            one(v)


def _reached(tasks, script):
    """The ids of the primitives the program reaches: from the module's
    variables, and those of each started task's frames the view shows."""
    out = set()
    for v in list(vars(sys.modules["__main__"]).values()):
        _held(v, out)
    for task in tasks:
        coro = task.get_coro()
        if not inspect.iscoroutine(coro) or inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
            continue
        frames, _ = _frames(coro, script)
        for frame in frames:
            names = frame.f_locals
            for v in names.values():
                _held(v, out)
            names.clear()
    return out


def _primitives(waiting, reached):
    """The lines of the view's `primitives` section: each live primitive
    not held by another (a queue's Event, a condition's Lock), its state
    read from its attributes, and the tasks waiting in it."""
    live = [(obj, name) for ref, name in _made if (obj := ref()) is not None]
    held = {id(v) for obj, _ in live for v in vars(obj).values()}
    shown = [(obj, name) for obj, name in live
             if id(obj) in reached and id(obj) not in held and _in_play(obj, name)]

    def tasks(waiters):
        return [waiting[id(f)].get_name() if id(f) in waiting else "-" for f in waiters or ()]

    lines = []
    for obj, name in shown:
        if name == "TaskGroup":
            parent = obj._parent_task
            state = f"in {parent.get_name()}" if parent is not None else "not entered"
            if obj._aborting:
                state += ", cancelling"
            if obj._errors:
                state += f", {len(obj._errors)} failed"
            # A set, by address: in creation order, as the engine's list.
            groups = [("tasks", sorted(obj._tasks, key=_task_order))]
        elif name == "Lock":
            state, groups = "locked" if obj._locked else "unlocked", [("waiting", obj._waiters)]
        elif name in ("Semaphore", "BoundedSemaphore"):
            state, groups = f"value {obj._value}", [("waiting", obj._waiters)]
        elif name == "Event":
            state, groups = "set" if obj._value else "unset", [("waiting", obj._waiters)]
        elif name == "Condition":
            state = "locked" if obj._lock._locked else "unlocked"
            groups = [("waiting", obj._waiters)]
        elif name == "Barrier":
            filling = obj._state.value == "filling"
            state = f"{obj._state.value}, {obj._count if filling else 0} of {obj._parties}"
            groups = [("waiting", obj._cond._waiters)]
        else:
            state = f"items {_value(list(obj._queue))}"
            if obj._maxsize > 0:
                state += f" of at most {obj._maxsize}"
            state += f", {obj._unfinished_tasks} unfinished"
            groups = [("get", obj._getters), ("put", obj._putters),
                      ("join", obj._finished._waiters)]
        # Numbered among those shown of its class, when there are more.
        same = [o for o, n in shown if n == name]
        number = f" #{same.index(obj) + 1}" if len(same) > 1 else ""
        text = f"{name}{number}: {state}"
        for what, waiters in groups:
            if waiters:
                names = [t.get_name() for t in waiters] if what == "tasks" else tasks(waiters)
                text += f"; {what}: " + ", ".join(names)
        lines.append(text)
    return lines


def _task(task, loop, waiting, script):
    coro = task.get_coro()
    # A task of an async generator's step (`__anext__()`) or of its closing
    # (`aclose()`): neither object has a name or a frame of its own, and
    # it is started once the generator awaits inside.
    stepping = {"async_generator_athrow": "aclose", "async_generator_asend": "__anext__"}
    if type(coro).__name__ in stepping:
        head = f"{task.get_name()} {stepping[type(coro).__name__]}()"
        if _closed_generator(coro).ag_await is None:
            return head + ": not started"
        waiter = task._fut_waiter
        if waiter is not None:
            return head + f": waiting on {_describe(waiter, loop, waiting)}"
        return head + ": ready"
    head = f"{task.get_name()} {coro.__name__}()"
    if inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
        return head + ": not started"
    frames, waits_in = _frames(coro, script)
    line = f", line {frames[0].f_lineno}" if frames else ""
    waiter = task._fut_waiter
    if waiter is not None:
        text = head + f": waiting on {_describe(waiter, loop, waiting)}{waits_in}{line}"
    else:
        text = head + f": ready{line}"
    for depth, frame in enumerate(frames):
        indent = "    " if depth == 0 else "      "
        if depth:
            text += f"\n    in {frame.f_code.co_name}(), line {frame.f_lineno}"
        for name, value in _locals(frame):
            text += f"\n{indent}{name} = {value}"
    return text


class _Ready(collections.deque):
    """The loop's ready queue, counting what `_run_once` takes from it: the
    first take of an iteration finds exactly the iteration's callbacks
    (CPython's `ntodo`), due timers included."""

    def begin(self):
        self.ntodo = None
        self.taken = 0

    def popleft(self):
        if self.ntodo is None:
            self.ntodo = len(self)
        self.taken += 1
        return super().popleft()


def view(loop, order, script, running=None):
    tasks = sorted((t for t in asyncio.tasks._all_tasks if not t.done()), key=order)
    waiting = {id(t._fut_waiter): t for t in tasks if t._fut_waiter is not None}
    queued = list(loop._ready)
    if running is None:
        lines = [f"== iteration {_iteration} at {_time(loop.time())}"]
        left = len(queued)
    else:
        ready = loop._ready
        lines = [
            f"-- iteration {_iteration}, callback {ready.taken} of {ready.ntodo}, at {_time(loop.time())}",
            "running: " + _entry(running, loop, waiting),
        ]
        left = ready.ntodo - ready.taken
    this_iteration = sum(1 for h in queued[:left] if not h._cancelled)
    ready = [_entry(h, loop, waiting) for h in queued if not h._cancelled]
    if running is not None and this_iteration < len(ready):
        ready.insert(this_iteration, "(next iteration)")
    lines.append("ready:" + ("" if ready else " none"))
    lines += ["  " + e for e in ready]
    # In the order they fire: the heap popped, on a copy.
    heap = list(loop._scheduled)
    popped = [heapq.heappop(heap) for _ in range(len(heap))]
    timers = [h for h in popped if not h._cancelled]
    lines.append("timers:" + ("" if timers else " none"))
    for h in timers:
        name = getattr(h._callback, "__qualname__", "") or ""
        if name not in ("_set_result_unless_cancelled", "_release_waiter"):
            # A function's timer (`call_later`, a `timeout()`'s
            # `Timeout._on_timeout`), named as the ready queue names it.
            lines.append(f"  {_time(h._when)} call {name or type(h._callback).__name__}()")
            continue
        fut = h._args[0] if h._args else None
        owner = waiting.get(id(fut))
        lines.append(f"  {_time(h._when)} for {owner.get_name() if owner else '-'}")
    primitives = _primitives(waiting, _reached(tasks, script))
    if primitives:
        lines.append("primitives:")
        lines += ["  " + p for p in primitives]
    threads = virtual_threads.views(loop)
    if threads:
        lines.append("threads:")
        lines += ["  " + t for t in threads]
    lines.append("tasks:" + ("" if tasks else " none"))
    lines += ["  " + _task(t, loop, waiting, script) for t in tasks]
    print("\n".join(lines), flush=True)


def install(order):
    global _task_order
    _task_order = order
    script = None
    run_once = asyncio.base_events.BaseEventLoop._run_once
    run_handle = asyncio.events.Handle._run

    def _run_once(self):
        global _iteration
        nonlocal script
        if script is None:
            script = os.path.abspath(sys.argv[0])
        if not isinstance(self._ready, _Ready):
            self._ready = _Ready(self._ready)
        _iteration += 1
        view(self, order, script)
        self._ready.begin()
        run_once(self)

    def _run(self):
        # Only callbacks `_run_once` runs: its own loop's.
        if isinstance(self._loop._ready, _Ready) and self._loop._ready.ntodo is not None:
            view(self._loop, order, script, running=self)
        run_handle(self)

    asyncio.base_events.BaseEventLoop._run_once = _run_once
    asyncio.events.Handle._run = _run
