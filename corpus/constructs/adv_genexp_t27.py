k = 1
g = (x * k for x in range(3))
k = 5
print(list(g))
def f():
    return (x * k for x in range(2))
h = f()
k = 7
print(list(h))
data = [1, 2]
g = (x for x in data for y in data)
data = [3]
print(list(g))
g = (x for x in range(3))
print(g is iter(g), iter(g) is g)
for v in g:
    print("v", v)
    print("rest", list(g))
print(str(sum(x for x in range(4))) + "!")
print(repr((x for x in "")).split(" at ")[0])
def fn():
    return (x for x in "")
print(repr(fn()).split(" at ")[0])
class K:
    def m(self):
        def inner():
            return (x for x in "")
        return inner()
print(repr(K().m()).split(" at ")[0])
async def co():
    return (x for x in "")
import asyncio
print(repr(asyncio.run(co())).split(" at ")[0])
print(bool(x for x in []))
print((x for x in []) == (x for x in []))
g = (x for x in [])
print(g == g)
