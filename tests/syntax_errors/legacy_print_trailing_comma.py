for n in range(3):
    print "%d items" % n,
