x = 1
print(f"x is {x")
