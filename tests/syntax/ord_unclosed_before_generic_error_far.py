data = {
    "a": 1,
}
call(
x = 1 +* 2
