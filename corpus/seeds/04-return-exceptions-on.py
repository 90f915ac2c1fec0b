import asyncio

async def square(x):
   return x * x

async def main():
   group = asyncio.gather(square(20), square('ten'), square(100), return_exceptions = True) #combine the tasks
   
   results = await group
   print(results)

asyncio.run(main())
