value = rf"{\x}"
