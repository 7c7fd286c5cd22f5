try:
    risky()
except ValueError as exc:
log(exc)
