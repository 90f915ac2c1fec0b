import asyncio


async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    return ["  Hello, World!  ", "the THE tHe end", "a,b,,c", ""][i]


async def main():
    docs = await asyncio.gather(*[fetch(i) for i in range(4)])
    for d in docs:
        words = d.lower().replace(",", " ").replace("!", "").split()
        print(repr(d.strip()), words, len(words), "-".join(w[::-1] for w in words), d.split(","), d.title() if False else d.upper().count("T"))
    freq = {}
    for d in docs:
        for w in d.lower().split():
            freq[w] = freq.get(w, 0) + 1
    print(sorted(freq.items(), key=len, reverse=True)[:3], max(freq.values()), sorted(freq, key=len))


asyncio.run(main())
