# random.choices as random.py draws: without weights (floor of random()
# * n), with weights and cum_weights (a bisect into the running sums), k=,
# and its errors; a seeded simulation of requests that succeed or fail.
import asyncio
import random


async def request(i):
    outcome = random.choices(["ok", "slow", "fail"], weights=[7, 2, 1])[0]
    delay = random.choice([0.1, 0.2, 0.3])
    await asyncio.sleep(delay)
    print(i, outcome, delay)
    return outcome


async def main():
    random.seed(42)
    print(random.choices("abcde", k=5), random.choices(range(10), k=3))
    print(random.choices([1, 2, 3], cum_weights=[0.5, 0.5, 3.0], k=6))
    print(random.choices(["x", "y"], [1.5, 0], k=4), random.choices([], k=0), random.choices("ab", k=-2))
    results = await asyncio.gather(*(request(i) for i in range(6)))
    print(results)
    for bad in (lambda: random.choices("ab", 3), lambda: random.choices("ab", [1], k=1),
                lambda: random.choices("ab", [0, 0]), lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]),
                lambda: random.choices("ab", [1, float("inf")]), lambda: random.choices([], k=1),
                lambda: random.choices("ab", k=1.5), lambda: random.choices("ab", None, None),
                lambda: random.choices(population="ab", weights=[1, 1], k=2, x=1)):
        try:
            print(bad())
        except (TypeError, ValueError, IndexError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
