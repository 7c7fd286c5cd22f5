empty = "\N{}"
