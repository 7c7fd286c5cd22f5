value = f"{x:{'\t'}}"
