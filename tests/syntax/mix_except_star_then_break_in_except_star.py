try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as eg:
    print(eg.exceptions)

for i in range(2):
    try:
        pass
    except* TypeError:
        break
