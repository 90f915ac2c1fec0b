def main()
    pass

x = [1, 2,
