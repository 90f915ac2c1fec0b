$total = 1
