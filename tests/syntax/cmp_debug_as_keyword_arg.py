print(1, __debug__=True)
