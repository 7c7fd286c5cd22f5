pairs = {a, b, c for a, b, c in triples}
