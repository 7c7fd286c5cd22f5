value = ub"text"
