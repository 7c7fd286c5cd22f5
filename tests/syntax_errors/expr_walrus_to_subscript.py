while (data[0] := read()) is not None:
    pass
