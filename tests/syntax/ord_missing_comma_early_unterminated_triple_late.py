xs = [1 2]
doc = """never closed
