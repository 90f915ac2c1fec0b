x = 42
print(f"{x=}")
print(f"{x!r:>10}")
yield x
