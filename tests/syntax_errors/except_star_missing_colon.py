try:
    risky()
except* OSError as eg
    pass
