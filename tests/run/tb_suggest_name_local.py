# NameError "Did you mean": locals of the innermost frame come first.
def compute(totals):
    total = sum(totals)
    return totl
compute([1, 2])
