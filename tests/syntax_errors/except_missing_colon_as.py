try:
    risky()
except ValueError as err
    pass
