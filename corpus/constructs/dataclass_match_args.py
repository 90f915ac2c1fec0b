# @dataclass's __match_args__: the fields __init__ takes, in order,
# inherited by a subclass; none with match_args=False.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    id: int
    name: str = "job"
    tags: list = field(default_factory=list)
    secret: str = field(default="", init=False)


@dataclass(match_args=False)
class Quiet:
    x: int = 0


class Sub(Job):
    pass


async def main():
    await asyncio.sleep(0)
    print(Job.__match_args__, Sub.__match_args__, Job(1).__match_args__)
    print(hasattr(Quiet, "__match_args__"))


asyncio.run(main())
