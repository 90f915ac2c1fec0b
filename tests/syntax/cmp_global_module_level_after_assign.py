total = 0
global total
