def handler:
    pass
