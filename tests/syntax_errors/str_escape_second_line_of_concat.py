message = ("first part "
           "second \x1 part")
