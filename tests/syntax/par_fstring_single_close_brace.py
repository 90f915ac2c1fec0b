print(f"oops }")
