data = b"\xzz"
