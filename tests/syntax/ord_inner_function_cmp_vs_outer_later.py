def outer():
    def inner():
        return 1
    for i in range(3):
        pass
    continue

return 2
