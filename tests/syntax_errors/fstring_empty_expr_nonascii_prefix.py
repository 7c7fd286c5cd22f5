café = 1
texte = f"prix: {café} — total: {}"
