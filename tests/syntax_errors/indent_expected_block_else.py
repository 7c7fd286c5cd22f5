if ok:
    go()
else:
stop()
