try:
    risky()
except *
    pass
