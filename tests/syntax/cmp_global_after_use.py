counter = 0

def show():
    print(counter)
    global counter
