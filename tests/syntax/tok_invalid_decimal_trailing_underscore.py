n = 1_
print(n)
