value = 1 + import
