import asyncio

#prints numbers
async def task1():
   for num in range(5):
      print(num)
      await asyncio.sleep(0.001) #simulate a small delay

#prints letters
async def task2():
   for let in "ABCDE":
      print(let)
      await asyncio.sleep(0.001) #simulate a small delay

async def main():
   group = asyncio.gather(task1(), task2()) #combine the tasks
   print(group)
   await group

asyncio.run(main())
