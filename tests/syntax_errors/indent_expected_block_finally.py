try:
    risky()
finally:
cleanup()
