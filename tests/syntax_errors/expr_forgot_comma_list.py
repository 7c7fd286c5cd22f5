colors = ["red" "green" 3 "blue"]
