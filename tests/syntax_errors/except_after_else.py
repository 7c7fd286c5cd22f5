try:
    risky()
except ValueError:
    pass
else:
    pass
except TypeError:
    pass
