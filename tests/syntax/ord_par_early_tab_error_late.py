x = = 1
def f():
    if True:
	return 1
