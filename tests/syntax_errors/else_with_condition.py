if x:
    pass
else y:
    pass
