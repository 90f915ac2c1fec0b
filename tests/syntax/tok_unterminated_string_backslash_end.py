path = "C:\temp\"
print(path)
