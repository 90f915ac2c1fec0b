import asyncio


async def restock(inv, item, qty, delay):
    await asyncio.sleep(delay)
    inv[item] = inv.get(item, 0) + qty
    return f"{item:<8}{qty:>4}{inv[item]:>6.1f}"


async def main():
    inv = {"apple": 2, "pear": 0.5}
    lines = await asyncio.gather(restock(inv, "pear", 3, 0.02), restock(inv, "apple", -5, 0.01), restock(inv, "kiwi", 7, 0))
    print("\n".join(lines))
    total = sum(inv.values())
    print(inv, total, f"{total:.2f}", f"{total / len(inv):.3f}", round(total / 3, 2))
    print(sorted(inv.items(), key=len), [k for k in inv if inv[k] < 0], {k: v * 2 for k, v in inv.items() if v})


asyncio.run(main())
