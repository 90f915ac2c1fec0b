import asyncio
import json

async def main():
    data = {"a": 1}
    print(data)

def f():
    x = yield 1
    return x
lambda: (yield)
print(f"{1 +}")
asyncio.run(main())
