value = f'{"a" if 1}'
