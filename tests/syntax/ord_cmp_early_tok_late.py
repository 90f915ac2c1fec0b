break
s = "never closed
