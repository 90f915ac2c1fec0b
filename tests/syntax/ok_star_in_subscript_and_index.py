class S:
    def __getitem__(self, k):
        return k
s = S()
a = (1, 2)
print(s[*a], s[*a, 3], s[0, *a])
for x in *a, 3:
    print(x)
