sep = "\xg0"
