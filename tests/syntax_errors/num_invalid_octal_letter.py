perm = 0o7a
