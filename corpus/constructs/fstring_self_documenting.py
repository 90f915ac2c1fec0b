# f-strings' self-documenting fields (`{x=}`): the field's text as written,
# `=` and the spaces around it included, then the value's repr, or its
# str with `!s`, or formatted when a spec is given.
import asyncio

async def fetch(name: str, delay: float) -> dict:
    await asyncio.sleep(delay)
    result = {"name": name, "delay": delay}
    print(f"{name=} {delay=:.2f} {result['name']=}")
    return result

async def main():
    x = 3.14159
    s = "hi"
    n = 3
    print(f"{x=}|{x = }|{ x=}|{x=:.2f}|{x=!s}|{x=!r:>10}|{s=}|{s=!s}|{x*2=}|{ {1:2}=}|{s=:>5}")
    print(f"{n=}{s=}", f"{'}'=}", f"{{{n=}}}", f'''{n
=}''')
    print(f"{n=:}", f"{(n, s)=}", f"{n==3=}", f"{n!=3=}", f"{n<=3=}", f"{[n] * 2 = }")
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1))
    print(f"{len(results)=}", f"{results[1]=}")

asyncio.run(main())
