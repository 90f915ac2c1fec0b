async = 3
