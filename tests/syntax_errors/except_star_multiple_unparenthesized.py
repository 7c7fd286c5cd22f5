try:
    risky()
except* OSError, ValueError:
    pass
