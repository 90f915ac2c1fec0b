x = [1]
print(1if True else 2, 1or 2, 0x1 or 0)
print([0 for i in x if 1in x])
