xs = [y for y in [w for w in (q := [1])]]
