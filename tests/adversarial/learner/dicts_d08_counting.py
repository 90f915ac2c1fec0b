import asyncio


async def count_words(text, counts):
    for w in text.split():
        await asyncio.sleep(0)
        counts[w] = counts.get(w, 0) + 1


async def main():
    counts = {}
    await asyncio.gather(count_words("a b a c", counts), count_words("b b d", counts))
    print(counts)
    groups = {}
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
        groups.setdefault(w[0], []).append(w)
    print(groups)
    by_len = {}
    for w in ["hi", "yo", "hey"]:
        by_len[len(w)] = by_len.get(len(w), []) + [w]
    print(by_len, sorted(counts.items(), key=len), max(counts.values()), sum(counts.values()))
    print(max(counts, key=counts.get))


asyncio.run(main())
