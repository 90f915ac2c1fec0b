# Fields inside a format spec (`{name:<{width}}`, `{x:0{n}d}`): made after
# the value and its conversion, each with str(), then the value formatted
# with the spec they make, as CPython's FORMAT_VALUE does.
import asyncio


class W:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        print("str called")
        return "7"


async def worker(name, width):
    for step in range(3):
        print(f"{name:<{width}}|{step:0{width // 2}d}|{step / 3:{width}.{step + 1}f}|")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("a", 6), worker("bbb", 8))
    w, fill, align = 10, "*", "^"
    print(f"[{'mid':{fill}{align}{w}}]", f"[{3.14159:{w}.{2}}]", f"{'x'!r:>{w}}", f"{W(3)!r:{W(4)}}")
    try:
        print(f"{W(1):{W(2)}>5}")
    except TypeError as e:
        print(e)
    items = {"apple": 3, "kiwi": 12}
    size = max(len(k) for k in items)
    for k, v in items.items():
        print(f"{k:>{size}}: {v:>{3}}")


asyncio.run(main())
print(f'{"x":>{len("}")}}|{"y":{"^"}{len("{}")}}|')
