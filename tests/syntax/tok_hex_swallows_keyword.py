x = 1
print(0x10and 1)
