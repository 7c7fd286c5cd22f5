value = f"{x:{y:{z}}}"
