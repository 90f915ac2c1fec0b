x = 1
print(f"tab\there {x}\n", end="")
print(f"\{x}" if False else "skip")
