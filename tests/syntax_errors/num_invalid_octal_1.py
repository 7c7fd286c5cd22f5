perm = 0o
