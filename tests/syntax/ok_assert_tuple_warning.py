x = 1
assert(x, "message")
print("ran")
