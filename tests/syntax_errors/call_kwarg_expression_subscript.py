update(d["k"]=3)
