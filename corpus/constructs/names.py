"""Names CPython lacks get CPython's NameError and AttributeError: caught,
their messages carry no suggestion; uncaught, the report adds CPython's
"Did you mean"."""
import asyncio


async def worker(total):
    try:
        print(totl)
    except NameError as e:
        print("NameError:", e)
    try:
        "hello".fnd("l")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        [1, 2].push(3)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        {}.has_key(1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        asyncio.sleeep(1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(ValueError.nope)
    except AttributeError as e:
        print("AttributeError:", e)
    return total


async def main():
    task = asyncio.create_task(worker(3))
    print(await task)
    try:
        task.nme
    except AttributeError as e:
        print("AttributeError:", e)
    words = ["a", "b"]
    words.apend("c")


asyncio.run(main())
