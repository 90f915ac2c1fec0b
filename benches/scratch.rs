use interleave::program::build::*;
use interleave::program::BinOp;
use interleave::RunOptions;
use std::time::Instant;
fn main() {
    let opts = RunOptions {
        no_trace: true,
        ..Default::default()
    };
    let mk = |gath: u8, n: i64| {
        let mut body = vec![
            assign("coros", list(vec![])),
            for_(
                "i",
                call_fn("range", vec![int(n)]),
                vec![expr(method(
                    name("coros"),
                    "append",
                    vec![call_fn("square", vec![name("i")])],
                ))],
            ),
        ];
        match gath {
            1 => body.push(assign(
                "results",
                await_(gather(vec![starred(name("coros"))], false)),
            )),
            2 => body.push(for_("c", name("coros"), vec![expr(await_(name("c")))])),
            _ => {}
        }
        program(vec![
            async_fn(
                "square",
                &["x"],
                vec![return_(binop(BinOp::Mul, name("x"), name("x")))],
            ),
            async_fn("main", &[], body),
        ])
    };
    for (label, p) in [
        ("create only", mk(0, 100_000)),
        ("create+await inline", mk(2, 100_000)),
        ("create+gather", mk(1, 100_000)),
    ] {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            let o = interleave::run(&p, &opts);
            assert!(o.error.is_none());
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{label}: {:.1}ms", best * 1e3);
    }
}
