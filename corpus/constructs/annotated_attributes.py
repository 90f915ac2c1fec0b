# Attributes annotated as they are assigned (`self.x: int = v`), as typed
# tutorials write their classes' __init__: an assignment, whose annotation
# CPython neither stores nor, in a function, evaluates.
import asyncio
from typing import Optional


class Worker:
    def __init__(self, name: str, delay: float) -> None:
        self.name: str = name
        self.delay: float = delay
        self.result: Optional[str] = None
        self.log: list[str] = []

    async def run(self) -> str:
        self.log.append("start")
        await asyncio.sleep(self.delay)
        self.result: str = f"{self.name} done"
        self.log.append("end")
        return self.result


async def main() -> None:
    workers = [Worker("a", 0.2), Worker("b", 0.1)]
    results = await asyncio.gather(*(w.run() for w in workers))
    print(results)
    for w in workers:
        print(w.name, w.result, w.log)


asyncio.run(main())
