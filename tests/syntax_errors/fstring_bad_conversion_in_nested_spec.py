value = f"{x:{y!q}}"
