print(p, p == (1, 2), *p != (2, 1))
print(x[*a, 1])
