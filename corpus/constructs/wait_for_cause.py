# wait_for's TimeoutError is raised 'from' the inner task's CancelledError:
# __cause__ and __context__ are that CancelledError, and an uncaught one is
# reported after it, 'The above exception was the direct cause...'.
import asyncio
async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow cleans up")
async def main():
    try:
        await asyncio.wait_for(slow(), 0.1)
    except asyncio.TimeoutError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    await asyncio.wait_for(slow(), 0.1)
asyncio.run(main())
