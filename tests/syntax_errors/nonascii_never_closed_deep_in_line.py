texte = "à côté" + fonction(
