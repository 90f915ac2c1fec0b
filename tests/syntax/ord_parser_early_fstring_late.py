1 = x
print(f"{}")
