import asyncio
def src(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print(tag, "finally")
def boom(x):
    if x:
        raise KeyError(x)
    return x
def f1():
    try:
        return [boom(x) for x in src("f1")]
    except KeyError:
        print("f1 except")
        return "f1 ret"
print(f1())
def f2():
    for attempt in range(2):
        try:
            return sum(boom(x) for x in src("f2-" + str(attempt)))
        except KeyError:
            print("f2 except", attempt)
            continue
    return "f2 done"
print(f2())
def f3():
    while True:
        try:
            [boom(x) for x in src("f3")]
        except KeyError:
            print("f3 except")
            break
    print("f3 after loop")
f3()
async def a1():
    try:
        return {x: boom(x) for x in src("a1")}
    except KeyError:
        print("a1 except")
        await asyncio.sleep(0)
        print("a1 after await")
    print("a1 after try")
async def main():
    await asyncio.gather(a1(), a1())
    try:
        try:
            [boom(x) for x in src("nested")]
        except KeyError:
            print("inner except")
            raise
    except KeyError:
        print("outer except")
    print("after nested")
    try:
        [boom(x) for x in src("fin")]
    except KeyError:
        print("except fin")
    finally:
        print("finally block")
    print("after fin")
asyncio.run(main())
