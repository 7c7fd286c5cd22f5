try:
    risky()
except Exception as (a, b):
    pass
