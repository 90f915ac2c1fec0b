# except* beside else and finally, the handler's name deleted after it, a
# task failing with a group that nobody retrieves (reported in a box),
# gather raising a group, a group holding one exception twice, and a
# group too wide to print whole ("and 2 more exceptions").
import asyncio

async def raiser():
    raise ExceptionGroup("direct", [ValueError("a"), KeyError("b")])

async def main():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as n:
        print("name deleted:", n)
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        except* ValueError:
            print("v")
        else:
            print("not else")
        finally:
            print("finally runs")
    except* KeyError as k:
        print("outer star", repr(k))
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    t = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print("dropping")
    del t
    await asyncio.sleep(0)
    try:
        await asyncio.gather(raiser(), raiser())
    except* KeyError as k:
        print("gather", repr(k))
    except* ValueError as v:
        print("gather v", repr(v))
    big = ExceptionGroup("big", [ValueError(i) for i in range(17)])
    same = ValueError("same")
    twice = ExceptionGroup("twice", [same, same])
    print(repr(twice.split(ValueError)))
    deep = ValueError("leaf")
    for i in range(12):
        deep = ExceptionGroup(f"d{i}", [deep])
    print(str(deep))
    try:
        raise big
    except* ZeroDivisionError:
        pass

asyncio.run(main())
