perm = 0o7_
