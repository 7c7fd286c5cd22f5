connect(host="localhost", 8080)
