import asyncio

async def square(x):
   return x * x

async def main():
   group = asyncio.gather(square(20), square(100), square(200)) #combine the tasks

   results = await group
   print(results)

asyncio.run(main())
