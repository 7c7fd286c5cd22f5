f = lambda: *a
