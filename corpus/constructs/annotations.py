# Annotations are read and dropped, as CPython drops them at run time:
# parameters', returns' (evaluated when the def runs, so they name what is
# defined then) and variables' (never evaluated in a function). A
# variable annotated without a value is still local to its function.
# main's defaults apply when asyncio.run calls it with no arguments.
import asyncio
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple, Union
import typing


async def work(n: int, label: str = "job") -> Tuple[int, str]:
    await asyncio.sleep(0.01 * n)
    return n, f"{label}-{n}"


async def run_all(
    jobs: List[int],
    hook: Callable[[int], Awaitable[None]] | None = None,
) -> Dict[int, str]:
    results: Dict[int, str] = {}
    pairs: list[tuple[int, str]] = await asyncio.gather(*[work(j) for j in jobs])
    for n, text in pairs:
        results[n] = text
    return results


async def main(verbose: bool = True, limit: Optional[int] = None) -> typing.Optional[Any]:
    total: int
    total = 0
    out: dict[int, str] = await run_all([3, 1, 2])
    for n in out:
        total += n
    mixed: Union[int, "asyncio.Task[int]", None] = total
    task: asyncio.Task[Tuple[int, str]] = asyncio.create_task(work(4, label="t"))
    print(out, total, mixed, verbose, limit)
    print(await task)


asyncio.run(main())
