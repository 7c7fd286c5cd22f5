value = k"text"
