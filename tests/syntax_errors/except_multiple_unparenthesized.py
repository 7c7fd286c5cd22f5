try:
    risky()
except ValueError, TypeError:
    pass
