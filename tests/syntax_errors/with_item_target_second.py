with a as x, b as (y + 1):
    pass
