//! Benchmark: a dict's and a set's cost per key stays the same as they
//! grow, as CPython's do (a hash index, `value/key_index.rs`), rather than
//! growing with the number of keys (a search in order, which made 30,000
//! keys take 8.7 s).
//!
//! `cargo bench --bench dict_scaling` runs one program at two sizes, ten
//! times apart, on the engine and under CPython 3.11 (timing `main` only),
//! checks they print the same, and prints each one's time per key and the
//! ratio of the large size's per-key time to the small one's: about 1 when
//! the cost is linear, about 10 when it is quadratic. Target: the engine's
//! ratio under 2. (The time per key against CPython's is printed too: it
//! is the interpreter's speed at plain Python, not the dict's growth.)

use interleave::RunOptions;
use std::process::Command;
use std::time::{Duration, Instant};

/// Fills a dict and a set, looks every key up, removes a third and
/// re-adds them (which go to the end), then iterates.
fn program(n: usize) -> String {
    format!(
        "import asyncio\n\n\nasync def main():\n    d = {{}}\n    s = set()\n    for i in range({n}):\n        d[i] = str(i)\n        s.add(str(i))\n    hits = 0\n    for i in range({n}):\n        if i in d and str(i) in s:\n            hits += 1\n    for i in range(0, {n}, 3):\n        del d[i]\n        s.discard(str(i))\n    for i in range(0, {n}, 3):\n        d[i] = 'again'\n    print(hits, len(d), len(s), list(d)[-1], sum(d))\n\n\nasyncio.run(main())\n"
    )
}

fn engine(source: &str) -> (Duration, String) {
    let program = interleave::parse::program(source).expect("the program parses");
    let options = RunOptions {
        no_trace: true,
        ..RunOptions::default()
    };
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let outcome = interleave::run(&program, &options);
            let elapsed = start.elapsed();
            assert!(outcome.error.is_none(), "{:?}", outcome.error);
            (elapsed, outcome.stdout)
        })
        .min_by_key(|(t, _)| *t)
        .expect("three runs")
}

/// CPython's time for `asyncio.run(main())` alone, best of three.
fn cpython(source: &str) -> (Duration, String) {
    let timed = source.replace(
        "asyncio.run(main())\n",
        "import sys, time\nt = time.perf_counter()\nasyncio.run(main())\nprint(time.perf_counter() - t, file=sys.stderr)\n",
    );
    (0..3)
        .map(|_| {
            let out = Command::new("python3")
                .args(["-c", &timed])
                .output()
                .expect("python3 runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let secs: f64 = String::from_utf8_lossy(&out.stderr)
                .trim()
                .parse()
                .expect("CPython printed its time");
            (
                Duration::from_secs_f64(secs),
                String::from_utf8_lossy(&out.stdout).into_owned(),
            )
        })
        .min_by_key(|(t, _)| *t)
        .expect("three runs")
}

fn main() {
    let sizes = [3_000, 30_000];
    println!(
        "{:<12} {:>14} {:>14}",
        "keys", "engine ns/key", "CPython ns/key"
    );
    let mut per_key = Vec::new();
    for n in sizes {
        let source = program(n);
        let (mine, out) = engine(&source);
        let (theirs, expected) = cpython(&source);
        assert_eq!(out, expected, "the engine and CPython print the same");
        let ns = |t: Duration| t.as_secs_f64() * 1e9 / n as f64;
        println!("{n:<12} {:>14.0} {:>14.0}", ns(mine), ns(theirs));
        per_key.push((ns(mine), ns(theirs)));
    }
    let growth = per_key[1].0 / per_key[0].0;
    let cpython_growth = per_key[1].1 / per_key[0].1;
    println!(
        "per-key cost, {} keys against {}: engine {growth:.2}x, CPython {cpython_growth:.2}x",
        sizes[1], sizes[0]
    );
    let met = growth < 2.0;
    println!(
        "target (the engine's per-key cost grows under 2x): {}",
        if met { "met" } else { "NOT met" }
    );
}
