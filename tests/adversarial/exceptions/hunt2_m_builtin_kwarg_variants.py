import asyncio

async def main():
    for i in range(7):
        try:
            if i == 0:
                round(1.5, digits=1)
            elif i == 1:
                enumerate("a", begin=1)
            elif i == 2:
                sum([1], begin=0)
            elif i == 3:
                max(iterable=[1])
            elif i == 4:
                "a".endswith(suffix="a")
            elif i == 5:
                list(iterable="a")
            else:
                round(1.5, 1, x=2)
        except TypeError as e:
            print(e)

asyncio.run(main())
