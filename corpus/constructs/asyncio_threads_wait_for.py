# Shows wait_for() timing out on a to_thread call: the awaiting task gets
# TimeoutError, but a thread cannot be stopped, so the worker runs on and
# asyncio.run waits for it at the end (shutdown_default_executor).
import asyncio
import time


def generate_report():
    print("worker: building report")
    time.sleep(0.3)
    print("worker: report finished (nobody is waiting any more)")
    return "report.pdf"


async def main():
    start = time.perf_counter()
    try:
        await asyncio.wait_for(asyncio.to_thread(generate_report), timeout=0.1)
    except asyncio.TimeoutError:
        print(f"main: gave up after {time.perf_counter() - start:.1f}s")
    print("main: returning")


start = time.perf_counter()
asyncio.run(main())
print(f"asyncio.run returned after {time.perf_counter() - start:.1f}s")
