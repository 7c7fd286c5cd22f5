header = b"\x00\x01
