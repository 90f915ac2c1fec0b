# Shows an exception from a worker thread that nobody catches: it propagates
# out of the awaiting task and asyncio.run, and the program ends with the
# traceback.
import asyncio
import time


class ConfigError(Exception):
    pass


def load_config(path):
    print(f"worker: opening {path}")
    time.sleep(0.1)
    raise ConfigError(f"no such file: {path!r}")


async def main():
    print("main: loading config")
    config = await asyncio.to_thread(load_config, "settings.toml")
    print("main: never reached", config)


asyncio.run(main())
