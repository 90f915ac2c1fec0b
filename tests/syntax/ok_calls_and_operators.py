a = [1, 2]
k = {"sep": "-"}
print(*a, **k)
print(1 < 2 < 3 > 0, 1 == 1 != 2, 1 is not None, 1 not in a, not 1 in a)
print(- - +1, ~-~1, not not True, -(-1), +-+-1)
print(2 ** -1, -2 ** 2, 2 ** 3 ** 2)
print(7 // 2, 7 % 3, 7 / 2, 1 << 3, 16 >> 2, 5 & 3, 5 | 3, 5 ^ 3)
x = 1
x += 1; x -= 1; x *= 2; x /= 2; x //= 1; x %= 5; x **= 2
y = 6; y &= 3; y |= 8; y ^= 1; y <<= 1; y >>= 1
print(x, y, 1 if x else 2, (1 if x else 2) if y else 3)
print(True and False or None, [] or {} or "z")
print(a[0] if a else None, a and a[-1])
