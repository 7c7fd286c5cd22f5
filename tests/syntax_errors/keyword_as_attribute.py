obj.class = 3
