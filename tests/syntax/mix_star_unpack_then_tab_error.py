first, *rest = [1, 2, 3]
print(*rest, sep=", ")
merged = [*rest, *rest]
def f():
    if True:
	return merged
