z = 1jif 1 else 0
