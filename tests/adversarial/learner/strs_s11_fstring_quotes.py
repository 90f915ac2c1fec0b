import asyncio


async def main():
    d = {"k": 1, "name": "Ann"}
    x = "it's"
    await asyncio.sleep(0)
    print(f"{d['k']}", f'{d["name"]}', f"{'x' + 'y'}", f"{'a'!r}", f"{[1, 'a']}", f"{{}}", f"{{{d['k']}}}")
    print(f"{x!r:>10}|", f"{'hi':*^9}", f"{x!r}", f"{x!s}", f'{"q"!r}', f"{d!r}")
    print(f"{d['name'].upper()} has {len(d)} keys", f"{'-'.join(['a', 'b'])}")
    print(f"""{"triple"}""", f"{3 + 4}")


asyncio.run(main())
