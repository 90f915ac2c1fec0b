//! The gather-heavy programs the benchmarks run.

use interleave::program::build::*;
use interleave::program::{BinOp, Function, Program};

/// `n` tasks of `steps` `sleep(0)` steps each, gathered.
pub fn yielding_tasks(n: i64, steps: i64) -> Program {
    program(vec![
        async_fn(
            "worker",
            &["i"],
            vec![
                for_(
                    "step",
                    call_fn("range", vec![int(steps)]),
                    vec![sleep(int(0))],
                ),
                return_(name("i")),
            ],
        ),
        gather_main(n, "worker"),
    ])
}

/// `n` tasks that return at once, gathered.
pub fn one_step_tasks(n: i64) -> Program {
    program(vec![
        async_fn(
            "square",
            &["x"],
            vec![return_(binop(BinOp::Mul, name("x"), name("x")))],
        ),
        gather_main(n, "square"),
    ])
}

fn gather_main(n: i64, worker: &str) -> Function {
    async_fn(
        "main",
        &[],
        vec![
            assign("coros", list(vec![])),
            for_(
                "i",
                call_fn("range", vec![int(n)]),
                vec![expr(method(
                    name("coros"),
                    "append",
                    vec![call_fn(worker, vec![name("i")])],
                ))],
            ),
            assign(
                "results",
                await_(gather(vec![starred(name("coros"))], false)),
            ),
            print(vec![call_fn("len", vec![name("results")])]),
        ],
    )
}
