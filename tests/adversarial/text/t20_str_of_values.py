import asyncio


async def main():
    print([1.0, -0.0, 1e16, 1e-4, 0.1 + 0.2, 1e22, 123456789.123456789], {"a": 1.5}, (1,), ())
    print([None, True, "x", "y'z"], str(["a"]), repr("a"), str(1e-320), 5e-324, str(float(2**53)))
    print(str(True), str(None), str(-0.0), str(10**15 * 1.0), float("1e-400"), float("-1e-400"))
    print(type("a").__name__, type(1.0).__name__, type(None).__name__, type(range(1)).__name__, type({}.keys()).__name__)
    print(type(True).__name__, isinstance(True, int), isinstance(1, (str, float)), isinstance(1, bool), type({}.items()).__name__)
    print(type(int).__name__, type(zip()).__name__, type(enumerate([])).__name__)


asyncio.run(main())
