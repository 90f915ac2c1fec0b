import asyncio


async def main():
    scores = {"bob": 3, "amy": 5, "cat": 3, "dan": 1}
    await asyncio.sleep(0)
    print(sorted(scores), sorted(scores.values()), sorted(scores.items()), sorted(scores, reverse=True))
    print(max(scores), min(scores.items()), sorted(scores.items(), reverse=True)[0])
    ranked = sorted(scores, key=scores.get, reverse=True)
    print(ranked)


asyncio.run(main())
