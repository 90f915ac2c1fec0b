a = 1
b = 2
print(list(zip((x for x in "ab"), (y for y in "cd"))))


def pair(first, second, label="pair"):
    return label, next(first), list(second)


print(pair((n * 2 for n in range(3)), (n + a for n in range(2)), label="kw"))
print(dict(zip((k for k in "xyz"), (v * b for v in range(3)))))
print(max((n for n in [3, 9, 2]), default=0), sorted((c for c in "bca"), reverse=True))
