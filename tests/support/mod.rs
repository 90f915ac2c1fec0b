//! Running one program both ways: on the engine and under CPython
//! (`python3`, the oracle), and comparing what a user would see.

#![allow(dead_code)]

use interleave::{program::python::to_python, Program, RunOptions};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a run shows a user: stdout, the exceptions stderr reports, in
/// order, the last line of stderr, exit status. (The engine leaves out
/// traceback frames, so stderr is not compared whole.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observed {
    pub stdout: String,
    pub stderr_exceptions: Vec<String>,
    pub stderr_last_line: String,
    pub exit_status: i32,
}

fn last_line(stderr: &str) -> String {
    stderr
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// The lines of stderr that state an exception (`ValueError: bad`,
/// `asyncio.exceptions.CancelledError`), not indented as traceback frames
/// and source lines are, the lines that chain them ("During handling of
/// the above exception...", "The above exception was the direct
/// cause..."), each traceback's header (whether there is a traceback at
/// all: none for an exception only C code raised), and the warnings,
/// with the line each quotes.
fn exception_lines(stderr: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut all = stderr.lines().peekable();
    while let Some(l) = all.next() {
        // An exception group's report draws boxes in the margin: its
        // lines are compared with their margins, which show the nesting.
        let margin = l.trim_start();
        if margin.starts_with("+-") {
            lines.push(l.to_string());
            continue;
        }
        let text = margin
            .strip_prefix("| ")
            .or_else(|| margin.strip_prefix("+ "))
            .unwrap_or(l);
        let name = text.split(':').next().unwrap_or("");
        if let Some(warning) = warning(l) {
            let quoted = all.next_if(|next| next.starts_with("  "));
            lines.push(match quoted {
                Some(q) => format!("{warning} | {}", q.trim()),
                None => warning,
            });
        } else if text.starts_with("During handling of the above exception")
            || text == "Traceback (most recent call last):"
            || text.starts_with("The above exception was the direct cause")
            || (!text.starts_with(' ')
                && !name.contains(' ')
                && (name.ends_with("Error")
                    || name.ends_with("Exception")
                    || name.ends_with("ExceptionGroup")))
        {
            lines.push(l.to_string());
        }
    }
    lines
}

/// `main.py:12: RuntimeWarning: coroutine 'f' was never awaited`, with
/// the file named by what it is (the program, asyncio's own `events.py`,
/// `sys` at exit), since the paths differ between the engine and CPython.
fn warning(line: &str) -> Option<String> {
    let (place, message) = line.split_once(": ")?;
    let (kind, _) = message.split_once(": ")?;
    if !kind.ends_with("Warning") || kind.contains(' ') {
        return None;
    }
    let (path, number) = place.rsplit_once(':')?;
    number.parse::<u32>().ok()?;
    let file = if path == "sys" {
        "sys".to_string()
    } else if let Some(at) = path.rfind("/asyncio/") {
        path[at + 1..].to_string()
    } else {
        "<program>".to_string()
    };
    Some(format!("{file}:{number}: {message}"))
}

/// Fails the test at once, saying what to do, unless `python3` is CPython
/// 3.11: another version prints other reprs, messages and warnings, and
/// every comparison would fail for that alone.
fn require_cpython_3_11() {
    static CHECKED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    let checked = CHECKED.get_or_init(|| {
        let out = Command::new("python3")
            .args(["-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"])
            .output()
            .map_err(|e| format!("python3 cannot be run ({e})"))?;
        let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if version == "CPython 3 11" {
            Ok(())
        } else {
            Err(format!("python3 is {version:?}"))
        }
    });
    if let Err(why) = checked {
        panic!("these tests compare Interleave with CPython 3.11, but {why}: install CPython 3.11 and put it first on PATH as python3 (for example: pyenv install 3.11 && pyenv global 3.11)");
    }
}

/// The engine's options for comparing with CPython on the virtual clock
/// (`virtual_clock.py`), where only sleeping moves the clock: computing
/// takes no time there (see `tests/real_clock.rs` for when it does).
pub fn options() -> RunOptions {
    RunOptions {
        real_clock: false,
        ..RunOptions::default()
    }
}

/// The engine's view.
pub fn engine(program: &Program) -> Observed {
    let outcome = interleave::run(program, &options());
    if let Some(e) = &outcome.error {
        panic!("the engine stopped the run: {e}\n{}", to_python(program));
    }
    Observed::of(&outcome)
}

/// The engine's view, as `interleave step` shows it: before each loop
/// iteration what the loop holds, then what the iteration printed (what
/// CPython shows on `Clock::Stepped`).
pub fn engine_stepped(program: &Program) -> Observed {
    let mut shown = String::new();
    let outcome = interleave::step(program, &options(), true, false, |step| {
        if let Some(view) = step.view {
            shown.push_str(&view.to_text());
        }
        shown.push_str(&step.printed);
    });
    if let Some(e) = &outcome.error {
        panic!("the engine stopped the run: {e}\n{}", to_python(program));
    }
    Observed {
        stdout: shown,
        ..Observed::of(&outcome)
    }
}

impl Observed {
    /// What a finished run showed.
    pub fn of(outcome: &interleave::RunOutcome) -> Observed {
        Observed {
            stdout: outcome.stdout.clone(),
            stderr_exceptions: exception_lines(&outcome.stderr),
            stderr_last_line: last_line(&outcome.stderr),
            exit_status: outcome.exit_status,
        }
    }
}

/// Every `.py` file under `dir`, in path order. (The tests are no part of
/// the page, whose size budgets refuse the standard library's sorts.)
#[allow(clippy::disallowed_methods)]
pub fn python_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let mut out = Vec::new();
    for path in entries {
        if path.is_dir() {
            out.extend(python_files(&path));
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    out
}

/// Runs `python3` with `args` and returns what it printed, failing the test
/// with what it wrote to stderr when it fails (a generated table's
/// `--check`, a batch of reprs to compare).
pub fn python3_ok(args: &[&str]) -> String {
    let out = Command::new("python3")
        .args(args)
        .output()
        .expect("python3 must be installed: it is the oracle these tests compare against");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("python3 writes UTF-8")
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn scratch_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cpython");
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    dir
}

/// Which clock CPython runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Plain `python3 prog.py`: the real thing, but real-time jitter on a
    /// busy machine can reorder timers that are close together.
    Real,
    /// CPython's own asyncio with only its clock made virtual
    /// (`virtual_clock.py`): deterministic.
    Virtual,
    /// The virtual clock, printing before each loop iteration what the
    /// loop holds (`loop_view.py`), as `interleave step` prints the
    /// engine's (`engine_stepped`): the two then agree iteration by
    /// iteration, ready queue, timers and tasks, not only in what the
    /// program prints.
    Stepped,
}

/// CPython's view of a program's Python source.
pub fn cpython_source(source: &str, clock: Clock) -> Observed {
    require_cpython_3_11();
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let path = scratch_dir().join(format!("prog_{}_{n}.py", std::process::id()));
    std::fs::write(&path, source).expect("write the Python program");
    let mut cmd = Command::new("python3");
    if clock != Clock::Real {
        cmd.arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/virtual_clock.py"
        ));
    }
    if clock == Clock::Stepped {
        cmd.arg("--loop-view");
    }
    let out = cmd
        .arg(&path)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("python3 must be installed: it is the oracle these tests compare against");
    let _ = std::fs::remove_file(&path);
    let stderr = String::from_utf8_lossy(&out.stderr);
    Observed {
        stdout: mask_addresses(&String::from_utf8_lossy(&out.stdout)),
        stderr_exceptions: exception_lines(&stderr),
        stderr_last_line: last_line(&stderr),
        exit_status: exit_status(&out.status),
    }
}

/// The status as a shell reads it: a process killed by a signal is 128
/// plus the signal (CPython ends an uncaught KeyboardInterrupt by
/// killing itself with SIGINT: 130).
fn exit_status(status: &std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(status) {
        return 128 + signal;
    }
    status.code().unwrap_or(-1)
}

/// `text` with each memory address CPython printed in a repr (` at
/// 0x7f3a5c1b2d90`) written ` at 0x…`, and what `reprlib` left of one it
/// cut (`<__main__.Job...x7f0f33591b10>`, a future's result) written
/// `...x…>`, as the engine writes every address
/// (`value::format::ADDRESS`): no model can know one.
fn mask_addresses(text: &str) -> String {
    let text = mask_hex_after(text, " at 0x", "");
    mask_sources(&mask_hex_after(&text, "...x", ">"))
}

/// `text` with the hex digits after each `marker` written `…`, where
/// there are at least 8 and `then` follows them.
fn mask_hex_after(text: &str, marker: &str, then: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        let start = at + marker.len();
        let digits = rest[start..]
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let end = start + digits;
        out.push_str(&rest[..start]);
        out.push_str(if digits >= 8 && rest[end..].starts_with(then) {
            "…"
        } else {
            &rest[start..end]
        });
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `text` with each source place CPython printed in a repr (a callback's
/// ` at /tmp/prog.py:12`, `format_helpers`' `_get_function_source`)
/// written ` at …`, as the engine writes every path.
fn mask_sources(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" at /") {
        let tail = &rest[at + 4..];
        let path = tail.find(['>', ']', ',', '\n', ' ']).unwrap_or(tail.len());
        let place = &tail[..path];
        let line = place.rsplit_once(".py:").map(|(_, n)| n);
        out.push_str(&rest[..at]);
        if line.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
            out.push_str(" at …");
        } else {
            out.push_str(&rest[at..at + 4 + path]);
        }
        rest = &rest[at + 4 + path..];
    }
    out.push_str(rest);
    out
}

pub fn cpython(program: &Program, clock: Clock) -> Observed {
    cpython_source(&to_python(program), clock)
}

/// How often plain CPython may be rerun when its output differs: a busy
/// machine can delay a timer enough to reorder it; a real disagreement
/// repeats every time.
pub const REAL_CLOCK_ATTEMPTS: usize = 3;

/// Compares the engine with CPython on both clocks; `None` if they agree,
/// else a report of the difference.
pub fn compare(name: &str, program: &Program) -> Option<String> {
    compare_source(name, program, &to_python(program))
}

/// `compare`, with CPython running `source` as written (a program the
/// parser read into `program`) rather than the program printed back.
pub fn compare_source(name: &str, program: &Program, source: &str) -> Option<String> {
    if let Some(report) = differs_on_virtual_clock(program, source) {
        return Some(format!("{name}: {report}"));
    }
    let ours = engine(program);
    let report = |clock: &str, theirs: &Observed| {
        format!(
            "{name}: the engine and CPython ({clock} clock) disagree; CPython is right.\n--- engine\n{ours:#?}\n--- CPython\n{theirs:#?}\n--- program\n{source}"
        )
    };
    let mut real = cpython_source(source, Clock::Real);
    for _ in 1..REAL_CLOCK_ATTEMPTS {
        if real == ours {
            break;
        }
        real = cpython_source(source, Clock::Real);
    }
    (real != ours).then(|| report("real", &real))
}

/// Panics with both outputs and the program when they differ.
pub fn assert_same(name: &str, program: &Program) {
    if let Some(report) = compare(name, program) {
        panic!("{report}");
    }
}

/// Compares every case, one at a time (CPython on the real clock needs an
/// unloaded machine), and reports all that differ at once.
pub fn assert_all_match(cases: &[(&str, Program)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, program)| compare(name, program))
        .collect();
    assert!(
        failures.is_empty(),
        "{} case(s) differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Random cases per property test: `default`, or `INTERLEAVE_PROPTEST_CASES`.
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("INTERLEAVE_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A property test's runner, seeded so that every run of the suite tries
/// the same cases: a submission is judged by one CI run, which must not
/// pass or fail by luck. `INTERLEAVE_PROPTEST_SEED=N` tries other cases
/// (`random` picks a seed and prints it, to explore and then replay).
pub fn proptest_runner(config: proptest::test_runner::Config) -> proptest::test_runner::TestRunner {
    use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
    let seed: u64 = match std::env::var("INTERLEAVE_PROPTEST_SEED").ok().as_deref() {
        None | Some("") => 0x1e7e_a5e5,
        Some("random") => {
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            eprintln!("INTERLEAVE_PROPTEST_SEED={seed}");
            seed
        }
        Some(n) => n
            .parse()
            .expect("INTERLEAVE_PROPTEST_SEED must be a number or `random`"),
    };
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

/// The engine against CPython on the virtual clock (exact, never flaky),
/// iteration by iteration (`Clock::Stepped`): `None` when they agree, else
/// a report for a test to fail with, from the first line that differs.
pub fn differs_on_virtual_clock(program: &Program, source: &str) -> Option<String> {
    let ours = engine_stepped(program);
    let theirs = cpython_source(source, Clock::Stepped);
    if ours == theirs {
        return None;
    }
    let first = ours
        .stdout
        .lines()
        .zip(theirs.stdout.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| {
            ours.stdout
                .lines()
                .count()
                .min(theirs.stdout.lines().count())
        });
    let context = |text: &str| {
        let lines: Vec<&str> = text.lines().collect();
        lines[first.saturating_sub(12)..(first + 6).min(lines.len())].join("\n")
    };
    Some(format!(
        "the engine and CPython (virtual clock, stepped) disagree, first at line {} of the step transcript; CPython is right.\n--- engine, around it\n{}\n--- CPython, around it\n{}\n--- engine\n{ours:#?}\n--- CPython\n{theirs:#?}\n--- program\n{source}",
        first + 1,
        context(&ours.stdout),
        context(&theirs.stdout)
    ))
}
