emoji = "\U0001F60"
