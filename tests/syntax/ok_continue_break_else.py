for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
else:
    print("no break")
while True:
    break
else:
    pass
for i in range(2):
    def inner():
        for j in range(2):
            continue
    inner()
