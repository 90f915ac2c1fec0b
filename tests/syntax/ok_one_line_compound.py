x = 1
if x: print("yes")
elif x > 1: print("big")
else: print("no")
for i in range(2): print(i); print(i * 2)
while x: x -= 1
class A: x = 1; y = 2
def f(): return 3
try: pass
except Exception: pass
finally: pass
with open(__file__) as fh: pass
print(A.x, A.y, f())
