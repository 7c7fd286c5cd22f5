unique = {*group for group in groups}
