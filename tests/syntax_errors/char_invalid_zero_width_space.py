name​ = 1
