a = {}
xs = [**a]
