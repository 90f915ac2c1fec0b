def outer():
    value = 1
    class A:
        def get(self):
            nonlocal value
            value += 1
            return value
    return A().get()
print(outer())
