print(0b1or 2)
