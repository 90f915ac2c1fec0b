# Fake API responses decoded in tasks, a bad one caught by the class
# imported from json.
import asyncio
from json import JSONDecodeError, loads

RESPONSES = {
    "users": '{"users": [{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}]}',
    "orders": '{"orders": [{"id": 7, "total": 19.5}], "next": null}',
    "broken": '{"oops": [1, 2,]}',
}


async def fetch(endpoint, delay):
    await asyncio.sleep(delay)
    text = RESPONSES[endpoint]
    try:
        data = loads(text)
    except JSONDecodeError as e:
        print(f"{endpoint}: bad JSON at line {e.lineno} col {e.colno}: {e.msg}")
        return None
    print(f"{endpoint}: {sorted(data)}")
    return data


async def main():
    results = await asyncio.gather(fetch("users", 0.02), fetch("broken", 0.01), fetch("orders", 0.03))
    users, broken, orders = results
    print([u["name"] for u in users["users"]], broken, orders["orders"][0]["total"])


asyncio.run(main())
