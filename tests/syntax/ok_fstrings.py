name = "world"
n = 3.14159
d = {"k": "v"}
width = 10
print(f"hello {name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{n:.2f} {n:>{width}.3} {n:{width}}")
print(f"{d['k']} {d.get('k') if False else 'x'}")
print(f'{"nested"}', f"{'single'}", f"""{"triple"}""")
print(f"{n=}", f"{n = :.1f}", f"{name=!r}")
print(f"{{literal}} {{{name}}}")
print(f"{f'{name}'}")
print(f"{3 + 4}", f"{[x for x in range(3)]}", f"{(lambda: 1)()}")
print(f"{'a' if n else 'b'}")
print(F"upper", rf"raw\n{name}", fr"raw{name}\t", Rf"R", fR"x")
print(f"{n:{'>'}{width}}")
print(f"{name:*^11}")
print(f"multi"
      f"part {name}")
