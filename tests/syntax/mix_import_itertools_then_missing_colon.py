import itertools

for a, b in itertools.product([1], [2])
    print(a, b)
