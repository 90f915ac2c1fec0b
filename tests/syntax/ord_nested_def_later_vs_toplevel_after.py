def outer():
    def inner():
        break
    return inner

yield 5
