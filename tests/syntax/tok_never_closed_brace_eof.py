config = {"a": 1,
          "b": 2
x = 3
