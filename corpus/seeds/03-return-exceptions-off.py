import asyncio

async def square(x):
   return x * x

async def main():
   group = asyncio.gather(square(20), square('ten'), square(100)) #combine the tasks
   
   results = await group
   print(results)

asyncio.run(main())
