month = 012
