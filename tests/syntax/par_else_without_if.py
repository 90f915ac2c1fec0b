x = 1
print(x)
else:
    pass
