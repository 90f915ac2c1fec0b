# contextvars in worker threads: to_thread copies the caller's context;
# a context entered in a thread cannot be entered again there.
import asyncio
import contextvars
v = contextvars.ContextVar('v', default=0)
def thr(n):
    v.set(n)
    return v.get()
async def main():
    v.set(-1)
    r = await asyncio.gather(asyncio.to_thread(thr, 1), asyncio.to_thread(thr, 2))
    print(r, v.get())
    ctx = contextvars.copy_context()
    r = await asyncio.to_thread(ctx.run, thr, 5)
    print(r, ctx[v], v.get())
    try:
        await asyncio.to_thread(contextvars.copy_context().run, ctx.run, thr, 1)
        print('nested ok')
    except RuntimeError as e:
        print('RE', str(e).endswith('is already entered'))
asyncio.run(main())
