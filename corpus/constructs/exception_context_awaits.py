# Awaiting a coroutine, a task and wait_for inside an except: what each
# raises is chained as CPython chains it; a bare raise in what is awaited.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    raise TimeoutError(f'fetch {n}')

async def helper():
    raise

async def main():
    try:
        raise KeyError('direct')
    except KeyError:
        try:
            await fetch(1)
        except TimeoutError as e:
            print('direct await ctx', repr(e.__context__))
        try:
            await asyncio.create_task(fetch(2))
        except TimeoutError as e:
            print('task ctx', repr(e.__context__))
        try:
            await asyncio.wait_for(fetch(3), timeout=5)
        except TimeoutError as e:
            print('wait_for ctx', repr(e.__context__))
        try:
            await helper()
        except KeyError as e:
            print('helper bare raise', repr(e))
        try:
            await asyncio.create_task(helper())
        except RuntimeError as e:
            print('task bare raise', e)

asyncio.run(main())
