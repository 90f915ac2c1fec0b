# if/elif/else, for over ranges, strings, lists and tuples (with unpacking),
# try/except with `as`, bare raise, plain functions with defaults.
import asyncio


def describe(n, unit="s"):
    if n == 0:
        return "none"
    elif n == 1:
        return "one" + unit
    else:
        return str(n) + unit


async def counter(label, steps, delay=0.01):
    for step in range(steps):
        print(f"{label}: step {step} ({describe(step)})")
        await asyncio.sleep(delay)
    return label * 2


async def failing(kind):
    await asyncio.sleep(0.015)
    if kind == "value":
        raise ValueError("bad value")
    elif kind == "key":
        raise KeyError("missing")
    return kind


async def main():
    results = await asyncio.gather(counter("a", 3), counter("b", 2, delay=0.005))
    print(results, len(results), sep=" | ")
    for label, doubled in [("x", "xx"), ("y", "yy")]:
        print(label, doubled, end=";\n")
    try:
        await failing("value")
    except ValueError as e:
        print("caught", repr(e), type(e).__name__)
    try:
        try:
            await failing("key")
        except KeyError:
            print("re-raising")
            raise
    except Exception as e:
        print("outer caught", e)
    outcome = await asyncio.gather(failing("ok"), failing("value"), return_exceptions=True)
    print(outcome)

asyncio.run(main())
