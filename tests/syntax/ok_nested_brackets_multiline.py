data = {
    "a": [
        (1, 2),
        {3, 4},
    ],
    "b": {
        "c": (
            lambda: [
                x for x in range(3)
            ]
        )(),
    },
}
print(data)
