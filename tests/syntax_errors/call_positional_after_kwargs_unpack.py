options = {}
run(**options, "extra")
