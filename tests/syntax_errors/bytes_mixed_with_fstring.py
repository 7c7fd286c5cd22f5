name = "x"
greeting = b"hi " f"{name}"
