//! Calibrates `engine::compute`: how long CPython 3.11 takes, on this
//! machine, for the work the engine counts as one instruction.
//!
//! `cargo bench --bench compute_cost` runs each program below under
//! `python3` (timing the work with `time.perf_counter`, best of three) and
//! on the engine (its estimate of the same work, in instructions), and
//! prints CPython's nanoseconds per instruction for each, and their
//! geometric mean, which `compute::NANOS_PER_OP` should be near. The
//! spread between programs is what `compute::SPREAD` must cover.

use interleave::engine::compute::NANOS_PER_OP;
use interleave::RunOptions;
use std::process::Command;

/// The body of `work()`, which `main` times; `N` is the size.
const PROGRAMS: &[(&str, &str)] = &[
    ("arithmetic", "total = 0\n    for i in range(N):\n        total += i * i % 7\n    return total"),
    ("calls", "total = 0\n    for i in range(N):\n        total = inc(total)\n    return total"),
    ("sorted", "items = [(i * 7919) % 10007 for i in range(N)]\n    return len(sorted(items))"),
    ("while", "i = 0\n    n = 0\n    while i < N:\n        if i % 3 == 0:\n            n += 1\n        i += 1\n    return n"),
    ("dict", "d = {}\n    for i in range(N):\n        k = i % 100\n        d[k] = d.get(k, 0) + 1\n    return len(d)"),
    ("strings", "parts = []\n    for i in range(N):\n        parts.append(str(i))\n    return len(','.join(parts))"),
    ("builtins", "return sum(range(N)) + max([i % 13 for i in range(N)])"),
    ("f-strings", "out = []\n    for i in range(N):\n        out.append(f'{i}:{i * 2}')\n    return len(out)"),
];

const N: u32 = 200_000;

fn source(body: &str) -> String {
    let body = body.replace('N', &N.to_string());
    format!(
        "import asyncio\nimport time\n\n\ndef inc(x):\n    return x + 1\n\n\nasync def work():\n    {body}\n\n\nasync def main():\n    t = time.perf_counter()\n    await work()\n    print(time.perf_counter() - t)\n\n\nasyncio.run(main())\n"
    )
}

fn main() {
    let mut log_sum = 0.0;
    println!(
        "{:<12} {:>10} {:>12} {:>8}",
        "program", "CPython", "engine ops", "ns/op"
    );
    for (name, body) in PROGRAMS {
        let text = source(body);
        let path = std::env::temp_dir().join(format!("compute_cost_{name}.py"));
        std::fs::write(&path, &text).expect("write the program");
        let cpython = (0..3)
            .map(|_| {
                let out = Command::new("python3")
                    .arg(&path)
                    .output()
                    .expect("python3 runs");
                String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse::<f64>()
                    .expect("seconds")
            })
            .fold(f64::MAX, f64::min);
        let program = interleave::parse::program(&text).expect("the program parses");
        let options = RunOptions {
            real_clock: false,
            ..RunOptions::default()
        };
        let outcome = interleave::run(&program, &options);
        assert!(outcome.error.is_none(), "{name}: {:?}", outcome.error);
        let ops = outcome.computed * 1e9 / NANOS_PER_OP as f64;
        let per_op = cpython * 1e9 / ops;
        log_sum += per_op.ln();
        println!(
            "{name:<12} {:>9.1}ms {ops:>12.0} {per_op:>8.1}",
            cpython * 1e3
        );
    }
    let mean = (log_sum / PROGRAMS.len() as f64).exp();
    println!("geometric mean: {mean:.1} ns per instruction (NANOS_PER_OP is {NANOS_PER_OP})");
}
