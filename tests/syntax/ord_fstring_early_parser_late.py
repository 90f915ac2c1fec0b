print(f"{}")
1 = x
