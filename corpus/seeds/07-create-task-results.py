import asyncio

async def square(x):
    return x * x

async def main():
   task1 = asyncio.create_task(square(10))
   task2 = asyncio.create_task(square(20))
   result1 = await task1
   result2 = await task2

   print(result1)
   print(result2)
   
asyncio.run(main())
