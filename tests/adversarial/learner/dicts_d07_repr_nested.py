import asyncio


async def main():
    await asyncio.sleep(0)
    d = {"a": [1, {"b": (2,)}], 2: None, (1, 2): "x", 1.5: -0.0, "q": "it's", False: True, "": {}}
    print(d)
    print(str(d) == repr(d), f"{d}"[:20], repr({"n": "\n"}), {None: None}, {(): []})


asyncio.run(main())
