données = {"clé": "valeur",
           "número": 42
