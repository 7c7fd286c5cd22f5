value = f"{'abc}"
