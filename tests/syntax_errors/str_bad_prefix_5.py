value = rbf"text"
