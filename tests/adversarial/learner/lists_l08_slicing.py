import asyncio


async def main():
    a = list(range(10))
    await asyncio.sleep(0)
    print(a[::-3], a[-3:], a[8:2:-2], a[100:], a[-100:2], a[::-1][:3], a[3:-3], a[-1:-4:-1])
    print(a[2:8:3], a[9:0:-4], a[:-100], a[5:5], a[7:3], a[-2:100:1], a[1::100], a[::-100])
    t = (1, 2, 3, 4)
    print(t[::-1], t[1:], t[:0], t[-1:], (1,)[::2])
    try:
        print(a[::0])
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
