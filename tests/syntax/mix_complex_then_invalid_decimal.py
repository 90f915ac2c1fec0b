z = 1j * 2 + 3.5j
print(z)
n = 12abc
