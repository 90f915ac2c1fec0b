import asyncio

async def display_nums():
   for num in range(5):
      print(num)
      await asyncio.sleep(0.001) #simulate a delay

async def display_letters():
   for let in 'ABCDE':
      print(let)
      await asyncio.sleep(0.001) #simulate a delay

async def main():
   task1 = asyncio.create_task(display_nums())
   task2 = asyncio.create_task(display_letters())
   await task1
   await task2
   
asyncio.run(main())
