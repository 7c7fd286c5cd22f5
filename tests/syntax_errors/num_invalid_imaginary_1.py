z = 1jj
