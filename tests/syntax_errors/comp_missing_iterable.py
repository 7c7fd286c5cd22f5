squares = [x for x in]
