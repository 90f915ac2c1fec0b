try:
    x = 1
finally:
    print("cleanup")

while True:
    try:
        break
    except* OSError:
        continue
