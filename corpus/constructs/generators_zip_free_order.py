import asyncio

def held(name):
    try:
        yield name
        yield name
    finally:
        print("  finally", name)

async def main():
    for a, b, c in zip(held("x"), held("y"), held("z")):
        print("first row", a, b, c)
        break
    print("after break")
    z = zip(held("p"), held("q"))
    print(next(z))
    z = None
    print("after drop")
    e = enumerate(held("e"))
    print(next(e))
    e = None
    print("end")

asyncio.run(main())
