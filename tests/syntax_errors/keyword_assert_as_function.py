assert(x, "msg") = y
