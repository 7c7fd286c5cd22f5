données = 1
2 = données
