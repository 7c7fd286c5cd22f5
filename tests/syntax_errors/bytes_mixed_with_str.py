greeting = b"hello " "world"
