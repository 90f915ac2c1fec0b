raw = b"\x00\x01"
print(raw)
msg = 'oops
