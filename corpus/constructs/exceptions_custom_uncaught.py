# A custom exception nobody catches: main's traceback ends with the class's
# bare name (the program's module, `__main__`, is left out, as `builtins`
# is), and a failed task's report names it too.
import asyncio


class ServiceError(Exception):
    def __init__(self, service, status):
        super().__init__(f"{service} answered {status}")
        self.service = service


class Unavailable(ServiceError):
    pass


async def call(service, status):
    await asyncio.sleep(0.1)
    if status >= 500:
        raise Unavailable(service, status)
    return service


async def main():
    lost = asyncio.create_task(call("cache", 503))
    print(await call("db", 200))
    await asyncio.sleep(0.1)
    print(lost.done())
    lost = None
    await call("api", 502)


asyncio.run(main())
