if __debug__:
    print("debug on")
x = __debug__
print(x)
