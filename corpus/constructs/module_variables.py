# Module-level variables: constants the tasks read, a counter they bump
# through `global`, a list they share (the same object everywhere), a
# variable only a function's `global` creates, and the errors around
# them: a name read before any assignment made it (NameError), a module
# variable assigned in a function without `global` (a local, so
# UnboundLocalError when read first).
"""Shared state between tasks."""
import asyncio

URLS = ["a", "b", "c"]
DELAY = 0.01
SCALE = DELAY * 2
TIMEOUT: float = 1.5
counter = 0
results = []
CONFIG = {"retries": 3, "names": URLS}
LIMITS = (1, -2, 3 ** 2)


def show():
    print("made by bump():", made)


def bump():
    global counter, made
    counter = counter * 10
    made = f"counter was {counter}"


def shadow():
    print(counter)
    counter = 1


async def worker(name):
    global counter
    await asyncio.sleep(DELAY)
    counter += 1
    results.append(name)
    return counter


async def main():
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    print(await asyncio.gather(*(worker(u) for u in URLS)))
    print(counter, results, CONFIG, SCALE, TIMEOUT, LIMITS, CONFIG["names"] is URLS)
    bump()
    show()
    try:
        shadow()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    results.clear()
    print(counter, results, URLS)


if __name__ == "__main__":
    asyncio.run(main())
