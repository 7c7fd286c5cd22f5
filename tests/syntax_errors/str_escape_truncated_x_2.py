pattern = "abc\x"
