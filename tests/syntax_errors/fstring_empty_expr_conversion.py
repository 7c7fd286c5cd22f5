value = f"{!r}"
