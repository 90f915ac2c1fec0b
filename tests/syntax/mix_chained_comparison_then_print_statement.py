x = 5
if 0 < x <= 10 != 11:
    print("in range")
print "done"
