value = f"{ }"
