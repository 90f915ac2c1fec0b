def f():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        result = "handled"
    return result
print(f())
