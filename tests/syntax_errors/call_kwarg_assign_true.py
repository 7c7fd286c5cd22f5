toggle(True=1)
