pairs = zip(a for a in xs for b in ys, other)
