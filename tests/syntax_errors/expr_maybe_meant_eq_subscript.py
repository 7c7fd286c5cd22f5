while d["k"] = 1:
    pass
