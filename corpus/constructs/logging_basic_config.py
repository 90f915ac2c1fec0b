# logging as tutorials use it: basicConfig with a level and a format,
# a module logger and the module functions, from gathered tasks, to stderr.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger(__name__)


async def fetch(n):
    log.info("fetching %d", n)
    await asyncio.sleep(0.1 * n)
    log.debug("not shown %s", n)
    if n == 2:
        log.warning("slow item %s", n)
    return n


async def main():
    logging.info("start")
    print(await asyncio.gather(*(fetch(i) for i in range(3))))
    logging.getLogger("app.db").error("db %(x)s", {"x": 1})
    print(log, logging.getLogger(), logging.root.handlers)


asyncio.run(main())
