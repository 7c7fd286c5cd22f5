with open("data.txt") as fh
    data = fh.read()
