from = "alice@example.com"
