import asyncio


async def main():
    r = range(-2**62, 2**62)
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError", e)
    print(r[0], r[-1], r[2**62])
    print(len(range(0, 2**63 - 1)))
    print(range(-2**62, 2**62)[::2][-1])


asyncio.run(main())
