newline = "\x0"
