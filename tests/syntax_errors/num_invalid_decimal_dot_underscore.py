ratio = 1_.5
