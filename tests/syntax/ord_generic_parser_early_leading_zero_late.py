import asyncio
print "hi"
x = 007
