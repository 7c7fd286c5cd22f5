assert x > 0; "message" = 1
