# `random`, seeded, as tutorials use it: random delays decide which task
# finishes first, and the draws are CPython's own (its Mersenne Twister
# and random.py's algorithms). Its errors are CPython's, word for word.
import asyncio
import random
import random as rnd
from random import randint, choice


async def worker(name):
    delay = round(random.uniform(0.01, 0.1), 3)
    await asyncio.sleep(delay)
    print(f"{name} slept {delay}")
    return name, randint(1, 6)


async def main():
    random.seed(7)
    print(await asyncio.gather(*(worker(f"w{i}") for i in range(5))))
    items = ["a", "b", "c", "d", "e"]
    rnd.shuffle(items)
    print(items, choice(items), rnd.sample(items, 2), random.randrange(0, 100, 5))
    for bad in range(9):
        try:
            if bad == 0:
                choice([])
            elif bad == 1:
                random.randrange(5, 1)
            elif bad == 2:
                random.sample({"a": 1}, 1)
            elif bad == 3:
                randint(1)
            elif bad == 4:
                random.getrandbits(-1)
            elif bad == 5:
                random.random(1)
            elif bad == 6:
                random.sample([1, 2], 3)
            elif bad == 7:
                random.shuffle((1, 2, 3))
            else:
                random.randrange(1, 9, 0)
        except (IndexError, ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(random.random())


asyncio.run(main())
