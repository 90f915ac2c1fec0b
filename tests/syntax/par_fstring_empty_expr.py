print(f"nothing: {}")
