# Module code after `asyncio.run(...)`: CPython runs the module top to
# bottom, so a function defined below a run does not exist while that run's
# main runs (a NameError), exists for the next run, and a later `def` of the
# same name replaces it from where it stands.
import asyncio


def helper():
    return "first"


class App:
    def go(self):
        return not_yet()


async def main():
    print(helper())
    try:
        print(later())
    except NameError as e:
        print("NameError:", e)


asyncio.run(main())


def later():
    return "later"


async def main2():
    print(later(), helper())
    await asyncio.sleep(0.1)
    return 7


print(asyncio.run(main2()))


async def boom():
    raise ValueError("second")


try:
    asyncio.run(boom())
except ValueError as e:
    print("caught", e)


def later():
    return "redefined"


print(later())
print(later.__name__, main2.__qualname__)
asyncio.run(main2())


try:
    App().go()
except NameError as e:
    print("NameError:", e)


def not_yet():
    return "now defined"


print(App().go())


# One file, two examples: each `main` is the one defined above its run.
async def main():
    return "first example"


print(asyncio.run(main()))


async def main():
    await asyncio.sleep(0.1)
    return "second example"


print(asyncio.run(main()))

if __name__ == "__main__":

    def step():
        return "one"

    print(step())

    def step():
        return "two"

    print(step())
