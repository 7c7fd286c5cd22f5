value = maybe?
