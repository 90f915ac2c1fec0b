//! The `interleave` command: run a program (Python source, the JSON model
//! or a preset) on the engine and print what CPython would print, print its
//! Python, or its trace.

use interleave::error::RunError;
use interleave::{presets, program::python, trace, Limits, Program, RunOptions};
use std::io::Write;
use std::process::ExitCode;

// Small blocks from free lists per size class, as CPython's pymalloc
// serves its objects: a task is about ten of them.
#[global_allocator]
static ALLOCATOR: interleave::small_objects::SmallObjects = interleave::small_objects::SmallObjects;

const USAGE: &str = "\
usage:
  interleave run     (FILE.py | FILE.json | --preset NAME) [OPTIONS]
  interleave python  (FILE.py | FILE.json | --preset NAME)
  interleave trace   (FILE.py | FILE.json | --preset NAME) [OPTIONS]
  interleave step    (FILE.py | FILE.json | --preset NAME) [--callbacks] [--tree] [--narrate] [--json] [OPTIONS]
  interleave presets

run     prints what CPython 3.11 prints for the program, and exits with its status
python  prints the equivalent Python program (normalised, for a .py file)
trace   prints every event of the run as JSON Lines
step    prints, before each loop iteration, what the loop holds (the ready
        queue, the timers, each pending task: what it waits on and the line
        it is paused at), then what the iteration printed; --callbacks:
        also before each callback the loop runs (the one about to run,
        and which of those queued run in this iteration); --tree: the
        tasks as a tree too (who awaits or created whom, each one's call,
        state and variables, finished ones too); --narrate: after
        each step, what it did in words (» ...); --json: one JSON object
        per step (view, printed, narration)presets lists the built-in examples

options:
  --max-steps N        stop a run after N loop iterations and calls
  --max-tasks N        stop a run that creates more than N tasks
  --virtual-clock      only sleeps move the clock, each by exactly its length,
                       as on the tests' virtual clock (by default computing
                       and waking take time, as on CPython's real clock;
                       --no-compute-time is the old name)
  --seed N             seed `random` with N until the program seeds it
                       (0 when not given; CPython picks its own)";

/// Exit status when Interleave itself refuses or stops: bad input, a limit.
const EXIT_USAGE: u8 = 2;

struct Args {
    command: String,
    source: Option<Source>,
    limits: Limits,
    virtual_clock: bool,
    random_seed: u64,
    json: bool,
    callbacks: bool,
    tree: bool,
    narrate: bool,
}

enum Source {
    File(String),
    Preset(String),
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = args.next().ok_or("no command given")?;
    let mut source = None;
    let mut limits = Limits::default();
    let mut virtual_clock = false;
    let mut random_seed = 0;
    let mut json = false;
    let mut callbacks = false;
    let mut narrate = false;
    let mut tree = false;
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--preset" => source = Some(Source::Preset(value("--preset")?)),
            "--max-steps" => {
                let v = value("--max-steps")?;
                limits.max_steps = v
                    .parse()
                    .map_err(|_| format!("--max-steps wants a whole number, not `{v}`"))?;
            }
            "--max-tasks" => {
                let v = value("--max-tasks")?;
                limits.max_tasks = v
                    .parse()
                    .map_err(|_| format!("--max-tasks wants a whole number, not `{v}`"))?;
            }
            "--virtual-clock" | "--no-compute-time" => virtual_clock = true,
            "--seed" => {
                let n = args.next().ok_or("--seed needs a number: --seed 42")?;
                random_seed = n
                    .parse()
                    .map_err(|_| format!("--seed takes a whole number from 0 up, not `{n}`"))?;
            }
            "--json" => json = true,
            "--callbacks" => callbacks = true,
            "--narrate" => narrate = true,
            "--tree" => tree = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file if source.is_none() => source = Some(Source::File(file.to_string())),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    Ok(Args {
        command,
        source,
        limits,
        virtual_clock,
        random_seed,
        json,
        callbacks,
        tree,
        narrate,
    })
}

/// Why a command stopped before it could run the program.
enum Stop {
    /// What Interleave says: a usage mistake, an unreadable file, a
    /// refusal. Exit status 2.
    Said(String),
    /// Python's own SyntaxError for the program, written as CPython writes
    /// it. Exit status 1, as CPython's.
    Python(String),
}

impl From<String> for Stop {
    fn from(message: String) -> Stop {
        Stop::Said(message)
    }
}

fn load(source: &Option<Source>) -> Result<Program, Stop> {
    match source {
        None => Err(Stop::Said("give a program file or --preset NAME".into())),
        Some(Source::Preset(name)) => Ok(presets::find(name).map(|p| p.program())?),
        Some(Source::File(path)) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("{path}: cannot read it: {e}"))?;
            // JSON is an object; anything else is read as Python source.
            if text.trim_start().starts_with('{') {
                Ok(Program::from_json(&text).map_err(|e| format!("{path}: {e}"))?)
            } else {
                let mut program = interleave::parse::program(&text).map_err(|e| {
                    match e.python_report(path, &text) {
                        Some(report) => Stop::Python(report),
                        None => Stop::Said(format!("{path}: {e}")),
                    }
                })?;
                // CPython names a script by its absolute path in warnings.
                if let (Some(source), Ok(absolute)) =
                    (program.source.take(), std::path::absolute(path))
                {
                    let source = (*source).clone().with_path(&absolute.to_string_lossy());
                    program.source = Some(std::rc::Rc::new(source));
                }
                Ok(program)
            }
        }
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("interleave: {e}\n\n{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match run(&args) {
        Ok(code) => code,
        Err(Stop::Said(e)) => {
            eprintln!("interleave: {e}");
            ExitCode::from(EXIT_USAGE)
        }
        Err(Stop::Python(report)) => {
            eprint!("{report}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &Args) -> Result<ExitCode, Stop> {
    let options = RunOptions {
        limits: args.limits,
        no_trace: false,
        real_clock: !args.virtual_clock,
        random_seed: args.random_seed,
    };
    let mut stdout = std::io::stdout().lock();
    let write = |out: &mut std::io::StdoutLock, text: &str| {
        out.write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .map_err(|e| format!("cannot write the output: {e}"))
    };
    match args.command.as_str() {
        "presets" => {
            let mut text = String::new();
            for p in presets::all() {
                text.push_str(&format!("{:<26} {}\n", p.name, p.title));
            }
            write(&mut stdout, &text)?;
            Ok(ExitCode::SUCCESS)
        }
        "python" => {
            let program = load(&args.source)?;
            write(&mut stdout, &python::to_python(&program))?;
            Ok(ExitCode::SUCCESS)
        }
        "run" => {
            let program = load(&args.source)?;
            let outcome = interleave::run(&program, &options);
            // A refusal comes instead of the output (`RunError::is_refusal`).
            if !outcome.error.as_ref().is_some_and(RunError::is_refusal) {
                write(&mut stdout, &outcome.stdout)?;
                eprint!("{}", outcome.stderr);
                for event in &outcome.events {
                    if let trace::EventKind::Note { text } = &event.kind {
                        eprintln!("interleave: note: {text}");
                    }
                }
            }
            if let Some(e) = outcome.error {
                eprintln!("{e}");
                if e.kind == interleave::error::RunErrorKind::StepBudget {
                    eprintln!("interleave: raise the budget with --max-steps N if the program is meant to run this long");
                }
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            Ok(ExitCode::from(outcome.exit_status as u8))
        }
        "trace" => {
            let program = load(&args.source)?;
            let outcome = interleave::run(&program, &options);
            write(&mut stdout, &trace::to_json_lines(&outcome.events))?;
            if let Some(e) = outcome.error {
                eprintln!("{e}");
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            Ok(ExitCode::SUCCESS)
        }
        "step" => {
            let program = load(&args.source)?;
            let mut failed = None;
            let outcome = interleave::step(&program, &options, args.callbacks, args.tree, |step| {
                let text = if args.json {
                    serde_json::to_string(&step)
                        .map(|line| line + "\n")
                        .map_err(|e| format!("cannot write the step: {e}"))
                } else {
                    let text = step.to_text(args.narrate);
                    Ok(text)
                };
                if let Err(e) = text.and_then(|text| write(&mut stdout, &text)) {
                    failed.get_or_insert(e);
                }
            });
            if let Some(e) = failed {
                return Err(e.into());
            }
            eprint!("{}", outcome.stderr);
            if let Some(e) = outcome.error {
                eprintln!("{e}");
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            Ok(ExitCode::from(outcome.exit_status as u8))
        }
        "help" | "--help" | "-h" => {
            write(&mut stdout, &format!("{USAGE}\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}").into()),
    }
}
