match value:
    pass
