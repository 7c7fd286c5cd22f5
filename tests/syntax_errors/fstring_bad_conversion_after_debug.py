value = f"{x=!z}"
