résumé() = "e\u0301"
