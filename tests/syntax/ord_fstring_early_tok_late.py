print(f"{}")
s = "unterminated
