"""Threads on the virtual clock, for `virtual_clock.py`: asyncio's default
executor (`to_thread`, `run_in_executor(None, ...)`) and the thread that
shuts it down run as real threads, but one at a time and at moments the
harness chooses, so that a program with threads prints the same every
run, and what the engine prints (`src/engine/threads.rs`).

CPython gives no such promise: a worker and the loop take turns on the
GIL, and a print in one can land before, after, or in the middle of a
print in the other (a program of two prints in each printed 38 different
outputs in 100 runs here). The rules below are the order CPython produced
most often, and one it can produce every time:

- A thread runs only while the loop waits in `select` with nothing ready
  (or in a blocking `time.sleep` of the loop's thread): the loop holds the
  GIL while it runs callbacks, and a waiting thread gets it when the loop
  blocks. Work handed to a free worker is taken at `submit` (running:
  cancelling it no longer stops it; `Thread.start` waits for the new
  thread, which takes the GIL and the item, and an idle worker nearly
  always gets it at the loop's next `select`); its code starts then.
- Every thread that can run then runs, in the order it became able to,
  each until it blocks (`time.sleep`, waiting for work) or ends; only then
  does the loop, woken by `call_soon_threadsafe`'s write to the self-pipe,
  go on.
- A thread's `time.sleep(d)` ends at `now + d` on the virtual clock; one
  ending at the same moment as one of the loop's timers goes first if it
  began first (as on a real clock, where the later of two equal delays
  ends later).
- The pool has `min(32, CPU_COUNT + 4)` workers, with `CPU_COUNT` fixed
  at 8 (`os.cpu_count()` of the learner's machine is unknown): a work item
  beyond that waits for a worker, as in CPython. Idle workers take new
  work in the order they went idle.
"""

import asyncio
import asyncio.base_events
import concurrent.futures
import concurrent.futures.thread
import heapq
import math
import threading

CPU_COUNT = 8
MAX_WORKERS = min(32, CPU_COUNT + 4)

_local = threading.local()


class _Baton:
    """Which thread runs: the loop's, or one virtual thread, which hands
    the baton back when it blocks or ends."""

    def __init__(self, order, set_now):
        self.order = order
        self.set_now = set_now
        self.started = False
        self.runnable = []  # threads able to run, in the order they became so
        self.sleeping = []  # heap of (wake, order, thread)
        self.back = threading.Event()

    def make_runnable(self, thread):
        self.runnable.append(thread)

    def run_runnable(self):
        """From the loop's thread: runs every thread able to run, each to
        its next block."""
        while self.runnable:
            thread = self.runnable.pop(0)
            self.back.clear()
            thread.go.set()
            self.back.wait()

    def next_wake(self):
        return self.sleeping[0][:2] if self.sleeping else None

    def wake_due(self, now):
        """Makes runnable every sleeping thread whose sleep has ended by
        `now`, first ended first; says whether there was one."""
        woke = False
        while self.sleeping and _ns(self.sleeping[0][0]) <= _ns(now):
            self.make_runnable(heapq.heappop(self.sleeping)[2])
            woke = True
        return woke


_baton = None
# Every virtual thread started, in order, for the loop's view.
_threads = []


def current():
    """The virtual thread running now, or None on the loop's thread."""
    return getattr(_local, "thread", None)


class VirtualThread:
    """A real thread that runs only when handed the baton."""

    def __init__(self, name, body, shutdown=False):
        self.name = name
        self.body = body
        self.shutdown = shutdown
        self.go = threading.Event()
        self.finished = False
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)

    def start(self):
        _baton.started = True
        _threads.append(self)
        self._thread.start()
        _baton.make_runnable(self)

    def join(self, timeout=None):
        self._thread.join(timeout)

    def _main(self):
        _local.thread = self
        self.go.wait()
        self.go.clear()
        try:
            self.body()
        finally:
            self.finished = True
            _baton.back.set()

    def park(self):
        """Blocks until something makes this thread runnable again."""
        _baton.back.set()
        self.go.wait()
        self.go.clear()

    def sleep(self, now, seconds):
        heapq.heappush(_baton.sleeping, (now + seconds, next(_baton.order), self))
        self.park()



class VirtualPool(concurrent.futures.ThreadPoolExecutor):
    """The default executor, on virtual threads: CPython's
    `ThreadPoolExecutor` in what a program sees (a `concurrent.futures`
    future per item, worker names `asyncio_0`...), with the scheduling
    above."""

    def __init__(self, max_workers=None, thread_name_prefix=""):
        self._max_workers = MAX_WORKERS if max_workers is None else max_workers
        self._thread_name_prefix = thread_name_prefix or "ThreadPoolExecutor"
        self._items = []  # work waiting for a worker
        self._idle = []  # workers waiting for work, longest first
        self._workers = []
        self._started = 0  # names count every worker ever started, as CPython's
        self._shutdown = False
        self._waiting_for_idle = []  # threads in shutdown(wait=True)

    def submit(self, fn, /, *args, **kwargs):
        future = concurrent.futures.Future()
        item = concurrent.futures.thread._WorkItem(future, fn, args, kwargs)
        if self._idle:
            worker = self._idle.pop(0)
            _baton.make_runnable(worker)
        elif len(self._workers) < self._max_workers:
            name = f"{self._thread_name_prefix}_{self._started}"
            self._started += 1
            worker = VirtualThread(name, lambda: None)
            worker.body = lambda worker=worker: self._work(worker)
            self._workers.append(worker)
            worker.start()
        else:
            self._items.append(item)
            return future
        # Taken by the worker at once: running.
        future.set_running_or_notify_cancel()
        worker.item = item
        return future

    def _work(self, worker):
        while True:
            item = getattr(worker, "item", None)
            if item is not None:
                # _WorkItem.run, the future already running.
                worker.item = None
                try:
                    result = item.fn(*item.args, **item.kwargs)
                except BaseException as exc:
                    item.future.set_exception(exc)
                    item = None
                else:
                    item.future.set_result(result)
                continue
            if self._items:
                self._items.pop(0).run()
                continue
            if self._shutdown:
                # As CPython's worker ends once shut down with no work.
                self._workers.remove(worker)
                self._wake_shutdown()
                return
            self._idle.append(worker)
            self._wake_shutdown()
            worker.park()

    def _wake_shutdown(self):
        """Lets `shutdown(wait=True)` go on once every worker is idle or
        ended and no work is left."""
        if len(self._idle) == len(self._workers) and not self._items:
            for thread in self._waiting_for_idle:
                _baton.make_runnable(thread)
            self._waiting_for_idle.clear()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        me = current()
        if wait and me is not None:
            while len(self._idle) < len(self._workers) or self._items:
                self._waiting_for_idle.append(me)
                me.park()
        # Idle workers end: handed the baton with shutdown set, they return.
        for worker in self._idle:
            _baton.make_runnable(worker)
        self._idle.clear()
        if me is not None:
            _baton.make_runnable(me)
            me.park()


async def _shutdown_default_executor(self):
    # base_events.py's, with its thread a virtual one.
    self._executor_shutdown_called = True
    if self._default_executor is None:
        return
    future = self.create_future()
    thread = VirtualThread("shutdown", lambda: self._do_shutdown(future), shutdown=True)
    thread.start()
    try:
        await future
    finally:
        thread.join()


_shutdown_default_executor.__name__ = "shutdown_default_executor"
_shutdown_default_executor.__qualname__ = "BaseEventLoop.shutdown_default_executor"


def install(order, set_now):
    """Threads take their order numbers from `order`, the timers' counter,
    and move the clock with `set_now`."""
    global _baton
    _baton = _Baton(order, set_now)
    concurrent.futures.ThreadPoolExecutor = VirtualPool
    asyncio.base_events.BaseEventLoop.shutdown_default_executor = _shutdown_default_executor


def views(loop):
    """Each thread alive and what it does, as the engine's view says it
    (`Runtime::thread_views`); `time` formats a moment."""
    pool = loop._default_executor
    workers = pool._workers if isinstance(pool, VirtualPool) else []
    sleeping = {id(t): wake for wake, _, t in _baton.sleeping} if _baton else {}
    lines = []
    for thread in _threads:
        alive = (not thread.finished) if thread.shutdown else thread in workers
        if not alive:
            continue
        if thread in _baton.runnable:
            state = "runnable"
        elif id(thread) in sleeping:
            state = f"sleeping until {_format_time(sleeping[id(thread)])}"
        elif thread.shutdown:
            state = "waiting for the workers"
        else:
            state = "idle"
        lines.append(f"{thread.name}: {state}")
    return lines


_format_time = None


def _ns(seconds):
    """A moment in whole nanoseconds, as the engine's clock keeps it: sums
    of float delays that differ in their last bit (0.01 + 0.09 against
    0.1) are the same moment there."""
    return round(seconds * 1e9)


def active():
    """Whether a virtual thread was ever started: until then the clock
    runs as it always has."""
    return _baton is not None and _baton.started


def wait(now, deadline, pipe_written):
    """The loop's thread waits in `select` from virtual time `now` until
    its first timer (`deadline`: its time and order number among the
    timers; None: no limit), running threads meanwhile, until a thread
    writes the self-pipe (`pipe_written()`) or the deadline. Returns the
    time it ends at."""
    if pipe_written():
        # A pipe written already makes `select` return at once.
        return now
    now = _run_until(now, deadline, pipe_written)
    if now is None:
        raise SystemExit("virtual_clock: the loop would wait forever (a deadlock)")
    return now


def block(now, seconds):
    """The loop's thread in `time.sleep(seconds)` from `now`: the threads
    run meanwhile, those waking by its end included (they began sleeping
    first). Returns the time it ends at."""
    return _run_until(now, (now + seconds, math.inf), lambda: False)


def _run_until(now, deadline, pipe_written):
    """Runs the threads as the clock moves from `now` towards `deadline`
    (a time, and its order among the timers, which a thread's sleep
    ending then must precede to go first), each thread waking in turn;
    stops at the deadline, or once a thread wrote the self-pipe. Returns
    the time it stops at; None when, with no deadline, no thread is left
    to wake. As `run_threads_until` in src/engine/threads.rs."""
    while True:
        _baton.run_runnable()
        if _baton.wake_due(now):
            continue
        if pipe_written():
            return now
        wake = _baton.next_wake()
        if wake is None or (deadline is not None
                            and (_ns(wake[0]), wake[1]) > (_ns(deadline[0]), deadline[1])):
            return None if deadline is None else max(now, deadline[0])
        now = wake[0]
        _baton.set_now(now)
