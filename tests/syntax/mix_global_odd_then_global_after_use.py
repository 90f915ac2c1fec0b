total = 0
global total

def bump():
    global total
    total += 1

def show():
    print(total)
    global total
