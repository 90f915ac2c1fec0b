#!/usr/bin/env python3
"""End-to-end test and budgets for the page exactly as `trunk build --release`
leaves it in dist/.

Serves dist/ on 127.0.0.1, drives Debian's headless Chromium through
/usr/bin/chromedriver with a small WebDriver client (standard library only),
and does what a learner does: open the page, choose a preset, edit a field,
run, read the output, share a link and open it. The printed output is
checked against python3 running the Python the page shows, so the page is
held to CPython, not to our expectations. In step mode it steps a run to
where `asyncio.run` cancels the tasks left and to where an exception
reaches main, reading the loop panel and its narration.

Then the budgets (recorded in README.md), each failing the test when missed:
- the release wasm plus its JS, gzipped: under 150 KB (the first download,
  without Code mode);
- Code mode's module (interleave-code.js and its wasm), loaded when the
  learner switches to Code mode, gzipped: under 300 KB;
- asyncio's Python half's module (interleave-asyncio.js and its wasm:
  Code mode with Lock, Queue, TaskGroup...), loaded when a program in Code
  mode uses it, gzipped: under 470 KB;
- the page interactive (its Run button wired up) within 1 s of navigation;
- a 1,000-task scenario run in instant mode and fully drawn within 1 s;
- in Code mode, 10,000 tasks of ten `sleep(0)` steps, and a program that
  prints 100,000 lines, each run and drawn within 1 s (the console and the
  timeline draw only what is in view);
- in step mode, a position of a 1,000-task run shown within 50 ms of
  Step back (the run replayed to there).

Leaves target/e2e/page.png, phone.png, step.png and step-phone.png for a
person to look at, and target/e2e/budgets.txt.

Usage: python3 tests/e2e.py [dist-dir]
"""

import base64
import functools
import gzip
import http.server
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "e2e"
SIZE_BUDGET = 150_000  # bytes, gzipped wasm + JS
CODE_MODULE_BUDGET = 300_000  # bytes, gzipped: Code mode's wasm + JS
CODE_MODULE = "interleave-code"
# bytes, gzipped: the module with asyncio's Python half; 345 KB since
# threads (`to_thread`) and step mode's primitives, task groups and
# threads came in (2026-12-03: 10 KB), 350 KB since it compiles the forms'
# next chapter (TaskGroup, Semaphore, timeouts, threads: 4 KB) and holds
# its presets, 355 KB since a set's algebra by method and starred
# assignment targets (2026-12-04: 3.5 KB), 365 KB since `str.format`
# and printf-style `%`, `map`, `divmod`, `getattr`, exception notes and
# the timer heap's ties (2026-12-04, later: 7 KB), 370 KB since `:=`,
# chained assignment, `anext` and CPython's f-string rewriting of `%`
# (2026-12-04, latest: 1 KB), 385 KB since the program's comparison
# methods, `@dataclass`, `heapq`, `functools.total_ordering`, `**` in
# dict displays, class decorators and the "Exception in callback" log
# (2026-12-04's eighth session: 14.5 KB), 415 KB since it checks a
# program against Python's whole grammar before the subset (`parse/
# grammar/`, 26 KB; README's "Budgets"), 430 KB since the standard
# library modules asyncio programs use beside it, written in Python like
# asyncio's half (`contextlib`, `itertools`: 5 KB, 2026-12-05) and the
# iterator protocol for classes, 445 KB since `math`'s exact functions
# (5.8 KB), a class's container methods and `__call__`, and `reversed`,
# `filter`, `reduce`, `chr`/`ord`/`bin`/`hex`/`oct` and twenty `str`
# methods (9.7 KB; 2026-12-05's fifth session), 470 KB since `logging`
# with asyncio's own logger, `sys.stdout`/`sys.stderr`, CPython's whole
# list sort, `random.choices`, `time.strftime` and nested f-string specs
# (16.4 KB; 2026-12-05's sixth session), 475 KB since `contextvars` with
# asyncio's contexts, a method read from its type and the loop a future
# belongs to (5.8 KB; 2026-12-06's tenth session), 485 KB since type
# aliases, `TypeVar`, classes derived from `Generic` and `Protocol`, and
# annotations checked where CPython evaluates them, a nested `def`'s
# against its enclosing function (7.3 KB; 2026-12-06's eleventh session),
# 490 KB since `loop.run_forever`/`stop`, `set_exception_handler` and the
# default handler, `call_soon_threadsafe`, a method's other names in a
# class body and the loop's methods as Python methods (6.7 KB; 2026-12-06's
# fifteenth session).
ASYNCIO_MODULE_BUDGET = 490_000
ASYNCIO_MODULE = "interleave-asyncio"
INTERACTIVE_BUDGET_MS = 1000
THOUSAND_TASKS_BUDGET_MS = 1000
SCALE_BUDGET_MS = 1000  # 10,000 tasks x 10 steps; 100,000 printed lines
STEP_BUDGET_MS = 50  # step mode: any position of a 1,000-task run shown
STEP_MEMORY_MB = 50  # step mode: a 10,000-task run scrubbed, the page's memory
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(directory):
    """Serves `directory` on a free loopback port, in a daemon thread."""
    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
    }

    def log_message(self, *args):
        pass


class WebDriver:
    """Just enough of the W3C WebDriver protocol."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.profile = tempfile.mkdtemp(prefix="interleave-chromium-")
        args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={self.profile}",
        ]
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {"binary": chromium(), "args": args},
                }
            }
        }
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.base + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.loads(resp.read())["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"WebDriver {method} {path}: {e.read().decode()}") from None

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        return self.s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, css):
        # The page may redraw the element between finding and clicking it
        # (a select's options are rebuilt when a preset loads): find it
        # again then, as a learner's click would land on the new one.
        for attempt in range(3):
            try:
                self.s("POST", f"/element/{self.find(css)}/click", {})
                return
            except RuntimeError as e:
                if "stale element reference" not in str(e) or attempt == 2:
                    raise
                time.sleep(0.1)

    def type(self, css, text):
        el = self.find(css)
        self.s("POST", f"/element/{el}/clear", {})
        self.s("POST", f"/element/{el}/value", {"text": text})

    def paste(self, css, text):
        """Puts `text` in a field at once, as pasting does (typing a long
        program key by key parses it again at every key)."""
        self.js("const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1];"
                "el.dispatchEvent(new Event('input', {bubbles: true}))", css, text)

    def value(self, css):
        return self.js("return document.querySelector(arguments[0]).value", css)

    def text(self, css):
        return self.js("return document.querySelector(arguments[0]).textContent", css)

    def texts(self, css):
        return self.js(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css
        )

    def size(self, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path):
        path.write_bytes(base64.b64decode(self.s("GET", "/screenshot")))

    def wait(self, script, what, timeout=20.0, args=()):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.js(script, *args)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}")

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("e2e: no Chromium found; ./scripts/setup.sh installs Debian's chromium")


def start_chromedriver():
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(driver):
        sys.exit("e2e: chromedriver is missing; ./scripts/setup.sh installs Debian's chromium-driver")
    port = free_port()
    proc = subprocess.Popen(
        [driver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=1)
            return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("e2e: chromedriver did not start")


def cpython(source, virtual_clock=False):
    """What python3 prints for `source`: stdout lines, last stderr line,
    status. With `virtual_clock`, CPython's asyncio runs on the tests'
    virtual clock (tests/support/virtual_clock.py): two timers due at the
    same moment fire in the iteration the engine fires them in, where the
    real clock's jitter decides it."""
    if virtual_clock:
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(source)
        try:
            out = subprocess.run(
                ["python3", str(ROOT / "tests" / "support" / "virtual_clock.py"), f.name],
                capture_output=True, text=True, timeout=60)
        finally:
            os.unlink(f.name)
    else:
        out = subprocess.run(["python3", "-c", source], capture_output=True, text=True, timeout=60)
    err = [line for line in out.stderr.splitlines() if line.strip()]
    return out.stdout.splitlines(), (err[-1] if err else None), out.returncode


def gzipped_size(dist, module=None):
    """Gzipped sizes of the page's own wasm and JS, or of a module the page
    loads later (`CODE_MODULE` when Code mode is switched on,
    `ASYNCIO_MODULE` when its program uses asyncio's Python half)."""
    def module_of(name):
        return next((m for m in (CODE_MODULE, ASYNCIO_MODULE) if name.startswith(m)), None)
    files = [p for p in dist.iterdir() if p.suffix in (".wasm", ".js")
             and module_of(p.name) == module]
    if not files:
        sys.exit(f"e2e: no .wasm or .js in {dist}; run `trunk build --release --offline` first")
    return {p.name: len(gzip.compress(p.read_bytes(), compresslevel=9)) for p in files}


def code_mode_on(wd):
    """Waits for Code mode, which the page loads as a second module."""
    wd.wait("const b = document.querySelector('button.mode');"
            "return b && b.textContent === 'Back to forms'"
            " && !document.querySelector('.code-mode').hidden", "Code mode")


def finished(wd):
    return wd.wait(
        "const s = document.querySelector('.status').textContent;"
        "return s.startsWith('exit status') || s.startsWith('interleave:') ? s : null",
        "the run to finish",
    )


def runs_as_cpython(wd, source, failures, what):
    """Runs Code mode's program at instant speed; its console must be CPython's stdout."""
    wd.click("select.speed option[value='instant']")
    wd.click("button.run")
    finished(wd)
    out, _, _ = cpython(source)
    # The page writes every address as the corpus's harness does.
    out = [re.sub(r" at 0x[0-9a-f]+", " at 0x…", line) for line in out]
    printed = wd.texts(".console li.printed code.text")
    check(failures, printed == out, f"{what}: {printed}")


def check(failures, ok, message):
    print(("  ok   " if ok else "  FAIL ") + message)
    if not ok:
        failures.append(message)


def learner_flow(wd, base, failures):
    print("e2e: open, choose a preset, edit, run, compare with CPython, share")
    wd.size(1280, 1500)
    wd.go(base)
    wd.wait("return document.querySelector('#interleave .controls .run') !== null", "the page")
    wd.click("select.preset option[value='return-exceptions-on']")
    check(failures, wd.value("#t0-calls") == "20, 'ten', 100", "choosing a preset fills the form")
    wd.type("#t0-calls", "3, 'x', 7.5")
    python = wd.text(".python pre")
    check(failures, "square(7.5)" in python, "the Python follows the edit")
    wd.click("button.run")
    status = finished(wd)
    printed = wd.texts(".console li.printed code.text")
    stderr = wd.texts(".console li.stderr code.text")
    out, err, code = cpython(python)
    check(failures, printed == out, f"the console prints what CPython prints: {printed} vs {out}")
    check(failures, (stderr[-1] if stderr else None) == err, f"stderr matches CPython: {stderr} vs {err}")
    check(failures, status == f"exit status {code}", f"{status!r} is CPython's status {code}")
    results = wd.texts(".results .gathered")
    check(failures, results == [f"gather returned {out[-1]}"], f"the results panel shows the list: {results}")

    wd.type("#t0-delay", "-1")
    error = wd.text("#t0-delay-error")
    disabled = wd.js("return document.querySelector('button.run').disabled")
    check(failures, "cannot be negative" in error and disabled, f"a bad delay is flagged and blocks Run: {error!r}")
    wd.type("#t0-delay", "")

    wd.click("button.share")
    link = wd.value(".share-link")
    check(failures, link.startswith(base) and "#s=" in link, f"Share gives a link: {link[:60]}…")
    wd.js("localStorage.clear()")
    wd.go("about:blank")
    wd.go(link)
    wd.wait("return document.querySelector('#t0-calls') !== null", "the shared page")
    check(failures, wd.value("#t0-calls") == "3, 'x', 7.5", "the link reopens the edited scenario")
    check(failures, wd.text(".python pre") == python, "…with the same Python")
    check(failures, wd.text(".notice") == "", "…and no complaint")

    wd.go("about:blank")
    wd.go(base + "#s=%7Bbroken")
    wd.wait("return document.querySelector('.notice') !== null", "the page")
    notice = wd.text(".notice")
    check(failures, "could not be opened" in notice and "instead" in notice,
          f"a broken link says so and falls back: {notice!r}")

    # Code mode: a tutorial snippet, typed in verbatim, runs as CPython runs it.
    wd.go("about:blank")
    wd.go(base)
    wd.wait("return document.querySelector('#t0-calls') !== null", "the page")
    wd.type("#t0-calls", "5, 6")
    wd.click("button.mode")
    code_mode_on(wd)
    check(failures, "5, 6" in wd.value("textarea.code") or "(5)" in wd.value("textarea.code"),
          "Code mode opens with the form's program")
    loaded = wd.js("return performance.getEntriesByType('resource')"
                   ".map(e => e.name).filter(n => n.includes(arguments[0]))", CODE_MODULE)
    check(failures, any(n.endswith(".wasm") for n in loaded),
          f"Code mode's module is loaded only now: {loaded}")
    seed = (ROOT / "corpus" / "seeds" / "01-gather-numbers-letters.py").read_text()
    wd.type("textarea.code", seed)
    check(failures, wd.text(".code-error") == "", "a pasted tutorial snippet parses")
    runs_as_cpython(wd, seed, failures, "Code mode prints what CPython prints")
    wd.type("textarea.code", "import asyncio\ndef numbers():\n    while True:\n        yield from range(3)\nasyncio.run(main())\n")
    check(failures, "line 4" in wd.text(".code-error") and wd.text(".gutter .bad") == "4\n",
          f"an unsupported construct marks its line: {wd.text('.code-error')!r}")
    wd.click("button.mode")
    check(failures, wd.value("#t0-calls") == "5, 6", "Back to forms finds the form as it was left")

    # A link to a program opens straight into Code mode, loading it first.
    program = (ROOT / "corpus" / "constructs" / "containers.py").read_text()
    wd.go("about:blank")
    wd.go(base + "#c=" + urllib.parse.quote(program, safe=""))
    code_mode_on(wd)
    wd.wait("return document.querySelector('button.run:not([disabled])')", "Run to be enabled")
    runs_as_cpython(wd, program, failures, "a program from a link prints what CPython prints")
    # Generator expressions are folded by the compiler: the wasm build too.
    program = (ROOT / "corpus" / "constructs" / "generators.py").read_text()
    wd.type("textarea.code", program)
    check(failures, wd.text(".code-error") == "", "a program with generator expressions parses")
    runs_as_cpython(wd, program, failures, "generator expressions print what CPython prints")
    program = (ROOT / "corpus" / "constructs" / "wait_for.py").read_text()
    wd.type("textarea.code", program)
    runs_as_cpython(wd, program, failures, "asyncio.wait_for prints what CPython prints")
    # Closures, nonlocal, decorators, classes, `async with` and async
    # generators, in the wasm build too.
    for construct in ["closures", "decorators", "classes_inheritance", "exceptions_custom",
                      "async_with", "async_generators"]:
        program = (ROOT / "corpus" / "constructs" / f"{construct}.py").read_text()
        wd.type("textarea.code", program)
        check(failures, wd.text(".code-error") == "", f"a program with {construct} parses")
        runs_as_cpython(wd, program, failures, f"{construct} print what CPython prints")
    # asyncio's Python half: Code mode's module refuses it, loads the
    # module that has it and hands the page over, program, caret and all.
    program = (ROOT / "corpus" / "constructs" / "asyncio_taskgroup_failure.py").read_text()
    wd.type("textarea.code", program)
    wd.wait("return performance.getEntriesByType('resource').some("
            "e => e.name.includes(arguments[0]) && e.name.endsWith('.wasm'))"
            " && document.querySelector('.code-error').textContent === ''"
            " && document.querySelector('button.run:not([disabled])')",
            "asyncio's Python half to take the page over", args=[ASYNCIO_MODULE])
    check(failures, wd.value("textarea.code") == program,
          "the module with asyncio's Python half opens with the program as typed")
    check(failures, wd.js("return document.activeElement === document.querySelector('textarea.code')"
                          " && document.querySelector('textarea.code').selectionStart === arguments[0]",
                          len(program)),
          "…with the caret where it was, so typing goes on")
    runs_as_cpython(wd, program, failures, "a TaskGroup where one task fails prints what CPython prints")
    # Each with the colour its waits have on the timeline, if any.
    for construct, waits in [("asyncio_queue", "queue"), ("asyncio_semaphore", "lock"),
                             ("asyncio_lock", "lock"), ("asyncio_event", "event"),
                             ("asyncio_timeouts", None), ("asyncio_wait_and_groups", None)]:
        program = (ROOT / "corpus" / "constructs" / f"{construct}.py").read_text()
        wd.paste("textarea.code", program)
        check(failures, wd.text(".code-error") == "", f"{construct} parses")
        runs_as_cpython(wd, program, failures, f"{construct} prints what CPython prints")
        if waits:
            shown = wd.js("return document.querySelectorAll('.lanes .seg.waiting.' + arguments[0]).length"
                          " && getComputedStyle(document.querySelector('.lanes .seg.waiting.' + arguments[0]))"
                          ".backgroundColor === getComputedStyle(document.querySelector("
                          "'.legend .swatch.waiting.' + arguments[0])).backgroundColor", waits)
            check(failures, shown, f"{construct}: the timeline colours its waits as the legend's {waits!r}")

    # A refusal met as the program runs comes before anything is shown:
    # the page tries the run unseen first.
    program = ("import asyncio\n\ndef f(a=1):\n    return a\n\nasync def main():\n"
               "    print('before')\n    await asyncio.sleep(0.1)\n    print(f.__code__)\n\n"
               "asyncio.run(main())\n")
    wd.paste("textarea.code", program)
    wd.click("select.speed option[value='real']")
    wd.click("button.run")
    status = finished(wd)
    check(failures, status.startswith("interleave: not supported (line 9, column 13)")
          and wd.texts(".console li.printed code.text") == [],
          f"a refusal met while running is shown before any output, not after half a run: {status!r}")

    # Python's SyntaxError wins over an unsupported construct before it:
    # Code mode's first module, which cannot check the whole grammar,
    # shows its own refusal, then, once typing pauses, has the module that
    # checks take the page over, which shows CPython's error and line.
    program = ("import asyncio\nimport logging\n\ndef helper():\n    await asyncio.sleep(1)\n\n"
               "async def main():\n    helper()\n\nasyncio.run(main())\n")
    wd.go("about:blank")
    wd.go(base + "#c=" + urllib.parse.quote(program, safe=""))
    code_mode_on(wd)
    wd.wait("return performance.getEntriesByType('resource').some("
            "e => e.name.includes(arguments[0]) && e.name.endsWith('.wasm'))"
            " && document.querySelector('.code-error').textContent.includes('SyntaxError')",
            "the module with the grammar check to take the page over", args=[ASYNCIO_MODULE])
    error = wd.text(".code-error")
    check(failures, error.startswith("line 5,") and error.endswith("SyntaxError: 'await' outside async function")
          and wd.text(".gutter .bad") == "5\n",
          f"Python's SyntaxError on line 5 wins over `import logging` on line 2, as in CPython: {error!r}")

    # Threads: a worker's lines are its own on the console, and it has a
    # lane of its own on the timeline, where it runs and sleeps.
    program = (ROOT / "corpus" / "constructs" / "asyncio_threads_gather.py").read_text()
    wd.paste("textarea.code", program)
    runs_as_cpython(wd, program, failures, "to_thread workers print what CPython prints")
    who = wd.texts(".console li.printed .who")
    check(failures, "asyncio_0" in who and "asyncio_2" in who,
          f"the console names the worker threads that printed: {sorted(set(who))}")
    lanes = wd.texts(".lanes .lane-label")
    check(failures, "asyncio_0 (thread)" in lanes and wd.js(
        "return [...document.querySelectorAll('.lanes .lane')].some(l =>"
        " l.querySelector('.lane-label').textContent.endsWith('(thread)')"
        " && l.querySelector('.seg.sleeping') && l.querySelector('.mark'))"),
          f"each worker thread has a lane, with its sleeps and prints: {lanes}")

    # The module's own code around asyncio.run: its lines are the module's.
    program = (ROOT / "corpus" / "constructs" / "module_code.py").read_text()
    wd.type("textarea.code", program)
    runs_as_cpython(wd, program, failures, "the module's code around asyncio.run prints what CPython prints")
    who = wd.texts(".console li.printed .who")
    check(failures, who[:1] == ["<module>"] and who[1:2] != ["<module>"] and who[-5:] == ["<module>"] * 5,
          f"the console says the module's code printed before and after the loop: {who[:2]}…{who[-5:]}")

    # Pictures for a person: a preset with sleeps, so the timeline has shape.
    for name, (width, height) in [("page.png", (1280, 1660)), ("phone.png", (390, 3000))]:
        wd.size(width, height)
        wd.go("about:blank")
        wd.go(base)
        wd.wait("return document.querySelector('#interleave .controls .run') !== null", "the page")
        wd.click("select.preset option[value='fetch-data']")
        wd.click("select.speed option[value='instant']")
        wd.click("button.run")
        finished(wd)
        wd.screenshot(OUT / name)


# asyncio's next chapter: the form's TaskGroup, as_completed, Semaphore,
# timeout and to_thread presets, and a producer and consumers sharing a
# Queue (a program, opened in Code mode).
NEXT_CHAPTER = ["task-group-failure", "semaphore-two", "queue-producer-consumers",
                "as-completed", "timeout", "to-thread"]


def next_chapter_presets(wd, base, failures):
    print("e2e: the next chapter's presets hand the first download over to asyncio's module and print what CPython prints")
    # Fresh visits: nothing saved before (Code mode, say, which the page
    # would reopen, handing over to Code mode's module). Cleared once any
    # hand-over the last page started has settled, and after each preset.
    wd.go(base)
    time.sleep(2)
    wd.js("localStorage.clear()")
    for name in NEXT_CHAPTER:
        wd.go("about:blank")
        wd.go(base)
        wd.wait("return document.querySelector('#interleave .controls .run') !== null", "the page")
        wd.click(f"select.preset option[value='{name}']")
        # The build with asyncio's Python half takes the page over and
        # reopens the preset, lesson and all.
        # (The first download shows the preset's name and lesson too, for
        # a moment before the hand-over: wait for the module's wasm as well.)
        wd.wait("const p = document.querySelector('select.preset');"
                "const run = document.querySelector('button.run');"
                "return p && p.value === arguments[0] && run && !run.disabled"
                " && document.querySelector('.lesson').textContent !== ''"
                " && performance.getEntriesByType('resource').some("
                "e => e.name.includes(arguments[1]) && e.name.endsWith('.wasm'))",
                f"{name} to open in asyncio's module", args=[name, ASYNCIO_MODULE])
        loaded = wd.js("return performance.getEntriesByType('resource').map(e => e.name)")
        modules = {m for m in (CODE_MODULE, ASYNCIO_MODULE)
                   if any(m in n and n.endswith(".wasm") for n in loaded)}
        check(failures, modules == {ASYNCIO_MODULE},
              f"{name}: the first download hands over to asyncio's module at once: {sorted(modules)}")
        wd.click("select.speed option[value='instant']")
        wd.click("button.run")
        status = finished(wd)
        want = (ROOT / "presets" / name / "cpython.stdout").read_text().splitlines()
        last = (ROOT / "presets" / name / "cpython.stderr-last-line").read_text().rstrip("\n")
        code = (ROOT / "presets" / name / "cpython.exit-status").read_text().strip()
        printed = wd.texts(".console li.printed code.text")
        stderr = wd.texts(".console li.stderr code.text")
        check(failures, printed == want, f"{name}: the console prints what CPython printed: {printed}")
        check(failures, (stderr[-1] if stderr else "") == last,
              f"{name}: stderr ends as CPython's: {stderr[-1:] or ''} vs {last!r}")
        check(failures, status == f"exit status {code}", f"{name}: {status!r} is CPython's status {code}")
        wd.js("localStorage.clear()")


# The form's ways of running the tasks, as a learner sets them in
# asyncio's module: (mode, Semaphore limit, timeout, timeout on each).
FORM_MODES = [("task_group", "", "", False), ("as_completed", "2", "", False),
              ("wait", "", "", False), ("gather", "", "0.25", True),
              ("task_group", "2", "0.25", False), ("create_task", "", "0.25", True),
              ("wait", "1", "0.25", False)]


def form_modes(wd, base, failures):
    print("e2e: each of main's modes, set in the form, prints what CPython prints for the Python beside it")
    wd.go("about:blank")
    wd.go(base)
    wd.wait("return document.querySelector('#interleave .controls .run') !== null", "the page")
    wd.click("select.preset option[value='as-completed']")
    wd.wait("const run = document.querySelector('button.run');"
            "return run && !run.disabled && document.querySelector('#main-mode')"
            " && performance.getEntriesByType('resource').some("
            "e => e.name.includes(arguments[0]) && e.name.endsWith('.wasm'))",
            "the preset to open in asyncio's module", args=[ASYNCIO_MODULE])
    wd.click("select.speed option[value='instant']")
    for mode, limit, timeout, each in FORM_MODES:
        what = f"mode {mode}, limit {limit or 'none'}, timeout {timeout or 'none'}{' each' if each else ''}"
        wd.click(f"#main-mode option[value='{mode}']")
        wd.paste("#main-limit", limit)
        wd.paste("#main-timeout", timeout)
        if wd.js("return document.querySelector('#main-timeout_each').checked") != each:
            wd.click("#main-timeout_each")
        python = wd.text(".python pre")
        wd.click("button.run")
        status = finished(wd)
        # The form's cards sleep 0.3, 0.1 and 0.2 s: with a limit of two,
        # two of them are due at 0.3 s exactly, which only the virtual
        # clock makes a tie every time.
        out, last, code = cpython(python, virtual_clock=True)
        printed = wd.texts(".console li.printed code.text")
        stderr = wd.texts(".console li.stderr code.text")
        check(failures, printed == out, f"{what}: the console prints what CPython printed: {printed} vs {out}")
        check(failures, (stderr[-1] if stderr else None) == last,
              f"{what}: stderr ends as CPython's: {stderr[-1:]} vs {last!r}")
        check(failures, status == f"exit status {code}", f"{what}: {status!r} is CPython's status {code}")
    wd.js("localStorage.clear()")


def step_once(wd, selector="button.step"):
    """Presses a step button and waits for the loop panel to change;
    returns milliseconds from the press to the first frame painted after
    the change."""
    wd.js(
        "window.__stepped = null;"
        "const view = document.querySelector('pre.loop-view');"
        "const before = view.textContent;"
        "const t0 = performance.now();"
        "const seen = () => view.textContent !== before && view.textContent !== '';"
        "new MutationObserver((_, observer) => {"
        "  if (seen() && window.__stepped === null) {"
        "    observer.disconnect();"
        "    requestAnimationFrame(() => { window.__stepped = performance.now() - t0; });"
        "  }"
        "}).observe(view, {childList: true, characterData: true, subtree: true});"
        "document.querySelector(arguments[0]).click();", selector)
    return wd.wait("return window.__stepped", f"{selector} to show the next position")


def step_until(wd, words, what, limit=60):
    """Steps until the narration says `words`; the steps it took."""
    for n in range(1, limit + 1):
        step_once(wd)
        if words in wd.text("p.narration"):
            return n
    raise AssertionError(f"stepping never reached {what}: last said {wd.text('p.narration')!r}")


def step_mode(wd, base, failures):
    print("e2e: step mode: to where asyncio.run cancels what is left, and where an exception reaches main")
    # From the first download's forms: Step loads step mode, which opens
    # the scenario paused before the loop's first iteration.
    wd.size(1280, 1500)
    wd.go("about:blank")
    wd.go(base)
    wd.wait("return document.querySelector('#interleave .controls .run') !== null", "the page")
    wd.click("select.preset option[value='gather-squares']")
    wd.click("button.step")
    view = wd.wait("const v = document.querySelector('pre.loop-view');"
                   "return v && v.textContent.startsWith('Iteration 1 ') ? v.textContent : null",
                   "step mode to open from the forms")
    check(failures, "1. Task-1 (main()): its first step\n" in view and wd.text("button.mode") == "Edit as code"
          and "square(20)" in wd.text(".python pre"),
          "Step in the first download's forms opens the scenario paused, still in the forms")
    step_once(wd)
    step_once(wd)
    check(failures, "Task-1 (main()) runs its next step" in wd.text("p.narration"),
          f"and steps it: {wd.text('p.narration')!r}")
    for shot, (width, height) in [("step.png", (1280, 2000)), ("step-phone.png", (390, 3600))]:
        wd.size(width, height)
        program = (ROOT / "presets" / "create-task-not-awaited" / "program.py").read_text()
        wd.go("about:blank")
        wd.go(base + "#c=" + urllib.parse.quote(program, safe=""))
        code_mode_on(wd)
        wd.wait("return document.querySelector('button.step:not([disabled])')", "Step to be enabled")
        steps = step_until(wd, "asyncio.run cancels the tasks still pending", "the cancellation")
        check(failures, wd.texts(".console li.printed code.text") == ["0", "A"],
              f"create-task-not-awaited, after {steps} steps: main is done, 0 and A printed, "
              "asyncio.run cancels the rest")
        # The next iteration begins with the two wake-ups the cancellation
        # queued. (Code mode runs on the real clock: the sleep of 1 ms set
        # after a few microseconds of computing is due a little after 1 ms.)
        step_once(wd)
        view = wd.text("pre.loop-view")
        tree = wd.text("pre.task-tree")
        check(failures, "Next: Task-2 (display_nums()) wakes up: the future due at 0.0010" in view
              and "Task-2 display_nums(): runs next, line 7" in tree and "    num = 0" in tree,
              f"the loop panel shows Task-2 woken by its cancelled sleep, paused at line 7 "
              f"with num = 0: {view!r} {tree!r}")
        wd.screenshot(OUT / shot)
    # A shared link to a position, opened afresh: the first download hands
    # over to step mode, which replays the run to there.
    link = wd.js("return location.href")
    check(failures, "&step=" in link, f"the address carries the step position: {link[-20:]!r}")
    wd.go("about:blank")
    wd.go(link)
    view = wd.wait("const v = document.querySelector('pre.loop-view');"
                   "return v && v.textContent ? v.textContent : null", "the linked step position")
    check(failures, "Next: Task-2 (display_nums()) wakes up: the future due at 0.0010" in view,
          f"a link to a step position opens paused there: {view[:60]!r}")
    wd.size(1280, 1500)
    program = (ROOT / "presets" / "return-exceptions-off" / "program.py").read_text()
    wd.go("about:blank")
    wd.go(base + "#c=" + urllib.parse.quote(program, safe=""))
    code_mode_on(wd)
    wd.wait("return document.querySelector('button.step:not([disabled])')", "Step to be enabled")
    step_until(wd, "The gather is done: it raises TypeError", "the gather failing")
    step_until(wd, "Task-1 (main()) raises TypeError", "the exception reaching main")
    check(failures, "wakes up, because gather(" in wd.text("p.narration"),
          f"the exception reaches main through the gather: {wd.text('p.narration')!r}")

    # Rewinding replays the run: any position of a 1,000-task run within
    # STEP_BUDGET_MS.
    program = ("import asyncio\n\nasync def worker(n):\n    for step in range(5):\n"
               "        await asyncio.sleep(0)\n    return n\n\nasync def main():\n"
               "    results = await asyncio.gather(*[worker(n) for n in range(1000)])\n"
               "    print(len(results))\n\nasyncio.run(main())\n")
    wd.go("about:blank")
    wd.go(base + "#c=" + urllib.parse.quote(program, safe=""))
    code_mode_on(wd)
    wd.wait("return document.querySelector('button.step:not([disabled])')", "Step to be enabled")
    step_once(wd)
    for _ in range(5):
        step_once(wd, "button.step-iteration")
    for _ in range(5):
        step_once(wd)
    # Best of seven: one frame's wait (up to 16 ms) is in each figure, and
    # the machine may be busy with something else.
    back = [step_once(wd, "button.step-back") for _ in range(7)]
    forward = [step_once(wd) for _ in range(3)]
    start = step_once(wd, "button.to-start")
    print(f"e2e: 1,000 tasks: step back {[round(t) for t in back]} ms, "
          f"step {[round(t) for t in forward]} ms, back to start {start:.0f} ms")
    check(failures, min(back) < STEP_BUDGET_MS,
          f"1,000 tasks: Step back shown in {min(back):.0f} ms (budget {STEP_BUDGET_MS} ms)")

    # A 10,000-task run stays scrubbable: the whole run mapped, the
    # scrubber dragged to its middle and its end, the page's memory (the
    # wasm module's, which holds the run and its map, and the JavaScript
    # heap's, which holds the DOM's objects) within STEP_MEMORY_MB.
    program = program.replace("range(5)", "range(3)").replace("range(1000)", "range(10000)")
    wd.go("about:blank")
    wd.go(base + "#c=" + urllib.parse.quote(program, safe=""))
    code_mode_on(wd)
    wd.wait("return document.querySelector('button.step:not([disabled])')", "Step to be enabled")
    step_once(wd)
    total = int(wd.js("return document.querySelector('input.scrubber').max"))
    scrubbed = []
    for at in (total // 2, total - 1, total // 3):
        wd.js("window.__scrub_t0 = performance.now();"
              "const s = document.querySelector('input.scrubber');"
              "s.value = arguments[0];"
              "s.dispatchEvent(new Event('input', {bubbles: true}));", str(at))
        wd.wait("return document.querySelector('output.position').textContent"
                f".startsWith('step {at} ')", f"the scrubber at {at}")
        scrubbed.append(wd.js("return performance.now() - window.__scrub_t0"))
    memory = wd.js("return [Number(document.querySelector('section.loop').dataset.wasmBytes),"
                   " performance.memory ? performance.memory.usedJSHeapSize : 0]")
    megabytes = sum(memory) / 1e6
    print(f"e2e: 10,000 tasks stepped: {total} steps, scrubbed in {[round(t) for t in scrubbed]} ms, "
          f"wasm {memory[0] / 1e6:.1f} MB + JS heap {memory[1] / 1e6:.1f} MB")
    check(failures, memory[0] > 0 and memory[1] > 0 and megabytes < STEP_MEMORY_MB,
          f"10,000 tasks: scrubbable, the page's memory {megabytes:.1f} MB (budget {STEP_MEMORY_MB} MB)")
    return min(back), megabytes


# What the first download must not link, by the function names of the wasm
# Trunk built (before wasm-opt strips them), each with the kilobytes it
# would cost: the size budget's rules a linter cannot see (clippy.toml
# refuses the hash maps and B-trees at their use).
FORBIDDEN_CODE = {
    "float_to_decimal": "formatting an f64 with {} (the standard float formatter, about 10 KB)",
    "float_to_exponential": "formatting an f64 with {:e} (the standard float formatter, about 10 KB)",
    "dec2flt": "str::parse::<f64> (a 10 KB table; value/decimal.rs reads floats)",
    "dlmalloc": "the standard allocator (about 4 KB; web/src/alloc.rs is the page's)",
    "hashbrown": "a hash map (a hasher costs kilobytes)",
    "BTreeMap": "a B-tree map",
    "driftsort": "a generic stable sort (about 3 KB)",
    "serde": "serde (scenarios' JSON is read and written by hand)",
    "8validate7Checker": "the program validator (the parser and the forms' compiler refuse by themselves what it would)",
}
# Code mode's module sorts (`sorted`, `list.sort` are stable); the rest
# holds for it too.
CODE_MODULE_MAY_LINK = {"driftsort"}


def wasm_function_names(path):
    """The function names in a wasm file's name section."""
    data = path.read_bytes()

    def leb(i):
        result = shift = 0
        while True:
            byte = data[i]
            i += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return result, i

    names, i = [], 8
    while i < len(data):
        section, i = data[i], i + 1
        size, i = leb(i)
        end = i + size
        if section == 0:
            length, j = leb(i)
            if data[j:j + length] == b"name":
                j += length
                while j < end:
                    sub, j = data[j], j + 1
                    sub_size, j = leb(j)
                    if sub == 1:
                        count, k = leb(j)
                        for _ in range(count):
                            _, k = leb(k)
                            length, k = leb(k)
                            names.append(data[k:k + length].decode("utf-8", "replace"))
                            k += length
                    j += sub_size
        i = end
    return names


def forbidden_code(failures):
    # Each build's cargo profile is Cargo.toml's (wasm-release, wasm-code).
    builds = [
        ("the first download", ROOT / "target" / "wasm32-unknown-unknown" / "wasm-release",
         set()),
        ("Code mode's module", ROOT / "target" / "code-mode" / "wasm32-unknown-unknown" / "wasm-code",
         CODE_MODULE_MAY_LINK),
        ("asyncio's Python half's module",
         ROOT / "target" / "code-mode" / "wasm32-unknown-unknown" / "wasm-asyncio",
         CODE_MODULE_MAY_LINK),
    ]
    for build, target, allowed in builds:
        wasm = target / "interleave_web.wasm"
        if not wasm.exists():
            check(failures, False, f"{wasm} is missing: run `trunk build --release --offline`")
            continue
        names = wasm_function_names(wasm)
        for pattern, what in FORBIDDEN_CODE.items():
            if pattern in allowed:
                continue
            found = [n for n in names if pattern in n]
            check(failures, not found and names,
                  f"{build} links no {what}" + (f": {found[:3]}" if found else ""))


def budgets(wd, base, dist, failures):
    print("e2e: budgets")
    forbidden_code(failures)
    sizes = gzipped_size(dist)
    total = sum(sizes.values())
    check(failures, total < SIZE_BUDGET,
          f"wasm + JS gzipped: {total / 1000:.1f} KB (budget {SIZE_BUDGET / 1000:.0f} KB): {sizes}")
    sizes = gzipped_size(dist, CODE_MODULE)
    total = sum(sizes.values())
    check(failures, total < CODE_MODULE_BUDGET,
          f"Code mode's module gzipped: {total / 1000:.1f} KB (budget {CODE_MODULE_BUDGET / 1000:.0f} KB): {sizes}")
    sizes = gzipped_size(dist, ASYNCIO_MODULE)
    total = sum(sizes.values())
    check(failures, total < ASYNCIO_MODULE_BUDGET,
          f"asyncio's Python half's module gzipped: {total / 1000:.1f} KB"
          f" (budget {ASYNCIO_MODULE_BUDGET / 1000:.0f} KB): {sizes}")

    wd.size(1280, 1000)
    times = []
    for _ in range(3):
        wd.go("about:blank")
        wd.go(base)
        times.append(wd.wait(
            "const m = performance.getEntriesByName('interleave-interactive')[0];"
            "return m ? m.startTime : null", "the page to be interactive"))
    interactive = min(times)
    check(failures, interactive < INTERACTIVE_BUDGET_MS,
          f"interactive after {interactive:.0f} ms (best of 3: {[round(t) for t in times]}; budget {INTERACTIVE_BUDGET_MS} ms)")

    calls = ", ".join(str(i) for i in range(1000))
    scenario = {
        "tasks": [{"name": "worker", "params": "x", "calls": calls, "prints": "{x}",
                   "delay": "0.01", "returns": "x * x"}],
        "main": {"mode": "gather", "print_results": True},
    }
    link = base + "#s=" + urllib.parse.quote(json.dumps(scenario), safe="")
    thousand = timed_run(wd, link, "the 1,000-task run")
    lines, lanes = rows(wd)
    check(failures, lines == 1001 and lanes == 1001,
          f"1,000 tasks: {lines} console lines, {lanes} timeline lanes")
    check(failures, thousand < THOUSAND_TASKS_BUDGET_MS,
          f"1,000-task instant run drawn in {thousand:.0f} ms (budget {THOUSAND_TASKS_BUDGET_MS} ms)")

    # The page at scale, in Code mode: its cost must grow with the events,
    # not with every mark and line in the DOM.
    program = ("import asyncio\n\nasync def worker(n):\n    for step in range(10):\n"
               "        await asyncio.sleep(0)\n    return n\n\nasync def main():\n"
               "    results = await asyncio.gather(*[worker(n) for n in range(10000)])\n"
               "    print(len(results), sum(results))\n\nasyncio.run(main())\n")
    tasks = timed_run(wd, base + "#c=" + urllib.parse.quote(program, safe=""),
                      "10,000 tasks of 10 steps", code=True)
    lines, lanes = rows(wd)
    drawn = len(wd.texts(".lanes .lane"))
    check(failures, wd.texts(".console li.printed code.text") == ["10000 49995000"]
          and lanes == 10001 and drawn < 200,
          f"10,000 tasks: {lines} console line, {lanes} lanes of which {drawn} drawn")
    check(failures, tasks < SCALE_BUDGET_MS,
          f"10,000 tasks x 10 steps run and drawn in {tasks:.0f} ms (budget {SCALE_BUDGET_MS} ms)")

    program = ("import asyncio\n\nasync def main():\n    for i in range(100000):\n"
               "        print(i)\n\nasyncio.run(main())\n")
    printing = timed_run(wd, base + "#c=" + urllib.parse.quote(program, safe=""),
                         "100,000 printed lines", code=True)
    lines, _ = rows(wd)
    last = wd.texts(".console li.printed code.text")[-1:]
    check(failures, lines == 100000 and last == ["99999"],
          f"100,000 lines: {lines} in the console, the view following to {last}")
    check(failures, printing < SCALE_BUDGET_MS,
          f"100,000 console lines run and drawn in {printing:.0f} ms (budget {SCALE_BUDGET_MS} ms)")
    (OUT / "budgets.txt").write_text(
        f"wasm+js gzipped bytes: {total} {sizes}\n"
        f"interactive ms: {interactive:.0f} (runs {times})\n"
        f"1000-task instant run ms: {thousand:.0f}\n"
        f"10000 tasks x 10 steps ms: {tasks:.0f}\n"
        f"100000 lines ms: {printing:.0f}\n"
    )


def rows(wd):
    """How many lines the console holds and lanes the timeline holds (the
    page draws only those in view)."""
    return (int(wd.js("return document.querySelector('.console').dataset.rows || '0'")),
            int(wd.js("return document.querySelector('.lanes').dataset.rows || '0'")))


def timed_run(wd, link, what, code=False):
    """Best of 3: milliseconds from pressing Run, at instant speed, to the
    first frame painted after the status says the run ended."""
    runs = []
    for _ in range(3):
        wd.go("about:blank")
        wd.go(link)
        if code:
            code_mode_on(wd)
            wd.wait("return document.querySelector('button.run:not([disabled])')", "Run to be enabled")
        wd.wait("return document.querySelector('select.speed') !== null", "the page")
        wd.click("select.speed option[value='instant']")
        wd.js(
            "window.__done = null;"
            "const status = document.querySelector('.status');"
            "new MutationObserver(() => {"
            "  if (status.textContent.startsWith('exit status') && window.__done === null)"
            "    requestAnimationFrame(() => { window.__done = performance.now() - window.__t0; });"
            "}).observe(status, {childList: true, characterData: true, subtree: true});"
            "window.__t0 = performance.now();"
            "document.querySelector('button.run').click();"
        )
        runs.append(wd.wait("return window.__done", what))
    print(f"e2e: {what}: {[round(t) for t in runs]} ms")
    return min(runs)


# The engine alone in the browser against CPython: the programs of
# `cargo bench --bench versus_cpython`, as Python. Printed, not judged:
# speed targets are ratios measured in one run on a shared machine.
SPEED_PROGRAMS = {
    "10,000 tasks x 10 sleep(0) steps": (
        "import asyncio\n\nasync def worker(i):\n    for step in range(10):\n"
        "        await asyncio.sleep(0)\n    return i\n\n"),
    "100,000 tasks of one step": "import asyncio\n\nasync def worker(i):\n    return i * i\n\n",
}
SPEED_MAIN = {
    "10,000 tasks x 10 sleep(0) steps": 10000,
    "100,000 tasks of one step": 100000,
}


def speed_source(name):
    return (SPEED_PROGRAMS[name]
            + "async def main():\n    coros = []\n"
            + f"    for i in range({SPEED_MAIN[name]}):\n        coros.append(worker(i))\n"
            + "    results = await asyncio.gather(*coros)\n    print(len(results))\n\n")


def engine_speed(wd, dist):
    """Times Code mode's engine (`engine_millis`, untraced) on each speed
    program in Chromium, best of 5, and CPython's `asyncio.run` on the
    same program, best of 3; prints both and their ratio."""
    print("e2e: the engine in Chromium against CPython (printed, not judged)")
    with tempfile.TemporaryDirectory() as site:
        site = pathlib.Path(site)
        for f in dist.iterdir():
            (site / f.name).symlink_to(f)
        (site / "speed.html").write_text(
            "<!doctype html><meta charset=utf-8><script type=module>"
            f"import init, {{ engine_millis }} from './{CODE_MODULE}.js';"
            "await init(); window.__engine = engine_millis;</script>")
        server, base = serve(site)
        try:
            wd.go(base + "speed.html")
            wd.wait("return !!window.__engine", "Code mode's module")
            lines = []
            for name in SPEED_PROGRAMS:
                source = speed_source(name)
                runs = wd.js("const src = arguments[0];"
                             "return [0, 1, 2, 3, 4].map(() => window.__engine(src + 'asyncio.run(main())\\n'));",
                             source)
                timed = source + ("import time\nbest = None\nfor _ in range(3):\n"
                                  "    t = time.perf_counter()\n    asyncio.run(main())\n"
                                  "    d = time.perf_counter() - t\n    best = d if best is None else min(best, d)\n"
                                  "print(best * 1000)\n")
                out = subprocess.run(["python3", "-c", timed], capture_output=True, text=True, timeout=300)
                cpython_ms = float(out.stdout.split()[-1])
                wasm_ms = min(runs)
                line = (f"{name}: engine in Chromium {wasm_ms:.1f} ms, CPython {cpython_ms:.1f} ms, "
                        f"{cpython_ms / wasm_ms:.1f}x")
                print("  " + line)
                lines.append(line)
            return lines
        finally:
            server.shutdown()


def main():
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist").resolve()
    if not (dist / "index.html").exists():
        sys.exit(f"e2e: {dist}/index.html is missing; run `trunk build --release --offline` first")
    OUT.mkdir(parents=True, exist_ok=True)
    server, base = serve(dist)
    proc, port = start_chromedriver()
    failures = []
    wd = None
    try:
        wd = WebDriver(port)
        learner_flow(wd, base, failures)
        next_chapter_presets(wd, base, failures)
        form_modes(wd, base, failures)
        back, megabytes = step_mode(wd, base, failures)
        budgets(wd, base, dist, failures)
        with open(OUT / "budgets.txt", "a") as f:
            f.write(f"1000-task step back ms: {back:.0f}\n"
                    f"10000-task stepped MB: {megabytes:.1f}\n")
        speed = engine_speed(wd, dist)
        with open(OUT / "budgets.txt", "a") as f:
            f.write("".join(line + "\n" for line in speed))
    finally:
        if wd:
            wd.quit()
        proc.kill()
        server.shutdown()
    print(f"e2e: screenshots in {OUT}: page.png, phone.png, step.png, step-phone.png")
    if failures:
        print(f"e2e: {len(failures)} check(s) failed")
        sys.exit(1)
    print("e2e: all checks passed")


if __name__ == "__main__":
    main()
