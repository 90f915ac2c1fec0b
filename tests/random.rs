//! `random` against CPython's: the Mersenne Twister and every function
//! the engine models, over thousands of seeds (negative and beyond 32
//! bits among them) and calls, in one program run by both.

mod support;

use interleave::{parse, RunOptions};
use support::{cpython_source, Clock};

const PROGRAM: &str = r#"
import asyncio
import random
from random import randint, randrange, choice, sample, shuffle, uniform, getrandbits


async def main():
    for s in range(1200):
        random.seed(s * 7919 - 3000 if s % 3 else 2 ** 40 + s * 2 ** 31)
        xs = list(range(s % 13))
        shuffle(xs)
        print(random.random(), randint(-s, s), randrange(0, 10 ** 12, 7),
              randrange(50, -51, -3), randrange(s + 1), getrandbits(s % 64),
              uniform(-s, 2.5), xs, choice("abcdefg"), choice([1, 2.5, None]),
              sample(range(s + 30), s % 9), sample(range(10 ** 6), 7),
              sample(("a", "b", "c", "d"), 2), sample(list(range(40)), 10),
              random.choices("xyz", k=s % 5),
              random.choices(range(s % 7 + 1), [w % 3 + 0.5 for w in range(s % 7 + 1)], k=3),
              random.choices([1, 2, 3], cum_weights=[s % 4, s % 4 + 1, 9], k=2))
    random.seed()
    random.seed(None)
    random.seed(0)
    print(random.random())


asyncio.run(main())
"#;

#[test]
fn seeded_draws_are_cpythons() {
    let program = parse::program(PROGRAM).expect("the program parses");
    let ours = interleave::run(&program, &RunOptions::default());
    assert!(ours.error.is_none(), "{:?}", ours.error);
    let theirs = cpython_source(PROGRAM, Clock::Virtual);
    assert_eq!(ours.stdout.lines().count(), 1201, "{}", theirs.stdout);
    for (n, (a, b)) in ours.stdout.lines().zip(theirs.stdout.lines()).enumerate() {
        assert_eq!(a, b, "line {} differs", n + 1);
    }
    assert_eq!(ours.stdout.lines().count(), theirs.stdout.lines().count());
}
