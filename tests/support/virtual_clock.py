"""Run a Python program under CPython's own asyncio, with a virtual clock.

Usage: python3 virtual_clock.py PROGRAM.py

Only the clock is replaced: the event loop's time() reads a counter, waiting
in select() moves the counter to the deadline instead of sleeping, and
time.sleep() moves it too; time.perf_counter(), time.monotonic() and time.time() read
it. Everything else (the ready queue, tasks, gather,
asyncio.run's shutdown, tracebacks) is CPython's own code, unchanged.

Timers with equal deadlines, which a real clock never produces from two
readings, fire in the order they were scheduled, as they would on a real
clock. A deadline the program gives `call_at` (or `timeout_at`) from one
reading it made before (`deadline = loop.time() + 5`, shared) is one float
on the real clock too: those ties keep heapq's own order. A reading counts
when the program makes it, or `timeout(delay)` (`loop.time() + delay`);
asyncio's other readings only compare (the engine's `timers::Entry::exact`).

asyncio.run cancels the tasks still pending at the end in the order of a
set of Task objects, and a Task hashes by its memory address: that order
varies between machines, between this harness and plain python3, and even
between two runs of the same program (eight tasks' `finally` blocks printed
`0 5 3 1 6 2 4 7` and `0 5 3 6 1 2 4 7` on this machine). No model can
predict an address, so the engine cancels in creation order, one of the
orders CPython produces, and here `all_tasks()` answers in creation order
too. Everything the tasks then do is CPython's own code.

Why: on a loaded machine, real time jitters by tens of milliseconds, and two
timers a few milliseconds apart can fire in either order. The virtual clock
makes CPython deterministic, so hundreds of random programs can be compared
with the engine without flakes. Presets and edge cases are also compared
against plain python3 on the real clock.
"""

import asyncio.base_events
import asyncio.events
import asyncio.tasks
import asyncio.taskgroups
import itertools
import runpy
import selectors
import sys
import time
import virtual_threads
import weakref

_now = 0.0


_reads = 0


def _loop_time(self):
    # Who reads the clock: the program (`__main__`), or
    # `asyncio.timeouts.timeout`; not asyncio's other code, nor the
    # harness's loop view.
    global _reads
    caller = sys._getframe(1)
    module = caller.f_globals.get("__name__", "")
    if module == "__main__" or (module == "asyncio.timeouts" and caller.f_code.co_name == "timeout"):
        _reads += 1
    return _now


def _program_clock():
    global _reads
    _reads += 1
    return _now


def _set_now(now):
    global _now
    _now = now


class _VirtualSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        global _now
        if timeout != 0 and virtual_threads.active():
            loop = asyncio.events._get_running_loop()
            # Until the first timer, by its own deadline (`_now + timeout`
            # may miss it in the last bit) and its order among the timers.
            first = loop._scheduled[0] if loop._scheduled and timeout is not None else None
            deadline = (first._when, first._order) if first else None
            _now = virtual_threads.wait(_now, deadline, lambda: bool(super(_VirtualSelector, self).select(0)))
            return super().select(0)
        if timeout is None:
            raise SystemExit("virtual_clock: the loop would wait forever (a deadlock)")
        if timeout > 0:
            _now += timeout
        return super().select(0)


# asyncio's logger names the loop's selector as each loop is made
# ("Using selector: EpollSelector"): this one keeps the name of the one it
# stands in for.
_VirtualSelector.__name__ = selectors.DefaultSelector.__name__
_VirtualSelector.__qualname__ = selectors.DefaultSelector.__qualname__


def _sleep(seconds):
    global _now
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    thread = virtual_threads.current()
    if thread is not None:
        thread.sleep(_now, seconds)
    elif virtual_threads.active():
        _now = virtual_threads.block(_now, seconds)
    else:
        _now += seconds


_order = itertools.count()


class _OrderedTimerHandle(asyncio.events.TimerHandle):
    __slots__ = ("_order", "_exact")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._order = next(_order)
        # Made by `call_at` called by the program or by a Timeout, not by
        # `call_later`: the deadline is one the program's reading gave.
        maker = sys._getframe(1)
        caller = maker.f_back
        exact = maker.f_code.co_name == "call_at" and caller is not None and caller.f_code.co_name != "call_later"
        self._exact = _reads if exact else None

    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        if self._exact is not None and self._exact == other._exact:
            return False
        return self._order < other._order

    def __le__(self, other):
        return (self._when, self._order) <= (other._when, other._order)

    def __gt__(self, other):
        return (self._when, self._order) > (other._when, other._order)

    def __ge__(self, other):
        return (self._when, self._order) >= (other._when, other._order)


# Named and placed as the class it stands for: a program printing a timer
# handle sees CPython's `<TimerHandle when=...>`.
_OrderedTimerHandle.__name__ = _OrderedTimerHandle.__qualname__ = "TimerHandle"
_OrderedTimerHandle.__module__ = "asyncio.events"
asyncio.events.TimerHandle = _OrderedTimerHandle
virtual_threads.install(_order, _set_now)
asyncio.base_events.BaseEventLoop.time = _loop_time
selectors.DefaultSelector = _VirtualSelector
time.sleep = _sleep
_created = weakref.WeakKeyDictionary()
_create_task = asyncio.base_events.BaseEventLoop.create_task
_all_tasks = asyncio.tasks.all_tasks


def _create_task_in_order(self, *args, **kwargs):
    task = _create_task(self, *args, **kwargs)
    _created[task] = next(_order)
    return task


class _InOrder(set):
    """A set iterated and printed in the order its members were added,
    tasks in the order they were made, as the engine orders a set of
    futures (src/value/set.rs)."""

    def __init__(self, items=()):
        super().__init__()
        self._order = []
        for item in items:
            self.add(item)

    def add(self, item):
        if item not in self:
            self._order.append(item)
        super().add(item)

    def __iter__(self):
        members = [item for item in self._order if item in self]
        if all(isinstance(m, asyncio.Task) for m in members):
            members.sort(key=lambda t: _created.get(t, float("inf")))
        return iter(members)

    def __repr__(self):
        return "{%s}" % ", ".join(map(repr, self)) if self else "set()"

    def __del__(self):
        # CPython's set_dealloc lets go of the members in table order (by
        # memory address for tasks): in iteration order here, as the
        # engine frees a set (src/value/set.rs), which decides the order
        # of "Task exception was never retrieved" when the set held the
        # last of several failed tasks.
        members = list(self)
        self._order.clear()
        super().clear()
        while members:
            members.pop(0)


def _all_tasks_in_order(loop=None):
    # In creation order, as the engine gives them (src/interp/builtins.rs).
    return _InOrder(sorted(_all_tasks(loop), key=lambda t: _created.get(t, float("inf"))))


asyncio.base_events.BaseEventLoop.create_task = _create_task_in_order


def _abort_in_order(self):
    # TaskGroup._abort cancels the group's tasks in the order of a set of
    # Task objects (by memory address): in creation order here, one of the
    # orders CPython produces, which the engine follows
    # (src/asyncio_py/taskgroups.py).
    self._aborting = True
    for t in sorted(self._tasks, key=lambda t: _created.get(t, float("inf"))):
        if not t.done():
            t.cancel()


asyncio.taskgroups.TaskGroup._abort = _abort_in_order


# wait() keeps its futures in a set (`set(fs)`, a global of asyncio.tasks)
# and adds its done-callback to each in that set's order, by memory
# address: which of two done futures' callbacks runs first then depends on
# where they were allocated. In the order the set holds them here (tasks in
# creation order), as the engine's sets of futures (src/value/set.rs).
asyncio.tasks.set = _InOrder

_wait = asyncio.tasks.wait


async def _wait_in_order(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    # wait() keeps its futures in a set and returns its (done, pending)
    # sets, iterated in their members' memory addresses' order: in the
    # order given here, one of the orders CPython produces, which the
    # engine follows (src/asyncio_py/tasks.py).
    if not (asyncio.isfuture(fs) or asyncio.iscoroutine(fs)):
        fs = list(dict.fromkeys(fs))
    done, pending = await _wait(fs, timeout=timeout, return_when=return_when)
    return _InOrder(f for f in fs if f in done), _InOrder(f for f in fs if f in pending)


# asyncio/tasks.py's as_completed of 3.11, word for word but for its sets:
# it keeps its futures in a set comprehension (a builtin set, which the
# patched `set` above does not reach), iterated by memory address, and
# adds its done-callbacks in that order; two done futures then reach its
# queue in either order. Here in the order given, one of the orders CPython
# produces, as the engine does (src/asyncio_py/tasks.py). Compiled as
# asyncio's own code (its file's name), at the top level: its functions'
# qualified names are CPython's, and the loop's view passes its frames by
# as asyncio's.
_AS_COMPLETED = """
from asyncio import events, exceptions, futures, coroutines
from asyncio.tasks import ensure_future


def as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from asyncio.queues import Queue
    done = Queue()

    loop = events._get_event_loop()
    todo = _InOrder(ensure_future(f, loop=loop) for f in dict.fromkeys(fs))
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()

"""
_as_completed_namespace = {"_InOrder": _InOrder}
exec(compile(_AS_COMPLETED, asyncio.tasks.__file__, "exec"), _as_completed_namespace)


# Its coroutine shows as `wait()`, as CPython's does.
_wait_in_order.__name__ = _wait_in_order.__qualname__ = "wait"
asyncio.tasks.wait = asyncio.wait = _wait_in_order
asyncio.tasks.as_completed = asyncio.as_completed = _as_completed_namespace["as_completed"]
asyncio.tasks.all_tasks = asyncio.all_tasks = _all_tasks_in_order
# Timing code reads the same clock, as the engine's time.perf_counter does.
time.perf_counter = time.time = lambda: _now
time.monotonic = _program_clock


# `--loop-view`: before each iteration, print the loop's state as
# `interleave step` prints the engine's (tests/step.rs compares the two).
if sys.argv[1] == "--loop-view":
    import loop_view

    loop_view.install(lambda task: _created.get(task, float("inf")))
    sys.argv = sys.argv[1:]

path = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(path, run_name="__main__")
