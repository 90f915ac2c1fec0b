name = 'world
print(name)
