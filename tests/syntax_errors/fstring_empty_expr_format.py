value = f"{:>10}"
