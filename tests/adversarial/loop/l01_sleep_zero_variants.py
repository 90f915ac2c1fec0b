import asyncio


async def w(name, d):
    for i in range(3):
        print(name, i)
        r = await asyncio.sleep(d)
        if r is not None:
            print("result", r)


async def main():
    await asyncio.gather(w("a", 0), w("b", 0.0), w("e", False))
    print("end")


asyncio.run(main())
