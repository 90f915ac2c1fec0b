pairs = [x, y for x in range(3)]
