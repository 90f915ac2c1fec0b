# Rich comparison methods: logs the exact __eq__/__ne__ call order for ==,
# !=, [x]==[y], in, count, tuple != (NotImplemented vs True/False).
import asyncio

log = []

class T:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __eq__(self, other):
        log.append(f"{self.name}.eq({other.name})")
        return self.result
    def __ne__(self, other):
        log.append(f"{self.name}.ne({other.name})")
        return self.result

async def step(label, fn):
    await asyncio.sleep(0.002)
    log.clear()
    r = fn()
    print(f"{label}: {r!r} calls={log}")

async def main():
    x = T("x", NotImplemented)
    y = T("y", NotImplemented)
    z = T("z", True)
    w = T("w", False)
    await step("x == y", lambda: x == y)
    await step("x != y", lambda: x != y)
    await step("x == z", lambda: x == z)
    await step("z == x", lambda: z == x)
    await step("x != w", lambda: x != w)
    await step("w != x", lambda: w != x)
    await step("[x] == [y]", lambda: [x] == [y])
    await step("x in [y, z]", lambda: x in [y, z])
    await step("x in [w]", lambda: x in [w])
    await step("[w, z].count(x)", lambda: [w, z].count(x))
    await step("(z,) != (w,)", lambda: (z,) != (w,))

asyncio.run(main())
