del x == y
