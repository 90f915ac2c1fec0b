y = [1, 2]
print(x for x in y, 1)
