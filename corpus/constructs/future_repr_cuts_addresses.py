# A finished task's repr shows its result through reprlib, which cuts a
# long repr in the middle, an object's address included: what is left of
# the address shows as …, as an address does.
import asyncio
class Bad: pass
class Good:
    def __repr__(self): return "Good(" + "x"*40 + ")"
async def f(c): return c()
async def main():
    t = asyncio.create_task(f(Bad)); await t; print(t)
    print("done")
asyncio.run(main())
