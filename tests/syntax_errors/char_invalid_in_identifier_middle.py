my‐var = 1
