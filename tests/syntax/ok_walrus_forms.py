data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(n)
while (item := data.pop()) > 2:
    print(item)
print([y for x in range(5) if (y := x * 2) > 4])
print(y)
f = lambda: (z := 5)
print(f())
print((w := 10), w)
def g(a=(q := 3)):
    return a
print(g(), q)
print({(k := 1): k})
