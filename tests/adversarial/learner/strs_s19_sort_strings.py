import asyncio


async def fetch(w, t):
    await asyncio.sleep(t)
    return w


async def main():
    words = await asyncio.gather(fetch("banana", 0.03), fetch("Apple", 0.01), fetch("cherry", 0.02),
                                 fetch("apple", 0), fetch("fig", 0.01))
    print(words)
    print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
    print(sorted(["bb", "a", "cc", "d"], key=len, reverse=True), sorted(words, reverse=True))
    print(min(words, key=len), max(words, key=len), max(words), min(words))
    print(sorted("hello world"), "".join(sorted("hello")))


asyncio.run(main())
