a = u"unicode"
b = U"unicode"
c = r"raw\n"
d = R"raw\t"
e = b"bytes"
f = B"bytes"
g = rb"raw bytes\n"
h = Rb"x"
i = bR"y"
j = BR"z"
k = br'q'
l = "adjacent" 'concat' """triple""" "end"
m = b"one" b"two"
n = "\N{BULLET} \u00e9 \U0001F600 \x41 \101 \n\t\\ \' \""
o = "line one \
continued"
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
