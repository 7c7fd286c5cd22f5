name = "x"
value = f"{name["key"]}"
