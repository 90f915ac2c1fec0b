# coding: latin-1
print("\xe9")
