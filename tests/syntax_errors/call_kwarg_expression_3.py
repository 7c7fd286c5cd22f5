print(end="", "sep"=",")
