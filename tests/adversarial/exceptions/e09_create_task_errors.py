import asyncio


async def main():
    try:
        asyncio.create_task()
    except TypeError as e:
        print(e)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print(e)
    try:
        asyncio.create_task(None)
    except TypeError as e:
        print(e)
    try:
        asyncio.create_task("coro")
    except TypeError as e:
        print(e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print(e)
    try:
        await asyncio.sleep("a")
    except TypeError as e:
        print(e)
    try:
        await 5
    except TypeError as e:
        print(e)
    try:
        await asyncio.gather(5)
    except TypeError as e:
        print(e)
    try:
        await asyncio.wait_for(5, 1)
    except TypeError as e:
        print(e)
    print("end")


asyncio.run(main())
