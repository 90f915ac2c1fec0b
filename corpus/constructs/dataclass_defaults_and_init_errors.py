# @dataclass: defaults and field(default=...); class attributes hold the
# defaults; exact __init__ TypeError messages (missing / too many /
# unexpected / multiple values).
import asyncio
from dataclasses import dataclass, field

@dataclass
class Config:
    host: str
    port: int = 8080
    debug: bool = False
    ratio: float = field(default=0.5)
    name: str = field(default="svc")

async def load(host, delay, **kw):
    await asyncio.sleep(delay)
    return Config(host, **kw)

async def main():
    cs = await asyncio.gather(
        load("a", 0.02),
        load("b", 0.01, port=1),
        load("c", 0.03, debug=True, name="x"),
        load("d", 0.005, ratio=2.0, port=99),
    )
    for c in cs:
        print(c)
    print(Config("z", 1, True, 0.1, "n"))
    print(cs[0] == Config("a"), cs[0] == Config("a", 8081))
    print(Config.port, Config.ratio, Config.name)
    try:
        Config()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Config("h", 1, False, 0.1, "n", 7)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Config("h", bogus=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Config("h", host="g")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
