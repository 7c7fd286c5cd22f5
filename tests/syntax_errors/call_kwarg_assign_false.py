run(x, False = 2)
