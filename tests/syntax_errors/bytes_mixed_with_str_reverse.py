greeting = "hello " b"world"
