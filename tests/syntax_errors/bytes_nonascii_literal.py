raw = b"café"
