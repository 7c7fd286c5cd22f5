# Globals are searched when no local is close enough.
counter_value = 10
def show():
    return counter_valeu + 1
show()
