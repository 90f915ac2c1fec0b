print("\N{BULLET} item")
print("\u00e9")
items = [
    "a",
