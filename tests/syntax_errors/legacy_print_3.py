def report(total):
    print "total:", total
