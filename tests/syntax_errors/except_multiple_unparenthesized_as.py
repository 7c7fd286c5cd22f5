try:
    risky()
except KeyError, IndexError as exc:
    print(exc)
