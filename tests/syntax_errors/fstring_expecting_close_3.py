value = f"{x:{y}"
