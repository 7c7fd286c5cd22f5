for x in xs:
    if x:
        break
else  # no break
    pass
