if x = 1:
    pass
print "hi"
