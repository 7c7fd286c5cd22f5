value = fu"text"
