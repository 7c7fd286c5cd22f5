del a, b(), c
