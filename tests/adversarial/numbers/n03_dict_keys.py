import asyncio


async def main():
    d = {9007199254740992.0: "f"}
    print(d.get(9007199254740993), d.get(9007199254740992))
    d[9007199254740993] = "i"
    print(len(d), d)
    d[9007199254740992] = "g"
    print(len(d), d)
    e = {2**53: 1}
    e[float(2**53)] = 2
    print(e)
    print(9007199254740993 in d, 9007199254740994.0 in d)


asyncio.run(main())
