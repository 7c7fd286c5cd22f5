scores = {"alice": 90, "bob"}
