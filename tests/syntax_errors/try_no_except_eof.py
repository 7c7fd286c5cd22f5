try:
    risky()