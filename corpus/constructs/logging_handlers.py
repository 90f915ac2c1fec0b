# logging: the last-resort handler, the hierarchy with placeholders, levels
# by name, a Handler subclass, a Formatter subclass, filters (objects and
# callables), extra=, addLevelName, disable, basicConfig to stdout and
# force=True, the errors of levels, formats and basicConfig.
import asyncio
import logging
import sys

quiet = logging.getLogger("quiet.child")
quiet.warning("no handler anywhere: %s", "last resort")
quiet.info("not shown")
print(quiet, quiet.parent, logging.getLogger("quiet"), quiet.parent)
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15), logging.getLevelName("x"))

collected = []


class ListHandler(logging.Handler):
    def emit(self, record):
        collected.append((record.levelname, record.name, self.format(record)))


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


def only_even(record):
    return record.msg.count("x") % 2 == 0


async def worker(log, n):
    log.debug("worker %d starting", n)
    await asyncio.sleep(0.01 * n)
    log.info("worker %d done", n)
    if n == 2:
        log.error("worker %(n)s failed", {"n": n})
    return n


async def main():
    logging.basicConfig(stream=sys.stdout, level="DEBUG", format="%(levelname)-8s|%(name)s|%(message)s")
    app = logging.getLogger("app")
    net = logging.getLogger("app.net")
    db = logging.getLogger("app.db")
    h = ListHandler(level=logging.INFO)
    h.setFormatter(Upper("%(name)s: %(message)s"))
    app.addHandler(h)
    net.setLevel(logging.WARNING)
    print(app, net, db, net.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG))
    await asyncio.gather(*(worker(l, i) for i, l in enumerate([app, net, db])))
    db.propagate = False
    db.critical("db alone")
    db.propagate = True
    f = logging.Filter("app.net")
    h.addFilter(f)
    net.warning("net passes the filter")
    db.warning("db does not")
    h.removeFilter(f)
    h.addFilter(only_even)
    app.warning("xx even")
    app.warning("x odd")
    app.log(35, "level %d", 35)
    logging.addLevelName(35, "NOTICE")
    app.log(35, "named now")
    app.info("extra: %s", "yes", extra={"user": "ann"})
    print(collected)
    print(logging.getLevelName(35), logging.getLevelName("NOTICE"))
    logging.disable(logging.WARNING)
    app.warning("disabled")
    app.error("still on")
    logging.disable(logging.NOTSET)
    for bad in (lambda: app.setLevel("LOUD"), lambda: app.setLevel(1.5), lambda: app.log("x", "m"),
                lambda: logging.basicConfig(force=True, colour=1), lambda: logging.Formatter("no fields"),
                lambda: app.info("x", extra={"msg": 1}), lambda: logging.getLogger(5),
                lambda: logging.basicConfig(stream=sys.stdout, filename="x")):
        try:
            bad()
        except (ValueError, TypeError, KeyError) as e:
            print(type(e).__name__, e)
    print(logging.root.handlers, h, logging.StreamHandler(), logging.NullHandler())
    logging.basicConfig(force=True, format="%(message)s")
    logging.warning("reconfigured, to stderr")


asyncio.run(main())
