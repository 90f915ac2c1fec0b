import asyncio


async def check(name):
    await asyncio.sleep(0)
    return [name.startswith(("img_", "pic_")), name.endswith((".png", ".jpg")),
            name.startswith(""), name.endswith(""), name.startswith(()), name.endswith(name + "x")]


async def main():
    for r in await asyncio.gather(check("img_cat.png"), check("pic_dog.gif"), check("")):
        print(r)
    try:
        "abc".startswith(["a"])
    except TypeError as e:
        print(e)


asyncio.run(main())
