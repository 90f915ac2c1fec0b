x = a b
print(f"{}")
