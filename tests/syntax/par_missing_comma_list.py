tasks = [1, 2 3]
