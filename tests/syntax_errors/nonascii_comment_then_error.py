# Ça marche très bien — sauf ici:
x = (1 +
     2))
