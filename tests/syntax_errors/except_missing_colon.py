try:
    risky()
except ValueError
    pass
