# A handle names its callback by `__qualname__`, or by its repr when it
# has none (an object whose class defines `__call__`); `call_soon(None)`
# is accepted outside debug mode and fails when it runs.
import asyncio
import functools


class Greeter:
    def __call__(self, name):
        print("hello", name)

    def method(self):
        print("method")


def plain(x):
    print("plain", x)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.call_soon(Greeter(), "ann"))
    print(loop.call_soon(Greeter().method))
    print(loop.call_soon(functools.partial(plain, 1)))
    print(loop.call_soon(print, "built in"))
    print(loop.call_soon(None))
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
