width = 10
value = f"{x:{}}"
