# contextvars under asyncio: each task runs in a copy of the context it was
# created in; callbacks in the copy made when they were scheduled; a
# to_thread call in a copy of its caller's; run_in_executor in the worker
# thread's own context.
import asyncio
import contextvars
import time

request = contextvars.ContextVar("request", default="-")
depth = contextvars.ContextVar("depth")
request.set("module")


def show(where):
    print(f"{where:<14} request={request.get()} depth={depth.get('unset')}")


async def child(n):
    show(f"child {n} start")
    request.set(f"child-{n}")
    depth.set(n)
    await asyncio.sleep(0.01 * n)
    show(f"child {n} end")
    return request.get()


def in_thread(label):
    show(label)
    request.set("thread")
    return request.get()


async def main():
    show("main start")
    request.set("main")
    t = asyncio.create_task(child(1))
    request.set("main-after-create")
    print(await asyncio.gather(t, child(2)))
    show("main after")

    loop = asyncio.get_running_loop()
    loop.call_soon(show, "call_soon")
    token = depth.set(10)
    loop.call_later(0.01, show, "call_later")
    depth.reset(token)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("done cb"))
    depth.set(20)
    fut.set_result(None)
    await asyncio.sleep(0.02)

    print(await asyncio.to_thread(in_thread, "to_thread"))
    print(await loop.run_in_executor(None, in_thread, "executor 1"))
    print(await loop.run_in_executor(None, in_thread, "executor 2"))
    show("main end")

    ctx = contextvars.copy_context()
    print(sorted((v.name, value) for v, value in ctx.items()))
    print(ctx[request], ctx.get(depth), request in ctx, len(ctx))
    try:
        ctx.run(ctx.run, show, "nested")
    except RuntimeError as e:
        print("RuntimeError:", type(e).__name__)

    async def resetter(tok):
        try:
            request.reset(tok)
        except ValueError as e:
            print("ValueError:", str(e).endswith("was created in a different Context"))

    tok = request.set("to-reset")
    await asyncio.create_task(resetter(tok))
    request.reset(tok)
    show("main reset")
    try:
        request.reset(tok)
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("has already been used once"))

    async with asyncio.TaskGroup() as tg:
        request.set("group")
        a = tg.create_task(child(3))
    print(a.result())
    try:
        async with asyncio.timeout(0.01):
            request.set("timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        show("timed out")


asyncio.run(main())
show("module end")
asyncio.run(child(4))
show("module end 2")
ctx = contextvars.Context()
print(ctx.run(lambda: (request.get(), depth.get(None))), request.get())
try:
    depth.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
