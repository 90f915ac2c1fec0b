import asyncio


async def main():
    s = "hello world"
    await asyncio.sleep(0)
    print(s[::-1], "|", s[::-2], "|", s[-3:], "|", s[:-3], "|", repr(s[100:]), "|", s[-100:3])
    print(repr(s[5:1]), s[5:1:-1], s[::3], s[-1:-12:-1], repr(s[1:100:-1]), s[10:-100:-2])
    print(s[-1], s[0], s[3:3] == "", s[:100], s[2:-2:4], s[-2:2:-4])
    try:
        print(s[::0])
    except ValueError as e:
        print("ValueError", e)
    try:
        print(s[11])
    except IndexError as e:
        print("IndexError", e)


asyncio.run(main())
