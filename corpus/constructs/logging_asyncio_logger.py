# asyncio's own logger as CPython has it once `import asyncio` ran: the
# "Using selector" debug line every new loop logs, its place in the
# hierarchy (`concurrent.futures`, `concurrent`, `asyncio`), and a report
# of an exception never retrieved silenced by the asyncio logger's level;
# Formatter's time constants and a format whose first field is not one.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s")
print(list(logging.root.manager.loggerDict))
print(logging.getLogger("asyncio.sub").parent, logging.getLogger("concurrent").parent)


async def boom():
    raise ValueError("never retrieved")


async def main(failing):
    logging.getLogger("app").info("main runs")
    if failing:
        asyncio.create_task(boom())
    await asyncio.sleep(0.01)


asyncio.run(main(False))
logging.getLogger("asyncio").setLevel(logging.CRITICAL)
asyncio.run(main(True))
logging.getLogger("asyncio").setLevel(logging.NOTSET)
loop = asyncio.new_event_loop()
loop.close()
f = logging.Formatter("%(a%(levelname)s")
print(f.default_time_format, f.default_msec_format, hasattr(f, "formatException"))
