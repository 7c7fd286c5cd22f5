joined = ",".join(sep, s for s in names)
