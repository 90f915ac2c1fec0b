# `match` and `case` are soft keywords: outside a match statement's head
# they are ordinary names, and a program may use them so.
import asyncio

match = {"case": 1}
case = [match]


async def check(match, case=0):
    await asyncio.sleep(0.01)
    return match["case"] + case


async def main():
    print(await asyncio.gather(check(match), check(match, case=len(case))))
    match["case"] += 1
    print(match, case)


asyncio.run(main())
