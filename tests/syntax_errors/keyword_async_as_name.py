async = 5
