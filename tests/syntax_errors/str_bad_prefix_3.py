value = bu"text"
