s = {1, 2, 3}
t = s | {4}
print(t)
continue
